"""Data stage: a seeded generator of a clearly synthetic sample shop (catalog, users, events, prices).

The shop exists so that `promo-llm generate` runs offline with no user data, and so that tests and
demos have a view -> cart -> purchase clickstream (no public dataset here has one). Every brand,
product and user is invented. Users carry their latent preferences (columns `latent_*`) so tests can
check that profiles and targeting recover what the generator put in.

This module writes files; it never reads user data and never imports torch.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import shutil
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import numpy as np

GENERATOR_VERSION = "1.3"
END_DATE = date(2026, 11, 15)
"""Last day of the event log; the window is the 90 days ending here (UTC)."""
N_DAYS = 90
HISTORY_DAYS = 120
"""Daily prices start 30 days before the event window, enough for 30-day reference-price rules."""
FILES = ("catalog.csv", "users.csv", "events.parquet", "price_history.csv")

# --- the invented world ------------------------------------------------------------------------
# brand: (English, Chinese)
BRANDS = {
    "Alpina": "山野", "Nordlys": "北光", "Terrafox": "岩狐", "Kestrel": "隼翼",
    "Brightwell": "明泉", "Cozyhaus": "暖居", "Lumaro": "露玛", "Velora": "薇洛",
    "Oakridge": "橡岭", "Sunmoor": "晴原", "Pebblepoint": "卵石", "Harbourline": "港湾",
    "Mistvale": "雾谷", "Quillan": "青岚", "Zephyra": "西风", "Tidewell": "潮汐",
    "Emberly": "余烬", "Copperleaf": "铜叶", "Fernhollow": "蕨谷", "Larkspur": "云雀",
    "Pawsome": "萌爪", "Brickbee": "积木蜂", "Koto": "琴音", "Aerolux": "风澜",
}

# category key -> (en, zh, durable, (price lo, hi), brands, nouns[(en, zh)], modifiers[(en, zh)],
#                  attribute sets {key: (zh key, [(en, zh), ...])},
#                  fit {noun: {"mods": [allowed modifiers], key: [options] or [] for none}},
#                  mod_attrs {modifier: {key: [options]}})
# `fit` and `mod_attrs` keep a record true to its own title: a "Cashmere Sweater" is cashmere, a
# "Silk" pillowcase silk, a yoga mat never steel, dog food has a weight and no colour. Copy that
# repeats the record is then copy a shopper would believe.
_COLOURS = [("black", "黑色"), ("grey", "灰色"), ("navy", "藏青色"), ("olive", "橄榄绿"),
            ("red", "红色"), ("white", "白色"), ("beige", "米色"), ("blue", "蓝色")]
CATEGORIES: dict[str, dict] = {
    "footwear": dict(
        en="Outdoor Footwear", zh="户外鞋靴", durable=False, price=(49, 189),
        brands=["Alpina", "Terrafox", "Kestrel", "Sunmoor"],
        nouns=[("Hiking Boots", "徒步鞋"), ("Trail Running Shoes", "越野跑鞋"), ("Snow Boots", "雪地靴"),
               ("Approach Shoes", "登山鞋")],
        mods=[("Waterproof", "防水"), ("Lightweight", "轻量"), ("Insulated", "保暖"), ("Breathable", "透气")],
        attrs={"colour": ("颜色", _COLOURS[:6]),
               "material": ("材质", [("leather", "皮革"), ("suede", "麂皮"), ("mesh", "网面")]),
               "size": ("尺码", [("EU 40", "40码"), ("EU 42", "42码"), ("EU 44", "44码"), ("EU 38", "38码")])}),
    "outerwear": dict(
        en="Outerwear", zh="户外外套", durable=False, price=(59, 329),
        brands=["Alpina", "Nordlys", "Kestrel", "Mistvale"],
        nouns=[("Down Jacket", "羽绒服"), ("Rain Jacket", "冲锋衣"), ("Fleece Jacket", "抓绒外套"),
               ("Softshell Jacket", "软壳外套")],
        mods=[("Packable", "可收纳"), ("Hooded", "连帽"), ("Windproof", "防风"), ("Recycled", "环保再生")],
        attrs={"colour": ("颜色", _COLOURS),
               "material": ("材质", [("nylon", "尼龙"), ("polyester", "涤纶"), ("goose down", "鹅绒")]),
               "size": ("尺码", [("S", "S码"), ("M", "M码"), ("L", "L码"), ("XL", "XL码")])},
        fit={"Down Jacket": {"material": [("goose down", "鹅绒"), ("duck down", "鸭绒")]},
             "Rain Jacket": {"material": [("nylon", "尼龙"), ("polyester", "涤纶")], "mods": ["Packable", "Hooded", "Windproof", "Recycled"]},
             "Fleece Jacket": {"material": [("polyester", "涤纶")]},
             "Softshell Jacket": {"material": [("nylon", "尼龙"), ("polyester", "涤纶")]}}),
    "knitwear": dict(
        en="Knitwear", zh="针织服饰", durable=False, price=(19, 149),
        brands=["Nordlys", "Velora", "Cozyhaus", "Larkspur"],
        nouns=[("Wool Scarf", "羊毛围巾"), ("Cashmere Sweater", "羊绒衫"), ("Knit Beanie", "针织帽"),
               ("Wool Gloves", "羊毛手套")],
        mods=[("Ribbed", "罗纹"), ("Chunky", "粗针"), ("Classic", "经典"), ("Soft-Touch", "柔软亲肤")],
        attrs={"colour": ("颜色", _COLOURS),
               "material": ("材质", [("merino wool", "美利奴羊毛"), ("cashmere", "羊绒"), ("cotton", "棉")]),
               "size": ("尺码", [("one size", "均码"), ("M", "M码"), ("L", "L码")])},
        fit={"Wool Scarf": {"material": [("merino wool", "美利奴羊毛")], "size": [("one size", "均码")]},
             "Cashmere Sweater": {"material": [("cashmere", "羊绒")], "size": [("M", "M码"), ("L", "L码")]},
             "Knit Beanie": {"size": [("one size", "均码")]},
             "Wool Gloves": {"material": [("merino wool", "美利奴羊毛")], "size": [("M", "M码"), ("L", "L码")]}}),
    "kitchen_appliances": dict(
        en="Kitchen Appliances", zh="厨房电器", durable=True, price=(39, 449),
        brands=["Brightwell", "Copperleaf", "Aerolux", "Emberly"],
        nouns=[("Air Fryer", "空气炸锅"), ("Espresso Machine", "意式咖啡机"), ("Blender", "破壁料理机"),
               ("Electric Kettle", "电热水壶"), ("Rice Cooker", "电饭煲")],
        mods=[("Compact", "小巧"), ("Digital", "智能数显"), ("Stainless", "不锈钢"), ("Quiet", "静音")],
        attrs={"colour": ("颜色", [("black", "黑色"), ("white", "白色"), ("silver", "银色"), ("red", "红色")]),
               "capacity": ("容量", [("1.2 L", "1.2升"), ("1.7 L", "1.7升"), ("4 L", "4升"), ("5.5 L", "5.5升")]),
               "power": ("功率", [("800 W", "800瓦"), ("1200 W", "1200瓦"), ("1500 W", "1500瓦")])},
        fit={"Air Fryer": {"capacity": [("4 L", "4升"), ("5.5 L", "5.5升")], "power": [("1500 W", "1500瓦")]},
             "Espresso Machine": {"capacity": [("1.2 L", "1.2升"), ("1.7 L", "1.7升")], "power": [("1200 W", "1200瓦"), ("1500 W", "1500瓦")]},
             "Blender": {"capacity": [("1.2 L", "1.2升"), ("1.7 L", "1.7升")], "power": [("800 W", "800瓦"), ("1200 W", "1200瓦")]},
             "Electric Kettle": {"capacity": [("1.2 L", "1.2升"), ("1.7 L", "1.7升")], "power": [("1500 W", "1500瓦")]},
             "Rice Cooker": {"capacity": [("4 L", "4升"), ("5.5 L", "5.5升")], "power": [("800 W", "800瓦")], "mods": ["Compact", "Digital", "Stainless", "Quiet"]}}),
    "cookware": dict(
        en="Cookware", zh="锅具", durable=True, price=(25, 249),
        brands=["Copperleaf", "Emberly", "Oakridge"],
        nouns=[("Cast Iron Skillet", "铸铁平底锅"), ("Nonstick Frying Pan", "不粘煎锅"),
               ("Stockpot", "汤锅"), ("Dutch Oven", "铸铁炖锅")],
        mods=[("Pre-Seasoned", "开锅即用"), ("Induction-Ready", "电磁炉适用"), ("Family-Size", "大容量"),
              ("Enamelled", "珐琅")],
        attrs={"material": ("材质", [("cast iron", "铸铁"), ("stainless steel", "不锈钢"), ("aluminium", "铝合金")]),
               "size": ("尺寸", [("24 cm", "24厘米"), ("26 cm", "26厘米"), ("28 cm", "28厘米")]),
               "colour": ("颜色", [("black", "黑色"), ("red", "红色"), ("blue", "蓝色")])},
        fit={"Cast Iron Skillet": {"material": [("cast iron", "铸铁")], "mods": ["Pre-Seasoned", "Induction-Ready", "Family-Size"]},
             "Nonstick Frying Pan": {"material": [("aluminium", "铝合金"), ("stainless steel", "不锈钢")], "mods": ["Induction-Ready", "Family-Size"]},
             "Stockpot": {"material": [("stainless steel", "不锈钢"), ("aluminium", "铝合金")], "mods": ["Induction-Ready", "Family-Size"],
                          "size": [("24 cm", "24厘米"), ("28 cm", "28厘米")]},
             "Dutch Oven": {"material": [("cast iron", "铸铁")], "mods": ["Enamelled", "Induction-Ready", "Family-Size"]}}),
    "bedding": dict(
        en="Bedding", zh="床上用品", durable=False, price=(29, 299),
        brands=["Cozyhaus", "Velora", "Harbourline"],
        nouns=[("Bedding Set", "四件套"), ("Down Duvet", "羽绒被"), ("Memory Foam Pillow", "记忆棉枕"),
               ("Pillowcase Pair", "枕套两只装")],
        mods=[("Cotton", "纯棉"), ("Silk", "真丝"), ("All-Season", "四季通用"), ("Cooling", "凉感")],
        attrs={"colour": ("颜色", [("white", "白色"), ("grey", "灰色"), ("beige", "米色"), ("navy", "藏青色")]),
               "material": ("材质", [("cotton", "棉"), ("silk", "真丝"), ("linen", "亚麻")]),
               "size": ("尺寸", [("queen", "1.5米床"), ("king", "1.8米床"), ("single", "1.2米床")])},
        fit={"Down Duvet": {"mods": ["All-Season"], "material": [("goose down", "鹅绒"), ("duck down", "鸭绒")]},
             "Memory Foam Pillow": {"mods": ["Cooling", "All-Season"], "size": [("standard", "标准")]},
             "Pillowcase Pair": {"size": [("standard", "标准"), ("king", "加大")]}},
        mod_attrs={"Cotton": {"material": [("cotton", "棉")]}, "Silk": {"material": [("silk", "真丝")]}}),
    "skincare": dict(
        en="Skincare", zh="护肤品", durable=False, price=(12, 89),
        brands=["Lumaro", "Velora", "Fernhollow"],
        nouns=[("Face Cream", "面霜"), ("Vitamin C Serum", "维C精华"), ("Cleanser", "洁面乳"),
               ("Sunscreen SPF 50", "防晒霜SPF50")],
        mods=[("Hydrating", "保湿"), ("Gentle", "温和"), ("Fragrance-Free", "无香"), ("Brightening", "提亮")],
        attrs={"volume": ("规格", [("30 ml", "30毫升"), ("50 ml", "50毫升"), ("100 ml", "100毫升")]),
               "skin_type": ("适用肤质", [("all skin types", "所有肤质"), ("dry skin", "干性肌肤"),
                                         ("oily skin", "油性肌肤")])}),
    "audio": dict(
        en="Headphones & Audio", zh="耳机音响", durable=True, price=(29, 349),
        brands=["Koto", "Aerolux", "Zephyra"],
        nouns=[("Wireless Earbuds", "无线耳机"), ("Over-Ear Headphones", "头戴式耳机"),
               ("Bluetooth Speaker", "蓝牙音箱")],
        mods=[("Noise-Cancelling", "降噪"), ("Sport", "运动"), ("Portable", "便携"), ("Hi-Fi", "高保真")],
        attrs={"colour": ("颜色", [("black", "黑色"), ("white", "白色"), ("blue", "蓝色"), ("grey", "灰色")]),
               "battery": ("续航", [("20 h", "20小时"), ("30 h", "30小时"), ("40 h", "40小时")])}),
    "smart_home": dict(
        en="Smart Home", zh="智能家居", durable=True, price=(35, 499),
        brands=["Aerolux", "Brightwell", "Zephyra"],
        nouns=[("Robot Vacuum", "扫地机器人"), ("Desk Lamp", "台灯"), ("Air Purifier", "空气净化器")],
        mods=[("Smart", "智能"), ("App-Controlled", "手机遥控"), ("Quiet", "静音"), ("Compact", "小巧")],
        attrs={"colour": ("颜色", [("white", "白色"), ("black", "黑色"), ("grey", "灰色")]),
               "room_size": ("适用面积", [("up to 30 m²", "30平方米以内"), ("up to 60 m²", "60平方米以内")])},
        fit={"Desk Lamp": {"room_size": [], "mods": ["Smart", "App-Controlled", "Compact"]},
             "Robot Vacuum": {"mods": ["Smart", "App-Controlled", "Quiet", "Compact"]}}),
    "fitness": dict(
        en="Fitness", zh="健身运动", durable=False, price=(12, 229),
        brands=["Sunmoor", "Kestrel", "Tidewell"],
        nouns=[("Yoga Mat", "瑜伽垫"), ("Adjustable Dumbbells", "可调节哑铃"), ("Resistance Bands", "弹力带"),
               ("Foam Roller", "泡沫轴")],
        mods=[("Non-Slip", "防滑"), ("Eco", "环保"), ("Pro", "专业"), ("Travel", "便携")],
        attrs={"colour": ("颜色", [("purple", "紫色"), ("black", "黑色"), ("green", "绿色"), ("blue", "蓝色")]),
               "material": ("材质", [("TPE", "TPE"), ("natural rubber", "天然橡胶"), ("steel", "钢")])},
        fit={"Yoga Mat": {"material": [("TPE", "TPE"), ("natural rubber", "天然橡胶")], "mods": ["Non-Slip", "Eco", "Pro", "Travel"]},
             "Adjustable Dumbbells": {"material": [("steel", "钢")], "mods": ["Pro", "Travel"]},
             "Resistance Bands": {"material": [("natural rubber", "天然橡胶"), ("TPE", "TPE")], "mods": ["Eco", "Pro", "Travel"]},
             "Foam Roller": {"material": [("EVA foam", "EVA泡沫")], "mods": ["Eco", "Pro", "Travel"]}}),
    "coffee_tea": dict(
        en="Coffee & Tea", zh="咖啡茶饮", durable=False, price=(8, 59),
        brands=["Oakridge", "Quillan", "Emberly"],
        nouns=[("Coffee Beans", "咖啡豆"), ("Oolong Tea", "乌龙茶"), ("Cold Brew Coffee", "冷萃咖啡"),
               ("Matcha Powder", "抹茶粉")],
        mods=[("Single-Origin", "单一产地"), ("Organic", "有机"), ("Dark Roast", "深烘"), ("Premium", "精选")],
        attrs={"weight": ("净含量", [("250 g", "250克"), ("500 g", "500克"), ("1 kg", "1千克")]),
               "origin": ("产地", [("Yunnan", "云南"), ("Ethiopia", "埃塞俄比亚"), ("Colombia", "哥伦比亚"),
                                  ("Fujian", "福建")])},
        fit={"Coffee Beans": {"origin": [("Ethiopia", "埃塞俄比亚"), ("Colombia", "哥伦比亚"), ("Yunnan", "云南")]},
             "Cold Brew Coffee": {"origin": [("Ethiopia", "埃塞俄比亚"), ("Colombia", "哥伦比亚")]},
             "Oolong Tea": {"origin": [("Fujian", "福建")], "mods": ["Single-Origin", "Organic", "Premium"]},
             "Matcha Powder": {"origin": [("Kyoto", "京都")], "mods": ["Single-Origin", "Organic", "Premium"],
                               "weight": [("100 g", "100克"), ("250 g", "250克")]}}),
    "toys": dict(
        en="Kids & Toys", zh="儿童玩具", durable=False, price=(9, 129),
        brands=["Brickbee", "Larkspur", "Pebblepoint"],
        nouns=[("Building Blocks Set", "积木套装"), ("Plush Bear", "毛绒小熊"), ("Wooden Puzzle", "木质拼图")],
        mods=[("Creative", "创意"), ("Educational", "益智"), ("Deluxe", "豪华"), ("Mini", "迷你")],
        attrs={"age": ("适用年龄", [("3+ years", "3岁以上"), ("6+ years", "6岁以上"), ("8+ years", "8岁以上")]),
               "pieces": ("件数", [("120 pieces", "120件"), ("300 pieces", "300件"), ("500 pieces", "500件")])},
        fit={"Plush Bear": {"pieces": [], "mods": ["Deluxe", "Mini"]},
             "Wooden Puzzle": {"pieces": [("24 pieces", "24片"), ("60 pieces", "60片"), ("120 pieces", "120片")]}}),
    "luggage": dict(
        en="Bags & Luggage", zh="箱包", durable=True, price=(39, 399),
        brands=["Harbourline", "Alpina", "Pebblepoint"],
        nouns=[("Carry-On Suitcase", "登机箱"), ("Travel Backpack", "旅行双肩包"), ("Tote Bag", "托特包")],
        mods=[("Expandable", "可扩展"), ("Hard-Shell", "硬壳"), ("Water-Resistant", "防泼水"), ("Slim", "轻薄")],
        attrs={"colour": ("颜色", [("black", "黑色"), ("navy", "藏青色"), ("olive", "橄榄绿"), ("beige", "米色")]),
               "capacity": ("容量", [("20 L", "20升"), ("35 L", "35升"), ("40 L", "40升")])},
        fit={"Carry-On Suitcase": {"capacity": [("35 L", "35升"), ("40 L", "40升")]},
             "Travel Backpack": {"mods": ["Expandable", "Water-Resistant", "Slim"]},
             "Tote Bag": {"capacity": [("20 L", "20升")], "mods": ["Water-Resistant", "Slim"]}}),
    "pets": dict(
        en="Pet Supplies", zh="宠物用品", durable=False, price=(9, 159),
        brands=["Pawsome", "Fernhollow", "Tidewell"],
        nouns=[("Dog Food", "狗粮"), ("Cat Scratching Post", "猫抓柱"), ("Pet Bed", "宠物窝")],
        mods=[("Grain-Free", "无谷"), ("Orthopedic", "护脊"), ("Washable", "可水洗"), ("Natural", "天然")],
        attrs={"size": ("规格", [("small", "小号"), ("medium", "中号"), ("large", "大号")]),
               "colour": ("颜色", [("grey", "灰色"), ("beige", "米色"), ("brown", "棕色")])},
        fit={"Dog Food": {"mods": ["Grain-Free", "Natural"], "colour": [],
                          "size": [("2 kg bag", "2公斤装"), ("6 kg bag", "6公斤装"), ("12 kg bag", "12公斤装")]},
             "Cat Scratching Post": {"mods": ["Natural"]},
             "Pet Bed": {"mods": ["Orthopedic", "Washable", "Natural"]}}),
}
PRODUCTS_PER_CATEGORY = 30
LINES = ["Summit", "Ridge", "Aurora", "Harbor", "Atlas", "Nova", "Vista", "Echo", "Terra", "Breeze",
         "Orbit", "Haven", "Crest", "Drift", "Pulse", "Glade", "Zenith", "Tundra", "Cove", "Ember",
         "Fjord", "Meadow", "Quartz", "Solace", "Trail", "Canyon", "Lumen", "Arbor", "Rally", "Willow"]
EN_TZ = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"]
EN_TZ_P = [0.47, 0.29, 0.07, 0.17]
ZH_TZ = ["Asia/Shanghai"]
CHANNELS_IN = ("web", "app", "email", "push", "sms")
PRICE_BANDS = ("budget", "mid", "premium")


def _money(x: np.ndarray) -> np.ndarray:
    """Shop prices end in .99 above 10, else in .x9 (1.49, 7.99)."""
    return np.where(x >= 10, np.floor(x) + 0.99, np.floor(x * 10) / 10 + 0.09).round(2)


CNY_PER_USD = 7.2
"""The sample shop's Chinese side sells in CNY. Its list prices are the USD list price x 7.2,
rounded to the nearest whole yuan ending in 9 (at least 9): $46.99 -> 338.3 -> ¥339, $11.99 ->
¥89. Every other price (sales, past prices) keeps its ratio to the list price, in whole yuan:
¥339 at 20% off is ¥271. Discounts and reference-price history therefore agree in both currencies."""


def yuan_list_price(usd: np.ndarray) -> np.ndarray:
    """USD list prices -> CNY list prices (see CNY_PER_USD)."""
    return np.maximum(9.0, 10 * np.floor((np.asarray(usd) * CNY_PER_USD + 1) / 10 + 0.5) - 1)


def yuan_prices(usd: np.ndarray, usd_list: np.ndarray) -> np.ndarray:
    """USD prices of items with USD list prices `usd_list` -> CNY prices at the same ratio to the
    CNY list price, in whole yuan (a list price maps to itself)."""
    return np.floor(yuan_list_price(usd_list) * np.asarray(usd) / np.asarray(usd_list) + 0.5)


# --- catalog and prices ------------------------------------------------------------------------

def _catalog(rng: np.random.Generator) -> list[dict]:
    rows = []
    n = 0
    for ci, (ckey, c) in enumerate(CATEGORIES.items()):
        lines = list(rng.permutation(LINES))
        lo, hi = c["price"]
        for j in range(PRODUCTS_PER_CATEGORY):
            n += 1
            brand = c["brands"][j % len(c["brands"])]
            noun_en, noun_zh = c["nouns"][int(rng.integers(len(c["nouns"])))]
            fit = c.get("fit", {}).get(noun_en, {})
            mods = [m for m in c["mods"] if m[0] in fit["mods"]] if "mods" in fit else c["mods"]
            mod_en, mod_zh = mods[int(rng.integers(len(mods)))]
            line = lines[j]
            attrs_en, attrs_zh = {}, {}
            for key, (key_zh, options) in c["attrs"].items():
                options = c.get("mod_attrs", {}).get(mod_en, {}).get(key) or fit.get(key, options)
                if not options:  # an attribute this kind of product does not have
                    continue
                en, zh = options[int(rng.integers(len(options)))]
                attrs_en[key], attrs_zh[key_zh] = en, zh
            price = float(_money(np.array([math.exp(rng.uniform(math.log(lo), math.log(hi)))]))[0])
            rows.append({
                "item_id": f"P{n:04d}",
                "title": f"{brand} {line} {mod_en} {noun_en}",
                "title_zh": f"{BRANDS[brand]} {line} {mod_zh}{noun_zh}",
                "brand": brand, "brand_zh": BRANDS[brand],
                "category": c["en"], "category_zh": c["zh"], "category_key": ckey, "cat_index": ci,
                "durable": c["durable"], "list_price": price,
                "attributes": attrs_en, "attributes_zh": attrs_zh,
                "stock": 0 if rng.random() < 0.05 else int(rng.integers(3, 400)),
            })
    return rows


def _price_history(rng: np.random.Generator, catalog: list[dict]) -> tuple[np.ndarray, list[str]]:
    """Daily prices [item, day] over HISTORY_DAYS ending at END_DATE; updates catalog price fields.

    About 40% of items are on promotion now: the promotion began 1-12 days ago after at least 30
    days at list price, so the "was" price is a real earlier price. A few promoted items (about 1 in
    12) advertise a list price they never sold at in the last 30 days: the traps that reference-price
    rules must catch. Earlier short sales make the history realistic.
    """
    n, d = len(catalog), HISTORY_DAYS
    prices = np.zeros((n, d))
    inflated = []
    for i, row in enumerate(catalog):
        lp = row["list_price"]
        p = np.full(d, lp)
        for _ in range(int(rng.integers(1, 5))):  # past short sales, all ending 35+ days ago
            start = int(rng.integers(0, d - 45))
            length = int(rng.integers(3, 10))
            p[start:start + length] = _money(np.array([lp * (1 - rng.choice([0.1, 0.15, 0.2]))]))[0]
        row.update(price=lp, discount_pct=0.0, promo_ends=None)
        if rng.random() < 0.4:
            disc = float(rng.choice([10, 15, 20, 25, 30, 40]))
            sale = float(_money(np.array([lp * (1 - disc / 100)]))[0])
            started = int(rng.integers(1, 13))
            if rng.random() < 1 / 12:
                # inflated reference price: the item has sold at (about) the sale price all along
                p[:] = sale
                inflated.append(row["item_id"])
            p[d - started:] = sale
            row.update(price=sale, discount_pct=round(100 * (1 - sale / lp), 1),
                       promo_ends=END_DATE + timedelta(days=int(rng.integers(3, 21))))
        prices[i] = p
    return prices, inflated


# --- users -------------------------------------------------------------------------------------

def _users(rng: np.random.Generator, n_users: int, catalog: list[dict]) -> list[dict]:
    cats = list(CATEGORIES)
    brands = list(BRANDS)
    users = []
    for u in range(n_users):
        zh = rng.random() < 0.3
        # a few strong interests per user: sparse Dirichlet over categories
        pref = rng.dirichlet(np.full(len(cats), 0.25))
        brand_aff = rng.normal(0, 1.0, len(brands))
        band = PRICE_BANDS[int(rng.choice(3, p=[0.35, 0.4, 0.25]))]
        deal = float(rng.beta(1.2, 2.0))
        peak = int(rng.choice([7, 8, 12, 13, 18, 19, 20, 21, 22]))
        consent_email = bool(rng.random() < 0.8)
        consent_sms = bool(rng.random() < (0.55 if zh else 0.4))
        consent_push = bool(rng.random() < 0.6)
        top = np.argsort(-pref)[:3]
        users.append({
            "user_id": f"U{u + 1:05d}",
            "locale": "zh-CN" if zh else "en-US",
            "timezone": ZH_TZ[0] if zh else EN_TZ[int(rng.choice(len(EN_TZ), p=EN_TZ_P))],
            "consent_email": consent_email, "consent_sms": consent_sms, "consent_push": consent_push,
            "engagement_email": round(float(rng.beta(2, 6)), 3) if consent_email else None,
            "engagement_sms": round(float(rng.beta(1.5, 10)), 3) if consent_sms else None,
            "engagement_push": round(float(rng.beta(2, 8)), 3) if consent_push else None,
            "latent_categories": {CATEGORIES[cats[k]]["en"]: round(float(pref[k]), 4) for k in top},
            "latent_brands": [brands[k] for k in np.argsort(-brand_aff)[:3]],
            "latent_price_band": band,
            "latent_deal_seeker": round(deal, 3),
            "latent_peak_hour": peak,
            "_pref": pref, "_brand": brand_aff, "_activity": float(rng.lognormal(3.1, 0.6)),
        })
    return users


# --- events ------------------------------------------------------------------------------------

def _utc_offsets(tz: str, start: date) -> np.ndarray:
    """UTC offset in hours of `tz` at local noon for each of the N_DAYS days."""
    z = ZoneInfo(tz)
    return np.array([datetime(d.year, d.month, d.day, 12, tzinfo=z).utcoffset().total_seconds() / 3600
                     for d in (start + timedelta(days=i) for i in range(N_DAYS))])


def _events(rng: np.random.Generator, users: list[dict], catalog: list[dict],
            prices: np.ndarray) -> dict[str, np.ndarray]:
    n_items, ppc = len(catalog), PRODUCTS_PER_CATEGORY
    n_cats = len(CATEGORIES)
    cat_of = np.array([r["cat_index"] for r in catalog])
    brand_ix = {b: k for k, b in enumerate(BRANDS)}
    item_brand = np.array([brand_ix[r["brand"]] for r in catalog])
    durable = np.array([r["durable"] for r in catalog])
    list_price = np.array([r["list_price"] for r in catalog])
    # price position of each item inside its category, 0 (cheapest) .. 1 (dearest)
    pos = np.zeros(n_items)
    for c in range(n_cats):
        ix = np.flatnonzero(cat_of == c)
        pos[ix] = np.argsort(np.argsort(list_price[ix])) / (len(ix) - 1)
    popularity = rng.normal(0, 0.5, n_items)
    window = prices[:, HISTORY_DAYS - N_DAYS:]
    on_sale = window < list_price[:, None] - 0.005       # [item, day]
    start = END_DATE - timedelta(days=N_DAYS - 1)
    offsets = {tz: _utc_offsets(tz, start) for tz in set(u["timezone"] for u in users)}
    band_centre = {"budget": 0.15, "mid": 0.5, "premium": 0.85}
    dow0 = start.weekday()

    cols: dict[str, list] = {k: [] for k in ("user", "item", "type", "ts", "qty", "price", "session",
                                             "channel")}
    session_no = 0
    t0 = np.datetime64(start.isoformat(), "s")
    for ui, u in enumerate(users):
        # lifecycle: most users span the window, some joined late, some drifted away
        first = 0 if rng.random() < 0.75 else int(rng.integers(0, N_DAYS - 3))
        last = N_DAYS - 1 if rng.random() < 0.7 else int(rng.integers(first, N_DAYS))
        n_sess = max(1, int(rng.poisson(u["_activity"] * (last - first + 1) / N_DAYS)))
        weekday_w = rng.dirichlet(np.full(7, 3.0))
        days = np.arange(first, last + 1)
        w = weekday_w[(days + dow0) % 7]
        sess_day = np.sort(rng.choice(days, size=n_sess, p=w / w.sum()))
        local_h = np.where(rng.random(n_sess) < 0.8, rng.normal(u["latent_peak_hour"] + 0.5, 1.0, n_sess),
                           rng.uniform(7, 24, n_sess)) % 24
        utc_h = (local_h - offsets[u["timezone"]][sess_day])
        sess_ts = (t0 + (sess_day * 86400 + np.round(utc_h * 3600)).astype("timedelta64[s]"))
        sess_cat = rng.choice(n_cats, size=n_sess, p=u["_pref"])
        # within-category item scores: brand affinity, price fit, popularity
        score = (0.9 * u["_brand"][item_brand] - 6.0 * (pos - band_centre[u["latent_price_band"]]) ** 2
                 + popularity)
        probs = np.exp(score).reshape(n_cats, ppc)
        cdf = np.cumsum(probs / probs.sum(1, keepdims=True), axis=1)
        consent = [c for c in ("email", "push", "sms") if u[f"consent_{c}"]]
        ch_choices = ["web", "app"] + consent
        ch_p = np.array([0.45, 0.35] + [0.2 / max(1, len(consent))] * len(consent))
        bought_durable: set[int] = set()
        for s in range(n_sess):
            session_no += 1
            n_views = 1 + int(rng.poisson(1.8))
            j = np.minimum((cdf[sess_cat[s]][None, :] < rng.random(n_views)[:, None]).sum(1), ppc - 1)
            items = sess_cat[s] * ppc + j
            day = int(sess_day[s])
            ch = ch_choices[int(rng.choice(len(ch_choices), p=ch_p / ch_p.sum()))]
            t = sess_ts[s]
            gaps = np.concatenate([[0], np.cumsum(rng.integers(20, 240, n_views - 1))])
            for v, it in enumerate(items):
                sale = bool(on_sale[it, day])
                tv = t + np.timedelta64(int(gaps[v]), "s")
                price = float(window[it, day])
                rows = [("view", tv)]
                fit = 1 / (1 + math.exp(-(score[it] - score[cat_of == sess_cat[s]].mean())))
                deal = u["latent_deal_seeker"]
                # deal seekers rarely buy at full price and jump at a sale
                p_cart = (0.06 + 0.22 * fit) * (1 - 0.8 * deal * (not sale)) + 0.5 * deal * sale
                if rng.random() < p_cart:
                    rows.append(("cart", tv + np.timedelta64(int(rng.integers(15, 300)), "s")))
                    p_buy = 0.3 + 0.2 * fit + 0.4 * deal * sale - 0.15 * (not sale) * deal
                    if rng.random() < p_buy and not (durable[it] and it in bought_durable):
                        rows.append(("purchase", tv + np.timedelta64(int(rng.integers(300, 1800)), "s")))
                        if durable[it]:
                            bought_durable.add(int(it))
                for typ, ts in rows:
                    cols["user"].append(ui)
                    cols["item"].append(int(it))
                    cols["type"].append(typ)
                    cols["ts"].append(ts)
                    cols["qty"].append(1 if typ != "purchase" or durable[it] else int(1 + rng.poisson(0.3)))
                    cols["price"].append(price)
                    cols["session"].append(session_no)
                    cols["channel"].append(ch)
    return {k: np.array(v) for k, v in cols.items()}


# --- writing -----------------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def generate_sample_shop(out_dir: Path, seed: int = 7, n_users: int = 1500) -> dict[str, Path]:
    """Write catalog.csv, users.csv, events.parquet, price_history.csv and shop.json into `out_dir`.

    Deterministic: the same seed and generator version give byte-identical files.
    """
    import pyarrow as pa
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    catalog = _catalog(rng)
    prices, inflated = _price_history(rng, catalog)
    users = _users(rng, n_users, catalog)
    ev = _events(rng, users, catalog, prices)

    def js(v) -> str:
        return json.dumps(v, ensure_ascii=False, sort_keys=True)

    usd_list = np.array([r["list_price"] for r in catalog])
    cny_price = yuan_prices(np.array([r["price"] for r in catalog]), usd_list)

    cat_tbl = pa.table({
        "item_id": [r["item_id"] for r in catalog],
        "title": [r["title"] for r in catalog],
        "brand": [r["brand"] for r in catalog],
        "category": [r["category"] for r in catalog],
        "price": [r["price"] for r in catalog],
        "list_price": [r["list_price"] for r in catalog],
        "discount_pct": [r["discount_pct"] for r in catalog],
        "promo_ends": pa.array([r["promo_ends"] for r in catalog], pa.date32()),
        "attributes": [js(r["attributes"]) for r in catalog],
        "currency": ["USD"] * len(catalog),
        "stock": [r["stock"] for r in catalog],
        "durable": [r["durable"] for r in catalog],
        "title_zh": [r["title_zh"] for r in catalog],
        "brand_zh": [r["brand_zh"] for r in catalog],
        "category_zh": [r["category_zh"] for r in catalog],
        "attributes_zh": [js(r["attributes_zh"]) for r in catalog],
        "price_zh": cny_price, "list_price_zh": yuan_list_price(usd_list),
        "currency_zh": ["CNY"] * len(catalog),
    })
    user_cols = ["user_id", "locale", "timezone", "consent_email", "consent_sms", "consent_push",
                 "engagement_email", "engagement_sms", "engagement_push", "latent_price_band",
                 "latent_deal_seeker", "latent_peak_hour"]
    users_tbl = pa.table({c: [u[c] for u in users] for c in user_cols}
                         | {"latent_categories": [json.dumps(u["latent_categories"], ensure_ascii=False) for u in users],
                            "latent_brands": [js(u["latent_brands"]) for u in users]})
    # events: ordered by time, as an export would be
    lo = np.datetime64((END_DATE - timedelta(days=N_DAYS - 1)).isoformat(), "s")
    hi = np.datetime64((END_DATE + timedelta(days=1)).isoformat(), "s")
    # The window is in UTC; a session that crosses either edge is dropped whole, so every kept
    # purchase keeps the view and cart before it.
    outside = (ev["ts"] < lo) | (ev["ts"] >= hi)
    keep = np.flatnonzero(~np.isin(ev["session"], np.unique(ev["session"][outside])))
    order = keep[np.lexsort((ev["session"][keep], ev["ts"][keep]))]
    item_ids = np.array([r["item_id"] for r in catalog])
    user_ids = np.array([u["user_id"] for u in users])
    events_tbl = pa.table({
        "user_id": user_ids[ev["user"][order]],
        "item_id": item_ids[ev["item"][order]],
        "event_type": ev["type"][order],
        "ts": pa.array(ev["ts"][order].astype("datetime64[s]"), pa.timestamp("s")),
        "quantity": ev["qty"][order].astype(np.int32),
        "price": ev["price"][order],
        "session_id": np.char.add("S", ev["session"][order].astype(str)),
        "channel": ev["channel"][order],
    })
    days = [END_DATE - timedelta(days=HISTORY_DAYS - 1 - k) for k in range(HISTORY_DAYS)]
    ph_tbl = pa.table({
        "item_id": np.repeat(item_ids, HISTORY_DAYS),
        "date": pa.array(days * len(catalog), pa.date32()),
        "price": prices.reshape(-1).round(2),
        "price_zh": yuan_prices(prices, usd_list[:, None]).reshape(-1),
    })
    paths = {name: out_dir / name for name in FILES}
    pacsv.write_csv(cat_tbl, paths["catalog.csv"])
    pacsv.write_csv(users_tbl, paths["users.csv"])
    pq.write_table(events_tbl, paths["events.parquet"], compression="zstd")
    pacsv.write_csv(ph_tbl, paths["price_history.csv"])
    meta = {
        "name": "promo-llm sample shop (synthetic)",
        "generator_version": GENERATOR_VERSION, "seed": seed, "n_users": n_users,
        "end_date": END_DATE.isoformat(), "days": N_DAYS,
        "counts": {"products": cat_tbl.num_rows, "users": users_tbl.num_rows,
                   "events": events_tbl.num_rows, "price_rows": ph_tbl.num_rows},
        "inflated_list_price_items": inflated,
        "files": {name: _sha256(p) for name, p in paths.items()},
        "licence": "Apache-2.0",
    }
    (out_dir / "shop.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return paths | {"shop.json": out_dir / "shop.json"}


def workspace_home(home: Path | None = None) -> Path:
    """The workspace folder: `home`, else $PROMO_LLM_HOME, else ./promo-workspace."""
    return Path(home or os.environ.get("PROMO_LLM_HOME") or "promo-workspace")


def _is_current(d: Path, seed: int) -> bool:
    try:
        meta = json.loads((d / "shop.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if meta.get("generator_version") != GENERATOR_VERSION or meta.get("seed") != seed:
        return False
    return all((d / n).is_file() and _sha256(d / n) == h for n, h in meta.get("files", {}).items())


def sample_shop_dir(home: Path | None = None, seed: int = 7) -> Path:
    """The cached sample shop under `<workspace>/sample-shop/`, generated when missing or stale.

    Stale means another generator version or seed, or a file whose hash no longer matches. The shop
    is written to a temporary folder and moved into place, so concurrent callers never see half a shop.
    """
    target = workspace_home(home) / "sample-shop"
    if _is_current(target, seed):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".sample-shop-", dir=target.parent))
    try:
        generate_sample_shop(tmp, seed=seed)
        if _is_current(target, seed):  # another process won the race
            return target
        if target.exists():
            shutil.rmtree(target, ignore_errors=True)
        try:
            tmp.rename(target)
        except OSError:
            if not _is_current(target, seed):
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


__all__ = ["generate_sample_shop", "sample_shop_dir", "workspace_home", "GENERATOR_VERSION", "END_DATE",
           "CNY_PER_USD", "yuan_list_price", "yuan_prices",
           "CATEGORIES", "BRANDS"]
