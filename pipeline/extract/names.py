"""Company and person names in a text, and small questions about a name span.

Names are capitalised-word spans: connectors ("of", "and", "de", "und") may
sit inside a name, a legal suffix ("Inc", "SA", "GmbH") ends one, and a
possessive ("Tamrod Inc's") closes it. German capitalises every noun, so there
a capitalised word only starts a name when it is not a common noun in
disguise: after an article it needs a legal suffix, an acronym or a second
capitalised word to count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from pipeline.extract.geo import PLACES, country_of

__all__ = [
    "DE_PERSON_BEFORE",
    "GIVEN_NAMES",
    "NOT_A_PARTY",
    "NOT_NAMES",
    "NameSpan",
    "REGULATOR",
    "de_common_noun",
    "de_may_be_company",
    "find_names",
    "is_legal_suffix",
    "is_place",
    "label",
    "may_be_antecedent",
    "mentions",
    "namelike",
]


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    text: str
    possessive: bool = False  # followed by "'s": the owner of the next noun
    suffixed: bool = False  # ends in a legal suffix: surely an organisation
    full: str | None = None  # the name as first spelled out ("Brisco" → "Brisco Development Corp")


# --- vocabulary -----------------------------------------------------------------

LEGAL_SUFFIXES = frozenset(
    s.lower()
    for s in (
        "Inc Inc. Corp Corp. Co Co. Cos Ltd Ltd. Plc PLC LP L.P. NV N.V. SA S.A. AG GmbH KGaA SpA S.p.A. AB "
        "Pty Bhd BV B.V. Corporation Incorporated Company Limited Holdings Holding Bancorp Bancshares "
        "SAS S.A.S. SE SARL Sarl KG Oyj ASA A/S Group Groupe Gruppe Trust Partners LLC Llc Partnership"
    ).split()
)
# Words that end a name without being legal suffixes but that mark organisations.
_ORG_HEADS = frozenset(
    "bank bancorp association corporation companies enterprises commission foundation fund fonds partners capital industries systems "
    "technologies electronics airlines motors energy financial securities investments".split()
)
_CONNECTORS = {
    "en": frozenset({"of", "and", "&", "de", "du", "des", "la", "le", "van", "von", "der", "und", "y", "e"}),
    "fr": frozenset({"de", "du", "des", "d'", "d’", "et", "&", "la", "le", "l'", "l’", "of", "and"}),
    "de": frozenset({"für", "und", "&", "der", "des", "von", "de", "of", "and"}),
}
# the French words of NOT_NAMES: written in capitals they are still no name ("LES", "PDG")
_FR_NOT_NAMES = frozenset(
    """
    les une des aux cet cette ces ils elles dans pour par sur avec selon mais donc car lors depuis après avant entre
    chez son ses leur leurs notre nos lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril
    mai juin juillet août septembre octobre novembre décembre mme pdg directeur président ministre ainsi cependant
    toutefois pourtant désormais enfin aussi alors puis ensuite néanmoins outre nous vous pourquoi comment quand quel
    quelle quels quelles voici voilà reste
    """.split()
)
# Capitalised words that never start a name (sentence openers, titles, months).
# Public: a target's description (targets.py) stops at them too.
NOT_NAMES = frozenset(
    """
    the a an it its he she they we i this that these those in on at for from by with to of and but or as
    if when while after before under over about into than then there here what which who whose how why
    mr mrs ms dr sir chairman president chief executive officer director analysts analyst sources
    investor investors financier industrialist businessman
    shares share stock common preferred dlrs dlr mln billion pct cts company companies unit units
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec
    le la les l l' un une des du de d au aux ce cet cette ces il elle ils elles on en dans pour par sur avec
    selon mais ou et donc car ni si lors depuis après avant entre chez son sa ses leur leurs notre nos
    lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin juillet août
    septembre octobre novembre décembre m mme pdg directeur président ministre
    der die das den dem des ein eine einer eines einem einen er sie es wir ihr im am vom zum zur beim
    für mit nach bei aus auf an in über unter vor bis seit durch gegen ohne um wie laut und oder aber
    doch auch noch nur schon so da dann wenn als ob dass weil montag dienstag mittwoch donnerstag freitag
    samstag sonntag januar februar märz april mai juni juli august september oktober november dezember
    herr frau chef vorstand vorstandschef konzernchef ich mich mir du
    """.split()
) | frozenset(
    # sentence adverbs and conjunctions that open fr/de sentences (and headings run into them)
    """
    denn zudem allerdings damit dabei jedoch trotzdem deshalb daher inzwischen bereits zuletzt zwar dennoch
    außerdem ebenfalls hingegen demnach somit nun jetzt heute gestern morgen zunächst später
    wer was wo wann warum wieso man niemand jemand jeder keiner
    rund etwa knapp mehr weniger neben trotz wegen während zwischen innerhalb außerhalb statt dank gegenüber mittels
    ainsi cependant toutefois pourtant désormais enfin aussi alors puis ensuite néanmoins outre
    je nous vous tu pourquoi comment quand où quel quelle quels quelles voici voilà reste
    dieses diese dieser diesem diesen jener jene jenes
    ihre ihren ihrem ihrer ihres ihnen unser unsere unseren unserem unserer seine seinen seinem seiner
    davon dafür dazu darauf daran darüber dadurch danach davor
    zuvor bisher bislang damals künftig erstmals seither anschließend vorher derzeit aktuell mittlerweile schließlich
    letztlich immerhin offenbar vermutlich wahrscheinlich möglicherweise angeblich tatsächlich insgesamt gleichzeitig
    zugleich ferner deswegen darum dort hier dies erst kürzlich jüngst unlängst ebenso womöglich voraussichtlich
    überdies hierzu hierfür stattdessen vielmehr nämlich ursprünglich eigentlich sogar lediglich einst erneut
    """.split()
)
# English sentence openers that wire copy capitalises ("Together with ...", "Several analysts ...").
_EN_OPENERS = frozenset(
    """
    together several following also however separately meanwhile earlier later last yesterday today both each all
    some most many such other another under terms according no any since until because although once during despite
    """.split()
)
# German nouns that are capitalised but not names, and common-noun endings.
_DE_COMMON = frozenset(
    """
    jahr jahre jahren prozent euro dollar franken pfund millionen milliarden mio mrd aktie aktien anteil anteile
    anteilen unternehmen konzern konzerns firma gruppe bank banken regierung staat land länder stadt
    mitarbeiter kunden kunde übernahme kauf verkauf preis preise umsatz gewinn verlust markt märkte
    geschäft geschäfts vertrag auftrag aufträge deal investor investoren käufer verkäufer tochter
    tochterfirma tochtergesellschaft mutter sprecher sprecherin angaben ende anfang mitte woche monat monate
    montag zeit teil teile summe höhe wert milliarde million ziel zukunft branche industrie
    bericht berichte berichten informationen schritt wachstum geld kapital kasse mittel kredit kredite rivale rivalen konkurrent konkurrenten wettbewerber partner
    hause strom uhr erlös erlöse erlösen
    """.split()
)
_FR_NAME_ADJECTIVES = frozenset(
    "fédéral fédérale centrale central européenne européen mondiale monétaire international internationale "
    "nationale national générale populaire".split()
)
_DE_NAME_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:isch|al|sch)(?:e|en|er|es)$")
_DE_ORG_TAILS = frozenset({"bank", "versicherung", "holding", "group"})
# compounds that end a name the way those words do: "Velkor Privatstiftung", "Norvia Landesbank", "Tarvis Sparkasse"
_DE_ORG_COMPOUND_TAILS = ("stiftung", "bank", "versicherung", "sparkasse", "holding")


def _de_org_compound_tail(text: str, tokens: list[tuple[int, int, str, bool]], last: int, k: int) -> bool:
    """de: an organisation compound right after an acronym or a brand ("VKB Privatstiftung") ends the name with it;
    after a plain word it may be the noun the name owns ("Velkors Hausbank"), so only acronyms and brands count."""
    word = tokens[k][2]
    return (
        word.lower().endswith(_DE_ORG_COMPOUND_TAILS) and word[1:].islower() and "-" not in word
        and _brand_like(tokens[last][2]) and text[tokens[last][1] : tokens[k][0]] == " "
    )
# English words of company names ("Velkor Education Network", "Norvia Digital Solutions"): in German text they
# continue a name the German noun tests ("-tion", "-ment", "Kapital") would cut
_DE_ENGLISH_NAME_WORDS = frozenset(
    """
    bank banking capital partners group holdings investment investments management asset assets equity ventures fund funds
    trust securities financial finance markets exchange stock insurance savings commercial construction development education
    network networks solutions systems services technologies technology digital media entertainment communications telecom
    mobile software games studios labs pharmaceuticals pharma therapeutics health healthcare sciences research energy power
    resources industries industrial logistics shipping airlines airways motors automotive aerospace electronics foods brands
    retail stores publishing books records music pictures international global national general united royal estate
    properties consulting advisors innovations infrastructure enterprises
    """.split()
)
_DE_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät", "nis", "ismus", "ment", "ungen", "ionen", "chen", "lich")

_ELISION = re.compile(r"(?:[lLdDjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=[A-ZÀ-ÖØ-Þ0-9])")
# fr: a word of the sentence just before ("racheté L'Ordival", "de L'Ordival"), not a sentence's or a quote's opening
_FR_MID_SENTENCE = re.compile(r"(?:(?<![\w'’-])[a-zà-ÿ][\w'’-]*|,) $")
_ELIDED_COMMON = re.compile(r"[LDJNSCMT]['’][a-zà-ÿ]")
# a word, or "&" alone: r"[A-Za-zÀ-ÖØ-öø-ÿ0-9][\w.&’'/-]*|&" written so that sre can skip to a token's first
# character in C (a pattern opening with a class gets that fast scan, an alternation of classes does not) and
# test ASCII word characters by table before the Unicode \w category; in a group for split(), which then
# hands over gaps and tokens in turn. Same tokens.
_TOKEN_SPLIT = re.compile(r"([A-Za-zÀ-ÖØ-öø-ÿ0-9&](?:(?<=&)|[A-Za-z0-9_\w.&’'/-]*))")
_MODIFIER = re.compile(r"-(?:based|quoted|listed|owned|controlled|headquartered|registered)$")
_ABBREV_END = re.compile(r"^(?:[A-Z]\.)+$|^(?:Co|Corp|Inc|Ltd|Chas|Bros|St|Mt|Jr)\.$")


@lru_cache(maxsize=8192)  # pure, and asked for the same words thousands of times per pass
def is_legal_suffix(word: str) -> bool:
    return word.lower() in LEGAL_SUFFIXES or word.lower().rstrip(".") in LEGAL_SUFFIXES


def _capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first.isdigit() and any(c.isupper() for c in word))


def _strip_token(word: str) -> tuple[str, bool]:
    """Token text without trailing punctuation, and whether it was possessive."""
    if word.isalpha():
        return word, False  # most tokens: plain words, nothing to strip
    for possessive in ("'s", "’s"):
        if word.endswith(possessive) and len(word) > 2:
            return word[: -len(possessive)], True
    if word.endswith(("s'", "s’", "S'", "S’")) and len(word) > 2:
        return word[:-1], True  # "Varnholt Industries' common stock": a plural possessive
    if word.endswith(".") and word.count(".") == 1 and word.rstrip(".").lower() in LEGAL_SUFFIXES:
        return word.rstrip("."), False
    if word.endswith(".") and not _ABBREV_END.match(word) and not is_legal_suffix(word):
        word = word.rstrip(".")
    return word.rstrip("/-"), False


_COMPASS = frozenset({"western", "eastern", "northern", "southern"})


# short business nouns written before a name (longer ones are caught by their endings below)
_DE_SHORT_DESCRIPTORS = frozenset(
    "sparte werft reederei kette modekette handelskette supermarktkette marke plattform sender dienst onlinedienst".split()
)


def _de_role_noun(word: str) -> bool:
    """German descriptive nouns and city adjectives before a name ("Zulieferer", "Münchner")."""
    low = word.lower()
    if low in _COMPASS:
        return False  # "Southern Velkor": an English word of the name, not a German "-ern" noun
    if _DE_NAME_ADJECTIVE.search(word):
        return False  # "Europäische Zentralbank": a capitalised adjective mid-sentence belongs to the name
    if _DE_PREFIXED_NOUN.match(word):
        return True  # "US-Konzerns Velbrook", "US-Speicherchip-Produzenten Norvia": a description before the name
    if low in ("sänger", "rapper", "autor", "anwalt", "banker", "erbe", "erbin", "chef", "chefin", "boss"):
        return True  # "der Sänger Ivo Brenn": short titles the length rule below misses
    if low in ("start-up", "startup", "start-ups", "startups"):
        return True  # "das Start-up Velkor": the kind of company, not its name
    if low in _DE_SHORT_DESCRIPTORS:
        return True  # "die Sparte Norvia", "die Modekette Velkor": the kind of business, too short for the length rule
    return len(word) > 6 and not word.isupper() and (
        low.endswith(("er", "ern", "erin", "istin", "airline", "bank", "konzern", "gruppe", "firma", "unternehmen", "gesellschaft"))
        or _de_common(word)
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


def _de_common(word: str) -> bool:
    low = word.lower()
    return low in _DE_COMMON or (low.endswith(_DE_NOUN_ENDINGS) and not word.isupper())


def _fr_title_inside(text: str, rest: str) -> bool:
    """fr: "L'Ordival a ..." opening a sentence keeps its "L'" when the article writes "L'Ordival" with the capital
    inside a sentence too ("racheté L'Ordival"): the article is then part of the name, not an elided "le"."""
    pattern = re.compile(r"L['’]" + re.escape(rest) + r"(?![\w'’-])")
    return any(_FR_MID_SENTENCE.search(text, max(0, m.start() - 24), m.start()) for m in pattern.finditer(text))


def _fr_capital_article(text: str, tokens: list[tuple[int, int, str, bool]], a: int, b: int) -> bool:
    """fr: the name ``tokens[a..b]`` follows "La"/"Le"/"Les" written with a capital inside a sentence ("racheté La
    Gazelle"), or opening one when the article writes it so inside a sentence too: the article belongs to the name."""
    s, e, word, _ = tokens[a - 1]
    if word not in ("La", "Le", "Les") or text[e : tokens[a][0]] != " ":
        return False
    if _FR_MID_SENTENCE.search(text, max(0, s - 24), s):
        return True
    rest = re.escape(text[tokens[a][0] : tokens[b][1]])
    return any(_FR_MID_SENTENCE.search(text, max(0, m.start() - 24), m.start()) for m in re.finditer(rf"{word} {rest}(?![\w'’-])", text))


def find_names(text: str, lang: str, start: int = 0, end: int | None = None) -> list[NameSpan]:
    """Capitalised-name spans in ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    connectors = _CONNECTORS.get(lang, _CONNECTORS["en"])
    tokens: list[tuple[int, int, str, bool]] = []
    # split() hands over the gaps and the tokens as strings, [gap, token, gap, token, ..., gap]: a token's
    # offset is the running sum of their lengths, with no match object built per token (the pattern has no
    # lookaround past its own first character, so splitting the slice finds what a scan of text[start:end] finds)
    parts = _TOKEN_SPLIT.split(text[start:end])
    at = start
    for n in range(1, len(parts), 2):
        at += len(parts[n - 1])
        word = parts[n]
        here = at
        at += len(word)
        if word.isalpha():  # most tokens: a plain word, with no elision, hyphen or trailing mark to look at
            tokens.append((here, at, word, False))
            continue
        if lang != "en" and word[:1].isupper() and word.endswith(("'s", "’s")) and len(word) > 3:
            tokens.append((here, at, word, False))  # fr/de: "Velkor's" is a brand's own spelling, no English possessive
            continue
        word, possessive = _strip_token(word)
        if not word:
            continue
        elided = _ELISION.match(word) if lang == "fr" else None
        if lang == "fr" and elided is None and _ELIDED_COMMON.match(word):
            word = word.lower()  # "L'ensemble des salariés": an elided article before a common noun
        if elided is not None and word[0] == "L" and (
            _FR_MID_SENTENCE.search(text, max(0, here - 24), here) or _fr_title_inside(text, word[elided.end():])
        ):
            # "racheté L'Ordival": a capital "L'" inside a sentence is the start of the title's own name, as in gold names
            tokens.append((here, here + len(word), word, possessive))
            continue
        if elided is not None:
            # "l'Italie", "d'Orvane": the elided article is a word of its own, the name follows it
            cut = elided.end()
            tokens.append((here, here + cut, word[:cut].lower(), False))
            tokens.append((here + cut, here + len(word), word[cut:], possessive))
            continue
        if "-" in word and _MODIFIER.search(word):  # the cue needs a hyphen: skip the search for most tokens
            while tokens and _capitalised(tokens[-1][2]) and text[tokens[-1][1] : here] in (" ", "\n"):
                tokens.pop()  # "Los Angeles-based": the whole place goes
            tokens.append((here, here + len(word), "-", False))  # "Los Angeles-based": a place, not a name
            continue
        tokens.append((here, here + len(word), word, possessive))
    names: list[NameSpan] = []
    i = 0
    count = len(tokens)
    english = lang == "en"
    while i < count:
        s, e, word, possessive = tokens[i]
        if word[:1].islower():
            # what _starts_name says for a lower-case word not followed by a capital, without the call; most
            # tokens are such words, so _capitalised of the next one is written out here
            if not english or i + 1 >= count:
                i += 1
                continue
            following = tokens[i + 1][2]
            first = following[:1]
            if not (first.isupper() or (first.isdigit() and any(c.isupper() for c in following))):
                i += 1
                continue
        if not _starts_name(text, tokens, i, lang):
            i += 1
            continue
        j = i
        last = i
        suffixed = is_legal_suffix(word) and i > 0
        while not _possessive_ends(tokens, last):  # "Tamrod Inc's" ends, "Dunn's Hospitality" does not
            k = last + 1
            if k >= len(tokens) or _gap_breaks(text, tokens[last][1], tokens[k][0]) and not (lang == "en" and _wrapped_bracket(text, tokens[last][1], tokens[k][0])):
                break
            if lang != "en" and (text[tokens[last][1] : tokens[k][0]] in (" - ", " – ") or "\n" in text[tokens[last][1] : tokens[k][0]]):
                break  # "12:30 Uhr - Velkor legt zu": a spaced dash separates, only a bare hyphen joins; fr/de copy is not
                # wrapped, a line break ends a heading or a paragraph
            nxt = tokens[k][2]
            if is_legal_suffix(nxt) and not (lang != "en" and nxt.islower() and len(nxt) <= 2):  # "Bitcoin se distingue": a pronoun, not "SE"
                last = k
                suffixed = True
                continue
            if suffixed and (text[tokens[last][1] : tokens[k][0]] == " (" or lang == "en" and _wrapped_bracket(text, tokens[last][1], tokens[k][0])):
                last = k  # "Harlow Holdings (Canada) Pty Ltd": the gap test let the bracket through
                continue
            if suffixed and not (lang == "en" and nxt == "of" and k + 1 < len(tokens) and _SUFFIX_OF.match(text, tokens[k + 1][0])):
                if tokens[last][2] == "AB" and _INITIALS.fullmatch(nxt) and k + 1 < len(tokens) and _capitalised(tokens[k + 1][2]):
                    last = k + 1  # "Kalmar Telefon AB H.J. Lindqvist": the Swedish form puts the suffix first
                    continue
                break
            if lang == "fr" and nxt == "The" and _english_article_opens(text, tokens, k):
                last = k  # "Save The Velkor Fund": an English article inside an English name (German nouns before one describe it)
                continue
            if lang == "de" and last == i and _de_adjective_opens(text, tokens, i):
                last = k  # "der Nordländischen Kommission": a name's adjective takes the noun after it, common or not
                continue
            if (
                lang == "de" and nxt[:1].isdigit() and text[tokens[last][1] : tokens[k][0]] == " " and _capitalised(tokens[last][2])
                and mentions(text, text[tokens[last][0] : tokens[k][1]]) >= 2
            ):
                last = k  # "Velkor 2030", written so twice: the number belongs to the name (a year or a sum after a name recurs not)
                continue
            if _continues(nxt, lang) and not (lang == "de" and _de_lone_plural(text, nxt)):
                last = k  # ... but "Korvex Beobachtern zufolge": a plural noun after the name ends it
                continue
            if (
                lang == "fr" and len(nxt) == 1 and nxt.isdigit() and k + 1 < len(tokens) and _capitalised(tokens[k + 1][2])
                and _capitalised(tokens[last][2]) and text[tokens[last][1] : tokens[k][0]] == " " == text[tokens[k][1] : tokens[k + 1][0]]
                and tokens[k + 1][2].lower() not in NOT_NAMES
            ):
                last = k  # fr: "Norvia 1 Network": a lone digit between capitalised words belongs to the name
                continue
            if lang == "fr" and nxt.lower() in _FR_NAME_ADJECTIVES and tokens[last][2][1:].islower():
                last = k  # "Réserve fédérale", "Banque centrale européenne": institutions take lower-case adjectives
                continue
            if lang == "fr" and tokens[i][2].lower() in _FR_INSTITUTIONS and not nxt[:1].isupper():
                tail = _fr_institution_tail(text, tokens, i, last)
                if tail > last:
                    last = tail  # "Caisse des dépôts", "Agence nationale de la recherche": a body's name in lower case
                    continue
            if lang == "de" and (nxt.lower() in _DE_ORG_TAILS or _de_org_compound_tail(text, tokens, last, k)) and not _de_common(tokens[last][2]):
                last = k  # "Norlander Bank", "Velmar Bank": a common noun that ends a name
                if _de_english_next(text, tokens, k) or k + 2 < len(tokens) and tokens[k + 1][2] == "of" and tokens[k + 2][2][:1].isupper():
                    continue  # ... unless English words go on: "Velmar Bank International", "Velmar Bank of Norland"
                break
            if lang == "de" and _de_english_next(text, tokens, last) and _capitalised(tokens[last][2]):
                last = k  # "Velkor Education Network": English words of the name, not German nouns
                continue
            if (
                (nxt[:1].isupper() or nxt.isdigit())
                and k + 1 < len(tokens)
                and is_legal_suffix(tokens[k + 1][2])
                and not _gap_breaks(text, tokens[k][1], tokens[k + 1][0])
            ):
                last = k  # "Harrow Bank Shares Inc", "Stad Delvoort Anno 1690 N.V."
                continue
            if lang == "de" and last > i and nxt in ("und", "oder") and _de_elided_compound(text, tokens, last, k):
                last = k + 1  # "Velkor Fleisch- und Wurstwaren": a hyphen left open shares the next word's tail
                continue
            if nxt.lower() in connectors and k + 1 < len(tokens):
                if _connector_joins(text, tokens, last, k, lang):
                    last = k + 1
                    suffixed = is_legal_suffix(tokens[k + 1][2])
                    continue
            break
        j = last
        if (
            lang != "en" and j == i and _sentence_start(text, s) and not _recurs(text, word, s) and not _genitive_recurs(text, word, lang)
            and not (lang == "de" and (
                _DE_DEAL_VERB_NEXT.match(text, e) or _DE_SUBJECT_NEXT.match(text, e)
                or (_DE_AUXILIARY_NEXT.match(text, e) and not _DE_FRONTED_PARTICIPLE.fullmatch(word.lower()))
                or _de_subject_before_apposition(text, e)
            ))
            and not (lang == "fr" and _fr_bare_subject(text, word, e))
        ):
            i += 1  # "Ainsi", "Désireux", "Einfluss": a capital that only the sentence start gives
            continue
        if lang == "de" and j == i and not _german_name_alone(text, tokens, i) and not _de_coordinated_name(text, tokens, i, names):
            i += 1
            continue
        if lang == "de" and j == i and i > 0 and _de_counted(text, tokens, i):
            i += 1  # "13 Windräder", "zwölf Busse": what a number counts is a noun (a year before a name is no count)
            continue
        if lang == "de" and j == i and (de_common_noun(text, word) or _de_speaker_label(text, s, e)):
            i += 1  # "Gewinne sind rar" ... "keine Gewinne": the article uses the word as a noun; "REDAKTION:" a speaker
            continue
        if lang == "de" and j > i and word.endswith("en") and word[1:].islower() and _sentence_start(text, s) and not _recurs(text, word, s):
            i += 1  # "Gelten Velkor-Anleihen als sicher": a verb opening the sentence, not the name's first word
        opening = i
        if lang == "de":
            while i < j and (_de_role_noun(tokens[i][2]) or tokens[i][2] in _DE_OPENING_DETERMINERS) and any(
                not is_legal_suffix(tokens[t][2]) and not _DE_SUFFIX_COMPOUND.search(tokens[t][2]) for t in range(i + 1, j + 1)
            ) and not _de_own_word(tokens, i, j):
                i += 1  # "Maschinenbauer Kordt AG": the description goes, the name stays
            if i == j and i > opening and all(_de_place_adjective(tokens[t][2]) for t in range(opening, i)) and _de_described_noun(text, tokens, i):
                i = j + 1  # "dem Hamburger Netzbetreiber": a town's adjective before a noun describes a company it does not name
                continue
        span = _trim(tokens, i, j, lang)
        if span is not None and lang != "en" and span[1] > span[0]:
            person = _person_inside(tokens, *span)
            if person is not None:
                # "le patron de Velkor France Paul Marnier": the company (or nothing, for a title such as
                # "Economie" or "Lobbyist") and then the person are two names
                if _names_before_person(tokens, span[0], person - 1, lang):
                    names.append(NameSpan(tokens[span[0]][0], tokens[person - 1][1], text[tokens[span[0]][0] : tokens[person - 1][1]]))
                span = (person, span[1])
        if span is not None and lang == "de" and _de_area_where(text, tokens, span[0]):
            span = None  # "im Bezirk Nordheide": where something is, an area, not the authority acting for it
        if (
            span is not None and lang == "de" and _world_region(text[tokens[span[0]][0] : tokens[span[1]][1]], lang)
            and not _DE_IN_PLACE.search(text, max(0, tokens[span[0]][0] - 8), tokens[span[0]][0])
        ):
            span = None  # "Aufseher aus Europa": a continent or world region is no one ("in Europa" is read with the deal's place)
        if span is not None:
            a, b = span
            if lang == "fr" and a > 0:
                a = _fr_government_of(text, tokens, a, b)
            if lang == "fr" and a > 0 and _fr_capital_article(text, tokens, a, b):
                a -= 1  # "racheté La Gazelle": a capital article inside a sentence opens a title's name
            names.append(
                NameSpan(
                    tokens[a][0],
                    tokens[b][1],
                    text[tokens[a][0] : tokens[b][1]],
                    possessive=_possessive_ends(tokens, b),
                    suffixed=any(is_legal_suffix(tokens[t][2]) for t in range(a + 1, b + 1)),
                    full=_de_base_form(text, tokens, a, b) if lang == "de" and b > a else None,
                )
            )
        i = j + 1
    return names


_FR_GOVERNMENT_NOUNS = frozenset({"gouvernement", "administration"})


# nouns of administrative areas that open the area's name ("Bezirk Nordheide", "Landkreis Velm")
_DE_AREA_NOUNS = frozenset({"Bezirk", "Landkreis", "Kreis", "Kanton", "Gemeinde", "Region", "Provinz", "Bundesland", "Stadtteil", "Ortsteil"})
# "im", "in der", "aus dem", "nahe der": the area as a place
_DE_AREA_PLACE_LEAD = re.compile(r"(?<![\w-])(?:im|in|in der|in dem|aus dem|aus der|nahe dem|nahe der|vom|von der)\s+$")


def _de_area_where(text: str, tokens: list[tuple[int, int, str, bool]], a: int) -> bool:
    """de: "im Bezirk Nordheide", "in der Gemeinde Velm": an administrative area after a place preposition."""
    return (
        tokens[a][2] in _DE_AREA_NOUNS and a + 1 < len(tokens) and tokens[a + 1][2][:1].isupper()
        and _DE_AREA_PLACE_LEAD.search(text, max(0, tokens[a][0] - 12), tokens[a][0]) is not None
    )


_DE_IN_PLACE = re.compile(r"(?<![\w-])(?:in|im|nach)\s+$")


@lru_cache(maxsize=4)
def _world_regions(lang: str) -> frozenset[str]:
    """CLDR's names of continents and world regions (its numeric territories: "Europa", "Südostasien", "Welt"),
    lower-cased; the unions among them ("EU") have letter codes and stay names."""
    return frozenset(name.lower() for code, name in Locale(lang).territories.items() if code.isdigit())


def _world_region(name: str, lang: str) -> bool:
    return " ".join(name.split()).lower() in _world_regions(lang)


def _fr_government_of(text: str, tokens: list[tuple[int, int, str, bool]], a: int, b: int) -> int:
    """fr: "le gouvernement de Paul Marnier": a government named after its leader is the party, not the leader
    (only a person's name, given name first: "le gouvernement de Norland" is Norland). Returns the index of
    the name's first token."""
    if b == a or tokens[a][2].lower() not in GIVEN_NAMES or a < 2 or tokens[a - 1][2] != "de":
        return a
    head = a - 2
    if tokens[head][2] not in _FR_GOVERNMENT_NOUNS or any(text[tokens[t][1] : tokens[t + 1][0]] != " " for t in range(head, a)):
        return a
    return head


def _de_elided_compound(text: str, tokens: list[tuple[int, int, str, bool]], last: int, k: int) -> bool:
    """de: "Fleisch- und Wurstwaren": the name's word ends in an open hyphen, the connector and a capitalised
    noun complete it (one name, not two)."""
    return (
        text.startswith("- ", tokens[last][1])
        and tokens[k][0] == tokens[last][1] + 2
        and k + 1 < len(tokens)
        and tokens[k + 1][2][:1].isupper()
        and text[tokens[k][1] : tokens[k + 1][0]] == " "
    )


_DE_INFLECTED = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+e(?:n|r|s|m)")
# an article or preposition before a name's capitalised adjective: mid-sentence, only a name capitalises one
_DE_ADJECTIVE_LEAD = re.compile(
    r"(?<![\w-])(?:der|den|dem|des|die|das|von|bei|mit|zur|zum|vom|beim|im|am|an|für|gegen|durch|laut|über|unter|aus)\s+$"
)
# "der Nordländischen Staatsbank", "dem Deutschen Velkorbund": after a definite article (or one merged into a
# preposition) the adjective takes the weak "-en" of the oblique cases; its nominative ends in "-e"
# "Nordländischen", "Nationalen", "Deutschen", "Norddeutsche": not the adjectives a writer makes of a brand ("Velkorsche")
_DE_OBLIQUE_NAME_ADJECTIVE = re.compile(r"^(?:[A-ZÄÖÜ][a-zäöüß]+(?:isch|al)|(?:[A-ZÄÖÜ][a-zäöüß]*d|D)eutsch)e[nrsm]?$")
_DE_WEAK_OBLIQUE_LEAD = re.compile(r"(?<![\w-])(?:der|den|dem|des|zur|zum|vom|beim|im|am)\s+$")


def _de_adjective_opens(text: str, tokens: list[tuple[int, int, str, bool]], i: int) -> bool:
    """de: a capitalised "-isch"/"-al" adjective after an article or preposition, followed on the same line by a
    capitalised word, opens a name ("bei der Nordländischen Post"); "Deutsche Firmen" opening a sentence does not."""
    word = tokens[i][2]
    return (
        i + 1 < len(tokens)
        and _DE_OBLIQUE_NAME_ADJECTIVE.match(word) is not None
        and word.lower() not in _DE_COMMON
        and _capitalised(tokens[i + 1][2])
        and tokens[i + 1][2].lower() not in NOT_NAMES
        and text[tokens[i][1] : tokens[i + 1][0]] == " "
        and _DE_ADJECTIVE_LEAD.search(text, max(0, tokens[i][0] - 12), tokens[i][0]) is not None
    )


def _de_base_form(text: str, tokens: list[tuple[int, int, str, bool]], a: int, b: int) -> str | None:
    """de: "der Nordischen Bank" is the "Nordische Bank" the article names elsewhere: the adjective's case ending
    is no part of the name, and the deal should carry the name as written in the nominative."""
    first = tokens[a][2]
    if not _DE_INFLECTED.fullmatch(first):
        return None
    base = first[:-1] + text[tokens[a][1] : tokens[b][1]]
    if text.find(base) >= 0:
        return base
    if first.endswith("en") and _DE_OBLIQUE_NAME_ADJECTIVE.match(first) and _DE_WEAK_OBLIQUE_LEAD.search(text, max(0, tokens[a][0] - 8), tokens[a][0]):
        return base  # "der Nordländischen Post" is the "Nordländische Post" even when the article never says so
    return None


_DE_DETERMINER = re.compile(
    r"(?:\b(?i:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des|kein\w*|sein\w*|ihr\w*|unser\w*|dies\w*|jede\w*|"
    r"im|am|zum|zur|vom|beim|ins|ans|in|auf|unter|über|seit|bis|ohne|um|wegen|trotz|pro|je|statt|anstatt)|[a-zäöüß]+(?:en|er|es|em|e))\s+$"
)
# "hatte Velkor übernommen", "wollen Velkor und Norvia": an auxiliary or modal verb ends like an adjective but determines nothing
_DE_VERB_BEFORE = re.compile(
    r"(?<![\w-])(?:hatte|hatten|habe|haben|wollte|wollten|wolle|wollen|sollte|sollten|solle|sollen|konnte|konnten|könnte|könnten|"
    r"können|müssen|müsste|dürfte|dürften|möchte|kaufte|kauften|verkaufte|verkauften)\s+$"
)


# "die Velkor-Gruppe", "die Velkor-Verlagsgruppe": a compound that ends in an organisation noun names one
_DE_ORG_ENDS = ("gruppe", "konzern", "holding", "bank", "verlag", "werke", "werk", "versicherung", "gesellschaft", "unternehmen", "stiftung")


# "Velkor HandelsgmbH", "Norvia Vertriebs-GmbH": a legal form written into a compound still only ends the name
_DE_SUFFIX_COMPOUND = re.compile(r"[a-zäöüß](?:gmbH|-GmbH|-AG|-KG|-SE)$")


# de: the head nouns of bodies named "... für X" ("Bundesanstalt für ...", "Verein für ...", "Zentrum für ...")
_DE_BODY_HEADS = (
    "institut", "anstalt", "amt", "verein", "verband", "gesellschaft", "ministerium", "zentrum", "stiftung", "agentur",
    "rat", "kommission", "akademie", "kammer", "behörde", "bund", "fonds", "büro", "komitee", "ausschuss", "forum",
    "hochschule", "universität", "vereinigung", "allianz", "initiative", "netzwerk", "konferenz", "gericht",
)
_DE_BODY_HEADS_ANY_CASE = _DE_BODY_HEADS + tuple(head + "s" for head in _DE_BODY_HEADS) + tuple(head + "es" for head in _DE_BODY_HEADS)  # "des Instituts für ..."


# "Seine Holding Velkor", "Diese Tochter Norvia": a capitalised determiner opening the sentence is no part of the name
_DE_OPENING_DETERMINERS = frozenset({"Seine", "Sein", "Ihre", "Ihr", "Unsere", "Unser", "Diese", "Dieser", "Dieses", "Jene", "Jener"})


# a deal word, then (a preposition and) an article right before the word: "an die", "übernimmt die", "mit der"
_DE_DEAL_CUE_BEFORE = re.compile(
    r"(?:übernimmt|übernahm|übernommen|übernehmen|kauft\w*|gekauft|erwirbt|erwarb|erworben|verkauf\w*|Verkauf\w*|Übernahme|"
    r"fusion\w*|Fusion|rettet\w*|gewährt\w*|Kredit\w*|Auftrag|Partnerschaft|Kooperation|arbeitet|Zusammenarbeit|beteiligt|"
    r"Beteiligung|Anteile?|investier\w*|liefert|beliefert|bestellt\w*)\b[^.;:!?]{0,50}?"
    r"\s(?:(?:an|von|mit|bei|durch)\s+)?(?:die|der|den|das|dem)\s+$"
)
# what such a position holds that is still a common noun
_DE_DEAL_OBJECT_NOUNS = frozenset(
    "haus fonds rest paket netz werk projekt sparte holding plan idee marke filiale hälfte grundstück gebäude areal portfolio "
    "post bahn börse mehrheit zahl summe stadt land staat region gemeinde käufer investor partner kunden welt umwelt politik "
    "bund geld kapital vertrag deal gewinn verlust umsatz preis kurs aktie aktien".split()
)
_DE_NOUN_TAILS = (*_DE_NOUN_ENDINGS, "e", "en", "er", "ern", "ik", "ur", "ie")  # the noun endings, and plural/agent ones


def _de_deal_counterpart(text: str, word: str, start: int) -> bool:
    """de: "an die Velkor", "übernimmt die Norvia": a single word with an article, right after a deal word, that does
    not look like a German noun is the company dealt with (German names a company with its article)."""
    if len(word) < 4 or "-" in word or word.lower() in _DE_DEAL_OBJECT_NOUNS or _de_common(word) or word.lower().endswith(_DE_NOUN_TAILS):
        return False
    cue = _DE_DEAL_CUE_BEFORE.search(text, max(0, start - 80), start)
    # "an den Casinos": a preposition with "den" is a dative plural, a company is singular
    return cue is not None and not _DE_PLURAL_DATIVE.search(text, max(0, start - 12), start)


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


def _german_name_alone(text: str, tokens: list[tuple[int, int, str, bool]], i: int) -> bool:
    """A lone capitalised German word after an article or adjective is a noun, unless it looks like a brand."""
    word = tokens[i][2]
    if (
        i > 0 and text[tokens[i - 1][1] : tokens[i][0]] == " " and _DE_ORG_DESCRIPTOR.fullmatch(tokens[i - 1][2])
        and not _de_common(word) and not word.endswith(("en", "ern")) and not _de_noun_elsewhere(text, word)
    ):
        return True  # "der Unternehmensgruppe Lagoret": a company noun right before names it, whatever the name ends in
    if _de_lone_plural(text, word) or _DE_ROLE_COMPOUND_RE.match(word):
        return False
    if _de_feminine_ending_brand(text, word):
        return True
    before = text[max(0, tokens[i][0] - 30) : tokens[i][0]]
    if i > 0 and text[tokens[i - 1][1] : tokens[i][0]] == " " and _DE_DESCRIPTOR.fullmatch(tokens[i - 1][2]) and not _de_common(word):
        return True  # "an den schwedischen Wettbewerber Velkor": the noun before describes the name, it is no article
    if _DE_INVESTED_IN.search(text, max(0, tokens[i][0] - 70), tokens[i][0]) and not _de_common(word) and not word.endswith(("en", "er", "e")):
        return True  # "investiert zwei Milliarden in Velkor": what money goes into is a company, not a noun after "in"
    if _de_deal_counterpart(text, word, tokens[i][0]):
        return True  # "verkaufte ihre Anteile an die Velkor": a company named once, with its article, as a deal's party
    if (
        _DE_GENERIC_ORG_BEFORE.search(before) and len(word) >= 4 and not _de_common(word)
        and not word.lower().endswith((*_DE_NOUN_TAILS, "enz", "anz")) and not _de_noun_elsewhere(text, word)
    ):  # ("das Unternehmen Insolvenz anmeldet", "die Firma Verluste": a noun ending, the object of a verb)
        return True  # "das Unternehmen Norvia", "die Firma Velkor": the generic noun introduces the name
    determined = _DE_DETERMINER.search(before) is not None and not _DE_VERB_BEFORE.search(before)
    last = word.rsplit("-", 1)[-1]
    if (
        determined and last != word and last[1:].islower() and not word.split("-", 1)[0].isupper()
        and (len(last) >= 10 or _de_common(last)) and not last.lower().endswith(_DE_ORG_ENDS)
    ):
        return False  # "das Online-Kundenportal": a compound noun, not a brand ("eine US-Firma" stays: an unnamed party)
    if word.isupper() or any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
        return True
    if not determined:
        return True
    if len(word) <= 3 or word.endswith(("en", "ern", "er", "e")):
        return False
    return _bare_elsewhere(text, word, tokens[i][0]) or _brand_prefix(text, word)


# what only a common noun stands after: an indefinite article or a quantifier ("ein Referendum", "keine Gewinne",
# "weitere Zukäufe"), maybe with an adjective, or an article with a lower-case adjective ("das geplante Referendum")
_DE_NOUN_LEAD = re.compile(
    r"(?<![\w-])(?:(?:[Ee]in|[Ee]ine|[Ee]inen|[Ee]inem|[Ee]iner|[Ee]ines|[Kk]ein|[Kk]eine|[Kk]einen|[Kk]einem|[Kk]einer|[Kk]eines|"
    r"[Vv]iele|[Vv]ielen|[Mm]ehrere|[Mm]ehreren|[Ee]inige|[Ee]inigen|[Ww]eitere|[Ww]eiteren|[Ww]enige|[Ww]enigen|[Ss]olche|[Ss]olchen)"
    r"(?:\s+[a-zäöüß]{3,}(?:e|en|er|es|em))?|(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+(?!(?:sie|ihre|seine|eine|keine)\s)[a-zäöüß]{3,}(?:e|en|er|es|em))\s+$"
)
# "die Gewinne", "den Zukäufen": a plural after the definite article
_DE_PLURAL_LEAD = re.compile(r"(?<![\w-])(?:[Dd]ie|[Dd]en)\s+$")


def _de_noun_elsewhere(text: str, word: str) -> bool:
    """de: the article writes the capitalised word as a common noun somewhere: after an indefinite article, a
    quantifier or an adjective ("ein Referendum", "hohe Gewinne" is not enough: "die hohen Gewinne" is), or in a
    plural form after "die"/"den". A company keeps its name bare or takes "die"/"der" alone ("die Velkor")."""
    if len(word) < 2 or not word[1:].islower() or "-" in word:
        return False
    plural = len(word) >= 6 and word.endswith(("e", "en"))
    for match in _bare_word(word).finditer(text):
        if _CAPITAL_NEXT.match(text, match.end()):
            continue  # "die Velkor Bank": the word opens a longer name
        before = text[max(0, match.start() - 40) : match.start()]
        if _DE_NOUN_LEAD.search(before) or plural and _DE_PLURAL_LEAD.search(before):
            return True
    return False


# articles and merged prepositions that a company (German names one as "die"/"der") does not take, a noun does
_DE_NOUN_ONLY_LEAD = re.compile(r"(?<![\w-])(?:[Dd]as|[Dd]em|[Dd]en|[Ii]m|[Vv]om|[Zz]um|[Bb]eim|[Ii]ns)\s+$")


# ", das Velkor verkauft", ", zu dem Velkor gehört": a relative pronoun, not an article, before a name
_DE_RELATIVE_BEFORE = re.compile(r",\s+(?:[a-zäöüß]+\s+)?(?:das|dem|den)\s+$")


def de_common_noun(text: str, word: str) -> bool:
    """de: does the article write the one capitalised word as a common noun ("ein Antrag", "im Antrag", "das
    Institut", "die hohen Gewinne")? A company is named bare, or with "die"/"der" ("die Velkor")."""
    if _de_noun_elsewhere(text, word):
        return True
    if len(word) < 2 or not word[1:].islower() or "-" in word:
        return False
    return any(
        _DE_NOUN_ONLY_LEAD.search(text, max(0, m.start() - 8), m.start()) and not _CAPITAL_NEXT.match(text, m.end())
        and not _DE_RELATIVE_BEFORE.search(text, max(0, m.start() - 25), m.start())
        for m in _bare_word(word).finditer(text)
    )


_DE_NUMBER_WORDS = frozenset("zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert tausend".split())
_DE_COUNT = re.compile(r"\d{1,3}(?:[.,]\d{3})*")


def _de_counted(text: str, tokens: list[tuple[int, int, str, bool]], i: int) -> bool:
    """de: is the word right after a count ("13", "1.500", "zwölf"), not after a year ("2015 Velkor")?"""
    before = tokens[i - 1][2]
    word = tokens[i][2]
    if text[tokens[i - 1][1] : tokens[i][0]] != " " or len(word) < 4 or not word[1:].islower():
        return False
    return before.lower() in _DE_NUMBER_WORDS or _DE_COUNT.fullmatch(before) is not None


def _de_speaker_label(text: str, start: int, end: int) -> bool:
    """de: "REDAKTION: Wie ...": an interview's speaker label, opening a sentence with a colon at least twice, a heading
    word in capitals before a colon ("ANALYSE: ..."), or a paper's title in capitals ("DER VELKORBOTE") is no party."""
    label = text[start:end]
    if label.isupper() and len(label) >= 4 and start >= 4 and text[start - 4 : start] in ("DER ", "DIE ", "DAS ", "DEN ", "DEM ", "DES "):
        return True  # "gegenüber DER VELKORBOTE": a paper's title in capitals
    if not text.startswith(":", end) or not _sentence_start(text, start):
        return False
    labels = sum(1 for match in _bare_word(label).finditer(text) if text.startswith(":", match.end()) and _sentence_start(text, match.start()))
    if labels >= 2:
        return True
    # "ANALYSE: ...": a heading word in capitals, named nowhere else in the article (a company would be)
    # (six letters at least: "VKTR: Zahlen über Plan" is a company's heading, acronyms are short)
    return label.isupper() and len(label) >= 6 and labels == len(_bare_word(label).findall(text)) and not _bare_word(label.title()).search(text)


_DE_FEMININE_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "sion", "tät")


def _de_feminine_ending_brand(text: str, word: str) -> bool:
    """de: "Velsung" ends like a feminine noun ("Regierung"), but the article writes "Velsungs Werk" or
    "Velsung-Werk": feminine nouns take no genitive "-s", and join a compound with an "s" ("Regierungschef"), so
    only a name does either."""
    if not word.endswith(_DE_FEMININE_ENDINGS) or not word[1:].islower() or word.lower() in _DE_COMMON:
        return False
    return re.search(rf"(?<![\w-]){re.escape(word)}(?:s\s+|-)[A-ZÄÖÜ]", text) is not None


def _de_place_adjective(word: str) -> bool:
    """de: "Hamburger", "Wiener", "Schweizer": the adjective German makes of a town or country by adding "-er"."""
    return word.endswith("er") and len(word) > 4 and (word[:-2] in PLACES or country_of(word[:-2]) is not None)


def _de_described_noun(text: str, tokens: list[tuple[int, int, str, bool]], i: int) -> bool:
    """de: is the word left after a town's adjective a descriptive noun ("Netzbetreiber", "Konzern") that the article
    never writes bare mid-sentence, as it would a name?"""
    word = tokens[i][2]
    return (_de_role_noun(word) or _de_common(word)) and not _bare_elsewhere(text, word, tokens[i][0])


def _de_coordinated_name(text: str, tokens: list[tuple[int, int, str, bool]], i: int, names: list[NameSpan]) -> bool:
    """de: "Velkor oder Tarmo", "Velkor und Tarmo": a word joined to the name just found is a name too, unless it
    looks like a German noun ("Velkor und Partner", "Velkor und Tochterfirmen")."""
    word = tokens[i][2]
    if i < 2 or not names or tokens[i - 1][2] not in ("und", "oder", "sowie") or names[-1].end != tokens[i - 2][1]:
        return False
    if text[tokens[i - 2][1] : tokens[i - 1][0]] != " " or text[tokens[i - 1][1] : tokens[i][0]] != " " or is_place(names[-1]):
        return False
    return (
        len(word) >= 3 and word[1:].islower() and "-" not in word and not _de_common(word)
        and not word.lower().endswith(_DE_NOUN_TAILS) and country_of(word) is None and not _de_noun_elsewhere(text, word)
    )


def _de_lone_plural(text: str, word: str) -> bool:
    """de: "Beobachtern zufolge", "mit Filialen", "in Hochrisiko-Anlagen": a noun in a plural or
    dative form, without article and written once (or elsewhere with one), is no company; a company the article
    is about recurs bare."""
    last = word.rsplit("-", 1)[-1]
    if len(last) < 7 or not last[:1].isupper() or not last[1:].islower():
        return False
    if not (last.endswith(("en", "ern")) or ("-" not in word and len(word) >= 9 and word.endswith("e"))):
        return False  # a short "-e" ("Velke", "Norde") may be a name written once; "Firmenanteile" is a noun
    if country_of(word) is not None:
        return False  # "Velkor Spanien", "in Schweden": a country, not a plural noun
    if "-" in word and (last.lower() in _DE_COMMON or last.lower() == "anleihen"):
        return False  # "Velkor-Aktien", "Velkor-Anleihen": shares and bonds name their issuer
    seen = 0
    for match in _bare_word(word).finditer(text):
        if _DE_DETERMINER.search(text[max(0, match.start() - 30) : match.start()]):
            return True  # "werden Zweifel laut" ... "die Zweifel": the article shows the noun
        seen += 1
    return seen <= 1


@lru_cache(maxsize=2048)
def _compound_head(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}-[A-ZÄÖÜ]")


def _brand_prefix(text: str, word: str) -> bool:
    """"die Velmargroup" ... "ein Velmargroup-Sprecher": a word that heads a hyphenated compound
    and has no German noun ending is a name (German writes "Firmensprecher", not "Firma-Sprecher")."""
    return not _de_common(word) and not word.endswith(("s", "t", "ik")) and _compound_head(word).search(text) is not None


def _bare_elsewhere(text: str, word: str, position: int) -> bool:
    """"die Velmargroup" is a name when the article also writes "Velmargroup plant": German nouns keep their article."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (end == len(text) or not (text[end].isalnum() or text[end] == "-"))
        if whole and at != position and not _sentence_start(text, at) and not _DE_DETERMINER.search(text[max(0, at - 30) : at]):
            return True
        at = text.find(word, end)
    return False


def _possessive_ends(tokens: list[tuple[int, int, str, bool]], k: int) -> bool:
    if not tokens[k][3]:
        return False
    if is_legal_suffix(tokens[k][2]) or k + 1 >= len(tokens):
        return True
    if country_of(tokens[k][2]) is not None:
        return True  # "Norway's Trellbanken banking group": the country is no part of the name
    nxt = tokens[k + 1][2]
    return not (_capitalised(nxt) and (is_legal_suffix(nxt) or _suffix_ahead(tokens, k + 1, 3)))


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_SUFFIX_OF = re.compile(r"America\b(?!\s*,)|(?:[A-Z][\w.-]*\s+){1,3}(?:Inc|Corp|Co|Ltd|Plc|Bancorp)\b")
_MONTH_FIRM = frozenset("january february march april may june july august september october november december".split())
_DATE_PREP = re.compile(r"\b(?:in|on|since|until|till|by|last|next|early|late|mid|of|from|to|through|during|before|after)\s+$", re.I)
_PAREN_IN_NAME = re.compile(r"[\w. ]{1,20}\)\s+(?:[A-Z][\w&-]*\s+){0,2}?(?:Ltd|Inc|Pty|Corp|Co|Plc|Limited)\b")
_SUFFIX_NEXT = re.compile(r"(?:[A-Z][\w&-]*\s+){0,2}?(?:Ltd|Inc|Pty|Corp|Co|Plc|Limited)\b")
_PLACE_AFTER_OF = re.compile(r"(?:[A-Z][\w.-]*\s){0,3}?[A-Z][\w.-]*,\s+[A-Z]")


def _wrapped_bracket(text: str, a: int, b: int) -> bool:
    """en wire copy: "Harlow Holdings\n(Canada) Ltd" wraps its line at a bracket inside the name."""
    gap = text[a:b]
    if gap.lstrip(" \t") == "\n(":
        return _PAREN_IN_NAME.match(text, b) is not None
    if gap.rstrip(" \t") == ")\n":
        return _SUFFIX_NEXT.match(text, b) is not None
    return False


def _gap_breaks(text: str, a: int, b: int) -> bool:
    """Punctuation or a paragraph between two tokens ends a name."""
    gap = text[a:b]
    if gap.startswith(("'s", "’s")):
        gap = gap[2:]
    if gap == " '" and text[b : b + 2] in ("N ", "n "):
        return False  # "Dig 'N Save": the apostrophe is part of the name
    if gap == " (" and _PAREN_IN_NAME.match(text, b):
        return False
    if gap == ") " and _SUFFIX_NEXT.match(text, b):
        return False
    if not gap:
        return False
    if gap.strip():
        return gap.strip() not in ("-",)
    return "\n\n" in gap or "\n " in gap or "\t" in gap


# fr: capitalised head nouns of public bodies and institutions whose names go on in lower case
_FR_INSTITUTIONS = frozenset(
    """
    banque caisse cour conseil agence autorité comité commission fonds office institut haut haute fédération union assemblée
    chambre centre compagnie crédit mutuelle régie établissement organisation secrétariat tribunal parlement conférence société
    confédération fondation direction inspection observatoire
    """.split()
)
# adjectives of bodies' names: a list, since verbs after a name share their endings ("indique", "arrive")
_FR_BODY_ADJECTIVES = _FR_NAME_ADJECTIVES | frozenset(
    """
    publique public nationaux régional régionale régionaux européens européennes mondial internationaux fédéraux
    supérieur supérieure olympique agricole postale suprême constitutionnel constitutionnelle économique économiques
    social sociale sociaux financier financière financiers financières hospitalier hospitalière départemental
    départementale municipal municipale communautaire interministériel interministérielle arbitrale scientifique
    technique nucléaire spatial spatiale militaire sanitaire sanitaires bancaire immobilier immobilière industriel
    industrielle commercial commerciale territorial territoriale maritime portuaire mutuel mutuelle coopératif coopérative
    fiscal fiscale administratif administrative judiciaire électoral électorale indépendant indépendante permanent
    permanente consultatif consultative exécutif exécutive hospitalo-universitaire universitaire régionales
    français française allemand allemande américain américaine britannique canadien canadienne québécois québécoise
    belge suisse africaine africain asiatique arabe islamique publiques publics canadiennes
    """.split()
)
# lower-case words that follow a body's name without being part of it
_FR_NOT_IN_BODY = frozenset(
    """
    le la les un une des du de ce cet cette ces son sa ses leur leurs notre nos votre vos plus moins tout tous toute toutes
    quelque quelques plusieurs certains chaque autre autres même près environ jamais désormais ailleurs abord ici euros
    dollars millions milliards actions parts janvier février mars avril mai juin juillet août septembre octobre novembre
    décembre
    """.split()
)


def _fr_body_word(word: str) -> bool:
    """A lower-case noun of a body's name after "de": no determiner, figure or infinitive ("de racheter")."""
    return (
        len(word) >= 3 and word.isalpha() and word.islower() and word not in _FR_NOT_IN_BODY
        and not word.endswith(("er", "ir", "re", "oir"))
    )


def _fr_institution_tail(text: str, tokens: list[tuple[int, int, str, bool]], i: int, last: int) -> int:
    """fr: the lower-case rest of a public body's name after its capitalised head ("Banque publique
    d'investissement", "Caisse des dépôts", "Autorité de la concurrence"): adjectives and up to two
    "de" complements. Returns the index of the name's last token (``last`` when nothing follows)."""
    if any(tokens[t][2][:1].isupper() for t in range(i + 1, last + 1)):
        return last  # the head already took capitalised words: "Banque de Norland" ends as it is
    k = last + 1
    end = last
    groups = 0
    while k < len(tokens) and k - i <= 7 and not _gap_breaks(text, tokens[k - 1][1], tokens[k][0]):
        word = tokens[k][2]
        low = word.lower()
        if low in _FR_BODY_ADJECTIVES and word.islower():
            end, k = k, k + 1  # "publique", "nationale", "supérieur"
            continue
        if groups >= 3:
            break
        if low in ("et", "&") and groups and k + 1 < len(tokens) and tokens[k + 1][2].lower()[:2] in ("de", "d'", "d’"):
            tail = _fr_institution_tail(text, tokens, i, k)
            if tail > k + 1:
                return tail  # "Office des ports et des voies navigables"
            break
        if low[:2] in ("d'", "d’") and _fr_body_word(low[2:]):
            end, k, groups = k, k + 1, groups + 1  # "d'investissement", "d'épargne"
            continue
        if low in ("de", "des", "du") and k + 1 < len(tokens) and not _gap_breaks(text, tokens[k][1], tokens[k + 1][0]):
            n = k + 1
            if low == "de" and tokens[n][2] in ("la",) and n + 1 < len(tokens):
                n += 1  # "de la concurrence"
            noun = tokens[n][2]
            if noun[:2] in ("l'", "l’") and low == "de":
                noun = noun[2:]  # "de l'énergie"
            if _fr_body_word(noun):
                end, k, groups = n, n + 1, groups + 1
                continue
        break
    return end


# common given names: one inside a run of capitalised words, after a word that is no given name, starts a person's
# name ("Velkor France Paul Marnier", "Wirtschaft Anne Berk", "Lobbyist Jan Tessmer")
GIVEN_NAMES = frozenset(
    """
    jean pierre michel philippe alain patrick nicolas christophe christian daniel david éric eric frédéric laurent stéphane
    pascal olivier thierry bruno jacques françois sébastien vincent julien thomas emmanuel bernard didier gilles marc
    dominique denis guillaume xavier antoine arnaud benoît yves claude gérard paul louis henri andré rené georges serge
    fabrice franck hervé jérôme matthieu mathieu maxime romain alexandre anne marie catherine sophie isabelle nathalie
    christine sylvie valérie sandrine céline véronique martine françoise hélène florence caroline virginie élisabeth agnès
    brigitte chantal patricia cécile claire julie laure emmanuelle delphine aurélie édouard gabriel hans peter klaus
    wolfgang jürgen michael stefan andreas frank markus uwe helmut werner dieter karl josef heinz günter gerhard horst
    manfred rolf ralf bernd jörg matthias sebastian florian tobias alexander oliver christoph johannes philipp jan lars
    sven tim maximilian angela ursula sabine petra monika andrea susanne claudia birgit katrin julia anna barbara christa
    renate heike karin gabriele kerstin silke nicole herbert walter otto kurt fritz friedrich wilhelm heinrich hermann
    ernst erich franz john james robert william richard joseph charles george steve steven mark kevin brian jeff jeffrey
    warren bill larry mary elizabeth susan margaret donald joe vladimir carlos laurence olivia camille pauline charlotte
    andrej andrei sergej sergei dmitri dmitrij alexej alexei igor oleg juri boris nikolai ivan
    georg bernhard reinhard rudolf roland hubert norbert volker detlef rainer reiner gerd harald joachim ulrich
    eva ingrid elke doris ute jutta hannelore marianne brigitte gisela sigrid
    juliette lucie léa manon emma chloé marine mathilde bertrand jean-pierre jean-claude jean-louis jean-marc
    jean-michel jean-luc jean-paul jean-yves jean-françois marie-christine anne-marie
    """.split()
)


def _names_before_person(tokens: list[tuple[int, int, str, bool]], a: int, b: int, lang: str) -> bool:
    """Do the words before a person's name name something ("Velkor France", "AFP"), or are they a title
    ("Economie", "Lobbyist", "Velkor-Chef") or a nationality ("le Français Paul Marnier")?"""
    last = tokens[b][2]
    if lang == "de" and (_de_role_noun(last) or "-" in last and last.rsplit("-", 1)[-1][1:].islower()):
        return False
    if b > a:
        return True
    if _brand_like(last) and not (lang == "de" and "-" in last):
        return True
    if lang == "de" and _de_own_name_before_person(tokens, b):
        return True
    return country_of(last) is not None and not last.lower().endswith(("ais", "ois", "and", "ien", "ain", "er"))


def _de_own_name_before_person(tokens: list[tuple[int, int, str, bool]], b: int) -> bool:
    """de: "des Versorgers Tarvion Jan Brenn": a word that is no German noun or title, and that the article writes
    on its own elsewhere, is the company the person works for."""
    word = tokens[b][2]
    if len(word) < 4 or "-" in word or not word[1:].islower() or _de_common(word) or word.lower().endswith(_DE_NOUN_TAILS):
        return False
    if word.lower().endswith(("ist", "ent", "ant", "eur", "tor", "at")):
        return False  # "Lobbyist", "Präsident", "Direktor": titles
    return sum(1 for t in tokens if t[2] == word) >= 2


def _person_inside(tokens: list[tuple[int, int, str, bool]], a: int, b: int) -> int | None:
    """fr/de: the index of a given name that starts a person's name inside the span, after other words."""
    if any(is_legal_suffix(tokens[t][2]) for t in range(a + 1, b + 1)):
        return None  # "Velkor Martin Holdings SA": a company's name
    for t in range(a + 1, b):
        if (
            tokens[t][2].lower() in GIVEN_NAMES
            and tokens[t - 1][2].lower() not in GIVEN_NAMES
            and tokens[t + 1][2][:1].isupper()
            and not tokens[t - 1][2].islower()
        ):
            return t
    return None


def _de_own_word(tokens: list[tuple[int, int, str, bool]], i: int, j: int) -> bool:
    """de: "Velkorhausen Bank International": when only generic English or bank words follow, the long word
    before them is the name's own, not a description to cut."""
    word = tokens[i][2]
    return (
        not _de_common(word)
        and not word.lower().endswith(("er", "ern", "erin", "konzern", "gruppe", "firma", "unternehmen", "gesellschaft", "bank"))
        and all(tokens[t][2].lower() in _DE_ENGLISH_NAME_WORDS or tokens[t][2].lower() in _DE_ORG_TAILS for t in range(i + 1, j + 1))
    )


def _de_english_next(text: str, tokens: list[tuple[int, int, str, bool]], k: int) -> bool:
    """de: is the token after ``k`` an English word of a company name, on the same line of the name?"""
    return (
        k + 1 < len(tokens)
        and tokens[k + 1][2].lower() in _DE_ENGLISH_NAME_WORDS
        and tokens[k + 1][2][:1].isupper()
        and text[tokens[k][1] : tokens[k + 1][0]] == " "
    )


def _continues(word: str, lang: str) -> bool:
    if not _capitalised(word):
        return False
    low = word.lower()
    if low in NOT_NAMES and low not in ("de", "la", "le", "der", "des"):
        return False
    if lang == "de" and _de_common(word):
        return False
    return True


_FR_CURRENCY_MARKS = frozenset({"US", "CA", "CAN", "AU"})
_FR_MONEY_SCALES = frozenset({"million", "millions", "milliard", "milliards", "md", "mds", "mrd", "mrds"})


def _starts_name(text: str, tokens: list[tuple[int, int, str, bool]], i: int, lang: str) -> bool:
    word = tokens[i][2]
    low = word.lower()
    if (
        lang == "en"
        and low in _MONTH_FIRM
        and i + 1 < len(tokens)
        and tokens[i + 1][2][:1].isupper()
        and _suffix_ahead(tokens, i + 1, 3)
        and not _DATE_PREP.search(text, max(0, tokens[i][0] - 12), tokens[i][0])
    ):
        return True  # "June Hardware Stores Co": a month word that opens a company name
    if lang == "fr" and word == "The" and _english_article_opens(text, tokens, i):
        return True  # fr: "The Velkor Times", an English title, keeps its article
    if lang == "fr" and low in NOT_NAMES and len(word) >= 3 and word.isupper() and low not in _FR_NOT_NAMES:
        return True  # fr: "la BEI", "l'AUF": an acronym spelled like a German or English function word is a name
    if not _capitalised(word) or low in NOT_NAMES or is_legal_suffix(word):
        # "amber Poultry Co Inc": a lower-case first word still starts a suffixed name
        return (
            lang == "en"
            and word.islower()
            and low not in NOT_NAMES
            and low not in _CONNECTORS["en"]
            and i + 1 < len(tokens)
            and _capitalised(tokens[i + 1][2])
            and _sentence_start(text, tokens[i][0])
            and _suffix_ahead(tokens, i + 1)
        )
    if word[:1].isdigit() and not any(c.isalpha() for c in word[1:2]):
        return False
    if lang == "fr" and word in _FR_CURRENCY_MARKS and i > 0 and tokens[i - 1][2].lower() in _FR_MONEY_SCALES:
        return False  # fr: "16 milliards US", "3 millions CA": a currency mark after a sum, no party
    if lang == "en" and low in _EN_OPENERS and _sentence_start(text, tokens[i][0]):
        return False
    if lang == "de" and _de_adjective_opens(text, tokens, i):
        return True  # "der Deutschen Velkorbahn": "-schen" looks like a noun ending, the adjective opens a name
    if lang == "de" and _de_common(word) and not _de_feminine_ending_brand(text, word) and not _suffix_in_name_ahead(text, tokens, i + 1) and not (
        i + 2 < len(tokens) and tokens[i + 1][2] == "of" and _capitalised(tokens[i + 2][2])
    ) and not (low == "bank" and i + 1 < len(tokens) and text[tokens[i][1] : tokens[i + 1][0]] == " " and country_of(tokens[i + 1][2]) is not None):
        return False  # ... but "Bank of Norland" and "Bank Norlandia" (a bank named after its country) start a name
    if lang == "de" and _de_common(word) and i > 0 and tokens[i - 1][2][-1:].isdigit():
        return False  # "2,5 Millionen Aktien der Foo AG": a counted noun, not a name
    return True


def _english_article_opens(text: str, tokens: list[tuple[int, int, str, bool]], i: int) -> bool:
    """fr: is the "The" at ``i`` followed on the same line by a capitalised word (an English title goes on)?"""
    return i + 1 < len(tokens) and _capitalised(tokens[i + 1][2]) and text[tokens[i][1] : tokens[i + 1][0]] == " "


@lru_cache(maxsize=2048)
def _bare_word(word: str) -> re.Pattern[str]:
    """Compiled once per word: a pattern per call flushes re's cache of 512."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def _recurs(text: str, word: str, position: int) -> bool:
    """Is the word a name elsewhere too (capitalised mid-sentence, or an acronym/brand)?"""
    if word.isupper() or any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
        return True
    for match in _bare_word(word).finditer(text):
        if match.start() != position and not _sentence_start(text, match.start()):
            return True
    return False


# "Velkor übernimmt ...": a capitalised word that opens a sentence and is followed by a deal verb is its subject
_DE_DEAL_VERB_NEXT = re.compile(
    r" (?:übernimmt|übernahm|kauft|kaufte|erwirbt|erwarb|verkauft|verkaufte|schluckt|fusioniert|beteiligt sich|steigt|"
    r"trennt sich|trennte sich|veräußert|veräußerte|investiert|investierte|bestellt|bestellte|liefert|lieferte|"
    r"stockt|gliedert|spaltet|bündelt|"
    # the other deal verbs: "Velkor vergibt einen Auftrag an Norvia", "Velkor leiht Norvia 20 Millionen", "Velkor bietet 2 Milliarden"
    r"vergibt|vergab|beauftragt|beauftragte|leiht|lieh|gewährt|gewährte|finanziert|finanzierte|pumpt|pumpte|"
    r"sichert sich|sicherte sich|bietet|bot|greift|griff|verleibt|kooperiert|kooperierte|ordert|orderte|bezieht|bezog|"
    r"rettet|rettete|beteiligte sich|stieg|unterzeichnet|unterzeichnete|einigt sich|einigte sich|verhandelt|verhandelte)\b"
)
# "Velkor hat die Sparte ... verkauft", "Velkor will Norvia kaufen", "Velkor erhält einen Auftrag": an auxiliary, a
# modal or a verb of receiving or winning after the opening word, unless that word is a fronted participle
# ("Verkauft hat ...", "Übernommen wird ...")
# (reported speech puts the auxiliary in the subjunctive: "Velkor habe sich an Norvia beteiligt", "Velkor wolle ...")
# ("Velkor prüft den Kauf von Norvia", "Velkor erwägt einen Verkauf": a deal weighed, like "plant")
_DE_AUXILIARY_NEXT = re.compile(r" (?:hat|hatte|will|wollte|soll|sollte|wird|wurde|plant|erhält|erhielt|gewinnt|gewann|habe|hätte|wolle|solle|werde|prüft|prüfte|prüfe|erwägt|erwog|erwäge)\b")
_DE_FRONTED_PARTICIPLE = re.compile(r"(?:\w*ge|ver|über|er|be|ent|zer)\w+(?:t|en)")


# "Velkor, eine Tochter von Norvia, kauft ...": an apposition between commas after the sentence's first word
_DE_APPOSITION_AFTER = re.compile(r",\s+(?:ein|eine|der|die|das)\s[^,;:.()„“\"\n]{3,80},(?=\s)")


def _de_subject_before_apposition(text: str, end: int) -> bool:
    """de: is the word ending at ``end`` a subject described between commas, right before its (deal or auxiliary) verb?"""
    apposition = _DE_APPOSITION_AFTER.match(text, end)
    return apposition is not None and (
        _DE_DEAL_VERB_NEXT.match(text, apposition.end()) is not None or _DE_AUXILIARY_NEXT.match(text, apposition.end()) is not None
    )


# "Velkor aus Italien kauft", "Velkor und Norvia schwiegen": a name opening a sentence, then where it is from or its partner
_DE_SUBJECT_NEXT = re.compile(r" (?:aus|und) [A-ZÄÖÜ]")


# fr: a French noun opens its sentence with an article ("Le groupe a racheté"); a bare capitalised word right before
# a finite verb ("Velkor a racheté", "Norvia cède") or "et" and a name ("Velkor et Norvia signent") is the subject's name
_FR_VERB_NEXT = re.compile(
    r" (?:a|avait|aura|aurait|est|était|sera|va|allait|vient|venait|doit|devrait|compte|veut|voulait|souhaite|prévoit|envisage|annonce|"
    r"rachète|achète|acquiert|cède|vend|vendra|reprend|signe|investit|lève|prend|conclut|entre|détient|possède|fusionne|"
    r"s['’](?:offre|associe|allie|empare|installe|engage|apprête|invite)|finance|commande|livre|fournit|obtient|remporte|"
    r"rejoint|ouvre|lance|emploie|contrôle|négocie|propose|mise|cherche|confirme|publie|passe|tombe|"
    # the future of the deal verbs: "Velkor fournira 200 rames", "Norvia rachètera ..."
    r"rachètera|achètera|acquerra|cédera|reprendra|signera|investira|financera|commandera|livrera|fournira|construira|"
    # more deal verbs in the present ("Velkor finalise le rachat") and the passé simple ("Velkor racheta Norvia")
    r"finalise|boucle|officialise|réalise|serait|pourrait|renonce|met|porte|renforce|fut|devient|deviendra|étudie|avale|sort|grimpe|noue|scelle|inaugure|construit|implante|installe|bâtit|choisit|retient|attribue|confie|se (?:désengage|sépare|retire|renforce)|absorbe|décroche|accorde|octroie|injecte|débloque|nationalise|équipe|équipera|monte|"
    r"revend|gagne|recapitalise|approvisionne|approvisionnera|alimente|alimentera|s['’]approvisionne|"
    r"sponsorise|parraine|distribue|commercialise|motorise|opte|sélectionne|bénéficie|bénéficiait|reçoit|recevait|touche|"
    # the conditional of rumours ("Velkor rachèterait Norvia", "Norvia s'allierait avec") and "acquit"
    r"[a-zà-ÿ]{3,}(?:erait|eraient|irait|iraient|rrait|rraient|drait|draient)|s['’][a-zà-ÿ]{3,}(?:erait|eraient|irait|iraient)|acquit|"
    # ... and the future ("Velkor cèdera Norvia", "prendra une participation")
    r"[a-zà-ÿ]{3,}(?:era|eront|ira|iront|rra|rront|dra|dront)|s['’][a-zà-ÿ]{3,}(?:era|eront|ira|iront)|"
    r"racheta|acheta|acquit|céda|vendit|reprit|signa|fonda|créa|prit|fusionna|absorba|obtint|remporta|décrocha|commanda|livra|"
    r"s['’]est)\b"
)
# "Velkor, qui a racheté Norvia, ...": a relative clause about the opening word tells it is a name
# ... and so does a participle clause about its owner ("Norvia, rachetée par Velkor en 2015, ...")
_FR_WHO_NEXT = re.compile(
    r", (?:qui (?:a|avait|est|était|vient|venait|détient|possède|contrôle|emploie|appartient|appartenait)|"
    # "Norvia, dont Velkor a pris le contrôle", "Norvia, dans laquelle Velkor a investi": a relative about a company
    r"(?:dont|que|dans laquelle|dans lequel|au capital de laquelle|au capital duquel) (?=(?:le |la |l['’])?(?:groupe |société |fonds )?[A-ZÀ-Ý])|"
    r"(?:rachetée?|acquise?|reprise?|cédée?|vendue?|détenue?|contrôlée?|absorbée?|fondée?) (?:par|en|à|au)|filiale (?:du|de|d['’]))\b"
)
_FR_APPOSITION_AFTER = re.compile(r",\s+(?:(?:déjà|aussi|également|lui-même|elle-même) )?(?:un|une|le|la|l['’]|filiale|propriétaire|actionnaire|ancien|ancienne|ex-)\b[^,;:.()«»\"\n]{3,80},(?=\s)")
_FR_AND_NAME_NEXT = re.compile(r" et (?:l['’]|le |la )?[A-ZÀ-Ý]")
_FR_SUBJECT_GAP = re.compile(
    r"(?:,\s+(?:de son côté|pour sa part|quant à (?:lui|elle)|(?:lui|elle) aussi|(?:lui|elle)-même|également|aussi|de même|"
    r"en revanche|par ailleurs|pour rappel|déjà|notamment|selon [^,;:.()«»\"\n]{3,40}),)?"
    r"(?: (?:aussi|également|lui-même|elle-même|déjà|ensuite|enfin|finalement|désormais|notamment|pourtant|toutefois|ne|n['’]|y|en|lui|leur))*"
    r"(?:(?<=['’])| )"
)
# pronouns and quantifiers that open a sentence without an article
_FR_BARE_OPENERS = frozenset(
    "tout tous toute toutes cela ceci ça lui eux rien personne chacun chacune aucun aucune nul certains certaines "
    "plusieurs beaucoup peu reste voilà voici mieux pire seul seule hier demain jadis autrefois bientôt déjà encore "
    "toujours jamais souvent parfois ici là ailleurs puis enfin surtout aussi même".split()
)


def _fr_bare_subject(text: str, word: str, end: int) -> bool:
    """fr: is the sentence-opening capitalised ``word`` a name by what follows it?"""
    low = word.lower()
    if low in _FR_BARE_OPENERS or low.endswith(("-ci", "-là", "-même", "ment")) or "'" in word or "’" in word:
        return False
    if _FR_VERB_NEXT.match(text, end) is not None or _FR_AND_NAME_NEXT.match(text, end) is not None or _FR_WHO_NEXT.match(text, end) is not None:
        return True
    # "Velkor n'a pas racheté", "Velkor en détient 20 %", "Velkor aussi a racheté", "Velkor, de son côté, a cédé":
    # a negation, a clitic, an adverb or a linking phrase between the subject and its verb
    gap = _FR_SUBJECT_GAP.match(text, end)
    if gap is not None and gap.end() > end and _FR_VERB_NEXT.match(" " + text[gap.end() : gap.end() + 60]) is not None:
        return True
    # "Velkor, une société détenue par Norvia, a racheté ...": the subject, described between commas before its verb
    apposition = _FR_APPOSITION_AFTER.match(text, end)
    return apposition is not None and _FR_VERB_NEXT.match(text, apposition.end()) is not None


def _genitive_recurs(text: str, word: str, lang: str) -> bool:
    """de: "Velkors Übernahme ..." opens a sentence; the bare "Velkor" elsewhere shows it is a name."""
    return lang == "de" and len(word) > 4 and word.endswith("s") and _recurs(text, word[:-1], -1)


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].rstrip().rstrip("\"«“(").rstrip()  # '« Rachat', '(Le'
    before = before.rstrip("\"”»") if before[-2:-1] in (".", "!", "?") else before  # '... relationship." No other'
    return not before or before[-1] in ".!?\n"


def _suffix_ahead(tokens: list[tuple[int, int, str, bool]], i: int, window: int = 4) -> bool:
    return any(
        is_legal_suffix(tokens[k][2]) or tokens[k][2].lower() in _ORG_HEADS for k in range(i, min(i + window, len(tokens)))
    )


def _suffix_in_name_ahead(text: str, tokens: list[tuple[int, int, str, bool]], i: int, window: int = 4) -> bool:
    """de: a common noun opens a name only when capitalised words run on to a suffix ("Bank Velmar AG");
    "Millionen alte Kredite ab," is no name: the run stops at the lower-case word, the particle "ab" is no AB."""
    for k in range(i, min(i + window, len(tokens))):
        word = tokens[k][2]
        if not _capitalised(word) or (k > 0 and _gap_breaks(text, tokens[k - 1][1], tokens[k][0])):
            return False
        if is_legal_suffix(word) or word.lower() in _ORG_HEADS:
            return True
    return False


def _connector_joins(text: str, tokens: list[tuple[int, int, str, bool]], last: int, k: int, lang: str) -> bool:
    """Does the connector at ``k`` sit inside one name ("Bank of Boston") rather than between two?"""
    after = tokens[k + 1][2]
    if _gap_breaks(text, tokens[last][1], tokens[k][0]) or _gap_breaks(text, tokens[k][1], tokens[k + 1][0]):
        return False
    if lang != "en" and "\n" in text[tokens[last][1] : tokens[k + 1][0]]:
        return False  # fr/de: a line break ends a heading or a paragraph
    if not _capitalised(after) or after.lower() in NOT_NAMES:
        return False
    if tokens[k][2] == "für":
        # "Institut für Velkorforschung", "Verein für Norvia-Beratung": a body's name; "Kosten für Gas", "Velkor für Aufsehen" are
        # none; "Hilfspaket für Lorvanien" joins for its description to go later, leaving the name
        head = tokens[last][2]
        return lang == "de" and (head.lower().endswith(_DE_BODY_HEADS_ANY_CASE) or _de_role_noun(head) and not _de_common(after))
    if lang == "de" and _de_common(after) and not _suffix_ahead(tokens, k + 1, 3):
        return False
    connector = tokens[k][2].lower()
    if lang == "fr" and connector in ("l'", "l’") and text[tokens[k][0]] == "L":
        return False  # "... à Velkor L'État, actionnaire": a capital "L'" opens a sentence run into a heading
    if connector in ("of", "de", "du", "des", "d'", "d’", "von", "van"):
        # "Bank of Boston", but "Tidewell Bancorp of Portland" and "Verlac of France" end at "of"
        if lang == "en" and connector == "of" and is_legal_suffix(tokens[last][2]) and _SUFFIX_OF.match(text, tokens[k + 1][0]):
            return True  # "Harwood Corp of America", "Valley Bancorp of North Dakota Inc": the place is part of the name
        if is_legal_suffix(tokens[last][2]) or country_of(after) and not (
            (lang != "en" or tokens[last][2] == "Bank") and connector == "of" and tokens[last][2].lower() in _ORG_HEADS
        ):
            return False  # ... but "Bank of Norland" in a German text is one name
        if lang == "de" and connector in ("des", "von", "der"):
            return _suffix_ahead(tokens, k + 1, 3)  # "Einspruch des Anbieters" is no name, "Bank von Foo AG" is
        if lang == "fr" and connector in ("de", "d'", "d’") and _brand_like(tokens[last][2]):
            return False  # "Kalvor de Rennes", "la régie Transvelle de Lyon": what follows is where, not who
        if connector in ("de", "du", "des"):
            return True
        if connector == "of" and _PLACE_AFTER_OF.match(text, tokens[k + 1][0]):
            return False  # "... Association of Pellston, Oklahoma": a place
        if lang == "en" and connector == "of" and tokens[last][2] in ("Division", "Unit", "Subsidiary") and _suffix_ahead(tokens, k + 1, 4):
            return False  # "Fluid Controls Division of Foo Corp": the division, then its owner
        return tokens[last][2].lower() in _ORG_HEADS or _suffix_ahead(tokens, k + 1, 3) or lang != "en"
    if connector in ("and", "&", "et", "und", "y", "e"):
        # "Hartley and Bond Inc" is one name, "Ravel Energy Inc and Brisco Corp" two
        if lang != "en":
            # fr/de: a suffix ahead counts only at the end of a run of capitals ("Velkor et Norvia se ...": the pronoun
            # "se" is no "SE"), and a name that already ends in an organisation word is complete ("Velkor Capital und
            # Norvia Bank": two names, though "Securities and Exchange" stays one)
            if is_legal_suffix(tokens[last][2]) or connector in ("et", "und") and tokens[last][2].lower() in _ORG_HEADS:
                return False
            if connector != "&" and not _suffix_in_name_ahead(text, tokens, k + 1, 3):
                return False
        elif is_legal_suffix(tokens[last][2]) or connector != "&" and not _suffix_ahead(tokens, k + 1, 3):
            return False
        elif connector == "and" and _en_second_company(text, tokens, last, k):
            return False
        if country_of(tokens[last][2]) or country_of(after):
            return False
        return True
    if connector in ("der", "la", "le", "l'", "l’"):
        return lang in ("de", "fr") and connector != "der"
    return False


# generic words that go on a name after "and" ("Harrow Bank and Trust Co", "Talvan Savings and Loan")
_EN_GENERIC_AFTER_AND = _DE_ENGLISH_NAME_WORDS | _ORG_HEADS | LEGAL_SUFFIXES | frozenset(
    "loan savings exchange mortgage casualty surety life marine general information data computer".split()
)


def _en_second_company(text: str, tokens: list[tuple[int, int, str, bool]], last: int, k: int) -> bool:
    """en: "Velkor Ventures and Norvia Partners": a name that already ends in an organisation word, then a name of its
    own with a head of its own after "and", is two companies; "Harrow Bank and Trust Co" is one."""
    if tokens[last][2].lower() not in _ORG_HEADS and tokens[last][2].lower() != "ventures":
        return False
    if tokens[k + 1][2].lower() in _EN_GENERIC_AFTER_AND:
        return False
    for t in range(k + 2, min(k + 5, len(tokens))):
        if not _capitalised(tokens[t][2]) or _gap_breaks(text, tokens[t - 1][1], tokens[t][0]):
            return False
        if is_legal_suffix(tokens[t][2]) or tokens[t][2].lower() in _ORG_HEADS or tokens[t][2].lower() == "ventures":
            return True
    return False


_FR_CIVILITIES = frozenset({"M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr"})


def _brand_like(word: str) -> bool:
    """An acronym or a camel-cased brand: a complete name on its own."""
    return len(word) >= 2 and (word.isupper() or any(c.isupper() for c in word[1:]))


def _trim(tokens: list[tuple[int, int, str, bool]], i: int, j: int, lang: str) -> tuple[int, int] | None:
    """Drop leading title words and trailing connectors; reject lone noise."""
    while j > i and tokens[j][2].lower() in _CONNECTORS.get(lang, _CONNECTORS["en"]):
        j -= 1
    while lang == "de" and i < j and tokens[i][2] in _CONNECTORS["de"]:
        i += 1  # "Hilfspaket für Griechenland" less its description: "für" does not start a name
    while lang == "fr" and i <= j and tokens[i][2] in _FR_CIVILITIES:
        i += 1  # "M. Marnier", "Me Anne Berk": the civility is no part of the name (and "M." alone is none)
    if i > j:
        return None
    words = [tokens[t][2] for t in range(i, j + 1)]
    if len(words) == 1:
        word = words[0]
        if len(word) < 2 or word.isdigit():
            return None
    return i, j


# --- small questions about a name span -------------------------------------------

def is_place(name: NameSpan) -> bool:
    return country_of(" ".join(name.text.split())) is not None


def mentions(text: str, name: str) -> int:
    """How often ``name`` stands on its own ("Lorvane" inside "Ouest-Lorvane" does not count)."""
    count = 0
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
            count += 1
        at = text.find(name, end)
    return count


def label(name: NameSpan) -> str:
    return name.full or name.text


REGULATOR = re.compile(
    r"^(?:Securities and Exchange Commission|SEC|Federal Trade Commission|Justice Department|Department of Justice|"
    r"Federal Reserve|Interstate Commerce Commission|Federal Home Loan Bank Board|Reuters|AFP|Reuters Holdings|"
    r"Bundeskartellamt|Autorité de la concurrence|Wall Street Journal|Financial Times|New York Times|Bloomberg|"
    r"Les Echos|Handelsblatt|Le Monde|Le Figaro|dpa|APA|Canard|Canard enchaîné|NYSE|Nasdaq|Dax|CAC)$",
    re.IGNORECASE,
)


DE_PERSON_BEFORE = re.compile(
    r"(?:[\w-]*[Cc]hef|[\w-]*[Cc]hefin|[Ss]precher\w*|[Mm]inister\w*|[Pp]räsident\w*|[Dd]irektor\w*|[Vv]orsitzende\w*|[Gg]ründer\w*|"
    r"Herr|Frau|[Pp]olitiker\w*|Investor\w*|Oligarch\w*|Unternehmer\w*|Milliardär\w*)\s+(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?$"
)


NOT_A_PARTY = re.compile(r"(?:FT|AP|ATS|DPA|ANSA|CGT|CFDT|FO|IG Metall|Verdi|Unsa|NDLR|Ndlr|CEO|PDG|Joint[- ]Venture)$")


def may_be_antecedent(text: str, name: NameSpan) -> bool:
    if name.possessive or is_place(name) or country_of(name.text.removesuffix("s")) or REGULATOR.match(name.text):
        return False  # "Deutschlands größtes Kreditinstitut": a place in the genitive
    if NOT_A_PARTY.match(name.text) or _DE_MEDIA.search(name.text) or (" " not in name.text and not namelike(name.text, "de")):
        return False
    if " " not in name.text and len(name.text) > 9 and name.text[1:].islower():
        return False  # "Spartenverkäufe": a long compound noun, no company
    if text.startswith(":", name.end) and text.count(name.text + ":") >= 2:
        return False  # "REDAKTION: Wie ...": an interview's speaker label
    if " " not in name.text and name.text.endswith("er") and _CAPITAL_NEXT.match(text, name.end):
        return False  # "Zürcher Behörden": a town's adjective
    # "Bankchef Karl Beispiel" speaks for the company, he is not it
    return not (DE_PERSON_BEFORE.search(text, max(0, name.start - 30), name.start) or DE_PERSON_BEFORE.match(name.text.split()[0] + " "))


def de_may_be_company(text: str, name: NameSpan) -> bool:
    """de: can the name be the company an article is about? Not a news source, a speaker label, a town's adjective
    ("Zürcher Behörden"), nor a one-word common noun: a noun ending, a word the article writes with a noun's article
    ("das Institut", "im Antrag"), or a long compound ("Spielwarenhändler") the article never writes bare
    mid-sentence, as it does a name ("der Plan von Velkorsmann")."""
    if NOT_A_PARTY.match(name.text) or _DE_MEDIA.search(name.text):
        return False
    if text.startswith(":", name.end) and text.count(name.text + ":") >= 2:
        return False
    if " " in name.text:
        return True  # "Velkor Energie": a run of capitalised words is a name, whatever its words end in
    if not namelike(name.text, "de"):
        return False
    word = name.text
    if word.endswith("er") and _CAPITAL_NEXT.match(text, name.end) or de_common_noun(text, word):
        return False
    return not (len(word) > 9 and word[1:].islower() and (word.endswith(("er", "e")) or not _bare_elsewhere(text, word, -1)))


_CAPITAL_NEXT = re.compile(r" [A-ZÄÖÜ]")
_DE_MEDIA = re.compile(r"(?:Zeitung|Rundschau|Tagblatt|Kurier|Presse|Nachrichten|Magazin|Times|Journal|Post)\b")
_DE_NOUNISH = re.compile(r"(?:ung|heit|keit|schaft|tion|tät|nis|preis|vermögen|geschäft|markt|bericht|gruppe|firma|unternehmen|rechte|ern|en)$")


def namelike(name: str, lang: str) -> bool:
    words = name.split()
    if lang == "en":
        return True
    if len(words) == 1 and words[0][:1].isupper() and not _DE_NOUNISH.search(words[0]):
        return True
    capitals = [w for w in words if w[:1].isupper()]
    if len(words) >= 2 and len(capitals) >= 2 and not any(_DE_NOUNISH.search(w) for w in capitals):
        return True
    return name.isupper() or any(c.isupper() for c in name[1:] if c != " " and not name[name.index(c) - 1].isspace())
