"""A target's description (``pipeline.extract.targets``): at its mention, and the word search the rest of the article rests on."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.names import find_names
from pipeline.extract.targets import describe, whole_words

# letters, digits, "_" and the characters that sit at name edges in wire copy
ALPHABET = st.sampled_from(list("ab_1 .,-'&éÄ\n"))


@given(text=st.text(ALPHABET, max_size=40), word=st.text(ALPHABET, min_size=1, max_size=4))
def test_whole_words_finds_what_a_word_bounded_regex_finds(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert list(whole_words(text, word)) == expected


def test_whole_words_skips_a_word_inside_a_longer_one() -> None:
    assert list(whole_words("Calrexa bought Calrex, then Calrex_2", "Calrex")) == [(15, 21)]


def test_target_description_from_apposition() -> None:
    text = "Tavor Corp agreed to buy Pine Ridge Bancorp, a Vermont-based bank, for cash."
    span = next(s for s in find_names(text, "en") if s.text == "Pine Ridge Bancorp")
    assert describe(text, span, "en") == ("bank", "Vermont")


def test_target_location_after_of() -> None:
    text = "Tavor Corp acquired Kettle Works Ltd of Halifax, Nova Scotia, last week."
    span = next(s for s in find_names(text, "en") if s.text == "Kettle Works Ltd")
    assert describe(text, span, "en")[1] == "Halifax, Nova Scotia"


def test_place_keeps_abbreviation_inside_a_sentence_but_not_its_final_stop() -> None:
    from pipeline.extract.targets import clean_place

    assert clean_place("Dover, Del.", ", will stay") == "Dover, Del."
    assert clean_place("Dover, Del.", " The") == "Dover, Del"
    assert clean_place("Lyonsdale. Terms") == "Lyonsdale"
    assert clean_place("W. Hampton. Terms") == "W. Hampton"


def test_place_before_based_is_the_target_location() -> None:
    text = "Tavor Corp agreed to buy the Salt Lake-based Ember Foods Inc for cash."
    span = next(s for s in find_names(text, "en") if s.text == "Ember Foods Inc")
    assert describe(text, span, "en")[1] == "Salt Lake"
