"""Classes of copy the fourteenth frozen set (new catalogues) exposed in the truth tier, each tested
on examples written here, never that set's rows. Correct copy that was blocked: a size written
'N by M unit' ('6 by 3.5 feet') read as a date after "by", a possessive weekday naming an occasion
('Sunday's match'), and an animal named in the copy of a product made for animals whose record
names none (a cat tree, an aquarium). Harm that passed: items chained by '+' and sold together
('Bat + balls + bag, all for $30') and a Chinese '+...组合装' item judged by its first characters, not
its head (洗发水); another maker's product likened by the reader's love of it ('Love your Brand X?
Meet the ...') or by a Chinese 和...一个感觉; plain materials no lexicon held (steel, 全金属) and a
leather of another hide than the record's ('calfskin' for cowhide); and features of appliances and
food no lexicon held (语音播报, 远程控制, 'zero sugar'). Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

RUG = {"item_id": "R1", "title": "Fernway Jute Hall Runner, Natural", "brand": "Fernway", "category": "Rugs",
       "price": 48.0, "list_price": 60.0, "currency": "USD",
       "attributes": {"material": "hand-woven jute", "size": "6 x 3.5 ft", "colour": "natural"}, "stock": 40}
RUG_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "JUTE20"}

SHINPADS = {"item_id": "S1", "title": "Cornerflag Youth Shin Pads, Medium", "brand": "Cornerflag",
            "category": "Football Shin Pads", "price": 13.5, "list_price": 15.0, "currency": "GBP",
            "attributes": {"size": "medium (ages 9 to 12)", "shell": "moulded polypropylene", "backing": "EVA foam"},
            "stock": 120}
SHINPADS_OFFER = {"discount_pct": 10, "ends": "2027-09-30", "code": "PADS10"}

CAT_TREE = {"item_id": "C1", "title": "Whiskerden Cat Tree, 120 cm, Beige", "brand": "Whiskerden",
            "category": "Pet Furniture", "price": 60.0, "list_price": 75.0, "currency": "GBP",
            "attributes": {"height": "120 cm", "posts": "jute rope", "platforms": "three, beige plush"}, "stock": 30}
CAT_TREE_OFFER = {"discount_pct": 20, "ends": "2027-03-31", "code": "CLIMB20"}

AQUARIUM = {"item_id": "A1", "title": "清渠 桌面鱼缸 20升 超白玻璃", "brand": "清渠", "category": "水族用品", "price": 159.2,
            "list_price": 199.0, "currency": "CNY",
            "attributes": {"容量": "20升", "材质": "超白玻璃", "尺寸": "40x25x28厘米"}, "stock": 80}
AQUARIUM_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "QQ20"}

CANDLE = {"item_id": "K1", "title": "Emberlight Soy Candle, Fig, 200 g", "brand": "Emberlight", "category": "Candles",
          "price": 16.0, "list_price": 20.0, "currency": "GBP",
          "attributes": {"wax": "soy", "scent": "fig leaf", "burn time": "40 hours"}, "stock": 70}
CANDLE_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "FIG20"}


# --- correct copy that was blocked ---------------------------------------------------------------

def test_a_size_written_n_by_m_is_no_date_after_by():
    ok = check_row("Hand-woven jute, 6 by 3.5 ft, for the hall. $48.00 with JUTE20 until May 31.", RUG, "en-US",
                   offer=RUG_OFFER)
    assert "grounding_date" not in blocking(ok)
    ok = check_row("Natural jute that runs the length of a hall at 6 by 3.5 feet. $48.00 with JUTE20 until May 31.",
                   RUG, "en-US", offer=RUG_OFFER)
    assert "grounding_date" not in blocking(ok)
    # a date after "by" that names no size is still a deadline the offer must end on
    bad = check_row("Order by 4.5 for $48.00 with JUTE20: hand-woven jute, 6 x 3.5 ft.", RUG, "en-US",
                    offer=RUG_OFFER)
    assert "grounding_date" in blocking(bad)


def test_a_possessive_weekday_before_an_occasion_is_no_deadline():
    ok = check_row("Sunday's match or Wednesday practice, Cornerflag shin pads are £13.50 with PADS10 until "
                   "30 September.", SHINPADS, "en-GB", offer=SHINPADS_OFFER)
    assert "grounding_date" not in blocking(ok)
    bad = check_row("Sunday's sale: Cornerflag shin pads, £13.50 with PADS10.", SHINPADS, "en-GB",
                    offer=SHINPADS_OFFER)
    assert "grounding_date" in blocking(bad)


def test_an_animal_in_the_copy_of_a_product_made_for_animals_is_on_topic():
    ok = check_row("Cats climb. Give them 120 cm of jute posts and three plush platforms: £60.00 with CLIMB20 "
                   "until 31 March.", CAT_TREE, "en-GB", offer=CAT_TREE_OFFER)
    assert "off_topic" not in blocking(ok)
    ok = check_row("给你家的宠物鱼一个20升的家：清渠超白玻璃桌面鱼缸，QQ20到手159.20元。", AQUARIUM, "zh-CN",
                   offer=AQUARIUM_OFFER)
    assert "off_topic" not in blocking(ok)
    # an animal in a candle's copy is still off its topic
    bad = check_row("Cats love a warm room: Emberlight fig soy candle, £16.00 with FIG20.", CANDLE, "en-GB",
                    offer=CANDLE_OFFER)
    assert "off_topic" in blocking(bad)


# --- harm that passed -----------------------------------------------------------------------------

CRICKET_BAT = {"item_id": "B1", "title": "Longstop Junior Cricket Bat, Size 4", "brand": "Longstop",
               "category": "Cricket Bats", "price": 30.0, "list_price": 40.0, "currency": "USD",
               "attributes": {"willow": "kashmir willow", "size": "4 (ages 8 to 10)", "grip": "rubber"}, "stock": 60}
BAT_OFFER = {"discount_pct": 25, "ends": "2027-08-31", "code": "BAT25"}

WALNUT_OIL = {"item_id": "W1", "title": "秦岭坊 核桃油 冷榨 500毫升", "brand": "秦岭坊", "category": "食用油", "price": 79.2,
              "list_price": 99.0, "currency": "CNY",
              "attributes": {"产地": "陕西商洛", "工艺": "物理冷榨", "净含量": "500毫升", "配料": "核桃仁"}, "stock": 90}
WALNUT_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "HT20"}


def test_items_chained_by_plus_and_sold_together_must_be_the_records():
    bad = check_row("Junior bat + ball + kit bag, all for $30.00 with BAT25.", CRICKET_BAT, "en-US",
                    channel="email_subject", offer=BAT_OFFER)
    assert "grounding_attribute" in blocking(bad)
    # the offer's own gift after a '+' and the record's parts are no invented item
    ok = check_row("Junior bat + cover, all for $30.00 with BAT25.", CRICKET_BAT, "en-US",
                   channel="email_subject", offer=dict(BAT_OFFER, gift="a bat cover"))
    assert not blocking(ok)
    ok = check_row("Kashmir willow + rubber grip, all for $30.00 with BAT25.", CRICKET_BAT, "en-US",
                   channel="email_subject", offer=BAT_OFFER)
    assert not blocking(ok)


def test_a_zh_item_before_a_bundle_noun_is_judged_by_its_head():
    bad = check_row("核桃油+核桃酥礼盒装，HT20到手79.20元。", WALNUT_OIL, "zh-CN", channel="email_subject",
                    offer=WALNUT_OFFER)
    assert "grounding_attribute" in blocking(bad)
    bad = check_row("核桃油+核桃护手霜组合装，HT20到手79.20元。", WALNUT_OIL, "zh-CN", channel="email_subject",
                    offer=WALNUT_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("核桃油+核桃夹套装，HT20到手79.20元。", WALNUT_OIL, "zh-CN", channel="email_subject",
                   offer=dict(WALNUT_OFFER, gift="核桃夹一个"))
    assert "grounding_attribute" not in blocking(ok)


KITE = {"item_id": "K2", "title": "Gustline Stunt Kite, 1.8 m, Red", "brand": "Gustline", "category": "Stunt Kites",
        "price": 45.0, "list_price": 50.0, "currency": "USD",
        "attributes": {"span": "1.8 m", "frame": "fiberglass", "lines": "two 25 m lines", "color": "red"}, "stock": 50}
KITE_OFFER = {"discount_pct": 10, "ends": "2027-07-31", "code": "GUST10"}

FOUNTAIN_PEN = {"item_id": "P2", "title": "墨舟 钢笔 EF尖 墨蓝", "brand": "墨舟", "category": "钢笔", "price": 71.2,
                "list_price": 89.0, "currency": "CNY", "attributes": {"笔尖": "EF尖", "颜色": "墨蓝", "上墨": "吸墨器"},
                "stock": 60}
PEN_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "MZ20"}


def test_another_makers_product_the_reader_loves_then_ours_in_its_place_is_a_comparison():
    bad = check_row("Love your Skyward Falcon? Meet the Gustline: 1.8 m span, $45.00 with GUST10.", KITE, "en-US",
                    offer=KITE_OFFER)
    assert "comparison" in blocking(bad)
    bad = check_row("Outgrown your Breezer Pro? Try the Gustline stunt kite, $45.00 with GUST10.", KITE, "en-US",
                    offer=KITE_OFFER)
    assert "comparison" in blocking(bad)
    ok = check_row("Love your beach days? Meet the Gustline: 1.8 m span, $45.00 with GUST10.", KITE, "en-US",
                   offer=KITE_OFFER)
    assert "comparison" not in blocking(ok)


def test_a_zh_likeness_of_feel_to_a_named_product_is_a_comparison():
    bad = check_row("写起来和Kestrel Nine一个手感：墨舟EF尖钢笔，MZ20到手71.20元。", FOUNTAIN_PEN, "zh-CN",
                    offer=PEN_OFFER)
    assert "comparison" in blocking(bad)
    ok = check_row("写起来和铅笔一个感觉，顺滑不刮纸：墨舟EF尖钢笔，MZ20到手71.20元。", FOUNTAIN_PEN, "zh-CN",
                   offer=PEN_OFFER)
    assert "comparison" not in blocking(ok)


PLANTER = {"item_id": "G1", "title": "Thornbury Window Box Planter, 60 cm, Sage", "brand": "Thornbury",
           "category": "Planters", "price": 20.0, "list_price": 25.0, "currency": "GBP",
           "attributes": {"length": "60 cm", "colour": "sage", "drainage": "four holes"}, "stock": 40}
PLANTER_STEEL = dict(PLANTER, attributes={**PLANTER["attributes"], "material": "galvanised steel"})
PLANTER_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "BOX20"}

KETTLE_ZH = {"item_id": "E1", "title": "暖川 电热水壶 1.5升", "brand": "暖川", "category": "电热水壶", "price": 103.2,
             "list_price": 129.0, "currency": "CNY",
             "attributes": {"容量": "1.5升", "功率": "1800瓦", "保温": "4小时"}, "stock": 200}
KETTLE_ZH_STEEL = dict(KETTLE_ZH, attributes={**KETTLE_ZH["attributes"], "材质": "304不锈钢内胆与外壳"})
KETTLE_ZH_SMART = dict(KETTLE_ZH, attributes={**KETTLE_ZH["attributes"], "智能": "语音播报、手机APP远程控制"})
KETTLE_ZH_OFFER = {"discount_pct": 20, "ends": "2027-06-18", "code": "NC20"}

GRANOLA = {"item_id": "N1", "title": "Morrow Oat Granola, Maple Pecan, 400 g", "brand": "Morrow", "category": "Granola",
           "price": 6.0, "list_price": 7.5, "currency": "USD",
           "attributes": {"flavor": "maple pecan", "weight": "400 g", "fiber": "5 g per serving"}, "stock": 300}
GRANOLA_NO_SUGAR = dict(GRANOLA, attributes={**GRANOLA["attributes"], "sweetened": "no added sugar, dates only"})
GRANOLA_OFFER = {"discount_pct": 20, "ends": "2027-03-31", "code": "OAT20"}


def test_a_plain_material_the_record_lacks_is_invented():
    bad = check_row("Galvanized steel, built for years of watering. The Thornbury planter is £20.00 with BOX20.",
                    PLANTER, "en-GB", offer=PLANTER_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("Galvanised steel, built for years of watering. The Thornbury planter is £20.00 with BOX20.",
                   PLANTER_STEEL, "en-GB", offer=PLANTER_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    # steel named as a colour is no material
    ok = check_row("Sage, not steel grey: the Thornbury planter, 60 cm, £20.00 with BOX20.", PLANTER, "en-GB",
                   offer=PLANTER_OFFER)
    assert "grounding_attribute" not in blocking(ok)


def test_a_zh_all_metal_claim_needs_a_metal_in_the_record():
    bad = check_row("全金属外壳，暖川1.5升电热水壶，NC20到手103.20元。", KETTLE_ZH, "zh-CN", channel="email_subject",
                    offer=KETTLE_ZH_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("全金属外壳，暖川1.5升电热水壶，NC20到手103.20元。", KETTLE_ZH_STEEL, "zh-CN", channel="email_subject",
                   offer=KETTLE_ZH_OFFER)
    assert "grounding_attribute" not in blocking(ok)


def test_an_appliances_voice_and_remote_features_must_be_the_records():
    bad = check_row("支持语音提示和手机远程控制，暖川电热水壶NC20到手103.20元。", KETTLE_ZH, "zh-CN", channel="email_subject",
                    offer=KETTLE_ZH_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("语音播报加APP远程控制，暖川电热水壶NC20到手103.20元。", KETTLE_ZH_SMART, "zh-CN", channel="email_subject",
                   offer=KETTLE_ZH_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("语音控制，一句话烧水：暖川电热水壶NC20到手103.20元。", KETTLE_ZH, "zh-CN", channel="email_subject",
                    offer=KETTLE_ZH_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_a_nutrition_claim_of_no_sugar_must_be_the_records():
    bad = check_row("Zero sugar, all crunch: Morrow maple pecan granola, $6.00 with OAT20.", GRANOLA, "en-US",
                    channel="email_subject", offer=GRANOLA_OFFER)
    assert "grounding_attribute" in blocking(bad)
    bad = check_row("No added sugar, all crunch: Morrow maple pecan granola, $6.00 with OAT20.", GRANOLA, "en-US",
                    channel="email_subject", offer=GRANOLA_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("No added sugar, all crunch: Morrow maple pecan granola, $6.00 with OAT20.", GRANOLA_NO_SUGAR,
                   "en-US", channel="email_subject", offer=GRANOLA_OFFER)
    assert "grounding_attribute" not in blocking(ok)


WALLET = {"item_id": "W2", "title": "Ridgeway Bifold Wallet, Tan", "brand": "Ridgeway", "category": "Wallets",
          "price": 36.0, "list_price": 45.0, "currency": "USD",
          "attributes": {"leather": "full-grain cowhide", "colour": "tan", "slots": "six card slots"}, "stock": 80}
WALLET_OFFER = {"discount_pct": 20, "ends": "2027-11-30", "code": "FOLD20"}


def test_a_leather_of_another_hide_than_the_records_is_another_material():
    bad = check_row("Calfskin outside, goatskin lining: the Ridgeway bifold, $36.00 with FOLD20.", WALLET, "en-US",
                    channel="email_subject", offer=WALLET_OFFER)
    assert "grounding_attribute" in blocking(bad)
    bad = check_row("袋鼠皮钱包，Ridgeway对折款，FOLD20到手36美元。", WALLET, "zh-CN", channel="email_subject",
                    offer=WALLET_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("Full-grain cowhide: the Ridgeway bifold, $36.00 with FOLD20.", WALLET, "en-US",
                   channel="email_subject", offer=WALLET_OFFER)
    assert not blocking(ok)
