"""Text features of a copy for the trained conversion model (not the prior: its weights stay hand-set).

The prior reranker's copy features (`prior.copy_features`) say whether the copy names the product,
states the offer, calls to action, is long enough and reads fluently. Choosing between the
candidates of one brief turns on the copy alone, so the trained model gets a few more readings of
it, each computed from the copy and the brief (the record, the offer, the user's observed
interests) and never from any simulator's latent truth:

- `repetition`: share of the copy's content words that repeat an earlier one (garbled copy from a
  small model repeats itself);
- `length_share`, `length_share_sq`: length as a share of the channel's max_chars, and its square,
  so the model can learn a comfortable band instead of "longer is better";
- `interest_words`: the copy, with the product's own title and brand taken out, uses a word of the
  user's observed top categories (their names, and the words of the kinds of product the shop
  sells in them: `category_vocabulary` of the run's catalogue), weighted by that category's share of the user's top
  one.

Each is in [0, 1] except `length_share` (capped at 1.5) and its square.
"""

from __future__ import annotations

import re
from typing import Iterable, Mapping

from ..channels import channel_spec
from ..records import Brief

TEXT_FEATURES = ("repetition", "length_share", "length_share_sq", "interest_words")

_WORD = re.compile(r"[a-z]{3,}|[\u4e00-\u9fff]", re.I)
_LATIN = re.compile(r"[a-z]{3,}")
_STOP = frozenset({"the", "and", "for", "with", "you", "your", "our", "now", "this", "that", "are", "off",
                   "reply", "stop", "opt", "out", "from", "all", "just", "get", "new"})


def _stem(word: str) -> str:
    word = word.lower()
    for suffix in ("ing", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def category_vocabulary(products: Iterable[tuple[str, str, str]]) -> dict[str, frozenset[str]]:
    """Each category's words from the shop's catalogue (`(category, title, brand)` rows), keyed by
    the lower-cased category.

    A category's words are its name's words and the title words (brands left out) that at least
    two of its products share and that at most a quarter of the categories use."""
    by_cat: dict[str, dict[str, int]] = {}
    for category, title, brand in products:
        counts = by_cat.setdefault(category.lower(), {})
        brand_words = {_stem(w) for w in _LATIN.findall((brand or "").lower())}
        for w in {_stem(w) for w in _LATIN.findall(title.lower())} - brand_words - _STOP:
            counts[w] = counts.get(w, 0) + 1
    spread: dict[str, int] = {}
    for counts in by_cat.values():
        for w in counts:
            spread[w] = spread.get(w, 0) + 1
    limit = max(1, len(by_cat) // 4)
    return {cat: frozenset(w for w, n in counts.items() if n >= 2 and spread[w] <= limit)
            for cat, counts in by_cat.items()}


def category_words(category: str, vocabulary: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The words of a category: its name's words plus its catalogue words in `vocabulary`."""
    name = {_stem(w) for w in _LATIN.findall(category.lower())} - _STOP
    return frozenset(name) | vocabulary.get(category.lower(), frozenset())


def repetition(text: str) -> float:
    """Share of content words that repeat an earlier one (0 for fewer than four words)."""
    words = [w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP]
    return 1.0 - len(set(words)) / len(words) if len(words) >= 4 else 0.0


def _interest(text: str, brief: Brief, vocabulary: Mapping[str, frozenset[str]]) -> float:
    rest = text.lower()
    product = brief.product
    loc = product.localized(brief.locale)
    for name in (product.title, loc.title, product.brand or ""):
        if name:
            rest = rest.replace(name.lower(), " ")
    words = {_stem(w) for w in _LATIN.findall(rest)}
    cats: Mapping[str, float] = dict(brief.user.top_categories)
    top = max(cats.values(), default=0.0)
    best = 0.0
    for cat, weight in cats.items():
        if top > 0 and words & category_words(cat, vocabulary):
            best = max(best, weight / top)
    return best


def text_features(copy: str, brief: Brief,
                  vocabulary: Mapping[str, frozenset[str]] | None = None) -> dict[str, float]:
    """The trained model's extra readings of one copy (see the module docstring); `vocabulary`
    from `category_vocabulary` (without it only the categories' names count)."""
    try:
        max_chars = channel_spec(brief.channel, brief.locale).max_chars
    except (KeyError, ValueError):
        max_chars = 160
    share = min(1.5, len(copy) / max(1, max_chars))
    return {"repetition": repetition(copy), "length_share": share, "length_share_sq": share * share,
            "interest_words": _interest(copy, brief, vocabulary or {})}
