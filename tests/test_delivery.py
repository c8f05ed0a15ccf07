"""Delivery: limits, policies, the bandit's vectorised scoring against Vowpal Wabbit, rounds."""

from datetime import date, datetime, timezone

import numpy as np
import pytest

from promo_llm.config import DEFAULT_QUIET_HOURS
from promo_llm.delivery.bandit import BanditModel
from promo_llm.delivery.context import profile_contexts
from promo_llm.delivery.limits import apply_limits, is_quiet, make_arms
from promo_llm.delivery.plan import Choice, plan_send
from promo_llm.delivery.policy import BanditPolicy, SoftmaxPolicy, UniformPolicy, draw, epsilon_greedy, uniforms
from promo_llm.delivery.rounds import allowed_mask, run_rounds
from promo_llm.records import UserProfile

ARMS = make_arms(["push", "sms", "social"], [7, 12, 20, 22])


def gate(users, **kw):
    args = dict(per_day=1, per_week=2, quiet_hours=DEFAULT_QUIET_HOURS, history={}, suppressed=set(),
                non_personalised=set(), budget_left=None)
    args.update(kw)
    return apply_limits(users, ARMS, date(2026, 11, 16), **args)


def test_every_limit_skips_with_its_reason_and_masks_arms():
    ok = UserProfile(user_id="ok", consent={"sms": True, "push": True})
    social_only = UserProfile(user_id="so", consent={})  # a social post needs consent too
    sent = lambda *d: [datetime(2026, 11, x, 15, tzinfo=timezone.utc) for x in d]  # noqa: E731
    users = [ok, social_only, UserProfile(user_id="sup", consent={"sms": True}),
             UserProfile(user_id="day", consent={"sms": True}), UserProfile(user_id="week", consent={"sms": True}),
             UserProfile(user_id="b1", consent={"push": True}), UserProfile(user_id="b2", consent={"push": True})]
    g = gate(users, suppressed={"sup"}, history={"day": sent(16), "week": sent(11, 14)}, budget_left=2)
    reasons = {s["user_id"]: s["reason"] for s in g.skipped}
    assert reasons == {"so": "no consented channel", "sup": "suppressed", "day": "frequency cap (day)",
                       "week": "frequency cap (week)", "b2": "budget"}
    assert [u.user_id for u in g.users] == ["ok", "b1"]
    allowed = {a.name for a, m in zip(ARMS, g.mask[0]) if m}
    assert allowed == {"push@12", "push@20", "sms@12", "sms@20"}  # 07 and 22 are quiet; no social consent
    assert gate([UserProfile(user_id="w", consent={"sms": True})], history={"w": sent(9)}).skipped == []


def test_quiet_hours_wrap_midnight_and_sms_only_8_to_21():
    assert is_quiet(21, (21, 8)) and is_quiet(3, (21, 8)) and is_quiet(7, (21, 8))
    assert not is_quiet(8, (21, 8)) and not is_quiet(20, (21, 8)) and not is_quiet(5, (0, 0))
    only_late = make_arms(["sms"], [22])
    g = apply_limits([UserProfile(user_id="u", consent={"sms": True})], only_late, date(2026, 1, 1),
                     per_day=1, per_week=3, quiet_hours=DEFAULT_QUIET_HOURS, history={}, suppressed=set(),
                     non_personalised=set(), budget_left=None)
    assert g.skipped == [{"user_id": "u", "reason": "quiet hours"}]


def users_for_policy(n=40, seed=0):
    rng = np.random.default_rng(seed)
    return [UserProfile(user_id=f"u{i}", segment=["new", "vip"][i % 2], active_hours=(int(rng.integers(24)),),
                        consent={"push": True, "sms": bool(i % 3)},
                        channel_engagement={"push": float(rng.random()), "sms": float(rng.random())})
            for i in range(n)]


def test_policies_stay_inside_the_mask_and_draws_are_seeded():
    users = users_for_policy()
    g = gate(users)
    ctx = profile_contexts(g.users, ARMS)
    for pol in (UniformPolicy(), SoftmaxPolicy(0.1)):
        p = pol.probabilities(ctx, g.mask)
        assert np.allclose(p.sum(axis=1), 1) and not (p[~g.mask] > 0).any()
        idx, prop = draw(p, uniforms(ctx.ids, 5))
        assert g.mask[np.arange(len(idx)), idx].all() and np.allclose(prop, p[np.arange(len(idx)), idx])
        assert (draw(p, uniforms(ctx.ids, 5))[0] == idx).all()
    soft = SoftmaxPolicy(0.1).probabilities(ctx, g.mask)
    # softmax: one hour per channel, the allowed slot nearest the user's most active hour
    u = g.users[0]
    chosen = [ARMS[k] for k in np.flatnonzero(soft[0] > 0)]
    for a in chosen:
        alts = [b.hour for b, m in zip(ARMS, g.mask[0]) if m and b.channel == a.channel]
        gap = lambda h: min(abs(h - u.active_hours[0]) % 24, 24 - abs(h - u.active_hours[0]) % 24)  # noqa: E731
        assert gap(a.hour) == min(gap(h) for h in alts)
    p = epsilon_greedy(np.array([[0.3, -1.0, 0.0]]), np.array([[True, True, False]]), 0.2)
    assert np.allclose(p, [[0.1, 0.9, 0.0]])


