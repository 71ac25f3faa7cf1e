"""French bystanders: places, people by their office or title, world regions, quoted works, rivals compared and
home towns named near a deal but no side of it. Apart because ``roles`` and ``deals`` both drop them."""

from __future__ import annotations

import re

from pipeline.extract.candidates import Role
from pipeline.extract.kinds import normalize
from pipeline.extract.names import GIVEN_NAMES, NameSpan
from pipeline.extract.roles.common import introduced_by_office


_FR_TITLE_BEFORE = re.compile(
    r"\b(?:ministres?|président\w*|PDG|directeur\w*|directrice\w*|patron\w*|porte-parole|secrétaire\w*|maire|commissaire\w*|"
    r"député\w*|sénat\w*|analyste\w*|chef\w*|dirigeant\w*|responsable\w*|avocat\w*|économiste\w*|fondat\w+|CEO)"
    r"(?:\s+(?:[a-zé][\w'’-]*|de|du|des|d['’]|l['’]|la|le))*\s*,?\s*$"
    # "l'étude, dirigée par Ana Velkor", "présentée par": who leads or hosts it is a person, no party
    # (a company's head may own it: "une société dirigée par X" keeps X)
    r"|(?<!société )(?<!entreprise )(?<!firme )(?<!holding )\b(?:dirigée?s?|présentée?s?|animée?s?|coordonnée?s?)\s+par\s+$"
)

_FR_TITLE_AFTER = re.compile(r",\s+(?:le |la |l['’]|un |une )?(?:\w+\s+){0,2}?(?:ministre|président|PDG|directeur|directrice|patron|porte-parole|secrétaire|maire|commissaire|député|analyste|chef|fondateur|CEO)\b")


# fr: "le club de football de Norvia", "l'équipe de rugby de Brenmark": a sports club named after its town; the
# town is no company that is bought ("le club de vacances Norvia" names the club itself)
_FR_CLUB_OF_TOWN = re.compile(
    r"\b(?:club|équipe|formation)\s+(?:de\s+|d['’])(?:football|foot|rugby|hockey(?:\s+sur\s+glace)?|basket(?:-?ball)?|hand(?:-?ball)?|"
    r"volley(?:-?ball)?|cyclisme|tennis|water-polo)\s+(?:de\s+(?:la\s+ville\s+de\s+)?|d['’])$"
)


def fr_club_town(text: str, name: NameSpan) -> bool:
    """fr: the name is the town a sports club is "de" ("le club de football de Norvia"): a place, not a party."""
    return _FR_CLUB_OF_TOWN.search(text, max(0, name.start - 50), name.start) is not None


def bystander(text: str, name: NameSpan, lang: str) -> bool:
    """fr: a place after its preposition or a person by their title is named near a deal, not part of it."""
    if lang != "fr" or name.suffixed or name.full is not None:
        return False
    if after_place_preposition(text, name) or fr_club_town(text, name):
        return True
    before = text[max(0, name.start - 60) : name.start]
    return bool(_FR_TITLE_BEFORE.search(before) or _FR_TITLE_AFTER.match(text, name.end))


# fr: "à Londres", "depuis Paris": a place; "le ministre Paul Verlaine", "Anne Berk, la présidente du comité": a voice
_FR_PLACE_BEFORE = re.compile(r"(?:\b(?:à|depuis|dans|vers|près de|en|au|aux)\s+)$")


def after_place_preposition(text: str, name: NameSpan) -> bool:
    """fr: "à Londres", "depuis Paris": a one-word, not all-capitals name after a place preposition."""
    if name.suffixed or name.full is not None or name.text.isupper():
        return False
    return _FR_PLACE_BEFORE.search(text, max(0, name.start - 12), name.start) is not None


# fr: "des usines en Afrique de l'Ouest", "ses activités en Amérique du Nord", "au Moyen-Orient", "un journal des
# Caraïbes": a world region after a place preposition or "de" says where, it is no side (a country can be
# one; "la société Ouest Médias" is a company)
_FR_REGIONS = (
    "afrique asie europe amérique amériques océanie orient moyen-orient proche-orient extrême-orient maghreb balkans "
    "scandinavie caraïbes antilles guyane polynésie outre-mer golfe sahel pacifique atlantique méditerranée "
    "nord sud est ouest nord-est nord-ouest sud-est sud-ouest latine centrale subsaharienne "
    "du de l'ouest l'est"
)
_FR_REGION_WORDS = frozenset(_FR_REGIONS.split())
# "en Afrique", "au Moyen-Orient", "de Guyane", and a compass word after its region: "en Afrique de l'Ouest"
_FR_REGION_BEFORE = re.compile(
    r"\b(?:[Ee]n|[Aa]u|[Aa]ux|[Dd]ans|[Vv]ers|[Dd]epuis|de|des|du|d['’])\s*(?:le |la |les |l['’])?"
    r"(?:[A-ZÀ-Ý][\w-]*\s+(?:du |de l['’]|de la |de |des ))?$"
)
_FR_COMPASS = frozenset({"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest"})
# "... Afrique de l'": the region a compass word belongs to, named just before it
_FR_REGION_NAMED = re.compile(r"[A-ZÀ-Ý][\w-]*\s+(?:du |de l['’]|de la |de |des )$")


