"""Classes of copy a fourth frozen set (new catalogues) exposed, each tested on examples written
here, never that set's rows. Correct copy that used to be blocked: a price in pence or cents
written as a unit ('36p', '89c', '60 cents'), a unit the record writes in another form ('12 in'
and '12 inch', '2.5 L' and '2.5 litres', '3 m' and '3 metres'), a sentence after a price that
opens with a sales word ('... £15.00. Sold only to ...'), a rating on its scale ('4.6 out of 5'),
the record's stock code quoted as such, a colour word inside a compound ('ice cream') and a long
Latin word inside a link in Chinese copy. Each with a near miss that must keep blocking."""

from __future__ import annotations

import pytest

from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.rows import parse_row
from guard_rows import check_row

DOILIES = {"item_id": "30117", "title": "Pack Of 30 Lace Paper Doilies", "brand": "Ashcombe", "category": "Baking",
           "price": 0.36, "list_price": 0.45, "currency": "GBP",
           "attributes": {"stock code": "30117", "pieces": "30", "pattern": "lace"}, "stock": 400}
GLOW = {"item_id": "GL-1", "title": "Lumo Glow Stick", "brand": "Lumo", "category": "Party Supplies",
        "price": 0.72, "list_price": 0.90, "currency": "USD", "attributes": {"length": "6 in"}, "stock": 900}
FRAME = {"item_id": "F1", "title": "Birchmore Oak Photo Frame 12 in", "brand": "Birchmore", "category": "Frames",
         "price": 24.0, "list_price": 30.0, "currency": "USD", "attributes": {"material": "oak"}, "stock": 50}
JUG = {"item_id": "J1", "title": "Clearbrook Glass Water Jug", "brand": "Clearbrook", "category": "Kitchen",
       "price": 12.0, "list_price": 15.0, "currency": "GBP",
       "attributes": {"capacity": "2.5 L", "material": "borosilicate glass"}, "stock": 80}
HOSE = {"item_id": "H1", "title": "Greenacre Coiled Garden Hose", "brand": "Greenacre", "category": "Garden",
        "price": 16.0, "list_price": 20.0, "currency": "GBP", "attributes": {"length": "7.5 m"}, "stock": 60}
TONER = {"item_id": "T1", "title": "Softleaf Rose Toner", "brand": "Softleaf", "category": "Skincare",
         "price": 12.0, "list_price": 15.0, "currency": "GBP", "attributes": {"size": "250 mL"}, "stock": 60}
RIOJA = {"item_id": "R1", "title": "Vinoteca Rioja Reserva 2019", "brand": "Vinoteca", "category": "Red Wine",
         "price": 12.0, "list_price": 15.0, "currency": "GBP",
         "attributes": {"region": "Rioja", "sale": "18+ only, ID checked at delivery"}, "stock": 60}
LANTERN = {"item_id": "L1", "title": "Greenacre Solar Garden Lantern", "brand": "Greenacre", "category": "Garden",
           "price": 20.0, "list_price": 25.0, "currency": "GBP",
           "attributes": {"rating": "4.6", "reviews": "210"}, "stock": 60}
SCOOP = {"item_id": "40981", "title": "Set Of 2 Sundae Scoops Pastel", "brand": "Ashcombe", "category": "Kitchen",
         "price": 2.0, "list_price": 2.5, "currency": "GBP",
         "attributes": {"stock code": "40981", "pieces": "2", "design": "pastel"}, "stock": 70}
ATLAS = {"item_id": "A1", "title": "《山河地图集》精装版", "brand": "远山书房", "category": "地图册",
         "price": 96.0, "list_price": 120.0, "currency": "CNY", "attributes": {"页数": "280页"}, "stock": 90}
OFFER = {"discount_pct": 20, "ends": "2027-05-12", "code": "SAVE20"}
CATALOG = [DOILIES, FRAME, JUG, HOSE, TONER, RIOJA, LANTERN, SCOOP]


def _blocked(copy: str, product: dict, locale: str = "en-GB", channel: str = "email_body",
             campaign: dict | None = None) -> dict[str, list[str]]:
    v = check_row(copy, product, locale, channel, OFFER, CATALOG if locale != "zh-CN" else [ATLAS], campaign)
    out: dict[str, list[str]] = {}
    for x in v.violations:
        if x.severity == "block":
            out.setdefault(x.rule, []).append(x.message)
    return out


