"""Product records, offers and campaigns of the shops in the seventh frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB doormat records are real lines of the Online Retail export (StockCode, Description
and the export's most frequent UnitPrice), with the description title-cased as a shop import
writes it and only the attributes the description gives.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


TRAILGLOW, REEFSIDE, LADLE, IRONBELL, DINKSHOT = (
    C("trailglowgear.com"), C("reefsideaquatics.com"), C("littleladle.com"), C("ironbellfit.com"),
    C("dinkshotpickleball.com"))
EN_US = {
    "hl1": (P("TG-H350", "Trailglow 350 Lumen Rechargeable Headlamp", "Trailglow", "Headlamps", 31.20, 39.00, "USD",
              {"output": "350 lumens", "battery": "USB-C rechargeable, up to 40 hours on low",
               "modes": "spot, flood and red light", "water resistance": "IPX6", "weight": "2.6 oz",
               "rating": "4.7", "reviews": "842"}, 120),
            O(20, "2027-04-30", "BEAM20", free_shipping=True), TRAILGLOW),
    "hl2": (P("TG-CL500", "Trailglow Collapsible LED Camp Lantern", "Trailglow", "Lanterns", 24.65, 29.00, "USD",
              {"output": "500 lumens", "power": "3 AA batteries (not included)", "runtime": "up to 30 hours on low",
               "design": "collapses to 3.1 in tall"}, 9),
            O(15, "2027-05-31", "GLOW15"), TRAILGLOW),
    "aq1": (P("RS-HOB30", "Reefside Hang-On-Back Aquarium Filter, up to 30 Gallons", "Reefside", "Aquarium Filters",
              25.50, 34.00, "USD", {"tank size": "up to 30 gallons", "flow": "200 GPH, adjustable",
                                    "media": "2 filter cartridges included", "rating": "4.5", "reviews": "611"}, 75),
            O(25, "2027-03-31", "FLOW25"), REEFSIDE),
    "aq2": (P("RS-HT100", "Reefside 100 W Submersible Aquarium Heater", "Reefside", "Aquarium Heaters", 21.60, 24.00,
              "USD", {"power": "100 W", "tank size": "20-30 gallons", "temperature": "adjustable 68-93°F",
                      "housing": "shatter-resistant quartz glass", "safety": "automatic shut-off"}, 5),
            O(10, "2027-02-28", "HEAT10", gift="a suction-cup aquarium thermometer"), REEFSIDE),
    "bf1": (P("LL-HC01", "Little Ladle Convertible Wooden High Chair", "Little Ladle", "High Chairs", 127.20, 159.00,
              "USD", {"wood": "solid beech", "ages": "6 months to 5 years, converts to a toddler chair",
                      "harness": "5-point", "tray": "removable, dishwasher safe",
                      "max weight": "33 lb in high chair mode", "rating": "4.6", "reviews": "318"}, 14),
            O(20, "2027-06-30", "CHAIR20", free_shipping=True), LADLE),
    "bf2": (P("LL-SP2", "Little Ladle Silicone Suction Plate, 2-Pack", "Little Ladle", "Feeding", 16.50, 22.00, "USD",
              {"material": "food-grade silicone, BPA-free", "sections": "3", "care": "dishwasher and microwave safe",
               "colors": "sage, oat"}, 240),
            O(25, "2027-03-15", "PLATE25"), LADLE),
    "kb1": (P("IB-KB16", "Ironbell Cast Iron Kettlebell 16 kg (35 lb)", "Ironbell", "Kettlebells", 54.40, 64.00, "USD",
              {"weight": "16 kg (35 lb)", "material": "single-piece cast iron", "finish": "matte powder coat",
               "handle": "33 mm diameter", "rating": "4.8", "reviews": "455"}, 6),
            O(15, "2027-01-31", "SWING15"), IRONBELL),
    "kb2": (P("IB-RB5", "Ironbell Loop Resistance Band Set of 5", "Ironbell", "Resistance Bands", 12.60, 18.00, "USD",
              {"bands": "5, from extra light to extra heavy (5-40 lb)", "material": "natural latex",
               "includes": "carry pouch", "rating": "4.4", "reviews": "1,076"}, 500),
            O(30, "2027-02-28", "BANDS30", free_shipping=True), IRONBELL),
    "pb1": (P("DS-GP16", "Dinkshot Graphite Pickleball Paddle", "Dinkshot", "Paddles", 71.20, 89.00, "USD",
              {"face": "graphite", "core": "16 mm polypropylene honeycomb", "weight": "7.9 oz",
               "grip": "4.25 in circumference", "approval": "USA Pickleball approved", "rating": "4.6",
               "reviews": "297"}, 40),
            O(20, "2027-05-15", "DINK20"), DINKSHOT),
    "pb2": (P("DS-OB6", "Dinkshot Outdoor Pickleballs, 6-Pack", "Dinkshot", "Balls", 13.50, 18.00, "USD",
              {"count": "6", "holes": "40", "color": "neon yellow", "use": "outdoor courts"}, 300),
            O(25, "2027-04-30", "BALLS25", free_shipping=True), DINKSHOT),
}

ALDERBROOK, RINDHOUSE, LATHERGATE, QUILLHOUSE, FOXHOLLOW = (
    C("alderbrookgarden.co.uk"), C("rindhouse.co.uk"), C("lathergate.co.uk"), C("quillhouse.co.uk"),
    C("foxhollowhome.co.uk"))
EN_GB = {
    "gf1": (P("AB-BIS3", "Alderbrook Acacia Folding Bistro Set", "Alderbrook", "Garden Furniture", 151.20, 189.00, "GBP",
              {"pieces": "round 60 cm table and 2 folding chairs", "wood": "FSC-certified acacia, oiled",
               "assembly": "none, arrives folded", "care": "re-oil once a year", "rating": "4.6",
               "reviews": "212"}, 18),
            O(20, "2027-04-30", "BISTRO20", free_shipping=True), ALDERBROOK),
    "gf2": (P("AB-SP40", "Alderbrook Outdoor Seat Pad 40 x 40 cm, Sage", "Alderbrook", "Garden Cushions", 12.00, 16.00,
              "GBP", {"size": "40 x 40 x 5 cm", "cover": "water-repellent polyester", "ties": "2"}, 7),
            O(25, "2027-05-31", "CUSHION25"), ALDERBROOK),
    "ch1": (P("RH-CBC250", "Rindhouse Cloth-Bound Mature Cheddar 250 g", "Rindhouse", "Cheese", 6.80, 8.50, "GBP",
              {"milk": "unpasteurised cow's milk", "made in": "Somerset", "age": "12 months",
               "rennet": "animal", "rating": "4.9", "reviews": "167"}, 60),
            O(20, "2027-02-28", "CHEDDAR20"), RINDHOUSE),
    "ch2": (P("RH-BOX3", "Rindhouse Three-Cheese Board Box", "Rindhouse", "Cheese Boxes", 27.20, 32.00, "GBP",
              {"contents": "cloth-bound cheddar 200 g, Stilton 200 g, Somerset brie 200 g",
               "includes": "oatcakes and a jar of apple chutney", "dispatch": "chilled, Tuesday to Thursday"}, 10),
            O(15, "2027-03-31", "BOARD15", free_shipping=True), RINDHOUSE),
    "bt1": (P("LG-BT70", "Lathergate Zero-Twist Bath Towel 70 x 130 cm, Slate", "Lathergate", "Towels", 16.50, 22.00,
              "GBP", {"fabric": "100% cotton, zero-twist", "weight": "600 gsm", "size": "70 x 130 cm",
                      "care": "machine wash at 40°C", "rating": "4.7", "reviews": "390"}, 150),
            O(25, "2027-01-31", "TOWEL25"), LATHERGATE),
    "bt2": (P("LG-SH3", "Lathergate Eco Shower Head, Chrome", "Lathergate", "Shower Heads", 19.60, 28.00, "GBP",
              {"flow": "7.5 litres per minute", "spray modes": "3", "fitting": "standard 1/2 inch hose",
               "finish": "chrome", "rating": "4.5", "reviews": "241"}, 8),
            O(30, "2027-03-31", "SHOWER30", gift="a spare hose washer"), LATHERGATE),
    "fp1": (P("QH-FP-M", "Quillhouse Steel-Nib Fountain Pen, Medium, Navy", "Quillhouse", "Fountain Pens", 36.00,
              45.00, "GBP", {"nib": "stainless steel, medium", "filling": "cartridge or converter (converter included)",
                             "body": "navy resin", "rating": "4.7", "reviews": "128"}, 25),
            O(20, "2027-02-14", "NIB20", free_shipping=True), QUILLHOUSE),
    "fp2": (P("QH-INK50", "Quillhouse Bottled Ink 50 ml, Blue-Black", "Quillhouse", "Ink", 10.80, 12.00, "GBP",
              {"volume": "50 ml", "colour": "blue-black", "type": "water-based dye ink"}, 4),
            O(10, "2027-04-15", "INK10"), QUILLHOUSE),
    "dm1": (P("48187", "Doormat New England", "Foxhollow", "Doormats", 6.36, 7.95, "GBP",
              {"stock code": "48187", "design": "new england"}, 80),
            O(20, "2027-02-28", "MAT20"), FOXHOLLOW),
    "dm2": (P("23284", "Doormat Keep Calm And Come In", "Foxhollow", "Doormats", 5.96, 7.95, "GBP",
              {"stock code": "23284", "design": "keep calm and come in"}, 120),
            O(25, "2027-03-31", "CALM25"), FOXHOLLOW),
    "dm3": (P("48185", "Doormat Fairy Cake", "Foxhollow", "Doormats", 7.16, 7.95, "GBP",
              {"stock code": "48185", "design": "fairy cake"}, 5),
            O(10, "2027-01-31", "CAKE10"), FOXHOLLOW),
    "dm4": (P("48188", "Doormat Welcome Puppies", "Foxhollow", "Doormats", 4.77, 7.95, "GBP",
              {"stock code": "48188", "design": "welcome puppies"}, 60),
            O(40, "2027-04-30", "PUPPY40"), FOXHOLLOW),
    "dm5": (P("48129", "Doormat Topiary", "Foxhollow", "Doormats", 5.57, 7.95, "GBP",
              {"stock code": "48129", "design": "topiary"}, 90),
            O(30, "2027-03-15", "TOPIARY30", free_shipping=True), FOXHOLLOW),
}

XIAOHE, WANGQU, BEILE, FENGXING, ZHIJIAN = (
    C("xiaohe-baby.cn", "小禾"), C("wangqu.cn", "汪趣"), C("beile.cn", "焙乐"), C("fengxing.cn", "峰行"),
    C("zhijian.cn", "纸间"))
ZH_CN = {
    "my1": (P("XH-XYB260", "小禾重力球吸管学饮杯260毫升", "小禾", "学饮杯", 71.2, 89.0, "CNY",
              {"容量": "260毫升", "材质": "杯身PPSU，吸管为食品级硅胶", "适用月龄": "6个月以上",
               "特点": "重力球吸管，杯身倾斜也能吸到水", "评分": "4.8"}, 300),
            O(20, "2027-03-31", "XIAOHE20", free_shipping=True), XIAOHE),
    "my2": (P("XH-CY01", "小禾实木多功能婴儿餐椅", "小禾", "婴儿餐椅", 339.15, 399.0, "CNY",
              {"材质": "榉木", "适用年龄": "6个月至6岁", "安全带": "五点式", "餐盘": "可拆卸", "承重": "30公斤"}, 7),
            O(15, "2027-05-31", "CANYI15", gift="餐椅坐垫一个"), XIAOHE),
    "cw1": (P("WQ-NRL400", "汪趣风干牛肉粒狗零食400克", "汪趣", "狗零食", 41.3, 59.0, "CNY",
              {"配料": "牛肉、木薯淀粉、甘油", "净含量": "400克", "适用": "成犬", "评分": "4.7"}, 500),
            O(30, "2027-02-28", "WANGQU30"), WANGQU),
    "cw2": (P("WQ-MT20", "汪趣金枪鱼猫条15克×20支", "汪趣", "猫零食", 31.92, 39.9, "CNY",
              {"口味": "金枪鱼", "规格": "15克×20支", "适用": "2月龄以上猫咪"}, 9),
            O(20, "2027-04-30", "MAOTIAO20", free_shipping=True), WANGQU),
    "xj1": (P("BL-DDQ300", "焙乐手持电动打蛋器", "焙乐", "打蛋器", 96.75, 129.0, "CNY",
              {"功率": "300瓦", "档位": "5档调速", "配件": "打蛋头、和面钩各两个", "评分": "4.6"}, 80),
            O(25, "2027-03-15", "BEILE25", free_shipping=True), BEILE),
    "xj2": (P("BL-DZG15", "焙乐多功能电煮锅1.5升", "焙乐", "电煮锅", 79.2, 99.0, "CNY",
              {"容量": "1.5升", "功率": "600瓦", "内胆": "304不锈钢", "火力": "两档"}, 5),
            O(20, "2027-01-31", "DIANZHU20", gift="蒸笼一个"), BEILE),
    "hw1": (P("FX-TD300", "峰行户外充电头灯", "峰行", "头灯", 63.2, 79.0, "CNY",
              {"亮度": "300流明", "续航": "低档约30小时", "防水": "IPX5", "充电": "USB-C", "评分": "4.7"}, 200),
            O(20, "2027-04-15", "FENGXING20"), FENGXING),
    "hw2": (P("FX-TS01", "峰行计数跳绳", "峰行", "跳绳", 34.3, 49.0, "CNY",
              {"计数": "液晶屏电子计数", "绳长": "2.8米，可调", "手柄": "防滑硅胶"}, 150),
            O(30, "2027-05-31", "TIAOSHENG30", free_shipping=True), FENGXING),
    "wj1": (P("ZJ-GB-EF", "纸间学生练字钢笔EF尖", "纸间", "钢笔", 36.0, 45.0, "CNY",
              {"笔尖": "EF尖（约0.38毫米）", "上墨": "墨囊、吸墨器两用", "笔杆": "铝合金", "评分": "4.8"}, 400),
            O(20, "2027-02-28", "ZHIJIAN20"), ZHIJIAN),
    "wj2": (P("ZJ-HY-B5", "纸间B5活页笔记本", "纸间", "笔记本", 21.0, 28.0, "CNY",
              {"尺寸": "B5", "页数": "60张（120页）", "纸张": "100克道林纸", "环扣": "26孔"}, 8),
            O(25, "2027-03-31", "HUOYE25"), ZHIJIAN),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
