"""Benchmark: profiles for 10 million synthetic events, promo_llm.profiles vs plain pandas.

Prints one JSON line: events/s and peak memory of each implementation, each run in its own
process on the same seeded events (50 events per user, so 200k users at 10M events, as in a
mid-size shop's quarter; 20k items with Zipf popularity, 50 categories, 200 brands, 90 days), so
peak memory (ru_maxrss, including the input table) is measured separately. First both run on a
small input (800 users) and must agree on counts, RFM, segment, price band, discount affinity,
active hours and top-category weight. Both compute the same features:
RFM, time-decayed top categories and brands, price band, discount affinity, active hours and
weekdays (timezone shifted), funnel rates, channel shares, segment, and product features.
promo-llm runs `--repeats` times in its process (the median is reported, and the first call, which
loads the compiled kernels); pandas, at about a minute a run, once.

    python bench/profiles.py [--events 10000000] [--repeats 3] [--out bench/results/profiles.json]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

EVENTS_PER_USER = 50  # 10M events over 200k users, the order of magnitude of a mid-size shop's quarter
N_ITEMS, N_CATS, N_BRANDS = 20_000, 50, 200
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TZS = ["America/New_York", "America/Los_Angeles", "Asia/Shanghai", "Europe/Berlin"]


def make_data(n: int, seed: int = 0, n_users: int | None = None):
    N_USERS = n_users or max(1, n // EVENTS_PER_USER)
    rng = np.random.default_rng(seed)
    item_cat = rng.integers(0, N_CATS, N_ITEMS)
    list_price = np.round(np.exp(rng.uniform(1, 6, N_ITEMS)), 2)
    price = np.where(rng.random(N_ITEMS) < 0.3, np.round(list_price * 0.8, 2), list_price)
    catalog = pa.table({
        "item_id": pc.cast(pa.array(np.arange(N_ITEMS)), pa.string()),
        "category": pc.cast(pa.array(item_cat), pa.string()),
        "brand": pc.cast(pa.array(rng.integers(0, N_BRANDS, N_ITEMS)), pa.string()),
        "price": price, "list_price": list_price,
    })
    users = pa.table({"user_id": pc.cast(pa.array(np.arange(N_USERS)), pa.string()),
                      "timezone": pa.array(np.array(TZS)[rng.integers(0, len(TZS), N_USERS)])})
    u = rng.integers(0, N_USERS, n)
    it = (rng.zipf(1.2, n) % N_ITEMS).astype(np.int64)
    r = rng.random(n)
    etype = np.where(r < 0.8, "view", np.where(r < 0.95, "cart", "purchase"))
    t0 = np.datetime64("2026-08-18T00:00:00", "s")
    ts = t0 + rng.integers(0, 90 * 86400, n).astype("timedelta64[s]")
    ev_price = np.where(rng.random(n) < 0.5, price[it], list_price[it])
    events = pa.table({
        "user_id": pc.cast(pa.array(u), pa.string()), "item_id": pc.cast(pa.array(it), pa.string()),
        "event_type": pa.array(etype), "ts": pa.array(ts.astype("datetime64[us]")),
        "quantity": pa.array(np.ones(n)), "price": ev_price,
        "channel": pa.array(np.array(["web", "app", "email", "push"])[rng.integers(0, 4, n)]),
    })
    return events, catalog, users


def run_duckdb(events, catalog, users):
    from promo_llm.profiles import build_profiles

    t = build_profiles(events, catalog, users)
    return t.users, t.products


def run_pandas(events, catalog, users):
    """The same features with pandas groupbys (the baseline a data scientist would write)."""
    import pandas as pd
    from zoneinfo import ZoneInfo

    e = events.to_pandas()
    cat = catalog.to_pandas()
    us = users.to_pandas()
    as_of = e["ts"].max()
    cat["price_pos"] = cat.groupby("category")["price"].rank(method="min", pct=False).sub(1) / (
        cat.groupby("category")["price"].transform("count") - 1).clip(lower=1)
    e = e.merge(cat, on="item_id", how="left", suffixes=("", "_cat"))
    wmap = {"view": 1.0, "cart": 3.0, "purchase": 5.0}
    e["w"] = e["event_type"].map(wmap).fillna(1.0)
    age = (as_of - e["ts"]).dt.total_seconds() / 86400
    e["wd"] = e["w"] * np.exp(-np.log(2) * age / 30.0)
    buy = e["event_type"] == "purchase"
    e["amount"] = np.where(buy, e["price"] * e["quantity"], np.nan)
    e["disc"] = (e["price"] < e["list_price"] - 0.005).astype(float)
    g = e.groupby("user_id")
    base = pd.DataFrame({
        "first_seen": g["ts"].min(), "last_seen": g["ts"].max(), "n_events": g.size(),
        "views": (e["event_type"] == "view").groupby(e["user_id"]).sum(),
        "carts": (e["event_type"] == "cart").groupby(e["user_id"]).sum(),
        "frequency": buy.groupby(e["user_id"]).sum(),
        "monetary": e["amount"].groupby(e["user_id"]).sum(),
        "last_purchase": e["ts"].where(buy).groupby(e["user_id"]).max(),
    })
    base["recency_days"] = (as_of - base["last_purchase"]).dt.total_seconds() / 86400
    base["view_to_cart"] = base["carts"] / base["views"].replace(0, np.nan)
    base["cart_to_purchase"] = base["frequency"] / base["carts"].replace(0, np.nan)
    pp = (e["w"] * e["price_pos"]).groupby(e["user_id"]).sum() / e["w"].where(e["price_pos"].notna()).groupby(e["user_id"]).sum()
    base["view_to_purchase"] = (base["frequency"] / base["views"].replace(0, np.nan)).clip(upper=1)
    base["view_to_cart"] = base["view_to_cart"].clip(upper=1)
    base["cart_to_purchase"] = base["cart_to_purchase"].clip(upper=1)
    base["price_position"] = pp
    base["price_band"] = np.where(pp < 0.4, "budget", np.where(pp > 0.6, "premium", "mid"))
    cb = e["event_type"].isin(["cart", "purchase"])
    s_buy = e["disc"].where(cb).groupby(e["user_id"]).agg(["sum", "count"])
    s_seen = e["disc"].where(e["event_type"] == "view").groupby(e["user_id"]).mean().fillna(e["disc"].mean())
    shr = (s_buy["sum"] + 2 * s_seen) / (s_buy["count"] + 2)
    base["discount_affinity"] = ((shr - s_seen) / (1 - s_seen).replace(0, np.nan)).clip(0, 1)

    def top(col):
        s = e.groupby(["user_id", col])["wd"].sum().reset_index()
        s["weight"] = s["wd"] / s.groupby("user_id")["wd"].transform("sum")
        s = s[s["wd"] > 0].sort_values(["user_id", "wd"], ascending=[True, False]).groupby("user_id").head(5)
        s["item"] = [{"name": k, "weight": round(w, 4)} for k, w in zip(s[col], s["weight"])]
        return s.groupby("user_id")["item"].agg(list)

    base["top_categories"] = top("category")
    base["top_brands"] = top("brand")
    off = {tz: int(as_of.replace(tzinfo=ZoneInfo(tz)).utcoffset().total_seconds() // 3600) for tz in TZS}
    tzoff = e["user_id"].map(us.set_index("user_id")["timezone"].map(off)).fillna(0).astype(int)
    how = ((e["ts"].dt.day_of_week * 24 + e["ts"].dt.hour + tzoff) % 168)
    h = pd.DataFrame({"user_id": e["user_id"], "hour": how % 24, "day": how // 24})
    for col, k in (("hour", 3), ("day", 3)):
        c = h.groupby(["user_id", col]).size().rename("n").reset_index()
        c = c.sort_values(["user_id", "n", col], ascending=[True, False, True]).groupby("user_id").head(k)
        base[f"active_{col}s"] = c.groupby("user_id")[col].agg(list)
    ch = e.groupby(["user_id", "channel"]).size()
    share = (ch / ch.groupby(level=0).transform("sum")).reset_index(name="share")
    share = share.sort_values(["user_id", "share", "channel"], ascending=[True, False, True])
    share["item"] = [{"name": k, "share": round(v, 4)} for k, v in zip(share["channel"], share["share"])]
    base["channel_share"] = share.groupby("user_id")["item"].agg(list)
    vip_cut = base.loc[base["frequency"] > 0, "monetary"].quantile(0.9)
    base["monetary"] = base["monetary"].round(2)
    days_seen = (as_of - base["last_seen"]).dt.total_seconds() / 86400
    days_first = (as_of - base["first_seen"]).dt.total_seconds() / 86400
    base["segment"] = np.select(
        [days_first <= 14, days_seen > 60, days_seen > 30, (base["frequency"] >= 3) & (base["monetary"] >= vip_cut)],
        ["new", "lapsed", "at_risk", "vip"], "active")
    gi = e.groupby("item_id")
    last7 = e["ts"] > as_of - pd.Timedelta(days=7)
    last28 = e["ts"] > as_of - pd.Timedelta(days=28)
    prod = pd.DataFrame({
        "popularity": gi["user_id"].nunique(),
        "views": (e["event_type"] == "view").groupby(e["item_id"]).sum(),
        "purchases": buy.groupby(e["item_id"]).sum(),
        "trend": (last7.groupby(e["item_id"]).sum() / 7) / (last28.groupby(e["item_id"]).sum() / 28),
    })
    prod["carts"] = (e["event_type"] == "cart").groupby(e["item_id"]).sum()
    prod["category"] = cat.set_index("item_id")["category"].reindex(prod.index)
    prod["conversion_rate"] = prod["purchases"] / prod["views"].replace(0, np.nan)
    prod["price_position"] = cat.set_index("item_id")["price_pos"].reindex(prod.index)
    return as_tables(base, prod)


def as_tables(base, prod):
    """The pandas results in promo-llm's output form: arrow tables, one row per user (by user_id)
    and per item, our column names, rounded as ours are, weekday codes as names."""
    base = base.copy()
    for col in ("view_to_cart", "cart_to_purchase", "view_to_purchase", "price_position", "discount_affinity"):
        base[col] = base[col].round(4)
    base["recency_days"] = base["recency_days"].round(3)
    base["active_weekdays"] = base["active_days"].map(lambda ds: [WEEKDAYS[d] for d in ds])
    users = pa.Table.from_pandas(base.drop(columns=["active_days", "last_purchase"]).sort_index()
                                 .rename_axis("user_id").reset_index(), preserve_index=False)
    prod = prod.copy()
    for col in ("conversion_rate", "trend", "price_position"):
        prod[col] = prod[col].round(4)
    products = pa.Table.from_pandas(prod.sort_index().rename_axis("item_id").reset_index(), preserve_index=False)
    return users, products


def child(impl: str, n: int, repeats: int) -> None:
    events, catalog, users = make_data(n)
    fn = run_duckdb if impl == "duckdb" else run_pandas
    runs, result = [], None
    for _ in range(repeats):
        result = None  # the previous run's output is dropped before the next one starts
        t = time.perf_counter()
        result = fn(events, catalog, users)
        runs.append(time.perf_counter() - t)
    u, p = result
    secs = statistics.median(runs)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    print(json.dumps({"impl": impl, "events": n, "seconds": round(secs, 3),
                      "first_call_seconds": round(runs[0], 3), "runs_seconds": [round(r, 3) for r in runs],
                      "events_per_s": round(n / secs), "peak_rss_gib": round(peak / 2**30, 3),
                      "users": u.num_rows, "items": p.num_rows}))


def column_diff(a, b) -> dict:
    """How two columns of the same feature differ: max abs diff for numbers (nulls must match),
    mismatching rows for anything else; list-of-struct columns by their names and by their values."""
    import pandas as pd

    if pd.api.types.is_datetime64_any_dtype(a) or pd.api.types.is_datetime64_any_dtype(b):
        a, b = pd.to_datetime(a).astype("int64") / 1e6, pd.to_datetime(b).astype("int64") / 1e6
    if pd.api.types.is_numeric_dtype(a) and pd.api.types.is_numeric_dtype(b):
        x, y = a.to_numpy(float), b.to_numpy(float)
        nulls = int((np.isnan(x) != np.isnan(y)).sum())
        both = ~np.isnan(x) & ~np.isnan(y)
        return {"max_abs_diff": float(np.max(np.abs(x[both] - y[both]), initial=0.0)), "null_mismatch": nulls}
    first = next((v for v in a if v is not None and len(v)), None) if a.dtype == object else None
    if isinstance(first, dict) or (first is not None and len(first) and isinstance(first[0], dict)):
        key = [k for k in first[0] if k != "name"][0]
        names = sum(1 for u, v in zip(a, b) if [d["name"] for d in u] != [d["name"] for d in v])
        gaps = [abs(d[key] - e[key]) for u, v in zip(a, b) for d, e in zip(u, v)]
        return {"rows_with_other_names": names, "max_abs_diff": float(max(gaps, default=0.0))}
    same = [list(u) == list(v) if hasattr(u, "__len__") and not isinstance(u, str) else u == v for u, v in zip(a, b)]
    return {"mismatching_rows": int(len(same) - sum(same))}


def compare_outputs(n: int = 40_000) -> dict:
    """Both implementations on a small input (800 users): every feature column both compute,
    compared row by row (users and items matched by id)."""
    events, catalog, users = make_data(n, seed=1, n_users=800)
    ours_u, ours_p = (t.to_pandas() for t in run_duckdb(events, catalog, users))
    base_u, base_p = (t.to_pandas() for t in run_pandas(events, catalog, users))
    out = {}
    for kind, d, p, key in (("users", ours_u, base_u, "user_id"), ("products", ours_p, base_p, "item_id")):
        d, p = d.set_index(key), p.set_index(key)
        p = p.loc[p.index.intersection(d.index)]
        d = d.loc[p.index]
        shared = [c for c in d.columns if c in p.columns]
        out[kind] = {"rows": len(p), "columns": {c: column_diff(d[c].reset_index(drop=True), p[c].reset_index(drop=True))
                                                  for c in shared},
                     "only_promo_llm": [c for c in d.columns if c not in p.columns],
                     "only_pandas": [c for c in p.columns if c not in d.columns]}
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=10_000_000)
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("--repeats", type=int, default=3, help="promo-llm runs per process (median reported)")
    ap.add_argument("--impl", choices=["duckdb", "pandas"], help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.impl:
        child(a.impl, a.events, a.repeats if a.impl == "duckdb" else 1)
        return
    t = time.perf_counter()
    run_duckdb(*make_data(1000, seed=2, n_users=50))
    first_use = time.perf_counter() - t
    compared = compare_outputs()
    load_before = os.getloadavg()[0]
    res = {}
    for impl in ("duckdb", "pandas"):
        print(f"running {impl} on {a.events:,} events ...", file=sys.stderr)
        out = subprocess.run([sys.executable, __file__, "--impl", impl, "--events", str(a.events),
                              "--repeats", str(a.repeats)],
                             check=True, capture_output=True, text=True)
        res[impl] = json.loads(out.stdout.strip().splitlines()[-1])
    d, p = res["duckdb"], res["pandas"]
    line = {"bench": "profiles", "events": a.events, "users": d["users"], "items": d["items"],
            "events_per_user": EVENTS_PER_USER, "cpus": os.cpu_count(), "python": platform.python_version(),
            "load_avg_1m": [round(load_before, 2), round(os.getloadavg()[0], 2)],
            "promo_llm_events_per_s": d["events_per_s"], "promo_llm_seconds": d["seconds"],
            "promo_llm_runs_seconds": d["runs_seconds"],
            "promo_llm_first_call_events_per_s": round(a.events / d["first_call_seconds"]),
            "promo_llm_peak_rss_gib": d["peak_rss_gib"], "pandas_events_per_s": p["events_per_s"],
            "pandas_seconds": p["seconds"], "pandas_peak_rss_gib": p["peak_rss_gib"],
            "speedup_vs_pandas": round(p["seconds"] / d["first_call_seconds"], 2),
            "kernels_first_use_s": round(first_use, 2),
            "output_comparison": compared,
            "note": ("promo_llm seconds: median of the runs in one process, the first of which loads the "
                     "compiled kernels; speedup_vs_pandas compares first calls (pandas runs once); "
                     "kernels_first_use_s compiles the kernels when numba's on-disk cache is cold (a fresh "
                     "install), else loads them; peak RSS (ru_maxrss, one process per implementation) "
                     "includes the generated input table; timing excludes data generation; load_avg_1m "
                     "before/after on a shared 2-core host")}
    print(json.dumps(line))
    if a.out:
        a.out.parent.mkdir(parents=True, exist_ok=True)
        a.out.write_text(json.dumps(line) + "\n")


if __name__ == "__main__":
    main()
