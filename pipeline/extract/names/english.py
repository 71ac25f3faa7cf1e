"""English rules of name finding: wire copy wrapped at a bracket inside a name, an English "The" opening a
title, and "X Ventures and Y Partners" as two companies."""

from __future__ import annotations

from pipeline.extract.names.common import PAREN_IN_NAME, SUFFIX_NEXT, Token, capitalised, gap_breaks
from pipeline.extract.names.words import DE_ENGLISH_NAME_WORDS, LEGAL_SUFFIXES, ORG_HEADS, is_legal_suffix


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
