"""Classes of clean copy the twenty-second and twenty-third frozen sets (new catalogues) blocked,
each tested on examples written here, never those sets' rows: a record word's -ies or -es plural;
a colour that opens a clause and takes an object (a cooking verb); a crossword clue named by its
square; a weekday after 'for' as the day a thing is planned for; a claim frame's words supported by
another alias of an attribute the record states; a word of reduction right after a Chinese code; a
Chinese gift named without the note in brackets after its count; 第一 before a measure word of a
round of harvest or making. Each with a near miss that must still block."""

from __future__ import annotations

from guard_rows import blocking, check_row

from promo_llm.guardrails.text import singulars

SLING = {"item_id": "B1", "title": "Ridgeway Canvas Crossbody, Olive", "brand": "Ridgeway", "category": "Bags",
         "price": 40.0, "list_price": 50.0, "currency": "USD", "attributes": {"material": "canvas"}, "stock": 5}

POT = {"item_id": "P1", "title": "Hearthly 5-Quart Dutch Oven, Red", "brand": "Hearthly", "category": "Dutch Ovens",
       "price": 80.0, "list_price": 100.0, "currency": "USD",
       "attributes": {"colour": "red", "material": "enamelled cast iron"}, "stock": 40}

BOOK = {"item_id": "X1", "title": "Quizwell Giant Crosswords, Book 2", "brand": "Quizwell", "category": "Puzzle Books",
        "price": 9.0, "list_price": 10.0, "currency": "GBP", "attributes": {"puzzles": "150 crosswords", "pages": "192"},
        "stock": 80}
MUG = {"item_id": "X2", "title": "Quizwell Stoneware Mug", "brand": "Quizwell", "category": "Mugs",
       "price": 9.0, "list_price": 10.0, "currency": "GBP", "attributes": {"capacity": "350 ml"}, "stock": 80}
QUIZ_OFFER = {"discount_pct": 10, "ends": "2027-03-31", "code": "QUIZ10"}

MIXER = {"item_id": "M1", "title": "Crumbly Hand Mixer, 300 W", "brand": "Crumbly", "category": "Hand Mixers",
         "price": 32.0, "list_price": 40.0, "currency": "GBP", "attributes": {"power": "300 W", "speeds": "5"},
         "stock": 30}
MIXER_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "MIX20"}  # a Wednesday

KETTLE = {"item_id": "K1", "title": "Brewly Glass Kettle, 1.7 L", "brand": "Brewly", "category": "Kettles",
          "price": 32.0, "list_price": 40.0, "currency": "GBP",
          "attributes": {"capacity": "1.7 L", "safety": "auto-off when boiled dry", "base": "collapsible silicone"},
          "stock": 30}
PLAIN_KETTLE = {**KETTLE, "attributes": {"capacity": "1.7 L"}}
KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "BREW20"}

ZH_TEA = {"item_id": "T1", "title": "茶语 桂花乌龙 250克 罐装", "brand": "茶语", "category": "茶叶", "price": 72.0,
          "list_price": 90.0, "currency": "CNY", "attributes": {"净含量": "250克", "包装": "铁罐"}, "stock": 100}
ZH_TEA_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "TEA20"}
ZH_LONGJING = {"item_id": "T2", "title": "茶语 明前龙井 100克", "brand": "茶语", "category": "茶叶", "price": 72.0,
               "list_price": 90.0, "currency": "CNY", "attributes": {"净含量": "100克", "采摘": "明前"}, "stock": 100}


# --- a record word's plural ----------------------------------------------------------------------

def test_singulars_of_ies_and_es_plurals():
    assert "crossbody" in singulars("crossbodies")
    assert "box" in singulars("boxes") and "boxe" in singulars("boxes")
    assert singulars("canvas") == {"canva"} and singulars("olive") == set()


def test_a_record_words_ies_plural_is_no_unknown_word():
    ok = check_row("Only 5 olive crossbodies left", SLING, "en-US", channel="email_subject")
    assert "unknown_word" not in blocking(ok)
    for copy in ("Only 5 olive crossbodiez left", "Only 5 olive crossbies left"):
        assert "unknown_word" in blocking(check_row(copy, SLING, "en-US", channel="email_subject")), copy


# --- a colour as a verb with its object ----------------------------------------------------------

def test_a_colour_that_takes_an_object_is_a_verb():
    for copy in ("Brown the beef, add the wine, and let it braise. The Hearthly 5-quart Dutch oven is $80.",
                 "Sear the chicken, then brown your onions. The Hearthly red Dutch oven is $80."):
        assert "grounding_attribute" not in blocking(check_row(copy, POT, "en-US")), copy
    for copy in ("Brown Dutch oven, $80: the Hearthly 5-quart.",
                 "The Hearthly Dutch oven, now in brown, is $80."):
        assert "grounding_attribute" in blocking(check_row(copy, POT, "en-US")), copy


# --- a crossword clue named by its square --------------------------------------------------------

def test_a_crossword_clue_is_no_figure_of_the_book():
    for copy in ("Can't crack 9 down? 150 crosswords, 192 pages. £9 with QUIZ10 until 31 March.",
                 "Stuck on 23 across? 150 crosswords, £9 with QUIZ10 until 31 March."):
        assert "grounding_number" not in blocking(check_row(copy, BOOK, "en-GB", offer=QUIZ_OFFER)), copy
    # the same words for a product of another trade, or a count the book does not hold, still block
    bad = check_row("Stuck on 23 across? The Quizwell stoneware mug, £9 with QUIZ10 until 31 March.", MUG, "en-GB",
                    offer=QUIZ_OFFER)
    assert "grounding_number" in blocking(bad)
    bad = check_row("300 crosswords, 192 pages. £9 with QUIZ10 until 31 March.", BOOK, "en-GB", offer=QUIZ_OFFER)
    assert "grounding_number" in blocking(bad)


