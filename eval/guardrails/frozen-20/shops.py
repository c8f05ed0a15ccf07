"""Product records, offers and campaigns of the shops in the twentieth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB hot water bottle record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it and only the attribute the description gives.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


HOLLOWMILL, SCALEWICK, KNOCKWOOD, AMBLEWOOD, BOBBINRY = (
    C("hollowmill.com"), C("scalewick.com"), C("knockwooddrums.com"), C("amblewoodbaby.com"), C("bobbinry.com"))
EN_US = {
    "nb1": (P("HM-ALM-CR16", "Hollowmill Creamy Almond Butter, 16 oz", "Hollowmill", "Nut Butters", 11.04, 12.99,
              "USD", {"ingredients": "dry-roasted California almonds, sea salt", "texture": "creamy",
                      "size": "16 oz jar", "diet": "no added sugar, no palm oil",
                      "allergens": "made in a facility that also processes peanuts", "rating": "4.7",
                      "reviews": "2,184"}, 220),
            O(15, "2027-04-30", "SPREAD15", free_shipping=True), HOLLOWMILL),
    "rp1": (P("SW-CHE-100", "Scalewick Ceramic Heat Emitter, 100 W", "Scalewick", "Reptile Heating", 18.00, 24.00,
              "USD", {"wattage": "100 W", "base": "E26 screw-in", "light": "emits no light, heat only",
                      "use": "needs a ceramic lamp fixture and a thermostat", "rating": "4.5", "reviews": "963"},
              75),
            O(25, "2027-02-28", "WARM25"), SCALEWICK),
    "cj1": (P("KW-CAJ-BIR", "Knockwood Birch Cajón with Adjustable Snare", "Knockwood", "Percussion", 111.20, 139.00,
              "USD", {"body": "birch plywood", "front": "beech tapa", "snare": "adjustable internal snare wires",
                      "size": "19.7 x 11.8 x 11.8 in", "bag": "padded gig bag included"}, 9),
            O(20, "2027-09-30", "BEAT20", gift="a pair of wire brushes"), KNOCKWOOD),
    "st1": (P("AW-LITE-CHR", "Amblewood Lite Compact Travel Stroller, Charcoal", "Amblewood", "Strollers", 206.10,
              229.00, "USD", {"weight": "14.3 lb", "fold": "one-hand fold", "age": "6 months to 50 lb",
                              "canopy": "UPF 50+ canopy", "recline": "3 positions", "color": "charcoal",
                              "rating": "4.6", "reviews": "1,052"}, 40),
            O(10, "2027-05-31", "ROLL10", free_shipping=True), AMBLEWOOD),
    "sw1": (P("BB-CS60", "Bobbinry 60-Stitch Computerized Sewing Machine", "Bobbinry", "Sewing Machines", 195.99,
              279.99, "USD", {"stitches": "60 built-in stitches", "buttonholes": "7 one-step",
                              "threading": "automatic needle threader", "display": "LCD",
                              "accessories": "8 presser feet", "rating": "4.4", "reviews": "517"}, 30),
            O(30, "2027-11-15", "STITCH30"), BOBBINRY),
}

BRAEMUIR, CENTREPASS, BELLHOUSE, PAPERMOOR, ALDWICK = (
    C("braemuir.co.uk"), C("centrepassnetball.co.uk"), C("bellhousekitchen.co.uk"), C("papermoor.co.uk"),
    C("aldwickhome.co.uk"))
EN_GB = {
    "sb1": (P("BM-SBF-300", "Braemuir All-Butter Shortbread Fingers, 300 g Tin", "Braemuir", "Shortbread", 6.80,
              8.50, "GBP", {"ingredients": "wheat flour, butter (32%), sugar, rice flour, salt",
                            "allergens": "contains wheat and milk", "baked": "in our Aberdeenshire bakery",
                            "weight": "300 g", "tin": "tartan gift tin"}, 60),
            O(20, "2027-12-20", "FINGERS20", free_shipping=True), BRAEMUIR),
    "nt1": (P("CP-MNB-5", "Centrepass Match Netball, Size 5", "Centrepass", "Netballs", 18.70, 22.00, "GBP",
              {"size": "5", "cover": "rubber, textured grip", "panels": "18", "use": "indoor and outdoor courts",
               "rating": "4.6", "reviews": "284"}, 150),
            O(15, "2027-03-31", "CENTRE15"), CENTREPASS),
    "mx1": (P("BH-SM55-SGE", "Bellhouse 5.5 Litre Stand Mixer, Sage Green", "Bellhouse", "Stand Mixers", 159.20,
              199.00, "GBP", {"bowl": "5.5 litre stainless steel", "power": "1000 W", "speeds": "6 speeds plus pulse",
                              "attachments": "whisk, dough hook and flat beater", "colour": "sage green",
                              "rating": "4.5", "reviews": "741"}, 18),
            O(20, "2027-06-30", "WHISK20", gift="a silicone spatula"), BELLHOUSE),
    "wp1": (P("PM-TF-OLV", "Papermoor Trailing Fern Wallpaper, Olive, 10 m Roll", "Papermoor", "Wallpaper", 43.20,
              48.00, "GBP", {"roll": "10.05 m x 52 cm", "pattern repeat": "64 cm, straight match", "finish": "matt",
                             "type": "paste-the-wall non-woven", "made": "printed in Lancashire",
                             "colour": "olive"}, 7),
            O(10, "2027-08-31", "FERN10", free_shipping=True), PAPERMOOR),
    "hw1": (P("22111", "Scottie Dog Hot Water Bottle", "", "Hot Water Bottles", 3.96, 4.95, "GBP",
              {"design": "Scottie dog"}, 36),
            O(20, "2027-01-31", "COSY20"), ALDWICK),
}

SIGS = ("【滇花坊】", "【护程】", "【顺衣】", "【琴趣】", "【盱味】")
DIANHUA, HUCHENG, SHUNYI, QINQU, XUWEI = (
    C("dianhuafang.cn", SIGS[0]), C("huchengbaby.cn", SIGS[1]), C("shunyi.cn", SIGS[2]), C("qinqu.cn", SIGS[3]),
    C("xuwei.cn", SIGS[4]))
ZH_CN = {
    "xb1": (P("DHF-MG-10", "滇花坊 云南玫瑰鲜花饼 礼盒 10枚装", "滇花坊", "鲜花饼", 67.15, 79.00, "CNY",
              {"产地": "云南昆明", "馅料": "食用玫瑰花瓣", "规格": "50克×10枚", "保质期": "60天", "储存": "常温避光",
               "评分": "4.8", "评价数": "3,420"}, 200),
            O(15, "2027-05-31", "HUA15", free_shipping=True), DIANHUA),
    "zy1": (P("HC-ISO-912", "护程 儿童安全座椅 ISOFIX接口 9个月-12岁 曜石黑", "护程", "儿童安全座椅", 1039.20, 1299.00,
              "CNY", {"适用年龄": "9个月至12岁", "适用体重": "9至36公斤", "接口": "ISOFIX硬接口+顶部拉带",
                      "认证": "3C认证", "头枕": "11档可调", "颜色": "曜石黑"}, 25),
            O(20, "2027-06-18", "SAFE20", gift="座椅保护垫一张"), HUCHENG),
    "gt1": (P("SY-GT2-WHT", "顺衣 手持挂烫机 GT2 珍珠白", "顺衣", "挂烫机", 188.30, 269.00, "CNY",
              {"功率": "1500瓦", "水箱": "260毫升", "预热": "约25秒出蒸汽", "档位": "两档蒸汽", "颜色": "珍珠白",
               "评分": "4.6", "评价数": "8,905"}, 300),
            O(30, "2027-03-08", "IRON30"), SHUNYI),
    "dq1": (P("QQ-K61-BLK", "琴趣 61键力度电子琴 K61 黑色", "琴趣", "电子琴", 809.10, 899.00, "CNY",
              {"键数": "61键", "键盘": "力度感应", "音色": "400种", "节奏": "200种", "接口": "耳机接口、USB-MIDI",
               "配件": "谱架、电源适配器", "颜色": "黑色"}, 6),
            O(10, "2027-09-10", "MUSIC10", free_shipping=True), QINQU),
    "lx1": (P("XW-MLX-15", "盱味 麻辣小龙虾 熟冻 4-6钱 1.5公斤", "盱味", "小龙虾", 96.00, 128.00, "CNY",
              {"产地": "江苏盱眙", "规格": "4-6钱/只", "净含量": "1.5公斤（含汤料）", "储存": "-18℃冷冻",
               "食用": "解冻后加热5分钟即可", "评分": "4.7", "评价数": "12,306"}, 500),
            O(25, "2027-07-15", "XIA25", free_shipping=True), XUWEI),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
