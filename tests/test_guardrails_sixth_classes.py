"""Classes of copy a sixth frozen set (new catalogues) exposed, each tested on examples written
here, never that set's rows. Correct copy that was blocked: the letters of the offer's code (or a
verb the title's noun comes from) read as a misspelt brand, a setting inside a range the record
states, a "now" price at exactly half price, a weekday naming a chore, a material the product is
used on, 第一 before a measure word. Harm that passed: (see the sections below). Each with a near
miss on the other side."""

from __future__ import annotations

import pytest

from guard_rows import blocking, check_row

GLIDER = {"item_id": "G1", "title": "Glidero Balance Glider 12 in", "brand": "Glidero", "category": "Balance Bikes",
          "price": 72.0, "list_price": 90.0, "currency": "USD",
          "attributes": {"ages": "2-5", "frame": "aluminium", "tyres": "air-free foam"}, "stock": 40}
SOUS_VIDE = {"item_id": "S1", "title": "Tempra Sous Vide Stick", "brand": "Tempra", "category": "Sous Vide",
             "price": 96.0, "list_price": 120.0, "currency": "GBP",
             "attributes": {"temperature": "adjustable 40-90°C", "power": "1000 W", "clip": "adjustable"},
             "stock": 30}
SOAP = {"item_id": "SS1", "title": "Tallowby Saddle Soap 100 g", "brand": "Tallowby", "category": "Shoe Care",
        "price": 7.2, "list_price": 9.0, "currency": "GBP",
        "attributes": {"base": "glycerine and lanolin", "size": "100 g"}, "stock": 120}
MUG = {"item_id": "21071", "title": "Enamel Mug Fox Design", "brand": "Hollyhock", "category": "Mugs",
       "price": 1.25, "list_price": 2.5, "currency": "GBP", "attributes": {"stock code": "21071", "design": "fox"},
       "stock": 200}
POTHOS = {"item_id": "LB1", "title": "青禾绿萝吊盆", "brand": "青禾", "category": "室内绿植", "price": 39.0,
          "list_price": 52.0, "currency": "CNY", "attributes": {"高度": "30-40厘米", "花盆": "白色塑料吊盆"},
          "stock": 60}
OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "GLIDE20"}  # 30 April 2027 is a Friday
HALF = {"discount_pct": 50, "ends": "2027-03-31", "code": "FOX50"}
CATALOG = [GLIDER, SOUS_VIDE, SOAP, MUG]


def _verdict(copy: str, product: dict, locale: str, channel: str, offer: dict | None):
    return check_row(copy, product, locale, channel, offer or OFFER, CATALOG if locale != "zh-CN" else [POTHOS])


def _blocked(copy: str, product: dict = GLIDER, locale: str = "en-US", channel: str = "email_body",
             offer: dict | None = None) -> set[str]:
    return blocking(_verdict(copy, product, locale, channel, offer))


# --- false blocks: the brand, the code and the title's verb ---------------------------------

@pytest.mark.parametrize("copy", [
    "The Glidero Balance Glider is $72.00 with GLIDE20 until April 30.",
    "Ready, steady, glide! The Glidero balance glider for ages 2-5 is $72.00 with GLIDE20.",
])
def test_code_letters_and_the_titles_verb_are_no_misspelt_brand(copy):
    assert "misspelled_name" not in _blocked(copy)


@pytest.mark.parametrize("copy", [
    "The Glidaro Balance Glider is $72.00 with GLIDE20 until April 30.",
    "Meet the Glideroo balance glider, $72.00 with GLIDE20.",
])
def test_a_misspelt_brand_still_blocks(copy):
    assert "misspelled_name" in _blocked(copy)


# --- false blocks: a setting inside the record's range ---------------------------------------

def test_a_temperature_inside_the_records_range_is_grounded():
    copy = "Set it to 62°C and leave it: the Tempra Sous Vide Stick holds 62°C for hours. £96.00 with GLIDE20."
    assert "grounding_number" not in _blocked(copy, SOUS_VIDE, "en-GB")


