"""Composes the stages of one campaign run; holds no business rules.

shop -> audience -> delivery plan (limits, then channel, hour and, with product arms, the product
among the user's top-k) -> (user, product) targeting where the plan left it -> briefs -> prompts
-> candidates -> guardrails -> rerank -> send plan -> outputs (copies.jsonl/.csv, rejected.jsonl,
manifest.json) and the workspace database.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Sequence

from .audience import count_audience
from .channels import channel_spec
from .config import CampaignConfig, config_to_dict
from .delivery.plan import DeliveryPlan, plan_delivery
from .errors import UserError
from .generation import Generator, Retry, SamplingConfig, generate_with_retries
from .manifest import build_manifest, file_sha256
from .offers import brief_offer, check_offer_dates
from .privacy import Pseudonymizer
from .prompting import render_prompt
from .records import Brief, Candidate, UserProfile, Verdict
from .rerank import fluency_gate
from .rerank.learned import resolve_reranker
from .rerank.textfeats import category_vocabulary
from .run_results import brief_results, deliver_distinct, run_spec, write_atomic, write_outputs
from .store import Store
from .targeting import pick_products


@dataclass
class RunResult:
    run_id: str
    out_dir: Path
    n_users: int
    n_briefs: int
    n_candidates: int
    n_copies: int
    n_rejected: int
    timings: dict[str, float] = field(default_factory=dict)
    copies: list[dict[str, Any]] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)
    """Users left out, by reason (limits, no eligible product)."""
    warnings: list[str] = field(default_factory=list)
    """Oddities in the data the run went ahead with (e.g. events long before the send date)."""
    tally: dict[str, int] = field(default_factory=dict)
    """Every user of the shop once: 'shop users' (the total), 'written', then each reason a user
    got no copy (audience filters, other shards, limits, no product, nothing passed the guardrails);
    the parts add up to the total."""
    distinct: dict[str, Any] = field(default_factory=dict)
    """The run-level choice of delivered copy (`run_results.deliver_distinct`): distinct copies, picks
    moved off a brief's best, duplicates kept, mean reranker score of the best and the delivered."""
    scored: list[tuple[Brief, int, list]] = field(default_factory=list)
    """Per brief with a passing candidate: (brief, local send hour, every passing candidate scored,
    best first), for callers that compare rerankers on the same candidates."""


def build_briefs(cfg: CampaignConfig, users: Sequence[UserProfile], shop: Any, send_date: date,
                 plan: DeliveryPlan | None = None
                 ) -> tuple[list[Brief], DeliveryPlan, list[dict[str, Any]]]:
    """One brief per user the delivery plan kept (default: a plan with no send history): product
    (the plan's where its arms pick it, else the targeting's), the plan's channel and the offer on
    `send_date`; the plan; users left out and why (limits, no product). A non-personalised user's
    brief asks for the product's generic copy."""
    if plan is None:
        plan = plan_delivery(cfg, users, send_date, None, "", shop)
    skipped: list[dict[str, Any]] = list(plan.skipped)
    users = [u for u in users if u.user_id in plan.choices]
    chosen_product = pick_products(cfg, [u for u in users if plan.choices[u.user_id].item_id is None], shop)
    briefs: list[Brief] = []
    for u in users:
        choice = plan.choices[u.user_id]
        item = choice.item_id or chosen_product.get(u.user_id)
        if item is None:
            skipped.append({"user_id": u.user_id, "reason": "no eligible product"})
            continue
        product, offer = brief_offer(cfg, shop.product_for(item, cfg.locale), send_date)
        channel = choice.arm.channel
        briefs.append(Brief(brief_id=f"{u.user_id}:{item}:{channel}", user=u,
                            product=product, channel=channel, locale=cfg.locale,
                            tone=cfg.tone, offer=offer, campaign=cfg.name,
                            brand_signature=cfg.brand_signature, personalised=choice.personalised))
    return briefs, plan, skipped


def campaign_sampling(cfg: CampaignConfig) -> SamplingConfig:
    """The sampling settings a campaign generates with (`run_campaign` and the benchmarks): its
    temperature, nucleus, repetition penalty (counting only what the copy wrote) and sibling
    penalty (the bigrams the brief's other candidates wrote and its prompt does not hold,
    `SamplingConfig.sibling_penalty`) and lockstep duplicates (`SamplingConfig.dedupe_siblings`,
    pushed apart after `dedupe_after` tokens written alike)."""
    return SamplingConfig(temperature=cfg.temperature, top_p=cfg.top_p,
                          repetition_penalty=cfg.repetition_penalty, penalize_prompt=False,
                          sibling_penalty=cfg.sibling_penalty, dedupe_siblings=cfg.dedupe_siblings,
                          dedupe_after=cfg.dedupe_after)


