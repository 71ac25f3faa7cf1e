"""fr/de: which of a sentence's status cues govern a given deal.

One sentence often tells more than one thing: "Velkor, en négociations avec Dastrel depuis mars, a racheté Norvia",
"Velkor prüft den Kauf von Norvia, nachdem Dastrel Tessmar übernommen hatte". A tense or a modal governs the verb of
its own clause; an attribution ("selon le quotidien", "laut Insidern") tells where the whole sentence comes from. So a
deal whose clause holds a cue of its own reads its status there (plus the sentence's attributions), and only a deal
whose clause says nothing falls back on the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.extract.status import StatusMention, best_status
from pipeline.models import DealStatus

__all__ = ["Clause", "clauses", "scoped_status"]


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    subordinate: bool  # opened by a relative pronoun or a subordinator: a clause that tells background


# punctuation that closes a clause; a comma between digits is a decimal mark ("2,5 Milliarden")
_PUNCT = re.compile(r"(?<!\d),|,(?!\d)|[;:()\[\]]|\s[–—-]\s")
# words that open a clause of their own (after a comma in German, anywhere in French)
_OPENERS = {
    "fr": re.compile(
        r"\b(?:qui|dont|lorsqu['’]|lorsque|quand|après qu['’]|après que|depuis qu['’]|depuis que|alors qu['’]|alors que"
        r"|tandis qu['’]|tandis que|puisqu['’]|puisque|bien qu['’]|bien que|parce qu['’]|parce que|car|mais|lequel|laquelle|lesquels|lesquelles|auquel|duquel)\b",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"\b(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|nachdem|weil|wobei|obwohl|obgleich|da|als|wenn|seit|seitdem|bevor"
        r"|während|indem|sodass|damit|dass|ob|womit|wodurch|wonach|worauf)\b",
        re.IGNORECASE,
    ),
}
_DE_PREPOSED_RELATIVE = re.compile(
    r"(?:an|auf|aus|bei|durch|für|in|mit|nach|über|um|unter|von|vor|zu)\s+(?:der|dem|den|denen|deren|dessen|welche[rsmn]?)\b", re.IGNORECASE
)
# "que" opens a clause too, but it is as often the object of a saying verb ("a annoncé que") as a relative: a split, no
# background
_FR_QUE = re.compile(r"\bqu(?:e\b|['’])", re.IGNORECASE)


def clauses(text: str, start: int, end: int, lang: str) -> list[Clause]:
    """The clauses of ``text[start:end]``: split at commas, semicolons, colons, brackets and dashes, and (fr) before a
    relative pronoun or subordinator; in German a subordinate clause always follows a comma, so the comma is the split
    and the word after it says whether the clause is subordinate."""
    cuts: dict[int, bool] = {}  # clause start -> subordinate
    for match in _PUNCT.finditer(text, start, end):
        cuts[match.end()] = False
    opener = _OPENERS.get(lang)
    if lang == "fr" and opener is not None:
        for match in opener.finditer(text, start, end):
            cuts[match.start()] = True
        for match in _FR_QUE.finditer(text, start, end):
            cuts.setdefault(match.start(), False)
    if lang == "de" and opener is not None:
        for at in list(cuts):
            # "..., die Velkor 2019 gekauft hatte": the relative pronoun right after the comma (or after a preposition:
            # "..., von der Velkor ...")
            word = _skip_space(text, at, end)
            if opener.match(text, word, end) is not None or _DE_PREPOSED_RELATIVE.match(text, word, end) is not None:
                cuts[at] = True
    bounds = sorted(at for at in cuts if start < at < end)
    spans = list(zip([start, *bounds], [*bounds, end]))
    return [Clause(a, b, cuts.get(a, False)) for a, b in spans]


def _skip_space(text: str, at: int, end: int) -> int:
    while at < end and text[at].isspace():
        at += 1
    return at


# "Velkor a passé une commande ferme et pourrait acquérir 40 rames de plus": a conjunction right before a cue opens a
# clause of its own (a conjunction between names does not: "Velkor et Norvia ont signé")
_CONJUNCTION = {"fr": re.compile(r"\s(?:et|ou|mais)\s+(?:\S+\s+)?$"), "de": re.compile(r"\s(?:und|oder|aber|sondern)\s+(?:\S+\s+)?$")}


_NAME = re.compile(r"(?-i:[A-ZÀ-Ý])[\w&.-]*")
_ELIDED = re.compile(r"^(?i:d|l)['’]")
_LAST_WORD = re.compile(r"(\S+)\s*$")
# the word before a name that makes it a complement ("la fusion de Velkor et Norvia"), not a subject
_PREPOSITION = {"fr": re.compile(r"(?i:de|d['’]|du|des|entre|par|avec|à|au|aux|pour|sur)$"),
                "de": re.compile(r"(?i:von|vom|zwischen|mit|durch|für|an|der|des|den|dem)$")}
# a plural verb after two names: they are one subject ("Velkor et Norvia ont renoncé", "Velkor und Norvia wollen")
_PLURAL = {"fr": re.compile(r"(?i:ont|sont|\w+ent|\w+aient|\w+ront)\b"), "de": re.compile(r"(?i:haben|hatten|sind|waren|\w+en)\b")}


def _names_joined(text: str, start: int, match: re.Match[str], mention: StatusMention, lang: str) -> bool:
    """A conjunction between two capitalised names ("Velkor et Norvia ont renoncé", "la fusion de Velkor et Norvia a
    capoté") joins the names, it opens no clause: the names are one subject (plural verb) or one complement."""
    after = text[match.start() : mention.start].split()[1:]
    before = _LAST_WORD.search(text, start, match.start() + 1)
    first = _ELIDED.sub("", before.group(1)) if before is not None else ""
    if not after or before is None or not _NAME.fullmatch(after[0]) or not _NAME.fullmatch(first):
        return False
    if _PLURAL[lang].match(mention.text) is not None:
        return True
    if first != before.group(1):
        return True  # "la fusion d'Orvane et Norvia": the elision is the preposition
    preceding = _LAST_WORD.search(text, start, before.start())
    return preceding is not None and _PREPOSITION[lang].match(preceding.group(1)) is not None


def _split_coordinated(text: str, parts: list[Clause], found: list[StatusMention], lang: str) -> list[Clause]:
    """``parts`` cut again before a conjunction that a status cue follows (with at most one word between)."""
    pattern = _CONJUNCTION.get(lang)
    if pattern is None:
        return parts
    cuts: list[int] = []
    for mention in found:
        part = next((c for c in parts if c.start <= mention.start < c.end), None)
        if part is None:
            continue
        match = pattern.search(text, part.start, mention.start)
        if match is not None and match.start() > part.start and not _names_joined(text, part.start, match, mention, lang):
            cuts.append(match.start())
    for at in sorted(set(cuts)):
        part = next(c for c in parts if c.start < at < c.end)
        index = parts.index(part)
        parts = [*parts[:index], Clause(part.start, at, part.subordinate), Clause(at, part.end, False), *parts[index + 1 :]]
    return parts


_FACT = (DealStatus.COMPLETED, DealStatus.CANCELLED)
# the noun of a bid, in a cue that tells a bid made ("legt ein Angebot vor", "a déposé une offre")
_BID = re.compile(r"(?i)\b(?:\w*angebot|\w*offerte|\w*gebot|offres?|contre-offres?|OPA)(?:e|s|en|n)?\b")


_COLON = re.compile(r"(?<!\d):|:(?!\d)")  # not a clock time ("07:38 Uhr")


def _colon_segment(text: str, sentence: tuple[int, int], at: int) -> tuple[int, int]:
    """The part of ``sentence`` between the colons around ``at`` (the whole sentence when it has none)."""
    start, end = sentence
    colons = [m.start() for m in _COLON.finditer(text, start, end)]
    before = [c for c in colons if c < at]
    after = [c for c in colons if c >= at]
    return (before[-1] + 1 if before else start), (after[0] if after else end)


# fr: an apposition between commas that names a standing tie ("Velkor, partenaire de Norvia depuis 2015, va ...",
# "Velkor, l'actionnaire de Norvia, a ..."): a relation in place, told as known, which the main verb's tense does not govern
_FR_STANDING_TIE = re.compile(
    r"\s*(?:(?:le|la|l['’]|les|son|sa|ses|leur|leurs|un|une|des)\s*)?(?:(?:principal|principale|grand|grande|fidèle|vieil|vieux|historique|ancien|ancienne|proche|premier|première)\s+)?"
    r"(?:partenaire|alliée?|associée?|actionnaire|coactionnaire|fournisseur|sous-traitant|client|cliente)s?\s+(?:\S+\s+)?(?:de|du|des|d['’])"
)


def _standing_apposition(text: str, own: Clause, lang: str, sentence_end: int) -> bool:
    """fr: is the clause ``own`` an apposition between commas that names a tie between two parties (partner, shareholder,
    supplier of ...)? Such a tie stands: it takes no tense of the sentence's main verb."""
    # (a clause split at commas starts right after one and ends right after the next)
    if lang != "fr" or own.subordinate or own.start == 0 or text[own.start - 1] != "," or text[own.end - 1 : own.end] != ",":
        return False
    if _FR_STANDING_TIE.match(text, own.start, own.end) is None:
        return False
    # ... unless the main verb tells a contract or a tie of its own ("..., va signer un contrat avec Dastrel"): that deal is
    # read as one with the apposition's, its trigger standing in the apposition, and the main verb's tense is its own
    return _FR_TIE_WORDING.search(text, own.end, sentence_end) is None


_FR_TIE_WORDING = re.compile(
    r"\b(?:avec|contrats?|accords?|partenariats?|alliances?|s['’]all\w+|s['’]associ\w+|coentreprises?|joint-ventures?|commandes?)\b", re.IGNORECASE
)


def scoped_status(text: str, lang: str, found: list[StatusMention], sentence: tuple[int, int], at: int) -> StatusMention | None:
    """The cue among ``found`` (the cues of the deal's sentence) that governs the deal whose trigger starts at ``at``:
    its own clause's best cue, unless an attribution of the sentence outranks it; with no cue in its own clause, the
    sentence's best cue, as before. An attribution does not reach a subordinate clause that tells a done deal ("laut
    Insidern prüft Velkor ..., nachdem Dastrel Norvia übernommen hatte"): that is background, told as known."""
    parts = _split_coordinated(text, clauses(text, *sentence, lang), found, lang)
    own = next((c for c in parts if c.start <= at < c.end), None)
    if own is None:
        return best_status(found, at)
    wide = [m for m in found if m.attribution]  # who reports the sentence: the cue table says which cues are
    mine = [m for m in found if m not in wide and m.start < own.end and own.start < m.end]
    if not mine and _standing_apposition(text, own, lang, sentence[1]):
        return None  # "Velkor, partenaire de Norvia depuis 2015, va racheter Dastrel": the apposition's tie stands already
    if not mine:
        # nothing of its own: the sentence's cues, but not a background deal's told as done in a subordinate clause
        background = [c for c in parts if c.subordinate and c is not own]
        kept = [m for m in found if not any(c.start <= m.start and m.end <= c.end and m.status in _FACT for c in background)]
        if lang == "de":
            # "Die Ankündigung, Norvia zu verkaufen, gilt als Schachzug: Dahinter soll Velkor stehen": what follows a
            # colon is a statement of its own; the deal's side of the colon speaks first
            first, last = _colon_segment(text, sentence, at)
            near = [m for m in kept if first <= m.start and m.end <= last]
            if near:
                return best_status(near + [m for m in kept if m.attribution and m not in near], at)
        return best_status(kept, at)
    best = best_status(mine, at)
    if best is not None and best.status is DealStatus.ANNOUNCED and _BID.search(best.text):
        # "Velkor machte ein Angebot für Norvia, war damit aber abgeblitzt": a bid's fate told later in the sentence is
        # the bid's own (a rebuff or a withdrawal in a main clause after it)
        fate = [m for m in found if m.status is DealStatus.CANCELLED and m.start >= own.end
                and not any(c.subordinate and c.start <= m.start < c.end for c in parts)]
        if fate:
            return fate[0]
    if own.subordinate and best is not None and best.status in _FACT:
        wide = [m for m in wide if m.start < own.end and own.start < m.end]
    return best_status(mine + wide, at)
