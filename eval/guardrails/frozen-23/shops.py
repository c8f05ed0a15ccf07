"""Product records, offers and campaigns of the shops in the twenty-third frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB soldier skittles record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attributes the description gives, and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


TAMPWRIGHT, ROPEWELL, LULLVIEW, LIFTLINE, RIVERQUILL = (
    C("tampwright.com"), C("ropewellclimbing.com"), C("lullview.com"), C("liftlinedesks.com"),
    C("riverquillpaddles.com"))
EN_US = {
    "tp1": (P("TW-CAL-585W", "Tampwright Calibrated Espresso Tamper, 58.5 mm, Walnut", "Tampwright", "Espresso Tampers",
              47.20, 59.00, "USD", {"base": "58.5 mm flat, 304 stainless steel", "handle": "walnut",
                                    "calibration": "spring-loaded, clicks at 30 lb",
                                    "fits": "58 mm portafilter baskets", "rating": "4.7", "reviews": "842"}, 60),
            O(20, "2027-03-15", "TAMP20", free_shipping=True), TAMPWRIGHT),
    "ch1": (P("RW-ASC-M-M", "Ropewell Ascent Climbing Harness, Men's, Medium", "Ropewell", "Climbing Harnesses", 59.50,
              70.00, "USD", {"size": "M, waist 30-33 in", "gear loops": "4", "buckle": "auto-locking waist buckle",
                             "leg loops": "adjustable", "weight": "340 g",
                             "certification": "UIAA and CE certified"}, 25),
            O(15, "2027-05-31", "CLIMB15"), ROPEWELL),
    "bm1": (P("LV-VBM5-PT", "Lullview 5-inch Video Baby Monitor with Pan-Tilt Camera", "Lullview", "Baby Monitors",
              97.49, 129.99, "USD", {"screen": "5 in, 720p", "camera": "pan and tilt, infrared night vision",
                                     "range": "up to 1,000 ft in open space",
                                     "battery": "up to 12 hours in screen-off mode",
                                     "features": "two-way talk, room temperature display, 8 lullabies",
                                     "connection": "no Wi-Fi or app needed"}, 40),
            O(25, "2027-02-28", "WATCH25", gift="a flexible camera mount"), LULLVIEW),
    "sd1": (P("LL-DM55-WAL", "Liftline Dual-Motor Electric Standing Desk, 55 x 28 in, Walnut", "Liftline",
              "Standing Desks", 314.30, 449.00, "USD", {"top": "55 x 28 in, walnut-finish laminate",
                                                         "height": "28 to 47 in", "motor": "dual motor",
                                                         "presets": "4 memory presets", "capacity": "up to 220 lb",
                                                         "frame": "black steel", "rating": "4.5",
                                                         "reviews": "1,126"}, 12),
            O(30, "2027-09-30", "DESK30", free_shipping=True), LIFTLINE),
    "kp1": (P("RQ-TOUR-230", "Riverquill Touring Kayak Paddle, 230 cm, Fiberglass", "Riverquill", "Kayak Paddles",
              125.10, 139.00, "USD", {"length": "230 cm", "shaft": "fiberglass, 2-piece",
                                      "blades": "fiberglass-reinforced nylon",
                                      "feathering": "adjustable, 0 to 60 degrees", "weight": "32 oz",
                                      "rating": "4.4", "reviews": "276"}, 7),
            O(10, "2027-06-15", "PADDLE10", gift="a coiled paddle leash"), RIVERQUILL),
}

HOSECROFT, GLOSSLINE, SPINBURY, HAMMERLEA, MARSHGATE = (
    C("hosecroft.co.uk"), C("glossline.co.uk"), C("spinbury.co.uk"), C("hammerlea.co.uk"),
    C("marshgatehome.co.uk"))
EN_GB = {
    "gh1": (P("HC-30M-7SG", "Hosecroft 30 m Garden Hose with 7-Pattern Spray Gun", "Hosecroft", "Garden Hoses", 27.99,
              34.99, "GBP", {"length": "30 m", "bore": "12.5 mm (1/2 in)", "hose": "reinforced PVC, kink-resistant",
                             "spray gun": "7 patterns", "fittings": "tap connector and 2 hose connectors included"},
              50),
            O(20, "2027-07-31", "HOSE20", free_shipping=True), HOSECROFT),
    "hs1": (P("GL-CER-25", "Glossline Ceramic Hair Straighteners, 25 mm Plates", "Glossline", "Hair Straighteners", 59.25,
              79.00, "GBP", {"plates": "ceramic, 25 mm", "temperature": "150 to 230°C, 5 settings",
                             "heat-up": "ready in 30 seconds", "cord": "2.5 m swivel cord",
                             "auto off": "after 60 minutes", "plug": "UK 3-pin", "rating": "4.6",
                             "reviews": "2,214"}, 80),
            O(25, "2027-04-30", "SLEEK25", gift="a heat-resistant travel pouch"), GLOSSLINE),
    "tn1": (P("SB-CLIP-NPS", "Spinbury Clip-On Table Tennis Net and Post Set", "Spinbury", "Table Tennis Nets", 15.30,
              18.00, "GBP", {"fits": "tables up to 5 cm thick", "clamp": "screw clamp",
                             "net": "183 cm, cotton-polyester", "height": "15.25 cm", "posts": "steel"}, 5),
            O(15, "2027-03-31", "NET15"), SPINBURY),
    "tb1": (P("HL-TB11-TAN", "Hammerlea Leather Tool Belt, 11 Pockets", "Hammerlea", "Tool Belts", 40.50, 45.00, "GBP",
              {"material": "full-grain leather", "pockets": "11 pockets and a hammer loop",
               "fits": "waists 29 to 46 in", "buckle": "steel roller buckle", "made": "stitched in Walsall",
               "rating": "4.8", "reviews": "193"}, 18),
            O(10, "2027-10-31", "BELT10"), HAMMERLEA),
    "sk1": (P("22619", "Set Of 6 Soldier Skittles", "", "Toys", 3.00, 3.75, "GBP",
              {"pieces": "6", "design": "soldier"}, 30),
            O(20, "2027-08-31", "SKITTLE20"), MARSHGATE),
}

SIGS = ("【纤语】", "【夏眠】", "【暖窝】", "【渔岙】", "【锋迹】")
XIANYU, XIAMIAN, NUANWO, YUAO, FENGJI = (
    C("xianyushake.cn", SIGS[0]), C("xiamianhome.cn", SIGS[1]), C("nuanwo.cn", SIGS[2]),
    C("yuaoseafood.cn", SIGS[3]), C("fengjishave.cn", SIGS[4]))
ZH_CN = {
    "dc1": (P("XY-SK-CH20", "纤语 燕麦代餐奶昔 巧克力味 25克×20袋", "纤语", "代餐奶昔", 103.20, 129.00, "CNY",
              {"规格": "25克×20袋", "口味": "巧克力味", "主要配料": "燕麦粉、豌豆蛋白粉、菊粉", "蛋白质": "每袋7.5克",
               "冲调": "200毫升温水或牛奶", "评分": "4.7", "评价数": "8,903"}, 200),
            O(20, "2027-04-30", "SHAKE20", free_shipping=True), XIANYU),
    "lx1": (P("XM-BS-180G", "夏眠 冰丝凉席三件套 1.8×2.0米 浅灰", "夏眠", "凉席", 139.30, 199.00, "CNY",
              {"材质": "冰丝（粘胶纤维）", "规格": "1.8×2.0米", "件数": "凉席1张、枕套2只", "洗涤": "可机洗",
               "颜色": "浅灰"}, 9),
            O(30, "2027-08-15", "COOL30", gift="凉席收纳袋一个"), XIAMIAN),
    "dt1": (P("NW-DT-1815", "暖窝 双人双控电热毯 1.8×1.5米", "暖窝", "电热毯", 143.65, 169.00, "CNY",
              {"尺寸": "1.8×1.5米", "控制": "双人双控", "档位": "6档调温", "定时": "1至9小时定时", "功率": "120瓦",
               "保护": "过热自动断电", "面料": "珊瑚绒", "评分": "4.8", "评价数": "12,460"}, 300),
            O(15, "2027-01-31", "WARM15", free_shipping=True), NUANWO),
    "zc1": (P("YA-ZC-100", "渔岙 霞浦头水紫菜 100克", "渔岙", "紫菜", 35.91, 39.90, "CNY",
              {"产地": "福建霞浦", "采摘": "头水紫菜", "净含量": "100克", "配料": "紫菜", "食用": "免洗，煮汤约2分钟",
               "保质期": "18个月"}, 500),
            O(10, "2027-05-31", "NORI10", gift="虾皮一袋（20克）"), YUAO),
    "tx1": (P("FJ-S3-BK", "锋迹 电动剃须刀 S3 三刀头 曜石黑", "锋迹", "剃须刀", 224.25, 299.00, "CNY",
              {"刀头": "三刀头，浮动贴面", "防水": "IPX7，可全身水洗", "续航": "充电1小时，使用约60分钟",
               "充电": "Type-C", "颜色": "曜石黑", "评分": "4.6", "评价数": "3,580"}, 6),
            O(25, "2027-06-18", "SHAVE25"), FENGJI),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
