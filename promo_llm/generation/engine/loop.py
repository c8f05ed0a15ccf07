"""The decode loop: continuous batching of candidate rows over a causal LM (the HF engine's core).

`DecodeLoop.run` schedules rows: briefs enter the running batch in budget and prompt-length order,
finished rows are free slots that new briefs are prefilled into (`Batch.place`), finished rows
are dropped once the queue is empty (`Batch.compact`, in quanta of `row_quantum`: 1 in float32),
and retry rounds are queued like briefs. It
owns the forward passes: the shared prefix prefilled once (and, on CPU, cascaded: kept out of the
batch and attended once for all rows, attention.py), each group of briefs prefilled after it (in
runs of similar prompt length where prompts go to the store, `length_chunks`) and fanned out to
its N rows, then one-token steps. Picking, constraints and row stopping are mixins
(picking.py, steering.py, rows.py).
"""

from __future__ import annotations

import bisect
import math
import random
import time
from dataclasses import dataclass
from typing import Any

from ..constraints import DigitTokens, SpellingTokens
from ..sampling import SamplingConfig
from .attention import CASCADE, register_decode_attention
from .batch import Batch, Row, row_quantum, same_width
from .cache import PromptStore, Slab
from .picking import Picker, Siblings
from .rows import RowStops
from .steering import Constraints


@dataclass
class LoopStats:
    """Where a run's time went: prefills (incl. fan-out and first pick) and one-token steps
    (forward, constraints, picking, row bookkeeping). `decode_rows` counts every row of every
    step, `decode_live` only the rows that were still writing (the tokens a step produced)."""

    prefill_s: float = 0.0
    prefills: int = 0
    prefill_tokens: int = 0
    decode_s: float = 0.0
    decode_steps: int = 0
    decode_rows: int = 0
    decode_live: int = 0


