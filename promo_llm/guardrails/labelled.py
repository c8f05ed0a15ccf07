"""Score the guardrails on a labelled set (`eval/data/guardrails.jsonl`, the frozen set under
`eval/guardrails/frozen/`): block recall, false blocks on copy that should not block, warnings on
house-style rows, per rule and per tier. Used by `bench/guardrails.py` and by the tests that hold
the targets.

A row's `expect` is `block`, `warn` or `pass`. A `block` row whose `expect_rules` are all style
rules (an older row, labelled before style rules warned) is expected to `warn`. A row expecting
`block` counts as caught when the verdict blocks; its `expect_rules` are caught when each of them
is among the verdict's block-severity rules (for a `warn` row: among its warnings). A row expecting
`pass` or `warn` is a false block when the verdict blocks; every block rule it triggers is charged
to that rule and its tier.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError
from .engine import Guardrails
from .packs import load_pack
from .rows import RowError, parse_row


@dataclass
class RuleScore:
    block_cases: int = 0
    caught: int = 0
    pass_cases: int = 0
    """Clean rows that probe this rule (near misses written to tempt it)."""
    false_blocks: int = 0

    def as_dict(self, n_pass: int) -> dict[str, Any]:
        return {
            "block_cases": self.block_cases,
            "recall": round(self.caught / self.block_cases, 4) if self.block_cases else None,
            "pass_probes": self.pass_cases,
            "false_blocks": self.false_blocks,
            "false_block_rate": round(self.false_blocks / n_pass, 4) if n_pass else None,
        }


@dataclass
class Score:
    n: int = 0
    n_block: int = 0
    n_pass: int = 0
    """Rows that must not block: clean rows and house-style (`warn`) rows."""
    caught: int = 0
    false_blocks: int = 0
    n_warn: int = 0
    warned: int = 0
    """`warn` rows that passed with a warning."""
    n_clean: int = 0
    clean_warned: int = 0
    """Clean (`pass`) rows that got a warning."""
    rules: dict[str, RuleScore] = field(default_factory=dict)
    tiers: dict[str, Counter] = field(default_factory=dict)
    """Per labelled tier: rows, caught (block rows blocked; style rows warned)."""
    false_block_tiers: Counter = field(default_factory=Counter)
    """Tiers of the rules that blocked rows which should not block."""
    misses: list[dict] = field(default_factory=list)

    @property
    def block_recall(self) -> float:
        return self.caught / self.n_block if self.n_block else 1.0

    @property
    def false_block_rate(self) -> float:
        return self.false_blocks / self.n_pass if self.n_pass else 0.0

    def rule(self, rule_id: str) -> RuleScore:
        return self.rules.setdefault(rule_id, RuleScore())

    def as_dict(self) -> dict[str, Any]:
        return {
            "cases": self.n, "block_cases": self.n_block, "pass_cases": self.n_pass,
            "block_recall": round(self.block_recall, 4),
            "false_block_rate": round(self.false_block_rate, 4), "false_blocks": self.false_blocks,
            "warn_cases": self.n_warn, "warn_recall": round(self.warned / self.n_warn, 4) if self.n_warn else None,
            "clean_cases": self.n_clean, "clean_warned": self.clean_warned,
            "per_tier": {t: {"rows": c["rows"], "caught": c["caught"],
                             "recall": round(c["caught"] / c["rows"], 4) if c["rows"] else None}
                         for t, c in sorted(self.tiers.items())},
            "false_blocks_by_tier": dict(self.false_block_tiers.most_common()),
            "per_rule": {k: v.as_dict(self.n_pass) for k, v in sorted(self.rules.items())},
        }


def load_labelled(path: Path) -> list[tuple[dict, Any]]:
    """(raw row, parsed row) of a labelled JSONL file; a bad row is a DataError naming the file,
    its line and the field."""
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for line_no, line in enumerate(fh, 1):
            if line.strip():
                try:
                    raw = json.loads(line)
                    rows.append((raw, parse_row(raw)))
                except json.JSONDecodeError as exc:
                    raise DataError(f"invalid JSON ({exc.msg} at column {exc.colno})", file=str(path),
                                    row=line_no) from None
                except RowError as exc:
                    raise DataError(str(exc), file=str(path), row=line_no, column=exc.column) from None
    return rows


def expected(raw: dict) -> tuple[str, str | None]:
    """(expected verdict, tier) of a labelled row; an old `block` row whose rules are all style
    rules is expected to warn."""
    exp = raw["expect"]
    if exp == "block" and raw.get("expect_rules"):
        rules = load_pack(raw["locale"]).rules
        tiers = {rules[r].tier for r in raw["expect_rules"] if r in rules}
        if tiers == {"style"}:
            return "warn", "style"
        return "block", raw.get("tier") or min(tiers - {"style"}, default=None)
    return exp, raw.get("tier") or ("style" if exp == "warn" else None)


def score_labelled(rows: list[tuple[dict, Any]]) -> Score:
    """Score `rows`; the kinds of product the truth rules know come from the rows' own products."""
    score = Score()
    guards: dict = {}
    catalog = tuple({id(row.brief.product): row.brief.product for _, row in rows}.values())
    for raw, row in rows:
        if row.campaign not in guards:
            guards[row.campaign] = Guardrails.load(campaign=row.campaign, catalog=catalog)
        verdict = guards[row.campaign].check(row.copy, row.brief, row.price_history)
        _score_row(score, raw, verdict)
    return score


