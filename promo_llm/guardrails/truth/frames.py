"""Truth, claim frames: a construction that gives the product a property or a part ("with a
rainfall head", "has two zip pockets", "made from merino wool", "solid brass", "vet-formulated",
采用新西兰松木, 真皮材质) claims whatever its object names, whether or not any word list knows
the word. The object's content words must find support in the record (title, brand, category,
attributes, in every language it has), the offer (code, gift) or the catalogue's kinds of product
(a kind of product is the attribute and bundle checks' to judge); where one does not, the
copy invents a material or a feature and `grounding_attribute` blocks, naming the frame and the
unsupported words.

What a frame's object is: the words after the frame (and its determiner: 'a', 'its', 'two') up to
punctuation, a conjunction, a preposition that opens another phrase or a word that opens a new
clause; a list joined by commas or 'and' continues it ('with a 38°C stop, rainfall head and LED
temperature display'). Objects that are the customer's or the shop's ('with your family', 'with
every order', 'with code SAVE20') are no product claim, and evaluative or generic words ('with a
sleek design') claim nothing to check. The frames and these word lists are the pack's
`claim_frames` (`packs/common.yaml`): the English and Chinese languages' words, never a
catalogue's.

`frame_claims` is the detector on its own (a brief and copy in, the unsupported claims out), so it
can be measured without the attribute word lists; `check_claim_frames` is the engine's check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Mapping

from ...facts import EN_STOP, Facts, facts_for
from ...textnorm import str_num_key
from ...records import Brief
from ..packs import load_common
from ..text import CJK_RE, UNITS, fold, overlaps
from ..vocab import word_set, word_table
from .record import names_gift
from .zh_frame_words import not_a_frame

_TOKEN = re.compile(r"[a-z0-9][a-z0-9'°%+.]*(?<![.])(?:-[a-z0-9'°%+.]+)*")
_CLAUSE_END = re.compile(r"[.;:!?()\[\]{}\n|/–—…\"“”]|\s-\s|$")
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|&\s+)?|\s+and\s+|\s*&\s*)")
_CONTRAST = re.compile(r",?\s+(?:not|rather than|instead of)\s+[a-z]")
_PRONOUN_BEFORE = re.compile(r"\b(?:we|you|i|they|we'?ve|you'?ve|you'?ll|we'?ll)\s+$")
_ZH_STOP_CHARS = "，。！？、；：,.!?;:（）()【】《》“”\"'‘’～~ \n\t#@/|"
_NUMBER_WORDS = frozenset(w for w in word_table("en_number_words") if " " not in w)
"""Count words ('four spinner wheels'): a count, which the count check judges, not a part or a
property to find in the record."""
MAX_WORDS = 5
MAX_ITEMS = 4
MAX_ZH = 8


@dataclass(frozen=True)
class FrameClaim:
    """One frame whose object the brief does not support."""

    frame: str
    """The frame as written ('made from', 'solid', '-formulated', '采用')."""
    obj: str
    """The object as written ('merino wool')."""
    unsupported: tuple[str, ...]
    """Its content words (or Chinese character runs) that nothing supports."""
    span: tuple[int, int]
    """Frame and object in the copy."""
    contradicted: bool = False
    """The record states the contrary: 'latex-free' where the record's material is latex."""

    def reason(self) -> str:
        if self.contradicted:
            return f"{self.frame!r} says the product has no {self.obj!r} but the record states {self.obj!r}"
        return (f"{self.frame!r} claims {self.obj!r} but the record, the offer and the catalogue "
                f"state no {', '.join(repr(w) for w in self.unsupported)}")


@dataclass(frozen=True)
class _Frames:
    determined: re.Pattern
    bare: re.Pattern
    substance: re.Pattern
    suffix: re.Pattern
    spaced: frozenset[str]
    pairing: frozenset[str]
    bundle_verbs: frozenset[str]
    manner: frozenset[str]
    claims_self: frozenset[str]
    ends: frozenset[str]
    not_claims: frozenset[str]
    generic: frozenset[str]
    tested_conditions: frozenset[str]
    zh_before: re.Pattern
    zh_after: re.Pattern
    zh_ends: tuple[str, ...]
    zh_self: tuple[str, ...]
    zh_not_claims: tuple[str, ...]
    zh_generic: tuple[str, ...]
    equivalents: tuple[frozenset[str], ...] = ()
    measures: frozenset[str] = frozenset()


