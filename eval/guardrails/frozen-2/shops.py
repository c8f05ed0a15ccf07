"""Product records, offers and campaigns of the shops in the second frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded to the cent or fen), so a
copy's "was" price, "now" price and percentage can be checked against each other by hand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


DEWBURY, VOLTNEST, STRIDELAB, SPOKEWORKS = (C("dewbury.com"), C("voltnest.com"), C("stridelab.com"),
                                            C("spokeworks.com"))
EN_US = {
    "sk1": (P("DW-110", "Dewbury Hyaluronic Hydrating Serum 30 ml", "Dewbury", "Skincare", 25.50, 34.00, "USD",
              {"size": "30 ml", "key ingredient": "hyaluronic acid", "skin type": "all skin types",
               "fragrance": "fragrance-free", "rating": "4.7", "reviews": "1320"}, 140),
            O(25, "2027-03-31", "GLOW25"), DEWBURY),
    "sk2": (P("DW-214", "Dewbury Mineral Sunscreen SPF 30 50 ml", "Dewbury", "Sun Care", 19.20, 24.00, "USD",
              {"spf": "30", "size": "50 ml", "filter": "zinc oxide", "finish": "matte"}, 18),
            O(20, "2027-05-31", "SUN20", free_shipping=True), DEWBURY),
    "sk3": (P("DW-305", "Dewbury Matte Lipstick Rosewood", "Dewbury", "Makeup", 14.40, 18.00, "USD",
              {"shade": "rosewood", "finish": "matte", "weight": "3.5 g"}, 75),
            O(20, "2027-02-14", "LIPS20", gift="a mini lip balm"), DEWBURY),
    "ph1": (P("VN-20C", "Voltnest 20W USB-C Fast Charger", "Voltnest", "Chargers", 15.99, 19.99, "USD",
              {"output": "20 W", "port": "USB-C", "colour": "white"}, 220),
            O(20, "2027-04-15", "CHARGE20"), VOLTNEST),
    "ph2": (P("VN-CS1", "Voltnest Clear Shockproof Phone Case", "Voltnest", "Phone Cases", 17.99, 23.99, "USD",
              {"material": "TPU", "colour": "clear", "drop tested": "2 m"}, 90),
            O(25, "2027-03-15", "CASE25"), VOLTNEST),
    "ph3": (P("VN-PB10", "Voltnest 10000 mAh Power Bank", "Voltnest", "Power Banks", 29.74, 34.99, "USD",
              {"capacity": "10000 mAh", "ports": "2", "weight": "210 g"}, 12),
            O(15, "2027-01-31", "POWER15"), VOLTNEST),
    "rn1": (P("SL-TMP", "Stridelab Tempo Running Shoes", "Stridelab", "Running Shoes", 89.99, 119.99, "USD",
              {"drop": "8 mm", "weight": "255 g", "upper": "engineered mesh", "colour": "volt green",
               "rating": "4.5", "reviews": "860"}, 40),
            O(25, "2027-04-30", "RUN25"), STRIDELAB),
    "rn2": (P("SL-VST", "Stridelab Reflective Running Vest", "Stridelab", "Running Apparel", 31.99, 39.99, "USD",
              {"material": "recycled polyester", "reflective": "yes", "pockets": "2"}, 60),
            O(20, "2027-02-28", "VEST20"), STRIDELAB),
    "bk1": (P("SW-C11", "Spokeworks 11-Speed Chain", "Spokeworks", "Drivetrain", 26.99, 29.99, "USD",
              {"speeds": "11", "links": "116", "finish": "nickel-plated"}, 150),
            O(10, "2027-06-30", "CHAIN10"), SPOKEWORKS),
    "bk2": (P("SW-HDB", "Spokeworks Hydraulic Disc Brake Set", "Spokeworks", "Brakes", 119.00, 140.00, "USD",
              {"rotor": "160 mm", "fluid": "mineral oil", "weight": "390 g"}, 8),
            O(15, "2027-03-20", "STOP15"), SPOKEWORKS),
}

ASHCOMBE, FERNLEIGH, HARLOW, TUMBLE = (C("ashcombe.co.uk"), C("fernleightea.co.uk"), C("harlowhome.co.uk"),
                                       C("tumbletoys.co.uk"))
EN_GB = {
    "kt1": (P("AC-CI24", "Ashcombe Cast Iron Casserole 24 cm", "Ashcombe", "Cookware", 59.50, 85.00, "GBP",
              {"material": "enamelled cast iron", "diameter": "24 cm", "capacity": "3.8 litres",
               "colour": "sage green", "hob": "induction"}, 25),
            O(30, "2027-02-28", "COOK30"), ASHCOMBE),
    "kt2": (P("AC-KN20", "Ashcombe Chef's Knife 20 cm", "Ashcombe", "Knives", 36.00, 45.00, "GBP",
              {"blade": "stainless steel", "length": "20 cm", "handle": "walnut"}, 50),
            O(20, "2027-03-31", "KNIFE20"), ASHCOMBE),
    "kt3": (P("AC-BB3", "Ashcombe Bamboo Chopping Board Set", "Ashcombe", "Chopping Boards", 18.00, 24.00, "GBP",
              {"material": "bamboo", "pieces": "3"}, 110),
            O(25, "2027-01-31", "BOARD25"), ASHCOMBE),
    "tc1": (P("FL-ASM80", "Fernleigh Assam Breakfast Tea 80 Bags", "Fernleigh", "Tea", 4.40, 5.50, "GBP",
              {"origin": "Assam, India", "bags": "80", "blend": "breakfast"}, 400),
            O(20, "2027-04-30", "BREW20"), FERNLEIGH),
    "tc2": (P("FL-COL227", "Fernleigh Colombian Ground Coffee 227 g", "Fernleigh", "Coffee", 5.10, 6.00, "GBP",
              {"origin": "Colombia", "roast": "medium", "weight": "227 g", "grind": "cafetière"}, 160),
            O(15, "2027-03-15", "ROAST15"), FERNLEIGH),
    "tc3": (P("FL-GTP1", "Fernleigh Glass Teapot with Infuser", "Fernleigh", "Teaware", 16.80, 21.00, "GBP",
              {"material": "borosilicate glass", "capacity": "1 litre", "infuser": "stainless steel"}, 35),
            O(20, "2027-02-14", "POUR20", gift="a tea caddy"), FERNLEIGH),
    "ht1": (P("HW-LDC-D", "Harlow Stonewashed Linen Duvet Cover Double", "Harlow", "Bedding", 67.50, 90.00, "GBP",
              {"material": "linen", "size": "double", "colour": "oatmeal", "closure": "buttons",
               "rating": "4.8", "reviews": "412"}, 30),
            O(25, "2027-03-31", "SLEEP25", free_shipping=True), HARLOW),
    "ht2": (P("HW-WBT", "Harlow Waffle Bath Towel", "Harlow", "Towels", 14.00, 20.00, "GBP",
              {"material": "cotton", "size": "70 x 130 cm", "colour": "charcoal"}, 200),
            O(30, "2027-01-31", "TOWEL30"), HARLOW),
    "ty1": (P("TB-RNB7", "Tumble Wooden Stacking Rainbow", "Tumble", "Wooden Toys", 20.00, 25.00, "GBP",
              {"material": "beech wood", "pieces": "7", "age": "12 months+", "paint": "water-based"}, 45),
            O(20, "2027-05-31", "PLAY20"), TUMBLE),
    "ty2": (P("TB-MAG60", "Tumble Magnetic Tile Set 60 Pieces", "Tumble", "Construction Toys", 33.75, 45.00,
              "GBP", {"pieces": "60", "age": "3 years+", "magnets": "enclosed"}, 15),
            O(25, "2027-02-28", "BUILD25", free_shipping=True), TUMBLE),
}

YUNXIU, CHENGJI, JICHONG, XIAOMUJIANG, CHUIYAN = (C("yunxiu.cn", "云岫"), C("chengji.cn", "澄肌"),
                                                  C("jichong.cn", "极充"), C("xiaomujiang.cn", "小木匠"),
                                                  C("chuiyan.cn", "炊烟"))
ZH_CN = {
    "ch1": (P("YX-LJ250", "云岫明前龙井绿茶250克", "云岫", "绿茶", 208.0, 260.0, "CNY",
              {"产地": "浙江杭州", "重量": "250克", "采摘": "明前", "评分": "4.9"}, 60),
            O(20, "2027-03-31", "LONGJING"), YUNXIU),
    "ch2": (P("YX-KF500", "云岫云南小粒咖啡豆500克", "云岫", "咖啡", 96.0, 128.0, "CNY",
              {"产地": "云南保山", "烘焙": "中度烘焙", "重量": "500克"}, 200),
            O(25, "2027-04-30", "KAFEI25"), YUNXIU),
    "sk1": (P("CJ-MS50", "澄肌玻尿酸保湿面霜50毫升", "澄肌", "面霜", 159.2, 199.0, "CNY",
              {"容量": "50毫升", "主要成分": "玻尿酸", "适合肤质": "干性及混合性肌肤"}, 80),
            O(20, "2027-03-08", "CHENGJI20", gift="洁面乳小样"), CHENGJI),
    "sk2": (P("CJ-JM120", "澄肌氨基酸洁面乳120克", "澄肌", "洁面", 55.2, 69.0, "CNY",
              {"净含量": "120克", "主要成分": "氨基酸"}, 15),
            O(20, "2027-02-28", "JIEMIAN", free_shipping=True), CHENGJI),
    "ph1": (P("JC-GAN65", "极充65W氮化镓充电器", "极充", "充电器", 119.2, 149.0, "CNY",
              {"功率": "65W", "接口": "2个USB-C、1个USB-A", "颜色": "白色"}, 300),
            O(20, "2027-06-18", "JICHONG"), JICHONG),
    "ph2": (P("JC-MAG5K", "极充磁吸无线充电宝5000毫安", "极充", "充电宝", 99.0, 132.0, "CNY",
              {"容量": "5000毫安", "重量": "120克", "颜色": "雾蓝"}, 9),
            O(25, "2027-05-20", "CIXI25"), JICHONG),
    "ty1": (P("XM-JM100", "小木匠榉木积木100粒", "小木匠", "积木", 143.2, 179.0, "CNY",
              {"材质": "榉木", "数量": "100粒", "适用年龄": "3岁以上", "涂料": "水性漆"}, 50),
            O(20, "2027-06-01", "LIUYI20", free_shipping=True), XIAOMUJIANG),
    "kt1": (P("CY-CG32", "炊烟不粘炒锅32厘米", "炊烟", "炒锅", 179.1, 199.0, "CNY",
              {"口径": "32厘米", "材质": "铝合金", "涂层": "不粘涂层", "适用炉具": "燃气灶、电磁炉"}, 70),
            O(10, "2027-04-05", "CHAOGUO"), CHUIYAN),
    "kt2": (P("CY-BX4", "炊烟玻璃保鲜盒四件套", "炊烟", "保鲜盒", 63.2, 79.0, "CNY",
              {"材质": "高硼硅玻璃", "件数": "4", "适用": "微波炉、冰箱"}, 120),
            O(20, "2027-04-05", "BAOXIAN"), CHUIYAN),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
