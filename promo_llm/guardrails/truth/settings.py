"""A feature of adjustment ('adjustable temperature', 温度可调) stated by the record's settings: an
attribute that names the quantity adjusted (`adjustable_quantities` in `packs/common.yaml`: for
adjustable temperature, temperature, heat, 温度) and gives it several settings, as a count of them
('4 heat settings', 四档) or as figures joined in a range or a list ('140℃、160℃、180℃、200℃', '250-450°F'), says the
quantity can be set, in other words than the feature's. Called by the attribute check
(`record.py`) for a feature the record does not write."""

from __future__ import annotations

import re

from ..context import Context
from ..text import fold
from ..vocab import word_table

_QUANTITIES = {canon: tuple(str(w) for w in words) for canon, words in word_table("adjustable_quantities").items()}
# a count of settings: '4 settings', 'five levels', 四档, 3挡
_COUNTED = re.compile(r"(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+)?"
                      r"(?:settings?|levels?|modes?|positions?)\b|(?:\d+|[二两三四五六七八九十]+)\s*(?:档|挡|级))")
# two figures joined as a range or a list: '250-450°F', '140℃、160℃', '100 to 230 °C'
_SPAN = re.compile(r"\d+(?:\.\d+)?\s*(?:°\s*[cf]|℃)?\s*(?:-|–|~|to|至|到|、|,(?!\d{3}\b)|/)\s*\d")


def settings_state(ctx: Context, groups: set[tuple[str, str]]) -> bool:
    """Does the record give several settings of the quantity a feature of `groups` adjusts?"""
    words = [w for kind, canon in groups if kind == "feature" for w in _QUANTITIES.get(canon, ())]
    if not words:
        return False
    for key, value in ctx.brief.product.attributes.items():
        text = fold(f"{key} {value}")
        if any(w in text for w in words) and (_COUNTED.search(text) or _SPAN.search(text)):
            return True
    return False
