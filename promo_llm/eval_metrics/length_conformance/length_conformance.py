"""Length conformance: share of copies with their channel's shape (length within the channel's
limits, the right number of lines, push title and body within theirs). Inputs: predictions
(copies), channels, locales. Output: channel_conformance."""

import datasets
import evaluate

from promo_llm.channels import channel_spec
from promo_llm.eval_metrics import info
from promo_llm.metrics import conformance_rate


class LengthConformance(evaluate.Metric):
    def _info(self):
        return info(__doc__, {"predictions": datasets.Value("string"), "channels": datasets.Value("string"),
                              "locales": datasets.Value("string")})

    def _compute(self, predictions, channels, locales):
        specs = [channel_spec(c, loc) for c, loc in zip(channels, locales)]
        return {"channel_conformance": conformance_rate(list(predictions), specs)}
