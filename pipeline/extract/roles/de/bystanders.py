"""German bystanders: names near a deal that take no side in it (world regions, office holders, quoted
projects, home towns, a country's genitive, people introduced by a title) and a chief standing for the company."""

from __future__ import annotations

import re

from pipeline.extract.candidates import Role
from pipeline.extract.geo import PLACES, country_of
from pipeline.extract.kinds import normalize
from pipeline.extract.names import DE_PERSON_BEFORE, NameSpan, is_place
from pipeline.extract.roles.common import introduced_by_office
from pipeline.extract.targets import whole_words
from pipeline.models import PartyKind


def de_place_genitive(name: NameSpan) -> bool:
    """de: "Lorvaniens größte Bank": a country's genitive describes the noun after it and takes no side in a deal."""
    return name.text.endswith("s") and country_of(" ".join(name.text[:-1].split())) is not None


_DE_COMPANY_CHIEF = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&]*(?:-[A-ZÄÖÜ][\w&]*)?)-(?:Chef|Chefin|Vorstandschef|Vorstandschefin|Konzernchef|Boss|Gründer|Gründerin)\s+$")


def de_company_of_chief(text: str, party: Role) -> Role:
    """de: "Velkor-Chef Ivo Brenn": a person named as a company's chief stands for the company, in the same role."""
    chief = _DE_COMPANY_CHIEF.search(text, max(0, party.start - 60), party.start)
    if chief is None or party.kind is not PartyKind.PERSON:
        return party
    return Role(chief.group(1), chief.start(1), chief.end(1), party.role)


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
    # "die von Graz aus geführt wird", "von Frankfurt aus": a place things are run from, no party
    towns += [n for n in names if (is_place(n) or n.text in PLACES) and _DE_FROM_BASE_BEFORE.search(text, max(0, n.start - 8), n.start) and _DE_FROM_BASE_AFTER.match(text, n.end)]
    return [n for n in names if n not in towns] if towns else names


_DE_FROM_BASE_BEFORE = re.compile(r"(?<![\w-])von\s+$")
_DE_FROM_BASE_AFTER = re.compile(r"\s+aus(?![\w-])")


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
