"""What the generation benchmark measures the engine against, and the machine's compute roof.

- `naive_loop`: one `model.generate` call per (brief, candidate), batch 1;
- `strong_generate`: what a user who knows transformers would run: `model.generate` over batches
  of prompts of one channel (left padding, `num_return_sequences=N`, the channel's token budget,
  newline as a stop token where the channel keeps one line), the pipeline's sampling settings;
- `matmul_roof`: GEMM GFLOP/s with the model's shapes, in the engine's dtype and threads;
- `flops_per_token`: the model's FLOPs per generated token at a given context length.

Not a benchmark itself (`make bench` runs only bench/*.py files not starting with '_').
"""

from __future__ import annotations

import statistics
import time
from dataclasses import dataclass, field
from typing import Any, Sequence


@dataclass
class Texts:
    """One side's output: per brief, N cleaned copies; generated tokens (EOS not counted)."""

    texts: list[list[str]]
    tokens: int
    seconds: float = 0.0
    calls: int = 0
    extra: dict = field(default_factory=dict)


def output_only_penalty(sampling: Any, prompt_width: int) -> list:
    """The pipeline's repetition penalty as a transformers processor: with `penalize_prompt` off
    it counts only the generated tokens (`prompt_ignore_length` = the padded prompt width)."""
    from transformers import RepetitionPenaltyLogitsProcessor

    if sampling.repetition_penalty == 1.0:
        return []
    ignore = None if sampling.penalize_prompt else prompt_width
    return [RepetitionPenaltyLogitsProcessor(float(sampling.repetition_penalty), prompt_ignore_length=ignore)]


def _cut(ids: list[int], stops: set[int], pad: int | None) -> list[int]:
    """Generated ids up to (without) the first stop token."""
    for i, t in enumerate(ids):
        if t in stops:
            return ids[:i]
    return ids


def _sample_kwargs(sampling: Any) -> dict:
    return {"do_sample": sampling.do_sample, "temperature": sampling.temperature, "top_p": sampling.top_p,
            "top_k": sampling.top_k or None}


def naive_loop(model: Any, tok: Any, prompts: Sequence[Any], specs: Sequence[Any], n: int, seed: int,
               sampling: Any) -> Texts:
    """One prompt, one candidate, one plain `generate` call at a time."""
    import torch

    from promo_llm.generation.shaping import clean_copy

    texts, tokens, t0 = [], 0, time.perf_counter()
    for p, spec in zip(prompts, specs):
        ids = tok(p.text, add_special_tokens=False, return_tensors="pt")
        row = []
        for k in range(n):
            torch.manual_seed(seed * 1000 + k)
            with torch.inference_mode():
                out = model.generate(**ids, max_new_tokens=spec.max_new_tokens, **_sample_kwargs(sampling),
                                     logits_processor=output_only_penalty(sampling, ids["input_ids"].shape[1]),
                                     pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id)
            new = _cut(out[0, ids["input_ids"].shape[1]:].tolist(), {tok.eos_token_id}, None)
            tokens += len(new)
            row.append(clean_copy(tok.decode(new, skip_special_tokens=True), spec))
        texts.append(row)
    return Texts(texts, tokens, time.perf_counter() - t0, len(prompts) * n)


def strong_generate(model: Any, tok: Any, prompts: Sequence[Any], specs: Sequence[Any], n: int, seed: int,
                    sampling: Any, batch: int) -> Texts:
    """`model.generate` over batches of `batch` prompts of one channel (one token budget), longest
    prompts together, left padding, N return sequences each; one-line channels stop at a newline."""
    import torch

    from promo_llm.generation.shaping import clean_copy

    tok.padding_side = "left"
    nl = tok("\n", add_special_tokens=False)["input_ids"]
    by_channel: dict[tuple, list[int]] = {}
    for i, s in enumerate(specs):
        by_channel.setdefault((s.name, s.max_new_tokens, s.lines), []).append(i)
    texts: list[list[str]] = [[] for _ in prompts]
    tokens = calls = 0
    t0 = time.perf_counter()
    for (_, budget, lines), idx in sorted(by_channel.items()):
        idx = sorted(idx, key=lambda i: -len(prompts[i].text))
        stops = {tok.eos_token_id} | ({nl[0]} if lines == 1 and len(nl) == 1 else set())
        for start in range(0, len(idx), batch):
            chunk = idx[start:start + batch]
            enc = tok([prompts[i].text for i in chunk], add_special_tokens=False, padding=True,
                      return_tensors="pt")
            width = enc["input_ids"].shape[1]
            torch.manual_seed(seed * 100_003 + calls)
            with torch.inference_mode():
                out = model.generate(**enc, max_new_tokens=budget, num_return_sequences=n,
                                     **_sample_kwargs(sampling),
                                     logits_processor=output_only_penalty(sampling, width),
                                     pad_token_id=tok.pad_token_id, eos_token_id=sorted(stops))
            calls += 1
            for r, i in enumerate(chunk):
                for k in range(n):
                    new = _cut(out[r * n + k, width:].tolist(), stops, tok.pad_token_id)
                    tokens += len(new)
                    texts[i].append(clean_copy(tok.decode(new, skip_special_tokens=True), specs[i]))
    return Texts(texts, tokens, time.perf_counter() - t0, calls)