BOOKS = {"allowed_domains": ["yuanshanbooks.cn"], "brand_signature": "远山书房"}


@pytest.mark.parametrize("copy, product, locale, campaign", [
    # a price in pence or cents, written as a unit
    ("Lace paper doilies, 30 to a pack, for 36p with code SAVE20 until 12 May.", DOILIES, "en-GB", None),
    ("Doilies for the bake sale: just 36 pence a pack with SAVE20, ends 12 May.", DOILIES, "en-GB", None),
    ("Thirty lace doilies, 36p (usually 45p) with SAVE20 until 12 May.", DOILIES, "en-GB", None),
    ("Lumo glow sticks, 72c each with code SAVE20 until May 12.", GLOW, "en-US", None),
    ("Lumo glow sticks for 72 cents with SAVE20, through May 12. Save 18 cents a stick.", GLOW, "en-US", None),
    # the record's unit in another spelling
    ("A 12 inch oak frame from Birchmore, $24.00 with SAVE20 until May 12.", FRAME, "en-US", None),
    ("Birchmore's 12-inch oak frame, $24.00 with SAVE20 until May 12.", FRAME, "en-US", None),
    ("Clearbrook's glass jug holds 2.5 litres. £12.00 with SAVE20 until 12 May.", JUG, "en-GB", None),
    ("Softleaf Rose Toner, 250 millilitres, £12.00 with SAVE20 until 12 May.", TONER, "en-GB", None),
    ("Greenacre's coiled hose stretches to 7.5 metres. £16.00 with SAVE20 until 12 May.", HOSE, "en-GB", None),
    # a sentence after a price opening with a sales or review word
    ("Vinoteca Rioja Reserva 2019, £12.00 with SAVE20 until 12 May, was £15.00. Sold to adults 18 and over "
     "only; ID checked at delivery.", RIOJA, "en-GB", None),
    ("Greenacre Solar Garden Lantern, £20.00 with SAVE20 until 12 May. Reviews are in: 4.6 out of 5 "
     "from 210 reviews.", LANTERN, "en-GB", None),
    ("Greenacre Solar Garden Lantern: £20.00 until 12 May with SAVE20, down from £25.00. Shoppers give it "
     "4.6 out of 5.", LANTERN, "en-GB", None),
    # the record's stock code, quoted as such
    ("Ashcombe lace paper doilies, 36p with SAVE20 until 12 May. Stock code 30117.", DOILIES, "en-GB", None),
    ("Ashcombe sundae scoops, £2.00 with SAVE20 until 12 May (product code: 40981).", SCOOP, "en-GB", None),
    # a colour word inside a compound
    ("Sundaes and ice cream at home: Ashcombe Set Of 2 Sundae Scoops, £2.00 with SAVE20 until 12 May.",
     SCOOP, "en-GB", None),
    # a long Latin word inside an allowed link in Chinese copy
    ("远山书房《山河地图集》精装版，280页，5月12日前输入SAVE20，到手¥96。详情：https://yuanshanbooks.cn/atlas",
     ATLAS, "zh-CN", BOOKS),
])
def test_correct_copy_passes(copy, product, locale, campaign):
    assert _blocked(copy, product, locale, campaign=campaign) == {}


