"""The S3 basics every stage relies on, against the real SeaweedFS gateway."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable

import pytest
from botocore.exceptions import ClientError

from pipeline.settings import Settings
from pipeline.store import curated
from pipeline.store.curated import Claim, ObjectConflict
from pipeline.store.s3 import error_code, put_if_absent, s3_client

pytestmark = pytest.mark.integration


def test_put_get_list(isolated_settings: Settings) -> None:
    client = s3_client(isolated_settings)
    bucket = isolated_settings.bucket_curated
    for key in ("a/1.txt", "a/2.txt", "b/3.txt"):
        client.put_object(Bucket=bucket, Key=key, Body=key.encode())
    assert client.get_object(Bucket=bucket, Key="a/2.txt")["Body"].read() == b"a/2.txt"
    listed = client.list_objects_v2(Bucket=bucket, Prefix="a/")
    assert [o["Key"] for o in listed["Contents"]] == ["a/1.txt", "a/2.txt"]


def test_multipart_upload_round_trips(isolated_settings: Settings) -> None:
    client = s3_client(isolated_settings)
    bucket, key = isolated_settings.bucket_reports, "big/object.bin"
    parts = [os.urandom(5 * 1024 * 1024), os.urandom(1024)]
    upload = client.create_multipart_upload(Bucket=bucket, Key=key)
    etags = [
        {"PartNumber": n, "ETag": client.upload_part(Bucket=bucket, Key=key, PartNumber=n,
                                                      UploadId=upload["UploadId"], Body=body)["ETag"]}
        for n, body in enumerate(parts, start=1)
    ]
    client.complete_multipart_upload(Bucket=bucket, Key=key, UploadId=upload["UploadId"],
                                     MultipartUpload={"Parts": etags})
    assert client.get_object(Bucket=bucket, Key=key)["Body"].read() == b"".join(parts)


def test_put_if_absent_never_overwrites(isolated_settings: Settings) -> None:
    client = s3_client(isolated_settings)
    bucket = isolated_settings.bucket_curated
    assert put_if_absent(client, bucket, "once", b"first") is True
    assert put_if_absent(client, bucket, "once", b"second") is False
    assert client.get_object(Bucket=bucket, Key="once")["Body"].read() == b"first"


def test_readonly_identity_reads_but_cannot_write(isolated_settings: Settings) -> None:
    writer, reader = s3_client(isolated_settings), s3_client(isolated_settings, readonly=True)
    bucket = isolated_settings.bucket_curated
    writer.put_object(Bucket=bucket, Key="shared.txt", Body=b"hello")
    assert reader.get_object(Bucket=bucket, Key="shared.txt")["Body"].read() == b"hello"
    with pytest.raises(ClientError) as refused:
        reader.put_object(Bucket=bucket, Key="intruder.txt", Body=b"nope")
    assert error_code(refused.value) == "AccessDenied"
    keys = [o["Key"] for o in writer.list_objects_v2(Bucket=bucket)["Contents"]]
    assert keys == ["shared.txt"]


def test_readonly_identity_reads_no_bucket_but_the_curated_one(isolated_settings: Settings) -> None:
    """Downstream readers must not read the pipeline's state, the quarantined bytes or the reports."""
    writer, reader = s3_client(isolated_settings), s3_client(isolated_settings, readonly=True)
    others = [isolated_settings.bucket_state, isolated_settings.bucket_quarantine, isolated_settings.bucket_reports]
    for bucket in others:
        writer.put_object(Bucket=bucket, Key="private.txt", Body=b"pipeline only")
        with pytest.raises(ClientError) as refused:
            reader.get_object(Bucket=bucket, Key="private.txt")
        assert error_code(refused.value) == "AccessDenied", bucket
        with pytest.raises(ClientError) as refused:
            reader.list_objects_v2(Bucket=bucket)
        assert error_code(refused.value) == "AccessDenied", bucket
    visible = {b["Name"] for b in reader.list_buckets().get("Buckets", [])}
    assert isolated_settings.bucket_curated in visible
    assert not visible & set(others)


def test_write_once_accepts_same_bytes_and_refuses_others(isolated_settings: Settings) -> None:
    client = s3_client(isolated_settings)
    bucket = isolated_settings.bucket_curated
    assert curated.write_once(client, bucket, "k.jsonl", b"x\n", curated.JSONL) == "written"
    assert curated.write_once(client, bucket, "k.jsonl", b"x\n", curated.JSONL) == "present"
    with pytest.raises(ObjectConflict):
        curated.write_once(client, bucket, "k.jsonl", b"y\n", curated.JSONL)
    assert client.get_object(Bucket=bucket, Key="k.jsonl")["Body"].read() == b"x\n"


