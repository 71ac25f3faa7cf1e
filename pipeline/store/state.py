"""Ingest state in the state bucket: which version of each item was published,
and the HTTP validators of each feed.

One small JSON object per item (``ingest/items/<item_id>.json``) holds the hash
of the last published text and, for full-text sources, the article page's HTTP
validators (replayed next poll, so an unchanged page costs a 304). It is created
with ``If-None-Match: *`` and updated with ``If-Match: <etag>``, so two workers
polling at once never silently
overwrite each other. The stage writes it only after Kafka acknowledged the
record: a crash in between re-publishes (the downstream is idempotent), it
never loses an item.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import Any

from botocore.client import BaseClient
from botocore.exceptions import ClientError

from pipeline.feeds.fetch import Validators
from pipeline.settings import Settings
from pipeline.store.s3 import error_code, put_if_absent, s3_client

ITEMS_PREFIX = "ingest/items/"
FEEDS_PREFIX = "ingest/feeds/"
_CONFLICT_CODES = {"PreconditionFailed", "412", "ConditionalRequestConflict"}
_MISSING_CODES = {"NoSuchKey", "404", "NotFound"}


class StateConflict(RuntimeError):
    """Another writer kept changing the same item object; give up rather than spin."""


@dataclass(frozen=True)
class ItemState:
    item_id: str
    content_hash: str
    version: int
    source_id: str
    canonical_url: str
    published_at: str
    etag: str | None = None
    page_validators: Validators | None = None


def _now() -> str:
    return datetime.now(timezone.utc).isoformat()


def _validators_json(validators: Validators | None) -> dict[str, str | None] | None:
    if validators is None or not (validators.etag or validators.last_modified):
        return None
    return {"etag": validators.etag, "last_modified": validators.last_modified}


def _validators_from(data: dict[str, Any]) -> Validators:
    """The inverse of ``_validators_json``, for feed and page validators alike."""
    return Validators(etag=data.get("etag"), last_modified=data.get("last_modified"))


def _json(payload: dict[str, Any]) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")


def _item_json(item: ItemState) -> bytes:
    """The stored form of an item's state, read back by ``IngestState.item`` (the ETag is the object's own)."""
    return _json(
        {
            "item_id": item.item_id,
            "content_hash": item.content_hash,
            "version": item.version,
            "source_id": item.source_id,
            "canonical_url": item.canonical_url,
            "published_at": item.published_at,
            "page_validators": _validators_json(item.page_validators),
        }
    )


class IngestState:
    def __init__(self, settings: Settings, client: BaseClient | None = None) -> None:
        self.bucket = settings.bucket_state
        self.client = client if client is not None else s3_client(settings)

    # --- items -----------------------------------------------------------

    def item(self, item_id: str) -> ItemState | None:
        body, etag = self._get(f"{ITEMS_PREFIX}{item_id}.json")
        if body is None:
            return None
        data = json.loads(body)
        page = data.get("page_validators") or {}
        return ItemState(
            item_id=item_id,
            content_hash=data["content_hash"],
            version=int(data.get("version", 1)),
            source_id=data.get("source_id", ""),
            canonical_url=data.get("canonical_url", ""),
            published_at=data.get("published_at", ""),
            etag=etag,
            page_validators=_validators_from(page) if page else None,
        )

    def record_item(
        self,
        item_id: str,
        content_hash: str,
        *,
        source_id: str,
        canonical_url: str,
        previous: ItemState | None,
        page_validators: Validators | None = None,
    ) -> ItemState:
        """Remember that this version was published; safe against concurrent writers."""
        key = f"{ITEMS_PREFIX}{item_id}.json"
        current = previous
        for _ in range(8):
            if current is not None and current.content_hash == content_hash:
                return current  # someone already recorded exactly this version
            version = (current.version + 1) if current is not None else 1
            body = _item_json(
                ItemState(item_id, content_hash, version, source_id, canonical_url, _now(), page_validators=page_validators)
            )
            if current is None:
                if put_if_absent(self.client, self.bucket, key, body, ContentType="application/json"):
                    return self.item(item_id) or current  # type: ignore[return-value]
            else:
                try:
                    self.client.put_object(
                        Bucket=self.bucket, Key=key, Body=body, IfMatch=current.etag, ContentType="application/json"
                    )
                    return self.item(item_id) or current
                except ClientError as error:
                    if error_code(error) not in _CONFLICT_CODES:
                        raise
            current = self.item(item_id)  # lost a race: look again and retry on top of the winner
        raise StateConflict(f"could not record {key}: it kept changing under us")

    def refresh_page_validators(self, previous: ItemState, page_validators: Validators | None) -> bool:
        """Keep the published version but remember the page's new ETag/Last-Modified.

        A page re-rendered around the same text (a new ad, a timestamp) gets a new ETag;
        without this it would be downloaded in full on every poll. A concurrent writer wins
        quietly: the next poll refreshes again. True when the state was rewritten.
        """
        if _validators_json(page_validators) is None or page_validators == previous.page_validators or previous.etag is None:
            return False
        body = _item_json(replace(previous, page_validators=page_validators))
        try:
            self.client.put_object(
                Bucket=self.bucket, Key=f"{ITEMS_PREFIX}{previous.item_id}.json", Body=body,
                IfMatch=previous.etag, ContentType="application/json",
            )
        except ClientError as error:
            if error_code(error) in _CONFLICT_CODES:
                return False
            raise
        return True

    # --- feed validators --------------------------------------------------

    def validators(self, feed_url: str) -> Validators | None:
        body, _ = self._get(self._feed_key(feed_url))
        if body is None:
            return None
        data = json.loads(body)
        return _validators_from(data)

    def save_validators(self, feed_url: str, validators: Validators, *, source_id: str) -> None:
        """Last writer wins: validators are an optimisation, a stale one costs one full GET."""
        payload = {
            "feed_url": feed_url,
            "source_id": source_id,
            "etag": validators.etag,
            "last_modified": validators.last_modified,
            "saved_at": _now(),
        }
        self.client.put_object(
            Bucket=self.bucket, Key=self._feed_key(feed_url), Body=_json(payload), ContentType="application/json"
        )

    @staticmethod
    def _feed_key(feed_url: str) -> str:
        return f"{FEEDS_PREFIX}{hashlib.sha256(feed_url.encode('utf-8')).hexdigest()[:32]}.json"

    def _get(self, key: str) -> tuple[bytes | None, str | None]:
        try:
            response = self.client.get_object(Bucket=self.bucket, Key=key)
        except ClientError as error:
            if error_code(error) in _MISSING_CODES:
                return None, None
            raise
        return response["Body"].read(), response.get("ETag")
