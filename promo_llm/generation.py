"""Generation stage: prompts -> N candidates per brief, batched and seeded.

`Generator` is the protocol every backend meets: `generate(prompts, specs, n, seed)` returns one
list of N candidates per prompt, in prompt order. Backends: `HFGenerator` (transformers, CPU or one
GPU, this module), `VLLMGenerator` (GPUs, vllm_backend.py) and `FakeGenerator` (queued outputs, for
tests of everything downstream of the model). This module never reads briefs or guardrails.

Why the HF backend is a hand-written decode loop and not `model.generate` (docs/generation.md has
the figures): a 135M model on CPU is memory- and overhead-bound at batch 1 (~24 tok/s on 2 cores)
and 10-15x faster 64-128 rows wide, so the loop keeps one wide batch busy:

- one shared-prefix prefill: the system prompt is the same for every brief, so its KV cache is
  computed once and reused by every row;
- each brief's prompt is prefilled once; its cache is kept once (a prompt store slot) and
  attended by its N candidate rows together (on CPU; elsewhere it is copied to each row);
- continuous batching: rows of every channel share the batch; a row leaves as soon as it is done
  (EOS, its own channel's token budget, or the lines `clean_copy` keeps are complete) and new
  briefs are prefilled into the freed slots, bucketed by prompt length;
- every (brief, candidate) row draws from its own random stream seeded by (seed, brief id,
  candidate index), so a brief's candidates do not depend on which other briefs share the batch
  (what `--shard` needs) up to floating-point rounding of batched matmuls.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import math
import os
import random
import re
import sys
import threading
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Protocol, Sequence

from .channels import ChannelSpec, sms_segments
from .records import Candidate, Prompt


@dataclass(frozen=True)
class SamplingConfig:
    """Sampling settings, with the meaning and order of transformers' `generate` processors."""

    temperature: float = 0.8
    top_p: float = 0.92
    top_k: int = 256
    """Nucleus searched in the top_k tokens (0 = whole vocabulary). 256 barely changes the
    distribution and saves a full-vocabulary sort per step (~0.5 s at 96 rows on one core)."""
    repetition_penalty: float = 1.1
    penalize_prompt: bool = True
    """Whether the repetition penalty also counts the prompt's tokens (transformers' meaning). Off,
    it counts only what the row wrote: copy should reuse the record's names, figures and units,
    and a penalty on them pushed a small model to paraphrase and invent ('Terra Fox Pace
    Breathing Trail Run Shoes', hooks unrelated to the product), while its own repeats ('20 h,
    grey, 20 h') are still held back."""
    do_sample: bool = True
    hold_eos: bool = True
    """Channel-shape constraint: a row may not end (EOS) before it has written every line its
    channel needs (a push: title, then body). Where it would end inside such a line, EOS's
    probability goes to the line break instead (the title ends there); on an empty line EOS is
    just masked. Without it a small model often stops after the title, or never breaks the line,
    and the push is blocked as malformed. Off = exactly `generate`'s stopping."""
    ground_numbers: bool = True
    """Every number a row writes is one of its prompt's `numbers` (the record's and offer's, the
    guardrails' `grounding_*` facts): a digit that would start or continue a number no prefix of
    which is allowed is masked, and a number that is not yet complete must go on (digits, or the
    decimal point). Prompts without `numbers` are not constrained; tokenizers where a token mixes
    digits with other characters keep those tokens out while a row is constrained."""
    ground_names: bool = True
    """A word a row begins like its prompt's `names` (the brand, and the title's long words:
    'Aerol' for Aerolux, 'Velor' for Velora, 'Espres' for Espresso; capital first, at least 5
    letters or all but the last two) is finished as the record spells it, and a finished name
    takes no more letters ('Veloran'): the model's near misses ('Aerolocus', 'Nordlights') were
    the guardrails' `misspelled_name` blocks. Shorter
    starts are not taken over, but may not go on with the name's next letter and then leave it
    ('K' + 'ent' for Kestrel); other words stay free ('Nordic', 'Bright'). Also, a
    proper-noun token (capitalised, with no lower-case twin in the vocabulary) that begins like a
    name (its first two letters) but is not a start of it, nor of any word of the prompt, is
    masked: SmolLM2 writes Kestrel as ' K' 'est' 'rel' and often took the one-token ' Kent'
    instead ("Kent's shoes", 26 blocked candidates on the demo campaign). Prompts without `names`
    are not constrained."""
    ground_attributes: bool = True
    """Rows never write an attribute word their prompt's `avoid_words` lists (a colour, material,
    feature, origin or kind of product of the guardrails' lexicon that the record does not
    state): the word's tokens (with and without a leading space, lower-case and capitalised,
    where the word is one token) are masked. Prompts without `avoid_words` are not constrained."""
    no_hashtags: bool = True
    """Rows of a channel without hashtags (all but social posts, `ChannelSpec.hashtags`) never
    write a token containing '#': the model tags push bodies, SMS and subject lines out of habit
    ('#BeddingKitchen #CookingFun' after a coffee offer; 8% of the demo's delivered copies before),
    which the guardrails' `channel_hashtags` rule blocks."""
    rewind: float = 0.05
    """A line with a hard limit that runs past it (the row stops as `overflow`), or a row that
    spends its token budget before it ends, is cut back to the last point where the model gave
    ending the line (EOS or the line break on the last line) at least this probability, within
    the line's limit and at least `MIN_LINE` characters into it; the row then finishes as
    `rewound`, as if it had ended there. Its copy is one the model could have written; without a
    plausible end it stays `overflow` / `length` (and is blocked). 0 = off."""
    length_pressure: float = 20.0
    """Log-odds added to the tokens that end the current line (the line break in a push title;
    EOS or the line break on the last line) once the line is past 60% of its character limit,
    growing with the square of the overshoot to this value at the limit and 2.25x it past it (a
    length penalty in characters, for lines with a hard limit), and only where the model gives
    the line end at least 1% (`_PRESS_FLOOR`): the line ends where ending is already plausible,
    instead of running past its limit and being blocked, and is not cut after "has been". On the
    demo campaign's 233 briefs x 4 it raised the guardrail pass rate from 0.32 to 0.47. 0 = off."""


class Generator(Protocol):
    name: str

    def generate(self, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec], n: int, seed: int,
                 sampling: SamplingConfig = SamplingConfig()) -> list[list[Candidate]]:
        """N candidates for each prompt, in prompt order."""
        ...


@dataclass(frozen=True)
class Retry:
    """More rounds for briefs whose candidates were all rejected.

    `accept(i, cands)` sees one round's candidates of prompt i and says whether the brief is
    served (the pipeline runs the guardrails there); a brief not served gets another round of n
    candidates, up to `rounds` more. Round r (1, 2, ...) samples with `retry_seed(seed, r)` and
    numbers its candidates r*n .. r*n + n-1, so a brief's rounds do not depend on the others."""

    rounds: int
    accept: Callable[[int, list[Candidate]], bool]


def retry_seed(seed: int, round_: int) -> int:
    """The sampling seed of retry round `round_` (1, 2, ...) of a run seeded `seed`."""
    return int.from_bytes(hashlib.sha256(f"{seed}\0retry\0{round_}".encode()).digest()[:8], "big")


def generate_with_retries(generator: Generator, prompts: Sequence[Prompt], specs: Sequence[ChannelSpec],
                          n: int, seed: int, sampling: SamplingConfig, retry: Retry,
                          log: Any = None) -> list[list[Candidate]]:
    """Every round's candidates per prompt (round 0 first). A backend that can queue a brief's
    next round into its running batch (`HFGenerator`) does so as soon as the brief's round is
    done; any other backend runs the rounds one after another, each over the briefs still
    unserved. Both give the same candidates: each (brief, round, index) has its own seed."""
    if getattr(generator, "queues_retries", False):
        return generator.generate(prompts, specs, n, seed, sampling, retry=retry)
    out = [list(c) for c in generator.generate(prompts, specs, n, seed, sampling)]
    todo = [i for i, cands in enumerate(out) if not retry.accept(i, cands)]
    for r in range(1, retry.rounds + 1):
        if not todo:
            break
        if log:
            log(f"retry {r}: {len(todo)} briefs had every candidate blocked; {n} more each")
        more = generator.generate([prompts[i] for i in todo], [specs[i] for i in todo], n,
                                  retry_seed(seed, r), sampling)
        still = []
        for i, cands in zip(todo, more):
            cands = [dataclasses.replace(c, index=c.index + r * n) for c in cands]
            out[i] += cands
            if not retry.accept(i, cands):
                still.append(i)
        todo = still
    return out


_LABELS = ("Subject:", "Subject line:", "标题：", "Title:", "SMS:", "Post:")


def clean_copy(text: str, spec: ChannelSpec) -> str:
    """Trim model output to the channel's shape: strip quotes/labels, keep at most `spec.lines`."""
    text = text.replace("\r", "").strip()
    for label in _LABELS:
        if text[:len(label)].lower() == label.lower() and spec.lines == 1:  # ('Sms:' too)
            text = text[len(label):].strip()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if spec.name == "email_body":
        text = "\n".join(lines)
    else:
        lines = lines[: spec.lines]
        if len(lines) == 2 and lines[0][-1] in ":：":  # a title the line break cut at its colon
            lines[0] = lines[0][:-1].rstrip()
        text = "\n".join(lines)
    end = _opt_out_end(text, spec)
    if end is not None:  # an SMS ends with its opt-out line; anything after it is rambling
        text = text[:end]
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'“”":
        text = text[1:-1].strip()
    return text.strip().strip('"“”').strip()


