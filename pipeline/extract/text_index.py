"""What the extractor asks of the whole article again and again, answered from one pass over it.

Many rules ask whether a word or a name recurs elsewhere in the article ("is 'Velkor' written bare anywhere?",
"does a person's title stand before 'Marnier'?"). Answered by a scan of the whole text per question, an article
with n words and a name per few words costs n² (a 300,000-character text took a minute). Here the article's
words are indexed once, so that a question costs the occurrences of its word, and a question asked again of the
same article is answered from a memo. The answers are exactly those of the scans they replace.

The state is kept for the few articles asked about last, keyed by the text object itself: the extractor passes
the article's one string around, and a string is not reused while it is held here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Hashable, Iterable
from functools import lru_cache
from typing import Concatenate, ParamSpec, TypeVar

__all__ = ["compound_starts", "indexed", "long_article", "memo", "per_article", "prefix_starts", "run_starts", "word_starts"]

T = TypeVar("T")
P = ParamSpec("P")

# a run of the characters that the whole-word patterns' lookarounds, (?<![\w-]) and (?![\w-]), test
_RUN = re.compile(r"[\w-]+")
_RUN_CHAR = re.compile(r"[\w-]")
_WORD = re.compile(r"\w+")
# below this length one scan costs about what indexing does; short articles (most of them) keep the scan
_INDEX_FROM = 6000
_KEPT = 4  # articles whose state is kept: the article, its title, a sentence being read apart


class _Article:
    __slots__ = ("text", "_runs", "_heads", "answers")

    def __init__(self, text: str) -> None:
        self.text = text
        self._runs: dict[str, list[int]] | None = None  # built on the first question
        self._heads: dict[str, list[int]] | None = None
        self.answers: dict[Hashable, object] = {}

    def runs(self) -> dict[str, list[int]]:
        """Each run of [\\w-] characters → where it starts, in order."""
        if self._runs is None:
            runs: dict[str, list[int]] = {}
            for match in _RUN.finditer(self.text):
                runs.setdefault(match.group(), []).append(match.start())
            self._runs = runs
        return self._runs

    def heads(self) -> dict[str, list[int]]:
        """Each hyphenated run's part before its first hyphen ("Velkor" of "Velkor-Chef") → where the run starts."""
        if self._heads is None:
            heads: dict[str, list[int]] = {}
            for run, starts in self.runs().items():
                head, hyphen, _ = run.partition("-")
                if hyphen:
                    heads.setdefault(head, []).extend(starts)
            for starts in heads.values():
                starts.sort()
            self._heads = heads
        return self._heads


_articles: list[_Article] = []


def _article(text: str) -> _Article:
    for i, article in enumerate(_articles):
        if article.text is text:
            if i:
                _articles.insert(0, _articles.pop(i))  # the article asked about most stays, a passing slice goes
            return article
    article = _Article(text)
    _articles.insert(0, article)
    del _articles[_KEPT:]
    return article


def long_article(text: str) -> bool:
    """Is the text long enough for the index and the memo to pay? Shorter ones are scanned, as before."""
    return len(text) >= _INDEX_FROM


def indexed(text: str, word: str) -> bool:
    """Can ``run_starts`` and ``compound_starts`` answer for the word: is the text long enough to be indexed (shorter
    ones are scanned, as before) and the word all word characters (no hyphen: a run of its own)?"""
    return len(text) >= _INDEX_FROM and _WORD.fullmatch(word) is not None


def memo(text: str, key: Hashable, compute: Callable[[], T]) -> T:
    """``compute()``, once per article and key: the key must name everything the answer depends on besides the
    text. A short text is not kept: the answer is computed each time."""
    if len(text) < _INDEX_FROM:
        return compute()
    answers = _article(text).answers
    if key in answers:
        return answers[key]  # type: ignore[return-value]  # stored by this function under the same key
    answer = compute()
    answers[key] = answer
    return answer


def per_article(rule: Callable[Concatenate[str, P], T]) -> Callable[Concatenate[str, P], T]:
    """A rule of (text, *arguments) that reads the whole article, answered once per article and arguments."""

    @functools.wraps(rule)
    def once(text: str, *args: P.args, **kwargs: P.kwargs) -> T:
        key = (rule, args, tuple(sorted(kwargs.items()))) if kwargs else (rule, args)
        return memo(text, key, lambda: rule(text, *args, **kwargs))

    return once


@lru_cache(maxsize=2048)
def _whole(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")


def word_starts(text: str, word: str) -> Iterable[int]:
    """Where ``(?<![\\w-])word(?![\\w-])`` matches in ``text``, as ``finditer`` finds them (left to right, no overlap)."""
    first = _RUN.match(word)
    if len(text) < _INDEX_FROM or first is None:
        return (m.start() for m in _whole(word).finditer(text))  # lazily: a caller may stop at the first
    article = _article(text)
    found = article.answers.get(("word_starts", word))
    if found is not None:
        return found  # type: ignore[return-value]
    # a match opens a run (nothing of [\w-] before it) and that run is the word's first one: either the word ends
    # there, or a character outside [\w-] follows in the word and so in the text
    head = first.group()
    starts: list[int] = []
    end = 0
    for at in article.runs().get(head, ()):
        if at < end or not text.startswith(word, at) or _RUN_CHAR.match(text, at + len(word)):
            continue
        starts.append(at)
        end = at + len(word)
    article.answers[("word_starts", word)] = starts
    return starts


def run_starts(text: str, run: str) -> list[int]:
    """Where a run of [\\w-] characters equal to ``run`` (a word with nothing of [\\w-] on either side) starts, in
    order; ``indexed(text, run)`` must hold."""
    return _article(text).runs().get(run, [])


def compound_starts(text: str, head: str) -> list[int]:
    """Where a run of [\\w-] characters that opens with ``head`` and a hyphen ("Velkor-Chef" for "Velkor") starts, in
    order; ``indexed(text, head)`` must hold."""
    return _article(text).heads().get(head, [])


def prefix_starts(text: str, prefix: str) -> list[int] | None:
    """Where a run of [\\w-] characters that begins with ``prefix``'s first run starts ("groupe" for "groupes",
    "groupe-phare"), in order: the only places ``(?<![\\w-])prefix...`` can match; None for a short text or a prefix
    that does not open with such a run."""
    first = _RUN.match(prefix)
    if len(text) < _INDEX_FROM or first is None:
        return None
    head = first.group()
    article = _article(text)
    key = ("prefix_starts", head)
    found = article.answers.get(key)
    if found is None:
        starts = [at for run, ats in article.runs().items() if run.startswith(head) for at in ats]
        starts.sort()
        article.answers[key] = found = starts
    return found  # type: ignore[return-value]  # stored above under this key
