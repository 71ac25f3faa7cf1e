"""The invest and loan voices' French cases: a funding round and its backers ("auprès de", "menée par"), a loan's
lender and beneficiary, a bail-out. Apart because money given reads its sides the other way from money raised."""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import role_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import RoleState, after_prep, coordinated, listed_after, prep_pattern
from pipeline.extract.roles.fr.lists import FR_LIST_AND
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyRole


_FR_BENEFICIARY_PREP = r"(?:à|au|aux|pour|pour aider|pour sauver|pour soutenir|en faveur de|en faveur du|destiné à|destinée à)"


def fr_round_parties(st: RoleState) -> bool:
    """fr: "a souscrit à l'augmentation de capital de Norvia", "a participé au tour de table de Norvia": the company
    whose round it is raises, the subject invests. False when the round is no other company's."""
    subject = st.subject
    if subject is None:
        return False
    raised = _fr_round_of(st.text, st.in_sentence, st.trigger, st.s_end)
    if raised is None or raised.start == subject.start:
        return False
    st.parties.extend([role_of(raised, PartyRole.TARGET, st.text), role_of(subject, PartyRole.INVESTOR, st.text)])
    return True


_FR_ROUND_NOUN = re.compile(r"(?:augmentation de capital|tour de (?:table|financement)|levée de fonds)$")

_FR_OWN_ROUND = re.compile(r"\b(?:son|sa|leur|ses)\s+$")

_FR_ROUND_OF = re.compile(r"\s+(?:(?:\S+\s+){0,6}?(?:pour|de|d['’]|du|de la|de l['’]))\s*(?:(?:la |le |l['’])?(?:start-up|startup|jeune pousse|société|entreprise|biotech|groupe)\s+)?")


def _fr_round_of(text: str, names: list[NameSpan], trigger: Trigger, end: int) -> NameSpan | None:
    """fr: the company whose round the trigger noun names ("l'augmentation de capital de Norvia", "une levée de fonds pour Norvia")."""
    if not _FR_ROUND_NOUN.search(text, trigger.start, trigger.end) or _FR_OWN_ROUND.search(text, max(0, trigger.start - 8), trigger.start):
        return None  # "Norvia ouvre sa levée de fonds au fonds Velkor": the round is the subject's own
    return next(
        (
            n for n in names
            if trigger.end < n.start < min(end, trigger.end + 80) and not is_place(n) and _FR_ROUND_OF.fullmatch(text, trigger.end, n.start)
            and not _FR_BACKER_BEFORE.search(text, max(trigger.end, n.start - 40), n.start)  # "un tour de table auprès de Velkor": Velkor backs it
            and not _FR_JOINS_ROUND.search(text, max(trigger.end, n.start - 60), n.start)  # "..., avec la participation de Dastrel": Dastrel backs it
        ),
        None,
    )


_FR_BACKER_BEFORE = re.compile(r"\b(?:auprès|menée?s?|emmenée?s?|conduite?s?|part)\s+(?:\S+\s+){0,3}?$")


# "auprès du fonds Velkor et de Dastrel": the backers listed after the first one
_FR_BACKER_GLUE = re.compile(r"\s*(?:,|,?\s*(?:et|ainsi que))\s+(?:de |d['’]|du |des |de la |de l['’])?(?:(?:la |le |l['’])?(?:fonds|groupe|société|banque|holding|investisseurs?)\s+(?:\S+\s+)?)?")


# fr: who the money received comes from: "du fonds Velkor", "de la banque publique Norvia", "du gouvernement lorvanien"
_FR_FUNDS_RECEIVED = re.compile(r"(?:reçu|reçoit|recevra|obten|obtien|décroch)")

_FR_GIVER_PREP = r"(?:du|de la|de l'|des)(?=\s+(?:fonds|banque|groupe|société|investisseur|investisseurs|Etat|État|gouvernement|ministère|holding)\b)"

_FR_BACKER_PREP = r"(?:capital à|capital au|capital aux|auprès de|auprès d'|auprès du|auprès des|(?:menée?s?|emmenée?s?|conduite?s?|apportée?s?|financée?s?|souscrite?s?) par|de la part de|de la part d')"


