"""Truth: grounding against the product record and the offer. Every figure, price, discount,
date, code, stock or rating claim, brand, attribute and other fact the copy states must follow
from the brief (`promo_llm.facts` reads the record once per brief).

- `figures.py`: prices and reference prices in the product's currency, discounts (%, 折), and the
  catch-all number check that runs last.
- `quantities.py`: what the record says each of its numbers is (a measure in a unit, a time, a
  pack count, a count of things), read by the number checks; `pack_counts.py`: the copy's pack
  counts against the record's.
- `deals.py`: claims of a price advantage (a discount, a sale, a saving, a code) with no amount.
- `dates.py`: end dates, weekdays, festivals and deadlines.
- `record.py`: promo code, stock, ratings, shipping and gifts, brands, attributes and sizes;
  `bundles.py`: other items said to come with the product.
- `frames.py`: claim frames ('with a ...', 'made from ...', 'solid ...', 采用...): the object of a
  construction that gives the product a part or a material must be in the record, whatever its words.
  `zh_frame_words.py`: whether a Chinese frame word is a frame where it stands.
- `part_materials.py`: the material the copy puts before one of the record's parts must be the one
  the record gives that part.
"""

from __future__ import annotations

from . import bundles, dates, deals, figures, frames, record

__all__ = ["bundles", "dates", "deals", "figures", "frames", "record"]
