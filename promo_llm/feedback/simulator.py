"""Response simulator for the sample shop: how its users would answer a promotional send.

The sample shop's `users.csv` carries each user's latent truth (`latent_categories`,
`latent_brands`, `latent_price_band`, `latent_deal_seeker`, `latent_peak_hour`). Only this module
reads those columns; no model, feature or policy may, so what a model learns from simulated
outcomes it learns as it would from a real ESP export.

A send is a user, a product, a channel, a send time, a copy and an offer (`Send`). The simulator
gives three probabilities per send, each a logistic model whose terms are all in `SimParams`:

- P(open): the user's engagement on the channel (`engagement_<email|sms|push>` of users.csv, else
  the channel prior), less a penalty per hour between the send's local hour and the user's peak
  hour, less fatigue per send the user got in the days before, plus the headline's appeal (the copy
  names the product, fits the channel's length);
- P(click | open): the user's latent preference for the product's category and brand, the product's
  price band against theirs, deal seeking x the offer's discount, plus the text effect;
- P(purchase | click): category preference, price band, deal seeking x discount.

The text effect (on the click, part on the open) is computed from the copy itself by this module's
own simple reading of it, independent of the reranker's features:
`names_product` (brand or a distinctive title word), `mentions_offer` (the discount figure or code;
half for a generic deal word) weighted by how deal-seeking the user really is, `interest` (words of
the user's real top categories' world: 'trail' for a hiker, 'sleep' for a bedding lover),
`call_to_action`, `channel_fit` (length inside the channel's comfortable band), `repetition`
(share of repeated words, the mark of garbled small-model copy) and the guardrails' warnings.

Use: `sim = Simulator.from_shop(shop_dir, seed=1)`; `p = sim.probabilities(sends)` (arrays, no
randomness: delivery policies may call `probabilities(...)` to score arms such as channel x send
hour); `sim.draw(sends, seed)` samples outcomes (opened, clicked, converted, revenue, ts).
`simulate_run` draws outcomes for a workspace run and writes the file `feedback ingest` reads.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np

from ..channels import channel_spec

_CHANNEL_KEY = {"email_subject": "email", "email_body": "email", "sms": "sms", "push": "push"}
_BANDS = {"budget": 0, "mid": 1, "premium": 2}


@dataclass(frozen=True)
class SimParams:
    """Every parameter of the simulator. Logit terms add; probabilities are sigmoid(sum)."""

    channel_prior: Mapping[str, float] = field(default_factory=lambda: {
        "email_subject": 0.20, "email_body": 0.20, "sms": 0.25, "push": 0.15, "social": 0.05})
    """P(open) on a channel for a user with no engagement figure for it."""
    engagement_clip: tuple[float, float] = (0.03, 0.85)
    """Bounds on a user's channel engagement before it becomes the base open rate."""
    hour_penalty: float = 0.22
    """Open logit lost per hour between the send's local hour and the user's peak hour (circular)."""
    hour_gap_cap: float = 8.0
    """Hours beyond which a later send loses no more."""
    fatigue_per_send: float = 0.35
    """Open logit lost per earlier send to the same user within `fatigue_days`."""
    fatigue_days: float = 7.0
    """Window (days before the send) in which earlier sends tire the user."""
    open_names_product: float = 0.3
    """Open logit for a headline that names the product."""
    open_channel_fit: float = 0.6
    """Open logit at full channel fit (0 at none)."""
    click_bias: float = -2.2
    """Click-given-open logit before any term."""
    click_category: float = 3.0
    """Click logit per unit of the user's latent preference for the product's category (0..1)."""
    click_brand: float = 0.5
    """Click logit when the product's brand is among the user's three latent favourite brands."""
    click_price_gap: float = -0.7
    """Click logit per band between the product's price band and the user's (0, 1 or 2 bands)."""
    click_deal: float = 1.6
    """Click logit for deal seeking (0..1) x the offer's discount relative to `discount_ref`."""
    discount_ref: float = 30.0
    """Discount (percent) at which the deal terms reach their full weight (capped at 1.5x)."""
    text_names_product: float = 0.5
    """Click logit when the copy names the product (brand or a distinctive title word)."""
    text_offer: float = 1.6
    """Click logit per unit of deal seeking when the copy states the offer (half for a deal word)."""
    text_offer_cost: float = 0.35
    """Click logit lost by a stated offer regardless of the user (discount talk cheapens the brand
    for users who do not seek deals)."""
    text_interest: float = 0.8
    """Click logit when the copy speaks to the user's real interests (words of their top
    latent categories' world, weighted by preference relative to their top one)."""
    text_cta: float = 0.3
    """Click logit for a call to action ('shop', 'grab', '立即')."""
    text_channel_fit: float = 0.5
    """Click logit at full channel fit (0 at none)."""
    text_repetition: float = -2.5
    """Click logit per unit of the copy's share of repeated words (garbled copy repeats itself)."""
    text_warning: float = -0.4
    """Click logit per guardrail warning on the copy (at most 3 counted)."""
    purchase_bias: float = -1.3
    """Purchase-given-click logit before any term."""
    purchase_category: float = 1.0
    """Purchase logit per unit of latent category preference."""
    purchase_price_gap: float = -0.6
    """Purchase logit per band of price gap."""
    purchase_deal: float = 1.2
    """Purchase logit for deal seeking x discount (as `click_deal`)."""
    fit_band: Mapping[str, tuple[float, float]] = field(default_factory=lambda: {
        "email_subject": (0.25, 0.7), "push": (0.2, 0.6), "sms": (0.15, 0.5)})
    """Comfortable copy length per channel, as fractions of its max_chars; other channels (0.2, 0.8)."""
    delay_minutes: tuple[float, float, float] = (90.0, 10.0, 40.0)
    """Mean minutes from send to open, open to click, click to purchase (exponential draws)."""


