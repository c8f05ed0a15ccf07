"""`promo-llm guard check|rules`: JSONL in, verdict rows out, one clear line for malformed rows."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from promo_llm.cli import app

GOOD = {
    "id": "r1", "channel": "sms", "locale": "en-US",
    "copy": "Alpina Trailrunner boots, now $79.99 (was $99.99). 20% off until Dec 5",
    "product": {"item_id": "A1", "title": "Alpina Trailrunner Boots", "brand": "Alpina", "category": "shoes",
                "price": 79.99, "list_price": 99.99, "currency": "USD", "attributes": {"color": "black"}},
    "offer": {"discount_pct": 20, "ends": "2026-12-05"},
}
BAD = dict(GOOD, id="r2", copy="Best boots in the world, only 3 left! Reply STOP to opt out")


def _write(path, rows):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_check_writes_one_verdict_per_row(tmp_path):
    src = _write(tmp_path / "in.jsonl", [GOOD, BAD])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["guard", "check", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == ["r1", "r2"]
    assert rows[0]["passed"] and rows[0]["repaired_copy"].endswith("Reply STOP to opt out")
    assert not rows[1]["passed"]
    rules = {v["rule"] for v in rows[1]["violations"]}
    assert {"absolute_claim", "grounding_stock"} <= rules
    assert set(rows[1]["violations"][0]) == {"rule", "severity", "message", "span", "tier"}
    assert rows[1]["verdict"] == "block" and rows[1]["violations"][0]["tier"] in ("law", "truth")


def test_check_to_stdout_with_summary(tmp_path):
    src = _write(tmp_path / "in.jsonl", [GOOD, "", BAD])
    result = CliRunner().invoke(app, ["guard", "check", str(src)])
    assert result.exit_code == 0
    assert "2 copies: 1 passed (1 with warnings), 1 blocked" in result.output


MALFORMED = [
    ("not json", "row 1", None),
    (json.dumps({k: v for k, v in GOOD.items() if k != "copy"}), "row 1", "copy"),
    (json.dumps(dict(GOOD, product=dict(GOOD["product"], price="cheap"))), "row 1", "product.price"),
    (json.dumps(dict(GOOD, channel="fax")), "row 1", "channel"),
    (json.dumps(dict(GOOD, offer={"ends": "5 December"})), "row 1", "offer.ends"),
    (json.dumps(dict(GOOD, offer={"discount_pct": 120})), "row 1", "offer.discount_pct"),
    (json.dumps(dict(GOOD, offer={"discount_pct": -5})), "row 1", "offer.discount_pct"),
    (json.dumps(dict(GOOD, price_history=[{"date": "2026-11-01"}])), "row 1", "price_history[0].price"),
    (json.dumps(dict(GOOD, colour="red")), "row 1", "colour"),
    (json.dumps([1, 2]), "row 1", "(row)"),
]


@pytest.mark.parametrize("line,where,column", MALFORMED)
def test_malformed_rows_name_file_line_and_field(tmp_path, line, where, column):
    src = tmp_path / "bad.jsonl"
    src.write_text(line + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["guard", "check", str(src)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.output
    assert "bad.jsonl" in lines[0] and "row 1" in lines[0]
    if column:
        assert f"column {column!r}" in lines[0]


def test_malformed_row_later_in_file_names_its_line(tmp_path):
    src = _write(tmp_path / "in.jsonl", [GOOD, GOOD, dict(GOOD, locale=5)])
    result = CliRunner().invoke(app, ["guard", "check", str(src)])
    assert result.exit_code == 1
    assert "row 3, column 'locale'" in result.output


def test_rules_lists_ids_and_sources():
    result = CliRunner().invoke(app, ["guard", "rules"])
    assert result.exit_code == 0
    assert "absolute_claim" in result.output and "第九条" in result.output and "16 CFR 233" in result.output
    result = CliRunner().invoke(app, ["guard", "rules", "--locale", "zh-CN", "--json"])
    first = json.loads(result.output.splitlines()[0])
    assert set(first) == {"locale", "id", "tier", "severity", "message", "source"}


def test_a_zero_discount_is_no_discount(tmp_path):
    """An export's `discount_pct: 0` is an offer that takes nothing off: it loads, and a copy that
    claims a discount is then unsupported, as with no discount at all."""
    product = dict(GOOD["product"], price=99.99, list_price=99.99)
    plain = dict(GOOD, id="z1", product=product, offer={"discount_pct": 0},
                 copy="Alpina Trailrunner Boots in black, $99.99. Reply STOP to opt out")
    deal = dict(plain, id="z2", copy="Alpina Trailrunner Boots, 20% off today: $79.99. Reply STOP to opt out")
    src = _write(tmp_path / "in.jsonl", [plain, deal])
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["guard", "check", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert rows[0]["passed"], rows[0]["violations"]
    assert "grounding_discount" in {v["rule"] for v in rows[1]["violations"]}


def test_labelled_sets_name_file_line_and_field(tmp_path):
    from promo_llm.errors import DataError
    from promo_llm.guardrails.labelled import load_labelled

    src = _write(tmp_path / "set.jsonl", [dict(GOOD, expect="pass"), dict(GOOD, expect="pass", channel="fax")])
    with pytest.raises(DataError) as exc:
        load_labelled(src)
    assert "set.jsonl" in str(exc.value) and "row 2" in str(exc.value) and "channel" in str(exc.value)
