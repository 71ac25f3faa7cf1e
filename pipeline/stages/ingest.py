"""Stage "ingest": one poll cycle over the sources, publishing new and updated
items as RawItem JSON to ``news.raw.v1`` (key = item_id).

Sources run concurrently in a thread pool; a failing source becomes a
``Problem`` in the report and never stops the others. Dedup state is written
only after Kafka acknowledged the records (flush + ``future.get``), so a crash
between the two re-publishes instead of losing items.
"""

from __future__ import annotations

import threading
import time
import warnings
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pycountry
import trafilatura
from trafilatura.settings import use_config

from pipeline.bus.broker import BrokerUnavailable, silent_broker
from pipeline.bus.producer import close_producer, make_producer
from pipeline.feeds.errors import FeedError
from pipeline.feeds.fetch import Fetcher, Validators, private_host
from pipeline.feeds.identity import canonical_url, content_hash, detect_lang
from pipeline.feeds.parse import Entry, parse_feed
from pipeline.feeds.sources import Source, load_sources
from pipeline.models import CLOCK_SKEW_S, RawItem, item_id_for
from pipeline.settings import Settings
from pipeline.stages.report import StageReport
from pipeline.store.state import IngestState, ItemState

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.errors import KafkaTimeoutError

STAGE = "ingest"
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
SOURCE_BUDGET_SHARE = 0.8
"""Share of ``fetch_timeout_s`` (the mapped task's execution timeout) a source may spend fetching; the rest is
for publishing what it has, so a slow site yields part of its items instead of a killed task that yields none."""
OLDEST_PUBLISHED = datetime(1990, 1, 1, tzinfo=timezone.utc)
"""Earlier publication dates are placeholders (Go's zero time 0001-01-01, the Unix epoch), not dates."""

Progress = Callable[[str, dict[str, Any]], None]

_TRAFILATURA = use_config()
_TRAFILATURA.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # signal-based timeouts only work in the main thread
_TRAFILATURA.set("DEFAULT", "MIN_EXTRACTED_SIZE", "80")  # short news briefs are still articles


class _Delivery:
    """The cycle's producer, shared by the source threads, and whether its broker has stopped answering.

    A source's publishing waits at most ``kafka_max_block_ms`` in all (metadata, acks), not that long per item; once
    the broker has not answered that long, the sources publishing after it fail at once with the same reason instead
    of each waiting as long again. Their items are not recorded in the state, so the next poll publishes them."""

    def __init__(self, producer: Any, settings: Settings) -> None:
        self.producer = producer
        self.settings = settings
        self.silent: BrokerUnavailable | None = None

    def silence(self, step: str) -> BrokerUnavailable:
        error = silent_broker(self.settings.kafka_bootstrap_servers, self.settings.kafka_max_block_ms, step,
                              "they are not recorded, so the next poll publishes them")
        self.silent = self.silent or error
        return self.silent


class _Claims:
    """Which source publishes an item found in several sources of one cycle (threads share it).

    ``active`` are the sources that poll now: an item first published by one of them stays
    with it; one published by a source since renamed or disabled goes to whoever has it.
    """

    def __init__(self, active: set[str] | None = None) -> None:
        self._lock = threading.Lock()
        self._owner: dict[str, str] = {}
        self.active = active or set()

    def owner(self, item_id: str, published_by: str, source_id: str) -> str:
        """The source that handles this item this cycle: who published it, while it polls; else the first to ask."""
        with self._lock:
            return self._owner.setdefault(item_id, published_by if published_by in self.active else source_id)


