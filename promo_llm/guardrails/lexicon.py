"""The attribute lexicon one run checks copy against: the small generic base of
`packs/common.yaml` plus what the run's own catalogue names, built once per catalogue and cached.

From each product of the catalogue (its title, category and attributes, in every language the
record has):

- a kind of product: the noun head of the title, found from its end after dropping what describes
  it rather than names it (numbers and what they count, '3 Tier'; colours and materials; the
  record's own attribute values, 'Red Retrospot'; the pack's `title_modifiers`, 'Pair', 'Design')
  with the word before it ('Lunch Bag', 'T-Light Holder'), and never after a preposition ('Jump
  Rope with Counter' -> rope); a Chinese title gives its last two and
  three characters after the brand and a pack size (墨笺和纸胶带六卷装 -> 胶带, 纸胶带);
- its category's names (split on '&', ',', '/', 'and'), except the pack's
  `generic_category_words` ('Home & Garden' names no product), each a kind of its own: a record
  states its category, so its copy may name it ('cookware'), but a sibling's kind in the same
  category is still another product;
- a material: the value of an attribute whose key the pack lists in `material_keys`.

A head word in `heads_not_alone` ('bag', 'tea', 'set') is kept only inside its two-word name: on
its own it says too little ('a bag of treats', 'a cup of tea'). The lexicon has the shape of
`packs.attribute_lexicon()`, so the truth checks read either.

`catalog_names` keeps what a name is read against (`name_cut`): every Latin word of the
catalogue and each of its Chinese titles.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from ..facts import EN_STOP
from ..records import Product
from .packs import compile_attributes, load_common
from .text import fold

_EN_TOKEN = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]|\d+(?:[.,]\d+)?")
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_ZH_PACK = re.compile(r"(?:[\d一二三四五六七八九十两]+\s*[卷件个只支片包袋盒罐套瓶层]装?|装)$")
_CATEGORY_SPLIT = re.compile(r"\s*(?:&|,|/|\+|\band\b|、|和|与)\s*")
_CACHE: dict[str, tuple] = {}
_NAMES_CACHE: dict[str, "CatalogNames"] = {}
_LATIN_WORD = re.compile(r"[a-z]+")


def _forms(p: Product) -> Iterable[tuple[str, str, Mapping[str, Any], str]]:
    """(title, category, attributes, brand) of the record in each of its languages."""
    yield p.title, p.category, p.attributes, p.brand or ""
    for loc in p.i18n.values():
        yield (str(loc.get("title", "")), str(loc.get("category", "")), loc.get("attributes") or {},
               str(loc.get("brand", "") or p.brand or ""))


def _plural_forms(word: str, singular_too: bool) -> set[str]:
    """The word and its plural; a plural title word gives its singular only inside a two-word
    name ('bike shorts' -> 'bike short' is harmless, a bare 'short' is an adjective)."""
    if word.endswith("ss") or not word.endswith("s"):
        return {word, word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")}
    if not singular_too:
        return {word}
    if word.endswith(("sses", "xes", "ches", "shes")):
        return {word, word[:-2]}
    return {word, word[:-1]}


def _descriptive(attrs: Mapping[str, Any], base_aliases: set[str]) -> set[str]:
    words = set()
    for k, v in attrs.items():
        words.update(_EN_TOKEN.findall(fold(str(k)).replace("_", " ")))
        words.update(_EN_TOKEN.findall(fold(str(v))))
    return words | base_aliases


def english_head(title: str, brand: str, attrs: Mapping[str, Any], params: Mapping[str, Any],
                 base_aliases: set[str]) -> tuple[str, str | None] | None:
    """(head, two-word name or None) of an English product title, or None where none is found.
    A closing parenthesis names the kind first where it can ('Moonbeam Goes Camping (Picture
    Book)')."""
    inner = re.search(r"\(([^()]+)\)\s*$", title)
    if inner:
        got = english_head(inner.group(1), brand, attrs, params, base_aliases)
        if got is not None:
            return got
        title = title[:inner.start()]
    words = _EN_TOKEN.findall(fold(title))
    brand_words = set(_EN_TOKEN.findall(fold(brand)))
    drop = _descriptive(attrs, base_aliases) | set(params.get("title_modifiers") or ())
    words = [w for w in words if w not in brand_words]
    # what follows a preposition describes the head before it ('Jump Rope with Counter')
    cut = next((i for i, w in enumerate(words) if i and w in set(params.get("title_prepositions") or ())), None)
    words = words[:cut]
    words = [w for w in words if w not in EN_STOP]
    while words:
        w = words[-1]
        counted = len(words) > 1 and words[-2][0].isdigit()  # '3 Tier', 'Pack 24' (the number)
        if w[0].isdigit() or counted or w in drop or len(w) < 3:
            words.pop()
            continue
        break
    if not words:
        return None
    head = words[-1]
    prev = words[-2] if len(words) > 1 else None
    pair = f"{prev} {head}" if prev and not prev[0].isdigit() and prev not in drop and len(prev) >= 3 else None
    return head, pair


def chinese_heads(title: str, brand: str) -> list[str]:
    """The last two and three characters of a Chinese title, after its brand and a pack size."""
    t = "".join(_CJK.findall(title.replace(brand, "") if brand else title))
    t = _ZH_PACK.sub("", t)
    return [t[-n:] for n in (2, 3) if len(t) >= n]