@dataclass
class ModelShape:
    layers: int
    hidden: int
    intermediate: int
    heads: int
    head_dim: int
    vocab: int
    non_embedding_params: int
    lm_head_params: int


def model_shape(model: Any) -> ModelShape:
    """The dimensions and parameter counts FLOPs per token are computed from."""
    cfg = model.config
    embed = model.get_input_embeddings().weight
    head = model.get_output_embeddings().weight
    seen, non_embed = set(), 0
    for p in model.parameters():
        if p.data_ptr() in seen or p.data_ptr() in (embed.data_ptr(), head.data_ptr()):
            continue
        seen.add(p.data_ptr())
        non_embed += p.numel()
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    return ModelShape(cfg.num_hidden_layers, cfg.hidden_size, cfg.intermediate_size, cfg.num_attention_heads,
                      head_dim, head.shape[0], non_embed, head.numel())


def flops_per_token(shape: ModelShape, context: float) -> float:
    """FLOPs to generate one token attending to `context` keys: 2 x non-embedding params (every
    matmul of every layer) + 2 x lm-head params + attention (q.k and p.v: 4 x layers x query heads
    x head dim x context). Embedding lookups and element-wise ops are not counted."""
    attention = 4 * shape.layers * shape.heads * shape.head_dim * context
    return 2 * shape.non_embedding_params + 2 * shape.lm_head_params + attention


def matmul_roof(shape: ModelShape, dtype: Any, rows: int = 128, seconds: float = 0.6) -> dict:
    """GFLOP/s of the model's GEMMs, [rows, hidden] x [hidden, 4 x hidden] (the MLP's shape class),
    [rows, intermediate] x [intermediate, hidden] and the lm-head's [rows, hidden] x [hidden, vocab],
    in `dtype` with the current torch threads; each timed for about `seconds`, median of its calls.
    Weighted by each GEMM's share of a token's FLOPs, this is the rate the engine's decode could
    reach if it did nothing but these matmuls."""
    import torch

    gemms = {"mlp_up": (shape.hidden, 4 * shape.hidden), "mlp_down": (shape.intermediate, shape.hidden),
             "lm_head": (shape.hidden, shape.vocab)}
    out = {}
    for name, (k, m) in gemms.items():
        a = torch.randn(rows, k, dtype=dtype)
        b = torch.randn(k, m, dtype=dtype)
        for _ in range(3):
            torch.mm(a, b)
        times, t_end = [], time.perf_counter() + seconds
        while time.perf_counter() < t_end or len(times) < 5:
            t = time.perf_counter()
            torch.mm(a, b)
            times.append(time.perf_counter() - t)
        out[name] = 2 * rows * k * m / statistics.median(times) / 1e9
    # a token's matmul FLOPs: the layers' share at the MLP rates, the lm-head's at its own
    body, head = 2 * shape.non_embedding_params, 2 * shape.lm_head_params
    layer_rate = (out["mlp_up"] + out["mlp_down"]) / 2
    weighted = (body + head) / (body / layer_rate + head / out["lm_head"])
    return {"rows": rows, "dtype": str(dtype).replace("torch.", ""),
            "gemm_gflops": {k: round(v, 1) for k, v in out.items()}, "gflops": round(weighted, 1)}


OP_KINDS = (
    ("matmul", ("aten::mm", "aten::addmm", "aten::bmm", "aten::matmul", "aten::linear")),
    ("attention", ("flash_attention", "scaled_dot_product")),
    ("sampling", ("aten::topk", "aten::sort", "aten::logsumexp", "aten::softmax", "aten::_softmax",
                  "aten::cumsum", "aten::searchsorted", "aten::gather", "aten::scatter")),
    ("kv_copy", ("aten::copy_", "aten::cat", "aten::index", "aten::index_select", "aten::clone",
                 "aten::contiguous")),
)


def profile_breakdown(fn: Any, top: int = 12) -> dict:
    """Run `fn()` under torch.profiler (CPU): self CPU time by kind of op (matmul, attention,
    sampling, KV and tensor copies, other element-wise ops), the top ops, and the wall time
    outside any torch op (Python: scheduling, constraints, row bookkeeping, tokenizer decodes)."""
    from torch.profiler import ProfilerActivity, profile

    t = time.perf_counter()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        fn()
    wall = time.perf_counter() - t
    ops = [(e.key, e.self_cpu_time_total / 1e6) for e in prof.key_averages()]
    kinds: dict[str, float] = {}
    for name, sec in ops:
        kind = next((k for k, pats in OP_KINDS if any(p in name for p in pats)), "other_ops")
        kinds[kind] = kinds.get(kind, 0.0) + sec
    in_ops = sum(kinds.values())
    return {"wall_s": round(wall, 2), "op_self_cpu_s": {k: round(v, 2) for k, v in sorted(kinds.items())},
            "outside_ops_s": round(max(0.0, wall - in_ops), 2),
            "top_ops": [[name, round(sec, 3)] for name, sec in sorted(ops, key=lambda x: -x[1])[:top]],
            "note": "self CPU time of torch ops (one thread: comparable with wall time); outside_ops_s is "
                    "wall time not spent in any op (Python), with profiler overhead"}
