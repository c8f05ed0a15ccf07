"""Claims, insults and form the seventeenth frozen set (new catalogues) exposed, each tested on
examples written here, never that set's rows. Form: an email subject a little over its limit is cut
in display, not broken (it warns); a Chinese gift named without its count (送咸鸭蛋 for 咸鸭蛋4枚) is
whole; a line that stops after a count and a material ('and 6 oak'), after a code and the start of
a price word (用CODE到), or after a code and 即可 with no price or discount anywhere; a phrase with a
figure in it three times in a row. Law: a refund of a multiple or on loving it ('refund you
double', 不好用全额退款, 赔双倍). Safety: males run down as feminine ('sissy men', 娘娘腔) and old
people as fossils. Style: a subject that only asks after the reader's own thing. Each with a near
miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

from promo_llm.channels import channel_spec

SPEAKER = {"item_id": "B1", "title": "Soundwell Bookshelf Speakers, Pair, Walnut", "brand": "Soundwell",
           "category": "Speakers", "price": 144.0, "list_price": 180.0, "currency": "USD",
           "attributes": {"finish": "walnut veneer", "power": "50 W", "inputs": "Bluetooth, optical"}, "stock": 40}
SPEAKER_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "SOUND20"}

CHESS = {"item_id": "C1", "title": "Kingsmere Garden Chess Set, 32 Pieces", "brand": "Kingsmere",
         "category": "Garden Games", "price": 96.0, "list_price": 120.0, "currency": "GBP",
         "attributes": {"pieces": "32", "height": "30 cm king", "material": "weatherproof plastic"}, "stock": 20}
CHESS_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "CHECK20"}

TEA = {"item_id": "T1", "title": "茗山 明前龙井 250克 礼盒", "brand": "茗山", "category": "茶叶", "price": 239.2,
       "list_price": 299.0, "currency": "CNY", "attributes": {"产地": "杭州西湖", "等级": "特级"}, "stock": 80}
TEA_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "TEA20", "gift": "茶点2包"}

FAN = {"item_id": "F1", "title": "风屿 落地循环扇 F5 白色", "brand": "风屿", "category": "电风扇", "price": 359.2,
       "list_price": 449.0, "currency": "CNY", "attributes": {"档位": "12档", "噪音": "22分贝"}, "stock": 60}
FAN_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "FAN20"}

ZH_CAMPAIGN = {"brand_signature": "风屿"}


# --- form: a subject a little over its limit; a gift named without its count -------------------------------

def test_a_subject_a_little_over_its_limit_warns_and_a_long_one_blocks():
    limit = channel_spec("email_subject", "en-US").max_chars
    near = "Soundwell walnut bookshelf speakers are now $144.00 with SOUND20 this week"
    assert limit < len(near) <= channel_spec("email_subject", "en-US").display_cut_chars
    v = check_row(near, SPEAKER, "en-US", channel="email_subject", offer=SPEAKER_OFFER)
    assert "too_long" not in blocking(v)
    assert "subject_cut" in {w.rule for w in v.warnings}
    long = ("Soundwell Bookshelf Speakers in walnut veneer with 50 W of power, Bluetooth and optical inputs, "
            "now $144.00 with SOUND20")
    assert "too_long" in blocking(check_row(long, SPEAKER, "en-US", channel="email_subject", offer=SPEAKER_OFFER))
    ok = check_row("Soundwell walnut speakers, $144.00 with SOUND20", SPEAKER, "en-US", channel="email_subject",
                   offer=SPEAKER_OFFER)
    assert not {w.rule for w in ok.warnings} & {"subject_cut", "too_long"}


def test_a_chinese_subject_a_little_over_its_limit_warns_and_a_long_one_blocks():
    near = "风屿落地循环扇F5白色，FAN20到手359.20元，7月31日前有效哦"
    assert 35 < len(near) <= channel_spec("email_subject", "zh-CN").display_cut_chars
    v = check_row(near, FAN, "zh-CN", channel="email_subject", offer=FAN_OFFER)
    assert "too_long" not in blocking(v)
    assert "subject_cut" in {w.rule for w in v.warnings}
    long = near + "，22分贝静音运行，卧室客厅书房都适合，全国包邮"
    assert "too_long" in blocking(check_row(long, FAN, "zh-CN", channel="email_subject", offer=FAN_OFFER))


def test_a_gift_named_without_its_count_is_whole_and_a_cut_gift_is_not():
    ok = check_row("明前龙井到了\n茗山特级龙井250克，到手239.20元，送茶点。", TEA, "zh-CN", channel="push", offer=TEA_OFFER)
    assert "truncated" not in blocking(ok)
    bad = check_row("明前龙井到了\n茗山特级龙井250克，到手239.20元，送茶", TEA, "zh-CN", channel="push", offer=TEA_OFFER)
    assert "truncated" in blocking(bad)


# --- form: cut after a count and a material, after a code ------------------------------------------------------

def test_a_line_cut_after_a_count_and_a_material_is_truncated():
    bad = check_row("Kingsmere garden chess: 16 white pieces, 16 black pieces and 2 oak", CHESS, "en-GB",
                    channel="email_subject", offer=CHESS_OFFER)
    assert "truncated" in blocking(bad)
    bad2 = check_row("Kingsmere garden chess set with 32 pieces and four cotton", CHESS, "en-GB",
                     channel="email_subject", offer=CHESS_OFFER)
    assert "truncated" in blocking(bad2)
    ok = check_row("Kingsmere garden chess set: 32 pieces, £96.00 with CHECK20, kings in size 3 oak", CHESS,
                   "en-GB", channel="email_subject", offer=CHESS_OFFER)
    assert "truncated" not in blocking(ok)
    ok2 = check_row("Kingsmere garden chess, 32 pieces that shrug off rain, all in 2 colours of plastic", CHESS,
                    "en-GB", channel="email_subject", offer=CHESS_OFFER)
    assert "truncated" not in blocking(ok2)


def test_a_chinese_line_cut_after_a_code_is_truncated():
    bad = check_row("风屿落地循环扇F5，7月31日前用FAN20到", FAN, "zh-CN", channel="email_subject", offer=FAN_OFFER)
    assert "truncated" in blocking(bad)
    bad2 = check_row("风屿落地循环扇F5，输入FAN20到手", FAN, "zh-CN", channel="email_subject", offer=FAN_OFFER)
    assert "truncated" in blocking(bad2)
    ok = check_row("风屿落地循环扇F5，用FAN20到手359.20元", FAN, "zh-CN", channel="email_subject", offer=FAN_OFFER)
    assert "truncated" not in blocking(ok)


def test_a_code_then_jike_with_no_price_or_discount_is_truncated():
    bad = check_row("风屿落地循环扇F5白色，12档风速，噪音低至22分贝，7月31日前下单时输入FAN20即可", FAN, "zh-CN",
                    offer=FAN_OFFER)
    assert "truncated" in blocking(bad)
    ok = check_row("风屿落地循环扇F5白色，12档风速，到手359.20元，7月31日前下单时输入FAN20即可", FAN, "zh-CN",
                   offer=FAN_OFFER)
    assert "truncated" not in blocking(ok)
    ok2 = check_row("风屿落地循环扇F5白色，12档风速，噪音低至22分贝，7月31日前下单时输入FAN20即可。", FAN, "zh-CN",
                    offer=FAN_OFFER)
    assert "truncated" not in blocking(ok2)


# --- form: a phrase with a figure three times in a row ---------------------------------------------------------

def test_a_phrase_with_a_figure_three_times_in_a_row_is_repetition():
    bad = check_row("Garden chess 32 pieces. Garden chess 32 pieces. Garden chess 32 pieces, £96.00 with CHECK20.",
                    CHESS, "en-GB", offer=CHESS_OFFER)
    assert "repetition" in blocking(bad)
    ok = check_row("Garden chess, 32 pieces, all weatherproof plastic. The king stands 30 cm tall and the set is "
                   "£96.00 with CHECK20.", CHESS, "en-GB", offer=CHESS_OFFER)
    assert "repetition" not in blocking(ok)


# --- law: a refund of a multiple, on loving it, on the product's taste ----------------------------------------

def test_a_refund_of_a_multiple_or_on_loving_it_is_a_guarantee():
    for copy in ("Hear the difference or we'll pay you back twice what you paid. $144.00 with SOUND20.",
                 "Soundwell speakers: double your money back if they don't fill the room. $144.00 with SOUND20.",
                 "Like it, or we will refund you. Soundwell speakers, $144.00 with SOUND20."):
        assert "absolute_claim" in blocking(check_row(copy, SPEAKER, "en-US", offer=SPEAKER_OFFER)), copy
    ok = check_row("Double the bass of our last pair, and twice the inputs: Soundwell, $144.00 with SOUND20.", SPEAKER,
                   "en-US", offer=SPEAKER_OFFER)
    assert "absolute_claim" not in blocking(ok)
    ok2 = check_row("Love it or not, you'll hear every note. Soundwell speakers, $144.00 with SOUND20.", SPEAKER,
                    "en-US", offer=SPEAKER_OFFER)
    assert "absolute_claim" not in blocking(ok2)


def test_a_chinese_refund_on_taste_or_of_double_is_a_guarantee():
    for copy in ("不好喝全额退款，茗山明前龙井到手239.20元。", "茗山明前龙井，假货赔你双倍，到手239.20元。",
                 "茗山明前龙井，不新鲜包退，到手239.20元。"):
        assert "absolute_claim" in blocking(check_row(copy, TEA, "zh-CN", channel="social", offer=TEA_OFFER)), copy
    ok = check_row("茗山明前龙井，买一盒送茶点2包，双倍的清香，到手239.20元。", TEA, "zh-CN", channel="social",
                   offer=TEA_OFFER)
    assert "absolute_claim" not in blocking(ok)


# --- safety: males run down as feminine, old people as fossils ------------------------------------------------

def test_males_run_down_as_feminine_or_old_people_as_fossils_are_insults():
    for copy in ("Real bass for real men, not sissy boys. Soundwell speakers, $144.00 with SOUND20.",
                 "Turn it up: these are no speakers for senile old relics. $144.00 with SOUND20."):
        assert "toxicity" in blocking(check_row(copy, SPEAKER, "en-US", offer=SPEAKER_OFFER)), copy
    ok = check_row("A girly pink or a walnut brown? We went walnut. Soundwell speakers, $144.00 with SOUND20.",
                   SPEAKER, "en-US", offer=SPEAKER_OFFER)
    assert "toxicity" not in blocking(ok)
    ok2 = check_row("From old fossils to new finds: Kingsmere garden chess, 32 pieces, £96.00 with CHECK20.", CHESS,
                    "en-GB", offer=CHESS_OFFER)
    assert "toxicity" not in blocking(ok2)
    bad = check_row("风扇都怕热？别做娘娘腔，风屿循环扇到手359.20元。", FAN, "zh-CN", channel="social", offer=FAN_OFFER)
    assert "toxicity" in blocking(bad)


# --- style: a subject that only asks after the reader's own thing ---------------------------------------------

def test_a_subject_that_only_asks_after_the_readers_thing_is_a_teaser():
    v = check_row("How's your sound these days?", SPEAKER, "en-US", channel="email_subject", offer=SPEAKER_OFFER)
    assert "off_product" in {w.rule for w in v.warnings}
    v = check_row("你的电风扇，这些天还好吗？", FAN, "zh-CN", channel="email_subject", offer=FAN_OFFER)
    assert "off_product" in {w.rule for w in v.warnings}
    ok = check_row("How's your sound? Soundwell speakers are $144.00 with SOUND20", SPEAKER, "en-US",
                   channel="email_subject", offer=SPEAKER_OFFER)
    assert "off_product" not in {w.rule for w in ok.warnings}
    ok2 = check_row("风屿循环扇F5：今年夏天还好吗？到手359.20元", FAN, "zh-CN", channel="email_subject", offer=FAN_OFFER)
    assert "off_product" not in {w.rule for w in ok2.warnings}
