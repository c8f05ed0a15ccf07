"""The conversion model's text features, opens, calibrator choice, and the loop's reuse and diagnosis."""

import json
from dataclasses import replace

import numpy as np
import pytest
from copy_fixture import varied_copy
from shop_fixture import shop_dir

from promo_llm.errors import ConfigError
from promo_llm.generation import FakeGenerator
from promo_llm.records import Brief, Offer, Product, UserProfile
from promo_llm.rerank.model import TrainingSet, choose_calibrator, fit
from promo_llm.rerank.textfeats import category_vocabulary, repetition, text_features

BOOTS = Product(item_id="p1", title="Alpina Crest Hiking Boots", category="Outdoor Footwear", price=59.0,
                brand="Alpina")
HIKER = UserProfile(user_id="u1", top_categories=(("Outdoor Footwear", 0.8), ("Bedding", 0.4)),
                    discount_affinity=0.9)
CATALOG = [("Outdoor Footwear", "Alpina Crest Hiking Boots", "Alpina"),
           ("Outdoor Footwear", "Terrafox Trail Running Shoes", "Terrafox"),
           ("Outdoor Footwear", "Terrafox Pulse Trail Shoes", "Terrafox"),
           ("Bedding", "Lumen Silk Pillowcase Pair", "Lumen"), ("Bedding", "Harbour Silk Duvet", "Harbour")]


def _brief(channel="push"):
    return Brief(brief_id="b", user=HIKER, product=BOOTS, channel=channel, locale="en-US",
                 offer=Offer(discount_pct=20))


def test_text_features_read_repetition_length_and_interest_words():
    vocab = category_vocabulary(CATALOG)
    assert "trail" in vocab["outdoor footwear"] and "silk" in vocab["bedding"]
    assert "terrafox" not in vocab["outdoor footwear"]  # brands are not a category's words
    assert repetition("boots boots boots boots") == pytest.approx(0.75)
    assert repetition("Warm boots for cold trail days") == 0.0
    plain = text_features("Alpina Crest Hiking Boots are here", _brief(), vocab)
    trail = text_features("Alpina Crest Hiking Boots, made for trail days", _brief(), vocab)
    silk = text_features("Alpina Crest Hiking Boots, soft as silk", _brief(), vocab)
    # the product's own title does not count: 'Hiking' in the title is not talk of hiking
    assert plain["interest_words"] == 0.0 and trail["interest_words"] == 1.0
    assert silk["interest_words"] == pytest.approx(0.5)  # Bedding is half the user's top interest
    assert trail["length_share"] > plain["length_share"] > 0
    assert trail["length_share_sq"] == pytest.approx(trail["length_share"] ** 2)
    # without the catalogue's words only the categories' own names count
    assert text_features("Boots for the outdoor life", _brief())["interest_words"] == 1.0


def test_the_model_learns_clicks_through_opens_when_opens_are_known():
    rng = np.random.default_rng(3)
    n = 20000
    x = rng.random((n, 2))
    p_open = 1 / (1 + np.exp(-(-1.2 + 1.5 * x[:, 0])))
    p_click = 1 / (1 + np.exp(-(-1.5 + 2.0 * x[:, 1])))
    opened = (rng.random(n) < p_open).astype(int)
    clicked = opened * (rng.random(n) < p_click)
    converted = clicked * (rng.random(n) < 0.3)
    feats = [{"copy_a": a, "copy_b": b} for a, b in x]
    model, rep = fit(TrainingSet(feats, [""] * n, clicked, converted, np.full(n, 0.1), [], opened), seed=2)
    assert rep["opens_used"] and model.open is not None
    pred = model.predict(feats[:200], [""] * 200)["click"]
    assert np.abs(pred - (p_open * p_click)[:200]).max() < 0.05
    # the copy only as differences from the brief's other candidates: absolute copy features left out
    rel = [{"copy_fluency": a, "rel_fluency": a - 0.5, "engagement": b} for a, b in x]
    relative, _ = fit(TrainingSet(rel, [""] * n, clicked, converted, np.full(n, 0.1)), seed=2, copy="relative")
    assert relative.names == ["engagement", "rel_fluency"]
    # without opens the same data is learned as P(click) directly
    model2, rep2 = fit(TrainingSet(feats, [""] * n, clicked, converted, np.full(n, 0.1)), seed=2)
    assert not rep2["opens_used"] and model2.open is None


def test_calibrator_is_chosen_on_held_out_folds():
    rng = np.random.default_rng(0)
    raw = rng.random(6000)
    # a step: P = 0.02 below 0.5 and 0.3 above; a logistic curve in logit(raw) cannot bend like that
    y = (rng.random(6000) < np.where(raw < 0.5, 0.02, 0.3)).astype(int)
    cal, how, losses = choose_calibrator(raw, y)
    assert how == "isotonic" and losses["isotonic"] < losses["platt"]
    assert cal.predict(np.array([0.2]))[0] < 0.06 < cal.predict(np.array([0.8]))[0]
    few = np.zeros(300, dtype=int)
    few[:3] = 1
    assert choose_calibrator(raw[:300], few)[1] == "platt"  # three positives: isotonic has no footing


