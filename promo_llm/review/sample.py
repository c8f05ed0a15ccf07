"""Review samples: which copies reviewers score, with the facts of each brief and the automatic
verdicts the report compares human scores with.

A sample is built from a generation run (its delivered copies, and for pairwise items the chosen copy
against another candidate of the same brief) or from an eval results folder (several systems' copies
for the same briefs). It is written once to `<workspace>/reviews/<sample id>/sample.json`; reviewers
then see its items in an order shuffled per reviewer. Item ids are opaque hashes: nothing a reviewer
can see names the system that wrote a copy.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Sequence

from ..errors import UserError
from ..store import Store

SCALES: list[tuple[str, str, str]] = [
    ("factual", "Factual accuracy", "Every fact in the copy matches the facts beside it"),
    ("fluency", "Fluency", "Reads naturally, no broken or odd sentences"),
    ("persuasive", "Persuasiveness", "Makes the reader want to look at the product"),
    ("on_brand", "On-brand", "Fits the tone and the channel"),
    ("compliant", "Compliant", "No pressure tactics, false urgency or claims we cannot back"),
]
"""(key, label, hint) of the 1-5 questions asked of every copy."""

FLAGS: list[tuple[str, str, str]] = [
    ("invented_fact", "Invented fact", "i"),
    ("would_not_send", "Would not send", "w"),
    ("garbled", "Garbled text", "g"),
]
"""(key, label, keyboard letter) of the yes/no flags."""

PAIR_CHOICES = ("A", "B", "same")


@dataclass
class Item:
    """One thing to review: a copy to score (`kind` 'score') or two copies to compare ('pair')."""

    id: str
    kind: str
    brief_id: str
    channel: str
    locale: str
    facts: list[list[str]]
    copies: list[dict[str, Any]]
    """Each {"system", "copy", "auto": {...}}; one for a score item, two for a pair."""


@dataclass
class Sample:
    sample_id: str
    created_at: str
    source: dict[str, Any]
    items: list[Item] = field(default_factory=list)

    def item(self, item_id: str) -> Item | None:
        return next((i for i in self.items if i.id == item_id), None)

    def systems(self) -> list[str]:
        return sorted({c["system"] for i in self.items for c in i.copies})


def sample_dir(store: Store, sample_id: str) -> Path:
    return store.home / "reviews" / sample_id


def save_sample(store: Store, sample: Sample) -> Path:
    folder = sample_dir(store, sample.sample_id)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "sample.json"
    path.write_text(json.dumps(asdict(sample), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def load_sample(store: Store, sample_id: str) -> Sample:
    path = sample_dir(store, sample_id) / "sample.json"
    if not path.is_file():
        known = sorted(p.name for p in (store.home / "reviews").glob("*") if (p / "sample.json").is_file())
        raise UserError(f"no review sample {sample_id!r} in {store.home}"
                        + (f"; known: {', '.join(known)}" if known else "; create one with `review sample`"))
    raw = json.loads(path.read_text(encoding="utf-8"))
    items = [Item(**i) for i in raw.pop("items")]
    return Sample(items=items, **raw)


def reviewer_order(sample: Sample, seed: int) -> list[str]:
    """The item ids in the order one reviewer sees them (shuffled with the reviewer's seed)."""
    ids = [i.id for i in sample.items]
    random.Random(seed).shuffle(ids)
    return ids


def pair_sides(item_id: str, seed: int) -> tuple[int, int]:
    """Which of a pair item's two copies a reviewer sees as A and as B (a coin per reviewer+item)."""
    flip = random.Random(f"{seed}:{item_id}").random() < 0.5
    return (1, 0) if flip else (0, 1)


# --- facts ---------------------------------------------------------------------------------

def brief_facts(brief: Any) -> list[list[str]]:
    """What the copy may say, as (label, value) rows: product record, offer, channel and tone."""
    p = brief.product.localized(brief.locale)
    rows = [["Product", p.title], ["Brand", p.brand or ""], ["Category", p.category],
            ["Price", f"{p.price:g} {p.currency}"]]
    if p.list_price and p.list_price > p.price:
        rows.append(["List price", f"{p.list_price:g} {p.currency}"])
    rows += [[k, str(v)] for k, v in p.attributes.items()]
    o = brief.offer
    discount = o.discount_pct or p.discount_pct
    for label, value in (("Discount", f"{discount:g}%" if discount else None), ("Code", o.code),
                         ("Offer ends", o.ends.isoformat() if o.ends else None),
                         ("Free shipping", "yes" if o.free_shipping else None), ("Gift", o.gift),
                         ("Brand signature", getattr(brief, "brand_signature", None))):
        if value:
            rows.append([label, str(value)])
    rows += [["Channel", brief.channel], ["Language", brief.locale], ["Tone", brief.tone]]
    return [r for r in rows if r[1]]


def _auto(copy: str, channel: str, locale: str, passed: bool, rules: Sequence[str],
          conversion: float | None) -> dict[str, Any]:
    from ..channels import channel_spec
    from ..metrics import channel_conforms, grounding_violations

    return {"guard_passed": bool(passed), "grounding_violations": grounding_violations(list(rules)),
            "channel_conformance": float(channel_conforms(copy, channel_spec(channel, locale))),
            "predicted_conversion": conversion}


def _item_id(sample_id: str, *parts: Any) -> str:
    return hashlib.sha256("\0".join(map(str, (sample_id, *parts))).encode()).hexdigest()[:12]


def _new_id(prefix: str) -> str:
    return f"{prefix}-{datetime.now(timezone.utc).strftime('%Y%m%dT%H%M%S')}"


# --- from a generation run -----------------------------------------------------------------

def _run_row(store: Store, run_id: str) -> dict[str, Any]:
    with store.connect() as db:
        db.row_factory = sqlite3.Row
        row = db.execute("SELECT * FROM runs WHERE run_id=?", (run_id,)).fetchone()
    if row is None:
        known = [r["run_id"] for r in store.runs()]
        raise UserError(f"no run {run_id!r} in {store.home}" + (f"; runs: {', '.join(known[-5:])}" if known else ""))
    return dict(row)


def _run_briefs(manifest: dict[str, Any], item_ids: set[str]) -> dict[str, Any]:
    """Products priced with the campaign's offer, as the run's briefs saw them: item id -> brief-like."""
    from ..data.loaders import load_table, products_from_table
    from ..data.shop import find_file
    from ..offers import brief_offer

    cfg = manifest["config"]
    shop_dir = Path(manifest["data"]["shop_dir"])
    catalog = find_file(shop_dir, "catalog")
    if catalog is None:
        raise UserError(f"the run's shop folder {shop_dir} has no catalog: cannot show the facts")
    products = products_from_table(load_table(catalog, "catalog").table, catalog.name)
    o = dict(cfg.get("offer") or {})
    if isinstance(o.get("ends"), str):
        o["ends"] = date.fromisoformat(o["ends"])
    fake_cfg = SimpleNamespace(offer=SimpleNamespace(**{k: o.get(k) for k in (
        "discount_pct", "code", "ends", "free_shipping", "gift")}))
    send_date = date.fromisoformat(manifest.get("send_date") or datetime.now(timezone.utc).date().isoformat())
    out = {}
    for item in item_ids:
        if item in products:
            product, offer = brief_offer(fake_cfg, products[item].priced_for(cfg.get("locale") or "en-US"),
                                         send_date)  # type: ignore[arg-type]
            out[item] = SimpleNamespace(product=product, offer=offer,
                                        brand_signature=cfg.get("brand_signature"))
    return out


def sample_from_run(store: Store, run_id: str, n: int = 30, pairs: int = 0, seed: int = 0,
                    sample_id: str | None = None) -> Sample:
    """`n` delivered copies of a run to score, and `pairs` briefs whose chosen copy is compared
    with another candidate of the same brief (systems 'chosen' and 'other')."""
    run = _run_row(store, run_id)
    out_dir = Path(run["out_dir"])
    copies_path = out_dir / "copies.jsonl"
    if not copies_path.is_file():
        raise UserError(f"run {run_id}: {copies_path} not found")
    rows = [json.loads(x) for x in copies_path.read_text(encoding="utf-8").splitlines() if x.strip()]
    manifest = json.loads(run["manifest"] or (out_dir / "manifest.json").read_text(encoding="utf-8"))
    with store.connect() as db:
        db.row_factory = sqlite3.Row
        cands = [dict(r) for r in db.execute("SELECT * FROM candidates WHERE run_id=?", (run_id,))]
        sends = {r["send_id"]: dict(r) for r in db.execute("SELECT * FROM sends WHERE run_id=?", (run_id,))}
    by_brief: dict[str, list[dict[str, Any]]] = {}
    for c in cands:
        by_brief.setdefault(c["brief_id"], []).append(c)
    rng = random.Random(seed)
    picked = rng.sample(rows, min(n, len(rows)))
    sid = sample_id or _new_id(run_id)
    briefs = _run_briefs(manifest, {r["item_id"] for r in rows})
    locale = manifest["config"].get("locale", "en-US")
    tone = manifest["config"].get("tone", "")

    def brief_of(row: dict[str, Any]) -> Any:
        b = briefs.get(row["item_id"])
        if b is None:
            raise UserError(f"run {run_id}: item {row['item_id']} is not in the run's catalog")
        return SimpleNamespace(**vars(b), channel=row["channel"], locale=row.get("locale", locale), tone=tone)

    def cand_copy(c: dict[str, Any], system: str) -> dict[str, Any]:
        rules = [v.get("rule", "") for v in json.loads(c["violations"] or "[]")]
        return {"system": system, "copy": c["text"],
                "auto": _auto(c["text"], c["channel"], c["locale"], bool(c["passed"]), rules, c["score"])}

    from ..privacy import Pseudonymizer

    pz = Pseudonymizer(store.home)  # reviewers see (and reports carry) pseudonymous briefs
    sample = Sample(sid, datetime.now(timezone.utc).isoformat(), {"kind": "run", "run_id": run_id,
                                                                 "out_dir": str(out_dir), "seed": seed})
    for row in picked:
        brief_id = f"{row['user_id']}:{row['item_id']}:{row['channel']}"
        send = sends.get(row.get("send_id", ""), {})
        copy = {"system": "chosen", "copy": row["copy"], "auto": _auto(
            row["copy"], row["channel"], row.get("locale", locale), True, row["verdict"]["rules"],
            send.get("score", row.get("score")))}
        sample.items.append(Item(_item_id(sid, "score", brief_id), "score", pz.brief(brief_id), row["channel"],
                                 row.get("locale", locale), brief_facts(brief_of(row)), [copy]))
    pairable = [r for r in rows if any(not c["chosen"] and c["text"].strip() and c["text"] != r["copy"]
                                       for c in by_brief.get(f"{r['user_id']}:{r['item_id']}:{r['channel']}", []))]
    for row in rng.sample(pairable, min(pairs, len(pairable))):
        brief_id = f"{row['user_id']}:{row['item_id']}:{row['channel']}"
        cs = sorted(by_brief[brief_id], key=lambda c: c["idx"])
        chosen = next(c for c in cs if c["chosen"])
        other = rng.choice([c for c in cs if not c["chosen"] and c["text"].strip() and c["text"] != chosen["text"]])
        sample.items.append(Item(_item_id(sid, "pair", brief_id), "pair", pz.brief(brief_id), row["channel"],
                                 row.get("locale", locale), brief_facts(brief_of(row)),
                                 [cand_copy(chosen, "chosen"), cand_copy(other, "other")]))
    if not sample.items:
        raise UserError(f"run {run_id} has no copies to review")
    return sample


# --- from an eval results folder -----------------------------------------------------------

def _eval_rows(results: Path, manifest: dict[str, Any], data: Sequence[Path] | None) -> dict[str, Any]:
    from ..finetune import expand_files, recipe_root
    from ..finetune_data import read_rows

    files = list(data) if data else expand_files(manifest["config"]["data"], recipe_root(results))
    for f in files:
        if not f.is_file():
            raise UserError(f"the suite's briefs {f} are not there; point to them with --data")
    return {r["id"]: r for r in read_rows(files)}


def sample_from_eval(store: Store, results: Path, n: int = 30, pairs: int = 0, seed: int = 0,
                     systems: Sequence[str] | None = None, data: Sequence[Path] | None = None,
                     sample_id: str | None = None) -> Sample:
    """`n` copies spread evenly over the systems to score, and `pairs` briefs on which two systems'
    first copies are compared (system pairs taken in turn)."""
    from ..records import brief_from_dict

    results = Path(results)
    try:
        manifest = json.loads((results / "manifest.json").read_text(encoding="utf-8"))
        copies = [json.loads(x) for x in (results / "copies.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    except OSError as exc:
        raise UserError(f"{results}: not an eval results folder ({exc})") from None
    names = list(systems) if systems else list(dict.fromkeys(c["system"] for c in copies))
    unknown = set(names) - {c["system"] for c in copies}
    if unknown:
        raise UserError(f"--systems: {', '.join(sorted(unknown))} not in {results}")
    rows = _eval_rows(results, manifest, data)
    sid = sample_id or _new_id(manifest["config"]["name"])
    rng = random.Random(seed)
    sample = Sample(sid, datetime.now(timezone.utc).isoformat(),
                    {"kind": "eval", "results": str(results), "suite": manifest["config"]["name"], "seed": seed})

    def item(kind: str, recs: list[dict[str, Any]]) -> Item:
        brief = brief_from_dict(rows[recs[0]["id"]]["brief"], brief_id=recs[0]["id"])
        return Item(_item_id(sid, kind, *[(r["system"], r["id"], r["index"]) for r in recs]), kind,
                    recs[0]["id"], recs[0]["channel"], recs[0]["locale"], brief_facts(brief),
                    [{"system": r["system"], "copy": r["copy"], "auto": _auto(
                        r["copy"], r["channel"], r["locale"], r["passed"], r["rules"],
                        r.get("predicted_conversion"))} for r in recs])

    per_system = {s: [c for c in copies if c["system"] == s and c["id"] in rows] for s in names}
    for k, s in enumerate(names):
        quota = n // len(names) + (1 if k < n % len(names) else 0)
        for rec in rng.sample(per_system[s], min(quota, len(per_system[s]))):
            sample.items.append(item("score", [rec]))
    first = {(c["system"], c["id"]): c for c in copies if c["index"] == 0}
    combos = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    shared = sorted({bid for (_, bid) in first if all((s, bid) in first for s in names)})
    for j, bid in enumerate(rng.sample(shared, min(pairs, len(shared))) if combos else []):
        a, b = combos[j % len(combos)]
        sample.items.append(item("pair", [first[(a, bid)], first[(b, bid)]]))
    if not sample.items:
        raise UserError(f"{results}: no copies to review")
    return sample


__all__ = ["SCALES", "FLAGS", "PAIR_CHOICES", "Item", "Sample", "sample_dir", "save_sample",
           "load_sample", "reviewer_order", "pair_sides", "brief_facts", "sample_from_run",
           "sample_from_eval"]
