"""Truth, dates: every date, weekday, festival and deadline in the copy must be the offer's end
date (or its month, its weekday; an a/b the record itself writes, '18/10' steel, is its figure and
no date); "ends tonight" needs the send date to be that day. With a known
send date every stated date and deadline is also held against it: a date before the send date
("until Dec 1" sent on Dec 6) blocks, and so does any deadline of an offer that has ended. A month
followed by a year ("until Dec 1984") is a deadline of that month and year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ...facts import EN_STOP
from ..context import Context
from ..text import zh_number
from ..vocab import word_list, word_table

_MON = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTHS = {m: i for i, m in enumerate(word_list("months"), 1)}
# units a fraction may measure in (of `units`, the words and spellings of two letters or more, and
# the kitchen's measures): '1/2 inch', '3/4 cup'; "in" is left out ('3/31 in store')
_MEASURE_UNITS = "|".join(sorted((re.escape(u) for u in (*word_table("units"), *word_list("fraction_units"))
                                  if len(u) > 1 and u.isascii() and u != "in"), key=len, reverse=True))
# A deadline word then a month and no day ('may' is left out: a verb far more often), or the end of
# a month reached "to" ('right through to the end of June', 'up to the end of June', 'all the way
# to June')
_UNTIL = (r"(?:(?:until|till|through|thru|by|before|ends?|ending|expires?|valid through)\s+(?:to\s+)?"
          r"(?:the\s+end\s+of\s+)?|(?:up\s+)?to\s+the\s+end\s+of\s+|"
          r"all\s+the\s+way\s+(?:up\s+)?(?:to|until|till)\s+(?:the\s+end\s+of\s+)?)")
MONTH_ONLY_RE = re.compile(r"\b" + _UNTIL + r"(?P<mon>january|february|march|april|june|july|august|"
                           r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
                           r"\b(?!\.?\s*\d)")
# the same with May, a verb far more often in lower case: read only as written, with its capital
MAY_ONLY_RE = re.compile(r"(?i:\b" + _UNTIL + r")(?P<mon>May)\b(?!\.?\s*\d)")
# a feast on a fixed date as the deadline ('until Christmas', 'ends Halloween'): the offer must end
# on it or the day before (`en_fixed_feasts`; feasts that move, Easter or Mother's Day, are left out)
_FEAST_TABLE = word_table("en_fixed_feasts")
_FEASTS = {k.replace("'", ""): tuple(int(x) for x in str(v).split("-")) for k, v in _FEAST_TABLE.items()}
# The words that make a feast the deadline: 'until', 'ends', 'runs to', and the reach of an offer
# said as a way or a stretch ('all the way to', 'right up until', 'lasts through', 'from now to')
_FEAST_CUE = (r"(?:until|till|til|through|thru|ends?|ending|expires?|"
              r"(?:runs?|lasts?|stretch(?:es)?|extends?)\s+(?:until|till|to|through|thru)|"
              r"(?:all\s+the\s+way|right)\s+(?:up\s+)?(?:to|through|thru|until|till)|"
              r"(?:right\s+)?(?:up|through)\s+to|from\s+now\s+(?:to|through|thru))")
FEAST_RE = re.compile(r"\b" + _FEAST_CUE + r"\s+(?P<f>" + "|".join(
                          sorted((re.escape(k).replace("'", "['’]?") for k in _FEAST_TABLE), key=len, reverse=True))
                      + r")\b")
# a feast whose date moves ('through Labor Day', 'until the August bank holiday', 'good through
# Memorial Day weekend'): its date in the offer's year by its rule (`en_movable_feasts`)
_MOVABLE = {k.replace("'", ""): str(v) for k, v in word_table("en_movable_feasts").items()}
MOVABLE_RE = re.compile(r"\b" + _FEAST_CUE + r"\s+(?:the\s+)?(?P<f>" + "|".join(
                            sorted((re.escape(k).replace("'", "['’]?") for k in word_table("en_movable_feasts")),
                                   key=len, reverse=True)) + r")(?P<wk>\s+weekend)?\b")
# an offer said to last a whole season, term or holiday ('all summer long', 'through the autumn
# term', 整个秋季学期都有85折, 暑假期间都有): it must end no more than two weeks before the season's
# last day (`season_ends`). In English the season closes its phrase, before a mark or an emoji
# ('runs all summer ☀️'; 'all summer essentials' and 'through the winter collection' name things, no stretch of time)
_SEASON_ENDS = {k: tuple(int(x) for x in str(v).split("-")) for k, v in word_table("season_ends").items()}
_SEASON_EN = "|".join(sorted((re.escape(k) for k in _SEASON_ENDS if k.isascii()), key=len, reverse=True))
_SEASON_ZH = "|".join(sorted((re.escape(k) for k in _SEASON_ENDS if not k.isascii()), key=len, reverse=True))
SEASON_RE = re.compile(
    rf"\b(?:all|(?:all\s+(?:the\s+way\s+)?|right\s+)?through(?:out)?\s+the|the\s+(?:whole|entire)|"
    rf"for\s+the\s+(?:whole|entire))\s+(?P<en>{_SEASON_EN})(?:\s+long)?"
    rf"(?=\s*(?:[^\w\s'’&/\-]|$)|\s+(?:with|at|on|for|and|to|from|when)\b)"
    rf"|(?:整个|一整个|全|一整)(?P<zh>{_SEASON_ZH})|(?P<zh2>{_SEASON_ZH})(?:期间|全程|一整季)")
# a Chinese feast as the deadline (中秋前都能用, 有效期至国庆, 截至春节): the offer must end within
# the span of dates it falls on, or a day before (`zh_feasts`; a lunar feast moves within a month)
_ZH_FEASTS = {k: tuple(tuple(int(x) for x in d.split("-")) for d in str(v).split("/"))
              for k, v in word_table("zh_feasts").items()}
_ZH_FEAST = "|".join(sorted(map(re.escape, _ZH_FEASTS), key=len, reverse=True))
ZH_FEAST_RE = re.compile(rf"(?:截至|截止到?|直到|一直到|持续到|有效期?至|有效期?到|用到|至)(?P<f>{_ZH_FEAST})"
                         rf"|(?P<g>{_ZH_FEAST})(?:当天|之前|以前|前)(?:都|均|皆|全)?(?:能用|可用|有效|适用|可享|能享|"
                         rf"都有|可以用|通用)"
                         # a reach to the feast with 都 and a word of use: 暑假到国庆都能用, 一直到中秋都有效
                         rf"|到(?P<h>{_ZH_FEAST})(?:当天)?(?:都|均|也|还)(?:能用|可用|有效|适用|可享|能享|可以用)")
# a deadline that is an amount: "now $30.99 until 30.99" (a price where the date should be)
UNTIL_AMOUNT_RE = re.compile(r"\b(?:until|till|through|thru|ends?|ending|expires?)\s+(?:\$\s*)?\d+\.\d{2}(?!\d)")
# a date written with a dot after a deadline word ('until 31.10' in en-GB, 'ends 10.31' in en-US):
# read in the locale's order like a/b; one no calendar holds ('until 30.99') is an amount. A
# number before a unit is a measure ('by 4.5 feet'), and "by" between two numbers joins the sides
# of a size ('9 by 4.5 feet', '3 by 4.5'): neither is a date
DOT_DATE_RE = re.compile(r"\b(?:until|till|through|thru|ends?|ending|expires?|(?<![\d.] )by|before)\s+"
                         r"(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?![\d.,]\d|\d)"
                         rf"(?!\s?-?\s?(?:{_MEASURE_UNITS})\b)")
# a month right after a day ("15 Apr. 4 left", "31st of Mar. 10 left") is that day's month: the
# number after it is not read as its day (nor as a number no day can be)
_DAY_BEFORE = r"(?<!\d )(?<!\dst )(?<!\dnd )(?<!\drd )(?<!\dth )(?<!\d of )"
# the dot of an abbreviated month ('Jun. 30', 'Sept. 4'); after a month's full name ('June', 'May',
# 'March') a dot ends the sentence, and the number after it opens the next ('until the end of June.
# 752 customers rate it'): neither the month's day nor a number no day can be
_MON_DOT = r"(?:(?<!june)(?<!july)(?<!may)(?<![a-z]{5})\.)?"
# A month then a number that is no day of it (nor a year)
MONTH_NUMBER_RE = re.compile(rf"\b{_DAY_BEFORE}(?:{_MON}){_MON_DOT}\s+(?:\d{{3}}|[4-9]\d|3[2-9]|\d+\.\d)(?![\d,])")
# A month then a year and no day: "until Dec 2026", "until Dec 1984" (a year taken for a day)
MONTH_YEAR_RE = re.compile(rf"\b(?P<mon>{_MON})\.?,?\s+(?P<year>(?:19|20)\d\d)(?![\d%]|[.,]\d)")
DATE_RES = (
    re.compile(rf"\b{_DAY_BEFORE}(?P<mon>{_MON}){_MON_DOT}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\b\.?(?:,?\s+(?P<year>\d{{4}}))?"),
    re.compile(r"\b(?P<year>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?(?P<m>[\d一二三四五六七八九十]{1,3})\s*月\s*(?P<day>[\d一二三四五六七八九十]{1,3})\s*[日号]"),
    # a/b, but not a fraction before a unit ("a standard 1/2 inch hose", "3/4 cup"): a measurement
    # nor one glued to letters ('g/m²/24h' folds to 'g/m2/24h'): a unit, not a date
    re.compile(r"(?<![\d.$¥€£/a-z])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<yy>\d{2,4}))?(?![\d%/a-z])"
               rf"(?!\s?-?\s?(?:{_MEASURE_UNITS})\b)"),
    # zh dot dates only before a deadline word, so prices (79.9元) are not read as dates: 11.30截止
    re.compile(r"(?<![\d.$¥€£])(?P<m>\d{1,2})\.(?P<day>\d{1,2})(?=\s*(?:截止|前|止|结束|到期|24点|零点|晚))"),
)
# a Chinese deadline in part of a month, no day: 到4月底, 3月下旬前, 五月份截止 (the part -> its days)
ZH_MONTH_PART_RE = re.compile(
    r"(?:(?P<cue>到|至|截至|截止到?|持续到|延续到|直到)\s*)?(?P<m>[\d一二三四五六七八九十]{1,3})\s*月\s*(?P<part>底|末|下旬|中旬|上旬|初|份)"
    r"(?P<after>\s*(?:前|截止|止|结束|为止|到期))?")
_ZH_MONTH_PARTS = {"底": (21, 31), "末": (21, 31), "下旬": (21, 31), "中旬": (11, 20), "上旬": (1, 10),
                   "初": (1, 10), "份": (1, 31)}
# a deadline at the year's end, no day (年底前, 到年末, 'until the end of the year', 'by year-end'):
# true only of an offer that ends in the last days of December
YEAR_END_RE = re.compile(
    r"(?P<cue>到|至|截至|截止到?|持续到|直到)?\s*(?:今年)?(?:年底|年末|年终)(?P<after>\s*(?:前|截止|止|结束|为止|到期|有效))?"
    r"|\b(?:until|till|til|through|thru|by|before|ends?|ending|valid\s+(?:until|through|to))\s+(?:the\s+)?"
    r"(?:end\s+of\s+(?:the\s+|this\s+)?year|year[\s\-]end)\b(?P<en>)")
# an offer said to hold all year or for good (全年有效, 长期有效, 'valid all year', 'never expires'):
# false of an offer with an end date (全年 true only of one that ends on 31 December)
ALL_YEAR_RE = re.compile(
    r"(?P<year>全年|常年)(?:有效|可用)|(?:长期|永久|一直|永远)有效"
    r"|\b(?:valid|good)\s+(?P<year_en>all\s+year(?:\s+(?:round|long))?|year[\s\-]round)(?!\s+(?:wear|use))\b"
    r"|\b(?:valid|good)\s+(?:forever|indefinitely)\b|\bnever\s+expires?\b|\bno\s+expiry\s+date\b")
# shopping festivals named by their date: 双11 = 11-11, 双12 = 12-12, 618 = 06-18
FESTIVAL_RE = re.compile(r"双\s*(?P<d>11|十一|12|十二)|(?<![\d.])618(?![\d.%])")
_FESTIVAL = {"11": (11, 11), "十一": (11, 11), "12": (12, 12), "十二": (12, 12), None: (6, 18)}
_WEEKDAYS_EN = {d: i for i, d in enumerate(word_list("weekdays_en"))}
WEEKDAY_EN = re.compile(r"(?<!black )(?<!cyber )(?<!green )\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
WEEKDAY_ZH = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_ZH_WD = word_table("weekdays_zh")
_WD_BEFORE = re.compile(r"\b(?:" + "|".join(word_list("weekday_occasion_before")) + r")\s+$")
_WD_AFTER = re.compile(r"\s+(?:" + "|".join(word_list("weekday_occasion_after")) + r")\b")
_WD_CUE = re.compile(r"\b(?:" + "|".join(word_list("weekday_deadline_cues")) + r")\b(?:\s+[a-z']+){0,2}\s+$")


_WD_NEXT = re.compile(r" ([a-z][a-z\-]*)\b")
_WD_DEADLINE_AFTER = frozenset(word_list("weekday_deadline_after"))
_WD_DAY_PARTS = frozenset(word_list("weekday_day_parts"))


def _weekday_occasion(low: str, span: tuple[int, int]) -> bool:
    """'your Sunday tea', 'Sunday roast', 'Sunday job: polishing the brogues': a weekday naming an
    occasion, with no deadline word just before it (word lists in `packs/common.yaml`). A weekday
    used as a modifier of the noun after it names a kind of day's activity, not a date, unless
    that noun is one of an offer or a time ('Sunday only', 'Friday night', 'Saturday sale'). A
    possessive weekday is read by the noun after it the same way ('Saturday's fixture', but
    'Friday's sale')."""
    if _weekday_routine(low, span):
        return True
    before = low[max(0, span[0] - 30):span[0]]
    if _WD_CUE.search(before):
        return False
    end = span[1] + 2 if low.startswith(("'s ", "’s "), span[1]) else span[1]
    nxt = _WD_NEXT.match(low, end)
    if nxt and nxt.group(1) in _WD_DAY_PARTS:  # 'Friday night sorted' but 'Friday night only'
        after = _WD_NEXT.match(low, nxt.end())
        return not (after and after.group(1) in _WD_DEADLINE_AFTER)
    if nxt and nxt.group(1) in _WD_DEADLINE_AFTER:  # 'our Sunday sale', 'your Friday deadline'
        return False
    if (_WD_BEFORE.search(before) or _WD_AFTER.match(low, end) or _weekday_planned(low, span)
            or _weekday_named(low, span)):
        return True
    return bool(nxt) and nxt.group(1) not in EN_STOP


_WD_FOR = re.compile(r"([^.!?\n]*)\bfor\s+$")


def _weekday_planned(low: str, span: tuple[int, int]) -> bool:
    """'Thinking about chili for Sunday?': a weekday after 'for' is the day a thing is planned for, no
    deadline, where its clause says nothing of the offer, a price or a delivery ('20% off for Friday',
    'order now for Sunday', 'in time for Saturday' are dates to check; `weekday_plan_offer_words`)."""
    m = _WD_FOR.search(low, 0, span[0])
    return bool(m) and not re.search(r"[\d$£€¥%]", m.group(1)) and _WD_PLAN_OFFER_WORDS.isdisjoint(
        re.findall(r"[a-z]+", m.group(1)))


def _weekday_named(low: str, span: tuple[int, int]) -> bool:
    """'Waffle Sunday?', 'Taco Tuesday, sorted': a weekday after a noun of its own sentence names a
    themed day, no deadline, where the sentence holds no figure and no offer or deadline word."""
    a = max(low.rfind(c, 0, span[0]) for c in ".!?\n") + 1
    ends = [i for i in (low.find(c, span[1]) for c in ".!?\n") if i >= 0]
    words = re.findall(r"[a-z]+", low[a:span[0]])
    sentence = low[a:min(ends) if ends else len(low)]
    return (bool(words) and words[-1] not in EN_STOP and not re.search(r"[\d$£€¥%]", sentence)
            and _WD_PLAN_OFFER_WORDS.isdisjoint(re.findall(r"[a-z]+", sentence)))


# 'bread dough on sunday', 'and meringues on monday': a thing done on a weekday, one part of a list
_WD_ON = re.compile(r"(?:^\s*|[,;]\s*|\b(?:and|then)\s+)((?:[a-z][a-z'\-]*\s+){1,4})on\s+(" + "|".join(_WEEKDAYS_EN)
                    + r")\b(?=\s*(?:[,;.!?\n]|$|(?:and|then)\b))")
_WD_OFFER_WORDS = frozenset(word_list("weekday_deadline_cues")) | _WD_DEADLINE_AFTER
_WD_PLAN_OFFER_WORDS = _WD_OFFER_WORDS | frozenset(word_list("weekday_plan_offer_words"))


def _weekday_routine(low: str, span: tuple[int, int]) -> bool:
    """'Bread dough on Sunday, meringues on Monday': a sentence that gives two or more different
    weekdays each a thing done on it is a routine, no deadline; an offer ends on one day. None of
    the things may be said with a deadline or offer word ('sale on Friday, delivery on Monday')."""
    a = max(low.rfind(c, 0, span[0]) for c in ".!?\n") + 1
    ends = [i for i in (low.find(c, span[1]) for c in ".!?\n") if i >= 0]
    parts = list(_WD_ON.finditer(low[a:min(ends) if ends else len(low)]))
    return (any(p.start(2) + a == span[0] for p in parts) and len({p.group(2) for p in parts}) >= 2
            and all(_WD_OFFER_WORDS.isdisjoint(p.group(1).split()) for p in parts))


# --- dates, weekdays and deadlines ----------------------------------------------------------

def _numeric_readings(ctx: Context, a: int, b: int) -> list[tuple[int, int]]:
    """The (month, day) readings of a numeric date a/b: month first in en-US ("10/3" is October 3),
    day first in en-GB ("3/10" is 3 October), either in Chinese copy (both forms are seen); the
    pack's setting `numeric_date_order` is month_first, day_first or either. The other order is
    accepted only where the locale's reading is no date at all ("25/12" in en-US)."""
    order = ctx.pack.settings.get("numeric_date_order", "month_first")
    return [(a, b), (b, a)] if order == "either" else [(a, b)] if order == "month_first" else [(b, a)]


def _date_ok(ctx: Context, month: int, day: int, year: int | None) -> bool:
    return any(e.month == month and e.day == day and (year is None or e.year == year) for e in ctx.facts.ends)


def _stated_date(today: date, month: int, day: int, year: int | None) -> date | None:
    """The date a reader takes from the copy on `today`: a date with no year is this year's, or
    next year's where this year's is more than half a year past ("Jan 5" sent in December)."""
    try:
        got = date(year or today.year, month, day)
        if year is None and got < today - timedelta(days=183):
            got = date(today.year + 1, month, day)
    except ValueError:
        return None
    return got


def _past(ctx: Context, span: tuple[int, int], month: int, day: int, year: int | None) -> bool:
    """Hit a stated date that is before the send date (where the send date is known)."""
    today = ctx.today
    stated = _stated_date(today, month, day, year) if today is not None else None
    if stated is None or stated >= today:
        return False
    ctx.hit("grounding_date", span, f"{ctx.copy[span[0]:span[1]]!r} is {stated.isoformat()}, before the "
                                    f"send date {today.isoformat()}")
    return True


def check_dates(ctx: Context) -> None:
    ends = ctx.facts.ends
    low = ctx.low
    # cheap guards: month names, 月, a slash, a four-digit year
    skip = {3} if "月" not in low else set()
    if not any(m in low for m in _MONTHS):
        skip |= {0, 1}
    if "/" not in low:
        skip.add(4)
    if "." not in low or ctx.lang != "zh":
        skip.add(5)
    for i, rx in enumerate(DATE_RES):
        if i in skip:
            continue
        for m in rx.finditer(low):
            if ctx.is_consumed(m.span()):
                continue
            g = m.groupdict()
            year = int(g["year"]) if g.get("year") else None
            if i == 4:  # a/b: read in the locale's order (the pack's `numeric_date_order`)
                if _spec_in_record(ctx, m.group(0)) and not _DEADLINE_BEFORE.search(low, 0, m.start()):
                    ctx.consume(m.span())
                    continue  # '18/10 stainless steel' where the record says so: a grade, no date
                a, b = int(g["a"]), int(g["b"])
                yy = g.get("yy")
                year = (2000 + int(yy) if yy and len(yy) == 2 else int(yy)) if yy else None
                readings = _numeric_readings(ctx, a, b)
                if not any(1 <= mo <= 12 for mo, _ in readings):
                    readings = [(b, a)]
                ok = any(_date_ok(ctx, mo, d, year) for mo, d in readings)
                month, day = next(((mo, d) for mo, d in readings if _date_ok(ctx, mo, d, year)), readings[0])
            else:
                if g.get("mon"):
                    month = _MONTHS[g["mon"][:3]]
                else:
                    month = int(zh_number(g["m"]) or 0)
                day = int(zh_number(g["day"]) or 0)
                if g.get("mon") == "may" and i == 0 and not re.match(r"may\s+\d{1,2}(?:st|nd|rd|th)?\b", m.group(0)):
                    continue
                ok = _date_ok(ctx, month, day, year)
            ctx.consume(m.span())
            if _past(ctx, m.span(), month, day, year):
                continue
            if not ok and _record_date(ctx, m.start(), month, day, year):
                continue  # 'the packs are dated 1 December 2028' where the record gives that date
            if not ok:
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} but the offer ends "
                                                    f"{', '.join(e.isoformat() for e in ends) or '(no end date)'}")
    if "." in low:
        dated = _check_dot_dates(ctx) if ctx.lang == "en" else set()
        # checked even where the amount passed as a price: it is no deadline
        for m in UNTIL_AMOUNT_RE.finditer(low):
            if m.end() not in dated:
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r}: an amount is no date")
    if not {0, 1} <= skip:
        # a month with no day: a deadline in some other month ("until June") or a month with a
        # number no day can be ("June 128.99", a price run into a date)
        for m in [*MONTH_ONLY_RE.finditer(low), *MAY_ONLY_RE.finditer(ctx.nfkc)]:
            if ctx.is_consumed(m.span()):
                continue
            month = _MONTHS[m.group("mon")[:3].lower()]
            if not any(e.month == month for e in ends):
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} but the offer ends "
                                                    f"{', '.join(e.isoformat() for e in ends) or '(no end date)'}")
        for m in MONTH_YEAR_RE.finditer(low):
            if not ctx.is_consumed(m.span()):
                ctx.consume(m.span())
                _check_month_year(ctx, m)
        for m in MONTH_NUMBER_RE.finditer(low):
            if not ctx.is_consumed(m.span()):
                ctx.consume(m.span())
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} is no date")
    if "月" in low:
        _check_zh_month_parts(ctx)
    _check_year_end(ctx)
    _check_seasons(ctx)
    for m in FEAST_RE.finditer(low) if ctx.lang == "en" else ():
        month, day = _FEASTS[re.sub(r"['’]", "", m.group("f"))]
        ctx.consume(m.span())
        # the feast of the offer's year or of the next ('until New Year's' for an offer ending 31 December)
        if not any(0 <= (date(y, month, day) - e).days <= 1 for e in ends for y in (e.year, e.year + 1)):
            ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} ({month}/{day}) but the offer ends "
                                                f"{', '.join(e.isoformat() for e in ends) or '(no end date)'}")
    for m in MOVABLE_RE.finditer(low) if ctx.lang == "en" else ():
        rule = _MOVABLE[re.sub(r"['’]", "", m.group("f"))]
        ctx.consume(m.span())
        room = 3 if m.group("wk") else 1
        if not any(0 <= (_movable_date(rule, e.year) - e).days <= room for e in ends):
            ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} ({_movable_date(rule, max(ends).year).isoformat() if ends else rule}) "
                                                f"but the offer ends {', '.join(e.isoformat() for e in ends) or '(no end date)'}")
    if ctx.lang == "zh":
        _check_zh_feasts(ctx)
    if "双" in low or "618" in low:
        for m in FESTIVAL_RE.finditer(low):
            if ctx.is_consumed(m.span()):
                continue
            ctx.consume(m.span())
            month, day = _FESTIVAL[m.group("d")]
            if not _date_ok(ctx, month, day, None):
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} ({month}月{day}日) but the offer ends "
                                                    f"{', '.join(e.isoformat() for e in ends) or '(no end date)'}")
    # a weekday the record states is its fact, not a deadline ("dispatch": "Tuesday to Thursday")
    wd_hits = [(m.span(), _WEEKDAYS_EN[m.group(1)]) for m in WEEKDAY_EN.finditer(low)
               if not _weekday_occasion(low, m.span()) and not _in_record(ctx, m.group(0))] if "day" in low else []
    if "周" in low or "星期" in low or "礼拜" in low:
        wd_hits += [(m.span(), _ZH_WD[m.group(1)]) for m in WEEKDAY_ZH.finditer(low)
                    if not _in_record(ctx, m.group(0))]
    for span, wd in wd_hits:
        if not any(e.weekday() == wd for e in ends):
            ctx.hit("grounding_date", span, f"{ctx.copy[span[0]:span[1]]!r} is not the weekday the offer ends")


