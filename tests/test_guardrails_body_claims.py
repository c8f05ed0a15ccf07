"""Body-function claims (a product said to change a body function or a physiological measure:
`functions` composed with the `change` frames of the en-US and zh-CN `health_claims` packs), the
record substantiating such a claim in its own words, and what a product 'comes in' as a claim
frame (`claim_frames` in packs/common.yaml). Examples written for these tests."""

from __future__ import annotations

import pytest

from guard_rows import blocking, check_row

CANDLE = {"item_id": "c1", "title": "Cedar & Sage Soy Candle", "brand": "Wickford", "category": "Candles",
          "price": 18.0, "currency": "USD", "attributes": {"burn time": "45 hours", "wax": "soy"}}
TEA = {"item_id": "t1", "title": "Morning Mint Herbal Tea", "brand": "Leafly", "category": "Tea",
       "price": 6.0, "currency": "GBP", "attributes": {"weight": "100 g"}}
NUTS = {"item_id": "n1", "title": "山果铺混合坚果500克", "brand": "山果铺", "category": "坚果",
        "price": 59.0, "currency": "CNY", "attributes": {"规格": "500克"}}
PILLOW = {"item_id": "p1", "title": "Drift Memory Foam Pillow", "brand": "Drift", "category": "Bedding",
          "price": 40.0, "currency": "USD", "attributes": {"fill": "memory foam"}}
WARMER = {"item_id": "w1", "title": "Toasty Hand Warmer", "brand": "Toasty", "category": "Hand warmers",
          "price": 3.0, "currency": "GBP", "attributes": {"material": "steel, gel", "colours": "red, blue, green",
                                                          "size": "250 g"}}


def _medical(copy, product, locale):
    return "medical_claim" in blocking(check_row(copy, product, locale))


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize("copy", [
    "Light it tonight and it lowers your cortisol before bed.",
    "This candle balances your hormones while you read.",
    "A scent that boosts your metabolism all evening.",
    "Improves your circulation with every breath.",
    "Sharpens your memory before exams.",
    "Supports collagen production from the inside out.",
    "Strengthens your immune system in winter.",
    "Helps regulate blood sugar after meals.",
    "Promotes deep sleep and better sleep quality.",
    "A metabolism-boosting ritual for your evenings.",
    "Aids digestion after a big dinner.",
    "Flushes out toxins overnight.",
])
def test_en_body_function_claims_block(copy, locale):
    assert _medical(copy, CANDLE, locale)


@pytest.mark.parametrize("copy", [
    "孩子每天一把，健脑又增强记忆力。",
    "每天一袋，促进新陈代谢。",
    "调节内分泌，女生必备。",
    "饭后吃一点，助消化还养胃。",
    "降低血糖，中老年人的好选择。",
    "每天一杯稳血糖。",
    "改善肠道菌群，吃出好气色。",
])
def test_zh_body_function_claims_block(copy):
    assert _medical(copy, NUTS, "zh-CN")


@pytest.mark.parametrize("locale", ["en-US", "en-GB"])
@pytest.mark.parametrize("copy", [
    "Helps you unwind after a long day.",
    "A calming scent for slow evenings.",
    "Keeps you warm on the sofa.",
    "Energy-efficient and clean-burning.",
    "Boosts your shelf space with a slim tin.",
    "A boost of energy for your afternoon.",
    "Improves air circulation in the hallway.",
    "Sleep better under a softer glow.",
    "A trip down memory lane for $18.",
])
def test_en_comfort_and_everyday_wording_passes(copy, locale):
    assert not _medical(copy, CANDLE, locale)


def test_memory_foam_is_no_memory_claim():
    assert not _medical("Memory foam that supports your neck all night.", PILLOW, "en-US")
    assert not _medical("Improves memory foam comfort for side sleepers.", PILLOW, "en-US")


@pytest.mark.parametrize("copy", ["提神醒脑，一杯就够。", "记忆棉靠垫，久坐不累。", "空气循环更顺畅。",
                                  "补充能量，下午不犯困。", "健身后来一把。"])
