"""Tokenizer facts the HF engine needs, computed once per tokenizer: which tokens end a row, break
a line, start a word, write an avoided word, a '#', a digit, a currency sign, or a look-alike of a
name.

`TokenFacts` is a mixin for a backend that has `tokenizer` and `model` attributes (the HF backend);
its lookups feed the decode loop's constraints (`steering.py`, `rows.py`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Sequence

from ...channels import ChannelSpec
from ...records import Prompt
from ..constraints import CurrencyRule, DigitTokens, SpellingTokens, is_sign, money_split
from ..sampling import SamplingConfig
from ..shaping import SENTENCE_END


class TokenFacts:
    """Lookups over `self.tokenizer`'s vocabulary, memoised on the instance (`_init_token_facts`)."""

    tokenizer: Any
    model: Any

    def _init_token_facts(self) -> None:
        self._newline: dict[int, bool] = {}
        self._word: dict[int, bool] = {}
        self._digits: DigitTokens | None = None
        self._spelling: SpellingTokens | None = None
        self._words: dict[str, list[int]] = {}
        self._hashes: list[int] | None = None
        self._capwords: dict[str, list[tuple[str, int]]] | None = None
        self._currency: dict[str, list[int]] | None = None
        self._twins: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}


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
        (`ground_attributes`), currency signs its text does not use (`ground_numbers`), '#' outside
        social posts (`no_hashtags`) and proper nouns that begin like its names (`ground_names`);
        None where there are none."""
        ids: set[int] = set()
        if sampling.ground_attributes and p.avoid_words:
            ids.update(self._word_tokens(p.avoid_words))
        if sampling.ground_numbers:
            ids.update(self._foreign_currency_tokens(p.text))
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

    def _foreign_currency_tokens(self, text: str) -> list[int]:
        """Token ids whose text holds a currency sign (Unicode category Sc) that `text` (the
        prompt) does not use. Candidates come from the raw vocabulary (a sign in its raw spelling,
        or in its bytes where the vocabulary is byte-level: '€' is three bytes, none of them a
        sign as a byte-level vocabulary spells it) and are confirmed by decoding them, once per
        tokenizer: a byte-level vocabulary spells a lone byte of another character ('ã' ends in
        the byte of '£') the same way, and that token must stay free. A sign a tokenizer only
        writes as two byte tokens is not masked."""
        if self._currency is None:
            self._currency = {}
            for raw, i in self.tokenizer.get_vocab().items():
                if any(is_sign(ch) for ch in raw) or any(is_sign(ch) for ch in byte_level_text(raw)):
                    for ch in set(self.tokenizer.decode([i])):
                        if unicodedata.category(ch) == "Sc":
                            self._currency.setdefault(ch, []).append(i)
        used = {ch for ch in text if unicodedata.category(ch) == "Sc"}
        return sorted({i for sign, ids in self._currency.items() if sign not in used for i in ids})

    def _currency_rule(self, text: str) -> CurrencyRule:
        """The currency rule of a prompt whose text is `text` (see `CurrencyRule`): its money and
        plain figures, the tokens that end with its sign, and, where it uses exactly one sign,
        each foreign sign token with its twin (the same text with the prompt's sign, where that is
        one token: ' $' -> ' £', '$' -> '£'; '$$' has none and is only masked)."""
        money, plain = money_split(text)
        self._foreign_currency_tokens(text)  # fills self._currency
        used = {ch for ch in text if is_sign(ch)}
        signs = frozenset(i for sign in used for i in self._currency.get(sign, ())
                          if self._decoded(i).rstrip().endswith(sign))
        moves: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        if len(used) == 1:
            moves = self._sign_twins(next(iter(used)))
        return CurrencyRule(frozenset(money), frozenset(plain), signs, moves)

    def _sign_twins(self, own: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(foreign sign tokens, their twins written with `own`), memoised per sign."""
        got = self._twins.get(own)
        if got is None:
            src, dst = [], []
            for sign, ids in self._currency.items():
                if sign == own:
                    continue
                for i in ids:
                    text = self._decoded(i)
                    twin = "".join(own if is_sign(ch) else ch for ch in text)
                    t = self.tokenizer(twin, add_special_tokens=False)["input_ids"]
                    if len(t) == 1 and self._decoded(t[0]) == twin:
                        src.append(i)
                        dst.append(t[0])
            got = self._twins[own] = (tuple(src), tuple(dst))
        return got

    def _decoded(self, token: int) -> str:
        return self.tokenizer.decode([token])

    def _sentence_tokens(self) -> list[int]:
        """Token ids that are one sentence end ('.', '!', '?', '。', '！', '？'), as the
        tokenizer writes each alone."""
        ids = set()
        for mark in SENTENCE_END:
            t = self.tokenizer(mark, add_special_tokens=False)["input_ids"]
            if len(t) == 1 and self.tokenizer.decode(t) == mark:
                ids.add(t[0])
        return sorted(ids)

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

    def _digit_tokens(self) -> DigitTokens:
        """Tokens whose text holds a digit, found once from the raw vocabulary (no decoding)."""
        if self._digits is None:
            self._digits = DigitTokens.from_vocab(self.tokenizer.get_vocab())
        return self._digits

    def _spelling_tokens(self) -> "SpellingTokens":
        """Tokens that continue a word (no leading space marker) and begin with a Latin letter,
        found once from the raw vocabulary."""
        if self._spelling is None:
            self._spelling = SpellingTokens(self.tokenizer.get_vocab())
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


def _byte_chars() -> dict[str, int]:
    """The byte-level BPE alphabet (GPT-2's): the printable character each byte is spelt as."""
    keep = list(range(ord("!"), ord("~") + 1)) + list(range(0xA1, 0xAD)) + list(range(0xAE, 0x100))
    spelt = keep[:]
    n = 0
    for b in range(256):
        if b not in keep:
            keep.append(b)
            spelt.append(256 + n)
            n += 1
    return {chr(c): b for b, c in zip(keep, spelt)}


_BYTES = _byte_chars()


def byte_level_text(raw: str) -> str:
    """The text a byte-level vocabulary entry stands for ('Ġâ¤¬' -> ' €'); '' where `raw` is not
    spelt in the byte-level alphabet. Partial characters are dropped."""
    if not all(ch in _BYTES for ch in raw):
        return ""
    return bytes(_BYTES[ch] for ch in raw).decode("utf-8", errors="ignore")

