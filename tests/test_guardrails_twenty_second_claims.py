"""Law, safety and form the twenty-second and twenty-third frozen sets (new catalogues) exposed, each
tested on examples written here, never those sets' rows. Safety: one person run down by a
derogatory word ('even a clueless grandad could', 连笨手笨脚的老太太都能); the reader's habit asked
about and called shameful, or the reader told to grow up ('Still ...? Pathetic.', 丢不丢人); the
reader's looks said to make them look cheap or shabby (让你显得廉价); an activity claimed for one
sex while the other is given a lesser part. Law: thyroid conditions cured or prevented (治甲状腺肿,
'cures goitre'). Form: a price announced and not written ('... it's only'); an SMS whose opt-out
was cut to its first word or character after the last sentence ('。回', '. Reply'). Each with a near
miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

KETTLE = {"item_id": "K1", "title": "Brookfell Stainless Steel Kettle, 1.7 L", "brand": "Brookfell",
          "category": "Kettles", "price": 36.0, "list_price": 45.0, "currency": "GBP",
          "attributes": {"capacity": "1.7 L", "material": "stainless steel"}, "stock": 50}
KETTLE_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "BOIL20"}

BOARD = {"item_id": "B1", "title": "Skimwell Maple Skateboard, 31 in", "brand": "Skimwell",
         "category": "Skateboards", "price": 64.0, "list_price": 80.0, "currency": "USD",
         "attributes": {"deck": "7-ply maple", "length": "31 in"}, "stock": 30}
BOARD_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "SKATE20"}

DART = {"item_id": "D1", "title": "Oxley Bristle Dartboard Set", "brand": "Oxley", "category": "Dartboards",
        "price": 30.0, "list_price": 40.0, "currency": "GBP",
        "attributes": {"board": "sisal bristle", "darts": "6 steel-tip darts"}, "stock": 40}
DART_OFFER = {"discount_pct": 25, "ends": "2027-05-31", "code": "BULL25"}

SALT = {"item_id": "Z1", "title": "海语 加碘海盐 400克", "brand": "海语", "category": "食盐", "price": 6.5,
        "list_price": 8.0, "currency": "CNY", "attributes": {"规格": "400克", "配料": "海盐、碘酸钾"}, "stock": 300}
SALT_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "SALT20"}

SHELF = {"item_id": "Z2", "title": "木栖 三层置物架 白色", "brand": "木栖", "category": "置物架", "price": 89.0,
         "list_price": 119.0, "currency": "CNY", "attributes": {"层数": "三层", "颜色": "白色"}, "stock": 80}
SHELF_OFFER = {"discount_pct": 25, "ends": "2027-03-31", "code": "SHELF25"}

COMB = {"item_id": "Z3", "title": "柔丝 负离子直发梳 黑色", "brand": "柔丝", "category": "直发梳", "price": 129.0,
        "list_price": 169.0, "currency": "CNY", "attributes": {"功能": "负离子", "颜色": "黑色"}, "stock": 60}
COMB_OFFER = {"discount_pct": 24, "ends": "2027-07-31", "code": "COMB24"}

TEA = {"item_id": "Z4", "title": "云岭 普洱茶饼 357克", "brand": "云岭", "category": "普洱茶", "price": 168.0,
       "list_price": 210.0, "currency": "CNY", "attributes": {"规格": "357克"}, "stock": 90}
TEA_OFFER = {"discount_pct": 20, "ends": "2027-03-21", "code": "PU20"}


def _blocks(copy, product, locale, channel="email_body", offer=None):
    return blocking(check_row(copy, product, locale, channel=channel, offer=offer))


# --- safety: put-downs ------------------------------------------------------------------------------------------

def test_one_person_run_down_by_a_derogatory_word_is_toxic():
    assert "toxicity" in _blocks("So simple even a clueless grandad could fill it. £36 with BOIL20.",
                                 KETTLE, "en-GB", channel="social", offer=KETTLE_OFFER)
    assert "toxicity" in _blocks("Finally a kettle your useless husband can't break. £36 with BOIL20.",
                                 KETTLE, "en-GB", channel="social", offer=KETTLE_OFFER)
    # a plain beginner, and a useless thing, call no one a name
    assert "toxicity" not in _blocks("So simple even a total beginner could use it, and no more useless gadgets: "
                                     "£36 with BOIL20.", KETTLE, "en-GB", channel="social", offer=KETTLE_OFFER)


def test_zh_one_person_run_down_as_clumsy_is_toxic():
    assert "toxicity" in _blocks("连笨手笨脚的老太太都能装好，木栖三层置物架，SHELF25到手89元。", SHELF, "zh-CN",
                                 channel="social", offer=SHELF_OFFER)
    assert "toxicity" not in _blocks("连老人家都能轻松装好，木栖三层置物架，SHELF25到手89元。", SHELF, "zh-CN",
                                     channel="social", offer=SHELF_OFFER)


def test_a_habit_called_shameful_or_the_reader_told_to_grow_up_is_toxic():
    assert "toxicity" in _blocks("Still skating on a supermarket board? Pathetic. The Skimwell deck is $64.",
                                 BOARD, "en-US", channel="social", offer=BOARD_OFFER)
    assert "toxicity" in _blocks("Your mates have real decks. Grow up and get one: Skimwell, $64 with SKATE20.",
                                 BOARD, "en-US", channel="social", offer=BOARD_OFFER)
    # a question answered plainly, and growing up said of a child, tell no one off
    assert "toxicity" not in _blocks("Still skating on a borrowed board? Time for your own. Watch them grow up "
                                     "on a Skimwell deck: $64 with SKATE20.", BOARD, "en-US", channel="social",
                                     offer=BOARD_OFFER)


def test_zh_a_habit_called_shameful_is_toxic():
    assert "toxicity" in _blocks("还在用掉齿的旧梳子？丢不丢人。柔丝直发梳COMB24到手129元。", COMB, "zh-CN",
                                 channel="social", offer=COMB_OFFER)
    assert "toxicity" not in _blocks("还在用掉齿的旧梳子？换一把吧。柔丝直发梳COMB24到手129元。", COMB, "zh-CN",
                                     channel="social", offer=COMB_OFFER)


def test_looks_said_to_make_the_reader_look_cheap_are_toxic():
    assert "toxicity" in _blocks("A dented old kettle makes you look cheap. Brookfell, £36.", KETTLE, "en-GB",
                                 channel="email_subject", offer=KETTLE_OFFER)
    assert "toxicity" not in _blocks("A £36 kettle that doesn't make you look cheap. Brookfell, with BOIL20.",
                                     KETTLE, "en-GB", channel="email_subject", offer=KETTLE_OFFER)


def test_zh_looks_said_to_make_the_reader_look_cheap_are_toxic():
    assert "toxicity" in _blocks("毛躁的头发让你显得廉价。柔丝直发梳COMB24到手129元。", COMB, "zh-CN",
                                 channel="social", offer=COMB_OFFER)
    assert "toxicity" not in _blocks("负离子顺发，不会让你显得廉价。柔丝直发梳COMB24到手129元。", COMB, "zh-CN",
                                     channel="social", offer=COMB_OFFER)


def test_an_activity_claimed_for_one_sex_with_the_other_given_a_lesser_part_is_toxic():
    assert "toxicity" in _blocks("Darts is for the blokes, the ladies can pour the pints 🎯 £30 with BULL25.",
                                 DART, "en-GB", channel="social", offer=DART_OFFER)
    assert "toxicity" in _blocks("Baking is for the girls, boys can just eat the results. £30 with BULL25.",
                                 DART, "en-GB", channel="social", offer=DART_OFFER)
    # welcoming both is no put-down
    assert "toxicity" not in _blocks("Darts isn't just for the blokes, the ladies can outscore them too 🎯 £30 "
                                     "with BULL25.", DART, "en-GB", channel="social", offer=DART_OFFER)


def test_zh_an_activity_claimed_for_one_sex_is_toxic():
    assert "toxicity" in _blocks("飞镖是男人的游戏，女人在旁边看着就行。BULL25到手30元。", SHELF, "zh-CN",
                                 channel="social", offer=SHELF_OFFER)
    assert "toxicity" not in _blocks("飞镖不分男女，全家一起玩。BULL25到手30元。", SHELF, "zh-CN",
                                     channel="social", offer=SHELF_OFFER)


# --- law: health claims -----------------------------------------------------------------------------------------

def test_a_thyroid_condition_cured_or_prevented_is_a_medical_claim():
    assert "medical_claim" in _blocks("专治大脖子病：海语加碘海盐，SALT20到手6.5元。", SALT, "zh-CN",
                                      channel="push", offer=SALT_OFFER)
    assert "medical_claim" in _blocks("预防甲状腺结节，就吃海语加碘海盐，SALT20到手6.5元。", SALT, "zh-CN",
                                      offer=SALT_OFFER)
    # iodine named as an ingredient claims nothing
    assert "medical_claim" not in _blocks("海语加碘海盐，配料只有海盐和碘酸钾，SALT20到手6.5元。", SALT, "zh-CN",
                                          channel="push", offer=SALT_OFFER)
    assert "medical_claim" in _blocks("Iodised sea salt that helps prevent goitre. £4 with SALT20.",
                                      KETTLE, "en-GB", offer=KETTLE_OFFER)
    assert "medical_claim" not in _blocks("Iodised sea salt for everyday cooking. £4 with SALT20.",
                                          KETTLE, "en-GB", offer=KETTLE_OFFER)


# --- form: cut lines --------------------------------------------------------------------------------------------

def test_a_price_announced_and_not_written_is_a_cut_line():
    assert "truncated" in _blocks("The Skimwell deck is 7-ply maple and 31 in long. With SKATE20 it's only",
                                  BOARD, "en-US", offer=BOARD_OFFER)
    assert "truncated" in _blocks("The Skimwell deck is 7-ply maple and 31 in long, now only", BOARD, "en-US",
                                  offer=BOARD_OFFER)
    # 'only' that closes its own phrase
    assert "truncated" not in _blocks("The Skimwell deck is 7-ply maple and 31 in long. SKATE20 is for members "
                                      "only", BOARD, "en-US", offer=BOARD_OFFER)
    assert "truncated" not in _blocks("The Skimwell deck is $64 with SKATE20, today only", BOARD, "en-US",
                                      offer=BOARD_OFFER)


def test_an_sms_cut_at_the_first_character_of_its_opt_out_is_truncated():
    cut = blocking(check_row("【云岭】普洱茶饼8折，PU20到手168元，3月21日止。回", TEA, "zh-CN", channel="sms",
                             offer=TEA_OFFER))
    assert "truncated" in cut
    whole = blocking(check_row("【云岭】普洱茶饼8折，PU20到手168元，3月21日止。回T退订", TEA, "zh-CN",
                               channel="sms", offer=TEA_OFFER))
    assert "truncated" not in whole
    en_cut = blocking(check_row("Skimwell: maple deck $64 w/ SKATE20 until 6/30. Reply", BOARD, "en-US",
                                channel="sms", offer=BOARD_OFFER))
    assert "truncated" in en_cut
    en_whole = blocking(check_row("Skimwell: maple deck $64 w/ SKATE20 until 6/30. Questions? Just reply. "
                                  "Reply STOP to opt out", BOARD, "en-US", channel="sms", offer=BOARD_OFFER))
    assert "truncated" not in en_whole
