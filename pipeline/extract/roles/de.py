"""German role rules: word order, "an"/"von" counterparts, passives, role nouns ("Käufer ist X"), loans and aid.

German puts the object before a final verb ("X hat Y an Z verkauft") and the subject after a fronted adverb
("Im Vorjahr übernahm X die Y"), so who acts and what is bought need rules of their own. The steps in
``clause`` and ``voices`` call these when the article is German; the follow-ups reuse a few patterns published
here (a company named by description, what may stand between a cue and a name). ``deals`` calls ``de_person`` (a
person's title), the bystander checks (``de_no_side``), the lone-party checks at the end (aid received, sales and
purchases in the infinitive) and ``de_one_per_target``.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Candidate, Role, role_of, trigger_text
from pipeline.extract.geo import country_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import DE_PERSON_BEFORE, NameSpan, is_place, mentions, namelike
from pipeline.extract.roles.common import T, RoleState, after_prep, coordinated, introduced_by_office
from pipeline.extract.targets import whole_words
from pipeline.extract.triggers import COMPOUND_DEAL, Trigger
from pipeline.models import PartyKind, PartyRole


# --- patterns several rules or modules share -----------------------------------------------------------------------

# "Das Geldhaus hatte ...", "Der Autobauer will ...": a German article names its company again by what it is
DE_GENERIC_ORG = re.compile(
    r"\b(?:[Dd]as|[Dd]er|[Dd]ie) (?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Kk]onzern|[Hh]aus|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]auer|"
    r"[Hh]ersteller|[Ii]nstitut|[Bb]ank|[Vv]ersicherer|[Rr]iese|[Ss]ender|[Vv]erlag|[Kk]ette|[Ff]onds)\b"
)

DE_COUNTRY_AUX = re.compile(r"\s+(?:hat|hatte|will|wollte|soll|plant|muss)\s")

DE_SOUGHT = re.compile(r"\s+(?:die|den|das|seine[nms]?|ihre[nms]?|sein|ihr)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\wäöüß-]+)")

DE_GENITIVE_BEFORE = re.compile(r"\b(?:des|eines)\s+(?:[A-ZÄÖÜ][\w-]*(?:s|en)\s+)?$")

DE_RECEIVED = re.compile(r"\s+(?:\S+\s+){0,2}?(?:einen|eine|ein|weitere|neue)\s+(?:\S+\s+)?")

DE_RECEIVES = re.compile(r"\s+(?:erhält|erhielt|bekommt|bekam)\s+(?:\S+\s+){0,2}?(?:einen|eine|ein|weitere|neue)\s+(?:\S+\s+)?")

_DE_SALE_TO = re.compile(r"Verkaufs?\s+an")

_DE_PASSIVE_AUX = re.compile(r"\b(?:wird|werden|wurde|wurden|ist|sind|war|waren)\b")

_DE_PASSIVE_AUX_AFTER = re.compile(r"\s+(?:werden|worden|wird|wurde)\b")

# ("beliefert den Autobauer Norvia", "übernimmt von der Dastrel AG deren Tochter Norvia": the object named by what it is)
_DE_OBJECT_NEXT = re.compile(
    r"\s+(?:(?:auch|nun|künftig|bereits|seit \S+)\s+)?(?:(?:die|den|das|deren|dessen)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?)?"
)

_DE_STAKE_IN = re.compile(r"\b\w*(?:[Aa]nteile?n?|[Bb]eteiligung(?:en)?|[Aa]ktienpaket|Aktien|Prozent|Mehrheit|Stimmrechte)\s+(?:an|am)\s+(?:der\s+|dem\s+|den\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")

_DE_TO_BEFORE = re.compile(r"\ban\s+(?:die\s+|den\s+|das\s+|der\s+|dem\s+)?(?:[a-zäöüß][\w-]*\s+)?$")

DE_AID_FOR = re.compile(r"\s+(?:für|an)\s+(?:die\s+|den\s+|das\s+|dem\s+)?")

DE_PRICE_FIRST = re.compile(r"\s+(?:rund |knapp |etwa |mehr als |bis zu )?[\d.,]+ (?:Millionen|Milliarden|Mio\.|Mrd\.) (?:Euro|Dollar|US-Dollar|Franken|Pfund)")

DE_NAMED_GAP = re.compile(r"\s+(?:(?:der|die|das|den|dem|laut\s+\S+|nun|jetzt|offenbar|demnach|wohl|schließlich|letztlich|erneut)\s+)*(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")

# (an interview's "unsere Akquisition von Norvia": the company interviewed, which the article keeps naming)
DE_POSSESSIVE_DEAL = re.compile(
    r"\b(?:[Ss]eine|[Ii]hre|[Uu]nsere)r?\s+(?:\S+\s+)?(?:Investition|Investment|Übernahme|Beteiligung|Einstieg|Akquisition)\b"
    r"|\b(?:[Ss]einen|[Ii]hren|[Uu]nseren|[Ss]einem|[Ii]hrem|[Uu]nserem)\s+(?:\S+\s+)?(?:Kauf|Zukauf|Erwerb|Einstieg)\b"
)


# --- who acts: the subject -----------------------------------------------------------------------------------------

_DE_VON_BEFORE = re.compile(r"\b(?:vom|von\s+der|von\s+dem|von)\s+$")

_DE_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]+(?:te|ten|tes|ter|tem|ene|enen|enes|ener|enem)\s+[A-ZÄÖÜ]")


# "erhält von der Stadt Norvia", "bekam vom Land": the name after it gives what the subject receives
# ("hat von Norvia einen Auftrag erhalten": the perfect's auxiliary stands where the verb would; what is had from
# someone is received from them, whatever the participle)
DE_RECEIVED_FROM = re.compile(
    r"\b(?:erhält|erhielt|erhalten|bekommt|bekam|bekommen|hat|haben|hatte|hatten)\s+(?:\S+\s+){0,3}?(?:von|vom)\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß]+\s+)?$"
)


def de_place_genitive(name: NameSpan) -> bool:
    """de: "Lorvaniens größte Bank": a country's genitive describes the noun after it and takes no side in a deal."""
    return name.text.endswith("s") and country_of(" ".join(name.text[:-1].split())) is not None


def de_attributive_agent(text: str, name: NameSpan) -> bool:
    """de: "der vom Verband Velkor unterstützte Kläger": the agent of an attributive participle takes no side."""
    return _DE_VON_BEFORE.search(text, max(0, name.start - 12), name.start) is not None and _DE_ATTRIBUTIVE_AFTER.match(text, name.end) is not None


