"""A target's description (``pipeline.extract.targets``): the word search it rests on."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.targets import whole_words

# letters, digits, "_" and the characters that sit at name edges in wire copy
ALPHABET = st.sampled_from(list("ab_1 .,-'&éÄ\n"))


@given(text=st.text(ALPHABET, max_size=40), word=st.text(ALPHABET, min_size=1, max_size=4))
def test_whole_words_finds_what_a_word_bounded_regex_finds(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert list(whole_words(text, word)) == expected


def test_whole_words_skips_a_word_inside_a_longer_one() -> None:
    assert list(whole_words("Calrexa bought Calrex, then Calrex_2", "Calrex")) == [(15, 21)]
