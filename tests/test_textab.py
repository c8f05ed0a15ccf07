"""Text response from randomised headline tests: pairs, z-test, story split, train/score round trip, CLI."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

from promo_llm.cli import app
from promo_llm.errors import DataError
from promo_llm.textab.evaluate import accuracy, train_and_evaluate
from promo_llm.textab.model import load_text_model
from promo_llm.textab.pairs import (build_pairs, packages_from_rows, read_packages, split_by_story,
                                    story_of_tests, z_two_proportion)

FILLER = ("river mountain garden window letter market teacher doctor city village morning evening "
          "story song picture friend neighbour family winter summer table kitchen school office").split()


def _row(test, image, headline, impressions, clicks, lede=None):
    return {"test_id": test, "eyecatcher_id": image, "headline": headline, "impressions": impressions,
            "clicks": clicks, "lede": lede}


def synthetic_packages(n_tests: int = 160, seed: int = 0) -> pd.DataFrame:
    """Tests of 4 headlines each; 'you' and a question raise the true click odds, a number lowers them."""
    rng = np.random.default_rng(seed)
    rows = []
    for t in range(n_tests):
        base = rng.normal(-4.0, 0.4)
        for k in range(4):
            words = list(rng.choice(FILLER, 7, replace=False))
            you, question, number = rng.random(3) < 0.5
            effect = 0.5 * you + 0.3 * question - 0.3 * number
            if you:
                words.insert(2, "you")
            if number:
                words.insert(0, str(rng.integers(3, 30)))
            text = " ".join(words).capitalize() + ("?" if question else ".")
            n = 30000
            clicks = int(rng.binomial(n, 1 / (1 + math.exp(-(base + effect)))))
            rows.append(_row(f"t{t:04d}", f"img{t}", text, n, clicks, lede=f"lede of story {t}"))
    return pd.DataFrame(rows)


def test_z_matches_a_hand_computation():
    # 30/1000 vs 15/1000: pooled p = 45/2000 = 0.0225; se = sqrt(0.0225 * 0.9775 * (1/1000 + 1/1000))
    se = math.sqrt(0.0225 * 0.9775 * 0.002)
    assert se == pytest.approx(0.00663231, abs=1e-8)
    assert float(z_two_proportion(30, 1000, 15, 1000)) == pytest.approx(0.015 / se, rel=1e-12)
    assert float(z_two_proportion(30, 1000, 15, 1000)) == pytest.approx(2.2617, abs=1e-4)
    assert float(z_two_proportion(15, 1000, 30, 1000)) == pytest.approx(-2.2617, abs=1e-4)
    assert float(z_two_proportion(0, 500, 0, 700)) == 0.0  # no clicks anywhere: no evidence


def test_pairs_stay_within_one_test_and_image():
    pk = packages_from_rows([
        _row("T1", "I1", "Alpha headline", 1000, 30),    # 0
        _row("T1", "I1", "Beta headline", 1000, 15),     # 1
        _row("T1", "I1", "  alpha   HEADLINE ", 1000, 10),  # 2: same text as 0 -> no pair with 0
        _row("T1", "I2", "Gamma headline", 1000, 5),     # 3: other image -> no pair with 0..2
        _row("T1", None, "Delta headline", 1000, 50),    # 4: unknown image -> no pair
        _row("T2", "I1", "Epsilon", 2000, 20),           # 5: same image id, other test -> no pair
        _row("T2", "I1", "Zeta", 2000, 40),              # 6
    ])
    pairs = build_pairs(pk)
    got = {(int(a), int(b)): float(z) for a, b, z in zip(pairs.a, pairs.b, pairs.z)}
    assert set(got) == {(0, 1), (1, 2), (5, 6)}
    assert got[(0, 1)] == pytest.approx(2.2617, abs=1e-4)
    # 20/2000 vs 40/2000: pooled 0.015, se = sqrt(0.015 * 0.985 * 0.001)
    assert got[(5, 6)] == pytest.approx(-0.01 / math.sqrt(0.015 * 0.985 * 0.001), rel=1e-12)
    sig = pairs.significant(1.96)
    assert len(sig) == 2 and set(sig.test_id) == {"T1", "T2"}  # (1, 2): z = 0.75, not significant


def test_split_keeps_a_story_together():
    rows = [_row(f"t{k}", f"img{k}", f"Headline number {k}", 100, 1, lede=f"lede {k}") for k in range(200)]
    rows += [_row("t_again", "img_new", "Headline number 7", 100, 2),   # same headline as t7
             _row("t_img", "img9", "Something else", 100, 2),          # same image as t9
             _row("t_lede", "img_x", "Third thing", 100, 3, lede="LEDE 11")]  # same lede as t11
    pk = packages_from_rows(rows)
    story = story_of_tests(pk)
    assert story["t_again"] == story["t7"] and story["t_img"] == story["t9"] and story["t_lede"] == story["t11"]
    assert len(set(story.values())) == 200
    split = split_by_story(pk, held_out=0.25, validation=0.25, seed=3)
    assert split["t_again"] == split["t7"] and split["t_img"] == split["t9"]
    shares = pd.Series(split).value_counts(normalize=True)
    assert 0.15 < shares["held_out"] < 0.35 and 0.15 < shares["validation"] < 0.35
    assert split == split_by_story(pk, held_out=0.25, validation=0.25, seed=3)
    assert split != split_by_story(pk, held_out=0.25, validation=0.25, seed=4)


def test_bad_packages_name_file_row_and_column(tmp_path):
    df = synthetic_packages(3)
    df.loc[5, "clicks"] = df.loc[5, "impressions"] + 1
    path = tmp_path / "packs.csv"
    df.to_csv(path, index=False)
    with pytest.raises(DataError) as e:
        read_packages(path)
    assert str(e.value).startswith("packs.csv, row 6, column 'clicks': clicks (")
    df.drop(columns=["clicks"]).to_csv(path, index=False)
    with pytest.raises(DataError, match=r"packs.csv, column 'clicks': missing column\(s\) clicks"):
        read_packages(path)


def test_train_recovers_the_text_effect_and_round_trips(tmp_path):
    df = synthetic_packages()
    path = tmp_path / "packs.parquet"
    df.to_parquet(path)
    pk = read_packages(path)
    model, report = train_and_evaluate(pk, held_out=0.3, validation=0.2, reps=200, progress=False)
    held = report["held_out"]
    assert held["pairs"] > 50
    acc = held["accuracy"]
    assert acc["text_model"] > 0.8 and acc["text_model"] > acc["length"]
    lo, hi = held["interval_95"]["text_model"]
    assert lo <= acc["text_model"] <= hi
    rates = model.predict(["Morning river you garden letter?", "12 Morning river garden letter."])
    assert rates[0] > rates[1] and np.all((rates > 0) & (rates < 0.2))
    # the calibrated slope puts predicted rates near the archive's level (true base ~ 1 / (1 + e^4))
    assert 0.005 < float(np.median(model.predict(pk.headline))) < 0.06
    model.save(tmp_path / "m", {"kind": "test"})
    again = load_text_model(tmp_path / "m")
    np.testing.assert_allclose(again.predict(pk.headline[:50]), model.predict(pk.headline[:50]), rtol=1e-6)
    assert accuracy(again.utility(pk.headline), build_pairs(pk).significant()) > 0.8


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    d = tmp_path_factory.mktemp("textab")
    synthetic_packages(80, seed=1).to_parquet(d / "packs.parquet")
    res = CliRunner().invoke(app, ["rerank", "train-ab", str(d / "packs.parquet"), "--out", str(d / "model")])
    assert res.exit_code == 0, res.output
    return d


def test_train_ab_cli_writes_model_manifest_and_report(trained):
    manifest = json.loads((trained / "model" / "manifest.json").read_text())
    assert manifest["kind"] == "textab-model" and manifest["seed"] == 0
    assert len(manifest["data"]["packages"]["sha256"]) == 64
    assert manifest["split"]["held_out"] == 0.2 and "scikit-learn" in manifest["versions"]
    report = json.loads((trained / "model" / "report.json").read_text())
    assert set(report["held_out"]["accuracy"]) == {"text_model", "length", "tfidf_logreg"}


def test_score_cli_adds_score(trained, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "copy": "Garden letter you river?", "channel": "push"}) + "\n\n"
                   + json.dumps({"id": 2, "copy": "17 garden letter river."}) + "\n")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["rerank", "score", "--model", str(trained / "model"), str(src), "--out", str(out)])
    assert res.exit_code == 0, res.output
    rows = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["a", 2] and rows[0]["channel"] == "push"
    assert 0 < rows[1]["score"] < rows[0]["score"] < 1


@pytest.mark.parametrize("line, where", [
    ('{"id": "x", "copy": ""}', "row 2, column 'copy': expected non-empty text, got ''"),
    ('{"copy": "fine words"}', "row 2, column 'id': missing id"),
    ('{"id": "x", "copy": 5}', "row 2, column 'copy': expected non-empty text, got 5"),
    ('{"id": "x"', "row 2: invalid JSON"),
    ('["id", "copy"]', "row 2: expected a JSON object, got list"),
])
def test_score_cli_names_file_row_and_field(trained, tmp_path, line, where):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "ok", "copy": "Garden letter"}) + "\n" + line + "\n")
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["rerank", "score", "--model", str(trained / "model"), str(src), "--out", str(out)])
    assert res.exit_code == 1
    assert f"{src}, {where}" in res.output
    assert not out.exists()  # nothing written on a bad row

    q = tmp_path / "q.jsonl"
    res = CliRunner().invoke(app, ["rerank", "score", "--model", str(trained / "model"), str(src), "--out", str(out),
                                   "--quarantine", str(q)])
    assert res.exit_code == 0, res.output
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["ok"]
    (rejected,) = [json.loads(x) for x in q.read_text().splitlines()]
    assert rejected["row"] == 2 and rejected["reason"].startswith(where.split(": ", 1)[1])


def test_score_cli_rejects_a_folder_without_a_model(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1, "copy": "x"}\n')
    res = CliRunner().invoke(app, ["rerank", "score", "--model", str(tmp_path), str(src), "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "not a text model folder" in res.output
