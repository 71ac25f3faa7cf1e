"""The German checks ``deals._is_deal`` asks about a candidate with one party left: aid received, a sale or
purchase in the infinitive, an own unit sold, a planned purchase."""

from __future__ import annotations

import re

from pipeline.extract.candidates import Candidate, Role, trigger_text
from pipeline.extract.names import GIVEN_NAMES, namelike
from pipeline.extract.roles.de.patterns import DE_AID_FOR, DE_RECEIVED, DE_RECEIVES
from pipeline.models import DealType, PartyRole


def de_aid_to(cand: Candidate) -> bool:
    """de: a lone target that aid or a loan goes to ("Hilfspaket für Lorvanien") or that receives it. Public:
    ``deals._is_deal`` counts it as a deal though the lenders are named elsewhere."""
    offset = cand.sentence[0]
    only = cand.parties[0]
    return (
        DE_AID_FOR.fullmatch(cand.text_window, cand.trigger.end - offset, only.start - offset) is not None
        or DE_RECEIVES.fullmatch(cand.text_window, only.end - offset, cand.trigger.start - offset) is not None
        or DE_RECEIVED.fullmatch(cand.text_window, only.end - offset, cand.trigger.start - offset) is not None
    )


def de_infinitive_sale(cand: Candidate) -> bool:
    """de: "will X verkaufen" is a sale when it names the buyer or a company sold; "Anzeigen für Y verkaufen",
    "das Filialgeschäft verkaufen" sell goods or an unnamed business. Public: ``deals._is_deal`` asks it of a sale told
    in the infinitive."""
    if any(p.role is PartyRole.BUYER for p in cand.parties):
        return True
    return any(
        p.role is PartyRole.TARGET and all(w[:1].isupper() for w in p.name.split()) and namelike(p.name, "de")
        and not _DE_ON_BEHALF_OF.search(cand.text_window, 0, max(0, p.start - cand.sentence[0]))
        for p in cand.parties
    )


_DE_ON_BEHALF_OF = re.compile(r"\bfür\s+(?:die\s+|den\s+|das\s+|der\s+|dem\s+)?$")  # "Anzeigen für Norvia verkaufen": on its behalf

# "seine Tochter", "ihre Beteiligung an ...", "seinen Anteil", "ihr Kabelgeschäft": a unit or a stake of the seller's own
_DE_OWN_ASSET = (
    r"(?:sein|seine|seinen|seiner|ihr|ihre|ihren|ihrer)\s+(?:[a-zäöüß]\S*\s+){0,2}?"
    r"(?:Tochter|Töchter|Tochtergesellschaft\w*|Tochterfirma|Tochterfirmen|Sparten?|Beteiligung\w*|Anteile?|Anteilen|Aktienpaket|"
    r"Mehrheit|Konzernteile?|Geschäftsbereich\w*|Division|Werke?|Filialen|Marken?|[A-ZÄÖÜ][a-zäöüß]+(?:geschäft|sparte|tochter))\b"
)
_DE_OWN_ASSET_AFTER = re.compile(rf"\s+(?:\S+\s+){{0,2}}?(?:von\s+)?{_DE_OWN_ASSET}")
_DE_OWN_ASSET_BEFORE = re.compile(rf"\b{_DE_OWN_ASSET}")


def de_sells_own_asset(cand: Candidate) -> bool:
    """de: a lone seller parting with a unit or stake of its own ("Velkor verkauft seine Tochter", "Velkor will ihre
    Beteiligung verkaufen", "trennt sich von seinem Kabelgeschäft"), the buyer untold, as ``fr_sells_own_asset`` in French.
    Public: ``deals._is_deal`` counts it as a deal."""
    if cand.trigger.voice != "sell" or len(cand.parties) != 1 or cand.parties[0].role is not PartyRole.SELLER or not cand.text_window:
        return False
    offset, seller = cand.sentence[0], cand.parties[0]
    if _DE_OWN_ASSET_AFTER.match(cand.text_window, cand.trigger.end - offset):
        return True  # "verkauft seine Tochter", "trennt sich von seiner Sparte"
    # the verb last: "will seine Anteile verkaufen", "hat ihre Beteiligung verkauft" (the seller named before the object)
    return seller.end <= cand.trigger.start and _DE_OWN_ASSET_BEFORE.search(cand.text_window, seller.end - offset, cand.trigger.start - offset) is not None


_DE_MODAL_AFTER = re.compile(r"\s+(?:will|wollte|möchte|plant)\s+(?:\S+\s+){0,2}?(?:die|den|das|sein|seine|seinen|ihr|ihre|ihren)\s")
_DE_INFINITIVE_TRIGGER = re.compile(r"(?:übernehmen|kaufen|erwerben|zukaufen)")


def de_infinitive_buy(cand: Candidate) -> bool:
    """de: the trigger is a verb of buying in the infinitive or plural ("übernehmen", "kaufen"): with a lone name it is no
    purchase unless ``de_planned_purchase``. Public: ``deals._is_deal`` asks it of a lone buyer."""
    return bool(cand.text_window) and _DE_INFINITIVE_TRIGGER.fullmatch(trigger_text(cand)) is not None


def de_planned_purchase(cand: Candidate, only: Role) -> bool:
    """de: "Velkor will das Filialnetz übernehmen": a named company plans the purchase. Public: ``deals._is_deal`` asks it."""
    offset = cand.sentence[0]
    return _DE_MODAL_AFTER.match(cand.text_window, only.end - offset) is not None and namelike(only.name, "de")


def de_persons_only(cand: Candidate) -> bool:
    """de: "die Zusammenarbeit mit Jens Brand und Ansgar Tremmel": colleagues working together; a partnership needs a
    company or a body on one side (a star and a brand do deal), so one whose every side is a person (a given name
    first) is none. Public: ``deals._is_deal``."""
    if cand.trigger.deal_type is not DealType.PARTNERSHIP or len(cand.parties) < 2:
        return False
    return all(len(p.name.split()) >= 2 and p.name.split()[0].lower() in GIVEN_NAMES for p in cand.parties)


_DE_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])(?:ein|eine|einen|einem|einer|eines)\s+$")


def de_indefinite_only(text: str, only: Role) -> bool:
    """de: "hatte 2003 einen Velkor-Fonds gekauft": a lone name after an indefinite article is one of many things of
    its kind (a product, a fund share), not the company that buys. Public: ``deals._is_deal`` asks it of a lone buyer."""
    return _DE_INDEFINITE_BEFORE.search(text, max(0, only.start - 8), only.start) is not None


_DE_CLAUSE_MARK = re.compile(r"[,;:–]")


def de_partners_elsewhere(cand: Candidate) -> bool:
    """de: "Ilse Brenn vom Verein Velkor begrüßte einen Ausschuss, in dem die Behörden kooperieren sollen": a
    partnership verb whose own clause names no side (its subject a common noun) reports no deal between the names of
    the other clauses. Public: ``deals._is_deal``."""
    if cand.trigger.voice != "partner" or cand.trigger.noun or not cand.text_window:
        return False
    offset = cand.sentence[0]
    marks = [m.end() for m in _DE_CLAUSE_MARK.finditer(cand.text_window, 0, cand.trigger.start - offset)]
    if not marks:
        return False
    clause_start = offset + marks[-1]
    return all(p.start < clause_start for p in cand.parties)
