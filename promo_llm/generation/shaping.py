"""Channel text shaping: what a row's raw text becomes as copy, and when a row can stop.

`clean_copy` trims model output to the channel's shape (labels, quotes, line count, the SMS
opt-out); `copy_complete` says when every kept line is written (anything more would be thrown
away), `overflows` when the copy can no longer fit the channel's hard limit, `soft_stop_chars`
the last line's character limit. Pure functions over text and a `ChannelSpec`; every backend
runs its output through `clean_copy`.
"""

from __future__ import annotations

import re

from ..channels import ChannelSpec, sms_segments

_LABELS = ("Subject:", "Subject line:", "标题：", "Title:", "SMS:", "Post:")


_BLANKS = re.compile(r"[ \t\u00a0]{2,}")


def clean_copy(text: str, spec: ChannelSpec) -> str:
    """Trim model output to the channel's shape: strip quotes/labels, keep at most `spec.lines`."""
    text = text.replace("\r", "").strip()
    for label in _LABELS:
        if text[:len(label)].lower() == label.lower() and spec.lines == 1:  # ('Sms:' too)
            text = text[len(label):].strip()
    # Runs of blanks inside a line are a decoding artefact (a bare space, then a token that brings
    # its own leading space, e.g. " " + " £"): one space is what any reader expects.
    lines = [_BLANKS.sub(" ", ln.strip()) for ln in text.split("\n") if ln.strip()]
    if spec.name == "email_body":
        text = "\n".join(lines)
    else:
        lines = lines[: spec.lines]
        if len(lines) == 2 and lines[0][-1] in ":：":  # a title the line break cut at its colon
            lines[0] = lines[0][:-1].rstrip()
        text = "\n".join(lines)
    end = _opt_out_end(text, spec)
    if end is not None:  # an SMS ends with its opt-out line; anything after it is rambling
        text = text[:end]
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'“”":
        text = text[1:-1].strip()
    return text.strip().strip('"“”').strip()


def _opt_out_end(text: str, spec: ChannelSpec) -> int | None:
    """Index just past the channel's opt-out phrase (`Reply STOP to opt out`) in `text`, if any."""
    if not spec.opt_out:
        return None
    i = text.lower().find(spec.opt_out.lower())
    return None if i < 0 else i + len(spec.opt_out)


OVERFLOW_MARGIN = 8
"""Characters past a channel's hard limit before a row is stopped as `overflow` (the guardrails'
repairs can shorten a copy a little, e.g. by dropping a fake `RE:`)."""


def overflows(text: str, spec: ChannelSpec, margin: int = OVERFLOW_MARGIN) -> bool:
    """True once the copy `clean_copy` would keep is past the channel's hard length limit plus
    `margin` characters.

    Such a row will be blocked whatever it writes next (its kept lines only grow), so generating
    more of it is waste: the row stops with finish reason `overflow` and the guardrails block it.
    With `margin=0`: the copy is already too long (a row with a plausible end behind it is
    rewound to it then, `RowStops.past_limit`).
    """
    if spec.name == "email_body":
        return False
    kept = clean_copy(text, spec)
    if spec.name == "sms":
        return sms_segments(kept) > spec.max_sms_segments
    if len(kept) > spec.max_chars + margin:
        return True
    if spec.lines == 2:
        lines = kept.split("\n")
        if spec.title_max and len(lines[0]) > spec.title_max + margin:
            return True
        if spec.body_max and len(lines) > 1 and len(lines[1]) > spec.body_max + margin:
            return True
    return False


def soft_stop_chars(spec: ChannelSpec) -> int:
    """Character limit of the channel's last line, for ending at a sentence past half of it; 0 for
    an email body (free). An SMS aims at one segment: half its 2-segment limit less its opt-out,
    which the guardrails append when the row ends without it."""
    if spec.name == "email_body":
        return 0
    if spec.name == "sms":
        return spec.max_chars // 2 - len(spec.opt_out or "") - 1
    return (spec.body_max if spec.lines == 2 and spec.body_max else spec.max_chars) or 0


MIN_LINE = 12
"""Characters a held line (a push title) needs before a clause end may break it."""
CLAUSE_END = ":.!?：。！？"
SENTENCE_END = ".!?。！？"


def lines_written(text: str) -> int:
    """Non-empty lines in `text`, counting a partial last line."""
    return sum(1 for ln in text.replace("\r", "").split("\n") if ln.strip())


def copy_complete(text: str, spec: ChannelSpec) -> bool:
    """True once every line `clean_copy` keeps has been written and ended by a newline.

    Whatever the model writes after that point is thrown away by `clean_copy`, so generation of
    that row can stop: `clean_copy(text + anything) == clean_copy(text)`.
    """
    if spec.name == "email_body":  # keeps every line
        return False
    text = text.replace("\r", "").lstrip()
    for label in _LABELS:
        if text.startswith(label) and spec.lines == 1:
            text = text[len(label):].lstrip()
    done = [ln for ln in text.split("\n")[:-1] if ln.strip()]
    if spec.opt_out and spec.lines == 1 and not done and _opt_out_end(text, spec) is not None:
        return True  # the SMS's opt-out phrase is written: clean_copy cuts there
    return len(done) >= spec.lines

