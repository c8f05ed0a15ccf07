"""Data stage: validating loaders for events, catalog, users and price history.

Files are CSV (any common delimiter, or whitespace-aligned text), Parquet or JSONL. A column map
(`{"user_id": "customer"}`, i.e. DST=SRC) points at a user's own export. Every row is either kept or
rejected with a reason naming file, row (1-based, header excluded) and column: by default the first
rejected row is an error (`DataError`); with a `Quarantine` every rejected row is written there and
the run continues. Counts of read, kept and rejected rows come back in a `LoadReport`.

Parsing and checks are DuckDB SQL over Arrow tables. This module never imports torch.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

import pyarrow as pa

from ..errors import DataError, UserError
from ..records import EVENT_TYPES, Product, UserProfile

# --- contracts ---------------------------------------------------------------------------------
# column -> type: str | float | int | ts | date | bool | json


@dataclass(frozen=True)
class TableSpec:
    kind: str
    required: tuple[str, ...]
    types: Mapping[str, str]
    """Every known column and its type; unknown columns are carried as text (str)."""
    non_negative: tuple[str, ...] = ()


SPECS: dict[str, TableSpec] = {
    "events": TableSpec(
        "events", ("user_id", "item_id", "event_type", "ts"),
        {"user_id": "str", "item_id": "str", "event_type": "str", "ts": "ts", "quantity": "float",
         "price": "float", "value": "float", "session_id": "str", "channel": "str"},
        non_negative=("price", "quantity", "value")),
    "catalog": TableSpec(
        "catalog", ("item_id", "title", "category", "price"),
        {"item_id": "str", "title": "str", "category": "str", "price": "float", "brand": "str",
         "list_price": "float", "discount_pct": "float", "promo_ends": "date", "attributes": "json",
         "locale": "str", "currency": "str", "stock": "int", "durable": "bool"},
        non_negative=("price", "list_price", "discount_pct", "stock")),
    "users": TableSpec(
        "users", ("user_id",),
        {"user_id": "str", "locale": "str", "timezone": "str", "consent_email": "bool",
         "consent_sms": "bool", "consent_push": "bool"}),
    "price_history": TableSpec(
        "price_history", ("item_id", "date", "price"),
        {"item_id": "str", "date": "date", "price": "float"}, non_negative=("price",)),
}

I18N_COLUMN = re.compile(r"(title|category|attributes|brand|price|list_price|currency)_([a-z]{2})")
"""A catalog column of one language's market: `title_zh`, `price_zh` ..."""
PRICE_BY_LANGUAGE = re.compile(r"(price|list_price)_[a-z]{2}")
"""Price columns of one language's market (catalog `price_zh`, `list_price_zh`; price history
`price_zh`): numbers, like `price`."""

EVENT_ALIASES = {
    "addtocart": "cart", "add_to_cart": "cart", "atc": "cart", "basket": "cart",
    "transaction": "purchase", "order": "purchase", "buy": "purchase", "sale": "purchase",
    "pageview": "view", "page_view": "view", "detail": "view", "impression": "view",
    "rating": "view", "rate": "view",
}
"""Common names in public and vendor logs for the contract's event types."""

_TRUE = ("true", "t", "1", "yes", "y")
_FALSE = ("false", "f", "0", "no", "n", "")


@dataclass(frozen=True)
class LoadReport:
    file: str
    kind: str
    read: int
    kept: int
    rejected: int
    reasons: Mapping[str, int] = field(default_factory=dict)

    def line(self) -> str:
        extra = "".join(f"; {n} {r}" for r, n in sorted(self.reasons.items(), key=lambda kv: -kv[1]))
        return f"{self.kind} {self.file}: read {self.read} rows, kept {self.kept}, rejected {self.rejected}{extra}"


@dataclass(frozen=True)
class Loaded:
    """A validated table in contract column names and types, with its report."""

    table: pa.Table
    report: LoadReport
    columns_present: tuple[str, ...]
    """Contract columns that the file provided (optional ones may be absent)."""


