"""Dataclass configs and the one strict YAML loader (unknown keys are errors), with overrides.

Every config field carries a one-line doc in `metadata["help"]`; `__post_init__` validates and names
the bad field and value. `load_config(Cls, path, overrides)` is the only way YAML becomes a config.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Mapping, TypeVar

import yaml

from .errors import ConfigError
from .records import CHANNELS, LOCALES

T = TypeVar("T")


def opt(default: Any = dataclasses.MISSING, help: str = "", **kw: Any) -> Any:
    """A dataclass field with help text (and a default, immutable where given a list)."""
    if isinstance(default, (list, dict)):
        value = default
        return field(default_factory=lambda: type(value)(value), metadata={"help": help}, **kw)
    return field(default=default, metadata={"help": help}, **kw)


TONES = ("friendly", "urgent", "premium", "playful", "informative")
SEGMENTS = ("new", "active", "at_risk", "lapsed", "vip")


@dataclass
class OfferConfig:
    discount_pct: float | None = opt(None, "campaign discount in percent (0-90); None = product's own")
    code: str | None = opt(None, "promo code shown in the copy")
    ends: date | None = opt(None, "last day of the offer (YYYY-MM-DD)")
    free_shipping: bool = opt(False, "the offer includes free shipping")
    gift: str | None = opt(None, "a gift with purchase, e.g. 'a travel pouch'")

    def __post_init__(self) -> None:
        if self.discount_pct is not None and not 0 < float(self.discount_pct) <= 90:
            raise ConfigError(f"discount_pct: must be in (0, 90], got {self.discount_pct!r}")


@dataclass
class AudienceConfig:
    segments: list[str] = opt([], "lifecycle segments to include (empty = all)")
    locales: list[str] = opt([], "user locales to include (empty = the campaign locale's users)")
    interests: list[str] = opt([], "keep users whose top categories include one of these")

    def __post_init__(self) -> None:
        bad = [s for s in self.segments if s not in SEGMENTS]
        if bad:
            raise ConfigError(f"segments: unknown segment {bad[0]!r}; expected one of {SEGMENTS}")


@dataclass
class GuardConfig:
    banned_terms: list[str] = opt([], "terms that must never appear")
    competitors: list[str] = opt([], "competitor names that must never appear")
    allowed_domains: list[str] = opt([], "URL domains the copy may link to")
    block: list[str] = opt([], "rule ids or tiers whose warnings block in this campaign (e.g. style, "
                               "final_punctuation, push_format)")


POLICIES = ("softmax", "uniform", "bandit")
DEFAULT_QUIET_HOURS = {"sms": [21, 8], "push": [21, 8], "social": [22, 8], "email_subject": [22, 6],
                       "email_body": [22, 6]}
"""Quiet hours per channel in the user's local time, [start, end): no send at or after `start` or
before `end`. SMS only 08:00-21:00 (TCPA); the others are the project's conservative defaults."""


@dataclass
class LimitsConfig:
    per_day: int = opt(1, "at most this many sends to one user per local calendar day, across runs")
    per_week: int = opt(3, "at most this many sends to one user in any 7 consecutive days, across runs")
    budget: int | None = opt(None, "at most this many sends of this campaign in total, across its runs "
                                   "(null = no budget)")
    quiet_hours: dict = opt(dict(DEFAULT_QUIET_HOURS),
                            "per channel [start, end) local hours with no sends, e.g. {sms: [21, 8]}")
    suppress: str | None = opt(None, "file of user ids (one a line, or a CSV with user_id) never to "
                                     "contact")
    non_personalised: str | None = opt(None, "file of user ids who receive the product's generic copy, "
                                             "never profile-conditioned copy")

    def __post_init__(self) -> None:
        if int(self.per_day) < 1 or int(self.per_week) < int(self.per_day):
            raise ConfigError(f"per_day must be >= 1 and per_week >= per_day, got {self.per_day!r}, "
                              f"{self.per_week!r}")
        if self.budget is not None and int(self.budget) < 0:
            raise ConfigError(f"budget: must be >= 0, got {self.budget!r}")
        if not isinstance(self.quiet_hours, Mapping):
            raise ConfigError(f"quiet_hours: expected a mapping of channel: [start, end], got {self.quiet_hours!r}")
        merged = dict(DEFAULT_QUIET_HOURS)
        for ch, span in self.quiet_hours.items():
            if ch not in CHANNELS:
                raise ConfigError(f"quiet_hours: unknown channel {ch!r}; expected one of {', '.join(CHANNELS)}")
            ok = isinstance(span, (list, tuple)) and len(span) == 2 and all(
                isinstance(h, int) and not isinstance(h, bool) and 0 <= h <= 24 for h in span)
            if not ok:
                raise ConfigError(f"quiet_hours.{ch}: expected [start, end] hours 0-24, got {span!r}")
            merged[ch] = [int(span[0]), int(span[1])]
        self.quiet_hours = merged


