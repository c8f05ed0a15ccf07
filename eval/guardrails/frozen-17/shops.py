"""Product records, offers and campaigns of the shops in the seventeenth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB plasters record is a real line of the Online Retail export (StockCode, Description
and the export's most frequent UnitPrice), with the description title-cased as a shop import
writes it and only the attributes the description gives.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


POPPITY, MARROWIND, TOSSBURY, GLOWFRAME, BOUNCEYARD = (
    C("poppitysnacks.com"), C("marrowind.com"), C("tossbury.com"), C("glowframe.com"), C("bounceyard.com"))
EN_US = {
    "pc1": (P("PP-KC-10X3", "Poppity Kettle Corn, 10 oz Bag, 3 Pack", "Poppity", "Popcorn", 15.30, 18.00, "USD",
              {"flavor": "sweet & salty kettle corn", "net weight": "10 oz per bag", "bags": "3",
               "popped in": "coconut oil", "allergens": "made in a facility that also processes peanuts",
               "rating": "4.7", "reviews": "2,114"}, 400),
            O(15, "2027-04-30", "POP15", free_shipping=True), POPPITY),
    "pf1": (P("MW-CF-50", "Marrowind Cedar & Fig Eau de Parfum, 50 ml", "Marrowind", "Fragrance", 66.00, 88.00,
              "USD", {"concentration": "eau de parfum", "size": "50 ml / 1.7 fl oz",
                      "notes": "fig leaf, cedarwood, pink pepper, musk", "bottle": "refillable glass"}, 11),
            O(25, "2027-02-28", "FIG25", gift="a 2 ml travel sample of Salt Orchard"), MARROWIND),
    "ch1": (P("TB-REG-NR", "Tossbury Regulation Cornhole Set, 2 Boards & 8 Bags, Navy/Red", "Tossbury", "Lawn Games",
              151.20, 189.00, "USD", {"boards": "2 ft x 4 ft, 1/2 in birch plywood tops",
                                      "bags": "8 duck-cloth bags, corn-filled, 16 oz each", "colors": "navy and red",
                                      "carry": "boards latch together with a handle", "rating": "4.8",
                                      "reviews": "563"}, 35),
            O(20, "2027-06-30", "TOSS20", free_shipping=True), TOSSBURY),
    "rl1": (P("GF-RL10-TP", "Glowframe 10-Inch LED Ring Light with Tripod Stand", "Glowframe", "Ring Lights", 27.99,
              39.99, "USD", {"diameter": "10 in", "color modes": "3 (warm, neutral, cool)", "brightness levels": "10",
                             "stand": "extends from 19 in to 63 in", "power": "USB powered, no battery",
                             "phone holder": "fits phones up to 3.5 in wide", "rating": "4.3",
                             "reviews": "3,208"}, 260),
            O(30, "2027-05-31", "GLOW30"), GLOWFRAME),
    "tr1": (P("BY-TR12-ENC", "Bounceyard 12 ft Trampoline with Safety Enclosure", "Bounceyard", "Trampolines",
              404.10, 449.00, "USD", {"diameter": "12 ft", "max user weight": "250 lb", "frame": "galvanized steel",
                                      "springs": "72", "enclosure": "net with padded poles",
                                      "age": "6 years and up", "assembly": "two adults, about 3 hours"}, 4),
            O(10, "2027-08-31", "JUMP10", gift="a set of 4 ground anchors"), BOUNCEYARD),
}

HOLLINS, LAWNHURST, BROOKFOLD, TAYFIELD, RAVELSTONE = (
    C("hollinscrisps.co.uk"), C("lawnhurst.co.uk"), C("brookfold.co.uk"), C("tayfieldbowls.co.uk"),
    C("ravelstonehome.co.uk"))
EN_GB = {
    "cr1": (P("HL-SV-24", "Hollins Hand-Cooked Crisps, Sea Salt & Cider Vinegar, 24 x 40 g", "Hollins", "Crisps",
              16.80, 21.00, "GBP", {"flavour": "sea salt & cider vinegar", "pack": "24 bags x 40 g",
                                    "potatoes": "grown in Lincolnshire", "cooked in": "sunflower oil",
                                    "diet": "vegan, gluten free", "rating": "4.6", "reviews": "1,275"}, 150),
            O(20, "2027-03-31", "CRUNCH20", free_shipping=True), HOLLINS),
    "cq1": (P("LH-CRQ-4P", "Lawnhurst 4-Player Garden Croquet Set", "Lawnhurst", "Garden Games", 123.25, 145.00, "GBP",
              {"players": "4", "mallets": "4 mallets with ash shafts, 32 in", "balls": "4 composite balls, 16 oz",
               "hoops": "6 steel hoops", "also in the set": "a winning peg, 4 clips and a canvas carry bag"}, 18),
            O(15, "2027-06-30", "HOOP15"), LAWNHURST),
    "hh1": (P("BF-HH4-RUN", "Brookfold Hen House with Run, up to 4 Hens", "Brookfold", "Hen Houses", 195.00, 260.00,
              "GBP", {"hens": "up to 4", "timber": "FSC-certified pressure-treated spruce",
                      "nest box": "external, 2 compartments", "run": "attached run, 1.5 m",
                      "roof": "felted, hinged", "floor": "slide-out droppings tray", "rating": "4.5",
                      "reviews": "212"}, 7),
            O(25, "2027-09-30", "COOP25", gift="a 5 kg bag of layers pellets"), BROOKFOLD),
    "lb1": (P("TF-PB3-HBK", "Tayfield Pro Bias Lawn Bowls, Size 3, Heavy, Black, Set of 4", "Tayfield", "Lawn Bowls",
              252.00, 280.00, "GBP", {"size": "3", "weight": "heavy", "colour": "black", "grip": "dimpled",
                                      "bias": "medium-narrow", "stamp": "World Bowls stamped", "set": "4 bowls"}, 5),
            O(10, "2027-05-31", "BOWLS10", free_shipping=True), TAYFIELD),
    "pl1": (P("22554", "Plasters In Tin Woodland Animals", "", "Plasters", 1.32, 1.65, "GBP",
              {"design": "woodland animals", "packaging": "tin"}, 60),
            O(20, "2027-07-31", "TIN20"), RAVELSTONE),
}

SIGS = ("【清屿】", "【禾嘉】", "【驰小野】", "【明几】", "【漠上】")
QINGYU, HEJIA, CHIXIAOYE, MINGJI, MOSHANG = (
    C("qingyu-air.cn", SIGS[0]), C("hejiazongzi.cn", SIGS[1]), C("chixiaoye.cn", SIGS[2]),
    C("mingjilight.cn", SIGS[3]), C("moshangzao.cn", SIGS[4]))
ZH_CN = {
    "jh1": (P("QY-A3-W", "清屿 空气净化器 A3 家用", "清屿", "空气净化器", 1039.20, 1299.00, "CNY",
              {"颗粒物CADR": "400立方米/小时", "适用面积": "28-48平方米", "滤网": "H13级复合滤网",
               "噪音": "睡眠模式33分贝", "评分": "4.7", "评价数": "6,420"}, 90),
            O(20, "2027-06-18", "AIR20", free_shipping=True), QINGYU),
    "zz1": (P("HJ-XR-10", "禾嘉 嘉兴鲜肉粽 礼盒 140克×10只", "禾嘉", "粽子", 108.80, 128.00, "CNY",
              {"产地": "浙江嘉兴", "口味": "鲜肉", "规格": "140克×10只", "配料": "糯米、猪肉、酱油、粽叶",
               "储存": "冷冻保存"}, 300),
            O(15, "2027-06-10", "ZONG15", gift="咸鸭蛋4枚"), HEJIA),
    "yk1": (P("CXY-YY16-OR", "驰小野 儿童遥控越野车 1:16 四驱 橙色", "驰小野", "遥控玩具", 139.30, 199.00, "CNY",
              {"比例": "1:16", "驱动": "四驱", "遥控频段": "2.4GHz", "电池": "可充电锂电池，续航约25分钟",
               "适用年龄": "8岁以上", "颜色": "橙色"}, 6),
            O(30, "2027-05-31", "CAR30"), CHIXIAOYE),
    "td1": (P("MJ-T5-WH", "明几 LED阅读台灯 T5 白色", "明几", "台灯", 242.10, 269.00, "CNY",
              {"照度": "国标AA级", "色温": "3000K-5000K无极调节", "显色指数": "Ra95", "供电": "插电使用，无内置电池",
               "颜色": "白色", "评分": "4.8", "评价数": "12,036"}, 45),
            O(10, "2027-09-01", "LAMP10", free_shipping=True), MINGJI),
    "hz1": (P("MS-HT-1000", "漠上 新疆和田骏枣 特级 1000克", "漠上", "红枣", 47.92, 59.90, "CNY",
              {"产地": "新疆和田", "品种": "骏枣", "等级": "特级", "净含量": "1000克（500克×2袋）",
               "储存": "阴凉干燥处保存"}, 500),
            O(20, "2027-01-31", "ZAO20"), MOSHANG),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