# the words of an offer: a season said in the same phrase as one ('20% off all summer long',
# 整个秋季学期都有85折) is how long the offer lasts; with none ('soft skin all winter long') it is
# how long the product serves
_OFFER_CUE = re.compile(r"\d\s*%|\boff\b|\bdeals?\b|\boffers?\b|\bdiscounts?\b|\bsav(?:e|ings?)\b|\bsale\b|"
                        r"\bprices?\b|\bcodes?\b|\bfree\s+(?:shipping|delivery|postage)\b|[$£€¥]|折|优惠|到手|活动|"
                        r"特价|立减|券|包邮|\d\s*元")
# (a point or a comma between digits is inside a figure, '$314.30', '1,126': no end of a phrase)
_PHRASE_END = re.compile(r"(?<!\d)[.,]|[.,](?!\d)|[!?;:，。！？；：、\n]")


def _offer_phrase(ctx: Context, span: tuple[int, int]) -> bool:
    """Does the phrase around `span` (up to the marks that part phrases) speak of the offer?"""
    low = ctx.low
    start = max((m.end() for m in _PHRASE_END.finditer(low, 0, span[0])), default=0)
    after = _PHRASE_END.search(low, span[1])
    phrase = low[start:after.start() if after else len(low)]
    code = (ctx.brief.offer.code or "").lower() if ctx.brief.offer else ""
    return bool(_OFFER_CUE.search(phrase)) or bool(code and code in phrase)