@dataclass
class DeliveryConfig:
    policy: str = opt("softmax", "how each send's channel and hour are chosen: softmax (by engagement), "
                                 "uniform (exploration baseline) or bandit (a trained model)")
    model: str | None = opt(None, "bandit model folder (from `promo-llm deliver train`); policy bandit")
    epsilon: float | None = opt(None, "bandit exploration: probability mass spread uniformly over allowed "
                                      "arms (default: the model's schedule, shrinking with its data)")
    temperature: float = opt(0.1, "softmax temperature over engagement rates")
    slots: list[int] = opt([8, 12, 18, 20], "send-hour slots in the user's local time; arms are "
                                            "channel x slot")
    products_top_k: int = opt(4, "the arm also picks the product among the user's top-k targeted ones "
                                 "(products: recommended; 1: channel x slot only); softmax keeps the "
                                 "targeting's top-1, uniform and bandit choose among all k")
    limits: LimitsConfig = opt(None, "contact limits, enforced before any policy")

    def __post_init__(self) -> None:
        self.limits = self.limits or LimitsConfig()
        k = self.products_top_k
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= 10:
            raise ConfigError(f"products_top_k: expected an integer 1-10, got {k!r}")
        if self.policy not in POLICIES:
            raise ConfigError(f"policy: expected one of {POLICIES}, got {self.policy!r}")
        if self.policy == "bandit" and not self.model:
            raise ConfigError("model: policy bandit needs a model folder (promo-llm deliver train)")
        if self.epsilon is not None and not 0 <= float(self.epsilon) <= 1:
            raise ConfigError(f"epsilon: must be in [0, 1], got {self.epsilon!r}")
        if not float(self.temperature) > 0:
            raise ConfigError(f"temperature: must be > 0, got {self.temperature!r}")
        if not self.slots or any(not 0 <= int(h) <= 23 for h in self.slots) or len(set(self.slots)) != len(self.slots):
            raise ConfigError(f"slots: expected distinct hours 0-23, got {self.slots!r}")


