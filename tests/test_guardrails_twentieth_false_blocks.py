"""Classes of clean copy the twentieth and twenty-first frozen sets (new catalogues) blocked, each
tested on examples written here, never those sets' rows: a measure of an ingredient in a claim
frame ('a pinch of sea salt'); sleep said of a product a child naps in or a seat that reclines; an
abbreviation with a dot and a number that spells a topic word ('cat. 2'); weekdays given as the
days of a routine; and a kind of product the record lacks that is the reader's own thing or stands
beside the product's Chinese name with a model code; a reader addressed by a name that is also a colour or
a material ('Olive, your order'). Each with a near miss that must still block."""

from __future__ import annotations

from guard_rows import blocking, check_row

SPREAD = {"item_id": "H1", "title": "Nuttery Crunchy Peanut Butter, 12 oz", "brand": "Nuttery", "category": "Nut Butters",
          "price": 8.0, "list_price": 10.0, "currency": "USD",
          "attributes": {"ingredients": "roasted peanuts, sea salt", "size": "12 oz jar"}, "stock": 90}
SPREAD_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "NUT20"}

PUSHCHAIR = {"item_id": "B1", "title": "Wayfarer City Pushchair, Navy", "brand": "Wayfarer", "category": "Pushchairs",
             "price": 180.0, "list_price": 225.0, "currency": "GBP",
             "attributes": {"weight": "7 kg", "colour": "navy", "fold": "one-hand fold"}, "stock": 20}
PUSHCHAIR_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "PUSH20"}

CHAIR = {"item_id": "C1", "title": "Dunemoor Camping Chair", "brand": "Dunemoor", "category": "Camping Furniture",
         "price": 48.0, "list_price": 60.0, "currency": "USD",
         "attributes": {"back": "reclines to 5 positions", "weight": "3 kg"}, "stock": 40}
CHAIR_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "CAMP20"}

FLASK = {"item_id": "F1", "title": "Dunemoor Steel Flask, 750 ml", "brand": "Dunemoor", "category": "Flasks",
         "price": 24.0, "list_price": 30.0, "currency": "USD", "attributes": {"capacity": "750 ml"}, "stock": 40}

ZH_STROLLER = {"item_id": "Z1", "title": "行乐 婴儿推车 轻便款", "brand": "行乐", "category": "婴儿推车", "price": 800.0,
               "list_price": 1000.0, "currency": "CNY", "attributes": {"重量": "6公斤", "颜色": "灰色"}, "stock": 30}
ZH_CUP = {"item_id": "Z2", "title": "行乐 保温杯 500毫升", "brand": "行乐", "category": "保温杯", "price": 80.0,
          "list_price": 100.0, "currency": "CNY", "attributes": {"容量": "500毫升"}, "stock": 30}
ZH_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "GO20"}

HELMET = {"item_id": "K1", "title": "Snowline Ski Helmet, Matte White", "brand": "Snowline", "category": "Ski Helmets",
          "price": 96.0, "list_price": 120.0, "currency": "USD",
          "attributes": {"visor": "tinted visor, filter category 2", "colour": "matte white"}, "stock": 25}
HELMET_OFFER = {"discount_pct": 20, "ends": "2027-01-31", "code": "SNOW20"}

MIXER = {"item_id": "M1", "title": "Crumbly Hand Mixer, 300 W", "brand": "Crumbly", "category": "Hand Mixers",
         "price": 32.0, "list_price": 40.0, "currency": "GBP", "attributes": {"power": "300 W", "speeds": "5"},
         "stock": 30}
MIXER_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "MIX20"}  # a Wednesday

STEAMER = {"item_id": "S1", "title": "Pressa Travel Garment Steamer, 1200 W", "brand": "Pressa",
           "category": "Garment Steamers", "price": 40.0, "list_price": 50.0, "currency": "USD",
           "attributes": {"power": "1200 W", "tank": "200 ml"}, "stock": 30}
SHIRT = {"item_id": "S2", "title": "Tailorly Oxford Shirt, Blue", "brand": "Tailorly", "category": "Shirts",
         "price": 40.0, "list_price": 50.0, "currency": "USD", "attributes": {"material": "cotton"}, "stock": 30}
