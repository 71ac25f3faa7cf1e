"""German objects: what is bought or sold when the word order puts it before the final verb, inside the verb's
frame, after a stake's "an" or in a compound; the counterpart after "an"/"von" is kept on the way."""

from __future__ import annotations

import re

from pipeline.extract.kinds import normalize
from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.common import RoleState
from pipeline.extract.roles.de.patterns import (
    DE_ACCUSATIVE_BEFORE,
    DE_AND,
    DE_BUYER_NOUN,
    DE_DESCRIBED_SUBJECT_AUX,
    DE_GENERIC_ORG,
    DE_OBJECT_NEXT,
    DE_OWNED_BY_BEFORE,
    DE_SALE_TO,
    DE_STAKE_IN,
    DE_THROUGH_BEFORE,
)
from pipeline.extract.roles.de.subject import DE_AID_PARTICIPLE, de_fronted_object, de_subject_apposition_end
from pipeline.extract.triggers import COMPOUND_DEAL


# ("vom Finanzinvestor Dastrel": "vom" is "von dem", and a noun may describe the seller)
_DE_FROM_BEFORE = re.compile(r"\s+(?:(?:auch|nun|jetzt|bereits)\s+)?(?:von\s+(?:der\s+|dem\s+|den\s+)?|vom\s+)(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?")

# "kaufte die 1996 gegründete Zeitung", "hat den kriselnden Rivalen übernommen": a company bought, named by what it is
_DE_DESCRIBED_OBJECT = re.compile(
    r"\b(?:die|den|das)\s+(?:[\w-]+\s+){0,3}?(?:Zeitung|Firma|Unternehmen|Konzern|Konkurrenten|Rivalen|Wettbewerber|Verlag|Sender|Bank|Kette|"
    r"Marke|Gruppe|Hersteller|Tochter|Tochterfirma|Tochtergesellschaft|Sparte|Start-up|Startup|Traditionsunternehmen|Traditionsfirma)\b"
)

_DE_DESCRIBED_STAKE = re.compile(
    r"\b(?:an|am|bei|beim|in)\s+(?:(?:dem|den|das|der)\s+)?(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?"
    r"(?:[Kk]onzern|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]ank|[Hh]ersteller|[Vv]ersicherer|[Kk]ette|[Gg]esellschaft|Start-up"
    # "hat 80 Millionen Euro in die Zeitung investiert": a paper, publisher or broadcaster described is the article's one too
    r"|[Zz]eitung(?:en)?|[Vv]erlag|[Bb]latt|[Ss]ender|[Ff]luggesellschaft|[Aa]irline|[Rr]eederei|[Ww]erft|[Bb]rauerei)\b"
)

_DE_HELD_BEFORE = re.compile(r"\b(?:an|bei|beim|am)\s+(?:der\s+|dem\s+|den\s+|die\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")


def _one_side(a: NameSpan, b: NameSpan) -> bool:
    """Two names of one side: the one's words all in the other's ("Berg", "Anna Berg"); no one buys from or invests in
    themself, so the article's company read as the object must be another."""
    words_a, words_b = set(normalize(a.text).split()), set(normalize(b.text).split())
    return bool(words_a) and bool(words_b) and (words_a <= words_b or words_b <= words_a)


