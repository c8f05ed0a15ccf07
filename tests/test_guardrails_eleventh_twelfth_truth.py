"""Classes of copy the eleventh and twelfth frozen sets (new catalogues) exposed in the truth rules,
each tested on examples written here, never those sets' rows. Correct copy that was blocked: the
second factor of an N x M spec ('10x50 binoculars') read as a count, a pack word the record uses
for a spec ('4-piece' rods in a 2 pack), a stock count with the product's size or an ampersand in
its name, an SMS short code, a day and month joined by a dot, an a/b grade the record writes
('18/10' steel), a number naming a thing of the trade ('double 16' on a dartboard), a score on a
scale of the shop's own ('2 out of 5 on our sweetness scale'), making by hand in other crafts'
words, the reader's own thing that 'has' something, and a generic word compared ('a lighter
frame'). Harm that passed: a deadline at a feast whose date moves ('through Labor Day', 'until the
August bank holiday'), an origin pressed in or from a place (zh: brought by air from one), zh stock
counted with any measure word, another brand loved but not its price, and alloys and canvas as
materials. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

BINOCULARS = {"item_id": "B1", "title": "Ridgeview 10x50 Porro Binoculars", "brand": "Ridgeview",
              "category": "Binoculars", "price": 80.0, "list_price": 100.0, "currency": "USD",
              "attributes": {"magnification": "10x", "objective": "50 mm", "prism": "BaK-4 porro"}, "stock": 40}
BINO_OFFER = {"discount_pct": 20, "ends": "2027-11-30", "code": "STAR20"}

RODS = {"item_id": "R1", "title": "Loftus Travel Fishing Rods, 2 Pack", "brand": "Loftus", "category": "Fishing Rods",
        "price": 54.0, "list_price": 60.0, "currency": "GBP",
        "attributes": {"construction": "4-piece", "length": "7 ft", "material": "carbon fibre"}, "stock": 30}
RODS_OFFER = {"discount_pct": 10, "ends": "2027-11-30", "code": "CAST10"}

STUDS = {"item_id": "S1", "title": "Aurelle Gold Stud Earrings, 12 mm", "brand": "Aurelle", "category": "Earrings",
         "price": 45.0, "list_price": 50.0, "currency": "USD",
         "attributes": {"metal": "14k gold vermeil", "diameter": "12 mm"}, "stock": 5}
STUDS_OFFER = {"discount_pct": 10, "ends": "2027-12-15", "code": "GLOW10"}

CHUTNEY = {"item_id": "C1", "title": "Pantry Lane Fig & Walnut Chutney, 200 g", "brand": "Pantry Lane",
           "category": "Chutney", "price": 4.0, "list_price": 5.0, "currency": "GBP",
           "attributes": {"size": "200 g jar", "made": "cooked by hand in Devon"}, "stock": 5}
CHUTNEY_OFFER = {"discount_pct": 20, "ends": "2027-11-30", "code": "FIG20"}

PAN = {"item_id": "P1", "title": "Castwell Stainless Stockpot, 8 qt", "brand": "Castwell", "category": "Stockpots",
       "price": 72.0, "list_price": 90.0, "currency": "USD",
       "attributes": {"material": "18/10 stainless steel", "capacity": "8 qt"}, "stock": 50}
PAN_OFFER = {"discount_pct": 20, "ends": "2027-11-30", "code": "STOCK20"}

DARTBOARD = {"item_id": "D1", "title": "Oakley Bristle Dartboard", "brand": "Oakley", "category": "Darts",
             "price": 36.0, "list_price": 45.0, "currency": "GBP",
             "attributes": {"board": "sisal bristle", "wire": "thin blade spider"}, "stock": 60}
LAMP = {"item_id": "L1", "title": "Glowbury Desk Lamp", "brand": "Glowbury", "category": "Lamps",
        "price": 36.0, "list_price": 45.0, "currency": "GBP",
        "attributes": {"finish": "brushed brass", "bulb": "LED"}, "stock": 80}
GB_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "BOARD20"}

CIDER = {"item_id": "K1", "title": "Appleby Dry Cider, 500 ml", "brand": "Appleby", "category": "Cider",
         "price": 3.0, "list_price": 3.75, "currency": "USD",
         "attributes": {"sweetness": "2 of 5", "abv": "5.5%"}, "stock": 90}
CIDER_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "PRESS20"}

CANDLE = {"item_id": "W1", "title": "Wickham Beeswax Candle", "brand": "Wickham", "category": "Candles",
          "price": 12.0, "list_price": 15.0, "currency": "GBP",
          "attributes": {"wax": "beeswax", "made": "poured by hand in Devon"}, "stock": 40}
MACHINE_CANDLE = {**CANDLE, "item_id": "W2", "attributes": {"wax": "beeswax", "made": "machine-poured in Devon"}}
CANDLE_OFFER = {"discount_pct": 20, "ends": "2027-11-30", "code": "WICK20"}

CREAM = {"item_id": "M1", "title": "Softwell Rich Moisturiser, 50 ml", "brand": "Softwell", "category": "Moisturiser",
         "price": 18.0, "list_price": 20.0, "currency": "USD",
         "attributes": {"skin type": "dry skin", "size": "50 ml"}, "stock": 70}
CREAM_OFFER = {"discount_pct": 10, "ends": "2027-03-31", "code": "SOFT10"}

RACKET = {"item_id": "T1", "title": "Volley Pro Tennis Racket", "brand": "Volley", "category": "Tennis Rackets",
          "price": 96.0, "list_price": 120.0, "currency": "USD",
          "attributes": {"frame": "graphite", "weight": "285 g"}, "stock": 25}
RACKET_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "ACE20"}


def test_the_second_factor_of_a_spec_counts_nothing():
    ok = check_row("10x50 binoculars for the winter sky, 20% off with STAR20", BINOCULARS, "en-US",
                   channel="email_subject", offer=BINO_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("50 binoculars for the winter sky, 20% off with STAR20", BINOCULARS, "en-US",
                    channel="email_subject", offer=BINO_OFFER)
    assert "grounding_number" in blocking(bad)


def test_a_pack_word_the_record_uses_for_a_spec_is_that_spec():
    ok = check_row("Each Loftus rod is 4-piece and packs into a rucksack: £54.00 with CAST10.", RODS, "en-GB",
                   offer=RODS_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("Each Loftus rod is 3-piece and packs into a rucksack: £54.00 with CAST10.", RODS, "en-GB",
                    offer=RODS_OFFER)
    assert "grounding_number" in blocking(bad)


def test_a_stock_count_with_a_size_or_an_ampersand_in_the_name():
    for copy, product, offer, locale in (
            ("Only 5 pairs of our 12 mm gold studs left", STUDS, STUDS_OFFER, "en-US"),
            ("Only 5 jars of fig & walnut chutney left", CHUTNEY, CHUTNEY_OFFER, "en-GB")):
        v = check_row(copy, product, locale, channel="email_subject", offer=offer)
        assert not {"grounding_number", "grounding_stock"} & blocking(v), copy
    for copy, product, offer, locale in (
            ("Only 8 pairs of our 12 mm gold studs left", STUDS, STUDS_OFFER, "en-US"),
            ("Only 8 jars of fig & walnut chutney left", CHUTNEY, CHUTNEY_OFFER, "en-GB")):
        v = check_row(copy, product, locale, channel="email_subject", offer=offer)
        assert "grounding_stock" in blocking(v), copy


def test_zh_stock_counted_with_any_measure_word():
    tea = {"item_id": "Z1", "title": "山语 高山乌龙茶 250克", "brand": "山语", "category": "茶叶", "price": 72.0,
           "list_price": 90.0, "currency": "CNY", "attributes": {"净含量": "250克"}, "stock": 12}
    offer = {"discount_pct": 20, "ends": "2027-05-31", "code": "TEA20"}
    ok = check_row("山语高山乌龙茶最后12罐，8折到手72元。", tea, "zh-CN", offer=offer)
    assert "grounding_stock" not in blocking(ok)
    bad = check_row("山语高山乌龙茶最后30罐，8折到手72元。", tea, "zh-CN", offer=offer)
    assert "grounding_stock" in blocking(bad)


def test_an_sms_short_code_is_no_figure():
    ok = check_row("Pantry Lane: fig chutney £4.00 with FIG20. Text STOP to 80808 to opt out", CHUTNEY, "en-GB",
                   channel="sms", offer=CHUTNEY_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("Pantry Lane: 80808 jars of fig chutney sold, £4.00 with FIG20. Reply STOP to opt out",
                    CHUTNEY, "en-GB", channel="sms", offer=CHUTNEY_OFFER)
    assert blocking(bad)


def test_a_day_and_month_joined_by_a_dot():
    ok = check_row("Oakley bristle dartboard, £36.00 with BOARD20 until 31.10.", DARTBOARD, "en-GB",
                   channel="social", offer=GB_OFFER)
    assert not {"grounding_date", "grounding_number"} & blocking(ok)
    us = check_row("Oakley bristle dartboard, £36.00 with BOARD20, ends 10.31.", DARTBOARD, "en-US",
                   channel="social", offer=GB_OFFER)
    assert "grounding_date" not in blocking(us)
    for copy in ("Oakley bristle dartboard, £36.00 with BOARD20 until 30.10.",
                 "Oakley bristle dartboard, £36.00 with BOARD20 until 36.00."):
        bad = check_row(copy, DARTBOARD, "en-GB", channel="social", offer=GB_OFFER)
        assert "grounding_date" in blocking(bad), copy


def test_an_a_b_grade_the_record_writes_is_no_date():
    ok = check_row("The Castwell 8 qt stockpot is 18/10 stainless steel, $72.00 with STOCK20 until November 30.",
                   PAN, "en-US", offer=PAN_OFFER)
    assert "grounding_date" not in blocking(ok)
    bad = check_row("The Castwell 8 qt stockpot is $72.00 with STOCK20 until 18/10.", PAN, "en-US", offer=PAN_OFFER)
    assert "grounding_date" in blocking(bad)


def test_a_number_naming_a_thing_of_the_trade():
    ok = check_row("Double 16 to finish 🎯 Oakley bristle dartboard, £36.00 with BOARD20.", DARTBOARD, "en-GB",
                   channel="social", offer=GB_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("Double 16 to finish 🎯 Glowbury desk lamp, £36.00 with BOARD20.", LAMP, "en-GB",
                    channel="social", offer=GB_OFFER)
    assert "grounding_number" in blocking(bad)


def test_a_score_on_the_shops_own_scale_is_no_rating():
    ok = check_row("Crisp and dry: Appleby cider sits at 2 out of 5 on our sweetness scale. $3.00 with PRESS20.",
                   CIDER, "en-US", offer=CIDER_OFFER)
    assert "grounding_rating" not in blocking(ok)
    for copy in ("Drinkers rate Appleby cider 4 out of 5. $3.00 with PRESS20.",
                 "Appleby cider sits at 4 out of 5 on our sweetness scale. $3.00 with PRESS20."):
        bad = check_row(copy, CIDER, "en-US", offer=CIDER_OFFER)
        assert "grounding_rating" in blocking(bad), copy


def test_making_by_hand_in_other_crafts_words():
    ok = check_row("Handmade in Devon, pure beeswax. £12.00 with WICK20. #candles", CANDLE, "en-GB",
                   channel="social", offer=CANDLE_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("Handmade in Devon, pure beeswax. £12.00 with WICK20. #candles", MACHINE_CANDLE, "en-GB",
                    channel="social", offer=CANDLE_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_the_readers_own_thing_has_no_product_part():
    ok = check_row("Your skin has a secret wish list...", CREAM, "en-US", channel="email_subject",
                   offer=CREAM_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("Your new moisturiser has a vanilla oil core", CREAM, "en-US", channel="email_subject",
                    offer=CREAM_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_a_generic_word_compared_claims_nothing():
    ok = check_row("Longer rallies start with a lighter frame. The Volley Pro is graphite, 285 g, $96.00 with ACE20.",
                   RACKET, "en-US", offer=RACKET_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("Longer rallies start with a titanium frame. The Volley Pro is 285 g, $96.00 with ACE20.",
                    RACKET, "en-US", offer=RACKET_OFFER)
    assert "grounding_attribute" in blocking(bad)


# --- harm that passed -----------------------------------------------------------------------------

GRILL = {"item_id": "G1", "title": "Emberline Kettle Grill, 22 in", "brand": "Emberline", "category": "Grills",
         "price": 120.0, "list_price": 150.0, "currency": "USD", "attributes": {"diameter": "22 in"}, "stock": 40}
HAMPER = {"item_id": "H1", "title": "Brookfield Picnic Hamper", "brand": "Brookfield", "category": "Hampers",
          "price": 32.0, "list_price": 40.0, "currency": "GBP", "attributes": {"material": "willow"}, "stock": 40}


def test_a_deadline_at_a_feast_whose_date_moves():
    # Labor Day 2027 is September 6, Memorial Day May 31, the August bank holiday August 30
    for copy, ends in (("$120.00 with GRILL20 through Labor Day.", "2027-09-06"),
                       ("$120.00 with GRILL20, good through Memorial Day weekend.", "2027-05-30"),
                       ("$120.00 with GRILL20 until Thanksgiving.", "2027-11-24")):
        ok = check_row("Emberline kettle grill: " + copy, GRILL, "en-US",
                       offer={"discount_pct": 20, "ends": ends, "code": "GRILL20"})
        assert "grounding_date" not in blocking(ok), copy
    for copy in ("$120.00 with GRILL20 through Labor Day.", "$120.00 with GRILL20, good through Memorial Day weekend."):
        bad = check_row("Emberline kettle grill: " + copy, GRILL, "en-US",
                        offer={"discount_pct": 20, "ends": "2027-04-30", "code": "GRILL20"})
        assert "grounding_date" in blocking(bad), copy
    ok = check_row("The Brookfield hamper is £32.00 with PICNIC20 until the August bank holiday.", HAMPER, "en-GB",
                   offer={"discount_pct": 20, "ends": "2027-08-30", "code": "PICNIC20"})
    assert "grounding_date" not in blocking(ok)
    bad = check_row("The Brookfield hamper is £32.00 with PICNIC20 until the August bank holiday.", HAMPER, "en-GB",
                    offer={"discount_pct": 20, "ends": "2027-07-31", "code": "PICNIC20"})
    assert "grounding_date" in blocking(bad)


OIL = {"item_id": "O1", "title": "Stillgrove Extra Virgin Olive Oil, 500 ml", "brand": "Stillgrove",
       "category": "Olive Oil", "price": 16.0, "list_price": 20.0, "currency": "USD",
       "attributes": {"origin": "Greek olive groves near Kalamata", "size": "500 ml"}, "stock": 60}
OIL_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "OLIVE20"}


def test_pressed_in_or_from_a_place_is_an_origin():
    ok = check_row("Pressed from Greek olive groves near Kalamata 🫒 Stillgrove oil $16.00 with OLIVE20.", OIL, "en-US",
                   channel="social", offer=OIL_OFFER)
    assert "grounding_origin" not in blocking(ok)
    for copy in ("Pressed in Tuscany 🫒 Stillgrove olive oil $16.00 with OLIVE20.",
                 "Pressed from Spanish olive groves 🫒 Stillgrove oil $16.00 with OLIVE20."):
        bad = check_row(copy, OIL, "en-US", channel="social", offer=OIL_OFFER)
        assert "grounding_origin" in blocking(bad), copy


def test_zh_brought_by_air_from_a_place_is_an_origin():
    flowers = {"item_id": "F1", "title": "花田记 云南白玫瑰 19枝", "brand": "花田记", "category": "鲜花", "price": 159.2,
               "list_price": 199.0, "currency": "CNY", "attributes": {"产地": "云南昆明"}, "stock": 30}
    offer = {"discount_pct": 20, "ends": "2027-02-14", "code": "ROSE20"}
    for copy in ("白玫瑰从云南空运而来，8折到手159.2元。", "白玫瑰从产地空运直达，8折到手159.2元。"):
        ok = check_row(copy, flowers, "zh-CN", offer=offer)
        assert "grounding_origin" not in blocking(ok), copy
    bad = check_row("白玫瑰从肯尼亚空运而来，8折到手159.2元。", flowers, "zh-CN", offer=offer)
    assert "grounding_origin" in blocking(bad)


SHAMPOO = {"item_id": "P1", "title": "Lumea Rosemary Shampoo, 10 fl oz", "brand": "Lumea", "category": "Shampoo",
           "price": 14.0, "list_price": 16.0, "currency": "USD", "attributes": {"size": "10 fl oz"}, "stock": 80}
SHAMPOO_OFFER = {"discount_pct": 12, "ends": "2027-04-30", "code": "LUMEA12"}


def test_another_brand_loved_but_not_its_price():
    bad = check_row("Love Olaplex but not the price? Lumea rosemary shampoo is $14.00 with LUMEA12.", SHAMPOO,
                    "en-US", offer=SHAMPOO_OFFER)
    assert "comparison" in blocking(bad)
    for copy in ("Love salon hair but not the price? Lumea rosemary shampoo is $14.00 with LUMEA12.",
                 "Love Lumea but not the price? Lumea rosemary shampoo is $14.00 with LUMEA12 until April 30."):
        ok = check_row(copy, SHAMPOO, "en-US", offer=SHAMPOO_OFFER)
        assert "comparison" not in blocking(ok), copy


def test_alloys_and_canvas_are_materials_the_record_must_state():
    tote = {"item_id": "T2", "title": "Harbour Tote Bag, Navy", "brand": "Harbour", "category": "Bags", "price": 40.0,
            "list_price": 50.0, "currency": "USD", "attributes": {"material": "waxed canvas", "lining": "cotton"},
            "stock": 40}
    offer = {"discount_pct": 20, "ends": "2027-06-30", "code": "TOTE20"}
    ok = check_row("Waxed canvas outside, cotton inside: the Harbour tote is $40.00 with TOTE20.", tote, "en-US",
                   offer=offer)
    assert "grounding_attribute" not in blocking(ok)
    for copy, product, off in (
            ("Waxed canvas outside: the Volley Pro racket is $96.00 with ACE20.", RACKET, RACKET_OFFER),
            ("Magnesium alloy body, 10x50 optics: Ridgeview binoculars $80.00 with STAR20.", BINOCULARS, BINO_OFFER)):
        bad = check_row(copy, product, "en-US", channel="social", offer=off)
        assert "grounding_attribute" in blocking(bad), copy
