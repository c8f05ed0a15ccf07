"""Product records, offers and campaigns of the shops in the twenty-sixth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB memo board record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it and only the attribute the description gives.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


TRAILBRACE, SPOREBOX, BRIGHTBRISTLE, TALLREACH, PUDDLEJUMP = (
    C("trailbrace.com"), C("sporeboxfarm.com"), C("brightbristle.com"), C("tallreach.com"),
    C("puddlejumpkids.com"))
EN_US = {
    "hp1": (P("TB-CF-CORK-PR", "Trailbrace Carbon Fiber Hiking Poles with Cork Grips, Pair", "Trailbrace",
              "Hiking Poles", 89.25, 119.00, "USD",
              {"shaft": "carbon fiber, 3 sections", "length": "adjustable from 24 to 53 in",
               "grip": "cork with EVA foam extension", "locks": "aluminum flick locks", "weight": "7.8 oz per pole",
               "tips": "carbide tips with rubber tip protectors", "baskets": "mud and snow baskets included",
               "rating": "4.7", "reviews": "1,142"}, 60),
            O(25, "2027-09-30", "TRAIL25", free_shipping=True), TRAILBRACE),
    "mk1": (P("SB-POY-KIT", "Sporebox Pink Oyster Mushroom Grow Kit", "Sporebox", "Mushroom Grow Kits", 27.20, 32.00,
              "USD", {"species": "pink oyster", "contents": "colonized hardwood sawdust block, spray bottle, instructions",
                      "first harvest": "10 to 14 days after opening", "harvests": "up to 3 flushes",
                      "grown": "on our farm in Asheville, North Carolina",
                      "setup": "cut an X in the bag and mist twice a day"}, 7),
            O(15, "2027-04-30", "FLUSH15", gift="a set of mushroom recipe cards"), SPOREBOX),
    "th1": (P("BB-SC-4W", "Brightbristle Soft Clean Brush Heads, 4 Pack, White", "Brightbristle", "Toothbrush Heads",
              19.20, 24.00, "USD",
              {"fits": "Brightbristle Pulse 1 and Pulse 2 electric toothbrushes",
               "bristles": "soft nylon with rounded ends", "reminder": "indicator bristles fade from blue to white",
               "replace": "every 3 months", "count": "4 brush heads", "color": "white", "rating": "4.6",
               "reviews": "2,874"}, 300),
            O(20, "2027-03-31", "FRESH20"), BRIGHTBRISTLE),
    "ss1": (P("TR-2S-SAGE", "Tallreach 2-Step Folding Step Stool, Sage", "Tallreach", "Step Stools", 31.85, 49.00,
              "USD", {"steps": "2", "capacity": "300 lb", "frame": "powder-coated steel",
                      "treads": "wide non-slip treads", "top step height": "18.5 in", "folded depth": "2 in",
                      "weight": "9.5 lb", "color": "sage"}, 40),
            O(35, "2027-06-15", "REACH35", free_shipping=True), TALLREACH),
    "rc1": (P("PJ-RC-YEL", "Puddlejump Kids' Hooded Raincoat, Yellow", "Puddlejump", "Kids' Raincoats", 33.60, 42.00,
              "USD", {"outer": "waterproof PU-coated polyester", "seams": "taped seams", "lining": "breathable mesh",
                      "sizes": "2T to 10", "details": "reflective strips, snap front, attached hood",
                      "color": "yellow", "rating": "4.5", "reviews": "612"}, 9),
            O(20, "2027-10-31", "SPLASH20", gift="a reflective backpack tag"), PUDDLEJUMP),
}

BRAMCOTE, MEADOWMERE, HOBHOUSE, MARBURY, OTTERSHAW = (
    C("bramcotechina.co.uk"), C("meadowmere.co.uk"), C("hobhousekitchen.co.uk"), C("marburyandsons.co.uk"),
    C("ottershawhome.co.uk"))
EN_GB = {
    "cs1": (P("BC-3T-BW", "Bramcote 3-Tier Bone China Cake Stand, Blue Willow", "Bramcote", "Cake Stands", 28.50,
              38.00, "GBP", {"tiers": "3", "material": "fine bone china", "plates": "27 cm, 21 cm and 16 cm",
                             "handle": "gold-tone centre handle", "pattern": "Blue Willow",
                             "decorated": "in Stoke-on-Trent", "care": "hand wash only", "rating": "4.8",
                             "reviews": "219"}, 14),
            O(25, "2027-05-31", "TIERS25"), BRAMCOTE),
    "pb1": (P("MM-PB-GT", "Meadowmere Waterproof Picnic Blanket, Green Tartan, 200 x 150 cm", "Meadowmere",
              "Picnic Blankets", 23.80, 28.00, "GBP",
              {"top": "soft acrylic fleece", "backing": "waterproof PEVA", "size": "200 x 150 cm",
               "pattern": "green tartan", "carry": "folds into a strap with a handle",
               "care": "machine washable at 30°C", "rating": "4.6", "reviews": "1,053"}, 120),
            O(15, "2027-08-31", "PICNIC15", free_shipping=True), MEADOWMERE),
    "og1": (P("HH-DOG-CT", "Hobhouse Double Oven Glove, Charcoal Ticking", "Hobhouse", "Oven Gloves", 12.80, 16.00,
              "GBP", {"cover": "100% cotton, charcoal ticking stripe", "heat": "heat resistant to 200°C",
                      "length": "88 cm", "loop": "hanging loop", "care": "machine washable at 40°C"}, 6),
            O(20, "2027-11-30", "GLOVE20", gift="a matching cotton pot holder"), HOBHOUSE),
    "sp1": (P("MS-SWS-100", "Marbury & Sons Sandalwood Shaving Soap in Beech Bowl, 100 g", "Marbury & Sons",
              "Shaving Soap", 15.73, 18.50, "GBP",
              {"scent": "sandalwood and cedar", "base": "vegetable glycerin and shea butter",
               "suitable for": "vegans", "made": "hand-poured in Sheffield", "weight": "100 g",
               "bowl": "turned beech bowl", "rating": "4.7", "reviews": "388"}, 45),
            O(15, "2027-02-28", "LATHER15"), MARBURY),
    "mb1": (P("22507", "Memo Board Retrospot Design", "", "Memo Boards", 3.96, 4.95, "GBP",
              {"design": "retrospot"}, 30),
            O(20, "2027-07-31", "MEMO20"), OTTERSHAW),
}

SIGS = ("【钜工】", "【乳趣】", "【藏原记】", "【暖足】", "【坛香记】")
JUGONG, RUQU, ZANGYUAN, NUANZU, TANXIANG = (
    C("jugongtools.cn", SIGS[0]), C("ruqu.cn", SIGS[1]), C("zangyuanji.cn", SIGS[2]), C("nuanzu.cn", SIGS[3]),
    C("tanxiangji.cn", SIGS[4]))
ZH_CN = {
    "lsd": (P("JG-PS-64", "钜工 精密螺丝刀套装 64合1", "钜工", "螺丝刀套装", 71.20, 89.00, "CNY",
              {"批头": "56个", "批头材质": "S2合金钢", "手柄": "铝合金手柄，磁性吸头", "配件": "延长杆、撬棒、镊子、吸盘",
               "收纳": "磁吸收纳盒", "适用": "手机、电脑、眼镜、游戏手柄拆装", "评分": "4.9", "评价数": "12,036"}, 200),
            O(20, "2027-06-18", "JUGONG20"), JUGONG),
    "snj": (P("RQ-SN-1L", "乳趣 家用酸奶机 1升 米白", "乳趣", "酸奶机", 109.65, 129.00, "CNY",
              {"容量": "1升", "内胆": "304不锈钢内胆", "功率": "20瓦", "定时": "6至12小时可调", "发酵": "恒温发酵",
               "颜色": "米白", "配件": "4个玻璃分杯"}, 50),
            O(15, "2027-05-20", "SUANNAI15", free_shipping=True), RUQU),
    "mn1": (P("ZYJ-MN-250", "藏原记 风干牦牛肉干 五香味 250克", "藏原记", "牦牛肉干", 73.50, 98.00, "CNY",
              {"产地": "西藏那曲", "口味": "五香", "净含量": "250克", "配料": "牦牛肉、食用盐、白砂糖、香辛料",
               "保质期": "9个月", "贮存": "阴凉干燥处", "评分": "4.8", "评价数": "6,150"}, 8),
            O(25, "2027-01-31", "YAK25"), ZANGYUAN),
    "zyp": (P("NZ-ZY-F2", "暖足 恒温加热足浴盆 F2 灰白", "暖足", "足浴盆", 209.30, 299.00, "CNY",
              {"加热": "恒温加热，35至48℃可调", "按摩": "电动滚轮按摩", "桶高": "38厘米", "功率": "500瓦",
               "功能": "定时、气泡", "颜色": "灰白"}, 35),
            O(30, "2027-12-12", "NUANZU30", free_shipping=True, gift="足浴毛巾一条"), NUANZU),
    "fr1": (P("TXJ-FR-3", "坛香记 桂林辣味腐乳 280克×3瓶", "坛香记", "腐乳", 32.40, 36.00, "CNY",
              {"产地": "广西桂林", "口味": "辣味", "规格": "280克×3瓶", "配料": "大豆、水、食用盐、辣椒、米酒",
               "工艺": "传统发酵", "保质期": "12个月", "评分": "4.7", "评价数": "3,482"}, 500),
            O(10, "2027-03-15", "FURU10", gift="小木勺一把"), TANXIANG),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
