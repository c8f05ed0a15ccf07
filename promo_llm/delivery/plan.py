"""Delivery stage: which channel, when, and with what probability (logged for off-policy evaluation).

Channel: a softmax policy over the campaign channels the user consented to, scored by the user's
past engagement on each (or a channel prior where unknown). The chosen channel's probability is the
propensity, logged with every send so later policies can be evaluated offline (IPS).
Send time: the user's most active hour on the send day, in their local timezone, moved out of
quiet hours (21:00-08:59 local), then stored in UTC.
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime, time, timezone
from typing import Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..records import Decision, UserProfile

CONSENT_KEY = {"email_subject": "email", "email_body": "email", "sms": "sms", "push": "push",
               "social": None}
CHANNEL_PRIOR = {"email_subject": 0.20, "email_body": 0.20, "sms": 0.25, "push": 0.15, "social": 0.05}
"""Typical open/read rates per channel, used where a user has no engagement history."""
QUIET_START, QUIET_END = 21, 9
DEFAULT_HOUR = 12
SOFTMAX_TEMPERATURE = 0.1


def allowed_channels(user: UserProfile, channels: Sequence[str]) -> list[str]:
    """Campaign channels the user consented to (social posts need no personal consent)."""
    out = []
    for ch in channels:
        key = CONSENT_KEY[ch]
        if key is None or user.consent.get(key, False):
            out.append(ch)
    return out


def channel_probabilities(user: UserProfile, channels: Sequence[str]) -> dict[str, float]:
    """Softmax over engagement rates of the allowed channels (empty if none is allowed)."""
    allowed = allowed_channels(user, channels)
    if not allowed:
        return {}
    rates = [user.channel_engagement.get(CONSENT_KEY[c] or c, CHANNEL_PRIOR[c]) for c in allowed]
    m = max(rates)
    w = [math.exp((r - m) / SOFTMAX_TEMPERATURE) for r in rates]
    s = sum(w)
    return {c: x / s for c, x in zip(allowed, w)}


def choose_channel(user: UserProfile, channels: Sequence[str], seed: int) -> tuple[str, float] | None:
    """Sample a channel from the policy; returns (channel, propensity) or None without consent."""
    probs = channel_probabilities(user, channels)
    if not probs:
        return None
    rng = random.Random(f"{seed}:{user.user_id}")
    r, acc = rng.random(), 0.0
    for ch, p in probs.items():
        acc += p
        if r < acc:
            return ch, p
    ch = list(probs)[-1]
    return ch, probs[ch]


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def send_hour(user: UserProfile) -> int:
    """The user's most active hour outside quiet hours, else noon."""
    for h in user.active_hours:
        if QUIET_END <= h < QUIET_START:
            return int(h)
    return DEFAULT_HOUR


def plan_send(user: UserProfile, channel: str, propensity: float, send_date: date,
              reason: str = "") -> Decision:
    tz = _zone(user.timezone)
    local = datetime.combine(send_date, time(send_hour(user)), tzinfo=tz)
    return Decision(user_id=user.user_id, channel=channel,
                    send_at=local.astimezone(timezone.utc),
                    send_at_local=local.isoformat(), propensity=round(propensity, 6), reason=reason)
