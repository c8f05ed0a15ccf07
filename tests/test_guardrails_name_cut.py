"""The product's name cut inside a word, wherever it stands in the copy ('the Fernhollow Hydrat for
oily skin'), blocks as `truncated`, also where words of the name were dropped before the cut; the
ways a marketer shortens a name do not: trailing words dropped, abbreviations and units, plurals and possessives, a real word that starts a title word,
a word of the catalogue, a title word at the start of a longer ordinary word. Chinese: a title cut
inside a word and run straight into another title of the catalogue."""

from __future__ import annotations

from guard_rows import blocking, check_row

GEL = {"item_id": "F1", "title": "Fernhollow Hydrating Gel Cleanser 50 ml", "brand": "Fernhollow",
       "category": "Skincare", "price": 29.99, "list_price": 39.99, "currency": "USD",
       "attributes": {"size": "50 ml", "skin type": "oily skin"}, "stock": 20}
GEL_OFFER = {"discount_pct": 25, "ends": "2027-06-30", "code": "GEL25"}

CREAM = {"item_id": "L1", "title": "Larchmere Daily Moisturiser", "brand": "Larchmere", "category": "Skincare",
         "price": 18.0, "list_price": 24.0, "currency": "GBP", "attributes": {"size": "75 ml"}, "stock": 30}
CREAM_OFFER = {"discount_pct": 25, "ends": "2027-05-31", "code": "DAILY25"}

SERUM = {"item_id": "S1", "title": "Vitamin C Brightening Serum", "brand": "Ferrowick", "category": "Skincare",
         "price": 21.0, "list_price": 28.0, "currency": "USD",
         "attributes": {"size": "1 fl oz", "skin type": "dull or uneven skin"}, "stock": 50}
SERUM_OFFER = {"discount_pct": 25, "ends": "2027-06-30", "code": "GLOW25"}

BOOTS = {"item_id": "B1", "title": "Fellgate Waterproof Walking Boots", "brand": "Fellgate",
         "category": "Footwear", "price": 90.0, "list_price": 120.0, "currency": "GBP",
         "attributes": {"weight": "540 g"}, "stock": 40}
BOOTS_OFFER = {"discount_pct": 25, "ends": "2027-03-31", "code": "BOOT25"}

KETTLE = {"item_id": "K1", "title": "Copperline Stovetop Whistling Kettle", "brand": "Copperline",
          "category": "Cookware", "price": 34.0, "list_price": 40.0, "currency": "USD",
          "attributes": {"capacity": "2.5 l"}, "stock": 12}
KETTLE_OFFER = {"discount_pct": 15, "ends": "2027-04-30", "code": "KETTLE15"}
MUG = {"item_id": "K3", "title": "Copperline Thermal Travel Mug", "brand": "Copperline", "category": "Drinkware",
       "price": 19.0, "list_price": 24.0, "currency": "USD", "attributes": {"capacity": "350 ml"}, "stock": 15}
MUG_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "MUG10"}
PAN = {"item_id": "P1", "title": "Oakridge 12-inch Pre-Seasoned Cast Iron Skillet", "brand": "Oakridge",
       "category": "Cookware", "price": 39.0, "list_price": 49.0, "currency": "USD",
       "attributes": {"diameter": "12 inch"}, "stock": 25}
PAN_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "SEAR20"}
TROUSERS = {"item_id": "T1", "title": "Ashgrove & Finch Kids' Stretch Cord Trousers", "brand": "Ashgrove & Finch",
            "category": "Kidswear", "price": 28.0, "list_price": 35.0, "currency": "GBP",
            "attributes": {"fabric": "cotton corduroy"}, "stock": 30}
TROUSERS_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "CORD20"}
# another product of the kettle's shop, whose brand is the start of a word of the kettle's title
LAMP = {"item_id": "K2", "title": "Stovet Camping Lantern", "brand": "Stovet", "category": "Camping",
        "price": 22.0, "currency": "USD", "attributes": {}, "stock": 5}

TAPE = {"item_id": "Z1", "title": "墨笺 和纸胶带六卷装", "brand": "墨笺", "category": "文具", "price": 39.0,
        "list_price": 49.0, "currency": "CNY", "attributes": {"尺寸": "15mm×7m"}, "stock": 30}
INK = {"item_id": "Z2", "title": "墨笺 钢笔墨水", "brand": "墨笺", "category": "文具", "price": 29.0,
       "list_price": 35.0, "currency": "CNY", "attributes": {"容量": "50ml"}, "stock": 30}
