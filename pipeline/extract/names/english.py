"""English rules of name finding: wire copy wrapped at a bracket inside a name, an English "The" opening a
title, and "X Ventures and Y Partners" as two companies."""

from __future__ import annotations

import re

from pipeline.extract.geo import country_of
from pipeline.extract.names.common import PAREN_IN_NAME, SUFFIX_NEXT, Token, bare_word, capitalised, gap_breaks, sentence_start
from pipeline.extract.names.places import en_area
from pipeline.extract.names.span import NameSpan
from pipeline.extract.names.words import DE_ENGLISH_NAME_WORDS, LEGAL_SUFFIXES, ORG_HEADS, is_legal_suffix
from pipeline.extract.text_index import per_article, word_starts


def wrapped_bracket(text: str, a: int, b: int) -> bool:
    """en wire copy: "Harlow Holdings\n(Canada) Ltd" wraps its line at a bracket inside the name."""
    gap = text[a:b]
    if gap.lstrip(" \t") == "\n(":
        return PAREN_IN_NAME.match(text, b) is not None
    if gap.rstrip(" \t") == ")\n":
        return SUFFIX_NEXT.match(text, b) is not None
    return False


def english_article_opens(text: str, tokens: list[Token], i: int) -> bool:
    """fr: is the "The" at ``i`` followed on the same line by a capitalised word (an English title goes on)?"""
    return i + 1 < len(tokens) and capitalised(tokens[i + 1][2]) and text[tokens[i][1] : tokens[i + 1][0]] == " "


# generic words that go on a name after "and" ("Harrow Bank and Trust Co", "Talvan Savings and Loan")
_EN_GENERIC_AFTER_AND = DE_ENGLISH_NAME_WORDS | ORG_HEADS | LEGAL_SUFFIXES | frozenset(
    "loan savings exchange mortgage casualty surety life marine general information data computer".split()
)


def en_second_company(text: str, tokens: list[Token], last: int, k: int) -> bool:
    """en: "Velkor Ventures and Norvia Partners": a name that already ends in an organisation word, then a name of its
    own with a head of its own after "and", is two companies; "Harrow Bank and Trust Co" is one."""
    if tokens[last][2].lower() not in ORG_HEADS and tokens[last][2].lower() != "ventures":
        return False
    if tokens[k + 1][2].lower() in _EN_GENERIC_AFTER_AND:
        return False
    for t in range(k + 2, min(k + 5, len(tokens))):
        if not capitalised(tokens[t][2]) or gap_breaks(text, tokens[t - 1][1], tokens[t][0]):
            return False
        if is_legal_suffix(tokens[t][2]) or tokens[t][2].lower() in ORG_HEADS or tokens[t][2].lower() == "ventures":
            return True
    return False


