"""Classes of copy a third frozen set (new catalogues) exposed, each tested on examples written
here, never that set's rows: correct copy that used to be blocked (a stock count the record holds, a
spec stated inside another phrase of the record, internet shorthand with a digit, a weekday naming an
occasion, a topic the product's own kind owns) and the law-tier misses (health claims, absolute
superlatives, a Chinese guarantee, order notices, a comparison naming a rival business), each with a
near miss that must keep its verdict."""

from __future__ import annotations

import pytest

from guard_rows import blocking, check_row

GRINDER = {"item_id": "G1", "title": "Kestrel Burr Coffee Grinder", "brand": "Kestrel", "category": "Grinders",
           "price": 96.0, "list_price": 120.0, "currency": "USD",
           "attributes": {"burrs": "conical steel", "hopper": "250 g", "grind settings": "40"}, "stock": 7}
SPEAKER = {"item_id": "S1", "title": "Tidewave Portable Speaker", "brand": "Tidewave", "category": "Speakers",
           "price": 56.0, "list_price": 70.0, "currency": "USD",
           "attributes": {"playtime": "12 hours (20 in eco mode)", "waterproof": "IP67"}, "stock": 300}
LAMP = {"item_id": "L1", "title": "Moonbeam Owl Night Light", "brand": "Moonbeam", "category": "Lighting",
        "price": 12.0, "list_price": 15.0, "currency": "GBP", "attributes": {"colour": "white"}, "stock": 90}
PLATES = {"item_id": "P1", "title": "Harewood Stoneware Dinner Plates Set Of 4", "brand": "Harewood",
          "category": "Tableware", "price": 28.0, "list_price": 35.0, "currency": "GBP",
          "attributes": {"pieces": "4", "material": "stoneware"}, "stock": 5}
TEETHER = {"item_id": "T1", "title": "贝贝熊硅胶牙胶", "brand": "贝贝熊", "category": "母婴用品",
           "price": 32.0, "list_price": 40.0, "currency": "CNY",
           "attributes": {"材质": "食品级硅胶", "适用月龄": "3个月以上"}, "stock": 8}
OFFER = {"discount_pct": 20, "ends": "2027-05-12", "code": "SAVE20"}  # 2027-05-12 is a Wednesday
TENT_SLEEP = {"item_id": "T3", "title": "Fellside 3-Person Dome Tent", "brand": "Fellside", "category": "Tents",
              "price": 160.0, "list_price": 200.0, "currency": "USD", "attributes": {"weight": "2 kg"}, "stock": 60}
CATALOG = [GRINDER, SPEAKER, LAMP, PLATES, TENT_SLEEP]


def _blocked(copy: str, product: dict, locale: str = "en-US", channel: str = "email_body") -> set[str]:
    return blocking(check_row(copy, product, locale, channel, OFFER, CATALOG if locale != "zh-CN" else [TEETHER]))


@pytest.mark.parametrize("copy, product, locale", [
    # the record's own stock count, said in stock or left, with the product named between
    ("Kestrel Burr Coffee Grinder, $96.00 with code SAVE20 until May 12. We have 7 in stock.", GRINDER, "en-US"),
    ("Kestrel: 7 burr coffee grinders left at $96.00 with SAVE20, ends May 12.", GRINDER, "en-US"),
    ("Harewood: 5 stoneware 4 piece plate sets left at £28.00 with SAVE20, ends 12 May.", PLATES, "en-GB"),
    ("贝贝熊硅胶牙胶库存仅8件，¥32，5月12日截止。", TEETHER, "zh-CN"),
    ("贝贝熊硅胶牙胶还剩8件，¥32，5月12日截止。", TEETHER, "zh-CN"),
    # a spec the record states inside another phrase of the same attribute ("12 hours (20 in eco mode)")
    ("Tidewave Portable Speaker: up to 20 hours in eco mode, IP67, $56.00 with SAVE20.", SPEAKER, "en-US"),
    # internet shorthand with a digit
    ("宝妈必备清单+1！贝贝熊硅胶牙胶¥32，5月12日截止。", TEETHER, "zh-CN"),
    ("出门包必备+1，贝贝熊硅胶牙胶¥32，5月12日截止。", TEETHER, "zh-CN"),
    # a weekday naming an occasion, not a deadline
    ("Set the table for your Saturday supper: Harewood dinner plates, £28.00 with SAVE20 until 12 May.", PLATES,
     "en-GB"),
    ("Sunday roast, sorted. Harewood Stoneware Dinner Plates, £28.00 with SAVE20 until 12 May.", PLATES, "en-GB"),
    # a topic the product's own kind owns: a night light is for bedtime
    ("Bedtime, brighter. Moonbeam Owl Night Light, £12.00 with SAVE20 until 12 May.", LAMP, "en-GB"),
    ("Pitch it, sleep in it, pack it. Fellside 3-Person Dome Tent, $160.00 with SAVE20 until May 12.", TENT_SLEEP,
     "en-US"),
])
def test_correct_copy_passes(copy, product, locale):
    assert _blocked(copy, product, locale) == set()


