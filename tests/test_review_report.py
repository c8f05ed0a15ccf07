"""The review report: alpha against a hand-computed textbook example and the krippendorff package,
per-system means, win rates, agreement with the automatic measurements, the HTML and CSV files."""

from __future__ import annotations

import csv
import math
from collections import Counter
from itertools import permutations

import krippendorff
import numpy as np
import pytest
from scipy.stats import spearmanr

from promo_llm.review.report import build_report, krippendorff_alpha, wilson, write_report
from promo_llm.store import Store
from review_fixture import SYSTEMS, synthetic_sample

NAN = math.nan
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: 4 observers,
# 12 units, values 1-5, missing data. The paper gives alpha = 0.743 (nominal), 0.815 (ordinal).
TEXTBOOK = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
    [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN],
]


def hand_alpha(matrix, level):
    """Alpha by hand, as in the paper: coincidences o_ck, marginals n_c, then 1 - D_o / D_e."""
    units = [[v for v in col if not math.isnan(v)] for col in zip(*matrix)]
    o = Counter()
    for vals in units:
        if len(vals) < 2:
            continue  # unit 12: one value, not pairable
        for i, j in permutations(range(len(vals)), 2):
            o[vals[i], vals[j]] += 1 / (len(vals) - 1)
    values = sorted({c for c, _ in o})
    n_c = {c: sum(o[c, k] for k in values) for c in values}
    n = sum(n_c.values())

    def delta(c, k):
        if level == "nominal":
            return 0.0 if c == k else 1.0
        lo, hi = min(c, k), max(c, k)  # ordinal: ranks between c and k, ends counted half
        return (sum(n_c[g] for g in values if lo <= g <= hi) - (n_c[c] + n_c[k]) / 2) ** 2

    observed = sum(o[c, k] * delta(c, k) for c in values for k in values)
    expected = sum(n_c[c] * n_c[k] * delta(c, k) for c in values for k in values) / (n - 1)
    return 1 - observed / expected


@pytest.mark.parametrize("level, published", [("nominal", 0.743), ("ordinal", 0.815)])
def test_alpha_matches_the_textbook_by_hand_and_the_package(level, published):
    by_hand = hand_alpha(TEXTBOOK, level)
    assert round(by_hand, 3) == published
    assert krippendorff_alpha(TEXTBOOK, level) == pytest.approx(by_hand, abs=1e-9)
    assert krippendorff_alpha(TEXTBOOK, level) == pytest.approx(
        krippendorff.alpha(reliability_data=np.array(TEXTBOOK), level_of_measurement=level))


def test_alpha_is_undefined_without_two_answers_to_one_item():
    assert math.isnan(krippendorff_alpha([[1, 2, 3]], "ordinal"))
    assert math.isnan(krippendorff_alpha([[1, NAN], [NAN, 2]], "ordinal"))
    assert math.isnan(krippendorff_alpha([[3, 3], [3, 3]], "ordinal"))  # one value only


def test_wilson_interval_of_a_known_case():
    lo, hi = wilson(8, 10)  # 0.8 with n = 10: 0.490 - 0.943
    assert (round(lo, 3), round(hi, 3)) == (0.490, 0.943)


@pytest.fixture()
def answered(tmp_path):
    """Three reviewers: r1 and r2 identical, r3 off by one on a few copies and contrary on pairs."""
    home = tmp_path / "ws"
    sample = synthetic_sample(home)
    store = Store(home)
    for r in ("r1", "r2", "r3"):
        for k, item in enumerate(sample.items):
            if item.kind == "pair":
                winner = SYSTEMS[1] if r == "r3" else SYSTEMS[0]
                scores = {"prefer": "A", "a": winner, "b": SYSTEMS[1] if winner == SYSTEMS[0] else SYSTEMS[0],
                          "winner": winner}
            else:
                base = 1 + k * 4 // 11  # rises with the copy's predicted conversion (0.01 k)
                off = 1 if r == "r3" and k in (2, 7) else 0
                scores = {q: min(5, base + off) for q in ("factual", "fluency", "persuasive", "on_brand",
                                                          "compliant")}
                scores["flags"] = {"invented_fact": k % 4 == 0, "would_not_send": r == "r3" and k == 5,
                                   "garbled": False}
            store.save_answer("s1", r, item.id, run_id=None, brief_id=item.brief_id, kind=item.kind,
                              scores=scores, at="2026-12-01T00:00:00")
    return home, sample, store