def _alt(items: Iterable[str], escape: bool = False) -> str:
    items = sorted((re.escape(i) if escape else i for i in items), key=len, reverse=True)
    return "(?:" + "|".join(items) + ")"


@lru_cache(maxsize=1)
def compiled_frames() -> _Frames:
    """The pack's `claim_frames`, compiled once per process."""
    spec: Mapping[str, Any] = load_common().get("claim_frames") or {}
    en, zh = spec.get("en") or {}, spec.get("zh") or {}
    dets = _alt(en.get("determiners") or ["a", "an"])
    substance = list(en.get("substance") or ()) + list(en.get("substance_claims") or ())
    return _Frames(
        determined=re.compile(rf"\b(?P<f>{_alt(en.get('determined') or ['with'])})\s+(?:{dets}\s+)"
                              rf"(?=[a-z0-9])"),
        bare=re.compile(rf"\b(?P<f>{_alt(en.get('bare') or ['made from'])})\s+(?:{dets}\s+)?(?=[a-z0-9])"),
        substance=re.compile(rf"(?<![a-z\-])(?P<f>{_alt(substance, escape=True)})\s+(?=[a-z])"),
        suffix=re.compile(rf"(?<![a-z\-])(?P<o>[a-z][a-z']+)(?P<f>[- ]{_alt(en.get('suffixes') or ['lined'])})\b"),
        spaced=frozenset(en.get("spaced_suffixes") or ()),
        pairing=frozenset(en.get("pairing") or ()),
        bundle_verbs=frozenset(en.get("bundle_verbs") or ()),
        manner=frozenset(en.get("manner_heads") or ()),
        claims_self=frozenset(en.get("substance_claims") or ()),
        ends=frozenset(en.get("ends") or ()) | EN_STOP,
        not_claims=frozenset(en.get("not_claims") or ()),
        generic=frozenset(en.get("generic") or ()),
        tested_conditions=frozenset(en.get("tested_conditions") or ()),
        zh_before=re.compile(_alt(zh.get("before") or ["采用"], escape=True)),
        zh_after=re.compile(_alt(zh.get("after") or ["材质"], escape=True)),
        zh_ends=tuple(sorted(zh.get("ends") or (), key=len, reverse=True)),
        zh_self=tuple(zh.get("self_claims") or ()),
        zh_not_claims=tuple(zh.get("not_claims") or ()),
        zh_generic=tuple(sorted(zh.get("generic") or (), key=len, reverse=True)),
        equivalents=tuple(frozenset(str(w) for w in group) for group in en.get("equivalents") or ()),
        measures=frozenset(en.get("measures") or ()),
    )


# --- support -----------------------------------------------------------------------------------

_MONTHS = word_set("months") | word_set("weekdays_en")


