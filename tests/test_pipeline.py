"""The whole campaign run on the sample shop, with a fake generator driving the real stages."""

import json
import re

import pytest
from typer.testing import CliRunner

from promo_llm.cli import app
from promo_llm.config import CampaignConfig, from_dict
from promo_llm.generation import FakeGenerator
from promo_llm.pipeline import run_campaign
from promo_llm.privacy import Pseudonymizer
from promo_llm.store import Store


def grounded_copy(prompt, i):
    """Copy built from the prompt's own facts, so it is true to the record (varies by i)."""
    text = prompt.text
    title = re.search(r"(?:Product|商品)[:：]\s*(.+)", text).group(1).strip()
    price = re.search(r"(?:Price|价格)[:：]\s*([^\s（(]+)", text).group(1).strip()
    if "zh/" in prompt.template:
        if prompt.template.endswith("sms.j2"):
            sig = re.search(r"以【(.+?)】开头", text).group(1)
            return f"【{sig}】{title}现价{price}，喜欢就来看看吧。回T退订"
        if prompt.template.endswith("push.j2"):
            return f"{title[:18]}\n现价{price}，点击查看详情。"
        return f"{title}，现价{price}，欢迎选购。"
    openers = ["Take a look", "Have a look", "See it today", "Worth a look"]
    if prompt.template.endswith("sms.j2"):
        return f"{title} is {price}. {openers[i % 4]} in the app. Reply STOP to opt out"
    if prompt.template.endswith("push.j2"):
        return f"{openers[i % 4]}\n{title} for {price}. Shop now."
    return f"{title} for {price}: {openers[i % 4].lower()}."


def cfg(**kw):
    # these tests compare runs of one campaign in one workspace: caps that allow it
    base = {"name": "t", "max_users": 30, "candidates": 3, "seed": 3, "send_date": "2026-11-16",
            "channels": ["push", "sms", "email_subject"],
            "delivery": {"limits": {"per_day": 20, "per_week": 20}}}
    base.update(kw)
    return from_dict(CampaignConfig, base)


def test_run_writes_outputs_manifest_and_database(tmp_path):
    res = run_campaign(cfg(), generator=FakeGenerator(fn=grounded_copy), out_dir=tmp_path / "o",
                       progress=False)
    assert res.n_copies > 0 and res.n_briefs >= res.n_copies
    rows = [json.loads(x) for x in (tmp_path / "o" / "copies.jsonl").read_text().splitlines()]
    assert len(rows) == res.n_copies
    for r in rows:
        assert {"user_id", "item_id", "channel", "locale", "copy", "score", "n_candidates", "verdict",
                "send_at", "propensity"} <= set(r)
        assert r["verdict"]["passed"] and 0 < r["propensity"] <= 1 and r["n_candidates"] == 3
    manifest = json.loads((tmp_path / "o" / "manifest.json").read_text())
    assert manifest["config"]["seed"] == 3 and manifest["templates"] and manifest["packages"]["torch"]
    assert manifest["counts"]["copies"] == res.n_copies
    assert (tmp_path / "o" / "copies.csv").read_text(encoding="utf-8-sig").startswith("send_id,")
    from promo_llm.store import Store

    assert any(r["run_id"] == res.run_id and r["n_copies"] == res.n_copies for r in Store().runs())


class SeedRecorder(FakeGenerator):
    """Blocked copy in the first round, grounded copy in retry rounds; records each call's seed."""

    def __init__(self):
        super().__init__(fn=self.write)
        self.seeds, self.round_briefs = [], []

    def write(self, prompt, i):
        return grounded_copy(prompt, i) if len(self.seeds) > 1 else "The best deal ever, guaranteed!!!"

    def generate(self, prompts, specs, n, seed, sampling=None):
        self.seeds.append(seed)
        self.round_briefs.append([p.brief_id for p in prompts])
        return super().generate(prompts, specs, n, seed)


def test_the_campaign_penalises_repeats_in_the_copy_not_the_prompt(tmp_path):
    seen = []

    class Recorder(FakeGenerator):
        def generate(self, prompts, specs, n, seed, sampling=None):
            seen.append(sampling)
            return super().generate(prompts, specs, n, seed)
    run_campaign(cfg(max_users=2, repetition_penalty=1.3), generator=Recorder(fn=grounded_copy),
                 out_dir=tmp_path / "o", progress=False)
    assert seen and all(s.repetition_penalty == 1.3 and not s.penalize_prompt for s in seen)


