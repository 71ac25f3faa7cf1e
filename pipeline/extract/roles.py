"""Who does what in a deal: the roles (buyer, seller, target, supplier, customer, ...) of the names around a trigger.

``assign_roles`` reads the trigger's sentence: who stands before the verb, what
follows it, and the prepositions around. It is the largest and most
language-specific part of the extractor, which is why it lives apart from the
assembly of records in ``deals``. The few patterns and name tests that the
assembly and the German follow-ups reuse (German aid and receipt verbs, a
French list of makers, a bystander, a German person's title) are public here.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from pipeline.extract.candidates import Candidate, Role, dedupe, role_of
from pipeline.extract.country import sentence_countries
from pipeline.extract.geo import country_of
from pipeline.extract.parties import (
    DE_PERSON_BEFORE,
    REGULATOR,
    NameSpan,
    describe,
    is_legal_suffix,
    is_place,
    label,
    mentions,
    normalize,
    party_kind,
)
from pipeline.extract.targets import whole_words
from pipeline.extract.triggers import COMPOUND_DEAL, Trigger
from pipeline.models import DealType, PartyKind, PartyRole

__all__ = [
    "DE_AID_FOR",
    "DE_GENERIC_ORG",
    "DE_NAMED_GAP",
    "DE_RECEIVED",
    "DE_RECEIVES",
    "FR_CONTRACT_ELLIPSIS",
    "FR_MADE_BY",
    "assign_roles",
    "bystander",
    "de_person",
    "fr_listed_after",
    "fr_makers_listed",
]

T = DealType


_SPEECH = re.compile(r"\b(?:said|says|told|announced|reported|disclosed|a annoncé|annonce|indique|a indiqué|teilte|mitteilte|berichtet\w*|gab bekannt)\b")
_GENERIC_PARTY = re.compile(
    r"entreprises? publiques|sociétés? publiques|state-owned (?:companies|firms|enterprises)|Staatskonzern\w*|"
    r"Staatsunternehmen|Staatsfonds|sovereign wealth fund|fonds souverain"
)
_OBJECT_STOP = {
    "en": re.compile(r"\b(?:for|(?<!\bup )to|from|by|at|which|who|that|said|says|under|valued|worth|in exchange|through|after|before|because|and said)\b|[;:()]"),
    "fr": re.compile(r"\b(?:pour|à|au|aux|auprès|par|de la part|qui|que|dont|selon|afin|contre|après|avant|alors)\b|[;:()]|,(?!\d)"),
    "de": re.compile(r"\b(?:für|an|von|durch|bei|um|dessen|deren|nach|laut|wie|weil|seit)\b|[;:()]|,(?!\d)"),
}
_SELLER_PREP = {"en": r"from", "fr": r"(?:auprès de|à)", "de": r"von"}
_BUYER_PREP_SELL = {"en": r"to", "fr": r"(?:à|au|aux)", "de": r"an"}
_BUYER_PREP_NOUN = {"en": r"by", "fr": r"par", "de": r"durch"}
_NP_OBJECT = re.compile(
    # a count belongs to the target ("five rural hospitals"), a count of what remains does not
    r"^\s*(?:(?:its|their|his|a|an|the|certain|all|some)\s+|(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?=remaining\b)|(?=(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s))"
    r"((?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\s+(?!pct|percent|mln|billion|shares|of)\b)?(?:(?:existing|remaining|entire|wholly[- ]owned|majority[- ]owned)\s+)?(?:[A-Z][\w'-]*,?\s+){0,3}(?:(?!for\b|to\b|from\b)[a-z][\w&'-]*\s+){0,6}?"
    r"(?:business(?:es)?|units?|divisions?|operations?|plants?|assets|subsidiar(?:y|ies)|stations?|mills?|stores?|"
    r"properties|group of [a-z ]+?properties|interests?|stake|refinery|facilit(?:y|ies)|chain|line|network|fleet|"
    r"hospitals?|restaurants?|hotels?|branch(?:es)?|terminals?|centers?))\b"
)
# "acquire ready-mixed concrete and aggregates businesses from X": no determiner, plural head, no name inside
_NP_BARE = re.compile(
    r"^\s*((?:(?!(?:for|to|from|by|with|which|that|the|its|their|his|a|an|all|of|in|substantially)\b)[a-z][\w&'-]*,?\s+){1,5}?"
    r"(?:businesses|operations|plants|stores|properties|facilities|hospitals|restaurants|hotels|branches|mills|stations|terminals))\b"
)
_NP_LEAD = re.compile(r"(?:(?:existing|remaining|entire|certain|substantially all(?: of)?|all(?: of)?|wholly[- ]owned|majority[- ]owned|\d[\d.,]* pct(?: of)?)\s+)+")
_CLAUSE_START = re.compile(r"\s+(?:that\s+)?")
_VERB_GAP = re.compile(
    r"\s+(?:(?:has|have|had|will|would|to|agreed|also|already|previously|recently|plans|intends|is|was|not)\s+){1,4}"
    r"|\s+(?:has\s+|have\s+)?(?:doubled|raised|increased|sweetened|extended|made|launched|amended)\s+(?:its|their|an?|the)\s+(?:[a-z-]+\s+)?"
)
_TITLE_BETWEEN = re.compile(r"(?:'s)?\s+(?:chairman|president|vice president|chief executive(?: officer)?|chief financial officer|spokesman|treasurer)\s+", re.I)
_PROPOSAL_BEFORE = re.compile(r"\b(?:proposal|proposed|offer|offered|bid)\b", re.I)  # "X's proposal to merge with Y": X bids
_AGENT_OF_OTHER = re.compile(r"\b(?:owned|held|operated|controlled|approved|led|managed|run|filed)\s+by\s+(?:the\s+)?$")
_OF_OWNER = re.compile(r"\s+of\s+(?:(?:privately|publicly)[- ]held\s+)?")
_NAMED_UNIT = re.compile(r"((?:[A-Z][\w'&.-]*\s+)*[A-Z][\w'&.-]*)\s+(?:unit|subsidiary|division)")
_OWN_SHARES = re.compile(r"['’]?s?\s+(?:outstanding\s+|common\s+|voting\s+|capital\s+)*(?:stock|shares)\b")
_NP_THEN_NAME = re.compile(r"^\s*,?\s*(?:called\s+|named\s+)?$")

_DATELINE = re.compile(r"\s+[–—-]\s")


def _names_in(names: list[NameSpan], start: int, end: int, text: str = "") -> list[NameSpan]:
    return [
        n
        for n in names
        if n.start >= start
        and n.end <= end
        and not _is_regulator(n.text)
        and not (text and n.start == start and _DATELINE.match(text, n.end))  # "Wien – Die ...": a dateline
    ]


@lru_cache(maxsize=4096)  # pure, and asked for every name of a sentence on each of its candidates
def _is_regulator(name: str) -> bool:
    return REGULATOR.match(" ".join(name.split())) is not None


# precompiled: looked up per sentence, and re's cache of 512 is flushed by per-name patterns
_WORDS_ONLY = re.compile(r"[\s\w-]*")
_LEAD_PRONOUN = re.compile(r"\b(?:it|they|the company|the group|l'entreprise|le groupe|der Konzern|das Unternehmen)\b", re.I)
# "Das Geldhaus hatte ...", "Der Autobauer will ...": a German article names its company again by what it is
DE_GENERIC_ORG = re.compile(
    r"\b(?:[Dd]as|[Dd]er|[Dd]ie) (?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Kk]onzern|[Hh]aus|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]auer|"
    r"[Hh]ersteller|[Ii]nstitut|[Bb]ank|[Vv]ersicherer|[Rr]iese|[Ss]ender|[Vv]erlag|[Kk]ette|[Ff]onds)\b"
)


_SAME_NP = re.compile(r"[\w\s-]*")
_LOWER_NEXT = re.compile(r"\s+[a-z]")
_IN_OF = re.compile(r"\s+(?:in|of)\s+")
_STAKE_END = re.compile(r"(?:interests?|stake)$")
_THE_COMPANY = re.compile(r"\s+(?:the company|it|the group)\b")
_WITH_END = re.compile(r"with$")
_JUST_SPACE = re.compile(r"\s+")
_OWN_ACTOR_BEFORE = re.compile(
    r"\s+(?:that\s+)?(?:(?:its|the)\s+)?(?:(?:[\d.]+|pct|owned|majority|wholly|newly|formed|affiliated?|chairman|president|director|"
    r"vice|chief|executive|officer|management|group|led|by|an?)[\s,]+){0,6}"
)
_OWN_ACTOR_AFTER = re.compile(
    r"(?:\s+(?:[a-z-]+\s+){0,2}?(?:subsidiary|unit|affiliate|division|joint venture)(?:\s+with\s+[\w. -]{1,40}?)?)?(?:\s*,\s+(?:who|which)\s[^,;]{1,60})?\s*,?\s+"
    r"(?:(?:has|have|had|will|would|to|agreed|also|already|previously|recently|plans|intends|is|was|not|completed|withdrawn|"
    r"signed|his|her|its|their|the|an?|proposal|reconsider|letter|of|intent|definitive|agreement|made|offered)\s+){1,7}"
)
_STAKE_LEAD = re.compile(
    r"\s+(?:(?:a|an|its|their|the|all|part)\s+)?(?:(?:of\s+)?(?:its|their)\s+)?(?:[\d.,]+\s+(?:pct|percent)\s+(?:of\s+(?:its|their)\s+)?)?(?:[a-z-]+\s+)?"
    r"(?:interest|interests|stake|holding|holdings)\s+in\s+"
)
_LOCATIVE_BEFORE = re.compile(
    r"(?<!stake )(?<!interest )(?<!holding )(?<!holdings )(?<!shares )(?<!stock )(?<!investment )(?<!position )(?<!pct )"
    r"\b(?:in|near|outside|around)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?$"
    r"|[a-z],\s+$"  # "in Napa, Calif": the state after its town
)
_BID_NOUN = re.compile(r"(?:tender |takeover |merger |acquisition |buyout )?(?:offer|bid|proposal)s?\b", re.I)
_BID_GAP = re.compile(r"['’]?s?\s+(?:(?:[\d.,/-]+|mln|billion|dlrs?|a|per|share|cash|new|revised|sweetened|hostile|unsolicited|rival|earlier|previous|proposed|latest|takeover|tender|merger|acquisition|buyout)\s+){0,8}", re.I)
_PART_OF = re.compile(r"(?:\s+(?:division|unit|subsidiary|operations|business|businesses|assets))?\s+of\s+(?:(?:privately|publicly)[- ]held\s+)?")
_UNIT_OF = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|division|affiliate)\s+of\s+(?:the\s+)?")
_AND_BETWEEN = re.compile(r"\s+and\s+")


def _subject(text: str, names: list[NameSpan], sentence: tuple[int, int], trigger: Trigger, lang: str) -> NameSpan | None:
    """Who acts: the speaker of "X said it ...", else the name before the verb that is no place, no indirect object,
    no apposition and no partner in talks (German word order, a French "qui" and a country that acts are read on the way)."""
    left = [n for n in names if n.end <= trigger.start]
    if not left:
        return None
    speech = _SPEECH.search(text, sentence[0], trigger.start)
    if speech is not None:
        speaker = _speaker(text, left, sentence, trigger, lang, speech)
        if speaker is not None:
            return speaker
    if lang == "fr" and not trigger.noun and _FR_WHO.search(text, left[-1].end, trigger.start):
        # "une coopération avec Velkor, qui vient de signer un accord avec Norvia": "qui" takes up the name before it
        who = _FR_WHO.fullmatch(text, left[-1].end, trigger.start)
        if who is not None and not left[-1].possessive:
            return left[-1]
    candidates = [n for n in left if not n.possessive and not is_place(n)]
    if lang == "de":
        candidates = _de_subject_candidates(text, candidates, sentence)
    if lang == "fr":
        candidates = _fr_subject_candidates(text, candidates, sentence, trigger)
    if lang == "en" and len(candidates) >= 2 and _TITLE_BETWEEN.fullmatch(text, candidates[-2].end, candidates[-1].start):
        return candidates[-2]  # "Foo Co chairman John Smith would be interested in buying": the company
    if lang != "en":
        place = _acting_place(text, left, sentence, trigger, lang)
        if place is not None:
            return place
    candidates = _drop_side_names(text, candidates, trigger, lang)
    if lang == "de":
        first = _de_subject_by_word_order(text, names, candidates, trigger)
        if first is not None:
            return first
    return candidates[-1] if candidates else None


def _speaker(text: str, left: list[NameSpan], sentence: tuple[int, int], trigger: Trigger, lang: str, speech: re.Match[str]) -> NameSpan | None:
    """The subject of a sentence with a verb of speech: the name acting after it (en), else who speaks."""
    if lang == "en":
        # "X said Brisco Ltd agreed to purchase ...", "... an agreement for Ferrin to acquire": the name before the verb acts
        acting = [n for n in left if n.start >= speech.end() and not n.possessive and not is_place(n)]
        if acting and _VERB_GAP.fullmatch(text, acting[-1].end, trigger.start) and (
            _CLAUSE_START.fullmatch(text, speech.end(), acting[-1].start) or text[max(0, acting[-1].start - 4) : acting[-1].start] == "for "
        ):
            return acting[-1]
        # "Harlow said its Benton Group subsidiary completed the purchase of", "Trell said chairman Ann B. Corvane
        # has dropped his proposal to acquire": the unit or the officer the speaker names acts
        if acting and _OWN_ACTOR_BEFORE.fullmatch(text, speech.end(), acting[0].start) and _OWN_ACTOR_AFTER.fullmatch(text, acting[0].end, trigger.start):
            return acting[0]
    before = [n for n in left if n.end <= speech.start() and not n.possessive and not is_place(n)]
    if lang == "fr":
        before = [n for n in before if not _FR_OBLIQUE.search(text, max(sentence[0], n.start - 50), n.start)] or before
    if before and lang != "en":
        last = before[-1]
        # "..., Velkor a annoncé": the name right before the verb speaks, unless it is an apposition's
        # ("Lorbank, bras financier de l'Etat, a annoncé")
        if _WORDS_ONLY.fullmatch(text[last.end : speech.start()]) and not (
            len(before) >= 2 and _APPOSITION.fullmatch(text, before[-2].end, last.start)
        ):
            return last
    if before:
        last = before[-1]
        if lang == "en" and len(before) >= 2 and _TITLE_BETWEEN.fullmatch(text, before[-2].end, last.start):
            return before[-2]  # "Foo Corp chairman John Smith said": the company speaks through him
        # "Public Relations consultancy Marlow Plc said": the name next to the verb speaks;
        # "Tresswell, the brokerage unit of Tresswell Group Inc, told": the first one does
        if "," not in text[before[0].start : speech.start()] and _WORDS_ONLY.fullmatch(text[last.end : speech.start()]):
            return last
        # "Boston investor Ann Corvane, and a fund she controls, said"
        return _described(text, left, before[0]) if lang == "en" else before[0]
    return None


def _de_subject_candidates(text: str, candidates: list[NameSpan], sentence: tuple[int, int]) -> list[NameSpan]:
    """de: the names before the verb that may be its subject: no interview's speaker label, no agent of an
    attributive participle, no genitive attribute."""
    candidates = [n for n in candidates if not text.startswith(":", n.end)]  # "Brenner: Wir ...": an interview's speaker label
    # "der vom Verband Velkor unterstützte Kläger": the agent of an attributive participle is not the subject
    candidates = [
        n for n in candidates
        if not (_DE_VON_BEFORE.search(text, max(sentence[0], n.start - 12), n.start) and _DE_ATTRIBUTIVE_AFTER.match(text, n.end))
    ]
    # "Der Einspruch des Anbieters Quarnet gegen ...": a genitive attribute is never the subject
    return [n for n in candidates if not _DE_GENITIVE_BEFORE.search(text, max(sentence[0], n.start - 40), n.start)] or candidates


def _fr_subject_candidates(text: str, candidates: list[NameSpan], sentence: tuple[int, int], trigger: Trigger) -> list[NameSpan]:
    """fr: the names before the verb that may be its subject: no place after its preposition, no complement of
    another deal noun, no indirect object."""
    candidates = [n for n in candidates if not _after_place_preposition(text, n)]  # "depuis Londres"
    if trigger.noun and candidates:
        # "après les faillites de Velkor et Norvia et le rachat de X": a noun's complement does not buy
        last = candidates[-1]
        head = last
        for other in reversed(candidates[:-1]):
            if _FR_AND.fullmatch(text, other.end, head.start):
                head = other
        if _FR_COMPLEMENT_BEFORE.search(text, max(sentence[0], head.start - 40), head.start):
            # ("Velkor, propriétaire de Orvane, annonce le rachat de X": past an apposition the name before it acts)
            candidates = [n for n in candidates if n.start < head.start] if "," in text[last.end : trigger.start] else []
    if trigger.voice != "other":
        # "Velkor a écrit à son associé Norvia avant de racheter X", "avec une foire Y": an indirect object is no subject
        # (a loan's borrower is often one: "on compte sur X pour ... un prêt")
        candidates = [n for n in candidates if not _FR_OBLIQUE.search(text, max(sentence[0], n.start - 50), n.start)]
    return candidates


def _acting_place(text: str, left: list[NameSpan], sentence: tuple[int, int], trigger: Trigger, lang: str) -> NameSpan | None:
    """fr/de: a country that acts is a party ("la France et les Pays-Bas ont signé", "Lorvanien will ... abstoßen")."""
    if is_place(left[-1]) and (
        _COUNTRY_ACTS.match(text, left[-1].end, trigger.start)
        or lang == "fr" and _FR_AUX_FIRST.match(text, trigger.start) and _JUST_SPACE.fullmatch(text, left[-1].end, trigger.start)
        or lang == "fr" and _FR_COUNTRY_MEANS.match(text, left[-1].end, trigger.start)
    ):
        # (fr: "la France a commandé 40 avions": the trigger begins with the auxiliary)
        if not _PLACE_PREP.search(text, max(sentence[0], left[-1].start - 6), left[-1].start):
            return left[-1]  # "la France et les Pays-Bas ont signé": a country that acts is a party
    if lang == "de" and trigger.voice in ("sell", "buy") and is_place(left[0]) and _DE_COUNTRY_AUX.match(text, left[0].end):
        if not _PLACE_PREP.search(text, max(sentence[0], left[0].start - 6), left[0].start):
            return left[0]  # "Lorvanien will seine Beteiligung an Velkor abstoßen": the state opens the clause and acts
    return None


def _drop_side_names(text: str, candidates: list[NameSpan], trigger: Trigger, lang: str) -> list[NameSpan]:
    """The names before the verb that only say where the subject is, are its apposition or its partner in talks."""
    if lang == "fr":
        # "Kalvor de Rennes": the name after "de" says where the first one is
        candidates = [n for k, n in enumerate(candidates) if k == 0 or text[candidates[k - 1].end : n.start] not in (" de ", " d'", " d’")]
    if lang != "en" and len(candidates) >= 2 and _APPOSITION.fullmatch(text, candidates[-2].end, candidates[-1].start):
        if "," in text[candidates[-1].end : trigger.start]:
            # "Lorbank, bras financier de l'Etat, va investir": the apposition's name is not the subject
            candidates = candidates[:-1]
    if lang == "en" and len(candidates) >= 2 and _EN_WITH_BEFORE.search(text, max(candidates[-2].end, candidates[-1].start - 40), candidates[-1].start):
        candidates = candidates[:-1]  # "X signed a letter of intent with Y to purchase": Y is the counterpart
    if lang != "en" and len(candidates) >= 2 and _WITH_BEFORE.search(text, candidates[-2].end, candidates[-1].start):
        # "Corvix négocie avec Delmaro pour racheter": the partner in talks is not the buyer
        candidates = candidates[:-1]
    return candidates


def _de_subject_by_word_order(text: str, names: list[NameSpan], candidates: list[NameSpan], trigger: Trigger) -> NameSpan | None:
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


# ", das im Mai ...", ", der damals ...": a relative pronoun that is the clause's subject (a lower-case
# word follows it; ", die Velkor kaufte" has its own subject after the pronoun)
_DE_VON_BEFORE = re.compile(r"\b(?:vom|von\s+der|von\s+dem|von)\s+$")
_DE_ATTRIBUTIVE_AFTER = re.compile(r"\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]+(?:te|ten|tes|ter|tem|ene|enen|enes|ener|enem)\s+[A-ZÄÖÜ]")
_DE_COUNTRY_AUX = re.compile(r"\s+(?:hat|hatte|will|wollte|soll|plant|muss)\s")
_DE_SUBJECT_RELATIVE = re.compile(r",\s+(?:der|die|das|welche[rs]?)\s+(?=[a-zäöüß])")
_DE_SOUGHT = re.compile(r"\s+(?:die|den|das|seine[nms]?|ihre[nms]?|sein|ihr)\s+(?:[a-zäöüß]+\s+)?([A-ZÄÖÜ][\wäöüß-]+)")
_DE_AN_DATIVE = re.compile(r"\ban\s+(?:dem|einem|ihrem|seinem|unserem|deren|dessen)\s+(?:[\w-]+\s+){0,2}$")
_DE_GENITIVE_BEFORE = re.compile(r"\b(?:des|eines)\s+(?:[A-ZÄÖÜ][\w-]*(?:s|en)\s+)?$")
_APPOSITION = re.compile(r",\s+(?:[a-zà-ÿ][\w'’-]*\s+){1,6}(?:de |du |des |d['’]|der |des |von )?(?:l['’]|la |le |les |die |der |den )?")
_FR_COMPLEMENT_BEFORE = re.compile(r"\b[a-zà-ÿ]+\s+(?:de|du|des|d['’])\s*(?:l['’]|la\s+|le\s+|les\s+)?$")
_FR_AND = re.compile(r",?\s+(?:et|ou)\s+|,\s+")
_FR_BAIL_OUT_VERB = re.compile(r"renflou(?!ement)\w*")
_FR_GIVES = re.compile(r"\b(?:permet\w*|permis|donne\w*|offre\w*|offert|apporte\w*|rapporte\w*|coûte\w*|ouvre\w*|assure\w*|confère\w*)\b")
_FR_OBLIQUE = re.compile(
    r"(?:\b(?:avec|dans|sur|chez|contre|vers)|(?<![\w'’])(?:à|au|aux))\s+(?:(?:l['’]|la |le |les |un |une |son |sa |ses |leurs? )"
    r"(?:(?!(?:que|qu|qui|et|ou|mais|dont|où|quand|lorsque|si|car|puis|alors)\b)[a-zà-ÿ0-9][\w'’-]*\s+){0,3})?$"
)
_EN_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$")
_WITH_BEFORE = re.compile(r"\b(?:avec|mit)\s+(?:l['’]|la |le |les |der |die |dem |den )?$")


_DE_COUNTERPART = re.compile(r"\b(?:an|von)\s+(?:die|den|der|das|dem)?\s*(?:[\w-]+\s+){0,2}$")


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


_DE_AID_FOR_COUNTRY = re.compile(r"\s+(?:für|an)\s+(?:die\s+|den\s+|das\s+)?([A-ZÄÖÜ][\wäöüß-]+)")


_DE_AT_LENDER = re.compile(r"\b(?:beim|bei\s+der|bei\s+dem|bei|vom)\s+$")
_DE_RECEIVE_VERB = re.compile(r"\b(?:erhält|erhielt|bekommt|bekam)\s+$")
DE_RECEIVED = re.compile(r"\s+(?:\S+\s+){0,2}?(?:einen|eine|ein|weitere|neue)\s+(?:\S+\s+)?")
DE_RECEIVES = re.compile(r"\s+(?:erhält|erhielt|bekommt|bekam)\s+(?:\S+\s+){0,2}?(?:einen|eine|ein|weitere|neue)\s+(?:\S+\s+)?")
_DE_FROM_BEFORE = re.compile(r"\s+(?:(?:auch|nun|jetzt|bereits)\s+)?von\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß][\w-]*\s+)?")
_DE_PARENT_COMPOUND = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&]*(?:-[A-ZÄÖÜ][\w&]*)?)-(?:Tochter|Tochterfirma|Tochtergesellschaft|Sparte|Einheit|Beteiligung)\s+$")
_DE_SALE_TO = re.compile(r"Verkaufs?\s+an")
_DE_PASSIVE_AUX = re.compile(r"\b(?:wird|werden|wurde|wurden|ist|sind|war|waren)\b")
_DE_PARTICIPLE_SOLD = re.compile(r"verkauft|veräußert|abgegeben|abgestoßen|abgespalten|(?:teil)?privatisiert")
_DE_PARTICIPLE_NATIONALISED = re.compile(r"(?:not)?verstaatlicht")
_DE_PASSIVE_AUX_AFTER = re.compile(r"\s+(?:werden|worden|wird|wurde)\b")
_DE_ROUND_AT = re.compile(r"\s+(?:bei|von|für)\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*(?:er|en)\s+)?")
_DE_OBJECT_NEXT = re.compile(r"\s+(?:(?:auch|nun|künftig|bereits|seit \S+)\s+)?(?:die\s+|den\s+|das\s+)?")
_DE_AWARDS = re.compile(r"\b(?:vergab|vergibt|vergeben|erteilt\w*|vergaben)\s+(?:\S+\s+){0,3}?$")
_DE_STAKE_IN = re.compile(r"\b\w*(?:[Aa]nteile?n?|[Bb]eteiligung(?:en)?|[Aa]ktienpaket|Aktien|Prozent|Mehrheit|Stimmrechte)\s+(?:an|am)\s+(?:der\s+|dem\s+|den\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")
_DE_EQUIP = re.compile(r"(stattet|stattete|statten|rüstet|rüstete|rüsten|versorgt|versorgte|versorgen)\b|mit\s")
_DE_BACKER_BEFORE = re.compile(r"\b(?:von|vom|durch|angeführt von|unter Führung von|unter Führung der|unter Führung des)\s+(?:der\s+|dem\s+|den\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*(?:er|ern|or|oren|fonds|gesellschaft|firma|gruppe|bank)\s+)?$")
_CLAUSE_PUNCT_DE = re.compile(r"[,:;–]")
_DE_CLAUSE_OPENING = re.compile(r"\s*(?:(?:Die|Der|Das|die|der|das)\s+)?(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")
_DE_RIGHT_BEFORE = re.compile(r"\s+(?:(?:nun|jetzt|damit|also|künftig|schließlich|nach \S+)\s+)?")
_DE_RESCUE_VERB = re.compile(r"rett|stütz|unterstütz|förder|leih|lieh|verleih")
_DE_TO_BEFORE = re.compile(r"\ban\s+(?:die\s+|den\s+|das\s+|der\s+|dem\s+)?(?:[a-zäöüß][\w-]*\s+)?$")
_DE_AN_ACCUSATIVE = re.compile(r"\ban\s+(?:die|den|das)\s+(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")
# "kaufte die 1996 gegründete Zeitung", "hat den kriselnden Rivalen übernommen": a company bought, named by what it is
_DE_DESCRIBED_OBJECT = re.compile(
    r"\b(?:die|den|das)\s+(?:[\w-]+\s+){0,3}?(?:Zeitung|Firma|Unternehmen|Konzern|Konkurrenten|Rivalen|Wettbewerber|Verlag|Sender|Bank|Kette|"
    r"Marke|Gruppe|Hersteller|Tochter|Tochterfirma|Tochtergesellschaft|Sparte|Start-up|Startup|Traditionsunternehmen|Traditionsfirma)\b"
)
_DE_DESCRIBED_STAKE = re.compile(
    r"\b(?:an|am|bei|beim|in)\s+(?:(?:dem|den|das|der)\s+)?(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?"
    r"(?:[Kk]onzern|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]ank|[Hh]ersteller|[Vv]ersicherer|[Kk]ette|[Gg]esellschaft|Start-up)\b"
)
# "gewährt dem Konzern", "gibt ihr", "stellt dem Unternehmen ... zur Verfügung": a recipient named by description or pronoun
_DE_DESCRIBED_RECIPIENT = re.compile(
    r"\s+(?:(?:nun|jetzt|zudem|auch|erneut|nochmals)\s+)?(?:ihr|ihm|(?:dem|der)\s+(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?"
    r"(?:[Kk]onzern|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]ank|[Hh]ersteller|[Vv]ersicherer|[Kk]ette|[Ii]nstitut|[Gg]esellschaft))\b"
)
_DE_SUPPLY_WORD = re.compile(r"Liefer(?:vertrag|verträge|vereinbarung|ung|ungen)\b|Abnahmevertrag|Versorgungsvertrag")
_DE_DELIVER_VERB = re.compile(r"liefert|lieferte|liefern|lieferten")
_DE_DATIVE_BEFORE = re.compile(r"\b(?:der|dem|den)\s+(?:[a-zäöüß][\w-]*\s+)?$")
DE_AID_FOR = re.compile(r"\s+(?:für|an)\s+(?:die\s+|den\s+|das\s+|dem\s+)?")
_DE_BUYER_AN = re.compile(r"\ban\s+(?:die|den|das)?\s*(?:[\w-]+\s+){0,2}$")
_COUNTRY_ACTS = re.compile(r"\s+(?:ont|a|avait|avaient|va|vont|hat|haben|hatte|will|wollen)\s+(?:\S+\s+){0,3}?$")
# fr: "les Pays-Bas pourraient obtenir", "la Norvège veut acheter": a country with a modal verb acts too
_FR_COUNTRY_MEANS = re.compile(
    r"\s+(?:pourrait|pourraient|devrait|devraient|veut|veulent|doit|doivent|compte|comptent|souhaite|souhaitent|entend|entendent|prévoit|prévoient|vient de|viennent de)\s+(?:\S+\s+){0,3}?$"
)
_FR_WHO = re.compile(r"\s*,\s+qui\s+(?:[\w'’-]+\s+){0,5}?")
_FR_AUX_FIRST = re.compile(r"(?:ont|a|avait|avaient|va|vont)\s")
_PLACE_PREP = re.compile(r"\b(?:en|au|aux|à|dans|in|im|nach|aus|de|du|des|von)\s+(?:l['’]|la |le |les )?$")


def _object_window(text: str, trigger: Trigger, sentence_end: int, lang: str) -> int:
    stop = _OBJECT_STOP.get(lang, _OBJECT_STOP["en"]).search(text, trigger.end, sentence_end)
    if stop is not None and lang == "de" and stop.group() == "für":
        price = _DE_PRICE_FIRST.match(text, stop.end(), sentence_end)
        if price is not None:
            # "übernimmt für 1,2 Milliarden Euro den Rivalen X": the price comes before the object
            stop = _OBJECT_STOP["de"].search(text, price.end(), sentence_end)
    if lang == "fr" and stop is not None and stop.group() == "pour":
        price = _FR_PRICE_FIRST.match(text, stop.end(), sentence_end)
        if price is not None:
            # "a racheté pour 30 millions d'euros la société Norvia": the price comes before the object
            stop = _OBJECT_STOP["fr"].search(text, price.end(), sentence_end)
    return stop.start() if stop else sentence_end


_FR_PRICE_FIRST = re.compile(r"\s+(?:environ |près de |plus de |quelque )?[\d.,]+ (?:millions?|milliards?) (?:d['’]euros|de dollars|de livres|de francs)")
_DE_PRICE_FIRST = re.compile(r"\s+(?:rund |knapp |etwa |mehr als |bis zu )?[\d.,]+ (?:Millionen|Milliarden|Mio\.|Mrd\.) (?:Euro|Dollar|US-Dollar|Franken|Pfund)")


@lru_cache(maxsize=64)
def _prep_pattern(prep: str) -> re.Pattern[str]:
    """Compiled once per preposition: re's own cache is flushed by the per-name patterns."""
    return re.compile(rf"\b{prep}\s+(?:the\s+|l[ae]\s+|l['’]|les\s+|der\s+|die\s+|den\s+|dem\s+|des\s+)?", re.IGNORECASE)