# closed-class words that open an English sentence and name no one ("Two analysts said", "Our plans", "Among the
# assets", "Still, he has ..."): numbers, pronouns and possessives, prepositions, adverbs, auxiliaries
_EN_FUNCTION_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve twenty thirty fifty hundred first second third
    our their his her my your its we we're we've we'll i'm it's there's they're you're he's she's
    among upon besides unlike within without through throughout against along beyond across toward towards amid
    amidst beside near behind except via where whereas whether still now further furthermore moreover late early
    just even only again already instead indeed thus hence therefore otherwise likewise though nevertheless
    has have had is was are were will would could should can might must does did do not nor yet
    """.split()
)
# plural and mass nouns that open wire-copy sentences about a deal ("Proceeds from the sale", "Traders said",
# "Discussions with Norvia", "Press reports"): no one, even opening several sentences
_EN_OPENING_NOUNS = frozenset(
    """
    proceeds sales discussions talks negotiations traders dealers brokers officials spokesmen spokeswomen executives
    shareholders stockholders holders employees workers bankers economists lawyers press reports rumors rumours
    speculation details earnings revenues profits losses prices shares
    """.split()
)
# a misspelt SEC after a lone word ("the Securities and Exchange Comission"): the name finder cut it short
_EN_SEC_AHEAD = re.compile(r"Se[a-z]{6,10}\s+and\s+Exch[a-z]{3,6}\s+Comm?[a-z]{4,9}\b")
# a lower-case word after a place that is no function word: the place modifies a noun ("Boston investors")
_EN_LOWER_NEXT = re.compile(
    r"\s+(?!(?:to|and|or|for|on|in|at|with|by|from|of|as|is|was|are|were|said|says|that|which|who|where|when|but|the|a|an|"
    r"has|had|have|will|would|could|should|may|might|after|before|since|until|than|then|via|its|their)\b)[a-z]"
)
# ... though a place before who speaks or trades there is only where ("Wall Street analysts said", "the London stock
# market"); one before a site ("its Dallas division") stays: the lead of a sentence falls back on it, measured worse
_EN_PLACE_OF_NOUN = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:analysts?|traders?|sources?|speculat\w+|economists?|dealers?|brokers?|market|markets|exchange)\b"
)
# who speaks after a lone sentence opener ("Industry sources said")
_EN_SPEAKERS_NEXT = re.compile(r"\s+(?:sources|analysts|officials|executives|experts|observers|reports|speculation|traders|dealers)\b")
# ", Ohio," ", New South Wales." after a name: the name is a town's
_EN_TOWN_OF = re.compile(r",\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)(?=\s*[,.;)]|\s*$)")
# the place before a person's trade ("Dallas investor Jan Velkor") describes him
# a ticker in brackets: an exchange's code ("(VLK.N)", "(7203.T)") or the exchange named before it ("(NYSE: VLK)");
# a bare "(VLK)" may be the acronym the article goes on with, and stays
_EN_TICKER = re.compile(
    r"\((?:(?:NYSE|Nasdaq|NASDAQ|AMEX|LSE|LON|TSX|ASX|HKEX|HKG|SGX|OTC|OTCQX|Euronext|SIX|XETRA|ETR|TYO|TSE|NSE|BSE|KRX)\s*:\s*"
    r"[A-Z0-9]{1,6}(?:\.[A-Z]{1,2})?|[A-Z0-9]{1,6}\.[A-Z]{1,2})\)$"
)
# an old wire ticker in angle brackets: an exchange's code after a dot ("<VELK.F>", "<nrva.St>"); a bare "<VELK>" may be a
# company the wire brackets as unlisted, and stays
_EN_ANGLE_TICKER = re.compile(r"[A-Za-z0-9]{1,6}\.[A-Za-z]{1,2}")
_EN_TRADE_AFTER = re.compile(r"\s+(?:investors?|financiers?|businessm[ae]n|industrialists?|raiders?|speculators?|entrepreneurs?|developers?)\s+[A-Z]")


# a hyphenated modifier ("Privately-held Korlim Co", "Family-owned Velkor Inc") describes the name after it
EN_MODIFIER_WORD = re.compile(r"[A-Z][a-z]+-(?:held|owned|run|controlled|listed|traded|quoted|backed|financed|funded|sponsored)")


def _elsewhere(text: str, word: str, at: int) -> bool:
    """Is the word written with its capital anywhere else in the text (inside a longer name, or opening another sentence)?"""
    return any(start != at for start in word_starts(text, word))


# a government's official: "Commerce Secretary Anna Brask", "Commissioner Jan Velkor" ... and "Anna Brask, Secretary of
# the Treasury", "Jan Velkor, the Finance Minister": acts and speaks for the government, no party in person
_EN_OFFICE = r"(?:Secretary|Minister|Commissioner|Governor|Premier|Ambassador|Mayor|Chancellor)"
_EN_TITLED_OFFICIAL = re.compile(rf"\b{_EN_OFFICE}\s+(?:(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+\s+)?((?:[A-Z]\.\s*)*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}})\b")
_EN_OFFICIAL_NAMED = re.compile(rf"\b((?:[A-Z][a-z]+\s+){{0,2}}[A-Z][a-z]+),\s+(?:the\s+)?(?:[A-Za-z]+\s+){{0,3}}?{_EN_OFFICE}\b")
# the body an official's title names ("Secretary of the Velmar Commission on Trade (VCT)") and the title left alone
_EN_OFFICE_OF = re.compile(rf"\b{_EN_OFFICE}\s+(?:of|for)\s+[^,;:\"]{{0,70}}$")
_EN_OFFICE_ALONE = re.compile(rf"(?:[A-Z][a-z]+\s+){{0,2}}{_EN_OFFICE}(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)?")


@per_article
def _en_officials(text: str) -> frozenset[str]:
    """The officials the article names, whole and by surname (wire copy goes on with "Brask said")."""
    found: set[str] = set()
    for pattern in (_EN_TITLED_OFFICIAL, _EN_OFFICIAL_NAMED):
        for m in pattern.finditer(text):
            words = m.group(1).split()
            if not is_legal_suffix(words[-1]) and words[-1].lower() not in ORG_HEADS:
                found.update((" ".join(words), words[-1]))
    return frozenset(found)


def en_official(text: str, start: int, end: int) -> bool:
    """en: is the name at ``start:end`` a government official's ("Finance Minister Jan Velkor", "Anna Brask", "Brask")?"""
    name = " ".join(text[start:end].split())
    titled = _EN_TITLED_OFFICIAL.search(name)
    if _EN_OFFICE_OF.search(text, max(0, start - 80), start):
        return True  # "Secretary of the Velmar Commission on Trade": the body an official's title names describes him
    if _EN_OFFICE_ALONE.fullmatch(name):
        return True  # "Finance Minister", "Secretary": the office the finder cut from its holder's name
    return name in _en_officials(text) or titled is not None and titled.end() == len(name)


