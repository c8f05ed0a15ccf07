"""Crash and resume: `generate`, `feedback ingest` and `finetune` killed with SIGKILL, then finished.

Every test spawns the real command line in a subprocess, kills it once the workspace shows work
done (polled), finishes the job and compares with an uninterrupted run: nothing lost, nothing
written twice, finished work not redone.
"""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from crash_fixture import SlowGrounded, install
from promo_llm.cli import app
from promo_llm.config import CampaignConfig, load_config
from promo_llm.pipeline import run_campaign
from promo_llm.privacy import KEY_FILE
from shop_fixture import shop_dir  # noqa: F401

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "crash_fixture.py"
OUTPUTS = ("copies.jsonl", "copies.csv", "rejected.jsonl")


def env(**extra: str) -> dict[str, str]:
    e = dict(os.environ, PYTHONPATH=f"{REPO}{os.pathsep}{REPO / 'tests'}", HF_HUB_OFFLINE="1",
             TOKENIZERS_PARALLELISM="false", HF_HUB_DISABLE_PROGRESS_BARS="1")
    e.pop("PROMO_LLM_HOME", None)
    e.update(extra)
    return e


def write_campaign(path: Path, shop: Path, **kw) -> Path:
    cfg = {"name": "crash", "locale": "en-US", "channels": ["push", "sms", "email_subject"],
           "candidates": 2, "retries": 1, "max_users": 12, "seed": 5, "send_date": "2026-11-16",
           "shop": str(shop), "delivery": {"limits": {"per_day": 20, "per_week": 20}}}
    cfg.update(kw)
    path.write_text(yaml.safe_dump(cfg))
    return path


def query(ws: Path, sql: str, args: tuple = ()) -> list[tuple]:
    """Read the workspace as another process would (empty while it does not exist yet)."""
    db = ws / "promo.sqlite"
    if not db.exists():
        return []
    con = sqlite3.connect(db, timeout=30)
    try:
        return con.execute(sql, args).fetchall()
    except sqlite3.OperationalError:
        return []
    finally:
        con.close()


def spawn(cmd: list[str], log: Path, **extra: str) -> subprocess.Popen:
    """Start `cmd` with its output in `log` (a pipe nobody reads would fill and stall it)."""
    f = open(log, "wb")
    proc = subprocess.Popen(cmd, env=env(**extra), stdout=f, stderr=subprocess.STDOUT)
    proc.log = log  # type: ignore[attr-defined]
    f.close()
    return proc


def kill_when(proc: subprocess.Popen, ready, timeout: float = 120) -> None:
    """SIGKILL `proc` as soon as `ready()` holds; fail if it exits or times out first."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if ready():
            proc.send_signal(signal.SIGKILL)
            proc.wait(30)
            return
        if proc.poll() is not None:
            pytest.fail(f"the process ended (rc {proc.returncode}) before it could be killed:\n"
                        + proc.log.read_text(errors="replace")[-2000:])
        time.sleep(0.02)
    proc.kill()
    pytest.fail("timed out waiting for the process to make progress")


def same_key(ws: Path, ref: Path) -> Path:
    """A fresh workspace with `ws`'s pseudonym key, so their analysis outputs compare."""
    ref.mkdir(parents=True)
    (ref / KEY_FILE).write_bytes((ws / KEY_FILE).read_bytes())
    return ref


def done_briefs(ws: Path) -> dict[str, str]:
    return dict(query(ws, "SELECT brief_id, done_at FROM run_briefs"))


def table(ws: Path, name: str, order: str) -> list[tuple]:
    return query(ws, f"SELECT * FROM {name} ORDER BY {order}")


