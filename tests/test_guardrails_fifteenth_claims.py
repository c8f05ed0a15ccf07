"""Claims, insults and cut or foreign copy the fifteenth frozen set (new catalogues) exposed, each
tested on examples written here, never that set's rows. Law: a product said to lower the risk of a
condition of infants (cot death), to diagnose or warn of a condition (预警心脏病, 'an early warning
of heart disease'), or to match or replace a medical check ('more accurate than a hospital
check-up', 比医院体检还准). Safety: the reader told not to be a person a derogatory word runs down
('Don't be a lazy, useless cook'), a woman named by a fault or with contempt (懒女人, 老太婆), and
people named by their age or sex told an activity is not for them ('Old men shouldn't dance',
老太太就别玩滑板了). Form: a copy cut inside a month's name ('until 30 Se'), or on an infinitive with
no object ('use CODE to get'); a short line in another language whose other words are English
ones, told by a letter English does not write. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

COT = {"item_id": "C1", "title": "Hazelbrook Breathable Cot Mattress, 60 x 120 cm", "brand": "Hazelbrook",
       "category": "Cot Mattresses", "price": 72.0, "list_price": 90.0, "currency": "GBP",
       "attributes": {"core": "pocket springs", "cover": "removable, washable at 60°C", "size": "60 x 120 cm"},
       "stock": 30}
COT_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "COT20"}

SLEEP_SACK = {"item_id": "S1", "title": "小睡鼠 婴儿睡袋 2.5托格", "brand": "小睡鼠", "category": "婴儿睡袋", "price": 191.2,
              "list_price": 239.0, "currency": "CNY", "attributes": {"面料": "纯棉", "拉链": "双向拉链", "托格": "2.5"},
              "stock": 80}
SACK_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "SHUI20"}

SCALE = {"item_id": "W1", "title": "Brightway Smart Bathroom Scale", "brand": "Brightway", "category": "Bathroom Scales",
         "price": 36.0, "list_price": 45.0, "currency": "USD",
         "attributes": {"measures": "weight, body fat, BMI", "app": "Brightway Fit", "capacity": "400 lb"}, "stock": 50}
SCALE_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "FIT20"}

WATCH = {"item_id": "H1", "title": "星跃 智能手表 S3 曜石黑", "brand": "星跃", "category": "智能穿戴", "price": 399.0,
         "list_price": 499.0, "currency": "CNY",
         "attributes": {"功能": "心率监测、血氧监测、睡眠监测", "续航": "10天", "防水": "5ATM"}, "stock": 100}
WATCH_OFFER = {"discount_pct": 20, "ends": "2027-05-20", "code": "XING20"}

PAN = {"item_id": "P1", "title": "Ironvale Cast Iron Skillet, 10 in", "brand": "Ironvale", "category": "Skillets",
       "price": 28.0, "list_price": 35.0, "currency": "USD",
       "attributes": {"material": "pre-seasoned cast iron", "size": "10 in", "oven safe": "to 500°F"}, "stock": 60}
PAN_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "SEAR20"}

MOP = {"item_id": "M1", "title": "洁屋 平板拖把 免手洗", "brand": "洁屋", "category": "拖把", "price": 63.2,
       "list_price": 79.0, "currency": "CNY", "attributes": {"拖布": "超细纤维", "杆长": "1.3米"}, "stock": 90}
MOP_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "JIE20"}

SKATEBOARD = {"item_id": "K1", "title": "板途 双翘滑板 枫木", "brand": "板途", "category": "滑板", "price": 239.2,
              "list_price": 299.0, "currency": "CNY", "attributes": {"板面": "7层加拿大枫木", "轮子": "52毫米PU轮"},
              "stock": 40}
BOARD_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "BAN20"}

SHOES = {"item_id": "D1", "title": "Twirlwell Leather Ballroom Shoes, Men's", "brand": "Twirlwell",
         "category": "Dance Shoes", "price": 64.0, "list_price": 80.0, "currency": "GBP",
         "attributes": {"upper": "leather", "sole": "suede", "heel": "2.5 cm"}, "stock": 25}
SHOES_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "DANCE20"}

KETTLE = {"item_id": "T1", "title": "Copperleigh Stovetop Kettle, 2 L", "brand": "Copperleigh", "category": "Kettles",
          "price": 44.0, "list_price": 55.0, "currency": "GBP",
          "attributes": {"material": "stainless steel", "capacity": "2 L", "whistle": "yes"}, "stock": 35}
KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "BREW20"}


# --- law: medical claims -------------------------------------------------------------------------------

def test_a_lower_risk_of_cot_death_is_a_medical_claim():
    bad = check_row("Shown to lower the risk of cot death. Hazelbrook cot mattress, £72.00 with COT20.", COT, "en-GB",
                    offer=COT_OFFER)
    assert "medical_claim" in blocking(bad)
    bad2 = check_row("Helps prevent SIDS: the Hazelbrook breathable mattress, £72.00 with COT20.", COT, "en-GB",
                     offer=COT_OFFER)
    assert "medical_claim" in blocking(bad2)
    ok = check_row("Pocket springs and a cover you can wash at 60°C. Hazelbrook cot mattress, £72.00 with COT20.",
                   COT, "en-GB", offer=COT_OFFER)
    assert "medical_claim" not in blocking(ok)
    bad_zh = check_row("有效降低婴儿猝死风险，小睡鼠婴儿睡袋SHUI20到手191.20元。", SLEEP_SACK, "zh-CN", offer=SACK_OFFER)
    assert "medical_claim" in blocking(bad_zh)
    ok_zh = check_row("纯棉面料，双向拉链，小睡鼠婴儿睡袋SHUI20到手191.20元。", SLEEP_SACK, "zh-CN", offer=SACK_OFFER)
    assert "medical_claim" not in blocking(ok_zh)


def test_a_diagnosis_or_warning_of_a_condition_is_a_medical_claim():
    bad = check_row("Step on each morning for an early warning of heart disease. $36.00 with FIT20.", SCALE, "en-US",
                    offer=SCALE_OFFER)
    assert "medical_claim" in blocking(bad)
    bad2 = check_row("The scale that diagnoses obesity before your doctor does. $36.00 with FIT20.", SCALE, "en-US",
                     offer=SCALE_OFFER)
    assert "medical_claim" in blocking(bad2)
    ok = check_row("Weight, body fat and BMI in the Brightway Fit app. $36.00 with FIT20.", SCALE, "en-US",
                   offer=SCALE_OFFER)
    assert "medical_claim" not in blocking(ok)
    bad_zh = check_row("星跃S3全天守护，提前发现糖尿病，XING20到手399.00元。", WATCH, "zh-CN", offer=WATCH_OFFER)
    assert "medical_claim" in blocking(bad_zh)
    bad_zh2 = check_row("戴上星跃S3，随时预警冠心病。XING20到手399.00元。", WATCH, "zh-CN", offer=WATCH_OFFER)
    assert "medical_claim" in blocking(bad_zh2)
    ok_zh = check_row("心率、血氧、睡眠都能看，星跃S3，XING20到手399.00元。", WATCH, "zh-CN", offer=WATCH_OFFER)
    assert "medical_claim" not in blocking(ok_zh)


def test_a_product_likened_to_a_medical_check_is_a_medical_claim():
    bad = check_row("More accurate than a hospital check-up, from your bathroom floor. $36.00 with FIT20.", SCALE,
                    "en-US", offer=SCALE_OFFER)
    assert "medical_claim" in blocking(bad)
    bad2 = check_row("No need for a blood test: Brightway reads your body fat. $36.00 with FIT20.", SCALE, "en-US",
                     offer=SCALE_OFFER)
    assert "medical_claim" in blocking(bad2)
    ok = check_row("Just what the doctor ordered for your morning weigh-in: $36.00 with FIT20.", SCALE, "en-US",
                   offer=SCALE_OFFER)
    assert "medical_claim" not in blocking(ok)
    bad_zh = check_row("星跃S3测得比去医院检查还准，XING20到手399.00元。", WATCH, "zh-CN", offer=WATCH_OFFER)
    assert "medical_claim" in blocking(bad_zh)
    bad_zh2 = check_row("手腕上的私人医生，堪比医院体检，XING20到手399.00元。", WATCH, "zh-CN", offer=WATCH_OFFER)
    assert "medical_claim" in blocking(bad_zh2)
    ok_zh = check_row("续航比上一代更久，星跃S3，XING20到手399.00元。", WATCH, "zh-CN", offer=WATCH_OFFER)
    assert "medical_claim" not in blocking(ok_zh)


# --- safety: insults aimed at a group or the reader ------------------------------------------------------

def test_the_reader_told_not_to_be_a_useless_someone_is_an_insult():
    bad = check_row("Don't be a lazy, useless cook: Ironvale skillet $28.00 with SEAR20", PAN, "en-US",
                    channel="email_subject", offer=PAN_OFFER)
    assert "toxicity" in blocking(bad)
    bad2 = check_row("Stop being such a clueless home chef. Ironvale cast iron skillet, $28.00 with SEAR20.", PAN,
                     "en-US", channel="social", offer=PAN_OFFER)
    assert "toxicity" in blocking(bad2)
    ok = check_row("Don't be a hopeless romantic about nonstick: Ironvale cast iron, $28.00 with SEAR20.", PAN, "en-US",
                   channel="social", offer=PAN_OFFER)
    assert "toxicity" not in blocking(ok)
    ok2 = check_row("Don't buy a useless nonstick pan again: Ironvale cast iron, $28.00 with SEAR20.", PAN, "en-US",
                    channel="social", offer=PAN_OFFER)
    assert "toxicity" not in blocking(ok2)


def test_a_woman_named_by_a_fault_is_an_insult():
    bad_zh = check_row("家里乱糟糟的邋遢女人，快换洁屋平板拖把，JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    assert "toxicity" in blocking(bad_zh)
    bad_zh2 = check_row("地都不拖的懒女人看过来，洁屋平板拖把JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    assert "toxicity" in blocking(bad_zh2)
    bad_zh3 = check_row("老太婆都会用，洁屋平板拖把免手洗，JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    assert "toxicity" in blocking(bad_zh3)
    ok_zh = check_row("懒人也爱拖地，洁屋平板拖把免手洗，JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    ok_zh2 = check_row("怕显老女人更要早睡，拖地就交给洁屋平板拖把，JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    assert "toxicity" not in blocking(ok_zh2)
    assert "toxicity" not in blocking(ok_zh)


def test_people_told_an_activity_is_not_for_their_age_or_sex_is_an_insult():
    bad = check_row("Old men shouldn't dance, but everyone else: Twirlwell ballroom shoes £64.00 with DANCE20", SHOES,
                    "en-GB", channel="social", offer=SHOES_OFFER)
    assert "toxicity" in blocking(bad)
    bad2 = check_row("Grannies have no business dancing. The rest of you: Twirlwell shoes, £64.00 with DANCE20.", SHOES,
                     "en-GB", channel="social", offer=SHOES_OFFER)
    assert "toxicity" in blocking(bad2)
    ok = check_row("Older dancers shouldn't dance without a good heel: Twirlwell shoes, £64.00 with DANCE20.", SHOES,
                   "en-GB", channel="social", offer=SHOES_OFFER)
    assert "toxicity" not in blocking(ok)
    ok2 = check_row("Women shouldn't have to pay more for good shoes: Twirlwell, £64.00 with DANCE20.", SHOES,
                    "en-GB", channel="social", offer=SHOES_OFFER)
    assert "toxicity" not in blocking(ok2)
    bad_zh = check_row("老太太就别玩滑板了，年轻人冲！板途枫木滑板BAN20到手239.20元。", SKATEBOARD, "zh-CN",
                       offer=BOARD_OFFER)
    assert "toxicity" in blocking(bad_zh)
    ok_zh = check_row("女生别再犹豫，板途枫木滑板BAN20到手239.20元。", SKATEBOARD, "zh-CN", offer=BOARD_OFFER)
    assert "toxicity" not in blocking(ok_zh)


# --- form: cut copy and copy in another language ---------------------------------------------------------

def test_a_copy_cut_inside_a_months_name_is_truncated():
    bad = check_row("Copperleigh stovetop kettle, £44.00 with BREW20 until 30 Se", KETTLE, "en-GB", channel="social",
                    offer=KETTLE_OFFER)
    assert "truncated" in blocking(bad)
    bad2 = check_row("Copperleigh whistling kettle, £44.00 with BREW20 until Septem", KETTLE, "en-GB",
                     channel="social", offer=KETTLE_OFFER)
    assert "truncated" in blocking(bad2)
    ok = check_row("Copperleigh stovetop kettle, £44.00 with BREW20 until 30 Sept", KETTLE, "en-GB", channel="social",
                   offer=KETTLE_OFFER)
    assert "truncated" not in blocking(ok)


def test_a_copy_cut_on_an_infinitive_with_no_object_is_truncated():
    bad = check_row("The Ironvale skillet comes pre-seasoned and oven safe to 500°F. Use SEAR20 by September 30 to get",
                    PAN, "en-US", offer=PAN_OFFER)
    assert "truncated" in blocking(bad)
    ok = check_row("The Ironvale skillet comes pre-seasoned and oven safe to 500°F. Use SEAR20 by September 30 to save",
                   PAN, "en-US", offer=PAN_OFFER)
    assert "truncated" not in blocking(ok)
    ok2 = check_row("A pre-seasoned cast iron skillet is the one gift every cook would love to get", PAN, "en-US",
                    offer=PAN_OFFER)
    assert "truncated" not in blocking(ok2)


def test_a_short_line_with_a_letter_english_does_not_write_is_another_language():
    bad = check_row("Théière ou kettle? 44 £ avec BREW20", KETTLE, "en-GB", channel="email_subject",
                    offer=KETTLE_OFFER)
    assert "language_mismatch" in blocking(bad)
    bad2 = check_row("Kettle élégant, 44 £ avec BREW20", KETTLE, "en-GB", channel="email_subject",
                     offer=KETTLE_OFFER)
    assert "language_mismatch" in blocking(bad2)
    ok = check_row("Rosé por favor? Tea first: Copperleigh kettle, £44.00", KETTLE, "en-GB", channel="email_subject",
                   offer=KETTLE_OFFER)
    assert "language_mismatch" not in blocking(ok)
