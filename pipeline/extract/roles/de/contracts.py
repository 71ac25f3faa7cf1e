"""German cases of the supply and order voices: who awards or hires, who is supplied (dative, "beliefern",
equipping verbs), makers named as such, and the other side of a signed contract."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Role, role_of
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import RoleState, after_prep
from pipeline.extract.roles.de.patterns import (
    DE_DATIVE_BEFORE,
    DE_OBJECT_NEXT,
    DE_PASSIVE_AUX,
    DE_RECEIVED_FROM,
    DE_TO_BEFORE,
)
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyRole


# a contract two sides sign ("Liefervertrag", "Abkommen", "Vereinbarung"), not a job that one side does for the other
_DE_CONTRACT_NOUN = re.compile(r"[Vv]ertrag|[Aa]bkommen|[Vv]ereinbarung")
_DE_AND_GAP = re.compile(r"\s+und\s+(?:(?:die|der|das|den|dem)\s+)?(?:[a-zäöüß]\S*\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?")


def de_contract_other_side(text: str, names: list[NameSpan], trigger: Trigger, party: Role) -> Role | None:
    """de: "Velkor und Norvia haben einen Liefervertrag unterzeichnet": the company joined by "und" to one side of a signed
    contract is the other side. Public: ``roles._finish`` adds it."""
    if party.role not in (PartyRole.SUPPLIER, PartyRole.CUSTOMER) or not _DE_CONTRACT_NOUN.search(text, trigger.start, trigger.end):
        return None
    after = next((n for n in names if n.start >= party.end), None)
    before = next((n for n in reversed(names) if n.end <= party.start), None)
    joined = (
        after if after is not None and after.end <= trigger.start and _DE_AND_GAP.fullmatch(text, party.end, after.start)
        else before if before is not None and _DE_AND_GAP.fullmatch(text, before.end, party.start) else None
    )
    if joined is None or is_place(joined):
        return None
    return role_of(joined, PartyRole.CUSTOMER if party.role is PartyRole.SUPPLIER else PartyRole.SUPPLIER, text)


_DE_AWARDS = re.compile(r"\b(?:vergab|vergibt|vergeben|erteilt\w*|vergaben)\s+(?:\S+\s+){0,3}?$")
_DE_AWARDED_LATER = re.compile(r"[^.;]{0,120}?\ban\s[^.;]{0,60}?\bvergeben(?=[\s.,;]|$)")


def de_award_parties(st: RoleState) -> bool:
    """de: "Norvia vergab den Auftrag an Velkor": who awards the contract is the customer, the name after "an"
    supplies. False when the sentence awards nothing."""
    text, trigger, subject, s_start = st.text, st.trigger, st.subject, st.s_start
    if subject is None or not (
        _DE_AWARDS.search(text, max(s_start, trigger.start - 40), trigger.start) or text.startswith(("vergab", "vergibt", "vergeben"), trigger.start)
        or subject.end <= trigger.start and _DE_AWARDED_LATER.match(text, trigger.end)  # "hat den Auftrag ... an Velkor vergeben"
    ):
        return False
    st.parties.append(role_of(subject, PartyRole.CUSTOMER, text))
    awarded = after_prep(text, st.in_sentence, "an", trigger.end, st.s_end)
    if awarded is not None and awarded.start != subject.start:
        st.parties.append(role_of(awarded, PartyRole.SUPPLIER, text))
    return True


# "der Zulieferer Norvia", "dem Batteriehersteller Norvia": a name introduced as a maker
_DE_MAKER_BEFORE = re.compile(r"\b(?:[Zz]ulieferer|[Ll]ieferanten?|[A-ZÄÖÜ]?[a-zäöüß]*[Hh]ersteller|[A-ZÄÖÜ]?[a-zäöüß]*[Pp]roduzenten?)\s+$")


def de_maker_supplies(st: RoleState) -> None:
    """de: "Der Autobauer Velkor hat mit dem Zulieferer Norvia einen Liefervertrag unterzeichnet": when the customer
    read from the word order is introduced as a maker and the supplier is not, the maker supplies."""
    text, parties = st.text, st.parties
    suppliers = [p for p in parties if p.role is PartyRole.SUPPLIER]
    customers = [p for p in parties if p.role is PartyRole.CUSTOMER]
    if len(suppliers) != 1 or len(customers) != 1:
        return
    def maker(p: Role) -> bool:
        return _DE_MAKER_BEFORE.search(text, max(0, p.start - 40), p.start) is not None
    if maker(customers[0]) and not maker(suppliers[0]):
        swapped = {PartyRole.SUPPLIER: PartyRole.CUSTOMER, PartyRole.CUSTOMER: PartyRole.SUPPLIER}
        parties[:] = [dataclasses.replace(p, role=swapped.get(p.role, p.role)) for p in parties]


_DE_EQUIP = re.compile(r"(stattet|stattete|statten|rüstet|rüstete|rüsten|versorgt|versorgte|versorgen)\b|mit\s")


def de_supplied_object(st: RoleState, subject: NameSpan) -> Role | None:
    """de: the object of "beliefern" ("beliefert Norvia mit Chips") or of an equipping verb ("stattet Norvia mit
    Zügen aus", "soll Norvia mit Gas versorgen") is supplied."""
    text, trigger, in_sentence, in_window = st.text, st.trigger, st.in_sentence, st.in_window
    customer = None
    if text.startswith("beliefer", trigger.start) and in_window and DE_OBJECT_NEXT.fullmatch(text, trigger.end, in_window[0].start):
        customer = role_of(in_window[0], PartyRole.CUSTOMER, text)  # "beliefert Norvia mit Chips": the object is supplied
    equipped = _DE_EQUIP.match(text, trigger.start) if customer is None else None
    if equipped is not None:
        # "stattet Norvia mit Zügen aus": the object after the verb; "soll Norvia mit Gas versorgen": the one before "mit"
        supplied = [n for n in in_sentence if not is_place(n) and n.start != subject.start and (
            trigger.end <= n.start < st.window_end if equipped.group(1) else subject.end <= n.start and n.end <= trigger.start
        )]
        customer = role_of(supplied[0], PartyRole.CUSTOMER, text) if supplied else None
    return customer


_DE_DELIVER_VERB = re.compile(r"liefert|lieferte|liefern|lieferten")


def de_giving_customer(st: RoleState, subject: NameSpan) -> Role | None:
    """de: "Velkor erhält von Norvia einen Großauftrag": who gives the order, named before it, is the customer."""
    giver = next(
        (n for n in st.in_sentence if n.end <= st.trigger.start and n.start != subject.start and not is_place(n)
         and DE_RECEIVED_FROM.search(st.text, max(st.s_start, n.start - 60), n.start)),
        None,
    )
    return role_of(giver, PartyRole.CUSTOMER, st.text) if giver is not None else None


def de_dative_customer(st: RoleState, subject: NameSpan) -> Role | None:
    """de: "Velkor soll der Norvia AG 30 Züge liefern", "soll 40 Züge an die Norvia AG liefern": the receiver,
    either side of the verb, is supplied."""
    text, trigger, in_sentence, s_start = st.text, st.trigger, st.in_sentence, st.s_start
    # "Velkor soll der Norvia AG 30 Züge liefern": the dative object between subject and verb is supplied
    dative = next((n for n in in_sentence if subject.end <= n.start and n.end <= trigger.start and DE_DATIVE_BEFORE.search(text, max(s_start, n.start - 12), n.start)), None)
    if dative is None and _DE_DELIVER_VERB.fullmatch(text, trigger.start, trigger.end):
        # "Velkor liefert der Norvia AG 200 Busse", "soll 40 Züge an die Norvia AG liefern": the receiver, either side of the verb
        dative = next((n for n in st.in_window if DE_DATIVE_BEFORE.fullmatch(text, trigger.end + 1, n.start)), None) or next(
            (n for n in in_sentence if subject.end <= n.start and n.end <= trigger.start and DE_TO_BEFORE.search(text, max(s_start, n.start - 16), n.start)), None
        )
    if dative is None and _DE_DELIVER_VERB.fullmatch(text, trigger.start, trigger.end):
        # "Velkor liefert Norvia 30 Züge": a bare name right after the verb, before the count, receives them;
        # "soll für die Norvia AG 30 Züge liefern": who they are delivered for
        # (goods counted out, as a contract counts them: "liefert ein Ladegerät für X mit" names no customer)
        counted = _DE_COUNTED_GOODS.search(text, s_start, st.s_end) is not None
        dative = next((n for n in st.in_window if n.start == trigger.end + 1 and _DE_COUNT_NEXT.match(text, n.end)), None) or next(
            (n for n in in_sentence if counted and subject.end <= n.start and n.start != subject.start and _DE_FOR_BEFORE.search(text, max(s_start, n.start - 16), n.start)), None
        )
    return role_of(dative, PartyRole.CUSTOMER, text) if dative is not None and not is_place(dative) else None


_DE_COUNT_NEXT = re.compile(r"\s+(?:\d|weitere\s+\d|rund\s+\d|bis\s+zu\s+\d)")
_DE_COUNTED_GOODS = re.compile(r"(?<![\w.,])\d[\d.,]*\s+(?:(?:neue|weitere|moderne)\s+)?[A-ZÄÖÜ][a-zäöüß]")
_DE_FOR_BEFORE = re.compile(r"\bfür\s+(?:die\s+|den\s+|das\s+|der\s+|dem\s+)?(?:[a-zäöüß][\w-]*\s+)?$")


_DE_SUPPLY_WORD = re.compile(r"Liefer(?:vertrag|verträge|vereinbarung|ung|ungen)\b|Abnahmevertrag|Versorgungsvertrag")


def de_supply_contract(text: str, start: int, end: int) -> bool:
    """de: "einen Liefervertrag", "die Lieferung von Turbinen": an agreement that is a supply contract."""
    return _DE_SUPPLY_WORD.search(text, start, end) is not None


def de_order_sides(st: RoleState, maker: NameSpan | None) -> NameSpan | None:
    """de: who is hired ("beauftragt"): "Norvia wurde von Velkor mit dem Bau beauftragt" (the agent after "von" hires,
    the passive's subject is hired), "Norvia hat die Velkor GmbH mit dem Bau beauftragt" (the object inside the verb
    frame is hired). Returns the maker still to add as the supplier (None once the sides are settled)."""
    text, trigger, in_sentence, subject = st.text, st.trigger, st.in_sentence, st.subject
    if subject is not None and text.startswith("beauftragt", trigger.start) and DE_PASSIVE_AUX.search(text, subject.end, trigger.start):
        # "Norvia wurde von Velkor mit dem Bau beauftragt": the agent after "von" hires, the passive's subject is hired
        hirer = after_prep(text, in_sentence, "von", subject.end, trigger.start)
        if hirer is not None and hirer.start != subject.start:
            st.parties[:] = [role_of(hirer, PartyRole.CUSTOMER, text), role_of(subject, PartyRole.SUPPLIER, text)]
            maker = None
    if maker is None and subject is not None and text.startswith("beauftragt", trigger.start):
        # "Norvia hat die Velkor GmbH mit dem Bau beauftragt": the object inside the verb frame is hired
        inside = [n for n in in_sentence if subject.end <= n.start and n.end <= trigger.start and not is_place(n)]
        maker = inside[0] if inside else None
    return maker
