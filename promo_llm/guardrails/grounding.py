"""Grounding: every price, discount, date, stock, rating, code, brand and attribute in the copy must
follow from the product record and the offer. Runs after the lexical checks; the last check reports
any number no earlier check explained.

Numbers are read from the NFKC-folded copy, so full-width ８折 and ￥79 are read like 8折 and ¥79.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from .context import Context, Facts
from .packs import _trie, group_n
from .text import CASE_PARTS, CJK_RE, listed_together, num_key, number_value, zh_number

# Thousands separators need exactly three digits after them: "¥103，12月" folds to "¥103,12月".
_AMT = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?"
MONEY_EN_RE = re.compile(
    rf"(?P<cur>us\$|hk\$|c\$|a\$|\$|€|£|¥|usd|hkd|sgd|cad|aud|nzd|eur|gbp|jpy|rmb|cny)\s?(?P<v>{_AMT})"
    rf"|(?<![\d.])(?<!\d,)(?P<v2>{_AMT})\s?(?P<cur2>usd|hkd|sgd|cad|aud|nzd|jpy|dollars?|bucks|eur|euros?|gbp|pounds?|美元|港元|港币|欧元|日元|元|块|rmb|cny)(?![a-z])"
    r"(?P<pre>(?!))?(?P<v3>(?!))?"  # never match; keep the group names of MONEY_RE
)
MONEY_RE = re.compile(
    rf"(?P<cur>us\$|hk\$|c\$|a\$|\$|€|£|¥|usd|hkd|sgd|cad|aud|nzd|eur|gbp|jpy|rmb|cny)\s?(?P<v>{_AMT})"
    rf"|(?<![\d.])(?<!\d,)(?P<v2>{_AMT})\s?(?P<cur2>usd|hkd|sgd|cad|aud|nzd|jpy|dollars?|bucks|eur|euros?|gbp|pounds?|美元|港元|港币|欧元|日元|元|块|rmb|cny)(?![a-z])"
    rf"|(?P<pre>{_trie(['原价', '原售价', '划线价', '吊牌价', '专柜价', '市场价', '日常价', '现价', '售价', '特价', '秒杀价', '到手价', '到手', '券后价', '券后', '仅需', '只要', '只需', '低至', '立减', '直降', '立省', '省', '减'])})\s*[:：]?\s*(?P<v3>{_AMT})"
)
_CURRENCY_OF = {
    "$": {"USD", "CAD", "AUD", "HKD", "SGD", "NZD"}, "us$": {"USD"}, "hk$": {"HKD"}, "c$": {"CAD"},
    "a$": {"AUD"}, "usd": {"USD"}, "dollar": {"USD", "CAD", "AUD", "HKD", "SGD", "NZD"},
    "dollars": {"USD", "CAD", "AUD", "HKD", "SGD", "NZD"}, "bucks": {"USD"}, "€": {"EUR"},
    "eur": {"EUR"}, "euro": {"EUR"}, "euros": {"EUR"}, "£": {"GBP"}, "gbp": {"GBP"}, "pound": {"GBP"},
    "pounds": {"GBP"}, "¥": {"CNY", "JPY"}, "rmb": {"CNY"}, "cny": {"CNY"}, "元": {"CNY"}, "块": {"CNY"},
    "hkd": {"HKD"}, "sgd": {"SGD"}, "cad": {"CAD"}, "aud": {"AUD"}, "nzd": {"NZD"}, "jpy": {"JPY"},
    "美元": {"USD"}, "港元": {"HKD"}, "港币": {"HKD"}, "欧元": {"EUR"}, "日元": {"JPY"},
}
WAS_EN = re.compile(r"(?:was|were|originally|orig\.?|reg\.?|regular(?:ly)?|list price|compare at|msrp|rrp|before|usually|normally)\s*[:(]?\s*$")
WAS_ZH = {"原价", "原售价", "划线价", "吊牌价", "专柜价", "市场价", "日常价"}
WAS_ZH_RE = re.compile(r"(?:原价|原售价|划线价|吊牌价|专柜价|市场价|日常价)\s*[:：]?\s*$")

_TENS = {"ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
PCT_RE = re.compile(
    r"(?P<v>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)|百分之(?P<zh>[零一二两三四五六七八九十百]+)"
    r"|\b(?P<w>(?:ten|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?:percent|per cent)\b")
# Amounts in Chinese numerals: 三百元, 五百九十九块
ZH_MONEY_RE = re.compile(r"(?P<zh>[零一二两三四五六七八九十百千万]{2,})\s*(?:元|块)")
ZHE_RE = re.compile(r"(?<![\d.])(?P<v>\d(?:\.\d)?|\d{2})\s*折(?![叠扣])|(?P<zh>[一二三四五六七八九]{1,2}|半)\s*折(?![叠扣])")
BARE_DISCOUNT_RE = re.compile(r"(?<![\d.,$£€¥%])(?P<v>\d+(?:\.\d+)?)\s+(?:discount|savings?)\b")
DISCOUNT_CTX = re.compile(r"^\s*(?:off|discount|savings?|sale|优惠|折扣)|(?:save|up to|extra|take|get|立减|优惠|折扣|低至)\s*$")
HALF_RE = re.compile(r"half[\s\-]price|half off|半价")

_MON = ("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
        "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
                                       "oct", "nov", "dec"), 1)}
# A deadline word then a month and no day ('may' is left out: a verb far more often)
MONTH_ONLY_RE = re.compile(r"\b(?:until|till|through|thru|by|before|ends?|ending|expires?|valid through)\s+"
                           r"(?:the\s+end\s+of\s+)?(?P<mon>january|february|march|april|june|july|august|"
                           r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
                           r"\b(?!\.?\s*\d)")
# a deadline that is an amount: "now $30.99 until 30.99" (a price where the date should be)
UNTIL_AMOUNT_RE = re.compile(r"\b(?:until|till|through|thru|ends?|ending|expires?)\s+(?:\$\s*)?\d+\.\d{2}(?!\d)")
# the price a copy says the product sells at now
NOW_EN = re.compile(r"\bnow(?:\s+(?:at|only|just|from))?\s*:?\s*$")
# A month then a number that is no day of it (nor a year)
MONTH_NUMBER_RE = re.compile(rf"\b(?:{_MON})\.?\s+(?:\d{{3}}|[4-9]\d|3[2-9]|\d+\.\d)(?![\d,])")
DATE_RES = (
    re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MON})\b\.?(?:,?\s+(?P<year>\d{{4}}))?"),
    re.compile(r"\b(?P<year>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<day>\d{1,2})\b"),
    re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?(?P<m>[\d一二三四五六七八九十]{1,3})\s*月\s*(?P<day>[\d一二三四五六七八九十]{1,3})\s*[日号]"),
    re.compile(r"(?<![\d.$¥€£/])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<yy>\d{2,4}))?(?![\d%/])"),
    # zh dot dates only before a deadline word, so prices (79.9元) are not read as dates: 11.30截止
    re.compile(r"(?<![\d.$¥€£])(?P<m>\d{1,2})\.(?P<day>\d{1,2})(?=\s*(?:截止|前|止|结束|到期|24点|零点|晚))"),
)
# shopping festivals named by their date: 双11 = 11-11, 双12 = 12-12, 618 = 06-18
FESTIVAL_RE = re.compile(r"双\s*(?P<d>11|十一|12|十二)|(?<![\d.])618(?![\d.%])")
_FESTIVAL = {"11": (11, 11), "十一": (11, 11), "12": (12, 12), "十二": (12, 12), None: (6, 18)}
_WEEKDAYS_EN = {d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday",
                                            "saturday", "sunday"))}
WEEKDAY_EN = re.compile(r"(?<!black )(?<!cyber )(?<!green )\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
WEEKDAY_ZH = re.compile(r"(?:周|星期|礼拜)([一二三四五六日天])")
_ZH_WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

CODE_RES = (
    re.compile(r"(?i:\b(?:promo\s+code|discount\s+code|coupon(?:\s+code)?|code|voucher)\b)\s*[:：]?\s*(?P<c>[A-Z0-9][A-Z0-9\-]{2,19})\b"),
    re.compile(r"(?:优惠码|折扣码|兑换码|口令|券码|优惠券码)\s*[:：]?\s*(?P<c>[A-Za-z0-9\-]{3,20})"),
)
# 输入 ("enter") in Chinese copy is for a code: "输入SHANYE15到手¥5"; written before anything
# else it is an instruction the offer does not give ("输入WPC来启动", "输入“一月”享免费", "输入回T退订")
ZH_ENTER_RE = re.compile(r"输入\s*(?:优惠码|折扣码|兑换码|口令|券码)?\s*[:：]?\s*[“\"「『]?(?P<c>[^\s，。！？,.!?”\"」』]{0,20})")
SIZE_RES = (
    re.compile(r"\bsizes?\s+(?P<v>(?:xxs|xs|s|m|l|xl|xxl|xxxl|\d+(?:\.\d)?)(?:\s*(?:-|–|to|/|,|and|&)\s*(?:xxs|xs|s|m|l|xl|xxl|xxxl|\d+(?:\.\d)?))*)\b"),
    re.compile(r"(?P<v>(?:\d+(?:\.\d)?|xxs|xs|s|m|l|xl|xxl|xxxl)(?:\s*[-/、至]\s*(?:\d+(?:\.\d)?|xs|s|m|l|xl|xxl))*)\s*码"),
)
_WORD = re.compile(r"[a-z]+")
NUMBER_RE = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
# a unit right after a number: "24 cm", "1.7L", "2-year", "40小时"; canonical unit per spelling
UNITS = {"cm": "cm", "厘米": "cm", "mm": "mm", "毫米": "mm", "m²": "m2", "m2": "m2", "平方米": "m2",
          "kg": "kg", "千克": "kg", "公斤": "kg", "g": "g", "克": "g", "lb": "lb", "lbs": "lb",
          "oz": "oz", "ml": "ml", "毫升": "ml", "l": "l", "升": "l", "litre": "l", "liter": "l",
          "litres": "l", "liters": "l", "w": "w", "瓦": "w", "watt": "w", "watts": "w", "h": "h",
          "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "小时": "h", "inch": "in", "inches": "in",
          "piece": "pcs", "pieces": "pcs", "pcs": "pcs", "片": "pcs", "件": "pcs", "year": "yr",
          "years": "yr", "岁": "yr", "gallon": "gal", "gallons": "gal", "gal": "gal", "quart": "qt",
          "quarts": "qt", "pint": "pt", "pints": "pt", "ounce": "oz", "ounces": "oz", "pound": "lb",
          "pounds": "lb", "gram": "g", "grams": "g", "kilogram": "kg", "kilograms": "kg", "kilo": "kg",
          "kilos": "kg", "millilitre": "ml", "milliliter": "ml", "millilitres": "ml", "milliliters": "ml",
          "centimetre": "cm", "centimeter": "cm", "centimetres": "cm", "centimeters": "cm",
          "millimetre": "mm", "millimeter": "mm", "millimetres": "mm", "millimeters": "mm",
          "ft": "ft", "foot": "ft", "feet": "ft", "mile": "mi", "miles": "mi"}
UNIT_AFTER = re.compile(r"\+?[\s-]?(" + "|".join(sorted(map(re.escape, UNITS), key=len, reverse=True))
                        + r")(?![a-z0-9])")
RATING_KEYS = ("rating", "review", "stars", "sold", "评分", "好评", "销量", "评价")
_RATING_KEY = re.compile("|".join(RATING_KEYS))


def _close(a: float, b: float, tol: float = 0.005) -> bool:
    return abs(a - b) <= tol


def _to_float(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except ValueError:
        return None


# --- promo code -----------------------------------------------------------------------------

def check_code(ctx: Context) -> None:
    code = (ctx.facts.code or "").strip()
    if code:
        for m in re.finditer(re.escape(code.lower()), ctx.low):
            ctx.consume(m.span())
    for rx in CODE_RES:
        for m in rx.finditer(ctx.nfkc):
            c = m.group("c")
            if code and c.lower() == code.lower():
                continue
            if not any(ch.isdigit() for ch in c) and not c.isupper():
                continue  # "use code at checkout" is not a code
            ctx.hit("grounding_code", m.span("c"),
                    f"code {c!r} but the offer's code is {code!r}" if code else f"code {c!r} but the offer has no code")
            ctx.consume(m.span())
    if "输入" in ctx.low:
        for m in ZH_ENTER_RE.finditer(ctx.low):
            if code and m.group("c").startswith(code.lower()):
                continue
            why = f"but the offer's code is {code!r}" if code else "but the offer has no code"
            ctx.hit("grounding_code", m.span(), f"{ctx.copy[m.start():m.end()]!r}: 输入 (enter) {why}")


# --- prices and reference prices ------------------------------------------------------------

def check_money(ctx: Context) -> None:
    f = ctx.facts
    # the zh price words (原价, 到手价, 立减...) need CJK; English copy uses the shorter regex
    rx = MONEY_RE if ctx.lang == "zh" or CJK_RE.search(ctx.low) else MONEY_EN_RE
    for m in rx.finditer(ctx.low):
        if ctx.is_consumed(m.span()):
            continue
        raw = m.group("v") or m.group("v2") or m.group("v3")
        vspan = m.span("v") if m.group("v") else m.span("v2") if m.group("v2") else m.span("v3")
        value = _to_float(raw)
        if value is None:
            continue
        ctx.consume(m.span())
        cur = m.group("cur") or m.group("cur2")
        if cur:
            cur = cur.rstrip()
            ok_cur = _CURRENCY_OF.get(cur, set())
            if f.currency not in ok_cur:
                ctx.hit("grounding_price", m.span(), f"{m.group(0)!r} is not in the product's currency {f.currency}")
                continue
        before = ctx.low[max(0, m.start() - 24):m.start()]
        pre = m.group("pre")
        was = pre in WAS_ZH if pre else bool(WAS_EN.search(before) or WAS_ZH_RE.search(before))
        if was:
            if not any(_close(value, r) for r in f.reference_prices):
                ctx.hit("grounding_price", vspan, f"reference price {raw} but the record's list price is {f.list_price}")
            else:
                _reference_price(ctx, value, vspan)
            continue
        if not any(_close(value, v) for v in f.money):
            ctx.hit("grounding_price", vspan, f"amount {raw} is not the price {f.price}, list price "
                                              f"{f.list_price} or a saving the offer implies")
        elif (f.list_price is not None and f.list_price > f.price + 0.005 and NOW_EN.search(before)
              and any(_close(value, v) for v in (f.list_price, f.list_price - f.price))):
            # "now $73.99" for a product reduced from $73.99 to $55.99: the old price (or the
            # saving) sold as the current one
            ctx.hit("grounding_price", vspan, f"'now {raw}' but the product sells at {f.price:.2f} "
                                              f"(list price {f.list_price:.2f})")


def check_zh_money(ctx: Context) -> None:
    """Amounts written in Chinese numerals (立减三百元) follow the same rule as digits."""
    if "元" not in ctx.low and "块" not in ctx.low:
        return
    for m in ZH_MONEY_RE.finditer(ctx.low):
        value = zh_number(m.group("zh"))
        if value is None or ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        before = ctx.low[max(0, m.start() - 8):m.start()]
        if WAS_ZH_RE.search(before):
            ok = ctx.facts.list_price is not None and _close(value, ctx.facts.list_price)
        else:
            ok = any(_close(value, v) for v in ctx.facts.money)
        if not ok:
            ctx.hit("grounding_price", m.span(), f"{m.group(0)!r} ({num_key(value)}) is not the price, list price or saving")


def _reference_price(ctx: Context, claimed: float, span: tuple[int, int]) -> None:
    """A 'was' price must not exceed the lowest price of the window before the promotion started.

    The promotion is taken to start at the trailing run of history entries at the current price;
    with no such run it starts the day after the last entry.
    """
    hist = sorted((d, float(p)) for d, p in (ctx.price_history or ()))
    days = int(ctx.pack.settings.get("reference_price_days", 30))
    if not hist:
        ctx.hit("reference_price_unverified", span, f"no price history to check {claimed} against")
        return
    i = len(hist)
    while i > 0 and _close(hist[i - 1][1], ctx.facts.price, 0.0051):
        i -= 1
    start = hist[i][0] if i < len(hist) else hist[-1][0] + timedelta(days=1)
    # Entries are price changes: the price in effect when the window opens counts too.
    opens = start - timedelta(days=days)
    window = [p for d, p in hist[:i] if opens <= d < start]
    in_effect = [p for d, p in hist[:i] if d < opens]
    if in_effect:
        window.append(in_effect[-1])
    if not window:
        ctx.hit("reference_price_unverified", span, f"no prices in the {days} days before {start}")
        return
    lowest = min(window)
    if claimed > lowest + 0.005:
        ctx.hit("reference_price", span, f"reference price {claimed} but the lowest price in the {days} "
                                         f"days before {start} was {lowest}")


# --- discounts ------------------------------------------------------------------------------

def _discount_ok(ctx: Context, pct: float) -> bool:
    return any(abs(pct - d) <= 0.5 + 1e-9 for d in ctx.facts.discounts)


def check_discount(ctx: Context) -> None:
    low = ctx.low
    for m in PCT_RE.finditer(low) if ("%" in low or "百分之" in low or "cent" in low) else ():
        if ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        if m.group("w"):
            parts = re.split(r"[\s\-]+", m.group("w"))
            pct = float(_TENS[parts[0]] + (_ONES.get(parts[1], 0) if len(parts) > 1 else 0))
        else:
            pct = _to_float(m.group("v")) if m.group("v") else zh_number(m.group("zh"))
        if pct is None:
            continue
        if _discount_ok(ctx, pct):
            continue
        after, before = ctx.low[m.end():m.end() + 12], ctx.low[max(0, m.start() - 10):m.start()]
        is_discount = bool(DISCOUNT_CTX.search(after) or DISCOUNT_CTX.search(before))
        if not is_discount and num_key(pct) in ctx.facts.numbers:
            continue  # "100% cotton" where the record says 100% cotton
        rule = "grounding_discount" if is_discount else "grounding_number"
        ctx.hit(rule, m.span(), f"{m.group(0)!r} does not match the offer ({_fmt_discounts(ctx)})")
    for m in ZHE_RE.finditer(low) if "折" in low else ():
        if ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        if m.group("zh") == "半":
            pct = 50.0
        else:
            raw = m.group("v") or m.group("zh")
            x = _to_float(raw) if m.group("v") else zh_number(raw) if len(raw) == 1 else (
                (zh_number(raw[0]) or 0) + (zh_number(raw[1]) or 0) / 10)
            if x is None:
                continue
            if m.group("v") and len(raw) == 2 and "." not in raw:
                x = x / 10  # 85折 = 8.5折
            pct = 100 - x * 10
        if not _discount_ok(ctx, pct):
            ctx.hit("grounding_discount", m.span(), f"{m.group(0)!r} means {num_key(pct)}% off; {_fmt_discounts(ctx)}")
    for m in BARE_DISCOUNT_RE.finditer(low) if ("discount" in low or "saving" in low) else ():
        # "a 128.99 discount": a bare number named as the discount is a percent of the offer or
        # an amount it saves, not the price
        if ctx.is_consumed(m.span()):
            continue
        ctx.consume(m.span())
        v = _to_float(m.group("v"))
        if v is None or _discount_ok(ctx, v) or any(abs(v - a) < 0.01 for a in ctx.facts.savings):
            continue
        ctx.hit("grounding_discount", m.span(), f"{m.group(0)!r} is neither the offer's discount "
                f"({_fmt_discounts(ctx)}) nor an amount it saves")
    rule = ctx.pack.rules["grounding_discount"]
    for m in rule.regex.finditer(ctx.low) if rule.regex else ():
        ctx.consume(m.span())
        if HALF_RE.fullmatch(m.group(0)) and _discount_ok(ctx, 50):
            continue
        ctx.hit("grounding_discount", m.span(), f"{m.group(0)!r} is not an offer in the record")


def _fmt_discounts(ctx: Context) -> str:
    ds = sorted({round(d, 1) for d in ctx.facts.discounts})
    return f"record allows {', '.join(num_key(d) + '%' for d in ds)}" if ds else "record has no discount"


# --- dates, weekdays and deadlines ----------------------------------------------------------

def _date_ok(ctx: Context, month: int, day: int, year: int | None) -> bool:
    return any(e.month == month and e.day == day and (year is None or e.year == year) for e in ctx.facts.ends)


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
            if i == 4:  # a/b: month/day in en-US, day/month also accepted when it is the only reading
                a, b = int(g["a"]), int(g["b"])
                yy = g.get("yy")
                year = (2000 + int(yy) if yy and len(yy) == 2 else int(yy)) if yy else None
                readings = [(a, b), (b, a)] if ctx.lang == "zh" else [(a, b)]
                if not any(1 <= mo <= 12 for mo, _ in readings):
                    readings = [(b, a)]
                ok = any(_date_ok(ctx, mo, d, year) for mo, d in readings)
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
            if not ok:
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} but the offer ends "
                                                    f"{', '.join(e.isoformat() for e in ends) or '(no end date)'}")
    if "." in low:
        # checked even where the amount passed as a price: it is no deadline
        for m in UNTIL_AMOUNT_RE.finditer(low):
            ctx.hit("grounding_date", m.span(), f"{m.group(0)!r}: an amount is no date")
    if not {0, 1} <= skip:
        # a month with no day: a deadline in some other month ("until June") or a month with a
        # number no day can be ("June 128.99", a price run into a date)
        for m in MONTH_ONLY_RE.finditer(low):
            if ctx.is_consumed(m.span()):
                continue
            month = _MONTHS[m.group("mon")[:3]]
            if not any(e.month == month for e in ends):
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} but the offer ends "
                                                    f"{', '.join(e.isoformat() for e in ends) or '(no end date)'}")
        for m in MONTH_NUMBER_RE.finditer(low):
            if not ctx.is_consumed(m.span()):
                ctx.consume(m.span())
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} is no date")
    if "双" in low or "618" in low:
        for m in FESTIVAL_RE.finditer(low):
            if ctx.is_consumed(m.span()):
                continue
            ctx.consume(m.span())
            month, day = _FESTIVAL[m.group("d")]
            if not _date_ok(ctx, month, day, None):
                ctx.hit("grounding_date", m.span(), f"{m.group(0)!r} ({month}月{day}日) but the offer ends "
                                                    f"{', '.join(e.isoformat() for e in ends) or '(no end date)'}")
    wd_hits = [(m.span(), _WEEKDAYS_EN[m.group(1)]) for m in WEEKDAY_EN.finditer(low)] if "day" in low else []
    if "周" in low or "星期" in low or "礼拜" in low:
        wd_hits += [(m.span(), _ZH_WD[m.group(1)]) for m in WEEKDAY_ZH.finditer(low)]
    for span, wd in wd_hits:
        if not any(e.weekday() == wd for e in ends):
            ctx.hit("grounding_date", span, f"{ctx.copy[span[0]:span[1]]!r} is not the weekday the offer ends")


def check_deadline(ctx: Context) -> None:
    ends = ctx.facts.ends
    rule = ctx.pack.rules["grounding_deadline"]
    if not ends:
        for m in rule.regex.finditer(ctx.low) if rule.regex else ():
            ctx.hit("grounding_deadline", m.span(), f"{m.group(0)!r} but the offer has no end date")
    # "ends tonight" / 今晚截止 is only true on the last day, which only a known send date can tell.
    today = ctx.today
    for key, offset in (("same_day", 0), ("next_day", 1)):
        rx = ctx.compiled["deadline"].get(key)
        for m in rx.finditer(ctx.low) if rx else ():
            if today is not None and any((e - today).days == offset for e in ends):
                continue
            why = "the send date is unknown" if today is None else f"the offer ends {', '.join(e.isoformat() for e in ends) or 'never'}"
            ctx.hit("grounding_deadline", m.span(), f"{m.group(0)!r} but {why}")


# --- stock, ratings, shipping, gifts ----------------------------------------------------------

def check_stock(ctx: Context) -> None:
    rule = ctx.pack.rules["grounding_stock"]
    stock = ctx.facts.stock
    low_max = int(ctx.pack.settings.get("low_stock_max", 20))
    for m in rule.regex.finditer(ctx.low) if rule.regex else ():
        ctx.consume(m.span())
        n = group_n(m)
        value = number_value(n) if n else None
        if value is not None:
            if stock is None or not _close(value, stock):
                ctx.hit("grounding_stock", m.span(), f"{m.group(0)!r} but the record's stock is {stock}")
        elif stock is None or stock > low_max:
            ctx.hit("grounding_stock", m.span(), f"scarcity claim {m.group(0)!r} but the record's stock is {stock}")


def check_rating(ctx: Context) -> None:
    rule = ctx.pack.rules["grounding_rating"]
    # Only numbers from rating-like attributes ("rating": "4.6", "评价数": "12000") substantiate.
    memo = ctx.facts.memo.get("rating")
    if memo is None:
        rated = [str(v) for k, v in ctx.brief.product.attributes.items() if _RATING_KEY.search(str(k).lower())]
        nums = {num_key(float(x)) for v in rated for x in re.findall(r"\d+(?:\.\d+)?", v.replace(",", ""))}
        memo = ctx.facts.memo["rating"] = (bool(rated), nums)
    has_rating, rating_numbers = memo
    keywords = rule.params.get("keywords")
    if keywords and not any(k in ctx.low for k in keywords):
        return  # no rating, review or sales word at all
    for m in rule.regex.finditer(ctx.low) if rule.regex else ():
        ctx.consume(m.span())
        n = group_n(m)
        if n:
            raw = n.replace(",", "").replace(" ", "")
            mult = 1000 if raw.endswith("k") else 1
            value = zh_number(raw.rstrip("k"))
            if value is not None and num_key(value * mult) in rating_numbers:
                continue
            ctx.hit("grounding_rating", m.span(), f"{m.group(0)!r} is not in the record")
        elif not has_rating:
            ctx.hit("grounding_rating", m.span(), f"{m.group(0)!r} but the record has no rating")


def check_shipping_gift(ctx: Context) -> None:
    offer = ctx.brief.offer
    rule = ctx.pack.rules["grounding_shipping"]
    if not offer.free_shipping and rule.regex:
        for m in rule.regex.finditer(ctx.low):
            ctx.hit("grounding_shipping", m.span(), f"{m.group(0)!r} but the offer has no free shipping")
    rule = ctx.pack.rules["grounding_gift"]
    if not offer.gift and rule.regex:
        for m in rule.regex.finditer(ctx.low):
            ctx.hit("grounding_gift", m.span(), f"{m.group(0)!r} but the offer has no gift")


# --- names and attributes -------------------------------------------------------------------

def check_brand(ctx: Context) -> None:
    rx, groups = ctx.compiled["brands"]
    own = (ctx.brief.product.brand or "").lower()
    for m in rx.finditer(ctx.nfkc):
        aliases = groups.get(m.group(0)) or groups[re.sub(r"[\s\-]+", " ", m.group(0))]
        if any(a.lower() == own or ctx.in_record(a) for a in aliases):
            continue
        ctx.hit("grounding_brand", m.span(), f"{m.group(0)!r} but the product is {ctx.brief.product.brand!r}")


def record_attributes(facts: Facts, lexicon: tuple) -> set[tuple[str, str]]:
    """The (kind, canonical) lexicon groups the record states in any of their forms ('grey' in
    the record states ('colour', 'grey'), so 'gray' is true too); memoised per record."""
    got = facts.memo.get("attributes")
    if got is None:
        (latin_rx, cjk_rx), canon_of = lexicon[0], lexicon[1]
        got = facts.memo["attributes"] = set().union(*(
            canon_of[m.group(0)] for rx in (latin_rx, cjk_rx) if rx is not None for m in rx.finditer(facts.text)))
    return got


def check_attributes(ctx: Context) -> None:
    (latin_rx, cjk_rx), canon_of, exc_rx, first_words = ctx.compiled["attributes"]
    low = ctx.low
    found = []
    if latin_rx is not None and not first_words.isdisjoint(_WORD.findall(low)):
        found += latin_rx.finditer(low)
    if cjk_rx is not None and CJK_RE.search(low):
        found += cjk_rx.finditer(low)
    excepted = [m.span() for m in exc_rx.finditer(ctx.low)] if exc_rx and found else []
    record_canon = record_attributes(ctx.facts, ctx.compiled["attributes"]) if found else set()
    for m in found:
        if any(a <= m.start() and m.end() <= b for a, b in excepted):
            continue
        groups = canon_of[m.group(0)]
        if min(groups)[0] == "colour":
            noun = _NEXT_WORD.match(low, m.end())
            if low[:m.start()].endswith("size "):  # "28 cm, size black"
                ctx.hit("grounding_attribute", (m.start() - 5, m.end()), f"colour {m.group(0)!r} given as a size")
                continue
            if noun and noun.group(1) in _COLOURLESS:
                # "white power", "grey battery", "a beige size": the colour given to a measure
                ctx.hit("grounding_attribute", (m.start(), noun.end()),
                        f"colour {m.group(0)!r} given to {noun.group(1)!r}")
                continue
        if groups.isdisjoint(record_canon) and not ctx.in_record(m.group(0)):
            kind = min(groups)[0]
            if (kind == "product" and _companion(ctx, m, found, canon_of)
                    and _names_own_product(ctx, found, canon_of, record_canon)):
                continue  # "fits in your backpack" beside the stove it sells: a companion item
            ctx.hit("grounding_attribute", m.span(), f"{kind} {m.group(0)!r} is not in the product record")
    if "#" in ctx.copy:
        # hashtags written in camel case ('#YummyBedding' for dumbbells): each word of the tag
        from .formats import HASHTAG_RE

        stated = record_attributes(ctx.facts, ctx.compiled["attributes"])
        for m in HASHTAG_RE.finditer(ctx.nfkc):
            for part in CASE_PARTS.findall(m.group(0)):
                groups = dict.get(canon_of, part.lower())
                if not groups or not groups.isdisjoint(stated) or ctx.in_record(part):
                    continue
                ctx.hit("grounding_attribute", m.span(), f"{min(groups)[0]} {part.lower()!r} (in {m.group(0)!r}) "
                                                         f"is not in the product record")
                break
    words = ctx.facts.words | set(re.findall(r"[a-z0-9]+", ctx.facts.text))
    for srx, guard in zip(SIZE_RES, ("size", "码")):
        if guard not in ctx.low:
            continue
        for m in srx.finditer(ctx.low):
            ctx.consume(m.span())
            for tok in re.findall(r"xxxl|xxl|xxs|xl|xs|\d+(?:\.\d)?|[sml]", m.group("v")):
                known = num_key(float(tok)) in ctx.facts.numbers if tok[0].isdigit() else tok in words
                if not known:
                    ctx.hit("grounding_attribute", m.span(), f"size {tok!r} is not in the product record")
                    break


_NEXT_WORD = re.compile(r"[ \-]+([a-z]+)\b")
# nouns a colour cannot describe
_COLOURLESS = {"power", "battery", "capacity", "size", "sizes", "weight", "wattage", "volume", "price",
               "discount", "lumens", "lumen", "hours", "percent", "stain", "stains"}


def _companion(ctx: Context, m: Any, found: list, canon_of: Any) -> bool:
    """May the kind of product `m` be a companion item ('fits in your backpack', 'Dumbbells down,
    mat out')? Not when it stands in a list with another kind ('Bedding, headphone and earbuds?'):
    that lists what the copy is about (a small model echoing the customer's interests)."""
    for o in found:
        if (o is m or not any(g[0] == "product" for g in canon_of[o.group(0)])
                or canon_of[o.group(0)] == canon_of[m.group(0)]):  # 'jeans or trousers': one kind
            continue
        if listed_together(ctx.low, m.span(), o.span()):
            return False
    if m.group(0).isascii():
        # said to come with the product: 'comes with a headphone case', 'plus a tote bag', 'with
        # 120 pieces and a headphone bag' (a building-blocks set), 'with duck down and a pair of
        # earbuds' (a jacket). Not 'looks good with a parka' or 'your phone and earbuds'.
        clause = re.split(r"[,.;:!?\n]", ctx.low[max(0, m.start() - 60):m.start()])[-1]
        if _INCLUDED.search(clause) or _WITH_AND.search(clause):
            return False
        # 'it's $40.99 with a headphone and earbuds' (a pet bed), '$81.99 with a headphone
        # socket' (a blender): 'with' gives the product a part it lacks; 'pairs with jeans',
        # 'a look that works with a parka' name what it is worn or used with
        if _WITH_PART.search(clause) and not _PAIRING.search(clause):
            return False
    # a heading of its own: a line, or the part of one before a colon, that names another kind of
    # product and not the product, with no word that ties the two ('Housing, headphone and
    # earbuds' over a pillowcase, 'Bedroom and earbuds: The ... Duvet'); 'Room in your backpack'
    # and 'Stocking stuffer for a backpack' tie them
    if not m.group(0).isascii():
        return True
    a = max(ctx.low.rfind("\n", 0, m.start()), ctx.low.rfind(":", 0, m.start())) + 1
    ends = [i for i in (ctx.low.find("\n", m.end()), ctx.low.find(":", m.end())) if i >= 0]
    seg = ctx.low[a:min(ends) if ends else len(ctx.low)]
    if not _TIE.search(seg):
        record_canon = record_attributes(ctx.facts, ctx.compiled["attributes"])
        in_seg = [o for o in found if a <= o.start() and o.end() <= a + len(seg)]
        # the product named in the heading, or anything else the record states there (its colour)
        if not (_names_own_product(ctx, in_seg, canon_of, record_canon, seg)
                or any(not canon_of[o.group(0)].isdisjoint(record_canon) for o in in_seg)):
            return False
    return True


_TIE = re.compile(r"\b(?:your|you|in|into|inside|on|for|with|fits?|pairs?|under|over|beside|next|from|"
                  r"around|along|alongside|to|or|like|than|as|by|meets?|plus)\b")


_INCLUDED = re.compile(r"\b(?:plus|including|includes|include|comes? with|ships? with|bundled with)\s+"
                       r"(?:(?:a|an|the|two|one|its|free)\s+)?(?:pair of\s+)?$")
_WITH_PART = re.compile(r"\bwith\s+(?:a|an|one|two|its|the|their)?\s*(?:pair of\s+)?$")
_PAIRING = re.compile(r"\b(?:pairs?|paired|go|goes|going|works?|looks?|wear|wears|worn|does|do|style[ds]?|"
                      r"match(?:es|ed)?|team(?:s|ed)?|layers?|layered|fits?|compatible|together|good|great|better|"
                      r"best|perfect|ideal|easy|nice|lovely)\b")
_WITH_AND = re.compile(r"\bwith\b(?:(?!\byour\b).)*\band\s+(?:a|an|one|two)\s+(?:pair of\s+)?$")


def _names_own_product(ctx: Context, found: list, canon_of: Any, record_canon: set,
                       text: str | None = None) -> bool:
    """Does the copy (or `text`, a part of it, with `found` its matches) name the product it
    sells: a kind of product the record states, or a word of its title or category other than
    the brand (whole Latin words; Chinese 2-character runs)? Copy that names another kind of
    product beside its own mentions a companion item ("clips to a backpack"); copy that names
    only another kind is about some other product."""
    if any(g[0] == "product" and g in record_canon for m in found for g in canon_of[m.group(0)]):
        return True
    from .formats import product_terms

    text = ctx.low if text is None else text
    p = ctx.brief.product
    brands = {(b or "").strip().lower() for b in (p.brand, p.localized(ctx.brief.locale).brand)}
    words = set(_WORD.findall(text))
    return any((t in words) if t.isascii() else (t in text)
               for t in product_terms(ctx) if t not in brands)


def _record_quantities(ctx: Context) -> set[tuple[str, str]]:
    """(number, canonical unit) pairs the record states: '24 cm' and '24厘米' give ('24', 'cm')."""
    got = ctx.facts.memo.get("quantities")
    if got is None:
        got = ctx.facts.memo["quantities"] = set()
        for m in NUMBER_RE.finditer(ctx.facts.text):
            unit = UNIT_AFTER.match(ctx.facts.text, m.end())
            if unit:
                got.add((num_key(float(m.group(0).replace(",", ""))), UNITS[unit.group(1)]))
        # an attribute named by its unit: {"pieces": "640"} states 640 pieces
        for key, value in ctx.brief.product.attributes.items():
            unit = UNITS.get(str(key).strip().lower())
            m = NUMBER_RE.fullmatch(str(value).strip())
            if unit and m:
                got.add((num_key(float(m.group(0).replace(",", ""))), unit))
    return got


def check_numbers(ctx: Context) -> None:
    """The catch-all: any number not explained by an earlier check must appear in the record, and
    a number written with a unit ('106 cm', '2-year') must be one the record gives in that unit."""
    for m in NUMBER_RE.finditer(ctx.low):
        if ctx.is_consumed(m.span()):
            continue
        raw = m.group(0).replace(",", "")
        try:
            key = num_key(float(raw))
        except (ValueError, OverflowError):
            key = raw
        if (re.fullmatch(r"\d+\.\d\d", raw) and not UNIT_AFTER.match(ctx.low, m.end())
                and any(_close(float(raw), v) for v in ctx.facts.money)):
            # "Adjustable Dumbbells, 21.99", "109.99 cents", "扫地机器人248.99": the price with no
            # currency sign
            ctx.hit("grounding_price", m.span(), f"amount {m.group(0)!r} written without its currency sign")
            continue
        if key in ctx.facts.numbers or raw in ctx.facts.numbers:
            unit = UNIT_AFTER.match(ctx.low, m.end())
            if unit and (key, UNITS[unit.group(1)]) not in _record_quantities(ctx):
                ctx.hit("grounding_number", (m.start(), unit.end()),
                        f"{ctx.copy[m.start():unit.end()]!r}: the record has no such quantity")
            continue
        # a number glued to letters that the record contains as a whole token ("S24", "2x", "v2")
        s, e = m.span()
        while s > 0 and ctx.low[s - 1].isalnum() and ctx.low[s - 1].isascii():
            s -= 1
        while e < len(ctx.low) and ctx.low[e].isalnum() and ctx.low[e].isascii():
            e += 1
        if ctx.low[s:e] in ctx.facts.words:
            continue
        ctx.hit("grounding_number", m.span(), f"{m.group(0)!r} is not in the product record or offer")
