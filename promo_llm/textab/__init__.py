"""Text response learned from randomised headline tests (A/B packages with impressions and clicks).

`pairs` reads packages, builds within-test pairs with a two-proportion z-test and splits tests by
story; `features` turns a text into its feature rows; `model` fits, saves and loads the pairwise text
model; `evaluate` measures it against a length and a TF-IDF baseline on held-out tests; `cli` holds
`promo-llm rerank train-ab` and `promo-llm rerank score`.

Other stages use `load_text_model(dir).predict(texts)`: predicted response rates, one per text.
"""

from __future__ import annotations

from .model import TextResponseModel, load_text_model

__all__ = ["TextResponseModel", "load_text_model"]
