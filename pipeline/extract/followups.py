"""German follow-ups across sentences: a deal whose parties or whole trigger are spread over two sentences.

German articles often report a deal in one sentence and name a side in the
next or the one before ("Verkauft wird die Sparte Tessmar. Den Zuschlag bekommt
Norvia.", "Neuer Eigentümer ist die Dastrel AG.", "Velkor hat sich mit Norvia
geeinigt. Die Übernahme soll ..."). ``extract`` runs these steps over the
candidates after the roles of each trigger's own sentence are assigned; they
live apart from ``roles``, which reads one sentence, and from ``deals``, which
assembles the records.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator

from pipeline.extract.candidates import Candidate, Role, dedupe, role_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import NameSpan, find_names, is_place, may_be_antecedent
from pipeline.extract.ordered import first_ending_at
from pipeline.extract.roles.common import listed_after
from pipeline.extract.roles.de.lists import de_coordinated
from pipeline.extract.roles.de.patterns import DE_GENERIC_ORG, DE_NAMED_GAP
from pipeline.extract.status import StatusMention, best_status, find_statuses
from pipeline.extract.triggers import Trigger
from pipeline.models import DealStatus, DealType, PartyRole

__all__ = [
    "en_backers_named_next",
    "DE_ATTRIBUTIVE_DEAL",
    "DE_DEAL_NOUN_ANYWHERE",
    "DE_INTEREST",
    "DE_PREP_RELATIVE",
    "de_attributive_deals",
    "de_buyer_for_last_sale",
    "de_buyer_named_next",
    "de_indefinite_told_again",
    "de_lender_repaid_before",
    "de_noun_counterpart_next",
    "de_noun_follow_ups",
    "de_new_shares_taken",
    "de_offer_accepted",
    "de_owner_named",
    "de_made_shareholders",
    "de_relative_asides",
    "de_relative_deals",
    "de_seller_named_next",
    "de_shares_of_before",
    "de_stake_relatives",
    "de_status_told_next",
    "de_suitors",
    "de_supply_relatives",
    "de_supplier_before",
    "de_talks_held_by",
    "de_talks_with_next",
    "de_target_named_next",
    "de_tendered_before",
    "de_won_sale",
]

T = DealType


def _neighbour(sentences: list[tuple[int, int]], sentence: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The sentence just before (step -1) or after (step 1) ``sentence``, if there is one."""
    if sentence not in sentences:
        return None
    index = sentences.index(sentence) + step
    return sentences[index] if 0 <= index < len(sentences) else None


def _first_name(context: list[NameSpan], sentence: tuple[int, int]) -> NameSpan | None:
    """The first name of the article that stands wholly inside ``sentence``."""
    start, end = sentence
    return next((n for n in context if start <= n.start and n.end <= end), None)


def _join_as(text: str, cand: Candidate, name: NameSpan, role: PartyRole) -> None:
    """Adds a name read from a neighbouring sentence to the candidate's sides, unless it is one of them already."""
    if all(normalize(p.name) != normalize(name.text) for p in cand.parties):
        cand.parties.append(role_of(name, role, text))


def de_buyer_for_last_sale(text: str, cand: Candidate, last: Candidate) -> bool:
    """de: "Käufer ist X" right after a sale with no buyer named: X joins that sale (True), no second deal."""
    if _de_customer_for_last_contract(text, cand, last):
        return True
    won = "Zuschlag" in text[cand.trigger.start : cand.trigger.end] and last.trigger.deal_type is T.DIVESTITURE
    # "Velkor hat einen Käufer für Norvia gefunden. Die Sparte geht an Dastrel.": the unit passes to the buyer
    passes = text.startswith(("geht an", "ging an"), cand.trigger.start) and not any(p.role is PartyRole.TARGET for p in cand.parties)
    if not (won or passes or text.startswith(("Käufer", "Erwerber"), cand.trigger.start)) or last.trigger.deal_type not in (T.DIVESTITURE, T.ACQUISITION):
        return False
    if any(p.role is PartyRole.BUYER for p in last.parties) or cand.trigger.start - last.sentence[1] > 200:
        return False
    # (a sale of Norvia, then the winning bid inverted with Velkor after the verb: the winning bidder buys)
    buyers = [dataclasses.replace(p, role=PartyRole.BUYER) for p in cand.parties if p.role is PartyRole.SUPPLIER][:1] if won else [p for p in cand.parties if p.role is PartyRole.BUYER]
    last.parties = dedupe(last.parties + buyers)
    return bool(buyers)


def _de_customer_for_last_contract(text: str, cand: Candidate, last: Candidate) -> bool:
    """de: "Velkor erhält einen Auftrag über 500 Millionen Euro. Auftraggeber ist die Stadt Norvia.": the customer named
    right after a contract with none joins it (True), no second deal."""
    if last.trigger.deal_type is not T.SUPPLY_CONTRACT or cand.trigger.start - last.sentence[1] > 200:
        return False
    # "Norvia hat 40 Züge bestellt. Hersteller ist Velkor.": the maker of an order with none, likewise
    wanted = (
        PartyRole.CUSTOMER if text.startswith(("Auftraggeber", "Bauherr", "Kunde ist", "Kunde sind", "Abnehmer"), cand.trigger.start)
        else PartyRole.SUPPLIER if text.startswith(("Hersteller", "Lieferant", "Auftragnehmer"), cand.trigger.start)
        else None
    )
    if wanted is None or any(p.role is wanted for p in last.parties):
        return False
    named = [p for p in cand.parties if p.role is wanted][:1]
    last.parties = dedupe(last.parties + named)
    return bool(named)


_DE_SALE_WORD = re.compile(r"\b(?:[Vv]erkauf\w*|veräußer\w*|Veräußerung|Käufer\w*|Privatisierung|privatisier\w*)")


DE_INTEREST = re.compile(r".*(?:Kauf|Übernahme)interesse.*", re.S)
# "die Tessmar Group der Unternehmensgruppe Dastrel": the owner in the genitive bids with the company it owns
_DE_GENITIVE_LINK = re.compile(r"\s+(?:der|des)\s+(?:[a-zäöüß]+\s+){0,2}(?:[A-ZÄÖÜ][\w-]*\s+)?")


def de_suitors(text: str, names: list[NameSpan], sentences: list[tuple[int, int]], cand: Candidate, earlier: list[Candidate]) -> list[Candidate]:
    """de: "Die Norvia AG steht zum Verkauf. Velkor und die Tessmar Group haben ihr Kaufinteresse bekundet.": each
    company before the interest bids for the target of the deal told in this sentence or the one before; no such
    target, no deal (a company's interest in a market or a product is none)."""
    start = cand.sentence[0]
    previous = _neighbour(sentences, cand.sentence, -1)
    near = {cand.sentence, previous}
    target = next(
        (p for c in reversed(earlier) if c.sentence in near for p in c.parties if p.role is PartyRole.TARGET), None
    )
    if target is None:
        return []
    bidders = [n for n in names if start <= n.start and n.end <= cand.trigger.start and not is_place(n)]
    groups: list[list[NameSpan]] = []
    for name in bidders:
        if normalize(name.text) == normalize(target.name):
            continue
        if groups and _DE_GENITIVE_LINK.fullmatch(text, groups[-1][-1].end, name.start):
            groups[-1].append(name)
        else:
            groups.append([name])
    suitors: list[Candidate] = []
    for group in groups:
        parties = [dataclasses.replace(target)] + [role_of(n, PartyRole.BUYER, text) for n in group]
        suitors.append(dataclasses.replace(cand, parties=dedupe(parties), actors=[]))
    return suitors


def de_won_sale(text: str, sentences: list[tuple[int, int]], cand: Candidate) -> Candidate:
    """de: "Verkauft wird die Sparte Tessmar. Den Zuschlag bekommt Norvia.": the bid won in a sale the sentence
    before (or this one) reports buys; the article's company on the other side sells. A tender's winner supplies."""
    if "Zuschlag" not in text[cand.trigger.start : cand.trigger.end] or cand.sentence not in sentences:
        return cand
    index = sentences.index(cand.sentence)
    start = sentences[max(0, index - 1)][0]
    if not _DE_SALE_WORD.search(text, start, cand.trigger.start):
        return cand
    roles = {PartyRole.SUPPLIER: PartyRole.BUYER, PartyRole.CUSTOMER: PartyRole.SELLER}
    parties = [dataclasses.replace(p, role=roles.get(p.role, p.role)) for p in cand.parties]
    return dataclasses.replace(cand, trigger=dataclasses.replace(cand.trigger, deal_type=T.DIVESTITURE, voice="sell"), parties=parties)