def fr_round_backers(st: RoleState, subject: NameSpan) -> None:
    """fr: "Norvia a levé 20 millions auprès de Velkor et Dastrel", "une levée menée par Velkor", "a reçu 40 millions
    du fonds Velkor": who puts the money in (and the names joined to it) invests."""
    text, trigger, in_sentence, parties, s_end = st.text, st.trigger, st.in_sentence, st.parties, st.s_end
    backer = after_prep(text, in_sentence, _FR_BACKER_PREP, trigger.start, s_end)
    if backer is None and _FR_FUNDS_RECEIVED.match(text, trigger.start):
        backer = after_prep(text, in_sentence, _FR_GIVER_PREP, trigger.end, s_end)  # "a reçu 40 millions du fonds Velkor"
    if backer is None:
        # "auprès de ses actionnaires historiques, Velkor et Dastrel": the backers named in an apposition to a noun
        backer = next((n for n in in_sentence if n.start > trigger.start and not is_place(n) and _FR_BACKERS_APPOSED.search(text, max(trigger.start, n.start - 70), n.start)), None)
    if backer is not None and backer.start != subject.start:
        investor = role_of(backer, PartyRole.INVESTOR, text)
        # "La start-up a bouclé son tour de table, mené par Velkor": a noun read as the article's company that is the
        # named backer raises nothing; the round's own company is untold
        parties[:] = [p for p in parties if not (p.role is PartyRole.TARGET and p.start == subject.start and normalize(p.name) == normalize(investor.name))]
        parties.append(investor)
        joined = coordinated(text, in_sentence, backer.end) or _fr_backers_listed(text, in_sentence, backer)  # "auprès de Velkor et de Dastrel"
        parties.extend(role_of(extra, PartyRole.INVESTOR, text) for extra in joined)
    if backer is not None:
        fr_joined_backers(st)


# "auprès de ses actionnaires historiques, Velkor": a determiner, nouns, a comma, then the backer
_FR_BACKERS_APPOSED = re.compile(r"\bauprès\s+(?:de\s+|d['’]|des\s+)(?:ses|leurs|ces|plusieurs|(?<=des )|(?<=de )(?:ses|leurs|plusieurs))\s*(?:[a-zà-ÿ][\w'’-]*\s+){0,4}?[a-zà-ÿ][\w'’-]*\s*(?:\([^()]{0,40}\)\s*)?,\s+(?:(?:le|la|l['’]|les)\s*(?:fonds\s+|groupe\s+|banque\s+)?)?$")

# "avec la participation de Dastrel", "aux côtés de Dastrel", "auquel ont participé Dastrel et Tarvo", "rejoint par
# Dastrel": who joins the round's lead backer invests too
_FR_JOINS_ROUND = re.compile(
    r"\b(?:avec la participation (?:de la |de l['’]|du |des |de |d['’])|aux côtés (?:de la |de l['’]|du |des |de |d['’])|"
    r"auxquel(?:le)?s? (?:ont |a |avaient |avait )?(?:également |aussi )?particip\w+|auquel(?:le)? (?:ont |a |avaient |avait )?(?:également |aussi )?particip\w+|"
    r"rejointe?s? par|accompagnée?s? par)\s*(?:(?:la |le |l['’]|les )?(?:fonds|groupe|société|banque|holding|investisseurs?|business angels?)\s+(?:\S+\s+)?)?$"
)
_FR_ROUND_CLAUSE_END = re.compile(r"[;:()]|\.\s|,\s*(?:et|mais|puis|alors que|tandis que)\s+(?!(?:de |d['’]|du |des |avec |aux côtés))")


def fr_joined_backers(st: RoleState) -> None:
    """fr: "Velkor lève 20 millions auprès de Norvia, avec la participation de Dastrel et Tarvo": who joins invests."""
    text, trigger, in_sentence, parties = st.text, st.trigger, st.in_sentence, st.parties
    end = _FR_ROUND_CLAUSE_END.search(text, trigger.end, st.s_end)
    limit = end.start() if end else st.s_end
    taken = {p.start for p in parties}
    for name in in_sentence:
        if name.start <= trigger.end or name.start >= limit or name.start in taken or is_place(name):
            continue
        if _FR_JOINS_ROUND.search(text, max(trigger.end, name.start - 60), name.start):
            for joined in [name, *_fr_backers_listed(text, [n for n in in_sentence if n.start < limit], name)]:
                if joined.start not in taken:
                    taken.add(joined.start)
                    parties.append(role_of(joined, PartyRole.INVESTOR, text))


def _fr_backers_listed(text: str, names: list[NameSpan], first: NameSpan) -> list[NameSpan]:
    """fr: "auprès du fonds Velkor et de Dastrel", "menée par Velkor, Dastrel et Korlim": the other backers of a round."""
    return listed_after(text, names, first, _FR_BACKER_GLUE, conjunction=FR_LIST_AND)


# fr: the verb between a lender and its loan ("a accordé un prêt", "ne débloqueraient pas le prêt")
_FR_GRANTS = re.compile(
    r"\b(?:accord\w*|octroi\w*|octroy\w*|consent\w*|débloqu\w*|valid\w*|vers\w*|apport\w*|propos\w*|offr\w*|prêt\w*|"
    r"garanti\w*|financ\w*|inject\w*|approuv\w*|avanc\w*|allou\w*|attribu\w*|dégag\w*)\b"
)

