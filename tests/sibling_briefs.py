"""Briefs and a generate call shared by the tests of the sampling controls that act across a
brief's candidates (the sibling penalty, lockstep duplicates)."""

from promo_llm.channels import channel_spec
from promo_llm.generation import HFGenerator
from promo_llm.prompting import render_prompt
from promo_llm.records import Brief, Offer, Product, UserProfile

CHANNELS = ("push", "sms", "email_subject", "social")


def sibling_briefs(count):
    """`count` briefs over four channels, titles of varied length (so prompts differ in size)."""
    return [Brief(brief_id=f"u{i}:p{i}:{CHANNELS[i % 4]}", user=UserProfile(user_id=f"u{i}"),
                  product=Product(item_id=f"p{i}", title=f"Item {i}" + " extra" * (i % 5), category="Gear",
                                  price=20 + i, brand="Alpina"),
                  channel=CHANNELS[i % 4], locale="en-US", offer=Offer())
            for i in range(count)]


def write(tiny_model, briefs, sampling, *, n, seed=3, max_rows=64):
    """Each brief's `n` candidate texts from the tiny model's engine."""
    model, tok = tiny_model
    gen = HFGenerator(model, tok, max_rows=max_rows, progress=False)
    prompts = [render_prompt(b, tok) for b in briefs]
    out = gen.generate(prompts, [channel_spec(b.channel, b.locale) for b in briefs], n, seed, sampling)
    return [[c.text for c in cs] for cs in out]