def _opt_out_end(text: str, spec: ChannelSpec) -> int | None:
    """Index just past the channel's opt-out phrase (`Reply STOP to opt out`) in `text`, if any."""
    if not spec.opt_out:
        return None
    i = text.lower().find(spec.opt_out.lower())
    return None if i < 0 else i + len(spec.opt_out)


OVERFLOW_MARGIN = 8
"""Characters past a channel's hard limit before a row is stopped as `overflow` (the guardrails'
repairs can shorten a copy a little, e.g. by dropping a fake `RE:`)."""


def overflows(text: str, spec: ChannelSpec) -> bool:
    """True once the copy `clean_copy` would keep is past the channel's hard length limit.

    Such a row will be blocked whatever it writes next (its kept lines only grow), so generating
    more of it is waste: the row stops with finish reason `overflow` and the guardrails block it.
    """
    if spec.name == "email_body":
        return False
    kept = clean_copy(text, spec)
    if spec.name == "sms":
        return sms_segments(kept) > spec.max_sms_segments
    if len(kept) > spec.max_chars + OVERFLOW_MARGIN:
        return True
    if spec.lines == 2:
        lines = kept.split("\n")
        if spec.title_max and len(lines[0]) > spec.title_max + OVERFLOW_MARGIN:
            return True
        if spec.body_max and len(lines) > 1 and len(lines[1]) > spec.body_max + OVERFLOW_MARGIN:
            return True
    return False


def soft_stop_chars(spec: ChannelSpec) -> int:
    """Character limit of the channel's last line, for ending at a sentence past half of it; 0 for
    an email body (free). An SMS aims at one segment: half its 2-segment limit less its opt-out,
    which the guardrails append when the row ends without it."""
    if spec.name == "email_body":
        return 0
    if spec.name == "sms":
        return spec.max_chars // 2 - len(spec.opt_out or "") - 1
    return (spec.body_max if spec.lines == 2 and spec.body_max else spec.max_chars) or 0


_PRESS_FLOOR = 0.01
"""`length_pressure` only raises a line end the model gives at least this probability."""
MIN_LINE = 12
"""Characters a held line (a push title) needs before a clause end may break it."""
CLAUSE_END = ":.!?：。！？"
SENTENCE_END = ".!?。！？"


def lines_written(text: str) -> int:
    """Non-empty lines in `text`, counting a partial last line."""
    return sum(1 for ln in text.replace("\r", "").split("\n") if ln.strip())


def copy_complete(text: str, spec: ChannelSpec) -> bool:
    """True once every line `clean_copy` keeps has been written and ended by a newline.

    Whatever the model writes after that point is thrown away by `clean_copy`, so generation of
    that row can stop: `clean_copy(text + anything) == clean_copy(text)`.
    """
    if spec.name == "email_body":  # keeps every line
        return False
    text = text.replace("\r", "").lstrip()
    for label in _LABELS:
        if text.startswith(label) and spec.lines == 1:
            text = text[len(label):].lstrip()
    done = [ln for ln in text.split("\n")[:-1] if ln.strip()]
    if spec.opt_out and spec.lines == 1 and not done and _opt_out_end(text, spec) is not None:
        return True  # the SMS's opt-out phrase is written: clean_copy cuts there
    return len(done) >= spec.lines


def row_seed(seed: int, brief_id: str, index: int) -> int:
    """The random stream of candidate `index` of brief `brief_id`: independent of batch and shard."""
    return int.from_bytes(hashlib.sha256(f"{seed}\0{brief_id}\0{index}".encode()).digest()[:8], "big")


def cpu_supports_bf16() -> bool:
    """AVX512-BF16 or AMX-BF16 present: bf16 matmuls run natively (else they are emulated, slower)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            flags = next((ln for ln in f if ln.startswith("flags")), "")
    except OSError:
        return False
    return " avx512_bf16" in flags or " amx_bf16" in flags


def resolve_dtype(dtype: str = "auto", device: str = "cpu") -> str:
    """'auto' -> 'bfloat16' where the hardware runs it natively, else 'float32'."""
    if dtype != "auto":
        return dtype
    if device.startswith("cuda"):
        import torch

        return "bfloat16" if torch.cuda.is_bf16_supported() else "float16"
    return "bfloat16" if cpu_supports_bf16() else "float32"


def default_threads() -> int:
    """One intra-op thread per core this process may run on (hyper-threads do not help matmuls)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc mallopt parameters
_HEAP_TUNED: bool | None = None


def keep_heap_memory() -> bool:
    """Stop glibc's malloc from handing the large tensors of every step back to the kernel.

    A decode step allocates and frees tensors of several MB (a batch's logits: 128 x 49k floats,
    25 MB). glibc serves the largest from fresh mmaps, or trims the freed top of the heap, so the
    next step page-faults the same memory in again: on the demo campaign ~1.5M minor faults and
    ~9 core-seconds in the kernel. Serving blocks up to 32 MB (glibc's cap) from the heap and
    trimming only past 1 GB halves both. Process-wide, glibc only, once; returns whether it is set.
    """
    global _HEAP_TUNED
    if _HEAP_TUNED is None:
        _HEAP_TUNED = False
        try:
            import ctypes
            import platform

            if sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc":
                libc = ctypes.CDLL("libc.so.6")
                # order matters: setting either turns glibc's dynamic threshold off
                _HEAP_TUNED = bool(libc.mallopt(_M_MMAP_THRESHOLD, ctypes.c_int(32 << 20))
                                   and libc.mallopt(_M_TRIM_THRESHOLD, ctypes.c_int(1 << 30)))
        except (OSError, AttributeError):  # pragma: no cover - no glibc
            _HEAP_TUNED = False
    return _HEAP_TUNED


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
        self._newline: dict[int, bool] = {}
        self._word: dict[int, bool] = {}
        self._digits: _DigitTokens | None = None
        self._spelling: _SpellingTokens | None = None
        self._words: dict[str, list[int]] = {}
        self._hashes: list[int] | None = None
        self._capwords: dict[str, list[tuple[str, int]]] | None = None

    # -- public -------------------------------------------------------------------------------

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
        loop = _DecodeLoop(self.model, eos_ids=self._eos_ids(), is_newline=self._is_newline,
                          newline_id=nl[0] if len(nl) == 1 else None, starts_word=self._starts_word,
                          decode=lambda ids: tok.decode(ids, skip_special_tokens=True),
                          max_rows=max(self.max_rows, n), sampling=sampling)
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
        numbers = [_NumberSet(p.numbers) if sampling.ground_numbers and p.numbers is not None else None
                   for p in prompts]
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
        if retry:
            if any(retried) and self.progress:
                print("retries: " + ", ".join(f"round {r}: {k} briefs" for r, k in enumerate(retried) if k),
                      file=sys.stderr)
            return out
        return [candidates(i, results[i], 0) for i in range(len(prompts))]

    # -- tokenizer facts, computed once ---------------------------------------------------------

    def _word_tokens(self, words: Sequence[str]) -> list[int]:
        """The token ids that write each of `words` whole: ' steel', ' Steel', 'steel', 'Steel',
        each where the tokenizer has it as one token."""
        cache = self._words
        ids: set[int] = set()
        for w in words:
            got = cache.get(w)
            if got is None:
                got = []
                for form in (f" {w}", f" {w.capitalize()}", w, w.capitalize()):
                    t = self.tokenizer(form, add_special_tokens=False)["input_ids"]
                    if len(t) == 1:
                        got.append(t[0])
                cache[w] = got
            ids.update(got)
        return sorted(ids)

    def _avoid_ids(self, p: Prompt, spec: ChannelSpec, sampling: SamplingConfig) -> list[int] | None:
        """Token ids the rows of prompt `p` never write: its avoided attribute words
        (`ground_attributes`), '#' outside social posts (`no_hashtags`) and proper nouns that
        begin like its names (`ground_names`); None where there are none."""
        ids: set[int] = set()
        if sampling.ground_attributes and p.avoid_words:
            ids.update(self._word_tokens(p.avoid_words))
        if sampling.no_hashtags and not spec.hashtags:
            ids.update(self._hash_tokens())
        if sampling.ground_names and p.names:
            ids.update(self._lookalikes(p.names, p.text))
        return sorted(ids) or None

    def _lookalikes(self, names: Sequence[str], text: str) -> list[int]:
        """Proper-noun tokens (' Kent', 'Kent': capitalised whole words whose lower-case form is
        no token) that begin like one of `names` (first two letters) but are no start of it, nor
        of any word of `text` (the prompt). Ordinary words (' Keep', ' Last') stay free."""
        if self._capwords is None:
            self._capwords = {}
            vocab = self.tokenizer.get_vocab()
            for raw, i in vocab.items():
                word = raw.lstrip("Ġ▁ ")
                if len(raw) - len(word) <= 1 and len(word) >= 3 and word.isascii() and word.isalpha() \
                        and word[0].isupper() and word[1:].islower() \
                        and raw[:len(raw) - len(word)] + word.lower() not in vocab:
                    self._capwords.setdefault(word[:2], []).append((word, i))
        words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}
        ids = []
        for name in names:
            for word, i in self._capwords.get(name[:2], ()):
                low = word.lower()
                if not name.startswith(word) and not any(w.startswith(low) for w in words):
                    ids.append(i)
        return ids

    def _hash_tokens(self) -> list[int]:
        """Token ids whose text contains '#', found once from the raw vocabulary."""
        if self._hashes is None:
            self._hashes = sorted(i for t, i in self.tokenizer.get_vocab().items() if "#" in t)
        return self._hashes

    def _eos_ids(self) -> set[int]:
        ids = {self.tokenizer.eos_token_id}
        gen_eos = getattr(getattr(self.model, "generation_config", None), "eos_token_id", None)
        if isinstance(gen_eos, int):
            ids.add(gen_eos)
        elif gen_eos:
            ids.update(gen_eos)
        return {i for i in ids if i is not None}

    def _digit_tokens(self) -> "_DigitTokens":
        """Tokens whose text holds a digit, found once from the raw vocabulary (no decoding)."""
        if self._digits is None:
            pure: dict[int, tuple[bool, str]] = {}
            mixed: list[int] = []
            vocab = self.tokenizer.get_vocab()
            for raw, i in vocab.items():
                if not any("0" <= ch <= "9" for ch in raw):
                    continue
                body = raw.lstrip("Ġ▁ ")
                if body.isdigit() and body.isascii():
                    pure[i] = (len(body) < len(raw), body)  # (starts a new word, digits)
                else:
                    mixed.append(i)
            self._digits = _DigitTokens(pure, mixed, vocab.get("."), vocab.get(","))
        return self._digits

    def _spelling_tokens(self) -> "_SpellingTokens":
        """Tokens that continue a word (no leading space marker) and begin with a Latin letter,
        found once from the raw vocabulary."""
        if self._spelling is None:
            self._spelling = _SpellingTokens(self.tokenizer.get_vocab())
        return self._spelling

    def _starts_word(self, token: int) -> bool:
        """Does `token` begin a new word (its text starts with a space, or is CJK)?"""
        known = self._word.get(token)
        if known is None:
            text = self.tokenizer.decode([token])
            known = self._word[token] = bool(text) and (text[0] == " " or "\u4e00" <= text[0] <= "\u9fff")
        return known

    def _is_newline(self, token: int) -> bool:
        """Does `token`'s text contain a newline? Only such a token can complete a line of copy.

        Answered per token id on first sight (a few hundred distinct ids per run), not for the whole
        vocabulary up front (~1.5 s of decoding for 49k ids).
        """
        known = self._newline.get(token)
        if known is None:
            known = self._newline[token] = "\n" in self.tokenizer.decode([token])
        return known


