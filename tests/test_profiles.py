"""Profiles: exact RFM on a hand-made log, sensible profiles of the sample shop's known users."""

from __future__ import annotations

import json
from datetime import datetime

import numpy as np
import pyarrow as pa
import pytest

from promo_llm.data.loaders import load_table
from promo_llm.profiles import ProfileConfig, build_profiles, user_profiles, write_table

from shop_fixture import shop, shop_dir  # noqa: F401  (fixtures)


def _events(rows):
    cols = ("user_id", "item_id", "event_type", "ts", "quantity", "price")
    return pa.table({c: [r[k] if k < len(r) else None for r in rows] for k, c in enumerate(cols)})


CATALOG = pa.table({
    "item_id": ["a", "b", "c", "d"], "title": ["A", "B", "C", "D"],
    "category": ["Boots", "Boots", "Tea", "Tea"], "brand": ["X", "Y", "Z", "Z"],
    "price": [50.0, 150.0, 5.0, 20.0], "list_price": [60.0, 150.0, 5.0, 20.0],
})


def test_rfm_and_funnel_on_a_hand_made_log():
    ev = _events([
        ("u1", "a", "view", datetime(2026, 1, 1, 9)),
        ("u1", "a", "cart", datetime(2026, 1, 1, 9, 5)),
        ("u1", "a", "purchase", datetime(2026, 1, 1, 9, 10), 2, 50.0),
        ("u1", "c", "purchase", datetime(2026, 1, 20, 9), None, 5.0),
        ("u2", "b", "view", datetime(2026, 1, 30, 22)),
    ])
    t = build_profiles(ev, CATALOG, as_of=datetime(2026, 1, 31))
    rows = {r["user_id"]: r for r in t.users.to_pylist()}
    u1, u2 = rows["u1"], rows["u2"]
    assert u1["frequency"] == 2 and u1["monetary"] == 2 * 50.0 + 5.0
    assert u1["recency_days"] == pytest.approx(10 + 15 / 24)
    assert u1["first_seen"] == datetime(2026, 1, 1, 9) and u1["last_seen"] == datetime(2026, 1, 20, 9)
    assert u1["view_to_cart"] == 1.0 and u1["cart_to_purchase"] == 1.0
    assert u1["active_hours"][0] == 9
    assert u2["frequency"] == 0 and u2["recency_days"] is None and u2["monetary"] == 0
    assert u2["price_band"] == "premium" and u2["segment"] == "new"
    assert [c["name"] for c in u1["top_categories"]] == ["Boots", "Tea"]
    assert sum(c["weight"] for c in u1["top_categories"]) == pytest.approx(1.0, abs=1e-3)
    prods = {r["item_id"]: r for r in t.products.to_pylist()}
    assert prods["a"]["popularity"] == 1 and prods["a"]["conversion_rate"] == 1.0


@pytest.mark.parametrize("days_ago,first_days_ago,purchases,segment", [
    (1, 5, 0, "new"),
    (1, 80, 1, "active"),
    (45, 80, 1, "at_risk"),
    (70, 80, 1, "lapsed"),
    (1, 80, 4, "vip"),
])
def test_segments_follow_the_documented_thresholds(days_ago, first_days_ago, purchases, segment):
    as_of = datetime(2026, 6, 1)
    rows = [("filler", "c", "purchase", datetime(2026, 6, 1) - np.timedelta64(1, "D").item(), 1, 1.0)]
    rows.append(("u", "a", "view", as_of - np.timedelta64(first_days_ago, "D").item()))
    for k in range(purchases):
        rows.append(("u", "b", "purchase", as_of - np.timedelta64(days_ago, "D").item(), 1, 500.0))
    if not purchases:
        rows.append(("u", "a", "view", as_of - np.timedelta64(days_ago, "D").item()))
    t = build_profiles(_events(rows), CATALOG, as_of=as_of)
    seg = {r["user_id"]: r["segment"] for r in t.users.to_pylist()}
    assert seg["u"] == segment


def test_timezone_shifts_active_hours():
    ev = _events([("u", "a", "view", datetime(2026, 3, 1, 1 + k % 2)) for k in range(6)])
    users = pa.table({"user_id": ["u"], "timezone": ["Asia/Shanghai"], "locale": ["zh-CN"]})
    p = user_profiles(build_profiles(ev, CATALOG, users))["u"]
    assert p.active_hours[:2] in ((9, 10), (10, 9)) and p.locale == "zh-CN" and p.timezone == "Asia/Shanghai"


