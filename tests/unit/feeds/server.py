"""A real HTTP server on 127.0.0.1 (random port) for fetch and ingest tests.

Routes are small callables, so one server can play a well-behaved feed host
with ETags, a slow one, a flaky one, a redirect loop and a robots.txt.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

Handler = Callable[[BaseHTTPRequestHandler], None]


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Handler] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.root: Path | None = None
        server = self

        class _Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                path = self.path.split("?", 1)[0]
                server.requests.append((path, {k: v for k, v in self.headers.items()}))
                route = server.routes.get(path)
                if route is None and server.root is not None:
                    candidate = (server.root / path.lstrip("/")).resolve()
                    if candidate.is_file() and server.root in candidate.parents:
                        route = static(candidate.read_bytes(), _guess_type(candidate))
                if route is None:
                    route = status(404)
                try:
                    route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout, size cap): exactly what some tests want

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]

    def start(self) -> None:
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def serving(root: Path | None = None) -> Iterator[FeedServer]:
    server = FeedServer()
    server.root = root.resolve() if root is not None else None
    server.start()
    try:
        yield server
    finally:
        server.stop()


def _guess_type(path: Path) -> str:
    return {
        ".xml": "application/rss+xml",
        ".atom": "application/atom+xml",
        ".json": "application/feed+json",
        ".html": "text/html; charset=utf-8",
        ".txt": "text/plain",
    }.get(path.suffix, "application/octet-stream")


def static(body: bytes, content_type: str = "application/rss+xml", *, validators: bool = True) -> Handler:
    """200 with ETag/Last-Modified, 304 when the client already has these bytes."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    modified = formatdate(1_700_000_000 + len(body), usegmt=True)

    def handle(h: BaseHTTPRequestHandler) -> None:
        if validators and (h.headers.get("If-None-Match") == etag or h.headers.get("If-Modified-Since") == modified):
            h.send_response(304)
            h.send_header("ETag", etag)
            h.end_headers()
            return
        h.send_response(200)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Length", str(len(body)))
        if validators:
            h.send_header("ETag", etag)
            h.send_header("Last-Modified", modified)
        h.end_headers()
        h.wfile.write(body)

    return handle


def status(code: int) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        body = f"status {code}".encode()
        h.send_response(code)
        h.send_header("Content-Type", "text/plain")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handle


def slow(seconds: float, then: Handler) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        then(h)

    return handle


def flaky(failures: int, then: Handler, code: int = 500) -> Handler:
    """``failures`` times ``code``, then ``then``: a server that recovers."""
    left = [failures]

    def handle(h: BaseHTTPRequestHandler) -> None:
        if left[0] > 0:
            left[0] -= 1
            status(code)(h)
        else:
            then(h)

    return handle


def redirect(location: str, code: int = 302) -> Handler:
    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(code)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


def endless(chunk: bytes = b"<rss>" + b"x" * 65_536, *, declare_length: bool = False) -> Handler:
    """Streams forever (chunked) unless the client stops reading: for the size cap."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        if declare_length:
            h.send_header("Content-Length", str(10**10))
        h.end_headers()
        for _ in range(100_000):
            h.wfile.write(chunk)

    return handle


def trickle_headers(lines: int = 60, every_s: float = 0.1, then: bytes = b"") -> Handler:
    """Slowloris: one header line every ``every_s`` (each read is quick, the whole answer is not), then a body."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n")
        for n in range(lines):
            h.wfile.write(b"X-Slow-%d: x\r\n" % n)
            h.wfile.flush()
            time.sleep(every_s)
        h.wfile.write(b"Content-Length: %d\r\n\r\n" % len(then) + then)

    return handle


def encoded(body: bytes, codings: list[str], content_type: str = "application/rss+xml") -> Handler:
    """``body`` already compressed by the caller, served with ``Content-Encoding`` naming ``codings``."""

    def handle(h: BaseHTTPRequestHandler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", content_type)
        h.send_header("Content-Encoding", ", ".join(codings))
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    return handle


def retry_after(code: int, value: str, *, times: int = 10**6, then: Handler | None = None) -> Handler:
    """``code`` with a Retry-After header ``times`` times, then ``then``."""
    left = [times]

    def handle(h: BaseHTTPRequestHandler) -> None:
        if left[0] > 0 or then is None:
            left[0] -= 1
            h.send_response(code)
            h.send_header("Retry-After", value)
            h.send_header("Content-Length", "0")
            h.end_headers()
        else:
            then(h)

    return handle
