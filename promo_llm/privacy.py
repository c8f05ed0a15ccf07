"""Privacy: pseudonymous user ids, and erasing a person (or everything past a retention period)
from the workspace.

Pseudonyms are HMAC-SHA256 of the user id under a random key kept in the workspace
(`privacy.key`, owner-only), so the same person has the same pseudonym across a workspace's runs
and nobody without the key can go back to the id or test a guess. Where the real id stays: the
send list (`sends` table, `copies.jsonl`/`copies.csv`: a send must reach the person) and the
operational tables that join with it (candidates, run results). Outputs meant for analysis carry
the pseudonym instead: `rejected.jsonl` and review samples. Prompts never carry ids or contacts
(`UserProfile.prompt_features`).

`purge_user` deletes every row that names the person (candidates, sends and their outcomes, run
results, reviews of their briefs) in one transaction, then rewrites every run output and review
file under the workspace (and each run's recorded output folder) without their rows, matching
the id and its pseudonym. `purge_before` applies a retention period: runs started before the date
go with all their rows and files, as do outcomes and reviews recorded before it. Input data (a
shop folder, the sample shop) is the source, not an output: it is reported, not rewritten.
"""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .store import Store

KEY_FILE = "privacy.key"
OUTPUT_SUFFIXES = (".jsonl", ".csv", ".json")


def workspace_key(home: Path) -> bytes:
    """The workspace's pseudonym key, made once on first use: written whole to a temporary file
    and linked into place, so concurrent first users all end up with the one key."""
    path = Path(home) / KEY_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".privacy-", dir=path.parent)  # mode 0600
        try:
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_bytes(32).hex())
            os.link(tmp, path)
        except FileExistsError:
            pass  # another process made it first
        finally:
            os.unlink(tmp)
    return bytes.fromhex(path.read_text().strip())


def pseudonym(user_id: str, key: bytes) -> str:
    return "p_" + hmac.new(key, str(user_id).encode(), hashlib.sha256).hexdigest()[:20]


class Pseudonymizer:
    """`pz(user_id)` -> the workspace's pseudonym; `pz.brief(brief_id)` swaps the brief's user part."""

    def __init__(self, home: Path):
        self.key = workspace_key(home)

    def __call__(self, user_id: str) -> str:
        return pseudonym(user_id, self.key)

    def brief(self, brief_id: str) -> str:
        user, sep, rest = str(brief_id).partition(":")
        return self(user) + sep + rest


@dataclass
class PurgeReport:
    rows: dict[str, int] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)
    removed_dirs: list[str] = field(default_factory=list)
    inputs_naming: list[str] = field(default_factory=list)

    def line(self) -> str:
        rows = ", ".join(f"{t} {n}" for t, n in self.rows.items() if n) or "no rows"
        files = sum(self.files.values())
        out = f"deleted {rows}; {files} rows removed from {len(self.files)} output files"
        if self.removed_dirs:
            out += f"; {len(self.removed_dirs)} run folders removed"
        if self.inputs_naming:
            out += "; input data still naming them (erase at the source): " + ", ".join(self.inputs_naming)
        return out


def _mentions(value: Any, ids: set[str]) -> bool:
    if isinstance(value, dict):
        return any(_mentions(v, ids) for v in value.values())
    if isinstance(value, list):
        return any(_mentions(v, ids) for v in value)
    if isinstance(value, str):
        return value in ids or value.split(":", 1)[0] in ids
    return False


def _drop(value: Any, hit: Callable[[Any], bool]) -> tuple[Any, int]:
    """`value` without the list items (records) that `hit`; how many went."""
    if isinstance(value, list):
        kept, n = [], 0
        for v in value:
            if isinstance(v, dict) and hit(v):
                n += 1
                continue
            v, k = _drop(v, hit)
            kept.append(v)
            n += k
        return kept, n
    if isinstance(value, dict):
        out, n = {}, 0
        for k, v in value.items():
            out[k], m = _drop(v, hit)
            n += m
        return out, n
    return value, 0


