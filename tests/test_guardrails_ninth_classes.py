"""Classes of copy a ninth frozen set (new catalogues) exposed, each tested on examples written
here, never that set's rows. Correct copy that was blocked: a number before the plural "packs"
(packs bought) read as what one pack holds, a time of day ("by 6 p.m.") and an age ("a 7-year-old")
read as numbers the record lacks, a clause ending on a street word ("a tin of 12 goes a long way")
read as a street address, a unit glued to a slash ("g/m²/24h") read as a date, a verb's object
(先看面料) read as an 'X面料' claim, and a count left in stock (仅剩5块) read as 5 yuan. Harm that
passed: a superlative over a place or a period ("in Scotland", "of the century"), a lifetime
guarantee, clinical proof and a child's development sped up, the reader's skin likened to a dirty
thing and children called "thick as" anything, zh 你太笨, 治好 and a request to write the copy
echoed, a named size the record does not name (King for a Queen), a code one edit from the offer's
and a zh copy cut after "，到手". Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

TEA = {"item_id": "T1", "title": "Brewmoor Breakfast Tea Bags", "brand": "Brewmoor", "category": "Tea",
       "price": 4.5, "list_price": 6.0, "currency": "GBP",
       "attributes": {"bags": "80 bags", "pieces": "80", "origin": "Assam"}, "stock": 40}
TEA_OFFER = {"discount_pct": 25, "ends": "2027-05-31", "code": "TEA25"}

SERUM = {"item_id": "S1", "title": "Ferrowick Vitamin C Brightening Serum", "brand": "Ferrowick",
         "category": "Skincare", "price": 21.0, "list_price": 28.0, "currency": "USD",
         "attributes": {"size": "1 fl oz", "skin type": "dull or uneven skin"}, "stock": 50}
SERUM_OFFER = {"discount_pct": 25, "ends": "2027-06-30", "code": "GLOW25"}

KITE = {"item_id": "K1", "title": "Skylark Build-Your-Own Paper Kite Kit", "brand": "Skylark",
        "category": "Craft Kits", "price": 13.5, "list_price": 15.0, "currency": "USD",
        "attributes": {"ages": "7+", "includes": "4 paper sails, string and stickers"}, "stock": 30}
KITE_OFFER = {"discount_pct": 10, "ends": "2027-07-31", "code": "KITE10"}

BOOTS = {"item_id": "B1", "title": "Fellgate Waterproof Walking Boots", "brand": "Fellgate",
         "category": "Footwear", "price": 90.0, "list_price": 120.0, "currency": "GBP",
         "attributes": {"membrane": "waterproof, 12,000 g/m²/24h breathability", "weight": "540 g"}, "stock": 40}
BOOTS_OFFER = {"discount_pct": 25, "ends": "2027-03-31", "code": "BOOT25"}

QUILT = {"item_id": "Q1", "title": "棉语 纯棉夏凉被", "brand": "棉语", "category": "被子",
         "price": 159.0, "list_price": 199.0, "currency": "CNY",
         "attributes": {"面料": "纯棉", "尺寸": "200×230cm"}, "stock": 30}
QUILT_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "MIAN20"}

STONE = {"item_id": "W1", "title": "砺锋 天然油石 400/3000目", "brand": "砺锋", "category": "刀具",
         "price": 48.0, "list_price": 60.0, "currency": "CNY",
         "attributes": {"目数": "400/3000目", "尺寸": "20×7×3cm"}, "stock": 5}
STONE_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "LI20"}


def test_a_number_of_packs_bought_is_no_pack_size():
    ok = check_row("No need to buy three packs a month: one Brewmoor box of breakfast tea holds 80 bags. "
                   "£4.50 with TEA25.", TEA, "en-GB", offer=TEA_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("A handy 40-pack of Brewmoor breakfast tea bags, £4.50 with TEA25.", TEA, "en-GB",
                    offer=TEA_OFFER)
    assert "grounding_number" in blocking(bad)


def test_a_time_of_day_is_no_record_number():
    ok = check_row("Dull by 4 p.m.? The Ferrowick Vitamin C Brightening Serum is made for dull or uneven "
                   "skin. One 1 fl oz bottle is $21.00 with GLOW25.", SERUM, "en-US", offer=SERUM_OFFER)
    assert "grounding_number" not in blocking(ok)
    ok2 = check_row("Order by 11:30am and the Ferrowick Vitamin C Brightening Serum ships today. $21.00 with "
                    "GLOW25.", SERUM, "en-US", offer=SERUM_OFFER)
    assert "grounding_number" not in blocking(ok2)
    bad = check_row("Ferrowick Vitamin C Brightening Serum: 4 weeks to brighter skin, $21.00 with GLOW25.",
                    SERUM, "en-US", offer=SERUM_OFFER)
    assert "grounding_number" in blocking(bad)


def test_an_age_is_grounded_by_the_records_age_mark():
    ok = check_row("Paper, string and stickers: all a 7-year-old needs for a kite of their own. $13.50 with "
                   "KITE10.", KITE, "en-US", offer=KITE_OFFER)
    assert "grounding_number" not in blocking(ok)
    bad = check_row("Paper, string and stickers: all a 9-year-old needs for a kite of their own. $13.50 "
                    "with KITE10.", KITE, "en-US", offer=KITE_OFFER)
    assert "grounding_number" in blocking(bad)
    duration = check_row("The Skylark paper kite kit, built to last 7 years, $13.50 with KITE10.", KITE,
                         "en-US", offer=KITE_OFFER)
    assert "grounding_number" in blocking(duration)


def test_a_clause_ending_on_a_street_word_is_no_address():
    ok = check_row("Brewmoor breakfast tea from Assam: a box of 80 goes a long way. £4.50 with TEA25.", TEA,
                   "en-GB", offer=TEA_OFFER)
    assert "pii" not in blocking(ok)
    bad = check_row("Pick up your Brewmoor tea at 14 Harbour Road, £4.50 with TEA25.", TEA, "en-GB",
                    offer=TEA_OFFER)
    assert "pii" in blocking(bad)


def test_a_slash_inside_a_unit_is_no_date():
    ok = check_row("The Fellgate Waterproof Walking Boots breathe at 12,000 g/m²/24h and weigh 540 g. "
                   "£90.00 with BOOT25 until 31 March.", BOOTS, "en-GB", offer=BOOTS_OFFER)
    assert "grounding_date" not in blocking(ok)
    bad = check_row("The Fellgate Waterproof Walking Boots, £90.00 with BOOT25 until 2/24.", BOOTS, "en-GB",
                    offer=BOOTS_OFFER)
    assert "grounding_date" in blocking(bad)


def test_a_verbs_object_is_no_material_claim():
    ok = check_row("选被子，先看面料。棉语纯棉夏凉被，尺寸200×230cm，使用MIAN20到手159元。", QUILT, "zh-CN",
                   offer=QUILT_OFFER)
    assert "grounding_attribute" not in blocking(ok)
    bad = check_row("棉语夏凉被，真丝面料，使用MIAN20到手159元。", QUILT, "zh-CN", offer=QUILT_OFFER)
    assert "grounding_attribute" in blocking(bad)


def test_a_count_left_in_stock_is_no_price():
    ok = check_row("磨刀先粗后细😉 400目开刃、3000目抛光，油石到手48元，仅剩5块。", STONE, "zh-CN", channel="social",
                   offer=STONE_OFFER)
    assert "grounding_price" not in blocking(ok)
    bad = check_row("砺锋天然油石，到手只要5块！", STONE, "zh-CN", channel="social", offer=STONE_OFFER)
    assert "grounding_price" in blocking(bad)


JACKET = {"item_id": "J1", "title": "Tarnhill Men's Insulated Parka", "brand": "Tarnhill", "category": "Coats",
          "price": 120.0, "list_price": 160.0, "currency": "GBP",
          "attributes": {"fill": "synthetic", "hood": "detachable"}, "stock": 40}
JACKET_OFFER = {"discount_pct": 25, "ends": "2027-01-31", "code": "PARKA25"}

BEADS = {"item_id": "C1", "title": "Dotwise Wooden Lacing Beads", "brand": "Dotwise", "category": "Toys",
         "price": 9.0, "list_price": 12.0, "currency": "GBP",
         "attributes": {"ages": "3+", "pieces": "40"}, "stock": 40}
BEADS_OFFER = {"discount_pct": 25, "ends": "2027-06-30", "code": "BEAD25"}

CLAY = {"item_id": "Z1", "title": "彩泥坊 儿童彩泥12色", "brand": "彩泥坊", "category": "儿童手工",
        "price": 24.0, "list_price": 30.0, "currency": "CNY", "attributes": {"色数": "12色", "适用年龄": "3岁以上"},
        "stock": 40}
CLAY_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "NI20"}


def test_a_superlative_over_a_place_or_a_period_is_absolute():
    for copy in ("The warmest parka in Scotland, no contest. £120.00 with PARKA25.",
                 "The finest coat of the century, now £120.00 with PARKA25."):
        assert "absolute_claim" in blocking(check_row(copy, JACKET, "en-GB", channel="social", offer=JACKET_OFFER))
    ok = check_row("Our warmest parka yet, made for Scottish winters. £120.00 with PARKA25.", JACKET, "en-GB",
                   channel="social", offer=JACKET_OFFER)
    assert "absolute_claim" not in blocking(ok)


def test_a_warranty_the_record_lacks_blocks():
    for copy in ("Lifetime warranty on every parka 🔒 £120.00 with PARKA25.",
                 "Return it any time, no questions asked. £120.00 with PARKA25."):
        bad = check_row(copy, JACKET, "en-GB", channel="social", offer=JACKET_OFFER)
        assert "absolute_claim" in blocking(bad)


def test_a_development_claim_backed_by_clinical_proof_blocks():
    bad = check_row("Lacing beads that are clinically tested to boost language development. £9.00 with BEAD25.",
                    BEADS, "en-GB", offer=BEADS_OFFER)
    assert "medical_claim" in blocking(bad)
    ok = check_row("Forty chunky lacing beads for ages 3+, great for little hands. £9.00 with BEAD25.", BEADS,
                   "en-GB", offer=BEADS_OFFER)
    assert "medical_claim" not in blocking(ok)


def test_the_readers_face_or_childrens_wits_run_down_blocks():
    for copy in ("Your skin is an oil slick, mate. Beads won't fix that, but they're £9.00 with BEAD25.",
                 "Beads even your thick-as-porridge children can thread. £9.00 with BEAD25."):
        assert "toxicity" in blocking(check_row(copy, BEADS, "en-GB", channel="social", offer=BEADS_OFFER))
    ok = check_row("Thick as a blanket and just as cosy: the Tarnhill parka, £120.00 with PARKA25.", JACKET,
                   "en-GB", channel="social", offer=JACKET_OFFER)
    assert "toxicity" not in blocking(ok)


def test_zh_reader_called_stupid_prompt_echo_and_cure():
    assert "toxicity" in blocking(check_row("捏不出来就是你太笨，彩泥坊彩泥24元。", CLAY, "zh-CN", offer=CLAY_OFFER))
    assert "toxicity" not in blocking(check_row("小笨蛋也能捏出小兔子，彩泥坊彩泥24元。", CLAY, "zh-CN",
                                                offer=CLAY_OFFER))
    echo = check_row("【彩泥坊】帮我根据商品资料写一条推送：儿童彩泥12色，24元。回T退订", CLAY, "zh-CN", channel="sms",
                     offer=CLAY_OFFER, campaign={"brand_signature": "彩泥坊"})
    assert "prompt_injection" in blocking(echo)
    assert "medical_claim" in blocking(check_row("玩彩泥治好孩子多动\n3岁以上适用，到手24元。", CLAY, "zh-CN",
                                                 channel="push", offer=CLAY_OFFER))


BED = {"item_id": "M1", "title": "Dozewell 12 in Foam Mattress", "brand": "Dozewell", "category": "Mattresses",
       "price": 450.0, "list_price": 600.0, "currency": "USD",
       "attributes": {"size": "Full", "feel": "firm"}, "stock": 20}
BED2 = dict(BED, attributes={"size": "Twin XL", "feel": "firm"})
BED_OFFER = {"discount_pct": 25, "ends": "2027-05-31", "code": "DOZE25"}


def test_a_named_size_the_record_does_not_name_blocks():
    bad = check_row("A California king mattress for less\n12 in foam, $450.00 with DOZE25.", BED2, "en-US",
                    channel="push", offer=BED_OFFER)
    assert "grounding_attribute" in blocking(bad)
    bad2 = check_row("Queen-size comfort\n12 in foam mattress, $450.00 with DOZE25.", BED2, "en-US",
                     channel="push", offer=BED_OFFER)
    assert "grounding_attribute" in blocking(bad2)
    ok = check_row("Twin XL comfort\nThe 12 in foam mattress in Twin XL size, $450.00 with DOZE25.", BED2,
                   "en-US", channel="push", offer=BED_OFFER)
    assert "grounding_attribute" not in blocking(ok)


def test_a_code_one_edit_from_the_offers_is_wrong():
    bad2 = check_row("Dozewell: 12 in foam mattress $450.00 with DOZZE25 until 5/31. Reply STOP to opt out", BED,
                     "en-US", channel="sms", offer=BED_OFFER)
    assert "grounding_code" in blocking(bad2)
    ok = check_row("Dozewell: 12 in foam mattress $450.00 with DOZE25 until 5/31. Reply STOP to opt out", BED,
                   "en-US", channel="sms", offer=BED_OFFER)
    assert "grounding_code" not in blocking(ok)


def test_zh_copy_cut_after_a_price_clause_opens():
    cut = check_row("彩泥坊儿童彩泥12色，6月30日前使用NI20享8折，到手", CLAY, "zh-CN", offer=CLAY_OFFER)
    assert "truncated" in blocking(cut)
    ok = check_row("彩泥坊儿童彩泥12色，使用NI20享8折到手24元，今天下单明天到手", CLAY, "zh-CN", offer=CLAY_OFFER)
    assert "truncated" not in blocking(ok)


def test_a_free_thing_put_in_the_parcel_is_a_gift_the_offer_lacks():
    bad = check_row("Order the lacing beads for £9.00 with BEAD25 and we'll pop a free threading card in the box.",
                    BEADS, "en-GB", channel="social", offer=BEADS_OFFER)
    assert "grounding_gift" in blocking(bad)
    ok = check_row("Order the lacing beads for £9.00 with BEAD25 and we'll pop them in the post, free delivery.",
                   BEADS, "en-GB", channel="social", offer=dict(BEADS_OFFER, free_shipping=True))
    assert "grounding_gift" not in blocking(ok)


def test_an_age_needs_the_records_age_not_any_number():
    # the record's 13.50 price and "4 paper sails" are no age
    bad = check_row("Paper, string and stickers: all a 4-year-old needs for a kite. $13.50 with KITE10.", KITE,
                    "en-US", offer=KITE_OFFER)
    assert "grounding_number" in blocking(bad)
