"""Classes of harm the twenty-second and twenty-third frozen sets (new catalogues) exposed in the
truth tier, each tested on examples written here, never those sets' rows: an offer said to last a
season or the holidays where a price's decimal point or an emoji stood beside the words ('$24.00
... all the way through the holidays', 'runs all summer 🌞'); an offer said to last a whole month
('all June long', 整个6月都有效); a place of making said with a verb of machining or laying
('Machined in Sheffield', 'Hand-laid in a coastal workshop'); features the record lacks (streaming
to a phone, an auto-rewind reel, ions, low-temperature baking, 开袋即食, a battery display, a travel
lock); the product and its matching item said to come as a set (和同款…成套出售); and another maker
named as the measure or as what the product works with ('Like a Kettlecraft, only quieter', 'Works
with your Woodlane track'). Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

DESK = {"item_id": "D1", "title": "Ashgrove Sit-Stand Desk Converter, 32 in", "brand": "Ashgrove",
        "category": "Desk Converters", "price": 96.0, "list_price": 120.0, "currency": "USD",
        "attributes": {"width": "32 in", "lift": "gas spring", "frame": "black steel"}, "stock": 40}
DESK_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "RISE20", "free_shipping": True}

DRYER = {"item_id": "H1", "title": "Breezeholm Hair Dryer, 2000 W", "brand": "Breezeholm", "category": "Hair Dryers",
         "price": 36.0, "list_price": 45.0, "currency": "GBP",
         "attributes": {"power": "2000 W", "settings": "3 heat, 2 speed", "nozzle": "concentrator",
                        "cord": "1.8 m"}, "stock": 60}
DRYER_OFFER = {"discount_pct": 20, "ends": "2027-05-15", "code": "BREEZE20"}

KNIFE = {"item_id": "K1", "title": "Ridgeford Chef's Knife, 20 cm", "brand": "Ridgeford", "category": "Kitchen Knives",
         "price": 64.0, "list_price": 80.0, "currency": "USD",
         "attributes": {"blade": "20 cm, X50CrMoV15 steel", "handle": "olive wood"}, "stock": 25}
KNIFE_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "EDGE20"}

CAMERA = {"item_id": "C1", "title": "Nestwatch Video Baby Monitor, 4.3 in", "brand": "Nestwatch",
          "category": "Baby Monitors", "price": 72.0, "list_price": 90.0, "currency": "USD",
          "attributes": {"screen": "4.3 in", "camera": "night vision", "range": "up to 900 ft",
                         "connection": "works without Wi-Fi, no app"}, "stock": 30}
CAMERA_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "NEST20"}

REEL = {"item_id": "R1", "title": "Tapfield Hose Reel Cart with 25 m Hose", "brand": "Tapfield",
        "category": "Hose Reels", "price": 48.0, "list_price": 60.0, "currency": "GBP",
        "attributes": {"hose": "25 m, 12.5 mm", "reel": "hand crank", "wheels": "2"}, "stock": 20}
REEL_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "REEL20"}

WALLET = {"item_id": "W1", "title": "Ferrow Leather Bifold Wallet, Tan", "brand": "Ferrow", "category": "Wallets",
          "price": 40.0, "list_price": 50.0, "currency": "USD",
          "attributes": {"material": "full-grain leather", "slots": "6 card slots"}, "stock": 35}
WALLET_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "FOLD20"}

KETTLE = {"item_id": "E1", "title": "Hollowmere Electric Kettle, 1.7 L", "brand": "Hollowmere",
          "category": "Electric Kettles", "price": 40.0, "list_price": 50.0, "currency": "USD",
          "attributes": {"capacity": "1.7 L", "body": "stainless steel", "base": "360° swivel"}, "stock": 50}
KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-11-30", "code": "BOIL20"}

TRAIN = {"item_id": "T1", "title": "Oakhollow Wooden Railway, 40 Pieces", "brand": "Oakhollow",
         "category": "Wooden Toys", "price": 28.0, "list_price": 35.0, "currency": "GBP",
         "attributes": {"pieces": "40", "wood": "beech", "track": "figure of eight"}, "stock": 30}
TRAIN_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "RAIL20"}

ZH_CAKE = {"item_id": "Z1", "title": "稻香 桂花糕 礼盒 8枚装", "brand": "稻香", "category": "糕点", "price": 39.2,
           "list_price": 49.0, "currency": "CNY", "attributes": {"配料": "糯米粉、桂花、白砂糖", "规格": "8枚"}, "stock": 200}
ZH_CAKE_OFFER = {"discount_pct": 20, "ends": "2027-07-10", "code": "GUI20"}

ZH_NUTS = {"item_id": "Z2", "title": "山禾 生核桃仁 500克", "brand": "山禾", "category": "坚果", "price": 45.0,
           "list_price": 50.0, "currency": "CNY",
           "attributes": {"产地": "云南", "净含量": "500克", "食用": "需烘烤或炒熟后食用"}, "stock": 300}
ZH_NUTS_OFFER = {"discount_pct": 10, "ends": "2027-05-31", "code": "TAO10"}

ZH_TRIMMER = {"item_id": "Z3", "title": "利刃 电动理发器 T5 银色", "brand": "利刃", "category": "理发器", "price": 119.2,
              "list_price": 149.0, "currency": "CNY",
              "attributes": {"刀头": "陶瓷刀头", "防水": "IPX6", "续航": "约90分钟", "颜色": "银色"}, "stock": 40}
ZH_TRIMMER_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "JIAN20"}

ZH_BAG = {"item_id": "Z4", "title": "素履 真皮斜挎包 焦糖色", "brand": "素履", "category": "斜挎包", "price": 199.0,
          "list_price": 249.0, "currency": "CNY", "attributes": {"材质": "头层牛皮", "颜色": "焦糖色"}, "stock": 30}
ZH_BAG_OFFER = {"discount_pct": 20, "ends": "2027-06-10", "code": "BAO20"}


def _blocks(copy, product, locale, offer, channel="email_body", rule=None):
    got = blocking(check_row(copy, product, locale, channel=channel, offer=offer))
    return rule in got if rule else bool(got)


# --- a season or the holidays said of the offer, beside a price or an emoji --------------------------

def test_an_offer_said_to_last_the_holidays_or_a_season_must_reach_its_end():
    copy = "RISE20 keeps the Ashgrove converter at $96.00 with free shipping all the way through the holidays."
    assert _blocks(copy, DESK, "en-US", DESK_OFFER, rule="grounding_date")
    assert not _blocks(copy, DESK, "en-US", {**DESK_OFFER, "ends": "2027-12-31"}, rule="grounding_date")
    # the season's words stand before an emoji, not a mark
    copy = "BREEZE20 runs all summer 🌞 Breezeholm hair dryer £36.00."
    assert _blocks(copy, DRYER, "en-GB", DRYER_OFFER, channel="social", rule="grounding_date")
    assert not _blocks(copy, DRYER, "en-GB", {**DRYER_OFFER, "ends": "2027-08-31"}, channel="social",
                       rule="grounding_date")
    # the product's season, no offer in its phrase: no deadline
    assert not _blocks("Keeps your hair smooth all summer 🌞 Breezeholm hair dryer, £36.00 with BREEZE20.", DRYER,
                       "en-GB", DRYER_OFFER, channel="social", rule="grounding_date")
    assert not _blocks("Your desk, sorted through the holidays and beyond. Ashgrove converter, $96.00 with RISE20.",
                       DESK, "en-US", DESK_OFFER, rule="grounding_date")


# --- a whole month said of the offer ------------------------------------------------------------------

def test_an_offer_said_to_last_a_whole_month_must_reach_its_last_day():
    copy = "20% off all June long: Breezeholm hair dryer £36.00 with BREEZE20."
    offer = {**DRYER_OFFER, "ends": "2027-06-10"}
    assert _blocks(copy, DRYER, "en-GB", offer, rule="grounding_date")
    assert not _blocks(copy, DRYER, "en-GB", {**offer, "ends": "2027-06-30"}, rule="grounding_date")
    assert _blocks("BREEZE20 works throughout June: £36.00 for the Breezeholm dryer.", DRYER, "en-GB", offer,
                   rule="grounding_date")
    # the month the offer ends in, with a deadline word: the month is the end, not every day of it
    assert not _blocks("BREEZE20 runs until June: £36.00 for the Breezeholm dryer.", DRYER, "en-GB", offer,
                       rule="grounding_date")
    copy = "整个7月都有效\n稻香桂花糕8折，GUI20到手39.20元。"
    assert _blocks(copy, ZH_CAKE, "zh-CN", ZH_CAKE_OFFER, channel="push", rule="grounding_date")
    assert not _blocks(copy, ZH_CAKE, "zh-CN", {**ZH_CAKE_OFFER, "ends": "2027-07-31"}, channel="push",
                       rule="grounding_date")
    assert _blocks("稻香桂花糕七月整月可用GUI20，到手39.20元。", ZH_CAKE, "zh-CN", ZH_CAKE_OFFER, rule="grounding_date")
    # a month of the reader's own, no offer: no deadline
    assert not _blocks("整个七月都在吃的稻香桂花糕，GUI20到手39.20元，7月10日止。", ZH_CAKE, "zh-CN", ZH_CAKE_OFFER,
                       rule="grounding_date")


# --- a place of making said with a verb of machining or laying ---------------------------------------

def test_a_place_of_making_said_by_machining_or_laying_must_be_the_records():
    assert _blocks("Machined in Sheffield, the Ridgeford chef's knife is $64.00 with EDGE20.", KNIFE, "en-US",
                   KNIFE_OFFER, rule="grounding_origin")
    assert _blocks("Hand-laid in a small coastal workshop: Ridgeford chef's knife, $64.00 with EDGE20.", KNIFE,
                   "en-US", KNIFE_OFFER, rule="grounding_origin")
    assert _blocks("Ground and polished in Solingen: Ridgeford chef's knife, $64.00 with EDGE20.", KNIFE, "en-US",
                   KNIFE_OFFER, rule="grounding_origin")
    made_there = {**KNIFE, "attributes": {**KNIFE["attributes"], "made in": "Sheffield, England"}}
    assert not _blocks("Machined in Sheffield, the Ridgeford chef's knife is $64.00 with EDGE20.", made_there,
                       "en-US", KNIFE_OFFER, rule="grounding_origin")
    # a finish or a cut, no place
    assert not _blocks("Finished in a satin polish and cut in one piece: Ridgeford chef's knife, $64.00 with "
                       "EDGE20.", KNIFE, "en-US", KNIFE_OFFER, rule="grounding_origin")


# --- features the record lacks ---------------------------------------------------------------------

def test_a_phone_stream_a_rewind_reel_or_ions_the_record_lacks_are_invented():
    assert _blocks("Streams to your phone\nNestwatch monitor, $72.00 with NEST20.", CAMERA, "en-US", CAMERA_OFFER,
                   channel="push", rule="grounding_attribute")
    assert not _blocks("No Wi-Fi, no app: the Nestwatch monitor sees in the dark. $72.00 with NEST20.", CAMERA,
                       "en-US", CAMERA_OFFER, rule="grounding_attribute")
    assert _blocks("Auto-rewind reel included\nTapfield hose reel cart, £48.00.", REEL, "en-GB", REEL_OFFER,
                   channel="push", rule="grounding_attribute")
    wound = {**REEL, "attributes": {**REEL["attributes"], "reel": "auto-rewind, spring-driven"}}
    assert not _blocks("Auto-rewind reel included\nTapfield hose reel cart, £48.00.", wound, "en-GB", REEL_OFFER,
                       channel="push", rule="grounding_attribute")
    assert _blocks("Breezeholm: ionic dryer for frizz-free shine, £36.00 w/ BREEZE20.", DRYER, "en-GB", DRYER_OFFER,
                   rule="grounding_attribute")
    assert not _blocks("Breezeholm: 2000 W dryer with a concentrator nozzle, £36.00 w/ BREEZE20.", DRYER, "en-GB",
                       DRYER_OFFER, rule="grounding_attribute")


def test_a_way_of_baking_ready_to_eat_a_battery_display_or_a_travel_lock_the_record_lacks_are_invented():
    assert _blocks("山禾核桃仁经过低温烘烤，开袋即食。500克，TAO10到手45元。", ZH_NUTS, "zh-CN", ZH_NUTS_OFFER,
                   rule="grounding_attribute")
    assert _blocks("山禾核桃仁开袋即食，500克，TAO10到手45元。", ZH_NUTS, "zh-CN", ZH_NUTS_OFFER,
                   rule="grounding_attribute")
    assert not _blocks("山禾云南核桃仁，烘烤或炒熟后更香。500克，TAO10到手45元。", ZH_NUTS, "zh-CN", ZH_NUTS_OFFER,
                       rule="grounding_attribute")
    assert _blocks("T5理发器带电量显示屏和旅行锁", ZH_TRIMMER, "zh-CN", ZH_TRIMMER_OFFER, channel="email_subject",
                   rule="grounding_attribute")
    assert _blocks("利刃T5理发器带旅行锁，JIAN20到手119.20元", ZH_TRIMMER, "zh-CN", ZH_TRIMMER_OFFER,
                   rule="grounding_attribute")
    assert not _blocks("T5理发器陶瓷刀头，IPX6可水洗", ZH_TRIMMER, "zh-CN", ZH_TRIMMER_OFFER, channel="email_subject",
                       rule="grounding_attribute")
    locked = {**ZH_TRIMMER, "attributes": {**ZH_TRIMMER["attributes"], "功能": "电量显示屏，旅行锁"}}
    assert not _blocks("T5理发器带电量显示屏和旅行锁", locked, "zh-CN", ZH_TRIMMER_OFFER, channel="email_subject",
                       rule="grounding_attribute")


# --- the product and its matching item said to come as a set ------------------------------------------

def test_the_product_and_its_matching_item_said_to_come_as_a_set_must_be_the_records():
    assert _blocks("Our tan bifold and its matching key pouch come as a set: full-grain leather, $40.00 with FOLD20.",
                   WALLET, "en-US", WALLET_OFFER, rule="grounding_attribute")
    assert _blocks("The Ferrow wallet and its matching passport cover are sold together, $40.00 with FOLD20.",
                   WALLET, "en-US", WALLET_OFFER, rule="grounding_attribute")
    paired = {**WALLET, "title": "Ferrow Leather Bifold Wallet and Key Pouch Set, Tan"}
    assert not _blocks("Our tan bifold and its matching key pouch come as a set: full-grain leather, $40.00 with "
                       "FOLD20.", paired, "en-US", WALLET_OFFER, rule="grounding_attribute")
    assert _blocks("素履焦糖色斜挎包和同款卡包成套出售，BAO20到手199元。", ZH_BAG, "zh-CN", ZH_BAG_OFFER,
                   rule="grounding_attribute")
    assert not _blocks("素履焦糖色斜挎包和同款的颜色很配，BAO20到手199元。", ZH_BAG, "zh-CN", ZH_BAG_OFFER,
                       rule="grounding_attribute")


# --- another maker named as the measure, or as what the product works with ------------------------------

def test_another_maker_as_the_measure_or_as_what_it_works_with_is_another_brand():
    assert _blocks("Like a Kettlecraft, only quieter: the Hollowmere kettle boils 1.7 L for $40.00 with BOIL20.",
                   KETTLE, "en-US", KETTLE_OFFER, rule="comparison")
    assert not _blocks("Like a whisper, only hotter: the Hollowmere kettle boils 1.7 L for $40.00 with BOIL20.",
                       KETTLE, "en-US", KETTLE_OFFER)
    assert _blocks("Works with your Woodlane track too! Oakhollow's 40-piece beech railway is £28.00 with RAIL20.",
                   TRAIN, "en-GB", TRAIN_OFFER, rule="comparison")
    assert not _blocks("Works with your existing track too! Oakhollow's 40-piece beech railway is £28.00 with RAIL20.",
                       TRAIN, "en-GB", TRAIN_OFFER)
    assert not _blocks("Works with all Oakhollow sets. The 40-piece beech railway is £28.00 with RAIL20.", TRAIN,
                       "en-GB", TRAIN_OFFER)
    # well-known makers of slow cookers, mixers and toy trains, in any construction
    assert _blocks("Brew, simmer, done: a Crock-Pot fan's kettle for $40.00 with BOIL20.", KETTLE, "en-US",
                   KETTLE_OFFER, rule="grounding_brand")
    assert _blocks("Room for your BRIO bridges too: Oakhollow railway, £28.00 with RAIL20.", TRAIN, "en-GB",
                   TRAIN_OFFER, rule="grounding_brand")
    # a common English word capitalised as a proper adjective before a noun names a kind of thing, no maker;
    # an unknown name before a noun still does
    assert not _blocks("Like a Victorian kitchen, only warmer: the Hollowmere kettle boils 1.7 L for $40.00 with "
                       "BOIL20.", KETTLE, "en-US", KETTLE_OFFER, rule="comparison")
    assert not _blocks("Like a Sunday brunch, only quicker: the Hollowmere kettle boils 1.7 L for $40.00 with BOIL20.",
                       KETTLE, "en-US", KETTLE_OFFER, rule="comparison")
    assert _blocks("Like a Kettlecraft kettle, only quieter: the Hollowmere boils 1.7 L for $40.00 with BOIL20.",
                   KETTLE, "en-US", KETTLE_OFFER, rule="comparison")
