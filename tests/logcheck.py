"""Checks that something is NOT in the logs, made so they can fail.

A negative check on captured output passes just as well when nothing was captured. Three ways that happened here:
Airflow's first import in a process replaces the root logger's handlers, caplog's with them, for the rest of the
test that imports it; a logger whose level is above the line's (``kafka`` is at WARNING, ``airflow`` at INFO) drops
the line before any handler; and code that logs through structlog as Airflow configures it (a trigger's ``self.log``,
Airflow's own hooks) writes to stdout and never reaches the ``logging`` module. So before looking for a text, one
canary line goes through each path the text could take and must be found where the text is looked for.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

import pytest


def capture_past_airflow(caplog: pytest.LogCaptureFixture) -> None:
    """For a test that imports Airflow: import it first (its logging setup drops the root logger's handlers, caplog's
    with them, for the rest of the test), then give caplog's handler back."""
    import pipeline.watcher  # noqa: F401 - imports Airflow

    root = logging.getLogger()
    if caplog.handler not in root.handlers:
        root.addHandler(caplog.handler)  # pytest removes it at the end of the test, as it does its own


def assert_not_logged(
    caplog: pytest.LogCaptureFixture,
    texts: Iterable[str],
    *,
    through: Mapping[str, int],
    printed: pytest.CaptureFixture[str] | None = None,
    structlog_through: Iterable[Any] = (),
) -> None:
    """None of ``texts`` in the captured records, nor in what was printed when ``printed`` (capsys) is given.

    Proven able to fail first: a canary logged through each logger of ``through`` at its level (the logger and the
    lowest level the texts could come through) is in ``caplog.text``, and one through each structlog logger of
    ``structlog_through`` (a trigger's ``self.log``) is in the printed output. Call it last: the canaries are records
    too, and ``printed`` is read (and emptied)."""
    canary = f"capture-canary-{uuid.uuid4().hex}"
    structlog_loggers = tuple(structlog_through)  # iterated twice below: a generator would skip the second check
    assert caplog.handler in logging.getLogger().handlers, (
        "caplog's handler is gone from the root logger (Airflow's first import in this test drops it): call "
        "capture_past_airflow(caplog) before importing Airflow")
    for name, level in through.items():
        logging.getLogger(name).log(level, "%s via %s", canary, name)
        assert f"{canary} via {name}" in caplog.text, (
            f"a {logging.getLevelName(level)} line of logger {name!r} is not captured (its level, or caplog's): "
            f"looking for a text in the logs would prove nothing")
    shown = ""
    if printed is not None:
        for n, logger in enumerate(structlog_loggers):
            logger.info(f"{canary} via structlog {n}")
        shown = "".join(printed.readouterr())
        for n, _ in enumerate(structlog_loggers):
            assert f"{canary} via structlog {n}" in shown, "a structlog line (Airflow's setup) is not in the printed output"
    elif structlog_loggers:
        raise TypeError("structlog writes to stdout: pass printed=capsys to look there")
    for text in texts:
        assert text not in caplog.text, f"{text!r} is in the captured logs"
        at = shown.find(text)
        assert at < 0, f"{text!r} was printed (structlog: Airflow's or a trigger's own log): ...{shown[max(0, at - 600):at + 100]}"
