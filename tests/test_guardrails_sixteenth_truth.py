"""Classes of copy the sixteenth frozen set (new catalogues) exposed in the truth tier, each tested on
examples written here, never that set's rows. Clean copy that blocked: an emoji newer than the Unicode
database read as an unreadable character, a rating's scale ('out of 5') read as a claim, a sentence
end between a month and the next number read as a date, an SMS short code in 'STOP to <number>',
a deadline naming the offer's own end date, and in Chinese a per-quantity basis (每100毫升) read as
the product's size and a list price written with 元 after it. Harm that passed: a material, a
feature or an ingredient the record lacks, another brand's quality claimed, imported origin, and
a deadline by a season or term after the offer ends. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

SOAP = {"item_id": "S1", "title": "Larkfield Oat Milk Soap Bar, 100 g", "brand": "Larkfield", "category": "Soap",
        "price": 6.3, "list_price": 7.0, "currency": "GBP",
        "attributes": {"weight": "100 g", "scent": "unscented", "skin": "sensitive skin", "rating": "4.7",
                       "reviews": "903"}, "stock": 140}
SOAP_OFFER = {"discount_pct": 10, "ends": "2027-09-30", "code": "LARK10"}

TEAPOT = {"item_id": "P1", "title": "青禾 玻璃泡茶壶 600毫升", "brand": "青禾", "category": "茶具", "price": 71.2,
          "list_price": 89.0, "currency": "CNY", "attributes": {"容量": "600毫升", "材质": "高硼硅玻璃", "评分": "4.8", "评价数": "1,200"},
          "stock": 300}
TEAPOT_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "TEA20"}


# --- an emoji newer than the Unicode database -----------------------------------------------------

def test_an_emoji_of_a_later_unicode_version_is_no_unreadable_character():
    # U+1FAE8 (shaking face, Unicode 15) and U+1FABF (goose, Unicode 15): emoji blocks, whatever
    # this database knows of them
    for emoji in ("\U0001fae8", "\U0001fabf", "\U0001f6dc"):
        ok = check_row(f"Soap that behaves {emoji} Larkfield oat milk bar, £6.30 with LARK10.", SOAP, "en-GB",
                       channel="push", offer=SOAP_OFFER)
        assert "garbled_text" not in blocking(ok), emoji
    ok = check_row("青禾玻璃泡茶壶\U0001fadc 600毫升，TEA20到手71.20元。", TEAPOT, "zh-CN", channel="push",
                   offer=TEAPOT_OFFER)
    assert "garbled_text" not in blocking(ok)
    # an unassigned code point outside the emoji blocks, a private-use one and a control still block
    for ch in ("\u0378", "\ue000", "\U000f0001", "\U0001fffe"):
        bad = check_row(f"Larkfield oat milk soap{ch} £6.30 with LARK10.", SOAP, "en-GB", channel="push",
                        offer=SOAP_OFFER)
        assert "garbled_text" in blocking(bad), hex(ord(ch))
    bad = check_row("青禾玻璃泡茶壶\ue123，TEA20到手71.20元。", TEAPOT, "zh-CN", channel="push", offer=TEAPOT_OFFER)
    assert "garbled_text" in blocking(bad)


# --- a rating's scale -----------------------------------------------------------------------------

def test_the_scale_of_a_rating_is_no_claim():
    for copy in ("Rated 4.7 out of 5 by 903 reviewers, Larkfield oat milk soap is £6.30 with LARK10.",
                 "Rated 4.7/5 by 903 reviewers, Larkfield oat milk soap is £6.30 with LARK10.",
                 "Larkfield oat milk soap scores 4.7 on a 5-star scale from 903 reviews, £6.30 with LARK10."):
        ok = check_row(copy, SOAP, "en-GB", offer=SOAP_OFFER)
        assert not blocking(ok) & {"grounding_number", "grounding_rating"}, copy
    for copy in ("青禾玻璃泡茶壶满分5分拿到4.8分，TEA20到手71.20元。", "青禾玻璃泡茶壶评分4.8（满分5分），TEA20到手71.20元。",
                 "青禾玻璃泡茶壶评分4.8/5，TEA20到手71.20元。"):
        ok = check_row(copy, TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
        assert not blocking(ok) & {"grounding_number", "grounding_rating"}, copy
    # a score the record does not give still blocks with its scale, and a count of 5 is a claim
    bad = check_row("Rated 4.9 out of 5 by 903 reviewers, Larkfield oat milk soap is £6.30 with LARK10.", SOAP,
                    "en-GB", offer=SOAP_OFFER)
    assert "grounding_rating" in blocking(bad)
    bad = check_row("Larkfield oat milk soap rated 4.7 out of 5, 5 bars for £6.30 with LARK10.", SOAP, "en-GB",
                    offer=SOAP_OFFER)
    assert "grounding_number" in blocking(bad)
    bad = check_row("青禾玻璃泡茶壶评分4.9（满分5分），TEA20到手71.20元。", TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
    assert "grounding_rating" in blocking(bad)
    bad = check_row("青禾玻璃泡茶壶评分4.8，5个装TEA20到手71.20元。", TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
    assert "grounding_number" in blocking(bad)


# --- a sentence end between a month and the next number -------------------------------------------

def test_a_full_stop_after_a_months_name_ends_the_sentence_and_the_number_after_opens_the_next():
    for copy in ("Larkfield oat milk soap is £6.30 with LARK10 until the end of September. 903 customers rate it.",
                 "Larkfield oat milk soap is £6.30 with LARK10 until the end of September. 9 of 10 reorder."):
        ok = check_row(copy, SOAP, "en-GB", offer=SOAP_OFFER)
        assert "grounding_date" not in blocking(ok), copy
    ok = check_row("Larkfield oat milk soap is £6.30 with LARK10 until Sept. 30.", SOAP, "en-GB", offer=SOAP_OFFER)
    assert "grounding_date" not in blocking(ok)
    # an abbreviated month's dot is no sentence end: its number is still its day
    for copy in ("Larkfield oat milk soap is £6.30 with LARK10 until Sept. 29.",
                 "Larkfield oat milk soap is £6.30 with LARK10 until Sept. 903.",
                 "Larkfield oat milk soap is £6.30 with LARK10 until September 903."):
        bad = check_row(copy, SOAP, "en-GB", offer=SOAP_OFFER)
        assert "grounding_date" in blocking(bad), copy


# --- an opt-out keyword with its short code and no verb -------------------------------------------

def test_the_short_code_after_an_opt_out_keyword_with_no_verb_is_where_to_text():
    for copy in ("Larkfield: oat milk soap £6.30 with LARK10. STOP to 60123 to opt out",
                 "Larkfield: oat milk soap £6.30 with LARK10. UNSUBSCRIBE to 70123 to stop texts. Reply STOP to opt out"):
        ok = check_row(copy, SOAP, "en-GB", channel="sms", offer=SOAP_OFFER)
        assert "grounding_number" not in blocking(ok), copy
    ok = check_row("Larkfield: oat milk soap £6.30 with LARK10. STOP to 60123 to opt out", SOAP, "en-GB",
                   channel="sms", offer=SOAP_OFFER)
    assert "sms_opt_out" not in {v.rule for v in ok.violations}  # the opt-out is there: nothing appended
    # a number after a lower-case 'stop to' in prose is a figure, and a count is a claim
    for copy in ("Larkfield: oat milk soap £6.30 with LARK10, stop to 60123 shops. Reply STOP to opt out",
                 "Larkfield: oat milk soap £6.30 with LARK10, 60123 bars sold. STOP to opt out"):
        bad = check_row(copy, SOAP, "en-GB", channel="sms", offer=SOAP_OFFER)
        assert blocking(bad) & {"grounding_number", "grounding_rating"}, copy


# --- a deadline that names the offer's own end date -----------------------------------------------

def test_a_last_day_joined_to_the_offers_end_date_states_that_date():
    for copy in ("Larkfield: September 30 is the last day for 10% off oat milk soap, £6.30 with LARK10.",
                 "Larkfield: the last day for 10% off oat milk soap is 30 September. £6.30 with LARK10.",
                 "Larkfield oat milk soap, £6.30 with LARK10. Final day: Sept 30."):
        ok = check_row(copy, SOAP, "en-GB", offer=SOAP_OFFER)
        assert "grounding_deadline" not in blocking(ok), copy
    for copy in ("青禾玻璃泡茶壶6月18日是最后一天，TEA20到手71.20元。", "青禾玻璃泡茶壶最后一天：6月18日，TEA20到手71.20元。"):
        ok = check_row(copy, TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
        assert "grounding_deadline" not in blocking(ok), copy
    # another date, or the send day called the last day, is still a claim the send date must bear out
    for copy in ("Larkfield: September 29 is the last day for 10% off oat milk soap, £6.30 with LARK10.",
                 "Larkfield: today is the last day for 10% off oat milk soap, £6.30 with LARK10 until 30 September."):
        bad = check_row(copy, SOAP, "en-GB", offer=SOAP_OFFER)
        assert "grounding_deadline" in blocking(bad), copy
    for copy in ("青禾玻璃泡茶壶6月17日是最后一天，TEA20到手71.20元。", "青禾玻璃泡茶壶今天是最后一天，TEA20到手71.20元，6月18日截止。"):
        bad = check_row(copy, TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
        assert "grounding_deadline" in blocking(bad), copy


# --- a per-quantity basis, and a list price with 元 after it ---------------------------------------

OATS = {"item_id": "O1", "title": "谷田 燕麦奶 1升×6盒", "brand": "谷田", "category": "燕麦奶", "price": 47.2, "list_price": 59.0,
        "currency": "CNY", "attributes": {"规格": "1升×6盒", "膳食纤维": "每100毫升0.8克", "配料": "水、燕麦"}, "stock": 400}
OATS_OFFER = {"discount_pct": 20, "ends": "2027-11-11", "code": "OAT20"}


def test_a_per_quantity_basis_is_no_size_and_a_chinese_unit_may_run_on_into_a_number():
    for copy in ("谷田燕麦奶，每100毫升含膳食纤维0.8克，OAT20到手47.20元。", "谷田燕麦奶1升×6盒，每 100毫升有0.8克膳食纤维。OAT20到手47.20元。"):
        ok = check_row(copy, OATS, "zh-CN", offer=OATS_OFFER)
        assert "grounding_number" not in blocking(ok), copy
    ok = check_row("Larkfield oat milk soap, 0.7 g of oat milk per 100 g, £6.30 with LARK10.",
                   {**SOAP, "attributes": {**SOAP["attributes"], "oat milk": "0.7 g per 100 g"}}, "en-GB",
                   offer=SOAP_OFFER)
    assert "grounding_number" not in blocking(ok)
    # the figure per basis is still a claim, and 100 ml said as the product's size is one too
    bad = check_row("谷田燕麦奶，每100毫升含膳食纤维1.5克，OAT20到手47.20元。", OATS, "zh-CN", offer=OATS_OFFER)
    assert "grounding_number" in blocking(bad)
    bad = check_row("青禾玻璃泡茶壶，一壶100毫升，TEA20到手71.20元。", TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
    assert "grounding_number" in blocking(bad)
    bad = check_row("Larkfield oat milk soap, 3 g of oat milk per 100 g, £6.30 with LARK10.", SOAP, "en-GB",
                    offer=SOAP_OFFER)
    assert "grounding_number" in blocking(bad)


def test_an_amount_after_a_full_width_comma_is_an_amount_of_its_own():
    ok = check_row("谷田燕麦奶1升×6盒，用OAT20，59.00元到手47.20元。", OATS, "zh-CN", offer=OATS_OFFER)
    assert "grounding_price" not in blocking(ok)
    ok = check_row("青禾玻璃泡茶壶，用TEA20，89.00元到手71.20元。", TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
    assert "grounding_price" not in blocking(ok)
    # an amount that is no price of the record, or the price with no currency, still blocks
    bad = check_row("谷田燕麦奶1升×6盒，用OAT20，69.00元到手47.20元。", OATS, "zh-CN", offer=OATS_OFFER)
    assert "grounding_price" in blocking(bad)
    bad = check_row("谷田燕麦奶1升×6盒，用OAT20，59.00到手47.20元。", OATS, "zh-CN", offer=OATS_OFFER)
    assert "grounding_price" in blocking(bad)


# --- materials, features, ingredients and an origin the record lacks ------------------------------

RACKET = {"item_id": "R1", "title": "Fenwick Tour 110 Badminton Racket", "brand": "Fenwick", "category": "Badminton Rackets",
          "price": 48.0, "list_price": 60.0, "currency": "GBP",
          "attributes": {"frame": "graphite", "weight": "85 g", "string": "pre-strung"}, "stock": 30}
RACKET_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "FEN20"}
KEVLAR = {**RACKET, "attributes": {**RACKET["attributes"], "frame": "graphite with Kevlar weave"}}


def test_a_fibre_feature_ingredient_or_origin_the_record_lacks_is_invented():
    bad = check_row("Kevlar-reinforced frame for extra power: Fenwick Tour 110, £48 with FEN20.", RACKET, "en-GB",
                    channel="social", offer=RACKET_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("Kevlar-reinforced frame for extra power: Fenwick Tour 110, £48 with FEN20.", KEVLAR, "en-GB",
                   channel="social", offer=RACKET_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    for copy in ("Larkfield oat milk soap with probiotics, £6.30 with LARK10.",
                 "Larkfield oat milk soap with vitamin D, £6.30 with LARK10.",
                 "Larkfield oat milk soap with a touch screen, £6.30 with LARK10."):
        bad = check_row(copy, SOAP, "en-GB", channel="social", offer=SOAP_OFFER)
        assert "grounding_attribute" in blocking(bad), copy
    for copy in ("青禾玻璃泡茶壶带液晶触屏和力度感应，TEA20到手71.20元。", "原装进口\n青禾玻璃泡茶壶，TEA20到手71.20元。",
                 "添加了益生菌的青禾玻璃泡茶壶，TEA20到手71.20元。"):
        bad = check_row(copy, TEAPOT, "zh-CN", channel="social", offer=TEAPOT_OFFER)
        assert "grounding_attribute" in blocking(bad), copy
    ok = check_row("原装进口\n青禾玻璃泡茶壶，TEA20到手71.20元。", {**TEAPOT, "attributes": {**TEAPOT["attributes"], "产地": "德国原装进口"}},
                   "zh-CN", channel="social", offer=TEAPOT_OFFER)
    assert "grounding_attribute" not in blocking(ok)


# --- another brand's quality set against this one's price -----------------------------------------

def test_another_brands_quality_at_this_ones_price_names_that_brand():
    for copy in ("Dovely quality, Larkfield price\nOat milk soap bar, £6.30 with LARK10.",
                 "LUSHE results at a Larkfield price: oat milk soap, £6.30 with LARK10."):
        bad = check_row(copy, SOAP, "en-GB", channel="push", offer=SOAP_OFFER)
        assert "comparison" in blocking(bad), copy
    # a common word that only opens the line, or the shop's own name, is no other brand
    for copy in ("Great quality, great price: Larkfield oat milk soap, £6.30 with LARK10.",
                 "Soft feel, small price. Larkfield oat milk soap, £6.30 with LARK10.",
                 "Larkfield quality, Larkfield price: oat milk soap, £6.30 with LARK10."):
        ok = check_row(copy, SOAP, "en-GB", channel="push", offer=SOAP_OFFER)
        assert "comparison" not in blocking(ok), copy


# --- an offer said to last a season or term past its end ------------------------------------------

def test_an_offer_said_to_last_a_season_must_reach_its_end():
    for copy in ("Larkfield oat milk soap, £6.30 with LARK10 all autumn long.",
                 "Larkfield oat milk soap, £6.30 with LARK10 through the autumn term."):
        bad = check_row(copy, SOAP, "en-GB", offer=SOAP_OFFER)
        assert "grounding_date" in blocking(bad), copy
    for copy in ("青禾玻璃泡茶壶整个秋季学期都有8折，TEA20到手71.20元。", "青禾玻璃泡茶壶暑假期间都有8折，TEA20到手71.20元。"):
        bad = check_row(copy, TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
        assert "grounding_date" in blocking(bad), copy
    # a season the offer reaches, a season as a thing's name, or the product's own use all season
    for copy in ("Larkfield oat milk soap, £6.30 with LARK10 all summer long.",
                 "Larkfield oat milk soap, £6.30 with LARK10, all winter essentials sorted.",
                 "Larkfield: soft skin all winter long. Oat milk soap, £6.30 with LARK10."):
        ok = check_row(copy, SOAP, "en-GB", offer=SOAP_OFFER)
        assert "grounding_date" not in blocking(ok), copy
    ok = check_row("青禾玻璃泡茶壶春季上新，整个春天泡花茶，TEA20到手71.20元，6月18日截止。", TEAPOT, "zh-CN",
                   offer=TEAPOT_OFFER)
    assert "grounding_date" not in blocking(ok)
    ok = check_row("青禾玻璃泡茶壶整个夏天都有8折，TEA20到手71.20元。", {**TEAPOT}, "zh-CN",
                   offer={**TEAPOT_OFFER, "ends": "2027-08-31"})
    assert "grounding_date" not in blocking(ok)
