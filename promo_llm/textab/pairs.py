"""Packages from randomised headline tests, the pairs they yield, and the split of tests by story.

A package is one arm of a test: a headline shown to a random share of visitors, with its impressions
and clicks. Arms of one test shown with the same image were randomised against each other, so the
difference of their click rates is a causal effect of the text. `build_pairs` forms every pair of
distinct headlines inside one (test, image) group with a pooled two-proportion z statistic;
`split_by_story` assigns whole tests to train / validation / held-out, keeping together tests that
share a headline, an image or a lede (the same story tested again), so no text is on both sides.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Mapping

import numpy as np

from ..errors import DataError

REQUIRED = ("test_id", "headline", "impressions", "clicks")
OPTIONAL = ("eyecatcher_id", "lede")
SPLITS = ("train", "validation", "held_out")
ONE_IMAGE = "(one image)"  # image of every package when the file has no eyecatcher_id column


@dataclass(frozen=True)
class Packages:
    """Validated packages as parallel arrays; `image` is None where the image is unknown."""

    test_id: list[str]
    image: list[str | None]
    headline: list[str]
    lede: list[str | None]
    impressions: np.ndarray
    clicks: np.ndarray
    source: str = "packages"

    def __len__(self) -> int:
        return len(self.headline)

    @property
    def rate(self) -> np.ndarray:
        return self.clicks / self.impressions

    def take(self, idx: Iterable[int]) -> "Packages":
        idx = list(idx)
        return Packages([self.test_id[i] for i in idx], [self.image[i] for i in idx],
                        [self.headline[i] for i in idx], [self.lede[i] for i in idx],
                        self.impressions[idx], self.clicks[idx], self.source)


@dataclass(frozen=True)
class Pairs:
    """Pairs of packages (indices a, b) from one test and image; z > 0 means a drew more clicks."""

    a: np.ndarray
    b: np.ndarray
    z: np.ndarray
    test_id: list[str]

    def __len__(self) -> int:
        return len(self.z)

    def select(self, mask: np.ndarray) -> "Pairs":
        mask = np.asarray(mask, bool)
        return Pairs(self.a[mask], self.b[mask], self.z[mask],
                     [t for t, m in zip(self.test_id, mask) if m])

    def significant(self, min_z: float = 1.96) -> "Pairs":
        return self.select(np.abs(self.z) > min_z)


def normalise(text: str) -> str:
    """Case- and whitespace-insensitive form used to tell two headlines apart."""
    return re.sub(r"\s+", " ", text).strip().lower()


def z_two_proportion(c1: Any, n1: Any, c2: Any, n2: Any) -> np.ndarray:
    """Pooled two-proportion z statistic of rate 1 minus rate 2 (0 where the pooled rate is 0 or 1)."""
    c1, n1, c2, n2 = (np.asarray(v, float) for v in (c1, n1, c2, n2))
    pooled = (c1 + c2) / (n1 + n2)
    se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(se > 0, (c1 / n1 - c2 / n2) / np.where(se > 0, se, 1), 0.0)
    return z


# --- reading -------------------------------------------------------------------------------------

def _count(value: Any, minimum: int) -> int:
    """A whole number >= minimum (CSV gives text, Parquet numbers); ValueError explains what is wrong."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        raise ValueError("missing")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"expected a whole number, got {value!r}") from None
    if not number.is_integer():
        raise ValueError(f"expected a whole number, got {value!r}")
    if number < minimum:
        raise ValueError(f"must be at least {minimum}, got {int(number)}")
    return int(number)


