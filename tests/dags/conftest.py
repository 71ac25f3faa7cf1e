"""Airflow reads its configuration once, at first import: point it at a throwaway
AIRFLOW_HOME configured exactly like the demo (pipeline.orchestration.airflow_env)
before any test in this folder imports it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from pipeline.orchestration import airflow_env

_HOME = Path(tempfile.mkdtemp(prefix="dealwire-airflow-dags-"))
os.environ.update(airflow_env(home=_HOME))