_CLAUSE_PUNCT = re.compile(r"[,;.]")


def _after_prep(text: str, names: list[NameSpan], prep: str, start: int, end: int, lang: str = "") -> NameSpan | None:
    pattern = _prep_pattern(prep)
    for match in pattern.finditer(text, start, end):
        for name in names:
            if name.start >= match.end() and name.start - match.end() <= 40 and not is_place(name):
                between = text[match.end() : name.start]
                if not _CLAUSE_PUNCT.search(between):
                    return _described(text, names, name) if lang == "en" else name
                break
    return None


# "Boston investor Ann B. Corvane", "Harlow Corp unit Benton Exploration Inc": the first name only describes the second
_DESCRIBED_BY = re.compile(
    r"\s+(?:(?!(?:and|or|said|says|for|to|from|of|in|on|by|at|with|the|a|an|its|their|his|her|which|who|that|as|is|was|has|had|will|would)\b)[a-z][\w-]*\s+){1,3}"
)


def _fr_state_after(text: str, names: list[NameSpan], start: int, end: int) -> NameSpan | None:
    """fr: "un prêt de 8 milliards à la Grèce": a country right after the loan's preposition borrows (a state is a party)."""
    for match in _prep_pattern(_FR_BENEFICIARY_PREP).finditer(text, start, end):
        placed = next((n for n in names if n.start == match.end()), None)
        if placed is not None and is_place(placed):
            return placed
    return None


def _described(text: str, names: list[NameSpan], name: NameSpan) -> NameSpan:
    """The name a modifying name stands before, or the name itself (en)."""
    if name.suffixed and not name.possessive and is_place(name):
        return name
    for other in names:
        if other.start > name.end:
            if other.start - name.end <= 40 and _DESCRIBED_BY.fullmatch(text, name.end, other.start):
                return other
            break
    return name


