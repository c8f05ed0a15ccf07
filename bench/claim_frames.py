"""Claim frames benchmark: what the frame check (`promo_llm.guardrails.truth.frames`) catches and
what it wrongly blocks, on its own and inside the engine. Prints ONE JSON line.

    python bench/claim_frames.py [--out bench/results/claim_frames.json]

- recall: every row of the frozen sets (eval/guardrails/frozen*/), in all and per set, labelled as an invented
  material, attribute or kind of product. These sets have been seen (their misses were studied),
  so this is not a held-out figure: it says how much the frame alone catches without the word
  lists. Three figures: the detector alone (`frame_claims`, with the catalogue's kinds of product
  but no colour, material or feature list), the engine without the frame check, the engine with it.
- false blocks: every `pass` and `warn` row of the frozen sets, of the development and
  held-out splits (eval/data/guardrails.jsonl), the reference corpus (finetune/data/*.jsonl) and
  the delivered copies of the demo runs (out/demo*/copies.jsonl where present, rebuilt into their
  briefs from the run's campaign file and shop): the detector's firings, and the rows the engine
  blocks with the frame check that it passes without (each listed with its reason).
Each set's products are its catalogue, as in bench/guardrails.py. No torch, no network.
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
from promo_llm.guardrails.engine import CHECKS  # noqa: E402
from promo_llm.guardrails.labelled import expected, load_labelled  # noqa: E402
from promo_llm.guardrails.lexicon import catalog_lexicon  # noqa: E402
from promo_llm.guardrails.truth.frames import frame_claims, lexicon_kinds  # noqa: E402

INVENTED = ("invented_material", "invented_attribute", "invented_kind")
WITHOUT = {k: v for k, v in CHECKS.items() if k != "claim_frames"}


class Pair:
    """One catalogue's guardrails with and without the frame check, per campaign."""

    def __init__(self, products, today=None):
        self.products = tuple(products)
        self.kinds = lexicon_kinds(catalog_lexicon(self.products))
        self.today = today
        self._guards: dict = {}

    def guards(self, campaign):
        got = self._guards.get(campaign)
        if got is None:
            on = Guardrails.load(campaign=campaign, catalog=self.products, today=self.today)
            off = Guardrails.load(campaign=campaign, catalog=self.products, today=self.today)
            off.checks = WITHOUT
            got = self._guards[campaign] = (on, off)
        return got

    def judge(self, copy, brief, campaign, history=None) -> dict:
        on, off = self.guards(campaign)
        v_on, v_off = on.check(copy, brief, history), off.check(copy, brief, history)
        claims = frame_claims(copy, brief, self.kinds)
        return {"alone": bool(claims), "on": not v_on.passed, "off": not v_off.passed,
                "why": [c.reason() for c in claims]}


def frozen_sets() -> list[Path]:
    return sorted(p for p in (ROOT / "eval" / "guardrails").glob("frozen*/*.jsonl"))


def labelled(path: Path, counts: dict, clean: dict, recall_rows: list | None) -> None:
    rows = load_labelled(path)
    pair = Pair([row.brief.product for _, row in rows])
    for raw, row in rows:
        exp, _ = expected(raw)
        if recall_rows is not None and raw.get("kind") in INVENTED:
            got = pair.judge(row.copy, row.brief, row.campaign, row.price_history)
            recall_rows.append({"id": raw["id"], "kind": raw["kind"], **got})
        elif exp in ("pass", "warn"):
            got = pair.judge(row.copy, row.brief, row.campaign, row.price_history)
            _tally(counts, clean, raw["id"], raw["copy"], got)


def _tally(counts: dict, listing: dict, rid: str, copy: str, got: dict) -> None:
    counts["rows"] += 1
    counts["detector_fires"] += got["alone"]
    added = got["on"] and not got["off"]
    counts["engine_added_blocks"] += added
    if got["alone"] or added:
        listing.setdefault("flagged", []).append({"id": rid, "copy": copy[:200], "engine_added_block": added,
                                               "why": got["why"]})