INTEREST_WORDS: dict[str, tuple[str, ...]] = {
    "Outdoor Footwear": ("trail", "hike", "hiking", "outdoor", "mountain", "adventure", "walk", "徒步", "户外", "登山"),
    "Outerwear": ("weather", "rain", "wind", "outdoor", "cold", "storm", "adventure", "风雨", "户外", "防风"),
    "Knitwear": ("cosy", "cozy", "warm", "soft", "winter", "snug", "温暖", "柔软", "冬"),
    "Kitchen Appliances": ("kitchen", "cook", "breakfast", "coffee", "recipe", "morning", "厨房", "早餐", "美味"),
    "Cookware": ("cook", "kitchen", "dinner", "meal", "recipe", "chef", "厨房", "下厨", "美食"),
    "Bedding": ("sleep", "night", "bed", "rest", "dream", "comfort", "睡眠", "好梦", "舒适"),
    "Skincare": ("skin", "glow", "routine", "radiant", "care", "肌肤", "护肤", "光彩"),
    "Headphones & Audio": ("music", "sound", "listen", "playlist", "bass", "音乐", "音质", "聆听"),
    "Smart Home": ("home", "smart", "control", "automate", "easy", "智能", "家居", "轻松"),
    "Fitness": ("workout", "fitness", "train", "gym", "strong", "active", "健身", "锻炼", "运动"),
    "Coffee & Tea": ("brew", "cup", "coffee", "tea", "aroma", "morning", "香醇", "一杯", "冲泡"),
    "Kids & Toys": ("kids", "play", "fun", "family", "learn", "孩子", "玩", "乐趣"),
    "Bags & Luggage": ("travel", "trip", "journey", "pack", "carry", "旅行", "出行", "收纳"),
    "Pet Supplies": ("pet", "dog", "cat", "furry", "paw", "宠物", "毛孩子", "狗", "猫"),
}
"""The world of each sample-shop category: copy using these words speaks to a user who loves it."""

_CTA = re.compile(r"\b(shop|buy|get|grab|order|discover|explore|see|try|claim|save|tap|find|browse|"
                  r"pick|book|join|start)\b|立即|马上|快来|点击|查看|领取|选购|抢", re.I)
