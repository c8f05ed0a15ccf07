"""Product records, offers and campaigns of the shops in the nineteenth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB children's cutlery record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it and only the attributes the description gives.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


FLETCHFIELD, RIDGEFLOW, MAKIYA, BRINEWAVE, DRIFTLY = (
    C("fletchfieldarchery.com"), C("ridgeflowtools.com"), C("makiyakitchen.com"), C("brinewave.com"),
    C("driftlyfloats.com"))
EN_US = {
    "at1": (P("FF-SHT-2424", "Fletchfield Self-Healing Foam Archery Target, 24 x 24 in", "Fletchfield",
              "Archery Targets", 76.49, 89.99, "USD",
              {"size": "24 x 24 x 10 in", "foam": "layered self-healing foam",
               "stopping power": "field points from bows up to 70 lb", "points": "field points only, not broadheads",
               "faces": "printed target face on both sides", "weight": "18 lb", "rating": "4.6", "reviews": "842"},
              40),
            O(15, "2027-04-30", "BULLSEYE15", free_shipping=True), FLETCHFIELD),
    "pw1": (P("RF-EPW2000", "Ridgeflow 2000 PSI Electric Pressure Washer", "Ridgeflow", "Pressure Washers", 143.20,
              179.00, "USD",
              {"pressure": "2000 PSI max", "flow": "1.2 GPM", "motor": "1800 W", "hose": "25 ft high-pressure hose",
               "cord": "35 ft power cord", "nozzles": "4 quick-connect nozzles: 0°, 15°, 25°, 40°",
               "detergent tank": "30 fl oz", "rating": "4.5", "reviews": "2,114"}, 60),
            O(20, "2027-05-31", "RINSE20", free_shipping=True), RIDGEFLOW),
    "su1": (P("MK-SUSHI-10", "Makiya Bamboo Sushi Making Kit, 10 Piece", "Makiya", "Sushi Kits", 21.75, 29.00, "USD",
              {"pieces": "10", "includes": "2 bamboo rolling mats, a rice paddle, a rice spreader, 5 pairs of "
               "chopsticks and a chopstick rest", "material": "natural bamboo", "care": "hand wash only",
               "guide": "illustrated beginner's guide"}, 7),
            O(25, "2027-03-15", "ROLL25", gift="a pack of 10 nori sheets"), MAKIYA),
    "sn1": (P("BW-FFM-SM-AQ", "Brinewave Full-Face Snorkel Mask, Adult S/M, Aqua", "Brinewave", "Snorkel Masks",
              34.99, 49.99, "USD",
              {"fit": "adult S/M", "view": "180° panoramic", "lens": "anti-fog tempered glass",
               "snorkel": "dry-top snorkel", "skirt": "liquid silicone", "color": "aqua",
               "mount": "detachable camera mount", "rating": "4.3", "reviews": "1,276"}, 120),
            O(30, "2027-07-31", "REEF30"), BRINEWAVE),
    "fl1": (P("DL-FLAM-72", "Driftly Giant Flamingo Pool Float", "Driftly", "Pool Floats", 30.60, 34.00, "USD",
              {"size": "72 x 70 x 40 in", "material": "heavy-gauge PVC", "max load": "220 lb",
               "valves": "2 rapid-inflate valves", "includes": "repair patch", "age": "ages 12 and up",
               "note": "not a life-saving device; use under supervision"}, 9),
            O(10, "2027-08-31", "FLOAT10"), DRIFTLY),
}

HIVECROFT, REEDMOOR, RAINHOLM, PORTHKERRIS, THISTLEWOOD = (
    C("hivecroft.co.uk"), C("reedmoor.co.uk"), C("rainholm.co.uk"), C("porthkerris.co.uk"),
    C("thistlewoodhome.co.uk"))
EN_GB = {
    "bk1": (P("HC-VBS-L", "Hivecroft Ventilated Beekeeping Suit with Fencing Veil, Size L", "Hivecroft",
              "Beekeeping Suits", 76.00, 95.00, "GBP",
              {"fabric": "three-layer ventilated mesh", "veil": "detachable fencing veil", "zips": "brass",
               "cuffs": "elasticated wrists and ankles", "size": "L, chest 112-117 cm", "colour": "white",
               "rating": "4.7", "reviews": "318"}, 25),
            O(20, "2027-05-15", "HIVE20", free_shipping=True), HIVECROFT),
    "hm1": (P("RM-BH-C", "Reedmoor Blues Harp 10-Hole Diatonic Harmonica, Key of C", "Reedmoor", "Harmonicas", 24.00,
              32.00, "GBP",
              {"holes": "10", "key": "C", "tuning": "diatonic", "reeds": "phosphor bronze", "comb": "ABS plastic",
               "covers": "stainless steel", "case": "zip pouch"}, 8),
            O(25, "2027-02-28", "BLUES25", gift="a beginner's tab booklet"), REEDMOOR),
    "wb1": (P("RH-WB210-GRN", "Rainholm 210 Litre Water Butt with Stand and Tap, Green", "Rainholm", "Water Butts",
              63.74, 74.99, "GBP",
              {"capacity": "210 litres", "includes": "stand, tap and downpipe diverter kit",
               "material": "recycled polypropylene", "colour": "green", "lid": "locking child-safe lid",
               "rating": "4.5", "reviews": "1,052"}, 30),
            O(15, "2027-06-30", "RAIN15", free_shipping=True), RAINHOLM),
    "ws1": (P("PK-M54-CZ-BLK", "Porthkerris Men's 5/4 mm Chest Zip Winter Wetsuit, Black", "Porthkerris", "Wetsuits",
              154.00, 220.00, "GBP",
              {"thickness": "5/4 mm", "neoprene": "limestone neoprene", "entry": "chest zip",
               "seams": "glued and blind-stitched", "sizes": "S to XXL", "water": "UK water from 8 to 12°C",
               "colour": "black", "rating": "4.6", "reviews": "203"}, 35),
            O(30, "2027-10-31", "SWELL30"), PORTHKERRIS),
    "cc1": (P("84997D", "Childrens Cutlery Polkadot Pink", "", "Children's Cutlery", 3.32, 4.15, "GBP",
              {"colour": "pink", "pattern": "polkadot"}, 48),
            O(20, "2027-09-30", "SPOTS20"), THISTLEWOOD),
}

SIGS = ("【砂语】", "【云蚕家纺】", "【南果铺】", "【轻折单车】", "【轻衡】")
SHAYU, YUNCAN, NANGUO, QINGZHE, QINGHENG = (
    C("shayu.cn", SIGS[0]), C("yuncan.cn", SIGS[1]), C("nanguopu.cn", SIGS[2]), C("qingzhe.cn", SIGS[3]),
    C("qingheng.cn", SIGS[4]))
ZH_CN = {
    "zs1": (P("SY-XS-200", "砂语 宜兴原矿紫泥西施壶 200毫升", "砂语", "紫砂壶", 294.40, 368.00, "CNY",
              {"泥料": "原矿紫泥", "壶型": "西施壶", "容量": "200毫升", "产地": "江苏宜兴", "工艺": "半手工",
               "出水": "单孔出水"}, 5),
            O(20, "2027-05-20", "ZISHA20", gift="竹制壶承一个"), SHAYU),
    "cb1": (P("YC-SCB-200230", "云蚕 桑蚕丝被 春秋被 200×230厘米", "云蚕", "蚕丝被", 764.15, 899.00, "CNY",
              {"填充物": "100%桑蚕长丝", "填充重量": "1公斤", "规格": "200×230厘米", "面料": "纯棉",
               "适用季节": "春秋", "评分": "4.8", "评价数": "3,412"}, 50),
            O(15, "2027-03-31", "SILK15", free_shipping=True), YUNCAN),
    "ll1": (P("NG-LLG-100", "南果铺 冻干榴莲干 金枕头 100克", "南果铺", "榴莲干", 53.91, 59.90, "CNY",
              {"品种": "金枕头榴莲", "工艺": "冻干", "净含量": "100克", "配料": "榴莲", "产地": "泰国",
               "保质期": "12个月"}, 6),
            O(10, "2027-06-18", "DURIAN10"), NANGUO),
    "zx1": (P("QZ-F20-7S", "轻折 20寸折叠自行车 7速 铝合金车架 星灰", "轻折", "折叠自行车", 974.25, 1299.00, "CNY",
              {"轮径": "20英寸", "变速": "7速", "车架": "铝合金", "折叠": "约10秒完成折叠", "整车重量": "12.5公斤",
               "刹车": "前后V刹", "适合身高": "150-185厘米", "颜色": "星灰", "评分": "4.7", "评价数": "1,865"}, 40),
            O(25, "2027-09-30", "FOLD25", free_shipping=True), QINGZHE),
    "tz1": (P("QH-S1-WHT", "轻衡 电子体重秤 S1 白色", "轻衡", "电子体重秤", 55.30, 79.00, "CNY",
              {"称量范围": "2-180公斤", "分度值": "50克", "面板": "5毫米钢化玻璃", "供电": "2节7号电池",
               "尺寸": "28×28厘米", "颜色": "白色", "评分": "4.6", "评价数": "12,038"}, 200),
            O(30, "2027-04-15", "SCALE30", gift="7号电池两节"), QINGHENG),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
