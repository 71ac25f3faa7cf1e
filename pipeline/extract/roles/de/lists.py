"""German lists: the names joined to the company bought by "und", and the split of a candidate into one deal per
company bought."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, Role, role_of
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.de.patterns import DE_AND
from pipeline.models import PartyRole


_DE_LIST_AND = re.compile(r"\b(?:und|sowie)\s+(?:auch\s+)?(?:(?:die|der|das|den|dem)\s+)?$")


def de_coordinated(text: str, names: list[NameSpan], target: Role) -> list[NameSpan]:
    """de: "übernahm Velmar Nord und Velmar Süd": every name joined to the bought one by "und" is bought too."""
    found: list[NameSpan] = []
    end = target.end
    for name in names:
        if name.start < end:
            continue
        glue = DE_AND.fullmatch(text, end, name.start)
        if glue is None or is_place(name) or name.possessive:
            break
        found.append(name)
        end = name.end
    if found and not _DE_LIST_AND.search(text, target.end, found[-1].start) and "und" not in text[found[-1].start - 6 : found[-1].start]:
        return []  # "Velmar, Korbin": a list needs its "und" ("und die Tessmar GmbH": with its article)
    return found


# the sides a list after a party shares: "an Norvia und Tarvo verkauft", "von Velkor und Norvia übernommen" (what is
# bought is split into one deal per company by ``de_one_per_target`` instead)
_DE_SHARED_ROLES = (PartyRole.BUYER, PartyRole.SELLER, PartyRole.INVESTOR, PartyRole.SUPPLIER, PartyRole.CUSTOMER, PartyRole.PARTNER)


def de_listed_sides(text: str, names: list[NameSpan], parties: list[Role]) -> list[Role]:
    """de: "verkauft Dastrel an Norvia und Tarvo", "wird von Velkor und Norvia übernommen": the names joined to a
    buyer, seller, investor or contract side by "und" share its role. Public: ``roles._finish`` adds them."""
    taken = {p.start for p in parties}
    found: list[Role] = []
    for party in parties:
        if party.role not in _DE_SHARED_ROLES:
            continue
        for name in de_coordinated(text, names, party):
            if name.start not in taken:
                taken.add(name.start)
                found.append(role_of(name, party.role, text))
    return found


_DE_TOGETHER_WITH = re.compile(r"(?<![\w-])(?:gemeinsam|zusammen)\s+mit\s+(?:(?:dem|der|den)\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")


def de_co_actors(text: str, names: list[NameSpan], parties: list[Role], subject: NameSpan | None) -> list[Role]:
    """de: "Velkor übernimmt gemeinsam mit Norvia die Dastrel AG", "zusammen mit dem Investor Norvia": who acts together
    with the subject takes its role. Public: ``roles._finish`` adds them."""
    acting = next((p for p in parties if subject is not None and p.start == subject.start and p.role in _DE_SHARED_ROLES), None)
    if acting is None:
        return []
    taken = {p.start for p in parties}
    return [
        role_of(name, acting.role, text) for name in names
        if name.start not in taken and not is_place(name) and _DE_TOGETHER_WITH.search(text, max(0, name.start - 50), name.start)
    ]


def de_one_per_target(cand: Candidate) -> list[Candidate]:
    """de: "X übernahm A und B": two companies bought are two deals, each with the same buyer. Public: ``deals.extract``
    splits each German candidate with it, as ``fr_one_per_party`` does the French ones."""
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
    if len(targets) < 2 or cand.trigger.voice not in ("buy", "sell", "other"):
        return [cand]
    others = [p for p in cand.parties if p.role is not PartyRole.TARGET]
    return [dataclasses.replace(cand, parties=[*others[:1], target, *others[1:]]) for target in targets]
