"""The article-level names: which names found are parties at all, and who the article is about.

Before any trigger is read, ``deals.extract`` cleans the names the finder returned (a government named by a
common noun, a news source or a speaker who is no party, the issuer of "Velmo-Aktien", aliases and acronyms of
one party) and picks the company the article is about: the one it names most (``most_mentioned``,
``article_company``), the one a later "le groupe" (``fr_org_nouns``), "das Geldhaus" or "sie"
(``de_antecedent``, ``de_previous_subject``) or "elle" (``fr_pronoun_lead``, ``fr_actor``) stands for. These
read the whole article rather than a trigger's sentence, which is why they live apart from the roles
(``roles``) and from the assembly of records (``deals``).
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from pipeline.extract.candidates import Candidate
from pipeline.extract.geo import french_nationality
from pipeline.extract.kinds import party_kind
from pipeline.extract.names import (
    GIVEN_NAMES,
    NOT_A_PARTY,
    REGULATOR,
    NameSpan,
    de_may_be_company,
    find_names,
    is_place,
    label,
    may_be_antecedent,
    mentions,
)
from pipeline.extract.ordered import starting_within
from pipeline.extract.roles.fr.bystanders import bystander
from pipeline.extract.roles.voices import VOICE_SIDES
from pipeline.extract.sentences import FR_IMPERSONAL, FR_LINKING_WORDS, FR_SUBJECT_PRONOUN, OPENING_MARKS, OPENING_PHRASE, linking_word
from pipeline.extract.text_index import long_article, memo, per_article, prefix_starts, word_starts
from pipeline.extract.triggers import Trigger
from pipeline.models import PartyKind, PartyRole

__all__ = [
    "GOVERNMENT_NP",
    "NEWS_SOURCE_BEFORE",
    "UNIT_AFTER_NUMBER",
    "YEAR_BEFORE",
    "VERB_WITH_PRONOUN",
    "article_company",
    "de_antecedent",
    "de_most_mentioned",
    "de_previous_subject",
    "fr_acronyms",
    "fr_actor",
    "fr_org_nouns",
    "fr_pronoun_lead",
    "inverted_speaker",
    "issuer",
    "most_mentioned",
    "news_source",
    "outside_triggers",
    "with_governments",
    "with_groups",
    "without_aliases",
    "without_nationality",
]

_ANTECEDENT_REACH = 4  # sentences back


GOVERNMENT_NP = {
    "fr": re.compile(
        r"(?<![\w-])(?:gouvernement(?: (?:fédéral|français|allemand|américain|italien|espagnol|britannique|chinois|grec|belge|suisse|néerlandais|autrichien|japonais|canadien|"
        r"russe|indien|polonais|portugais|irlandais|suédois|danois|norvégien|finlandais|hongrois|tchèque|roumain|turc|ukrainien|israélien|brésilien|mexicain|argentin|australien|"
        r"coréen|sud-coréen|québécois|luxembourgeois|saoudien|marocain|algérien|tunisien|égyptien|sud-africain|nigérian|indonésien|vietnamien))?"
        r"(?: (?:de|du|des) (?:la |l['’])?[A-ZÉ][\w-]*(?: (?:du|de|de la|des) [A-ZÉ][\w-]*)?)?|[ÉE]tat (?:français|allemand|italien|belge|grec|américain|fédéral|britannique|espagnol|chinois|russe)|"
        # "le ministère de la Marine": the ministry is the party, not its capitalised field
        r"ministère (?:de la |de l['’]|du |des )[A-ZÉ][\w-]*|"
        # "la région Normandie", "la ville de Lyon": a local authority, as "die Stadt Wien" in German
        r"(?:région|ville|commune|métropole|département|collectivité) (?:de |d['’]|du )?[A-ZÉ][\w-]*)(?![\w-])"
    ),
    "de": re.compile(
        r"(?<![\w-])(?:Bundesregierung|Landesregierung|(?:deutsche[nm]? |)Bund(?:es)?(?= |,|\.)|(?:griechische|französische|deutsche|italienische|spanische|österreichische|chinesische)[nr]? Regierung|"
        # "den französischen Staat und den Hersteller X zu Großaktionären": a state named by its nationality
        r"(?:griechische|französische|deutsche|italienische|spanische|österreichische|chinesische|niederländische|belgische|schweizerische)[nm]? Staat(?:es)?|"
        r"Regierung in [A-Z]\w+|(?:Stadt|Freistaat|Republik) [A-Z]\w+(?:-[A-Z]\w+)*|Land [A-Z]\w+(?:-[A-Z]\w+)*(?=[ ,.]))(?![\w-])"
    ),
}


# fr/de: news agencies and unions are sources and voices, not parties; "128 GB" is a unit
# the paper or channel that reports the deal is no party to it: "dans le Velkor de dimanche", "a déclaré au Velkor",
# "selon le quotidien Velkor", "im Wirtschaftssender Velkor", "der Zeitung Velkor zufolge"
NEWS_SOURCE_BEFORE = {
    "fr": re.compile(
        r"(?:\b(?:selon|d['’]après|dans|pour|par)\s+(?:le |la |l['’]|les |un |une )?(?:quotidien|journal|hebdomadaire|magazine|site|média|agence)"
        r"(?:\s+[a-zà-ÿ][\w'’-]*){0,2}\s+|\bdans\s+(?:le |la |les |l['’])|"
        r"\b(?:accordée?|déclaré|confié|indiqué|expliqué|précisé|affirmé|dit|révélé)\s+(?:\S+\s+){0,2}?(?:au|à la|à l['’])\s*)$",
        re.IGNORECASE,  # "Dans le Velkor de dimanche" opens a sentence
    ),
    "de": re.compile(
        # "berichtet die Zeitung Velkor": after a reporting verb "die/das" too ("kauft die Zeitung Velkor" buys it)
        r"\b(?:im|in der|in einem|in einer|laut|dem|der|des|einem|einer|(?:berichtet|berichtete|schreibt|schrieb|meldet|meldete)\s+(?:die|das))"
        r"\s+(?:[\w-]+\s+)?[\w-]*"
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
        # ("a confié au groupe Velkor la construction": after "à"/"au" the name is who is entrusted)
        # ("a commenté le rachat de Norvia": after a deal noun the name is what the deal is about, no speaker)
        r"\s+(?:(?:le |la |l['’])?(?:(?!(?:que|qu|qu['’]\w*|si|comment|pourquoi|à|au|aux|rachats?|acquisitions?|cessions?|fusions?|reprises?|offres?)\b)[a-zà-ÿ][\w'’-]*\s+){0,3})?$"
    ),
    "de": re.compile(
        r"\b(?:sagt|sagte|sagten|betont|betonte|erklärt|erklärte|meint|meinte|so|ergänzt|ergänzte|kritisiert|kritisierte|warnt|warnte)"
        r"\s+(?:(?:der|die)\s+)?(?:(?:[A-ZÄÖÜ][a-zäöüß-]+)?(?:[Ee]xperte|[Ee]xpertin|[Aa]nalyst|[Aa]nalystin|chef|chefin|[Ss]precher|[Ss]precherin|[Öö]konom|[Öö]konomin)\s+)?$"
    ),
}
_DE_SPEAKER_AFTER = re.compile(r"\s+(?:betonte|sagte|erklärte|meinte|ergänzte|berichtete)\b")
_DE_WIE_BEFORE = re.compile(r"\bwie\s+$")


# de: ", so Analyst Peter Schulz von der Tessmar Bank", "bestätigte ein Sprecher von Dastrel", "Laut Hans Meier vom
# Institut Norvia": the company a speaker works for, named after "von"/"bei", speaks; it is no seller of the deal told
_DE_SPEAKERS_EMPLOYER = re.compile(
    r"(?:\b(?:sagt|sagte|sagten|betont|betonte|erklärt|erklärte|meint|meinte|so|ergänzt|ergänzte|bestätigt|bestätigte|"
    r"kritisiert|kritisierte|warnt|warnte|teilte|schätzt|schätzte|urteilt|urteilte)|(?:^|[.!?:]\s+|,\s+|\(\s*)[Ll]aut)"
    r"\s+(?:(?:der|die|ein|eine)\s+)?(?:[A-ZÄÖÜ][\w.-]*\s+){1,3}(?:von|vom|bei|beim)\s+(?:(?:der|dem|den)\s+)?"
    r"(?:[A-ZÄÖÜ][a-zäöüß]+s?\s+)?$"
    # "sagte Hans Meier, Chef von Velkor", "sagte Anna Roth, Vorstandschefin der Velkor AG": the office after the name
    r"|\b(?:sagt|sagte|sagten|betont|betonte|erklärt|erklärte|meint|meinte|so|ergänzt|ergänzte|bestätigt|bestätigte|teilte)"
    r"\s+(?:[A-ZÄÖÜ][\w.-]*\s+){1,3}?[A-ZÄÖÜ][\w.-]*,\s+(?:der\s+|die\s+)?(?:[a-zäöüß]+\s+)?[A-ZÄÖÜ][\w-]*\s+"
    r"(?:von|vom|bei|beim|der|des)\s+(?:(?:der|dem|den)\s+)?(?:[A-ZÄÖÜ][a-zäöüß]+s?\s+)?$"
)

# "Laut Hans Meier", "laut Analyst Hans Meier": a person the news is attributed to
_DE_LAUT_BEFORE = re.compile(
    r"\b[Ll]aut\s+(?:(?:[A-ZÄÖÜ][\w-]*(?:chef|chefin|analyst|analystin|sprecher|sprecherin|experte|expertin)"
    r"|Analyst|Analystin|Sprecher|Sprecherin|Experte|Expertin)\s+)?$"
)


def inverted_speaker(text: str, name: NameSpan, lang: str) -> bool:
    """fr/de: the speaker named after the verb that closes a quote (de: and the company the speaker works for)."""
    if lang == "de" and _DE_SPEAKERS_EMPLOYER.search(text, max(0, name.start - 80), name.start):
        return True
    if lang == "de" and _DE_LAUT_BEFORE.search(text, max(0, name.start - 40), name.start) and name.text.split()[0].lower() in GIVEN_NAMES:
        return True  # "Laut Hans Meier übernimmt Velkor Norvia": the person the news is told by is no side of it
    if name.suffixed or name.full is not None:
        return False
    if _SPEAKER_BEFORE[lang].search(text, max(0, name.start - 60), name.start):
        return True
    return lang == "de" and _DE_WIE_BEFORE.search(text, max(0, name.start - 6), name.start) is not None and _DE_SPEAKER_AFTER.match(text, name.end) is not None


_NEWS_SOURCE_AFTER = re.compile(r"\s+zufolge\b")


def news_source(text: str, name: NameSpan, lang: str) -> bool:
    """fr/de: a name that reports the news (a paper, a channel) rather than makes the deal."""
    if name.suffixed or name.full is not None:
        return False
    if NEWS_SOURCE_BEFORE[lang].search(text, max(0, name.start - 60), name.start):
        return True
    if lang == "fr":
        return _FR_REVEALS_AFTER.match(text, name.end) is not None or _fr_media_reports(text, name)
    return lang == "de" and _NEWS_SOURCE_AFTER.match(text, name.end) is not None


# fr: "d'après Les Nouvelles de Velkor", ", rapporte l'agence Norvia Presse", "La Gazette de Dastrel affirme que": a name
# headed by a newspaper or agency word that reports or asserts is the source ("le rachat du Courrier de X" is a deal's)
_FR_MEDIA_NAME = re.compile(
    r"(?:(?:Le|La|Les|L['’])\s*)?(?:Journal|Quotidien|Courrier|Nouvelles?|Gazette|Écho|Echo|Échos|Echos|Tribune|Dépêche|Agence|"
    r"Radio|Magazine|Hebdo)\b|.*\sPresse$"
)
_FR_REPORT_BEFORE = re.compile(
    r"(?:\b(?:[Ss]elon|[Dd]['’]après)\s+(?:[Ll]e |[Ll]a |[Ll]es |[Ll]['’])?|\b(?:rapporte|rapporté|révèle|révélé|écrit|relate|relaie|affirme|"
    r"affirmé|indique|indiqué|précise|précisé|explique|expliqué|souligne|souligné)\s+(?:\w+\s+){0,2}?"
    r"(?:[Ll]e |[Ll]a |[Ll]es |[Ll]['’])?(?:agence |quotidien |journal |site |magazine |hebdomadaire )?)$"
)
_FR_REPORTS_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:(?:a|avait)\s+)?(?:affirme|affirmé|révèle|révélé|rapporte|rapporté|écrit|indique|indiqué|"
    r"assure|assuré|précise|précisé|explique|expliqué|croit savoir)\b"
)


def _fr_media_reports(text: str, name: NameSpan) -> bool:
    """fr: a paper's or agency's name (by its head word) that reports or asserts around the deal."""
    if _FR_MEDIA_NAME.match(name.text) is None:
        return False
    return _FR_REPORT_BEFORE.search(text, max(0, name.start - 50), name.start) is not None or _FR_REPORTS_AFTER.match(text, name.end) is not None


# fr: "Le Velkor révèle que", "le Norvia avait aussi mis au jour", "croit savoir Velkor": a paper that reveals is a source
_FR_REVEALS_AFTER = re.compile(
    r"\s+(?:(?:a|avait|aurait)\s+(?:\w+\s+)?)?(?:révèle|révélé|révélait|croit savoir|rapporte|rapporté|rapportait|mis au jour|met au jour|"
    r"a appris|s'est procuré|s['’]est procuré|dévoile|dévoilé)\b"
)


UNIT_AFTER_NUMBER = re.compile(r"\d\s?[A-Z]$")
# ... but a year is no count: "als Velkor 2021 Norvia übernahm", "hatte 2019 Norvia gekauft" name the company after it
YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)\s$")


# "Souvenons-nous", "Peut-on", "Faut-il": a verb with its pronoun opens a sentence, it is no name
VERB_WITH_PRONOUN = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ]+-(?:t-)?(?:nous|vous|il|elle|on|ils|elles|je|tu|moi|toi)$")
# "Velmo-Aktien", "Bayer-Anteile", "les actions Corvane": the shares name their issuer
_SHARES_OF = re.compile(r"(.+?)-(?:Aktien?|Anteilen?|Anteile|Anteils|Papiere|Titel|Aktienpakets?|Pakets?|Beteiligung|Anleihen?)$")


def issuer(name: NameSpan) -> NameSpan:
    """The party a name stands for: "Velmo-Aktien" is Velmo, the shares' issuer; "Nick Harlan ab" loses the
    particle read as the Swedish "AB"."""
    if name.suffixed and name.text.endswith(" ab"):
        # "lehnte Nick Harlan ab": the lower-case particle is not the Swedish "AB"
        return dataclasses.replace(name, end=name.end - 3, text=name.text[:-3], suffixed=False, full=None)
    shares = _SHARES_OF.match(name.text)
    if shares is None:
        return name
    return dataclasses.replace(name, end=name.start + shares.end(1), text=shares.group(1), full=None)


_IN_ASIDE = re.compile(r"\w+, [^,]*")


def outside_triggers(text: str, lang: str, names: list[NameSpan], triggers: list[Trigger]) -> list[NameSpan]:
    """fr: "Rachat de Velmor par Dastrel" opening a sentence: the capitalised trigger is no part of the name."""
    kept: list[NameSpan] = []
    # the triggers in order and apart, as find_triggers gives them: the one that may hold a name is found by bisection
    ordered = all(a.start <= a.end <= b.start for a, b in zip(triggers, triggers[1:]))
    starts = [t.start for t in triggers] if ordered else []
    for name in names:
        if ordered:
            at = bisect.bisect_right(starts, name.start) - 1
            trigger = triggers[at] if at >= 0 and name.start < triggers[at].end else None
        else:
            trigger = next((t for t in triggers if t.start <= name.start < t.end), None)
        if trigger is None or _IN_ASIDE.fullmatch(text, trigger.start, name.start) and ", " in text[name.end : trigger.end]:
            kept.append(name)  # ("a investi, aux côtés de Norvia, dans Velkor": a name set off inside the trigger is one)
        elif name.end > trigger.end:
            kept.extend(find_names(text, lang, trigger.end, name.end))
    return kept


def without_nationality(name: NameSpan) -> NameSpan:
    """fr: "du Danois Astrel et du Portugais Zenard": the nationality before a name is not part of it."""
    first, _, rest = name.text.partition(" ")
    if not rest or not rest[:1].isupper() or not french_nationality(first):
        return name
    cut = len(name.text) - len(rest)
    return dataclasses.replace(name, start=name.start + cut, text=rest)


def with_governments(text: str, lang: str, wanted: list[tuple[int, int]], names: list[NameSpan]) -> list[NameSpan]:
    """fr/de: "le gouvernement allemand", "die Stadt Wien", "der Bund" are parties though not capitalised names."""
    pattern = GOVERNMENT_NP[lang]
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


# fr: "le constructeur automobile", "la firme de biotechnologies", "la société chinoise", "l'ex-géant": a company
# named earlier, taken up again by a common noun
# ("au groupe" too: "un prêt de 300 millions au groupe" gives it to the company the noun takes up)
_FR_ORG_NOUN = re.compile(
    r"(?<![\w'’-])(?:[Ll]e|[Ll]a|[Ll]['’]|au|du)\s*(?:ex-)?(groupe|société|entreprise|constructeur|firme|laboratoire|assureur|réassureur|géant|banque|"
    r"opérateur|fabricant|équipementier|distributeur|quotidien|journal|chaîne|joaillier|éditeur|compagnie|start-up|startup|"
    r"enseigne|transporteur|chimiste|pétrolier|sidérurgiste|industriel|motoriste|avionneur|hebdomadaire|spécialiste|leader|"
    r"numéro un|champion|fonds|investisseur|acheteur|repreneur|acquéreur|application|appli|plateforme)(?![\w-])"
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


def fr_org_nouns(
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
            antecedent = _antecedent(text, match.group(1), modifiers, match.start(), title)
            if antecedent is not None and lead is not None and _title_company_over_oblique(text, title, antecedent, lead):
                antecedent = lead
            apposed = next((n for n in names if n.end <= match.start() and _APPOSITION_GLUE.fullmatch(text, n.end, match.start())), None)
            if apposed is not None and not is_place(apposed) and not _FR_PLACE_BEFORE.search(text, max(0, apposed.start - 12), apposed.start):
                antecedent = apposed  # "auprès de Norvia, le groupe de Jean Marnier": the apposition describes the name before it
            if antecedent is None and lead is not None and any(label(n) == label(lead) for n in names if end <= n.start < b):
                continue  # "Le fonds souverain a acquis 3 % de Velkor": the sentence names the article's company itself, later
            antecedent = antecedent or lead
            if antecedent is None or antecedent.start >= match.start() and antecedent.start < end:
                continue
            found.append(NameSpan(match.start(1), end, text[match.start(1) : end], full=label(antecedent)))
    return found


_APPOSITION_GLUE = re.compile(r",\s*")
# "En Bretagne, le groupe ...": an opening place, not the name the description describes
_FR_PLACE_BEFORE = re.compile(r"\b(?:[Ee]n|[Àà]|[Dd]ans|[Aa]u|[Aa]ux|[Cc]hez|[Ss]elon|[Dd]epuis)\s+(?:la\s+|le\s+|les\s+|l['’])?$")


_FR_OBLIQUE_BEFORE = re.compile(r"\b(?:à|au|aux|du|des|de|d['’]|dans|chez|pour|avec|par|sur|sein)\s+(?:(?:la|le|les|l['’])\s*)?(?:[a-zà-ÿ][\w'’-]*\s+){0,3}$")


def _title_company_over_oblique(text: str, title: str, antecedent: NameSpan, lead: NameSpan) -> bool:
    """fr: "au sein du quotidien Norvia" ... "Le quotidien a été cédé", in an article whose title names Velkor: the
    description takes up the company the article is about, not one named in passing after a preposition."""
    if not title or label(antecedent) == label(lead) or mentions(title, label(antecedent)) or not mentions(title, lead.text):
        return False
    return _FR_OBLIQUE_BEFORE.search(text, max(0, antecedent.start - 50), antecedent.start) is not None


def _antecedent(text: str, head: str, modifiers: list[str], before: int, title: str = "") -> NameSpan | None:
    """The company introduced as "<head> ... Name" or "<adjective> Name" before ``before``: the one the
    title names, else the one the article names most, else the last."""
    cues = [head] + [m[:6] for m in modifiers if len(m) >= 5]
    found: list[NameSpan] = []
    for cue in cues:
        starts = prefix_starts(text, cue)
        if starts is not None:
            # a long article: each "le groupe" would read the text before it again; the cue's places come from the
            # index, and what follows each is read once (_named_after)
            for at in starts:
                if at >= before:
                    break
                named_at = _named_after(text, cue, at, before)
                if named_at is not None:
                    found.append(named_at)
            continue
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


@lru_cache(maxsize=512)
def _cue_word(cue: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(cue)}[\w-]*\s+")


def _named_after(text: str, cue: str, at: int, before: int) -> NameSpan | None:
    """What _antecedent finds after the cue at ``at`` in ``text[:before]``: read once up to the text's end and kept,
    which is the same whenever nothing read reaches ``before`` (the patterns have no negative lookaround past ``at``,
    so a shorter text can only fail where the whole one does), else read again up to ``before``."""
    read = memo(text, ("named after", cue, at), lambda: _named_after_bounded(text, cue, at, len(text)))
    if read is None or read[0] + 60 <= before:
        return read[1] if read is not None else None
    bounded = _named_after_bounded(text, cue, at, before)
    return bounded[1] if bounded is not None else None


def _named_after_bounded(text: str, cue: str, at: int, before: int) -> tuple[int, NameSpan | None] | None:
    """(where the gap after the cue ends, the name there or None), or None when no name can follow."""
    match = _cue_word(cue).match(text, at, before)
    if match is None:
        return None
    gap = _ORG_BEFORE.match(text, match.end(), before)
    if gap is None:
        return None
    named = find_names(text, "fr", gap.end(), min(before, gap.end() + 60))
    return gap.end(), named[0] if named and named[0].start == gap.end() and not is_place(named[0]) else None


def article_company(text: str, lang: str, names: list[NameSpan], title: str = "") -> NameSpan | None:
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
        if lang == "fr" and fr_person(text, label):
            continue  # "le journaliste Paul Marnier" ... "Paul Marnier": the article may follow a person, it is no company
        count = mentions(text, name.text) + (2 if title and mentions(title, name.text) else 0)
        if count > best_count:
            best, best_count = name, count
    return best


# fr: a person's title or trade right before a name ("le journaliste franco-lorvanien Paul Marnier", "M. Marnier"); not
# "le directeur général de Velkor", where the company follows "de"
_FR_PERSON_TITLE = re.compile(
    r"(?:\bM\.|\bMme|\b(?:journaliste|directeur|directrice|animateur|animatrice|présentateur|présentatrice|patron|patronne|président|"
    r"présidente|PDG|ministre|député|députée|maire|fondateur|fondatrice|dirigeant|dirigeante|avocat|avocate|économiste|analyste|"
    r"porte-parole|co-gérant|gérant|gérante|rédacteur|rédactrice|éditorialiste|chanteur|chanteuse|acteur|actrice|milliardaire|"
    r"homme d['’]affaires|femme d['’]affaires))(?:\s+(?!(?:de|du|des|d|et|à|au)\b)[a-zà-ÿ][\w'’-]*){0,2}\s+$"
)


def fr_person(text: str, name: str) -> bool:
    """fr: somewhere in the article the name (or its last word, a surname) stands right after a person's title."""
    words = name.split()
    spellings = {name} | ({words[-1]} if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2 else set())
    return any(_after_person_title(text, spelling) for spelling in spellings)


