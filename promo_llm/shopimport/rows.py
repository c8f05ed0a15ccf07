"""Shop import: every line of a transaction export kept as an event or rejected with its reason.

Checks run in this order; a line takes the first reason that applies, so the counts add up:

1. `malformed`: a required field is empty, the quantity is not a whole number (or is 0), the
   price is not a number, or the date does not parse.
2. `adjustment`: not a product line. Either its stock code is not a catalogue number (catalogue
   numbers carry a run of at least four digits, "85123A", "DCGS0071"; service codes such as
   "POST", "D", "M", "C2", "BANK CHARGES", "AMAZONFEE" do not), or, where the catalogue writes
   its product names in capitals (most distinct names of catalogue numbers have more upper- than
   lower-case letters), its description is written in lower case: a hand-typed note or service
   line ("Manual", "Next Day Carriage", "Dotcomgiftshop Gift Voucher", "damaged").
3. `no_customer`: the line names no customer, so it cannot be anyone's behaviour.
4. `non_positive_price`: a unit price of 0 or below (free samples, write-offs, bad-debt entries).

Kept lines are `purchase` events, or `return` events when the order id starts with the
cancellation prefix or the quantity is negative (the quantity is then kept as a positive count).
Timestamps are read in the shop's time zone and stored in UTC.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import DataError
from .columns import REQUIRED, ColumnMap

REASONS = ("malformed", "adjustment", "no_customer", "non_positive_price")
_CATALOGUE_NUMBER = r"\d{4}"


@dataclass(frozen=True)
class Lines:
    kept: pd.DataFrame
    """One row per kept line: row, order_id, user_id, item_id, title, quantity, price, ts (UTC),
    country, event_type (purchase | return)."""
    rejected: pd.DataFrame
    """One row per rejected line: row, reason, column, detail, and the line's raw fields."""
    read: int
    upper_case_names: bool
    """Whether the catalogue writes product names in capitals (the adjustment rule used it)."""

    def counts(self) -> dict[str, int]:
        c = {"read": self.read, "purchase": int((self.kept.event_type == "purchase").sum()),
             "return": int((self.kept.event_type == "return").sum())}
        for r in REASONS:
            c[r] = int((self.rejected.reason == r).sum())
        return c


def read_export(path: Path) -> pd.DataFrame:
    """The export as text columns (.csv, .csv.gz, .tsv, .txt, .parquet, .jsonl)."""
    path = Path(path)
    if not path.is_file():
        raise DataError("file not found", file=str(path))
    name = path.name.lower().removesuffix(".gz")
    if name.endswith(".parquet"):
        df = pd.read_parquet(path).astype("string")
    elif name.endswith((".jsonl", ".ndjson")):
        df = pd.read_json(path, lines=True, dtype=False).astype("string")
    else:
        sep = "\t" if name.endswith((".tsv", ".tab")) else None
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, sep=sep, engine="python" if sep is None else "c",
                             encoding_errors="replace")
        except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as e:
            raise DataError(f"malformed file ({str(e).splitlines()[0]})", file=path.name) from None
    if df.empty:
        raise DataError("no data rows", file=path.name)
    return df


def _text(df: pd.DataFrame, col: str | None) -> pd.Series:
    if col is None or col not in df.columns:
        return pd.Series([""] * len(df), index=df.index, dtype=object)
    return df[col].fillna("").astype(str).str.strip()


def _upper_share(s: pd.Series) -> pd.Series:
    up = s.str.count(r"[A-Z]")
    low = s.str.count(r"[a-z]")
    return up / (up + low).replace(0, np.nan)


