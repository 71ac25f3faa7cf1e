"""German sales of a thing, not a company: "Velkor verkauft ihren Betriebshof", "hat das Filialnetz übernommen",
"verkaufte eine Villa in Lorvanien". German news names the unit, site or building that changes hands with a common noun;
the deal labels take that noun as the target, so a buy or sale that names no target company gets it."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, Role, role_of
from pipeline.extract.names import NameSpan, is_place
from pipeline.models import DealType, PartyKind, PartyRole

__all__ = ["de_asset_target", "de_noun_unit", "de_site_target", "de_unit_passed"]

# the heads of what is sold: a unit of a company ("Ostgeschäft", "Polen-Tochter", "Chipsparte") or a site or
# building ("Werk", "Solarpark", "Villa", "Filialnetz"); a compound keeps its first part ("Fleischwerk")
_HEAD = (
    r"[A-ZÄÖÜ][\w-]*?(?:geschäft|sparte|tochter|töchter|werk|werke|fabrik|filialnetz|filialen|immobilie|immobilien|grundstück|"
    r"grundstücke|gebäude|villa|hotel|areal|zentrale|kraftwerk|park|hof|turm|türme|mine|raffinerie|klinik|krankenhaus|"
    r"hafen|pipeline|netz|kette)"
    r"|(?:Sparte|Tochter|Töchter|Werk|Werke|Fabrik|Filialen|Immobilie|Immobilien|Grundstück|Grundstücke|Gebäude|"
    r"Villa|Hotel|Areal|Zentrale|Kraftwerk|Mine|Raffinerie|Klinik|Krankenhaus)"
)
_DET = r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem)"
# "den Betriebshof", "ihr Ostgeschäft", "eine Villa in Lorvanien": a determiner, at most two adjectives, the head,
# and a place it stands in ("in Lorvanien", "in der Norvia-Region")
_ASSET = re.compile(
    rf"(?<![\w-]){_DET}\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}?(?P<head>{_HEAD})(?![\w-])"
    r"(?P<place>\s+in\s+(?:der\s+|dem\s+|den\s+)?[A-ZÄÖÜ][\w-]+)?"
)
# "wurde von Velkor an Norvia": the passive auxiliary right after the opening unit, then the sides, up to the participle
_PASSIVE_AUX = re.compile(r"\s+(?:wurde|wurden|wird|werden|ist|sind|war|waren|soll|sollen)\s+(?:[^\s.,;:!?]+\s+){0,8}?")
# "das Geschäftsjahr", "den Netzbetreiber": words the head pattern would take that name no asset
_NOT_ASSET = re.compile(r"(?:jahr|führer|führung|bericht|partner|betreiber|modell|zahlen|lage|klima)$", re.IGNORECASE)
_BUY_OR_SELL = (DealType.ACQUISITION, DealType.DIVESTITURE, DealType.PURCHASE)


def de_asset_target(text: str, cand: Candidate, names: list[NameSpan] | None = None) -> None:
    """de: a buy or sale told by a verb whose object is a unit, site or building named by a common noun, with no target
    company named: the noun phrase (its head and place) is the target. Public: ``deals.extract`` runs it on German deals."""
    trigger = cand.trigger
    # ("Die Ostsparte wurde von Velkor übernommen": a passive's subject is what changes hands)
    if trigger.deal_type not in _BUY_OR_SELL or trigger.noun or trigger.voice not in ("buy", "sell", "passive"):
        return
    if trigger.voice == "buy":
        _de_owner_of_unit_sells(text, cand)
    if any(p.role is PartyRole.TARGET for p in cand.parties) or not cand.parties:
        return
    start, end = cand.sentence
    # the object stands right after the verb ("verkauft ihren Betriebshof") or before a final verb ("hat das Filialnetz
    # übernommen"): between the last side named before the verb and the verb, or after the verb up to the next side
    before = max((p.end for p in cand.parties if p.end <= trigger.start), default=start)
    after = min((p.start for p in cand.parties if p.start >= trigger.end), default=end)
    if trigger.voice == "passive":
        # "Die Ostsparte wurde von Velkor übernommen": the subject opening the sentence
        opening = _OPENING_UNIT.match(text, start)
        found = [opening] if opening is not None and opening.end() <= trigger.start else []
    else:
        found = [m for m in _ASSET.finditer(text, before, trigger.start)]
        found = found[-1:] if found else [m for m in _ASSET.finditer(text, trigger.end, after)][:1]
        if not found and trigger.voice == "sell":
            # "Die Sparte wurde von Velkor an Norvia verkauft": a passive sale, the unit opening the sentence is sold
            opening = _OPENING_UNIT.match(text, start)
            if opening is not None and _PASSIVE_AUX.fullmatch(text, opening.end(), trigger.start):
                found = [opening]
    if not found:
        return
    match = found[0]
    if _NOT_ASSET.search(match.group("head")):
        return
    name_end = match.end("place") if match.group("place") else match.end("head")
    name = text[match.start("head") : name_end]
    if "\n" in name:
        return
    cand.parties = cand.parties + [Role(name, match.start("head"), name_end, PartyRole.TARGET, PartyKind.OTHER)]
    if trigger.voice == "buy" and names and not any(p.role is PartyRole.SELLER for p in cand.parties):
        # "Velkor übernimmt das Chipgeschäft von Tessmar": the company a unit is bought from sells it
        of = _OF_OWNER.match(text, name_end)
        owner = next((n for n in names if of is not None and n.start == of.end() and n.end <= end and not is_place(n)), None)
        if owner is not None and all(p.start != owner.start for p in cand.parties):
            cand.parties = cand.parties + [role_of(owner, PartyRole.SELLER, text)]


# "das Chipgeschäft der Tessmar AG", "die Sparte des Konzerns Tessmar", "die Pharmasparte von Tessmar": a unit, then
# its owner in the genitive or after "von", right before the owner's name
_UNIT_OF = re.compile(
    rf"(?<![\w-]){_DET}\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}?(?P<head>{_HEAD})"
    r"\s+(?:der|des|von(?:\s+der|\s+dem)?|vom)\s+(?:[A-ZÄÖÜ][a-zäöüß]+s\s+)?$"
)


def _de_owner_of_unit_sells(text: str, cand: Candidate) -> None:
    """de: "Velkor übernimmt das Chipgeschäft der Tessmar AG": the name read as the target owns the unit bought; it
    sells, and the unit is left for ``de_asset_target`` to take as the target."""
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
    if len(targets) != 1 or any(p.role is PartyRole.SELLER for p in cand.parties):
        return
    owner = targets[0]
    if owner.start < cand.trigger.end or not cand.sentence[0] <= owner.start <= cand.sentence[1]:
        return
    unit = _UNIT_OF.search(text, max(cand.trigger.end, owner.start - 80), owner.start)
    if unit is None or _NOT_ASSET.search(unit.group("head")):
        return
    cand.parties = [dataclasses.replace(p, role=PartyRole.SELLER) if p is owner else p for p in cand.parties]


# "das Chipgeschäft von Tessmar", "vom Konzern": the owner the unit is bought from, named right after it
_OF_OWNER = re.compile(r"\s+(?:von\s+(?:der\s+|dem\s+)?|vom\s+)")


# "Die Ostsparte, die ..., wurde": the sentence opens with a unit or site (its article, the head)
_OPENING_UNIT = re.compile(
    rf"[\s\"„“'(]*(?:Die|Der|Das)\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}?(?P<head>(?:[A-ZÄÖÜ]\w*-)?(?:{_HEAD}))(?![\w-])"
    r"(?P<place>\s+in\s+(?:der\s+|dem\s+|den\s+)?[A-ZÄÖÜ][\w-]+)?"
)


def de_unit_passed(cand: Candidate) -> bool:
    """de: "Die Ostsparte wurde von Velkor übernommen": a passive whose subject is a unit or site named by
    a common noun and whose one side is the buyer; ``de_asset_target`` then takes the unit as the target.
    Public: ``deals._is_deal`` counts it as a deal."""
    if cand.trigger.voice != "passive" or len(cand.parties) != 1 or cand.parties[0].role is not PartyRole.BUYER or not cand.text_window:
        return False
    opening = _OPENING_UNIT.match(cand.text_window)
    return opening is not None and opening.end() <= cand.trigger.start - cand.sentence[0] and not _NOT_ASSET.search(opening.group("head"))


# "in den laut Firmenangaben modernsten Solarpark Lorvaniens", "in ein neues Werk in Polen": the site a company pays for
_SITE = re.compile(
    rf"(?<![\w-]){_DET}\s+(?:[^\s,;:.]+\s+){{0,4}}?"
    r"(?P<head>[A-ZÄÖÜ][\w-]*?(?:werk|werke|fabrik|fabriken|park|zentrum|zentren|lager|anlage|stätte|standort)"
    r"|(?:Werk|Werke|Fabrik|Fabriken|Standort|Standorte|Anlage|Campus|Gigafactory))(?![\w-])"
    r"(?P<place>\s+in\s+(?:der\s+|dem\s+|den\s+)?[A-ZÄÖÜ][\w-]+)?"
)


def de_site_target(text: str, cand: Candidate) -> None:
    """de: "Velkor investiert 40 Mio. Euro in einen Solarpark" read as infrastructure (``recasts.de_site_invested``) and
    kept as a deal: the site noun phrase, its head and place only ("Solarpark", "Werk in Polen"), is its target, of kind
    other. Public: ``deals.extract`` runs it on German deals once they pass the gate."""
    trigger = cand.trigger
    if trigger.deal_type is not DealType.INFRASTRUCTURE or not text.startswith("investier", trigger.start):
        return
    if any(p.role is PartyRole.TARGET for p in cand.parties):
        return
    match = _SITE.search(text, trigger.end, cand.sentence[1])
    if match is None:
        return
    name_end = match.end("place") if match.group("place") else match.end("head")
    if "\n" in text[match.start("head") : name_end]:
        return
    cand.parties = cand.parties + [Role(text[match.start("head") : name_end], match.start("head"), name_end, PartyRole.TARGET, PartyKind.OTHER)]


# "die Übernahme der Chemiesparte von Tessmar durch Velkor": the unit right after the deal noun's article, then its owner
_NOUN_UNIT = re.compile(
    rf"\s+(?:[a-zäöüß][\w-]*\s+){{0,2}}?(?P<head>{_HEAD})(?:e?s)?(?![\w-])"
    r"(?P<place>\s+in\s+(?:der\s+|dem\s+|den\s+)?[A-ZÄÖÜ][\w-]+)?"
)
_UNIT_OWNER = re.compile(r"\s+(?:von\s+(?:der\s+|dem\s+)?|vom\s+(?:Konzern\s+)?|der\s+|des\s+(?:Konzerns\s+)?)")


def de_noun_unit(text: str, names: list[NameSpan], trigger_end: int, buyer_start: int | None) -> tuple[Role, Role | None] | None:
    """de: "Die Übernahme der Chemiesparte von Tessmar durch Velkor": a deal noun whose object is a unit or site named by
    a common noun ("der Chemiesparte", "des Werks in Polen"): the unit is the target and the company named right after it,
    before the buyer's "durch", owns it and sells. Public: ``voices._noun_parties`` runs it on German deal nouns that
    read no target company."""
    match = _NOUN_UNIT.match(text, trigger_end)
    if match is None or _NOT_ASSET.search(match.group("head")):
        return None
    name_end = match.end("place") if match.group("place") else match.end("head")
    after_unit = match.end()  # past a genitive ending: "des Druckergeschäfts von Tessmar"
    name = match.group("head") + (match.group("place") or "")  # "des Werks in Leipzig": the head without its genitive ending
    unit = Role(name, match.start("head"), name_end, PartyRole.TARGET, PartyKind.OTHER)
    of = _UNIT_OWNER.match(text, after_unit)
    owner = next((n for n in names if of is not None and n.start == of.end() and n.start != buyer_start and not is_place(n)), None)
    return unit, (role_of(owner, PartyRole.SELLER, text) if owner is not None else None)
