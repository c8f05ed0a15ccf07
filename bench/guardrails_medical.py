"""Medical-claim benchmark: the `medical_claim` rule alone, on every labelled set. Prints ONE JSON line.

    python bench/guardrails_medical.py [--copies out/demo/copies.jsonl ...] [--out FILE]

- recall: the rows labelled as a medical claim (`kind: medical_claim` in the frozen sets,
  `expect_rules` holding `medical_claim` in eval/data/guardrails.jsonl) on which the rule fires,
  per set; the development and held-out rows were seen while the rules were written, and so were
  the frozen sets once scored (each set's README gives its first score);
- other hits: every other row on which the rule fires (clean, house-style and rows labelled with
  another rule), listed by id and the words hit, so that each can be read; a hit on a clean row is
  a false block;
- the fine-tuning corpus's reference copies (a clean set written without these rules in view), and
  delivered copies given with `--copies` (jsonl rows with copy, channel, locale, item_id,
  product_title: the record is the title alone, which only matters for a claim the record makes).
No torch, no network.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from _common import emit  # noqa: E402

from promo_llm.guardrails import Guardrails  # noqa: E402
from promo_llm.guardrails.labelled import load_labelled  # noqa: E402
from promo_llm.guardrails.rows import parse_row  # noqa: E402

RULE = "medical_claim"
SETS = [("development", "eval/data/guardrails.jsonl", "dev"), ("held_out", "eval/data/guardrails.jsonl", "ho")]
SETS += [("frozen", "eval/guardrails/frozen/frozen.jsonl", None)]
SETS += [(f"frozen-{n}", f"eval/guardrails/frozen-{n}/frozen-{n}.jsonl", None) for n in range(2, 6)]


def _is_medical(raw: dict) -> bool:
    return raw.get("kind") == RULE or RULE in (raw.get("expect_rules") or ())


def _hits(guard: Guardrails, row) -> list[str]:
    verdict = guard.check(row.copy, row.brief, row.price_history)
    return [v.message for v in verdict.violations if v.rule == RULE]


def score_set(rows) -> dict:
    guards: dict = {}
    catalog = tuple({id(row.brief.product): row.brief.product for _, row in rows}.values())
    medical, caught, missed, others = 0, 0, [], []
    for raw, row in rows:
        if row.campaign not in guards:
            guards[row.campaign] = Guardrails.load(campaign=row.campaign, catalog=catalog)
        hits = _hits(guards[row.campaign], row)
        if _is_medical(raw):
            medical += 1
            caught += bool(hits)
            if not hits:
                missed.append({"id": raw["id"], "copy": raw["copy"]})
        elif hits:
            others.append({"id": raw["id"], "expect": raw["expect"], "label": raw.get("kind")
                           or ",".join(raw.get("expect_rules") or ()), "hit": hits})
    return {"medical_rows": medical, "caught": caught,
            "recall": round(caught / medical, 4) if medical else None, "missed": missed,
            "other_rows": len(rows) - medical, "other_hits": others}


def score_copies(paths: list[Path], reference: bool) -> dict:
    """Rule hits on copies that must pass (reference corpus, or copies already delivered)."""
    from promo_llm.records import brief_from_dict

    rows = []
    for path in paths:
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            rec = json.loads(line)
            if reference:
                rows.append((rec.get("id", f"{path.name}:{i}"), rec["copy"], brief_from_dict(rec["brief"], "")))
            else:
                row = parse_row({"id": f"{path.parent.name}:{i}", "copy": rec["copy"], "channel": rec["channel"],
                                 "locale": rec["locale"], "product": {"item_id": rec["item_id"],
                                 "title": rec.get("product_title") or "", "price": 1.0}})
                rows.append((row.id, row.copy, row.brief))
    guard = Guardrails.load(catalog=[b.product for _, _, b in rows])
    hits = []
    for rid, copy, brief in rows:
        got = [v.message for v in guard.check(copy, brief).violations if v.rule == RULE]
        if got:
            hits.append({"id": rid, "hit": got, "copy": copy})
    return {"copies": len(rows), "hits": hits}


def _manifest(copies: list[str]) -> dict:
    """Hashes of every set read; delivered copies named by their run folder (out/<run>/copies.jsonl)."""
    from promo_llm.manifest import build_manifest, file_sha256

    data = {path: file_sha256(ROOT / path) for path in sorted({p for _, p, _ in SETS})}
    data.update({f"out/{Path(p).parent.name}/{Path(p).name}": file_sha256(Path(p)) for p in copies})
    packs = {p.name: file_sha256(p) for p in sorted((ROOT / "promo_llm/guardrails/packs").glob("*.yaml"))}
    return build_manifest(kind="bench_guardrails_medical", config={"rule": RULE, "packs": packs}, seed=None,
                          data=data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", nargs="*", default=[], help="delivered copies (copies.jsonl of a run)")
    ap.add_argument("--out", default=None, help="also write the JSON line to this file")
    args = ap.parse_args()
    result: dict = {"bench": "guardrails_medical", "rule": RULE, "sets": {}}
    for name, path, part in SETS:
        rows = load_labelled(ROOT / path)
        if part:
            rows = [r for r in rows if r[0]["id"].startswith(("ho-", "ho2-")) == (part == "ho")]
        result["sets"][name] = score_set(rows)
    result["reference_corpus"] = score_copies(sorted((ROOT / "finetune" / "data").glob("*.jsonl")), True)
    if args.copies:
        result["delivered"] = score_copies([Path(p) for p in args.copies], False)
    result["manifest"] = _manifest(args.copies)
    emit(result, args.out)


if __name__ == "__main__":
    main()
