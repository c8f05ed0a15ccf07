"""The run-level choice of delivered copy (`distinct_copies`): users sent the same product get
different copies where their briefs have different passing candidates; the pick is rebuilt the
same on resume; off gives each brief its reranker's best."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from crash_fixture import SlowGrounded
from shop_fixture import shop_dir  # noqa: F401

from promo_llm.config import CampaignConfig, from_dict
from promo_llm.data.shop import load_shop
from promo_llm.pipeline import run_campaign
from promo_llm.privacy import KEY_FILE
from promo_llm.rerank.distinct import Ranked, copy_key, distinct_picks

OUTPUTS = ("copies.jsonl", "copies.csv", "rejected.jsonl")


def test_copy_key_ignores_case_spacing_and_punctuation():
    assert copy_key("Regency Cakestand, now £12.75!") == copy_key("regency  cakestand now 12.75")
    assert copy_key("Regency Cakestand, now £12.75!") == "regency cakestand now 12 75"
    assert copy_key("ＳＡＬＥ：８折") == copy_key("sale 8折")
    assert copy_key("Lunch bag: £1.65") != copy_key("Lunch bag: £1.95")


def test_picks_take_briefs_in_order_and_keep_a_duplicate_only_when_nothing_else_passed():
    a, a2, b, c = Ranked("Lunch Bag: £1.65", 0.5), Ranked("lunch bag £1.65!", 0.5), \
        Ranked("A lunch bag for £1.65", 0.4), Ranked("Pack the lunch bag", 0.3)
    got = distinct_picks([[a, b], [a2, b, c], [a, b], [], [c]])
    # brief 1's best (a2) is brief 0's copy written otherwise: it delivers b; brief 2's copies were
    # both delivered before it: it keeps its best, counted; brief 3 has none passing
    assert got.picks == [0, 1, 0, None, 0]
    assert got.changed == 1 and got.duplicates_kept == 1
    assert (got.distinct, got.distinct_best) == (3, 2)
    assert got.mean_score_best == pytest.approx((0.5 + 0.5 + 0.5 + 0.3) / 4)
    assert got.mean_score_delivered == pytest.approx((0.5 + 0.4 + 0.5 + 0.3) / 4)
    off = distinct_picks([[a, b], [a2, b, c], [a, b], [], [c]], on=False)
    assert off.picks == [0, 0, 0, None, 0] and off.changed == 0 and off.distinct == 2


def _one_item(shop_dir: Path) -> str:
    """One catalogue item, which the campaign sends to every user it may."""
    return min(load_shop(shop_dir).products)


def _cfg(shop_dir: Path, **kw) -> CampaignConfig:
    base = {"name": "dist", "locale": "en-US", "channels": ["email_subject"], "candidates": 3,
            "retries": 0, "max_users": 12, "seed": 5, "send_date": "2026-11-16", "shop": str(shop_dir),
            "products": {"ids": [_one_item(shop_dir)]},
            "delivery": {"limits": {"per_day": 20, "per_week": 20}}}
    base.update(kw)
    return from_dict(CampaignConfig, base)


def _rows(out: Path) -> list[dict]:
    return [json.loads(x) for x in (out / "copies.jsonl").read_text().splitlines()]


def _db(ws: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(ws / "promo.sqlite")
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_same_product_same_candidates_get_different_copies(tmp_path, shop_dir):
    on = run_campaign(_cfg(shop_dir), generator=SlowGrounded(), home=tmp_path / "on", progress=False)
    off = run_campaign(_cfg(shop_dir, distinct_copies=False), generator=SlowGrounded(),
                       home=tmp_path / "off", progress=False)
    rows_on, rows_off = _rows(on.out_dir), _rows(off.out_dir)
    assert len(rows_on) == len(rows_off) >= 4
    assert len({r["item_id"] for r in rows_on}) == 1  # every user is sent the one product
    # every brief has the same 3 passing candidates: off, they all deliver the same best copy;
    # on, the first three users get the three copies and the rest keep the best, counted
    n_variants = len({r["copy"] for r in rows_off})
    assert n_variants == 1
    counts = Counter(r["copy"] for r in rows_on)
    assert len(counts) == 3 and counts[rows_off[0]["copy"]] == len(rows_on) - 2
    assert len({r["copy"] for r in rows_on[:3]}) == 3  # brief order: the first three differ
    assert rows_on[0]["copy"] == rows_off[0]["copy"]  # the first brief keeps its best
    m_on = json.loads((on.out_dir / "manifest.json").read_text())["counts"]["distinct_copies"]
    m_off = json.loads((off.out_dir / "manifest.json").read_text())["counts"]["distinct_copies"]
    assert (m_on["distinct"], m_on["changed_pick"], m_on["duplicates_kept"]) == (3, 2, len(rows_on) - 3)
    assert (m_off["distinct"], m_off["changed_pick"], m_off["duplicates_kept"]) == (1, 0, 0)
    assert m_on["mean_score_best_pick"] == m_off["mean_score_delivered"]
    assert m_on["mean_score_delivered"] < m_on["mean_score_best_pick"]
    # the scores and verdicts of the candidates are the same either way; only the pick moved
    cols = "brief_id, idx, text, passed, violations, score"
    assert _db(tmp_path / "on", f"SELECT {cols} FROM candidates ORDER BY 1, 2") == \
        _db(tmp_path / "off", f"SELECT {cols} FROM candidates ORDER BY 1, 2")
    # the workspace agrees with the output: one chosen candidate per brief, the delivered copy
    for ws, rows in ((tmp_path / "on", rows_on), (tmp_path / "off", rows_off)):
        chosen = dict(_db(ws, "SELECT user_id, text FROM candidates WHERE chosen=1"))
        sends = dict(_db(ws, "SELECT user_id, copy FROM sends"))
        assert chosen == sends == {r["user_id"]: r["copy"] for r in rows}


def test_off_delivers_every_briefs_best_candidate(tmp_path, shop_dir):
    run_campaign(_cfg(shop_dir, distinct_copies=False), generator=SlowGrounded(), home=tmp_path,
                 progress=False)
    best = _db(tmp_path, "SELECT brief_id, MAX(score) FROM candidates WHERE passed=1 GROUP BY brief_id")
    chosen = dict(_db(tmp_path, "SELECT brief_id, score FROM candidates WHERE chosen=1"))
    assert best and all(chosen[b] == s for b, s in best)


class Crashing(SlowGrounded):
    """Writes the briefs last to first and fails after `after` of them: a run that died with
    its later briefs committed and its earlier ones not."""

    def __init__(self, after: int):
        super().__init__()
        self.after = after

    def generate(self, prompts, specs, n, seed, sampling=None, retry=None):
        order = list(reversed(range(len(prompts))))
        for done, i in enumerate(order):
            if done == self.after:
                raise RuntimeError("killed")
            cands = super().generate([prompts[i]], [specs[i]], n, seed, sampling)[0]
            if retry is not None:
                retry.accept(i, cands)
        raise AssertionError("the run was meant to die first")


@pytest.mark.parametrize("distinct", [True, False])
def test_resume_gives_the_uninterrupted_bytes(tmp_path, shop_dir, distinct):
    cfg = _cfg(shop_dir, distinct_copies=distinct)
    ref = run_campaign(cfg, generator=SlowGrounded(), home=tmp_path / "ref", progress=False)
    ws = tmp_path / "ws"
    ws.mkdir()  # with the reference's pseudonym key, so the analysis outputs compare
    (ws / KEY_FILE).write_bytes((tmp_path / "ref" / KEY_FILE).read_bytes())
    with pytest.raises(RuntimeError, match="killed"):
        run_campaign(cfg, generator=Crashing(after=3), home=ws, run_id=ref.run_id, progress=False)
    assert len(_db(ws, "SELECT brief_id FROM run_briefs")) == 3
    run_campaign(cfg, generator=SlowGrounded(), home=ws, run_id=ref.run_id, resume=True, progress=False)
    for name in OUTPUTS:
        assert (ws / "runs" / ref.run_id / name).read_bytes() == \
            (tmp_path / "ref" / "runs" / ref.run_id / name).read_bytes(), name
    for table, order in (("sends", "send_id"), ("candidates", "brief_id, idx")):
        assert _db(ws, f"SELECT * FROM {table} ORDER BY {order}") == \
            _db(tmp_path / "ref", f"SELECT * FROM {table} ORDER BY {order}")
    m = json.loads((ws / "runs" / ref.run_id / "manifest.json").read_text())["counts"]
    m_ref = json.loads((tmp_path / "ref" / "runs" / ref.run_id / "manifest.json").read_text())["counts"]
    assert m["resumed_briefs"] == 3 and m["distinct_copies"] == m_ref["distinct_copies"]
    assert m["distinct_copies"]["changed_pick"] == (2 if distinct else 0)


def test_generate_prints_the_distinct_count(tmp_path, shop_dir, monkeypatch):
    import yaml
    from crash_fixture import install
    from typer.testing import CliRunner

    from promo_llm.cli import app
    from promo_llm.config import config_to_dict

    install(0.0, monkeypatch.setattr)
    camp = tmp_path / "c.yaml"
    camp.write_text(yaml.safe_dump(json.loads(json.dumps(config_to_dict(_cfg(shop_dir)), default=str))))
    res = CliRunner().invoke(app, ["generate", str(camp), "--workspace", str(tmp_path / "ws")])
    assert res.exit_code == 0, res.output
    n = int(res.output.split(" copies for ")[0].rsplit(" ", 1)[1])
    assert f"distinct copies: 3 of {n} (2 briefs deliver a later candidate than their best, {n - 3} kept" \
        in res.output
