"""German cases of the fund and loan voices: financing rounds and their backers, lenders and borrowers of
loans and aid, and rescues (where the subject pays)."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import role_of
from pipeline.extract.geo import country_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import RoleState, after_prep, coordinated
from pipeline.extract.roles.de.patterns import DE_AID_FOR, DE_AND, DE_RECEIVED, DE_RECEIVES
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyRole


# ("die Finanzierungsrunde des Start-ups Norvia": the genitive names who raises too)
_DE_ROUND_AT = re.compile(r"\s+(?:bei|von|für|des|der)\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*(?:er|en|s)\s+)?")


def de_round_parties(st: RoleState) -> bool:
    """de: "Velkor führt eine Finanzierungsrunde bei Norvia an", "beteiligt sich an der Kapitalerhöhung der Norvia": the
    company named after the round raises, the subject invests. False when the round names no company after it."""
    text, trigger, subject, parties = st.text, st.trigger, st.subject, st.parties
    if subject is None or not (text.startswith(("Finanzierungsrunde", "Kapitalerhöhung"), trigger.start) and _DE_ROUND_AT.match(text, trigger.end)):
        return False
    raised = next((n for n in st.in_sentence if n.start >= trigger.end and _DE_ROUND_AT.fullmatch(text, trigger.end, n.start)), None)
    parties.append(role_of(raised or subject, PartyRole.TARGET, text))
    if raised is not None and raised.start != subject.start:
        parties.append(role_of(subject, PartyRole.INVESTOR, text))
    return True


# ("unter Führung des Investors Velkor", "von Investoren um den Risikokapitalgeber Velkor": the backer named by what it is)
_DE_BACKER_BEFORE = re.compile(
    r"\b(?:von|vom|durch|angeführt von|unter Führung von|unter Führung der|unter Führung des|(?:Investoren|Geldgebern|Kapitalgebern|Geldgeber|Kapitalgeber) um)"
    r"\s+(?:der\s+|dem\s+|den\s+|die\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*(?:er|ern|ers|or|ors|oren|fonds|gesellschaft|firma|gruppe|bank)\s+)?$"
)


# "sammelt bei der Norvia Capital", "bei Investoren um die Norvia Capital", "bei Geldgebern wie Norvia": money collected from
_DE_COLLECTED_FROM = re.compile(
    r"\b(?:bei|beim|um|wie)\s+(?:der\s+|dem\s+|den\s+|die\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*(?:er|ern|or|oren|fonds|gesellschaft|firma|gruppe|bank)\s+)?$"
)


def de_round_backers(st: RoleState, subject: NameSpan) -> None:
    """de: "hat in einer Finanzierungsrunde 20 Millionen von der Norvia Capital erhalten": who the money comes from
    (and the names joined to it) invests."""
    text, trigger, in_sentence, parties = st.text, st.trigger, st.in_sentence, st.parties
    backer = next((n for n in in_sentence if n.start > trigger.end and n.start != subject.start and not is_place(n) and _DE_BACKER_BEFORE.search(text, max(st.s_start, n.start - 40), n.start)), None)
    if backer is None and text.startswith("sammel", trigger.start):
        # "sammelt bei Investoren um die Norvia Capital 40 Millionen ein": the backers sit inside the verb's frame
        backer = next(
            (
                n for n in in_sentence
                if trigger.start < n.start < trigger.end and n.start != subject.start and not is_place(n)
                and (_DE_BACKER_BEFORE.search(text, max(st.s_start, n.start - 40), n.start) or _DE_COLLECTED_FROM.search(text, max(st.s_start, n.start - 40), n.start))
            ),
            None,
        )
    if backer is not None:
        parties.append(role_of(backer, PartyRole.INVESTOR, text))
        parties.extend(role_of(extra, PartyRole.INVESTOR, text) for extra in coordinated(text, in_sentence, backer.end))


_DE_AT_LENDER = re.compile(r"\b(?:beim|bei\s+der|bei\s+dem|bei|vom)\s+$")

# "gewährt dem Konzern", "gibt ihr", "stellt dem Unternehmen ... zur Verfügung": a recipient named by description or pronoun
_DE_DESCRIBED_RECIPIENT = re.compile(
    r"\s+(?:(?:nun|jetzt|zudem|auch|erneut|nochmals)\s+)?(?:ihr|ihm|(?:dem|der)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?"
    r"(?:[Kk]onzern|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]ank|[Hh]ersteller|[Vv]ersicherer|[Kk]ette|[Ii]nstitut|[Gg]esellschaft))\b"
)

_DE_GRANT = re.compile(r"\b(?:gewährt\w*|stützt|unterstützt|vergibt|vergab|gibt|gab|leiht|lieh|stellt\w*|sagt\w* (?:\S+ )?zu|zahlt|zahlte|überweist|überwies)\b")


def de_lender_and_borrower(st: RoleState) -> tuple[NameSpan | None, NameSpan | None, NameSpan | None]:
    """de: (lender, borrower, aided) of a loan or aid: "X erhält von Y einen Kredit", "Die Staatsbank X gewährt Y
    einen Kredit", "hat beim Bund Hilfen beantragt", "die Staatshilfe für X", "ein Hilfspaket für Lorvanien"."""
    text, trigger, lead, in_sentence, s_start, s_end = st.text, st.trigger, st.lead, st.in_sentence, st.s_start, st.s_end
    subject = st.subject
    lender = _de_lender_before(text, in_sentence, trigger, s_start)
    if lender is not None and subject is not None and subject.start > lender.start and DE_AND.fullmatch(text, lender.end, subject.start):
        # "Velkor erhält von der Norvia Bank und der Tarvo Bank einen Kredit": the name listed with the lender lends
        # too (``de_listed_sides``); who receives is named before "von"
        subject = next((n for n in reversed(in_sentence) if s_start <= n.start and n.end <= lender.start and not is_place(n)), None)
    granted = _DE_GRANT.search(text, s_start, trigger.start) if lender is None else None
    if granted is not None:
        # "Die Staatsbank X gewährt Y einen Kredit": the granter lends, the name after the verb receives
        before = [n for n in in_sentence if s_start <= n.start and n.end <= granted.start() and not is_place(n)]
        after = [n for n in in_sentence if granted.end() <= n.start and n.end <= trigger.start and not is_place(n)]
        if before and after:
            lender, subject = before[-1], after[0]
        elif (
            before and not after and lead is not None and normalize(lead.text) != normalize(before[-1].text) and not is_place(lead)
            and _DE_DESCRIBED_RECIPIENT.match(text, granted.end(), trigger.start)
        ):
            lender, subject = before[-1], lead  # "Der Bund gewährt dem Konzern einen Kredit": the company the article is about receives it
    if lender is None and subject is not None and _DE_AT_LENDER.search(text, max(s_start, subject.start - 12), subject.start):
        # "Velkor hat beim Bund Hilfen beantragt": the name after "beim" lends, the one before it receives
        lender = subject
        subject = next((n for n in reversed(in_sentence) if s_start <= n.start and n.end <= lender.start and not is_place(n)), None)
    if lender is None and subject is not None:
        asked = next((n for n in in_sentence if subject.end <= n.start and n.end <= trigger.start and _DE_AT_LENDER.search(text, max(s_start, n.start - 12), n.start)), None)
        if asked is not None:
            lender = asked  # "hat beim Bund Hilfen beantragt", "nimmt bei der Norvia Bank einen Kredit auf"
    if lender is None and text.startswith("Staat", trigger.start):
        # "die Staatshilfe zurückzahlen": the state lends though the sentence does not name it
        lender = NameSpan(trigger.start, trigger.start + len("Staat"), "Staat")
        helped = after_prep(text, in_sentence, "für", trigger.end, min(s_end, trigger.end + 12))
        subject = helped or subject  # "die Staatshilfe für die X": X receives it
    givers, givers_end = _de_genitive_givers(text, in_sentence, trigger)
    aided = _de_aided(text, in_sentence, dataclasses.replace(trigger, end=givers_end) if givers else trigger)
    if aided is not None and givers and lender is None and all(g.start != aided.start for g in givers):
        lender = givers[0]  # "das Hilfspaket der EU für Lorvanien": the genitive gives the aid
    if aided is not None:
        # "X und Y haben ein Hilfspaket für Lorvanien geschnürt", "erhält Lorvanien einen Kredit": the aid goes to
        # that name (a country too); the sentence's subject, if another, gives it
        if lender is None and subject is not None and subject.start != aided.start and subject.end <= trigger.start:
            lender = subject
        subject = aided
    return lender, subject, aided


