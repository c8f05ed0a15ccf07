"""Product records, offers and campaigns of the shops in the fourteenth frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded half up to the cent, penny
or fen), so a copy's "was" price, "now" price and percentage can be checked against each other by
hand. The en-GB watering can record is a real line of the Online Retail export (StockCode,
Description and the export's most frequent UnitPrice), with the description title-cased as a shop
import writes it, only the attributes the description gives and an empty brand.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


SMOKEHOLLOW, HYZER, LOOSEKNOT, TWISTWELL, SANDLOT = (
    C("smokehollow.com"), C("hyzerhollow.com"), C("looseknot.com"), C("twistwell.com"), C("sandlotgloves.com"))
EN_US = {
    "jk1": (P("SH-TERI-3OZ", "Smokehollow Teriyaki Beef Jerky, 3 oz", "Smokehollow", "Beef Jerky", 7.20, 9.00, "USD",
              {"flavor": "teriyaki", "weight": "3 oz", "protein": "11 g per 1 oz serving",
               "smoked": "over hickory in our Kansas City smokehouse", "rating": "4.7", "reviews": "2,684"}, 500),
            O(20, "2027-04-15", "JERKY20", free_shipping=True), SMOKEHOLLOW),
    "dg1": (P("HH-NOMAD-OR", "Hyzer Hollow Nomad Distance Driver, 173-175 g, Orange", "Hyzer Hollow",
              "Disc Golf Discs", 15.30, 18.00, "USD",
              {"type": "distance driver", "flight numbers": "12 / 5 / -1 / 3", "weight": "173-175 g",
               "plastic": "premium translucent", "color": "orange", "rating": "4.6", "reviews": "512"}, 60),
            O(15, "2027-06-30", "HYZER15"), HYZER),
    "hm1": (P("LK-SGL-OLV", "Looseknot Single Camping Hammock with Tree Straps, Olive", "Looseknot", "Hammocks",
              31.50, 45.00, "USD",
              {"fabric": "70D ripstop nylon", "size": "9 ft x 4.5 ft", "capacity": "300 lb", "weight": "16 oz",
               "includes": "two 10 ft tree straps and two carabiners", "color": "olive", "rating": "4.5",
               "reviews": "1,146"}, 7),
            O(30, "2027-05-31", "HANG30"), LOOSEKNOT),
    "cb1": (P("TW-VELA-3", "Twistwell Vela 3x3 Magnetic Speed Cube, Stickerless", "Twistwell", "Puzzle Cubes", 16.50,
              22.00, "USD",
              {"size": "3x3, 56 mm", "magnets": "magnetic positioning", "finish": "stickerless, frosted",
               "ages": "8 and up"}, 5),
            O(25, "2027-03-31", "CUBE25", gift="a cube stand"), TWISTWELL),
    "bg1": (P("SL-YIF-115R", "Sandlot Youth Infield Glove, 11.5 in, Right-Hand Throw", "Sandlot", "Baseball Gloves",
              61.20, 68.00, "USD",
              {"size": "11.5 in", "throw": "right-hand throw (worn on the left hand)", "leather": "full-grain cowhide",
               "web": "I-web", "ages": "9 to 12", "rating": "4.8", "reviews": "327"}, 40),
            O(10, "2027-02-28", "GLOVE10", free_shipping=True), SANDLOT),
}

KINGSMEAD, TABBY, HARROWGATE, TRYLINE, GREYFRIARS = (
    C("kingsmeadchess.co.uk"), C("tabbyandtwine.co.uk"), C("harrowgateshaving.co.uk"), C("trylinerugby.co.uk"),
    C("greyfriarshome.co.uk"))
EN_GB = {
    "cs1": (P("KM-STN-40", "Kingsmead Staunton Chess Set with Folding Board, 40 cm", "Kingsmead", "Chess Sets", 44.00,
              55.00, "GBP",
              {"pieces": "weighted, boxwood and ebonised boxwood", "king height": "8.9 cm",
               "board": "40 cm folding, walnut and maple veneer", "storage": "pieces store inside the board",
               "rating": "4.8", "reviews": "219"}, 25),
            O(20, "2027-11-30", "CHECK20", free_shipping=True), KINGSMEAD),
    "sp1": (P("TT-SIS-80G", "Tabby & Twine Sisal Scratching Post, 80 cm, Grey", "Tabby & Twine", "Scratching Posts",
              24.00, 32.00, "GBP",
              {"height": "80 cm", "post": "natural sisal rope", "base": "45 x 45 cm, grey plush",
               "toy": "dangling pom-pom"}, 6),
            O(25, "2027-01-31", "SCRATCH25"), TABBY),
    "rz1": (P("HG-DE-CHR", "Harrowgate Double Edge Safety Razor, Chrome", "Harrowgate", "Safety Razors", 23.80, 28.00,
              "GBP",
              {"head": "closed comb", "handle": "chrome-plated brass, 10 cm", "weight": "78 g",
               "blades": "takes standard double edge blades; 5 blades included", "rating": "4.6",
               "reviews": "1,032"}, 90),
            O(15, "2027-06-15", "SHAVE15", gift="a travel blade case"), HARROWGATE),
    "rb1": (P("TL-CLUB-5", "Tryline Club Match Rugby Ball, Size 5", "Tryline", "Rugby Balls", 21.60, 24.00, "GBP",
              {"size": "5 (ages 14 and up)", "surface": "hand-stitched, pimpled rubber grip", "bladder": "four-ply",
               "use": "match and training", "rating": "4.5", "reviews": "388"}, 150),
            O(10, "2027-09-30", "TRY10"), TRYLINE),
    "wc1": (P("22431", "Watering Can Blue Elephant", "", "Watering Cans", 1.56, 1.95, "GBP",
              {"colour": "blue", "design": "elephant"}, 36),
            O(20, "2027-04-30", "SPROUT20"), GREYFRIARS),
}

SIGS = ("【墨溪斋】", "【湖鲜记】", "【银弧体育】", "【净拾】", "【茶山坊】")
MOXI, HUXIAN, YINHU, JINGSHI, CHASHAN = (
    C("moxizhai.cn", SIGS[0]), C("huxianji.cn", SIGS[1]), C("yinhusport.cn", SIGS[2]),
    C("jingshi.cn", SIGS[3]), C("chashanfang.cn", SIGS[4]))
ZH_CN = {
    "mb1": (P("MX-JH-ZK3", "墨溪斋 兼毫毛笔 中楷 三支装", "墨溪斋", "毛笔", 54.40, 68.00, "CNY",
              {"笔毫": "狼毫与羊毫兼毫", "笔杆": "竹杆", "出锋": "3.2厘米", "数量": "3支", "适用": "楷书、行书"}, 200),
            O(20, "2027-09-10", "MOXI20"), MOXI),
    "xz1": (P("HX-YCH-4P", "湖鲜记 阳澄湖大闸蟹礼盒 公蟹4.0两 母蟹3.0两 4对装", "湖鲜记", "大闸蟹", 448.50, 598.00,
              "CNY", {"产地": "江苏苏州阳澄湖", "规格": "公蟹4.0两、母蟹3.0两", "数量": "4对8只",
                      "发货": "顺丰冷链、鲜活发货"}, 120),
            O(25, "2027-10-31", "XIE25", free_shipping=True), HUXIAN),
    "pp1": (P("YH-TJ-HP", "银弧 碳素乒乓球成品拍 横拍", "银弧", "乒乓球拍", 160.65, 189.00, "CNY",
              {"底板": "5层纯木+2层碳素", "胶皮": "双面反胶", "握法": "横拍", "重量": "约175克", "配件": "拍套一个",
               "评分": "4.7", "评价数": "3,408"}, 9),
            O(15, "2027-05-31", "YH15", gift="三只训练球"), YINHU),
    "xd1": (P("JS-S5", "净拾 S5 无线洗地机", "净拾", "洗地机", 1599.20, 1999.00, "CNY",
              {"续航": "35分钟", "清水箱": "800毫升", "污水箱": "650毫升", "自清洁": "热风烘干", "重量": "4.2公斤",
               "评分": "4.6", "评价数": "5,870"}, 300),
            O(20, "2027-06-18", "JS618", free_shipping=True), JINGSHI),
    "yc1": (P("CS-YSC-1L", "茶山坊 江西野山茶油 冷榨 1升", "茶山坊", "山茶油", 115.20, 128.00, "CNY",
              {"产地": "江西赣州", "工艺": "物理冷榨", "净含量": "1升", "配料": "油茶籽"}, 5),
            O(10, "2027-02-28", "CHAYOU10"), CHASHAN),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