def test_transaction_log_without_items_gives_rfm_only():
    ev = pa.table({"user_id": ["a", "a"], "event_type": ["purchase"] * 2,
                   "ts": [datetime(2026, 1, 1), datetime(2026, 1, 3)], "value": [10.0, 5.5]})
    r = build_profiles(ev).users.to_pylist()[0]
    assert (r["frequency"], r["monetary"], r["recency_days"]) == (2, 15.5, 0.0)
    assert r["top_categories"] == [] and r["top_brands"] == []


def test_sample_shop_profiles_recover_latent_preferences(shop_dir):
    ev = load_table(shop_dir / "events.parquet", "events").table
    cat = load_table(shop_dir / "catalog.csv", "catalog").table
    users = load_table(shop_dir / "users.csv", "users").table
    t = build_profiles(ev, cat, users)
    assert t.users.num_rows == users.num_rows
    latent = {r["user_id"]: r for r in users.to_pylist()}
    rows = t.users.to_pylist()
    top = np.mean([bool(r["top_categories"]) and r["top_categories"][0]["name"] in json.loads(latent[r["user_id"]]["latent_categories"])
                   for r in rows])
    band = np.mean([r["price_band"] == latent[r["user_id"]]["latent_price_band"] for r in rows])
    # the generator draws local hours around peak + 0.5 with sd 1
    hour = np.mean([bool(r["active_hours"]) and abs(r["active_hours"][0] - int(latent[r["user_id"]]["latent_peak_hour"])) <= 1
                    for r in rows])
    deal = np.corrcoef([r["discount_affinity"] for r in rows],
                       [float(latent[r["user_id"]]["latent_deal_seeker"]) for r in rows])[0, 1]
    assert top > 0.8 and band > 0.8 and hour > 0.75 and deal > 0.4, (top, band, hour, deal)
    segs = {r["segment"] for r in rows}
    assert segs == {"new", "active", "at_risk", "lapsed", "vip"}


def test_known_shop_user_profile_is_sensible(shop):
    # the first zh-CN user who consented to every channel
    p = next(p for _, p in sorted(shop.profiles.items())
             if p.locale == "zh-CN" and set(p.consent) == {"email", "sms", "push"})
    assert p.timezone == "Asia/Shanghai"
    assert p.top_categories and abs(sum(w for _, w in p.top_categories) - 1) < 0.2
    assert p.frequency > 0 and p.monetary > 0 and p.recency_days is not None
    assert set(p.consent) == {"email", "sms", "push"}
    assert all(0 <= h < 24 for h in p.active_hours)
    assert len(shop.profiles) >= 1200


@pytest.mark.parametrize("suffix", [".parquet", ".jsonl", ".csv"])
def test_write_table_formats(tmp_path, suffix):
    ev = _events([("u1", "a", "purchase", datetime(2026, 1, 1), 1, 50.0)])
    out = write_table(build_profiles(ev, CATALOG).users, tmp_path / f"p{suffix}")
    back = load_table(out, "users").table
    assert back.column("user_id").to_pylist() == ["u1"]


def test_config_rejects_bad_thresholds():
    with pytest.raises(ValueError, match="active_days"):
        ProfileConfig(active_days=90, lapsed_days=60)


def _random_log(n=6000, n_users=150, n_items=60, seed=3):
    """A seeded log with repeated timestamps, nulls and ties, over a catalog of 8 categories."""
    rng = np.random.default_rng(seed)
    items = [f"i{k}" for k in range(n_items)]
    catalog = pa.table({
        "item_id": items, "category": [f"c{k % 8}" for k in range(n_items)],
        "brand": [f"b{k % 11}" if k % 13 else None for k in range(n_items)],
        "price": np.round(rng.uniform(5, 200, n_items), 2), "list_price": np.round(rng.uniform(200, 250, n_items), 2),
    })
    ts = np.datetime64("2026-03-01T00:00:00", "s") + (rng.integers(0, 60 * 24, n) * 3600).astype("timedelta64[s]")
    events = pa.table({
        "user_id": [f"u{k}" for k in rng.integers(0, n_users, n)],
        "item_id": [items[k] for k in rng.integers(0, n_items, n)],
        "event_type": rng.choice(["view", "view", "cart", "purchase", "wishlist"], n).tolist(),
        "ts": pa.array(ts.astype("datetime64[us]")),
        "price": pa.array(np.where(rng.random(n) < 0.2, np.nan, rng.uniform(5, 250, n)), from_pandas=True),
        "channel": [None if k == 4 else ["web", "app", "email", "push"][k] for k in rng.integers(0, 5, n)],
    })
    users = pa.table({"user_id": [f"u{k}" for k in range(n_users + 5)],  # 5 users without events
                      "timezone": rng.choice(["Asia/Shanghai", "America/New_York", "UTC"], n_users + 5).tolist()})
    return events, catalog, users


