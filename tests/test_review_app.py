"""The scoring app over HTTP: token auth, CSRF, blindness, double submits, resuming, two reviewers
at once; and the workspace migration that the app's answers rely on."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from fastapi.testclient import TestClient

from promo_llm.review.app import create_app, new_reviewer
from promo_llm.review.sample import reviewer_order
from promo_llm.store import Store
from review_fixture import SYSTEMS, hidden, score_form, served, synthetic_sample


@pytest.fixture()
def home(tmp_path):
    synthetic_sample(tmp_path / "ws")
    return tmp_path / "ws"


@pytest.fixture()
def client(home):
    return TestClient(create_app(home))


def test_missing_or_wrong_token_gets_an_empty_403(home, client):
    token = new_reviewer(Store(home), "s1", "alice")
    for path in ("/", "/r/", "/r/nope", "/r/" + token[:-1] + ("x" if token[-1] != "x" else "y")):
        for method in ("get", "post"):
            r = getattr(client, method)(path)
            assert r.status_code == 403 and r.content == b"", (method, path)
    assert client.get("/docs").status_code == 404 and client.get("/openapi.json").status_code == 404
    assert client.get(f"/r/{token}").status_code == 200


def test_tokens_are_stored_hashed(home):
    token = new_reviewer(Store(home), "s1", "alice")
    with sqlite3.connect(home / "promo.sqlite") as db:
        dump = "\n".join(db.iterdump())
    assert token not in dump and "alice" in dump


def test_writes_need_the_pages_csrf_token_and_session(home, client):
    store = Store(home)
    alice, bob = new_reviewer(store, "s1", "alice"), new_reviewer(store, "s1", "bob")
    page = client.get(f"/r/{alice}").text
    form = score_form(page)
    assert client.post(f"/r/{alice}", data={**form, "csrf": ""}, follow_redirects=False).status_code == 403
    assert client.post(f"/r/{alice}", data={**form, "csrf": "0" * 64}, follow_redirects=False).status_code == 403
    # bob's page token does not write for alice, even from the same browser
    bob_csrf = hidden(client.get(f"/r/{bob}").text, "csrf")
    assert client.post(f"/r/{alice}", data={**form, "csrf": bob_csrf}, follow_redirects=False).status_code == 403
    # another browser (no session cookie) with alice's page token is refused
    other = TestClient(create_app(home))
    assert other.post(f"/r/{alice}", data=form, follow_redirects=False).status_code == 403
    assert store.answers("s1") == []
    ok = client.post(f"/r/{alice}", data=form, follow_redirects=False)
    assert ok.status_code == 303 and len(store.answers("s1", "alice")) == 1


def test_a_double_submit_keeps_one_answer_and_a_resubmit_updates_it(home, client):
    store = Store(home)
    token = new_reviewer(store, "s1", "alice")
    page = next(h for h in (client.get(f"/r/{token}?at={k}").text for k in range(16)) if 'data-kind="score"' in h)
    first = score_form(page, 2)
    for _ in range(3):
        assert client.post(f"/r/{token}", data=first, follow_redirects=False).status_code == 303
    rows = store.answers("s1", "alice")
    assert len(rows) == 1
    assert client.post(f"/r/{token}", data=score_form(page, 5), follow_redirects=False).status_code == 303
    rows = store.answers("s1", "alice")
    assert len(rows) == 1 and rows[0]["scores"]["factual"] == 5


def test_incomplete_answers_are_refused_and_not_saved(home, client):
    store = Store(home)
    token = new_reviewer(store, "s1", "alice")
    page = client.get(f"/r/{token}").text
    form = score_form(page)
    key = "prefer" if "prefer" in form else "fluency"
    assert client.post(f"/r/{token}", data={**form, key: "9"}).status_code == 400
    del form[key]
    assert client.post(f"/r/{token}", data=form).status_code == 400
    assert store.answers("s1") == []


def test_pages_are_blind_and_orders_differ_per_reviewer(home, client):
    store = Store(home)
    tokens = {name: new_reviewer(store, "s1", name) for name in ("alice", "bob")}
    seen = {}
    for name, token in tokens.items():
        order = []
        for at in range(16):
            html = client.get(f"/r/{token}?at={at}").text
            assert not any(s in html.lower() for s in SYSTEMS), (name, at)
            order.append(hidden(html, "item"))
        assert sorted(order) == sorted(i.id for i in synthetic_sample(home).items)
        seen[name] = order
    assert seen["alice"] != seen["bob"]
    who = {r["reviewer"]: r for r in store.reviewers("s1")}
    assert seen["alice"] == reviewer_order(synthetic_sample(home), store.reviewer_by_token(
        __import__("promo_llm.review.app", fromlist=["hash_token"]).hash_token(tokens["alice"]))["seed"])
    assert set(who) == {"alice", "bob"}


def test_pair_answers_record_the_system_behind_the_side_chosen(home, client):
    store = Store(home)
    token = new_reviewer(store, "s1", "alice")
    for at in range(16):
        html = client.get(f"/r/{token}?at={at}").text
        if 'data-kind="pair"' in html:
            shown_a = html.split("<h3>A</h3>")[1].split("</div>")[0]
            assert client.post(f"/r/{token}", data=score_form(html), follow_redirects=False).status_code == 303
            break
    answer = store.answers("s1", "alice")[0]["scores"]
    assert answer["prefer"] == "A" and answer["winner"] == answer["a"]
    assert ("first" in shown_a) == (answer["a"] == SYSTEMS[0])


def test_reload_resumes_at_the_first_unanswered_item_with_progress(home, client):
    store = Store(home)
    token = new_reviewer(store, "s1", "alice")
    order = []
    for _ in range(3):
        html = client.get(f"/r/{token}").text
        order.append(hidden(html, "item"))
        client.post(f"/r/{token}", data=score_form(html), follow_redirects=False)
    html = client.get(f"/r/{token}").text
    assert ">3 / 16<" in html and hidden(html, "item") not in order
    fresh = TestClient(create_app(home))  # a restarted server, a new browser
    assert hidden(fresh.get(f"/r/{token}").text, "item") == hidden(html, "item")


def test_two_reviewers_at_once_lose_nothing(home):
    """Two reviewers answer every item at the same time through a real server."""
    import httpx

    store = Store(home)
    tokens = [new_reviewer(store, "s1", name) for name in ("alice", "bob")]
    errors = []

    def review(base_url: str, token: str) -> None:
        try:
            with httpx.Client(base_url=base_url) as http:
                for _ in range(16):
                    html = http.get(f"/r/{token}").text
                    form = score_form(html)
                    for _ in range(2):  # every answer sent twice
                        assert http.post(f"/r/{token}", data=form).status_code in (200, 303)
        except Exception as exc:  # surfaced below
            errors.append(exc)

    with served(home) as base_url:
        workers = [threading.Thread(target=review, args=(base_url, t)) for t in tokens]
        for w in workers:
            w.start()
        for w in workers:
            w.join(60)
    assert not errors
    for name in ("alice", "bob"):
        assert len({a["item_id"] for a in store.answers("s1", name)}) == 16
    assert len(store.answers("s1")) == 32


def test_an_old_workspace_gets_the_review_columns_and_keeps_its_rows(tmp_path):
    home = tmp_path / "old"
    home.mkdir()
    with sqlite3.connect(home / "promo.sqlite") as db:
        db.execute("CREATE TABLE reviews (review_id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT, "
                   "brief_id TEXT, reviewer TEXT, scores TEXT, created_at TEXT)")
        db.execute("INSERT INTO reviews (run_id, brief_id, reviewer, scores, created_at) VALUES "
                   "('r', 'b', 'ann', '{}', 't')")
    store = Store(home)
    Store(home)  # opening again is a no-op
    with sqlite3.connect(home / "promo.sqlite") as db:
        cols = {r[1] for r in db.execute("PRAGMA table_info(reviews)")}
        rows = db.execute("SELECT reviewer FROM reviews").fetchall()
    assert {"sample_id", "item_id", "kind", "updated_at"} <= cols and rows == [("ann",)]
    for _ in range(2):
        store.save_answer("s", "ann", "i1", run_id=None, brief_id="b", kind="score", scores={"x": 1}, at="t")
    assert len(store.answers("s")) == 1
