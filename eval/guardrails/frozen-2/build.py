"""Builds the second frozen guardrails test set (`frozen-2.jsonl` beside this file).

Every copy below is written out in full by hand (no templates, nothing random): en-US shops for
skincare and make-up, phone accessories, running gear and bicycle parts (USD); en-GB shops for
kitchenware, tea and coffee, home textiles and children's toys (GBP); zh-CN shops for tea and
coffee, skincare, phone accessories, children's toys and kitchenware (CNY). Each row carries its
product record, offer and campaign inline and its label: `expect` (pass, warn or block) and, for
anything that is not a clean pass, the `tier` and `kind`. Labels follow what the copy says against
the record and offer, not what any rule does.

The set is written once and never edited to make a rule pass; rerunning this script reproduces it
byte for byte.

    python eval/guardrails/frozen-2/build.py
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
OUT = HERE / "frozen-2.jsonl"


def build_rows() -> list[dict]:
    """Expands the hand-written rows of every locale into labelled input rows, in file order."""
    return expand("f2", (("en-US", ROWS_EN_US), ("en-GB", ROWS_EN_GB), ("zh-CN", ROWS_ZH_CN)), SHOPS)


def check_format(rows: list[dict]) -> None:
    """Checks the format only (keys, labels, unique ids, minimum counts); never runs a rule."""
    keys = {"id", "copy", "channel", "locale", "product", "offer", "campaign", "expect"}
    tiers = {"pass": set(), "warn": {"style"}, "block": {"truth", "law", "safety", "form"}}
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    counts: dict[tuple[str, str], int] = {}
    for r in rows:
        assert keys <= set(r) and r["copy"].strip(), r["id"]
        assert r["channel"] in {"email_subject", "email_body", "sms", "push", "social"}, r["id"]
        assert (r.get("tier") in tiers[r["expect"]]) if r["expect"] != "pass" else "tier" not in r, r["id"]
        assert r["expect"] == "pass" or r.get("kind"), r["id"]
        counts[r["locale"], r["expect"]] = counts.get((r["locale"], r["expect"]), 0) + 1
    for locale in LOCALE_TAG:
        assert counts[locale, "pass"] >= 40 and counts[locale, "warn"] >= 15 and counts[locale, "block"] >= 55


def main() -> None:
    rows = build_rows()
    check_format(rows)
    write_jsonl(rows, OUT)
    print(f"wrote {len(rows)} rows to {OUT.name}")


if __name__ == "__main__":
    main()
