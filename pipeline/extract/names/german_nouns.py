"""German: whether a capitalised word is a common noun or a name. German capitalises every noun, so a
lone word after an article, a count, a plural or a descriptive noun needs evidence (a brand's shape, a company noun
before it, a bare mention elsewhere) to be a name."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.geo import country_of, de_nationality_adjective
from pipeline.extract.names.common import CAPITAL_NEXT, Token, bare_word, sentence_start
from pipeline.extract.names.places import is_place
from pipeline.extract.names.span import NameSpan
from pipeline.extract.names.words import DE_COMMON, DE_NOUN_ENDINGS, DE_NOUN_TAILS
from pipeline.extract.text_index import compound_starts, indexed, long_article, per_article, run_starts, word_starts


_DE_NAME_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:isch|al|sch)(?:e|en|er|es)$")

_COMPASS = frozenset({"western", "eastern", "northern", "southern"})


# short business nouns written before a name (longer ones are caught by their endings below)
_DE_SHORT_DESCRIPTORS = frozenset(
    "sparte werft reederei kette modekette handelskette supermarktkette marke plattform sender dienst onlinedienst label plattenlabel".split()
)


# local banks whose kind is the first word of their name ("Volksbank Tessenow", "Kreissparkasse Marlow"); "Landesbank"
# and "Privatbank" rather describe a name that follows ("die Landesbank Velaba")
_DE_NAMING_BANKS = frozenset({"volksbank", "raiffeisenbank", "kreissparkasse", "stadtsparkasse"})


_DE_SHORT_TITLES = frozenset({"sänger", "rapper", "autor", "anwalt", "banker", "erbe", "erbin", "chef", "chefin", "boss", "diva", "ikone", "legende"})


def de_role_noun(word: str) -> bool:
    """German descriptive nouns and city adjectives before a name ("Zulieferer", "Münchner")."""
    low = word.lower()
    if low in _COMPASS:
        return False  # "Southern Velkor": an English word of the name, not a German "-ern" noun
    if low in _DE_NAMING_BANKS:
        return False  # "die Volksbank Tessenow": the bank's name opens with its kind, the town alone names no one
    if _DE_NAME_ADJECTIVE.search(word):
        return False  # "Europäische Zentralbank": a capitalised adjective mid-sentence belongs to the name
    if _DE_PREFIXED_NOUN.match(word):
        return True  # "US-Konzerns Velbrook", "US-Speicherchip-Produzenten Norvia": a description before the name
    if low in _DE_SHORT_TITLES or "-" in low and low.rsplit("-", 1)[-1] in (*_DE_SHORT_TITLES, "star"):
        # "der Sänger Ivo Brenn", "die Pop-Diva Ivy Brenn", "der Rock-Star Tom Vell": short titles the length rule below
        # misses (a bare "Star" opens names: "Star Alliance")
        return True
    if low in ("start-up", "startup", "start-ups", "startups"):
        return True  # "das Start-up Velkor": the kind of company, not its name
    if low in _DE_SHORT_DESCRIPTORS:
        return True  # "die Sparte Norvia", "die Modekette Velkor": the kind of business, too short for the length rule
    return len(word) > 6 and not word.isupper() and (
        low.endswith(("er", "ern", "erin", "istin", "airline", "bank", "konzern", "gruppe", "firma", "unternehmen", "gesellschaft"))
        or de_common(word)
        or (len(word) > 9 and word[1:].islower() and "-" not in word and (not low.endswith(("a", "o", "i", "y")) or low.endswith("ei")))  # a long compound noun: "Glasfasernetz" (not "Velkorantia")
    )


# "Velkor-Tochter", "Medien-Milliardär", "Velkor-Übernahme": a role or deal noun whose first part names someone
# else, never a party by itself
_DE_ROLE_COMPOUND = (
    r"^[\w&-]+-(?:Konkurrent(?:en)?|Rivalen?|Tochter|Mutter|Konzerns?|Chef|Chefin|Eigner|Großaktionär|Hauptaktionär|Partner|"
    r"Aktionär|Plattform|Sender|Investor|Finanzinvestor|Milliardär|Gründer|Übernahme|Zukauf|Kauf|Verkauf|Deal|Fusion)$"
)
_DE_ROLE_COMPOUND_RE = re.compile(_DE_ROLE_COMPOUND)
_DE_PREFIXED_NOUN = re.compile(r"^[A-Z]{2,3}-(?:[A-ZÄÖÜ][a-zäöüß]+-)*[A-ZÄÖÜ][a-zäöüß]{4,}$|" + _DE_ROLE_COMPOUND)


def de_common(word: str) -> bool:
    low = word.lower()
    return low in DE_COMMON or (low.endswith(DE_NOUN_ENDINGS) and not word.isupper())


_DE_DETERMINER = re.compile(
    r"(?:\b(?i:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des|kein\w*|sein\w*|ihr\w*|unser\w*|dies\w*|jede\w*|"
    r"im|am|zum|zur|vom|beim|ins|ans|in|auf|unter|über|seit|bis|ohne|um|wegen|trotz|pro|je|statt|anstatt)|[a-zäöüß]+(?:en|er|es|em|e))\s+$"
)
# "hatte Velkor übernommen", "wollen Velkor und Norvia": an auxiliary or modal verb ends like an adjective but determines nothing
_DE_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:hatte|hatten|habe|haben|wollte|wollten|wolle|wollen|sollte|sollten|solle|sollen|konnte|konnten|könnte|könnten|"
    r"können|müssen|müsste|dürfte|dürften|möchte|würde|würden|werde|hätte|hätten|kaufte|kauften|verkaufte|verkauften|zahlte|zahlten|bezahlte|bezahlten|"
    # the present plural of a deal verb: "Velkor und Dastrel übernehmen Norvia"
    r"übernehmen|kaufen|erwerben|verkaufen|übernahmen|erwarben|"
    # "Zu den Geldgebern gehören Velkor und Norvia": the verb before its subject
    r"gehören|gehörten|zählen|zählten)\s+$"
    # "Im Mai bestellte Polen 40 Panzer": a past-tense deal verb after a fronted phrase, no adjective of a noun
    # ("der vom Staat bestellte Gutachter": after an agent the participle is an adjective)
    r"|(?<![\w-])(?!(?:vom|von|durch)\s)[\w-]+\s+[\w.-]+\s+(?:bestellte|bestellten|orderte|orderten)\s+$"
)


# "um Norvia zu übernehmen": the purpose clause's "um", then its object, then "zu" and a deal verb
_DE_UM_BEFORE = re.compile(r"(?<![\w-])um\s+$")
_DE_ZU_DEAL_AFTER = re.compile(r"\s+zu\s+(?:übernehmen|kaufen|erwerben|schlucken|verkaufen)\b")

# subordinating conjunctions that end like an inflected adjective ("nachdem"): the clause's subject follows, no noun they determine
_DE_CONJUNCTION_BEFORE = re.compile(
    r"(?<![\w-])(?:nachdem|indem|seitdem)\s+$"
)

# "die Velkor-Gruppe", "die Velkor-Verlagsgruppe": a compound that ends in an organisation noun names one
_DE_ORG_ENDS = ("gruppe", "konzern", "holding", "bank", "verlag", "werke", "werk", "versicherung", "gesellschaft", "unternehmen", "stiftung")

# a deal word, then (a preposition and) an article right before the word: "an die", "übernimmt die", "mit der"
_DE_DEAL_CUE_BEFORE = re.compile(
    r"(?:übernimmt|übernahm|übernommen|übernehmen|kauft\w*|gekauft|erwirbt|erwarb|erworben|verkauf\w*|Verkauf\w*|Übernahme|"
    r"fusion\w*|Fusion|rettet\w*|gewährt\w*|Kredit\w*|Auftrag|Partnerschaft|Kooperation|arbeitet|Zusammenarbeit|beteiligt|"
    r"Beteiligung|Anteile?|investier\w*|liefert|beliefert|bestellt\w*)\b[^.;:!?]{0,50}?"
    r"\s(?:(?:an|von|mit|bei|durch)\s+)?(?:die|der|den|das|dem)\s+$"
)
# "steigt bei der Norvia ein", "der Einstieg bei der Norvia": who a stake is taken in (the bare "steigt" says nothing)
_DE_STAKE_CUE_BEFORE = re.compile(r"(?:steigt|stieg|stiegen|steigen|eingestiegen|Einstieg)\s+(?:[^.;:!?]{0,40}?\s)?bei\s+(?:der|dem)\s+$")
# what such a position holds that is still a common noun
_DE_DEAL_OBJECT_NOUNS = frozenset(
    "haus fonds rest paket netz werk projekt sparte holding plan idee marke filiale hälfte grundstück gebäude areal portfolio "
    "post bahn börse mehrheit zahl summe stadt land staat region gemeinde käufer investor partner kunden welt umwelt politik "
    "bund geld kapital vertrag deal gewinn verlust umsatz preis kurs aktie aktien".split()
)


def _de_deal_counterpart(text: str, word: str, start: int) -> bool:
    """de: "an die Velkor", "übernimmt die Norvia": a single word with an article, right after a deal word, that does
    not look like a German noun is the company dealt with (German names a company with its article)."""
    if len(word) < 4 or "-" in word or word.lower() in _DE_DEAL_OBJECT_NOUNS or de_common(word) or word.lower().endswith(DE_NOUN_TAILS):
        return False
    cue = _DE_DEAL_CUE_BEFORE.search(text, max(0, start - 80), start) or _DE_STAKE_CUE_BEFORE.search(text, max(0, start - 60), start)
    # "an den Casinos": a preposition with "den" is a dative plural, a company is singular
    return cue is not None and not _DE_PLURAL_DATIVE.search(text, max(0, start - 12), start)


# the article German gives a company's name ("die Velkor", "der Velkor"): feminine, as "die Firma"
_DE_ARTICLE = re.compile(r"(?i:der|die)")
_DE_PLURAL_DATIVE = re.compile(r"\b(?:an|von|mit|bei|durch)\s+den\s+$")


_DE_INVESTED_IN = re.compile(r"(?:investier\w*|Investition|Investment|Einstieg|eingestiegen)\s+(?:[^.;:]{0,50}?\s)?(?:in|bei)\s+$")


# a noun that describes the name after it: "Wettbewerber", "Konkurrenten", "Autokonzern", "Investmentgesellschaft"
_DE_DESCRIPTOR = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]{2,}(?:er|ern|konzern|gruppe|firma|unternehmen|gesellschaft|alen|enten|isten|anten)")


# an article and a generic noun for a company right before a word: "das Unternehmen", "die Firma", "der Konzern"
_DE_GENERIC_ORG_BEFORE = re.compile(
    r"(?<![\w-])(?:[Dd]as|[Dd]em|[Dd]es|[Dd]ie|[Dd]er|[Dd]en|[Ee]in|[Ee]ine|[Ee]inem|[Ee]iner|[Ee]inen)\s+"
    r"(?:Unternehmens?|Firma|Konzerns?|Gruppe|Holding|Gesellschaft|Start-?up)\s$"
)


# a compound noun for a company: "Unternehmensgruppe", "Autokonzern", "Handelsfirma"
_DE_ORG_DESCRIPTOR = re.compile(r"[A-ZÄÖÜ][a-zäöüß-]{2,}(?:konzerns?|gruppe|firma|unternehmens?|gesellschaft)")


# lenders, rescuers and buyers whose name is one German noun ("die Weltbank gewährt Lorvanien einen Kredit", "die
# Bundeswehr bestellt 40 Panzer")
# ("die Nationalbank", "die Bundesbank": a country's central bank, named by its one word)
_DE_ONE_WORD_INSTITUTIONS = frozenset({"weltbank", "troika", "eurogruppe", "bundeswehr", "nationalbank", "bundesbank"})


def german_name_alone(text: str, tokens: list[Token], i: int) -> bool:
    """A lone capitalised German word after an article or adjective is a noun, unless it looks like a brand."""
    word = tokens[i][2]
    if word.lower() in _DE_ONE_WORD_INSTITUTIONS:
        return True  # "die Weltbank", "die Troika": a body's whole name is one German word with its article
    if (
        i > 0 and text[tokens[i - 1][1] : tokens[i][0]] == " " and _DE_ORG_DESCRIPTOR.fullmatch(tokens[i - 1][2])
        and not de_common(word) and not word.endswith(("en", "ern")) and not _de_noun_elsewhere(text, word)
    ):
        return True  # "der Unternehmensgruppe Lagoret": a company noun right before names it, whatever the name ends in
    if de_lone_plural(text, word) or _DE_ROLE_COMPOUND_RE.match(word):
        return False
    if de_feminine_ending_brand(text, word):
        return True
    before = text[max(0, tokens[i][0] - 30) : tokens[i][0]]
    if i > 0 and text[tokens[i - 1][1] : tokens[i][0]] == " " and _DE_DESCRIPTOR.fullmatch(tokens[i - 1][2]) and not de_common(word):
        return True  # "an den schwedischen Wettbewerber Velkor": the noun before describes the name, it is no article
    if _DE_INVESTED_IN.search(text, max(0, tokens[i][0] - 70), tokens[i][0]) and not de_common(word) and not word.endswith(("en", "er", "e")):
        return True  # "investiert zwei Milliarden in Velkor": what money goes into is a company, not a noun after "in"
    if (
        i > 1 and text[tokens[i - 1][1] : tokens[i][0]] == " " and de_nationality_adjective(tokens[i - 1][2])
        and _DE_ARTICLE.fullmatch(tokens[i - 2][2]) and len(word) >= 4 and not de_common(word)
        and not word.lower().endswith((*DE_NOUN_TAILS, "enz", "anz")) and word.lower() not in _DE_DEAL_OBJECT_NOUNS
        and not _de_noun_beside_nationality(text, word) and _de_national_company(text, tokens, i)
    ):
        return True  # "kauft die österreichische Norvia": German names a company with its article and nationality
    if _de_deal_counterpart(text, word, tokens[i][0]):
        return True  # "verkaufte ihre Anteile an die Velkor": a company named once, with its article, as a deal's party
    if (
        _DE_GENERIC_ORG_BEFORE.search(before) and len(word) >= 4 and not de_common(word)
        and not word.lower().endswith((*DE_NOUN_TAILS, "enz", "anz")) and not _de_noun_elsewhere(text, word)
    ):  # ("das Unternehmen Insolvenz anmeldet", "die Firma Verluste": a noun ending, the object of a verb)
        return True  # "das Unternehmen Norvia", "die Firma Velkor": the generic noun introduces the name
    if (
        _DE_CONJUNCTION_BEFORE.search(before) and len(word) >= 4 and not de_common(word)
        and not word.endswith(("e", "en", "er", "ern", "es")) and not _de_noun_elsewhere(text, word)
    ):
        return True  # "nachdem Norvia ihr Angebot zurückzog": a conjunction that ends like an adjective
    if (
        _DE_UM_BEFORE.search(before) and _DE_ZU_DEAL_AFTER.match(text, tokens[i][1]) and len(word) >= 4 and not de_common(word)
        and not word.endswith(("e", "en", "er", "ern"))
    ):
        return True  # "gründet Dastrel, um Norvia zu übernehmen": "um" opens the purpose clause, the object is a company
    determined = _DE_DETERMINER.search(before) is not None and not _DE_VERB_BEFORE.search(before) and not de_verb_second(text, tokens, i)
    last = word.rsplit("-", 1)[-1]
    if (
        determined and last != word and last[1:].islower() and not word.split("-", 1)[0].isupper()
        and (len(last) >= 10 or de_common(last)) and not last.lower().endswith(_DE_ORG_ENDS)
    ):
        return False  # "das Online-Kundenportal": a compound noun, not a brand ("eine US-Firma" stays: an unnamed party)
    if word.isupper() or any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
        return True
    if not determined:
        return True
    if len(word) <= 3 or word.endswith(("en", "ern", "er", "e")):
        return False
    return bare_elsewhere(text, word, tokens[i][0]) or _brand_prefix(text, word)


# sentence adverbs after which German puts the finite verb, then the subject ("Zudem gründen Velkor und Norvia ...");
# focus particles that may lead a noun phrase ("Auch neue Anbieter", "Nur wenige Firmen") are not among them
_DE_V2_ADVERBS = frozenset(
    """
    zudem außerdem allerdings damit dabei jedoch trotzdem dennoch deshalb daher deswegen darum somit demnach inzwischen
    mittlerweile bereits zuletzt nun jetzt heute gestern zunächst später danach dann anschließend zuvor bisher bislang damals
    künftig erstmals seither derzeit aktuell schließlich letztlich immerhin offenbar vermutlich wahrscheinlich
    möglicherweise angeblich tatsächlich gleichzeitig zugleich ferner überdies stattdessen vielmehr ursprünglich einst
    erneut kürzlich jüngst unlängst voraussichtlich hingegen ebenfalls dafür dazu davon darauf dadurch hierfür hierzu
    gemeinsam zusätzlich parallel demnächst bald
    """.split()
)


# a fronted time phrase the finite verb follows: "Im Mai gründeten", "Vor zwei Jahren übernahm", "Ende 2019 vereinbarten"
_DE_TIME_PREPOSITIONS = frozenset("im am vor seit ab bis nach anfang ende mitte".split())
_DE_YEAR = re.compile(r"(?:19|20)\d\d")


def _de_fronted(words: list[str]) -> bool:
    """de: do ``words`` (the sentence's opening before its finite verb) make a fronted adverb or time phrase?"""
    low = [w.lower() for w in words]
    if len(words) == 1:
        return low[0] in _DE_V2_ADVERBS or _DE_YEAR.fullmatch(words[0]) is not None
    if low == ["darüber", "hinaus"]:
        return True
    last = words[-1]
    return (
        low[0] in _DE_TIME_PREPOSITIONS and (last[:1].isupper() or _DE_YEAR.fullmatch(last) is not None)
        and all(w.isalpha() and w.islower() for w in words[1:-1])
    )


def de_verb_second(text: str, tokens: list[Token], i: int) -> bool:
    """de: does the word at ``i`` follow a fronted adverb or time phrase and the finite verb after it ("Zudem gründen
    Velkor ...", "Im Mai vereinbarten Velkor ...")? The verb ends like an adjective, but the word after it is the subject,
    no noun the verb describes."""
    if i < 2 or not tokens[i - 1][2].isalpha() or not tokens[i - 1][2].islower() or text[tokens[i - 1][1] : tokens[i][0]] != " ":
        return False
    for first in range(i - 2, max(-1, i - 5), -1):
        if text[tokens[first][1] : tokens[first + 1][0]] != " ":
            return False
        if sentence_start(text, tokens[first][0]):
            return (tokens[first][2][:1].isupper() or tokens[first][2][:1].isdigit()) and _de_fronted([t[2] for t in tokens[first : i - 1]])
    return False


# what only a common noun stands after: an indefinite article or a quantifier ("ein Referendum", "keine Gewinne",
# "weitere Zukäufe"), maybe with an adjective, or an article with a lower-case adjective ("das geplante Referendum")
_DE_NOUN_LEAD = re.compile(
    r"(?<![\w-])(?:(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Ee]ines|[Kk]ein|[Kk]eine|[Kk]einen|[Kk]einem|[Kk]einer|[Kk]eines|"
    r"[Vv]iele|[Vv]ielen|[Mm]ehrere|[Mm]ehreren|[Ee]inige|[Ee]inigen|[Ww]eitere|[Ww]eiteren|[Ww]enige|[Ww]enigen|[Ss]olche|[Ss]olchen)"
    r"(?:\s+[a-zäöüß]{3,}(?:e|en|er|es|em))?|(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+(?!(?:sie|ihre|seine|eine|keine)\s)[a-zäöüß]{3,}(?:e|en|er|es|em))\s+$"
)
# "die Gewinne", "den Zukäufen": a plural after the definite article
_DE_PLURAL_LEAD = re.compile(r"(?<![\w-])(?:[Dd]ie|[Dd]en)\s+$")


@per_article  # asked of every lone capitalised word: of a long article, once per word
def _de_noun_elsewhere(text: str, word: str) -> bool:
    """de: the article writes the capitalised word as a common noun somewhere: after an indefinite article, a
    quantifier or an adjective ("ein Referendum", "hohe Gewinne" is not enough: "die hohen Gewinne" is), or in a
    plural form after "die"/"den". A company keeps its name bare or takes "die"/"der" alone ("die Velkor")."""
    if len(word) < 2 or not word[1:].islower() or "-" in word:
        return False
    plural = len(word) >= 6 and word.endswith(("e", "en"))
    for at in word_starts(text, word):
        if CAPITAL_NEXT.match(text, at + len(word)):
            continue  # "die Velkor Bank": the word opens a longer name
        before = text[max(0, at - 40) : at]
        if _DE_NOUN_LEAD.search(before) or plural and _DE_PLURAL_LEAD.search(before):
            return True
    return False


_DE_NATIONALITY_LEAD = re.compile(r"(?<![\w-])(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+([a-zäöüß]+)\s+$")


def _de_noun_beside_nationality(text: str, word: str) -> bool:
    """de: _de_noun_elsewhere, where an article and a country adjective before the word ("die österreichische
    Norvia") do not make it a noun: German names a foreign company that way."""
    if not _de_noun_elsewhere(text, word):
        return False
    for at in word_starts(text, word):
        if CAPITAL_NEXT.match(text, at + len(word)):
            continue
        before = text[max(0, at - 40) : at]
        lead = _DE_NATIONALITY_LEAD.search(before)
        if lead is not None and de_nationality_adjective(lead.group(1)):
            continue
        if _DE_NOUN_LEAD.search(before) or len(word) >= 6 and word.endswith(("e", "en")) and _DE_PLURAL_LEAD.search(before):
            return True
    return False


def _de_national_company(text: str, tokens: list[Token], i: int) -> bool:
    """de: the word after "die österreichische" acts in a deal: a deal word before the article ("kauft die
    österreichische Norvia"), a deal verb after it ("Die deutsche Velkor kauft"), or the article writes it bare
    elsewhere; "die italienische Konkurrenz", "die britische Notenbank" do none of these."""
    from pipeline.extract.names.german import DE_DEAL_VERB_NEXT  # german imports this module

    word, article = tokens[i][2], tokens[i - 2][0]
    return (
        _de_deal_counterpart(text, word, article + len(tokens[i - 2][2]) + 1)
        or DE_DEAL_VERB_NEXT.match(text, tokens[i][1]) is not None
        or bare_elsewhere(text, word, tokens[i][0])
    )


# articles and merged prepositions that a company (German names one as "die"/"der") does not take, a noun does
_DE_NOUN_ONLY_LEAD = re.compile(r"(?<![\w-])(?:[Dd]as|[Dd]em|[Dd]en|[Ii]m|[Vv]om|[Zz]um|[Bb]eim|[Ii]ns)\s+$")


# ", das Velkor verkauft", ", zu dem Velkor gehört": a relative pronoun, not an article, before a name
_DE_RELATIVE_BEFORE = re.compile(r",\s+(?:[a-zäöüß]+\s+)?(?:das|dem|den)\s+$")


@per_article
def de_common_noun(text: str, word: str) -> bool:
    """de: does the article write the one capitalised word as a common noun ("ein Antrag", "im Antrag", "das
    Institut", "die hohen Gewinne")? A company is named bare, or with "die"/"der" ("die Velkor", "die
    österreichische Velkor")."""
    if _de_noun_beside_nationality(text, word):
        return True
    if len(word) < 2 or not word[1:].islower() or "-" in word:
        return False
    return any(
        _DE_NOUN_ONLY_LEAD.search(text, max(0, at - 8), at) and not CAPITAL_NEXT.match(text, at + len(word))
        and not _DE_RELATIVE_BEFORE.search(text, max(0, at - 25), at)
        for at in word_starts(text, word)
    )


_DE_NUMBER_WORDS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert tausend".split())
_DE_COUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})*")


