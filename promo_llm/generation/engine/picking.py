"""Picking each row's next token: repetition and sibling penalties, temperature, top-k, nucleus,
or greedy.

`Picker` is the decode loop's sampling step (a mixin of `DecodeLoop`): it keeps what the row's
log-probability needs (`_raw`), lets the constraints mask the logits, then applies the sampling
processors with transformers' meaning and order and draws from each row's own random stream.
`Siblings` keeps what each brief's candidates wrote, for `SamplingConfig.sibling_penalty`;
`lockstep_pick` draws a brief's rows in sibling order, for `SamplingConfig.dedupe_siblings`.
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
    siblings: "Siblings | None"
    n: int

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
        if self.siblings is not None or batch.seen is not None:
            # one copy for both penalties (`_raw` keeps the constrained logits, unpenalised)
            logits = logits.clone()
        if self.siblings is not None:
            self.siblings.penalise(logits, batch, s.sibling_penalty)
        if batch.seen is not None:
            seen = logits.gather(1, batch.seen)
            seen = torch.where(seen < 0, seen * s.repetition_penalty, seen / s.repetition_penalty)
            logits.scatter_(1, batch.seen, seen)
        if not s.do_sample:
            return self._written(batch, self._break_lines(batch, logits.argmax(-1).tolist()))
        if 0 < s.top_k < logits.shape[-1]:
            vals, idx = logits.topk(s.top_k, dim=-1)
        else:
            vals, idx = logits.sort(dim=-1, descending=True)
        probs = torch.softmax(vals / s.temperature, dim=-1)
        u = torch.tensor([0.0 if r.finished else r.rng.random() for r in batch.rows],
                         device=probs.device)
        if s.dedupe_siblings and self.n > 1:
            picks = lockstep_pick(probs, idx, s.top_p, u, batch, s.dedupe_after)
        else:
            picks = nucleus_pick(probs, idx, s.top_p, u)
        return self._written(batch, self._break_lines(batch, picks.tolist()))

    def _written(self, batch: Batch, tokens: list[int]) -> list[int]:
        """`tokens`, the rows' picks, noted for their siblings (`Siblings.note`)."""
        if self.siblings is not None:
            self.siblings.note(batch, tokens, self.eos_ids)
        return tokens


