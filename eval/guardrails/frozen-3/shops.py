"""Product records, offers and campaigns of the shops in the third frozen guardrails set.

Every sale price is the list price less the offer's discount (rounded to the cent, penny or fen), so
a copy's "was" price, "now" price and percentage can be checked against each other by hand. The
en-GB giftware records are real lines of the Online Retail export (StockCode, Description and
UnitPrice), with the description title-cased as a shop import writes it.
"""

from __future__ import annotations

from frozen_rows import C, O, P  # build.py puts eval/guardrails/ on the path


RIDGELINE, BARKWELL, HEARTHLEAF, SONAVA = (C("ridgelineoutfitters.com"), C("barkwell.com"), C("hearthleaf.com"),
                                           C("sonava.com"))
EN_US = {
    "tn1": (P("RL-TH2", "Ridgeline Trailhead 2-Person Backpacking Tent", "Ridgeline", "Tents", 180.00, 240.00, "USD",
              {"capacity": "2 people", "weight": "4 lb 3 oz", "poles": "aluminum", "doors": "2",
               "waterproof rating": "3000 mm", "rating": "4.6", "reviews": "518"}, 22),
            O(25, "2027-05-31", "TRAIL25"), RIDGELINE),
    "tn2": (P("RL-SM20", "Ridgeline Summit 20°F Down Sleeping Bag", "Ridgeline", "Sleeping Bags", 128.00, 160.00,
              "USD", {"temperature rating": "20°F", "fill": "650-fill duck down", "weight": "2 lb 6 oz",
                      "length": "regular"}, 35),
            O(20, "2027-04-15", "WARM20", free_shipping=True), RIDGELINE),
    "tn3": (P("RL-TS73", "Ridgeline Titanium Backpacking Stove", "Ridgeline", "Camp Kitchen", 51.00, 60.00, "USD",
              {"material": "titanium", "weight": "73 g", "fuel": "isobutane-propane canister"}, 140),
            O(15, "2027-06-30", "BOIL15", gift="a stainless steel spork"), RIDGELINE),
    "pt1": (P("BW-LSH6", "Barkwell Reflective Dog Leash 6 ft", "Barkwell", "Leashes", 18.00, 24.00, "USD",
              {"length": "6 ft", "material": "nylon webbing", "handle": "padded", "reflective": "yes"}, 300),
            O(25, "2027-03-31", "WALK25"), BARKWELL),
    "pt2": (P("BW-OBL", "Barkwell Orthopedic Dog Bed Large", "Barkwell", "Dog Beds", 71.20, 89.00, "USD",
              {"fill": "memory foam", "size": "36 x 28 in", "cover": "removable, machine-washable"}, 9),
            O(20, "2027-02-28", "REST20", free_shipping=True), BARKWELL),
    "pt3": (P("BW-CL20", "Barkwell Unscented Clumping Cat Litter 20 lb", "Barkwell", "Cat Litter", 16.20, 18.00,
              "USD", {"weight": "20 lb", "type": "clay, clumping", "scent": "unscented"}, 500),
            O(10, "2027-03-31", "LITTER10"), BARKWELL),
    "vt1": (P("HL-D3-120", "Hearthleaf Vitamin D3 2000 IU Softgels 120 Count", "Hearthleaf", "Vitamins", 12.00,
              16.00, "USD", {"dose": "2000 IU (50 mcg)", "count": "120 softgels", "serving": "1 softgel daily",
                             "rating": "4.8", "reviews": "2940"}, 260),
            O(25, "2027-01-31", "SUNNY25"), HEARTHLEAF),
    "vt2": (P("HL-MG90", "Hearthleaf Magnesium Glycinate 200 mg 90 Capsules", "Hearthleaf", "Minerals", 17.60,
              22.00, "USD", {"dose": "200 mg per serving", "count": "90 capsules", "form": "glycinate",
                             "vegan": "yes"}, 75),
            O(20, "2027-02-28", "CALM20", free_shipping=True), HEARTHLEAF),
    "hp1": (P("SV-ARIA", "Sonava Aria Noise-Cancelling Wireless Headphones", "Sonava", "Headphones", 159.99,
              199.99, "USD", {"battery life": "30 hours", "bluetooth": "5.3", "weight": "250 g",
                              "colour": "matte black", "rating": "4.6", "reviews": "2104"}, 48),
            O(20, "2027-03-15", "QUIET20"), SONAVA),
    "hp2": (P("SV-PLS", "Sonava Pulse Wireless Earbuds", "Sonava", "Earbuds", 62.30, 89.00, "USD",
              {"battery life": "8 hours (32 with case)", "water resistance": "IPX4", "colour": "white"}, 5),
            O(30, "2027-01-31", "PULSE30", gift="a silicone carry case"), SONAVA),
}