def de_subject_candidates(text: str, candidates: list[NameSpan], sentence: tuple[int, int]) -> list[NameSpan]:
    """de: the names before the verb that may be its subject: no interview's speaker label, no agent of an
    attributive participle, no genitive attribute."""
    candidates = [n for n in candidates if not text.startswith(":", n.end)]  # "Brenner: Wir ...": an interview's speaker label
    # "der vom Verband Velkor unterstützte Kläger": the agent of an attributive participle is not the subject
    candidates = [
        n for n in candidates
        if not (_DE_VON_BEFORE.search(text, max(sentence[0], n.start - 12), n.start) and _DE_ATTRIBUTIVE_AFTER.match(text, n.end))
    ]
    # "Velkor erhält von Norvia einen Auftrag": who gives is no subject
    candidates = [n for n in candidates if not DE_RECEIVED_FROM.search(text, max(sentence[0], n.start - 60), n.start)] or candidates
    # "Die Investoren hatten 2017 den Versender Norvia gekauft": the sentence opens with a described subject, so a name
    # in the accusative after the auxiliary is the object (when a name opens the sentence, it is the subject as before)
    opening = _DE_DESCRIBED_SUBJECT_AUX.match(text, sentence[0])
    if opening is not None:
        candidates = [n for n in candidates if not (n.start >= opening.end() and _DE_ACCUSATIVE_BEFORE.fullmatch(text, opening.end(), n.start))]
    # "Velkor, eine Tochter von Norvia, kauft ...": a name inside the apposition describing the subject is not the subject
    apposition = _DE_SUBJECT_APPOSITION.match(text, candidates[0].end) if len(candidates) >= 2 else None
    if apposition is not None:
        candidates = [n for n in candidates if not candidates[0].end < n.start < apposition.end()]
    # "Der Einspruch des Anbieters Quarnet gegen ...": a genitive attribute is never the subject
    return [n for n in candidates if not DE_GENITIVE_BEFORE.search(text, max(sentence[0], n.start - 40), n.start)] or candidates


# ", eine Tochter von Norvia,", ", ein Unternehmen aus Wien,": an article, a noun and its complement between commas
_DE_SUBJECT_APPOSITION = re.compile(r",\s+(?:ein|eine|der|die|das)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß-]+\s+(?:von|vom|aus|des|der|in|im|mit)\s[^,;:.()]{1,60},\s")


# "Die Investoren hatten", "Der Konzern hat": an article and a common noun open the sentence, the perfect's auxiliary follows
# ("Der 81-Jährige hatte", "Der 60-jährige Gründer hatte": an age opens the noun; "habe"/"hätten" in reported speech)
_DE_DESCRIBED_SUBJECT_AUX = re.compile(
    r"\s*(?:Die|Der|Das)\s+(?:[a-zäöüß0-9][\w-]*\s+)?(?:\d+-)?[A-ZÄÖÜ][a-zäöüß-]+\s+(?:hatte|hatten|hat|haben|habe|hätte|hätten)\s"
)
# what stands between the auxiliary and an accusative name: "die britische Plattform ", "2018 den Konkurrenten "
_DE_ACCUSATIVE_BEFORE = re.compile(r"(?:[^\s,;]+\s+){0,3}?(?:den|die|das|einen|eine|ein)\s+(?:[^\s,;A-ZÄÖÜ][^\s,;]*\s+){0,2}(?:[A-ZÄÖÜ][^\s,;]*\s+)?")


# ", das im Mai ...", ", der damals ...": a relative pronoun that is the clause's subject (a lower-case
# word follows it; ", die Velkor kaufte" has its own subject after the pronoun)
_DE_SUBJECT_RELATIVE = re.compile(r",\s+(?:der|die|das|welche[rs]?)\s+(?=[a-zäöüß])")


# "zu verkaufen", "zu übernehmen": the infinitive with "zu"; the clause it ends opens at a comma right after a name and
# holds a few words and no punctuation ("Lorvaniens größtes Telekomunternehmen Norvia zu verkaufen")
_DE_ZU_AT = re.compile(r"zu\s")
_DE_ZU_CLAUSE = re.compile(r",\s+(?:[^\s,;:.!?()]+\s+){1,7}")


def de_subject_by_word_order(text: str, names: list[NameSpan], candidates: list[NameSpan], trigger: Trigger) -> NameSpan | None:
    """de: the subject a relative pronoun stands for, or the first of two names when the verb ends the clause."""
    if trigger.voice in ("buy", "sell") and not trigger.noun and candidates:
        # "X klagte gegen Y, das im Mai Z gekauft hatte": the relative pronoun stands for Y, who buys
        relative = None
        for relative in _DE_SUBJECT_RELATIVE.finditer(text, candidates[0].end, trigger.start):
            pass
        if relative is not None:
            antecedent = [n for n in candidates if n.end <= relative.start()]
            if antecedent:
                return antecedent[-1]
    if trigger.voice in ("buy", "sell") and not trigger.noun and len(candidates) >= 2 and (
        _DE_ZU_AT.match(text, trigger.start) or text.endswith(" zu ", 0, trigger.start)
    ):
        # "die Absicht der Großbank Velkor, Norvia zu verkaufen": the infinitive's clause opens at the comma after the
        # one who intends it; the name inside the clause is its object
        holder = next((n for n in reversed(candidates[:-1]) if text.startswith(",", n.end)), None)
        if holder is not None and _DE_ZU_CLAUSE.fullmatch(text, holder.end, trigger.start):
            return holder
    if trigger.voice in ("buy", "sell") and not trigger.noun:
        # "X hat Y übernommen": the subject comes first, the object sits in between
        right = [n for n in names if n.start >= trigger.end]
        if not right and len(candidates) >= 2:
            return candidates[0]
    if trigger.voice in ("order", "supply") and text[trigger.start].islower() and len(candidates) >= 2:
        # "X hat Y beauftragt", "X soll der Y 30 Züge liefern": the subject comes first, the object sits in between
        if not any(n.start >= trigger.end for n in names):
            return candidates[0]
    return None


_DE_AFTER_SICH = re.compile(r"\s+(?:die|der|das)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?(?=[A-ZÄÖÜ])")
_DE_SICH_NAME = re.compile(r"sich\s+(?:die\s+|der\s+|das\s+)?(?=[A-ZÄÖÜ])")  # "hatte sich die Velkor AG an Norvia beteiligt": the article too


def de_subject_after_verb(text: str, in_sentence: list[NameSpan], trigger: Trigger, s_start: int) -> NameSpan | None:
    """de: the subject after the finite verb ("Im Vorjahr übernahm Harvo ...") or after a reflexive pronoun."""
    inverted = _de_inverted_subject(text, in_sentence, trigger, s_start)
    if inverted is not None:
        return inverted
    if text.endswith(" sich", trigger.start, trigger.end) and not any(s_start <= n.start and n.end <= trigger.start and not is_place(n) for n in in_sentence):
        # "Im Jahr 2019 beteiligte sich der Finanzinvestor Velkor an Norvia": the subject follows the verb and its "sich"
        after = _DE_AFTER_SICH.match(text, trigger.end)
        if after is not None:
            return next((n for n in in_sentence if n.start == after.end()), None)
    reflexive = _DE_SICH_NAME.match(text, trigger.start)
    if reflexive is not None:
        # "Zuvor hatte sich Velkor mit einem Fünftel an Norvia beteiligt": the subject follows the reflexive pronoun
        return next((n for n in in_sentence if n.start == reflexive.end()), None)
    return None


