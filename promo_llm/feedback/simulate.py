"""`promo-llm simulate RUN`: draw outcomes for a run's sends and write them as an ESP-style export.

The sends come from the workspace (copy, channel, send time, the offer as sent; for sends logged
before offers were, the run's campaign offer or the product's own promotion); the guardrail warnings from the
chosen candidate's verdict; fatigue from the user's earlier sends in the workspace. The file has one
row per send (send_id, opened, clicked, converted, revenue, ts) and is read by `feedback ingest`.
"""

from __future__ import annotations

import csv
import json
import math
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import UserError
from ..store import Store
from .simulator import Outcome, Send, SimParams, Simulator, recent_send_counts

OUTCOME_COLUMNS = ["send_id", "opened", "clicked", "converted", "revenue", "ts"]


@dataclass
class SimulatedRun:
    run_id: str
    path: Path
    outcomes: list[Outcome]
    sends: list[Send]


def run_sends(store: Store, run_id: str, catalog_discount: dict[str, float] | None = None) -> list[Send]:
    """The run's sends as simulator `Send`s (offer, warnings and fatigue filled in)."""
    with store.connect() as db:
        run = db.execute("SELECT manifest FROM runs WHERE run_id=?", (run_id,)).fetchone()
        if run is None:
            raise UserError(f"unknown run {run_id!r} (see `promo-llm runs`)")
        rows = db.execute("SELECT send_id, user_id, item_id, channel, send_at, copy, locale, offer "
                          "FROM sends WHERE run_id=? ORDER BY send_id", (run_id,)).fetchall()
        warns = {(u, i): v for u, i, v in db.execute(
            "SELECT user_id, item_id, violations FROM candidates WHERE run_id=? AND chosen=1", (run_id,))}
        users = sorted({r[1] for r in rows})
        marks = ",".join("?" * len(users))
        history = [(u, datetime.fromisoformat(t)) for u, t in db.execute(
            f"SELECT user_id, send_at FROM sends WHERE run_id<>? AND user_id IN ({marks})", (run_id, *users))]
    if not rows:
        raise UserError(f"run {run_id!r} has no sends to simulate")
    config = json.loads(run[0] or "{}").get("config", {})
    offer = config.get("offer") or {}
    sends = []
    for send_id, uid, item, channel, send_at, copy, locale, logged in rows:
        sent = json.loads(logged) if logged else None  # the offer as sent; older workspaces lack it
        discount = sent["discount_pct"] if sent else offer.get("discount_pct")
        if sent is None and discount is None and catalog_discount and catalog_discount.get(item):
            discount = math.floor(catalog_discount[item] + 1e-9)
        n_warn = sum(v.get("severity") == "warn" for v in json.loads(warns.get((uid, item)) or "[]"))
        sends.append(Send(user_id=uid, item_id=item, channel=channel, copy=copy or "",
                          send_at=datetime.fromisoformat(send_at), discount_pct=discount,
                          code=sent["code"] if sent else offer.get("code"), warnings=n_warn, send_id=send_id,
                          locale=locale or config.get("locale") or "en-US"))
    counts = recent_send_counts(sends, history)
    from dataclasses import replace

    return [replace(s, recent_sends=c) for s, c in zip(sends, counts)]


def simulate_run(run_id: str, *, shop_dir: Path, out: Path | None = None, seed: int = 0,
                 params: SimParams = SimParams(), home: Path | None = None) -> SimulatedRun:
    """Draw outcomes for every send of `run_id` and write them to `out` (CSV; default
    <run folder>/outcomes.csv)."""
    store = Store(home)
    sim = Simulator.from_shop(shop_dir, params, seed)
    sends = run_sends(store, run_id, {k: v.discount_pct for k, v in sim.items.items()})
    outcomes = sim.draw(sends, seed)
    if out is None:
        with store.connect() as db:
            (out_dir,) = db.execute("SELECT out_dir FROM runs WHERE run_id=?", (run_id,)).fetchone()
        out = Path(out_dir) / "outcomes.csv"
    write_outcomes(out, outcomes)
    return SimulatedRun(run_id, Path(out), outcomes, sends)


def write_outcomes(path: Path, outcomes: list[Outcome]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(OUTCOME_COLUMNS)
        for o in outcomes:
            w.writerow([o.send_id, int(o.opened), int(o.clicked), int(o.converted), f"{o.revenue:.2f}",
                        o.ts.isoformat() if o.ts else ""])
