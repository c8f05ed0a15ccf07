"""Reading logged decisions: a CSV log file (e.g. the Open Bandit Dataset's, as it is) or the
workspace's own sends joined with their outcomes.

A CSV log needs an action, a reward and a propensity column (default names item_id, click,
propensity_score; `--map action=COL` etc. to rename) and may have a position column. Every other
column, except an unnamed index and a timestamp, is context for a bandit model. A row with a
missing action, a reward that is not a number, or a propensity outside (0, 1] is an error naming
file, row and column, or, with a quarantine file, is listed there with its reason and left out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np

from ..errors import DataError, UserError
from .ope import Logged

DEFAULT_MAP = {"action": "item_id", "reward": "click", "propensity": "propensity_score",
               "position": "position"}
NOT_CONTEXT = {"timestamp", "Unnamed: 0", ""}


def parse_map(items: Sequence[str] | None) -> dict[str, str]:
    """['action=item_id', ...] -> the column map (defaults filled in)."""
    out = dict(DEFAULT_MAP)
    for item in items or []:
        key, sep, col = item.partition("=")
        if not sep or key not in DEFAULT_MAP or not col:
            raise UserError(f"--map: expected action=COL, reward=COL, propensity=COL or position=COL, "
                            f"got {item!r}")
        out[key] = col
    return out


def _bad_rows(df, cols: Mapping[str, str]) -> list[tuple[int, str, str]]:
    """(row index, column, reason) of every invalid row."""
    import pandas as pd

    bad = []
    reward = pd.to_numeric(df[cols["reward"]], errors="coerce")
    prop = pd.to_numeric(df[cols["propensity"]], errors="coerce")
    for i in np.flatnonzero(df[cols["action"]].isna().to_numpy()):
        bad.append((int(i), cols["action"], "missing action"))
    for i in np.flatnonzero(reward.isna().to_numpy()):
        bad.append((int(i), cols["reward"], "reward is not a number"))
    for i in np.flatnonzero(~((prop > 0) & (prop <= 1)).to_numpy()):
        bad.append((int(i), cols["propensity"], "propensity must be in (0, 1]"))
    return sorted(bad)


def read_log(path: str | Path, mapping: Mapping[str, str] | None = None, *,
             n_actions: int | None = None, quarantine: str | Path | None = None) -> Logged:
    """A CSV log as Logged feedback. With `n_actions`, actions must be the integers 0..K-1."""
    import pandas as pd

    from ..manifest import file_sha256

    path = Path(path)
    if not path.is_file():
        raise DataError("no such file", file=str(path))
    cols = dict(mapping or DEFAULT_MAP)
    df = pd.read_csv(path)
    for key in ("action", "reward", "propensity"):
        if cols[key] not in df.columns:
            raise DataError(f"no {key} column {cols[key]!r} (use --map {key}=COL); columns: "
                            f"{', '.join(map(str, df.columns[:12]))}", file=str(path))
    bad = _bad_rows(df, cols)
    if bad and quarantine is None:
        i, col, reason = bad[0]
        raise DataError(f"{reason} ({len(bad)} bad rows; --quarantine FILE to set them aside)",
                        file=str(path), row=i + 1, column=col)
    if bad:
        with open(quarantine, "w", encoding="utf-8") as f:
            for i, col, reason in bad:
                f.write(json.dumps({"file": str(path), "row": i + 1, "column": col, "reason": reason,
                                    "values": {k: str(v) for k, v in df.iloc[i].items()
                                               if k in cols.values()}}) + "\n")
        df = df.drop(index=df.index[sorted({i for i, _, _ in bad})]).reset_index(drop=True)
    raw = df[cols["action"]]
    if n_actions is not None:
        acts = pd.to_numeric(raw, errors="coerce")
        out = ~acts.between(0, n_actions - 1) | (acts % 1 != 0)
        if out.any():
            i = int(np.flatnonzero(out.to_numpy())[0])
            raise DataError(f"--n-actions {n_actions}: action must be an integer 0..{n_actions - 1}, "
                            f"got {raw.iloc[i]!r}", file=str(path), row=i + 1, column=cols["action"])
        names = [str(k) for k in range(n_actions)]
        actions = acts.to_numpy().astype(np.int64)
    else:
        uniq, actions = np.unique(raw.astype(str).to_numpy(), return_inverse=True)
        names = [str(u) for u in uniq]
        if all(u.lstrip("-").isdigit() for u in names):  # numeric ids in numeric order
            order = np.argsort([int(u) for u in names], kind="stable")
            rank = np.empty_like(order)
            rank[order] = np.arange(len(order))
            names, actions = [names[k] for k in order], rank[actions]
    used = set(cols.values())
    context = {c: df[c].to_numpy() for c in df.columns
               if c not in used and c not in NOT_CONTEXT and not str(c).startswith("Unnamed")}
    pos = df[cols["position"]].to_numpy() if cols.get("position") in df.columns else None
    return Logged(actions.astype(np.int64), pd.to_numeric(df[cols["reward"]]).to_numpy(np.float64),
                  pd.to_numeric(df[cols["propensity"]]).to_numpy(np.float64), names, pos, context,
                  {"file": str(path), "sha256": file_sha256(path), "rows": len(df),
                   "quarantined": len({i for i, _, _ in bad})})


def workspace_log(store, reward: str = "converted") -> tuple[Logged, list[dict]]:
    """The workspace's sends that have an outcome, as Logged feedback over their arms; also each
    row's logged decision context (JSON) for training a bandit on profile contexts."""
    if reward not in ("opened", "clicked", "converted"):
        raise UserError(f"reward: expected opened, clicked or converted, got {reward!r}")
    rows = store.logged_decisions(reward)
    if not rows:
        raise UserError(f"{store.path}: no sends with an outcome and a logged arm to learn from")
    arms = sorted({r["arm"] for r in rows})
    index = {a: k for k, a in enumerate(arms)}
    log = Logged(np.array([index[r["arm"]] for r in rows]), np.array([float(r["reward"]) for r in rows]),
                 np.array([float(r["propensity"]) for r in rows]), arms,
                 source={"workspace": str(store.path), "rows": len(rows), "reward": reward})
    return log, rows