# fr: the verb between a lender and its loan ("a accordé un prêt", "ne débloqueraient pas le prêt")
_FR_GRANTS = re.compile(
    r"\b(?:accord\w*|octroi\w*|octroy\w*|consent\w*|débloqu\w*|valid\w*|vers\w*|apport\w*|propos\w*|offr\w*|prêt\w*|"
    r"garanti\w*|financ\w*|inject\w*|approuv\w*|avanc\w*|allou\w*|attribu\w*|dégag\w*)\b"
)
# fr: "a prêté", "prêtera": the lending verb itself, its subject lends (the noun "prêt" is what a borrower gets)
_FR_LEND_VERB = re.compile(r"(?:prêt|accord|octroi|octroy|allou|débloqu)(?:é|ée|és|ées|er|era|eront|erait|eraient|ait|aient|ent|e)\b")
_FR_AWARDED_AFTER = re.compile(r"(?:\s+\S+){0,4}?\s+(?:a|ont|avait|avaient)\s+été\s+(?:attribu|octroy|accord|confi)")
_FR_AWARDED = re.compile(r"\sété\s+(?:attribu|octroy|accord|confi)")
_FR_AWARD_VERB = re.compile(r"(?:attribu|octroy|confi)\w*")
# fr: who the money received comes from: "du fonds Velkor", "de la banque publique Norvia", "du gouvernement lorvanien"
_FR_FUNDS_RECEIVED = re.compile(r"(?:reçu|reçoit|recevra|obten|obtien|décroch)")
_FR_GIVER_PREP = r"(?:du|de la|de l'|des)(?=\s+(?:fonds|banque|groupe|société|investisseur|investisseurs|Etat|État|gouvernement|ministère|holding)\b)"
_FR_BACKER_PREP = r"(?:capital à|capital au|capital aux|auprès de|auprès d'|auprès du|auprès des|(?:menée?s?|emmenée?s?|conduite?s?|apportée?s?|financée?s?) par|de la part de|de la part d')"
# fr: "X aurait décroché, via sa société Y,", "X, par l'intermédiaire de son fonds Y,": X acts through Y
_FR_THROUGH = re.compile(
    r",?\s+(?:[a-zà-ÿ]+,?\s+){0,3}?(?:via|par l['’]intermédiaire d[eu]|par le biais d[eu]|à travers)\s+(?:sa|son|ses|leurs?)\s+(?:[a-zà-ÿ-]+\s+){1,4}?"
)


_FR_UNIT_OF = re.compile(r",\s+(?:une |la |l['’]ancienne |l['’]ex-)?(?:filiale|division|branche|pôle|marque|unité)\s+(?:\S+\s+){0,2}?(?:de la |de l['’]|du |des |de |d['’])(?:(?:groupe|société|compagnie|constructeur|laboratoire|fonds) )?")
_FR_OWN_UNIT = re.compile(r"\s*(?:sa|son|ses|leurs?)\s+(?:filiales?|division|branche|pôle|activités?|participation|usines?|marques?)\b")
_FR_BOUGHT_FROM = re.compile(r"(?:acquisition|rachat|achat) auprès")
_FR_PASSIVE_BEFORE = re.compile(r"\bété\s+$")
_FR_WITH_ONE = re.compile(r".*?\bavec\s")
_FR_SITE_AFTER = re.compile(r"\s+(?:un|une|le|la|l'|de nouveaux|de nouvelles|des|deux|trois|\d+)\s*(?:\S+\s+)?(?:centres? de données|data centers?|usines?|gigafactory|sites? de production)\b")
_FR_POSSESSIVE_AFTER = re.compile(r"\s+(?:son|sa|ses|leurs?)\s")
_JUST_COMMA = re.compile(r",?\s*")
_FR_RELATIVE_INVESTED = re.compile(r"(?:dans|au capital de) (?:laquelle|lequel|lesquelles|lesquels)")
_FR_BENEFICIARY_PREP = r"(?:à|au|aux|pour|pour aider|pour sauver|pour soutenir|en faveur de|en faveur du|destiné à|destinée à)"


_CLAUSE_END = re.compile(r"[,;:\"»”()]")
_FR_PROJECT_OF = re.compile(
    r"\s+(?:le|la|les|l['’]|un|une|des|ses|son|sa)\s*(?:projets?|programmes?|activités?|développement|recherches?|production|usines?|capacités?)\b[^,;:.()\"«»]{0,70}?"
    r"\s(?:de la|de l['’]|du|des|de|d['’])\s*(?:(?:société|groupe|compagnie|laboratoire|constructeur|start-up|startup|biotech|entreprise|fabricant)(?:\s+[a-zà-ÿ][\w-]*){0,2}\s+)?"
)
_FR_BID_NOUN = re.compile(r"offres?|OPA|une OPA")
_FR_BID_FOR = re.compile(r"\s+(?:pour|sur)\s+(?:l['’]|la\s+|le\s+)?(?:(?:société|groupe|entreprise|compagnie)\s+)?")
_FR_SOLD_PARTICIPLE = re.compile(r"(?:cédée?s?|vendue?s?)")
_FR_PARTICIPLE = re.compile(r"(?:acquis|acquise|acquises|rachetée?s?|achetée?s?|reprise?s?)")
# "X, qu'il a acquis", "X, que le groupe a rachetée": the relative's antecedent is what was bought
_FR_RELATIVE_OBJECT = re.compile(r",\s*(?:qu['’]|que\s+)(?:(il|elle|ils|elles)\s+|(?:le|la|l['’])\s*\w+\s+)?(?:l['’])?(?:a|ont|avait|avaient)\s+(?:\S+\s+)?$")
_FR_APPOSED_PARTICIPLE = re.compile(r",\s*$")
_FR_FROM_FIRST = re.compile(r"\s+(?:\S+\s+)?(?:à|au|aux|auprès de|auprès du|auprès des)\s+(?:l['’]|la\s+|le\s+|les\s+)?(?:[a-zà-ÿ][\w-]*\s+){0,2}")
_FR_THEN_BOUGHT = re.compile(r"\s*,?\s+(?:(?:sa|son|ses|leur|leurs|la|le|les|l['’]|une?)\s*)(?:[a-zà-ÿ][\w-]*\s+){0,3}")
_FR_CONTRACT_SIGNED = re.compile(r"\bcontrats?\b(?! (?:de |d')(?:licence|partenariat|coopération|distribution|travail|sponsoring|parrainage|image|prêt))")
_FR_CONTRACT_WORD = re.compile(r"\b(?:contrats?|commandes?|marchés?)$")
_FR_AGREEMENT_OF = re.compile(r"\bl'accord$")
_FR_AGREEING = re.compile(r"\s+(?:du|de la|de l['’]|des|de|d['’])\s*(?:(?:société|groupe|compagnie|laboratoire|ville|région) )?")
# fr: an agreement about counted goods or an advance purchase is a supply contract
_FR_GOODS_AGREED = re.compile(
    r"\b(?:achats? anticipés?|accords? d'achat|précommandes?|pré-commandes?|\d[\d\s.,]*(?: (?:millions?|milliards?))? (?:de |d')?(?:doses|vaccins|masques|"
    r"avions|appareils|hélicoptères|rames|trains|tramways|navires|frégates|sous-marins|chars|blindés|véhicules|camions|bus|autobus|satellites|"
    r"serveurs|puces|tests|respirateurs|seringues|éoliennes|turbines|missiles|réacteurs|locomotives))\b"
)
FR_MADE_BY = r"(?:(?:mis au point|développée?s?|conçue?s?|fabriquée?s?|produite?s?) par)"
_FR_SUPPLY_AFTER = re.compile(r"\b(?:fourniture|fournir|livraisons?|livrer|approvisionnement|approvisionner|commandes?|commander)\b")


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


def assign_roles(text: str, names: list[NameSpan], cand: Candidate, lang: str, lead: NameSpan | None, company: NameSpan | None = None) -> None:
    """Set ``cand.parties`` (and ``cand.actors``) from the trigger's sentence: the subject, the object, then the
    parties each voice reads, then the sellers, lists and bystanders around them. The steps run in this order."""
    s_start, s_end = cand.sentence
    in_sentence = [_full(n, names, lang) if n.start >= s_start else n for n in _names_in(names, s_start, s_end, text)]
    st = RoleState(text, names, cand, cand.trigger, lang, lead, company, s_start, s_end, in_sentence, cand.trigger.voice, [])
    _find_subject(st)
    _object_window_names(st)
    _find_object(st)
    if lang == "en":
        _en_stake_target(st)
    _lead_as_object(st)
    if lang == "de":
        _de_find_object(st)
    _target_of_object(st)
    if lang == "de":
        _de_named_parties(st)
    _parties_by_voice(st)
    if lang == "fr":
        _fr_after_voice(st)
    _add_sellers(st)
    _finish(st)


def _find_subject(st: RoleState) -> None:
    """The subject (who acts): the name before the verb, else a bidder, the article's company named by a pronoun
    or a description, or (de) the name right after an inverted verb."""
    text, trigger, lang, lead = st.text, st.trigger, st.lang, st.lead
    subject = _subject(text, st.in_sentence, st.cand.sentence, trigger, lang)
    if lang == "en":
        bidder = _en_bid_possessor(text, st.in_sentence, trigger)
        if bidder is not None:
            subject = bidder
    if subject is None and lead is not None:
        subject = _lead_as_subject(st, lead)
    if lang == "de" and subject is None:
        st.inverted = _de_subject_after_verb(text, st.in_sentence, trigger, st.s_start)
        if st.inverted is not None:
            subject = st.inverted  # "Im Vorjahr übernahm Harvo die Velmar AG": the verb comes second, its subject after it
    st.subject = subject


def _en_bid_possessor(text: str, in_sentence: list[NameSpan], trigger: Trigger) -> NameSpan | None:
    """en: "in reply to Corvane Partners' 2.1 billion dlr offer for Harlow": the possessor bids."""
    if trigger.voice in ("buy", "merge") and _BID_NOUN.match(text, trigger.start):
        bidder = next((n for n in reversed(in_sentence) if n.end <= trigger.start), None)
        if bidder is not None and bidder.possessive and _BID_GAP.fullmatch(text, bidder.end, trigger.start) and not is_place(bidder):
            return dataclasses.replace(bidder, possessive=False)
    return None


def _lead_as_subject(st: RoleState, lead: NameSpan) -> NameSpan | None:
    """The article's company as the subject when the sentence names it by a pronoun ("it", "il", "sie"), a
    description ("das Unternehmen", "le groupe"), a possessive or an agent, or (fr) as the other side of its merger."""
    text, trigger, lang, s_start, s_end = st.text, st.trigger, st.lang, st.s_start, st.s_end
    if _LEAD_PRONOUN.search(text[s_start : trigger.start]) or (lang == "de" and DE_GENERIC_ORG.search(text, s_start, trigger.start)):
        return lead
    if lang != "en" and _PRONOUN_SUBJECT.get(lang, _PRONOUN_SUBJECT["fr"]).search(
        text, max(s_start, trigger.start - 40), min(s_end, trigger.end + 24)
    ):
        return lead  # "übernahm sie auch X", "il a racheté X": the article's company acts
    if lang == "de" and _DE_POSSESSIVE_DEAL.search(text, max(s_start, trigger.start - 30), trigger.end):
        return lead  # "seine Investition in Norvia": the possessor is the one the article is about
    if lang != "en" and _AGENT_IS_LEAD.match(text, trigger.end - 4, s_end):
        return lead  # "des contrats signés par le groupe": the article's own company acts
    if (
        lang == "fr" and trigger.voice in ("merge", "partner")
        and text.startswith(("fusion", "rapprochement", "partenariat", "alliance"), trigger.start)
        and _FR_WITH_ONE.match(text, trigger.end - 6, s_end)
        and not is_place(lead) and not any(n.start == lead.start for n in st.in_sentence if n.start >= trigger.end)
        and _after_prep(text, st.in_sentence, "avec", trigger.start, s_end) is not None  # "un partenariat avec la Norvège": a country is no company's partner here
    ):
        return lead  # "depuis l'échec de sa fusion avec Velkor": the article's company is the other side
    return None


def _de_subject_after_verb(text: str, in_sentence: list[NameSpan], trigger: Trigger, s_start: int) -> NameSpan | None:
    """de: the subject after the finite verb ("Im Vorjahr übernahm Harvo ...") or after a reflexive pronoun."""
    inverted = _de_inverted_subject(text, in_sentence, trigger, s_start)
    if inverted is not None:
        return inverted
    reflexive = _DE_SICH_NAME.match(text, trigger.start)
    if reflexive is not None:
        # "Zuvor hatte sich Velkor mit einem Fünftel an Norvia beteiligt": the subject follows the reflexive pronoun
        return next((n for n in in_sentence if n.start == reflexive.end()), None)
    return None


def _object_window_names(st: RoleState) -> None:
    """The names after the trigger, and those within the verb's object (up to the first preposition or clause)."""
    text, trigger = st.text, st.trigger
    st.window_end = _object_window(text, trigger, st.s_end, st.lang)
    st.right = [n for n in st.in_sentence if n.start >= trigger.end and n is not st.inverted]
    in_window = [n for n in st.right if n.start < st.window_end and not is_place(n)]
    if st.lang == "en":
        # "community newspapers in Houston", "properties in southwestern Saskatchewan": where the thing bought is, not it
        in_window = [n for n in in_window if n.suffixed or not _LOCATIVE_BEFORE.search(text, max(trigger.end, n.start - 40), n.start)]
    st.in_window = in_window


def _find_object(st: RoleState) -> None:
    """What is bought or sold: the first name in the object window (its owner when it is a possessive), or a
    noun phrase ("its Redline Freight unit", "five rural hospitals") when the verb's object names no company."""
    text, trigger, lang, in_window = st.text, st.trigger, st.lang, st.in_window
    np = _NP_OBJECT.match(text[trigger.end : st.window_end + 1]) if trigger.voice in ("buy", "sell") else None
    if np is None and trigger.voice in ("buy", "sell") and lang == "en":
        np = _NP_BARE.match(text[trigger.end : st.window_end + 1])
    obj: NameSpan | None = None
    if in_window:
        obj = in_window[0]
        suffixed = [
            n for n in in_window[1:]
            if n.suffixed and not n.possessive and n.full is None and _SAME_NP.fullmatch(text[obj.end : n.start])
        ]  # the same noun phrase, not a name further on ("Halbrook State Bank of X, ... Tarrant shares")
        if lang == "en" and not obj.suffixed and suffixed and _OF_OWNER.fullmatch(text, obj.end, suffixed[0].start):
            st.owner = suffixed[0]  # "the Fluid Controls Division of Foo Corp": Foo sells its division
        elif not obj.suffixed and not obj.possessive and suffixed and _LOWER_NEXT.match(text[obj.end : obj.end + 3]):
            obj = suffixed[0]  # "its Bremen vegetable oil subsidiary Velkor GmbH"
        if obj.possessive and lang == "en" and _OWN_SHARES.match(text, obj.end):
            obj = dataclasses.replace(obj, possessive=False)  # "51 pct of X's common stock": X itself is bought
        if obj.possessive:
            st.owner = obj
            obj = in_window[1] if len(in_window) > 1 else None
    st.obj = obj
    np_end = trigger.end + np.end(1) if np is not None else 0
    if np is not None and (obj is None or obj.start > np_end + 3 or (obj.end <= np_end and not obj.suffixed)):
        _noun_phrase_object(st, np)


def _noun_phrase_object(st: RoleState, np: re.Match[str]) -> None:
    """The verb's object is a noun phrase: the name right after it, a holder "interest in X", or the phrase
    itself as the target ("a 40 pct interest in two gas storage facilities", "its Redline Freight unit")."""
    text, trigger, lang, right = st.text, st.trigger, st.lang, st.right
    start = trigger.end + np.start(1)
    end = trigger.end + np.end(1)
    after_np = [n for n in right if n.start >= end and _NP_THEN_NAME.match(text[end : n.start])]
    if after_np:
        st.obj = after_np[0]
        return
    st.obj = None
    stake = _IN_OF.match(text[end : end + 6]) if _STAKE_END.search(text[start:end]) else None
    holder = [n for n in right if stake and n.start == end + stake.end()]
    inner = None
    if stake and not holder and lang == "en":
        # "a 40 pct interest in two gas storage facilities": what the interest is in is the target
        at = end + stake.end()
        inner = _NP_OBJECT.match(text[at : st.window_end + 1]) or _NP_BARE.match(text[at : st.window_end + 1])
    if holder:
        st.obj = holder[0]  # "an eight pct interest in Carrowmore Mining Ltd"
    elif inner is not None and stake:
        at = end + stake.end()
        start, end = at + inner.start(1), at + inner.end(1)
        st.target = Role(" ".join(text[start:end].split()), start, end, PartyRole.TARGET, PartyKind.OTHER)
    else:
        lead_words = _NP_LEAD.match(text, start, end)
        if lead_words:
            start = lead_words.end()
        phrase = text[start:end]
        unit = _NAMED_UNIT.fullmatch(phrase) if lang == "en" else None
        if unit is not None:
            end = start + unit.end(1)  # "its Redline Freight unit": the unit's name is the target
            phrase = unit.group(1)
        st.target = Role(" ".join(phrase.split()), start, end, PartyRole.TARGET, PartyKind.OTHER)


def _en_stake_target(st: RoleState) -> None:
    """en: "sell a 40 pct interest in two gas storage facilities": what the interest is in is the target."""
    text, trigger = st.text, st.trigger
    if st.target is None and st.obj is None and trigger.voice in ("buy", "sell"):
        stake_lead = _STAKE_LEAD.match(text, trigger.end, st.window_end + 1)
        if stake_lead is not None:
            inner = _NP_OBJECT.match(text[stake_lead.end() : st.window_end + 1]) or _NP_BARE.match(text[stake_lead.end() : st.window_end + 1])
            if inner is not None:
                start, end = stake_lead.end() + inner.start(1), stake_lead.end() + inner.end(1)
                st.target = Role(" ".join(text[start:end].split()), start, end, PartyRole.TARGET, PartyKind.OTHER)


