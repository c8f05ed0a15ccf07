"""Claim frames composed with a vocabulary: a pack's `health_claims` section turned into patterns.

A locale pack names its conditions once (diseases, symptoms, complaints, grouped by how strong a
claim they make) and its claim frames once (the words that claim to cure, relieve, prevent or be
rid of something: "prevents", "say goodbye to", 预防, 告别; or that follow the condition: "hay
fever relief", 便秘不再), and lists which frame groups compose with which condition groups
(`compose`). Every frame of a composition then matches every condition of it, so a condition
known to one frame is known to all of them; the resulting patterns join the rule's hand-written
ones (see `packs.load_pack`).

    health_claims:
      rule: medical_claim
      conditions: {conditions: [asthma, hay fever, migraine(s)], complaints: [pain, stress]}
      frames: {cure: ['cure(s|d)', 'treat(s|ed|ing)'], idiom: [say goodbye to, no more],
               relief: [relief, remedy]}
      who: []                          # zh: who may stand between frame and condition (猫咪, 宝宝)
      not_followed_by: [season, prone] # "hay fever season", "eczema-prone skin" name no claim
      compose:
        - {frames: [cure, idiom], conditions: [conditions], gap: 3}
        - {frames: [cure], conditions: [complaints], gap: 3, not_followed_by: [of]}
        - {conditions: [conditions], after: [relief]}
        - {frames: [keep], conditions: [conditions], gap: 2, then: [away, at bay]}

A word may end in (s), (es) or (s|ed|ing): its forms with each ending and without
('migraine(s)' is 'migraine' and 'migraines'). `gap` is how many words (Chinese: characters) may
stand between a frame and its condition ('prevents [winter] colds'); `then` words must follow the
condition, after an optional second one joined by 'and' ('keeps colds and chills away'); `after`
frames follow the condition instead of preceding it; `not_after` words may not stand right before a
frame (a frame 少 'less', as in 少生病, is not the 少 of 不少 'many' or 多少 'how many'). Spaces match
any run of spaces or hyphens.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ..errors import ConfigError

_FORMS = re.compile(r"^(.*?)\(([a-z|]+)\)$")
_COMPOSE_KEYS = {"frames", "conditions", "gap", "after", "then", "not_followed_by", "not_after"}
_SECTION_KEYS = {"rule", "conditions", "frames", "who", "not_followed_by", "compose"}
_CJK_CHAR = r"[\u3400-\u4dbf\u4e00-\u9fff]"


def trie_regex(words: list[str]) -> str:
    """A regex matching any of `words`, factored as a trie (Python's re has no multi-literal search,
    and a flat alternation of hundreds of terms is tried one by one at every position)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        alts = []
        for ch in sorted(k for k in node if k):
            piece = r"[\s\-]+" if ch == " " else re.escape(ch)
            alts.append(piece + emit(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if ends:
            return "(?:" + body + ")?"
        return body

    return emit(root)


def expand(word: str) -> list[str]:
    """'migraine(s)' -> ['migraine', 'migraines']; 'treat(s|ed|ing)' -> treat, treats, treated,
    treating; 'ward(s) off' -> 'ward off', 'wards off' (each word of a phrase may carry endings).
    Other words stand as written (lower-cased, spaces collapsed)."""
    phrases = [""]
    for part in str(word).strip().lower().split():
        m = _FORMS.match(part)
        forms = [m.group(1)] + [m.group(1) + e for e in m.group(2).split("|")] if m else [part]
        phrases = [f"{p} {f}".strip() for p in phrases for f in forms]
    return phrases


def _words(groups: Mapping[str, list], names: list[str], what: str, where: str) -> list[str]:
    out: list[str] = []
    for name in names:
        if name not in groups:
            raise ConfigError(f"{where}: health_claims.compose names {what} group {name!r}, which "
                              f"health_claims.{what} does not define")
        out.extend(w for item in groups[name] for w in expand(item))
    return sorted(set(out))


def _alternation(words: list[str], cjk: bool) -> str:
    body = "(?:" + trie_regex(words) + ")"
    return body if cjk else r"(?<![a-z0-9])" + body + r"(?![a-z0-9])"


def _lookahead(words: list[str], cjk: bool) -> str:
    if not words:
        return ""
    sep = "" if cjk else r"[\s\-]*"
    return "(?!" + sep + "(?:" + trie_regex(sorted({w for x in words for w in expand(x)})) + "))"


def compose_patterns(section: Mapping[str, Any], where: str) -> list[str]:
    """The patterns of a pack's `health_claims` section: one per composition."""
    extra = set(section) - _SECTION_KEYS
    if extra:
        raise ConfigError(f"{where}: health_claims has unknown keys {sorted(extra)}")
    conditions = section.get("conditions") or {}
    frames = section.get("frames") or {}
    for name, group in (("conditions", conditions), ("frames", frames)):
        if not isinstance(group, dict) or not all(isinstance(v, list) for v in group.values()):
            raise ConfigError(f"{where}: health_claims.{name} must map group names to lists of words")
        bad = [w for v in group.values() for w in v if not isinstance(w, str)]
        if bad:  # YAML reads bare on/off/yes/no as booleans: quote them
            raise ConfigError(f"{where}: health_claims.{name}: words must be strings, got {bad[0]!r}")
    all_words = [w for v in conditions.values() for w in v]
    cjk = any(re.search(_CJK_CHAR, w) for w in all_words)
    who = [w for x in section.get("who") or () for w in expand(x)]
    common_stop = list(section.get("not_followed_by") or ())
    patterns = []
    for i, comp in enumerate(section.get("compose") or ()):
        extra = set(comp) - _COMPOSE_KEYS
        if extra:
            raise ConfigError(f"{where}: health_claims.compose[{i}] has unknown keys {sorted(extra)}")
        if not comp.get("conditions") or not (comp.get("frames") or comp.get("after")):
            raise ConfigError(f"{where}: health_claims.compose[{i}] needs conditions and frames or after")
        cond = _alternation(_words(conditions, comp["conditions"], "conditions", where), cjk)
        cond += _lookahead(common_stop + list(comp.get("not_followed_by") or ()), cjk)
        gap = int(comp.get("gap", 0))
        if comp.get("frames"):
            front = _alternation(_words(frames, comp["frames"], "frames", where), cjk)
            front = "".join(f"(?<!{re.escape(w)})" for w in comp.get("not_after") or ()) + front
            if cjk:
                between = (f"(?:{trie_regex(who)})?" if who else "") + "的?"
                between += f"(?:{_CJK_CHAR}{{1,{gap}}}?的?)?" if gap else ""
            else:
                between = r"\s+" + (rf"(?:[a-z0-9][a-z0-9\-'’]*,?\s+){{0,{gap}}}" if gap else "")
            pat = front + between + cond
        else:
            pat = cond
        if comp.get("then"):
            second = r"(?:了|都|也|很|非常|特别)?" if cjk else r"(?:\s+(?:and|or|&)\s+[a-z\-]+)?\s+"
            pat += second + "(?:" + trie_regex(_words(frames, comp["then"], "frames", where)) + ")"
        if comp.get("after"):
            join = r"(?:了|都|就|也)?" if cjk else r"[\s\-]+"
            tail = "(?:" + trie_regex(_words(frames, comp["after"], "frames", where)) + ")"
            pat += join + tail + ("" if cjk else r"(?![a-z0-9])")
        patterns.append(pat)
    return patterns