class Siblings:
    """What each entry's (a brief's round of N candidates) rows have written, for
    `SamplingConfig.sibling_penalty`: `written[e, k, t]` is token t of candidate k of entry e, or
    `fill[e]`, the entry's prompt's first id (the chat template's opener, which copy never
    writes), where there is none; that id is never penalised. With `bigrams`, a sibling's token
    counts only where the row's previous token is the one the sibling wrote before it (the copy's
    first token follows `START`, a row's or a sibling's); with `keep_prompt`, what the entry's
    prompt holds (its tokens; with `bigrams`, its token pairs) is exempt: the record's names,
    figures and offer, which every candidate is meant to write. Rows of an entry are prefilled
    together and step together, so what a row sees of its siblings depends on its own brief
    only, never on the rest of the batch."""

    START = -1
    """The token before a copy's first (no token id)."""
    SHIFT = 2 ** 32
    """A token pair (a, b) is coded as a * SHIFT + b (ids are below 2**31)."""
    PAD = 2 ** 62
    """Pads `kept` rows: past every code, so each row stays sorted."""

    def __init__(self, n: int, length: int, device: Any, bigrams: bool = False,
                 keep_prompt: bool = False):
        import torch

        self.n, self.length, self.device = n, length, device
        self.bigrams, self.keep_prompt = bigrams, keep_prompt
        self.written = torch.zeros(0, n, length, dtype=torch.long, device=device)
        self.fill = torch.zeros(0, dtype=torch.long, device=device)
        self.kept = torch.full((0, 1), self.PAD, dtype=torch.long, device=device)
        """Per entry, the sorted codes its prompt holds (tokens, or token pairs with `bigrams`)."""
        # others[k]: the candidate indices of k's siblings
        self.others = torch.tensor([[i for i in range(n) if i != k] for k in range(n)],
                                   dtype=torch.long, device=device).reshape(n, n - 1)
        self._memo: tuple | None = None
        self.width = 1
        """Columns of `written` any row has reached (the rest hold only prompts' first ids)."""

    def _codes(self, ids: list[int]) -> list[int]:
        """The sorted codes prompt `ids` holds: its tokens, or its adjacent token pairs."""
        if self.bigrams:
            return sorted({a * self.SHIFT + b for a, b in zip(ids, ids[1:])})
        return sorted(set(ids))

    def begin(self, entries: list[int], prompts: list[list[int]]) -> None:
        """Entries `entries` (their prompts' ids) join: nothing written yet."""
        import torch

        need = max(entries) + 1
        if need > len(self.written):  # grow (retry rounds add entries as they are queued)
            grow = max(need, 2 * len(self.written)) - len(self.written)
            self.written = torch.cat([self.written, self.written.new_zeros(grow, self.n, self.length)])
            self.fill = torch.cat([self.fill, self.fill.new_zeros(grow)])
            self.kept = torch.cat([self.kept, self.kept.new_full((grow, self.kept.shape[1]), self.PAD)])
        for e, ids in zip(entries, prompts):
            self.written[e] = self.fill[e] = ids[0]
        if not self.keep_prompt:
            return
        codes = [self._codes(ids) for ids in prompts]
        width = max(map(len, codes))
        if width > self.kept.shape[1]:
            more = self.kept.new_full((len(self.kept), width - self.kept.shape[1]), self.PAD)
            self.kept = torch.cat([self.kept, more], 1)
        for e, c in zip(entries, codes):
            self.kept[e] = self.PAD
            self.kept[e, :len(c)] = torch.tensor(c, dtype=torch.long, device=self.device)

    def _rows(self, batch: Batch) -> tuple:
        """(entry, candidate index) tensors of the batch's rows, built once per composition."""
        import torch

        key = tuple((r.entry, max(r.k, 0)) for r in batch.rows)
        if self._memo is None or self._memo[0] != key:
            ent = torch.tensor([e for e, _ in key], dtype=torch.long, device=self.device)
            ks = torch.tensor([k for _, k in key], dtype=torch.long, device=self.device)
            self._memo = (key, ent, ks)
        return self._memo[1], self._memo[2]

    def penalise(self, logits: Any, batch: Batch, penalty: float) -> None:
        """Every token a row's siblings wrote (with `bigrams`: after the row's previous token),
        and its prompt does not hold (with `keep_prompt`), penalised like a repetition (divided
        by `penalty` where positive, multiplied where negative), in place: one gather and one
        scatter over the batch, [rows, (N - 1) x columns written so far] ids."""
        import torch

        ent, ks = self._rows(batch)
        sib = self.written[ent[:, None], self.others[ks], :self.width]  # [rows, N - 1, width]
        fill = self.fill[ent][:, None]
        ids = sib.flatten(1)
        free = ids == fill
        if self.bigrams:
            prev = torch.tensor([r.tokens[-1] if r.tokens else self.START for r in batch.rows],
                                dtype=torch.long, device=self.device)
            before = torch.cat([sib.new_full(sib.shape[:2] + (1,), self.START), sib[..., :-1]], -1)
            free |= (before.flatten(1) != prev[:, None])
        if self.keep_prompt:
            codes = prev[:, None] * self.SHIFT + ids if self.bigrams else ids
            kept = self.kept[ent]
            at = torch.searchsorted(kept, codes).clamp(max=kept.shape[1] - 1)
            free |= kept.gather(1, at) == codes
        vals = logits.gather(1, ids)
        hit = torch.where(vals < 0, vals * penalty, vals / penalty)
        logits.scatter_(1, ids, torch.where(free, vals, hit))

    def note(self, batch: Batch, tokens: list[int], eos: set[int]) -> None:
        """Write the live rows' picks (an end of copy is no word a sibling should avoid)."""
        import torch

        at = [(j, len(r.tokens)) for j, r in enumerate(batch.rows)
              if not r.finished and tokens[j] not in eos and len(r.tokens) < self.length]
        if not at:
            return
        ent, ks = self._rows(batch)
        rows = torch.tensor([j for j, _ in at], dtype=torch.long, device=self.device)
        pos = torch.tensor([t for _, t in at], dtype=torch.long, device=self.device)
        picked = torch.tensor([tokens[j] for j, _ in at], dtype=torch.long, device=self.device)
        self.written[ent[rows], ks[rows], pos] = picked
        self.width = max(self.width, 1 + max(t for _, t in at))


