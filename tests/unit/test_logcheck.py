"""The 'not in the logs' helper fails when it cannot see, and when it sees the text (tests/logcheck.py)."""

from __future__ import annotations

import logging

import pytest

from tests.logcheck import assert_not_logged


def test_a_text_logged_through_a_watched_logger_is_found(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("pipeline.velkor").debug("connecting with password Sesame-unit-found")
    with pytest.raises(AssertionError, match="'Sesame-unit-found' is in the captured logs"):
        assert_not_logged(caplog, ["Sesame-unit-found"], through={"pipeline.velkor": logging.DEBUG})
    assert_not_logged(caplog, ["Sesame-unit-other"], through={"pipeline.velkor": logging.DEBUG})


def test_a_logger_whose_level_drops_the_line_makes_the_check_fail_instead_of_pass(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(logging.getLogger("norvia.quiet"), "level", logging.WARNING)  # as kafka's is
    with pytest.raises(AssertionError, match="a DEBUG line of logger 'norvia.quiet' is not captured"):
        assert_not_logged(caplog, ["Sesame-unit"], through={"norvia.quiet": logging.DEBUG})


def test_a_capture_dropped_from_the_root_logger_is_named(caplog: pytest.LogCaptureFixture) -> None:
    root = logging.getLogger()
    root.removeHandler(caplog.handler)  # what Airflow's first import does to it
    with pytest.raises(AssertionError, match="capture_past_airflow"):
        assert_not_logged(caplog, ["Sesame-unit"], through={"pipeline": logging.WARNING})
