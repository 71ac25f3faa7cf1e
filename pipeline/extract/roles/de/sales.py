"""German cases of the buy, sell and merge voices: a company passing to another, passives of sale, new owners and
nationalisations, the buyer after "Verkauf an", and the two sides a merger lists."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import role_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import NameSpan, is_place, mentions
from pipeline.extract.roles.common import T, RoleState, after_prep
from pipeline.extract.roles.de.bystanders import de_person
from pipeline.extract.roles.de.patterns import (
    DE_AID_FOR,
    DE_GENERIC_ORG,
    DE_PASSIVE_AUX,
    DE_SALE_TO,
    DE_STAKE_IN,
    DE_TO_BEFORE,
)
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyRole


_DE_PASSIVE_AUX_AFTER = re.compile(r"\s+(?:werden|worden|wird|wurde)\b")

# a subordinate clause opening before the subject: its finite verb (the passive's auxiliary) comes last
_DE_SUBORDINATE_BEFORE = re.compile(r"\b(?:dass|ob|weil|nachdem|falls|sofern|wenn)\s+[^,;:]*$")
_DE_VERB_LAST_GAP = re.compile(r"\s+(?:(?:nun|jetzt|nicht|doch|auch|noch|bald|vollständig|komplett|ganz|ebenfalls)\s+)*")
_CLAUSE_PUNCT_DE = re.compile(r"[,:;–]")

_DE_CLAUSE_OPENING = re.compile(r"\s*(?:(?:Die|Der|Das|die|der|das)\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")

_DE_RIGHT_BEFORE = re.compile(r"\s+(?:(?:nun|jetzt|damit|also|künftig|schließlich|nach \S+)\s+)?")


_DE_UNIT_SUBJECT = re.compile(r"\s*(?:Die|Das|Der)\s+(?:[a-zäöüß]+\s+)?(?:Sparte|Tochter\w*|Geschäft\w*|Bereich|Einheit|Firma|Gesellschaft)\s+")


def de_passes_to(st: RoleState) -> None:
    """de: "Die Norvia GmbH geht an die Velkor AG": the name right before the verb passes to the one after "an"
    (it is bought by it), when it opens its clause (not "der Erlös der Velkor geht an X")."""
    text, trigger, subject, s_start = st.text, st.trigger, st.subject, st.s_start
    buyer = next((n for n in st.in_sentence if n.start >= trigger.end and not is_place(n)), None)
    opening = max([s_start] + [m.end() for m in _CLAUSE_PUNCT_DE.finditer(text, s_start, subject.start)]) if subject is not None else s_start
    if (
        subject is not None and buyer is not None and _DE_RIGHT_BEFORE.fullmatch(text, subject.end, trigger.start)
        and _DE_CLAUSE_OPENING.fullmatch(text, opening, subject.start)  # not "der Erlös der Velkor geht an X"
    ):
        st.parties.extend([role_of(subject, PartyRole.TARGET, text), role_of(buyer, PartyRole.BUYER, text)])
    elif subject is None and buyer is not None and _DE_UNIT_SUBJECT.fullmatch(text, s_start, trigger.start):
        # "Die Sparte geht an den Finanzinvestor Dastrel": a unit named before (followups.de_buyer_for_last_sale) passes to it
        st.parties.append(role_of(buyer, PartyRole.BUYER, text))


def de_noun_passive_target(text: str, names: list[NameSpan], buyer: NameSpan, lead: NameSpan | None) -> NameSpan | None:
    """de: "Seit der Übernahme durch Velkor wächst Norvia": with no name before the noun, the company the
    sentence goes on to name (else the article's company) is what was bought."""
    after = next((n for n in names if n.start >= buyer.end and not is_place(n) and not de_person(text, n)), None)
    if after is not None:
        return after
    if lead is not None and normalize(lead.text) != normalize(buyer.text) and not is_place(lead):
        return lead
    return None


def de_genitive_owner(text: str, names: list[NameSpan], trigger: Trigger) -> NameSpan | None:
    """de: "Velkors Übernahme von Norvia": the name in the genitive right before the deal noun makes it."""
    for name in names:
        if name.end == trigger.start - 1 and text[name.end] == " " and name.text.endswith("s") and len(name.text) > 3:
            base = name.text[:-1].rstrip("'’")
            if mentions(text, base) > 0:
                return NameSpan(name.start, name.start + len(base), base)
    return None


_DE_PARTICIPLE_NATIONALISED = re.compile(r"(?:not)?verstaatlicht")


# "Der Staat beteiligt sich an Velkor", "Das Land hat sich an Norvia beteiligt", "Der Staat steigt bei Velkor ein": the
# state as a common noun takes the stake (the verb's frame: a stake taken, not bought)
_DE_STAKE_VERB = re.compile(r"(?:sich\s+(?:\S+\s+){0,6}?beteiligt|beteilig\w*\s+sich|(?:steigt|stieg|stiegen|steigen)\s)")
_DE_STATE_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd]er|[Dd]as)\s+(?:[a-zäöüß]+e\s+)?(Staat|Land)\s+(?:(?:hat|hatte|will|wollte|soll|sollte|wird|möchte|könnte|dürfte)\s+)?"
    r"(?:(?:nun|jetzt|auch|erneut|ebenfalls|bereits|zudem|nochmals)\s+)?$"
)
_DE_STATE_AFTER_SICH = re.compile(r"\s+(?:der|das)\s+(?:[a-zäöüß]+e\s+)?(Staat|Land)(?![\w-])")


