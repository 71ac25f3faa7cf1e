"""What a name stands for: the key deals are matched on, and the kind of party."""

from __future__ import annotations

import re
from functools import lru_cache

from cleanco import prepare_default_terms
from cleanco.clean import normalized, strip_punct, strip_tail
from cleanco.non_nfkd_map import NON_NFKD_MAP

from pipeline.extract.geo import country_of
from pipeline.extract.names import is_legal_suffix
from pipeline.models import PartyKind

__all__ = ["normalize", "party_kind"]


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


_SOVEREIGN_BEFORE = re.compile(r"(?:sovereign wealth fund|Staatsfonds|fonds souverain)\s*,?\s*$", re.I)  # precompiled: hot


@lru_cache(maxsize=4096)  # pure; every candidate of an article asks again for the same names in the same places
def party_kind(name: str, before: str = "", after: str = "") -> PartyKind:
    """Kind of a party from its name and the few words around it."""
    if country_of(" ".join(name.split())) is not None:
        return PartyKind.GOVERNMENT
    if _STATE_OWNED.search(name) or _STATE_OWNED.search(before[-40:]):
        return PartyKind.STATE_OWNED
    if _FUND.search(name) or _SOVEREIGN_BEFORE.search(before[-40:]):
        return PartyKind.FUND
    if _GOVERNMENT.search(name):
        return PartyKind.GOVERNMENT
    words = name.split()
    if _PERSON_CUE.search(before[-30:]) and not any(is_legal_suffix(w) for w in words):
        return PartyKind.PERSON
    return PartyKind.COMPANY
