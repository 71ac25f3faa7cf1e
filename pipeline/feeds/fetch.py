"""HTTP(S) and file fetching with the manners a feed reader owes to publishers.

Timeouts, a redirect cap, a size cap enforced while streaming, conditional GET,
retries with backoff on timeouts and 5xx, robots.txt for article pages, a
per-host minimum interval between requests and a configurable User-Agent. One
``Fetcher`` is shared by all worker threads of a poll cycle, so politeness holds
across sources that live on the same host.
"""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname
from urllib.robotparser import RobotFileParser

import httpcore
import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from pipeline.feeds.errors import FeedError, ProblemKind
from pipeline.settings import Settings

# robots.txt answers that mean "you may not look", not "there is no file": they disallow
_ROBOTS_DENY = frozenset({401, 403, 429})
_MAX_WAIT_S = 30.0  # the longest pause between two attempts, Retry-After included
_INFLATE_STEP = 64 * 1024  # bytes a compressed body may expand to per step, so the size cap is checked in time


# --- a whole-request time budget ------------------------------------------------
#
# httpx's timeouts are per socket operation: a server that sends one byte every few
# seconds (headers included, before any body loop could look at a clock) never trips
# them. The network streams below shrink every read, write and connect to what is left
# of the calling thread's deadline, so a request ends on time whatever the server does.

_DEADLINE = threading.local()