def _lead_as_object(st: RoleState) -> None:
    """"proposals to buy the company": the article's own company is the object."""
    lead, subject, trigger = st.lead, st.subject, st.trigger
    if st.target is None and st.obj is None and lead is not None and (subject is None or lead.start != subject.start or (st.lang == "en" and trigger.noun)):
        if _THE_COMPANY.match(st.text[trigger.end : trigger.end + 14]):
            st.obj = lead


def _target_of_object(st: RoleState) -> None:
    """The object found becomes the target, described by its business and place; (de) else what a buyer is sought for."""
    text, trigger = st.text, st.trigger
    if st.obj is not None:
        business, location = describe(text, st.obj, st.lang)
        st.target = Role(label(st.obj), st.obj.start, st.obj.end, PartyRole.TARGET, business=business, location=location)
    if st.target is None and st.lang == "de" and text.endswith("für", trigger.start, trigger.end):
        sought = _DE_SOUGHT.match(text, trigger.end, st.s_end)
        if sought is not None:
            # "sucht Käufer für die drei Lagerhallen": what a buyer is sought for is sold
            st.target = Role(sought.group(1), sought.start(1), sought.end(1), PartyRole.TARGET, PartyKind.OTHER)


def _de_find_object(st: RoleState) -> None:
    """de: what is bought or sold when German word order puts it before the verb ("X hat Y an Z verkauft"), in the
    verb's frame ("will sich von seiner Tochter X trennen"), after a stake's "an", or in a compound ("Brakel-Übernahme");
    on the way the name after "an"/"von" (the counterpart) and "übernimmt von X die Y" (X sells) are kept."""
    text, trigger, lead, s_start, s_end, in_sentence = st.text, st.trigger, st.lead, st.s_start, st.s_end, st.in_sentence
    subject = st.subject
    if (
        st.obj is None and lead is not None and subject is not None and subject.start != lead.start
        and trigger.voice in ("buy", "sell") and not trigger.noun and subject.end <= trigger.start
        and DE_GENERIC_ORG.search(text, s_start, subject.start)
    ):
        # "weil das Unternehmen sich Netlora kaufte": the article's company acts, the name is the object
        st.obj, st.subject = subject, lead
        subject = lead
    if st.obj is None and trigger.voice in ("buy", "sell") and not trigger.noun:
        _de_object_before_verb(st)
    if (
        st.obj is None and st.target is None and trigger.voice in ("buy", "invest") and not trigger.noun and subject is not None
        and lead is not None and normalize(lead.text) != normalize(subject.text) and not is_place(lead)
        and not any(n.start != subject.start and not is_place(n) for n in in_sentence)
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
    if st.obj is not None and st.obj.start >= trigger.end and trigger.voice == "sell" and _DE_SALE_TO.fullmatch(text, trigger.start, trigger.end):
        st.obj = None  # "der Verkauf an Norvia": the name after the trigger buys, it is not sold


def _de_object_before_verb(st: RoleState) -> None:
    """de: "X hat Y an Z verkauft", "X hat Y von Z gekauft": the name between subject and verb is the object, the
    name after the preposition the counterpart."""
    text, trigger, s_start, subject = st.text, st.trigger, st.s_start, st.subject
    left = [n for n in st.in_sentence if n.end <= trigger.start and n is not subject and not is_place(n)]
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
    if left and subject is not None and left[-1].start > subject.start:
        st.obj = left[-1]


def _de_named_parties(st: RoleState) -> None:
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


def _parties_by_voice(st: RoleState) -> None:
    """The parties each voice reads around its trigger: a passive's agent buys, "to X" buys after "sell", "with X"
    is a partner, "from X" supplies an order, a fund's backer invests, a loan's lender lends ..."""
    voice = st.voice
    if voice == "named":
        pass
    elif voice == "passive":
        _passive_parties(st)
    elif voice == "sold_by":
        _sold_by_parties(st)
    elif st.trigger.noun:
        _noun_parties(st)
    elif voice in ("buy", "invest"):
        _buy_parties(st)
    elif voice == "sell":
        _sell_parties(st)
    elif voice == "merge":
        _merge_parties(st)
    elif voice == "supply":
        _supply_parties(st)
    elif voice in ("partner",):
        _partner_parties(st)
    elif voice == "order":
        _order_parties(st)
    elif voice == "fund":
        _fund_parties(st)
    elif voice == "build":
        _build_parties(st)
    else:
        _loan_parties(st)


def _passive_parties(st: RoleState) -> None:
    """A passive ("X was acquired by Y", "racheté par Y", "von Y übernommen"): the subject is bought, the agent buys."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_start = st.s_start
    if lang == "de" and text.startswith(("geht", "ging"), trigger.start):
        # "Die Norvia GmbH geht an die Velkor AG": the name right before the verb passes to the one after "an"
        buyer = next((n for n in in_sentence if n.start >= trigger.end and not is_place(n)), None)
        opening = max([s_start] + [m.end() for m in _CLAUSE_PUNCT_DE.finditer(text, s_start, subject.start)]) if subject is not None else s_start
        if (
            subject is not None and buyer is not None and _DE_RIGHT_BEFORE.fullmatch(text, subject.end, trigger.start)
            and _DE_CLAUSE_OPENING.fullmatch(text, opening, subject.start)  # not "der Erlös der Velkor geht an X"
        ):
            parties += [role_of(subject, PartyRole.TARGET, text), role_of(buyer, PartyRole.BUYER, text)]
        return
    buyer = _first_after(in_sentence, trigger.end, window=60, text=text if lang == "en" else "")
    if lang == "de" and not text.startswith(("von", "durch"), trigger.end - 5):
        buyer = _after_prep(text, in_sentence, r"(?:von|durch)", trigger.start, trigger.end) or buyer
    if lang == "fr" and subject is not None:
        subject = _before_apposition(text, in_sentence, subject, trigger, s_start) or subject
    if lang == "de" and subject is None and buyer is not None and text[trigger.start].isupper():
        subject = _de_noun_passive_target(text, in_sentence, buyer, st.lead)
    st.subject = subject
    if subject is not None:
        business, location = describe(text, subject, lang)
        parties.append(Role(label(subject), subject.start, subject.end, PartyRole.TARGET, business=business, location=location))
    if buyer is not None:
        parties.append(role_of(buyer, PartyRole.BUYER, text))


def _sold_by_parties(st: RoleState) -> None:
    """"Le Quotidien d'Orlan est passé de son propriétaire Corlane à une fondation": the subject is sold, the first
    name after the verb sells, the one after "à" buys."""
    text, in_sentence, subject, parties = st.text, st.in_sentence, st.subject, st.parties
    seller = _first_after(in_sentence, st.trigger.end, window=60)
    if subject is not None:
        business, location = describe(text, subject, st.lang)
        parties.append(Role(label(subject), subject.start, subject.end, PartyRole.TARGET, business=business, location=location))
    if seller is not None:
        parties.append(role_of(seller, PartyRole.SELLER, text))
        buyer = _after_prep(text, in_sentence, r"(?:à|au|aux|dans)", seller.end, st.s_end)
        if buyer is not None and (subject is None or buyer.start != subject.start):
            parties.append(role_of(buyer, PartyRole.BUYER, text))


def _noun_parties(st: RoleState) -> None:
    """A deal noun: "the acquisition of Y by X" / "le rachat de Y par X" / "die Übernahme von Y durch X" / "Velkors
    Übernahme": the agent buys, else the subject."""
    text, trigger, lang, in_sentence, subject, target, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.target, st.parties
    buyer = _after_prep(text, in_sentence, _BUYER_PREP_NOUN.get(lang, "by"), trigger.end, st.s_end, lang)
    if buyer is None and lang == "de":
        buyer = _de_genitive_owner(text, in_sentence, trigger)
    if buyer is not None and lang == "en" and _AGENT_OF_OTHER.search(text, max(0, buyer.start - 30), buyer.start):
        buyer = None  # "the acquisition of 120 stores previously owned by X": X owned them, it does not buy
    if buyer is not None and lang == "en" and target is not None and normalize(label(buyer)) == normalize(target.name):
        buyer = None  # "completed the acquisition of X, following approval by X shareholders": X does not buy itself
    site_owner = subject if buyer is not None and lang != "en" and text.startswith("offre", trigger.start) else None
    if buyer is None and subject is not None:
        buyer = subject
    if buyer is not None:
        parties.append(role_of(buyer, PartyRole.BUYER, text))
    if target is not None and (buyer is None or target.start != buyer.start):
        parties.append(target)
    if site_owner is not None and buyer is not None and site_owner.start != buyer.start:
        parties.append(role_of(site_owner, PartyRole.SELLER, text))


def _buy_parties(st: RoleState) -> None:
    """A purchase or an investment: the subject buys (invests), the target is bought; (de) a nationalised subject
    and "neuer Eigentümer" are read first, (en) a bid's "by X" names the bidder."""
    text, trigger, lang, in_sentence, voice = st.text, st.trigger, st.lang, st.in_sentence, st.voice
    if lang == "de":
        _de_new_owner_or_nationalised(st)
    subject, target = st.subject, st.target
    if lang == "en" and _BID_NOUN.match(text, trigger.start):
        # "the 120 mln dlr bid for Harlow Freight Corp by Corvane Buyout Inc": the bidder follows "by"
        bidder = _after_prep(text, in_sentence, "by", trigger.end, st.s_end, lang)
        if (
            bidder is not None
            and (target is None or bidder.start >= target.end)
            and not _CLAUSE_PUNCT.search(text, trigger.end, bidder.start)
            and not _AGENT_OF_OTHER.search(text, max(0, bidder.start - 30), bidder.start)
        ):
            subject = bidder
    st.subject = subject
    if subject is not None:
        st.parties.append(role_of(subject, PartyRole.INVESTOR if voice == "invest" else PartyRole.BUYER, text))
    if target is not None:
        st.parties.append(target)


def _de_new_owner_or_nationalised(st: RoleState) -> None:
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


def _sell_parties(st: RoleState) -> None:
    """A sale: the subject sells, the target is sold, "to X" / "à X" / "an X" buys; (de, fr) a passive or an apposed
    participle makes the subject what is sold."""
    text, trigger, lang, in_sentence, parties = st.text, st.trigger, st.lang, st.in_sentence, st.parties
    s_start, s_end = st.s_start, st.s_end
    if lang == "de":
        _de_sold_subject(st)
    if lang == "fr":
        _fr_sold_subject(st)
    subject, target = st.subject, st.target
    if subject is not None:
        parties.append(role_of(subject, PartyRole.SELLER, text))
    if target is not None:
        parties.append(target)
    buyer = _after_prep(text, in_sentence, _BUYER_PREP_SELL.get(lang, "to"), trigger.end, s_end, lang)
    if buyer is None and lang == "de" and _DE_SALE_TO.fullmatch(text, trigger.start, trigger.end):
        # "der Verkauf an die Velkor AG": the trigger holds the preposition, the buyer follows it
        buyer = next((n for n in in_sentence if n.start >= trigger.end and DE_AID_FOR.fullmatch(text, trigger.end - 3, n.start)), None)
    if buyer is not None and lang == "de" and _DE_AN_DATIVE.search(text, max(s_start, buyer.start - 40), buyer.start):
        buyer = None  # "an ihrem Hauptsitz in X": "an" with the dative says where, not to whom
    if buyer is not None and lang == "de" and _DE_STAKE_IN.search(text, max(s_start, buyer.start - 60), buyer.start):
        # "verkauft ihre Beteiligung an der Velkor AG an den Investor Norvia": the first "an" names the stake's company
        if all(p.start != buyer.start for p in parties):
            parties.append(role_of(buyer, PartyRole.TARGET, text))
        buyer = _after_prep(text, in_sentence, _BUYER_PREP_SELL["de"], buyer.end, s_end, lang)
    if buyer is not None:
        parties.append(role_of(buyer, PartyRole.BUYER, text))


def _de_sold_subject(st: RoleState) -> None:
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
        st.target is None and subject is not None and lead is not None and subject.start == lead.start and not s_start <= lead.start < s_end
        and (_DE_PASSIVE_AUX.search(text, s_start, trigger.start) or _DE_PASSIVE_AUX_AFTER.match(text, trigger.end))
        and _DE_PARTICIPLE_SOLD.fullmatch(text, trigger.start, trigger.end) and DE_GENERIC_ORG.match(text, s_start + len(text[s_start:s_end]) - len(text[s_start:s_end].lstrip()))
    ):
        st.target, st.subject = role_of(subject, PartyRole.TARGET, text), None  # "das Unternehmen soll an X verkauft werden": the company described is sold
    subject = st.subject
    if subject is not None and st.target is None and (
        _DE_PASSIVE_AUX.search(text, subject.end, trigger.start)
        or text.startswith(("privatisiert", "teilprivatisiert"), trigger.start) and _DE_PASSIVE_AUX_AFTER.match(text, trigger.end)
    ) and _DE_PARTICIPLE_SOLD.fullmatch(text, trigger.start, trigger.end):
        # "Norvia wird an Velkor verkauft": the passive's subject is what is sold
        target = st.target = role_of(subject, PartyRole.TARGET, text)
        st.subject = None
        sold_to = next((n for n in in_sentence if target.end <= n.start and n.end <= trigger.start and _DE_TO_BEFORE.search(text, max(s_start, n.start - 16), n.start)), None)
        if sold_to is not None:
            st.parties.append(role_of(sold_to, PartyRole.BUYER, text))  # "Norvia wurde an Velkor verkauft"


def _fr_sold_subject(st: RoleState) -> None:
    """fr: "la filiale Norvia a été cédée au fonds Velkor", "la radio Norvia, cédée en 2019 au fonds Velkor": the
    name before the participle is what is sold."""
    text, trigger, s_start = st.text, st.trigger, st.s_start
    if st.subject is not None and st.target is None and _FR_PASSIVE_BEFORE.search(text, max(s_start, trigger.start - 12), trigger.start):
        st.target, st.subject = role_of(st.subject, PartyRole.TARGET, text), None  # "la filiale Norvia a été cédée au fonds Velkor": what is sold
    if st.target is None and _FR_SOLD_PARTICIPLE.fullmatch(text, trigger.start, trigger.end) and _FR_APPOSED_PARTICIPLE.search(text, max(s_start, trigger.start - 4), trigger.start):
        # "la radio Norvia, cédée en 2019 au fonds Velkor": the name before the participle is sold
        sold = next((n for n in reversed(st.in_sentence) if n.end <= trigger.start and _JUST_COMMA.fullmatch(text, n.end, trigger.start) and not is_place(n)), None)
        if sold is not None:
            st.target = role_of(sold, PartyRole.TARGET, text)
            st.subject = None if st.subject is not None and st.subject.start == sold.start else st.subject


def _merge_parties(st: RoleState) -> None:
    """A merger: the subject absorbs, the target (else the other name) is absorbed; "X agreed to merge with Y": Y,
    usually the surviving company, buys; (fr) the companies "la fusion de X et de Y" lists merge."""
    text, trigger, lang, in_sentence, subject, target, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.target, st.parties
    if lang == "fr" and (merging := _fr_merging(text, in_sentence, trigger)):
        # "la fusion de Velkor et de Norvia", "une fusion entre Velkor et Norvia": the two named merge;
        # "Dastrel, né de la fusion de ...": the subject is what the merger made, it is kept as its result
        parties.extend([role_of(merging[0], PartyRole.BUYER, text), *(role_of(n, PartyRole.TARGET, text) for n in merging[1:])])
        if subject is not None and all(n.start != subject.start for n in merging) and not _FR_BORN_OF.search(text, subject.end, trigger.start):
            parties.insert(0, role_of(subject, PartyRole.BUYER, text))
    elif (
        _WITH_END.search(text[trigger.start : trigger.end])
        and target is not None
        and subject is not None
        and not (lang == "en" and _PROPOSAL_BEFORE.search(text, subject.end, trigger.start))
    ):
        # "X agreed to merge with Y": in wire copy Y is usually the surviving company
        parties.append(Role(target.name, target.start, target.end, PartyRole.BUYER))
        business, location = describe(text, subject, lang)
        parties.append(Role(label(subject), subject.start, subject.end, PartyRole.TARGET, business=business, location=location))
    else:
        others = [n for n in in_sentence if not is_place(n) and n is not subject]
        if lang == "en" and target is None and subject is not None and others and text[trigger.start : trigger.end].lower() == "merger":
            # "Trell said its board studied a Harlow Corp merger proposal": the name on the noun proposes it;
            # "Benton Audit and Corvane Partners said their merger ...": the first named absorbs the second
            bidder = next((n for n in others if subject.end <= n.start and _JUST_SPACE.fullmatch(text, n.end, trigger.start)), None)
            if bidder is None and _AND_BETWEEN.fullmatch(text, others[0].end, subject.start):
                bidder = others[0]
            if bidder is not None:
                others = [n for n in others if n is not bidder]
                subject, others = bidder, [subject, *others]
                st.subject = subject
        if subject is not None:
            parties.append(role_of(subject, PartyRole.BUYER, text))
        if target is not None:
            parties.append(target)
        elif len([n for n in in_sentence if not is_place(n)]) >= 2:
            if others:
                parties.append(role_of(others[0], PartyRole.TARGET, text))