@dataclass
class CampaignConfig:
    name: str = opt(help="campaign name, used in run ids and outputs")
    locale: str = opt("en-US", "copy language: en-US, en-GB or zh-CN")
    channels: list[str] = opt(["push"], "channels to write for; delivery picks one per user")
    products: Any = opt("recommended", "'recommended', or {ids: [...]} or {categories: [...]}")
    audience: AudienceConfig = opt(None, "who receives the campaign")
    tone: str = opt("friendly", "voice of the copy")
    offer: OfferConfig = opt(None, "what the campaign offers")
    candidates: int = opt(4, "candidates generated per brief (1-16)")
    retries: int = opt(2, "extra rounds of `candidates` more for briefs whose candidates were all "
                          "blocked (0-3)")
    max_users: int = opt(250, "at most this many users")
    seed: int = opt(0, "seed for sampling, targeting ties and delivery")
    model: str = opt("default", "model name or path; 'default' = the packaged model with its adapter")
    adapter: str | None = opt("default", "LoRA adapter folder; 'default' = bundled; null = none")
    brand_signature: str | None = opt(None, "brand signature for zh SMS, e.g. 山野")
    guard: GuardConfig = opt(None, "campaign guardrail additions")
    temperature: float = opt(0.6, "sampling temperature (0.6: on the demo campaign, more copies pass than at 0.8 and stay >99% distinct)")
    top_p: float = opt(0.92, "nucleus sampling mass")
    repetition_penalty: float = opt(1.1, "penalty on tokens already in the prompt or the copy (1 = off)")
    sibling_penalty: float = opt(1.0, "penalty on the next token where another candidate of the same brief "
                                      "wrote it after the same token (a bigram it wrote), unless the prompt "
                                      "holds that bigram (the record's names, figures, offer); spreads a "
                                      "brief's candidates over other wordings (1 = off; HF engine only)")
    dedupe_siblings: bool = opt(True, "push apart candidates of the same brief that write the same copy "
                                       "token for token: drawn in order, a candidate that so far equals an "
                                       "earlier one may not pick the token that one just picked, unless it "
                                       "is alone in the nucleus (HF engine only)")
    dedupe_after: int = opt(4, "with dedupe_siblings: how many tokens a candidate must have written exactly "
                               "as an earlier one before it is pushed apart (0: from the first token; "
                               "candidates may share their opening)")
    min_fluency: float = opt(0.0, "reject candidates whose mean token probability under the model is "
                                  "below this (`low_fluency`); 0 = off")
    distinct_copies: bool = opt(True, "deliver copy no earlier brief of the run delivers: a brief whose "
                                      "best passing candidate repeats one (case, spacing, punctuation "
                                      "aside) delivers its best one that does not, where it has one; "
                                      "false = every brief its reranker's best")
    send_date: date | None = opt(None, "day to plan sends for (default: tomorrow)")
    shop: str | None = opt(None, "sample-shop folder or data folder (default: bundled sample shop)")
    delivery: DeliveryConfig = opt(None, "delivery policy and contact limits")
    rerank: str = opt("auto", "reranker: auto (the newest conversion model trained for this shop, else "
                              "the prior), prior (hand-set weights), or a trained model folder")

    def __post_init__(self) -> None:
        self.audience = self.audience or AudienceConfig()
        self.offer = self.offer or OfferConfig()
        self.guard = self.guard or GuardConfig()
        self.delivery = self.delivery or DeliveryConfig()
        if not isinstance(self.name, str) or not self.name.strip():
            raise ConfigError("name: must be a non-empty string")
        if self.locale not in LOCALES:
            raise ConfigError(f"locale: expected one of {LOCALES}, got {self.locale!r}")
        if not self.channels:
            raise ConfigError("channels: at least one channel is required")
        for c in self.channels:
            if c not in CHANNELS:
                raise ConfigError(f"channels: unknown channel {c!r}; expected one of {', '.join(CHANNELS)}")
        if self.tone not in TONES:
            raise ConfigError(f"tone: expected one of {TONES}, got {self.tone!r}")
        if not 1 <= int(self.candidates) <= 16:
            raise ConfigError(f"candidates: must be between 1 and 16, got {self.candidates!r}")
        if not 0 <= int(self.retries) <= 3:
            raise ConfigError(f"retries: must be between 0 and 3, got {self.retries!r}")
        if int(self.max_users) < 1:
            raise ConfigError(f"max_users: must be at least 1, got {self.max_users!r}")
        if not 0 < float(self.temperature) <= 2:
            raise ConfigError(f"temperature: must be in (0, 2], got {self.temperature!r}")
        if not 0 < float(self.top_p) <= 1:
            raise ConfigError(f"top_p: must be in (0, 1], got {self.top_p!r}")
        if not 1 <= float(self.repetition_penalty) <= 2:
            raise ConfigError(f"repetition_penalty: must be in [1, 2], got {self.repetition_penalty!r}")
        if not 1 <= float(self.sibling_penalty) <= 2:
            raise ConfigError(f"sibling_penalty: must be in [1, 2], got {self.sibling_penalty!r}")
        if not isinstance(self.dedupe_siblings, bool):
            raise ConfigError(f"dedupe_siblings: expected true or false, got {self.dedupe_siblings!r}")
        if isinstance(self.dedupe_after, bool) or not isinstance(self.dedupe_after, int) or self.dedupe_after < 0:
            raise ConfigError(f"dedupe_after: expected a whole number of tokens, at least 0, got {self.dedupe_after!r}")
        if not 0 <= float(self.min_fluency) < 1:
            raise ConfigError(f"min_fluency: must be in [0, 1), got {self.min_fluency!r}")
        if not isinstance(self.rerank, str) or not self.rerank.strip():
            raise ConfigError(f"rerank: expected auto, prior or a model folder, got {self.rerank!r}")
        p = self.products
        if p != "recommended":
            if not isinstance(p, Mapping) or set(p) - {"ids", "categories"} or not p:
                raise ConfigError("products: expected 'recommended', {ids: [...]} or {categories: [...]}, "
                                  f"got {p!r}")


