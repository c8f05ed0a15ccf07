"""Builds the third frozen guardrails test set (`frozen-3.jsonl` beside this file).

Every copy below is written out in full by hand (no templates, nothing random): en-US shops for
camping gear, pet supplies, vitamins and supplements, and headphones (USD); en-GB shops for a
garden centre, a bookshop, a bakery and deli, and giftware from the Online Retail export (GBP);
zh-CN shops for baby goods, outdoor sports, pet supplies and car accessories (CNY). Each row
carries its product record, offer and campaign inline and its label: `expect` (pass, warn or
block) and, for anything that is not a clean pass, the `tier` and `kind`. Labels follow what the
copy says against the record and offer, not what any rule does.

The set is written once and never edited to make a rule pass; rerunning this script reproduces it
byte for byte. `--counts` prints the counts table of the README.

    python eval/guardrails/frozen-3/build.py [--counts]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the shared frozen_rows module

from frozen_rows import LOCALE_TAG, build_rows as expand, write_jsonl  # noqa: E402
from rows_en_gb import ROWS as ROWS_EN_GB  # noqa: E402
from rows_en_us import ROWS as ROWS_EN_US  # noqa: E402
from rows_zh_cn import ROWS as ROWS_ZH_CN  # noqa: E402
from shops import SHOPS  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "frozen-3.jsonl"
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


def build_rows() -> list[dict]:
    """Expands the hand-written rows of every locale into labelled input rows, in file order."""
    return expand("f3", (("en-US", ROWS_EN_US), ("en-GB", ROWS_EN_GB), ("zh-CN", ROWS_ZH_CN)), SHOPS)


def check_format(rows: list[dict]) -> None:
    """Checks the format only (keys, labels, unique ids and copies, coverage); never runs a rule."""
    keys = {"id", "copy", "channel", "locale", "product", "offer", "campaign", "expect"}
    ids = [r["id"] for r in rows]
    copies = [r["copy"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(copies) == len(set(copies)), "duplicate copies"
    assert len(rows) >= 330, f"only {len(rows)} rows"
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


def main() -> None:
    rows = build_rows()
    check_format(rows)
    write_jsonl(rows, OUT)
    print(f"wrote {len(rows)} rows to {OUT.name}")
    if "--counts" in sys.argv[1:]:
        print(counts_table(rows))


if __name__ == "__main__":
    main()
