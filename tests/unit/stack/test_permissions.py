"""The stack folder and Airflow's home are readable by their owner only: both hold keys and every byte stored."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

from pipeline.orchestration import PASSWORDS_FILE, airflow_env, prepare_airflow_home
from pipeline.settings import Settings
from pipeline.stack import ensure_credentials


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_stack_folder_is_owner_only_new_or_old(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    ensure_credentials(Settings(stack_dir=fresh))
    assert _mode(fresh) == 0o700
    assert _mode(fresh / "credentials.env") == 0o600
    old = tmp_path / "old"
    old.mkdir(mode=0o755)
    os.chmod(old, 0o755)  # as an earlier `stack up` left it under umask 022
    ensure_credentials(Settings(stack_dir=old))
    assert _mode(old) == 0o700


def test_airflow_home_and_its_password_file_are_owner_only(tmp_path: Path) -> None:
    home = tmp_path / "airflow"
    env = airflow_env(home=home, base={})
    prepare_airflow_home(env)
    passwords = home / PASSWORDS_FILE
    assert _mode(home) == 0o700 and _mode(passwords) == 0o600
    assert passwords.read_text() == ""  # Airflow reads an empty file as "no passwords yet" and fills it in place


def test_an_existing_password_file_is_tightened_and_kept(tmp_path: Path) -> None:
    home = tmp_path / "airflow"
    home.mkdir()
    passwords = home / PASSWORDS_FILE
    passwords.write_text(json.dumps({"admin": "kept"}))
    passwords.chmod(0o644)
    prepare_airflow_home(airflow_env(home=home, base={}))
    assert _mode(passwords) == 0o600
    assert json.loads(passwords.read_text()) == {"admin": "kept"}
