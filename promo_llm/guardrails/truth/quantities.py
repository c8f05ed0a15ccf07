"""Truth, quantities: what the record says each of its numbers is. A number the copy writes with
a unit ('50 ml', '30-hour', '2 years', '3天') or a counted noun ('50 capsules', '3 pockets',
'a pack of 50', 50粒) gives it a meaning; the record must give the number that meaning too.

- `record_quantities`: the (number, canonical unit) pairs the record states. A unit's spellings
  share one canonical unit (`units` of `packs/common.yaml`: 'ml', 'millilitres' and 毫升 are
  'ml'; 'oz' and 'fl oz' are 'oz'); a pack count the record states ('Set of 12', 6只装, pieces:
  12) is a quantity in pieces, and an attribute named by its unit ('pieces', 'weight (g)') gives
  its number that unit.
- `record_measures`: the numbers the record writes only as measures (a volume, a weight, a
  length, a time: a unit of a family other than `count` in `unit_families`) and never bare, as a
  count or a name. Such a number has one meaning in the record; the copy may not reuse it as a
  count of things ('50 capsules' for a 50 ml serum) or as a pack size ('a pack of 50').
- `offer_quantities`: a time the offer itself states: with a known send date, the days left
  until it ends ('ends in 3 days').
- `keyed_counts`: the counts the record gives by an attribute named for what it counts.
- `record_pack_counts`: the pack counts the record states (its title's 'Set of 4', '6-pack', 6只装,
  'Set/2', or a count attribute: pieces, 数量); `pack_counts.py` checks the copy's
  pack counts against them.
"""

from __future__ import annotations

import re
from collections import Counter

from ...facts import EN_STOP
from ..context import Context
from ..text import CJK_RE, NUMBER_RE, UNIT_AFTER, UNITS, ZH_NUM_CHARS, num_key, zh_number
from ..vocab import word_list, word_table

_RECORD_UNITS = word_table("record_units")
ALL_UNITS = {**_RECORD_UNITS, **UNITS}
# a unit spelling only the record is read with ("14 in"): the number's last unit, before the end
# of the value or a mark
RECORD_UNIT_AFTER = re.compile(r"\s?(" + "|".join(sorted(map(re.escape, _RECORD_UNITS), key=len, reverse=True))
                               + r")(?=$|[\s,;:)/|.])")
# the family of each canonical unit (volume, mass, length, time, count, ...)
UNIT_FAMILY = {str(u): str(f) for f, units in word_table("unit_families").items() for u in units}
_ZH_COUNT = re.compile("([" + ZH_NUM_CHARS + "]+)(" + "|".join(sorted((u for u in UNITS if CJK_RE.fullmatch(u[0])),
                                                                     key=len, reverse=True)) + ")")
# a unit named in an attribute's key: "weight (g)", "battery life [hours]", 容量（毫升）
_KEY_UNIT = re.compile(r"[(\[（]\s*([^()\[\]（）]+?)\s*[)\]）]\s*$")
_PERSON_ATTRS = word_list("person_count_attributes")


# pack counts: 'Set of 3', 'pack of 6', '4-pack', 3只装 (in the record, 'Set/2' too)
# English count words and their values ("two": 2; one-word entries only), shared by the count readers
EN_COUNTS = {w: int(v) for w, v in word_table("en_number_words").items() if v is not None and " " not in w}
_N = r"(?P<n>\d+|" + "|".join(EN_COUNTS) + r")"
PACK_EN = re.compile(r"\b(?:" + "|".join(word_list("pack_nouns")) + r")\s+of\s+" + _N + r"\b"
                     r"|\b" + _N.replace("?P<n>", "?P<m>") + r"(?:-(?:" + "|".join(word_list("pack_count_words"))
                     + r")\b(?![\s\-]?sets?\b)|\s?(?:" + "|".join(word_list("pack_count_words"))
                     + r")\b(?![\s\-]?(?:of|sets?)\b))")
PACK_ZH = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?:" + "|".join(word_list("zh_pack_measure_words")) + r")装")
_RECORD_SET = re.compile(r"\bset\s*/\s*(?P<n>\d+)\b|\bset\s+(?P<m>\d+)\b")
_COUNT_KEYS = re.compile("|".join(map(re.escape, word_list("pack_count_keys"))))


def pack_value(raw: str) -> float | None:
    """A pack count as written: digits, an English number word or Chinese numerals."""
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    if raw in EN_COUNTS:
        return float(EN_COUNTS[raw])
    return zh_number(raw)


def _counts_in(text: str) -> set[str]:
    out = set()
    for rx in (PACK_EN, PACK_ZH, _RECORD_SET):
        for m in rx.finditer(text):
            v = pack_value(m.group("n") or m.group("m") if "m" in rx.groupindex else m.group("n"))
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


def _key(raw: str) -> str:
    return num_key(float(raw.replace(",", "")))


