"""The sibling penalty (`SamplingConfig.sibling_penalty`): a brief's candidates share fewer
tokens (or, with `sibling_bigrams`, bigrams) with it on, off writes exactly what the engine wrote
without it, what the prompt holds stays free with `sibling_keep_prompt`, and a candidate still
depends only on its own brief and seed (not on the batch it shared)."""

import dataclasses

import pytest

from promo_llm.generation import SamplingConfig
from promo_llm.generation.engine import picking
from promo_llm.prompting import render_prompt
from sibling_briefs import sibling_briefs as _briefs, write

FREE = SamplingConfig(temperature=0.7, hold_eos=False, ground_numbers=False, ground_names=False,
                      ground_attributes=False, no_hashtags=False, rewind=0.0, length_pressure=0.0)


def _ids(tiny_model, briefs, sampling, *, n=4, seed=3, max_rows=64):
    return write(tiny_model, briefs, sampling, n=n, seed=seed, max_rows=max_rows), tiny_model[1]


def _grams(text, tok, n):
    """The token n-grams of `text`, within its runs of decodable characters (the tiny model writes
    stray bytes, which decode to U+FFFD and would all read as one n-gram)."""
    out = set()
    for part in text.split("\ufffd"):
        ids = tok(part, add_special_tokens=False)["input_ids"]
        out |= set(zip(*(ids[i:] for i in range(n))))
    return out


def _shared(texts, tok, n=1, prompts=None):
    """Per brief, the share of its candidates' token n-grams (those its prompt does not hold,
    given `prompts`) that another of its candidates also wrote, pooled over briefs."""
    shared = total = 0
    for i, row in enumerate(texts):
        held = _grams(prompts[i], tok, n) if prompts else set()
        own = [_grams(t, tok, n) - held for t in row]
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
    # what the penalty counts changes nothing while it is off
    assert _ids(tiny_model, briefs, dataclasses.replace(FREE, sibling_penalty=1.0, sibling_bigrams=True,
                                                        sibling_keep_prompt=True))[0] == off


def test_siblings_share_fewer_tokens_with_the_penalty(tiny_model):
    briefs = _briefs(8)
    off, tok = _ids(tiny_model, briefs, FREE, n=6)
    on, _ = _ids(tiny_model, briefs, dataclasses.replace(FREE, sibling_penalty=3.0, sibling_bigrams=False,
                                                         sibling_keep_prompt=False), n=6)
    assert _shared(on, tok) < _shared(off, tok) - 0.05


def test_siblings_share_fewer_bigrams_with_the_bigram_penalty(tiny_model):
    """Counting bigrams, a fixed seed's sibling rows share fewer bigrams than with the penalty off;
    exempting the prompt's bigrams, fewer of those the prompt does not hold. (The tiny model's
    logits are near 0, so a low temperature makes siblings share bigrams at all.)"""
    briefs = _briefs(8)
    cold = dataclasses.replace(FREE, temperature=0.1)
    off, tok = _ids(tiny_model, briefs, cold, n=6)
    on, _ = _ids(tiny_model, briefs, dataclasses.replace(cold, sibling_penalty=3.0, sibling_bigrams=True,
                                                         sibling_keep_prompt=False), n=6)
    assert _shared(on, tok, 2) < 0.6 * _shared(off, tok, 2)
    kept, _ = _ids(tiny_model, briefs, dataclasses.replace(cold, sibling_penalty=3.0, sibling_bigrams=True,
                                                           sibling_keep_prompt=True), n=6)
    prompts = [render_prompt(b, tok).text for b in briefs]
    assert _shared(kept, tok, 2, prompts) < 0.6 * _shared(off, tok, 2, prompts)


@pytest.mark.parametrize("fields", [{}, {"sibling_bigrams": False, "sibling_keep_prompt": False}])
def test_a_candidate_depends_only_on_its_brief_and_seed(tiny_model, fields):
    """Same seed: a brief's candidates are the same alone, in a batch of others, and in a batch too
    small to hold every brief at once (briefs refilled into rows other briefs finished)."""
    briefs = _briefs(9)
    sampling = dataclasses.replace(FREE, sibling_penalty=2.0, **fields)
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


def _step(sib, rows, logits, penalty=2.0):
    from promo_llm.generation.engine.batch import Batch

    out = logits.clone()
    sib.penalise(out, Batch(None, None, None, None, None, rows), penalty)
    return out


