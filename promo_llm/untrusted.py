"""Catalogue text is untrusted data: what a product record's strings are reduced to before any
stage (prompting, facts, guardrails) reads them.

Titles, brands, categories and attributes come from a shop's export and may carry anything:
control and bidirectional characters, zero-width joiners, template syntax, instructions aimed at
the model, or 100 kB of text. `data_text` removes the characters a reader cannot see (C0/C1
controls, bidi embeddings and isolates, zero-width characters, tag characters, lone surrogates),
folds line breaks and runs of spaces to one space, and bounds the length. Template syntax and
instruction-like text are kept as text: the prompt templates receive them as jinja2 variables in
a sandbox and never parse them (`prompting.py`), and the guardrails block copy that echoes either
(`template_leak`, `prompt_injection`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

UNSEEN_RE = re.compile(
    "[\x00-\x1f\x7f-\x9f"                      # C0 and C1 controls (line breaks become spaces below)
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u206f"  # zero-width, joiners, marks, bidi embeddings, isolates
    "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
    "\U000e0000-\U000e0fff"                    # tag characters and variation selectors supplement
    "\ud800-\udfff]"                            # lone surrogates (undecodable bytes kept as escapes)
)
SPACE_RE = re.compile(r"[\s\u2028\u2029]+")

LIMITS = {"title": 200, "brand": 80, "category": 80, "key": 60, "value": 200}
"""Longest text kept per field (characters); longer text is cut at a word with an ellipsis."""
MAX_ATTRIBUTES = 24


def data_text(value: object, limit: int) -> str:
    """`value` as one line of visible text of at most `limit` characters."""
    text = "" if value is None else str(value)
    if len(text) > 8 * limit:  # bound the work on huge strings before the regexes run
        text = text[:8 * limit]
    text = SPACE_RE.sub(" ", text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
    text = UNSEEN_RE.sub("", text)
    text = SPACE_RE.sub(" ", text).strip()
    if len(text) > limit:
        cut = text[:limit - 1]
        space = cut.rfind(" ")
        text = (cut[:space] if space > limit // 2 else cut).rstrip() + "…"
    return text


def data_attributes(attrs: Mapping[object, object]) -> dict[str, str]:
    """Attribute names and values as `data_text`, at most MAX_ATTRIBUTES, empty names dropped."""
    out: dict[str, str] = {}
    for k, v in attrs.items():
        key = data_text(k, LIMITS["key"])
        if key and len(out) < MAX_ATTRIBUTES:
            out[key] = data_text(v, LIMITS["value"])
    return out


def clean_localized(loc: Mapping[str, object]) -> dict[str, object]:
    """A product's localized fields (`Product.i18n[lang]`) as data text."""
    out = dict(loc)
    for name in ("title", "category", "brand"):
        if out.get(name) is not None:
            out[name] = data_text(out[name], LIMITS[name])
    if isinstance(out.get("attributes"), Mapping):
        out["attributes"] = data_attributes(out["attributes"])
    return out
