"""From a RawItem to the deals it reports, each field backed by a text span.

How it reads an article, in its own language (en, fr, de), without a model:

1. Trigger phrases (``triggers``: "agreed to acquire", "a racheté", "übernimmt", "contrat",
   "joint venture") say that a deal is reported and of which type. Articles
   about prices, results, budgets or fines carry none of them with a named
   party around, so they yield nothing: detection precision comes from
   requiring both a trigger and a party.
2. Roles come from the trigger's sentence (``roles``): who stands before the verb (the
   sentence's speaker in "X said it ..."), what follows it, and the
   prepositions around ("from X" sells, "to X" buys after "sell", "by X"
   buys after a passive, "par"/"durch"/"an"/"à" likewise); in German also
   from the sentence before or after (``followups``).
3. Amount, quantity and unit price come from the numbers/money layer: the
   trigger sentence's first total, or the next sentence's when the trigger
   sentence only prices one unit ("30 000 dollars chacune").
4. Status comes from the nearest, most specific cue (``status``); the
   deal's country from the target's or the sentence's place names (``country``).

``deal_id`` hashes the deal type, the sorted normalised party names and the
calendar quarter of publication: the same deal reported in French and in
English within a quarter gets one id (a country party normalises to its ISO
code, so "Allemagne" and "Germany" agree). A quarter rather than a month keeps
follow-up reports together; a rumour and a closing a year apart are distinct.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from pipeline.extract import money
from pipeline.extract.candidates import Candidate, dedupe, role_of, trigger_text
from pipeline.extract.country import deal_country
from pipeline.extract.figures import deal_figures
from pipeline.extract.followups import (
    DE_DEAL_NOUN_ANYWHERE,
    de_buyer_for_last_sale,
    de_buyer_named_next,
    de_noun_follow_ups,
    de_seller_named_next,
    de_shares_of_before,
    de_supplier_before,
    de_target_named_next,
    de_tendered_before,
    de_won_sale,
)
from pipeline.extract.geo import country_of, french_nationality
from pipeline.extract.parties import (
    NOT_A_PARTY,
    REGULATOR,
    NameSpan,
    find_names,
    is_place,
    label,
    may_be_antecedent,
    mentions,
    namelike,
    normalize,
    party_kind,
)
from pipeline.extract.roles import (
    DE_AID_FOR,
    DE_RECEIVED,
    DE_RECEIVES,
    assign_roles,
    bystander,
    de_person,
    fr_makers_listed,
    fr_one_per_party,
)
from pipeline.extract.sentences import fr_headings_apart, split_sentences
from pipeline.extract.status import StatusMention, find_status
from pipeline.extract.targets import describe_targets
from pipeline.extract.triggers import TRIGGER_LANGS, Trigger, find_triggers
from pipeline.models import (
    DealRecord,
    DealStatus,
    DealType,
    PartyKind,
    PartyRole,
    RawItem,
    mention_id_for,
)

EXTRACTOR_VERSION = "deals-0.1.0"

__all__ = ["EXTRACTOR_VERSION", "deal_id_for", "extract"]

_MAX_DEALS = 5
# fr: roundups list one order per maker ("40 avions à Velkor, 20 à Norvia, 10 à Dastrel, 8 à Quarvel et 6 à Brelmont")
_FR_MAX_DEALS = 9
T = DealType

_MONEY_WORD = re.compile(r"\d[\d\s.,]*\s*(?:euros?|dollars?|Euro|Dollar|Franken|francs|millions?|milliards?|Millionen|Milliarden|Mio\.|Mrd\.|€|\$)")
_ANTECEDENT_REACH = 4  # sentences back
_FR_REPAID = re.compile(r"\brembours\w*\s+(?:\S+\s+){0,3}?$")


# --- assembling records -----------------------------------------------------------------------


def _period(published: datetime | None) -> str:
    if published is None:
        return "undated"
    return f"{published.year}-Q{(published.month - 1) // 3 + 1}"


def deal_id_for(deal_type: DealType, normalized_names: list[str], published: datetime | None) -> str:
    """Stable id: deal type + sorted normalised party names + publication quarter."""
    key = "|".join([deal_type.value, *sorted(set(normalized_names)), _period(published)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _status(text: str, lang: str, cand: Candidate) -> StatusMention | None:
    s_start, s_end = cand.sentence
    found = find_status(text, lang, s_start, s_end, near=cand.trigger.start)
    if found is None and lang != "en" and s_start > 0:
        # "Selon le Handelsblatt, ... . Le groupe rachète": the cue may sit one sentence earlier
        found = find_status(text, lang, max(0, s_start - 200), s_start, near=s_start)
    return found


# fr/de: with no cue, news reports a contract or partnership as agreed and a transfer as done
_SIGNED_TYPES = (T.SUPPLY_CONTRACT, T.PARTNERSHIP)
_DONE_TYPES = (T.ACQUISITION, T.DIVESTITURE, T.INVESTMENT)


_FR_PURPOSE = re.compile(r"\b(?:pour|afin de|en vue de|visant à|prêts? à|candidate?s? (?:à|au|pour))\s+(?:\w+\s+)?$")


def _default_status(deal_type: DealType, status: DealStatus) -> DealStatus:
    if deal_type in _SIGNED_TYPES and status in (DealStatus.UNKNOWN, DealStatus.COMPLETED):
        return DealStatus.AGREED  # a partnership or contract in place is agreed, not completed
    if deal_type in _DONE_TYPES and status is DealStatus.UNKNOWN:
        return DealStatus.COMPLETED
    return status


_BARE_DEAL_NOUN = re.compile(r"(?:tender )?offer|bid|talks|discussions|negotiations|bought", re.I)


def _states(status: StatusMention, lang: str) -> bool:
    """Is the cue a phrase that says where the deal stands? A bare "offer", "bid" or "talks" names
    the deal itself (the status still counts, as announced or rumoured), and answer keys quote the
    formal "acquired"/"purchased" rather than the informal "bought"."""
    return lang != "en" or not _BARE_DEAL_NOUN.fullmatch(" ".join(status.text.split()))


_STATE_AFTER = re.compile(r",\s+(?:[A-Z][a-z]{1,4}|[A-Z]\.[A-Z])\.")
_STATE_NAME = re.compile(r"(?:[A-Z][a-z]{1,4}|(?:[A-Z]\.)+[A-Z]?)\.?")


def extract(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
    """Every deal the article reports, main deal first, each field with its evidence."""
    text = item.text
    if not text.strip():
        return []
    lang = item.lang if item.lang in TRIGGER_LANGS else "en"
    triggers = find_triggers(text, lang)
    if not triggers and not (lang == "de" and DE_DEAL_NOUN_ANYWHERE.search(text)):
        return []
    sentences = split_sentences(text)
    if lang == "fr":
        sentences = fr_headings_apart(text, sentences)
    wanted = sorted({sentences[0], *(_sentence_of(sentences, t.start, len(text)) for t in triggers)}) if sentences else [(0, len(text))]
    names = [n for a, b in wanted for n in find_names(text, lang, a, b)]
    if lang in _GOVERNMENT_NP:
        names = _with_governments(text, lang, wanted, names)
        names = [n for n in names if not NOT_A_PARTY.match(n.text) and not _UNIT_AFTER_NUMBER.search(text, max(0, n.start - 4), n.start + 1)]
        names = [_issuer(n) for n in names if not _VERB_WITH_PRONOUN.search(n.text)]
    if lang in _NEWS_SOURCE_BEFORE:
        names = [n for n in names if not _news_source(text, n, lang) and not _inverted_speaker(text, n, lang)]
    if lang == "fr":
        names = _outside_triggers(text, lang, [_without_nationality(n) for n in names], triggers)
        names = _fr_acronyms(text, names)  # "le Comité olympique de Norland (CON)": one party
    if lang == "en":
        # "Bozeman, Mont., saddle maker X": the town and its state are places
        names = [
            n for n in names
            if n.suffixed or not (_STATE_AFTER.match(text, n.end) or _STATE_NAME.fullmatch(n.text) and text[max(0, n.start - 2) : n.start] == ", ")
        ]
    if lang == "de":
        names = _without_aliases(text, _with_groups(text, wanted, names))
    lead = next((n for n in names if not n.possessive and not is_place(n) and not REGULATOR.match(n.text)), None)
    if lang == "de":
        lead = _most_mentioned(text, [n for n in names if not de_person(text, n)]) or lead
    elif lang != "en":
        lead = _most_mentioned(text, names) or lead
    # de: who a later "das Geldhaus" or "sie" is, read from the whole article
    context = [_issuer(n) for n in _with_governments(text, lang, [(0, len(text))], find_names(text, lang))] if lang == "de" else []
    company = _article_company(text, lang, names, item.title) if lang == "fr" else None
    if lang == "fr":
        generic = _fr_org_nouns(text, wanted, names, company or lead, item.title)
        if generic:
            names = sorted(names + [g for g in generic if not any(n.start < g.end and g.start < n.end for n in names)], key=lambda n: n.start)
    candidates: list[Candidate] = []
    fallback: list[Candidate] = []  # a lone buyer or seller, reported when nothing better is
    carried: tuple[NameSpan, int] | None = None  # fr: the last deal sentence's acting party and that sentence's index
    for trigger in triggers:
        sentence = _sentence_of(sentences, trigger.start, len(text))
        cand = Candidate(trigger, sentence, text_window=text[sentence[0] : sentence[1]] if lang != "en" else "")
        here = (_de_previous_subject(text, context, sentences, sentence) or _de_antecedent(text, context, sentences, sentence) or lead) if lang == "de" else lead
        if lang == "fr":
            here, carried = _fr_pronoun_lead(text, sentences, sentence, trigger, carried, lead)
        assign_roles(text, names, cand, lang, here, company)
        if lang == "fr":
            _fr_goods_bought(text, names, cand)
            carried = _fr_actor(names, sentences, cand) or carried
        if lang == "de" and trigger.deal_type is T.SUPPLY_CONTRACT and cand.parties:
            de_supplier_before(text, sentences, context, cand)
            de_tendered_before(text, sentences, context, cand)
        if lang == "de" and trigger.voice == "buy" and cand.parties:
            de_shares_of_before(text, sentences, context, cand)
        if lang == "de" and cand.parties:
            de_target_named_next(text, sentences, context, cand)
        if lang == "de" and candidates and cand.parties and de_buyer_for_last_sale(text, cand, candidates[-1]):
            continue  # "Velkor verkauft Tessmar. Käufer ist Norvia.": the buyer of the sale just reported
        if not _is_deal(cand, lang):
            if not fallback and _lone_party(cand, lang):
                fallback.append(cand)
            continue
        if lang == "de" and cand.trigger.deal_type is T.SUPPLY_CONTRACT:
            cand = de_won_sale(text, sentences, cand)
        if cand.actors:
            cand.parties = dedupe(cand.parties + cand.actors)
        candidates.extend(_one_per_target(cand) if lang == "de" else fr_one_per_party(text, names, cand) if lang == "fr" else [cand])
    if lang == "de":
        candidates = de_noun_follow_ups(text, sentences, context, candidates)
        candidates = de_buyer_named_next(text, sentences, context, candidates)
        de_seller_named_next(text, sentences, context, candidates)
    merged = _merge(candidates or fallback, lang)
    if lang == "de":
        merged = _merge_described(merged)
    extracted_at = extracted_at or datetime.now(timezone.utc)
    cache: dict[str, Any] = {}
    records: list[DealRecord] = []
    for rank, cand in enumerate(merged[: _FR_MAX_DEALS if lang == "fr" else _MAX_DEALS]):
        record = _record(item, lang, cand, sentences, extracted_at, cache, rank)
        if record is not None:
            records.append(record)
    return records


_GOVERNMENT_NP = {
    "fr": re.compile(
        r"(?<![\w-])(?:gouvernement(?: (?:fédéral|français|allemand|américain|italien|espagnol|britannique|chinois|grec|belge|suisse|néerlandais|autrichien|japonais|canadien|"
        r"russe|indien|polonais|portugais|irlandais|suédois|danois|norvégien|finlandais|hongrois|tchèque|roumain|turc|ukrainien|israélien|brésilien|mexicain|argentin|australien|"
        r"coréen|sud-coréen|québécois|luxembourgeois|saoudien|marocain|algérien|tunisien|égyptien|sud-africain|nigérian|indonésien|vietnamien))?"
        r"(?: (?:de|du|des) (?:la |l['’])?[A-ZÉ][\w-]*(?: (?:du|de|de la|des) [A-ZÉ][\w-]*)?)?|[ÉE]tat (?:français|allemand|italien|belge|grec|américain|fédéral|britannique|espagnol|chinois|russe)|"
        # "le ministère de la Marine": the ministry is the party, not its capitalised field
        r"ministère (?:de la |de l['’]|du |des )[A-ZÉ][\w-]*)(?![\w-])"
    ),
    "de": re.compile(
        r"(?<![\w-])(?:Bundesregierung|Landesregierung|(?:deutsche[nm]? |)Bund(?:es)?(?= |,|\.)|(?:griechische|französische|deutsche|italienische|spanische|österreichische|chinesische)[nr]? Regierung|"
        r"Regierung in [A-Z]\w+|Stadt [A-Z]\w+|Freistaat [A-Z]\w+|Land [A-Z]\w+(?=[ ,.])|Republik [A-Z]\w+)(?![\w-])"
    ),
}


# fr/de: news agencies and unions are sources and voices, not parties; "128 GB" is a unit
# the paper or channel that reports the deal is no party to it: "dans le Velkor de dimanche", "a déclaré au Velkor",
# "selon le quotidien Velkor", "im Wirtschaftssender Velkor", "der Zeitung Velkor zufolge"
_NEWS_SOURCE_BEFORE = {
    "fr": re.compile(
        r"(?:\b(?:selon|d['’]après|dans|pour|par)\s+(?:le |la |l['’]|les |un |une )?(?:quotidien|journal|hebdomadaire|magazine|site|média|agence)"
        r"(?:\s+[a-zà-ÿ][\w'’-]*){0,2}\s+|\bdans\s+(?:le |la |les |l['’])|"
        r"\b(?:accordée?|déclaré|confié|indiqué|expliqué|précisé|affirmé|dit|révélé)\s+(?:\S+\s+){0,2}?(?:au|à la|à l['’])\s*)$",
        re.IGNORECASE,  # "Dans le Velkor de dimanche" opens a sentence
    ),
    "de": re.compile(
        r"\b(?:im|in der|in einem|in einer|laut|dem|der|des|einem|einer)\s+(?:[\w-]+\s+)?[\w-]*"
        r"(?:[Zz]eitung|[Mm]agazin|[Bb]latt|[Nn]achrichtenagentur|[Ss]enders?|[Pp]ortal|[Nn]achrichtendienst)\s+$"
    ),
}
# '..., a ajouté Karl Velkor', '..., souligne Anne Norvia', '..., meint Branchenexperte Velkor', 'wie Velkor betonte':
# the name after (or before, in "wie X betonte") a speech verb closing a quote is who speaks, not a party
_SPEAKER_BEFORE = {
    "fr": re.compile(
        r"(?:\b(?:a|avait|ont)\s+(?:\w+\s+)?(?:dit|déclaré|expliqué|précisé|souligné|affirmé|assuré|ajouté|indiqué|estimé|jugé|confié|"
        r"reconnu|commenté|martelé|insisté)|\b(?:dit|déclare|explique|précise|souligne|affirme|assure|ajoute|indique|estime|énonce|juge|"
        r"confie|note|relève|reconnaît|commente|martèle|insiste|résume|poursuit|conclut|renchérit))"
        # "a expliqué que Velkor allait ...": after "que" the name is the reported clause's subject, no speaker
        r"\s+(?:(?:le |la |l['’])?(?:(?!(?:que|qu|qu['’]\w*|si|comment|pourquoi)\b)[a-zà-ÿ][\w'’-]*\s+){0,3})?$"
    ),
    "de": re.compile(
        r"\b(?:sagt|sagte|sagten|betont|betonte|erklärt|erklärte|meint|meinte|so|ergänzt|ergänzte|kritisiert|kritisierte|warnt|warnte)"
        r"\s+(?:(?:der|die)\s+)?(?:[A-ZÄÖÜ][a-zäöüß-]+(?:experte|expertin|analyst|analystin|chef|chefin|sprecher|sprecherin|ökonom|ökonomin)\s+)?$"
    ),
}
_DE_SPEAKER_AFTER = re.compile(r"\s+(?:betonte|sagte|erklärte|meinte|ergänzte|berichtete)\b")
_DE_WIE_BEFORE = re.compile(r"\bwie\s+$")


def _inverted_speaker(text: str, name: NameSpan, lang: str) -> bool:
    """fr/de: the speaker named after the verb that closes a quote."""
    if name.suffixed or name.full is not None:
        return False
    if _SPEAKER_BEFORE[lang].search(text, max(0, name.start - 60), name.start):
        return True
    return lang == "de" and _DE_WIE_BEFORE.search(text, max(0, name.start - 6), name.start) is not None and _DE_SPEAKER_AFTER.match(text, name.end) is not None


_NEWS_SOURCE_AFTER = re.compile(r"\s+zufolge\b")


def _news_source(text: str, name: NameSpan, lang: str) -> bool:
    """fr/de: a name that reports the news (a paper, a channel) rather than makes the deal."""
    if name.suffixed or name.full is not None:
        return False
    if _NEWS_SOURCE_BEFORE[lang].search(text, max(0, name.start - 60), name.start):
        return True
    if lang == "fr":
        return _FR_REVEALS_AFTER.match(text, name.end) is not None
    return lang == "de" and _NEWS_SOURCE_AFTER.match(text, name.end) is not None


# fr: "Le Velkor révèle que", "le Norvia avait aussi mis au jour", "croit savoir Velkor": a paper that reveals is a source
_FR_REVEALS_AFTER = re.compile(
    r"\s+(?:(?:a|avait|aurait)\s+(?:\w+\s+)?)?(?:révèle|révélé|révélait|croit savoir|rapporte|rapporté|rapportait|mis au jour|met au jour|"
    r"a appris|s'est procuré|s['’]est procuré|dévoile|dévoilé)\b"
)


_UNIT_AFTER_NUMBER = re.compile(r"\d\s?[A-Z]$")


# "Souvenons-nous", "Peut-on", "Faut-il": a verb with its pronoun opens a sentence, it is no name
_VERB_WITH_PRONOUN = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+-(?:t-)?(?:nous|vous|il|elle|on|ils|elles|je|tu|moi|toi)$")
# "Velmo-Aktien", "Bayer-Anteile", "les actions Corvane": the shares name their issuer
_SHARES_OF = re.compile(r"(.+?)-(?:Aktien?|Anteilen?|Anteile|Anteils|Papiere|Titel|Aktienpakets?|Pakets?|Beteiligung|Anleihen?)$")


def _issuer(name: NameSpan) -> NameSpan:
    if name.suffixed and name.text.endswith(" ab"):
        # "lehnte Nick Harlan ab": the lower-case particle is not the Swedish "AB"
        return dataclasses.replace(name, end=name.end - 3, text=name.text[:-3], suffixed=False, full=None)
    shares = _SHARES_OF.match(name.text)
    if shares is None:
        return name
    return dataclasses.replace(name, end=name.start + shares.end(1), text=shares.group(1), full=None)


def _outside_triggers(text: str, lang: str, names: list[NameSpan], triggers: list[Trigger]) -> list[NameSpan]:
    """fr: "Rachat de Velmor par Dastrel" opening a sentence: the capitalised trigger is no part of the name."""
    kept: list[NameSpan] = []
    for name in names:
        trigger = next((t for t in triggers if t.start <= name.start < t.end), None)
        if trigger is None:
            kept.append(name)
        elif name.end > trigger.end:
            kept.extend(find_names(text, lang, trigger.end, name.end))
    return kept


def _without_nationality(name: NameSpan) -> NameSpan:
    """fr: "du Danois Astrel et du Portugais Zenard": the nationality before a name is not part of it."""
    first, _, rest = name.text.partition(" ")
    if not rest or not rest[:1].isupper() or not french_nationality(first):
        return name
    cut = len(name.text) - len(rest)
    return dataclasses.replace(name, start=name.start + cut, text=rest)


def _with_governments(text: str, lang: str, wanted: list[tuple[int, int]], names: list[NameSpan]) -> list[NameSpan]:
    """fr/de: "le gouvernement allemand", "die Stadt Wien", "der Bund" are parties though not capitalised names."""
    pattern = _GOVERNMENT_NP[lang]
    extra = [
        NameSpan(m.start(), m.end(), m.group())
        for a, b in wanted
        for m in pattern.finditer(text, a, b)
        # "die Stadt Wien" replaces the bare "Wien" it contains, but not a longer name around it
        if not any(n.start < m.end() and m.start() < n.end and not (m.start() <= n.start and n.end <= m.end()) for n in names)
    ]
    if not extra:
        return names
    kept = [n for n in names if not any(e.start <= n.start and n.end <= e.end for e in extra)]
    return sorted(kept + extra, key=lambda n: n.start)


# fr: "le constructeur automobile", "la firme de biotechnologies", "la société chinoise": a company
# named earlier, taken up again by a common noun
# ("au groupe" too: "un prêt de 300 millions au groupe" gives it to the company the noun takes up)
_FR_ORG_NOUN = re.compile(
    r"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Ll]['’]|au|du)\s*(groupe|société|entreprise|constructeur|firme|laboratoire|assureur|réassureur|géant|banque|"
    r"opérateur|fabricant|équipementier|distributeur|quotidien|journal|chaîne|joaillier|éditeur|compagnie|start-up|startup|"
    r"enseigne|transporteur|chimiste|pétrolier|sidérurgiste|industriel|motoriste|avionneur|hebdomadaire|spécialiste|leader|"
    r"numéro un|champion|fonds|investisseur|acheteur|repreneur|acquéreur)(?![\w-])"
)
_FR_DEAL_OF = re.compile(r"(?:rachat|acquisition|cession|reprise|vente|contrôle|capital|participation|fusion|sépare|séparé|séparer|séparée)\s+$")
_FR_APPOSED_NAME = re.compile(r",\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w&'’.-]*){0,3}\s*,")
_FR_NP_STOP = frozenset(
    "et ou à au aux en dans par pour sur avec qui que qu dont a ont est sont va vont avait avaient était sera serait "
    "doit devrait peut pourrait ne n se s y lui leur leurs ses son sa ce cet cette le la les l un une des du de d "
    "selon après avant depuis lors comme mais car donc".split()
)
_FR_MODIFIER = re.compile(r"\s+([a-zà-öø-ÿ][\w-]*)")
_FR_GENITIVE = re.compile(r"\s+(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+|de\s+|d['’])\s*([a-zà-öø-ÿ][\w-]*)")
_NEXT_CAPITAL = re.compile(r"\s*[\"«“]?\s*[A-ZÀ-ÖØ-Þ0-9]")
_ORG_BEFORE = re.compile(r"(?:[\w'’-]+\s+){0,3}?(?=[A-ZÀ-ÖØ-Þ])")


def _fr_org_nouns(
    text: str, spans: list[tuple[int, int]], names: list[NameSpan], lead: NameSpan | None, title: str = ""
) -> list[NameSpan]:
    """fr: each "le groupe", "la société chinoise" of the given sentences that is not an apposition to a
    name ("le groupe Corlane") stands for the company it takes up: the last one described by the same noun
    or adjective, else the article's own company. The span is the noun phrase, the label that company."""
    found: list[NameSpan] = []
    for a, b in spans:
        for match in _FR_ORG_NOUN.finditer(text, a, b):
            if text.startswith("du", match.start()) and not _FR_DEAL_OF.search(text, max(a, match.start() - 24), match.start()):
                continue  # "le PDG du groupe": a genitive; "se sépare du journal", "le rachat du groupe": what the deal is about
            end = match.end()
            modifiers: list[str] = []
            for _ in range(2):
                word = _FR_MODIFIER.match(text, end, b)
                if word is None or word.group(1) in _FR_NP_STOP:
                    break
                modifiers.append(word.group(1))
                end = word.end()
            genitive = _FR_GENITIVE.match(text, end, b)
            if genitive is not None and genitive.group(1) not in _FR_NP_STOP:
                end = genitive.end()
            if _NEXT_CAPITAL.match(text, end, b) or _NEXT_CAPITAL.match(text, match.end(), b):
                continue  # "le groupe Corlane", "le géant de l'informatique Vextra": the name itself follows
            if _FR_APPOSED_NAME.match(text, end, b):
                continue  # "le numéro un du secteur, Corlane, a annoncé": the name follows between commas
            if text[max(a, match.start() - 3) : match.start()] in ("de ", "'de") or text[max(a, match.start() - 2) : match.start()] == "d'":
                if not re.search(r"(?:rachat|acquisition|cession|reprise|vente|contrôle|capital|participation|fusion)\s+(?:de|d['’])\s*$", text[max(a, match.start() - 20) : match.start()]):
                    continue  # "le PDG de la société": a genitive, not a party
            antecedent = _antecedent(text, match.group(1), modifiers, match.start(), title) or lead
            if antecedent is None or antecedent.start >= match.start() and antecedent.start < end:
                continue
            found.append(NameSpan(match.start(1), end, text[match.start(1) : end], full=label(antecedent)))
    return found