_DE_FINITE = re.compile(r"(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|verkauft|verkaufte|veräußert|veräußerte|schluckt|schluckte|bestellt|bestellte)")

_DE_BEFORE_SUBJECT = re.compile(
    r"\s+(?:(?:der|die|das|nun|jetzt|auch|bereits|damals|schon)\s+)?(?:[a-zäöüß]+\s+)?"
    # "Im Mai übernahm der Chemiekonzern Velkor den Konkurrenten Norvia": the subject named by what it is
    r"(?:(?<=der\s)(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?\s+)?"
)


# "Im Mai investierte die Velkor AG 20 Millionen Euro in Norvia", "Im Mai stieg die Velkor AG bei Norvia ein": these
# triggers run on to "in" or the particle, over the subject named after the finite verb
_DE_FINITE_OPENING = re.compile(r"(?:investiert(?:e|en)?|steigt|stieg|steigen|stiegen)(?=\s)")


# "Den Konkurrenten ", "Einen Teil von ": only a masculine accusative article is never a subject ("Die Norvia übernimmt die
# Velkor" reads both ways, so it is left alone)
_DE_FRONTED_ACCUSATIVE = re.compile(r"\s*(?:Den|Einen)\s+(?:[A-ZÄÖÜa-zäöüß][a-zäöüß-]+\s+){0,2}")


def de_fronted_object(text: str, name: NameSpan, s_start: int) -> bool:
    """de: "Den Konkurrenten Norvia übernimmt die Velkor AG": the name opening the sentence after a masculine
    accusative article is the verb's object, its subject follows the verb."""
    return name.start > s_start and _DE_FRONTED_ACCUSATIVE.fullmatch(text, s_start, name.start) is not None


_DE_AUX_AFTER_OBJECT = re.compile(r"\s+(?:hat|hatte|haben|hatten|will|wollte|soll|sollte|wird)\s+(?:(?:der|die|das)\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]+\s+)?")


def de_subject_after_fronted_object(text: str, in_sentence: list[NameSpan], fronted: NameSpan, trigger: Trigger) -> NameSpan | None:
    """de: "Den Konkurrenten Norvia hat die Velkor AG übernommen": the subject follows the auxiliary after the object."""
    return next(
        (n for n in in_sentence if fronted.end < n.start and n.end <= trigger.start and _DE_AUX_AFTER_OBJECT.fullmatch(text, fronted.end, n.start)),
        None,
    )


def _de_inverted_subject(text: str, names: list[NameSpan], trigger: Trigger, s_start: int) -> NameSpan | None:
    """de: an adverb or date opens the sentence, the finite verb follows, then its subject, then the object."""
    if trigger.noun:
        return None
    verb_end = trigger.end
    if not _DE_FINITE.fullmatch(text, trigger.start, trigger.end):
        opening = _DE_FINITE_OPENING.match(text, trigger.start, trigger.end)
        if opening is None:
            return None
        verb_end = opening.end()
    before = [n for n in names if n.end <= trigger.start and n.start >= s_start and not is_place(n)]
    # "Den Konkurrenten Norvia übernimmt die Velkor AG": a name in the accusative opening the sentence is the object
    if before and not (len(before) == 1 and de_fronted_object(text, before[0], s_start) and not text[before[0].end:trigger.start].strip()):
        return None
    right = [n for n in names if n.start >= verb_end]
    if len(right) < (1 if before else 2) or is_place(right[0]) or not _DE_BEFORE_SUBJECT.fullmatch(text, verb_end, right[0].start):
        return None
    return right[0]


# --- what is bought or sold: the object ----------------------------------------------------------------------------

_DE_FROM_BEFORE = re.compile(r"\s+(?:(?:auch|nun|jetzt|bereits)\s+)?von\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß][\w-]*\s+)?")

# "kaufte die 1996 gegründete Zeitung", "hat den kriselnden Rivalen übernommen": a company bought, named by what it is
_DE_DESCRIBED_OBJECT = re.compile(
    r"\b(?:die|den|das)\s+(?:[\w-]+\s+){0,3}?(?:Zeitung|Firma|Unternehmen|Konzern|Konkurrenten|Rivalen|Wettbewerber|Verlag|Sender|Bank|Kette|"
    r"Marke|Gruppe|Hersteller|Tochter|Tochterfirma|Tochtergesellschaft|Sparte|Start-up|Startup|Traditionsunternehmen|Traditionsfirma)\b"
)

_DE_DESCRIBED_STAKE = re.compile(
    r"\b(?:an|am|bei|beim|in)\s+(?:(?:dem|den|das|der)\s+)?(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?"
    r"(?:[Kk]onzern|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]ank|[Hh]ersteller|[Vv]ersicherer|[Kk]ette|[Gg]esellschaft|Start-up)\b"
)

