"""Contact limits, enforced before any delivery policy sees a user.

For each user of a run, in this order: the suppression list (opted-out users), consent per channel
(every channel, a personalised social post included), frequency caps per local day and per any 7
consecutive days counted from the workspace's sends across runs, quiet hours per channel in the
user's local time (an arm whose hour is quiet is removed; a user with no arm left is skipped), and
the campaign's send budget across its runs. A user who passes gets the mask of allowed arms
(channel x send-hour slot); a user who does not is skipped with the reason counted in the run
summary. Users on the non-personalised list pass through flagged: they get the product's generic
copy and the policy sees no profile of theirs.
"""

from __future__ import annotations

import csv
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

from ..errors import DataError
from ..records import UserProfile

CONSENT_KEY = {"email_subject": "email", "email_body": "email", "sms": "sms", "push": "push",
               "social": "social"}
"""The consent each channel needs. A personalised social post (a message to the user on a social
platform, written from their profile) needs the user's social consent like any other channel."""

SKIP_REASONS = ("suppressed", "no consented channel", "frequency cap (day)", "frequency cap (week)",
                "quiet hours", "budget")


@dataclass(frozen=True)
class Arm:
    """One delivery choice: a channel at a send hour (local to the user)."""

    channel: str
    hour: int

    @property
    def name(self) -> str:
        return f"{self.channel}@{self.hour:02d}"


def make_arms(channels: Sequence[str], slots: Sequence[int]) -> list[Arm]:
    return [Arm(c, int(h)) for c in channels for h in sorted(slots)]


@dataclass
class Gate:
    """The result of the limits for one run: who may be contacted on which arms, who not and why."""

    users: list[UserProfile]
    mask: np.ndarray
    """(len(users), n_arms) bool: arm allowed for the user."""
    non_personalised: set[str] = field(default_factory=set)
    skipped: list[dict[str, str]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return dict(Counter(s["reason"] for s in self.skipped))


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def is_quiet(hour: int, span: Sequence[int]) -> bool:
    """True if local `hour` falls in the quiet span [start, end) (which may wrap midnight)."""
    start, end = int(span[0]) % 24, int(span[1]) % 24
    if start == end:
        return False
    if start < end:
        return start <= hour < end
    return hour >= start or hour < end


def consented(user: UserProfile, channel: str) -> bool:
    return bool(user.consent.get(CONSENT_KEY[channel], False))


def read_user_list(path: str | Path | None) -> set[str]:
    """User ids from a file: one per line, or a CSV whose header has a user_id column."""
    if not path:
        return set()
    p = Path(path)
    if not p.is_file():
        raise DataError("no such file", file=str(p))
    lines = p.read_text(encoding="utf-8-sig").splitlines()
    if lines and "," in lines[0] and "user_id" in [c.strip() for c in lines[0].split(",")]:
        rows = list(csv.DictReader(lines))
        for i, row in enumerate(rows, 1):
            if not (row.get("user_id") or "").strip():
                raise DataError("empty user_id", file=str(p), row=i, column="user_id")
        return {r["user_id"].strip() for r in rows}
    return {x.strip() for x in lines if x.strip() and not x.startswith("#")}


def local_dates(send_times: Iterable[datetime], tz: ZoneInfo) -> list[date]:
    return [t.astimezone(tz).date() for t in send_times]


def over_week_cap(days: list[date], day: date, per_week: int) -> bool:
    """True if a send on `day` would put more than `per_week` sends in some 7-day window."""
    for start in (day - timedelta(days=k) for k in range(7)):
        end = start + timedelta(days=6)
        if sum(1 for d in days if start <= d <= end) + 1 > per_week:
            return True
    return False


def consent_matrix(users: Sequence[UserProfile], arms: Sequence[Arm]) -> np.ndarray:
    """(users, arms) bool: the user consented to the arm's channel."""
    keys = sorted({CONSENT_KEY[a.channel] for a in arms})
    c = np.array([[bool(u.consent.get(k, False)) for k in keys] for u in users], bool)
    return c.reshape(len(users), len(keys))[:, [keys.index(CONSENT_KEY[a.channel]) for a in arms]]


def apply_limits(users: Sequence[UserProfile], arms: Sequence[Arm], send_date: date, *,
                 per_day: int, per_week: int, quiet_hours: Mapping[str, Sequence[int]],
                 history: Mapping[str, list[datetime]], suppressed: set[str],
                 non_personalised: set[str], budget_left: int | None) -> Gate:
    """Apply every limit to `users` (in order); see the module docstring."""
    n = len(users)
    quiet = np.array([is_quiet(a.hour, quiet_hours.get(a.channel, (0, 0))) for a in arms], bool)
    consent = consent_matrix(users, arms)
    allowed = consent & ~quiet
    day_cap = np.zeros(n, bool)
    week_cap = np.zeros(n, bool)
    for i, u in enumerate(users):
        if history.get(u.user_id):
            days = local_dates(history[u.user_id], zone(u.timezone))
            day_cap[i] = sum(1 for d in days if d == send_date) + 1 > per_day
            week_cap[i] = over_week_cap(days, send_date, per_week)
    checks = [(np.array([u.user_id in suppressed for u in users], bool), "suppressed"),
              (~consent.any(axis=1), "no consented channel"), (day_cap, "frequency cap (day)"),
              (week_cap, "frequency cap (week)"), (~allowed.any(axis=1), "quiet hours")]
    reason = np.full(n, "", dtype=object)
    for hit, why in checks:
        reason[(reason == "") & hit] = why
    if budget_left is not None:
        ok = np.flatnonzero(reason == "")
        reason[ok[budget_left:]] = "budget"
    keep = np.flatnonzero(reason == "")
    kept = [users[i] for i in keep]
    skipped = [{"user_id": users[i].user_id, "reason": str(reason[i])} for i in np.flatnonzero(reason != "")]
    return Gate(kept, allowed[keep], {u.user_id for u in kept if u.user_id in non_personalised}, skipped)
