"""Profiles stage: validated events (+ catalog, users) -> one row per user and product features.

String keys (user, item, event type, channel, category, brand) are dictionary-encoded once; every
per-user and per-item aggregate is then a numpy `bincount` over integer codes: one count matrix per
user for the funnel and discount counts, dense (user, key) blocks for the top-n lists (a DuckDB hash
aggregate when the key space is too large for dense blocks), one sort for distinct users per item.
DuckDB SQL ranks catalog prices and assembles the final rows (segments, rates, users-file fields).
Ten million events over 200k users take seconds (see bench/profiles.py and docs/profiles.md).
Input tables use the DESIGN.md contract columns (see `data/loaders.py`); output is Arrow tables that
`write_table` saves as Parquet, JSONL or CSV, and `user_profiles` turns into `UserProfile` records.

Definitions (the numbers are `ProfileConfig` defaults):
- weights: view 1, click 1, wishlist 2, cart 3, purchase 5, times a time decay with a 30-day
  half-life counted back from `as_of`; top categories and brands are the 5 largest, normalised to
  sum to 1 over all of the user's categories (brands); equal weights keep catalog order.
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
- channel share: every channel's share of the user's events, largest first.
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
    ln2 = math.log(2)
    w = cfg.event_weights

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

    # --- per-event arrays: string keys dictionary-encoded once, then integer arithmetic only ---
    # (Arrow's kernels release the GIL: the four encodings run on the cores there are)
    pool = _pool(threads)
    (uid, udict), (iid, idict), (etc, edict), (chc, chdict) = pool.map(
        lambda a: _encode(*a), [(ev.column("user_id"),), (ev.column("item_id"),),
                                (ev.column("event_type"),), (ev.column("channel"), -1)])
    n_users, n_items = len(udict), len(idict)
    ts = ev.column("ts").cast(pa.int64()).to_numpy()

    # event types -> a few groups (funnel role, weight); per-event weights come from the group
    roles = ("view", "click", "cart", "purchase")
    groups: dict[tuple[int, float], int] = {}
    type_group = []
    for nm in edict.to_pylist():
        key = (roles.index(nm) if nm in roles else len(roles), float(w.get(nm, 1.0)) if nm is not None else 1.0)
        type_group.append(groups.setdefault(key, len(groups)))
    g_role = np.array([r for r, _ in groups], np.int64)
    g_weight = np.array([x for _, x in groups], np.float64)
    grp = np.array(type_group, np.int64)[etc]
    wv = g_weight[grp]
    wd = wv * np.exp(-ln2 * np.maximum(as_of_epoch - ts / 1e6, 0) / 86400.0 / cfg.half_life_days)
    is_buy = (g_role == roles.index("purchase"))[grp]

    # product counts, on the other core while the user features are computed
    def item_counts() -> tuple:
        valid_item = np.asarray(idict.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
        valid_user = np.asarray(udict.is_valid().to_numpy(zero_copy_only=False), dtype=bool)
        pairs = (iid.astype(np.int64) << 32) | uid
        if not valid_user.all():
            pairs = pairs[valid_user[uid]]
        pairs.sort()
        first_of_pair = np.empty(len(pairs), dtype=bool)
        first_of_pair[:1] = True
        np.not_equal(pairs[1:], pairs[:-1], out=first_of_pair[1:])
        popularity = np.bincount(pairs[first_of_pair] >> 32, minlength=n_items)
        del pairs, first_of_pair

        # one count matrix per item: (funnel role, age: older than 28 days / 8-28 days / last 7 days)
        day_us = 86_400_000_000
        age = (ts > cutoff_us - 28 * day_us).astype(np.int64) + (ts > cutoff_us - 7 * day_us)
        n_cls = (len(roles) + 1) * 3
        icnt = np.bincount(iid * n_cls + g_role[grp] * 3 + age, minlength=n_items * n_cls).reshape(n_items, len(roles) + 1, 3)
        by_age = icnt.sum(axis=1)
        by_irole = icnt.sum(axis=2)
        return valid_item, popularity, by_age, by_irole

    item_job = pool.submit(item_counts)

    # catalog fields per event through the item codes
    item_cat = np.full(n_items, -1, np.int64)
    item_brand = np.full(n_items, -1, np.int64)
    item_price, item_list, item_dpct, item_pp = (np.full(n_items, np.nan) for _ in range(4))
    catdict = branddict = pa.array([], pa.string())
    if has_cat:
        row = pc.fill_null(pc.index_in(idict, value_set=cat_t.column("item_id"), skip_nulls=True), -1).to_numpy()
        has, rs = row >= 0, np.maximum(row, 0)
        cat_codes, catdict = _encode(cat_t.column("category"), null_code=-1)
        brand_codes, branddict = _encode(cat_t.column("brand"), null_code=-1)
        item_cat = np.where(has, cat_codes[rs], -1)
        item_brand = np.where(has, brand_codes[rs], -1)
        item_price, item_list, item_dpct, item_pp = (
            np.where(has, _floats(cat_t.column(c))[rs], np.nan) for c in ("price", "list_price", "discount_pct", "price_pos"))
    e_price = _floats(ev.column("price"))
    # discount state: 0 unknown, 1 full price, 2 discounted
    e_list = item_list[iid]
    disc_known = ~np.isnan(e_price) & ~np.isnan(e_list)
    state = disc_known.astype(np.int64) + (disc_known & (e_price < e_list - 0.005))
    del e_list
    if not disc_known.all():
        e_dpct = item_dpct[iid]
        by_pct = ~disc_known & ~np.isnan(e_dpct)
        state = np.where(by_pct, 1 + (e_dpct > 0), state)
        del e_dpct, by_pct
    del disc_known
    e_pp = item_pp[iid]
    pp_known = ~np.isnan(e_pp)

    # one count matrix per user: (type group, discount state, price position known)
    n_cls = len(groups) * 6
    cls = grp * 6 + state * 2 + pp_known
    cnt = np.bincount(uid * n_cls + cls, minlength=n_users * n_cls).reshape(n_users, len(groups), 3, 2)
    by_role = np.zeros((n_users, len(roles) + 1), np.int64)
    for g, (r, _) in enumerate(groups):
        by_role[:, r] += cnt[:, g].sum(axis=(1, 2))
    seen_g = np.isin(g_role, [0, 1])
    cb_g = np.isin(g_role, [2, 3])
    by_state_seen = cnt[:, seen_g].sum(axis=(1, 3))  # users x discount state
    by_state_cb = cnt[:, cb_g].sum(axis=(1, 3))
    n_seen = by_state_seen[:, 1:].sum(axis=1)
    pp_den = (cnt[:, :, :, 1].sum(axis=2) * g_weight).sum(axis=1)
    tot_seen = by_state_seen.sum(axis=0)
    tot_all = cnt.sum(axis=(0, 1, 3))
    if tot_seen[1:].sum() > 0:
        s_seen_all = float(tot_seen[2] / tot_seen[1:].sum())
    elif tot_all[1:].sum() > 0:
        s_seen_all = float(tot_all[2] / tot_all[1:].sum())
    else:
        s_seen_all = None
    del cnt, state, cls

    first = np.full(n_users, np.iinfo(np.int64).max)
    np.minimum.at(first, uid, ts)
    last = np.full(n_users, np.iinfo(np.int64).min)
    np.maximum.at(last, uid, ts)
    buys = np.flatnonzero(is_buy)
    u_buy, ts_buy = uid[buys], ts[buys]
    last_buy = np.full(n_users, np.iinfo(np.int64).min)
    np.maximum.at(last_buy, u_buy, ts_buy)
    frequency = by_role[:, roles.index("purchase")]
    q1 = _floats(ev.column("quantity"))[buys]
    q1 = np.where(np.isnan(q1), 1.0, q1)
    p_buy = e_price[buys]
    amount = _floats(ev.column("value"))[buys]
    amount = np.where(np.isnan(amount), np.where(np.isnan(p_buy), item_price[iid[buys]], p_buy) * q1, amount)
    has_amt = ~np.isnan(amount)
    monetary = np.bincount(u_buy[has_amt], amount[has_amt], minlength=n_users).astype(np.float64)
    del e_price
    with np.errstate(invalid="ignore", divide="ignore"):
        s_seen_user = by_state_seen[:, 2] / n_seen
        price_pos = np.bincount(uid, wv * np.where(pp_known, e_pp, 0.0), minlength=n_users) / pp_den
    del e_pp, pp_known, wv

    # top-n lists: (user, key) sums, the largest n per user
    top_n = int(cfg.top_n)
    off_u = _user_offsets(udict, users_in, as_of_ts)
    local = (ts // 3_600_000_000 + 72)  # 72: 1970-01-01 00:00 was a Thursday
    if off_u.any():
        local += off_u[uid]
    local %= 168
    # five independent top-n sums; numpy's element-wise kernels release the GIL, so two threads
    # keep two cores busy (a DuckDB fallback, for huge key spaces, gets its own cursor)
    jobs = [(item_cat[iid], wd, len(catdict), top_n), (item_brand[iid], wd, len(branddict), top_n),
            (local % 24, None, 24, 3), (local // 24, None, 7, 3), (chc, None, len(chdict), 16)]
    cats, brands, hours, wdays, chans = pool.map(
        lambda j: _top_n(con.cursor(), uid, j[0], j[1], n_users, j[2], j[3]), jobs)
    del wd, local, jobs

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
    valid_item, popularity, by_age, by_irole = item_job.result()
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
    pool.shutdown()
    return ProfileTables(users_tbl, products_tbl, as_of_ts)


_USER_COLUMNS = (
    "user_id", "locale", "timezone", "segment", "recency_days", "frequency", "monetary", "first_seen", "last_seen",
    "n_events", "views", "carts", "view_to_cart", "cart_to_purchase", "view_to_purchase", "top_categories",
    "top_brands", "price_position", "price_band", "discount_affinity", "active_hours", "active_weekdays",
    "channel_share", "engagement", "consent_email", "consent_sms", "consent_push")

_DENSE_CELLS = 1 << 26
"""(user, key) cells summed in one dense block; more users are done in blocks, up to 8 of them."""


def _pool(threads: int | None) -> Any:
    """A thread pool as wide as the cores this process may use (or `threads`)."""
    from concurrent.futures import ThreadPoolExecutor

    from .generation import default_threads

    return ThreadPoolExecutor(max_workers=max(1, threads or default_threads()))


def _epoch_us(t: datetime) -> int:
    return (t - datetime(1970, 1, 1)) // timedelta(microseconds=1)


def _encode(col: pa.ChunkedArray | pa.Array, null_code: int | None = None) -> tuple[np.ndarray, pa.Array]:
    """Strings -> (int codes, dictionary). Nulls get their own code, or `null_code` when given."""
    if isinstance(col, pa.ChunkedArray):
        col = col.chunk(0) if col.num_chunks == 1 else col.combine_chunks()
    if not pa.types.is_string(col.type):
        col = col.cast(pa.string())
    d = pc.dictionary_encode(col, null_encoding="mask" if null_code is not None else "encode")
    if null_code is not None and d.null_count:
        codes = pc.fill_null(d.indices, null_code).to_numpy()
    else:
        codes = d.indices.to_numpy(zero_copy_only=False)
    return codes.astype(np.int64, copy=False), d.dictionary


def _floats(col: pa.ChunkedArray) -> np.ndarray:
    """Numeric column -> float64 array with NaN for nulls."""
    return np.asarray(col.cast(pa.float64()).to_numpy(), dtype=np.float64)


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


def _top_n(con: Any, rows: np.ndarray, keys: np.ndarray, weights: np.ndarray | None, n_rows: int,
           n_keys: int, n: int) -> _TopN:
    """Per user: the n keys with the largest positive summed weight (a count without weights),
    largest first, ties to the smaller key code; keys < 0 are skipped."""
    n = min(n, n_keys)
    ok = keys >= 0
    if n <= 0 or not ok.any():
        return np.zeros(n_rows, np.int64), np.zeros(0, np.int64), np.zeros(0), np.zeros(n_rows)
    if not ok.all():
        rows, keys = rows[ok], keys[ok]
        weights = weights[ok] if weights is not None else None
    nonneg = weights is None or not len(weights) or weights.min() >= 0
    block = max(1, _DENSE_CELLS // n_keys)
    if -(-n_rows // block) > 8:
        return _top_n_sql(con, rows, keys, weights, n_rows, n)
    counts = np.zeros(n_rows, np.int64)
    tot = np.zeros(n_rows)
    ks, vs = [], []
    for lo in range(0, n_rows, block):
        hi = min(lo + block, n_rows)
        if hi - lo == n_rows:
            r, k, w = rows, keys, weights
        else:
            m = (rows >= lo) & (rows < hi)
            r, k, w = rows[m] - lo, keys[m], (weights[m] if weights is not None else None)
        nb = hi - lo
        mat = np.bincount(r * n_keys + k, w, minlength=nb * n_keys).reshape(nb, n_keys)
        tot[lo:hi] = (mat if nonneg else np.where(mat > 0, mat, 0)).sum(axis=1)
        idx = np.arange(nb)
        bk = np.empty((nb, n), np.int64)
        bv = np.empty((nb, n), mat.dtype)
        for j in range(n):
            a = mat.argmax(axis=1)
            bk[:, j], bv[:, j] = a, mat[idx, a]
            mat[idx, a] = 0
        good = bv > 0
        counts[lo:hi] = good.sum(axis=1)
        ks.append(bk[good])
        vs.append(bv[good].astype(np.float64))
    return counts, np.concatenate(ks), np.concatenate(vs), tot


def _top_n_sql(con: Any, rows: np.ndarray, keys: np.ndarray, weights: np.ndarray | None, n_rows: int,
               n: int) -> _TopN:
    """`_top_n` for key spaces too large for dense blocks: a DuckDB hash aggregate."""
    name = f"_tn{id(rows)}_{id(keys)}"  # calls may run at once on cursors of one database
    con.register(name, pa.table({"r": rows, "k": keys,
                                  "w": weights if weights is not None else np.ones(len(rows))}))
    t = con.sql(f"""
        WITH g AS (SELECT r, k, sum(w) AS s FROM {name} GROUP BY ALL HAVING sum(w) > 0),
        q AS (SELECT r, k, s, sum(s) OVER (PARTITION BY r) AS tot,
                     row_number() OVER (PARTITION BY r ORDER BY s DESC, k) AS rn FROM g)
        SELECT r, k, s, tot FROM q WHERE rn <= {int(n)} ORDER BY r, rn""").to_arrow_table()
    con.unregister(name)
    r = t.column("r").to_numpy()
    tot = np.zeros(n_rows)
    tot[r] = t.column("tot").to_numpy()
    return (np.bincount(r, minlength=n_rows), t.column("k").to_numpy().astype(np.int64),
            t.column("s").to_numpy().astype(np.float64), tot)


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
