"""Sentence spans of an article: where a deal's parties, figures and status are read.

Wire copy wraps lines anywhere and abbreviates ("Inc.", "Corp.", "Calif."), feed text
keeps one paragraph per line, and French agency copy runs sub-headings into the
text: each needs its own rule for where a sentence ends.
"""

from __future__ import annotations

import re
from re import _parser  # type: ignore[attr-defined]  # pattern widths, see _ABBREVIATION_REACH

__all__ = [
    "DE_ABBREVIATIONS",
    "DE_LINKING_WORDS",
    "FR_IMPERSONAL",
    "FR_LINKING_WORDS",
    "FR_SUBJECT_PRONOUN",
    "OPENING_MARKS",
    "OPENING_PHRASE",
    "fr_headings_apart",
    "linking_word",
    "split_sentences",
]


# a break after . ! ? (and a closing quote) before a capital or a digit, a blank line, or an indented line:
# r'(?<=[.!?])["»”]?\s+(?=["«“]?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=[ \t]{2,})' written to open with the class of its
# first character, so that the search skips in C to spaces and quotes instead of trying a match at
# every position; one lookbehind then turns away a space after a word (neither after . ! ? nor a
# line break), and the branches' lookbehinds reach over the character taken (same matches, same order)
_SENTENCE_END = re.compile(
    r"[\s\"»”](?<![^.!?][^\n])"
    r"(?:(?<=[.!?][\"»”])\s+(?=[\"«“]?[A-ZÀ-ÖØ-Þ0-9])|(?<=[.!?]\s)\s*(?=[\"«“]?[A-ZÀ-ÖØ-Þ0-9])|(?<=\n)\s*\n|(?<=\n)(?=[ \t]{2,}))"
)
_LINE_BREAK = re.compile(r"\n")
_WRAPPED_LINE = re.compile(r"\n[ \t]*[a-zà-ÿ(]")
# de: abbreviations whose period ends neither a sentence nor a trigger's clause ("58 Mio. Euro", "ca. 40", "bzw."),
# read here and by ``triggers``
DE_ABBREVIATIONS = ("Mio", "Mrd", "Tsd", "ca", "rd", "bzw", "inkl")
_ABBREVIATIONS = re.compile(r"(?:\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|Bros|Chas|No|Fla|Calif|Mass|Conn|Penn|Ill|Mich|Wis|Minn|Tex|Ore|Wash|Ariz|Colo|Ga|Va|Md|Mo|Ind|Tenn|Ky|Okla|Ala|Jan|Feb|Aug|Sept|Oct|Nov|Dec|M|Mme|Nr|Dr|Prof|St|" + "|".join(DE_ABBREVIATIONS) + r")\.|\b[A-Z]\.)$")
_ABBREVIATION_REACH = _parser.parse(_ABBREVIATIONS.pattern, _ABBREVIATIONS.flags).getwidth()[1] + 2  # longest match, and "$" before a final newline


_DAY_NUMBER = re.compile(r"(?<![\d.,])\b[0-3]?\d\.$")
_GERMAN_MONTH = re.compile(r"(?:Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; a full stop after "Inc." or an initial does not end one."""
    spans: list[tuple[int, int]] = []
    start = 0
    breaks = list(_SENTENCE_END.finditer(text))
    if not (_WRAPPED_LINE.search(text) or "\n    " in text):
        # paragraphs one per line (feeds, not wire copy): every line break ends a sentence
        breaks = sorted(breaks + list(_LINE_BREAK.finditer(text)), key=lambda m: m.start())
    for match in breaks:
        if match.start() < start:
            continue
        head = text[start : match.start()]
        head = head.rstrip("\"»”")
        # the match ends the text, so it starts in the last few characters: search only there
        # (lookbehinds and \b still see the characters before the search start)
        if _ABBREVIATIONS.search(head, max(0, len(head) - _ABBREVIATION_REACH)) and "\n\n" not in match.group():
            continue
        if _DAY_NUMBER.search(head, max(0, len(head) - 4)) and _GERMAN_MONTH.match(text, match.end()):
            continue  # de: "am 12. März": a day's ordinal before its month ends no sentence
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


# How a sentence opens before its subject: the pieces the openings read by ``coref``, ``article_names`` and
# ``roles.clause`` are built from, so that what counts as an opening is written once.
# quotes, brackets, dashes and spaces before the first word
OPENING_MARKS = r"[\s\"«“(-]*"
# an opening phrase from a capital up to its comma ("Selon la presse, ", "Contrairement à ses concurrentes, ")
OPENING_PHRASE = r"(?:[A-ZÀ-Ý][^,.;:!?\"«»]{0,80},\s+)?"
# words that link a sentence to the one before ("Mais elle a ...", "Nun will Velkor ...")
FR_LINKING_WORDS = ("Mais", "Et", "Puis", "Or", "Ensuite", "Enfin", "Pourtant", "Cependant")
DE_LINKING_WORDS = ("Nun", "Jetzt", "Dann", "Zudem", "Auch", "Doch", "Aber", "Damit", "Außerdem")
# fr: a subject pronoun and the space after it
FR_SUBJECT_PRONOUN = r"(?:[Ii]ls?|[Ee]lles?)\s+"
# fr: what follows an impersonal "il" ("il faut", "il y a", "il est possible"): no company is its subject
FR_IMPERSONAL = (
    r"(?:y|faut|fallait|faudra|s['’]agit|semble|reste|existe|suffit|paraît)\b|(?:est|était|serait|sera)\s+(?:possible|probable|clair|difficile"
    r"|nécessaire|question|temps|vrai|certain|prévu|important|impossible|peu|trop|encore|urgent)\b"
)


def linking_word(words: tuple[str, ...]) -> str:
    """An optional linking word of ``words`` and the space after it, a comma allowed between ("Mais, elle")."""
    return rf"(?:(?:{'|'.join(words)}),?\s+)?"


# fr: agency copy runs its sub-headings into the text ("... en hausse.- Nouveau patron -Le groupe Velkor a ...")
_FR_RUN_IN_HEADING = re.compile(r"(?<=[.!?»\"])\s?- [A-ZÀ-ÖØ-Þ][^-\n.!?]{0,60}? -\s?(?=[\"«“]?[A-ZÀ-ÖØ-Þ])")


# fr: a heading or a sentence glued to the next with no space ("... des soucis récurrentsCes problèmes", "au
# travail.Marie a dit"): a lower-case word of four letters or more, or of three before a full stop, then a capital
# and a lower-case letter
_FR_GLUED_HEADING = re.compile(r"(?<![\w'’.-])(?:[a-zà-ÿ]{4,}|[a-zà-ÿ]{3,}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])")


def fr_headings_apart(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """fr: a run-in sub-heading is a sentence of its own, so its words neither end nor open the sentences around it."""
    cuts = [(m.start(), m.end()) for m in _FR_RUN_IN_HEADING.finditer(text)]
    cuts += [(m.end(), m.end()) for m in _FR_GLUED_HEADING.finditer(text)]
    cuts.sort()
    if not cuts:
        return spans
    out: list[tuple[int, int]] = []
    for a, b in spans:
        start = a
        for c, d in cuts:
            if start <= c and d < b:
                out.append((start, c))
                out.append((c, d))
                start = d
        out.append((start, b))
    return [(a, b) for a, b in out if b > a]
