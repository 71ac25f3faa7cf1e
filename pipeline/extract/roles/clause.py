"""The trigger's clause: its subject (who acts) and its object (what is bought or sold).

The subject is the name before the verb unless a verb of speech, an apposition, a partner in talks, a place,
(fr) an indirect object or (de) word order says otherwise; the article's company stands in for a pronoun.
The object is the first name in the window after the verb, or a noun phrase ("its Redline Freight unit").
They are decided first and apart because every voice in ``voices`` reads them.
"""

from __future__ import annotations

import dataclasses
import re

from pipeline.extract.candidates import Role
from pipeline.extract.names import NameSpan, is_place, label
from pipeline.extract.roles.common import JUST_SPACE, NP_BARE, NP_OBJECT, WITH_BEFORE, RoleState, after_prep, described
from pipeline.extract.roles.de.patterns import (
    DE_COUNTRY_AUX,
    DE_GENERIC_ORG,
    DE_POSSESSIVE_DEAL,
    DE_PRICE_FIRST,
    DE_SOUGHT,
    DE_THROUGH_BEFORE,
)
from pipeline.extract.roles.de.subject import (
    de_described_person,
    de_fronted_object,
    de_subject_after_fronted_object,
    de_subject_after_verb,
    de_subject_by_word_order,
    de_subject_candidates,
)
from pipeline.extract.roles.en import EN_WITH_BEFORE, en_bid_possessor
from pipeline.extract.roles.fr.bystanders import fr_club_town
from pipeline.extract.roles.fr.patterns import (
    FR_AUX_FIRST,
    FR_COUNTRY_MEANS,
    FR_OBLIQUE,
    FR_PRICE_FIRST,
    FR_WHO,
    FR_WITH_ONE,
)
from pipeline.extract.roles.fr.subject import fr_chief_of, fr_subject_candidates
from pipeline.extract.sentences import FR_IMPERSONAL, FR_LINKING_WORDS, FR_SUBJECT_PRONOUN, OPENING_MARKS, OPENING_PHRASE, linking_word
from pipeline.extract.targets import describe
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole


# --- patterns several rules share ----------------------------------------------------------------------------------

_TITLE_BETWEEN = re.compile(r"(?:'s)?\s+(?:ceo|cfo|coo|cto|chairman|president|vice president|chief executive(?: officer)?|chief financial officer|spokesman|treasurer)\s+", re.I)

_APPOSITION = re.compile(r",\s+(?:[a-zà-ÿ][\w'’-]*\s+){1,6}(?:de |du |des |d['’]|der |von )?(?:l['’]|la |le |les |die |der |den )?")


# --- who acts: the subject -----------------------------------------------------------------------------------------


def find_subject(st: RoleState) -> None:
    """The subject (who acts): the name before the verb, else a bidder, the article's company named by a pronoun
    or a description, or (de) the name right after an inverted verb."""
    text, trigger, lang, lead = st.text, st.trigger, st.lang, st.lead
    subject = _subject(text, st.in_sentence, st.cand.sentence, trigger, lang)
    if lang == "en":
        bidder = en_bid_possessor(text, st.in_sentence, trigger)
        if bidder is not None:
            subject = bidder
    if subject is None and lead is not None:
        subject = _lead_as_subject(st, lead)
    if lang == "de" and subject is not None and de_fronted_object(text, subject, st.s_start):
        # "Den Konkurrenten Norvia übernimmt die Velkor AG", "... hat die Velkor AG übernommen": the object opens the sentence
        subject = de_subject_after_fronted_object(text, st.in_sentence, subject, trigger)
    if lang == "de" and subject is None:
        st.inverted = de_subject_after_verb(text, st.in_sentence, trigger, st.s_start)
        if st.inverted is not None:
            subject = st.inverted  # "Im Vorjahr übernahm Harvo die Velmar AG": the verb comes second, its subject after it
    if lang == "de" and subject is None and trigger.voice == "invest" and not trigger.noun:
        subject = de_described_person(text, st.cand.sentence, trigger)  # "hat der Milliardär ... investiert": the person introduced so
    st.subject = subject


