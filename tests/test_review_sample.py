"""Review samples from a real (fake-generator) run and from eval results; Label Studio and Argilla
exchange; the `review` commands."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from promo_llm.cli import app
from promo_llm.errors import DataError, UserError
from promo_llm.review.exchange import export_sample, import_answers
from promo_llm.review.sample import load_sample, sample_from_eval, sample_from_run, save_sample
from promo_llm.store import Store
from review_fixture import SYSTEMS, synthetic_sample


@pytest.fixture(scope="module")
def run_home(tmp_path_factory):
    from promo_llm.generation import FakeGenerator
    from promo_llm.pipeline import run_campaign
    from test_pipeline import cfg, grounded_copy

    home = tmp_path_factory.mktemp("review-run")
    res = run_campaign(cfg(max_users=20), generator=FakeGenerator(fn=grounded_copy), home=home, progress=False)
    return home, res


def test_a_run_sample_shows_each_copys_facts_and_pairs_it_with_another_candidate(run_home):
    home, res = run_home
    store = Store(home)
    sample = sample_from_run(store, res.run_id, n=8, pairs=3, seed=1)
    rows = {r["copy"]: r for r in res.copies}
    scored = [i for i in sample.items if i.kind == "score"]
    pairs = [i for i in sample.items if i.kind == "pair"]
    assert len(scored) == 8 and len(pairs) == 3 and len({i.id for i in sample.items}) == 11
    for item in scored:
        row = rows[item.copies[0]["copy"]]
        facts = dict(item.facts)
        assert facts["Product"] == row["product_title"] and facts["Channel"] == row["channel"]
        assert facts["Price"].split()[0] in item.copies[0]["copy"]  # the fake copy quotes the price
        assert item.copies[0]["auto"]["predicted_conversion"] == row["score"]
    for item in pairs:
        assert [c["system"] for c in item.copies] == ["chosen", "other"]
        assert item.copies[0]["copy"] != item.copies[1]["copy"]
    again = sample_from_run(store, res.run_id, n=8, pairs=3, seed=1, sample_id=sample.sample_id)
    assert [i.id for i in again.items] == [i.id for i in sample.items]
    with pytest.raises(UserError, match="no run 'nope'"):
        sample_from_run(store, "nope")


def test_an_eval_sample_spreads_copies_over_systems_and_pairs_them(tmp_path):
    brief = {"channel": "push", "locale": "en-US", "tone": "friendly",
             "product": {"item_id": "p1", "title": "Alpina Trailrunner boots", "brand": "Alpina",
                         "category": "Outdoor", "price": 79.99, "list_price": 99.99, "currency": "USD",
                         "attributes": {"colour": "moss"}},
             "user": {"interests": [], "favourite_brands": [], "segment": "active", "price_band": "mid",
                      "deal_seeker": False},
             "offer": {"discount_pct": 20, "ends": "2026-12-05"}, "brand_signature": None}
    data = tmp_path / "valid.jsonl"
    data.write_text("".join(json.dumps({"id": f"v{k}", "brief": brief, "copy": "x"}) + "\n" for k in range(6)))
    results = tmp_path / "results"
    results.mkdir()
    (results / "manifest.json").write_text(json.dumps({"config": {"name": "suite", "data": [str(data)]}}))
    (results / "copies.jsonl").write_text("".join(json.dumps({
        "system": s, "id": f"v{k}", "locale": "en-US", "channel": "push", "index": 0,
        "copy": f"Moss boots {k} by {s}\nNow $79.99", "passed": k % 2 == 0, "rules": [] if k % 2 == 0
        else ["grounding_price"], "grounding_violations": k % 2, "predicted_conversion": 0.05 if k % 2 == 0
        else None}) + "\n" for s in SYSTEMS for k in range(6)))
    sample = sample_from_eval(Store(tmp_path / "ws"), results, n=5, pairs=2)
    scored = [i for i in sample.items if i.kind == "score"]
    assert sorted(i.copies[0]["system"] for i in scored) == [SYSTEMS[0]] * 3 + [SYSTEMS[1]] * 2
    facts = dict(scored[0].facts)
    assert facts["Price"] == "79.99 USD" and facts["List price"] == "99.99 USD" and facts["Discount"] == "20%"
    assert facts["Offer ends"] == "2026-12-05" and facts["colour"] == "moss"
    for item in scored:
        passed = item.copies[0]["auto"]["guard_passed"]
        assert item.copies[0]["auto"]["grounding_violations"] == (0 if passed else 1)
    pairs = [i for i in sample.items if i.kind == "pair"]
    assert len(pairs) == 2 and all({c["system"] for c in p.copies} == set(SYSTEMS) for p in pairs)
    with pytest.raises(UserError, match="not there; point to them with --data"):
        data.unlink()
        sample_from_eval(Store(tmp_path / "ws"), results)


def test_label_studio_round_trip(tmp_path):
    home = tmp_path / "ws"
    sample = synthetic_sample(home)
    store = Store(home)
    files = export_sample(store, "s1", "labelstudio", tmp_path / "ls")
    assert {f.name for f in files} == {"labelstudio_score.json", "labelstudio_score.xml",
                                       "labelstudio_pair.json", "labelstudio_pair.xml"}
    text = "".join(f.read_text() for f in files)
    assert not any(s in text for s in SYSTEMS)
    assert '<Rating name="factual" toName="copy" maxRating="5"' in (tmp_path / "ls/labelstudio_score.xml").read_text()
    tasks = json.loads((tmp_path / "ls/labelstudio_score.json").read_text())
    tasks += json.loads((tmp_path / "ls/labelstudio_pair.json").read_text())
    exported = []
    for t in tasks:  # what Label Studio's JSON export holds after one annotator answered everything
        if "copy" in t["data"]:
            result = [{"from_name": q, "to_name": "copy", "type": "rating", "value": {"rating": 3}}
                      for q in ("factual", "fluency", "persuasive", "on_brand", "compliant")]
            result.append({"from_name": "flags", "to_name": "copy", "type": "choices",
                           "value": {"choices": ["Invented fact"]}})
        else:
            result = [{"from_name": "prefer", "to_name": "copy_a", "type": "choices", "value": {"choices": ["B"]}}]
        exported.append({**t, "id": len(exported) + 1,
                         "annotations": [{"completed_by": {"id": 1, "email": "ann@example.com"}, "result": result}]})
    path = tmp_path / "export.json"
    path.write_text(json.dumps(exported))
    assert import_answers(store, "s1", path, "labelstudio") == (16, 0)
    answers = {a["item_id"]: a for a in store.answers("s1")}
    assert len(answers) == 16 and {a["reviewer"] for a in answers.values()} == {"labelstudio:ann@example.com"}
    score = answers["score00"]["scores"]
    assert score["factual"] == 3 and score["flags"] == {"invented_fact": True, "would_not_send": False,
                                                         "garbled": False}
    pair = answers["pair00"]["scores"]
    assert pair["prefer"] == "B" and pair["winner"] == pair["b"] and pair["winner"] in SYSTEMS
    assert import_answers(store, "s1", path, "labelstudio") == (16, 0)  # again: updates, no new rows
    assert len(store.answers("s1")) == 16


def test_argilla_round_trip_and_bad_rows(tmp_path):
    home = tmp_path / "ws"
    synthetic_sample(home)
    store = Store(home)
    export_sample(store, "s1", "argilla", tmp_path / "ar")
    settings = json.loads((tmp_path / "ar/argilla_settings.json").read_text())
    assert [q["name"] for q in settings["questions"]][:5] == ["factual", "fluency", "persuasive", "on_brand",
                                                             "compliant"]
    records = json.loads((tmp_path / "ar/argilla_records.json").read_text())
    out = []
    for r in records:
        if r["metadata"]["kind"] == "score":
            responses = {q: [{"user_id": "u1", "value": 4}, {"user_id": "u2", "value": 5}]
                         for q in ("factual", "fluency", "persuasive", "on_brand", "compliant")}
        else:
            responses = {"prefer": [{"user_id": "u1", "value": "About the same"}]}
        out.append({**r, "responses": responses})
    out.append({"id": "not-an-item", "responses": {"prefer": [{"user_id": "u1", "value": "A"}]}})
    out.append({"id": "score01", "responses": {"factual": [{"user_id": "u3", "value": 9}]}})
    path = tmp_path / "records.json"
    path.write_text(json.dumps(out))
    with pytest.raises(DataError, match="unknown item"):
        import_answers(store, "s1", path, "argilla")
    assert store.answers("s1") == []
    quarantine = tmp_path / "bad.jsonl"
    assert import_answers(store, "s1", path, "argilla", quarantine) == (12 * 2 + 4, 2)
    assert [json.loads(x)["reason"] for x in quarantine.read_text().splitlines()] == [
        "unknown item", "incomplete or invalid answer"]
    same = [a for a in store.answers("s1") if a["kind"] == "pair"]
    assert all(a["scores"]["winner"] == "same" for a in same)


def test_review_commands(run_home, tmp_path):
    home, res = run_home
    runner = CliRunner()
    ws = ["--workspace", str(home)]
    out = runner.invoke(app, ["review", "sample", "--run", "latest", "--n", "6", "--pairs", "2", "--id", "cli", *ws])
    assert out.exit_code == 0, out.output
    assert out.stdout.strip().splitlines()[-1] == "cli"
    assert len(load_sample(Store(home), "cli").items) == 8
    out = runner.invoke(app, ["review", "add-reviewer", "cli", "alice", "bob", "--port", "8123", *ws])
    lines = out.stdout.strip().splitlines()
    assert out.exit_code == 0 and [x.split("\t")[0] for x in lines] == ["alice", "bob"]
    assert all(x.split("\t")[1].startswith("http://127.0.0.1:8123/r/") for x in lines)
    out = runner.invoke(app, ["review", "list", *ws])
    assert "cli\t8 items\talice 0/8, bob 0/8" in out.stdout
    out = runner.invoke(app, ["review", "report", "cli", "--bootstrap", "200", *ws])
    assert out.exit_code == 0 and out.stdout.strip().endswith("report.html")
    out = runner.invoke(app, ["review", "add-reviewer", "cli", "bad name!", *ws])
    assert out.exit_code == 1 and "reviewer name" in out.output
    out = runner.invoke(app, ["review", "sample", *ws])
    assert out.exit_code == 1 and "give one of --run or --eval" in out.output
    out = runner.invoke(app, ["review", "report", "missing", *ws])
    assert out.exit_code == 1 and "no review sample 'missing'" in out.output
