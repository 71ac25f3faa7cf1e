"""Helpers shared by the extractor tests: an invented article and the checks every record must pass."""

from __future__ import annotations

from datetime import datetime, timezone

from pipeline.extract import EXTRACTOR_VERSION, extract
from pipeline.models import DealRecord, RawItem
from tests.factories import news_item

PUBLISHED = datetime(2024, 5, 14, 9, 30, tzinfo=timezone.utc)


def item(text: str, lang: str, *, url: str | None = None, published: datetime | None = PUBLISHED) -> RawItem:
    return news_item(
        text, lang, url=url or f"https://news.example/{lang}/{abs(hash(text))}", published=published,
        fetched=published or PUBLISHED,
    )


def check(item: RawItem, records: list[DealRecord]) -> None:
    """Every record re-validates against the text: evidence offsets are exact."""
    for record in records:
        DealRecord.model_validate(record.model_dump(), context={"text": item.text})
        for _, span in record.evidences():
            assert item.text[span.start : span.end] == span.text
        assert record.extractor_version == EXTRACTOR_VERSION
        assert record.source.text_length == len(item.text)
        assert 0.0 <= record.confidence <= 1.0


def records_of(text: str, lang: str, title: str = "") -> list[DealRecord]:
    """Extract an invented article and check every record against its text."""
    article = item(text, lang)
    if title:
        article = article.model_copy(update={"title": title})
    records = extract(article)
    check(article, records)
    return records