# --- a weekday a thing is planned for ------------------------------------------------------------

def test_a_weekday_after_for_is_the_day_of_a_plan():
    for copy in ("Baking a cake for Saturday? The Crumbly hand mixer, 300 W, is £32 with MIX20 until 30 June.",
                 "Something sweet for Sunday. The Crumbly hand mixer is £32 with MIX20 until 30 June."):
        assert "grounding_date" not in blocking(check_row(copy, MIXER, "en-GB", offer=MIXER_OFFER)), copy
    # an offer, a price or a delivery for that day, or the day as the end, is a date to check
    for copy in ("Save 20% for Saturday: the Crumbly hand mixer is £32 with MIX20.",
                 "Order now for Saturday: the Crumbly hand mixer is £32 with MIX20 until 30 June.",
                 "Just in time for Saturday: the Crumbly hand mixer is £32 with MIX20 until 30 June.",
                 "Baking for Saturday? The Crumbly hand mixer is £32 with MIX20 until Saturday.",
                 "The Crumbly hand mixer: £32 with MIX20, good for Saturday only."):
        assert "grounding_date" in blocking(check_row(copy, MIXER, "en-GB", offer=MIXER_OFFER)), copy


# --- a frame's words supported by another alias of a stated attribute ----------------------------

def test_another_alias_of_a_stated_feature_supports_a_frame():
    for copy in ("The Brewly glass kettle, 1.7 L, with an automatic shut-off. £32 with BREW20 until 30 June.",
                 "The Brewly glass kettle, 1.7 L, with an automatic switch-off. £32 with BREW20 until 30 June.",
                 "The Brewly glass kettle, 1.7 L, with a foldable silicone base. £32 with BREW20 until 30 June."):
        assert "grounding_attribute" not in blocking(check_row(copy, KETTLE, "en-GB", offer=KETTLE_OFFER)), copy
    # a record that states none of the entry's aliases, or a feature of another entry, still blocks
    bad = check_row("The Brewly glass kettle, 1.7 L, with an automatic shut-off. £32 with BREW20 until 30 June.",
                    PLAIN_KETTLE, "en-GB", offer=KETTLE_OFFER)
    assert "grounding_attribute" in blocking(bad)
    bad = check_row("The Brewly glass kettle, 1.7 L, with a keep-warm plate. £32 with BREW20 until 30 June.",
                    KETTLE, "en-GB", offer=KETTLE_OFFER)
    assert "grounding_attribute" in blocking(bad)


# --- a word of reduction after a Chinese code ----------------------------------------------------

def test_a_reduction_word_after_a_code_ends_the_line():
    for copy in ("250克罐装桂花乌龙，码TEA20立减", "桂花乌龙250克，用TEA20直降"):
        ok = check_row(copy, ZH_TEA, "zh-CN", channel="email_subject", offer=ZH_TEA_OFFER)
        assert "truncated" not in blocking(ok), copy
    for copy in ("250克罐装桂花乌龙，立减", "250克罐装桂花乌龙，码TEA20低至"):
        bad = check_row(copy, ZH_TEA, "zh-CN", channel="email_subject", offer=ZH_TEA_OFFER)
        assert "truncated" in blocking(bad), copy


# --- a Chinese gift named without its note in brackets -------------------------------------------

def test_a_gift_named_without_its_bracketed_note_is_whole():
    offer = {**ZH_TEA_OFFER, "gift": "茶饼一块（50克）"}
    ok = check_row("桂花乌龙250克，到手72元，送茶饼。", ZH_TEA, "zh-CN", channel="push", offer=offer)
    assert "truncated" not in blocking(ok)
    offer = {**ZH_TEA_OFFER, "gift": "虾皮一袋（20克）"}
    ok = check_row("桂花乌龙250克，到手72元，送虾皮。", ZH_TEA, "zh-CN", channel="push", offer=offer)
    assert "truncated" not in blocking(ok)
    bad = check_row("桂花乌龙250克，到手72元，送虾", ZH_TEA, "zh-CN", channel="push", offer=offer)
    assert "truncated" in blocking(bad)


# --- 第一 before a measure word of a round of harvest or making ------------------------------------

def test_the_first_harvest_is_no_ranking():
    for copy in ("明前龙井，是春天第一茬采下的嫩芽。茶语龙井100克，TEA20到手72元，6月30日前有效。",
                 "春茶第一刀，茶语明前龙井100克，TEA20到手72元，6月30日前有效。"):
        assert "absolute_claim" not in blocking(check_row(copy, ZH_LONGJING, "zh-CN", offer=ZH_TEA_OFFER)), copy
    for copy in ("全网销量第一，茶语明前龙井100克，TEA20到手72元，6月30日前有效。",
                 "龙井品质第一，茶语明前龙井100克，TEA20到手72元，6月30日前有效。"):
        assert "absolute_claim" in blocking(check_row(copy, ZH_LONGJING, "zh-CN", offer=ZH_TEA_OFFER)), copy
