"""Product records, offers and campaigns of the shops in the twenty-seventh frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB cookie cutter record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attributes the description gives and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


COLDPOUR, PERCHWELL, IRONVALE, EDGEBROOK, FALLOW = (
    C("coldpourbar.com"), C("perchwell.com"), C("ironvalefitness.com"), C("edgebrookkitchen.com"),
    C("fallowpeak.com"))
EN_US = {
    "ck1": (P("CP-BST-2PC", "Coldpour Weighted Boston Shaker Tins, Stainless Steel, 2 Piece", "Coldpour",
              "Cocktail Shakers", 24.00, 32.00, "USD",
              {"material": "18/8 stainless steel", "tins": "28 oz and 18 oz", "base": "weighted base on both tins",
               "finish": "brushed", "care": "dishwasher safe", "rating": "4.7", "reviews": "2,184"}, 160),
            O(25, "2027-04-30", "SHAKE25"), COLDPOUR),
    "ls1": (P("PW-LS6-SG", "Perchwell Aluminum Laptop Stand, Adjustable, Space Gray", "Perchwell", "Laptop Stands",
              39.20, 49.00, "USD",
              {"material": "aluminum alloy", "fits": "laptops 10 to 17 in", "height": "6 adjustable levels",
               "weight": "9.6 oz", "folds": "flat, with a carry pouch", "color": "space gray", "rating": "4.5",
               "reviews": "3,402"}, 220),
            O(20, "2027-09-30", "DESK20"), PERCHWELL),
    "db1": (P("IV-HEX-25P", "Ironvale Rubber Hex Dumbbells, 25 lb Pair", "Ironvale", "Dumbbells", 76.49, 89.99,
              "USD", {"weight": "25 lb each, sold as a pair", "coating": "rubber", "handle": "knurled chrome steel",
                      "shape": "hex, anti-roll"}, 7),
            O(15, "2027-01-31", "LIFT15", free_shipping=True), IRONVALE),
    "kn1": (P("EB-SHP-3ST", "Edgebrook 3-Stage Manual Knife Sharpener", "Edgebrook", "Knife Sharpeners", 21.60,
              24.00, "USD",
              {"stages": "3: diamond coarse, tungsten carbide, ceramic fine",
               "for": "straight-edge steel kitchen knives, not serrated", "base": "non-slip rubber",
               "rating": "4.3", "reviews": "958"}, 300),
            O(10, "2027-06-15", "EDGE10", gift="a cut-resistant glove"), EDGEBROOK),
    "sw1": (P("FP-AT-100", "Fallow Peak All-Temperature Ski & Snowboard Wax, 100 g", "Fallow Peak", "Ski Wax", 12.60,
              18.00, "USD", {"type": "hot wax, all-temperature", "weight": "100 g", "formula": "fluorocarbon-free",
                             "made": "poured by hand in Bend, Oregon"}, 400),
            O(30, "2027-02-28", "WAX30"), FALLOW),
}

KERBWISE, FERNHOLLOW, WRENLET, GLASSWICK, HATHERLEY = (
    C("kerbwise.co.uk"), C("fernhollow.co.uk"), C("wrenlet.co.uk"), C("glasswick.co.uk"), C("hatherleyhome.co.uk"))
EN_GB = {
    "ti1": (P("KW-INF-C20", "Kerbwise Cordless Tyre Inflator with Digital Gauge", "Kerbwise", "Tyre Inflators",
              36.00, 45.00, "GBP",
              {"battery": "rechargeable 2000 mAh, USB-C charging", "max_pressure": "150 psi",
               "gauge": "digital, with auto shut-off at your set pressure",
               "adaptors": "Presta and ball needle adaptors, Schrader connector built in",
               "for": "car and bike tyres, balls", "rating": "4.4", "reviews": "1,126"}, 85),
            O(20, "2027-10-31", "PUMP20", free_shipping=True), KERBWISE),
    "pm1": (P("FH-MST-300", "Fernhollow Amber Glass Plant Mister, 300 ml", "Fernhollow", "Plant Misters", 14.03,
              16.50, "GBP", {"bottle": "amber glass", "pump": "brass", "capacity": "300 ml", "spray": "fine mist"}, 6),
            O(15, "2027-05-31", "MIST15"), FERNHOLLOW),
    "bb1": (P("WL-BIB-5PK", "Wrenlet Muslin Bandana Bibs, 5 Pack", "Wrenlet", "Baby Bibs", 10.50, 14.00, "GBP",
              {"fabric": "organic cotton muslin, 3 layers", "fastening": "two nickel-free poppers",
               "age": "3 to 24 months", "colours": "sage, oat, clay, cream and dusk", "rating": "4.8",
               "reviews": "612"}, 140),
            O(25, "2027-03-31", "BIBS25", gift="a muslin square"), WRENLET),
    "tr1": (P("GW-GEO-M", "Glasswick Geometric Glass Terrarium, Medium", "Glasswick", "Terrariums", 34.20, 38.00,
              "GBP", {"material": "glass panels, brass-finish frame", "size": "20 x 20 x 25 cm",
                      "opening": "hinged door", "plants": "not included"}, 25),
            O(10, "2027-08-31", "GLASS10"), GLASSWICK),
    "cc1": (P("84378", "Set Of 3 Heart Cookie Cutters", "", "Cookie Cutters", 1.00, 1.25, "GBP",
              {"pieces": "3", "shape": "heart"}, 48),
            O(20, "2027-11-30", "HEART20"), HATHERLEY),
}

SIGS = ("【静岭】", "【咕噜鲸】", "【嘴馋铺】", "【闲山茶器】", "【溪口人家】")
JINGLING, GULUJING, ZUICHAN, XIANSHAN, XIKOU = (
    C("jingling-yoga.cn", SIGS[0]), C("gulujing.cn", SIGS[1]), C("zuichanpu.cn", SIGS[2]),
    C("xianshan.cn", SIGS[3]), C("xikourenjia.cn", SIGS[4]))
ZH_CN = {
    "ym1": (P("JL-TPE-6G", "静岭 TPE双面瑜伽垫 6毫米 抹茶绿", "静岭", "瑜伽垫", 103.20, 129.00, "CNY",
              {"材质": "TPE", "厚度": "6毫米", "尺寸": "183×61厘米", "颜色": "抹茶绿", "纹理": "双面防滑纹理",
               "评分": "4.7", "评价数": "5,830"}, 260),
            O(20, "2027-06-18", "MAT20", gift="瑜伽垫背袋"), JINGLING),
    "sb1": (P("GLJ-TR-450B", "咕噜鲸 儿童Tritan吸管水杯 450毫升 海盐蓝", "咕噜鲸", "儿童水杯", 67.15, 79.00, "CNY",
              {"材质": "杯身Tritan，吸管硅胶", "容量": "450毫升", "适用年龄": "3岁以上", "颜色": "海盐蓝",
               "设计": "一键弹盖，吸管防漏", "清洗": "吸管可拆洗"}, 9),
            O(15, "2027-09-01", "CUP15", free_shipping=True), GULUJING),
    "lt1": (P("ZCP-DMJ-20", "嘴馋铺 大面筋辣条 香辣味 26克×20包", "嘴馋铺", "辣条", 17.91, 19.90, "CNY",
              {"规格": "26克×20包", "口味": "香辣", "产地": "湖南平江", "配料": "小麦粉、植物油、辣椒、白砂糖、食用盐等",
               "保质期": "6个月", "评分": "4.6", "评价数": "12,408"}, 1000),
            O(10, "2027-04-30", "LA10", free_shipping=True), ZUICHAN),
    "cj1": (P("XS-RY-1P4", "闲山 天青汝窑茶具套装 一壶四杯", "闲山", "茶具套装", 201.00, 268.00, "CNY",
              {"材质": "陶瓷", "工艺": "汝窑开片", "件数": "一壶四杯，共5件", "壶容量": "200毫升", "釉色": "天青",
               "包装": "礼盒装"}, 40),
            O(25, "2027-02-10", "TEA25"), XIANSHAN),
    "lr1": (P("XK-LR-500", "溪口人家 湘西柴火烟熏腊肉 五花 500克", "溪口人家", "腊肉", 74.80, 88.00, "CNY",
              {"产地": "湖南湘西", "部位": "五花肉", "工艺": "柴火烟熏", "净含量": "500克", "保存": "阴凉通风处或冷藏",
               "评分": "4.8", "评价数": "3,116"}, 120),
            O(15, "2027-01-20", "LARO15", free_shipping=True), XIKOU),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
