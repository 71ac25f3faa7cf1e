"""Consumer lag against the real broker: what each stage's group committed and how far the end is."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from typer.testing import CliRunner

from pipeline.bus.consumer import consumer_lag
from pipeline.bus.producer import make_producer
from pipeline.cli import app
from pipeline.models import RawItem
from pipeline.settings import Settings
from pipeline.stages import extract
from tests.factories import news_item

pytestmark = pytest.mark.integration


def _item(slug: str) -> RawItem:
    return news_item(
        "Dastrel has completed its purchase of Quintor for $300 million, the company said on Friday.", "en",
        url=f"https://news.example.com/{slug}", published=datetime(2025, 6, 3, 8, 0, tzinfo=timezone.utc),
        fetched=datetime(2025, 6, 3, 9, 0, tzinfo=timezone.utc),
    )


def test_lag_shows_each_stage_behind_its_topic_until_it_has_run(isolated_settings: Settings) -> None:
    settings = isolated_settings
    producer = make_producer(settings)
    for n in range(3):
        producer.send(settings.topic_raw, key=f"k{n}".encode(), value=_item(f"lag-{n}").model_dump_json().encode(), partition=1)
    producer.flush()
    producer.close()

    def behind() -> int:
        return sum(lag.behind for lag in consumer_lag(settings, settings.group_extract, settings.topic_raw))

    assert behind() == 3
    assert [lag.committed for lag in consumer_lag(settings, settings.group_extract, settings.topic_raw)] == [None, None, None]
    extract.run(settings)
    assert behind() == 0
    env = {"DEALWIRE_TOPIC_RAW": settings.topic_raw, "DEALWIRE_GROUP_EXTRACT": settings.group_extract, "COLUMNS": "200"}
    shown = CliRunner().invoke(app, ["lag"], env=env)
    assert shown.exit_code == 0, shown.output
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in shown.stdout.splitlines() if settings.topic_raw in line]
    assert [settings.group_extract, settings.topic_raw, "1", "3", "3", "0"] in rows


def test_a_group_that_read_everything_shows_no_lag_on_a_topic_written_in_transactions(isolated_settings: Settings) -> None:
    """extract writes the candidates in transactions: the commit marker after the last message takes an offset no
    reader gets, so a group that commits last message + 1 stands before it; lag counts what is left to read."""
    from pipeline.bus.consumer import make_consumer, next_offsets, read_topic

    settings = isolated_settings
    producer = make_producer(settings)
    for n in range(3):
        producer.send(settings.topic_raw, key=f"k{n}".encode(), value=_item(f"txn-{n}").model_dump_json().encode(), partition=n)
    producer.flush()
    producer.close()
    assert extract.run(settings).counts["records_out"] >= 3, "the invented text yields a deal per item"
    group = f"{settings.group_validate}-reader"
    assert sum(lag.behind for lag in consumer_lag(settings, group, settings.topic_candidates)) >= 3

    reader = make_consumer(settings, group)
    try:
        records = read_topic(settings, settings.topic_candidates)
        reader.commit(next_offsets(records))
    finally:
        reader.close(autocommit=False)

    lags = consumer_lag(settings, group, settings.topic_candidates)
    assert any(lag.committed is not None and lag.committed < lag.end for lag in lags), "a marker sits past the commit"
    assert [(lag.partition, lag.behind) for lag in lags] == [(0, 0), (1, 0), (2, 0)]