@pytest.mark.parametrize("copy", [
    "Set it to 95°C: the Tempra Sous Vide Stick is £96.00 with GLIDE20.",  # outside 40-90
    "Set it to 62°F: the Tempra Sous Vide Stick is £96.00 with GLIDE20.",  # another unit
    "Set it to 62 minutes: the Tempra Sous Vide Stick is £96.00 with GLIDE20.",  # no range in minutes
])
def test_a_value_outside_the_range_or_in_another_unit_blocks(copy):
    assert "grounding_number" in _blocked(copy, SOUS_VIDE, "en-GB")


# --- false blocks: 'now' at exactly half price -----------------------------------------------

def test_now_price_at_half_price_is_the_price():
    copy = "Hollyhock: 50% off the fox enamel mug, now £1.25 with FOX50 to 31 Mar."
    assert "grounding_price" not in _blocked(copy, MUG, "en-GB", "social", HALF)


def test_now_list_price_still_blocks():
    copy = "Hollyhock: the fox enamel mug, now £2.50 with FOX50 to 31 Mar."
    assert "grounding_price" in _blocked(copy, MUG, "en-GB", "social", HALF)


# --- false blocks: a weekday naming what people do -------------------------------------------

@pytest.mark.parametrize("copy", [
    "Saturday project: a first ride round the park. The Glidero balance glider, $72.00 with GLIDE20.",
    "Sunday chores done, Sunday adventures next. Glidero balance glider, $72.00 with GLIDE20.",
])
def test_a_weekday_as_a_modifier_is_no_date(copy):
    assert "grounding_date" not in _blocked(copy)


@pytest.mark.parametrize("copy", [
    "Sunday only: the Glidero balance glider, $72.00 with GLIDE20.",
    "Our Sunday sale: the Glidero balance glider, $72.00 with GLIDE20.",
    "The Glidero balance glider is $72.00 with GLIDE20 until Sunday.",
    "Sunday is the last day: Glidero balance glider, $72.00 with GLIDE20.",
])
def test_a_weekday_as_a_deadline_still_blocks(copy):
    assert "grounding_date" in _blocked(copy)


# --- false blocks: a material the product is used on -----------------------------------------

@pytest.mark.parametrize("copy", [
    "Tallowby Saddle Soap cleans all kinds of leather and leaves it supple. £7.20 with GLIDE20.",
    "A 100 g tin of Tallowby Saddle Soap, for leather boots and bags, £7.20 with GLIDE20.",
])
def test_a_material_the_product_is_used_on_is_no_claim(copy):
    assert "grounding_attribute" not in _blocked(copy, SOAP, "en-GB")


@pytest.mark.parametrize("copy", [
    "Tallowby Saddle Soap comes in a leather pouch. £7.20 with GLIDE20.",
    "A leather travel tin of Tallowby Saddle Soap, £7.20 with GLIDE20.",
])
def test_a_material_the_product_is_made_of_still_blocks(copy):
    assert "grounding_attribute" in _blocked(copy, SOAP, "en-GB")


# --- false blocks: 第一 as an ordinal --------------------------------------------------------

@pytest.mark.parametrize("copy", ["新家第一株绿植就选它，青禾绿萝吊盆¥39，码GLIDE20",
                                  "办公桌上的第一盆绿萝，青禾绿萝吊盆¥39，码GLIDE20"])
def test_diyi_before_a_measure_word_is_an_ordinal(copy):
    assert "absolute_claim" not in _blocked(copy, POTHOS, "zh-CN", "social")


@pytest.mark.parametrize("copy", ["销量第一的绿萝，青禾绿萝吊盆¥39，码GLIDE20",
                                  "第一款免打理绿萝，青禾绿萝吊盆¥39，码GLIDE20"])
def test_diyi_as_number_one_still_blocks(copy):
    assert "absolute_claim" in _blocked(copy, POTHOS, "zh-CN", "social")


# --- misses: copy cut inside the offer's code or inside a word --------------------------------

