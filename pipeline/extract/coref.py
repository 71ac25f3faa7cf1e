"""Light coreference (fr, de): a deal side named only by a description or a pronoun takes the name it stands for.

"Le groupe a cédé Norvia", "Das Land hat Hilfen beim Fonds beantragt", "Die beiden Unternehmen wollen fusionieren":
when the role slot such a phrase stands in is still empty after ``roles`` has read the sentence, the phrase is
resolved to the most recent compatible name before it (a company for "le groupe"/"der Konzern"/"elle"/"sie", a
country or government for "le pays"/"das Land"/"l'État", the two companies of one sentence for "les deux
groupes"/"die beiden Unternehmen"). The subject of a sentence, or the company the article keeps naming, is preferred
over a name in an object position, a nearer sentence over a farther one. Nothing is resolved across more than one
paragraph break, to a person, or when two candidates are equally likely; a pronoun is not resolved past a person
named after the company (he or she may be who the pronoun means), and German "er" not at all (mostly a person).
Beside that: a country description far from any country takes the title's country; a German purchase's object named
by a description ("kaufte die Zeitung") takes the name that noun introduced; "wir"/"nous" is the one company whose
chief the article names.

The party's evidence points at the name's earlier mention: the record model only asks that an evidence span be a
span of the article text, and the name is spelled out there, not in the phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.article_names import GOVERNMENT_NP
from pipeline.extract.candidates import Candidate, Role, role_of
from pipeline.extract.geo import country_of
from pipeline.extract.kinds import normalize, party_kind
from pipeline.extract.names import GIVEN_NAMES, NOT_A_PARTY, REGULATOR, NameSpan, find_names, is_place, label, may_be_antecedent, mentions
from pipeline.extract.ordered import starting_within
from pipeline.extract.roles.voices import VOICE_SIDES
from pipeline.extract.sentences import DE_LINKING_WORDS, FR_IMPERSONAL, FR_LINKING_WORDS, OPENING_MARKS, OPENING_PHRASE, linking_word
from pipeline.models import PartyKind, PartyRole

__all__ = ["Reference", "antecedents", "fill_from_references", "fill_from_we", "references", "speaking_company"]

_REACH = 3  # sentences back


@dataclass(frozen=True)
class Reference:
    start: int
    end: int
    want: str  # "company", "country", "pair" or "pronoun"


# fr: the descriptions ``article_names.fr_org_nouns`` does not already turn into names are found here too; a
# description followed by its name ("le groupe Velkor", "le groupe pharmaceutique Velkor") is no reference
_FR_REFERENCE = re.compile(
    r"(?<![\w'’-])(?:"
    r"(?P<pair>[Ll]es\s+deux\s+(?:groupes|entreprises|sociétés|constructeurs|laboratoires|opérateurs|partenaires|compagnies|banques|firmes))"
    r"|(?P<country>[Ll]e\s+pays|[Ll]['’]\s*[ÉE]tat)"
    r"|(?P<company>[Ll]e\s+groupe|[Ll]a\s+société|[Ll]['’]\s*entreprise|[Ll]e\s+constructeur|[Ll]['’]\s*opérateur|[Ll]e\s+fabricant|"
    r"[Ll]a\s+firme|[Ll]e\s+laboratoire|[Ll]a\s+compagnie|[Ll]e\s+géant)"
    r"|(?P<pronoun>[Ii]l|[Ee]lle)"
    r")(?![\w'’-])"
)
# de: an attributive adjective after "der"/"das"/"die" in the nominative ("neue", "börsennotierte", "US-amerikanische"),
# or a town's adjective ("Münchner", "Frankfurter")
_DE_ADJECTIVE = r"(?:[A-ZÄÖÜ]{2,}-)?[a-zäöüß][\w-]*e|[A-ZÄÖÜ][a-zäöüß]+er"
_DE_REFERENCE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<pair>[Dd]ie\s+beiden\s+(?:Unternehmen|Konzerne|Firmen|Gruppen|Hersteller|Autobauer|Banken|Partner|Gesellschaften))"
    r"|(?P<country>[Dd]as\s+Land|[Dd]er\s+Staat)"
    # "der Konzern", "der Flugzeugbauer", "das Geldhaus", "die Supermarktkette": a company by its trade, one word,
    # after up to two adjectives ("der Münchner Autobauer", "der oberfränkische Spielwarenriese")
    rf"|(?P<company>(?:[Dd]er|[Dd]as|[Dd]ie)\s+(?:(?:{_DE_ADJECTIVE})\s+){{0,2}}(?:[A-ZÄÖÜ][a-zäöüß]*(?:konzern|bauer|hersteller|händler|betreiber|anbieter|versorger|zulieferer|"
    r"riese|versicherer|verlag|sender|discounter|haus|institut|unternehmen|gruppe|firma|bank|kette|gesellschaft)|Konzern|Unternehmen|Firma|"
    r"Gruppe|Hersteller|Versicherer|Verlag|Sender|Discounter|Institut|Bank|Kette|Gesellschaft|Zulieferer|Anbieter|Versorger))"
    # "er" is left out: in German it mostly stands for a person (a company is "sie" or "es", as its noun's gender)
    r"|(?P<pronoun>[Ss]ie|[Ee]s)"
    r")(?![\w-])"
)
_REFERENCE = {"fr": _FR_REFERENCE, "de": _DE_REFERENCE}

# "le groupe Velkor", "le groupe pharmaceutique Velkor", "der Konzern Velkor": the name follows, so the phrase is no
# reference (German capitalises every noun and puts adjectives first: only the name right after counts)
_NAMED_AFTER = {
    "fr": re.compile(r"\s+(?:(?!(?:a|ont|est|sont|va|vont|avait|était|sera|serait|doit|peut|veut|et|ou|à|au|en|de|du|des|d|qui|que|qu|ne|n|se|s|y|l|le|la|les)\b)[a-zà-ÿ][\w'’-]*\s+){0,2}[\"«“]?[A-ZÀ-ÖØ-Þ]"),
    "de": re.compile(r"\s+[\"„“]?[A-ZÄÖÜ][\w-]*(?:\s+(?:AG|SE|GmbH|Group|Holding)\b|(?=\s*[,.;:]|\s+(?:hat|will|soll|kauft|übernimmt|verkauft|ist|war|und)\b))"),
}
_FR_STATE_SPECIFIED = re.compile(r"\s+(?:[a-zà-ÿ]+ais|[a-zà-ÿ]+and|[a-zà-ÿ]+ien|[a-zà-ÿ]+ain|fédéral|grec|belge|suisse|turc|russe|chinois|de\s|d['’]|du\s|des\s|membres?\b)")
# fr: an impersonal "il" ("il faut", "il y a", "il est possible")
_FR_IMPERSONAL = re.compile(rf"\s+(?:{FR_IMPERSONAL})")
# de: "sie" with a plural verb ("sie wollen") is no company; "es gibt", "es geht um" are impersonal
_DE_PLURAL_OR_IMPERSONAL = re.compile(r"\s+(?:\w+en\b|sind\b|gibt\b|geht\b|ist\s+(?:möglich|klar|unklar|wichtig|fraglich)\b)")
# a pronoun that opens its sentence or clause ("Elle a ...", ", qu'il va ...", "Mais elle ...", "dass sie ...")
_PRONOUN_OPENS = re.compile(rf"(?:^|[.;:!?»\"”]\s*|\b(?:que|qu['’]|mais|dass|{'|'.join(FR_LINKING_WORDS + DE_LINKING_WORDS)})\s*,?\s*)$")
# the opening of a sentence before its subject: a linking word or an opening phrase up to its comma
_LINKING_WORD = linking_word(FR_LINKING_WORDS + DE_LINKING_WORDS)
_OPENING = re.compile(OPENING_MARKS + OPENING_PHRASE + _LINKING_WORD)
_LEAD_IN = re.compile(OPENING_MARKS + _LINKING_WORD)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:à|au|aux|de|du|des|d['’]|par|pour|avec|chez|contre|sur|dans|en|auprès|selon|an|von|vom|mit|bei|beim|für|in|im|aus|zu|zum|zur|"
    r"über|gegen|laut|nach|durch|dem|den|des)\s+(?:(?:la|le|les|l['’]|der|die|das|dem|den)\s*)?(?:[a-zà-ÿäöüß][\w'’-]*\s+){0,3}$"
)
_AND_BETWEEN = re.compile(r"\s*(?:,|et|und|sowie|,\s*et|,\s*und)\s+(?:(?:le|la|les|l['’]|der|die|das)\s*)?(?:[a-zà-ÿäöüß][\w'’-]*\s+){0,2}")

_PAIR_GLUE = re.compile(r"\s+(?:et|und|sowie)\s+(?:(?:le|la|les|l['’]|der|die|das)\s*)?")
_LISTED_BEFORE = re.compile(r",\s*$")
_WITH_BEFORE = re.compile(r"\b(?:avec|mit)\s+(?:(?:son|sa|ses|leur|le|la|les|l['’]|seinem|seiner|ihrem|ihrer|dem|der|den)\s*)?(?:[\w'’-]+\s+){0,3}$")



def references(text: str, lang: str, start: int, end: int) -> list[Reference]:
    """The descriptions and pronouns of ``text[start:end]`` that may stand for a named party."""
    pattern = _REFERENCE.get(lang)
    if pattern is None:
        return []
    found: list[Reference] = []
    for match in pattern.finditer(text, start, end):
        kind = match.lastgroup or ""
        if kind in ("company", "country") and _NAMED_AFTER[lang].match(text, match.end(), end):
            continue
        if kind == "country" and lang == "fr" and _FR_STATE_SPECIFIED.match(text, match.end(), end):
            continue  # "l'État français", "le pays de Galles": named, or a region
        if kind == "pronoun":
            opening = _OPENING.match(text, start, match.start())
            if not (_PRONOUN_OPENS.search(text, max(start, match.start() - 12), match.start()) or opening is not None and opening.end() == match.start()):
                continue  # "Selon la presse, elle cède ...": after the sentence's opening phrase too
            if (_FR_IMPERSONAL if lang == "fr" else _DE_PLURAL_OR_IMPERSONAL).match(text, match.end(), end):
                continue
        found.append(Reference(match.start(), match.end(), kind))
    return found


@dataclass(frozen=True)
class _Seen:
    name: NameSpan
    distance: int  # sentences back (0: the reference's own sentence)
    subject: bool  # the sentence's subject, or listed with it


def _person(text: str, name: NameSpan, lang: str) -> bool:
    if name.full is not None:
        return False  # a description read as the company it stands for
    first = name.text.split()[0].lower() if name.text.split() else ""
    if first in GIVEN_NAMES and len(name.text.split()) >= 2:
        return True
    if party_kind(name.text, text[max(0, name.start - 40) : name.start]) is PartyKind.PERSON:
        return True
    if lang == "de":
        from pipeline.extract.roles.de.bystanders import de_person  # the roles package imports this module's callers: late

        return de_person(text, name)
    return False


def _compatible(text: str, name: NameSpan, lang: str, want: str) -> bool:
    if name.full is not None:
        return want == "company" and not is_place(NameSpan(name.start, name.end, name.full))
    spelled = " ".join(name.text.split())
    if name.possessive or len(spelled) < 2 or REGULATOR.match(spelled) or NOT_A_PARTY.match(spelled):
        return False
    if want == "country":
        return country_of(spelled) is not None and spelled[:1].isupper() or GOVERNMENT_NP[lang].fullmatch(spelled) is not None
    if is_place(name) or country_of(spelled.removesuffix("s")) is not None:
        return False
    if lang == "de" and not may_be_antecedent(text, name):
        return False
    kind = party_kind(spelled, text[max(0, name.start - 40) : name.start])
    return kind not in (PartyKind.PERSON, PartyKind.GOVERNMENT) and not _person(text, name, lang)


_CAPITALISED = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-ÞÄÖÜ][\w-]+(?:\s+[A-ZÀ-ÖØ-ÞÄÖÜ][\w-]+)?")


def _names(text: str, lang: str, start: int, end: int, want: str, known: list[NameSpan]) -> list[NameSpan]:
    """The names of ``text[start:end]``, with the descriptions already resolved there (fr: "le laboratoire français"
    read as the company it stands for); for a country also a country's name opening a sentence (which the name
    finder leaves out in German) and a government described by a common noun ("le gouvernement allemand")."""
    found = [n for n in find_names(text, lang, start, end) if n.end <= end]
    resolved = [n for n in known if n.full is not None and start <= n.start and n.end <= end and not any(f.start < n.end and n.start < f.end for f in found)]
    if resolved:
        found = sorted(found + resolved, key=lambda n: n.start)
    if want != "country":
        return found
    extra = [NameSpan(m.start(), m.end(), m.group()) for m in GOVERNMENT_NP[lang].finditer(text, start, end)]
    for match in _CAPITALISED.finditer(text, start, end):
        if any(n.start <= match.start() < n.end and not (n.start == match.start() and n.end <= match.end()) for n in found):
            continue  # "Bank of Amerika": a country's name inside a longer name
        words = match.group().split()
        one = NameSpan(match.start(), match.start() + len(words[0]), words[0])
        if country_of(match.group()) is not None:
            extra.append(NameSpan(match.start(), match.end(), match.group()))
        elif country_of(words[0]) is not None:
            extra.append(one)
    kept = [n for n in found if not any(e.start < n.end and n.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda n: n.start)


def _seen(
    text: str, lang: str, sentences: list[tuple[int, int]], index: int, at: int, want: str, known: list[NameSpan]
) -> tuple[list[_Seen], list[NameSpan]]:
    """The compatible names before ``at`` within reach, and the persons among the names seen (for pronouns)."""
    seen: list[_Seen] = []
    persons: list[NameSpan] = []
    for back in range(0, _REACH + 1):
        k = index - back
        if k < 0:
            break
        start, end = sentences[k]
        end = min(end, at)
        crossed = back > 0 and "\n" in text[sentences[k][1] : sentences[k + 1][0]]
        opening = _OPENING.match(text, start, end)
        subject_at = opening.end() if opening is not None else start
        first: NameSpan | None = None
        lead_in = _LEAD_IN.match(text, start, end)
        opener = _REFERENCE[lang].match(text, subject_at, end) or (_REFERENCE[lang].match(text, lead_in.end(), end) if lead_in is not None else None)
        if opener is not None and lang == "fr" and opener.lastgroup in ("company", "country") and _NAMED_AFTER[lang].match(text, opener.end(), end):
            opener = None  # "Le groupe Velkor publie ...": the description is followed by its name, which is the subject
        if opener is not None and lang == "de" and opener.lastgroup == "company" and any(
            0 < n.start - opener.end() <= 2 for n in _names(text, lang, start, end, want, known)
        ):
            opener = None  # "Der Flugzeugbauer Velkor legte zu": the description is followed by its name, the subject
        if opener is not None and not any(n.full is not None and opener.start() <= n.start < opener.end() + 2 for n in known):
            # "L'entreprise, dont l'action montait à 17H00 ...": the sentence's subject is itself a description or a
            # pronoun, so none of its names is the subject
            first = NameSpan(subject_at, subject_at, "")
        for name in _names(text, lang, start, end, want, known):
            if _person(text, name, lang):
                persons.append(name)
                if first is None and not _PREPOSITION_BEFORE.search(text, max(start, name.start - 40), name.start):
                    first = name  # a person opening the sentence is its subject
                continue
            if not _compatible(text, name, lang, want):
                if first is None and not _PREPOSITION_BEFORE.search(text, max(start, name.start - 40), name.start):
                    first = name  # a place or government opening the sentence is its subject all the same
                continue
            subject = False
            if first is None and not _PREPOSITION_BEFORE.search(text, max(start, name.start - 40), name.start) and name.start - subject_at <= 40:
                first, subject = name, True
            elif first is not None and any(s.name is first and s.subject for s in seen) and _AND_BETWEEN.fullmatch(text, first.end, name.start):
                subject = True  # "Velkor et Norvia ont ...": listed with the subject
            elif first is None:
                first = name
            seen.append(_Seen(name, back, subject))
            if subject:
                first = name  # the next name listed with this one is a subject too
        if crossed:
            break  # across a paragraph break, only the sentence right before it
    return seen, persons


def antecedents(
    text: str, lang: str, sentences: list[tuple[int, int]], index: int, ref: Reference, taken: set[str],
    known: list[NameSpan] | None = None, depth: int = 0,
) -> list[NameSpan]:
    """The names ``ref`` stands for (two for a pair, else one), or none when no name or two equally likely ones fit."""
    found = _antecedents(text, lang, sentences, index, ref, taken, known)
    if found or lang != "fr" or ref.want not in ("pronoun", "company") or depth >= 2:
        return found
    return _chained(text, lang, sentences, index, ref, taken, known or [], depth)


def _chained(
    text: str, lang: str, sentences: list[tuple[int, int]], index: int, ref: Reference, taken: set[str],
    known: list[NameSpan], depth: int,
) -> list[NameSpan]:
    """fr: "Velkor ... Le groupe emploie 300 personnes. Il rachète Norvia": a reference whose nearest subject is itself
    a description or pronoun (its own sentence's, else the previous sentence's) takes what that one stands for. No
    person (who "il" may mean) and no company outside a prepositional phrase may stand between the two."""
    for k in (index, index - 1):
        if k < 0:
            break
        start, end = sentences[k]
        end = min(end, ref.start)
        if k < index and "\n\n" in text[sentences[k][1] : sentences[index][0]]:
            break
        opening, lead_in = _OPENING.match(text, start, end), _LEAD_IN.match(text, start, end)
        # the subject after an opening phrase, or the description opening the sentence ("Le groupe, détenu par ...")
        at = {m.end() for m in (opening, lead_in) if m is not None}
        opener = next((r for r in references(text, lang, start, end) if r.start in at and r.want in ("pronoun", "company")), None)
        if opener is None or opener.start == ref.start:
            if [n for n in _names(text, lang, start, end, "company", known) if not _in_family(text, n)]:
                return []  # a name in the sentence before the reference: the direct reading had its say
            continue
        between = [n for n in _names(text, lang, opener.end, end, "company", known) if not _in_family(text, n)]
        if k < index:
            between += [n for n in _names(text, lang, sentences[index][0], ref.start, "company", known) if not _in_family(text, n)]
        # a company after a preposition is an object ("le redressement d'Orvane"), no subject a pronoun takes up
        if any(_person(text, n, lang) or not (_PREPOSITION_BEFORE.search(text, max(0, n.start - 40), n.start) or _ELIDED_DE.search(text, max(0, n.start - 3), n.start)) for n in between):
            return []
        return antecedents(text, lang, sentences, k, opener, taken, known, depth + 1)
    return []


_ELIDED_DE = re.compile(r"(?<![\w'’])[dD]['’]$")
# "le groupe, détenu par la famille Marnier": a family owns the company, it is not who a later "il" is; "vise l'Asie":
# a place is no one "il" may be
_FAMILY_BEFORE = re.compile(r"\bfamille\s+$")


def _in_family(text: str, name: NameSpan) -> bool:
    """No rival for the chained reading: a family owning the company, a place, a word no party is."""
    if _FAMILY_BEFORE.search(text, max(0, name.start - 10), name.start) is not None:
        return True
    return not (_compatible(text, name, "fr", "company") or _person(text, name, "fr"))


def _antecedents(
    text: str, lang: str, sentences: list[tuple[int, int]], index: int, ref: Reference, taken: set[str],
    known: list[NameSpan] | None = None,
) -> list[NameSpan]:
    want = "company" if ref.want in ("pair", "pronoun") else ref.want
    seen, persons = _seen(text, lang, sentences, index, ref.start, want, known or [])
    seen = [s for s in seen if normalize(label(s.name)) not in taken]
    if not seen:
        return []
    if ref.want == "pair":
        # the two companies of the nearest sentence that names exactly two
        by_distance: dict[int, list[_Seen]] = {}
        for s in seen:
            by_distance.setdefault(s.distance, []).append(s)
        for distance in sorted(by_distance):
            distinct: dict[str, NameSpan] = {}
            for s in by_distance[distance]:
                distinct.setdefault(normalize(label(s.name)), s.name)
            if len(distinct) == 2:
                first, second = sorted(distinct.values(), key=lambda n: n.start)
                if _PAIR_GLUE.fullmatch(text, first.end, second.start) and not _LISTED_BEFORE.search(text, max(0, first.start - 3), first.start):
                    return [first, second]  # "Velkor und Norvia": the two, not the last two of a longer list
                if any(s.name is first and s.subject for s in by_distance[distance]) and _WITH_BEFORE.search(text, max(0, second.start - 60), second.start):
                    return [first, second]  # "Velkor s'associe avec son concurrent Norvia": the subject and its partner
                return []
            if len(distinct) > 2:
                return []
        return []
    best: dict[str, tuple[tuple[bool, int, int], _Seen]] = {}
    for s in seen:
        key = normalize(label(s.name))
        count = min(mentions(text, label(s.name)), 3)
        # the subject of a sentence, or the company the article keeps naming (three times or more), before a passing name
        score = (s.subject or count >= 3, -s.distance, count)
        if key not in best or score > best[key][0]:
            best[key] = (score, s)
    ranked = sorted(best.values(), key=lambda e: e[0], reverse=True)
    top_score, top = ranked[0]
    if ref.want == "pronoun":
        if not top.subject or top.distance > 1:
            return []  # a pronoun takes up the subject of its own or the previous sentence only
        if any(top.name.end <= p.start < ref.start for p in persons):
            return []  # "Velkor ... Son patron Jean Marnier a dit qu'il ...": "il" may be the person
    if len(ranked) >= 2 and ranked[0][0] == ranked[1][0]:
        return []  # two equally likely names
    if ref.want == "company" and not top_score[0]:
        return []  # "candidat au rachat de Norvia, le groupe ...": a name in passing is no company's stand-in
    if top.distance > 1 and not top_score[0]:
        return []  # a passing name two sentences back or more is too far
    return [top.name]


# what stands between a subject and its verb: an auxiliary, a modal, an adverb ("a", "va", "will", "hat nun")
_VERB_GAP = re.compile(r"\s+(?:[a-zà-ÿäöüß][\w'’-]*\s+){0,3}")
# de: the article of a subject agrees with its noun in the nominative ("der Konzern", "das Unternehmen", "die Firma");
# "der Gruppe", "dem Konzern" are another case
_DE_ADJECTIVES = rf"(?:(?:{_DE_ADJECTIVE})\s+){{0,2}}"
_DE_NOMINATIVE = re.compile(
    rf"(?:[Dd]er\s+{_DE_ADJECTIVES}\w*(?:[Kk]onzern|[Bb]auer|[Hh]ersteller|[Hh]ändler|[Bb]etreiber|[Aa]nbieter|[Vv]ersorger|[Zz]ulieferer|[Rr]iese|[Vv]ersicherer|"
    rf"[Vv]erlag|[Ss]ender|[Dd]iscounter)|[Dd]as\s+(?:{_DE_ADJECTIVES}\w*(?:[Hh]aus|[Ii]nstitut|[Uu]nternehmen)|Land)|"
    rf"[Dd]ie\s+(?:{_DE_ADJECTIVES}\w*(?:[Gg]ruppe|[Ff]irma|[Bb]ank|[Kk]ette|[Gg]esellschaft)|beiden\s+\w+)|[Dd]er\s+Staat|[Ss]ie|[Ee]s)"
)


# fr: "le choix de la compagnie de maintenir ses commandes", "sa volonté ... de racheter": the description after
# "de" is the subject of the infinitive that carries the deal
_FR_INFINITIVE_AGENT = re.compile(r"\s+(?:de\s+|d['’])(?:ne\s+pas\s+)?(?:[a-zà-ÿ]+(?:er|ir|re)|[a-zà-ÿ]+(?:er|ir|re)\s+(?:des|les|ses|leurs|la|le|l['’]|sa|son|un|une)\s*)\s*$")


_FR_DECISION_OF = re.compile(r"\b(?:décision|choix|volonté|intention|refus|projet|promesse|tentative|capacité|souhait|ambition|engagement)\s+(?:de\s+|d['’])$")


def _subject_position(text: str, lang: str, ref: Reference, cand: Candidate, names: list[NameSpan]) -> bool:
    """The reference is the clause's subject: it opens the sentence (after a linking phrase) or stands right before the
    verb with no name between, or (de) right after a fronted verb ("übernahm der Konzern ...")."""
    start = cand.sentence[0]
    trigger = cand.trigger
    if lang == "de" and not _DE_NOMINATIVE.fullmatch(text, ref.start, ref.end):
        return False
    if ref.end <= trigger.start:
        between = [n for n in names if ref.end <= n.start and n.end <= trigger.start]
        if between and not (ref.want == "country" or ref.want == "company" and _opens(text, start, ref)):
            return False
        if (
            lang == "fr" and not between and _FR_INFINITIVE_AGENT.fullmatch(text, ref.end, trigger.start)
            and _FR_DECISION_OF.search(text, max(start, ref.start - 30), ref.start)
        ):
            return True  # "le choix de la compagnie de maintenir ses commandes": who decides orders
        if _PREPOSITION_BEFORE.search(text, max(start, ref.start - 40), ref.start):
            return False
        return _opens(text, start, ref) or _VERB_GAP.fullmatch(text, ref.end, trigger.start) is not None
    if lang == "de" and not trigger.noun and ref.start - trigger.end <= 1 and ref.want != "pronoun":
        word = text[ref.start : ref.start + 4].lower()
        follows = [n for n in names if n.start > ref.end and "," not in text[ref.end : n.start]]
        return word.startswith("der ") or bool(follows)
    if lang == "de" and not trigger.noun and ref.want == "pronoun" and ref.start - trigger.end <= 1:
        return True  # "übernahm sie die Norvia"
    return False


def _opens(text: str, start: int, ref: Reference) -> bool:
    opening = _OPENING.match(text, start, ref.start)
    return opening is not None and opening.end() == ref.start


def fill_from_references(
    text: str, lang: str, names: list[NameSpan], sentences: list[tuple[int, int]], cand: Candidate, title: str = ""
) -> None:
    """fr/de: fill the deal's empty subject slot (or a pair of partners) from a description or pronoun that stands
    in it. Only a candidate that already names one party is completed; one with none is left for the rules that
    decide whether it is a deal at all."""
    if lang not in _REFERENCE or cand.sentence not in sentences:
        return
    if lang == "de":
        _described_parties(text, sentences, cand, names)
    if cand.trigger.noun:
        return
    index = sentences.index(cand.sentence)
    s_start, s_end = cand.sentence
    _named_state(text, lang, sentences, index, cand)
    if lang == "de" and cand.trigger.voice in ("buy", "sell", "invest") and cand.parties and all(p.role is not PartyRole.TARGET for p in cand.parties):
        # ("hat 80 Millionen Euro in die Zeitungen investiert": the money's "in" opens the described paper)
        target = _de_described_object(text, names, cand)
        if target is not None and all(normalize(p.name) != normalize(target.text) for p in cand.parties):
            cand.parties.append(role_of(target, PartyRole.TARGET, text))
    in_sentence = [n for n in starting_within(names, s_start, s_end + 1) if n.end <= s_end]  # per trigger: bisected in a long list
    roles = {p.role for p in cand.parties}
    taken = {normalize(p.name) for p in cand.parties}
    covered = [(p.start, p.end) for p in cand.parties]
    voice = cand.trigger.voice
    for ref in references(text, lang, s_start, s_end):
        if any(a < ref.end and ref.start < b for a, b in covered) or any(n.start < ref.end and ref.start < n.end for n in in_sentence):
            continue  # already read as a party or a name (fr: "le groupe" resolved by ``fr_org_nouns``)
        if not _subject_position(text, lang, ref, cand, in_sentence):
            continue
        role = _SUBJECT_ROLE.get(voice)
        if voice == "merge" and ref.want == "pair":
            role = PartyRole.PARTNER
        elif voice == "other":
            role = PartyRole.TARGET if PartyRole.INVESTOR in roles and PartyRole.TARGET not in roles else (
                PartyRole.INVESTOR if PartyRole.TARGET in roles and PartyRole.INVESTOR not in roles else None
            )
        if ref.want == "pair" and voice == "other":
            continue  # a loan or aid has a lender and a borrower, not two of either
        if ref.want == "pair" and role is not None and role in roles:
            _pair_completed(text, lang, sentences, index, ref, cand, role, names)
            break
        if role is None or role in roles and not _partner_subject_open(lang, ref, cand):
            continue
        if not cand.parties and ref.want != "pair":
            continue  # a lone description completes a deal, it does not make one
        found = antecedents(text, lang, sentences, index, ref, taken, names)
        if not found and ref.want == "country":
            found = _title_country(text, title, taken)  # "L'Ukraine s'approche de la faillite" ... "Le pays réclame l'aide"
        if ref.want == "pair" and len(found) != 2:
            continue
        for name in found:
            cand.parties.append(role_of(name, role, text))
            taken.add(normalize(label(name)))
        if found:
            roles.add(role)
        break  # the first reference in a subject position is the subject


def _partner_subject_open(lang: str, ref: Reference, cand: Candidate) -> bool:
    """fr: "Il s'associe avec Norvia", "Le groupe détient à 50/50 avec Norvia le titre X": the partners read so far all
    stand after the verb, so the subject before it is a partner still missing, though the role is already held."""
    if lang != "fr" or cand.trigger.voice != "partner" or ref.want == "pair" or ref.end > cand.trigger.start:
        return False
    return all(p.start >= cand.trigger.end for p in cand.parties)


def _pair_completed(
    text: str, lang: str, sentences: list[tuple[int, int]], index: int, ref: Reference, cand: Candidate, role: PartyRole,
    names: list[NameSpan],
) -> None:
    """"Les deux laboratoires viennent d'obtenir l'accord ..." with one of the two already in the subject's role (the
    article's company put in for the description): the other joins it in that role."""
    held = {normalize(p.name) for p in cand.parties if p.role is role}
    others = {normalize(p.name) for p in cand.parties if p.role is not role}
    pair = antecedents(text, lang, sentences, index, ref, others, names)
    keys = [normalize(label(n)) for n in pair]
    if len(pair) == 2 and len(held) == 1 and held <= set(keys):
        cand.parties.extend(role_of(n, role, text) for n, key in zip(pair, keys) if key not in held)