@pytest.mark.parametrize("copy, product, locale, rule", [
    # near misses: a count that is not the stock, or a number between count and 'left' not in the record
    ("Kestrel Burr Coffee Grinder, $96.00 with code SAVE20. We have 3 in stock.", GRINDER, "en-US",
     "grounding_stock"),
    ("Kestrel: 4 burr coffee grinders left at $96.00 with SAVE20, ends May 12.", GRINDER, "en-US",
     "grounding_stock"),
    ("Harewood: 5 stoneware 6 piece plate sets left at £28.00 with SAVE20, ends 12 May.", PLATES, "en-GB",
     "grounding_number"),
    ("贝贝熊硅胶牙胶库存仅3件，¥32，5月12日截止。", TEETHER, "zh-CN", "grounding_stock"),
    # a number in an attribute's phrase takes that phrase's unit only
    ("Tidewave Portable Speaker: up to 20 watts of sound, IP67, $56.00 with SAVE20.", SPEAKER, "en-US",
     "grounding_number"),
    ("Tidewave Portable Speaker: up to 30 hours in eco mode, $56.00 with SAVE20.", SPEAKER, "en-US",
     "grounding_number"),
    # a digit after a space is a number again
    ("宝妈必备清单 +3件，贝贝熊硅胶牙胶¥32。", TEETHER, "zh-CN", "grounding_number"),
    # a weekday after a deadline word is a deadline (the offer ends on a Wednesday)
    ("Harewood dinner plates, £28.00 with SAVE20, ends this Sunday.", PLATES, "en-GB", "grounding_date"),
    ("Harewood dinner plates, £28.00 with SAVE20 until Sunday lunch.", PLATES, "en-GB", "grounding_date"),
    # sleep is still off topic for a grinder
    ("Bedtime, brighter. Kestrel Burr Coffee Grinder, $96.00 with SAVE20 until May 12.", GRINDER, "en-US",
     "off_topic"),
])
def test_near_misses_still_block(copy, product, locale, rule):
    assert rule in _blocked(copy, product, locale)


FISH_OIL = {"item_id": "F1", "title": "Norland Omega-3 Fish Oil 60 Softgels", "brand": "Norland",
            "category": "Supplements", "price": 16.0, "list_price": 20.0, "currency": "USD",
            "attributes": {"count": "60 softgels", "dose": "1000 mg"}, "stock": 400}
FOUNTAIN = {"item_id": "W1", "title": "喵乐宠物循环饮水机", "brand": "喵乐", "category": "宠物用品",
            "price": 96.0, "list_price": 120.0, "currency": "CNY", "attributes": {"容量": "2升"}, "stock": 300}
LAW_CATALOG = [FISH_OIL, GRINDER, PLATES]


def _law_blocked(copy: str, product: dict, locale: str = "en-US") -> set[str]:
    return blocking(check_row(copy, product, locale, "email_body", OFFER,
                              LAW_CATALOG if locale != "zh-CN" else [FOUNTAIN]))