# ("von der Investitionsbank Norvia", "vom Finanzinvestor Dastrel": the lender named by what it is)
_DE_FROM = re.compile(r"\b(?:von\s+(?:einem|einer|einen|der|dem|den|des)?|vom)\s*(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?$")


def _de_lender_before(text: str, names: list[NameSpan], trigger: Trigger, s_start: int) -> NameSpan | None:
    """de: "X erhält von Y einen Kredit": the name after "von", before the loan, lends."""
    for name in names:
        if s_start <= name.start and name.end <= trigger.start and not is_place(name):
            if _DE_FROM.search(text, max(s_start, name.start - 30), name.start):
                return name
    return None


_DE_AID_FOR_COUNTRY = re.compile(r"\s+(?:für|an)\s+(?:die\s+|den\s+|das\s+)?([A-ZÄÖÜ][\wäöüß-]+)")

_DE_RECEIVE_VERB = re.compile(r"\b(?:erhält|erhielt|bekommt|bekam)\s+$")


_DE_GIVER_GENITIVE = re.compile(r"\s+(?:der|des)\s+(?:[a-zäöüß][\w-]*\s+)?")
_DE_GIVER_JOINED = re.compile(r"\s+(?:und|sowie)\s+(?:(?:der|des)\s+)?(?:[a-zäöüß][\w-]*\s+)?")
_DE_AID_FOR_NEXT = re.compile(r"\s+(?:für|an)\s")


