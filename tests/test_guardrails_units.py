"""A number the copy gives a unit or a counted noun must be one the record gives that meaning: a
measure ('50 ml'), a time ('30 hours', '2 years', '3天'), a pack count ('pack of 6', 6只装) or a
count of things ('60 capsules', '3 pockets', 50粒). The record's 50 ml grounds no "pack of 50",
"50 days" or "50 capsules"; the same unit in another spelling ('millilitres', 毫升, 'fl oz',
'30-hour', 'qt') and the record's own counts still pass. Examples across catalogues (cosmetics,
food, electronics, apparel, home), en and zh, each blocked copy with clean copy beside it."""

from __future__ import annotations

from datetime import date

import pytest

from guard_rows import blocking, check_row
from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.rows import parse_row

SERUM = {"item_id": "C1", "title": "Larchmere Hydrating Vitamin C Serum, 30 ml", "brand": "Larchmere",
         "category": "Serums", "price": 24.0, "list_price": 30.0, "currency": "USD",
         "attributes": {"size": "30 ml", "skin type": "all skin types"}, "stock": 60}
SERUM_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "GLOW20"}

CREAM_ZH = {"item_id": "C2", "title": "润泽 保湿面霜 50克", "brand": "润泽", "category": "面霜",
            "price": 128.0, "list_price": 160.0, "currency": "CNY",
            "attributes": {"净含量": "50克", "肤质": "干性肌肤"}, "stock": 80}
CREAM_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "RUN20"}

PROTEIN = {"item_id": "F1", "title": "Oakfield Whey Protein, 2 lb", "brand": "Oakfield", "category": "Protein",
           "price": 36.0, "list_price": 45.0, "currency": "USD",
           "attributes": {"weight": "2 lb", "servings": "30", "flavour": "chocolate"}, "stock": 70}
PROTEIN_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "WHEY20"}

NOODLES_ZH = {"item_id": "F2", "title": "麦香 手擀挂面 330克×5袋", "brand": "麦香", "category": "挂面",
              "price": 25.0, "list_price": 30.0, "currency": "CNY",
              "attributes": {"规格": "330克×5袋", "产地": "河南"}, "stock": 90}
NOODLES_OFFER = {"discount_pct": 15, "ends": "2027-03-31", "code": "MAI15"}

HEADPHONES = {"item_id": "E1", "title": "Tidewell Wireless Headphones", "brand": "Tidewell", "category": "Headphones",
              "price": 64.0, "list_price": 80.0, "currency": "USD",
              "attributes": {"battery": "30 h", "warranty": "2 years", "driver": "40 mm"}, "stock": 50}
HEADPHONES_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "TIDE20"}

SPEAKER_ZH = {"item_id": "E2", "title": "声澜 蓝牙音箱", "brand": "声澜", "category": "音箱",
              "price": 199.0, "list_price": 249.0, "currency": "CNY",
              "attributes": {"续航": "20小时", "功率": "10瓦"}, "stock": 40}
SPEAKER_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "SHENG20"}

TOTE = {"item_id": "A1", "title": "Wrenfield Canvas Tote", "brand": "Wrenfield", "category": "Bags",
        "price": 28.0, "list_price": 35.0, "currency": "GBP",
        "attributes": {"pockets": "3", "strap drop": "28 cm", "material": "cotton canvas"}, "stock": 40}
TOTE_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "TOTE20"}

SOCKS_ZH = {"item_id": "A2", "title": "暖步 纯棉中筒袜 5双装", "brand": "暖步", "category": "袜子",
            "price": 39.0, "list_price": 49.0, "currency": "CNY",
            "attributes": {"材质": "纯棉", "袜筒高度": "15厘米"}, "stock": 100}
SOCKS_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "NUAN20"}

MUG = {"item_id": "H1", "title": "Brackwater Travel Mug", "brand": "Brackwater", "category": "Mugs",
       "price": 16.0, "list_price": 20.0, "currency": "USD",
       "attributes": {"capacity": "12 fl oz", "keeps hot": "6 hours"}, "stock": 40}
