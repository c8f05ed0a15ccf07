"""Prompting stage: brief -> chat messages -> prompt text, through sandboxed jinja2 templates.

Templates live in top-level `prompts/<lang>/<channel>.j2` (shipped in the wheel). They are rendered
in a `SandboxedEnvironment` with `StrictUndefined`: product text comes from user data and must not
reach Python, and a missing field is an error, not an empty string. Only `UserProfile.
prompt_features()` reaches a template: never ids, names, contacts or sensitive attributes.

Training (finetune.py) renders its examples through this same module, so train and serve prompts
are identical by construction.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

from .channels import channel_spec
from .facts import discount_forms, facts_for, record_attributes
from .records import Brief, Offer, Prompt, lang_of
from .resources import asset_dir

TONES_ZH = {"friendly": "亲切", "urgent": "紧迫", "premium": "高端", "playful": "活泼",
            "informative": "信息型"}
SEGMENTS_ZH = {"new": "新客", "active": "活跃用户", "at_risk": "流失风险用户", "lapsed": "沉睡用户",
               "vip": "VIP会员"}
BANDS_ZH = {"budget": "实惠型", "mid": "中档", "premium": "高端"}
SEGMENTS_EN = {"new": "new customer", "active": "active customer", "at_risk": "customer at risk of lapsing",
               "lapsed": "lapsed customer", "vip": "VIP customer"}


def money(amount: float | None, currency: str = "USD") -> str:
    """79.99 -> '$79.99'; 299.0 CNY -> '¥299'; drops '.00'."""
    if amount is None:
        return ""
    text = f"{amount:,.2f}".replace(",", "")
    if text.endswith(".00"):
        text = text[:-3]
    symbol = {"USD": "$", "CNY": "¥", "EUR": "€", "GBP": "£"}.get(currency, currency + " ")
    return f"{symbol}{text}"


DELIVERY_WORD = {"en-GB": "free delivery"}
"""How a locale says free shipping, where it differs from "free shipping" (the prompt uses the
market's own word, so copy can repeat it)."""

DAY_FIRST = {"en-GB"}
"""Locales whose prompts write an end date day first ("ends 15 Nov")."""


def offer_text(offer: Offer, lang: str, currency: str, locale: str = "") -> str:
    parts: list[str] = []
    if lang == "zh":
        if offer.discount_pct:
            pct, zhe = discount_forms(offer.discount_pct)
            parts.append(f"{zhe}（立省{pct}）")
        if offer.code:
            parts.append(f"优惠码{offer.code}")
        if offer.free_shipping:
            parts.append("包邮")
        if offer.gift:
            parts.append(f"赠{offer.gift}")
        if offer.ends:
            parts.append(f"{offer.ends.month}月{offer.ends.day}日截止")
        return "，".join(parts) if parts else "无"
    if offer.discount_pct:
        parts.append(f"{discount_forms(offer.discount_pct)[0]} off")
    if offer.code:
        parts.append(f"code {offer.code}")
    if offer.free_shipping:
        parts.append(DELIVERY_WORD.get(locale, "free shipping"))
    if offer.gift:
        parts.append(f"free gift: {offer.gift}")
    if offer.ends:
        month = offer.ends.strftime('%b')
        parts.append(f"ends {offer.ends.day} {month}" if locale in DAY_FIRST else f"ends {month} {offer.ends.day}")
    return ", ".join(parts) if parts else "none"


GENERIC_CUSTOMER = {"en": "any customer (generic copy, not personalised)", "zh": "所有用户（通用文案，不做个性化）"}
"""What a prompt says of a user who asked not to be profiled: nothing of their profile."""


def customer_text(features: dict[str, Any], lang: str) -> str:
    interests = features.get("interests") or []
    if lang == "zh":
        parts = [SEGMENTS_ZH.get(features["segment"], features["segment"])]
        if interests:
            parts.append("关注" + "、".join(interests))
        parts.append(BANDS_ZH.get(features["price_band"], features["price_band"]) + "消费")
        if features.get("deal_seeker"):
            parts.append("喜欢优惠")
        return "，".join(parts)
    parts = [SEGMENTS_EN.get(features["segment"], features["segment"])]
    if interests:
        parts.append("interested in " + ", ".join(interests))
    parts.append(f"{features['price_band']} price band")
    if features.get("deal_seeker"):
        parts.append("likes deals")
    return "; ".join(parts)


@lru_cache(maxsize=4)
def _environment(root: str) -> SandboxedEnvironment:
    env = SandboxedEnvironment(loader=FileSystemLoader(root), undefined=StrictUndefined,
                               autoescape=False, keep_trailing_newline=False, trim_blocks=False)
    env.globals["money"] = money
    return env


def prompts_dir() -> Path:
    return asset_dir("prompts")


def template_name(channel: str, locale: str) -> str:
    channel_spec(channel, locale)  # validates the channel
    return f"{lang_of(locale)}/{channel}.j2"


@lru_cache(maxsize=64)
def _template_hash(root: str, name: str) -> str:
    """sha256 over the template and the partials it can include (same language folder)."""
    base = Path(root)
    lang = name.split("/")[0]
    files = [base / name] + sorted((base / lang).glob("_*.j2"))
    h = hashlib.sha256()
    for f in files:
        h.update(f.relative_to(base).as_posix().encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def template_hashes() -> dict[str, str]:
    """Hash of every shipped template, for manifests."""
    root = prompts_dir()
    return {p.relative_to(root).as_posix(): _template_hash(str(root), p.relative_to(root).as_posix())
            for p in sorted(root.glob("*/[!_]*.j2"))}


def build_messages(brief: Brief) -> tuple[dict[str, str], ...]:
    """The chat messages for `brief`: a system message and one user message."""
    root = str(prompts_dir())
    env = _environment(root)
    lang = lang_of(brief.locale)
    product = brief.product.localized(brief.locale)
    features = brief.user.prompt_features() if brief.personalised else {}
    ctx = {
        "product": product,
        "offer": brief.offer,
        "offer_text": offer_text(brief.offer, lang, product.currency, brief.locale),
        "customer_text": customer_text(features, lang) if brief.personalised else GENERIC_CUSTOMER[lang],
        "user": features,
        "tone": brief.tone,
        "tone_zh": TONES_ZH.get(brief.tone, brief.tone),
        "spec": channel_spec(brief.channel, brief.locale),
        "signature": brief.brand_signature or product.brand or "",
    }
    system = env.get_template(f"{lang}/_system.j2").render(ctx).strip()
    user = env.get_template(template_name(brief.channel, brief.locale)).render(ctx).strip()
    return ({"role": "system", "content": system}, {"role": "user", "content": user})


def render_prompt(brief: Brief, tokenizer: Any | None = None, lexicon: tuple | None = None) -> Prompt:
    """Render `brief` to a Prompt; with a tokenizer, `text` has the model's chat template applied.
    `lexicon`: the run's attribute lexicon (the guardrails' base plus the catalogue's kinds of
    product, `guardrails.lexicon.catalog_lexicon`), whose words the record does not state are
    kept out of the copy; None: the base alone."""
    messages = build_messages(brief)
    if tokenizer is not None:
        text = tokenizer.apply_chat_template(list(messages), tokenize=False, add_generation_prompt=True)
    else:
        text = "\n\n".join(m["content"] for m in messages) + "\n\n"
    name = template_name(brief.channel, brief.locale)
    return Prompt(brief_id=brief.brief_id, messages=messages, text=text, template=name,
                  template_hash=_template_hash(str(prompts_dir()), name), numbers=grounded_numbers(brief),
                  avoid_words=foreign_attribute_words(brief, lexicon), names=spelt_names(brief),
                  may_end=line_end_rule(brief.locale))


@lru_cache(maxsize=16)
def line_end_rule(locale: str) -> Any:
    """`(line) -> bool` for the engine's line-end gate: the guardrails' reading of a complete line
    end (`guardrails.channel.line_may_end`) with the locale's pack, so a row ends only where the
    `truncated` rule would not call it cut off."""
    from functools import partial

    from .guardrails import load_pack  # the guardrails stage loads only when asked
    from .guardrails.channel import line_may_end

    return partial(line_may_end, pack=load_pack(locale), lang=lang_of(locale))


def spelt_names(brief: Brief) -> tuple[str, ...]:
    """What the engine holds to the record's spelling (`SamplingConfig.ground_names`): the brand
    (`brand_names`), then the title's long words as the title writes them (capitalised, Latin,
    7+ letters: 'Espresso', where SmolLM2 wrote 'Espreso' 17 times on the demo campaign)."""
    names = list(brand_names(brief))
    p = brief.product
    for title in dict.fromkeys((p.title, p.localized(brief.locale).title)):
        for w in re.findall(r"[A-Za-z]+", title or ""):
            if len(w) >= 7 and w.isascii() and w[0].isupper() and w[1:].islower() and w not in names:
                names.append(w)
    return tuple(names)


def brand_names(brief: Brief) -> tuple[str, ...]:
    """The product's brand as the record spells it, where it is one Latin word of 5+ letters
    (what `SamplingConfig.ground_names` holds the copy to; the guardrails' `misspelled_name`
    rule checks every copy)."""
    p = brief.product
    names = {p.brand or "", p.localized(brief.locale).brand or ""}
    return tuple(sorted(n.strip() for n in names if re.fullmatch(r"[A-Za-z]{5,}", n.strip())))


def foreign_attribute_words(brief: Brief, lexicon: tuple | None = None) -> tuple[str, ...]:
    """One-word colours, materials, features, origins and kinds of product of the guardrails'
    lexicon (`packs/common.yaml`) that the record does not state, for the engine to keep out of
    the copy (`SamplingConfig.ground_attributes`). A lexicon group the record names in any of its forms is
    allowed whole ('gray' when the record says 'grey'), and a word inside a record word is never
    avoided ('copper' for the brand Copperleaf). The guardrails' `grounding_attribute` rule still
    checks every copy."""
    from .guardrails import attribute_lexicon  # the guardrails stage loads only when asked

    facts = facts_for(brief)
    lexicon = lexicon or attribute_lexicon()
    stated = record_attributes(facts, lexicon)
    record_words = re.findall(r"[a-z]+", facts.text)
    return tuple(sorted(alias for alias, groups in dict.items(lexicon[1])
                        if groups.isdisjoint(stated) and re.fullmatch(r"[a-z]+", alias)
                        and not any(alias in w for w in record_words)))


def grounded_numbers(brief: Brief) -> tuple[str, ...]:
    """The numbers the guardrails accept in copy for `brief`, in the forms a copy writes them:
    each of the record's numbers as its canonical digits ('79.9', '80') and, with a fraction or
    as money, with two decimals ('79.90', '80.00'). The engine keeps every number it writes to
    these (`SamplingConfig.ground_numbers`)."""
    facts = facts_for(brief)
    money = {round(m, 2) for m in facts.money}
    forms: set[str] = set()
    for key in facts.numbers:
        if not re.fullmatch(r"\d+(?:\.\d+)?", key):
            continue
        forms.add(key)
        if "." in key or float(key) in money:
            forms.add(f"{float(key):.2f}")
    return tuple(sorted(forms))
