"""Matching keys and kinds of party (``pipeline.extract.kinds``)."""

from __future__ import annotations

from pipeline.extract.kinds import normalize, party_kind
from pipeline.models import PartyKind


def test_normalize_strips_suffix_and_maps_countries() -> None:
    assert normalize("Tavor  Corp") == "tavor"
    assert normalize("Korvex AG") == "korvex"
    assert normalize("Allemagne") == normalize("Germany") == "country:de"


def test_kinds() -> None:
    assert party_kind("Allemagne") is PartyKind.GOVERNMENT
    assert party_kind("entreprises publiques") is PartyKind.STATE_OWNED
    assert party_kind("Staatskonzern") is PartyKind.STATE_OWNED
    assert party_kind("Norland Staatsfonds") is PartyKind.FUND
    assert party_kind("Nordic Growth Fund") is PartyKind.FUND
    assert party_kind("Jane Holloway", before="the investor ") is PartyKind.PERSON
    assert party_kind("Tavor Corp") is PartyKind.COMPANY


def test_a_title_with_its_full_stop_or_in_the_accusative_marks_a_person() -> None:
    assert party_kind("Paul Dastrel", "was bought by Mr. ") is PartyKind.PERSON
    assert party_kind("Paul Dastrel", "wurde von Herrn ") is PartyKind.PERSON
    assert party_kind("Dastrel Holding", "was bought by ") is PartyKind.COMPANY