MUG_OFFER = {"discount_pct": 20, "ends": "2027-11-30", "code": "MUG20"}

NAPKINS = {"item_id": "H2", "title": "Thornbury Linen Napkins, Set of 4", "brand": "Thornbury", "category": "Table Linen",
           "price": 24.0, "list_price": 30.0, "currency": "GBP",
           "attributes": {"size": "45 cm", "material": "linen"}, "stock": 40}
NAPKINS_OFFER = {"discount_pct": 20, "ends": "2027-12-31", "code": "LINEN20"}

COOKER = {"item_id": "H3", "title": "Hearthly Slow Cooker, 3 quart", "brand": "Hearthly", "category": "Slow Cookers",
          "price": 40.0, "list_price": 50.0, "currency": "USD",
          "attributes": {"capacity": "3 quart", "power": "200 W"}, "stock": 30}
COOKER_OFFER = {"discount_pct": 20, "ends": "2027-02-28", "code": "SLOW20"}

KETTLE_ZH = {"item_id": "H4", "title": "清泉 电热水壶 1.7升", "brand": "清泉", "category": "电水壶",
             "price": 89.0, "list_price": 119.0, "currency": "CNY",
             "attributes": {"容量": "1.7升", "功率": "1800瓦", "保修": "1年"}, "stock": 60}
KETTLE_OFFER = {"discount_pct": 25, "ends": "2027-06-18", "code": "QQ25"}


def _number(copy, product, offer, locale="en-US", channel="email_body"):
    return "grounding_number" in blocking(check_row(copy, product, locale, channel=channel, offer=offer))


BLOCKED = [
    # a measure reused as a pack count, a time and a count of things
    ("Larchmere Hydrating Vitamin C Serum, $24.00 with GLOW20: a pack of 30 to last the month.", SERUM, SERUM_OFFER,
     "en-US"),
    ("Larchmere Hydrating Vitamin C Serum: 30 days to brighter skin, $24.00 with GLOW20.", SERUM, SERUM_OFFER, "en-US"),
    ("Larchmere Hydrating Vitamin C Serum: 30 capsules of vitamin C, $24.00 with GLOW20.", SERUM, SERUM_OFFER, "en-US"),
    ("润泽保湿面霜，50粒精华胶囊，到手¥128，优惠码RUN20。", CREAM_ZH, CREAM_OFFER, "zh-CN"),
    ("润泽保湿面霜，坚持50天，到手¥128，优惠码RUN20。", CREAM_ZH, CREAM_OFFER, "zh-CN"),
    # a weight reused as a pack count; servings counted with another number than the record's
    ("Oakfield Whey Protein, a chocolate whey 2-pack for $36.00 with WHEY20.", PROTEIN, PROTEIN_OFFER, "en-US"),
    ("Oakfield Whey Protein: 2 lb, 2 months of shakes, $36.00 with WHEY20.", PROTEIN, PROTEIN_OFFER, "en-US"),
    ("麦香手擀挂面330克×5袋，330天保质期，到手¥25，优惠码MAI15。", NOODLES_ZH, NOODLES_OFFER, "zh-CN"),
    # battery hours as a warranty, the warranty's years as hours, the driver's mm as a count
    ("Tidewell Wireless Headphones with a 30-year warranty, $64.00 with TIDE20.", HEADPHONES, HEADPHONES_OFFER,
     "en-US"),
    ("Tidewell Wireless Headphones: 2 hours to charge, 30 h to play. $64.00 with TIDE20.", HEADPHONES,
     HEADPHONES_OFFER, "en-US"),
    ("Tidewell Wireless Headphones with 40 sound presets, $64.00 with TIDE20.", HEADPHONES, HEADPHONES_OFFER, "en-US"),
    ("声澜蓝牙音箱，保修20个月，到手¥199，优惠码SHENG20。", SPEAKER_ZH, SPEAKER_OFFER, "zh-CN"),
    ("声澜蓝牙音箱，10只装，到手¥199，优惠码SHENG20。", SPEAKER_ZH, SPEAKER_OFFER, "zh-CN"),
    # the strap's 28 cm as pockets, nights or a pack
    ("Wrenfield Canvas Tote with 28 pockets, £28.00 with TOTE20.", TOTE, TOTE_OFFER, "en-GB"),
    ("Wrenfield Canvas Tote, a set of 28, £28.00 with TOTE20.", TOTE, TOTE_OFFER, "en-GB"),
    ("暖步纯棉中筒袜5双装，穿15天不变形，到手¥39，优惠码NUAN20。", SOCKS_ZH, SOCKS_OFFER, "zh-CN"),
    # the mug's 12 oz as cups, its 6 hours as days; the napkins' 45 cm as a count
    ("Brackwater Travel Mug: 12 cups of coffee a day, $16.00 with MUG20.", MUG, MUG_OFFER, "en-US"),
    ("Brackwater Travel Mug keeps drinks hot for 6 days, $16.00 with MUG20.", MUG, MUG_OFFER, "en-US"),
    ("Thornbury Linen Napkins, Set of 4, 45 washes and still soft, £24.00 with LINEN20.", NAPKINS, NAPKINS_OFFER,
     "en-GB"),
    ("Hearthly Slow Cooker: 3 settings, 200 W, $40.00 with SLOW20.", COOKER, COOKER_OFFER, "en-US"),
    ("清泉电热水壶1.7升，保修1.7年，到手¥89，优惠码QQ25。", KETTLE_ZH, KETTLE_OFFER, "zh-CN"),
]


