"""Profiles and targeting on real public logs in ../shared/data (marked realdata)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

pytestmark = pytest.mark.realdata

from conftest import require_shared_data as _require


def test_cdnow_rfm_matches_an_independent_computation():
    from promo_llm.data.public import cdnow_events
    from promo_llm.profiles import build_profiles

    path = _require("cdnow", "CDNOW_master.txt")
    # independent: plain Python over the text file
    last: dict[str, date] = {}
    freq: dict[str, int] = defaultdict(int)
    money: dict[str, float] = defaultdict(float)
    with path.open() as f:
        next(f)
        for line in f:
            cust, d, _n, value = line.split()
            day = date(int(d[:4]), int(d[4:6]), int(d[6:]))
            last[cust] = max(last.get(cust, day), day)
            freq[cust] += 1
            money[cust] += float(value)
    as_of = max(last.values())
    rows = build_profiles(cdnow_events(path)).users.to_pylist()
    assert len(rows) == len(last) == 23570
    for r in rows:
        c = r["user_id"]
        assert r["frequency"] == freq[c], c
        assert r["monetary"] == pytest.approx(round(money[c], 2), abs=0.006), c
        assert r["recency_days"] == pytest.approx((as_of - last[c]).days), c


def test_movielens_profiles_have_genre_affinities():
    from promo_llm.data.public import movielens_catalog, movielens_events
    from promo_llm.profiles import build_profiles

    d = _require("movielens-100k")
    t = build_profiles(movielens_events(d), movielens_catalog(d))
    rows = t.users.to_pylist()
    assert len(rows) == 943
    assert all(r["top_categories"] for r in rows)
    top = defaultdict(int)
    for r in rows:
        top[r["top_categories"][0]["name"]] += 1
    assert max(top, key=top.get) in ("Drama", "Comedy", "Action")


def test_cf_beats_popularity_on_instacart():
    from promo_llm.data.public import instacart_events
    from promo_llm.targeting import evaluate

    r = evaluate(instacart_events(_require("instacart", "order_lines_sample.csv")), k=10, split="last")
    assert r["cf"]["recall@10"] > r["popularity"]["recall@10"], r