def _de_state_subject(st: RoleState) -> NameSpan | None:
    """de: "Der Staat beteiligt sich an Velkor", "Nun beteiligt sich der Staat an Velkor": the state named by its common
    noun, no name, is who takes the stake ("Staat" as the party: an earlier named country takes it over in ``coref``)."""
    text, trigger = st.text, st.trigger
    if not _DE_STAKE_VERB.match(text, trigger.start, trigger.end):
        return None
    state = _DE_STATE_BEFORE.search(text, max(st.s_start, trigger.start - 60), trigger.start)
    if state is None and text.endswith("sich", trigger.start, trigger.end):
        state = _DE_STATE_AFTER_SICH.match(text, trigger.end)
    return NameSpan(state.start(1), state.end(1), state.group(1)) if state is not None else None


def de_new_owner_or_nationalised(st: RoleState) -> None:
    """de: "Velkor wurde notverstaatlicht": the subject is bought (by the state); "Der Staat beteiligt sich an Velkor":
    the state takes the stake; "neuer Eigentümer" names a purchase only with the new owner beside it."""
    text, trigger, subject = st.text, st.trigger, st.subject
    if subject is None and st.target is not None:
        st.subject = subject = _de_state_subject(st)
    if (
        subject is not None and st.target is None and _DE_PARTICIPLE_NATIONALISED.fullmatch(text, trigger.start, trigger.end)
        and (DE_PASSIVE_AUX.search(text, subject.end, trigger.start) or _DE_PASSIVE_AUX_AFTER.match(text, trigger.end))
    ):
        st.target, st.subject = role_of(subject, PartyRole.TARGET, text), None  # "Velkor wurde notverstaatlicht": the state buys it
    if text.startswith("neue", trigger.start):
        # "neuer Eigentümer" names a purchase only with the new owner beside it
        owned = _de_new_owner(text, st.in_sentence, trigger, st.s_start, st.lead)
        st.subject, st.target = (owned[0], role_of(owned[1], PartyRole.TARGET, text) if owned[1] is not None else None) if owned else (None, None)


_DE_APPOSED_OWNER = re.compile(r"(?:\s*,\s*(?:der|die|das|den)\s+(?:[a-zäöüß][\w-]*\s+)?|\s+)(?:[A-ZÄÖÜ][\w-]*\s+)?")

_DE_COPULA_BEFORE = re.compile(r"\s+(?:ist|wird|war|wurde|sei|werde)\s+(?:(?:nun|jetzt|damit|der|die|das)\s+)*")

_DE_GENITIVE_OWNED = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&-]+)s\s+$")

# "Die Velkor AG, (seit Mai) neuer Eigentümer der Norvia": the owner before an apposition
_DE_APPOSED_BEFORE = re.compile(r"\s*,\s*(?:(?:seit|ab|im)\s+\S+\s+|(?:nun|jetzt|inzwischen|künftig)\s+)?(?:der\s+)?")
# "..., die Velkor AG": a name apposed after a comma and its article
_DE_APPOSED_NAME = re.compile(r"\s*,\s*(?:der|die|das)\s+(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")
_DE_OWNED_AFTER = re.compile(r"\s+(?:von|der|des|bei|beim)\s+(?:[a-zäöüß][\w-]*\s+)?")


