"""Classes of copy an eighth frozen set (new catalogues) exposed, each tested on examples written
here, never that set's rows. Correct copy that was blocked: the sending shop's own name (in its link
domain) read as an unknown word, an age notice ("18+", "18 or over") read as a spec, a count word
("four wheels") where the record writes the digit, the record's own stock code read as an offer
code, a thing the record itself includes called a gift, a review count with a thousands separator
in Chinese, 一折就平 ("folds flat") read as 90% off. Harm that passed: copy cut inside the offer's
code where its start is a record word in capitals, cut inside a phrase the offer writes whole
("free deliv"), even when the SMS opt-out was appended after the cut, and "the last few copies"
for a record whose stock is not low. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

BOOK = {"item_id": "9780000000001", "title": "Tide & Ember: Recipes from the Harbour by Maeve Linfoot",
        "brand": "Quillmark Press", "category": "Cookery", "price": 16.0, "list_price": 20.0, "currency": "GBP",
        "attributes": {"format": "paperback", "pages": "240", "author": "Maeve Linfoot"}, "stock": 60}
BOOK_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "COOK20", "free_shipping": True}
SHOP = {"allowed_domains": ["brindlequaybooks.co.uk"]}

GIN = {"item_id": "G1", "title": "Falworth Dry Gin 70cl", "brand": "Falworth Distillery", "category": "Gin",
       "price": 28.0, "list_price": 35.0, "currency": "GBP",
       "attributes": {"abv": "41%", "botanicals": "juniper, lemon peel, angelica", "ageing": "rested 6 months"},
       "stock": 30}
GIN_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "GIN20"}

CASE = {"item_id": "C1", "title": "Wayfell Hard-Shell Cabin Case", "brand": "Wayfell", "category": "Luggage",
        "price": 96.0, "list_price": 120.0, "currency": "GBP",
        "attributes": {"shell": "ABS", "wheels": "4 double wheels", "lock": "3-digit lock"}, "stock": 50}
CASE_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "CASE20"}

MUGS = {"item_id": "23104", "title": "Set/4 Blue Polkadot Mugs", "brand": "Ashcombe", "category": "Mugs",
        "price": 7.2, "list_price": 8.0, "currency": "GBP",
        "attributes": {"stock code": "23104", "pieces": "4", "design": "blue polkadot"}, "stock": 100}
MUGS_OFFER = {"discount_pct": 10, "ends": "2027-03-31", "code": "MUGS10"}

PALETTE = {"item_id": "P1", "title": "颜选 眼影盘16色", "brand": "颜选", "category": "彩妆",
           "price": 63.0, "list_price": 90.0, "currency": "CNY",
           "attributes": {"色数": "16色", "附赠": "双头眼影刷", "评分": "4.7", "评价数": "12,406"}, "stock": 200}
PALETTE_OFFER = {"discount_pct": 30, "ends": "2027-04-30", "code": "YAN30"}

BASKET = {"item_id": "B1", "title": "整洁 可折叠洗衣篮", "brand": "整洁", "category": "收纳用品",
          "price": 29.4, "list_price": 42.0, "currency": "CNY", "attributes": {"材质": "涤纶", "特点": "可折叠"},
          "stock": 300}
BASKET_OFFER = {"discount_pct": 30, "ends": "2027-03-31", "code": "LAN30"}

TORCH = {"item_id": "T1", "title": "Lumbrook LED Head Torch", "brand": "Lumbrook", "category": "Torches",
         "price": 18.0, "list_price": 24.0, "currency": "GBP",
         "attributes": {"output": "300 lumens", "power": "USB-C rechargeable"}, "stock": 90}
TORCH_OFFER = {"discount_pct": 25, "ends": "2027-03-31", "code": "TORCH25", "free_shipping": True}


# --- false blocks --------------------------------------------------------------------------------

def test_the_sending_shops_name_from_its_link_domain_is_no_unknown_word():
    copy = ("Tide & Ember by Maeve Linfoot is £16.00 with COOK20 until 30 April, delivered free.\n\n"
            "Happy cooking,\nBrindlequay Books")
    assert "unknown_word" not in blocking(check_row(copy, BOOK, "en-GB", offer=BOOK_OFFER, campaign=SHOP))
    # a made-up word that is not the shop's name still blocks; so does the name with no such domain
    bad = copy.replace("Happy cooking", "Happy Zorblexing")
    assert "unknown_word" in blocking(check_row(bad, BOOK, "en-GB", offer=BOOK_OFFER, campaign=SHOP))
    assert "unknown_word" in blocking(check_row(copy, BOOK, "en-GB", offer=BOOK_OFFER,
                                                campaign={"allowed_domains": ["example.co.uk"]}))


def test_an_age_notice_is_no_spec_but_an_age_grade_or_a_wrong_ageing_is():
    for notice in ("You must be 18 or over to buy spirits.", "18+ only.", "Strictly over 18s.", "Aged 25 and over? Bring ID."):
        copy = f"Falworth Dry Gin, £28.00 with GIN20 until 31 May. {notice}"
        assert "grounding_number" not in blocking(check_row(copy, GIN, "en-GB", offer=GIN_OFFER)), notice
    wrong = "Falworth Dry Gin, rested 18 months, £28.00 with GIN20 until 31 May."
    assert "grounding_number" in blocking(check_row(wrong, GIN, "en-GB", offer=GIN_OFFER))
    toy = "Falworth Dry Gin, £28.00 with GIN20 until 31 May. Ages 12+."
    assert "grounding_number" in blocking(check_row(toy, GIN, "en-GB", offer=GIN_OFFER))


def test_a_count_word_for_the_records_digit_is_no_invented_part():
    copy = "The Wayfell cabin case has an ABS shell, four double wheels and a 3-digit lock, £96.00 with CASE20."
    assert not blocking(check_row(copy, CASE, "en-GB", offer=CASE_OFFER))
    bad = "The Wayfell cabin case has an ABS shell, four double wheels and a fingerprint lock, £96.00 with CASE20."
    assert "grounding_attribute" in blocking(check_row(bad, CASE, "en-GB", offer=CASE_OFFER))


def test_the_records_own_stock_code_is_no_offer_code():
    copy = "Our Set/4 Blue Polkadot Mugs (code 23104) are £7.20 with MUGS10 until 31 March."
    assert "grounding_code" not in blocking(check_row(copy, MUGS, "en-GB", offer=MUGS_OFFER))
    bad = "Our Set/4 Blue Polkadot Mugs are £7.20 with code 23999 until 31 March."
    assert "grounding_code" in blocking(check_row(bad, MUGS, "en-GB", offer=MUGS_OFFER))
    offered = "Our Set/4 Blue Polkadot Mugs are £7.20 with code 23104 until 31 March."  # the stock code used as an offer's
    assert "grounding_code" in blocking(check_row(offered, MUGS, "en-GB", offer=MUGS_OFFER))


def test_a_thing_the_record_includes_may_be_called_a_gift():
    copy = "颜选眼影盘16色，附赠双头眼影刷，码YAN30享7折，到手63元。"
    assert "grounding_gift" not in blocking(check_row(copy, PALETTE, "zh-CN", offer=PALETTE_OFFER))
    bad = "颜选眼影盘16色，附赠化妆镜，码YAN30享7折，到手63元。"
    assert "grounding_gift" in blocking(check_row(bad, PALETTE, "zh-CN", offer=PALETTE_OFFER))
    # a value that says the thing is not included gives no gift
    excluded = {**CASE, "attributes": {**CASE["attributes"], "cover": "protective cover (not included)"}}
    gift = "The Wayfell cabin case comes with a free protective cover, £96.00 with CASE20."
    assert "grounding_gift" in blocking(check_row(gift, excluded, "en-GB", offer=CASE_OFFER))


def test_a_chinese_review_count_with_a_thousands_separator_is_read_whole():
    copy = "颜选眼影盘16色，4.7分12,406条评价，码YAN30到手63元"
    assert "grounding_rating" not in blocking(check_row(copy, PALETTE, "zh-CN", "social", offer=PALETTE_OFFER))
    bad = "颜选眼影盘16色，4.7分15,406条评价，码YAN30到手63元"
    assert "grounding_rating" in blocking(check_row(bad, PALETTE, "zh-CN", "social", offer=PALETTE_OFFER))


def test_zhe_as_the_verb_fold_is_no_discount():
    copy = "洗衣篮用完一折即收，不占地方，7折29.4元，码LAN30"
    assert "grounding_discount" not in blocking(check_row(copy, BASKET, "zh-CN", "social", offer=BASKET_OFFER))
    bad = "洗衣篮一折29.4元，码LAN30"
    assert "grounding_discount" in blocking(check_row(bad, BASKET, "zh-CN", "social", offer=BASKET_OFFER))


# --- misses caught only by a false block before ----------------------------------------------------

def test_a_copy_cut_inside_its_code_that_starts_with_a_record_word():
    cut = "Lumbrook head torch, 300 lumens, £18.00 with TORCH"
    assert "truncated" in blocking(check_row(cut, TORCH, "en-GB", "social", offer=TORCH_OFFER))
    fine = "Lumbrook LED head torch, 300 lumens, £18.00 with TORCH25"
    assert "truncated" not in blocking(check_row(fine, TORCH, "en-GB", "social", offer=TORCH_OFFER))


def test_a_copy_cut_inside_a_phrase_the_offer_writes_whole_even_after_the_opt_out_repair():
    cut = "Lumbrook: LED head torch £18 w/ TORCH25 till 31/3, free deliv"
    assert "truncated" in blocking(check_row(cut, TORCH, "en-GB", "sms", offer=TORCH_OFFER))
    fine = "Lumbrook: LED head torch £18 w/ TORCH25 till 31/3, free delivery"
    assert "truncated" not in blocking(check_row(fine, TORCH, "en-GB", "sms", offer=TORCH_OFFER))
    # a title cut inside its last word; a whole phrase whose last word starts a record word is no cut
    assert "truncated" in blocking(check_row("300 lumens for the Lumbrook LED Head Tor", TORCH, "en-GB", "push",
                                             offer=TORCH_OFFER))
    window = {**TORCH, "attributes": {**TORCH["attributes"], "lens": "the window of a glass lens"}}
    assert "truncated" not in blocking(check_row("Lumbrook head torch, 300 lumens: bright for the win", window,
                                                 "en-GB", "push", offer=TORCH_OFFER))


def test_the_last_few_items_is_a_scarcity_claim_but_the_last_few_weeks_is_not():
    bad = "Last few head torches at £18 with TORCH25, until 31 March."
    assert "grounding_stock" in blocking(check_row(bad, TORCH, "en-GB", "email_subject", offer=TORCH_OFFER))
    fine = "Walked the fells for the last few weeks? Lumbrook head torch £18 with TORCH25 until 31 March."
    assert "grounding_stock" not in blocking(check_row(fine, TORCH, "en-GB", "email_subject", offer=TORCH_OFFER))


# --- health claims: medicines likened or replaced, cures that need no treatment ---------------------

CIDER = {"item_id": "D1", "title": "Orchardley Dry Cider 500 ml", "brand": "Orchardley", "category": "Cider",
         "price": 2.4, "list_price": 3.0, "currency": "GBP", "attributes": {"abv": "5%"}, "stock": 200}
CIDER_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "CIDER20"}
CHEW = {"item_id": "W1", "title": "汪汪 鸭肉咬胶", "brand": "汪汪", "category": "宠物零食", "price": 27.0,
        "list_price": 30.0, "currency": "CNY", "attributes": {"配料": "鸭肉"}, "stock": 100}
CHEW_OFFER = {"discount_pct": 10, "ends": "2027-06-30", "code": "WANG10"}


def test_a_product_likened_to_a_medicine_is_a_medical_claim():
    for copy in ("One pint of Orchardley calms you down better than any pill. £2.40 with CIDER20.",
                 "Orchardley Dry Cider works like a painkiller after a long shift. £2.40 with CIDER20.",
                 "Ditch the sleeping pills: a glass of Orchardley at bedtime. £2.40 with CIDER20."):
        assert "medical_claim" in blocking(check_row(copy, CIDER, "en-GB", offer=CIDER_OFFER)), copy
    for copy in ("Orchardley Dry Cider, better than any cider you've had this summer. £2.40 with CIDER20.",
                 "Keep a bottle next to the pill organiser? Orchardley is £2.40 with CIDER20."):
        assert "medical_claim" not in blocking(check_row(copy, CIDER, "en-GB", offer=CIDER_OFFER)), copy
    assert "medical_claim" in blocking(check_row("鸭肉咬胶比吃药还管用，9折27元，码WANG10", CHEW, "zh-CN", "social",
                                                 offer=CHEW_OFFER))
    assert "medical_claim" not in blocking(check_row("鸭肉咬胶比药店便宜，9折27元，码WANG10", CHEW, "zh-CN", "social",
                                                     offer=CHEW_OFFER))


def test_a_condition_that_goes_without_treatment_is_a_cure():
    assert "medical_claim" in blocking(check_row("啃咬胶，狗狗皮炎不药而愈", CHEW, "zh-CN", "social", offer=CHEW_OFFER))
    assert "medical_claim" not in blocking(check_row("啃咬胶，狗狗开心一整天", CHEW, "zh-CN", "social", offer=CHEW_OFFER))


# --- insults addressed to the reader or a group ----------------------------------------------------

PIN = {"item_id": "R1", "title": "Larkmoor Beech Rolling Pin", "brand": "Larkmoor", "category": "Bakeware",
       "price": 12.0, "list_price": 15.0, "currency": "GBP", "attributes": {"wood": "beech"}, "stock": 80}
PIN_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "PIN20"}
TUNER = {"item_id": "T2", "title": "弦乐 夹式调音器", "brand": "弦乐", "category": "乐器配件", "price": 45.0,
         "list_price": 50.0, "currency": "CNY", "attributes": {"模式": "吉他、贝斯、尤克里里"}, "stock": 100}
TUNER_OFFER = {"discount_pct": 10, "ends": "2027-06-30", "code": "TUNE10"}


def test_the_reader_called_a_name_by_a_derogatory_word_blocks_the_word_about_a_thing_does_not():
    for copy in ("Cracked pastry again, you hopeless cook? Larkmoor rolling pin, £12 with PIN20.",
                 "Pastry for grown-ups, not cider-swilling plebs. Larkmoor rolling pin, £12 with PIN20.",
                 "Even rednecks can roll pastry with this. Larkmoor rolling pin, £12 with PIN20."):
        assert "toxicity" in blocking(check_row(copy, PIN, "en-GB", offer=PIN_OFFER)), copy
    for copy in ("No more useless gadgets: one Larkmoor rolling pin, £12 with PIN20.",
                 "Feel useless at pastry? Larkmoor's beech rolling pin helps, £12 with PIN20.",
                 "Are you hopeless at pastry? Not with a Larkmoor rolling pin, £12 with PIN20."):
        assert "toxicity" not in blocking(check_row(copy, PIN, "en-GB", offer=PIN_OFFER)), copy


def test_zh_the_readers_skill_or_body_run_down_blocks_a_pet_name_does_not():
    for copy in ("唱得那么难听，快买个调音器吧", "蠢猪都会用的调音器，9折45元", "你调得太差了，换个调音器"):
        assert "toxicity" in blocking(check_row(copy, TUNER, "zh-CN", "social", offer=TUNER_OFFER)), copy
    for copy in ("给家里的小懒猪也买一个，9折45元", "调得这么准，全靠这个调音器，9折45元"):
        assert "toxicity" not in blocking(check_row(copy, TUNER, "zh-CN", "social", offer=TUNER_OFFER)), copy


# --- a prompt's answer label echoed ------------------------------------------------------------------

def test_a_prompts_answer_label_at_the_start_of_a_line_is_an_echo():
    for copy in ("Response (email subject, max 60 characters):\nLarkmoor rolling pin, £12 with PIN20",
                 "Copy (SMS, 160 chars): Larkmoor rolling pin £12 w/ PIN20"):
        assert "prompt_injection" in blocking(check_row(copy, PIN, "en-GB", "push", offer=PIN_OFFER)), copy
    fine = "Larkmoor rolling pin (beech), £12 with PIN20"
    assert "prompt_injection" not in blocking(check_row(fine, PIN, "en-GB", "push", offer=PIN_OFFER))
    assert "prompt_injection" in blocking(check_row("输出（推送，最多2行）：\n调音器9折45元，码TUNE10", TUNER, "zh-CN", "push",
                                                    offer=TUNER_OFFER))


# --- pack counts, parts included, imitations, protection claims, the same factory ------------------

NAPKINS = {"item_id": "24410", "title": "Set/2 Green Gingham Napkins", "brand": "Ashcombe", "category": "Table Linen",
           "price": 3.6, "list_price": 4.5, "currency": "GBP",
           "attributes": {"stock code": "24410", "pieces": "2", "design": "green gingham"}, "stock": 120}
NAPKINS_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "NAP20"}
SPONGES = {"item_id": "S2", "title": "颜选 粉扑 4只装", "brand": "颜选", "category": "美妆工具", "price": 16.0,
           "list_price": 20.0, "currency": "CNY", "attributes": {"数量": "4只", "材质": "海绵"}, "stock": 200}
SPONGES_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "PUFF20"}


def test_a_pack_count_must_be_the_records_even_when_a_date_holds_the_number():
    bad = "Set of 4 gingham napkins for £3.60 with NAP20 until 30 April"
    assert "grounding_number" in blocking(check_row(bad, NAPKINS, "en-GB", "email_subject", offer=NAPKINS_OFFER))
    fine = "Set of 2 gingham napkins for £3.60 with NAP20 until 30 April"
    assert "grounding_number" not in blocking(check_row(fine, NAPKINS, "en-GB", "email_subject", offer=NAPKINS_OFFER))
    assert "grounding_number" in blocking(check_row("颜选粉扑6只装16元，码PUFF20，6月30日止", SPONGES, "zh-CN", "social",
                                                    offer=SPONGES_OFFER))
    assert "grounding_number" not in blocking(check_row("颜选粉扑4只装16元，码PUFF20，6月30日止", SPONGES, "zh-CN",
                                                        "social", offer=SPONGES_OFFER))


def test_a_part_said_to_be_included_must_be_the_records():
    bad = "Lumbrook LED head torch with a spare headband included, £18.00 with TORCH25."
    assert "grounding_attribute" in blocking(check_row(bad, TORCH, "en-GB", offer=TORCH_OFFER))
    fine = "Lumbrook LED head torch, USB-C rechargeable, with free delivery included: £18.00 with TORCH25."
    assert "grounding_attribute" not in blocking(check_row(fine, TORCH, "en-GB", offer=TORCH_OFFER))
    banded = {**TORCH, "attributes": {**TORCH["attributes"], "strap": "elastic headband"}}
    fine = "Lumbrook LED head torch with an elastic headband included, £18.00 with TORCH25."
    assert "grounding_attribute" not in blocking(check_row(fine, banded, "en-GB", offer=TORCH_OFFER))


def test_an_imitation_material_is_no_claim_the_real_one_substantiates():
    wallet = {"item_id": "W2", "title": "Fenmoor Leather Card Wallet", "brand": "Fenmoor", "category": "Wallets",
              "price": 24.0, "list_price": 30.0, "currency": "GBP", "attributes": {"material": "full-grain leather"},
              "stock": 40}
    offer = {"discount_pct": 20, "ends": "2027-05-31", "code": "WALLET20"}
    bad = "Faux leather, real style: Fenmoor card wallet £24.00 with WALLET20."
    assert "grounding_attribute" in blocking(check_row(bad, wallet, "en-GB", offer=offer))
    fine = "Full-grain leather, real style: Fenmoor card wallet £24.00 with WALLET20."
    assert "grounding_attribute" not in blocking(check_row(fine, wallet, "en-GB", offer=offer))


def test_a_protection_claim_needs_the_records_words_even_as_an_abbreviation():
    bad = "EU-approved, moth-repellent: Lumbrook LED head torch, £18.00 with TORCH25."
    assert "grounding_attribute" in blocking(check_row(bad, TORCH, "en-GB", offer=TORCH_OFFER))
    led = "LED-powered brightness: Lumbrook head torch, £18.00 with TORCH25."  # the record writes 'LED'
    assert "grounding_attribute" not in blocking(check_row(led, TORCH, "en-GB", offer=TORCH_OFFER))
    box = {"item_id": "X1", "title": "整洁 衣物收纳袋", "brand": "整洁", "category": "收纳用品", "price": 39.0,
           "list_price": 49.0, "currency": "CNY", "attributes": {"材质": "无纺布", "特点": "防尘"}, "stock": 100}
    offer = {"discount_pct": 20, "ends": "2027-06-30", "code": "DAI20"}
    assert "grounding_attribute" in blocking(check_row("防潮防霉的收纳袋，8折39元", box, "zh-CN", "social", offer=offer))
    assert "grounding_attribute" not in blocking(check_row("防尘的收纳袋，8折39元", box, "zh-CN", "social", offer=offer))


def test_the_same_factory_as_a_name_is_a_comparison():
    glasses = {"item_id": "G2", "title": "明眸 偏光太阳镜", "brand": "明眸", "category": "眼镜", "price": 99.0,
               "list_price": 129.0, "currency": "CNY", "attributes": {"镜片": "偏光"}, "stock": 100}
    offer = {"discount_pct": 25, "ends": "2027-06-30", "code": "SUN25"}
    assert "comparison" in blocking(check_row("大牌同厂的偏光太阳镜，99元", glasses, "zh-CN", "social", offer=offer))
    assert "comparison" in blocking(check_row("欧克利代工厂出品，偏光太阳镜99元", glasses, "zh-CN", "social", offer=offer))
    assert "comparison" not in blocking(check_row("明眸偏光太阳镜，工厂直发，99元", glasses, "zh-CN", "social", offer=offer))
