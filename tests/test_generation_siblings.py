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
    enc = [set(tok(p.text, add_special_tokens=False)["input_ids"]) for p in prompts]
    return [[c.text for c in cs] for cs in out], enc, tok


def _shared(texts, enc, tok):
    """Per brief, the share of its candidates' own tokens (not in its prompt) that another of its
    candidates also wrote, pooled over briefs."""
    shared = total = 0
    for row, prompt in zip(texts, enc):
        own = [set(tok(t, add_special_tokens=False)["input_ids"]) - prompt for t in row]
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
    off, _, _ = _ids(tiny_model, briefs, FREE)
    assert not made
    on, _, _ = _ids(tiny_model, briefs, dataclasses.replace(FREE, sibling_penalty=1.5))
    assert made and on != off
    # a penalty of 1 multiplies nothing: the same candidates as off
    monkeypatch.setattr(picking.Siblings, "__init__", real)
    assert _ids(tiny_model, briefs, dataclasses.replace(FREE, sibling_penalty=1.0))[0] == off


def test_siblings_share_fewer_tokens_with_the_penalty(tiny_model):
    briefs = _briefs(8)
    off, enc, tok = _ids(tiny_model, briefs, FREE, n=6)
    on, _, _ = _ids(tiny_model, briefs, dataclasses.replace(FREE, sibling_penalty=3.0), n=6)
    assert _shared(on, enc, tok) < _shared(off, enc, tok) - 0.05


def test_a_candidate_depends_only_on_its_brief_and_seed(tiny_model):
    """Same seed: a brief's candidates are the same alone, in a batch of others, and in a batch too
    small to hold every brief at once (briefs refilled into rows other briefs finished)."""
    briefs = _briefs(9)
    sampling = dataclasses.replace(FREE, sibling_penalty=2.0)
    together, _, _ = _ids(tiny_model, briefs, sampling, max_rows=64)
    narrow, _, _ = _ids(tiny_model, briefs, sampling, max_rows=8)
    assert narrow == together
    for i in (0, 5):
        assert _ids(tiny_model, [briefs[i]], sampling)[0] == [together[i]]


def test_prompt_tokens_are_not_penalised():
    """Tokens the prompt holds are left as they were; siblings' other tokens are penalised, the
    row's own and ends of copy are not noted."""
    import torch

    from promo_llm.generation.engine.batch import Batch, Row

    sib = picking.Siblings(3, 4, torch.device("cpu"))
    sib.begin([0], [[1, 5, 6]])
    rows = [Row(0, k, None, 4, [], entry=0) for k in range(3)]
    batch = Batch(None, None, None, None, None, rows)
    sib.note(batch, [5, 7, 2], eos={2})  # row 0 writes 5 (a prompt token), row 1 writes 7, row 2 ends
    for r, t in zip(rows, [5, 7]):
        r.tokens.append(t)
    logits = torch.full((3, 10), 2.0)
    logits[:, 8] = -1.0
    out = sib.penalise(logits.clone(), batch, 2.0)
    assert out[0, 7] == pytest.approx(1.0) and out[2, 7] == pytest.approx(1.0)  # a sibling wrote 7
    assert out[1, 7] == pytest.approx(2.0)  # its own token: the repetition penalty's business
    assert torch.equal(out[:, 5], logits[:, 5])  # the prompt's token stays free
    assert torch.equal(out[:, [0, 2, 3, 4, 6, 8, 9]], logits[:, [0, 2, 3, 4, 6, 8, 9]])
