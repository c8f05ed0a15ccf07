"""How many a pack holds: "Set of 3", "pack of 6", "4-pack", "12-piece", 3只装, 两个装. A count
written with a word of packing names the product's own number of pieces, so it must be one the
record states the same way (its title "Set/2", "2只装", or a count attribute: pieces, 数量); the
offer's dates and prices never ground it (the "3" of an offer ending in March is no set of 3). A
record that states no pack count still gives the number a meaning: one it writes only as a measure
grounds no pack of that many ("a pack of 50" for a 50 ml serum; `quantities.record_measures`); any
other is left to the other number checks. A count the record writes the same way as a spec of the
product ({"construction": "3-piece"} of a 12 pack of golf balls) is that spec, not the pack's
count. (The patterns and the record's pack counts are read in
`quantities.py`, with the record's other quantities.)"""

from __future__ import annotations

import re

from ..context import Context
from ..text import num_key
from .quantities import PACK_EN, PACK_ZH, measure_note, pack_value, record_measures, record_pack_counts


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
        if record and num_key(value) not in record:
            ctx.hit("grounding_number", m.span(), f"{ctx.copy[m.start():m.end()]!r}: the record's pack holds "
                                                  f"{', '.join(sorted(record))}")
            return
        if num_key(value) in measures:
            ctx.hit("grounding_number", m.span(), f"{ctx.copy[m.start():m.end()]!r}: no pack count in the record; "
                                                  f"{measure_note(ctx, num_key(value))}")
            return