@pytest.mark.parametrize("copy, product, offer, locale", BLOCKED)
def test_a_number_given_another_meaning_blocks(copy, product, offer, locale):
    assert _number(copy, product, offer, locale), copy


CLEAN = [
    ("Larchmere Hydrating Vitamin C Serum: 30 ml of serum, $24.00 with GLOW20.", SERUM, SERUM_OFFER, "en-US"),
    ("Larchmere Hydrating Vitamin C Serum in a 30 ml bottle, $24.00 with GLOW20.", SERUM, SERUM_OFFER, "en-US"),
    ("Larchmere Hydrating Vitamin C Serum, 30 millilitres for all skin types, $24.00 with GLOW20.", SERUM,
     SERUM_OFFER, "en-US"),
    ("Larchmere Vitamin C Serum, $24.00 with GLOW20 until June 30.", SERUM, SERUM_OFFER, "en-US"),
    ("润泽保湿面霜50克，到手¥128，优惠码RUN20。", CREAM_ZH, CREAM_OFFER, "zh-CN"),
    ("润泽保湿面霜，净含量50克，干性肌肤，到手¥128，优惠码RUN20。", CREAM_ZH, CREAM_OFFER, "zh-CN"),
    ("Oakfield Whey Protein: 2 lb tub, 30 servings, $36.00 with WHEY20.", PROTEIN, PROTEIN_OFFER, "en-US"),
    ("Oakfield Whey Protein: two pounds, 30 chocolate servings, $36.00 with WHEY20.", PROTEIN, PROTEIN_OFFER, "en-US"),
    ("麦香手擀挂面330克×5袋，到手¥25，优惠码MAI15。", NOODLES_ZH, NOODLES_OFFER, "zh-CN"),
    ("麦香手擀挂面，每袋330克，共5袋，到手¥25，优惠码MAI15。", NOODLES_ZH, NOODLES_OFFER, "zh-CN"),
    ("Tidewell Wireless Headphones: a 30-hour battery, $64.00 with TIDE20.", HEADPHONES, HEADPHONES_OFFER, "en-US"),
    ("Tidewell Wireless Headphones: 30 hours of music and a 2-year warranty, $64.00 with TIDE20.", HEADPHONES,
     HEADPHONES_OFFER, "en-US"),
    ("Tidewell Wireless Headphones, 40 mm drivers, 2 years of cover, $64.00 with TIDE20.", HEADPHONES,
     HEADPHONES_OFFER, "en-US"),
    ("Our top 2 pick: Tidewell Wireless Headphones, $64.00 with TIDE20.", HEADPHONES, HEADPHONES_OFFER, "en-US"),
    ("声澜蓝牙音箱，续航20小时，10瓦大功率，到手¥199，优惠码SHENG20。", SPEAKER_ZH, SPEAKER_OFFER, "zh-CN"),
    ("Wrenfield Canvas Tote: 3 pockets and a 28 cm drop, £28.00 with TOTE20.", TOTE, TOTE_OFFER, "en-GB"),
    ("Wrenfield Canvas Tote, a 3-pocket bag in cotton canvas, £28.00 with TOTE20.", TOTE, TOTE_OFFER, "en-GB"),
    ("暖步纯棉中筒袜5双装，袜筒15厘米，到手¥39，优惠码NUAN20。", SOCKS_ZH, SOCKS_OFFER, "zh-CN"),
    ("暖步纯棉中筒袜，一次入手5双，到手¥39，优惠码NUAN20。", SOCKS_ZH, SOCKS_OFFER, "zh-CN"),
    ("Brackwater Travel Mug: a 12 oz mug that keeps coffee hot for 6 hours, $16.00 with MUG20.", MUG, MUG_OFFER,
     "en-US"),
    ("Brackwater Travel Mug holds 12 fluid ounces, $16.00 with MUG20.", MUG, MUG_OFFER, "en-US"),
    ("Thornbury Linen Napkins: a 4 pack, each napkin 45 cm, £24.00 with LINEN20.", NAPKINS, NAPKINS_OFFER, "en-GB"),
    ("Thornbury Linen Napkins: 4 pieces in linen, £24.00 with LINEN20.", NAPKINS, NAPKINS_OFFER, "en-GB"),
    ("Hearthly Slow Cooker: 3 qt of stew at 200 watts, $40.00 with SLOW20.", COOKER, COOKER_OFFER, "en-US"),
    ("清泉电热水壶1.7升，1800瓦快煮，保修1年，到手¥89，优惠码QQ25，2027年6月18日截止。", KETTLE_ZH, KETTLE_OFFER, "zh-CN"),
]