def test_generate_killed_mid_run_resumes_to_the_uninterrupted_outputs(tmp_path, shop_dir, monkeypatch):
    camp = write_campaign(tmp_path / "c.yaml", shop_dir)
    ws = tmp_path / "ws"
    proc = spawn([sys.executable, str(FIXTURE), "generate", str(camp), "--workspace", str(ws)],
                 tmp_path / "log", PROMO_TEST_DELAY="0.15")
    kill_when(proc, lambda: len(done_briefs(ws)) >= 3)
    assert proc.returncode == -signal.SIGKILL
    (run_id, status), = query(ws, "SELECT run_id, status FROM runs")
    assert status == "running"
    before = done_briefs(ws)
    n_sends_before = query(ws, "SELECT COUNT(*) FROM sends")[0][0]
    assert n_sends_before <= len(before)

    install(0.0, monkeypatch.setattr)
    res = CliRunner().invoke(app, ["generate", "--resume", run_id, "--workspace", str(ws)])
    assert res.exit_code == 0, res.output
    after = done_briefs(ws)
    assert len(after) > len(before)
    assert {b: after[b] for b in before} == before  # finished briefs were not written again
    assert query(ws, "SELECT status FROM runs") == [("ok",)]
    manifest = json.loads((ws / "runs" / run_id / "manifest.json").read_text())
    assert manifest["counts"]["resumed_briefs"] == len(before)
    sends = query(ws, "SELECT send_id, COUNT(*) FROM sends GROUP BY user_id, item_id, channel")
    assert sends and all(n == 1 for _, n in sends)

    # The same run uninterrupted, in another workspace.
    ref = same_key(ws, tmp_path / "ref")
    cfg = load_config(CampaignConfig, camp, [])
    run_campaign(cfg, generator=SlowGrounded(), home=ref, run_id=run_id, progress=False)
    for name in OUTPUTS:
        assert (ws / "runs" / run_id / name).read_bytes() == (ref / "runs" / run_id / name).read_bytes(), name
    assert table(ws, "sends", "send_id") == table(ref, "sends", "send_id")
    assert table(ws, "candidates", "brief_id, idx") == table(ref, "candidates", "brief_id, idx")
    assert not list((ws / "runs" / run_id).glob(".*.tmp"))


