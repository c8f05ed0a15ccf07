"""The review report: how far reviewers agree, how systems compare, and whether the automatic
metrics and guardrail verdicts agree with people.

    answers (workspace `reviews`) + sample.json -> tables -> report.html (plots inline) + CSV files

- Krippendorff's alpha per question across reviewers (the `krippendorff` package): ordinal for the
  1-5 scales, nominal for the flags and for the pairwise winner.
- Per-system means of each question with 95% bootstrap intervals (copies resampled, not answers,
  since the answers to one copy are not independent).
- Pairwise win rates with Wilson intervals (ties counted apart).
- Spearman correlation of each copy's mean human answer with its automatic measurements.
- The copies reviewers disagree on most (largest spread of their scale answers).
"""

from __future__ import annotations

import base64
import csv
import io
import json
import math
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..store import Store
from .sample import FLAGS, SCALES, Sample, load_sample, sample_dir

AUTO_METRICS = ("predicted_conversion", "grounding_violations", "channel_conformance", "guard_passed")


@dataclass
class Report:
    sample: Sample
    reviewers: list[str]
    n_answers: int
    alpha: list[dict[str, Any]]
    systems: list[dict[str, Any]]
    pairwise: list[dict[str, Any]]
    agreement: list[dict[str, Any]]
    disagreements: list[dict[str, Any]]


def krippendorff_alpha(matrix: Sequence[Sequence[float]], level: str) -> float:
    """Alpha of a reviewers x units matrix (NaN = no answer); NaN where alpha is undefined (fewer
    than two answers to any unit, or one value only)."""
    import krippendorff

    data = np.asarray(matrix, dtype=float)
    if data.ndim != 2 or data.shape[0] < 2 or not (np.sum(~np.isnan(data), axis=0) >= 2).any():
        return math.nan
    try:
        return float(krippendorff.alpha(reliability_data=data, level_of_measurement=level))
    except (ValueError, ZeroDivisionError):  # a single value in the domain: agreement undefined
        return math.nan


def _matrix(reviewers: list[str], units: list[str], value: dict[tuple[str, str], float]) -> list[list[float]]:
    return [[value.get((r, u), math.nan) for u in units] for r in reviewers]


def alpha_table(sample: Sample, answers: list[dict[str, Any]], reviewers: list[str]) -> list[dict[str, Any]]:
    scored = [i.id for i in sample.items if i.kind == "score"]
    pairs = [i.id for i in sample.items if i.kind == "pair"]
    by = {(a["reviewer"], a["item_id"]): a["scores"] for a in answers}
    rows = []

    def add(question: str, level: str, units: list[str], get: Any) -> None:
        value = {k: get(s) for k, s in by.items() if k[1] in units and get(s) is not None}
        counts = [sum((r, u) in value for r in reviewers) for u in units]
        rows.append({"question": question, "level": level,
                     "alpha": krippendorff_alpha(_matrix(reviewers, units, value), level),
                     "units_with_2plus": sum(c >= 2 for c in counts), "answers": len(value)})

    for key, _, _ in SCALES:
        add(key, "ordinal", scored, lambda s, k=key: s.get(k))
    for key, _, _ in FLAGS:
        add(f"flag:{key}", "nominal", scored,
            lambda s, k=key: float(s["flags"][k]) if "flags" in s else None)
    if pairs:
        names = sample.systems()
        add("preference", "nominal", pairs,
            lambda s: (names.index(s["winner"]) if s.get("winner") in names else -1.0) if "winner" in s else None)
    return rows


def _bootstrap(per_copy: list[float], n_boot: int, rng: np.random.Generator) -> tuple[float, float]:
    values = np.asarray(per_copy, dtype=float)
    if len(values) < 2:
        return math.nan, math.nan
    means = values[rng.integers(0, len(values), size=(n_boot, len(values)))].mean(axis=1)
    return float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


def _per_copy(sample: Sample, answers: list[dict[str, Any]]) -> dict[str, dict[str, list[float]]]:
    """item id -> question -> the answers to it (scale values; flags as 0/1)."""
    out: dict[str, dict[str, list[float]]] = {}
    kinds = {i.id: i.kind for i in sample.items}
    for a in answers:
        if kinds.get(a["item_id"]) != "score":
            continue
        d = out.setdefault(a["item_id"], {})
        for key, _, _ in SCALES:
            d.setdefault(key, []).append(float(a["scores"][key]))
        for key, _, _ in FLAGS:
            d.setdefault(f"flag:{key}", []).append(float(a["scores"]["flags"][key]))
    return out