def _supply_parties(st: RoleState) -> None:
    """A supply: the subject supplies, the customer is who is supplied ("to X", "à X", "an X", a dative, a country,
    who orders or awards the contract)."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_start, s_end = st.s_start, st.s_end
    if lang == "de" and subject is not None and (
        _DE_AWARDS.search(text, max(s_start, trigger.start - 40), trigger.start) or text.startswith(("vergab", "vergibt", "vergeben"), trigger.start)
    ):
        # "Norvia vergab den Auftrag an Velkor": who awards the contract is the customer, the name after "an" supplies
        parties.append(role_of(subject, PartyRole.CUSTOMER, text))
        awarded = _after_prep(text, in_sentence, "an", trigger.end, s_end)
        if awarded is not None and awarded.start != subject.start:
            parties.append(role_of(awarded, PartyRole.SUPPLIER, text))
        return
    if subject is not None:
        parties.append(role_of(subject, PartyRole.SUPPLIER, text))
    customer = None
    if lang == "de" and subject is not None:
        customer = _de_supplied_object(st, subject)
    if lang == "fr" and _FR_AGREEMENT_OF.search(text, trigger.start, trigger.end):
        customer = _fr_agreeing_customer(st)
    if customer is None and not (lang == "de" and text.startswith("beliefer", trigger.start)):
        customer = _customer(text, in_sentence, trigger, s_end, lang, subject)  # "beliefert X mit Strom": "mit" names goods
    if customer is None and lang == "de" and subject is not None and trigger.end <= s_end:
        customer = _de_dative_customer(st, subject)
    if customer is None and lang == "fr":
        customer = _fr_customer(st)
    if customer is not None:
        parties.append(customer)
    if lang == "fr" and _FR_AWARDED_AFTER.match(text, trigger.end):
        # "le contrat de maintenance a été attribué au groupe Velkor par la ville": "par" awards, "à" is awarded
        awardee = _after_prep(text, in_sentence, r"(?:à|au|aux)", trigger.end, s_end)
        awarder = _after_prep(text, in_sentence, "par", trigger.end, s_end)
        if awardee is not None or awarder is not None:
            parties[:] = [role_of(n, role, text) for n, role in ((awarder, PartyRole.CUSTOMER), (awardee, PartyRole.SUPPLIER)) if n is not None]


def _de_supplied_object(st: RoleState, subject: NameSpan) -> Role | None:
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


def _fr_agreeing_customer(st: RoleState) -> Role | None:
    """fr: "a obtenu l'accord de la Norvège pour fournir 3 millions de doses": who agrees (a country too) buys, and
    with no subject the article's company supplies."""
    text, trigger, subject, lead = st.text, st.trigger, st.subject, st.lead
    customer = None
    agreed = _FR_AGREEING.match(text, trigger.end)
    buyer = next((n for n in st.in_sentence if agreed is not None and n.start == agreed.end()), None)
    if buyer is not None and (subject is None or buyer.start != subject.start):
        customer = Role(buyer.text, buyer.start, buyer.end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT) if is_place(buyer) else role_of(buyer, PartyRole.CUSTOMER, text)
    maker = st.company or lead
    if customer is not None and subject is None and maker is not None and not is_place(maker) and normalize(label(maker)) != normalize(customer.name):
        st.parties.append(role_of(maker, PartyRole.SUPPLIER, text))  # "les deux laboratoires viennent d'obtenir l'accord de X": the article's company supplies
    return customer


def _de_dative_customer(st: RoleState, subject: NameSpan) -> Role | None:
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


def _fr_customer(st: RoleState) -> Role | None:
    """fr: who is supplied when no preposition said it: the object equipped, who a contract or an order is from,
    a country supplied."""
    text, trigger, in_sentence, subject, s_end = st.text, st.trigger, st.in_sentence, st.subject, st.s_end
    customer = None
    if text.startswith("équip", trigger.start) and st.in_window:
        customer = role_of(st.in_window[0], PartyRole.CUSTOMER, text)  # "équiper la compagnie Norvia de 40 rames": the object is equipped
    if customer is None and _FR_CONTRACT_WORD.search(text, trigger.start, trigger.end):
        # "a remporté un contrat de la compagnie Norvia", "une commande de 30 avions de la compagnie Norvia": who orders
        of = _after_prep(text, in_sentence, r"(?:du|de la|de l'|des)", trigger.start, s_end)
        customer = role_of(of, PartyRole.CUSTOMER, text) if of is not None and (subject is None or of.start != subject.start) else None
    if customer is None:
        # "livrera 100 millions de doses au Japon", "un contrat avec la Lorvanie": a country supplied is the customer
        customer = _fr_country_supplied(text, in_sentence, trigger, s_end, subject)
    return customer


def _partner_parties(st: RoleState) -> None:
    """A partnership: the subject and the name after "with"/"avec"/"mit" (and the names listed with it) are partners;
    a contract about goods makes them supplier and customer instead."""
    text, trigger, lang, in_sentence, subject, parties, cand = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties, st.cand
    s_start, s_end = st.s_start, st.s_end
    with_prep = {"en": r"(?:with|between)", "fr": r"(?:avec|entre)", "de": r"(?:mit|zwischen)"}.get(lang, "with")
    partner = _after_prep(text, in_sentence, with_prep, trigger.start, s_end)
    sides = [n for n in (subject, partner) if n is not None]
    listed = _fr_partners_listed(text, in_sentence, partner, s_end) if lang == "fr" and partner is not None else []
    sides += [n for n in listed if n not in sides]
    sides += [
        n for n in in_sentence
        if not is_place(n) and n not in sides and not _of_place(text, in_sentence, n, lang) and not bystander(text, n, lang)
    ][: max(0, (2 if lang == "de" and partner is not None else 3) - len(sides))]
    supplies = False
    if lang == "fr" and partner is not None:
        supplies = _fr_supply_agreed(text, trigger, partner, s_start, s_end)
    # "hat mit Norvia einen Liefervertrag geschlossen", "einen Vertrag über die Lieferung von Turbinen": a supply contract
    supplies = supplies or (lang == "de" and partner is not None and _DE_SUPPLY_WORD.search(text, trigger.start, s_end) is not None)
    if supplies:
        # "ont conclu un accord avec Astrel pour garantir la fourniture de 5 millions de masques": a supply contract
        # (the supply word may come first: "pour garantir ses livraisons, Norland a noué un accord avec Astrel")
        cand.trigger = dataclasses.replace(trigger, deal_type=T.SUPPLY_CONTRACT)
    for name in sides:
        role = (PartyRole.SUPPLIER if name is partner or name in listed else PartyRole.CUSTOMER) if supplies else PartyRole.PARTNER
        parties.append(role_of(name, role, text))
    if partner is not None:
        parties.extend(role_of(extra, PartyRole.PARTNER, text) for extra in _coordinated(text, in_sentence, partner.end))
    if lang == "fr" and subject is not None:
        _fr_contract_with_states(text, in_sentence, cand, subject, partner, s_end, parties)


def _fr_partners_listed(text: str, in_sentence: list[NameSpan], partner: NameSpan, s_end: int) -> list[NameSpan]:
    """fr: "des contrats avec Velkor, Norvia et Dastrel": every name listed after the partner is a partner too, and
    "un contrat de 2 milliards avec Velkor et un autre de 500 millions avec Norvia": a second contract by ellipsis."""
    listed = fr_listed_after(text, in_sentence, partner) or fr_makers_listed(text, in_sentence, partner, s_end)
    if not listed:
        listed = [n for n in in_sentence if n.start > partner.end and not is_place(n) and FR_CONTRACT_ELLIPSIS.fullmatch(text, partner.end, n.start)][:1]
    return listed


def _fr_supply_agreed(text: str, trigger: Trigger, partner: NameSpan, s_start: int, s_end: int) -> bool:
    """fr: an agreement with a partner is a supply contract when the sentence speaks of supplies, of goods bought
    or of a contract (not an accord)."""
    supplies = _FR_SUPPLY_AFTER.search(text, s_start, s_end) is not None and not text.startswith("s'associ", trigger.start)
    if not supplies and not text.startswith("s'associ", trigger.start):
        # "un accord avec Velkor pour 30 millions de doses", "des accords d'achat anticipé avec Velkor": goods bought
        supplies = _FR_GOODS_AGREED.search(text, trigger.start, s_end) is not None
    if not supplies and _FR_CONTRACT_SIGNED.search(text, trigger.start, max(trigger.end, min(s_end, partner.end + 40))):
        supplies = True  # "a signé un contrat de 2 milliards avec Velkor": a contract (not an accord) buys or sells something
    return supplies


def _order_parties(st: RoleState) -> None:
    """An order: "la Ferlis a commandé 28 rames à Tramor": the subject buys, the named maker supplies; an award's
    "par" orders and its "à" supplies."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_start, s_end = st.s_start, st.s_end
    if subject is not None:
        parties.append(role_of(subject, PartyRole.CUSTOMER, text))
    # "X hat bei Y 50 Züge bestellt": in German the maker may sit inside the verb's frame
    maker_prep = {"en": r"(?:from)", "fr": r"(?:à|auprès de|auprès du|auprès des|auprès d'|au(?= (?:groupe|constructeur|fabricant|laboratoire|chantier|géant|motoriste|avionneur|équipementier)\b)|aux(?= (?:groupes|constructeurs|fabricants|laboratoires|chantiers)\b))", "de": r"(?:bei|von)"}.get(lang, "from")
    if lang == "fr":
        maker_prep = _fr_maker_prep(text, trigger, maker_prep)
    maker = _after_prep(text, in_sentence, maker_prep, trigger.start if lang == "de" else trigger.end, s_end)
    maker = maker or (st.in_window[0] if st.in_window else None)
    if lang == "fr" and _FR_AWARDED.search(text, trigger.start, trigger.end):
        awardee = _after_prep(text, in_sentence, r"(?:à|au|aux)", trigger.end, s_end)
        awarder = _after_prep(text, in_sentence, "par", trigger.end, s_end)
        parties[:] = [role_of(n, role, text) for n, role in ((awarder, PartyRole.CUSTOMER), (awardee, PartyRole.SUPPLIER)) if n is not None]
        maker = None
    if lang == "fr" and subject is not None and _FR_PASSIVE_BEFORE.search(text, max(s_start, trigger.start - 12), trigger.start):
        # "Velkor a été choisi par Norvia pour fournir 30 trains": the chooser after "par" orders, the subject supplies
        chooser = _after_prep(text, in_sentence, "par", trigger.end, min(s_end, trigger.end + 60))
        if chooser is not None and chooser.start != subject.start:
            parties[:] = [role_of(subject, PartyRole.SUPPLIER, text), role_of(chooser, PartyRole.CUSTOMER, text)]
            maker = None
    if lang == "de" and subject is not None and text.startswith("beauftragt", trigger.start) and _DE_PASSIVE_AUX.search(text, subject.end, trigger.start):
        # "Norvia wurde von Velkor mit dem Bau beauftragt": the agent after "von" hires, the passive's subject is hired
        hirer = _after_prep(text, in_sentence, "von", subject.end, trigger.start)
        if hirer is not None and hirer.start != subject.start:
            parties[:] = [role_of(hirer, PartyRole.CUSTOMER, text), role_of(subject, PartyRole.SUPPLIER, text)]
            maker = None
    if maker is None and lang == "fr" and subject is not None:
        # "a passé une commande de 10 000 doses du vaccin mis au point par Velkor et Norvia": who made it supplies
        maker = _after_prep(text, in_sentence, FR_MADE_BY, trigger.end, s_end)
        if maker is not None:
            parties.extend(role_of(extra, PartyRole.SUPPLIER, text) for extra in fr_listed_after(text, in_sentence, maker) if extra.start != subject.start)
    if maker is None and lang == "de" and subject is not None and text.startswith("beauftragt", trigger.start):
        # "Norvia hat die Velkor GmbH mit dem Bau beauftragt": the object inside the verb frame is hired
        inside = [n for n in in_sentence if subject.end <= n.start and n.end <= trigger.start and not is_place(n)]
        maker = inside[0] if inside else None
    if maker is not None and (subject is None or maker.start != subject.start):
        parties.append(role_of(maker, PartyRole.SUPPLIER, text))
        if lang == "fr":
            # "a commandé 30 avions à Velkor, 20 à Norvia et 10 à Dastrel": each maker listed after the first supplies too
            parties.extend(role_of(n, PartyRole.SUPPLIER, text) for n in fr_makers_listed(text, in_sentence, maker, s_end) if subject is None or n.start != subject.start)


def _fr_maker_prep(text: str, trigger: Trigger, maker_prep: str) -> str:
    """fr: the preposition that names an order's maker after a purchase, an award or "obtenir"."""
    if text.startswith("ach", trigger.start):
        maker_prep = r"(?:à|au|aux|auprès de|auprès du|auprès des|auprès d')"  # "a acheté 40 avions au groupe Velkor"
    if _FR_AWARD_VERB.match(text, trigger.start):
        maker_prep = r"(?:à|au|aux)"  # "a attribué au groupe Velkor un contrat": who is awarded supplies
    if text.startswith(("obten", "obtien"), trigger.start):
        maker_prep = r"(?:auprès de|auprès du|auprès des|auprès d'|de|du|des|d')"  # "obtenir 30 millions de doses de Velkor"
    return maker_prep


