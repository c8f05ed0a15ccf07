"""Product records, offers and campaigns of the shops in the thirteenth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB garden thermometer record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attribute the description gives and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


BRINDLEBAR, WINDRIFT, BACKCOURT, SWITCHFELL, LACQUERLY = (
    C("brindlebar.com"), C("windriftkites.com"), C("backcourttennis.com"), C("switchfell.com"),
    C("lacquerly.com"))
EN_US = {
    "ch1": (P("BB-MAD72-25", "Brindlebar 72% Dark Chocolate Bar, Madagascar, 2.5 oz", "Brindlebar", "Chocolate",
              7.65, 9.00, "USD", {"cacao": "72%", "origin": "single-origin cacao from Madagascar's Sambirano Valley",
                                  "ingredients": "cacao beans, cane sugar, cocoa butter",
                                  "tasting notes": "red berry, citrus", "weight": "2.5 oz (70 g)",
                                  "allergens": "made on equipment that also processes tree nuts and milk"}, 400),
            O(15, "2027-02-28", "BEAN15"), BRINDLEBAR),
    "kt1": (P("WD-DELTA5-SUN", "Windrift Delta Kite, 5 ft, Sunset", "Windrift", "Kites", 31.20, 39.00, "USD",
              {"wingspan": "5 ft (152 cm)", "sail": "ripstop nylon", "frame": "fiberglass spars",
               "wind range": "8 to 20 mph", "line": "100 ft of line on a winder", "age": "8 and up",
               "rating": "4.6", "reviews": "812"}, 60),
            O(20, "2027-06-15", "FLY20", free_shipping=True), WINDRIFT),
    "tn1": (P("BC-OG3-WHT", "Backcourt Tacky Tennis Overgrip, White, 3 Pack", "Backcourt", "Tennis Accessories",
              6.00, 8.00, "USD", {"count": "3 overgrips", "thickness": "0.6 mm", "feel": "tacky",
                                  "length": "about 120 cm each", "color": "white", "rating": "4.5",
                                  "reviews": "2,604"}, 500),
            O(25, "2027-04-30", "GRIP25"), BACKCOURT),
    "sk1": (P("SF-MHC-CHR", "Switchfell Merino Hiking Socks, Crew, Charcoal", "Switchfell", "Hiking Socks", 21.60,
              24.00, "USD", {"fiber": "64% merino wool, 33% nylon, 3% spandex", "cushion": "full cushion",
                             "height": "crew", "sizes": "S, M, L, XL", "care": "machine wash warm, tumble dry low",
                             "color": "charcoal"}, 11),
            O(10, "2027-10-31", "TRAIL10", gift="a trail map bandana"), SWITCHFELL),
    "np1": (P("LQ-CHPIT-15", "Lacquerly Nail Polish, Cherry Pit, 0.5 fl oz", "Lacquerly", "Nail Polish", 9.80,
              14.00, "USD", {"shade": "deep cherry red", "finish": "high-gloss cream", "volume": "0.5 fl oz",
                             "formula": "vegan, made without formaldehyde, toluene and DBP", "rating": "4.3",
                             "reviews": "389"}, 7),
            O(30, "2027-01-31", "GLOSS30"), LACQUERLY),
}

FELLGATE, THIMBLE, RAVENSBY, CINDERMOOR, MOSSBURY = (
    C("fellgateboots.co.uk"), C("thimbleandbolt.co.uk"), C("ravensbycaps.co.uk"), C("cindermoor.co.uk"),
    C("mossburyhome.co.uk"))
EN_GB = {
    "wb1": (P("FG-WEL-OLV", "Fellgate Adult Wellington Boots, Olive", "Fellgate", "Wellington Boots", 36.00, 48.00,
              "GBP", {"upper": "natural rubber", "lining": "neoprene", "sizes": "UK 3 to 12", "height": "38 cm",
                      "sole": "deep-cleat outsole", "colour": "olive"}, 40),
            O(25, "2027-11-30", "MUD25", free_shipping=True), FELLGATE),
    "ds1": (P("TB-DS25", "Thimble & Bolt Dressmaking Shears, 25 cm", "Thimble & Bolt", "Sewing Scissors", 27.20,
              32.00, "GBP", {"blades": "stainless steel", "length": "25 cm (10 in)",
                             "handle": "right-handed, soft-grip", "made": "forged in Sheffield", "rating": "4.8",
                             "reviews": "257"}, 5),
            O(15, "2027-03-15", "SNIP15", gift="a seam ripper"), THIMBLE),
    "fc1": (P("RV-FC-BHB", "Ravensby Tweed Flat Cap, Brown Herringbone", "Ravensby", "Caps", 28.00, 35.00, "GBP",
              {"cloth": "100% wool tweed", "pattern": "brown herringbone", "lining": "quilted cotton",
               "sizes": "S (56 cm) to XL (62 cm)", "made": "made in Yorkshire"}, 25),
            O(20, "2027-09-30", "CAP20"), RAVENSBY),
    "po1": (P("CM-PO12", "Cindermoor Wood-Pellet Pizza Oven, 12 Inch", "Cindermoor", "Pizza Ovens", 224.10, 249.00,
              "GBP", {"fuel": "wood pellets", "pizza size": "cooks 12 in pizzas",
                      "heat": "reaches 450°C in about 15 minutes", "body": "powder-coated steel", "weight": "12 kg",
                      "rating": "4.6", "reviews": "1,044"}, 18),
            O(10, "2027-05-31", "FIRE10"), CINDERMOOR),
    "gt1": (P("22926", "Ivory Giant Garden Thermometer", "", "Garden Thermometers", 4.76, 5.95, "GBP",
              {"colour": "ivory"}, 30),
            O(20, "2027-08-31", "GARDEN20"), MOSSBURY),
}

SIGS = ("【桂月坊】", "【骑安】", "【绒谷】", "【映格】", "【杞里香】")
GUIYUE, QIAN, RONGGU, YINGGE, QILI = (
    C("guiyuefang.cn", SIGS[0]), C("qianhelmet.cn", SIGS[1]), C("ronggu.cn", SIGS[2]), C("yingge.cn", SIGS[3]),
    C("qilixiang.cn", SIGS[4]))
ZH_CN = {
    "yb1": (P("GYF-LXNH-6", "桂月坊 流心奶黄月饼礼盒 6枚装", "桂月坊", "月饼", 134.40, 168.00, "CNY",
              {"规格": "50克×6枚", "口味": "流心奶黄", "过敏原": "含小麦、鸡蛋、乳制品", "保质期": "60天",
               "包装": "礼盒，附手提袋"}, 200),
            O(20, "2027-09-15", "YUE20", free_shipping=True), GUIYUE),
    "tk1": (P("QA-BK-NB", "骑安 电动车头盔 半盔 奶白", "骑安", "头盔", 75.65, 89.00, "CNY",
              {"认证": "3C认证", "头围": "54至61厘米可调", "重量": "约420克", "镜片": "可上翻护目镜片",
               "颜色": "奶白"}, 9),
            O(15, "2027-03-31", "QIAN15", gift="头盔收纳袋"), QIAN),
    "wj1": (P("RG-WJ-YM180", "绒谷 纯羊绒围巾 燕麦色 180×30厘米", "绒谷", "羊绒围巾", 279.30, 399.00, "CNY",
              {"成分": "100%山羊绒", "产地": "内蒙古鄂尔多斯", "尺寸": "180×30厘米", "重量": "约110克",
               "洗护": "建议干洗或冷水手洗", "颜色": "燕麦色"}, 35),
            O(30, "2027-12-31", "RONG30", free_shipping=True), RONGGU),
    "ty1": (P("YG-H3", "映格 H3 家用投影仪 1080P", "映格", "投影仪", 1169.10, 1299.00, "CNY",
              {"分辨率": "1080P", "亮度": "450 ANSI流明", "对焦": "自动对焦", "梯形校正": "自动梯形校正",
               "评分": "4.7", "评价数": "3,208"}, 60),
            O(10, "2027-06-18", "YING10"), YINGGE),
    "gq1": (P("QLX-ZN-500", "杞里香 宁夏中宁枸杞 特级 500克", "杞里香", "枸杞", 51.00, 68.00, "CNY",
              {"产地": "宁夏中宁", "等级": "特级", "净含量": "500克（250克×2罐）", "保质期": "18个月",
               "食用": "可直接嚼食或泡水"}, 150),
            O(25, "2027-04-30", "GOUQI25"), QILI),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