# "wir", "unsere Akquisition", "nous", "notre partenaire": the company whose chief speaks in the article
_WE = {
    "de": re.compile(r"(?<![\w-])(?:[Ww]ir|[Uu]ns|[Uu]nser\w*)(?![\w-])"),
    "fr": re.compile(r"(?<![\w'’-])(?:[Nn]ous|[Nn]otre|[Nn]os)(?![\w-])"),
}
_CHIEF_OF = {
    # "Velkor-Chef Ivo Brenn", "Norvia-Dastrel-Chef ...": the company before the hyphen, spelled as the article spells it
    "de": re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&]*(?:-[A-ZÄÖÜ][\w&]*)*)-(?:Chef|Chefin|Vorstandschef|Vorstandschefin|Konzernchef|Konzernchefin|Boss)\s+[A-ZÄÖÜ]"),
    "fr": re.compile(r"\b(?:PDG|patron|patronne|directeur général|directrice générale|président-directeur général|président|présidente)\s+(?:de |d['’]|du )(?!(?:Sénat|Assemblée|Conseil|Commission|Cour|Parlement|République|Région|Medef|Fed|BCE|Banque (?:centrale|de France)|Autorité|Comité|Fédération|Syndicat|Association|Union|Chambre|Conférence|Tribunal|Cnil|CGT|CFDT)\b)([A-ZÀ-Ý][\w&.-]*(?:\s[A-ZÀ-Ý][\w&.-]*)*)"),
}
# a full stop after a lower-case letter or a digit ends the sentence ("S.A." keeps its dots)
_FR_FULL_STOP = re.compile(r"(?<=[a-zà-ÿ0-9])\.+$")
# the two sides a voice names: who acts, and the other side (``VOICE_SIDES``); not a partnership, whose two sides are
# one role (no single empty side to fill)
_SIDES = {voice: sides for voice, sides in VOICE_SIDES.items() if voice != "partner"}
# the role of the subject a reference stands in for: who acts in the voice (a partner for a partnership)
_SUBJECT_ROLE = {voice: acting for voice, (acting, _) in VOICE_SIDES.items()}


