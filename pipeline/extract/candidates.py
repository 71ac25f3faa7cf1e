"""A deal as it is being read: the trigger, its sentence, and the parties found around it."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.kinds import normalize, party_kind
from pipeline.extract.names import NameSpan, label
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole

__all__ = ["Candidate", "Role", "dedupe", "role_of", "trigger_text"]


@dataclass
class Role:
    name: str
    start: int
    end: int
    role: PartyRole
    kind: PartyKind = PartyKind.COMPANY
    business: str | None = None
    location: str | None = None


@dataclass
class Candidate:
    trigger: Trigger
    sentence: tuple[int, int]
    parties: list[Role] = field(default_factory=list)
    cues: int = 0
    text_window: str = ""  # fr/de: the trigger's sentence, for cues that need its words
    actors: list[Role] = field(default_factory=list)  # fr/de: other organisations of the sentence, added once it is a deal
    siblings: tuple[int, ...] = ()  # fr: where the other makers of an order split one per maker are named
    clause: tuple[int, int] | None = None  # fr: the clause telling this deal in passing inside another sentence
    foreign: tuple[tuple[int, int], ...] = ()  # fr: clauses of the same sentence that tell other deals
    shared: bool = False  # fr: the sentence tells another deal too
    tellings: tuple[tuple[int, int, int], ...] = ()  # de: (sentence start, end, trigger start) of other tellings joined in
    retold: tuple[tuple[int, int, int], ...] = ()  # de: (sentence start, end, trigger start) of later tellings merged away
    absorbed: tuple[Candidate, ...] = ()  # en: other tellings of the same deal merged into this one; what it lacks comes from them


def role_of(name: NameSpan, role: PartyRole, text: str) -> Role:
    return Role(label(name), name.start, name.end, role, party_kind(label(name), text[max(0, name.start - 40) : name.start]))


def dedupe(parties: list[Role]) -> list[Role]:
    seen: set[str] = set()
    kept: list[Role] = []
    for party in parties:
        key = normalize(party.name)
        if key in seen or not key:
            continue
        seen.add(key)
        kept.append(party)
    return kept


def trigger_text(cand: Candidate) -> str:
    """The trigger's words, read from the candidate's sentence (fr/de: ``text_window`` must be set)."""
    offset = cand.sentence[0]
    return cand.text_window[cand.trigger.start - offset : cand.trigger.end - offset]
