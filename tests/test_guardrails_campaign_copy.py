"""Copy classes a campaign must not send: deadlines held against the send date, a stated discount
that disagrees with the stated prices (%, 折, to its stated precision), Markdown in plain-text
channels, the customer's profile written into copy, an invented origin, a line cut after an
adjective, a year taken for a deadline. Each blocks, and its near miss passes."""

from __future__ import annotations

from datetime import date

import pytest

from promo_llm.guardrails import Guardrails
from promo_llm.guardrails.rows import parse_row

DUMBBELLS = {"product": {"item_id": "P1", "title": "Oakridge Adjustable Dumbbells", "brand": "Oakridge",
                         "category": "Fitness", "price": 11.99, "list_price": 15.99, "currency": "USD",
                         "attributes": {"color": "black", "origin": "Portugal"}},
             "offer": {"discount_pct": 15, "ends": "2026-12-01"}}
FILM = {"product": {"item_id": "F1", "title": "Fargo", "category": "Crime", "price": 9.99, "currency": "USD",
                    "attributes": {"year": "1984", "genre": "crime"}},
        "offer": {"discount_pct": 10, "ends": "2026-12-10"}}
BOOTS_ZH = {"product": {"item_id": "Z1", "title": "Alpina 登山靴", "brand": "Alpina", "category": "户外鞋",
                        "price": 599, "list_price": 624, "currency": "CNY", "attributes": {"颜色": "黑色"}},
            "offer": {"ends": "2026-12-12"}}


def verdict(copy: str, base: dict = DUMBBELLS, channel: str = "sms", locale: str = "en-US",
            today: date | None = None):
    r = parse_row({"id": "t", "copy": copy, "channel": channel, "locale": locale, **base})
    return Guardrails.load(today=today).check(r.copy, r.brief)


def blocked_by(v) -> set[str]:
    return {x.rule for x in v.violations if x.severity == "block"}


CASES = [
    # (copy, base, channel, locale, today, rule that blocks it, near miss that passes)
    ("Oakridge Adjustable Dumbbells, $11.99 until Dec 1.", DUMBBELLS, "sms", "en-US", date(2026, 12, 6),
     "grounding_date", None),
    ("Oakridge Adjustable Dumbbells, 15% off while it lasts. Hurry!", DUMBBELLS, "sms", "en-US",
     date(2026, 12, 6), "grounding_deadline", None),
    ("15% off the Oakridge Adjustable Dumbbells, $11.99 (was $15.99).", DUMBBELLS, "sms", "en-US", None,
     "discount_prices", "25% off the Oakridge Adjustable Dumbbells, $11.99 (was $15.99)."),
    ("Alpina 登山靴9.59折，现价599元，原价624元。", BOOTS_ZH, "sms", "zh-CN", None,
     "grounding_discount", "Alpina 登山靴9.6折，现价599元，原价624元。"),
    ("Alpina 登山靴8折，现价599元，原价624元。", BOOTS_ZH, "sms", "zh-CN", None, "discount_prices", None),
    ("Fargo: a 10% off deal on the crime classic until Dec 1984.", FILM, "sms", "en-US", None,
     "grounding_date", "Fargo: a 10% off deal on the crime classic until Dec 10, 2026."),
    ("Oakridge Adjustable Dumbbells: 15% off the Comfortable", DUMBBELLS, "email_subject", "en-US", None,
     "truncated", "Oakridge Adjustable Dumbbells: 15% off the set"),
    ("**Product: Oakridge Adjustable Dumbbells** now $11.99.", DUMBBELLS, "sms", "en-US", None,
     "markdown", "Product: Oakridge Adjustable Dumbbells, now $11.99."),
    ("Fargo: Crime, Mid-Range, now $9.99 for a night in.", FILM, "sms", "en-US", None,
     "profile_feature", "Fargo: Crime, now $9.99 for a night in."),
    ("Oakridge Adjustable Dumbbells, made in a small village near the coast, $11.99.", DUMBBELLS, "sms",
     "en-US", None, "grounding_origin", "Oakridge Adjustable Dumbbells, made in Portugal, $11.99."),
    ("Oakridge Adjustable Dumbbells, made in Vietnam, $11.99.", DUMBBELLS, "sms", "en-US", None,
     "grounding_origin", "Oakridge Adjustable Dumbbells, made in a compact size, $11.99."),
]


@pytest.mark.parametrize("copy,base,channel,locale,today,rule,near_miss", CASES)
def test_copy_class_blocks_and_its_near_miss_passes(copy, base, channel, locale, today, rule, near_miss):
    assert rule in blocked_by(verdict(copy, base, channel, locale, today)), copy
    if near_miss is not None:
        v = verdict(near_miss, base, channel, locale, today)
        assert v.passed, (near_miss, v.violations)


def test_a_deadline_on_or_after_the_send_date_passes():
    copy = "Oakridge Adjustable Dumbbells, $11.99 until Dec 1."
    assert verdict(copy, today=date(2026, 11, 20)).passed
    assert verdict(copy, today=date(2026, 12, 1)).passed
    # no year: a date more than half a year past is next year's ("until Jan 5" sent in December)
    jan = dict(DUMBBELLS, offer={"discount_pct": 15, "ends": "2027-01-05"})
    assert verdict("Oakridge Adjustable Dumbbells, $11.99 until Jan 5.", jan, today=date(2026, 12, 20)).passed


def test_an_extra_discount_on_top_of_the_stated_price_is_not_the_gap_between_prices():
    v = verdict("Oakridge Adjustable Dumbbells $11.99 (was $15.99). Extra 15% off this week.")
    assert "discount_prices" not in blocked_by(v)


def test_a_decimal_percentage_must_be_right_to_its_stated_place():
    # 15.99 -> 11.99 is 25.02% off: '25.0%' is right, '25.4%' is not (a whole '25%' is)
    assert "grounding_discount" not in blocked_by(verdict("Oakridge Adjustable Dumbbells: 25.0% off, $11.99."))
    assert "grounding_discount" in blocked_by(verdict("Oakridge Adjustable Dumbbells: 25.4% off, $11.99."))
