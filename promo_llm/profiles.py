"""Profiles stage: validated events (+ catalog, users) -> one row per user and product features.

All aggregation is DuckDB SQL over Arrow tables, so ten million events take seconds on two cores.
Input tables use the DESIGN.md contract columns (see `data/loaders.py`); output is Arrow tables that
`write_table` saves as Parquet, JSONL or CSV, and `user_profiles` turns into `UserProfile` records.

Definitions (the numbers are `ProfileConfig` defaults):
- weights: view 1, click 1, wishlist 2, cart 3, purchase 5, times a time decay with a 30-day
  half-life counted back from `as_of`; top categories and brands are the 5 largest, normalised to
  sum to 1 over all of the user's categories (brands).
- `as_of`: default the latest event; a date means 00:00 that day, with the whole day's events
  included (negative day counts clamp to 0).
- `recency_days`: days from the last purchase to `as_of` (null without a purchase); `frequency`:
  number of purchase events; `monetary`: sum over purchases of `value`, else `price * quantity`,
  else `price`.
- price band: the weighted mean position of the user's items inside their category (0 = cheapest,
  1 = dearest, by catalog price); below 0.4 is `budget`, above 0.6 `premium`, else `mid`.
- discount affinity: how much more often the user carts or buys discounted items than they see them:
  (s_buy - s_seen) / (1 - s_seen), clipped to [0, 1], where s_buy is shrunk towards s_seen with 2
  pseudo-events. An item is discounted when the event price is below the catalog list price (or,
  without an event price, when the catalog has a discount).
- active hours / weekdays: the user's 3 busiest local hours and weekdays (UTC shifted by the
  user's timezone offset on `as_of`, whole hours).
- segment, from the days since the last event of any kind: `new` if first seen within 14 days;
  else `lapsed` past 60 days; else `at_risk` past 30 days; else `vip` with >= 3 purchases and
  monetary in the top 10% of buyers; else `active`.
- product features: popularity (distinct users), views, carts, purchases, conversion rate
  (purchases / views), trend (daily events in the last 7 days over the last 28; 1 = flat), price
  position in category.

This module never imports torch.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Mapping

import pyarrow as pa

from .errors import UserError
from .records import UserProfile

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SEGMENTS = ("new", "active", "at_risk", "lapsed", "vip")


@dataclass(frozen=True)
class ProfileConfig:
    half_life_days: float = 30.0
    """Time decay of interest weights: an event this many days old counts half."""
    top_n: int = 5
    """Categories and brands kept per user."""
    new_days: int = 14
    """First seen within this many days of as_of: segment `new`."""
    active_days: int = 30
    """Last event within this many days: active (or vip); beyond it at_risk."""
    lapsed_days: int = 60
    """Last event beyond this many days: lapsed."""
    vip_min_purchases: int = 3
    vip_quantile: float = 0.9
    """Monetary at or above this quantile among buyers (with enough purchases and recent): vip."""
    low_band: float = 0.4
    high_band: float = 0.6
    event_weights: Mapping[str, float] = field(default_factory=lambda: {
        "view": 1.0, "click": 1.0, "wishlist": 2.0, "cart": 3.0, "purchase": 5.0, "remove_from_cart": 0.0})

    def __post_init__(self) -> None:
        if self.half_life_days <= 0:
            raise ValueError(f"half_life_days: must be > 0, got {self.half_life_days}")
        if not 0 < self.active_days <= self.lapsed_days:
            raise ValueError(f"active_days/lapsed_days: need 0 < active_days <= lapsed_days, got "
                             f"{self.active_days}/{self.lapsed_days}")


@dataclass(frozen=True)
class ProfileTables:
    users: pa.Table
    """One row per user (see the module docstring for the columns)."""
    products: pa.Table
    """One row per item seen in events."""
    as_of: datetime


_EVENT_COLS = {"user_id": pa.string(), "item_id": pa.string(), "event_type": pa.string(),
               "ts": pa.timestamp("us"), "quantity": pa.float64(), "price": pa.float64(),
               "value": pa.float64(), "channel": pa.string()}


def _normalise_events(events: pa.Table) -> pa.Table:
    cols = {}
    for name, typ in _EVENT_COLS.items():
        if name in events.column_names:
            c = events.column(name)
            cols[name] = c if c.type == typ else c.cast(typ)
        else:
            cols[name] = pa.nulls(events.num_rows, typ)
    return pa.table(cols)


def _tz_offsets(timezones: list[str], as_of: datetime) -> pa.Table:
    """UTC offset in whole hours of each IANA timezone on `as_of` (unknown names: 0)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    rows = []
    for tz in timezones:
        try:
            off = as_of.replace(tzinfo=ZoneInfo(tz)).utcoffset()
            rows.append((tz, int(round(off.total_seconds() / 3600)) if off is not None else 0))
        except (ZoneInfoNotFoundError, ValueError):
            rows.append((tz, 0))
    return pa.table({"timezone": [r[0] for r in rows], "offset_h": pa.array([r[1] for r in rows], pa.int32())})


