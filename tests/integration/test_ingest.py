"""Ingest against the real broker and the real S3 state bucket.

Feeds come from the bundled samples (file://), from a loopback HTTP server, and
from ../shared/feeds; items are read back from Kafka with the pipeline's own
consumer.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.bus.consumer import iter_batches, make_consumer
from pipeline.feeds.identity import canonical_url
from pipeline.feeds.sources import Source, load_sources
from pipeline.models import RawItem
from pipeline.settings import Settings
from pipeline.stages import ingest
from pipeline.stages.report import StageReport
from pipeline.store.s3 import s3_client
from pipeline.store.state import ITEMS_PREFIX
from tests.unit.feeds.server import FeedServer, serving, slow, static, status

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
SHARED_FEEDS = REPO.parent / "shared" / "feeds"


def read_back(settings: Settings) -> list[RawItem]:
    """Everything on the raw topic, validated against the contract."""
    consumer = make_consumer(settings, f"test-read-{uuid.uuid4().hex[:8]}", settings.topic_raw)
    try:
        items = []
        for batch in iter_batches(consumer, settings, empty_polls=3):
            for record in batch:
                item = RawItem.model_validate_json(record.value)
                assert record.key == item.item_id.encode()
                items.append(item)
        return items
    finally:
        consumer.close()


def fast(settings: Settings) -> Settings:
    return settings.model_copy(
        update={"http_read_timeout_s": 0.5, "http_connect_timeout_s": 1.0, "http_retries": 1, "http_backoff_s": 0.01}
    )


@pytest.fixture
def samples(tmp_path: Path) -> Path:
    """A private copy of the samples, so a test may edit an article."""
    copy = tmp_path / "samples"
    shutil.copytree(SAMPLES, copy)
    return copy


@pytest.fixture
def http_samples(samples: Path) -> Iterator[tuple[FeedServer, Path]]:
    """The samples served over HTTP with ETags, and a sources file pointing at them."""
    with serving(samples) as server:
        server.routes["/robots.txt"] = static(b"User-agent: *\nAllow: /\n", "text/plain")
        lines = ["sources:"]
        for source in load_sources(samples / "sources.yaml"):
            relative = Path(source.url.removeprefix("file://")).relative_to(samples)
            lines.append(
                f"  - {{id: {source.id}, url: '{server.url('/' + relative.as_posix())}', lang: {source.lang}, "
                f"full_text: {str(source.full_text).lower()}, rate_limit: 200}}"
            )
        path = samples / "http-sources.yaml"
        path.write_text("\n".join(lines) + "\n")
        yield server, path


def distinct_articles(sources: list[Source]) -> int:
    from pipeline.feeds.fetch import Fetcher
    from pipeline.feeds.parse import parse_feed

    urls = set()
    with Fetcher(Settings()) as fetcher:
        for source in sources:
            fetched = fetcher.get(source.url)
            urls |= {canonical_url(e.url) for e in parse_feed(fetched.body, url=fetched.url).entries}
    return len(urls)


def json_feed(path: Path, items: list[dict[str, str]]) -> Path:
    """A JSON Feed 1.1 file holding ``items``."""
    path.write_text(json.dumps({"version": "https://jsonfeed.org/version/1.1", "items": items}))
    return path


def rows(report: StageReport) -> dict[str, dict[str, object]]:
    return {str(d["source_id"]): d for d in report.details}


def test_samples_publish_one_item_per_article_then_nothing_then_the_edit(
    isolated_settings: Settings, samples: Path
) -> None:
    sources_file = samples / "sources.yaml"
    expected = distinct_articles(load_sources(sources_file))

    first = ingest.run(isolated_settings, sources_file=sources_file)
    assert first.ok, first.problems
    items = read_back(isolated_settings)
    assert len(items) == expected == first.counts["new"] == first.counts["published"]
    assert len({i.item_id for i in items}) == expected
    assert {i.lang for i in items} == {"en", "fr", "de"}
    nvidia = next(i for i in items if "NVIDIA" in i.title)
    assert nvidia.lang == "fr" and "30 000 dollars" in nvidia.text and "100 000" in nvidia.text
    assert "utm_" not in nvidia.canonical_url and nvidia.published_at is not None
    assert nvidia.text != nvidia.summary, "full_text source: text comes from the article page"

    second = ingest.run(isolated_settings, sources_file=sources_file)
    assert second.ok and second.counts["published"] == 0
    assert second.counts["unchanged"] == expected
    assert len(read_back(isolated_settings)) == expected

    article = samples / "articles" / "de-rheinwerk-nordhafen.html"
    article.write_text(article.read_text().replace("rund 420 Millionen Euro", "rund 450 Millionen Euro"))
    third = ingest.run(isolated_settings, sources_file=sources_file)
    assert third.ok and third.counts["updated"] == 1 and third.counts["new"] == 0
    assert third.counts["published"] == 1
    after = read_back(isolated_settings)
    assert len(after) == expected + 1
    versions = [i for i in after if i.canonical_url.endswith("de-rheinwerk-nordhafen.html")]
    assert len(versions) == 2 and versions[0].item_id == versions[1].item_id
    assert versions[0].content_hash != versions[1].content_hash
    assert "450 Millionen" in versions[1].text

    state = s3_client(isolated_settings).get_object(
        Bucket=isolated_settings.bucket_state, Key=f"{ITEMS_PREFIX}{versions[1].item_id}.json"
    )
    assert json.loads(state["Body"].read())["version"] == 2


def test_http_second_run_gets_304_and_publishes_nothing(
    isolated_settings: Settings, http_samples: tuple[FeedServer, Path]
) -> None:
    server, sources_file = http_samples
    sources = load_sources(sources_file)
    first = ingest.run(fast(isolated_settings), sources_file=sources_file)
    assert first.ok, first.problems
    published = first.counts["published"]
    assert published == distinct_articles(sources) > 0
    assert all(row["status"] == "ok" for row in first.details)

    feed_paths = ["/" + s.url.split("/", 3)[3] for s in sources]
    before = {p: len(server.hits(p)) for p in feed_paths}
    second = ingest.run(fast(isolated_settings), sources_file=sources_file)
    assert second.ok and second.counts["published"] == 0
    assert {row["status"] for row in second.details} == {"not_modified"}
    assert second.counts["sources_not_modified"] == len(sources)
    for path in feed_paths:
        (request,) = server.hits(path)[before[path] :]
        assert "If-None-Match" in request
    assert len(read_back(isolated_settings)) == published


def test_article_pages_are_asked_with_their_validators_and_a_failing_page_keeps_its_version(
    isolated_settings: Settings, http_samples: tuple[FeedServer, Path]
) -> None:
    server, sources_file = http_samples
    settings = fast(isolated_settings)
    first = ingest.run(settings, sources_file=sources_file, source_ids=["sample-fr"])
    assert first.ok and rows(first)["sample-fr"]["new"] == 2

    # the feed changes (so it is read again) but neither article page does
    feed = server.root / "feeds" / "fr.xml"  # type: ignore[operator]
    feed.write_text(feed.read_text().replace("</channel>", "<!-- edited --></channel>"))
    before = len(server.requests)
    second = ingest.run(settings, sources_file=sources_file, source_ids=["sample-fr"])
    row = rows(second)["sample-fr"]
    assert second.ok and row["unchanged"] == 2 and second.counts["published"] == 0
    page_requests = [h for p, h in server.requests[before:] if p.startswith("/articles/")]
    assert len(page_requests) == 2 and all("If-None-Match" in h for h in page_requests)

    # a page that fails now must not replace the published full text with the feed summary
    feed.write_text(feed.read_text().replace("<!-- edited -->", "<!-- edited twice -->"))
    server.routes["/articles/fr-nvidia-centre-de-donnees.html"] = status(500)
    third = ingest.run(settings, sources_file=sources_file, source_ids=["sample-fr"])
    row = rows(third)["sample-fr"]
    assert third.ok and third.counts["published"] == 0 and row["unchanged"] == 2
    assert [e["kind"] for e in row["article_errors"]] == ["http_5xx"]  # type: ignore[union-attr]
    assert len(read_back(isolated_settings)) == 2


def test_a_page_re_rendered_around_the_same_text_is_not_downloaded_again(
    isolated_settings: Settings, http_samples: tuple[FeedServer, Path]
) -> None:
    server, sources_file = http_samples
    settings = fast(isolated_settings)
    assert ingest.run(settings, sources_file=sources_file, source_ids=["sample-fr"]).ok
    feed = server.root / "feeds" / "fr.xml"  # type: ignore[operator]
    page = server.root / "articles" / "fr-nvidia-centre-de-donnees.html"  # type: ignore[operator]
    path = "/articles/fr-nvidia-centre-de-donnees.html"

    # new bytes (so a new ETag) around the same article text; the feed changes so it is read again
    page.write_bytes(page.read_bytes() + b"\n<!-- rendered again -->\n")
    new_etag = '"' + hashlib.sha256(page.read_bytes()).hexdigest()[:16] + '"'
    feed.write_text(feed.read_text().replace("</channel>", "<!-- edited --></channel>"))
    second = ingest.run(settings, sources_file=sources_file, source_ids=["sample-fr"])
    assert second.ok and second.counts["published"] == 0 and rows(second)["sample-fr"]["unchanged"] == 2

    # next poll asks with the new ETag, so the unchanged page costs a 304
    feed.write_text(feed.read_text().replace("<!-- edited -->", "<!-- edited twice -->"))
    before = len(server.requests)
    third = ingest.run(settings, sources_file=sources_file, source_ids=["sample-fr"])
    assert third.ok and third.counts["published"] == 0
    asked = [headers for p, headers in server.requests[before:] if p == path]
    assert [h.get("If-None-Match") for h in asked] == [new_etag]
    assert len(read_back(isolated_settings)) == 2


def test_one_source_per_call_for_mapped_airflow_tasks(isolated_settings: Settings, samples: Path) -> None:
    report = ingest.run(isolated_settings, sources_file=samples / "sources.yaml", source_ids=["sample-fr"])
    assert [d["source_id"] for d in report.details] == ["sample-fr"]
    assert {i.source_id for i in read_back(isolated_settings)} == {"sample-fr"}
    unknown = ingest.run(isolated_settings, sources_file=samples / "sources.yaml", source_ids=["nope"])
    assert [p.kind for p in unknown.problems] == ["unknown_source"]


def test_bad_sources_fail_alone_with_named_reasons(isolated_settings: Settings, samples: Path) -> None:
    good = load_sources(samples / "sources.yaml")[0]
    with serving() as server:
        server.routes["/html"] = static(b"<!doctype html><html><body>Welcome</body></html>", "text/html")
        server.routes["/down"] = status(500)
        server.routes["/gone"] = status(404)
        server.routes["/slow"] = slow(3.0, static(b"<rss/>"))
        server.routes["/xxe"] = static(
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item>'
            b"<title>&x;</title><link>https://e.x/1</link></item></channel></rss>"
        )
        bad = {
            "html": ("/html", "not_a_feed"),
            "down": ("/down", "http_5xx"),
            "gone": ("/gone", "http_4xx"),
            "slow": ("/slow", "timeout"),
            "xxe": ("/xxe", "hostile_xml"),
        }
        sources = [good] + [Source(id=k, url=server.url(p), rate_limit=100) for k, (p, _) in bad.items()]
        report = ingest.run(fast(isolated_settings), sources=sources)
    assert not report.ok
    assert {p.where: p.kind for p in report.problems} == {k: kind for k, (_, kind) in bad.items()}
    assert rows(report)[good.id]["status"] == "ok"
    items = read_back(isolated_settings)
    assert items and {i.source_id for i in items} == {good.id}


def test_robots_disallow_keeps_the_feed_text_and_never_fetches_the_page(
    isolated_settings: Settings, http_samples: tuple[FeedServer, Path]
) -> None:
    server, sources_file = http_samples
    server.routes["/robots.txt"] = static(b"User-agent: *\nDisallow: /articles/\n", "text/plain")
    report = ingest.run(fast(isolated_settings), sources_file=sources_file, source_ids=["sample-fr"])
    assert report.ok, report.problems
    row = rows(report)["sample-fr"]
    assert row["new"] == 2
    assert {e["kind"] for e in row["article_errors"]} == {"robots_disallowed"}  # type: ignore[union-attr]
    assert not [p for p, _ in server.requests if p.startswith("/articles/")]
    texts = {i.text for i in read_back(isolated_settings)}
    assert any("3 milliards de dollars" in t for t in texts)  # the feed summary


def test_a_failed_delivery_fails_the_source_and_is_retried_next_time(isolated_settings: Settings, tmp_path: Path) -> None:
    huge = "Übernahme. " * 150_000  # a RawItem above the broker's 1 MiB message limit
    feed = json_feed(tmp_path / "big.json", [
        {"url": "https://e.x/small", "title": "klein", "content_text": "Die Firma kauft ein Werk."},
        {"url": "https://e.x/huge", "title": "groß", "content_text": huge},
    ])
    source = Source(id="big", url=feed.as_uri(), lang="de")
    settings = isolated_settings.model_copy(update={"text_max_chars": 10 * len(huge)})  # let it reach the broker
    first = ingest.run(settings, sources=[source])
    assert [p.kind for p in first.problems] == ["publish_failed"]
    assert "e.x/huge" in first.problems[0].message
    assert [i.url for i in read_back(settings)] == ["https://e.x/small"]
    second = ingest.run(settings, sources=[source])
    assert [p.kind for p in second.problems] == ["publish_failed"]  # not recorded, so tried again
    assert rows(second)["big"]["unchanged"] == 1


def test_an_article_over_the_text_cap_is_skipped_by_name_and_the_source_carries_on(
    isolated_settings: Settings, tmp_path: Path
) -> None:
    settings = isolated_settings.model_copy(update={"text_max_chars": 5_000})
    feed = json_feed(tmp_path / "long.json", [
        {"url": "https://e.x/short", "title": "kurz", "content_text": "Die Firma kauft ein Werk."},
        {"url": "https://e.x/long", "title": "lang", "content_text": "Die Firma kauft ein Werk. " * 400},
    ])
    report = ingest.run(settings, sources=[Source(id="long", url=feed.as_uri(), lang="de")])
    assert report.ok, report.problems
    row = rows(report)["long"]
    assert [(e["url"], e["kind"]) for e in row["article_errors"]] == [("https://e.x/long", "too_large")]  # type: ignore[union-attr]
    assert "characters, the cap is 5000" in row["article_errors"][0]["message"]  # type: ignore[index]
    assert [i.url for i in read_back(settings)] == ["https://e.x/short"]


def test_every_shared_feed_is_ingested_or_rejected_by_name(isolated_settings: Settings) -> None:
    if not SHARED_FEEDS.is_dir():
        pytest.fail(f"{SHARED_FEEDS} missing")
    files = sorted(p for p in SHARED_FEEDS.iterdir() if p.is_file() and p.suffix != ".md")
    with serving(SHARED_FEEDS) as server:
        sources = [Source(id=p.stem.replace("_", "-"), url=server.url("/" + p.name), rate_limit=500) for p in files]
        report = ingest.run(fast(isolated_settings), sources=sources)
    assert len(report.details) == len(files) >= 16
    for problem in report.problems:
        assert problem.kind == "malformed_feed" and "line" in problem.message
    ok = [d for d in report.details if d["status"] == "ok"]
    assert len(ok) >= len(files) - 2
    items = read_back(isolated_settings)
    assert len(items) == report.counts["published"] == sum(int(d["new"]) for d in ok)  # type: ignore[call-overload]
    assert all(i.title and i.lang and i.fetched_at.utcoffset().total_seconds() == 0 for i in items)  # type: ignore[union-attr]


def test_cli_prints_a_row_per_source_and_exits_1_when_one_fails(
    isolated_settings: Settings, samples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    for name in ("topic_raw", "bucket_state"):
        monkeypatch.setenv(f"DEALWIRE_{name.upper()}", getattr(isolated_settings, name))
    monkeypatch.setenv("COLUMNS", "150")
    runner = CliRunner()
    good = runner.invoke(app, ["ingest", "--sources", str(samples / "sources.yaml")])
    assert good.exit_code == 0, good.output
    for source in load_sources(samples / "sources.yaml"):
        assert source.id in good.output
    assert len(read_back(isolated_settings)) == distinct_articles(load_sources(samples / "sources.yaml"))

    (samples / "feeds" / "fr.xml").write_text("<html><body>maintenance</body></html>")
    bad = runner.invoke(app, ["ingest", "--sources", str(samples / "sources.yaml"), "--source", "sample-fr"])
    assert bad.exit_code == 1
    assert "not_a_feed" in bad.output and "sample-de" not in bad.output


def test_state_writes_are_conditional_so_concurrent_writers_never_lose_a_version(isolated_settings: Settings) -> None:
    from pipeline.store.state import IngestState

    state = IngestState(isolated_settings)
    ident = "ab" * 16
    first = state.record_item(ident, "1" * 64, source_id="a", canonical_url="https://e.x/a", previous=None)
    assert first.version == 1 and first.etag
    # Two workers both read version 1, then both record a new text.
    left = state.record_item(ident, "2" * 64, source_id="a", canonical_url="https://e.x/a", previous=first)
    right = state.record_item(ident, "3" * 64, source_id="b", canonical_url="https://e.x/a", previous=first)
    assert (left.version, right.version) == (2, 3)  # the stale If-Match lost, re-read and went on top
    assert state.item(ident).content_hash == "3" * 64  # type: ignore[union-attr]
    # A racer that finds its own version already recorded does not bump it again.
    again = state.record_item(ident, "3" * 64, source_id="b", canonical_url="https://e.x/a", previous=None)
    assert again.version == 3


def test_duplicates_within_one_feed_are_published_once(isolated_settings: Settings, tmp_path: Path) -> None:
    feed = json_feed(tmp_path / "dup.json", [
        {"url": "https://e.x/deal?utm_source=a", "title": "Deal", "content_text": "Acme buys Widget Co."},
        {"url": "https://E.X/deal#comments", "title": "Deal", "content_text": "Acme buys Widget Co."},
    ])
    report = ingest.run(isolated_settings, sources=[Source(id="dup", url=feed.as_uri(), lang="en")])
    assert report.ok and report.counts["published"] == 1
    (item,) = read_back(isolated_settings)
    assert item.canonical_url == "https://e.x/deal"


DEAL = "Acme Corp agreed to buy Widget Co for 30 million dollars, the two companies said on Monday."


def rss_feed(items: list[tuple[str, str | None]]) -> bytes:
    """An RSS 2.0 feed of (link, pubDate) items, each with the deal sentence as its description."""
    body = "".join(
        f"<item><title>Deal {n}</title><link>{link}</link>"
        + (f"<pubDate>{date}</pubDate>" if date else "")
        + f"<description>{DEAL} ({n})</description></item>"
        for n, (link, date) in enumerate(items)
    )
    return f"<rss version='2.0'><channel><title>T</title>{body}</channel></rss>".encode()


def test_item_links_that_are_no_web_pages_are_skipped_by_name_and_never_read(
    isolated_settings: Settings, tmp_path: Path
) -> None:
    secret = tmp_path / "private.html"
    secret.write_text("<html><body><article><p>" + "Private note on this machine only. " * 20 + "</p></article></body></html>")
    article = b"<html><body><article><p>" + (DEAL + " ").encode() * 5 + b"</p></article></body></html>"
    with serving() as server:
        server.routes["/robots.txt"] = static(b"User-agent: *\nAllow: /\n", "text/plain")
        server.routes["/page"] = static(article, "text/html; charset=utf-8")
        links = ["file://localhost" + str(secret), secret.as_uri(), "javascript:alert(1)", "mailto:desk@news.test", server.url("/page")]
        server.routes["/feed"] = static(rss_feed([(link, None) for link in links]))
        source = Source(id="web", url=server.url("/feed"), lang="en", full_text=True, rate_limit=1000)
        report = ingest.run(fast(isolated_settings), sources=[source])
    assert report.ok, report.problems
    row = rows(report)["web"]
    assert row["new"] == 1 and row["skipped"] == 4
    assert [e["kind"] for e in row["article_errors"]] == ["unsupported_url"] * 4  # type: ignore[union-attr]
    (item,) = read_back(isolated_settings)
    assert item.url == server.url("/page") and "Private note" not in item.text


def test_an_item_in_two_sources_is_published_once_and_stays_with_its_first_source(
    isolated_settings: Settings, tmp_path: Path
) -> None:
    def feed(name: str, url: str, text: str) -> Source:
        path = tmp_path / f"{name}.json"
        item = {"url": url, "title": "Acme buys Widget", "content_text": text}
        json_feed(path, [item])
        return Source(id=name, url=path.as_uri(), lang="en")

    # the same article: a short teaser in one source, the whole text in the other (no ETags: files)
    sources = [
        feed("teaser", "https://news.test/acme?utm_source=rss", DEAL),
        feed("wire", "https://news.test/acme#top", DEAL + " The deal is expected to close in June."),
    ]
    published = [ingest.run(isolated_settings, sources=sources).counts["published"] for _ in range(3)]
    assert published == [1, 0, 0]  # was [2, 1, 1]: both published it, then each poll re-published the other text as a new version
    items = read_back(isolated_settings)
    assert len(items) == 1
    last = ingest.run(isolated_settings, sources=sources)
    repairs = [r for d in last.details for r in d["repairs"]]  # type: ignore[attr-defined]
    assert any(f"also in source '{items[0].source_id}'" in r for r in repairs)


def test_placeholder_and_future_dates_are_published_undated_and_said(isolated_settings: Settings) -> None:
    items = [
        ("https://news.test/zero", "Mon, 01 Jan 0001 00:00:00 GMT"),  # Go's zero time
        ("https://news.test/epoch", "Thu, 01 Jan 1970 00:00:00 GMT"),
        ("https://news.test/future", "Fri, 31 Dec 9999 23:59:59 GMT"),
        ("https://news.test/dated", "Tue, 03 Jun 2025 08:30:00 GMT"),
    ]
    with serving() as server:
        server.routes["/feed"] = static(rss_feed(items))
        report = ingest.run(fast(isolated_settings), sources=[Source(id="dates", url=server.url("/feed"), lang="en")])
    assert report.ok and report.counts["published"] == 4
    dates = {i.url.rsplit("/", 1)[-1]: i.published_at for i in read_back(isolated_settings)}
    assert dates["zero"] is None and dates["epoch"] is None and dates["future"] is None
    assert dates["dated"] is not None and dates["dated"].year == 2025
    assert "3 items dated before 1990 or in the future" in rows(report)["dates"]["repairs"][0]  # type: ignore[index]


def test_a_slow_full_text_source_publishes_what_fits_its_budget_and_defers_the_rest(
    isolated_settings: Settings,
) -> None:
    article = b"<html><body><article><p>" + (DEAL + " ").encode() * 5 + b"</p></article></body></html>"
    with serving() as server:
        server.routes["/robots.txt"] = static(b"User-agent: *\nAllow: /\n", "text/plain")
        for n in range(6):
            server.routes[f"/a{n}"] = slow(0.3, static(article.replace(b"Monday", b"day %d" % n), "text/html"))
        server.routes["/feed"] = static(rss_feed([(server.url(f"/a{n}"), None) for n in range(6)]))
        source = Source(id="slow", url=server.url("/feed"), lang="en", full_text=True, rate_limit=1000)
        tight = isolated_settings.model_copy(update={"fetch_timeout_s": 1.25, "http_retries": 0})  # 1 s for fetching
        started = time.monotonic()
        first = ingest.run(tight, sources=[source])
        took = time.monotonic() - started
        row = rows(first)["slow"]
        assert 0 < row["new"] < 6  # type: ignore[operator]
        assert took < 8, f"{took:.1f} s"
        deferred = [e for e in row["article_errors"] if "left for the next poll" in e["message"]]  # type: ignore[union-attr]
        assert deferred and deferred[0]["kind"] == "timeout"
        roomy = isolated_settings.model_copy(update={"fetch_timeout_s": 60.0})
        second = ingest.run(roomy, sources=[source])
        assert "If-None-Match" not in server.hits("/feed")[1]  # validators of the cut poll were not saved
        assert second.ok, second.problems
    assert len({i.item_id for i in read_back(isolated_settings)}) == 6  # nothing deferred was lost


def test_cli_names_each_skipped_item_and_repair(
    isolated_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    feed = tmp_path / "notes.json"
    items = [
        {"url": "https://news.test/fine", "title": "Acme", "content_text": DEAL},
        {"url": "javascript:void(0)", "title": "Click", "content_text": DEAL},
        {"url": "javascript:alert('[/b]')", "title": "Markup", "content_text": DEAL},  # rich would fail on it
        {"title": "No link at all", "content_text": DEAL},
    ]
    json_feed(feed, items)
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - {{id: notes, url: '{feed.as_uri()}', lang: en}}\n")
    for name in ("topic_raw", "bucket_state"):
        monkeypatch.setenv(f"DEALWIRE_{name.upper()}", getattr(isolated_settings, name))
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(app, ["ingest", "--sources", str(sources)])
    assert result.exit_code == 0, result.output
    assert "unsupported_url" in result.output and "javascript:void(0)" in result.output
    assert "alert('[/b]')" in result.output
    assert "without a link" in result.output


def test_a_renamed_source_keeps_updating_the_items_its_old_name_published(isolated_settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "feed.json"

    def write(text: str) -> None:
        item = {"url": "https://news.test/acme", "title": "Acme buys Widget", "content_text": text}
        json_feed(path, [item])

    write(DEAL)
    assert ingest.run(isolated_settings, sources=[Source(id="old-name", url=path.as_uri(), lang="en")]).counts["new"] == 1
    write(DEAL + " Closing is expected in June.")
    renamed = ingest.run(isolated_settings, sources=[Source(id="new-name", url=path.as_uri(), lang="en")])
    assert renamed.counts["updated"] == 1  # 'old-name' polls no more: the item is not held for it


def test_the_source_that_published_an_item_publishes_its_updates_whoever_reads_it_first(
    isolated_settings: Settings, tmp_path: Path
) -> None:
    def source(name: str, text: str) -> Source:
        path = tmp_path / f"{name}.json"
        item = {"url": "https://news.test/acme", "title": "Acme buys Widget", "content_text": text}
        json_feed(path, [item])
        return Source(id=name, url=path.as_uri(), lang="en")

    assert ingest.run(isolated_settings, sources=[source("wire", DEAL)]).counts["new"] == 1
    for n in range(3):  # whichever thread reaches the item first, the update is the wire's to publish
        sources = [source("teaser", DEAL), source("wire", f"{DEAL} Update {n}.")]
        assert ingest.run(isolated_settings, sources=sources).counts["updated"] == 1
    assert [i.source_id for i in read_back(isolated_settings)] == ["wire"] * 4


def test_a_feed_broken_by_single_characters_publishes_its_items_and_names_each_repair(
    isolated_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    items = "".join(
        f"<item><title>{title}</title><link>https://news.test/{slug}</link><description>{DEAL} {note}</description></item>"
        for slug, title, note in [
            ("smith", "Smith & Sons buy Kerrow", "R&D included."),
            ("cafe", "Caf&eacute; Lumen&rsquo;s deal", "Paid&nbsp;in cash."),
            ("brisk", "Brisk\x0bline merges", "Page\x0cbreak."),
        ]
    )
    cut = "<item><title>Cut off</title><link>https://news.test/cut</link><description>Acme Corp agreed to b"
    broken = f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>T</title>{items}{cut}".encode()
    hostile = (  # broken inside its DTD, so expat stops before defusedxml sees the entity declarations
        "<?xml version='1.0'?><!DOCTYPE rss [<!ELEMENT rss ANY & ><!ENTITY a 'ha'><!ENTITY b '&a;&a;&a;&a;'>]>"
        "<rss version='2.0'><channel><title>&b;</title><item><title>x</title><link>https://news.test/x</link></item></channel></rss>"
    ).encode()
    with serving() as server:
        server.routes["/broken"] = static(broken, validators=False)  # no 304 on the second poll: it is read again
        server.routes["/hostile"] = static(hostile)
        sources = [
            Source(id="broken", url=server.url("/broken"), lang="en"),
            Source(id="hostile", url=server.url("/hostile"), lang="en"),
        ]
        report = ingest.run(fast(isolated_settings), sources=sources)
        assert report.counts["published"] == 3 and report.counts["sources_ok"] == 1
        assert [(p.where, p.kind) for p in report.problems] == [("hostile", "hostile_xml")]
        published = {i.url.rsplit("/", 1)[-1]: i for i in read_back(isolated_settings)}
        assert sorted(published) == ["brisk", "cafe", "smith"]  # the cut-off item waits for a whole copy
        assert published["smith"].title == "Smith & Sons buy Kerrow" and "R&D included." in published["smith"].text
        assert published["cafe"].title == "Café Lumen’s deal" and "Paid in cash." in published["cafe"].text
        assert published["brisk"].title == "Brisk line merges"
        repairs = rows(report)["broken"]["repairs"]
        for named in ("escaped 2 bare '&'", "replaced 3 HTML entity references", "removed 2 control characters",
                      "read with feedparser's loose parser", "dropped the last item: the document ends inside it"):
            assert any(named in r for r in repairs), (named, repairs)  # type: ignore[union-attr]

        # the same repairs reach an operator through `dealwire ingest`
        sources_file = tmp_path / "sources.yaml"
        sources_file.write_text("sources:\n" + "".join(f"  - {{id: {s.id}, url: '{s.url}', lang: en}}\n" for s in sources))
        for name in ("topic_raw", "bucket_state"):
            monkeypatch.setenv(f"DEALWIRE_{name.upper()}", getattr(isolated_settings, name))
        monkeypatch.setenv("COLUMNS", "250")
        result = CliRunner().invoke(app, ["ingest", "--sources", str(sources_file)])
    assert result.exit_code == 1, result.output  # one source failed: hostile_xml
    assert "hostile_xml" in result.output
    assert "escaped 2 bare '&' as '&amp;'" in result.output and "dropped the last item" in result.output
    assert len(read_back(isolated_settings)) == 3  # nothing published twice