def _fund_parties(st: RoleState) -> None:
    """A funding round: the subject raises it (the target), who puts the money in invests ("auprès de X", "von X",
    "menée par X"); a round "bei X" or "de X" makes the subject the investor instead."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_start, s_end = st.s_start, st.s_end
    if lang == "de" and subject is not None and text.startswith("Finanzierungsrunde", trigger.start) and _DE_ROUND_AT.match(text, trigger.end):
        # "Velkor führt eine Finanzierungsrunde bei Norvia an": the company named after the round raises, the subject invests
        raised = next((n for n in in_sentence if n.start >= trigger.end and _DE_ROUND_AT.fullmatch(text, trigger.end, n.start)), None)
        parties.append(role_of(raised or subject, PartyRole.TARGET, text))
        if raised is not None and raised.start != subject.start:
            parties.append(role_of(subject, PartyRole.INVESTOR, text))
        return
    if lang == "fr" and subject is not None and (raised := _fr_round_of(text, in_sentence, trigger, s_end)) is not None and raised.start != subject.start:
        # "a souscrit à l'augmentation de capital de Norvia", "a participé au tour de table de Norvia": the subject invests
        parties.extend([role_of(raised, PartyRole.TARGET, text), role_of(subject, PartyRole.INVESTOR, text)])
        return
    if subject is not None:
        parties.append(role_of(subject, PartyRole.TARGET, text))
    if lang == "de" and subject is not None:
        # "hat in einer Finanzierungsrunde 20 Millionen von der Norvia Capital erhalten": who the money comes from invests
        backer = next((n for n in in_sentence if n.start > trigger.end and n.start != subject.start and not is_place(n) and _DE_BACKER_BEFORE.search(text, max(s_start, n.start - 40), n.start)), None)
        if backer is not None:
            parties.append(role_of(backer, PartyRole.INVESTOR, text))
            parties.extend(role_of(extra, PartyRole.INVESTOR, text) for extra in _coordinated(text, in_sentence, backer.end))
    if lang == "fr" and subject is not None:
        # "Norvia a levé 20 millions auprès de Velkor et Dastrel", "une levée menée par Velkor": who puts the money in
        backer = _after_prep(text, in_sentence, _FR_BACKER_PREP, trigger.start, s_end)
        if backer is None and _FR_FUNDS_RECEIVED.match(text, trigger.start):
            backer = _after_prep(text, in_sentence, _FR_GIVER_PREP, trigger.end, s_end)  # "a reçu 40 millions du fonds Velkor"
        if backer is not None and backer.start != subject.start:
            parties.append(role_of(backer, PartyRole.INVESTOR, text))
            parties.extend(role_of(extra, PartyRole.INVESTOR, text) for extra in _coordinated(text, in_sentence, backer.end))


def _build_parties(st: RoleState) -> None:
    """A site built: the subject (or the company of a person named, or the last company) supplies, the place after
    the trigger takes the site as the customer."""
    text, trigger, in_sentence, subject, parties = st.text, st.trigger, st.in_sentence, st.subject, st.parties
    s_start, s_end = st.s_start, st.s_end
    supplier = subject if subject is not None and subject.start >= s_start else None
    companies = [n for n in in_sentence if not is_place(n)]
    supplier = _company_of_person(text, supplier) or supplier or (companies[-1] if companies else None)
    if supplier is not None:
        parties.append(role_of(supplier, PartyRole.SUPPLIER, text))
    places = [n for n in in_sentence if is_place(n) and n.start >= trigger.start]
    if places:
        parties.append(Role(places[0].text, places[0].start, places[0].end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT))
    else:
        # "ein Rechenzentrum in Norland": a country the name finder left out (after "in") still takes the site
        countries = [m for m in sentence_countries(text, s_start, s_end) if not m.adjective and s_start + m.start >= trigger.start]
        if countries:
            at = s_start + countries[0].start
            parties.append(Role(countries[0].text, at, at + len(countries[0].text), PartyRole.CUSTOMER, PartyKind.GOVERNMENT))


def _loan_parties(st: RoleState) -> None:
    """Loans and aid: who receives the money is the target, who lends or grants it invests; (fr) a subject that
    grants ("a accordé un prêt") lends; a rescue verb ("rettet", "renfloue") reads the other way."""
    text, trigger, lang, in_sentence, subject, parties = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties
    s_start, s_end = st.s_start, st.s_end
    if lang == "fr" and subject is not None and (_FR_GRANTS.search(text, subject.end, trigger.start) or _FR_LEND_VERB.match(text, trigger.start)):
        # "le gouvernement a validé un prêt de 2 milliards pour aider le constructeur": who grants lends
        parties.append(role_of(subject, PartyRole.INVESTOR, text))
        beneficiary = _after_prep(text, in_sentence, _FR_BENEFICIARY_PREP, trigger.end, s_end) or _fr_state_after(text, in_sentence, trigger.end, s_end)
        if beneficiary is not None and beneficiary.start != subject.start:
            parties.append(role_of(beneficiary, PartyRole.TARGET, text))
        return
    lender = None
    aided = None
    if lang == "de":
        lender, subject, aided = _de_lender_and_borrower(st)
    if lender is not None and subject is not None and subject.start == lender.start:
        subject = next((n for n in in_sentence if n.end <= lender.start and n.start >= s_start and not is_place(n)), None)
    if subject is None and lang == "fr":
        # "Le prêt garanti par l'Etat promis au groupe", "un prêt de l'Etat à Velkor": the loan goes to whom it is given
        subject = _after_prep(text, in_sentence, _FR_BENEFICIARY_PREP, trigger.end, s_end) or _fr_state_after(text, in_sentence, trigger.end, s_end)
    st.subject = subject
    if subject is not None:
        parties.append(role_of(subject, PartyRole.TARGET, text))
    lender = lender or _first_after(in_sentence, trigger.end, window=120)
    if lender is not None and lender is not subject:
        parties.append(role_of(lender, PartyRole.INVESTOR, text))
        if lang == "de" and aided is not None:
            parties.extend(_listed_before(text, in_sentence, lender, parties))  # "X und Y haben ein Paket für Z geschnürt"
    if lang == "de" and _DE_RESCUE_VERB.match(text, trigger.start) and len(parties) == 2:
        # "die Regierung rettet Velkor": the subject pays, the object is rescued
        swap = {PartyRole.TARGET: PartyRole.INVESTOR, PartyRole.INVESTOR: PartyRole.TARGET}
        parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in parties]
    if lang == "fr" and _FR_BAIL_OUT_VERB.match(text, trigger.start):
        # "X renfloue Y": the subject pays, the object is bailed out (the loan nouns read the other way)
        swap = {PartyRole.TARGET: PartyRole.INVESTOR, PartyRole.INVESTOR: PartyRole.TARGET}
        parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in parties]


def _de_lender_and_borrower(st: RoleState) -> tuple[NameSpan | None, NameSpan | None, NameSpan | None]:
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
        helped = _after_prep(text, in_sentence, "für", trigger.end, min(s_end, trigger.end + 12))
        subject = helped or subject  # "die Staatshilfe für die X": X receives it
    aided = _de_aided(text, in_sentence, trigger)
    if aided is not None:
        # "X und Y haben ein Hilfspaket für Lorvanien geschnürt", "erhält Lorvanien einen Kredit": the aid goes to
        # that name (a country too); the sentence's subject, if another, gives it
        if lender is None and subject is not None and subject.start != aided.start and subject.end <= trigger.start:
            lender = subject
        subject = aided
    return lender, subject, aided


def _fr_after_voice(st: RoleState) -> None:
    """fr: the sentence shapes the voices leave half read: what an investment goes into, a seller named by an
    apposition or by "sa filiale", relative and participle clauses, "racheté à X", offers "pour X", "auprès de X"."""
    _fr_invested(st)
    _fr_unit_seller(st)
    _fr_bought_clauses(st)
    _fr_relative_invested(st)
    if st.voice in ("buy",):
        _fr_buy_seller(st)


def _fr_invested(st: RoleState) -> None:
    """fr: what an investment goes into: a project's owner ("dans le projet de vaccin de la société Norvia"), a
    site in a country (infrastructure there), or the other company that "ses" refers to."""
    text, trigger, in_sentence, subject, lead, parties = st.text, st.trigger, st.in_sentence, st.subject, st.lead, st.parties
    if st.voice != "invest" or subject is None:
        return
    if st.target is None and text.endswith("dans", trigger.start, trigger.end):
        # "un investissement d'un milliard dans le projet de vaccin de la société Norvia": the project's owner is invested in
        owner_of = next(
            (n for n in in_sentence if trigger.end < n.start < trigger.end + 120 and not is_place(n) and _FR_PROJECT_OF.fullmatch(text, trigger.end, n.start)),
            None,
        )
        if owner_of is not None and owner_of.start != subject.start:
            st.target = role_of(owner_of, PartyRole.TARGET, text)
            parties.append(st.target)
    if st.target is None and _FR_SITE_AFTER.match(text, trigger.end):
        # "Velkor investira 300 millions dans une usine neuve au Portugal": a site paid for is infrastructure there
        places = [n for n in in_sentence if is_place(n) and n.start >= trigger.end]
        if places:
            st.cand.trigger = dataclasses.replace(trigger, deal_type=T.INFRASTRUCTURE)
            parties[:] = [role_of(subject, PartyRole.SUPPLIER, text), Role(places[0].text, places[0].start, places[0].end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT)]
    if st.target is None and _FR_POSSESSIVE_AFTER.match(text, trigger.end):
        # "Norvia a confirmé que Velkor y avait investi près de 80 millions de dollars dans ses ateliers": "ses" is the other company's
        invested = next((n for n in reversed(in_sentence) if n.end <= subject.start and not is_place(n) and normalize(n.text) != normalize(subject.text)), None)
        if invested is None and lead is not None and normalize(lead.text) != normalize(subject.text) and not is_place(lead):
            invested = lead
        if invested is not None:
            parties.append(role_of(invested, PartyRole.TARGET, text))


def _fr_unit_seller(st: RoleState) -> None:
    """fr: the seller of a unit: the parent an apposition names ("Norvia, filiale du groupe Dastrel"), or the
    article's company that owns "sa branche Norvia"."""
    text, trigger, voice, subject, parties = st.text, st.trigger, st.voice, st.subject, st.parties
    if voice in ("buy", "passive", "sell") and not any(p.role is PartyRole.SELLER for p in parties):
        # "Velkor a racheté Norvia, filiale du groupe Dastrel": the parent named in the apposition sells its unit
        bought = next((p for p in parties if p.role is PartyRole.TARGET and p.kind is not PartyKind.OTHER), None)
        unit_of = _FR_UNIT_OF.match(text, bought.end) if bought is not None else None
        parent = next((n for n in st.in_sentence if unit_of is not None and n.start == unit_of.end() and not is_place(n)), None)
        if parent is not None and all(p.start != parent.start for p in parties):
            if voice == "sell":
                parties[:] = [p for p in parties if p.role is not PartyRole.SELLER]
            parties.append(role_of(parent, PartyRole.SELLER, text))
    unit_owner = st.company or st.lead
    if (
        voice in ("sell", "buy") and unit_owner is not None and not any(p.role is PartyRole.SELLER for p in parties)
        and _FR_OWN_UNIT.match(text, trigger.end) and not is_place(unit_owner) and all(normalize(p.name) != normalize(unit_owner.text) for p in parties)
        and (voice == "sell" and subject is None or voice == "buy" and trigger.noun)
    ):
        # "la vente de sa branche Norvia", "le rachat de sa filiale X par Y": the unit's owner, the article's company, sells
        parties.append(role_of(unit_owner, PartyRole.SELLER, text))


def _fr_bought_clauses(st: RoleState) -> None:
    """fr: purchases told in a relative or participle clause ("X, qu'il a acquis", "X, acheté en 2012 à Y"), with the
    seller first ("a racheté à Dastrel la société Norvia"), by "dont", by an offer "pour X", or "auprès de X"."""
    if st.voice != "buy":
        return
    text, trigger, in_sentence, subject, parties = st.text, st.trigger, st.in_sentence, st.subject, st.parties
    if not trigger.noun and _FR_PARTICIPLE.fullmatch(text, trigger.start, trigger.end):
        _fr_bought_participle(st)
    if not trigger.noun and subject is not None and not any(p.role is PartyRole.TARGET for p in parties):
        # "a racheté à Dastrel la société Norvia": the seller comes first after "à", what is bought after it
        after = [n for n in in_sentence if trigger.end < n.start < trigger.end + 90 and n.start != subject.start]
        from_whom = next((n for n in after if _FR_FROM_FIRST.fullmatch(text, trigger.end, n.start)), None)
        purchased = next((n for n in after if from_whom is not None and n.start > from_whom.end and _FR_THEN_BOUGHT.fullmatch(text, from_whom.end, n.start)), None)
        if purchased is not None and from_whom is not None and not is_place(purchased):
            parties[:] = [p for p in parties if p.start != from_whom.start]
            parties.extend([role_of(purchased, PartyRole.TARGET, text), role_of(from_whom, PartyRole.SELLER, text)])
    if text.startswith("dont", trigger.start):
        # "Norvia, dont le fonds Velkor a pris le contrôle": the name before ", dont" is bought, the one after it buys
        controlled = next((n for n in reversed(in_sentence) if n.end <= trigger.start and _JUST_COMMA.fullmatch(text, n.end, trigger.start) and not is_place(n)), None)
        controller = next((n for n in in_sentence if trigger.end < n.start < trigger.end + 40 and not is_place(n)), None)
        parties[:] = [role_of(controller, PartyRole.BUYER, text), role_of(controlled, PartyRole.TARGET, text)] if controlled is not None and controller is not None else []
    if not any(p.role is PartyRole.TARGET for p in parties) and _FR_BID_NOUN.match(text, trigger.start):
        # "a déposé une offre de reprise pour Norvia", "une OPA sur Norvia": what the offer is for is bought
        bid_target = next((n for n in in_sentence if trigger.end <= n.start <= trigger.end + 40 and not is_place(n) and _FR_BID_FOR.fullmatch(text, trigger.end, n.start)), None)
        if bid_target is not None and (subject is None or bid_target.start != subject.start):
            parties.append(role_of(bid_target, PartyRole.TARGET, text))
    if _FR_BOUGHT_FROM.match(text, trigger.start):
        # "l'acquisition auprès du groupe Velkor de son logiciel": the name after "auprès de" sells, what follows is bought
        seller = _first_after(in_sentence, trigger.end, window=40)
        if seller is not None and seller.start - trigger.end <= 30:
            parties[:] = [p for p in parties if p.start != seller.start]
            parties.append(role_of(seller, PartyRole.SELLER, text))


def _fr_bought_participle(st: RoleState) -> None:
    """fr: "le Courrier d'Orlan, qu'il a acquis en 2009" (the antecedent is bought, "il" buys), "l'Orlan Matin, acheté
    en 2012 à Velmont Presse" (the name before the participle is bought, "à" sells, "par" buys)."""
    text, trigger, in_sentence, parties, s_start, s_end = st.text, st.trigger, st.in_sentence, st.parties, st.s_start, st.s_end
    relative = _FR_RELATIVE_OBJECT.search(text, max(s_start, trigger.start - 40), trigger.start)
    apposed = None if relative is not None else _FR_APPOSED_PARTICIPLE.search(text, max(s_start, trigger.start - 4), trigger.start)
    cut = relative.start() if relative is not None else apposed.start() if apposed is not None else -1
    antecedent = next((n for n in reversed(in_sentence) if cut >= 0 and n.end <= cut and _JUST_COMMA.fullmatch(text, n.end, cut) and not is_place(n)), None)
    if antecedent is not None and relative is not None:
        # "le Courrier d'Orlan, qu'il a acquis en 2009": the antecedent is bought, "il" (the article's company) buys
        pronoun = relative.group(1) is not None
        acquirer = (st.company or st.lead) if pronoun else st.subject
        if acquirer is not None and normalize(label(acquirer)) != normalize(label(antecedent)) and not is_place(acquirer):
            parties[:] = [role_of(acquirer, PartyRole.BUYER, text), role_of(antecedent, PartyRole.TARGET, text)]
    elif antecedent is not None:
        # "l'Orlan Matin, acheté en 2012 à Velmont Presse": the name before the participle is bought, "à" names the seller
        seller = _after_prep(text, in_sentence, r"(?:à|au|aux|auprès de|auprès du|auprès des)", trigger.end, min(s_end, trigger.end + 40))
        agent = _after_prep(text, in_sentence, "par", trigger.end, min(s_end, trigger.end + 40))
        parties[:] = [role_of(antecedent, PartyRole.TARGET, text)] + [role_of(n, role, text) for n, role in ((seller, PartyRole.SELLER), (agent, PartyRole.BUYER)) if n is not None and n.start != antecedent.start]


def _fr_relative_invested(st: RoleState) -> None:
    """fr: "Norvia, dans laquelle Velkor a investi": the name before the relative is invested in, the one inside invests."""
    text, trigger, parties = st.text, st.trigger, st.parties
    if st.voice == "invest" and _FR_RELATIVE_INVESTED.match(text, trigger.start):
        swap = {PartyRole.TARGET: PartyRole.INVESTOR, PartyRole.INVESTOR: PartyRole.TARGET}
        parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in parties]
        # ... only when that name stands right before it ("Le programme, dans lequel X a investi": no name is invested in)
        parties[:] = [p for p in parties if p.role is not PartyRole.TARGET or _JUST_COMMA.fullmatch(text, p.end, trigger.start)]


def _fr_buy_seller(st: RoleState) -> None:
    """fr: "l'acquisition auprès du Courrier d'Orlan de son logiciel", "acheté en 2011 à Velmont Presse": who sells
    (not a one-off place after "à", nor who gains from the deal)."""
    text, trigger, parties = st.text, st.trigger, st.parties
    clause = _CLAUSE_END.search(text, trigger.end, st.s_end)
    # ("au fonds Dastrel", "aux groupes X et Y": "au" before an organisation noun names the seller too)
    seller = _after_prep(text, st.in_sentence, r"(?:auprès de|auprès du|auprès des|à|au(?= (?:fonds|groupe|constructeur|laboratoire|géant|conglomérat|holding|milliardaire|financier|investisseur)\b)|aux(?= (?:fonds|groupes)\b))", trigger.end, clause.start() if clause else st.s_end)
    if seller is not None and (text[max(0, seller.start - 8) : seller.start].strip().endswith("à") and mentions(text, seller.text) < 2):
        seller = None  # "une usine à Lyon": a one-off name after "à" is a place
    if seller is not None and _FR_GIVES.search(text, trigger.end, seller.start):
        seller = None  # "le rachat de X permet à Y de ...": Y gains from the deal, it does not sell
    if seller is not None and all(p.start != seller.start for p in parties) and not bystander(text, seller, "en"):
        parties.append(role_of(seller, PartyRole.SELLER, text))


def _add_sellers(st: RoleState) -> None:
    """The seller, when the voice did not name it: "from X" (en), "von X" after the target (de), the first name of
    "übernimmt von X die Y", a parent in a compound ("Dastrel-Tochter") or an apposition ("a unit of X"), the owner
    of what is bought, the German counterpart, and who a purchase is negotiated "avec"/"mit"."""
    text, trigger, lang, in_sentence, voice, parties = st.text, st.trigger, st.lang, st.in_sentence, st.voice, st.parties
    s_start, s_end = st.s_start, st.s_end
    seller_prep = _SELLER_PREP.get(lang, "from")
    if voice in ("buy",) and lang == "en":
        seller = _after_prep(text, in_sentence, seller_prep, trigger.end, s_end, lang)
        if seller is not None and all(p.start != seller.start for p in parties):
            parties.append(role_of(seller, PartyRole.SELLER, text))
    if lang == "de":
        _de_sellers(st)
    if st.de_counterpart is not None and st.subject is not None and all(p.start != st.de_counterpart.start for p in parties):
        parties.append(role_of(st.de_counterpart, PartyRole.BUYER if voice == "sell" else PartyRole.SELLER, text))
    owner = st.owner
    if owner is None and lang == "en" and voice in ("buy", "passive") and not any(p.role is PartyRole.SELLER for p in parties):
        owner = _en_parent_of_target(text, st.names, parties)
    if owner is not None and all(p.start != owner.start for p in parties):
        parties.append(role_of(owner, PartyRole.SELLER if voice != "sell" else PartyRole.SELLER, text))
    if voice == "buy" and lang != "en":
        # "négocie avec Delmaro pour racheter Vidlo": who you negotiate a purchase with sells
        negotiator = next(
            (n for n in in_sentence if n.end <= trigger.start and _WITH_BEFORE.search(text, max(s_start, n.start - 12), n.start) and not is_place(n)),
            None,
        )
        if negotiator is not None and parties and all(p.start != negotiator.start for p in parties):
            parties.append(role_of(negotiator, PartyRole.SELLER, text))


