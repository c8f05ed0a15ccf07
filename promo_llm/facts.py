"""Record facts: what a product record and its offer (a `Brief`) substantiate, in the forms that
prompting, the guardrails and the reranker read.

- `facts_for(brief)`: the record text (folded), its figures, prices, savings, end dates, words and
  capitalised words, memoised per catalog record and offer (`Facts.memo` keeps per-record work of
  the readers: stated attributes, rating numbers, quantities, record terms).
- `record_terms(brief)`: Latin words and Chinese character pairs of the record and offer.
- `offer_terms(brief)` / `discount_forms(pct)`: the offer as copy writes it ('15%', '8.5折', the code).
- `names_product(text, brief)`: the one answer to "does this text name the product it promotes".

Pure text over records: no model, no pack files, no workspace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .records import Brief
from .textnorm import fold, num_key, str_num_key

_NUM_RE = re.compile(r"\d+(?:\.\d+)?")
_CAPS_TOKEN = re.compile(r"(?<![A-Za-z0-9'\-])[A-Z][A-Z0-9'\-]*[A-Z0-9](?![A-Za-z0-9'\-])")
_LOW_TOKEN = re.compile(r"[a-z0-9][a-z0-9'\-]*")


@dataclass
class Facts:
    """What the product record and offer substantiate, precomputed once per brief."""

    text: str
    """Lower-cased, folded record text: title, brand, category, attributes (all languages), code, gift."""
    numbers: set[str]
    money: tuple[float, ...]
    discounts: tuple[float, ...]
    ends: tuple[date, ...]
    currency: str
    price: float
    list_price: float | None
    stock: int | None
    code: str | None
    words: frozenset[str]
    """Latin words and number tokens of the record (lower-case)."""
    savings: tuple[float, ...] = ()
    """Amounts the offer saves: list price minus price, and each discount of the list price (of
    the price where there is none)."""
    reference_prices: tuple[float, ...] = ()
    """Prices a "was"/原价 may show: the list price, or the price itself when the offer's discount
    comes on top of it (no separate list price)."""
    caps: frozenset[str] = frozenset()
    """Words the record itself writes in capitals (ASICS, SK-II): not shouting when copied."""
    pairs: str = ""
    """Each attribute's name and value read as one phrase ('made' and 'by hand in our workshop': 'made
    by hand in our workshop'), folded: where the record splits a phrase between the two."""
    memo: dict = field(default_factory=dict)
    """Per-record results a reader computes once (attribute canon set, rating numbers, terms)."""


def _record_parts(brief: Brief) -> list[str]:
    p, o = brief.product, brief.offer
    parts = [p.title, p.brand or "", p.category, o.code or "", o.gift or "", brief.brand_signature or ""]
    for k, v in p.attributes.items():
        parts += [str(k), str(v)]
    for loc in p.i18n.values():
        parts += [str(loc.get("title", "")), str(loc.get("category", ""))]
        for k, v in (loc.get("attributes") or {}).items():
            parts += [str(k), str(v)]
    return parts


_FACTS_CACHE: dict[tuple, tuple[Any, Facts]] = {}


def facts_for(brief: Brief) -> Facts:
    """`build_facts`, memoised for the same Product object with the same offer and signature
    (a batch checks many candidates and many users against one catalog record)."""
    key = (id(brief.product), brief.offer, brief.brand_signature)
    got = _FACTS_CACHE.get(key)
    if got is not None and got[0] is brief.product:
        return got[1]
    facts = build_facts(brief)
    if len(_FACTS_CACHE) >= 4096:
        _FACTS_CACHE.clear()
    _FACTS_CACHE[key] = (brief.product, facts)
    return facts


def _pair(key: str, value: str) -> str:
    """An attribute's name and value as one phrase: a space between, none between two Chinese
    characters ('手工' and '制作': 手工制作)."""
    cjk = all("\u4e00" <= c <= "\u9fff" for c in (key[-1:] or "a", value[:1] or "a"))
    return key + ("" if cjk else " ") + value


