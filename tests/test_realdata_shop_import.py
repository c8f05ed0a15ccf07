"""Shop import on the real Online Retail export in ../shared/data (marked realdata)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.realdata

from conftest import require_shared_data as _require

EXPORT = ("online-retail", "online_retail_2010-12_2011-09.csv.gz")


@pytest.fixture(scope="module")
def retail_shop(tmp_path_factory) -> Path:
    from promo_llm.shopimport.build import ConsentSource, import_shop
    from promo_llm.shopimport.columns import load_column_map

    path = _require(*EXPORT)
    out = tmp_path_factory.mktemp("retail")
    r = import_shop(path, out, load_column_map(), ConsentSource(assume=("email",)))
    c = r.counts
    assert c["read"] == 370931
    assert c["read"] == c["purchase"] + c["return"] + c["malformed"] + c["adjustment"] + c["no_customer"] \
        + c["non_positive_price"]
    assert c["no_customer"] > 90000 and c["return"] > 5000 and c["adjustment"] > 1000
    return out


def test_retail_rfm_matches_an_independent_pandas_computation(retail_shop):
    import pandas as pd

    from promo_llm.data.shop import load_shop

    # independent: pandas over the raw export, with the rules written out again here
    df = pd.read_csv(_require(*EXPORT), dtype={"CustomerID": str, "StockCode": str, "InvoiceNo": str})
    desc = df.Description.fillna("")
    up, low = desc.str.count("[A-Z]"), desc.str.count("[a-z]")
    product = df.StockCode.str.contains(r"\d{4}") & ~(low > up)
    keep = product & df.CustomerID.notna() & (df.UnitPrice > 0)
    kept = df[keep].copy()
    kept["ts"] = (pd.to_datetime(kept.InvoiceDate, format="%m/%d/%Y %H:%M").dt.tz_localize("Europe/London")
                  .dt.tz_convert("UTC").dt.tz_localize(None))
    as_of = kept.ts.max()
    buys = kept[~kept.InvoiceNo.str.startswith("C") & (kept.Quantity > 0)]
    g = buys.groupby("CustomerID")
    want = pd.DataFrame({"frequency": g.size(), "monetary": g.apply(lambda x: (x.Quantity * x.UnitPrice).sum()),
                         "recency": (as_of - g.ts.max()).dt.total_seconds() / 86400})
    shop = load_shop(retail_shop)
    buyers = {u: p for u, p in shop.profiles.items() if p.frequency > 0}
    assert set(buyers) == set(want.index)
    for u, p in buyers.items():
        w = want.loc[u]
        assert p.frequency == w.frequency, u
        assert p.monetary == pytest.approx(round(w.monetary, 2), abs=0.006), u
        assert p.recency_days == pytest.approx(w.recency, abs=0.001), u


def test_retail_cf_beats_popularity_on_the_last_month(retail_shop):
    import pyarrow.parquet as pq

    from promo_llm.targeting import evaluate

    ev = pq.read_table(retail_shop / "events.parquet")
    r = evaluate(ev, k=10, split="month", name="online-retail")
    print("online-retail last month held out:", r)
    assert r["test_users"] > 1000
    assert r["cf"]["recall@10"] > r["popularity"]["recall@10"], r


def test_retail_profiles_are_identical_from_one_process_to_the_next(retail_shop, tmp_path):
    """`profiles build` on the imported shop: the same bytes in another process with another hash
    seed, and the same table with the catalog's rows reversed (the shop has users whose interests
    tie; equal weights list names in name order)."""
    import os
    import subprocess
    import sys

    import pyarrow as pa

    from promo_llm.data.loaders import load_table
    from promo_llm.profiles import build_profiles, write_table

    repo = Path(__file__).resolve().parents[1]
    cmd = [sys.executable, "-m", "promo_llm", "profiles", "build", "--events", str(retail_shop / "events.parquet"),
           "--catalog", str(retail_shop / "catalog.csv"), "--users", str(retail_shop / "users.csv"),
           "--out", str(tmp_path / "other.jsonl")]
    env = dict(os.environ, PYTHONHASHSEED="1", PYTHONPATH=str(repo), HF_HUB_OFFLINE="1")
    done = subprocess.run(cmd, env=env, cwd=repo, capture_output=True, text=True, timeout=300,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    events = load_table(retail_shop / "events.parquet", "events").table
    catalog = load_table(retail_shop / "catalog.csv", "catalog").table
    users = load_table(retail_shop / "users.csv", "users").table
    here = build_profiles(events, catalog, users)
    write_table(here.users, tmp_path / "here.jsonl")
    assert (tmp_path / "here.jsonl").read_bytes() == (tmp_path / "other.jsonl").read_bytes()
    flipped = build_profiles(events, catalog.take(pa.array(range(catalog.num_rows - 1, -1, -1))), users)
    assert flipped.users.equals(here.users)
    # weights as written (4 decimals) tie for many users: the order among them is what varied
    shown = [[c["weight"] for c in r["top_categories"]] for r in here.users.to_pylist()]
    assert all(w == sorted(w, reverse=True) for w in shown)
    assert sum(len(set(w)) < len(w) for w in shown) > 50
