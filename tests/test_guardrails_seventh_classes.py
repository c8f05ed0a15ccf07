"""Classes of copy a seventh frozen set (new catalogues) exposed, each tested on examples written
here, never that set's rows. Correct copy that was blocked: a weekday the record states or one
naming an evening, a fraction before a unit read as a date, a month after its day read with the
next sentence's count, "the last N" (the stock) read as a spec, "each" after a price and a measure
word after a number read as cut off, a topic word of the product's own title, praise ("a solid
pick"), a condition of use ("trail-tested") and the reader's own things read as claimed parts, a
count of the reader's exercise, 第一 of a list's order and 最爱 in a question read as absolute, a
word played on with a particle read as repeated, a department's name as a hashtag's head. Harm
that passed: a bare number grounded by a digit of another, "-proof" and "machine-washable", an
"X-free" the record contradicts, power and sensor features, comparisons with brands no list
holds, "the only ... that never", an order's money events, a gift put in the box, a Chinese copy
cut inside its gift, a phrase three times. Each with a near miss on the other side."""

from __future__ import annotations

import pytest

from guard_rows import blocking, check_row

STARTER = {"item_id": "B1", "title": "Crumbhall Sourdough Starter Kit", "brand": "Crumbhall", "category": "Baking Kits",
           "price": 18.0, "list_price": 24.0, "currency": "GBP",
           "attributes": {"dispatch": "Monday to Wednesday", "jar": "1 litre glass", "flour": "stoneground rye 500 g"},
           "stock": 6}
MUG = {"item_id": "M1", "title": "Hobbin Stoneware Mug 350 ml", "brand": "Hobbin", "category": "Mugs", "price": 9.0,
       "list_price": 12.0, "currency": "GBP", "attributes": {"capacity": "350 ml", "glaze": "speckled oatmeal"},
       "stock": 8}
TAP = {"item_id": "T1", "title": "Rainmoor Garden Tap Connector", "brand": "Rainmoor", "category": "Hose Fittings",
       "price": 6.0, "list_price": 8.0, "currency": "GBP",
       "attributes": {"fits": "3/4 inch tap", "flow": "8.5 litres per minute", "rating": "4.5"}, "stock": 40}
MAT = {"item_id": "48190", "title": "Doormat Sleepy Kittens", "brand": "Foxhollow", "category": "Doormats",
       "price": 5.96, "list_price": 7.95, "currency": "GBP",
       "attributes": {"stock code": "48190", "design": "sleepy kittens"}, "stock": 50}
HEDGE = {"item_id": "48191", "title": "Doormat Topiary Hedge", "brand": "Foxhollow", "category": "Doormats",
         "price": 5.96, "list_price": 7.95, "currency": "GBP", "attributes": {"stock code": "48191", "design": "topiary"},
         "stock": 50}
BELL = {"item_id": "K1", "title": "Heftley Cast Iron Kettlebell 12 kg", "brand": "Heftley", "category": "Kettlebells",
        "price": 40.0, "list_price": 50.0, "currency": "USD", "attributes": {"material": "cast iron", "weight": "12 kg"},
        "stock": 30}
YOGA = {"item_id": "Y1", "title": "Stillwell Yoga Mat 6 mm", "brand": "Stillwell", "category": "Yoga Mats",
        "price": 30.0, "list_price": 40.0, "currency": "USD",
        "attributes": {"material": "natural rubber", "thickness": "6 mm"}, "stock": 50}
LAMP = {"item_id": "L1", "title": "Brightfell Camp Lamp", "brand": "Brightfell", "category": "Lanterns", "price": 24.0,
        "list_price": 30.0, "currency": "USD",
        "attributes": {"output": "400 lumens", "power": "4 AA batteries", "housing": "shatter-resistant polycarbonate"},
        "stock": 50}
CUSHION = {"item_id": "P1", "title": "Hearthly Chair Cushion", "brand": "Hearthly", "category": "Cushions",
           "price": 12.0, "list_price": 16.0, "currency": "GBP",
           "attributes": {"cover": "cotton, machine wash at 30°C"}, "stock": 50}
INK = {"item_id": "I1", "title": "Penwyn Fountain Pen Ink 30 ml, Teal", "brand": "Penwyn", "category": "Ink",
       "price": 8.0, "list_price": 10.0, "currency": "GBP", "attributes": {"colour": "teal", "volume": "30 ml"},
       "stock": 50}
