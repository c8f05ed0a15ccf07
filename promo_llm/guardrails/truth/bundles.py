"""Bundled items: another item said to come with the product ('comes with matching running
shorts', '+ matching lip gloss', 加同款羊绒帽子一套) must be one the record or the offer's gift states
(the pack's `grounding_attribute` `bundle_patterns` find the construction)."""

from __future__ import annotations

import re

from ...facts import EN_STOP
from ..context import Context
from ..packs import compile_each
from ..text import CJK_RE, fold
from ..vocab import word_set
from .record import _stated


def check_bundle(ctx: Context) -> None:
    """Another item said to come with the product ('comes with matching running shorts', 'plus a
    matching play mat', 配套玻璃茶具一套): the item's head noun must be one the record or the
    offer's gift states. The pack's `grounding_attribute` `bundle_patterns` find the construction
    and capture the item as `item`."""
    params = ctx.pack.rules["grounding_attribute"].params
    patterns = tuple(params.get("bundle_patterns", ()))
    if not patterns or not any(k in ctx.low for k in params.get("bundle_keywords", ())):
        return
    gift = fold(ctx.brief.offer.gift or "")
    for rx in compile_each(patterns):
        for m in rx.finditer(ctx.low):
            first = m.group("item")[:-2] if "set_claim" in rx.groupindex else ""
            if first and ("套" in ctx.facts.text or not any(first[i:i + 2] in ctx.facts.text
                                                           for i in range(len(first) - 1))):
                continue  # a record that sells a set, or no kind of the record's beside the other (宝宝的软萌三件套)
            item = m.group("item")
            head = _item_head(item)
            if CJK_RE.search(item) and (_ZH_COUNT_END.search(item) or "head_end" in rx.groupindex):
                # 同款羊绒帽子一套: a count closes the item, so its head (帽子) is the thing added; so
                # does a bundle noun (+山茶籽洗发水组合装: 洗发水), where the pattern says so (`head_end`)
                if head and (head in ctx.facts.text or head in gift):
                    continue
            elif CJK_RE.search(item):  # no spaces: the item is stated when any two of its characters are
                core = item[:4]
                if any(core[i:i + 2] in ctx.facts.text or core[i:i + 2] in gift for i in range(len(core) - 1)):
                    continue
            elif head and _stated(ctx, head) and (other := _unstated_modifier(ctx, item, head, gift)):
                # 'matching lip gloss' where the record's 'gloss' is its finish ('high-gloss'):
                # another thing, named by a word the record lacks
                ctx.hit("grounding_attribute", m.span(), f"{m.group(0).strip()!r}: the record has no {other!r}")
                return
            if head and not (_stated(ctx, head) or head in gift or head in ctx.facts.words):
                ctx.hit("grounding_attribute", m.span(), f"{m.group(0).strip()!r}: the record has no {head!r}")
                return


def _unstated_modifier(ctx: Context, item: str, head: str, gift: str) -> str | None:
    """The word right before an English item's head when the record and the gift lack it and the
    head stands in the record only inside a compound ('high-gloss', not 'gloss' alone)."""
    words = item.split()
    if head not in words or words.index(head) == 0 or head in ctx.facts.words:
        return None
    mod = words[words.index(head) - 1]
    if mod in _STOP or _stated(ctx, mod) or mod in gift:
        return None
    return f"{mod} {head}"


_ZH_COUNT_END = re.compile(r"(?:[一两二三四五六七八九十\d]+[套个只件把台支份盒瓶]|各一)+$")


def _item_head(item: str) -> str | None:
    """The head noun of an item phrase: its last word before a function word ('running shorts'
    -> 'shorts'), or the last two characters of a Chinese phrase without its count (玻璃茶具一套
    -> 茶具)."""
    if CJK_RE.search(item):
        item = _ZH_COUNT_END.sub("", item)
        return item[-2:] if len(item) >= 2 else None
    words = []
    for w in item.split():
        if w in _STOP:
            break
        words.append(w)
    return words[-1] if words else None


# words that end an item phrase ('a packable stuff sack as our gift' -> 'sack')
_STOP = word_set("common_openers") | EN_STOP | word_set("item_phrase_ends")