TAPE_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "MO20"}


def _cut(verdict) -> list[str]:
    """The messages of the name-cut hits of `verdict`."""
    return [v.message for v in verdict.violations if v.rule == "truncated" and "name cut" in v.message]


def test_a_name_cut_mid_sentence_blocks():
    v = check_row("Clear skin for less: now $29.99 until June 30 with the Fernhollow Hydrat for oily skin. "
                  "Use GEL25.", GEL, "en-US", offer=GEL_OFFER)
    assert "truncated" in blocking(v)
    assert _cut(v) and "'Hydrat'" in _cut(v)[0] and "hydrating" in _cut(v)[0]
    span = next(x.span for x in v.violations if x.rule == "truncated")
    assert span is not None and "Clear skin for less: now $29.99 until June 30 with the Fernhollow Hydrat"[
        span[0]:span[1]] == "Hydrat"


def test_a_name_cut_at_the_end_blocks():
    v = check_row("Dry skin, meet your match: 25% off with DAILY25 on the Larchmere Daily Moistur", CREAM, "en-GB",
                  offer=CREAM_OFFER)
    assert "truncated" in blocking(v)


def test_a_cut_of_a_later_title_word_after_the_brand_blocks():
    # a marketer may drop 'Waterproof'; the start of 'Walking' that follows the brand is still a cut
    v = check_row("Muddy trails ahead? The Fellgate Walki keeps you dry, now £90 with BOOT25.", BOOTS, "en-GB",
                  offer=BOOTS_OFFER)
    assert "truncated" in blocking(v) and _cut(v)


def test_a_cut_after_a_brand_the_title_does_not_open_with_blocks():
    v = check_row("Dull skin? Ferrowick Vitamin C Brighteni serum is $21.00 with GLOW25 this month.", SERUM,
                  "en-US", offer=SERUM_OFFER)
    assert "truncated" in blocking(v) and _cut(v)


def test_a_cut_name_in_small_letters_blocks():
    v = check_row("tea time is better with our copperline stovetop whistl kettle, $34.00 with KETTLE15.", KETTLE,
                  "en-US", offer=KETTLE_OFFER)
    assert "truncated" in blocking(v) and _cut(v)


def test_a_cut_after_words_dropped_from_the_middle_blocks():
    v = check_row("Ready for its first sear: the Oakridge Cast Iron Skil comes seasoned, $39.00 with SEAR20.", PAN,
                  "en-US", offer=PAN_OFFER)
    assert "truncated" in blocking(v) and _cut(v)
    ok = check_row("Ready for its first sear: the Oakridge Cast Iron Skillet comes seasoned, $39.00 with SEAR20.", PAN,
                   "en-US", offer=PAN_OFFER)
    assert not _cut(ok) and "truncated" not in blocking(ok)


def test_a_name_joined_by_an_ampersand_or_after_an_apostrophe_is_read_whole():
    v = check_row("Playground-proof: Ashgrove & Finch Kids' Stre cord trousers, now £28.00 with CORD20.", TROUSERS,
                  "en-GB", offer=TROUSERS_OFFER)
    assert "truncated" in blocking(v) and _cut(v)
    ok = check_row("Playground-proof: Ashgrove & Finch Kids' Stretch Cord Trousers, now £28.00 with CORD20.",
                   TROUSERS, "en-GB", offer=TROUSERS_OFFER)
    assert not _cut(ok)


def test_names_shortened_by_dropping_trailing_words_pass():
    for copy in ("Clear skin for less: the Fernhollow Hydrating Gel for oily skin, $29.99 with GEL25.",
                 "Clear skin for less: Fernhollow Hydrating Gel Cleanser for oily skin, $29.99 with GEL25.",
                 "Clear skin for less: the Fernhollow Cleanser for oily skin, $29.99 with GEL25."):
        v = check_row(copy, GEL, "en-US", offer=GEL_OFFER)
        assert not _cut(v) and "truncated" not in blocking(v), copy


