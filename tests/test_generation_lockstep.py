"""Lockstep duplicates (`SamplingConfig.dedupe_siblings`): candidates of one brief that write the
same copy token for token (for at least `dedupe_after` tokens) are pushed apart at the first step
where the model has another token in its nucleus; off writes exactly the old candidates, candidates that already differ keep their
picks, and a candidate still depends only on its brief and seed."""

import dataclasses

import pytest

from promo_llm.generation import SamplingConfig
from promo_llm.generation.engine import picking
from sibling_briefs import sibling_briefs as _briefs, write

COLD = SamplingConfig(temperature=0.06, hold_eos=False, ground_numbers=False, ground_names=False,
                      ground_attributes=False, no_hashtags=False, rewind=0.0, length_pressure=0.0)
"""A temperature that makes a brief's candidates write the same copy (the tiny model's logits are
near 0, so only a very low one: at 0.06 most of its duplicates are candidates that end at once, its
end of copy then holding most, not all, of the first step's nucleus)."""


def _texts(tiny_model, briefs, sampling, *, n=6, seed=3, max_rows=64):
    return write(tiny_model, briefs, sampling, n=n, seed=seed, max_rows=max_rows)


def _duplicates(texts):
    return sum(len(row) - len(set(row)) for row in texts)


def test_off_writes_exactly_the_old_candidates(tiny_model, monkeypatch):
    """Off, the step never draws in sibling order: the same candidates as the plain nucleus draw."""
    briefs = _briefs(6)
    calls = []
    real = picking.lockstep_pick

    def spy(*a, **kw):
        calls.append(1)
        return real(*a, **kw)
    monkeypatch.setattr(picking, "lockstep_pick", spy)
    off = _texts(tiny_model, briefs, COLD)
    assert not calls
    on = _texts(tiny_model, briefs, dataclasses.replace(COLD, dedupe_siblings=True))
    assert calls and on != off
    # one candidate a brief: nothing to dedupe, the same copy as off
    assert _texts(tiny_model, briefs, dataclasses.replace(COLD, dedupe_siblings=True), n=1) == \
        _texts(tiny_model, briefs, COLD, n=1)


def test_duplicate_candidates_are_pushed_apart(tiny_model):
    briefs = _briefs(8)
    off = _texts(tiny_model, briefs, COLD)
    on = _texts(tiny_model, briefs, dataclasses.replace(COLD, dedupe_siblings=True))
    assert _duplicates(off) >= 2 * len(briefs)  # the setting does make duplicates
    assert _duplicates(on) < 0.75 * _duplicates(off)


def test_a_candidate_depends_only_on_its_brief_and_seed(tiny_model):
    """Same seed: a brief's candidates are the same alone, in a batch of others, and in a batch too
    small to hold every brief at once (its siblings step with it wherever it runs)."""
    briefs = _briefs(9)
    sampling = dataclasses.replace(COLD, dedupe_siblings=True)
    together = _texts(tiny_model, briefs, sampling, max_rows=64)
    narrow = _texts(tiny_model, briefs, sampling, max_rows=12)
    assert narrow == together
    for i in (0, 5):
        assert _texts(tiny_model, [briefs[i]], sampling) == [together[i]]


def _batch(prefixes, entry=0):
    from promo_llm.generation.engine.batch import Batch, Row

    return Batch(None, None, None, None, None,
                 [Row(0, k, None, 8, list(p), entry=entry) for k, p in enumerate(prefixes)])


def test_only_exact_duplicates_avoid_the_earlier_siblings_pick():
    """Row 1 duplicates row 0 and may not take row 0's token; row 2 differs and keeps its draw;
    row 3 duplicates rows 0 and 1 and avoids both their picks; a token alone in the nucleus stays."""
    import torch

    batch = _batch([[4, 5], [4, 5], [4, 6], [4, 5]])
    vals = torch.tensor([[0.5, 0.3, 0.2]] * 4)
    idx = torch.tensor([[7, 8, 9]] * 4)
    u = torch.tensor([0.1, 0.1, 0.1, 0.1])  # every row's plain draw is token 7
    assert picking.nucleus_pick(vals, idx, 1.0, u).tolist() == [7, 7, 7, 7]
    assert picking.lockstep_pick(vals, idx, 1.0, u, batch).tolist() == [7, 8, 7, 9]
    # rows of another entry are no siblings
    other = _batch([[4, 5], [4, 5]])
    other.rows[1].entry = 1
    assert picking.lockstep_pick(vals[:2], idx[:2], 1.0, u[:2], other).tolist() == [7, 7]
    # a token holding top_p of the mass is alone in the nucleus: the duplicate keeps it
    peaked = torch.tensor([[0.95, 0.03, 0.02]] * 4)
    assert picking.lockstep_pick(peaked, idx, 0.9, u, batch).tolist() == [7, 7, 7, 7]
    # the redraw is the row's own distribution without the token: u near 1 picks its last token
    assert picking.lockstep_pick(vals[:2], idx[:2], 1.0, torch.tensor([0.1, 0.99]),
                                 _batch([[1], [1]])).tolist() == [7, 9]


def test_duplicates_shorter_than_dedupe_after_keep_their_draw():
    """`dedupe_after`: a duplicate is pushed apart only once its shared prefix is that long."""
    import torch

    vals = torch.tensor([[0.5, 0.3, 0.2]] * 2)
    idx = torch.tensor([[7, 8, 9]] * 2)
    u = torch.tensor([0.1, 0.1])
    for after, want in ((0, [7, 8]), (2, [7, 8]), (3, [7, 7]), (10, [7, 7])):
        assert picking.lockstep_pick(vals, idx, 1.0, u, _batch([[4, 5], [4, 5]]), after).tolist() == want
    # the empty prefix (a copy's first step) is a duplicate of length 0
    assert picking.lockstep_pick(vals, idx, 1.0, u, _batch([[], []]), 1).tolist() == [7, 7]
    assert picking.lockstep_pick(vals, idx, 1.0, u, _batch([[], []]), 0).tolist() == [7, 8]


def test_dedupe_after_past_every_copy_writes_the_plain_candidates(tiny_model):
    """Past the longest copy nothing is ever a duplicate long enough: exactly the candidates of the
    plain draw; at 0 the candidates are those of the first-token rule."""
    briefs = _briefs(6)
    on = dataclasses.replace(COLD, dedupe_siblings=True)
    assert _texts(tiny_model, briefs, dataclasses.replace(on, dedupe_after=10_000)) == _texts(tiny_model, briefs, COLD)
    assert _texts(tiny_model, briefs, dataclasses.replace(on, dedupe_after=0)) == _texts(tiny_model, briefs, on)


def test_campaigns_pass_dedupe_after_to_the_sampling():
    from promo_llm.config import CampaignConfig
    from promo_llm.pipeline import campaign_sampling

    assert campaign_sampling(CampaignConfig(name="x")).dedupe_after == 4
    assert campaign_sampling(CampaignConfig(name="x", dedupe_after=0)).dedupe_after == 0


@pytest.mark.parametrize("bad, message", [({"dedupe_siblings": "yes"}, "dedupe_siblings"),
                                          ({"dedupe_after": -1}, "dedupe_after"),
                                          ({"dedupe_after": "4"}, "dedupe_after"),
                                          ({"dedupe_after": True}, "dedupe_after")])
def test_campaign_keys_are_checked(bad, message):
    from promo_llm.config import CampaignConfig
    from promo_llm.errors import ConfigError

    with pytest.raises(ConfigError, match=message):
        CampaignConfig(name="x", candidates=3, **bad)
