"""Truth, claim frames in Chinese: whether a frame word where it stands is a frame at all. The
short frames (带 'with', 添加 'added') are also parts of other words and phrases: a negation
before them says the product lacks the thing (不添加防腐剂, 无添加), a longer word holds them (带来,
带娃, 添加剂, 添加到购物车, 肩带), and 带 names a part only where it opens a clause (带高清摄像头) or
follows the record's own words (电动拖把带自动烘干), not inside a noun of the copy's own (可调节肩带).
The words are the pack's `claim_frames.zh` (`packs/common.yaml`): `negations`, `not_frames` and
`bound`."""

from __future__ import annotations

from functools import lru_cache

from ...facts import Facts
from ..packs import load_common
from ..text import is_pictograph

_CLAUSE_START = "，。！？、；：,.!?;:（）()【】《》“”\"'‘’～~ \n\t#@/|"


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    zh = (load_common().get("claim_frames") or {}).get("zh") or {}
    return (tuple(str(n) for n in zh.get("negations") or ()), tuple(zh.get("not_frames") or ()),
            frozenset(zh.get("bound") or ()))


def not_a_frame(low: str, start: int, end: int, facts: Facts) -> bool:
    """Is the frame word `low[start:end]` no claim of a part or an ingredient here?"""
    negations, not_frames, bound = _words()
    frame = low[start:end]
    if any(low[:start].endswith(n) for n in negations):
        return True  # 不添加防腐剂: a claim of absence, not of a part
    for word in not_frames:
        at = word.find(frame)
        if at >= 0 and start - at >= 0 and low.startswith(word, start - at):
            return True  # 带来, 添加剂: another word
    if frame in bound:
        before = low[:start].rstrip(" \t")
        opens = not before or before[-1] in _CLAUSE_START or is_pictograph(before[-1])
        after_record = start >= 2 and low[start - 2:start] in facts.text and low[start - 1:end] not in facts.text
        return not (opens or after_record)
    return False
