"""Truth, companion items: a kind of product the record does not state may still stand in copy
as something other than what is sold: an item the product is used with or fits in ("fits in your
backpack" beside the stove it sells, "Dumbbells down, mat out"). `companion` says whether a kind is
one; the attribute check (`record.check_attributes`) lets it pass only where the copy also names
its own product (`names_own_product`) or is the reader's own thing the product is used on
(`readers_own`: 'your shirts' for a steamer). A kind listed with other kinds, said to come with the
product or given to it with 'with', or heading a line of its own, is claimed as sold.
"""

from __future__ import annotations

import re
from typing import Any

from ...facts import names_product, record_attributes
from ..context import Context
from ..text import fold, list_items, listed_together
from ..vocab import word_list

_WORD = re.compile(r"[a-z]+")
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_READERS = re.compile("(?:" + "|".join(rf"\b{w}\s+" if w.isascii() else w for w in word_list("reader_possessives"))
                      + ")$")


def companion(ctx: Context, m: Any, found: list, canon_of: Any) -> bool:
    """May the kind of product `m` be a companion item ('fits in your backpack', 'Dumbbells down,
    mat out')? Not when it stands in a list with another kind ('Bedding, headphone and earbuds?'):
    that lists what the copy is about (a small model echoing the customer's interests)."""
    if _listed_with_own(ctx, m):
        return False
    first = min([m.start()] + [o.start() for o in found if listed_together(ctx.low, m.span(), o.span())])
    lead = re.split(r"[,.;:!?\n]", ctx.low[max(0, first - 40):first])[-1]
    paired = bool(_PAIRING.search(lead)) and bool(re.search(r"\bwith\s+(?:\w+\s+)?$", lead))
    for o in found:
        if (o is m or not any(g[0] == "product" for g in canon_of[o.group(0)])
                or canon_of[o.group(0)] == canon_of[m.group(0)]):  # 'jeans or trousers': one kind
            continue
        # a list of kinds is what the copy is about, unless the product is said to go with them
        # ('pairs with jeans, chinos or shorts')
        if listed_together(ctx.low, m.span(), o.span()) and not paired:
            return False
    if m.group(0).isascii():
        # said to come with the product: 'comes with a headphone case', 'plus a tote bag', 'with
        # 120 pieces and a headphone bag' (a building-blocks set), 'with duck down and a pair of
        # earbuds' (a jacket). Not 'looks good with a parka' or 'your phone and earbuds'.
        clause = re.split(r"[,.;:!?\n]", ctx.low[max(0, m.start() - 60):m.start()])[-1]
        if _INCLUDED.search(clause) or _WITH_AND.search(clause):
            return False
        # 'it's $40.99 with a headphone and earbuds' (a pet bed), '$81.99 with a headphone
        # socket' (a blender): 'with' gives the product a part it lacks; 'pairs with jeans',
        # 'a look that works with a parka' name what it is worn or used with
        if _WITH_PART.search(clause) and not _PAIRING.search(clause):
            return False
    # a heading of its own: a line, or the part of one before a colon, that names another kind of
    # product and not the product, with no word that ties the two ('Housing, headphone and
    # earbuds' over a pillowcase, 'Bedroom and earbuds: The ... Duvet'); 'Room in your backpack'
    # and 'Stocking stuffer for a backpack' tie them
    if not m.group(0).isascii():
        return True
    a = max(ctx.low.rfind("\n", 0, m.start()), ctx.low.rfind(":", 0, m.start())) + 1
    ends = [i for i in (ctx.low.find("\n", m.end()), ctx.low.find(":", m.end())) if i >= 0]
    seg = ctx.low[a:min(ends) if ends else len(ctx.low)]
    if not _TIE.search(seg):
        record_canon = record_attributes(ctx.facts, ctx.compiled["attributes"])
        in_seg = [o for o in found if a <= o.start() and o.end() <= a + len(seg)]
        # the product named in the heading, or anything else the record states there (its colour)
        if not (names_own_product(ctx, in_seg, canon_of, record_canon, seg)
                or any(not canon_of[o.group(0)].isdisjoint(record_canon) for o in in_seg)):
            return False
    return True


def _listed_with_own(ctx: Context, m: Any) -> bool:
    """Is the kind at `m` listed with an item named in words of the product's own title alone
    ('Ring light, tripod and clip-on microphone' for a ring light with tripod)? The list says what
    is sold, so the kind is sold with it, no companion ('Dumbbells down, mat out' lists no part)."""
    own = set(_WORD.findall(ctx.brief.product.title.lower())) - set(_WORD.findall((ctx.brief.product.brand or "").lower()))
    title = fold(ctx.brief.product.title).replace(" ", "")
    # an item's Chinese words count too: '熨衣板不用搬出来。净衣挂烫机s3' is not named by the
    # model code 's' of its title alone
    return any(m.group(0) not in item and (ws := set(_WORD.findall(item)) - {"a", "an", "the"}) and ws <= own
               and all(run in title for run in _CJK_RUN.findall(item))
               for item in list_items(ctx.low, m.span()))


def readers_own(ctx: Context, m: Any) -> bool:
    """Is the kind at `m` the reader's own thing, a possessive of the reader right before it
    ('your shirts, finally smooth', 你的衬衫 for a steamer; `reader_possessives`)? What the
    product is used on, not a claim that it is or includes one ('your new shirt' is not: a word
    between may name what is bought)."""
    return bool(_READERS.search(ctx.low, max(0, m.start() - 8), m.start()))


# words that make a heading prose rather than a bare list of kinds: a tie to the product, or an
# article ('fixing the tent after dark: the ... Headlamp', 'Groceries, gym kit, a good book: ...')
_TIE = re.compile(r"\b(?:your|you|in|into|inside|on|for|with|fits?|pairs?|under|over|beside|next|from|"
                  r"around|along|alongside|to|or|like|than|as|by|meets?|plus|a|an|the|after|before)\b")


_INCLUDED = re.compile(r"\b(?:plus|including|includes|include|comes? with|ships? with|bundled with)\s+"
                       r"(?:(?:a|an|the|two|one|its|free)\s+)?(?:pair of\s+)?(?:[a-z\-]+\s+){0,2}$")
_WITH_PART = re.compile(r"\bwith\s+(?:a|an|one|two|its|the|their)?\s*(?:pair of\s+)?$")
_PAIRING = re.compile(r"\b(?:pairs?|paired|go|goes|going|works?|looks?|wear|wears|worn|does|do|style[ds]?|"
                      r"match(?:es|ed)?|team(?:s|ed)?|layers?|layered|fits?|compatible|together|good|great|better|"
                      r"best|perfect|ideal|easy|nice|lovely)\b")
_WITH_AND = re.compile(r"\bwith\b(?:(?!\byour\b).)*\band\s+(?:a|an|one|two)\s+(?:pair of\s+)?$")


def names_own_product(ctx: Context, found: list, canon_of: Any, record_canon: set,
                       text: str | None = None) -> bool:
    """Does the copy (or `text`, a part of it, with `found` its matches) name the product it
    sells: a kind of product the record states, or a word of its title or category other than
    the brand (`names_product` with the brand left out, whole Latin words)? Copy that names
    another kind of product beside its own mentions a companion item ("clips to a backpack");
    copy that names only another kind is about some other product."""
    if any(g[0] == "product" and g in record_canon for m in found for g in canon_of[m.group(0)]):
        return True
    return bool(names_product(ctx.low if text is None else text, ctx.brief, brand=False, whole_words=True))
