"""French subjects: which names before the verb may act (no place, no complement of a deal noun, no indirect object,
no owner of the noun before). Apart because ``clause`` reads the subject for every voice."""

from __future__ import annotations

import re

from pipeline.extract.candidates import Role
from pipeline.extract.names import NameSpan
from pipeline.extract.roles.fr.bystanders import after_place_preposition
from pipeline.extract.roles.fr.patterns import FR_CHIEF_OF_BEFORE, FR_LIST_GLUE, FR_OBLIQUE, FR_RECENT_OWNER
from pipeline.extract.triggers import Trigger
from pipeline.extract.kinds import party_kind
from pipeline.models import PartyKind, PartyRole


_FR_COMPLEMENT_BEFORE = re.compile(r"\b[a-zà-ÿ]+\s+(?:de|du|des|d['’])\s*(?:l['’]|la\s+|le\s+|les\s+)?$")

_FR_AND = re.compile(r",?\s+(?:et|ou)\s+|,\s+")

_FR_SECOND_VERB = re.compile(
    r"\s*,?\s+(?:(?:et|puis)\s+(?:(?:a|ont)\s+)?(?:(?:aussi|également|ensuite|enfin|déjà)\s+)?|(?:pour|afin d['e]|avant d['e])\s*(?:(?:aussi|également|ensuite|enfin)\s+)?)"
)

# (a span of time may come first: "..., un an après avoir acquis Norvia", "..., quelques mois seulement après avoir")
# (the comma may be left out: "Velkor détient 30 % de Norvia après avoir racheté ...": the infinitive's subject is still
# the main clause's)
_FR_PAST_INFINITIVE = re.compile(r"(?:,\s+(?:(?:[\w'’-]+\s+){1,3}?)?|\s)(?:après|sans)\s+(?:avoir|d['’]avoir)\s+(?:\S+\s+)?$")
# fr: "Velkor s'offre Dastrel, trois mois après le rachat de Norvia": a deal noun dating the main clause's deal is that
# subject's earlier deal (not "après son rachat", the subject's own sale)
_FR_AFTER_DEAL_NOUN = re.compile(r",\s+(?:(?:[\w'’-]+\s+){1,3}?)?(?:après|avant)\s+(?:le\s+|la\s+|l['’]\s*)$")

# fr: "Velkor, qui emploie 300 personnes à Lyon, a racheté X", "Velkor, un groupe fondé par Paul Dastrel, va racheter X":
# from a name to the verb, a relative clause (commas allowed in it) or an "un/une" apposition (none) closed by a comma
# with at most a few verb words after it; the names inside describe the subject, the name before it acts
# ... or a participle clause ("Norvia, racheté en 2018 par Velkor, vient de céder X": Norvia, not Velkor, sells)
_FR_CLAUSE_THEN_VERB = re.compile(
    r"\s*,\s+(?:(?:qui|dont)\s[^;:()«»\"]*?|(?:un|une)\s[^,;:()«»\"]*?"
    r"|(?:rachetée?s?|acquise?s?|reprise?s?|cédée?s?|vendue?s?|détenue?s?|contrôlée?s?|fondée?s?|créée?s?|basée?s?|absorbée?s?|née?s?)\s[^,;:()«»\"]*?)"
    r",\s+[a-zà-ÿ'’\s-]{0,40}"
)


# fr: "une holding détenue par la ville de Brenmark", "détenue à 51 % par les héritiers Dastrel": the owner of the noun before
_FR_OWNED_BY = re.compile(
    r"\b(?:détenue?s?|contrôlée?s?|possédée?s?)\s+(?:(?:à|aux?)\s+(?:plus de\s+)?\d+(?:[.,]\d+)?\s*(?:%|pour cent)\s+)?par\s+"
    r"(?:(?:la|le|les|l['’])\s*)?(?:[a-zà-ÿ-]+\s+){0,3}?(?:(?:de|du|des|d['’])\s*(?:la\s+|l['’])?)?$"
)


# institutions a chief may head that are no company: "président du Sénat", "directrice générale de l'Insee"
_FR_INSTITUTION = re.compile(
    r"(?:Sénat|Assemblée|Conseil|Commission|Cour|Parlement|République|Région|Medef|Fed|BCE|Banque (?:centrale|de France)|Autorité|Comité|"
    r"Fédération|Syndicat|Association|Union|Chambre|Conférence|Tribunal|Cnil|CGT|CFDT|Insee|Ademe|Arcep|AMF)\b"
)


# "a salué", "a critiqué le rachat de X": a chief who judges a deal does not make it
_FR_OPINION = re.compile(r"\b(?:salu|comment|critiqu|regrett|déplor|dénon|félicit|réjou|inquiét|estim|jug|qualifi|évoqu|réagi)\w*")


def fr_chief_of(text: str, name: NameSpan, floor: int) -> bool:
    """fr: is the name the company a sitting chief in apposition heads ("Paul Verdier, PDG de Velkor,")? Then the
    person speaks for it. Not an institution or a public body ("président du Sénat", "de la région Occitanie")."""
    if FR_CHIEF_OF_BEFORE.search(text, max(floor, name.start - 60), name.start) is None:
        return False
    return _FR_INSTITUTION.match(name.text) is None and party_kind(name.text, text[max(0, name.start - 40) : name.start]) is PartyKind.COMPANY


def fr_owner_named(text: str, name: NameSpan) -> bool:
    """fr: the name is the owner of the noun just before it ("Velkor, une holding détenue par les héritiers Dastrel")."""
    return _FR_OWNED_BY.search(text, max(0, name.start - 70), name.start) is not None