def campaign_guardrails(cfg: CampaignConfig, send_date: date, catalog: tuple = ()) -> Any:
    """The guardrails a campaign's candidates are checked with on `send_date` (`catalog`: the
    shop's products, whose kinds of product are kept out of other products' copy)."""
    from .guardrails import CampaignRules, Guardrails

    return Guardrails.load(campaign=CampaignRules(
        banned_terms=tuple(cfg.guard.banned_terms), competitors=tuple(cfg.guard.competitors),
        allowed_domains=tuple(cfg.guard.allowed_domains), brand_signature=cfg.brand_signature,
        block=tuple(cfg.guard.block)), today=send_date, catalog=tuple(catalog))


def skip_summary(skipped: Sequence[dict[str, Any]] | dict[str, int]) -> str:
    """'no consented channel: 3 users, no eligible product: 1 user' (rows or counts by reason)."""
    counts = skipped if isinstance(skipped, dict) else Counter(row["reason"] for row in skipped)
    return ", ".join(f"{reason}: {n} user{'s' if n != 1 else ''}" for reason, n in
                     sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))) or "no user skipped"


def user_tally(n_shop: int, written: int, nothing_passed: int, left_out: dict[str, int],
               skipped: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Every user of the shop once: written, or the one reason they got no copy. Users the stages
    lost track of would show as 'unaccounted' (a bug to report), never as a silent gap."""
    parts = {"written": written, "nothing passed the guardrails": nothing_passed, **left_out}
    for reason, n in Counter(row["reason"] for row in skipped).items():
        parts[reason] = parts.get(reason, 0) + n
    parts["unaccounted"] = n_shop - sum(parts.values())
    return {"shop users": n_shop, **{k: n for k, n in parts.items() if n or k == "written"}}


def tally_line(tally: dict[str, int]) -> str:
    """'users: 300 in the shop = 232 written + 60 other locale + 8 no consented channel'."""
    parts = [(k, n) for k, n in tally.items() if k != "shop users"]
    return f"users: {tally['shop users']} in the shop = " + " + ".join(f"{n} {k}" for k, n in parts)


def distinct_line(d: dict[str, Any]) -> str:
    """'distinct copies: 225 of 238 (14 briefs deliver a later candidate than their best, 13 kept
    a repeat; every best: 211; mean score 0.0412 -> 0.0409)' (`RunResult.distinct`)."""
    if not d.get("on"):
        return f"distinct copies: {d['distinct']} of {d['copies']} (distinct_copies off: every brief its best)"
    return (f"distinct copies: {d['distinct']} of {d['copies']} ({d['changed_pick']} briefs deliver a later "
            f"candidate than their best, {d['duplicates_kept']} kept a repeat; every best: "
            f"{d['distinct_best_pick']}; mean score {d['mean_score_best_pick']} -> {d['mean_score_delivered']})")