def reference_corpus() -> tuple[dict, dict]:
    from promo_llm.records import brief_from_dict

    recs = [json.loads(line) for p in sorted((ROOT / "finetune" / "data").glob("*.jsonl"))
            for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    briefs = [brief_from_dict(r["brief"], r.get("id", "")) for r in recs]
    pair = Pair([b.product for b in briefs])
    counts, listing = _counts(), {}
    from promo_llm.guardrails import CampaignRules
    for rec, brief in zip(recs, briefs):
        _tally(counts, listing, rec.get("id", ""), rec["copy"], pair.judge(rec["copy"], brief, CampaignRules()))
    return counts, listing


def demo_copies(folder: Path) -> tuple[dict, dict] | None:
    """The delivered copies of a demo run, checked against the briefs they were written for."""
    from datetime import date

    from promo_llm.config import CampaignConfig, load_config
    from promo_llm.data.shop import load_shop
    from promo_llm.offers import brief_offer
    from promo_llm.pipeline import campaign_guardrails
    from promo_llm.records import Brief

    copies, manifest = folder / "copies.jsonl", folder / "manifest.json"
    if not copies.is_file() or not manifest.is_file():
        return None
    man = json.loads(manifest.read_text(encoding="utf-8"))
    campaign_file = Path(man["campaign_file"])
    base = folder.resolve().parent.parent  # the checkout the run was made in: its paths are relative to it
    campaign_file = campaign_file if campaign_file.is_absolute() else base / campaign_file
    shop_dir = Path(man["data"]["shop_dir"])
    shop_dir = shop_dir if shop_dir.is_absolute() else base / shop_dir
    if not campaign_file.is_file() or not shop_dir.is_dir():
        return None
    cfg = load_config(CampaignConfig, campaign_file)
    send_date = date.fromisoformat(man["send_date"])
    shop = load_shop(shop_dir)
    pair = Pair(shop.products.values(), today=send_date)
    on = campaign_guardrails(cfg, send_date, pair.products)
    off = campaign_guardrails(cfg, send_date, pair.products)
    off.checks = WITHOUT
    pair._guards[on.campaign] = (on, off)
    counts, listing = _counts(), {}
    for line in copies.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        product, offer = brief_offer(cfg, shop.product_for(row["item_id"], row["locale"]), send_date)
        brief = Brief(brief_id=row["send_id"], user=shop.profiles[row["user_id"]], product=product,
                      channel=row["channel"], locale=row["locale"], tone=cfg.tone, offer=offer,
                      campaign=cfg.name, brand_signature=cfg.brand_signature)
        _tally(counts, listing, row["send_id"], row["copy"], pair.judge(row["copy"], brief, on.campaign))
    return counts, listing


def first_score_misses() -> set[str]:
    """Ids of the invented-class rows each frozen set's first score missed."""
    ids: set[str] = set()
    for path in sorted((ROOT / "bench" / "results").glob("guardrails_frozen*_first.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        split = data["frozen"] if isinstance(data.get("frozen"), dict) else data["splits"]["frozen"]
        ids |= {m["id"] for m in split["misses"] if m.get("kind") == "miss" and m.get("label") in INVENTED}
    return ids


def _counts() -> dict:
    return {"rows": 0, "detector_fires": 0, "engine_added_blocks": 0}


def main() -> None:
    from promo_llm.manifest import build_manifest, file_sha256

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=None, help="also write the JSON line to this file")
    ap.add_argument("--demo", action="append", default=None,
                    help="a demo run's output folder (copies.jsonl, manifest.json); default out/demo*")
    args = ap.parse_args()
    recall_rows: list = []
    clean: dict = {}
    per_set: dict = {}
    for path in frozen_sets():
        counts, listing = _counts(), {}
        before = len(recall_rows)
        labelled(path, counts, listing, recall_rows)
        clean[path.parent.name] = {**counts, **listing}
        rows = recall_rows[before:]
        per_set[path.parent.name] = {"rows": len(rows), "detector_alone": sum(r["alone"] for r in rows),
                                     "engine_with_frames": sum(r["on"] for r in rows)}
    counts, listing = _counts(), {}
    labelled(ROOT / "eval" / "data" / "guardrails.jsonl", counts, listing, None)
    clean["development_and_held_out"] = {**counts, **listing}
    counts, listing = reference_corpus()
    clean["reference_corpus"] = {**counts, **listing}
    demos = [Path(d) for d in args.demo] if args.demo else sorted((ROOT / "out").glob("demo*"))
    for d in demos:
        got = demo_copies(d)
        if got:
            clean[f"demo:{d.name}"] = {**got[0], **got[1]}
    first = first_score_misses()
    n = len(recall_rows)
    result = {
        "bench": "claim_frames",
        "recall_seen_frozen": {
            "what": "rows labelled invented_material/attribute/kind in every frozen set (all seen by now)",
            "sets": sorted(per_set),
            "per_set": per_set,
            "rows": n,
            "detector_alone": sum(r["alone"] for r in recall_rows),
            "engine_without_frames": sum(r["off"] for r in recall_rows),
            "engine_with_frames": sum(r["on"] for r in recall_rows),
            "by_kind": {k: {"rows": sum(r["kind"] == k for r in recall_rows),
                            "detector_alone": sum(r["alone"] for r in recall_rows if r["kind"] == k),
                            "engine_without_frames": sum(r["off"] for r in recall_rows if r["kind"] == k),
                            "engine_with_frames": sum(r["on"] for r in recall_rows if r["kind"] == k)}
                        for k in INVENTED},
            "first_score_misses": {
                "what": "of these rows, those each set's first score (bench/results/guardrails_frozen*_first.json) "
                        "missed: the words the lists lacked then; how many the frame alone catches",
                "rows": len(first),
                "detector_alone": sum(r["alone"] for r in recall_rows if r["id"] in first),
                "caught": [r["id"] for r in recall_rows if r["id"] in first and r["alone"]],
                "missed": [r["id"] for r in recall_rows if r["id"] in first and not r["alone"]]},
            "caught_only_with_frames": [r["id"] for r in recall_rows if r["on"] and not r["off"]],
            "missed_by_both": [r["id"] for r in recall_rows if not r["on"]],
        },
        "clean": clean,
    }
    data = {str(p.relative_to(ROOT)): file_sha256(p) for p in frozen_sets()}
    result["manifest"] = build_manifest(kind="bench_claim_frames", config={}, seed=None, data=data)
    emit(result, args.out)


if __name__ == "__main__":
    main()