def de_find_object(st: RoleState) -> None:
    """de: what is bought or sold when German word order puts it before the verb ("X hat Y an Z verkauft"), in the
    verb's frame ("will sich von seiner Tochter X trennen"), after a stake's "an", or in a compound ("Brakel-Übernahme");
    on the way the name after "an"/"von" (the counterpart) and "übernimmt von X die Y" (X sells) are kept."""
    text, trigger, lead, s_start, s_end, in_sentence = st.text, st.trigger, st.lead, st.s_start, st.s_end, st.in_sentence
    subject = st.subject
    if st.obj is None and subject is not None and trigger.voice in ("buy", "sell") and not trigger.noun:
        # "Den Konkurrenten Norvia übernimmt die Velkor AG": the name opening the sentence is the object
        st.obj = next((n for n in in_sentence if n.start < subject.start and n.end <= trigger.start and de_fronted_object(text, n, s_start)), None)
    if (
        st.obj is None and lead is not None and subject is not None and subject.start != lead.start
        and trigger.voice in ("buy", "sell") and not trigger.noun and subject.end <= trigger.start
        and DE_GENERIC_ORG.search(text, s_start, subject.start)
    ):
        # "weil das Unternehmen sich Netlora kaufte": the article's company acts, the name is the object
        st.obj, st.subject = subject, lead
        subject = lead
    if trigger.voice in ("buy", "sell", "invest") and not trigger.noun and _DE_OWN_COMPANY_BEFORE.search(text, max(s_start, trigger.start - 120), trigger.start):
        # "X, Geschäftsführer der Velkor GmbH, sagte, sein Unternehmen habe ...": the speaker's company acts, not the speaker
        employer = next((n for n in in_sentence if n.end <= trigger.start and _DE_EMPLOYED_BY.search(text, max(s_start, n.start - 40), n.start)), None)
        if employer is not None:
            st.subject = subject = employer
    if st.obj is None and trigger.voice == "buy" and not trigger.noun and _DE_SICH_BETEILIGT.fullmatch(text, trigger.start, trigger.end):
        # "habe sich 2012 an Norvia beteiligt": the reflexive verb takes no object, the company after "an" is the stake's
        st.obj = next((n for n in reversed(in_sentence) if trigger.start < n.start and n.end < trigger.end and not is_place(n)), None)
    if st.obj is None and (trigger.voice in ("buy", "sell") or trigger.voice == "other" and DE_AID_PARTICIPLE.fullmatch(text, trigger.start, trigger.end)) and not trigger.noun:
        _de_object_before_verb(st)  # (and "X hatte Y mit 2 Milliarden gestützt": who is helped sits before the participle)
    if (
        st.obj is None and st.target is None and trigger.voice in ("buy", "invest") and not trigger.noun and subject is not None
        and lead is not None and normalize(lead.text) != normalize(subject.text) and not is_place(lead) and not _one_side(lead, subject)
        and not any(
            n.start != subject.start and not is_place(n) and n is not st.de_counterpart
            and not (trigger.voice == "buy" and _DE_FROM_ARTICLE.search(text, max(s_start, n.start - 40), n.start))
            for n in in_sentence
        )
        and (trigger.voice == "buy" and _DE_DESCRIBED_OBJECT.search(text, subject.end, s_end) or _DE_DESCRIBED_STAKE.search(text, subject.end, s_end))
    ):
        # "Dastrel kaufte die traditionsreiche Zeitung", "Der Bund beteiligt sich an dem Konzern": the company described is
        # the one the article is about
        st.obj = lead
    if st.obj is None and st.target is None and trigger.voice in ("buy", "sell") and not trigger.noun:
        inside = [n for n in in_sentence if trigger.start < n.start and n.end < trigger.end and not is_place(n)]
        if inside and (subject is None or inside[-1].start != subject.start):
            st.obj = inside[-1]  # "will sich von seiner Tochter X trennen": the verb's frame holds what is sold
    if st.obj is None and st.target is None and trigger.voice == "buy" and not trigger.noun:
        # "steigt bei X ein", "beteiligt sich an X", "die Mehrheit an X": the company a stake is taken in
        held = next(
            (n for n in in_sentence if n.start >= trigger.start and not is_place(n) and _DE_HELD_BEFORE.search(text, max(s_start, n.start - 40), n.start)),
            None,
        )
        if held is not None and (subject is None or held.start != subject.start):
            st.obj = held
    first = next((n for n in st.right if not is_place(n)), None) if trigger.voice == "buy" and not trigger.noun else None
    if first is not None and (st.obj is None or st.obj.start == first.start) and _DE_FROM_BEFORE.fullmatch(text, trigger.end, first.start):
        later = [n for n in st.right if n.start > first.start and not is_place(n)]
        if later and DE_OBJECT_NEXT.fullmatch(text, first.end, later[0].start):
            st.de_from, st.obj = first, later[0]  # "übernimmt von der Dastrel AG die Norvia GmbH": the first name sells
    compound = COMPOUND_DEAL.match(text, trigger.start, trigger.end) if trigger.noun else None
    if compound is not None:
        st.obj = NameSpan(compound.start(1), compound.end(1), compound.group(1))  # "seit der Brakel-Übernahme"
        if DE_BUYER_NOUN.search(text, trigger.start, trigger.end):
            # "der Norvia-Käufer Velkor": the name right after the buyer noun is the buyer
            st.subject = next((n for n in in_sentence if n.start >= trigger.end and not text[trigger.end : n.start].strip()), st.subject)
    if st.obj is not None and st.obj.start >= trigger.end and trigger.voice == "sell" and DE_SALE_TO.fullmatch(text, trigger.start, trigger.end):
        st.obj = None  # "der Verkauf an Norvia": the name after the trigger buys, it is not sold


