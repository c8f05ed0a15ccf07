"""An offer said to last a whole month ('all June long', 'throughout June', 'the whole of June',
整个6月都有效, 6月整月可用): the offer must reach the month's last day. A bare month after a deadline
word ('until June', 6月底前) is the month it ends in, which `dates` checks; a whole month says more,
every day of it, so an offer that ends on the tenth of the month promises twenty days it does not
have. Runs before `dates`, whose month checks then skip the words read here."""

from __future__ import annotations

import calendar
import re
from datetime import date

from ..context import Context
from ..text import zh_number
from .dates import _MONTHS, _offer_phrase

# how many days before the month's last day the offer may end ('all June long' to 29 June), and
# how long after it (the offer may go on into the next month: it still lasts all of this one)
EARLY_DAYS = 2
LATE_DAYS = 42

_EN_MON = r"january|february|march|april|june|july|august|september|october|november|december"
# the whole of a month, in English; May only with its capital ('all may apply' is no month)
_EN_WHOLE = (r"(?:all(?:\s+of)?|throughout|(?:for\s+)?the\s+(?:whole|entire)(?:\s+of|\s+month\s+of)?|"
             r"every\s+day\s+(?:of|in))\s+")
EN_WHOLE_MONTH_RE = re.compile(r"(?i:\b" + _EN_WHOLE + r")(?P<mon>(?i:" + _EN_MON + r")|May)"
                               r"(?P<long>(?i:\s+long))?\b(?![.,]?\s*\d)")
_ZH_MON = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# 整个6月, 一整个六月, 6月整月, 6月全月, 6月一整个月, said of the offer: in a phrase of the offer, or
# with a word of use after it (整个6月都有效, 6月整月都能用)
ZH_WHOLE_MONTH_RE = re.compile(rf"(?:一?整个)(?P<m>{_ZH_MON})月份?|(?P<m2>{_ZH_MON})月份?(?:整月|全月|一整个月|一整月)")
_ZH_USE_AFTER = re.compile(r"\s*(?:内|里|期间)?\s*(?:都|均|全|一直|全程|天天)?\s*(?:有效|能用|可用|适用|可享|能享|通用|"
                           r"有折扣|有优惠|包邮|打折|享)")


def check_whole_month(ctx: Context) -> None:
    """A whole month said of the offer: the offer must end at most `EARLY_DAYS` before the month's
    last day (or up to `LATE_DAYS` after it)."""
    if ctx.lang == "en":
        for m in EN_WHOLE_MONTH_RE.finditer(ctx.nfkc):
            words = m.group(0).lower()
            if words.startswith("all") and " of " not in words and not m.group("long") \
                    and not words.startswith("all through"):
                # 'all June' alone is rare; 'all June long' and 'all of June' are the stretch
                continue
            if ctx.is_consumed(m.span()) or not _offer_phrase(ctx, m.span()):
                continue
            _judge(ctx, m, _MONTHS[m.group("mon")[:3].lower()])
    elif ctx.lang == "zh":
        for m in ZH_WHOLE_MONTH_RE.finditer(ctx.low):
            if ctx.is_consumed(m.span()):
                continue
            if not (_ZH_USE_AFTER.match(ctx.low, m.end()) or _offer_phrase(ctx, m.span())):
                continue
            month = int(zh_number(m.group("m") or m.group("m2")) or 0)
            if 1 <= month <= 12:
                _judge(ctx, m, month)


def _judge(ctx: Context, m: re.Match, month: int) -> None:
    ctx.consume(m.span())
    ok = False
    for e in ctx.facts.ends:
        for year in (e.year - 1, e.year, e.year + 1):
            last = date(year, month, calendar.monthrange(year, month)[1])
            ok = ok or -EARLY_DAYS <= (e - last).days <= LATE_DAYS
    if not ok:
        ctx.hit("grounding_date", m.span(), f"{ctx.copy[m.start():m.end()]!r} (the whole month, to its last day) "
                                            f"but the offer ends "
                                            f"{', '.join(e.isoformat() for e in ctx.facts.ends) or '(no end date)'}")