@per_article  # a surname is the last word of many names: of a long article, read once per spelling
def _after_person_title(text: str, spelling: str) -> bool:
    # asked of each name the article gives: its mentions from the index
    return any(_FR_PERSON_TITLE.search(text, max(0, at - 60), at) for at in word_starts(text, spelling))


@lru_cache(maxsize=512)
def _bare_name(name: str) -> re.Pattern[str]:
    """The name as a whole word, compiled once per name."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def most_mentioned(text: str, names: list[NameSpan]) -> NameSpan | None:
    """fr/de: the article's own company is the name it repeats most (first seen wins a tie), not merely the first."""
    best: NameSpan | None = None
    best_count = 1
    for name in names:
        if name.possessive or is_place(name) or REGULATOR.match(name.text) or len(name.text) < 2:
            continue
        count = _count(text, name.text)
        if count > best_count:
            best, best_count = name, count
    return best


@per_article  # a name is in the names list once per mention: of a long article, counted once
def _count(text: str, name: str) -> int:
    return text.count(name)


def de_most_mentioned(text: str, names: list[NameSpan]) -> NameSpan | None:
    """de: the article's own company is the name it repeats most, counted as a whole word (or the head of a compound,
    "Velkor-Chef", or a genitive, "Velkors"), not inside other words ("Pro" in "Prozent"), and among names that can be
    a company: no common noun the article also writes with a noun's article ("das Institut", "im Antrag"), no
    headline compound ("Spielwarenhändler"), no paper (``de_may_be_company``)."""
    best: NameSpan | None = None
    best_count = 1
    for name in names:
        if name.possessive or is_place(name) or REGULATOR.match(name.text) or len(name.text) < 2:
            continue
        if not de_may_be_company(text, name):
            continue
        count = _times_named(text, name.text)
        if count > best_count:
            best, best_count = name, count
    return best


