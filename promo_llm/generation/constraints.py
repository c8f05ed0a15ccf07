"""Decoding constraints: the token sets that keep a row's numbers and names as the record has them.

`NumberSet` is the numbers a prompt allows and, per state of the number a row is writing, which
digit tokens to mask or force (`SamplingConfig.ground_numbers`); `CurrencyRule` adds the prompt's
currency sign: the amounts that may only follow it, and the foreign signs' tokens whose probability
goes to its own (`money_split` reads them off the prompt's text). `DigitTokens` classifies a
vocabulary's digit tokens. `SpellingTokens` holds the word-continuation tokens and which of them
keep a word on a name's spelling (`SamplingConfig.ground_names`). Built from the raw vocabulary,
once per tokenizer; applied to logits by the engine (`engine/steering.py`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable


class NumberSet:
    """The numbers a row may write: membership and prefix tests on digit strings. With a
    `currency` rule, a number begun right after the prompt's currency sign may only be one of its
    money amounts, and one begun without it none of the amounts the prompt writes only as money
    (`for_row`)."""

    def __init__(self, numbers: Iterable[str], currency: "CurrencyRule | None" = None):
        self.whole = set(numbers)
        self.prefixes = {n[:i] for n in self.whole for i in range(1, len(n) + 1)}
        self._rules: dict[str, tuple[list[int], list[int]]] = {}
        self.currency = currency
        self._signed = self._bare = self
        money = self.whole & currency.money if currency is not None and currency.signs else set()
        if money:  # (a sign the tokenizer writes only in byte pieces is never "just written")
            self._signed = NumberSet(money)
            self._bare = NumberSet(self.whole - {n for n in money - currency.plain if "." in n})

    def for_row(self, signed: bool) -> "NumberSet":
        """The numbers a row may begin or go on with: after the currency sign (`signed`), the
        prompt's money amounts; without it, all but the amounts with pence or cents that the
        prompt writes only as money (a bare '1.65' for a '£1.65' price is the guardrails'
        `grounding_price` block, and where the model wanted a foreign sign it is what masking
        that sign left; a whole '5' may stand alone, as in '5 pounds')."""
        return self._signed if signed else self._bare

    def without(self, paid: tuple) -> "NumberSet":
        """This set less the numbers whose value is in `paid` (amounts a row has already written
        after the currency sign on its line: the guardrails' `repetition` rule blocks the same
        amount twice on a line, "£1.65 instead of the usual £1.65"); memoised per `paid`."""
        memo = self.__dict__.setdefault("_without", {})
        got = memo.get(paid)
        if got is None:
            got = memo[paid] = NumberSet(n for n in self.whole if float(n.rstrip(".")) not in paid)
        return got

    def has_prefix(self, s: str) -> bool:
        return s in self.prefixes

    def complete(self, s: str) -> bool:
        """`s` is a whole allowed number, or one followed by a full stop ('20.' ending a sentence)."""
        return s in self.whole or (s.endswith(".") and s[:-1] in self.whole)

    def rule(self, num: str, dt: "DigitTokens") -> tuple[list[int], list[int]]:
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


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def is_sign(ch: str) -> bool:
    """A currency sign: Unicode category Sc ($, £, €, ¥, ...)."""
    return unicodedata.category(ch) == "Sc"


def number_forms(text: str) -> set[str]:
    """The digit strings a copy may write for the figure `text` ('1,200.50'): as written without
    commas, canonical ('1200.5') and with two decimals ('1200.50'), as `grounded_numbers` has them."""
    raw = text.replace(",", "")
    value = float(raw)
    canonical = f"{value:.6f}".rstrip("0").rstrip(".")
    return {raw, canonical, f"{value:.2f}"}


def money_split(text: str) -> tuple[set[str], set[str]]:
    """The figures of a prompt's `text` written right after a currency sign ('£1.65', '¥ 299'),
    and the other figures, each in all its `number_forms`."""
    money: set[str] = set()
    plain: set[str] = set()
    for m in _NUMBER.finditer(text):
        before = text[:m.start()].rstrip(" ")[-1:]
        (money if before and is_sign(before) else plain).update(number_forms(m.group(0)))
    return money, plain


@dataclass(frozen=True)
class CurrencyRule:
    """A prompt's currency sign as decoding sees it (`SamplingConfig.ground_numbers`)."""

    money: frozenset[str]
    """Figures the prompt writes after its currency sign (`money_split`)."""
    plain: frozenset[str]
    """Figures it writes without one: these may be written bare too."""
    signs: frozenset[int]
    """Token ids whose text ends with the prompt's sign: a number begun right after one is money."""
    moves: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
    """(foreign sign tokens, their twins with the prompt's sign): before the foreign ones are
    masked, each one's probability is added to its twin's (' $' to ' £'), so where the model
    would write a currency sign it writes the shop's."""


LAST_WORD = re.compile(r"[A-Za-z]+$")


NAME_MISS = 5
"""Letters a word must share with the start of a name before a difference is a misspelling."""


class SpellingTokens:
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
class DigitTokens:
    pure: dict[int, tuple[bool, str]]
    """Token id -> (starts a new word, its digits) for tokens that are only digits (after a
    leading space marker)."""
    mixed: list[int]
    """Tokens with digits and other characters: never written by a constrained row."""
    dot: int | None
    comma: int | None

    @classmethod
    def from_vocab(cls, vocab: dict[str, int]) -> "DigitTokens":
        """The digit tokens of a raw vocabulary (token text -> id), found without decoding."""
        pure: dict[int, tuple[bool, str]] = {}
        mixed: list[int] = []
        for raw, i in vocab.items():
            if not any("0" <= ch <= "9" for ch in raw):
                continue
            body = raw.lstrip("Ġ▁ ")
            if body.isdigit() and body.isascii():
                pure[i] = (len(body) < len(raw), body)  # (starts a new word, digits)
            else:
                mixed.append(i)
        return cls(pure, mixed, vocab.get("."), vocab.get(","))

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

