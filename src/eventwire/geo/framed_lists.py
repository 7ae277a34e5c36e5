"""Lists the text frames as first-level regions: 'the provinces of A, B and C', 'A, B and C states'. A town's name
in such a list is the region's (`subdivision_places.framed_towns`)."""

from __future__ import annotations

import re

from .place import Place
from .qualify import LIST_ITEM_GAPS

REGION_PLURALS = r"(?:states|provinces|regions|governorates|prefectures|oblasts|departments|parishes)"
PLURAL_OF = re.compile(rf"\b{REGION_PLURALS} of (?:the )?$")
PLURAL_AFTER = re.compile(rf" {REGION_PLURALS}\b")
FRAME_WIDTH = 40  # "the northeastern provinces of "


def in_region_list(text: str, ordered: list[Place], index: int) -> bool:
    """Whether the place at `index` of the places in text order is an item of a list that a plural kind of
    first-level region opens ("the provinces of A, B and C") or ends ("A, B and C states")."""
    first = last = index
    while first > 0 and text[ordered[first - 1].end:ordered[first].start] in LIST_ITEM_GAPS:
        first -= 1
    while last + 1 < len(ordered) and text[ordered[last].end:ordered[last + 1].start] in LIST_ITEM_GAPS:
        last += 1
    if first == last:
        return False  # one name is no list: "the states of X" is `kind_of_before`'s
    start = ordered[first].start
    return bool(PLURAL_OF.search(text, max(0, start - FRAME_WIDTH), start)
                or PLURAL_AFTER.match(text, ordered[last].end))
