"""Product records, offers and campaigns of the shops in the twenty-first frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB hot water bottle record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attributes the description gives and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


THROWLINE, POSELIGHT, COLDCREST, OARSWAY, SALTBLOOM = (
    C("throwlinepottery.com"), C("poselight.com"), C("coldcrestsnow.com"), C("oarsway.com"),
    C("saltbloombath.com"))
EN_US = {
    "pw1": (P("TL-SPW-10", "Throwline Studio Pottery Wheel, 10 in Wheel Head", "Throwline", "Pottery Wheels", 398.65,
              469.00, "USD", {"motor": "1/2 HP, reversible", "wheel head": "10 in aluminum",
                              "speed": "0 to 300 rpm, foot pedal control", "splash pan": "two-piece, removable",
                              "weight": "66 lb", "rating": "4.5", "reviews": "212"}, 14),
            O(15, "2027-04-30", "SPIN15", free_shipping=True), THROWLINE),
    "yb1": (P("PL-CORK-2PK", "Poselight Cork Yoga Blocks, 9 x 6 x 4 in, 2 Pack", "Poselight", "Yoga Blocks", 25.50,
              34.00, "USD", {"material": "natural cork", "size": "9 x 6 x 4 in", "weight": "about 2 lb each",
                             "count": "2 blocks"}, 9),
            O(25, "2027-06-15", "BLOCK25", gift="a cotton yoga strap"), POSELIGHT),
    "sk1": (P("CC-RIDGE-MBK", "Coldcrest Ridge Ski Goggles, Photochromic Lens, Matte Black", "Coldcrest", "Ski Goggles",
              90.30, 129.00, "USD", {"lens": "photochromic double lens, category 1 to 3", "protection": "UV400",
                                     "coating": "anti-fog", "fit": "medium to large faces, helmet compatible",
                                     "strap": "adjustable, silicone-backed", "color": "matte black",
                                     "rating": "4.6", "reviews": "874"}, 60),
            O(30, "2027-01-31", "POWDER30"), COLDCREST),
    "rw1": (P("OW-R4-MAG", "Oarsway Magnetic Rowing Machine R4", "Oarsway", "Rowing Machines", 479.20, 599.00, "USD",
              {"resistance": "16 magnetic levels", "monitor": "LCD: time, distance, strokes, calories",
               "max user weight": "300 lb", "storage": "folds upright", "length": "84 in", "rating": "4.3",
               "reviews": "1,126"}, 22),
            O(20, "2027-03-15", "ROW20", free_shipping=True), OARSWAY),
    "bb1": (P("SB-LAV-OAT6", "Saltbloom Lavender & Oat Bath Bombs, 6 Pack", "Saltbloom", "Bath Bombs", 23.80, 28.00,
              "USD", {"scent": "lavender and oat", "size": "6 x 4.5 oz",
                      "ingredients": "baking soda, citric acid, colloidal oatmeal, shea butter, lavender essential oil",
                      "vegan": "yes", "made": "hand-pressed in Asheville, North Carolina", "rating": "4.8",
                      "reviews": "2,304"}, 150),
            O(15, "2027-02-14", "SOAK15"), SALTBLOOM),
}

BLACKMOOR, LEAFCOMBE, BRUSHTALE, FALLBROOK, HAWTHORNE = (
    C("blackmoorcastiron.co.uk"), C("leafcombe.co.uk"), C("brushtale.co.uk"), C("fallbrookpianos.co.uk"),
    C("hawthornehome.co.uk"))
EN_GB = {
    "cs1": (P("BM-SKL-26", "Blackmoor Pre-Seasoned Cast Iron Skillet, 26 cm", "Blackmoor", "Skillets", 31.99, 39.99,
              "GBP", {"material": "cast iron, pre-seasoned with vegetable oil", "diameter": "26 cm",
                      "hobs": "gas, electric, induction, oven and barbecue", "weight": "2.6 kg",
                      "handles": "main handle, helper handle and two pour spouts", "rating": "4.7",
                      "reviews": "1,482"}, 75),
            O(20, "2027-05-31", "SEAR20", free_shipping=True), BLACKMOOR),
    "ti1": (P("LC-INF-MESH", "Leafcombe Fine Mesh Tea Infuser with Lid", "Leafcombe", "Tea Infusers", 7.65, 8.50, "GBP",
              {"material": "18/8 stainless steel", "fits": "most mugs and teapots",
               "lid": "doubles as a drip tray", "care": "dishwasher safe"}, 7),
            O(10, "2027-03-31", "STEEP10", gift="a 25 g pouch of Assam loose leaf"), LEAFCOMBE),
    "pn1": (P("BT-PBN-HAD", "Brushtale Paint by Numbers Kit, Harbour at Dusk, 40 x 50 cm", "Brushtale",
              "Paint by Numbers", 16.50, 22.00, "GBP",
              {"canvas": "pre-printed cotton canvas, 40 x 50 cm", "paints": "24 numbered acrylic paint pots",
               "brushes": "3 nylon brushes", "frame": "unframed", "level": "intermediate", "age": "14 and up",
               "rating": "4.5", "reviews": "389"}, 40),
            O(25, "2027-10-31", "PAINT25"), BRUSHTALE),
    "ps1": (P("FB-PST-BLK", "Fallbrook Adjustable Piano Stool, Black Gloss", "Fallbrook", "Piano Stools", 126.65,
              149.00, "GBP", {"height": "adjustable from 48 to 58 cm with side knobs",
                              "seat": "padded black faux leather, 55 x 33 cm",
                              "frame": "solid beech, black gloss finish", "max load": "120 kg"}, 5),
            O(15, "2027-09-30", "STOOL15", free_shipping=True), FALLBROOK),
    "hw1": (P("22113", "Grey Heart Hot Water Bottle", "", "Hot Water Bottles", 3.38, 3.75, "GBP",
              {"colour": "grey", "design": "heart"}, 30),
            O(10, "2027-11-30", "COSY10"), HAWTHORNE),
}

SIGS = ("【拾叶】", "【泉沸】", "【焙光】", "【清阅眼镜】", "【滇香记】")
SHIYE, QUANFEI, BEIGUANG, QINGYUE, DIANXIANG = (
    C("shiye-tea.cn", SIGS[0]), C("quanfei.cn", SIGS[1]), C("beiguang.cn", SIGS[2]),
    C("qingyue-optical.cn", SIGS[3]), C("dianxiangji.cn", SIGS[4]))
ZH_CN = {
    "cg1": (P("SY-GUAN-MLV", "拾叶 马口铁密封茶叶罐 墨绿", "拾叶", "茶叶罐", 47.20, 59.00, "CNY",
              {"材质": "马口铁", "密封": "双层盖", "尺寸": "直径9厘米，高13厘米", "容量": "约装散茶200克",
               "颜色": "墨绿"}, 6),
            O(20, "2027-04-18", "CANG20", gift="竹制茶则一支"), SHIYE),
    "hu1": (P("QF-K1-17W", "泉沸 电热水壶 K1 1.7升 雾白", "泉沸", "电热水壶", 109.65, 129.00, "CNY",
              {"容量": "1.7升", "功率": "1800瓦", "内胆": "304不锈钢", "保护": "沸腾自动断电、防干烧",
               "颜色": "雾白", "评分": "4.7", "评价数": "5,820"}, 200),
            O(15, "2027-06-18", "BOIL15", free_shipping=True), QUANFEI),
    "kx1": (P("BG-O5-32", "焙光 家用电烤箱 O5 32升", "焙光", "电烤箱", 449.10, 499.00, "CNY",
              {"容量": "32升", "温控": "上下管独立控温，70至230℃", "功率": "1600瓦", "功能": "热风循环、低温发酵",
               "配件": "烤盘、烤网、取盘夹", "评分": "4.6", "评价数": "1,934"}, 35),
            O(10, "2027-11-11", "BAKE10", gift="硅胶隔热手套一副"), BEIGUANG),
    "lh1": (P("QY-LH-150", "清阅 老花镜 +1.50（150度） 玳瑁框", "清阅", "老花镜", 62.30, 89.00, "CNY",
              {"度数": "+1.50（150度）", "镜片": "树脂非球面镜片", "镜框": "TR90，玳瑁色", "配件": "眼镜盒、擦镜布",
               "用途": "看近用，走路、开车时请勿佩戴"}, 8),
            O(30, "2027-09-09", "YUE30"), QINGYUE),
    "xb1": (P("DX-MGB-10", "滇香记 玫瑰鲜花饼礼盒 50克×10枚", "滇香记", "鲜花饼", 57.80, 68.00, "CNY",
              {"馅料": "云南食用玫瑰花瓣、白砂糖", "产地": "云南昆明", "规格": "50克×10枚", "保质期": "30天",
               "储存": "常温阴凉干燥处", "过敏原": "含小麦", "评分": "4.9", "评价数": "12,406"}, 400),
            O(15, "2027-05-20", "HUA15", free_shipping=True), DIANXIANG),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
