"""Why a broker that answers refuses this client: TLS, SASL mechanism, user and password, checked by hand.

kafka-python 3 retries a refused connection like a silent one: a wrong password, an unknown user, a CA that does not
match the broker's certificate or a PLAINTEXT client at a SASL listener all ended, after
``DEALWIRE_KAFKA_MAX_BLOCK_MS``, in "did not answer" (and for a bad password its log said only "socket disconnected":
it reads SaslAuthenticate v2, whose failure the broker answers by closing the connection). After such a bootstrap
failure, ``refusal`` opens one connection of its own and goes through the steps a client takes (TLS handshake, SASL
handshake, authentication, version 1 of which carries the broker's own reason) to say which one the broker refused.
It runs only after a failure, so a working client pays nothing for it.
"""

from __future__ import annotations

import re
import socket
import ssl
import time
import warnings
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from pipeline.settings import Settings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from kafka.errors import KafkaProtocolError
    from kafka.net.sasl.scram import ScramClient
    from kafka.protocol.parser import KafkaProtocol
    from kafka.protocol.sasl import SaslAuthenticateRequest, SaslHandshakeRequest

ILLEGAL_SASL_STATE = 34  # the answer of a listener without SASL to a SASL handshake
UNSUPPORTED_SASL_MECHANISM = 33
PROBE_MECHANISM = "SCRAM-SHA-512"  # what a client without SASL asks for, only to learn whether the listener wants SASL


class _Closed(Exception):
    """The broker closed the connection instead of answering, or answered with bytes that are no Kafka response."""


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the check ran out of time")
    return left


class _Wire:
    """One blocking connection speaking just enough of the Kafka protocol for the handshakes, within ``deadline``."""

    def __init__(self, sock: socket.socket, deadline: float) -> None:
        self.sock = sock
        self.deadline = deadline
        self.protocol = KafkaProtocol(client_id="dealwire-handshake-check")

    def ask(self, request: Any) -> Any:
        self.protocol.send_request(request)
        self.sock.settimeout(_left(self.deadline))
        self.sock.sendall(self.protocol.send_bytes())
        while True:
            self.sock.settimeout(_left(self.deadline))
            data = self.sock.recv(65536)
            if not data:
                raise _Closed
            try:
                answers = self.protocol.receive_bytes(data)
            except KafkaProtocolError as error:  # e.g. a TLS alert read as a frame length
                raise _Closed from error
            if answers:
                return answers[0][1]


def _split(server: str) -> tuple[str, int]:
    host, _, port = server.strip().rpartition(":")
    return host.strip("[]"), int(port)


ACCEPTED = ""


def refusal(settings: Settings, timeout_s: float) -> str | None:
    """What the first broker that answers refuses about these settings; ``ACCEPTED`` (empty) when one went through
    every step with them; None when none answered within ``timeout_s`` in all or the refusal is not one this check
    can name."""
    deadline = time.monotonic() + timeout_s
    for server in settings.kafka_bootstrap_servers.split(","):
        try:
            reason = _check(settings, *_split(server), deadline)
        except (OSError, ValueError, _Closed):
            continue  # down, frozen or cut off mid-way: not a refusal this check can name
        if reason is not None:
            return reason
    return None


def _cafile_text(settings: Settings) -> str:
    cafile = settings.kafka_ssl_cafile
    return f"DEALWIRE_KAFKA_SSL_CAFILE={cafile}" if cafile is not None else "the system's CAs (DEALWIRE_KAFKA_SSL_CAFILE unset)"


