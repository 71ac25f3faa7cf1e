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

import socket
import ssl
import time
import warnings
from typing import Any

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
            try:
                context.load_cert_chain(str(certfile), str(keyfile) if keyfile is not None else None)
            except ssl.SSLError as error:
                return (f"no client certificate could be loaded from DEALWIRE_KAFKA_SSL_CERTFILE={certfile}"
                        f"{f' and DEALWIRE_KAFKA_SSL_KEYFILE={keyfile}' if keyfile else ''} ({error.reason or error}): "
                        "PEM, the key unencrypted and matching the certificate")
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


__all__ = ["ACCEPTED", "refusal"]