def _written(sib, rows, *steps):
    """Each step's picks noted for the siblings, then appended to the rows."""
    from promo_llm.generation.engine.batch import Batch

    for picks in steps:
        sib.note(Batch(None, None, None, None, None, rows), picks, eos={2})
        for r, t in zip(rows, picks):
            r.tokens.append(t)


def test_the_prompts_tokens_are_exempt_with_keep_prompt():
    """With `keep_prompt` a token the prompt holds is not penalised though a sibling wrote it (a
    row can still copy the record's name), while other sibling tokens are."""
    import torch

    from promo_llm.generation.engine.batch import Row

    sib = picking.Siblings(2, 4, torch.device("cpu"), keep_prompt=True)
    sib.begin([0], [[1, 5, 6]])
    rows = [Row(0, k, None, 4, [], entry=0) for k in range(2)]
    _written(sib, rows, [5, 7], [8, 9])  # row 0 writes 5 8, row 1 writes 7 9
    out = _step(sib, rows, torch.full((2, 10), 2.0))
    assert out[1, 5] == pytest.approx(2.0)  # the prompt's token: free to the sibling
    assert out[1, 8] == pytest.approx(1.0)  # not the prompt's: penalised
    assert out[0, 7] == out[0, 9] == pytest.approx(1.0)
    plain = picking.Siblings(2, 4, torch.device("cpu"))
    plain.begin([0], [[1, 5, 6]])
    rows = [Row(0, k, None, 4, [], entry=0) for k in range(2)]
    _written(plain, rows, [5, 7])
    assert _step(plain, rows, torch.full((2, 10), 2.0))[1, 5] == pytest.approx(1.0)  # without it: penalised


def test_bigrams_count_a_siblings_token_only_after_the_same_token():
    """With `bigrams`, a sibling's token is penalised only where the row's previous token is the one
    the sibling wrote before it (at the start: a sibling's first token); with `keep_prompt`, a pair
    the prompt holds is free though a sibling wrote it."""
    import torch

    from promo_llm.generation.engine.batch import Row

    sib = picking.Siblings(3, 6, torch.device("cpu"), bigrams=True)
    sib.begin([0], [[1, 5, 8]])
    rows = [Row(0, k, None, 6, [], entry=0) for k in range(3)]
    start = _step(sib, rows, torch.full((3, 12), 2.0))
    assert torch.equal(start, torch.full((3, 12), 2.0))  # nothing written yet
    _written(sib, rows, [5, 7, 5], [8, 9, 3])  # rows write 5 8 / 7 9 / 5 3
    # the rows' next pick: row 0 follows 8, row 1 follows 9, row 2 follows 3
    out = _step(sib, rows, torch.full((3, 12), 2.0))
    assert torch.equal(out, torch.full((3, 12), 2.0))  # no sibling wrote anything after 8, 9 or 3
    rows[1].tokens[-1] = 5  # row 1 as if it had just written 5: its siblings wrote 5 8 and 5 3
    out = _step(sib, rows, torch.full((3, 12), 2.0))
    assert out[1, 8] == out[1, 3] == pytest.approx(1.0)
    assert out[1, 5] == out[1, 7] == out[1, 9] == pytest.approx(2.0)  # unigrams alone: free
    fresh = [Row(0, k, None, 6, [], entry=0) for k in range(3)]  # a row at the copy's start
    out = _step(sib, fresh, torch.full((3, 12), 2.0))
    assert out[0, 7] == pytest.approx(1.0) and out[0, 5] == pytest.approx(1.0)  # its siblings' first tokens
    assert out[0, 8] == pytest.approx(2.0)
    kept = picking.Siblings(3, 6, torch.device("cpu"), bigrams=True, keep_prompt=True)
    kept.begin([0], [[1, 5, 8]])  # the prompt holds the pair 5 8
    rows = [Row(0, k, None, 6, [], entry=0) for k in range(3)]
    _written(kept, rows, [5, 7, 5], [8, 9, 3])
    rows[1].tokens[-1] = 5
    out = _step(kept, rows, torch.full((3, 12), 2.0))
    assert out[1, 8] == pytest.approx(2.0) and out[1, 3] == pytest.approx(1.0)
