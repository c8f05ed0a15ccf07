"""Claims the sixteenth frozen set (new catalogues) exposed, each tested on examples written here,
never that set's rows. Law: a food promised to make children grow taller or fall ill less often
('helps kids grow taller', 'fewer sick days', 补钙长高, 少生病), and a product said to prevent or
correct a condition of the spine or posture (scoliosis, a hunched back, 驼背, 高低肩). Each with a
near miss on the other side."""

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