def _antecedent(text: str, head: str, modifiers: list[str], before: int, title: str = "") -> NameSpan | None:
    """The company introduced as "<head> ... Name" or "<adjective> Name" before ``before``: the one the
    title names, else the one the article names most, else the last."""
    cues = [head] + [m[:6] for m in modifiers if len(m) >= 5]
    found: list[NameSpan] = []
    for cue in cues:
        for match in re.finditer(rf"(?<![\w-]){re.escape(cue)}[\w-]*\s+", text[:before]):
            gap = _ORG_BEFORE.match(text, match.end(), before)
            if gap is None:
                continue
            named = find_names(text, "fr", gap.end(), min(before, gap.end() + 60))
            if named and named[0].start == gap.end() and not is_place(named[0]):
                found.append(named[0])
    if not found:
        return None
    return max(found, key=lambda n: (bool(title) and mentions(title, n.text) > 0, mentions(text, n.text), n.start))


def _article_company(text: str, lang: str, names: list[NameSpan], title: str = "") -> NameSpan | None:
    """The company the article keeps naming (not a place, a government or a news source), among the
    names already found and those of the title; a name of the title counts as two more mentions."""
    candidates = list(names)
    for name in find_names(title, lang) if title else []:
        at = _bare_name(name.text).search(text)
        if at is not None:
            candidates.append(NameSpan(at.start(), at.end(), name.text))
    best: NameSpan | None = None
    best_count = 1
    seen: set[str] = set()
    for name in candidates:
        label = " ".join(name.text.split())
        if label in seen or name.possessive or name.full is not None or is_place(name) or REGULATOR.match(label) or NOT_A_PARTY.match(label) or len(label) < 2:
            continue
        seen.add(label)
        if party_kind(label, text[max(0, name.start - 40) : name.start]) in (PartyKind.GOVERNMENT, PartyKind.PERSON):
            continue
        count = mentions(text, name.text) + (2 if title and mentions(title, name.text) else 0)
        if count > best_count:
            best, best_count = name, count
    return best


