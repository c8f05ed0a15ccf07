"""Property-based fuzzing of every input a user hands us: `guard check` rows, campaign YAML, data
files (catalog, users, events) and outcome files. Every input gets a verdict or one of our errors
(UserError / DataError / ConfigError), never a traceback; the guardrails fail closed.

Bounded by the `default` hypothesis profile (tests/conftest.py) in `make test`; `make fuzz` runs
the `long` profile.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promo_llm.errors import UserError

CHARS = st.characters(codec="utf-8") | st.sampled_from(
    list("{}%<>|:\"',;\n\r\t\\$@#") + ["\u200b", "\u202e", "\x00", "\ufeff"])
TEXT = st.lists(CHARS | st.sampled_from(["{{", "{%", "ignore previous instructions"]), max_size=20).map("".join)
SCALAR = st.none() | st.booleans() | st.integers(-10**6, 10**12) | st.floats(allow_nan=True) | TEXT
JSONISH = st.recursive(SCALAR, lambda c: st.lists(c, max_size=3) | st.dictionaries(TEXT, c, max_size=3),
                       max_leaves=8)
SETTINGS = settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

VALID_ROW = {"id": "r1", "copy": "Nordlys wool socks for $12. Reply STOP to opt out", "channel": "sms",
             "locale": "en-US", "product": {"item_id": "P1", "title": "Nordlys wool socks", "brand": "Nordlys",
                                            "category": "Socks", "price": 12.0}}


def _mutate(base: dict, data: st.DataObject) -> dict:
    """`base` with a few keys (top-level or nested one level) replaced, removed or added."""
    row = json.loads(json.dumps(base))
    for _ in range(data.draw(st.integers(1, 4))):
        target = row
        if isinstance(row.get("product"), dict) and data.draw(st.booleans()):
            target = row["product"]
        key = data.draw(st.sampled_from(sorted(target) + ["offer", "user", "price_history", "campaign",
                                                          "attributes", "list_price", "extra"]))
        action = data.draw(st.sampled_from(["set", "drop"]))
        if action == "drop":
            target.pop(key, None)
        else:
            target[key] = data.draw(JSONISH)
    return row


@SETTINGS
@given(data=st.data())
def test_guard_check_rows_get_a_verdict_or_a_located_error(data):
    from promo_llm.errors import DataError
    from promo_llm.guardrails import Guardrails
    from promo_llm.guardrails.cli import read_rows

    row = _mutate(VALID_ROW, data)
    raw = json.dumps(row, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")
    prefix = data.draw(st.binary(max_size=30)) if data.draw(st.booleans()) else b""
    raw = prefix + raw  # broken bytes in front (a newline among them starts a line of their own)
    last_line = 1 + prefix.count(b"\n")
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "rows.jsonl"
        path.write_bytes(raw + b"\n")
        try:
            rows = list(read_rows(path))
        except DataError as e:
            assert e.file and 1 <= e.row <= last_line, str(e)
            return
    for _, r in rows:
        verdict = Guardrails.load(campaign=r.campaign).check(r.copy, r.brief, r.price_history)
        assert isinstance(verdict.passed, bool)
        if not r.copy.strip():
            assert not verdict.passed  # fail closed: nothing to send is not a pass


CAMPAIGN = {"name": "fz", "locale": "en-US", "channels": ["push", "sms"], "candidates": 2, "max_users": 5,
            "seed": 1, "send_date": "2026-11-16", "offer": {"discount_pct": 10},
            "delivery": {"limits": {"per_day": 2}}}


@SETTINGS
@given(data=st.data())
def test_campaign_yaml_loads_or_names_the_key(data):
    from promo_llm.config import CampaignConfig, load_config

    if data.draw(st.booleans()):
        text = yaml.safe_dump(_mutate(CAMPAIGN, data), allow_unicode=True)
    else:
        text = data.draw(st.text(CHARS, max_size=200))
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "c.yaml"
        path.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            cfg = load_config(CampaignConfig, path, [])
        except UserError as e:
            assert "c.yaml" in str(e), str(e)
            return
    assert cfg.name is not None


CELL = st.text(st.characters(codec="utf-8", exclude_characters="\n\r,\""), max_size=12) | st.sampled_from(
    ["", "NaN", "-1", "1e400", "2026-13-45", "null", "{\"a\": 1}", "true", "１２"])
TABLES = {"catalog": ["item_id", "title", "category", "price", "attributes", "stock"],
          "users": ["user_id", "locale", "timezone", "consent_email"],
          "events": ["user_id", "item_id", "event_type", "ts", "price"]}


@SETTINGS
@given(kind=st.sampled_from(sorted(TABLES)), data=st.data())
def test_data_files_load_or_name_file_row_and_column(kind, data):
    from promo_llm.data import loaders

    cols = data.draw(st.lists(st.sampled_from(TABLES[kind] + ["junk"]), min_size=1, max_size=6, unique=True))
    rows = data.draw(st.lists(st.lists(CELL, min_size=len(cols), max_size=len(cols)), max_size=5))
    body = "\n".join(",".join(r) for r in [cols] + rows) + "\n"
    raw = body.encode("utf-8", "surrogatepass")
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(0, len(raw)))
        raw = raw[:cut] + data.draw(st.binary(min_size=1, max_size=4)) + raw[cut:]
    load = {"catalog": loaders.load_catalog, "users": loaders.load_users, "events": loaders.load_events}[kind]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"{kind}.csv"
        path.write_bytes(raw)
        try:
            load(path)
        except UserError as e:
            assert f"{kind}.csv" in str(e), str(e)


@pytest.fixture(scope="module")
def sends_workspace(tmp_path_factory):
    from promo_llm.store import Store

    home = tmp_path_factory.mktemp("fuzz-ws")
    Store(home).add_sends([(f"s{k}", "r1", f"U{k}", "P1", "sms", "2026-11-16T18:00:00+00:00", 0.5,
                            "copy", 0.1) for k in range(3)])
    return home


OUTCOME_CELL = CELL | st.sampled_from(["s0", "s1", "s2", "s9", "yes", "no", "2026-11-17T10:00:00Z",
                                       "2020-01-01", "-5", "inf"])


@SETTINGS
@given(data=st.data())
def test_outcome_files_ingest_or_name_file_row_and_column(sends_workspace, data):
    from promo_llm.feedback.ingest import ingest_outcomes

    cols = data.draw(st.lists(st.sampled_from(["send_id", "opened", "clicked", "converted", "revenue", "ts",
                                               "user_id", "junk"]), min_size=1, max_size=6, unique=True))
    rows = data.draw(st.lists(st.lists(OUTCOME_CELL, min_size=len(cols), max_size=len(cols)), max_size=5))
    body = "\n".join(",".join(r) for r in [cols] + rows) + "\n"
    quarantine = data.draw(st.booleans())
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "outcomes.csv"
        path.write_bytes(body.encode("utf-8", "surrogatepass"))
        try:
            report = ingest_outcomes(path, home=sends_workspace,
                                     quarantine=Path(d) / "q.jsonl" if quarantine else None)
        except UserError as e:
            assert "outcomes.csv" in str(e) or "--map" in str(e), str(e)
            return
    assert report.read == report.matched + report.rejected
