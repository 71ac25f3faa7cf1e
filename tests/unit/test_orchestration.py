from __future__ import annotations

import logging
import os
from pathlib import Path

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


def test_airflow_processes_bind_their_log_servers_to_the_setting_and_name_tasks_by_it(tmp_path: Path) -> None:
    from pipeline.orchestration import airflow_env, log_server_hostname
    from pipeline.settings import Settings

    env = airflow_env(Settings(), base={}, home=tmp_path)
    assert env["DEALWIRE_AIRFLOW_LOG_SERVER_HOST"] == "127.0.0.1"
    assert env["AIRFLOW__CORE__HOSTNAME_CALLABLE"] == "pipeline.orchestration.log_server_hostname"
    assert log_server_hostname() in ("127.0.0.1", os.environ.get("DEALWIRE_AIRFLOW_LOG_SERVER_HOST"))
    wide = airflow_env(Settings(airflow_log_server_host="0.0.0.0"), base={}, home=tmp_path)
    assert "AIRFLOW__CORE__HOSTNAME_CALLABLE" not in wide, "on every interface the machine's own name reaches them"


def test_a_local_settings_file_of_the_users_own_is_left_alone(tmp_path: Path) -> None:
    from pipeline.orchestration import write_local_settings

    written = write_local_settings(tmp_path)
    assert written is not None and "bind_log_servers()" in written.read_text()
    written.write_text("# my cluster policies\n")
    assert write_local_settings(tmp_path) is None
    assert written.read_text() == "# my cluster policies\n"