_LEAD_PRONOUN = re.compile(r"\b(?:it|they|the company|the group|l'entreprise|le groupe|der Konzern|das Unternehmen)\b", re.I)

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

# fr: "Mais elle a fermé deux usines et a obtenu 50 millions": a verb coordinated after the sentence's
# opening pronoun (maybe after an opening phrase: "De son côté, elle") has that pronoun for its subject, however long
# the first verb's phrase
_FR_OPENING_PRONOUN = re.compile(OPENING_MARKS + OPENING_PHRASE + linking_word(FR_LINKING_WORDS) + FR_SUBJECT_PRONOUN + rf"(?!en\b|{FR_IMPERSONAL})")
_FR_AND_BEFORE = re.compile(r"\bet\s+(?:(?:a|ont|avait|avaient|va|vont|vient de|viennent de)\s+)?$")

_AGENT_IS_LEAD = re.compile(
    r".{0,4}?\b(?:par|durch|von)\s+(?:le groupe|l['’]entreprise|la société|le constructeur|le géant|dem Konzern|den Konzern|dem Unternehmen)\b"
)


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
    if (
        lang == "fr" and _FR_OPENING_PRONOUN.match(text, s_start, trigger.start)
        and _FR_AND_BEFORE.search(text, max(s_start, trigger.start - 24), trigger.start)
    ):
        return lead  # "Elle a fermé deux usines et a obtenu 50 millions": the pronoun acts in both verbs
    if lang == "de" and DE_POSSESSIVE_DEAL.search(text, max(s_start, trigger.start - 30), trigger.end):
        return lead  # "seine Investition in Norvia": the possessor is the one the article is about
    if lang != "en" and _AGENT_IS_LEAD.match(text, trigger.end - 4, s_end):
        return lead  # "des contrats signés par le groupe": the article's own company acts
    if (
        lang == "fr" and trigger.voice in ("merge", "partner")
        and text.startswith(("fusion", "rapprochement", "partenariat", "alliance"), trigger.start)
        and FR_WITH_ONE.match(text, trigger.end - 6, s_end)
        and not is_place(lead) and not any(n.start == lead.start for n in st.in_sentence if n.start >= trigger.end)
        and after_prep(text, st.in_sentence, "avec", trigger.start, s_end) is not None  # "un partenariat avec la Norvège": a country is no company's partner here
    ):
        return lead  # "depuis l'échec de sa fusion avec Velkor": the article's company is the other side
    return None


# en: a relative clause right after a name, its verb the trigger ("Velkor, which agreed to buy", "Velkor, which is buying")
# (not a passive, "Baltimore, which were acquired", nor a holding, "which already owns 50 pct of")
_EN_WHICH_GAP = re.compile(r",\s+which\s+(?:(?!(?:was|were|be|been|being)\s)[a-z]+\s+){0,4}")
_EN_HOLDING_VERB = re.compile(r"(?:holds?|owns?|has|had)\b")
# en: a company's board or directors act for it ("Norvia's board rejected", "Norvia's directors have approved")
_EN_BOARD_OF = re.compile(r"['’]s?\s+(?:board(?:\s+of\s+directors)?|directors)\s+(?:(?:has|have|had|also|unanimously|again)\s+){0,2}")
_SPEECH = re.compile(r"\b(?:said|says|told|announced|reported|disclosed|a annoncé|annonce|indique|a indiqué|teilte|mitteilte|berichtet\w*|gab bekannt)\b")