def fr_owner_of_side(text: str, name: NameSpan, parties: list[Role]) -> bool:
    """fr: the owner of a buyer, seller or investor is no side of its deal ("racheté par Velkor, une holding détenue
    par la ville de Brenmark"); the owner of what is bought sells it, and is kept."""
    if not fr_owner_named(text, name):
        return False
    before = [p for p in parties if p.end <= name.start]
    return bool(before) and max(before, key=lambda p: p.end).role is not PartyRole.TARGET


# "a été absorbée par", "cédée à": the auxiliary or the participle tells how many things were bought ("repris",
# "acquis" may be either number and say nothing)
_FR_PASSIVE_PARTICIPLE = re.compile(r"(?:(?:a|avait|aurait|aura|sera|serait|ont|avaient|auraient|seront|seraient) été\s+)?(?P<word>\w+)")


def fr_one_passive_target(text: str, trigger: Trigger) -> bool:
    """fr: "cite Dastrel et Norvia, une messagerie rachetée en 2017 par Velkor": a passive in the singular has one
    subject, the name right before it; the names listed with that one are no targets (plural: "Dastrel et Norvia ont
    été rachetées" are both). Public: ``roles._finish``."""
    if trigger.voice != "passive":
        return False
    words = _FR_PASSIVE_PARTICIPLE.match(text, trigger.start, trigger.end)
    if words is None:
        return False
    auxiliary = text[trigger.start : words.start("word")]
    if auxiliary:
        return not auxiliary.startswith(("ont", "avaient", "auraient", "seront", "seraient"))
    return words["word"].endswith(("é", "ée", "ise")) and not words["word"].endswith(("és", "ées", "ises"))


_FR_COMPLEMENT_OF = re.compile(r"\b(?:de la |de l['’]|du |des |de |d['’])$")


def fr_subject_candidates(text: str, candidates: list[NameSpan], sentence: tuple[int, int], trigger: Trigger) -> list[NameSpan]:
    """fr: the names before the verb that may be its subject: no place after its preposition, no complement of
    another deal noun, no indirect object, no owner of the noun before it."""
    candidates = [n for n in candidates if not after_place_preposition(text, n)]  # "depuis Londres"
    candidates = [n for n in candidates if not fr_owner_named(text, n)]  # "la holding détenue par Dastrel a ..."
    if FR_RECENT_OWNER.match(text, trigger.start):
        # "le dirigeant de Norvia, ancien cadre de Dastrel, récent acquéreur de Velkor": the apposition describes
        # its head noun; a name complementing a noun (the founder's company, another holding) is no buyer
        candidates = [n for n in candidates if not _FR_COMPLEMENT_OF.search(text, max(sentence[0], n.start - 12), n.start)]
    if trigger.noun and candidates:
        # "après les faillites de Velkor et Norvia et le rachat de X": a noun's complement does not buy
        last = candidates[-1]
        head = last
        for other in reversed(candidates[:-1]):
            if _FR_AND.fullmatch(text, other.end, head.start):
                head = other
        if fr_chief_of(text, head, sentence[0]) and "," in text[last.end : trigger.start] and not _FR_OPINION.search(text, last.end, trigger.start):
            # "Paul Verdier, PDG de Velkor, a annoncé le rachat de X": the person speaks for the company, which acts
            candidates = [n for n in candidates if n.start >= head.start]
        elif _FR_COMPLEMENT_BEFORE.search(text, max(sentence[0], head.start - 40), head.start):
            # ("Velkor, propriétaire de Orvane, annonce le rachat de X": past an apposition the name before it acts)
            candidates = [n for n in candidates if n.start < head.start] if "," in text[last.end : trigger.start] else []
    if trigger.voice != "other":
        # "Velkor a écrit à son associé Norvia avant de racheter X", "avec une foire Y": an indirect object is no subject
        # (a loan's borrower is often one: "on compte sur X pour ... un prêt")
        candidates = [n for n in candidates if not FR_OBLIQUE.search(text, max(sentence[0], n.start - 50), n.start)]
    described = next((i for i, n in enumerate(candidates[:-1]) if _FR_CLAUSE_THEN_VERB.fullmatch(text, n.end, trigger.start)), None)
    if described is not None:
        candidates = candidates[: described + 1]  # "Velkor, qui a son siège à Zurich, a racheté X": Velkor, not Zurich
    if not trigger.noun and candidates and _FR_PAST_INFINITIVE.search(text, max(sentence[0], trigger.start - 50), trigger.start):
        return candidates[:1]  # "Velkor va racheter Dastrel, après avoir acquis Norvia": the main clause's subject acts
    if trigger.noun and len(candidates) >= 2 and _FR_AFTER_DEAL_NOUN.search(text, max(sentence[0], trigger.start - 50), trigger.start):
        return candidates[:1]
    if (
        not trigger.noun and trigger.voice != "partner" and len(candidates) >= 2 and _FR_SECOND_VERB.fullmatch(text, candidates[-1].end, trigger.start)
        and not _FR_AND.fullmatch(text, candidates[-2].end, candidates[-1].start)  # "aux groupes Velkor et Norvia pour ...": both act
    ):
        # "Velkor a racheté Norvia et cédé Dastrel", "a vendu Norvia pour racheter Dastrel": the name before the second
        # verb is the first one's object; the first verb's subject acts again, with the names listed with it ("Velkor et
        # le Norvia, qui attendaient une aide du ministère X afin de reprendre")
        first = 1
        while first < len(candidates) - 1 and FR_LIST_GLUE.fullmatch(text, candidates[first - 1].end, candidates[first].start):
            first += 1
        return candidates[:first]
    return candidates