@pytest.mark.parametrize("copy, product, locale, rule", [
    # a pence or cents price the offer does not imply, or not in the product's currency
    ("Lace paper doilies, 30 to a pack, for 38p with code SAVE20 until 12 May.", DOILIES, "en-GB",
     "grounding_price"),
    ("Doilies for the bake sale: just 30 pence a pack with SAVE20, ends 12 May.", DOILIES, "en-GB",
     "grounding_price"),
    ("Thirty lace doilies, 36p (usually 50p) with SAVE20 until 12 May.", DOILIES, "en-GB", "grounding_price"),
    ("Lumo glow sticks for 79 cents with SAVE20, through May 12.", GLOW, "en-US", "grounding_price"),
    ("Lumo glow sticks, 72 pence each with SAVE20 until May 12.", GLOW, "en-US", "grounding_price"),
    # a quantity in another unit than the record's, however it is spelt
    ("A 12 cm oak frame from Birchmore, $24.00 with SAVE20 until May 12.", FRAME, "en-US", "grounding_number"),
    ("Clearbrook's glass jug holds 2.5 gallons. £12.00 with SAVE20 until 12 May.", JUG, "en-GB",
     "grounding_number"),
    ("Greenacre's coiled hose stretches to 7.5 feet. £16.00 with SAVE20 until 12 May.", HOSE, "en-GB",
     "grounding_number"),
    ("Greenacre's coiled hose stretches to 9 metres. £16.00 with SAVE20 until 12 May.", HOSE, "en-GB",
     "grounding_number"),
    # a sales count and a rating the record does not hold are still claims
    ("Vinoteca Rioja Reserva 2019, £12.00 with SAVE20 until 12 May. 1,200 sold this spring.", RIOJA, "en-GB",
     "grounding_rating"),
    ("Greenacre Solar Garden Lantern, £20.00 with SAVE20 until 12 May. Shoppers give it 4.9 out of 5.",
     LANTERN, "en-GB", "grounding_rating"),
    ("Vinoteca Rioja Reserva 2019, £12.00 with SAVE20 until 12 May. Rated 4.7 out of 5.", RIOJA, "en-GB",
     "grounding_rating"),
    # a stock code the record does not hold; a promo code that is the stock code
    ("Ashcombe lace paper doilies, 36p with SAVE20 until 12 May. Stock code 30118.", DOILIES, "en-GB",
     "grounding_number"),
    ("Ashcombe lace paper doilies, 36p with code 30117 until 12 May.", DOILIES, "en-GB", "grounding_code"),
    # a colour said of the product itself
    ("Ashcombe Set Of 2 Sundae Scoops in cream, £2.00 with SAVE20 until 12 May.", SCOOP, "en-GB",
     "grounding_attribute"),
    # a Latin run outside a link, and a link outside the allowlist
    ("远山书房《山河地图集》精装版qingshanatlasbook，到手¥96。", ATLAS, "zh-CN", "garbled_text"),
    ("远山书房《山河地图集》精装版，到手¥96。详情：https://shanhemapsdeals.com/atlas", ATLAS, "zh-CN",
     "url_not_allowed"),
])
def test_near_misses_still_block(copy, product, locale, rule):
    campaign = BOOKS if locale == "zh-CN" else None
    assert rule in _blocked(copy, product, locale, campaign=campaign)


# --- law and safety: health claims, guarantees, rival brands, insults ---------------------------

KETTLEBELL = {"item_id": "K1", "title": "Ironvale Cast Iron Kettlebell 12 kg", "brand": "Ironvale",
              "category": "Fitness", "price": 36.0, "list_price": 45.0, "currency": "USD",
              "attributes": {"weight": "12 kg", "material": "cast iron"}, "stock": 40}
SCARF = {"item_id": "S1", "title": "Heathfield Lambswool Scarf", "brand": "Heathfield", "category": "Scarves",
         "price": 24.0, "list_price": 30.0, "currency": "GBP", "attributes": {"material": "lambswool"}, "stock": 40}
SAW = {"item_id": "S2", "title": "Fenwick 18V Cordless Jigsaw", "brand": "Fenwick", "category": "Power Tools",
       "price": 64.0, "list_price": 80.0, "currency": "GBP", "attributes": {"voltage": "18V"}, "stock": 40}
PAD = {"item_id": "P2", "title": "云栖记忆棉护腕鼠标垫", "brand": "云栖", "category": "电脑配件",
       "price": 39.2, "list_price": 49.0, "currency": "CNY", "attributes": {"材质": "记忆棉"}, "stock": 300}
ZH_CAMPAIGN = {"brand_signature": "云栖"}


def _zh_blocked(copy: str) -> dict[str, list[str]]:
    return _blocked(copy, PAD, "zh-CN", campaign=ZH_CAMPAIGN)