# de: what a buyer buys, named by a description ("erwarb das 1974 gegründete Blatt", "übernimmt den Konzern")
_DE_OBJECT_DESCRIPTION = re.compile(
    r"\s+(?:die|den|das)\s+(?:[\w-]+\s+){0,3}?(Zeitung|Firma|Gruppe|Konzern|Unternehmen|Bank|Sender|Verlag|Kette|Hersteller|Versicherer)(?:en|e|s)?(?![\w-])"
)
_CAPITALISED_RUN = re.compile(r"[A-ZÄÖÜ][\w&.-]*(?:\s+[A-ZÄÖÜ][\w&.-]*){1,3}(?=[\s,.;:]+(?:[a-zäöüß]|$))")
_DE_INTRODUCED = "(?<![\\w-])(?:[A-ZÄÖÜ][a-zäöüß]*)?{head}\\s+[„\"»«]?"


def _de_described_object(text: str, names: list[NameSpan], cand: Candidate) -> NameSpan | None:
    """de: "Das Blatt Norvia Post wird eingestellt. ... Ivo Brenn erwarb das 1974 gegründete Blatt": the name the
    article introduced with the same noun ("Zeitung Norvia Post", "Tageszeitung Norvia Post") before, when only one."""
    trigger = cand.trigger
    described = _DE_OBJECT_DESCRIPTION.match(text, trigger.end, cand.sentence[1])
    if described is None or _NAMED_AFTER["de"].match(text, described.end(), cand.sentence[1]):
        return None
    head = described.group(1)
    found: dict[str, NameSpan] = {}
    for match in re.finditer(_DE_INTRODUCED.format(head=re.escape(head)), text[: cand.sentence[0]]):
        named = next((n for n in find_names(text, "de", match.end(), min(len(text), match.end() + 60)) if n.start == match.end()), None)
        run = _CAPITALISED_RUN.match(text, match.end())
        if named is None and run is not None:
            named = NameSpan(run.start(), run.end(), run.group())  # "Zeitung The Daily Velkor": a foreign name the finder leaves
        if named is not None and not is_place(named) and not _person(text, named, "de"):
            found.setdefault(normalize(named.text), named)
    return next(iter(found.values())) if len(found) == 1 else None