class DecodeLoop(Picker, Constraints, RowStops):
    """Continuous-batching sampler over a causal LM: the row scheduling and forward passes.

    Each step's pick is `Picker._sample` (picking.py), which applies `Constraints` (steering.py);
    each picked token goes through `RowStops._accept` (rows.py)."""

    longest_first = True
    """Briefs enter the batch longest prompt first."""
    budget_first = True
    """... and, before that, largest token budget first (see `run`)."""
    share_prompts = True
    refill_share = 8
    """Refill once 1/8 of the batch's rows are free (at least one brief's n). A finished row
    rides along until then, costing its share of each step; a refill costs a prefill forward
    (fixed costs ~ a few ms per layer). Before: a quarter, in units of whole quanta of rows
    (8 briefs at n = 6), which kept ~a quarter of a 6-candidate batch idle."""
    """In cascade mode, keep each entry's prompt cache once for its n rows (`PromptStore`)."""

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
        self.quantum = row_quantum(self.dtype, self.device)
        """Rows are added and dropped, and prompts padded, in multiples of this (`row_quantum`)."""
        params = inspect.signature(model.forward).parameters
        # transformers 5 renamed past_key_values to cache
        self.cache_kw = "cache" if "cache" in params else "past_key_values"
        self.digits: DigitTokens | None = None
        self._rewind_floor = math.log(sampling.rewind) if sampling.rewind > 0 else None
        self.cascade: Slab | None = None
        """The shared prefix's cache while `run` keeps it out of the batch (see `_can_cascade`)."""
        self.avoid: list[list[int] | None] | None = None
        self.origin: list[int] = []
        self.store: PromptStore | None = None
        """Each entry's prompt cache, once (cascade mode; see `PromptStore`)."""
        self.slot_of: dict[int, int] = {}
        self._prompts: tuple | None = None
        self.n = 1
        self.siblings: Siblings | None = None
        """What each brief's candidates wrote, where `sampling.sibling_penalty` is on."""
        self.stats = LoopStats()

    def run(self, encoded: list[list[int]], n: int, budgets: list[int], done: list[Any],
            rngs: list[list[random.Random]], *, share_prefix: bool = True,
            on_row: Any = None, watch: list[bool] | None = None,
            min_lines: list[int] | None = None,
            overflow: list[Any] | None = None,
            soft_stop: list[int] | None = None,
            title_max: list[int] | None = None,
            numbers: list[Any] | None = None,
            digits: "DigitTokens | None" = None,
            more: Any = None,
            avoid: list[list[int] | None] | None = None,
            names: list[Any] | None = None,
            spelling: "SpellingTokens | None" = None) -> list[list[tuple[list[int], str]]]:
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
        `numbers[i]`: the `NumberSet` prompt i's rows may write (None: free); `digits`: the
        tokenizer's digit tokens, needed when any prompt has numbers.
        `avoid[i]`: token ids prompt i's rows may never write (None: none).
        `names[i]`: names prompt i's rows must spell as given (see `SamplingConfig.ground_names`;
        None: free); `spelling`: the tokenizer's word-continuation tokens, needed with names.
        """
        self.cascade = None
        prefix_len = common_prefix(encoded) if share_prefix and len(encoded) > 1 else 0
        prefix = self._prefill_prefix(encoded[0][:prefix_len]) if prefix_len else None
        # Cascade: the running batch keeps no copy of the shared prefix; one-token steps attend
        # to it once for all rows (see attention.py). Where the prefix is not cascaded it
        # sits at the start of every row's prompt columns.
        self.cascade = prefix if prefix is not None and self._can_cascade() else None
        kept_prefix = 0 if self.cascade is not None else prefix_len
        # With the prefix cascaded, each entry's own prompt is kept once too (`PromptStore`):
        # a row's columns are then only the tokens it wrote.
        self.store = PromptStore(*self._kv_shape(), self.dtype, self.device) \
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
        q = self.quantum
        widths = [-(-(len(e) - prefix_len) // q) * q for e in encoded]
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
        self.siblings = Siblings(n, max(budgets), self.device, bigrams=self.sampling.sibling_bigrams,
                                 keep_prompt=self.sampling.sibling_keep_prompt) \
            if self.sampling.sibling_penalty != 1.0 and n > 1 else None
        max_rows = -(-max(self.max_rows, n) // q) * q
        refill_at = max(n, max_rows // self.refill_share)
        batch: Batch | None = None
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
                    # draining: a whole quantum of rows is done, drop it (only the live rows that
                    # move into its places are copied). While briefs are queued, finished rows
                    # stay as slots the next refill reuses.
                    fillers = [i for i, r in enumerate(batch.rows) if r.finished][: target - live]
                    batch.compact(keep + fillers)
                elif queue:  # keep the columns the next briefs' prompts will need in the batch
                    batch.trim(0 if self.store is not None else
                               kept_prefix + max(widths[origin[queue[0]]], widths[origin[queue[-1]]]))
            if not queue and not live:
                break
            free = max_rows - live  # finished rows are free slots
            # Refill once `refill_share` of the batch is free, with as many whole briefs as fit:
            # a finished row still costs its share of every step until it is refilled.
            if queue and (free >= refill_at or not live):
                take = max(1, free // n)
                group, queue = queue[:take], queue[take:]
                t0 = time.perf_counter()
                new = self._prefill(group, encoded, prefix, prefix_len, n, rngs)
                self.stats.prefill_s += time.perf_counter() - t0
                self.stats.prefills += 1
                self.stats.prefill_tokens += sum(len(encoded[origin[e]]) - prefix_len for e in group)
                if batch is None or not len(batch):
                    batch = new
                else:
                    batch.place(new, [i for i, r in enumerate(batch.rows) if r.finished])
            else:
                t0 = time.perf_counter()
                self._step(batch)
                self.stats.decode_s += time.perf_counter() - t0
                self.stats.decode_steps += 1
                self.stats.decode_rows += len(batch)
                self.stats.decode_live += live
        return results

    # -- forward passes -------------------------------------------------------------------------

    def _can_cascade(self) -> bool:
        """Decode attention can add the shared prefix itself: SDPA models on CPU (the fused CPU
        kernel returns the log-sum-exp the merge needs)."""
        import torch

        return (getattr(self.model.config, "_attn_implementation", None) == "sdpa"
                and self.device.type == "cpu" and register_decode_attention()
                and hasattr(torch.ops.aten, "_scaled_dot_product_flash_attention_for_cpu"))

    def _forward(self, ids: Any, pos: Any, mask: Any, slab: Slab) -> Any:
        import torch

        config = self.model.config
        before = getattr(config, "_attn_implementation", None)
        swap = before == "sdpa" and ids.shape[1] == 1 and register_decode_attention()
        if swap:
            config._attn_implementation = "promo_decode"
            CASCADE.prefix = self.cascade
            CASCADE.prompts = self._prompts
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
                CASCADE.prefix = CASCADE.mask = CASCADE.prompts = None
        slab.cols += ids.shape[1]
        return out.logits[:, -1, :].float()

    def _kv_shape(self) -> tuple[int, int, int]:
        """(layers, key/value heads, head dim) of the model's cache."""
        cfg = self.model.config.get_text_config() if hasattr(self.model.config, "get_text_config") \
            else self.model.config
        heads = getattr(cfg, "num_key_value_heads", None) or cfg.num_attention_heads
        dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
        return cfg.num_hidden_layers, heads, dim

    def _empty_slab(self, rows: int, cap: int) -> Slab:
        import torch

        layers, heads, dim = self._kv_shape()
        shape = (rows, heads, cap, dim)
        return Slab([torch.zeros(shape, dtype=self.dtype, device=self.device) for _ in range(layers)],
                     [torch.zeros(shape, dtype=self.dtype, device=self.device) for _ in range(layers)], 0)

    def _prefill_prefix(self, ids: list[int]) -> Slab:
        """The shared prefix (the system prompt) once, batch 1."""
        import torch

        slab = self._empty_slab(1, len(ids))
        t = torch.tensor([ids], device=self.device)
        causal = torch.ones(len(ids), len(ids), dtype=torch.bool, device=self.device).tril()
        self._forward(t, torch.arange(len(ids), device=self.device)[None], causal[None, None], slab)
        return slab

    def _prefill(self, group: list[int], encoded: list[list[int]], prefix: Slab | None,
                 prefix_len: int, n: int, rngs: list[list[random.Random]]) -> Batch:
        """Prefill `group`'s entries after the shared prefix, then fan each out to its n rows."""
        import torch

        dev = self.device
        entries, group = group, [self.origin[e] for e in group]  # group: the entries' prompts
        g = len(group)
        # fan out: each brief's cache and logits copied to its n candidate rows, plus filler rows
        # (copies of the last) up to a whole quantum
        rep = torch.arange(g, device=dev).repeat_interleave(n)
        rep = torch.cat([rep, rep[-1:].expand(-len(rep) % self.quantum)])
        slots = [-1] * g
        if self.store is not None:
            # each entry's prompt goes to the store once and rows keep none of it, so prompts of
            # similar length can be prefilled apart (`length_chunks`): less padding computed
            logits, nxt = [None] * g, [None] * g
            for chunk in length_chunks([len(encoded[i]) - prefix_len for i in group], self.quantum):
                part, lg, _, pos, real = self._prefill_forward([group[j] for j in chunk], encoded,
                                                               prefix, prefix_len)
                got = self.store.put(part, len(chunk), prefix_len, real.shape[1], real)
                for c, j in enumerate(chunk):
                    logits[j], nxt[j], slots[j] = lg[c], pos[c, -1] + 1, got[c]
            self.slot_of.update(zip(entries, slots))
            logits, nxt = torch.stack(logits), torch.stack(nxt).to(dev)
            slab = self._empty_slab(len(rep), 64)
            full_valid = torch.zeros(g, 64, dtype=torch.bool)
        else:
            slab, logits, valid, pos, _ = self._prefill_forward(group, encoded, prefix, prefix_len)
            total, nxt = slab.cols, (pos[:, -1] + 1).to(dev)
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
            seen = torch.cat(same_width([torch.tensor([encoded[i] if self.sampling.penalize_prompt
                                                        else encoded[i][:1]], device=dev)
                                          for i in group]))[rep]
        if self.siblings is not None:
            self.siblings.begin(entries, [encoded[i] for i in group])
        rows = [Row(i, k, rngs[e][k], self.budgets[i], [], hold=self.min_lines[i] > 1,
                     soft_stop=self.soft_stop[i], title_max=self.title_max[i], entry=e, slot=slot)
                for e, i, slot in zip(entries, group, slots) for k in range(n)]
        rows += [Row(group[-1], -1, None, 0, [], finished="filler", reported=True, entry=entries[-1])
                 for _ in range(len(rep) - g * n)]
        batch = Batch(slab, full_valid[rep.cpu()].to(dev), nxt[rep],
                       torch.zeros(len(rows), dtype=torch.long, device=dev), seen, rows)
        self._accept(batch, self._sample(logits[rep], batch))
        return batch

    def _prefill_forward(self, group: list[int], encoded: list[list[int]], prefix: Slab | None,
                         prefix_len: int) -> tuple:
        """One forward over prompts `group` after the shared prefix, right-aligned and padded to
        the longest (in the quantum): (slab, last logits, valid columns, positions, real tokens)."""
        import torch

        suffixes = [encoded[i][prefix_len:] for i in group]
        g = len(group)
        width = -(-max(len(s) for s in suffixes) // self.quantum) * self.quantum
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
        dev = self.device
        logits = self._forward(ids.to(dev), pos.to(dev), mask[:, None].to(dev), slab)
        return slab, logits, valid, pos, real

    def _step(self, batch: Batch) -> None:
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

    def _store_index(self, batch: Batch) -> tuple:
        """How the batch's rows meet the `PromptStore` in a step (see `_cascade_attention`):
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
        width = max((store.widths[slot] for _, slot, _ in live), default=1)
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

    def _pad_id(self) -> int:
        pad = getattr(self.model.config, "pad_token_id", None)
        return pad if isinstance(pad, int) else next(iter(self.eos_ids))


def common_prefix(seqs: list[list[int]]) -> int:
    """Length of the longest common token prefix, leaving every prompt at least one own token."""
    first = seqs[0]
    n = min(len(s) for s in seqs) - 1
    for s in seqs[1:]:
        i = 0
        while i < n and s[i] == first[i]:
            i += 1
        n = i
    return max(n, 0)


FORWARD_TOKENS = 64
"""What one more prefill forward costs beyond its tokens, in prompt tokens (its fixed per-op
costs over every layer); `length_chunks` weighs padding against it."""


def length_chunks(lengths: list[int], quantum: int, overhead: int = FORWARD_TOKENS) -> list[list[int]]:
    """Split prompts (their token counts) into groups prefilled apart, each padded to its longest
    (rounded up to `quantum`): the split of the length-sorted prompts into runs that minimises
    padded tokens + `overhead` per forward (dynamic programming over the sorted order)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    size = [-(-lengths[i] // quantum) * quantum for i in order]
    best = [0.0] + [math.inf] * len(order)
    cut = [0] * (len(order) + 1)
    for end in range(1, len(order) + 1):
        for start in range(end):
            cost = best[start] + overhead + (end - start) * size[end - 1]
            if cost < best[end]:
                best[end], cut[end] = cost, start
    chunks, end = [], len(order)
    while end:
        chunks.append(order[cut[end]:end])
        end = cut[end]
    return chunks[::-1]