class Quarantine:
    """Collects rejected rows as JSON lines: {file, row, column, reason, record}."""

    def __init__(self, path: Path | None):
        self.path = Path(path) if path else None
        self.rows: list[dict[str, Any]] = []

    def add(self, file: str, row: int | None, column: str | None, reason: str, record: Mapping[str, Any]) -> None:
        self.rows.append({"file": file, "row": row, "column": column, "reason": reason,
                          "record": {k: _plain(v) for k, v in record.items()}})

    def write(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("w", encoding="utf-8") as f:
            for r in self.rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


def _plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


def parse_column_map(pairs: Iterable[str] | None) -> dict[str, str]:
    """['user_id=customer', 'ts=date'] -> {'user_id': 'customer', 'ts': 'date'}."""
    out: dict[str, str] = {}
    for p in pairs or ():
        dst, sep, src = p.partition("=")
        if not sep or not dst.strip() or not src.strip():
            raise UserError(f"--map: expected DST=SRC (e.g. user_id=customer), got {p!r}")
        out[dst.strip()] = src.strip()
    return out


# --- reading raw files -------------------------------------------------------------------------

def _check_utf8(path: Path, data: bytes, quarantine: Quarantine | None) -> bytes:
    """Raise (or quarantine) lines that are not UTF-8, naming row and column."""
    try:
        data.decode("utf-8")
        return data
    except UnicodeDecodeError as e:
        first_bad = e.start
    lines = data.split(b"\n")
    header = lines[0].decode("utf-8", "replace")
    delim = _sniff_delimiter(header)
    names = _split(header, delim)
    good, offset = [], 0
    for i, line in enumerate(lines):
        end = offset + len(line) + 1
        if end <= first_bad:
            good.append(line)
            offset = end
            continue
        try:
            line.decode("utf-8")
            good.append(line)
        except UnicodeDecodeError as le:
            if i == 0:
                raise DataError(f"header is not valid UTF-8 (byte 0x{line[le.start]:02x})", file=path.name)
            col_ix = line[:le.start].decode("utf-8", "replace").count(delim) if delim != " " else None
            col = names[col_ix] if col_ix is not None and col_ix < len(names) else None
            reason = f"not valid UTF-8 (byte 0x{line[le.start]:02x}); re-export the file as UTF-8"
            if quarantine is None:
                raise DataError(reason, file=path.name, row=i, column=col)
            quarantine.add(path.name, i, col, reason, {"raw": line.decode("utf-8", "replace")})
        offset = end
    return b"\n".join(good)


def _sniff_delimiter(header: str) -> str:
    for d in (",", "\t", ";", "|"):
        if d in header:
            return d
    return " " if re.search(r"\S\s+\S", header.strip()) else ","


def _split(line: str, delim: str) -> list[str]:
    return line.split() if delim == " " else [c.strip().strip('"') for c in line.split(delim)]


def _clean_name(name: str) -> str:
    """Header cleanup: drop invisible and control characters, trim, and drop RecBole-style type
    suffixes ('user_id:token' -> 'user_id')."""
    from ..untrusted import UNSEEN_RE

    name = UNSEEN_RE.sub("", name).strip()
    return re.sub(r":(token|token_seq|float|float_seq)$", "", name)


def read_raw(path: Path, quarantine: Quarantine | None = None) -> pa.Table:
    """Any supported file -> an Arrow table (CSV and text files: every column as text)."""
    import pyarrow.csv as pacsv
    import pyarrow.json as pajson
    import pyarrow.parquet as pq

    path = Path(path)
    if not path.is_file():
        raise UserError(f"{path}: file not found")
    suffix = "".join(path.suffixes[-2:]).lower() if path.suffix.lower() == ".gz" else path.suffix.lower()
    if path.stat().st_size == 0:
        raise DataError("file is empty", file=path.name)
    if suffix == ".parquet":
        try:
            return pq.read_table(path)
        except Exception as e:  # pyarrow raises several types for a corrupt file
            raise DataError(f"not a readable Parquet file ({e})", file=path.name) from None
    data = _check_utf8(path, path.read_bytes(), quarantine)
    if suffix in (".jsonl", ".ndjson", ".json"):
        if not data.strip():
            raise DataError("file is empty", file=path.name)
        try:
            return pajson.read_json(io.BytesIO(data))
        except pa.ArrowInvalid as e:
            raise DataError(f"not valid JSON lines ({e})", file=path.name) from None
    text_head = data[:65536].split(b"\n", 1)[0].decode("utf-8").lstrip("\ufeff")
    delim = _sniff_delimiter(text_head)
    if delim == " ":  # whitespace-aligned text (e.g. CDNOW_master.txt): split runs of blanks
        rows = [ln.split() for ln in data.decode("utf-8").lstrip("\ufeff").splitlines() if ln.strip()]
        names = [_clean_name(n) for n in rows[0]]
        body = rows[1:]
        if not body:
            raise DataError("no data rows (only a header)", file=path.name)
        for i, r in enumerate(body, 1):
            if len(r) != len(names):
                raise DataError(f"expected {len(names)} fields, found {len(r)}", file=path.name, row=i)
        return pa.table({n: [r[k] for r in body] for k, n in enumerate(names)})
    names = [_clean_name(n) for n in _split(text_head.rstrip("\r"), delim)]
    if not names or any(n == "" for n in names[1:]):
        # pandas-style index column with an empty header: give it a name
        names = [n or f"column{k}" for k, n in enumerate(names)]
    names = [n or "index" for n in names]
    try:
        t = pacsv.read_csv(
            io.BytesIO(data),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1),
            parse_options=pacsv.ParseOptions(delimiter=delim),
            convert_options=pacsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                                 strings_can_be_null=True))
    except pa.ArrowInvalid as e:
        msg = str(e)
        m = re.search(r"row (\d+)|line (\d+)", msg)
        raise DataError(f"malformed CSV ({msg.splitlines()[0]})", file=path.name,
                        row=int(next(g for g in m.groups() if g)) if m else None) from None
    if t.num_rows == 0:
        raise DataError("no data rows (only a header)", file=path.name)
    return t