# de: "Velkor hat sich mit Norvia geeinigt. Die Fusion soll ...": a deal noun opening a sentence names the deal
# whose two sides the sentence before brings together (agreeing or talking), though that sentence has no trigger
_DE_DEAL_NOUN_OPENING = re.compile(
    r"\s*(?:Die|Der|Das|Diese|Dieser|Dieses)\s+(?:(?:geplante|vereinbarte|angekündigte|neue|strategische|milliardenschwere|"
    r"millionenschwere)\s+)?(Übernahme|Fusion|Zusammenschluss|Partnerschaft|Kooperation|Zusammenarbeit|Allianz|Joint Venture|Gemeinschaftsunternehmen)\b"
)
DE_DEAL_NOUN_ANYWHERE = re.compile(r"(?:^|[.!?]\s+)" + _DE_DEAL_NOUN_OPENING.pattern[3:])
_DE_NOUN_TYPES = {
    "Übernahme": T.ACQUISITION, "Fusion": T.MERGER, "Zusammenschluss": T.MERGER, "Partnerschaft": T.PARTNERSHIP, "Kooperation": T.PARTNERSHIP,
    "Zusammenarbeit": T.PARTNERSHIP, "Allianz": T.PARTNERSHIP, "Joint Venture": T.JOINT_VENTURE, "Gemeinschaftsunternehmen": T.JOINT_VENTURE,
}
_DE_SIDES_AGREE = re.compile(
    r"\b(?:geeinigt|einigten|einigen|einigt|verständigt|verständigten|vereinbart|vereinbarten|unterzeichnet|unterzeichneten|unterschrieben|"
    r"verhandel\w*|Verhandlungen|Gespräche|Einigung|Absichtserklärung|zusammengetan|zusammenarbeiten|arbeiten (?:\S+ )?zusammen)\b"
)
_DE_WITH_BETWEEN = re.compile(r"\s+(?:\S+\s+){0,4}?mit\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")
_DE_AND_BETWEEN = re.compile(r"\s+(?:und|sowie)\s+(?:der\s+|die\s+|das\s+|dem\s+|den\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")


def de_noun_follow_ups(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> list[Candidate]:
    """de: "Die Velkor AG hat sich mit der Norvia GmbH geeinigt. Die Übernahme soll ...": the two companies of the
    sentence before are the deal's sides (the one "mit" joins is bought; "X und Y" only merge or partner)."""
    taken = {c.sentence for c in candidates}
    added: list[Candidate] = []
    for index in range(1, len(sentences)):
        start, end = sentences[index]
        opening = _DE_DEAL_NOUN_OPENING.match(text, start, end)
        if opening is None or sentences[index] in taken or sentences[index - 1] in taken:
            continue
        p_start, p_end = sentences[index - 1]
        if not _DE_SIDES_AGREE.search(text, p_start, p_end):
            continue
        sides = [n for n in context if p_start <= n.start and n.end <= p_end and may_be_antecedent(text, n)]
        if len(sides) < 2 or normalize(sides[0].text) == normalize(sides[1].text):
            continue
        first, second = sides[0], sides[1]
        deal_type = _DE_NOUN_TYPES[opening.group(1)]
        with_ = _DE_WITH_BETWEEN.fullmatch(text, first.end, second.start) is not None
        if not with_ and not _DE_AND_BETWEEN.fullmatch(text, first.end, second.start):
            continue
        if deal_type is T.ACQUISITION and not with_:
            continue  # "X und Y haben sich geeinigt. Die Übernahme ...": who buys whom is not said
        if deal_type in (T.ACQUISITION, T.MERGER):
            roles = (PartyRole.BUYER, PartyRole.TARGET)
        else:
            roles = (PartyRole.PARTNER, PartyRole.PARTNER)
        voice = {T.ACQUISITION: "buy", T.MERGER: "merge"}.get(deal_type, "partner")
        trigger = Trigger(opening.start(1), opening.end(1), deal_type, voice, True)
        parties = [role_of(first, roles[0], text), role_of(second, roles[1], text)]
        added.append(Candidate(trigger, sentences[index], parties=parties, text_window=text[start:end]))
    if not added:
        return candidates
    return sorted(candidates + added, key=lambda c: c.trigger.start)


# de: "Velkor hat einen Großauftrag erhalten.", "..., weil das Unternehmen einen Rekordauftrag an Land gezogen hatte.",
# "hat sich einen Milliardenauftrag gesichert."
_DE_ORDER_WON = re.compile(
    r"\b(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Aa]uftrag|[Aa]ufträge|Order|Bestellung|Zuschlag)\w*\b[^.;]{0,80}?\b(?:erhalten|erhielt|erhält|bekommen|bekam|bekommt|"
    r"eingesammelt|eingeworben|an Land gezogen|gewonnen|ergattert|verbucht|verbuchte|gesichert)\b"
    r"|\b(?:erhielt|erhält|bekam|bekommt|verbucht|verbuchte|gewann|gewinnt|sichert sich|sicherte sich)\s+(?:\S+\s+){0,5}?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Aa]uftrag|[Aa]ufträge|Order|Bestellung)\w*\b"
)


def de_supplier_before(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], cand: Candidate) -> None:
    """de: "Velkor hat einen Rekordauftrag erhalten. Die Stadt Norvia bestellte 40 Busse.":
    an order with its customer but no maker takes as supplier the company the sentence before says won an order
    (its first name, or for "der Konzern" there the first name of the sentence before that)."""
    if any(p.role is PartyRole.SUPPLIER for p in cand.parties) or not any(p.role is PartyRole.CUSTOMER for p in cand.parties):
        return
    if cand.sentence not in sentences:
        return
    index = sentences.index(cand.sentence)
    if index == 0 or not _DE_ORDER_WON.search(text, *sentences[index - 1]):
        return
    for before in sentences[max(0, index - 2) : index][::-1]:
        first = _first_name(context, before)
        if first is not None:
            if may_be_antecedent(text, first):
                _join_as(text, cand, first, PartyRole.SUPPLIER)
            return
        if not DE_GENERIC_ORG.search(text, *before):
            return  # a sentence that names no company and does not describe one breaks the chain


# the verb that tells the other half of a contract in a neighbouring sentence: the maker delivers, the customer orders
_DE_DELIVERS = re.compile(r"\b(?:liefert|liefern|lieferte|lieferten|geliefert|fertigt|fertigte|gefertigt|baut|baute|gebaut)\b")
_DE_ORDERS = re.compile(r"\b(?:bestellt|bestellte|bestellten|ordert|orderte|geordert)\b")


def de_contract_half_nearby(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], cand: Candidate) -> None:
    """de: "Die Stadt Norvia hat 40 Busse bestellt. Velkor liefert die Fahrzeuge ab 2026.": a contract told in two halves,
    the order in one sentence and the delivery in the next (or the one before): the half with one side takes the other
    half's subject, the first name of that sentence when it stands before the verb."""
    sides = {p.role for p in cand.parties}
    if sides == {PartyRole.CUSTOMER}:
        verb, role = _DE_DELIVERS, PartyRole.SUPPLIER
    elif sides == {PartyRole.SUPPLIER}:
        verb, role = _DE_ORDERS, PartyRole.CUSTOMER
    else:
        return
    for step in (-1, 1):
        other = _neighbour(sentences, cand.sentence, step)
        told = verb.search(text, *other) if other is not None else None
        if other is None or told is None:
            continue
        first = _first_name(context, (other[0], told.start()))
        if first is not None and may_be_antecedent(text, first) and not is_place(first) and all(normalize(p.name) != normalize(first.text) for p in cand.parties):
            cand.parties.append(role_of(first, role, text))
            return


_DE_TENDERED = re.compile(r"\b(?:ausgeschrieben|ausschreiben|Ausschreibung|(?:schreibt|schrieb|schreiben) (?:\S+ ){1,6}?aus(?= |[.,;]|$))")


def de_tendered_before(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], cand: Candidate) -> None:
    """de: "Die Stadt Velkor hat die Stromlieferung ausgeschrieben. Norvia erhielt den Zuschlag.": a contract won with no
    customer named (or only the article's company) goes to whoever the sentence before put out to tender, its first name."""
    supplier = next((p for p in cand.parties if p.role is PartyRole.SUPPLIER), None)
    before = _neighbour(sentences, cand.sentence, -1)
    if supplier is None or before is None or not _DE_TENDERED.search(text, *before):
        return
    first = _first_name(context, before)
    if first is None or not may_be_antecedent(text, first) or normalize(first.text) == normalize(supplier.name):
        return
    customers = [p for p in cand.parties if p.role is PartyRole.CUSTOMER]
    if customers and not any(c.start < cand.sentence[0] for c in customers):
        return  # the sentence names its own customer
    cand.parties[:] = [p for p in cand.parties if p.role is not PartyRole.CUSTOMER] + [role_of(first, PartyRole.CUSTOMER, text)]


