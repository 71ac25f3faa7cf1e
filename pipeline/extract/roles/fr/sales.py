"""The buy, sell and merge voices' French cases: a participle's noun before an apposition, a fronted participle,
what is sold, the companies a merger names. Apart from ``after_voice``, which finishes what these voices leave."""

from __future__ import annotations

import re

from pipeline.extract.candidates import Candidate, role_of
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import T, RoleState, after_prep
from pipeline.extract.roles.fr.patterns import FR_APPOSED_PARTICIPLE, FR_PASSIVE_BEFORE, JUST_COMMA
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyRole


def fr_before_apposition(text: str, names: list[NameSpan], subject: NameSpan, trigger: Trigger, s_start: int) -> NameSpan | None:
    """fr: "Ouest-Lorvane, le seul quotidien de la Lorvane, racheté par X": the participle's noun precedes the apposition."""
    head = text[s_start : trigger.start].rstrip()
    if not head.endswith(","):
        return None
    opening = head[:-1].rfind(",")
    if opening < 0 or not re.match(r",\s+(?:le|la|les|l['’]|un|une|qui|dont)\b", head[opening:]):
        return None
    at = s_start + opening
    before = [n for n in names if n.end <= at and not text[n.end : at].strip()]
    return before[-1] if before and before[-1].start != subject.start else None


_FR_SOLD_PARTICIPLE = re.compile(r"(?:cédée?s?|vendue?s?)")

# ... or a possessive deal noun after a preposition: "Depuis son rachat par Velkor en 2015, Norvia a doublé ses ventes"
_FR_OPENING = re.compile(r"[\s«\"“]*")
_FR_OPENING_PREP = re.compile(r"[\s«\"“]*(?:[Dd]epuis|[Aa]près|[Dd]ès|[Aa]vant|[Ll]ors de|[Aa]vec|[Ss]uite à)\s+")
_FR_FRONTED_THEN = re.compile(r"[^,;:.()]{0,60}?,\s+(?:l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]*\s+){0,3}")


def fr_fronted_participle(text: str, names: list[NameSpan], trigger: Trigger, buyer: NameSpan, s_start: int) -> NameSpan | None:
    """fr: "Racheté en 2014 par Velkor, le groupe Norvia emploie 3 000 salariés": a participle opening the sentence
    describes the subject that follows its clause, which is what was bought."""
    possessive = text.startswith(("son ", "sa ", "leur "), trigger.start) and _FR_OPENING_PREP.fullmatch(text, s_start, trigger.start)
    if not _FR_OPENING.fullmatch(text, s_start, trigger.start) and not possessive:
        return None
    return next((n for n in names if n.start > buyer.end and not is_place(n) and _FR_FRONTED_THEN.fullmatch(text, buyer.end, n.start)), None)

_FR_SOLD_RELATIVE = re.compile(r",\s*(?:qu['’]|que\s+)(?:[^,;]{0,40}?\s)?(?:l['’])?(?:a|ont|avait|avaient)\s+(?:\S+\s+)?$")


def fr_sold_subject(st: RoleState) -> None:
    """fr: "la filiale Norvia a été cédée au fonds Velkor", "la radio Norvia, cédée en 2019 au fonds Velkor": the
    name before the participle is what is sold."""
    text, trigger, s_start = st.text, st.trigger, st.s_start
    if st.subject is not None and st.target is None and FR_PASSIVE_BEFORE.search(text, max(s_start, trigger.start - 12), trigger.start):
        st.target, st.subject = role_of(st.subject, PartyRole.TARGET, text), None  # "la filiale Norvia a été cédée au fonds Velkor": what is sold
    if st.target is None and _FR_SOLD_PARTICIPLE.fullmatch(text, trigger.start, trigger.end) and FR_APPOSED_PARTICIPLE.search(text, max(s_start, trigger.start - 4), trigger.start):
        # "la radio Norvia, cédée en 2019 au fonds Velkor": the name before the participle is sold
        sold = next((n for n in reversed(st.in_sentence) if n.end <= trigger.start and JUST_COMMA.fullmatch(text, n.end, trigger.start) and not is_place(n)), None)
        if sold is not None:
            st.target = role_of(sold, PartyRole.TARGET, text)
            st.subject = None if st.subject is not None and st.subject.start == sold.start else st.subject
            if st.subject is None:
                # "la société Norvia, cédée par Velkor à Dastrel": the agent after "par" is the seller
                st.subject = after_prep(text, st.in_sentence, "par", trigger.end, min(st.s_end, trigger.end + 30))
    if st.target is None and st.subject is not None and _FR_SOLD_PARTICIPLE.match(text, trigger.start):
        # "la société Norvia, que Velkor a cédée l'an dernier à Dastrel": the relative's antecedent is what is sold
        relative = _FR_SOLD_RELATIVE.search(text, max(s_start, trigger.start - 50), trigger.start)
        cut = relative.start() if relative is not None and relative.start() < st.subject.start else -1
        sold = next((n for n in reversed(st.in_sentence) if cut >= 0 and n.end <= cut and JUST_COMMA.fullmatch(text, n.end, cut) and not is_place(n)), None)
        if sold is not None:
            st.target = role_of(sold, PartyRole.TARGET, text)