def _text(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip()
    return text or None


def _check_row(rec: Mapping[str, Any]) -> tuple[str, str, int, int] | tuple[None, str, str]:
    """(test_id, headline, impressions, clicks) or (None, column, reason)."""
    test_id, headline = _text(rec.get("test_id")), _text(rec.get("headline"))
    if test_id is None:
        return None, "test_id", "missing test id"
    if headline is None:
        return None, "headline", "missing or empty headline"
    try:
        impressions = _count(rec.get("impressions"), 1)
    except ValueError as e:
        return None, "impressions", str(e)
    try:
        clicks = _count(rec.get("clicks"), 0)
    except ValueError as e:
        return None, "clicks", str(e)
    if clicks > impressions:
        return None, "clicks", f"clicks ({clicks}) exceed impressions ({impressions})"
    return test_id, headline, impressions, clicks


def packages_from_rows(rows: Iterable[Mapping[str, Any]], source: str = "packages",
                       quarantine: Any = None) -> Packages:
    """Validate rows (dicts) into Packages; a bad row raises DataError or goes to `quarantine`."""
    cols: dict[str, list] = {k: [] for k in ("test_id", "image", "headline", "lede", "impressions", "clicks")}
    for row_no, rec in enumerate(rows, 1):
        checked = _check_row(rec)
        if checked[0] is None:
            _, column, reason = checked
            if quarantine is None:
                raise DataError(reason, file=source, row=row_no, column=column)
            quarantine.add(source, row_no, column, reason, rec)
            continue
        test_id, headline, impressions, clicks = checked
        for key, value in (("test_id", test_id), ("headline", headline), ("impressions", impressions),
                           ("clicks", clicks), ("image", _text(rec.get("eyecatcher_id"))),
                           ("lede", _text(rec.get("lede")))):
            cols[key].append(value)
    if not cols["headline"]:
        raise DataError("no valid packages", file=source)
    return Packages(cols["test_id"], cols["image"], cols["headline"], cols["lede"],
                    np.asarray(cols["impressions"], np.int64), np.asarray(cols["clicks"], np.int64), source)


def read_packages(path: Path | str, quarantine: Any = None) -> Packages:
    """Read packages from Parquet, CSV or JSON lines; columns test_id, headline, impressions, clicks
    (required) and eyecatcher_id, lede (optional; without eyecatcher_id each test is one image)."""
    from ..data.loaders import read_raw

    path = Path(path)
    table = read_raw(path, quarantine)
    missing = [c for c in REQUIRED if c not in table.column_names]
    if missing:
        raise DataError(f"missing column(s) {', '.join(missing)}; found {', '.join(table.column_names)}",
                        file=path.name, column=missing[0])
    keep = [c for c in REQUIRED + OPTIONAL if c in table.column_names]
    rows = table.select(keep).to_pylist()
    if "eyecatcher_id" not in keep:
        for r in rows:
            r["eyecatcher_id"] = ONE_IMAGE
    return packages_from_rows(rows, path.name, quarantine)


# --- pairs and splits ------------------------------------------------------------------------------

def groups(pk: Packages) -> dict[tuple[str, str], list[int]]:
    """Package indices per (test, image); packages with an unknown image are left out."""
    out: dict[tuple[str, str], list[int]] = {}
    for i, (t, img) in enumerate(zip(pk.test_id, pk.image)):
        if img is not None:
            out.setdefault((t, img), []).append(i)
    return out


def build_pairs(pk: Packages, tests: set[str] | None = None) -> Pairs:
    """Every pair of distinct headlines within one test and image (restricted to `tests` if given)."""
    a, b, tid = [], [], []
    for (test, _img), idx in groups(pk).items():
        if tests is not None and test not in tests:
            continue
        for k, i in enumerate(idx):
            for j in idx[k + 1:]:
                if normalise(pk.headline[i]) != normalise(pk.headline[j]):
                    a.append(i), b.append(j), tid.append(test)
    a_, b_ = np.asarray(a, np.int64), np.asarray(b, np.int64)
    z = z_two_proportion(pk.clicks[a_], pk.impressions[a_], pk.clicks[b_], pk.impressions[b_])
    return Pairs(a_, b_, np.asarray(z, float), tid)


def story_of_tests(pk: Packages) -> dict[str, str]:
    """Test id -> story id: tests linked by a shared headline, image or lede are one story."""
    parent: dict[str, str] = {t: t for t in pk.test_id}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    images = (None if x == ONE_IMAGE else x for x in pk.image)
    for keys in (map(normalise, pk.headline), images, (normalise(x) if x else None for x in pk.lede)):
        first: dict[str, str] = {}
        for test, key in zip(pk.test_id, keys):
            if key is None:
                continue
            root, other = find(test), find(first.setdefault(key, test))
            if root != other:
                parent[max(root, other)] = min(root, other)
    return {t: find(t) for t in parent}


def _unit(key: str, salt: str) -> float:
    return int(hashlib.sha256(f"{salt}:{key}".encode()).hexdigest()[:12], 16) / 16 ** 12


def split_by_story(pk: Packages, held_out: float = 0.2, validation: float = 0.2,
                   seed: int = 0) -> dict[str, str]:
    """Test id -> 'train' | 'validation' | 'held_out', whole stories at a time (seeded hash)."""
    if not (0 <= held_out < 1 and 0 <= validation < 1 and held_out + validation < 1):
        raise ValueError("held_out and validation must be fractions that sum to less than 1")
    out = {}
    for test, story in story_of_tests(pk).items():
        u = _unit(story, f"textab-{seed}")
        out[test] = "held_out" if u < held_out else "validation" if u < held_out + validation else "train"
    return out
