"""The sibling penalty (`SamplingConfig.sibling_penalty`): a brief's candidates share fewer
tokens with it on, off writes exactly what the engine wrote without it, and a candidate still
depends only on its own brief and seed (not on the batch it shared)."""

import dataclasses

import pytest

from promo_llm.channels import channel_spec
from promo_llm.generation import HFGenerator, SamplingConfig
from promo_llm.generation.engine import picking
from promo_llm.prompting import render_prompt
from promo_llm.records import Brief, Offer, Product, UserProfile

CHANNELS = ("push", "sms", "email_subject", "social")
FREE = SamplingConfig(temperature=0.7, hold_eos=False, ground_numbers=False, ground_names=False,
                      ground_attributes=False, no_hashtags=False, rewind=0.0, length_pressure=0.0)


def _briefs(count):
    return [Brief(brief_id=f"u{i}:p{i}:{CHANNELS[i % 4]}", user=UserProfile(user_id=f"u{i}"),
                  product=Product(item_id=f"p{i}", title=f"Item {i}" + " extra" * (i % 5), category="Gear",
                                  price=20 + i, brand="Alpina"),
                  channel=CHANNELS[i % 4], locale="en-US", offer=Offer())
            for i in range(count)]


def _ids(tiny_model, briefs, sampling, *, n=4, seed=3, max_rows=64):
    model, tok = tiny_model
    gen = HFGenerator(model, tok, max_rows=max_rows, progress=False)
    prompts = [render_prompt(b, tok) for b in briefs]
    out = gen.generate(prompts, [channel_spec(b.channel, b.locale) for b in briefs], n, seed, sampling)
    return [[c.text for c in cs] for cs in out], tok


def _shared(texts, tok):
    """Per brief, the share of its candidates' tokens that another of its candidates also wrote,
    pooled over briefs."""
    shared = total = 0
    for row in texts:
        own = [set(tok(t, add_special_tokens=False)["input_ids"]) for t in row]
        for k, mine in enumerate(own):
            others = set().union(*(o for j, o in enumerate(own) if j != k))
            shared += len(mine & others)
            total += len(mine)
    return shared / max(1, total)


def test_off_writes_exactly_the_old_candidates(tiny_model, monkeypatch):
    """sibling_penalty 1 builds no `Siblings` at all: the engine's step is the one before it."""
    briefs = _briefs(6)
    made = []
    real = picking.Siblings.__init__

    def spy(self, *a, **kw):
        made.append(1)
        real(self, *a, **kw)
    monkeypatch.setattr(picking.Siblings, "__init__", spy)
    off, _ = _ids(tiny_model, briefs, FREE)
    assert not made
    on, _ = _ids(tiny_model, briefs, dataclasses.replace(FREE, sibling_penalty=1.5))
    assert made and on != off
    # a penalty of 1 multiplies nothing: the same candidates as off
    monkeypatch.setattr(picking.Siblings, "__init__", real)
    assert _ids(tiny_model, briefs, dataclasses.replace(FREE, sibling_penalty=1.0))[0] == off


def test_siblings_share_fewer_tokens_with_the_penalty(tiny_model):
    briefs = _briefs(8)
    off, tok = _ids(tiny_model, briefs, FREE, n=6)
    on, _ = _ids(tiny_model, briefs, dataclasses.replace(FREE, sibling_penalty=3.0), n=6)
    assert _shared(on, tok) < _shared(off, tok) - 0.05


def test_a_candidate_depends_only_on_its_brief_and_seed(tiny_model):
    """Same seed: a brief's candidates are the same alone, in a batch of others, and in a batch too
    small to hold every brief at once (briefs refilled into rows other briefs finished)."""
    briefs = _briefs(9)
    sampling = dataclasses.replace(FREE, sibling_penalty=2.0)
    together, _ = _ids(tiny_model, briefs, sampling, max_rows=64)
    narrow, _ = _ids(tiny_model, briefs, sampling, max_rows=8)
    assert narrow == together
    for i in (0, 5):
        assert _ids(tiny_model, [briefs[i]], sampling)[0] == [together[i]]


def test_siblings_tokens_are_penalised_not_the_rows_own():
    """A token a sibling wrote is penalised like a repetition (divided where positive, multiplied
    where negative); the row's own tokens are left to the repetition penalty, and an end of copy
    is not noted."""
    import torch

    from promo_llm.generation.engine.batch import Batch, Row

    sib = picking.Siblings(3, 4, torch.device("cpu"))
    sib.begin([0], [[1, 5, 6]])
    rows = [Row(0, k, None, 4, [], entry=0) for k in range(3)]
    batch = Batch(None, None, None, None, None, rows)
    sib.note(batch, [5, 8, 2], eos={2})  # row 0 writes 5, row 1 writes 8, row 2 ends
    for r, t in zip(rows, [5, 8]):
        r.tokens.append(t)
    logits = torch.full((3, 10), 2.0)
    logits[:, 8] = -1.0
    out = logits.clone()
    sib.penalise(out, batch, 2.0)
    assert out[1, 5] == out[2, 5] == pytest.approx(1.0)  # row 0's token, for its siblings
    assert out[0, 8] == out[2, 8] == pytest.approx(-2.0)  # row 1's (a negative logit)
    assert out[0, 5] == pytest.approx(2.0) and out[1, 8] == pytest.approx(-1.0)  # their own: untouched
    assert out[0, 2] == pytest.approx(2.0)  # the end of copy row 2 wrote is no sibling token
    # the prompt's first id fills what is not written yet (the chat template's opener): no penalty
    assert out[0, 1] == pytest.approx(2.0)
