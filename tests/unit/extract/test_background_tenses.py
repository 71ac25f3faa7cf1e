"""Background deals told in the past (pluperfect, passé simple, a participle closing the clause), fr and de, on
invented sentences: the same deal as in the present, and no deal where the words tell none."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.models import DealType, PartyRole
from tests.unit.extract.support import check, item

_FR = "Les résultats de Velkor et de Dastrel sont bons. "
_DE = "Die Zahlen von Velkor und Dastrel sind gut. "


def _deals(text: str, lang: str) -> list[tuple[DealType, set[tuple[str, PartyRole]]]]:
    article = item(text, lang)
    records = extract(article)
    check(article, records)
    return [(r.deal_type, {(p.name, p.role) for p in r.parties}) for r in records]


@pytest.mark.parametrize("verb", ["avait repris", "reprit", "aurait repris"])
def test_fr_takeover_told_in_the_past(verb: str) -> None:
    assert _deals(_FR + f"Velkor {verb} Dastrel en 2015.", "fr") == [
        (DealType.ACQUISITION, {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.TARGET)})
    ]


def test_fr_alliance_told_in_the_pluperfect() -> None:
    assert _deals(_FR + "Velkor s'était allié à Dastrel en 2015.", "fr") == [
        (DealType.PARTNERSHIP, {("Velkor", PartyRole.PARTNER), ("Dastrel", PartyRole.PARTNER)})
    ]


@pytest.mark.parametrize("participle", ["gestützt", "gerettet", "unterstützt"])
def test_de_aid_told_in_the_perfect(participle: str) -> None:
    deals = _deals(_DE + f"Der Bund hatte Dastrel 2020 mit 300 Millionen Euro {participle}.", "de")
    assert deals == [(DealType.OTHER, {("Bund", PartyRole.INVESTOR), ("Dastrel", PartyRole.TARGET)})]


def test_de_aid_in_a_passive_keeps_who_pays() -> None:
    deals = _deals(_DE + "Velkor wurde vom Land Norvien mit 20 Millionen Euro gefördert.", "de")
    assert deals == [(DealType.OTHER, {("Velkor", PartyRole.TARGET), ("Land Norvien", PartyRole.INVESTOR)})]


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Velkor avait repris le travail en 2015.", "fr"),  # work resumed
        ("Velkor avait repris des couleurs en 2015.", "fr"),  # a share price recovering
        ("Velkor hat die Preise mit 20 Millionen Euro gestützt.", "de"),  # prices propped up
        ("Nach der Einigung wären die Jobs gerettet.", "de"),  # jobs saved, no money to anyone
        ("Die Forschung wurde vom Land mit 20 Millionen Euro gefördert.", "de"),  # research funded, no company
        ("Velkor hatte eine Strafe von 20 Millionen Euro gezahlt.", "de"),  # a fine
    ],
)
def test_past_tense_wordings_of_no_deal_make_no_record(sentence: str, lang: str) -> None:
    assert _deals((_FR if lang == "fr" else _DE) + sentence, lang) == []
