"""The labelled set (eval/data/guardrails.jsonl) meets the issue's targets, per rule and overall."""

from __future__ import annotations

from pathlib import Path

import pytest

from promo_llm.guardrails import load_pack
from promo_llm.guardrails.labelled import load_labelled, score_labelled

DATA = Path(__file__).resolve().parents[1] / "eval" / "data" / "guardrails.jsonl"
# Rules a copy cannot trigger by itself: fail-closed errors are tested in test_guardrails.py, and
# these repair or warn rules never block a copy whose repair fits.
NOT_LABELLED = {"internal_error", "invisible_char", "bidi_control", "subject_fake_reply",
                "subject_one_line", "reference_price_unverified",
                # a warning only (a subject a little over its limit): no labelled row can block on it;
                # tests/test_guardrails_seventeenth_claims.py covers it
                "subject_cut"}


@pytest.fixture(scope="module")
def rows():
    return load_labelled(DATA)


@pytest.fixture(scope="module")
def score(rows):
    return score_labelled(rows)


def test_the_set_is_big_and_bilingual(rows):
    assert len(rows) >= 300
    zh = sum(raw["locale"] == "zh-CN" for raw, _ in rows)
    assert 0.4 <= zh / len(rows) <= 0.6
    assert len({raw["id"] for raw, _ in rows}) == len(rows)


def test_block_recall_and_false_blocks_meet_targets(score):
    misses = [m for m in score.misses if m["kind"] == "miss"]
    false_blocks = [m for m in score.misses if m["kind"] == "false_block"]
    assert score.block_recall >= 0.98, misses
    assert score.false_block_rate <= 0.03, false_blocks


def test_every_rule_has_block_cases_and_clean_probes(score):
    rules = set(load_pack("en-US").rules) - NOT_LABELLED
    blocked = {r for r, s in score.rules.items() if s.block_cases}
    probed = {r for r, s in score.rules.items() if s.pass_cases}
    assert rules <= blocked, sorted(rules - blocked)
    assert rules <= probed, sorted(rules - probed)


def test_per_rule_recall(score):
    low = {r: s.caught / s.block_cases for r, s in score.rules.items() if s.block_cases and s.caught < s.block_cases}
    assert all(v >= 0.9 for v in low.values()), low


FROZEN = Path(__file__).resolve().parents[1] / "eval" / "guardrails" / "frozen" / "frozen.jsonl"


def test_the_frozen_set_covers_both_languages_every_channel_and_labels_each_violation():
    from promo_llm.guardrails.packs import TIERS
    from promo_llm.records import CHANNELS

    rows = load_labelled(FROZEN)
    raws = [raw for raw, _ in rows]
    assert len(raws) >= 300 and len({r["id"] for r in raws}) == len(raws)
    for lang in ("en", "zh"):
        mine = [r for r in raws if r["locale"].startswith(lang)]
        assert {r["channel"] for r in mine} == set(CHANNELS)
        assert {r["expect"] for r in mine} == {"pass", "warn", "block"}
    for r in raws:
        if r["expect"] == "pass":
            assert "tier" not in r
        else:
            assert r["tier"] in TIERS and r["kind"]
            assert (r["tier"] == "style") == (r["expect"] == "warn")


def test_the_frozen_set_stays_at_its_measured_level():
    """Regression guard at the level bench/results/guardrails.json reports (docs/guardrails.md);
    the first, held-out score was recall 0.972 with no false block."""
    score = score_labelled(load_labelled(FROZEN))
    assert score.block_recall >= 0.97, [m for m in score.misses if m["kind"] == "miss"]
    assert score.false_block_rate <= 0.02, [m for m in score.misses if m["kind"] == "false_block"]


# The later frozen sets at the level their seen results report (bench/results/guardrails_frozenN.json,
# regenerated with the current rules): (block rows caught at least, false blocks at most). Their
# first scores, held out, are in those files' *_first.json; these floors only keep a later change
# from undoing what each set's fixes achieved.
LATER_SETS = {2: (195, 0), 3: (183, 1), 4: (183, 0), 5: (183, 0), 6: (181, 0), 7: (182, 0), 8: (181, 0),
              9: (177, 0), 10: (176, 0), 11: (176, 0), 12: (174, 0), 13: (175, 0), 14: (177, 0),
              15: (178, 0), 16: (180, 0), 17: (178, 0), 18: (179, 0), 19: (178, 0), 20: (178, 0),
              21: (179, 0), 22: (180, 0), 23: (180, 0), 24: (177, 0), 25: (178, 0)}


@pytest.mark.parametrize("n", sorted(LATER_SETS))
def test_each_later_frozen_set_stays_at_its_seen_level(n):
    path = FROZEN.parents[1] / f"frozen-{n}" / f"frozen-{n}.jsonl"
    score = score_labelled(load_labelled(path))
    caught, false_blocks = LATER_SETS[n]
    assert score.caught >= caught, [m for m in score.misses if m["kind"] == "miss"]
    assert score.false_blocks <= false_blocks, [m for m in score.misses if m["kind"] == "false_block"]