def _subject(text: str, names: list[NameSpan], sentence: tuple[int, int], trigger: Trigger, lang: str) -> NameSpan | None:
    """Who acts: the speaker of "X said it ...", else the name before the verb that is no place, no indirect object,
    no apposition and no partner in talks (German word order, a French "qui" and a country that acts are read on the way)."""
    left = [n for n in names if n.end <= trigger.start]
    if not left:
        return None
    if lang == "en" and not trigger.noun and not left[-1].possessive and not is_place(left[-1]) and _EN_WHICH_GAP.fullmatch(text, left[-1].end, trigger.start) and not _EN_HOLDING_VERB.match(text, trigger.start):
        return left[-1]  # "said Anna Holt, chief executive of Velkor, which agreed to buy the firm": "which" takes up the name
    speech = _SPEECH.search(text, sentence[0], trigger.start)
    if speech is not None:
        speaker = _speaker(text, left, sentence, trigger, lang, speech)
        if speaker is not None:
            return speaker
    if lang == "fr" and not trigger.noun and FR_WHO.search(text, left[-1].end, trigger.start):
        # "une coopération avec Velkor, qui vient de signer un accord avec Norvia": "qui" takes up the name before it
        who = FR_WHO.fullmatch(text, left[-1].end, trigger.start)
        if who is not None and not left[-1].possessive:
            return left[-1]
    if lang == "en" and left[-1].possessive and _EN_BOARD_OF.fullmatch(text, left[-1].end, trigger.start) and any(n.start >= trigger.end for n in names):
        # (only with the other side named after the verb: "rejected the proposal to move its headquarters" is no deal)
        return dataclasses.replace(left[-1], possessive=False)  # "Norvia's board rejected": the board acts for its company
    candidates = [n for n in left if not n.possessive and not is_place(n)]
    if lang == "de":
        candidates = de_subject_candidates(text, candidates, sentence)
    if lang == "fr":
        candidates = fr_subject_candidates(text, candidates, sentence, trigger)
    if lang == "en" and len(candidates) >= 2 and _TITLE_BETWEEN.fullmatch(text, candidates[-2].end, candidates[-1].start):
        return candidates[-2]  # "Foo Co chairman John Smith would be interested in buying": the company
    if lang != "en":
        place = _acting_place(text, left, sentence, trigger, lang)
        if place is not None:
            return place
    candidates = _drop_side_names(text, candidates, trigger, lang)
    if lang == "de":
        first = de_subject_by_word_order(text, names, candidates, trigger)
        if first is not None:
            return first
    return candidates[-1] if candidates else None


_CLAUSE_START = re.compile(r"\s+(?:that\s+)?")

_VERB_GAP = re.compile(
    r"\s+(?:(?:has|have|had|will|would|to|agreed|also|already|previously|recently|plans|intends|is|was|not)\s+){0,4}"
    r"|\s+(?:has\s+|have\s+)?(?:doubled|raised|increased|sweetened|extended|made|launched|amended)\s+(?:its|their|an?|the)\s+(?:[a-z-]+\s+)?"
)

# precompiled: looked up per sentence, and re's cache of 512 is flushed by per-name patterns
_WORDS_ONLY = re.compile(r"[\s\w-]*")

_OWN_ACTOR_BEFORE = re.compile(
    r"\s+(?:that\s+)?(?:(?:its|the)\s+)?(?:(?:[\d.]+|pct|owned|majority|wholly|newly|formed|affiliated?|chairman|president|director|"
    r"vice|chief|executive|officer|management|group|led|by|an?)[\s,]+){0,6}"
)

_OWN_ACTOR_AFTER = re.compile(
    r"(?:\s+(?:[a-z-]+\s+){0,2}?(?:subsidiary|unit|affiliate|division|joint venture)(?:\s+with\s+[\w. -]{1,40}?)?)?(?:\s*,\s+(?:who|which)\s[^,;]{1,60})?\s*,?\s+"
    r"(?:(?:has|have|had|will|would|to|agreed|also|already|previously|recently|plans|intends|is|was|not|completed|withdrawn|"
    r"signed|his|her|its|their|the|an?|proposal|reconsider|letter|of|intent|definitive|agreement|made|offered)\s+){1,7}"
)