def test_first_claim_wins_and_marker_never_moves_back(isolated_settings: Settings) -> None:
    client = s3_client(isolated_settings)
    first = Claim(topic="t", partition=0, start=0, first=0, last=9, count=10, objects=["b/k1"])
    second = first.model_copy(update={"last": 4, "count": 5})
    assert curated.claim_batch(client, isolated_settings, first) == first
    assert curated.claim_batch(client, isolated_settings, second) == first
    later = Claim(topic="t", partition=0, start=10, first=10, last=19, count=10, objects=["b/k2"])
    curated.mark_written(client, isolated_settings, later)
    curated.mark_written(client, isolated_settings, first)
    assert curated.read_marker(client, isolated_settings, "t", 0) == later


def test_schema_is_published_once(isolated_settings: Settings) -> None:
    client = s3_client(isolated_settings)
    assert curated.publish_schema(client, isolated_settings) == "written"
    assert curated.publish_schema(client, isolated_settings) == "present"
    body = client.get_object(Bucket=isolated_settings.bucket_curated, Key=curated.SCHEMA_KEY)["Body"].read()
    assert b'"DealRecord"' in body
    client.put_object(Bucket=isolated_settings.bucket_curated, Key=curated.SCHEMA_KEY, Body=b"{}")
    assert curated.publish_schema(client, isolated_settings) == "updated"
    assert client.get_object(Bucket=isolated_settings.bucket_curated, Key=curated.SCHEMA_KEY)["Body"].read() == body


def test_the_pipeline_identity_uses_objects_of_its_buckets_and_nothing_more(isolated_settings: Settings) -> None:
    """Least privilege: the stages' key reads, writes and lists objects in the pipeline's buckets (the stage tests run
    with it); it may not create or delete a bucket, its own included, nor read, list or write another bucket. The
    admin identity, used only where buckets are made (``stack up``, these tests), may."""
    pipeline, admin = s3_client(isolated_settings), s3_client(isolated_settings, admin=True)
    for bucket in isolated_settings.buckets:
        pipeline.put_object(Bucket=bucket, Key="probe/kept.txt", Body=b"pipeline bytes")
        assert pipeline.get_object(Bucket=bucket, Key="probe/kept.txt")["Body"].read() == b"pipeline bytes"
        assert pipeline.list_objects_v2(Bucket=bucket, Prefix="probe/")["KeyCount"] == 1
    other = f"norvia-other-{uuid.uuid4().hex[:10]}"

    def refused(call: Callable[[], object], what: str) -> None:
        with pytest.raises(ClientError) as raised:
            call()
        assert error_code(raised.value) == "AccessDenied", f"{what}: {raised.value}"

    refused(lambda: pipeline.create_bucket(Bucket=other), "create a bucket")
    refused(lambda: pipeline.create_bucket(Bucket=f"{isolated_settings.bucket_state}-x"), "create a bucket in scope")
    empty = isolated_settings.bucket_reports
    admin.delete_object(Bucket=empty, Key="probe/kept.txt")
    refused(lambda: pipeline.delete_bucket(Bucket=empty), "delete its own (empty) bucket")
    admin.create_bucket(Bucket=other)
    try:
        admin.put_object(Bucket=other, Key="theirs.txt", Body=b"another team's bytes")
        refused(lambda: pipeline.get_object(Bucket=other, Key="theirs.txt"), "read another bucket")
        refused(lambda: pipeline.list_objects_v2(Bucket=other), "list another bucket")
        refused(lambda: pipeline.put_object(Bucket=other, Key="planted.txt", Body=b"x"), "write another bucket")
        refused(lambda: pipeline.delete_object(Bucket=other, Key="theirs.txt"), "delete in another bucket")
        refused(lambda: pipeline.delete_bucket(Bucket=other), "delete another bucket")
        assert other not in {b["Name"] for b in pipeline.list_buckets()["Buckets"]}, "another bucket is listed"
        assert admin.get_object(Bucket=other, Key="theirs.txt")["Body"].read() == b"another team's bytes"
    finally:
        admin.delete_object(Bucket=other, Key="theirs.txt")
        admin.delete_bucket(Bucket=other)
    assert empty in {b["Name"] for b in admin.list_buckets()["Buckets"]}, "the refused delete deleted"