def _budget(timeout: float | None) -> float | None:
    deadline: float | None = getattr(_DEADLINE, "at", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the request's time budget is spent")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _budget(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _budget(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _budget(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


@lru_cache(maxsize=256)  # asked once per article of a source
def private_host(url: str) -> bool:
    """Whether ``url``'s host is (or resolves to) a loopback, private, link-local or otherwise non-public address."""
    host = urlsplit(url).hostname
    if not host:
        return False
    try:
        _public_address(host, 0)
    except FeedError:
        return True
    except OSError:
        return False  # unresolvable: its fetch fails by itself
    return False


def _public_address(host: str, port: int) -> str:
    """The first address of ``host``, refused when any of its addresses is not a public one.

    A link in a public feed (or a redirect on the way) must not make ingest reach the machine itself, the local
    network or a cloud metadata service (169.254.169.254): that would turn feeds into a proxy into them.
    """
    addresses = [str(info[4][0]) for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)]
    for address in addresses:
        if not ipaddress.ip_address(address.split("%", 1)[0]).is_global:
            raise FeedError("private_address", f"{host} is {address}, not a public address: a link from a public feed may not reach it")
    return addresses[0]


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Any = None,
    ) -> httpcore.NetworkStream:
        if not getattr(_DEADLINE, "private_ok", True):
            host = _public_address(host, port)  # connect to the address vetted, not to a second lookup's answer
        return _DeadlineStream(self._inner.connect_tcp(host, port, _budget(timeout), local_address, socket_options))

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options: Any = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.connect_unix_socket(path, _budget(timeout), socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _Inflater:
    """Undoes one gzip or deflate Content-Encoding in bounded steps.

    httpx inflates each network chunk whole, and once per stacked coding: 2 KB of
    ``Content-Encoding: gzip, gzip`` became 1 GB in memory before the size cap saw a
    byte. Here no step yields more than ``_INFLATE_STEP`` bytes, and stacked or
    unrequested codings are refused by name.
    """

    def __init__(self, header: str, url: str) -> None:
        codings = [c.strip().lower() for c in header.split(",") if c.strip() and c.strip().lower() != "identity"]
        if len(codings) > 1:
            raise FeedError("encoding", f"{url}: stacked Content-Encoding {header!r} refused (we ask for one of gzip, deflate)")
        self.url = url
        self.coding = codings[0] if codings else None
        if self.coding not in {None, "gzip", "x-gzip", "deflate"}:
            raise FeedError("encoding", f"{url}: Content-Encoding {self.coding!r} not asked for (we ask for gzip or deflate)")
        self._inflate = None if self.coding is None else zlib.decompressobj(31 if "gzip" in self.coding else 15)
        self._started = False

    def feed(self, raw: bytes) -> Iterator[bytes]:
        if self._inflate is None:
            yield raw
            return
        data = raw
        while data:
            try:
                out = self._inflate.decompress(data, _INFLATE_STEP)
            except zlib.error as error:
                if self.coding == "deflate" and not self._started:  # some servers send raw deflate, no zlib header
                    self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                    self._started = True
                    continue
                raise FeedError("encoding", f"bad {self.coding} body from {self.url}: {error}") from error
            self._started = True
            yield out
            data = self._inflate.unconsumed_tail


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

    def __init__(self, error: FeedError, *, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after  # what the server asked for (Retry-After), in seconds


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())


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
        # every connection of the pool reads against the calling thread's deadline (see _DeadlineStream)
        transport = self._client._transport
        if isinstance(transport, httpx.HTTPTransport) and isinstance(transport._pool, httpcore.ConnectionPool):
            transport._pool._network_backend = _DeadlineBackend()
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._robots_failures: dict[str, str] = {}

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
        deadline: float | None = None,
        private_ok: bool = True,
    ) -> Fetched:
        """One URL, retried on timeouts, 5xx and 429; ``deadline`` (``time.monotonic()``) bounds all attempts.

        ``private_ok=False`` (a link found in a feed served from a public address) refuses every connection, redirects
        included, to an address that is not public (``private_address``)."""
        scheme = urlsplit(url).scheme.lower()
        if scheme == "file":
            return self._read_file(url)
        if scheme not in {"http", "https"}:
            raise FeedError("unsupported_url", f"cannot fetch {url!r}: only http, https and file URLs")
        headers = {"Accept": accept} | (validators.headers() if validators else {})
        backoff = wait_exponential(multiplier=self.settings.http_backoff_s, max=_MAX_WAIT_S)

        def wait(state: RetryCallState) -> float:
            failure = state.outcome.exception() if state.outcome is not None else None
            asked = failure.retry_after if isinstance(failure, _Retryable) else None
            return max(backoff(state), asked or 0.0)

        def worth_another(failure: BaseException) -> bool:
            if not isinstance(failure, _Retryable):
                return False
            if failure.retry_after is not None and failure.retry_after > _MAX_WAIT_S:
                return False  # asked to come back later than we would wait: the next poll will
            return deadline is None or time.monotonic() + self.settings.http_backoff_s < deadline

        retrying = Retrying(
            stop=stop_after_attempt(self.settings.http_retries + 1),
            wait=wait,
            retry=retry_if_exception(worth_another),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._http_get(url, headers, rate_limit, deadline, private_ok)
        except _Retryable as failure:
            tries = attempt.retry_state.attempt_number
            said = ""
            if failure.retry_after is not None and failure.retry_after > _MAX_WAIT_S:
                said = f"; it asks to come back in {failure.retry_after:.0f} s (Retry-After): left for a later poll"
            raise FeedError(
                failure.error.kind, f"{failure.error.message} (after {tries} attempt{'s' * (tries > 1)}{said})",
                status=failure.error.status,
            ) from failure
        raise AssertionError("unreachable: tenacity either returns or re-raises")

    def allowed(self, url: str, *, rate_limit: float = 1.0, deadline: float | None = None, private_ok: bool = True) -> bool:
        """robots.txt verdict for our User-Agent; file URLs are always allowed."""
        parts = urlsplit(url)
        if parts.scheme.lower() == "file":
            return True
        origin = _origin(url)
        with self._robots_lock:
            lock = self._host_locks.setdefault(origin, threading.Lock())
        with lock:  # one robots.txt download per origin, even with many threads
            parser = self._robots.get(origin)
            if parser is None:
                parser = self._load_robots(origin, rate_limit, deadline, private_ok)
                self._robots[origin] = parser
        return parser.can_fetch(self.settings.user_agent, url)

    def robots_note(self, url: str) -> str:
        """Why robots.txt said no when it was not the file's own rules (unreachable, refused), for the report."""
        reason = self._robots_failures.get(_origin(url))
        return f" (robots.txt could not be read, so nothing is allowed: {reason})" if reason else ""

    # --- internals -------------------------------------------------------

    def _load_robots(
        self, origin: str, rate_limit: float, deadline: float | None = None, private_ok: bool = True
    ) -> RobotFileParser:
        parser = RobotFileParser(f"{origin}/robots.txt")
        try:
            fetched = self.get(
                f"{origin}/robots.txt", rate_limit=rate_limit, accept="text/plain", deadline=deadline, private_ok=private_ok
            )
        except FeedError as error:
            status = error.status or 0
            if error.kind == "not_found" or (400 <= status < 500 and status not in _ROBOTS_DENY):
                parser.parse([])  # RFC 9309: an unavailable robots.txt (4xx) allows everything
            else:
                parser.parse(["User-agent: *", "Disallow: /"])  # unreachable (5xx, 429, timeout) or forbidden: assume disallowed
                self._robots_failures[origin] = str(error)
            return parser
        parser.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return parser

    def _http_get(
        self, url: str, headers: dict[str, str], rate_limit: float, deadline: float | None = None, private_ok: bool = True
    ) -> Fetched:
        cap = self.settings.http_max_bytes
        self.limiter.wait(urlsplit(url).netloc.lower(), rate_limit)
        started = time.monotonic()
        budget = started + self.settings.http_connect_timeout_s + 2 * self.settings.http_read_timeout_s
        _DEADLINE.at = budget if deadline is None else min(budget, deadline)
        _DEADLINE.private_ok = private_ok
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                status = response.status_code
                if status == 304:
                    return Fetched(url=str(response.url), status=304, validators=_validators(response))
                if status == 429 or status >= 500:
                    kind: ProblemKind = "http_5xx" if status >= 500 else "http_4xx"
                    error = FeedError(kind, f"HTTP {status} from {response.url}", status=status)
                    raise _Retryable(error, retry_after=_retry_after(response.headers.get("Retry-After")))
                if status >= 400:
                    raise FeedError("http_4xx", f"HTTP {status} {response.reason_phrase} from {response.url}", status=status)
                if status >= 300:
                    raise FeedError("redirect_loop", f"HTTP {status} without a usable Location from {response.url}")
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > cap:
                    raise FeedError("too_large", f"{url} declares {declared} bytes, the cap is {cap}")
                inflater = _Inflater(response.headers.get("Content-Encoding", ""), url)
                chunks: list[bytes] = []
                size = 0
                for raw in response.iter_raw():
                    for chunk in inflater.feed(raw):
                        size += len(chunk)
                        if size > cap:
                            raise FeedError("too_large", f"{url} sent more than {cap} bytes; stopped reading")
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
            spent = time.monotonic() - started
            raise _Retryable(FeedError("timeout", f"{type(error).__name__} fetching {url}: no complete answer in {spent:.1f} s")) from error
        except httpx.UnsupportedProtocol as error:
            raise FeedError("unsupported_url", f"{url} redirected to a URL we do not fetch: {error}") from error
        except httpx.TransportError as error:
            raise _Retryable(FeedError("network", f"{type(error).__name__} fetching {url}: {error}")) from error
        finally:
            _DEADLINE.at = None
            _DEADLINE.private_ok = True

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


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _validators(response: httpx.Response) -> Validators:
    return Validators(etag=response.headers.get("ETag"), last_modified=response.headers.get("Last-Modified"))