# fr: "a annoncé (mardi) que (sa filiale | la société) ": the reported clause opens right before its subject
_FR_THAT_BEFORE = re.compile(r"\s+(?:[a-zà-ÿ]+\s+){0,2}?(?:que|qu['’])\s*(?:(?:sa|son|leur|la|le|l['’]|les)\s*(?:[a-zà-ÿ-]+\s+){0,2}?)?")
_FR_RELATIVE_THAT = re.compile(r",\s+(?:que|qu['’])\s*$")
# ... and only auxiliaries or adverbs between that subject and its verb ("Velkor a finalement racheté")
_FR_VERB_GAP = re.compile(r"(?:\s+(?!été\b)[a-zà-ÿ'’]+){0,4}\s+|\s+")


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
    if lang == "fr":
        # "Dastrel a annoncé que Velkor a racheté Norvia", "... que sa filiale Velkor allait racheter": the reported
        # clause has a subject of its own, right before its verb
        acting = [n for n in left if n.start >= speech.end() and not n.possessive and not is_place(n)]
        if acting and _FR_VERB_GAP.fullmatch(text, acting[-1].end, trigger.start) and (
            _FR_THAT_BEFORE.fullmatch(text, speech.end(), acting[-1].start) or _FR_RELATIVE_THAT.search(text, max(speech.end(), acting[-1].start - 8), acting[-1].start)
        ):
            return acting[-1]  # "... que Norvia, que Velkor avait racheté en 2015, ...": the relative's own subject too
    before = [n for n in left if n.end <= speech.start() and not n.possessive and not is_place(n)]
    if lang == "fr":
        before = [n for n in before if not FR_OBLIQUE.search(text, max(sentence[0], n.start - 50), n.start)] or before
    if before and lang != "en":
        last = before[-1]
        # "..., Velkor a annoncé": the name right before the verb speaks, unless it is an apposition's
        # ("Lorbank, bras financier de l'Etat, a annoncé")
        if lang == "fr" and len(before) >= 2 and _FR_COMMA_ONLY.fullmatch(text, last.end, speech.start()) and fr_chief_of(text, last, sentence[0]):
            return last  # "Paul Verdier, PDG de Velkor, a annoncé le rachat de X": the person speaks for the company
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
        return described(text, left, before[0]) if lang == "en" else before[0]
    return None


_FR_COMMA_ONLY = re.compile(r"\s*,\s*")

_COUNTRY_ACTS = re.compile(r"\s+(?:ont|a|avait|avaient|va|vont|hat|haben|hatte|will|wollen)\s+(?:\S+\s+){0,3}?$")

_PLACE_PREP = re.compile(r"\b(?:en|au|aux|à|dans|in|im|nach|aus|de|du|des|von)\s+(?:l['’]|la |le |les )?$")


def _acting_place(text: str, left: list[NameSpan], sentence: tuple[int, int], trigger: Trigger, lang: str) -> NameSpan | None:
    """fr/de: a country that acts is a party ("la France et les Pays-Bas ont signé", "Lorvanien will ... abstoßen")."""
    if is_place(left[-1]) and (
        _COUNTRY_ACTS.match(text, left[-1].end, trigger.start)
        or lang == "fr" and FR_AUX_FIRST.match(text, trigger.start) and JUST_SPACE.fullmatch(text, left[-1].end, trigger.start)
        or lang == "fr" and FR_COUNTRY_MEANS.match(text, left[-1].end, trigger.start)
    ):
        # (fr: "la France a commandé 40 avions": the trigger begins with the auxiliary)
        if not _PLACE_PREP.search(text, max(sentence[0], left[-1].start - 6), left[-1].start):
            return left[-1]  # "la France et les Pays-Bas ont signé": a country that acts is a party
    if lang == "de" and trigger.voice in ("sell", "buy") and is_place(left[0]) and DE_COUNTRY_AUX.match(text, left[0].end):
        if not _PLACE_PREP.search(text, max(sentence[0], left[0].start - 6), left[0].start):
            return left[0]  # "Lorvanien will seine Beteiligung an Velkor abstoßen": the state opens the clause and acts
    return None