CHAIR = {"item_id": "C1", "title": "木语实木折叠椅", "brand": "木语", "category": "折叠椅", "price": 199.0,
         "list_price": 249.0, "currency": "CNY", "attributes": {"材质": "橡木"}, "stock": 5}
ROPE = {"item_id": "R1", "title": "跃动计数跳绳", "brand": "跃动", "category": "跳绳", "price": 29.0, "list_price": 39.0,
        "currency": "CNY", "attributes": {"计数": "液晶屏", "手柄": "泡棉"}, "stock": 100}
SNACK = {"item_id": "S1", "title": "喵乐三文鱼冻干", "brand": "喵乐", "category": "猫零食", "price": 45.0,
         "list_price": 60.0, "currency": "CNY", "attributes": {"配料": "三文鱼、鸡肝"}, "stock": 100}
NOTEBOOK = {"item_id": "N1", "title": "书页A5活页笔记本", "brand": "书页", "category": "笔记本", "price": 24.0,
            "list_price": 30.0, "currency": "CNY", "attributes": {"孔数": "20孔"}, "stock": 50}
POT = {"item_id": "D1", "title": "炊乐电炖锅", "brand": "炊乐", "category": "电炖锅", "price": 99.0, "list_price": 129.0,
       "currency": "CNY", "attributes": {"容量": "2升"}, "stock": 50}
BALL = {"item_id": "F1", "title": "Fetchwell Treat Puzzle Ball", "brand": "Fetchwell", "category": "Pet Supplies",
        "price": 12.0, "list_price": 15.0, "currency": "USD", "attributes": {"material": "natural rubber"}, "stock": 60}
PLUSH = {"item_id": "F2", "title": "Cuddlebee Plush Toy", "brand": "Cuddlebee", "category": "Toys", "price": 9.0,
         "list_price": 12.0, "currency": "USD", "attributes": {"fill": "polyester"}, "stock": 60}

GB = {"discount_pct": 25, "ends": "2027-05-14", "code": "RISE25"}  # 14 May 2027 is a Friday
US = {"discount_pct": 20, "ends": "2027-05-14", "code": "SAVE20"}
ZH = {"discount_pct": 20, "ends": "2027-05-31", "code": "CN20"}
ZH_GIFT = {"discount_pct": 20, "ends": "2027-05-31", "code": "DUN20", "gift": "陶瓷炖盅两个"}


def _gb(copy: str, product: dict = STARTER, channel: str = "email_body", offer: dict | None = None,
        catalog: list[dict] | None = None) -> set[str]:
    return blocking(check_row(copy, product, "en-GB", channel, offer or GB, catalog))


def _us(copy: str, product: dict, channel: str = "email_body", offer: dict | None = None,
        catalog: list[dict] | None = None) -> set[str]:
    return blocking(check_row(copy, product, "en-US", channel, offer or US, catalog))


def _zh(copy: str, product: dict, channel: str = "email_body", offer: dict | None = None) -> set[str]:
    return blocking(check_row(copy, product, "zh-CN", channel, offer or ZH))


# --- false blocks: dates ---------------------------------------------------------------------

@pytest.mark.parametrize("copy", [
    "The Crumbhall starter kit ships Monday to Wednesday, so it arrives fresh. £18.00 with RISE25 until 14 May.",
    "Saturday night baking sorted: the Crumbhall starter kit is £18.00 with RISE25 until 14 May.",
    "A Crumbhall starter kit for Sunday night loaves, £18.00 with RISE25 until 14 May.",
])
def test_a_weekday_the_record_states_or_an_evening_is_no_deadline(copy):
    assert "grounding_date" not in _gb(copy)


@pytest.mark.parametrize("copy", [
    "Offer ends Saturday night: the Crumbhall starter kit is £18.00 with RISE25.",
    "Saturday night only: the Crumbhall starter kit is £18.00 with RISE25.",
    "Posted Tuesday to Thursday: the Crumbhall starter kit is £18.00 with RISE25 until 14 May.",
])
def test_a_weekday_deadline_or_one_the_record_lacks_still_blocks(copy):
    assert "grounding_date" in _gb(copy)


