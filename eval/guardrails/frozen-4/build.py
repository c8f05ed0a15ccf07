"""Builds the fourth frozen guardrails test set (`frozen-4.jsonl` beside this file).

Every copy below is written out in full by hand (no templates, nothing random): en-US shops for
bikes and helmets, kitchen knives and cookware, toys, skincare, and wine and spirits (USD); en-GB
shops for hardware and DIY, loose tea, children's clothing, and giftware from the Online Retail
export (GBP); zh-CN shops for household cleaning, tea, digital accessories and books (CNY). Each
row carries its product record, offer and campaign inline and its label: `expect` (pass, warn or
block) and, for anything that is not a clean pass, the `tier` and `kind`. Labels follow what the
copy says against the record and offer, not what any rule does.

The set is written once and never edited to make a rule pass; rerunning this script reproduces it
byte for byte. `--counts` prints the counts table of the README.

    python eval/guardrails/frozen-4/build.py [--counts]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the shared frozen_rows module

from frozen_rows import build_main, build_rows as expand  # noqa: E402
from rows_en_gb import ROWS as ROWS_EN_GB  # noqa: E402
from rows_en_us import ROWS as ROWS_EN_US  # noqa: E402
from rows_zh_cn import ROWS as ROWS_ZH_CN  # noqa: E402
from shops import SHOPS  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "frozen-4.jsonl"


def build_rows() -> list[dict]:
    """Expands the hand-written rows of every locale into labelled input rows, in file order."""
    return expand("f4", (("en-US", ROWS_EN_US), ("en-GB", ROWS_EN_GB), ("zh-CN", ROWS_ZH_CN)), SHOPS)


def main() -> None:
    build_main(build_rows(), OUT, sys.argv[1:])


if __name__ == "__main__":
    main()