def system_table(sample: Sample, answers: list[dict[str, Any]], n_boot: int = 2000,
                 seed: int = 0) -> list[dict[str, Any]]:
    rng = np.random.default_rng(seed)
    per_copy = _per_copy(sample, answers)
    system_of = {i.id: i.copies[0]["system"] for i in sample.items if i.kind == "score"}
    rows = []
    questions = [k for k, _, _ in SCALES] + [f"flag:{k}" for k, _, _ in FLAGS]
    for system in sorted(set(system_of.values())):
        items = [i for i, s in system_of.items() if s == system and i in per_copy]
        for q in questions:
            means = [float(np.mean(per_copy[i][q])) for i in items]
            lo, hi = _bootstrap(means, n_boot, rng)
            rows.append({"system": system, "question": q, "mean": float(np.mean(means)) if means else math.nan,
                         "ci_low": lo, "ci_high": hi, "copies": len(means),
                         "answers": sum(len(per_copy[i][q]) for i in items)})
    return rows


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson score interval of a proportion k/n."""
    if n == 0:
        return math.nan, math.nan
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return centre - half, centre + half


def pairwise_table(sample: Sample, answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    tally: dict[tuple[str, str], list[int]] = {}
    kinds = {i.id: i.kind for i in sample.items}
    for a in answers:
        s = a["scores"]
        if kinds.get(a["item_id"]) != "pair":
            continue
        first, second = sorted((s["a"], s["b"]))
        t = tally.setdefault((first, second), [0, 0, 0])
        t[0 if s["winner"] == first else 1 if s["winner"] == second else 2] += 1
    rows = []
    for (first, second), (w1, w2, ties) in sorted(tally.items()):
        lo, hi = wilson(w1, w1 + w2)
        rows.append({"system_a": first, "system_b": second, "wins_a": w1, "wins_b": w2, "ties": ties,
                     "win_rate_a": w1 / (w1 + w2) if w1 + w2 else math.nan, "ci_low": lo, "ci_high": hi})
    return rows


def agreement_table(sample: Sample, answers: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Spearman's rho between each copy's mean human answer and each automatic measurement."""
    from scipy.stats import spearmanr

    per_copy = _per_copy(sample, answers)
    auto = {i.id: i.copies[0]["auto"] for i in sample.items if i.kind == "score" and i.id in per_copy}
    rows = []
    questions = [k for k, _, _ in SCALES] + [f"flag:{k}" for k, _, _ in FLAGS]
    for q in questions:
        for metric in AUTO_METRICS:
            ids = [i for i in auto if auto[i].get(metric) is not None]
            human = [float(np.mean(per_copy[i][q])) for i in ids]
            machine = [float(auto[i][metric]) for i in ids]
            rho, p = math.nan, math.nan
            if len(ids) >= 3 and len(set(human)) > 1 and len(set(machine)) > 1:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    res = spearmanr(human, machine)
                rho, p = float(res.statistic), float(res.pvalue)
            rows.append({"human": q, "automatic": metric, "copies": len(ids), "spearman_rho": rho,
                         "p_value": p, "note": "" if not math.isnan(rho) else
                         ("too few copies" if len(ids) < 3 else "constant on this sample")})
    return rows


def disagreement_table(sample: Sample, answers: list[dict[str, Any]], top: int = 10) -> list[dict[str, Any]]:
    """Copies with the largest mean standard deviation of the reviewers' scale answers."""
    per_copy = _per_copy(sample, answers)
    items = {i.id: i for i in sample.items}
    who: dict[str, list[str]] = {}
    for a in answers:
        if a["item_id"] in per_copy:
            who.setdefault(a["item_id"], []).append(
                f"{a['reviewer']}: " + " ".join(str(a["scores"][k]) for k, _, _ in SCALES))
    rows = []
    for item_id, qs in per_copy.items():
        if len(qs[SCALES[0][0]]) < 2:
            continue
        spread = float(np.mean([np.std(qs[k]) for k, _, _ in SCALES]))
        item = items[item_id]
        rows.append({"item": item_id, "system": item.copies[0]["system"], "brief_id": item.brief_id,
                     "copy": item.copies[0]["copy"], "spread": spread, "reviewers": len(qs[SCALES[0][0]]),
                     "answers": " | ".join(who[item_id])})
    rows.sort(key=lambda r: (-r["spread"], r["item"]))
    return rows[:top]