_DE_HELD_BEFORE = re.compile(r"\b(?:an|bei|beim|am)\s+(?:der\s+|dem\s+|den\s+|die\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")


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
    if st.obj is None and trigger.voice in ("buy", "sell") and not trigger.noun:
        _de_object_before_verb(st)
    if (
        st.obj is None and st.target is None and trigger.voice in ("buy", "invest") and not trigger.noun and subject is not None
        and lead is not None and normalize(lead.text) != normalize(subject.text) and not is_place(lead)
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
        if later and _DE_OBJECT_NEXT.fullmatch(text, first.end, later[0].start):
            st.de_from, st.obj = first, later[0]  # "übernimmt von der Dastrel AG die Norvia GmbH": the first name sells
    compound = COMPOUND_DEAL.match(text, trigger.start, trigger.end) if trigger.noun else None
    if compound is not None:
        st.obj = NameSpan(compound.start(1), compound.end(1), compound.group(1))  # "seit der Brakel-Übernahme"
        if DE_BUYER_NOUN.search(text, trigger.start, trigger.end):
            # "der Norvia-Käufer Velkor": the name right after the buyer noun is the buyer
            st.subject = next((n for n in in_sentence if n.start >= trigger.end and not text[trigger.end : n.start].strip()), st.subject)
    if st.obj is not None and st.obj.start >= trigger.end and trigger.voice == "sell" and _DE_SALE_TO.fullmatch(text, trigger.start, trigger.end):
        st.obj = None  # "der Verkauf an Norvia": the name after the trigger buys, it is not sold


DE_BUYER_NOUN = re.compile(r"-(?:Käufer|Käuferin|Erwerber|Erwerberin)$")

# "..., sein Unternehmen habe ", "..., das Unternehmen hat ": the company of the one speaking, named by what it is
_DE_OWN_COMPANY_BEFORE = re.compile(r",\s+(?:sein|ihr|unser|das)\s+(?:Unternehmen|Konzern|Haus)\s+(?:habe|hat|hatte|hätte|sei|wolle|will|werde)\s+[^,;:]*$")
# "Geschäftsführer der ", "Chef des ", "Sprecherin der ": a function held at the company named next
_DE_EMPLOYED_BY = re.compile(r"\b(?:Geschäftsführer|Chef|Vorstandschef|Vorstandsvorsitzende[r]?|Sprecher|Manager|Gründer|Eigentümer)(?:in)?\s+(?:der|des)\s+$")

_DE_SICH_BETEILIGT = re.compile(r"sich\s.*\s(?:an|am|bei|beim)\s.*\sbeteiligt", re.S)

_DE_COUNTERPART = re.compile(r"\b(?:an|von)\s+(?:die|den|der|das|dem)?\s*(?:[\w-]+\s+){0,2}$")

_DE_FROM_ARTICLE = re.compile(r"\bvon\s+(?:der|dem)\s+(?:[\w-]+\s+){0,2}$")

_DE_BUYER_AN = re.compile(r"\ban\s+(?:die|den|das)?\s*(?:[\w-]+\s+){0,2}$")


DE_THROUGH_BEFORE = re.compile(r"\büber\s+(?:die|den|das|seine[nm]?|ihre[nm]?)\s+(?:[^\s,;.]+\s+){0,5}$")
# "Mit der Übernahme der Norvia stärkt Velkor ...", "Durch den Zukauf der Norvia wird Velkor ...": a deal noun opening the
# sentence is the means of its main clause's subject, who buys ("Durch die Übernahme", "Nach der Übernahme der Norvia
# meldet Velkor ...", "Seit dem Kauf": the time since, the same subject)
DE_DEAL_NOUN_OPENS = re.compile(r"(?:^|[.!?:]\s+|\n)(?:Mit|Durch|Dank|Nach|Seit)\s+(?:der|dem|den|die|das)\s+$")


def _de_object_before_verb(st: RoleState) -> None:
    """de: "X hat Y an Z verkauft", "X hat Y von Z gekauft": the name between subject and verb is the object, the
    name after the preposition the counterpart."""
    text, trigger, s_start, subject = st.text, st.trigger, st.s_start, st.subject
    left = [n for n in st.in_sentence if n.end <= trigger.start and n is not subject and not is_place(n)]
    # "Velkor wolle Norvia über die Tochter Dastrel kaufen": the company it buys through is no object
    left = [n for n in left if not DE_THROUGH_BEFORE.search(text, max(s_start, n.start - 60), n.start)]
    # "X hat Y an Z verkauft", "X hat Y von Z gekauft": the name after the preposition is the counterpart
    counterpart = [n for n in left if _DE_COUNTERPART.search(text, max(s_start, n.start - 40), n.start)]
    # "hat eine Mehrheitsbeteiligung an der Norvia erworben": the name after a stake's "an" is bought, it does not sell
    counterpart = [n for n in counterpart if not _DE_STAKE_IN.search(text, max(s_start, n.start - 60), n.start)] if trigger.voice == "buy" else counterpart
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
            if not before or not _DE_AND.fullmatch(text, before[-1].end, st.obj.start) or before[-1].possessive:
                break
            st.obj = before[-1]
    elif left and subject is None:
        # "Die Investoren hatten den Versender Norvia gekauft": the subject is described, the accusative name is bought
        opening = _DE_DESCRIBED_SUBJECT_AUX.match(text, s_start)
        if opening is not None and left[-1].start >= opening.end() and _DE_ACCUSATIVE_BEFORE.fullmatch(text, opening.end(), left[-1].start):
            st.obj = left[-1]


# --- role nouns: "Käufer ist X" ------------------------------------------------------------------------------------

# the role of the party named after the trigger, and of the article's company on the other side
_DE_NAMED_ROLES = (
    ("Käufer", (PartyRole.BUYER, PartyRole.SELLER)), ("Erwerber", (PartyRole.BUYER, PartyRole.SELLER)),
    ("Auftraggeber", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)), ("Bauherr", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)), ("Kunde", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)),
    ("Abnehmer", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)), ("Verkauft", (PartyRole.TARGET, PartyRole.SELLER)),
    ("neue", (PartyRole.PARTNER, PartyRole.PARTNER)), ("Partner", (PartyRole.PARTNER, PartyRole.PARTNER)),
    ("Kooperationspartner", (PartyRole.PARTNER, PartyRole.PARTNER)), ("Hersteller", (PartyRole.SUPPLIER, PartyRole.CUSTOMER)),
    ("Lieferant", (PartyRole.SUPPLIER, PartyRole.CUSTOMER)), ("Auftragnehmer", (PartyRole.SUPPLIER, PartyRole.CUSTOMER)),
)

# a contract two sides sign ("Liefervertrag", "Abkommen", "Vereinbarung"), not a job that one side does for the other
_DE_CONTRACT_NOUN = re.compile(r"[Vv]ertrag|[Aa]bkommen|[Vv]ereinbarung")
_DE_AND_GAP = re.compile(r"\s+und\s+(?:(?:die|der|das|den|dem)\s+)?(?:[a-zäöüß]\S*\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?")


def de_contract_other_side(text: str, names: list[NameSpan], trigger: Trigger, party: Role) -> Role | None:
    """de: "Velkor und Norvia haben einen Liefervertrag unterzeichnet": the company joined by "und" to one side of a signed
    contract is the other side. Public: ``roles._finish`` adds it."""
    if party.role not in (PartyRole.SUPPLIER, PartyRole.CUSTOMER) or not _DE_CONTRACT_NOUN.search(text, trigger.start, trigger.end):
        return None
    after = next((n for n in names if n.start >= party.end), None)
    before = next((n for n in reversed(names) if n.end <= party.start), None)
    joined = (
        after if after is not None and after.end <= trigger.start and _DE_AND_GAP.fullmatch(text, party.end, after.start)
        else before if before is not None and _DE_AND_GAP.fullmatch(text, before.end, party.start) else None
    )
    if joined is None or is_place(joined):
        return None
    return role_of(joined, PartyRole.CUSTOMER if party.role is PartyRole.SUPPLIER else PartyRole.SUPPLIER, text)

_DE_NAMED_AFTER_TRIGGER = re.compile(r"Käufer|Erwerber|Auftraggeber|Bauherr|Kunde|Abnehmer|Hersteller (?!der|des|von)|Lieferant (?!der|des|von)|Auftragnehmer|[Dd]en Zuschlag|[Dd]en (?:Groß)?[Aa]uftrag|Verkauft|neue[rn]? (?:Kooperations)?[Pp]artner|Partner|Kooperationspartner")


