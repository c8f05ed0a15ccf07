"""What the run-level choice of delivered copy (`distinct_copies`) does on a recorded run.

Replays `rerank.distinct.distinct_picks` over a run's candidates as the workspace recorded them
(passing candidates ranked as the reranker ranked them: score, then candidate index; briefs in
brief order), with the choice on and off, and prints both summaries as JSON: distinct copies,
briefs whose pick moved off their best, repeats kept, mean reranker score of the best and of the
delivered copies. It reads the workspace only, so it also measures runs written before the choice
existed (their delivered copies are each brief's best). The replay compares the candidates' own
text; a copy the guardrails repaired is delivered in its repaired form, which may differ.

    python bench/distinct.py --workspace out/demo-retail-workspace [--run RUN_ID]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from promo_llm.rerank.distinct import Ranked, distinct_picks  # noqa: E402


def ranked_briefs(db: sqlite3.Connection, run_id: str) -> list[list[Ranked]]:
    """Each committed brief's passing candidates, best first, in brief order."""
    seqs = db.execute("SELECT brief_id FROM run_briefs WHERE run_id=? ORDER BY seq", (run_id,)).fetchall()
    out = []
    for (brief_id,) in seqs:
        rows = db.execute("SELECT text, score FROM candidates WHERE run_id=? AND brief_id=? AND passed=1 "
                          "ORDER BY score DESC, idx", (run_id, brief_id)).fetchall()
        out.append([Ranked(text, score) for text, score in rows])
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--workspace", type=Path, required=True, help="workspace folder (promo.sqlite)")
    ap.add_argument("--run", default=None, help="run id (default: the newest run)")
    args = ap.parse_args(argv)
    db = sqlite3.connect(f"file:{args.workspace / 'promo.sqlite'}?mode=ro", uri=True)
    run_id = args.run or db.execute("SELECT run_id FROM runs ORDER BY started_at DESC").fetchone()[0]
    ranked = ranked_briefs(db, run_id)
    recorded = [c for (c,) in db.execute("SELECT text FROM candidates WHERE run_id=? AND chosen=1", (run_id,))]
    report = {"run_id": run_id, "briefs": len(ranked),
              "passed": sum(len(r) for r in ranked),
              "candidates": db.execute("SELECT COUNT(*) FROM candidates WHERE run_id=?", (run_id,)).fetchone()[0],
              "recorded_distinct_chosen": len(set(recorded)),
              "on": distinct_picks(ranked, True).summary(), "off": distinct_picks(ranked, False).summary()}
    print(json.dumps(report, indent=2))
    return report


if __name__ == "__main__":
    main()