@pytest.mark.parametrize("copy, product, offer, locale", CLEAN)
def test_the_records_own_meaning_passes(copy, product, offer, locale):
    assert not _number(copy, product, offer, locale), copy


def test_the_message_names_the_number_and_the_unit_the_record_gives_it():
    v = check_row("Larchmere Hydrating Vitamin C Serum: 30 days to brighter skin, $24.00 with GLOW20.", SERUM,
                  "en-US", offer=SERUM_OFFER)
    msg = next(x.message for x in v.violations if x.rule == "grounding_number")
    assert "'30 days'" in msg and "30 ml" in msg and "volume" in msg
    v = check_row("Larchmere Hydrating Vitamin C Serum, $24.00 with GLOW20: a pack of 30.", SERUM, "en-US",
                  offer=SERUM_OFFER)
    msg = next(x.message for x in v.violations if x.rule == "grounding_number")
    assert "pack of 30" in msg and "30 ml" in msg


def test_a_rank_or_a_number_the_record_writes_bare_is_no_reused_measure():
    # 'No. 5' ranks; the record's servings: 30 is a count, so 30 may count other things too
    assert not _number("Oakfield Whey Protein, No. 2 in our range: $36.00 with WHEY20.", PROTEIN, PROTEIN_OFFER)
    assert not _number("Oakfield Whey Protein: 30 chocolate shakes, $36.00 with WHEY20.", PROTEIN, PROTEIN_OFFER)
    # a pack count where the record's number is a count of pieces ('Set of 4')
    assert not _number("Thornbury Linen Napkins, a set of 4, £24.00 with LINEN20.", NAPKINS, NAPKINS_OFFER, "en-GB")


