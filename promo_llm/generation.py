"""Generation stage: prompts -> N candidates per brief, batched and seeded.

`Generator` is the protocol every backend meets: `generate(prompts, specs, n, seed)` returns one
list of N candidates per prompt, in prompt order. Backends: `HFGenerator` (transformers, CPU or one
GPU) and `FakeGenerator` (queued outputs, for tests of everything downstream of the model).

Why the HF backend looks like this: a 135M model on CPU is memory-bound at batch 1 (~24 tok/s on 2
cores) and roughly 10x faster batched 32+ wide, so prompts are sorted by length (less padding),
left-padded, and each prompt's N candidates are sampled in the same pass
(`num_return_sequences`). Finished rows stop early once every row in the batch hit EOS.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Any, Iterable, Protocol, Sequence

from .channels import ChannelSpec
from .records import Candidate, Prompt


@dataclass(frozen=True)
class SamplingConfig:
    temperature: float = 0.8
    top_p: float = 0.92
    repetition_penalty: float = 1.1
    do_sample: bool = True


class Generator(Protocol):
    name: str

    def generate(self, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec], n: int, seed: int,
                 sampling: SamplingConfig = SamplingConfig()) -> list[list[Candidate]]:
        """N candidates for each prompt, in prompt order."""
        ...


def clean_copy(text: str, spec: ChannelSpec) -> str:
    """Trim model output to the channel's shape: strip quotes/labels, keep at most `spec.lines`."""
    text = text.replace("\r", "").strip()
    for label in ("Subject:", "Subject line:", "标题：", "Title:", "SMS:", "Post:"):
        if text.startswith(label) and spec.lines == 1:
            text = text[len(label):].strip()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if spec.name == "email_body":
        text = "\n".join(lines)
    else:
        text = "\n".join(lines[: spec.lines])
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'“”":
        text = text[1:-1].strip()
    return text.strip().strip('"“”').strip()


class FakeGenerator:
    """Returns queued outputs in order (cycling), so tests drive the real pipeline without a model."""

    name = "fake"

    def __init__(self, outputs: Iterable[str] | None = None, fn: Any = None):
        self.outputs = list(outputs or [])
        self.fn = fn
        self.calls = 0

    def generate(self, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec], n: int, seed: int,
                 sampling: SamplingConfig = SamplingConfig()) -> list[list[Candidate]]:
        result = []
        for prompt, spec in zip(prompts, specs):
            cands = []
            for i in range(n):
                if self.fn is not None:
                    text = self.fn(prompt, i)
                else:
                    text = self.outputs[self.calls % len(self.outputs)]
                self.calls += 1
                cands.append(Candidate(prompt.brief_id, i, clean_copy(text, spec), len(text.split())))
            result.append(cands)
        return result


class HFGenerator:
    """Batched sampling with a transformers causal LM (LoRA already merged by models.load_model)."""

    name = "hf"

    def __init__(self, model: Any, tokenizer: Any, *, batch_tokens: int = 2048, max_batch: int = 64,
                 progress: bool = True):
        self.model = model
        self.tokenizer = tokenizer
        self.batch_tokens = batch_tokens
        self.max_batch = max_batch
        self.progress = progress
        tokenizer.padding_side = "left"
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token

    def _batches(self, order: list[int], lengths: list[int], n: int) -> list[list[int]]:
        """Group prompt indices (already sorted by length) so rows*(prompt+gen) stays bounded."""
        batches, cur = [], []
        for idx in order:
            width = (len(cur) + 1) * n
            if cur and (width > self.max_batch or width * lengths[idx] > self.batch_tokens * 8):
                batches.append(cur)
                cur = []
            cur.append(idx)
        if cur:
            batches.append(cur)
        return batches

    def generate(self, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec], n: int, seed: int,
                 sampling: SamplingConfig = SamplingConfig()) -> list[list[Candidate]]:
        import torch
        from tqdm.auto import tqdm

        tok = self.tokenizer
        encoded = [tok(p.text, add_special_tokens=False)["input_ids"] for p in prompts]
        lengths = [len(e) for e in encoded]
        # Group by channel budget first (same max_new_tokens in a batch), then by prompt length.
        order = sorted(range(len(prompts)), key=lambda i: (specs[i].max_new_tokens, lengths[i]))
        out: list[list[Candidate] | None] = [None] * len(prompts)
        bar = tqdm(total=len(prompts) * n, desc="generating", unit="cand", file=sys.stderr,
                   disable=not self.progress, leave=False)
        groups: dict[int, list[int]] = {}
        for i in order:
            groups.setdefault(specs[i].max_new_tokens, []).append(i)
        for max_new, idxs in groups.items():
            for batch in self._batches(idxs, lengths, n):
                texts = self._run(batch, encoded, max_new, n, seed, sampling)
                for j, idx in enumerate(batch):
                    cands = []
                    for k in range(n):
                        raw, n_tok, finished = texts[j * n + k]
                        cands.append(Candidate(prompts[idx].brief_id, k, clean_copy(raw, specs[idx]),
                                               n_tok, "stop" if finished else "length"))
                    out[idx] = cands
                bar.update(len(batch) * n)
        bar.close()
        return [c or [] for c in out]

    def _run(self, batch: list[int], encoded: list[list[int]], max_new: int, n: int, seed: int,
             sampling: SamplingConfig) -> list[tuple[str, int, bool]]:
        import torch

        tok = self.tokenizer
        width = max(len(encoded[i]) for i in batch)
        pad = tok.pad_token_id
        ids = torch.full((len(batch), width), pad, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for r, i in enumerate(batch):
            e = encoded[i]
            ids[r, width - len(e):] = torch.tensor(e)
            mask[r, width - len(e):] = 1
        # Seed per batch from the run seed and the first brief so results do not depend on how
        # many batches ran before (e.g. under --shard).
        torch.manual_seed((seed * 1_000_003 + batch[0]) % (2**31))
        kwargs: dict[str, Any] = dict(max_new_tokens=max_new, pad_token_id=pad,
                                      eos_token_id=tok.eos_token_id, num_return_sequences=n,
                                      repetition_penalty=sampling.repetition_penalty)
        if sampling.do_sample:
            kwargs.update(do_sample=True, temperature=sampling.temperature, top_p=sampling.top_p,
                          top_k=0)
        else:
            kwargs.update(do_sample=False, temperature=None, top_p=None, top_k=None)
        with torch.inference_mode():
            gen = self.model.generate(input_ids=ids.to(self.model.device),
                                      attention_mask=mask.to(self.model.device), **kwargs)
        new = gen[:, width:].cpu()
        results = []
        for row in new:
            toks = row.tolist()
            finished = tok.eos_token_id in toks
            if finished:
                toks = toks[: toks.index(tok.eos_token_id)]
            toks = [t for t in toks if t != pad]
            results.append((tok.decode(toks, skip_special_tokens=True), len(toks), finished))
        return results


def tokens_generated(cands: list[list[Candidate]]) -> int:
    return sum(c.n_tokens for cs in cands for c in cs)


def distinct_n(texts: Sequence[str], n: int = 2) -> float:
    """Share of distinct n-grams over all n-grams (characters for CJK, else words)."""
    grams, total = set(), 0
    for t in texts:
        units = list(t) if any("\u4e00" <= ch <= "\u9fff" for ch in t) else t.lower().split()
        for i in range(len(units) - n + 1):
            grams.add(tuple(units[i:i + n]))
            total += 1
    return len(grams) / total if total else 0.0


__all__ = ["Generator", "SamplingConfig", "HFGenerator", "FakeGenerator", "clean_copy",
           "tokens_generated", "distinct_n"]
