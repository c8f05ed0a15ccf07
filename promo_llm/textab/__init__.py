"""Text response learned from randomised headline tests (A/B packages with impressions and clicks).

`pairs` reads packages, builds within-test pairs with a two-proportion z-test and splits tests by
story; `features` turns a text into its feature rows; `model` fits, saves and loads the pairwise text
model; `evaluate` measures it against a length and a TF-IDF baseline on held-out tests; `cli` holds
`promo-llm rerank train-ab` and `promo-llm rerank score`.

Other stages use `load_text_model(dir).predict(texts)`: predicted response rates, one per text.
"""

from __future__ import annotations

from typing import Any

__all__ = ["TextResponseModel", "load_text_model"]


def __getattr__(name: str) -> Any:
    """Import the model (NumPy, scikit-learn) on first use, so `promo-llm --help` stays fast."""
    if name in __all__:
        from . import model

        return getattr(model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