@pytest.mark.parametrize("copy,channel,product,locale", [
    ("Balance first\nThe Glidero balance glider is $72.00 with GLI", "push", GLIDER, "en-US"),
    ("Balance first\nThe Glidero balance glider is $72.00, code GLIDE", "push", GLIDER, "en-US"),
    ("青禾绿萝吊盆8折\n¥39包邮，码GLI", "push", POTHOS, "zh-CN"),
    ("The Glidero balance glider has air-free foam tyres. Use GLIDE20 for $72.00 and take it to the pa",
     "email_body", GLIDER, "en-US"),
])
def test_a_copy_cut_inside_the_code_or_a_word_blocks(copy, channel, product, locale):
    assert "truncated" in _blocked(copy, product, locale, channel)


@pytest.mark.parametrize("copy,channel", [
    ("Balance first\nThe Glidero balance glider is $72.00 with GLIDE20", "push"),
    ("The Glidero balance glider for ages 2-5 is $72.00 with GLIDE20. Pick yours up in", "sms"),
    ("The Glidero Balance Glider is 12 in", "push"),
])
def test_a_whole_code_or_a_short_word_is_no_cut(copy, channel):
    assert "truncated" not in _blocked(copy, GLIDER, "en-US", channel)


# --- misses: absolute claims, awards, gifts ------------------------------------------------

@pytest.mark.parametrize("copy", ["The lightest kids' glider ever built, $72.00 with GLIDE20.",
                                  "Our comfiest toddler's saddle ever made, on the Glidero glider, $72.00."])
def test_a_superlative_made_absolute_across_a_possessive_blocks(copy):
    assert "absolute_claim" in _blocked(copy)


def test_a_superlative_without_an_absolute_passes():
    assert "absolute_claim" not in _blocked("The lightest glider in our kids' range, $72.00 with GLIDE20.")


@pytest.mark.parametrize("copy", ["Judges' Pick: the Glidero balance glider, $72.00 with GLIDE20.",
                                  "An Editors' Choice balance glider for $72.00 with GLIDE20."])
def test_an_accolade_of_editors_or_judges_blocks(copy):
    assert "grounding_award" in _blocked(copy)


def test_an_accolade_in_the_record_passes():
    product = {**GLIDER, "attributes": {**GLIDER["attributes"], "award": "Judges' Pick 2026"}}
    assert "grounding_award" not in _blocked("Judges' Pick: the Glidero balance glider, $72.00 with GLIDE20.", product)


@pytest.mark.parametrize("copy", ["Free bell with every Glidero balance glider, $72.00 with GLIDE20.",
                                  "A free helmet sticker when you buy the Glidero glider, $72.00."])
def test_a_free_item_with_each_purchase_blocks_without_a_gift(copy):
    assert "grounding_gift" in _blocked(copy)


def test_free_shipping_with_every_glider_is_no_gift():
    assert "grounding_gift" not in _blocked("Free shipping with every Glidero glider, $72.00 with GLIDE20.",
                                            offer={**OFFER, "free_shipping": True})


# --- misses: other brands, provenance --------------------------------------------------------

@pytest.mark.parametrize("copy,locale,product", [
    ("Marks & Spencer comfort without the Marks & Spencer price: the Glidero glider, $72.00.", "en-US", GLIDER),
    ("和Jo Malone同款的清新叶香，青禾绿萝吊盆¥39", "zh-CN", POTHOS),
    ("和Muji Home同款白色吊盆，青禾绿萝吊盆¥39", "zh-CN", POTHOS),
])
def test_a_brand_of_several_words_in_a_comparison_blocks(copy, locale, product):
    assert "comparison" in _blocked(copy, product, locale, "social")


@pytest.mark.parametrize("copy,locale,product", [
    ("Every Glidero glider is assembled by hand in Oregon, $72.00 with GLIDE20.", "en-US", GLIDER),
    ("Each frame is hand-polished in Porto, $72.00 with GLIDE20.", "en-US", GLIDER),
    ("云南大理州花圃直供，青禾绿萝吊盆¥39", "zh-CN", POTHOS),
])
def test_a_provenance_the_record_lacks_blocks(copy, locale, product):
    assert "grounding_origin" in _blocked(copy, product, locale, "social")


