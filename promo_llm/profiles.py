"""Profiles stage: validated events (+ catalog, users) -> one row per user and product features.

String keys (user, item, event type, channel, category, brand) are dictionary-encoded once (Arrow);
every per-user and per-item aggregate then comes from two compiled passes over integer codes
(`profile_kernels`: a counting sort by user, then one pass per block of users, in parallel).
DuckDB SQL ranks catalog prices and assembles the final rows (segments, rates, users-file fields).
Ten million events over 200k users take under two seconds on 2 cores (see bench/profiles.py and
docs/profiles.md).
Input tables use the contract columns of `data/loaders.py` (docs/architecture.md lists them); output is Arrow tables that
`write_table` saves as Parquet, JSONL or CSV, and `user_profiles` turns into `UserProfile` records.

Definitions (the numbers are `ProfileConfig` defaults):
- weights: view 1, click 1, wishlist 2, cart 3, purchase 5 (return 0), times a time decay with a 30-day
  half-life counted back from `as_of`; top categories and brands are the 5 largest, normalised to
  sum to 1 over all of the user's categories (brands); equal weights list names in name order
  (code point order), so the lists never depend on the order of catalog or event rows.
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
  user's timezone offset on `as_of`, whole hours); ties go to the earlier hour (weekday).
- channel share: every channel's share of the user's events, largest first (ties: the name).
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

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

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
        "view": 1.0, "click": 1.0, "wishlist": 2.0, "cart": 3.0, "purchase": 5.0, "remove_from_cart": 0.0,
        "return": 0.0})

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
    # as_of_ts: the instant day counts are measured from; cutoff: the last event included.
    # A date means midnight at its start, with that whole day's events included (day counts
    # that would be negative clamp to 0), so date-only logs get whole-day recencies.
    if as_of is None:
        as_of_ts = pc.max(ev.column("ts")).as_py()
        cutoff = as_of_ts
    elif isinstance(as_of, datetime):
        as_of_ts = cutoff = as_of
    else:
        as_of_ts = datetime.combine(as_of, datetime.min.time())
        cutoff = as_of_ts + timedelta(days=1) - timedelta(microseconds=1)
    if as_of_ts is None:
        raise UserError("no event has a timestamp")
    as_of_epoch = (as_of_ts - datetime(1970, 1, 1)).total_seconds()
    w = cfg.event_weights

    has_cat = catalog is not None and "category" in catalog.column_names
    if has_cat:
        cat_cols = {c: catalog.column(c) for c in ("item_id", "category", "brand", "price", "list_price",
                                                   "discount_pct") if c in catalog.column_names}
        for c in ("brand",):
            cat_cols.setdefault(c, pa.nulls(catalog.num_rows, pa.string()))
        for c in ("price", "list_price", "discount_pct"):
            cat_cols.setdefault(c, pa.nulls(catalog.num_rows, pa.float64()))
        cat_cols["catalog_row"] = pa.array(np.arange(catalog.num_rows, dtype=np.int64))
        con.register("cat_in", pa.table(cat_cols))
        # a window query hands rows back in an order of its own (it varies with the thread
        # schedule): put the catalog's order back, so a repeated item id resolves to its first row
        con.sql("""CREATE TEMP TABLE cat AS SELECT item_id, category, brand, price, list_price, discount_pct,
                         CASE WHEN price IS NULL THEN NULL ELSE
                           percent_rank() OVER (PARTITION BY category ORDER BY price) END AS price_pos
                       FROM cat_in ORDER BY catalog_row""")
    else:
        con.sql("CREATE TEMP TABLE cat (item_id VARCHAR, category VARCHAR, brand VARCHAR, price DOUBLE, "
                    "list_price DOUBLE, discount_pct DOUBLE, price_pos DOUBLE)")

    cat_t = con.sql("SELECT * FROM cat").to_arrow_table()
    if cat_t.num_rows == 0:
        has_cat = False

    # events after the cutoff (and without a timestamp) are dropped before anything is encoded
    cutoff_us = _epoch_us(cutoff)
    ts_all = ev.column("ts")
    keep = pc.and_kleene(pc.is_valid(ts_all), pc.less_equal(ts_all, pa.scalar(cutoff, pa.timestamp("us"))))
    keep = pc.fill_null(keep, False)
    if not pc.all(keep).as_py():
        ev = ev.filter(keep)
    if ev.num_rows == 0:
        raise UserError(f"no events on or before --as-of {as_of_ts.date()}")

    # users table: locale, timezone, consent and engagement_* columns, when given
    ucols = users.column_names if users is not None else []
    eng_cols = [c for c in ucols if c.startswith("engagement_")]
    if users is not None:
        keep_u = {c: users.column(c) for c in ucols
                  if c in ("user_id", "locale", "timezone", "consent_email", "consent_sms", "consent_push")
                  or c in eng_cols}
        for c, t in (("locale", pa.string()), ("timezone", pa.string()), ("consent_email", pa.bool_()),
                     ("consent_sms", pa.bool_()), ("consent_push", pa.bool_())):
            keep_u.setdefault(c, pa.nulls(users.num_rows, t))
        users_in = pa.table(keep_u)
        con.register("users_in", users_in)
    else:
        con.sql("CREATE TEMP TABLE users_in (user_id VARCHAR, locale VARCHAR, timezone VARCHAR, "
                    "consent_email BOOLEAN, consent_sms BOOLEAN, consent_push BOOLEAN)")
        users_in = None

    # --- per-event arrays: string keys dictionary-encoded once, then one compiled pass ---
    # (Arrow's kernels release the GIL: the four encodings run on the cores there are)
    from . import profile_kernels as K

    from concurrent.futures import ThreadPoolExecutor

    from .generation.runtime import default_threads

    n_threads = max(1, threads or default_threads())
    with ThreadPoolExecutor(max_workers=n_threads) as pool:
        (uid, udict), (iid, idict), (etc, edict), (chc, chdict) = pool.map(
            lambda a: _encode(*a), [(ev.column("user_id"),), (ev.column("item_id"),),
                                    (ev.column("event_type"),), (ev.column("channel"), -1)])
    chc, chdict = _in_name_order(chc, chdict)  # top-n ties go to the smaller code: the name
    n_users, n_items = len(udict), len(idict)
    ts = _ints(ev.column("ts"))

    # event types -> a few groups (funnel role, weight)
    roles = ("view", "click", "cart", "purchase")
    groups: dict[tuple[int, float], int] = {}
    type_group = []
    for nm in edict.to_pylist():
        key = (roles.index(nm) if nm in roles else len(roles), float(w.get(nm, 1.0)) if nm is not None else 1.0)
        type_group.append(groups.setdefault(key, len(groups)))
    g_role = np.array([r for r, _ in groups], np.int64)
    g_weight = np.array([x for _, x in groups], np.float64)

    # catalog fields per item code
    item_cat = np.full(n_items, -1, np.int64)
    item_brand = np.full(n_items, -1, np.int64)
    item_price, item_list, item_dpct, item_pp = (np.full(n_items, np.nan) for _ in range(4))
    catdict = branddict = pa.array([], pa.string())
    if has_cat:
        row = pc.fill_null(pc.index_in(idict, value_set=cat_t.column("item_id"), skip_nulls=True), -1).to_numpy()
        has, rs = row >= 0, np.maximum(row, 0)
        cat_codes, catdict = _in_name_order(*_encode(cat_t.column("category"), null_code=-1))
        brand_codes, branddict = _in_name_order(*_encode(cat_t.column("brand"), null_code=-1))
        item_cat = np.where(has, cat_codes[rs], -1).astype(np.int64)
        item_brand = np.where(has, brand_codes[rs], -1).astype(np.int64)
        item_price, item_list, item_dpct, item_pp = (
            np.where(has, _floats(cat_t.column(c))[rs], np.nan) for c in ("price", "list_price", "discount_pct", "price_pos"))

    # pass 1: events grouped by user (a stable counting sort of timestamps and packed event words);
    # pass 2: users in one block per thread, each block with about the same number of events
    if len(chdict) > K.MAX_CHANNELS:
        raise UserError(f"channel: {len(chdict)} distinct values; at most {K.MAX_CHANNELS} are supported")
    ts_u = np.empty(ev.num_rows, np.int64)
    word_u = np.empty(ev.num_rows, np.int64)
    valid_user = np.asarray(udict.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
    null_user = int(np.flatnonzero(~valid_user)[0]) if not valid_user.all() else -1  # no popularity
    off_u = _user_offsets(udict, users_in, as_of_ts)
    with K.LOCK:  # one caller at a time on the kernels' thread pool
        _set_kernel_threads(n_threads)
        start, monetary = K.group_by_user(*map(_ro, (
            uid, n_users, iid, etc, ts, _floats(ev.column("price"), optional=True),
            _floats(ev.column("quantity"), optional=True), _floats(ev.column("value"), optional=True), chc,
            np.array(type_group, np.int64), g_role, item_price, item_list, item_dpct, item_pp)), ts_u, word_u)
        del uid, iid, etc, chc, ts
        bounds = np.searchsorted(start, np.linspace(0, ev.num_rows, n_threads + 1)).astype(np.int64)
        bounds[0], bounds[-1] = 0, n_users
        (by_role, by_state, state_all, pp_num, pp_den, first, last, last_buy, tops, icnt,
         popularity) = K.user_pass(*map(_ro, (
            start, bounds, ts_u, word_u, g_role, g_weight, item_cat, item_brand, item_pp,
            n_items, len(catdict), len(branddict), len(chdict), int(cfg.top_n), 16,
            off_u, float(as_of_epoch), float(cfg.half_life_days), int(cutoff_us),
            null_user)))
    del ts_u, word_u

    # discount affinity: each user's discount share among seen items, and everyone's
    by_state_seen, by_state_cb = by_state[:, 0], by_state[:, 1]  # users x discount state
    n_seen = by_state_seen[:, 1:].sum(axis=1)
    tot_seen = by_state_seen.sum(axis=0)
    if tot_seen[1:].sum() > 0:
        s_seen_all = float(tot_seen[2] / tot_seen[1:].sum())
    elif state_all[1:].sum() > 0:
        s_seen_all = float(state_all[2] / state_all[1:].sum())
    else:
        s_seen_all = None
    frequency = by_role[:, roles.index("purchase")]
    with np.errstate(invalid="ignore", divide="ignore"):
        s_seen_user = by_state_seen[:, 2] / n_seen
        price_pos = pp_num / pp_den
    cats, brands, hours, wdays, chans = (_top_lists(*t) for t in tops)

    ts_type = pa.timestamp("us")
    agg = pa.table({
        "user_id": udict,
        "first_seen": pa.array(first, ts_type), "last_seen": pa.array(last, ts_type),
        "n_events": by_role.sum(axis=1), "views": by_role[:, roles.index("view")],
        "carts": by_role[:, roles.index("cart")], "frequency": frequency,
        "last_purchase": pa.array(last_buy, ts_type, mask=frequency == 0),
        "monetary": monetary,
        "n_buy": by_state_cb[:, 1:].sum(axis=1), "n_buy_disc": by_state_cb[:, 2],
        "s_seen_user": pa.array(s_seen_user, mask=n_seen == 0),
        "price_pos": pa.array(price_pos, mask=~(pp_den != 0)),
        "row_ix": np.arange(n_users),
    })
    # list columns skip SQL (passing nested values through joins is slow): taken by row_ix afterwards
    lists = {"top_categories": _named_lists(cats, catdict, "weight"),
             "top_brands": _named_lists(brands, branddict, "weight"),
             "active_hours": _code_lists(hours, None),
             "active_weekdays": _code_lists(wdays, pa.array(WEEKDAYS)),
             "channel_share": _named_lists(chans, chdict, "share")}
    con.register("agg", agg)

    asof = f"TIMESTAMP '{as_of_ts.isoformat(sep=' ')}'"
    s_all = "NULL" if s_seen_all is None else repr(s_seen_all)
    sql = f"""
    WITH base AS (SELECT * FROM agg),
    gstats AS (SELECT CAST({s_all} AS DOUBLE) AS s_seen_all),
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
               b.row_ix, b.price_pos AS price_pos,
               b.n_buy, b.n_buy_disc, coalesce(b.s_seen_user, g.s_seen_all) AS s_seen,
               {"map_from_entries(list_filter([" + ", ".join(f"struct_pack(k := '{c[len('engagement_'):]}', v := CAST(u.{c} AS DOUBLE))" for c in eng_cols) + "], lambda x: x.v IS NOT NULL))" if eng_cols else "MAP {}::MAP(VARCHAR, DOUBLE)"} AS engagement,
               u.consent_email, u.consent_sms, u.consent_push,
               CASE WHEN b.last_seen IS NOT NULL THEN greatest(CAST(date_diff('second', b.last_seen, {asof}) / 86400.0 AS DOUBLE), 0) END AS days_since_seen,
               CAST(date_diff('second', b.first_seen, {asof}) / 86400.0 AS DOUBLE) AS days_since_first,
               k.vip_cut
        FROM ids LEFT JOIN base b USING (user_id) LEFT JOIN users_in u USING (user_id), gstats g, buyers k
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
           row_ix, round(price_pos, 4) AS price_position,
           CASE WHEN price_pos IS NULL THEN 'mid' WHEN price_pos < {cfg.low_band} THEN 'budget'
                WHEN price_pos > {cfg.high_band} THEN 'premium' ELSE 'mid' END AS price_band,
           round(CASE WHEN n_buy IS NULL OR n_buy = 0 OR s_seen IS NULL OR s_seen >= 1 THEN 0.0
                 ELSE greatest(0.0, least(1.0, ((n_buy_disc + 2 * s_seen) / (n_buy + 2) - s_seen) / (1 - s_seen))) END, 4)
             AS discount_affinity,
           engagement, consent_email, consent_sms, consent_push
    FROM joined ORDER BY user_id
    """
    res = con.sql(sql).to_arrow_table()
    row_ix = pc.fill_null(res.column("row_ix"), n_users)  # users only in the users table: []
    lists = {k: pa.concat_arrays([v, pa.array([[]], v.type)]).take(row_ix) for k, v in lists.items()}
    users_tbl = pa.table([lists[c] if c in lists else res.column(c) for c in _USER_COLUMNS], names=list(_USER_COLUMNS))

    # product features per item code (the null item, if any, has no row)
    icnt = icnt.reshape(n_items, len(roles) + 1, 3)  # (item, funnel role, age class)
    by_age, by_irole = icnt.sum(axis=1), icnt.sum(axis=2)
    valid_item = np.asarray(idict.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
    sel = pa.array(np.flatnonzero(valid_item))
    pagg = pa.table({
        "item_id": idict, "category": catdict.take(pa.array(item_cat, mask=item_cat < 0)),
        "popularity": popularity, "views": by_irole[:, roles.index("view")],
        "carts": by_irole[:, roles.index("cart")], "purchases": by_irole[:, roles.index("purchase")],
        "c7": by_age[:, 2], "c28": by_age[:, 1:].sum(axis=1), "price_pos": pa.array(item_pp, from_pandas=True),
    }).take(sel)
    con.register("pagg", pagg)
    products_tbl = con.sql("""
        SELECT item_id, category, popularity, views, carts, purchases,
               round(CASE WHEN views > 0 THEN purchases / views END, 4) AS conversion_rate,
               round(CASE WHEN c28 > 0 THEN (c7 / 7.0) / (c28 / 28.0) END, 4) AS trend,
               round(price_pos, 4) AS price_position
        FROM pagg ORDER BY item_id
    """).to_arrow_table()
    con.close()
    return ProfileTables(users_tbl, products_tbl, as_of_ts)


_USER_COLUMNS = (
    "user_id", "locale", "timezone", "segment", "recency_days", "frequency", "monetary", "first_seen", "last_seen",
    "n_events", "views", "carts", "view_to_cart", "cart_to_purchase", "view_to_purchase", "top_categories",
    "top_brands", "price_position", "price_band", "discount_affinity", "active_hours", "active_weekdays",
    "channel_share", "engagement", "consent_email", "consent_sms", "consent_push")


def _set_kernel_threads(n: int) -> None:
    """Run the compiled kernels on n threads (at most as many as numba started)."""
    import numba

    numba.set_num_threads(max(1, min(n, numba.config.NUMBA_NUM_THREADS)))


def _ro(x: Any) -> Any:
    """Arrays as read-only views (Arrow's zero-copy arrays are read-only; the compiled kernels get
    one signature, not one per mix of writable and read-only inputs); scalars as they are."""
    if isinstance(x, np.ndarray):
        x = x.view()
        x.setflags(write=False)
    return x


def _epoch_us(t: datetime) -> int:
    return (t - datetime(1970, 1, 1)) // timedelta(microseconds=1)


def _encode(col: pa.ChunkedArray | pa.Array, null_code: int | None = None) -> tuple[np.ndarray, pa.Array]:
    """Strings -> (int32 codes, dictionary in order of first appearance). Nulls get their own code,
    or `null_code` when given."""
    if isinstance(col, pa.ChunkedArray):
        col = col.chunk(0) if col.num_chunks == 1 else col.combine_chunks()
    if not pa.types.is_string(col.type):
        col = col.cast(pa.string())
    d = pc.dictionary_encode(col, null_encoding="mask" if null_code is not None else "encode")
    if null_code is not None and d.null_count:
        codes = pc.fill_null(d.indices, null_code).to_numpy()
    else:
        codes = d.indices.to_numpy(zero_copy_only=False)
    return codes.astype(np.int32, copy=False), d.dictionary


def _in_name_order(codes: np.ndarray, dictionary: pa.Array) -> tuple[np.ndarray, pa.Array]:
    """Codes renumbered so that the dictionary is sorted by name (code point order; negative codes
    stay): the top-n lists break ties by the smaller code, so equal weights list names in name
    order, whatever order the rows came in."""
    if len(dictionary) < 2:
        return codes, dictionary
    order = pc.sort_indices(dictionary).to_numpy()  # (the dictionary holds no null)
    rank = np.empty(len(order), np.int32)
    rank[order] = np.arange(len(order), dtype=np.int32)
    return np.where(codes >= 0, rank[np.maximum(codes, 0)], codes).astype(np.int32), dictionary.take(pa.array(order))


def _floats(col: pa.ChunkedArray, optional: bool = False) -> np.ndarray:
    """Numeric column -> float64 array with NaN for nulls (`optional`: empty when all null)."""
    if optional and col.null_count == len(col):
        return np.zeros(0)
    return np.asarray(col.cast(pa.float64()).to_numpy(), dtype=np.float64)


def _ints(col: pa.ChunkedArray) -> np.ndarray:
    """Timestamp column -> int64 epoch microseconds."""
    return np.asarray(col.cast(pa.int64()).to_numpy(), dtype=np.int64)


def _user_offsets(udict: pa.Array, users_in: pa.Table | None, as_of: datetime) -> np.ndarray:
    """Whole-hour UTC offset of each user code, from the users table's timezone (else 0)."""
    off = np.zeros(len(udict), np.int64)
    if users_in is None or users_in.num_rows == 0:
        return off
    tz_codes, tz_names = _encode(users_in.column("timezone"), null_code=-1)
    tz_off = _tz_offsets(tz_names.to_pylist(), as_of).column("offset_h").to_numpy()
    row_off = np.where(tz_codes >= 0, tz_off[np.maximum(tz_codes, 0)], 0)
    row = pc.fill_null(pc.index_in(udict, value_set=users_in.column("user_id"), skip_nulls=True), -1).to_numpy()
    return np.where(row >= 0, row_off[np.maximum(row, 0)], 0).astype(np.int64)


