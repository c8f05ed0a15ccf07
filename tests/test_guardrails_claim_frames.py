"""Claim frames (`promo_llm.guardrails.truth.frames`): a construction that gives the product a part
or a material ("with a ...", "made from ...", "solid ...", "-formulated", 采用..., ...材质) must
have its object's words in the record, whatever the words are; objects that are the customer's, the
shop's or the offer's, and evaluative words, claim nothing. Every example is written here (none is
a row of a labelled set), with words no attribute list holds, so the frame alone must decide."""

from __future__ import annotations

import pytest

from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.rows import parse_row
from promo_llm.guardrails.truth.frames import frame_claims

LAMP = {"item_id": "L1", "title": "Harrowgate Anglepoise Desk Lamp", "brand": "Harrowgate", "category": "Lamps",
        "price": 52.0, "list_price": 65.0, "currency": "USD",
        "attributes": {"material": "powder-coated aluminium", "bulb": "E27, not included", "cable": "1.8 m",
                       "switch": "inline rocker"}, "stock": 30}
SATCHEL = {"item_id": "S1", "title": "Wrenfield Canvas Satchel", "brand": "Wrenfield", "category": "Bags",
           "price": 36.0, "list_price": 45.0, "currency": "GBP",
           "attributes": {"material": "waxed cotton canvas", "strap": "adjustable webbing", "pockets": "3"},
           "stock": 25}
FLASK = {"item_id": "F1", "title": "山川真空保温杯500毫升", "brand": "山川", "category": "保温杯", "price": 79.2,
         "list_price": 99.0, "currency": "CNY",
         "attributes": {"材质": "304不锈钢", "容量": "500毫升", "保温": "12小时", "杯盖": "弹跳杯盖"}, "stock": 60}
OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "LIGHT20"}


def _row(copy: str, product: dict, locale: str, channel: str = "email_body"):
    return parse_row({"id": "t", "copy": copy, "channel": channel, "locale": locale, "product": product,
                      "offer": OFFER})


def _claims(copy: str, product: dict = LAMP, locale: str = "en-US"):
    row = _row(copy, product, locale)
    return frame_claims(row.copy, row.brief)


def _verdict(copy: str, product: dict = LAMP, locale: str = "en-US"):
    row = _row(copy, product, locale)
    return Guardrails.load(campaign=row.campaign, catalog=[row.brief.product]).check(row.copy, row.brief)


# --- caught: the frame, whatever the words ---------------------------------------------------

@pytest.mark.parametrize("copy, words", [
    ("The Harrowgate lamp, with a dimmable walnut base, is $52 with LIGHT20.", {"dimmable", "walnut"}),
    ("Our desk lamp has a magnetic phone cradle, so your desk stays tidy.", {"magnetic", "cradle"}),
    ("The Harrowgate Anglepoise Desk Lamp features quartz-glass diffusers for a soft glow.", {"quartz-glass"}),
    ("Made from reclaimed teak, the Harrowgate lamp is $52 until May 31.", {"reclaimed", "teak"}),
    ("The Harrowgate lamp is carved from bog oak with a felted underside, $52.", {"bog", "felted"}),
    ("A lamp with a built-in wireless charging pad, $52 with LIGHT20.", {"wireless", "charging"}),
    ("Hand-forged in solid bronze: the Harrowgate Anglepoise Desk Lamp, $52.", {"bronze"}),
    ("The Harrowgate lamp, now with a brass dimmer knob and twin USB sockets, $52.", {"brass", "dimmer"}),
])
def test_en_us_frames_catch_unlisted_parts_and_materials(copy, words):
    claims = _claims(copy)
    assert claims, copy
    assert words & {w for c in claims for w in c.unsupported}
    verdict = _verdict(copy)
    assert not verdict.passed
    # the frame's reason, or the word lists' where they know a word of the object
    assert any(v.rule == "grounding_attribute" and v.severity == "block" for v in verdict.violations)


@pytest.mark.parametrize("copy", [
    "The Wrenfield satchel is crafted from vegetable-tanned hide, £36 with LIGHT20.",
    "Wrenfield Canvas Satchel, shearling-lined for winter, £36 until 31 May.",
    "Genuine saddle leather straps on the Wrenfield Canvas Satchel, now £36.",
    "The Wrenfield satchel boasts a concealed laptop sleeve and a key leash. £36.",
    "Wrenfield Canvas Satchel: pockets lined with merino felt, £36 with LIGHT20.",
])
def test_en_gb_frames_catch_unlisted_parts_and_materials(copy):
    row = _row(copy, SATCHEL, "en-GB")
    assert frame_claims(row.copy, row.brief), copy
    assert not _verdict(copy, SATCHEL, "en-GB").passed


@pytest.mark.parametrize("copy, run", [
    ("山川保温杯采用钛金属内胆，保温12小时，到手¥79.2。", "钛金属内胆"),
    ("山川真空保温杯配备智能测温屏，500毫升，¥79.2，码LIGHT20。", "智能测温屏"),
    ("山川保温杯，竹纤维材质杯套，暖手不烫，¥79.2。", "竹纤维"),
    ("山川保温杯内置茶水分离滤网，¥79.2，5月31日截止。", "茶水分离滤网"),
])
def test_zh_cn_frames_catch_unlisted_parts_and_materials(copy, run):
    claims = _claims(copy, FLASK, "zh-CN")
    assert claims, copy
    assert any(run in "".join(c.unsupported) or run in c.obj for c in claims)
    assert not _verdict(copy, FLASK, "zh-CN").passed


# --- supported claims pass -------------------------------------------------------------------

