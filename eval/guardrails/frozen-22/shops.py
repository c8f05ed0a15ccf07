"""Product records, offers and campaigns of the shops in the twenty-second frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB cabinet record is a real line of the Online Retail export (StockCode, Description
and the export's most frequent UnitPrice), with the description title-cased as a shop import
writes it, only the attributes the description gives and no brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


SIMMERLY, LARKFIELD, PENCILNOOK, PACEFOLD, BRIMWELL = (
    C("simmerly.com"), C("larkfieldbags.com"), C("pencilnook.com"), C("pacefold.com"), C("brimwellhats.com"))
EN_US = {
    "sc1": (P("SM-SC6-SS", "Simmerly 6-Quart Programmable Slow Cooker, Stainless", "Simmerly", "Slow Cookers",
              71.20, 89.00, "USD", {"capacity": "6 qt", "settings": "low, high and keep warm",
                                    "timer": "programmable, up to 20 hours",
                                    "crock": "removable stoneware, dishwasher safe", "lid": "tempered glass",
                                    "rating": "4.6", "reviews": "2,214"}, 60),
            O(20, "2027-11-29", "SIMMER20", free_shipping=True), SIMMERLY),
    "cb1": (P("LF-EDC-COG", "Larkfield Everyday Crossbody Bag, Cognac", "Larkfield", "Crossbody Bags", 57.80, 68.00,
              "USD", {"material": "full-grain leather", "color": "cognac", "size": "9 x 6.5 x 2.5 in",
                      "strap": "adjustable, 22 to 26 in drop",
                      "pockets": "1 zip pocket inside, 2 slip pockets"}, 7),
            O(15, "2027-05-09", "CARRY15", gift="a leather key fob"), LARKFIELD),
    "pb1": (P("PN-XW-V3", "Pencilnook Big Book of Crosswords, Vol. 3", "Pencilnook", "Puzzle Books", 13.49, 14.99,
              "USD", {"puzzles": "200 crosswords", "pages": "256", "binding": "lay-flat spiral",
                      "print": "large print", "answers": "at the back of the book", "rating": "4.7",
                      "reviews": "1,062"}, 300),
            O(10, "2027-01-31", "CLUE10"), PENCILNOOK),
    "rb1": (P("PF-RB-BLK", "Pacefold Running Belt, Black", "Pacefold", "Running Belts", 18.00, 24.00, "USD",
              {"fits": "phones up to 6.9 in", "pockets": "2 zip pockets", "waist": "adjustable, 24 to 46 in",
               "fabric": "stretch nylon-spandex blend", "visibility": "reflective trim", "weight": "2.1 oz",
               "rating": "4.5", "reviews": "3,480"}, 500),
            O(25, "2027-04-18", "PACE25", free_shipping=True), PACEFOLD),
    "sh1": (P("BW-WB-SND", "Brimwell Wide-Brim Sun Hat, UPF 50+, Sand", "Brimwell", "Sun Hats", 29.40, 42.00, "USD",
              {"protection": "UPF 50+ fabric", "brim": "4 in", "material": "cotton-linen blend", "color": "sand",
               "chin cord": "removable", "packable": "folds flat for travel", "sizes": "S/M and L/XL"}, 11),
            O(30, "2027-08-15", "BRIM30"), BRIMWELL),
}

WARMHAVEN, LEAVENHURST, STEMWRIGHT, TINKERBROOK, HARBLEDOWN = (
    C("warmhaven.co.uk"), C("leavenhurst.co.uk"), C("stemwright.co.uk"), C("tinkerbrooktoys.co.uk"),
    C("harbledownhome.co.uk"))
EN_GB = {
    "eb1": (P("WH-UB-DBL", "Warmhaven Fleece Heated Underblanket, Double", "Warmhaven", "Electric Blankets", 52.00,
              65.00, "GBP", {"size": "137 x 120 cm, fits a double mattress", "fabric": "fleece",
                             "heat settings": "3", "controls": "dual controls, one for each side",
                             "auto-off": "after 9 hours", "overheat protection": "built in",
                             "care": "machine washable at 40°C with the controls removed", "rating": "4.4",
                             "reviews": "812"}, 40),
            O(20, "2027-02-28", "COSY20", free_shipping=True), WARMHAVEN),
    "ss1": (P("LH-RYE-50", "Leavenhurst Live Rye Sourdough Starter, 50 g", "Leavenhurst", "Sourdough Starters", 8.55,
              9.50, "GBP", {"flour": "stoneground wholemeal rye", "age": "fed daily since 2009",
                            "contents": "50 g live starter and a printed feeding guide",
                            "posting": "sent in a sealed pot, posted on Mondays", "allergens": "contains gluten"},
              25),
            O(10, "2027-03-15", "RISE10", gift="a dough scraper"), LEAVENHURST),
    "wg1": (P("SW-WG-450-4", "Stemwright Lead-Free Crystal Wine Glasses, 450 ml, Set of 4", "Stemwright",
              "Wine Glasses", 27.00, 36.00, "GBP", {"material": "lead-free crystal", "capacity": "450 ml",
                                                   "set": "4 glasses", "height": "22 cm", "care": "dishwasher safe",
                                                   "rating": "4.8", "reviews": "529"}, 6),
            O(25, "2027-12-24", "CHEERS25"), STEMWRIGHT),
    "wt1": (P("TB-TRN-52", "Tinkerbrook Wooden Train Set, 52 Pieces", "Tinkerbrook", "Wooden Toys", 31.50, 45.00,
              "GBP", {"pieces": "52", "wood": "beech", "paint": "water-based",
                      "track": "figure of eight with a bridge and a level crossing", "age": "3 years and up",
                      "rating": "4.7", "reviews": "266"}, 14),
            O(30, "2027-12-12", "CHUFF30"), TINKERBROOK),
    "dc1": (P("82483", "Wood 2 Drawer Cabinet White Finish", "", "Cabinets", 5.56, 6.95, "GBP",
              {"material": "wood", "drawers": "2", "finish": "white"}, 18),
            O(20, "2027-09-30", "DRAWER20"), HARBLEDOWN),
}

SIGS = ("【柚见】", "【踏岩户外】", "【舒眠】", "【苏禾】", "【润屿】")
YOUJIAN, TAYAN, SHUMIAN, SUHE, RUNYU = (
    C("youjian.cn", SIGS[0]), C("tayanoutdoor.cn", SIGS[1]), C("shumian.cn", SIGS[2]), C("suhe.cn", SIGS[3]),
    C("runyu.cn", SIGS[4]))
ZH_CN = {
    "yz1": (P("YJ-HYT-1KG", "柚见 蜂蜜柚子茶 1千克 玻璃瓶装", "柚见", "冲饮", 47.20, 59.00, "CNY",
              {"净含量": "1千克", "配料": "柚子果肉及果皮、蜂蜜、白砂糖", "包装": "玻璃瓶",
               "冲调": "温水冲调，每次约25克", "储存": "开盖后冷藏，30天内喝完", "评分": "4.8",
               "评价数": "5,630"}, 500),
            O(20, "2027-01-15", "YUZU20", free_shipping=True), YOUJIAN),
    "dx1": (P("TY-T2-GRY", "踏岩 男款中帮防水登山鞋 T2 岩灰", "踏岩", "登山鞋", 349.30, 499.00, "CNY",
              {"帮型": "中帮", "内衬": "防水透气内衬", "鞋面": "麂皮拼接网布", "大底": "橡胶大底",
               "尺码": "39-45", "颜色": "岩灰", "重量": "单只约520克（42码）"}, 9),
            O(30, "2027-10-07", "HIKE30", gift="一双羊毛徒步袜"), TAYAN),
    "ym1": (P("SM-ZQ-LV10", "舒眠 蒸汽眼罩 薰衣草香 10片装", "舒眠", "蒸汽眼罩", 33.92, 39.90, "CNY",
              {"数量": "10片，独立包装", "香型": "薰衣草", "温度": "约40℃", "发热时长": "约20分钟",
               "使用": "一次性使用，开袋即热", "评分": "4.7", "评价数": "12,806"}, 2000),
            O(15, "2027-03-21", "MIAN15"), SHUMIAN),
    "ld1": (P("SH-LDG-6", "苏禾 绿豆糕 原味 6枚礼盒装", "苏禾", "糕点", 32.40, 36.00, "CNY",
              {"净含量": "300克（6枚）", "配料": "绿豆、白砂糖、植物油、麦芽糖", "口味": "原味",
               "包装": "独立小包装，礼盒装", "保质期": "常温90天"}, 120),
            O(10, "2027-06-10", "LVDOU10", free_shipping=True), SUHE),
    "js1": (P("RY-H3-WHT", "润屿 上加水加湿器 H3 4升 米白", "润屿", "加湿器", 159.20, 199.00, "CNY",
              {"容量": "4升", "加水方式": "上加水", "加湿量": "300毫升/小时", "噪音": "睡眠模式约28分贝",
               "定时": "1-12小时", "适用面积": "20-40平方米", "颜色": "米白", "评分": "4.6", "评价数": "3,204"}, 6),
            O(20, "2027-11-11", "RUN20", gift="一个备用滤芯"), RUNYU),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