def test_a_fraction_before_a_unit_is_a_measurement():
    assert "grounding_date" not in _gb("Fits any 3/4 inch garden tap. The Rainmoor connector is £6.00 with RISE25 "
                                       "until 14 May.", TAP)
    assert "grounding_date" in _gb("The Rainmoor connector is £6.00 with RISE25 until 3/4.", TAP)


@pytest.mark.parametrize("copy,blocks", [
    ("Crumbhall starter kit, £18.00 with RISE25 until 14 May. 6 left. Reply STOP to opt out", False),
    ("Crumbhall starter kit, £18.00 with RISE25 until 12 May. 6 left. Reply STOP to opt out", True),
    ("Crumbhall starter kit, £18.00 with RISE25 until May 6. Reply STOP to opt out", True),
])
def test_a_month_after_its_day_is_not_read_with_the_next_count(copy, blocks):
    assert ("grounding_date" in _gb(copy, channel="sms")) is blocks


# --- false blocks: stock, cuts, topics -------------------------------------------------------

@pytest.mark.parametrize("copy,channel", [
    ("We're down to the last 8. The Hobbin mug holds 350 ml and is £9.00 with RISE25 until 14 May.", "email_body"),
    ("Last 8 oatmeal mugs at £9.00", "email_subject"),
])
def test_the_last_n_is_the_stock(copy, channel):
    assert not _gb(copy, MUG, channel)


@pytest.mark.parametrize("copy,channel", [
    ("We're down to the last 3. The Hobbin mug holds 350 ml and is £9.00 with RISE25 until 14 May.", "email_body"),
    ("Last 3 oatmeal mugs at £9.00", "email_subject"),
])
def test_a_last_n_that_is_not_the_stock_blocks(copy, channel):
    assert "grounding_stock" in _gb(copy, MUG, channel)


def test_each_after_a_price_ends_the_line():
    assert "truncated" not in _gb("Speckled stoneware mugs, now £9.00 each", MUG, "email_subject")
    assert "truncated" in _gb("Speckled stoneware mugs for each", MUG, "email_subject")


def test_a_measure_word_after_a_number_ends_the_line():
    assert "truncated" not in _zh("橡木折叠椅8折，仅剩5把", CHAIR, "email_subject")
    assert "truncated" in _zh("橡木折叠椅8折，快来把", CHAIR, "email_subject")


def test_a_topic_word_of_the_products_own_title_is_on_topic():
    catalog = [MAT, HEDGE]
    assert "off_topic" not in _gb("Sleepy kittens at the door: our Doormat Sleepy Kittens is £5.96 with RISE25 "
                                  "until 14 May.", MAT, catalog=catalog)
    assert "off_topic" in _gb("Kittens at the door: our Doormat Topiary Hedge is £5.96 with RISE25 until 14 May.",
                              HEDGE, catalog=catalog)


# --- false blocks: claim frames ----------------------------------------------------------------

@pytest.mark.parametrize("copy", [
    "At 12 kg the Heftley kettlebell is a solid pick for beginners, $40.00 with SAVE20 until May 14.",
    "Trail-tested and garage-ready, the Heftley kettlebell is $40.00 with SAVE20 until May 14.",
    "Your old dumbbells have a rubber grip; the Heftley kettlebell is $40.00 with SAVE20 until May 14.",
])
def test_praise_a_condition_of_use_and_the_readers_things_claim_no_part(copy):
    assert "grounding_attribute" not in _us(copy, BELL)


@pytest.mark.parametrize("copy", [
    "The Heftley kettlebell is solid steel, $40.00 with SAVE20 until May 14.",
    "Lab-tested Heftley kettlebell, $40.00 with SAVE20 until May 14.",
    "Your new kettlebell has a rubber grip: the Heftley kettlebell, $40.00 with SAVE20 until May 14.",
])
def test_a_material_an_endorsement_or_the_products_part_still_blocks(copy):
    assert "grounding_attribute" in _us(copy, BELL)


# --- false blocks: Chinese numbers and absolutes ---------------------------------------------

def test_a_count_of_the_readers_exercise_is_no_spec():
    assert not _zh("昨天跳了800个，手柄一点不滑。跃动计数跳绳到手¥29，码CN20。#跳绳打卡#", ROPE, "social")
    assert "grounding_number" in _zh("跃动计数跳绳已卖了800个，到手¥29，码CN20。#跳绳打卡#", ROPE, "social")


