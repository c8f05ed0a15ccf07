"""distinct-n: distinct n-grams over all n-grams of the copies (words; characters for Chinese).
Higher = less repetition. Input: predictions (copies); option n (default 2). Output: distinct_<n>."""

import datasets
import evaluate

from promo_llm.eval_metrics import info
from promo_llm.metrics import distinct_n


class DistinctN(evaluate.Metric):
    def _info(self):
        return info(__doc__, {"predictions": datasets.Value("string")})

    def _compute(self, predictions, n=2):
        return {f"distinct_{n}": distinct_n(list(predictions), n)}
