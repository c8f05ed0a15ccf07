"""Copy quality of sampling variants, no timing figures: guardrail pass rate, block reasons,
distinct-2 over all copies and among each brief's own candidates, the share of candidates that
repeat one of their brief word for word, the bigrams most repeated, and
(for the engine's candidates, which carry their log-probability) the campaign's fluency gate.

    .venv/bin/python bench/_diversity.py [--briefs 24] [--seeds 7,8,9] [--strong] \\
        [--variant NAME='{"sibling_penalty": 1.0}' ...] [--out FILE]

Every side writes for the demo campaign's first --briefs briefs, N = the campaign's candidates,
with the campaign's sampling (`pipeline.campaign_sampling`); a variant replaces some of its
`SamplingConfig` fields (JSON). `--strong` adds the generation benchmark's strong baseline
(`model.generate` batched by channel, `--strong-batch` prompts a call, float32). The engine's
seconds per run are printed for each variant (same process; on a shared host a note, not a
figure). Not a benchmark of its own (`make bench` skips files starting with '_'); the quality
figures of `bench/generation.py` come from the same `quality` function.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from _baselines import strong_generate  # noqa: E402
from _common import demo_campaign, machine_facts  # noqa: E402


def bigrams(text: str) -> list[tuple[str, str]]:
    units = text.lower().split()
    return list(zip(units, units[1:]))


def describe(demo, briefs, runs: list[list[list[str]]], top: int = 15,
             logprobs: list[list[list[float | None]]] | None = None) -> dict:
    """Pass rate, block reasons, distinct-2 (all copies; each brief's own N, averaged), the share
    of candidates that repeat an earlier candidate of their brief word for word, mean
    characters, and the bigrams written most often (over all seeds) with the number of copies.
    With the candidates' `logprobs`, also the campaign's fluency gate (`min_fluency`): the share
    of guardrail-passing candidates at or above it, and the pass rate after it."""
    from promo_llm.metrics import distinct_n
    from promo_llm.pipeline import campaign_guardrails
    from promo_llm.rerank.prior import fluency

    guard = campaign_guardrails(demo.cfg, demo.send_date, tuple(demo.shop.products.values()))
    per_seed, reasons, grams = [], Counter(), Counter()
    gate = demo.cfg.min_fluency
    for s, texts in enumerate(runs):
        flat = [t for row in texts for t in row]
        passed = fluent = 0
        for i, (b, row) in enumerate(zip(briefs, texts)):
            for k, t in enumerate(row):
                v = guard.check(t, b, price_history=demo.shop.price_history.get(b.product.item_id))
                passed += v.passed
                lp = logprobs[s][i][k] if logprobs else None
                fluent += v.passed and lp is not None and fluency(lp) >= gate
                reasons.update({x.rule for x in v.violations if x.severity == "block"})
                grams.update(set(bigrams(t)))
        per_seed.append({"guard_pass_rate": passed / max(1, len(flat)), "distinct_2": distinct_n(flat, 2),
                         "brief_distinct_2": sum(distinct_n(row, 2) for row in texts) / max(1, len(texts)),
                         "duplicate_share": sum(len(row) - len(set(row)) for row in texts) / max(1, len(flat)),
                         "mean_chars": sum(map(len, flat)) / max(1, len(flat))})
        if logprobs:
            per_seed[-1].update({"fluent_share_of_passing": fluent / max(1, passed),
                                 "pass_rate_after_fluency_gate": fluent / max(1, len(flat))})
    mean = {k: round(sum(s[k] for s in per_seed) / len(per_seed), 4) for k in per_seed[0]}
    return {**mean, **({"min_fluency": gate} if logprobs else {}), "per_seed": [{k: round(v, 4) for k, v in s.items()} for s in per_seed],
            "blocked_by_rule": dict(reasons.most_common()),
            "top_bigrams": [[" ".join(g), c] for g, c in grams.most_common(top)]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--briefs", type=int, default=24)
    ap.add_argument("--skip", type=int, default=0, help="leave out the campaign's first SKIP briefs (rows not used to tune)")
    ap.add_argument("--seeds", default="7,8,9")
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--strong", action="store_true", help="also the strong baseline (model.generate)")
    ap.add_argument("--strong-batch", type=int, default=8, help="prompts per generate call (the bench's tuned size)")
    ap.add_argument("--variant", action="append", default=[],
                    help="NAME=JSON of SamplingConfig fields to replace (repeatable); 'engine' = as is")
    ap.add_argument("--out", default=None, help="also write the JSON here")
    ap.add_argument("--threads", type=int, default=None, help="intra-op threads (default: the engine's)")
    args = ap.parse_args()
    load_start = os.getloadavg()[0]

    from promo_llm.channels import channel_spec
    from promo_llm.generation import HFGenerator
    from promo_llm.guardrails.lexicon import catalog_lexicon
    from promo_llm.models import bundled_adapter, load_model
    from promo_llm.pipeline import campaign_sampling
    from promo_llm.prompting import render_prompt

    demo = demo_campaign(args.skip + args.briefs)
    demo = dataclasses.replace(demo, briefs=demo.briefs[args.skip:])
    base, n = campaign_sampling(demo.cfg), demo.cfg.candidates
    seeds = [int(s) for s in args.seeds.split(",")]
    found = bundled_adapter(args.model)
    from promo_llm.generation.runtime import resolve_dtype

    model, tok = load_model(args.model, str(found) if found else None, dtype=resolve_dtype("auto"))
    lexicon = catalog_lexicon(demo.shop.products.values())
    prompts = [render_prompt(b, tok, lexicon=lexicon) for b in demo.briefs]
    specs = [channel_spec(b.channel, b.locale) for b in demo.briefs]
    engine = HFGenerator(model, tok, progress=False, threads=args.threads)
    variants = [v.partition("=") for v in (args.variant or ["engine="])]
    engine.generate(prompts[:2], specs[:2], n, seeds[0], base)  # warm-up
    out: dict = {"briefs": len(prompts), "candidates": n, "seeds": seeds, "sampling": dataclasses.asdict(base)}
    for name, _, fields in variants:
        sampling = dataclasses.replace(base, **json.loads(fields or "{}"))
        runs, lps, secs = [], [], []
        for s in seeds:
            t = time.perf_counter()
            cands = engine.generate(prompts, specs, n, s, sampling)
            secs.append(round(time.perf_counter() - t, 2))
            runs.append([[c.text for c in cs] for cs in cands])
            lps.append([[c.logprob for c in cs] for cs in cands])
        out[name] = {"fields": json.loads(fields or "{}"), "engine_s": secs,
                     **describe(demo, demo.briefs, runs, logprobs=lps), "texts": runs}
        print(f"{name}: {json.dumps({k: v for k, v in out[name].items() if k != 'top_bigrams'})}",
              file=sys.stderr, flush=True)
    if args.strong:
        fp32 = load_model(args.model, str(found) if found else None, dtype="float32")[0]
        runs = [strong_generate(fp32, tok, prompts, specs, n, s, base, args.strong_batch).texts for s in seeds]
        out["strong"] = {**describe(demo, demo.briefs, runs), "texts": runs}
    out["machine"] = machine_facts(load_start)
    if args.out:
        Path(args.out).write_text(json.dumps(out, indent=1))
    print(json.dumps({k: ({f: x for f, x in v.items() if f != "texts"} if isinstance(v, dict) else v)
                      for k, v in out.items()}, indent=1))


if __name__ == "__main__":
    main()
