"""Rule packs: the guardrails' rules as data, one YAML file per locale under `packs/`.

A pack lists rules (id, severity, message, source, and the terms/patterns a check reads) plus a few
locale settings (reference-price window, opt-out and signature patterns). `common.yaml` holds
lexicons shared by every locale (brands, colours, materials). Campaigns add banned terms, competitor
names and allowed URL domains through `CampaignRules`. Packs are compiled once per `Guardrails`;
`attribute_lexicon()` is the compiled attribute lexicon of `common.yaml` (the truth checks and
prompting's list of words to keep out of copy both read it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

import yaml

from ..errors import ConfigError
from ..records import SEVERITIES, lang_of
from .health_claims import compose_patterns, trie_regex
from .text import fold

_trie = trie_regex
"""A regex matching any of a list of words, factored as a trie (see `health_claims.trie_regex`)."""
PACK_DIR = Path(__file__).resolve().parent / "packs"
_RULE_KEYS = {"id", "severity", "tier", "message", "source", "terms", "patterns", "allow", "params"}
TIERS = ("truth", "law", "safety", "form", "style")
"""What a rule protects. A hit of the first four blocks by default: the copy is false (`truth`),
unlawful (`law`), unsafe (`safety`) or broken, so that it cannot be sent as written (`form`).
`style` is house style (a push as title and body, final punctuation, a minimum length, copy that
names its product): a warning, or a repair, unless the campaign raises it (`CampaignRules.block`)."""
BLOCKING_TIERS = ("truth", "law", "safety", "form")
_PACK_KEYS = {"locale", "extends", "settings", "rules", "health_claims"}
NUMERIC_DATE_ORDERS = ("month_first", "day_first", "either")
"""How a pack reads a numeric date a/b (`settings.numeric_date_order`): 10/3 is October 3 in the
US (month_first), 10 March in the UK (day_first); Chinese copy writes both (either)."""


@dataclass(frozen=True)
class CampaignRules:
    """What one campaign adds to the locale pack."""

    banned_terms: tuple[str, ...] = ()
    """Words or phrases this campaign must never use (case-insensitive)."""
    competitors: tuple[str, ...] = ()
    """Competitor brand names that must not appear."""
    allowed_domains: tuple[str, ...] = ()
    """URL domains copy may link to (subdomains included); any other URL blocks."""
    brand_signature: str | None = None
    """Sender signature for zh-CN SMS, e.g. 'Alpina' for 【Alpina】; defaults to the brief's."""
    block: tuple[str, ...] = ()
    """Rule ids or tier names whose warnings this campaign turns into blocks ('style',
    'final_punctuation'). Tiers that block already need no entry."""

    def __post_init__(self) -> None:
        for name in ("banned_terms", "competitors", "allowed_domains", "block"):
            value = getattr(self, name)
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"campaign.{name} must be a list of strings, got {value!r}")
            object.__setattr__(self, name, tuple(v.strip() for v in value if v.strip()))

    @classmethod
    def from_dict(cls, d: Mapping[str, Any] | None) -> "CampaignRules":
        d = dict(d or {})
        extra = set(d) - {"banned_terms", "competitors", "allowed_domains", "brand_signature", "block"}
        if extra:
            raise ConfigError(f"campaign has unknown keys: {sorted(extra)}")
        return cls(
            banned_terms=tuple(d.get("banned_terms") or ()),
            competitors=tuple(d.get("competitors") or ()),
            allowed_domains=tuple(d.get("allowed_domains") or ()),
            brand_signature=d.get("brand_signature"),
            block=tuple(d.get("block") or ()),
        )

    def raises(self, rule: "Rule") -> bool:
        """Does this campaign turn `rule`'s warnings into blocks (by its id or its tier)?"""
        return rule.id in self.block or rule.tier in self.block

    def check_block_names(self, known_rules: set[str]) -> None:
        """Every entry of `block` must name a rule of the packs or a tier."""
        bad = [b for b in self.block if b not in known_rules and b not in TIERS]
        if bad:
            raise ConfigError(f"guard.block: {bad[0]!r} is neither a rule id nor a tier ({', '.join(TIERS)})")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    message: str
    source: str
    tier: str = "form"
    """One of `TIERS`: what the rule protects, and so whether a hit blocks by default."""
    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict)
    regex: re.Pattern | None = None
    """terms + patterns compiled into one case-insensitive alternation (None when both empty)."""
    allow_regex: re.Pattern | None = None
    pattern_regex: re.Pattern | None = None
    """`patterns` alone (terms of the lexical rules are scanned together, see engine.LEXICAL_RULES)."""


