"""Guardrails in tiers (what blocks, what warns, what a campaign raises), word lists held in the
packs rather than in Python, the lexicon read from the run's own catalogue, and the copy a
careful marketer writes that used to be blocked."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from promo_llm.errors import ConfigError
from promo_llm.guardrails import CampaignRules, Guardrails, load_pack
from promo_llm.guardrails.lexicon import catalog_lexicon, english_head
from promo_llm.guardrails.packs import BLOCKING_TIERS, TIERS
from promo_llm.guardrails.rows import parse_row

GUARD_DIR = Path(__file__).resolve().parents[1] / "promo_llm" / "guardrails"

JACKET = {"item_id": "J1", "title": "Alpina Crest Rain Jacket", "brand": "Alpina", "category": "Outerwear",
          "price": 119.99, "list_price": 149.99, "currency": "USD",
          "attributes": {"color": "navy", "waterproof": "yes"}}
OFFER = {"discount_pct": 20, "ends": "2026-12-05", "code": "CREST20"}
CAMPAIGN = {"allowed_domains": ["alpina.com"]}


def _row(copy: str, channel: str, product: dict = JACKET, offer: dict = OFFER, campaign: dict = CAMPAIGN,
         locale: str = "en-US"):
    return parse_row({"id": "t", "copy": copy, "channel": channel, "locale": locale, "product": product,
                      "offer": offer, "campaign": campaign})


def _check(copy: str, channel: str, catalog=None, **kw):
    r = _row(copy, channel, **kw)
    guard = Guardrails.load(campaign=r.campaign, catalog=catalog)
    return guard.check(r.copy, r.brief, r.price_history)


# --- tiers --------------------------------------------------------------------------------------

def test_every_rule_declares_a_tier_and_style_rules_never_block_by_default():
    for loc in ("en-US", "zh-CN"):
        rules = load_pack(loc).rules
        assert all(r.tier in TIERS for r in rules.values())
        style = {r.id for r in rules.values() if r.tier == "style"}
        assert {"push_format", "too_short", "final_punctuation", "off_product"} <= style
        assert all(rules[r].severity in ("warn", "repair") for r in style)
        # what is false, unlawful, unsafe or broken keeps blocking
        for rid in ("grounding_price", "absolute_claim", "pii", "sms_segments", "grounding_attribute"):
            assert rules[rid].tier in BLOCKING_TIERS and rules[rid].severity == "block"


def test_a_style_hit_warns_and_a_campaign_may_raise_it_by_rule_or_by_tier():
    copy = "Alpina Crest Rain Jacket now $119.99, 20% off until Dec 5."  # one line: no push title
    verdict = _check(copy, "push")
    assert verdict.passed and verdict.outcome == "warn"
    assert [(v.rule, v.tier) for v in verdict.warnings] == [("push_format", "style")]
    for block in (["push_format"], ["style"]):
        raised = _check(copy, "push", campaign={**CAMPAIGN, "block": block})
        assert not raised.passed and raised.outcome == "block"
        assert {v.rule for v in raised.violations if v.severity == "block"} == {"push_format"}
    # raising another rule leaves this one a warning
    assert _check(copy, "push", campaign={**CAMPAIGN, "block": ["final_punctuation"]}).passed


def test_a_campaign_block_entry_must_name_a_rule_or_a_tier():
    with pytest.raises(ConfigError, match="neither a rule id nor a tier"):
        Guardrails.load(campaign=CampaignRules(block=("push_fromat",)))


def test_a_block_tier_hit_still_blocks_and_reports_its_tier():
    verdict = _check("The best rain jacket in the world, $119.99 until Dec 5.", "email_subject")
    assert verdict.outcome == "block"
    assert ("absolute_claim", "law") in {(v.rule, v.tier) for v in verdict.violations if v.severity == "block"}


@pytest.mark.parametrize("bad", ["\ufffd", "\ue000", "\U000e0080"])  # replacement, private use, unassigned
def test_copy_with_an_unreadable_character_blocks_in_every_locale(bad):
    """Byte fragments of a small model ('Write商品\ufffd\ufffd价格') can fail every other rule's
    threshold; a character no customer can read makes the copy unsendable (form tier)."""
    for copy, locale in ((f"The Alpina Crest Rain Jacket{bad} is $119.99 today.", "en-US"),
                         (f"Alpina Crest Rain Jacket{bad}现价$119.99。", "zh-CN")):
        verdict = _check(copy, "email_subject", locale=locale)
        assert verdict.outcome == "block"
        assert ("garbled_text", "form") in {(v.rule, v.tier) for v in verdict.violations}
    assert _check("The Alpina Crest Rain Jacket is $119.99 today.", "email_subject").outcome != "block"


# --- the three copies a careful marketer writes -------------------------------------------------

def test_a_one_line_push_of_record_facts_passes_with_a_style_warning():
    # push_format required a title line: house style, so it warns; the body limit still applies
    verdict = _check("Alpina Crest Rain Jacket now $119.99, 20% off until Dec 5.", "push")
    assert verdict.passed, verdict.violations
    long = _check("Alpina Crest Rain Jacket now $119.99, 20% off until Dec 5. " * 3, "push")
    assert "push_body_length" in {v.rule for v in long.violations if v.severity == "block"}


@pytest.mark.parametrize("ending", [" Take a look: https://alpina.com/crest", " https://alpina.com/crest",
                                    " See it at alpina.com/crest"])
def test_an_email_body_that_ends_with_its_link_passes_clean(ending):
    # the link was stripped before the final-punctuation test, leaving 'Take a look' to look cut
    body = ("The Alpina Crest Rain Jacket is waterproof and navy, now $119.99 with code CREST20 until "
            "Dec 5." + ending)
    verdict = _check(body, "email_body")
    assert verdict.passed and not verdict.warnings, verdict.violations


def test_an_email_body_without_final_punctuation_only_warns_and_a_cut_one_still_blocks():
    body = "The Alpina Crest Rain Jacket is waterproof and navy, now $119.99 with code CREST20 until Dec 5"
    verdict = _check(body, "email_body")
    assert verdict.passed and [v.rule for v in verdict.warnings] == ["final_punctuation"]
    cut = _check("The Alpina Crest Rain Jacket is waterproof and navy, now $119.99 with code CREST20 and",
                 "email_body")
    assert not cut.passed and "truncated" in {v.rule for v in cut.violations if v.severity == "block"}


def test_a_short_complete_email_body_passes_with_a_length_warning():
    verdict = _check("The Alpina Crest Rain Jacket is now $119.99 until Dec 5.", "email_body")
    assert verdict.passed and [v.rule for v in verdict.warnings] == ["too_short"]


# --- lexicon from the catalogue ------------------------------------------------------------------

GIFTWARE = [
    {"item_id": "85123A", "title": "White Hanging Heart T-Light Holder", "category": "Candles & Lights",
     "price": 2.95, "currency": "GBP", "attributes": {"colour": "white", "material": "metal"}},
    {"item_id": "48194", "title": "Doormat Hearts", "category": "Home & Garden", "price": 7.95,
     "currency": "GBP", "attributes": {"material": "coir", "pattern": "hearts"}},
    {"item_id": "22423", "title": "Regency Cakestand 3 Tier", "category": "Kitchen & Dining", "price": 12.75,
     "currency": "GBP", "attributes": {"material": "ceramic"}},
    {"item_id": "22720", "title": "Cake Stand Pantry Design", "category": "Kitchen & Dining", "price": 4.95,
     "currency": "GBP", "attributes": {"design": "pantry"}},
]


def _gift_check(copy: str, item: int, channel: str = "social"):
    products = [_row("x", "sms", product=p, offer={}, campaign={}, locale="en-GB").brief.product for p in GIFTWARE]
    r = _row(copy, channel, product=GIFTWARE[item], offer={}, campaign={}, locale="en-GB")
    guard = Guardrails.load(catalog=products, locales=("en-GB",))
    # the record's own object: the facts are read once per catalogue record
    brief = r.brief.__class__(**{**r.brief.__dict__, "product": products[item]})
    return guard.check(r.copy, brief)


def test_kinds_of_product_are_read_from_the_catalogue_titles():
    _, canon, _, _ = catalog_lexicon([_row("x", "sms", product=p, offer={}, campaign={}).brief.product
                                      for p in GIFTWARE])
    assert ("product", "doormat") in canon["doormat"]
    assert ("product", "t-light holder") in canon["t-light holders"]
    assert ("product", "cake stand") in canon["cake stand"]
    assert ("material", "coir") in canon["coir"]
    assert english_head("Lunch Bag Red Retrospot", "", {"colour": "red", "pattern": "retrospot"}, {}, set()) \
        == ("bag", "lunch bag")


def test_unseen_catalogue_copy_of_record_facts_passes_and_an_invented_kind_blocks():
    ok = _gift_check("The Doormat Hearts is £7.95: coir, with a hearts pattern. A warm welcome at the door.", 1)
    assert ok.passed, ok.violations
    invented = _gift_check("Our new cake stand is only £7.95. Treat your kitchen.", 1)
    assert not invented.passed
    assert "grounding_attribute" in {v.rule for v in invented.violations if v.severity == "block"}
    # a kind the catalogue sells, said to come with this product, is invented too
    bundled = _gift_check("The Doormat Hearts comes with a matching t-light holder, all for £7.95.", 1)
    assert not bundled.passed
    # the base lexicon alone knows none of these kinds: the catalogue is what catches it
    base = Guardrails.load(locales=("en-GB",))
    r = _row("Our new cake stand is only £7.95. Treat your kitchen.", "social", product=GIFTWARE[1],
             offer={}, campaign={}, locale="en-GB")
    assert "grounding_attribute" not in {v.rule for v in base.check(r.copy, r.brief).violations}


def test_a_material_the_catalogue_states_for_another_product_blocks():
    verdict = _gift_check("Regency Cakestand 3 Tier in coir, now £12.75.", 2)
    assert not verdict.passed


# --- word lists live in the packs ----------------------------------------------------------------

SCHEMA_NAMES = {"__all__", "ROW_KEYS", "PRODUCT_KEYS", "OFFER_KEYS", "_RULE_KEYS", "LEXICAL_RULES"}
"""Names whose literals list field names or rule ids (a schema), not words of a language."""


def _string_items(node: ast.AST) -> list[str]:
    if isinstance(node, (ast.Set, ast.List, ast.Tuple)):
        return [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if isinstance(node, ast.Dict) and all(isinstance(v, ast.Constant) for v in node.values):
        return [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
            and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
        return node.func.value.value.split()
    return []


def test_no_guardrails_module_holds_a_word_list():
    found = []
    for path in sorted(GUARD_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        schema = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Assign)
                  and any(isinstance(t, ast.Name) and t.id in SCHEMA_NAMES for t in n.targets)}
        for node in ast.walk(tree):
            items = _string_items(node)
            if len(items) > 8 and id(node) not in schema:
                found.append(f"{path.relative_to(GUARD_DIR)}:{node.lineno} {items[:4]}...")
    assert not found, found


def test_the_moved_lists_are_named_in_the_packs():
    from promo_llm.guardrails.vocab import word_set, word_table

    assert "going" in word_set("twice_ok") and "today" in word_set("common_possessives")
    assert word_table("units")["厘米"] == "cm" and word_table("zh_digits")["两"] == 2


def test_a_chinese_email_body_may_end_with_its_link_written_right_after_the_text():
    product = {"item_id": "Z1", "title": "Alpina 登山靴", "brand": "Alpina", "category": "户外鞋",
               "price": 599, "list_price": 799, "currency": "CNY", "attributes": {"颜色": "黑色"}}
    verdict = _check("Alpina登山靴现价599元，原价799元，12月12日前下单。详情见https://alpina.com/zh/boots",
                     "email_body", product=product, offer={"discount_pct": 25, "ends": "2026-12-12"},
                     locale="zh-CN")
    assert verdict.passed and "final_punctuation" not in {v.rule for v in verdict.violations}, verdict.violations
