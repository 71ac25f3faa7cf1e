"""Fixtures of the integration tests that outlive one test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.settings import Settings
from pipeline.stack import kafka
from tests.ports import free_port


@pytest.fixture(scope="session")
def throwaway_broker(stack_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """A second single-node broker on free loopback ports, from the stack's jars, for the tests that stop, freeze or
    lose a broker (the shared stack's broker is never touched); stopped and removed at the end of the session.

    One process for the session, not one per test: a start took 3-9 s of each test (and a stop 1-3 s more). Each test
    still has topics, groups and transactional ids of its own (``own_broker``), and finds the broker running: a test
    that left it stopped has it started again, from the same storage, as those tests' own reruns do."""
    stack_dir = tmp_path_factory.mktemp("own-broker") / "stack"
    settings = stack_settings.model_copy(update={
        "stack_dir": stack_dir,
        "kafka_bootstrap_servers": f"127.0.0.1:{free_port()}",
        "kafka_controller_port": free_port(),
        "kafka_heap": "256m",
    })
    libs = kafka.libs_dir(settings)
    libs.parent.mkdir(parents=True)
    libs.symlink_to(kafka.libs_dir(stack_settings), target_is_directory=True)
    try:
        yield settings
    finally:
        kafka.service(settings).stop()