def build_profiles(events: pa.Table, catalog: pa.Table | None = None, users: pa.Table | None = None,
                   *, as_of: date | datetime | None = None, config: ProfileConfig | None = None,
                   threads: int | None = None) -> ProfileTables:
    """One profile row per user and one feature row per item, from contract-shaped tables.

    `as_of` defaults to the latest event; a date means the end of that day. Users present only in
    `users` get a row too (segment `new`, no behaviour).
    """
    import duckdb

    cfg = config or ProfileConfig()
    ev = _normalise_events(events)
    if ev.num_rows == 0:
        raise UserError("no events to build profiles from")
    con = duckdb.connect()
    con.sql("SET TimeZone = 'UTC'")
    if threads:
        con.sql(f"SET threads = {int(threads)}")
    con.register("ev_in", ev)
    # as_of_ts: the instant day counts are measured from; cutoff: the last event included.
    # A date means midnight at its start, with that whole day's events included (day counts
    # that would be negative clamp to 0), so date-only logs get whole-day recencies.
    if as_of is None:
        as_of_ts = con.sql("SELECT max(ts) FROM ev_in").fetchall()[0][0]
        cutoff = as_of_ts
    elif isinstance(as_of, datetime):
        as_of_ts = cutoff = as_of
    else:
        as_of_ts = datetime.combine(as_of, datetime.min.time())
        cutoff = as_of_ts + timedelta(days=1) - timedelta(microseconds=1)
    if as_of_ts is None:
        raise UserError("no event has a timestamp")
    as_of_epoch = (as_of_ts - datetime(1970, 1, 1)).total_seconds()
    ln2 = math.log(2)
    w = cfg.event_weights
    wcase = "CASE event_type " + " ".join(f"WHEN '{k}' THEN {float(v)}" for k, v in w.items()) + " ELSE 1.0 END"

    has_cat = catalog is not None and "category" in catalog.column_names
    if has_cat:
        cat_cols = {c: catalog.column(c) for c in ("item_id", "category", "brand", "price", "list_price",
                                                   "discount_pct") if c in catalog.column_names}
        for c in ("brand",):
            cat_cols.setdefault(c, pa.nulls(catalog.num_rows, pa.string()))
        for c in ("price", "list_price", "discount_pct"):
            cat_cols.setdefault(c, pa.nulls(catalog.num_rows, pa.float64()))
        con.register("cat_in", pa.table(cat_cols))
        con.sql("""CREATE TEMP TABLE cat AS SELECT item_id, category, brand, price, list_price, discount_pct,
                         CASE WHEN price IS NULL THEN NULL ELSE
                           percent_rank() OVER (PARTITION BY category ORDER BY price) END AS price_pos
                       FROM cat_in""")
    else:
        con.sql("CREATE TEMP TABLE cat (item_id VARCHAR, category VARCHAR, brand VARCHAR, price DOUBLE, "
                    "list_price DOUBLE, discount_pct DOUBLE, price_pos DOUBLE)")

    # one pass that attaches weights, decay and catalog fields to every event
    con.sql(f"""
        CREATE TEMP TABLE e AS
        SELECT ev.user_id, ev.item_id, ev.event_type, ev.ts, ev.channel,
               {wcase} * exp(-{ln2} * greatest({as_of_epoch} - epoch(ev.ts), 0) / 86400.0 / {cfg.half_life_days}) AS wd,
               {wcase} AS w,
               CASE WHEN ev.event_type = 'purchase'
                    THEN coalesce(ev.value, ev.price * coalesce(ev.quantity, 1), ev.price, c.price * coalesce(ev.quantity, 1)) END AS amount,
               c.category, c.brand, c.price_pos,
               CASE WHEN ev.price IS NOT NULL AND c.list_price IS NOT NULL THEN ev.price < c.list_price - 0.005
                    WHEN c.discount_pct IS NOT NULL THEN c.discount_pct > 0 END AS discounted
        FROM ev_in ev LEFT JOIN cat c ON ev.item_id = c.item_id
        WHERE ev.ts <= TIMESTAMP '{cutoff.isoformat(sep=" ")}'
    """)
    n_after = con.sql("SELECT count(*) FROM e").fetchall()[0][0]
    if n_after == 0:
        raise UserError(f"no events on or before --as-of {as_of_ts.date()}")

    # users table: locale, timezone, consent and engagement_* columns, when given
    ucols = users.column_names if users is not None else []
    eng_cols = [c for c in ucols if c.startswith("engagement_")]
    if users is not None:
        keep = {c: users.column(c) for c in ucols
                if c in ("user_id", "locale", "timezone", "consent_email", "consent_sms", "consent_push")
                or c in eng_cols}
        for c, t in (("locale", pa.string()), ("timezone", pa.string()), ("consent_email", pa.bool_()),
                     ("consent_sms", pa.bool_()), ("consent_push", pa.bool_())):
            keep.setdefault(c, pa.nulls(users.num_rows, t))
        con.register("users_in", pa.table(keep))
        tzs = [r[0] for r in con.sql("SELECT DISTINCT timezone FROM users_in WHERE timezone IS NOT NULL").fetchall()]
    else:
        con.sql("CREATE TEMP TABLE users_in (user_id VARCHAR, locale VARCHAR, timezone VARCHAR, "
                    "consent_email BOOLEAN, consent_sms BOOLEAN, consent_push BOOLEAN)")
        tzs = []
    con.register("tz", _tz_offsets(tzs, as_of_ts) if tzs else pa.table(
        {"timezone": pa.array([], pa.string()), "offset_h": pa.array([], pa.int32())}))

    top_n = int(cfg.top_n)
    asof = f"TIMESTAMP '{as_of_ts.isoformat(sep=' ')}'"
    cut = f"TIMESTAMP '{cutoff.isoformat(sep=' ')}'"
    eng_struct = ", ".join(f"'{c[len('engagement_'):]}', u.{c}" for c in eng_cols)
    sql = f"""
    WITH base AS (
        SELECT user_id, min(ts) AS first_seen, max(ts) AS last_seen, count(*) AS n_events,
               count(*) FILTER (WHERE event_type = 'view') AS views,
               count(*) FILTER (WHERE event_type = 'cart') AS carts,
               count(*) FILTER (WHERE event_type = 'purchase') AS frequency,
               max(ts) FILTER (WHERE event_type = 'purchase') AS last_purchase,
               coalesce(sum(amount), 0) AS monetary,
               -- discounted share of what was carted or bought vs of everything seen
               count(*) FILTER (WHERE event_type IN ('cart', 'purchase') AND discounted IS NOT NULL) AS n_buy,
               count(*) FILTER (WHERE event_type IN ('cart', 'purchase') AND discounted) AS n_buy_disc,
               avg(CAST(discounted AS DOUBLE)) FILTER (WHERE event_type IN ('view', 'click')) AS s_seen_user,
               sum(w * price_pos) / nullif(sum(w) FILTER (WHERE price_pos IS NOT NULL), 0) AS price_pos
        FROM e GROUP BY user_id
    ),
    gstats AS (SELECT coalesce(avg(CAST(discounted AS DOUBLE)) FILTER (WHERE event_type IN ('view', 'click')),
                             avg(CAST(discounted AS DOUBLE))) AS s_seen_all FROM e),
    -- top-n lists use max_by(arg, val, n): ordered list aggregates are slow with many groups
    ucat AS MATERIALIZED (SELECT user_id, category, sum(wd) AS s FROM e WHERE category IS NOT NULL GROUP BY ALL HAVING sum(wd) > 0),
    cats AS (
        SELECT c.user_id, max_by(struct_pack(name := c.category, weight := round(c.s / t.tot, 4)), c.s, {top_n}) AS top_categories
        FROM ucat c JOIN (SELECT user_id, sum(s) AS tot FROM ucat GROUP BY 1) t USING (user_id) GROUP BY c.user_id
    ),
    ubrand AS MATERIALIZED (SELECT user_id, brand, sum(wd) AS s FROM e WHERE brand IS NOT NULL GROUP BY ALL HAVING sum(wd) > 0),
    brands AS (
        SELECT c.user_id, max_by(struct_pack(name := c.brand, weight := round(c.s / t.tot, 4)), c.s, {top_n}) AS top_brands
        FROM ubrand c JOIN (SELECT user_id, sum(s) AS tot FROM ubrand GROUP BY 1) t USING (user_id) GROUP BY c.user_id
    ),
    how AS (SELECT user_id, (isodow(ts) - 1) * 24 + hour(ts) AS h, count(*) AS n FROM e GROUP BY ALL),
    how_local AS MATERIALIZED (
        SELECT how.user_id, ((h + coalesce(tz.offset_h, 0)) % 168 + 168) % 168 AS h, n
        FROM how LEFT JOIN users_in u ON how.user_id = u.user_id LEFT JOIN tz ON u.timezone = tz.timezone
    ),
    hours AS (
        SELECT user_id, max_by(hr, n + (24 - hr) * 1e-6, 3) AS active_hours FROM
          (SELECT user_id, h % 24 AS hr, sum(n) AS n FROM how_local GROUP BY ALL) GROUP BY user_id
    ),
    wdays AS (
        SELECT user_id, max_by({_weekday_sql()}, n + (7 - d) * 1e-6, 3) AS active_weekdays FROM
          (SELECT user_id, h // 24 AS d, sum(n) AS n FROM how_local GROUP BY ALL) GROUP BY user_id
    ),
    uchan AS MATERIALIZED (SELECT user_id, channel, count(*) AS n FROM e WHERE channel IS NOT NULL GROUP BY ALL),
    chan AS (
        SELECT c.user_id, max_by(struct_pack(name := c.channel, share := round(c.n / t.tot, 4)), c.n, 16) AS channel_share
        FROM uchan c JOIN (SELECT user_id, sum(n) AS tot FROM uchan GROUP BY 1) t USING (user_id) GROUP BY c.user_id
    ),
    ids AS (SELECT user_id FROM base UNION SELECT user_id FROM users_in),
    buyers AS (SELECT quantile_cont(monetary, {cfg.vip_quantile}) AS vip_cut FROM base WHERE frequency > 0),
    joined AS (
        SELECT ids.user_id,
               coalesce(u.locale, 'en-US') AS locale, coalesce(u.timezone, 'UTC') AS timezone,
               CASE WHEN b.last_purchase IS NOT NULL THEN greatest(CAST(date_diff('second', b.last_purchase, {asof}) / 86400.0 AS DOUBLE), 0) END AS recency_days,
               coalesce(b.frequency, 0) AS frequency, round(coalesce(b.monetary, 0), 2) AS monetary,
               b.first_seen, b.last_seen, coalesce(b.n_events, 0) AS n_events,
               coalesce(b.views, 0) AS views, coalesce(b.carts, 0) AS carts,
               CASE WHEN b.views > 0 THEN least(b.carts / b.views, 1.0) END AS view_to_cart,
               CASE WHEN b.carts > 0 THEN least(b.frequency / b.carts, 1.0) END AS cart_to_purchase,
               CASE WHEN b.views > 0 THEN least(b.frequency / b.views, 1.0) END AS view_to_purchase,
               coalesce(c.top_categories, []) AS top_categories, coalesce(br.top_brands, []) AS top_brands,
               b.price_pos AS price_position,
               CASE WHEN b.price_pos IS NULL THEN 'mid' WHEN b.price_pos < {cfg.low_band} THEN 'budget'
                    WHEN b.price_pos > {cfg.high_band} THEN 'premium' ELSE 'mid' END AS price_band,
               b.n_buy, b.n_buy_disc, coalesce(b.s_seen_user, g.s_seen_all) AS s_seen,
               coalesce(hr.active_hours, []) AS active_hours,
               coalesce(wd.active_weekdays, []) AS active_weekdays,
               coalesce(ch.channel_share, []) AS channel_share,
               {"map_from_entries(list_filter([" + ", ".join(f"struct_pack(k := '{c[len('engagement_'):]}', v := CAST(u.{c} AS DOUBLE))" for c in eng_cols) + "], lambda x: x.v IS NOT NULL))" if eng_cols else "MAP {}::MAP(VARCHAR, DOUBLE)"} AS engagement,
               u.consent_email, u.consent_sms, u.consent_push,
               CASE WHEN b.last_seen IS NOT NULL THEN greatest(CAST(date_diff('second', b.last_seen, {asof}) / 86400.0 AS DOUBLE), 0) END AS days_since_seen,
               CAST(date_diff('second', b.first_seen, {asof}) / 86400.0 AS DOUBLE) AS days_since_first,
               k.vip_cut
        FROM ids LEFT JOIN base b USING (user_id) LEFT JOIN users_in u USING (user_id)
             LEFT JOIN cats c USING (user_id) LEFT JOIN brands br USING (user_id)
             LEFT JOIN hours hr USING (user_id) LEFT JOIN wdays wd USING (user_id)
             LEFT JOIN chan ch USING (user_id), gstats g, buyers k
    )
    SELECT user_id, locale, timezone,
           CASE WHEN days_since_first IS NULL OR days_since_first <= {cfg.new_days} THEN 'new'
                WHEN days_since_seen > {cfg.lapsed_days} THEN 'lapsed'
                WHEN days_since_seen > {cfg.active_days} THEN 'at_risk'
                WHEN frequency >= {cfg.vip_min_purchases} AND monetary >= vip_cut THEN 'vip'
                ELSE 'active' END AS segment,
           round(recency_days, 3) AS recency_days, frequency, monetary, first_seen, last_seen, n_events,
           views, carts, round(view_to_cart, 4) AS view_to_cart, round(cart_to_purchase, 4) AS cart_to_purchase,
           round(view_to_purchase, 4) AS view_to_purchase,
           top_categories, top_brands, round(price_position, 4) AS price_position, price_band,
           round(CASE WHEN n_buy IS NULL OR n_buy = 0 OR s_seen IS NULL OR s_seen >= 1 THEN 0.0
                 ELSE greatest(0.0, least(1.0, ((n_buy_disc + 2 * s_seen) / (n_buy + 2) - s_seen) / (1 - s_seen))) END, 4)
             AS discount_affinity,
           active_hours, active_weekdays,
           channel_share, engagement, consent_email, consent_sms, consent_push
    FROM joined
    """
    users_tbl = con.sql(sql).to_arrow_table()
    users_tbl = users_tbl.sort_by("user_id")
    products_tbl = con.sql(f"""
        SELECT e.item_id, any_value(e.category) AS category,
               count(DISTINCT e.user_id) AS popularity,
               count(*) FILTER (WHERE event_type = 'view') AS views,
               count(*) FILTER (WHERE event_type = 'cart') AS carts,
               count(*) FILTER (WHERE event_type = 'purchase') AS purchases,
               round(CASE WHEN count(*) FILTER (WHERE event_type = 'view') > 0 THEN
                 count(*) FILTER (WHERE event_type = 'purchase') / count(*) FILTER (WHERE event_type = 'view') END, 4)
                 AS conversion_rate,
               round(CASE WHEN count(*) FILTER (WHERE ts > {cut} - INTERVAL 28 DAY) > 0 THEN
                 (count(*) FILTER (WHERE ts > {cut} - INTERVAL 7 DAY) / 7.0)
                 / (count(*) FILTER (WHERE ts > {cut} - INTERVAL 28 DAY) / 28.0) END, 4) AS trend,
               round(any_value(e.price_pos), 4) AS price_position
        FROM e WHERE e.item_id IS NOT NULL GROUP BY e.item_id ORDER BY e.item_id
    """).to_arrow_table()
    con.close()
    return ProfileTables(users_tbl, products_tbl, as_of_ts)