# (and "whose chief executive ... ,", "owned by Velkor Partners,", "through its subsidiary Dastrel,": an aside set off
# by commas between the subject and its verb names no subject either)
_EN_RELATIVE = re.compile(
    r",\s+(?:which|who|whose|(?:owned|backed|controlled|founded|run|led|advised)\s+by|through|via)\s[^,;]{1,80},\s+(?=[^,;]*$)"
)


def _drop_side_names(text: str, candidates: list[NameSpan], trigger: Trigger, lang: str) -> list[NameSpan]:
    """The names before the verb that only say where the subject is, are its apposition or its partner in talks."""
    if lang == "fr":
        # "Kalvor de Rennes": the name after "de" says where the first one is
        candidates = [n for k, n in enumerate(candidates) if k == 0 or text[candidates[k - 1].end : n.start] not in (" de ", " d'", " d’")]
    if lang != "en" and len(candidates) >= 2 and _APPOSITION.fullmatch(text, candidates[-2].end, candidates[-1].start):
        if "," in text[candidates[-1].end : trigger.start]:
            # "Lorbank, bras financier de l'Etat, va investir": the apposition's name is not the subject
            candidates = candidates[:-1]
    if lang == "en" and len(candidates) >= 2:
        # "Velkor, which bought Norvia in 2015, agreed to acquire Dastrel": the names of the relative clause are not the subject
        relative = _EN_RELATIVE.search(text, candidates[0].end, trigger.start)
        if relative is not None:
            candidates = [n for n in candidates if not relative.start() <= n.start < relative.end()]
    if lang == "en" and len(candidates) >= 2 and EN_WITH_BEFORE.search(text, max(candidates[-2].end, candidates[-1].start - 40), candidates[-1].start):
        candidates = candidates[:-1]  # "X signed a letter of intent with Y to purchase": Y is the counterpart
    if lang != "en" and len(candidates) >= 2 and WITH_BEFORE.search(text, candidates[-2].end, candidates[-1].start):
        # "Corvix négocie avec Delmaro pour racheter": the partner in talks is not the buyer
        candidates = candidates[:-1]
    return candidates


# --- what is bought or sold: the object ----------------------------------------------------------------------------

_LOCATIVE_BEFORE = re.compile(
    r"(?<!stake )(?<!interest )(?<!holding )(?<!holdings )(?<!shares )(?<!stock )(?<!investment )(?<!position )(?<!pct )"
    r"\b(?:in|near|outside|around)\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?$"
    r"|[a-z],\s+$"  # "in Napa, Calif": the state after its town
)


def object_window_names(st: RoleState) -> None:
    """The names after the trigger, and those within the verb's object (up to the first preposition or clause)."""
    text, trigger = st.text, st.trigger
    # fr: "a racheté, via sa filiale Dastrel, la société Norvia": the object follows the vehicle set off by commas
    aside = _FR_VEHICLE_ASIDE.match(text, trigger.end, st.s_end) if st.lang == "fr" else None
    after = aside.end() if aside is not None else trigger.end
    st.window_end = _object_window(text, trigger, st.s_end, st.lang, after)
    st.right = [n for n in st.in_sentence if n.start >= trigger.end and n is not st.inverted]
    in_window = [n for n in st.right if after <= n.start < st.window_end and not is_place(n)]
    if st.lang == "de" and len(in_window) > 1 and DE_THROUGH_BEFORE.search(text, max(trigger.end, in_window[0].start - 60), in_window[0].start):
        # "übernimmt über seine Tochter Dastrel den Hersteller Norvia": the company it buys through is not bought
        in_window = in_window[1:]
    if st.lang == "en":
        # "community newspapers in Houston", "properties in southwestern Saskatchewan": where the thing bought is, not it
        in_window = [n for n in in_window if n.suffixed or not _LOCATIVE_BEFORE.search(text, max(trigger.end, n.start - 40), n.start)]
    if st.lang == "fr":
        # "a racheté le club de football de Norvia": the town a club is named for is not what is bought
        in_window = [n for n in in_window if not fr_club_town(text, n)]
    st.in_window = in_window