def test_first_of_a_list_and_favourite_in_a_question_are_not_absolute():
    assert "absolute_claim" not in _zh("三文鱼是第一配料，喵乐三文鱼冻干到手¥45，码CN20。#猫零食#", SNACK, "social")
    assert "absolute_claim" not in _zh("猜猜喵星人最爱的是哪一袋……", SNACK, "email_subject")
    assert "absolute_claim" in _zh("喵乐是猫零食第一品牌，三文鱼冻干到手¥45。#猫零食#", SNACK, "social")
    assert "absolute_claim" in _zh("喵星人最爱的三文鱼冻干", SNACK, "email_subject")


# --- false blocks: repetition and hashtags -----------------------------------------------------

def test_a_word_played_on_with_a_particle_is_not_repeated():
    lamp_push = "Fold flat, flat out brilliant\nBrightfell camp lamp, $24.00 with SAVE20."
    assert "repetition" not in _us(lamp_push, LAMP, "push")
    assert "repetition" in _us("Navy, navy and grey\nBrightfell camp lamp, $24.00 with SAVE20.", LAMP, "push")


def test_a_departments_name_as_a_tags_head_claims_no_kind():
    catalog = [BALL, PLUSH]
    tail = "the Fetchwell treat puzzle ball in natural rubber, $12.00 with SAVE20."
    assert "grounding_attribute" not in _us(f"Busy paws: {tail} #EnrichmentToys", BALL, "social", catalog=catalog)
    assert "grounding_attribute" in _us(f"Busy paws: {tail} #PlushToy", BALL, "social", catalog=catalog)


# --- misses: numbers, features, contradictions -----------------------------------------------

def test_a_digit_of_another_number_grounds_no_quantity():
    # the record's 8.5 and 4.5 hold a '5'; the offer (ending 31 March) holds none
    offer = dict(GB, ends="2027-03-31")
    assert "grounding_number" in _gb("Saves water at just 5 litres a minute. Rainmoor tap connector, £6.00 with "
                                     "RISE25 until 31 March.", TAP, offer=offer)
    assert "grounding_number" not in _gb("Up to 8.5 litres a minute. Rainmoor tap connector, £6.00 with RISE25 "
                                         "until 31 March.", TAP, offer=offer)


def test_proof_and_washable_claim_what_the_record_must_state():
    got = _us("The Brightfell camp lamp is fade-proof and machine-washable, $24.00 with SAVE20 until May 14.", LAMP)
    assert "grounding_attribute" in got
    assert not _us("The Brightfell camp lamp has a shatter-resistant housing, $24.00 with SAVE20 until May 14.", LAMP)
    assert not _gb("The Hearthly chair cushion is machine-washable, £12.00 with RISE25 until 14 May.", CUSHION)


def test_a_free_of_claim_the_record_contradicts_blocks():
    assert "grounding_attribute" in _us("Rubber-free mat\nStillwell 6 mm yoga mat, $30.00 with SAVE20.", YOGA, "push")
    tpe = dict(YOGA, attributes={"material": "TPE, rubber-free", "thickness": "6 mm"})
    assert not _us("Rubber-free mat\nStillwell 6 mm yoga mat, $30.00 with SAVE20.", tpe, "push")
    assert not _us("Stress-free stretching\nStillwell 6 mm rubber yoga mat, $30.00 with SAVE20.", YOGA, "push")
    no_latex = dict(YOGA, attributes={"material": "TPE, no latex", "thickness": "6 mm"})
    assert not _us("Latex-free mat\nStillwell 6 mm yoga mat, $30.00 with SAVE20.", no_latex, "push")


@pytest.mark.parametrize("copy,locale,product,channel", [
    ("Brightfell: USB-C rechargeable camp lamp, 400 lm, $24.00 w/ SAVE20. Reply STOP to opt out", "en-US", LAMP, "sms"),
    ("The Brightfell camp lamp has a motion sensor, so it lights as you pass. $24.00 with SAVE20 until May 14.",
     "en-US", LAMP, "email_body"),
    ("跳绳还能连手机APP看记录📱 跃动计数跳绳到手¥29。#跳绳#", "zh-CN", ROPE, "social"),
    ("【跃动】计数跳绳，感应开关挥手即亮，到手¥29，码CN20。回T退订", "zh-CN", ROPE, "sms"),
])
def test_power_connection_and_sensor_features_need_the_record(copy, locale, product, channel):
    offer = ZH if locale == "zh-CN" else US
    assert "grounding_attribute" in blocking(check_row(copy, product, locale, channel, offer))