def test_an_attribute_named_by_its_unit_gives_its_number_that_unit():
    lamp = {"item_id": "H5", "title": "Lumen Camp Lantern", "brand": "Lumen", "category": "Lanterns",
            "price": 30.0, "currency": "USD", "attributes": {"run time (hours)": "40", "weight (g)": "300"}}
    assert not _number("Lumen Camp Lantern: 40 hours of light, $30.00.", lamp, {})
    assert _number("Lumen Camp Lantern: 40 days of light, $30.00.", lamp, {})
    assert _number("Lumen Camp Lantern: 300 lumens, $30.00.", lamp, {})  # 300 is its weight in grams


def test_ships_in_days_needs_the_record_to_state_it():
    assert _number("Brackwater Travel Mug ships in 6 days, $16.00 with MUG20.", MUG, MUG_OFFER)
    shipped = dict(MUG, attributes=dict(MUG["attributes"], dispatch="within 2 days"))
    assert not _number("Brackwater Travel Mug ships within 2 days, $16.00 with MUG20.", shipped, MUG_OFFER)
    # a week's days are a time too: 'open 7 days a week' needs a record that says 7 days
    week = dict(MUG, attributes=dict(MUG["attributes"], size="7 in"))
    assert _number("Brackwater Travel Mug, 7 in tall, from a shop open 7 days a week. $16.00 with MUG20.", week,
                   MUG_OFFER)


def test_the_days_left_of_the_offer_ground_a_time_in_days():
    row = parse_row({"id": "t", "copy": "Only 6 days left: Brackwater Travel Mug, 6 hours hot, $16.00 with MUG20.",
                     "channel": "email_body", "locale": "en-US", "product": MUG, "offer": MUG_OFFER})
    ends = date(2027, 11, 30)
    sent_six_days_before = Guardrails.load(today=date(2027, 11, 24)).check(row.copy, row.brief)
    sent_earlier = Guardrails.load(today=date(2027, 11, 1)).check(row.copy, row.brief)
    assert (ends - date(2027, 11, 24)).days == 6
    assert "grounding_number" not in blocking(sent_six_days_before)
    assert "grounding_number" in blocking(sent_earlier)


def test_a_year_before_nian_is_a_date_not_a_time():
    assert not _number("清泉电热水壶2027年新款，1.7升，到手¥89，优惠码QQ25。", KETTLE_ZH, KETTLE_OFFER, "zh-CN")
    assert _number("清泉电热水壶1.7升，保修18年，到手¥89，优惠码QQ25。", KETTLE_ZH, KETTLE_OFFER, "zh-CN")


FLASK_ZH = {"item_id": "H6", "title": "清溪 保温杯", "brand": "清溪", "category": "保温杯", "price": 99.0,
            "currency": "CNY", "attributes": {"容量（毫升）": "500", "保温": "12小时"}, "stock": 30}
GYM_BAG = {"item_id": "A3", "title": "Kestle Gym Bag", "brand": "Kestle", "category": "Bags", "price": 20.0,
           "currency": "USD", "attributes": {"volume": "3 l", "material": "nylon"}, "stock": 30}


def test_a_zh_attribute_named_by_its_unit_and_a_zh_rank():
    assert not _number("清溪保温杯500ml，保温12小时，到手¥99。", FLASK_ZH, {}, "zh-CN")
    assert _number("清溪保温杯，500克，到手¥99。", FLASK_ZH, {}, "zh-CN")
    assert _number("清溪保温杯，12个杯盖，到手¥99。", FLASK_ZH, {}, "zh-CN")
    assert not _number("清溪保温杯，第12个下单的有惊喜？到手¥99。", FLASK_ZH, {}, "zh-CN")


def test_a_qualified_count_blocks_and_a_multiple_or_a_size_does_not():
    assert _number("Kestle Gym Bag in nylon with 3 zip pockets, $20.00.", GYM_BAG, {})
    assert not _number("Kestle Gym Bag in nylon, a 3-way carry, $20.00.", GYM_BAG, {})
    assert not _number("Kestle Gym Bag in nylon, size 3 fits all, $20.00.", GYM_BAG, {})
