"""Outcomes in (`feedback ingest`), the response simulator, the conversion model and the loop."""

import json

import numpy as np
import pytest
from typer.testing import CliRunner

from copy_fixture import varied_copy
from promo_llm.cli import app
from promo_llm.config import CampaignConfig, from_dict
from promo_llm.errors import DataError, UserError
from promo_llm.feedback.ingest import ingest_outcomes
from promo_llm.feedback.simulator import Send, Simulator
from promo_llm.generation import FakeGenerator
from promo_llm.pipeline import run_campaign
from promo_llm.store import Store
from shop_fixture import shop_dir  # noqa: F401


@pytest.fixture()
def run(tmp_path, shop_dir):  # noqa: F811
    cfg = from_dict(CampaignConfig, {"name": "fb", "max_users": 25, "candidates": 3, "seed": 3,
                                     "send_date": "2026-11-16", "channels": ["push", "sms", "email_subject"],
                                     "shop": str(shop_dir), "rerank": "prior"})
    res = run_campaign(cfg, generator=FakeGenerator(fn=varied_copy), out_dir=tmp_path / "o", progress=False)
    assert res.n_copies >= 10
    return res


OUTCOMES = "SELECT send_id, opened, clicked, converted, revenue, ts FROM outcomes ORDER BY 1"


def _write(path, header, rows):
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    return path


def test_simulate_then_ingest_is_idempotent_and_runs_show_counts(run, tmp_path, shop_dir):  # noqa: F811
    runner = CliRunner()
    out = tmp_path / "outcomes.csv"
    got = runner.invoke(app, ["simulate", run.run_id, "--out", str(out), "--seed", "1",
                              "--shop", str(shop_dir)])
    assert got.exit_code == 0, got.output
    first = runner.invoke(app, ["feedback", "ingest", str(out)])
    assert first.exit_code == 0, first.output
    n = run.n_copies
    assert f"{n} rows read, {n} matched a send, {n} new, 0 updated, 0 unchanged, 0 rejected" in first.output
    with Store().connect() as db:
        before = db.execute(OUTCOMES).fetchall()
    again = runner.invoke(app, ["feedback", "ingest", str(out)])
    assert f"0 new, 0 updated, {n} unchanged" in again.output
    with Store().connect() as db:
        assert db.execute(OUTCOMES).fetchall() == before
    row = next(r for r in Store().runs() if r["run_id"] == run.run_id)
    assert row["n_outcomes"] == n and row["n_opened"] == sum(r[1] for r in before)


@pytest.mark.parametrize("line, column, message", [
    ("nope,1,0,0,0,", "send_id", "unknown send 'nope'"),
    ("{sid},yes,maybe,0,0,", "clicked", "expected a boolean"),
    ("{sid},1,1,1,-5,", "revenue", "negative revenue -5"),
    ("{sid},1,1,1,abc,", "revenue", "expected a number"),
    ("{sid},1,0,0,0,2020-01-01T00:00:00+00:00", "ts", "is before the send"),
    ("{sid},1,0,0,0,yesterday", "ts", "expected an ISO timestamp"),
    ("{dup},1,1,0,0,", "send_id", "is already named in row 1"),
])
def test_bad_rows_name_file_row_and_column(run, tmp_path, line, column, message):
    sid = run.copies[0]["send_id"]
    f = _write(tmp_path / "bad.csv", "send_id,opened,clicked,converted,revenue,ts",
               [f"{run.copies[1]['send_id']},1,0,0,0,", line.format(sid=sid, dup=run.copies[1]["send_id"])])
    with pytest.raises(DataError) as e:
        ingest_outcomes(f)
    assert str(e.value).startswith(f"bad.csv, row 2, column '{column}': ") and message in str(e.value)
    with Store().connect() as db:  # nothing written when a row is bad and there is no quarantine
        assert db.execute("SELECT COUNT(*) FROM outcomes").fetchone()[0] == 0


def test_duplicates_go_to_quarantine_with_reasons_and_keys_match_by_run_user_item_channel(run, tmp_path):
    c0, c1 = run.copies[0], run.copies[1]
    rows = [f"{run.run_id},{c['user_id']},{c['item_id']},{c['channel']},true,false,0" for c in (c0, c1, c0)]
    rows.append(f"{run.run_id},U99999,P0001,sms,1,0,0")
    f = _write(tmp_path / "esp.csv", "campaign_run,user_id,item_id,channel,opened,clicked,converted", rows)
    q = tmp_path / "q.jsonl"
    rep = ingest_outcomes(f, column_map={"run_id": "campaign_run"}, quarantine=q)
    assert (rep.read, rep.matched, rep.new, rep.rejected) == (4, 2, 2, 2)
    reasons = [json.loads(x) for x in q.read_text().splitlines()]
    assert [r["row"] for r in reasons] == [3, 4]
    assert "duplicate: send" in reasons[0]["reason"] and "already named in row 1" in reasons[0]["reason"]
    assert "unknown send" in reasons[1]["reason"] and "U99999" in reasons[1]["reason"]


