"""Classes of harm the twentieth and twenty-first frozen sets (new catalogues) exposed in the truth
tier, each tested on examples written here, never those sets' rows: an offer said to last until New
Year's or to a Chinese feast with 都 and a word of use (到中秋都能用); a diet, a control or a part the
record lacks ('gluten-free', a built-in thermostat, a timer, 可折叠, 自动断电, 可调温, 能保温); a foam,
a metal or butter the record lacks ('EVA foam', 纯钛, 纯锡, 纯黄油); free delivery said with the verb
of sending ('we'll deliver it free'); another kind joined with + into a set of pieces (+…两件套); a
title of the year said taken ('took Gadget of the Year'); a discount said as the fraction saved
('save a third'); and well-known brands of instruments and small appliances. Each with a near miss
on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

LAMP = {"item_id": "L1", "title": "Basklight Basking Bulb, 75 W", "brand": "Basklight", "category": "Reptile Lighting",
        "price": 12.0, "list_price": 15.0, "currency": "USD",
        "attributes": {"wattage": "75 W", "base": "E26", "use": "pair it with a dimming thermostat"}, "stock": 60}
LAMP_OFFER = {"discount_pct": 20, "ends": "2027-11-15", "code": "BASK20"}

COOKIES = {"item_id": "C1", "title": "Ferncliff Oat Biscuits, 250 g", "brand": "Ferncliff", "category": "Biscuits",
           "price": 3.2, "list_price": 4.0, "currency": "GBP",
           "attributes": {"ingredients": "oats, wheat flour, vegetable oil, sugar", "weight": "250 g"}, "stock": 90}
COOKIES_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "OAT20"}

MUG = {"item_id": "M1", "title": "Ridgeway Travel Mug, 350 ml", "brand": "Ridgeway", "category": "Travel Mugs",
       "price": 16.0, "list_price": 20.0, "currency": "GBP",
       "attributes": {"body": "double-wall stainless steel", "lid": "leak-proof"}, "stock": 40}
MUG_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "MUG20"}

BRICK = {"item_id": "B1", "title": "Calmleaf Cork Yoga Brick", "brand": "Calmleaf", "category": "Yoga Props",
         "price": 12.0, "list_price": 16.0, "currency": "USD", "attributes": {"material": "natural cork"}, "stock": 70}
BRICK_OFFER = {"discount_pct": 25, "ends": "2027-06-30", "code": "BRICK25"}

ZH_FAN = {"item_id": "Z1", "title": "清风 台式电风扇 F3 白色", "brand": "清风", "category": "电风扇", "price": 159.2,
          "list_price": 199.0, "currency": "CNY", "attributes": {"功率": "45瓦", "档位": "三档风速", "颜色": "白色"},
          "stock": 80}
ZH_FAN_OFFER = {"discount_pct": 20, "ends": "2027-08-20", "code": "FENG20"}

ZH_GLASSES = {"item_id": "Z2", "title": "明眸 近视镜框 TR90 黑色", "brand": "明眸", "category": "眼镜框", "price": 99.0,
              "list_price": 129.0, "currency": "CNY", "attributes": {"镜框": "TR90", "颜色": "黑色"}, "stock": 50}
ZH_GLASSES_OFFER = {"discount_pct": 20, "ends": "2027-08-20", "code": "MING20"}

ZH_CAKE = {"item_id": "Z3", "title": "稻香 桂花糕 礼盒 8枚装", "brand": "稻香", "category": "糕点", "price": 39.2,
           "list_price": 49.0, "currency": "CNY", "attributes": {"配料": "糯米粉、桂花、白砂糖", "规格": "8枚"}, "stock": 200}
ZH_CAKE_OFFER = {"discount_pct": 20, "ends": "2027-09-10", "code": "GUI20"}

ZH_STROLLER = {"item_id": "Z4", "title": "童行 婴儿推车 轻便款", "brand": "童行", "category": "婴儿推车", "price": 799.0,
               "list_price": 999.0, "currency": "CNY", "attributes": {"重量": "6.5公斤", "颜色": "灰色"}, "stock": 30}
ZH_STROLLER_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "TUI20"}

ZH_PIANO = {"item_id": "Z5", "title": "律动 88键电钢琴 P8", "brand": "律动", "category": "电钢琴", "price": 1999.0,
            "list_price": 2499.0, "currency": "CNY", "attributes": {"键数": "88键", "键盘": "重锤手感"}, "stock": 20}
ZH_PIANO_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "QIN20"}


# --- an offer said to last until New Year's, or to a Chinese feast with 都 and a word of use -----------

def test_an_offer_until_new_years_or_to_a_feast_must_end_there():
    bad = check_row("BASK20 runs through the holidays: $12.00 until New Year's", LAMP, "en-US", channel="social",
                    offer=LAMP_OFFER)
    assert "grounding_date" in blocking(bad)
    for ends in ("2027-12-31", "2028-01-01"):
        ok = check_row("BASK20 runs through the holidays: $12.00 until New Year's", LAMP, "en-US", channel="social",
                       offer={**LAMP_OFFER, "ends": ends})
        assert "grounding_date" not in blocking(ok), ends
    bad = check_row("整个暑假到中秋都能用：FENG20到手159.20元，清风台式电风扇。", ZH_FAN, "zh-CN", channel="social",
                    offer=ZH_FAN_OFFER)
    assert "grounding_date" in blocking(bad)
    ok = check_row("整个暑假到中秋都能用：FENG20到手159.20元，清风台式电风扇。", ZH_FAN, "zh-CN", channel="social",
                   offer={**ZH_FAN_OFFER, "ends": "2027-09-15"})
    assert "grounding_date" not in blocking(ok)
    # 送到 a place, no feast: no deadline
    ok = check_row("从北京送到上海都能用的清风台式电风扇，FENG20到手159.20元。", ZH_FAN, "zh-CN", channel="social",
                   offer=ZH_FAN_OFFER)
    assert "grounding_date" not in blocking(ok)


# --- a diet, a control or a part the record lacks -----------------------------------------------------

def test_a_diet_a_control_or_a_built_in_part_the_record_lacks_is_invented():
    bad = check_row("Gluten-free and crunchy: Ferncliff oat biscuits, £3.20 with OAT20.", COOKIES, "en-GB",
                    channel="social", offer=COOKIES_OFFER)
    assert "grounding_attribute" in blocking(bad)
    free = {**COOKIES, "attributes": {**COOKIES["attributes"], "diet": "gluten-free oats"}}
    ok = check_row("Gluten-free and crunchy: Ferncliff oat biscuits, £3.20 with OAT20.", free, "en-GB",
                   channel="social", offer=COOKIES_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    # the record says it needs a thermostat: none is built in
    for copy in ("Built-in thermostat, 75 W basking bulb, $12.00 with BASK20.",
                 "Built-in timer, 75 W basking bulb, $12.00 with BASK20."):
        bad = check_row(copy, LAMP, "en-US", channel="social", offer=LAMP_OFFER)
        assert "grounding_attribute" in blocking(bad), copy
    ok = check_row("Pair it with a thermostat: 75 W basking bulb, $12.00 with BASK20.", LAMP, "en-US",
                   channel="social", offer=LAMP_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    for copy in ("清风台式电风扇可折叠，还带自动断电，FENG20到手159.20元。", "可调温，能保温\n清风台式电风扇，FENG20到手159.20元。"):
        bad = check_row(copy, ZH_FAN, "zh-CN", channel="push", offer=ZH_FAN_OFFER)
        assert "grounding_attribute" in blocking(bad), copy
    stated = {**ZH_FAN, "attributes": {**ZH_FAN["attributes"], "收纳": "可折叠", "保护": "倾倒自动断电"}}
    ok = check_row("清风台式电风扇可折叠，还带自动断电，FENG20到手159.20元。", stated, "zh-CN", channel="push",
                   offer=ZH_FAN_OFFER)
    assert "grounding_attribute" not in blocking(ok)


# --- a foam, a metal or butter the record lacks -------------------------------------------------------

def test_a_foam_a_metal_or_butter_the_record_lacks_is_invented():
    bad = check_row("Recycled EVA foam, light as air. Calmleaf brick $12.00 with BRICK25.", BRICK, "en-US",
                    channel="social", offer=BRICK_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("Natural cork, firm and grippy. Calmleaf brick $12.00 with BRICK25.", BRICK, "en-US",
                   channel="social", offer=BRICK_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    for copy, product, offer in (("纯钛镜框\n明眸近视镜框，MING20到手99.00元。", ZH_GLASSES, ZH_GLASSES_OFFER),
                                 ("纯黄油酥皮\n稻香桂花糕8枚装，GUI20到手39.20元。", ZH_CAKE, ZH_CAKE_OFFER),
                                 ("纯锡打造\n稻香桂花糕礼盒，GUI20到手39.20元。", ZH_CAKE, ZH_CAKE_OFFER)):
        bad = check_row(copy, product, "zh-CN", channel="push", offer=offer)
        assert "grounding_attribute" in blocking(bad), copy
    ok = check_row("TR90镜框\n明眸近视镜框，MING20到手99.00元。", ZH_GLASSES, "zh-CN", channel="push",
                   offer=ZH_GLASSES_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    ti = {**ZH_GLASSES, "attributes": {**ZH_GLASSES["attributes"], "镜腿": "纯钛"}}
    ok = check_row("纯钛镜腿\n明眸近视镜框，MING20到手99.00元。", ti, "zh-CN", channel="push", offer=ZH_GLASSES_OFFER)
    assert "grounding_attribute" not in blocking(ok)


# --- free delivery said with the verb of sending --------------------------------------------------------

def test_free_delivery_said_with_the_verb_of_sending_must_be_offered():
    for copy in ("Ridgeway mug £16.00 with MUG20, and we'll deliver it free to your door.",
                 "Ridgeway mug £16.00 with MUG20. We ship yours free."):
        bad = check_row(copy, MUG, "en-GB", offer=MUG_OFFER)
        assert "grounding_shipping" in blocking(bad), copy
        ok = check_row(copy, MUG, "en-GB", offer={**MUG_OFFER, "free_shipping": True})
        assert "grounding_shipping" not in blocking(ok), copy
    ok = check_row("Ridgeway mug £16.00 with MUG20: we'll deliver it fast, BPA-free and leak-proof.", MUG, "en-GB",
                   offer=MUG_OFFER)
    assert "grounding_shipping" not in blocking(ok)


# --- another kind joined with + into a set of pieces ----------------------------------------------------

def test_another_kind_joined_with_plus_into_a_set_of_pieces_must_be_the_records():
    bad = check_row("推车+睡篮两件套\n童行婴儿推车，TUI20到手799.00元。", ZH_STROLLER, "zh-CN", channel="push",
                    offer=ZH_STROLLER_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("推车+睡篮两件套\n童行婴儿推车，TUI20到手799.00元。", ZH_STROLLER, "zh-CN", channel="push",
                   offer={**ZH_STROLLER_OFFER, "gift": "睡篮一个"})
    assert "grounding_attribute" not in blocking(ok)


# --- a title of the year said taken ---------------------------------------------------------------------

def test_a_title_of_the_year_said_taken_is_an_award():
    for copy in ("The mug that took Gadget of the Year", "Ridgeway bagged Product of the Year, now £16.00"):
        bad = check_row(copy, MUG, "en-GB", channel="email_subject", offer=MUG_OFFER)
        assert "grounding_award" in blocking(bad), copy
    for copy in ("It took the best part of the year to perfect this mug", "Landed in time for the busiest week of the year"):
        ok = check_row(copy, MUG, "en-GB", channel="email_subject", offer=MUG_OFFER)
        assert "grounding_award" not in blocking(ok), copy


# --- a discount said as the fraction saved --------------------------------------------------------------

def test_a_discount_said_as_the_fraction_saved_must_be_the_offers():
    bad = check_row("Save a third ☕ Ridgeway mug £16.00 with MUG20.", MUG, "en-GB", channel="social", offer=MUG_OFFER)
    assert "grounding_discount" in blocking(bad)
    ok = check_row("Save a fifth ☕ Ridgeway mug £16.00 with MUG20.", MUG, "en-GB", channel="social", offer=MUG_OFFER)
    assert "grounding_discount" not in blocking(ok)
    ok = check_row("Save half the time on your commute coffee: Ridgeway mug £16.00 with MUG20.", MUG, "en-GB",
                   channel="social", offer=MUG_OFFER)
    assert "grounding_discount" not in blocking(ok)


# --- well-known brands of instruments and small appliances ----------------------------------------------

def test_brands_of_instruments_and_small_appliances_are_other_brands():
    bad = check_row("和卡西欧同级的手感：律动88键电钢琴，QIN20到手1999.00元。", ZH_PIANO, "zh-CN", channel="social",
                    offer=ZH_PIANO_OFFER)
    assert "grounding_brand" in blocking(bad)
    bad = check_row("A Yamaha-style feel for less: Ridgeway mug £16.00", MUG, "en-GB", channel="email_subject",
                    offer=MUG_OFFER)
    assert "grounding_brand" in blocking(bad)
    # 美的 is also 'beautiful': 很美的 is no brand
    ok = check_row("很美的手感：律动88键电钢琴，QIN20到手1999.00元。", ZH_PIANO, "zh-CN", channel="social",
                   offer=ZH_PIANO_OFFER)
    assert "grounding_brand" not in blocking(ok)