def _attributes(ctx: Context) -> list[tuple[str, str]]:
    """The record's attributes (key, value), in every language it gives them."""
    p = ctx.brief.product
    pairs = list(p.attributes.items())
    for loc in p.i18n.values():
        pairs += list((loc.get("attributes") or {}).items())
    return [(str(k), str(v)) for k, v in pairs]


def key_unit(key: str) -> str | None:
    """The canonical unit an attribute's key names: {"pieces": ...}, {"件数": ...}, {"weight (g)":
    ...}, {"容量（毫升）": ...}; None where it names none."""
    key = key.strip().lower()
    named = _KEY_UNIT.search(key)
    return (UNITS.get(key) or UNITS.get(re.sub(r"数量?$", "", key))
            or (ALL_UNITS.get(named.group(1)) if named else None))


def record_quantities(ctx: Context) -> set[tuple[str, str]]:
    """(number, canonical unit) pairs the record states: '24 cm' and '24厘米' give ('24', 'cm')."""
    got = ctx.facts.memo.get("quantities")
    if got is None:
        got = ctx.facts.memo["quantities"] = set()
        for m in NUMBER_RE.finditer(ctx.facts.text):
            unit = UNIT_AFTER.match(ctx.facts.text, m.end()) or RECORD_UNIT_AFTER.match(ctx.facts.text, m.end())
            if unit:
                got.add((_key(m.group(0)), ALL_UNITS[unit.group(1)]))
        # a bare number beside a quantity in the same attribute value shares its unit: "8 hours
        # (32 with case)" states 32 hours, "10-12 hours" 10 hours
        for key, value in ctx.brief.product.attributes.items():
            got |= shared_unit_quantities(str(value).lower())
            # an attribute that counts people: its numbers are numbers of people
            if any(w in f"{key} {value}".lower() for w in _PERSON_ATTRS):
                got |= {(num_key(float(n)), "person") for n in re.findall(r"\d+(?:\.\d+)?", str(value))}
        # a count written in Chinese numerals: 四件套 states 4 件
        for m in _ZH_COUNT.finditer(ctx.facts.text):
            value = zh_number(m.group(1))
            if value is not None:
                got.add((num_key(value), UNITS[m.group(2)]))
        # an attribute named by its unit: {"pieces": "640"} states 640 pieces, {"件数": "4"} 4 件,
        # {"battery life (hours)": "30"} 30 hours
        for key, value in _attributes(ctx):
            unit = key_unit(key)
            m = NUMBER_RE.fullmatch(str(value).strip())
            if unit and m:
                got.add((_key(m.group(0)), unit))
        # a pack count is a number of pieces: "Set of 12" states 12 pieces
        got |= {(n, "pcs") for n in record_pack_counts(ctx)}
    return got


def shared_unit_quantities(value: str) -> set[tuple[str, str]]:
    """(number, unit) pairs for the bare numbers of one attribute value that states a single unit,
    also in a spelling only the record is read with where it ends the value or its phrase ('72 x
    70 x 40 in': 72 in, 70 in and 40 in; not the 'in' of '20 in eco mode')."""
    bare, units = [], set()
    for m in NUMBER_RE.finditer(value):
        unit = UNIT_AFTER.match(value, m.end())
        if not unit:
            unit = RECORD_UNIT_AFTER.match(value, m.end())
            unit = unit if unit and value[unit.end():unit.end() + 1] in ("", ",", ";", ")", "/", "|") else None
        if unit:
            units.add(ALL_UNITS[unit.group(1)])
        else:
            bare.append(_key(m.group(0)))
    return {(n, units.copy().pop()) for n in bare} if len(units) == 1 else set()


def offer_quantities(ctx: Context) -> set[tuple[str, str]]:
    """Times the offer states: the days from the send date to each end date ('ends in 3 days',
    'only 3 days left'), when the send date is known."""
    today = ctx.today
    if today is None:
        return set()
    return {(num_key((e - today).days), "day") for e in ctx.facts.ends if e >= today}


_AFTER_MEASURE = re.compile(r"\s?(?:%|°\s?[cf]\b|percent\b)")
_RANGE_START = re.compile(r"\s?(?:-|–|—|~|～|to\b|至|到)\s?\d")


