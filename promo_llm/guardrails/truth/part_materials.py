"""Truth, the material of a named part: where the record gives a part of the product its material
({"carafe": "borosilicate glass"}, {"内胆": "304不锈钢"}), a material the copy puts right before
that part ('stainless carafe', 陶瓷内胆) must be the one the record gives it. The attribute check
reads the record whole, so a material the record names for another part ('stainless steel
filter') lets 'stainless carafe' pass there; the part says whose material it is. Materials are
the attribute lexicon's `material` entries (the pack's and the catalogue's); a part whose record
value names no material ({"fits": "most refrigerator doors"}) is not judged, and the offer's gift
may be the part in another material ('a spare black nylon strap' with a canvas-strap watch)."""

from __future__ import annotations

import re

from ..context import Context
from ..text import CJK_RE, fold

_PHRASE_END = re.compile(r"[.,;:!?()\[\]\n/|…—–+&]|\band\b|\bor\b|\bwith\b")
_WINDOW = 32  # characters before a Latin part searched for its material
_ZH_GAP = ("", "的")  # what may stand between a Chinese material and its part


def _materials(text: str, ctx: Context) -> list[tuple[re.Match, frozenset[str]]]:
    """The lexicon's materials in `text`: each match with its canonical materials."""
    (latin, cjk), canon = ctx.compiled["attributes"][:2]
    out = []
    for rx in (latin, cjk):
        for m in rx.finditer(text) if rx else ():
            key = re.sub(r"[\s\-]+", " ", m.group(0).lower())
            names = frozenset(name for kind, name in dict.get(canon, key, ()) if kind == "material")
            if names:
                out.append((m, names))
    return out


def _parts(ctx: Context) -> list[tuple[str, str, frozenset[str]]]:
    """The record's parts that it gives a material: (part, its value, the value's materials)."""
    key = ("part_materials", id(ctx.compiled["attributes"][1]))  # per lexicon: the catalogue adds materials
    memo = ctx.facts.memo.get(key)
    if memo is None:
        memo = []
        for key, value in ctx.brief.product.attributes.items():
            part, text = fold(str(key)).strip(), fold(str(value))
            if len(part) < 2 or (part.isascii() and not re.fullmatch(r"[a-z]+(?: [a-z]+)?", part)):
                continue
            names = frozenset().union(*(n for _, n in _materials(text, ctx))) if text else frozenset()
            if names:
                memo.append((part, text, names))
        ctx.facts.memo[key] = memo
    return memo


def check_part_materials(ctx: Context) -> None:
    """A material put right before one of the record's parts that is not the material the record
    gives that part blocks as `grounding_attribute`."""
    taken = [h.span for h in ctx.hits if h.rule == "grounding_attribute" and h.span]
    gift = fold(ctx.brief.offer.gift or "")
    for part, value, names in _parts(ctx):
        if CJK_RE.match(part):
            spots = [(m.start(), m.end()) for m in re.finditer(re.escape(part), ctx.low)]
        else:
            spots = [m.span() for m in re.finditer(rf"(?<![a-z\-]){re.escape(part)}(?:e?s)?\b", ctx.low)]
        for s, e in spots:
            lo = max(0, s - _WINDOW)
            before = ctx.low[lo:s]
            cut = max((m.end() for m in _PHRASE_END.finditer(before)), default=0)
            for m, mats in _materials(before[cut:], ctx):
                gap = before[cut + m.end():]
                if CJK_RE.match(part) and gap not in _ZH_GAP:
                    continue
                if not CJK_RE.match(part) and len(gap.split()) > 1:
                    continue  # one modifier at most between them ('stainless double-wall carafe')
                said = m.group(0)
                if mats & names or said in value or (said in gift and part in gift):
                    continue  # the record's material, or the offer's gift ('a spare nylon strap')
                span = (lo + cut + m.start(), e)
                if any(a < span[1] and span[0] < b for a, b in taken):
                    continue
                ctx.hit("grounding_attribute", span,
                        f"{ctx.low[span[0]:span[1]]!r}: the record's {part} is {value!r}")
                return
