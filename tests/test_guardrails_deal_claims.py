"""A deal claimed without an amount (`unsupported_deal`, truth tier): copy that says there is a
discount, a sale, a saving, a reduced or special price or a code blocks when the brief has no
offer and the record no reference price the locale lets the copy call a reduction; with an offer
or such a reference the same words pass. Examples written here, in en-US, en-GB and zh-CN, over
every channel; product names holding the words, evaluative words and non-price senses pass."""

from __future__ import annotations

import pytest

from promo_llm.guardrails.packs import load_pack
from guard_rows import check_row

PLANTER = {"item_id": "L1", "title": "Larkspur Ceramic Planter", "brand": "Larkspur", "category": "Planters",
           "price": 24.0, "currency": "USD", "attributes": {"material": "ceramic", "diameter": "20 cm"},
           "stock": 80}
SALE_SIGN = {"item_id": "S1", "title": "Hollis Vintage Sale Sign", "brand": "Hollis", "category": "Signs",
             "price": 12.0, "currency": "USD", "attributes": {"material": "tin"}, "stock": 40}
CARD_HOLDER = {"item_id": "C1", "title": "Pennywell Discount Card Holder", "brand": "Pennywell",
               "category": "Wallets", "price": 6.5, "currency": "GBP", "attributes": {"slots": "12"},
               "stock": 90}
CRATE = {"item_id": "B1", "title": "Bargain Bin Storage Crate", "brand": "Stackwell", "category": "Storage",
         "price": 9.0, "currency": "GBP", "attributes": {"material": "polypropylene"}, "stock": 50}
TEAPOT = {"item_id": "T1", "title": "Copperleaf Enamel Teapot", "brand": "Copperleaf", "category": "Teapots",
          "price": 18.0, "list_price": 24.0, "currency": "GBP", "attributes": {"capacity": "1.2 L"}, "stock": 30}
KETTLE = {"item_id": "K1", "title": "Copperleaf Stovetop Kettle", "brand": "Copperleaf", "category": "Kettles",
          "price": 30.0, "currency": "GBP", "attributes": {"capacity": "2 L"}, "stock": 30}
CUP = {"item_id": "Z1", "title": "竹影陶瓷茶杯", "brand": "竹影", "category": "茶具", "price": 59.0,
       "currency": "CNY", "attributes": {"材质": "陶瓷", "容量": "200毫升"}, "stock": 60}
OFFER = {"discount_pct": 20, "code": "PLANT20", "ends": "2027-05-31"}
CATALOG = {"en-US": [PLANTER, SALE_SIGN], "en-GB": [CARD_HOLDER, CRATE, TEAPOT, KETTLE], "zh-CN": [CUP]}


def _verdict(copy, product, locale, channel, offer=None, history=None):
    return check_row(copy, product, locale, channel, offer, CATALOG[locale], history=history)


def _blocked(copy, product=PLANTER, locale="en-US", channel="email_body", offer=None, history=None) -> set[str]:
    return {v.rule for v in _verdict(copy, product, locale, channel, offer, history).violations
            if v.severity == "block"}


def test_the_rule_is_a_truth_block_in_every_locale_pack():
    for locale in ("en-US", "en-GB", "zh-CN"):
        rule = load_pack(locale).rules["unsupported_deal"]
        assert (rule.tier, rule.severity) == ("truth", "block") and rule.source


# --- claims without an offer block, in every channel; with an offer they pass -----------------

US_CLAIMS = [
    ("Larkspur Ceramic Planter, now $24.00 with a discount. Pot up your herbs this spring.", "email_body"),
    ("Planter sale: Larkspur Ceramic Planter $24", "email_subject"),
    ("Larkspur Ceramic Planter is on sale, $24.00", "push"),
    ("Members-only pricing: the Larkspur Ceramic Planter, $24.00. Reply STOP to opt out", "sms"),
    ("Save big on the Larkspur Ceramic Planter, $24.00 #planters #homegarden", "social"),
    ("The Larkspur Ceramic Planter: $24.00, down from its usual price.", "email_body"),
    ("Larkspur Ceramic Planter\nThe price has dropped: $24.00", "push"),
    ("Larkspur Ceramic Planter, marked down to $24.00", "email_subject"),
    ("Larkspur Ceramic Planter, $24.00 for VIPs: treat your fern. Reply STOP to opt out", "sms"),
    ("Our special price on the Larkspur Ceramic Planter: $24.00. #plantlover", "social"),
    ("Larkspur Ceramic Planter on special this week: $24.00", "push"),
    ("Don't miss the sale: Larkspur Ceramic Planter $24.00", "email_subject"),
    ("The Larkspur Ceramic Planter usually costs more. Today it is $24.00.", "email_body"),
]


@pytest.mark.parametrize("copy, channel", US_CLAIMS)
def test_a_deal_claim_without_an_offer_blocks(copy, channel):
    assert "unsupported_deal" in _blocked(copy, channel=channel)


