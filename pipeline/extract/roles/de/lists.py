"""German lists: the names joined to the company bought by "und", and the split of a candidate into one deal per
company bought."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, Role
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


def de_one_per_target(cand: Candidate) -> list[Candidate]:
    """de: "X übernahm A und B": two companies bought are two deals, each with the same buyer. Public: ``deals.extract``
    splits each German candidate with it, as ``fr_one_per_party`` does the French ones."""
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
    if len(targets) < 2 or cand.trigger.voice not in ("buy", "sell", "other"):
        return [cand]
    others = [p for p in cand.parties if p.role is not PartyRole.TARGET]
    return [dataclasses.replace(cand, parties=[*others[:1], target, *others[1:]]) for target in targets]
