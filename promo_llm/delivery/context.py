"""Decision contexts: the features a delivery policy sees for a batch of users and arms.

One layout serves every policy and both ways of scoring a bandit (Vowpal Wabbit's own text
examples, and the vectorised scorer over its learned weights), so they see the same features:

- `tokens` / `X`: the user's context, one column per token ("seg=vip", "band=mid", "peak=20", or a
  numeric column's name), value 1 for a categorical token, the number for a numeric one;
- `A`: per (user, arm) numeric features named in `arm_features` (engagement on the arm's channel
  and its logit, whether the arm's hour is near one of the user's active hours, its distance to
  each of them: `ARM_FEATURES`); with product arms, `P` holds the product's per (user, rank)
  (products.py) and an arm's numbers are its channel x hour part's and its product's, never
  copied out per arm (`arm_numbers`).

Profile contexts are built from what the profiles stage computes (segment, price band, discount
affinity, active hours, engagement per channel), never from the sample shop's latent truth. A
non-personalised user contributes no profile token and the channel priors only.
Table contexts come from a log file's own columns (e.g. the Open Bandit Dataset's user features).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import numpy as np

from ..records import UserProfile
from .limits import CONSENT_KEY, Arm

CHANNEL_PRIOR = {"email_subject": 0.20, "email_body": 0.20, "sms": 0.25, "push": 0.15, "social": 0.05}
"""Typical open/read rates per channel, used where a user has no engagement history."""
DEFAULT_HOUR = 12
ARM_FEATURES = ("eng", "leng", "hourfit", "hourdist", "hourdist2", "hourdist3")
"""Per (user, arm) numbers of profile contexts: engagement on the arm's channel and its logit,
whether the arm's hour is within an hour of one of the user's three most active hours, and the
arm hour's distance (hours / 12) to the first, second and third of them."""


