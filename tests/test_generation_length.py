"""Length pressure on a subject line's sentence ends: past 60% of its limit, a sentence end the
model finds plausible is raised with the line end, and a sentence ended past half of the limit
ends the copy. On the tiny model, with the probabilities set by a hook."""

from __future__ import annotations

import dataclasses
import math

import pytest
import torch

from promo_llm.channels import channel_spec
from promo_llm.generation import HFGenerator, SamplingConfig
from promo_llm.prompting import render_prompt
from promo_llm.records import Brief, Offer, Product, UserProfile


def subject_briefs(n: int) -> list[Brief]:
    return [Brief(brief_id=f"u{i}:p{i}:email_subject", user=UserProfile(user_id=f"u{i}"),
                  product=Product(item_id=f"p{i}", title=f"Hanging Heart Holder {i}", category="Home",
                                  price=2.95, currency="GBP"),
                  channel="email_subject", locale="en-GB", offer=Offer())
            for i in range(n)]


@pytest.fixture()
def full_stop_model(tiny_model):
    """The tiny model with one word taking nearly all the probability, the full stop `p` and EOS
    and the line break 0.2% each (below the pressure floor) after every token."""
    model, tok = tiny_model
    word = next(t[0] for w in (" sale", " off", " the", " now", " your")
                if len(t := tok(w, add_special_tokens=False)["input_ids"]) == 1)
    stop = tok(".", add_special_tokens=False)["input_ids"][0]
    nl = tok("\n", add_special_tokens=False)["input_ids"][0]
    state = {"p": 0.015}

    def hook(module, inputs, output):
        out = torch.full_like(output, -30.0)
        out[..., word] = 0.0
        rest = 1 - state["p"] - 0.004
        out[..., stop] = math.log(state["p"] / rest)
        out[..., [tok.eos_token_id, nl]] = math.log(0.002 / rest)
        return out

    handle = model.get_output_embeddings().register_forward_hook(hook)
    yield model, tok, state
    handle.remove()


def subjects(model, tok, sampling):
    bs = subject_briefs(8)
    spec = dataclasses.replace(channel_spec("email_subject", "en-GB"), max_new_tokens=60)
    out = HFGenerator(model, tok, progress=False).generate(
        [render_prompt(b, tok) for b in bs], [spec] * len(bs), 4, 5, sampling)
    return [c for cs in out for c in cs]


def test_a_plausible_full_stop_is_raised_near_the_limit_and_ends_the_copy(full_stop_model):
    model, tok, state = full_stop_model
    limit = channel_spec("email_subject", "en-GB").max_chars
    base = dict(temperature=0.7, repetition_penalty=1.0, rewind=0.0)
    free = subjects(model, tok, SamplingConfig(length_pressure=0.0, **base))
    pressed = subjects(model, tok, SamplingConfig(**base))
    fits = lambda cs: sum(len(c.text) <= limit for c in cs)  # noqa: E731
    assert fits(free) <= len(free) / 2
    assert fits(pressed) >= 0.9 * len(pressed)
    ended = [c for c in pressed if len(c.text) <= limit]
    # each ends at its full stop, past 60% of the limit: a whole sentence, not a cut phrase
    assert all(c.text.endswith(".") and len(c.text) > 0.6 * limit for c in ended)
    # the full stop's log-probability counts as the model gave it, not as pressed
    assert all(c.logprob < math.log(0.9) for c in ended)
    state["p"] = 0.004  # below the floor: pressure leaves the full stop alone
    assert [c.text for c in subjects(model, tok, SamplingConfig(length_pressure=0.0, **base))] == \
        [c.text for c in subjects(model, tok, SamplingConfig(**base))]