def _weekday_sql() -> str:
    return "CASE d " + " ".join(f"WHEN {k} THEN '{d}'" for k, d in enumerate(WEEKDAYS)) + " END"


# --- records and files -------------------------------------------------------------------------

def user_profiles(tables: ProfileTables | pa.Table) -> dict[str, UserProfile]:
    """Profile rows -> {user_id: UserProfile}."""
    t = tables.users if isinstance(tables, ProfileTables) else tables
    out: dict[str, UserProfile] = {}
    for r in t.to_pylist():
        consent = {c: bool(r.get(f"consent_{c}")) for c in ("email", "sms", "push")
                   if r.get(f"consent_{c}") is not None}
        eng = r.get("engagement") or {}
        if isinstance(eng, list):  # Arrow maps come back as lists of (key, value)
            eng = dict(eng)
        out[r["user_id"]] = UserProfile(
            user_id=r["user_id"], locale=r.get("locale") or "en-US", timezone=r.get("timezone") or "UTC",
            segment=r.get("segment") or "new",
            top_categories=tuple((x["name"], float(x["weight"])) for x in r.get("top_categories") or ()),
            top_brands=tuple((x["name"], float(x["weight"])) for x in r.get("top_brands") or ()),
            price_band=r.get("price_band") or "mid",
            discount_affinity=float(r.get("discount_affinity") or 0.0),
            active_hours=tuple(int(h) for h in r.get("active_hours") or ()),
            consent=consent, channel_engagement={k: float(v) for k, v in eng.items()},
            recency_days=r.get("recency_days"), frequency=int(r.get("frequency") or 0),
            monetary=float(r.get("monetary") or 0.0))
    return out


