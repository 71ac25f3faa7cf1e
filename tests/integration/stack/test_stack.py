"""The local stack as the project starts it: both services up, provisioned, and
`up` on a running stack harmless."""

from __future__ import annotations

import pytest

from pipeline import stack
from pipeline.bus.admin import list_topics
from pipeline.settings import Settings
from pipeline.store.s3 import error_code, s3_client

pytestmark = pytest.mark.integration


def test_up_twice_is_harmless(stack_settings: Settings) -> None:
    before = {s.name: s.pid for s in stack.status(stack_settings)}
    stack.up(stack_settings)
    after = {s.name: s.pid for s in stack.status(stack_settings)}
    assert before == after
    assert all(pid is not None for pid in after.values())


def test_topics_and_buckets_are_provisioned(stack_settings: Settings) -> None:
    assert set(stack_settings.topics) <= set(list_topics(stack_settings))
    names = {b["Name"] for b in s3_client(stack_settings).list_buckets()["Buckets"]}
    assert set(stack_settings.buckets) <= names


def test_services_listen_on_loopback_only(stack_settings: Settings) -> None:
    import psutil

    for service in stack.status(stack_settings):
        assert service.pid is not None
        proc = psutil.Process(service.pid)
        addrs = [c.laddr for c in proc.net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN]
        for child in proc.children(recursive=True):
            addrs += [c.laddr for c in child.net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN]
        assert addrs, f"{service.name} listens nowhere"
        assert all(a.ip.removeprefix("::ffff:").startswith("127.") or a.ip == "::1" for a in addrs), f"{service.name} listens beyond loopback: {addrs}"


def test_seaweedfs_listens_on_the_ports_its_settings_name_and_no_other(stack_settings: Settings) -> None:
    """`weed mini` also runs an admin server, on 23646 whatever the stack's ports, or (another stack holding it) on
    the next free port it found; it now follows DEALWIRE_SEAWEEDFS_ADMIN_PORT / the S3 port, like the others."""
    import psutil

    from pipeline.stack import seaweedfs

    pid = seaweedfs.service(stack_settings).pid()
    assert pid is not None
    listening = {c.laddr.port for c in psutil.Process(pid).net_connections(kind="tcp") if c.status == psutil.CONN_LISTEN}
    assert listening == seaweedfs.listening_ports(stack_settings)
    assert stack_settings.seaweedfs_admin_http_port in listening


def test_wrong_keys_are_refused(stack_settings: Settings) -> None:
    from botocore.exceptions import ClientError
    from pydantic import SecretStr

    wrong = stack_settings.model_copy(update={"s3_secret_access_key": SecretStr("not-the-key")})
    with pytest.raises(ClientError) as refused:
        s3_client(wrong).list_buckets()
    assert error_code(refused.value) == "SignatureDoesNotMatch", refused.value  # refused for the key, not another reason


def test_filer_and_volume_http_refuse_requests_without_keys(isolated_settings: Settings) -> None:
    """SeaweedFS's own HTTP APIs sit beside S3 on loopback: without JWT keys they read and write every bucket."""
    import httpx

    bucket = isolated_settings.bucket_curated
    s3_client(isolated_settings).put_object(Bucket=bucket, Key="kept.txt", Body=b"pipeline bytes")
    filer = f"http://127.0.0.1:{isolated_settings.seaweedfs_filer_port}/buckets/{bucket}"
    with httpx.Client(timeout=5) as http:
        assert http.get(f"{filer}/kept.txt").status_code == 401
        assert http.get(f"{filer}/", headers={"Accept": "application/json"}).status_code == 401
        written = http.post(f"{filer}/planted.txt", files={"file": ("planted.txt", b"from a web page")})
        assert written.status_code == 401
        master = f"http://127.0.0.1:{isolated_settings.seaweedfs_master_port}"
        assigned = http.get(f"{master}/dir/assign").json()
        volume = f"http://{assigned['url']}/{assigned['fid']}"
        assert http.post(volume, files={"file": ("x", b"raw needle")}).status_code == 401
    keys = [o["Key"] for o in s3_client(isolated_settings).list_objects_v2(Bucket=bucket)["Contents"]]
    assert keys == ["kept.txt"]


def test_up_on_a_running_broker_names_the_secured_listeners_it_lacks(stack_settings: Settings) -> None:
    """`up` leaves a running broker alone: asked for listeners it was not started with, it says so and what to do,
    instead of returning as if they were there (their clients then waited a minute for nothing)."""
    from pydantic import SecretStr

    from pipeline.stack import kafka
    from pipeline.stack.process import StackError, port_open

    pid = kafka.service(stack_settings).pid()
    port = next(p for p in range(stack_settings.kafka_port + 2, stack_settings.kafka_port + 8)
                if p != stack_settings.kafka_controller_port and not port_open(p))
    wanting = stack_settings.model_copy(update={"kafka_stack_secured_listeners": {"SASL_SSL": port},
                                                "kafka_sasl_username": "velkor-ops",
                                                "kafka_sasl_password": SecretStr("Sesame-stack")})
    with pytest.raises(StackError) as raised:
        kafka.start(wanting)
    message = str(raised.value)
    assert f"already running with PLAINTEXT on port {stack_settings.kafka_stack_plaintext_port}" in message
    assert f"without SASL_SSL on port {port} that DEALWIRE_KAFKA_STACK_SECURED_LISTENERS" in message
    assert "run `dealwire stack down`" in message and f"(pid {pid})" in message
    # this stack's storage has no SCRAM user: down and up alone would fail next, so it says that now
    assert "formatted without SCRAM user 'velkor-ops'" in message and "Sesame-stack" not in message
    assert kafka.service(stack_settings).pid() == pid and not port_open(port), "the broker was left as it was"
    assert kafka.start(stack_settings) is False, "the settings it was started with are no reason to complain"