def de_named_parties(st: RoleState) -> None:
    """de: "Käufer ist X", "Auftraggeber ist X", the inverted winning bid: X and the article's company are the two
    sides, and no voice reads the sentence further."""
    text, trigger = st.text, st.trigger
    named_after = _de_named_after(text, st.in_sentence, trigger, st.lead) if _DE_NAMED_AFTER_TRIGGER.match(text, trigger.start) else None
    if named_after is not None:
        named, other = named_after
        named_role, other_role = next(
            (roles for prefix, roles in _DE_NAMED_ROLES if text.startswith(prefix, trigger.start)), (PartyRole.SUPPLIER, PartyRole.CUSTOMER)
        )
        st.parties.append(role_of(named, named_role, text))
        if other is not None:
            st.parties.append(role_of(other, other_role, text))
        st.voice = "named"


def _de_named_after(text: str, names: list[NameSpan], trigger: Trigger, lead: NameSpan | None) -> tuple[NameSpan, NameSpan | None] | None:
    """de: the party a role noun or an inverted verb names right after it, and the article's company as the other side."""
    # (a name after "laut" is the source quoted, no party)
    named = next((n for n in names if n.start >= trigger.end and not is_place(n) and not text.endswith("laut ", 0, n.start)), None)
    if named is None or not DE_NAMED_GAP.fullmatch(text, trigger.end, named.start):
        return None
    other = lead if lead is not None and normalize(lead.text) != normalize(named.text) and not is_place(lead) else None
    return named, other


# --- the voices' German cases --------------------------------------------------------------------------------------

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


def de_new_owner_or_nationalised(st: RoleState) -> None:
    """de: "Velkor wurde notverstaatlicht": the subject is bought (by the state); "neuer Eigentümer" names a
    purchase only with the new owner beside it."""
    text, trigger, subject = st.text, st.trigger, st.subject
    if (
        subject is not None and st.target is None and _DE_PARTICIPLE_NATIONALISED.fullmatch(text, trigger.start, trigger.end)
        and (_DE_PASSIVE_AUX.search(text, subject.end, trigger.start) or _DE_PASSIVE_AUX_AFTER.match(text, trigger.end))
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
        and not _DE_STAKE_IN.search(text, max(s_start, target.start - 60), target.start)
    ):
        # "das Unternehmen hat seine Tochter an die Dastrel AG verkauft": the name after "an" before the verb buys
        st.parties.append(dataclasses.replace(target, role=PartyRole.BUYER))
        st.target = None
    subject = st.subject
    if (
        subject is not None and st.target is not None and subject.end <= st.target.start and st.target.end <= trigger.start
        and _DE_COORDINATED.fullmatch(text, subject.end, st.target.start)
        and _DE_PASSIVE_AUX.search(text, st.target.end, trigger.start) and _DE_PARTICIPLE_SOLD.fullmatch(text, trigger.start, trigger.end)
    ):
        # "Velkor und Norvia wurden verkauft": the passive's subjects, joined by "und", are both what is sold
        st.parties.append(role_of(subject, PartyRole.TARGET, text))
        st.subject = None
    subject = st.subject
    if (
        st.target is None and subject is not None and lead is not None and subject.start == lead.start and not s_start <= lead.start < s_end
        and (_DE_PASSIVE_AUX.search(text, s_start, trigger.start) or _DE_PASSIVE_AUX_AFTER.match(text, trigger.end))
        and _DE_PARTICIPLE_SOLD.fullmatch(text, trigger.start, trigger.end) and DE_GENERIC_ORG.match(text, s_start + len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip()))
    ):
        st.target, st.subject = role_of(subject, PartyRole.TARGET, text), None  # "das Unternehmen soll an X verkauft werden": the company described is sold
    subject = st.subject
    if subject is not None and st.target is None and (
        _DE_PASSIVE_AUX.search(text, subject.end, trigger.start)
        or text.startswith(("privatisiert", "teilprivatisiert"), trigger.start) and _DE_PASSIVE_AUX_AFTER.match(text, trigger.end)
        # "Die Sparte Tessmar soll verkauft werden": a modal before, the passive's auxiliary after the participle
        or _DE_MODAL_BEFORE.search(text, subject.end, trigger.start) and _DE_PASSIVE_AUX_AFTER.match(text, trigger.end)
    ) and _DE_PARTICIPLE_SOLD.fullmatch(text, trigger.start, trigger.end):
        # "Norvia wird an Velkor verkauft": the passive's subject is what is sold
        target = st.target = role_of(subject, PartyRole.TARGET, text)
        st.subject = None
        sold_to = next((n for n in in_sentence if target.end <= n.start and n.end <= trigger.start and _DE_TO_BEFORE.search(text, max(s_start, n.start - 16), n.start)), None)
        if sold_to is not None:
            st.parties.append(role_of(sold_to, PartyRole.BUYER, text))  # "Norvia wurde an Velkor verkauft"


_DE_AN_DATIVE = re.compile(r"\ban\s+(?:dem|einem|ihrem|seinem|unserem|deren|dessen)\s+(?:[\w-]+\s+){0,2}$")


def de_sale_buyer(st: RoleState, buyer: NameSpan | None) -> NameSpan | None:
    """de: who buys in a sale: the name after a "Verkauf an" trigger, not one after "an" with the dative (a place),
    and past a stake's "an" (whose company is sold, so it becomes the target)."""
    text, trigger, in_sentence, s_start, s_end = st.text, st.trigger, st.in_sentence, st.s_start, st.s_end
    if buyer is None and _DE_SALE_TO.fullmatch(text, trigger.start, trigger.end):
        # "der Verkauf an die Velkor AG": the trigger holds the preposition, the buyer follows it
        buyer = next((n for n in in_sentence if n.start >= trigger.end and DE_AID_FOR.fullmatch(text, trigger.end - 3, n.start)), None)
    if buyer is not None and _DE_AN_DATIVE.search(text, max(s_start, buyer.start - 40), buyer.start):
        buyer = None  # "an ihrem Hauptsitz in X": "an" with the dative says where, not to whom
    if buyer is not None and _DE_STAKE_IN.search(text, max(s_start, buyer.start - 60), buyer.start):
        # "verkauft ihre Beteiligung an der Velkor AG an den Investor Norvia": the first "an" names the stake's company
        if all(p.start != buyer.start for p in st.parties):
            st.parties.append(role_of(buyer, PartyRole.TARGET, text))
        buyer = after_prep(text, in_sentence, "an", buyer.end, s_end, st.lang)
    return buyer


_DE_AWARDS = re.compile(r"\b(?:vergab|vergibt|vergeben|erteilt\w*|vergaben)\s+(?:\S+\s+){0,3}?$")
_DE_AWARDED_LATER = re.compile(r"[^.;]{0,120}?\ban\s[^.;]{0,60}?\bvergeben(?=[\s.,;]|$)")