_DEAL_WORDS = re.compile(r"\b(sale|deal|save|off|discount|offer)\b|优惠|折|特价|省", re.I)
_WORD = re.compile(r"[a-z]{3,}|[\u4e00-\u9fff]", re.I)
_STOP = {"the", "and", "for", "with", "you", "your", "our", "now", "off", "this", "that", "are", "reply",
         "stop", "opt", "out"}


@dataclass(frozen=True)
class Send:
    """One send to simulate. `hour` is the local send hour; when None it comes from `send_at` and
    the user's timezone. `recent_sends` counts earlier sends to the user within the fatigue window
    (see `recent_send_counts`)."""

    user_id: str
    item_id: str
    channel: str
    copy: str = ""
    send_at: datetime | None = None
    hour: int | None = None
    discount_pct: float | None = None
    code: str | None = None
    warnings: int = 0
    recent_sends: int = 0
    send_id: str = ""
    locale: str = "en-US"


@dataclass(frozen=True)
class Probabilities:
    """Per-send probabilities (numpy arrays of the sends' length)."""

    open: np.ndarray
    click_given_open: np.ndarray
    purchase_given_click: np.ndarray

    @property
    def click(self) -> np.ndarray:
        return self.open * self.click_given_open

    @property
    def convert(self) -> np.ndarray:
        return self.click * self.purchase_given_click


@dataclass(frozen=True)
class Outcome:
    send_id: str
    opened: bool
    clicked: bool
    converted: bool
    revenue: float
    ts: datetime | None


@dataclass(frozen=True)
class _User:
    timezone: str
    engagement: Mapping[str, float]
    categories: Mapping[str, float]
    brands: tuple[str, ...]
    band: int
    deal: float
    peak: int


@dataclass(frozen=True)
class _Item:
    title: str
    title_zh: str
    brand: str
    brand_zh: str
    category: str
    price: float
    discount_pct: float
    band: int


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-z))


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _num(v: object, default: float | None = None) -> float | None:
    try:
        f = float(v)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return default if math.isnan(f) else f


