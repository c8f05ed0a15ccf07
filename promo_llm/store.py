"""The workspace: a folder with a SQLite database (WAL) and run artefacts.

Default `./promo-workspace`, or `$PROMO_LLM_HOME`. Tables: runs, candidates (with verdicts and
scores), sends (decisions with propensities), outcomes, reviews (one answer per reviewer and
sample item) and reviewers (hashed tokens). Artefacts of a run live in the
run's output folder, whose path is recorded with the run.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY, campaign TEXT, started_at TEXT, finished_at TEXT, status TEXT,
    out_dir TEXT, n_briefs INTEGER, n_copies INTEGER, n_rejected INTEGER, manifest TEXT
);
CREATE TABLE IF NOT EXISTS candidates (
    run_id TEXT, brief_id TEXT, idx INTEGER, user_id TEXT, item_id TEXT, channel TEXT,
    locale TEXT, text TEXT, passed INTEGER, violations TEXT, score REAL, chosen INTEGER,
    PRIMARY KEY (run_id, brief_id, idx)
);
CREATE TABLE IF NOT EXISTS sends (
    send_id TEXT PRIMARY KEY, run_id TEXT, user_id TEXT, item_id TEXT, channel TEXT,
    send_at TEXT, propensity REAL, copy TEXT, score REAL, locale TEXT, features TEXT,
    offer TEXT, arm TEXT, policy TEXT, context TEXT
);
CREATE TABLE IF NOT EXISTS outcomes (
    send_id TEXT PRIMARY KEY, opened INTEGER, clicked INTEGER, converted INTEGER, revenue REAL,
    ts TEXT, source TEXT, ingested_at TEXT
);
CREATE TABLE IF NOT EXISTS reviews (
    review_id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT, brief_id TEXT, reviewer TEXT,
    scores TEXT, created_at TEXT
);
CREATE TABLE IF NOT EXISTS run_briefs (
    run_id TEXT, brief_id TEXT, seq INTEGER, user_id TEXT, copy TEXT, rejected TEXT, done_at TEXT,
    PRIMARY KEY (run_id, brief_id)
);
CREATE TABLE IF NOT EXISTS reviewers (
    sample_id TEXT, reviewer TEXT, token_hash TEXT UNIQUE, seed INTEGER, created_at TEXT,
    PRIMARY KEY (sample_id, reviewer)
);
"""

REVIEW_INDEX = ("CREATE UNIQUE INDEX IF NOT EXISTS reviews_one_answer "
                "ON reviews (sample_id, reviewer, item_id)")
"""One answer per reviewer and sample item: a second submit updates it, never adds a row.
Rows written before samples existed have a NULL sample_id, which the index lets repeat."""


SENDS_COLUMNS = ("send_id", "run_id", "user_id", "item_id", "channel", "send_at", "propensity", "copy",
                 "score", "locale", "features", "offer", "arm", "policy", "context")


MIGRATIONS = {
    "sends": {"locale": "TEXT", "features": "TEXT", "offer": "TEXT", "arm": "TEXT", "policy": "TEXT",
              "context": "TEXT"},
    "outcomes": {"source": "TEXT", "ingested_at": "TEXT"},
    "runs": {"spec": "TEXT"},
    "run_briefs": {"ranked": "TEXT"},
    "reviews": {"sample_id": "TEXT", "item_id": "TEXT", "kind": "TEXT", "updated_at": "TEXT"},
}
"""Columns added since the first schema: added to an older workspace's tables when it is opened."""


def _schema_current(db: sqlite3.Connection) -> bool:
    """Whether every table, column and index exists already (then opening writes nothing)."""
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    tables = {line.split()[5] for line in SCHEMA.splitlines() if line.startswith("CREATE TABLE")}
    if not tables <= names or "reviews_one_answer" not in names:
        return False
    for table, cols in MIGRATIONS.items():
        if not set(cols) <= {r[1] for r in db.execute(f"PRAGMA table_info({table})")}:
            return False
    return True


def _migrate(db: sqlite3.Connection) -> None:
    for table, cols in MIGRATIONS.items():
        have = {r[1] for r in db.execute(f"PRAGMA table_info({table})")}
        for name, kind in cols.items():
            if name not in have:
                db.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")
    db.execute(REVIEW_INDEX)


BUSY_TIMEOUT_S = 60.0
"""How long a connection waits for another process's write lock before SQLITE_BUSY."""


