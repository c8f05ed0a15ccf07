"""An offer said to run past a feast ('runs into the new year', 'lasts past Christmas',
持续到春节之后, 春节以后也能用): the offer must end after the feast, and not long after it. Said of an
offer that ends before the feast, it promises days the offer does not have; no date is written, so
the date checks find nothing to compare. Runs before them, so that a deadline the feast closes
(`dates._check_zh_feasts`, 持续到春节) does not read the same words again."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..context import Context
from .dates import _FEASTS, _ZH_FEAST, _ZH_FEASTS, _offer_phrase

# how long after the feast an offer said to run past it may still end: a season's worth
REACH_DAYS = 92

# a stretch of time said to go on past a feast, in English: 'runs into', 'lasts past', 'carries on
# beyond'; the feasts of `en_fixed_feasts` and the new year
_EN_CUE = (r"(?:runs?|running|lasts?|lasting|goes|going|carries\s+on|carrying\s+on|continues|continuing|"
           r"stretch(?:es|ing)?|extends?|extending|keeps?\s+going)\s+(?:on\s+|well\s+|right\s+)?(?:into|past|beyond)")
EN_PAST_FEAST_RE = re.compile(r"\b" + _EN_CUE + r"\s+(?:the\s+)?(?P<f>new\s+year|" + "|".join(
    sorted((re.escape(k).replace("'", "['’]?") for k in _FEASTS), key=len, reverse=True)) + r")\b(?!['’]s\s+eve)")
# in Chinese: a reach to a feast with 之后/以后 after it (持续到春节之后, 一直用到国庆以后), or the
# feast with 之后 and a word of use (春节以后也能用, 国庆后照样有效)
ZH_PAST_FEAST_RE = re.compile(
    rf"(?:持续到|延续到|延长到|一直到|直到|用到|有效到|有效期?至)(?P<f>{_ZH_FEAST})(?:之后|以后|过后)"
    rf"|(?P<g>{_ZH_FEAST})(?:之后|以后|过后|后)(?:也|都|仍|仍然|还|照样|依然)(?:能用|可用|有效|适用|可享|能享)")


def check_feast_reach(ctx: Context) -> None:
    """An offer said to run past a feast must end after it (after the earliest date a lunar feast
    falls on) and within `REACH_DAYS` of it (of the latest date it falls on)."""
    if ctx.lang == "en":
        for m in EN_PAST_FEAST_RE.finditer(ctx.low):
            if not _offer_phrase(ctx, m.span()):
                continue  # 'a candle that lasts into the new year': the product, not the offer
            name = re.sub(r"['’]", "", re.sub(r"\s+", " ", m.group("f")))
            month, day = (1, 1) if name == "new year" else _FEASTS[name]
            _judge(ctx, m, (month, day), (month, day))
    elif ctx.lang == "zh":
        for m in ZH_PAST_FEAST_RE.finditer(ctx.low):
            first, last = _ZH_FEASTS[m.group("f") or m.group("g")]
            _judge(ctx, m, first, last)


def _judge(ctx: Context, m: re.Match, first: tuple[int, int], last: tuple[int, int]) -> None:
    ctx.consume(m.span())
    ends = ctx.facts.ends
    # the feast of the offer's year or of the year before ('lasts past Christmas' to 10 January)
    ok = any(date(y, *first) < e <= date(y, *last) + timedelta(days=REACH_DAYS)
             for e in ends for y in (e.year - 1, e.year))
    if not ok:
        ctx.hit("grounding_date", m.span(), f"{ctx.copy[m.start():m.end()]!r} (past {first[0]}-{first[1]:02d}) but "
                                            f"the offer ends {', '.join(e.isoformat() for e in ends) or '(no end date)'}")
