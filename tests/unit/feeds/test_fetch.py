"""The fetcher against a real HTTP server on loopback."""

from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipeline.feeds.errors import FeedError
from pipeline.feeds.fetch import Fetcher
from pipeline.settings import Settings
from tests.unit.feeds.server import (
    FeedServer,
    encoded,
    endless,
    flaky,
    redirect,
    retry_after,
    serving,
    slow,
    static,
    status,
    trickle_headers,
)

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


def gzip_of_zeros(size: int, layers: int = 1) -> bytes:
    """``size`` zero bytes gzipped ``layers`` times, built in steps (the test never holds the expanded body)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    step = b"\0" * 1_000_000
    body = b"".join(packer.compress(step) for _ in range(size // len(step))) + packer.flush()
    for _ in range(layers - 1):
        body = gzip.compress(body, 9)
    return body


def test_headers_trickled_byte_by_byte_end_within_the_time_budget(server: FeedServer, fetcher: Fetcher) -> None:
    # each header line comes well within the read timeout, so only a whole-request budget ends it
    server.routes["/slowloris"] = trickle_headers(lines=150, every_s=0.1, then=FEED)  # 15 s of headers
    started = time.monotonic()
    error = error_of(fetcher, server.url("/slowloris"))
    elapsed = time.monotonic() - started
    assert error.kind == "timeout"
    # connect 1 s + 2 × read 0.5 s = 2 s per attempt, 3 attempts, then the backoff: about 6 s
    assert elapsed < 10, f"took {elapsed:.1f} s"


def _error_and_peak_memory(fetcher: Fetcher, url: str) -> tuple[FeedError, int]:
    """The fetch's error and the most memory Python held meanwhile."""
    tracemalloc.start()
    try:
        return error_of(fetcher, url), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_stacked_gzip_is_refused_before_anything_is_inflated(server: FeedServer, fetcher: Fetcher) -> None:
    bomb = gzip_of_zeros(200_000_000, layers=2)  # a few hundred bytes on the wire, 200 MB inside
    assert len(bomb) < 2_000
    server.routes["/bomb"] = encoded(bomb, ["gzip", "gzip"])
    error, peak = _error_and_peak_memory(fetcher, server.url("/bomb"))
    assert error.kind == "encoding" and "gzip, gzip" in error.message
    assert peak < 20_000_000, f"peak {peak / 1e6:.0f} MB"


def test_a_gzip_bomb_is_inflated_in_steps_up_to_the_cap(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/bomb"] = encoded(gzip_of_zeros(100_000_000), ["gzip"])  # ~100 kB on the wire
    error, peak = _error_and_peak_memory(fetcher, server.url("/bomb"))
    assert error.kind == "too_large"
    assert peak < 20_000_000, f"peak {peak / 1e6:.0f} MB for a cap of 200 kB"  # one network chunk inflated whole: ~64 MB


def test_gzip_and_raw_deflate_bodies_still_decode(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/gz"] = encoded(gzip.compress(FEED), ["gzip"])
    raw = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS)
    server.routes["/deflate"] = encoded(raw.compress(FEED) + raw.flush(), ["deflate"])
    server.routes["/zlib"] = encoded(zlib.compress(FEED), ["deflate"])
    for path in ("/gz", "/deflate", "/zlib"):
        assert fetcher.get(server.url(path), rate_limit=1000).body == FEED, path


def test_a_retry_after_longer_than_we_wait_is_not_hammered(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/busy"] = retry_after(503, "3600")
    error = error_of(fetcher, server.url("/busy"))
    assert error.kind == "http_5xx" and "3600 s" in error.message and "Retry-After" in error.message
    assert len(server.hits("/busy")) == 1


def test_a_short_retry_after_is_waited_for(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/later"] = retry_after(429, "1", times=1, then=static(FEED))
    started = time.monotonic()
    assert fetcher.get(server.url("/later"), rate_limit=1000).body == FEED
    assert time.monotonic() - started >= 0.9  # the backoff alone would be 0.01 s
    assert len(server.hits("/later")) == 2


def test_a_redirect_to_a_file_url_is_refused_at_once(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/sneaky"] = redirect("file:///etc/passwd")
    error = error_of(fetcher, server.url("/sneaky"))
    assert error.kind == "unsupported_url"
    assert len(server.hits("/sneaky")) == 1


def test_a_deadline_bounds_all_attempts(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/slow"] = slow(2.0, static(FEED))
    started = time.monotonic()
    with pytest.raises(FeedError) as caught:
        fetcher.get(server.url("/slow"), rate_limit=1000, deadline=time.monotonic() + 0.7)
    assert caught.value.kind == "timeout"
    assert time.monotonic() - started < 1.5  # without the deadline: 3 attempts of 0.5 s and the backoff
    assert len(server.hits("/slow")) <= 2


def test_robots_disallow_says_when_the_file_could_not_be_read(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/robots.txt"] = status(503)
    assert not fetcher.allowed(server.url("/articles/a"), rate_limit=1000)
    assert "robots.txt could not be read" in fetcher.robots_note(server.url("/articles/a"))
    assert "HTTP 503" in fetcher.robots_note(server.url("/articles/a"))


def test_a_link_from_a_public_feed_may_not_reach_a_private_address(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/page"] = static(FEED)
    with pytest.raises(FeedError) as caught:
        fetcher.get(server.url("/page"), private_ok=False)
    assert caught.value.kind == "private_address" and "127.0.0.1" in caught.value.message
    assert server.hits("/page") == [], "refused before connecting"
    assert fetcher.get(server.url("/page")).status == 200, "the operator's own feed address stays reachable"


def test_robots_of_a_private_origin_are_not_fetched_for_a_public_feed(server: FeedServer, fetcher: Fetcher) -> None:
    server.routes["/robots.txt"] = static(b"User-agent: *\nAllow: /\n")
    assert not fetcher.allowed(server.url("/page"), private_ok=False)
    assert "private_address" in fetcher.robots_note(server.url("/page"))


@pytest.mark.parametrize(
    ("url", "private"),
    [
        ("http://127.0.0.1:8080/feed.xml", True),
        ("http://localhost/feed.xml", True),
        ("http://10.1.2.3/rss", True),
        ("http://169.254.169.254/latest/meta-data/", True),
        ("http://[::1]/feed", True),
        ("http://93.184.215.14/feed", False),
    ],
)
def test_private_host(url: str, private: bool) -> None:
    from pipeline.feeds.fetch import private_host

    assert private_host(url) is private