def _de_genitive_givers(text: str, names: list[NameSpan], trigger: Trigger) -> tuple[list[NameSpan], int]:
    """de: "Hilfspaket der EU und des Währungsfonds für Lorvanien": the names in the genitive right after an aid noun,
    when "für"/"an" and the recipient follow them, and where they end."""
    givers: list[NameSpan] = []
    end = trigger.end
    if not trigger.noun and trigger.voice != "other":
        return givers, end
    for name in sorted(names, key=lambda n: n.start):
        if name.start < end:
            continue
        glue = _DE_GIVER_JOINED if givers else _DE_GIVER_GENITIVE
        if is_place(name) or not glue.fullmatch(text, end, name.start):
            break
        givers.append(name)
        end = name.end
    if givers and _DE_AID_FOR_NEXT.match(text, end):
        return givers, end
    return [], trigger.end


def _de_aided(text: str, names: list[NameSpan], trigger: Trigger) -> NameSpan | None:
    """de: who aid or a loan goes to: "Hilfspaket für X", "Kredit an X", "X erhält einen Kredit", "erhält X einen Kredit"."""
    for name in names:
        if trigger.end < name.start and DE_AID_FOR.fullmatch(text, trigger.end, name.start):
            return name
        if name.end <= trigger.start and DE_RECEIVES.fullmatch(text, name.end, trigger.start):
            return name
        if name.end <= trigger.start and DE_RECEIVED.fullmatch(text, name.end, trigger.start) and _DE_RECEIVE_VERB.search(text, max(0, name.start - 12), name.start):
            return name
    country = _DE_AID_FOR_COUNTRY.match(text, trigger.end)
    if country is not None and country_of(country.group(1)) is not None:
        return NameSpan(country.start(1), country.end(1), country.group(1))  # "für die Ukraine": the article makes it no name
    return None


_DE_RESCUE_VERB = re.compile(r"rett|stütz|unterstütz|förder|leih|lieh|verleih")


def de_rescue(st: RoleState) -> None:
    """de: "die Regierung rettet Velkor": the subject pays, the object is rescued (the loan nouns read the other way)."""
    if _DE_RESCUE_VERB.match(st.text, st.trigger.start) and len(st.parties) == 2:
        swap = {PartyRole.TARGET: PartyRole.INVESTOR, PartyRole.INVESTOR: PartyRole.TARGET}
        st.parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in st.parties]