# --- validation --------------------------------------------------------------------------------

def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def _typed_expr(col: str, typ: str, arrow_type: pa.DataType) -> tuple[str, str | None]:
    """(typed expression, failure condition) for one raw column. Raw text is trimmed first."""
    c = _q(col)
    is_text = pa.types.is_string(arrow_type) or pa.types.is_large_string(arrow_type)
    raw = f"NULLIF(TRIM({c}), '')" if is_text else c
    if typ == "str":
        return (raw if is_text else f"CAST({c} AS VARCHAR)"), None
    if typ == "float":
        if pa.types.is_integer(arrow_type) or pa.types.is_floating(arrow_type):
            return f"CAST({c} AS DOUBLE)", f"({c} IS NOT NULL AND isnan(CAST({c} AS DOUBLE)))"
        e = f"TRY_CAST(REPLACE(REPLACE({raw}, '$', ''), ',', '') AS DOUBLE)" if is_text else f"TRY_CAST({c} AS DOUBLE)"
        return e, f"({raw} IS NOT NULL AND ({e} IS NULL OR isnan({e})))"
    if typ == "int":
        e = f"TRY_CAST(TRY_CAST({raw} AS DOUBLE) AS BIGINT)"
        return e, f"({raw} IS NOT NULL AND {e} IS NULL)"
    if typ == "bool":
        if pa.types.is_boolean(arrow_type):
            return c, None
        t = f"lower(CAST({raw} AS VARCHAR))"
        e = f"CASE WHEN {t} IN ({', '.join(map(_lit, _TRUE))}) THEN TRUE WHEN {t} IN ({', '.join(map(_lit, _FALSE))}) THEN FALSE END"
        return e, f"({raw} IS NOT NULL AND {e} IS NULL)"
    if typ == "json":
        return (raw if is_text else f"CAST({c} AS VARCHAR)"), None
    if typ in ("ts", "date"):
        if pa.types.is_timestamp(arrow_type):
            e = f"CAST({c} AS TIMESTAMP)"
            return (e if typ == "ts" else f"CAST({e} AS DATE)"), None
        if pa.types.is_date(arrow_type):
            e = f"CAST({c} AS TIMESTAMP)"
            return (e if typ == "ts" else f"CAST({c} AS DATE)"), None
        s = f"CAST({raw} AS VARCHAR)"
        # YYYYMMDD (8 digits) is a date; other numbers are epoch seconds (milliseconds above 1e11),
        # and only where that lands between EPOCH_RANGE's years: small integers (a row number, a day
        # index) are not times, and reading them as seconds would put the data in January 1970.
        num, secs = _epoch_seconds_sql(s)
        lo, hi = _EPOCH_BOUNDS
        e = (f"CASE WHEN {_YYYYMMDD_SQL.format(s=s)} THEN try_strptime({s}, '%Y%m%d') "
             f"WHEN {num} IS NOT NULL THEN CASE WHEN {secs} BETWEEN {lo} AND {hi} "
             f"THEN to_timestamp({secs})::TIMESTAMPTZ AT TIME ZONE 'UTC' END "
             f"ELSE coalesce(TRY_CAST({s} AS TIMESTAMPTZ) AT TIME ZONE 'UTC', TRY_CAST({s} AS TIMESTAMP)) END")
        e = f"CAST({e} AS TIMESTAMP)"
        if typ == "date":
            e = f"CAST({e} AS DATE)"
        return e, f"({raw} IS NOT NULL AND {e} IS NULL)"
    raise ValueError(f"unknown column type {typ!r}")


