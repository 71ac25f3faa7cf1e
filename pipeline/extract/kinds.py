"""What a name stands for: the key deals are matched on, and the kind of party."""

from __future__ import annotations

import re
from functools import lru_cache

from cleanco import prepare_default_terms
from cleanco.clean import normalized, strip_punct, strip_tail
from cleanco.non_nfkd_map import NON_NFKD_MAP

from pipeline.extract.geo import country_of
from pipeline.extract.names import GIVEN_NAMES, is_legal_suffix
from pipeline.extract.names.german_nouns import de_common, de_role_noun
from pipeline.extract.names.words import DE_COMMON, EN_OPENERS, FR_NOT_NAMES, NOT_NAMES, ORG_HEADS
from pipeline.models import PartyKind

__all__ = ["deal_key", "full_name", "normalize", "party_kind"]


_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _legal_terms() -> dict[str, tuple[tuple[int, int, list[str]], ...]]:
    """cleanco's legal terms indexed by their last word: (position in cleanco's order, size, words)."""
    index: dict[str, list[tuple[int, int, list[str]]]] = {}
    for position, (size, parts) in enumerate(prepare_default_terms()):
        index.setdefault(parts[-1], []).append((position, size, parts))
    return {last: tuple(terms) for last, terms in index.items()}


# cleanco's ``normalized`` case-folds, decomposes (NFKD), drops combining marks and maps a few letters
# ("ø", "ł") char by char in Python; an ASCII name has no mark and no letter to map, and NFKD leaves it as
# it is, so its result is the case-folded name itself (checked here against cleanco's map, not assumed)
_ASCII_UNMAPPED = not any(key.isascii() for key in NON_NFKD_MAP)


def _normalized(name: str) -> str:
    return name.casefold() if _ASCII_UNMAPPED and name.isascii() else str(normalized(name))


def _basename(name: str) -> str:
    """cleanco's suffix stripping (same terms, same order) without its per-term list slicing.

    cleanco walks its terms once, in order, stripping each that ends the name then;
    only terms ending in the name's current last word can, so the walk jumps to the
    next such term after ``position`` instead of testing every term.
    """
    name = strip_tail(name)
    parts = name.split()
    nparts = [strip_punct(p) for p in _normalized(name).split()]
    terms = _legal_terms()
    position = 0  # cleanco's walk has passed every term before this one
    while nparts:
        for at, size, term in terms.get(nparts[-1], ()):
            if at >= position and nparts[-size:] == term:
                del nparts[-size:]
                del parts[-size:]
                position = at + 1
                break
        else:
            break
    return str(strip_tail(" ".join(parts)))


@lru_cache(maxsize=16384)
def normalize(name: str) -> str:
    """Case-folded name without legal suffix: the key deal ids and matching use."""
    squashed = _SPACE.sub(" ", name).strip()
    code = country_of(squashed)
    if code is not None:
        return f"country:{code.lower()}"
    base = _basename(squashed) or squashed
    return base.casefold().strip(" .,") or squashed.casefold()