_OBJECT_STOP = {
    "en": re.compile(r"\b(?:for|(?<!\bup )to|from|by|at|which|who|that|said|says|under|valued|worth|in exchange|through|after|before|because|and said)\b|[;:()]"),
    "fr": re.compile(r"\b(?:pour|à|au|aux|auprès|par|de la part|qui|que|dont|selon|afin|contre|après|avant|alors)\b|[;:()]|,(?!\d)"),
    "de": re.compile(r"\b(?:für|an|von|durch|bei|um|dessen|deren|nach|laut|wie|weil|seit)\b|[;:()]|,(?!\d)"),
}


# de: "von der Dastrel AG übernommene ", "an Dastrel verkaufte ": an agent inside an attributive participle phrase
_DE_ATTRIBUTIVE_AGENT = re.compile(
    r"(?:von|durch|an)\s+(?:[^\s,;.]+\s+){1,4}?(?:übernommene|gekaufte|erworbene|akquirierte|verkaufte|veräußerte|abgegebene)[nrsm]?\s+(?=[A-ZÄÖÜ])"
)


# fr: the vehicle a buyer acts through, set off by commas right after the verb
_FR_VEHICLE_ASIDE = re.compile(r",\s+(?:via|par l['’]intermédiaire d[eu]|par le biais d[eu]|à travers)\s+(?:sa|son|ses|leurs?)\s+[^,;:.()«»\"\n]{3,60},\s+")


def _object_window(text: str, trigger: Trigger, sentence_end: int, lang: str, after: int | None = None) -> int:
    """Where the verb's object ends: at the first preposition, relative or clause mark after the trigger (or after
    the aside that follows it), (fr, de) past a price named before the object ("übernimmt für 1,2 Milliarden Euro den Rivalen X")."""
    stop = _OBJECT_STOP.get(lang, _OBJECT_STOP["en"]).search(text, trigger.end if after is None else after, sentence_end)
    if stop is not None and lang == "de" and stop.group() == "für":
        price = DE_PRICE_FIRST.match(text, stop.end(), sentence_end)
        if price is not None:
            # "übernimmt für 1,2 Milliarden Euro den Rivalen X": the price comes before the object
            stop = _OBJECT_STOP["de"].search(text, price.end(), sentence_end)
    if stop is not None and lang == "de" and stop.group() in ("von", "durch", "an"):
        attributive = _DE_ATTRIBUTIVE_AGENT.match(text, stop.start(), sentence_end)
        if attributive is not None:
            # "verkauft die 2015 von Dastrel übernommene Norvia an X": the participle's agent sits inside the object
            stop = _OBJECT_STOP["de"].search(text, attributive.end(), sentence_end)
    if lang == "fr" and stop is not None and stop.group() == "pour":
        price = FR_PRICE_FIRST.match(text, stop.end(), sentence_end)
        if price is not None:
            # "a racheté pour 30 millions d'euros la société Norvia": the price comes before the object
            stop = _OBJECT_STOP["fr"].search(text, price.end(), sentence_end)
    return stop.start() if stop else sentence_end


_OF_OWNER = re.compile(r"\s+of\s+(?:(?:privately|publicly)[- ]held\s+)?")

_OWN_SHARES = re.compile(r"['’]?s?\s+(?:outstanding\s+|common\s+|voting\s+|capital\s+)*(?:stock|shares)\b")

_SAME_NP = re.compile(r"[\w\s-]*")

_LOWER_NEXT = re.compile(r"\s+[a-z]")
_DE_ARTICLE_GAP = re.compile(r"\s+(?:die|der|das|den|dem|des)\s+(?:[a-zäöüß]+\s+)?")


