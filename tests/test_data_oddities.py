"""Oddities in a shop's data are said plainly: numbers mapped as timestamps that are not times,
events long before the send date, and every user of the shop accounted for in a run's summary."""

import json
import re

import pyarrow as pa
import pytest
from typer.testing import CliRunner

from promo_llm.data.loaders import Quarantine, load_table, validate
from promo_llm.errors import DataError
from promo_llm.generation import FakeGenerator
from shop_fixture import shop_dir  # noqa: F401  (one sample shop for the module)
from test_pipeline import cfg, grounded_copy


def _events(ts):
    n = len(ts)
    return pa.table({"user_id": [f"u{i}" for i in range(n)], "item_id": ["i"] * n,
                     "event_type": ["view"] * n, "order_number": ts})


def test_small_integers_mapped_as_timestamps_are_an_error_naming_file_row_and_column(tmp_path):
    f = tmp_path / "orders.csv"
    f.write_text("user_id,item_id,event_type,order_number\n" +
                 "".join(f"u{i},i{i},purchase,{i + 1}\n" for i in range(20)))
    with pytest.raises(DataError) as e:
        load_table(f, "events", column_map={"ts": "order_number"})
    assert (e.value.file, e.value.row, e.value.column) == ("orders.csv", 1, "ts")
    assert "'1' is a number but not a time" in str(e.value) and "20 of 20 rows" in str(e.value)
    # a quarantine does not swallow a whole column of non-times: that is a mapping mistake
    with pytest.raises(DataError, match="not a time"):
        load_table(f, "events", column_map={"ts": "order_number"}, quarantine=Quarantine(None))


def test_integer_typed_columns_get_the_same_check():
    with pytest.raises(DataError, match="not a time"):
        validate(_events(pa.array([3, 4, 5], pa.int64())), "events", "e.parquet",
                 column_map={"ts": "order_number"})


def test_plausible_epoch_times_and_dates_still_parse():
    t = validate(_events(["1700000000", "1700000000000", "20231114", "2023-11-14T22:13:20"]), "events",
                 "e.csv", column_map={"ts": "order_number"}).table
    assert [d.date().isoformat() for d in t.column("ts").to_pylist()] == ["2023-11-14"] * 4


def test_one_stray_number_is_a_quarantined_row_with_its_reason():
    q = Quarantine(None)
    t = validate(_events(["1700000000", "1700000100", "17"]), "events", "e.csv",
                 column_map={"ts": "order_number"}, quarantine=q).table
    assert t.num_rows == 2
    assert [(r["row"], r["column"]) for r in q.rows] == [(3, "ts")]
    assert q.rows[0]["reason"].startswith("implausible timestamp: '17'")


def test_stale_events_warning_gives_the_gap():
    from datetime import date, datetime

    from promo_llm.data.shop import stale_events_warning

    ev = pa.table({"ts": pa.array([datetime(1998, 6, 30, 12), datetime(1997, 1, 1)], pa.timestamp("s"))})
    w = stale_events_warning(ev, date(2026, 11, 16), "events.csv")
    assert "1998-06-30" in w and "10366 days (28.4 years)" in w and "2026-11-16" in w
    assert stale_events_warning(ev, date(1999, 6, 1)) is None  # 336 days: within the year


def test_a_run_long_after_the_last_event_warns_in_the_manifest(tmp_path, capsys, shop_dir):
    res = run_campaign(cfg(max_users=4, send_date="2028-06-01", shop=str(shop_dir)), generator=FakeGenerator(fn=grounded_copy),
                       out_dir=tmp_path / "o", progress=False)
    assert len(res.warnings) == 1 and "564 days (1.5 years) before the send date 2028-06-01" in res.warnings[0]
    assert res.warnings[0] in capsys.readouterr().err
    assert json.loads((tmp_path / "o" / "manifest.json").read_text())["warnings"] == res.warnings
    assert run_campaign(cfg(max_users=4, shop=str(shop_dir)), generator=FakeGenerator(fn=grounded_copy),
                        out_dir=tmp_path / "p", progress=False).warnings == []


def run_campaign(*a, **kw):
    from promo_llm.pipeline import run_campaign as run

    return run(*a, **kw)


def _blocks_some(prompt, i):
    """Blocked copy for every brief whose user id ends in an even digit, grounded copy otherwise."""
    uid = prompt.brief_id.split(":")[0]
    return "The best deal ever, guaranteed!!!" if uid[-1] in "02468" else grounded_copy(prompt, i)


def test_every_shop_user_is_accounted_for_by_reason(tmp_path, shop_dir):
    from promo_llm.data.shop import load_shop

    profiles = load_shop(shop_dir).profiles
    segment_users = [u for u in profiles.values() if u.locale == "en-US" and u.segment == "active"]
    suppressed = [u.user_id for u in segment_users][:3]
    (tmp_path / "suppress.txt").write_text("\n".join(suppressed) + "\n")
    c = cfg(max_users=25, shop=str(shop_dir), candidates=2, retries=0, audience={"segments": ["active"]},
            delivery={"limits": {"per_day": 20, "per_week": 20, "suppress": str(tmp_path / "suppress.txt")}})
    res = run_campaign(c, generator=FakeGenerator(fn=_blocks_some), out_dir=tmp_path / "o",
                       progress=False, shard=(1, 2))
    t = res.tally
    assert t["shop users"] == len(profiles)
    assert sum(n for k, n in t.items() if k != "shop users") == len(profiles)
    assert t["written"] == res.n_copies > 0
    assert t["nothing passed the guardrails"] == res.n_briefs - res.n_copies > 0
    assert t["other locale"] == sum(1 for u in profiles.values() if u.locale != "en-US")
    assert t["not in audience.segments"] == sum(1 for u in profiles.values()
                                                if u.locale == "en-US" and u.segment != "active")
    assert t["over max_users"] == len(segment_users) - 25
    assert t["other shards"] + res.n_users == 25
    assert t.get("suppressed", 0) == res.skipped.get("suppressed", 0)
    assert "unaccounted" not in t


def test_the_generate_summary_line_adds_up(tmp_path, monkeypatch, shop_dir):
    from promo_llm import pipeline
    from promo_llm.cli import app

    monkeypatch.setattr(pipeline, "default_generator", lambda cfg, **kw: (FakeGenerator(fn=_blocks_some), {}))
    camp = tmp_path / "c.yaml"
    camp.write_text(f"name: t\nmax_users: 12\ncandidates: 1\nretries: 0\nsend_date: 2026-11-16\nshop: {shop_dir}\n")
    result = CliRunner().invoke(app, ["generate", str(camp), "--out", str(tmp_path / "o")])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if ln.startswith("users: "))
    total, parts = re.fullmatch(r"users: (\d+) in the shop = (.+)", line).groups()
    counts = {m.group(2): int(m.group(1)) for m in re.finditer(r"(\d+) ([^+]+?)(?: \+ |$)", parts)}
    assert sum(counts.values()) == int(total) > 12
    assert {"written", "nothing passed the guardrails", "other locale", "over max_users"} <= set(counts)