def _forms(word: str) -> set[str]:
    """A word and the forms it may take in the record ('pockets' -> 'pocket', 'coated' -> 'coat')."""
    out = {word}
    for end, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                      ("er", ""), ("ers", ""), ("ly", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            out.add(word[:-len(end)] + repl)
    return out | {w + "s" for w in list(out)}


def _record_words(facts: Facts) -> tuple[frozenset[str], frozenset[str]]:
    """The record's words in their forms, and the prefixes of five letters or more of each."""
    got = facts.memo.get("frame_words")
    if got is None:
        words, stems = set(), set()
        for tok in re.findall(r"[a-z0-9]+", facts.text):
            words |= _forms(tok)
            stems |= {tok[:n] for n in range(5, len(tok) + 1)}
        for group in compiled_frames().equivalents:  # 'illustrated' in the record: a 'picture guide'
            if not group.isdisjoint(words):
                words |= set().union(*(_forms(w) for w in group))
        rx, words_of = _alias_words()  # 'auto-off' in the record: an 'automatic switch-off'
        for m in rx.finditer(facts.text) if rx else ():
            words |= set().union(*(_forms(w) for w in words_of[m.group(0)]))
        got = facts.memo["frame_words"] = (frozenset(words), frozenset(stems))
    return got


@lru_cache(maxsize=1)
def _alias_words() -> tuple[re.Pattern | None, dict[str, frozenset[str]]]:
    """The Latin aliases of the attribute lexicon's colours, materials, ingredients and features
    (`attributes` of `packs/common.yaml`): one regex over them all, and for each alias the words of
    every alias of its entry. A record that states one alias supports the words of the others."""
    words_of: dict[str, frozenset[str]] = {}
    for kind, entries in (load_common().get("attributes") or {}).items():
        if kind not in ("colour", "material", "ingredient", "feature"):
            continue
        for aliases in entries.values():
            latin = [fold(str(a)) for a in aliases if str(a).isascii()]
            group = frozenset(w for a in latin for w in re.findall(r"[a-z0-9]+", a))
            for a in latin:
                words_of[a] = words_of.get(a, frozenset()) | group
    if not words_of:
        return None, {}
    return re.compile(rf"(?<![a-z0-9]){_alt(words_of, escape=True)}(?![a-z0-9])"), words_of


def _supported(word: str, facts: Facts, kinds: frozenset[str]) -> bool:
    """Does the record (or the catalogue's kinds) state `word`: a form of it, or a word sharing
    all but its last three letters and at least five ('igniter' for 'ignition')?"""
    parts = [p for p in re.split(r"[-']", word) if p] or [word]
    if len(parts) > 1 and word.replace("-", " ") in facts.text:
        return True
    record, stems = _record_words(facts)
    return all(not _forms(p).isdisjoint(record) or p in kinds or (len(p) >= 5 and p in facts.text)
               or (len(p) >= 6 and p[:max(5, len(p) - 3)] in stems)
               for p in parts if len(p) >= 3 and not p[0].isdigit())


def _content(word: str, fr: _Frames) -> bool:
    """Is `word` one that names something to check (no function, generic, unit or number word)?"""
    core = word.strip("'")
    if len(core) < 3 or core[0].isdigit() or core in fr.generic or core in fr.ends or core in EN_STOP:
        return False
    if core in UNITS or core in _MONTHS or core in fr.not_claims or core in _NUMBER_WORDS:
        return False
    if len(core) >= 6 and core.endswith("ly"):
        return False  # an adverb: 'warmly lined', 'slightly longer'
    if _comparative_of(core) & fr.generic:
        return False  # 'a slimmer barrel', 'the lightest frame': a generic word compared
    return not all(p in fr.generic or len(p) < 3 for p in core.split("-"))


def _comparative_of(word: str) -> set[str]:
    """The base forms a comparative or superlative may have ('slimmer' -> 'slim', 'wider' ->
    'wide', 'easiest' -> 'easy'); none for another word."""
    for end in ("est", "er"):
        if word.endswith(end) and len(word) - len(end) >= 3:
            stem = word[:-len(end)]
            out = {stem, stem + "e"}
            if len(stem) >= 4 and stem[-1] == stem[-2]:
                out.add(stem[:-1])  # slimm-er, bigg-est
            if stem.endswith("i"):
                out.add(stem[:-1] + "y")  # easi-er
            return out
    return set()


# --- English ------------------------------------------------------------------------------------

def _object_items(low: str, start: int, fr: _Frames, lists: bool = True) -> list[list[re.Match]]:
    """The items of the object that starts at `start`: each a list of word matches."""
    items: list[list[re.Match]] = []
    pos = start
    end = _CLAUSE_END.search(low, pos).start()
    while pos < end and len(items) < MAX_ITEMS:
        words: list[re.Match] = []
        while True:
            for m in _TOKEN.finditer(low, pos, end):
                gap = low[pos:m.start()]
                if gap.strip() or len(words) >= MAX_WORDS:
                    break
                if m.group(0) in fr.ends and (words or m.group(0) not in ("a", "an", "the")):
                    break
                if _verb_like(low, m, fr) or _CONTRACTION.match(m.group(0)) or m.group(0).endswith("n't"):
                    break  # 'has 2 ports and weighs 210 g': a verb opens the next clause
                if items and not words and m.group(0).isalpha() and _NUMBER_NEXT.match(low, m.end()):
                    break  # 'with a neoprene lining, stand 38 cm tall': a word and a measure open a clause
                if m.group(0) not in ("a", "an", "the"):
                    words.append(m)
                pos = m.end()
            measured = _MEASURE_OF.match(low, pos) if words and words[-1].group(0) in fr.measures else None
            if not measured:
                break
            # 'a pinch of sea salt', 'a hint of vanilla': the item is what the measure measures
            words, pos = [], measured.end()
        if not words or any(w.group(0) in fr.not_claims for w in words):
            break  # the customer's, the shop's or the offer's: 'with a VIP order', 'with a lower price'
        if words[-1].group(0) in fr.manner:
            break  # how, not what: 'with a weightless feel'

        items.append(words)
        if not lists:
            break
        join = _LIST_JOIN.match(low, pos)
        if not join or join.end() >= end:
            break
        pos = join.end()
        nxt = _TOKEN.match(low, pos)
        if not nxt or nxt.group(0) in fr.not_claims or (nxt.group(0) in fr.ends
                                                         and nxt.group(0) not in ("a", "an", "the")):
            break
    return items


_AFTER_VERB = re.compile(r"\s+(?:[\d$£€¥]|(?:a|an|the|in|to|up|into|from|at|on|by|off|out|with|over|through|"
                         r"your|you|them|it|their|our)\b)")
# a number right after a list item's first word: that word is a verb of the plural ('they stand 38
# cm tall', 'hold 2 litres'), not a part named after the one before it
_NUMBER_NEXT = re.compile(r"\s+\d")
_MEASURE_OF = re.compile(r"\s+of\s+(?=[a-z0-9])")
_CONTRACTION = re.compile(r"(?:they|it|you|we|that|there|he|she|i|what|who)'")


def _paired(low: str, at: int, fr: _Frames) -> bool:
    """Does a word of pairing or manner stand in the four words before 'with', in its clause?"""
    lead = re.split(r"[,.;:!?\n]", low[max(0, at - 50):at])[-1]
    words = re.findall(r"[a-z]+", lead)
    if words and words[-1] in fr.bundle_verbs:
        return True  # 'comes with a screw cap': a bundled item or a part, the bundle check's
    return not fr.pairing.isdisjoint(words[-8:])


_READERS_SUBJECT = re.compile(r"(?:^|[.!?;:\n]\s*|\b(?:and|so|but)\s+)(?:your|my)\s+((?:[a-z][a-z\-]*\s+){0,2}"
                              r"[a-z][a-z\-]*)\s+$")


def _readers_thing(low: str, at: int, facts: Facts, kinds: frozenset[str]) -> bool:
    """Is the subject before 'has'/'have' at `at` one of the reader's things that is not the
    product ('Your garden chairs have a secret wish' for a seat pad, 'Your hair has a wish list'
    for a shampoo whose record names hair as what it is for)? Its head word must not name the
    product: a word of its title, category or brand ('your new kettle has' is the product)."""
    m = _READERS_SUBJECT.search(low, max(0, at - 40), at)
    if not m:
        return False
    head = m.group(1).split()[-1]
    return head in word_set("readers_beings") or _forms(head).isdisjoint(facts.memo.get("name_words", ()))


_GERUND_OPENS = re.compile(r"(?:^|[.!?\n]\s*)[a-z]+ing\s+$")
_DENIED = re.compile(r"\s*(?:[a-z]+n['’]t|(?:is|are|was|were|does|do|did|will|can|could)\s+(?:not|never)|never|"
                     r"no\s+longer)\b")


def _denied_activity(low: str, m: re.Match, fr: _Frames) -> bool:
    """Is the 'with' at `m` part of a sentence's subject that is an activity (a gerund opens the
    sentence: 'Snorkeling with', 'Shaving with') and the verb after its object denies it ("isn't
    for everyone", "doesn't have to hurt")? Then the object is the gear the product replaces, no
    claim about the product."""
    if not _GERUND_OPENS.search(low, max(0, m.start() - 40), m.start()):
        return False
    items = _object_items(low, m.end(), fr)
    return bool(items) and bool(_DENIED.match(low, items[-1][-1].end()))


def _verb_like(low: str, m: re.Match, fr: _Frames) -> bool:
    """Is the word at `m` a verb in the third person or a participle ('weighs 210 g', 'hardened to
    60 HRC', 'covers 12 m2'): a word ending in -s or -ed before a number, an article or a
    preposition?"""
    w = m.group(0)
    return len(w) > 3 and w.endswith(("s", "ed", "ing")) and not w.endswith("ss") and bool(_AFTER_VERB.match(low, m.end()))


def _item_bad(toks: list[str], facts: Facts, kinds: frozenset[str], fr: _Frames) -> list[str]:
    """An item's unsupported content words; none where only its head (last content word) is
    unsupported and another of its words is the record's ('a push-button piezo igniter', 'a
    fragrance-free formula': the part is named by what the record states of it)."""
    content = [t for t in toks if _content(t, fr)]
    bad = [t for t in content if not _supported(t, facts, kinds)]
    if bad == content[-1:] and (len(content) > 1 or _record_quantity(toks, facts)):
        return []  # 'a 1200 W element' where the record states 1200 W: the part its measure names
    return bad


def _record_quantity(toks: list[str], facts: Facts) -> bool:
    """Does the item state a number the record states ('a 1200 w element', 'two 40 mm burrs')?"""
    for t in toks:
        digits = re.match(r"\d+(?:\.\d+)?", t.replace(",", ""))
        if digits and str_num_key(digits.group(0)) in facts.numbers:
            return True
    return False


def _judge(frame: str, f_span: tuple[int, int], items: list[list[re.Match]], low: str, facts: Facts,
           kinds: frozenset[str], fr: _Frames, extra: tuple[str, ...] = ()) -> FrameClaim | None:
    bad: list[str] = [w for w in extra if not _supported(w, facts, kinds)]
    last = f_span[1]
    for words in items:
        toks = [m.group(0) for m in words]
        phrase = " ".join(toks)
        kind = next((k for k in (phrase, " ".join(toks[-2:]), toks[-1]) if k in kinds), None)
        if kind and not all(_supported(t, facts, frozenset()) for t in kind.split()):
            continue  # another kind of product: the attribute and bundle checks judge it
        bad += _item_bad(toks, facts, kinds, fr)
        last = words[-1].end()
    if not bad:
        return None
    return FrameClaim(frame, low[f_span[1]:last].strip(" -"), tuple(dict.fromkeys(bad)), (f_span[0], last))


def _english(low: str, facts: Facts, kinds: frozenset[str], fr: _Frames) -> list[FrameClaim]:
    found: list[FrameClaim] = []
    for rx in (fr.determined, fr.bare, fr.substance):
        for m in rx.finditer(low):
            frame = m.group("f")
            if frame == "with" and _paired(low, m.start(), fr):
                continue  # 'dress up with a button-down', 'better with a spoon of honey'
            if frame == "with" and _denied_activity(low, m, fr):
                continue  # 'Snorkeling with a separate mouthpiece isn't for everyone': what it replaces
            if frame in ("has", "have") and (_PRONOUN_BEFORE.search(low, max(0, m.start() - 12), m.start())
                                             or _readers_thing(low, m.start(), facts, kinds)):
                continue  # 'we have 12 left', 'your chairs have a secret wish': not the product's
            if frame.endswith(" in") and low.startswith("the ", m.end() + (low[m.end()] == " ")):
                continue  # 'knitted in the round', 'forged in the fire': a manner or a place, no material
            items = _object_items(low, m.end(), fr, lists=rx is not fr.substance)
            if rx is fr.substance:  # 'solid brass': one item, the adjective checked with it where it is a claim
                extra = (frame,) if frame in fr.claims_self else ()
            else:
                extra = ()
            if not items or _CONTRAST.match(low, items[-1][-1].end()):
                continue  # 'made from bark, not plastic': a contrast of kinds of material, not a spec
            if rx is fr.determined and frame.endswith(" in"):
                # 'comes in a knitted lambswool cover': what it comes in is the head noun; the words
                # before it may be a shade or a manner ('comes in a deep plum', 'a low-key finish')
                # ('comes in a charcoal colourway': named by what the record states of it)
                # or by a quantity the record states ('comes in a 1 kg bag': packaging of the
                # record's own size)
                items = [words[-1:] for words in items
                         if not _record_quantity([w.group(0) for w in words], facts)
                         and not any(_content(w.group(0), fr) and _supported(w.group(0), facts, kinds)
                                     for w in words)]
                if not items:
                    continue
            got = _judge(frame, m.span("f"), items, low, facts, kinds, fr, extra)
            if got:
                found.append(got)
    for m in fr.suffix.finditer(low):
        word = m.group("o")
        suffix = m.group("f").strip(" -")
        if m.group("f").startswith(" ") and suffix not in fr.spaced:
            continue  # 'fort approved' is no 'fort-approved'; 'dermatologist tested' is a claim
        if len(word) == 2 and word not in facts.words and word not in EN_STOP:
            pass  # an abbreviation the record does not write: 'UV-protective', 'EU-approved'
        elif not _content(word, fr) or _supported(word, facts, kinds):
            continue
        if suffix == "tested" and word in fr.tested_conditions:
            continue  # 'wind-tested': where it was tried, not who vouches for it
        found.append(FrameClaim(f"-{m.group('f').strip(' -')}", word, (word,), m.span()))
    found += _free_of(low, facts)
    return found


_FREE_OF = re.compile(r"(?<![a-z\-])([a-z]{3,})-free\b")


def _free_of(low: str, facts: Facts) -> list[FrameClaim]:
    """'X-free' where the record writes X as a word of its own and never 'X-free', 'X free' or X
    after a negation ('no X', 'without X'): 'Latex-free bands' for bands of natural latex. The
    record contradicts the claim."""
    if "free" not in low:
        return []
    out = []
    for m in _FREE_OF.finditer(low):
        record = facts.memo.get("tokens")
        if record is None:
            record = facts.memo["tokens"] = frozenset(re.findall(r"[a-z0-9]+", facts.text))
        word = m.group(1)
        if word in record and not re.search(rf"\b{word}[- ]?free\b|\b(?:no|without|zero|0%?|free\s+of|non)[\s-]+"
                                            rf"(?:added\s+)?{word}\b", facts.text):
            out.append(FrameClaim("-free", word, (word,), m.span(), contradicted=True))
    return out


# --- Chinese ------------------------------------------------------------------------------------

def _zh_object(text: str, start: int, fr: _Frames) -> list[tuple[int, int]]:
    """The items (spans) of a Chinese object from `start`: characters up to punctuation, a list
    joint (和, 与, 、) or a word that ends it."""
    items, pos = [], start
    while len(items) < MAX_ITEMS and pos < len(text):
        i = pos
        while i < len(text) and i - pos < MAX_ZH and text[i] not in _ZH_STOP_CHARS:
            if i > pos and any(text.startswith(e, i) for e in fr.zh_ends):
                break
            i += 1
        if i == pos:
            break
        items.append((pos, i))
        if i < len(text) and text[i] in "和与及、":
            pos = i + 1
            continue
        break
    return items


def _zh_uncovered(obj: str, facts: Facts, fr: _Frames) -> list[str]:
    """Runs of two or more Chinese characters of `obj` that no two-character window of the
    record and no generic word covers."""
    if any(n in obj for n in fr.zh_not_claims):
        return []
    covered = [False] * len(obj)
    for g in fr.zh_generic:
        for m in re.finditer(re.escape(g), obj):
            covered[m.start():m.end()] = [True] * len(g)
    stated = False
    for i in range(len(obj) - 1):
        if obj[i:i + 2] in facts.text:
            covered[i] = covered[i + 1] = stated = True
    runs, cur = [], ""
    for ch, ok in zip(obj, covered):
        if not ok and CJK_RE.match(ch):
            cur += ch
        else:
            if len(cur) >= 2:
                runs.append(cur)
            cur = ""
    if len(cur) >= 2:
        runs.append(cur)
    if stated and len(runs) == 1 and obj.endswith(runs[0]) and len(runs[0]) <= 2:
        return []  # 黑色真皮鞋面: the part (鞋面) named by what the record states of it
    return runs


def _chinese(low: str, facts: Facts, kinds: frozenset[str], fr: _Frames) -> list[FrameClaim]:
    found: list[FrameClaim] = []
    for m in fr.zh_before.finditer(low):
        if not_a_frame(low, m.start(), m.end(), facts):
            continue  # 不添加防腐剂, 带来, 可调节肩带: no frame here
        items = _zh_object(low, m.end(), fr)
        bad = [m.group(0)] if m.group(0) in fr.zh_self and m.group(0) not in facts.text else []
        for a, b in items:
            obj = low[a:b]
            if obj in kinds or obj[-2:] in kinds or obj[-3:] in kinds:
                continue
            bad += _zh_uncovered(obj, facts, fr)
            bad += [w for w in _TOKEN.findall(obj) if _content(w, fr) and not _supported(w, facts, kinds)]
        if bad and items:
            found.append(FrameClaim(m.group(0), low[items[0][0]:items[-1][1]], tuple(bad), (m.start(), items[-1][1])))
    for m in fr.zh_after.finditer(low):
        a = m.start()
        while a > 0 and m.start() - a < MAX_ZH and CJK_RE.match(low[a - 1]):
            a -= 1
        head = low[a:m.start()]
        cut = max((head.rfind(t) + len(t) for t in (*fr.zh_ends, "由", "用", "以", "选用", "采用")
                   if t in head), default=0)
        obj = head[cut:]
        if len(obj) < 2 or any(f.span[0] <= a + cut and m.end() <= f.span[1] + 2 for f in found):
            continue  # '采用真皮材质' is one claim
        bad = _zh_uncovered(obj, facts, fr)
        if bad:
            found.append(FrameClaim(m.group(0), obj, tuple(bad), (a + cut, m.end())))
    return found


# --- entry points ---------------------------------------------------------------------------------

def frame_claims(copy: str, brief: Brief, kinds: Iterable[str] = ()) -> list[FrameClaim]:
    """The claim frames of `copy` whose objects `brief` does not support. `kinds`: the
    catalogue's kinds of product (lower case), which the frames leave to the attribute checks."""
    low = fold(copy)
    facts = facts_for(brief)
    if "name_words" not in facts.memo:
        p = brief.product
        facts.memo["name_words"] = frozenset(w for t in re.findall(r"[a-z0-9]+", fold(
            " ".join([p.title, p.category, p.brand or "", *(str(loc.get(k, "")) for loc in p.i18n.values()
                                                             for k in ("title", "category"))])))
            for w in _forms(t))
    fr = compiled_frames()
    kinds = frozenset(kinds)
    found = _english(low, facts, kinds, fr)
    if CJK_RE.search(low):
        found += _chinese(low, facts, kinds, fr)
    return found


def lexicon_kinds(lexicon: tuple) -> frozenset[str]:
    """The kinds of product of a compiled attribute lexicon (`packs.compile_attributes`)."""
    canon_of = lexicon[1]
    return frozenset(k for k in dict.keys(canon_of) if any(g[0] == "product" for g in dict.get(canon_of, k)))


def check_claim_frames(ctx: Any) -> None:
    """The engine's check: a frame whose object the brief does not support blocks as
    `grounding_attribute`, unless another attribute hit already covers it."""
    canon_of = ctx.compiled["attributes"][1]
    got = _KINDS.get(id(canon_of))
    if got is None or got[0] is not canon_of:  # an id is only reused once its lexicon is gone
        if len(_KINDS) >= 16:
            _KINDS.clear()
        got = _KINDS[id(canon_of)] = (canon_of, lexicon_kinds(ctx.compiled["attributes"]))
    kinds = got[1]
    taken = [h.span for h in ctx.hits if h.rule == "grounding_attribute" and h.span]
    for claim in frame_claims(ctx.copy, ctx.brief, kinds):
        if overlaps(claim.span, taken) or names_gift(ctx, claim.span):  # the gift: the gift checks judge it
            continue
        ctx.hit("grounding_attribute", claim.span, claim.reason())
        taken.append(claim.span)


_KINDS: dict[int, tuple[Any, frozenset[str]]] = {}
"""The kinds of product of each lexicon the engine has used, by the lexicon's alias map."""
