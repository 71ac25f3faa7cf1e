"""German sellers: who a company is bought from ("von", "abkaufen", the parent in "Dastrel-Tochter"), bids for
a named company, and a stake's company that is sold rather than buying."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Role, role_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import is_place
from pipeline.extract.roles.common import RoleState, after_prep
from pipeline.extract.roles.de.patterns import DE_DATIVE_BEFORE, DE_OWNED_BY_BEFORE, DE_SALE_TO, DE_STAKE_IN
from pipeline.models import PartyRole


_DE_PARENT_COMPOUND = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&]*(?:-[A-ZÄÖÜ][\w&]*)?)-(?:Tochter|Tochterfirma|Tochtergesellschaft|Sparte|Einheit|Beteiligung)\s+$")


def de_sellers(st: RoleState) -> None:
    """de: "X kauft Y von Z" (who it is bought from sells), "übernimmt von der Dastrel AG die Norvia GmbH" (the
    first name sells), "übernimmt die Dastrel-Tochter Norvia" (the parent in the compound sells)."""
    text, trigger, voice, target, parties = st.text, st.trigger, st.voice, st.target, st.parties
    if voice == "buy" and not trigger.noun:
        _de_bought_off(st)
        _de_bid_for(st)
        target = st.target
    if voice == "buy" and not trigger.noun and target is not None:
        # "X kauft Y von Z", "übernimmt das Chipgeschäft von Z": who it is bought from sells
        seller = after_prep(text, st.in_sentence, "(?:von|vom)", target.end, st.s_end)  # ("vom Finanzinvestor Dastrel": "vom" is "von dem")
        if seller is not None and _DE_WHERE_BEFORE.search(text, max(st.s_start, seller.start - 12), seller.start):
            seller = None  # "einen Hersteller von Ventilen aus Bremen": the town a maker is from sells nothing
        if seller is not None and all(p.start != seller.start for p in parties):
            parties.append(role_of(seller, PartyRole.SELLER, text))
    if target is not None and voice in ("buy", "sell", "passive") and not any(p.role is PartyRole.SELLER for p in parties):
        # "Norvia, im Besitz der Velkor AG, wird verkauft": the owner named right after what is sold sells it
        owner = next((n for n in st.in_sentence if target.end <= n.start <= target.end + 60 and DE_OWNED_BY_BEFORE.fullmatch(text, target.end, n.start)), None)
        # "übernimmt die Norvia AG, die bislang zu Dastrel gehörte": the owner in a relative clause after what is bought
        owner = owner or next(
            (
                n for n in st.in_sentence
                if target.end <= n.start <= target.end + 60 and _DE_BELONGED_BEFORE.fullmatch(text, target.end, n.start) and _DE_BELONGED_AFTER.match(text, n.end)
            ),
            None,
        )
        if owner is not None and all(p.start != owner.start for p in parties):
            parties.append(role_of(owner, PartyRole.SELLER, text))
    if st.de_from is not None and all(p.start != st.de_from.start for p in parties):
        parties.append(role_of(st.de_from, PartyRole.SELLER, text))
    if target is not None and voice in ("buy", "passive") and not any(p.role is PartyRole.SELLER for p in parties):
        parent_compound = _DE_PARENT_COMPOUND.search(text, max(st.s_start, target.start - 40), target.start)
        if parent_compound is not None and all(normalize(p.name) != normalize(parent_compound.group(1)) for p in parties):
            # "übernimmt die Dastrel-Tochter Norvia": the parent named in the compound sells
            parties.append(Role(parent_compound.group(1), parent_compound.start(1), parent_compound.end(1), PartyRole.SELLER))


# "aus Bremen", "in Linz": a place named after its preposition, not after "von"
_DE_WHERE_BEFORE = re.compile(r"\b(?:aus|in|im|nahe|bei)\s+$")

_DE_BELONGED_BEFORE = re.compile(
    r",\s+(?:die|der|das)\s+(?:(?:bislang|bisher|zuletzt|noch|mehrheitlich|ganz)\s+){0,2}(?:(?:zu|zum|zur)\s+)?(?:(?:der|dem|den)\s+)?"
    r"(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?"
)
# the owner's name may be one of a list ("zu Dastrel und Tarvo gehörte": ``de_listed_sides`` adds the others)
_DE_BELONGED_AFTER = re.compile(r"(?:\s*(?:,|und|sowie)\s+(?:(?:der|dem|den)\s+)?[A-ZÄÖÜ][\w&.-]*(?:\s+[A-ZÄÖÜ][\w&.-]*)?)*\s+(?:gehört|gehörte|gehörten|gehören)\b")


# ("ein Gegenangebot für Norvia", "Konkurrenzangebote für die Norvia AG": a rival bid is read as a bid)
_DE_BID_NOUN = re.compile(
    r"(?:Übernahme|Kauf)(?:angebot|offerte|pläne|plänen|gespräche|gesprächen|verhandlungen|absichten|interesse)|Angebot|Gebot|Offerte"
    r"|(?:Gegen|Konkurrenz)(?:angebot|gebot|offerte)(?:e|s|en)?"
)
_DE_BIDDER_AFTER = re.compile(r"\s+(?:der|des|von)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?$")


def _de_bid_for(st: RoleState) -> None:
    """de: "legt ein Übernahmeangebot für Norvia vor", "das Übernahmeangebot der Velkor AG für die Norvia": the name
    after "für" is bid for, a genitive right after the noun bids (else the subject does)."""
    text, trigger, parties = st.text, st.trigger, st.parties
    if not _DE_BID_NOUN.fullmatch(text, trigger.start, trigger.end):
        return
    bid_for = after_prep(text, st.in_sentence, "(?:für|mit|um)" if "angebot" not in text[trigger.start : trigger.end].lower() else "für", trigger.end, min(st.s_end, trigger.end + 80))
    if bid_for is None and not re.fullmatch(r"(?:Übernahme|Kauf)(?:angebot|offerte)", text[trigger.start : trigger.end]):
        parties.clear()  # "ihr Angebot für Privatkunden", "Übernahmepläne für den Markt": a bid or plan needs a named company
        return
    if bid_for is None and (own := _de_own_bid(st)) is not None:
        # "..., nachdem Norvia ihr Übernahmeangebot zurückgezogen hatte": the name before "ihr" bids, the other is bid for
        parties[:] = [
            dataclasses.replace(p, role=PartyRole.BUYER) if p.start == own.start
            else dataclasses.replace(p, role=PartyRole.TARGET) if p.role is PartyRole.BUYER else p
            for p in parties
        ]
        st.target = next((p for p in parties if p.role is PartyRole.TARGET), None)
        return
    if bid_for is None:
        # "Norvia lehnt das Übernahmeangebot der Velkor AG ab": the genitive bids, the other side is bid for
        named = next((n for n in st.in_sentence if n.start > trigger.end and _DE_BIDDER_AFTER.fullmatch(text, trigger.end, n.start)), None)
        swapped = named is not None and any(p.start == named.start and p.role is PartyRole.TARGET for p in parties)
        if swapped and named is not None:
            parties[:] = [
                role_of(named, PartyRole.BUYER, text) if p.start == named.start else dataclasses.replace(p, role=PartyRole.TARGET) if p.role is PartyRole.BUYER else p
                for p in parties
            ]
            st.target = next((p for p in parties if p.role is PartyRole.TARGET), None)
        elif (
            named is not None and all(p.start != named.start for p in parties) and not any(p.role is PartyRole.TARGET for p in parties)
            and any(p.role is PartyRole.BUYER and p.end <= trigger.start for p in parties)
        ):
            # "Norvia lehnt das Übernahmeangebot von Velkor ab": the bid is the named one's, so the subject is bid for
            parties[:] = [dataclasses.replace(p, role=PartyRole.TARGET) if p.role is PartyRole.BUYER else p for p in parties]
            parties.append(role_of(named, PartyRole.BUYER, text))
            st.target = next((p for p in parties if p.role is PartyRole.TARGET), None)
        return
    if any(p.start == bid_for.start and p.role is PartyRole.TARGET for p in parties):
        return
    bidder = next((n for n in st.in_sentence if trigger.end < n.end <= bid_for.start and _DE_BIDDER_AFTER.fullmatch(text, trigger.end, n.start)), None)
    kept = [p for p in parties if p.start != bid_for.start and (bidder is None or p.start != bidder.start)]
    if bidder is not None:
        kept = [p for p in kept if p.role is not PartyRole.BUYER] + [role_of(bidder, PartyRole.BUYER, text)]
    st.target = role_of(bid_for, PartyRole.TARGET, text)
    parties[:] = [*[p for p in kept if p.role is not PartyRole.TARGET], st.target]


# "Norvia ihr Übernahmeangebot", "Norvia hat sein neues Angebot": a name, at most an auxiliary and adverbs, a possessive
_DE_OWN_BID_BEFORE = re.compile(r"\s+(?:[a-zäöüß]+\s+){0,3}?(?:sein|seine|seinen|ihr|ihre|ihren)\s+(?:[a-zäöüß]+\s+)?$")


def _de_own_bid(st: RoleState) -> Role | None:
    """de: the party named right before a possessive bid noun ("Norvia ihr Übernahmeangebot") when it is not the buyer
    yet and another party is: the bid is its own."""
    text, trigger = st.text, st.trigger
    before = [p for p in st.parties if p.end <= trigger.start and _DE_OWN_BID_BEFORE.fullmatch(text, p.end, trigger.start)]
    if not before or before[-1].role is PartyRole.BUYER or not any(p.role is PartyRole.BUYER for p in st.parties):
        return None
    return before[-1]


# "kauft dem Finanzinvestor Dastrel die Norvia ab": the separable particle closes the clause
_DE_OFF_PARTICLE = re.compile(r"(?:[^\s,;:.]+\s+|(?<=\d)\.(?=\d))*?ab(?=[\s.,;:]|$)")

_DE_DATIVE_FIRST = re.compile(r"\s+(?:(?:hat|hatte|haben|hatten|nun|jetzt|bereits|damals|einst)\s+)*(?:dem|der)\s+(?:[^\s,;:.A-ZÄÖÜ][^\s,;:.]*\s+){0,2}?")


def _de_bought_off(st: RoleState) -> None:
    """de: "Velkor kauft dem Finanzinvestor Dastrel die Norvia ab", "hat der Dastrel AG die Norvia abgekauft": with
    "abkaufen" the dative name sells and the accusative one after it is bought."""
    text, trigger, parties = st.text, st.trigger, st.parties
    word = text[trigger.start : trigger.end]
    if word.startswith(("kauf", "abgekauft")) and _DE_OFF_PARTICLE.match(text, trigger.end + 1):
        end = _DE_OFF_PARTICLE.match(text, trigger.end + 1)
        between = [n for n in st.in_sentence if trigger.end < n.start and end is not None and n.end <= end.end()]
    elif word == "abgekauft":
        between = [n for n in st.in_sentence if st.subject is not None and st.subject.end < n.start and n.end <= trigger.start]
    else:
        return
    if not between or is_place(between[0]) or not DE_DATIVE_BEFORE.search(text, max(st.s_start, between[0].start - 40), between[0].start):
        return
    if len(between) == 1:
        # "kaufte der Norvia Bank Wertpapiere ab": the dative name sells what is bought, an unnamed thing; the dative
        # comes first after the verb (or the subject), not as a genitive after a noun ("die Sparte der Norvia ab")
        seller = between[0]
        opening = trigger.end if seller.start > trigger.start else (st.subject.end if st.subject is not None else seller.start)
        if not _DE_DATIVE_FIRST.fullmatch(text, opening, seller.start):
            return
        if st.target is not None and st.target.start == seller.start:
            st.target = None
        # (the sentence's subject put in from before may be the same company: "Die Norvia Bank braucht Geld. Die
        # Notenbank kauft der Norvia Bank Anleihen ab": the bank sells, it buys nothing from itself)
        parties[:] = [
            *[p for p in parties if p.start != seller.start and normalize(p.name) != normalize(seller.text)],
            role_of(seller, PartyRole.SELLER, text),
        ]
        return
    seller, bought = between[0], between[1]
    kept = [p for p in parties if p.start not in (seller.start, bought.start)]
    st.target = role_of(bought, PartyRole.TARGET, text)
    parties[:] = [*kept, role_of(seller, PartyRole.SELLER, text), st.target]


def de_stake_held(text: str, party: Role, s_start: int) -> Role:
    """de: a buyer named after a stake's "an" ("ihren Anteil an der Velkor AG") is the company sold, not a buyer."""
    if party.role is PartyRole.BUYER and DE_STAKE_IN.search(text, max(s_start, party.start - 60), party.start):
        return dataclasses.replace(party, role=PartyRole.TARGET)
    return party


_DE_OWN_SALE_BEFORE = re.compile(r"\b(?:ihrem|seinem|ihren|seinen|ihres|seines)\s+$")


def de_own_sale(text: str, trigger_start: int, trigger_end: int, parties: list[Role]) -> list[Role]:
    """de: "die Velkor GmbH wurde nach ihrem Verkauf an Norvia umbenannt": "Verkauf an" with a possessive and no object
    is the possessor being sold; the nearest seller named before it is the target when the sale names none."""
    if (
        any(p.role is PartyRole.TARGET for p in parties)
        or not DE_SALE_TO.fullmatch(text, trigger_start, trigger_end)
        or not _DE_OWN_SALE_BEFORE.search(text, max(0, trigger_start - 10), trigger_start)
    ):
        return parties
    owner = max((p for p in parties if p.role is PartyRole.SELLER and p.end <= trigger_start), key=lambda p: p.start, default=None)
    return [dataclasses.replace(p, role=PartyRole.TARGET) if p is owner else p for p in parties]