def _de_new_owner(text: str, names: list[NameSpan], trigger: Trigger, s_start: int, lead: NameSpan | None) -> tuple[NameSpan, NameSpan | None] | None:
    """de: "Norvias neuer Eigentümer Velkor", "der neue Hauptaktionär, die Velkor-Gruppe", "Velkor ist neuer Eigentümer der
    Norvia": (the new owner, what it owns) — the genitive or the name after "der/von", else the article's company."""
    after = next((n for n in names if n.start >= trigger.end and not is_place(n)), None)
    before = next((n for n in reversed(names) if s_start <= n.start and n.end <= trigger.start and not is_place(n)), None)
    owner = owned = None
    if after is not None and _DE_APPOSED_OWNER.fullmatch(text, trigger.end, after.start):
        owner = after
    elif before is not None and (_DE_COPULA_BEFORE.fullmatch(text, before.end, trigger.start) or _DE_APPOSED_BEFORE.fullmatch(text, before.end, trigger.start)):
        # "Velkor ist neuer Eigentümer der Norvia", "Die Velkor AG, seit Mai neuer Eigentümer der Norvia, ..."
        owner = before
        owned = after if after is not None and _DE_OWNED_AFTER.fullmatch(text, trigger.end, after.start) else None
    elif after is not None and _DE_OWNED_AFTER.fullmatch(text, trigger.end, after.start):
        # "Der neue Eigentümer der Norvia GmbH, die Velkor AG, ...": the owned company, then the owner apposed to the noun
        apposed = next((n for n in names if n.start >= after.end and not is_place(n)), None)
        if apposed is not None and _DE_APPOSED_NAME.fullmatch(text, after.end, apposed.start):
            owner, owned = apposed, after
    if owner is None:
        return None
    genitive = _DE_GENITIVE_OWNED.search(text, max(s_start, trigger.start - 40), trigger.start)
    if owned is None and genitive is not None and mentions(text, genitive.group(1)) >= 1:
        owned = NameSpan(genitive.start(1), genitive.end(1), genitive.group(1))  # "Norvias neuer Eigentümer"
    if owned is None and lead is not None and lead.text != owner.text and not is_place(lead):
        owned = lead  # "Ihr neuer Hauptaktionär, die Velkor-Gruppe": the article's company has the new owner
    return owner, owned


_DE_PARTICIPLE_SOLD = re.compile(r"verkauft|veräußert|abgegeben|abgestoßen|abgespalten|(?:teil)?privatisiert")

_DE_COORDINATED = re.compile(r"\s*(?:,|und|sowie)\s+(?:(?:die|der|das|den)\s+)?")
_DE_AN_ACCUSATIVE = re.compile(r"\ban\s+(?:die|den|das)\s+(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")


_DE_MODAL_BEFORE = re.compile(r"\b(?:soll|sollen|sollte|sollten|muss|müssen|musste|mussten|könnte|könnten|kann|können|dürfte|dürften)\b")


def de_sold_subject(st: RoleState) -> None:
    """de: "seine Tochter an die Dastrel AG verkauft" (the name after "an" buys), "das Unternehmen soll an X verkauft
    werden", "Norvia wird an Velkor verkauft": the passive's subject is what is sold."""
    text, trigger, lead, in_sentence, s_start, s_end = st.text, st.trigger, st.lead, st.in_sentence, st.s_start, st.s_end
    target = st.target
    if (
        target is not None and target.end <= trigger.start
        and _DE_AN_ACCUSATIVE.search(text, max(s_start, target.start - 40), target.start)
        and not DE_STAKE_IN.search(text, max(s_start, target.start - 60), target.start)
    ):
        # "das Unternehmen hat seine Tochter an die Dastrel AG verkauft": the name after "an" before the verb buys
        st.parties.append(dataclasses.replace(target, role=PartyRole.BUYER))
        st.target = None
    subject = st.subject
    if (
        subject is not None and st.target is not None and subject.end <= st.target.start and st.target.end <= trigger.start
        and _DE_COORDINATED.fullmatch(text, subject.end, st.target.start)
        and DE_PASSIVE_AUX.search(text, st.target.end, trigger.start) and _DE_PARTICIPLE_SOLD.fullmatch(text, trigger.start, trigger.end)
    ):
        # "Velkor und Norvia wurden verkauft": the passive's subjects, joined by "und", are both what is sold
        st.parties.append(role_of(subject, PartyRole.TARGET, text))
        st.subject = None
    subject = st.subject
    if (
        st.target is None and subject is not None and lead is not None and subject.start == lead.start and not s_start <= lead.start < s_end
        and (DE_PASSIVE_AUX.search(text, s_start, trigger.start) or _DE_PASSIVE_AUX_AFTER.match(text, trigger.end))
        and _DE_PARTICIPLE_SOLD.fullmatch(text, trigger.start, trigger.end) and DE_GENERIC_ORG.match(text, s_start + len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip()))
    ):
        st.target, st.subject = role_of(subject, PartyRole.TARGET, text), None  # "das Unternehmen soll an X verkauft werden": the company described is sold
    subject = st.subject
    if subject is not None and st.target is None and (
        DE_PASSIVE_AUX.search(text, subject.end, trigger.start)
        or text.startswith(("privatisiert", "teilprivatisiert"), trigger.start) and _DE_PASSIVE_AUX_AFTER.match(text, trigger.end)
        # "Die Sparte Tessmar soll verkauft werden": a modal before, the passive's auxiliary after the participle
        or _DE_MODAL_BEFORE.search(text, subject.end, trigger.start) and _DE_PASSIVE_AUX_AFTER.match(text, trigger.end)
        # "..., dass seine Beteiligung an Norvia bald verkauft wird": a clause with its verb last, the auxiliary after the participle
        or _DE_PASSIVE_AUX_AFTER.match(text, trigger.end) and _DE_SUBORDINATE_BEFORE.search(text, s_start, subject.start)
        and _DE_VERB_LAST_GAP.fullmatch(text, subject.end, trigger.start) is not None
    ) and _DE_PARTICIPLE_SOLD.fullmatch(text, trigger.start, trigger.end):
        # "Norvia wird an Velkor verkauft": the passive's subject is what is sold
        target = st.target = role_of(subject, PartyRole.TARGET, text)
        st.subject = None
        sold_to = next((n for n in in_sentence if target.end <= n.start and n.end <= trigger.start and DE_TO_BEFORE.search(text, max(s_start, n.start - 16), n.start)), None)
        if sold_to is not None:
            st.parties.append(role_of(sold_to, PartyRole.BUYER, text))  # "Norvia wurde an Velkor verkauft"