def find_object(st: RoleState) -> None:
    """What is bought or sold: the first name in the object window (its owner when it is a possessive), or a
    noun phrase ("its Redline Freight unit", "five rural hospitals") when the verb's object names no company."""
    text, trigger, lang, in_window = st.text, st.trigger, st.lang, st.in_window
    np = NP_OBJECT.match(text[trigger.end : st.window_end + 1]) if trigger.voice in ("buy", "sell") else None
    if np is None and trigger.voice in ("buy", "sell") and lang == "en":
        np = NP_BARE.match(text[trigger.end : st.window_end + 1])
    obj: NameSpan | None = None
    if in_window:
        obj = in_window[0]
        suffixed = [
            n for n in in_window[1:]
            if n.suffixed and not n.possessive and n.full is None and _SAME_NP.fullmatch(text[obj.end : n.start])
        ]  # the same noun phrase, not a name further on ("Halbrook State Bank of X, ... Tarrant shares")
        if lang == "en" and not obj.suffixed and suffixed and _OF_OWNER.fullmatch(text, obj.end, suffixed[0].start):
            st.owner = suffixed[0]  # "the Fluid Controls Division of Foo Corp": Foo sells its division
        elif (
            not obj.suffixed and not obj.possessive and suffixed and _LOWER_NEXT.match(text[obj.end : obj.end + 3])
            and (lang != "de" or _DE_ARTICLE_GAP.fullmatch(text, obj.end, suffixed[0].start))
        ):
            # "its Bremen vegetable oil subsidiary Velkor GmbH", "zusammen mit dem Finanzinvestor Norvia die Dastrel AG"
            # (de: only an article between; "Übernahme von Norvia will die Velkor AG ...": a verb starts another clause)
            obj = suffixed[0]
        if obj.possessive and lang == "en" and _OWN_SHARES.match(text, obj.end):
            obj = dataclasses.replace(obj, possessive=False)  # "51 pct of X's common stock": X itself is bought
        if obj.possessive:
            st.owner = obj
            obj = in_window[1] if len(in_window) > 1 else None
    st.obj = obj
    np_end = trigger.end + np.end(1) if np is not None else 0
    if np is not None and (obj is None or obj.start > np_end + 3 or (obj.end <= np_end and not obj.suffixed)):
        _noun_phrase_object(st, np)


_NP_LEAD = re.compile(r"(?:(?:existing|remaining|entire|certain|substantially all(?: of)?|all(?: of)?|wholly[- ]owned|majority[- ]owned|\d[\d.,]* pct(?: of)?)\s+)+")

_NAMED_UNIT = re.compile(r"((?:[A-Z][\w'&.-]*\s+)*[A-Z][\w'&.-]*)\s+(?:unit|subsidiary|division)")

_NP_THEN_NAME = re.compile(r"^\s*,?\s*(?:called\s+|named\s+)?$")

_IN_OF = re.compile(r"\s+(?:in|of)\s+")

_STAKE_END = re.compile(r"(?:interests?|stake)$")


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
        inner = NP_OBJECT.match(text[at : st.window_end + 1]) or NP_BARE.match(text[at : st.window_end + 1])
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


_THE_COMPANY = re.compile(r"\s+(?:the company|it|the group)\b")


def lead_as_object(st: RoleState) -> None:
    """"proposals to buy the company": the article's own company is the object."""
    lead, subject, trigger = st.lead, st.subject, st.trigger
    if st.target is None and st.obj is None and lead is not None and (subject is None or lead.start != subject.start or (st.lang == "en" and trigger.noun)):
        if _THE_COMPANY.match(st.text[trigger.end : trigger.end + 14]):
            st.obj = lead


def target_of_object(st: RoleState) -> None:
    """The object found becomes the target, described by its business and place; (de) else what a buyer is sought for."""
    text, trigger = st.text, st.trigger
    if st.obj is not None:
        business, location = describe(text, st.obj, st.lang)
        st.target = Role(label(st.obj), st.obj.start, st.obj.end, PartyRole.TARGET, business=business, location=location)
    if st.target is None and st.lang == "de" and text.endswith("für", trigger.start, trigger.end):
        sought = DE_SOUGHT.match(text, trigger.end, st.s_end)
        if sought is not None:
            # "sucht Käufer für die drei Lagerhallen": what a buyer is sought for is sold
            st.target = Role(sought.group(1), sought.start(1), sought.end(1), PartyRole.TARGET, PartyKind.OTHER)