# --- the strict loader ------------------------------------------------------------------------

def _convert(tp: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is Any:
        return value
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        return _convert(inner[0], value, where)
    if dataclasses.is_dataclass(tp):
        if not isinstance(value, Mapping):
            raise ConfigError(f"{where}: expected a mapping, got {value!r}")
        return from_dict(tp, value, where)
    if origin is list:
        if isinstance(value, (str, int, float)):
            value = [value]
        if not isinstance(value, list):
            raise ConfigError(f"{where}: expected a list, got {value!r}")
        return [_convert(args[0], v, f"{where}[{i}]") for i, v in enumerate(value)]
    if tp is date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ConfigError(f"{where}: expected a date YYYY-MM-DD, got {value!r}") from None
    if tp is bool:
        if isinstance(value, bool):
            return value
        if str(value).lower() in ("true", "yes", "1"):
            return True
        if str(value).lower() in ("false", "no", "0"):
            return False
        raise ConfigError(f"{where}: expected true or false, got {value!r}")
    if tp in (int, float):
        if isinstance(value, bool):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        try:
            out = tp(value)
        except (TypeError, ValueError):
            raise ConfigError(f"{where}: expected {tp.__name__}, got {value!r}") from None
        if tp is int and float(value) != out:
            raise ConfigError(f"{where}: expected an integer, got {value!r}")
        return out
    if tp is str:
        if isinstance(value, (dict, list)):
            raise ConfigError(f"{where}: expected text, got {value!r}")
        return str(value)
    return value


def from_dict(cls: type[T], data: Mapping[str, Any], where: str = "") -> T:
    """Build dataclass `cls` from `data`; unknown keys and wrong types raise ConfigError."""
    hints = typing.get_type_hints(cls)
    names = {f.name for f in dataclasses.fields(cls)}
    prefix = f"{where}." if where else ""
    unknown = sorted(set(data) - names)
    if unknown:
        raise ConfigError(f"{prefix}{unknown[0]}: unknown key (known: {', '.join(sorted(names))})")
    kwargs = {k: _convert(hints[k], v, f"{prefix}{k}") for k, v in data.items()}
    missing = [f.name for f in dataclasses.fields(cls)
               if f.name not in kwargs and f.default is dataclasses.MISSING
               and f.default_factory is dataclasses.MISSING]
    if missing:
        raise ConfigError(f"{prefix}{missing[0]}: required key is missing")
    try:
        return cls(**kwargs)
    except ConfigError as exc:
        raise ConfigError(f"{prefix}{exc}" if prefix else str(exc)) from None


def apply_overrides(data: dict[str, Any], overrides: list[str]) -> dict[str, Any]:
    """Apply `a.b=value` strings (value parsed as YAML) to a nested dict, returning a copy."""
    out = yaml.safe_load(yaml.safe_dump(data)) or {}
    for item in overrides:
        if "=" not in item:
            raise ConfigError(f"override {item!r}: expected key=value")
        key, raw = item.split("=", 1)
        node = out
        parts = key.strip().split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
            if not isinstance(node, dict):
                raise ConfigError(f"override {item!r}: {p} is not a mapping")
        node[parts[-1]] = yaml.safe_load(raw)
    return out


def load_config(cls: type[T], path: str | Path, overrides: list[str] | None = None) -> T:
    """Read YAML at `path` into `cls`, strictly; errors name the file and the key."""
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: no such file")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}:{line} invalid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    data = apply_overrides(data, overrides or [])
    try:
        return from_dict(cls, data)
    except ConfigError as exc:
        raise ConfigError(f"{_blame(path, str(exc), overrides or [])}: {exc}") from None


def _blame(path: Path, message: str, overrides: list[str]) -> str:
    """Where a bad key came from: the last `--set` that wrote it, else the file."""
    key = message.split(":", 1)[0].split("[", 1)[0].strip()
    for item in reversed(overrides):
        set_key = item.split("=", 1)[0].strip()
        if key == set_key or key.startswith(set_key + ".") or set_key.startswith(key + "."):
            return f"--set {item}"
    return str(path)


def config_to_dict(cfg: Any) -> dict[str, Any]:
    """A config as plain data (dates as ISO strings), for manifests."""
    from .records import to_jsonable

    return to_jsonable(dataclasses.asdict(cfg))
