"""One brief's results and a run's output files: what `pipeline.run_campaign` commits per brief and
writes at the end.

A finished brief becomes one `BriefOutput` (its candidate rows, its send, its copies.jsonl row and
its rejected.jsonl rows), which the workspace stores in one transaction (`Store.commit_brief`), so
a killed run loses at most the briefs in flight. The output files are written from the workspace
at the end, each to a temporary file renamed into place, so a reader never sees half a file.
`run_spec` is what `generate --resume` needs to finish a run from the workspace alone.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Sequence

from .config import CampaignConfig, config_to_dict
from .records import Brief, Candidate, Verdict, to_jsonable
from .rerank.model import send_context

COPY_COLUMNS = ["send_id", "user_id", "item_id", "product_title", "channel", "locale", "copy", "score",
                "n_candidates", "n_passed", "send_at", "send_at_local", "propensity"]


@dataclass
class BriefOutput:
    cand_rows: list[tuple] = field(default_factory=list)
    send_row: tuple | None = None
    copy: dict[str, Any] | None = None
    rejected: list[dict[str, Any]] = field(default_factory=list)
    scored: list = field(default_factory=list)
    local_hour: int = 0
    ranked: list[dict[str, Any]] = field(default_factory=list)
    """Every passing candidate's copy and send rows, best first (`candidate`, `copy`, `send`): what the
    run-level choice (`deliver_distinct`) picks from."""


def send_id_of(run_id: str, brief_id: str) -> str:
    """A send's id: a hash of run and brief, so a rerun or resume never sends twice."""
    return hashlib.sha1(f"{run_id}:{brief_id}".encode()).hexdigest()[:16]


def brief_results(run_id: str, brief: Brief, checked: Sequence[tuple[Candidate, Verdict]], plan: Any,
                  send_date: date, reranker: Any, cat_prices: list[float] | None) -> BriefOutput:
    """Rerank a finished brief's passing candidates and plan its send."""
    from .delivery.plan import plan_send

    out = BriefOutput()
    passing = [(c, v) for c, v in checked if v.passed]
    for c, v in checked:
        if not v.passed:
            out.rejected.append({"brief_id": brief.brief_id, "user_id": brief.user.user_id,
                                 "item_id": brief.product.item_id, "channel": brief.channel,
                                 "candidate": c.index, "copy": c.text,
                                 "violations": to_jsonable(v.violations)})
    choice = plan.choices[brief.user.user_id]
    decision = plan_send(brief.user, choice, send_date, reason=f"{plan.policy} policy")
    out.local_hour = datetime.fromisoformat(decision.send_at_local).hour
    context = send_context(brief.user, brief.channel, out.local_hour, brief.offer.discount_pct)
    scored = reranker.score(brief, passing, cat_prices, context)
    out.scored = scored
    best = scored[0] if scored else None
    for c, v in checked:
        s = next((x for x in scored if x.candidate.index == c.index), None)
        out.cand_rows.append((run_id, brief.brief_id, c.index, brief.user.user_id,
                              brief.product.item_id, brief.channel, brief.locale, c.text,
                              int(v.passed), json.dumps(to_jsonable(v.violations), ensure_ascii=False),
                              s.score if s else None,
                              int(best is not None and best.candidate.index == c.index)))
    if best is None:
        return out
    rows = [delivered_rows(run_id, brief, s, len(checked), len(passing), decision, choice, plan, reranker)
            for s in scored]
    out.copy, out.send_row = rows[0]
    out.ranked = [{"candidate": s.candidate.index, "copy": copy, "send": list(send)}
                  for s, (copy, send) in zip(scored, rows)]
    return out


def delivered_rows(run_id: str, brief: Brief, best: Any, n_checked: int, n_passed: int, decision: Any,
                   choice: Any, plan: Any, reranker: Any) -> tuple[dict[str, Any], tuple]:
    """The copies.jsonl row and the send row of `brief` delivering scored candidate `best`."""
    send_id = send_id_of(run_id, brief.brief_id)
    row = {
        "send_id": send_id, "user_id": brief.user.user_id, "item_id": brief.product.item_id,
        "channel": brief.channel, "locale": brief.locale, "copy": best.copy,
        "score": round(best.score, 4), "n_candidates": n_checked, "n_passed": n_passed,
        "verdict": {"passed": True, "outcome": best.verdict.outcome, "rules": list(best.verdict.rule_ids),
                    "repaired": best.verdict.repaired_copy is not None,
                    "warnings": [{"rule": v.rule, "tier": v.tier, "message": v.message}
                                 for v in best.verdict.warnings]},
        "send_at": decision.send_at.isoformat(), "send_at_local": decision.send_at_local,
        "propensity": decision.propensity, "arm": choice.arm_name,
        "personalised": choice.personalised, "product_title": brief.product.localized(brief.locale).title,
        "features": {k: round(v, 3) for k, v in best.features.items()},
        "reranker": reranker.kind,
    }
    if best.contributions:
        row["contributions"] = dict(best.contributions)
    send_row = (send_id, run_id, row["user_id"], row["item_id"], row["channel"],
                row["send_at"], row["propensity"], row["copy"], row["score"], row["locale"],
                json.dumps(dict(best.features)),
                json.dumps({"discount_pct": brief.offer.discount_pct, "code": brief.offer.code}),
                choice.arm_name, plan.policy, choice.context)
    return row, send_row


