"""Airflow reads its configuration once, at first import: point it at a throwaway
AIRFLOW_HOME configured exactly like the demo (pipeline.orchestration.airflow_env)
before any test in this folder imports it. The folder is removed when the test
process exits, so repeated runs leave nothing behind in the temp directory."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

from pipeline.orchestration import airflow_env

_HOME = Path(tempfile.mkdtemp(prefix="dealwire-airflow-dags-"))
os.environ.update(airflow_env(home=_HOME))
atexit.register(shutil.rmtree, _HOME, ignore_errors=True)