def de_counted(text: str, tokens: list[Token], i: int) -> bool:
    """de: is the word right after a count ("13", "1.500", "zwölf"), not after a year ("2015 Velkor")?"""
    before = tokens[i - 1][2]
    word = tokens[i][2]
    if text[tokens[i - 1][1] : tokens[i][0]] != " " or len(word) < 4 or not word[1:].islower():
        return False
    return before.lower() in _DE_NUMBER_WORDS or _DE_COUNT.fullmatch(before) is not None


_DE_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät")


@per_article
def de_feminine_ending_brand(text: str, word: str) -> bool:
    """de: "Velsung" ends like a feminine noun ("Regierung"), but the article writes "Velsungs Werk" or
    "Velsung-Werk": feminine nouns take no genitive "-s", and join a compound with an "s" ("Regierungschef"), so
    only a name does either."""
    if not word.endswith(_DE_FEMININE_ENDINGS) or not word[1:].islower() or word.lower() in DE_COMMON:
        return False
    if indexed(text, word):
        # "Velsungs Werk" is the run "Velsungs" before a space, "Velsung-Werk" a run opening with "Velsung-"
        return any(_DE_SPACE_CAPITAL.match(text, at + len(word) + 1) for at in run_starts(text, word + "s")) or any(
            text[at + len(word) + 1 : at + len(word) + 2] in _DE_CAPITALS for at in compound_starts(text, word)
        )
    return re.search(rf"(?<![\w-]){re.escape(word)}(?:s\s+|-)[A-ZÄÖÜ]", text) is not None


