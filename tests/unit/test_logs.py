from __future__ import annotations

import json
import logging

import pytest

from pipeline.logs import configure_logging
from pipeline.stages.report import StageReport


def test_json_logs_carry_the_stage_summary_as_fields(capsys: pytest.CaptureFixture[str], restore_root_logger: None) -> None:
    configure_logging("info", "json")
    report = StageReport(stage="extract")
    report.count("consumed", 3)
    report.problem("news.raw.v1/0/7", "undecodable", "not JSON")
    report.finish()

    captured = capsys.readouterr()
    assert captured.out == "", "stdout stays for what the command prints"
    [line] = [json.loads(raw) for raw in captured.err.splitlines() if '"stage finished"' in raw]
    assert line["level"] == "warning" and line["logger"] == "pipeline.stages.report"
    assert (line["stage"], line["counts"], line["problems"]) == ("extract", {"consumed": 3}, {"undecodable": 1})
    assert line["timestamp"].endswith("Z")


def test_configuring_twice_keeps_one_handler_and_the_level_filters(capsys: pytest.CaptureFixture[str], restore_root_logger: None) -> None:
    configure_logging("warning", "console")
    configure_logging("warning", "json")
    logging.getLogger("pipeline.test").info("quiet")
    logging.getLogger("pipeline.test").warning("loud", extra={"n": 2})

    lines = [json.loads(raw) for raw in capsys.readouterr().err.splitlines()]
    assert [(entry["event"], entry["n"]) for entry in lines] == [("loud", 2)]
