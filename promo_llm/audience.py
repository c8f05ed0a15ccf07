"""Audience stage: which users a campaign reaches (locale, segment and interest filters, a seeded
sample of `max_users`) and which shard of them one process runs (`--shard K/N`)."""

from __future__ import annotations

import hashlib
import random

from .config import CampaignConfig
from .errors import UserError
from .records import UserProfile


def parse_shard(spec: str | None) -> tuple[int, int] | None:
    """'2/4' -> (2, 4): the second of four shards (1-based)."""
    if not spec:
        return None
    try:
        k, n = (int(x) for x in spec.split("/"))
    except ValueError:
        raise UserError(f"--shard: expected K/N such as 1/4, got {spec!r}") from None
    if not (n >= 1 and 1 <= k <= n):
        raise UserError(f"--shard: K must be between 1 and N, got {spec!r}")
    return k, n


def in_shard(user_id: str, shard: tuple[int, int] | None) -> bool:
    """Stable assignment of a user to a shard (hash of the id, independent of order)."""
    if shard is None:
        return True
    k, n = shard
    h = int(hashlib.sha1(user_id.encode()).hexdigest()[:8], 16)
    return h % n == k - 1


def select_audience(cfg: CampaignConfig, profiles: dict[str, UserProfile]) -> list[UserProfile]:
    """Users matching the campaign's locale and audience filters, seeded sample of max_users."""
    return count_audience(cfg, profiles)[0]


def count_audience(cfg: CampaignConfig, profiles: dict[str, UserProfile],
                   shard: tuple[int, int] | None = None) -> tuple[list[UserProfile], dict[str, int]]:
    """(the users of `shard` matching the campaign's locale and audience filters, seeded sample of
    max_users; how many of the shop's users each step left out, by reason).

    A filter that leaves nobody is an error naming that filter and how many users were left
    before it, so a campaign that would reach no one stops before any model is loaded."""
    aud = cfg.audience
    locales = set(aud.locales) or {cfg.locale}
    segments = set(aud.segments)
    interests = {i.lower() for i in aud.interests}
    steps = [
        (f"locales {sorted(locales)}", "other locale", lambda u: u.locale in locales),
        (f"audience.segments {sorted(segments)}", "not in audience.segments",
         lambda u: not segments or u.segment in segments),
        (f"audience.interests {sorted(interests)}", "not in audience.interests",
         lambda u: not interests or bool(interests & {c.lower() for c, _ in u.top_categories})),
    ]
    users = [profiles[uid] for uid in sorted(profiles)]
    left_out: dict[str, int] = {}
    for name, reason, keep in steps:
        before = len(users)
        users = [u for u in users if keep(u)]
        if not users:
            raise UserError(f"audience: 0 users after the {name} filter ({before} before it)")
        left_out[reason] = before - len(users)
    rng = random.Random(cfg.seed)
    if len(users) > cfg.max_users:
        left_out["over max_users"] = len(users) - cfg.max_users
        users = sorted(rng.sample(users, cfg.max_users), key=lambda u: u.user_id)
    mine = [u for u in users if in_shard(u.user_id, shard)]
    left_out["other shards"] = len(users) - len(mine)
    return mine, {k: n for k, n in left_out.items() if n}
