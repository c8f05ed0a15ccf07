"""Law and safety the twenty-fourth and twenty-fifth frozen sets (new catalogues) exposed, and two
false blocks of the same rules, each tested on examples written here, never those sets' rows.
Safety: the reader's pet, people or looks likened to vermin ('your cat looks like a sewer rat');
readers run down as cowards told to stay away (胆小鬼请绕道, 'Wimps need not apply'); people named by
where they come from told not to buy (外省人就别买, 只卖给本地人, 'out-of-towners should shop
elsewhere'); a chore claimed as one sex's job ('Ironing is a woman's job', 下厨本来就是女人的事).
Law: a full refund promised on the product's performance (回弯全额退款, 'or a full refund') and a
result promised free of any fault (保证零失败); a condition gone ('your dandruff clears up') and hair
loss in the verb's words ('your hair stops falling out'). False blocks: 滚 in a part the product
rolls on (滚刷, 滚子) or in rolling about (打滚) read as "get lost"; pets named in copy for what
cleans up after them (a mop, a vacuum) read as off topic. Each with a near miss on the other side."""

from __future__ import annotations

from guard_rows import blocking, check_row

SHAMPOO = {"item_id": "D1", "title": "Barkwell Oatmeal Dog Shampoo, 16 oz", "brand": "Barkwell",
           "category": "Dog Shampoo", "price": 12.0, "list_price": 15.0, "currency": "USD",
           "attributes": {"size": "16 oz", "scent": "oatmeal"}, "stock": 80}
SHAMPOO_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "BARK20"}

SAUCE = {"item_id": "S1", "title": "Ember & Ash Hot Chilli Sauce, 150 ml", "brand": "Ember & Ash",
         "category": "Hot Sauces", "price": 6.0, "list_price": 8.0, "currency": "GBP",
         "attributes": {"heat": "hot", "volume": "150 ml"}, "stock": 120}
SAUCE_OFFER = {"discount_pct": 25, "ends": "2027-06-30", "code": "HEAT25"}

IRON = {"item_id": "I1", "title": "Pressworth Steam Iron, 2600 W", "brand": "Pressworth", "category": "Irons",
        "price": 36.0, "list_price": 45.0, "currency": "GBP",
        "attributes": {"power": "2600 W", "soleplate": "ceramic"}, "stock": 60}
IRON_OFFER = {"discount_pct": 20, "ends": "2027-04-30", "code": "PRESS20"}

CAP = {"item_id": "C1", "title": "Wavecrest Silicone Swim Cap, Black", "brand": "Wavecrest", "category": "Swim Caps",
       "price": 8.0, "list_price": 10.0, "currency": "GBP", "attributes": {"material": "silicone"}, "stock": 80}
CAP_OFFER = {"discount_pct": 20, "ends": "2027-07-31", "code": "SWIM20"}

CURLER = {"item_id": "U1", "title": "Loopa Ceramic Curling Wand, 25 mm", "brand": "Loopa", "category": "Curling Wands",
          "price": 32.0, "list_price": 40.0, "currency": "USD",
          "attributes": {"barrel": "25 mm ceramic", "heat": "up to 210 C"}, "stock": 70}
CURLER_OFFER = {"discount_pct": 20, "ends": "2027-08-31", "code": "LOOP20"}

VACUUM = {"item_id": "V1", "title": "Dustly Cordless Stick Vacuum", "brand": "Dustly", "category": "Vacuums",
          "price": 120.0, "list_price": 150.0, "currency": "USD", "attributes": {"runtime": "40 minutes"}, "stock": 100}
VACUUM_OFFER = {"discount_pct": 20, "ends": "2027-09-30", "code": "DUST20"}

CHILI = {"item_id": "Z1", "title": "川妹 香辣牛肉酱 200克", "brand": "川妹", "category": "辣椒酱", "price": 19.9,
         "list_price": 24.9, "currency": "CNY", "attributes": {"规格": "200克", "辣度": "特辣"}, "stock": 300}
CHILI_OFFER = {"discount_pct": 20, "ends": "2027-06-30", "code": "LA20"}

COMB = {"item_id": "Z2", "title": "柔丝 直发梳 黑色", "brand": "柔丝", "category": "直发梳", "price": 129.0,
        "list_price": 169.0, "currency": "CNY", "attributes": {"功能": "负离子", "颜色": "黑色"}, "stock": 60}
COMB_OFFER = {"discount_pct": 24, "ends": "2027-07-31", "code": "COMB24"}

CHAIN = {"item_id": "Z3", "title": "骑途 自行车链条 滚子链 116节", "brand": "骑途", "category": "自行车链条",
         "price": 39.0, "list_price": 49.0, "currency": "CNY", "attributes": {"节数": "116节"}, "stock": 100}
