"""Guardrails stage: rule packs (YAML per locale) + checks -> a Verdict with reasons and repairs.

    from promo_llm.guardrails import Guardrails, CampaignRules
    guard = Guardrails.load(campaign=CampaignRules(banned_terms=("cheap",)))
    verdict = guard.check(copy, brief, price_history=[(date(2026, 11, 1), 99.99)])

Fail closed: an error inside any check blocks the copy with rule `internal_error`. Checks are
grouped by what they protect: `truth/` (grounding against the record), `law.py`, `safety.py`,
`channel.py` (format), `quality.py` and `zh_salad.py` (Chinese word salad); `engine.py` runs them (`CHECKS`), `packs.py` loads the rules.
"""

from __future__ import annotations

from .engine import CHECKS, Guardrails, check_copy
from .packs import CampaignRules, Rule, RulePack, attribute_lexicon, available_locales, load_pack

__all__ = ["CHECKS", "CampaignRules", "Guardrails", "Rule", "RulePack", "attribute_lexicon", "available_locales",
           "check_copy", "load_pack"]
