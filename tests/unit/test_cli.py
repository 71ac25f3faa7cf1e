"""The console script's failures: one line and exit status 1, the traceback only when asked for."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from pipeline.cli import main, spreadsheet_safe


@pytest.fixture
def refused_endpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An S3 endpoint on a port held but not listening: every connection is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as held:
        held.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{held.getsockname()[1]}"
        monkeypatch.setenv("DEALWIRE_S3_ENDPOINT_URL", url)
        monkeypatch.setenv("DEALWIRE_S3_READONLY_ACCESS_KEY_ID", "reader")
        monkeypatch.setenv("DEALWIRE_S3_READONLY_SECRET_ACCESS_KEY", "not-a-secret")
        monkeypatch.setattr("sys.argv", ["dealwire", "deals"])
        yield url


def test_an_unanswered_service_is_one_line_and_exit_1(
    refused_endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main()
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("dealwire failed: StoreUnavailable: S3 at http://127.0.0.1:"), err
    assert "listing the curated objects: EndpointConnectionError" in " ".join(err.split()), err
    assert "Traceback" not in err and len(err.splitlines()) <= 5
    assert "DEALWIRE_LOG_LEVEL=DEBUG" in err


def test_debug_shows_the_error_itself(
    refused_endpoint: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEALWIRE_LOG_LEVEL", "DEBUG")
    from botocore.exceptions import EndpointConnectionError

    from pipeline.store.s3 import StoreUnavailable

    with pytest.raises(StoreUnavailable) as raised:
        main()
    assert isinstance(raised.value.__cause__, EndpointConnectionError), "botocore's error stays in the traceback"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_csv_cell_that_a_spreadsheet_would_run_is_kept_as_text(start: str) -> None:
    title = f'{start}HYPERLINK("http://evil.example","Velkor buys Norvia")'
    assert spreadsheet_safe(title) == "'" + title


def test_ordinary_csv_cells_are_unchanged() -> None:
    for value in ("Velkor buys Norvia for €2 bn", "buyer: Velkor; target: Norvia", "120000000", "", "'quoted'"):
        assert spreadsheet_safe(value) == value
