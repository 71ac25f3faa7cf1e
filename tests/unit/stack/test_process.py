"""Service log handling, without starting any service."""

from __future__ import annotations

from pathlib import Path

from pipeline.stack.process import Service


def _service(tmp_path: Path) -> Service:
    return Service(name="broker", workdir=tmp_path / "broker", marker="never-matches")


def test_small_log_is_kept_and_its_end_is_where_the_run_begins(tmp_path: Path) -> None:
    svc = _service(tmp_path)
    svc.workdir.mkdir()
    svc.log_file.write_bytes(b"x" * 100)
    assert svc.begin_log(rotate_bytes=1000) == 100
    assert svc.log_file.read_bytes() == b"x" * 100
    assert not svc.log_file.with_name("broker.log.1").exists()


def test_large_log_is_moved_aside_once(tmp_path: Path) -> None:
    svc = _service(tmp_path)
    svc.workdir.mkdir()
    svc.log_file.with_name("broker.log.1").write_bytes(b"older")
    svc.log_file.write_bytes(b"y" * 2000)
    assert svc.begin_log(rotate_bytes=1000) == 0
    assert not svc.log_file.exists()
    assert svc.log_file.with_name("broker.log.1").read_bytes() == b"y" * 2000


def test_missing_workdir_and_log_start_at_zero(tmp_path: Path) -> None:
    svc = _service(tmp_path)
    assert svc.begin_log() == 0
    assert svc.workdir.is_dir()