def test_top_lists_and_counts_match_a_plain_python_computation():
    events, catalog, users = _random_log()
    t = build_profiles(events, catalog, users)
    as_of = max(events.column("ts").to_pylist())
    cat_of = dict(zip(catalog.column("item_id").to_pylist(), catalog.column("category").to_pylist()))
    w = {"view": 1.0, "cart": 3.0, "purchase": 5.0, "wishlist": 2.0}
    sums, hours, chans, buys, pop = {}, {}, {}, {}, {}
    for r in events.to_pylist():
        u, age = r["user_id"], (as_of - r["ts"]).total_seconds() / 86400
        s = sums.setdefault(u, {})
        s[cat_of[r["item_id"]]] = s.get(cat_of[r["item_id"]], 0.0) + w[r["event_type"]] * 0.5 ** (age / 30)
        h = hours.setdefault(u, {})
        h[r["ts"].hour] = h.get(r["ts"].hour, 0) + 1  # users' timezones: checked below for UTC users
        if r["channel"] is not None:
            c = chans.setdefault(u, {})
            c[r["channel"]] = c.get(r["channel"], 0) + 1
        buys[u] = buys.get(u, 0) + (r["event_type"] == "purchase")
        pop.setdefault(r["item_id"], set()).add(u)
    tz = dict(zip(users.column("user_id").to_pylist(), users.column("timezone").to_pylist()))
    rows = {r["user_id"]: r for r in t.users.to_pylist()}
    assert len(rows) == 155 and rows["u150"]["n_events"] == 0 and rows["u150"]["top_categories"] == []
    for u, s in sums.items():
        got = rows[u]["top_categories"]
        total = sum(s.values())
        want = sorted(s.items(), key=lambda kv: (-round(kv[1], 9), kv[0]))[:5]  # ties: the name
        assert [round(x["weight"], 4) for x in got] == pytest.approx([round(v / total, 4) for _, v in want], abs=1e-4)
        assert [x["name"] for x in got] == [k for k, _ in want]
        assert rows[u]["frequency"] == buys[u]
        ch = chans.get(u, {})
        assert {x["name"]: x["share"] for x in rows[u]["channel_share"]} == pytest.approx(
            {k: round(v / sum(ch.values()), 4) for k, v in ch.items()}, abs=1e-4)
        assert [x["name"] for x in rows[u]["channel_share"]] == sorted(ch, key=lambda k: (-ch[k], k))
        if tz[u] == "UTC":  # busiest hours, ties to the earlier hour
            want_h = sorted(hours[u].items(), key=lambda kv: (-kv[1], kv[0]))[:3]
            assert rows[u]["active_hours"] == [h for h, _ in want_h]
    prods = {r["item_id"]: r for r in t.products.to_pylist()}
    assert {k: r["popularity"] for k, r in prods.items()} == {k: len(v) for k, v in pop.items()}


def test_results_do_not_depend_on_the_thread_count():
    events, catalog, users = _random_log(seed=5)
    one = build_profiles(events, catalog, users, threads=1)
    two = build_profiles(events, catalog, users, threads=2)
    assert one.users.equals(two.users) and one.products.equals(two.products)


def test_concurrent_calls_take_turns_on_the_kernel_pool():
    from concurrent.futures import ThreadPoolExecutor

    import numba

    events, catalog, users = _random_log(seed=7)
    with ThreadPoolExecutor(3) as pool:
        tables = list(pool.map(lambda _: build_profiles(events, catalog, users), range(3)))
    assert all(t.users.equals(tables[0].users) for t in tables)
    # numba's own pool, not OpenMP beside torch's (see profile_kernels)
    assert numba.threading_layer() == "workqueue"
