"""What ``deals.extract`` rereads on a German candidate once its roles are assigned: a country as a supply
contract's customer, an own site invested in, a "Velkor-Zulieferer" compound."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, role_of
from pipeline.extract.geo import PLACES
from pipeline.extract.kinds import normalize
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import T
from pipeline.models import PartyKind, PartyRole


# what may stand before a country that opens its sentence: a time or place adverbial ends with a comma or is the
# verb's own inversion ("Im Mai bestellte Polen ..."), so only quotes, a dash-led dateline or nothing
_DE_OPENS_WITH_COUNTRY = re.compile(r"[\s\"„“'(]*(?:[A-ZÄÖÜ][\w/.-]*\s+[–-]\s+)?")
_DE_COUNTRY_THEN_VERB = re.compile(r"\s+(?:(?:hat|hatte|will|wollte|soll|plant|muss|wird)\s+)?(?:[^\s,;:.]+\s+){0,8}?$")
_DE_DELIVERED_TO = re.compile(r"\ban\s+$")


def de_country_customer(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """de: "Polen bestellt 250 Panzer bei Velkor", "Polen hat bei Velkor 250 Panzer bestellt", "Velkor liefert 250 Panzer
    an Polen": a country that orders, or that goods are delivered to, is the contract's customer (the subject reading
    passes places over; French reads "la Pologne a commandé" the same way). Public: ``deals.extract`` runs it on German
    supply contracts that have no customer."""
    trigger = cand.trigger
    if trigger.deal_type is not T.SUPPLY_CONTRACT or trigger.voice not in ("order", "supply") or trigger.noun:
        return
    if any(p.role is PartyRole.CUSTOMER for p in cand.parties):
        return
    s_start, s_end = cand.sentence
    in_sentence = [n for n in names if s_start <= n.start and n.end <= s_end]
    country: NameSpan | None = None
    if trigger.voice == "order" and in_sentence:
        first = in_sentence[0]
        if (
            is_place(first) and first.end <= trigger.start and _DE_OPENS_WITH_COUNTRY.fullmatch(text, s_start, first.start)
            and _DE_COUNTRY_THEN_VERB.fullmatch(text, first.end, trigger.start)
        ):
            country = first
    elif trigger.voice == "supply":
        country = next(
            (n for n in in_sentence if n.start >= trigger.end and is_place(n) and _DE_DELIVERED_TO.search(text, max(s_start, n.start - 4), n.start)),
            None,
        )
    if country is not None and all(normalize(p.name) != normalize(country.text) for p in cand.parties):
        cand.parties.append(role_of(country, PartyRole.CUSTOMER, text))


# "in den Windpark", "in ein neues Werk", "in eine Batteriefabrik in Lorvanien": a site that is built or extended
_DE_SITE_AFTER = re.compile(
    r"\s+(?:(?:den|die|das|ein|eine|einen|seine?n?|ihre?n?|zwei|drei|\d+)\s+)?(?:[^\s,;:.]+\s+){0,4}?"
    r"(?:(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:Werk|Werke|Fabrik|Fabriken|Windpark|Solarpark|Rechenzentrum|Rechenzentren|Kraftwerk|Standort|Standorte|"
    r"Produktionsstätte|Produktionsanlage|Anlage|Logistikzentrum|Zentrallager|Gigafactory|Campus)"
    # a compound's head is in lower case: "ein neues Batteriewerk", "eine Chipfabrik" ("Netzwerk", "Regelwerk" are no sites)
    r"|(?!Netz|Regel|Hand|Feuer|Bau|Bündnis)[A-ZÄÖÜ][a-zäöüß]+(?:werk|werke|fabrik|fabriken))\b"
)
_DE_PLACE_PREP_BEFORE = re.compile(r"\b(?:im|in|in der|in den|am|nahe|bei)\s+$")


def de_site_invested(text: str, cand: Candidate) -> None:
    """de: "Velkor investiert 58 Mio. Euro in den Windpark", "... in ein neues Werk": a company paying for a site of its
    own is an infrastructure deal with the company alone (as French "investir dans une usine"); ``deals._is_deal`` keeps it
    when the sentence states the sum. A government's spending is a budget and stays an investment. Public: ``deals.extract``."""
    trigger = cand.trigger
    if trigger.voice != "invest" or not text.startswith("investier", trigger.start) or not _DE_SITE_AFTER.match(text, trigger.end):
        return
    investors = [p for p in cand.parties if p.role is PartyRole.INVESTOR]
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
    if len(investors) != 1 or investors[0].kind is PartyKind.GOVERNMENT:
        return
    if any(not _DE_PLACE_PREP_BEFORE.search(text, max(0, t.start - 12), t.start) for t in targets):
        return  # "investiert in das Werk der Norvia": the company named is invested in
    cand.trigger = dataclasses.replace(trigger, deal_type=T.INFRASTRUCTURE, voice="supply")
    cand.parties = [dataclasses.replace(investors[0], role=PartyRole.SUPPLIER)]


_DE_SUPPLIER_COMPOUND = re.compile(r"([A-Z][\w&]*)-Zulieferer")


def de_supplier_compound(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """de: "der Velkor-Zulieferer Norvia": the compound's head is the customer, the name right after it the supplier.
    Public: ``deals.extract`` runs it on German supply contracts."""
    trigger = cand.trigger
    compound = _DE_SUPPLIER_COMPOUND.fullmatch(text, trigger.start, trigger.end) if trigger.noun else None
    if compound is None:
        return
    maker = next((n for n in names if n.start >= trigger.end), None)
    if maker is None or text[trigger.end : maker.start].strip() or is_place(maker):
        return
    customer = NameSpan(compound.start(1), compound.end(1), compound.group(1))
    cand.parties = [role_of(maker, PartyRole.SUPPLIER, text), role_of(customer, PartyRole.CUSTOMER, text)]
    cand.actors = []


# "den Zuschlag für Norvia", "den Zuschlag für die Norvia AG": what the award is for is named right after "für"
_DE_AWARD_FOR = re.compile(r"[Zz]uschlag\s+für\s+(?:die\s+|den\s+|das\s+|der\s+)?$")


def de_award_of_company(text: str, cand: Candidate) -> None:
    """de: "Velkor erhielt den Zuschlag für Norvia": an award whose object is a company, not a work or delivery, is the
    company's sale to the bidder who wins it (the customer reading of a tender gives it no seller); "den Zuschlag für
    den Bau der Brücke" stays a contract. Public: ``deals.extract`` runs it on German supply contracts."""
    trigger = cand.trigger
    if trigger.deal_type is not T.SUPPLY_CONTRACT or "uschlag" not in text[trigger.start : trigger.end]:
        return
    suppliers = [p for p in cand.parties if p.role is PartyRole.SUPPLIER]
    customers = [p for p in cand.parties if p.role is PartyRole.CUSTOMER]
    if len(suppliers) != 1 or len(customers) != 1 or len(cand.parties) != 2:
        return
    sold = customers[0]
    if sold.kind is not PartyKind.COMPANY or not _DE_AWARD_FOR.search(text, max(0, sold.start - 30), sold.start):
        return
    if is_place(NameSpan(sold.start, sold.end, sold.name)) or sold.name in PLACES:
        return  # "den Zuschlag für Berlin": a place the work is for, no company sold
    cand.trigger = dataclasses.replace(trigger, deal_type=T.ACQUISITION, voice="buy")
    cand.parties = [dataclasses.replace(suppliers[0], role=PartyRole.BUYER), dataclasses.replace(sold, role=PartyRole.TARGET)]
