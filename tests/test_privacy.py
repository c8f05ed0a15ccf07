"""Privacy: pseudonyms, `workspace purge` (a person, a retention date) and prompts without ids or contacts."""

from __future__ import annotations

import csv
import dataclasses
import json
import shutil
import sqlite3
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.parquet as pq
from typer.testing import CliRunner

from crash_fixture import SlowGrounded
from promo_llm.cli import app
from promo_llm.config import CampaignConfig, from_dict
from promo_llm.pipeline import run_campaign
from promo_llm.privacy import Pseudonymizer, pseudonym, workspace_key
from promo_llm.store import Store
from shop_fixture import shop_dir  # noqa: F401


def cfg(shop: Path, **kw) -> CampaignConfig:
    base = {"name": "priv", "max_users": 14, "candidates": 2, "seed": 4, "send_date": "2026-11-16",
            "shop": str(shop), "channels": ["push", "sms", "email_subject"],
            "delivery": {"limits": {"per_day": 20, "per_week": 20}}}
    base.update(kw)
    return from_dict(CampaignConfig, base)


def everything(ws: Path) -> str:
    """Every table's every row and every file under the workspace, as one text."""
    parts = []
    con = sqlite3.connect(ws / "promo.sqlite")
    for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'"):
        parts += [repr(r) for r in con.execute(f"SELECT * FROM {table}")]
    con.close()
    for p in ws.rglob("*"):
        if p.is_file() and not p.name.startswith("promo.sqlite") and p.name != "privacy.key":
            parts.append(p.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(parts)


def test_pseudonyms_are_keyed_stable_and_not_the_id(tmp_path):
    k1, k2 = workspace_key(tmp_path / "a"), workspace_key(tmp_path / "b")
    assert workspace_key(tmp_path / "a") == k1 != k2 and len(k1) == 32
    assert (tmp_path / "a" / "privacy.key").stat().st_mode & 0o077 == 0
    assert pseudonym("U00001", k1) == pseudonym("U00001", k1) != pseudonym("U00001", k2)
    assert "U00001" not in pseudonym("U00001", k1)


def test_purge_user_leaves_no_trace(tmp_path, shop_dir):
    from promo_llm.review.sample import sample_from_run, save_sample

    ws = tmp_path / "ws"
    res = run_campaign(cfg(shop_dir), generator=SlowGrounded(), home=ws, progress=False)
    victim, other = res.copies[0], res.copies[1]
    uid = victim["user_id"]
    outcomes = tmp_path / "o.csv"
    outcomes.write_text("send_id,opened,clicked\n" + "".join(f"{c['send_id']},1,1\n" for c in res.copies))
    r = CliRunner().invoke(app, ["feedback", "ingest", str(outcomes), "--workspace", str(ws)])
    assert r.exit_code == 0, r.output
    store = Store(ws)
    sample = sample_from_run(store, res.run_id, n=len(res.copies))
    save_sample(store, sample)
    for item in sample.items:
        store.save_answer(sample.sample_id, "ann", item.id, run_id=res.run_id, brief_id=item.brief_id,
                          kind=item.kind, scores={"overall": 4}, at="2026-11-17T00:00:00+00:00")
    pz = Pseudonymizer(ws)
    text = everything(ws)
    assert uid in text and pz(uid) in text  # the send list has the id, rejected.jsonl the pseudonym

    r = CliRunner().invoke(app, ["workspace", "purge", "--user", uid, "--workspace", str(ws)])
    assert r.exit_code == 0, r.output
    text = everything(ws)
    assert uid not in text and pz(uid) not in text
    assert other["user_id"] in text  # everyone else stays
    copies = [json.loads(x) for x in (res.out_dir / "copies.jsonl").read_text().splitlines()]
    assert len(copies) == len(res.copies) - 1
    with open(res.out_dir / "copies.csv", encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == len(copies)
    assert "sends 1" in r.output and "outcomes 1" in r.output


def test_purge_before_applies_retention(tmp_path, shop_dir):
    ws = tmp_path / "ws"
    old = run_campaign(cfg(shop_dir, name="old"), generator=SlowGrounded(), home=ws, progress=False)
    with sqlite3.connect(ws / "promo.sqlite") as con:
        con.execute("UPDATE runs SET started_at='2025-01-01T00:00:00+00:00' WHERE run_id=?", (old.run_id,))
    new = run_campaign(cfg(shop_dir, name="new", seed=9), generator=SlowGrounded(), home=ws, progress=False)
    r = CliRunner().invoke(app, ["workspace", "purge", "--before", "2026-01-01", "--workspace", str(ws)])
    assert r.exit_code == 0, r.output
    con = sqlite3.connect(ws / "promo.sqlite")
    assert [x for (x,) in con.execute("SELECT run_id FROM runs")] == [new.run_id]
    for table in ("sends", "candidates", "run_briefs"):
        assert {x for (x,) in con.execute(f"SELECT DISTINCT run_id FROM {table}")} == {new.run_id}
    assert not old.out_dir.exists() and new.out_dir.exists()
    bad = CliRunner().invoke(app, ["workspace", "purge", "--before", "last year", "--workspace", str(ws)])
    assert bad.exit_code == 1 and "--before" in bad.output


def test_prompts_never_carry_ids_or_contacts(tmp_path, shop_dir):
    from promo_llm.data.shop import load_shop
    from promo_llm.pipeline import build_briefs
    from promo_llm.prompting import render_prompt

    shop = tmp_path / "shop"
    shutil.copytree(shop_dir, shop)
    uid, email, phone = "ZQX-PRIVATE-7731", "zqx.private.7731@example.org", "+1-555-0137-7731"
    with open(shop / "users.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    old = rows[0]["user_id"]
    for row in rows:
        row["email"], row["phone"] = (email, phone) if row["user_id"] == old else ("", "")
    rows[0]["user_id"] = uid
    with open(shop / "users.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    events = pq.read_table(shop / "events.parquet")
    col = events.column("user_id")
    events = events.set_column(events.schema.get_field_index("user_id"), "user_id",
                               pc.if_else(pc.equal(col, old), uid, col))
    pq.write_table(events, shop / "events.parquet")
    loaded = load_shop(shop)
    user = loaded.profiles[uid]
    c = cfg(shop, locale=user.locale, max_users=2000)
    briefs, _, _ = build_briefs(c, [user], loaded, c.send_date)
    assert briefs
    for brief in briefs:
        for b in (brief, dataclasses.replace(brief, personalised=not brief.personalised)):
            text = render_prompt(b).text + json.dumps(render_prompt(b).messages)
            for secret in (uid, email, phone, "7731"):
                assert secret not in text