@pytest.mark.parametrize("copy, product, locale, rule", [
    # health claims: a risk factor lowered, an organ helped, an injury prevented, illness kept away
    ("Ironvale's 12 kg kettlebell: ten minutes a day to lower your blood pressure. $36.00 with SAVE20.",
     KETTLEBELL, "en-US", "medical_claim"),
    ("Swing your way to a stronger heart: it cuts the risk of heart disease. $36.00 with SAVE20.",
     KETTLEBELL, "en-US", "medical_claim"),
    ("Ironvale kettlebell training is good for your heart and your bones. $36.00 with SAVE20.",
     KETTLEBELL, "en-US", "medical_claim"),
    ("Heathfield's lambswool scarf keeps flu and sniffles at bay. £24.00 with SAVE20 until 12 May.",
     SCARF, "en-GB", "medical_claim"),
    ("Fenwick's jigsaw has an anti-vibration grip that prevents repetitive strain. £64.00 with SAVE20.",
     SAW, "en-GB", "medical_claim"),
    # an insult aimed at a kind of person
    ("Leave the drunkards to their DIY disasters: Fenwick 18V Cordless Jigsaw, £64.00 with SAVE20.",
     SAW, "en-GB", "toxicity"),
    # another brand named in a comparison that is no 'than' construction
    ("Fenwick's 18V jigsaw does everything a Makita does, for £64.00 with SAVE20 until 12 May.",
     SAW, "en-GB", "comparison"),
])
def test_law_and_safety_misses_block(copy, product, locale, rule):
    assert rule in _blocked(copy, product, locale)


@pytest.mark.parametrize("copy, rule", [
    ("【云栖】记忆棉护腕鼠标垫，预防肩周炎，到手¥39.2。回T退订", "medical_claim"),
    ("【云栖】护腕鼠标垫，告别鼠标手，到手¥39.2。回T退订", "medical_claim"),
    ("【云栖】护腕鼠标垫，保证适配所有桌面，到手¥39.2。回T退订", "absolute_claim"),
    ("【云栖】护腕鼠标垫，不合适全额退款，到手¥39.2。回T退订", "absolute_claim"),
    ("【云栖】护腕鼠标垫，比雷蛇还舒服，到手¥39.2。回T退订", "comparison"),
])
def test_zh_law_misses_block(copy, rule):
    assert rule in _zh_blocked(copy)


@pytest.mark.parametrize("copy, product, locale", [
    # near misses that must stay clean: wellbeing without a condition, a fault, a guarantee noun
    ("Ironvale's 12 kg cast iron kettlebell is great for your home workouts. $36.00 with SAVE20 until May 12.",
     KETTLEBELL, "en-US"),
    ("Heathfield's lambswool scarf keeps the wind and the chill away. £24.00 with SAVE20 until 12 May.",
     SCARF, "en-GB"),
    ("Fenwick's 18V jigsaw does everything you need for a weekend shelf. £64.00 with SAVE20 until 12 May.",
     SAW, "en-GB"),
])
def test_law_near_misses_pass(copy, product, locale):
    assert _blocked(copy, product, locale) == {}


@pytest.mark.parametrize("copy", [
    "【云栖】记忆棉护腕鼠标垫，久坐办公手腕更舒服，到手¥39.2，5月12日截止。回T退订",
    "【云栖】护腕鼠标垫，告别小毛病一样的卡顿，到手¥39.2，5月12日截止。回T退订",
])
def test_zh_law_near_misses_pass(copy):
    assert _zh_blocked(copy) == {}


# --- truth and form: gifts, items said to come with it, counts in words, month parts, cut lines ----

CUPS = {"item_id": "C1", "title": "Ashcombe Set Of 6 Enamel Camping Cups", "brand": "Ashcombe",
        "category": "Camping", "price": 12.0, "list_price": 15.0, "currency": "GBP",
        "attributes": {"pieces": "6", "material": "enamel steel"}, "stock": 90}
GIN = {"item_id": "G2", "title": "Marrow Lane London Dry Gin 70 cl", "brand": "Marrow Lane", "category": "Gin",
       "price": 24.0, "list_price": 30.0, "currency": "GBP", "attributes": {"ABV": "41%", "size": "70 cl"},
       "stock": 90}
TISSUE = {"item_id": "Z1", "title": "云朵抽纸24包", "brand": "云朵", "category": "纸品",
          "price": 39.2, "list_price": 49.0, "currency": "CNY", "attributes": {"包数": "24包"}, "stock": 300}
ZH_OFFER = {"discount_pct": 20, "ends": "2027-05-12", "code": "YUNDUO20"}


def _zh(copy: str, offer: dict = ZH_OFFER, channel: str = "social") -> dict[str, list[str]]:
    row = parse_row({"id": "t", "copy": copy, "channel": channel, "locale": "zh-CN", "product": TISSUE,
                     "offer": offer, "campaign": {"brand_signature": "云朵"}})
    v = Guardrails.load(campaign=row.campaign, catalog=[row.brief.product]).check(row.copy, row.brief)
    return {x.rule: x.message for x in v.violations if x.severity == "block"}