@pytest.mark.parametrize("copy, channel", US_CLAIMS)
def test_the_same_claim_passes_with_a_discount_in_the_offer(copy, channel):
    assert "unsupported_deal" not in _blocked(copy, channel=channel, offer=OFFER)


def test_a_claim_of_a_code_needs_the_offers_code_and_is_not_reported_twice():
    assert "unsupported_deal" in _blocked("Larkspur Ceramic Planter, $24.00: use your voucher at checkout.")
    assert "unsupported_deal" not in _blocked("Larkspur Ceramic Planter: promo code PLANT20, $19.20.",
                                              offer=OFFER)
    # a code the offer lacks is grounding_code's finding; the words around it are not blocked again
    got = _verdict("Larkspur Ceramic Planter, $24.00 with discount code GROW5.", PLANTER, "en-US", "email_body")
    rules = [v.rule for v in got.violations if v.severity == "block"]
    assert "grounding_code" in rules and "unsupported_deal" not in rules
    # a discount without a code: 'discount code' claims a code that does not exist
    assert "unsupported_deal" in _blocked("Larkspur Ceramic Planter, $19.20 with our discount code.",
                                          offer={"discount_pct": 20})


def test_an_offer_of_any_kind_substantiates_a_special_offer_but_not_a_reduction():
    gift = {"gift": "drip tray"}
    assert "unsupported_deal" in _blocked("Special offer: Larkspur Ceramic Planter, $24.00", channel="email_subject")
    assert "unsupported_deal" not in _blocked("Special offer: Larkspur Ceramic Planter, $24.00 with a free drip tray",
                                              channel="email_subject", offer=gift)
    assert "unsupported_deal" in _blocked("Larkspur Ceramic Planter, $24.00 with a discount and a free drip tray",
                                          offer=gift)


# --- 'on sale': the locale decides --------------------------------------------------------------

def test_on_sale_is_a_reduction_in_en_us_and_availability_in_en_gb():
    assert "unsupported_deal" in _blocked("The Larkspur Ceramic Planter is on sale now, $24.00", channel="push")
    assert "unsupported_deal" not in _blocked("The Copperleaf Stovetop Kettle is on sale now, £30.00", KETTLE,
                                              "en-GB", "push")
    # in either locale 'in the sale' and 'sale price' claim a reduction
    assert "unsupported_deal" in _blocked("The Copperleaf Stovetop Kettle is in the sale: £30.00", KETTLE,
                                          "en-GB", "email_subject")
    assert "unsupported_deal" in _blocked("Sale price £30.00: the Copperleaf Stovetop Kettle. #teatime", KETTLE,
                                          "en-GB", "social")
    # going on sale from a date is availability everywhere
    assert "unsupported_deal" not in _blocked("The Larkspur Ceramic Planter goes on sale from May 1 at $24.00.")


# --- words of the product's name; evaluative words; other senses ------------------------------

@pytest.mark.parametrize("copy, product, locale, channel", [
    ("The Hollis Vintage Sale Sign, $12.00: a retro touch for the shed.", SALE_SIGN, "en-US", "email_body"),
    ("Hollis Vintage Sale Sign, $12.00 #shedlife", SALE_SIGN, "en-US", "social"),
    ("Pennywell Discount Card Holder, £6.50: twelve slots", CARD_HOLDER, "en-GB", "email_subject"),
    ("Tidy the garage with the Bargain Bin Storage Crate, £9.00. Reply STOP to opt out", CRATE, "en-GB", "sms"),
])
def test_words_of_the_product_name_claim_nothing(copy, product, locale, channel):
    assert "unsupported_deal" not in _blocked(copy, product, locale, channel)


def test_the_same_word_beside_the_name_is_still_a_claim():
    assert "unsupported_deal" in _blocked("Pennywell Discount Card Holder, £6.50 with a discount", CARD_HOLDER,
                                          "en-GB", "email_subject")
    assert "unsupported_deal" in _blocked("Sale! The Hollis Vintage Sale Sign, $12.00", SALE_SIGN,
                                          channel="email_subject")


@pytest.mark.parametrize("copy", [
    "The Larkspur Ceramic Planter is great value at $24.00.",
    "An affordable Larkspur Ceramic Planter: $24.00, a low price for glazed ceramic.",
    "Budget-friendly and bright: the Larkspur Ceramic Planter, $24.00. It's a bargain.",
    "Save time and space: the Larkspur Ceramic Planter, $24.00, stacks neatly.",
    "Save your seedlings from the frost: the Larkspur Ceramic Planter, $24.00.",
    "Save more space on the sill: the Larkspur Ceramic Planter, $24.00.",
    "The Larkspur Ceramic Planter, $24.00: lovely on special occasions.",
    "Bake sale this weekend? Pot a fern in the Larkspur Ceramic Planter, $24.00.",
    "No voucher needed: the Larkspur Ceramic Planter is $24.00.",
    "The Larkspur Ceramic Planter is not on sale and never discounted: $24.00, every day.",
    "Pair the Larkspur Ceramic Planter ($24.00) with a gift voucher for a gardener friend.",
])
def test_evaluative_words_and_other_senses_pass(copy):
    assert "unsupported_deal" not in _blocked(copy)


