"""Classes of harm the eighteenth and nineteenth frozen sets (new catalogues) exposed in the truth
tier, each tested on examples written here, never those sets' rows: a material, a burning, a germ
killing light, a strainer or a place of making the record lacks ('natural rubber', 'smokeless',
紫外线杀菌, 过滤网, 'American-made', a place with 产 after it); free delivery said with the verb
contracted onto the noun ("delivery's free"); a free item said to come with the product itself
('Free matching mug with our teapot'); the last of the stock counted in words ('Last two ...'); an
offer said to run past a feast it ends before ('runs into the new year', 持续到春节之后); and in
Chinese another item bundled in with 配 and a count, or shipped together (和…一起发货). Each with a
near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

MAT = {"item_id": "M1", "title": "Stillpoint Travel Yoga Mat, 4 mm", "brand": "Stillpoint", "category": "Yoga Mats",
       "price": 28.0, "list_price": 35.0, "currency": "GBP",
       "attributes": {"material": "TPE foam", "thickness": "4 mm", "colour": "sage"}, "stock": 50}
MAT_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "FLOW20"}

CHARCOAL = {"item_id": "C1", "title": "Hearthwell Lumpwood Charcoal, 10 kg", "brand": "Hearthwell",
            "category": "Charcoal", "price": 18.0, "list_price": 20.0, "currency": "GBP",
            "attributes": {"wood": "oak and hazel", "weight": "10 kg", "use": "barbecues"}, "stock": 200}
CHARCOAL_OFFER = {"discount_pct": 10, "ends": "2027-08-31", "code": "GRILL10"}

KETTLE = {"item_id": "K1", "title": "Brookfield Stovetop Kettle, 2 L", "brand": "Brookfield", "category": "Kettles",
          "price": 40.0, "list_price": 50.0, "currency": "USD",
          "attributes": {"body": "enamelled steel", "capacity": "2 L", "handle": "beech"}, "stock": 30}
KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "BOIL20"}

TEAPOT = {"item_id": "T1", "title": "Ashby Stoneware Teapot, 1 L", "brand": "Ashby", "category": "Teapots",
          "price": 24.0, "list_price": 30.0, "currency": "GBP",
          "attributes": {"material": "stoneware", "capacity": "1 litre", "glaze": "celadon"}, "stock": 25}
TEAPOT_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "BREW20"}

ZH_CABINET = {"item_id": "Z1", "title": "净享 消毒碗柜 X3 60升", "brand": "净享", "category": "消毒柜", "price": 799.2,
              "list_price": 999.0, "currency": "CNY", "attributes": {"容量": "60升", "消毒": "高温消毒", "层数": "双层"},
              "stock": 80}
ZH_CABINET_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "JING20"}

ZH_CUP = {"item_id": "Z2", "title": "行露 不锈钢保温杯 500毫升", "brand": "行露", "category": "保温杯", "price": 79.2,
          "list_price": 99.0, "currency": "CNY", "attributes": {"材质": "316不锈钢", "容量": "500毫升", "保温": "12小时"},
          "stock": 300}
ZH_CUP_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "BEI20"}

ZH_TEA = {"item_id": "Z3", "title": "山岚 云南普洱熟茶 357克", "brand": "山岚", "category": "普洱茶", "price": 159.2,
          "list_price": 199.0, "currency": "CNY", "attributes": {"产地": "云南勐海", "净含量": "357克", "年份": "2022年"},
          "stock": 120}
ZH_TEA_OFFER = {"discount_pct": 20, "ends": "2027-01-10", "code": "CHA20"}

ZH_SHIRT = {"item_id": "Z4", "title": "素纹 亚麻衬衫 男款 白色", "brand": "素纹", "category": "男装衬衫", "price": 189.0,
            "list_price": 239.0, "currency": "CNY", "attributes": {"面料": "亚麻100%", "颜色": "白色", "尺码": "M至XXL"},
            "stock": 40}
ZH_SHIRT_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "MA20", "gift": "同色系手帕一条"}

ZH_GAIWAN = {"item_id": "Z5", "title": "青瓷坊 龙泉青瓷盖碗 150毫升", "brand": "青瓷坊", "category": "盖碗", "price": 128.0,
             "list_price": 160.0, "currency": "CNY", "attributes": {"产地": "浙江龙泉", "容量": "150毫升"}, "stock": 60}
ZH_GAIWAN_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "CI20"}


# --- a material, a burning, a germ-killing light, a strainer or a place of making the record lacks -----

def test_a_material_a_burning_a_light_or_a_strainer_the_record_lacks_is_invented():
    bad = check_row("Natural rubber grip for every flow. Stillpoint mat £28.00 with FLOW20.", MAT, "en-GB",
                    channel="social", offer=MAT_OFFER)
    assert "grounding_attribute" in blocking(bad)
    rubber = {**MAT, "attributes": {**MAT["attributes"], "material": "natural rubber"}}
    ok = check_row("Natural rubber grip for every flow. Stillpoint mat £28.00 with FLOW20.", rubber, "en-GB",
                   channel="social", offer=MAT_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    for copy in ("Smokeless lumpwood charcoal for long summer grills, £18.00 with GRILL10.",
                 "Spark-free lumpwood charcoal for long summer grills, £18.00 with GRILL10."):
        bad = check_row(copy, CHARCOAL, "en-GB", channel="social", offer=CHARCOAL_OFFER)
        assert "grounding_attribute" in blocking(bad), copy
    ok = check_row("Oak and hazel lumpwood charcoal for long summer grills, £18.00 with GRILL10.", CHARCOAL,
                   "en-GB", channel="social", offer=CHARCOAL_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    # 无烟 alone is a place free of smoke, no way of burning
    ok = check_row("无烟厨房里的好帮手。净享消毒碗柜X3，JING20到手799.20元。", ZH_CABINET, "zh-CN", channel="social",
                   offer=ZH_CABINET_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("Built-in filter keeps leaves out. Ashby teapot, £24.00 with BREW20.", TEAPOT, "en-GB",
                    channel="social", offer=TEAPOT_OFFER)
    assert "grounding_attribute" in blocking(bad)
    for copy in ("紫外线杀菌，碗筷更放心。净享消毒碗柜X3，JING20到手799.20元。",
                 "保温杯内置滤网，泡茶不怕茶叶。行露保温杯，BEI20到手79.20元。"):
        product, offer = (ZH_CABINET, ZH_CABINET_OFFER) if "碗柜" in copy else (ZH_CUP, ZH_CUP_OFFER)
        bad = check_row(copy, product, "zh-CN", channel="social", offer=offer)
        assert "grounding_attribute" in blocking(bad), copy
    ok = check_row("高温消毒，碗筷更放心。净享消毒碗柜X3，JING20到手799.20元。", ZH_CABINET, "zh-CN", channel="social",
                   offer=ZH_CABINET_OFFER)
    assert "grounding_attribute" not in blocking(ok)


def test_a_place_joined_to_its_making_is_an_origin():
    for copy in ("American-made stovetop kettle, 20% off", "US-made stovetop kettle, 20% off"):
        bad = check_row(copy, KETTLE, "en-US", channel="email_subject", offer=KETTLE_OFFER)
        assert blocking(bad) & {"grounding_attribute", "grounding_origin"}, copy
    made = {**KETTLE, "attributes": {**KETTLE["attributes"], "origin": "made in the USA"}}
    ok = check_row("American-made stovetop kettle, 20% off", made, "en-US", channel="email_subject", offer=KETTLE_OFFER)
    assert not blocking(ok) & {"grounding_attribute", "grounding_origin"}
    bad = check_row("British-made stoneware teapot, £24.00 with BREW20", TEAPOT, "en-GB", channel="email_subject",
                    offer=TEAPOT_OFFER)
    assert blocking(bad) & {"grounding_attribute", "grounding_origin"}


def test_a_chinese_place_with_chan_after_it_is_an_origin():
    bad = check_row("福建安溪产茶\n山岚普洱熟茶357克，CHA20到手159.20元。", ZH_TEA, "zh-CN", channel="push", offer=ZH_TEA_OFFER)
    assert "grounding_origin" in blocking(bad)
    ok = check_row("云南勐海产茶\n山岚普洱熟茶357克，CHA20到手159.20元。", ZH_TEA, "zh-CN", channel="push", offer=ZH_TEA_OFFER)
    assert "grounding_origin" not in blocking(ok)
    # 产品 is the product, no place of making
    ok = check_row("浙江的朋友都爱的产品\n山岚普洱熟茶357克，CHA20到手159.20元。", ZH_TEA, "zh-CN", channel="push",
                   offer=ZH_TEA_OFFER)
    assert "grounding_origin" not in blocking(ok)


# --- free delivery with the verb contracted onto the noun ------------------------------------------------

def test_free_delivery_said_with_a_contraction_must_be_offered():
    for copy in ("Ashby stoneware teapot, £24.00 with BREW20, and delivery's free across the UK.",
                 "Ashby stoneware teapot, £24.00 with BREW20. Shipping’s on us."):
        bad = check_row(copy, TEAPOT, "en-GB", offer=TEAPOT_OFFER)
        assert "grounding_shipping" in blocking(bad), copy
        ok = check_row(copy, TEAPOT, "en-GB", offer={**TEAPOT_OFFER, "free_shipping": True})
        assert "grounding_shipping" not in blocking(ok), copy
    ok = check_row("Ashby stoneware teapot, £24.00 with BREW20, and delivery's fast across the UK.", TEAPOT, "en-GB",
                   offer=TEAPOT_OFFER)
    assert "grounding_shipping" not in blocking(ok)


# --- a free item said to come with the product itself ----------------------------------------------------

def test_a_free_item_with_the_product_itself_is_a_gift():
    for copy in ("Free matching mug with our stoneware teapot", "Free tea cosy with the Ashby teapot"):
        bad = check_row(copy, TEAPOT, "en-GB", channel="email_subject", offer=TEAPOT_OFFER)
        assert "grounding_gift" in blocking(bad), copy
    ok = check_row("Free matching mug with our stoneware teapot", TEAPOT, "en-GB", channel="email_subject",
                   offer={**TEAPOT_OFFER, "gift": "a matching mug"})
    assert "grounding_gift" not in blocking(ok)
    # a word ending in -free, 'feel free to', and delivery are no gift
    for copy in ("Lead-free glaze with our celadon finish: Ashby teapot £24.00",
                 "Feel free to pair it with our mugs: Ashby teapot £24.00",
                 "Free UK delivery with the code BREW20: Ashby teapot £24.00"):
        ok = check_row(copy, TEAPOT, "en-GB", channel="email_subject", offer={**TEAPOT_OFFER, "free_shipping": True})
        assert "grounding_gift" not in blocking(ok), copy


# --- the last of the stock counted in words --------------------------------------------------------------

def test_the_last_of_the_stock_in_words_is_a_count():
    for copy in ("Last three celadon teapots at £24.00", "Nice try. Last four celadon teapots, £24.00 with BREW20"):
        bad = check_row(copy, TEAPOT, "en-GB", channel="email_subject", offer=TEAPOT_OFFER)
        assert "grounding_stock" in blocking(bad), copy
    ok = check_row("Last three celadon teapots at £24.00", {**TEAPOT, "stock": 3}, "en-GB", channel="email_subject",
                   offer=TEAPOT_OFFER)
    assert "grounding_stock" not in blocking(ok)
    for copy in ("Loved for the last two decades: Ashby teapot £24.00", "Last two weeks of BREW20: Ashby teapot £24.00",
                 "Our last two batches sold out fast. Ashby teapot £24.00"):
        ok = check_row(copy, TEAPOT, "en-GB", channel="email_subject", offer=TEAPOT_OFFER)
        assert "grounding_stock" not in blocking(ok), copy


# --- an offer said to run past a feast it ends before ----------------------------------------------------

def test_an_offer_said_to_run_past_a_feast_must_end_after_it():
    for copy in ("BREW20 runs into the new year: Ashby teapot for £24.00.",
                 "The BREW20 price lasts past Christmas. Ashby teapot, £24.00."):
        bad = check_row(copy, TEAPOT, "en-GB", channel="social", offer=TEAPOT_OFFER)
        assert "grounding_date" in blocking(bad), copy
    ok = check_row("BREW20 runs into the new year: Ashby teapot for £24.00.", TEAPOT, "en-GB", channel="social",
                   offer={**TEAPOT_OFFER, "ends": "2028-01-15"})
    assert "grounding_date" not in blocking(ok)
    # the product lasting, not the offer
    ok = check_row("A celadon glaze that lasts into the new year and beyond", TEAPOT, "en-GB", channel="social",
                   offer=TEAPOT_OFFER)
    assert "grounding_date" not in blocking(ok)
    for copy in ("普洱熟茶8折一直持续到春节之后，CHA20到手159.20元。", "春节以后也能用：CHA20到手159.20元，山岚普洱熟茶。"):
        bad = check_row(copy, ZH_TEA, "zh-CN", channel="social", offer=ZH_TEA_OFFER)
        assert "grounding_date" in blocking(bad), copy
        ok = check_row(copy, ZH_TEA, "zh-CN", channel="social", offer={**ZH_TEA_OFFER, "ends": "2027-03-10"})
        assert "grounding_date" not in blocking(ok), copy


# --- another item bundled in with 配 and a count, or shipped together ------------------------------------

def test_another_item_with_pei_and_a_count_or_shipped_together_must_be_the_records():
    bad = check_row("龙泉青瓷盖碗配六只公道杯，整套到手128.00元", ZH_GAIWAN, "zh-CN", channel="email_subject",
                    offer=ZH_GAIWAN_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("龙泉青瓷盖碗配六只公道杯，整套到手128.00元", ZH_GAIWAN, "zh-CN", channel="email_subject",
                   offer={**ZH_GAIWAN_OFFER, "gift": "公道杯六只"})
    assert "grounding_attribute" not in blocking(ok)
    # a styling or serving suggestion with no price or set after it is no bundle
    ok = check_row("龙泉青瓷盖碗配一块桂花糕，午后刚刚好", ZH_GAIWAN, "zh-CN", channel="email_subject", offer=ZH_GAIWAN_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("亚麻衬衫和同款亚麻短裤一起发货，MA20到手189.00元。", ZH_SHIRT, "zh-CN", offer=ZH_SHIRT_OFFER)
    assert "grounding_attribute" in blocking(bad)
    for copy in ("亚麻衬衫和同色系手帕一起发货，MA20到手189.00元。", "亚麻衬衫和发票一起寄出，MA20到手189.00元。"):
        ok = check_row(copy, ZH_SHIRT, "zh-CN", offer=ZH_SHIRT_OFFER)
        assert "grounding_attribute" not in blocking(ok), copy