# de: the sentence after a sale names its buyer: "Neuer Eigentümer wird X", "Es handelt sich um X", "Übernehmen wird sie X",
# "X zahlt dafür 300 Millionen" (the name is the cue's own group, or the first name after the cue)
_DE_BUYER_NEXT = re.compile(
    r"\s*(?:(?:Neue[rn]?|Künftige[rn]?) (?:Eigentümer\w*|Besitzer\w*|Eigner\w*|Mehrheitseigner\w*|Hauptaktionär\w*|Mutter(?:konzern|gesellschaft)?)\b"
    r"|(?:Es|Dabei|Bei dem Käufer|Beim Käufer|Bei der Käuferin) handelt (?:es )?sich um\b"
    r"|(?:Übernehmen|Kaufen|Erwerben) (?:wird|soll|will) (?:sie|ihn|es|die \S+|den \S+|das \S+)\b"
    r"|(?:Käufer|Käuferin|Erwerber|Erwerberin)\b"
    # "Der Käufer, die Dastrel AG, zahlt ...": the buyer's noun with the name in apposition
    r"|(?:Der|Die) (?:neue )?(?:Käufer|Käuferin|Erwerber|Erwerberin|Eigentümer|Eigentümerin|Besitzer|Besitzerin),"
    # "Künftig gehört sie zur Dastrel AG", "Die Sparte gehört nun der Dastrel AG": the new owner
    r"|(?:(?:Künftig|Nun|Jetzt|Fortan|Damit) (?:gehört|gehören) (?:sie|er|es|die \S+|der \S+|das \S+)"
    r"|(?:Die|Der|Das) \S+ (?:gehört|gehören) (?:nun|künftig|fortan|jetzt|damit)) (?:zur|zum|der|dem)\b"
    # "Als Favorit gilt die Dastrel AG", "Als möglicher Käufer gilt X", "Interessiert ist X": the likely buyer
    r"|Als (?:\w+ )?(?:Favorit|Favoritin|Käufer|Käuferin|Interessent|Interessentin|Bieter|Bieterin)\w* (?:gilt|gelten|galt|galten)\b"
    r"|(?:Interessiert|Interesse angemeldet|Interesse bekundet) (?:ist|sind|hat|haben|hatte|hatten|zeigt sich|zeigte sich)\b)"
)
_DE_PAYER_NEXT = re.compile(
    r"\s*(?:(?:Der|Die|Das) (?:[a-zäöüß]+ )?(?P<noun>[A-ZÄÖÜ][\w-]* )?)?(?P<name>[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ][\w&.-]*){0,3}) (?:zahlt|zahlte|bezahlt|bezahlte|legt|legte|blättert|blätterte) "
    r"(?:\S+ ){0,3}?(?:dafür|für (?:die|den|das) (?:\w+ )?(?:Übernahme|Kauf|Erwerb|Anteile?|Beteiligung|Aktien|Paket|Mehrheit|Sparte|Tochter|Firma|Unternehmen))\b"
)


# "Die Dastrel AG übernimmt auch alle 300 Mitarbeiter": who takes on the staff of the unit just sold bought it
_DE_STAFF_TAKER = re.compile(
    r"\s*(?:(?:Der|Die|Das) (?:[a-zäöüß]+ )?(?P<noun>[A-ZÄÖÜ][\w-]* )?)?(?P<name>[A-ZÄÖÜ][\w&.-]*(?: [A-ZÄÖÜ][\w&.-]*){0,3}) "
    r"(?:übernimmt|übernahm|übernehmen|übernahmen|übernehme) (?:\S+ ){0,4}?(?:Mitarbeiter\w*|Beschäftigte\w*|Belegschaft|Angestellte\w*|Arbeitsplätze)\b"
)


