"""German leftovers of the probe rounds (helper de10), one rule per test, on invented sentences."""

from __future__ import annotations

from pipeline.extract.names.find import find_names
from pipeline.models import DealStatus, DealType, PartyRole
from tests.unit.extract.support import records_of


def _names(text: str) -> list[str]:
    return [n.text for n in find_names(text, "de")]


def test_german_conditional_subject_and_object_are_names() -> None:
    # "würde"/"könnte" after the sentence's first word marks it as the subject; after "würde" no noun is determined
    for text in ("Velkor würde Norvia übernehmen.", "Velkor könnte Norvia kaufen, heißt es in Berlin."):
        records = records_of(text, "de")
        assert records and records[0].deal_type == DealType.ACQUISITION
        assert {(p.name, p.role) for p in records[0].parties} == {
            ("Velkor", PartyRole.BUYER), ("Norvia", PartyRole.TARGET)
        }
    assert records_of("Velkor würde Norvia übernehmen.", "de")[0].status == DealStatus.EXPECTED


def test_german_conditional_before_a_common_noun_finds_no_name() -> None:
    assert _names("Ärger könnte drohen.") == []
    assert _names("Die Firma würde Geld verlieren.") == []
