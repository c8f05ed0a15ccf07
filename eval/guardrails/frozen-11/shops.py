"""Product records, offers and campaigns of the shops in the eleventh frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB picnic basket record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attributes the description gives and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


PERCHWELL, TRESSA, SLIPSTREAM, FENMORE, GREENPIN = (
    C("perchwell.com"), C("tressahair.com"), C("slipstreamcyclewear.com"), C("fenmorecookware.com"),
    C("greenpingolf.com"))
EN_US = {
    "oc1": (P("PW-ARIA-BLK", "Perchwell Aria Ergonomic Mesh Office Chair, Black", "Perchwell", "Office Chairs", 240.00,
              320.00, "USD", {"back": "breathable mesh", "lumbar": "adjustable lumbar support",
                              "armrests": "3D adjustable", "seat height": "17.5 to 21.5 in", "max weight": "275 lb",
                              "assembly": "about 15 minutes", "color": "black", "rating": "4.5",
                              "reviews": "2,184"}, 40),
            O(25, "2027-04-30", "SIT25", free_shipping=True), PERCHWELL),
    "hc1": (P("TR-ARG-SH12", "Tressa Argan Oil Sulfate-Free Shampoo, 12 fl oz", "Tressa", "Shampoo", 15.30, 18.00,
              "USD", {"size": "12 fl oz", "key ingredient": "argan oil", "formula": "sulfate-free, paraben-free",
                      "hair type": "dry and color-treated hair", "scent": "citrus and vanilla", "rating": "4.6",
                      "reviews": "3,412"}, 9),
            O(15, "2027-02-28", "SHINE15", gift="a travel-size conditioner"), TRESSA),
    "cj1": (P("SS-WJ-SS-TEAL", "Slipstream Women's Short Sleeve Cycling Jersey, Teal", "Slipstream", "Cycling Jerseys",
              59.50, 85.00, "USD", {"fabric": "recycled polyester", "pockets": "three rear pockets",
                                    "zip": "full-length zip", "fit": "race fit", "sizes": "XS to XL",
                                    "color": "teal"}, 25),
            O(30, "2027-06-15", "RIDE30", free_shipping=True), SLIPSTREAM),
    "ck1": (P("FM-TP-SAU3", "Fenmore Tri-Ply Stainless Steel Saucepan with Lid, 3 qt", "Fenmore", "Saucepans", 76.00,
              95.00, "USD", {"capacity": "3 qt", "construction": "tri-ply, aluminum core",
                             "material": "18/10 stainless steel", "cooktops": "gas, electric and induction",
                             "oven safe": "to 500°F", "lid": "stainless steel", "care": "dishwasher safe",
                             "made": "made in the USA", "rating": "4.8", "reviews": "912"}, 60),
            O(20, "2027-11-30", "SIMMER20"), FENMORE),
    "gb1": (P("GP-TS-12W", "Greenpin Tour Soft Golf Balls, White, 12 Pack", "Greenpin", "Golf Balls", 28.80, 32.00,
              "USD", {"construction": "3-piece", "cover": "urethane", "compression": "70", "dimples": "338",
                      "count": "12 balls", "color": "white", "rating": "4.3", "reviews": "1,056"}, 150),
            O(10, "2027-09-06", "PIN10"), GREENPIN),
}

LIDOSIDE, COMBHURST, STORMFOLD, SADDLEBROOK, HONEYSETT = (
    C("lidoside.co.uk"), C("combhurst.co.uk"), C("stormfold.co.uk"), C("saddlebrookequestrian.co.uk"),
    C("honeysetthome.co.uk"))
EN_GB = {
    "sw1": (P("LS-AF-SMK", "Lidoside Anti-Fog Swim Goggles, Smoke Lens", "Lidoside", "Swim Goggles", 12.00, 16.00,
              "GBP", {"lens": "smoke tinted, anti-fog coated", "protection": "UV protection",
                      "strap": "split silicone strap", "seals": "soft silicone", "fit": "adult",
                      "case": "hard case included", "rating": "4.4", "reviews": "623"}, 80),
            O(25, "2027-05-31", "SWIM25"), LIDOSIDE),
    "hn1": (P("CH-RWF-340", "Combhurst Raw Wildflower Honey, 340 g", "Combhurst", "Honey", 6.80, 8.50, "GBP",
              {"origin": "our hives in the Kent Weald", "honey": "raw, unpasteurised", "size": "340 g jar",
               "texture": "runny", "advice": "not suitable for babies under 12 months"}, 7),
            O(20, "2027-10-31", "HIVE20", free_shipping=True), COMBHURST),
    "ub1": (P("SF-WPC-NVY", "Stormfold Windproof Compact Umbrella, Navy", "Stormfold", "Umbrellas", 20.40, 24.00,
              "GBP", {"frame": "fibreglass, 8 ribs", "opening": "automatic open and close", "canopy": "97 cm",
                      "folded": "29 cm", "weight": "340 g", "colour": "navy", "rating": "4.5",
                      "reviews": "1,204"}, 60),
            O(15, "2027-03-31", "DRY15", gift="a quick-dry carry sleeve"), STORMFOLD),
    "eq1": (P("SB-EVG-BLK", "Saddlebrook Everyday Riding Gloves, Black", "Saddlebrook", "Riding Gloves", 19.80, 22.00,
              "GBP", {"palm": "synthetic suede with silicone grip", "back": "stretch mesh",
                      "closure": "hook-and-loop wrist strap", "fingertips": "touchscreen compatible",
                      "sizes": "XS to XL", "colour": "black"}, 35),
            O(10, "2027-08-31", "GRIP10"), SADDLEBROOK),
    "pb1": (P("22502", "Picnic Basket Wicker Small", "", "Picnic Baskets", 4.76, 5.95, "GBP",
              {"material": "wicker", "size": "small"}, 18),
            O(20, "2027-07-31", "PICNIC20"), HONEYSETT),
}

SIGS = ("【云裳记】", "【暖途】", "【柳味坊】", "【羽锋】", "【齿光】")
YUNSHANG, NUANTU, LIUWEI, YUFENG, CHIGUANG = (
    C("yunshangji.cn", SIGS[0]), C("nuantu.cn", SIGS[1]), C("liuweifang.cn", SIGS[2]),
    C("yufengsport.cn", SIGS[3]), C("chiguang.cn", SIGS[4]))
ZH_CN = {
    "hf1": (P("YSJ-MMQ-ZQ", "云裳记 织金马面裙 藏青 日常款", "云裳记", "汉服", 312.80, 368.00, "CNY",
              {"面料": "涤纶织金面料", "工艺": "织金提花", "颜色": "藏青", "腰型": "松紧腰，适合腰围60至84厘米",
               "裙长": "90厘米"}, 6),
            O(15, "2027-02-10", "MMQ15", free_shipping=True), YUNSHANG),
    "bw1": (P("NT-316-500", "暖途 316不锈钢保温杯 500毫升 燕麦白", "暖途", "保温杯", 103.20, 129.00, "CNY",
              {"内胆": "316不锈钢", "容量": "500毫升", "保温": "12小时后水温不低于55℃", "杯盖": "一键弹盖",
               "颜色": "燕麦白", "重量": "320克", "评分": "4.7", "评价数": "8,630"}, 200),
            O(20, "2027-03-15", "WARM20", gift="一个杯套"), NUANTU),
    "ls1": (P("LWF-LSF-5", "柳味坊 柳州螺蛳粉 330克×5袋", "柳味坊", "螺蛳粉", 34.93, 49.90, "CNY",
              {"产地": "广西柳州", "规格": "330克×5袋", "辣度": "中辣", "配料": "米粉、酸笋、腐竹、花生、木耳",
               "保质期": "6个月", "评分": "4.8", "评价数": "12,507"}, 500),
            O(30, "2027-05-31", "SUAN30", free_shipping=True), LIUWEI),
    "ym1": (P("YF-C4U-BLU", "羽锋 全碳素羽毛球拍 4U 单支装", "羽锋", "羽毛球拍", 179.25, 239.00, "CNY",
              {"材质": "全碳素", "重量": "4U（约83克）", "平衡点": "约295毫米", "建议拉力": "22至28磅",
               "配件": "含拍套", "颜色": "冰川蓝"}, 40),
            O(25, "2027-09-30", "SMASH25"), YUFENG),
    "ya1": (P("CG-T3-PNK", "齿光 声波电动牙刷 T3 雾粉", "齿光", "电动牙刷", 179.10, 199.00, "CNY",
              {"类型": "声波电动牙刷", "模式": "3种清洁模式", "续航": "充满电约可用30天", "充电": "USB-C充电",
               "防水": "IPX7", "刷头": "含2个刷头", "颜色": "雾粉", "评分": "4.6", "评价数": "5,318"}, 9),
            O(10, "2027-06-18", "SMILE10"), CHIGUANG),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
