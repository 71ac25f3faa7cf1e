"""A deal as it is being read: a name turned into a party with its role and kind (``role_of``),
one party per normalised name (``dedupe``), and the trigger's words read back from the
candidate's sentence (``trigger_text``)."""

from __future__ import annotations

import pytest

from pipeline.extract.candidates import Candidate, Role, dedupe, role_of, trigger_text
from pipeline.extract.names import NameSpan
from pipeline.extract.sentences import split_sentences
from pipeline.extract.triggers import find_triggers
from pipeline.models import PartyKind, PartyRole

R = PartyRole


def _named(text: str, name: str) -> NameSpan:
    at = text.index(name)
    return NameSpan(at, at + len(name), name)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Velkor Inc agreed to buy Norvia Corp for cash.", "Norvia Corp", PartyKind.COMPANY),
        ("France sold Norvia to Velkor.", "France", PartyKind.GOVERNMENT),  # a country is its government
        ("Velkor sold Norvia to the Norland Pension Fund.", "Norland Pension Fund", PartyKind.FUND),
        # a person cue just before the name, in each language
        ("Norvia was bought by Mr Paul Dastrel.", "Paul Dastrel", PartyKind.PERSON),
        ("Norvia a été rachetée par M. Paul Dastrel.", "Paul Dastrel", PartyKind.PERSON),
        ("Norvia wurde von Investor Paul Dastrel gekauft.", "Paul Dastrel", PartyKind.PERSON),
    ],
)
def test_role_of_reads_the_kind(text: str, name: str, kind: PartyKind) -> None:
    party = role_of(_named(text, name), R.BUYER, text)
    assert party == Role(name, text.index(name), text.index(name) + len(name), R.BUYER, kind)


def test_role_of_labels_a_short_name_by_its_full_form() -> None:
    # "Brisco" first spelled out as "Brisco Development Corp": the party carries the full name, the span stays the short one
    short = NameSpan(0, 6, "Brisco", full="Brisco Development Corp")
    party = role_of(short, R.TARGET, "Brisco agreed to the terms.")
    assert (party.name, party.start, party.end, party.role) == ("Brisco Development Corp", 0, 6, R.TARGET)


def _role(name: str, start: int, role: PartyRole = R.BUYER) -> Role:
    return Role(name, start, start + len(name), role)


def test_dedupe_keeps_the_first_of_one_normalised_name() -> None:
    first = _role("Velkor Inc", 0)
    again = _role("Velkor, Inc.", 40, R.TARGET)  # the same company, its suffix written otherwise
    other = _role("Norvia", 20, R.TARGET)
    assert dedupe([first, other, again]) == [first, other]


def test_dedupe_drops_names_that_normalise_to_nothing() -> None:
    assert dedupe([_role("  ", 0), _role("Norvia", 10)]) == [_role("Norvia", 10)]
    assert dedupe([]) == []


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Velkor meldet Gewinne. Velkor übernimmt den Hersteller Norvia.", "de", "übernimmt"),
        ("Velkor a publié ses comptes. Il a racheté Norvia.", "fr", "racheté"),
    ],
)
def test_trigger_text_reads_the_sentence_window(text: str, lang: str, words: str) -> None:
    trigger = find_triggers(text, lang)[0]
    sentence = next(s for s in split_sentences(text) if s[0] <= trigger.start < s[1])
    assert sentence[0] > 0  # the trigger's sentence is not the first: offsets are the article's
    cand = Candidate(trigger, sentence, text_window=text[sentence[0] : sentence[1]])
    assert trigger_text(cand) == words == text[trigger.start : trigger.end]


def test_trigger_text_is_empty_without_a_window() -> None:
    # English candidates carry no window (extract sets it for fr/de only)
    text = "Velkor agreed to acquire Norvia."
    trigger = find_triggers(text, "en")[0]
    assert trigger_text(Candidate(trigger, (0, len(text)))) == ""