# "..., sein Unternehmen habe ", "..., das Unternehmen hat ": the company of the one speaking, named by what it is
_DE_OWN_COMPANY_BEFORE = re.compile(r",\s+(?:sein|ihr|unser|das)\s+(?:Unternehmen|Konzern|Haus)\s+(?:habe|hat|hatte|hätte|sei|wolle|will|werde)\s+[^,;:]*$")
# "Geschäftsführer der ", "Chef des ", "Sprecherin der ": a function held at the company named next
_DE_EMPLOYED_BY = re.compile(r"\b(?:Geschäftsführer|Chef|Vorstandschef|Vorstandsvorsitzende[r]?|Sprecher|Manager|Gründer|Eigentümer)(?:in)?\s+(?:der|des)\s+$")

_DE_SICH_BETEILIGT = re.compile(r"sich\s.*\s(?:an|am|bei|beim)\s.*\sbeteiligt", re.S)

_DE_COUNTERPART = re.compile(r"\b(?:an|von)\s+(?:die|den|der|das|dem)?\s*(?:[\w-]+\s+){0,2}$")

_DE_FROM_ARTICLE = re.compile(r"\bvon\s+(?:der|dem)\s+(?:[\w-]+\s+){0,2}$")

_DE_BUYER_AN = re.compile(r"\ban\s+(?:die|den|das)?\s*(?:[\w-]+\s+){0,2}$")


def _de_object_before_verb(st: RoleState) -> None:
    """de: "X hat Y an Z verkauft", "X hat Y von Z gekauft": the name between subject and verb is the object, the
    name after the preposition the counterpart."""
    text, trigger, s_start, subject = st.text, st.trigger, st.s_start, st.subject
    left = [n for n in st.in_sentence if n.end <= trigger.start and n is not subject and not is_place(n)]
    # "Velkor wolle Norvia über die Tochter Dastrel kaufen": the company it buys through is no object
    left = [n for n in left if not DE_THROUGH_BEFORE.search(text, max(s_start, n.start - 60), n.start)]
    # "Die Norvia GmbH im Besitz der Velkor AG wird verkauft": the owner named after the subject is not what is sold
    left = [n for n in left if subject is None or n.start < subject.end or not DE_OWNED_BY_BEFORE.fullmatch(text, subject.end, n.start)]
    # "Velkor, ein Partner von Norvia, will Dastrel kaufen": a name in the apposition describing the subject is no counterpart
    if subject is not None and (described_to := de_subject_apposition_end(text, subject.end)) is not None:
        left = [n for n in left if not subject.end < n.start < described_to]
    # "X hat Y an Z verkauft", "X hat Y von Z gekauft": the name after the preposition is the counterpart
    counterpart = [n for n in left if _DE_COUNTERPART.search(text, max(s_start, n.start - 40), n.start)]
    # "hat eine Mehrheitsbeteiligung an der Norvia erworben": the name after a stake's "an" is bought, it does not sell
    counterpart = [n for n in counterpart if not DE_STAKE_IN.search(text, max(s_start, n.start - 60), n.start)] if trigger.voice == "buy" else counterpart
    if counterpart and len(left) > len(counterpart):
        left = [n for n in left if n not in counterpart]
        st.de_counterpart = counterpart[-1]
    elif counterpart and subject is not None and _DE_BUYER_AN.search(text, max(s_start, counterpart[-1].start - 40), counterpart[-1].start):
        # "X will die Fertigung an den Rivalen Y verkaufen": no company is named as sold, the buyer still is
        left, st.de_counterpart = [], counterpart[-1]
    elif (
        counterpart and len(left) == len(counterpart) and subject is not None and trigger.voice == "buy"
        and _DE_FROM_ARTICLE.search(text, max(s_start, counterpart[-1].start - 40), counterpart[-1].start)
        and _DE_DESCRIBED_OBJECT.search(text, subject.end, counterpart[-1].start)
    ):
        # "Velkor hat das Unternehmen von der Norvia AG übernommen": the company bought is described, the one it is
        # bought from sells
        left, st.de_counterpart = [], counterpart[-1]
    if left and subject is not None and left[-1].start > subject.start:
        st.obj = left[-1]
        # "X hat die Norvia GmbH und die Tessmar GmbH übernommen": the list's first name is the object, the others join it
        while True:
            before = [n for n in left if n.end <= st.obj.start and n.start > subject.start]
            if not before or not DE_AND.fullmatch(text, before[-1].end, st.obj.start) or before[-1].possessive:
                break
            st.obj = before[-1]
    elif left and subject is None:
        # "Die Investoren hatten den Versender Norvia gekauft": the subject is described, the accusative name is bought
        opening = DE_DESCRIBED_SUBJECT_AUX.match(text, s_start)
        if opening is not None and left[-1].start >= opening.end() and DE_ACCUSATIVE_BEFORE.fullmatch(text, opening.end(), left[-1].start):
            st.obj = left[-1]
