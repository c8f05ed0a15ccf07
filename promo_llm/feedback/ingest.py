"""`promo-llm feedback ingest FILE`: opens, clicks, conversions and revenue per send, into the workspace.

A row names its send by `send_id`, or by `run_id`, `user_id`, `item_id` and `channel`; it carries
any of `opened`, `clicked`, `converted` (booleans: 1/0, true/false, yes/no), `revenue` (a number
>= 0) and `ts` (ISO time of the outcome's last event). A flag column that is absent follows from
the later ones (a conversion implies a click, a click an open); an absent revenue is 0.

Bad rows (unknown send, a send named twice in the file, a timestamp before the send, a negative
or non-numeric revenue, a flag that is not boolean) raise a DataError naming file, row and column,
or with a quarantine file go there with their reason while the good rows are ingested. Ingesting
the same file twice changes nothing: a row equal to the stored outcome counts as unchanged; a row
that differs (a conversion that came in later) updates it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping

from ..errors import DataError, UserError
from ..store import Store

FLAGS = ("opened", "clicked", "converted")
KEY_COLUMNS = ("run_id", "user_id", "item_id", "channel")
_TRUE = {"1", "true", "t", "yes", "y"}
_FALSE = {"0", "false", "f", "no", "n"}


@dataclass
class IngestReport:
    file: str
    read: int = 0
    matched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    def line(self) -> str:
        return (f"{self.file}: {self.read} rows read, {self.matched} matched a send, {self.new} new, "
                f"{self.updated} updated, {self.unchanged} unchanged, {self.rejected} rejected")


class _Reject(Exception):
    def __init__(self, column: str | None, reason: str):
        super().__init__(reason)
        self.column, self.reason = column, reason


def _flag(v: Any, column: str) -> int | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)) and v in (0, 1):
        return int(v)
    s = str(v).strip().lower()
    if s in _TRUE:
        return 1
    if s in _FALSE:
        return 0
    raise _Reject(column, f"expected a boolean (1/0, true/false, yes/no), got {v!r}")


def _revenue(v: Any) -> float:
    if v is None or (isinstance(v, str) and not v.strip()):
        return 0.0
    try:
        x = float(v)
    except (TypeError, ValueError):
        raise _Reject("revenue", f"expected a number, got {v!r}") from None
    if math.isnan(x) or math.isinf(x):
        raise _Reject("revenue", f"expected a finite number, got {v!r}")
    if x < 0:
        raise _Reject("revenue", f"negative revenue {x:g}")
    return round(x, 2)


def _time(v: Any) -> datetime | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        return None
    if isinstance(v, datetime):
        t = v
    else:
        try:
            t = datetime.fromisoformat(str(v).strip().replace("Z", "+00:00"))
        except ValueError:
            raise _Reject("ts", f"expected an ISO timestamp such as 2026-11-16T18:05:00+00:00, got {v!r}") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _flags(row: Mapping[str, Any], present: set[str]) -> tuple[int, int, int]:
    got = {f: _flag(row.get(f), f) for f in FLAGS if f in present}
    conv = got.get("converted") or 0
    click = got["clicked"] if got.get("clicked") is not None else conv
    opened = got["opened"] if got.get("opened") is not None else click
    return opened, click, conv


def _apply_map(rows: list[dict[str, Any]], columns: list[str], cmap: Mapping[str, str],
               file: str) -> tuple[list[dict[str, Any]], set[str]]:
    for dst, src in cmap.items():
        if src not in columns:
            raise UserError(f"--map {dst}={src}: {file} has no column {src!r} (columns: {', '.join(columns)})")
    rename = {src: dst for dst, src in cmap.items()}
    out = [{rename.get(k, k): v for k, v in r.items()} for r in rows]
    return out, {rename.get(c, c) for c in columns}


def ingest_outcomes(path: Path, *, home: Path | None = None, column_map: Mapping[str, str] | None = None,
                    quarantine: Path | None = None) -> IngestReport:
    """Validate every row, then write the good ones in one transaction (none if any row is bad and
    there is no quarantine). Returns the counts."""
    from ..data.loaders import Quarantine, read_raw

    path = Path(path)
    q = Quarantine(quarantine) if quarantine else None
    raw = read_raw(path, q)
    rows, present = _apply_map(raw.to_pylist(), list(raw.column_names), column_map or {}, path.name)
    if "send_id" not in present and not set(KEY_COLUMNS) <= present:
        missing = ", ".join(c for c in KEY_COLUMNS if c not in present)
        raise DataError(f"no send_id column, and no {missing} to name the send by "
                        f"(columns: {', '.join(sorted(present))}); use --map to name yours", file=path.name)
    if not (set(FLAGS) | {"revenue"}) & present:
        raise DataError("none of opened, clicked, converted, revenue: nothing to ingest "
                        f"(columns: {', '.join(sorted(present))})", file=path.name)
    report = IngestReport(path.name, read=len(rows))
    store = Store(home)
    with store.connect() as db:
        by_id = {sid: (sid, at) for sid, at in db.execute("SELECT send_id, send_at FROM sends")}
        by_key = {tuple(k): (sid, at) for sid, at, *k in db.execute(
            "SELECT send_id, send_at, run_id, user_id, item_id, channel FROM sends")} \
            if "send_id" not in present else {}
        stored = {r[0]: tuple(r[1:]) for r in db.execute(
            "SELECT send_id, opened, clicked, converted, revenue, ts FROM outcomes")}
    seen: dict[str, int] = {}
    writes: list[tuple] = []
    for n, row in enumerate(rows, start=1):
        try:
            sid, send_at = _find_send(row, present, by_id, by_key)
            if sid in seen:
                raise _Reject("send_id" if "send_id" in present else "user_id",
                              f"duplicate: send {sid} is already named in row {seen[sid]}")
            opened, clicked, converted = _flags(row, present)
            revenue = _revenue(row.get("revenue"))
            ts = _time(row.get("ts"))
            at = datetime.fromisoformat(send_at)
            at = at if at.tzinfo else at.replace(tzinfo=timezone.utc)
            if ts is not None and ts < at:
                raise _Reject("ts", f"timestamp {ts.isoformat()} is before the send at {at.isoformat()}")
        except _Reject as r:
            if q is None:
                raise DataError(r.reason, file=path.name, row=n, column=r.column) from None
            q.add(path.name, n, r.column, r.reason, row)
            report.rejected += 1
            continue
        seen[sid] = n
        report.matched += 1
        values = (opened, clicked, converted, revenue, ts.isoformat() if ts else None)
        old = stored.get(sid)
        if old == values:
            report.unchanged += 1
            continue
        report.new += old is None
        report.updated += old is not None
        writes.append((sid, *values, path.name, datetime.now(timezone.utc).isoformat()))
    with store.transaction() as db:  # all rows or none, whenever the process dies
        db.executemany("INSERT OR REPLACE INTO outcomes (send_id, opened, clicked, converted, revenue, ts, "
                       "source, ingested_at) VALUES (?,?,?,?,?,?,?,?)", writes)
    if q is not None:
        q.write()
    return report


def _find_send(row: Mapping[str, Any], present: set[str], by_id: Mapping[str, tuple[str, str]],
               by_key: Mapping[tuple, tuple[str, str]]) -> tuple[str, str]:
    if "send_id" in present:
        sid = row.get("send_id")
        if sid is None or not str(sid).strip():
            raise _Reject("send_id", "empty send_id")
        got = by_id.get(str(sid).strip())
        if got is None:
            raise _Reject("send_id", f"unknown send {str(sid).strip()!r}: no such send in the workspace")
        return got
    key = tuple(str(row.get(c) or "").strip() for c in KEY_COLUMNS)
    got = by_key.get(key)
    if got is None:
        raise _Reject("user_id", "unknown send: no send in the workspace for " +
                      ", ".join(f"{c}={v!r}" for c, v in zip(KEY_COLUMNS, key)))
    return got
