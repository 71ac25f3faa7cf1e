"""German subjects: which names before the verb may act, and the subject after an inverted verb, a reflexive
pronoun or a fronted object. Apart because ``clause`` reads the subject for every voice."""

from __future__ import annotations

import re

from pipeline.extract.names import NameSpan, is_place
from pipeline.extract.roles.de.patterns import (
    DE_ACCUSATIVE_BEFORE,
    DE_DESCRIBED_SUBJECT_AUX,
    DE_GENITIVE_BEFORE,
    DE_OWNED_BY_BEFORE,
    DE_RECEIVED_FROM,
)
from pipeline.extract.triggers import Trigger


_DE_VON_BEFORE = re.compile(r"\b(?:vom|von\s+der|von\s+dem|von)\s+$")

_DE_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]+(?:te|ten|tes|ter|tem|ene|enen|enes|ener|enem)\s+[A-ZÄÖÜ]")


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
    opening = DE_DESCRIBED_SUBJECT_AUX.match(text, sentence[0])
    if opening is not None:
        candidates = [n for n in candidates if not (n.start >= opening.end() and DE_ACCUSATIVE_BEFORE.fullmatch(text, opening.end(), n.start))]
    # "Velkor, eine Tochter von Norvia, kauft ...": a name inside the apposition describing the subject is not the subject
    apposition = _DE_SUBJECT_APPOSITION.match(text, candidates[0].end) if len(candidates) >= 2 else None
    if apposition is not None:
        candidates = [n for n in candidates if not candidates[0].end < n.start < apposition.end()]
    # "Die Norvia im Besitz der Velkor AG wird verkauft": the owner named after the subject is not the subject
    if len(candidates) >= 2:
        candidates = [n for n in candidates if n is candidates[0] or not DE_OWNED_BY_BEFORE.search(text, max(sentence[0], n.start - 60), n.start)]
    # "Der Einspruch des Anbieters Quarnet gegen ...": a genitive attribute is never the subject
    return [n for n in candidates if not DE_GENITIVE_BEFORE.search(text, max(sentence[0], n.start - 40), n.start)] or candidates


# ", eine Tochter von Norvia,", ", ein Unternehmen aus Wien,": an article, a noun and its complement between commas
# (", Partner von Norvia seit 2015,", ", seit 2015 Tochter von Norvia,": a noun of a tie needs no article)
_DE_SUBJECT_APPOSITION = re.compile(
    r",\s+(?:(?:ein|eine|der|die|das)\s+(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß-]+"
    r"|(?:(?:seit|bereits|schon)\s+\S+\s+)?(?:langjährige[rn]?\s+|frühere[rn]?\s+|ehemalige[rn]?\s+)?"
    r"(?:Partner(?:in)?|Tochter|Tochterfirma|Tochtergesellschaft|Mutter(?:konzern|gesellschaft)?|Großaktionär|Aktionär|Eigentümer(?:in)?|Lieferant|Zulieferer|Kunde|Konkurrent|Rivale))"
    r"\s+(?:von|vom|aus|des|der|in|im|mit)\s[^,;:.()]{1,60},\s"
)

def de_subject_apposition_end(text: str, subject_end: int) -> int | None:
    """de: where the apposition describing the subject ends (", eine Tochter von Norvia,", ", Partner von Norvia seit
    2015,"), None when no such apposition follows it: a name inside it takes no side in the main verb's deal."""
    apposition = _DE_SUBJECT_APPOSITION.match(text, subject_end)
    return apposition.end() if apposition is not None else None


# ", das im Mai ...", ", der damals ...": a relative pronoun that is the clause's subject (a lower-case
# word follows it; ", die Velkor kaufte" has its own subject after the pronoun)
_DE_SUBJECT_RELATIVE = re.compile(r",\s+(?:der|die|das|welche[rs]?)\s+(?=[a-zäöüß])")


# "zu verkaufen", "zu übernehmen": the infinitive with "zu"; the clause it ends opens at a comma right after a name and
# holds a few words and no punctuation ("Lorvaniens größtes Telekomunternehmen Norvia zu verkaufen")
# a verb coordinated after the first verb's object: "... Norvia und verkauft", "... Norvia und will zudem"
_DE_SECOND_VERB = re.compile(r"\s+und\s+(?:(?:auch|zudem|außerdem|gleichzeitig|dann|später|gleich)\s+)?(?:(?:will|wollen|soll|sollen|hat|haben|wird|werden)\s+)?")
_DE_ZU_AT = re.compile(r"zu\s")
_DE_ZU_CLAUSE = re.compile(r",\s+(?:[^\s,;:.!?()]+\s+){1,7}")


DE_AID_PARTICIPLE = re.compile(r"gerettet|gestützt|unterstützt|gefördert")
# "Velkor wurde vom Land mit 20 Millionen gefördert": a passive, its subject the one helped
_DE_PASSIVE_AUX = re.compile(r"\b(?:wurde|wurden|wird|werden|war|waren|ist|sind)\b")