_DE_SPACE_CAPITAL = re.compile(r"\s+[A-ZÄÖÜ]")
_DE_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ")


def de_described_noun(text: str, tokens: list[Token], i: int) -> bool:
    """de: is the word left after a town's adjective a descriptive noun ("Netzbetreiber", "Konzern") that the article
    never writes bare mid-sentence, as it would a name?"""
    word = tokens[i][2]
    return (de_role_noun(word) or de_common(word)) and not bare_elsewhere(text, word, tokens[i][0])


def de_coordinated_name(text: str, tokens: list[Token], i: int, names: list[NameSpan]) -> bool:
    """de: "Velkor oder Tarmo", "Velkor und Tarmo": a word joined to the name just found is a name too, unless it
    looks like a German noun ("Velkor und Partner", "Velkor und Tochterfirmen")."""
    word = tokens[i][2]
    if i < 2 or not names or tokens[i - 1][2] not in ("und", "oder", "sowie") or names[-1].end != tokens[i - 2][1]:
        return False
    if text[tokens[i - 2][1] : tokens[i - 1][0]] != " " or text[tokens[i - 1][1] : tokens[i][0]] != " " or is_place(names[-1]):
        return False
    return (
        len(word) >= 3 and word[1:].islower() and "-" not in word and not de_common(word)
        and not word.lower().endswith(DE_NOUN_TAILS) and country_of(word) is None and not _de_noun_elsewhere(text, word)
    )


