"""Delivery stage of a campaign run: limits first, then the policy picks each user's arm.

`plan_delivery` applies the contact limits (limits.py) to the audience, builds the users' decision
contexts (context.py), asks the campaign's policy (policy.py: uniform, softmax or a trained bandit)
for a distribution over the allowed arms (channel x local send hour) and draws one arm per user
with a draw fixed by the campaign seed and the user id. With product arms (products.py) the arm
also names the product among the user's top-k targeted ones, and the briefs are written for it.
The chosen arm's probability is logged with the send as its propensity, and the context as the
features the policy saw, so later policies can be trained and evaluated offline. `plan_send` turns
a choice into a send time in UTC.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from typing import Any, Sequence

from ..records import Decision, UserProfile
from .context import CHANNEL_PRIOR, profile_contexts, profile_tokens
from .limits import CONSENT_KEY, Arm, apply_limits, make_arms, read_user_list, zone

__all__ = ["CHANNEL_PRIOR", "CONSENT_KEY", "Choice", "DeliveryPlan", "plan_delivery", "plan_send"]
from .policy import draw, make_policy, uniforms
from .products import PRODUCT_FEATURES, expand_mask, product_arms, split_arm, top_products, with_products


@dataclass(frozen=True)
class Choice:
    arm: Arm
    propensity: float
    """The probability of the whole chosen arm (channel, hour and, with product arms, product)."""
    personalised: bool
    context: str
    """JSON of the profile features the policy saw (empty for a non-personalised user)."""
    item_id: str | None = None
    """The product the arm picked (product arms); None: the targeting picks it."""
    rank: int = 0
    """The product's rank among the user's top-k (0 = the targeting's top-1)."""

    @property
    def arm_name(self) -> str:
        """The logged arm: 'sms@20', or 'sms@20/p2' for the user's second product."""
        return self.arm.name if self.rank == 0 else f"{self.arm.name}/p{self.rank + 1}"


@dataclass
class DeliveryPlan:
    policy: str
    choices: dict[str, Choice] = field(default_factory=dict)
    skipped: list[dict[str, str]] = field(default_factory=list)

    @property
    def users(self) -> set[str]:
        return set(self.choices)


def plan_delivery(cfg: Any, users: Sequence[UserProfile], send_date: date, store: Any,
                  run_id: str, shop: Any = None) -> DeliveryPlan:
    """Limits, then the policy, for one run of campaign `cfg` (see the module docstring). Without
    a store (None) there is no send history: caps and budget count this run only. With a shop,
    `products: recommended` and `delivery.products_top_k` > 1, arms also pick the product among
    each user's top-k targeted ones (products.py); otherwise the targeting picks it later."""
    d = cfg.delivery
    lim = d.limits
    arms = make_arms(cfg.channels, d.slots)
    recorded = store.send_times([u.user_id for u in users], exclude_run=run_id) if store else {}
    history = {u: [datetime.fromisoformat(t) for t in ts] for u, ts in recorded.items()}
    budget_left = None if lim.budget is None else int(lim.budget)
    if lim.budget is not None and store is not None:
        budget_left = max(0, int(lim.budget) - store.campaign_sends(cfg.name, exclude_run=run_id))
    gate = apply_limits(users, arms, send_date, per_day=lim.per_day, per_week=lim.per_week,
                        quiet_hours=lim.quiet_hours, history=history,
                        suppressed=read_user_list(lim.suppress),
                        non_personalised=read_user_list(lim.non_personalised), budget_left=budget_left)
    plan = DeliveryPlan(d.policy, skipped=gate.skipped)
    if not gate.users:
        return plan
    ctx = profile_contexts(gate.users, arms, gate.non_personalised)
    mask, pa = gate.mask, None
    if shop is not None and d.products_top_k > 1 and getattr(cfg, "products", "") == "recommended":
        items, cf = top_products(gate.users, shop, d.products_top_k)
        pa = product_arms(gate.users, items, cf, shop.products, d.products_top_k, gate.non_personalised)
        ctx, mask = with_products(ctx, pa), expand_mask(gate.mask, pa)
    policy = make_policy(d.policy, temperature=d.temperature, model_dir=d.model, epsilon=d.epsilon)
    probs = policy.probabilities(ctx, mask)
    idx, prop = draw(probs, uniforms(ctx.ids, cfg.seed))
    for i, u in enumerate(gate.users):
        personal = u.user_id not in gate.non_personalised
        base, rank = int(idx[i]) % len(arms), int(idx[i]) // len(arms)
        context = {"tokens": profile_tokens(u), "engagement": dict(u.channel_engagement),
                   "active_hours": list(u.active_hours[:3])} if personal else {}
        item = None
        if pa is not None and pa.items[i]:
            item = pa.items[i][rank]
            if personal:
                context["product"] = {f: round(float(v), 6) for f, v in zip(PRODUCT_FEATURES, pa.F[i, rank])}
        plan.choices[u.user_id] = Choice(arms[base], float(prop[i]), personal,
                                         json.dumps(context, sort_keys=True), item, rank)
    return plan


def plan_send(user: UserProfile, choice: Choice, send_date: date, reason: str = "") -> Decision:
    """The send time of a choice: its slot hour on the send day, local to the user, stored in UTC."""
    local = datetime.combine(send_date, time(choice.arm.hour), tzinfo=zone(user.timezone))
    return Decision(user_id=user.user_id, channel=choice.arm.channel,
                    send_at=local.astimezone(timezone.utc), send_at_local=local.isoformat(),
                    propensity=round(choice.propensity, 6), reason=reason)


def user_from_context(user_id: str, context: str) -> UserProfile:
    """A profile holding what a logged decision's context recorded (for training on sends)."""
    c = json.loads(context or "{}")
    tok = c.get("tokens", {})
    get = lambda key, default: next((t.split("=", 1)[1] for t in tok if t.startswith(key + "=")), default)  # noqa: E731
    return UserProfile(user_id=user_id, segment=get("seg", "new"), price_band=get("band", "mid"),
                       locale=get("loc", "en-US"), discount_affinity=float(get("deal", 0)),
                       active_hours=tuple(c.get("active_hours", ())),
                       recency_days=float(get("recent", 0)) * 30 if "recent" in str(tok) else None,
                       channel_engagement=c.get("engagement", {}))


def arms_of(names: Sequence[str]) -> list[Arm]:
    """Arms from their names ('sms@20'; a product rank, 'sms@20/p2', is left out: see split_arm)."""
    out = []
    for n in names:
        ch, _, h = split_arm(n)[0].partition("@")
        out.append(Arm(ch, int(h)))
    return out