def write_table(table: pa.Table, out: Path) -> Path:
    """Write `.parquet` as is; `.jsonl` and `.csv` with nested columns as JSON."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    suffix = out.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        pq.write_table(table, out)
    elif suffix in (".jsonl", ".ndjson"):
        with out.open("w", encoding="utf-8") as f:
            for r in table.to_pylist():
                f.write(json.dumps(_jsonable(r), ensure_ascii=False) + "\n")
    elif suffix == ".csv":
        import pyarrow.csv as pacsv

        cols = {}
        for name in table.column_names:
            c = table.column(name)
            if pa.types.is_nested(c.type):
                cols[name] = pa.array([None if v is None else json.dumps(_jsonable(v), ensure_ascii=False)
                                       for v in c.to_pylist()], pa.string())
            else:
                cols[name] = c
        pacsv.write_csv(pa.table(cols), out)
    else:
        raise UserError(f"--out {out}: expected a .parquet, .jsonl or .csv file")
    return out


def _jsonable(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: _jsonable(x) for k, x in v.items()}
    if isinstance(v, list):
        if v and all(isinstance(x, tuple) and len(x) == 2 for x in v):  # Arrow map
            return {str(k): _jsonable(x) for k, x in v}
        return [_jsonable(x) for x in v]
    if isinstance(v, (datetime, date)):
        return v.isoformat()
    if isinstance(v, float) and math.isnan(v):
        return None
    return v


__all__ = ["ProfileConfig", "ProfileTables", "build_profiles", "user_profiles", "write_table",
           "SEGMENTS", "WEEKDAYS"]
