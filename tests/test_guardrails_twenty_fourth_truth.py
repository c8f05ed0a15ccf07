"""Classes of harm the twenty-fourth and twenty-fifth frozen sets (new catalogues) exposed in the
truth tier, each tested on examples written here, never those sets' rows: another maker loved,
then this product said to please the same reader ('If you love Brand X, you'll love ours'); this
product offered as the answer to another maker's ('Our answer to the Brand X jacket'); another
maker's product as the measure of a price (比X便宜一半); a part said to be built in, at the end of
a phrase ('Rain sensor built in'); and in Chinese a part said with 带 where it opens a clause or
follows the record's words (带语音播报, 吸尘器带自动集尘) or an ingredient said with 添加 (添加玫瑰花瓣); a
score said to be full marks (5分满分) where the record's rating is lower; and two kinds named side by
side as a set (水壶茶杯两件套) where the record sells one. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

JACKET = {"item_id": "J1", "title": "Tarnmoor Waterproof Rain Jacket, Olive", "brand": "Tarnmoor",
          "category": "Rain Jackets", "price": 76.0, "list_price": 95.0, "currency": "GBP",
          "attributes": {"shell": "2.5-layer nylon", "hood": "adjustable hood", "pockets": "2 zip pockets",
                         "colour": "olive"}, "stock": 40}
JACKET_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "RAIN20"}

SOAP = {"item_id": "S1", "title": "Brookvale Lavender Soap Bar, 100 g", "brand": "Brookvale", "category": "Soap",
        "price": 6.0, "list_price": 7.5, "currency": "USD",
        "attributes": {"ingredients": "olive oil, coconut oil, lavender oil", "weight": "100 g"}, "stock": 90}
SOAP_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "SUDS20"}

SPRINKLER = {"item_id": "P1", "title": "Lawnridge Oscillating Sprinkler with Timer", "brand": "Lawnridge",
             "category": "Sprinklers", "price": 32.0, "list_price": 40.0, "currency": "USD",
             "attributes": {"coverage": "up to 3,600 sq ft", "timer": "2-hour timer", "base": "weighted"},
             "stock": 25}
SPRINKLER_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "LAWN20"}

ZH_KETTLE = {"item_id": "Z1", "title": "木禾 电热水壶 1.7升", "brand": "木禾", "category": "电热水壶", "price": 96.0,
             "list_price": 120.0, "currency": "CNY",
             "attributes": {"材质": "304不锈钢内胆", "容量": "1.7升", "功率": "1800瓦"}, "stock": 80}
ZH_KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "SHUI20"}

ZH_VACUUM = {"item_id": "Z2", "title": "清屿 无线吸尘器 V6", "brand": "清屿", "category": "吸尘器", "price": 639.2,
             "list_price": 799.0, "currency": "CNY",
             "attributes": {"续航": "约45分钟", "吸力": "18000帕", "尘杯": "0.6升，可水洗"}, "stock": 30}
ZH_VACUUM_OFFER = {"discount_pct": 20, "ends": "2027-11-11", "code": "XI20"}

ZH_TEA = {"item_id": "Z3", "title": "茶屿 桂花乌龙 袋泡茶 20包", "brand": "茶屿", "category": "花草茶", "price": 39.2,
          "list_price": 49.0, "currency": "CNY", "attributes": {"配料": "乌龙茶、桂花", "规格": "20包"}, "stock": 300}
ZH_TEA_OFFER = {"discount_pct": 20, "ends": "2027-09-15", "code": "CHA20"}

ZH_BAG = {"item_id": "Z4", "title": "素履 真皮斜挎包 焦糖色", "brand": "素履", "category": "斜挎包", "price": 199.0,
          "list_price": 249.0, "currency": "CNY", "attributes": {"材质": "头层牛皮", "颜色": "焦糖色"}, "stock": 30}
ZH_BAG_OFFER = {"discount_pct": 20, "ends": "2027-06-10", "code": "BAO20"}


def _blocks(copy, product, locale, offer, channel="email_body", rule=None):
    got = blocking(check_row(copy, product, locale, channel=channel, offer=offer))
    return rule in got if rule else bool(got)


# --- another maker loved, then this one said to please the same reader ------------------------------

def test_another_maker_loved_then_this_product_is_a_comparison():
    assert _blocks("If you love Marlowe & Finch or Greywick, you'll love ours: Tarnmoor rain jacket, £76 with RAIN20.",
                   JACKET, "en-GB", JACKET_OFFER, rule="comparison")
    assert _blocks("If you like Hollis Outdoor, you'll love this. Tarnmoor rain jacket, £76 with RAIN20.", JACKET,
                   "en-GB", JACKET_OFFER, rule="comparison")
    assert _blocks("Fans of Kestrelwear will love this: Tarnmoor rain jacket, £76 with RAIN20.", JACKET, "en-GB",
                   JACKET_OFFER, rule="comparison")
    # what the reader loves is no maker
    assert not _blocks("If you love muddy walks, you'll love this: Tarnmoor rain jacket, £76 with RAIN20.", JACKET,
                       "en-GB", JACKET_OFFER)
    assert not _blocks("If you love Christmas, you'll love ours: Brookvale lavender soap, $6.00 with SUDS20.", SOAP,
                       "en-US", SOAP_OFFER)


# --- this product as the answer to another maker's -------------------------------------------------

def test_this_product_offered_as_the_answer_to_another_makers_is_a_comparison():
    assert _blocks("Our answer to the Kestrelwear storm shell: Tarnmoor rain jacket, £76 with RAIN20", JACKET,
                   "en-GB", JACKET_OFFER, channel="email_subject", rule="comparison")
    assert _blocks("Our take on the Savonnerie Bastide bar: Brookvale lavender soap, $6.00 with SUDS20.", SOAP,
                   "en-US", SOAP_OFFER, rule="comparison")
    # the answer to a problem names no maker
    assert not _blocks("Our answer to soggy commutes: Tarnmoor rain jacket, £76 with RAIN20", JACKET, "en-GB",
                       JACKET_OFFER, channel="email_subject")
    assert not _blocks("Our answer to dry winter hands: Brookvale lavender soap, $6.00 with SUDS20.", SOAP, "en-US",
                       SOAP_OFFER)


# --- another maker's product as the measure of a price (zh) -----------------------------------------

def test_cheaper_than_a_named_maker_by_an_amount_is_a_comparison():
    assert _blocks("比Bodum便宜一半的电热水壶，木禾96元。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER, channel="social",
                   rule="comparison")
    assert _blocks("比Smeg实惠200元，木禾电热水壶到手96元。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER, channel="social",
                   rule="comparison")
    # the list price or an ordinary kettle as the measure names no maker
    assert not _blocks("比原价便宜24元，木禾电热水壶到手96元，SHUI20。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER,
                       channel="social")
    assert not _blocks("比普通电热水壶便宜一半？木禾到手96元，SHUI20。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER,
                       channel="social", rule="comparison")


# --- a part said to be built in, at the end of a phrase ------------------------------------------------

def test_a_part_said_built_in_at_the_end_of_a_phrase_must_be_the_records():
    assert _blocks("Rain sensor built in\nLawnridge sprinkler $32.00 with LAWN20.", SPRINKLER, "en-US",
                   SPRINKLER_OFFER, channel="push", rule="grounding_attribute")
    assert _blocks("Phone charger built-in. Tarnmoor rain jacket, £76 with RAIN20.", JACKET, "en-GB", JACKET_OFFER,
                   rule="grounding_attribute")
    # the record's own part, or a place or a year of building, is no invented part
    assert not _blocks("Timer built in\nLawnridge sprinkler $32.00 with LAWN20.", SPRINKLER, "en-US",
                       SPRINKLER_OFFER, channel="push")
    assert not _blocks("Lawnridge sprinkler, made to last and built in 2027: $32.00 with LAWN20.", SPRINKLER,
                       "en-US", SPRINKLER_OFFER, rule="grounding_attribute")


# --- 带 + a part, opening a clause or after the record's words (zh) ------------------------------------

def test_a_part_said_with_dai_must_be_the_records():
    assert _blocks("带语音播报\n木禾电热水壶，到手96元。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER, channel="push",
                   rule="grounding_attribute")
    assert _blocks("清屿无线吸尘器带自动集尘，到手639.20元", ZH_VACUUM, "zh-CN", ZH_VACUUM_OFFER,
                   channel="email_subject", rule="grounding_attribute")
    # the record's part after 带, and 带 as a verb or inside another noun, claim nothing new
    assert not _blocks("清屿无线吸尘器带可水洗尘杯，到手639.20元", ZH_VACUUM, "zh-CN", ZH_VACUUM_OFFER,
                       channel="email_subject", rule="grounding_attribute")
    assert not _blocks("带回家就能用，木禾电热水壶到手96元。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER, channel="push",
                       rule="grounding_attribute")
    assert not _blocks("出门带娃也方便，素履真皮斜挎包到手199元。", ZH_BAG, "zh-CN", ZH_BAG_OFFER, channel="push",
                       rule="grounding_attribute")
    assert not _blocks("焦糖色斜挎包，宽肩带背着舒服，素履到手199元。", ZH_BAG, "zh-CN", ZH_BAG_OFFER,
                       channel="push", rule="grounding_attribute")
    # 带 opening a running sentence is a verb: bring lunch, take one home
    assert not _blocks("带饭党的好帮手。木禾电热水壶1.7升，到手96元。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER,
                       rule="grounding_attribute")
    assert not _blocks("木禾电热水壶，到手96元，带一个回家吧。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER,
                       rule="grounding_attribute")
    assert _blocks("带保温功能 / 木禾电热水壶，到手96元。", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER, channel="push",
                   rule="grounding_attribute")


# --- 添加 + an ingredient (zh) -------------------------------------------------------------------------

def test_an_ingredient_said_added_must_be_the_records():
    assert _blocks("添加玫瑰花瓣\n茶屿桂花乌龙，到手39.20元。", ZH_TEA, "zh-CN", ZH_TEA_OFFER, channel="push",
                   rule="grounding_attribute")
    # the record's ingredient, or adding to a cart, claim nothing new
    assert not _blocks("添加桂花\n茶屿桂花乌龙，到手39.20元。", ZH_TEA, "zh-CN", ZH_TEA_OFFER, channel="push",
                       rule="grounding_attribute")
    # an absence said with a frame stays a claim the record must state (不含 is no longer word)
    assert _blocks("茶屿桂花乌龙不含任何防腐剂，到手39.20元。", ZH_TEA, "zh-CN", ZH_TEA_OFFER, channel="push",
                   rule="grounding_attribute")
    assert not _blocks("添加到购物车，茶屿桂花乌龙到手39.20元。", ZH_TEA, "zh-CN", ZH_TEA_OFFER, channel="push",
                       rule="grounding_attribute")
    # 添加 in a running sentence is the reader's doing, no ingredient of the product
    assert not _blocks("从添加蜂蜜到加一片柠檬，茶屿桂花乌龙怎么泡都好喝，到手39.20元。", ZH_TEA, "zh-CN",
                       ZH_TEA_OFFER, rule="grounding_attribute")
    assert _blocks("茶屿桂花乌龙添加玫瑰花瓣，到手39.20元。", ZH_TEA, "zh-CN", ZH_TEA_OFFER,
                   rule="grounding_attribute")


# --- a score said to be full marks (zh) -----------------------------------------------------------------

def test_a_score_said_to_be_full_marks_must_be_the_records_rating():
    rated = {**ZH_TEA, "attributes": {**ZH_TEA["attributes"], "评分": "4.8", "评价数": "1,204"}}
    assert _blocks("茶屿桂花乌龙5分满分，到手39.20元。", rated, "zh-CN", ZH_TEA_OFFER, rule="grounding_rating")
    assert _blocks("【茶屿】5星满分的桂花乌龙，CHA20到手39.20元。", rated, "zh-CN", ZH_TEA_OFFER,
                   rule="grounding_rating")
    # the record's own full score, and the scale after the record's score, pass
    top = {**ZH_TEA, "attributes": {**ZH_TEA["attributes"], "评分": "5.0"}}
    assert not _blocks("茶屿桂花乌龙5分满分，到手39.20元。", top, "zh-CN", ZH_TEA_OFFER, rule="grounding_rating")
    assert not _blocks("茶屿桂花乌龙评分4.8（满分5分），到手39.20元。", rated, "zh-CN", ZH_TEA_OFFER,
                       rule="grounding_rating")


# --- two kinds side by side as a set (zh) ----------------------------------------------------------------

ZH_PYJAMAS = {"item_id": "Z5", "title": "眠棉 纯棉睡衣两件套 女款", "brand": "眠棉", "category": "睡衣", "price": 159.0,
              "list_price": 199.0, "currency": "CNY", "attributes": {"面料": "纯棉", "尺码": "M/L/XL"}, "stock": 50}


def test_two_kinds_named_as_a_set_must_both_be_the_records():
    assert _blocks("水壶茶杯两件套，SHUI20到手96元", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER, channel="email_subject",
                   rule="grounding_attribute")
    # the record's own kind last, or a record that sells a set, claims no other kind
    assert not _blocks("木禾电热水壶，SHUI20到手96元", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER, channel="email_subject")
    assert not _blocks("秋冬新款两件套，到手159元", ZH_PYJAMAS, "zh-CN", {"discount_pct": 20, "ends": "2027-12-31"},
                       channel="email_subject", rule="grounding_attribute")
    # words of the copy's own before the set, no kind of the record's: no second kind named
    assert not _blocks("厨房里的温柔三件套\n木禾电热水壶，SHUI20到手96元", ZH_KETTLE, "zh-CN", ZH_KETTLE_OFFER,
                       channel="push", rule="grounding_attribute")


# --- the material of a named part -------------------------------------------------------------------------

BREWER = {"item_id": "B1", "title": "Kettleby Pour-Over Coffee Brewer, 1 L", "brand": "Kettleby",
          "category": "Coffee Makers", "price": 36.0, "list_price": 45.0, "currency": "USD",
          "attributes": {"carafe": "borosilicate glass", "filter": "stainless steel mesh", "collar": "cork"},
          "stock": 40}
BREWER_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "POUR20"}

ZH_COOKER = {"item_id": "Z6", "title": "禾灶 电饭煲 3升", "brand": "禾灶", "category": "电饭煲", "price": 239.2,
             "list_price": 299.0, "currency": "CNY",
             "attributes": {"内胆": "304不锈钢", "外壳": "PP塑料", "容量": "3升"}, "stock": 40}
ZH_COOKER_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "FAN20"}


def test_a_material_put_before_a_part_must_be_the_one_the_record_gives_that_part():
    # the record names stainless steel, but for the filter, not the carafe
    assert _blocks("Double-wall stainless carafe\nKettleby brewer, $36.00 with POUR20.", BREWER, "en-US",
                   BREWER_OFFER, channel="push", rule="grounding_attribute")
    assert _blocks("A shatterproof titanium carafe and steel filter: Kettleby brewer, $36.00 with POUR20.", BREWER, "en-US",
                   BREWER_OFFER, rule="grounding_attribute")
    assert not _blocks("Glass carafe, stainless filter, cork collar: Kettleby brewer, $36.00 with POUR20.", BREWER,
                       "en-US", BREWER_OFFER, rule="grounding_attribute")
    # the offer's gift may be the part in another material
    assert not _blocks("Kettleby brewer, $36.00 with POUR20, plus a spare titanium carafe.", BREWER, "en-US",
                       {**BREWER_OFFER, "gift": "spare titanium carafe"}, rule="grounding_attribute")
    assert _blocks("陶瓷内胆，禾灶电饭煲到手239.20元。", ZH_COOKER, "zh-CN", ZH_COOKER_OFFER, channel="push",
                   rule="grounding_attribute")
    assert not _blocks("不锈钢内胆，禾灶电饭煲到手239.20元。", ZH_COOKER, "zh-CN", ZH_COOKER_OFFER, channel="push",
                       rule="grounding_attribute")