class Simulator:
    """Probabilities and seeded draws of opens, clicks and purchases for sends to a shop's users."""

    def __init__(self, users: Mapping[str, _User], items: Mapping[str, _Item], params: SimParams,
                 seed: int = 0):
        self.users, self.items, self.params, self.seed = dict(users), dict(items), params, seed

    @classmethod
    def from_shop(cls, shop_dir: str | Path, params: SimParams = SimParams(), seed: int = 0) -> "Simulator":
        """Read users.csv (with its latent_* columns) and catalog.csv of a sample shop folder."""
        import pyarrow.csv as pacsv

        from ..errors import DataError

        shop_dir = Path(shop_dir)
        users_tbl = pacsv.read_csv(shop_dir / "users.csv").to_pylist()
        if not users_tbl or "latent_categories" not in users_tbl[0]:
            raise DataError("no latent_* columns: the simulator needs the sample shop's users.csv",
                            file=str(shop_dir / "users.csv"), column="latent_categories")
        users = {}
        for r in users_tbl:
            eng = {k: float(r[f"engagement_{k}"]) for k in ("email", "sms", "push")
                   if r.get(f"consent_{k}") and _num(r.get(f"engagement_{k}")) is not None}
            users[str(r["user_id"])] = _User(
                timezone=str(r.get("timezone") or "UTC"), engagement=eng,
                categories=json.loads(r["latent_categories"]), brands=tuple(json.loads(r["latent_brands"])),
                band=_BANDS.get(str(r["latent_price_band"]), 1), deal=float(r["latent_deal_seeker"]),
                peak=int(r["latent_peak_hour"]))
        items = _read_items(shop_dir / "catalog.csv")
        return cls(users, items, params, seed)

    # --- the response model ------------------------------------------------------------------
    def text_signals(self, send: Send) -> dict[str, float]:
        """The simulator's reading of a copy for one send (each in [0, 1])."""
        user, item = self.users[send.user_id], self.items[send.item_id]
        text = send.copy or ""
        low = text.lower()
        title_words = [w for w in re.findall(r"[a-z]{4,}", item.title.lower()) if w != item.brand.lower()]
        named = (item.brand.lower() in low or (item.brand_zh and item.brand_zh in text)
                 or any(w in low for w in title_words))
        discount = send.discount_pct or 0.0
        offer_terms = [t for t in (send.code, f"{discount:g}%" if discount else None,
                                   f"{(100 - discount) / 10:g}折" if discount else None) if t]
        offer = 1.0 if any(t.lower() in low for t in offer_terms) else (0.5 if _DEAL_WORDS.search(text) else 0.0)
        top = max(user.categories.values(), default=0.0)
        interest = 0.0
        # the product's own name does not count ('Rice Cooker' is not talk of cooking)
        rest = low
        for name in (item.title, item.title_zh, item.brand, item.brand_zh):
            if name:
                rest = rest.replace(name.lower(), " ")
        for cat, pref in user.categories.items():
            if top and any(w in rest for w in INTEREST_WORDS.get(cat, ())):
                interest = max(interest, pref / top)
        words = [w.lower() for w in _WORD.findall(text) if w.lower() not in _STOP]
        repetition = 1.0 - len(set(words)) / len(words) if len(words) >= 4 else 0.0
        return {"names_product": float(bool(named)), "mentions_offer": offer, "interest": interest,
                "call_to_action": 1.0 if _CTA.search(text) else 0.0,
                "channel_fit": self._channel_fit(text, send.channel, send.locale),
                "repetition": repetition}

    def _channel_fit(self, text: str, channel: str, locale: str) -> float:
        try:
            spec = channel_spec(channel, locale)
        except (KeyError, ValueError):
            return 1.0
        lo, hi = self.params.fit_band.get(channel, (0.2, 0.8))
        n, lo_c, hi_c = len(text), lo * spec.max_chars, hi * spec.max_chars
        if lo_c <= n <= hi_c:
            return 1.0
        width = hi_c - lo_c
        gap = lo_c - n if n < lo_c else n - hi_c
        return max(0.0, 1.0 - gap / width)

    def local_hour(self, send: Send) -> int:
        if send.hour is not None:
            return int(send.hour)
        if send.send_at is None:
            raise ValueError(f"send for {send.user_id}: give hour or send_at")
        when = send.send_at if send.send_at.tzinfo else send.send_at.replace(tzinfo=timezone.utc)
        return when.astimezone(_zone(self.users[send.user_id].timezone)).hour

    def probabilities(self, sends: Sequence[Send]) -> Probabilities:
        """P(open), P(click | open), P(purchase | click) for each send; deterministic.

        Unknown user or item ids raise KeyError naming the id."""
        p = self.params
        n = len(sends)
        cols = {k: np.zeros(n) for k in ("eng", "gap", "recent", "cat", "brand", "band", "deal_x",
                                          "deal", "warn")}
        sig = {k: np.zeros(n) for k in ("names_product", "mentions_offer", "interest", "call_to_action",
                                        "channel_fit", "repetition")}
        for i, s in enumerate(sends):
            if s.user_id not in self.users:
                raise KeyError(f"unknown user {s.user_id!r}")
            if s.item_id not in self.items:
                raise KeyError(f"unknown item {s.item_id!r}")
            u, it = self.users[s.user_id], self.items[s.item_id]
            eng = u.engagement.get(_CHANNEL_KEY.get(s.channel, s.channel))
            cols["eng"][i] = eng if eng is not None else p.channel_prior.get(s.channel, 0.1)
            d = abs(self.local_hour(s) - u.peak) % 24
            cols["gap"][i] = min(min(d, 24 - d), p.hour_gap_cap)
            cols["recent"][i] = s.recent_sends
            cols["cat"][i] = u.categories.get(it.category, 0.0)
            cols["brand"][i] = float(it.brand in u.brands)
            cols["band"][i] = abs(u.band - it.band)
            discount = s.discount_pct if s.discount_pct is not None else 0.0
            cols["deal_x"][i] = u.deal * min(1.5, discount / p.discount_ref)
            cols["deal"][i] = u.deal
            cols["warn"][i] = min(3, s.warnings)
            for k, v in self.text_signals(s).items():
                sig[k][i] = v
        lo, hi = p.engagement_clip
        e = np.clip(cols["eng"], lo, hi)
        z_open = (np.log(e / (1 - e)) - p.hour_penalty * cols["gap"] - p.fatigue_per_send * cols["recent"]
                  + p.open_names_product * sig["names_product"] + p.open_channel_fit * (sig["channel_fit"] - 1))
        text = (p.text_names_product * sig["names_product"]
                + sig["mentions_offer"] * (p.text_offer * cols["deal"] - p.text_offer_cost)
                + p.text_interest * sig["interest"] + p.text_cta * sig["call_to_action"]
                + p.text_channel_fit * (sig["channel_fit"] - 1) + p.text_repetition * sig["repetition"]
                + p.text_warning * cols["warn"])
        z_click = (p.click_bias + p.click_category * cols["cat"] + p.click_brand * cols["brand"]
                   + p.click_price_gap * cols["band"] + p.click_deal * cols["deal_x"] + text)
        z_buy = (p.purchase_bias + p.purchase_category * cols["cat"] + p.purchase_price_gap * cols["band"]
                 + p.purchase_deal * cols["deal_x"])
        return Probabilities(_sigmoid(z_open), _sigmoid(z_click), _sigmoid(z_buy))

    def draw(self, sends: Sequence[Send], seed: int | None = None) -> list[Outcome]:
        """Sample each send's outcome (open -> click -> purchase, with revenue and the time of the
        last event) from `probabilities`, seeded by `seed` (default: the simulator's seed)."""
        rng = np.random.default_rng(self.seed if seed is None else seed)
        pr = self.probabilities(sends)
        n = len(sends)
        opened = rng.random(n) < pr.open
        clicked = opened & (rng.random(n) < pr.click_given_open)
        bought = clicked & (rng.random(n) < pr.purchase_given_click)
        delays = rng.exponential(self.params.delay_minutes, size=(n, 3)).cumsum(axis=1)
        out = []
        for i, s in enumerate(sends):
            steps = int(opened[i]) + int(clicked[i]) + int(bought[i])
            ts = None
            if steps and s.send_at is not None:
                ts = s.send_at + timedelta(minutes=float(delays[i, steps - 1]))
            revenue = round(self.items[s.item_id].price, 2) if bought[i] else 0.0
            out.append(Outcome(s.send_id, bool(opened[i]), bool(clicked[i]), bool(bought[i]), revenue, ts))
        return out