def catalog_entries(products: Iterable[Product], params: Mapping[str, Any],
                    base_aliases: set[str]) -> dict[str, dict[str, list[str]]]:
    """{'product': {kind: aliases}, 'material': {material: aliases}} named by the catalogue."""
    kinds: dict[str, set[str]] = {}
    materials: dict[str, set[str]] = {}
    generic = set(params.get("generic_category_words") or ())
    alone_not = set(params.get("heads_not_alone") or ()) | generic
    material_keys = tuple(params.get("material_keys") or ())
    for p in products:
        for title, category, attrs, brand in _forms(p):
            names: set[str] = set()
            if _CJK.search(title):
                names.update(chinese_heads(title, brand))
                kind = names and max(names, key=lambda n: (len(n), n))  # a set: no order to lean on
            else:
                got = english_head(title, brand, attrs, params, base_aliases)
                if got is None:
                    continue
                head, pair = got
                if head not in alone_not:
                    names |= _plural_forms(head, singular_too=False)
                if pair:
                    names |= {f"{pair.rsplit(' ', 1)[0]} {h}" for h in _plural_forms(head, singular_too=True)}
                kind = pair or head
            if not names:
                continue
            kinds.setdefault(str(kind), set()).update(names)
            # the category is a kind of its own: its products may name it, not each other's kind
            for part in _CATEGORY_SPLIT.split(fold(category)):
                part = part.strip()
                if len(part) >= 2 and part not in alone_not and not part[0].isdigit():
                    kinds.setdefault(part, set()).add(part)
            for k, v in attrs.items():
                if any(m in fold(str(k)) for m in material_keys):
                    value = fold(str(v)).strip()
                    if value and len(value.split()) <= 2 and not any(c.isdigit() for c in value):
                        materials.setdefault(value, set()).add(value)
    return {"product": {k: sorted(v) for k, v in kinds.items()},
            "material": {k: sorted(v) for k, v in materials.items()}}


def _signature(products: list[Product]) -> str:
    h = hashlib.sha1()
    for p in products:
        for title, category, attrs, brand in _forms(p):
            h.update(repr((title, category, sorted((str(k), str(v)) for k, v in attrs.items()), brand)).encode())
    return h.hexdigest()


def catalog_lexicon(products: Iterable[Product]) -> tuple:
    """The compiled lexicon for a run over `products`: the base of `common.yaml` with the
    catalogue's kinds of product and materials added; cached by the catalogue's content."""
    products = list(products)
    key = _signature(products)
    got = _CACHE.get(key)
    if got is None:
        common = load_common()
        params = common.get("catalog") or {}
        # colours, materials, features and origins describe a product; they never head its title
        base = {w for kind, entries in (common.get("attributes") or {}).items() if kind != "product"
                for aliases in entries.values() for a in aliases for w in _EN_TOKEN.findall(fold(str(a)))}
        merged = {kind: {name: list(aliases) for name, aliases in entries.items()}
                  for kind, entries in (common.get("attributes") or {}).items()}
        for kind, entries in catalog_entries(products, params, base).items():
            bucket = merged.setdefault(kind, {})
            for name, aliases in entries.items():
                bucket[name] = sorted(set(bucket.get(name, ())) | set(aliases))
        if len(_CACHE) >= 8:
            _CACHE.clear()
        got = _CACHE[key] = compile_attributes({**common, "attributes": merged})
    return got


@dataclass(frozen=True)
class CatalogNames:
    """What the run's catalogue writes, for checks that read a product's name against the shop's
    other names (`name_cut`)."""

    words: frozenset[str]
    """Every Latin word (letters only, lower case) of its titles, brands, categories and attributes."""
    zh_next: Mapping[str, frozenset[str]]
    """For each start of a Chinese title of the catalogue (its characters run together, brand
    included; '' too), the two characters some title goes on with after it: {'墨笺': {'和纸', '钢笔'}}."""


NO_CATALOG = CatalogNames(frozenset(), {})


def zh_compact(text: str) -> str:
    """The Chinese characters of `text`, run together ('砺锋 天然油石 400/3000目' -> '砺锋天然油石目')."""
    return "".join(_CJK.findall(text))


def catalog_names(products: Iterable[Product]) -> CatalogNames:
    """`CatalogNames` of `products`; cached by the catalogue's content, like `catalog_lexicon`."""
    products = list(products)
    key = _signature(products)
    got = _NAMES_CACHE.get(key)
    if got is None:
        words: set[str] = set()
        zh_next: dict[str, set[str]] = {}
        for p in products:
            for title, category, attrs, brand in _forms(p):
                for text in (title, category, brand, *map(str, attrs.keys()), *map(str, attrs.values())):
                    words.update(_LATIN_WORD.findall(fold(text)))
                t = zh_compact(fold(title))
                for c in range(len(t) - 1):
                    zh_next.setdefault(t[:c], set()).add(t[c:c + 2])
        if len(_NAMES_CACHE) >= 8:
            _NAMES_CACHE.clear()
        got = _NAMES_CACHE[key] = CatalogNames(frozenset(words), {k: frozenset(v) for k, v in zh_next.items()})
    return got
