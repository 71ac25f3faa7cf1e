"""fr/de: the names a sentence lists with a side of its deal that the voice left out.

"racheté par Velkor et Dastrel", "un accord entre Velkor et Norvia", "an die Norvia AG und den Finanzinvestor Dastrel
verkauft": the voice reads one name of the list (the agent after "par", the object after "avec"), the others share its
role. What is bought is left alone: a list of companies bought is split into one deal each (``fr_one_per_party``,
``de_one_per_target``). German lists of bare names after a side are ``de_listed_sides``'s too; this one also reads a
role noun after the article ("und den Finanzinvestor Dastrel").
"""

from __future__ import annotations

import re

from pipeline.extract.candidates import Role, role_of
from pipeline.extract.geo import PLACES
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import listed_after
from pipeline.extract.roles.de.patterns import DE_LIST_GLUE
from pipeline.extract.roles.fr.patterns import FR_LIST_GLUE
from pipeline.models import PartyRole


__all__ = ["listed_sides"]


# a list needs its conjunction: "Velkor, Norvia" alone is no list
_AND = re.compile(r"\b(?:et|ainsi que|und|sowie)\b")
# ", une société dirigée par Paul Dastrel, et Norvia": a name inside an apposition describes the name before it; it is
# not listed with the one after the comma
_IN_APPOSITION = re.compile(
    r",\s+(?:un|une|la|le|l['’]|sa|son|ses|ein|eine|die|der|das)\s*[^,;:()]*?\b(?:par|de|du|des|d['’]|von|vom|der)\s*(?:l['’]|la\s+|le\s+|les\s+)?$"
)


def listed_sides(text: str, names: list[NameSpan], parties: list[Role], lang: str, subject: NameSpan | None) -> list[Role]:
    """fr/de: the names listed with a side that is not what is bought share its role: those listed after it and
    those listed before it, up to the list's first name (the subject's are ``listed_before``'s, which knows
    a fronted phrase). Public: ``roles._finish`` adds them."""
    glue = FR_LIST_GLUE if lang == "fr" else DE_LIST_GLUE
    taken = {p.start for p in parties}
    found: list[Role] = []
    for party in list(parties):
        if party.role is PartyRole.TARGET:
            continue
        first = next((n for n in names if n.start == party.start), None)
        if first is None:
            continue
        after = listed_after(text, names, first, glue, conjunction=_AND)
        if not after and lang == "fr":
            after = _fr_listed_with_preposition(text, names, first)
        before = _listed_before(text, names, first, glue) if subject is None or subject.start != first.start else []
        for name in [*after, *before]:
            if name.start not in taken and not is_place(name) and name.text not in PLACES and not name.possessive:
                taken.add(name.start)
                found.append(role_of(name, party.role, text))
    return found


def _listed_before(text: str, names: list[NameSpan], first: NameSpan, glue: re.Pattern[str]) -> list[NameSpan]:
    """"entre Velkor, Norvia et Dastrel" (from Dastrel): the names the glue joins before ``first``, nearest first; none
    without a conjunction, or when one of them stands in an apposition."""
    listed: list[NameSpan] = []
    right = first
    for name in reversed([n for n in names if n.end <= first.start]):
        if is_place(name) or name.possessive or not glue.fullmatch(text, name.end, right.start):
            break
        if _IN_APPOSITION.search(text, max(0, name.start - 80), name.start):
            return []
        listed.append(name)
        right = name
    if listed and not _AND.search(text, listed[0].end, first.start):
        return []
    return listed


# fr: the preposition right before a side ("à la société Velkor", "auprès de Norvia"), which its list repeats ("et à la société Norvia")
_FR_PREP_BEFORE = re.compile(r"\b(?P<prep>à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|par|avec|chez)\s*(?:la |le |les |l['’])?(?:(?:groupe|société|fonds|banque|compagnie|constructeur|laboratoire)\s+)?$")
_FR_PREP_FAMILY = {"à": "à|au|aux", "au": "à|au|aux", "aux": "à|au|aux", "par": "par", "avec": "avec", "chez": "chez"}


def _fr_listed_with_preposition(text: str, names: list[NameSpan], first: NameSpan) -> list[NameSpan]:
    """fr: "livrera 20 trains à Velkor et à Norvia", "auprès de Velkor et auprès de Norvia": a list whose every name
    repeats the preposition before the first."""
    before = _FR_PREP_BEFORE.search(text, max(0, first.start - 40), first.start)
    if before is None:
        return []
    prep = before["prep"]
    family = _FR_PREP_FAMILY.get(prep, r"auprès (?:de|du|des|d['’])")
    glue = re.compile(
        rf"\s*(?:,|,?\s*(?:et|ainsi que))\s+(?:{family})\s*(?:la |le |les |l['’])?(?:(?:groupe|société|fonds|banque|compagnie|constructeur|laboratoire)\s+)?"
    )
    return listed_after(text, names, first, glue, conjunction=_AND)
