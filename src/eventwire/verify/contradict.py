"""Contradictions: an event of the article that independent reports of the story tell differently.

Only events of the same PLOVER type that share a participant are compared. A difference is
flagged when more independent reports tell it the other way than back the article's version.
"""

from __future__ import annotations

import re

from ..stories.corroborate import codes, dates_agree, place_of
from .model import Flag, VerifyDoc

NUMBER = re.compile(r"\b\d[\d,.]*\b")
OPPOSITE_STATUS = {frozenset({"occurred", "negated"}), frozenset({"planned", "negated"})}


def _numbers(event: dict) -> frozenset[str]:
    return frozenset(n.replace(",", "") for n in NUMBER.findall(event.get("text_info", {}).get("sentence", "")))


def _roles(event: dict) -> tuple[frozenset[str], frozenset[str]]:
    return codes(event, "actor"), codes(event, "recipient")


def related(a: dict, b: dict) -> bool:
    """Same type and at least one participant in common (in any role)."""
    if a.get("event") != b.get("event"):
        return False
    actors_a, recips_a = _roles(a)
    actors_b, recips_b = _roles(b)
    return bool((actors_a | recips_a) & (actors_b | recips_b))


def disagreement(mine: dict, theirs: dict) -> str:
    """What differs between two related events ('' when they agree)."""
    actors, recipients = _roles(mine)
    their_actors, their_recipients = _roles(theirs)
    if actors and recipients and actors == their_recipients and recipients == their_actors:
        return f"the roles the other way round ({'/'.join(sorted(their_actors))} acting on {'/'.join(sorted(recipients))})"
    if recipients and recipients == their_recipients and actors and their_actors and not actors & their_actors:
        return "another actor (" + "/".join(sorted(their_actors)) + ")"
    if actors != their_actors or (recipients and their_recipients and recipients != their_recipients):
        return ""
    status, their_status = mine.get("status", ""), theirs.get("status", "")
    if frozenset({status, their_status}) in OPPOSITE_STATUS:
        return f"the status {their_status}, not {status}"
    nums, their_nums = _numbers(mine), _numbers(theirs)
    if nums and their_nums and not nums & their_nums:
        return "other numbers (" + ", ".join(sorted(their_nums)) + ")"
    if theirs.get("date_source", "published") != "published" and mine.get("date_source", "published") != "published" \
            and not dates_agree(str(mine.get("date", "")), str(theirs.get("date", "")), tolerance=0):
        return f"another date ({theirs.get('date')})"
    pm, pt = place_of(mine), place_of(theirs)
    return f"another place ({pt})" if pm and pt and pm != pt else ""


def _event_flag(article: VerifyDoc, event: dict, reports: list[VerifyDoc]) -> Flag | None:
    backing, against = 0, []
    for report in reports:
        found = [(other, disagreement(event, other)) for other in report.events if related(event, other)]
        if any(not why for _, why in found):
            backing += 1
        elif found:
            against.append((report, found[0][0], found[0][1]))
    if not against or len(against) <= backing:
        return None
    info = event.get("text_info", {})
    start, end = int(info.get("start", 0)), int(info.get("end", 0))
    why = against[0][2]
    alone = " (one report against one: either may be wrong)" if len(against) + backing == 1 else ""
    evidence = tuple({"article_id": r.id, "text": e.get("text_info", {}).get("sentence", "")} for r, e, _ in against)
    return Flag(start, end, article.text[start:end], "contradicted",
                f"{event.get('event', 'This event')} here disagrees with {len(against)} of "
                f"{len(against) + backing} independent reports that tell it, which give {why}{alone}.", evidence)


def contradiction_flags(article: VerifyDoc, reports: list[VerifyDoc]) -> list[Flag]:
    """Flags on the article's events that independent reports contradict (one flag per sentence)."""
    flags: dict[tuple[int, int], Flag] = {}
    for event in article.events:
        flag = _event_flag(article, event, reports)
        if flag and (flag.start, flag.end) not in flags:
            flags[(flag.start, flag.end)] = flag
    return sorted(flags.values(), key=lambda f: f.start)
