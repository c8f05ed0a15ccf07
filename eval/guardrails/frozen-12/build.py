"""Builds the twelfth frozen guardrails test set (`frozen-12.jsonl` beside this file).

Every copy below is written out in full by hand (no templates, nothing random): en-US shops for a
skateboard deck, a smoked habanero hot sauce, birding binoculars, sterling silver hoop earrings and a
climbing chalk bag (USD); en-GB shops for an English willow cricket bat, a handmade seaweed and lime
soap, tungsten darts, an OO gauge model railway wagon, and kitchen scales from the Online Retail
export (GBP); zh-CN shops for 火锅底料, 鲜花速递, 真丝睡衣, 大米 and 机械键盘 (CNY). Each row carries
its product record, offer and campaign inline and its label: `expect` (pass, warn or block) and, for
anything that is not a clean pass, the `tier` and `kind`. Labels follow what the copy says against
the record and offer, not what any rule does.

The set is written once and never edited to make a rule pass; rerunning this script reproduces it
byte for byte. Besides the shared format check, it checks that no copy equals a copy of an earlier
frozen set (the first eleven) and that every locale holds the same mix: 38 clean rows, 14 warnings
and 62 blocks (31 truth, 10 law, 11 safety, 10 form), with every truth kind at least once.
`--counts` prints the counts table of the README.

    python eval/guardrails/frozen-12/build.py [--counts]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the shared frozen_rows module

from frozen_rows import LOCALE_TAG, build_main, build_rows as expand, check_new_copies, check_truth_kinds  # noqa: E402
from rows_en_gb import ROWS as ROWS_EN_GB  # noqa: E402
from rows_en_us import ROWS as ROWS_EN_US  # noqa: E402
from rows_zh_cn import ROWS as ROWS_ZH_CN  # noqa: E402
from shops import SHOPS  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "frozen-12.jsonl"
EARLIER = [HERE.parent / "frozen" / "frozen.jsonl"] + [HERE.parent / f"frozen-{n}" / f"frozen-{n}.jsonl"
                                                        for n in range(2, 12)]


def build_rows() -> list[dict]:
    """Expands the hand-written rows of every locale into labelled input rows, in file order."""
    return expand("f12", (("en-US", ROWS_EN_US), ("en-GB", ROWS_EN_GB), ("zh-CN", ROWS_ZH_CN)), SHOPS)


PER_LOCALE = {("pass", None): 38, ("warn", "style"): 14, ("block", "truth"): 31, ("block", "law"): 10,
              ("block", "safety"): 11, ("block", "form"): 10}


def check_mix(rows: list[dict]) -> None:
    """Checks that every locale holds the set's mix of labels and tiers and every truth kind."""
    for locale in LOCALE_TAG:
        mine = [r for r in rows if r["locale"] == locale]
        for (expect, tier), want in PER_LOCALE.items():
            got = sum(1 for r in mine if r["expect"] == expect and r.get("tier") == tier)
            assert got == want, (locale, expect, tier, got)
    check_truth_kinds(rows)


def main() -> None:
    rows = build_rows()
    check_new_copies(rows, EARLIER)
    check_mix(rows)
    build_main(rows, OUT, sys.argv[1:])


if __name__ == "__main__":
    main()