EPOCH_RANGE = (1980, 2100)
"""Years a numeric timestamp (epoch seconds or milliseconds) may fall in; outside them the number is
rejected as not a time (the usual cause: a row number or day index mapped as `ts`)."""
_EPOCH_BOUNDS = tuple(int((date(y, 1, 1) - date(1970, 1, 1)).total_seconds()) for y in EPOCH_RANGE)
_YYYYMMDD_SQL = "regexp_full_match({s}, '(19|20)\\d{{6}}')"


def _epoch_seconds_sql(s: str) -> tuple[str, str]:
    """(the number, the number as epoch seconds) for a text expression: milliseconds above 1e11."""
    num = f"TRY_CAST({s} AS DOUBLE)"
    return num, f"(CASE WHEN abs({num}) > 1e11 THEN {num} / 1000 ELSE {num} END)"


def _time_msg_sql(typ: str, src: str) -> str:
    """The reason for a bad ts/date value: a number outside EPOCH_RANGE is named as such."""
    v = f"quote_text(CAST({_q(src)} AS VARCHAR))"
    s = f"CAST(NULLIF(TRIM(CAST({_q(src)} AS VARCHAR)), '') AS VARCHAR)"
    lo, hi = EPOCH_RANGE
    implausible = (f"'implausible timestamp: ' || {v} || ' is a number but not a time (as epoch seconds or "
                   f"milliseconds it falls outside {lo}-{hi}; not a YYYYMMDD date either); map a column of "
                   f"dates or epoch times as {typ}'")
    return (f"CASE WHEN TRY_CAST({s} AS DOUBLE) IS NOT NULL AND NOT {_YYYYMMDD_SQL.format(s=s)} "
            f"THEN {implausible} ELSE {_msg_sql(typ, src)} END")


_MESSAGES = {
    "float": "not a number: {v}",
    "int": "not a whole number: {v}",
    "bool": "not a boolean (true/false/1/0/yes/no): {v}",
    "ts": "unparseable timestamp: {v} (expected an ISO date or datetime, or epoch seconds)",
    "date": "unparseable date: {v} (expected YYYY-MM-DD)",
}


def _con():
    import duckdb

    con = duckdb.connect()
    con.sql("SET TimeZone = 'UTC'")
    return con


