"""Classes of clean copy the twenty-fourth and twenty-fifth frozen sets (new catalogues) blocked,
each tested on examples written here, never those sets' rows. Each with a near miss that must
still block."""

from __future__ import annotations

from guard_rows import blocking, check_row

BOX = {"item_id": "L1", "title": "Coolkit Lunch Box, 1.2 L", "brand": "Coolkit", "category": "Lunch Boxes",
       "price": 16.0, "list_price": 20.0, "currency": "USD", "attributes": {"capacity": "1.2 L"}, "stock": 40}
BOX_OFFER = {"discount_pct": 20, "ends": "2027-08-15", "code": "BOX20", "gift": "three reusable cutlery sets"}
ZH_BOX = {"item_id": "Z1", "title": "凉盒 便当盒 1.2升", "brand": "凉盒", "category": "便当盒", "price": 48.0,
          "list_price": 60.0, "currency": "CNY", "attributes": {"容量": "1.2升"}, "stock": 40}
ZH_BOX_OFFER = {"discount_pct": 20, "ends": "2027-08-15", "code": "BOX20", "gift": "两个冰袋"}


# --- a count the record spells out, written in digits ----------------------------------------

def test_a_count_the_offer_spells_grounds_its_digits():
    ok = check_row("Coolkit lunch box, $16 with BOX20 + 3 free cutlery sets.", BOX, "en-US", offer=BOX_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("Coolkit lunch box, $16 with BOX20 + 5 free cutlery sets.", BOX, "en-US", offer=BOX_OFFER)
    assert "grounding_number" in blocking(bad)


def test_a_chinese_count_the_offer_spells_grounds_its_digits():
    ok = check_row("凉盒便当盒，用BOX20到手48元，再送2个冰袋。", ZH_BOX, "zh-CN", offer=ZH_BOX_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("凉盒便当盒，用BOX20到手48元，再送5个冰袋。", ZH_BOX, "zh-CN", offer=ZH_BOX_OFFER)
    assert "grounding_number" in blocking(bad)


# --- the reader's animal or body part as the subject of 'has' --------------------------------

LEAD = {"item_id": "D1", "title": "Trailhound Reflective Dog Lead, 1.5 m", "brand": "Trailhound",
        "category": "Dog Leads", "price": 18.0, "list_price": 24.0, "currency": "GBP",
        "attributes": {"length": "1.5 m", "material": "nylon webbing"}, "stock": 50}
BRUSH = {"item_id": "H1", "title": "Combly Detangling Brush for Curly Hair", "brand": "Combly",
         "category": "Hair Brushes", "price": 12.0, "list_price": 15.0, "currency": "GBP",
         "attributes": {"bristles": "flexible nylon"}, "stock": 50}


def test_the_readers_pet_or_hair_that_has_something_is_no_claim():
    for copy, product in (("Your dog has a little request", LEAD), ("Your pup has a secret plan", LEAD),
                          ("Your hair has a confession", BRUSH)):
        assert "grounding_attribute" not in blocking(check_row(copy, product, "en-GB", channel="email_subject")), copy
    # the product itself having something unstated still blocks
    for copy, product in (("This dog lead has a padded handle", LEAD), ("The Combly brush has a bamboo handle", BRUSH)):
        assert "grounding_attribute" in blocking(check_row(copy, product, "en-GB", channel="email_subject")), copy


# --- a shade the record names, written with its hue ------------------------------------------

COAT = {"item_id": "R1", "title": "Drizzle Kids Raincoat, Mustard", "brand": "Drizzle", "category": "Raincoats",
        "price": 30.0, "list_price": 40.0, "currency": "GBP",
        "attributes": {"colour": "mustard", "outer": "waterproof polyester"}, "stock": 20}


def test_the_records_shade_named_with_its_hue():
    for copy in ("Mustard yellow and waterproof: the Drizzle kids raincoat, £30.",
                 "A mustard-yellow Drizzle raincoat, £30."):
        assert "grounding_attribute" not in blocking(check_row(copy, COAT, "en-GB")), copy
    for copy in ("A yellow Drizzle raincoat, £30.", "Mustard, yellow trim: the Drizzle raincoat, £30.",
                 "Forest green and waterproof: the Drizzle raincoat, £30."):
        assert "grounding_attribute" in blocking(check_row(copy, COAT, "en-GB")), copy


# --- a place name closed by an emoji --------------------------------------------------------

SHEARS = {"item_id": "S1", "title": "Blackmoor Kitchen Shears", "brand": "Blackmoor", "category": "Kitchen Scissors",
          "price": 20.0, "list_price": 25.0, "currency": "GBP",
          "attributes": {"blades": "stainless steel", "made": "made in Sheffield"}, "stock": 20}


def test_an_emoji_closes_the_place_of_an_origin():
    ok = check_row("Made in Sheffield ✂️ Our kitchen shears, £20.", SHEARS, "en-GB")
    assert "grounding_origin" not in blocking(ok)
    for copy in ("Made in Solingen ✂️ Our kitchen shears, £20.", "Made in Sheffield by Solingen smiths ✂️ Our shears, £20."):
        assert "grounding_origin" in blocking(check_row(copy, SHEARS, "en-GB")), copy


# --- a weekday after a noun, a themed day -----------------------------------------------------

MIXER = {"item_id": "M1", "title": "Crumbly Hand Mixer, 300 W", "brand": "Crumbly", "category": "Hand Mixers",
         "price": 32.0, "list_price": 40.0, "currency": "GBP", "attributes": {"power": "300 W", "speeds": "5"},
         "stock": 30}
MIXER_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "MIX20"}  # a Wednesday


def test_a_weekday_after_a_noun_is_a_themed_day():
    for copy in ("Pancake Saturday?\nThe Crumbly hand mixer is £32 with MIX20.",
                 "Meringue Sunday, sorted. The Crumbly hand mixer is £32 with MIX20."):
        assert "grounding_date" not in blocking(check_row(copy, MIXER, "en-GB", offer=MIXER_OFFER)), copy
    for copy in ("Pancake Saturday: 20% off the Crumbly hand mixer with MIX20.",
                 "Mixer sale Saturday! The Crumbly hand mixer is £32 with MIX20.",
                 "Offer ends Saturday. The Crumbly hand mixer is £32 with MIX20."):
        assert "grounding_date" in blocking(check_row(copy, MIXER, "en-GB", offer=MIXER_OFFER)), copy


# --- a percentage after a Chinese word of reduction -----------------------------------------

ZH_TEA = {"item_id": "T1", "title": "茶语 桂花乌龙 250克 罐装", "brand": "茶语", "category": "茶叶", "price": 72.0,
          "list_price": 90.0, "currency": "CNY", "attributes": {"净含量": "250克", "包装": "铁罐"}, "stock": 100}
ZH_TEA_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "TEA20"}


