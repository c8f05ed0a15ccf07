"""Compiled aggregation kernels behind `profiles.build_profiles` (numba, cached on disk).

Two passes over the events:

1. `group_by_user` (event order, a fixed number of event chunks in parallel): a stable counting
   sort by user code that writes each event's timestamp and one packed integer (item code,
   channel, type group, discount state, price position known) to its slot in user order, and
   sums monetary (per chunk, then over the chunks in order), the one aggregate that needs columns
   the packed word does not carry.
2. `user_pass` (user order, one contiguous block of users per thread): every remaining per-user
   aggregate (funnel and discount counts, price position, the five top-n lists) and the per-item
   counts. A block owns its users' output rows and has its own item counters and scratch, so no
   two threads write the same memory; sums run in event order, as a `bincount` would.

Neither pass's result depends on the number of threads.

Both passes read their inputs front to back. Why compiled code: the numpy version allocated a
fresh array per step (several GB per ten million events, mostly dense user x key matrices for the
top-n lists), and on virtual machines fresh pages cost more than the arithmetic done on them; a
user-order pass that gathered event columns through an index ran at the speed of cache misses.

Parallel loops run on numba's workqueue thread pool (see below). The first call compiles the
kernels (tens of seconds) and caches the machine code beside this file
(or in numba's user cache directory when that is read-only); later processes load it.
"""

from __future__ import annotations

import math
import os
import threading

import numba
import numpy as np
from numba import njit, prange

# numba's own thread pool, not OpenMP: an OpenMP pool beside torch's (the generate pipeline builds
# profiles, then loads a model) left torch's generation four times slower. The pool serves one
# caller at a time, hence `LOCK`. NUMBA_THREADING_LAYER, when set, wins.
if "NUMBA_THREADING_LAYER" not in os.environ:
    numba.config.THREADING_LAYER = "workqueue"
LOCK = threading.Lock()

_LN2 = math.log(2.0)
_DAY_US = 86_400_000_000
_HOUR_US = 3_600_000_000
MAX_CHANNELS = (1 << 16) - 2
"""Distinct channel names the packed event word has room for."""


N_CHUNKS = 8
"""Pass 1 splits the events into this many chunks (a fixed number, so that sums do not depend on
the thread count); chunks run in parallel."""


@njit(parallel=True, cache=True)
def group_by_user(uid, n_users, iid, etc, ts, price, quantity, value, chc, type_group, g_role,
                  item_price, item_list, item_dpct, item_pp, ts_out, word_out):
    """Counting sort by user: fills `ts_out` and `word_out` (item | channel + 1 << 32 | group << 48 |
    (discount state * 2 + price position known) << 56) in user order, events of one user in their
    original order. `price`, `quantity`, `value` may be empty (column absent). Returns each user's
    first slot (len n_users + 1) and monetary."""
    n = uid.size
    edges = np.empty(N_CHUNKS + 1, np.int64)
    for c in range(N_CHUNKS + 1):
        edges[c] = n * c // N_CHUNKS
    # per chunk: events per user, then each (chunk, user)'s first slot
    pos = np.zeros((N_CHUNKS, n_users), np.int64)
    for c in prange(N_CHUNKS):
        pc_ = pos[c]
        for e in range(edges[c], edges[c + 1]):
            pc_[uid[e]] += 1
    start = np.zeros(n_users + 1, np.int64)
    acc = 0
    for u in range(n_users):
        start[u] = acc
        for c in range(N_CHUNKS):
            k = pos[c, u]
            pos[c, u] = acc
            acc += k
    start[n_users] = acc
    monetary_c = np.zeros((N_CHUNKS, n_users))
    has_price = price.size > 0
    has_qty = quantity.size > 0
    has_value = value.size > 0
    for c in prange(N_CHUNKS):
        pc_ = pos[c]
        mc = monetary_c[c]
        for e in range(edges[c], edges[c + 1]):
            u = uid[e]
            it = iid[e]
            g = type_group[etc[e]]
            t = ts[e]
            p = price[e] if has_price else np.nan
            # discount state: 0 unknown, 1 full price, 2 discounted
            lp = item_list[it]
            if not math.isnan(p) and not math.isnan(lp):
                st = 2 if p < lp - 0.005 else 1
            else:
                d = item_dpct[it]
                st = 0 if math.isnan(d) else (2 if d > 0 else 1)
            ppk = 0 if math.isnan(item_pp[it]) else 1
            i = pc_[u]
            pc_[u] = i + 1
            ts_out[i] = t
            word_out[i] = (np.int64(it) | (np.int64(chc[e] + 1) << 32) | (np.int64(g) << 48)
                           | (np.int64(st * 2 + ppk) << 56))
            if g_role[g] == 3:
                a = value[e] if has_value else np.nan
                if math.isnan(a):
                    q = quantity[e] if has_qty else np.nan
                    if math.isnan(q):
                        q = 1.0
                    a = (p if not math.isnan(p) else item_price[it]) * q
                if not math.isnan(a):
                    mc[u] += a
    monetary = monetary_c[0].copy()
    for c in range(1, N_CHUNKS):
        for u in range(n_users):
            monetary[u] += monetary_c[c, u]
    return start, monetary


