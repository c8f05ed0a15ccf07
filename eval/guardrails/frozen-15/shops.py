"""Product records, offers and campaigns of the shops in the fifteenth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB kneeling pad record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it and only the attributes the description gives.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


SUGARBUSH, TANFIELD, RINKSIDE, CLEARBROOK, BURROWFIELD = (
    C("sugarbushhollow.com"), C("tanfieldgoods.com"), C("rinksideskates.com"), C("clearbrookwater.com"),
    C("burrowfield.com"))
EN_US = {
    "ms1": (P("SH-MPL-AR16", "Sugarbush Hollow Pure Maple Syrup, Grade A Amber Rich, 16 fl oz", "Sugarbush Hollow",
              "Maple Syrup", 20.40, 24.00, "USD",
              {"grade": "Grade A Amber Color, Rich Taste", "ingredients": "100% pure maple syrup",
               "origin": "tapped and boiled on our family farm in Vermont", "size": "16 fl oz",
               "bottle": "glass jug", "rating": "4.8", "reviews": "1,264"}, 210),
            O(15, "2027-03-20", "SAP15", free_shipping=True), SUGARBUSH),
    "wl1": (P("TF-BF-CHS", "Tanfield Slim Bifold Wallet, Chestnut", "Tanfield", "Wallets", 43.50, 58.00, "USD",
              {"leather": "full-grain cowhide", "color": "chestnut",
               "capacity": "6 card slots and 1 bill compartment", "size": "4.3 x 3.4 in folded",
               "lining": "RFID-blocking", "made": "cut and stitched in our Portland, Oregon workshop"}, 7),
            O(25, "2027-06-15", "FOLD25", gift="a leather key fob"), TANFIELD),
    "rs1": (P("RK-CLQ-MNT", "Rinkside Classic Quad Roller Skates, Women's, Mint", "Rinkside", "Roller Skates", 103.20,
              129.00, "USD",
              {"boot": "vegan suede high-top", "wheels": "62 mm, 82A polyurethane", "bearings": "ABEC-7",
               "toe stops": "adjustable", "sizes": "women's 5 to 11", "color": "mint", "rating": "4.5",
               "reviews": "742"}, 60),
            O(20, "2027-05-31", "ROLL20"), RINKSIDE),
    "wp1": (P("CB-PTR-10W", "Clearbrook 10-Cup Water Filter Pitcher, White", "Clearbrook", "Water Filters", 23.80,
              34.00, "USD",
              {"capacity": "10 cups", "filter": "activated carbon, 1 included",
               "filter life": "40 gallons, about 2 months", "reduces": "chlorine taste and odor",
               "material": "BPA-free plastic", "color": "white", "rating": "4.3", "reviews": "2,051"}, 300),
            O(30, "2027-04-22", "CLEAR30", free_shipping=True), CLEARBROOK),
    "hy1": (P("BF-TIM2-5", "Burrowfield Second Cut Timothy Hay, 5 lb", "Burrowfield", "Small Pet Food", 18.90, 21.00,
              "USD",
              {"cut": "second cut", "origin": "Kittitas Valley, Washington", "weight": "5 lb",
               "for": "rabbits, guinea pigs and chinchillas", "packed": "hand-packed in a recyclable box",
               "rating": "4.7", "reviews": "389"}, 9),
            O(10, "2027-08-31", "HAY10", gift="a bag of apple wood chew sticks"), BURROWFIELD),
}

NANTLAS, PIPKIN, BAULKLINE, DORMOUSE, WHITLOCK = (
    C("nantlasmill.co.uk"), C("pipkinandpeel.co.uk"), C("baulkline.co.uk"), C("littledormouse.co.uk"),
    C("whitlockhome.co.uk"))
EN_GB = {
    "wt1": (P("NL-THR-SLT", "Nantlas Welsh Wool Throw, Slate Check, 130 x 180 cm", "Nantlas", "Throws", 76.00, 95.00,
              "GBP",
              {"wool": "100% pure new wool", "woven": "at our mill in Ceredigion, Wales", "size": "130 x 180 cm",
               "pattern": "slate grey check", "edges": "fringed", "care": "dry clean only", "rating": "4.9",
               "reviews": "188"}, 14),
            O(20, "2027-02-28", "WOOL20", free_shipping=True), NANTLAS),
    "mm1": (P("PP-SEV-340", "Pipkin & Peel Thick Cut Seville Orange Marmalade, 340 g", "Pipkin & Peel", "Marmalade",
              4.95, 5.50, "GBP",
              {"fruit": "Seville oranges", "cut": "thick cut",
               "ingredients": "sugar, Seville oranges, water, lemon juice",
               "fruit content": "prepared with 45 g fruit per 100 g",
               "made": "in small batches in our Dorset kitchen", "weight": "340 g", "suitable for": "vegans"}, 400),
            O(10, "2027-01-31", "PEEL10"), PIPKIN),
    "cq1": (P("BL-ASH-57", "Baulkline Hand-Spliced Ash Snooker Cue, 57 in", "Baulkline", "Snooker Cues", 102.00,
              120.00, "GBP",
              {"shaft": "ash", "butt": "hand-spliced ebony", "length": "57 in (145 cm)", "weight": "18 oz",
               "tip": "9.5 mm leather", "ferrule": "brass", "includes": "a padded cue sleeve", "rating": "4.6",
               "reviews": "97"}, 25),
            O(15, "2027-10-31", "CUE15", gift="a box of 3 chalk cubes"), BAULKLINE),
    "sb1": (P("LD-SB25-SAG", "Little Dormouse Baby Sleeping Bag, 2.5 Tog, 6-18 Months, Sage Stars", "Little Dormouse",
              "Baby Sleeping Bags", 25.50, 34.00, "GBP",
              {"tog": "2.5", "size": "6-18 months", "fabric": "100% organic cotton outer and lining",
               "filling": "polyester wadding", "zip": "two-way zip with zip guard",
               "room temperature": "16-20°C", "pattern": "sage stars", "standard": "tested to BS EN 16781:2018",
               "rating": "4.8", "reviews": "611"}, 40),
            O(25, "2027-09-30", "SNUG25", free_shipping=True), DORMOUSE),
    "kp1": (P("23300", "Gardeners Kneeling Pad Cup Of Tea", "", "Kneeling Pads", 1.32, 1.65, "GBP",
              {"design": "cup of tea"}, 36),
            O(20, "2027-06-30", "KNEEL20"), WHITLOCK),
}

SIGS = ("【橙乡记】", "【风屿】", "【雪岭】", "【律动】", "【弈林棋具】")
CHENGXIANG, FENGYU, XUELING, LVDONG, YILIN = (
    C("chengxiangji.cn", SIGS[0]), C("fengyu-home.cn", SIGS[1]), C("xueling.cn", SIGS[2]),
    C("lvdong.cn", SIGS[3]), C("yilinqiju.cn", SIGS[4]))
ZH_CN = {
    "qc1": (P("CXJ-QC-5J", "橙乡记 赣南脐橙 5斤装 果径75-80毫米", "橙乡记", "新鲜水果", 54.40, 68.00, "CNY",
              {"产地": "江西赣州信丰", "规格": "5斤装（净重约2.5公斤）", "果径": "75-80毫米", "发货": "现摘现发",
               "评分": "4.7", "评价数": "12,486"}, 500),
            O(20, "2027-01-15", "CHENG20", free_shipping=True), CHENGXIANG),
    "cf1": (P("FY-HD2-WH", "风屿 高速吹风机 HD2 雾白", "风屿", "吹风机", 279.30, 399.00, "CNY",
              {"功率": "1600瓦", "电机": "11万转高速无刷电机", "负离子": "2亿负离子", "风嘴": "集风嘴、扩散风嘴各1个",
               "机身重量": "340克", "颜色": "雾白", "评分": "4.8", "评价数": "3,210"}, 120),
            O(30, "2027-06-18", "FENG30", gift="收纳袋一个"), FENGYU),
    "yr1": (P("XL-DJ-W01", "雪岭 女款轻薄羽绒服 短款 燕麦色", "雪岭", "羽绒服", 399.20, 499.00, "CNY",
              {"填充物": "90%白鸭绒", "充绒量": "110克（M码）", "蓬松度": "650+", "面料": "锦纶100%", "版型": "短款",
               "颜色": "燕麦色", "尺码": "S至XL"}, 8),
            O(20, "2027-12-12", "WARM20", free_shipping=True), XUELING),
    "sh1": (P("LD-B6-BK", "律动 运动手环 B6 曜石黑", "律动", "智能穿戴", 206.10, 229.00, "CNY",
              {"屏幕": "1.47英寸AMOLED", "续航": "典型使用14天", "防水": "5ATM",
               "功能": "心率监测、睡眠监测、100多种运动模式", "颜色": "曜石黑", "评分": "4.6", "评价数": "8,902"}, 260),
            O(10, "2027-03-08", "BAND10"), LVDONG),
    "wq1": (P("YL-WQ-361", "弈林 围棋套装 双面凸玻璃棋子361颗 配楠竹棋盘", "弈林", "棋具", 142.80, 168.00, "CNY",
              {"棋子": "玻璃，双面凸，黑子181颗、白子180颗", "棋子直径": "22毫米", "棋盘": "楠竹，19路",
               "棋罐": "竹制棋罐一对", "评分": "4.9", "评价数": "1,037"}, 45),
            O(15, "2027-09-01", "QI15"), YILIN),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