def test_generate_killed_while_writing_outputs_resumes(tmp_path, shop_dir, monkeypatch):
    camp = write_campaign(tmp_path / "c.yaml", shop_dir, max_users=6)
    ws = tmp_path / "ws"
    proc = subprocess.run([sys.executable, str(FIXTURE), "generate", str(camp), "--workspace", str(ws)],
                          env=env(PROMO_TEST_DELAY="0", PROMO_TEST_KILL_AT="copies.csv"),
                          capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    (run_id,), = query(ws, "SELECT run_id FROM runs")
    out = ws / "runs" / run_id
    assert (out / "copies.jsonl").exists() and not (out / "copies.csv").exists()
    assert list(out.glob(".copies.csv.*.tmp"))  # the half-done write, never under the real name
    install(0.0, monkeypatch.setattr)
    res = CliRunner().invoke(app, ["generate", "--resume", run_id, "--workspace", str(ws)])
    assert res.exit_code == 0, res.output
    assert not list(out.glob(".*.tmp"))
    copies = [json.loads(x) for x in (out / "copies.jsonl").read_text().splitlines()]
    with open(out / "copies.csv", encoding="utf-8-sig", newline="") as f:
        csv_rows = list(csv.DictReader(f))
    assert copies and [r["send_id"] for r in csv_rows] == [c["send_id"] for c in copies]
    assert query(ws, "SELECT COUNT(*) FROM sends")[0][0] == len(copies)


@pytest.mark.slow  # three tiny-model runs: about 40 s on an idle 2-core machine
def test_generate_with_the_tiny_model_killed_mid_generation_resumes(tmp_path, shop_dir, tiny_model_dir):
    """The real HF engine behind the real command, killed while it decodes."""
    camp = write_campaign(tmp_path / "c.yaml", shop_dir, model=str(tiny_model_dir), adapter=None,
                          max_users=6, retries=1)
    ws = tmp_path / "ws"
    args = ["--dtype", "float32"]
    proc = spawn([sys.executable, "-m", "promo_llm", "generate", str(camp), "--workspace", str(ws), *args],
                 tmp_path / "log")
    kill_when(proc, lambda: len(done_briefs(ws)) >= 1)
    (run_id, status), = query(ws, "SELECT run_id, status FROM runs")
    assert status == "running"
    before = done_briefs(ws)
    res = CliRunner().invoke(app, ["generate", "--resume", run_id, "--workspace", str(ws), *args])
    assert res.exit_code in (0, 3), res.output  # the untrained model's copy may all be blocked
    after = done_briefs(ws)
    assert {b: after[b] for b in before} == before
    ref = same_key(ws, tmp_path / "ref")
    res = CliRunner().invoke(app, ["generate", str(camp), "--workspace", str(ref), *args])
    assert res.exit_code in (0, 3), res.output
    (ref_id,), = query(ref, "SELECT run_id FROM runs")
    cols = "brief_id, idx, user_id, item_id, channel, text, passed, violations, score, chosen"
    got = query(ws, f"SELECT {cols} FROM candidates ORDER BY brief_id, idx")
    want = query(ref, f"SELECT {cols} FROM candidates ORDER BY brief_id, idx")
    assert got and got == want
    assert (ws / "runs" / run_id / "rejected.jsonl").read_bytes() == \
        (ref / "runs" / ref_id / "rejected.jsonl").read_bytes()


def _sends_with_outcomes(tmp_path: Path, shop: Path) -> tuple[Path, Path]:
    """A workspace with one run's sends, and an outcomes file for every send."""
    ws = tmp_path / "ws"
    cfg = load_config(CampaignConfig, write_campaign(tmp_path / "c.yaml", shop), [])
    res = run_campaign(cfg, generator=SlowGrounded(), home=ws, progress=False)
    rows = ["send_id,opened,clicked,converted,revenue"]
    for k, c in enumerate(res.copies):
        rows.append(f"{c['send_id']},1,{k % 2},{int(k % 3 == 0)},{(k % 3 == 0) * 19.5}")
    path = tmp_path / "outcomes.csv"
    path.write_text("\n".join(rows) + "\n")
    return ws, path


OUTCOME_COLS = "send_id, opened, clicked, converted, revenue, ts, source"


def test_ingest_killed_at_any_point_then_rerun_gives_the_same_outcomes(tmp_path, shop_dir):
    ws, path = _sends_with_outcomes(tmp_path, shop_dir)
    ref = tmp_path / "ref"
    import shutil
    shutil.copytree(ws, ref)
    CliRunner().invoke(app, ["feedback", "ingest", str(path), "--workspace", str(ref)], catch_exceptions=False)
    want = query(ref, f"SELECT {OUTCOME_COLS} FROM outcomes ORDER BY send_id")
    assert len(want) == len(path.read_text().splitlines()) - 1
    cmd = [sys.executable, "-m", "promo_llm", "feedback", "ingest", str(path), "--workspace", str(ws)]
    seen = set()
    for delay in (0.5, 1.5, 2.5, 4.0):  # before, during and after the import and the write
        proc = subprocess.Popen(cmd, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        got = query(ws, f"SELECT {OUTCOME_COLS} FROM outcomes ORDER BY send_id")
        assert got in ([], want)  # one transaction: all rows or none
        seen.add(len(got))
    res = CliRunner().invoke(app, ["feedback", "ingest", str(path), "--workspace", str(ws)])
    assert res.exit_code == 0, res.output
    assert query(ws, f"SELECT {OUTCOME_COLS} FROM outcomes ORDER BY send_id") == want
    assert query(ws, "SELECT COUNT(*), COUNT(DISTINCT send_id) FROM outcomes") == [(len(want), len(want))]


def test_finetune_killed_after_a_checkpoint_resumes_from_it(tmp_path, tiny_model_dir):
    from test_finetune import ROWS, _write_jsonl

    from promo_llm.finetune import main

    train = _write_jsonl(tmp_path / "train.jsonl", ROWS[:4] + ROWS[5:])
    valid = _write_jsonl(tmp_path / "valid.jsonl", ROWS[4:5])
    recipe = tmp_path / "recipe.yaml"
    recipe.write_text(yaml.safe_dump({
        "model": {"name": str(tiny_model_dir)},
        "data": {"train_files": [str(train)], "valid_files": [str(valid)]},
        "training": {"max_steps": 10, "batch_size": 2, "save_steps": 1, "logging_steps": 1,
                     "learning_rate": 0.01, "warmup_ratio": 0.0, "schedule": "constant", "max_length": 512},
        "output": {"dir": str(tmp_path / "adapter")},
    }))
    proc = spawn([sys.executable, "-m", "promo_llm", "finetune", str(recipe)], tmp_path / "log")

    def checkpoints() -> list[int]:
        return sorted(int(d.name.split("-")[1]) for d in tmp_path.rglob("checkpoint-*")
                      if (d / "trainer_state.json").exists())

    kill_when(proc, lambda: max(checkpoints(), default=0) >= 2)
    assert not (tmp_path / "adapter" / "manifest.json").exists()
    main([str(recipe), "--resume"])
    m = json.loads((tmp_path / "adapter" / "manifest.json").read_text())
    assert m["metrics"]["resumed_from_step"] >= 2
    assert m["metrics"]["global_step"] == 10
    steps = [h["step"] for h in m["log_history"] if "loss" in h]
    assert steps == list(range(1, 11))  # no step lost, none run twice