@njit(inline="always")
def _top_out(n_users, n):
    """Output of one top-n list: keys and sums (user x rank), count and total per user."""
    w = max(n, 1)
    return (np.zeros((n_users, w), np.int64), np.zeros((n_users, w)), np.zeros(n_users, np.int64),
            np.zeros(n_users))


@njit(inline="always")
def _scratch(n_keys):
    """One user's scratch for one key space: sums, touched marks, touched keys."""
    w = max(n_keys, 1)
    return np.zeros(w), np.zeros(w, np.bool_), np.zeros(w, np.int64)


@njit(inline="always")
def _touch(scr, mark, touched, nt, k, w):
    if not mark[k]:
        mark[k] = True
        touched[nt] = k
        nt += 1
    scr[k] += w
    return nt


@njit(inline="always")
def _select(scr, mark, touched, nt, n, out_k, out_v, out_c, out_t, u):
    """The n touched keys with the largest positive sums (ties: smaller key), largest first;
    their count and the total of positive sums go to out_c[u] and out_t[u]. Resets the scratch."""
    tot = 0.0
    for i in range(nt):
        v = scr[touched[i]]
        if v > 0:
            tot += v
    c = 0
    for j in range(n):
        best = -1
        bv = 0.0
        for i in range(nt):
            k = touched[i]
            v = scr[k]
            if v > 0 and (v > bv or (v == bv and k < best)):
                best = k
                bv = v
        if best < 0:
            break
        out_k[u, j] = best
        out_v[u, j] = bv
        scr[best] = 0.0
        c += 1
    for i in range(nt):
        k = touched[i]
        scr[k] = 0.0
        mark[k] = False
    out_c[u] = c
    out_t[u] = tot