def en_no_one(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """en: does the span name no one? A state, province or city alone ("of Minnesota", "in New York."), before who
    speaks or trades there ("Wall Street analysts") or before a person's trade ("Dallas investor Jan Velkor"); a town
    named by its state ("in Brantham, Ohio,"); a share class ("Class A shares"); a lone capitalised word that opens its
    sentence: a closed-class word ("Two", "Among", "We're") or a noun wire copy opens with ("Proceeds", "Traders"),
    and, when it is capitalised nowhere else in the text, one before who speaks ("Industry sources"), an adverb or a
    participle ("Specifically", "Reaffirming", "Privately-held") or a word the text also writes in lower case. A place
    before another noun ("a group of Boston investors") stays: it stands for a group the sentence names no better."""
    start, end = tokens[a][0], tokens[b][1]
    if start > 0 and text[end : end + 1] == ")" and _EN_TICKER.search(text, max(0, start - 12), end + 1):
        return True  # "Velkor Inc (VLK.N)", "(NYSE: VLK)": a stock ticker after the company's name, no party
    if start > 0 and text[start - 1] == "<" and text[end : end + 1] == ">" and _EN_ANGLE_TICKER.fullmatch(text, start, end):
        return True  # "Velkor AG <VELK.F>": the wire's ticker after the company's name, no party
    if any(is_legal_suffix(tokens[t][2]) for t in range(a + 1, b + 1)):
        return False  # "Minnesota Velkor Co", "Texas Industries Inc": a company named after its place
    if en_official(text, start, end):
        return True  # "Anna Brask, Secretary of ...": she acts for the government, no party in person
    if en_area(text[start:end]) and (not _EN_LOWER_NEXT.match(text, end) or _EN_PLACE_OF_NOUN.match(text, end)) or _EN_TRADE_AFTER.match(text, end):
        return True
    placed = _EN_TOWN_OF.match(text, end)
    if placed is not None and (en_area(placed.group(1)) or country_of(" ".join(placed.group(1).split())) is not None):
        return True  # "a plant in Velmar, Ohio, ...": a town, named by its state or country
    if a != b:
        return False
    word = tokens[a][2]
    if b + 1 < len(tokens) and len(tokens[b + 1][2]) == 1 and tokens[b + 1][2].isupper() and text[end : tokens[b + 1][0]] == " " and word[1:].islower():
        return True  # "Class A", "Series B": a share class
    if _EN_SEC_AHEAD.match(text, start):
        return True  # "the Securities and Exchange Comission": a misspelt regulator the name finder cut short
    if not word[1:].replace("-", "").replace("'", "").replace("’", "").islower() or not sentence_start(text, start):
        return False
    low = word.lower()
    if low in _EN_FUNCTION_WORDS or low in _EN_OPENING_NOUNS:
        return True  # a word of these never names a party alone, however often it opens a sentence
    if _elsewhere(text, word, start):
        return False
    if _EN_SPEAKERS_NEXT.match(text, end):
        return True  # "Industry sources said", "Retail analysts": whose sources, written nowhere else as a name
    if EN_MODIFIER_WORD.fullmatch(word) or low.endswith("ly") and len(low) >= 6 or low.endswith(("ing", "ed")) and len(low) >= 5:
        return True
    # asked of every sentence-opening word: the article's word index answers without a scan of the whole text each
    return _written(text, low) or low.endswith("s") and _written(text, low[:-1])


def _written(text: str, word: str) -> bool:
    return next(iter(word_starts(text, word)), None) is not None


# a capitalised word just before the first surname: "Tony Velkor, Norvia Corp's director" (a person, then his company),
# "Dastrel's Velkor, Norvia Corp" (a list)
_EN_CAPITAL_BEFORE = re.compile(r"[A-Z][\w.&'’-]*\s+$")
# the second name opens with a surname and goes on ("Norvia and Co", "Norvia Capital Corp", "Norvia and Dastrel Inc")
_EN_FIRM_AFTER = re.compile(r"[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?\s+(?:[A-Z][a-z]+\s+)?\S")


def en_comma_partnership(text: str, first: NameSpan, second: NameSpan) -> bool:
    """en: "Velkor, Norvia Capital Corp", "Velkor, Norvia and Co": a partnership named by two surnames with a comma
    between is one firm, when the first surname stands alone (no word of its own before it, no company of its own
    elsewhere in the text) and the second opens a name that ends in a legal suffix or an organisation word."""
    word = first.text
    if not re.fullmatch(r"[A-Z][a-z]{2,}", word) or first.possessive or not re.fullmatch(r",[ \t]*\n?[ \t]*", text[first.end : second.start]):
        return False
    last = second.text.split()[-1].lower()
    if not (second.suffixed or is_legal_suffix(last) or last in ORG_HEADS) or not _EN_FIRM_AFTER.match(second.text):
        return False
    if word.lower() in ORG_HEADS or is_legal_suffix(word) or en_area(word) or country_of(word) is not None:
        return False  # "Commission, Orion Capital", "Dallas, Velkor Corp"
    if _EN_CAPITAL_BEFORE.search(text, max(0, first.start - 40), first.start) or _written_lower(text, word.lower()):
        return False  # a person's first name before it; a word the text also writes in lower case ("Meanwhile")
    # "Velkor, Norvia and Dastrel Inc" when "Velkor Inc" is a company of its own: a list
    return not _company_of_its_own(text, word)


# the two whole-article questions of ``en_comma_partnership``, answered once per article and word (they were asked
# with a scan of the whole text per comma-name pair)
@per_article
def _written_lower(text: str, low: str) -> bool:
    return bare_word(low).search(text) is not None


@per_article
def _company_of_its_own(text: str, word: str) -> bool:
    return re.search(rf"\b{re.escape(word)}\s+(?:Inc|Corp|Ltd|Plc|PLC|Cos|Group)\b", text) is not None
