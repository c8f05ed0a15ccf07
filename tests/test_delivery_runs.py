"""Three consecutive runs of one campaign: no send breaks consent, suppression, caps, quiet hours or
the budget; a rerun of a run replaces its sends instead of adding them; non-personalised users'
prompts carry no profile."""

import sqlite3
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from promo_llm.config import from_dict, CampaignConfig
from promo_llm.delivery.limits import CONSENT_KEY, is_quiet
from promo_llm.delivery.products import split_arm
from promo_llm.errors import UserError
from promo_llm.generation import FakeGenerator
from promo_llm.pipeline import run_campaign
from promo_llm.store import Store

from test_pipeline import grounded_copy

LIMITS = {"per_day": 1, "per_week": 2, "budget": 40}


class PromptRecorder(FakeGenerator):
    def __init__(self):
        super().__init__(fn=grounded_copy)
        self.prompts = {}

    def generate(self, prompts, specs, n, seed, sampling=None):
        self.prompts.update({p.brief_id: p.text for p in prompts})
        return super().generate(prompts, specs, n, seed)


def campaign(tmp_path, day, policy="uniform"):
    (tmp_path / "suppress.txt").write_text("U00002\nU00003\n")
    (tmp_path / "generic.csv").write_text("user_id\nU00005\nU00006\nU00007\n")
    return from_dict(CampaignConfig, {
        "name": "caps", "max_users": 30, "candidates": 2, "seed": 1, "send_date": day,
        "channels": ["push", "sms", "email_subject", "social"],
        "delivery": {"policy": policy, "slots": [7, 9, 13, 20, 22], "limits": {
            **LIMITS, "suppress": str(tmp_path / "suppress.txt"),
            "non_personalised": str(tmp_path / "generic.csv")}}})


def test_three_runs_break_no_limit_and_a_rerun_does_not_double_send(tmp_path):
    from promo_llm.data.sample_shop import sample_shop_dir
    from promo_llm.data.shop import load_shop

    gen = PromptRecorder()
    days = [date(2026, 11, 16), date(2026, 11, 16), date(2026, 11, 17)]
    results = []
    for i, d in enumerate(days):
        try:
            results.append(run_campaign(campaign(tmp_path, d), generator=gen, out_dir=tmp_path / f"r{i}",
                                        progress=False))
        except UserError as exc:
            # the same day again, when the first run reached every user of the audience: nobody is
            # left under the day's cap, and the run says so instead of writing nothing quietly
            n = results[0].n_copies
            assert i == 1 and f"frequency cap (day): {n} users (of {n} users in the audience)" in str(exc), exc
            assert "0 written" in str(exc)
    assert results[0].n_copies > 0
    if len(results) == 3:  # the same day again, with users the first run left out: the reached are capped
        assert results[1].skipped.get("frequency cap (day)", 0) >= results[0].n_copies
    assert sum(r.skipped.get("budget", 0) + r.skipped.get("frequency cap (week)", 0) for r in results) > 0
    store = Store()
    with sqlite3.connect(store.path) as db:
        sends = db.execute("SELECT send_id, user_id, channel, send_at, arm, item_id FROM sends").fetchall()
    assert len(sends) == sum(r.n_copies for r in results) <= LIMITS["budget"]
    shop = load_shop(sample_shop_dir(store.home))
    profiles = shop.profiles
    ranked = shop.recommend(sorted({s[1] for s in sends}), k=5)
    per_day, per_user, ranks = Counter(), defaultdict(list), Counter()
    for _, uid, channel, at, arm, item in sends:
        u = profiles[uid]
        local = datetime.fromisoformat(at).astimezone(ZoneInfo(u.timezone))
        assert u.consent.get(CONSENT_KEY[channel]), (uid, channel)  # consent, social included
        assert uid not in {"U00002", "U00003"}                       # suppression
        assert not is_quiet(local.hour, campaign(tmp_path, days[0]).delivery.limits.quiet_hours[channel])
        base, rank = split_arm(arm)  # the arm also picks the product among the top k (uniform policy)
        assert base == f"{channel}@{local.hour:02d}"
        assert item == ranked[uid][rank]   # the copy was written for the product the arm picked
        assert rank == 0 or uid not in {"U00005", "U00006", "U00007"}  # generic copy: the top-1 only
        ranks[rank] += 1
        per_day[(uid, local.date())] += 1
        per_user[uid].append(local.date())
    assert ranks[0] and sum(n for r, n in ranks.items() if r > 0)
    assert max(per_day.values()) <= LIMITS["per_day"]
    for uid, ds in per_user.items():
        for start in ds:
            assert sum(1 for d in ds if start <= d <= start + timedelta(days=6)) <= LIMITS["per_week"]
    # non-personalised users: the prompt names none of their interests
    for brief_id, text in gen.prompts.items():
        uid = brief_id.split(":")[0]
        if uid in {"U00005", "U00006", "U00007"}:
            assert "generic copy, not personalised" in text
            assert not any(c in text for c, _ in profiles[uid].top_categories[:3] if len(c) > 3)
    # rerun the first run under its id: the same sends, replaced, none added
    again = run_campaign(campaign(tmp_path, days[0]), generator=gen, out_dir=tmp_path / "again",
                         progress=False, run_id=results[0].run_id)
    with sqlite3.connect(store.path) as db:
        after = db.execute("SELECT COUNT(*) FROM sends").fetchone()[0]
        ids = {r[0] for r in db.execute("SELECT send_id FROM sends WHERE run_id = ?", (results[0].run_id,))}
    # (later runs used up budget, so the rerun may plan fewer; it never plans anyone twice)
    assert after == len(sends) and 0 < again.n_copies <= results[0].n_copies
    assert {r["send_id"] for r in again.copies} <= ids == {r["send_id"] for r in results[0].copies}
