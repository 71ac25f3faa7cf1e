from __future__ import annotations

from typing import NamedTuple

from pipeline.bus.consumer import interleave, next_offsets


class Rec(NamedTuple):
    """The three fields batching reads of a Kafka ConsumerRecord."""

    topic: str
    partition: int
    offset: int


def test_a_batch_takes_the_partitions_in_turn_each_in_offset_order() -> None:
    polled = [Rec("raw", 1, 7), Rec("raw", 0, 3), Rec("raw", 0, 1), Rec("raw", 1, 5), Rec("raw", 0, 2), Rec("raw", 2, 9)]

    batch = interleave(polled)

    assert [(r.partition, r.offset) for r in batch] == [(0, 1), (1, 5), (2, 9), (0, 2), (1, 7), (0, 3)]
    assert sorted(batch) == sorted(polled), "nothing lost or doubled"


def test_the_offsets_to_commit_after_any_prefix_are_each_partitions_next() -> None:
    batch = interleave([Rec("raw", 0, 1), Rec("raw", 0, 2), Rec("raw", 1, 5)])

    done = batch[:2]  # a batch cut after two messages: one from each partition

    assert {(tp.partition, meta.offset) for tp, meta in next_offsets(done).items()} == {(0, 2), (1, 6)}
