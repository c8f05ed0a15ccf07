"""Generation: the engine against a naive loop and a strong `model.generate` baseline, one process.

    .venv/bin/python bench/generation.py [--briefs 24]      # or `make bench`

Prints one JSON line. Every side writes for the same briefs (the demo campaign's first --briefs),
with the same model and adapter, N = the campaign's `candidates`, and the sampling settings
`promo-llm generate` uses for that campaign (`pipeline.campaign_sampling`, the same code path):

- naive: float32, one `model.generate` call per (brief, candidate), batch 1 (on every
  `--naive-stride`-th brief: it is slow; its rates are per copy and per token);
- strong: `model.generate` batched by channel with left padding and `num_return_sequences=N`,
  the pipeline's output-only repetition penalty (the sibling penalty has no `generate`
  counterpart: its N rows per prompt are sampled apart), newline as a stop token for one-line channels;
  float32 with the batch size tuned over `--batch-sizes` (prompts per call), and bfloat16 where a
  probe on the first briefs finds it within 1.5x of float32 (then tuned the same way); the
  faster dtype at its best batch size is the strong baseline;
- engine: `HFGenerator` as `promo-llm generate` runs it (dtype auto).

Timing: every side runs `--rounds` times interleaved, round r with seed + r (strong, engine,
engine without constraints, then the next round), and the medians are compared, so a burst of
load from elsewhere on a shared host moves both sides. The first round is also the strong
baseline's tuning: every batch size is timed and the fastest run is that round's time (the rows
used to tune are among the rows measured, which favours the baseline). `speedup_vs_strong` and
`speedup_vs_naive` are ratios of copies per second.

Roof: each round also times the model's GEMMs ([128, hidden] x [hidden, 4 x hidden], the MLP's
down projection and the lm-head) in the engine's dtype and threads (`_baselines.matmul_roof`).
The engine's decode rate in GFLOP/s is its decode-step tokens (rows still writing) x FLOPs per
token (2 x non-embedding params + 2 x lm-head params + attention over the mean context) over the
time in its decode steps (forward, constraints, picking, bookkeeping); `roof_fraction` divides it
by the same round's GEMM rate.

Quality: guardrail pass rate (the campaign's guardrails on its send date, with price history, as
the pipeline checks candidates) and distinct-2, one figure per round's seed from the timed runs
themselves, for the engine with its decoding constraints, the engine without them (same sampling
processors, early stop kept) and the strong baseline; the naive loop's from its one run. The
engine without constraints is timed as well, so constraint cost and speed are separate figures.

Profile: one more engine run under torch.profiler gives its time by kind of op (matmul,
attention, sampling, copies, other) and the time outside any op (`--no-profile` skips it).
`--demo` also times the engine alone on the whole demo campaign. On a host shared with other busy
processes, `--threads 1` wastes less time than threads waiting on each other.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from _baselines import (Texts, flops_per_token, matmul_roof, model_shape,  # noqa: E402
                        naive_loop, profile_breakdown, strong_generate)
from _common import demo_campaign, machine_facts  # noqa: E402


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def unconstrained(sampling):
    """The same sampling processors with every decoding control of the engine off."""
    return dataclasses.replace(sampling, hold_eos=False, ground_numbers=False, ground_names=False,
                               ground_attributes=False, no_hashtags=False, rewind=0.0, length_pressure=0.0)


def quality(demo, briefs, runs: list[list[list[str]]]) -> dict:
    """Guardrail pass rate (as the pipeline checks a candidate), the share that pass and are no
    word-for-word repeat of a passing sibling, distinct-2, duplicates, per seed and mean."""
    from promo_llm.metrics import distinct_n
    from promo_llm.pipeline import campaign_guardrails

    guard = campaign_guardrails(demo.cfg, demo.send_date, tuple(demo.shop.products.values()))
    each = []
    for texts in runs:
        flat = [t for row in texts for t in row]
        ok = [[t for t in row if guard.check(t, b, price_history=demo.shop.price_history.get(b.product.item_id)).passed]
              for b, row in zip(briefs, texts)]
        passed = sum(map(len, ok))
        each.append({"guard_pass_rate": round(passed / max(1, len(flat)), 4),
                     # passing and not a word-for-word repeat of an earlier passing candidate of its brief
                     "distinct_pass_rate": round(sum(len(set(row)) for row in ok) / max(1, len(flat)), 4),
                     "distinct_2": round(distinct_n(flat, 2), 4),
                     "duplicate_share": round(sum(len(row) - len(set(row)) for row in texts) / max(1, len(flat)), 4),
                     "mean_chars": round(sum(map(len, flat)) / max(1, len(flat)), 1),
                     "empty": sum(1 for t in flat if not t)})
    mean = {k: round(statistics.mean(q[k] for q in each), 4)
            for k in ("guard_pass_rate", "distinct_pass_rate", "distinct_2", "duplicate_share", "mean_chars")}
    return {**mean, "empty": sum(q["empty"] for q in each), "per_seed": each}


def paired_difference(a: list[dict], b: list[dict], key: str) -> dict:
    """Side a minus side b on `key`, paired by seed: mean, the per-seed differences and a 95%
    t-interval over seeds (the seeds are the unit of replication: one seed's briefs share a draw).

    >>> d = paired_difference([{"x": .5}, {"x": .7}], [{"x": .4}, {"x": .5}], "x")
    >>> d["mean"], d["per_seed"]
    (0.15, [0.1, 0.2])
    """
    from scipy import stats

    diffs = [round(x[key] - y[key], 4) for x, y in zip(a, b)]
    mean = statistics.mean(diffs)
    half = (stats.t.ppf(0.975, len(diffs) - 1) * statistics.stdev(diffs) / len(diffs) ** 0.5
            if len(diffs) > 1 else float("nan"))
    return {"mean": round(mean, 4), "per_seed": diffs, "ci95": [round(mean - half, 4), round(mean + half, 4)]}


def distinct_sizes(sizes: list[int], specs) -> list[int]:
    """The batch sizes that split the briefs into different `generate` calls (per channel, a size
    past a channel's brief count gives the same calls as that count)."""
    counts = {}
    for s in specs:
        counts[s.name] = counts.get(s.name, 0) + 1
    seen, out = set(), []
    for b in sorted(sizes):
        key = tuple(min(b, c) for c in counts.values())
        if key not in seen:
            seen.add(key)
            out.append(b)
    return out


def rates(copies: int, tokens: int, seconds: float) -> dict:
    return {"seconds": round(seconds, 2), "copies_per_s": round(copies / seconds, 3),
            "tokens": tokens, "tokens_per_s": round(tokens / seconds, 1)}


def engine_run(engine, prompts, specs, n, seed, sampling) -> Texts:
    t = time.perf_counter()
    cands = engine.generate(prompts, specs, n, seed, sampling)
    took = time.perf_counter() - t
    st = engine.last_stats
    lens = [len(engine.tokenizer(p.text, add_special_tokens=False)["input_ids"]) for p in prompts]
    # mean keys attended per generated token: the prompt's columns plus half the row's output
    ctx = sum((lens[i] + c.n_tokens / 2) * c.n_tokens for i, cs in enumerate(cands) for c in cs)
    toks = sum(c.n_tokens for cs in cands for c in cs)
    return Texts([[c.text for c in cs] for cs in cands], toks, took, 1,
                 {"stats": dataclasses.asdict(st), "mean_context": ctx / max(1, toks)})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--briefs", type=int, default=24, help="the demo campaign's first briefs every side writes for")
    ap.add_argument("--model", default="smollm2-135m")
    ap.add_argument("--adapter", default="default", help="'default' = bundled adapter if present; 'none'")
    ap.add_argument("--rounds", type=int, default=3,
                    help="interleaved timing rounds, round r with seed + r (medians reported; quality per seed)")
    ap.add_argument("--quality-seeds", type=int, default=6,
                    help="seeds quality is measured over: the timing rounds' and, past them, untimed runs "
                         "of the engine (with and without constraints) and the strong baseline")
    ap.add_argument("--batch-sizes", default="4,8,16,24",
                    help="prompts per `generate` call tried for the strong baseline (x N rows)")
    ap.add_argument("--naive-stride", type=int, default=3, help="the naive loop writes every k-th brief")
    ap.add_argument("--threads", type=int, default=None,
                    help="intra-op threads for every side (default: the engine's, one per usable core; "
                         "on a host shared with other busy processes 1 wastes less time waiting)")
    ap.add_argument("--no-bf16", dest="bf16", action="store_false", help="strong baseline in float32 only")
    ap.add_argument("--skip-naive", action="store_true")
    ap.add_argument("--demo", action="store_true", help="also time the engine alone on the whole demo campaign")
    ap.add_argument("--no-profile", dest="profile", action="store_false",
                    help="skip the engine run under torch.profiler (time by kind of op)")
    args = ap.parse_args()
    load_start = os.getloadavg()[0]

    import torch

    from promo_llm.channels import channel_spec
    from promo_llm.generation import HFGenerator
    from promo_llm.generation.runtime import resolve_dtype
    from promo_llm.models import bundled_adapter, load_model
    from promo_llm.pipeline import campaign_sampling
    from promo_llm.prompting import render_prompt

    demo = demo_campaign(args.briefs)
    cfg, briefs = demo.cfg, demo.briefs
    sampling, n, seed = campaign_sampling(cfg), cfg.candidates, cfg.seed
    adapter = None if args.adapter == "none" else args.adapter
    if adapter == "default":
        found = bundled_adapter(args.model)
        adapter = str(found) if found else None
    engine_dtype = resolve_dtype("auto")
    dtypes = ["float32"] + (["bfloat16"] if args.bf16 else [])
    models = {dt: load_model(args.model, adapter, dtype=dt) for dt in dtypes}
    if engine_dtype not in models:
        models[engine_dtype] = load_model(args.model, adapter, dtype=engine_dtype)
    tok = models["float32"][1]
    engine = HFGenerator(models[engine_dtype][0], models[engine_dtype][1], progress=False, threads=args.threads)
    threads = torch.get_num_threads()  # the engine's choice; every side runs with it
    from promo_llm.guardrails.lexicon import catalog_lexicon

    lexicon = catalog_lexicon(demo.shop.products.values())  # as run_campaign renders prompts
    prompts = [render_prompt(b, tok, lexicon=lexicon) for b in briefs]
    specs = [channel_spec(b.channel, b.locale) for b in briefs]
    copies = len(briefs) * n
    result: dict = {"bench": "generation", "model": args.model, "adapter": adapter, "briefs": len(briefs),
                    "brief_source": "demo campaign", "candidates": n, "seed": seed,
                    "sampling": dataclasses.asdict(sampling), "sampling_source": "pipeline.campaign_sampling",
                    "engine_dtype": engine_dtype, "threads": threads}

    log(f"{len(briefs)} briefs x {n}, {threads} threads, engine {engine_dtype}; warming up")
    # warm-up (one-off kernel set-up) of every side
    engine_run(engine, prompts, specs, n, seed, sampling)
    for dt in dtypes:
        strong_generate(models[dt][0], tok, prompts[:2], specs[:2], n, seed, sampling, 2)
    sizes = distinct_sizes([int(x) for x in args.batch_sizes.split(",")], specs)
    # bfloat16 probe: both dtypes on the first few briefs at the smallest size; bfloat16 is tuned
    # and timed in every round only where it is not far behind (on CPUs without native bf16 it is
    # emulated, several x slower, and a full tuning run would take most of the benchmark's time)
    probe = {}
    if args.bf16:
        few = min(len(prompts), sizes[0])
        probe = {dt: strong_generate(models[dt][0], tok, prompts[:few], specs[:few], n, seed, sampling,
                                     sizes[0]).seconds for dt in dtypes}
        log("bfloat16 probe: " + ", ".join(f"{dt} {t:.1f}s" for dt, t in probe.items()))
    bf16_close = args.bf16 and probe["bfloat16"] <= 1.5 * probe["float32"]
    tuned = [dt for dt in dtypes if dt == "float32" or bf16_close]

    shape = model_shape(models[engine_dtype][0])
    timed: dict[str, list[Texts]] = {**{f"strong_{dt}": [] for dt in tuned}, "engine": [],
                                     "engine_unconstrained": []}
    tuning: dict[str, dict[int, float]] = {dt: {} for dt in tuned}
    best: dict[str, int] = {}
    roofs = []
    seeds = [seed + r for r in range(args.rounds)]
    # Round r runs every side with seed + r, interleaved. The first round tunes the strong
    # baseline: every batch size is timed and the fastest is its timed run of that round (so the
    # rows used to tune are among the rows measured, which favours the baseline); later rounds
    # time that size only. Quality is taken from the same runs, one seed per round.
    for r, s in enumerate(seeds):
        for dt in tuned:
            if r == 0:
                runs = {b: strong_generate(models[dt][0], tok, prompts, specs, n, s, sampling, b) for b in sizes}
                tuning[dt] = {b: x.seconds for b, x in runs.items()}
                best[dt] = min(tuning[dt], key=tuning[dt].get)
                timed[f"strong_{dt}"].append(runs[best[dt]])
                log(f"strong {dt} tuning: " + ", ".join(f"{b}: {t:.1f}s" for b, t in tuning[dt].items()))
            else:
                timed[f"strong_{dt}"].append(strong_generate(models[dt][0], tok, prompts, specs, n, s,
                                                             sampling, best[dt]))
        roofs.append(matmul_roof(shape, models[engine_dtype][0].dtype))
        timed["engine"].append(engine_run(engine, prompts, specs, n, s, sampling))
        timed["engine_unconstrained"].append(engine_run(engine, prompts, specs, n, s, unconstrained(sampling)))
        log(f"round {r} (seed {s}): " + ", ".join(f"{k} {v[-1].seconds:.1f}s" for k, v in timed.items())
            + f", roof {roofs[-1]['gflops']} GFLOP/s")

    med = {k: statistics.median(x.seconds for x in v) for k, v in timed.items()}
    sides = {k: {**rates(copies, round(statistics.mean(x.tokens for x in v)), med[k]),
                 "runs_s": [round(x.seconds, 2) for x in v]}
             for k, v in timed.items()}
    for dt in tuned:
        sides[f"strong_{dt}"].update(batch_prompts=best[dt], batch_rows=best[dt] * n,
                                     tuning_s={str(b): round(t, 2) for b, t in tuning[dt].items()})
    if args.bf16:
        result["bf16_probe"] = {"briefs": min(len(prompts), sizes[0]), "batch_prompts": sizes[0],
                                "seconds": {dt: round(t, 2) for dt, t in probe.items()},
                                "tuned_and_timed": bf16_close,
                                "rule": "bfloat16 is tuned and timed only within 1.5x of float32 on the probe"}
    strong_key = min((f"strong_{dt}" for dt in tuned), key=med.get)
    sides["strong"] = {"is": strong_key, **sides[strong_key]}

    naive = None
    if not args.skip_naive:
        sub = list(range(0, len(briefs), args.naive_stride))
        naive = naive_loop(models["float32"][0], tok, [prompts[i] for i in sub], [specs[i] for i in sub],
                           n, seed, sampling)
        sides["naive"] = {**rates(len(sub) * n, naive.tokens, naive.seconds), "briefs": len(sub),
                          "dtype": "float32", "batch": 1}
        log(f"naive: {naive.seconds:.1f}s for {len(sub) * n} copies")

    # decode roof fraction, per round, from the engine's own step timings
    fracs = []
    for run, roof in zip(timed["engine"], roofs):
        st = run.extra["stats"]
        gflops = st["decode_live"] * flops_per_token(shape, run.extra["mean_context"]) / st["decode_s"] / 1e9
        fracs.append((gflops, roof["gflops"], gflops / roof["gflops"]))
    eng_stats = timed["engine"][0].extra
    result["roof"] = {
        "flops_per_token": round(flops_per_token(shape, eng_stats["mean_context"])),
        "flops_formula": "2 x non-embedding params + 2 x lm-head params + 4 x layers x heads x head_dim x mean context",
        "model_shape": dataclasses.asdict(shape), "mean_context": round(eng_stats["mean_context"], 1),
        "engine_decode_gflops": [round(f[0], 1) for f in fracs], "matmul_gflops": [round(f[1], 1) for f in fracs],
        "roof_fraction": round(statistics.median(f[2] for f in fracs), 3),
        "roof_fraction_runs": [round(f[2], 3) for f in fracs], "gemms": roofs,
        "engine_stats": eng_stats["stats"],
        "decode_share_of_engine_s": round(eng_stats["stats"]["decode_s"] / timed["engine"][0].seconds, 3),
        "live_row_share": round(eng_stats["stats"]["decode_live"] / max(1, eng_stats["stats"]["decode_rows"]), 3),
    }
    e = sides["engine"]["copies_per_s"]
    result["speedup_vs_strong"] = round(e / sides["strong"]["copies_per_s"], 2)
    for dt in tuned:
        result[f"speedup_vs_strong_{dt}"] = round(e / sides[f"strong_{dt}"]["copies_per_s"], 2)
    result["speedup_vs_naive"] = round(e / sides["naive"]["copies_per_s"], 2) if naive else None
    result["constraints_cost"] = round(med["engine"] / med["engine_unconstrained"], 3)
    result["sides"] = sides

    # quality over the rounds' seeds, from the timed runs themselves, and over further seeds from
    # untimed runs (a seed's 24 briefs x N copies give distinct-2 to about +-0.02; the sides'
    # difference is read over seeds, paired)
    strong_dt = sides["strong"]["is"].removeprefix("strong_")
    texts = {k: [x.texts for x in timed[k]] for k in ("engine", "engine_unconstrained", sides["strong"]["is"])}
    for s in range(seed + args.rounds, seed + max(args.rounds, args.quality_seeds)):
        texts[sides["strong"]["is"]].append(strong_generate(models[strong_dt][0], tok, prompts, specs, n, s,
                                                            sampling, best[strong_dt]).texts)
        texts["engine"].append(engine_run(engine, prompts, specs, n, s, sampling).texts)
        texts["engine_unconstrained"].append(engine_run(engine, prompts, specs, n, s, unconstrained(sampling)).texts)
        log(f"quality seed {s} done")
    quality_seeds = list(range(seed, seed + max(args.rounds, args.quality_seeds)))
    q = {k: quality(demo, briefs, texts[key])
         for k, key in (("engine", "engine"), ("engine_unconstrained", "engine_unconstrained"),
                        ("strong", sides["strong"]["is"]))}
    q["engine_vs_strong"] = {key: paired_difference(q["engine"]["per_seed"], q["strong"]["per_seed"], key)
                             for key in ("guard_pass_rate", "distinct_pass_rate", "distinct_2")}
    if naive:
        q["naive"] = quality(demo, [briefs[i] for i in range(0, len(briefs), args.naive_stride)], [naive.texts])
    result["quality"] = {"seeds": quality_seeds, "timed_seeds": seeds, **q}

    if args.profile:  # where an engine run's time goes (one extra run, under torch.profiler)
        result["profile"] = profile_breakdown(lambda: engine_run(engine, prompts, specs, n, seed, sampling))
        result["profile"]["threads"] = torch.get_num_threads()
    if args.demo:
        whole = demo_campaign(None)
        ps = [render_prompt(b, tok, lexicon=lexicon) for b in whole.briefs]
        run = engine_run(engine, ps, [channel_spec(b.channel, b.locale) for b in whole.briefs], n, seed, sampling)
        result["demo"] = {"briefs": len(whole.briefs), "candidates": n, "generate_s": round(run.seconds, 1),
                          "tokens": run.tokens, "note": "one round, no retries, engine only"}
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    result["machine"] = machine_facts(load_start)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
