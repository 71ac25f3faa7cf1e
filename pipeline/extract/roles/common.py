"""What every language's role steps share: the candidate's working state and the name lookups around a trigger.

``RoleState`` carries one candidate's subject, object, target, owner and parties from step to step. The
helpers find the name after a preposition (``after_prep``), the first name after a position, the name a
modifier describes, the names joined to a party by "and" and the names listed before the subject. They sit
below the language modules (``en``, ``fr``, ``de``) and the steps that call them (``clause``, ``voices``),
so that imports run one way.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from pipeline.extract.candidates import Candidate, Role, role_of
from pipeline.extract.names import GIVEN_NAMES, NameSpan, is_place
from pipeline.extract.targets import whole_words
from pipeline.extract.text_index import long_article, memo, per_article
from pipeline.extract.triggers import Trigger
from pipeline.models import DealType


T = DealType

NP_OBJECT = re.compile(
    # a count belongs to the target ("five rural hospitals"), a count of what remains does not
    r"^\s*(?:(?:its|their|his|a|an|the|certain|all|some)\s+|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?=remaining\b)|(?=(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s))"
    r"((?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?!pct|percent|mln|billion|shares|of)\b)?(?:(?:existing|remaining|entire|wholly[- ]owned|majority[- ]owned)\s+)?(?:[A-Z][\w'-]*,?\s+){0,3}(?:(?!for\b|to\b|from\b)[a-z][\w&'-]*\s+){0,6}?"
    r"(?:business(?:es)?|units?|divisions?|operations?|plants?|assets|subsidiar(?:y|ies)|stations?|mills?|stores?|"
    r"properties|group of [a-z ]+?properties|interests?|stake|refinery|facilit(?:y|ies)|chain|line|network|fleet|"
    r"hospitals?|restaurants?|hotels?|branch(?:es)?|terminals?|centers?))\b"
)

# "acquire cement and gravel businesses from X": no determiner, plural head, no name inside
NP_BARE = re.compile(
    r"^\s*((?:(?!(?:for|to|from|by|with|which|that|the|its|their|his|a|an|all|of|in|substantially)\b)[a-z][\w&'-]*,?\s+){1,5}?"
    r"(?:businesses|operations|plants|stores|properties|facilities|hospitals|restaurants|hotels|branches|mills|stations|terminals))\b"
)

JUST_SPACE = re.compile(r"\s+")

WITH_BEFORE = re.compile(r"\b(?:avec|mit)\s+(?:l['’]|la |le |les |der |die |dem |den )?$")


@lru_cache(maxsize=64)
def prep_pattern(prep: str) -> re.Pattern[str]:
    """Compiled once per preposition: re's own cache is flushed by the per-name patterns."""
    # (fr: a preposition elided into the name, "auprès d'Orvane", takes no space after its apostrophe)
    return re.compile(rf"\b{prep}(?:\s+|(?<=['’]))(?:the\s+|l[ae]\s+|l['’]|les\s+|der\s+|die\s+|den\s+|dem\s+|des\s+)?", re.IGNORECASE)


CLAUSE_PUNCT = re.compile(r"[,;.]")


def after_prep(text: str, names: list[NameSpan], prep: str, start: int, end: int, lang: str = "") -> NameSpan | None:
    """For each "prep" in [start, end), the first name (no place) within 40 characters after it, unless clause
    punctuation stands between; (en) the name that one describes, if it only describes another."""
    pattern = prep_pattern(prep)
    for match in pattern.finditer(text, start, end):
        for name in names:
            if name.start >= match.end() and name.start - match.end() <= 40 and not is_place(name):
                between = text[match.end() : name.start]
                if not CLAUSE_PUNCT.search(between):
                    return described(text, names, name) if lang == "en" else name
                break
    return None


# "Boston investor Ann B. Corvane", "Harlow Corp unit Benton Exploration Inc": the first name only describes the second
_DESCRIBED_BY = re.compile(
    r"\s+(?:(?!(?:and|or|said|says|for|to|from|of|in|on|by|at|with|the|a|an|its|their|his|her|which|who|that|as|is|was|has|had|will|would)\b)[a-z][\w-]*\s+){1,3}"
)