def _check_seasons(ctx: Context) -> None:
    """'All summer long', 整个秋季学期 said of the offer: it must reach the season's last day,
    ending at most two weeks before it (or any time in the six weeks after it)."""
    for m in SEASON_RE.finditer(ctx.low):
        if ctx.is_consumed(m.span()) or not _offer_phrase(ctx, m.span()):
            continue
        ctx.consume(m.span())
        month, day = _SEASON_ENDS[m.group("en") or m.group("zh") or m.group("zh2")]
        ok = False
        for e in ctx.facts.ends:
            last = date(e.year, month, min(day, 28 if month == 2 else day))
            ok = ok or any(-14 <= (e - d).days <= 42 for d in (last.replace(year=e.year - 1), last,
                                                                  last.replace(year=e.year + 1)))
        if not ok:
            ctx.hit("grounding_date", m.span(), f"{ctx.copy[m.start():m.end()]!r} runs to {month}-{day:02d}, but the "
                                                f"offer ends {', '.join(e.isoformat() for e in ctx.facts.ends) or '(no end date)'}")


def _check_zh_feasts(ctx: Context) -> None:
    """中秋前都能用, 有效期至国庆: the offer must end in the span the feast falls on, or a day before."""
    for m in ZH_FEAST_RE.finditer(ctx.low):
        if ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        (m1, d1), (m2, d2) = _ZH_FEASTS[m.group("f") or m.group("g") or m.group("h")]
        if not any(date(e.year, m1, d1) - timedelta(days=1) <= e <= date(e.year, m2, d2) for e in ctx.facts.ends):
            ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} ({m1}月{d1}日至{m2}月{d2}日间) but the offer ends "
                                                f"{', '.join(e.isoformat() for e in ctx.facts.ends) or '(no end date)'}")


