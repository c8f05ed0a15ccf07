"""The reviewer's web app: blind scoring of a sample's copies, one page per item, keyboard first.

Every reviewer has a personal link `/r/<token>`; the token is stored only as its sha256, and a
missing or wrong token gets an empty 403. Pages are rendered on the server from templates inside
the package and use only the package's own CSS and JS (works offline, no CDN). Writes need the
CSRF token of the page, an HMAC of the reviewer and a per-browser session cookie; every answer is
saved at once with one row per reviewer and item (a double submit updates that row), so a reload
resumes at the first unanswered item. Nothing on a page names the system that wrote a copy: items
have opaque ids, their order is shuffled per reviewer and pairwise sides are flipped per reviewer.

This module imports FastAPI: import it only where the app is served or tested.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..store import Store
from .sample import FLAGS, PAIR_CHOICES, SCALES, Item, Sample, load_sample, pair_sides, reviewer_order

PACKAGE_DIR = Path(__file__).resolve().parent
SESSION_COOKIE = "promo_review_session"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
                               "form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_reviewer(store: Store, sample_id: str, reviewer: str) -> str:
    """Register `reviewer` for a sample (a new token if they exist; answers stay); returns the token."""
    from ..errors import UserError

    if not reviewer or not reviewer.replace("-", "").replace("_", "").replace(".", "").isalnum():
        raise UserError(f"reviewer name {reviewer!r}: use letters, digits, '.', '-' or '_'")
    load_sample(store, sample_id)  # the sample must exist
    token = secrets.token_urlsafe(24)
    store.add_reviewer(sample_id, reviewer, hash_token(token), secrets.randbelow(2**31),
                       datetime.now(timezone.utc).isoformat())
    return token


def _secret(store: Store) -> bytes:
    """The workspace's key for CSRF tokens (created once, readable only by its owner)."""
    path = store.home / "reviews" / ".csrf-key"
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file():
        path.touch(mode=0o600)
        path.write_text(secrets.token_hex(32))
    return bytes.fromhex(path.read_text().strip())


def csrf_token(secret: bytes, session: str, token_hash: str) -> str:
    return hmac.new(secret, f"{session}:{token_hash}".encode(), hashlib.sha256).hexdigest()


def parse_answer(item: Item, form: dict[str, Any], seed: int) -> dict[str, Any] | None:
    """The stored answer for a submitted form, or None when it is incomplete or malformed."""
    if item.kind == "pair":
        prefer = form.get("prefer")
        if prefer not in PAIR_CHOICES:
            return None
        a, b = pair_sides(item.id, seed)
        systems = {"A": item.copies[a]["system"], "B": item.copies[b]["system"]}
        return {"prefer": prefer, "a": systems["A"], "b": systems["B"],
                "winner": systems.get(prefer, "same")}
    answer: dict[str, Any] = {}
    for key, _, _ in SCALES:
        value = str(form.get(key, ""))
        if value not in {"1", "2", "3", "4", "5"}:
            return None
        answer[key] = int(value)
    flags = form.get("flags", [])
    known = {k for k, _, _ in FLAGS}
    if any(f not in known for f in flags):
        return None
    answer["flags"] = {k: k in flags for k, _, _ in FLAGS}
    return answer


def create_app(home: str | Path | None = None) -> FastAPI:
    """The FastAPI app over the workspace `home` (every sample in it; the token picks one)."""
    store = Store(home)
    secret = _secret(store)
    env = Environment(loader=FileSystemLoader(PACKAGE_DIR / "templates"),
                      autoescape=select_autoescape(["html"]))
    samples: dict[str, Sample] = {}
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=PACKAGE_DIR / "static"), name="static")

    def forbidden() -> Response:
        return Response(status_code=403, headers=SECURITY_HEADERS)

    def reviewer_of(token: str) -> tuple[dict[str, Any], Sample] | None:
        who = store.reviewer_by_token(hash_token(token))
        if who is None:
            return None
        if who["sample_id"] not in samples:
            samples[who["sample_id"]] = load_sample(store, who["sample_id"])
        return who, samples[who["sample_id"]]

    @app.middleware("http")
    async def headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    @app.api_route("/", methods=["GET", "POST"])
    @app.api_route("/r/", methods=["GET", "POST"])
    def no_token() -> Response:
        return forbidden()

    @app.get("/r/{token}")
    def page(token: str, request: Request, at: int | None = None) -> Response:
        found = reviewer_of(token)
        if found is None:
            return forbidden()
        who, sample = found
        order = reviewer_order(sample, who["seed"])
        answers = {a["item_id"]: a["scores"] for a in store.answers(sample.sample_id, who["reviewer"])}
        if at is None:
            at = next((k for k, i in enumerate(order) if i not in answers), len(order))
        at = max(0, min(at, len(order)))
        session = request.cookies.get(SESSION_COOKIE) or secrets.token_urlsafe(24)
        context = {"token": token, "csrf": csrf_token(secret, session, who["token_hash"]),
                   "done": len(answers), "total": len(order), "at": at, "scales": SCALES, "flags": FLAGS,
                   "reviewer": who["reviewer"]}
        if at == len(order):
            html = env.get_template("done.html").render(**context)
        else:
            item = sample.item(order[at])
            assert item is not None
            copies = item.copies
            if item.kind == "pair":
                a, b = pair_sides(item.id, who["seed"])
                copies = [item.copies[a], item.copies[b]]
            html = env.get_template("item.html").render(
                **context, item=item, texts=[c["copy"] for c in copies], previous=answers.get(item.id))
        response = HTMLResponse(html)
        response.set_cookie(SESSION_COOKIE, session, httponly=True, samesite="strict", path="/r/")
        return response

    @app.post("/r/{token}")
    async def answer(token: str, request: Request) -> Response:
        found = reviewer_of(token)
        if found is None:
            return forbidden()
        who, sample = found
        form = await request.form()
        session = request.cookies.get(SESSION_COOKIE)
        sent = str(form.get("csrf", ""))
        if not session or not hmac.compare_digest(sent, csrf_token(secret, session, who["token_hash"])):
            return forbidden()
        item = sample.item(str(form.get("item", "")))
        if item is None:
            return Response("unknown item", status_code=400)
        fields = {k: form.get(k) for k in form.keys()}
        fields["flags"] = form.getlist("flags")
        parsed = parse_answer(item, fields, who["seed"])
        if parsed is None:
            return Response("incomplete answer: every question needs a value", status_code=400)
        store.save_answer(sample.sample_id, who["reviewer"], item.id, run_id=sample.source.get("run_id"),
                          brief_id=item.brief_id, kind=item.kind, scores=parsed,
                          at=datetime.now(timezone.utc).isoformat())
        order = reviewer_order(sample, who["seed"])
        answered = {a["item_id"] for a in store.answers(sample.sample_id, who["reviewer"])}
        here = order.index(item.id)
        after = [k for k in list(range(here + 1, len(order))) + list(range(here)) if order[k] not in answered]
        return RedirectResponse(f"/r/{token}?at={after[0] if after else len(order)}", status_code=303)

    return app


__all__ = ["create_app", "new_reviewer", "hash_token", "csrf_token", "parse_answer"]