def test_abbreviations_and_units_pass():
    v = check_row("Dull skin? Ferrowick Vit. C Brightening Serum is $21.00 with GLOW25 this month.", SERUM, "en-US",
                  offer=SERUM_OFFER)
    assert not _cut(v)
    # 'therm' is rare in the word list: the pack's abbreviations name it
    v = check_row("Hot coffee all morning: the Copperline Therm. Travel Mug, $19.00 with MUG10.", MUG, "en-US",
                  offer=MUG_OFFER)
    assert not _cut(v)
    v = check_row("Hot coffee all morning: the Copperline Therma Travel Mug, $19.00 with MUG10.", MUG, "en-US",
                  offer=MUG_OFFER)
    assert _cut(v)
    v = check_row("Clear skin for less: the Fernhollow Hydrating Gel Cleanser, 50 ml, for oily skin, $29.99 "
                  "with GEL25.", GEL, "en-US", offer=GEL_OFFER)
    assert not _cut(v)


def test_plurals_and_possessives_pass():
    for copy in ("Muddy trails ahead? The Fellgate Waterproof Walking Boot keeps you dry, now £90 with BOOT25.",
                 "Muddy trails ahead? Fellgate's Waterproof Walking Boots keep you dry, now £90 with BOOT25."):
        v = check_row(copy, BOOTS, "en-GB", offer=BOOTS_OFFER)
        assert not _cut(v) and "truncated" not in blocking(v), copy


def test_a_real_word_that_starts_a_title_word_passes():
    v = check_row("Clear skin for less: Fernhollow clean skin in one step, $29.99 with GEL25.", GEL, "en-US",
                  offer=GEL_OFFER)
    assert not _cut(v)
    v = check_row("Muddy trails ahead? Fellgate Water-ready boots keep you dry, now £90 with BOOT25.", BOOTS,
                  "en-GB", offer=BOOTS_OFFER)
    assert not _cut(v)


def test_ordinary_words_that_start_like_a_title_word_pass():
    for copy in ("Muddy trails ahead? The Fellgate walk of the week starts here, £90 with BOOT25.",
                 "Muddy trails ahead? Fellgate walkers swear by these boots, now £90 with BOOT25."):
        v = check_row(copy, BOOTS, "en-GB", offer=BOOTS_OFFER)
        assert not _cut(v), copy


def test_a_word_of_the_catalogue_is_no_cut_word():
    copy = "Tea time is better with the Copperline Stovet lantern and kettle, $34.00 with KETTLE15."
    alone = check_row(copy, KETTLE, "en-US", offer=KETTLE_OFFER)
    assert _cut(alone)  # without the lantern in the catalogue, 'Stovet' is the start of 'Stovetop'
    shop = check_row(copy, KETTLE, "en-US", offer=KETTLE_OFFER, catalog=[KETTLE, LAMP])
    assert not _cut(shop)


def test_a_word_in_a_link_is_left_to_the_link_rules():
    v = check_row("Clear skin for less at fernhollow-hydrat.com, $29.99 with GEL25.", GEL, "en-US", offer=GEL_OFFER,
                  campaign={"allowed_domains": ["fernhollow-hydrat.com"]})
    assert not _cut(v)


def test_zh_a_title_cut_and_run_into_another_title_blocks():
    v = check_row("墨笺和纸胶钢笔墨水，手账好搭档，现价39元，用码MO20。", TAPE, "zh-CN", offer=TAPE_OFFER,
                  catalog=[TAPE, INK])
    assert "truncated" in blocking(v) and _cut(v)


def test_zh_whole_and_shortened_names_and_a_word_between_pass():
    for copy in ("墨笺和纸胶带，手账好搭档，现价39元，用码MO20。",
                 "墨笺 和纸胶带六卷装，手账好搭档，现价39元，用码MO20。",
                 # cut at a word boundary (the head noun 胶带 starts there) or after one character of
                 # the title's own part ('和' is 'and'): not a cut word
                 "墨笺和纸钢笔墨水套装搭配更好看，现价39元，用码MO20。",
                 "墨笺和钢笔墨水一起用，手账更好看，现价39元，用码MO20。",
                 # a cut followed by ordinary words is not told from a shortened name
                 "墨笺和纸胶，手账好搭档，现价39元，用码MO20。"):
        v = check_row(copy, TAPE, "zh-CN", offer=TAPE_OFFER, catalog=[TAPE, INK])
        assert not _cut(v), copy


def test_zh_without_a_catalogue_nothing_is_read_as_a_splice():
    v = check_row("墨笺和纸胶钢笔墨水，手账好搭档，现价39元，用码MO20。", TAPE, "zh-CN", offer=TAPE_OFFER)
    assert not _cut(v)
