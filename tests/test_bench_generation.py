"""The generation benchmark's quality comparison: sides compared seed by seed, with an interval."""

import importlib.util
import math
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "generation.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_generation", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_paired_difference_is_per_seed_with_a_t_interval():
    bench = _bench()
    a = [{"d": v} for v in (0.55, 0.53, 0.56, 0.54)]
    b = [{"d": v} for v in (0.54, 0.55, 0.53, 0.52)]
    got = bench.paired_difference(a, b, "d")
    assert got["per_seed"] == [0.01, -0.02, 0.03, 0.02]
    assert math.isclose(got["mean"], 0.01)
    lo, hi = got["ci95"]
    # sd of the differences 0.0216, t(0.975, 3) = 3.182: half-width 0.0344
    assert math.isclose(hi - lo, 2 * 0.0344, abs_tol=2e-4) and lo < 0 < hi


def test_one_seed_has_no_interval():
    got = _bench().paired_difference([{"d": 0.5}], [{"d": 0.4}], "d")
    assert got["mean"] == 0.1 and all(math.isnan(x) for x in got["ci95"])


def test_quality_counts_a_passing_repeat_once(monkeypatch):
    """distinct_pass_rate: a candidate that passes but repeats a passing sibling word for word adds
    to the pass rate, not to the distinct pass rate; duplicates count whether they pass or not."""
    from types import SimpleNamespace as NS

    import promo_llm.pipeline as pipeline

    class Guard:
        def check(self, text, brief, price_history=None):
            return NS(passed=not text.startswith("bad"))

    monkeypatch.setattr(pipeline, "campaign_guardrails", lambda *a, **kw: Guard())
    demo = NS(cfg=None, send_date=None, shop=NS(products={}, price_history={}))
    briefs = [NS(product=NS(item_id="a")), NS(product=NS(item_id="b"))]
    runs = [[["one two", "one two", "bad x"], ["three four", "bad y", "bad y"]]]
    q = _bench().quality(demo, briefs, runs)
    assert q["guard_pass_rate"] == round(3 / 6, 4)
    assert q["distinct_pass_rate"] == round(2 / 6, 4)
    assert q["duplicate_share"] == round(2 / 6, 4)
