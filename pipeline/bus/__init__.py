"""Kafka: producer, consumer, admin.

kafka-python warns at WARNING of two things no operator can act on, and every stage run would trip a warning-based
alert with them: its IO loop running late while this process computes (the extractor holds the GIL), and "no
partition metadata" at each group join before the first metadata answer. Real consequences (a lost group member, a
refused commit) surface as errors of their own.
"""

from __future__ import annotations

import logging

for _library_logger in ("kafka.net.selector", "kafka.coordinator.assignors"):
    logging.getLogger(_library_logger).setLevel(logging.ERROR)

_SECRETS: set[str] = set()


def keep_out_of_logs(secret: str | None) -> None:
    """Mask ``secret`` wherever kafka-python's DEBUG lines would show it (see ``_Redact``)."""
    if secret:
        _SECRETS.update({secret, repr(secret.encode())[2:-1]})  # as text, and as it shows inside a bytes repr


class _Redact(logging.Filter):
    """kafka-python writes the SASL password at DEBUG: the admin client logs its whole configuration ("Starting
    KafkaAdminClient with configuration: {...}"), and every request and its bytes are logged, PLAIN's authentication
    (user and password in clear) included. A DEBUG level for the kafka loggers (an Airflow deployment's logging
    config, someone chasing a bug) put it in the task log. Costs nothing otherwise: a disabled level never calls it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if _SECRETS:
            message = record.getMessage()
            masked = message
            for secret in _SECRETS:
                masked = masked.replace(secret, "***")
            if masked != message:
                record.msg, record.args = masked, None
        return True


for _library_logger in ("kafka.admin.client", "kafka.net.connection", "kafka.protocol.parser"):
    logging.getLogger(_library_logger).addFilter(_Redact())