_WD_INDEX = {d[:3]: i for i, d in enumerate(word_list("weekdays_en"))}


def _movable_date(rule: str, year: int) -> date:
    """The date of a movable feast in `year` by its rule: 'month-weekday-n' (n-th weekday of the
    month, -1 the last) or 'easter+days'."""
    if rule.startswith("easter"):
        return _easter(year) + timedelta(days=int(rule[6:]))
    month, wd, n = rule.split("-", 2)
    wd_i, n_i, m = _WD_INDEX[wd], int(n), int(month)
    if n_i > 0:
        first = date(year, m, 1)
        return first + timedelta(days=(wd_i - first.weekday()) % 7 + 7 * (n_i - 1))
    last = (date(year + (m == 12), m % 12 + 1, 1) - timedelta(days=1))
    return last - timedelta(days=(last.weekday() - wd_i) % 7)


def _easter(year: int) -> date:
    """Easter Sunday of `year` (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    return date(year, month, (h + l - 7 * m + 33 * month + 19) % 32)


def _check_dot_dates(ctx: Context) -> set[int]:
    """'until 31.10': a day and month joined by a dot after a deadline word, read in the locale's
    order (`numeric_date_order`), is a date the offer must end on; the ends of those read so."""
    read = set()
    for m in DOT_DATE_RE.finditer(ctx.low):
        a, b = int(m.group("a")), int(m.group("b"))
        readings = [(mo, d) for mo, d in _numeric_readings(ctx, a, b) if _calendar_day(mo, d)]
        if not readings and _calendar_day(b, a):
            readings = [(b, a)]  # '31.10' in en-US: only the other order is a date
        if not readings:
            continue  # 'until 30.99': an amount, judged below
        read.add(m.end())
        span = (m.start("a"), m.end())
        ctx.consume(span)
        month, day = next(((mo, d) for mo, d in readings if _date_ok(ctx, mo, d, None)), readings[0])
        if _past(ctx, span, month, day, None) or _date_ok(ctx, month, day, None):
            continue
        ctx.hit("grounding_date", span, f"{m.group(0)!r} but the offer ends "
                                        f"{', '.join(e.isoformat() for e in ctx.facts.ends) or '(no end date)'}")
    return read


_DEADLINE_BEFORE = re.compile(r"\b(?:until|till|til|through|thru|ends?|ending|by|before|expires?)\s+$")


def _spec_in_record(ctx: Context, token: str) -> bool:
    """Is the a/b `token` written in the record's text as a figure of its own ('18/10' steel)?"""
    return re.search(rf"(?<![\d/.]){re.escape(token)}(?![\d/]|\.\d)", ctx.facts.text) is not None