@dataclass
class _Row:
    """One source's line in the run report."""

    source_id: str
    url: str
    status: str = "ok"
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: int = 0
    error_kind: str | None = None
    error: str | None = None
    format: str | None = None
    repairs: list[str] = field(default_factory=list)
    article_errors: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def run(
    settings: Settings,
    *,
    sources: list[Source] | None = None,
    source_ids: list[str] | None = None,
    sources_file: Path | None = None,
    progress: Progress | None = None,
) -> StageReport:
    """One poll cycle. ``source_ids`` picks sources (even disabled ones); otherwise all enabled."""
    report = StageReport(stage=STAGE)
    if sources is None:
        sources = load_sources(sources_file or settings.sources_file)
    if source_ids:
        by_id = {s.id: s for s in sources}
        for missing in [i for i in source_ids if i not in by_id]:
            report.problem(missing, "unknown_source", f"no source with id {missing!r}")
        chosen = [by_id[i] for i in dict.fromkeys(source_ids) if i in by_id]
    else:
        chosen = [s for s in sources if s.enabled]
    report.count("sources", len(chosen))
    if not chosen:
        return report.finish()

    delivery = _Delivery(make_producer(settings), settings)  # no broker: the run fails before any fetch
    state = IngestState(settings)
    claims = _Claims({s.id for s in sources if s.enabled} | {s.id for s in chosen})
    lock = threading.Lock()
    try:
        with Fetcher(settings) as fetcher, ThreadPoolExecutor(
            max_workers=min(settings.fetch_concurrency, len(chosen)), thread_name_prefix="ingest"
        ) as pool:
            futures = {
                pool.submit(_ingest_source, source, settings, fetcher, delivery, state, claims): source
                for source in chosen
            }
            for future in as_completed(futures):
                source = futures[future]
                try:
                    row = future.result()
                except Exception as error:  # noqa: BLE001 - a bug in one source must not hide the others
                    row = _Row(source_id=source.id, url=source.url, status="error", errors=1)
                    row.error_kind, row.error = "internal", f"{type(error).__name__}: {error}"
                with lock:
                    _tally(report, row)
                if progress is not None:
                    progress(source.id, row.as_dict())
    finally:
        close_producer(delivery.producer, timeout_s=0 if delivery.silent else 10)
    report.details.sort(key=lambda d: str(d["source_id"]))
    return report.finish()


def _tally(report: StageReport, row: _Row) -> None:
    report.details.append(row.as_dict())
    for name in ("fetched", "new", "updated", "unchanged", "skipped"):
        report.count(name, getattr(row, name))
    report.count("published", row.new + row.updated)
    report.count(f"sources_{row.status}")
    if row.status == "error":
        report.problem(row.source_id, row.error_kind or "error", row.error or "failed")
    if row.article_errors:
        report.count("article_fallbacks", len(row.article_errors))


def _ingest_source(
    source: Source, settings: Settings, fetcher: Fetcher, delivery: _Delivery, state: IngestState,
    claims: _Claims | None = None,
) -> _Row:
    row = _Row(source_id=source.id, url=source.url)
    try:
        _poll(source, settings, fetcher, delivery, state, row, claims or _Claims())
    except FeedError as error:
        row.status, row.error_kind, row.error = "error", error.kind, error.message
        row.errors += 1
    return row


