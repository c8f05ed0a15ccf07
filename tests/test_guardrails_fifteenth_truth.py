"""Classes of copy the fifteenth frozen set (new catalogues) exposed in the truth tier and in house
style, each tested on examples written here, never that set's rows. Harm that passed: a code-shaped
token that is not the offer's code ('when you use HONEY15' where the code is BEE10), a movable feast
reached 'all the way to' after the offer ends, glass as a body's material, detachable parts and a
wearable's health sensors the record lacks, and a two-in-one ('+ ... 2-in-1', '+...二合一') of
another kind of product. House style not warned: a subject that summons to a talk or asks whether
the reader's own thing should retire. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

HONEY = {"item_id": "H1", "title": "Hollowbee Raw Wildflower Honey, 454 g", "brand": "Hollowbee", "category": "Honey",
         "price": 7.2, "list_price": 8.0, "currency": "GBP",
         "attributes": {"origin": "Shropshire hives", "weight": "454 g", "jar": "glass jar"}, "stock": 90}
HONEY_OFFER = {"discount_pct": 10, "ends": "2027-03-31", "code": "BEE10"}

SKATES = {"item_id": "K1", "title": "Glidewell Inline Skates, Men's, Black", "brand": "Glidewell",
          "category": "Inline Skates", "price": 120.0, "list_price": 150.0, "currency": "USD",
          "attributes": {"wheels": "80 mm, 85A", "bearings": "ABEC-9", "frame": "aluminium", "model": "GW80"},
          "stock": 25}
SKATES_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "GLIDE20"}

BAND = {"item_id": "B1", "title": "跃动 智能手表 S5 星空蓝", "brand": "跃动", "category": "智能穿戴", "price": 359.1,
        "list_price": 399.0, "currency": "CNY",
        "attributes": {"屏幕": "1.43英寸AMOLED", "功能": "心率监测、睡眠监测、50种运动模式", "续航": "10天"}, "stock": 120}
BAND_OFFER = {"discount_pct": 10, "ends": "2027-05-20", "code": "WATCH10"}
BAND_SPO2 = {**BAND, "attributes": {**BAND["attributes"], "功能": "心率监测、血氧监测、睡眠监测"}}

KETTLE = {"item_id": "T1", "title": "Brookmere Cordless Kettle, 1.7 L, Cream", "brand": "Brookmere",
          "category": "Kettles", "price": 36.0, "list_price": 45.0, "currency": "GBP",
          "attributes": {"capacity": "1.7 L", "body": "stainless steel", "colour": "cream", "power": "3 kW"},
          "stock": 50}
KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "BREW20"}

JACKET = {"item_id": "J1", "title": "Fellside Kids' Waterproof Jacket, Navy", "brand": "Fellside",
          "category": "Kids' Jackets", "price": 28.0, "list_price": 35.0, "currency": "GBP",
          "attributes": {"outer": "recycled polyester, waterproof", "lining": "mesh", "sizes": "3 to 10 years"},
          "stock": 60}
JACKET_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "FELL20"}

CHESS = {"item_id": "C1", "title": "Rookwood Folding Chess Set, Walnut", "brand": "Rookwood", "category": "Chess Sets",
         "price": 44.0, "list_price": 55.0, "currency": "GBP",
         "attributes": {"board": "folding walnut, 40 cm", "pieces": "weighted beech, 32"}, "stock": 30}
CHESS_OFFER = {"discount_pct": 20, "ends": "2027-12-24", "code": "ROOK20"}

TEA = {"item_id": "Z1", "title": "茗岭 正山小种红茶 250克", "brand": "茗岭", "category": "茶叶", "price": 88.0,
       "list_price": 110.0, "currency": "CNY", "attributes": {"产地": "福建武夷山", "净含量": "250克"}, "stock": 200}
TEA_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "CHA20"}


# --- a code the offer does not give ---------------------------------------------------------------

def test_a_code_shaped_token_that_is_not_the_offers_code_is_a_wrong_code():
    bad = check_row("Raw wildflower honey from Shropshire hives, £7.20 when you use HONEY15 before 31 March.",
                    HONEY, "en-GB", offer=HONEY_OFFER)
    assert "grounding_code" in blocking(bad)
    bad = check_row("Hollowbee raw honey, 454 g: £7.20 with HIVE10 until 31 March.", HONEY, "en-GB",
                    offer=HONEY_OFFER)
    assert "grounding_code" in blocking(bad)
    bad = check_row("茗岭正山小种250克，使用TEA30到手88元，4月30日截止。", TEA, "zh-CN", offer=TEA_OFFER)
    assert "grounding_code" in blocking(bad)
    # the offer's own code, the record's model and bearings, and technology named like a code pass
    ok = check_row("Raw wildflower honey, £7.20 when you use BEE10 before 31 March.", HONEY, "en-GB",
                   offer=HONEY_OFFER)
    assert "grounding_code" not in blocking(ok)
    ok = check_row("The Glidewell GW80 rolls on ABEC 9 bearings: $120.00 when you use GLIDE20 by June 30.", SKATES,
                   "en-US", offer=SKATES_OFFER)
    assert "grounding_code" not in blocking(ok)
    ok = check_row("跃动S5手表，WATCH10到手359.10元。", BAND, "zh-CN", offer=BAND_OFFER)
    assert "grounding_code" not in blocking(ok)


# --- a movable feast after the offer's end -------------------------------------------------------

def test_a_movable_feast_reached_all_the_way_to_must_be_the_offers_end():
    bad = check_row("Glidewell inline skates, $120.00 with GLIDE20 all the way to Thanksgiving.", SKATES, "en-US",
                    offer=SKATES_OFFER)
    assert "grounding_date" in blocking(bad)
    bad = check_row("Glidewell inline skates, $120.00 with GLIDE20, and the deal lasts through Memorial Day.",
                    SKATES, "en-US", offer=SKATES_OFFER)
    assert "grounding_date" in blocking(bad)
    # the offer's own date reached 'all the way to', and a way that reaches no feast, pass
    ok = check_row("Glidewell inline skates, $120.00 with GLIDE20 all the way to June 30.", SKATES, "en-US",
                   offer=SKATES_OFFER)
    assert "grounding_date" not in blocking(ok)
    ok = check_row("Skate all the way to the park: Glidewell inline skates, $120.00 with GLIDE20 until June 30.",
                   SKATES, "en-US", offer=SKATES_OFFER)
    assert "grounding_date" not in blocking(ok)


# --- materials, parts and sensors the record lacks -------------------------------------------------

def test_glass_as_a_body_the_record_does_not_state_is_an_invented_material():
    bad = check_row("Glass body, boiled in minutes: Brookmere 1.7 L kettle, £36.00 with BREW20.", KETTLE, "en-GB",
                    offer=KETTLE_OFFER)
    assert "grounding_attribute" in blocking(bad)
    # glass the record states ('glass jar'), and a glass to drink from, pass
    ok = check_row("Raw honey in a glass jar, £7.20 with BEE10 until 31 March.", HONEY, "en-GB", offer=HONEY_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    ok = check_row("Boil 1.7 L, pour a glass of water for later: Brookmere kettle, £36.00 with BREW20.", KETTLE,
                   "en-GB", offer=KETTLE_OFFER)
    assert "grounding_attribute" not in blocking(ok)


def test_a_detachable_part_the_record_does_not_state_is_invented():
    # stated plainly, in no claim frame ('with a ...'): the part must still be the record's
    bad = check_row("The navy jacket has sleeves that are removable, so it grows from 3 to 10. £28.00 with FELL20.",
                    JACKET, "en-GB", offer=JACKET_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("The navy jacket has sleeves that are removable, so it grows from 3 to 10. £28.00 with FELL20.",
                   {**JACKET, "attributes": {**JACKET["attributes"], "sleeves": "removable"}}, "en-GB",
                   offer=JACKET_OFFER)
    assert "grounding_attribute" not in blocking(ok)


def test_a_wearables_health_sensor_must_be_the_records():
    bad = check_row("跃动S5还能测血氧，WATCH10到手359.10元。", BAND, "zh-CN", offer=BAND_OFFER)
    assert "grounding_attribute" in blocking(bad)
    bad = check_row("跃动S5手表支持体温监测，WATCH10到手359.10元。", BAND, "zh-CN", offer=BAND_OFFER)
    assert "grounding_attribute" in blocking(bad)
    bad = check_row("Tracks your blood oxygen overnight: Glidewell GW80, $120.00 with GLIDE20.",
                    {**SKATES, "category": "Smartwatches"}, "en-US", offer=SKATES_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("跃动S5还能测血氧，WATCH10到手359.10元。", BAND_SPO2, "zh-CN", offer=BAND_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    # keeping warm is no sensor
    ok = check_row("跃动S5，心率监测、睡眠监测，WATCH10到手359.10元。", BAND, "zh-CN", offer=BAND_OFFER)
    assert "grounding_attribute" not in blocking(ok)


# --- a two-in-one of another kind ----------------------------------------------------------------

def test_a_two_in_one_of_another_kind_of_product_is_a_bundle_the_record_must_hold():
    bad = check_row("Chess + backgammon 2-in-1: Rookwood folding walnut set, £44.00 with ROOK20.", CHESS, "en-GB",
                    offer=CHESS_OFFER)
    assert "grounding_attribute" in blocking(bad)
    bad = check_row("红茶+绿茶二合一，茗岭正山小种，CHA20到手88元。", TEA, "zh-CN", offer=TEA_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("Board + pieces in one: Rookwood folding walnut chess set, £44.00 with ROOK20.", CHESS, "en-GB",
                   offer=CHESS_OFFER)
    assert "grounding_attribute" not in blocking(ok)


# --- house style: teaser subjects ----------------------------------------------------------------

def _warned(verdict) -> set[str]:
    return {v.rule for v in verdict.violations if v.severity == "warn"}


def test_a_subject_that_summons_to_a_talk_or_retires_the_readers_thing_is_a_teaser():
    for copy, prod, loc, offer in (("We need to talk about your morning brew", KETTLE, "en-GB", KETTLE_OFFER),
                                   ("Is your old kettle ready to retire?", KETTLE, "en-GB", KETTLE_OFFER),
                                   ("你的茶叶，该换了吗？", TEA, "zh-CN", TEA_OFFER)):
        v = check_row(copy, prod, loc, channel="email_subject", offer=offer)
        assert "off_product" in _warned(v), copy
        assert not blocking(v), copy
    for copy, prod, loc, offer in (("Brookmere cream kettle: 20% off with BREW20", KETTLE, "en-GB", KETTLE_OFFER),
                                   ("茗岭正山小种，8折到手88元", TEA, "zh-CN", TEA_OFFER)):
        v = check_row(copy, prod, loc, channel="email_subject", offer=offer)
        assert "off_product" not in _warned(v), copy