@pytest.mark.parametrize("copy, product, locale", [
    ("The Harrowgate lamp comes with a 1.8 m cable and an inline rocker switch. $52 with LIGHT20.", LAMP, "en-US"),
    ("Made from powder-coated aluminium, the Harrowgate Anglepoise Desk Lamp is $52 until May 31.", LAMP, "en-US"),
    ("The Wrenfield satchel has three pockets and an adjustable webbing strap, £36 with LIGHT20.", SATCHEL, "en-GB"),
    ("Waxed cotton canvas, made to last: the Wrenfield Canvas Satchel, £36 until 31 May.", SATCHEL, "en-GB"),
    ("山川保温杯采用304不锈钢，500毫升，保温12小时，到手¥79.2。", FLASK, "zh-CN"),
    ("山川保温杯配有弹跳杯盖，单手就能打开，¥79.2，码LIGHT20。", FLASK, "zh-CN"),
])
def test_claims_the_record_states_pass(copy, product, locale):
    assert frame_claims(copy, _row(copy, product, locale).brief) == []
    verdict = _verdict(copy, product, locale)
    assert not any(v.rule == "grounding_attribute" for v in verdict.violations), verdict.violations


def test_a_part_named_by_what_the_record_states_of_it_passes():
    # the head ('finish') is no word of the record, but what the record says of it is
    assert _claims("The Harrowgate lamp has a powder-coated aluminium arm, $52.") == []
    # ... a modifier the record lacks is still caught
    assert _claims("The Harrowgate lamp has a chrome-plated aluminium arm, $52.")


# --- objects that are no product claim -------------------------------------------------------

@pytest.mark.parametrize("copy", [
    "Light up late-night reading with your family: the Harrowgate lamp, $52 with LIGHT20.",
    "Free delivery with every order this week, and the Harrowgate lamp is $52.",
    "The Harrowgate Anglepoise Desk Lamp is $52 with code LIGHT20 until May 31.",
    "Work late with ease: the Harrowgate Anglepoise Desk Lamp, $52.",
    "Light your desk with style. The Harrowgate Anglepoise Desk Lamp, now $52.",
    "The Harrowgate lamp pairs well with a walnut desk and a good book. $52.",
    "The Harrowgate lamp has a sleek, timeless look, and it's $52 with LIGHT20.",
    "We have 30 left: the Harrowgate Anglepoise Desk Lamp at $52.",
    "The Harrowgate lamp, with a little help from LIGHT20, is $52 until May 31.",
])
def test_customer_shop_and_evaluative_objects_pass(copy):
    assert _claims(copy) == [], copy


@pytest.mark.parametrize("copy", [
    "山川保温杯支持7天无理由退货，¥79.2，码LIGHT20。",
    "山川真空保温杯500毫升，价格含税，¥79.2包邮。",
])
def test_zh_shop_terms_are_no_claim(copy):
    assert _claims(copy, FLASK, "zh-CN") == []


def test_comes_with_is_left_to_the_bundle_check():
    # a bundled item or a part after 'comes with' / 'ships with' is the bundle check's to judge
    assert _claims("The Harrowgate lamp comes with a spare shade, $52 with LIGHT20.") == []


def test_object_stops_at_a_clause_its_verb_opens():
    # 'weighs', 'costs' open the next clause: not parts of the lamp
    assert _claims("The Harrowgate lamp has an inline rocker switch and weighs 1.2 kg. $52.") == []
    assert _claims("The Harrowgate lamp is made of powder-coated aluminium and costs $52.") == []


def test_engine_reports_the_frame_where_no_list_knows_the_words():
    verdict = _verdict("Our desk lamp has a magnetic phone cradle, so your desk stays tidy.")
    assert any(v.rule == "grounding_attribute" and "'has' claims" in v.message for v in verdict.violations)


def test_reason_names_the_frame_and_the_words():
    (claim,) = _claims("The Harrowgate lamp is made from smoked oak. $52.")
    assert claim.frame == "made from" and claim.unsupported == ("smoked", "oak")
    assert "'made from'" in claim.reason() and "'oak'" in claim.reason()


# --- a part named by the measure the record states; 'in the ...' after a craft verb ----------

@pytest.mark.parametrize("copy", [
    "The Harrowgate lamp comes on a 1.8 m cable with a 1.8 m braided lead for the desk edge.",
    "Our Harrowgate desk lamp, with a 1.8 m cord, reaches the far socket, $52 with LIGHT20.",
])
def test_a_part_named_by_a_measure_the_record_states_passes(copy):
    assert not [c for c in _claims(copy) if "cord" in c.unsupported or "lead" in c.unsupported], copy


def test_a_measure_the_record_does_not_state_leaves_the_part_unsupported():
    claims = _claims("Our Harrowgate desk lamp, with a 3 m cord, reaches the far socket.")
    assert any("cord" in c.unsupported for c in claims)


@pytest.mark.parametrize("copy", [
    "A bag knitted in the round would sag; the Wrenfield satchel is waxed cotton canvas, £36.",
    "Lined in the same waxed cotton canvas throughout, the Wrenfield satchel is £36 with LIGHT20.",
])
def test_in_the_after_a_craft_verb_is_a_manner_or_place_not_a_material(copy):
    assert not _claims(copy, SATCHEL, "en-GB"), copy


def test_a_material_after_a_craft_verb_with_in_is_still_checked():
    claims = _claims("The Wrenfield satchel is lined in shearling, £36 with LIGHT20.", SATCHEL, "en-GB")
    assert any("shearling" in c.unsupported for c in claims)