@lru_cache(maxsize=512)
def _counted_name(name: str) -> re.Pattern[str]:
    """The name as a word of its own, a compound's head ("Velkor-Chef") or a genitive ("Velkors")."""
    return re.compile(rf"(?<![\w-]){re.escape(name)}s?(?![^\W\d_])")


@per_article  # the names list repeats a name at each mention: of a long article, counted once per name
def _times_named(text: str, name: str) -> int:
    """``len(_counted_name(name).findall(text))``; of a long text, tried only where ``str.find`` finds the name (a
    match starts there), which is much faster than the pattern's scan from every position."""
    pattern = _counted_name(name)
    if not long_article(text):
        return len(pattern.findall(text))
    count, at = 0, text.find(name)
    while at >= 0:
        match = pattern.match(text, at)
        if match is not None:
            count += 1
        at = text.find(name, match.end() if match is not None else at + 1)
    return count


def de_antecedent(text: str, context: list[NameSpan], sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> NameSpan | None:
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
        for name in starting_within(context, start, end + 1):  # per trigger: the sentence's names, bisected in a long list
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
    # ("Die Nationalbank", "Die Notenbank": a central bank is an institution of its own, it stands for no company before)
    r"\s*(?:(?:Der|Die|Das)\s+(?!beiden\s)(?:[a-zäöüß]+\s+)?(?!(?:National|Noten|Zentral|Bundes|Welt)bank)(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Kk]onzern|[Hh]aus|[Uu]nternehmen|[Gg]ruppe|[Ff]irma|[Bb]auer|"
    r"[Hh]ersteller|[Ii]nstitut|[Bb]ank|[Vv]ersicherer|[Rr]iese|[Ss]ender|[Vv]erlag|[Kk]ette|[Ff]onds|[Gg]esellschaft|[Kk]onkurrent)|Er|Sie)\s+(?=[a-zäöüß])"
)