_DE_AN_DATIVE = re.compile(r"\ban\s+(?:dem|einem|ihrem|seinem|unserem|deren|dessen)\s+(?:[\w-]+\s+){0,2}$")


def de_sale_buyer(st: RoleState, buyer: NameSpan | None) -> NameSpan | None:
    """de: who buys in a sale: the name after a "Verkauf an" trigger, not one after "an" with the dative (a place),
    and past a stake's "an" (whose company is sold, so it becomes the target)."""
    text, trigger, in_sentence, s_start, s_end = st.text, st.trigger, st.in_sentence, st.s_start, st.s_end
    if buyer is None and DE_SALE_TO.fullmatch(text, trigger.start, trigger.end):
        # "der Verkauf an die Velkor AG": the trigger holds the preposition, the buyer follows it
        buyer = next((n for n in in_sentence if n.start >= trigger.end and DE_AID_FOR.fullmatch(text, trigger.end - 3, n.start)), None)
    if buyer is not None and _DE_AN_DATIVE.search(text, max(s_start, buyer.start - 40), buyer.start):
        buyer = None  # "an ihrem Hauptsitz in X": "an" with the dative says where, not to whom
    if buyer is not None and DE_STAKE_IN.search(text, max(s_start, buyer.start - 60), buyer.start):
        # "verkauft ihre Beteiligung an der Velkor AG an den Investor Norvia": the first "an" names the stake's company
        if all(p.start != buyer.start for p in st.parties):
            st.parties.append(role_of(buyer, PartyRole.TARGET, text))
        buyer = after_prep(text, in_sentence, "an", buyer.end, s_end, st.lang)
    return buyer


# "die Fusion von Velkor und Norvia", "die Fusion der Velkor AG mit der Norvia SE", "die Fusion zwischen X und Y"
_DE_MERGER_OF = re.compile(r"(?:Fusion|Verschmelzung) (?:von|der|des|zwischen)")
_DE_MERGED_LEAD = re.compile(r"\s*(?:(?:der|des|dem|den|die)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?")
_DE_MERGED_GLUE = re.compile(r"\s*(?:und|mit|sowie)\s+(?:(?:der|des|dem|den|die)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?")


# "fusionierten zur Dastrel AG", "fusioniert mit Norvia zum neuen Konzern Dastrel": the company the merger makes
_DE_MERGER_VERB = re.compile(r"fusion(?:ier|ieren|iert|ierte|ierten|ierst)\b")
_DE_MERGED_INTO = re.compile(r"\s+(?:zur|zum|zu\s+(?:einer|einem|der|dem))\s+(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?$")


def de_without_merger_result(st: RoleState) -> None:
    """de: "Velkor und Norvia fusionierten zur Dastrel AG": the company made by the merger is none of its parties, so the
    sentence's names leave it out (it was read as the target)."""
    text, trigger = st.text, st.trigger
    if trigger.deal_type is not T.MERGER or trigger.noun or not _DE_MERGER_VERB.match(text, trigger.start):
        return
    st.in_sentence = [
        n for n in st.in_sentence if not (n.start >= trigger.end and _DE_MERGED_INTO.search(text, max(trigger.end - 1, n.start - 40), n.start))
    ]


