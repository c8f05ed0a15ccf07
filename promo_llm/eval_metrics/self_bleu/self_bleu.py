"""Self-BLEU: mean BLEU-4 of each copy against all the other copies as references (words;
characters for Chinese). Lower = more varied copy. Input: predictions (copies). Output: self_bleu."""

import datasets
import evaluate

from promo_llm.eval_metrics import info
from promo_llm.metrics import self_bleu


class SelfBleu(evaluate.Metric):
    def _info(self):
        return info(__doc__, {"predictions": datasets.Value("string")})

    def _compute(self, predictions, max_n=4):
        return {"self_bleu": self_bleu(list(predictions), max_n)}