def log_normaliser(logits: Any) -> Any:
    """logsumexp over the vocabulary per row, in float32. Through a float32 copy of `logits`:
    ~4 ms at 128 rows x 49k, against ~18 ms for bf16 exps summed in float32 without the copy
    (bf16 element-wise ops are slow on CPU); ~4 s of the demo campaign."""
    import torch

    return torch.logsumexp(logits.float(), dim=-1)


def nucleus(vals: Any, top_p: float) -> Any:
    """The probabilities `vals` (sorted, descending) with those outside the nucleus zeroed: a
    token stays in it while the mass before it is < top_p (transformers' TopP rule)."""
    import torch

    before = vals.cumsum(-1) - vals
    return torch.where(before < top_p, vals, torch.zeros_like(vals))


def draw(kept: Any, idx: Any, u: Any) -> Any:
    """Inverse-CDF draw (uniforms `u`) from the unnormalised probabilities `kept` at `idx`."""
    import torch

    cdf = kept.cumsum(-1)
    j = torch.searchsorted(cdf, (u * cdf[:, -1])[:, None], right=True).clamp(max=kept.shape[-1] - 1)
    return idx.gather(1, j).flatten()


def nucleus_pick(vals: Any, idx: Any, top_p: float, u: Any) -> Any:
    """Inverse-CDF draw from the nucleus of probabilities `vals` (sorted, descending) at `idx`."""
    return draw(nucleus(vals, top_p), idx, u)


def lockstep_duplicates(batch: Batch, after: int = 0) -> list[list[tuple[int, list[int]]]]:
    """Per sibling index k >= 1, the live rows of index k whose whole generated prefix, at least
    `after` tokens long, equals an earlier live sibling's (same entry, lower index), each with the
    batch rows of those siblings: [(row, [earlier rows])]. Rows of an entry step together, so
    equal prefixes are equal token lists of equal length."""
    groups: dict[int, list[int]] = {}
    for j, r in enumerate(batch.rows):
        if not r.finished and r.k >= 0 and len(r.tokens) >= after:
            groups.setdefault(r.entry, []).append(j)
    levels: dict[int, list[tuple[int, list[int]]]] = {}
    rows = batch.rows
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda j: rows[j].k)
        for a, j in enumerate(members[1:], 1):
            same = [i for i in members[:a] if rows[i].tokens == rows[j].tokens]
            if same:
                levels.setdefault(rows[j].k, []).append((j, same))
    return [levels[k] for k in sorted(levels)]


def lockstep_pick(vals: Any, idx: Any, top_p: float, u: Any, batch: Batch, after: int = 0) -> Any:
    """`nucleus_pick`, with each entry's rows drawn in sibling order (`SamplingConfig.dedupe_siblings`):
    a row that has written exactly what an earlier sibling wrote so far, at least `after` tokens
    (`SamplingConfig.dedupe_after`), may not pick the token
    that sibling just picked, unless no other token is in its nucleus (the token then holds at
    least `top_p` of the mass: the model has no real alternative). The row then draws, with its
    own uniform, from its nucleus without those tokens (its distribution conditioned on not
    repeating them). Rows that differ from every earlier sibling keep their pick. One loop over
    the sibling index (at most N - 1 rounds of tensor ops on the step's probabilities)."""
    import torch

    kept = nucleus(vals, top_p)
    picks = draw(kept, idx, u)
    for level in lockstep_duplicates(batch, after):
        rows = torch.tensor([j for j, _ in level], dtype=torch.long, device=picks.device)
        width = max(len(same) for _, same in level)
        src = torch.tensor([same + same[:1] * (width - len(same)) for _, same in level],
                           dtype=torch.long, device=picks.device)
        taken = picks[src]  # [rows, width]: the tokens the duplicated siblings just picked
        mine = kept[rows]
        hit = (idx[rows][:, :, None] == taken[:, None, :]).any(-1)
        rest = torch.where(hit, torch.zeros_like(mine), mine)
        alone = rest.sum(-1) <= 0  # no other token in the nucleus: keep the pick
        redrawn = draw(rest, idx[rows], u[rows])
        picks[rows] = torch.where(alone, picks[rows], redrawn)
    return picks