@njit(parallel=True, cache=True)
def user_pass(start, bounds, ts, word, g_role, g_weight, item_cat, item_brand, item_pp,
              n_items, n_cats, n_brands, n_chans, top_n, top_ch,
              off_u, as_of_s, half_life_days, cutoff_us, null_user):
    """Per-user aggregates and per-item counts from `group_by_user`'s user-ordered `ts` and `word`.

    `bounds`: user-block edges (one block per thread). Role codes: 0 view, 1 click, 2 cart,
    3 purchase, 4 other. Returns (by_role, by_state, state_all, pp_num, pp_den, first, last,
    last_buy, tops, item_cnt, popularity): events per user and role; per user, events of roles
    view/click (row 0) and cart/purchase (row 1) per discount state; events per discount state over
    everyone; the price position's weighted sum and weight; first and last seen and the last
    purchase in epoch microseconds; `tops`
    (type group, discount state, price position known); `tops` holds (keys, sums, counts, totals)
    for categories, brands, local hours, local weekdays and channels.
    """
    n_users = start.size - 1
    n_blocks = bounds.size - 1
    by_role = np.zeros((n_users, 5), np.int64)
    by_state = np.zeros((n_users, 2, 3), np.int64)
    state_all = np.zeros((n_blocks, 3), np.int64)
    pp_num = np.zeros(n_users)
    pp_den = np.zeros(n_users)
    first = np.full(n_users, np.iinfo(np.int64).max)
    last = np.full(n_users, np.iinfo(np.int64).min)
    last_buy = np.full(n_users, np.iinfo(np.int64).min)
    tn_c = min(top_n, n_cats)
    tn_b = min(top_n, n_brands)
    tn_h = 3
    tn_ch = min(top_ch, n_chans)
    cat_k, cat_v, cat_c, cat_t = _top_out(n_users, tn_c)
    br_k, br_v, br_c, br_t = _top_out(n_users, tn_b)
    hr_k, hr_v, hr_c, hr_t = _top_out(n_users, tn_h)
    wd_k, wd_v, wd_c, wd_t = _top_out(n_users, tn_h)
    ch_k, ch_v, ch_c, ch_t = _top_out(n_users, tn_ch)
    item_cnt = np.zeros((n_blocks, n_items, 15), np.int64)
    pop = np.zeros((n_blocks, n_items), np.int64)
    c28 = cutoff_us - 28 * _DAY_US
    c7 = cutoff_us - 7 * _DAY_US
    for b in prange(n_blocks):
        # this block's own counters and scratch (sums, touched marks, touched key lists per key space)
        ic = item_cnt[b]
        pb_ = pop[b]
        seen_by = np.full(n_items, -1, np.int64)
        s_cat, m_cat, t_cat = _scratch(n_cats)
        s_br, m_br, t_br = _scratch(n_brands)
        s_hr, m_hr, t_hr = _scratch(24)
        s_wd, m_wd, t_wd = _scratch(7)
        s_ch, m_ch, t_ch = _scratch(n_chans)
        for u in range(bounds[b], bounds[b + 1]):
            nc = 0
            nb = 0
            nh = 0
            nw = 0
            nch = 0
            off = off_u[u]
            t_first = np.iinfo(np.int64).max
            t_last = np.iinfo(np.int64).min
            t_buy = np.iinfo(np.int64).min
            for j in range(start[u], start[u + 1]):
                w = word[j]
                t = ts[j]
                it = w & 0xFFFFFFFF
                ch = ((w >> 32) & 0xFFFF) - 1
                g = (w >> 48) & 0xFF
                cls = (w >> 56) & 0x7  # discount state * 2 + price position known
                st = cls >> 1
                role = g_role[g]
                wv = g_weight[g]
                age_s = as_of_s - t / 1e6
                if age_s < 0.0:
                    age_s = 0.0
                wd = wv * math.exp(-_LN2 * age_s / 86400.0 / half_life_days)
                by_role[u, role] += 1
                if role < 4:
                    by_state[u, role >> 1, st] += 1
                state_all[b, st] += 1
                t_first = min(t_first, t)
                t_last = max(t_last, t)
                if role == 3:
                    t_buy = max(t_buy, t)
                if cls & 1:
                    pp_num[u] += wv * item_pp[it]
                    pp_den[u] += wv
                # top-n sums
                k = item_cat[it]
                if k >= 0:
                    nc = _touch(s_cat, m_cat, t_cat, nc, k, wd)
                k = item_brand[it]
                if k >= 0:
                    nb = _touch(s_br, m_br, t_br, nb, k, wd)
                loc = (t // _HOUR_US + 72 + off) % 168  # 72: 1970-01-01 00:00 was a Thursday
                nh = _touch(s_hr, m_hr, t_hr, nh, loc % 24, 1.0)
                nw = _touch(s_wd, m_wd, t_wd, nw, loc // 24, 1.0)
                if ch >= 0:
                    nch = _touch(s_ch, m_ch, t_ch, nch, ch, 1.0)
                # item counts: (role, age: older than 28 days / 8-28 days / last 7 days); distinct users
                age = (1 if t > c28 else 0) + (1 if t > c7 else 0)
                ic[it, role * 3 + age] += 1
                if u != null_user and seen_by[it] != u:
                    seen_by[it] = u
                    pb_[it] += 1
            first[u] = t_first
            last[u] = t_last
            last_buy[u] = t_buy
            _select(s_cat, m_cat, t_cat, nc, tn_c, cat_k, cat_v, cat_c, cat_t, u)
            _select(s_br, m_br, t_br, nb, tn_b, br_k, br_v, br_c, br_t, u)
            _select(s_hr, m_hr, t_hr, nh, tn_h, hr_k, hr_v, hr_c, hr_t, u)
            _select(s_wd, m_wd, t_wd, nw, tn_h, wd_k, wd_v, wd_c, wd_t, u)
            _select(s_ch, m_ch, t_ch, nch, tn_ch, ch_k, ch_v, ch_c, ch_t, u)
    tops = ((cat_k, cat_v, cat_c, cat_t), (br_k, br_v, br_c, br_t), (hr_k, hr_v, hr_c, hr_t),
            (wd_k, wd_v, wd_c, wd_t), (ch_k, ch_v, ch_c, ch_t))
    return (by_role, by_state, state_all.sum(axis=0), pp_num, pp_den, first, last, last_buy, tops,
            item_cnt.sum(axis=0), pop.sum(axis=0))


def warm_up() -> None:
    """Compile the kernels into numba's on-disk cache (`make` runs this once after installing)."""
    import pyarrow as pa

    from .profiles import build_profiles

    events = pa.table({"user_id": ["u1", "u1", "u2"], "item_id": ["i1", "i2", "i1"],
                       "event_type": ["view", "purchase", "cart"],
                       "ts": pa.array([1_700_000_000_000_000, 1_700_000_100_000_000, 1_700_000_200_000_000],
                                      pa.timestamp("us")),
                       "price": [9.5, 9.5, 12.0], "channel": ["web", "app", None]})
    catalog = pa.table({"item_id": ["i1", "i2"], "category": ["c1", "c2"], "brand": ["b1", "b1"],
                        "price": [9.5, 12.0], "list_price": [12.0, 12.0]})
    users = pa.table({"user_id": ["u1", "u2"], "timezone": ["Europe/Berlin", "UTC"]})
    build_profiles(events, catalog, users)
    build_profiles(events)


if __name__ == "__main__":
    warm_up()
