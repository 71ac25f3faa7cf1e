"""Whether a name found may be a party: regulators and news sources, abbreviations of no party, a person's
title before a German name, and the checks for a coreference antecedent or the company a German article is about."""

from __future__ import annotations

import re

from pipeline.extract.geo import country_of
from pipeline.extract.names.common import CAPITAL_NEXT
from pipeline.extract.names.german_nouns import bare_elsewhere, de_common_noun
from pipeline.extract.names.places import is_place
from pipeline.extract.names.span import NameSpan


REGULATOR = re.compile(
    (r"^(?:Securities and Exchange Commission|SEC|Federal Trade Commission|Justice Department|Department of Justice|"
    r"Federal Reserve|Interstate Commerce Commission|Federal Home Loan Bank Board|Reuters|AFP|Reuters Holdings|"
    r"Bundeskartellamt|Autorité de la concurrence|Autorité des marchés financiers|BaFin|Arcep|Wall Street Journal|Financial Times|New York Times|Bloomberg|"
    r"Les Echos|Handelsblatt|Le Monde|Le Figaro|dpa|APA|Canard|Canard enchaîné|NYSE|Nasdaq|Dax|CAC|"
    # en wire copy: who approves, rules on, lists or reports a deal takes no side in it ("the ICC rejected the merger",
    # "filed with the Securities and Exchange Commission", "U.S. District Court Judge Velkor", "on the Amex")
    r"(?:(?:the\s+)?(?:U\.S\.|US|U\.K\.|UK|British|Australian|Canadian)\s+)?(?:"
    r"Se[a-z]{6,10} and Exch[a-z]{3,6} Comm?[a-z]{5,9}|Exchange Comm?is+ions?|"  # "Secruties and Exchange Commission"
    r"Federal Reserve(?: Board| System| Bank of [A-Z][\w ]+)?|Fed|Board of Governors(?: of the Federal Reserve(?: System)?)?|"
    r"ICC|FCC|FTC|Interstate Commerce Commission|Federal Communications Commission|Monopolies and Mergers Commission|Office of Fair Trading|"
    r"Comptroller of the Currency|Commerce Commission|Trade Practices Commission|Foreign Investment Review Agency|"
    r"(?:Department|Dept\.?) of (?:Justice|Transportation|Commerce|Trade(?: and Industry)?)|"
    r"(?:Justice|Transportation|Commerce|Trade|Trade and Industry|Trade and Industry) Department|Antitrust Division|"
    r"(?:[A-Z][\w.&-]* )*Stock Exchange|Exchange|Amex|Big Board|"
    r"(?:[A-Z][\w.'-]* )*Court(?: of (?:Appeals|Chancery|Justice))?(?: (?:Judge|Justice|Chancellor)(?: [A-Z][\w.'-]*)+)?|"
    r"(?:Judge|Justice) (?:[A-Z][\w.'-]*)(?: [A-Z][\w.'-]*)*|"
    r"Senate|Congress|House of Representatives|(?:Senate|House) (?:[A-Z][\w-]* )*(?:Committee|Subcommittee)|"
    r"Reuter|UPI|United Press International|Associated Press|AP|Dow Jones News Service|PR Newswire|Business Wire))$")
    .replace(" ", r"\s+"),  # wire copy wraps its lines inside a name ("Securities and Exchange\nCommission")
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
    if " " not in name.text and name.text.endswith("er") and CAPITAL_NEXT.match(text, name.end):
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
    if word.endswith("er") and CAPITAL_NEXT.match(text, name.end) or de_common_noun(text, word):
        return False
    return not (len(word) > 9 and word[1:].islower() and (word.endswith(("er", "e")) or not bare_elsewhere(text, word, -1)))


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