def de_previous_subject(text: str, context: list[NameSpan], sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> NameSpan | None:
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


def with_groups(text: str, wanted: list[tuple[int, int]], names: list[NameSpan]) -> list[NameSpan]:
    """de: "ein Konsortium deutscher Banken", "eine Investorengruppe": unnamed lenders or buyers join the names."""
    extra = [NameSpan(m.start(1), m.end(1), m.group(1)) for a, b in wanted for m in _DE_GROUP.finditer(text, a, b)]
    if not extra:
        return names
    kept = [n for n in names if not any(e.start < n.end and n.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda n: n.start)


def without_aliases(text: str, names: list[NameSpan]) -> list[NameSpan]:
    """de: "Velmar Holding (VH)", "Ivo Brenn, auch bekannt als Ibo": a second name for the same party is no party."""
    kept: list[NameSpan] = []
    for name in names:
        if kept and _ALIAS_GLUE.fullmatch(text, kept[-1].end, name.start) and not is_place(name):
            continue
        kept.append(name)
    return kept


def fr_acronyms(text: str, names: list[NameSpan]) -> list[NameSpan]:
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


# fr: a sentence that opens on a subject pronoun, maybe after an opening phrase or a linking word ("De son côté, elle a
# commandé", "Mais elle")
_FR_PRONOUN_OPENING = re.compile(
    OPENING_MARKS + OPENING_PHRASE + linking_word(FR_LINKING_WORDS) + FR_SUBJECT_PRONOUN + rf"(?!en\b|{FR_IMPERSONAL})"
)  # not an impersonal "il", nor "elle en ..."


def fr_pronoun_lead(
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
# (after an opening phrase up to its comma: "Contrairement à ses concurrentes, Velkor n'a pas licencié")
_FR_SUBJECT_FIRST = re.compile(OPENING_MARKS + OPENING_PHRASE + r"(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?:[a-zà-ÿ][\w'’-]*\s+){0,4})?")


# who acts per voice (``VOICE_SIDES``), without passive and sold_by on purpose: their subject is what is sold, which does
# not act, so it is not carried on as the one a later "elle" stands for
_FR_ACTING_ROLE = {voice: acting for voice, (acting, _) in VOICE_SIDES.items() if voice not in ("passive", "sold_by")}


def fr_actor(names: list[NameSpan], sentences: list[tuple[int, int]], cand: Candidate) -> tuple[NameSpan, int] | None:
    """fr: the party that acts in a deal sentence, named before the trigger in it ("Norvia a commandé"), to carry on."""
    acting = _FR_ACTING_ROLE.get(cand.trigger.voice)
    party = next((p for p in cand.parties if p.role is acting), None)
    if party is None or not cand.sentence[0] <= party.start < cand.trigger.start:
        return None
    if len(names) + len(sentences) < 64:
        if cand.sentence not in sentences:
            return None
        span = next((n for n in names if n.start == party.start), None)
        return (span, sentences.index(cand.sentence)) if span is not None else None
    # asked per trigger: the first name at a start and the first place of a sentence, looked up in the article's lists
    index = _first_of(sentences).get(cand.sentence)
    if index is None:
        return None
    span = _first_of_start(names).get(party.start)
    return (span, index) if span is not None else None


_last_names: tuple[list[NameSpan], int, dict[int, NameSpan]] | None = None
_last_sentences: tuple[list[tuple[int, int]], int, dict[tuple[int, int], int]] | None = None


def _first_of_start(names: list[NameSpan]) -> dict[int, NameSpan]:
    """Each start → the first name at it, kept for the article's names list (deals.extract hands every trigger the same)."""
    global _last_names
    last = _last_names
    if last is None or last[0] is not names or last[1] != len(names):
        first: dict[int, NameSpan] = {}
        for name in names:
            first.setdefault(name.start, name)
        last = (names, len(names), first)
        _last_names = last
    return last[2]


def _first_of(sentences: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """Each sentence → its first index (``sentences.index``), kept for the article's sentence list."""
    global _last_sentences
    last = _last_sentences
    if last is None or last[0] is not sentences or last[1] != len(sentences):
        first: dict[tuple[int, int], int] = {}
        for i, sentence in enumerate(sentences):
            first.setdefault(sentence, i)
        last = (sentences, len(sentences), first)
        _last_sentences = last
    return last[2]