def _record_date(ctx: Context, start: int, month: int, day: int | None, year: int | None) -> bool:
    """Is the date at `start` one the record itself gives (an expiry, a harvest, a release: "expiry":
    "December 2028"), said with no deadline word before it? Then it is the product's fact, whatever
    the offer's end date. `day` None: a month and year, held against the record's months and years."""
    if _DEADLINE_BEFORE.search(ctx.low, 0, start):
        return False
    text = ctx.facts.text
    held: set[tuple[int | None, int, int | None]] = set()
    for rx in DATE_RES[:4]:
        for r in rx.finditer(text):
            g = r.groupdict()
            mo = _MONTHS[g["mon"][:3]] if g.get("mon") else int(zh_number(g["m"]) or 0)
            held.add((int(g["year"]) if g.get("year") else None, mo, int(zh_number(g["day"]) or 0)))
    held |= {(int(r.group("year")), _MONTHS[r.group("mon")[:3]], None) for r in MONTH_YEAR_RE.finditer(text)}
    if day is None:
        return (year, month, None) in held or any(y == year and mo == month for y, mo, _ in held)
    return (year, month, day) in held or (year is None and any(mo == month and d == day for _, mo, d in held))


def _calendar_day(month: int, day: int) -> bool:
    try:
        date(2000, month, day)  # a leap year: 29.02 is a day
    except ValueError:
        return False
    return True


