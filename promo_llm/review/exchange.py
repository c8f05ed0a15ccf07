"""Review samples out to Label Studio or Argilla, and their reviewers' answers back in.

Export writes, for a sample, files those tools import (no system names in them, as in the app):

- Label Studio: `labelstudio_score.json` / `labelstudio_pair.json` (task lists, `data` per task) and
  the labeling configs `labelstudio_score.xml` / `labelstudio_pair.xml` to paste into a project.
- Argilla (2.x): `argilla_settings.json` (fields and questions for `rg.Settings`) and
  `argilla_records.json` (records for `dataset.records.log`).

Import reads a Label Studio JSON export (tasks with `annotations`) or Argilla records
(`dataset.records.to_list(flatten=False)`, or the flattened form) and writes each reviewer's answers
to the workspace like answers given in the app (one per reviewer and item; a re-import updates).
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator
from xml.sax.saxutils import quoteattr

from ..errors import DataError, UserError
from ..store import Store
from .sample import FLAGS, SCALES, Sample, load_sample, pair_sides

FORMATS = ("labelstudio", "argilla")
FLAG_LABELS = {label: key for key, label, _ in FLAGS}
PREFER_LABELS = {"A": "A", "B": "B", "About the same": "same"}
EXPORT_SEED = 0
"""Pair sides in exported files: one fixed coin per item (the tools show every reviewer the same)."""


def _facts_text(item: Any) -> str:
    return "\n".join(f"{label}: {value}" for label, value in item.facts)


def _sides(item: Any) -> list[str]:
    a, b = pair_sides(item.id, EXPORT_SEED)
    return [item.copies[a]["copy"], item.copies[b]["copy"]]


def labelstudio_config(kind: str) -> str:
    """The labeling config (XML) of the score or the pair project."""
    head = ['<View>', '  <Header value="Facts of the brief"/>', '  <Text name="facts" value="$facts"/>']
    if kind == "pair":
        body = ['  <Header value="Which copy would you rather send?"/>', '  <Text name="copy_a" value="$copy_a"/>',
                '  <Text name="copy_b" value="$copy_b"/>',
                '  <Choices name="prefer" toName="copy_a" choice="single" required="true">']
        body += [f'    <Choice value={quoteattr(label)}/>' for label in PREFER_LABELS]
        body += ['  </Choices>']
    else:
        body = ['  <Header value="Copy"/>', '  <Text name="copy" value="$copy"/>']
        for key, label, hint in SCALES:
            body += [f'  <Header value={quoteattr(f"{label}: {hint}")}/>',
                     f'  <Rating name="{key}" toName="copy" maxRating="5" required="true"/>']
        body += ['  <Choices name="flags" toName="copy" choice="multiple">']
        body += [f'    <Choice value={quoteattr(label)}/>' for _, label, _ in FLAGS]
        body += ['  </Choices>']
    return "\n".join(head + body + ['</View>']) + "\n"


def export_sample(store: Store, sample_id: str, fmt: str, out: Path) -> list[Path]:
    """Write the sample for `fmt` ('labelstudio' or 'argilla') into folder `out`; returns the files."""
    if fmt not in FORMATS:
        raise UserError(f"--format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    sample = load_sample(store, sample_id)
    out.mkdir(parents=True, exist_ok=True)
    written = []

    def dump(name: str, obj: Any) -> None:
        path = out / name
        path.write_text(json.dumps(obj, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        written.append(path)

    if fmt == "labelstudio":
        for kind in ("score", "pair"):
            tasks = [{"data": {"item": i.id, "sample": sample_id, "facts": _facts_text(i),
                               **({"copy_a": _sides(i)[0], "copy_b": _sides(i)[1]} if kind == "pair"
                                  else {"copy": i.copies[0]["copy"]})}}
                     for i in sample.items if i.kind == kind]
            if tasks:
                dump(f"labelstudio_{kind}.json", tasks)
                (out / f"labelstudio_{kind}.xml").write_text(labelstudio_config(kind), encoding="utf-8")
                written.append(out / f"labelstudio_{kind}.xml")
        return written
    dump("argilla_settings.json", argilla_settings())
    dump("argilla_records.json", [
        {"id": i.id, "fields": {"facts": _facts_text(i),
                                "copy": i.copies[0]["copy"] if i.kind == "score"
                                else "A:\n" + _sides(i)[0] + "\n\nB:\n" + _sides(i)[1]},
         "metadata": {"kind": i.kind, "sample": sample_id}} for i in sample.items])
    return written


def argilla_settings() -> dict[str, Any]:
    """Fields and questions, in the shape of `rg.Settings` arguments (pair questions optional)."""
    questions: list[dict[str, Any]] = [
        {"type": "rating", "name": key, "title": f"{label}: {hint}", "values": [1, 2, 3, 4, 5],
         "required": False} for key, label, hint in SCALES]
    questions.append({"type": "multi_label_selection", "name": "flags", "title": "Flags",
                      "labels": [label for _, label, _ in FLAGS], "required": False})
    questions.append({"type": "label_selection", "name": "prefer", "title": "Pairs: which copy would you rather send?",
                      "labels": list(PREFER_LABELS), "required": False})
    return {"fields": [{"type": "text", "name": "facts", "title": "Facts of the brief"},
                       {"type": "text", "name": "copy", "title": "Copy"}],
            "questions": questions, "metadata": [{"type": "terms", "name": "kind"}]}


# --- import ----------------------------------------------------------------------------------

def _labelstudio_answers(tasks: list[dict[str, Any]]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(item id, reviewer, {question: value}) from a Label Studio JSON export."""
    for task in tasks:
        item = (task.get("data") or {}).get("item")
        for ann in task.get("annotations") or []:
            if ann.get("was_cancelled"):
                continue
            who = ann.get("completed_by")
            reviewer = (who.get("email") or f"user{who.get('id')}") if isinstance(who, dict) else f"labelstudio-user{who}"
            values: dict[str, Any] = {}
            for r in ann.get("result") or []:
                v = r.get("value") or {}
                if r.get("type") == "rating":
                    values[r["from_name"]] = v.get("rating")
                elif r.get("type") == "choices":
                    values[r["from_name"]] = v.get("choices", [])
            yield item, reviewer, values


