"""Decoding controls shared with the guardrails' own definitions: a copy ends only where the
`truncated` rule would take its end (`Prompt.may_end`), a row past its channel's limit is cut back
to its last plausible end at once (not only past the overflow margin), and a money amount already
written on a line is not offered again (the `repetition` rule). On the tiny model, with the
probabilities set by hooks."""

from __future__ import annotations

import dataclasses
import math
import re

import pytest
import torch

from promo_llm.channels import channel_spec
from promo_llm.generation import HFGenerator, SamplingConfig
from promo_llm.generation.backends import hf
from promo_llm.generation.constraints import NumberSet
from promo_llm.guardrails import Guardrails, load_pack
from promo_llm.guardrails.channel import line_may_end
from promo_llm.prompting import render_prompt
from promo_llm.records import Brief, Offer, Product, UserProfile
from test_generation_currency import dollar_loving_model, gbp_briefs, money_model  # noqa: F401 (fixtures)

LINES = ["Lunch Bag Red:", "Welcome back,", "The Lunch Bag is", "Lunch Bag, now £1.65 and the",
         "Free delivery for the whole", "(Lunch Bag in red", "Lunch Bag Red, now £1.65",
         "Welcome back!", "You'll love this", "20% off this", "Lunch bags for every day."]


def bag_brief(i: int = 0) -> Brief:
    return Brief(brief_id=f"u{i}:p{i}:email_subject", user=UserProfile(user_id=f"u{i}"),
                 product=Product(item_id=f"p{i}", title=f"Lunch Bag Red {i}", category="Bags", price=1.65,
                                 currency="GBP"),
                 channel="email_subject", locale="en-GB", offer=Offer())


def test_the_line_end_rule_is_the_truncated_rules_reading():
    """A line may end exactly where the guardrails' `truncated` rule takes it as the end of the copy."""
    guard = Guardrails.load(locales=("en-GB",))
    pack = load_pack("en-GB")
    seen = set()
    for line in LINES:
        truncated = any(v.rule == "truncated" for v in guard.check(line, bag_brief()).violations)
        assert line_may_end(line, pack, "en") == (not truncated), line
        seen.add(truncated)
    assert seen == {True, False}
    assert render_prompt(bag_brief()).may_end("Lunch Bag Red:") is False


def one_token(tok, words) -> int:
    return next(t[0] for w in words if len(t := tok(w, add_special_tokens=False)["input_ids"]) == 1)


@pytest.fixture()
def ending_model(tiny_model):
    """The tiny model with two words taking most of the probability after every token, one that
    may end a line (' sale') and a function word (' the'), and EOS `p`."""
    model, tok = tiny_model
    sale = one_token(tok, (" sale", " off", " now"))
    the = one_token(tok, (" the", " and", " of"))
    state = {"p": 0.1}

    def hook(module, inputs, output):
        out = torch.full_like(output, -30.0)
        rest = (1 - state["p"]) / 2
        out[..., sale] = math.log(rest)
        out[..., the] = math.log(rest)
        out[..., tok.eos_token_id] = math.log(state["p"])
        return out

    handle = model.get_output_embeddings().register_forward_hook(hook)
    yield model, tok, state
    handle.remove()


def generate(model, tok, prompts, sampling, n=4, budget=60):
    spec = dataclasses.replace(channel_spec("email_subject", "en-GB"), max_new_tokens=budget)
    return [c for cs in HFGenerator(model, tok, progress=False).generate(prompts, [spec] * len(prompts), n, 5,
                                                                           sampling) for c in cs]


def test_a_copy_ends_only_where_the_guardrails_take_its_end(ending_model):
    model, tok, _ = ending_model
    prompts = [render_prompt(bag_brief(i), tok) for i in range(8)]
    sampling = SamplingConfig(temperature=1.0, repetition_penalty=1.0, length_pressure=0.0, rewind=0.0)
    pack = load_pack("en-GB")
    free = generate(model, tok, [dataclasses.replace(p, may_end=None) for p in prompts], sampling)
    gated = generate(model, tok, prompts, sampling)
    ended = lambda cs: [c for c in cs if c.finish_reason == "stop"]  # noqa: E731
    # without the gate about half the copies that end on their own end on the function word
    assert sum(not line_may_end(c.text, pack, "en") for c in ended(free)) >= len(ended(free)) / 4
    assert len(ended(gated)) >= len(gated) / 2
    assert all(line_may_end(c.text, pack, "en") for c in ended(gated))


def test_a_row_past_its_limit_is_cut_back_at_once(ending_model, monkeypatch):
    """EOS is plausible (10%) everywhere: a row that runs past 70 characters has an end behind
    it and is cut back to it as soon as it passes the limit, instead of ending on its own a few
    characters over it (blocked as `too_long`) or being cut only at the overflow margin."""
    model, tok, _ = ending_model
    limit = channel_spec("email_subject", "en-GB").max_chars
    prompts = [dataclasses.replace(render_prompt(bag_brief(i), tok), may_end=None) for i in range(16)]
    sampling = SamplingConfig(temperature=1.0, repetition_penalty=1.0, length_pressure=0.0)
    now = generate(model, tok, prompts, sampling)
    assert all(len(c.text) <= limit for c in now)
    assert any(c.finish_reason == "rewound" for c in now)
    real = hf.overflows
    monkeypatch.setattr(hf, "overflows", lambda text, spec, margin=8: margin and real(text, spec, margin))
    before = generate(model, tok, prompts, sampling)
    assert any(len(c.text) > limit for c in before)


def test_an_amount_is_not_offered_again_on_its_line(dollar_loving_model, monkeypatch):  # noqa: F811
    """The model wants a sign and digits everywhere: each copy writes the price after '£' at most
    once (the guardrails' `repetition` rule blocks it twice on a line); without the control the
    same model writes it twice in several copies."""
    model, tok = dollar_loving_model
    bs = gbp_briefs(6)
    gen = HFGenerator(model, tok, progress=False)
    spec = channel_spec("email_subject", "en-GB")

    def texts():
        out = gen.generate([render_prompt(b, tok) for b in bs], [spec] * len(bs), 4, 3, SamplingConfig())
        return [c.text for cs in out for c in cs]

    once = texts()
    assert any("£1.65" in t for t in once)
    assert all(len(re.findall(r"£\s?1\.65", t)) <= 1 for t in once)
    monkeypatch.setattr(NumberSet, "without", lambda self, paid: self)
    again = texts()
    assert sum(len(re.findall(r"£\s?1\.65", t)) > 1 for t in again) >= 3


def test_without_drops_amounts_by_value():
    allowed = NumberSet(["1.65", "1.650", "2.10", "20"])
    assert allowed.without((1.65,)).whole == {"2.10", "20"}
    assert allowed.without((1.65,)) is allowed.without((1.65,))
    assert allowed.without(()).whole == allowed.whole
