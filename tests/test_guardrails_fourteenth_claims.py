"""Claims, insults and guarantees the fourteenth frozen set (new catalogues) exposed, each tested on
examples written here, never that set's rows. Law: a superlative made absolute whose noun carries
a digit ('the lightest 4K drone ever built'); zh guarantees of a payout for each bad item (坏一赔十),
of authenticity or satisfaction a hundred per cent (百分百保证) and of an outcome for the user
(保证提高成绩, 包你学会). Safety: a gendered put-down ('kicks like a girl', 婆娘, 娘炮), the
reader's child cast as 'the useless one', people too thick to remember or learn, the reader run down
by their upbringing ('ill-bred', 没教养), and the reader's home or person likened to an animal's
filth (脏得像猪圈, 'your flat is a pigsty'). Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

DRONE = {"item_id": "D1", "title": "Skylark Mini 4K Camera Drone, Grey", "brand": "Skylark", "category": "Camera Drones",
         "price": 240.0, "list_price": 300.0, "currency": "USD",
         "attributes": {"camera": "4K, 30 fps", "weight": "249 g", "flight time": "31 minutes", "colour": "grey"},
         "stock": 40}
DRONE_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "SKY20"}

PADS = {"item_id": "K1", "title": "Fieldcraft Youth Soccer Shin Guards, Medium", "brand": "Fieldcraft",
        "category": "Shin Guards", "price": 18.0, "list_price": 20.0, "currency": "USD",
        "attributes": {"size": "medium", "ages": "8 to 11", "shell": "polypropylene"}, "stock": 70}
PADS_OFFER = {"discount_pct": 10, "ends": "2027-09-30", "code": "SHIN10"}

TROWEL = {"item_id": "T1", "title": "Hartwell Hand Trowel, Ash Handle", "brand": "Hartwell", "category": "Garden Tools",
          "price": 12.0, "list_price": 15.0, "currency": "GBP",
          "attributes": {"blade": "carbon steel", "handle": "ash"}, "stock": 80}
TROWEL_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "DIG20"}

LYCHEE = {"item_id": "L1", "title": "果园记 妃子笑荔枝 5斤装", "brand": "果园记", "category": "荔枝", "price": 79.2,
          "list_price": 99.0, "currency": "CNY",
          "attributes": {"产地": "广东茂名", "规格": "5斤装", "发货": "顺丰冷链"}, "stock": 200}
LYCHEE_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "LIZHI20"}

SKIPPING_ROPE = {"item_id": "R1", "title": "跃动 计数跳绳 钢丝绳", "brand": "跃动", "category": "跳绳", "price": 39.2,
                 "list_price": 49.0, "currency": "CNY",
                 "attributes": {"绳体": "钢丝绳", "计数": "电子计数", "长度": "3米可调"}, "stock": 150}
ROPE_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "TIAO20"}

MOP = {"item_id": "M1", "title": "洁屋 平板拖把 免手洗", "brand": "洁屋", "category": "拖把", "price": 63.2,
       "list_price": 79.0, "currency": "CNY",
       "attributes": {"拖布": "超细纤维", "杆长": "1.3米"}, "stock": 90}
MOP_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "JIE20"}


# --- law: absolute claims and guarantees -----------------------------------------------------------

def test_a_superlative_made_absolute_over_a_noun_with_a_digit_is_an_absolute_claim():
    bad = check_row("The lightest 4K drone ever built, period. $240.00 with SKY20.", DRONE, "en-US",
                    channel="social", offer=DRONE_OFFER)
    assert "absolute_claim" in blocking(bad)
    bad2 = check_row("Our smoothest 30 fps camera on the market: Skylark Mini, $240.00 with SKY20.", DRONE, "en-US",
                     channel="social", offer=DRONE_OFFER)
    assert "absolute_claim" in blocking(bad2)
    ok = check_row("A light 4K drone at 249 g: Skylark Mini, $240.00 with SKY20.", DRONE, "en-US",
                   channel="social", offer=DRONE_OFFER)
    assert "absolute_claim" not in blocking(ok)


def test_a_zh_payout_for_each_bad_item_is_a_guarantee():
    bad = check_row("果园记妃子笑荔枝，坏一赔十，LIZHI20到手79.20元。", LYCHEE, "zh-CN", offer=LYCHEE_OFFER)
    assert "absolute_claim" in blocking(bad)
    bad2 = check_row("荔枝顺丰冷链到家，烂一颗补两颗。LIZHI20到手79.20元。", LYCHEE, "zh-CN", offer=LYCHEE_OFFER)
    assert "absolute_claim" in blocking(bad2)
    ok = check_row("广东茂名妃子笑，顺丰冷链，统一发货。LIZHI20到手79.20元。", LYCHEE, "zh-CN", offer=LYCHEE_OFFER)
    assert "absolute_claim" not in blocking(ok)


def test_a_zh_hundred_per_cent_promise_is_a_guarantee():
    bad = check_row("百分百保证是茂名妃子笑，LIZHI20到手79.20元。", LYCHEE, "zh-CN", offer=LYCHEE_OFFER)
    assert "absolute_claim" in blocking(bad)
    ok = check_row("产地广东茂名，妃子笑荔枝5斤装，LIZHI20到手79.20元。", LYCHEE, "zh-CN", offer=LYCHEE_OFFER)
    assert "absolute_claim" not in blocking(ok)


def test_a_zh_promise_of_an_outcome_for_the_user_is_a_guarantee():
    bad = check_row("保证提高跳绳成绩\n跃动计数跳绳TIAO20到手39.20元。", SKIPPING_ROPE, "zh-CN", channel="push",
                    offer=ROPE_OFFER)
    assert "absolute_claim" in blocking(bad)
    bad2 = check_row("包你学会双摇！跃动计数跳绳，TIAO20到手39.20元。", SKIPPING_ROPE, "zh-CN", offer=ROPE_OFFER)
    assert "absolute_claim" in blocking(bad2)
    ok = check_row("电子计数，练跳绳更有数\n跃动计数跳绳TIAO20到手39.20元。", SKIPPING_ROPE, "zh-CN", channel="push",
                   offer=ROPE_OFFER)
    assert "absolute_claim" not in blocking(ok)


# --- safety: insults aimed at a group or the reader --------------------------------------------------

def test_a_gendered_put_down_is_an_insult():
    bad = check_row("Still kicking like a girl? Fieldcraft shin guards, $18.00 with SHIN10.", PADS, "en-US",
                    channel="social", offer=PADS_OFFER)
    assert "toxicity" in blocking(bad)
    bad2 = check_row("You run like a little girl. Fieldcraft shin guards, $18.00 with SHIN10.", PADS, "en-US",
                     channel="social", offer=PADS_OFFER)
    assert "toxicity" in blocking(bad2)
    ok = check_row("Play like a pro this season: Fieldcraft shin guards for girls and boys, $18.00 with SHIN10.",
                   PADS, "en-US", channel="social", offer=PADS_OFFER)
    assert "toxicity" not in blocking(ok)
    bad_zh = check_row("拖个地都嫌累的臭婆娘们看过来，洁屋平板拖把JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    assert "toxicity" in blocking(bad_zh)
    bad_zh2 = check_row("跳绳还跳得像个娘炮？跃动计数跳绳TIAO20到手39.20元。", SKIPPING_ROPE, "zh-CN",
                        offer=ROPE_OFFER)
    assert "toxicity" in blocking(bad_zh2)
    ok_zh = check_row("周末陪老婆娘家人一起大扫除，洁屋平板拖把JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    assert "toxicity" not in blocking(ok_zh)


def test_the_readers_child_cast_as_the_useless_one_is_an_insult():
    bad = check_row("Is your son the useless one on the pitch?", PADS, "en-US", channel="email_subject",
                    offer=PADS_OFFER)
    assert "toxicity" in blocking(bad)
    bad2 = check_row("Don't be the hopeless kid at practice: Fieldcraft shin guards, $18.00 with SHIN10.", PADS,
                     "en-US", channel="social", offer=PADS_OFFER)
    assert "toxicity" in blocking(bad2)
    ok = check_row("Don't let the old pair be the ones that pinch: Fieldcraft shin guards, $18.00 with SHIN10.",
                   PADS, "en-US", channel="social", offer=PADS_OFFER)
    assert "toxicity" not in blocking(ok)


def test_people_too_thick_to_remember_or_learn_is_an_insult():
    bad = check_row("For diggers too thick to remember\nHartwell trowel £12.00 with DIG20.",
                    TROWEL, "en-GB", channel="push", offer=TROWEL_OFFER)
    assert "toxicity" in blocking(bad)
    bad2 = check_row("Allotment newbies too dim to learn which end digs? Hartwell trowel, £12.00 with DIG20.",
                     TROWEL, "en-GB", channel="social", offer=TROWEL_OFFER)
    assert "toxicity" in blocking(bad2)
    ok = check_row("Clay too thick to turn with a spade? Hartwell carbon steel trowel, £12.00 with DIG20.",
                   TROWEL, "en-GB", channel="social", offer=TROWEL_OFFER)
    assert "toxicity" not in blocking(ok)


def test_the_reader_run_down_by_their_upbringing_is_an_insult():
    bad_zh = check_row("跳绳都跳不好的孩子就是没家教。跃动计数跳绳TIAO20到手39.20元。", SKIPPING_ROPE, "zh-CN",
                       offer=ROPE_OFFER)
    assert "toxicity" in blocking(bad_zh)
    bad = check_row("Only the ill-bred leave a trowel in the rain. Hartwell trowel, £12.00 with DIG20.", TROWEL,
                    "en-GB", channel="social", offer=TROWEL_OFFER)
    assert "toxicity" in blocking(bad)
    ok_zh = check_row("好习惯从小养成，跃动计数跳绳TIAO20到手39.20元。", SKIPPING_ROPE, "zh-CN", offer=ROPE_OFFER)
    assert "toxicity" not in blocking(ok_zh)


def test_the_readers_home_likened_to_an_animals_filth_is_an_insult():
    bad_zh = check_row("地板脏得像猪圈？洁屋平板拖把JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    assert "toxicity" in blocking(bad_zh)
    bad = check_row("Your shed is a pigsty. Sort it with the Hartwell trowel, £12.00 with DIG20.", TROWEL, "en-GB",
                    channel="social", offer=TROWEL_OFFER)
    assert "toxicity" in blocking(bad)
    ok_zh = check_row("地板再脏也不怕，洁屋平板拖把JIE20到手63.20元。", MOP, "zh-CN", offer=MOP_OFFER)
    assert "toxicity" not in blocking(ok_zh)
    ok = check_row("A trowel for the potting shed, £12.00 with DIG20.", TROWEL, "en-GB", channel="social",
                   offer=TROWEL_OFFER)
    assert "toxicity" not in blocking(ok)
