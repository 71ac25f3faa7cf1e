"""Sentence spans: where a sentence ends in wire copy (abbreviations, wrapped lines), in feed
text (one paragraph per line) and in French agency copy (run-in sub-headings)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.sentences import fr_headings_apart, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velkor agreed to buy Norvia. Terms were not disclosed.", ["Velkor agreed to buy Norvia.", "Terms were not disclosed."]),
        # a company suffix and a state abbreviation end no sentence
        (
            "Velkor Inc. said it bought Norvia Corp. for cash. The deal closed Monday.",
            ["Velkor Inc. said it bought Norvia Corp. for cash.", "The deal closed Monday."],
        ),
        ("Velkor, of Tulsa, Okla., said it would buy Norvia.", ["Velkor, of Tulsa, Okla., said it would buy Norvia."]),
        # an initial ends no sentence, in English and in French ("M." is Monsieur)
        ("J. Harlan Smith, chief of Velkor, said it will buy Norvia. Shares rose.", ["J. Harlan Smith, chief of Velkor, said it will buy Norvia.", "Shares rose."]),
        ("M. Durand dirige Velkor. Il a racheté Norvia!", ["M. Durand dirige Velkor.", "Il a racheté Norvia!"]),
        # a German abbreviation inside a figure ends no sentence
        ("Velkor kaufte 3 Mio. Aktien. Das meldete Norvia.", ["Velkor kaufte 3 Mio. Aktien.", "Das meldete Norvia."]),
        # a question mark ends one, and a digit can open the next
        ("Le prix? 3 millions.", ["Le prix?", "3 millions."]),
        ("Velkor a acquis Norvia. 2024 sera une année clé.", ["Velkor a acquis Norvia.", "2024 sera une année clé."]),
        # a lower-case word after the full stop opens no sentence
        ("Velkor bought Norvia. shares rose.", ["Velkor bought Norvia. shares rose."]),
        # a quotation closing after the full stop ends the sentence, and the next one opens at its own quote
        ('"We bought Norvia," he said. "It fits." Velkor added.', ['"We bought Norvia," he said.', '"It fits.', "Velkor added."]),
    ],
)
def test_sentence_ends(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_feed_text_ends_a_sentence_at_each_line() -> None:
    # one paragraph per line: the line break ends the sentence even without a full stop
    text = "Velkor rachète Norvia\nLe montant n'a pas été divulgué."
    assert _sentences(text) == ["Velkor rachète Norvia", "Le montant n'a pas été divulgué."]


def test_wrapped_wire_copy_keeps_a_sentence_over_its_line_break() -> None:
    # wire copy wraps lines anywhere: a line opening in lower case continues the sentence
    text = "Velkor said it agreed\nto buy Norvia for cash. It gave no price."
    assert split_sentences(text) == [(0, 45), (46, 63)]
    assert _sentences(text)[0] == "Velkor said it agreed\nto buy Norvia for cash."


def test_blank_line_ends_a_sentence_even_after_an_abbreviation() -> None:
    text = "Velkor said it agreed\nto buy Norvia Corp.\n\nThe price was not given."
    assert _sentences(text) == ["Velkor said it agreed\nto buy Norvia Corp.", "The price was not given."]


def test_no_text_no_sentence() -> None:
    assert split_sentences("") == []


def test_french_run_in_heading_is_a_sentence_of_its_own() -> None:
    text = "Le chiffre d'affaires est en hausse.- Nouveau patron -Le groupe Velkor a racheté Norvia."
    spans = split_sentences(text)
    assert spans == [(0, 88)]  # no space after the full stop: one sentence before the heading is cut out
    apart = fr_headings_apart(text, spans)
    assert [text[a:b] for a, b in apart] == [
        "Le chiffre d'affaires est en hausse.",
        "- Nouveau patron -",
        "Le groupe Velkor a racheté Norvia.",
    ]


def test_french_dashes_inside_a_sentence_are_no_heading() -> None:
    # an aside between dashes follows no full stop and opens in lower case
    text = "Velkor a racheté Norvia - une affaire - pour 3 millions."
    spans = split_sentences(text)
    assert fr_headings_apart(text, spans) == spans


_PIECES = st.sampled_from(
    ["Velkor", "Norvia Corp.", "Inc.", "J.", "bought", "a racheté", "3 Mio.", "Aktien", ".", "!", "?", ",", '"', "»", "«",
     "\n", "\n\n", "\n    ", "  ", "2024", "le", "Le", "- Nouveau patron -"]
)


@given(pieces=st.lists(_PIECES, max_size=30), joiner=st.sampled_from([" ", ""]))
def test_spans_are_ordered_disjoint_and_cover_the_words(pieces: list[str], joiner: str) -> None:
    text = joiner.join(pieces)
    for spans in (split_sentences(text), fr_headings_apart(text, split_sentences(text))):
        previous_end = 0
        for a, b in spans:
            assert previous_end <= a < b <= len(text)
            previous_end = b
        covered = {i for a, b in spans for i in range(a, b)}
        # only spaces and the closing quote of a break ("... fits.\" Velkor") fall between sentences
        for i, char in enumerate(text):
            if i not in covered:
                assert char.isspace() or char in "\"»”", (text, spans, i)


def test_a_heading_glued_to_the_next_sentence_is_cut_off() -> None:
    text = "Des soucis récurrentsVelkor a racheté Norvia."
    spans = fr_headings_apart(text, split_sentences(text))
    assert [text[a:b].strip() for a, b in spans] == ["Des soucis récurrents", "Velkor a racheté Norvia."]
    # a brand written with a lower-case letter before its capital stays whole
    brand = "Velkor vend sur eBay et sur iPhone."
    assert fr_headings_apart(brand, split_sentences(brand)) == split_sentences(brand)


def test_sentence_openings_are_built_from_one_set_of_pieces() -> None:
    import re

    from pipeline.extract.sentences import FR_LINKING_WORDS, FR_SUBJECT_PRONOUN, OPENING_MARKS, OPENING_PHRASE, linking_word

    opening = re.compile(OPENING_MARKS + OPENING_PHRASE + linking_word(FR_LINKING_WORDS) + FR_SUBJECT_PRONOUN)
    assert opening.match("« Selon la presse, elle cède Norvia")
    assert opening.match("Mais elle cède Norvia") and opening.match("De son côté, ils cèdent Norvia")
    lead_in = re.compile(OPENING_MARKS + linking_word(FR_LINKING_WORDS) + FR_SUBJECT_PRONOUN)
    assert lead_in.match("Mais, elle cède Norvia") and lead_in.match("Ils cèdent Norvia")
    assert not lead_in.match("Velkor et elle cèdent Norvia")
    assert not lead_in.match("De son côté, elle cède Norvia")  # no opening phrase where the pattern leaves it out


def test_a_german_day_before_its_month_ends_no_sentence() -> None:
    text = "Die Velkor AG soll am 12. März an Norvia verkauft werden. Das ist neu."
    assert [text[a:b] for a, b in split_sentences(text)] == ["Die Velkor AG soll am 12. März an Norvia verkauft werden.", "Das ist neu."]
    # a number ending a sentence before another month-like word still ends it when no month follows
    text = "Der Umsatz stieg auf 4. Norvia legte zu."
    assert len(split_sentences(text)) == 2
