"""One workspace, many writers: two `generate` runs and a `feedback ingest` at once, as subprocesses.

No lock error reaches the user, and every run's sends, candidates and outputs agree afterwards.
"""

from __future__ import annotations

import json
import sys

from crash_fixture import SlowGrounded
from promo_llm.config import CampaignConfig, load_config
from promo_llm.pipeline import run_campaign
from shop_fixture import shop_dir  # noqa: F401
from test_crash_resume import FIXTURE, query, spawn, write_campaign


def test_two_generates_and_an_ingest_at_once(tmp_path, shop_dir):
    ws = tmp_path / "ws"
    first = load_config(CampaignConfig, write_campaign(tmp_path / "a.yaml", shop_dir, name="first"), [])
    done = run_campaign(first, generator=SlowGrounded(), home=ws, progress=False)
    outcomes = tmp_path / "outcomes.csv"
    outcomes.write_text("send_id,opened,clicked\n" + "".join(
        f"{c['send_id']},1,{k % 2}\n" for k, c in enumerate(done.copies)))
    camps = [write_campaign(tmp_path / f"{n}.yaml", shop_dir, name=n, seed=s, max_users=10)
             for n, s in (("left", 1), ("right", 2))]
    procs = [spawn([sys.executable, str(FIXTURE), "generate", str(c), "--workspace", str(ws)],
                   tmp_path / f"{c.stem}.log", PROMO_TEST_DELAY="0.02") for c in camps]
    procs.append(spawn([sys.executable, "-m", "promo_llm", "feedback", "ingest", str(outcomes),
                        "--workspace", str(ws)], tmp_path / "ingest.log"))
    for p in procs:
        p.wait(timeout=300)
        text = p.log.read_text(errors="replace")
        assert p.returncode == 0, text[-2000:]
        assert "database is locked" not in text and "Traceback" not in text
    runs = dict(query(ws, "SELECT campaign, status FROM runs"))
    assert runs == {"first": "ok", "left": "ok", "right": "ok"}
    assert query(ws, "SELECT COUNT(*) FROM outcomes") == [(len(done.copies),)]
    for run_id, out_dir in query(ws, "SELECT run_id, out_dir FROM runs"):
        copies = [json.loads(x) for x in open(f"{out_dir}/copies.jsonl", encoding="utf-8")]
        sends = query(ws, "SELECT send_id, copy FROM sends WHERE run_id=? ORDER BY send_id", (run_id,))
        assert sorted((c["send_id"], c["copy"]) for c in copies) == sends
        blocked = query(ws, "SELECT COUNT(*) FROM candidates WHERE run_id=? AND passed=0", (run_id,))[0][0]
        assert blocked == sum(1 for x in open(f"{out_dir}/rejected.jsonl", encoding="utf-8") if '"violations"' in x)
        briefs = query(ws, "SELECT COUNT(*), COUNT(copy) FROM run_briefs WHERE run_id=?", (run_id,))[0]
        assert briefs[1] == len(copies) and briefs[0] == query(
            ws, "SELECT COUNT(DISTINCT brief_id) FROM candidates WHERE run_id=?", (run_id,))[0][0]