def _read_items(path: Path) -> dict[str, _Item]:
    import pyarrow.csv as pacsv

    rows = pacsv.read_csv(path).to_pylist()
    by_cat: dict[str, list[float]] = {}
    for r in rows:
        by_cat.setdefault(r["category"], []).append(float(r.get("list_price") or r["price"]))
    items = {}
    for r in rows:
        lp = float(r.get("list_price") or r["price"])
        prices = by_cat[r["category"]]
        below = sum(x < lp for x in prices) / len(prices)
        items[str(r["item_id"])] = _Item(
            title=str(r["title"]), title_zh=str(r.get("title_zh") or ""), brand=str(r.get("brand") or ""),
            brand_zh=str(r.get("brand_zh") or ""), category=str(r["category"]), price=float(r["price"]),
            discount_pct=float(_num(r.get("discount_pct"), 0.0) or 0.0),
            band=0 if below < 1 / 3 else (1 if below < 2 / 3 else 2))
    return items


def recent_send_counts(sends: Sequence[Send], history: Iterable[tuple[str, datetime]],
                       days: float = SimParams.fatigue_days) -> list[int]:
    """For each send, the number of (user_id, send_at) in `history` to the same user in the `days`
    before its send_at (sends without send_at get 0)."""
    by_user: dict[str, list[datetime]] = {}
    for uid, at in history:
        by_user.setdefault(uid, []).append(at)
    out = []
    window = timedelta(days=days)
    for s in sends:
        if s.send_at is None:
            out.append(0)
            continue
        out.append(sum(s.send_at - window <= t < s.send_at for t in by_user.get(s.user_id, ())))
    return out
