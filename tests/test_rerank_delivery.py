from datetime import date

import pytest

from promo_llm.records import Brief, Candidate, Offer, Product, UserProfile, Verdict, Violation
from promo_llm.rerank import PRIOR_WEIGHTS, copy_features, fluency_gate, score_candidates, score_features

PRODUCT = Product(item_id="p1", title="Nordlys Merino Scarf", category="Apparel", price=39.0,
                  brand="Nordlys", list_price=49.0, discount_pct=20)
FAN = UserProfile(user_id="u1", top_categories=(("Apparel", 0.9),), top_brands=(("Nordlys", 1.0),),
                  discount_affinity=0.9, price_band="mid")
STRANGER = UserProfile(user_id="u2", top_categories=(("Garden", 0.9),), discount_affinity=0.0)


def brief(user, channel="push"):
    return Brief(brief_id="b", user=user, product=PRODUCT, channel=channel, locale="en-US",
                 offer=Offer(discount_pct=20))


def test_score_example_from_docstring():
    assert score_features({}) == pytest.approx(0.0219, abs=1e-4)


def test_relevant_user_scores_higher_than_stranger():
    ok = Verdict(True)
    copy = "Nordlys Merino Scarf\nWrap up warm: 20% off now. Shop the scarf today."
    fan = score_features(copy_features(copy, brief(FAN), ok))
    stranger = score_features(copy_features(copy, brief(STRANGER), ok))
    assert fan > stranger


def test_copy_naming_product_with_cta_beats_vague_copy():
    ok = Verdict(True)
    good = Candidate("b", 0, "Nordlys Merino Scarf, 20% off\nShop the soft merino scarf before it goes.")
    vague = Candidate("b", 1, "Hello there\nSomething nice is waiting.")
    ranked = score_candidates(brief(FAN), [(vague, ok), (good, ok)])
    assert ranked[0].candidate.index == 0
    assert set(ranked[0].features) == set(PRIOR_WEIGHTS)


def test_the_more_fluent_of_two_otherwise_equal_copies_wins():
    ok = Verdict(True)
    text = "Nordlys Merino Scarf, 20% off\nShop the soft merino scarf before it goes."
    garbled = Candidate("b", 0, text, logprob=-2.5)
    fluent = Candidate("b", 1, text, logprob=-0.6)
    ranked = score_candidates(brief(FAN), [(garbled, ok), (fluent, ok)])
    assert ranked[0].candidate.index == 1
    assert ranked[0].features["fluency"] == pytest.approx(0.5488, abs=1e-4)  # exp(-0.6)
    # without log-probabilities (a fake backend) the feature is a constant: index breaks the tie
    plain = score_candidates(brief(FAN), [(Candidate("b", 0, text), ok), (Candidate("b", 1, text), ok)])
    assert plain[0].candidate.index == 0 and plain[0].features["fluency"] == 0.5


def test_a_lead_in_that_says_nothing_of_the_product_scores_lower():
    ok = Verdict(True)
    loose = Candidate("b", 0, "Escape into a room filled with water\nNordlys Merino Scarf, $39.00")
    kept = Candidate("b", 1, "Welcome back\nNordlys Merino Scarf, $39.00")
    ranked = score_candidates(brief(FAN), [(loose, ok), (kept, ok)])
    assert ranked[0].candidate.index == 1
    assert [r.features["grounded_lines"] for r in ranked] == [1.0, 0.5]
    # a lead-in before a colon counts as a part of its own; a word of the record grounds it
    assert copy_features("Canned water: Nordlys Merino Scarf", brief(FAN), ok)["grounded_lines"] == 0.5
    assert copy_features("Merino season: Nordlys Merino Scarf", brief(FAN), ok)["grounded_lines"] == 1.0


def test_copy_that_is_only_the_product_name_scores_lower():
    ok = Verdict(True)
    bare = Candidate("b", 0, "The Nordlys Merino Scarf.")
    more = Candidate("b", 1, "Nordlys Merino Scarf, now $39.00")
    ranked = score_candidates(brief(FAN, "email_subject"), [(bare, ok), (more, ok)])
    assert ranked[0].candidate.index == 1
    assert [r.features["beyond_title"] for r in ranked] == [1.0, 0.0]


def test_warnings_lower_the_score():
    copy = "Nordlys Merino Scarf, 20% off\nShop now."
    clean = score_features(copy_features(copy, brief(FAN), Verdict(True)))
    warned = score_features(copy_features(copy, brief(FAN), Verdict(True, (
        Violation("x", "warn", "m"), Violation("y", "warn", "m")))))
    assert warned < clean


def test_repaired_copy_is_what_gets_scored_and_sent():
    v = Verdict(True, (Violation("sms_opt_out", "repair", "appended"),), "Hi. Reply STOP to opt out")
    out = score_candidates(brief(FAN, "sms"), [(Candidate("b", 0, "Hi."), v)])
    assert out[0].copy == "Hi. Reply STOP to opt out"


def test_fluency_gate_blocks_improbable_copy_only():
    import math

    ok = Verdict(True)
    low = Candidate("b", 0, "Velora: Two sizes smaller, a cotton-bottomed knitted", logprob=math.log(0.12))
    high = Candidate("b", 1, "The Velora Drift Soft-Touch Knit Beanie is $46.99", logprob=math.log(0.55))
    gated = fluency_gate(low, ok, 0.25)
    assert not gated.passed and gated.rule_ids == ("low_fluency",)
    assert "0.120" in gated.violations[0].message
    assert fluency_gate(high, ok, 0.25) is ok
    assert fluency_gate(low, ok, 0.0) is ok                                # off
    assert fluency_gate(Candidate("b", 2, "x", logprob=None), ok, 0.25) is ok  # backend gives none
    blocked = Verdict(False, (Violation("too_long", "block", "m"),))
    assert fluency_gate(low, blocked, 0.25) is blocked