CHAIN_OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "CHAIN20"}

MOP = {"item_id": "Z4", "title": "洁宝 平板拖把 免手洗", "brand": "洁宝", "category": "拖把", "price": 59.0,
       "list_price": 79.0, "currency": "CNY", "attributes": {"拖布": "超细纤维"}, "stock": 100}
MOP_OFFER = {"discount_pct": 25, "ends": "2027-06-18", "code": "MOP25"}


def _blocks(copy, product, locale, offer, channel="social"):
    return blocking(check_row(copy, product, locale, channel=channel, offer=offer))


# --- safety: put-downs and exclusion ----------------------------------------------------------------------------

def test_the_readers_pet_or_people_likened_to_vermin_is_toxic():
    assert "toxicity" in _blocks("Your cat looks like a sewer rat. Fix it: Barkwell shampoo, $12 with BARK20.",
                                 SHAMPOO, "en-US", SHAMPOO_OFFER)
    assert "toxicity" in _blocks("After the park your kids smell like goblins, and so does the dog. $12 with BARK20.",
                                 SHAMPOO, "en-US", SHAMPOO_OFFER)
    # a likeness that praises, and a rat as a breed, run down no one
    assert "toxicity" not in _blocks("Your dog looks like a teddy bear after a bath. $12 with BARK20.",
                                     SHAMPOO, "en-US", SHAMPOO_OFFER)
    assert "toxicity" not in _blocks("Your dog is a rat terrier with a wiry coat? Oatmeal suits it. $12 with BARK20.",
                                     SHAMPOO, "en-US", SHAMPOO_OFFER)


def test_readers_run_down_as_cowards_and_told_to_stay_away_are_insulted():
    assert "toxicity" in _blocks("Can't take the heat? Wimps need not apply. £6 with HEAT25.",
                                 SAUCE, "en-GB", SAUCE_OFFER)
    assert "toxicity" in _blocks("不敢吃辣的胆小鬼请绕道，川妹牛肉酱LA20到手19.9元。", CHILI, "zh-CN", CHILI_OFFER)
    assert "toxicity" in _blocks("怂货别来，川妹牛肉酱19.9元。", CHILI, "zh-CN", CHILI_OFFER)
    # advice on the heat welcomes them
    assert "toxicity" not in _blocks("New to chilli? Start with a drop. £6 with HEAT25.", SAUCE, "en-GB", SAUCE_OFFER)
    assert "toxicity" not in _blocks("怕辣的朋友可以先拌一小勺试试，川妹牛肉酱19.9元。", CHILI, "zh-CN", CHILI_OFFER)


def test_people_named_by_where_they_come_from_told_not_to_buy_are_excluded():
    assert "toxicity" in _blocks("Out-of-towners should shop elsewhere: this sauce is for us. £6 with HEAT25.",
                                 SAUCE, "en-GB", SAUCE_OFFER)
    assert "toxicity" in _blocks("We only sell it to true locals. £6 with HEAT25.", SAUCE, "en-GB", SAUCE_OFFER)
    assert "toxicity" in _blocks("外省人吃不惯就别买了，川妹牛肉酱19.9元。", CHILI, "zh-CN", CHILI_OFFER)
    assert "toxicity" in _blocks("这瓶酱只卖给懂行的当地人，19.9元。", CHILI, "zh-CN", CHILI_OFFER)
    # visitors and newcomers welcomed
    assert "toxicity" not in _blocks("Visiting from out of town? We post nationwide. £6 with HEAT25.",
                                     SAUCE, "en-GB", SAUCE_OFFER)
    assert "toxicity" not in _blocks("外地朋友也能下单，第一次吃可以先买一瓶，川妹牛肉酱19.9元。", CHILI, "zh-CN", CHILI_OFFER)


def test_a_chore_claimed_as_one_sexs_job_is_sexist():
    assert "toxicity" in _blocks("Ironing is a woman's job, so get her the good one, lads. £36 with PRESS20.",
                                 IRON, "en-GB", IRON_OFFER)
    assert "toxicity" in _blocks("A woman's place is in the kitchen, and now at the ironing board. £36.",
                                 IRON, "en-GB", IRON_OFFER)
    assert "toxicity" in _blocks("下厨本来就是女人的事，兄弟们买一瓶给老婆，19.9元。", CHILI, "zh-CN", CHILI_OFFER)
    # the claim put in doubt, and a chore shared, are no put-down
    assert "toxicity" not in _blocks("Who says ironing is a woman's job? £36 with PRESS20.", IRON, "en-GB", IRON_OFFER)
    assert "toxicity" not in _blocks("下厨不分男女，一家人一起拌饭，19.9元。", CHILI, "zh-CN", CHILI_OFFER)


