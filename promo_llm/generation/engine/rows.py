"""Row stopping: how each chosen token updates its row, and when and where a row ends.

`RowStops` (a mixin of `DecodeLoop`) breaks lines at clause ends (`_break_lines`), appends each
row's token and its log-probability, tracks the number and word being written and the current
line, and ends a row at EOS, a complete copy, an overflow or its budget, rewinding an over-long
row to its last plausible end (`SamplingConfig.rewind`; as soon as it is past its channel's
limit, `past_limit`). It also notes the money amounts a row has written on its line (`Row.paid`)
and whether its line may end where it is (`Row.open_end`, from `Prompt.may_end`)."""

from __future__ import annotations

import math
from typing import Any

from ..constraints import LAST_WORD, DigitTokens, NumberSet
from ..shaping import CLAUSE_END, MIN_LINE, SENTENCE_END, lines_written
from .batch import Batch, Row


FALLBACK_END = math.log(0.001)
"""A row past its limit with no end at `rewind`'s floor behind it is cut back to its last end the
guardrails would take where the model gave ending at least this (the last, not the most
plausible: that was mostly "Welcome back", 12 characters and nothing of the product)."""


class RowStops:
    """Per-row bookkeeping after each pick; `DecodeLoop` provides the attributes annotated here."""

    device: Any
    eos_ids: set[int]
    eos_token: int | None
    newline_id: int | None
    starts_word: Any
    is_newline: Any
    decode: Any
    done: list[Any]
    watch: list[bool]
    overflow: list[Any] | None
    min_lines: list[int]
    numbers: list[NumberSet | None]
    digits: DigitTokens | None
    names: list[Any] | None
    _rewind_floor: float | None
    _raw: tuple
    _forced: set[int]
    may_end: list[Any] | None = None
    """Per prompt, `(line) -> bool` or None: whether its copy may end after its last line so far
    (`Prompt.may_end`, the guardrails' reading of a cut-off line); set by the backend."""
    past_limit: list[Any] | None = None
    """Per prompt, `(text) -> bool`: the kept copy is past its channel's hard limit (no margin).
    A row there with a plausible end behind it is rewound to that end at once; set by the
    backend (None: rows are cut back only at `overflow`)."""

    def _break_lines(self, batch: Batch, tokens: list[int]) -> list[int]:
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

    def _accept(self, batch: Batch, tokens: list[int]) -> None:
        import torch

        batch.last = torch.tensor(tokens, dtype=torch.long, device=self.device)
        if batch.seen is not None:
            batch.seen = torch.cat([batch.seen, batch.last[:, None]], 1)
        ref, lse, cols, saved, _ = self._raw
        chosen = ref.gather(1, batch.last[:, None])[:, 0].float()
        for c, col in enumerate(cols):
            chosen = torch.where(batch.last == col, saved[:, c], chosen)
        lps = (chosen - lse).tolist()
        ends = self._end_logprobs(batch)
        for j, (r, t) in enumerate(zip(batch.rows, tokens)):
            if r.finished:
                continue
            if ends is not None and ends[j] >= FALLBACK_END and self._may_end(r):
                here = (len(r.tokens), r.lp_sum + ends[j], r.lp_n + 1)
                if ends[j] >= self._rewind_floor:
                    r.end_at = here
                r.best_end = here
            if j not in self._forced:
                r.lp_sum += lps[j]
                r.lp_n += 1
            if t in self.eos_ids:
                r.finished = "stop"
                continue
            r.tokens.append(t)
            if self.digits is not None:
                self._advance_number(r, t)
            check = self.is_newline(t) or self.watch[r.prompt]
            spell = self.names is not None and self.names[r.prompt] is not None
            text = self.decode(r.tokens) if check or r.hold or r.soft_stop or self.overflow or spell else ""
            if spell:
                m = LAST_WORD.search(text)
                r.word = m.group(0) if m else ""
            if (r.end_at or r.best_end) and self.past_limit is not None and self.past_limit[r.prompt](text):
                self._rewind(r)  # over the limit for good: end at the last plausible end now
                continue
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
                    gate = self.may_end[r.prompt] if self.may_end is not None else None
                    r.open_end = gate is not None and not gate(line)
            if len(r.tokens) >= r.budget:
                r.finished = "length"
                self._rewind(r)

    def _end_logprobs(self, batch: Batch) -> list[float] | None:
        """Per row, the model's log-probability (temperature 1, before any processor) of ending
        its line after the tokens it has: EOS or the line break; None when `rewind` is off or no
        row could end its line."""
        import torch

        if self._rewind_floor is None or not any(r.soft_stop and not r.finished for r in batch.rows):
            return None
        _, lse, _, saved, n_end = self._raw
        return (torch.logsumexp(saved[:, :n_end], dim=-1) - lse).tolist()

    def _may_end(self, r: Row) -> bool:
        """The row's copy could end here: it is on the last line it needs, the line is within its
        limit and not too short, and it is not inside a number."""
        if (not r.soft_stop or r.hold or r.line_start or r.open_end
                or not MIN_LINE <= r.line_len <= r.soft_stop):
            return False
        allowed = self.numbers[r.prompt] if self.numbers is not None else None
        return not r.num or (allowed is not None and allowed.complete(r.num))

    def _advance_number(self, r: Row, t: int) -> None:
        """The number `r` is writing after token `t`; a money amount it finishes is noted in
        `r.paid` (per line: a line break clears it), and between numbers, whether the next one
        begins right after the prompt's currency sign."""
        was, signed = r.num, r.signed
        r.num = self.digits.advance(r.num, t)
        if was and (not r.num or self.digits.pure.get(t, (False,))[0]) and signed:
            try:
                r.paid = (*r.paid, float(was.rstrip(".")))
            except ValueError:
                pass
        if self.is_newline(t):
            r.paid = ()
        if not r.num:  # between numbers: does the next one begin after the currency sign?
            rule = self.numbers[r.prompt].currency if self.numbers[r.prompt] is not None else None
            r.signed = rule is not None and t in rule.signs

    def _rewind(self, r: Row) -> None:
        """`SamplingConfig.rewind`: a row that ran past its limit or budget ends at its last
        plausible end instead, where it has one."""
        at = r.end_at or r.best_end
        if at is None:
            return
        n, r.lp_sum, r.lp_n = at
        del r.tokens[n:]
        r.finished = "rewound"

