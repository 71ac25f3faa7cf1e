"""boto3 clients for any S3-compatible store, and the few object operations the
stages share (idempotent buckets, conditional puts)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import boto3
from botocore.client import BaseClient
from botocore.config import Config
from botocore.exceptions import ClientError, HTTPClientError
from botocore.exceptions import ConnectionError as BotoConnectionError

from pipeline.settings import Settings


def s3_client(settings: Settings, *, readonly: bool = False, admin: bool = False) -> BaseClient:
    """A path-style client; ``readonly`` uses the downstream consumers' identity, ``admin`` the one that creates
    buckets (``ensure_buckets``), which the pipeline's identity may not.

    Its waits come from the settings (``DEALWIRE_S3_CONNECT_TIMEOUT_S``, ``DEALWIRE_S3_READ_TIMEOUT_S``,
    ``DEALWIRE_S3_MAX_ATTEMPTS``): a frozen store accepts connections and answers nothing, so each attempt lasts a
    read timeout, and the fixed 5 attempts x 30 s held validate for minutes per object. A retried write is safe: the
    curated objects and claims are conditional puts (a first attempt that lands late makes the retry a 412 and the
    bytes are compared) and the marker holds the same bytes each time."""
    if admin:
        key_id, secret, which, prefix = (settings.s3_admin_access_key_id, settings.s3_admin_secret_access_key,
                                         "admin ", "S3_ADMIN_")
    elif readonly:
        key_id, secret, which, prefix = (settings.s3_readonly_access_key_id, settings.s3_readonly_secret_access_key,
                                         "read-only ", "S3_READONLY_")
    else:
        key_id, secret, which, prefix = settings.s3_access_key_id, settings.s3_secret_access_key, "", "S3_"
    if key_id is None or secret is None:
        raise RuntimeError(
            f"no {which}S3 credentials configured: run `dealwire stack up` or set DEALWIRE_{prefix}ACCESS_KEY_ID and "
            f"DEALWIRE_{prefix}SECRET_ACCESS_KEY"
        )
    return boto3.client(
        "s3",
        endpoint_url=settings.s3_endpoint_url,
        region_name=settings.s3_region,
        aws_access_key_id=key_id,
        aws_secret_access_key=secret.get_secret_value(),
        config=Config(
            s3={"addressing_style": "path"},
            retries={"max_attempts": settings.s3_max_attempts, "mode": "standard"},
            connect_timeout=settings.s3_connect_timeout_s,
            read_timeout=settings.s3_read_timeout_s,
        ),
    )


class StoreUnavailable(RuntimeError):
    """The object store did not answer (refused, or accepted and said nothing) within the S3 settings."""


@contextmanager
def store_answering(settings: Settings, step: str, consequence: str = "") -> Iterator[None]:
    """Turn botocore's timeouts and connection errors inside the block into one ``StoreUnavailable`` naming the store,
    the step, the settings that bound the wait and what it means for the data (botocore says only "Read timeout on
    endpoint URL: ..." after its last attempt)."""
    try:
        yield
    except (BotoConnectionError, HTTPClientError) as error:
        message = (
            f"S3 at {settings.s3_endpoint_url} did not answer while {step}: {type(error).__name__} after "
            f"{settings.s3_max_attempts} attempt(s) (DEALWIRE_S3_MAX_ATTEMPTS={settings.s3_max_attempts}, "
            f"DEALWIRE_S3_CONNECT_TIMEOUT_S={settings.s3_connect_timeout_s:g}, "
            f"DEALWIRE_S3_READ_TIMEOUT_S={settings.s3_read_timeout_s:g})"
        )
        raise StoreUnavailable(f"{message}; {consequence}" if consequence else message) from error


def error_code(error: ClientError) -> str:
    return str(error.response.get("Error", {}).get("Code", ""))


def ensure_buckets(settings: Settings, buckets: list[str] | None = None) -> list[str]:
    """Create missing buckets with the admin identity; return the ones this call created.

    Only the local stack's ``up`` (and the tests, for buckets of their own) create buckets: the stages write into
    buckets that exist, so the pipeline's identity needs no right to create or delete one (a deployment makes them
    with its infrastructure code)."""
    client = s3_client(settings, admin=True)
    existing = {b["Name"] for b in client.list_buckets().get("Buckets", [])}
    created = []
    for bucket in buckets if buckets is not None else settings.buckets:
        if bucket in existing:
            continue
        try:
            client.create_bucket(Bucket=bucket)
            created.append(bucket)
        except ClientError as error:
            if error_code(error) not in {"BucketAlreadyOwnedByYou", "BucketAlreadyExists"}:
                raise
    return created


def put_if_absent(client: BaseClient, bucket: str, key: str, body: bytes, **extra: Any) -> bool:
    """Write ``key`` only if no object has that name; False when it already existed."""
    try:
        client.put_object(Bucket=bucket, Key=key, Body=body, IfNoneMatch="*", **extra)
    except ClientError as error:
        if error_code(error) in {"PreconditionFailed", "412", "ConditionalRequestConflict"}:
            return False
        raise
    return True