def test_a_percentage_after_a_word_of_reduction_is_a_discount():
    for copy in ("茶语桂花乌龙，用TEA20立减20%，到手72元。", "茶语桂花乌龙，用TEA20直降20％，到手72元。"):
        assert blocking(check_row(copy, ZH_TEA, "zh-CN", offer=ZH_TEA_OFFER)) == set(), copy
    assert "grounding_discount" in blocking(check_row("茶语桂花乌龙，用TEA20立减30%，到手72元。", ZH_TEA, "zh-CN",
                                                      offer=ZH_TEA_OFFER))
    # an amount after the same word is still money to check
    assert "grounding_price" in blocking(check_row("茶语桂花乌龙，用TEA20立减25，到手72元。", ZH_TEA, "zh-CN",
                                                   offer=ZH_TEA_OFFER))


# --- 最多 / 最少 before a count: a limit, no ranking ----------------------------------------------

ZH_TIMER = {"item_id": "Z2", "title": "定点 智能定时插座 10A", "brand": "定点", "category": "智能插座", "price": 40.0,
            "list_price": 50.0, "currency": "CNY", "attributes": {"定时": "每天最多8组定时", "电流": "10A"}, "stock": 60}
ZH_TIMER_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "PLUG20"}


def test_most_or_least_before_a_count_is_a_limit():
    for copy in ("定点智能定时插座，每天最多设定8组定时，用PLUG20到手40元。", "定点智能定时插座，最少设一组、最多8组定时，用PLUG20到手40元。"):
        assert "absolute_claim" not in blocking(check_row(copy, ZH_TIMER, "zh-CN", offer=ZH_TIMER_OFFER)), copy
    for copy in ("定点智能定时插座，最多人选择的定时插座，用PLUG20到手40元。", "定点智能定时插座，最好用的定时插座，用PLUG20到手40元。"):
        assert "absolute_claim" in blocking(check_row(copy, ZH_TIMER, "zh-CN", offer=ZH_TIMER_OFFER)), copy


# --- the colour or material of what the product is worn with ---------------------------------

ZH_SCARF = {"item_id": "Z3", "title": "暖屿 羊毛围巾 驼色", "brand": "暖屿", "category": "围巾", "price": 160.0,
            "list_price": 200.0, "currency": "CNY", "attributes": {"材质": "羊毛", "颜色": "驼色"}, "stock": 60}
ZH_SCARF_OFFER = {"discount_pct": 20, "ends": "2027-12-31", "code": "WARM20"}


