"""Why a client key cannot be used, told apart before OpenSSL lumps every case into "PEM lib" (the refusals of a real
broker: tests/integration/test_secured_broker.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from pydantic import SecretStr

from pipeline.bus.handshake import client_key_problem, key_problem
from pipeline.settings import Settings
from pipeline.stack.tls import CLIENT_CERT_FILE, CLIENT_KEY_FILE, ensure_certificates

PASSWORD = "Sesame-unit-key"


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The client certificate, its plain key, and the key encrypted as PKCS#8 and as OpenSSL's traditional PEM."""
    directory = ensure_certificates(tmp_path_factory.mktemp("ca") / "tls").parent
    plain = directory / CLIENT_KEY_FILE
    key = serialization.load_pem_private_key(plain.read_bytes(), None)
    paths = {"cert": directory / CLIENT_CERT_FILE, "plain": plain}
    for name, form in (("pkcs8", serialization.PrivateFormat.PKCS8),
                       ("traditional", serialization.PrivateFormat.TraditionalOpenSSL)):
        paths[name] = directory / f"{name}.pem"
        paths[name].write_bytes(key.private_bytes(serialization.Encoding.PEM, form,
                                                  serialization.BestAvailableEncryption(PASSWORD.encode())))
    return paths


@pytest.mark.parametrize("form", ["pkcs8", "traditional"])
def test_an_encrypted_key_without_its_password_or_with_a_wrong_one_is_named(keys: dict[str, Path], form: str) -> None:
    path = keys[form]
    missing = key_problem(path, "DEALWIRE_KAFKA_SSL_KEYFILE", None)
    assert missing is not None and f"DEALWIRE_KAFKA_SSL_KEYFILE={path} is encrypted" in missing
    assert "DEALWIRE_KAFKA_SSL_KEY_PASSWORD is not set" in missing
    wrong = key_problem(path, "DEALWIRE_KAFKA_SSL_KEYFILE", SecretStr("Sesame-not-it"))
    assert wrong is not None and "could not be decrypted with DEALWIRE_KAFKA_SSL_KEY_PASSWORD: a wrong password" in wrong
    assert "Sesame" not in wrong
    assert key_problem(path, "DEALWIRE_KAFKA_SSL_KEYFILE", SecretStr(PASSWORD)) is None


def test_a_plain_key_a_key_in_the_certificates_file_and_a_file_without_a_key(keys: dict[str, Path],
                                                                          tmp_path: Path) -> None:
    assert key_problem(keys["plain"], "DEALWIRE_KAFKA_SSL_KEYFILE", None) is None
    assert key_problem(keys["plain"], "DEALWIRE_KAFKA_SSL_KEYFILE", SecretStr("unused")) is None
    both = tmp_path / "both.pem"  # certificate and encrypted key in one file, no DEALWIRE_KAFKA_SSL_KEYFILE
    both.write_bytes(keys["cert"].read_bytes() + keys["pkcs8"].read_bytes())
    settings = Settings(kafka_security_protocol="SSL", kafka_ssl_certfile=both)
    assert "DEALWIRE_KAFKA_SSL_CERTFILE (no DEALWIRE_KAFKA_SSL_KEYFILE)" in str(client_key_problem(settings))
    fixed = settings.model_copy(update={"kafka_ssl_key_password": SecretStr(PASSWORD)})
    assert client_key_problem(fixed) is None
    assert "holds no PEM private key" in str(key_problem(keys["cert"], "DEALWIRE_KAFKA_SSL_KEYFILE", None))