THORNBURY, MARLOW, CRUMB, PENNYFIELD = (C("thornburygardens.co.uk"), C("marlowandfinch.co.uk"),
                                        C("crumbandco.co.uk"), C("pennyfieldgifts.co.uk"))
EN_GB = {
    "gd1": (P("TG-PFC40", "Thornbury Peat-Free Multi-Purpose Compost 40 Litres", "Thornbury", "Compost", 6.00,
              8.00, "GBP", {"volume": "40 litres", "peat-free": "yes", "use": "containers, beds and borders"}, 600),
            O(25, "2027-04-30", "GROW25", free_shipping=True), THORNBURY),
    "gd2": (P("TG-BF4", "Thornbury Hanging Bird Feeder 4 Port", "Thornbury", "Wildlife", 12.00, 15.00, "GBP",
              {"material": "powder-coated steel", "ports": "4", "height": "35 cm"}, 40),
            O(20, "2027-03-31", "FEED20", gift="a 1 kg bag of sunflower hearts"), THORNBURY),
    "gd3": (P("TG-LAV2", "Lavender 'Hidcote' 2 Litre Pot", "Thornbury", "Perennials", 6.00, 7.50, "GBP",
              {"pot": "2 litres", "height at maturity": "60 cm", "flowering": "June to August",
               "position": "full sun"}, 120),
            O(20, "2027-06-30", "BLOOM20"), THORNBURY),
    "bk1": (P("MF-SALT-HB", "The Salt Road by Ellen Hartley (Hardback)", "Marlow & Finch", "Fiction", 15.19, 18.99,
              "GBP", {"author": "Ellen Hartley", "format": "hardback", "pages": "384", "published": "2026",
                      "rating": "4.4", "reviews": "212"}, 70),
            O(20, "2027-03-31", "READ20"), MARLOW),
    "bk2": (P("MF-RL1", "Marlow & Finch Rechargeable Clip-On Reading Light", "Marlow & Finch", "Reading Accessories",
              9.00, 12.00, "GBP", {"battery": "rechargeable, USB-C", "brightness levels": "3",
                                   "colour": "warm white"}, 85),
            O(25, "2027-02-28", "LAMP25"), MARLOW),
    "bd1": (P("CC-SD800", "Crumb & Co White Sourdough Loaf 800 g", "Crumb & Co", "Bread", 3.60, 4.50, "GBP",
              {"weight": "800 g", "flour": "organic stone-ground wheat", "allergens": "gluten (wheat)",
               "baked in": "Bristol"}, 30),
            O(20, "2027-01-31", "LOAF20"), CRUMB),
    "bd2": (P("CC-STL750", "Crumb & Co Marzipan Stollen 750 g", "Crumb & Co", "Cakes", 10.50, 14.00, "GBP",
              {"weight": "750 g", "filling": "marzipan", "allergens": "gluten, milk, egg, almonds"}, 55),
            O(25, "2027-01-06", "STOLLEN25", free_shipping=True), CRUMB),
    "gw1": (P("85099B", "Jumbo Bag Red Retrospot", "Pennyfield", "Bags", 1.56, 2.08, "GBP",
              {"stock code": "85099B", "colour": "red", "pattern": "retrospot"}, 800),
            O(25, "2027-02-28", "BAGS25"), PENNYFIELD),
    "gw2": (P("47566", "Party Bunting", "Pennyfield", "Party Decorations", 3.96, 4.95, "GBP",
              {"stock code": "47566"}, 150),
            O(20, "2027-05-31", "PARTY20"), PENNYFIELD),
    "gw3": (P("22960", "Jam Making Set With Jars", "Pennyfield", "Kitchen & Dining", 3.40, 4.25, "GBP",
              {"stock code": "22960", "includes": "jars"}, 60),
            O(20, "2027-04-30", "JAM20"), PENNYFIELD),
    "gw4": (P("22699", "Roses Regency Teacup And Saucer", "Pennyfield", "Tableware", 2.36, 2.95, "GBP",
              {"stock code": "22699", "pattern": "roses"}, 240),
            O(20, "2027-03-31", "TEA20"), PENNYFIELD),
    "gw5": (P("22139", "Retrospot Tea Set Ceramic 11 Pc", "Pennyfield", "Tableware", 2.97, 4.95, "GBP",
              {"stock code": "22139", "pieces": "11", "material": "ceramic", "pattern": "retrospot"}, 6),
            O(40, "2027-02-14", "TEASET40"), PENNYFIELD),
    "gw6": (P("21731", "Red Toadstool LED Night Light", "Pennyfield", "Lighting", 1.32, 1.65, "GBP",
              {"stock code": "21731", "colour": "red", "light": "LED"}, 400),
            O(20, "2027-03-31", "GLOW20"), PENNYFIELD),
    "gw7": (P("22629", "Spaceboy Lunch Box", "Pennyfield", "Lunch Boxes", 1.56, 1.95, "GBP",
              {"stock code": "22629", "design": "spaceboy"}, 90),
            O(20, "2027-06-30", "LUNCH20", free_shipping=True), PENNYFIELD),
}

