"""Sampling settings and seeds: what a decode step may pick, and each row's random stream.

`SamplingConfig` holds the sampling processors (transformers' meaning and order) and the decoding
controls the HF engine applies on top of them (channel shape, grounded numbers and names, avoided
words, rewinding, length pressure). `row_seed` and `retry_seed` derive a row's and a retry round's
seed from the run seed, so a brief's candidates never depend on the rest of the batch or shard.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass


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
    sibling_penalty: float = 1.0
    """A repetition penalty across a brief's N candidates: what another candidate of the same
    brief (and round) has already written is penalised like a repetition (logit divided by this
    where positive, multiplied where negative), on top of `repetition_penalty`. Candidates of one
    brief start from the same logits and, at a low temperature, tend to write the same sentence
    N times; with it they spread over other wordings. What counts is set by `sibling_bigrams`
    and `sibling_keep_prompt`. Candidates of a brief step together, so a row's output still
    depends only on its brief and seed. 1 = off (HF engine only)."""
    sibling_bigrams: bool = True
    """With the sibling penalty, a token counts only as the second half of a bigram a sibling
    wrote: the token a sibling wrote right after the row's previous token (at the copy's start,
    a sibling's first token). Single words the candidates share are left alone; the wording they
    would share (distinct-2 counts bigrams) is not. Off: every token a sibling wrote counts."""
    sibling_keep_prompt: bool = True
    """With the sibling penalty, what the brief's prompt holds is exempt (its tokens; with
    `sibling_bigrams`, its adjacent token pairs): the record's names, figures and offer, which
    every candidate is meant to write (the repetition penalty still applies as without it)."""
    dedupe_siblings: bool = False
    """Lockstep duplicates pushed apart: within a step a brief's candidates are drawn in order
    (candidate k after candidates 0..k-1), and a candidate that has so far written exactly what
    an earlier one wrote may not pick the token that one just picked, unless nothing else is in
    its nucleus (that token holds at least `top_p` of the mass). It then draws from its nucleus
    without that token, so it parts from the copy at the first step where the model has a real
    alternative. Candidates that already differ are untouched. Separate from `sibling_penalty`
    (which never sees a duplicate: identical rows write each token at the same step). Sampling
    only (greedy rows are left as they are); HF engine only. A candidate still depends only on
    its brief and seed."""
    dedupe_after: int = 0
    """With `dedupe_siblings`, a duplicate is pushed apart only once it has written at least this
    many tokens exactly as an earlier candidate did (0: from the first token; campaigns use 4,
    `pipeline.campaign_sampling`). Below it the draw is
    the plain one, so a brief's candidates may share their opening (the product's name, a
    greeting), and the few that would go on to write the whole copy alike part mid-copy. Pushing
    rows apart from the first token forces N different first tokens, down the nucleus, and costs
    fluency (docs/generation.md, "Lockstep duplicates")."""
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
    digits with other characters keep those tokens out while a row is constrained. With it, a
    row also never writes a currency symbol (any Unicode currency sign, category Sc) that its
    prompt does not use: an adapter that saw mostly dollar copy otherwise writes '$1.65' for a
    product the prompt prices at '£1.65', which the guardrails block as an ungrounded price. The
    foreign sign's probability goes to the prompt's own sign (' $' -> ' £'), a number begun right
    after that sign is one of the prompt's money amounts, and an amount with pence the prompt
    writes only as money is never begun without it (`constraints.CurrencyRule`)."""
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
    EOS, the line break or a sentence end on the last line: a sentence ended past half of the
    limit ends the copy) once the line is past 60% of its character limit,
    growing with the square of the overshoot to this value at the limit and 2.25x it past it (a
    length penalty in characters, for lines with a hard limit), and only where the model gives
    the line end at least 1% (`PRESS_FLOOR`): the line ends where ending is already plausible,
    instead of running past its limit and being blocked, and is not cut after "has been". On the
    demo campaign's 233 briefs x 4 it raised the guardrail pass rate from 0.32 to 0.47. 0 = off."""


def row_seed(seed: int, brief_id: str, index: int) -> int:
    """The random stream of candidate `index` of brief `brief_id`: independent of batch and shard."""
    return int.from_bytes(hashlib.sha256(f"{seed}\0{brief_id}\0{index}".encode()).digest()[:8], "big")


def retry_seed(seed: int, round_: int) -> int:
    """The sampling seed of retry round `round_` (1, 2, ...) of a run seeded `seed`."""
    return int.from_bytes(hashlib.sha256(f"{seed}\0retry\0{round_}".encode()).digest()[:8], "big")