STEAMER_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "STEAM20"}
ZH_STEAMER = {"item_id": "S3", "title": "净衣 挂烫机 S3 白色", "brand": "净衣", "category": "挂烫机", "price": 160.0,
              "list_price": 200.0, "currency": "CNY", "attributes": {"功率": "1200瓦", "水箱": "200毫升"}, "stock": 30}
ZH_SHIRT = {"item_id": "S4", "title": "良品 纯棉衬衫 蓝色", "brand": "良品", "category": "衬衫", "price": 160.0,
            "list_price": 200.0, "currency": "CNY", "attributes": {"面料": "纯棉"}, "stock": 30}


# --- a measure of an ingredient in a claim frame -------------------------------------------------

def test_a_measure_in_a_frame_claims_what_it_measures():
    ok = check_row("Nuttery peanut butter is made from roasted peanuts and a pinch of sea salt. $8 a jar with NUT20 "
                   "until May 31.", SPREAD, "en-US", offer=SPREAD_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    # what the measure measures is the claim: a hint of an ingredient the record lacks is invented
    bad = check_row("Nuttery peanut butter is made with roasted peanuts and a hint of vanilla. $8 a jar with NUT20 "
                    "until May 31.", SPREAD, "en-US", offer=SPREAD_OFFER)
    assert "grounding_attribute" in blocking(bad)


# --- sleep said of what a child naps in, or of a seat that reclines ------------------------------

def test_naps_in_a_pushchair_or_a_reclining_seat_are_on_topic():
    ok = check_row("A nap on the school run and a one-hand fold: the Wayfarer City Pushchair in navy is £180 with PUSH20 "
                   "until 31 July.", PUSHCHAIR, "en-GB", offer=PUSHCHAIR_OFFER)
    assert "off_topic" not in blocking(ok)
    ok = check_row("Lean back for a nap by the lake: the Dunemoor camping chair is $48 with CAMP20 until August 31.",
                   CHAIR, "en-US", offer=CHAIR_OFFER)
    assert "off_topic" not in blocking(ok)
    bad = check_row("Take a nap by the lake: the Dunemoor steel flask is $24 with CAMP20 until August 31.",
                    FLASK, "en-US", offer=CHAIR_OFFER)
    assert "off_topic" in blocking(bad)


def test_sleep_in_a_chinese_stroller_is_on_topic():
    ok = check_row("躺下就能睡觉，行乐婴儿推车轻便款，GO20到手800元，6月30日前有效。", ZH_STROLLER, "zh-CN", offer=ZH_OFFER)
    assert "off_topic" not in blocking(ok)
    bad = check_row("喝完就能睡觉，行乐保温杯500毫升，GO20到手80元，6月30日前有效。", ZH_CUP, "zh-CN", offer=ZH_OFFER)
    assert "off_topic" in blocking(bad)


# --- an abbreviation with a dot and a number -----------------------------------------------------

def test_an_abbreviation_before_a_number_is_no_topic_word():
    ok = check_row("Tinted visor, filter cat. 2, matte white. Snowline ski helmet $96 with SNOW20 until 1/31.",
                   HELMET, "en-US", offer=HELMET_OFFER)
    assert "off_topic" not in blocking(ok)
    bad = check_row("Tinted visor, matte white, and your cat will love it. Snowline ski helmet $96 with SNOW20 "
                    "until 1/31.", HELMET, "en-US", offer=HELMET_OFFER)
    assert "off_topic" in blocking(bad)


# --- weekdays as the days of a routine -----------------------------------------------------------

def test_weekdays_of_a_routine_are_no_deadline():
    ok = check_row("Pancakes on Saturday, cupcakes on Sunday. The Crumbly hand mixer, 300 W, is £32 with MIX20 "
                   "until 30 June.", MIXER, "en-GB", offer=MIXER_OFFER)
    assert "grounding_date" not in blocking(ok)
    ok = check_row("The Crumbly hand mixer, 300 W: £32 with MIX20 until 30 June. Cake on Friday and biscuits on "
                   "Monday.", MIXER, "en-GB", offer=MIXER_OFFER)
    assert "grounding_date" not in blocking(ok)
    # one weekday alone, a weekday said as the end, or the offer's days are dates to check
    for copy in ("Pancakes on Saturday. The Crumbly hand mixer is £32 with MIX20 until 30 June.",
                 "The Crumbly hand mixer: £32 with MIX20, ends on Friday, free delivery on Monday.",
                 "The Crumbly hand mixer is £32 with MIX20 until Friday."):
        assert "grounding_date" in blocking(check_row(copy, MIXER, "en-GB", offer=MIXER_OFFER)), copy


# --- a kind of product the product is used on ----------------------------------------------------

def test_the_readers_own_thing_is_no_kind_sold():
    ok = check_row("Weekend plans: your shirts, finally smooth", STEAMER, "en-US", channel="email_subject",
                   offer=STEAMER_OFFER, catalog=[STEAMER, SHIRT])
    assert "grounding_attribute" not in blocking(ok)
    ok = check_row("这个周末，你的衬衫终于不用熨了", ZH_STEAMER, "zh-CN", channel="email_subject", offer=STEAMER_OFFER,
                   catalog=[ZH_STEAMER, ZH_SHIRT])
    assert "grounding_attribute" not in blocking(ok)
    # a word between may name what is bought
    for copy, product, locale, catalog in (("Your new shirt is waiting", STEAMER, "en-US", [STEAMER, SHIRT]),
                                           ("你的新衬衫，今天8折", ZH_STEAMER, "zh-CN", [ZH_STEAMER, ZH_SHIRT])):
        bad = check_row(copy, product, locale, channel="email_subject", offer=STEAMER_OFFER, catalog=catalog)
        assert "grounding_attribute" in blocking(bad), copy


def test_a_chinese_item_is_not_named_by_its_model_code_alone():
    # the model code 's3' of the title does not make '熨衣板不用搬出来。净衣挂烫机s3' an item named by the
    # title's words alone: the shirt is what the steamer is used on, beside the product's own name
    ok = check_row("出门前衬衫皱了，熨衣板不用搬出来。净衣挂烫机S3，1200瓦，200毫升水箱，STEAM20到手160元。", ZH_STEAMER, "zh-CN",
                   offer=STEAMER_OFFER, catalog=[ZH_STEAMER, ZH_SHIRT])
    assert "grounding_attribute" not in blocking(ok)
    # listed with an item that is the title's own words, the shirt is sold with it
    bad = check_row("净衣挂烫机S3 + 衬衫，STEAM20到手160元。", ZH_STEAMER, "zh-CN", offer=STEAMER_OFFER,
                    catalog=[ZH_STEAMER, ZH_SHIRT])
    assert "grounding_attribute" in blocking(bad)


# --- a reader addressed by a name that is also a colour or a material ----------------------------

BLOCKS = {"item_id": "Y1", "title": "Poseway Cork Yoga Blocks, 2 Pack", "brand": "Poseway", "category": "Yoga Props",
          "price": 20.0, "list_price": 25.0, "currency": "USD", "attributes": {"material": "cork"}, "stock": 50}
BLOCKS_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "POSE20"}


def test_a_reader_addressed_by_a_name_that_is_a_colour_or_a_material_is_no_attribute():
    for copy in ("Olive, your cork blocks are waiting\nPoseway cork yoga blocks, $20 with POSE20.",
                 "Hi Violet! Poseway cork yoga blocks, two for $20 with POSE20 until May 31.",
                 "Eva, we saved your cork blocks\nPoseway cork yoga blocks, $20 with POSE20."):
        assert "grounding_attribute" not in blocking(check_row(copy, BLOCKS, "en-US", channel="push",
                                                               offer=BLOCKS_OFFER)), copy
    # the same words as the product's colour or material still claim it
    for copy in ("Olive cork blocks\nPoseway cork yoga blocks, $20 with POSE20.",
                 "EVA foam, your new favourite\nPoseway yoga blocks, $20 with POSE20.",
                 "Violet, grey or black: Poseway cork yoga blocks, $20 with POSE20 until May 31."):
        assert "grounding_attribute" in blocking(check_row(copy, BLOCKS, "en-US", channel="push",
                                                           offer=BLOCKS_OFFER)), copy