def de_award_parties(st: RoleState) -> bool:
    """de: "Norvia vergab den Auftrag an Velkor": who awards the contract is the customer, the name after "an"
    supplies. False when the sentence awards nothing."""
    text, trigger, subject, s_start = st.text, st.trigger, st.subject, st.s_start
    if subject is None or not (
        _DE_AWARDS.search(text, max(s_start, trigger.start - 40), trigger.start) or text.startswith(("vergab", "vergibt", "vergeben"), trigger.start)
        or subject.end <= trigger.start and _DE_AWARDED_LATER.match(text, trigger.end)  # "hat den Auftrag ... an Velkor vergeben"
    ):
        return False
    st.parties.append(role_of(subject, PartyRole.CUSTOMER, text))
    awarded = after_prep(text, st.in_sentence, "an", trigger.end, st.s_end)
    if awarded is not None and awarded.start != subject.start:
        st.parties.append(role_of(awarded, PartyRole.SUPPLIER, text))
    return True


# "der Zulieferer Norvia", "dem Batteriehersteller Norvia": a name introduced as a maker
_DE_MAKER_BEFORE = re.compile(r"\b(?:[Zz]ulieferer|[Ll]ieferanten?|[A-ZÄÖÜ]?[a-zäöüß]*[Hh]ersteller|[A-ZÄÖÜ]?[a-zäöüß]*[Pp]roduzenten?)\s+$")


def de_maker_supplies(st: RoleState) -> None:
    """de: "Der Autobauer Velkor hat mit dem Zulieferer Norvia einen Liefervertrag unterzeichnet": when the customer
    read from the word order is introduced as a maker and the supplier is not, the maker supplies."""
    text, parties = st.text, st.parties
    suppliers = [p for p in parties if p.role is PartyRole.SUPPLIER]
    customers = [p for p in parties if p.role is PartyRole.CUSTOMER]
    if len(suppliers) != 1 or len(customers) != 1:
        return
    def maker(p: Role) -> bool:
        return _DE_MAKER_BEFORE.search(text, max(0, p.start - 40), p.start) is not None
    if maker(customers[0]) and not maker(suppliers[0]):
        swapped = {PartyRole.SUPPLIER: PartyRole.CUSTOMER, PartyRole.CUSTOMER: PartyRole.SUPPLIER}
        parties[:] = [dataclasses.replace(p, role=swapped.get(p.role, p.role)) for p in parties]


_DE_EQUIP = re.compile(r"(stattet|stattete|statten|rüstet|rüstete|rüsten|versorgt|versorgte|versorgen)\b|mit\s")


def de_supplied_object(st: RoleState, subject: NameSpan) -> Role | None:
    """de: the object of "beliefern" ("beliefert Norvia mit Chips") or of an equipping verb ("stattet Norvia mit
    Zügen aus", "soll Norvia mit Gas versorgen") is supplied."""
    text, trigger, in_sentence, in_window = st.text, st.trigger, st.in_sentence, st.in_window
    customer = None
    if text.startswith("beliefer", trigger.start) and in_window and _DE_OBJECT_NEXT.fullmatch(text, trigger.end, in_window[0].start):
        customer = role_of(in_window[0], PartyRole.CUSTOMER, text)  # "beliefert Norvia mit Chips": the object is supplied
    equipped = _DE_EQUIP.match(text, trigger.start) if customer is None else None
    if equipped is not None:
        # "stattet Norvia mit Zügen aus": the object after the verb; "soll Norvia mit Gas versorgen": the one before "mit"
        supplied = [n for n in in_sentence if not is_place(n) and n.start != subject.start and (
            trigger.end <= n.start < st.window_end if equipped.group(1) else subject.end <= n.start and n.end <= trigger.start
        )]
        customer = role_of(supplied[0], PartyRole.CUSTOMER, text) if supplied else None
    return customer


_DE_DELIVER_VERB = re.compile(r"liefert|lieferte|liefern|lieferten")

_DE_DATIVE_BEFORE = re.compile(r"\b(?:der|dem|den)\s+(?:[a-zäöüß][\w-]*\s+)?$")


def de_giving_customer(st: RoleState, subject: NameSpan) -> Role | None:
    """de: "Velkor erhält von Norvia einen Großauftrag": who gives the order, named before it, is the customer."""
    giver = next(
        (n for n in st.in_sentence if n.end <= st.trigger.start and n.start != subject.start and not is_place(n)
         and DE_RECEIVED_FROM.search(st.text, max(st.s_start, n.start - 60), n.start)),
        None,
    )
    return role_of(giver, PartyRole.CUSTOMER, st.text) if giver is not None else None


def de_dative_customer(st: RoleState, subject: NameSpan) -> Role | None:
    """de: "Velkor soll der Norvia AG 30 Züge liefern", "soll 40 Züge an die Norvia AG liefern": the receiver,
    either side of the verb, is supplied."""
    text, trigger, in_sentence, s_start = st.text, st.trigger, st.in_sentence, st.s_start
    # "Velkor soll der Norvia AG 30 Züge liefern": the dative object between subject and verb is supplied
    dative = next((n for n in in_sentence if subject.end <= n.start and n.end <= trigger.start and _DE_DATIVE_BEFORE.search(text, max(s_start, n.start - 12), n.start)), None)
    if dative is None and _DE_DELIVER_VERB.fullmatch(text, trigger.start, trigger.end):
        # "Velkor liefert der Norvia AG 200 Busse", "soll 40 Züge an die Norvia AG liefern": the receiver, either side of the verb
        dative = next((n for n in st.in_window if _DE_DATIVE_BEFORE.fullmatch(text, trigger.end + 1, n.start)), None) or next(
            (n for n in in_sentence if subject.end <= n.start and n.end <= trigger.start and _DE_TO_BEFORE.search(text, max(s_start, n.start - 16), n.start)), None
        )
    return role_of(dative, PartyRole.CUSTOMER, text) if dative is not None and not is_place(dative) else None


_DE_SUPPLY_WORD = re.compile(r"Liefer(?:vertrag|verträge|vereinbarung|ung|ungen)\b|Abnahmevertrag|Versorgungsvertrag")


def de_supply_contract(text: str, start: int, end: int) -> bool:
    """de: "einen Liefervertrag", "die Lieferung von Turbinen": an agreement that is a supply contract."""
    return _DE_SUPPLY_WORD.search(text, start, end) is not None