_FR_BORN_OF = re.compile(r"\b(?:née?s?|issue?s?)\b")


def fr_merger_parties(st: RoleState) -> bool:
    """fr: "la fusion de Velkor et de Norvia", "une fusion entre Velkor et Norvia": the two named merge (the first
    absorbs); "Dastrel, né de la fusion de ...": the subject is what the merger made, it is kept as its result.
    False when the merger noun lists no two companies."""
    text, trigger, subject, parties = st.text, st.trigger, st.subject, st.parties
    merging = _fr_merging(text, st.in_sentence, trigger)
    if not merging:
        return False
    parties.extend([role_of(merging[0], PartyRole.BUYER, text), *(role_of(n, PartyRole.TARGET, text) for n in merging[1:])])
    if subject is not None and all(n.start != subject.start for n in merging) and not _FR_BORN_OF.search(text, subject.end, trigger.start):
        parties.insert(0, role_of(subject, PartyRole.BUYER, text))
    return True


_FR_MERGER_OF = re.compile(r"fusion (?:entre|d[eu']|des)")

_FR_MERGED_LEAD = re.compile(r"\s*(?:l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]* ){0,2}?(?:[A-ZÀ-Ý][a-zà-ÿ]+ )?")

_FR_MERGED_GLUE = re.compile(r"\s*,?\s*(?:et|,)\s+(?:de l['’]|de la |du |des |de |d['’]|l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]* ){0,2}?(?:[A-ZÀ-Ý][a-zà-ÿ]+ )?")


def _fr_merging(text: str, names: list[NameSpan], trigger: Trigger) -> list[NameSpan]:
    """fr: the companies a merger noun lists ("la fusion du suédois Velkor et du britannique Norvia"), when two or more."""
    if not _FR_MERGER_OF.match(text, trigger.start):
        return []
    after = [n for n in names if n.start >= trigger.end and not is_place(n)]
    if not after or not _FR_MERGED_LEAD.fullmatch(text, trigger.end, after[0].start):
        return []
    merging = [after[0]]
    for name in after[1:]:
        if not _FR_MERGED_GLUE.fullmatch(text, merging[-1].end, name.start):
            break
        merging.append(name)
    return merging if len(merging) >= 2 else []


# fr: the other side of talks named before the deal noun or verb: "est en négociations exclusives avec Norvia pour la
# cession de Dastrel", "négocie avec le fonds Norvia la vente de", "en discussions avec Norvia en vue de lui céder"
_FR_TALKS_WITH = re.compile(
    r"\b(?:négociations?|discussions?|pourparlers|négoci\w+|discut\w+)(?:\s+(?:exclusives?|avancées?))?\s+avec\s+"
    r"(?:l['’]|la\s+|le\s+|les\s+)?(?:(?:fonds|groupe|société|banque|holding|constructeur|investisseur)\s+(?:[a-zà-ÿ-]+\s+)?)?$"
)


def fr_buyer_in_talks(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """fr: "Velkor est en négociations exclusives avec Norvia pour la cession de Dastrel": a sale whose buyer is not
    named at the trigger is being negotiated with the company named after "avec", the buyer.
    Public: ``deals.extract`` calls it on each French candidate once its roles are assigned."""
    trigger = cand.trigger
    if trigger.deal_type is not T.DIVESTITURE or any(p.role is PartyRole.BUYER for p in cand.parties):
        return
    if not any(p.role is PartyRole.SELLER for p in cand.parties):
        return
    s_start = cand.sentence[0]
    known = {p.start for p in cand.parties}
    for name in names:
        if name.start < s_start or name.end > trigger.start or name.start in known or is_place(name):
            continue
        if any(name.end <= p.start < trigger.start for p in cand.parties):
            continue  # "Velkor discute avec Lorvane, tandis que Tessmar a cédé Norvia": the seller's clause is another one
        if _FR_TALKS_WITH.search(text, max(s_start, name.start - 80), name.start) and len(text[name.end : trigger.start]) <= 60:
            cand.parties.append(role_of(name, PartyRole.BUYER, text))
            return
