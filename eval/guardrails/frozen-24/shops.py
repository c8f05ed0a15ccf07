"""Product records, offers and campaigns of the shops in the twenty-fourth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB enamel jug record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attributes the description gives and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


BREWRIDGE, TAGSMITH, TUFTLY, SWITCHLARK, NOONPACK = (
    C("brewridge.com"), C("tagsmith.com"), C("tuftlypets.com"), C("switchlark.com"), C("noonpack.com"))
EN_US = {
    "cb1": (P("BR-CB15-GL", "Brewridge Cold Brew Coffee Maker, 1.5 Qt", "Brewridge", "Coffee Makers", 27.20, 34.00,
              "USD", {"capacity": "1.5 qt (48 fl oz)", "carafe": "borosilicate glass",
                      "filter": "removable fine-mesh stainless steel filter", "lid": "airtight lid with silicone seal",
                      "fits": "most refrigerator doors", "care": "carafe and filter dishwasher safe",
                      "rating": "4.6", "reviews": "2,184"}, 150),
            O(20, "2027-06-30", "COLD20", free_shipping=True), BREWRIDGE),
    "lm1": (P("TS-P20-WHT", "Tagsmith P20 Bluetooth Label Maker, White", "Tagsmith", "Label Makers", 29.99, 39.99,
              "USD", {"connectivity": "Bluetooth, free iOS and Android app", "printing": "thermal, no ink or toner",
                      "tape": "12 mm wide", "battery": "rechargeable via USB-C",
                      "included": "one 12 mm x 4 m white label tape", "rating": "4.3", "reviews": "912"}, 60),
            O(25, "2027-03-15", "LABEL25"), TAGSMITH),
    "pb1": (P("TF-SLK-SC", "Tuftly Self-Cleaning Slicker Brush", "Tuftly", "Pet Grooming", 15.30, 18.00, "USD",
              {"pins": "stainless steel pins with rounded tips",
               "cleaning": "push button retracts the pins to release hair", "handle": "non-slip rubber grip",
               "for": "dogs and cats with medium or long coats"}, 9),
            O(15, "2027-09-30", "TUFT15"), TUFTLY),
    "sp1": (P("SL-MINI-4PK", "Switchlark Mini Wi-Fi Smart Plug, 4 Pack", "Switchlark", "Smart Plugs", 20.99, 29.99,
              "USD", {"connectivity": "2.4 GHz Wi-Fi, no hub required", "works with": "Alexa and Google Assistant",
                      "max load": "15 A, 1800 W", "features": "schedules, timers and away mode in the app",
                      "certification": "UL listed", "count": "4 plugs", "rating": "4.5", "reviews": "5,630"}, 400),
            O(30, "2027-11-27", "PLUG30"), SWITCHLARK),
    "lb1": (P("NP-LB9-SGE", "Noonpack Insulated Lunch Bag, 9 L, Sage", "Noonpack", "Lunch Bags", 18.00, 24.00, "USD",
              {"capacity": "9 L", "lining": "food-safe PEVA, wipe clean",
               "insulation": "keeps food cold up to 6 hours with an ice pack", "strap": "detachable shoulder strap",
               "pockets": "front zip pocket and side mesh pocket", "color": "sage"}, 120),
            O(25, "2027-08-15", "NOON25", gift="two slim ice packs"), NOONPACK),
}

THREADMERE, KERFIELD, PUDDLEHOUND, FERNHALLOW, TOLLAND = (
    C("threadmere.co.uk"), C("kerfieldknives.co.uk"), C("puddlehound.co.uk"), C("fernhallow.co.uk"),
    C("tollandhome.co.uk"))
EN_GB = {
    "eh1": (P("TM-HOOP-5", "Threadmere Beech Embroidery Hoop Set, 5 Sizes", "Threadmere", "Embroidery Hoops", 10.00,
              12.50, "GBP", {"wood": "beech", "sizes": "10, 13, 15, 18 and 20 cm", "screw": "brass tension screw",
                             "count": "5 hoops"}, 8),
            O(20, "2027-04-30", "STITCH20"), THREADMERE),
    "kn1": (P("KF-BRD-20", "Kerfield 20 cm Serrated Bread Knife", "Kerfield", "Bread Knives", 38.25, 45.00, "GBP",
              {"blade": "20 cm serrated, stainless steel", "handle": "black POM, triple-riveted",
               "made": "made in Sheffield", "care": "hand wash only", "rating": "4.8", "reviews": "603"}, 70),
            O(15, "2027-10-31", "SLICE15", free_shipping=True), KERFIELD),
    "dc1": (P("PH-RC-MUS-M", "Puddlehound Waterproof Dog Raincoat, Mustard, M", "Puddlehound", "Dog Coats", 21.00,
              28.00, "GBP", {"outer": "waterproof polyester with taped seams", "lining": "mesh",
                             "fastening": "adjustable hook-and-loop belly strap",
                             "features": "reflective trim and a harness opening", "size": "M, back length 40 cm",
                             "colour": "mustard", "rating": "4.5", "reviews": "318"}, 40),
            O(25, "2027-02-28", "DRIZZLE25", gift="a matching poo bag holder"), PUDDLEHOUND),
    "hc1": (P("FH-HC-RM75", "Fernhallow Hand Cream, Rosemary & Mint, 75 ml", "Fernhallow", "Hand Cream", 12.60, 14.00,
              "GBP", {"ingredients": "shea butter, glycerin, rosemary and spearmint oils", "size": "75 ml",
                      "for": "dry hands", "vegan": "yes", "made": "blended and filled in Cornwall"}, 200),
            O(10, "2027-01-31", "HANDS10"), FERNHALLOW),
    "jg1": (P("22427", "Enamel Flower Jug Cream", "", "Jugs", 4.76, 5.95, "GBP",
              {"material": "enamel", "pattern": "flower", "colour": "cream"}, 36),
            O(20, "2027-05-31", "JUG20"), TOLLAND),
}

SIGS = ("【渝嗦】", "【卷漾】", "【灶里香】", "【素缬】", "【饭点】")
YUSUO, JUANYANG, ZAOLIXIANG, SUXIE, FANDIAN = (
    C("yusuo.cn", SIGS[0]), C("juanyang.cn", SIGS[1]), C("zaolixiang.cn", SIGS[2]), C("suxie.cn", SIGS[3]),
    C("fandianpet.cn", SIGS[4]))
ZH_CN = {
    "sl1": (P("YS-SLF-6", "渝嗦 重庆酸辣粉 130克×6桶", "渝嗦", "方便速食", 31.92, 39.90, "CNY",
              {"规格": "130克×6桶", "口味": "酸辣", "粉条": "红薯粉", "产地": "重庆", "辣度": "中辣", "保质期": "6个月"},
              500),
            O(20, "2027-03-31", "SUAN20", free_shipping=True), YUSUO),
    "jf1": (P("JY-CURL-32", "卷漾 自动卷发棒 32毫米 樱花粉", "卷漾", "美发电器", 169.15, 199.00, "CNY",
              {"卷径": "32毫米", "温度": "四档：140℃、160℃、180℃、200℃", "涂层": "陶瓷釉面",
               "功能": "自动旋转，60分钟无操作自动断电", "颜色": "樱花粉", "评分": "4.7", "评价数": "8,412"}, 80),
            O(15, "2027-06-18", "CURL15", gift="便携收纳袋"), JUANYANG),
    "zg1": (P("ZL-ZG-28", "灶里香 304不锈钢三层蒸锅 28厘米", "灶里香", "锅具", 188.30, 269.00, "CNY",
              {"材质": "304不锈钢", "口径": "28厘米", "层数": "三层（一锅两屉）", "适用": "燃气灶、电磁炉通用",
               "锅盖": "钢化玻璃可视盖"}, 6),
            O(30, "2027-09-09", "STEAM30", free_shipping=True), ZAOLIXIANG),
    "qp1": (P("SX-QP-YQ", "素缬 改良中长款旗袍 短袖 烟青", "素缬", "旗袍", 538.20, 598.00, "CNY",
              {"面料": "桑蚕丝92%、氨纶8%", "款式": "改良中长款，短袖", "颜色": "烟青", "尺码": "S至XL",
               "工艺": "手工盘扣"}, 25),
            O(10, "2027-05-01", "QIPAO10"), SUXIE),
    "wf1": (P("FD-F3-4L", "饭点 宠物自动喂食器 F3 4升 Wi-Fi版", "饭点", "宠物用品", 224.25, 299.00, "CNY",
              {"容量": "4升", "连接": "2.4G Wi-Fi，手机App远程投喂", "定时": "每天最多10餐",
               "供电": "插电与3节D型电池双供电", "适用": "猫及小型犬干粮，颗粒直径2至12毫米", "评分": "4.6",
               "评价数": "3,205"}, 120),
            O(25, "2027-12-12", "WEI25"), FANDIAN),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
