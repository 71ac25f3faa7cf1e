"""The token tests every language's rules share: a capitalised word, a gap that breaks a name, a sentence's
start, a word recurring bare, a legal suffix ahead, a brand-like word; and the patterns more than one module reads."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.extract.names.words import ORG_HEADS, is_legal_suffix
from pipeline.extract.text_index import memo, word_starts

# a word token of the text: (start, end, word, ends in a possessive 's)
Token = tuple[int, int, str, bool]


def capitalised(word: str) -> bool:
    first = word[:1]
    return first.isupper() or (first.isdigit() and any(c.isupper() for c in word))


PAREN_IN_NAME = re.compile(r"[\w. ]{1,20}\)\s+(?:[A-Z][\w&-]*\s+){0,2}?(?:Ltd|Inc|Pty|Corp|Co|Plc|Limited)\b")
SUFFIX_NEXT = re.compile(r"(?:[A-Z][\w&-]*\s+){0,2}?(?:Ltd|Inc|Pty|Corp|Co|Plc|Limited)\b")


def gap_breaks(text: str, a: int, b: int) -> bool:
    """Punctuation or a paragraph between two tokens ends a name."""
    gap = text[a:b]
    if gap.startswith(("'s", "’s")):
        gap = gap[2:]
    if gap == " '" and text[b : b + 2] in ("N ", "n "):
        return False  # "Dig 'N Save": the apostrophe is part of the name
    if gap == " (" and PAREN_IN_NAME.match(text, b):
        return False
    if gap == ") " and SUFFIX_NEXT.match(text, b):
        return False
    if not gap:
        return False
    if gap.strip():
        return gap.strip() not in ("-",)
    return "\n\n" in gap or "\n " in gap or "\t" in gap


@lru_cache(maxsize=2048)
def bare_word(word: str) -> re.Pattern[str]:
    """Compiled once per word: a pattern per call flushes re's cache of 512."""
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def recurs(text: str, word: str, position: int) -> bool:
    """Is the word a name elsewhere too (capitalised mid-sentence, or an acronym/brand)?"""
    if word.isupper() or any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word):
        return True
    # asked of each capitalised word: the word's mid-sentence places are found once per article
    return any(at != position for at in memo(text, ("recurs", word), lambda: _mid_sentence(text, word)))


def _mid_sentence(text: str, word: str) -> tuple[int, ...]:
    """The first two places where the word stands bare and not at a sentence's start (one may be the word asked about)."""
    found: list[int] = []
    for at in word_starts(text, word):
        if not sentence_start(text, at):
            found.append(at)
            if len(found) == 2:
                break
    return tuple(found)


def sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 40) : position].rstrip().rstrip("\"«“(").rstrip()  # '« Rachat', '(Le'
    before = before.rstrip("\"”»") if before[-2:-1] in (".", "!", "?") else before  # '... relationship." No other'
    return not before or before[-1] in ".!?\n"


def suffix_ahead(tokens: list[Token], i: int, window: int = 4) -> bool:
    return any(
        is_legal_suffix(tokens[k][2]) or tokens[k][2].lower() in ORG_HEADS for k in range(i, min(i + window, len(tokens)))
    )


def suffix_in_name_ahead(text: str, tokens: list[Token], i: int, window: int = 4) -> bool:
    """de: a common noun opens a name only when capitalised words run on to a suffix ("Bank Velmar AG");
    "Millionen alte Kredite ab," is no name: the run stops at the lower-case word, the particle "ab" is no AB."""
    for k in range(i, min(i + window, len(tokens))):
        word = tokens[k][2]
        if not capitalised(word) or (k > 0 and gap_breaks(text, tokens[k - 1][1], tokens[k][0])):
            return False
        if is_legal_suffix(word) or word.lower() in ORG_HEADS:
            return True
    return False


def brand_like(word: str) -> bool:
    """An acronym or a camel-cased brand: a complete name on its own."""
    return len(word) >= 2 and (word.isupper() or any(c.isupper() for c in word[1:]))


CAPITAL_NEXT = re.compile(r" [A-ZÄÖÜ]")