def fr_region(text: str, party: Role) -> bool:
    """fr: a party that is a world region ("Afrique", "Moyen-Orient", "Amérique du Nord") after "en", "au", "dans",
    "de"; a lone compass word ("Ouest") only after its region ("en Afrique de l'Ouest")."""
    words = normalize(party.name).split()
    if not words or words[0] in ("du", "de") or not all(w in _FR_REGION_WORDS for w in words):
        return False
    before = _FR_REGION_BEFORE.search(text, max(0, party.start - 40), party.start)
    if before is None:
        return False
    if len(words) == 1 and words[0] in _FR_COMPASS:
        # "l'Ouest" alone may open a company's name ("Ouest Médias"): only "en Afrique de l'Ouest" says a region
        return before.group().split()[0].lower() not in ("de", "des", "du") and "\n" not in before.group() and bool(
            _FR_REGION_NAMED.search(before.group())
        )
    return True


# fr: "le ministre de l'Économie Paul Dastrel", "Anne Berk, la maire de ...": a person the article introduces by an
# office speaks or decides around the deal, no side of it (a founder or a businessman may deal: no office word here)
_FR_OFFICE_BEFORE = re.compile(
    r"\b(?:ministres?|maire|porte-parole|député\w*|sénat\w*|commissaire\w*|analyste\w*|économiste\w*|avocat\w*|"
    r"présidente?|PDG|patron\w*|directeur\w*|directrice\w*|secrétaire\w*)"
    r"(?:\s+(?:[a-zà-ÿ][\w'’-]*|d['’]\w+))*\s*,?\s*$"
)
_FR_OFFICE_AFTER = re.compile(
    r"\s*,\s+(?:le |la |l['’]|un |une )?(?:[\w'’-]+\s+){0,2}?(?:ministre|présidente?|PDG|directeur|directrice|patron|patronne|"
    r"porte-parole|secrétaire|maire|commissaire|députée?)\b"
)


def fr_office_holder(text: str, party: Role) -> bool:
    """fr: a party named like a person whom the article introduces by an office."""
    return introduced_by_office(text, party, _FR_OFFICE_BEFORE, _FR_OFFICE_AFTER, 70)


# fr: "le projet « Velkor »", "la série "Norvia"": a name quoted after a project or work noun is the project or the
# product, no side ("la marque « X »", "l'application X" may be bought: not here)
_FR_WORK_BEFORE = re.compile(
    r"\b(?:projets?|plans?|programmes?|opérations?|séries?|films?|émissions?|vaccins?|logiciels?|jeux|jeu|modèles?|"
    r"nom de code|baptisée?s?)\s+(?:[a-zà-ÿ]+\s+)?[\"«“]\s*$"
)


def fr_quoted_work(text: str, party: Role) -> bool:
    """fr: a party whose name is quoted right after "projet", "série", "vaccin", ... ("le projet « Velkor »")."""
    return _FR_WORK_BEFORE.search(text, max(0, party.start - 40), party.start) is not None


# fr: "Norvia, rival européen du Suédois Velkor", "le concurrent de Dastrel": the name a rival is measured against
# is a comparison, no side ("son concurrent Velkor", with no "de", may well be bought: not here)
# ("l'offre concurrente de Velkor", "une OPA rivale de Velkor": the rival bid's own "de" names the bidder, a side)
_FR_RIVAL_OF = re.compile(
    r"\b(?<!offre )(?<!offres )(?<!OPA )(?:rival|rivale|rivaux|rivales|concurrent|concurrente|concurrents|concurrentes|homologue|homologues)"
    r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de|du|des|d['’])\s*(?:l['’]|la |le |les )?(?:[A-ZÀ-Ý][a-zà-ÿ]+\s+)?$"
)


def fr_compared(text: str, party: Role) -> bool:
    """fr: a party named after "rival de", "concurrent européen du Suédois", "homologue de"."""
    return _FR_RIVAL_OF.search(text, max(0, party.start - 60), party.start) is not None


def fr_no_side(text: str, party: Role) -> bool:
    """fr: a world region ("en Afrique de l'Ouest"), a person introduced by an office ("le ministre Paul Dastrel"),
    a quoted project or work ("le projet « Velkor »") or what a rival is compared to ("rival de Velkor").
    Public: ``deals`` drops these bystanders from a French candidate's sides."""
    return fr_region(text, party) or fr_office_holder(text, party) or fr_quoted_work(text, party) or fr_compared(text, party)


# "le constructeur d'Ingolstadt", "le géant de Redmond": a company named after its home town
_FR_TOWN_OF = re.compile(
    r"(?:[Ll]e|[Ll]a|[Ll]['’]|du|au)\s*(?:constructeur|géant|groupe|firme|fabricant|laboratoire|équipementier|motoriste|avionneur|sidérurgiste|chimiste)"
    r"(?:\s+[a-zà-ÿ][\w-]*)?\s+(?:de\s+|d['’])$"
)


def fr_home_towns(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """fr: "le constructeur d'Ingolstadt prévoit d'investir ...": the one-word name after such a periphrasis is the company's
    town, no party (the company itself is the one the noun takes up). Public: ``deals`` drops these names before roles."""
    towns = [
        n for n in names
        if " " not in n.text and not n.suffixed and n.text.lower() not in GIVEN_NAMES
        and _FR_TOWN_OF.search(text[max(0, n.start - 60) : n.start])
    ]
    return [n for n in names if n not in towns] if towns else names
