"""Product records, offers and campaigns of the shops in the twenty-fifth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB placemats record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attributes the description gives and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


COLDSPOON, RIDGELOFT, INKVANE, CLUTCHPOINT, HEARTHBERRY = (
    C("coldspoon.com"), C("ridgeloft.com"), C("inkvane.com"), C("clutchpoint.com"), C("hearthberry.com"))
EN_US = {
    "sc1": (P("CS-SCOOP-2OZ", "Coldspoon Heavy-Duty Ice Cream Scoop, 2 oz", "Coldspoon", "Ice Cream Scoops", 18.00,
              24.00, "USD", {"material": "18/8 stainless steel", "capacity": "2 oz (1/4 cup)",
                             "release": "squeeze-trigger release", "handle": "non-slip rubber grip",
                             "care": "dishwasher safe", "rating": "4.7", "reviews": "2,841"}, 160),
            O(25, "2027-06-30", "SCOOP25"), COLDSPOON),
    "sp1": (P("RL-SIP-REG", "Ridgeloft Self-Inflating Sleeping Pad, Regular", "Ridgeloft", "Sleeping Pads", 103.20,
              129.00, "USD", {"r_value": "4.2", "thickness": "3 in", "size": "72 x 25 in", "weight": "2 lb 9 oz",
                              "fabric": "75D polyester with TPU lamination",
                              "includes": "stuff sack and repair kit", "rating": "4.5", "reviews": "612"}, 40),
            O(20, "2027-04-30", "LOFT20", free_shipping=True), RIDGELOFT),
    "dt1": (P("IV-PT10-BLK", "Inkvane 10 x 6 Pen Tablet, Black", "Inkvane", "Drawing Tablets", 59.49, 69.99, "USD",
              {"active_area": "10 x 6.25 in", "pressure_levels": "8,192", "pen": "battery-free, 60° tilt support",
               "express_keys": "8", "connection": "USB-C cable",
               "works_with": "Windows, macOS, ChromeOS and Android"}, 11),
            O(15, "2027-09-30", "DRAW15", gift="a pack of 10 replacement nibs"), INKVANE),
    "pm1": (P("CP-MAGVENT", "Clutchpoint Magnetic Vent Phone Mount", "Clutchpoint", "Car Phone Mounts", 20.99, 29.99,
              "USD", {"mount": "air vent clip with hook", "magnets": "N52, MagSafe compatible",
                      "fits": "phones 4.7 to 6.9 in (metal plate included for non-MagSafe phones)",
                      "rotation": "360°", "rating": "4.3", "reviews": "5,120"}, 500),
            O(30, "2027-03-15", "GRIP30"), CLUTCHPOINT),
    "wm1": (P("HB-WAF-RED", "Hearthberry Belgian Waffle Maker, Red", "Hearthberry", "Waffle Makers", 53.10, 59.00,
              "USD", {"power": "1,000 W", "plates": "nonstick, removable, dishwasher safe",
                      "makes": "one 7 in round Belgian waffle, 1 in deep",
                      "controls": "browning dial with 5 settings and ready light", "color": "red"}, 7),
            O(10, "2027-11-26", "WAFFLE10", free_shipping=True), HEARTHBERRY),
}

LANESWORTH, ROOKHAVEN, BRUSHMOOR, PINEHOLLOW, FENNIMORE = (
    C("lanesworth.co.uk"), C("rookhaven.co.uk"), C("brushmoor.co.uk"), C("pinehollow.co.uk"),
    C("fennimorehome.co.uk"))
EN_GB = {
    "cp1": (P("LW-SC-LH-NVY", "Lanesworth Silicone Swim Cap for Long Hair, Navy", "Lanesworth", "Swim Caps", 9.60,
              12.00, "GBP", {"material": "100% silicone", "fit": "extra room for long hair, braids and locs",
                             "size": "one size, adults", "colour": "navy", "rating": "4.6", "reviews": "289"}, 55),
            O(20, "2027-05-31", "LENGTHS20"), LANESWORTH),
    "bb1": (P("RH-BB-PED61", "Rookhaven Pedestal Stone Bird Bath, 61 cm", "Rookhaven", "Bird Baths", 72.25, 85.00,
              "GBP", {"material": "reconstituted stone", "height": "61 cm", "bowl": "40 cm across",
                      "finish": "weathered grey", "assembly": "two pieces, no tools needed"}, 6),
            O(15, "2027-07-31", "SPLASH15", free_shipping=True), ROOKHAVEN),
    "tb1": (P("BM-BAM-SFT4", "Brushmoor Bamboo Toothbrushes, Soft, Pack of 4", "Brushmoor", "Toothbrushes", 5.99, 7.99,
              "GBP", {"handle": "Moso bamboo", "bristles": "soft, BPA-free nylon", "pack": "4 toothbrushes",
                      "packaging": "plastic-free card box", "rating": "4.6", "reviews": "1,204"}, 300),
            O(25, "2027-02-28", "FRESH25", gift="a cotton travel pouch"), BRUSHMOOR),
    "rp1": (P("PH-FRP-50", "Pinehollow French Rolling Pin, Beech, 50 cm", "Pinehollow", "Rolling Pins", 16.20, 18.00,
              "GBP", {"wood": "solid beech", "length": "50 cm", "shape": "tapered French style",
                      "finish": "food-safe oil", "made": "turned in our Herefordshire workshop",
                      "care": "hand wash only"}, 9),
            O(10, "2027-10-31", "ROLL10"), PINEHOLLOW),
    "pl1": (P("84509A", "Set Of 4 English Rose Placemats", "", "Placemats", 3.00, 3.75, "GBP",
              {"design": "English rose", "pieces": "4"}, 30),
            O(20, "2027-08-31", "ROSE20"), FENNIMORE),
}

SIGS = ("【杏花里】", "【净川】", "【禾记粮油】", "【桂语酒坊】", "【山斗咖啡】")
XINGHUALI, JINGCHUAN, HEJI, GUIYU, SHANDOU = (
    C("xinghuali.cn", SIGS[0]), C("jingchuan.cn", SIGS[1]), C("hejiliangyou.cn", SIGS[2]),
    C("guiyujiufang.cn", SIGS[3]), C("shandoucoffee.cn", SIGS[4]))
ZH_CN = {
    "qt1": (P("XHL-QT-DS6", "杏花里 艾草青团 红豆沙馅 6只装", "杏花里", "青团", 31.92, 39.90, "CNY",
              {"馅料": "红豆沙", "规格": "6只装，每只约50克", "原料": "艾草汁、糯米粉、红豆沙",
               "保存": "冷藏保存，保质期5天", "发货": "顺丰冷链", "评分": "4.9", "评价数": "3,562"}, 200),
            O(20, "2027-04-10", "QING20", free_shipping=True), XINGHUALI),
    "td1": (P("JC-MOP-W2", "净川 无线电动拖把 双滚刷", "净川", "电动拖把", 424.15, 499.00, "CNY",
              {"续航": "约40分钟", "电池": "2500毫安时锂电池", "拖布": "双滚筒拖布，可拆洗", "清水箱": "300毫升",
               "重量": "1.8公斤"}, 60),
            O(15, "2027-06-18", "MOP15", gift="替换滚筒拖布一对"), JINGCHUAN),
    "hs1": (P("HJ-HSY-5L", "禾记 压榨一级花生油 5升", "禾记", "花生油", 90.93, 129.90, "CNY",
              {"工艺": "物理压榨", "等级": "压榨一级", "原料": "山东花生", "净含量": "5升", "保质期": "18个月",
               "评分": "4.7", "评价数": "1,089"}, 8),
            O(30, "2027-05-01", "OIL30", free_shipping=True), HEJI),
    "gj1": (P("GY-GHMJ-500", "桂语 桂花米酒 8度 500毫升", "桂语", "桂花酒", 62.91, 69.90, "CNY",
              {"原料": "糯米、干桂花、水", "酒精度": "8%vol", "净含量": "500毫升", "产地": "广西桂林",
               "储存": "开瓶后冷藏，7天内饮用", "评分": "4.8", "评价数": "2,406"}, 500),
            O(10, "2027-09-15", "GUI10"), GUIYU),
    "sh1": (P("SD-PO-600", "山斗 细口手冲咖啡壶 600毫升 哑光黑", "山斗", "手冲咖啡壶", 126.00, 168.00, "CNY",
              {"材质": "304不锈钢", "容量": "600毫升", "壶嘴": "鹅颈细嘴", "适用炉具": "燃气灶、电磁炉",
               "颜色": "哑光黑"}, 35),
            O(25, "2027-08-08", "POUR25", gift="锥形滤纸100张"), SHANDOU),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