def test_ingest_rejects_files_without_a_send_key_or_outcome(run, tmp_path):
    with pytest.raises(DataError, match="no send_id column, and no run_id, item_id, channel"):
        ingest_outcomes(_write(tmp_path / "a.csv", "user_id,opened", ["U1,1"]))
    with pytest.raises(DataError, match="nothing to ingest"):
        ingest_outcomes(_write(tmp_path / "b.csv", "send_id,note", ["x,1"]))
    with pytest.raises(UserError, match="--map send_id=msg: c.csv has no column 'msg'"):
        ingest_outcomes(_write(tmp_path / "c.csv", "send_id,opened", ["x,1"]), column_map={"send_id": "msg"})


def test_simulator_text_effect_and_determinism(shop_dir):  # noqa: F811
    sim = Simulator.from_shop(shop_dir)
    uid = max(sim.users, key=lambda u: sim.users[u].deal)  # the keenest deal seeker
    cat = max(sim.users[uid].categories, key=sim.users[uid].categories.get)
    item = next(i for i, it in sim.items.items() if it.category == cat)
    title = sim.items[item].title
    base = dict(user_id=uid, item_id=item, channel="email_subject", hour=sim.users[uid].peak, discount_pct=20)
    plain = Send(copy=f"{title} is here", **base)
    offer = Send(copy=f"{title}: 20% off, shop now", **base)
    garbled = Send(copy="deal deal deal deal deal deal now now", **base)
    late = Send(copy=f"{title} is here", **{**base, "hour": (sim.users[uid].peak + 8) % 24})
    p = sim.probabilities([plain, offer, garbled, late])
    assert p.click_given_open[1] > p.click_given_open[0] > p.click_given_open[2]
    assert p.open[3] < p.open[0]
    assert np.allclose(p.convert, sim.probabilities([plain, offer, garbled, late]).convert)
    a, b = sim.draw([offer] * 200, seed=5), sim.draw([offer] * 200, seed=5)
    assert a == b and 0 < sum(o.opened for o in a) < 200
    with pytest.raises(KeyError, match="unknown user 'nobody'"):
        sim.probabilities([Send("nobody", item, "sms")])


def test_calibration_on_a_known_synthetic_case():
    """Clicks and purchases drawn from a known logistic truth: the fitted model ranks better than
    the prior's score and its held-out expected calibration error is small."""
    from promo_llm.rerank.model import TrainingSet, fit

    rng = np.random.default_rng(0)
    n = 40000  # test split 8000: bins of 800, so bin noise stays well under the 0.02 target
    x = rng.random((n, 3))
    p_click = 1 / (1 + np.exp(-(-2.5 + 2.5 * x[:, 0] + 1.5 * x[:, 1])))
    p_buy = 1 / (1 + np.exp(-(-1.0 + 1.0 * x[:, 2])))
    clicked = (rng.random(n) < p_click).astype(int)
    converted = clicked * (rng.random(n) < p_buy).astype(int)
    feats = [{"copy_a": a, "copy_b": b, "copy_c": c} for a, b, c in x]
    prior = 1 / (1 + np.exp(-(x[:, 1] - x[:, 0])))  # a wrong guess
    model, rep = fit(TrainingSet(feats, [""] * n, clicked, converted, prior), seed=1)
    conv = rep["test"]["conversion"]
    assert conv["ece"] <= 0.02, conv
    assert conv["auc"] > rep["test"]["prior_conversion"]["auc"] + 0.1
    assert conv["log_loss"] < rep["test"]["prior_conversion"]["log_loss"]
    truth = (p_click * p_buy)[:5]
    assert np.allclose(model.predict(feats[:5], [""] * 5)["convert"], truth, atol=0.05)
    contrib = model.contributions(feats[0])
    assert set(contrib) <= {"copy_a", "copy_b", "copy_c"} and contrib


def test_auto_falls_back_to_the_prior_then_uses_the_newest_model(tmp_path):
    from promo_llm.rerank.learned import resolve_reranker, train_conversion
    from promo_llm.rerank.model import TrainingSet

    notices = []
    r = resolve_reranker("auto", tmp_path, "shopA", notices.append)
    assert r.kind == "prior" and notices == [
        "rerank: no trained conversion model for this shop in the workspace; using the prior reranker"]
    rng = np.random.default_rng(1)
    x = rng.random(800)
    clicked = (rng.random(800) < 0.1 + 0.4 * x).astype(int)
    data = TrainingSet([{"copy_a": v} for v in x], [""] * 800, clicked, clicked * (rng.random(800) < 0.5),
                       np.full(800, 0.5))
    folder, _, _ = train_conversion(data=data, out=tmp_path / "models" / "conversion" / "20260101T000000",
                                    info={"shops": ["shopA"]})
    assert json.loads((folder / "manifest.json").read_text())["kind"] == "conversion_model"
    assert resolve_reranker("auto", tmp_path, "shopB", notices.append).kind == "prior"
    got = resolve_reranker("auto", tmp_path, "shopA", notices.append)
    assert got.kind == "model" and got.path == folder
    assert resolve_reranker(str(folder), tmp_path).kind == "model"
    with pytest.raises(UserError, match="neither auto, prior nor an existing model folder"):
        resolve_reranker(str(tmp_path / "missing"), tmp_path)