# --- law: guarantees and health claims ------------------------------------------------------------------------

def test_a_full_refund_on_the_products_performance_is_a_guarantee():
    assert "absolute_claim" in _blocks("Curls that hold all day, or a full refund. $32 with LOOP20.",
                                       CURLER, "en-US", CURLER_OFFER)
    assert "absolute_claim" in _blocks("Full refund if it ever frizzes your hair. $32 with LOOP20.",
                                       CURLER, "en-US", CURLER_OFFER)
    assert "absolute_claim" in _blocks("直发一整天，回弯全额退款，柔丝直发梳129元。", COMB, "zh-CN", COMB_OFFER)
    assert "absolute_claim" in _blocks("有一点毛躁就全额退款，柔丝直发梳129元。", COMB, "zh-CN", COMB_OFFER)
    assert "absolute_claim" in _blocks("柔丝承诺：一整天不掉型，129元。", COMB, "zh-CN", COMB_OFFER)
    assert "absolute_claim" in _blocks("保证拌饭零失败，川妹牛肉酱19.9元。", CHILI, "zh-CN", CHILI_OFFER)
    # an order's terms, and a record's own 零添加, promise nothing about performance
    assert "absolute_claim" not in _blocks("未发货可全额退款，七天无理由退货，柔丝直发梳129元。", COMB, "zh-CN", COMB_OFFER)
    assert "absolute_claim" not in _blocks("订单取消后可全额退款，柔丝直发梳129元。", COMB, "zh-CN", COMB_OFFER)
    assert "absolute_claim" not in _blocks("A 25 mm ceramic barrel that heats to 210 C. $32 with LOOP20.",
                                           CURLER, "en-US", CURLER_OFFER)


def test_a_condition_gone_and_hair_loss_stopped_are_medical_claims():
    assert "medical_claim" in _blocks("Keeps chlorine out so your dandruff clears up. £8 with SWIM20.",
                                      CAP, "en-GB", CAP_OFFER)
    assert "medical_claim" in _blocks("Swim daily and watch your psoriasis go away. £8 with SWIM20.",
                                      CAP, "en-GB", CAP_OFFER)
    assert "medical_claim" in _blocks("Your hair stops falling out and your goggles stay put. £8 with SWIM20.",
                                      CAP, "en-GB", CAP_OFFER)
    # a cap keeping hair in, and fog or a stain gone, name no condition
    assert "medical_claim" not in _blocks("Stops long hair falling out of the back of the cap. £8 with SWIM20.",
                                          CAP, "en-GB", CAP_OFFER)
    assert "medical_claim" not in _blocks("Goggle fog clears up in seconds and the chlorine smell goes away. £8.",
                                          CAP, "en-GB", CAP_OFFER)


# --- false blocks --------------------------------------------------------------------------------------------

def test_the_character_for_roll_in_a_rolling_part_or_rolling_about_is_no_insult():
    # 滚子 of the record's 滚子链; 滚刷 and 打滚 in any copy
    assert "toxicity" not in _blocks("滚子顺滑不卡，骑途链条CHAIN20到手39元。", CHAIN, "zh-CN", CHAIN_OFFER)
    assert "toxicity" not in _blocks("双滚刷一起转，洁宝拖把59元。", MOP, "zh-CN", MOP_OFFER)
    assert "toxicity" not in _blocks("孩子在地上打滚也不怕，洁宝拖把59元。", MOP, "zh-CN", MOP_OFFER)
    assert "toxicity" not in _blocks("拖布在桶里滚一滚就干净，洁宝拖把59元。", MOP, "zh-CN", MOP_OFFER)
    # "get lost" still is
    assert "toxicity" in _blocks("骑不动就滚，骑途链条39元。", CHAIN, "zh-CN", CHAIN_OFFER)
    assert "toxicity" in _blocks("不买就滚蛋，洁宝拖把59元。", MOP, "zh-CN", MOP_OFFER)


def test_pets_in_copy_for_what_cleans_up_after_them_are_on_topic():
    assert "off_topic" not in _blocks("家里有宠物有娃的，地板天天要拖，洁宝平板拖把59元。", MOP, "zh-CN", MOP_OFFER)
    assert "off_topic" not in _blocks("Homes with pets and kids need a vacuum that keeps up: Dustly, $120 with DUST20.",
                                      VACUUM, "en-US", VACUUM_OFFER)
    # pets in copy for a product that has nothing to do with them still wander off topic
    assert "off_topic" in _blocks("Your pets will love the smell. £36 with PRESS20.", IRON, "en-GB", IRON_OFFER)
    assert "off_topic" in _blocks("宠物也爱吃，川妹牛肉酱19.9元。", CHILI, "zh-CN", CHILI_OFFER)
