"""Builds the frozen guardrails test set (`frozen.jsonl` beside this file) from hand-written copy
templates over catalogues the rules were not developed on: giftware named as in the Online Retail
export (en-GB, GBP), and invented garden-tool, pet-food and stationery shops in English (USD) and
Chinese (CNY). Every row carries its product record inline and its label: `expect` (pass, warn or
block) and, for a violation, the `tier` it belongs to and its `kind`.

The set is written once and never edited to make a rule pass; rerunning this script reproduces it
byte for byte. Labels follow what the copy says, not what any rule does.

    python eval/guardrails/frozen/build.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def P(item_id, title, category, price, list_price, attrs, brand=None, stock=None, currency="GBP"):
    return {"item_id": item_id, "title": title, "brand": brand, "category": category, "price": price,
            "list_price": list_price, "currency": currency, "attributes": attrs, "stock": stock}


# (product, short name a copywriter uses, a stated attribute phrase, offer, campaign domain)
GIFTWARE = [
    (P("85123A", "White Hanging Heart T-Light Holder", "Candles & Lights", 2.36, 2.95,
       {"colour": "white", "material": "metal", "style": "hanging heart"}, stock=120),
     "T-light holder", "white hanging heart"),
    (P("22423", "Regency Cakestand 3 Tier", "Kitchen & Dining", 10.20, 12.75,
       {"material": "ceramic", "tiers": "3", "pattern": "regency roses"}, stock=45),
     "cakestand", "three ceramic tiers"),
    (P("48194", "Doormat Hearts", "Home & Garden", 6.36, 7.95,
       {"material": "coir", "size": "60 x 40 cm", "pattern": "hearts"}, stock=60),
     "doormat", "coir with a hearts pattern"),
    (P("20725", "Lunch Bag Red Retrospot", "Bags", 1.32, 1.65,
       {"colour": "red", "pattern": "retrospot", "insulated": "yes"}, stock=300),
     "lunch bag", "red retrospot print"),
    (P("22720", "Set of 3 Cake Tins Pantry Design", "Kitchen & Dining", 3.96, 4.95,
       {"pieces": "3", "material": "tin", "design": "pantry"}, stock=80),
     "cake tins", "pantry design"),
    (P("22727", "Alarm Clock Bakelike Red", "Clocks", 3.00, 3.75,
       {"colour": "red", "style": "bakelike", "battery": "AA"}, stock=70),
     "alarm clock", "bakelike red finish"),
    (P("22112", "Hot Water Bottle Keep Calm", "Home Comforts", 3.96, 4.95,
       {"capacity": "2 litres", "cover": "knitted", "print": "keep calm"}, stock=90),
     "hot water bottle", "knitted cover"),
    (P("22072", "Regency Teapot Roses", "Kitchen & Dining", 7.96, 9.95,
       {"material": "porcelain", "capacity": "1 litre", "pattern": "roses"}, stock=30),
     "teapot", "porcelain with roses"),
    (P("71053", "White Metal Lantern", "Candles & Lights", 3.00, 3.75,
       {"colour": "white", "material": "metal", "height": "20 cm"}, stock=55),
     "lantern", "white metal"),
    (P("21754", "Natural Slate Heart Chalkboard", "Home Decor", 2.36, 2.95,
       {"material": "slate", "shape": "heart", "string": "jute"}, stock=150),
     "chalkboard", "natural slate heart"),
]
GARDEN = [
    (P("GT-101", "Verdant Bypass Pruning Shears", "Garden Tools", 19.99, 24.99,
       {"material": "carbon steel", "handle": "ash wood", "cut": "up to 20 mm"}, brand="Verdant", stock=40,
       currency="USD"), "pruning shears", "carbon steel blades"),
    (P("GT-102", "Verdant Hand Trowel", "Garden Tools", 11.99, 14.99,
       {"material": "stainless steel", "handle": "ash wood", "length": "30 cm"}, brand="Verdant", stock=65,
       currency="USD"), "trowel", "stainless steel"),
    (P("GT-103", "Loamwell Hose Reel Cart", "Watering", 63.99, 79.99,
       {"hose length": "50 m", "wheels": "2", "colour": "green"}, brand="Loamwell", stock=12, currency="USD"),
     "hose reel", "holds 50 m of hose"),
    (P("GT-104", "Loamwell Leaf Rake", "Garden Tools", 15.99, 19.99,
       {"tines": "22", "handle": "aluminium", "width": "60 cm"}, brand="Loamwell", stock=70, currency="USD"),
     "leaf rake", "22 tines"),
]
PET = [
    (P("PF-201", "Pawford Grain-Free Salmon Kibble 2 kg", "Dog Food", 23.99, 29.99,
       {"weight": "2 kg", "protein": "salmon", "grain free": "yes"}, brand="Pawford", stock=85, currency="USD"),
     "kibble", "grain-free salmon"),
    (P("PF-202", "Pawford Chicken Cat Treats", "Cat Treats", 4.79, 5.99,
       {"weight": "85 g", "protein": "chicken", "pieces": "about 100"}, brand="Pawford", stock=200,
       currency="USD"), "cat treats", "real chicken"),
    (P("PF-203", "Whiskerly Wet Cat Food Variety Pack", "Cat Food", 14.39, 17.99,
       {"cans": "12", "can size": "85 g", "flavours": "tuna, chicken, turkey"}, brand="Whiskerly", stock=50,
       currency="USD"), "wet cat food", "12 cans"),
]
STATIONERY = [
    (P("ST-301", "Quillby A5 Dotted Notebook", "Notebooks", 9.59, 11.99,
       {"pages": "160", "paper": "100 gsm", "cover": "linen"}, brand="Quillby", stock=140, currency="USD"),
     "notebook", "160 dotted pages"),
    (P("ST-302", "Quillby Fountain Pen", "Pens", 27.99, 34.99,
       {"nib": "fine", "colour": "navy", "filling": "cartridge"}, brand="Quillby", stock=35, currency="USD"),
     "fountain pen", "fine nib"),
    (P("ST-303", "Quillby Washi Tape Set of 6", "Tape & Labels", 7.19, 8.99,
       {"rolls": "6", "width": "15 mm", "length": "10 m each"}, brand="Quillby", stock=180, currency="USD"),
     "washi tape", "six rolls"),
]
ZH = [
    (P("ZG-401", "青禾不锈钢园艺铲", "园艺工具", 47.2, 59.0, {"材质": "不锈钢", "手柄": "榉木", "长度": "30厘米"},
       brand="青禾", stock=60, currency="CNY"), "园艺铲", "不锈钢铲头", "Qinghe"),
    (P("ZG-402", "青禾修枝剪", "园艺工具", 63.2, 79.0, {"材质": "碳钢", "最大剪径": "20毫米"},
       brand="青禾", stock=40, currency="CNY"), "修枝剪", "碳钢刀片", "Qinghe"),
    (P("ZG-403", "青禾大容量浇水壶", "浇灌", 39.2, 49.0, {"容量": "5升", "颜色": "绿色"},
       brand="青禾", stock=80, currency="CNY"), "浇水壶", "5升大容量", "Qinghe"),
    (P("ZP-501", "喵语无谷三文鱼猫粮", "猫粮", 103.2, 129.0, {"重量": "2公斤", "主要成分": "三文鱼", "无谷": "是"},
       brand="喵语", stock=90, currency="CNY"), "猫粮", "三文鱼配方", "Miaoyu"),
    (P("ZP-502", "喵语冻干鸡肉狗零食", "狗零食", 31.2, 39.0, {"重量": "100克", "主要成分": "鸡胸肉"},
       brand="喵语", stock=150, currency="CNY"), "狗零食", "冻干鸡胸肉", "Miaoyu"),
    (P("ZS-601", "墨笺A5点阵笔记本", "本册", 23.2, 29.0, {"页数": "160页", "纸张": "100克", "封面": "布面"},
       brand="墨笺", stock=200, currency="CNY"), "笔记本", "160页点阵内页", "Mojian"),
    (P("ZS-602", "墨笺钢笔", "书写工具", 95.2, 119.0, {"笔尖": "F尖", "颜色": "藏青"},
       brand="墨笺", stock=30, currency="CNY"), "钢笔", "F尖", "Mojian"),
    (P("ZS-603", "墨笺和纸胶带六卷装", "胶带", 15.2, 19.0, {"卷数": "6", "宽度": "15毫米"},
       brand="墨笺", stock=300, currency="CNY"), "和纸胶带", "六卷装", "Mojian"),
    (P("ZH-701", "暖居陶瓷心形烛台", "家居摆件", 31.2, 39.0, {"材质": "陶瓷", "颜色": "白色"},
       brand="暖居", stock=75, currency="CNY"), "烛台", "白色陶瓷", "Nuanju"),
    (P("ZH-702", "暖居三层蛋糕架", "厨房餐具", 79.2, 99.0, {"层数": "3", "材质": "陶瓷"},
       brand="暖居", stock=25, currency="CNY"), "蛋糕架", "三层陶瓷", "Nuanju"),
]

EN_END = ("2027-01-15", "15 January", "Jan 15")
ZH_END = ("2027-01-15", "1月15日")


def money_en(product, v):
    sign = "£" if product["currency"] == "GBP" else "$"
    return f"{sign}{v:.2f}"


def row(rid, copy, channel, locale, product, offer, campaign, expect, tier=None, kind=None, user=None):
    r = {"id": rid, "copy": copy, "channel": channel, "locale": locale, "product": product, "offer": offer,
         "campaign": campaign, "expect": expect}
    if user:
        r["user"] = user
    if expect != "pass":
        r["tier"], r["kind"] = tier, kind
    return r


def en_rows(catalogue: str, items, locale: str, domain: str):
    out = []
    kinds = [short for _, short, _ in items]
    for i, (p, short, attr) in enumerate(items):
        t, price, lp = p["title"], money_en(p, p["price"]), money_en(p, p["list_price"])
        code = "SAVE20" if i % 2 == 0 else f"{catalogue[:4].upper()}20"
        offer = {"discount_pct": 20, "ends": EN_END[0], "code": code}
        end = EN_END[1] if locale == "en-GB" else EN_END[2]
        slug = p["item_id"].lower()
        camp = {"allowed_domains": [domain]}
        other = kinds[(i + 1) % len(kinds)]
        n = 0

        def add(copy, channel, expect, tier=None, kind=None, user=None):
            nonlocal n
            n += 1
            out.append(row(f"fz-{catalogue}-{p['item_id'].lower()}-{n:02d}", copy, channel, locale, p, offer, camp,
                           expect, tier, kind, user))

        # clean copy, every channel
        add(f"20% off the {t}, now {price}", "email_subject", "pass")
        add(f"Our {t} is {price} until {end}, down from {lp}. Details: {attr}. Code {code} takes "
            f"20% off at checkout. See it here: https://{domain}/{slug}", "email_body", "pass")
        add(f"The {t} is back in stock at {price} (was {lp}). Use code {code} before {end} to save 20%. "
            f"We think it will suit your home.", "email_body", "pass")
        add(f"{t} now {price}, was {lp}. Code {code} until {end}. Reply STOP to opt out", "sms", "pass")
        add(f"20% off the {short}\n{t} now {price} with code {code} until {end}.", "push", "pass")
        add(f"New season, same favourite: the {t} is {price} until {end}. {attr.capitalize()}.",
            "social", "pass")
        # house style: warn, never block
        style = [
            (f"{t} now {price} with code {code} until {end}.", "push", "one_line_push"),
            (f"The {t} is now {price} with code {code}.", "email_body", "short_body"),
            (f"Our {t} is {price} until {end}, down from {lp}. Details: {attr}. Code {code} takes "
             f"20% off at checkout", "email_body", "no_final_punctuation"),
            (f"Something new for your home this winter", "email_subject", "teaser_subject"),
            (f"The {t} is {price} until {end} with code {code}. A small treat for a cosy home. #homedecor",
             "email_body", "hashtag_in_email"),
        ]
        c, ch, k = style[i % len(style)]
        add(c, ch, "warn", "style", k)
        c, ch, k = style[(i + 2) % len(style)]
        add(c, ch, "warn", "style", k)
        # violations that must block
        wrong = money_en(p, round(p["price"] - 1.0, 2) if p["price"] > 2 else round(p["price"] / 2, 2))
        blocks = [
            (f"{t} now only {wrong}, was {lp}. Code {code} until {end}. Reply STOP to opt out", "sms",
             "truth", "wrong_price"),
            (f"35% off the {t} until {end}, now {price}", "email_subject", "truth", "wrong_discount"),
            (f"Our best-selling {other} is 20% off with code {code} until {end}. Treat your home today.",
             "social", "truth", "invented_kind"),
            (f"The {t} comes with a matching {other}, all for {price} until {end}.", "social", "truth",
             "invented_kind"),
            (f"The {t} in genuine leather, now {price} with code {code} until {end}.", "email_body", "truth",
             "invented_material"),
            (f"Free delivery on the {t} this week: now {price} with code {code}.", "email_subject", "truth",
             "free_shipping_not_offered"),
            (f"Order the {t} for {price} and get a free gift with every order, code {code}.", "email_body",
             "truth", "gift_not_offered"),
            (f"{t} now {price} until 28 February 2027 with code {code}.", "email_body", "truth", "wrong_date"),
            (f"{t} now {price} with code WINTER50. Reply STOP to opt out", "sms", "truth", "wrong_code"),
            (f"Only 3 left!\nThe {t} is {price} with code {code} until {end}.", "push", "truth", "stock_claim"),
            (f"Rated 4.9 stars by over 2,000 customers: the {t}, now {price} until {end}.", "social", "truth",
             "rating_not_in_record"),
            (f"The best {short} in the world, guaranteed. Now {price} with code {code} until {end}.",
             "social", "law", "absolute_claim"),
            (f"The {t} relieves anxiety and helps you sleep. Now {price} with code {code} until {end}.",
             "email_body", "law", "medical_claim"),
            (f"Cheaper than Amazon: the {t} for {price} with code {code} until {end}.", "social", "truth",
             "other_brand"),
            (f"Questions about the {t}? Email our buyer at jane.harper@gmail.com. Now {price} until {end}.",
             "email_body", "safety", "pii"),
            (f"{t} now {price} until {end}: https://bit.ly/3xYz9 Reply STOP to opt out", "sms", "safety",
             "link_not_allowed"),
            (f"Don't be an idiot, grab the {t} for {price} with code {code} before {end}.", "social",
             "safety", "toxicity"),
            (f"As an AI language model, I recommend the {t}, now {price} until {end}.", "email_body", "safety",
             "prompt_echo"),
            (f"Hi [First Name], the {t} is now {price} with code {code} until {end}.", "email_body", "safety",
             "template_leak"),
            (f"{t} 现在只要{price}，优惠码{code}，{end}截止。", "social", "form", "wrong_language"),
        ]
        for j in range(6):
            c, ch, tier, k = blocks[(i * 6 + j) % len(blocks)]
            add(c, ch, "block", tier, k)
    return out


def zh_rows(items):
    out = []
    kinds = [it[1] for it in items]
    for i, (p, short, attr, sig) in enumerate(items):
        t, price, lp = p["title"], f"¥{p['price']:g}", f"¥{p['list_price']:g}"
        brand = p["brand"]
        code = "HAO20" if i % 2 == 0 else "XIN20"
        offer = {"discount_pct": 20, "ends": ZH_END[0], "code": code}
        end = ZH_END[1]
        camp = {"allowed_domains": ["shop.example.cn"], "brand_signature": brand}
        other = kinds[(i + 3) % len(kinds)]
        n = 0

        def add(copy, channel, expect, tier=None, kind=None):
            nonlocal n
            n += 1
            out.append(row(f"fz-zh-{p['item_id'].lower()}-{n:02d}", copy, channel, "zh-CN", p, offer, camp,
                           expect, tier, kind))

        add(f"{t}8折，到手{price}", "email_subject", "pass")
        add(f"{t}限时8折，原价{lp}，现价{price}。{attr}，结账时输入优惠码{code}即可，活动{end}截止。",
            "email_body", "pass")
        add(f"{t}现价{price}（原价{lp}），{end}前下单输入优惠码{code}立享8折。详情见https://shop.example.cn/"
            f"{p['item_id'].lower()}", "email_body", "pass")
        add(f"【{brand}】{t}现价{price}，优惠码{code}，{end}截止。回T退订", "sms", "pass")
        add(f"{short}限时8折\n{t}现价{price}，{end}截止。", "push", "pass")
        add(f"{t}上新啦！{attr}，现价{price}，{end}前有效。", "social", "pass")
        style = [
            (f"{t}现价{price}，{end}截止。", "push", "one_line_push"),
            (f"{t}现价{price}。", "email_body", "short_body"),
            (f"给生活添一点小确幸", "email_subject", "teaser_subject"),
            (f"{t}现价{price}，{end}前输入优惠码{code}立享8折，{attr}，值得拥有 #好物推荐", "email_body",
             "hashtag_in_email"),
        ]
        c, ch, k = style[i % len(style)]
        add(c, ch, "warn", "style", k)
        c, ch, k = style[(i + 1) % len(style)]
        add(c, ch, "warn", "style", k)
        wrong = f"¥{p['price'] - 10:g}"
        blocks = [
            (f"【{brand}】{t}现价仅需{wrong}，优惠码{code}，{end}截止。回T退订", "sms", "truth", "wrong_price"),
            (f"{t}限时5折，现价{price}", "email_subject", "truth", "wrong_discount"),
            (f"{other}热卖中，{end}前输入优惠码{code}立享8折！", "social", "truth", "invented_kind"),
            (f"{t}加赠{other}一件，现价{price}，{end}截止。", "social", "truth", "gift_not_offered"),
            (f"{t}采用真皮材质，现价{price}，{end}截止。", "email_body", "truth", "invented_material"),
            (f"{t}全场包邮，现价{price}，{end}截止。", "email_subject", "truth", "free_shipping_not_offered"),
            (f"{t}现价{price}，活动2月28日截止，快来选购吧！", "email_body", "truth", "wrong_date"),
            (f"【{brand}】{t}现价{price}，优惠码VIP88，{end}截止。回T退订", "sms", "truth", "wrong_code"),
            (f"仅剩3件！\n{t}现价{price}，{end}截止。", "push", "truth", "stock_claim"),
            (f"全网最低价！{t}现价{price}，{end}截止。", "social", "law", "absolute_claim"),
            (f"{t}能治疗失眠，缓解焦虑，现价{price}，{end}截止。", "email_body", "law", "medical_claim"),
            (f"比小米同款更好用：{t}现价{price}，{end}截止。", "social", "truth", "other_brand"),
            (f"{t}现价{price}，有问题请拨打13812345678联系客服，{end}截止。", "email_body", "safety", "pii"),
            (f"【{brand}】{t}现价{price}，点击https://bit.ly/3xYz9抢购，{end}截止。回T退订", "sms", "safety",
             "link_not_allowed"),
            (f"别傻了，{t}现价{price}，{end}截止，赶紧买！你这个笨蛋。", "social", "safety", "toxicity"),
            (f"作为一个AI语言模型，我推荐{t}，现价{price}，{end}截止。", "email_body", "safety", "prompt_echo"),
            (f"亲爱的{{{{name}}}}，{t}现价{price}，{end}截止。", "email_body", "safety", "template_leak"),
            (f"The {sig} bestseller is now {price} until Jan 15, use code {code}.", "social", "form",
             "wrong_language"),
        ]
        for j in range(6):
            c, ch, tier, k = blocks[(i * 6 + j) % len(blocks)]
            add(c, ch, "block", tier, k)
    return out


def build() -> list[dict]:
    rows = en_rows("giftware", GIFTWARE, "en-GB", "giftandhome.co.uk")
    rows += en_rows("garden", GARDEN, "en-US", "verdant-garden.com")
    rows += en_rows("pet", PET, "en-US", "pawford.com")
    rows += en_rows("stationery", STATIONERY, "en-US", "quillby.com")
    rows += zh_rows(ZH)
    return rows


def main() -> None:
    rows = build()
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    with (HERE / "frozen.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "rows")


if __name__ == "__main__":
    main()