def de_subject_by_word_order(text: str, names: list[NameSpan], candidates: list[NameSpan], trigger: Trigger) -> NameSpan | None:
    """de: the subject a relative pronoun stands for, or the first of two names when the verb ends the clause."""
    if len(candidates) >= 2 and not trigger.noun and _DE_SECOND_VERB.fullmatch(text, candidates[-1].end, trigger.start):
        # "Velkor kauft Norvia und verkauft Dastrel an Tessmar": the second verb shares the first one's subject
        return candidates[0]
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
    if trigger.voice == "other" and not trigger.noun and DE_AID_PARTICIPLE.fullmatch(text, trigger.start, trigger.end) and len(candidates) >= 2:
        # "der Bund hatte Velkor mit 2 Milliarden gestützt": the participle closes the clause, the subject comes first
        if not any(n.start >= trigger.end for n in names) and not _DE_PASSIVE_AUX.search(text, candidates[0].end, trigger.start):
            return candidates[0]
    if trigger.voice in ("order", "supply") and text[trigger.start].islower() and len(candidates) >= 2:
        # "X hat Y beauftragt", "X soll der Y 30 Züge liefern": the subject comes first, the object sits in between
        if not any(n.start >= trigger.end for n in names):
            return candidates[0]
    return None


_DE_AFTER_SICH = re.compile(r"\s+(?:die|der|das)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?(?=[A-ZÄÖÜ])")
_DE_PARTS_SUBJECT = re.compile(r"(?:trennt|trennte|trennten)\s+sich\s")
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
    parted = _DE_PARTS_SUBJECT.match(text, trigger.start, trigger.end)
    if parted is not None:
        # "Zudem trennt sich die Velkor AG von Norvia": the trigger runs over its subject, named after "sich"
        return next((n for n in in_sentence if parted.end() <= n.start and n.end <= trigger.end and not is_place(n)), None)
    reflexive = _DE_SICH_NAME.match(text, trigger.start)
    if reflexive is not None:
        # "Zuvor hatte sich Velkor mit einem Fünftel an Norvia beteiligt": the subject follows the reflexive pronoun
        return next((n for n in in_sentence if n.start == reflexive.end()), None)
    return None


_DE_FINITE = re.compile(r"(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|verkauft|verkaufte|veräußert|veräußerte|schluckt|schluckte|bestellt|bestellte)")

_DE_ORDERS = re.compile(r"bestellt|bestellte")

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
    # "Im Mai bestellte Polen 40 Panzer bei Velkor": a country orders (a place after other verbs is where, not who)
    placed = bool(right) and is_place(right[0]) and not (trigger.voice == "order" and _DE_ORDERS.fullmatch(text, trigger.start, verb_end))
    if len(right) < (1 if before else 2) or placed or not _DE_BEFORE_SUBJECT.fullmatch(text, verb_end, right[0].start):
        return None
    return right[0]


# de: a person named by the word that introduced them ("dem Milliardär X" ... "hat der Milliardär ... investiert")
_DE_PERSON_NOUN = r"(?:Oligarch|Milliardär|Multimilliardär|Unternehmer|Geschäftsmann|Investor|Financier|Tycoon|Medienmogul|Mogul|Industrielle)"
_DE_PERSON_SUBJECT = re.compile(rf"\b(?:[Dd]er|[Dd]ie)\s+(?:[a-zäöüß]+e\s+)?(?P<noun>{_DE_PERSON_NOUN})(?:in)?\b")
# ... opening the sentence, or right after its auxiliary ("Seit 2015 hat der Milliardär")
_DE_AUX_BEFORE = re.compile(r"\b(?:hat|hatte|haben|will|wollte|soll|sollte|habe|hätte)\s+$")
_DE_PERSON_NAME = r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+){1,3}[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"


def de_described_person(text: str, sentence: tuple[int, int], trigger: Trigger) -> NameSpan | None:
    """de: "Seit 2015 hat der Milliardär 30 Millionen in das Blatt investiert": a clause whose subject is a person's
    descriptive noun, where the article earlier introduced exactly one person by that noun ("des Milliardärs Anna
    Berg"), has that person for its subject. None when the noun introduced no one, or two different people."""
    s_start = sentence[0]
    if trigger.start <= s_start:
        return None
    opening = _DE_PERSON_SUBJECT.search(text, s_start, trigger.start)
    if opening is None or opening.start() - s_start > 60:
        return None
    if text[s_start : opening.start()].strip() and not _DE_AUX_BEFORE.search(text, max(s_start, opening.start() - 12), opening.start()):
        return None  # "mit dem Milliardär", "Laut der Investorin": not the subject
    noun = opening.group("noun")
    introduced = re.compile(rf"\b{noun}(?:in|en|n|s)?\s+(?P<name>{_DE_PERSON_NAME})\b")
    found = {(m.start("name"), m.end("name"), m.group("name")) for m in introduced.finditer(text, 0, s_start)}
    named = {" ".join(n[2].split()[-1:]) for n in found}  # the same person by surname
    if len(named) != 1:
        return None
    start, end, name = min(found)
    return NameSpan(start, end, name)
