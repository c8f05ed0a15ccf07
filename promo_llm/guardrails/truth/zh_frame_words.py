"""Truth, claim frames in Chinese: whether a frame word where it stands is a frame at all. The
short frames (带 'with', 添加 'added') are also parts of other words and phrases: a longer word
holds them (带来, 带娃, 添加剂, 添加到购物车, 肩带), and a bound frame (带, 添加) names a part or an ingredient only
where it and its object fill a line of their own, a headline (带高清摄像头 over the next line), or
where it follows the record's own words (电动拖把带自动烘干, 米酒添加蜂蜜), not in a running sentence
(带饭党的好帮手, 带一条回家吧, 从添加辅食到...) nor inside a noun of the copy's own (可调节肩带).
A negated frame (不添加防腐剂, 不含防腐剂) stays a claim: an absence the record must state. The words
are the pack's `claim_frames.zh` (`packs/common.yaml`): `not_frames` and `bound`."""

from __future__ import annotations

import re
from functools import lru_cache

from ...facts import Facts
from ..packs import load_common
from ..text import is_pictograph

_LINE_START = "\n/|"
_HEADLINE_MAX = 10


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], frozenset[str]]:
    zh = (load_common().get("claim_frames") or {}).get("zh") or {}
    return tuple(zh.get("not_frames") or ()), frozenset(zh.get("bound") or ())


def not_a_frame(low: str, start: int, end: int, facts: Facts) -> bool:
    """Is the frame word `low[start:end]` no claim of a part or an ingredient here?"""
    not_frames, bound = _words()
    frame = low[start:end]
    for word in not_frames:
        at = word.find(frame)
        if at >= 0 and start - at >= 0 and low.startswith(word, start - at):
            return True  # 带来, 添加剂: another word
    if frame in bound:
        return not (_headline(low, start, end) or (start >= 2 and low[start - 2:start] in facts.text
                                                   and low[start - 1:end] not in facts.text))
    return False


def _headline(low: str, start: int, end: int) -> bool:
    """Does the frame open a line that it and its object fill ('带高清摄像头' over the copy's
    next line)? In a running sentence 带 and 添加 are mostly verbs (带饭党, 带一条回家吧, 从添加辅食到...)."""
    before = low[:start].rstrip(" \t")
    if before and before[-1] not in _LINE_START and not is_pictograph(before[-1]):
        return False
    rest = re.split(r"[\n/|]", low[end:], maxsplit=1)[0].rstrip()
    while rest and is_pictograph(rest[-1]):
        rest = rest[:-1].rstrip()
    return 2 <= len(rest) <= _HEADLINE_MAX and re.fullmatch(r"[\w\- ]+", rest) is not None