def deliver_distinct(store: Any, run_id: str, on: bool) -> dict[str, Any]:
    """The run-level choice (`rerank.distinct`): over every committed brief of the run, in brief
    order, the delivered copy becomes the best passing one no earlier brief delivers (with `on`;
    else each brief's best). Rebuilt from the workspace alone, so a resumed run makes the same
    picks as an uninterrupted one, and running it twice changes nothing. Returns the counts
    (`DistinctPicks.summary`)."""
    from .rerank.distinct import Ranked, distinct_picks

    results = store.ranked_results(run_id)
    picks = distinct_picks([[Ranked(r["copy"]["copy"], r["copy"]["score"]) for r in ranked]
                            for _, _, ranked in results], on)
    moves = [(brief_id, ranked[k]) for (brief_id, copy, ranked), k in zip(results, picks.picks)
             if k is not None and ranked[k]["send"] is not None and ranked[k]["copy"] != copy]
    if moves:
        store.set_delivered(run_id, moves)
    return {"on": on, **picks.summary()}


def run_spec(cfg: CampaignConfig, shard: tuple[int, int] | None, out_dir: Path,
             campaign_path: Path | None, send_date: date) -> dict[str, Any]:
    """What a resumed run is rebuilt from: the resolved campaign, shard, output folder, send date."""
    return {"config": config_to_dict(cfg), "shard": list(shard) if shard else None,
            "out_dir": str(out_dir), "campaign_path": str(campaign_path) if campaign_path else None,
            "send_date": send_date.isoformat()}


def write_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def jsonl_text(rows: Sequence[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def copies_csv_text(copies: Sequence[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COPY_COLUMNS + ["verdict_rules"], extrasaction="ignore",
                       lineterminator="\r\n")
    w.writeheader()
    for row in copies:
        w.writerow({**row, "verdict_rules": " ".join(row["verdict"]["rules"])})
    return buf.getvalue()


def write_outputs(out_dir: Path, copies: list[dict], rejected: list[dict], skipped: list[dict],
                  pseudonym: Any = None) -> None:
    """copies.jsonl, copies.csv (utf-8-sig so spreadsheet apps read Chinese correctly) and
    rejected.jsonl (blocked candidates, then users left out), each written atomically; temporary
    files a killed run left behind are removed first. The send list keeps the real user ids;
    rejected.jsonl, for analysis, carries `pseudonym(user_id)` (a `privacy.Pseudonymizer`)."""
    if pseudonym is not None:
        rejected = [{**r, "user_id": pseudonym(r["user_id"]), "brief_id": pseudonym.brief(r["brief_id"])}
                    for r in rejected]
        skipped = [{**r, "user_id": pseudonym(r["user_id"])} for r in skipped]
    for name in ("copies.jsonl", "copies.csv", "rejected.jsonl", "manifest.json"):
        for stale in out_dir.glob(f".{name}.*.tmp"):
            stale.unlink(missing_ok=True)
    write_atomic(out_dir / "copies.jsonl", jsonl_text(copies))
    write_atomic(out_dir / "copies.csv", copies_csv_text(copies), encoding="utf-8-sig")
    write_atomic(out_dir / "rejected.jsonl", jsonl_text(rejected) + "".join(
        json.dumps({"user_id": row["user_id"], "skipped": row["reason"]}) + "\n" for row in skipped))


def resume_args(store: Any, run_id: str) -> dict[str, Any]:
    """`run_campaign` arguments that finish recorded run `run_id` as it was started."""
    from .config import from_dict
    from .errors import UserError

    run = store.run(run_id)
    if run is None:
        raise UserError(f"--resume: no run {run_id!r} in the workspace {store.home} (promo-llm runs lists them)")
    spec = run["spec"]
    if not spec:
        raise UserError(f"--resume: run {run_id!r} was recorded before runs kept what resuming needs; "
                        "run the campaign again instead")
    cfg = from_dict(CampaignConfig, spec["config"])
    return {"cfg": cfg, "shard": tuple(spec["shard"]) if spec["shard"] else None,
            "out_dir": Path(spec["out_dir"]),
            "campaign_path": Path(spec["campaign_path"]) if spec["campaign_path"] else None,
            "run_id": run_id, "resume": True}