def validate(raw: pa.Table, kind: str, file: str, *, column_map: Mapping[str, str] | None = None,
             quarantine: Quarantine | None = None, event_type: str | None = None,
             known_items: pa.Array | Sequence[str] | None = None,
             required: Sequence[str] | None = None) -> Loaded:
    """Rename, type and check a raw table against the `kind` contract; see the module docstring.

    `event_type` fills a missing event column (a transaction log: 'purchase'); then `item_id` may
    be absent too. `known_items` rejects events for items outside the catalog. `required`
    overrides the contract's required columns (profiles need no catalog title or price).
    """
    spec = SPECS[kind]
    cmap = dict(column_map or {})
    names = list(raw.column_names)
    for dst, src in cmap.items():
        if src not in names:
            raise DataError(f"column {src!r} (mapped to {dst}) not found; the file has: {', '.join(names)}",
                            file=file, column=src)
    rename = {src: dst for dst, src in cmap.items()}
    # mapped columns win over same-named unmapped ones
    shadowed = {n for n in names if n in cmap and cmap[n] != n}
    cols: dict[str, str] = {}
    for n in names:
        if n in shadowed and n not in rename:
            continue
        cols.setdefault(rename.get(n, n), n)
    req = list(required if required is not None else spec.required)
    if kind == "events" and event_type:
        req = [r for r in req if r not in ("event_type", "item_id")]
    for r in req:
        if r not in cols:
            raise DataError(f"missing required column {r!r}; the file has: {', '.join(names)}"
                            f" (map one with --map {r}=COLUMN)", file=file, column=r)
    con = _con()
    idx = "__row"
    tbl = raw.append_column(idx, pa.array(range(1, raw.num_rows + 1), pa.int64()))
    con.register("raw", tbl)
    select, checks = [f"{idx}"], []
    for dst, src in cols.items():
        typ = spec.types.get(dst, "float" if PRICE_BY_LANGUAGE.fullmatch(dst) else "str")
        expr, bad = _typed_expr(src, typ, raw.schema.field(src).type)
        select.append(f"{expr} AS {_q(dst)}")
        if bad:
            checks.append((dst, bad, _time_msg_sql(typ, src) if typ in ("ts", "date") else _msg_sql(typ, src)))
    for r in req:  # a required column must hold a value in every row
        checks.insert(0, (r, f"NULLIF(TRIM(CAST({_q(cols[r])} AS VARCHAR)), '') IS NULL", "'missing value'"))
    for n in spec.non_negative:
        if n in cols:
            expr = _typed_expr(cols[n], spec.types[n], raw.schema.field(cols[n]).type)[0]
            checks.append((n, f"{expr} < 0", f"'negative {n.replace('_', ' ')}: ' || CAST({expr} AS VARCHAR)"))
    if kind == "events":
        if "event_type" in cols:
            et = f"lower(TRIM(CAST({_q(cols['event_type'])} AS VARCHAR)))"
            alias = "CASE " + " ".join(f"WHEN {et} = {_lit(a)} THEN {_lit(b)}" for a, b in EVENT_ALIASES.items()) + f" ELSE {et} END"
            select = [s for s in select if not s.endswith(f"AS {_q('event_type')}")] + [f"{alias} AS event_type"]
            known = ", ".join(map(_lit, EVENT_TYPES))
            checks.append(("event_type", f"({alias}) NOT IN ({known}) AND {et} IS NOT NULL AND {et} <> ''",
                           f"'unknown event type ' || quote_text({_q(cols['event_type'])}) || ' (expected one of {', '.join(EVENT_TYPES)})'"))
        else:
            select.append(f"{_lit(event_type or 'purchase')} AS event_type")
        if "item_id" not in cols:
            select.append("CAST(NULL AS VARCHAR) AS item_id")
        if known_items is not None and "item_id" in cols:
            con.register("known_items", pa.table({"item_id": pa.array(known_items, pa.string())}))
            iid = _typed_expr(cols["item_id"], "str", raw.schema.field(cols["item_id"]).type)[0]
            checks.append(("item_id", f"{iid} IS NOT NULL AND {iid} NOT IN (SELECT item_id FROM known_items)",
                           f"'unknown item ' || quote_text({iid}) || ' (not in the catalog)'"))
    if kind == "catalog":
        iid = _typed_expr(cols["item_id"], "str", raw.schema.field(cols["item_id"]).type)[0]
        checks.append(("item_id", f"count(*) OVER (PARTITION BY {iid}) > 1 AND {idx} > min({idx}) OVER (PARTITION BY {iid})",
                       f"'duplicate item_id ' || quote_text({iid}) || ' (first at row ' || CAST(min({idx}) OVER (PARTITION BY {iid}) AS VARCHAR) || ')'"))
    con.create_function("quote_text", _quote, ["VARCHAR"], "VARCHAR", null_handling="special")
    case_col = "CASE " + " ".join(f"WHEN {b} THEN {_lit(d)}" for d, b, _ in checks) + " END" if checks else "NULL"
    case_msg = "CASE " + " ".join(f"WHEN {b} THEN {m}" for d, b, m in checks) + " END" if checks else "NULL"
    con.sql(f"CREATE TEMP TABLE checked AS SELECT {', '.join(select)}, {case_col} AS __bad_col, "
                f"{case_msg} AS __bad_msg FROM raw")
    n_read = raw.num_rows
    bad = con.sql("SELECT count(*) FROM checked WHERE __bad_col IS NOT NULL").fetchall()[0][0]
    reasons: dict[str, int] = {}
    if bad:
        first = con.sql(f"SELECT {idx}, __bad_col, __bad_msg FROM checked WHERE __bad_col IS NOT NULL "
                            f"ORDER BY {idx} LIMIT 1").fetchall()[0]
        _refuse_column_of_non_times(con, idx, n_read, file)
        if quarantine is None:
            more = f" ({bad - 1} more bad rows; use --quarantine FILE to keep going)" if bad > 1 else ""
            raise DataError(f"{first[2]}{more}", file=file, row=int(first[0]), column=first[1])
        rows = con.sql(f"SELECT r.*, c.__bad_col, c.__bad_msg FROM checked c JOIN raw r USING ({idx}) "
                           f"WHERE c.__bad_col IS NOT NULL ORDER BY {idx}").to_arrow_table().to_pylist()
        for r in rows:
            col, msg, row = r.pop("__bad_col"), r.pop("__bad_msg"), r.pop(idx)
            quarantine.add(file, row, col, msg, r)
            key = msg.split(":")[0].split(" '")[0].split(" (")[0]
            reasons[key] = reasons.get(key, 0) + 1
    out_cols = [c for c in con.sql("SELECT * FROM checked LIMIT 0").to_arrow_table().column_names
                if not c.startswith("__")]
    table = con.sql(f"SELECT {', '.join(_q(c) for c in out_cols)} FROM checked "
                        f"WHERE __bad_col IS NULL ORDER BY {idx}").to_arrow_table()
    con.close()
    present = tuple(c for c in cols if c in spec.types)
    return Loaded(table, LoadReport(file, kind, n_read, table.num_rows, int(bad), reasons), present)