@pytest.mark.parametrize("copy,locale,product", [
    ("Every Glidero glider is checked by hand in our workshop's spirit: $72.00 with GLIDE20.", "en-US",
     {**GLIDER, "attributes": {**GLIDER["attributes"], "workshop": "our workshop"}}),
    ("我们从海南省基地直采，青禾绿萝吊盆¥39",
     "zh-CN", {**POTHOS, "attributes": {**POTHOS["attributes"], "产地": "海南"}}),
])
def test_a_provenance_the_record_states_passes(copy, locale, product):
    assert "grounding_origin" not in _blocked(copy, product, locale, "social")


# --- misses: a wrong count that is another record number --------------------------------------

def test_a_count_named_by_an_attribute_must_be_its_value():
    product = {**GLIDER, "attributes": {**GLIDER["attributes"], "saddle heights": "5", "wheel size": "12 in"}}
    assert "grounding_number" in _blocked("12 saddle heights, 12 in wheels: Glidero glider, $72.00.", product)
    assert "grounding_number" not in _blocked("5 saddle heights, 12 in wheels: Glidero glider, $72.00.", product)
    # a noun after it: the count is of something else ('2 heights charts')
    assert "grounding_number" not in _blocked("2 heights charts free at glidero: Glidero glider, $72.00.",
                                              product)
    # (but not the record's 12, which it writes only as inches: 12 charts reuse a measure as a count)
    assert "grounding_number" in _blocked("12 heights charts free at glidero: Glidero glider, $72.00.",
                                          product)


# --- misses: guarantees and insults in Chinese --------------------------------------------------

@pytest.mark.parametrize("copy", ["终身质保，青禾绿萝吊盆¥39", "养死了立即补寄，青禾绿萝吊盆¥39",
                                  "包成活！青禾绿萝吊盆¥39"])
def test_zh_guarantees_of_a_lifetime_or_of_a_plant_living_block(copy):
    assert "absolute_claim" in _blocked(copy, POTHOS, "zh-CN", "social")


@pytest.mark.parametrize("copy", ["活力满满的绿萝，青禾绿萝吊盆¥39包邮", "包装加固，青禾绿萝吊盆¥39"])
def test_zh_bao_as_free_shipping_or_packaging_is_no_guarantee(copy):
    assert "absolute_claim" not in _blocked(copy, POTHOS, "zh-CN", "social")


def test_zh_the_reader_called_a_pig_without_a_subject_blocks():
    assert "toxicity" in _blocked("绿萝都养不活，简直是头笨猪，青禾绿萝吊盆¥39", POTHOS, "zh-CN", "social")
    assert "toxicity" not in _blocked("小猪造型吊盆真是可爱，青禾绿萝吊盆¥39", POTHOS, "zh-CN", "social")


def test_en_the_reader_told_not_to_be_a_cheapskate_blocks():
    assert "toxicity" in _blocked("Don't be such a cheapskate: the Glidero glider is $72.00 with GLIDE20.")


# --- misses: another language with one function word ----------------------------------------------

def test_a_short_spanish_line_blocks_and_a_short_english_one_passes():
    assert "language_mismatch" in _blocked("Bicicleta de equilibrio para niños, $72.00 con envío gratis",
                                           channel="email_subject")
    assert "language_mismatch" not in _blocked("Glidero balance glider, $72.00, con-free sizing",
                                               channel="email_subject")


# --- warnings: the offer's code is no shouting ---------------------------------------------------

def test_the_offers_code_with_digits_is_no_shouting():
    offer = {**OFFER, "code": "QINGHELVLUOSALE30"}
    v = _verdict("【青禾】绿萝吊盆¥39包邮，码QINGHELVLUOSALE30，4月30日截止。回T退订", POTHOS, "zh-CN", "sms", offer)
    assert "shouting" not in v.rule_ids
    v = _verdict("THE GLIDERO GLIDER IS HERE, GRAB IT NOW: $72.00 with GLIDE20", GLIDER, "en-US", "social", None)
    assert "shouting" in v.rule_ids