# --- a reference price the locale's window allows -------------------------------------------

def test_a_list_price_above_the_price_substantiates_a_reduction_without_history():
    assert "unsupported_deal" not in _blocked("The Copperleaf Enamel Teapot is reduced to £18.00.", TEAPOT,
                                              "en-GB", "email_subject")


def test_the_price_history_decides_where_there_is_one():
    genuine = [("2027-01-01", 24.0), ("2027-03-01", 18.0)]   # £24 for two months, then £18
    assert "unsupported_deal" not in _blocked("Copperleaf Enamel Teapot, reduced: £18.00", TEAPOT, "en-GB",
                                              "email_subject", history=genuine)
    fake = [("2027-01-01", 18.0), ("2027-02-20", 24.0), ("2027-02-22", 18.0)]  # £24 for two days only
    got = _blocked("Copperleaf Enamel Teapot, reduced: £18.00", TEAPOT, "en-GB", "email_subject", history=fake)
    assert "unsupported_deal" in got
    # no list price, but the history shows a real reduction: the kettle was £36 for weeks
    dropped = [("2027-01-01", 36.0), ("2027-03-01", 30.0)]
    assert "unsupported_deal" not in _blocked("Copperleaf Stovetop Kettle, down from its usual price: £30.00",
                                              KETTLE, "en-GB", "email_subject", history=dropped)
    assert "unsupported_deal" in _blocked("Copperleaf Stovetop Kettle, down from its usual price: £30.00",
                                          KETTLE, "en-GB", "email_subject",
                                          history=[("2027-01-01", 30.0), ("2027-03-01", 30.0)])


def test_the_window_is_the_locales():
    # ¥69 in force until 10 days before the current price began: in zh-CN's 7-day window only ¥59
    # was charged, so 降价 is no reduction there
    hist = [("2027-01-01", 69.0), ("2027-02-19", 59.0), ("2027-02-25", 49.0), ("2027-03-01", 59.0)]
    assert "unsupported_deal" in _blocked("竹影陶瓷茶杯降价啦，现价¥59，温润好握。", CUP, "zh-CN", "email_body",
                                          history=hist)
    assert "unsupported_deal" not in _blocked("竹影陶瓷茶杯降价啦，现价¥59，温润好握。", CUP, "zh-CN", "email_body",
                                              history=[("2027-01-01", 69.0), ("2027-03-01", 59.0)])


# --- Chinese ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("copy, channel", [
    ("竹影陶瓷茶杯限时特价¥59，温润釉色，泡茶刚好。", "email_body"),
    ("【竹影】陶瓷茶杯会员价¥59，回T退订", "sms"),
    ("竹影陶瓷茶杯打折啦\n¥59入手", "push"),
    ("竹影陶瓷茶杯价格下调，现价¥59 #茶具", "social"),
    ("竹影陶瓷茶杯，用优惠码下单更划算", "email_subject"),
])
def test_chinese_deal_claims_without_an_offer_block(copy, channel):
    assert "unsupported_deal" in _blocked(copy, CUP, "zh-CN", channel)


def test_chinese_claims_pass_with_an_offer_and_evaluative_words_pass_without():
    offer = {"discount_pct": 20, "code": "TEA20", "ends": "2027-05-31"}
    assert "unsupported_deal" not in _blocked("竹影陶瓷茶杯限时特价¥47.2，用优惠码TEA20，5月31日截止。", CUP,
                                              "zh-CN", "email_body", offer=offer)
    for copy in ("竹影陶瓷茶杯¥59，性价比高，实惠好用。", "竹影陶瓷茶杯¥59，价格实在，不打折也划算。",
                 "竹影陶瓷茶杯¥59，无需优惠码，直接下单。", "竹影陶瓷茶杯，颜值秒杀同价位，¥59。"):
        assert "unsupported_deal" not in _blocked(copy, CUP, "zh-CN", "email_body"), copy
    # 会员专享 claims an offer: a gift substantiates it, nothing does not
    assert "unsupported_deal" not in _blocked("会员专享：竹影陶瓷茶杯¥59，下单赠杯垫。", CUP, "zh-CN", "email_body",
                                              offer={"gift": "杯垫"})
    assert "unsupported_deal" in _blocked("会员专享：竹影陶瓷茶杯¥59，温润好握。", CUP, "zh-CN", "email_body")
    # 不错的优惠 ("a good deal") is no negation
    assert "unsupported_deal" in _blocked("竹影陶瓷茶杯¥59，不错的优惠，温润好握。", CUP, "zh-CN", "email_body")