@pytest.mark.parametrize("copy, product, rule", [
    # a gift the offer does not hold, said as something added
    ("Order the Ashcombe enamel cups by 12 May with SAVE20 and we'll add a free kettle. £12.00.", CUPS,
     "grounding_gift"),
    ("Marrow Lane London Dry Gin, £24.00 with SAVE20; we'll throw in a free tonic. Ends 12 May.", GIN,
     "grounding_gift"),
    # a count of another item said to come with the product now
    ("Marrow Lane London Dry Gin now comes with two copa glasses", GIN, "grounding_attribute"),
    # a count in words that is not the record's
    ("Eight enamel camping cups for £12.00 with SAVE20 until 12 May.", CUPS, "grounding_number"),
    ("Four camping cups, £12.00 with SAVE20 until 12 May.", CUPS, "grounding_number"),
    # a line cut after an adjective that needs its noun
    ("Ashcombe Set Of 6 Enamel Camping Cups, £12.00 with SAVE20 until 12 May, plus free", CUPS, "truncated"),
])
def test_truth_and_form_misses_block(copy, product, rule):
    assert rule in _blocked(copy, product, "en-GB")


@pytest.mark.parametrize("copy, product", [
    # the record's count in words; a count of how many to buy; a gift-free 'free' ending a line
    ("Six enamel camping cups for £12.00 with SAVE20 until 12 May.", CUPS),
    ("Buy two enamel camping cups sets for the van: £12.00 each with SAVE20 until 12 May.", CUPS),
    ("Ashcombe Set Of 6 Enamel Camping Cups: £12.00 with SAVE20 until 12 May, fast and free", CUPS),
    ("Marrow Lane London Dry Gin, 70 cl, comes with a screw cap: £24.00 with SAVE20 until 12 May.", GIN),
])
def test_truth_and_form_near_misses_pass(copy, product):
    assert _blocked(copy, product, "en-GB") == {}


def test_zh_month_part_deadline_and_cut_price():
    assert "grounding_date" in _zh("云朵抽纸24包，8折¥39.2，优惠持续到5月底，用YUNDUO20。")
    assert "grounding_date" in _zh("云朵抽纸24包，8折¥39.2，六月上旬前用YUNDUO20。")
    assert _zh("云朵抽纸24包，8折¥39.2，5月中旬前用YUNDUO20。") == {}  # ends 12 May: mid-May
    assert _zh("云朵抽纸24包，5月份上新，8折¥39.2，5月12日前用YUNDUO20。") == {}  # a month, no deadline
    assert "truncated" in _zh("云朵抽纸24包，5月12日前用YUNDUO20，每包")
    assert _zh("云朵抽纸24包，5月12日前用YUNDUO20，到手¥39.2，柔软每一包") == {}


# --- technical features and materials with no number ----------------------------------------

SANDER = {"item_id": "S3", "title": "Fenwick 18V Cordless Orbital Sander", "brand": "Fenwick",
          "category": "Power Tools", "price": 56.0, "list_price": 70.0, "currency": "GBP",
          "attributes": {"voltage": "18V", "pad": "125 mm"}, "stock": 40}
TRAY = {"item_id": "T4", "title": "Ashcombe Enamel Baking Tray", "brand": "Ashcombe", "category": "Bakeware",
        "price": 8.0, "list_price": 10.0, "currency": "GBP",
        "attributes": {"material": "enamel steel", "care": "dishwasher and oven safe"}, "stock": 40}
MITTENS = {"item_id": "M5", "title": "Little Rowan Knitted Mittens", "brand": "Little Rowan", "category": "Accessories",
           "price": 8.0, "list_price": 10.0, "currency": "GBP", "attributes": {"material": "lambswool"}, "stock": 40}
PODS = {"item_id": "P6", "title": "洁屿香氛洗衣凝珠30颗", "brand": "洁屿", "category": "洗衣用品",
        "price": 24.0, "list_price": 30.0, "currency": "CNY", "attributes": {"颗数": "30颗", "香型": "白茶"},
        "stock": 300}


