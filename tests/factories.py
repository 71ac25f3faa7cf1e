"""One RawItem builder for tests that feed invented text to the extractor or the bus."""

from __future__ import annotations

from datetime import datetime

from pipeline.models import RawItem, content_hash_for, item_id_for


def news_item(
    text: str,
    lang: str,
    *,
    url: str,
    published: datetime | None,
    fetched: datetime,
    title: str = "",
    summary: str = "",
    source_id: str = "test",
    feed_url: str = "https://news.example/feed",
) -> RawItem:
    """A valid RawItem whose ids derive from ``url`` and ``text`` as ingestion derives them."""
    return RawItem(
        item_id=item_id_for(url),
        source_id=source_id,
        feed_url=feed_url,
        url=url,
        canonical_url=url,
        title=title,
        summary=summary,
        text=text,
        lang=lang,
        published_at=published,
        fetched_at=fetched,
        content_hash=content_hash_for(text),
    )