def _in_record(ctx: Context, word: str) -> bool:
    """Is `word` (a weekday) written in the record's text, as a word of its own?"""
    return re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", ctx.facts.text) is not None


def _check_zh_month_parts(ctx: Context) -> None:
    """到4月底, 3月中旬前: a deadline in a part of a month must hold a day the offer ends on."""
    for m in ZH_MONTH_PART_RE.finditer(ctx.low):
        if ctx.is_consumed(m.span()) or not (m.group("cue") or m.group("after")):
            continue  # '4月份上新' names a month, no deadline
        ctx.consume(m.span())
        month = int(zh_number(m.group("m")) or 0)
        first, last = _ZH_MONTH_PARTS[m.group("part")]
        if not any(e.month == month and first <= e.day <= last for e in ctx.facts.ends):
            ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} but the offer ends "
                                                f"{', '.join(e.isoformat() for e in ctx.facts.ends) or '(no end date)'}")


def _check_year_end(ctx: Context) -> None:
    """年底前, 'until the end of the year': an offer that ends in late December; 全年有效, 'never
    expires': an offer that does not end (全年: one that ends on 31 December)."""
    ends = ctx.facts.ends
    shown = ", ".join(e.isoformat() for e in ends) or "(no end date)"
    for m in YEAR_END_RE.finditer(ctx.low):
        if ctx.is_consumed(m.span()) or (m.group("en") is None and not (m.group("cue") or m.group("after"))):
            continue  # '年底上新' names a time, no deadline
        ctx.consume(m.span())
        if ends and not any(e.month == 12 and e.day >= 21 for e in ends):
            ctx.hit("grounding_date", m.span(), f"{m.group(0).strip()!r} but the offer ends {shown}")
    for m in ALL_YEAR_RE.finditer(ctx.low):
        if ctx.is_consumed(m.span()) or not ends:
            continue
        whole_year = m.group("year") or m.group("year_en")
        if not (whole_year and any(e.month == 12 and e.day == 31 for e in ends)):
            ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} but the offer ends {shown}")


