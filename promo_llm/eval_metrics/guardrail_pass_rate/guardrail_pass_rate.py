"""Guardrail pass rate: share of copies the guardrails let through.
Input: predictions (the verdicts, true = passed). Output: guardrail_pass_rate."""

import datasets
import evaluate

from promo_llm.eval_metrics import info
from promo_llm.metrics import pass_rate


class GuardrailPassRate(evaluate.Metric):
    def _info(self):
        return info(__doc__, {"predictions": datasets.Value("bool")})

    def _compute(self, predictions):
        return {"guardrail_pass_rate": pass_rate(list(predictions))}
