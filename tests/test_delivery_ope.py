"""Off-policy evaluation: estimators against plain formulas; the Open Bandit Dataset logs (realdata)."""

import csv
import json

import numpy as np
import pytest
from typer.testing import CliRunner

from promo_llm.cli import app
from promo_llm.delivery import ope
from promo_llm.delivery.logs import read_log

from conftest import require_shared_data


def plain(path, policy):
    """Independent: csv module + plain numpy formulas, per-row loops."""
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    acts = sorted({int(r["item_id"]) for r in rows})
    k = len(acts)
    a = np.array([acts.index(int(r["item_id"])) for r in rows])
    r = np.array([float(r_["click"]) for r_ in rows])
    p = np.array([float(r_["propensity_score"]) for r_ in rows])
    pos = np.array([int(r_["position"]) for r_ in rows])
    overall = r.mean()
    q = np.zeros((len(rows), k))
    for s in set(pos):
        for j in range(k):
            sel = (pos == s) & (a == j)
            q[pos == s, j] = (r[sel].sum() + 10 * overall) / (sel.sum() + 10)
    if policy == "uniform":
        pi = np.full((len(rows), k), 1 / k)
    else:
        freq = np.bincount(a, minlength=k).astype(float)
        pi = np.zeros((len(rows), k))
        for i in range(len(rows)):
            other = freq.copy()
            other[a[i]] = 0
            pi[i] = other / other.sum() * (1 - p[i])
            pi[i, a[i]] = p[i]
    w = np.array([pi[i, a[i]] / p[i] for i in range(len(rows))])
    dr = np.array([pi[i] @ q[i] + w[i] * (r[i] - q[i, a[i]]) for i in range(len(rows))])
    return {"ips": float(np.mean(w * r)), "snips": float(np.sum(w * r) / np.sum(w)), "dr": float(dr.mean())}


def test_estimators_on_a_tiny_log_by_hand():
    log = ope.Logged(np.array([0, 1, 1, 0]), np.array([1.0, 0.0, 1.0, 0.0]), np.array([0.5, 0.25, 0.25, 0.5]),
                     ["a", "b"])
    pi = np.array([[1.0, 0.0]] * 4)
    q = np.full((4, 2), 0.5)
    out = ope.evaluate(log, pi, q, n_boot=200)
    assert out["ips"] == pytest.approx((2 * 1 + 0 + 0 + 2 * 0) / 4)
    assert out["snips"] == pytest.approx(2.0 / 4.0)
    assert out["dr"] == pytest.approx(np.mean([0.5 + 2 * 0.5, 0.5, 0.5, 0.5 + 2 * -0.5]))
    assert all(lo <= hi for lo, hi in out["ci"].values())


@pytest.mark.realdata
@pytest.mark.parametrize("name", ["random", "bts"])
@pytest.mark.parametrize("policy", ["uniform", "logging"])
def test_obd_agrees_with_an_independent_computation(name, policy):
    from promo_llm.delivery.offline import evaluate_policy

    path = require_shared_data("obd", name, "all", "all.csv")
    got = evaluate_policy(read_log(path), policy, n_boot=200)
    want = plain(path, policy)
    for k in ("ips", "snips", "dr"):
        assert abs(got[k] - want[k]) < 1e-9, (k, got[k], want[k])
        assert got["ci"][k][0] <= got[k] <= got["ci"][k][1]
    if policy == "logging":  # on-policy: IPS and SNIPS are the logged mean
        assert got["ips"] == pytest.approx(got["logged_reward"], abs=1e-12)


@pytest.mark.realdata
def test_uniform_value_estimated_on_the_bts_log_covers_the_random_logs_on_policy_value():
    runner = CliRunner()
    bts = require_shared_data("obd", "bts", "all", "all.csv")
    rnd = require_shared_data("obd", "random", "all", "all.csv")
    res = runner.invoke(app, ["deliver", "evaluate", str(bts), "--policy", "uniform", "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert {"n", "ips", "snips", "dr", "ci"} <= set(out) and out["n"] == 10_000
    on_policy = read_log(rnd).rewards.mean()
    for k in ("ips", "snips", "dr"):
        assert out["ci"][k][0] <= on_policy <= out["ci"][k][1], (k, out["ci"][k], on_policy)


def test_bad_rows_error_or_go_to_quarantine(tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("item_id,click,propensity_score,ctx\n1,0,0.5,a\n2,1,0.5,b\n1,1,0,a\n2,0,0.25,b\n")
    runner = CliRunner()
    res = runner.invoke(app, ["deliver", "evaluate", str(log)])
    assert res.exit_code == 1 and "row 3" in res.output and "propensity_score" in res.output
    q = tmp_path / "q.jsonl"
    res = runner.invoke(app, ["deliver", "evaluate", str(log), "--quarantine", str(q), "--json"])
    assert res.exit_code == 0 and json.loads(res.output)["n"] == 3
    assert json.loads(q.read_text())["row"] == 3
    res = runner.invoke(app, ["deliver", "evaluate", str(log), "--map", "reward=clicks"])
    assert res.exit_code == 1 and "no reward column 'clicks'" in res.output


def test_train_on_a_log_then_evaluate_the_model(tmp_path):
    rng = np.random.default_rng(0)
    log = tmp_path / "log.csv"
    with open(log, "w") as f:
        f.write("act,rew,prop,seg\n")
        for _ in range(400):
            seg, a = int(rng.integers(2)), int(rng.integers(2))
            f.write(f"{a},{int(rng.random() < (0.6 if a == seg else 0.1))},0.5,s{seg}\n")
    maps = ["--map", "action=act", "--map", "reward=rew", "--map", "propensity=prop"]
    runner = CliRunner()
    res = runner.invoke(app, ["deliver", "train", str(log), "--out", str(tmp_path / "m"), *maps, "--passes", "3"])
    assert res.exit_code == 0, res.output
    model = json.loads(runner.invoke(app, ["deliver", "evaluate", str(log), "--policy", str(tmp_path / "m"),
                                           *maps, "--json"]).output)
    uniform = json.loads(runner.invoke(app, ["deliver", "evaluate", str(log), *maps, "--json"]).output)
    assert model["snips"] > uniform["snips"] + 0.15  # in-sample: the model found the matching action
