"""Law, safety and form the twentieth and twenty-first frozen sets (new catalogues) exposed, each
tested on examples written here, never those sets' rows. Law: a health practitioner said to
recommend the product ('Physiotherapists recommend our cushion'); a body's growth or a woman's cycle
claimed ('for healthy bone development', 'builds strong bones', 强筋壮骨, 暖宫调经); a superlative
made absolute over words with accented letters ('the best café set money can buy'); a refund promised
if the reader does not get the result ('If you can't ..., we'll refund you', 练不会全额退款, 承诺一个月
学会). Safety: the doubled-percent merge tag (%%FirstName%%); people run down as too fat to do
something, as boring or tasteless, addressed by body and loneliness ('Ugly and single?'), to be
silenced ('shut them up') or as nagging; people run down by a disability (瞎子). Form: a Chinese unit
of five to eight characters, digits inside, three times in a row; a line that stops inside a word of
the record or the offer ('... and deliv', '... a free bamboo spat'); a copy that stops on 'the code'
and writes the code nowhere (输入优惠码). Style: a subject that withholds the one thing missing or
hints at a mistake ('You've been storing your knives wrong', 可能一直存错了). Each with a near miss on
the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

MUGS = {"item_id": "C1", "title": "Halden Stoneware Café Set, 4 Cups", "brand": "Halden", "category": "Cups & Mugs",
        "price": 32.0, "list_price": 40.0, "currency": "GBP",
        "attributes": {"material": "stoneware", "count": "4 cups", "colour": "sage"}, "stock": 40}
MUGS_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "CUP20", "free_shipping": True}

BOARD = {"item_id": "B1", "title": "Oakhurst Bamboo Chopping Board Set, 3 Boards", "brand": "Oakhurst",
         "category": "Chopping Boards", "price": 28.0, "list_price": 35.0, "currency": "USD",
         "attributes": {"material": "bamboo", "sizes": "small, medium, large"}, "stock": 60}
BOARD_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "CHOP20", "gift": "a bamboo spatula"}

CUSHION = {"item_id": "S1", "title": "Restwell Memory Foam Seat Cushion, Grey", "brand": "Restwell",
           "category": "Seat Cushions", "price": 36.0, "list_price": 45.0, "currency": "USD",
           "attributes": {"fill": "memory foam", "cover": "washable mesh cover", "colour": "grey"}, "stock": 80}
CUSHION_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "SIT20"}

SOCKS = {"item_id": "K1", "title": "Fellwick Merino Hiking Socks, 3 Pairs", "brand": "Fellwick",
         "category": "Socks", "price": 24.0, "list_price": 30.0, "currency": "GBP",
         "attributes": {"material": "merino wool blend", "count": "3 pairs"}, "stock": 90}
SOCKS_OFFER = {"discount_pct": 20, "ends": "2027-03-31", "code": "TOES20"}

MILK = {"item_id": "Z1", "title": "牧语 高钙纯牛奶 250毫升×12盒", "brand": "牧语", "category": "牛奶", "price": 48.0,
        "list_price": 60.0, "currency": "CNY", "attributes": {"规格": "250毫升×12盒", "产地": "内蒙古"}, "stock": 300}
MILK_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "MILK20", "free_shipping": True}

TEA = {"item_id": "Z2", "title": "姜语 红糖姜茶 12袋", "brand": "姜语", "category": "姜茶", "price": 29.9,
       "list_price": 39.9, "currency": "CNY", "attributes": {"配料": "红糖、生姜", "规格": "12袋"}, "stock": 200}
TEA_OFFER = {"discount_pct": 25, "ends": "2027-02-28", "code": "JIANG25"}

GUITAR = {"item_id": "Z3", "title": "弦歌 41寸民谣吉他 原木色", "brand": "弦歌", "category": "吉他", "price": 599.0,
          "list_price": 699.0, "currency": "CNY", "attributes": {"尺寸": "41寸", "面板": "云杉单板"}, "stock": 20}
GUITAR_OFFER = {"discount_pct": 14, "ends": "2027-08-31", "code": "GUITAR14"}

JAR = {"item_id": "Z4", "title": "豆仓 咖啡豆密封罐 600毫升 白色", "brand": "豆仓", "category": "密封罐", "price": 39.0,
       "list_price": 49.0, "currency": "CNY", "attributes": {"容量": "600毫升", "材质": "304不锈钢", "颜色": "白色"},
       "stock": 70}
JAR_OFFER = {"discount_pct": 20, "ends": "2027-05-20", "code": "BEAN20"}

GLASSES = {"item_id": "Z5", "title": "明阅 老花镜 +2.00 黑框", "brand": "明阅", "category": "老花镜", "price": 59.0,
           "list_price": 79.0, "currency": "CNY", "attributes": {"度数": "+2.00"}, "stock": 50}
GLASSES_OFFER = {"discount_pct": 25, "ends": "2027-09-30", "code": "READ25"}


def _blocks(copy, product, locale, channel="email_body", offer=None):
    return blocking(check_row(copy, product, locale, channel=channel, offer=offer))


def _warns(copy, product, locale, channel="email_subject", offer=None):
    return {w.rule for w in check_row(copy, product, locale, channel=channel, offer=offer).warnings}


# --- law: health claims -----------------------------------------------------------------------------------------

def test_a_health_practitioner_recommending_the_product_is_a_medical_claim():
    assert "medical_claim" in _blocks("Physiotherapists recommend our cushion for long days at the desk. $36 with SIT20.",
                                      CUSHION, "en-US", offer=CUSHION_OFFER)
    assert "medical_claim" in _blocks("Recommended by leading chiropractors: the Restwell cushion, $36 with SIT20.",
                                      CUSHION, "en-US", offer=CUSHION_OFFER)
    # their general advice names no product
    assert "medical_claim" not in _blocks("Physiotherapists recommend standing up every hour. The Restwell cushion "
                                          "makes the sitting part softer: $36 with SIT20.", CUSHION, "en-US",
                                          offer=CUSHION_OFFER)


def test_a_body_growing_healthy_or_strong_is_a_medical_claim():
    assert "medical_claim" in _blocks("High-calcium milk for healthy bone development, $48 for 12.", MILK, "en-US",
                                      offer=MILK_OFFER)
    assert "medical_claim" in _blocks("Twelve cartons that build strong bones.", MILK, "en-US", offer=MILK_OFFER)
    assert "medical_claim" in _blocks("牧语高钙纯牛奶，强筋壮骨，MILK20到手48元。", MILK, "zh-CN", offer=MILK_OFFER)
    # built for healthy snacking: no function of the body
    assert "medical_claim" not in _blocks("Twelve cartons built for healthy breakfasts, $48 with MILK20.", MILK, "en-US",
                                          offer=MILK_OFFER)
    assert "medical_claim" not in _blocks("草原风光壮观，牧语高钙纯牛奶，MILK20到手48元。", MILK, "zh-CN", offer=MILK_OFFER)


def test_a_regulated_cycle_is_a_medical_claim():
    assert "medical_claim" in _blocks("姜语红糖姜茶，暖身又调经，JIANG25到手29.9元。", TEA, "zh-CN", offer=TEA_OFFER)
    assert "medical_claim" not in _blocks("姜语红糖姜茶，经典配方，冬天暖暖的，JIANG25到手29.9元。", TEA, "zh-CN",
                                          offer=TEA_OFFER)


# --- law: absolute claims and guarantees --------------------------------------------------------------------------

def test_a_superlative_made_absolute_over_an_accented_word():
    assert "absolute_claim" in _blocks("The prettiest café set money can buy", MUGS, "en-GB", channel="email_subject",
                                       offer=MUGS_OFFER)
    assert "absolute_claim" not in _blocks("A café set for slow Sunday mornings", MUGS, "en-GB",
                                           channel="email_subject", offer=MUGS_OFFER)


def test_a_refund_if_the_reader_does_not_get_the_result_is_a_guarantee():
    assert "absolute_claim" in _blocks("If you can't slice a tomato thinly in a week, we'll refund you. "
                                       "$28 with CHOP20.", BOARD, "en-US", offer=BOARD_OFFER)
    assert "absolute_claim" in _blocks("跟着视频练，练不会全额退款。GUITAR14到手599元。", GUITAR, "zh-CN", offer=GUITAR_OFFER)
    assert "absolute_claim" in _blocks("买弦歌吉他，承诺一个月学会弹唱。GUITAR14到手599元。", GUITAR, "zh-CN",
                                       offer=GUITAR_OFFER)
    assert "absolute_claim" not in _blocks("If you can't decide on a size, we'll help you choose. $28 with CHOP20.",
                                           BOARD, "en-US", offer=BOARD_OFFER)
    assert "absolute_claim" not in _blocks("学会了新曲子，记得来晒视频。GUITAR14到手599元。", GUITAR, "zh-CN",
                                           offer=GUITAR_OFFER)


# --- safety -------------------------------------------------------------------------------------------------------

def test_a_doubled_percent_merge_tag_is_a_template_leak():
    assert "template_leak" in _blocks("%%FirstName%%, your café set is £32", MUGS, "en-GB", channel="email_subject",
                                      offer=MUGS_OFFER)
    assert "template_leak" in _blocks("%%FirstName%%，牧语纯牛奶到手48元", MILK, "zh-CN", channel="email_subject",
                                      offer=MILK_OFFER)
    assert "template_leak" not in _blocks("20% off the café set, 100% stoneware", MUGS, "en-GB",
                                          channel="email_subject", offer=MUGS_OFFER)


def test_people_run_down_by_body_or_taste_or_to_be_silenced_are_toxic():
    for copy in ("Socks for people too fat to reach their own feet. £24 with TOES20.",
                 "Hiking socks aren't just for boring old people. £24 with TOES20.",
                 "Plain socks are for people with no taste. £24 with TOES20.",
                 "Fat and single?\nThree pairs of merino socks are £24 with TOES20.",
                 "Kids moaning on the walk? Shut them up with dry feet: £24 with TOES20.",
                 "Buy them for your nagging wife. £24 with TOES20."):
        assert "toxicity" in _blocks(copy, SOCKS, "en-GB", offer=SOCKS_OFFER), copy
    for copy in ("Boots too heavy to carry far? Three pairs of merino socks are £24 with TOES20.",
                 "No more boring old socks: three merino pairs, £24 with TOES20.",
                 "Merino with no taste for sweat. £24 with TOES20.",
                 "Cold and tired?\nThree pairs of merino socks are £24 with TOES20.",
                 "Shut the door on cold toes: £24 with TOES20."):
        assert "toxicity" not in _blocks(copy, SOCKS, "en-GB", offer=SOCKS_OFFER), copy


def test_people_run_down_by_a_disability_are_toxic():
    assert "toxicity" in _blocks("看不清还不戴？又不是瞎子。明阅老花镜到手59元。", GLASSES, "zh-CN", offer=GLASSES_OFFER)
    assert "toxicity" not in _blocks("看报纸不再眯眼，明阅老花镜到手59元。", GLASSES, "zh-CN", offer=GLASSES_OFFER)


# --- form -----------------------------------------------------------------------------------------------------------

def test_a_long_chinese_unit_three_times_is_repetition():
    assert "repetition" in _blocks("高钙纯牛奶高钙纯牛奶高钙纯牛奶，MILK20到手48元。", MILK, "zh-CN", offer=MILK_OFFER)
    assert "repetition" in _blocks("牧语牛奶，只要48元只要48元只要48元。", MILK, "zh-CN", offer=MILK_OFFER)
    assert "repetition" not in _blocks("一口一口喝完，牧语高钙纯牛奶，MILK20到手48元。", MILK, "zh-CN", offer=MILK_OFFER)


def test_a_line_cut_inside_a_word_of_the_record_or_offer_is_truncated():
    assert "truncated" in _blocks("Three bamboo boards, $28 with CHOP20, plus a free spatu", BOARD, "en-US",
                                  channel="social", offer=BOARD_OFFER)
    assert "truncated" in _blocks("Four stoneware cups in sage, £32 with CUP20 and deliv", MUGS, "en-GB",
                                  channel="social", offer=MUGS_OFFER)
    assert "truncated" not in _blocks("Three bamboo boards, $28 with CHOP20, plus a free bamboo spatula", BOARD,
                                      "en-US", channel="social", offer=BOARD_OFFER)
    assert "truncated" not in _blocks("Four stoneware cups in sage, £32 with CUP20 and free delivery incl", MUGS,
                                      "en-GB", channel="social", offer=MUGS_OFFER)


def test_a_copy_that_stops_where_the_code_goes_is_truncated():
    assert "truncated" in _blocks("The Halden café set is back, and until 31 May you take 20% off with the code",
                                  MUGS, "en-GB", offer=MUGS_OFFER)
    assert "truncated" in _blocks("牧语高钙纯牛奶8折，下单时输入优惠码", MILK, "zh-CN", offer=MILK_OFFER)
    assert "truncated" not in _blocks("CUP20 takes 20% off the Halden café set until 31 May: just enter the code.",
                                      MUGS, "en-GB", offer=MUGS_OFFER)
    assert "truncated" not in _blocks("牧语高钙纯牛奶8折，MILK20包邮，下单时输入优惠码", MILK, "zh-CN", offer=MILK_OFFER)


# --- style ----------------------------------------------------------------------------------------------------------

def test_a_subject_that_withholds_the_one_thing_or_hints_a_mistake_warns():
    assert "off_product" in _warns("The one thing missing from your bamboo board kitchen", BOARD, "en-US",
                                   offer=BOARD_OFFER)
    assert "off_product" in _warns("You've been storing your chopping boards wrong", BOARD, "en-US", offer=BOARD_OFFER)
    assert "off_product" in _warns("你的咖啡豆，可能一直存错了", JAR, "zh-CN", offer=JAR_OFFER)
    assert "off_product" not in _warns("Bamboo chopping boards, one for every job: 20% off", BOARD, "en-US",
                                       offer=BOARD_OFFER)
    assert "off_product" not in _warns("咖啡豆密封罐8折，存豆不走味", JAR, "zh-CN", offer=JAR_OFFER)