@pytest.mark.parametrize("copy, product, locale, rule", [
    # health claims, however phrased: prevention, keeping an illness away, relief, immune function
    ("Norland Omega-3 Fish Oil wards off joint stiffness and arthritis, $16.00 with SAVE20.", FISH_OIL, "en-US",
     "medical_claim"),
    ("Keep the flu at bay this winter: Norland Omega-3 Fish Oil, $16.00 with SAVE20.", FISH_OIL, "en-US",
     "medical_claim"),
    ("Norland Omega-3 Fish Oil calms heartburn and reflux, $16.00 with SAVE20.", FISH_OIL, "en-US",
     "medical_claim"),
    ("Norland Omega-3 Fish Oil supports immunity all season, $16.00 with SAVE20.", FISH_OIL, "en-US",
     "medical_claim"),
    ("Norland Omega-3 Fish Oil protects against headaches, $16.00 with SAVE20.", FISH_OIL, "en-US",
     "medical_claim"),
    ("喵乐饮水机，预防狗狗尿路感染，¥96，5月12日截止。", FOUNTAIN, "zh-CN", "medical_claim"),
    ("喵乐饮水机，告别猫咪肾病，¥96，5月12日截止。", FOUNTAIN, "zh-CN", "medical_claim"),
    ("喵乐饮水机缓解宠物便秘，¥96，5月12日截止。", FOUNTAIN, "zh-CN", "medical_claim"),
    # absolute superlatives the record cannot substantiate
    ("The world's quietest grinder: Kestrel Burr Coffee Grinder, $96.00 with SAVE20.", GRINDER, "en-US",
     "absolute_claim"),
    ("Britain's favourite dinner plates: Harewood, £28.00 with SAVE20 until 12 May.", PLATES, "en-GB",
     "absolute_claim"),
    ("The last coffee grinder you'll ever buy: Kestrel, $96.00 with SAVE20.", GRINDER, "en-US", "absolute_claim"),
    ("The only dinner plates you will ever need: Harewood, £28.00 with SAVE20.", PLATES, "en-GB",
     "absolute_claim"),
    # a Chinese guarantee of a result, and a refund promise the offer does not make
    ("保证一次滤净所有毛发，喵乐饮水机¥96。", FOUNTAIN, "zh-CN", "absolute_claim"),
    ("喵乐饮水机¥96，不满意包退！", FOUNTAIN, "zh-CN", "absolute_claim"),
    # an order notice with the shop's name before 'order'
    ("Your Kestrel order has shipped: Burr Coffee Grinder, $96.00", GRINDER, "en-US", "fake_transaction"),
    ("Your Harewood plates delivery is on its way, £28.00 with SAVE20", PLATES, "en-GB", "fake_transaction"),
    # a rival business named as what is bought from it
    ("Better than anything from Wedgwood: Harewood Stoneware Dinner Plates, £28.00 with SAVE20.", PLATES, "en-GB",
     "comparison"),
])
def test_law_classes_block(copy, product, locale, rule):
    assert rule in _law_blocked(copy, product, locale)


@pytest.mark.parametrize("copy, product, locale", [
    # near misses: a feature that prevents something, not an illness; ordinary praise; a noun guarantee
    ("Norland Omega-3 Fish Oil: 60 softgels, 1000 mg each, $16.00 with SAVE20 until May 12.", FISH_OIL, "en-US"),
    ("The lid stops spills and keeps the beans fresh: Kestrel Burr Coffee Grinder, $96.00 with SAVE20.", GRINDER,
     "en-US"),
    ("Our best-loved plates are back: Harewood Stoneware Dinner Plates, £28.00 with SAVE20 until 12 May.", PLATES,
     "en-GB"),
    ("Your next order of plates could be these: Harewood, £28.00 with SAVE20 until 12 May.", PLATES, "en-GB"),
    ("Better than ever: Harewood Stoneware Dinner Plates, £28.00 with SAVE20 until 12 May.", PLATES, "en-GB"),
    ("喵乐宠物循环饮水机，2升大容量，防滑底座，正品保证，¥96，5月12日截止。", FOUNTAIN, "zh-CN"),
])
def test_law_near_misses_pass(copy, product, locale):
    assert _law_blocked(copy, product, locale) == set()


NOVEL = {"item_id": "B1", "title": "Winter Orchard by Mara Quill (Paperback)", "brand": "Quill & Leaf",
         "category": "Fiction", "price": 8.0, "list_price": 10.0, "currency": "GBP",
         "attributes": {"author": "Mara Quill", "format": "paperback", "pages": "312"}, "stock": 40}