def test_briefs_with_every_candidate_blocked_get_a_retry_round(tmp_path):
    gen = SeedRecorder()
    res = run_campaign(cfg(max_users=6, candidates=2, retries=1), generator=gen, out_dir=tmp_path / "o",
                       progress=False)
    assert len(gen.seeds) == 2 and gen.seeds[1] != gen.seeds[0]  # a seed of its own for the retry
    assert gen.round_briefs[1] == gen.round_briefs[0]              # every brief was blocked
    plain = run_campaign(cfg(max_users=6, candidates=2, retries=0), generator=FakeGenerator(fn=grounded_copy),
                         out_dir=tmp_path / "p", progress=False)
    assert res.n_copies == plain.n_copies > 0 and res.n_candidates == res.n_briefs * 4
    rows = [json.loads(x) for x in (tmp_path / "o" / "copies.jsonl").read_text().splitlines()]
    assert all(r["n_candidates"] == 4 and r["n_passed"] >= 1 for r in rows)
    rejected = [json.loads(x) for x in (tmp_path / "o" / "rejected.jsonl").read_text().splitlines()]
    blocked = [r for r in rejected if "violations" in r]
    pz = Pseudonymizer(Store().home)  # rejected.jsonl carries pseudonymous user ids
    delivered = {(pz(r["user_id"]), r["item_id"]) for r in rows}
    assert {r["candidate"] for r in blocked} >= {0, 1}
    # a retry candidate (index 2 or 3) is blocked only in a brief that delivered nothing
    assert all((r["user_id"], r["item_id"]) not in delivered for r in blocked if r["candidate"] >= 2)
    manifest = json.loads((tmp_path / "o" / "manifest.json").read_text())
    assert manifest["counts"]["retried_briefs"] == res.n_briefs
    none = SeedRecorder()
    res0 = run_campaign(cfg(max_users=6, candidates=2, retries=0), generator=none, out_dir=tmp_path / "n",
                        progress=False)
    assert len(none.seeds) == 1 and res0.n_copies == 0


def test_blocked_candidates_go_to_rejected_with_reasons(tmp_path):
    bad = "The best price in the world, guaranteed!!! Call 555-123-4567"
    res = run_campaign(cfg(max_users=5, candidates=2, retries=1), generator=FakeGenerator([bad]),
                       out_dir=tmp_path / "o", progress=False)
    # 2 candidates, then one retry round of 2 more: every one of them blocked and kept
    assert res.n_copies == 0 and res.n_rejected == res.n_briefs * 4 == res.n_candidates
    rejected = [json.loads(x) for x in (tmp_path / "o" / "rejected.jsonl").read_text().splitlines()]
    blocked = [r for r in rejected if "violations" in r]
    assert blocked and all(r["violations"] for r in blocked)


def test_same_seed_same_run(tmp_path):
    a = run_campaign(cfg(), generator=FakeGenerator(fn=grounded_copy), out_dir=tmp_path / "a",
                     progress=False)
    b = run_campaign(cfg(), generator=FakeGenerator(fn=grounded_copy), out_dir=tmp_path / "b",
                     progress=False)
    strip = lambda rows: [{k: v for k, v in r.items() if k != "send_id"} for r in rows]
    assert strip(a.copies) == strip(b.copies)


@pytest.mark.parametrize("distinct", [False, True])
def test_shards_partition_the_audience(tmp_path, distinct):
    full = run_campaign(cfg(distinct_copies=distinct), generator=FakeGenerator(fn=grounded_copy),
                        out_dir=tmp_path / "f", progress=False)
    parts = []
    for k in (1, 2, 3):
        r = run_campaign(cfg(distinct_copies=distinct), generator=FakeGenerator(fn=grounded_copy),
                         out_dir=tmp_path / f"s{k}", shard=(k, 3), progress=False)
        parts += r.copies
    key = lambda r: (r["user_id"], r["item_id"], r["channel"]) + (() if distinct else (r["copy"],))
    assert sorted(map(key, parts)) == sorted(map(key, full.copies))
    # a shard is a run of its own: its copies are distinct among themselves, not across shards,
    # so with distinct_copies the shards may deliver another passing candidate than the full run


def test_zh_campaign_runs(tmp_path):
    res = run_campaign(cfg(locale="zh-CN", brand_signature="优选"), generator=FakeGenerator(fn=grounded_copy),
                       out_dir=tmp_path / "o", progress=False)
    assert res.n_briefs > 0
    assert all(r["locale"] == "zh-CN" for r in res.copies)


def test_cli_exit_3_when_nothing_passes(tmp_path, monkeypatch):
    from promo_llm import pipeline

    monkeypatch.setattr(pipeline, "default_generator",
                        lambda cfg, **kw: (FakeGenerator(["#1 best ever!!! guaranteed"]), {}))
    camp = tmp_path / "c.yaml"
    camp.write_text("name: t\nmax_users: 3\ncandidates: 1\nsend_date: 2026-11-16\n")
    result = CliRunner().invoke(app, ["generate", str(camp), "--out", str(tmp_path / "o")])
    assert result.exit_code == 3, result.output
    assert "no candidate passed the guardrails" in result.output


def test_a_promotion_is_offered_as_the_whole_percent_below_its_discount():
    from promo_llm.guardrails import Guardrails
    from promo_llm.offers import make_offer
    from promo_llm.records import Brief, Product, UserProfile

    cfg = from_dict(CampaignConfig, {"name": "t"})
    p = Product(item_id="P1", title="Alpina Trail Boots", category="Footwear", price=85.29, brand="Alpina",
                list_price=99.99, discount_pct=14.7)
    offer = make_offer(cfg, p)
    assert offer.discount_pct == 14
    assert make_offer(cfg, Product(item_id="P2", title="x", category="y", price=84.99, list_price=99.99,
                                   discount_pct=15.0)).discount_pct == 15
    assert make_offer(cfg, Product(item_id="P3", title="x", category="y", price=9.99)).discount_pct is None
    # a campaign's own discount is kept as written
    assert make_offer(from_dict(CampaignConfig, {"name": "t", "offer": {"discount_pct": 12.5}}), p).discount_pct == 12.5
    # and the guardrails accept the offered percent in copy
    brief = Brief("b", UserProfile(user_id="u", locale="en-US"), p, "email_subject", "en-US", offer=offer)
    v = Guardrails.load().check("14% off the Alpina Trail Boots", brief)
    assert v.passed, v.violations
