"""Score the guardrails on a labelled set (`eval/data/guardrails.jsonl`): block recall, false blocks
on clean copy, per rule. Used by `bench/guardrails.py` and by the test that holds the targets.

A row expecting `block` counts as caught when the verdict blocks; its `expect_rules` are caught when
each of them is among the verdict's block-severity rules. A row expecting `pass` is a false block
when the verdict blocks; every block rule it triggers is charged to that rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .engine import Guardrails
from .rows import parse_row


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
    caught: int = 0
    false_blocks: int = 0
    rules: dict[str, RuleScore] = field(default_factory=dict)
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
            "false_block_rate": round(self.false_block_rate, 4),
            "per_rule": {k: v.as_dict(self.n_pass) for k, v in sorted(self.rules.items())},
        }


def load_labelled(path: Path) -> list[tuple[dict, Any]]:
    rows = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                raw = json.loads(line)
                rows.append((raw, parse_row(raw)))
    return rows


def score_labelled(rows: list[tuple[dict, Any]]) -> Score:
    score = Score()
    guards: dict = {}
    for raw, row in rows:
        if row.campaign not in guards:
            guards[row.campaign] = Guardrails.load(campaign=row.campaign)
        guard = guards[row.campaign]
        verdict = guard.check(row.copy, row.brief, row.price_history)
        blocked_rules = {v.rule for v in verdict.violations if v.severity == "block"}
        score.n += 1
        if raw["expect"] == "block":
            score.n_block += 1
            score.caught += not verdict.passed
            missed = []
            for r in raw.get("expect_rules") or ():
                rs = score.rule(r)
                rs.block_cases += 1
                if r in blocked_rules:
                    rs.caught += 1
                else:
                    missed.append(r)
            if verdict.passed or missed:
                score.misses.append({"id": raw["id"], "kind": "miss", "missed": missed,
                                     "got": sorted(blocked_rules), "copy": raw["copy"]})
        else:
            score.n_pass += 1
            for r in raw.get("probes") or ():
                score.rule(r).pass_cases += 1
            if not verdict.passed:
                score.false_blocks += 1
                for r in blocked_rules:
                    score.rule(r).false_blocks += 1
                score.misses.append({"id": raw["id"], "kind": "false_block", "got": sorted(blocked_rules),
                                     "why": [v.message for v in verdict.violations if v.severity == "block"],
                                     "copy": raw["copy"]})
    return score