def _check(settings: Settings, host: str, port: int, deadline: float) -> str | None:
    protocol = settings.kafka_security_protocol
    tls = protocol in ("SSL", "SASL_SSL")
    sasl = protocol.startswith("SASL_")
    if tls:
        cafile, certfile, keyfile = settings.kafka_ssl_cafile, settings.kafka_ssl_certfile, settings.kafka_ssl_keyfile
        for name, path in (("CAFILE", cafile), ("CERTFILE", certfile), ("KEYFILE", keyfile)):
            if path is not None and not path.is_file():
                return f"DEALWIRE_KAFKA_SSL_{name}={path} is not a file, so no TLS connection could be made"
        context = ssl.create_default_context(cafile=str(cafile) if cafile is not None else None)
        if certfile is not None:
            problem = client_key_problem(settings)
            if problem:
                return problem
            key_password = settings.kafka_ssl_key_password
            try:
                # a callable, never None: with None OpenSSL asks for the pass phrase on the terminal and waits there
                context.load_cert_chain(str(certfile), str(keyfile) if keyfile is not None else None,
                                        password=lambda: key_password.get_secret_value() if key_password else "")
            except ssl.SSLError as error:
                return (f"no client certificate could be loaded from DEALWIRE_KAFKA_SSL_CERTFILE={certfile}"
                        f"{f' and DEALWIRE_KAFKA_SSL_KEYFILE={keyfile}' if keyfile else ''} ({error.reason or error}): "
                        "PEM, the key matching the certificate")
    with socket.create_connection((host, port), timeout=_left(deadline)) as raw:
        sock: socket.socket = raw
        if tls:
            raw.settimeout(_left(deadline))
            try:
                sock = context.wrap_socket(raw, server_hostname=host)
            except ssl.SSLCertVerificationError as error:
                return (f"its TLS certificate is not trusted ({error.verify_message}) by {_cafile_text(settings)}: "
                        "give the CA that signed the brokers' certificates as DEALWIRE_KAFKA_SSL_CAFILE (a PEM file)")
            except (ssl.SSLError, ConnectionError) as error:
                # TLS 1.2: the broker refuses a missing or untrusted client certificate inside the handshake (TLS 1.3:
                # after it, below); read as "not TLS", it sent people looking at the port instead of the certificate
                named = _client_certificate_refused(settings, error) if isinstance(error, ssl.SSLError) else None
                if named:
                    return named
                return (f"it did not complete a TLS handshake ({type(error).__name__}: {error}): the listener on that "
                        f"port is not TLS, while DEALWIRE_KAFKA_SECURITY_PROTOCOL is {protocol}")
        wire = _Wire(sock, deadline)
        mechanism = settings.kafka_sasl_mechanism or PROBE_MECHANISM
        try:
            handshake = wire.ask(SaslHandshakeRequest(mechanism=mechanism, version=1))
        except ssl.SSLError as error:  # TLS 1.3: the broker checks the client's certificate after the handshake
            return _client_certificate_refused(settings, error)
        except _Closed:
            if tls:
                return None
            return ("it closed the connection at the first request or answered it with what is not Kafka's protocol: "
                    "the listener on that port may expect TLS (SSL or SASL_SSL), while DEALWIRE_KAFKA_SECURITY_PROTOCOL "
                    f"is {protocol}")
        if handshake.error_code == ILLEGAL_SASL_STATE:
            return ACCEPTED if not sasl else (
                f"the listener on that port does not use SASL, while DEALWIRE_KAFKA_SECURITY_PROTOCOL is {protocol}: "
                "use the port of its SASL listener or the protocol it has")
        offered = ", ".join(handshake.mechanisms) or "none"
        if not sasl:
            return (f"the listener demands SASL authentication (mechanisms {offered}), while "
                    f"DEALWIRE_KAFKA_SECURITY_PROTOCOL is {protocol}: set SASL_PLAINTEXT or SASL_SSL and "
                    "DEALWIRE_KAFKA_SASL_MECHANISM, _USERNAME and _PASSWORD")
        if handshake.error_code == UNSUPPORTED_SASL_MECHANISM or mechanism not in handshake.mechanisms:
            return (f"it does not offer SASL mechanism {mechanism} (DEALWIRE_KAFKA_SASL_MECHANISM); it offers "
                    f"{offered}")
        return _authenticate(wire, settings, mechanism)


PRIVATE_KEY = re.compile(rb"-----BEGIN ((?:[A-Z0-9]+ )*)PRIVATE KEY-----.+?-----END \1PRIVATE KEY-----", re.S)


def client_key_problem(settings: Settings) -> str | None:
    """Why the client key cannot be used with ``DEALWIRE_KAFKA_SSL_KEY_PASSWORD`` as set, or None."""
    certfile, keyfile = settings.kafka_ssl_certfile, settings.kafka_ssl_keyfile
    if certfile is None:
        return None
    password = settings.kafka_ssl_key_password
    if keyfile is not None:
        return key_problem(keyfile, "DEALWIRE_KAFKA_SSL_KEYFILE", password)
    return key_problem(certfile, "DEALWIRE_KAFKA_SSL_CERTFILE (no DEALWIRE_KAFKA_SSL_KEYFILE)", password)