def _rewrite(path: Path, ids: set[str]) -> int:
    """Rewrite one output file without the records naming `ids`; rows removed."""
    from .run_results import write_atomic

    hit = lambda v: _mentions(v, ids)  # noqa: E731
    raw = path.read_bytes()
    bom = raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig", errors="replace")
    if not any(i in text for i in ids):
        return 0
    n = 0
    if path.suffix == ".jsonl":
        kept = []
        for line in text.splitlines(keepends=True):
            try:
                gone = hit(json.loads(line))
            except ValueError:
                gone = any(i in line for i in ids)
            n += gone
            if not gone:
                kept.append(line)
        out = "".join(kept)
    elif path.suffix == ".csv":
        rows = list(csv.reader(io.StringIO(text, newline="")))
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        for k, row in enumerate(rows):
            if k and hit(row):
                n += 1
                continue
            w.writerow(row)
        out = buf.getvalue()
    else:
        data, n = _drop(json.loads(text), hit)
        out = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    write_atomic(path, out, encoding="utf-8-sig" if bom else "utf-8")
    return n


def _output_files(store: Store, db: Any) -> list[Path]:
    roots = {store.home / "runs", store.home / "reviews"}
    roots |= {Path(d) for (d,) in db.execute("SELECT out_dir FROM runs WHERE out_dir IS NOT NULL")}
    files: set[Path] = set()
    for root in roots:
        if root.is_dir():
            files |= {p for p in root.rglob("*") if p.is_file() and p.suffix in OUTPUT_SUFFIXES}
    return sorted(files)


def _inputs_naming(store: Store, ids: set[str]) -> list[str]:
    shop = store.home / "sample-shop"
    found = []
    for p in sorted(shop.glob("*.csv")) if shop.is_dir() else []:
        text = p.read_text(encoding="utf-8", errors="replace")
        if any(f"{i}," in text or f",{i}" in text for i in ids):
            found.append(str(p))
    return found


def purge_user(user_id: str, home: Path | None = None) -> PurgeReport:
    """Erase user `user_id` from every table and output file of the workspace."""
    store = Store(home)
    ids = {str(user_id), Pseudonymizer(store.home)(str(user_id))}
    report = PurgeReport()
    with store.transaction() as db:
        sends = [r[0] for r in db.execute("SELECT send_id FROM sends WHERE user_id=?", (user_id,))]
        report.rows["outcomes"] = sum(db.execute("DELETE FROM outcomes WHERE send_id=?", (s,)).rowcount
                                      for s in sends)
        for table in ("sends", "candidates", "run_briefs"):
            report.rows[table] = db.execute(f"DELETE FROM {table} WHERE user_id=?", (user_id,)).rowcount
        report.rows["reviews"] = sum(db.execute(
            "DELETE FROM reviews WHERE substr(brief_id, 1, ?) = ?", (len(p) + 1, p + ":")).rowcount
            for p in ids)
        files = _output_files(store, db)
    for path in files:
        n = _rewrite(path, ids)
        if n:
            report.files[str(path)] = n
    report.inputs_naming = _inputs_naming(store, ids)
    return report


def purge_before(before: date, home: Path | None = None) -> PurgeReport:
    """Retention: erase runs started before `before` (rows and output folders under the
    workspace) and outcomes and reviews recorded before it."""
    store = Store(home)
    cut = before.isoformat()
    report = PurgeReport()
    with store.transaction() as db:
        old = db.execute("SELECT run_id, out_dir FROM runs WHERE started_at < ?", (cut,)).fetchall()
        counts = dict.fromkeys(("outcomes", "sends", "candidates", "run_briefs", "reviews", "runs"), 0)
        for run_id, _ in old:
            counts["outcomes"] += db.execute(
                "DELETE FROM outcomes WHERE send_id IN (SELECT send_id FROM sends WHERE run_id=?)",
                (run_id,)).rowcount
            for table in ("sends", "candidates", "run_briefs", "reviews", "runs"):
                counts[table] += db.execute(f"DELETE FROM {table} WHERE run_id=?", (run_id,)).rowcount
        counts["outcomes"] += db.execute("DELETE FROM outcomes WHERE COALESCE(ingested_at, ts) < ?",
                                         (cut,)).rowcount
        counts["reviews"] += db.execute("DELETE FROM reviews WHERE created_at < ?", (cut,)).rowcount
        report.rows = counts
    home_dir = store.home.resolve()
    for _, out_dir in old:
        d = Path(out_dir) if out_dir else None
        if d and d.is_dir() and home_dir in d.resolve().parents:
            shutil.rmtree(d)
            report.removed_dirs.append(str(d))
    return report


def parse_date(text: str) -> date:
    from .errors import UserError

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(f"--before: expected a date such as 2026-01-31, got {text!r}") from None
