"""Builds the twenty-seventh frozen guardrails test set (`frozen-27.jsonl` beside this file).

Every copy below is written out in full by hand (no templates, nothing random): en-US shops for
cocktail shaker tins, a laptop stand, hex dumbbells, a knife sharpener and ski wax (USD); en-GB
shops for a tyre inflator, a plant mister, baby bibs, a glass terrarium, and heart cookie cutters
from the Online Retail export (GBP); zh-CN shops for 瑜伽垫, 儿童水杯, 辣条, 茶具套装 and 腊肉 (CNY).
Each row carries its product record, offer and campaign inline and its label: `expect` (pass, warn
or block) and, for anything that is not a clean pass, the `tier` and `kind`. Labels follow what
the copy says against the record and offer, not what any rule does.

The set is written once and never edited to make a rule pass; rerunning this script reproduces it
byte for byte. Besides the shared format check, it checks that no copy equals a copy of an earlier
frozen set (the first twenty-five) and that every truth kind occurs in every locale. `--counts`
prints the counts table of the README.

    python eval/guardrails/frozen-27/build.py [--counts]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the shared frozen_rows module

from frozen_rows import build_main, build_rows as expand, check_new_copies, check_truth_kinds  # noqa: E402
from rows_en_gb import ROWS as ROWS_EN_GB  # noqa: E402
from rows_en_us import ROWS as ROWS_EN_US  # noqa: E402
from rows_zh_cn import ROWS as ROWS_ZH_CN  # noqa: E402
from shops import SHOPS  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "frozen-27.jsonl"
EARLIER = [HERE.parent / "frozen" / "frozen.jsonl"] + [HERE.parent / f"frozen-{n}" / f"frozen-{n}.jsonl"
                                                        for n in range(2, 26)]


def build_rows() -> list[dict]:
    """Expands the hand-written rows of every locale into labelled input rows, in file order."""
    return expand("f27", (("en-US", ROWS_EN_US), ("en-GB", ROWS_EN_GB), ("zh-CN", ROWS_ZH_CN)), SHOPS)


def main() -> None:
    rows = build_rows()
    check_new_copies(rows, EARLIER)
    check_truth_kinds(rows)
    build_main(rows, OUT, sys.argv[1:])


if __name__ == "__main__":
    main()
