from __future__ import annotations

import logging

import pytest

from pipeline.orchestration import source_rows
from pipeline.stages.report import StageReport


def test_source_rows_log_each_repair_by_name_and_keep_them_out_of_xcom(caplog: pytest.LogCaptureFixture) -> None:
    # the Airflow task log was the only place an operator of the DAG looks, and the repairs never reached it
    report = StageReport(stage="ingest")
    report.details.append(
        {"source_id": "wire", "status": "ok", "fetched": 2, "new": 2, "updated": 0, "unchanged": 0, "skipped": 0,
         "errors": 0, "error_kind": None, "repairs": ["escaped 2 bare '&' as '&amp;'", "dropped the last item: the document ends inside it"]}
    )
    with caplog.at_level(logging.INFO, logger="pipeline.orchestration"):
        xcom = source_rows(report)
    logged = [r.getMessage() for r in caplog.records]
    assert "source wire: repair: escaped 2 bare '&' as '&amp;'" in logged
    assert "source wire: repair: dropped the last item: the document ends inside it" in logged
    assert "repairs" not in xcom["rows"][0] and xcom["rows"][0]["new"] == 2