def test_the_colour_of_what_it_is_worn_with_is_no_claim():
    for copy in ("驼色羊毛围巾，配黑色皮靴正好，用WARM20到手160元。", "驼色羊毛围巾，搭一双白色帆布鞋也好看，用WARM20到手160元。"):
        assert "grounding_attribute" not in blocking(check_row(copy, ZH_SCARF, "zh-CN", offer=ZH_SCARF_OFFER)), copy
    for copy in ("黑色羊毛围巾，配皮靴正好，用WARM20到手160元。", "驼色羊毛围巾，白色款也有，用WARM20到手160元。"):
        assert "grounding_attribute" in blocking(check_row(copy, ZH_SCARF, "zh-CN", offer=ZH_SCARF_OFFER)), copy


# --- a feature of adjustment stated by the record's settings ---------------------------------

GRILL = {"item_id": "G1", "title": "Searwell Contact Grill", "brand": "Searwell", "category": "Contact Grills",
         "price": 48.0, "list_price": 60.0, "currency": "USD", "attributes": {"temperature": "250-450°F", "plates": "nonstick"},
         "stock": 30}
FIXED_GRILL = {**GRILL, "attributes": {"temperature": "heats to 450°F", "plates": "nonstick"}}
GRILL_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "SEAR20"}
ZH_IRON = {"item_id": "Z4", "title": "直顺 陶瓷直发夹板", "brand": "直顺", "category": "直发器", "price": 120.0,
           "list_price": 150.0, "currency": "CNY", "attributes": {"温度": "三档：150℃、180℃、210℃", "涂层": "陶瓷"},
           "stock": 30}
ZH_FIXED_IRON = {**ZH_IRON, "attributes": {"温度": "恒温200℃", "涂层": "陶瓷"}}
ZH_IRON_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "ZHI20"}


def test_an_adjustable_quantity_stated_by_its_settings():
    copy = "The Searwell contact grill has adjustable temperature and nonstick plates, $48 with SEAR20."
    assert "grounding_attribute" not in blocking(check_row(copy, GRILL, "en-US", offer=GRILL_OFFER))
    assert "grounding_attribute" in blocking(check_row(copy, FIXED_GRILL, "en-US", offer=GRILL_OFFER))
    zh = "直顺陶瓷直发夹板，温度可调，用ZHI20到手120元。"
    assert "grounding_attribute" not in blocking(check_row(zh, ZH_IRON, "zh-CN", offer=ZH_IRON_OFFER))
    assert "grounding_attribute" in blocking(check_row(zh, ZH_FIXED_IRON, "zh-CN", offer=ZH_IRON_OFFER))


# --- words of the web's pet and shopping talk the word list lacks -----------------------------

ZH_FEEDER = {"item_id": "Z6", "title": "喵时 智能喂食器 3升", "brand": "喵时", "category": "宠物用品", "price": 160.0,
             "list_price": 200.0, "currency": "CNY", "attributes": {"容量": "3升", "适用": "猫狗干粮"}, "stock": 30}
ZH_FEEDER_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "MEOW20"}


def test_pet_talk_reads_as_words():
    for copy in ("铲屎官出门前装好它🐱 喵时喂食器，3升粮桶，MEOW20到手160元。",
                 "喵星人的铲屎官看过来🐱 喵时喂食器3升粮桶，MEOW20到手160元。"):
        got = blocking(check_row(copy, ZH_FEEDER, "zh-CN", channel="social", offer=ZH_FEEDER_OFFER))
        assert "garbled_text" not in got, copy
    # the same characters in no order still read as no words
    salad = "官铲屎出装门好前它🐱 喵时喂食器，3升桶粮，MEOW20到手160元。"
    assert "garbled_text" in blocking(check_row(salad, ZH_FEEDER, "zh-CN", channel="social", offer=ZH_FEEDER_OFFER))


# --- a 'with' object that names the offer's gift -------------------------------------------------

TABLET = {"item_id": "P1", "title": "Sketchly Pen Tablet, 8 x 5 in", "brand": "Sketchly", "category": "Graphics Tablets",
          "price": 40.0, "list_price": 50.0, "currency": "USD",
          "attributes": {"active_area": "8 x 5 in", "pen": "battery-free"}, "stock": 30}
TABLET_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "SKETCH20", "gift": "a pack of 20 replacement nibs"}


def test_a_with_object_naming_the_gift_is_the_gifts():
    ok = check_row("The Sketchly pen tablet is $40 with SKETCH20, with 20 spare nibs on us.", TABLET, "en-US",
                   offer=TABLET_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    for copy in ("The Sketchly pen tablet is $40 with SKETCH20, with a spare stand on us.",
                 "The Sketchly pen tablet is $40 with SKETCH20, with 20 titanium nibs on us."):
        assert "grounding_attribute" in blocking(check_row(copy, TABLET, "en-US", offer=TABLET_OFFER)), copy