def _poll(
    source: Source, settings: Settings, fetcher: Fetcher, delivery: _Delivery, state: IngestState, row: _Row,
    claims: _Claims,
) -> None:
    deadline = time.monotonic() + SOURCE_BUDGET_SHARE * settings.fetch_timeout_s
    feed_scheme = urlsplit(source.url).scheme.lower()
    is_http = feed_scheme in {"http", "https"}
    # an article page is fetched, and published, only from the web: a link to file:// (or javascript:, mailto:)
    # in a web feed must not read this machine's files; bundled file feeds may link to files beside them
    page_schemes = {"http", "https"} | ({"file"} if feed_scheme == "file" else set())
    try:
        validators = state.validators(source.url) if is_http else None
    except Exception as error:  # noqa: BLE001 - without validators we just do a full GET
        validators = None
        row.repairs.append(f"could not read saved validators: {type(error).__name__}")
    fetched = fetcher.get(
        source.url, validators=validators, rate_limit=source.rate_limit, accept=FEED_ACCEPT, deadline=deadline
    )
    if fetched.not_modified:
        row.status = "not_modified"
        return
    feed = parse_feed(fetched.body, url=fetched.url, content_type=fetched.content_type)
    row.format, row.repairs, row.skipped = feed.format, row.repairs + feed.repairs, feed.skipped
    fetched_at = datetime.now(timezone.utc)

    pending: list[_Pending] = []
    seen: set[str] = set()
    elsewhere: Counter[str] = Counter()
    undated = 0
    deferred = 0
    for entry in feed.entries:
        if urlsplit(entry.url).scheme.lower() not in page_schemes:
            row.article_errors.append(
                {"url": entry.url, "kind": "unsupported_url", "message": f"item link {entry.url!r} is not a web page"}
            )
            row.skipped += 1
            continue
        canonical = canonical_url(entry.url)
        ident = item_id_for(canonical)
        if ident in seen:
            continue  # the same article twice in one feed
        seen.add(ident)
        if source.full_text and time.monotonic() > deadline:
            deferred += 1  # not fetched, not published, and the feed's validators not saved: the next poll does it
            continue
        try:
            previous = state.item(ident)
        except Exception as error:  # noqa: BLE001
            raise FeedError("state_failed", f"cannot read dedup state for {canonical}: {error}") from error
        owner = claims.owner(ident, previous.source_id if previous is not None else source.id, source.id)
        if owner != source.id:
            elsewhere[owner] += 1  # the same article in another source: the one that published it first keeps it
            continue
        row.fetched += 1
        page = _text(entry, source, fetcher, row, previous, max_chars=settings.text_max_chars, deadline=deadline)
        if page is None:
            row.unchanged += 1  # page not modified, or unreachable with a version already published
            continue
        text, page_validators = page
        if len(text) > settings.text_max_chars:  # the feed's own content: no shorter text to fall back on
            row.article_errors.append({"url": entry.url, "kind": "too_large", "message": _too_long(text, settings.text_max_chars)})
            row.skipped += 1
            continue
        lang = _language(entry, source, text)
        if lang is None:
            row.article_errors.append(
                {"url": entry.url, "kind": "no_language", "message": "no language: the source names none and the text is too short to tell"}
            )
            row.skipped += 1
            continue
        published_at = entry.published_at
        if published_at is not None and not (
            OLDEST_PUBLISHED <= published_at <= fetched_at + timedelta(seconds=CLOCK_SKEW_S)
        ):
            published_at = None  # a placeholder or a future date: validate would quarantine every deal of it
            undated += 1
        item = RawItem(
            item_id=ident,
            source_id=source.id,
            feed_url=source.url,
            url=entry.url,
            canonical_url=canonical,
            title=entry.title,
            summary=entry.summary,
            text=text,
            lang=lang,
            published_at=published_at,
            fetched_at=fetched_at,
            authors=entry.authors,
            content_hash=content_hash(text),
        )
        if previous is not None and previous.content_hash == item.content_hash:
            row.unchanged += 1
            try:
                state.refresh_page_validators(previous, page_validators)
            except Exception as error:  # noqa: BLE001 - the page is just downloaded again next poll
                row.repairs.append(f"could not save page validators: {type(error).__name__}")
            continue
        pending.append(_Pending(item, previous, page_validators))

    for other, count in sorted(elsewhere.items()):
        row.repairs.append(f"{count} item{'s' * (count > 1)} also in source {other!r}: published by that source only")
    if undated:
        row.repairs.append(
            f"{undated} item{'s' * (undated > 1)} dated before {OLDEST_PUBLISHED:%Y} or in the future: published without a date"
        )
    if deferred:
        row.article_errors.append(
            {
                "url": source.url,
                "kind": "timeout",
                "message": f"the source's time budget ({SOURCE_BUDGET_SHARE:.0%} of DEALWIRE_FETCH_TIMEOUT_S) was spent: "
                f"{deferred} item{'s' * (deferred > 1)} left for the next poll",
            }
        )
    _publish(pending, source, delivery, state, row)
    if deferred:
        return  # the feed's validators are not saved, so the next poll sees the deferred items again
    if is_http and (fetched.validators.etag or fetched.validators.last_modified):
        try:
            state.save_validators(source.url, fetched.validators, source_id=source.id)
        except Exception as error:  # noqa: BLE001 - next poll just does a full GET
            row.repairs.append(f"could not save validators: {type(error).__name__}")


@dataclass(frozen=True)
class _Pending:
    item: RawItem
    previous: ItemState | None
    page_validators: Validators | None