def _de_sellers(st: RoleState) -> None:
    """de: "X kauft Y von Z" (who it is bought from sells), "übernimmt von der Dastrel AG die Norvia GmbH" (the
    first name sells), "übernimmt die Dastrel-Tochter Norvia" (the parent in the compound sells)."""
    text, trigger, voice, target, parties = st.text, st.trigger, st.voice, st.target, st.parties
    if voice == "buy" and not trigger.noun and target is not None:
        # "X kauft Y von Z", "übernimmt das Chipgeschäft von Z": who it is bought from sells
        seller = _after_prep(text, st.in_sentence, "(?:von|vom)", target.end, st.s_end)  # ("vom Finanzinvestor Dastrel": "vom" is "von dem")
        if seller is not None and all(p.start != seller.start for p in parties):
            parties.append(role_of(seller, PartyRole.SELLER, text))
    if st.de_from is not None and all(p.start != st.de_from.start for p in parties):
        parties.append(role_of(st.de_from, PartyRole.SELLER, text))
    if target is not None and voice in ("buy", "passive") and not any(p.role is PartyRole.SELLER for p in parties):
        parent_compound = _DE_PARENT_COMPOUND.search(text, max(st.s_start, target.start - 40), target.start)
        if parent_compound is not None and all(normalize(p.name) != normalize(parent_compound.group(1)) for p in parties):
            # "übernimmt die Dastrel-Tochter Norvia": the parent named in the compound sells
            parties.append(Role(parent_compound.group(1), parent_compound.start(1), parent_compound.end(1), PartyRole.SELLER))


def _en_parent_of_target(text: str, names: list[NameSpan], parties: list[Role]) -> NameSpan | None:
    """en: "Benton Valve Co, a wholly owned subsidiary of Harlow Corp", "the frozen foods business of Harlow Inc",
    "the Benton Pumps division of Trell Corp": the parent of the (first) target sells its unit."""
    for party in parties:
        if party.role is PartyRole.TARGET:
            unit_of = _UNIT_OF.match(text, party.end) if party.kind is not PartyKind.OTHER else None
            part_of = _PART_OF.match(text, party.end)
            return next(
                (
                    n for n in names
                    if not is_place(n) and (unit_of and n.start == unit_of.end() or part_of and n.start == part_of.end() and n.suffixed)
                ),
                None,
            )
    return None


def _finish(st: RoleState) -> None:
    """The names listed with a party share its role; then (fr, de) the organisations the article keeps naming join as
    actors, (de) a chief stands for his company and a stake's company is sold, not a buyer."""
    text, trigger, lang, in_sentence, subject, parties, cand = st.text, st.trigger, st.lang, st.in_sentence, st.subject, st.parties, st.cand
    for party in list(parties):
        if party.role in (PartyRole.TARGET, PartyRole.BUYER) and party.kind is not PartyKind.OTHER:
            for extra in _coordinated(text, in_sentence, party.end):
                parties.append(role_of(extra, party.role, text))
        if lang == "de" and party.role is PartyRole.TARGET and trigger.voice in ("buy", "sell") and not trigger.noun:
            parties.extend(role_of(extra, PartyRole.TARGET, text) for extra in _de_coordinated(text, in_sentence, party))
    if lang != "en" and subject is not None:
        parties.extend(_listed_before(text, in_sentence, subject, parties, _FR_LIST_GLUE if lang == "fr" else None))
    cand.parties = dedupe(parties)
    if lang != "en" and parties:
        cand.actors = _actors(text, in_sentence, cand.parties, trigger, lang)
    if lang == "de":
        # "Velkor-Chef Ivo Brenn kündigte eine Kapitalerhöhung an": the chief speaks for his company, which deals
        cand.parties = [_de_company_of_chief(text, p) for p in cand.parties]
    if st.voice == "sell" and lang == "de":
        # "verkauft ihren Anteil an der Velkor AG an die Norvia": the stake's company is sold, not a buyer
        s_start = st.s_start
        cand.parties, cand.actors = (
            [_de_stake_held(text, p, s_start) for p in cand.parties], [_de_stake_held(text, p, s_start) for p in cand.actors]
        )


_DE_APPOSED_OWNER = re.compile(r"(?:\s*,\s*(?:der|die|das|den)\s+(?:[a-zäöüß][\w-]*\s+)?|\s+)(?:[A-ZÄÖÜ][\w-]*\s+)?")
_DE_COPULA_BEFORE = re.compile(r"\s+(?:ist|wird|war|wurde|sei|werde)\s+(?:(?:nun|jetzt|damit|der|die|das)\s+)*")
_DE_GENITIVE_OWNED = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&-]+)s\s+$")
_DE_OWNED_AFTER = re.compile(r"\s+(?:von|der|des|bei|beim)\s+(?:[a-zäöüß][\w-]*\s+)?")


def _de_new_owner(text: str, names: list[NameSpan], trigger: Trigger, s_start: int, lead: NameSpan | None) -> tuple[NameSpan, NameSpan | None] | None:
    """de: "Norvias neuer Eigentümer Velkor", "der neue Hauptaktionär, die Velkor-Gruppe", "Velkor ist neuer Eigentümer der
    Norvia": (the new owner, what it owns) — the genitive or the name after "der/von", else the article's company."""
    after = next((n for n in names if n.start >= trigger.end and not is_place(n)), None)
    before = next((n for n in reversed(names) if s_start <= n.start and n.end <= trigger.start and not is_place(n)), None)
    owner = owned = None
    if after is not None and _DE_APPOSED_OWNER.fullmatch(text, trigger.end, after.start):
        owner = after
    elif before is not None and _DE_COPULA_BEFORE.fullmatch(text, before.end, trigger.start):
        owner = before
        owned = after if after is not None and _DE_OWNED_AFTER.fullmatch(text, trigger.end, after.start) else None
    if owner is None:
        return None
    genitive = _DE_GENITIVE_OWNED.search(text, max(s_start, trigger.start - 40), trigger.start)
    if owned is None and genitive is not None and mentions(text, genitive.group(1)) >= 1:
        owned = NameSpan(genitive.start(1), genitive.end(1), genitive.group(1))  # "Norvias neuer Eigentümer"
    if owned is None and lead is not None and lead.text != owner.text and not is_place(lead):
        owned = lead  # "Ihr neuer Hauptaktionär, die Velkor-Gruppe": the article's company has the new owner
    return owner, owned


# the role of the party named after the trigger, and of the article's company on the other side
_DE_NAMED_ROLES = (
    ("Käufer", (PartyRole.BUYER, PartyRole.SELLER)), ("Erwerber", (PartyRole.BUYER, PartyRole.SELLER)),
    ("Auftraggeber", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)), ("Kunde", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)),
    ("Abnehmer", (PartyRole.CUSTOMER, PartyRole.SUPPLIER)), ("Verkauft", (PartyRole.TARGET, PartyRole.SELLER)),
    ("neue", (PartyRole.PARTNER, PartyRole.PARTNER)), ("Partner", (PartyRole.PARTNER, PartyRole.PARTNER)),
    ("Kooperationspartner", (PartyRole.PARTNER, PartyRole.PARTNER)),
)
_DE_NAMED_AFTER_TRIGGER = re.compile(r"Käufer|Erwerber|Auftraggeber|Kunde|Abnehmer|[Dd]en Zuschlag|[Dd]en (?:Groß)?[Aa]uftrag|Verkauft|neue[rn]? (?:Kooperations)?[Pp]artner|Partner|Kooperationspartner")
DE_NAMED_GAP = re.compile(r"\s+(?:(?:der|die|das|den|dem|laut\s+\S+|nun|jetzt|offenbar|demnach|wohl|schließlich|letztlich|erneut)\s+)*(?:[a-zäöüß][\w-]*\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?")


def _de_named_after(text: str, names: list[NameSpan], trigger: Trigger, lead: NameSpan | None) -> tuple[NameSpan, NameSpan | None] | None:
    """de: the party a role noun or an inverted verb names right after it, and the article's company as the other side."""
    # (a name after "laut" is the source quoted, no party)
    named = next((n for n in names if n.start >= trigger.end and not is_place(n) and not text.endswith("laut ", 0, n.start)), None)
    if named is None or not DE_NAMED_GAP.fullmatch(text, trigger.end, named.start):
        return None
    other = lead if lead is not None and normalize(lead.text) != normalize(named.text) and not is_place(lead) else None
    return named, other


_DE_COMPANY_CHIEF = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w&]*(?:-[A-ZÄÖÜ][\w&]*)?)-(?:Chef|Chefin|Vorstandschef|Vorstandschefin|Konzernchef|Boss|Gründer|Gründerin)\s+$")


def _de_company_of_chief(text: str, party: Role) -> Role:
    chief = _DE_COMPANY_CHIEF.search(text, max(0, party.start - 60), party.start)
    if chief is None or party.kind is not PartyKind.PERSON:
        return party
    return Role(chief.group(1), chief.start(1), chief.end(1), party.role)


def _de_stake_held(text: str, party: Role, s_start: int) -> Role:
    if party.role is PartyRole.BUYER and _DE_STAKE_IN.search(text, max(s_start, party.start - 60), party.start):
        return dataclasses.replace(party, role=PartyRole.TARGET)
    return party


