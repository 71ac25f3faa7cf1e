"""SeaweedFS's ports are checked before ``weed`` starts: a busy one is named with the setting that moves it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from pipeline.settings import Settings
from pipeline.stack.process import StackError, port_open
from pipeline.stack.seaweedfs import GRPC_OFFSET, check_ports


@contextmanager
def _listening(port: int) -> Iterator[None]:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", port))
        sock.listen()
        yield


def _free_ports(count: int) -> list[int]:
    """Ports that are free, as are their gRPC twins."""
    found = [p for p in range(41_000, 45_000, 7) if not port_open(p) and not port_open(p + GRPC_OFFSET)][:count]
    if len(found) < count:
        pytest.skip("not enough free port pairs on this machine")
    return found


def _settings(s3: int, master: int, volume: int, filer: int) -> Settings:
    return Settings(
        s3_endpoint_url=f"http://127.0.0.1:{s3}", seaweedfs_master_port=master, seaweedfs_volume_port=volume,
        seaweedfs_filer_port=filer,
    )


def test_free_ports_pass() -> None:
    check_ports(_settings(*_free_ports(4)))


def test_a_busy_http_port_is_named_with_its_setting() -> None:
    ports = _free_ports(4)
    with _listening(ports[3]), pytest.raises(
        StackError, match=rf"port {ports[3]} \(SeaweedFS filer HTTP\) .*set DEALWIRE_SEAWEEDFS_FILER_PORT"
    ):
        check_ports(_settings(*ports))


def test_a_busy_grpc_twin_is_named_too() -> None:
    ports = _free_ports(4)
    with _listening(ports[0] + GRPC_OFFSET), pytest.raises(
        StackError, match=rf"port {ports[0] + GRPC_OFFSET} \(SeaweedFS S3 gRPC\) .*set DEALWIRE_S3_ENDPOINT_URL"
    ):
        check_ports(_settings(*ports))


def test_a_port_whose_grpc_twin_would_be_out_of_range_is_refused() -> None:
    s3, master, volume, _ = _free_ports(4)
    with pytest.raises(StackError, match="past 65535; set DEALWIRE_SEAWEEDFS_FILER_PORT to a port below 55536"):
        check_ports(_settings(s3, master, volume, 60_000))
