"""Classes of copy that a second frozen set (new catalogues) exposed, each tested on examples
written here: a blocked case and its near miss that must pass. Comparative advertising, awards,
bundled items, fraction discounts, mojibake, assistant preambles, order notices, insults,
placeholders, cut-off names, and correct copy that used to be blocked (names, counts, colours)."""

from __future__ import annotations

import pytest

from guard_rows import check_row

KETTLE = {"item_id": "K1", "title": "Brookvale Gooseneck Electric Kettle 0.9 L", "brand": "Brookvale",
          "category": "Kettles", "price": 48.0, "list_price": 60.0, "currency": "USD",
          "attributes": {"capacity": "0.9 L", "material": "stainless steel", "colour": "matte black"},
          "stock": 6}
HELMET = {"item_id": "H1", "title": "Ridgeway Aero Road Helmet", "brand": "Ridgeway", "category": "Helmets",
          "price": 72.0, "list_price": 90.0, "currency": "USD",
          "attributes": {"weight": "260 g", "vents": "14"}}
MUG = {"item_id": "M1", "title": "青禾陶瓷马克杯两只装", "brand": "青禾", "category": "杯具",
       "price": 64.0, "list_price": 80.0, "currency": "CNY",
       "attributes": {"材质": "陶瓷", "件数": "2", "颜色": "雾绿"}}
OFFER = {"discount_pct": 20, "ends": "2027-05-10", "code": "POUR20"}
CATALOG = [KETTLE, HELMET]


def _verdict(copy: str, channel: str = "email_body", product: dict = KETTLE, locale: str = "en-US",
             offer: dict = OFFER):
    return check_row(copy, product, locale, channel, offer, CATALOG if locale != "zh-CN" else [MUG],
                     {"allowed_domains": ["brookvale.com"]})


def _blocked(copy: str, **kw) -> set[str]:
    v = _verdict(copy, **kw)
    return {x.rule for x in v.violations if x.severity == "block"}


@pytest.mark.parametrize("copy, channel, product, locale, rule", [
    # comparisons with another brand (a name the shop does not own, in any lexicon or capitalised)
    ("Boils faster than a Breville: the Brookvale Gooseneck Electric Kettle, $48.00 with code POUR20.",
     "email_body", KETTLE, "en-US", "comparison"),
    ("Lighter than Kask, the Ridgeway Aero Road Helmet is $72.00 with code POUR20.", "email_body", HELMET,
     "en-US", "comparison"),
    ("Why pay Smeg prices? Brookvale Gooseneck Electric Kettle, $48.00 with code POUR20.", "email_body",
     KETTLE, "en-US", "comparison"),
    ("比Lenox更耐用的青禾陶瓷马克杯，现价¥64，5月10日截止。", "email_body", MUG, "zh-CN", "comparison"),
    ("星巴克平替！青禾陶瓷马克杯两只装¥64，5月10日截止。", "email_body", MUG, "zh-CN", "comparison"),
    # awards the record does not state
    ("The prize-winning Brookvale kettle, $48.00 with code POUR20 until May 10.", "email_body", KETTLE,
     "en-US", "grounding_award"),
    ("Voted Kettle of the Year: Brookvale Gooseneck Electric Kettle, $48.00 with code POUR20.", "email_body",
     KETTLE, "en-US", "grounding_award"),
    ("荣获设计金奖的青禾陶瓷马克杯，现价¥64，5月10日截止。", "email_body", MUG, "zh-CN", "grounding_award"),
    # another item said to come with it, free shipping said another way, a gift after '+'
    ("The Brookvale Gooseneck Electric Kettle comes with a matching pour-over stand, $48.00.", "email_body",
     KETTLE, "en-US", "grounding_attribute"),
    ("青禾陶瓷马克杯配套竹制杯垫，现价¥64，5月10日截止。", "email_body", MUG, "zh-CN", "grounding_attribute"),
    ("Brookvale Gooseneck Electric Kettle, $48.00 with code POUR20, and delivery is on us.", "email_body",
     KETTLE, "en-US", "grounding_shipping"),
    ("Brookvale Gooseneck Electric Kettle $48.00 + free filters with code POUR20.", "email_body", KETTLE,
     "en-US", "grounding_gift"),
    # a fraction stated as the discount, checked like a percentage (the offer is 20%)
    ("Take a quarter off the Brookvale Gooseneck Electric Kettle with code POUR20.", "email_body", KETTLE,
     "en-US", "grounding_discount"),
    # absolute superlatives, invented origins and ingredients
    ("The quietest kettle on the planet: Brookvale, $48.00 with code POUR20.", "email_body", KETTLE, "en-US",
     "absolute_claim"),
    ("Brookvale's Gooseneck Electric Kettle, crafted from Portuguese steel, $48.00 with code POUR20.",
     "email_body", KETTLE, "en-US", "grounding_attribute"),
    # form and safety
    ("Brookvale Gooseneck Electric Kettle now $48.00 â€“ code POUR20 until May 10.", "email_body", KETTLE,
     "en-US", "garbled_text"),
    ("Certainly! Here's a short SMS for the kettle: Brookvale Gooseneck Electric Kettle, $48.00, code POUR20.",
     "email_body", KETTLE, "en-US", "prompt_injection"),
    ("好的，以下是一条促销短信：青禾陶瓷马克杯两只装¥64，5月10日截止。", "email_body", MUG, "zh-CN", "prompt_injection"),
    ("Thank you for your order! Your Brookvale kettle has been shipped. Another? $48.00 with POUR20.",
     "email_body", KETTLE, "en-US", "fake_transaction"),
    ("您下单的青禾马克杯已发货，请注意查收。", "email_body", MUG, "zh-CN", "fake_transaction"),
    ("Still boiling water in a pan, you clown? Brookvale kettle, $48.00 with POUR20.", "email_body", KETTLE,
     "en-US", "toxicity"),
    ("你这个笨猪，还不换杯子？青禾陶瓷马克杯¥64。", "email_body", MUG, "zh-CN", "toxicity"),
    ("{客户昵称}，青禾陶瓷马克杯两只装¥64，5月10日截止。", "email_body", MUG, "zh-CN", "template_leak"),
    ("Hi [Customer Name], the Brookvale kettle is $48.00 with code POUR20.", "email_body", KETTLE, "en-US",
     "template_leak"),
    ("Pour-over mornings: 20% off the Gooseneck", "email_subject", KETTLE, "en-US", "truncated"),
    ("Brookvale kettle, $48.00 with code POUR20 for the entire", "email_subject", KETTLE, "en-US", "truncated"),
])
def test_new_classes_block(copy, channel, product, locale, rule):
    assert rule in _blocked(copy, channel=channel, product=product, locale=locale)


