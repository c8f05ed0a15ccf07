"""How many a pack holds: "Set of 3", "pack of 6", "4-pack", "12-piece", 3只装, 两个装. A count
written with a word of packing names the product's own number of pieces, so it must be one the
record states the same way (its title "Set/2", "2只装", or a count attribute: pieces, 数量); the
offer's dates and prices never ground it (the "3" of an offer ending in March is no set of 3). A
record that states no pack count still gives the number a meaning: one it writes only as a measure
grounds no pack of that many ("a pack of 50" for a 50 ml serum; `quantities.record_measures`); any
other is left to the other number checks. A number with a unit after it ("24 bags of 40 g") is
the size of each, a measure the number checks judge, no count. A count the record writes the same
way as a spec of the product ({"construction": "3-piece"} of a 12 pack of golf balls) is that
spec, not the pack's count. (The patterns and the record's pack counts are read in
`quantities.py`, with the record's other quantities.) How many people the product is for ('for
six players', 适合6人) may be no more than the most the record states (`check_person_counts`).
A total the copy works out from two counts it states ('Three rolls of 36 ... 108 frames') is read
by `stated_total`."""

from __future__ import annotations

import re

from ..context import Context
from ..text import NUMBER_RE, UNIT_AFTER, num_key, zh_number
from ..vocab import word_list
from .quantities import (EN_COUNTS, PACK_EN, PACK_ZH, measure_note, pack_value, record_measures,
                         record_pack_counts, record_quantities)


_SEP = re.compile(r"[\s\-]+")


def _in_record(ctx: Context, phrase: str) -> bool:
    """Does the record write `phrase` ('3-piece', '3 piece') whole, spaces and hyphens aside?"""
    text = ctx.facts.memo.get("pack_text")
    if text is None:
        text = ctx.facts.memo["pack_text"] = _SEP.sub(" ", ctx.facts.text)
    return bool(re.search(r"(?<![\d.])" + re.escape(_SEP.sub(" ", phrase)) + r"\b", text))


def check_pack_counts(ctx: Context) -> None:
    """Each pack count of the copy must be one the record states (when it states one), and never a
    number the record writes only as a measure."""
    rx = PACK_ZH if ctx.lang == "zh" else PACK_EN
    found = list(rx.finditer(ctx.low))
    if not found:
        return
    record = record_pack_counts(ctx)
    measures = record_measures(ctx) if not record else {}
    for m in found:
        raw = m.group("n") or (m.group("m") if "m" in rx.groupindex else None)
        value = pack_value(raw) if raw else None
        if value is None:
            continue
        if _in_record(ctx, m.group(0)):
            continue  # "3-piece" where the record's construction is "3-piece"
        if m.group("n") and UNIT_AFTER.match(ctx.low, m.end()):
            continue  # "24 bags of 40 g": the size of each bag, a measure, no count of the pack
        if record and num_key(value) not in record:
            ctx.hit("grounding_number", m.span(), f"{ctx.copy[m.start():m.end()]!r}: the record's pack holds "
                                                  f"{', '.join(sorted(record))}")
            return
        if num_key(value) in measures:
            ctx.hit("grounding_number", m.span(), f"{ctx.copy[m.start():m.end()]!r}: no pack count in the record; "
                                                  f"{measure_note(ctx, num_key(value))}")
            return


# how many people the product is for: 'for six players', '4-player', 'up to 8 people', 6人同玩,
# 适合6人 (`person_count_nouns` after a cue of `person_count_cues`, `zh_person_count_before` and
# `_after`); not how many bought or rated it ('loved by 1,200 people', 1,275人评价)
_NUM_EN = r"(?P<n>\d+|" + "|".join(w for w, v in EN_COUNTS.items() if v) + r")"
_PERSON_NOUNS = "|".join(word_list("person_count_nouns"))
PERSONS_EN = re.compile(r"(?:\b(?:" + "|".join(word_list("person_count_cues")) + r")\s+(?:up\s+to\s+|as\s+many\s+as\s+|"
                        r"\d+\s*(?:-|to|or)\s*)?|\bup\s+to\s+)" + _NUM_EN + r"\s+(?:" + _PERSON_NOUNS + r")\b"
                        r"|(?<![\d,.])\b" + _NUM_EN.replace("?P<n>", "?P<m>") + r"-(?:" + _PERSON_NOUNS + r")\b")
_NUM_ZH = r"(?<![\d,.])(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:人|位)"
PERSONS_ZH = re.compile(r"(?:" + "|".join(word_list("zh_person_count_before")) + r")" + _NUM_ZH.replace("?P<n>", "?P<m>")
                        + r"|" + _NUM_ZH + r"(?=(?:同时)?(?:" + "|".join(word_list("zh_person_count_after")) + r"))")


def check_person_counts(ctx: Context) -> None:
    """A number of people the copy says the product is for ('Croquet for six players', 适合6人)
    may be no more than the most the record states ({"players": "4"}, 'up to 4 people', a
    '4-Player' title): a 4-player set is one fewer can play, never six. A record that states no
    number of people leaves the count to the other number checks."""
    rx = PERSONS_ZH if ctx.lang == "zh" else PERSONS_EN
    found = list(rx.finditer(ctx.low))
    if not found:
        return
    record = {float(n) for n, u in record_quantities(ctx) if u == "person"}
    record |= {v for m in rx.finditer(ctx.facts.text.lower()) if (v := _persons(m)) is not None}
    if not record:
        return
    for m in found:
        value = _persons(m)
        if value is not None and value > max(record):
            ctx.hit("grounding_number", m.span(), f"{ctx.copy[m.start():m.end()]!r}: the record's product is for "
                                                  f"at most {num_key(max(record))}")
            return


def _persons(m: re.Match) -> float | None:
    return pack_value(m.group("n") or m.groupdict().get("m") or "")


# a count the copy states in digits, in English words or in Chinese numerals
_EN_COUNT_RE = re.compile(r"\b(?:" + "|".join(EN_COUNTS) + r")\b")
_ZH_COUNT_RE = re.compile(r"[一二两三四五六七八九十百]+")


def stated_total(ctx: Context, value: float) -> bool:
    """Is `value`, a whole number the record does not write, the product of two counts of two or
    more that the record's title and attributes state and that the copy states too ('Three rolls of
    36' and 'Shoot 108 frames' for a pack of 3 rolls of 36 exposures; 3卷×36张 and 共108张)? Then it is
    the total the copy works out in front of the reader, no figure of its own. A total whose factors
    the copy does not state ('108 frames' alone) is left to the number checks: the reader has
    nothing to check it against, and a coincidence of two record figures grounds nothing."""
    if value != int(value) or value < 4:
        return False
    p = ctx.brief.product
    text = " ".join([p.title, *(str(v) for v in p.attributes.values())]).replace(",", "").lower()
    record = {int(x) for x in re.findall(r"(?<![\d.])\d+(?![\d.]*\d)", text)}
    record |= {EN_COUNTS[w] for w in _EN_COUNT_RE.findall(text)}
    record = {n for n in record if n >= 2}
    low = ctx.low.replace(",", "")
    copy = {int(float(x)) for x in NUMBER_RE.findall(low) if "." not in x}
    copy |= {EN_COUNTS[w] for w in _EN_COUNT_RE.findall(low)}
    copy |= {int(v) for w in _ZH_COUNT_RE.findall(low) if (v := zh_number(w))}
    factors = record & copy
    return any(value % a == 0 and value // a in factors and value // a != a for a in factors)