def _title_country(text: str, title: str, taken: set[str]) -> list[NameSpan]:
    """The one country the title names, at its first mention in the text: what the article is about, for a "le pays"
    or "das Land" too far from any country's name."""
    countries: dict[str, str] = {}
    for match in _CAPITALISED.finditer(title):
        words = match.group().split()
        for spelling in (match.group(), *words):
            code = country_of(spelling)
            if code is not None and spelling[:1].isupper():
                countries.setdefault(code, spelling)
                break
    if len(countries) != 1:
        return []
    spelling = next(iter(countries.values()))
    at = _bare(spelling).search(text)
    if at is None or normalize(spelling) in taken:
        return []
    return [NameSpan(at.start(), at.end(), spelling)]


def speaking_company(text: str, lang: str) -> str | None:
    """The one company whose chief the article names ("Velkor-Chef Ivo Brenn", "le PDG de Velkor"): who "wir" and "nous"
    are in its quotes and interviews; None when no company's chief or those of two companies are named."""
    pattern = _CHIEF_OF.get(lang)
    if pattern is None:
        return None
    found: set[str] = set()
    for match in pattern.finditer(text):
        name = match.group(1)
        if lang == "fr":
            name = _FR_FULL_STOP.sub("", name)  # "a déclaré Jean Dupont, PDG de Velkor.": the sentence's full stop is no part of it
        spaced = name.replace("-", " ")
        found.add(spaced if lang == "de" and spaced != name and mentions(text, spaced) else name)
    if len(found) != 1:
        return None
    name = found.pop()
    return name if not is_place(NameSpan(0, len(name), name)) else None


