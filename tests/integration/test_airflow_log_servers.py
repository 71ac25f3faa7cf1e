"""Airflow's log servers as the project starts them: on loopback unless ``DEALWIRE_AIRFLOW_LOG_SERVER_HOST`` widens it.

Airflow 3.3.2 binds the scheduler's and the triggerer's log servers to every interface (0.0.0.0 and [::]) with no
setting for it; seen with ``dealwire airflow scheduler`` and ``triggerer`` on this machine. The server here is the one
those commands fork (``serve_logs``), started in an Airflow process with the environment and home they get."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from pipeline.orchestration import airflow_env, prepare_airflow_home
from pipeline.settings import Settings
from tests.ports import free_port

pytestmark = [pytest.mark.airflow, pytest.mark.timeout(180)]


def _listening(host: str, home: Path) -> list[str]:
    """The addresses a log server started by Airflow with ``host`` as the setting listens on."""
    env = airflow_env(Settings(airflow_log_server_host=host), home=home)
    prepare_airflow_home(env)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", f"from airflow.utils.serve_logs import serve_logs; serve_logs({port})"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and server.poll() is None:
            addrs = [c.laddr.ip for c in psutil.Process(server.pid).net_connections(kind="tcp")
                     if c.status == psutil.CONN_LISTEN and c.laddr.port == port]
            if addrs:
                return sorted(addrs)
            time.sleep(0.5)
        pytest.fail(f"the log server never listened on {port} (exit {server.poll()})")
    finally:
        server.terminate()
        server.wait(30)


def test_airflow_log_servers_listen_on_loopback_and_the_setting_widens_them(tmp_path: Path) -> None:
    assert _listening("127.0.0.1", tmp_path / "airflow") == ["127.0.0.1"]
    assert set(_listening("0.0.0.0", tmp_path / "airflow")) & {"0.0.0.0", "::"}, "a deployment may widen it"
