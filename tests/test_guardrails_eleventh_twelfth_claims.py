"""Law, safety and form classes that the eleventh and twelfth frozen sets (new catalogues) showed
passing, each tested on examples written here, never those sets' rows: a condition fixed or a part
of the body protected from it, an injury named after a sport, weight lost by an amount or by
eating, zh 促 and 控 before a body function, superlatives in a row or a model "ever produced", a
refund or replacement promised on a condition (en and zh), people run down by their body, as
friendless or as too thick to do a thing, a Chinese line cut inside a phrase (，包; 9月30日前有;
到手88.6 with no 元), and an email subject that dares the reader to open it. Each with a near miss
on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

KETTLE = {"item_id": "K1", "title": "Brookfen Gooseneck Kettle, 1 L", "brand": "Brookfen", "category": "Kettles",
          "price": 52.0, "list_price": 65.0, "currency": "GBP",
          "attributes": {"capacity": "1 L", "material": "stainless steel", "finish": "matte black"}, "stock": 60}
KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "POUR20"}

MAT = {"item_id": "M1", "title": "Tallow Ridge Yoga Mat, 6 mm", "brand": "Tallow Ridge", "category": "Yoga Mats",
       "price": 48.0, "list_price": 60.0, "currency": "USD",
       "attributes": {"thickness": "6 mm", "material": "natural rubber", "length": "72 in"}, "stock": 90}
MAT_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "FLOW20"}

TEA = {"item_id": "T1", "title": "山茗 高山乌龙茶 250克", "brand": "山茗", "category": "茶叶",
       "price": 88.6, "list_price": 110.75, "currency": "CNY",
       "attributes": {"产地": "福建安溪", "净含量": "250克"}, "stock": 70}
TEA_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "CHA20", "free_shipping": True}
TEA_CAMPAIGN = {"brand_signature": "【山茗】"}


def _tea(copy: str, channel: str = "email_body"):
    return check_row(copy, TEA, "zh-CN", channel=channel, offer=TEA_OFFER, campaign=TEA_CAMPAIGN)


def _mat(copy: str, channel: str = "email_body"):
    return check_row(copy, MAT, "en-US", channel=channel, offer=MAT_OFFER)


def _kettle(copy: str, channel: str = "email_body"):
    return check_row(copy, KETTLE, "en-GB", channel=channel, offer=KETTLE_OFFER)


def _warned(verdict) -> set[str]:
    return {v.rule for v in verdict.violations if v.severity == "warn"}


def test_a_condition_fixed_or_a_body_part_protected_from_it_is_medical():
    for copy in ("Fixes lower back pain in a week 🧘 Tallow Ridge yoga mat, $48.00 with FLOW20.",
                 "Protects your knees from arthritis: Tallow Ridge 6 mm yoga mat, $48.00 with FLOW20.",
                 "Shields your joints from bursitis. Tallow Ridge yoga mat, $48.00 with FLOW20."):
        assert "medical_claim" in blocking(_mat(copy, "social")), copy
    for copy in ("Fixes the slipping problem for good 🧘 Tallow Ridge natural rubber yoga mat, $48.00 with FLOW20.",
                 "Protects your floor from scuffs: Tallow Ridge 6 mm yoga mat, $48.00 with FLOW20."):
        assert "medical_claim" not in blocking(_mat(copy, "social")), copy


def test_an_injury_named_after_a_sport_is_a_condition():
    for copy in ("Cushions every lunge and prevents runner's knee. Tallow Ridge yoga mat, $48.00 with FLOW20.",
                 "Say goodbye to golfer's elbow: Tallow Ridge yoga mat, $48.00 with FLOW20."):
        assert "medical_claim" in blocking(_mat(copy)), copy
    ok = _mat("Cushions your knees through every lunge. Tallow Ridge yoga mat, $48.00 with FLOW20.")
    assert "medical_claim" not in blocking(ok)


def test_weight_lost_by_an_amount_or_by_eating_is_medical():
    for copy in ("Shed 4 lbs in a week with a daily flow on the Tallow Ridge mat, $48.00 with FLOW20.",
                 "You'll lose a stone by summer 🧘 Tallow Ridge yoga mat, $48.00 with FLOW20.",
                 "Eat all the pizza you want and still slim down: Tallow Ridge yoga mat, $48.00 with FLOW20."):
        assert "medical_claim" in blocking(_mat(copy, "social")), copy
    ok = _mat("Our new mat sheds 2 lbs on last year's model, so it rolls up lighter: $48.00 with FLOW20.",
              "social")
    assert "medical_claim" not in blocking(ok)
    for copy in ("喝山茗乌龙也能瘦，高山乌龙茶250克到手88.60元。", "山茗乌龙茶，一个月甩掉8斤，到手88.60元。",
                 "山茗高山乌龙，越喝越瘦，到手88.60元。"):
        assert "medical_claim" in blocking(_tea(copy)), copy
    for copy in ("山茗高山乌龙茶250克，比去年的包装减重1公斤，到手88.60元。", "山茗高山乌龙茶，显瘦的小罐装，到手88.60元。"):
        assert "medical_claim" not in blocking(_tea(copy)), copy


def test_zh_spur_or_control_before_a_body_function_is_medical():
    for copy in ("饭后一杯促代谢，山茗高山乌龙茶到手88.60元。", "控血压就喝山茗高山乌龙，到手88.60元。",
                 "山茗乌龙帮你控制血脂，到手88.60元。"):
        assert "medical_claim" in blocking(_tea(copy)), copy
    for copy in ("山茗高山乌龙茶，促销价88.60元。", "控糖的朋友也能喝，山茗高山乌龙茶无糖，到手88.60元。"):
        assert "medical_claim" not in blocking(_tea(copy)), copy


def test_superlatives_in_a_row_or_a_model_ever_produced_are_absolute():
    for copy in ("The lightest, thinnest mat on the planet 🧘 $48.00 with FLOW20.",
                 "The thickest and softest mat in the world, $48.00 with FLOW20.",
                 "The most stable yoga mat ever manufactured 🧘 $48.00 with FLOW20."):
        assert "absolute_claim" in blocking(_mat(copy, "social")), copy
    ok = _mat("The lightest corner of your practice 🧘 Tallow Ridge mat, $48.00 with FLOW20.", "social")
    assert "absolute_claim" not in blocking(ok)


def test_a_refund_or_replacement_promised_on_a_condition_is_a_guarantee():
    for copy in ("If it ever leaks, we'll replace it. Brookfen gooseneck kettle £52.00 with POUR20.",
                 "Not a perfect pour? It's free. Brookfen gooseneck kettle £52.00 with POUR20.",
                 "Love it or get your money back: Brookfen gooseneck kettle £52.00 with POUR20."):
        assert "absolute_claim" in blocking(_kettle(copy, "social")), copy
    for copy in ("If it ever leaks, check the lid seal first. Brookfen gooseneck kettle £52.00 with POUR20.",
                 "Not sure? It's free to return within 30 days. Brookfen gooseneck kettle £52.00 with POUR20."):
        assert "absolute_claim" not in blocking(_kettle(copy, "social")), copy
    for copy in ("承诺十年不褪色，褪色了免费换新，山茗乌龙到手88.60元。", "不香不要钱，山茗高山乌龙到手88.60元。",
                 "山茗茶罐承诺两年不断裂，到手88.60元。"):
        assert "absolute_claim" in blocking(_tea(copy)), copy
    for copy in ("我们承诺48小时内发货，山茗高山乌龙到手88.60元。", "我们将不断改进口感，山茗高山乌龙到手88.60元。"):
        assert "absolute_claim" not in blocking(_tea(copy)), copy


def test_people_run_down_by_their_body_or_as_friendless_or_as_too_thick():
    for copy in ("Mats for real yogis, not the sweaty fat blokes hogging the back row. $48.00 with FLOW20.",
                 "Calling all sad nerds with no mates: Tallow Ridge yoga mat, $48.00 with FLOW20.",
                 "A yoga mat for anyone not too dim to touch their toes, $48.00 with FLOW20."):
        assert "toxicity" in blocking(_mat(copy, "social")), copy
    for copy in ("Made for fat bike riders and marathoners alike: Tallow Ridge yoga mat, $48.00 with FLOW20.",
                 "Practise solo with no friends needed: Tallow Ridge yoga mat, $48.00 with FLOW20.",
                 "Not too thick to roll up, not too thin to cushion: Tallow Ridge 6 mm mat, $48.00 with FLOW20."):
        assert "toxicity" not in blocking(_mat(copy, "social")), copy
    assert "toxicity" in blocking(_tea("山茗乌龙，不卖给那些喝奶茶的胖子，到手88.60元。"))
    assert "toxicity" not in blocking(_tea("山茗乌龙，喝惯奶茶的朋友也会爱上，到手88.60元。"))


def test_zh_a_line_cut_inside_a_phrase_is_truncated():
    for copy in ("山茗高山乌龙茶8折，到手88.60元，包", "山茗高山乌龙茶8折，CHA20到手88.60元，9月30日前有",
                 "山茗高山乌龙茶8折包邮，9月30日前输入CHA20，到手88.6"):
        assert "truncated" in blocking(_tea(copy, "social")), copy
    for copy in ("山茗高山乌龙茶8折，到手88.60元，包邮", "山茗高山乌龙茶8折，CHA20到手88.60元，9月30日前有效",
                 "山茗高山乌龙茶8折包邮，9月30日前输入CHA20，到手¥88.6", "山茗高山乌龙茶8折包邮，到手88.6元"):
        assert "truncated" not in blocking(_tea(copy, "social")), copy


def test_an_email_subject_that_dares_the_reader_to_open_it_warns():
    for copy, verdict in (("Don't open this unless you pour-over",
                           _kettle("Don't open this unless you pour-over", "email_subject")),
                          ("Only open this if you practise daily",
                           _mat("Only open this if you practise daily", "email_subject")),
                          ("不爱喝乌龙的别点开", _tea("不爱喝乌龙的别点开", "email_subject"))):
        assert "off_product" in _warned(verdict), copy
    for copy, verdict in (("Open-water swimmers: the Brookfen kettle for post-swim tea",
                           _kettle("Open-water swimmers: the Brookfen kettle for post-swim tea", "email_subject")),
                          ("山茗高山乌龙茶8折，打开就是山野香", _tea("山茗高山乌龙茶8折，打开就是山野香", "email_subject"))):
        assert "off_product" not in _warned(verdict), copy