@dataclass
class Contexts:
    ids: list[str]
    tokens: list[str]
    X: np.ndarray
    """(n, len(tokens)) float32."""
    arm_names: list[str]
    arm_parts: list[tuple[str, ...]]
    """Per arm, its parts (e.g. ("ch=sms", "h=20")): the bandit learns a bias for each, and may cross
    the user's tokens with them."""
    arm_features: list[str]
    A: np.ndarray
    """(n, n_arms, len(arm_features)) float32."""
    arm_rank: np.ndarray | None = None
    """Per arm, the rank of its product among the user's top-k (products.py); None: no product
    arms (every arm is the targeting's top-1 product). With product arms, arm `a` of rank `r` is
    column `r * n_base + a`, and `A` holds the channel x hour arms only (`n_base` of them)."""
    P: np.ndarray | None = None
    """(n, k, len(product_features)) float32: per user and product rank, the product's numbers."""
    product_features: list[str] = field(default_factory=list)

    @property
    def n_base(self) -> int:
        """Arms before the product rank (channel x hour): `A`'s second axis."""
        return self.A.shape[1]

    @property
    def all_features(self) -> list[str]:
        """The names of `arm_numbers`' values."""
        return list(self.arm_features) + list(self.product_features)

    def arm_numbers(self, i: int, k: int) -> np.ndarray:
        """The per-(user, arm) numbers of row `i` and arm `k` (its channel x hour part's, then its
        product's), named by `all_features`."""
        base = self.A[i, k % self.n_base]
        return base if self.P is None else np.concatenate([base, self.P[i, k // self.n_base]])

    def __len__(self) -> int:
        return len(self.ids)


def hour_distance(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Circular distance in hours (0-12)."""
    d = np.abs(a - b) % 24
    return np.minimum(d, 24 - d)


def profile_contexts(users: Sequence[UserProfile], arms: Sequence[Arm],
                     non_personalised: set[str] | frozenset[str] = frozenset()) -> Contexts:
    """Contexts from user profiles for channel x hour arms (vectorised over users)."""
    n = len(users)
    generic = np.array([u.user_id in non_personalised for u in users], bool)
    keys = sorted({CONSENT_KEY[a.channel] for a in arms})
    prior = {k: next(CHANNEL_PRIOR[a.channel] for a in arms if CONSENT_KEY[a.channel] == k) for k in keys}
    e = np.zeros((n, len(keys)), np.float32)
    for j, k in enumerate(keys):
        e[:, j] = np.fromiter((u.channel_engagement.get(k, prior[k]) for u in users), np.float32, n)
    eng = e[:, [keys.index(CONSENT_KEY[a.channel]) for a in arms]]
    eng[generic] = np.array([CHANNEL_PRIOR[a.channel] for a in arms], np.float32)
    act = np.fromiter((h for u in users for h in ((u.active_hours[:3] or (DEFAULT_HOUR,)) * 3)[:3]),
                      np.float32, 3 * n).reshape(n, 3)
    act[generic] = DEFAULT_HOUR
    hours = np.array([a.hour for a in arms], np.float32)
    d = hour_distance(hours[None, :, None], act[:, None, :])  # (n, arms, 3)
    fit = (d.min(axis=2) <= 1).astype(np.float32)
    fit[generic] = 0.0
    dist = (d / 12).astype(np.float32)
    logit = np.log(np.clip(eng, 1e-3, 1 - 1e-3) / (1 - np.clip(eng, 1e-3, 1 - 1e-3))).astype(np.float32)
    tokens: list[str] = []
    blocks = []
    for col, value in sorted(TOKEN_COLUMNS.items()):
        seen: dict[str, int] = {}
        codes = np.fromiter((seen.setdefault("" if g else value(u), len(seen)) for u, g in zip(users, generic)),
                            np.int64, n)
        cats = sorted(seen)
        order = np.empty(len(cats), np.int64)
        order[[seen[c] for c in cats]] = np.arange(len(cats))
        present = [j for j, c in enumerate(cats) if c != ""]
        if not present:
            continue
        onehot = np.zeros((n, len(cats)), np.float32)
        onehot[np.arange(n), order[codes]] = 1.0
        tokens += [f"{col}={cats[j]}" for j in present]
        blocks.append(onehot[:, present])
    X = np.concatenate(blocks, axis=1) if blocks else np.zeros((n, 0), np.float32)
    A = np.stack([eng, logit, fit, dist[:, :, 0], dist[:, :, 1], dist[:, :, 2]], axis=2)
    return Contexts([u.user_id for u in users], tokens, X, [a.name for a in arms],
                    [(f"ch={a.channel}", f"h={a.hour}") for a in arms], list(ARM_FEATURES), A)


TOKEN_COLUMNS: dict[str, Callable[[UserProfile], str]] = {
    "seg": lambda u: str(u.segment),
    "band": lambda u: str(u.price_band),
    "loc": lambda u: str(u.locale),
    "deal": lambda u: str(int(u.discount_affinity >= 0.5)),
    "peak": lambda u: str(int(u.active_hours[0])) if u.active_hours else "",
    "recent": lambda u: str(min(int(u.recency_days) // 30, 6)) if u.recency_days is not None else "",
}
"""A profile's categorical context, one column each ("" where the profile has no value)."""


def profile_tokens(u: UserProfile) -> dict[str, float]:
    """A profile's context tokens (categorical = 1.0)."""
    return {f"{col}={v}": 1.0 for col, value in TOKEN_COLUMNS.items() if (v := value(u)) != ""}


def table_contexts(columns: Mapping[str, Sequence], n: int, actions: Sequence[str]) -> Contexts:
    """Contexts from a log's context columns: text columns are tokens 'col=value', numeric columns
    numeric tokens. Arms are the log's actions, with no parts of their own."""
    tokens: list[str] = []
    blocks: list[np.ndarray] = []
    for name in sorted(columns):
        values = columns[name]
        arr = np.asarray(values)
        if arr.dtype.kind in "fiub":
            tokens.append(safe(name))
            blocks.append(np.nan_to_num(arr.astype(np.float32))[:, None])
            continue
        cats, inv = np.unique(arr.astype(str), return_inverse=True)
        tokens += [safe(f"{name}={c}") for c in cats]
        onehot = np.zeros((n, len(cats)), np.float32)
        onehot[np.arange(n), inv] = 1.0
        blocks.append(onehot)
    X = np.concatenate(blocks, axis=1) if blocks else np.zeros((n, 0), np.float32)
    names = [safe(f"a={a}") for a in actions]
    return Contexts([str(i) for i in range(n)], tokens, X, names, [() for _ in actions], [],
                    np.zeros((n, len(actions), 0), np.float32))


def safe(name: str) -> str:
    """A feature name Vowpal Wabbit's text format reads back unchanged."""
    return "".join("_" if ch in " :|\t\n" else ch for ch in str(name))
