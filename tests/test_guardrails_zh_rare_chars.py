"""Chinese word salad: a character outside the most frequent characters of Chinese text
(`garbled_text`, `rare_char_rank` in the zh-CN pack) that the record does not write blocks, since
marketing copy does not use such characters and a small model's word salad does. Every example is
written here (none is a row of a labelled set)."""

from __future__ import annotations

import pytest

from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.quality import common_han
from promo_llm.guardrails.rows import parse_row
from guard_rows import check_row

TEAPOT = {"item_id": "T1", "title": "青岚紫砂壶250毫升", "brand": "青岚", "category": "茶具", "price": 168.0,
          "list_price": 210.0, "currency": "CNY", "attributes": {"材质": "紫砂", "容量": "250毫升"}, "stock": 40}
# a brand with a rare character: the record writes it, so the copy may
FERN = {"item_id": "F1", "title": "蕨谷维C精华50毫升", "brand": "蕨谷", "category": "精华", "price": 219.0,
        "list_price": 269.0, "currency": "CNY", "attributes": {"容量": "50毫升"}, "stock": 40}
OFFER = {"discount_pct": 20, "ends": "2027-05-31", "code": "TEA20"}


def _verdict(copy: str, product: dict = TEAPOT, channel: str = "social"):
    return check_row(copy, product, "zh-CN", channel, OFFER)


def test_the_common_characters_are_the_frequent_ones():
    common = common_han(6500)
    assert len(common) == 6500
    assert {"的", "是", "壶", "茶", "折", "包", "邮", "码"} <= common
    assert not {"衽", "姏", "曯"} & common
    assert {"焖", "珐", "腩", "硌"} <= common  # a kitchen's and a shoe's everyday words
    assert common_han(4000) < common


@pytest.mark.parametrize("copy", [
    "青岚紫砂壶上新，雋永茶香入怀，一壶好茶陪你度过午后。#紫砂壶",
    "好茶配好壶，曯侣同饮更有滋味，青岚紫砂壶¥168，码TEA20 #茶具",
    "青岚紫砂壶衽襟之间尽是茶香，5月31日前用码TEA20到手¥168 #喝茶",
])
def test_a_rare_character_the_record_does_not_write_blocks(copy):
    verdict = _verdict(copy)
    assert not verdict.passed
    hits = [v for v in verdict.violations if v.rule == "garbled_text"]
    assert hits and "rare in Chinese text" in hits[0].message


@pytest.mark.parametrize("copy, product", [
    ("青岚紫砂壶250毫升，紫砂泡茶不夺香，5月31日前用码TEA20到手¥168。#紫砂壶", TEAPOT),
    ("蕨谷维C精华50毫升，5月31日前用码TEA20到手¥219。#护肤", FERN),
])
def test_clean_copy_and_a_rare_character_of_the_record_pass(copy, product):
    verdict = _verdict(copy, product)
    assert not [v for v in verdict.violations if v.rule == "garbled_text"], verdict.violations


def test_rank_zero_turns_the_check_off(monkeypatch):
    row = parse_row({"id": "t", "copy": "青岚紫砂壶上新，雋永茶香入怀，一壶好茶陪你度过午后。#紫砂壶", "channel": "social",
                     "locale": "zh-CN", "product": TEAPOT, "offer": OFFER})
    guard = Guardrails.load(campaign=row.campaign, catalog=[row.brief.product])
    monkeypatch.setitem(guard.pack("zh-CN").rules["garbled_text"].params, "rare_char_rank", 0)
    assert not [v for v in guard.check(row.copy, row.brief).violations if v.rule == "garbled_text"]