def record_measures(ctx: Context) -> dict[str, set[str]]:
    """number -> the canonical units the record gives it, for each number the record writes only
    as a measure: every time it writes the number, a unit of a measure (not a count: `count` in
    `unit_families`) or a percent follows it, or it starts a range. A number the record writes
    bare ('Set of 4', '4 pockets', 330克×5袋), as a count attribute, a pack count or a number of
    people is left out: it may be a count. (Glued to letters, 'S24', it is a name: neither.)"""
    got = ctx.facts.memo.get("measures")
    if got is not None:
        return got
    text = ctx.facts.text
    units: dict[str, set[str]] = {}
    plain: Counter[str] = Counter()
    for m in NUMBER_RE.finditer(text):
        k = _key(m.group(0))
        unit = UNIT_AFTER.match(text, m.end()) or RECORD_UNIT_AFTER.match(text, m.end())
        if unit:
            canon = ALL_UNITS[unit.group(1)]
            if UNIT_FAMILY.get(canon) == "count":
                plain[k] += 1
            continue
        if _AFTER_MEASURE.match(text, m.end()) or _RANGE_START.match(text, m.end()):
            continue
        s, e = m.span()
        if (s and text[s - 1].isalnum() and text[s - 1].isascii()) or (e < len(text) and text[e].isascii()
                                                                      and text[e].isalpha()):
            continue  # a name or a model ('S24', '2x'): neither a measure nor a count
        plain[k] += 1
    # the value of an attribute named by a measure's unit ({"weight (g)": "340"}) is that measure
    for key, value in _attributes(ctx):
        unit = key_unit(key)
        m = NUMBER_RE.fullmatch(value.strip())
        if m and unit and UNIT_FAMILY.get(unit) != "count":
            plain[_key(m.group(0))] -= 1
    for n in record_pack_counts(ctx):  # ('6pk', 六只装): a count
        plain[n] += 1
    for n, unit in record_quantities(ctx):
        if UNIT_FAMILY.get(unit) != "count":
            units.setdefault(n, set()).add(unit)
    got = ctx.facts.memo["measures"] = {n: u for n, u in units.items() if plain[n] <= 0}
    return got


def measure_note(ctx: Context, key: str) -> str:
    """How the record gives the number `key`, for a message: 'the record gives 50 as a volume (50
    ml)', or 'the record states no such quantity'."""
    units = sorted({u for n, u in record_quantities(ctx) if n == key})
    if not units:
        return "the record states no such quantity"
    return f"the record gives {key} as " + " and ".join(f"a {UNIT_FAMILY.get(u, 'quantity')} ({key} {u})"
                                                        for u in units)


_WORD_AFTER = re.compile(r"(?P<sep>[ \-])(?P<w>[a-z]+)\b")
_COUNT_NOT = frozenset(word_list("count_noun_exclusions"))
_RANK_BEFORE = re.compile("(?:" + "|".join((r"\b" if w.isascii() else "") + re.escape(w)
                                            for w in word_list("rank_words_before")) + r")\s*$")
# the second factor of a spec written N x M ('8x42 binoculars', '2x4 lumber', a '4 × 4'): it
# names the product's spec, not a count of the noun after it
_FACTOR_BEFORE = re.compile(r"\d\s?[x×]\s?$")
# (a measure word before 装 makes a pack count, 2瓶装: `pack_counts.py` reads it)
_ZH_MEASURE_AFTER = re.compile(r"\s?(?:" + "|".join(word_list("zh_count_measure_words")) + ")(?!装)")


def _plural(word: str) -> bool:
    return len(word) >= 4 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def counted_noun(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """The span of a number and the things it counts, when the copy counts things with the number
    at `start:end`: a plural noun after it, or after one word that qualifies it ('50 capsules',
    '3 zip pockets'), a singular one joined by a hyphen ('a 3-pocket tote'), or a Chinese measure
    word (50粒, 3个); not a rank ('top 10', 'No. 5'), nor a word of `count_noun_exclusions`
    ('3 times', 'a 5-star find'), nor the second factor of an N x M spec ('8x42 binoculars')."""
    low = ctx.low
    if _RANK_BEFORE.search(low, max(0, start - 8), start) or _FACTOR_BEFORE.search(low, max(0, start - 4), start):
        return None
    zh = _ZH_MEASURE_AFTER.match(low, end)
    if zh:
        return start, zh.end()
    first = _WORD_AFTER.match(low, end)
    if not first or first.group("w") in EN_STOP or first.group("w") in _COUNT_NOT or first.group("w") in UNITS:
        return None
    w = first.group("w")
    if len(w) >= 3 and (_plural(w) or first.group("sep") == "-"):
        return start, first.end()
    second = _WORD_AFTER.match(low, first.end())
    n = second.group("w") if second else ""
    if _plural(n) and n not in EN_STOP and n not in _COUNT_NOT and n not in UNITS:
        return start, second.end()
    return None


_KEY_WORDS = re.compile(r"[a-z]{4,}")


def keyed_counts(ctx: Context) -> dict[str, set[str]]:
    """The counts the record gives by an attribute named for what it counts: {"grind settings":
    "31"} gives 'settings' (and 'setting') -> {'31'}; a number before that noun in the copy must be
    one of them."""
    got = ctx.facts.memo.get("keyed_counts")
    if got is None:
        got = ctx.facts.memo["keyed_counts"] = {}
        for k, v in ctx.brief.product.attributes.items():
            words = _KEY_WORDS.findall(str(k).lower())
            m = NUMBER_RE.fullmatch(str(v).strip())
            if not words or not m:
                continue
            noun, n = words[-1], _key(m.group(0))
            for form in {noun, noun[:-1] if noun.endswith("s") else noun + "s"}:
                got.setdefault(form, set()).add(n)
    return got