# German, Austrian and Swiss states whose names end like a plural ("die Eigentümer Velkor, Sachsen und Norvia")
_DE_STATES_IN_EN = frozenset({"Sachsen", "Niedersachsen", "Thüringen", "Kärnten", "Graubünden"})


@per_article
def de_lone_plural(text: str, word: str) -> bool:
    """de: "Beobachtern zufolge", "mit Filialen", "in Hochrisiko-Anlagen": a noun in a plural or
    dative form, without article and written once (or elsewhere with one), is no company; a company the article
    is about recurs bare."""
    last = word.rsplit("-", 1)[-1]
    if len(last) < 7 or not last[:1].isupper() or not last[1:].islower():
        return False
    if not (last.endswith(("en", "ern")) or ("-" not in word and len(word) >= 9 and word.endswith("e"))):
        return False  # a short "-e" ("Velke", "Norde") may be a name written once; "Firmenanteile" is a noun
    if country_of(word) is not None or word in _DE_STATES_IN_EN:
        return False  # "Velkor Spanien", "in Schweden", "Kärnten": a country or a state, not a plural noun
    if "-" in word and (last.lower() in DE_COMMON or last.lower() == "anleihen"):
        return False  # "Velkor-Aktien", "Velkor-Anleihen": shares and bonds name their issuer
    seen = 0
    for at in word_starts(text, word):
        if _DE_DETERMINER.search(text[max(0, at - 30) : at]):
            return True  # "werden Zweifel laut" ... "die Zweifel": the article shows the noun
        seen += 1
    return seen <= 1