def term_regex(terms: tuple[str, ...] | list[str], patterns: tuple[str, ...] | list[str] = (),
               case_sensitive: bool = False) -> re.Pattern | None:
    """One regex over `terms` and `patterns`: Latin terms get word boundaries, CJK terms match
    anywhere. Terms are folded as the copy is (`fold`: lower case, NFKC, so a term written with
    full-width punctuation, "用户：", matches the folded copy's "用户:") and the regex is meant for
    the folded copy, which is much faster than re.IGNORECASE; with `case_sensitive` terms are
    matched as written."""
    buckets: dict[tuple[bool, bool], list[str]] = {}
    for t in {t.strip() if case_sensitive else fold(t).strip() for t in terms if t and t.strip()}:
        key = (t[0].isascii() and t[0].isalnum(), t[-1].isascii() and t[-1].isalnum())
        buckets.setdefault(key, []).append(t)
    edge = "A-Za-z0-9" if case_sensitive else "a-z0-9"
    parts = []
    for (left, right), words in sorted(buckets.items()):
        pat = trie_regex(words)
        parts.append((f"(?<![{edge}])" if left else "") + "(?:" + pat + ")" + (f"(?![{edge}])" if right else ""))
    # Several patterns may capture a number as `n` (or a name as `name`, `any`); rename so the
    # alternation stays valid (n0, n1...). Checks that read those groups compile patterns one by one.
    parts.extend(f"(?:{re.sub(r'[(][?]P<(n|name|any)>', lambda g: f'(?P<{g.group(1)}{i}>', p)})"
                 for i, p in enumerate(patterns))
    if not parts:
        return None
    return re.compile("|".join(parts))


@dataclass(frozen=True)
class RulePack:
    locale: str
    rules: Mapping[str, Rule]
    settings: Mapping[str, Any]
    common: Mapping[str, Any]

    def rule(self, rule_id: str) -> Rule:
        return self.rules[rule_id]