def test_zh_comfort_and_everyday_wording_passes(copy):
    assert not _medical(copy, NUTS, "zh-CN")


def test_a_claim_the_record_states_passes_and_another_still_blocks():
    tea = dict(TEA, attributes={"weight": "100 g", "claim": "peppermint aids digestion (authorised claim)"})
    assert not _medical("A cup after dinner aids digestion.", tea, "en-GB")
    assert _medical("A cup after dinner boosts your metabolism.", tea, "en-GB")
    assert _medical("A cup after dinner aids digestion.", TEA, "en-GB")


def _frames(copy, product, offer=None, locale="en-GB"):
    return "grounding_attribute" in blocking(check_row(copy, product, locale, offer=offer))


def test_what_it_comes_in_must_be_stated():
    assert _frames("The Toasty hand warmer comes in a quilted velvet pouch.", WARMER)
    assert _frames("Each hand warmer arrives in a wooden crate.", WARMER)


@pytest.mark.parametrize("copy", [
    "The Toasty hand warmer comes in three colours.",
    "It comes in red, blue or green.",
    "Comes in a handy size for coat pockets.",
    "Comes in a 250 g size that fits any pocket.",
])
def test_colours_sizes_and_record_quantities_pass(copy):
    assert not _frames(copy, WARMER)


def test_a_gift_box_passes_when_the_offer_gives_it():
    copy = "The Toasty hand warmer comes in a gift box this week."
    assert _frames(copy, WARMER)
    assert not _frames(copy, WARMER, offer={"gift": "gift box"})
    assert not _frames(copy, dict(WARMER, attributes=dict(WARMER["attributes"], packaging="gift box")))


KETTLE = {"item_id": "k1", "title": "Brookvale Electric Kettle 1.7 L", "brand": "Brookvale", "category": "Kettles",
          "price": 40.0, "currency": "USD", "attributes": {"colour": "sage"}}
KETTLE_SET = dict(KETTLE, title="Brookvale Kettle and Mug Set", attributes={"pieces": "kettle, 2 mugs"})
PLANT = {"item_id": "f1", "title": "青禾发财树中号", "brand": "青禾", "category": "绿植", "price": 96.0,
         "currency": "CNY", "attributes": {"高度": "80厘米"}}
SIGN = {"item_id": "s1", "title": "Gin + Tonic Diet Metal Sign", "brand": None, "category": "Signs", "price": 2.0,
        "currency": "GBP", "attributes": {}}


@pytest.mark.parametrize("copy, product, locale, offer", [
    ("Kettle + 2 mugs bundle, $40.", KETTLE, "en-US", None),
    ("The Brookvale kettle plus tea tin starter kit, $40.", KETTLE, "en-US", None),
    ("Brookvale kettle + cosy gift set, $40.", KETTLE, "en-GB", None),
    ("发财树+专用营养液套装，到手¥96", PLANT, "zh-CN", None),
    ("营养液+发财树组合装，到手¥96", PLANT, "zh-CN", None),
])
def test_a_bundle_joined_by_plus_must_be_the_records(copy, product, locale, offer):
    assert _frames(copy, product, offer, locale)


@pytest.mark.parametrize("copy, product, locale, offer", [
    ("Kettle + 2 mugs bundle, $40.", KETTLE_SET, "en-US", None),
    ("Kettle + 2 mugs bundle, $40.", KETTLE, "en-US", {"gift": "2 mugs"}),
    ("发财树+营养液套装，到手¥96", PLANT, "zh-CN", {"gift": "营养液一瓶"}),
    ("发财树中号，到手¥96+包邮", PLANT, "zh-CN", {"free_shipping": True}),
    ("Gin + Tonic sign set, £2", SIGN, "en-GB", None),
])
def test_a_bundle_the_record_or_gift_names_passes(copy, product, locale, offer):
    assert not _frames(copy, product, offer, locale)
