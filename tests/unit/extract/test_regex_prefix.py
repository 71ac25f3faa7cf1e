"""The dispatched scans find exactly what the plain alternations they replace would find.

``regex_prefix.dispatched`` rewrites the trigger, status and number-word tables into a
faster shape; a rewrite that changed one match would silently change records. Each
table is checked against its plain form on text built from what its own patterns
match, glued with the punctuation, hyphens and apostrophes that decide word starts.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract import numbers, sentences, status, triggers
from pipeline.extract.regex_prefix import dispatched, dispatched_alternation, dispatched_scan, group_index, spaced

GLUE = [" ", "  ", "\n", "-", "'", "’", ",", ".", "x", "Velkor ", "la ", "der ", "the ", "1", "A"]

TRIGGER_TABLES = {"en": (triggers._EN_TRIGGERS, re.IGNORECASE), "fr": (triggers._FR_TRIGGERS, 0), "de": (triggers._DE_TRIGGERS, 0)}


def _plain_triggers(lang: str) -> re.Pattern[str]:
    table, flags = TRIGGER_TABLES[lang]
    alternation = "|".join(f"(?P<t{i}>{spaced(p)})" for i, (p, *_) in enumerate(table))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?:(?<=['’])|(?![\w-]))", flags)


def _plain_status(lang: str) -> re.Pattern[str]:
    alternation = "|".join(f"(?P<g{i}>{spaced(p)})" for i, (_, cue) in enumerate(status._RANKED[lang]) for p in [cue.pattern])
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, int | None]]:
    return [(m.start(), m.end(), group_index(m.lastgroup) if m.lastgroup else None) for m in pattern.finditer(text)]


def _text_from(patterns: list[str], flags: int) -> st.SearchStrategy[str]:
    """Pieces that match single table entries, glued in any order with word-start punctuation."""
    pieces = st.one_of(
        *(st.from_regex(re.compile(p, flags), fullmatch=True) for p in patterns),
        st.sampled_from(GLUE),
    )
    return st.lists(pieces, min_size=1, max_size=8).map("".join)


SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_trigger_scan_matches_the_plain_alternation(lang: str) -> None:
    table, flags = TRIGGER_TABLES[lang]
    plain, fast = _plain_triggers(lang), triggers._TRIGGERS[lang][0]

    @SETTINGS
    @given(_text_from([spaced(p) for p, *_ in table], flags))
    def check(text: str) -> None:
        assert _found(fast, text) == _found(plain, text)

    check()


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_status_scan_matches_the_plain_alternation(lang: str) -> None:
    plain, fast = _plain_status(lang), status._COMPILED[lang][0]

    @SETTINGS
    @given(_text_from([spaced(cue.pattern) for _, cue in status._RANKED[lang]], re.IGNORECASE), st.integers(0, 40))
    def check(text: str, start: int) -> None:
        assert _found(fast, text) == _found(plain, text)
        # find_statuses searches from a position inside the text, not only from its start
        first_fast, first_plain = fast.search(text, start), plain.search(text, start)
        assert (first_fast and first_fast.span()) == (first_plain and first_plain.span())

    check()


def test_the_english_and_french_trigger_tables_are_dispatched() -> None:
    """The speed of the English scan rests on the rewrite: a table it cannot split falls back silently."""
    for lang in ("en", "fr"):
        table, flags = TRIGGER_TABLES[lang]
        assert dispatched([spaced(p) for p, *_ in table], "t", flags, "", hyphen=True) is not None
    assert dispatched([spaced(cue.pattern) for _, cue in status._RANKED["en"]], "g", re.IGNORECASE, "") is not None


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_number_word_starts_match_the_plain_trie(lang: str) -> None:
    words = rf"(?:{numbers.trie_pattern(numbers._WORDS[lang])}|{numbers.trie_pattern(numbers.ONE_WORDS[lang])}(?=\s+[mbtkMBTK]))"
    plain = re.compile(rf"\b{words}(?![^\W\d_])", re.IGNORECASE)
    fast = numbers._WORD_START_RE[lang]

    @SETTINGS
    @given(_text_from([numbers.trie_pattern(numbers._WORDS[lang])], re.IGNORECASE))
    def check(text: str) -> None:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]

    check()


def test_a_word_start_scan_finds_what_its_pattern_finds_in_ascii_text() -> None:
    # the ASCII path scans from separator to separator: a word start at the text's start has none before it,
    # and one right after a match ending in an apostrophe has the match's own last character before it
    scan = dispatched_scan(["rachat d'", "acquisition"], "t", 0, r"(?:(?<=['’])|(?![\w-]))", hyphen=True)
    assert scan is not None
    text = "acquisition et rachat d'acquisition, non-acquisition"
    found = [(m.span(), m.lastgroup) for m in scan.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in scan.pattern.finditer(text)]
    assert [span for span, _ in found] == [(0, 11), (15, 24), (24, 35)]
    after_apostrophe = scan.search(text, 24)
    assert after_apostrophe is not None and after_apostrophe.span() == (24, 35)
    assert scan.search(text, 25) is None


def test_a_dispatched_word_list_keeps_the_first_listed_word_first() -> None:
    # "mln" before "million": an alternation takes the first word that fits, the rewrite too
    fast = re.compile(rf"(?:{dispatched_alternation(['mln', 'million', 'Mio'], re.IGNORECASE)})", re.IGNORECASE)
    assert fast.match("million").group() == "million"
    assert fast.match("mln dlrs").group() == "mln"
    assert fast.match("MIO").group() == "MIO"
    assert fast.match("bln") is None


@SETTINGS
@given(st.lists(st.sampled_from(["Velkor", " ", "  ", "\n", "\n\n", "\n   ", ".", "!", "?", '"', "»", "”", "«", "3", "a", "Inc."]), max_size=14).map("".join))
def test_sentence_breaks_match_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"(?<=[.!?])[\"»”]?\s+(?=[\"«“]?[A-ZÀ-ÖØ-Þ0-9])|\n\s*\n|\n(?=[ \t]{2,})")
    assert [m.span() for m in sentences._SENTENCE_END.finditer(text)] == [m.span() for m in plain.finditer(text)]


@SETTINGS
@given(st.lists(st.sampled_from(["1", "12", "100", " ", "\u00a0", ".", ",", "'", "000", "a", "x1", "2,5"]), max_size=10).map("".join))
def test_number_scan_matches_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"(?=\d)" + numbers.NUMBER)
    assert [m.span() for m in numbers._NUMBER_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_spaced_reads_an_optional_space_as_optional() -> None:
    import re

    from pipeline.extract.regex_prefix import spaced

    pattern = re.compile(spaced(r"\d+ ?€ par action"))
    assert pattern.fullmatch("15€ par action") and pattern.fullmatch("15 €  par\naction")
    assert not pattern.fullmatch("15€ paraction")