# fr: "a prêté", "prêtera": the lending verb itself, its subject lends (the noun "prêt" is what a borrower gets)
_FR_LEND_VERB = re.compile(r"(?:prêt|accord|octroi|octroy|allou|débloqu)(?:é|ée|és|ées|er|era|eront|erait|eraient|ait|aient|ent|e)\b")


# fr: "Bruxelles a autorisé une aide d'Etat en faveur de Velkor": the Commission clears a state's aid, it grants nothing
_FR_EU_APPROVER = re.compile(r"(?:l['’]|la\s+)?(?:Commission(?: européenne)?|Bruxelles|UE|Union européenne)$")
_FR_APPROVES = re.compile(r"\s+(?:a|ont|avait|va|vient d['’]|aurait)?\s*(?:\w+\s+)?(?:autoris\w*|approuv\w*|valid\w*|donné son feu vert à|feu vert à)\s+(?:\S+\s+){0,2}$")


def fr_cleared_aid_parties(st: RoleState) -> bool:
    """fr: "Bruxelles a autorisé une aide de 300 millions d'euros en faveur de Velkor": the Commission that clears an
    aid is no side of it; whom the aid is for receives it, a country named after it grants it. False otherwise."""
    text, trigger, subject = st.text, st.trigger, st.subject
    if subject is None or not _FR_EU_APPROVER.fullmatch(text[subject.start : subject.end]) or not _FR_APPROVES.fullmatch(text, subject.end, trigger.start):
        return False
    st.subject = None
    beneficiary = fr_beneficiary(text, st.in_sentence, trigger.end, st.s_end)
    if beneficiary is not None:
        st.parties.append(role_of(beneficiary, PartyRole.TARGET, text))
    granting = next((n for n in st.in_sentence if trigger.end <= n.start < st.s_end and is_place(n) and n is not beneficiary), None)
    if granting is not None and (beneficiary is None or granting.start != beneficiary.start):
        st.parties.append(role_of(granting, PartyRole.INVESTOR, text))
    return True


def fr_grant_parties(st: RoleState) -> bool:
    """fr: "le gouvernement a validé un prêt de 2 milliards pour aider le constructeur": who grants lends, whom it is
    for receives. False when the subject grants nothing."""
    text, trigger, subject = st.text, st.trigger, st.subject
    if subject is None or not (_FR_GRANTS.search(text, subject.end, trigger.start) or _FR_LEND_VERB.match(text, trigger.start)):
        return False
    st.parties.append(role_of(subject, PartyRole.INVESTOR, text))
    beneficiary = fr_beneficiary(text, st.in_sentence, trigger.end, st.s_end)
    if beneficiary is not None and beneficiary.start != subject.start:
        st.parties.append(role_of(beneficiary, PartyRole.TARGET, text))
    return True


def fr_beneficiary(text: str, names: list[NameSpan], start: int, end: int) -> NameSpan | None:
    """fr: whom a loan is for: "pour aider le constructeur", "promis au groupe", "un prêt de 8 milliards à la Grèce"."""
    return after_prep(text, names, _FR_BENEFICIARY_PREP, start, end) or _fr_state_after(text, names, start, end)


def _fr_state_after(text: str, names: list[NameSpan], start: int, end: int) -> NameSpan | None:
    """fr: "un prêt de 8 milliards à la Grèce": a country right after the loan's preposition borrows (a state is a party)."""
    for match in prep_pattern(_FR_BENEFICIARY_PREP).finditer(text, start, end):
        placed = next((n for n in names if n.start == match.end()), None)
        if placed is not None and is_place(placed):
            return placed
    return None


_FR_BAIL_OUT_VERB = re.compile(r"renflou(?!ement)\w*")


# "Velkor sera renfloué par l'Etat": the passive reads like the loan nouns, the subject is bailed out
_FR_PASSIVE_AUX = re.compile(r"\b(?:été|sera|seront|serait|seraient|est|sont|être|était|étaient)\s+$")


def fr_bail_out(st: RoleState) -> None:
    """fr: "X renfloue Y": the subject pays, the object is bailed out (the loan nouns read the other way)."""
    if _FR_BAIL_OUT_VERB.match(st.text, st.trigger.start) and not _FR_PASSIVE_AUX.search(st.text, max(0, st.trigger.start - 12), st.trigger.start):
        swap = {PartyRole.TARGET: PartyRole.INVESTOR, PartyRole.INVESTOR: PartyRole.TARGET}
        st.parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in st.parties]