def fill_from_we(text: str, lang: str, cand: Candidate, company: str | None) -> None:
    """fr/de: "In Asien sind wir durch unsere Akquisition von Norvia ...", "Unser neuer Hauptaktionär, die Velkor AG":
    in an article where one company's chief speaks, the deal's one empty side of its two is that company, and so is
    the side the article's company was put in for from outside the sentence."""
    if company is None or not cand.parties or cand.trigger.voice not in _SIDES or not _WE[lang].search(text, *cand.sentence):
        return
    if any(normalize(p.name) == normalize(company) for p in cand.parties):
        return
    at = _bare(company).search(text)
    if at is None:
        return
    acting, other = _SIDES[cand.trigger.voice]
    s_start, s_end = cand.sentence
    # the article's company put in from outside the sentence for "wir"/"unsere Übernahme" is the speaker's company
    stand_ins = [k for k, p in enumerate(cand.parties) if p.role in (acting, other) and not s_start <= p.start < s_end]
    if len(stand_ins) == 1:
        k = stand_ins[0]
        cand.parties[k] = Role(company, at.start(), at.end(), cand.parties[k].role)
        return
    roles = {p.role for p in cand.parties}
    empty = [r for r in (acting, other) if r not in roles]
    if len(empty) == 1:
        cand.parties.append(Role(company, at.start(), at.end(), empty[0]))


