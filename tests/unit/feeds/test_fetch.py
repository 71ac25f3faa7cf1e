"""The fetcher against a real HTTP server on loopback."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.feeds.errors import FeedError
from pipeline.feeds.fetch import Fetcher
from pipeline.settings import Settings
from tests.unit.feeds.server import FeedServer, endless, flaky, redirect, serving, slow, static, status

FEED = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item><title>a</title><link>https://e.x/a</link></item></channel></rss>"


@pytest.fixture
def settings() -> Settings:
    return Settings(
        http_connect_timeout_s=1.0,
        http_read_timeout_s=0.5,
        http_retries=2,
        http_backoff_s=0.01,
        http_max_bytes=200_000,
        http_max_redirects=3,
        user_agent="DealwireTest/1.0 (+https://dealwire.test)",
    )


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with serving() as running:
        yield running


@pytest.fixture
def fetcher(settings: Settings) -> Iterator[Fetcher]:
    with Fetcher(settings) as running:
        yield running


def error_of(fetcher: Fetcher, url: str) -> FeedError:
    with pytest.raises(FeedError) as caught:
        fetcher.get(url, rate_limit=1000)
    return caught.value


def test_conditional_get_gives_304_with_saved_validators(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/feed"] = static(FEED)
    first = fetcher.get(server.url("/feed"), rate_limit=1000)
    assert (first.status, first.body) == (200, FEED)
    assert first.validators.etag and first.validators.last_modified
    second = fetcher.get(server.url("/feed"), validators=first.validators, rate_limit=1000)
    assert second.not_modified and second.body == b""
    sent = server.hits("/feed")[1]
    assert sent["If-None-Match"] == first.validators.etag
    assert sent["If-Modified-Since"] == first.validators.last_modified


def test_user_agent_is_sent(server: FeedServer, fetcher: Fetcher, settings: Settings) -> None:
    server.routes["/feed"] = static(FEED)
    fetcher.get(server.url("/feed"), rate_limit=1000)
    assert server.hits("/feed")[0]["User-Agent"] == settings.user_agent


def test_slow_server_times_out_after_retries(server: FeedServer, fetcher: Fetcher, settings: Settings) -> None:
    server.routes["/slow"] = slow(2.0, static(FEED))
    started = time.monotonic()
    error = error_of(fetcher, server.url("/slow"))
    assert error.kind == "timeout"
    assert len(server.hits("/slow")) == settings.http_retries + 1
    assert time.monotonic() - started < 10


def test_server_error_then_success_is_retried(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/flaky"] = flaky(2, static(FEED))
    assert fetcher.get(server.url("/flaky"), rate_limit=1000).body == FEED
    assert len(server.hits("/flaky")) == 3


def test_persistent_5xx_is_reported_after_the_retry_budget(server: FeedServer, fetcher: Fetcher, settings: Settings) -> None:
    server.routes["/down"] = status(503)
    assert error_of(fetcher, server.url("/down")).kind == "http_5xx"
    assert len(server.hits("/down")) == settings.http_retries + 1


def test_4xx_is_not_retried(server: FeedServer, fetcher: Fetcher) -> None:
    assert error_of(fetcher, server.url("/missing")).kind == "http_4xx"
    assert len(server.hits("/missing")) == 1


def test_redirect_loop_is_cut(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/a"] = redirect("/b")
    server.routes["/b"] = redirect("/a")
    assert error_of(fetcher, server.url("/a")).kind == "redirect_loop"
    assert len(server.requests) <= 5


def test_redirects_within_the_cap_are_followed(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/old"] = redirect("/new", 301)
    server.routes["/new"] = static(FEED)
    fetched = fetcher.get(server.url("/old"), rate_limit=1000)
    assert fetched.body == FEED and fetched.url.endswith("/new")


def test_oversize_stream_is_stopped_at_the_cap(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/huge"] = endless()
    error = error_of(fetcher, server.url("/huge"))
    assert error.kind == "too_large" and "200000" in error.message


def test_declared_oversize_is_refused_before_reading(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/huge"] = endless(declare_length=True)
    assert "declares" in error_of(fetcher, server.url("/huge")).message


def test_robots_txt_is_respected_for_our_agent(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/robots.txt"] = static(
        b"User-agent: DealwireTest\nDisallow: /private/\n\nUser-agent: *\nDisallow: /\n", "text/plain"
    )
    assert fetcher.allowed(server.url("/news/a.html"), rate_limit=1000)
    assert not fetcher.allowed(server.url("/private/b.html"), rate_limit=1000)
    assert len(server.hits("/robots.txt")) == 1  # cached per origin


def test_missing_robots_txt_allows_and_unreachable_one_disallows(settings: Settings) -> None:
    # a slow 404 on a busy machine must not read as a timeout ("unreachable" disallows)
    patient = settings.model_copy(update={"http_read_timeout_s": 5.0, "http_connect_timeout_s": 5.0})
    with serving() as missing, serving() as broken, Fetcher(patient) as fetcher:
        broken.routes["/robots.txt"] = status(500)
        assert fetcher.allowed(missing.url("/a.html"), rate_limit=1000)
        assert not fetcher.allowed(broken.url("/a.html"), rate_limit=1000)


@pytest.mark.parametrize(("code", "allowed"), [(404, True), (410, True), (401, False), (403, False), (429, False)])
def test_robots_verdict_follows_the_status_not_digits_in_the_url(code: int, allowed: bool, settings: Settings) -> None:
    # the verdict once searched the error text for "401"/"403", so a port or path holding
    # those digits (here the redirect target) turned a missing robots.txt into "forbidden"
    patient = settings.model_copy(update={"http_read_timeout_s": 5.0, "http_connect_timeout_s": 5.0, "http_backoff_s": 0.0})
    with serving() as site, Fetcher(patient) as fetcher:
        site.routes["/robots.txt"] = redirect("/moved-401-403/robots.txt")
        site.routes["/moved-401-403/robots.txt"] = status(code)
        assert fetcher.allowed(site.url("/a.html"), rate_limit=1000) is allowed


def test_per_host_rate_limit_spaces_requests(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/feed"] = static(FEED, validators=False)
    started = time.monotonic()
    for _ in range(4):
        fetcher.get(server.url("/feed"), rate_limit=10)  # at most one request per 0.1 s
    assert time.monotonic() - started >= 0.29


def test_file_urls_are_read_with_the_same_size_cap(tmp_path: Path, fetcher: Fetcher) -> None:
    small = tmp_path / "feed.xml"
    small.write_bytes(FEED)
    assert fetcher.get(small.as_uri()).body == FEED
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * 200_001)
    assert error_of(fetcher, big.as_uri()).kind == "too_large"
    assert error_of(fetcher, (tmp_path / "nope.xml").as_uri()).kind == "not_found"


def test_unsupported_scheme(fetcher: Fetcher) -> None:
    assert error_of(fetcher, "ftp://example.org/feed").kind == "unsupported_url"