@pytest.mark.parametrize("tokens", [False, True])
def test_vectorised_bandit_scores_agree_with_vowpal_wabbit_and_survive_save_load(tmp_path, tokens):
    users = users_for_policy(300, seed=1)
    ctx = profile_contexts(users, ARMS, non_personalised={"u5"})
    assert not ctx.X[5].any()  # a non-personalised user contributes no profile token
    model = BanditModel(ctx.arm_names, 0.1, seed=0, tokens=tokens, weighting="ips" if tokens else "none")
    rng = np.random.default_rng(0)
    acts = rng.integers(len(ARMS), size=len(users))
    model.learn(ctx, acts, (rng.random(len(users)) < 0.3).astype(float), rng.uniform(0.05, 0.5, len(users)))
    mine = model.predictions(ctx)
    theirs = model.vw_scores(ctx, range(len(users)))
    assert np.abs(theirs).max() > 0.05 and np.abs(mine - theirs).max() < 1e-5
    model.save(tmp_path / "m")
    again = BanditModel.load(tmp_path / "m")
    assert np.allclose(again.scores(ctx), model.scores(ctx), atol=1e-6)
    assert again.manifest["kind"] == "delivery_bandit" and again.manifest["training"]["n_examples"] == 300
    assert again.tokens == tokens and again.exploration == model.exploration
    assert again.weighting == model.weighting


def test_bandit_epsilon_shrinks_with_logged_data_and_the_policy_logs_it():
    users = users_for_policy(60, seed=3)
    ctx = profile_contexts(users, ARMS)
    model = BanditModel(ctx.arm_names, 0.2, seed=0, epsilon_min=0.02, decay_after=100)
    policy = BanditPolicy(model)
    allowed = np.ones((len(users), len(ARMS)), bool)
    eps = []
    for _ in range(6):
        model.learn(ctx, np.zeros(len(users), int), np.ones(len(users)))
        p = policy.probabilities(ctx, allowed)
        eps.append(p.min())
        assert np.allclose(p.sum(axis=1), 1)
    n = 60 * np.arange(1, 7)
    assert np.allclose(np.array(eps) * len(ARMS), np.maximum(0.02, 0.2 * np.minimum(1, 100 / n)))
    assert BanditPolicy(model, 0.3).probabilities(ctx, allowed).min() == pytest.approx(0.3 / len(ARMS))


def test_bandit_learns_the_arm_features_shared_by_every_arm():
    """Opens follow engagement and the hour's distance to the user's active hour; the reward model
    learns both signs, and ranks arms by them for users it has never seen."""
    rng = np.random.default_rng(4)
    users, unseen = users_for_policy(2000, seed=5), users_for_policy(300, seed=6)
    ctx, new = profile_contexts(users, ARMS), profile_contexts(unseen, ARMS)
    f = ctx.arm_features
    logit = lambda c: 3 * c.A[:, :, f.index("leng")] - 4 * c.A[:, :, f.index("hourdist")]  # noqa: E731
    model = BanditModel(ctx.arm_names, 0.1, seed=0)
    for _ in range(3):
        acts = rng.integers(len(ARMS), size=len(users))
        p = 1 / (1 + np.exp(-logit(ctx)[np.arange(len(users)), acts]))
        model.learn(ctx, acts, (rng.random(len(users)) < p).astype(float))
    w = dict(zip(f, model._w(list(f))))
    assert w["leng"] > 0 and w["hourdist"] < 0
    best = model.predictions(new).argmax(axis=1)
    true = logit(new)
    assert (true[np.arange(len(unseen)), best] >= true.max(axis=1) - 0.5).mean() > 0.9


def test_plan_send_uses_the_arms_hour_in_local_time():
    u = UserProfile(user_id="u", timezone="Asia/Shanghai")
    d = plan_send(u, Choice(ARMS[2], 0.5, True, "{}"), date(2026, 11, 16))
    assert d.send_at_local.startswith("2026-11-16T20:00") and d.send_at.hour == 12 and d.channel == "push"


def test_rounds_harness_a_learner_beats_a_fixed_policy_on_a_known_truth():
    """Truth: conversion depends only on whether the arm's hour is the user's hidden best hour."""
    users = [UserProfile(user_id=f"u{i}", segment=["new", "vip", "active"][i % 3], consent={"push": True},
                         active_hours=(12,), channel_engagement={"push": 0.3}) for i in range(600)]
    arms = make_arms(["push"], [8, 12, 18, 20])
    best = {"new": 8, "vip": 18, "active": 20}  # visible through the segment, not the active hours
    truth = np.array([[0.3 if a.hour == best[u.segment] else 0.02 for a in arms] for u in users])
    mask = allowed_mask(users, arms, DEFAULT_QUIET_HOURS)
    res = run_rounds(users, arms, truth, mask, rounds=4, seeds=[0, 1], epsilon=0.1, bandit={"tokens": True})
    final = res.summary(-1)
    assert res.values.shape == (2, 4, 3)
    # one hour for everybody gets at most (0.3 + 2 * 0.02) / 3 = 0.113: the segment must be used
    assert final["bandit"]["mean"] > 0.25 > 1.5 * final["softmax"]["mean"]
    assert final["bandit"]["ci"][0] > final["softmax"]["ci"][1]