NUANBEI, SHANYU, MAOQIU, TUAN = (C("nuanbei.cn", "暖贝"), C("shanyu.cn", "山屿"), C("maoqiu.cn", "毛球星球"),
                                 C("tuan-auto.cn", "途安"))
ZH_CN = {
    "my1": (P("NB-YJ110", "暖贝婴儿纯棉纱布浴巾", "暖贝", "婴儿洗护", 71.2, 89.0, "CNY",
              {"材质": "100%棉纱布", "尺寸": "110×110厘米", "层数": "六层"}, 200),
            O(20, "2027-05-20", "NUANBEI20"), NUANBEI),
    "my2": (P("NB-NP240", "暖贝宽口径玻璃奶瓶240毫升", "暖贝", "奶瓶", 88.5, 118.0, "CNY",
              {"材质": "高硼硅玻璃", "容量": "240毫升", "适用月龄": "0个月以上"}, 60),
            O(25, "2027-03-31", "NAIPING25", gift="M号奶嘴一个"), NUANBEI),
    "sp1": (P("SY-CFY", "山屿轻量防水冲锋衣", "山屿", "户外服装", 419.3, 599.0, "CNY",
              {"面料": "三层复合面料", "防水指数": "10000毫米", "重量": "380克", "颜色": "岩灰", "评分": "4.7"}, 45),
            O(30, "2027-04-30", "SHANYU30", free_shipping=True), SHANYU),
    "sp2": (P("SY-DSZ2", "山屿碳纤维登山杖两支装", "山屿", "登山装备", 159.2, 199.0, "CNY",
              {"材质": "碳纤维", "长度": "65-135厘米可调", "单支重量": "210克"}, 8),
            O(20, "2027-05-01", "DENGSHAN"), SHANYU),
    "pt1": (P("MQ-DF6L", "毛球星球原味豆腐猫砂6升", "毛球星球", "猫砂", 31.92, 39.9, "CNY",
              {"材质": "豌豆纤维", "容量": "6升", "可冲厕所": "是"}, 900),
            O(20, "2027-03-15", "MAOSHA20"), MAOQIU),
    "pt2": (P("MQ-YSJ25", "毛球星球智能宠物饮水机2.5升", "毛球星球", "宠物饮水机", 135.2, 169.0, "CNY",
              {"容量": "2.5升", "过滤": "四层滤芯"}, 120),
            O(20, "2027-06-18", "YINSHUI", free_shipping=True), MAOQIU),
    "car1": (P("TA-ZJ01", "途安车载磁吸手机支架", "途安", "车载配件", 59.25, 79.0, "CNY",
               {"安装位置": "出风口", "磁铁": "N52磁铁", "适配": "4.7-7英寸手机"}, 350),
             O(25, "2027-02-28", "TUAN25"), TUAN),
    "car2": (P("TA-XCQ8K", "途安车载无线吸尘器", "途安", "车载清洁", 151.2, 189.0, "CNY",
               {"吸力": "8000Pa", "续航": "25分钟", "重量": "0.6千克", "充电": "USB-C"}, 30),
             O(20, "2027-04-05", "XICHEN20", gift="备用滤芯一个"), TUAN),
}

SHOPS = {"en-US": EN_US, "en-GB": EN_GB, "zh-CN": ZH_CN}