def _check_month_year(ctx: Context, m: re.Match) -> None:
    """'until Dec 2026': the month and year of an end date, and not a month already over."""
    month, year = _MONTHS[m.group("mon")[:3]], int(m.group("year"))
    if _record_date(ctx, m.start(), month, None, year):
        return  # 'dated December 2028' where the record's expiry is December 2028
    today = ctx.today
    if today is not None and (year, month) < (today.year, today.month):
        ctx.hit("grounding_date", m.span(), f"{ctx.copy[m.start():m.end()]!r} is over before the send date {today.isoformat()}")
    elif not any(e.month == month and e.year == year for e in ctx.facts.ends):
        ctx.hit("grounding_date", m.span(), f"{ctx.copy[m.start():m.end()]!r} but the offer ends "
                                            f"{', '.join(e.isoformat() for e in ctx.facts.ends) or '(no end date)'}")


# what joins a date to a deadline phrase naming its day: 'July 4 is the last day', '4 July: final
# day', 'the last day is July 4', 'the last day to save 10% is July 4', 'last day - July 4',
# 7月4日是最后一天, 最后一天：7月4日
_NAMED_BEFORE = re.compile(r"\s*(?:is|'s|will\s+be|,|:|-|–|—|是|为|就是)?\s*(?:the|your|our)?\s*")
_NAMED_AFTER = re.compile(r"\s*(?:is|'s|will\s+be|,|:|-|–|—|是|为|就是)?\s*(?:on\s+)?"
                          r"|\s+(?:for|of|to)\s+[^.!?:;\n]{1,50}?\s+(?:is|will\s+be)\s+(?:on\s+)?")


