"""Constraint application: the decoding controls of `SamplingConfig` as masks on each step's logits.

`Constraints` (a mixin of `DecodeLoop`) applies, in this order: the channel shape (`hold_eos`: a
row may not end before its channel's lines are written), `length_pressure`, `ground_numbers`
(with an amount once per line), `ground_attributes` / `no_hashtags` (avoided tokens),
`ground_names`, and the line-end gate (`Prompt.may_end`: no end where the guardrails' `truncated`
rule would block it). The token sets they use are
built once per tokenizer (`constraints.py`, `vocab.py`); the row state they read (the number or
word being written, the line length) is kept by `RowStops` (rows.py).
"""

from __future__ import annotations

import math
from typing import Any

from ..constraints import NAME_MISS, DigitTokens, NumberSet, SpellingTokens
from ..sampling import SamplingConfig
from .batch import Batch

PRESS_FLOOR = 0.01
"""`length_pressure` only raises a line end the model gives at least this probability."""


class Constraints:
    """Logit masks per row; `DecodeLoop` provides the attributes annotated here (set per run)."""

    sampling: SamplingConfig
    eos_ids: set[int]
    eos_token: int | None
    newline_id: int | None
    sentence_ids: list[int] = []
    """Tokens that end a sentence ('.', '!', '?'): pressed on a row's last line with its end
    (set by the backend; empty: only the line end is pressed)."""
    numbers: list[NumberSet | None]
    digits: DigitTokens | None
    avoid: list[list[int] | None] | None
    names: list[Any] | None
    spelling: SpellingTokens | None
    _raw: tuple

    def _constrain(self, logits: Any, batch: Batch) -> None:
        """Every decoding control that applies, in place on `logits` (before the penalty)."""
        held = [j for j, r in enumerate(batch.rows) if r.hold and not r.finished]
        if held:
            self._hold_eos(logits, batch, held)
        if self.sampling.length_pressure:
            self._press_line_end(logits, batch)
        if self.digits is not None:
            self._ground_numbers(logits, batch)
        if self.avoid is not None:
            self._avoid_words(logits, batch)
        if self.names is not None:
            self._spell_names(logits, batch)
        self._gate_line_end(logits, batch)

    def _gate_line_end(self, logits: Any, batch: Batch) -> None:
        """`Prompt.may_end`: a row whose last line may not end where it is ("Lunch Bag Red:",
        "Welcome back,", "... is") does not end there: EOS and the line break are masked, so the
        row writes on (or, past its limit, is rewound to an end that was allowed)."""
        import torch

        rows = [j for j, r in enumerate(batch.rows) if r.open_end and not r.finished and not r.hold]
        ends = sorted(self.eos_ids | ({self.newline_id} if self.newline_id is not None else set()))
        if rows and ends:
            r_ = torch.tensor(rows, device=logits.device)
            logits[r_[:, None], torch.tensor(ends, device=logits.device)[None, :]] = float("-inf")

    def _hold_eos(self, logits: Any, batch: Batch, held: list[int]) -> None:
        """`SamplingConfig.hold_eos`: the `held` rows (their channel's lines not yet written) may
        not end."""
        import torch

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

    def _ground_numbers(self, logits: Any, batch: Batch) -> None:
        """`SamplingConfig.ground_numbers`: move foreign currency signs' probability to the
        prompt's own sign, mask digits that leave the row's allowed numbers (after the sign: its
        money amounts; without it: no amount the prompt writes only as money), and make a number
        that is not complete go on. A money amount the row has already written after the sign
        on its line is not offered again (`Row.paid`), and once every one is written the sign
        itself is masked: the guardrails' `repetition` rule blocks an amount written twice on a
        line ("£1.65 instead of the usual £1.65", where the record has no earlier price)."""
        import torch

        dt = self.digits
        self._move_signs(logits, batch)
        ban_r, ban_c, force = [], [], []
        for j, r in enumerate(batch.rows):
            nums = None if r.finished else self.numbers[r.prompt]
            if nums is None:
                continue
            allowed = nums.for_row(r.signed)
            if r.paid and r.signed:  # an amount written after the sign on this line is not offered again
                allowed = allowed.without(r.paid)
            ban, keep = allowed.rule(r.num, dt)
            if r.paid and not r.num and nums.currency is not None and not nums.for_row(True).without(r.paid).whole:
                ban = ban + sorted(nums.currency.signs)  # no amount left to write after the sign
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

    def _move_signs(self, logits: Any, batch: Batch) -> None:
        """Each foreign currency sign token's probability is added to its twin with the prompt's
        sign (`CurrencyRule.moves`; the foreign token is then masked with the avoided ones), for
        rows not inside a number. The index tensors are built once per batch composition."""
        import torch

        key = tuple((r.prompt, r.entry, r.k) for r in batch.rows)
        memo = getattr(batch, "sign_idx", None)
        if memo is None or memo[0] != key:
            rows, src, pair, pairs = [], [], [], {}
            for j, r in enumerate(batch.rows):
                allowed = self.numbers[r.prompt]
                rule = allowed.currency if allowed is not None and not r.finished else None
                for a, b in zip(*(rule.moves if rule is not None else ((), ()))):
                    rows.append(j)
                    src.append(a)
                    pair.append(pairs.setdefault((j, b), len(pairs)))
            dev = logits.device
            idx = None
            if rows:
                pr, pd = zip(*pairs)
                idx = tuple(torch.tensor(x, dtype=torch.long, device=dev) for x in (rows, src, pair, pr, pd))
            batch.sign_idx = memo = (key, idx)
        if memo[1] is None:
            return
        rows, src, pair, pr, pd = memo[1]
        live = torch.tensor([not r.num and not r.finished for r in batch.rows], device=logits.device)
        lse = self._raw[1]  # probabilities against the raw normaliser: none is above 1
        moved = torch.zeros(len(pr), device=logits.device).index_add_(
            0, pair, torch.exp(logits[rows, src].float() - lse[rows]) * live[rows])
        own = torch.exp(logits[pr, pd].float() - lse[pr]) + moved
        logits[pr, pd] = (torch.log(own) + lse[pr]).to(logits.dtype)

    def _avoid_words(self, logits: Any, batch: Batch) -> None:
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

    def _spell_names(self, logits: Any, batch: Batch) -> None:
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

    def _press_line_end(self, logits: Any, batch: Batch) -> None:
        """`SamplingConfig.length_pressure`: raise the tokens that end the line of rows near
        their limit (on the last line, the sentence ends too: a sentence ended past half of the
        limit ends the copy), each only where the model gives it at least `PRESS_FLOOR`. How near
        is the larger of the line's share of its character limit and, for a one-line copy, the
        share of its token budget spent: a subject of short tokens ("£2.95", "T-Light") is pressed
        before its budget cuts it mid-clause. A line end the guardrails would call cut off is
        masked after this (`_gate_line_end`), and no sentence end is pressed there."""
        import torch

        rows, cols, bonus = [], [], []
        for j, r in enumerate(batch.rows):
            if r.finished or r.line_start:
                continue
            if r.hold:
                limit, ends = r.title_max, [self.newline_id]
            else:  # the last line ends with EOS, or with a line break (the copy is then complete),
                # or with a sentence end, where the copy then ends (`RowStops._break_lines`)
                limit, ends = r.soft_stop, [self.eos_token, self.newline_id]
                if not r.clause_end and not r.num and not r.open_end:
                    ends += self.sentence_ids  # (not '..', '£1.' inside a number, nor 'the.', ',.')
            ends = [e for e in ends if e is not None]
            if not limit or not ends:
                continue
            used = r.line_len / limit
            if not r.hold and not r.title_max and r.budget:  # a one-line copy: its token budget too
                used = max(used, len(r.tokens) / r.budget)
            if used <= 0.6:
                continue
            over = min((used - 0.6) / 0.4, 1.5)
            for end in ends:
                rows.append(j)
                cols.append(end)
                bonus.append(self.sampling.length_pressure * over ** 2)
        if rows:
            r_, c_ = torch.tensor(rows, device=logits.device), torch.tensor(cols, device=logits.device)
            # only where the model itself gives ending some chance: a line is not cut after "has
            # been" because it is long
            plausible = logits[r_, c_].float() - self._raw[1][r_] >= math.log(PRESS_FLOOR)
            add = torch.tensor(bonus, dtype=torch.float32, device=logits.device) * plausible
            logits[r_, c_] = (logits[r_, c_].float() + add).to(logits.dtype)