def de_order_sides(st: RoleState, maker: NameSpan | None) -> NameSpan | None:
    """de: who is hired ("beauftragt"): "Norvia wurde von Velkor mit dem Bau beauftragt" (the agent after "von" hires,
    the passive's subject is hired), "Norvia hat die Velkor GmbH mit dem Bau beauftragt" (the object inside the verb
    frame is hired). Returns the maker still to add as the supplier (None once the sides are settled)."""
    text, trigger, in_sentence, subject = st.text, st.trigger, st.in_sentence, st.subject
    if subject is not None and text.startswith("beauftragt", trigger.start) and _DE_PASSIVE_AUX.search(text, subject.end, trigger.start):
        # "Norvia wurde von Velkor mit dem Bau beauftragt": the agent after "von" hires, the passive's subject is hired
        hirer = after_prep(text, in_sentence, "von", subject.end, trigger.start)
        if hirer is not None and hirer.start != subject.start:
            st.parties[:] = [role_of(hirer, PartyRole.CUSTOMER, text), role_of(subject, PartyRole.SUPPLIER, text)]
            maker = None
    if maker is None and subject is not None and text.startswith("beauftragt", trigger.start):
        # "Norvia hat die Velkor GmbH mit dem Bau beauftragt": the object inside the verb frame is hired
        inside = [n for n in in_sentence if subject.end <= n.start and n.end <= trigger.start and not is_place(n)]
        maker = inside[0] if inside else None
    return maker


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


# --- sellers, lists and people -------------------------------------------------------------------------------------

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
        if seller is not None and all(p.start != seller.start for p in parties):
            parties.append(role_of(seller, PartyRole.SELLER, text))
    if st.de_from is not None and all(p.start != st.de_from.start for p in parties):
        parties.append(role_of(st.de_from, PartyRole.SELLER, text))
    if target is not None and voice in ("buy", "passive") and not any(p.role is PartyRole.SELLER for p in parties):
        parent_compound = _DE_PARENT_COMPOUND.search(text, max(st.s_start, target.start - 40), target.start)
        if parent_compound is not None and all(normalize(p.name) != normalize(parent_compound.group(1)) for p in parties):
            # "übernimmt die Dastrel-Tochter Norvia": the parent named in the compound sells
            parties.append(Role(parent_compound.group(1), parent_compound.start(1), parent_compound.end(1), PartyRole.SELLER))


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


_DE_BID_NOUN = re.compile(r"(?:Übernahme|Kauf)(?:angebot|offerte|pläne|plänen|gespräche|gesprächen|verhandlungen|absichten|interesse)|Angebot|Gebot|Offerte")
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
        return
    if any(p.start == bid_for.start and p.role is PartyRole.TARGET for p in parties):
        return
    bidder = next((n for n in st.in_sentence if trigger.end < n.end <= bid_for.start and _DE_BIDDER_AFTER.fullmatch(text, trigger.end, n.start)), None)
    kept = [p for p in parties if p.start != bid_for.start and (bidder is None or p.start != bidder.start)]
    if bidder is not None:
        kept = [p for p in kept if p.role is not PartyRole.BUYER] + [role_of(bidder, PartyRole.BUYER, text)]
    st.target = role_of(bid_for, PartyRole.TARGET, text)
    parties[:] = [*[p for p in kept if p.role is not PartyRole.TARGET], st.target]


# "kauft dem Finanzinvestor Dastrel die Norvia ab": the separable particle closes the clause
_DE_OFF_PARTICLE = re.compile(r"(?:[^\s,;:.]+\s+|(?<=\d)\.(?=\d))*?ab(?=[\s.,;:]|$)")
_DE_DATIVE_BEFORE = re.compile(r"\b(?:dem|der)\s+(?:[^\s,;:.]+\s+){0,2}?$")
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
    if not between or is_place(between[0]) or not _DE_DATIVE_BEFORE.search(text, max(st.s_start, between[0].start - 40), between[0].start):
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
        parties[:] = [*[p for p in parties if p.start != seller.start], role_of(seller, PartyRole.SELLER, text)]
        return
    seller, bought = between[0], between[1]
    kept = [p for p in parties if p.start not in (seller.start, bought.start)]
    st.target = role_of(bought, PartyRole.TARGET, text)
    parties[:] = [*kept, role_of(seller, PartyRole.SELLER, text), st.target]


_DE_AND = re.compile(r"\s*(?:,|und|sowie)\s+(?:auch\s+)?(?:die |der |das |den |dem )?")
_DE_LIST_AND = re.compile(r"\b(?:und|sowie)\s+(?:auch\s+)?(?:(?:die|der|das|den|dem)\s+)?$")


def de_coordinated(text: str, names: list[NameSpan], target: Role) -> list[NameSpan]:
    """de: "übernahm Velmar Nord und Velmar Süd": every name joined to the bought one by "und" is bought too."""
    found: list[NameSpan] = []
    end = target.end
    for name in names:
        if name.start < end:
            continue
        glue = _DE_AND.fullmatch(text, end, name.start)
        if glue is None or is_place(name) or name.possessive:
            break
        found.append(name)
        end = name.end
    if found and not _DE_LIST_AND.search(text, target.end, found[-1].start) and "und" not in text[found[-1].start - 6 : found[-1].start]:
        return []  # "Velmar, Korbin": a list needs its "und" ("und die Tessmar GmbH": with its article)
    return found


_DE_COMPANY_CHIEF = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&]*(?:-[A-ZÄÖÜ][\w&]*)?)-(?:Chef|Chefin|Vorstandschef|Vorstandschefin|Konzernchef|Boss|Gründer|Gründerin)\s+$")


def de_company_of_chief(text: str, party: Role) -> Role:
    """de: "Velkor-Chef Ivo Brenn": a person named as a company's chief stands for the company, in the same role."""
    chief = _DE_COMPANY_CHIEF.search(text, max(0, party.start - 60), party.start)
    if chief is None or party.kind is not PartyKind.PERSON:
        return party
    return Role(chief.group(1), chief.start(1), chief.end(1), party.role)


def de_stake_held(text: str, party: Role, s_start: int) -> Role:
    """de: a buyer named after a stake's "an" ("ihren Anteil an der Velkor AG") is the company sold, not a buyer."""
    if party.role is PartyRole.BUYER and _DE_STAKE_IN.search(text, max(s_start, party.start - 60), party.start):
        return dataclasses.replace(party, role=PartyRole.TARGET)
    return party


_DE_OWN_SALE_BEFORE = re.compile(r"\b(?:ihrem|seinem|ihren|seinen|ihres|seines)\s+$")


def de_own_sale(text: str, trigger_start: int, trigger_end: int, parties: list[Role]) -> list[Role]:
    """de: "die Velkor GmbH wurde nach ihrem Verkauf an Norvia umbenannt": "Verkauf an" with a possessive and no object
    is the possessor being sold; the nearest seller named before it is the target when the sale names none."""
    if (
        any(p.role is PartyRole.TARGET for p in parties)
        or not _DE_SALE_TO.fullmatch(text, trigger_start, trigger_end)
        or not _DE_OWN_SALE_BEFORE.search(text, max(0, trigger_start - 10), trigger_start)
    ):
        return parties
    owner = max((p for p in parties if p.role is PartyRole.SELLER and p.end <= trigger_start), key=lambda p: p.start, default=None)
    return [dataclasses.replace(p, role=PartyRole.TARGET) if p is owner else p for p in parties]


