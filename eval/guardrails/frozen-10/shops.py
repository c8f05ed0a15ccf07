"""Product records, offers and campaigns of the shops in the tenth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB photo frame records are real lines of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it and only the attributes the description gives.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


SPRIGWELL, LOWTIDE, PEBBLESTEP, KILNHOUSE, SKYHOLD = (
    C("sprigwell.com"), C("lowtideeyewear.com"), C("pebblestepkids.com"), C("kilnhousestudio.com"),
    C("skyholdgear.com"))
EN_US = {
    "pp1": (P("SW-PR-VAN2", "Sprigwell Pea & Brown Rice Protein Powder, Vanilla, 2 lb", "Sprigwell", "Protein Powder",
              35.20, 44.00, "USD", {"protein": "21 g per scoop", "servings": "30", "sweetener": "monk fruit",
                                    "diet": "vegan, no added sugar", "flavor": "vanilla", "rating": "4.5",
                                    "reviews": "1,907"}, 140),
            O(20, "2027-03-31", "PLANT20", free_shipping=True), SPRIGWELL),
    "sg1": (P("LT-MARA-TRT", "Lowtide Mara Polarized Sunglasses, Tortoise", "Lowtide", "Sunglasses", 60.00, 80.00,
              "USD", {"lens": "polarized polycarbonate", "protection": "UV400", "frame": "acetate, tortoise",
                      "case": "zip case and cleaning cloth", "rating": "4.6", "reviews": "1,318"}, 45),
            O(25, "2027-06-30", "SHADE25"), LOWTIDE),
    "ks1": (P("PS-TRAIL-NVY", "Pebblestep Kids' Strap Sneakers, Navy", "Pebblestep", "Kids' Shoes", 36.00, 45.00,
              "USD", {"sizes": "toddler 5 to youth 3", "upper": "canvas", "sole": "rubber, non-marking",
                      "closure": "two hook-and-loop straps"}, 8),
            O(20, "2027-08-31", "STEP20", gift="a pair of crew socks"), PEBBLESTEP),
    "mg1": (P("KH-MUG-OAT12", "Kilnhouse Speckled Stoneware Mug, 12 oz", "Kilnhouse", "Mugs", 32.30, 38.00, "USD",
              {"capacity": "12 oz", "glaze": "oatmeal speckle", "made": "wheel-thrown by hand in our studio",
               "care": "dishwasher and microwave safe"}, 6),
            O(15, "2027-02-14", "KILN15"), KILNHOUSE),
    "dr1": (P("SH-ND4-M4P", "Skyhold ND Filter Set for DJI Mini 4 Pro, 4 Pack", "Skyhold", "Drone Accessories", 34.30,
              49.00, "USD", {"fits": "DJI Mini 4 Pro", "filters": "ND8, ND16, ND32, ND64",
                             "glass": "multi-coated optical glass", "weight": "0.7 g per filter",
                             "rating": "4.4", "reviews": "688"}, 90),
            O(30, "2027-05-15", "SKY30"), SKYHOLD),
}

HEMLINE, BRAMBLELOAF, TENBY, FURLOW, PRIDMORE = (
    C("hemlineshirts.co.uk"), C("brambleloaf.co.uk"), C("tenbycycleworks.co.uk"), C("furlowgrooming.co.uk"),
    C("pridmorehome.co.uk"))
EN_GB = {
    "sh1": (P("HM-OXF-WHT16", "Hemline Made-to-Measure Oxford Shirt, White", "Hemline", "Shirts", 76.50, 90.00, "GBP",
              {"cloth": "100% cotton Oxford", "collar": "button-down", "cuffs": "single-button barrel",
               "made": "cut and sewn in our Leeds workroom", "fitting": "measured in store or from your own shirt"},
              30),
            O(15, "2027-04-30", "OXFORD15"), HEMLINE),
    "bk1": (P("BL-HMP-AFT", "Brambleloaf Afternoon Tea Hamper", "Brambleloaf", "Hampers", 36.00, 45.00, "GBP",
              {"contents": "6 fruit scones, clotted cream, strawberry jam, a lemon drizzle loaf and loose-leaf tea",
               "allergens": "contains wheat, milk and eggs", "baked": "the day before delivery"}, 12),
            O(20, "2027-05-31", "TEA20", free_shipping=True), BRAMBLELOAF),
    "br1": (P("TC-PKT-16", "Tenby Puncture Repair Kit with Tyre Levers", "Tenby Cycle Works", "Repair Kits", 11.20,
              14.00, "GBP", {"includes": "8 glueless patches, 2 nylon tyre levers, sandpaper, a tin case",
                             "fits": "road, hybrid and mountain bike inner tubes"}, 200),
            O(20, "2027-09-30", "FIX20"), TENBY),
    "dg1": (P("FW-OAT-500", "Furlow Oatmeal Dog Shampoo, 500 ml", "Furlow", "Dog Shampoo", 9.60, 12.00, "GBP",
              {"ingredients": "colloidal oatmeal, aloe vera", "scent": "unscented", "size": "500 ml",
               "use": "dogs over 12 weeks", "rating": "4.7", "reviews": "436"}, 9),
            O(20, "2027-03-31", "BATH20"), FURLOW),
    "pf1": (P("22768", "Family Photo Frame Cornice", "", "Photo Frames", 7.96, 9.95, "GBP",
              {"design": "cornice"}, 24),
            O(20, "2027-07-31", "FRAME20"), PRIDMORE),
}

SIGS = ("【豆屿咖啡】", "【轻岚】", "【小枝绘本】", "【窑间】", "【野崖户外】")
DOUYU, QINGLAN, XIAOZHI, YAOJIAN, YEYA = (
    C("douyucoffee.cn", SIGS[0]), C("qinglan.cn", SIGS[1]), C("xiaozhibooks.cn", SIGS[2]),
    C("yaojian.cn", SIGS[3]), C("yeyaoutdoor.cn", SIGS[4]))
ZH_CN = {
    "kf1": (P("DY-YJ-250", "豆屿 埃塞俄比亚耶加雪菲咖啡豆 浅烘 250克", "豆屿", "咖啡豆", 58.65, 69.00, "CNY",
              {"产地": "埃塞俄比亚耶加雪菲", "烘焙": "浅烘", "风味": "柑橘、茉莉花", "净含量": "250克",
               "烘焙日期": "下单后三日内烘焙"}, 80),
            O(15, "2027-03-31", "DOU15"), DOUYU),
    "yj1": (P("QL-YG-L01", "轻岚 高腰瑜伽裤 九分 雾蓝", "轻岚", "瑜伽服", 127.20, 159.00, "CNY",
              {"面料": "锦纶78%、氨纶22%", "版型": "高腰九分", "颜色": "雾蓝", "尺码": "XS至XL"}, 7),
            O(20, "2027-05-20", "YOGA20", free_shipping=True), QINGLAN),
    "hb1": (P("XZ-HB-SJ4", "小枝绘本 四季的小院 精装绘本", "小枝绘本", "儿童绘本", 33.60, 42.00, "CNY",
              {"适读年龄": "3至6岁", "装帧": "精装", "页数": "40页", "评分": "4.8", "评价数": "2,316"}, 300),
            O(20, "2027-06-01", "READ20"), XIAOZHI),
    "cj1": (P("YJ-WN-4", "窑间 青釉陶瓷饭碗 四只装", "窑间", "陶瓷餐具", 88.20, 98.00, "CNY",
              {"材质": "陶瓷", "釉色": "青釉", "口径": "11.5厘米", "数量": "4只", "使用": "可进洗碗机、微波炉"}, 20),
            O(10, "2027-04-15", "BOWL10", gift="一对竹筷"), YAOJIAN),
    "zp1": (P("YY-TENT-3", "野崖 三人双层露营帐篷", "野崖", "户外帐篷", 419.30, 599.00, "CNY",
              {"容纳": "3人", "结构": "双层", "外帐": "涤纶210T，PU涂层", "防水": "外帐防水指数3000毫米",
               "重量": "2.9公斤"}, 15),
            O(30, "2027-07-31", "CAMP30", free_shipping=True), YEYA),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
