"""`--shard K/N` end to end: the shards' candidates and copies are exactly the unsharded run's.

The real pipeline (sample shop, guardrails, rerank) runs with the tiny model behind the real HF
engine, so this proves that generation for a brief does not depend on which other briefs share
the batch. tests/test_pipeline.py covers the same partition with a fake generator.
"""

import pytest

from promo_llm.config import CampaignConfig, from_dict
from promo_llm.generation import HFGenerator
from promo_llm.pipeline import run_campaign

pytest.importorskip("promo_llm.data.shop")
pytest.importorskip("promo_llm.guardrails")


class Recording:
    """Passes through to the HF engine and keeps every brief's candidate texts."""

    name = "recording"

    def __init__(self, inner):
        self.inner, self.tokenizer, self.seen = inner, inner.tokenizer, {}

    def generate(self, prompts, specs, n, seed, sampling=None):
        out = self.inner.generate(prompts, specs, n, seed, *([sampling] if sampling else []))
        for cs in out:
            self.seen[cs[0].brief_id] = [c.text for c in cs]
        return out


def test_shards_concatenate_to_the_unsharded_run(tiny_model, tmp_path):
    model, tok = tiny_model
    cfg = from_dict(CampaignConfig, {"name": "shards", "max_users": 24, "candidates": 2, "seed": 11,
                                     "send_date": "2026-11-16", "channels": ["push", "sms", "email_subject"],
                                     # each brief's best: distinct copies are chosen within a run,
                                     # and a shard is a run of its own
                                     "distinct_copies": False})

    def run(shard, max_rows):
        gen = Recording(HFGenerator(model, tok, max_rows=max_rows, progress=False))
        # the shards share one workspace, the unsharded run has its own: a send it records would
        # count against the same users' frequency caps in the shards' runs on the same send date
        res = run_campaign(cfg, generator=gen, out_dir=tmp_path / f"{shard}-{max_rows}", shard=shard,
                           home=tmp_path / ("ws-shards" if shard else "ws-full"), progress=False)
        return gen.seen, res.copies

    full_seen, full_copies = run(None, 64)
    shard_seen, shard_copies = {}, []
    for k in (1, 2, 3):
        seen, copies = run((k, 3), 8)  # other batch width too: other batch neighbours, refills
        assert not set(seen) & set(shard_seen)
        shard_seen.update(seen)
        shard_copies += copies
    assert len(full_seen) > 3
    assert shard_seen == full_seen
    key = lambda r: (r["user_id"], r["item_id"], r["channel"], r["copy"], r["score"])
    assert sorted(map(key, shard_copies)) == sorted(map(key, full_copies))