def test_the_loop_reuses_its_candidates_and_writes_the_held_out_check(tmp_path, shop_dir):
    from promo_llm.feedback.loop import LoopConfig, run_loop
    from promo_llm.feedback.loop_cache import load_round
    from promo_llm.feedback.loop_eval import learning_curve
    from promo_llm.feedback.simulator import Simulator

    class NoGenerator:
        name = "fake"

        def generate(self, *a, **k):
            raise AssertionError("a reused loop must not generate")

    camp = tmp_path / "c.yaml"
    camp.write_text(f"name: lp\nshop: {shop_dir}\nsend_date: 2026-11-16\nchannels: [push, sms, email_subject]\n")
    cfg = LoopConfig(campaign="c.yaml", set=["max_users=120", "candidates=6"], rounds=1, seeds=2,
                     out=str(tmp_path / "loop"), reuse=True)
    first = run_loop(cfg, base_dir=tmp_path, generator=FakeGenerator(fn=varied_copy), progress=False)
    again = run_loop(cfg, base_dir=tmp_path, generator=NoGenerator(), progress=False)
    assert again.rows == first.rows
    saved = json.loads((tmp_path / "loop" / "loop.json").read_text())
    diag = saved["diagnosis"]
    assert diag["ceiling"]["6"]["best"] >= diag["ceiling"]["6"]["random"] > 0
    assert set(diag["signals_vary_share"]) >= {"interest", "repetition", "call_to_action"}
    held = saved["held_out"]
    if first.last_report:  # a model was fitted after round 0: measured on round 1's candidates
        assert held["n"] > 100 and 0 <= held["ece_vs_truth"] < 0.05
        assert 1 <= len(held["per_seed"]) <= 2 and 0 <= held["mean_over_seeds"]["model"]["auc"] <= 1
        assert held["vs_truth"]["truth"]["auc"] >= held["vs_truth"]["model"]["auc"]
        assert (tmp_path / "loop" / "reliability.png").stat().st_size > 1000
    rounds = [load_round(p) for p in sorted((tmp_path / "loop" / "candidates").glob("*/round*.pkl"),
                                            key=lambda p: p.name)]
    curve = learning_curve(rounds, Simulator.from_shop(shop_dir), sizes=(3000,), texts=("features",))
    assert curve and curve[0]["clicks"] > 0 and curve[0]["pick"] <= curve[0]["best"]
    # other seeds on the same candidates: independent draws and random picks, no generation
    other = run_loop(replace(cfg, first_seed=5), base_dir=tmp_path, generator=NoGenerator(), progress=False)
    assert sorted({r["seed"] for r in other.rows}) == [5, 6]
    assert [r["random"] for r in other.rows] != [r["random"] for r in first.rows]
    with pytest.raises(ConfigError, match="first_seed"):
        replace(cfg, first_seed=-1)


def test_expected_auc_and_log_loss_match_the_mean_over_draws():
    from sklearn.metrics import log_loss, roc_auc_score

    from promo_llm.feedback.loop_eval import expected_auc, expected_log_loss

    rng = np.random.default_rng(5)
    truth = rng.uniform(0.05, 0.5, 400)
    score = np.round(truth + rng.normal(0, 0.15, 400), 1)  # noisy and with ties
    draws = rng.random((400, 400)) < truth
    aucs = [roc_auc_score(d, score) for d in draws]
    pred = np.clip(score, 0.01, 0.99)
    losses = [log_loss(d, pred, labels=[0, 1]) for d in draws]
    assert abs(expected_auc(truth, score) - np.mean(aucs)) < 0.005
    assert abs(expected_log_loss(truth, pred) - np.mean(losses)) < 0.005
    assert expected_auc(truth, truth) > expected_auc(truth, score) > 0.5 > expected_auc(truth, -truth)
    assert expected_auc(truth, np.zeros(400)) == pytest.approx(0.5)


def test_the_calibrator_is_fitted_on_out_of_fold_scores_of_every_send_outside_the_test_split(monkeypatch):
    """Cross-fitting: the calibrator sees a score for every send outside the test split, each from
    models that never saw that send, and the delivered model is fitted on all of them."""
    import promo_llm.rerank.model as m

    rng = np.random.default_rng(5)
    n = 900
    x = rng.random((n, 2))
    clicked = (rng.random(n) < 1 / (1 + np.exp(-(-2.0 + 2.5 * x[:, 0])))).astype(int)
    converted = clicked * (rng.random(n) < 0.4)
    feats = [{"copy_fluency": a, "engagement": b} for a, b in x]
    data = TrainingSet(feats, [""] * n, clicked, converted, np.full(n, 0.1))
    seen = {}
    real = m.choose_calibrator

    def spy(raw, y, seed=0):
        seen["raw"], seen["y"] = raw.copy(), y.copy()
        return real(raw, y, seed)

    monkeypatch.setattr(m, "choose_calibrator", spy)
    tr, ca, te = m._split(n, converted, 0)
    model, rep = fit(data, seed=0)
    rows = np.sort(np.concatenate([tr, ca]))
    assert len(seen["raw"]) == len(rows) == rep["n_calibration"] == rep["n_train"]
    assert (seen["y"] == converted[rows]).all() and rep["calibration_rows"] == "out-of-fold"
    # the delivered model's own scores of those sends differ from the out-of-fold ones (in-sample)
    pc, pb = model.raw([feats[i] for i in rows], [""] * len(rows))
    assert not np.allclose(pc * pb, seen["raw"])
    # and its click model learned from all of them: the click rate it predicts tracks the data's
    assert abs(float(pc.mean()) - float(clicked[rows].mean())) < 0.02