# de: "Kraftwerke im Nahen Osten", "sein Geschäft in Nordamerika", "Turbinen nach Südostasien": a world region after
# a place preposition says where, it is no side (a country can be one; "Osten Logistik GmbH" is a company)
_DE_REGION_WORDS = frozenset(
    """
    afrika asien europa amerika ozeanien nordamerika südamerika lateinamerika mittelamerika südostasien ostasien
    zentralasien osteuropa westeuropa mitteleuropa südeuropa nordeuropa nordafrika westafrika ostafrika subsahara-afrika
    nahost orient nahen naher mittleren mittlerer fernen ferner osten golfregion skandinavien balkan karibik maghreb
    pazifik atlantik mittelmeerraum norden süden westen
    """.split()
)
_DE_REGION_BEFORE = re.compile(r"\b(?:[Ii]n|[Ii]m|[Ii]ns|[Nn]ach|[Aa]us)\s+(?:de[mnr] |die )?$")


def de_region(text: str, party: Role) -> bool:
    """de: a party that is a world region ("Nahen Osten", "Südostasien") after "in", "im", "nach", "aus"."""
    words = normalize(party.name).split()
    if not words or not all(w in _DE_REGION_WORDS for w in words):
        return False
    return _DE_REGION_BEFORE.search(text, max(0, party.start - 12), party.start) is not None


# de: "durch Zukäufe wachsen", "mit Klagen drohen", "den Verkauf von Schnelltests": a capitalised noun of an act or of
# goods (its last part after a hyphen) is what is done or sold, never who deals
_DE_ACT_NOUNS = (
    "zukauf", "zukäufe", "käufe", "verkäufe", "übernahmen", "fusionen", "beteiligungen", "investitionen", "klagen",
    "aufträge", "verträge", "geschäfte", "tests", "lieferungen", "partner",
)


def de_act_noun(text: str, party: Role) -> bool:
    """de: a one-word party that is a plural noun of deals, suits or goods ("Zukäufe", "Klagen", "Schnelltests")."""
    if " " in party.name.strip():
        return False
    last = party.name.rsplit("-", 1)[-1]
    return last[:1].isupper() and last[1:].islower() and last.lower().endswith(_DE_ACT_NOUNS)


# de: "Wirtschaftsminister Paul Dastrel", "Paul Brenn, Geschäftsführer der Velkor": a person the article introduces by
# an office speaks or decides around the deal ("Velkor-Chef X" stands for the company: ``de_company_of_chief``)
_DE_OFFICE_BEFORE = re.compile(
    r"(?:[Mm]inister\w*|[Bb]ürgermeister\w*|[Ss]precher\w*|[Kk]anzler\w*|[Aa]nalyst\w*|[Aa]nwalt|[Aa]nwältin|[Aa]bgeordnete\w*|"
    r"[Pp]räsident\w*|[Gg]eschäftsführer\w*|[Vv]orsitzende\w*)\s*,?\s*$"
)
_DE_OFFICE_AFTER = re.compile(
    r"\s*,\s+(?:der |die |ein |eine )?(?:[\w-]+\s+){0,2}?(?:[\w-]*[Mm]inister\w*|[Bb]ürgermeister\w*|[\w-]*[Ss]precher\w*|"
    r"[Gg]eschäftsführer\w*|[\w-]*[Vv]orsitzende\w*|[\w-]*[Pp]räsident\w*)\b"
)


def de_office_holder(text: str, party: Role) -> bool:
    """de: a party named like a person whom the article introduces by an office."""
    return introduced_by_office(text, party, _DE_OFFICE_BEFORE, _DE_OFFICE_AFTER, 40)


# de: "das Projekt „Velkor“", "die Serie „Norvia“": a name quoted after a project or work noun is the project or the
# product, no side
_DE_WORK_BEFORE = re.compile(r"(?:Projekt\w*|Programm\w*|Plan|Operation|Serie|Film|Impfstoff\w*|Modell\w*|Codename|namens)\s+[\"„“»]\s*$")


def de_quoted_work(text: str, party: Role) -> bool:
    """de: a party whose name is quoted right after "Projekt", "Serie", "Impfstoff", ... ("das Projekt „Velkor“")."""
    return _DE_WORK_BEFORE.search(text, max(0, party.start - 30), party.start) is not None


def de_no_side(text: str, party: Role) -> bool:
    """de: a world region ("im Nahen Osten"), a person introduced by an office ("Paul Brenn, Geschäftsführer der X") or
    a quoted project or work ("das Projekt „Velkor“"). Public: ``deals`` drops these bystanders from a German candidate's
    sides."""
    return de_region(text, party) or de_office_holder(text, party) or de_quoted_work(text, party)


_DE_HOME_GLUE = re.compile(r"\s+(?:aus|mit Sitz in)\s+")


def de_home_towns(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """de: "Die Velkor AG aus Hamburg kauft ...": a one-word name right after another name and "aus" (or "mit Sitz in")
    is that company's town, no party. Public: ``deals`` drops these names before reading roles."""
    towns = [
        name for before, name in zip(names, names[1:])
        if " " not in name.text and not name.suffixed and _DE_HOME_GLUE.fullmatch(text, before.end, name.start)
    ]
    return [n for n in names if n not in towns] if towns else names


def de_person(text: str, name: NameSpan) -> bool:
    """de: "Konzernchef Karl Beispiel" ... "Beispiel": a name introduced by a person's title anywhere in the article."""
    surname = name.text.split()[-1]
    for start, _ in whole_words(text, surname):
        if DE_PERSON_BEFORE.search(text, max(0, start - 60), start):
            return True
        head = text[max(0, start - 60) : start].split()
        if head and DE_PERSON_BEFORE.match(head[-1] + " ") and head[-1][:1].isupper():
            return True
    return False


# --- lone parties and one deal per company ------------------------------------------------------------------------

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
    r"(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:Werk|Werke|Fabrik|Fabriken|Windpark|Solarpark|Rechenzentrum|Rechenzentren|Kraftwerk|Standort|Standorte|"
    r"Produktionsstätte|Produktionsanlage|Anlage|Logistikzentrum|Zentrallager|Gigafactory|Campus)\b"
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


def de_one_per_target(cand: Candidate) -> list[Candidate]:
    """de: "X übernahm A und B": two companies bought are two deals, each with the same buyer. Public: ``deals.extract``
    splits each German candidate with it, as ``fr_one_per_party`` does the French ones."""
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
    if len(targets) < 2 or cand.trigger.voice not in ("buy", "sell", "other"):
        return [cand]
    others = [p for p in cand.parties if p.role is not PartyRole.TARGET]
    return [dataclasses.replace(cand, parties=[*others[:1], target, *others[1:]]) for target in targets]
