"""The HF backend: transformers causal LM (CPU or one GPU) behind the `Generator` protocol.

`HFGenerator` turns prompts and channel specs into the decode loop's per-row settings (budgets,
stopping tests, constraints, random streams) and the loop's token ids back into `Candidate`s. Why a
hand-written loop and not `model.generate`: a 135M model on CPU is memory- and overhead-bound at
batch 1 (~24 tok/s on 2 cores) and 10-15x faster 64-128 rows wide, so the loop (`engine/loop.py`)
keeps one wide batch busy: one shared-prefix prefill, each brief's prompt cache kept once for its
N rows, continuous batching across channels, and one random stream per (brief, candidate) so a
brief's candidates do not depend on which other briefs share the batch (what `--shard` needs).
"""

from __future__ import annotations

import random
import sys
from typing import Any, Sequence

from ...channels import ChannelSpec
from ...records import Candidate, Prompt
from ..constraints import NumberSet
from ..engine.loop import DecodeLoop
from ..engine.vocab import TokenFacts
from ..protocol import Retry
from ..runtime import default_threads, keep_heap_memory
from ..sampling import SamplingConfig, retry_seed, row_seed
from ..shaping import clean_copy, copy_complete, overflows, soft_stop_chars


class HFGenerator(TokenFacts):
    """Batched sampling with a transformers causal LM (LoRA already merged by models.load_model).

    `max_rows` is the width of the running batch. On 2 CPU cores with SmolLM2-135M in bf16, one
    decode step costs ~0.12 core-s at 32 rows, ~0.33 at 96 and ~0.54 at 192 (tokens per core-second
    267, 290, 357: wider keeps paying a little, while memory grows), so 128 is the default; on a GPU
    set it far higher (512+).
    """

    name = "hf"
    queues_retries = True

    def __init__(self, model: Any, tokenizer: Any, *, max_rows: int = 128, threads: int | None = None,
                 share_prefix: bool = True, progress: bool = True):
        import torch

        self.model = model
        self.tokenizer = tokenizer
        self.max_rows = max_rows
        self.share_prefix = share_prefix
        self.progress = progress
        if threads or str(getattr(model, "device", "cpu")) == "cpu":
            torch.set_num_threads(threads or default_threads())
        if str(getattr(model, "device", "cpu")) == "cpu":
            keep_heap_memory()
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        self._init_token_facts()
        self.last_stats = None
        """The last `generate` call's `LoopStats` (time in prefills and decode steps)."""

    def generate(self, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec], n: int, seed: int,
                 sampling: SamplingConfig = SamplingConfig(), retry: Retry | None = None
                 ) -> list[list[Candidate]]:
        """N candidates per prompt; with `retry`, also the later rounds' (see `Retry`), each
        queued into the running batch the moment its brief's previous round is rejected."""
        import torch
        from tqdm.auto import tqdm

        if not prompts:
            return []
        tok = self.tokenizer
        encoded = [tok(p.text, add_special_tokens=False)["input_ids"] for p in prompts]
        bar = tqdm(total=len(prompts) * n, desc="generating", unit="cand", file=sys.stderr,
                   disable=not self.progress, leave=False)
        nl = tok("\n", add_special_tokens=False)["input_ids"]
        loop = DecodeLoop(self.model, eos_ids=self._eos_ids(), is_newline=self._is_newline,
                          newline_id=nl[0] if len(nl) == 1 else None, starts_word=self._starts_word,
                          decode=lambda ids: tok.decode(ids, skip_special_tokens=True),
                          max_rows=max(self.max_rows, n), sampling=sampling)
        loop.sentence_ids = self._sentence_tokens()
        if sampling.hold_eos:  # line-end controls: only where the guardrails would take the end
            loop.may_end = [p.may_end for p in prompts] if any(p.may_end for p in prompts) else None
            loop.past_limit = [lambda text, s=s: overflows(text, s, margin=0) for s in specs]
        budgets = [s.max_new_tokens for s in specs]
        done = [lambda text, s=s: copy_complete(text, s) for s in specs]
        # rows whose copy can complete without a newline (an SMS at its opt-out phrase) are
        # checked after every token, the others only after a newline token
        watch = [bool(s.opt_out and s.lines == 1) for s in specs]
        over = [lambda text, s=s: overflows(text, s) for s in specs]
        soft = [soft_stop_chars(s) if sampling.hold_eos else 0 for s in specs]
        titles = [(s.title_max or 0) if sampling.hold_eos and s.lines > 1 else 0 for s in specs]
        min_lines = [s.lines if sampling.hold_eos and s.lines > 1 else 0 for s in specs]
        rngs = [[random.Random(row_seed(seed, p.brief_id, k)) for k in range(n)] for p in prompts]
        numbers = [NumberSet(p.numbers, self._currency_rule(p.text))
                   if sampling.ground_numbers and p.numbers is not None else None for p in prompts]
        digits = self._digit_tokens() if any(x is not None for x in numbers) else None
        avoid = [self._avoid_ids(p, s, sampling) for p, s in zip(prompts, specs)]
        names = [p.names if sampling.ground_names and p.names else None for p in prompts]
        spelling = self._spelling_tokens() if any(names) else None

        def candidates(i: int, outs: list, round_: int) -> list[Candidate]:
            return [Candidate(prompts[i].brief_id, round_ * n + k,
                              clean_copy(tok.decode(ids, skip_special_tokens=True), specs[i]),
                              len(ids), reason, logprob)
                    for k, (ids, reason, logprob) in enumerate(outs)]

        out: list[list[Candidate]] = [[] for _ in prompts]
        retried = [0] * (retry.rounds + 1 if retry else 1)

        def more(i: int, outs: list) -> list[random.Random] | None:
            round_ = len(out[i]) // n
            cands = candidates(i, outs, round_)
            out[i] += cands
            if retry.accept(i, cands) or round_ >= retry.rounds:
                return None
            retried[round_ + 1] += 1
            bar.total += n
            bar.set_postfix_str(f"retries {sum(retried)}", refresh=False)
            rs = retry_seed(seed, round_ + 1)
            return [random.Random(row_seed(rs, prompts[i].brief_id, k)) for k in range(n)]

        with torch.inference_mode():
            results = loop.run(encoded, n, budgets, done, rngs, share_prefix=self.share_prefix,
                               on_row=lambda: bar.update(1), watch=watch, min_lines=min_lines,
                               overflow=over, soft_stop=soft, title_max=titles, numbers=numbers,
                               digits=digits, more=more if retry else None, avoid=avoid,
                               names=names, spelling=spelling)
        bar.close()
        self.last_stats = loop.stats
        if retry:
            if any(retried) and self.progress:
                print("retries: " + ", ".join(f"round {r}: {k} briefs" for r, k in enumerate(retried) if k),
                      file=sys.stderr)
            return out
        return [candidates(i, results[i], 0) for i in range(len(prompts))]

