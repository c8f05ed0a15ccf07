"""The HTML page of an eval run (results.html beside results.json): the metric table overall and per
locale, one bar chart per metric (PNG inline, so the page is one file that works offline), and the
systems' copies for the same briefs side by side."""

from __future__ import annotations

import base64
import io
import math
from pathlib import Path
from typing import Any, Mapping, Sequence

TEMPLATES = Path(__file__).resolve().parent / "templates"


def _fmt(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def metric_chart(metrics: Mapping[str, Mapping[str, Any]], labels: Mapping[str, str],
                 lower_is_better: set[str]) -> str:
    """Small multiples, one bar chart per metric, systems side by side; base64 PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    names = list(metrics)
    keys = list(labels)
    cols = 3
    rows = math.ceil(len(keys) / cols)
    fig, axes = plt.subplots(rows, cols, figsize=(3.2 * cols, 2.3 * rows), squeeze=False)
    for ax, key in zip(axes.flat, keys):
        values = [metrics[n].get(key) for n in names]
        values = [math.nan if v is None else float(v) for v in values]
        ax.bar(names, [0 if math.isnan(v) else v for v in values], color="#3f7fd0")
        ax.set_title(f"{labels[key]}\n({'lower' if key in lower_is_better else 'higher'} is better)", fontsize=8)
        ax.tick_params(labelsize=7)
    for ax in list(axes.flat)[len(keys):]:
        ax.axis("off")
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=80)
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode("ascii")


def render_html(suite: Any, metrics: Mapping[str, Mapping[str, Any]], copies: Sequence[Mapping[str, Any]],
                rows: Sequence[Mapping[str, Any]], lower_is_better: set[str], labels: Mapping[str, str],
                reused: Sequence[str] = ()) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    names = list(metrics)
    locales = list(metrics[names[0]].get("by_locale", {})) if names else []
    first = {(c["system"], c["id"]): c for c in copies if c["index"] == 0}
    k = min(suite.examples, len(rows))
    picks = [rows[round(i * (len(rows) - 1) / max(k - 1, 1))] for i in range(k)] if k else []
    examples = [{"id": r["id"], "brief": r["brief"],
                 "copies": [(n, first.get((n, r["id"]))) for n in names if (n, r["id"]) in first]} for r in picks]
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    env.filters["fmt"] = _fmt
    return env.get_template("eval_report.html").render(
        suite=suite, names=names, metrics=metrics, labels=labels, lower=lower_is_better, locales=locales,
        chart=metric_chart(metrics, labels, lower_is_better), examples=examples, n_briefs=len(rows),
        reused=list(reused))


__all__ = ["render_html", "metric_chart"]
