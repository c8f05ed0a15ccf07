"""The running batch of the decode loop and its per-row records.

State of the running batch, R rows (one row = one candidate of one brief), C cache columns:
  KV slab   per layer [R, kv_heads, capacity >= C, head_dim], written in place (no torch.cat per
            step, which copied the whole cache every token: ~13% of a step in profiles)
  valid     [R, C] bool: which columns hold a real token for that row (left padding, the padding
            between the shared prefix and a shorter prompt, columns of rows merged in later)
  pos       [R] next RoPE position per row (positions count real tokens only, as in a one-prompt run)
  seen      [R, S] token ids already in the row (prompt + output, or the prompt's first id +
            output; padded by repeating the row's first id), for the repetition penalty: a
            gather/scatter over S ids, not the vocabulary
In cascade mode (CPU) a row's columns hold only the tokens it wrote: the shared prefix and the
brief's prompt live once each (`Slab` of batch 1, `PromptStore`); elsewhere a row's columns
start with its prompt. Rows are right-aligned: every row writes its next token in column C.
While briefs are queued, a finished row is a free slot: new briefs are prefilled and written
into free slots (only their own columns are copied) once enough are free, and leading columns
no live row uses are dropped as views. Once the queue is empty, finished rows are dropped in
quanta of `row_quantum` rows (1 in float32: the step they finish), live rows moving into their
places (`Batch.compact`: only the moved rows' columns are copied).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from .cache import Slab


class Batch:
    """The running batch: KV slab, masks, positions, last tokens and one record per row."""

    def __init__(self, slab: Slab, valid: Any, pos: Any, last: Any, seen: Any, rows: list["Row"]):
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

    def compact(self, keep: list[int]) -> None:
        """Keep only rows `keep` by moving the kept rows that sit past the new end into the
        dropped rows' places and narrowing every tensor to the first len(keep) rows (views):
        only the moved rows' columns are copied, not the whole cache as `select` does, so
        finished rows can be dropped every step. Row order changes; each row's output does not
        (its own random stream, its own positions and mask)."""
        import torch

        end = len(keep)
        kept = set(keep)
        holes = [i for i in range(end) if i not in kept]
        movers = [i for i in keep if i >= end]
        if movers:
            dst = torch.tensor(holes, dtype=torch.long, device=self.valid.device)
            src = torch.tensor(movers, dtype=torch.long, device=self.valid.device)
            cols = self.slab.cols
            for layer in (self.slab.k, self.slab.v):
                for t in layer:
                    t[dst, :, :cols] = t[src, :, :cols]
            for name in ("valid", "pos", "last", "seen"):
                t = getattr(self, name)
                if t is not None:
                    t[dst] = t[src]
            for d, m in zip(holes, movers):
                self.rows[d] = self.rows[m]
        for layer in (self.slab.k, self.slab.v):
            for i, t in enumerate(layer):
                layer[i] = t[:end]
        self.valid, self.pos, self.last = self.valid[:end], self.pos[:end], self.last[:end]
        self.seen = self.seen[:end] if self.seen is not None else None
        self.rows = self.rows[:end]
        self.trim(0)

    def place(self, other: "Batch", slots: list[int]) -> None:
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
                mine, theirs = same_width([self.seen, other.seen[src]])
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
        if start < 16:  # not worth the bookkeeping
            return
        for layer in (self.slab.k, self.slab.v):
            for i, t in enumerate(layer):
                layer[i] = t[:, :, start:]
        self.valid = self.valid[:, start:]
        self.slab.cols -= start

    def merge(self, other: "Batch") -> None:
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
            self.seen = torch.cat(same_width([self.seen, other.seen]))
        self.rows += other.rows


@dataclass
class Row:
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
    signed: bool = False
    """The number being written began right after the prompt's currency sign (or, with `num`
    empty, the last token was that sign): see `NumberSet.for_row`."""
    word: str = ""
    """The Latin letters the row's text ends with (tracked where the prompt has `names`)."""
    open_end: bool = False
    """The row's last line may not end here (`Prompt.may_end`: the guardrails would call the copy
    cut off, "Lunch Bag Red:", "... is"): its line-ending tokens are masked."""
    paid: tuple = ()
    """Money amounts (values) the row has written after the currency sign on its current line:
    not offered again there (the guardrails' `repetition` rule blocks "£1.65 instead of £1.65")."""
    """The number the row is writing (digits, decimal point; commas dropped), for ground_numbers."""
    finished: str | None = None
    """'stop', 'length' or 'overflow' once done; 'filler' for a row that only pads the batch."""
    lp_sum: float = 0.0
    lp_n: int = 0
    """Sum and count of the model's log-probabilities of the tokens it chose (not forced ones)."""
    end_at: tuple[int, float, int] | None = None
    """The last plausible end of the row's line within its limit (`SamplingConfig.rewind`):
    (tokens written, lp_sum and lp_n had it ended there)."""
    best_end: tuple[int, float, int] | None = None
    """The row's last end so far that the guardrails would take and the model gave at least
    `FALLBACK_END`, as (tokens written, lp_sum, lp_n): what a row past its limit is cut back to
    when it has no `end_at` (the model never gave ending `rewind`'s floor)."""
    reported: bool = False
    entry: int = -1
    """The queue entry the row belongs to (set by `_prefill`): its prompt's first round, or a
    later round that `run`'s `more` asked for."""
    slot: int = -1
    """The `PromptStore` slot holding the entry's prompt cache (-1: none; the prompt's columns
    are then at the start of the row's own)."""


ROW_QUANTUM = 16
"""In reduced precision on CPU the running batch always has a multiple of 16 rows (finished rows
ride along as fillers until a whole quantum of them can be dropped) and prompts are padded to a
multiple of 16 tokens. oneDNN compiles a bf16 matmul kernel for every new shape; a batch that
shrank one row at a time compiled hundreds of them, and a first run took ~3x as long as the same
run repeated."""


def row_quantum(dtype: Any, device: Any) -> int:
    """The step in which the batch's rows and prompt widths change: `ROW_QUANTUM` for bf16/fp16 on
    CPU (oneDNN kernels compiled per shape), 1 elsewhere. float32 CPU matmuls go to a BLAS sgemm
    with no per-shape kernel, and CUDA's are chosen per call; there a finished row is dropped
    the step it finishes and a prompt is padded only to its group's longest."""
    import torch

    reduced = dtype in (torch.bfloat16, torch.float16)
    return ROW_QUANTUM if reduced and getattr(device, "type", str(device)) == "cpu" else 1


def same_width(rows: list[Any]) -> list[Any]:
    """Pad [n, s] id matrices to one width by repeating each row's first id (a no-op for the penalty)."""
    import torch

    width = max(t.shape[1] for t in rows)
    return [torch.cat([t, t[:, :1].expand(-1, width - t.shape[1])], 1) for t in rows]

