"""How many a pack holds: "Set of 3", "pack of 6", "4-pack", "12-piece", 3只装, 两个装. A count
written with a word of packing names the product's own number of pieces, so it must be one the
record states the same way (its title "Set/2", "2只装", or a count attribute: pieces, 数量). A
record that states no pack count leaves the claim to the other number checks; the offer's dates
and prices never ground it (the "3" of an offer ending in March is no set of 3)."""

from __future__ import annotations

import re

from ..context import Context
from ..text import num_key, zh_number
from ..vocab import word_list, word_table

_EN_COUNT = {w: int(v) for w, v in word_table("en_number_words").items() if v is not None and " " not in w}
_N = r"(?P<n>\d+|" + "|".join(_EN_COUNT) + r")"
_PACK_EN = re.compile(r"\b(?:" + "|".join(word_list("pack_nouns")) + r")\s+of\s+" + _N + r"\b"
                      r"|\b" + _N.replace("?P<n>", "?P<m>") + r"[\s\-]?(?:" + "|".join(word_list("pack_count_words"))
                      + r")\b(?![\s\-]?(?:of|sets?)\b)")
_PACK_ZH = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:" + "|".join(word_list("zh_pack_measure_words")) + r")装")
_RECORD_SET = re.compile(r"\bset\s*/\s*(?P<n>\d+)\b|\bset\s+(?P<m>\d+)\b")
_COUNT_KEYS = re.compile("|".join(map(re.escape, word_list("pack_count_keys"))))


def _value(raw: str) -> float | None:
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    if raw in _EN_COUNT:
        return float(_EN_COUNT[raw])
    return zh_number(raw)


def _counts_in(text: str) -> set[str]:
    out = set()
    for rx in (_PACK_EN, _PACK_ZH, _RECORD_SET):
        for m in rx.finditer(text):
            v = _value(m.group("n") or m.group("m") if "m" in rx.groupindex else m.group("n"))
            if v is not None:
                out.add(num_key(v))
    return out


def record_pack_counts(ctx: Context) -> set[str]:
    """The pack counts the record states: in its title, or as the number of a count attribute."""
    got = ctx.facts.memo.get("pack_counts")
    if got is None:
        p = ctx.brief.product
        got = _counts_in(p.title.lower())
        for k, v in p.attributes.items():
            if _COUNT_KEYS.search(str(k).lower()):
                first = re.match(r"\s*(\d+)", str(v))
                if first:
                    got.add(num_key(float(first.group(1))))
        ctx.facts.memo["pack_counts"] = got
    return got


def check_pack_counts(ctx: Context) -> None:
    """Each pack count of the copy must be one the record states (when it states one)."""
    rx = _PACK_ZH if ctx.lang == "zh" else _PACK_EN
    found = list(rx.finditer(ctx.low))
    if not found:
        return
    record = record_pack_counts(ctx)
    if not record:
        return
    for m in found:
        raw = m.group("n") or (m.group("m") if "m" in rx.groupindex else None)
        value = _value(raw) if raw else None
        if value is not None and num_key(value) not in record:
            ctx.hit("grounding_number", m.span(), f"{ctx.copy[m.start():m.end()]!r}: the record's pack holds "
                                                  f"{', '.join(sorted(record))}")
            return