_PRONOUN_SUBJECT = {
    "fr": re.compile(
        r"\b(?:[Ii]l|[Ee]lle|[Ll]['’]entreprise|[Ll]a société|[Ll]e groupe|[Ll]e constructeur|[Ll]e géant)\s+(?:\S+\s+){0,2}?"
        r"(?:a|avait|va|vient|devrait|veut|compte|doit|peut|pourrait|entend|souhaite|prévoit|envisage)\b"
    ),
    "de": re.compile(
        r"\b(?:(?:übernahm|kaufte|erwarb|verkaufte|übernimmt|kauft|erwirbt|verkauft|hat|will|soll)\s+(?:sie|er|der Konzern|die Gruppe|das Unternehmen)\b|"
        r"(?:Die Gruppe|Der Konzern|Das Unternehmen|Sie|Er)\s+(?:hat|will|soll|übernimmt|übernahm|kauft|kaufte|verkauft|verkaufte|erwarb|erwirbt))"
    ),
}
_DE_POSSESSIVE_DEAL = re.compile(r"\b(?:[Ss]eine|[Ii]hre)\s+(?:\S+\s+)?(?:Investition|Investment|Übernahme|Beteiligung|Einstieg)\b")
_AGENT_IS_LEAD = re.compile(
    r".{0,4}?\b(?:par|durch|von)\s+(?:le groupe|l['’]entreprise|la société|le constructeur|le géant|dem Konzern|den Konzern|dem Unternehmen)\b"
)


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*et|,?\s*und|,?\s*sowie)\s+(?:l['’]|la |le |les |der |die |das |dem |den )?")
# fr: "Velkor et le géant de l'aéronautique Norvia sont entrés": a describing noun phrase may stand before the next name
# ("les élus du Conseil Velkor": a name after "du" complements the noun, it is not the one listed)
_FR_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*(?:et|ou encore|ou|ainsi que))\s+(?:(?:l['’]|la |le |les )(?:(?!(?:qui|que|dont|a|ont|est|sont)\b)[a-zà-ÿ][\w'’-]*\s+){0,4})?(?<!\bde )(?<!\bdu )(?<!\bdes )(?<!d['’])")


# fr: "à Londres", "depuis Paris": a place; "le ministre Paul Verlaine", "Anne Berk, la présidente du comité": a voice
_FR_PLACE_BEFORE = re.compile(r"(?:\b(?:à|depuis|dans|vers|près de|en|au|aux)\s+)$")
_FR_TITLE_BEFORE = re.compile(
    r"\b(?:ministres?|président\w*|PDG|directeur\w*|directrice\w*|patron\w*|porte-parole|secrétaire\w*|maire|commissaire\w*|"
    r"député\w*|sénat\w*|analyste\w*|chef\w*|dirigeant\w*|responsable\w*|avocat\w*|économiste\w*|fondat\w+|CEO)"
    r"(?:\s+(?:[a-zé][\w'’-]*|de|du|des|d['’]|l['’]|la|le))*\s*,?\s*$"
    # "l'étude, dirigée par Ana Velkor", "présentée par": who leads or hosts it is a person, no party
    # (a company's head may own it: "une société dirigée par X" keeps X)
    r"|(?<!société )(?<!entreprise )(?<!firme )(?<!holding )\b(?:dirigée?s?|présentée?s?|animée?s?|coordonnée?s?)\s+par\s+$"
)
_FR_TITLE_AFTER = re.compile(r",\s+(?:le |la |l['’]|un |une )?(?:\w+\s+){0,2}?(?:ministre|président|PDG|directeur|directrice|patron|porte-parole|secrétaire|maire|commissaire|député|analyste|chef|fondateur|CEO)\b")


def bystander(text: str, name: NameSpan, lang: str) -> bool:
    """fr: a place after its preposition or a person by their title is named near a deal, not part of it."""
    if lang != "fr" or name.suffixed or name.full is not None:
        return False
    if _after_place_preposition(text, name):
        return True
    before = text[max(0, name.start - 60) : name.start]
    return bool(_FR_TITLE_BEFORE.search(before) or _FR_TITLE_AFTER.match(text, name.end))


def _after_place_preposition(text: str, name: NameSpan) -> bool:
    """fr: "à Londres", "depuis Paris": a one-word, not all-capitals name after a place preposition."""
    if name.suffixed or name.full is not None or name.text.isupper():
        return False
    return _FR_PLACE_BEFORE.search(text, max(0, name.start - 12), name.start) is not None


def _actors(text: str, names: list[NameSpan], parties: list[Role], trigger: Trigger, lang: str = "fr") -> list[Role]:
    """fr/de: an organisation the article keeps naming, named again in the deal's sentence, takes part in it."""
    taken = {normalize(p.name) for p in parties}
    found: list[Role] = []
    for name in names:
        if is_place(name) or name.possessive or normalize(name.text) in taken or len(found) >= 2:
            continue
        through = next((p for p in parties if lang == "fr" and _FR_THROUGH.fullmatch(text, name.end, p.start)), None)
        if through is None and not (name.suffixed or name.text.isupper() and len(name.text) >= 2 or mentions(text, name.text) >= 3):
            continue
        if through is None and _company_of_person(text, name) is not None:
            continue  # "le PDG de X, Marten Caul" ... "Caul": an executive speaks, he is no party
        if lang == "de" and (_DE_GENITIVE_BEFORE.search(text, max(0, name.start - 40), name.start) or de_person(text, name)):
            continue  # "nach einem Bericht des Senders XYZ": the genitive belongs to another noun; "Konzernchef X" speaks
        if bystander(text, name, lang):
            continue
        role = PartyRole.PARTNER if trigger.voice == "partner" else PartyRole.INVESTOR if trigger.voice in ("other", "fund", "invest") else PartyRole.SELLER if trigger.voice in ("buy", "passive") else PartyRole.BUYER if trigger.voice in ("sell", "sold_by") else PartyRole.CUSTOMER
        if through is not None:
            role = through.role  # "Paul Dastrel a décroché, via sa société Velkor, un contrat": both act on the same side
        elif role is PartyRole.SELLER and any(p.role is PartyRole.SELLER for p in parties):
            continue  # the sentence already says who sells; another name the article repeats is a bystander
        found.append(role_of(name, role, text))
        taken.add(normalize(name.text))
    return found


def _before_apposition(text: str, names: list[NameSpan], subject: NameSpan, trigger: Trigger, s_start: int) -> NameSpan | None:
    """fr: "Ouest-Lorvane, le seul quotidien de la Lorvane, racheté par X": the participle's noun precedes the apposition."""
    head = text[s_start : trigger.start].rstrip()
    if not head.endswith(","):
        return None
    opening = head[:-1].rfind(",")
    if opening < 0 or not re.match(r",\s+(?:le|la|les|l['’]|un|une|qui|dont)\b", head[opening:]):
        return None
    at = s_start + opening
    before = [n for n in names if n.end <= at and not text[n.end : at].strip()]
    return before[-1] if before and before[-1].start != subject.start else None


def _listed_before(text: str, names: list[NameSpan], subject: NameSpan, parties: list[Role], glue: re.Pattern[str] | None = None) -> list[Role]:
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
    if listed and not re.search(r"\b(?:et|ou|ainsi que|und|sowie)\b", text[listed[-1].end : own.end]):
        return []  # "Paris, Berlin" without a closing "et" is no list of parties
    return listed


def fr_listed_after(text: str, names: list[NameSpan], first: NameSpan) -> list[NameSpan]:
    """fr: "par Velkor, Norvia et le laboratoire suédois Dastrel": the names listed after a party share its role."""
    listed: list[NameSpan] = []
    left = first
    for name in names:
        if name.start < left.end or is_place(name):
            continue
        if not _FR_LIST_GLUE.fullmatch(text, left.end, name.start):
            break
        listed.append(name)
        left = name
    if listed and not re.search(r"\b(?:et|ou|ainsi que)\b", text[first.end : listed[-1].start]):
        return []  # "Velkor, Norvia" without an "et" is no list
    return listed


_FR_MERGER_OF = re.compile(r"fusion (?:entre|d[eu']|des)")
_FR_MERGED_LEAD = re.compile(r"\s*(?:l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]* ){0,2}?(?:[A-ZÀ-Ý][a-zà-ÿ]+ )?")
_FR_MERGED_GLUE = re.compile(r"\s*,?\s*(?:et|,)\s+(?:de l['’]|de la |du |des |de |d['’]|l['’]|la |le |les )?(?:[a-zà-ÿ][\w-]* ){0,2}?(?:[A-ZÀ-Ý][a-zà-ÿ]+ )?")
_FR_BORN_OF = re.compile(r"\b(?:née?s?|issue?s?)\b")


def _fr_merging(text: str, names: list[NameSpan], trigger: Trigger) -> list[NameSpan]:
    """fr: the companies a merger noun lists ("la fusion du suédois Velkor et du britannique Norvia"), when two or more."""
    if not _FR_MERGER_OF.match(text, trigger.start):
        return []
    after = [n for n in names if n.start >= trigger.end and not is_place(n)]
    if not after or not _FR_MERGED_LEAD.fullmatch(text, trigger.end, after[0].start):
        return []
    merging = [after[0]]
    for name in after[1:]:
        if not _FR_MERGED_GLUE.fullmatch(text, merging[-1].end, name.start):
            break
        merging.append(name)
    return merging if len(merging) >= 2 else []


_FR_ROUND_NOUN = re.compile(r"(?:augmentation de capital|tour de (?:table|financement)|levée de fonds)$")
_FR_OWN_ROUND = re.compile(r"\b(?:son|sa|leur|ses)\s+$")
_FR_ROUND_OF = re.compile(r"\s+(?:(?:\S+\s+){0,6}?(?:pour|de|d['’]|du|de la|de l['’]))\s*(?:(?:la |le |l['’])?(?:start-up|startup|jeune pousse|société|entreprise|biotech|groupe)\s+)?")


def _fr_round_of(text: str, names: list[NameSpan], trigger: Trigger, end: int) -> NameSpan | None:
    """fr: the company whose round the trigger noun names ("l'augmentation de capital de Norvia", "une levée de fonds pour Norvia")."""
    if not _FR_ROUND_NOUN.search(text, trigger.start, trigger.end) or _FR_OWN_ROUND.search(text, max(0, trigger.start - 8), trigger.start):
        return None  # "Norvia ouvre sa levée de fonds au fonds Velkor": the round is the subject's own
    return next((n for n in names if trigger.end < n.start < min(end, trigger.end + 80) and not is_place(n) and _FR_ROUND_OF.fullmatch(text, trigger.end, n.start)), None)


def _of_place(text: str, names: list[NameSpan], name: NameSpan, lang: str) -> bool:
    """fr: "Kalvor de Rennes": a name right after another and "de" is where that one is, not a party."""
    return lang == "fr" and any(text[n.end : name.start] in (" de ", " d'", " d’") for n in names if n.end < name.start)


_COORDINATION = re.compile(r"(?:\s+(?:of|in)\s+[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*)?)?,?\s+and\s+$|^,\s+$")


def _coordinated(text: str, names: list[NameSpan], end: int) -> list[NameSpan]:
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


_DE_FINITE = re.compile(r"(?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|verkauft|verkaufte|veräußert|veräußerte|schluckt|schluckte|bestellt|bestellte)")
_DE_BEFORE_SUBJECT = re.compile(r"\s+(?:(?:der|die|das|nun|jetzt|auch|bereits|damals|schon)\s+)?(?:[a-zäöüß]+\s+)?")


def _de_inverted_subject(text: str, names: list[NameSpan], trigger: Trigger, s_start: int) -> NameSpan | None:
    """de: an adverb or date opens the sentence, the finite verb follows, then its subject, then the object."""
    if trigger.noun or not _DE_FINITE.fullmatch(text, trigger.start, trigger.end):
        return None
    if any(n.end <= trigger.start and n.start >= s_start and not is_place(n) for n in names):
        return None
    right = [n for n in names if n.start >= trigger.end]
    if len(right) < 2 or is_place(right[0]) or not _DE_BEFORE_SUBJECT.fullmatch(text, trigger.end, right[0].start):
        return None
    return right[0]


_DE_SICH_NAME = re.compile(r"sich\s+(?:die\s+|der\s+|das\s+)?(?=[A-ZÄÖÜ])")  # "hatte sich die Velkor AG an Norvia beteiligt": the article too
_DE_HELD_BEFORE = re.compile(r"\b(?:an|bei|beim|am)\s+(?:der\s+|dem\s+|den\s+|die\s+)?(?:[A-ZÄÖÜ][\w-]*\s+)?$")
_DE_GRANT = re.compile(r"\b(?:gewährt\w*|stützt|unterstützt|vergibt|vergab|gibt|gab|leiht|lieh|stellt\w*|sagt\w* (?:\S+ )?zu|zahlt|zahlte|überweist|überwies)\b")
_DE_FROM = re.compile(r"\bvon\s+(?:einem|einer|einen|der|dem|den|des)?\s*(?:[a-zäöüß]+\s+)?$")


def _de_lender_before(text: str, names: list[NameSpan], trigger: Trigger, s_start: int) -> NameSpan | None:
    """de: "X erhält von Y einen Kredit": the name after "von", before the loan, lends."""
    for name in names:
        if s_start <= name.start and name.end <= trigger.start and not is_place(name):
            if _DE_FROM.search(text, max(s_start, name.start - 30), name.start):
                return name
    return None


def _de_noun_passive_target(text: str, names: list[NameSpan], buyer: NameSpan, lead: NameSpan | None) -> NameSpan | None:
    """de: "Seit der Übernahme durch Velkor wächst Norvia": with no name before the noun, the company the
    sentence goes on to name (else the article's company) is what was bought."""
    after = next((n for n in names if n.start >= buyer.end and not is_place(n) and not de_person(text, n)), None)
    if after is not None:
        return after
    if lead is not None and normalize(lead.text) != normalize(buyer.text) and not is_place(lead):
        return lead
    return None


def _de_genitive_owner(text: str, names: list[NameSpan], trigger: Trigger) -> NameSpan | None:
    """de: "Velkors Übernahme von Norvia": the name in the genitive right before the deal noun makes it."""
    for name in names:
        if name.end == trigger.start - 1 and text[name.end] == " " and name.text.endswith("s") and len(name.text) > 3:
            base = name.text[:-1].rstrip("'’")
            if mentions(text, base) > 0:
                return NameSpan(name.start, name.start + len(base), base)
    return None


_DE_AND = re.compile(r"\s*(?:,|und|sowie)\s+(?:auch\s+)?(?:die |der |das |den |dem )?")


def _de_coordinated(text: str, names: list[NameSpan], target: Role) -> list[NameSpan]:
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
    if found and not text[target.end : found[-1].start].rstrip().endswith(("und", "sowie")) and "und" not in text[found[-1].start - 6 : found[-1].start]:
        return []  # "Velmar, Korbin": a list needs its "und"
    return found


def _customer(text: str, names: list[NameSpan], trigger: Trigger, end: int, lang: str, subject: NameSpan | None) -> Role | None:
    generic = _GENERIC_PARTY.search(text, trigger.start, end)
    if generic is not None:
        return Role(generic.group(), generic.start(), generic.end(), PartyRole.CUSTOMER, party_kind(generic.group()))
    prep = {"en": r"(?:from|with|for|by)", "fr": r"(?:auprès de|auprès d'|avec|pour|de la part de)", "de": r"(?:von|mit|für)"}[lang if lang in ("en", "fr", "de") else "en"]
    if lang == "fr" and text.startswith(("fourn", "livr", "a fourni", "a livré", "ont fourni", "ont livré", "vend"), trigger.start):
        prep = r"(?:à|au|aux)"  # "fournira 200 rames à Norvia": the verb's indirect object is the customer
    if lang == "fr" and text.startswith(("fournisseur", "sous-traitant", "le fournisseur", "son fournisseur", "un fournisseur", "le sous", "son sous", "un sous"), trigger.start):
        prep = r"(?:du|de la|de l'|des|de|d')"  # "fournisseur de la société Norvia": who is supplied follows "de"
    if lang == "de" and text.startswith("liefer", trigger.start):
        prep = r"an"  # "liefert Server an X"; "liefert eine Ansicht von Y" names no customer
    if lang == "de" and not text.startswith("liefer", trigger.start):
        prep = r"(?:von|mit|für|der|des)"  # "einen Auftrag der Deutschen Bahn": the genitive orders
    customer = _after_prep(text, names, prep, trigger.start, end)
    if customer is not None and (subject is None or customer.start != subject.start):
        return role_of(customer, PartyRole.CUSTOMER, text)
    return None


@lru_cache(maxsize=512)
def _executive_of(surname: str) -> re.Pattern[str]:
    """Compiled once per surname, not per call."""
    return re.compile(
        r"(?:PDG|CEO|patron|directeur général|président|chief executive|chairman|Chef|Vorstandschef|Konzernchef)\s+"
        r"(?:de |d'|d’|of |von |du |des )([A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)*),?\s+(?:[A-Z][\w-]*\s+)*" + re.escape(surname)
    )


def _company_of_person(text: str, person: NameSpan | None) -> NameSpan | None:
    """"le PDG de Corvix, Marten Caul" → the company a named executive speaks for."""
    if person is None:
        return None
    surname = person.text.split()[-1]
    match = _executive_of(surname).search(text)
    if match is None:
        return None
    return NameSpan(match.start(1), match.end(1), match.group(1))


def _first_after(names: list[NameSpan], position: int, window: int, text: str = "") -> NameSpan | None:
    for name in names:
        if position <= name.start <= position + window and not is_place(name):
            return _described(text, names, name) if text else name
    return None


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def _full(name: NameSpan, names: list[NameSpan], lang: str = "en") -> NameSpan:
    """"Brisco" → "Brisco Development Corp" when the article spelled it out first."""
    if name.suffixed:
        return name
    words = name.text.split()
    for other in names:
        if other.start >= name.start:
            break
        if not other.suffixed:
            continue  # only a suffixed name spells another out: skip splitting the rest
        other_words = other.text.split()
        if other.suffixed and len(other_words) > len(words) and other_words[: len(words)] == words:
            return dataclasses.replace(name, suffixed=True, full=other.text)
        bare = other_words[1:] if other_words and _INITIALS.fullmatch(other_words[0]) else []
        if other.suffixed and len(bare) > len(words) and bare[: len(words)] == words:
            return dataclasses.replace(name, suffixed=True, full=other.text)  # "Lorimer" → "R.T. Lorimer Co Group"
        if lang == "en" and _ACRONYM.fullmatch(name.text) and other.suffixed and _initials_of(other_words) == name.text:
            return dataclasses.replace(name, suffixed=True, full=other.text)  # "HVC" → "Harlow Valve Corp"
    return name


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _initials_of(words: list[str]) -> str:
    """'Harlow Valve Corp' → 'HVC': the capitals of the words before the legal suffix."""
    kept = [w for w in words if w[:1].isupper() and not is_legal_suffix(w)]
    return "".join(w[0] for w in kept)


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


_FR_TO_COUNTRY = re.compile(r"(?:\b(?:à|au|aux|avec)\s+(?:l['’]|la |le |les )?)$")
_FR_SUPPLY_VERB = re.compile(r"(?:(?:a|ont|va|vont|doit|devrait|pourrait)\s+)?(?:fourn|livr|vend|approvisionn)|\w+\s+(?:\S+\s+){0,3}?(?:contrats?|commandes?|marchés?)\b")


def _fr_contract_with_states(
    text: str, names: list[NameSpan], cand: Candidate, subject: NameSpan, partner: NameSpan | None, end: int, parties: list[Role]
) -> None:
    """fr: "Velkor a signé un contrat avec le Japon", "... de fourniture avec le gouvernement japonais": a company's contract
    with a state supplies the state (the party search passes the country over as a place, or reads the state as the supplier)."""
    if is_place(subject) or party_kind(subject.text, "") is PartyKind.GOVERNMENT:
        return
    if partner is None:
        state = _fr_country_supplied(text, names, cand.trigger, end, subject)
        if state is None:
            return
        # "avec le Japon, le Canada et le Brésil": every country listed is a customer
        states = [state] + [
            Role(n.text, n.start, n.end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT)
            for n in _fr_places_listed(text, names, state.end, end)
        ]
        parties[:] = [role_of(subject, PartyRole.SUPPLIER, text), *states]
    elif cand.trigger.deal_type is T.SUPPLY_CONTRACT and party_kind(partner.text, "") is PartyKind.GOVERNMENT:
        swap = {PartyRole.SUPPLIER: PartyRole.CUSTOMER, PartyRole.CUSTOMER: PartyRole.SUPPLIER}
        parties[:] = [dataclasses.replace(p, role=swap.get(p.role, p.role)) for p in parties]
    else:
        return
    cand.trigger = dataclasses.replace(cand.trigger, deal_type=T.SUPPLY_CONTRACT)


def _fr_places_listed(text: str, names: list[NameSpan], after: int, end: int) -> list[NameSpan]:
    """fr: the countries listed after one: ", le Canada et le Brésil"."""
    listed: list[NameSpan] = []
    for name in names:
        if name.start < after or name.start >= end:
            continue
        if not is_place(name) or not _FR_LIST_GLUE.fullmatch(text, after, name.start):
            break
        listed.append(name)
        after = name.end
    return listed


def _fr_country_supplied(text: str, names: list[NameSpan], trigger: Trigger, end: int, subject: NameSpan | None) -> Role | None:
    """fr: the country a supply verb or contract delivers to ("fournir 40 rames aux Pays-Bas", "un contrat avec la Lorvanie"),
    which the party search passes over as a mere place."""
    if not _FR_SUPPLY_VERB.match(text, trigger.start):
        return None
    for name in names:
        if name.start < trigger.end or not is_place(name) or (subject is not None and name.start == subject.start):
            continue
        if _FR_TO_COUNTRY.search(text, max(trigger.start, name.start - 12), name.start) and not re.search(r"[;:]", text[trigger.end : name.start]):
            return Role(name.text, name.start, name.end, PartyRole.CUSTOMER, PartyKind.GOVERNMENT)
        if name.start > end:
            break
    return None


# fr: between two makers of one order: ", 20 à", " et 10 millions de doses auprès de", " et 30 millions de doses d'", ", le laboratoire"
_FR_MAKER_GLUE = re.compile(
    r"(?:\s*\([^()]{0,60}\))?\)?\s*(?:,|,?\s*(?:et|ainsi que|puis))\s+(?:(?:encore|aussi|enfin)\s+)?"
    r"(?:(?:(?:près de |plus de |environ |jusqu'à |au moins )?\d[\d\s.,]*(?:\s(?:millions?|milliards?))?\s+(?:(?:de |d['’])?[a-zà-ÿ][\w'’-]*\s+){0,2}?"
    r"(?:(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez|de|du|des|d['’])\s*)?)|(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez|de|d['’])\s*)?"
    r"(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|fabricant|société|chantier|biotech|alliance|américain|britannique|allemand|chinois|russe|français|suédois|suisse|japonais)\s+){0,2}"
)


# fr: a second order told by ellipsis: "à Velkor pour 3 milliards d'euros et 20 hélicoptères à Norvia"
_FR_MAKER_ELLIPSIS = re.compile(
    r"\s+(?:pour|d'un montant de|de)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,40}?\s+et\s+(?:(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,50}?\s)?"
    r"(?:à|au|aux|auprès de|auprès du|auprès des|auprès d['’]|chez)\s+(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|fabricant|société|chantier|biotech)\s+)?"
)


def fr_makers_listed(text: str, names: list[NameSpan], first: NameSpan, end: int) -> list[NameSpan]:
    """fr: the makers listed after an order's first one, each maybe with its own count ("30 à Velkor, 20 à Norvia et 10 à Dastrel")."""
    listed: list[NameSpan] = []
    left = first
    for name in names:
        if name.start < left.end or name.start >= end or is_place(name):
            continue
        if not _FR_MAKER_GLUE.fullmatch(text, left.end, name.start) and not _FR_MAKER_ELLIPSIS.fullmatch(text, left.end, name.start):
            break
        listed.append(name)
        left = name
    if listed and not re.search(r"\b(?:et|ainsi que|puis)\b|\d", text[first.end : listed[-1].start]):
        # "Velkor, Norvia" without an "et" or a count is no list, unless in brackets: "de quatre groupes (Velkor, Norvia, Dastrel)"
        if not (text.endswith("(", 0, first.start) and text.startswith(")", listed[-1].end)):
            return []
    return listed


FR_CONTRACT_ELLIPSIS = re.compile(
    r"(?:\s+(?:pour|de|d'un montant de)\s+(?:[^,;:.()]|(?<=\d)[,.](?=\d)){1,40}?)?,?\s+(?:et|puis|ainsi qu['’])\s+(?:un|une)\s+(?:autre|second|seconde|deuxième|nouvel|nouveau|nouvelle)?\s*"
    r"(?:contrat|accord|commande|marché)?(?:[^,;:.()]|(?<=\d)[,.](?=\d)){0,50}?\s+(?:avec|auprès de|auprès du|auprès d['’])\s+(?:l['’]|la |le |les )?(?:(?:groupe|laboratoire|constructeur|société)\s+)?"
)