def _refuse_column_of_non_times(con: Any, idx: str, n_read: int, file: str) -> None:
    """A timestamp column that is mostly numbers but not times is a mapping mistake, not dirty rows:
    an error even with a quarantine (which would otherwise take in most of the file)."""
    n, row, col, msg = con.sql(
        f"SELECT count(*), min({idx}), any_value(__bad_col), arg_min(__bad_msg, {idx}) FROM checked "
        f"WHERE __bad_msg LIKE 'implausible timestamp:%'").fetchall()[0]
    if n and n * 2 > n_read:
        raise DataError(f"{n} of {n_read} rows hold numbers that are not times; e.g. {msg}",
                        file=file, row=int(row), column=col)


def _quote(v: str | None) -> str:
    return "''" if v is None else repr(str(v)) if "'" not in str(v) else json.dumps(str(v), ensure_ascii=False)


def _msg_sql(typ: str, src: str) -> str:
    head = _MESSAGES[typ].split("{v}")
    return f"{_lit(head[0])} || quote_text(CAST({_q(src)} AS VARCHAR)) || {_lit(head[1])}"


def load_table(path: Path | str, kind: str, *, column_map: Mapping[str, str] | None = None,
               quarantine: Quarantine | None = None, **kw: Any) -> Loaded:
    """Read and validate one file of `kind` (events, catalog, users, price_history)."""
    path = Path(path)
    raw = read_raw(path, quarantine)
    return validate(raw, kind, path.name, column_map=column_map, quarantine=quarantine, **kw)


# --- records -----------------------------------------------------------------------------------

def _json_map(v: Any, file: str = "", row: int | None = None, column: str = "attributes") -> dict[str, str]:
    if v is None or v == "":
        return {}
    if isinstance(v, Mapping):
        return {str(k): str(x) for k, x in v.items()}
    try:
        d = json.loads(v)
    except ValueError:
        raise DataError(f"not a JSON object: {str(v)[:40]!r}", file=file, row=row, column=column) from None
    if not isinstance(d, dict):
        raise DataError("not a JSON object", file=file, row=row, column=column)
    return {str(k): str(x) for k, x in d.items()}