def test_report_alpha_is_the_packages_alpha_of_the_answers(answered):
    home, sample, store = answered
    report = build_report(store, "s1", n_boot=200)
    alpha = {r["question"]: r for r in report.alpha}
    scored = [i for i in sample.items if i.kind == "score"]
    by = {(a["reviewer"], a["item_id"]): a["scores"] for a in store.answers("s1")}
    matrix = [[by[r, i.id]["fluency"] for i in scored] for r in ("r1", "r2", "r3")]
    assert alpha["fluency"]["alpha"] == pytest.approx(
        krippendorff.alpha(reliability_data=np.array(matrix, float), level_of_measurement="ordinal"))
    assert 0.8 < alpha["fluency"]["alpha"] < 1
    assert alpha["flag:invented_fact"]["alpha"] == pytest.approx(1.0)
    assert alpha["flag:would_not_send"]["alpha"] < 0.1
    assert math.isnan(alpha["flag:garbled"]["alpha"])  # nobody raised it: one value only
    assert alpha["preference"]["alpha"] < 0  # r3 always disagrees


def test_report_system_means_win_rates_agreement_and_disagreements(answered):
    home, sample, store = answered
    report = build_report(store, "s1", n_boot=500)
    row = next(r for r in report.systems if r["system"] == SYSTEMS[0] and r["question"] == "factual")
    copies = [k for k, i in enumerate(sample.items) if i.kind == "score" and i.copies[0]["system"] == SYSTEMS[0]]
    per_copy = [np.mean([min(5, 1 + k * 4 // 11 + (r == "r3" and k in (2, 7))) for r in ("r1", "r2", "r3")])
                for k in copies]
    assert row["mean"] == pytest.approx(np.mean(per_copy)) and row["copies"] == 6 and row["answers"] == 18
    assert row["ci_low"] <= row["mean"] <= row["ci_high"] and row["ci_low"] < row["ci_high"]
    (pair,) = report.pairwise
    assert (pair["system_a"], pair["wins_a"], pair["wins_b"], pair["ties"]) == (SYSTEMS[0], 8, 4, 0)
    assert pair["win_rate_a"] == pytest.approx(8 / 12)
    agree = next(r for r in report.agreement if r["human"] == "persuasive" and r["automatic"] == "predicted_conversion")
    scored = [i for i in sample.items if i.kind == "score"]
    means = [np.mean([a["scores"]["persuasive"] for a in store.answers("s1") if a["item_id"] == i.id]) for i in scored]
    expected = spearmanr(means, [i.copies[0]["auto"]["predicted_conversion"] for i in scored]).statistic
    assert agree["spearman_rho"] == pytest.approx(expected) and agree["spearman_rho"] > 0.9
    const = next(r for r in report.agreement if r["human"] == "flag:garbled")
    assert math.isnan(const["spearman_rho"]) and const["note"] == "constant on this sample"
    assert {r["item"] for r in report.disagreements[:2]} == {"score02", "score07"}


def test_report_files(answered):
    home, sample, store = answered
    html_path = write_report(store, "s1", n_boot=200)
    html = html_path.read_text()
    assert html.count("data:image/png;base64,") == 2
    alpha = build_report(store, "s1", n_boot=200).alpha
    assert f'<td class="num alpha">{alpha[1]["alpha"]:.3f}</td>' in html
    with open(html_path.parent / "alpha.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert [r["question"] for r in rows][:5] == ["factual", "fluency", "persuasive", "on_brand", "compliant"]
    assert float(rows[1]["alpha"]) == pytest.approx(alpha[1]["alpha"])
    for name in ("systems", "pairwise", "agreement", "disagreements", "answers"):
        assert (html_path.parent / f"{name}.csv").stat().st_size > 0
    assert (html_path.parent / "manifest.json").is_file()
