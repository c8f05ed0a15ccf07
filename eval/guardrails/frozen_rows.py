"""What the hand-written frozen guardrails sets share (`frozen-2/` to `frozen-27/`): the
record, offer and campaign constructors their `shops.py` use, the expansion of their rows into
labelled `promo-llm guard check` input rows, and (from the third set on) the format check and
counts table of their `build.py`, and the checks that a set repeats no earlier set's copy and
holds every truth kind in every locale. The sets' copies and labels stay in their own folders and are
never edited; this module only turns them into JSONL the same way each time and checks the format,
never a rule.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Mapping, Sequence

LOCALE_TAG = {"en-US": "us", "en-GB": "gb", "zh-CN": "zh"}


def P(item_id, title, brand, category, price, list_price, currency, attributes, stock):
    """A product record."""
    return {"item_id": item_id, "title": title, "brand": brand, "category": category, "price": price,
            "list_price": list_price, "currency": currency, "attributes": attributes, "stock": stock}


def O(discount_pct, ends, code, free_shipping=False, gift=None):
    """An offer."""
    offer = {"discount_pct": discount_pct, "ends": ends, "code": code}
    if free_shipping:
        offer["free_shipping"] = True
    if gift:
        offer["gift"] = gift
    return offer


def C(domain, signature=None):
    """A campaign: its allowed link domain and, for Chinese shops, its 【signature】."""
    campaign = {"allowed_domains": [domain]}
    if signature:
        campaign["brand_signature"] = signature
    return campaign


def build_rows(prefix: str, rows_by_locale: Iterable[tuple[str, list]], shops: Mapping) -> list[dict]:
    """Expands the hand-written rows of every locale into labelled input rows, in file order;
    ids are `<prefix>-<locale tag>-<shop key>-<nn>`."""
    out: list[dict] = []
    for locale, rows in rows_by_locale:
        counters: dict[str, int] = {}
        for key, channel, copy, *label in rows:
            product, offer, campaign = shops[locale][key]
            counters[key] = counters.get(key, 0) + 1
            row = {"id": f"{prefix}-{LOCALE_TAG[locale]}-{key}-{counters[key]:02d}", "copy": copy,
                   "channel": channel, "locale": locale, "product": product, "offer": offer,
                   "campaign": campaign}
            if label:
                expect, tier, kind = label
                row.update({"expect": expect, "tier": tier, "kind": kind})
            else:
                row["expect"] = "pass"
            out.append(row)
    return out


def write_jsonl(rows: list[dict], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


CHANNELS = ("email_subject", "email_body", "sms", "push", "social")
TIERS = {"pass": set(), "warn": {"style"}, "block": {"truth", "law", "safety", "form"}}
KINDS = {
    "style": {"one_line_push", "short_body", "no_final_punctuation", "teaser_subject", "hashtag_in_email"},
    "truth": {"wrong_price", "wrong_was_price", "discount_price_mismatch", "wrong_discount", "wrong_date",
              "deadline_after_end", "invented_origin", "invented_material", "invented_attribute", "invented_award",
              "rating_not_in_record", "wrong_rating", "wrong_spec", "free_shipping_not_offered", "gift_not_offered",
              "stock_claim", "wrong_code", "other_brand", "invented_kind", "wrong_currency"},
    "law": {"medical_claim", "absolute_claim", "guarantee_claim", "fake_transaction", "missing_opt_out"},
    "safety": {"pii", "toxicity", "prompt_echo", "template_leak", "link_not_allowed", "confusable"},
    "form": {"too_long", "truncated", "markdown", "garbled_text", "wrong_language", "repetition"},
}


def check_format(rows: list[dict], min_rows: int = 330) -> None:
    """Checks the format only (keys, labels, unique ids and copies, coverage); never runs a rule."""
    keys = {"id", "copy", "channel", "locale", "product", "offer", "campaign", "expect"}
    ids = [r["id"] for r in rows]
    copies = [r["copy"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(copies) == len(set(copies)), "duplicate copies"
    assert len(rows) >= min_rows, f"only {len(rows)} rows"
    seen: set[tuple[str, str, str]] = set()
    for r in rows:
        assert keys <= set(r) and r["copy"].strip(), r["id"]
        assert r["channel"] in CHANNELS, r["id"]
        if r["expect"] == "pass":
            assert "tier" not in r and "kind" not in r, r["id"]
        else:
            assert r.get("tier") in TIERS[r["expect"]], r["id"]
            assert r.get("kind") in KINDS[r["tier"]], r["id"]
        for field in ("price", "list_price", "currency", "title"):
            assert field in r["product"], (r["id"], field)
        assert {"discount_pct", "ends", "code"} <= set(r["offer"]), r["id"]
        assert r["campaign"].get("allowed_domains"), r["id"]
        seen.add((r["locale"], r["channel"], "pass" if r["expect"] == "pass" else r["expect"]))
    for locale in LOCALE_TAG:
        for channel in CHANNELS:
            assert (locale, channel, "pass") in seen and (locale, channel, "block") in seen, (locale, channel)


def check_new_copies(rows: list[dict], earlier: Iterable[Path]) -> None:
    """Checks that no copy of a set equals (after trimming) a copy of an earlier frozen set."""
    seen: set[str] = set()
    for path in earlier:
        with path.open(encoding="utf-8") as fh:
            seen.update(json.loads(line)["copy"].strip() for line in fh if line.strip())
    reused = [r["id"] for r in rows if r["copy"].strip() in seen]
    assert not reused, f"copies of an earlier set: {reused}"


def check_truth_kinds(rows: list[dict]) -> None:
    """Checks that every truth kind of the vocabulary labels at least one row in every locale."""
    for locale in LOCALE_TAG:
        seen = {r["kind"] for r in rows if r["locale"] == locale and r.get("tier") == "truth"}
        missing = sorted(KINDS["truth"] - seen)
        assert not missing, f"{locale} lacks truth kinds {missing}"


def counts_table(rows: list[dict]) -> str:
    """The README's counts table: rows per label and tier in each locale."""
    lines = ["| | en-GB | en-US | zh-CN | all |", "|---|---|---|---|---|"]
    labels = [("pass", None), ("warn", None), ("block", None)] + [("block", t) for t in
                                                                   ("truth", "law", "safety", "form")]
    for expect, tier in labels:
        cells = [sum(1 for r in rows if r["locale"] == loc and r["expect"] == expect
                     and (tier is None or r.get("tier") == tier)) for loc in ("en-GB", "en-US", "zh-CN")]
        name = expect if tier is None else f"block: {tier}"
        lines.append(f"| {name} | " + " | ".join(map(str, cells)) + f" | {sum(cells)} |")
    return "\n".join(lines)


def build_main(rows: list[dict], out: Path, argv: Sequence[str]) -> None:
    """A set's `build.py` command: check the rows, write them, print the count (and the counts
    table with `--counts`)."""
    check_format(rows)
    write_jsonl(rows, out)
    print(f"wrote {len(rows)} rows to {out.name}")
    if "--counts" in argv:
        print(counts_table(rows))