# --- the decode loop ---------------------------------------------------------------------------
#
# State of the running batch, R rows (one row = one candidate of one brief), C cache columns:
#   KV slab   per layer [R, kv_heads, capacity >= C, head_dim], written in place (no torch.cat per
#             step, which copied the whole cache every token: ~13% of a step in profiles)
#   valid     [R, C] bool: which columns hold a real token for that row (left padding, the padding
#             between the shared prefix and a shorter prompt, columns of rows merged in later)
#   pos       [R] next RoPE position per row (positions count real tokens only, as in a one-prompt run)
#   seen      [R, S] token ids already in the row (prompt + output, or the prompt's first id +
#             output; padded by repeating the row's first id), for the repetition penalty: a
#             gather/scatter over S ids, not the vocabulary
# In cascade mode (CPU) a row's columns hold only the tokens it wrote: the shared prefix and the
# brief's prompt live once each (`_Slab` of batch 1, `_PromptStore`); elsewhere a row's columns
# start with its prompt. Rows are right-aligned: every row writes its next token in column C.
# While briefs are queued, a finished row is a free slot: new briefs are prefilled and written
# into free slots (only their own columns are copied) once enough are free, and leading columns
# no live row uses are dropped as views. Once the queue is empty, whole quanta of finished rows
# are dropped (one copy of the cache).


