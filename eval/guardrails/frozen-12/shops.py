"""Product records, offers and campaigns of the shops in the twelfth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB kitchen scales record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attribute the description gives and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


CURBLINE, EMBERJACK, KESTREL, SILVERBOUGH, CRAGLINE = (
    C("curblineskate.com"), C("emberjacksauce.com"), C("kestrelridgeoptics.com"), C("silverbough.com"),
    C("craglinegear.com"))
EN_US = {
    "sk1": (P("CL-PRO-825", "Curbline Pro Maple Skateboard Deck, 8.25 in", "Curbline", "Skateboard Decks", 48.00,
              64.00, "USD", {"width": "8.25 in", "length": "31.9 in", "construction": "7-ply Canadian maple",
                             "concave": "medium", "graphic": "heat-transferred sunset print", "rating": "4.7",
                             "reviews": "842"}, 60),
            O(25, "2027-04-30", "DECK25"), CURBLINE),
    "hs1": (P("EJ-SHAB-5", "Emberjack Smoked Habanero Hot Sauce, 5 fl oz", "Emberjack", "Hot Sauce", 10.20, 12.00,
              "USD", {"size": "5 fl oz", "heat": "4 of 5",
                      "ingredients": "habanero peppers, carrots, apple cider vinegar, garlic, smoked sea salt",
                      "made": "in small batches in Austin, Texas", "diet": "vegan, gluten-free"}, 11),
            O(15, "2027-02-28", "HEAT15", free_shipping=True), EMBERJACK),
    "bn1": (P("KR-842-RP", "Kestrel Ridge 8x42 Roof Prism Binoculars", "Kestrel Ridge", "Binoculars", 151.20, 189.00,
              "USD", {"magnification": "8x", "objective": "42 mm", "prism": "BaK-4 roof prism",
                      "coating": "fully multi-coated", "waterproof": "IPX7, nitrogen-purged", "weight": "23.6 oz",
                      "includes": "neck strap, rain guard, padded case", "rating": "4.8", "reviews": "1,126"}, 35),
            O(20, "2027-09-15", "BIRD20", free_shipping=True), KESTREL),
    "er1": (P("SB-HOOP-20", "Silverbough Sterling Silver Hoop Earrings, 20 mm", "Silverbough", "Earrings", 52.20,
              58.00, "USD", {"metal": "925 sterling silver", "diameter": "20 mm", "closure": "hinged click-top",
                             "finish": "high polish", "nickel": "nickel-free"}, 9),
            O(10, "2027-12-12", "HOOP10", gift="a linen jewelry pouch"), SILVERBOUGH),
    "cb1": (P("CG-CHB-MOS", "Cragline Climbing Chalk Bag with Belt, Moss", "Cragline", "Climbing Gear", 19.60, 28.00,
              "USD", {"closure": "drawcord", "lining": "fleece", "brush holder": "yes",
                      "belt": "adjustable webbing belt", "color": "moss", "chalk": "not included",
                      "rating": "4.6", "reviews": "503"}, 120),
            O(30, "2027-06-15", "CHALK30"), CRAGLINE),
}

WICKHAM, SALTCOMBE, FLIGHTLINE, ASHWORTH, LARKRISE = (
    C("wickhambats.co.uk"), C("saltcombesoap.co.uk"), C("flightlinedarts.co.uk"), C("ashworthmodels.co.uk"),
    C("larkrisehome.co.uk"))
EN_GB = {
    "cr1": (P("WB-G2-SH", "Wickham Grade 2 English Willow Cricket Bat, Short Handle", "Wickham", "Cricket Bats",
              116.00, 145.00, "GBP", {"willow": "Grade 2 English willow", "grains": "8 to 10 straight grains",
                                      "weight": "2 lb 8 oz to 2 lb 10 oz",
                                      "handle": "short handle, cane with rubber grip",
                                      "finish": "knocked in and oiled, anti-scuff sheet fitted", "rating": "4.8",
                                      "reviews": "212"}, 14),
            O(20, "2027-05-31", "WILLOW20", free_shipping=True), WICKHAM),
    "sp1": (P("SC-SWL-100", "Saltcombe Seaweed & Lime Soap, 100 g", "Saltcombe Soap Co", "Soap", 5.20, 6.50, "GBP",
              {"ingredients": "olive oil, coconut oil, shea butter, Cornish seaweed, lime essential oil",
               "made": "cold-processed by hand in Cornwall", "weight": "100 g", "vegan": "yes",
               "packaging": "plastic-free"}, 7),
            O(20, "2027-03-14", "SUDS20", gift="a sisal soap saver bag"), SALTCOMBE),
    "dt1": (P("FL-T90-22", "Flightline 90% Tungsten Steel Tip Darts, 22 g", "Flightline", "Darts", 28.90, 34.00,
              "GBP", {"barrel": "90% tungsten, ringed grip", "weight": "22 g",
                      "set": "3 darts with aluminium shafts and standard flights", "case": "zip wallet",
                      "rating": "4.6", "reviews": "689"}, 80),
            O(15, "2027-10-31", "OCHE15"), FLIGHTLINE),
    "mr1": (P("AM-MIN16-BR", "Ashworth OO Gauge 16 Ton Mineral Wagon, BR Grey", "Ashworth Models", "Model Railway",
              16.65, 18.50, "GBP", {"scale": "OO gauge, 1:76", "couplings": "NEM pockets with tension-lock couplings",
                                    "wheels": "metal wheels", "livery": "BR grey",
                                    "age": "14+, collectors' model, not a toy"}, 25),
            O(10, "2027-01-31", "WAGON10"), ASHWORTH),
    "sc1": (P("22624", "Ivory Kitchen Scales", "", "Kitchen Scales", 6.80, 8.50, "GBP", {"colour": "ivory"}, 18),
            O(20, "2027-08-31", "SCALES20"), LARKRISE),
}

SIGS = ("【锅语】", "【花信】", "【丝眠】", "【黑土良田】", "【键匠】")
GUOYU, HUAXIN, SIMIAN, HEITU, JIANJIANG = (
    C("guoyuhotpot.cn", SIGS[0]), C("huaxinflower.cn", SIGS[1]), C("simiansilk.cn", SIGS[2]),
    C("heituliangtian.cn", SIGS[3]), C("jianjiang.cn", SIGS[4]))
ZH_CN = {
    "hg1": (P("GY-NY-400", "锅语 重庆牛油火锅底料 400克", "锅语", "火锅底料", 31.92, 39.90, "CNY",
              {"净含量": "400克", "辣度": "特辣", "产地": "重庆", "配料": "牛油、郫县豆瓣、干辣椒、花椒",
               "保质期": "12个月", "评分": "4.8", "评价数": "12,450"}, 500),
            O(20, "2027-01-20", "HOTPOT20", free_shipping=True), GUOYU),
    "xh1": (P("HX-RR-11", "花信 11枝红玫瑰花束", "花信", "鲜花", 169.15, 199.00, "CNY",
              {"花材": "红玫瑰11枝、尤加利叶", "包装": "雾面包装纸", "配送": "上海市区当日达（15:00前下单）"}, 30),
            O(15, "2027-02-14", "ROSE15", gift="手写贺卡一张"), HUAXIN),
    "sy1": (P("SM-SS-CH", "丝眠 桑蚕丝睡衣套装 女款 香槟色", "丝眠", "睡衣", 488.60, 698.00, "CNY",
              {"面料": "22姆米桑蚕丝", "款式": "长袖翻领开衫+长裤", "颜色": "香槟色", "尺码": "S至XL",
               "洗护": "建议手洗或干洗"}, 6),
            O(30, "2027-03-08", "SILK30"), SIMIAN),
    "dm1": (P("HT-WC-5KG", "黑土良田 五常稻花香大米 5公斤", "黑土良田", "大米", 80.10, 89.00, "CNY",
              {"产地": "黑龙江五常", "品种": "稻花香2号", "净含量": "5公斤", "产季": "2026年新米", "包装": "真空砖包",
               "评分": "4.9", "评价数": "8,032"}, 200),
            O(10, "2027-04-30", "RICE10", free_shipping=True), HEITU),
    "jp1": (P("JJ-K87-TEA", "键匠 K87 三模机械键盘 茶轴", "键匠", "机械键盘", 263.20, 329.00, "CNY",
              {"键数": "87键", "连接": "蓝牙5.1、2.4G无线、USB-C有线", "轴体": "茶轴", "电池": "4000毫安时",
               "键帽": "PBT双色注塑", "背光": "白色背光"}, 45),
            O(20, "2027-06-18", "KEY20"), JIANJIANG),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