def products_from_table(table: pa.Table, file: str = "catalog") -> dict[str, Product]:
    """Catalog rows -> Products. Columns `title_zh`, `category_zh`, `attributes_zh`, `brand_zh` and
    the market's prices `price_zh`, `list_price_zh`, `currency_zh` (any language suffix) become
    `Product.i18n[lang]`."""
    out: dict[str, Product] = {}
    i18n_cols = [c for c in table.column_names if I18N_COLUMN.fullmatch(c)]
    for i, r in enumerate(table.to_pylist(), 1):
        i18n: dict[str, dict[str, Any]] = {}
        for c in i18n_cols:
            key, lang = c.rsplit("_", 1)
            if r.get(c) not in (None, ""):
                i18n.setdefault(lang, {})[key] = (_json_map(r[c], file, i, c) if key == "attributes"
                                                  else float(r[c]) if key in ("price", "list_price") else r[c])
        out[r["item_id"]] = Product(
            item_id=r["item_id"], title=r.get("title") or r["item_id"], category=r.get("category") or "",
            price=float(r["price"]) if r.get("price") is not None else 0.0, brand=r.get("brand"),
            list_price=r.get("list_price"), discount_pct=r.get("discount_pct"),
            promo_ends=r.get("promo_ends"), attributes=_json_map(r.get("attributes"), file, i),
            currency=r.get("currency") or "USD",
            stock=None if r.get("stock") is None else int(r["stock"]), i18n=i18n)
    return out


def load_catalog(path: Path | str, column_map: Mapping[str, str] | None = None,
                 quarantine: Quarantine | None = None) -> dict[str, Product]:
    """Catalog file -> {item_id: Product}."""
    loaded = load_table(path, "catalog", column_map=column_map, quarantine=quarantine)
    return products_from_table(loaded.table, Path(path).name)


def load_users(path: Path | str, column_map: Mapping[str, str] | None = None,
               quarantine: Quarantine | None = None) -> pa.Table:
    """Users file -> validated table (user_id, locale, timezone, consent_*, engagement_* ...)."""
    return load_table(path, "users", column_map=column_map, quarantine=quarantine).table


def load_events(path: Path | str, column_map: Mapping[str, str] | None = None,
                quarantine: Quarantine | None = None, **kw: Any) -> pa.Table:
    """Events file -> validated table in contract columns (ts as UTC TIMESTAMP)."""
    return load_table(path, "events", column_map=column_map, quarantine=quarantine, **kw).table


def load_price_history(path: Path | str, column_map: Mapping[str, str] | None = None,
                       quarantine: Quarantine | None = None) -> dict[str, list[tuple[date, float]]]:
    """Price history file -> {item_id: [(date, price), ...]} sorted by date."""
    return load_price_histories(path, column_map, quarantine)[""]


def load_price_histories(path: Path | str, column_map: Mapping[str, str] | None = None,
                         quarantine: Quarantine | None = None) -> dict[str, dict[str, list[tuple[date, float]]]]:
    """Price history file -> {language: {item_id: [(date, price), ...]}}: '' from `price`, 'zh' from
    a `price_zh` column (the prices of that language's market), each sorted by date."""
    t = load_table(path, "price_history", column_map=column_map, quarantine=quarantine).table
    out: dict[str, dict[str, list[tuple[date, float]]]] = {}
    for col in [c for c in t.column_names if c == "price" or PRICE_BY_LANGUAGE.fullmatch(c)]:
        lang = col.rpartition("_")[2] if col != "price" else ""
        hist = out.setdefault(lang, {})
        for iid, d, p in zip(t.column("item_id").to_pylist(), t.column("date").to_pylist(),
                             t.column(col).to_pylist()):
            if p is not None:
                hist.setdefault(iid, []).append((d, float(p)))
        for v in hist.values():
            v.sort()
    return out


__all__ = ["SPECS", "EVENT_ALIASES", "LoadReport", "Loaded", "Quarantine", "parse_column_map", "read_raw",
           "validate", "load_table", "load_catalog", "load_users", "load_events", "load_price_history",
           "load_price_histories", "I18N_COLUMN", "PRICE_BY_LANGUAGE",
           "products_from_table", "UserProfile"]