def test_the_loop_runs_end_to_end_with_a_fake_generator(tmp_path, shop_dir):  # noqa: F811
    from promo_llm.feedback.loop import LoopConfig, run_loop

    camp = tmp_path / "c.yaml"
    camp.write_text(f"name: lp\nshop: {shop_dir}\nsend_date: 2026-11-16\nchannels: [push, sms, email_subject]\n")
    cfg = LoopConfig(campaign="c.yaml", set=["max_users=120", "candidates=6"], rounds=1, seeds=2,
                     out=str(tmp_path / "loop"))
    res = run_loop(cfg, base_dir=tmp_path, generator=FakeGenerator(fn=varied_copy), progress=False)
    assert [e["round"] for e in res.summary] == [0, 1]
    r0 = res.summary[0]
    assert r0["trained"]["mean"] == r0["prior"]["mean"]  # round 0: no model yet, the prior picks
    assert all(0 < e[a]["lo"] <= e[a]["mean"] <= e[a]["hi"] < 1
               for e in res.summary for a in ("trained", "random", "prior"))
    assert (tmp_path / "loop" / "loop.png").stat().st_size > 1000
    assert "round" in res.table and len(json.loads((tmp_path / "loop" / "loop.json").read_text())["rows"]) == 4
    manifest = json.loads((tmp_path / "loop" / "manifest.json").read_text())
    assert manifest["kind"] == "loop" and len(manifest["round_runs"]) == 2 and manifest["outputs"]["loop.json"]
    # the loop keeps a workspace of its own, fresh each time: a second loop the same day is not held
    # back by the first one's sends on the frequency caps
    assert (tmp_path / "loop" / "workspace" / "promo.sqlite").is_file()
    again = run_loop(cfg, base_dir=tmp_path, generator=FakeGenerator(fn=varied_copy), progress=False)
    assert [e["round"] for e in again.summary] == [0, 1]
    assert again.summary == res.summary  # same seeds, same fresh start: the same loop


def test_an_older_workspace_gains_the_new_columns(tmp_path):
    import sqlite3

    db = sqlite3.connect(tmp_path / "promo.sqlite")
    db.execute("CREATE TABLE sends (send_id TEXT PRIMARY KEY, run_id TEXT, user_id TEXT, item_id TEXT, "
               "channel TEXT, send_at TEXT, propensity REAL, copy TEXT, score REAL)")
    db.execute("INSERT INTO sends VALUES ('s1', 'r1', 'U1', 'P1', 'sms', '2026-11-16T12:00:00+00:00', 1, 'hi', 0.1)")
    db.commit()
    db.close()
    store = Store(tmp_path)
    with store.connect() as c:
        cols = {r[1] for r in c.execute("PRAGMA table_info(sends)")}
        assert {"locale", "features", "offer"} <= cols
        assert c.execute("SELECT copy, offer FROM sends").fetchall() == [("hi", None)]
    f = _write(tmp_path / "o.csv", "send_id,clicked", ["s1,1"])
    rep = ingest_outcomes(f, home=tmp_path)
    assert rep.new == 1
    with store.connect() as c:  # a click implies an open
        assert c.execute("SELECT opened, clicked, converted, revenue FROM outcomes").fetchall() == [(1, 1, 0, 0.0)]


def test_rerank_train_reads_the_workspace_and_says_when_outcomes_are_too_few(run, tmp_path, shop_dir):  # noqa: F811
    from promo_llm.rerank.learned import load_training_set

    runner = CliRunner()
    got = runner.invoke(app, ["rerank", "train"])
    assert got.exit_code == 1 and "no sends with outcomes in the workspace" in got.output
    out = tmp_path / "o.csv"
    assert runner.invoke(app, ["simulate", run.run_id, "--out", str(out), "--shop", str(shop_dir)]).exit_code == 0
    assert runner.invoke(app, ["feedback", "ingest", str(out)]).exit_code == 0
    data, info = load_training_set(Store())
    assert len(data.copies) == run.n_copies and info["runs"] == [run.run_id]
    assert {"prior_logit", "rel_prior_logit", "copy_names_product", "engagement"} <= set(data.features[0])
    if data.clicked.sum() < 10:  # a 25-user run rarely has enough clicks to fit on
        got = runner.invoke(app, ["rerank", "train"])
        assert got.exit_code == 1 and "clicks in the training split; need at least 5" in got.output