def _read_yaml(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: invalid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a rule pack must be a mapping")
    return data


def _compile_rule(raw: Mapping[str, Any], path: Path) -> Rule:
    extra = set(raw) - _RULE_KEYS
    if extra:
        raise ConfigError(f"{path}: rule {raw.get('id')!r} has unknown keys {sorted(extra)}")
    for key in ("id", "severity", "message", "source"):
        if not raw.get(key):
            raise ConfigError(f"{path}: rule {raw.get('id')!r} is missing {key!r}")
    if raw["severity"] not in SEVERITIES:
        raise ConfigError(f"{path}: rule {raw['id']!r}: severity {raw['severity']!r} not in {SEVERITIES}")
    if raw.get("tier") not in TIERS:
        raise ConfigError(f"{path}: rule {raw['id']!r}: tier {raw.get('tier')!r} not in {TIERS}")
    if raw["tier"] == "style" and raw["severity"] == "block":
        raise ConfigError(f"{path}: rule {raw['id']!r}: a style rule warns or repairs; a campaign's "
                          f"guard.block raises it")
    for key in ("terms", "patterns", "allow"):
        bad = [t for t in raw.get(key) or () if not isinstance(t, str)]
        if bad:  # YAML reads bare on/off/yes/no as booleans: quote them
            raise ConfigError(f"{path}: rule {raw['id']!r}: {key} must be strings, got {bad[0]!r}")
    terms = tuple(str(t) for t in raw.get("terms") or ())
    patterns = tuple(str(p) for p in raw.get("patterns") or ())
    allow = tuple(str(p) for p in raw.get("allow") or ())
    try:
        regex = term_regex(terms, patterns)
        pattern_regex = term_regex((), patterns)
        allow_regex = re.compile("|".join(f"(?:{a})" for a in allow)) if allow else None
    except re.error as exc:
        raise ConfigError(f"{path}: rule {raw['id']!r}: bad pattern: {exc}") from None
    return Rule(id=raw["id"], severity=raw["severity"], tier=raw["tier"], message=str(raw["message"]).strip(),
                source=str(raw["source"]).strip(), terms=terms, patterns=patterns, allow=allow,
                params=dict(raw.get("params") or {}), regex=regex, allow_regex=allow_regex,
                pattern_regex=pattern_regex)


@lru_cache(maxsize=32)
def compile_each(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Patterns compiled one by one, so that each may name its own groups (`name`, `item`)."""
    return tuple(re.compile(p) for p in patterns)


def group_n(m: re.Match) -> str | None:
    """The number a pattern captured as `n` (renamed n0, n1... by `term_regex`), if any."""
    for v in m.groupdict().values():
        if v is not None:
            return v
    return None


def group_n_span(m: re.Match) -> tuple[int, int] | None:
    """Where the number captured as `n` (see `group_n`) stands in the text, if any."""
    for k, v in m.groupdict().items():
        if v is not None:
            return m.span(k)
    return None


def available_locales() -> list[str]:
    return sorted(p.stem for p in PACK_DIR.glob("*.yaml") if p.stem != "common")


@lru_cache(maxsize=16)
def load_pack(locale: str) -> RulePack:
    """The compiled pack for `locale`; falls back to the pack of the same language ('en-GB' -> en-US).

    A pack may say `extends: en-US` to inherit that pack's rules and settings and override some.
    """
    path = PACK_DIR / f"{locale}.yaml"
    if not path.is_file():
        same_lang = [p for p in available_locales() if lang_of(p) == lang_of(locale)]
        if not same_lang:
            raise ConfigError(f"no guardrail rule pack for locale {locale!r}; have {available_locales()}")
        # the language's base pack (one that extends none: en-US, not en-GB)
        same_lang.sort(key=lambda loc: bool(_read_yaml(PACK_DIR / f"{loc}.yaml").get("extends")))
        path = PACK_DIR / f"{same_lang[0]}.yaml"
    data = _read_yaml(path)
    extra = set(data) - _PACK_KEYS
    if extra:
        raise ConfigError(f"{path}: unknown keys {sorted(extra)}")
    rules: dict[str, Rule] = {}
    settings: dict[str, Any] = {}
    if data.get("extends"):
        base = load_pack(str(data["extends"]))
        rules.update(base.rules)
        settings.update(base.settings)
    settings.update(data.get("settings") or {})
    order = settings.get("numeric_date_order", "month_first")
    if order not in NUMERIC_DATE_ORDERS:
        raise ConfigError(f"{path}: settings.numeric_date_order: expected one of "
                          f"{', '.join(NUMERIC_DATE_ORDERS)}, got {order!r}")
    raws = list(data.get("rules") or ())
    if data.get("health_claims"):
        raws = _with_health_claims(raws, data["health_claims"], path)
    for raw in raws:
        rule = _compile_rule(raw, path)
        rules[rule.id] = rule
    return RulePack(locale=locale, rules=rules, settings=settings, common=load_common())


def _with_health_claims(raws: list, section: Any, path: Path) -> list:
    """The pack's rules with the patterns of its `health_claims` section (a condition vocabulary
    composed with claim frames, see `health_claims`) added to the rule that section names."""
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: health_claims must be a mapping")
    rule_id = section.get("rule", "medical_claim")
    if not any(isinstance(r, dict) and r.get("id") == rule_id for r in raws):
        raise ConfigError(f"{path}: health_claims.rule {rule_id!r} is no rule of this pack")
    composed = compose_patterns(section, str(path))
    return [dict(r, patterns=list(r.get("patterns") or ()) + composed) if r.get("id") == rule_id else r
            for r in raws]


@lru_cache(maxsize=1)
def load_common() -> Mapping[str, Any]:
    return _read_yaml(PACK_DIR / "common.yaml")


class _CanonMap(dict):
    """Attribute alias -> the (kind, canonical) groups it belongs to (most aliases: one; a
    category word such as 'footwear' may name several), looked up with whitespace and hyphens
    normalised."""

    def __getitem__(self, key: str) -> frozenset[tuple[str, str]]:
        return super().__getitem__(re.sub(r"[\s\-]+", " ", key.lower()))


@lru_cache(maxsize=1)
def attribute_lexicon():
    """The compiled colour/material/feature/origin lexicon of `packs/common.yaml` (every locale
    shares it): ((Latin regex, CJK regex), alias -> its (kind, canonical) groups, exceptions regex,
    first words)."""
    return compile_attributes(load_common())


def compile_attributes(common: Mapping[str, Any]):
    canon = _CanonMap()
    for kind, entries in (common.get("attributes") or {}).items():
        for name, aliases in entries.items():
            for a in aliases:
                key = re.sub(r"[\s\-]+", " ", str(a).lower())
                dict.__setitem__(canon, key, dict.get(canon, key, frozenset()) | {(kind, str(name))})
    aliases = list(dict.keys(canon))
    latin = term_regex([a for a in aliases if a.isascii()])
    cjk = term_regex([a for a in aliases if not a.isascii()])
    exc = term_regex(common.get("attribute_exceptions") or ())
    # first words of the ASCII aliases: copy without any of them skips the Latin scan
    first = frozenset(re.split(r"[\s\-]+", a)[0] for a in aliases if a.isascii())
    return (latin, cjk), canon, exc, first
