"""Chinese word salad of common characters (`garbled_text`, `salad_word_gain` in the zh-CN pack):
Chinese copy whose characters, read with wordfreq's zh word list, group into no words blocks;
clean copy of every kind, with brands, numbers and 折 discounts, passes. Every example is written
here (none is a row of a labelled set or an evaluated copy)."""

from __future__ import annotations

import random

import pytest

from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.quality import common_han
from promo_llm.guardrails.rows import parse_row
from promo_llm.guardrails.zh_salad import outside_record, word_gain
from guard_rows import check_row

KETTLE = {"item_id": "K1", "title": "暖灶1.7升不锈钢电热水壶", "brand": "暖灶", "category": "厨房电器", "price": 159.0,
          "list_price": 199.0, "currency": "CNY", "attributes": {"材质": "304不锈钢", "容量": "1.7升"}, "stock": 40}
SHOES = {"item_id": "S1", "title": "轻途男款缓震跑鞋", "brand": "轻途", "category": "运动鞋", "price": 299.0,
         "list_price": 399.0, "currency": "CNY", "attributes": {"颜色": "雾灰", "尺码": "39-45"}, "stock": 40}
TEA = {"item_id": "T1", "title": "云栖明前龙井茶250克", "brand": "云栖", "category": "茶叶", "price": 228.0,
       "list_price": 268.0, "currency": "CNY", "attributes": {"产地": "杭州", "净含量": "250克"}, "stock": 40}
CREAM = {"item_id": "C1", "title": "禾沐保湿面霜50克", "brand": "禾沐", "category": "护肤", "price": 129.0,
         "list_price": 159.0, "currency": "CNY", "attributes": {"容量": "50克", "肤质": "干性"}, "stock": 40}
BAG = {"item_id": "B1", "title": "行迹15.6英寸通勤双肩包", "brand": "行迹", "category": "箱包", "price": 189.0,
       "list_price": 239.0, "currency": "CNY", "attributes": {"颜色": "黑色", "材质": "尼龙"}, "stock": 40}
OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "HOME20"}

CLEAN = [
    ("早上起床五分钟就能喝上热水，暖灶电热水壶304不锈钢内胆，8折到手¥159，5月31日截止。", KETTLE),
    ("烧水快、断电稳，一家人用刚刚好。暖灶1.7升电热水壶，码HOME20享8折。", KETTLE),
    ("鞋底轻软回弹，每天通勤走路也不累脚，周末去公园慢跑正合适。轻途跑鞋8折¥299，39-45码都有。", SHOES),
    ("跑步新手的第一双鞋：轻途缓震跑鞋，雾灰色百搭，现在下单享8折。", SHOES),
    ("今年的新茶到了，汤色清亮，入口回甘，送给长辈或者自己喝都很合适。云栖龙井250克，85折¥228。", TEA),
    ("明前龙井，一口就是春天的味道🍵 杭州产区，5月31日前用码HOME20。", TEA),
    ("冬天皮肤容易干，这款面霜质地清爽不油腻，晚上涂一层，第二天早上脸还是软软的。禾沐面霜¥129。", CREAM),
    ("干皮救星来了！禾沐保湿面霜50克，7折包邮，码HOME20。", CREAM),
    ("电脑、水杯、雨伞都能装下，背带加厚，上下班背着也不勒肩膀。行迹双肩包¥189，8折截止5月31日。", BAG),
    ("行迹通勤双肩包上新，黑色尼龙耐磨防泼水，今天下单立减40元。", BAG),
    ("上新啦，8折！", KETTLE),  # short copy: too little to judge
]


def _verdict(copy: str, product: dict, channel: str = "social"):
    return check_row(copy, product, "zh-CN", channel, OFFER)


def _salad_hits(verdict) -> list:
    return [v for v in verdict.violations if v.rule == "garbled_text" and "no words" in v.message]


def _shuffled(text: str, seed: int) -> str:
    """The Chinese characters of `text` shuffled among their places (marks, digits, letters stay)."""
    places = [i for i, ch in enumerate(text) if "\u4e00" <= ch <= "\u9fff"]
    han = [text[i] for i in places]
    random.Random(seed).shuffle(han)
    chars = list(text)
    for i, ch in zip(places, han):
        chars[i] = ch
    return "".join(chars)


def _random_common(n: int, seed: int) -> str:
    chars = sorted(common_han(2000))
    rng = random.Random(seed)
    return "".join(rng.choice(chars) for _ in range(n)) + "。"


@pytest.mark.parametrize("copy, product", CLEAN)
def test_clean_copy_passes(copy, product):
    assert not _salad_hits(_verdict(copy, product))


@pytest.mark.parametrize("copy, product", CLEAN[:10])
def test_clean_copy_reads_as_words(copy, product):
    score, n = word_gain(copy)
    assert n >= 12 and score > 0.1, (score, n)


@pytest.mark.parametrize("copy, product", CLEAN[:10:2])
def test_the_same_characters_shuffled_block(copy, product):
    salad = _shuffled(copy, seed=len(copy))
    assert word_gain(salad)[0] < word_gain(copy)[0] - 0.3
    verdict = _verdict(salad, product)
    assert not verdict.passed
    assert _salad_hits(verdict), verdict.violations


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_random_common_characters_block(seed):
    salad = _random_common(20, seed)
    assert all(ch in common_han(6500) for ch in salad[:-1])  # the rare-character check cannot see it
    hits = _salad_hits(_verdict(salad, KETTLE))
    assert hits and "word salad" in hits[0].message


def test_salad_of_clean_words_reordered_character_by_character_blocks():
    # every character is in a word of the clean sentence, none of its pairs is
    salad = "水钢热锈早电不壶上起内床胆分钟五就能喝"
    assert not _verdict(salad + "，暖灶电热水壶¥159。", KETTLE).passed


def test_too_little_text_is_not_judged():
    salad = _random_common(8, seed=5)
    assert word_gain(salad)[1] < 12
    assert not _salad_hits(_verdict(salad, KETTLE))


def test_the_record_text_is_left_out():
    assert outside_record("暖灶电热水壶烧水快，一家人用刚刚好", "暖灶1.7升不锈钢电热水壶") == ["烧水快", "一家人用刚刚好"]
    # a title of any characters judges nothing: only the copy's own words are read
    odd = dict(KETTLE, title="场静替明启让小壶", brand="场静")
    assert word_gain("场静替明启让小壶", "场静替明启让小壶")[1] == 0
    assert not _salad_hits(_verdict("场静替明启让小壶上新，早上五分钟就能喝上热水，一家人用刚刚好。", odd))


def test_no_threshold_turns_the_check_off(monkeypatch):
    salad = _random_common(24, seed=9)
    row = parse_row({"id": "t", "copy": salad, "channel": "social", "locale": "zh-CN", "product": KETTLE,
                     "offer": OFFER})
    guard = Guardrails.load(campaign=row.campaign, catalog=[row.brief.product])
    assert _salad_hits(guard.check(row.copy, row.brief))
    monkeypatch.delitem(guard.pack("zh-CN").rules["garbled_text"].params, "salad_word_gain")
    assert not _salad_hits(guard.check(row.copy, row.brief))
