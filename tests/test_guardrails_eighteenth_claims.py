"""Law, safety and form the eighteenth and nineteenth frozen sets (new catalogues) exposed, each
tested on examples written here, never those sets' rows. Law: a condition of food (food poisoning,
食物中毒) stopped, a condition shaken off or melted away, the airways cleared; years of free
replacement or of never breaking (五年包换, 三年用不坏); a sales run counted over a stretch of time
('sold 5,000 in an hour', 3分钟抢光5000件). Safety: a put-down passed on to the reader ('... and so
are you') or said of the reader's own people; a skill likened to a clumsy beast or a fool; people
named by their body told to stay away (胖子就别穿了); a prompt's instruction in square brackets, a
model's role, a requested style (请用朋友圈口吻写). Form: a line that stops on a contracted subject
and auxiliary ('and we'll') or on 'takes it'; a line in French with no English function word. Style:
a subject that holds a reveal back ('You won't believe who ...', 猜猜…什么). Each with a near miss on
the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

BOARD = {"item_id": "B1", "title": "Oakhurst Bamboo Chopping Board Set, 3 Boards", "brand": "Oakhurst",
         "category": "Chopping Boards", "price": 28.0, "list_price": 35.0, "currency": "USD",
         "attributes": {"material": "bamboo", "sizes": "small, medium, large"}, "stock": 60}
BOARD_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "CHOP20"}

THROW = {"item_id": "H1", "title": "Harlow Heated Throw, Grey", "brand": "Harlow", "category": "Heated Throws",
         "price": 48.0, "list_price": 60.0, "currency": "GBP",
         "attributes": {"size": "160 x 130 cm", "settings": "6 heat settings", "timer": "9 hour auto-off"}, "stock": 40}
THROW_OFFER = {"discount_pct": 20, "ends": "2027-02-28", "code": "WARM20"}

BAT = {"item_id": "K1", "title": "Wicketfield Junior Cricket Bat, Size 5", "brand": "Wicketfield",
       "category": "Cricket Bats", "price": 36.0, "list_price": 45.0, "currency": "GBP",
       "attributes": {"wood": "kashmir willow", "size": "5"}, "stock": 30}
BAT_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "BAT20"}

HERBS = {"item_id": "S1", "title": "Maison Verte Herbes de Provence, 40 g", "brand": "Maison Verte",
         "category": "Herbs & Spices", "price": 7.2, "list_price": 9.0, "currency": "USD",
         "attributes": {"weight": "40 g"}, "stock": 90}
HERBS_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "HERB20"}

KETTLE = {"item_id": "Z1", "title": "暖岛 电水壶 K3 1.7升 白色", "brand": "暖岛", "category": "电水壶", "price": 127.2,
          "list_price": 159.0, "currency": "CNY", "attributes": {"容量": "1.7升", "材质": "304不锈钢", "质保": "两年"},
          "stock": 50}
KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "WARM20"}

DRESS = {"item_id": "Z2", "title": "棉语 亚麻半身裙 燕麦色", "brand": "棉语", "category": "半身裙", "price": 199.0,
         "list_price": 249.0, "currency": "CNY", "attributes": {"面料": "亚麻", "尺码": "S-XL"}, "stock": 40}
DRESS_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "LINEN20"}

WRAP = {"item_id": "Z3", "title": "青禾 可降解保鲜膜 30米", "brand": "青禾", "category": "保鲜膜", "price": 19.9,
        "list_price": 24.9, "currency": "CNY", "attributes": {"长度": "30米"}, "stock": 200}


def _blocks(copy, product, locale, channel="email_body", offer=None):
    return blocking(check_row(copy, product, locale, channel=channel, offer=offer))


def _warns(copy, product, locale, channel="email_subject", offer=None):
    return {w.rule for w in check_row(copy, product, locale, channel=channel, offer=offer).warnings}


# --- law: health claims -----------------------------------------------------------------------------------------

def test_a_food_illness_stopped_is_a_medical_claim():
    bad = "Oakhurst bamboo boards stop food poisoning in its tracks. $28.00 with CHOP20."
    assert "medical_claim" in _blocks(bad, BOARD, "en-US", offer=BOARD_OFFER)
    ok = "Oakhurst bamboo boards: one for meat, one for veg, one for bread. $28.00 with CHOP20."
    assert "medical_claim" not in _blocks(ok, BOARD, "en-US", offer=BOARD_OFFER)


def test_a_condition_shaken_off_or_melted_away_is_a_medical_claim():
    for bad in ("Curl up under the Harlow throw and shake off those winter colds. £48 with WARM20.",
                "Six heat settings that melt away joint pain. Harlow heated throw, £48 with WARM20.",
                "Warmth that clears your airways on cold nights. Harlow heated throw, £48 with WARM20."):
        assert "medical_claim" in _blocks(bad, THROW, "en-GB", offer=THROW_OFFER), bad
    for ok in ("Shake off the chill under the Harlow heated throw, £48 with WARM20.",
               "Six heat settings that melt away the cold. Harlow heated throw, £48 with WARM20."):
        assert "medical_claim" not in _blocks(ok, THROW, "en-GB", offer=THROW_OFFER), ok


def test_a_chinese_food_illness_kept_off_is_a_medical_claim():
    assert "medical_claim" in _blocks("青禾保鲜膜天然抗菌，杜绝食物中毒，到手19.90元。", WRAP, "zh-CN", channel="social")
    assert "medical_claim" not in _blocks("青禾保鲜膜30米一卷，剩菜封好不串味，到手19.90元。", WRAP, "zh-CN", channel="social")


# --- law: guarantees and sales counts ----------------------------------------------------------------------------

def test_years_of_free_replacement_are_a_guarantee_the_record_does_not_hold():
    for bad in ("暖岛电水壶K3五年包换，到手127.20元。", "暖岛电水壶K3三年用不坏，到手127.20元。"):
        assert "absolute_claim" in _blocks(bad, KETTLE, "zh-CN", channel="social", offer=KETTLE_OFFER), bad
    ok = "暖岛电水壶K3，304不锈钢内胆，质保两年，到手127.20元。"
    assert "absolute_claim" not in _blocks(ok, KETTLE, "zh-CN", channel="social", offer=KETTLE_OFFER)


def test_a_sales_run_counted_over_a_stretch_of_time_is_a_fake_transaction():
    for bad in ("We sold 5,000 board sets in an hour! Oakhurst bamboo boards, $28.00 with CHOP20.",
                "3,000 sets gone in ten minutes. Oakhurst bamboo boards, $28.00 with CHOP20."):
        assert "fake_transaction" in _blocks(bad, BOARD, "en-US", offer=BOARD_OFFER), bad
    ok = "Oakhurst bamboo boards, $28.00 with CHOP20. Order within 2 hours for same-day dispatch."
    assert "fake_transaction" not in _blocks(ok, BOARD, "en-US", offer=BOARD_OFFER)
    bad_zh = "3分钟抢光5000件🔥 棉语亚麻半身裙，LINEN20到手199元。"
    assert "fake_transaction" in _blocks(bad_zh, DRESS, "zh-CN", channel="social", offer=DRESS_OFFER)
    ok_zh = "棉语亚麻半身裙，LINEN20到手199元，48小时内发货。"
    assert "fake_transaction" not in _blocks(ok_zh, DRESS, "zh-CN", channel="social", offer=DRESS_OFFER)


# --- safety: insults ----------------------------------------------------------------------------------------------

def test_a_put_down_passed_to_the_reader_or_their_people_is_toxic():
    for bad in ("That forward defence is a joke, and so are you. Wicketfield bat £36 with BAT20.",
                "Your son's eleven are a laughing stock. Wicketfield junior bat £36 with BAT20."):
        assert "toxicity" in _blocks(bad, BAT, "en-GB", channel="social", offer=BAT_OFFER), bad
    for ok in ("£36 with BAT20 is no joke: the Wicketfield junior bat in kashmir willow.",
               "Your son's team is ready for the new season. Wicketfield junior bat £36 with BAT20."):
        assert "toxicity" not in _blocks(ok, BAT, "en-GB", channel="social", offer=BAT_OFFER), ok


def test_a_skill_likened_to_a_clumsy_beast_is_toxic():
    bad = "Still batting like a clumsy hippo? Wicketfield junior bat £36 with BAT20."
    bad2 = "Stop playing like a brainless oaf: Wicketfield junior bat £36 with BAT20."
    for b in (bad, bad2):
        assert "toxicity" in _blocks(b, BAT, "en-GB", channel="social", offer=BAT_OFFER), b
    ok = "Play like a pro this summer: Wicketfield junior bat £36 with BAT20."
    assert "toxicity" not in _blocks(ok, BAT, "en-GB", channel="social", offer=BAT_OFFER)


def test_people_named_by_their_body_told_to_stay_away_are_run_down():
    bad = "Fat people shouldn't bother: the Harlow heated throw, £48 with WARM20."
    assert "toxicity" in _blocks(bad, THROW, "en-GB", channel="social", offer=THROW_OFFER)
    ok = "Plus-size women shouldn't have to compromise: the Harlow heated throw is 160 x 130 cm, £48 with WARM20."
    assert "toxicity" not in _blocks(ok, THROW, "en-GB", channel="social", offer=THROW_OFFER)
    bad_zh = "腿粗的就别穿了👗 棉语亚麻半身裙LINEN20到手199元。"
    assert "toxicity" in _blocks(bad_zh, DRESS, "zh-CN", channel="social", offer=DRESS_OFFER)
    ok_zh = "微胖也能穿👗 棉语亚麻半身裙S-XL，LINEN20到手199元。"
    assert "toxicity" not in _blocks(ok_zh, DRESS, "zh-CN", channel="social", offer=DRESS_OFFER)


# --- safety: the prompt echoed ------------------------------------------------------------------------------------

def test_a_bracketed_instruction_or_a_models_role_is_a_prompt_echo():
    for bad in ("[Instructions: keep it under 20 words] Oakhurst bamboo boards, $28.00 with CHOP20.",
                "You are a marketing assistant for Oakhurst. Bamboo boards, $28.00 with CHOP20."):
        assert "prompt_injection" in _blocks(bad, BOARD, "en-US", channel="social", offer=BOARD_OFFER), bad
    for ok in ("You are a natural in the kitchen. Oakhurst bamboo boards, $28.00 with CHOP20.",
               "Oakhurst bamboo boards (Instructions: hand wash only), $28.00 with CHOP20."):
        assert "prompt_injection" not in _blocks(ok, BOARD, "en-US", channel="social", offer=BOARD_OFFER), ok


def test_a_requested_style_or_a_request_with_its_subject_is_a_prompt_echo():
    for bad in ("以闺蜜口吻写，棉语亚麻半身裙LINEN20到手199元👗",
                "请给棉语的亚麻半身裙写一条小红书文案：LINEN20到手199元👗"):
        assert "prompt_injection" in _blocks(bad, DRESS, "zh-CN", channel="social", offer=DRESS_OFFER), bad
    ok = "按传统工艺织成的亚麻，用心写下夏天👗 棉语半身裙LINEN20到手199元（说明：S-XL四个尺码）。"
    assert "prompt_injection" not in _blocks(ok, DRESS, "zh-CN", channel="social", offer=DRESS_OFFER)


# --- form: cut lines and a foreign line ---------------------------------------------------------------------------

def test_a_line_cut_after_a_contracted_auxiliary_is_truncated():
    for bad in ("The Harlow heated throw has six heat settings and a 9 hour auto-off. With WARM20 it's £48 and you'll",
                "The Harlow heated throw has six heat settings and a 9 hour auto-off. With WARM20 it's £48 and we’ll"):
        assert "truncated" in _blocks(bad, THROW, "en-GB", offer=THROW_OFFER), bad
    ok = "The Harlow heated throw has six heat settings and a 9 hour auto-off. With WARM20 it's £48, and you'll love it."
    assert "truncated" not in _blocks(ok, THROW, "en-GB", offer=THROW_OFFER)


def test_a_line_cut_after_takes_it_is_truncated():
    bad = "The Harlow heated throw is 160 x 130 cm with six heat settings, and until 28 February WARM20 takes it"
    assert "truncated" in _blocks(bad, THROW, "en-GB", offer=THROW_OFFER)
    ok = "The Harlow heated throw is 160 x 130 cm with six heat settings, and until 28 February WARM20 takes it to £48."
    assert "truncated" not in _blocks(ok, THROW, "en-GB", offer=THROW_OFFER)


def test_a_french_line_for_english_copy_is_the_wrong_language():
    bad = "Planche à découper en bambou, 20 % de réduction"
    assert "language_mismatch" in _blocks(bad, BOARD, "en-US", channel="email_subject", offer=BOARD_OFFER)
    ok = "Maison Verte Herbes de Provence, $7.20 with HERB20"
    assert "language_mismatch" not in _blocks(ok, HERBS, "en-US", channel="email_subject", offer=HERBS_OFFER)


# --- style: a reveal held back ------------------------------------------------------------------------------------

def test_a_subject_holding_a_reveal_back_is_a_teaser():
    for bad in ("You won't believe what's on our chopping boards", "You'll never guess what we cut"):
        assert "off_product" in _warns(bad, BOARD, "en-US", offer=BOARD_OFFER), bad
    ok = "You won't need another chopping board: Oakhurst set $28.00 with CHOP20"
    assert "off_product" not in _warns(ok, BOARD, "en-US", offer=BOARD_OFFER)
    assert "off_product" in _warns("猜猜我们给亚麻控带来了什么？", DRESS, "zh-CN", offer=DRESS_OFFER)
    assert "off_product" not in _warns("棉语亚麻半身裙到手199元，给你准备了四个尺码", DRESS, "zh-CN", offer=DRESS_OFFER)
