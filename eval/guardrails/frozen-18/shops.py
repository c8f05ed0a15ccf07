"""Product records, offers and campaigns of the shops in the eighteenth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB alarm clock record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it and only the attributes the description gives.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


CORNER_BELL, REDBARK, FIELDMARK, GRAINHOUSE, WAXLEAF = (
    C("cornerbellboxing.com"), C("redbarkspice.com"), C("fieldmarksoccer.com"), C("grainhousefilm.com"),
    C("waxleafwraps.com"))
EN_US = {
    "bx1": (P("CB-PTG-14BR", "Corner Bell Pro Training Boxing Gloves, 14 oz, Black/Red", "Corner Bell", "Boxing Gloves",
              48.00, 64.00, "USD", {"weight": "14 oz", "shell": "synthetic leather", "padding": "multi-layer foam",
                                    "closure": "hook-and-loop wrist strap", "lining": "moisture-wicking",
                                    "rating": "4.7", "reviews": "2,214"}, 120),
            O(25, "2027-04-30", "BELL25"), CORNER_BELL),
    "rb1": (P("RB-HBS-65", "Redbark Hickory Brown Sugar BBQ Rub, 6.5 oz", "Redbark", "BBQ Rubs", 11.04, 12.99, "USD",
              {"net weight": "6.5 oz",
               "ingredients": "brown sugar, sea salt, paprika, garlic, onion, black pepper, hickory smoke powder",
               "heat": "mild", "made": "blended in small batches in Kansas City", "rating": "4.8",
               "reviews": "963"}, 300),
            O(15, "2027-07-04", "SMOKE15", free_shipping=True), REDBARK),
    "sb1": (P("FM-MATCH-5WO", "Fieldmark Match Soccer Ball, Size 5, White/Orange", "Fieldmark", "Soccer Balls", 32.00,
              40.00, "USD", {"size": "5 (ages 12 and up)", "panels": "32, thermally bonded", "cover": "PU",
                             "bladder": "butyl", "use": "grass and turf", "rating": "4.5", "reviews": "517"}, 75),
            O(20, "2027-09-15", "KICK20", gift="a ball pump with needle"), FIELDMARK),
    "fm1": (P("GH-400-36X3", "Grainhouse 400 Color Negative Film, 35mm, 36 Exposures, 3 Pack", "Grainhouse", "Film",
              34.20, 38.00, "USD", {"format": "35mm", "speed": "ISO 400", "exposures": "36 per roll", "rolls": "3",
                                    "process": "C-41", "expiry": "December 2028"}, 9),
            O(10, "2027-03-15", "ROLL10"), GRAINHOUSE),
    "bw1": (P("WL-BW3-LEM", "Waxleaf Beeswax Food Wraps, 3 Pack (S, M, L)", "Waxleaf", "Food Wraps", 12.60, 18.00,
              "USD", {"sizes": "7 x 8 in, 10 x 11 in, 13 x 14 in",
                      "made from": "organic cotton, beeswax, jojoba oil, tree resin", "print": "lemons",
                      "care": "rinse in cool water with mild soap", "lasts": "about a year with regular use",
                      "rating": "4.6", "reviews": "1,402"}, 200),
            O(30, "2027-05-31", "WRAP30", free_shipping=True), WAXLEAF),
}

DUNMORE, EMBERDALE, KELPWATER, SNAPWELL, COBBLEFORD = (
    C("dunmorehockey.co.uk"), C("emberdalelogs.co.uk"), C("kelpwatersurf.co.uk"), C("snapwellcrackers.co.uk"),
    C("cobblefordhome.co.uk"))
EN_GB = {
    "hk1": (P("DM-CMP-365M", "Dunmore Composite Hockey Stick, 36.5 in, Mid Bow", "Dunmore", "Hockey Sticks", 68.00,
              85.00, "GBP", {"length": "36.5 in", "build": "30% carbon, 60% fibreglass, 10% aramid",
                             "bow": "mid bow, 24 mm", "weight": "medium, about 550 g", "grip": "chamois",
                             "rating": "4.6", "reviews": "288"}, 40),
            O(20, "2027-08-31", "DRAG20"), DUNMORE),
    "lg1": (P("ED-KD-40L", "Emberdale Kiln-Dried Hardwood Logs, 40 Litre Net", "Emberdale", "Firewood", 7.65, 8.50,
              "GBP", {"wood": "ash and birch", "moisture": "under 20%", "length": "about 25 cm",
                      "volume": "40 litre net", "sourced": "from woodland in Herefordshire",
                      "use": "wood burners, open fires and fire pits"}, 400),
            O(10, "2027-11-30", "LOGS10", free_shipping=True), EMBERDALE),
    "ws1": (P("KW-SH32-BLK", "Kelpwater Men's 3/2 mm Shorty Wetsuit, Black", "Kelpwater", "Wetsuits", 59.50, 70.00,
              "GBP", {"thickness": "3/2 mm", "neoprene": "limestone neoprene", "zip": "back zip",
                      "seams": "flatlock stitched", "sizes": "S to XXL", "water": "about 15 to 20°C",
                      "rating": "4.4", "reviews": "152"}, 6),
            O(15, "2027-06-30", "SURF15", gift="a wetsuit hanger"), KELPWATER),
    "cr1": (P("SW-LUX6-RG", "Snapwell Luxury Christmas Crackers, Set of 6, Red & Gold", "Snapwell",
              "Christmas Crackers", 18.00, 24.00, "GBP",
              {"length": "35 cm", "in each": "a paper hat, a joke and a keepsake gift",
               "gifts": "metal bottle opener, mini tape measure, keyring, playing cards, nail file, spinning top",
               "finish": "red and gold foil", "made": "by hand in our Norfolk workshop"}, 60),
            O(25, "2027-12-10", "SNAP25"), SNAPWELL),
    "ac1": (P("22727", "Alarm Clock Bakelike Red", "", "Alarm Clocks", 3.00, 3.75, "GBP",
              {"design": "Bakelike", "colour": "red"}, 36),
            O(20, "2027-10-31", "TICK20"), COBBLEFORD),
}

SIGS = ("【岭南记】", "【素作】", "【晴台】", "【听澜音频】", "【甬味】")
LINGNAN, SUZUO, QINGTAI, TINGLAN, YONGWEI = (
    C("lingnanji.cn", SIGS[0]), C("suzuo.cn", SIGS[1]), C("qingtai.cn", SIGS[2]), C("tinglan.cn", SIGS[3]),
    C("yongwei.cn", SIGS[4]))
ZH_CN = {
    "lc1": (P("LNJ-LC-500", "岭南记 广式腊肠 五分瘦 500克", "岭南记", "腊味", 54.40, 68.00, "CNY",
              {"产地": "广东中山", "肥瘦": "五分瘦", "净含量": "500克", "配料": "猪肉、白砂糖、白酒、食用盐、酱油",
               "食用": "蒸熟或煮熟后食用", "保存": "阴凉干燥处", "评分": "4.8", "评价数": "5,317"}, 500),
            O(20, "2027-01-20", "LAWEI20", free_shipping=True), LINGNAN),
    "qz1": (P("SZ-QZ-MB", "素作 棉麻衬衫式连衣裙 中长款 米白", "素作", "女装连衣裙", 254.15, 299.00, "CNY",
              {"面料": "棉55%、亚麻45%", "版型": "宽松衬衫式", "裙长": "约115厘米（M码）", "尺码": "S至XL",
               "颜色": "米白"}, 8),
            O(15, "2027-06-18", "SUZUO15", gift="同色系腰带一条"), SUZUO),
    "lj1": (P("QT-L2-24", "晴台 电动晾衣架 L2 2.4米", "晴台", "电动晾衣架", 974.25, 1299.00, "CNY",
              {"杆长": "2.4米", "承重": "35公斤", "升降": "遥控升降，行程1.2米", "照明": "LED照明灯",
               "风干": "风干功能", "评分": "4.7", "评价数": "3,860"}, 150),
            O(25, "2027-05-01", "SHAI25", free_shipping=True), QINGTAI),
    "yx1": (P("TL-S1-GRN", "听澜 便携蓝牙音箱 S1 墨绿", "听澜", "蓝牙音箱", 359.10, 399.00, "CNY",
              {"功率": "20瓦", "续航": "约12小时", "防水": "IPX7", "蓝牙": "5.3", "重量": "540克", "颜色": "墨绿",
               "评分": "4.6", "评价数": "1,215"}, 90),
            O(10, "2027-08-08", "SOUND10"), TINGLAN),
    "ty1": (P("YW-TY-HZM500", "甬味 宁波黑芝麻汤圆 500克（约32只）", "甬味", "速冻汤圆", 20.93, 29.90, "CNY",
              {"口味": "黑芝麻", "净含量": "500克（约32只）", "产地": "浙江宁波", "配料": "糯米粉、黑芝麻、猪油、白砂糖",
               "储存": "-18℃冷冻保存", "配送": "冷链配送"}, 12),
            O(30, "2027-02-11", "TANGYUAN30"), YONGWEI),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
