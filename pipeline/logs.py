"""Run logs for people and for log shippers: one configuration, structlog over the standard library.

The stages log with ``logging.getLogger(__name__)`` and pass their numbers as ``extra``, so inside Airflow the task
log (Airflow's own structlog setup) takes them as they are. Outside Airflow the ``dealwire`` command calls
``configure_logging`` once: ``DEALWIRE_LOG_FORMAT=json`` writes one JSON object per line to stderr (timestamp,
level, logger, event and the extra fields) for Loki, CloudWatch or Elasticsearch; ``console`` writes the same
fields readably. Stdout stays for what the command prints, so ``dealwire deals --format json`` can still be piped.
"""

from __future__ import annotations

import logging
import sys
from typing import Any, Literal

import structlog

LogFormat = Literal["console", "json"]

_HANDLER_NAME = "dealwire"


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever ``sys.stderr`` is at the time: a test runner or a CLI wrapper may swap (and close) it."""

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, _: Any) -> None:
        pass


def configure_logging(level: str = "INFO", fmt: LogFormat = "console") -> None:
    """Route every standard-library logger through structlog's renderer (idempotent: one handler, replaced)."""
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if fmt == "json" else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=[
            structlog.stdlib.add_log_level,
            structlog.stdlib.add_logger_name,
            structlog.stdlib.ExtraAdder(),
            structlog.processors.TimeStamper(fmt="iso", utc=True),
        ],
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = _StderrHandler()
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers = [h for h in root.handlers if h.get_name() != _HANDLER_NAME] + [handler]
    root.setLevel(level.upper())
    for noisy in ("kafka", "botocore", "urllib3", "s3transfer", "great_expectations", "httpx"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))


__all__ = ["LogFormat", "configure_logging"]