def _argilla_answers(records: list[dict[str, Any]]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(item id, reviewer, {question: value}) from Argilla records, nested or flattened."""
    names = [k for k, _, _ in SCALES] + ["flags", "prefer"]
    for rec in records:
        per_user: dict[str, dict[str, Any]] = {}
        nested = rec.get("responses")
        for q in names:
            if isinstance(nested, dict):
                pairs = [(r.get("user_id"), r.get("value")) for r in nested.get(q) or []]
            else:
                pairs = list(zip(rec.get(f"{q}.responses.users") or [], rec.get(f"{q}.responses") or []))
            for user, value in pairs:
                per_user.setdefault(str(user), {})[q] = value
        for user, values in per_user.items():
            yield rec.get("id"), user, values


def _to_answer(sample: Sample, item_id: str, values: dict[str, Any]) -> dict[str, Any] | None:
    item = sample.item(item_id)
    if item is None:
        return None
    if item.kind == "pair":
        choice = values.get("prefer")
        choice = choice[0] if isinstance(choice, list) and choice else choice
        prefer = PREFER_LABELS.get(choice) if isinstance(choice, str) else None
        if prefer is None:
            return None
        a, b = pair_sides(item.id, EXPORT_SEED)
        systems = {"A": item.copies[a]["system"], "B": item.copies[b]["system"]}
        return {"prefer": prefer, "a": systems["A"], "b": systems["B"], "winner": systems.get(prefer, "same")}
    try:
        answer: dict[str, Any] = {k: int(values[k]) for k, _, _ in SCALES}
    except (KeyError, TypeError, ValueError):
        return None
    if any(not 1 <= v <= 5 for v in answer.values()):
        return None
    flags = values.get("flags") or []
    answer["flags"] = {key: label in flags for key, label, _ in FLAGS}
    return answer


def import_answers(store: Store, sample_id: str, path: Path, fmt: str,
                   quarantine: Path | None = None) -> tuple[int, int]:
    """Write the answers in `path` to the workspace; returns (saved, rejected). Rejected answers
    (unknown item, incomplete) are listed in `quarantine` with their reason, or are an error."""
    if fmt not in FORMATS:
        raise UserError(f"--format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    sample = load_sample(store, sample_id)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read answers ({exc})", file=str(path)) from None
    if not isinstance(data, list):
        raise DataError("expected a JSON list of tasks or records", file=str(path))
    rows = _labelstudio_answers(data) if fmt == "labelstudio" else _argilla_answers(data)
    good, rejected = [], []
    for n, (item_id, reviewer, values) in enumerate(rows, 1):
        answer = _to_answer(sample, str(item_id), values)
        if answer is None:
            reason = "unknown item" if sample.item(str(item_id)) is None else "incomplete or invalid answer"
            rejected.append({"row": n, "item": item_id, "reviewer": reviewer, "reason": reason, "values": values})
        else:
            good.append((sample.item(str(item_id)), reviewer, answer))
    if rejected and quarantine is None:
        first = rejected[0]
        raise DataError(f"{first['reason']} (item {first['item']}, reviewer {first['reviewer']}); "
                        f"{len(rejected)} such answers, nothing saved; use --quarantine FILE to save the "
                        "others and list these", file=str(path), row=first["row"])
    if quarantine is not None:
        with open(quarantine, "w", encoding="utf-8") as f:
            for r in rejected:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    now = datetime.now(timezone.utc).isoformat()
    for item, reviewer, answer in good:
        store.save_answer(sample_id, f"{fmt}:{reviewer}", item.id, run_id=sample.source.get("run_id"),
                          brief_id=item.brief_id, kind=item.kind, scores={**answer, "source": fmt}, at=now)
    saved = len(good)
    return saved, len(rejected)


__all__ = ["FORMATS", "export_sample", "import_answers", "labelstudio_config", "argilla_settings"]
