from __future__ import annotations

import pytest

from pipeline.extract.status import find_status, find_statuses
from pipeline.models import DealStatus


@pytest.mark.parametrize(
    ("sentence", "lang", "status", "cue"),
    [
        ("Brightwater Inc said it agreed to acquire Tallow Corp for cash.", "en", DealStatus.AGREED, "agreed to acquire"),
        ("Brightwater Inc said it has completed the purchase of Tallow Corp.", "en", DealStatus.COMPLETED, "completed"),
        ("Brightwater and Tallow terminated the merger agreement on Monday.", "en", DealStatus.CANCELLED, "terminated the merger agreement"),
        ("Brightwater said it signed a letter of intent to buy Tallow.", "en", DealStatus.AGREED, "letter of intent"),
        ("Brightwater is in talks to buy Tallow.", "en", DealStatus.RUMORED, "in talks"),
        ("Brightwater agreed in principle to buy Tallow.", "en", DealStatus.AGREED, "agreed in principle"),
        ("Le groupe Lumen devrait racheter la société Orvia.", "fr", DealStatus.EXPECTED, "devrait"),
        ("Lumen a racheté Orvia en mars.", "fr", DealStatus.COMPLETED, "a racheté"),
        ("Selon les informations du journal local, Lumen négocie.", "fr", DealStatus.RUMORED, None),
        ("Der Konzern Lumen soll den Hersteller Orvia kaufen.", "de", DealStatus.EXPECTED, "soll"),
        ("Laut Insidern will Lumen den Hersteller kaufen.", "de", DealStatus.RUMORED, None),
        ("Lumen hat den Hersteller Orvia übernommen.", "de", DealStatus.COMPLETED, None),
    ],
)
def test_cues(sentence: str, lang: str, status: DealStatus, cue: str | None) -> None:
    found = find_status(sentence, lang)
    assert found is not None
    assert found.status is status
    assert sentence[found.start : found.end] == found.text
    if cue is not None:
        assert found.text == cue


def test_specific_cue_beats_generic_one() -> None:
    sentence = "Brightwater reached an agreement in principle and agreed to buy Tallow."
    assert find_status(sentence, "en").text == "agreement in principle"


def test_no_cue_no_status() -> None:
    assert find_statuses("Sales rose five pct in the quarter.", "en") == []
