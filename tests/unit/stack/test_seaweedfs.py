"""SeaweedFS's ports are checked before ``weed`` starts: a busy one is named with the setting that moves it."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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


def _settings(s3: int, master: int, volume: int, filer: int, admin: int | None = None) -> Settings:
    return Settings(
        s3_endpoint_url=f"http://127.0.0.1:{s3}", seaweedfs_master_port=master, seaweedfs_volume_port=volume,
        seaweedfs_filer_port=filer, seaweedfs_admin_port=admin if admin is not None else s3 + 1,
    )


def test_free_ports_pass() -> None:
    check_ports(_settings(*_free_ports(5)))


def test_the_admin_port_moves_with_the_s3_port_and_is_checked_like_the_others() -> None:
    """`weed mini`'s admin server took 23646 whatever the stack's ports, and a second stack's silently the next free
    one (seen: 23647 and gRPC 33647 beside a stack holding 23646)."""
    assert Settings(s3_endpoint_url="http://127.0.0.1:8333").seaweedfs_admin_http_port == 23646
    firsts = [Settings(s3_endpoint_url=f"http://127.0.0.1:{s3}").seaweedfs_admin_http_port for s3 in (27333, 27337)]
    assert firsts == [42646, 42650], "two stacks of consecutive ports: two admin ports"
    assert Settings(seaweedfs_admin_port=30001).seaweedfs_admin_http_port == 30001
    s3, master, volume, filer, admin = _free_ports(5)
    with _listening(admin + GRPC_OFFSET), pytest.raises(
        StackError, match=rf"port {admin + GRPC_OFFSET} \(SeaweedFS admin gRPC\) .*set DEALWIRE_SEAWEEDFS_ADMIN_PORT"
    ):
        check_ports(_settings(s3, master, volume, filer, admin))
    with pytest.raises(StackError, match=rf"port {filer} is given twice to SeaweedFS \(filer HTTP, admin HTTP\)"):
        check_ports(_settings(s3, master, volume, filer, filer))


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
    with pytest.raises(StackError, match="past 65535; set DEALWIRE_SEAWEEDFS_ADMIN_PORT"):
        check_ports(Settings(s3_endpoint_url="http://127.0.0.1:50333", seaweedfs_master_port=master,
                             seaweedfs_volume_port=volume, seaweedfs_filer_port=s3))  # its admin port follows: 65646


def _keyed(tmp_path: Path) -> Settings:
    return Settings(stack_dir=tmp_path, s3_access_key_id="velkor-pipe", s3_secret_access_key="Sesame-pipe",
                    s3_readonly_access_key_id="velkor-ro", s3_readonly_secret_access_key="Sesame-ro",
                    s3_admin_access_key_id="velkor-admin", s3_admin_secret_access_key="Sesame-admin")


def test_the_pipeline_identity_is_scoped_to_its_buckets_and_only_the_admin_one_is_admin(tmp_path: Path) -> None:
    from pipeline.stack.seaweedfs import identities

    entries = {e["name"]: e for e in identities(_keyed(tmp_path))["identities"]}  # type: ignore[attr-defined]
    assert set(entries) == {"dealwire-pipeline", "dealwire-readonly", "dealwire-admin"}
    pipeline = entries["dealwire-pipeline"]["actions"]
    assert all(action.split(":", 1)[0] in {"Read", "Write", "List"} and ":" in action for action in pipeline), pipeline
    scopes = {action.split(":", 1)[1] for action in pipeline}
    assert scopes == {f"{b}{s}" for b in ("dealwire-curated", "dealwire-quarantine", "dealwire-state",
                                          "dealwire-reports") for s in ("", "-*")}
    assert "Admin" in entries["dealwire-admin"]["actions"]


def test_up_on_a_seaweedfs_started_with_other_identities_names_the_restart(tmp_path: Path) -> None:
    """SeaweedFS reads its identities file only when it starts (a stack from before the admin identity ran the
    pipeline's key as Admin and knows no admin key): ``up`` says so instead of a 403 at the buckets."""
    import json

    from pipeline.stack.seaweedfs import _check_identities, identities

    settings = _keyed(tmp_path)
    config = tmp_path / "s3-identities.json"
    config.write_text(json.dumps(identities(settings)))
    _check_identities(settings, config)  # the same: nothing to say
    old = identities(settings.model_copy(update={"s3_admin_access_key_id": None}))
    old["identities"][0]["actions"] = ["Admin", "Read", "List", "Tagging", "Write"]  # type: ignore[index]
    config.write_text(json.dumps(old))
    with pytest.raises(StackError, match="runs with other S3 identities") as raised:
        _check_identities(settings, config)
    assert "`dealwire stack down`, then `dealwire stack up`" in str(raised.value)
    assert "Sesame" not in str(raised.value)


def test_a_credentials_file_from_before_the_admin_identity_gets_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dotenv import dotenv_values

    from pipeline.stack import ensure_credentials

    monkeypatch.setenv("DEALWIRE_STACK_DIR", str(tmp_path))  # Settings read the stack's credentials file from there
    for name in ("ACCESS_KEY_ID", "SECRET_ACCESS_KEY", "ADMIN_ACCESS_KEY_ID", "ADMIN_SECRET_ACCESS_KEY"):
        monkeypatch.delenv(f"DEALWIRE_S3_{name}", raising=False)
    path = tmp_path / "credentials.env"
    path.write_text("DEALWIRE_S3_ACCESS_KEY_ID=velkor-pipe\nDEALWIRE_S3_SECRET_ACCESS_KEY=Sesame-pipe\n")
    path.chmod(0o600)
    filled = ensure_credentials(Settings(stack_dir=tmp_path))
    assert filled.s3_admin_access_key_id and filled.s3_admin_access_key_id != "velkor-pipe"
    assert filled.s3_admin_secret_access_key is not None and filled.s3_access_key_id == "velkor-pipe"
    again = ensure_credentials(Settings(stack_dir=tmp_path))
    assert again.s3_admin_access_key_id == filled.s3_admin_access_key_id, "appended once"
    assert list(dotenv_values(path)).count("DEALWIRE_S3_ADMIN_ACCESS_KEY_ID") == 1
