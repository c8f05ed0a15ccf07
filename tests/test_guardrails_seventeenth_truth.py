"""Classes of copy the seventeenth frozen set (new catalogues) exposed in the truth tier, each tested
on examples written here, never that set's rows. Clean copy that blocked: a stock count said to
remain ('Only 6 candles remain'), the size of each unit after a pack noun ('12 packs of 150 g')
read as the pack's count, and 'the green' a game is played on read as a colour. Harm that passed:
a wood, a metal's grade, lights, a glow or pitted fruit the record lacks; another kind of product
listed with the product's own parts; more people than the record's product is for; a deadline by
a Chinese feast after the offer ends; and in Chinese another item with its own quantity bundled
in with 配. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

CANDLE = {"item_id": "C1", "title": "Emberly Fig Leaf Soy Candle, 220 g", "brand": "Emberly", "category": "Candles",
          "price": 21.6, "list_price": 27.0, "currency": "USD",
          "attributes": {"wax": "soy", "burn time": "45 hours", "scent": "fig leaf, amber"}, "stock": 6}
CANDLE_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "GLOW20"}

BISCUITS = {"item_id": "B1", "title": "Thorley Oat Biscuits, 12 x 150 g", "brand": "Thorley", "category": "Biscuits",
            "price": 14.4, "list_price": 18.0, "currency": "GBP",
            "attributes": {"pack": "12 packs x 150 g", "diet": "vegan"}, "stock": 80}
BISCUITS_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "OAT20"}

GOLF = {"item_id": "G1", "title": "Parwick Tour Golf Balls, White, 12 Pack", "brand": "Parwick", "category": "Golf",
        "price": 27.0, "list_price": 30.0, "currency": "GBP",
        "attributes": {"colour": "white", "construction": "3-piece", "pack": "12 balls"}, "stock": 60}
GOLF_OFFER = {"discount_pct": 10, "ends": "2027-08-31", "code": "PAR10"}

BENCH = {"item_id": "N1", "title": "Ashcombe Garden Bench, 2-Seater", "brand": "Ashcombe", "category": "Garden Furniture",
         "price": 144.0, "list_price": 180.0, "currency": "GBP",
         "attributes": {"timber": "FSC-certified larch", "seats": "2", "finish": "oiled"}, "stock": 12}
BENCH_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "SIT20"}

DISC = {"item_id": "F1", "title": "Skyloft Flying Disc, 175 g", "brand": "Skyloft", "category": "Outdoor Games",
        "price": 12.0, "list_price": 15.0, "currency": "USD",
        "attributes": {"weight": "175 g", "material": "polyethylene", "colour": "orange"}, "stock": 90}
DISC_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "FLY20"}

MAT = {"item_id": "Y1", "title": "Stillwell Yoga Mat with Carry Strap", "brand": "Stillwell", "category": "Yoga",
       "price": 36.0, "list_price": 45.0, "currency": "USD",
       "attributes": {"thickness": "6 mm", "material": "natural rubber", "strap": "cotton carry strap"}, "stock": 70}
MAT_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "MAT20"}

GAME = {"item_id": "K1", "title": "Harbourline Board Game, 2-5 Players", "brand": "Harbourline", "category": "Board Games",
        "price": 31.5, "list_price": 35.0, "currency": "USD",
        "attributes": {"players": "2-5", "age": "10+", "play time": "45 minutes"}, "stock": 40}
GAME_OFFER = {"discount_pct": 10, "ends": "2027-11-30", "code": "SAIL10"}

ZH_GAME = {"item_id": "K2", "title": "棋趣 家庭桌游 航海版", "brand": "棋趣", "category": "桌游", "price": 79.2,
           "list_price": 99.0, "currency": "CNY", "attributes": {"人数": "2-4人", "适用年龄": "8岁以上"}, "stock": 200}
ZH_GAME_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "GAME20"}

RAISINS = {"item_id": "R1", "title": "疆果 吐鲁番葡萄干 500克", "brand": "疆果", "category": "果干", "price": 31.92,
           "list_price": 39.9, "currency": "CNY", "attributes": {"产地": "新疆吐鲁番", "净含量": "500克"}, "stock": 400}
RAISINS_OFFER = {"discount_pct": 20, "ends": "2027-06-10", "code": "GUO20"}

TRIPOD = {"item_id": "T1", "title": "远拍 相机三脚架 160厘米", "brand": "远拍", "category": "三脚架", "price": 152.0,
          "list_price": 190.0, "currency": "CNY", "attributes": {"材质": "铝合金", "最高": "160厘米"}, "stock": 60}
TRIPOD_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "PAI20"}


# --- a stock count said to remain -------------------------------------------------------------------

def test_a_count_said_to_remain_is_the_stock():
    for copy in ("Fig leaf and amber in soy wax, $21.60 with GLOW20. Only 6 candles remain.",
                 "Fig leaf and amber in soy wax, $21.60 with GLOW20. Just 6 candles remain in stock."):
        ok = check_row(copy, CANDLE, "en-US", offer=CANDLE_OFFER)
        assert not blocking(ok) & {"grounding_number", "grounding_stock"}, copy
    bad = check_row("Fig leaf and amber in soy wax, $21.60 with GLOW20. Only 3 candles remain.", CANDLE, "en-US",
                    offer=CANDLE_OFFER)
    assert "grounding_stock" in blocking(bad)
    # a time that remains is no stock
    bad = check_row("Fig leaf and amber in soy wax, $21.60 with GLOW20. 6 days remain.", CANDLE, "en-US",
                    offer=CANDLE_OFFER)
    assert "grounding_stock" not in blocking(bad)


# --- the size of each unit after a pack noun ---------------------------------------------------------

def test_a_pack_noun_of_a_measure_is_the_size_of_each_no_count():
    ok = check_row("Oaty, crisp and vegan: this box holds 12 packs of 150 g, £14.40 with OAT20 until 30 September.",
                   BISCUITS, "en-GB", offer=BISCUITS_OFFER)
    assert "grounding_number" not in blocking(ok)
    # a pack of 150 with no unit counts biscuits the record gives as grams; a wrong size still blocks
    for copy in ("Oaty, crisp and vegan: a box of 150, £14.40 with OAT20 until 30 September.",
                 "Oaty, crisp and vegan: this box holds 12 packs of 200 g, £14.40 with OAT20 until 30 September."):
        bad = check_row(copy, BISCUITS, "en-GB", offer=BISCUITS_OFFER)
        assert "grounding_number" in blocking(bad), copy


# --- a colour that names the place a game is played on -----------------------------------------------

def test_the_green_a_game_is_played_on_is_no_colour():
    for copy in ("Straight onto the green\nParwick Tour golf balls, 12 pack, £27.00 with PAR10.",
                 "Ready for the green\nParwick Tour golf balls, 12 pack, £27.00 with PAR10.",
                 "Your best putt on the putting green\nParwick Tour golf balls, £27.00 with PAR10."):
        ok = check_row(copy, GOLF, "en-GB", channel="push", offer=GOLF_OFFER)
        assert "grounding_attribute" not in blocking(ok), copy
    for copy in ("Green golf balls\nParwick Tour 12 pack, £27.00 with PAR10.",
                 "Pick the green ones\nParwick Tour golf balls, £27.00 with PAR10.",
                 "Also in the green\nParwick Tour golf balls, £27.00 with PAR10."):
        bad = check_row(copy, GOLF, "en-GB", channel="push", offer=GOLF_OFFER)
        assert "grounding_attribute" in blocking(bad), copy


# --- a wood, a metal's grade, lights, a glow or pitted fruit the record lacks ---------------------------

def test_a_wood_a_light_a_glow_or_a_pitted_fruit_the_record_lacks_is_invented():
    bad = check_row("Solid cedar garden bench\nTwo seats, £144.00 with SIT20.", BENCH, "en-GB", channel="push",
                    offer=BENCH_OFFER)
    assert "grounding_attribute" in blocking(bad)
    cedar = {**BENCH, "attributes": {**BENCH["attributes"], "timber": "western red cedar"}}
    ok = check_row("Solid cedar garden bench\nTwo seats, £144.00 with SIT20.", cedar, "en-GB", channel="push",
                   offer=BENCH_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    for copy in ("Glow-in-the-dark disc for night throws. Skyloft, $12.00 with FLY20.",
                 "LED-lit disc for night throws. Skyloft, $12.00 with FLY20."):
        bad = check_row(copy, DISC, "en-US", channel="social", offer=DISC_OFFER)
        assert "grounding_attribute" in blocking(bad), copy
    glow = {**DISC, "attributes": {**DISC["attributes"], "finish": "glow in the dark"}}
    ok = check_row("Glow-in-the-dark disc for night throws. Skyloft, $12.00 with FLY20.", glow, "en-US",
                   channel="social", offer=DISC_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("无核葡萄干，一口一把😋 疆果吐鲁番500克，GUO20到手31.92元。", RAISINS, "zh-CN", channel="social",
                    offer=RAISINS_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("无核葡萄干，一口一把😋 疆果吐鲁番500克，GUO20到手31.92元。",
                   {**RAISINS, "attributes": {**RAISINS["attributes"], "特点": "无核"}}, "zh-CN", channel="social",
                   offer=RAISINS_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("航空铝脚管，稳稳当当。远拍相机三脚架160厘米，PAI20到手152.00元。", TRIPOD, "zh-CN", offer=TRIPOD_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("铝合金脚管，稳稳当当。远拍相机三脚架160厘米，PAI20到手152.00元。", TRIPOD, "zh-CN", offer=TRIPOD_OFFER)
    assert "grounding_attribute" not in blocking(ok)


# --- another kind of product listed with the product's own parts --------------------------------------

def test_a_kind_listed_with_the_products_own_parts_is_sold_with_it():
    for copy in ("Yoga mat, carry strap and microphone for $36.00 with MAT20",
                 "A yoga mat and headphones for $36.00 with MAT20"):
        bad = check_row(copy, MAT, "en-US", channel="email_subject", offer=MAT_OFFER)
        assert "grounding_attribute" in blocking(bad), copy
    for copy in ("Yoga mat and carry strap for $36.00 with MAT20",
                 "Stillwell yoga mat, $36.00 with MAT20: roll it up beside your headphones"):
        ok = check_row(copy, MAT, "en-US", channel="email_subject", offer=MAT_OFFER)
        assert "grounding_attribute" not in blocking(ok), copy


# --- more people than the record's product is for ------------------------------------------------------

def test_more_people_than_the_record_holds_is_a_wrong_spec():
    for copy in ("Harbourline for six players, $31.50 with SAIL10", "A 6-player voyage: Harbourline, $31.50 with SAIL10",
                 "Harbourline for up to 8 people, $31.50 with SAIL10"):
        bad = check_row(copy, GAME, "en-US", channel="email_subject", offer=GAME_OFFER)
        assert "grounding_number" in blocking(bad), copy
    for copy in ("Harbourline for five players, $31.50 with SAIL10", "Harbourline for 2 to 5 players, $31.50 with SAIL10",
                 "Loved by 5 people we know: Harbourline, $31.50 with SAIL10"):
        ok = check_row(copy, GAME, "en-US", channel="email_subject", offer=GAME_OFFER)
        assert "grounding_number" not in blocking(ok), copy
    for copy in ("棋趣航海版桌游，适合6人，GAME20到手79.20元。", "棋趣航海版桌游6人同玩，GAME20到手79.20元。"):
        bad = check_row(copy, ZH_GAME, "zh-CN", offer=ZH_GAME_OFFER)
        assert "grounding_number" in blocking(bad), copy
    for copy in ("棋趣航海版桌游，适合2至4人，GAME20到手79.20元。", "棋趣航海版桌游，4人同玩，GAME20到手79.20元。"):
        ok = check_row(copy, ZH_GAME, "zh-CN", offer=ZH_GAME_OFFER)
        assert "grounding_number" not in blocking(ok), copy


# --- a deadline by a Chinese feast ----------------------------------------------------------------------

def test_a_deadline_by_a_chinese_feast_must_reach_it():
    for copy in ("中秋前都能用🎲 棋趣航海版桌游GAME20到手79.20元。", "棋趣航海版桌游GAME20到手79.20元，有效期至国庆。"):
        bad = check_row(copy, ZH_GAME, "zh-CN", channel="social", offer=ZH_GAME_OFFER)
        assert "grounding_date" in blocking(bad), copy
    # a feast the offer reaches, and one named as an occasion, not a deadline
    ok = check_row("中秋前都能用🎲 棋趣航海版桌游GAME20到手79.20元。", ZH_GAME, "zh-CN", channel="social",
                   offer={**ZH_GAME_OFFER, "ends": "2027-09-14"})
    assert "grounding_date" not in blocking(ok)
    ok = check_row("中秋团圆玩一局🎲 棋趣航海版桌游GAME20到手79.20元。", ZH_GAME, "zh-CN", channel="social", offer=ZH_GAME_OFFER)
    assert "grounding_date" not in blocking(ok)


# --- another item with its own quantity bundled in with 配 -----------------------------------------------

def test_another_item_bundled_in_with_pei_must_be_the_records_or_the_gift():
    bad = check_row("吐鲁番葡萄干500克配巴旦木200克，到手31.92元", RAISINS, "zh-CN", channel="email_subject",
                    offer=RAISINS_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("吐鲁番葡萄干500克配巴旦木200克，到手31.92元", RAISINS, "zh-CN", channel="email_subject",
                   offer={**RAISINS_OFFER, "gift": "巴旦木200克"})
    assert "grounding_attribute" not in blocking(ok)
    # 配送 is delivery, no bundle
    ok = check_row("吐鲁番葡萄干500克，全国300个城市配送，到手31.92元", RAISINS, "zh-CN", channel="email_subject",
                   offer=RAISINS_OFFER)
    assert "grounding_attribute" not in blocking(ok)
