"""One error type for everything that can go wrong with a source, so the stage can
report a named reason per source instead of a traceback."""

from __future__ import annotations

from typing import Literal

ProblemKind = Literal[
    "malformed_feed",
    "hostile_xml",
    "not_a_feed",
    "empty_feed",
    "too_large",
    "redirect_loop",
    "timeout",
    "http_4xx",
    "http_5xx",
    "encoding",
    "network",
    "robots_disallowed",
    "not_found",
    "publish_failed",
    "broker_unavailable",
    "state_failed",
    "unsupported_url",
    "private_address",
    "no_language",
]


class FeedError(Exception):
    """A per-source (or per-article) failure with a machine-readable ``kind``."""

    def __init__(self, kind: ProblemKind, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.kind: ProblemKind = kind
        self.message = message
        self.status = status  # the HTTP status, when a response decided the failure

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"
