"""Classes of copy the thirteenth frozen set (new catalogues) exposed, each tested on examples
written here, never that set's rows. Correct copy that was blocked: stock a count has fallen to
('down to 9 tins of our ...'), a colour hedged as a likeness ('reads almost black'), a list item
that is a verb and its measure ('with a cotton lining, stand 40 cm tall'), a doubled word closed by
an emoji ('Whisk whisk ⏰'), a garment named by its material that the product is worn with (配羊绒大衣),
and a full-width comma or a four-digit run after a comma read as thousands (K5，300流明). Harm that
passed: a zh currency word after a price word (到手88元 written 到手88美元), a zh safety promise and
payout (保证...不受伤, 出事全额赔付), a deadline at the year's end or an offer said to hold all year
(年底前, 全年有效, 'until the end of the year'), people run down by their age, a layout slot left in
brackets ('[Subject line]'), a compound superlative made absolute ('the best-fitting ... ever
made'), an 'N-pack of' that contradicts the record's pack, a free item named in four or five words
before 'with every', another item after '+ matching' or 加同款...一套 whose head word the record
uses only inside a compound, a province of China named before a sourcing word (四川...直采), and a
zh price word cut after its first character (，到). Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

TINS = {"item_id": "T1", "title": "Larkspur Loose Leaf Earl Grey, 100 g Tin", "brand": "Larkspur", "category": "Tea",
        "price": 9.0, "list_price": 10.0, "currency": "USD",
        "attributes": {"leaf": "black tea with bergamot", "size": "100 g tin"}, "stock": 9}
TINS_OFFER = {"discount_pct": 10, "ends": "2027-10-31", "code": "LEAF10"}

INK = {"item_id": "I1", "title": "Quillby Fountain Pen Ink, Midnight Blue, 50 ml", "brand": "Quillby",
       "category": "Fountain Pen Ink", "price": 12.0, "list_price": 15.0, "currency": "USD",
       "attributes": {"shade": "deep midnight blue", "finish": "high-sheen", "volume": "50 ml"}, "stock": 80}
INK_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "INK20"}

CLOGS = {"item_id": "C1", "title": "Brackley Garden Clogs, Sage", "brand": "Brackley", "category": "Garden Clogs",
         "price": 24.0, "list_price": 30.0, "currency": "GBP",
         "attributes": {"upper": "natural rubber", "lining": "cotton", "height": "40 cm", "colour": "sage"},
         "stock": 60}
CLOGS_OFFER = {"discount_pct": 20, "ends": "2027-10-31", "code": "DIG20"}

TIMER = {"item_id": "K1", "title": "Pipkin Kitchen Timer, 60 Minute", "brand": "Pipkin", "category": "Kitchen Timers",
         "price": 8.0, "list_price": 10.0, "currency": "GBP",
         "attributes": {"range": "60 minutes", "body": "stainless steel"}, "stock": 90}
TIMER_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "TICK20"}

GLOVES = {"item_id": "G1", "title": "暖屿 羊毛手套 灰色", "brand": "暖屿", "category": "手套", "price": 111.2,
          "list_price": 139.0, "currency": "CNY",
          "attributes": {"成分": "100%羊毛", "颜色": "灰色", "产地": "河北清河"}, "stock": 50}
GLOVES_OFFER = {"discount_pct": 20, "ends": "2027-12-31", "code": "NUAN20"}

PROJECTOR = {"item_id": "P1", "title": "光屿 K5 便携投影仪 720P", "brand": "光屿", "category": "投影仪", "price": 899.1,
             "list_price": 999.0, "currency": "CNY",
             "attributes": {"分辨率": "720P", "亮度": "300 ANSI流明", "评价数": "1,234"}, "stock": 60}
PROJECTOR_OFFER = {"discount_pct": 10, "ends": "2027-06-18", "code": "GUANG10"}

SCOOTER_HELMET = {"item_id": "H1", "title": "行途 电动车头盔 3C认证 雾蓝", "brand": "行途", "category": "电动车头盔",
                  "price": 88.0, "list_price": 110.0, "currency": "CNY",
                  "attributes": {"认证": "3C认证", "颜色": "雾蓝", "尺码": "均码"}, "stock": 100}
HELMET_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "XING20"}

GRIPS = {"item_id": "B1", "title": "Rallyhouse Badminton Grip Tape, 4 Pack", "brand": "Rallyhouse",
         "category": "Badminton Accessories", "price": 9.0, "list_price": 12.0, "currency": "USD",
         "attributes": {"count": "4 grips", "feel": "towel"}, "stock": 200}
GRIPS_OFFER = {"discount_pct": 25, "ends": "2027-08-31", "code": "RALLY25"}

JAM = {"item_id": "J1", "title": "山野集 蓝莓果酱 300克", "brand": "山野集", "category": "果酱", "price": 31.2,
       "list_price": 39.0, "currency": "CNY",
       "attributes": {"配料": "蓝莓、白砂糖、柠檬汁", "产地": "黑龙江大兴安岭", "净含量": "300克"}, "stock": 80}
JAM_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "LAN20"}


# --- correct copy that was blocked ---------------------------------------------------------------

def test_stock_a_count_has_fallen_to_is_the_records_stock():
    ok = check_row("Down to 9 tins of our Earl Grey, $9.00 with LEAF10.", TINS, "en-US",
                   channel="email_subject", offer=TINS_OFFER)
    assert not blocking(ok)
    bad = check_row("Down to 4 tins of our Earl Grey, $9.00 with LEAF10.", TINS, "en-US",
                    channel="email_subject", offer=TINS_OFFER)
    assert "grounding_stock" in blocking(bad)


def test_a_colour_hedged_as_a_likeness_is_no_colour_claim():
    ok = check_row("A blue that reads almost black on the page. Quillby Midnight Blue, 50 ml, $12.00 with INK20.",
                   INK, "en-US", offer=INK_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("A black ink for the page. Quillby Midnight Blue, 50 ml, $12.00 with INK20.",
                    INK, "en-US", offer=INK_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_a_verb_and_its_measure_after_a_with_list_is_a_clause_of_its_own():
    ok = check_row("Brackley clogs are natural rubber with a cotton lining, stand 40 cm tall and come in sage. "
                   "£24.00 with DIG20.", CLOGS, "en-GB", offer=CLOGS_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("Brackley clogs are natural rubber with a cotton lining, steel toecaps and come in sage. "
                    "£24.00 with DIG20.", CLOGS, "en-GB", offer=CLOGS_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_a_doubled_word_closed_by_an_emoji_is_a_figure_of_speech():
    ok = check_row("Whisk whisk ⏰ the Pipkin 60 minute timer is £8.00 with TICK20.", TIMER, "en-GB",
                   channel="email_subject", offer=TIMER_OFFER)
    assert "repetition" not in blocking(ok)
    bad = check_row("The Pipkin timer timer ⏰ is £8.00 with TICK20.", TIMER, "en-GB",
                    channel="email_subject", offer=TIMER_OFFER)
    assert "repetition" in blocking(bad)


def test_a_garment_named_by_its_material_and_worn_with_the_product_is_no_material_claim():
    ok = check_row("暖屿羊毛手套，100%羊毛，灰色配羊绒大衣、配羽绒服都好看。NUAN20到手111.20元。", GLOVES, "zh-CN",
                   offer=GLOVES_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("暖屿羊绒手套，100%羊毛，灰色，NUAN20到手111.20元。", GLOVES, "zh-CN", offer=GLOVES_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_a_comma_before_a_longer_digit_run_or_a_full_width_comma_parts_two_numbers():
    ok = check_row("光屿K5，720P，300 ANSI流明，GUANG10到手899.10元。", PROJECTOR, "zh-CN", offer=PROJECTOR_OFFER)
    assert "grounding_number" not in blocking(ok)
    ok2 = check_row("光屿K5,7200小时灯泡寿命之外，还有720P。GUANG10到手899.10元。", PROJECTOR, "zh-CN",
                    offer=PROJECTOR_OFFER)
    assert "5,720" not in " ".join(v.message for v in ok2.violations)
    bad = check_row("光屿K5，720P，5,300 ANSI流明，GUANG10到手899.10元。", PROJECTOR, "zh-CN", offer=PROJECTOR_OFFER)
    assert "grounding_number" in blocking(bad)


# --- harm that passed ----------------------------------------------------------------------------

def test_a_foreign_currency_word_after_a_zh_price_word_is_the_wrong_currency():
    bad = check_row("行途3C认证电动车头盔，XING20到手88美元，4月30日截止。", SCOOTER_HELMET, "zh-CN", offer=HELMET_OFFER)
    assert "grounding_price" in blocking(bad)
    bad2 = check_row("行途3C认证电动车头盔，XING20到手88英镑，4月30日截止。", SCOOTER_HELMET, "zh-CN", offer=HELMET_OFFER)
    assert "grounding_price" in blocking(bad2)
    ok = check_row("行途3C认证电动车头盔，XING20到手88元，4月30日截止。", SCOOTER_HELMET, "zh-CN", offer=HELMET_OFFER)
    assert not blocking(ok)


def test_a_zh_promise_of_safety_or_a_payout_for_harm_is_a_guarantee():
    bad = check_row("行途头盔通过3C认证，保证骑车摔了也不会受伤。XING20到手88元。", SCOOTER_HELMET, "zh-CN",
                    offer=HELMET_OFFER)
    assert "absolute_claim" in blocking(bad)
    bad2 = check_row("行途3C认证头盔，万一出了事照价赔付。XING20到手88元。", SCOOTER_HELMET, "zh-CN", offer=HELMET_OFFER)
    assert "absolute_claim" in blocking(bad2)
    ok = check_row("行途头盔通过3C认证，骑车出门更安心。XING20到手88元。", SCOOTER_HELMET, "zh-CN", offer=HELMET_OFFER)
    assert "absolute_claim" not in blocking(ok)


def test_a_deadline_at_the_years_end_or_all_year_needs_an_offer_that_ends_then():
    bad = check_row("行途头盔XING20到手88元，年末前下单都有效。", SCOOTER_HELMET, "zh-CN", offer=HELMET_OFFER)
    assert "grounding_date" in blocking(bad)
    bad2 = check_row("长期有效：行途头盔XING20到手88元。", SCOOTER_HELMET, "zh-CN", offer=HELMET_OFFER)
    assert "grounding_date" in blocking(bad2)
    ok = check_row("暖屿羊毛手套NUAN20到手111.20元，年底前有效。", GLOVES, "zh-CN", offer=GLOVES_OFFER)
    assert "grounding_date" not in blocking(ok)
    bad_en = check_row("Earl Grey, $9.00 with LEAF10 until the end of the year.", TINS, "en-US",
                       channel="email_subject", offer=TINS_OFFER)
    assert "grounding_date" in blocking(bad_en)
    bad_en2 = check_row("Earl Grey, $9.00 with LEAF10. Valid all year round.", TINS, "en-US",
                        channel="email_subject", offer=TINS_OFFER)
    assert "grounding_date" in blocking(bad_en2)
    ok_en = check_row("A tea to drink all year round, $9.00 with LEAF10.", TINS, "en-US",
                      channel="email_subject", offer=TINS_OFFER)
    assert "grounding_date" not in blocking(ok_en)


def test_people_run_down_by_their_age_is_an_insult():
    bad = check_row("Kitchen timers aren't just for senile grannies ⏰ £8.00 with TICK20.", TIMER, "en-GB",
                    channel="email_subject", offer=TIMER_OFFER)
    assert "toxicity" in blocking(bad)
    bad2 = check_row("Not just for old codgers: the Pipkin timer, £8.00 with TICK20.", TIMER, "en-GB",
                     channel="email_subject", offer=TIMER_OFFER)
    assert "toxicity" in blocking(bad2)
    ok = check_row("A timer your grandparents will find easy to read, £8.00 with TICK20.", TIMER, "en-GB",
                   channel="email_subject", offer=TIMER_OFFER)
    assert "toxicity" not in blocking(ok)
    bad_zh = check_row("老东西也会用的手套？暖屿羊毛手套NUAN20到手111.20元。", GLOVES, "zh-CN", offer=GLOVES_OFFER)
    assert "toxicity" in blocking(bad_zh)


def test_a_layout_slot_left_in_brackets_is_a_template_leak():
    bad = check_row("[Subject line]\nPipkin kitchen timer £8.00 with TICK20.", TIMER, "en-GB", offer=TIMER_OFFER)
    assert "template_leak" in blocking(bad)
    bad2 = check_row("[Your hero image goes here]\nPipkin kitchen timer £8.00 with TICK20.", TIMER, "en-GB",
                     offer=TIMER_OFFER)
    assert "template_leak" in blocking(bad2)
    bad_zh = check_row("【主标题】\n暖屿羊毛手套NUAN20到手111.20元。", GLOVES, "zh-CN", offer=GLOVES_OFFER)
    assert "template_leak" in blocking(bad_zh)
    ok = check_row("Pipkin kitchen timer (60 minutes) £8.00 with TICK20.", TIMER, "en-GB", offer=TIMER_OFFER)
    assert "template_leak" not in blocking(ok)


def test_a_compound_superlative_made_absolute_is_an_absolute_claim():
    bad = check_row("The best-fitting clog ever made, £24.00 with DIG20.", CLOGS, "en-GB",
                    channel="email_subject", offer=CLOGS_OFFER)
    assert "absolute_claim" in blocking(bad)
    ok = check_row("A hard-wearing clog for the allotment, £24.00 with DIG20.", CLOGS, "en-GB",
                   channel="email_subject", offer=CLOGS_OFFER)
    assert "absolute_claim" not in blocking(ok)


def test_an_n_pack_of_must_be_the_records_pack():
    bad = check_row("Rallyhouse: 8-pack of towel grips $9 with RALLY25.", GRIPS, "en-US",
                    channel="email_subject", offer=GRIPS_OFFER)
    assert "grounding_number" in blocking(bad)
    ok = check_row("Rallyhouse: 4-pack of towel grips $9 with RALLY25.", GRIPS, "en-US",
                   channel="email_subject", offer=GRIPS_OFFER)
    assert "grounding_number" not in blocking(ok)


def test_a_free_item_named_in_several_words_before_with_every_is_a_gift():
    bad = check_row("Free tube of six feather shuttlecocks with every grip pack", GRIPS, "en-US",
                    channel="email_subject", offer=GRIPS_OFFER)
    assert "grounding_gift" in blocking(bad)
    ok = check_row("Free shipping on every grip pack", GRIPS, "en-US", channel="email_subject",
                   offer={**GRIPS_OFFER, "free_shipping": True})
    assert "grounding_gift" not in blocking(ok)


def test_another_item_bundled_by_a_word_the_record_uses_only_in_a_compound():
    bad = check_row("Midnight Blue ink + matching nail sheen, $12.00 with INK20.", INK, "en-US",
                    channel="email_subject", offer=INK_OFFER)
    assert "grounding_attribute" in blocking(bad)
    ok = check_row("Midnight Blue ink in a high-sheen finish, $12.00 with INK20.", INK, "en-US",
                   channel="email_subject", offer=INK_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad_zh = check_row("羊毛手套加同款羊毛帽子一套，NUAN20到手111.20元。", GLOVES, "zh-CN", offer=GLOVES_OFFER)
    assert "grounding_attribute" in blocking(bad_zh)
    ok_zh = check_row("羊毛手套加同款羊毛手套一套，NUAN20到手111.20元。", GLOVES, "zh-CN", offer=GLOVES_OFFER)
    assert "grounding_attribute" not in blocking(ok_zh)


def test_a_province_of_china_before_a_sourcing_word_must_be_the_records():
    bad = check_row("四川高山果园直采的蓝莓果酱，300克，LAN20到手31.20元。", JAM, "zh-CN", offer=JAM_OFFER)
    assert "grounding_origin" in blocking(bad)
    bad2 = check_row("上海本地工厂出品，蓝莓果酱300克，LAN20到手31.20元。", JAM, "zh-CN", offer=JAM_OFFER)
    assert "grounding_origin" in blocking(bad2)
    ok = check_row("黑龙江大兴安岭直采蓝莓，果酱300克，LAN20到手31.20元。", JAM, "zh-CN", offer=JAM_OFFER)
    assert "grounding_origin" not in blocking(ok)


def test_a_zh_price_word_cut_after_its_first_character_is_truncated():
    bad = check_row("山野集蓝莓果酱300克，9月30日前输入LAN20，原价39元，到", JAM, "zh-CN", offer=JAM_OFFER)
    assert "truncated" in blocking(bad)
    ok = check_row("山野集蓝莓果酱300克，9月30日前输入LAN20，原价39元，到手31.20元。", JAM, "zh-CN", offer=JAM_OFFER)
    assert "truncated" not in blocking(ok)