STAND = {"item_id": "C1", "title": "Harewood Cake Stand", "brand": "Harewood", "category": "Tableware",
         "price": 24.0, "list_price": 30.0, "currency": "GBP", "attributes": {"material": "powder-coated steel"},
         "stock": 50}
BOTTLE = {"item_id": "N1", "title": "贝贝熊玻璃奶瓶", "brand": "贝贝熊", "category": "母婴用品", "price": 48.0,
          "list_price": 60.0, "currency": "CNY", "attributes": {"材质": "高硼硅玻璃", "容量": "240毫升"}, "stock": 300}
BLANKET = {"item_id": "N2", "title": "贝贝熊纯棉盖毯", "brand": "贝贝熊", "category": "母婴用品", "price": 80.0,
           "list_price": 100.0, "currency": "CNY", "attributes": {"材质": "纯棉", "尺寸": "100×120厘米"}, "stock": 300}


@pytest.mark.parametrize("copy, product, locale", [
    # invented origins: a craft in a place, a thing brought from one, a Chinese place before a material
    ("Harewood Cake Stand, glazed in Portugal, £24.00 with SAVE20 until 12 May.", STAND, "en-GB"),
    ("Kestrel Burr Coffee Grinder with burrs imported from Japan, $96.00 with SAVE20.", GRINDER, "en-US"),
    ("埃及长绒棉的贝贝熊纯棉盖毯，¥80，5月12日截止。", BLANKET, "zh-CN"),
    # a material the record does not state (its own is steel, glass)
    ("Harewood Cake Stand in solid oak, £24.00 with SAVE20 until 12 May.", STAND, "en-GB"),
    ("食品级硅胶材质的贝贝熊奶瓶，¥48，5月12日截止。", BOTTLE, "zh-CN"),
    # an award named in more words, a signed copy, a matching item said to come with it
    ("Winner of the Kitchen Design Weekly Readers' Choice award: Kestrel Burr Coffee Grinder, $96.00.", GRINDER,
     "en-US"),
    ("Signed copies of Winter Orchard by Mara Quill, £8.00 with SAVE20 until 12 May.", NOVEL, "en-GB"),
    ("The Harewood Cake Stand now comes with its matching cake knife, £24.00 with SAVE20.", STAND, "en-GB"),
    ("贝贝熊纯棉盖毯，送同款婴儿枕头，¥80，5月12日截止。", BLANKET, "zh-CN"),
])
def test_invented_facts_block(copy, product, locale):
    assert _blocked(copy, product, locale) & {"grounding_origin", "grounding_attribute", "grounding_award"}


@pytest.mark.parametrize("copy, product, locale", [
    # near misses: a material the record states, a sign-up, a craft with no place, a place in the record
    ("Harewood Cake Stand in powder-coated steel, £24.00 with SAVE20 until 12 May.", STAND, "en-GB"),
    ("Signed up for our letters? Winter Orchard by Mara Quill, £8.00 with SAVE20 until 12 May.", NOVEL, "en-GB"),
    ("Harewood Cake Stand, painted in soft colours, £24.00 with SAVE20 until 12 May.", STAND, "en-GB"),
    ("贝贝熊纯棉盖毯，100×120厘米，¥80，5月12日截止。", BLANKET, "zh-CN"),
])
def test_invented_fact_near_misses_pass(copy, product, locale):
    assert _blocked(copy, product, locale) == set()


TENT = {"item_id": "T2", "title": "Fellside 3-Person Dome Tent", "brand": "Fellside", "category": "Tents",
        "price": 160.0, "list_price": 200.0, "currency": "USD",
        "attributes": {"capacity": "3 people", "weight": "2 kg 400 g", "doors": "2"}, "stock": 60}
GAME = {"item_id": "G2", "title": "Lanternfly Card Game", "brand": "Lanternfly", "category": "Games",
        "price": 16.0, "list_price": 20.0, "currency": "USD", "attributes": {"players": "2-6", "age": "10+"},
        "stock": 60}