@lru_cache(maxsize=2048)
def _compound_head(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}-[A-ZÄÖÜ]")


def _brand_prefix(text: str, word: str) -> bool:
    """"die Velmargroup" ... "ein Velmargroup-Sprecher": a word that heads a hyphenated compound
    and has no German noun ending is a name (German writes "Firmensprecher", not "Firma-Sprecher")."""
    if de_common(word) or word.endswith(("s", "t", "ik")):
        return False
    if indexed(text, word):  # the compounds the word heads, from the article's index
        return any(text[at + len(word) + 1 : at + len(word) + 2] in _DE_CAPITALS for at in compound_starts(text, word))
    return _compound_head(word).search(text) is not None


def bare_elsewhere(text: str, word: str, position: int) -> bool:
    """"die Velmargroup" is a name when the article also writes "Velmargroup plant": German nouns keep their article."""
    if long_article(text):  # asked per lone word: its bare places are found once per article (two: one may be ``position``)
        return any(at != position for at in _bare_places(text, word))
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (end == len(text) or not (text[end].isalnum() or text[end] == "-"))
        if whole and at != position and not sentence_start(text, at) and not _DE_DETERMINER.search(text[max(0, at - 30) : at]):
            return True
        at = text.find(word, end)
    return False


@per_article
def _bare_places(text: str, word: str) -> tuple[int, ...]:
    """The first two places where bare_elsewhere's loop finds the word bare, mid-sentence and without an article."""
    found: list[int] = []
    at = text.find(word)
    while at >= 0 and len(found) < 2:
        end = at + len(word)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (end == len(text) or not (text[end].isalnum() or text[end] == "-"))
        if whole and not sentence_start(text, at) and not _DE_DETERMINER.search(text[max(0, at - 30) : at]):
            found.append(at)
        at = text.find(word, end)
    return tuple(found)
