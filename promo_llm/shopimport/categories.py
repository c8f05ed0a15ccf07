"""Shop import: product categories derived from product names, for exports that have none.

A product's kind is the head noun of its name: in English noun phrases the head comes last
("T-Light Holder", "Hot Water Bottle"), though shop names often append a pattern or colour after
it ("Lunch Bag Red Retrospot"). So the method reads the catalogue itself:

1. Words are folded to a singular form against the catalogue's own vocabulary ("boxes" -> "box"
   where "box" occurs; "glass" stays).
2. A word is a *kind* when it ends at least `min_last` names and ends at least `min_last_share` of
   the names it occurs in (heads end names; colours, patterns and adjectives mostly do not).
   Generic descriptor words (colours, sizes, "set", "design", ...) never count as kinds.
3. A product's kind is its kind word with the highest headness (names it ends x share of its
   names it ends), the later word on ties: "Lunch Bag Red Retrospot" is a bag.
4. Kinds held by at least `min_products` products become categories, named by the plural of the
   word ("Holders", "Bags"); every other product takes the category most common among its
   `neighbours` nearest named products by TF-IDF cosine of their names (ties: the larger
   category, then the name) among those at least `min_similarity` alike, or "Other" when none is.

Everything is deterministic (no random state): the same names give the same categories in any order.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

DESCRIPTORS = frozenset("""
red orange yellow green blue purple pink white black grey gray brown cream ivory gold silver
copper bronze beige natural clear multi multicolour assorted asst colour colours colored coloured
small medium large mini jumbo big giant tall long short round square heart hearts
set sets pack packs piece pieces box-set design designs style size sizes new vintage retro
for with and the of in on to from by
""".split())
"""Words that describe a product but never say what it is (colours, sizes, packaging, joiners)."""

_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*")


@dataclass(frozen=True)
class CategoryConfig:
    min_last: int = 5
    min_last_share: float = 0.25
    min_products: int = 20
    neighbours: int = 5
    min_similarity: float = 0.3


def _singular(word: str, vocab: Counter) -> str:
    if len(word) > 4 and word.endswith("ies") and vocab.get(word[:-3] + "y"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and vocab.get(word[:-1]):
        return word[:-1]
    if len(word) > 3 and word.endswith("es") and vocab.get(word[:-2]):
        return word[:-2]
    return word


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _category_name(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in _plural(word).split("-"))


def tokenize(names: Sequence[str]) -> list[list[str]]:
    """Lower-cased words of each name (3+ letters), folded to singular against all the names."""
    raw = [[w for w in _WORD.findall(n.lower()) if len(w) >= 3] for n in names]
    vocab = Counter(w for ws in raw for w in ws)
    return [[_singular(w, vocab) for w in ws] for ws in raw]


def derive_categories(names: Mapping[str, str], config: CategoryConfig | None = None) -> dict[str, str]:
    """{item_id: category} for products named `names` ({item_id: name}); see the module docstring."""
    cfg = config or CategoryConfig()
    ids = sorted(names)
    toks = tokenize([names[i] for i in ids])
    last = Counter(ws[-1] for ws in toks if ws)
    total = Counter(w for ws in toks for w in set(ws))
    kinds = {w for w, n in last.items() if n >= cfg.min_last and n / total[w] >= cfg.min_last_share
             and w not in DESCRIPTORS}
    head = {w: last[w] * last[w] / total[w] for w in kinds}
    kind_of = [max((w for w in ws if w in kinds), key=lambda w: (head[w], ws.index(w)), default=None)
               for ws in toks]
    sizes = Counter(k for k in kind_of if k is not None)
    named = {k for k, n in sizes.items() if n >= cfg.min_products}
    label = [_category_name(k) if k in named else None for k in kind_of]
    return dict(zip(ids, _fill_by_neighbours(toks, label, cfg.neighbours, cfg.min_similarity)))


def _fill_by_neighbours(toks: list[list[str]], label: list[str | None], k: int,
                        min_similarity: float) -> list[str]:
    """Unlabelled names take the most common label of their k most similar labelled names."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    todo = [i for i, c in enumerate(label) if c is None]
    done = [i for i, c in enumerate(label) if c is not None]
    if not todo:
        return [str(c) for c in label]
    if not done:
        return ["Other"] * len(label)
    vec = TfidfVectorizer(analyzer=lambda ws: ws, sublinear_tf=True)
    x = vec.fit_transform(toks)
    sim = (x[todo] @ x[done].T).toarray()
    size = Counter(c for c in label if c is not None)
    out = list(label)
    for r, i in enumerate(todo):
        row = sim[r]
        if row.max() < min_similarity:
            out[i] = "Other"
            continue
        order = np.lexsort((np.arange(len(done)), -row))[:k]
        votes = Counter(label[done[j]] for j in order if row[j] >= min_similarity)
        out[i] = max(votes, key=lambda c: (votes[c], size[c], c))
    return [str(c) for c in out]


__all__ = ["derive_categories", "CategoryConfig", "DESCRIPTORS", "tokenize"]