@pytest.mark.parametrize("copy, product, locale, rule", [
    # a count of people the record does not give (its 2 counts doors)
    ("Fellside Dome Tent sleeps 2, $160.00 with SAVE20 until May 12.", TENT, "en-US", "grounding_number"),
    ("Lanternfly Card Game: room for 8 players, $16.00 with SAVE20.", GAME, "en-US", "grounding_number"),
    # lines cut after an adjective that needs its noun, or after a day with no month
    ("Fellside Dome Tent, $160.00 with SAVE20. Ready for a long", TENT, "en-US", "truncated"),
    ("Fellside Dome Tent, $160.00 with SAVE20 until 12", TENT, "en-US", "truncated"),
    ("贝贝熊纯棉盖毯，100×120厘米，5月12日前下单，现价", BLANKET, "zh-CN", "truncated"),
    # two words written twice in a row
    ("Dome tent dome tent 20% off, Fellside, $160.00 with SAVE20.", TENT, "en-US", "repetition"),
    # a Chinese name's bytes read as Latin-1 inside Chinese copy
    ("贝贝熊 è´è´ç†Š 纯棉盖毯 ¥80", BLANKET, "zh-CN", "garbled_text"),
    # the brief echoed as its fields and its instruction
    ("Product: Fellside Dome Tent. Offer: 20% off, code SAVE20. Write a short push notification for campers.",
     TENT, "en-US", "prompt_injection"),
])
def test_form_and_count_classes_block(copy, product, locale, rule):
    assert rule in _blocked(copy, product, locale)


@pytest.mark.parametrize("copy, product, locale", [
    ("Fellside Dome Tent sleeps 3, $160.00 with SAVE20 until May 12.", TENT, "en-US"),
    ("Lanternfly Card Game for 2-6 players, seats 6 round one table, $16.00 with SAVE20 until May 12.", GAME,
     "en-US"),
    ("Fellside Dome Tent, $160.00 with SAVE20 until May 12. Stay out all day long.", TENT, "en-US"),
    ("Offer: 20% off the Fellside Dome Tent with SAVE20 until May 12.", TENT, "en-US"),
])
def test_form_and_count_near_misses_pass(copy, product, locale):
    assert _blocked(copy, product, locale) == set()


MUG = {"item_id": "m1", "title": "Enamel Camping Mug", "brand": "Fellside", "category": "Mugs", "price": 7.5,
       "list_price": 10.0, "currency": "GBP", "attributes": {"size": "300 ml"}, "stock": 40}
HALF_PINT = {**MUG, "attributes": {"size": "½ pint"}}


@pytest.mark.parametrize("copy, product, blocked", [
    ("The Enamel Camping Mug, priced at ½ today.", MUG, True),           # a fraction as a price
    ("Enamel Camping Mug with a ⅔ discount this week.", MUG, True),      # a fraction as a discount
    ("Enamel Camping Mug: ¾ of the way to your next trip.", MUG, True),
    ("Enamel Camping Mug in a ½ pint size, £7.50.", HALF_PINT, False),   # the record's own fraction
    ("Enamel Camping Mug, 10 cm² of enamel art, £7.50.", MUG, False),    # a superscript is no fraction
])
def test_a_fraction_written_as_one_character_is_a_number_to_ground(copy, product, blocked):
    assert ("grounding_number" in _blocked(copy, product, locale="en-GB")) == blocked


@pytest.mark.parametrize("copy, locale, blocked", [
    # OFFER ends 2027-05-12: 12/5 is 12 May in the UK, 5/12 is May 12 in the US
    ("Harewood dinner plates, £28.00 with SAVE20 until 12/5.", "en-GB", False),
    ("Harewood dinner plates, £28.00 with SAVE20 until 12/05/2027.", "en-GB", False),
    ("Harewood dinner plates, £28.00 with SAVE20 until 5/12.", "en-GB", True),  # 5 December
    ("Kestrel Burr Coffee Grinder, $96.00 with SAVE20 until 5/12.", "en-US", False),
    ("Kestrel Burr Coffee Grinder, $96.00 with SAVE20 until 12/5.", "en-US", True),  # December 5
    ("贝贝熊硅胶牙胶，SAVE20 享8折，5/12截止。", "zh-CN", False),
    ("贝贝熊硅胶牙胶，SAVE20 享8折，12/5截止。", "zh-CN", False),
])
def test_numeric_dates_read_in_the_locales_order(copy, locale, blocked):
    product = {"en-GB": PLATES, "en-US": GRINDER, "zh-CN": TEETHER}[locale]
    assert ("grounding_date" in _blocked(copy, product, locale)) is blocked

