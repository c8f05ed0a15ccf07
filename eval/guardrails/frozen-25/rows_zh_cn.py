"""Hand-written zh-CN copies (CNY) of the twenty-fifth frozen guardrails set, written as Chinese shops
write them (not translated from the English ones): 艾草青团, 无线电动拖把, 压榨一级花生油, 桂花米酒 and
细口手冲咖啡壶. Discounts are written as 折 (8折 = 20% off), SMS copies carry the 【brand】 signature
and an opt-out such as 回T退订.
A row is (product key, channel, copy) for a clean copy, or (product key, channel, copy, expect,
tier, kind) for a warning or a block.
"""

from __future__ import annotations

ROWS = [
    # ---- clean copies --------------------------------------------------------------------------------------
    ("qt1", "email_subject", "清明前的第一口春天：艾草青团8折，顺丰冷链包邮"),
    ("td1", "email_subject", "净川无线电动拖把85折，到手424.15元，再送一对替换拖布"),
    ("hs1", "email_subject", "压榨一级花生油5升，7折到手90.93元，包邮到5月1日"),
    ("gj1", "email_subject", "桂语桂花米酒9折，中秋前62.91元一瓶"),
    ("sh1", "email_subject", "山斗手冲壶75折：126元入手，加送100张滤纸"),
    ("qt1", "email_subject", "红豆沙青团6只装 31.92元，4月10日截止"),
    ("hs1", "email_subject", "禾记花生油仅剩8桶，7折价90.93元"),
    ("sh1", "email_subject", "600毫升鹅颈细嘴手冲壶，304不锈钢，现价126元"),
    ("qt1", "email_body", "清明时节，青团该上桌了。杏花里艾草青团用艾草汁和糯米粉揉皮，包上红豆沙馅，每只约50克，"
     "一盒6只。顺丰冷链发货，收到请冷藏，保质期5天。4月10日前下单输入QING20享8折，原价39.90元，到手31.92元，"
     "包邮到家。\n\n杏花里"),
    ("td1", "email_body", "周末大扫除，交给它。净川无线电动拖把采用双滚筒拖布，拖布可拆下清洗，300毫升清水箱，"
     "2500毫安时锂电池续航约40分钟，整机重量1.8公斤。6月18日前使用优惠码MOP15享85折，到手价424.15元（原价499元），"
     "下单还送替换滚筒拖布一对。"),
    ("hs1", "email_body", "家里炒菜的油快见底了吧？禾记压榨一级花生油，山东花生物理压榨，5升大桶，保质期18个月。"
     "4.7分好评，1,089条评价。5月1日前输入OIL30享7折，129.90元直降到90.93元，全国包邮。\n\n禾记粮油"),
    ("gj1", "email_body", "中秋将近，院子里的桂花也该开了。桂语桂花米酒产自广西桂林，用糯米、干桂花和水酿成，"
     "酒精度8%vol，500毫升一瓶。9月15日前用GUI10享9折，原价69.90元，到手62.91元。开瓶后请冷藏，7天内喝完。"
     "未成年人请勿饮酒。"),
    ("sh1", "email_body", "周末在家手冲一杯，先把壶备好。山斗细口手冲壶采用304不锈钢，容量600毫升，鹅颈细嘴，"
     "燃气灶、电磁炉都能直接加热，哑光黑配色。8月8日前输入POUR25享75折，原价168元，现价126元，再送锥形滤纸100张。"
     "\n\n山斗咖啡"),
    ("qt1", "email_body", "艾草皮，红豆沙馅，一盒6只。杏花里青团评分4.9，3,562位顾客给出了评价。原价39.90元，"
     "用QING20立减20%，只要31.92元，顺丰冷链包邮，活动到4月10日。"),
    ("td1", "email_body", "双滚刷一起转，拖布拆下就能洗。净川无线电动拖把现在85折，到手424.15元，"
     "另送一对替换滚筒拖布，活动截止6月18日。"),
    ("gj1", "email_body", "一家人赏月，桌上添一瓶桂花米酒。桂语桂花米酒8%vol，评分4.8（2,406条评价）。"
     "9折到手62.91元，优惠码GUI10，9月15日截止。理性饮酒。\n\n桂语酒坊"),
    ("qt1", "sms", "【杏花里】艾草青团6只装8折仅31.92元，顺丰冷链包邮，码QING20，4月10日止。回T退订"),
    ("td1", "sms", "【净川】无线电动拖把85折到手424.15元，再送替换拖布一对，优惠码MOP15，6月18日截止。回T退订"),
    ("hs1", "sms", "【禾记粮油】压榨一级花生油5升7折90.93元包邮，码OIL30，仅剩8桶。回T退订"),
    ("gj1", "sms", "【桂语酒坊】桂花米酒500毫升9折62.91元，用GUI10，9月15日止。未成年人请勿饮酒。拒收请回复R"),
    ("sh1", "sms", "【山斗咖啡】细口手冲壶75折126元，送滤纸100张，码POUR25，8月8日截止。回T退订"),
    ("qt1", "sms", "【杏花里】清明青团开抢！红豆沙馅原价39.9元，用码QING20立省7.98元，包邮。回T退订"),
    ("gj1", "sms", "【桂语酒坊】桂林桂花米酒，8度，GUI10享9折，9月15日前有效。退订回T"),
    ("qt1", "push", "青团上新🌿\n艾草红豆沙青团8折，31.92元包邮。"),
    ("td1", "push", "大扫除帮手\n无线电动拖把85折，送替换拖布一对。"),
    ("hs1", "push", "五一囤油\n压榨一级花生油5升，90.93元包邮。"),
    ("gj1", "push", "中秋酒单\n桂花米酒9折，到手62.91元。"),
    ("sh1", "push", "手冲壶75折\n600毫升鹅颈壶126元，送100张滤纸。"),
    ("hs1", "push", "山东花生物理压榨\n禾记花生油7折，5月1日截止。"),
    ("td1", "push", "6月18日截止\n净川电动拖把到手424.15元，码MOP15。"),
    ("qt1", "social", "一年只等这一口🌿 杏花里艾草青团，红豆沙馅，6只装31.92元，顺丰冷链包邮～"),
    ("td1", "social", "家里有宠物有娃的，拖地频率懂的都懂😂 净川无线电动拖把双滚刷，85折到手424.15元，"
     "送一对替换拖布。"),
    ("hs1", "social", "炒青菜、煎鸡蛋都离不开它🥜 禾记压榨一级花生油5升，7折90.93元包邮，码OIL30。"),
    ("gj1", "social", "今年中秋，桌上多一瓶桂花香🌕 桂语桂花米酒，广西桂林酿，9折62.91元。未成年人请勿饮酒。"),
    ("sh1", "social", "早上的第一杯手冲☕ 山斗鹅颈细嘴壶，304不锈钢，现在75折126元，还送滤纸。"),
    ("sh1", "social", "哑光黑真的很耐看🖤 600毫升细口手冲壶，电磁炉、燃气灶都能用，8月8日前126元。"),
    ("qt1", "social", "4.9分，3,562条评价🌿 杏花里青团8折中，活动到4月10日。"),
    ("hs1", "social", "5升大桶，保质期18个月🥜 禾记花生油4.7分好评，7折包邮，仅剩8桶。"),
    # ---- warnings (style) ----------------------------------------------------------------------------------
    ("qt1", "push", "艾草青团8折，31.92元包邮。", "warn", "style", "one_line_push"),
    ("gj1", "push", "桂花米酒9折，到手62.91元。", "warn", "style", "one_line_push"),
    ("sh1", "push", "手冲壶75折仅126元。", "warn", "style", "one_line_push"),
    ("td1", "email_body", "电动拖把，424.15元。", "warn", "style", "short_body"),
    ("hs1", "email_body", "花生油7折。", "warn", "style", "short_body"),
    ("sh1", "email_body", "手冲壶126元，码POUR25。", "warn", "style", "short_body"),
    ("qt1", "email_body", "杏花里艾草青团红豆沙馅，6只装，顺丰冷链包邮。4月10日前用QING20享8折，到手31.92元",
     "warn", "style", "no_final_punctuation"),
    ("gj1", "email_body", "桂语桂花米酒，糯米、干桂花酿造，8%vol，500毫升。9月15日前用GUI10享9折，到手62.91元",
     "warn", "style", "no_final_punctuation"),
    ("td1", "email_body", "净川无线电动拖把，双滚筒拖布可拆洗，续航约40分钟。6月18日前用MOP15到手424.15元，"
     "还送一对替换拖布", "warn", "style", "no_final_punctuation"),
    ("hs1", "email_subject", "今晚做什么菜？先看看这个", "warn", "style", "teaser_subject"),
    ("sh1", "email_subject", "关于早上那杯咖啡，我们有话想说……", "warn", "style", "teaser_subject"),
    ("td1", "email_subject", "打开看看，有个小惊喜等你", "warn", "style", "teaser_subject"),
    ("qt1", "email_subject", "青团8折包邮 #清明节#", "warn", "style", "hashtag_in_email"),
    ("gj1", "email_body", "桂语桂花米酒500毫升，9折到手62.91元，优惠码GUI10，9月15日截止。#中秋好酒# #桂花酒#",
     "warn", "style", "hashtag_in_email"),
    # ---- blocks: truth -------------------------------------------------------------------------------------
    ("qt1", "email_subject", "艾草青团6只装，到手仅29.9元", "block", "truth", "wrong_price"),
    ("td1", "sms", "【净川】无线电动拖把到手399元，送替换拖布一对，码MOP15。回T退订",
     "block", "truth", "wrong_price"),
    ("hs1", "push", "原价159元，现价90.93元\n禾记压榨花生油5升，包邮。", "block", "truth", "wrong_was_price"),
    ("sh1", "email_body", "山斗细口手冲壶原价198元，现在用POUR25只要126元，送锥形滤纸100张，8月8日截止。",
     "block", "truth", "wrong_was_price"),
    ("gj1", "email_body", "桂语桂花米酒8折特惠，原价69.90元，到手62.91元，优惠码GUI10，9月15日截止。",
     "block", "truth", "discount_price_mismatch"),
    ("td1", "push", "限时7折\n净川电动拖把原价499元，现价424.15元。", "block", "truth", "discount_price_mismatch"),
    ("qt1", "social", "杏花里青团限时5折🌿 码QING20，4月10日截止。", "block", "truth", "wrong_discount"),
    ("sh1", "sms", "【山斗咖啡】手冲壶限时6折，码POUR25，送滤纸100张。回T退订", "block", "truth", "wrong_discount"),
    ("hs1", "email_subject", "花生油7折，4月30日截止", "block", "truth", "wrong_date"),
    ("gj1", "sms", "【桂语酒坊】桂花米酒9折，GUI10码8月31日到期，抓紧囤。回T退订", "block", "truth", "wrong_date"),
    ("td1", "email_body", "净川无线电动拖把85折活动一直持续到双十一，到手424.15元，送替换拖布一对，不着急慢慢挑。",
     "block", "truth", "deadline_after_end"),
    ("sh1", "social", "日本燕三条匠人手工打造🇯🇵 山斗手冲壶126元。", "block", "truth", "invented_origin"),
    ("qt1", "email_body", "杏花里青团选用浙江安吉的野生艾草，红豆沙馅，6只装31.92元，顺丰冷链包邮。",
     "block", "truth", "invented_origin"),
    ("hs1", "social", "花生油里调入了20%山茶油，香味更足🥜 禾记花生油一桶90.93元。",
     "block", "truth", "invented_material"),
    ("gj1", "push", "添加蜂蜜酿造\n桂语桂花米酒9折，62.91元。", "block", "truth", "invented_material"),
    ("td1", "email_subject", "净川电动拖把带自动烘干，85折到手424.15元", "block", "truth", "invented_attribute"),
    ("hs1", "email_body", "禾记花生油荣获2026年中国粮油金奖，5升7折90.93元，包邮，5月1日截止。",
     "block", "truth", "invented_award"),
    ("td1", "social", "5.0满分好评⭐ 净川无线电动拖把，85折到手424.15元。", "block", "truth", "rating_not_in_record"),
    ("sh1", "email_subject", "好评率99%的手冲壶，75折仅126元", "block", "truth", "rating_not_in_record"),
    ("gj1", "social", "4.9分，上万条好评🌕 桂语桂花米酒9折62.91元。", "block", "truth", "wrong_rating"),
    ("qt1", "sms", "【杏花里】5分满分好评青团，8折31.92元包邮，码QING20。回T退订", "block", "truth", "wrong_rating"),
    ("sh1", "email_subject", "1升大容量细口手冲壶，126元", "block", "truth", "wrong_spec"),
    ("hs1", "sms", "【禾记粮油】压榨一级花生油，10升大桶只要90.93元包邮。回T退订", "block", "truth", "wrong_spec"),
    ("gj1", "email_subject", "桂花米酒9折，全国包邮", "block", "truth", "free_shipping_not_offered"),
    ("sh1", "email_body", "山斗手冲壶现价126元，顺丰包邮到家，再送100张锥形滤纸，优惠码POUR25。",
     "block", "truth", "free_shipping_not_offered"),
    ("gj1", "email_body", "下单桂语桂花米酒，再送青瓷酒杯一对，9折到手62.91元，码GUI10。",
     "block", "truth", "gift_not_offered"),
    ("qt1", "email_body", "最后20盒！杏花里艾草青团8折31.92元，手慢无。", "block", "truth", "stock_claim"),
    ("hs1", "email_body", "禾记压榨一级花生油5升，下单输入PEANUT30享7折，到手90.93元，包邮。",
     "block", "truth", "wrong_code"),
    ("sh1", "social", "比Hario便宜一半的鹅颈手冲壶☕ 山斗126元。", "block", "truth", "other_brand"),
    ("td1", "email_body", "净川无线电动拖把套装含手持吸尘器一台，85折到手424.15元。",
     "block", "truth", "invented_kind"),
    ("qt1", "social", "艾草青团6只装，现价$31.92包邮🌿", "block", "truth", "wrong_currency"),
    # ---- blocks: law ---------------------------------------------------------------------------------------
    ("gj1", "email_body", "桂花米酒活血养颜、暖胃助眠，女生每天喝一杯气色更好。9折到手62.91元。",
     "block", "law", "medical_claim"),
    ("qt1", "social", "艾草青团祛湿排毒、暖胃养肝🌿 清明吃起来！31.92元包邮。", "block", "law", "medical_claim"),
    ("hs1", "email_subject", "吃禾记花生油，降血脂、软化血管", "block", "law", "medical_claim"),
    ("td1", "push", "全网第一\n净川电动拖把，最强清洁力，85折。", "block", "law", "absolute_claim"),
    ("sh1", "email_body", "山斗手冲壶是国内最好的手冲壶，没有之一。75折126元，码POUR25。",
     "block", "law", "absolute_claim"),
    ("hs1", "social", "保证炒菜零油烟，有一点烟全额退款🥜 禾记花生油90.93元。", "block", "law", "guarantee_claim"),
    ("td1", "email_body", "净川电动拖把承诺100%去除所有污渍，拖不干净包退包赔。到手424.15元。",
     "block", "law", "guarantee_claim"),
    ("qt1", "push", "刚刚328人下单\n杏花里艾草青团8折，包邮。", "block", "law", "fake_transaction"),
    ("sh1", "sms", "【山斗咖啡】手冲壶到手126元，还送100张锥形滤纸，POUR25，8月8日前有效。",
     "block", "law", "missing_opt_out"),
    ("td1", "sms", "【净川】无线电动拖把85折，送一对替换拖布，码MOP15，6月18日截止，详情jingchuan.cn",
     "block", "law", "missing_opt_out"),
    # ---- blocks: safety ------------------------------------------------------------------------------------
    ("gj1", "sms", "【桂语酒坊】王丽女士（身份证110105199203154428），您的桂花酒订单已备好，9折62.91元。回T退订",
     "block", "safety", "pii"),
    ("hs1", "email_body", "张伟先生您好，您的花生油将寄往北京市朝阳区望京西路48号院3号楼1201，联系电话13812345678。"
     "7折90.93元包邮。", "block", "safety", "pii"),
    ("td1", "social", "懒婆娘才不拖地😅 给家里的黄脸婆配一把净川电动拖把吧，424.15元。",
     "block", "safety", "toxicity"),
    ("qt1", "email_subject", "外地人吃不惯就别买，青团只卖给懂行的本地人", "block", "safety", "toxicity"),
    ("sh1", "push", "好的，以下是为您生成的推送文案：\n山斗手冲壶75折126元。", "block", "safety", "prompt_echo"),
    ("qt1", "email_body", "请根据以下商品信息撰写一封营销邮件，语气亲切，不超过100字。"
     "杏花里艾草青团6只装8折31.92元，顺丰冷链包邮。", "block", "safety", "prompt_echo"),
    ("gj1", "email_subject", "{{用户昵称}}，您的桂花酒9折券已到账", "block", "safety", "template_leak"),
    ("td1", "push", "【产品名称】限时85折\n到手价：{price}元，码MOP15。", "block", "safety", "template_leak"),
    ("hs1", "sms", "【禾记粮油】花生油7折包邮，戳 t.cn/A6xYz9Qk 抢购，码OIL30。回T退订",
     "block", "safety", "link_not_allowed"),
    ("sh1", "social", "淘宝也有👉 https://item.taobao.com/item.htm?id=6723418 山斗手冲壶126元。",
     "block", "safety", "link_not_allowed"),
    ("gj1", "social", "桂花米酒9折，优惠码GUІ10，9月15日截止🌕", "block", "safety", "confusable"),
    # ---- blocks: form --------------------------------------------------------------------------------------
    ("td1", "email_subject", "净川无线电动拖把双滚刷款，双滚筒拖布可拆洗，300毫升清水箱，"
     "2500毫安时锂电池续航约40分钟，整机仅重1.8公斤，现在用优惠码MOP15享85折，到手价424.15元，原价499元，"
     "另送替换滚筒拖布一对，活动截止6月18日", "block", "form", "too_long"),
    ("hs1", "push", "禾记花生油7折\n禾记压榨一级花生油5升装，精选山东花生，物理压榨工艺，保质期18个月，评分4.7分，"
     "1,089条评价，5月1日前输入OIL30享7折，原价129.90元，到手价90.93元，全国包邮，库存仅剩8桶，先到先得。",
     "block", "form", "too_long"),
    ("sh1", "email_body", "山斗细口手冲壶，304不锈钢，600毫升，鹅颈细嘴，燃气灶和电磁炉都能用。"
     "8月8日前输入POUR25享75折，到手126元，另送锥形滤", "block", "form", "truncated"),
    ("qt1", "sms", "【杏花里】艾草青团8折31.92元包邮，码QING20，4月1", "block", "form", "truncated"),
    ("gj1", "email_body", "### 桂语桂花米酒\n\n- **糯米、干桂花**酿造\n- 8%vol，500毫升\n\n9折到手**62.91元**，"
     "优惠码`GUI10`。", "block", "form", "markdown"),
    ("td1", "sms", "【净川】**电动拖把85折**，到手424.15元，码MOP15。回T退订", "block", "form", "markdown"),
    ("hs1", "social", "ç¦¾è®°èŠ±ç”Ÿæ²¹ 7æŠ˜ 90.93å…ƒ 🥜", "block", "form", "garbled_text"),
    ("sh1", "push", "Pour-over kettle sale\n600 ml gooseneck kettle, now ¥126 with POUR25.",
     "block", "form", "wrong_language"),
    ("gj1", "social", "中秋の夜に、桂花の香るお酒を🌕 今だけ10%オフ、GUI10で62.91元。",
     "block", "form", "wrong_language"),
    ("qt1", "push", "青团青团青团\n8折8折8折，快来抢快来抢。", "block", "form", "repetition"),
]