_TopN = tuple  # (count per user, flat keys, flat sums, total of positive sums per user)


def _top_lists(keys: np.ndarray, sums: np.ndarray, counts: np.ndarray, totals: np.ndarray) -> _TopN:
    """The kernel's fixed-width (user, rank) arrays -> flat keys and sums, user by user."""
    filled = np.arange(keys.shape[1]) < counts[:, None]
    return counts, keys[filled], sums[filled], totals


def _round(x: np.ndarray, digits: int) -> np.ndarray:
    """Round half away from zero, like SQL round()."""
    p = 10.0 ** digits
    return np.sign(x) * np.floor(np.abs(x) * p + 0.5) / p


def _offsets(counts: np.ndarray) -> pa.Array:
    off = np.zeros(len(counts) + 1, np.int32)
    np.cumsum(counts, out=off[1:])
    return pa.array(off)


def _named_lists(top: _TopN, names: pa.Array, field_name: str) -> pa.Array:
    """list<struct<name, field_name>>, the field being each sum's share of the user's total."""
    counts, keys, sums, tot = top
    with np.errstate(invalid="ignore", divide="ignore"):
        share = _round(sums / np.repeat(tot, counts), 4)
    items = pa.StructArray.from_arrays([names.take(pa.array(keys)), pa.array(share, pa.float64())],
                                       names=["name", field_name])
    return _list_array(counts, items)


def _code_lists(top: _TopN, names: pa.Array | None) -> pa.Array:
    counts, keys, _, _ = top
    values = pa.array(keys, pa.int64()) if names is None else names.take(pa.array(keys))
    return _list_array(counts, values)


def _list_array(counts: np.ndarray, values: pa.Array) -> pa.Array:
    return pa.ListArray.from_arrays(_offsets(counts), values, type=pa.list_(pa.field("l", values.type)))


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
