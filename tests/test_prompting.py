"""Rendered prompts are deterministic text: golden files, refreshed only on purpose
(UPDATE_GOLDEN=1 pytest tests/test_prompting.py)."""

import dataclasses
import os
from datetime import date
from pathlib import Path

import pytest

from promo_llm.channels import channel_spec
from promo_llm.prompting import render_prompt, template_hashes
from promo_llm.records import CHANNELS, Brief, Offer, Product, UserProfile

GOLDEN = Path(__file__).parent / "golden"

PRODUCT = Product(
    item_id="p1", title="Alpina Trailrunner Waterproof Hiking Boots", category="Footwear",
    price=79.99, brand="Alpina", list_price=99.99, discount_pct=20, attributes={"colour": "slate grey"},
    i18n={"zh": {"title": "Alpina 越野防水徒步鞋", "category": "鞋靴", "attributes": {"颜色": "石板灰"}}},
)
USER = UserProfile(
    user_id="u-secret-42", locale="en-US", segment="at_risk",
    top_categories=(("Footwear", 0.7), ("Outdoor", 0.3)), price_band="mid", discount_affinity=0.8,
    sensitive=("health:diabetes",), consent={"push": True},
)


def brief(channel, locale):
    return Brief(brief_id="b1", user=USER, product=PRODUCT, channel=channel, locale=locale,
                 tone="friendly", offer=Offer(discount_pct=20, ends=date(2026, 12, 5)),
                 brand_signature="山野")


CASES = [(c, loc) for loc in ("en-US", "zh-CN") for c in CHANNELS]


@pytest.mark.parametrize("channel,locale", CASES)
def test_rendered_prompt_matches_golden(channel, locale):
    prompt = render_prompt(brief(channel, locale))
    path = GOLDEN / f"prompt_{locale}_{channel}.txt"
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(prompt.text, encoding="utf-8")
    assert prompt.text == path.read_text(encoding="utf-8")
    assert prompt.template == f"{locale[:2]}/{channel}.j2"
    assert prompt.template_hash == template_hashes()[prompt.template]


@pytest.mark.parametrize("channel,locale", CASES)
def test_prompt_never_carries_ids_or_sensitive_data(channel, locale):
    text = render_prompt(brief(channel, locale)).text
    assert "u-secret-42" not in text and "diabetes" not in text


def test_zh_prompt_uses_localized_product():
    text = render_prompt(brief("push", "zh-CN")).text
    assert "Alpina 越野防水徒步鞋" in text and "石板灰" in text and "8折" in text


def test_chat_template_applied(tiny_model):
    _, tok = tiny_model
    p = render_prompt(brief("sms", "en-US"), tok)
    assert p.text.startswith("<|im_start|>system\n") and p.text.endswith("<|im_start|>assistant\n")


def test_template_sandbox_blocks_python_access(tmp_path, monkeypatch):
    from jinja2.exceptions import SecurityError

    from promo_llm import prompting

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "_system.j2").write_text("s")
    (tmp_path / "en" / "push.j2").write_text("{{ product.__class__.__mro__ }}")
    monkeypatch.setattr(prompting, "prompts_dir", lambda: tmp_path)
    with pytest.raises(SecurityError):
        prompting.render_prompt(brief("push", "en-US"))


def test_missing_field_is_an_error(tmp_path, monkeypatch):
    from jinja2.exceptions import UndefinedError

    from promo_llm import prompting

    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "_system.j2").write_text("s")
    (tmp_path / "en" / "push.j2").write_text("{{ no_such_field }}")
    monkeypatch.setattr(prompting, "prompts_dir", lambda: tmp_path)
    with pytest.raises(UndefinedError):
        prompting.render_prompt(brief("push", "en-US"))


def test_foreign_attribute_words_are_the_lexicon_words_the_record_lacks():
    from promo_llm.guardrails import Guardrails
    from promo_llm.prompting import foreign_attribute_words
    from promo_llm.records import Brief, Product, UserProfile

    p = Product(item_id="P1", title="Copperleaf Glade Nonstick Frying Pan", category="Cookware", price=67.99,
                brand="Copperleaf", attributes={"colour": "grey", "material": "aluminium"})
    brief = Brief("b", UserProfile(user_id="u"), p, "email_subject", "en-US")
    words = foreign_attribute_words(brief)
    assert {"black", "leather", "cotton", "waterproof", "italian", "suitcase", "shoes"} <= set(words)
    # named by the record (in any form of its group), or inside a record word: never avoided
    assert not {"grey", "gray", "aluminium", "aluminum", "copper"} & set(words)
    # the record's category names every kind of cookware: a pan's copy may say "skillet"
    assert not {"skillet", "stockpot", "cookware"} & set(words)
    # every avoided word is one the guardrails would block in this copy
    guard = Guardrails.load()
    for w in ("black", "leather", "waterproof"):
        v = guard.check(f"Copperleaf Glade pan in {w}", brief)
        assert "grounding_attribute" in v.rule_ids, (w, v.violations)
    # a kind of product: where the copy does not name the pan itself
    assert "grounding_attribute" in guard.check("Copperleaf suitcase, 20% off", brief).rule_ids


def test_brand_names_held_to_their_spelling_are_latin_words_of_five_letters():
    from promo_llm.prompting import brand_names, render_prompt
    from promo_llm.records import Brief, Product, UserProfile

    def brief(brand, locale="en-US", **loc):
        p = Product(item_id="P1", title=f"{brand} Nova Earbuds", category="Audio", price=9.5, brand=brand, **loc)
        return Brief("b", UserProfile(user_id="u"), p, "sms", locale)

    assert brand_names(brief("Aerolux")) == ("Aerolux",)
    assert render_prompt(brief("Aerolux")).names == ("Aerolux", "Earbuds")  # + the title's long words
    from promo_llm.prompting import spelt_names
    assert spelt_names(brief("Koto")) == ("Earbuds",)
    assert brand_names(brief("Koto")) == ()  # short names are left free
    assert brand_names(brief("Pebble Point")) == ()  # only one-word names


def test_en_gb_prompt_says_free_delivery_and_writes_the_date_day_first():
    offer = Offer(discount_pct=20, free_shipping=True, ends=date(2026, 12, 5))
    gb = dataclasses.replace(brief("push", "en-GB"), offer=offer)
    us = dataclasses.replace(brief("push", "en-US"), offer=offer)
    assert "free delivery" in render_prompt(gb).text and "ends 5 Dec" in render_prompt(gb).text
    assert "free shipping" in render_prompt(us).text and "ends Dec 5" in render_prompt(us).text
    assert "free shipping" not in render_prompt(gb).text