def run_campaign(cfg: CampaignConfig, *, generator: Generator | None = None,
                 out_dir: Path | None = None, shard: tuple[int, int] | None = None,
                 home: Path | None = None, campaign_path: Path | None = None,
                 progress: bool = True, backend: str = "hf", dtype: str = "auto",
                 run_id: str | None = None, resume: bool = False) -> RunResult:
    """Run one campaign end to end and write its outputs. Returns counts and timings.

    `run_id` reruns a recorded run: its sends keep their ids (from run and brief) and replace the
    recorded ones, so a rerun never sends twice; its own sends do not count against the caps.

    Each brief's results (candidates, send, output rows) are committed to the workspace in one
    transaction as soon as the brief is finished, and the output files are written from the
    workspace at the end (temp file + rename). With `resume`, the briefs the workspace already
    holds for `run_id` are not generated again (`generate --resume`): a brief's candidates depend
    only on the seed and the brief, so the finished run equals an uninterrupted one. `scored`
    then covers the briefs generated by this call only.

    `backend` ('hf' or 'vllm') and `dtype` ('auto', 'float32', 'bfloat16') choose the generator
    when none is given; they change speed, not what a run means, so they are not campaign keys.
    """
    from .data.sample_shop import sample_shop_dir
    from .data.shop import load_shop, stale_events_warning
    from .guardrails.lexicon import catalog_lexicon

    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    started = datetime.now(timezone.utc)
    store = Store(home)
    run_id = run_id or store.unique_run_id(
        f"{cfg.name}-{started.strftime('%Y%m%dT%H%M%S')}" + (f"-s{shard[0]}of{shard[1]}" if shard else ""))
    send_date = cfg.send_date or (date.today() + timedelta(days=1))
    check_offer_dates(cfg, send_date)
    log = (lambda msg: print(msg, file=sys.stderr)) if progress else (lambda msg: None)

    shop_dir = Path(cfg.shop) if cfg.shop else sample_shop_dir(store.home)
    shop = load_shop(shop_dir)
    warnings = [w for w in [stale_events_warning(shop.events, send_date, shop.paths["events"].name)] if w]
    for w in warnings:  # printed even without progress output: the run may mean little
        print(w, file=sys.stderr)
    users, left_out = count_audience(cfg, shop.profiles, shard)
    n_shop = len(shop.profiles)
    timings["load_s"] = time.perf_counter() - t0
    log(f"audience: {len(users)} users ({cfg.locale}, max {cfg.max_users})")

    t = time.perf_counter()
    briefs, plan, skipped = build_briefs(cfg, users, shop, send_date,
                                         plan_delivery(cfg, users, send_date, store, run_id, shop))
    log(f"delivery: {len(plan.choices)} users planned ({plan.policy})")
    timings["target_s"] = time.perf_counter() - t
    if not briefs:
        raise UserError(f"no brief to write: {skip_summary(skipped)} (of {len(users)} users in the audience); "
                        f"{tally_line(user_tally(n_shop, 0, 0, left_out, skipped))}")
    if skipped:
        log(f"skipped: {skip_summary(skipped)}")
    out_dir = Path(out_dir or store.home / "runs" / run_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    spec = run_spec(cfg, shard, out_dir, campaign_path, send_date)
    if not resume:
        store.clear_brief_results(run_id)
    store.start_run(run_id, cfg.name, started.isoformat(), out_dir, spec, resume=resume)
    done = store.done_briefs(run_id) if resume else set()
    todo = [i for i, b in enumerate(briefs) if b.brief_id not in done]
    if done:
        log(f"resume: {len(done)} of {len(briefs)} briefs already finished; {len(todo)} to write")

    t = time.perf_counter()
    model_info: dict[str, Any] = {"backend": "external"}
    if generator is None and todo:
        generator, model_info = default_generator(cfg, progress=progress, backend=backend, dtype=dtype)
    tokenizer = getattr(generator, "tokenizer", None)
    # the kinds of product this shop sells: kept out of other products' copy, then checked
    lexicon = catalog_lexicon(shop.products.values())
    prompts = [render_prompt(briefs[i], tokenizer, lexicon=lexicon) for i in todo]
    specs = [channel_spec(briefs[i].channel, briefs[i].locale) for i in todo]
    timings["setup_s"] = time.perf_counter() - t
    guard = campaign_guardrails(cfg, send_date, tuple(shop.products.values()))
    reranker = resolve_reranker(cfg.rerank, store.home, str(shop_dir), log)
    model_info["reranker"] = {"kind": reranker.kind, "path": str(reranker.path) if reranker.path else None}
    reranker.vocabulary = category_vocabulary((p.category, p.title, p.brand or "") for p in shop.products.values())
    cat_prices: dict[str, list[float]] = defaultdict(list)
    for p in shop.products.values():  # in the campaign's currency, as the briefs quote prices
        cat_prices[p.category].append(p.priced_for(cfg.locale).price)

    def check(i: int, cands: list[Candidate]) -> list[tuple[Candidate, Verdict]]:
        history = shop.history_for(briefs[i].product.item_id, briefs[i].locale)
        return [(c, fluency_gate(c, guard.check(c.text, briefs[i], price_history=history), cfg.min_fluency))
                for c in cands]

    # Guardrails run as each brief's candidates come back; a brief whose candidates were all
    # blocked gets `candidates` more (up to `retries` rounds), drawn with a seed of its own, so a
    # brief's retries, like its first round, do not depend on the shard. The HF engine queues
    # them into its running batch at once; other backends run them as rounds. A brief that is
    # served, or has used its rounds, is reranked, planned and committed at once.
    checked: dict[int, list[tuple[Candidate, Verdict]]] = {i: [] for i in todo}
    finished: set[int] = set()
    all_scored: list[tuple[Brief, int, list]] = []
    guard_time = [0.0]
    rounds = int(cfg.retries) + 1

    def finish(i: int) -> None:
        finished.add(i)
        out = brief_results(run_id, briefs[i], checked[i], plan, send_date, reranker,
                            cat_prices.get(briefs[i].product.category))
        if out.scored:
            all_scored.append((briefs[i], out.local_hour, out.scored))
        store.commit_brief(run_id, briefs[i].brief_id, i, briefs[i].user.user_id, out.cand_rows,
                           out.send_row, out.copy, out.rejected, datetime.now(timezone.utc).isoformat(),
                           out.ranked)

    def accept(j: int, cands: list[Candidate]) -> bool:
        i = todo[j]
        t = time.perf_counter()
        got = check(i, cands)
        checked[i] += got
        guard_time[0] += time.perf_counter() - t
        served = any(v.passed for _, v in got)
        if served or len(checked[i]) >= rounds * cfg.candidates:
            finish(i)
        return served

    t = time.perf_counter()
    sampling = campaign_sampling(cfg)
    if todo:
        generate_with_retries(generator, prompts, specs, cfg.candidates, cfg.seed, sampling,
                              Retry(int(cfg.retries), accept), log=log)
    for i in todo:  # a backend that stopped short of the last round: what it gave is final
        if i not in finished:
            finish(i)
    timings["guard_s"] = guard_time[0]
    timings["generate_s"] = time.perf_counter() - t - guard_time[0]
    retried = sum(1 for ch in checked.values() if len(ch) > cfg.candidates)
    n_tokens = sum(c.n_tokens for ch in checked.values() for c, _ in ch)

    t = time.perf_counter()
    distinct = deliver_distinct(store, run_id, bool(cfg.distinct_copies))
    results = store.brief_results(run_id)
    copies = [c for c, _ in results if c is not None]
    rejected = [r for _, rows in results for r in rows]
    n_candidates = store.candidate_count(run_id)
    write_outputs(out_dir, copies, rejected, skipped, Pseudonymizer(store.home))
    timings["rerank_plan_s"] = time.perf_counter() - t
    tally = user_tally(n_shop, len(copies), len(briefs) - len(copies), left_out, skipped)
    timings["total_s"] = time.perf_counter() - t0
    manifest = build_manifest(
        kind="generate_run", run_id=run_id, config=config_to_dict(cfg), seed=cfg.seed,
        model=model_info, data={"shop_dir": str(shop_dir), **shop_hashes(shop_dir)},
        extra={"campaign_file": str(campaign_path) if campaign_path else None,
               "campaign_sha256": file_sha256(campaign_path) if campaign_path else None,
               "shard": list(shard) if shard else None, "send_date": send_date.isoformat(),
               "warnings": warnings,
               "counts": {"users": len(users), "briefs": len(briefs),
                          "candidates": n_candidates, "copies": len(copies),
                          "rejected": len(rejected), "skipped_users": len(skipped),
                          "skipped_by_reason": dict(Counter(s["reason"] for s in skipped)),
                          "retried_briefs": retried, "resumed_briefs": len(done),
                          "users_tally": tally, "distinct_copies": distinct,
                          "generated_tokens": n_tokens},
               "timings": {k: round(v, 2) for k, v in timings.items()},
               "outputs": {n: file_sha256(out_dir / n) for n in
                           ("copies.jsonl", "copies.csv", "rejected.jsonl")}},
    )
    write_atomic(out_dir / "manifest.json", json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
    store.finish_run(run_id, status="ok" if copies else "nothing_passed",
                     finished_at=datetime.now(timezone.utc).isoformat(), n_briefs=len(briefs),
                     n_copies=len(copies), n_rejected=len(rejected), manifest=manifest)
    return RunResult(run_id, out_dir, len(users), len(briefs), n_candidates,
                     len(copies), len(rejected), timings, copies, scored=all_scored,
                     skipped=dict(Counter(s["reason"] for s in skipped)), tally=tally, warnings=warnings,
                     distinct=distinct)


def shop_hashes(shop_dir: Path) -> dict[str, str]:
    return {p.name: file_sha256(p) for p in sorted(Path(shop_dir).iterdir())
            if p.is_file() and p.suffix in (".csv", ".parquet", ".jsonl")}


def default_generator(cfg: CampaignConfig, progress: bool = True, backend: str = "hf",
                      dtype: str = "auto") -> tuple[Generator, dict[str, Any]]:
    """The generator for the campaign's model and adapter ('default' = bundled adapter)."""
    from .generation import make_generator, resolve_dtype
    from .models import DEFAULT_MODEL, adapter_manifest, bundled_adapter, model_id

    name = DEFAULT_MODEL if cfg.model in ("default", "") else cfg.model
    adapter = cfg.adapter
    if adapter == "default":
        found = bundled_adapter(name)
        adapter = str(found) if found else None
    generator = make_generator(backend, name, adapter, dtype=dtype, progress=progress)
    info = {"backend": backend, "dtype": resolve_dtype(dtype) if backend == "hf" else dtype,
            **model_id(name), "adapter": adapter,
            "adapter_manifest": adapter_manifest(adapter) if adapter else None}
    return generator, info
