"""Picking each row's next token: repetition penalty, temperature, top-k, nucleus, or greedy.

`Picker` is the decode loop's sampling step (a mixin of `DecodeLoop`): it keeps what the row's
log-probability needs (`_raw`), lets the constraints mask the logits, then applies the sampling
processors with transformers' meaning and order and draws from each row's own random stream.
"""

from __future__ import annotations

from typing import Any

from ..sampling import SamplingConfig
from .batch import Batch


class Picker:
    """The sampling step; `DecodeLoop` provides the attributes annotated here and the hooks
    `_constrain` (steering.py) and `_break_lines` (rows.py)."""

    sampling: SamplingConfig
    eos_ids: set[int]
    newline_id: int | None
    sentence_ids: list[int]

    def _sample(self, logits: Any, batch: Batch) -> list[int]:
        """Next token per row: the decoding constraints (`Constraints._constrain`), repetition
        penalty, then greedy, or temperature + nucleus sampling; then line breaks (`RowStops`).

        Same processors, order and meaning as `generate(do_sample=True, temperature, top_k, top_p,
        repetition_penalty)`: penalty, temperature, top-k, then top-p over the renormalised top-k.
        """
        import torch

        s = self.sampling
        # For each row's log-probability of its token: the log-normaliser, `logits` itself, and a
        # copy of the only columns changed in place below (EOS and the line break, then the
        # sentence ends that length pressure raises), not of the whole vocabulary (a full copy
        # cost ~20 ms a step at 128 rows)
        ends = sorted(self.eos_ids | ({self.newline_id} if self.newline_id is not None else set()))
        cols = ends + [t for t in self.sentence_ids if t not in ends]
        self._raw = (logits, log_normaliser(logits), cols, logits[:, cols].float(), len(ends))
        self._constrain(logits, batch)
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
        return self._break_lines(batch, nucleus_pick(probs, idx, s.top_p, u).tolist())


def log_normaliser(logits: Any) -> Any:
    """logsumexp over the vocabulary per row, in float32. Through a float32 copy of `logits`:
    ~4 ms at 128 rows x 49k, against ~18 ms for bf16 exps summed in float32 without the copy
    (bf16 element-wise ops are slow on CPU); ~4 s of the demo campaign."""
    import torch

    return torch.logsumexp(logits.float(), dim=-1)


def nucleus_pick(vals: Any, idx: Any, top_p: float, u: Any) -> Any:
    """Inverse-CDF draw from the nucleus of probabilities `vals` (sorted, descending) at `idx`.

    A token stays in the nucleus while the mass before it is < top_p (transformers' TopP rule).
    """
    import torch

    before = vals.cumsum(-1) - vals
    kept = torch.where(before < top_p, vals, torch.zeros_like(vals))
    cdf = kept.cumsum(-1)
    j = torch.searchsorted(cdf, (u * cdf[:, -1])[:, None], right=True).clamp(max=vals.shape[-1] - 1)
    return idx.gather(1, j).flatten()

