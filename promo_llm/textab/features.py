"""Hand-made text features of a headline or a line of copy, beside the n-gram TF-IDF of `model`.

Length, numbers, punctuation, questions, second and first person, demonstratives ("this", "these"),
negation, superlatives and intensifiers, video/watch words, capitalisation and vocabulary variety:
the surface cues that the headline-testing literature finds move click rates. Language-neutral
parts (length, digits, punctuation) also work on Chinese text; the word lists are English.
"""

from __future__ import annotations

import re

import numpy as np

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_SECOND = {"you", "your", "you're", "you'll", "you've", "yours", "yourself", "ya"}
_FIRST = {"i", "i'm", "i've", "i'd", "my", "me", "we", "our", "we're", "us"}
_DEMONSTRATIVE = {"this", "these", "that", "those", "here", "here's"}
_NEGATION = {"not", "no", "never", "don't", "can't", "won't", "isn't", "doesn't", "didn't", "nothing",
             "nope", "nobody", "aren't", "wasn't"}
_INTENSIFIER = {"best", "worst", "most", "amazing", "incredible", "awesome", "perfect", "greatest", "ever",
                "totally", "completely", "seriously", "really", "actually", "literally", "just", "so"}
_WATCH = {"watch", "video", "see", "listen", "song", "speech", "talk", "clip", "minutes"}
_QUESTION_START = {"why", "how", "what", "when", "who", "where", "which", "can", "do", "does", "is", "are"}

FEATURE_NAMES = (
    "chars", "words", "log_chars", "mean_word_len", "has_digit", "starts_with_digit", "numbers",
    "question_marks", "exclamations", "ends_question", "ends_period", "colons", "quotes",
    "sentences", "ellipses", "commas", "dashes", "second_person_share", "has_second_person",
    "first_person_share", "has_first_person", "demonstrative_share", "negation_share",
    "intensifier_share", "watch_share", "capitalised_share", "all_caps_share", "starts_with_watch",
    "starts_with_demonstrative", "starts_with_question_word", "distinct_word_share",
)


def text_features(text: str) -> list[float]:
    """One row of FEATURE_NAMES for `text`."""
    words = _WORD.findall(text)
    lower = [w.lower() for w in words]
    n = max(len(words), 1)
    stripped = text.strip()
    first = lower[0] if lower else ""

    def share(vocab: set[str]) -> float:
        return sum(w in vocab for w in lower) / n

    return [
        len(text), len(words), float(np.log1p(len(text))), sum(len(w) for w in words) / n,
        float(bool(re.search(r"\d", text))), float(bool(re.match(r"\s*\d", text))),
        len(re.findall(r"\d+", text)),
        text.count("?") + text.count("？"), text.count("!") + text.count("！"),
        float(stripped.endswith(("?", "？"))), float(stripped.endswith((".", "。"))),
        text.count(":"), sum(text.count(q) for q in ('"', "“", "”", "‘", "’ ")),
        len(re.findall(r"[.!?。！？](?:\s|$)", stripped)) or 1, text.count("...") + text.count("…"),
        text.count(",") + text.count("，"), text.count("—") + text.count(" - "),
        share(_SECOND), float(any(w in _SECOND for w in lower)),
        share(_FIRST), float(any(w in _FIRST for w in lower)),
        share(_DEMONSTRATIVE), share(_NEGATION), share(_INTENSIFIER), share(_WATCH),
        sum(w[:1].isupper() for w in words) / n, sum(len(w) > 1 and w.isupper() for w in words) / n,
        float(first == "watch"), float(first in _DEMONSTRATIVE), float(first in _QUESTION_START),
        len(set(lower)) / n,
    ]


def feature_matrix(texts: list[str]) -> np.ndarray:
    """Rows of `text_features`, shape (len(texts), len(FEATURE_NAMES))."""
    if not texts:
        return np.zeros((0, len(FEATURE_NAMES)))
    return np.asarray([text_features(t) for t in texts], dtype=float)