def build_facts(brief: Brief) -> Facts:
    p, o = brief.product, brief.offer
    raw = " | ".join(_record_parts(brief))
    text = fold(raw)
    caps = frozenset(_CAPS_TOKEN.findall(raw))
    numbers = {str_num_key(x) for x in _NUM_RE.findall(text.replace(",", ""))}
    price, lp = float(p.price), (float(p.list_price) if p.list_price is not None else None)
    money = [price]
    discounts: list[float] = []
    for d in (o.discount_pct, p.discount_pct):
        if d is not None and d > 0:  # a 0% discount is no discount
            discounts.append(float(d))
            money.append(round(price * (1 - float(d) / 100), 2))
    if lp is not None:
        money += [lp, round(lp - price, 2)]
        if lp > 0 and lp > price:
            discounts.append((lp - price) / lp * 100)
        for d in (o.discount_pct, p.discount_pct):
            if d is not None and d > 0:
                money.append(round(lp * (1 - float(d) / 100), 2))
                money.append(round(lp * float(d) / 100, 2))
    savings = [lp - price] if lp is not None and lp > price else []
    savings += [(lp or price) * d / 100 for d in discounts]
    refs = [lp] if lp is not None else []
    if o.discount_pct is not None and (lp is None or abs(lp - price) < 0.005):
        refs.append(price)
    ends = tuple(d for d in (o.ends, p.promo_ends) if d is not None)
    # a saving of 0 (list price = price) substantiates no amount: "Size 0.00" is no figure
    money = [v for v in money if v > 0.005]
    for v in money:
        numbers.add(num_key(v))
    for d in discounts:
        numbers.add(num_key(round(d)))
        numbers.add(num_key(d))
    for e in ends:
        numbers |= {str(e.year), str(e.month), str(e.day), f"{e.month:02d}", f"{e.day:02d}"}
    # The stock level is not a free number: only a stock claim may state it (the guardrails'
    # stock check), and prompts do not show it.
    words = frozenset(_LOW_TOKEN.findall(text))
    pairs = fold(" | ".join(_pair(str(k), str(v)) for attrs in (p.attributes, *((loc.get("attributes") or {})
                                                                              for loc in p.i18n.values()))
                            for k, v in attrs.items()))
    return Facts(text=text, numbers=numbers, money=tuple(money), discounts=tuple(discounts), ends=ends,
                 currency=(p.currency or "USD").upper(), price=price, list_price=lp, stock=p.stock,
                 code=o.code, words=words, caps=caps, pairs=pairs, savings=tuple(savings), reference_prices=tuple(refs))


def record_attributes(facts: Facts, lexicon: tuple) -> set[tuple[str, str]]:
    """The (kind, canonical) groups of an attribute lexicon (the guardrails' `attribute_lexicon()`)
    that the record states in any of their forms ('grey' in the record states ('colour', 'grey'),
    so 'gray' is true too), in its text or across an attribute's name and value ("made": "by hand":
    made by hand); memoised per record and lexicon (a run's lexicon holds its catalogue's kinds of
    product)."""
    key = ("attributes", id(lexicon[1]))
    got = facts.memo.get(key)
    if got is None:
        (latin_rx, cjk_rx), canon_of = lexicon[0], lexicon[1]
        got = facts.memo[key] = set().union(*(
            canon_of[m.group(0)] for rx in (latin_rx, cjk_rx) if rx is not None
            for text in (facts.text, facts.pairs) for m in rx.finditer(text)))
    return got


# --- record terms and the offer as copy writes it ---------------------------------------------

_LATIN_WORD = re.compile(r"[a-z]{3,}")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_TERM_STOP = {"the", "and", "for", "with", "from", "your", "our", "you", "all", "new", "its", "this", "that"}


def record_terms(brief: Brief) -> tuple[set[str], set[str]]:
    """Latin words (3+ letters, with and without a plural 's') and Chinese character pairs of the
    product record and offer, read once per record from its facts."""
    facts = facts_for(brief)
    got = facts.memo.get("record_terms")
    if got is None:
        words = set(_LATIN_WORD.findall(facts.text))
        words |= {w[:-1] for w in words if w.endswith("s")} | {w + "s" for w in words}
        words -= _TERM_STOP
        pairs = set(cjk_pairs(facts.text))
        got = facts.memo["record_terms"] = (words, pairs)
    return got


def cjk_pairs(text: str) -> list[str]:
    """Every two-character window of each Chinese run of `text` (the unit `record_terms` pairs are)."""
    return [run[i:i + 2] for run in _CJK_RUN.findall(text) for i in range(len(run) - 1)]


