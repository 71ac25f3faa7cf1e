"""Replaying dead letters against the real broker: each letter goes back once, as it first came, and extract then
stamps the records a first success would have produced."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from typer.testing import CliRunner

from pipeline.bus.consumer import read_topic
from pipeline.cli import app
from pipeline.bus.producer import DlqHeader, make_producer
from pipeline.models import DealRecord, RawItem
from pipeline.settings import Settings
from pipeline.stages import extract, replay
from tests.factories import news_item

pytestmark = pytest.mark.integration

BAD_TEXT = "Velkor agreed to acquire Norvia for about $1.2 billion in cash, the companies said on Tuesday."
GOOD_TEXT = "Dastrel has completed its purchase of Quintor for $300 million, the company said on Friday."


def _item(text: str, slug: str) -> RawItem:
    return news_item(
        text, "en", url=f"https://news.example.com/{slug}", title=text.split(",")[0],
        published=datetime(2025, 6, 3, 8, 0, tzinfo=timezone.utc), fetched=datetime(2025, 6, 3, 9, 0, tzinfo=timezone.utc),
    )


def _failing_on(text: str) -> extract.Extractor:
    from pipeline.extract import extract as real

    def extractor(item: RawItem, *, extracted_at: datetime | None = None) -> list[DealRecord]:
        if item.text == text:
            raise ZeroDivisionError("extractor bug")
        return real(item, extracted_at=extracted_at)

    return extractor


def test_a_dead_letter_goes_back_once_with_its_key_bytes_partition_and_time(isolated_settings: Settings) -> None:
    from pipeline.extract import extract as real

    settings = isolated_settings
    bad, good = _item(BAD_TEXT, "bad"), _item(GOOD_TEXT, "good")
    producer = make_producer(settings)
    producer.send(settings.topic_raw, key=b"k-bad", value=bad.model_dump_json().encode(), partition=2)
    producer.send(settings.topic_raw, key=b"k-good", value=good.model_dump_json().encode(), partition=0)
    producer.flush()
    producer.close()
    assert extract.run(settings, extractor=_failing_on(BAD_TEXT)).counts["dlq"] == 1
    first = next(r for r in read_topic(settings, settings.topic_raw) if r.key == b"k-bad")

    [letter] = replay.dead_letters(settings)
    assert (letter.source, letter.error_class, letter.replayed) == (f"{settings.topic_raw}/2/0", "ZeroDivisionError", False)

    report = replay.run(settings)

    assert report.counts["replayed"] == 1
    again = [r for r in read_topic(settings, settings.topic_raw) if r.key == b"k-bad"]
    assert len(again) == 2
    replayed = again[1]
    assert (replayed.value, replayed.partition, replayed.timestamp) == (first.value, first.partition, first.timestamp)
    assert dict(replayed.headers)[DlqHeader.REPLAYED_FROM] == f"{settings.dlq_topic(settings.topic_raw)}/{letter.partition}/{letter.offset}".encode()
    assert [lt.replayed for lt in replay.dead_letters(settings)] == [True]

    mended = extract.run(settings)  # the bug is fixed: the real extractor

    expected = real(bad, extracted_at=extract.message_time(first))
    assert expected, "the invented text holds a deal"
    assert mended.counts == {"consumed": 1, "records_out": len(expected), "dlq": 0, "batches": 1}
    out = [r.value for r in read_topic(settings, settings.topic_candidates)
           if DealRecord.model_validate_json(r.value).source.item_id == bad.item_id]
    assert sorted(out) == sorted(e.model_dump_json().encode() for e in expected), "as if the first try had worked"

    assert replay.run(settings).counts["replayed"] == 0, "a second replay sends nothing again"


def test_a_letter_that_fails_again_waits_for_the_next_replay(isolated_settings: Settings) -> None:
    settings = isolated_settings
    producer = make_producer(settings)
    producer.send(settings.topic_raw, key=b"k", value=_item(BAD_TEXT, "still-bad").model_dump_json().encode())
    producer.flush()
    producer.close()
    still_broken = _failing_on(BAD_TEXT)
    extract.run(settings, extractor=still_broken)

    assert replay.run(settings).counts["replayed"] == 1
    assert extract.run(settings, extractor=still_broken).counts["dlq"] == 1

    letters = replay.dead_letters(settings)
    assert [lt.replayed for lt in letters] == [True, False]
    assert [lt.replays for lt in letters] == [0, 1], "the new letter knows its message was replayed once"
    assert letters[1].source.startswith(f"{settings.topic_raw}/"), "the new letter names the replayed message"
    env = {"DEALWIRE_TOPIC_RAW": settings.topic_raw, "DEALWIRE_GROUP_REPLAY": settings.group_replay,
           "DEALWIRE_KAFKA_TRANSACTIONAL_ID_PREFIX": settings.kafka_transactional_id_prefix, "COLUMNS": "200"}
    pending = CliRunner().invoke(app, ["dlq", "show", "--pending"], env=env)
    assert pending.exit_code == 0, pending.output
    assert "1 dead letter(s)" in pending.stdout and "ZeroDivisionError: extractor bug" in pending.stdout

    replayed = CliRunner().invoke(app, ["dlq", "replay"], env=env)
    assert replayed.exit_code == 0, replayed.output
    assert [lt.replayed for lt in replay.dead_letters(settings)] == [True, True]
    extract.run(settings, extractor=still_broken)
    assert [lt.replays for lt in replay.dead_letters(settings)] == [0, 1, 2], "the count follows the message"


def test_a_missing_dlq_topic_is_reported_not_waited_on(isolated_settings: Settings) -> None:
    settings = isolated_settings.model_copy(update={"topic_raw": isolated_settings.topic_raw + ".never-created"})

    report = replay.run(settings)

    assert [(p.kind, p.where) for p in report.problems] == [("missing_topic", settings.dlq_topic(settings.topic_raw))]
    assert replay.dead_letters(settings) == []