def de_merger_parties(st: RoleState) -> bool:
    """de: the two companies a merger noun lists merge, the first named absorbing ("die Fusion von Velkor und Norvia");
    False when the noun lists no two companies."""
    text, trigger = st.text, st.trigger
    if not _DE_MERGER_OF.match(text, trigger.start):
        return False
    noun_end = text.index(" ", trigger.start) + 1
    after = [n for n in st.in_sentence if n.start >= noun_end and not is_place(n)]
    if len(after) < 2 or not _DE_MERGED_LEAD.fullmatch(text, text.index(" ", noun_end), after[0].start):
        return False
    if not _DE_MERGED_GLUE.fullmatch(text, after[0].end, after[1].start):
        return False
    st.parties.extend([role_of(after[0], PartyRole.BUYER, text), role_of(after[1], PartyRole.TARGET, text)])
    return True


# de: "wird von der Velkor AG und der Dastrel AG übernommen": a passive whose agents the passive trigger did not span
_DE_PASSIVE_AUX_THEN_VON = re.compile(r"\b(?:wird|wurde|werden|wurden|ist|sind|war|waren)\s+(?:\S+\s+){0,4}?(?:von|vom|durch)\s+(?:(?:der|dem|den|die)\s+)?")
_DE_PARTICIPLE = re.compile(r"(?:übernommen|gekauft|erworben|akquiriert|geschluckt)\b")
_DE_AGENTS_GLUE = re.compile(r"\s*(?:,|,?\s*und|,?\s*sowie)\s+(?:(?:der|die|das|dem|den)\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?")


def de_passive_agents(st: RoleState) -> None:
    """de: "Die Norvia AG wird von der Velkor AG und der Dastrel AG übernommen": read as a passive, the names after
    "von" buy and the subject before the auxiliary is bought."""
    text, trigger = st.text, st.trigger
    if st.voice != "buy" or trigger.noun or not _DE_PARTICIPLE.fullmatch(text, trigger.start, trigger.end):
        return
    aux = None
    for aux in _DE_PASSIVE_AUX_THEN_VON.finditer(text, st.s_start, trigger.start):
        pass
    if aux is None:
        return
    bought = [n for n in st.in_sentence if st.s_start <= n.start and n.end <= aux.start() and not is_place(n)]
    first = next((n for n in st.in_sentence if n.start == aux.end()), None)
    if len(bought) != 1 or first is None or is_place(first):
        return
    agents = [first]
    for name in st.in_sentence:
        if name.start <= agents[-1].end or name.end > trigger.start:
            continue
        if not _DE_AGENTS_GLUE.fullmatch(text, agents[-1].end, name.start) or is_place(name):
            break
        agents.append(name)
    if not re.fullmatch(r"\s*", text[agents[-1].end : trigger.start]):
        return  # the participle must follow the agents: "von X übernommen"
    st.parties[:] = [role_of(bought[0], PartyRole.TARGET, text), *(role_of(a, PartyRole.BUYER, text) for a in agents)]


# de: "Velkor gründet Dastrel, um ...", "Velkor hat die Dastrel gegründet, um ...": the founder, its verb, the vehicle
_DE_FOUNDS_BEFORE = re.compile(r"\s+(?:gründet|gründete|gründeten|gründen)\s+(?:(?:die|eine|das|den|einen|ein)\s+)?(?:[\w-]+\s+)?$")
_DE_PURPOSE_AFTER = re.compile(r",?\s+um\s")


def de_vehicle_founder(st: RoleState) -> None:
    """de: "Velkor gründet Dastrel, um Norvia zu übernehmen": the vehicle founded to buy buys, and so does its founder,
    named before the founding verb."""
    vehicle = next((p for p in st.parties if p.role is PartyRole.BUYER and st.subject is not None and p.start == st.subject.start), None)
    if vehicle is None or st.voice != "buy" or not _DE_PURPOSE_AFTER.match(st.text, vehicle.end):
        return
    founder = next((n for n in reversed(st.in_sentence) if n.end <= vehicle.start and not is_place(n)), None)
    if founder is None or not _DE_FOUNDS_BEFORE.fullmatch(st.text, founder.end, vehicle.start):
        return
    if all(normalize(p.name) != normalize(founder.text) for p in st.parties):
        st.parties.insert(0, role_of(founder, PartyRole.BUYER, st.text))