def _score_row(score: Score, raw: dict, verdict) -> None:
    blocked_rules = {v.rule for v in verdict.violations if v.severity == "block"}
    warned_rules = {v.rule for v in verdict.violations if v.severity == "warn"}
    exp, tier = expected(raw)
    score.n += 1
    if tier:
        score.tiers.setdefault(tier, Counter())["rows"] += 1
    if exp == "block":
        score.n_block += 1
        score.caught += not verdict.passed
        score.tiers[tier or "unlabelled"]["caught"] += not verdict.passed
        missed = []
        for r in raw.get("expect_rules") or ():
            rs = score.rule(r)
            rs.block_cases += 1
            if r in blocked_rules:
                rs.caught += 1
            else:
                missed.append(r)
        if verdict.passed or missed:
            score.misses.append({"id": raw["id"], "kind": "miss", "missed": missed, "tier": tier,
                                 "label": raw.get("kind"), "got": sorted(blocked_rules), "copy": raw["copy"]})
        return
    score.n_pass += 1
    for r in raw.get("probes") or ():
        score.rule(r).pass_cases += 1
    if exp == "warn":
        score.n_warn += 1
        for r in raw.get("expect_rules") or ():
            rs = score.rule(r)
            rs.block_cases += 1
            rs.caught += r in warned_rules
        hit = verdict.passed and bool(warned_rules)
        score.warned += hit
        score.tiers["style"]["caught"] += hit
        if verdict.passed and not hit:
            score.misses.append({"id": raw["id"], "kind": "no_warning", "label": raw.get("kind"),
                                 "copy": raw["copy"]})
    else:
        score.n_clean += 1
        if verdict.passed and warned_rules:
            score.clean_warned += 1
            score.misses.append({"id": raw["id"], "kind": "clean_warned", "got": sorted(warned_rules),
                                 "copy": raw["copy"]})
    if not verdict.passed:
        score.false_blocks += 1
        for v in verdict.violations:
            if v.severity == "block":
                score.rule(v.rule).false_blocks += 1
        score.false_block_tiers.update({v.tier for v in verdict.violations if v.severity == "block"})
        score.misses.append({"id": raw["id"], "kind": "false_block", "got": sorted(blocked_rules),
                             "why": [v.message for v in verdict.violations if v.severity == "block"],
                             "copy": raw["copy"]})
