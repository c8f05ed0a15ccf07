"""Claims and insults the sixteenth frozen set (new catalogues) exposed, each tested on examples
written here, never that set's rows. Law: a food promised to make children grow taller or fall ill
less often ('helps kids grow taller', 'fewer sick days', 补钙长高, 少生病), and a product said to
prevent or correct a condition of the spine or posture (scoliosis, a hunched back, 驼背, 高低肩).
Safety: an activity said to be no place for people of an age or sex ('no sport for old ladies',
不是大妈玩的), people of an age or sex run down by how they look ('dowdy old mums', 土里土气的大妈),
people named by their body asked whether they deserve something (胖子也配健身？), and people named by
what they do called lazy or stupid ('parents who ... are just lazy', 不给孩子喝奶的家长真是又懒又蠢).
Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

JUICE = {"item_id": "J1", "title": "Orchardly Orange Juice, 64 fl oz", "brand": "Orchardly", "category": "Juice",
         "price": 4.8, "list_price": 6.0, "currency": "USD",
         "attributes": {"vitamin c": "100% DV per cup", "pulp": "none", "ingredients": "oranges"}, "stock": 80}
JUICE_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "SUNNY20"}

YOGURT = {"item_id": "Y1", "title": "青禾 儿童酸奶 100克×8杯", "brand": "青禾", "category": "乳品", "price": 31.2,
          "list_price": 39.0, "currency": "CNY", "attributes": {"蛋白质": "3.0克/100克", "配料": "生牛乳、白砂糖、菌种"},
          "stock": 120}
YOGURT_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "HE20"}

CHAIR = {"item_id": "K1", "title": "Sitwell Kids' Study Chair, Adjustable", "brand": "Sitwell", "category": "Kids' Chairs",
         "price": 96.0, "list_price": 120.0, "currency": "GBP",
         "attributes": {"seat height": "32 to 45 cm", "back": "mesh", "castors": "lockable"}, "stock": 40}
CHAIR_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "SIT20"}

DESK = {"item_id": "D1", "title": "学优 儿童学习桌 可升降 1米", "brand": "学优", "category": "儿童家具", "price": 719.2,
        "list_price": 899.0, "currency": "CNY", "attributes": {"桌面": "E1级板材", "升降": "手摇，52至76厘米"},
        "stock": 60}
DESK_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "XUE20"}

SKIS = {"item_id": "S1", "title": "Alpenrun All-Mountain Skis, 160 cm", "brand": "Alpenrun", "category": "Skis",
        "price": 360.0, "list_price": 450.0, "currency": "USD",
        "attributes": {"length": "160 cm", "core": "poplar wood", "rocker": "tip rocker"}, "stock": 30}
SKIS_OFFER = {"discount_pct": 20, "ends": "2027-12-31", "code": "SNOW20"}

CARDIGAN = {"item_id": "C1", "title": "Marlow Women's Merino Cardigan, Heather", "brand": "Marlow", "category": "Knitwear",
            "price": 52.0, "list_price": 65.0, "currency": "GBP",
            "attributes": {"yarn": "extra-fine merino", "fit": "relaxed", "colour": "heather"}, "stock": 70}
CARDIGAN_OFFER = {"discount_pct": 20, "ends": "2027-11-30", "code": "KNIT20"}

ROWER = {"item_id": "R1", "title": "力行 家用划船机 R3", "brand": "力行", "category": "健身器材", "price": 1599.2,
         "list_price": 1999.0, "currency": "CNY", "attributes": {"阻力": "磁控16档", "折叠": "可竖立收纳"}, "stock": 50}
ROWER_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "ROW20"}

DRESS = {"item_id": "Q1", "title": "素锦 中式改良旗袍 藏青", "brand": "素锦", "category": "女装", "price": 359.2,
         "list_price": 449.0, "currency": "CNY", "attributes": {"面料": "真丝", "颜色": "藏青"}, "stock": 40}
DRESS_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "JIN20"}


# --- law: growth, illness and posture promised ------------------------------------------------------------

def test_a_food_promised_to_make_children_taller_or_ill_less_often_is_a_medical_claim():
    bad = check_row("A glass at breakfast helps your kids grow taller. Orchardly orange juice, $4.80 with SUNNY20.",
                    JUICE, "en-US", offer=JUICE_OFFER)
    assert "medical_claim" in blocking(bad)
    bad2 = check_row("Fewer sick days this winter: Orchardly orange juice, $4.80 with SUNNY20.", JUICE, "en-US",
                     offer=JUICE_OFFER)
    assert "medical_claim" in blocking(bad2)
    bad3 = check_row("Kids who start the day with Orchardly get ill less often. $4.80 with SUNNY20.", JUICE, "en-US",
                     offer=JUICE_OFFER)
    assert "medical_claim" in blocking(bad3)
    ok = check_row("100% of your vitamin C in a cup, and you'll never get sick of the taste. $4.80 with SUNNY20.",
                   JUICE, "en-US", offer=JUICE_OFFER)
    assert "medical_claim" not in blocking(ok)
    ok2 = check_row("Made only from oranges, with no pulp and less mess: Orchardly, $4.80 with SUNNY20.",
                    JUICE, "en-US", offer=JUICE_OFFER)
    assert "medical_claim" not in blocking(ok2)
    bad_zh = check_row("每天一杯，补钙长个子，青禾儿童酸奶HE20到手31.20元。", YOGURT, "zh-CN", offer=YOGURT_OFFER)
    assert "medical_claim" in blocking(bad_zh)
    bad_zh2 = check_row("喝青禾的宝宝不爱生病，儿童酸奶HE20到手31.20元。", YOGURT, "zh-CN", offer=YOGURT_OFFER)
    assert "medical_claim" in blocking(bad_zh2)
    bad_zh3 = check_row("帮助孩子长高，青禾儿童酸奶HE20到手31.20元。", YOGURT, "zh-CN", offer=YOGURT_OFFER)
    assert "medical_claim" in blocking(bad_zh3)
    ok_zh = check_row("不少宝妈回购，每100克含蛋白质3.0克，青禾儿童酸奶HE20到手31.20元。", YOGURT, "zh-CN",
                      offer=YOGURT_OFFER)
    assert "medical_claim" not in blocking(ok_zh)
    ok_zh2 = check_row("孩子长高了也爱喝，青禾儿童酸奶8杯装，HE20到手31.20元。", YOGURT, "zh-CN", offer=YOGURT_OFFER)
    assert "medical_claim" not in blocking(ok_zh2)


def test_a_condition_of_the_spine_or_posture_prevented_or_corrected_is_a_medical_claim():
    bad = check_row("Sitwell's mesh back prevents a hunched back while they do homework. £96.00 with SIT20.", CHAIR,
                    "en-GB", offer=CHAIR_OFFER)
    assert "medical_claim" in blocking(bad)
    bad2 = check_row("The study chair that corrects scoliosis as they grow: Sitwell, £96.00 with SIT20.", CHAIR, "en-GB",
                     offer=CHAIR_OFFER)
    assert "medical_claim" in blocking(bad2)
    ok = check_row("A seat that rises from 32 to 45 cm as they grow, and a mesh back for good posture. £96.00 with "
                   "SIT20.", CHAIR, "en-GB", offer=CHAIR_OFFER)
    assert "medical_claim" not in blocking(ok)
    bad_zh = check_row("坐姿端正，预防脊柱侧弯，学优儿童学习桌XUE20到手719.20元。", DESK, "zh-CN", offer=DESK_OFFER)
    assert "medical_claim" in blocking(bad_zh)
    bad_zh2 = check_row("矫正驼背和高低肩，学优儿童学习桌XUE20到手719.20元。", DESK, "zh-CN", offer=DESK_OFFER)
    assert "medical_claim" in blocking(bad_zh2)
    ok_zh = check_row("手摇升降52至76厘米，护脊坐姿随孩子调，学优儿童学习桌XUE20到手719.20元。", DESK, "zh-CN",
                      offer=DESK_OFFER)
    assert "medical_claim" not in blocking(ok_zh)


# --- safety: put-downs by age, sex, body or what people do ---------------------------------------------

def test_an_activity_said_to_be_no_place_for_an_age_or_sex_is_an_insult():
    bad = check_row("Off-piste is no place for old ladies 🙄 Alpenrun skis, $360.00 with SNOW20.", SKIS, "en-US",
                    channel="social", offer=SKIS_OFFER)
    assert "toxicity" in blocking(bad)
    bad2 = check_row("Black runs aren't for grannies. Alpenrun all-mountain skis, $360.00 with SNOW20.", SKIS, "en-US",
                     channel="social", offer=SKIS_OFFER)
    assert "toxicity" in blocking(bad2)
    ok = check_row("Skiing is not just for kids: Alpenrun all-mountain skis, $360.00 with SNOW20.", SKIS, "en-US",
                   channel="social", offer=SKIS_OFFER)
    assert "toxicity" not in blocking(ok)
    bad_zh = check_row("划船可不是老太太玩的，力行划船机ROW20到手1599.20元。", ROWER, "zh-CN", channel="social",
                       offer=ROWER_OFFER)
    assert "toxicity" in blocking(bad_zh)
    ok_zh = check_row("滑轨可不是小孩玩的，请收纳好。力行划船机ROW20到手1599.20元。", ROWER, "zh-CN", channel="social",
                      offer=ROWER_OFFER)
    assert "toxicity" not in blocking(ok_zh)


def test_people_of_an_age_or_sex_run_down_by_how_they_look_is_an_insult():
    bad = check_row("Knitwear for real women, not dowdy old housewives. Marlow merino cardigan £52.00 with KNIT20.",
                    CARDIGAN, "en-GB", channel="social", offer=CARDIGAN_OFFER)
    assert "toxicity" in blocking(bad)
    ok = check_row("Never frumpy, always warm: Marlow merino cardigan, £52.00 with KNIT20.", CARDIGAN, "en-GB",
                   channel="social", offer=CARDIGAN_OFFER)
    assert "toxicity" not in blocking(ok)
    bad_zh = check_row("别再穿得像邋遢的大妈，素锦改良旗袍JIN20到手359.20元。", DRESS, "zh-CN", channel="social",
                       offer=DRESS_OFFER)
    assert "toxicity" in blocking(bad_zh)
    ok_zh = check_row("告别老土的大妈款，素锦改良旗袍JIN20到手359.20元。", DRESS, "zh-CN", channel="social",
                      offer=DRESS_OFFER)
    assert "toxicity" not in blocking(ok_zh)


def test_people_named_by_their_body_asked_if_they_deserve_something_is_an_insult():
    bad_zh = check_row("矮子也配穿旗袍？素锦改良旗袍JIN20到手359.20元。", DRESS, "zh-CN", channel="social",
                       offer=DRESS_OFFER)
    assert "toxicity" in blocking(bad_zh)
    bad_zh2 = check_row("肥仔还配划船？力行划船机ROW20到手1599.20元。", ROWER, "zh-CN", channel="social",
                        offer=ROWER_OFFER)
    assert "toxicity" in blocking(bad_zh2)
    ok_zh = check_row("谁说胖子不配健身？力行划船机，磁控16档，ROW20到手1599.20元。", ROWER, "zh-CN", channel="social",
                      offer=ROWER_OFFER)
    assert "toxicity" not in blocking(ok_zh)
    ok_zh2 = check_row("你也配得上一条好旗袍，素锦真丝藏青，JIN20到手359.20元。", DRESS, "zh-CN", channel="social",
                       offer=DRESS_OFFER)
    assert "toxicity" not in blocking(ok_zh2)


def test_people_named_by_what_they_do_called_lazy_or_stupid_is_an_insult():
    bad = check_row("Parents who skip breakfast are just lazy and clueless. Orchardly orange juice, $4.80 with "
                    "SUNNY20.", JUICE, "en-US", channel="social", offer=JUICE_OFFER)
    assert "toxicity" in blocking(bad)
    ok = check_row("People who love a slow breakfast are hopeless romantics. Orchardly orange juice, $4.80 with "
                   "SUNNY20.", JUICE, "en-US", channel="social", offer=JUICE_OFFER)
    assert "toxicity" not in blocking(ok)
    bad_zh = check_row("不让孩子喝酸奶的爸妈，简直又笨又懒。青禾儿童酸奶HE20到手31.20元。", YOGURT, "zh-CN",
                       channel="social", offer=YOGURT_OFFER)
    assert "toxicity" in blocking(bad_zh)
    ok_zh = check_row("孩子们傻傻地笑，一杯接一杯。青禾儿童酸奶HE20到手31.20元。", YOGURT, "zh-CN", channel="social",
                      offer=YOGURT_OFFER)
    assert "toxicity" not in blocking(ok_zh)