_ARTICLES = frozenset({"l", "le", "la", "les", "the", "die", "der", "den", "dem", "des"})
# "l'État", "le gouvernement", "die Bundesregierung", "the Treasury": the government word of a government's name
_BARE_GOVERNMENT = re.compile(
    r"(?:[ée]tat|gouvernement|government|state|staat|regierung|bundesregierung|treasury)",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _government_country(name: str, deal_country: str | None) -> str | None:
    """A government's ISO code: the country a word of its name says ("Etat français", "französische Regierung"),
    else, for a bare "gouvernement" or "Bundesregierung", the deal's own country (the article's "the state")."""
    words = _WORD.findall(name)
    codes = {code for word in words if (code := country_of(word)) is not None}
    rest = " ".join(word for word in words if country_of(word) is None and word.casefold() not in _ARTICLES)
    if len(codes) > 1 or not _BARE_GOVERNMENT.fullmatch(rest):
        return None  # "Norland Land Holding": a company a government word was read in
    return codes.pop() if codes else deal_country


# a word that opens a sentence or describes the person ("Laut Velkor", "Investor Velkor") is no given name
_NOT_GIVEN = NOT_NAMES | FR_NOT_NAMES | DE_COMMON | EN_OPENERS
_FIRST_WORD_BEFORE = r"(?<![\w'’&.-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+"
_FAMILY_FIRM = (
    r"(?i:\b(?:groupe|group|gruppe|konzern|company|société|firma|famille|family|familie)\s+){name}(?![\w-])"
    r"|(?<![\w-]){name} +(?:[A-ZÀ-ÖØ-Þ]|(?i:inc|corp|co|sa|ag|se|ltd|plc|group|groupe|gruppe|holding)\b)"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«»\"“”„(]\s*|\n\s*)$")


def _given_like(first: str, lang: str, at_start: bool, text: str) -> bool:
    low = first.casefold()
    if low in GIVEN_NAMES:
        return True
    if at_start or low in _NOT_GIVEN or _PERSON_CUE.search(first + " "):
        return False  # a capitalised sentence opener or a title could be anything
    if country_of(first) is not None or is_legal_suffix(first) or low in ORG_HEADS:
        return False  # "le Suédois Velkor", "Co Velkor", "Industries Velkor": no given name
    if lang == "de" and (de_role_noun(first) or de_common(first)):
        return False
    # a given name stands before its surname only; a word the article also uses alone ("Joint Venture", "selling
    # Velkor ... the selling group", "Groupe Velkor ... le groupe") is a common word
    return len(re.findall(rf"(?<![\w-]){re.escape(first)}(?![\w-])", text, re.IGNORECASE)) == len(
        re.findall(rf"(?<![\w-]){re.escape(first)}\s+[A-ZÀ-ÖØ-Þ]", text)
    )


def full_name(name: str, text: str, lang: str) -> str | None:
    """"Anna Berg" for a party named "Berg" alone, when the article gives that one person's full name somewhere
    ("Gründerin Anna Berg ... Berg kauft"); None when it gives none, or two ("Anna Berg", "Jan Berg")."""
    if " " in name.strip() or not name[:1].isupper() or name.isupper() or not _WORD.fullmatch(name):
        return None
    if name.casefold() in _NOT_GIVEN or name.casefold() in ORG_HEADS or is_legal_suffix(name):
        return None  # "Venture", "International", "Industries": a common word read as a party, no surname
    if re.search(_FAMILY_FIRM.format(name=re.escape(name)), text):
        return None  # "le groupe Velmar", "Velmar Telecom": the family's company, not the person ("Velmar-Deal" is his)
    found = set()
    for match in re.finditer(_FIRST_WORD_BEFORE + re.escape(name) + r"(?![\w-])", text):
        first = match.group(1)
        if _given_like(first, lang, bool(_SENTENCE_START.search(text, max(0, match.start() - 3), match.start())), text):
            found.add(f"{first} {name}")
    return found.pop() if len(found) == 1 else None


# the European Union and its Commission, in any of the three languages, are one party to a deal (it buys for all)
_EU = re.compile(
    r"(?i:l['’]|the |die |der )?(?:Union européenne|UE|EU|European Union|Europäische(?:n)? Union|Commission européenne|"
    r"European Commission|EU-Kommission|EU Commission|Europäische(?:n)? Kommission|"
    # French and German news name the Commission by its seat ("Bruxelles a commandé 100 millions de doses")
    r"Bruxelles|Brüssel)"
)


# the Commission's seat standing alone for it (a firm named after the city has more words)
EU_SEAT = re.compile(r"Bruxelles|Brüssel")


def deal_key(name: str, kind: PartyKind, text: str = "", lang: str = "en", deal_country: str | None = None) -> str:
    """The key a deal id takes a party by, so two articles naming it two ways agree: the normalised name; a
    government by its ISO code ("Etat français", "la France" and a bare "le gouvernement" of a French deal), the EU
    by "EU" in any language; a person named by surname alone by the full name the article gives ("Berg" after
    "Anna Berg")."""
    key = normalize(name) or name.casefold()
    if key.startswith("country:"):
        return key
    if _EU.fullmatch(" ".join(name.split())):
        return "country:eu"  # ISO 3166 reserves EU for it
    if kind is PartyKind.GOVERNMENT:
        code = _government_country(name, deal_country)
        return f"country:{code.lower()}" if code else key
    full = full_name(name.strip(), text, lang) if text else None
    return normalize(full) if full else key


_GOVERNMENT = re.compile(
    r"\b(?:government|ministry|department of|state of|republic|kingdom|federal|treasury|city of|county|"
    r"gouvernement|ministère|[ÉE]tat|r[ée]gion|ville de|municipalit[ée]|collectivit[ée]|"
    r"Regierung|Ministerium|Bundes\w*|Freistaat|Land\b|Stadt|Gemeinde|Bund\b|Staat\b|Kommission|Commission|"
    r"European Union|Union européenne|Europäische)",
    re.IGNORECASE,
)
_STATE_OWNED = re.compile(
    r"(?:state-owned|state owned|state-run|entreprises? publiques?|soci[ée]t[ée]s? publiques?|"
    r"Staatskonzern\w*|staatlich\w*|Staatsunternehm\w*|öffentlich-rechtlich\w*)",
    re.IGNORECASE,
)
_FUND = re.compile(
    r"(?:sovereign wealth fund|\bfund\b|\bfonds\b|Staatsfonds|Fonds\b|private equity|capital-investissement|"
    r"Beteiligungsgesellschaft|Finanzinvestor|Rettungsfonds)",
    re.IGNORECASE,
)
_PERSON_CUE = re.compile(
    r"(?:\b(?:Mr\.?|Mrs\.?|Ms\.?|M\.|Mme|Herrn?|Frau|investor|financier|businessman|billionaire|chairman|founder|"
    r"homme d['’]affaires|femme d['’]affaires|milliardaire|fondateur|entrepreneur|investisseur|"
    r"Unternehmer|Investor|Milliardär|Gründer|Oligarch\w*|Geschäftsmann|Chef|PDG|patron)\s+$)",
    re.IGNORECASE,
)


# en: a firm whose name holds a government word ("Velmar Federal Savings and Loan Association", "Republic Velkor
# Corp", "Norvia Land Co Ltd", "Velkor County Cablevision Associates"): its English suffix or trade says company ...
_EN_FIRM = re.compile(r"\b(?:Inc|Corp|Co|Ltd|Plc|PLC|LP|FSB|F\.S\.B|Bancorp|Bancshares|Savings|Loan|Associates|Brokers)\b")
# ... but not the agencies named like firms ("Federal Deposit Insurance Corp")
_EN_FEDERAL_AGENCY = re.compile(r"(?:U\.S\.\s+)?Federal\s+(?:\w+\s+)*?(?:Insurance\s+Corp|Bank\s+Board|Financing\s+Bank)\b")
_SOVEREIGN_BEFORE = re.compile(r"(?:sovereign wealth fund|Staatsfonds|fonds souverain)\s*,?\s*$", re.I)  # precompiled: hot


@lru_cache(maxsize=4096)  # pure; every candidate of an article asks again for the same names in the same places
def party_kind(name: str, before: str = "", after: str = "") -> PartyKind:
    """Kind of a party from its name and the few words around it."""
    if country_of(" ".join(name.split())) is not None or EU_SEAT.fullmatch(name.strip()):
        return PartyKind.GOVERNMENT
    if _STATE_OWNED.search(name) or _STATE_OWNED.search(before[-40:]):
        return PartyKind.STATE_OWNED
    if _FUND.search(name) or _SOVEREIGN_BEFORE.search(before[-40:]):
        return PartyKind.FUND
    if _GOVERNMENT.search(name) and not (_EN_FIRM.search(name) and not _EN_FEDERAL_AGENCY.match(name)):
        return PartyKind.GOVERNMENT
    words = name.split()
    if _PERSON_CUE.search(before[-30:]) and not any(is_legal_suffix(w) for w in words):
        return PartyKind.PERSON
    return PartyKind.COMPANY
