"""The template rule: exact strings, each filler once, duplicates collapse, micro TOTAL."""

from __future__ import annotations

from pipeline.evaluation import template
from pipeline.evaluation.scores import Counts, micro_total
from pipeline.models import DealRecord, DealStatus, PartyRole

from tests.unit.evaluation.records import money, party, record, span

TEXT = (
    "Bluefin Holdings Corp said it agreed to buy\nRiverstone Milling Co, a Ohio-based grain\n"
    "mill, from Tallow Group for about 12 mln dlrs."
)


def _record(**kwargs: object) -> DealRecord:
    parties = [
        party("Bluefin Holdings Corp", PartyRole.BUYER),
        party("Riverstone Milling Co", PartyRole.TARGET, location_text="Ohio", business="grain\nmill"),
        party("Tallow Group", PartyRole.SELLER),
    ]
    return record(
        TEXT,
        parties,
        status=DealStatus.AGREED,
        status_phrase="agreed to buy",
        amount=money("12000000", evidence=span(TEXT, "about 12 mln dlrs")),
        **kwargs,  # type: ignore[arg-type]
    )


def test_record_maps_onto_every_slot_with_whitespace_squashed() -> None:
    slots = template.slot_fillers([_record()])
    assert slots["PURCHASER"] == ["Bluefin Holdings Corp"]
    assert slots["ACQUIRED"] == ["Riverstone Milling Co"]
    assert slots["SELLER"] == ["Tallow Group"]
    assert slots["DLRAMT"] == ["about 12 mln dlrs"]
    assert slots["STATUS"] == ["agreed to buy"]
    assert slots["ACQLOC"] == ["Ohio"]
    assert slots["ACQBUS"] == ["grain mill"]


def test_exact_match_only() -> None:
    assert template.score_slot(["12 mln dlrs"], [["about 12 mln dlrs"]]) == Counts(tp=0, fp=1, fn=1)
    assert template.score_slot(["about 12 mln dlrs"], [["about 12 mln dlrs"]]) == Counts(tp=1, fp=0, fn=0)
    # case is part of the string
    assert template.score_slot(["tallow group"], [["Tallow Group"]]) == Counts(tp=0, fp=1, fn=1)


def test_any_acceptable_string_of_a_filler_counts() -> None:
    assert template.score_slot(["Columbus"], [["Ohio", "Columbus"]]).tp == 1


def test_duplicate_prediction_is_one_prediction() -> None:
    assert template.score_slot(["Tallow Group", "Tallow  Group"], [["Tallow Group"]]) == Counts(tp=1, fp=0, fn=0)


def test_each_filler_counts_once() -> None:
    # two variants of one filler: one hit, the other variant is an extra prediction
    assert template.score_slot(["Ohio", "Columbus"], [["Ohio", "Columbus"]]) == Counts(tp=1, fp=1, fn=0)


def test_matching_is_one_to_one_and_maximal() -> None:
    # "X" fits both fillers, "Y" only the first: the best matching hits both
    fillers = [["X", "Y"], ["X"]]
    assert template.score_slot(["Y", "X"], fillers).tp == 2
    assert template.score_slot(["X", "Y"], fillers).tp == 2


def test_empty_slot_prediction_is_a_false_positive() -> None:
    counts = template.score_article([_record()], {"PURCHASER": [["Bluefin Holdings Corp"]]})
    assert counts["PURCHASER"] == Counts(tp=1)
    assert counts["SELLER"] == Counts(fp=1)
    assert counts["STATUS"] == Counts(fp=1)


def test_missing_prediction_is_a_miss() -> None:
    counts = template.score_article([], {"ACQUIRED": [["Riverstone Milling Co"]], "SELLER": []})
    assert counts["ACQUIRED"] == Counts(fn=1)
    assert counts["SELLER"] == Counts()


def test_main_record_is_the_most_confident() -> None:
    low = _record(confidence=0.2, tag="low")
    high = _record(confidence=0.9, tag="high")
    assert template.main_records([low, high]) == [high]
    assert template.main_records([]) == []


def test_micro_total_pools_counts() -> None:
    total = micro_total([Counts(tp=3, fp=1, fn=0), Counts(tp=1, fp=0, fn=3)])
    assert (total.tp, total.fp, total.fn) == (4, 1, 3)
    assert abs(total.precision - 0.8) < 1e-9
    assert abs(total.recall - 4 / 7) < 1e-9


def test_undisclosed_phrase_fills_dlramt() -> None:
    text = "Kestrel Inc bought Plover Ltd for an undisclosed sum."
    rec = record(
        text,
        [party("Kestrel Inc", PartyRole.BUYER), party("Plover Ltd", PartyRole.TARGET)],
        amount=money(None, disclosed=False, evidence=span(text, "undisclosed sum")),
    )
    assert template.slot_fillers([rec])["DLRAMT"] == ["undisclosed sum"]


def test_whitespace_inside_and_around_keys_is_collapsed() -> None:
    assert template.score_slot(["Tallow Group"], [["  Tallow\n\tGroup "]]) == Counts(tp=1)


def test_accents_composed_differently_are_the_same_string() -> None:
    assert template.score_slot(["Cafe\u0301 Norte"], [["Café Norte"]]) == Counts(tp=1)


def test_a_trailing_period_still_counts() -> None:
    assert template.score_slot(["Tallow Group."], [["Tallow Group"]]) == Counts(fp=1, fn=1)


def test_slots_beyond_ours_count_their_fillers_as_misses() -> None:
    counts = template.score_article([_record()], {"PURCHASER": [["Bluefin Holdings Corp"]], "ACQABR": [["RMC"]]},
                                    ("PURCHASER", "ACQABR"))
    assert counts == {"PURCHASER": Counts(tp=1), "ACQABR": Counts(fn=1)}