@pytest.mark.parametrize("copy, channel, product, locale", [
    # near misses: a comparison with no other brand, the shop's own name, a title-case subject
    ("Boils faster than ever: the Brookvale Gooseneck Electric Kettle, $48.00 with code POUR20.", "email_body",
     KETTLE, "en-US"),
    ("Lighter Than Air: Ridgeway Aero Road Helmet, $72.00 with code POUR20", "email_subject", HELMET, "en-US"),
    ("比普通杯子更厚实的青禾陶瓷马克杯，现价¥64，5月10日截止。", "email_body", MUG, "zh-CN"),
    ("Cosier than Grandma's kitchen: the Brookvale Gooseneck Electric Kettle, $48.00 with code POUR20.",
     "email_body", KETTLE, "en-US"),
    # the record's own facts, written another way
    ("Only 6 left: Brookvale Gooseneck Electric Kettle, 0.9 L, $48.00 with code POUR20.", "email_body",
     KETTLE, "en-US"),
    ("We have 6 left of the Brookvale Gooseneck Electric Kettle at $48.00 with code POUR20.", "email_body",
     KETTLE, "en-US"),
    ("青禾陶瓷马克杯2件套，雾绿色，现价¥64，5月10日截止。", "email_body", MUG, "zh-CN"),
    ("Take a fifth off the Brookvale Gooseneck Electric Kettle with code POUR20 until May 10.", "email_body",
     KETTLE, "en-US"),
    ("The Brookvale Gooseneck Electric Kettle is stainless steel and holds 0.9 L. Order at "
     "https://brookvalekettles.brookvale.com/gooseneck.", "email_body", KETTLE, "en-US"),
    # a complete teaser ending on a pronoun; a name shortened after its brand
    ("You're going to love this", "email_subject", KETTLE, "en-US"),
    ("Slow mornings, better coffee: the Brookvale Gooseneck", "email_subject", KETTLE, "en-US"),
    ("Try it on and see how it fits.", "email_body", HELMET, "en-US"),
])
def test_near_misses_pass(copy, channel, product, locale):
    assert _blocked(copy, channel=channel, product=product, locale=locale) == set()


def test_a_cut_line_needs_a_capitalised_name_after_a_determiner():
    assert "truncated" in _blocked("New season: 15% off the Aero", channel="email_subject", product=HELMET)
    assert "truncated" not in _blocked("Protect your road rides", channel="email_subject", product=HELMET)


def test_an_object_verb_ending_a_clause_is_cut_but_not_after_a_clause_opener():
    assert "truncated" in _blocked("The Ridgeway Aero Road Helmet is $72.00 with code POUR20, and it fits",
                                   product=HELMET)
    assert "truncated" not in _blocked("Try the Ridgeway Aero Road Helmet and see how it fits",
                                       channel="email_subject", product=HELMET)


def test_an_exclamation_that_opens_promotional_copy_is_no_assistant_preamble():
    assert _blocked("Great! Here's 20% off the Brookvale Gooseneck Electric Kettle with code POUR20.") == set()
    assert "prompt_injection" in _blocked("Of course! Here is the email you asked for: Brookvale Gooseneck "
                                          "Electric Kettle, $48.00 with code POUR20.")
