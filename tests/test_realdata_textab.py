"""The text response model on real randomised headline tests in ../shared/data (marked realdata)."""

from __future__ import annotations

import pytest

from conftest import require_shared_data

pytestmark = pytest.mark.realdata


def test_text_model_learns_from_a_subset_of_the_upworthy_tests():
    from promo_llm.textab.evaluate import train_and_evaluate
    from promo_llm.textab.pairs import read_packages

    pk = read_packages(require_shared_data("upworthy", "packages.parquet"))
    assert len(pk) == 18235 and len(set(pk.test_id)) == 3919
    tests = sorted(set(pk.test_id))[:1500]  # a fixed third of the tests keeps this fast
    keep = set(tests)
    sub = pk.take(i for i, t in enumerate(pk.test_id) if t in keep)
    model, report = train_and_evaluate(sub, held_out=0.3, validation=0.15, grid=({"C": 1.0, "min_z": 1.96},),
                                       reps=200, progress=False)
    held = report["held_out"]
    assert held["pairs"] > 250
    acc = held["accuracy"]
    assert acc["text_model"] > 0.6, acc
    assert acc["text_model"] > acc["length"], acc
    rates = model.predict(list(sub.headline[:200]))
    assert 0.003 < float(rates.mean()) < 0.05  # the archive's click rate is about 1.5%