def _publish(pending: list[_Pending], source: Source, delivery: _Delivery, state: IngestState, row: _Row) -> None:
    """Send, wait for every ack, then record state; any failed delivery fails the source.

    All of it waits at most ``kafka_max_block_ms`` for the broker (see ``_Delivery``); a source whose items the broker
    did not take fails as ``broker_unavailable``, other refusals (a record too large) as ``publish_failed``."""
    if not pending:
        return
    settings, producer = delivery.settings, delivery.producer
    deadline = time.monotonic() + settings.kafka_max_block_ms / 1000
    sends = []
    failures: list[str] = []
    for entry in pending:
        item = entry.item
        if delivery.silent is not None:
            failures.append(f"{item.canonical_url}: not sent")
            continue
        try:
            future = producer.send(
                settings.topic_raw, key=item.item_id.encode("ascii"), value=item.model_dump_json().encode("utf-8")
            )
        except KafkaTimeoutError:  # no metadata for the topic within max_block_ms: the broker does not answer
            delivery.silence("fetching the metadata of the raw topic")
            failures.append(f"{item.canonical_url}: not sent")
            continue
        except Exception as error:  # noqa: BLE001 - reported below, never dropped silently
            failures.append(f"{item.canonical_url}: {type(error).__name__}: {error}")
            continue
        sends.append((future, entry))
    try:
        producer.flush(timeout=max(0.0, deadline - time.monotonic()))
    except KafkaTimeoutError:
        delivery.silence("waiting for the acknowledgements of the items sent")
    for future, entry in sends:
        item, previous = entry.item, entry.previous
        try:
            future.get(timeout=max(0.0, deadline - time.monotonic()))
        except KafkaTimeoutError:
            delivery.silence("waiting for the acknowledgements of the items sent")
            failures.append(f"{item.canonical_url}: not acknowledged")
            continue
        except Exception as error:  # noqa: BLE001 - reported below, never dropped silently
            failures.append(f"{item.canonical_url}: {type(error).__name__}: {error}")
            continue
        try:
            state.record_item(
                item.item_id,
                item.content_hash,
                source_id=source.id,
                canonical_url=item.canonical_url,
                previous=previous,
                page_validators=entry.page_validators,
            )
        except Exception as error:  # noqa: BLE001
            failures.append(f"{item.canonical_url}: published but state not saved ({error}); will re-publish")
            continue
        if previous is None:
            row.new += 1
        else:
            row.updated += 1
    if failures:
        summary = f"{len(failures)} of {len(pending)} items not delivered"
        if delivery.silent is not None:
            raise FeedError("broker_unavailable", f"{summary}: {delivery.silent}")
        raise FeedError("publish_failed", f"{summary}: " + "; ".join(failures[:3]))


def _too_long(text: str, cap: int) -> str:
    return f"article text is {len(text)} characters, the cap is {cap} (DEALWIRE_TEXT_MAX_CHARS)"


def _text(
    entry: Entry,
    source: Source,
    fetcher: Fetcher,
    row: _Row,
    previous: ItemState | None,
    *,
    max_chars: int,
    deadline: float | None = None,
) -> tuple[str, Validators | None] | None:
    """Full article text when the source asks for it, else the feed's own content or summary.

    None means "keep the published version": the page answered 304 to the
    validators saved with it, or it could not be fetched this time (a transient
    failure must not publish the feed summary as a new version of a full text).
    """
    fallback = entry.content or entry.summary or entry.title
    if not source.full_text:
        return fallback, None
    try:
        # a page linked from a feed served from a public address may not lead to a private one (the feed's own
        # address is the operator's choice; a link in it is the feed's)
        private_ok = private_host(source.url) or urlsplit(source.url).scheme.lower() == "file"
        if not fetcher.allowed(entry.url, rate_limit=source.rate_limit, deadline=deadline, private_ok=private_ok):
            raise FeedError("robots_disallowed", f"robots.txt disallows {entry.url}{fetcher.robots_note(entry.url)}")
        validators = previous.page_validators if previous is not None else None
        page = fetcher.get(
            entry.url,
            validators=validators,
            rate_limit=source.rate_limit,
            accept="text/html,application/xhtml+xml",
            deadline=deadline,
            private_ok=private_ok,
        )
        if page.not_modified:
            return None
        extracted = trafilatura.extract(
            page.body, url=page.url, include_comments=False, include_tables=False, config=_TRAFILATURA
        )
        article = (extracted or "").strip()
        if not article:
            raise FeedError("not_a_feed", f"no article text found in {entry.url}")
        if len(article) > max_chars:
            raise FeedError("too_large", f"{entry.url}: {_too_long(article, max_chars)}")
        return article, page.validators
    except FeedError as error:
        row.article_errors.append({"url": entry.url, "kind": error.kind, "message": error.message})
        if previous is not None:
            return None
        return fallback, None


def _language(entry: Entry, source: Source, text: str) -> str | None:
    for code in (entry.lang, source.lang):
        if code and pycountry.languages.get(alpha_2=code) is not None:
            return code
    detected = detect_lang(f"{entry.title}\n{text}")
    if detected and pycountry.languages.get(alpha_2=detected) is not None:
        return detected
    return None
