"""A private CA, a broker certificate for the local broker's TLS listeners and a client certificate for its SSL one.

Made with ``cryptography`` (already required by Airflow; now declared in pyproject.toml), in PEM, which Kafka 4 reads
without a Java keystore. The CA is the file clients get as ``DEALWIRE_KAFKA_SSL_CAFILE``: a certificate from a
private CA is what secured clusters (Strimzi, company CAs) hand out, and no system store trusts it.
"""

from __future__ import annotations

import ipaddress
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CA_FILE = "ca.pem"
BROKER_FILE = "broker.pem"  # the broker's key (PKCS#8) and certificate chain, Kafka's PEM keystore format
CLIENT_CERT_FILE = "client.pem"  # a client certificate for the SSL listener, which demands one (mutual TLS)
CLIENT_KEY_FILE = "client-key.pem"
CLIENT_NAME = "dealwire"  # the client certificate's common name: the broker's principal is User:CN=dealwire,O=…
VALID_DAYS = 825
RENEW_BEFORE = timedelta(days=30)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Dealwire local stack"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _fresh(path: Path) -> bool:
    if not path.exists():
        return False
    cert = x509.load_pem_x509_certificate(path.read_bytes())
    return cert.not_valid_after_utc - RENEW_BEFORE > datetime.now(timezone.utc)


def ensure_certificates(directory: Path, hosts: tuple[str, ...] = ("127.0.0.1", "localhost")) -> Path:
    """Make the CA and the broker's certificate (for ``hosts``) unless valid ones exist; return the CA file.

    The broker's names are in its subjectAltName, which both kafka-python and librdkafka check by default."""
    directory.mkdir(parents=True, exist_ok=True)
    directory.chmod(0o700)
    ca_path, broker_path = directory / CA_FILE, directory / BROKER_FILE
    client_path, client_key_path = directory / CLIENT_CERT_FILE, directory / CLIENT_KEY_FILE
    if _fresh(ca_path) and _fresh(broker_path) and _fresh(client_path) and client_key_path.exists():
        return ca_path
    now = datetime.now(timezone.utc) - timedelta(minutes=5)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Dealwire local CA")).issuer_name(_name("Dealwire local CA"))
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + timedelta(days=VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                     key_encipherment=False, data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    broker_key = ec.generate_private_key(ec.SECP256R1())
    broker_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(hosts[0])).issuer_name(ca_cert.subject)
        .public_key(broker_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    client_key = ec.generate_private_key(ec.SECP256R1())
    client_cert = (
        x509.CertificateBuilder()
        .subject_name(_name(CLIENT_NAME)).issuer_name(ca_cert.subject)
        .public_key(client_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now).not_valid_after(now + timedelta(days=VALID_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key_pem = broker_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption())
    pem = serialization.Encoding.PEM
    _write_private(broker_path, key_pem + broker_cert.public_bytes(pem) + ca_cert.public_bytes(pem))
    _write_private(client_key_path, client_key.private_bytes(pem, serialization.PrivateFormat.PKCS8,
                                                             serialization.NoEncryption()))
    _write_private(client_path, client_cert.public_bytes(pem) + ca_cert.public_bytes(pem))
    ca_path.write_bytes(ca_cert.public_bytes(pem))  # public; its key is not kept, so no other certificate is signed
    return ca_path


__all__ = ["BROKER_FILE", "CA_FILE", "CLIENT_CERT_FILE", "CLIENT_KEY_FILE", "CLIENT_NAME", "ensure_certificates"]