def test_a_rechargeable_product_may_say_so():
    charged = dict(LAMP, attributes={"output": "400 lumens", "battery": "USB-C rechargeable"})
    assert not _us("Brightfell: USB-C rechargeable camp lamp, 400 lm, $24.00 w/ SAVE20. Reply STOP to opt out",
                   charged, "sms")


# --- misses: comparisons ---------------------------------------------------------------------

@pytest.mark.parametrize("copy", [
    "Writes like Herbin, costs less ✒️ Teal fountain pen ink, £8.00 with RISE25. #fountainpens",
    "Same sheen as Noodler's inks for less: Penwyn teal ink is £8.00 with RISE25 until 14 May.",
    "As smooth as Pelikan ink: Penwyn teal is £8.00 with RISE25 until 14 May.",
])
def test_a_likeness_to_another_brand_is_a_comparison(copy):
    assert "comparison" in _gb(copy, INK, "social")


@pytest.mark.parametrize("copy", [
    "Flows like a dream ✒️ Penwyn teal fountain pen ink, £8.00 with RISE25. #fountainpens",
    "Same colour as the sea at dusk: Penwyn teal ink is £8.00 with RISE25 until 14 May.",
    "Feels like Christmas came early: Penwyn teal ink is £8.00 with RISE25 until 14 May.",
    "Writes like Penwyn teal should: £8.00 with RISE25 until 14 May.",
])
def test_a_likeness_to_no_brand_is_no_comparison(copy):
    assert "comparison" not in _gb(copy, INK, "social")


def test_a_maker_before_the_records_kind_is_another_brand_in_chinese():
    assert "comparison" in _zh("和墨雅活页本一样的20孔设计，价格只要一半：书页A5活页本到手¥24，码CN20。", NOTEBOOK)
    assert "comparison" not in _zh("和普通活页本一样的20孔设计，书页A5活页本到手¥24，码CN20，5月31日止。", NOTEBOOK)


# --- misses: law -----------------------------------------------------------------------------

def test_the_only_one_that_never_is_absolute():
    assert "absolute_claim" in _gb("The only starter kit that never lets a loaf go flat", channel="email_subject")
    assert "absolute_claim" not in _gb("A starter kit that rarely lets a loaf go flat", channel="email_subject")


@pytest.mark.parametrize("copy", ["Re: your Crumbhall payment has been approved", "Your refund is on its way"])
def test_an_orders_money_events_are_fake_transactions(copy):
    assert "fake_transaction" in _gb(copy, channel="email_subject")


def test_the_products_own_subject_is_no_transaction():
    assert "fake_transaction" not in _gb("Your Crumbhall starter kit, ready for spring", channel="email_subject")


def test_a_gift_put_in_the_box_free_needs_the_offers_gift():
    copy = "Order the Crumbhall starter kit by 14 May with RISE25 and we'll tuck a proving basket in the parcel, free."
    assert "grounding_gift" in _gb(copy)
    assert "grounding_gift" not in _gb(copy, offer=dict(GB, gift="a proving basket"))
    assert "grounding_gift" not in _gb("Order the Crumbhall starter kit by 14 May with RISE25 and we'll put it in "
                                       "the post, free of fuss.")


# --- misses: form ----------------------------------------------------------------------------

def test_a_chinese_copy_cut_inside_its_gift_is_truncated():
    assert "truncated" in _zh("电炖锅特惠\n2升电炖锅¥99，送陶", POT, "push", ZH_GIFT)
    assert "truncated" not in _zh("电炖锅特惠\n2升电炖锅¥99，送陶瓷炖盅", POT, "push", ZH_GIFT)


def test_a_phrase_three_times_is_repeated():
    push = "Brightfell camp lamp\nBrightfell camp lamp, brightfell camp lamp, $24.00 with SAVE20."
    assert "repetition" in _us(push, LAMP, "push")
    assert "repetition" not in _us("Camp lamp\nBrightfell camp lamp, bright and light, $24.00 with SAVE20.", LAMP,
                                   "push")
