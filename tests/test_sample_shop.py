"""The synthetic sample shop: deterministic, big enough, and shaped like real behaviour."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta

import duckdb
import pytest

from promo_llm.data import sample_shop
from promo_llm.data.sample_shop import END_DATE, generate_sample_shop, sample_shop_dir

from shop_fixture import shop, shop_dir  # noqa: F401  (fixtures)

CJK = re.compile(r"[\u4e00-\u9fff]")


def _q(sql: str):
    return duckdb.sql(sql).fetchall()


def test_same_seed_same_files_other_seed_other_files(tmp_path):
    a = generate_sample_shop(tmp_path / "a", seed=3, n_users=150)
    b = generate_sample_shop(tmp_path / "b", seed=3, n_users=150)
    c = generate_sample_shop(tmp_path / "c", seed=4, n_users=150)
    for name in ("catalog.csv", "users.csv", "events.parquet", "price_history.csv"):
        assert a[name].read_bytes() == b[name].read_bytes(), name
    assert a["events.parquet"].read_bytes() != c["events.parquet"].read_bytes()


def test_counts_and_columns(shop_dir):
    cat = shop_dir / "catalog.csv"
    n_items, n_cats = _q(f"SELECT count(*), count(DISTINCT category) FROM '{cat}'")[0]
    assert n_items >= 360 and n_cats >= 12
    n_users, zh = _q(f"SELECT count(*), avg(CASE WHEN locale = 'zh-CN' THEN 1 ELSE 0 END) FROM '{shop_dir / 'users.csv'}'")[0]
    assert n_users >= 1200 and 0.25 <= zh <= 0.35
    ev = shop_dir / "events.parquet"
    n_ev, lo, hi = _q(f"SELECT count(*), min(ts)::DATE, max(ts)::DATE FROM '{ev}'")[0]
    assert n_ev >= 100_000
    assert hi == END_DATE == date(2026, 11, 15) and lo == END_DATE - timedelta(days=89)
    meta = json.loads((shop_dir / "shop.json").read_text())
    assert meta["seed"] == 7 and meta["generator_version"] == sample_shop.GENERATOR_VERSION
    assert set(meta["files"]) == {"catalog.csv", "users.csv", "events.parquet", "price_history.csv"}


def test_timezones_match_locales(shop_dir):
    rows = _q(f"SELECT DISTINCT locale, timezone FROM '{shop_dir / 'users.csv'}'")
    for locale, tz in rows:
        assert tz.startswith("Asia/") if locale == "zh-CN" else tz.startswith("America/"), (locale, tz)


def test_catalog_is_bilingual_and_priced_consistently(shop):
    for p in shop.products.values():
        zh = p.localized("zh-CN")
        assert CJK.search(zh.title) and CJK.search(zh.category), p.title
        assert all(CJK.search(k) for k in zh.attributes), zh.attributes
        assert p.brand and p.brand in p.title
        assert p.list_price is not None and p.price <= p.list_price
        if p.discount_pct:
            assert p.promo_ends is not None and p.promo_ends > END_DATE
            assert abs(p.discount_pct - 100 * (1 - p.price / p.list_price)) < 0.1
        # today's price in the history is the catalog price
        assert shop.price_history[p.item_id][-1] == (END_DATE, p.price)


def test_each_record_is_true_to_its_own_title(shop):
    """Copy repeats the record, so a record must not contradict its title: a material the title
    names is the material attribute, and no product carries an attribute its kind cannot have."""
    title_material = {"wool": "wool", "cashmere": "cashmere", "silk": "silk", "cotton": "cotton",
                      "down": "down", "cast iron": "cast iron"}
    checked = 0
    for p in shop.products.values():
        title, attrs = p.title.lower(), dict(p.attributes)
        for word, material in title_material.items():
            if re.search(rf"\b{word}\b", title) and "material" in attrs:
                assert material in attrs["material"], (p.title, attrs)
                checked += 1
        if re.search(r"yoga mat|resistance bands|foam roller", title):
            assert attrs["material"] != "steel", (p.title, attrs)
        if "dog food" in title:
            assert "colour" not in attrs, (p.title, attrs)
        if "plush bear" in title:
            assert "pieces" not in attrs, (p.title, attrs)
        if "desk lamp" in title:
            assert "room_size" not in attrs, (p.title, attrs)
        if "matcha" in title or "oolong" in title:
            assert attrs["origin"] in ("Kyoto", "Fujian"), (p.title, attrs)
    assert checked >= 30  # the title-material rule was exercised


def test_was_price_is_a_real_earlier_price_for_most_promotions(shop_dir, shop):
    inflated = set(json.loads((shop_dir / "shop.json").read_text())["inflated_list_price_items"])
    promos = [p for p in shop.products.values() if p.discount_pct]
    assert len(promos) >= 100
    real = 0
    for p in promos:
        hist = shop.price_history[p.item_id]
        # the list price was charged on some day of the 30 days before the promotion began
        start = next(d for d, price in reversed(hist) if price != p.price) if any(
            price != p.price for _, price in hist) else hist[0][0]
        window = [price for d, price in hist if start - timedelta(days=30) <= d <= start]
        ok = p.list_price in window
        real += ok
        assert ok != (p.item_id in inflated), p.item_id
    assert real / len(promos) >= 0.85


def test_funnels_follow_latent_preferences(shop_dir):
    users = shop_dir / "users.csv"
    ev = shop_dir / "events.parquet"
    cat = shop_dir / "catalog.csv"
    # share of purchases that fall in the user's three strongest latent categories
    share = _q(f"""
        SELECT avg(CASE WHEN json_exists(u.latent_categories, '$."' || c.category || '"') THEN 1 ELSE 0 END)
        FROM '{ev}' e JOIN '{cat}' c USING (item_id) JOIN read_csv('{users}', all_varchar=true) u USING (user_id)
        WHERE e.event_type = 'purchase'""")[0][0]
    assert share > 0.7
    # every purchase is preceded by a cart of the same item in the same session
    orphans = _q(f"""
        SELECT count(*) FROM '{ev}' p WHERE p.event_type = 'purchase' AND NOT EXISTS (
          SELECT 1 FROM '{ev}' c WHERE c.event_type = 'cart' AND c.session_id = p.session_id
            AND c.item_id = p.item_id AND c.ts <= p.ts)""")[0][0]
    assert orphans == 0
    # carts are rarer than views, purchases rarer than carts
    counts = dict(_q(f"SELECT event_type, count(*) FROM '{ev}' GROUP BY 1"))
    assert counts["view"] > 3 * counts["cart"] > 3 * counts["purchase"] * 0.9


def test_durable_goods_are_bought_once_per_user(shop_dir):
    ev, cat = shop_dir / "events.parquet", shop_dir / "catalog.csv"
    repeats = _q(f"""SELECT count(*) FROM (SELECT user_id, item_id, count(*) n FROM '{ev}' JOIN '{cat}' USING (item_id)
                    WHERE event_type = 'purchase' AND durable GROUP BY ALL) WHERE n > 1""")[0][0]
    n_durable = _q(f"SELECT count(*) FROM '{cat}' WHERE durable")[0][0]
    assert repeats == 0 and n_durable >= 60


def test_sample_shop_dir_caches_and_regenerates(tmp_path, monkeypatch):
    monkeypatch.setattr(sample_shop, "generate_sample_shop",
                        lambda d, seed=7: generate_sample_shop(d, seed=seed, n_users=60))
    d = sample_shop_dir(home=tmp_path)
    assert d == tmp_path / "sample-shop" and (d / "shop.json").is_file()
    mtime = (d / "events.parquet").stat().st_mtime_ns
    assert sample_shop_dir(home=tmp_path) == d
    assert (d / "events.parquet").stat().st_mtime_ns == mtime  # cached
    monkeypatch.setattr(sample_shop, "GENERATOR_VERSION", "test-next")
    sample_shop_dir(home=tmp_path)
    assert json.loads((d / "shop.json").read_text())["generator_version"] == "test-next"
    (d / "users.csv").write_text("tampered\n")
    sample_shop_dir(home=tmp_path)
    assert (d / "users.csv").read_text() != "tampered\n"


def test_workspace_from_env(tmp_path, monkeypatch):
    monkeypatch.setenv("PROMO_LLM_HOME", str(tmp_path / "ws"))
    assert sample_shop.workspace_home() == tmp_path / "ws"