def offer_discount(brief: Brief) -> float:
    """The percentage the brief's offer takes off (the offer's own, else the record's; 0 for none)."""
    return brief.offer.discount_pct or brief.product.discount_pct or 0.0


def discount_forms(pct: float) -> tuple[str, str]:
    """A discount as copy writes it: 15 -> ('15%', '8.5折')."""
    return f"{pct:g}%", f"{(100 - pct) / 10:g}折"


def offer_terms(brief: Brief) -> list[str]:
    """What copy that mentions the offer writes: its code and its discount ('15%', '8.5折')."""
    discount = offer_discount(brief)
    return [t for t in (brief.offer.code, *(discount_forms(discount) if discount else ())) if t]


# --- does a text name the product --------------------------------------------------------------

EN_STOP = frozenset({"the", "a", "an", "to", "and", "of", "for", "with", "your", "you", "on", "in", "at",
                     "or", "is", "are", "it", "this", "our", "off", "now", "get", "up", "all", "be", "by",
                     "that"})
"""English function words: never a word that identifies a product."""
_TITLE_WORD = re.compile(r"[a-z][a-z'\-]{2,}")
_CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
_WHOLE_WORD = re.compile(r"[a-z]+")
_TITLE_PART = re.compile(r"[a-z]{4,}|[\u4e00-\u9fff]{2,}")


@dataclass(frozen=True)
class ProductNames:
    """How copy may name the product of one record in one locale."""

    terms: frozenset[str]
    """Brand (as in the record and localized), distinctive title and category words (English words
    of 3+ letters, not function words), every 2-character window of a Chinese run."""
    brands: frozenset[str]
    whole: tuple[str, ...]
    """The localized brand, the record's title and the localized title, lower-cased."""
    title_parts: tuple[str, ...]
    """Words of the localized title: Latin of 4+ letters and whole Chinese runs."""


def product_names(brief: Brief) -> ProductNames:
    """`ProductNames` of the brief's record in its locale (memoised per record and locale)."""
    facts = facts_for(brief)
    key = ("product_names", brief.locale)
    got = facts.memo.get(key)
    if got is None:
        p = brief.product
        loc = p.localized(brief.locale)
        terms: set[str] = set()
        for name in {p.brand or "", loc.brand or ""}:
            if name.strip():
                terms.add(name.strip().lower())
        for text in {p.title, loc.title, p.category, loc.category}:
            low = text.lower()
            terms.update(w.strip("'-") for w in _TITLE_WORD.findall(low) if w not in EN_STOP)
            for run in _CJK_WORD.findall(low):
                terms.update(run[i:i + 2] for i in range(len(run) - 1))
        got = facts.memo[key] = ProductNames(
            terms=frozenset(t for t in terms if t),
            brands=frozenset((b or "").strip().lower() for b in (p.brand, loc.brand)),
            whole=tuple(n.lower() for n in (loc.brand, p.title, loc.title) if n),
            title_parts=tuple(_TITLE_PART.findall(loc.title.lower())))
    return got


def names_product(text: str, brief: Brief, *, brand: bool = True, whole_words: bool = False,
                  graded: bool = False) -> float:
    """Does `text` (lower-cased by the caller) name the product `brief` promotes? 1.0 or 0.0.

    By default: it writes one of `ProductNames.terms` (the brand, a title or category word, a
    Chinese pair). `brand=False` leaves the brand out (copy that names only the brand does not say
    which kind of product it sells); `whole_words=True` asks for Latin terms as whole words.
    `graded=True` answers how fully instead: 1.0 when the text writes the brand or a whole title,
    else half a point per word of the localized title it writes (at most 1.0)."""
    names = product_names(brief)
    if graded:
        if any(n in text for n in names.whole):
            return 1.0
        parts = names.title_parts
        return min(1.0, sum(w in text for w in parts) / 2) if parts else 0.0
    terms = names.terms if brand else names.terms - names.brands
    if whole_words:
        words = set(_WHOLE_WORD.findall(text))
        return 1.0 if any((t in words) if t.isascii() else (t in text) for t in terms) else 0.0
    return 1.0 if any(t in text for t in terms) else 0.0