def _bare(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


_BARE_STATE = re.compile(r"[ÉE]tat|Staat")


def _named_state(text: str, lang: str, sentences: list[tuple[int, int]], index: int, cand: Candidate) -> None:
    """"L'État va investir dans Velkor" after "le gouvernement allemand": a party read as the bare "État" or "Staat"
    is the country or government named before, when one is."""
    for k, party in enumerate(cand.parties):
        if not _BARE_STATE.fullmatch(party.name):
            continue
        taken = {normalize(p.name) for p in cand.parties}
        found = antecedents(text, lang, sentences, index, Reference(party.start, party.end, "country"), taken)
        if found:
            cand.parties[k] = role_of(found[0], party.role, text)


# de: a town's adjective and a trade noun read as a name ("der Münchner Autobauer" -> "Autobauer", "der Wiener
# Versicherer" -> "Wiener Versicherer", "des Münchner Immobilienfinanziers"): a description of a company named before.
# Only nouns that name a trade, not an institution ("Berliner Bank", "Hamburger Sparkasse" are names)
_DE_TRADE_NOUN = (
    r"(?=[A-ZÄÖÜ])[A-ZÄÖÜa-zäöüß]*?(?:[Kk]onzern|[Bb]auer|[Hh]ersteller|[Hh]ändler|[Bb]etreiber|[Aa]nbieter|[Vv]ersorger|[Zz]ulieferer|[Rr]iese|"
    r"[Vv]ersicherer|[Ff]inanzierer|[Ff]inanzier|[Ee]ntwickler|[Ss]pezialist)(?:s|en)?"
)
_DE_DESCRIBED_NAME = re.compile(rf"(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en)\s+(?:[a-zäöüß][\w-]*e[nrs]?\s+)?[A-ZÄÖÜ][a-zäöüß]+er\s+({_DE_TRADE_NOUN})")


def _described_parties(text: str, sentences: list[tuple[int, int]], cand: Candidate, names: list[NameSpan]) -> None:
    """de: a party that is a town's adjective and a trade noun ("der Münchner Autobauer") is the company it describes,
    when one is named before (the subject of its own or an earlier sentence); left as it is otherwise."""
    index = sentences.index(cand.sentence)
    for k, party in enumerate(cand.parties):
        match = next(
            (m for m in _DE_DESCRIBED_NAME.finditer(text, max(cand.sentence[0], party.start - 40), party.end + 1) if m.end() == party.end),
            None,
        )
        if match is None or not match.start() <= party.start:
            continue
        taken = {normalize(p.name) for p in cand.parties}
        found = antecedents(text, "de", sentences, index, Reference(match.start(), match.end(), "company"), taken, names)
        if found:
            cand.parties[k] = role_of(found[0], party.role, text)