def de_buyer_named_next(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> list[Candidate]:
    """de: "Die Velkor AG verkauft ihre Tochter Norvia. Neuer Eigentümer ist die Dastrel AG.": a sale with no buyer takes the
    one the very next sentence names as new owner, as the one it is about, or as the one paying for it; that sentence's
    own reading of the same sides is then no second deal."""
    dropped: set[int] = set()
    for cand in candidates:
        if cand.trigger.deal_type not in (T.DIVESTITURE, T.ACQUISITION) or any(p.role is PartyRole.BUYER for p in cand.parties):
            continue
        after = _neighbour(sentences, cand.sentence, 1)
        if after is None:
            continue
        start, end = after
        buyer: NameSpan | None = None
        cue = _DE_BUYER_NEXT.match(text, start, end)
        if cue is not None and "handelt" in cue.group() and not _DE_BUYER_WORD.search(text, *cand.sentence):
            cue = None  # "Velkor verkauft eine Sparte. Es handelt sich um X": X is what is sold, unless a buyer was sought
        if cue is not None:
            buyer = next((n for n in context if cue.end() <= n.start < end), None)
            if (
                buyer is not None and not DE_NAMED_GAP.fullmatch(text, cue.end(), buyer.start) and not _DE_HANDLED_GAP.fullmatch(text, cue.end(), buyer.start)
                and not _DE_CONSORTIUM_GAP.fullmatch(text, cue.end(), buyer.start)
            ):
                buyer = None
        payer = (_DE_PAYER_NEXT.match(text, start, end) or _DE_STAFF_TAKER.match(text, start, end)) if cue is None else None
        if payer is not None:
            # "Der Konzern Dastrel zahlt": the name after the noun; "Die Dastrel AG zahlt": the name is the "noun" too
            at = [payer.start("noun"), payer.start("name")]
            buyer = next((n for n in context if n.start == at[0]), None) or next((n for n in context if n.start == at[1]), None)
        if buyer is None or is_place(buyer) or not may_be_antecedent(text, buyer):
            continue
        if any(normalize(p.name) == normalize(buyer.text) for p in cand.parties):
            continue  # "Velkor kassiert dafür ...": the seller paid, no buyer
        cand.parties.append(role_of(buyer, PartyRole.BUYER, text))
        names = {normalize(p.name) for p in cand.parties}
        dropped.update(id(c) for c in candidates if c.sentence == (start, end) and {normalize(p.name) for p in c.parties} <= names)
    return [c for c in candidates if id(c) not in dropped] if dropped else candidates


# de: "Velkor trennt sich von Tessmar. Der Verkauf an die Norvia AG soll ...": the deal noun opening the next sentence
# takes up the deal, and the name its preposition introduces is the side that deal lacks
_DE_NOUN_WITH_SIDE = re.compile(
    r"\s*(?:Der|Die|Das)\s+(?:(?:geplante|vereinbarte|angekündigte)\s+)?"
    r"(?P<noun>Verkauf|Veräußerung|Kauf|Erwerb|Übernahme|Transaktion|Deal|Geschäft)\s+(?P<prep>an|von|mit)\s+(?:(?:die|den|das|der|dem)\s+)?(?=[A-ZÄÖÜ])"
)
_DE_SALE_NOUNS = ("Verkauf", "Veräußerung", "Transaktion", "Deal", "Geschäft")
_DE_PURCHASE_NOUNS = ("Kauf", "Erwerb", "Übernahme", "Transaktion", "Deal", "Geschäft")


def de_noun_counterpart_next(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> list[Candidate]:
    """de: a sale with no buyer, then "Der Verkauf an X ..." or "Die Transaktion mit X ...": X buys; a purchase with no
    seller, then "Die Übernahme von der X ..." or "Das Geschäft mit X ...": X sells. That sentence's own reading of
    the same names is then no second deal."""
    dropped: set[int] = set()
    for cand in candidates:
        deal_type = cand.trigger.deal_type
        if deal_type not in (T.DIVESTITURE, T.ACQUISITION) or not any(p.role is PartyRole.TARGET for p in cand.parties):
            continue
        after = _neighbour(sentences, cand.sentence, 1)
        opening = _DE_NOUN_WITH_SIDE.match(text, *after) if after is not None else None
        if opening is None or after is None:
            continue
        noun, prep = opening.group("noun"), opening.group("prep")
        if deal_type is T.DIVESTITURE and noun in _DE_SALE_NOUNS and prep in ("an", "mit"):
            role = PartyRole.BUYER
        elif deal_type is T.ACQUISITION and noun in _DE_PURCHASE_NOUNS and (prep == "mit" or prep == "von" and opening.group().rstrip().endswith(("der", "dem"))):
            role = PartyRole.SELLER  # ("Die Übernahme von Norvia": without the article, "von" names what is bought)
        else:
            continue
        if any(p.role is role for p in cand.parties):
            continue
        side = next((n for n in context if n.start == opening.end()), None)
        if side is None or is_place(side) or any(normalize(p.name) == normalize(side.text) for p in cand.parties):
            continue
        cand.parties.append(role_of(side, role, text))
        names = {normalize(p.name) for p in cand.parties}
        dropped.update(id(c) for c in candidates if c.sentence == after and {normalize(p.name) for p in c.parties} <= names)
    return [c for c in candidates if id(c) not in dropped] if dropped else candidates


# de: "Die Norvia Bank hat die neuen Aktien gezeichnet", "Velkor zeichnet alle neuen Aktien", "übernimmt die neuen Aktien":
# who takes up the shares a capital increase just reported issues
_DE_NEW_SHARES_TAKEN = re.compile(
    r"(?:(?:hat|haben|hatte|hatten)\s+(?P<perfect>(?:\S+\s+){0,5}?(?:neuen|jungen)\s+Aktien\s+(?:\S+\s+){0,2}?(?:gezeichnet|übernommen|erworben)\b)"
    r"|(?:zeichnet|zeichnete|zeichnen|zeichneten|übernimmt|übernahm|übernehmen|übernahmen)\s+(?:\S+\s+){0,5}?(?:neuen|jungen)\s+Aktien\b)"
)
_DE_ISSUE_WORD = re.compile(r"Kapitalerhöhung|Finanzierungsrunde|neue Aktien|neuen Aktien")


def de_new_shares_taken(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> list[Candidate]:
    """de: "Die Velkor AG plant eine Kapitalerhöhung. Die Norvia Bank zeichnet die neuen Aktien.": a capital increase
    with no backer takes as investor the company one of the next two sentences says takes up the new shares (its
    subject, the first name before the verb); that sentence's own reading of the same name is no second deal."""
    dropped: set[int] = set()
    for cand in candidates:
        if cand.trigger.deal_type not in (T.FUNDING_ROUND, T.INVESTMENT) or not _DE_ISSUE_WORD.search(text, *cand.sentence):
            continue
        if any(p.role in (PartyRole.INVESTOR, PartyRole.BUYER) for p in cand.parties) or not any(p.role is PartyRole.TARGET for p in cand.parties):
            continue
        index = sentences.index(cand.sentence) if cand.sentence in sentences else -1
        for start, end in sentences[index + 1 : index + 3] if index >= 0 else []:
            taken = _DE_NEW_SHARES_TAKEN.search(text, start, end)
            if taken is None:
                continue
            subject = next((n for n in context if start <= n.start and n.end <= taken.start() and not is_place(n) and may_be_antecedent(text, n)), None)
            if subject is not None and all(normalize(p.name) != normalize(subject.text) for p in cand.parties):
                cand.parties.append(role_of(subject, PartyRole.INVESTOR, text))
                key = normalize(subject.text)
                dropped.update(id(c) for c in candidates if c.sentence == (start, end) and {normalize(p.name) for p in c.parties} <= {key})
            break
    return [c for c in candidates if id(c) not in dropped] if dropped else candidates


# de: "eine Kapitalerhöhung, die die Velkor AG und den Staat zu Großaktionären machte": the relative clause names the backers
_DE_MADE_HOLDERS = re.compile(
    r",\s+(?:die|der|das)\s+(?P<body>[^,.;:!?]*?(?:,\s+[^,.;:!?]*?)?)\s+zu(?:m|r)?\s+(?:neuen\s+)?(?:Groß|Haupt|Mehrheits|Minderheits)?[Aa]ktionär(?:en|in|innen)?"
    r"\s+(?:gemacht|machte|machten|macht|machen)\b"
)


def de_made_shareholders(text: str, context: list[NameSpan], candidates: list[Candidate]) -> None:
    """de: "Norvia überlebte dank einer Kapitalerhöhung, die die Velkor AG und den Dastrel-Fonds zu Großaktionären
    machte": a capital increase or stake with no backer takes the names of the relative clause that made them
    shareholders as investors."""
    for cand in candidates:
        if cand.trigger.deal_type not in (T.FUNDING_ROUND, T.INVESTMENT) or any(p.role in (PartyRole.INVESTOR, PartyRole.BUYER) for p in cand.parties):
            continue
        made = _DE_MADE_HOLDERS.search(text, cand.trigger.end, cand.sentence[1])
        if made is None or text[cand.trigger.end : made.start()].strip():
            continue  # the clause must take up the deal's noun right before it
        for name in context:
            if made.start("body") <= name.start and name.end <= made.end("body") and not is_place(name) and may_be_antecedent(text, name):
                _join_as(text, cand, name, PartyRole.INVESTOR)


# de: "Norvia will das Angebot von Velkor annehmen": who accepts a bidder's offer sells to it
_DE_OFFER_OF = re.compile(r"\b(?:Kauf|Übernahme)?[Aa]ngebot(?:e|s)? (?:von|der|des) (?:der |dem )?(?=[A-ZÄÖÜ])")
_DE_OFFER_TAKEN = re.compile(r"\s+(?:[^\s,;:.!?]+\s+){0,4}?(?:annehmen|angenommen|akzeptieren|akzeptiert|akzeptierte|akzeptierten)\b")


def _same_or_ends(name: str, key: str) -> bool:
    """Whether ``name`` is ``key`` or ends in its words ("bauriese velkor" and "velkor": a name read with its noun)."""
    words, tail = name.split(), key.split()
    return bool(tail) and words[-len(tail):] == tail


def de_offer_accepted(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> list[Candidate]:
    """de: "Velkor steigt bei Norvia ein. ... Demnach will die Dastrel-Gruppe das Angebot von Velkor annehmen.": the offer
    of a buyer of an earlier deal, accepted by a company named before the offer, is a sale of that deal's target by it."""
    added: list[Candidate] = []
    for index, (start, end) in enumerate(sentences):
        for offer in _DE_OFFER_OF.finditer(text, start, end):
            bidder = next((n for n in context if n.start == offer.end()), None)
            if bidder is None or not _DE_OFFER_TAKEN.match(text, bidder.end, end):
                continue
            key = normalize(bidder.text)
            earlier = next(
                (c for c in reversed(candidates) if c.sentence in sentences[max(0, index - 5) : index]
                 and any(p.role is PartyRole.BUYER and _same_or_ends(normalize(p.name), key) for p in c.parties)
                 and any(p.role is PartyRole.TARGET for p in c.parties)),
                None,
            )
            if earlier is None:
                continue
            target = next(p for p in earlier.parties if p.role is PartyRole.TARGET)
            seller = next(
                (n for n in context if start <= n.start and n.end <= offer.start() and not is_place(n) and may_be_antecedent(text, n)
                 and normalize(n.text) not in (key, normalize(target.name))),
                None,
            )
            if seller is None or any(c.sentence == (start, end) and any(normalize(p.name) == normalize(seller.text) for p in c.parties) for c in candidates):
                continue
            trigger = Trigger(offer.start(), offer.end(), T.ACQUISITION, "buy", True)
            parties = [role_of(bidder, PartyRole.BUYER, text), role_of(seller, PartyRole.SELLER, text), dataclasses.replace(target)]
            added.append(Candidate(trigger, (start, end), parties=parties, text_window=text[start:end]))
    if not added:
        return candidates
    return sorted(candidates + added, key=lambda c: c.trigger.start)


# de: "Die Gespräche führen X, Y sowie Z": the talks a sentence just before reported, named by who holds them
_DE_TALKS_HELD = re.compile(r"\s*(?:Die|Diese|Beide)\s+(?:Gespräche|Verhandlungen)\s+(?:führen|führten|führt|führte)\s+")
_DE_TALK_WORD = re.compile(r"[Vv]erhandl|[Vv]erhandel|Gespräch")
# what may stand between two listed names: the first one's bracketed short form, then ",", "und" or "sowie" and an article
_DE_LIST_GLUE = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*(?:,|und|sowie|,\s*sowie|,\s*und)\s+(?:(?:der|die|das|dem|den|des)\s+)?")
_DE_LIST_OPENING = re.compile(r"(?:(?:der|die|das|dem|den)\s+)?")
# the side the talkers take in a deal that names only one so far
_DE_TALKER_ROLE = {
    T.OTHER: PartyRole.INVESTOR, T.INVESTMENT: PartyRole.INVESTOR, T.DIVESTITURE: PartyRole.BUYER, T.ACQUISITION: PartyRole.SELLER,
    T.PARTNERSHIP: PartyRole.PARTNER, T.JOINT_VENTURE: PartyRole.PARTNER, T.MERGER: PartyRole.PARTNER,
}


def de_talks_held_by(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> None:
    """de: "Die Verhandlungen über ein Hilfspaket für Lorvanien haben begonnen. ... Die Gespräche führen die Velkor Bank
    und der Norvia-Fonds.": the names listed after "Die Gespräche führen" are the other side of a deal with one side
    only whose sentence (one of the two before) speaks of talks."""
    for index, (start, end) in enumerate(sentences):
        opening = _DE_TALKS_HELD.match(text, start, end)
        if opening is None:
            continue
        listed: list[NameSpan] = []
        previous_end = opening.end()
        for name in (n for n in context if opening.end() <= n.start and n.end <= end):
            glue = _DE_LIST_GLUE if listed else _DE_LIST_OPENING
            if not glue.fullmatch(text, previous_end, name.start):
                if listed and text.startswith("(", name.start - 1):
                    continue  # "(EU)": the short form of the name just listed
                break
            listed.append(name)
            previous_end = name.end
        if not listed:
            continue
        before = sentences[max(0, index - 2) : index]
        cand = next(
            (c for c in reversed(candidates) if c.sentence in before and _DE_TALK_WORD.search(text, *c.sentence)
             and len({normalize(p.name) for p in c.parties}) < 2 and c.trigger.deal_type in _DE_TALKER_ROLE),
            None,
        )
        if cand is None:
            continue
        for name in listed:
            if not is_place(name) or cand.trigger.deal_type is T.OTHER:
                _join_as(text, cand, name, _DE_TALKER_ROLE[cand.trigger.deal_type])


# de: "Verhandelt wird mit der Velkor AG", "Sie verhandelt derzeit mit X", "Die Gespräche führt sie mit X": talks with a name
_DE_TALKS_WITH = re.compile(
    r"\b(?:[Vv]erhandelt|verhandeln|verhandelte|verhandelten|Gespräche|Verhandlungen|spricht|sprechen|sprach|sprachen)\b"
    r"(?:\s+[^\s,;:.!?]+){0,4}?\s+mit\s+(?:(?:der|dem|den)\s+)?(?:[a-zäöüß][\w-]*\s+)?(?=[A-ZÄÖÜ])"
)


def de_talks_with_next(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> None:
    """de: "Die Norvia AG will ihre Tochter Tessmar verkaufen. Verhandelt wird mit der Velkor AG.": the one the next sentence
    says the talks are held with is the side a sale (its buyer) or a purchase (its seller) lacks; that sentence names no
    other company before the talks (they would be someone else's)."""
    for cand in candidates:
        deal_type = cand.trigger.deal_type
        role = PartyRole.BUYER if deal_type is T.DIVESTITURE else PartyRole.SELLER if deal_type is T.ACQUISITION else None
        if role is None or any(p.role is role for p in cand.parties) or not any(p.role is PartyRole.TARGET for p in cand.parties):
            continue
        after = _neighbour(sentences, cand.sentence, 1)
        talks = _DE_TALKS_WITH.search(text, *after) if after is not None else None
        if talks is None or after is None:
            continue
        sides = {normalize(p.name) for p in cand.parties}
        if any(after[0] <= n.start and n.end <= talks.start() and normalize(n.text) not in sides for n in context):
            continue
        partner = next((n for n in context if n.start == talks.end()), None)
        if partner is not None and not is_place(partner) and may_be_antecedent(text, partner):
            _join_as(text, cand, partner, role)


# de: the sentence after a purchase names its seller: "Verkäufer ist X", "Bisher gehörte die Firma X", "Sie gehörte bislang zur X"
_DE_SELLER_NEXT = re.compile(
    r"\s*(?:(?:Verkäufer|Verkäuferin|Bisherige[rn]? (?:Eigentümer\w*|Besitzer\w*|Eigner\w*|Mutter\w*))\b"
    r"|(?:(?:Bisher|Bislang|Zuvor) (?:gehörte|gehörten) (?:die \S+|der \S+|das \S+|sie|er|es)|(?:Die|Der|Das) \S+ (?:gehörte|gehörten) (?:bisher|bislang|zuvor))"
    r" (?:dem|der|den|zur|zum|zu)\b"
    # "Bislang hielt die Norvia AG alle Anteile": the former holder of the shares
    r"|(?:Bisher|Bislang|Zuvor) (?:hielt|hielten|besaß|besaßen)(?= (?:die |der |das )?(?:[a-zäöüß][\w-]* )?[A-ZÄÖÜ][^.;:!?]* (?:alle|sämtliche|die) (?:\S+ )?(?:Anteile|Aktien|Mehrheit)\b))"
)


def de_seller_named_next(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> None:
    """de: "Die Velkor AG übernimmt die Norvia GmbH. Verkäufer ist der Finanzinvestor Dastrel.": a purchase with no seller takes
    the one the very next sentence names as seller or former owner."""
    for cand in candidates:
        if cand.trigger.deal_type not in (T.DIVESTITURE, T.ACQUISITION) or any(p.role is PartyRole.SELLER for p in cand.parties):
            continue
        after = _neighbour(sentences, cand.sentence, 1)
        if after is None or not any(p.role is PartyRole.TARGET for p in cand.parties):
            continue
        start, end = after
        cue = _DE_SELLER_NEXT.match(text, start, end)
        if cue is None:
            continue
        seller = _named_after_cue(text, context, cue, end)
        if seller is not None:
            _join_as(text, cand, seller, PartyRole.SELLER)
            # "Verkäufer sind Dastrel und Tarvo": the names listed with it sell too
            for listed in de_coordinated(text, [n for n in context if seller.end <= n.start < end], role_of(seller, PartyRole.SELLER, text)):
                _join_as(text, cand, listed, PartyRole.SELLER)


# "Angeführt wurde die Runde von Norvia", "An der Runde beteiligten sich auch Norvia und Tarvo", "Investoren sind Norvia
# und Tarvo": the backers of the round the sentence before reports
_DE_BACKERS_NEXT = re.compile(
    r"\s*(?:(?:Angeführt|Geführt|Geleitet|Angeleitet)\s+(?:wurde|wird)\s+(?:die|diese)\s+(?:\w*[Rr]unde|Finanzierung|Kapitalerhöhung)\s+(?:\S+\s+){0,2}?von"
    r"|An\s+(?:der|dieser)\s+(?:\w*[Rr]unde|Finanzierung|Kapitalerhöhung)\s+(?:beteiligten|beteiligen|beteiligte|beteiligt)\s+sich(?:\s+(?:auch|zudem|unter anderem|ebenfalls))?"
    r"|(?:Neue\s+)?(?:Investoren|Geldgeber|Kapitalgeber)\s+(?:sind|waren)(?:\s+(?:auch|unter anderem))?"
    # "Die Runde wird von X angeführt", "Beteiligt sind X und Y", "Zu den Geldgebern gehören X und Y", "Lead-Investor ist X",
    # "Neu dabei ist der Investor X": the backers the round lacks
    r"|(?:Die|Diese)\s+(?:\w*[Rr]unde|Finanzierung|Kapitalerhöhung)\s+(?:wurde|wird)\s+(?:\S+\s+){0,2}?von"
    r"(?=\s[^.;]{1,80}?\b(?:angeführt|geführt|geleitet|getragen|finanziert)\b)"
    r"|Beteiligt\s+(?:sind|waren|ist|war|haben\s+sich|hatten\s+sich)(?:\s+(?:auch|zudem|unter anderem|ebenfalls))?"
    r"|Zu\s+den\s+(?:\w*[Ii]nvestoren|Geldgebern|Kapitalgebern|Financiers|Unterstützern)\s+(?:gehören|gehörten|zählen|zählten|gehört|zählt)(?:\s+(?:auch|unter anderem|zudem))?"
    r"|(?:(?:Lead|Haupt)-?[Ii]nvestor|Neuer\s+(?:Investor|Geldgeber|Kapitalgeber))\s+(?:ist|war)"
    r"|Neu\s+(?:dabei|an\s+Bord)\s+(?:ist|sind))(?=\s)"
)


def _unbacked_rounds_cued_next(
    text: str, sentences: list[tuple[int, int]], candidates: list[Candidate], cue: re.Pattern[str]
) -> Iterator[tuple[Candidate, tuple[int, int], re.Match[str]]]:
    """Each funding round with no backer yet whose very next sentence opens with ``cue``: that sentence and the cue."""
    for cand in candidates:
        if cand.trigger.deal_type is not T.FUNDING_ROUND or any(p.role is PartyRole.INVESTOR for p in cand.parties):
            continue
        after = _neighbour(sentences, cand.sentence, 1)
        if after is not None and (found := cue.match(text, *after)) is not None:
            yield cand, after, found


def de_backers_named_next(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], candidates: list[Candidate]) -> list[Candidate]:
    """de: "Velkor sammelt 50 Millionen Euro ein. Angeführt wurde die Runde von Norvia.": a round with no backer takes the
    ones the very next sentence names (with the names listed with them); that sentence's own stake reading of them
    ("beteiligten sich auch Norvia und Tarvo") is no deal of its own."""
    told: list[tuple[int, int]] = []
    for cand, after, cue in _unbacked_rounds_cued_next(text, sentences, candidates, _DE_BACKERS_NEXT):
        end = after[1]
        backer = _named_after_cue(text, context, cue, end, backer=True)
        if backer is None:
            continue
        _join_as(text, cand, backer, PartyRole.INVESTOR)
        for listed in de_coordinated(text, [n for n in context if backer.end <= n.start < end], role_of(backer, PartyRole.INVESTOR, text)):
            _join_as(text, cand, listed, PartyRole.INVESTOR)
        told.append(after)
    return [c for c in candidates if c.sentence not in told]


# fr: "L'opération a été menée par Velkor et Dastrel", "Le tour de table est emmené par Velkor, aux côtés de Dastrel":
# the backers of the round the sentence before reports
_FR_BACKERS_NEXT = re.compile(
    r"\s*(?:L['’]opération|Le tour(?: de table| de financement| de série \w+)?|La levée(?: de fonds)?|Cette (?:levée(?: de fonds)?|opération)|"
    r"Ce tour(?: de table| de financement)?|L['’]augmentation de capital|Le financement)\s+(?:a été|est|était|avait été)\s+"
    r"(?:menée?|emmenée?|conduite?|pilotée?|orchestrée?)\s+par\s+(?:(?:la |le |l['’]|les )?(?:fonds|groupe|société|banque|holding)\s+)?"
)
# between two backers listed: "et", a comma, or "aux côtés de" / "avec la participation de" for the ones joining
_FR_BACKER_NEXT_GLUE = re.compile(
    r"\s*(?:,|,?\s*(?:et|ainsi que))\s+(?:de |d['’]|du |des )?(?:(?:la |le |l['’])?(?:fonds|groupe|société|banque|holding)\s+)?"
    r"|\s*,?\s*(?:aux côtés|avec la participation) (?:de la |de l['’]|du |des |de |d['’])(?:(?:fonds|groupe|société|banque|holding)\s+)?"
)


def fr_backers_named_next(text: str, sentences: list[tuple[int, int]], candidates: list[Candidate]) -> list[Candidate]:
    """fr: "Varnel lève 12 millions d'euros. L'opération a été menée par Velkor et Dastrel.": a round with no backer
    takes the ones the very next sentence names, with the names listed with them."""
    told: list[tuple[int, int]] = []
    for cand, after, cue in _unbacked_rounds_cued_next(text, sentences, candidates, _FR_BACKERS_NEXT):
        start, end = after
        context = find_names(text, "fr", start, end)  # (the names were found in deal sentences only)
        backer = next((n for n in context if n.start == cue.end()), None)
        if backer is None or is_place(backer):
            continue
        _join_as(text, cand, backer, PartyRole.INVESTOR)
        for listed in listed_after(text, [n for n in context if backer.end <= n.start < end], backer, _FR_BACKER_NEXT_GLUE):
            _join_as(text, cand, listed, PartyRole.INVESTOR)
        told.append(after)
    return [c for c in candidates if c.sentence not in told]


_DE_OWNER_NOUN = r"(?:Mutterkonzern|Mutterkonzerns|Muttergesellschaft|Eigentümer|Eigentümerin|Eigner|Eignerin|Besitzer|Besitzerin)"
_DE_OWNER_GAP = re.compile(r",?\s+")


def de_owner_named(text: str, context: list[NameSpan], candidates: list[Candidate]) -> None:
    """de: "Velkor will Norvia kaufen ... Dastrel, der Eigentümer von Norvia ist" or "der Norvia-Mutterkonzern Dastrel": a
    purchase or sale with no seller takes the owner the article names for its target."""
    for cand in candidates:
        if cand.trigger.deal_type not in (T.DIVESTITURE, T.ACQUISITION) or any(p.role is PartyRole.SELLER for p in cand.parties):
            continue
        taken = {normalize(p.name) for p in cand.parties}
        for target in [p for p in cand.parties if p.role is PartyRole.TARGET]:
            owner = _de_owner_of(text, context, target.name)
            if owner is not None and normalize(owner.text) not in taken:
                _join_as(text, cand, owner, PartyRole.SELLER)
                break


def _de_owner_of(text: str, context: list[NameSpan], target: str) -> NameSpan | None:
    """The name the article gives as the owner of ``target``: right after "Target-Mutterkonzern", or right before ", der
    Eigentümer von Target"."""
    if len(target) < 3 or target not in text:
        return None
    escaped = re.escape(target)
    after = re.search(rf"(?<![\w-]){escaped}-{_DE_OWNER_NOUN}\s+", text)
    if after is not None:
        named = next((n for n in context if n.start == after.end()), None)
        if named is not None and not is_place(named) and may_be_antecedent(text, named):
            return named
    before = re.search(rf"(?:der|die|das)\s+(?:[\w-]+\s+){{0,2}}?{_DE_OWNER_NOUN}\s+(?:von|der|des)\s+{escaped}(?![\w-])", text)
    if before is not None:
        named = next((n for n in reversed(context) if n.end <= before.start() and _DE_OWNER_GAP.fullmatch(text, n.end, before.start())), None)
        if named is not None and not is_place(named) and may_be_antecedent(text, named):
            return named
    return None


_DE_BUYER_WORD = re.compile(r"\b(?:Käufer\w*|Investor\w*|Interessent\w*|Bieter\w*|Erwerber\w*)")
# de: the sentence after a lone buyer or seller names what is bought or sold: "Ziel ist X", "Es geht um X", "Übernommen wird X"
_DE_TARGET_NEXT = re.compile(
    r"\s*(?:(?:Ziel|Übernahmeziel|Kaufobjekt) (?:ist|sei|war)|Es (?:geht|ging) um|Es handelt sich um|Dabei handelt es sich um|"
    r"(?:Übernommen|Gekauft|Erworben|Verkauft|Abgegeben) (?:wird|werden|wurde|wurden|soll|sollen)(?: (?:werden|künftig|nun|jetzt))?)\b"
)


def de_target_named_next(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], cand: Candidate) -> None:
    """de: "Die Velkor AG will einen Rivalen übernehmen. Es geht um die Norvia GmbH.": a purchase or sale with its buyer or
    seller but nothing named bought takes what the very next sentence names as its object."""
    if cand.trigger.voice not in ("buy", "sell") or any(p.role is PartyRole.TARGET for p in cand.parties):
        return
    after = _neighbour(sentences, cand.sentence, 1)
    if after is None or not any(p.role in (PartyRole.BUYER, PartyRole.SELLER) for p in cand.parties):
        return
    start, end = after
    cue = _DE_TARGET_NEXT.match(text, start, end)
    if cue is None or _DE_BUYER_WORD.search(text, *cand.sentence):
        return  # ("Velkor hat einen Käufer gefunden. Es handelt sich um X": X buys)
    named = _named_after_cue(text, context, cue, end)
    if named is not None:
        _join_as(text, cand, named, PartyRole.TARGET)


# "Neuer Eigentümer ist ein Konsortium um die Velkor AG": the group's leader stands for the buyer
_DE_CONSORTIUM_GAP = re.compile(
    r"\s+(?:ist|wird|war|wurde|sei|soll|sind|werden)\s+(?:ein|eine|das|der|die)\s+(?:[a-zäöüß][\w-]*\s+)?"
    r"(?:Konsortium|Bieterkonsortium|Investorenkonsortium|Investorengruppe|Bietergruppe|Gruppe)\s+(?:um|unter Führung)\s+(?:(?:der|des|den|die|das|dem|von)\s+)*(?:[a-zäöüß][\w-]*\s+)?"
)
_DE_HANDLED_GAP = re.compile(r"\s+(?:(?:ist|wird|war|wurde|sei|soll|sind|werden|die|den|das|der|dem|einen|eine|ein|nun|jetzt|damit|laut \S+)\s+)*(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")


def _named_after_cue(text: str, context: list[NameSpan], cue: re.Match[str], end: int, *, backer: bool = False) -> NameSpan | None:
    """The name a cue opening the next sentence introduces ("Verkäufer ist der Finanzinvestor X", "Es geht um die X"):
    the first one after it, with only auxiliaries, articles and a describing word between, when it is no place and may
    stand for a company. The seller and the target named next read it alike. A ``backer`` may also be a person or a
    fund introduced as "der Investor X": who puts money into a round is its investor whatever it is."""
    named = next((n for n in context if cue.end() <= n.start < end), None)
    if named is None or not _DE_HANDLED_GAP.fullmatch(text, cue.end(), named.start) or is_place(named):
        return None
    if not may_be_antecedent(text, named) and not (backer and _DE_INVESTOR_WORD_BEFORE.search(text, max(0, named.start - 20), named.start)):
        return None
    return named


# "der Investor Velkor", "die Investorin X": an investor named by its role word
_DE_INVESTOR_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]nvestor|[Ii]nvestorin|[Ii]nvestoren)\s+$")


# de: "zwei Mio. Stück davon gingen an Velkor", "Velkor kaufte davon einen Teil": shares out of those the sentence before issued
_DE_SHARES_THEREOF = re.compile(r"\b(?:Aktien|Anteile|Papiere|Stück)\s+davon\b|\bdavon\s+(?:\S+\s+){0,3}?(?:Aktien|Anteile|Papiere|Stück)\b")
_DE_SHARES_WORD = re.compile(r"\b(?:\w*[Aa]ktien|Anteile|Anteilsscheine|Papiere|Kapitalerhöhung)\b")


def de_shares_of_before(text: str, sentences: list[tuple[int, int]], context: list[NameSpan], cand: Candidate) -> None:
    """de: "Die Norvia AG gab neue Papiere aus. Velkor kaufte davon einen Teil.": a purchase
    of shares "davon" with nothing named bought buys into the company whose shares the sentence before is about (its first name)."""
    if any(p.role is PartyRole.TARGET for p in cand.parties):
        return
    s_start, s_end = cand.sentence
    if not _DE_SHARES_THEREOF.search(text, s_start, s_end):
        return
    before = _neighbour(sentences, cand.sentence, -1)
    if before is None or not _DE_SHARES_WORD.search(text, *before):
        return
    issuer = _first_name(context, before)
    if issuer is not None and may_be_antecedent(text, issuer):
        _join_as(text, cand, issuer, PartyRole.TARGET)


# "die 2015 von Velkor übernommene Norvia", "die an Dastrel verkaufte Sparte Norvia": a deal told inside a noun phrase,
# the participle before the noun; the name before it (after "von"/"durch"/"an") is the other side ("von X zugekauft"
# is bought from X, so that participle is left out)
DE_ATTRIBUTIVE_DEAL = re.compile(
    r"(?:übernommene|gekaufte|erworbene|akquirierte|verkaufte|veräußerte|abgegebene)[nrsm]?(?![\w-])"
)
_DE_SOLD_PARTICIPLE = ("verkaufte", "veräußerte", "abgegebene")
# what stands before the agent: an article or possessive opens the noun phrase, a date or adverb may follow it
_DE_ATTRIBUTIVE_AGENT_BEFORE = re.compile(
    r"\b(?i:der|die|das|den|dem|des|eine|einer|einen|einem|seine[nmr]?|ihre[nmr]?|seiner|ihrer)\s+"
    r"(?:(?:im\s+Jahr\s+|Anfang\s+|Ende\s+|Mitte\s+)?\d{4}\s+|(?:erst|bereits|schon|kürzlich|damals|einst|jüngst|zuvor|vor\s+\S+\s+Jahren)\s+)*"
    r"(?P<prep>von|vom|durch|an)\s+(?:der\s+|dem\s+|den\s+|die\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$"
)
# between the agent and the participle: a date or an adverb at most; between the participle and the target: one noun
_DE_AGENT_TO_PARTICIPLE = re.compile(r"\s+(?:(?:im\s+Jahr\s+)?\d{4}\s+|(?:erst|bereits|schon|kürzlich|damals|einst|jüngst|zuvor)\s+)?")
_DE_PARTICIPLE_TO_TARGET = re.compile(r"\s+(?:[A-ZÄÖÜ][a-zäöüß][\w-]*\s+)?")


def de_attributive_deals(text: str, sentences: list[tuple[int, int]], context: list[NameSpan]) -> list[Candidate]:
    """de: "Die 2015 von der Velkor AG übernommene Norvia GmbH wächst": a background deal in an attributive participle,
    its own candidate (completed, the agent buys or, after "an", buys what was sold; "von" with a sale sells)."""
    found: list[Candidate] = []
    for match in DE_ATTRIBUTIVE_DEAL.finditer(text):
        agent = next((n for n in reversed(context) if n.end <= match.start() and _DE_AGENT_TO_PARTICIPLE.fullmatch(text, n.end, match.start())), None)
        target = next((n for n in context if n.start >= match.end() and _DE_PARTICIPLE_TO_TARGET.fullmatch(text, match.end(), n.start)), None)
        if agent is None or target is None or is_place(agent) or is_place(target) or normalize(agent.text) == normalize(target.text):
            continue
        before = _DE_ATTRIBUTIVE_AGENT_BEFORE.search(text, max(0, agent.start - 80), agent.start)
        if before is None:
            continue
        sold = match.group().startswith(_DE_SOLD_PARTICIPLE)
        prep = before.group("prep")
        if prep == "an" and not sold:
            continue  # "die an Velkor übernommene ..." is no German deal phrase
        sentence = next((s for s in sentences if s[0] <= match.start() < s[1]), (0, len(text)))
        deal_type = T.DIVESTITURE if sold else T.ACQUISITION
        agent_role = PartyRole.SELLER if sold and prep != "an" else PartyRole.BUYER
        trigger = Trigger(match.start(), match.end(), deal_type, "sell" if sold else "buy", False)
        cand = Candidate(trigger, sentence, text_window=text[sentence[0] : sentence[1]])
        cand.parties = [role_of(agent, agent_role, text), role_of(target, PartyRole.TARGET, text)]
        found.append(cand)
    return found


# "Velkor, das 2012 Norvia gekauft hatte, ...", "Norvia, die 2015 von Velkor übernommen worden war, ...": a background deal
# in a relative clause after a name; the clause ends with a past form of a deal verb (digits may hold a comma: "2,2")
_DE_RELATIVE_CLAUSE = re.compile(
    r",\s+(?:der|die|das|welche[rs]?)\s+(?P<body>(?:[^,.;:!?\"„“]|(?<=\d)[,.](?=\d))+?)\s*(?=[,.;:!?]|\s[–—-]\s)"
)
# ("..., die 2019 den Konkurrenten Norvia geschluckt hatte", "..., der bei Norvia eingestiegen war": swallowed, bought into)
_DE_RELATIVE_BUY = re.compile(
    r"(?:gekauft|übernommen|erworben|akquiriert|geschluckt|aufgekauft|zugekauft)\s+(?:hatte|hatten|hat|haben)|(?:kaufte|kauften|übernahm|übernahmen|erwarb|erwarben|schluckte|schluckten)"
    r"|eingestiegen\s+(?:war|waren|ist|sind)"
)
_DE_RELATIVE_SELL = re.compile(r"(?:verkauft|veräußert|abgegeben|abgestoßen)\s+(?:hatte|hatten|hat|haben)|(?:verkaufte|verkauften|veräußerte|veräußerten)")
_DE_RELATIVE_PASSIVE = re.compile(
    r"(?P<verb>übernommen|gekauft|erworben|verkauft|veräußert)\s+(?:worden\s+(?:war|waren|ist|sind)|wurde|wurden|worden)"
)
_DE_STAKE_OF_BEFORE = re.compile(r"\b(?:Aktien|Anteile?|Aktienpaket|Beteiligung|Prozent|Mehrheit)\s+(?:an\s+|am\s+|bei\s+|beim\s+)?(?:der\s+|des\s+|dem\s+|den\s+)?$")
_DE_TO_BEFORE = re.compile(r"\b(?:an|von|vom|durch)\s+(?:der\s+|dem\s+|den\s+|die\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")


def de_relative_deals(text: str, sentences: list[tuple[int, int]], context: list[NameSpan]) -> list[tuple[Candidate, tuple[int, int]]]:
    """de: background deals told in a relative clause after a name, each its own candidate (the antecedent to the end
    of the clause is its "sentence", so its status, sum and evidence are the clause's), with the clause's span."""
    found: list[tuple[Candidate, tuple[int, int]]] = []
    for match in _DE_RELATIVE_CLAUSE.finditer(text):
        body_start, body_end = match.start("body"), match.end("body")
        passive = _DE_RELATIVE_PASSIVE.search(text, body_start, body_end)
        if passive is not None and passive.end() != body_end:
            passive = None
        buy = _DE_RELATIVE_BUY.search(text, body_start, body_end)
        sell = _DE_RELATIVE_SELL.search(text, body_start, body_end)
        verb = passive or (buy if buy is not None and buy.end() == body_end else None) or (sell if sell is not None and sell.end() == body_end else None)
        antecedent = first_ending_at(context, match.start())  # per clause: looked up
        if verb is None or antecedent is None or is_place(antecedent):
            continue
        inside = [n for n in context if body_start <= n.start and n.end <= verb.start() and not is_place(n)]
        stakes = {n.start for n in inside if _DE_STAKE_OF_BEFORE.search(text, max(body_start, n.start - 40), n.start)}
        after_prep = {n.start: None if n.start in stakes else _DE_TO_BEFORE.search(text, max(body_start, n.start - 40), n.start) for n in inside}
        plain = [n for n in inside if after_prep[n.start] is None]
        by_prep = {n.start: m.group().split()[0] for n in inside if (m := after_prep[n.start]) is not None}
        sold = verb is sell or (passive is not None and passive.group("verb") in ("verkauft", "veräußert"))
        parties: list[Role] = []
        if passive is not None:
            agent = next((n for n in inside if by_prep.get(n.start) in ("von", "vom", "durch")), None)
            buyer = next((n for n in inside if by_prep.get(n.start) == "an"), None) if sold else agent
            parties = [role_of(antecedent, PartyRole.TARGET, text)]
            if buyer is not None:
                parties.append(role_of(buyer, PartyRole.BUYER, text))
            if sold and agent is not None:
                parties.append(role_of(agent, PartyRole.SELLER, text))
        elif plain:
            if sold:
                parties = [role_of(antecedent, PartyRole.SELLER, text), role_of(plain[0], PartyRole.TARGET, text)]
                parties += [role_of(n, PartyRole.BUYER, text) for n in inside if by_prep.get(n.start) == "an"][:1]
            else:
                parties = [role_of(antecedent, PartyRole.BUYER, text), role_of(plain[0], PartyRole.TARGET, text)]
                parties += [role_of(n, PartyRole.SELLER, text) for n in inside if by_prep.get(n.start) in ("von", "vom")][:1]
        parties = dedupe(parties)
        if len(parties) < 2:
            continue
        # "..., das 2015 Anteile an der Norvia gekauft hatte": shares bought are a stake taken
        stake = passive is None and not sold and (plain[0].start in stakes or verb.group().startswith("eingestiegen"))
        deal_type = T.DIVESTITURE if sold else T.INVESTMENT if stake else T.ACQUISITION
        trigger = Trigger(verb.start(), verb.end(), deal_type, "sell" if sold else "buy", False)
        span = (antecedent.start, body_end)
        cand = Candidate(trigger, span, parties=parties, text_window=text[span[0] : span[1]])
        found.append((cand, (body_start, body_end)))
    return found


def de_stake_relatives(text: str, context: list[NameSpan]) -> list[tuple[Candidate, tuple[int, int]]]:
    """de: "Die Norvia GmbH, an der sich die Velkor AG 2019 beteiligt hatte, ...", "Norvia, in die Velkor 50 Millionen Euro
    investiert hat, ...": a stake taken in the antecedent, told in a relative clause opened by a preposition (a past
    form only: "an der die Stadt beteiligt ist" says who holds it, no deal)."""
    found: list[tuple[Candidate, tuple[int, int]]] = []
    for match in DE_PREP_RELATIVE.finditer(text):
        body_start, body_end = match.start("body"), match.end("body")
        verb = _DE_STAKE_VERB.search(text, body_start, body_end)
        antecedent = first_ending_at(context, match.start())  # per clause: looked up
        if verb is None or verb.end() != body_end or antecedent is None or is_place(antecedent):
            continue
        taker = next((n for n in context if body_start <= n.start and n.end <= verb.start() and not is_place(n)), None)
        if taker is None:
            continue
        invested = verb.group().startswith("investiert")
        parties = dedupe([role_of(antecedent, PartyRole.TARGET, text), role_of(taker, PartyRole.INVESTOR if invested else PartyRole.BUYER, text)])
        if len(parties) < 2:
            continue
        trigger = Trigger(verb.start(), verb.end(), T.INVESTMENT, "invest" if invested else "buy", False)
        span = (antecedent.start, body_end)
        found.append((Candidate(trigger, span, parties=parties, text_window=text[span[0] : span[1]]), (body_start, body_end)))
    return found


def de_supply_relatives(text: str, context: list[NameSpan]) -> list[tuple[Candidate, tuple[int, int]]]:
    """de: "Die Velkor AG, die der Norvia GmbH 40 Züge liefert, ..." (the antecedent supplies the name inside),
    "Die Norvia GmbH, die bei der Velkor AG 40 Züge bestellt hat, ..." (the antecedent orders from the name after
    "bei"): the relative pronoun is the subject when the clause's own name stands in the dative or after a preposition."""
    found: list[tuple[Candidate, tuple[int, int]]] = []
    for match in _DE_RELATIVE_CLAUSE.finditer(text):
        if match.group().split()[1] not in ("der", "die", "das"):
            continue
        body_start, body_end = match.start("body"), match.end("body")
        verb = _DE_SUPPLY_VERB.search(text, body_start, body_end)
        antecedent = first_ending_at(context, match.start())  # per clause: looked up
        if verb is None or verb.end() != body_end or antecedent is None or is_place(antecedent):
            continue
        ordered = verb.group().startswith("bestell")
        glue = _DE_AT_MAKER if ordered else _DE_DATIVE_CUSTOMER
        other = next(
            (n for n in context if body_start <= n.start and n.end <= verb.start() and not is_place(n) and glue.fullmatch(text, body_start, n.start)),
            None,
        )
        if other is None:
            continue
        roles = (PartyRole.CUSTOMER, PartyRole.SUPPLIER) if ordered else (PartyRole.SUPPLIER, PartyRole.CUSTOMER)
        parties = dedupe([role_of(antecedent, roles[0], text), role_of(other, roles[1], text)])
        if len(parties) < 2:
            continue
        trigger = Trigger(verb.start(), verb.end(), T.SUPPLY_CONTRACT, "order" if ordered else "supply", False)
        span = (antecedent.start, body_end)
        found.append((Candidate(trigger, span, parties=parties, text_window=text[span[0] : span[1]]), (body_start, body_end)))
    return found


def de_indefinite_told_again(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """de: "Velkor darf keinen US-Verlag übernehmen ... Velkor wollte Norvia kaufen": a deal whose only target is an
    indefinite description ("eines US-Buchverlags") is the named deal of the same buyer and type told later or before."""
    kept: list[Candidate] = []
    for cand in candidates:
        targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
        buyers = {normalize(p.name) for p in cand.parties if p.role is PartyRole.BUYER}
        vague = bool(targets) and all(_DE_INDEFINITE.search(text, max(0, p.start - 8), p.start) for p in targets)
        if vague and buyers and any(
            other is not cand and other.trigger.deal_type is cand.trigger.deal_type
            and buyers & {normalize(p.name) for p in other.parties if p.role is PartyRole.BUYER}
            and any(p.role is PartyRole.TARGET and not _DE_INDEFINITE.search(text, max(0, p.start - 8), p.start) for p in other.parties)
            for other in candidates
        ):
            continue
        kept.append(cand)
    return kept


_DE_INDEFINITE = re.compile(r"\b(?:eines|einer|einem|einen|ein|eine)\s+$")


# ", die der Norvia 40 Züge liefert": the customer in the dative right after the pronoun (a time word may come first)
_DE_DATIVE_CUSTOMER = re.compile(r"(?:(?:seit|ab|im|in)\s+\S+\s+|(?:bereits|schon|künftig|nun|jetzt|seit Jahren)\s+)?(?:der|dem|den)\s+(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")
# ", die bei der Velkor 40 Züge bestellt hat": the maker after "bei"
_DE_AT_MAKER = re.compile(r"(?:\S+\s+){0,3}?(?:bei|beim)\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")
_DE_SUPPLY_VERB = re.compile(r"(?:liefert|lieferte|liefern|lieferten)|(?:geliefert|bestellt)\s+(?:hatte|hatten|hat|haben)|(?:bestellte|bestellten)")


# "..., an der sich Velkor beteiligt hatte", "..., in die Velkor investiert hat", "..., bei der Velkor eingestiegen war"
DE_PREP_RELATIVE = re.compile(
    r",\s+(?:an|in|bei)\s+(?:der|die|das|dem|den)\s+(?P<body>(?:[^,.;:!?\"„“]|(?<=\d)[,.](?=\d))+?)\s*(?=[,.;:!?]|\s[–—-]\s)"
)
_DE_STAKE_VERB = re.compile(r"(?:beteiligt|investiert)\s+(?:hatte|hatten|hat|haben)|eingestiegen\s+(?:war|waren|ist|sind)|(?:beteiligte|beteiligten)\s+sich")


def de_relative_asides(text: str, context: list[NameSpan]) -> list[tuple[int, int]]:
    """de: "Die Velkor AG, die 2012 die Norvia GmbH gegründet hatte, übernimmt Dastrel": the spans of relative clauses
    between a name and the rest of its sentence (closed by a comma), whose names are no sides of the main verb's deal."""
    ends = {n.end for n in context}
    return [
        (m.start("body"), m.end("body")) for m in _DE_RELATIVE_CLAUSE.finditer(text)
        if m.start() in ends and text.startswith(",", m.end())
    ]


_DE_REPAID = re.compile(r"zurückgezahlt|zurückzahl\w*|zurückgegeben|zurückerstattet|\bzahlt\w*\s[^.;]{0,120}?\bzurück\b")


def de_lender_repaid_before(text: str, candidates: list[Candidate]) -> None:
    """de: "Velkor hat die Hilfen aus dem Fonds Kelmar zurückgezahlt. Zuvor hatten Norvia und Dastrel ihre Hilfen
    zurückgezahlt.": aid repaid with no lender named was lent by the lender of the repayment just told."""
    last: Role | None = None
    for cand in candidates:
        if cand.trigger.deal_type is not T.OTHER or not _DE_REPAID.search(text, *cand.sentence):
            continue  # only a repayment told before names the lender of the next (other aid may come from others)
        lenders = [p for p in cand.parties if p.role is PartyRole.INVESTOR]
        if lenders:
            last = lenders[0]
        elif last is not None and text.startswith("Hilfen", cand.trigger.start) and all(p.role is PartyRole.TARGET for p in cand.parties):
            cand.parties = [*cand.parties, dataclasses.replace(last)]


# de: the next sentence goes on about the same deal when it opens with the deal as a bare noun ("Die Transaktion
# soll ...", "Der Deal ist geplatzt") or with who must approve it ("Das Kartellamt muss noch zustimmen")
_DE_DEAL_TOLD_NEXT = re.compile(
    r"\s*(?:(?:Die|Der|Das) (?:geplante |angekündigte |vereinbarte )?(?:Transaktion|Deal|Übernahme|Kauf|Verkauf|Geschäft|Fusion|Zusammenschluss|Einstieg|Vereinbarung)"
    r"\s+(?!von|vom|der|des|durch|an|mit|für|bei|um)[a-zäöüß]"
    r"|(?:Die|Der|Das) (?:\S+ )?(?:Kartellamt|Bundeskartellamt|Kartellbehörden?|Wettbewerbsbehörden?|Behörden|Aufsichtsbehörden?|Wettbewerbshüter|Aktionäre|Kommission|EU-Kommission|Regulierer)"
    r"\s+(?:muss|müssen|hat|haben|soll|sollen|gab|gaben|genehmigte|genehmigten|untersagte|untersagten|stimmte|stimmten|billigte|billigten))"
)
_DE_SENTENCE_AFTER = re.compile(r"[^.!?]{1,250}[.!?]")
# what the next sentence may settle: the deal called off, its approval pending, or its closing done
_DE_SETTLED = (DealStatus.CANCELLED, DealStatus.AGREED, DealStatus.COMPLETED)


def de_status_told_next(text: str, cand: Candidate, found: StatusMention | None) -> StatusMention | None:
    """de: "Velkor übernimmt Norvia. Das Kartellamt muss noch zustimmen." / "Der Deal ist geplatzt.": the next sentence
    tells where the deal stands, when it opens with the deal itself or with who must approve it and its cue is more
    specific than the deal sentence's own (which is kept otherwise)."""
    s_end = cand.sentence[1]
    opening = _DE_DEAL_TOLD_NEXT.match(text, s_end)
    if opening is None:
        return found
    following = _DE_SENTENCE_AFTER.match(text, s_end)
    if following is None:
        return found
    told = best_status(find_statuses(text, "de", s_end, following.end()), s_end)  # ("soll ... abgeschlossen werden": to come)
    if told is None or told.status not in _DE_SETTLED or (found is not None and found.rank <= told.rank):
        return found
    return told


# en: "The round was led by Velkor Capital.", "Investors in the round include Velkor and Dastrel.": the next sentence names
# the backers of a round told just before
_EN_BACKERS_NEXT = re.compile(
    r"\s*(?:The|That|This)\s+(?:\w+\s+)?(?:round|financing|funding)(?:\s+round)?\s+(?:was|is|has\s+been)\s+(?:co-?)?led\s+by\s+(?:the\s+)?"
    r"|\s*(?:Investors|Backers|Participants)\s+in\s+the\s+(?:\w+\s+)?(?:round|financing|funding)\s+(?:include|included|were|are)\s+(?:the\s+)?"
)
_EN_BACKERS_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def en_backers_named_next(text: str, sentences: list[tuple[int, int]], candidates: list[Candidate]) -> None:
    """en: "Norvia raised $12 million in a Series A round. The round was led by Velkor Capital.": a round with no backer
    takes the ones the very next sentence opens with (and the names listed with them)."""
    for cand, (start, end), cue in _unbacked_rounds_cued_next(text, sentences, candidates, _EN_BACKERS_NEXT):
        # the cue sentence names no deal of its own, so the article's names may skip it: read it here, once a cue opens it
        named = [n for n in find_names(text, "en", start, end) if cue.end() <= n.start]
        if not named or named[0].start != cue.end() or is_place(named[0]):
            continue
        _join_as(text, cand, named[0], PartyRole.INVESTOR)
        for listed in listed_after(text, named[1:], named[0], _EN_BACKERS_GLUE):
            _join_as(text, cand, listed, PartyRole.INVESTOR)