def key_problem(path: Path, setting: str, password: SecretStr | None) -> str | None:
    """Why the PEM private key in ``path`` (named ``setting`` to the user) cannot be opened with ``password``, or None.

    OpenSSL says "PEM lib" for a wrong password and a missing one alike, in Python's ``ssl`` and in librdkafka (and
    Python's asks for a pass phrase on the terminal when none is passed), so the key is opened here first, with
    ``cryptography``, which tells the cases apart. The password is never part of the answer."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    try:
        found = PRIVATE_KEY.search(path.read_bytes())
    except OSError as error:
        return f"{setting}={path} could not be read ({error.strerror or error})"
    if found is None:
        return f"{setting}={path} holds no PEM private key (-----BEGIN ... PRIVATE KEY-----)"
    pem = found.group(0)
    if not (pem.startswith(b"-----BEGIN ENCRYPTED") or b"Proc-Type: 4,ENCRYPTED" in pem):
        return None  # a password given for a key that needs none is not used (kafka-python and librdkafka agree)
    if password is None:
        return (f"the client key in {setting}={path} is encrypted and DEALWIRE_KAFKA_SSL_KEY_PASSWORD is not set: give "
                "the key's password there")
    try:
        load_pem_private_key(pem, password.get_secret_value().encode())
    except ValueError:
        return (f"the client key in {setting}={path} could not be decrypted with DEALWIRE_KAFKA_SSL_KEY_PASSWORD: a "
                "wrong password (or a cipher this machine's OpenSSL lacks)")
    except Exception:  # noqa: BLE001 - a key type cryptography does not read: the TLS library gives its own reason
        return None
    return None


CERTIFICATE_ALERTS = ("CERTIFICATE_REQUIRED", "BAD_CERTIFICATE", "UNKNOWN_CA", "CERTIFICATE_UNKNOWN",
                      "CERTIFICATE_EXPIRED", "CERTIFICATE_REVOKED", "ACCESS_DENIED")


def _client_certificate_refused(settings: Settings, error: ssl.SSLError) -> str | None:
    """The broker's TLS alert after the handshake, when it is about this client's certificate (mutual TLS)."""
    said = str(error.reason or error)
    if not any(alert in said.upper() for alert in CERTIFICATE_ALERTS):
        return None
    certfile = settings.kafka_ssl_certfile
    if certfile is None:
        return (f"the listener demands a client certificate (mutual TLS; TLS alert {said}) and none was given: set "
                "DEALWIRE_KAFKA_SSL_CERTFILE (and DEALWIRE_KAFKA_SSL_KEYFILE) to this client's certificate and key")
    return (f"it refused the client certificate DEALWIRE_KAFKA_SSL_CERTFILE={certfile} (TLS alert {said}): the "
            "brokers do not trust the CA that signed it, or it expired")


def _authenticate(wire: _Wire, settings: Settings, mechanism: str) -> str:
    user = settings.kafka_sasl_username or ""
    password = settings.kafka_sasl_password.get_secret_value() if settings.kafka_sasl_password is not None else ""
    if mechanism == "PLAIN":
        steps = [lambda _: f"\0{user}\0{password}".encode()]
    else:
        scram = ScramClient(user, password, mechanism)

        def final(first: bytes) -> bytes:
            scram.process_server_first_message(first)
            return scram.final_message()

        steps = [lambda _: scram.first_message(), final]
    answer = b""
    for step in steps:
        try:
            response = wire.ask(SaslAuthenticateRequest(auth_bytes=step(answer), version=1))
        except _Closed:
            response = None
        if response is None or response.error_code:
            said = f" ({response.error_message})" if response is not None and response.error_message else ""
            return (f"it refused SASL user {user!r} with {mechanism}{said}: a wrong password or an unknown user (the "
                    "broker does not say which); check DEALWIRE_KAFKA_SASL_USERNAME and DEALWIRE_KAFKA_SASL_PASSWORD")
        answer = response.auth_bytes
    return ACCEPTED


__all__ = ["ACCEPTED", "client_key_problem", "key_problem", "refusal"]