def build_report(store: Store, sample_id: str, n_boot: int = 2000, seed: int = 0) -> Report:
    sample = load_sample(store, sample_id)
    known = {i.id for i in sample.items}
    answers = [a for a in store.answers(sample_id) if a["item_id"] in known]
    reviewers = sorted({a["reviewer"] for a in answers})
    return Report(sample, reviewers, len(answers), alpha_table(sample, answers, reviewers),
                  system_table(sample, answers, n_boot, seed), pairwise_table(sample, answers),
                  agreement_table(sample, answers), disagreement_table(sample, answers))


# --- output ----------------------------------------------------------------------------------

def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight")
    return base64.b64encode(buf.getvalue()).decode("ascii")


def plots(report: Report) -> dict[str, str]:
    """Base64 PNGs: alpha per question, per-system means with their intervals."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out = {}
    fig, ax = plt.subplots(figsize=(6, 0.32 * len(report.alpha) + 1))
    names = [r["question"] for r in report.alpha]
    vals = [0.0 if math.isnan(r["alpha"]) else r["alpha"] for r in report.alpha]
    ax.barh(names, vals, color=["#3f7fd0" if not math.isnan(r["alpha"]) else "#ccc" for r in report.alpha])
    ax.axvline(0.667, ls="--", c="grey", lw=1)
    ax.set_xlim(min(-0.2, min(vals, default=0)), 1)
    ax.invert_yaxis()
    ax.set_xlabel("Krippendorff's alpha (dashed: 0.667)")
    out["alpha"] = _png(fig)
    plt.close(fig)
    scale_rows = [r for r in report.systems if not r["question"].startswith("flag:")]
    if scale_rows:
        systems = sorted({r["system"] for r in scale_rows})
        fig, ax = plt.subplots(figsize=(7, 3.2))
        width = 0.8 / len(systems)
        for k, system in enumerate(systems):
            rows = [r for r in scale_rows if r["system"] == system]
            x = np.arange(len(rows)) + k * width
            err = [[max(0.0, r["mean"] - r["ci_low"]) if not math.isnan(r["ci_low"]) else 0 for r in rows],
                   [max(0.0, r["ci_high"] - r["mean"]) if not math.isnan(r["ci_high"]) else 0 for r in rows]]
            ax.bar(x, [r["mean"] for r in rows], width, yerr=err, capsize=3, label=system)
        ax.set_xticks(np.arange(len(SCALES)) + 0.4 - width / 2, [k for k, _, _ in SCALES])
        ax.set_ylim(1, 5.2)
        ax.set_ylabel("mean score (95% bootstrap CI)")
        ax.legend(fontsize=8)
        out["systems"] = _png(fig)
        plt.close(fig)
    return out


def _write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        if not rows:
            return
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return "n/a" if math.isnan(v) else f"{v:.3f}"
    return str(v)


def write_report(store: Store, sample_id: str, out_dir: Path | None = None, n_boot: int = 2000,
                 seed: int = 0) -> Path:
    """Write report.html, the CSV tables and a manifest; returns the HTML path."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from ..manifest import build_manifest, file_sha256

    report = build_report(store, sample_id, n_boot, seed)
    out = Path(out_dir) if out_dir else sample_dir(store, sample_id) / "report"
    out.mkdir(parents=True, exist_ok=True)
    tables = {"alpha": report.alpha, "systems": report.systems, "pairwise": report.pairwise,
              "agreement": report.agreement, "disagreements": report.disagreements}
    for name, rows in tables.items():
        _write_csv(out / f"{name}.csv", rows)
    _write_csv(out / "answers.csv", [
        {"reviewer": a["reviewer"], "item": a["item_id"], "kind": a["kind"], "brief_id": a["brief_id"],
         "answer": json.dumps(a["scores"], ensure_ascii=False), "updated_at": a["updated_at"]}
        for a in store.answers(sample_id)])
    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                      autoescape=select_autoescape(["html"]))
    env.filters["fmt"] = _fmt
    html = env.get_template("report.html").render(report=report, tables=tables, plots=plots(report),
                                                   n_boot=n_boot)
    (out / "report.html").write_text(html, encoding="utf-8")
    manifest = build_manifest(
        kind="review_report", sample_id=sample_id, config={"n_boot": n_boot, "seed": seed}, seed=seed,
        data={"sample_sha256": file_sha256(sample_dir(store, sample_id) / "sample.json"),
              "answers": report.n_answers, "reviewers": report.reviewers})
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    return out / "report.html"


__all__ = ["Report", "krippendorff_alpha", "alpha_table", "system_table", "pairwise_table",
           "agreement_table", "disagreement_table", "build_report", "write_report", "wilson"]
