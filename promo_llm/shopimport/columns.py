"""Shop import: the column map that says where a transaction export keeps each field.

A column map is YAML (or `--map DST=SRC` on the command line, which wins):

    columns:                 # contract name: the export's column
      order_id: InvoiceNo
      item_id: StockCode
      title: Description
      quantity: Quantity
      ts: InvoiceDate
      price: UnitPrice
      user_id: CustomerID
      country: Country       # optional
    date_format: "%m/%d/%Y %H:%M"   # strptime format of `ts`; null = ISO dates
    cancel_prefix: C         # an order id starting with this is a cancellation

The defaults are those of the Online Retail export format (UCI), so such a file needs no map.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping, Sequence

import yaml

from ..errors import ConfigError

REQUIRED = ("order_id", "item_id", "title", "quantity", "ts", "price", "user_id")
OPTIONAL = ("country",)

DEFAULT_COLUMNS = {"order_id": "InvoiceNo", "item_id": "StockCode", "title": "Description",
                   "quantity": "Quantity", "ts": "InvoiceDate", "price": "UnitPrice",
                   "user_id": "CustomerID", "country": "Country"}
DEFAULT_DATE_FORMAT = "%m/%d/%Y %H:%M"
_KEYS = {"columns", "date_format", "cancel_prefix"}


@dataclass(frozen=True)
class ColumnMap:
    columns: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_COLUMNS))
    date_format: str | None = DEFAULT_DATE_FORMAT
    cancel_prefix: str = "C"

    def as_dict(self) -> dict:
        return {"columns": dict(self.columns), "date_format": self.date_format,
                "cancel_prefix": self.cancel_prefix}


def load_column_map(path: Path | None = None, overrides: Sequence[str] | None = None,
                    date_format: str | None = None) -> ColumnMap:
    """Defaults, then the YAML file's keys, then `--map DST=SRC` pairs and `--date-format`."""
    cols = dict(DEFAULT_COLUMNS)
    fmt: str | None = DEFAULT_DATE_FORMAT
    prefix = "C"
    if path is not None:
        if not Path(path).is_file():
            raise ConfigError(f"column map not found: {path}")
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict) or set(data) - _KEYS:
            raise ConfigError(f"{path}: a column map has only the keys {sorted(_KEYS)}")
        given = data.get("columns") or {}
        unknown = set(given) - set(REQUIRED) - set(OPTIONAL)
        if unknown:
            raise ConfigError(f"{path}: columns: unknown name {sorted(unknown)[0]!r} "
                              f"(expected {', '.join(REQUIRED + OPTIONAL)})")
        cols.update({str(k): str(v) for k, v in given.items() if v is not None})
        for k, v in given.items():
            if v is None:
                cols.pop(k, None)
        fmt = data.get("date_format", fmt)
        prefix = str(data.get("cancel_prefix", prefix) or "")
    for pair in overrides or ():
        dst, sep, src = pair.partition("=")
        if not sep or not dst.strip() or not src.strip():
            raise ConfigError(f"--map {pair!r}: expected DST=SRC, e.g. --map user_id=customer")
        if dst.strip() not in REQUIRED + OPTIONAL:
            raise ConfigError(f"--map {pair!r}: unknown name {dst.strip()!r} "
                              f"(expected {', '.join(REQUIRED + OPTIONAL)})")
        cols[dst.strip()] = src.strip()
    if date_format is not None:
        fmt = date_format or None
    return ColumnMap(cols, fmt, prefix)


__all__ = ["ColumnMap", "load_column_map", "DEFAULT_COLUMNS", "REQUIRED", "OPTIONAL"]