@lru_cache(maxsize=512)
def _bare_name(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def _most_mentioned(text: str, names: list[NameSpan]) -> NameSpan | None:
    """fr/de: the article's own company is the name it repeats most (first seen wins a tie), not merely the first."""
    best: NameSpan | None = None
    best_count = 1
    for name in names:
        if name.possessive or is_place(name) or REGULATOR.match(name.text) or len(name.text) < 2:
            continue
        count = text.count(name.text)
        if count > best_count:
            best, best_count = name, count
    return best


def _de_antecedent(text: str, context: list[NameSpan], sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> NameSpan | None:
    """de: the company a later "das Geldhaus" or "sie" stands for: of the names in the few sentences
    before, the one the article repeats most, a sentence's subject (its first name) before others,
    the nearest on a tie; places, people and media are skipped."""
    if sentence not in sentences:
        return None
    index = sentences.index(sentence)
    best: NameSpan | None = None
    best_score = (0, False)
    for start, end in sentences[max(0, index - _ANTECEDENT_REACH) : index]:
        first = True
        for name in context:
            if name.start < start or name.end > end or not may_be_antecedent(text, name):
                continue
            score = (mentions(text, name.text), first)
            first = False
            if score >= best_score:
                best, best_score = name, score
    return best


# "Der Mischkonzern zahlt ...", "Das Geldinstitut verkauft ...", "Sie übernahm ...": a sentence that opens with a
# definite description or a pronoun as its subject goes on about the one the sentence before is about
_DE_OPENING_REFERENCE = re.compile(
    r"\s*(?:(?:Der|Die|Das)\s+(?!beiden\s)(?:[a-zäöüß]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Kk]onzern|[Hh]aus|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]auer|"
    r"[Hh]ersteller|[Ii]nstitut|[Bb]ank|[Vv]ersicherer|[Rr]iese|[Ss]ender|[Vv]erlag|[Kk]ette|[Ff]onds|[Gg]esellschaft|[Kk]onkurrent)|Er|Sie)\s+(?=[a-zäöüß])"
)


def _de_previous_subject(text: str, context: list[NameSpan], sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> NameSpan | None:
    """de: "Anteile der Norvia Bank gaben nach. Das Geldinstitut verkauft ...": the company the sentence just before names
    first, for a sentence whose subject is a definite description or a pronoun; None otherwise."""
    if not _DE_OPENING_REFERENCE.match(text, sentence[0], sentence[1]) or sentence not in sentences:
        return None
    index = sentences.index(sentence)
    if index == 0:
        return None
    start, end = sentences[index - 1]
    return next((n for n in context if start <= n.start and n.end <= end and may_be_antecedent(text, n)), None)


_ALIAS_GLUE = re.compile(r"\s*(?:\(|,\s*(?:auch\s+)?(?:bekannt\s+als|genannt|kurz)\s+|\s+alias\s+)")


# de: "ein Konsortium deutscher Banken", "eine Investorengruppe": unnamed lenders and buyers that articles treat as parties
_DE_GROUP = re.compile(
    r"\b(?:ein|eine|einem|einer|einen|das|die|dem|der|den) ((?:[Bb]anken|[Ii]nvestoren)(?:konsortium|gruppe)|"
    r"Konsortium(?: (?:aus|von))?(?: [a-zäöüß]+)? (?:Banken|Investoren|Geldgebern|Finanzinvestoren|Unternehmen))(?![\w-])"
)


def _with_groups(text: str, wanted: list[tuple[int, int]], names: list[NameSpan]) -> list[NameSpan]:
    extra = [NameSpan(m.start(1), m.end(1), m.group(1)) for a, b in wanted for m in _DE_GROUP.finditer(text, a, b)]
    if not extra:
        return names
    kept = [n for n in names if not any(e.start < n.end and n.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda n: n.start)


def _without_aliases(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """de: "Velmar Holding (VH)", "Ivo Brenn, auch bekannt als Ibo": a second name for the same party is no party."""
    kept: list[NameSpan] = []
    for name in names:
        if kept and _ALIAS_GLUE.fullmatch(text, kept[-1].end, name.start) and not is_place(name):
            continue
        kept.append(name)
    return kept


def _fr_acronyms(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """fr: "le Comité olympique de Norland (CON)" names one party, and a later "le CON" is that party too."""
    full: dict[str, NameSpan] = {}
    kept: list[NameSpan] = []
    for name in names:
        if kept and text[kept[-1].end : name.start] == " (" and text[name.end : name.end + 1] == ")" and name.text.isupper():
            full.setdefault(name.text, kept[-1])
            continue
        kept.append(name)
    if not full:
        return kept
    return [
        dataclasses.replace(n, full=label(full[n.text])) if n.text in full and n.full is None and full[n.text].start < n.start else n
        for n in kept
    ]


# fr: a sentence that opens on a subject pronoun, maybe after a linking phrase ("De son côté, elle a commandé")
_FR_PRONOUN_OPENING = re.compile(r"[\s\"«“(-]*(?:(?:[A-ZÀ-Ýa-zà-ÿ][\w'’]*\s+){1,4}?[\w'’]*,\s+)?(?:[Ii]ls?|[Ee]lles?)\s+(?!(?:y|en|s'agit|s’agit|faut|fallait|faudra|semble|reste|existe)\b|(?:est|était|serait)\s+(?:possible|probable|clair|difficile|nécessaire|question|temps|vrai|certain|prévu|important|impossible|peu|trop|encore)\b)")  # not an impersonal "il"


def _fr_pronoun_lead(
    text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int], trigger: Trigger,
    carried: tuple[NameSpan, int] | None, lead: NameSpan | None,
) -> tuple[NameSpan | None, tuple[NameSpan, int] | None]:
    """fr: "Norvia a commandé 40 avions à Velkor. Elle a aussi commandé 12 hélicoptères à Dastrel": the
    pronoun takes up the acting party of the deal sentence just before, not the article's most named company.
    Returns the lead to use for this trigger and the party to carry on."""
    if not _FR_PRONOUN_OPENING.match(text, sentence[0], trigger.start):
        return lead, carried
    index = sentences.index(sentence) if sentence in sentences else -1
    if carried is not None and 0 <= index - carried[1] <= 2:
        return carried[0], (carried[0], index)  # "Elle a aussi ... Elle a enfin ...": the same party goes on acting
    if index >= 1:
        # "La Lorvanie veut vacciner sa population. Elle a signé un accord avec Velkor": the subject of the sentence before
        before = sentences[index - 1]
        opener = next((n for n in find_names(text, "fr", before[0], before[1]) if _FR_SUBJECT_FIRST.fullmatch(text, before[0], n.start)), None)
        if opener is not None and not opener.possessive and not bystander(text, opener, "fr"):
            return opener, (opener, index)
    return lead, carried


# fr: a name that opens its sentence, maybe after a describing noun phrase ("Le groupe pharmaceutique Velkor")
_FR_SUBJECT_FIRST = re.compile(r"[\s\"«“(-]*(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?:[a-zà-ÿ][\w'’-]*\s+){0,4})?")


_FR_ACTING_ROLE = {
    "buy": PartyRole.BUYER, "sell": PartyRole.SELLER, "order": PartyRole.CUSTOMER, "supply": PartyRole.SUPPLIER,
    "invest": PartyRole.INVESTOR, "partner": PartyRole.PARTNER, "fund": PartyRole.TARGET,
}


def _fr_actor(names: list[NameSpan], sentences: list[tuple[int, int]], cand: Candidate) -> tuple[NameSpan, int] | None:
    """fr: the party that acts in a deal sentence, named before the trigger in it ("Norvia a commandé"), to carry on."""
    acting = _FR_ACTING_ROLE.get(cand.trigger.voice)
    party = next((p for p in cand.parties if p.role is acting), None)
    if party is None or not cand.sentence[0] <= party.start < cand.trigger.start or cand.sentence not in sentences:
        return None
    span = next((n for n in names if n.start == party.start), None)
    return (span, sentences.index(cand.sentence)) if span is not None else None


# fr: what follows "a acheté" when goods are bought, not a company: "des masques", "ses avions", "40 rames", "jusqu'à 80 millions de flacons"
_FR_GOODS_OBJECT = re.compile(
    r"\s+(?:(?:\S+\s+){0,2}?(?:jusqu'à|jusqu’à|plus de|près de|environ|au moins|quelque|encore)\s+)?(?:des|ses|leurs|les|de|d['’]|du|\d)"
)
# ... but shares, stakes, units, sites and walls bought are a change of owner ("a acheté les murs de 30 magasins à Velkor")
_FR_NOT_GOODS = re.compile(
    r"\b(?:actions?|titres?|parts?|participations?|capital|filiales?|activités?|actifs|marques?|sociétés?|entreprises?|brevets|concessions?|catalogues?|portefeuilles?|"
    r"magasins?|usines?|sites?|murs|immeubles?|terrains?|bâtiments?|hôtels?|droits|licences?|journa(?:l|ux)|chaînes?|radios?|titres?)\b|%|pour cent"
)


_FR_SELLER_PREP = re.compile(r"\b(?:à|au|aux|auprès)\b(?=[^,;]*$)")


def _fr_goods_bought(text: str, names: list[NameSpan], cand: Candidate) -> None:
    """fr: "la Lorvanie a acheté des masques au groupe Velkor", "compte acquérir encore 80 millions de doses auprès de
    Velkor": goods bought from a named maker, no company changing hands, are a supply contract (who buys is the customer)."""
    trigger = cand.trigger
    if trigger.deal_type is not T.ACQUISITION or trigger.voice != "buy" or trigger.noun:
        return
    roles = {p.role for p in cand.parties}
    if roles != {PartyRole.BUYER, PartyRole.SELLER}:
        return
    seller = min((p.start for p in cand.parties if p.role is PartyRole.SELLER), default=trigger.end)
    if seller <= trigger.end:
        return
    # what is bought stops at the preposition before the seller ("des avions à la société Velkor": not "société")
    prep = _FR_SELLER_PREP.search(text, trigger.end, seller)
    bought_end = prep.start() if prep is not None else seller
    if not _FR_GOODS_OBJECT.match(text, trigger.end, seller) or _FR_NOT_GOODS.search(text, trigger.end, bought_end):
        return
    cand.trigger = dataclasses.replace(trigger, deal_type=T.SUPPLY_CONTRACT, voice="order")
    cand.parties = [
        dataclasses.replace(p, role=PartyRole.CUSTOMER if p.role is PartyRole.BUYER else PartyRole.SUPPLIER) for p in cand.parties
    ]
    # "a acheté des doses auprès de Velkor, Norvia et Dastrel": the makers listed after the first supply too
    first = next((n for n in names if n.start == seller), None)
    if first is not None:
        in_sentence = [n for n in names if cand.sentence[0] <= n.start < cand.sentence[1]]
        known = {p.start for p in cand.parties}
        cand.parties += [role_of(n, PartyRole.SUPPLIER, text) for n in fr_makers_listed(text, in_sentence, first, cand.sentence[1]) if n.start not in known]


def _one_per_target(cand: Candidate) -> list[Candidate]:
    """de: "X übernahm A und B": two companies bought are two deals, each with the same buyer."""
    targets = [p for p in cand.parties if p.role is PartyRole.TARGET]
    if len(targets) < 2 or cand.trigger.voice not in ("buy", "sell", "other"):
        return [cand]
    others = [p for p in cand.parties if p.role is not PartyRole.TARGET]
    return [dataclasses.replace(cand, parties=[*others[:1], target, *others[1:]]) for target in targets]


def _sentence_of(sentences: list[tuple[int, int]], position: int, length: int) -> tuple[int, int]:
    return next((s for s in sentences if s[0] <= position < s[1]), (0, length))


def _states_a_sum(cand: Candidate, lang: str) -> bool:
    """fr/de: the trigger sentence states a sum of money as the money layer reads it ("330 Millionen Einwohner"
    and "2 millions d'habitants" are none)."""
    return bool(cand.text_window) and any(
        m.currency is not None and m.disclosed and not m.per_unit for m in money.find_money(cand.text_window, lang)
    )


def _is_deal(cand: Candidate, lang: str) -> bool:
    """A trigger counts when it names who deals with whom (or who raises money)."""
    roles = {p.role for p in cand.parties}
    if not cand.parties:
        return False
    if cand.trigger.voice == "fund":
        return PartyRole.TARGET in roles
    if cand.trigger.voice in ("partner",):
        return len(cand.parties) >= 2
    if lang != "en" and len(cand.parties) == 1 and cand.trigger.voice == "order" and cand.parties[0].role is PartyRole.CUSTOMER:
        # "Velkor bestellte 40 Züge" with a sum in the sentence: a priced order needs no named maker
        # (fr: "a commandé 40 rames pour 300 millions d'euros"; "330 millions d'habitants" is no sum)
        return _states_a_sum(cand, lang)
    if lang == "de" and len(cand.parties) == 1 and cand.text_window and trigger_text(cand).startswith("beliefer"):
        return False  # "beliefert 4.500 Anlagen mit Strom": a utility's customers, no contract with a named party
    if lang != "en" and len(cand.parties) == 1 and cand.trigger.voice == "supply" and cand.parties[0].role is PartyRole.SUPPLIER:
        # "X a décroché un contrat de 2 millions d'euros": a priced contract won needs no named customer
        return _states_a_sum(cand, lang)
    if lang == "de" and cand.text_window and trigger_text(cand).endswith("verkaufen") and not _de_infinitive_sale(cand):
        return False
    if (
        lang == "fr" and len(cand.parties) == 1 and cand.trigger.voice == "other" and cand.parties[0].role is PartyRole.TARGET and cand.text_window
        and _FR_AID_RECEIVED.match(cand.text_window, max(0, cand.parties[0].end - cand.sentence[0]), max(0, cand.trigger.start - cand.sentence[0]))
        and _states_a_sum(cand, lang)
    ):
        return True  # "Velkor a reçu 300 millions d'euros d'aides publiques": a sum received, the giver left unnamed
    if lang == "fr" and len(cand.parties) >= 2 and roles == {PartyRole.BUYER}:
        return False  # "laisser la voie libre à Velkor et Norvia pour s'emparer du marché": buyers of nothing named
    if len(cand.parties) >= 2:
        return True
    if (
        lang == "fr" and cand.trigger.voice == "sell" and cand.parties[0].role is PartyRole.SELLER and cand.text_window
        and _FR_OWN_ASSET.match(cand.text_window, cand.trigger.end - cand.sentence[0])
    ):
        return True  # "Velkor envisage de céder sa filiale de leasing": a company selling its own unit, the buyer untold
    if lang == "de" and cand.trigger.voice == "other" and cand.parties[0].role is PartyRole.TARGET and cand.text_window:
        # "Hilfspaket für Lorvanien": aid to a named party is a deal though the lenders are named elsewhere
        offset = cand.sentence[0]
        only = cand.parties[0]
        return (
            DE_AID_FOR.fullmatch(cand.text_window, cand.trigger.end - offset, only.start - offset) is not None
            or DE_RECEIVES.fullmatch(cand.text_window, only.end - offset, cand.trigger.start - offset) is not None
            or DE_RECEIVED.fullmatch(cand.text_window, only.end - offset, cand.trigger.start - offset) is not None
        )
    # a lone target ("the sale of its cable business") must at least look like a name or a business
    only = cand.parties[0]
    if only.role is PartyRole.BUYER and lang != "en" and not cand.trigger.noun:
        # "Trebnew kaufte die Zeitung": a named buyer and a finite deal verb; the object is a common noun
        # (a lone seller is mostly a shop selling products, so it does not count)
        # "wenn diese mehr Leistungen übernehmen": an infinitive or plural verb with a lone name is no purchase
        if lang == "de" and cand.text_window and _DE_INFINITIVE_TRIGGER.fullmatch(trigger_text(cand)):
            # ... but "Velkor will das Filialnetz übernehmen": a named company plans the purchase
            offset = cand.sentence[0]
            return _DE_MODAL_AFTER.match(cand.text_window, only.end - offset) is not None and namelike(only.name, lang)
        if lang == "de" and cand.text_window and trigger_text(cand).startswith("sich"):
            return False  # "wer sich an dem Verfahren beteiligt": a stake needs the company it is taken in
        if lang == "fr" and cand.text_window and trigger_text(cand).startswith("ach"):
            return False  # "l'Ostrie achète un tiers de la récolte": buying goods names no company bought
        if lang == "fr" and cand.text_window and _FR_GOODS_AFTER.match(cand.text_window, cand.trigger.end - cand.sentence[0]):
            return False  # "veut racheter des stocks de pièces": things in the plural, no company bought
        return cand.trigger.voice == "buy" and namelike(only.name, lang)
    if lang == "fr" and cand.text_window and only.role is PartyRole.TARGET and _FR_ONE_ITEM.search(cand.text_window, max(0, only.start - cand.sentence[0] - 16), only.start - cand.sentence[0]):
        return False  # "acheter une Velkor One", "l'acquisition de la nouvelle Norvia GT": one product bought, no company
    return cand.trigger.voice in ("buy", "sell", "passive", "sold_by") and only.role is PartyRole.TARGET and namelike(only.name, lang)


_FR_OWN_ASSET = re.compile(
    r"\s+(?:(?:jusqu'à |plus de |près de |environ )?[\d,.]+\s?(?:%|pour cent) (?:de |du |des |d')?)?(?:sa|ses|son|leurs?) (?:\S+ )?"
    r"(?:filiales?|activités|actifs|participations?|parts|division|pôle|branche|usines?|murs|magasins|titres|radios|chaînes|journaux|marques?)\b"
)
_FR_AID_RECEIVED = re.compile(r"\s+(?:\S+\s+){0,3}?(?:a|ont|avait|avaient|va|vont)\s+(?:\S+\s+)?(?:reçu|touché|obtenu|bénéficié|perçu|recevoir|toucher|obtenir|bénéficier|percevoir)\b")
_FR_GOODS_AFTER = re.compile(r"\s+(?:ces|des|les|de|d['’])\s*[a-zà-ÿ]")
_FR_ONE_ITEM = re.compile(r"(?:\b[Uu]ne?|\bd['’]une?|\b(?:la|sa|leur) nouvelle|\b(?:le|son|leur) nouveau)\s+$")


def _de_infinitive_sale(cand: Candidate) -> bool:
    """de: "will X verkaufen" is a sale when it names the buyer or a company sold; "Anzeigen für Y verkaufen",
    "das Filialgeschäft verkaufen" sell goods or an unnamed business."""
    if any(p.role is PartyRole.BUYER for p in cand.parties):
        return True
    return any(
        p.role is PartyRole.TARGET and all(w[:1].isupper() for w in p.name.split()) and namelike(p.name, "de")
        and not _DE_ON_BEHALF_OF.search(cand.text_window, 0, max(0, p.start - cand.sentence[0]))
        for p in cand.parties
    )


_DE_ON_BEHALF_OF = re.compile(r"\bfür\s+(?:die\s+|den\s+|das\s+|der\s+|dem\s+)?$")  # "Anzeigen für Norvia verkaufen": on its behalf


_DE_MODAL_AFTER = re.compile(r"\s+(?:will|wollte|möchte|plant)\s+(?:\S+\s+){0,2}?(?:die|den|das|sein|seine|seinen|ihr|ihre|ihren)\s")
_DE_INFINITIVE_TRIGGER = re.compile(r"(?:übernehmen|kaufen|erwerben|zukaufen)")


def _lone_party(cand: Candidate, lang: str) -> bool:
    """"X agreed to buy 82 pct of two privately held retailers": wire leads name the buyer (or
    seller) without a named target; worth a record only when the article has no fuller one."""
    if lang != "en" or cand.trigger.noun or cand.trigger.voice not in ("buy", "sell") or len(cand.parties) != 1:
        return False
    only = cand.parties[0]
    return only.role in (PartyRole.BUYER, PartyRole.SELLER) and only.kind is not PartyKind.OTHER


def _merge(candidates: list[Candidate], lang: str = "en") -> list[Candidate]:
    """One candidate per deal: same type and an overlapping target or party set."""
    kept: list[Candidate] = []
    for cand in candidates:
        keys = {normalize(p.name) for p in cand.parties}
        twin = next(
            (
                k for k in kept
                if k.trigger.deal_type is cand.trigger.deal_type and keys <= {normalize(p.name) for p in k.parties}
                and not (lang != "en" and _priced_apart(k, cand))
            ),
            None,
        )
        if twin is None and lang != "en":
            same = next((i for i, k in enumerate(kept) if _same_deal(k, cand)), None)
            if same is not None:
                kept[same] = _joined(kept[same], cand)
                continue
        if twin is None:
            kept.append(cand)
    return kept


def _merge_described(candidates: list[Candidate]) -> list[Candidate]:
    """de: "die drei Lagerhallen" then "die drei Hallen": a thing described again by the same
    seller or buyer in the same kind of deal is the same deal."""
    kept: list[Candidate] = []
    for cand in candidates:
        described = [p for p in cand.parties if p.role is PartyRole.TARGET and p.kind is PartyKind.OTHER]
        named = {normalize(p.name) for p in cand.parties if p not in described}
        twin = described and named and next(
            (
                k for k in kept
                if k.trigger.deal_type is cand.trigger.deal_type
                and any(p.role is PartyRole.TARGET and p.kind is PartyKind.OTHER for p in k.parties)
                and named == {normalize(p.name) for p in k.parties if not (p.role is PartyRole.TARGET and p.kind is PartyKind.OTHER)}
            ),
            None,
        )
        if not twin:
            kept.append(cand)
    return kept


# fr/de: one change of hands, told as a sale, a purchase or a stake taken
_TRANSFER_TYPES = (T.ACQUISITION, T.DIVESTITURE, T.INVESTMENT)
_STAKE_TRIGGER = re.compile(r"participation|capital|actionnaire|Beteiligung|beteiligt|Anteil|eingestiegen|steigt", re.I)


def _money_text(cand: Candidate) -> str | None:
    found = _MONEY_WORD.search(cand.text_window) if cand.text_window else None
    return " ".join(found.group().split()) if found else None


def _priced_apart(a: Candidate, b: Candidate) -> bool:
    """Two sentences that each price their own deal ("un contrat de 792 702 euros", "un nouvel appel
    d'offres de 882 648 euros") report two deals, whatever parties they share."""
    if a.sentence == b.sentence:
        return False
    first, second = _money_text(a), _money_text(b)
    return first is not None and second is not None and first != second


def _same_deal(a: Candidate, b: Candidate) -> bool:
    """fr/de: the sale of X by Y, its purchase by Z and a stake taken in X are one transfer when they share
    the target; two triggers of one sentence that share a party are one deal too."""
    if _priced_apart(a, b) or (a.trigger.start == b.trigger.start and a.sentence == b.sentence):
        return False  # de: "übernahm A und B" was split into one deal per company on purpose
    types = (a.trigger.deal_type, b.trigger.deal_type)
    if not all(t in _TRANSFER_TYPES for t in types) and types[0] is not types[1]:
        return False
    if a.trigger.voice == "partner" or b.trigger.voice == "partner":
        return False
    if a.sentence == b.sentence:
        return bool({normalize(p.name) for p in a.parties} & {normalize(p.name) for p in b.parties})
    targets = {normalize(p.name) for p in a.parties if p.role is PartyRole.TARGET}
    if not targets & {normalize(p.name) for p in b.parties if p.role is PartyRole.TARGET}:
        return False
    # bought by one and later by another: two deals of one target
    buyers = [{normalize(p.name) for p in c.parties if p.role in (PartyRole.BUYER, PartyRole.INVESTOR)} for c in (a, b)]
    return not (buyers[0] and buyers[1] and not buyers[0] & buyers[1])


def _joined(first: Candidate, other: Candidate) -> Candidate:
    """One candidate for a deal told twice: the priced (else fuller) telling leads, the other adds its parties;
    a stake taken makes it an investment, a named buyer a purchase rather than a sale."""
    def weight(c: Candidate) -> tuple[bool, int]:
        return (_money_text(c) is not None, len({normalize(p.name) for p in c.parties}))

    lead, extra = (other, first) if weight(other) > weight(first) else (first, other)
    types = {first.trigger.deal_type, other.trigger.deal_type}
    deal_type = lead.trigger.deal_type
    stake = any(
        c.trigger.deal_type is T.INVESTMENT and _STAKE_TRIGGER.search(trigger_text(c)) for c in (first, other)
    )
    if T.INVESTMENT in types and stake:
        deal_type = T.INVESTMENT
    elif T.ACQUISITION in types and T.DIVESTITURE in types:
        buyers = any(p.role is PartyRole.BUYER for c in (first, other) for p in c.parties)
        deal_type = T.ACQUISITION if buyers else T.DIVESTITURE
    joined = dataclasses.replace(lead, trigger=dataclasses.replace(lead.trigger, deal_type=deal_type))
    joined.parties = dedupe(list(lead.parties) + list(extra.parties))
    return joined


def _record(
    item: RawItem,
    lang: str,
    cand: Candidate,
    sentences: list[tuple[int, int]],
    extracted_at: datetime,
    cache: dict[str, Any],
    rank: int,
) -> DealRecord | None:
    text = item.text
    if lang == "en":
        describe_targets(text, cand)
    figures = deal_figures(text, lang, cand, sentences, item.published_at, cache)
    if lang == "fr" and cand.trigger.deal_type is not T.OTHER and figures.amount is not None and figures.amount.evidence is not None and _FR_REPAID.search(
        text, max(0, figures.amount.evidence.start - 40), figures.amount.evidence.start
    ):
        figures.amount = None  # "céder des actifs pour rembourser les 85 milliards": a debt repaid is no sale's price (a loan's, though)
    status = _status(text, lang, cand)
    deal_type = cand.trigger.deal_type
    status_value = status.status if status is not None else DealStatus.UNKNOWN
    if deal_type is T.SUPPLY_CONTRACT and status_value is DealStatus.COMPLETED:
        status_value = DealStatus.AGREED  # a contract won is agreed; delivery is what completes it
    if lang == "fr" and status is None and _FR_PURPOSE.search(text, max(cand.sentence[0], cand.trigger.start - 30), cand.trigger.start):
        status_value = DealStatus.EXPECTED  # "négocie avec X pour racheter Y": the purchase is still to come
    if lang != "en":
        status_value = _default_status(deal_type, status_value)
    country, location = deal_country(text, cand, cand.parties, lang)
    # plain dicts, validated once with the record: one pass through pydantic instead of one per part
    parties: list[dict[str, Any]] = [
        {
            "name": " ".join(p.name.split()),
            "normalized_name": normalize(p.name) or p.name.casefold(),
            "role": p.role,
            "kind": p.kind,
            "country": country_of(p.name) if p.kind is PartyKind.GOVERNMENT else None,
            "location_text": p.location,
            "business": p.business,
            "evidence": {"text": text[p.start : p.end], "start": p.start, "end": p.end},
        }
        for p in cand.parties
    ]
    deal_id = deal_id_for(deal_type, [p["normalized_name"] for p in parties], item.published_at)
    s_start, s_end = cand.sentence
    while s_end > s_start and text[s_end - 1].isspace():
        s_end -= 1
    roles = {p["role"] for p in parties}
    cues = (
        (PartyRole.TARGET in roles)
        + bool(roles & {PartyRole.BUYER, PartyRole.SELLER, PartyRole.INVESTOR, PartyRole.SUPPLIER, PartyRole.PARTNER})
        + (figures.amount is not None)
        + (status is not None)
    )
    index = sentences.index(cand.sentence) if cand.sentence in sentences else len(sentences)
    confidence = round(min(1.0, 0.3 + 0.1 * cues + max(0.0, 0.3 - 0.1 * index) - 0.02 * rank), 3)
    return DealRecord.model_validate(
        {
            "deal_id": deal_id,
            "mention_id": mention_id_for(deal_id, item.item_id),
            "deal_type": deal_type,
            "status": status_value,
            "status_evidence": {"text": status.text, "start": status.start, "end": status.end} if status and _states(status, lang) else None,
            "parties": parties,
            "amount": figures.amount,
            "unit_price": figures.unit_price,
            "quantity": figures.quantity,
            "country": country,
            "location_text": location,
            "consistency": figures.consistency,
            "source": {
                "item_id": item.item_id,
                "url": item.url,
                "title": item.title,
                "lang": item.lang,
                "published_at": item.published_at,
                "text_length": len(text),
            },
            "evidence": {"text": text[s_start:s_end], "start": s_start, "end": s_end},
            "confidence": max(0.0, confidence),
            "extractor_version": EXTRACTOR_VERSION,
            "extracted_at": extracted_at,
        },
        context={"text": text},
    )