@pytest.mark.parametrize("copy, product, locale", [
    ("Fenwick's 18V orbital sander has a brushless motor and a 125 mm pad. £56.00 with SAVE20 until 12 May.",
     SANDER, "en-GB"),
    ("Ashcombe's enamel baking tray is non-stick and greaseproof. £8.00 with SAVE20 until 12 May.", TRAY, "en-GB"),
    ("Little Rowan knitted mittens, fleece-lined for frosty mornings. £8.00 with SAVE20 until 12 May.",
     MITTENS, "en-GB"),
    ("洁屿香氛洗衣凝珠30颗，白茶香，含护色因子，¥24，5月12日前用SAVE20。", PODS, "zh-CN"),
])
def test_invented_features_block(copy, product, locale):
    assert "grounding_attribute" in _blocked(copy, product, locale)


@pytest.mark.parametrize("copy, product", [
    # the record's feature in other words or word order; praise that names no feature; a fleece worn
    ("Ashcombe's enamel baking tray is oven safe and dishwasher safe. £8.00 with SAVE20 until 12 May.", TRAY),
    ("Fenwick's 18V orbital sander: light, smooth and quick. £56.00 with SAVE20 until 12 May.", SANDER),
    ("Little Rowan lambswool mittens, snug under a fleece on frosty mornings. £8.00 with SAVE20 until 12 May.",
     MITTENS),
])
def test_feature_near_misses_pass(copy, product):
    assert _blocked(copy, product, "en-GB") == {}


def test_a_count_word_the_title_writes_passes():
    crawlies = {"item_id": "2182", "title": "Eight Piece Garden Bug Set", "brand": "Ashcombe", "category": "Toys",
                "price": 1.0, "list_price": 1.25, "currency": "GBP", "attributes": {}, "stock": 40}
    assert _blocked("Garden Bug Set: eight piece garden bugs, £1.00 with SAVE20 until 12 May.", crawlies) == {}
    assert "grounding_number" in _blocked("Garden Bug Set: ten garden bugs, £1.00 with SAVE20 until 12 May.",
                                          crawlies)


# --- caught for their own reason: awards of a year, card digits, review-site scores, the request ---

@pytest.mark.parametrize("copy, product, locale, rule", [
    ("Ashcombe's enamel tray, voted top pick of 2025 by Bake Weekly. £8.00 with SAVE20 until 12 May.", TRAY,
     "en-GB", "grounding_award"),
    ("Your card ending 2291 is saved: the Ashcombe enamel tray is £8.00 with SAVE20 until 12 May.", TRAY,
     "en-GB", "pii"),
])
def test_claims_caught_as_their_own_kind(copy, product, locale, rule):
    assert rule in _blocked(copy, product, locale)


def test_zh_review_site_score_request_echo_and_push_word():
    assert "grounding_rating" in _zh("云朵抽纸24包，京东评分4.9分，到手¥39.2，5月12日前用YUNDUO20。")
    assert "prompt_injection" in _zh("请根据以下商品信息写一条短信：云朵抽纸24包，到手¥39.2。")
    # 推送 (a push message) is no gift; a keyboard that writes emails is no request
    assert _zh("云朵抽纸24包，关注我们的推送，到手¥39.2，5月12日前用YUNDUO20。") == {}


@pytest.mark.parametrize("copy, product, locale, blocks", [
    ("Plateau de cuisson en émail, 8,00 £ avec le code SAVE20 jusqu'au 12 mai. Pour les gâteaux et le pain.",
     TRAY, "en-GB", True),
    ("Emaille-Backblech für Kuchen und Brot, mit dem Code SAVE20 bis zum 12. Mai.", TRAY, "en-GB", True),
    # English copy with a French name or phrase in it stays English
    ("Ashcombe's enamel tray, for a pain au chocolat or a tarte tatin: £8.00 with SAVE20 until 12 May.",
     TRAY, "en-GB", False),
])
def test_other_language_in_latin_letters(copy, product, locale, blocks):
    assert ("language_mismatch" in _blocked(copy, product, locale)) is blocks


@pytest.mark.parametrize("copy, blocks", [
    ("Last few colours left! Little Rowan Knitted Mittens, £8.00 with SAVE20 until 12 May.", True),
    ("Only a handful of pairs remaining: Little Rowan Knitted Mittens, £8.00 with SAVE20 until 12 May.", True),
    ("A few days left to use SAVE20: Little Rowan Knitted Mittens, £8.00 until 12 May.", False),
])
def test_a_few_of_something_left_is_scarcity(copy, blocks):
    assert ("grounding_stock" in _blocked(copy, MITTENS, "en-GB")) is blocks
