"""German background deals told in a subordinate clause or after a year: the names and sides, on invented sentences."""

from __future__ import annotations

import pytest

from pipeline.extract import extract
from pipeline.extract.names import find_names
from pipeline.models import DealType, PartyRole
from tests.unit.extract.support import check, item

_AFTER = " Velkor und Dastrel äußerten sich nicht."


def _deals(text: str) -> list[tuple[DealType, set[tuple[str, PartyRole]]]]:
    article = item(text, "de")
    records = extract(article)
    check(article, records)
    return [(r.deal_type, {(p.name, p.role) for p in r.parties}) for r in records]


@pytest.mark.parametrize("conjunction", ["Nachdem", "Obwohl", "Als", "Weil", "Bevor"])
def test_conjunction_opening_the_sentence_is_no_part_of_the_name(conjunction: str) -> None:
    text = f"Die Zahlen sind gut. {conjunction} Velkor 2021 bei Dastrel eingestiegen war, stieg der Kurs." + _AFTER
    assert [n.text for n in find_names(text, "de")][:2] == ["Velkor", "Dastrel"]


def test_stake_taken_in_a_subordinate_clause_names_investor_and_target() -> None:
    text = "Die Zahlen sind gut. Nachdem Velkor 2021 bei Dastrel eingestiegen war, stieg der Kurs." + _AFTER
    assert _deals(text) == [(DealType.INVESTMENT, {("Velkor", PartyRole.INVESTOR), ("Dastrel", PartyRole.TARGET)})]


def test_subject_and_object_of_a_subordinate_clause_are_two_names() -> None:
    text = "Die Zahlen sind gut. Weil Velkor Dastrel übernommen hat, stieg der Kurs." + _AFTER
    assert [n.text for n in find_names(text, "de")][:2] == ["Velkor", "Dastrel"]
    assert _deals(text) == [(DealType.ACQUISITION, {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.TARGET)})]


def test_a_company_named_after_a_year_is_no_unit_counted() -> None:
    text = "Die Zahlen sind gut. Als Velkor 2021 Dastrel übernahm, stieg der Kurs." + _AFTER
    assert _deals(text) == [(DealType.ACQUISITION, {("Velkor", PartyRole.BUYER), ("Dastrel", PartyRole.TARGET)})]


def test_a_word_after_a_count_or_a_year_named_once_stays_out() -> None:
    # "40 Velkor" counts things; a noun after a year that the article never names again is no party
    text = "Norvia bestellt 40 Velkor für 300 Millionen Euro. Seit 2019 Aufsichtsratschef, kaufte Norvia 2020 die Dastrel AG."
    names = {p for _, parties in _deals(text) for p in parties}
    assert ("Velkor", PartyRole.SUPPLIER) not in names and not any(name == "Aufsichtsratschef" for name, _ in names)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nachdem Velkor 2021 eine Strafe von 30 Millionen Euro gezahlt hatte, stieg der Kurs.",  # a fine
        "Obwohl Velkor 2021 den Umsatz auf 300 Millionen Euro gesteigert hat, sank der Kurs.",  # results
        "Weil Velkor für 2022 einen Verlust von 30 Millionen Euro erwartet, sank der Kurs.",  # a forecast
        "Als Velkor 2021 die Preise um 5 Prozent erhöhte, sank der Absatz.",  # prices
    ],
)
def test_subordinate_clauses_of_no_deal_make_no_record(sentence: str) -> None:
    assert _deals("Die Zahlen sind gut. " + sentence + _AFTER) == []
