"""HTTP(S) and file fetching with the manners a feed reader owes to publishers.

Timeouts, a redirect cap, a size cap enforced while streaming, conditional GET,
retries with backoff on timeouts and 5xx, robots.txt for article pages, a
per-host minimum interval between requests and a configurable User-Agent. One
``Fetcher`` is shared by all worker threads of a poll cycle, so politeness holds
across sources that live on the same host.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname
from urllib.robotparser import RobotFileParser

import httpx
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from pipeline.feeds.errors import FeedError, ProblemKind
from pipeline.settings import Settings

# robots.txt answers that mean "you may not look", not "there is no file": they disallow
_ROBOTS_DENY = frozenset({401, 403, 429})


@dataclass(frozen=True)
class Validators:
    """What the server gave us last time, replayed as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        sent: dict[str, str] = {}
        if self.etag:
            sent["If-None-Match"] = self.etag
        if self.last_modified:
            sent["If-Modified-Since"] = self.last_modified
        return sent


@dataclass(frozen=True)
class Fetched:
    url: str
    status: int
    body: bytes = b""
    content_type: str = ""
    validators: Validators = field(default_factory=Validators)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class HostLimiter:
    """At most ``rate`` requests per second per host, across threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._next: dict[str, float] = {}

    def wait(self, host: str, rate: float) -> None:
        interval = 1.0 / rate
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + interval
        delay = slot - time.monotonic()
        if delay > 0:
            time.sleep(delay)


class _Retryable(Exception):
    """A failure worth another attempt (timeout, 5xx, 429, dropped connection)."""

    def __init__(self, error: FeedError) -> None:
        super().__init__(str(error))
        self.error = error


class Fetcher:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.limiter = HostLimiter()
        self._client = httpx.Client(
            timeout=httpx.Timeout(
                settings.http_read_timeout_s,
                connect=settings.http_connect_timeout_s,
                pool=settings.http_connect_timeout_s + settings.http_read_timeout_s,
            ),
            follow_redirects=True,
            max_redirects=settings.http_max_redirects,
            headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"},
        )
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- public ----------------------------------------------------------

    def get(
        self,
        url: str,
        *,
        validators: Validators | None = None,
        rate_limit: float = 1.0,
        accept: str = "*/*",
    ) -> Fetched:
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file":
            return self._read_file(url)
        if scheme not in {"http", "https"}:
            raise FeedError("unsupported_url", f"cannot fetch {url!r}: only http, https and file URLs")
        headers = {"Accept": accept} | (validators.headers() if validators else {})
        retrying = Retrying(
            stop=stop_after_attempt(self.settings.http_retries + 1),
            wait=wait_exponential(multiplier=self.settings.http_backoff_s, max=30),
            retry=retry_if_exception(lambda e: isinstance(e, _Retryable)),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._http_get(url, headers, rate_limit)
        except _Retryable as failure:
            tries = self.settings.http_retries + 1
            raise FeedError(failure.error.kind, f"{failure.error.message} (after {tries} attempts)") from failure
        raise AssertionError("unreachable: tenacity either returns or re-raises")

    def allowed(self, url: str, *, rate_limit: float = 1.0) -> bool:
        """robots.txt verdict for our User-Agent; file URLs are always allowed."""
        parts = urlsplit(url)
        if parts.scheme.lower() == "file":
            return True
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._robots_lock:
            lock = self._host_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt download per origin, even with many threads
            parser = self._robots.get(origin)
            if parser is None:
                parser = self._load_robots(origin, rate_limit)
                self._robots[origin] = parser
        return parser.can_fetch(self.settings.user_agent, url)

    # --- internals -------------------------------------------------------

    def _load_robots(self, origin: str, rate_limit: float) -> RobotFileParser:
        parser = RobotFileParser(f"{origin}/robots.txt")
        try:
            fetched = self.get(f"{origin}/robots.txt", rate_limit=rate_limit, accept="text/plain")
        except FeedError as error:
            status = error.status or 0
            if error.kind == "not_found" or (400 <= status < 500 and status not in _ROBOTS_DENY):
                parser.parse([])  # RFC 9309: an unavailable robots.txt (4xx) allows everything
            else:
                parser.parse(["User-agent: *", "Disallow: /"])  # unreachable (5xx, 429, timeout) or forbidden: assume disallowed
            return parser
        parser.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return parser

    def _http_get(self, url: str, headers: dict[str, str], rate_limit: float) -> Fetched:
        cap = self.settings.http_max_bytes
        self.limiter.wait(urlsplit(url).netloc.lower(), rate_limit)
        deadline = time.monotonic() + self.settings.http_connect_timeout_s + 2 * self.settings.http_read_timeout_s
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status == 304:
                    return Fetched(url=str(response.url), status=304, validators=_validators(response))
                if status == 429 or status >= 500:
                    kind: ProblemKind = "http_5xx" if status >= 500 else "http_4xx"
                    raise _Retryable(FeedError(kind, f"HTTP {status} from {response.url}", status=status))
                if status >= 400:
                    raise FeedError("http_4xx", f"HTTP {status} {response.reason_phrase} from {response.url}", status=status)
                if status >= 300:
                    raise FeedError("redirect_loop", f"HTTP {status} without a usable Location from {response.url}")
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > cap:
                    raise FeedError("too_large", f"{url} declares {declared} bytes, the cap is {cap}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise FeedError("too_large", f"{url} sent more than {cap} bytes; stopped reading")
                    if time.monotonic() > deadline:
                        raise _Retryable(FeedError("timeout", f"{url} did not finish within the time budget"))
                    chunks.append(chunk)
                return Fetched(
                    url=str(response.url),
                    status=status,
                    body=b"".join(chunks),
                    content_type=response.headers.get("Content-Type", ""),
                    validators=_validators(response),
                )
        except httpx.TooManyRedirects as error:
            raise FeedError("redirect_loop", f"more than {self.settings.http_max_redirects} redirects from {url}") from error
        except httpx.TimeoutException as error:
            raise _Retryable(FeedError("timeout", f"{type(error).__name__} fetching {url}")) from error
        except httpx.DecodingError as error:
            raise FeedError("encoding", f"bad Content-Encoding from {url}: {error}") from error
        except httpx.TransportError as error:
            raise _Retryable(FeedError("network", f"{type(error).__name__} fetching {url}: {error}")) from error

    def _read_file(self, url: str) -> Fetched:
        parts = urlsplit(url)
        if parts.netloc not in {"", "localhost"}:
            raise FeedError("unsupported_url", f"file URL with a remote host: {url}")
        path = Path(url2pathname(unquote(parts.path)))
        cap = self.settings.http_max_bytes
        try:
            size = path.stat().st_size
            if size > cap:
                raise FeedError("too_large", f"{path} is {size} bytes, the cap is {cap}")
            with path.open("rb") as handle:
                body = handle.read(cap + 1)
        except FileNotFoundError as error:
            raise FeedError("not_found", f"no such file: {path}") from error
        except IsADirectoryError as error:
            raise FeedError("not_found", f"{path} is a directory") from error
        except OSError as error:
            raise FeedError("network", f"cannot read {path}: {error}") from error
        if len(body) > cap:
            raise FeedError("too_large", f"{path} grew beyond the cap of {cap} bytes")
        return Fetched(url=url, status=200, body=body, content_type="")


def _validators(response: httpx.Response) -> Validators:
    return Validators(etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"))