def classify(raw: pd.DataFrame, cmap: ColumnMap, timezone: str, file: str) -> Lines:
    """Split the export's lines into kept events and rejected lines; see the module docstring."""
    cols = dict(cmap.columns)
    missing = [d for d in REQUIRED if cols.get(d) not in raw.columns]
    if missing:
        d = missing[0]
        raise DataError(f"no column {cols.get(d)!r} for {d}; the file has: {', '.join(map(str, raw.columns))} "
                        f"(map one with --map {d}=COLUMN)", file=file, column=cols.get(d))
    f = {d: _text(raw, cols.get(d)) for d in (*REQUIRED, "country")}
    qty = pd.to_numeric(f["quantity"].str.replace(",", "", regex=False), errors="coerce")
    price = pd.to_numeric(f["price"].str.replace(r"[£$€,\s]", "", regex=True), errors="coerce")
    ts = pd.to_datetime(f["ts"], format=cmap.date_format, errors="coerce") if cmap.date_format \
        else pd.to_datetime(f["ts"], errors="coerce")
    reason = pd.Series(pd.NA, index=raw.index, dtype=object)
    column = pd.Series(pd.NA, index=raw.index, dtype=object)
    detail = pd.Series(pd.NA, index=raw.index, dtype=object)

    def mark(mask: pd.Series, why: str, col: str, text: pd.Series | str) -> None:
        m = mask & reason.isna()
        reason[m], column[m] = why, cols.get(col, col)
        detail[m] = text[m] if isinstance(text, pd.Series) else text

    for d in ("order_id", "item_id", "ts", "quantity", "price"):
        mark(f[d] == "", "malformed", d, f"missing {d}")
    mark(qty.isna() | (qty != qty.round()), "malformed", "quantity", "quantity is not a whole number: " + f["quantity"])
    mark(qty == 0, "malformed", "quantity", "quantity is 0")
    mark(price.isna(), "malformed", "price", "price is not a number: " + f["price"])
    mark(ts.isna(), "malformed", "ts", f"date does not parse as {cmap.date_format or 'ISO'}: " + f["ts"])

    code = f["item_id"].str.upper()
    catalogue = code.str.contains(_CATALOGUE_NUMBER, regex=True)
    mark(~catalogue, "adjustment", "item_id", "stock code " + code + " is not a catalogue number (" + f["title"] + ")")
    names = f["title"][catalogue & (f["title"] != "")].drop_duplicates()
    upper = bool(len(names)) and float((_upper_share(names) > 0.5).mean()) >= 0.8
    if upper:
        lower = _upper_share(f["title"]) < 0.5
        mark(lower.fillna(False), "adjustment", "title", "not a product line: " + f["title"])
    mark(f["user_id"] == "", "no_customer", "user_id", "no customer")
    mark(price <= 0, "non_positive_price", "price", "unit price " + f["price"])

    ok = reason.isna()
    kept = pd.DataFrame({
        "row": np.arange(1, len(raw) + 1)[ok.to_numpy()],
        "order_id": f["order_id"][ok], "user_id": f["user_id"][ok].str.replace(r"\.0+$", "", regex=True),
        "item_id": code[ok], "title": f["title"][ok], "quantity": qty[ok].abs().astype("int64"),
        "price": price[ok].astype(float), "ts": _to_utc(ts[ok], timezone), "country": f["country"][ok],
        "event_type": np.where((f["order_id"][ok].str.upper().str.startswith(cmap.cancel_prefix.upper())
                                if cmap.cancel_prefix else False) | (qty[ok] < 0), "return", "purchase"),
    }).reset_index(drop=True)
    bad = ~ok
    rejected = pd.DataFrame({"row": np.arange(1, len(raw) + 1)[bad.to_numpy()], "reason": reason[bad],
                             "column": column[bad], "detail": detail[bad]}).reset_index(drop=True)
    rejected = pd.concat([rejected, raw[bad].reset_index(drop=True)], axis=1)
    return Lines(kept, rejected, len(raw), upper)


def _to_utc(ts: pd.Series, timezone: str) -> pd.Series:
    """Local wall-clock times in `timezone` -> naive UTC (ambiguous autumn hours read as winter time)."""
    if ts.dt.tz is not None:
        return ts.dt.tz_convert("UTC").dt.tz_localize(None)
    local = ts.dt.tz_localize(timezone, ambiguous=np.zeros(len(ts), bool), nonexistent="shift_forward")
    return local.dt.tz_convert("UTC").dt.tz_localize(None)


__all__ = ["Lines", "REASONS", "classify", "read_export"]