class _Slab:
    """A KV cache the model writes into in place: it meets the part of `Cache` Llama-style models use."""

    def __init__(self, keys: list[Any], values: list[Any], cols: int):
        self.k, self.v, self.cols = keys, values, cols

    # the model-facing interface
    def update(self, key_states: Any, value_states: Any, layer_idx: int, *args: Any, **kwargs: Any):
        end = self.cols + key_states.shape[-2]
        self.k[layer_idx][:, :, self.cols:end] = key_states
        self.v[layer_idx][:, :, self.cols:end] = value_states
        return self.k[layer_idx][:, :, :end], self.v[layer_idx][:, :, :end]

    def get_seq_length(self, layer_idx: int = 0) -> int:
        return self.cols

    def get_mask_sizes(self, query_length: int, layer_idx: int = 0) -> tuple[int, int]:
        return self.cols + query_length, 0

    @property
    def is_compileable(self) -> bool:
        return False

    # the engine-facing interface
    def reserve(self, extra: int, margin: int = 64) -> None:
        """Make room for `extra` more columns (grow by a margin so this rarely copies)."""
        import torch

        cap = self.k[0].shape[-2]
        if self.cols + extra <= cap:
            return
        # a regrow copies the whole cache: leave room for many steps (trims shrink the capacity)
        new = self.cols + extra + max(margin, self.cols // 2)
        for layer in (self.k, self.v):
            for i, t in enumerate(layer):
                # only the new columns need zeros (masked columns must hold finite values)
                grown = torch.empty(*t.shape[:2], new, t.shape[-1], dtype=t.dtype, device=t.device)
                grown[:, :, :self.cols] = t[:, :, :self.cols]
                grown[:, :, self.cols:].zero_()
                layer[i] = grown


class _PromptStore:
    """Each queued entry's prompt cache once, not once per candidate row (cascade mode).

    Per layer [slots, kv_heads, width, head_dim]: slot s holds its entry's real prompt columns
    after the shared prefix, packed to its start (`widths[s]` of them), and `mask[s]` is 0 on
    them and -inf elsewhere (an additive mask for the fused kernel). A slot is taken at the entry's
    prefill and given back once all its rows are done; rows still in the batch after that only
    pad it, so what their queries meet there does not matter.
    """

    def __init__(self, layers: int, heads: int, dim: int, dtype: Any, device: Any):
        self.layers, self.heads, self.dim, self.dtype, self.device = layers, heads, dim, dtype, device
        self.k: list[Any] = []
        self.v: list[Any] = []
        self.mask: Any = None
        self.widths: list[int] = []
        self.free: list[int] = []
        self.slots = self.width = 0
        self.version = 0
        """Bumped whenever a slot's content changes."""

    def _grow(self, slots: int, width: int) -> None:
        import torch

        slots, width = max(slots, self.slots), max(width, self.width)
        if (slots, width) == (self.slots, self.width):
            return
        shape = (slots, self.heads, width, self.dim)
        for layer in (self.k, self.v):
            for i in range(self.layers):
                t = torch.zeros(shape, dtype=self.dtype, device=self.device)
                if i < len(layer):
                    t[:self.slots, :, :self.width] = layer[i]
                    layer[i] = t
                else:
                    layer.append(t)
        # a stored prompt's new columns are masked; a slot never used sees zeros (stays finite)
        mask = torch.zeros(slots, width, dtype=self.dtype, device=self.device)
        if self.mask is not None:
            mask[:self.slots] = float("-inf")
            mask[:self.slots, :self.width] = self.mask
        self.mask = mask
        self.free += range(self.slots, slots)
        self.widths += [0] * (slots - self.slots)
        self.slots, self.width = slots, width

    def put(self, slab: "_Slab", rows: int, start: int, width: int, real: Any) -> list[int]:
        """Store the real columns (`real`, [rows, width]) among columns start..start+width of the
        first `rows` rows of `slab`; their slots. A slot holds only real columns, packed to its
        start (a key's position is already in its rotation, so where it sits does not matter):
        a prompt's left padding costs the decode attention nothing."""
        import torch

        real = real.to(self.device)
        counts = real.sum(1)
        used = int(counts.max())
        if len(self.free) < rows or used > self.width:  # more slots only where they are short
            short = len(self.free) < rows
            self._grow(max(self.slots * 2, self.slots + rows, 16) if short else self.slots, used)
        self.free.sort()
        got, self.free = self.free[:rows], self.free[rows:]
        idx = torch.tensor(got, dtype=torch.long, device=self.device)
        # the real columns of each row first, in order
        cols = start + torch.argsort((~real).to(torch.uint8), dim=1, stable=True)[:, :used]
        cols = cols[:, None, :, None].expand(rows, self.heads, used, self.dim)
        for mine, theirs in ((self.k, slab.k), (self.v, slab.v)):
            for i in range(self.layers):
                mine[i][idx, :, :used] = theirs[i][:rows].gather(2, cols)
        add = torch.full((rows, self.width), float("-inf"), dtype=self.dtype, device=self.device)
        add[:, :used].masked_fill_(torch.arange(used, device=self.device) < counts[:, None], 0.0)
        self.mask[idx] = add
        for s_, c in zip(got, counts.tolist()):
            self.widths[s_] = c
        self.version += 1
        return got

    def release(self, slot: int) -> None:
        self.free.append(slot)


class _Batch:
    """The running batch: KV slab, masks, positions, last tokens and one record per row."""

    def __init__(self, slab: _Slab, valid: Any, pos: Any, last: Any, seen: Any, rows: list["_Row"]):
        self.slab, self.valid, self.pos, self.last, self.seen, self.rows = slab, valid, pos, last, seen, rows

    def __len__(self) -> int:
        return len(self.rows)

    def select(self, keep: list[int]) -> None:
        """Keep only rows `keep` and drop leading columns no kept row uses (one copy of the cache)."""
        import torch

        idx = torch.tensor(keep, dtype=torch.long, device=self.valid.device)
        valid = self.valid[idx, :self.slab.cols]
        used = valid.any(0).nonzero()
        start = int(used[0]) if len(used) else 0
        cols = self.slab.cols - start
        for layer in (self.slab.k, self.slab.v):
            for i, t in enumerate(layer):
                layer[i] = t[idx, :, start:].contiguous()
        self.slab.cols = cols
        self.valid = torch.zeros(len(keep), self.slab.k[0].shape[-2], dtype=torch.bool,
                                 device=valid.device)
        self.valid[:, :cols] = valid[:, start:]
        self.pos, self.last = self.pos[idx], self.last[idx]
        self.seen = self.seen[idx] if self.seen is not None else None
        self.rows = [self.rows[i] for i in keep]

    def place(self, other: "_Batch", slots: list[int]) -> None:
        """Write `other`'s real rows into this batch's finished rows `slots` (no copy of the
        running cache: only the new rows' columns are written); rows that do not fit are merged.

        A new row's prompt ends at this batch's current column, like every row's (right-aligned);
        where this batch has fewer columns than the new prompts, it is first shifted right.
        """
        import torch

        real = [j for j, r in enumerate(other.rows) if r.finished != "filler"]
        use = slots[:len(real)]
        if use:
            width = other.slab.cols
            if width > self.slab.cols:
                self.shift(width - self.slab.cols)
            c = self.slab.cols
            dst = torch.tensor(use, dtype=torch.long, device=self.valid.device)
            src = torch.tensor(real[:len(use)], dtype=torch.long, device=self.valid.device)
            for a, b in ((self.slab.k, other.slab.k), (self.slab.v, other.slab.v)):
                for i in range(len(a)):
                    a[i][dst, :, c - width:c] = b[i][src, :, :width]
            self.valid[dst] = False
            self.valid[dst, c - width:c] = other.valid[src, :width]
            self.pos[dst], self.last[dst] = other.pos[src], other.last[src]
            if self.seen is not None:
                mine, theirs = _same_width([self.seen, other.seen[src]])
                mine[dst] = theirs
                self.seen = mine
            for d, j in zip(use, real):
                self.rows[d] = other.rows[j]
        if len(real) > len(use):
            other.select(list(range(real[len(use)], len(other))))
            self.merge(other)

    def shift(self, extra: int) -> None:
        """Add `extra` empty columns on the left (one copy of the cache; rare)."""
        import torch

        cols = self.slab.cols + extra
        for layer in (self.slab.k, self.slab.v):
            for i, t in enumerate(layer):
                grown = torch.zeros(*t.shape[:2], cols + 64, t.shape[-1], dtype=t.dtype, device=t.device)
                grown[:, :, extra:cols] = t[:, :, :self.slab.cols]
                layer[i] = grown
        valid = torch.zeros(len(self), cols + 64, dtype=torch.bool, device=self.valid.device)
        valid[:, extra:cols] = self.valid[:, :self.slab.cols]
        self.valid, self.slab.cols = valid, cols

    def trim(self, keep: int) -> None:
        """Drop leading columns no live row uses, keeping at least `keep` columns: views, no copy
        (the capacity past the current column is unchanged, so this never forces a regrow)."""
        live = [j for j, r in enumerate(self.rows) if not r.finished]
        if not live:
            return
        import torch

        used = self.valid[torch.tensor(live, device=self.valid.device), :self.slab.cols].any(0).nonzero()
        start = min(int(used[0]) if len(used) else 0, self.slab.cols - keep)
        if start < ROW_QUANTUM:  # not worth the bookkeeping
            return
        for layer in (self.slab.k, self.slab.v):
            for i, t in enumerate(layer):
                layer[i] = t[:, :, start:]
        self.valid = self.valid[:, start:]
        self.slab.cols -= start

    def merge(self, other: "_Batch") -> None:
        """Append `other`'s rows, padding the shorter cache on the left so both stay right-aligned."""
        import torch

        cols = max(self.slab.cols, other.slab.cols)
        cap = cols + 64

        def aligned(t: Any, have: int, dim: int, fill: Any = 0) -> Any:
            shape = list(t.shape)
            shape[dim] = cap
            out = torch.full(shape, fill, dtype=t.dtype, device=t.device)
            src = t.narrow(dim, 0, have)
            out.narrow(dim, cols - have, have).copy_(src)
            return out

        for a, b in ((self.slab.k, other.slab.k), (self.slab.v, other.slab.v)):
            for i in range(len(a)):
                a[i] = torch.cat([aligned(a[i], self.slab.cols, 2), aligned(b[i], other.slab.cols, 2)])
        self.valid = torch.cat([aligned(self.valid, self.slab.cols, 1, False),
                                aligned(other.valid, other.slab.cols, 1, False)])
        self.slab.cols = cols
        self.pos = torch.cat([self.pos, other.pos])
        self.last = torch.cat([self.last, other.last])
        if self.seen is not None:
            self.seen = torch.cat(_same_width([self.seen, other.seen]))
        self.rows += other.rows


@dataclass
class _Row:
    prompt: int
    k: int
    rng: random.Random | None
    budget: int
    tokens: list
    hold: bool = False
    """EOS is masked for this row: it has not yet written the lines its channel needs."""
    line_start: bool = True
    """The row's text is empty or ends with a line break (only tracked while `hold`)."""
    clause_end: bool = False
    """The row's current line ends a clause (a held row), or ends a sentence past half of its
    limit (a row with `soft_stop`)."""
    soft_stop: int = 0
    """Characters of the row's last line; past half of it, a sentence end ends the row (0: off)."""
    title_max: int = 0
    """Character limit of the held first line (a push title); 0: none."""
    line_len: int = 0
    """Characters of the current line (tracked for held rows and rows with `soft_stop`)."""
    num: str = ""
    word: str = ""
    """The Latin letters the row's text ends with (tracked where the prompt has `names`)."""
    """The number the row is writing (digits, decimal point; commas dropped), for ground_numbers."""
    finished: str | None = None
    """'stop', 'length' or 'overflow' once done; 'filler' for a row that only pads the batch."""
    lp_sum: float = 0.0
    lp_n: int = 0
    """Sum and count of the model's log-probabilities of the tokens it chose (not forced ones)."""
    end_at: tuple[int, float, int] | None = None
    """The last plausible end of the row's line within its limit (`SamplingConfig.rewind`):
    (tokens written, lp_sum and lp_n had it ended there)."""
    reported: bool = False
    entry: int = -1
    """The queue entry the row belongs to (set by `_prefill`): its prompt's first round, or a
    later round that `run`'s `more` asked for."""
    slot: int = -1
    """The `_PromptStore` slot holding the entry's prompt cache (-1: none; the prompt's columns
    are then at the start of the row's own)."""


ROW_QUANTUM = 16
"""The running batch always has a multiple of 16 rows (finished rows ride along as fillers until a
whole quantum of them can be dropped) and prompts are padded to a multiple of 16 tokens. oneDNN
compiles a bf16 matmul kernel for every new shape; a batch that shrank one row at a time compiled
hundreds of them, and a first run took ~3x as long as the same run repeated."""


class _DecodeLoop:
    """Continuous-batching sampler over a causal LM; see the module docstring for the why."""

    longest_first = True
    """Briefs enter the batch longest prompt first."""
    budget_first = True
    """... and, before that, largest token budget first (see `run`)."""
    share_prompts = True
    """In cascade mode, keep each entry's prompt cache once for its n rows (`_PromptStore`)."""

    def __init__(self, model: Any, *, eos_ids: set[int], is_newline: Any, decode: Any,
                 max_rows: int, sampling: SamplingConfig, newline_id: int | None = None,
                 starts_word: Any = None):
        import inspect

        self.model = model
        self.eos_ids = eos_ids
        self.eos_token = min(eos_ids) if eos_ids else None
        self.is_newline = is_newline
        self.newline_id = newline_id
        self.starts_word = starts_word
        self.decode = decode
        self.max_rows = max_rows
        self.sampling = sampling
        self.device = next(model.parameters()).device
        self.dtype = next(model.parameters()).dtype
        params = inspect.signature(model.forward).parameters
        # transformers 5 renamed past_key_values to cache
        self.cache_kw = "cache" if "cache" in params else "past_key_values"
        self.digits: _DigitTokens | None = None
        self._rewind_floor = math.log(sampling.rewind) if sampling.rewind > 0 else None
        self.cascade: _Slab | None = None
        """The shared prefix's cache while `run` keeps it out of the batch (see `_can_cascade`)."""
        self.avoid: list[list[int] | None] | None = None
        self.origin: list[int] = []
        self.store: _PromptStore | None = None
        """Each entry's prompt cache, once (cascade mode; see `_PromptStore`)."""
        self.slot_of: dict[int, int] = {}
        self._prompts: tuple | None = None
        self.n = 1

    def run(self, encoded: list[list[int]], n: int, budgets: list[int], done: list[Any],
            rngs: list[list[random.Random]], *, share_prefix: bool = True,
            on_row: Any = None, watch: list[bool] | None = None,
            min_lines: list[int] | None = None,
            overflow: list[Any] | None = None,
            soft_stop: list[int] | None = None,
            title_max: list[int] | None = None,
            numbers: list[Any] | None = None,
            digits: "_DigitTokens | None" = None,
            more: Any = None,
            avoid: list[list[int] | None] | None = None,
            names: list[Any] | None = None,
            spelling: "_SpellingTokens | None" = None) -> list[list[tuple[list[int], str]]]:
        """For each entry, n (output token ids, finish reason, mean token log-probability).

        Entries are the prompts, in order, then any later rounds `more` asked for:
        `more(i, outs)` is called once all n rows of an entry of prompt i are done, with their
        outputs; it returns the n random streams of another round of prompt i (queued like any
        brief, so it rides in the running batch) or None. `self.origin[e]` is entry e's prompt.

        `watch[i]`: test `done[i]` after every token, not only after newline tokens.
        `min_lines[i]`: mask EOS until the row has that many non-empty lines (0: never mask).
        `overflow[i](text)`: true once the row's copy is too long to pass; the row stops there.
        `soft_stop[i]`: character limit of the last line (see `_break_lines`; 0: off).
        `title_max[i]`: character limit of a held first line (a push title), for length pressure.
        `numbers[i]`: the `_NumberSet` prompt i's rows may write (None: free); `digits`: the
        tokenizer's digit tokens, needed when any prompt has numbers.
        `avoid[i]`: token ids prompt i's rows may never write (None: none).
        `names[i]`: names prompt i's rows must spell as given (see `SamplingConfig.ground_names`;
        None: free); `spelling`: the tokenizer's word-continuation tokens, needed with names.
        """
        self.cascade = None
        prefix_len = _common_prefix(encoded) if share_prefix and len(encoded) > 1 else 0
        prefix = self._prefill_prefix(encoded[0][:prefix_len]) if prefix_len else None
        # Cascade: the running batch keeps no copy of the shared prefix; one-token steps attend
        # to it once for all rows (see `_decode_attention`). Where the prefix is not cascaded it
        # sits at the start of every row's prompt columns.
        self.cascade = prefix if prefix is not None and self._can_cascade() else None
        kept_prefix = 0 if self.cascade is not None else prefix_len
        # With the prefix cascaded, each entry's own prompt is kept once too (`_PromptStore`):
        # a row's columns are then only the tokens it wrote.
        self.store = _PromptStore(*self._kv_shape(), self.dtype, self.device) \
            if self.cascade is not None and self.share_prompts else None
        self.slot_of = {}
        self.n = n
        # Bucketing: briefs enter the batch in prompt-length order, so a refill group pads little.
        # Largest budget first: rows that may write long (an SMS) start early, and the batch drains
        # on short rows (subject lines), so its thin tail is a few steps, not the last SMS's ~80.
        sign = -1 if self.longest_first else 1
        first = -1 if self.budget_first else 0
        order = lambda e: (first * budgets[origin[e]], sign * len(encoded[origin[e]]), e)  # noqa: E731
        origin = self.origin = list(range(len(encoded)))
        rngs = list(rngs)
        queue = sorted(range(len(encoded)), key=order)
        # prompt columns after the shared prefix, as `_prefill` pads them
        widths = [-(-(len(e) - prefix_len) // ROW_QUANTUM) * ROW_QUANTUM for e in encoded]
        results: list[list[Any]] = [[None] * n for _ in encoded]
        left = [n] * len(encoded)
        self.done, self.budgets = done, budgets
        self.watch = watch or [False] * len(encoded)
        self.min_lines = min_lines or [0] * len(encoded)
        self.overflow = overflow
        self.soft_stop = soft_stop or [0] * len(encoded)
        self.title_max = title_max or [0] * len(encoded)
        self.numbers = numbers or [None] * len(encoded)
        self.avoid = avoid if avoid and any(avoid) else None
        self.names = names if names and any(names) and spelling is not None else None
        self.spelling = spelling
        self.digits = digits
        q = ROW_QUANTUM
        unit = math.lcm(n, q) // n  # briefs per refill unit: whole quanta of rows
        max_rows = max(-(-self.max_rows // q) * q, unit * n)
        batch: _Batch | None = None
        while True:
            live = 0
            if batch is not None:
                for r in batch.rows:  # report finished rows once
                    if r.finished and not r.reported:
                        r.reported = True
                        results[r.entry][r.k] = (r.tokens, r.finished,
                                                 r.lp_sum / r.lp_n if r.lp_n else None)
                        if on_row:
                            on_row()
                        left[r.entry] -= 1
                        if not left[r.entry] and self.store is not None:
                            self.store.release(self.slot_of.pop(r.entry))
                        again = more(r.prompt, results[r.entry]) if more and not left[r.entry] else None
                        if again:
                            e = len(origin)
                            origin.append(r.prompt)
                            rngs.append(again)
                            results.append([None] * n)
                            left.append(n)
                            bisect.insort(queue, e, key=order)
                keep = [i for i, r in enumerate(batch.rows) if not r.finished]
                live = len(keep)
                target = -(-live // q) * q
                if not queue and target < len(batch):
                    # draining: a whole quantum of rows is done, drop it (one copy of the cache).
                    # While briefs are queued, finished rows stay as slots the next refill reuses.
                    fillers = [i for i, r in enumerate(batch.rows) if r.finished][: target - live]
                    batch.select(keep + fillers)
                elif queue:  # keep the columns the next briefs' prompts will need in the batch
                    batch.trim(0 if self.store is not None else
                               kept_prefix + max(widths[origin[queue[0]]], widths[origin[queue[-1]]]))
            if not queue and not live:
                break
            free = max_rows - live  # finished rows are free slots
            # Refill once a quarter of the batch is free: a prefill of a few briefs costs about one
            # decode step, so refilling every step would spend more time in small prefills.
            if queue and (free >= max(unit * n, max_rows // 4) or not live):
                take = max(unit, free // (unit * n) * unit)
                group, queue = queue[:take], queue[take:]
                new = self._prefill(group, encoded, prefix, prefix_len, n, rngs)
                if batch is None or not len(batch):
                    batch = new
                else:
                    batch.place(new, [i for i, r in enumerate(batch.rows) if r.finished])
            else:
                self._step(batch)
        return results

    # -- forward passes -------------------------------------------------------------------------

    def _can_cascade(self) -> bool:
        """Decode attention can add the shared prefix itself: SDPA models on CPU (the fused CPU
        kernel returns the log-sum-exp the merge needs)."""
        import torch

        return (getattr(self.model.config, "_attn_implementation", None) == "sdpa"
                and self.device.type == "cpu" and _register_decode_attention()
                and hasattr(torch.ops.aten, "_scaled_dot_product_flash_attention_for_cpu"))

    def _forward(self, ids: Any, pos: Any, mask: Any, slab: _Slab) -> Any:
        import torch

        config = self.model.config
        before = getattr(config, "_attn_implementation", None)
        swap = before == "sdpa" and ids.shape[1] == 1 and _register_decode_attention()
        if swap:
            config._attn_implementation = "promo_decode"
            _CASCADE.prefix = self.cascade
            _CASCADE.prompts = self._prompts
        try:
            # the last position as an index tensor, not `logits_to_keep=1`: the slice of a longer
            # prefill is a strided view, and `lm_head` on it ran as a batched matmul over a copy of
            # the whole output matrix per row (~0.5 s of a ~0.8 s prefill of 8 prompts)
            keep = torch.tensor([ids.shape[1] - 1], device=ids.device) if ids.shape[1] > 1 else 1
            out = self.model(input_ids=ids, position_ids=pos, attention_mask=mask, use_cache=True,
                             logits_to_keep=keep, **{self.cache_kw: slab})
        finally:
            if swap:
                config._attn_implementation = before
                _CASCADE.prefix = _CASCADE.mask = _CASCADE.prompts = None
        slab.cols += ids.shape[1]
        return out.logits[:, -1, :].float()

    def _kv_shape(self) -> tuple[int, int, int]:
        """(layers, key/value heads, head dim) of the model's cache."""
        cfg = self.model.config.get_text_config() if hasattr(self.model.config, "get_text_config") \
            else self.model.config
        heads = getattr(cfg, "num_key_value_heads", None) or cfg.num_attention_heads
        dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
        return cfg.num_hidden_layers, heads, dim

    def _empty_slab(self, rows: int, cap: int) -> _Slab:
        import torch

        layers, heads, dim = self._kv_shape()
        shape = (rows, heads, cap, dim)
        return _Slab([torch.zeros(shape, dtype=self.dtype, device=self.device) for _ in range(layers)],
                     [torch.zeros(shape, dtype=self.dtype, device=self.device) for _ in range(layers)], 0)

    def _prefill_prefix(self, ids: list[int]) -> _Slab:
        """The shared prefix (the system prompt) once, batch 1."""
        import torch

        slab = self._empty_slab(1, len(ids))
        t = torch.tensor([ids], device=self.device)
        causal = torch.ones(len(ids), len(ids), dtype=torch.bool, device=self.device).tril()
        self._forward(t, torch.arange(len(ids), device=self.device)[None], causal[None, None], slab)
        return slab

    def _prefill(self, group: list[int], encoded: list[list[int]], prefix: _Slab | None,
                 prefix_len: int, n: int, rngs: list[list[random.Random]]) -> _Batch:
        """Prefill `group`'s entries after the shared prefix, then fan each out to its n rows."""
        import torch

        dev = self.device
        entries, group = group, [self.origin[e] for e in group]  # group: the entries' prompts
        suffixes = [encoded[i][prefix_len:] for i in group]
        g = len(group)
        width = -(-max(len(s) for s in suffixes) // ROW_QUANTUM) * ROW_QUANTUM
        total = prefix_len + width
        slab = self._empty_slab(g, total + 64)
        if prefix is not None:
            for dst, src in ((slab.k, prefix.k), (slab.v, prefix.v)):
                for i in range(len(dst)):
                    dst[i][:, :, :prefix_len] = src[i][:, :, :prefix_len]
            slab.cols = prefix_len
        ids = torch.full((g, width), self._pad_id(), dtype=torch.long)
        real = torch.zeros(g, width, dtype=torch.bool)
        for r, s in enumerate(suffixes):
            ids[r, width - len(s):] = torch.tensor(s)
            real[r, width - len(s):] = True
        valid = torch.cat([torch.ones(g, prefix_len, dtype=torch.bool), real], 1)
        pos = (prefix_len + real.long().cumsum(1) - 1).clamp(min=0)
        # query i may see key j if j is a real token at or before i; a padding query sees itself
        # only, so its (unused) output stays finite.
        keys_ok = valid[:, None, :].expand(g, width, total)
        causal = torch.ones(width, total, dtype=torch.bool).tril(prefix_len)
        eye = torch.zeros(width, total, dtype=torch.bool)
        eye[:, prefix_len:] = torch.eye(width, dtype=torch.bool)
        mask = (keys_ok & causal) | eye
        logits = self._forward(ids.to(dev), pos.to(dev), mask[:, None].to(dev), slab)

        # fan out: each brief's cache and logits copied to its n candidate rows, plus filler rows
        # (copies of the last) up to a whole quantum
        rep = torch.arange(g, device=dev).repeat_interleave(n)
        pad = -len(rep) % ROW_QUANTUM
        rep = torch.cat([rep, rep[-1:].expand(pad)])
        slots = [-1] * g
        if self.store is not None:  # each entry's prompt goes to the store once; rows keep none
            slots = self.store.put(slab, g, prefix_len, width, real)
            self.slot_of.update(zip(entries, slots))
            drop = total
        else:
            drop = prefix_len if self.cascade is not None else 0  # the batch keeps no prefix copy
        for layer in (slab.k, slab.v):
            for i, t in enumerate(layer):
                layer[i] = t[rep, :, drop:]
        slab.cols -= drop
        full_valid = torch.zeros(g, slab.k[0].shape[-2], dtype=torch.bool)
        full_valid[:, :total - drop] = valid[:, drop:]
        seen = None
        if self.sampling.repetition_penalty != 1.0:
            # without the prompt, a row starts from its prompt's first id (BOS or the chat
            # template's opener, which copy never writes), so the matrix is never empty
            seen = torch.cat(_same_width([torch.tensor([encoded[i] if self.sampling.penalize_prompt
                                                        else encoded[i][:1]], device=dev)
                                          for i in group]))[rep]
        rows = [_Row(i, k, rngs[e][k], self.budgets[i], [], hold=self.min_lines[i] > 1,
                     soft_stop=self.soft_stop[i], title_max=self.title_max[i], entry=e, slot=slot)
                for e, i, slot in zip(entries, group, slots) for k in range(n)]
        rows += [_Row(group[-1], -1, None, 0, [], finished="filler", reported=True, entry=entries[-1])
                 for _ in range(pad)]
        batch = _Batch(slab, full_valid[rep.cpu()].to(dev), (pos[:, -1] + 1).to(dev)[rep],
                       torch.zeros(len(rows), dtype=torch.long, device=dev), seen, rows)
        self._accept(batch, self._sample(logits[rep], batch))
        return batch

    def _step(self, batch: _Batch) -> None:
        """One token for every row of the running batch."""
        slab = batch.slab
        slab.reserve(1)
        if batch.valid.shape[1] < slab.k[0].shape[-2]:  # the slab grew: grow the mask with it
            import torch

            grown = torch.zeros(len(batch), slab.k[0].shape[-2], dtype=torch.bool, device=self.device)
            grown[:, :batch.valid.shape[1]] = batch.valid
            batch.valid = grown
        batch.valid[:, slab.cols] = True
        mask = batch.valid[:, None, None, :slab.cols + 1]
        self._prompts = self._store_index(batch) if self.store is not None else None
        logits = self._forward(batch.last[:, None], batch.pos[:, None], mask, slab)
        batch.pos += 1
        self._accept(batch, self._sample(logits, batch))

    def _store_index(self, batch: _Batch) -> tuple:
        """How the batch's rows meet the `_PromptStore` in a step (see `_cascade_attention`):
        (store, gather, back, slots, width, mask). `gather[s * n + k]` is the live row of slot s
        with candidate index k (row 0 where there is none), `back[j]` row j's place in that
        order; `slots` and `width` bound the store slice the live rows use. Built once per batch
        composition (rows change only at refills and drops) and store content."""
        import torch

        store, n = self.store, self.n
        key = (store.version, tuple((r.slot, r.k) if not r.finished else None for r in batch.rows))
        memo = getattr(batch, "store_idx", None)
        if memo is not None and memo[0] == key:
            return memo[1]
        live = [(j, r.slot, r.k) for j, r in enumerate(batch.rows) if not r.finished]
        hi = 1 + max((slot for _, slot, _ in live), default=0)
        width = max((store.widths[slot] for _, slot, _ in live), default=ROW_QUANTUM)
        gather = [0] * (hi * n)
        back = [0] * len(batch.rows)
        for j, slot, k in live:
            gather[slot * n + k] = j
            back[j] = slot * n + k
        dev = self.device
        mask = store.mask[:hi, :width].contiguous()[:, None, None, :]
        got = (store, torch.tensor(gather, device=dev), torch.tensor(back, device=dev), hi, width, mask)
        batch.store_idx = (key, got)
        return got

    # -- sampling and stopping ------------------------------------------------------------------

    def _sample(self, logits: Any, batch: _Batch) -> list[int]:
        """Next token per row: repetition penalty, then greedy, or temperature + nucleus sampling.

        Same processors, order and meaning as `generate(do_sample=True, temperature, top_k, top_p,
        repetition_penalty)`: penalty, temperature, top-k, then top-p over the renormalised top-k.
        """
        import torch

        s = self.sampling
        # For each row's log-probability of its token: the log-normaliser, `logits` itself, and a
        # copy of the only columns changed in place below (EOS and the line break), not of the
        # whole vocabulary (a full copy cost ~20 ms a step at 128 rows)
        cols = sorted(self.eos_ids | ({self.newline_id} if self.newline_id is not None else set()))
        self._raw = (logits, _log_normaliser(logits), cols, logits[:, cols].float())
        held = [j for j, r in enumerate(batch.rows) if r.hold and not r.finished]
        if held:
            rows = torch.tensor(held, device=logits.device)
            eos = torch.tensor(sorted(self.eos_ids), device=logits.device)
            if self.newline_id is not None:
                # a row that wants to end inside a line it must finish ends the line instead:
                # EOS's probability moves to the line break (a push title the model ends with EOS
                # becomes the title line); on an empty line EOS is only masked
                mid = [j for j in held if not batch.rows[j].line_start]
                if mid:
                    m = torch.tensor(mid, device=logits.device)
                    lse = torch.logsumexp(logits[m[:, None], eos[None, :]].float(), dim=-1)
                    logits[m, self.newline_id] = torch.logaddexp(logits[m, self.newline_id].float(),
                                                                 lse).to(logits.dtype)
            logits[rows[:, None], eos[None, :]] = float("-inf")
        if s.length_pressure:
            self._press_line_end(logits, batch)
        if self.digits is not None:
            self._ground_numbers(logits, batch)
        if self.avoid is not None:
            self._avoid_words(logits, batch)
        if self.names is not None:
            self._spell_names(logits, batch)
        if batch.seen is not None:
            seen = logits.gather(1, batch.seen)
            seen = torch.where(seen < 0, seen * s.repetition_penalty, seen / s.repetition_penalty)
            logits = logits.scatter(1, batch.seen, seen)
        if not s.do_sample:
            return self._break_lines(batch, logits.argmax(-1).tolist())
        if 0 < s.top_k < logits.shape[-1]:
            vals, idx = logits.topk(s.top_k, dim=-1)
        else:
            vals, idx = logits.sort(dim=-1, descending=True)
        probs = torch.softmax(vals / s.temperature, dim=-1)
        u = torch.tensor([0.0 if r.finished else r.rng.random() for r in batch.rows],
                         device=probs.device)
        return self._break_lines(batch, _nucleus_pick(probs, idx, s.top_p, u).tolist())

    def _ground_numbers(self, logits: Any, batch: _Batch) -> None:
        """`SamplingConfig.ground_numbers`: mask digits that leave the row's allowed numbers, and
        make a number that is not complete go on."""
        import torch

        dt = self.digits
        ban_r, ban_c, force = [], [], []
        for j, r in enumerate(batch.rows):
            allowed = None if r.finished else self.numbers[r.prompt]
            if allowed is None:
                continue
            ban, keep = allowed.rule(r.num, dt)
            ban_r += [j] * len(ban)
            ban_c += ban
            if keep:
                force.append((j, keep))
        if ban_r:
            logits[torch.tensor(ban_r, device=logits.device), torch.tensor(ban_c, device=logits.device)] = float("-inf")
        for j, keep in force:
            idx = torch.tensor(keep, device=logits.device)
            vals = logits[j, idx].clone()
            logits[j] = float("-inf")
            logits[j, idx] = vals

    def _avoid_words(self, logits: Any, batch: _Batch) -> None:
        """`SamplingConfig.ground_attributes`: mask each row's avoided word tokens. The index
        pairs are built once per batch composition (rows change only at refills and drops)."""
        import torch

        key = tuple((r.prompt, r.entry, r.k) for r in batch.rows)
        memo = getattr(batch, "avoid_idx", None)
        if memo is None or memo[0] != key:
            rows, cols = [], []
            for j, r in enumerate(batch.rows):
                ids = self.avoid[r.prompt]
                if ids:
                    rows += [j] * len(ids)
                    cols += ids
            idx = (torch.tensor(rows, dtype=torch.long, device=logits.device),
                   torch.tensor(cols, dtype=torch.long, device=logits.device)) if rows else None
            batch.avoid_idx = memo = (key, idx)
        if memo[1] is not None:
            logits[memo[1]] = float("-inf")

    def _spell_names(self, logits: Any, batch: _Batch) -> None:
        """`SamplingConfig.ground_names`: a row inside a name keeps to its spelling; a row that
        has just finished one writes no more letters onto it."""
        sp = self.spelling
        for j, r in enumerate(batch.rows):
            names = None if r.finished or not r.word else self.names[r.prompt]
            if not names:
                continue
            w = r.word.lower()
            for name in names:
                low = name.lower()
                if r.word[0] != name[0] or not low.startswith(w):
                    continue
                if w == low:
                    logits[j, sp.letters] = float("-inf")
                elif len(w) >= max(NAME_MISS, len(name) - 2):
                    keep = sp.on_name(name, len(w))
                    vals = logits[j, keep].clone() if keep is not None else None
                    if vals is not None and vals.isfinite().any():  # (another rule may mask them)
                        logits[j] = float("-inf")
                        logits[j, keep] = vals
                else:
                    ban = sp.near_misses(name, len(w))
                    if ban is not None:
                        logits[j, ban] = float("-inf")
                break

    def _press_line_end(self, logits: Any, batch: _Batch) -> None:
        """`SamplingConfig.length_pressure`: raise the line-ending token of rows near their limit."""
        import torch

        rows, cols, bonus = [], [], []
        for j, r in enumerate(batch.rows):
            if r.finished or r.line_start:
                continue
            if r.hold:
                limit, ends = r.title_max, [self.newline_id]
            else:  # the last line ends with EOS, or with a line break (the copy is then complete)
                limit, ends = r.soft_stop, [self.eos_token, self.newline_id]
            ends = [e for e in ends if e is not None]
            if not limit or not ends or 10 * r.line_len <= 6 * limit:
                continue
            over = min((10 * r.line_len - 6 * limit) / (4 * limit), 1.5)
            for end in ends:
                rows.append(j)
                cols.append(end)
                bonus.append(self.sampling.length_pressure * over ** 2)
        if rows:
            r_, c_ = torch.tensor(rows, device=logits.device), torch.tensor(cols, device=logits.device)
            # only where the model itself gives ending some chance: a line is not cut after "has
            # been" because it is long
            plausible = logits[r_, c_].float() - self._raw[1][r_] >= math.log(_PRESS_FLOOR)
            add = torch.tensor(bonus, dtype=torch.float32, device=logits.device) * plausible
            logits[r_, c_] = (logits[r_, c_].float() + add).to(logits.dtype)

    def _break_lines(self, batch: _Batch, tokens: list[int]) -> list[int]:
        """Lines end where a clause ends, when the model starts a new word after it:

        - a held row (a push title) whose line ends a clause (`:` `.` `!` `?`, at least MIN_LINE
          characters) breaks the line instead: the clause becomes the title, the body follows.
          Small models rarely break the line on their own (SmolLM2-135M gives the line break
          2-15% after a corpus push title);
        - a row on its last line, past half of that line's limit, whose line ends a sentence
          (`.` `!` `?`) ends there (EOS) instead of starting another sentence that would likely
          run past the limit (the guardrails block over-long copy).
        """
        self._forced = set()
        if self.starts_word is None:
            return tokens
        for j, r in enumerate(batch.rows):
            if r.finished or not r.clause_end or r.line_start or not self.starts_word(tokens[j]):
                continue
            if r.hold:
                if self.newline_id is not None:
                    tokens[j] = self.newline_id
                    self._forced.add(j)
            elif r.soft_stop:
                tokens[j] = self.eos_token
                self._forced.add(j)
        return tokens

    def _accept(self, batch: _Batch, tokens: list[int]) -> None:
        import torch

        batch.last = torch.tensor(tokens, dtype=torch.long, device=self.device)
        if batch.seen is not None:
            batch.seen = torch.cat([batch.seen, batch.last[:, None]], 1)
        ref, lse, cols, saved = self._raw
        chosen = ref.gather(1, batch.last[:, None])[:, 0].float()
        for c, col in enumerate(cols):
            chosen = torch.where(batch.last == col, saved[:, c], chosen)
        lps = (chosen - lse).tolist()
        ends = self._end_logprobs(batch)
        for j, (r, t) in enumerate(zip(batch.rows, tokens)):
            if r.finished:
                continue
            if ends is not None and ends[j] >= self._rewind_floor and self._may_end(r):
                r.end_at = (len(r.tokens), r.lp_sum + ends[j], r.lp_n + 1)
            if j not in self._forced:
                r.lp_sum += lps[j]
                r.lp_n += 1
            if t in self.eos_ids:
                r.finished = "stop"
                continue
            r.tokens.append(t)
            if self.digits is not None:
                r.num = self.digits.advance(r.num, t)
            check = self.is_newline(t) or self.watch[r.prompt]
            spell = self.names is not None and self.names[r.prompt] is not None
            text = self.decode(r.tokens) if check or r.hold or r.soft_stop or self.overflow or spell else ""
            if spell:
                m = _LAST_WORD.search(text)
                r.word = m.group(0) if m else ""
            if check and self.done[r.prompt](text):
                r.finished = "stop"
                continue
            if self.overflow and self.overflow[r.prompt](text):
                r.finished = "overflow"
                self._rewind(r)
                continue
            if r.hold and lines_written(text) >= self.min_lines[r.prompt]:
                r.hold = False  # the last line needed has begun: the row may end from here
            if r.hold or r.soft_stop:
                r.line_start = not text.strip(" \t") or text.endswith("\n")
                line = text.rsplit("\n", 1)[-1].strip()
                r.line_len = len(line)
                if r.hold:
                    r.clause_end = len(line) >= MIN_LINE and line[-1] in CLAUSE_END
                else:
                    r.clause_end = 2 * len(line) >= r.soft_stop and line[-1] in SENTENCE_END
            if len(r.tokens) >= r.budget:
                r.finished = "length"
                self._rewind(r)

    def _end_logprobs(self, batch: _Batch) -> list[float] | None:
        """Per row, the model's log-probability (temperature 1, before any processor) of ending
        its line after the tokens it has: EOS or the line break; None when `rewind` is off or no
        row could end its line."""
        import torch

        if self._rewind_floor is None or not any(r.soft_stop and not r.finished for r in batch.rows):
            return None
        _, lse, cols, saved = self._raw
        return (torch.logsumexp(saved, dim=-1) - lse).tolist()

    def _may_end(self, r: _Row) -> bool:
        """The row's copy could end here: it is on the last line it needs, the line is within its
        limit and not too short, and it is not inside a number."""
        if not r.soft_stop or r.hold or r.line_start or not MIN_LINE <= r.line_len <= r.soft_stop:
            return False
        allowed = self.numbers[r.prompt] if self.numbers is not None else None
        return not r.num or (allowed is not None and allowed.complete(r.num))

    def _rewind(self, r: _Row) -> None:
        """`SamplingConfig.rewind`: a row that ran past its limit or budget ends at its last
        plausible end instead, where it has one."""
        if r.end_at is None:
            return
        n, r.lp_sum, r.lp_n = r.end_at
        del r.tokens[n:]
        r.finished = "rewound"

    def _pad_id(self) -> int:
        pad = getattr(self.model.config, "pad_token_id", None)
        return pad if isinstance(pad, int) else next(iter(self.eos_ids))


_CASCADE = threading.local()
"""While a cascaded one-token step runs: `prefix`, the shared prefix's KV cache (a `_Slab`,
batch 1); `prompts`, the step's view of the `_PromptStore` (`_DecodeLoop._store_index`) or None;
`mask`, the additive form of the step's boolean mask, made once for all layers."""


def _decode_attention(module: Any, query: Any, key: Any, value: Any, attention_mask: Any,
                      scaling: float | None = None, dropout: float = 0.0, **kwargs: Any):
    """Attention of one new token per row over the slab, the query heads of each key/value group
    packed as that group's query length: one SDPA call whose keys are read once per group.

    On CPU (bf16, 112 rows, 207 columns) that is ~2.6 ms per layer against ~3.3 ms for SDPA's
    `enable_gqa` path and ~2x that for transformers' own packing, which expands the mask.

    Cascade (CPU): when the batch's slab holds no copy of the shared prefix, every row's queries
    attend to the prefix's keys in one call (all rows' queries as one long query per group), to
    their own columns in another, and the two are merged by their log-sum-exps: exact softmax
    attention over prefix + own columns. Attention reads the cache from memory, so its cost follows
    the columns read: 54 fewer per row of ~200 cut the demo's decode attention by about a quarter.
    With a prompt store (`_PromptStore`, `_CASCADE.prompts`), each brief's prompt is a third part,
    attended once by the queries of all its rows; the row's own columns are then only its output.
    """
    import torch.nn.functional as F

    rows, heads, _, dim = query.shape
    groups = key.shape[1]
    prefix = getattr(_CASCADE, "prefix", None)
    if prefix is not None and heads % groups == 0:
        return _cascade_attention(module, query, key, value, attention_mask, scaling, prefix)
    if heads != groups:
        q = query.view(rows, groups, heads // groups, dim)
        out = F.scaled_dot_product_attention(q, key, value, attn_mask=attention_mask, scale=scaling)
        return out.reshape(rows, 1, heads, dim), None
    out = F.scaled_dot_product_attention(query, key, value, attn_mask=attention_mask, scale=scaling)
    return out.transpose(1, 2), None


def _cascade_attention(module: Any, query: Any, key: Any, value: Any, attention_mask: Any,
                       scaling: float | None, prefix: "_Slab") -> tuple[Any, None]:
    import torch

    flash = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu
    rows, heads, _, dim = query.shape
    groups = key.shape[1]
    per = heads // groups
    q = query.view(rows, groups, per, dim)
    mask = attention_mask
    if mask is not None and mask.dtype == torch.bool:  # the fused kernel takes an additive mask
        memo = getattr(_CASCADE, "mask", None)
        if memo is None or memo[0] is not attention_mask:
            add = torch.zeros(mask.shape, dtype=query.dtype, device=mask.device)
            _CASCADE.mask = memo = (attention_mask, add.masked_fill_(~mask, float("-inf")))
        mask = memo[1]
    own, own_lse = flash(q, key, value, attn_mask=mask, scale=scaling)
    layer = module.layer_idx
    qp = q.permute(1, 0, 2, 3).reshape(1, groups, rows * per, dim)
    pk, pv = prefix.k[layer][:, :, :prefix.cols], prefix.v[layer][:, :, :prefix.cols]
    pre, pre_lse = flash(qp, pk, pv, scale=scaling)
    parts = [(own, own_lse), (pre.reshape(groups, rows, per, dim).transpose(0, 1),
                              pre_lse.reshape(groups, rows, per).transpose(0, 1))]
    prompts = getattr(_CASCADE, "prompts", None)
    if prompts is not None:  # each slot's prompt, met by the queries of all its rows at once
        store, gather, back, hi, width, smask = prompts
        n = gather.numel() // hi
        qs = q.index_select(0, gather).view(hi, n, groups, per, dim).transpose(1, 2)
        got, got_lse = flash(qs.reshape(hi, groups, n * per, dim), store.k[layer][:hi, :, :width],
                             store.v[layer][:hi, :, :width], attn_mask=smask, scale=scaling)
        got = got.reshape(hi, groups, n, per, dim).transpose(1, 2).reshape(hi * n, groups, per, dim)
        got_lse = got_lse.reshape(hi, groups, n, per).transpose(1, 2).reshape(hi * n, groups, per)
        parts.append((got.index_select(0, back), got_lse.index_select(0, back)))
    top = parts[0][1]
    for _, lse in parts[1:]:
        top = torch.maximum(top, lse)
    num = den = None
    for o, lse in parts:
        w = (lse - top).exp()
        num = o.float() * w[..., None] if num is None else num + o.float() * w[..., None]
        den = w if den is None else den + w
    return (num / den[..., None]).to(query.dtype).reshape(rows, 1, heads, dim), None


_DECODE_ATTENTION: bool | None = None


def _register_decode_attention() -> bool:
    """Register `_decode_attention` with transformers once; False where that API is missing."""
    global _DECODE_ATTENTION
    if _DECODE_ATTENTION is None:
        try:
            from transformers import AttentionInterface

            AttentionInterface.register("promo_decode", _decode_attention)
            _DECODE_ATTENTION = True
        except ImportError:  # pragma: no cover - transformers < 4.48
            _DECODE_ATTENTION = False
    return _DECODE_ATTENTION


def _log_normaliser(logits: Any) -> Any:
    """logsumexp over the vocabulary per row, in float32. Through a float32 copy of `logits`:
    ~4 ms at 128 rows x 49k, against ~18 ms for bf16 exps summed in float32 without the copy
    (bf16 element-wise ops are slow on CPU); ~4 s of the demo campaign."""
    import torch

    return torch.logsumexp(logits.float(), dim=-1)


def _nucleus_pick(vals: Any, idx: Any, top_p: float, u: Any) -> Any:
    """Inverse-CDF draw from the nucleus of probabilities `vals` (sorted, descending) at `idx`.

    A token stays in the nucleus while the mass before it is < top_p (transformers' TopP rule).
    """
    import torch

    before = vals.cumsum(-1) - vals
    kept = torch.where(before < top_p, vals, torch.zeros_like(vals))
    cdf = kept.cumsum(-1)
    j = torch.searchsorted(cdf, (u * cdf[:, -1])[:, None], right=True).clamp(max=vals.shape[-1] - 1)
    return idx.gather(1, j).flatten()


def _same_width(rows: list[Any]) -> list[Any]:
    """Pad [n, s] id matrices to one width by repeating each row's first id (a no-op for the penalty)."""
    import torch

    width = max(t.shape[1] for t in rows)
    return [torch.cat([t, t[:, :1].expand(-1, width - t.shape[1])], 1) for t in rows]


class _NumberSet:
    """The numbers a row may write: membership and prefix tests on digit strings."""

    def __init__(self, numbers: Iterable[str]):
        self.whole = set(numbers)
        self.prefixes = {n[:i] for n in self.whole for i in range(1, len(n) + 1)}
        self._rules: dict[str, tuple[list[int], list[int]]] = {}

    def has_prefix(self, s: str) -> bool:
        return s in self.prefixes

    def complete(self, s: str) -> bool:
        """`s` is a whole allowed number, or one followed by a full stop ('20.' ending a sentence)."""
        return s in self.whole or (s.endswith(".") and s[:-1] in self.whole)

    def rule(self, num: str, dt: "_DigitTokens") -> tuple[list[int], list[int]]:
        """For a row writing `num`: the tokens to mask, and (when `num` is not a whole allowed
        number yet) the only tokens it may write next; memoised per state."""
        got = self._rules.get(num)
        if got is None:
            ok, ban = [], list(dt.mixed)
            for t, (fresh, body) in dt.pure.items():
                (ok if self.has_prefix(body if fresh else num + body) else ban).append(t)
            keep: list[int] = []
            if num and not self.complete(num):
                keep = [t for t in ok if not dt.pure[t][0]]
                if dt.dot is not None and not num.endswith(".") and self.has_prefix(num + "."):
                    keep.append(dt.dot)
            got = self._rules[num] = (ban, keep)
        return got


_LAST_WORD = re.compile(r"[A-Za-z]+$")


NAME_MISS = 5
"""Letters a word must share with the start of a name before a difference is a misspelling."""


class _SpellingTokens:
    """The tokens that continue a word with a Latin letter (no leading space marker), and which
    of them keep a word on a name's spelling; found once from the raw vocabulary."""

    def __init__(self, vocab: dict[str, int]):
        import torch

        self.by_first: dict[str, list[tuple[str, int]]] = {}
        for raw, i in vocab.items():
            if raw[:1].isascii() and raw[:1].isalpha() and raw.isascii():
                self.by_first.setdefault(raw[0].lower(), []).append((raw, i))
        self.letters = torch.tensor(sorted(i for group in self.by_first.values() for _, i in group))
        """Ids of every token that continues a word with a Latin letter."""
        self._memo: dict[tuple[str, int, bool], Any] = {}

    def _scan(self, name: str, at: int, on_name: bool) -> Any:
        key = (name, at, on_name)
        if key not in self._memo:
            import torch

            rest = name[at:]
            got = []
            for text, i in self.by_first.get(rest[0].lower(), ()):
                lead = _LEAD_LETTERS.match(text).group(0)
                ends = len(lead) < len(text)  # the token ends the word (punctuation after it)
                spelt = lead == rest if ends else rest.startswith(text)
                if on_name == spelt:
                    got.append(i)
            self._memo[key] = torch.tensor(got) if got else None
        return self._memo[key]

    def on_name(self, name: str, at: int) -> Any:
        """Tokens that, after the first `at` letters of `name`, keep to its spelling (and end the
        word only where the name ends); None where there are none."""
        return self._scan(name, at, True)

    def near_misses(self, name: str, at: int) -> Any:
        """Tokens that, after the first `at` letters of `name`, go on with the name's next letter
        and then leave it or end short of it ('Nord' + 'lights' for Nordlys, 'Vel' + 'or,' for
        Velora, 'K' + 'ent' for Kestrel); None where there are none. Tokens with another next
        letter are left free ('Nord' + 'ic')."""
        return self._scan(name, at, False)


_LEAD_LETTERS = re.compile(r"[A-Za-z]*")


@dataclass
class _DigitTokens:
    pure: dict[int, tuple[bool, str]]
    """Token id -> (starts a new word, its digits) for tokens that are only digits (after a
    leading space marker)."""
    mixed: list[int]
    """Tokens with digits and other characters: never written by a constrained row."""
    dot: int | None
    comma: int | None

    def advance(self, num: str, token: int) -> str:
        """The number a row is writing, after `token`."""
        got = self.pure.get(token)
        if got is not None:
            fresh, body = got
            return body if fresh else num + body
        if num and token == self.dot and not num.endswith("."):
            return num + "."
        if num and token == self.comma and not num.endswith("."):
            return num  # a thousands separator: 1,200 is 1200
        return ""


def _common_prefix(seqs: list[list[int]]) -> int:
    """Length of the longest common token prefix, leaving every prompt at least one own token."""
    first = seqs[0]
    n = min(len(s) for s in seqs) - 1
    for s in seqs[1:]:
        i = 0
        while i < n and s[i] == first[i]:
            i += 1
        n = i
    return max(n, 0)


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


def make_generator(backend: str, model: str, adapter: str | None, *, dtype: str = "auto",
                   progress: bool = True, **kwargs: Any) -> Generator:
    """The generator for `backend` ('hf' or 'vllm') with `model` and an optional LoRA `adapter`."""
    if backend == "vllm":
        from .vllm_backend import VLLMGenerator

        return VLLMGenerator(model, adapter, dtype=dtype, **kwargs)
    if backend != "hf":
        from .errors import UserError

        raise UserError(f"unknown backend {backend!r}; expected 'hf' or 'vllm'")
    from .models import load_model

    model_obj, tok = load_model(model, adapter, dtype=resolve_dtype(dtype))
    return HFGenerator(model_obj, tok, progress=progress, **kwargs)


__all__ = ["Generator", "SamplingConfig", "HFGenerator", "FakeGenerator", "Retry", "retry_seed",
           "generate_with_retries", "clean_copy",
           "copy_complete", "row_seed", "resolve_dtype", "make_generator", "tokens_generated",
           "distinct_n", "lines_written", "overflows"]