def described(text: str, names: list[NameSpan], name: NameSpan) -> NameSpan:
    """The name a modifying name stands before, or the name itself (en)."""
    if name.suffixed and not name.possessive and is_place(name):
        return name
    for other in names:
        if other.start > name.end:
            if other.start - name.end <= 40 and _DESCRIBED_BY.fullmatch(text, name.end, other.start):
                return other
            break
    return name


@dataclasses.dataclass(slots=True)
class RoleState:
    """One candidate's working state while ``assign_roles`` decides its parties, handed from step to step.

    ``trigger`` is the trigger as found: a step may give ``cand.trigger`` another deal type, the later steps
    still read the original. ``voice`` starts as the trigger's and becomes "named" when a German role noun
    names the parties."""

    text: str
    names: list[NameSpan]  # the article's names
    cand: Candidate
    trigger: Trigger
    lang: str
    lead: NameSpan | None  # the article's company
    company: NameSpan | None
    s_start: int
    s_end: int
    in_sentence: list[NameSpan]  # the sentence's names, spelled out in full
    voice: str
    parties: list[Role]
    subject: NameSpan | None = None
    inverted: NameSpan | None = None  # de: the subject found after the verb
    window_end: int = 0  # where the verb's object ends
    right: list[NameSpan] = dataclasses.field(default_factory=list)  # the names after the trigger
    in_window: list[NameSpan] = dataclasses.field(default_factory=list)  # ... within the object window, no places
    obj: NameSpan | None = None  # the name the verb takes as its object
    target: Role | None = None
    owner: NameSpan | None = None  # who owns what is bought, so sells it
    de_counterpart: NameSpan | None = None  # de: the name after "an"/"von" before the verb
    de_from: NameSpan | None = None  # de: "übernimmt von X die Y": X sells


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*et|,?\s*und|,?\s*sowie)\s+(?:l['’]|la |le |les |der |die |das |dem |den )?")


_LIST_AND = re.compile(r"\b(?:et|ou|ainsi que|und|sowie|oder)\b")
# a preposition that fronts a phrase before the subject ("Après", "Outre", "Nach", ...), opening the sentence or a clause,
# just before a list's first name or its head noun ("Après le groupe Velkor"); not "des groupes comme X, Y et Z ont"
_FRONTED = re.compile(
    r"(?:^|[.;:,!?(«\"]\s*)(?:après|avant|comme|outre|selon|depuis|malgré|hormis|sauf|excepté|contrairement à|à l['’]instar d[eu']?|face à|derrière"
    r"|nach|neben|wie|außer|vor|seit|trotz)\s+(?:l['’]|la |le |les |der |die |das |dem |den )?(?:[a-zà-ÿ-]+\s+){0,2}$",
    re.IGNORECASE,
)


def listed_before(text: str, names: list[NameSpan], subject: NameSpan, parties: list[Role], glue: re.Pattern[str] | None = None) -> list[Role]:
    """fr/de: "L'Espagne, la France et l'Italie ont signé": every name listed with the subject shares its role."""
    own = next((p for p in parties if p.start == subject.start), None)
    if own is None:
        return []
    before = [n for n in names if n.end <= subject.start]
    listed: list[Role] = []
    right = subject
    for name in reversed(before):
        if not (glue or _LIST_GLUE).fullmatch(text, name.end, right.start):
            break
        listed.append(role_of(name, own.role, text))
        right = name
    if listed and not _LIST_AND.search(text, listed[0].end, subject.start):
        # "Paris, Berlin" without a closing "et" is no list of parties; nor is "Après X et Y, Z a racheté": the "et" of a
        # list stands before its last name, the subject, and a comma there closes a fronted phrase
        return []
    if listed and _FRONTED.search(text, max(0, listed[-1].start - 60), listed[-1].start):
        return []  # "Comme X, Y et Z ...": names after a fronted preposition are its object, not subjects
    return listed


_COORDINATION = re.compile(r"(?:\s+(?:of|in)\s+[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*)?)?,?\s+and\s+$|^,\s+$")


def listed_after(
    text: str, names: list[NameSpan], first: NameSpan, glue: re.Pattern[str], *,
    through_places: bool = False, conjunction: re.Pattern[str] | None = None, reach: int | None = None,
) -> list[NameSpan]:
    """"par Velkor, Norvia et Dastrel", "from Velkor Capital and Dastrel": the names ``glue`` joins to ``first``, in
    order. A place ends the list (``through_places``: is passed over); ``reach`` caps the gap between two names; with
    ``conjunction``, names joined by commas alone are no list."""
    listed: list[NameSpan] = []
    left = first
    for name in names:
        if name.start < left.end or through_places and is_place(name):
            continue
        if reach is not None and name.start - left.end > reach or is_place(name) or not glue.fullmatch(text, left.end, name.start):
            break
        listed.append(name)
        left = name
    if listed and conjunction is not None and not conjunction.search(text, first.end, listed[-1].start):
        return []  # "Velkor, Norvia" without an "et" is no list
    return listed


def coordinated(text: str, names: list[NameSpan], end: int) -> list[NameSpan]:
    """"Harlan Bancorp Inc and Esker Bancorp Inc": the other names joined to a party by "and"."""
    found: list[NameSpan] = []
    for name in names:
        if name.start <= end or name.start - end > 60 or is_place(name):
            continue
        if not (_COORDINATION.search(text[end : name.start]) and name.suffixed):
            break
        found.append(name)
        end = name.end
    return found


_EXECUTIVE_HEAD = (
    r"(?:PDG|CEO|patron|directeur général|président|chief executive|chairman|Chef|Vorstandschef|Konzernchef)\s+"
    r"(?:de |d'|d’|of |von |du |des )"
)


@lru_cache(maxsize=512)
def _executive_of(surname: str) -> re.Pattern[str]:
    """Compiled once per surname, not per call."""
    return re.compile(_EXECUTIVE_HEAD + r"([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*),?\s+(?:[A-Z][\w-]*\s+)*" + re.escape(surname))


def company_of_person(text: str, person: NameSpan | None) -> NameSpan | None:
    """"le PDG de Corvix, Marten Caul" → the company a named executive speaks for."""
    if person is None:
        return None
    return _company_of(text, person.text.split()[-1])


@per_article  # asked of every name the article repeats, in each deal sentence: of a long article, once per surname
def _company_of(text: str, surname: str) -> NameSpan | None:
    if long_article(text):
        # the search from the first executive's title that leads to the surname: the titles are found once
        pattern = _executive_of(surname)
        match = next((m for at in memo(text, "executive titles", lambda: _titles_at(text)) if (m := pattern.match(text, at))), None)
    else:
        match = _executive_of(surname).search(text)
    if match is None:
        return None
    return NameSpan(match.start(1), match.end(1), match.group(1))


# where an executive's title and the "de"/"of" before a company open: the only places an _executive_of match starts at
_EXECUTIVE_TITLE = re.compile(rf"(?={_EXECUTIVE_HEAD}[A-Z])")


def _titles_at(text: str) -> list[int]:
    return [m.start() for m in _EXECUTIVE_TITLE.finditer(text)]


def first_after(names: list[NameSpan], position: int, window: int, text: str = "") -> NameSpan | None:
    """The first name (no place) starting within ``window`` characters after ``position``; given ``text`` (en),
    the name it describes, if it only describes another."""
    for name in names:
        if position <= name.start <= position + window and not is_place(name):
            return described(text, names, name) if text else name
    return None


def introduced_by_office(text: str, party: Role, before: re.Pattern[str], after: re.Pattern[str], window: int) -> bool:
    """A party named like a person (a common given name first) whom the article introduces by an office: an office
    word within ``window`` characters before one of its mentions (``before``), or in an apposition after it
    (``after``). Each language gives its office words."""
    words = party.name.split()
    if not 2 <= len(words) <= 4 or words[0].lower() not in GIVEN_NAMES:
        return False
    return any(before.search(text, max(0, start - window), start) or after.match(text, end) for start, end in whole_words(text, party.name))