def _begin_immediate(db: sqlite3.Connection, tries: int = 8) -> None:
    """BEGIN IMMEDIATE, retried with jittered back-off when the database stays busy past the
    busy timeout (many writers at once); the last failure is raised."""
    for k in range(tries):
        try:
            db.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or k == tries - 1:
                raise
            time.sleep(random.uniform(0.05, 0.2) * (k + 1))


def _insert_send(db: sqlite3.Connection, row: tuple) -> None:
    cols = SENDS_COLUMNS[:len(row)]
    db.execute(f"INSERT OR REPLACE INTO sends ({', '.join(cols)}) VALUES ({', '.join('?' * len(row))})", row)


def workspace_dir(path: str | Path | None = None) -> Path:
    return Path(path or os.environ.get("PROMO_LLM_HOME") or "promo-workspace")


class Store:
    def __init__(self, home: str | Path | None = None):
        self.home = workspace_dir(home)
        self.home.mkdir(parents=True, exist_ok=True)
        self.path = self.home / "promo.sqlite"
        with self.connect() as db:
            if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                db.execute("PRAGMA journal_mode=WAL")
        with self.connect() as db:
            current = _schema_current(db)
        if current:
            return
        with self.transaction() as db:
            for stmt in SCHEMA.split(";"):
                if stmt.strip():
                    db.execute(stmt)
            _migrate(db)

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
        db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        try:
            yield db
            db.commit()
        finally:
            db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction that takes the write lock first (BEGIN IMMEDIATE), so a
        read-then-write never deadlocks against another writer; a lock held by another process is
        waited for (busy timeout) and retried, and a failed body rolls everything back."""
        db = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        db.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
        try:
            _begin_immediate(db)
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")
        finally:
            db.close()

    def start_run(self, run_id: str, campaign: str, started_at: str, out_dir: Path,
                  spec: dict[str, Any] | None = None, resume: bool = False) -> None:
        """Record a run as running, with what `generate --resume` needs to finish it (`spec`).
        A resumed run keeps its first start time and spec; a rerun replaces both."""
        keep = "runs.started_at" if resume else "excluded.started_at"
        with self.transaction() as db:
            db.execute("INSERT INTO runs (run_id, campaign, started_at, status, out_dir, spec) "
                       "VALUES (?, ?, ?, 'running', ?, ?) ON CONFLICT (run_id) DO UPDATE SET "
                       f"status='running', out_dir=excluded.out_dir, started_at={keep}, "
                       f"spec={'COALESCE(runs.spec, excluded.spec)' if resume else 'excluded.spec'}",
                       (run_id, campaign, started_at, str(out_dir),
                        json.dumps(spec, ensure_ascii=False) if spec is not None else None))

    def run(self, run_id: str) -> dict[str, Any] | None:
        """The recorded run, with `spec` parsed (None for runs recorded before specs were kept)."""
        with self.connect() as db:
            db.row_factory = sqlite3.Row
            row = db.execute("SELECT * FROM runs WHERE run_id=?", (run_id,)).fetchone()
        if row is None:
            return None
        out = dict(row)
        out["spec"] = json.loads(out["spec"]) if out.get("spec") else None
        return out

    def commit_brief(self, run_id: str, brief_id: str, seq: int, user_id: str, cand_rows: list[tuple],
                     send_row: tuple | None, copy: dict[str, Any] | None,
                     rejected: list[dict[str, Any]], done_at: str,
                     ranked: list[dict[str, Any]] | None = None) -> None:
        """Everything one finished brief produced, in one transaction: its candidates, its send (if
        a candidate passed), its output rows and its passing candidates' rows best first (`ranked`,
        what the run-level choice picks from). A crash leaves a brief wholly in or wholly out."""
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO candidates VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", cand_rows)
            if send_row is not None:
                _insert_send(db, send_row)
            db.execute("INSERT OR REPLACE INTO run_briefs (run_id, brief_id, seq, user_id, copy, rejected, "
                       "done_at, ranked) VALUES (?,?,?,?,?,?,?,?)",
                       (run_id, brief_id, seq, user_id,
                        json.dumps(copy, ensure_ascii=False) if copy is not None else None,
                        json.dumps(rejected, ensure_ascii=False), done_at,
                        json.dumps(ranked, ensure_ascii=False) if ranked else None))

    def ranked_results(self, run_id: str) -> list[tuple[str, dict[str, Any] | None, list[dict[str, Any]]]]:
        """(brief id, delivered copy row or None, passing candidates' rows best first) of every
        committed brief, in brief order. A brief committed before ranked rows were kept lists its
        delivered copy alone."""
        with self.connect() as db:
            rows = db.execute("SELECT brief_id, copy, ranked FROM run_briefs WHERE run_id=? ORDER BY seq",
                              (run_id,)).fetchall()
        out = []
        for brief_id, c, r in rows:
            copy = json.loads(c) if c else None
            ranked = json.loads(r) if r else ([{"candidate": None, "copy": copy, "send": None}] if copy else [])
            out.append((brief_id, copy, ranked))
        return out

    def set_delivered(self, run_id: str, picks: list[tuple[str, dict[str, Any]]]) -> None:
        """Make each (brief id, ranked row) the brief's delivered copy, in one transaction: its
        output row, its send (same send id: replaced, never added) and the candidates' `chosen`."""
        with self.transaction() as db:
            for brief_id, r in picks:
                db.execute("UPDATE run_briefs SET copy=? WHERE run_id=? AND brief_id=?",
                           (json.dumps(r["copy"], ensure_ascii=False), run_id, brief_id))
                _insert_send(db, tuple(r["send"]))
                db.execute("UPDATE candidates SET chosen=(idx=?) WHERE run_id=? AND brief_id=?",
                           (r["candidate"], run_id, brief_id))

    def clear_brief_results(self, run_id: str) -> None:
        """Forget a run's committed brief results (a rerun that is not a resume starts afresh)."""
        with self.transaction() as db:
            db.execute("DELETE FROM run_briefs WHERE run_id=?", (run_id,))

    def candidate_count(self, run_id: str) -> int:
        with self.connect() as db:
            return db.execute("SELECT COUNT(*) FROM candidates WHERE run_id=?", (run_id,)).fetchone()[0]

    def done_briefs(self, run_id: str) -> set[str]:
        """Briefs of the run whose results are committed."""
        with self.connect() as db:
            return {r[0] for r in db.execute("SELECT brief_id FROM run_briefs WHERE run_id=?", (run_id,))}

    def brief_results(self, run_id: str) -> list[tuple[dict[str, Any] | None, list[dict[str, Any]]]]:
        """(copy row or None, rejected rows) of every committed brief, in brief order."""
        with self.connect() as db:
            rows = db.execute("SELECT copy, rejected FROM run_briefs WHERE run_id=? ORDER BY seq",
                              (run_id,)).fetchall()
        return [(json.loads(c) if c else None, json.loads(r)) for c, r in rows]

    def finish_run(self, run_id: str, *, status: str, finished_at: str, n_briefs: int,
                   n_copies: int, n_rejected: int, manifest: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute("UPDATE runs SET status=?, finished_at=?, n_briefs=?, n_copies=?, "
                       "n_rejected=?, manifest=? WHERE run_id=?",
                       (status, finished_at, n_briefs, n_copies, n_rejected,
                        json.dumps(manifest, ensure_ascii=False), run_id))

    def add_candidates(self, rows: list[tuple]) -> None:
        with self.transaction() as db:
            db.executemany("INSERT OR REPLACE INTO candidates VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", rows)

    def add_sends(self, rows: list[tuple]) -> None:
        """Rows in SENDS_COLUMNS order: (send_id, run_id, user_id, item_id, channel, send_at,
        propensity, copy, score), optionally followed by locale, features (a JSON object of the
        reranker's features), offer (JSON: discount_pct, code), then the delivery's arm, policy and
        context (JSON). A send whose send_id exists is replaced, never added twice."""
        with self.transaction() as db:
            for r in rows:
                _insert_send(db, r)


    def add_reviewer(self, sample_id: str, reviewer: str, token_hash: str, seed: int,
                     created_at: str) -> None:
        """Register a reviewer of a sample (or give an existing one a new token; answers stay)."""
        with self.transaction() as db:
            db.execute("INSERT INTO reviewers VALUES (?,?,?,?,?) ON CONFLICT (sample_id, reviewer) "
                       "DO UPDATE SET token_hash=excluded.token_hash",
                       (sample_id, reviewer, token_hash, seed, created_at))

    def reviewer_by_token(self, token_hash: str) -> dict[str, Any] | None:
        with self.connect() as db:
            db.row_factory = sqlite3.Row
            row = db.execute("SELECT * FROM reviewers WHERE token_hash=?", (token_hash,)).fetchone()
        return dict(row) if row else None

    def reviewers(self, sample_id: str) -> list[dict[str, Any]]:
        with self.connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute(
                "SELECT sample_id, reviewer, seed, created_at FROM reviewers WHERE sample_id=? "
                "ORDER BY created_at, reviewer", (sample_id,))]

    def save_answer(self, sample_id: str, reviewer: str, item_id: str, *, run_id: str | None,
                    brief_id: str | None, kind: str, scores: dict[str, Any], at: str) -> None:
        """Write one answer at once; the same item answered again replaces it (one row each)."""
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reviews (run_id, brief_id, reviewer, scores, created_at, sample_id, "
                "item_id, kind, updated_at) VALUES (?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (sample_id, reviewer, item_id) DO UPDATE SET scores=excluded.scores, "
                "updated_at=excluded.updated_at",
                (run_id, brief_id, reviewer, json.dumps(scores, ensure_ascii=False), at, sample_id,
                 item_id, kind, at))

    def answers(self, sample_id: str, reviewer: str | None = None) -> list[dict[str, Any]]:
        """Answers to a sample (of one reviewer), oldest first, with `scores` parsed."""
        sql = ("SELECT reviewer, item_id, kind, brief_id, run_id, scores, created_at, updated_at "
               "FROM reviews WHERE sample_id=?")
        args: tuple = (sample_id,)
        if reviewer is not None:
            sql, args = sql + " AND reviewer=?", (sample_id, reviewer)
        with self.connect() as db:
            db.row_factory = sqlite3.Row
            rows = [dict(r) for r in db.execute(sql + " ORDER BY review_id", args)]
        for r in rows:
            r["scores"] = json.loads(r["scores"])
        return rows

    def unique_run_id(self, base: str) -> str:
        """`base`, or `base-2`, `base-3`... if a run with that id is already recorded."""
        with self.connect() as db:
            taken = {r[0] for r in db.execute("SELECT run_id FROM runs WHERE run_id = ? OR run_id LIKE ?",
                                              (base, base + "-%"))}
        k, out = 1, base
        while out in taken:
            k += 1
            out = f"{base}-{k}"
        return out

    def send_times(self, user_ids: list[str], exclude_run: str | None = None) -> dict[str, list[str]]:
        """Each user's recorded send times (UTC ISO), across runs (except `exclude_run`)."""
        out: dict[str, list[str]] = {}
        with self.connect() as db:
            for uid, at in db.execute("SELECT user_id, send_at FROM sends WHERE run_id IS NOT ?",
                                      (exclude_run,)):
                out.setdefault(uid, []).append(at)
        wanted = set(user_ids)
        return {u: v for u, v in out.items() if u in wanted}

    def campaign_sends(self, campaign: str, exclude_run: str | None = None) -> int:
        """How many sends the campaign's runs have recorded (except `exclude_run`)."""
        with self.connect() as db:
            return db.execute("SELECT COUNT(*) FROM sends JOIN runs USING (run_id) "
                              "WHERE runs.campaign = ? AND sends.run_id IS NOT ?",
                              (campaign, exclude_run)).fetchone()[0]

    def logged_decisions(self, reward: str) -> list[dict[str, Any]]:
        """Sends with an outcome and a logged arm: arm, propensity, context and the outcome as reward."""
        with self.connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute(
                f"SELECT s.send_id, s.user_id, s.arm, s.propensity, s.context, s.policy, "
                f"COALESCE(o.{reward}, 0) AS reward FROM sends s JOIN outcomes o USING (send_id) "
                "WHERE s.arm IS NOT NULL ORDER BY s.send_at, s.send_id")]

    def runs(self) -> list[dict[str, Any]]:
        with self.connect() as db:
            db.row_factory = sqlite3.Row
            return [dict(r) for r in db.execute(
                "SELECT r.run_id, r.campaign, r.started_at, r.status, r.n_briefs, r.n_copies, r.n_rejected, "
                "r.out_dir, COUNT(o.send_id) AS n_outcomes, COALESCE(SUM(o.opened), 0) AS n_opened, "
                "COALESCE(SUM(o.clicked), 0) AS n_clicked, COALESCE(SUM(o.converted), 0) AS n_converted, "
                "ROUND(COALESCE(SUM(o.revenue), 0), 2) AS revenue "
                "FROM runs r LEFT JOIN sends s ON s.run_id = r.run_id "
                "LEFT JOIN outcomes o ON o.send_id = s.send_id "
                "GROUP BY r.run_id ORDER BY r.started_at")]
