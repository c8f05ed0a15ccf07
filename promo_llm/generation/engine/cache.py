"""The decode loop's KV storage: the slab the model writes into in place, and the prompt store.

`Slab` meets the part of transformers' `Cache` interface Llama-style models use, so the model
writes each step's keys and values straight into preallocated columns. `PromptStore` keeps each
queued brief's prompt cache once for its N candidate rows (cascade mode, CPU), packed and masked.
"""

from __future__ import annotations

from typing import Any


class Slab:
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


class PromptStore:
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

    def put(self, slab: "Slab", rows: int, start: int, width: int, real: Any) -> list[int]:
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

