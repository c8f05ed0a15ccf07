"""Product records, offers and campaigns of the shops in the sixteenth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB bread bin record is a real line of the Online Retail export (StockCode, Description
and the export's most frequent UnitPrice), with the description title-cased as a shop import
writes it, only the attributes the description gives, and no brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


FIZZWICK, TICKMARK, PINFALL, GLIDEWATER, LULLWEIGHT = (
    C("fizzwick.com"), C("tickmarkwatches.com"), C("pinfallbowling.com"), C("glidewatersup.com"),
    C("lullweight.com"))
EN_US = {
    "kb1": (P("FW-GL-12PK", "Fizzwick Ginger Lemon Kombucha, 12 fl oz, 12 Pack", "Fizzwick", "Kombucha", 35.70,
              42.00, "USD", {"flavor": "ginger lemon", "size": "12 fl oz cans", "count": "12",
                             "sugar": "5 g per can", "calories": "25 per can", "certification": "USDA Organic",
                             "caffeine": "about 10 mg per can", "brewed": "in small batches in Asheville, NC",
                             "rating": "4.5", "reviews": "2,214"}, 300),
            O(15, "2027-04-30", "FIZZ15", free_shipping=True), FIZZWICK),
    "wt1": (P("TM-RGR-38OL", "Tickmark Ranger Automatic Field Watch, 38 mm, Olive Dial", "Tickmark", "Watches",
              236.00, 295.00, "USD", {"movement": "automatic, 41-hour power reserve",
                                      "case": "38 mm stainless steel", "crystal": "sapphire",
                                      "water_resistance": "100 m", "strap": "olive canvas, 20 mm",
                                      "dial": "olive with luminous hands"}, 7),
            O(20, "2027-06-15", "FIELD20", gift="a spare black nylon strap"), TICKMARK),
    "bw1": (P("PF-VTX-14", "Pinfall Vortex Reactive Bowling Ball, 14 lb", "Pinfall", "Bowling Balls", 119.99,
              159.99, "USD", {"weight": "14 lb", "coverstock": "solid reactive resin", "core": "asymmetric",
                              "finish": "4000-grit sanded", "drilling": "ships undrilled",
                              "color": "purple and black", "rating": "4.7", "reviews": "312"}, 40),
            O(25, "2027-01-31", "STRIKE25"), PINFALL),
    "sp1": (P("GW-ISUP-106", "Glidewater 10'6\" Inflatable Paddle Board Kit", "Glidewater", "Paddle Boards", 349.30,
              499.00, "USD", {"length": "10 ft 6 in", "width": "32 in", "thickness": "6 in",
                              "max_load": "265 lb", "board_weight": "22 lb",
                              "includes": "3-piece aluminum paddle, hand pump, coil leash, backpack, repair kit",
                              "rating": "4.6", "reviews": "1,045"}, 25),
            O(30, "2027-07-04", "GLIDE30", free_shipping=True), GLIDEWATER),
    "wb1": (P("LW-15-4872-SG", "Lullweight Weighted Blanket, 15 lb, 48 x 72 in, Slate Grey", "Lullweight",
              "Weighted Blankets", 116.10, 129.00, "USD",
              {"weight": "15 lb", "size": "48 x 72 in", "fill": "glass microbeads",
               "cover": "cotton, removable and machine washable", "color": "slate grey",
               "suggested_for": "adults around 150 lb"}, 5),
            O(10, "2027-11-30", "LULL10"), LULLWEIGHT),
}

PENGARTH, NICKLINE, SHEPCOTE, MOWBRAY, ELLERBY = (
    C("pengarthfudge.co.uk"), C("nicklinesquash.co.uk"), C("shepcote.co.uk"), C("mowbraytools.co.uk"),
    C("ellerbyhome.co.uk"))
EN_GB = {
    "fd1": (P("PG-CCF-250", "Pengarth Clotted Cream Fudge, 250 g", "Pengarth", "Fudge", 5.20, 6.50, "GBP",
              {"made": "hand-stirred in small batches in Cornwall",
               "ingredients": "sugar, Cornish clotted cream (20%), butter, glucose syrup, salt",
               "weight": "250 g", "allergens": "contains milk", "diet": "vegetarian", "rating": "4.8",
               "reviews": "1,126"}, 150),
            O(20, "2027-02-28", "FUDGE20", free_shipping=True), PENGARTH),
    "sq1": (P("NL-PRO125", "Nickline Pro 125 Squash Racket", "Nickline", "Squash Rackets", 90.00, 120.00, "GBP",
              {"weight": "125 g unstrung", "frame": "graphite", "head": "500 sq cm", "balance": "head-light",
               "string": "pre-strung, 1.18 mm multifilament", "cover": "full-length cover included"}, 6),
            O(25, "2027-09-30", "NICK25"), NICKLINE),
    "sl1": (P("SC-MULE-CH", "Shepcote Women's Sheepskin Mule Slippers, Chestnut", "Shepcote", "Slippers", 57.80,
              68.00, "GBP", {"upper": "suede", "lining": "genuine sheepskin", "sole": "rubber, indoor-outdoor",
                             "sizes": "UK 3 to 8", "colour": "chestnut", "rating": "4.6", "reviews": "389"}, 60),
            O(15, "2027-12-31", "COSY15", gift="a cotton shoe bag"), SHEPCOTE),
    "lm1": (P("MB-40V-37", "Mowbray 40V Cordless Lawnmower, 37 cm", "Mowbray", "Lawnmowers", 251.10, 279.00, "GBP",
              {"cutting_width": "37 cm", "battery": "40V 4.0Ah, included", "charger": "included",
               "runtime": "up to 40 minutes", "grass_box": "45 litres", "heights": "6 settings, 25 to 75 mm",
               "weight": "16 kg", "rating": "4.4", "reviews": "752"}, 35),
            O(10, "2027-06-30", "MOW10", free_shipping=True), MOWBRAY),
    "bb1": (P("22847", "Bread Bin Diner Style Ivory", "", "Bread Bins", 13.56, 16.95, "GBP",
              {"style": "diner", "colour": "ivory"}, 11),
            O(20, "2027-03-31", "BREAD20"), ELLERBY),
}

SIGS = ("【煮意】", "【劲松】", "【小步书包】", "【弧线体育】", "【牧云】")
ZHUYI, JINSONG, XIAOBU, HUXIAN, MUYUN = (
    C("zhuyi.cn", SIGS[0]), C("jinsong-fit.cn", SIGS[1]), C("xiaobubag.cn", SIGS[2]),
    C("huxiansport.cn", SIGS[3]), C("muyunmilk.cn", SIGS[4]))
ZH_CN = {
    "fb1": (P("ZY-IH40", "煮意 IH电饭煲 4升", "煮意", "电饭煲", 399.20, 499.00, "CNY",
              {"容量": "4升", "加热方式": "IH电磁加热", "内胆": "不粘涂层内胆",
               "功能": "精煮、快煮、煮粥、煲汤、蒸煮、预约", "适用人数": "2至8人", "功率": "1200瓦",
               "评分": "4.8", "评价数": "6,530"}, 200),
            O(20, "2027-05-31", "RICE20", free_shipping=True), ZHUYI),
    "jm1": (P("JS-M2-GRY", "劲松 筋膜枪 M2 深空灰", "劲松", "筋膜枪", 279.30, 399.00, "CNY",
              {"档位": "5档", "按摩头": "4个", "续航": "约6小时", "重量": "450克", "噪音": "约45分贝",
               "充电": "Type-C", "颜色": "深空灰"}, 9),
            O(30, "2027-08-31", "JS30", gift="收纳包"), JINSONG),
    "sb1": (P("XB-13-XKL", "小步 儿童书包 小学生1-3年级 星空蓝", "小步", "儿童书包", 228.65, 269.00, "CNY",
              {"适用年级": "1至3年级", "容量": "约20升", "重量": "约0.9公斤", "面料": "600D牛津布",
               "肩带": "加宽透气肩带", "反光条": "正面和侧面", "颜色": "星空蓝"}, 120),
            O(15, "2027-08-20", "XB15"), XIAOBU),
    "lq1": (P("HX-BB7-PU", "弧线 室内外通用篮球 7号", "弧线", "篮球", 170.10, 189.00, "CNY",
              {"规格": "7号标准球", "材质": "PU", "适用场地": "室内外通用", "颜色": "经典棕", "评分": "4.7",
               "评价数": "3,208"}, 500),
            O(10, "2027-06-18", "HX10", gift="打气筒"), HUXIAN),
    "nn1": (P("MY-CN-250X12", "牧云 纯牛奶 250毫升×12盒", "牧云", "纯牛奶", 55.92, 69.90, "CNY",
              {"规格": "250毫升×12盒", "蛋白质": "每100毫升3.6克", "奶源": "内蒙古锡林郭勒牧场",
               "配料": "生牛乳", "保质期": "6个月", "储存": "常温"}, 800),
            O(20, "2027-03-15", "MILK20", free_shipping=True), MUYUN),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
