"""The Airflow API server starts with Dealwire's environment and serves both DAGs
(with their owner and tags) through the REST API, behind authentication."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import httpx
import pytest

from pipeline.orchestration import INGEST_DAG, OWNER, PIPELINE_DAG, REPLAY_DAG, airflow_bin, airflow_env, run_airflow
from tests.ports import free_port

pytestmark = [pytest.mark.airflow, pytest.mark.slow, pytest.mark.timeout(300)]

USER = "ops"


def _wait_healthy(base: str, proc: subprocess.Popen[bytes], log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"api-server exited {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base}/api/v2/monitor/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(1)
    pytest.fail(f"api-server not healthy after {timeout}s:\n{log.read_text()[-3000:]}")


def test_api_server_lists_every_dag(tmp_path: Path) -> None:
    port = free_port()
    home = tmp_path / "airflow"
    env = airflow_env(
        home=home,
        overrides={"AIRFLOW__API__PORT": str(port), "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{USER}:admin"},
    )
    home.mkdir()
    run_airflow(["db", "migrate"], env)
    run_airflow(["dags", "reserialize"], env)
    log = tmp_path / "api-server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [airflow_bin(), "api-server", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
            env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, proc, log)
        assert httpx.get(f"{base}/api/v2/dags", timeout=10).status_code == 401, "the REST API needs a token"

        passwords = json.loads((home / "simple_auth_manager_passwords.json.generated").read_text())
        token = httpx.post(
            f"{base}/auth/token", json={"username": USER, "password": passwords[USER]}, timeout=10
        ).json()["access_token"]
        response = httpx.get(f"{base}/api/v2/dags", headers={"Authorization": f"Bearer {token}"}, timeout=10)
        response.raise_for_status()
        dags = {d["dag_id"]: d for d in response.json()["dags"]}
        assert set(dags) == {INGEST_DAG, PIPELINE_DAG, REPLAY_DAG}
        for dag in dags.values():
            assert dag["owners"] == [OWNER], dag["dag_id"]
            assert "dealwire" in {t["name"] for t in dag["tags"]}
            assert dag["max_active_runs"] == 1
    finally:
        os.killpg(proc.pid, signal.SIGTERM)  # the process group: SIGTERM to the main PID orphans its workers
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
