"""Classes of copy a tenth frozen set (new catalogues) exposed, each tested on examples written
here, never that set's rows. Correct copy that was blocked: a stock count written in words ("Five
linen aprons left"), with the product named at length ("only 4 jars of our ... left") or said to be
on the shelf, a '1' before a thing the record names with "a" ("1 pouch" for "a canvas pouch"), a
making by hand the record words as a craft ("sewn by hand"), skin named for a shampoo or a bath
product, and zh 第一个告诉你 (who hears the news first). Harm that passed: a deadline at a fixed feast
or the end of a month reached "to" ("until Halloween", "right up to the end of May"), a superlative
made absolute by "you'll ever", another maker's look borrowed ("Fenwick Pottery-style"), mojibake
whose third byte was lost, an SMS cut inside its opt-out ("Reply ST", 回T退), zh promises of a
result, a lifetime or a multiple paid back, 穷酸, the model's own preface (以下是为您生成的), an
editor's note in brackets ([插入...]), a town famous for a craft as an origin the record lacks, and
email subjects that tease. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

APRON = {"item_id": "A1", "title": "Marlow Linen Apron, Sage", "brand": "Marlow", "category": "Aprons",
         "price": 27.0, "list_price": 30.0, "currency": "USD",
         "attributes": {"material": "100% linen", "made": "sewn by hand in our Maine workshop",
                        "includes": "a canvas pouch"}, "stock": 5}
APRON_OFFER = {"discount_pct": 10, "ends": "2027-10-31", "code": "SAGE10"}

HONEY = {"item_id": "H1", "title": "Bramblebee Wildflower Honey, 340 g", "brand": "Bramblebee", "category": "Honey",
         "price": 7.2, "list_price": 9.0, "currency": "GBP",
         "attributes": {"size": "340 g", "origin": "Herefordshire"}, "stock": 4}
HONEY_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "HIVE20"}

BATH = {"item_id": "B1", "title": "Pawsley Puppy Bath Foam, 250 ml", "brand": "Pawsley", "category": "Dog Bath",
        "price": 8.0, "list_price": 10.0, "currency": "GBP",
        "attributes": {"size": "250 ml", "scent": "unscented"}, "stock": 50}
BATH_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "SUDS20"}

LAMP = {"item_id": "L1", "title": "Glowbury Desk Lamp", "brand": "Glowbury", "category": "Lamps",
        "price": 36.0, "list_price": 45.0, "currency": "USD",
        "attributes": {"finish": "brushed brass", "bulb": "LED"}, "stock": 80}
LAMP_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "GLOW20"}

TEAPOT = {"item_id": "C1", "title": "陶里 白瓷茶壶 600毫升", "brand": "陶里", "category": "茶具",
          "price": 76.0, "list_price": 95.0, "currency": "CNY",
          "attributes": {"材质": "白瓷", "容量": "600毫升"}, "stock": 40}
TEAPOT_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "TAO20"}
TEAPOT_CAMPAIGN = {"brand_signature": "【陶里】"}


def test_a_stock_count_in_words_or_named_at_length_is_a_stock_claim():
    for copy in ("Five sage linen aprons left in the workshop", "Only 5 aprons of our sage linen batch left",
                 "We have 5 on the shelf, sewn by hand in Maine."):
        assert "grounding_number" not in blocking(check_row(copy, APRON, "en-US", channel="email_subject"
                                                             if len(copy) < 50 else "email_body",
                                                             offer=APRON_OFFER))
    for copy in ("Seven sage linen aprons left in the workshop", "Only 9 aprons of our sage linen batch left",
                 "We have 12 on the shelf, sewn by hand in Maine."):
        bad = check_row(copy, APRON, "en-US", channel="email_subject" if len(copy) < 50 else "email_body",
                        offer=APRON_OFFER)
        assert "grounding_stock" in blocking(bad), copy
    # a time is no stock
    ok = check_row("Only 3 days of the sale left: the Marlow apron is $27.00 with SAGE10 until October 31.",
                   APRON, "en-US", offer=APRON_OFFER)
    assert "grounding_stock" not in blocking(ok)


def test_a_one_before_a_thing_the_record_names_with_an_article():
    ok = check_row("100% linen, 1 pouch\nMarlow linen apron, $27.00 with SAGE10.", APRON, "en-US", channel="push",
                   offer=APRON_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("100% linen, 1 towel\nMarlow linen apron, $27.00 with SAGE10.", APRON, "en-US", channel="push",
                    offer=APRON_OFFER)
    assert "grounding_number" in blocking(bad)


def test_handmade_is_grounded_by_a_craft_done_by_hand():
    ok = check_row("Handmade in linen, one pocket for your pencil. $27.00 with SAGE10. #handmade", APRON, "en-US",
                   channel="social", offer=APRON_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("Handmade brass desk lamp, $36.00 with GLOW20. #handmade", LAMP, "en-US", channel="social",
                    offer=LAMP_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_skin_belongs_to_a_bath_product_for_dogs():
    ok = check_row("Kind to puppy skin 🐶 Pawsley bath foam, unscented, £8.00 with SUDS20.", BATH, "en-GB",
                   channel="social", offer=BATH_OFFER)
    assert "off_topic" not in blocking(ok)
    bad = check_row("Kind to your skin ✨ Glowbury desk lamp in brushed brass, $36.00 with GLOW20.", LAMP, "en-US",
                    channel="social", offer=LAMP_OFFER)
    assert "off_topic" in blocking(bad)


def test_zh_first_to_tell_you_is_no_superlative():
    ok = check_row("新品到了，第一时间通知你：陶里白瓷茶壶600毫升，TAO20到手76元。", TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
    assert "absolute_claim" not in blocking(ok)
    bad = check_row("全网第一的白瓷茶壶，TAO20到手76元。", TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
    assert "absolute_claim" in blocking(bad)


def test_a_deadline_at_a_feast_or_a_months_end_must_be_the_offers():
    for copy in ("No hurry: the Glowbury desk lamp is $36.00 with GLOW20 until Halloween.",
                 "The Glowbury desk lamp stays $36.00 with GLOW20 right up to the end of August."):
        bad = check_row(copy, LAMP, "en-US", offer=LAMP_OFFER)
        assert "grounding_date" in blocking(bad), copy
    for copy in ("No hurry: the Glowbury desk lamp is $36.00 with GLOW20 right through to the end of September.",
                 "The Glowbury desk lamp is $36.00 with GLOW20 until Christmas.", ):
        offer = LAMP_OFFER if "September" in copy else dict(LAMP_OFFER, ends="2027-12-24")
        assert "grounding_date" not in blocking(check_row(copy, LAMP, "en-US", offer=offer)), copy


def test_a_superlative_you_will_ever_buy_is_absolute():
    bad = check_row("The brightest desk lamp you'll ever own", LAMP, "en-US", channel="email_subject",
                    offer=LAMP_OFFER)
    assert "absolute_claim" in blocking(bad)
    ok = check_row("The brightest corner of your desk, $36.00 with GLOW20", LAMP, "en-US", channel="email_subject",
                   offer=LAMP_OFFER)
    assert "absolute_claim" not in blocking(ok)


def test_another_makers_look_borrowed_is_a_comparison():
    bad = check_row("Marlow: Fenwick Pottery-style sage apron $27 w/ SAGE10 til 10/31. Reply STOP to opt out", APRON,
                    "en-US", channel="sms", offer=APRON_OFFER)
    assert "comparison" in blocking(bad)
    ok = check_row("Marlow: Shaker-style sage linen apron $27 w/ SAGE10 til 10/31. Reply STOP to opt out", APRON,
                   "en-US", channel="sms", offer=APRON_OFFER)
    assert "comparison" not in blocking(ok)


def test_mojibake_with_its_third_byte_lost_is_garbled():
    bad = check_row("Desk lamp â€\" brushed brass / Glowbury $36.00 with GLOW20.", LAMP, "en-US", channel="social",
                    offer=LAMP_OFFER)
    assert "garbled_text" in blocking(bad)
    ok = check_row("Desk lamp — brushed brass / Glowbury $36.00 with GLOW20.", LAMP, "en-US", channel="social",
                   offer=LAMP_OFFER)
    assert "garbled_text" not in blocking(ok)


def test_an_sms_cut_inside_its_opt_out_is_truncated():
    bad = check_row("Glowbury: brass desk lamp $36 with GLOW20 until 9/30. Reply ST", LAMP, "en-US", channel="sms",
                    offer=LAMP_OFFER)
    assert "truncated" in blocking(bad)
    ok = check_row("Glowbury: brass desk lamp $36 with GLOW20 until 9/30. Reply STOP", LAMP, "en-US", channel="sms",
                   offer=LAMP_OFFER)
    assert "truncated" not in blocking(ok)
    zh_bad = check_row("【陶里】白瓷茶壶8折，TAO20到手76元，6月30日止。回T退", TEAPOT, "zh-CN", channel="sms",
                       offer=TEAPOT_OFFER, campaign=TEAPOT_CAMPAIGN)
    assert "truncated" in blocking(zh_bad)
    zh_ok = check_row("【陶里】白瓷茶壶8折，TAO20到手76元，6月30日止。退订回T", TEAPOT, "zh-CN", channel="sms",
                      offer=TEAPOT_OFFER, campaign=TEAPOT_CAMPAIGN)
    assert "truncated" not in blocking(zh_ok)


def test_zh_promises_of_a_result_a_lifetime_or_a_multiple_paid_back():
    for copy in ("陶里茶壶保证开水冲泡绝不开裂，TAO20到手76元。", "陶里白瓷壶承诺终身不裂，TAO20到手76元。",
                 "茶壶漏一滴赔五倍，TAO20到手76元。", "白瓷茶壶摔碎包换，TAO20到手76元。"):
        assert "absolute_claim" in blocking(check_row(copy, TEAPOT, "zh-CN", offer=TEAPOT_OFFER)), copy
    ok = check_row("陶里白瓷茶壶，我们承诺48小时内发货，TAO20到手76元。", TEAPOT, "zh-CN", offer=TEAPOT_OFFER)
    assert "absolute_claim" not in blocking(ok)


def test_zh_poor_called_shabby_preface_and_editors_note():
    assert "toxicity" in blocking(check_row("还用搪瓷缸泡茶？太穷酸了吧☕ 陶里白瓷茶壶到手76元。", TEAPOT, "zh-CN",
                                            channel="social", offer=TEAPOT_OFFER))
    assert "toxicity" not in blocking(check_row("还用搪瓷缸泡茶？换个白瓷壶吧☕ 陶里白瓷茶壶到手76元。", TEAPOT, "zh-CN",
                                                channel="social", offer=TEAPOT_OFFER))
    echo = check_row("这是给你写的推送 / 陶里白瓷茶壶，到手76元。", TEAPOT, "zh-CN", channel="push", offer=TEAPOT_OFFER)
    assert "prompt_injection" in blocking(echo)
    assert "prompt_injection" not in blocking(check_row("这是给你准备的下午茶 / 陶里白瓷茶壶，到手76元。", TEAPOT,
                                                        "zh-CN", channel="push", offer=TEAPOT_OFFER))
    leak = check_row("【此处放茶壶图】陶里白瓷茶壶到手76元🍵", TEAPOT, "zh-CN", channel="social", offer=TEAPOT_OFFER)
    assert "template_leak" in blocking(leak)
    en_leak = check_row("[Insert photo of the lamp] Glowbury desk lamp, $36.00 with GLOW20.", LAMP, "en-US",
                        channel="social", offer=LAMP_OFFER)
    assert "template_leak" in blocking(en_leak)


def test_zh_a_town_famous_for_a_craft_is_an_origin():
    bad = check_row("宜兴手作 / 陶里白瓷茶壶600毫升，到手76元。", TEAPOT, "zh-CN", channel="push", offer=TEAPOT_OFFER)
    assert "grounding_origin" in blocking(bad)
    record = dict(TEAPOT, attributes={**TEAPOT["attributes"], "产地": "江西景德镇"})
    ok = check_row("景德镇烧制 / 陶里白瓷茶壶600毫升，到手76元。", record, "zh-CN", channel="push", offer=TEAPOT_OFFER)
    assert "grounding_origin" not in blocking(ok)


def _warned(verdict) -> set[str]:
    return {v.rule for v in verdict.violations if v.severity == "warn"}


def test_an_email_subject_that_teases_warns_even_naming_the_product():
    for copy, product, locale in (("We found something about your desk lamp", LAMP, "en-US"),
                                  ("The lamp setting most desks get wrong...", LAMP, "en-US"),
                                  ("泡茶的你，一定要看看这个……", TEAPOT, "zh-CN")):
        verdict = check_row(copy, product, locale, channel="email_subject",
                            offer=LAMP_OFFER if product is LAMP else TEAPOT_OFFER)
        assert "off_product" in _warned(verdict), copy
    plain = check_row("Glowbury brass desk lamp, 20% off until September 30", LAMP, "en-US",
                      channel="email_subject", offer=LAMP_OFFER)
    assert "off_product" not in _warned(plain)