def _names_end_date(ctx: Context, span: tuple[int, int]) -> bool:
    """Is the deadline phrase at `span` ('last day', 最后一天) joined to a date that is the offer's
    end ('July 4 is the last day')? Then it states the end date, not that the send day is the last."""
    low = ctx.low
    for rx in DATE_RES[:4]:
        for m in rx.finditer(low, max(0, span[0] - 40), min(len(low), span[1] + 80)):
            joined = ((m.end() <= span[0] and _NAMED_BEFORE.fullmatch(low, m.end(), span[0]))
                      or (m.start() >= span[1] and _NAMED_AFTER.fullmatch(low, span[1], m.start())))
            if not joined:
                continue
            g = m.groupdict()
            month = _MONTHS[g["mon"][:3]] if g.get("mon") else int(zh_number(g["m"]) or 0)
            day = int(zh_number(g["day"]) or 0)
            if _date_ok(ctx, month, day, int(g["year"]) if g.get("year") else None):
                return True
    return False


def check_deadline(ctx: Context) -> None:
    ends = ctx.facts.ends
    rule = ctx.pack.rules["grounding_deadline"]
    today = ctx.today
    if not ends:
        for m in rule.regex.finditer(ctx.low) if rule.regex else ():
            ctx.hit("grounding_deadline", m.span(), f"{m.group(0)!r} but the offer has no end date")
    elif today is not None and all(e < today for e in ends):
        # the offer has ended by the send date: no deadline of it can be true
        for m in rule.regex.finditer(ctx.low) if rule.regex else ():
            ctx.hit("grounding_deadline", m.span(), f"{m.group(0)!r} but the offer ended "
                                                    f"{max(ends).isoformat()}, before the send date {today.isoformat()}")
    # "ends tonight" / 今晚截止 is only true on the last day, which only a known send date can tell.
    named = set(rule.params.get("named_day") or ())
    for key, offset in (("same_day", 0), ("next_day", 1)):
        rx = ctx.compiled["deadline"].get(key)
        for m in rx.finditer(ctx.low) if rx else ():
            if today is not None and any((e - today).days == offset for e in ends):
                continue
            if m.group(0) in named and _names_end_date(ctx, m.span()):
                continue  # 'July 4 is the last day' where the offer ends July 4
            why = "the send date is unknown" if today is None else f"the offer ends {', '.join(e.isoformat() for e in ends) or 'never'}"
            ctx.hit("grounding_deadline", m.span(), f"{m.group(0)!r} but {why}")
