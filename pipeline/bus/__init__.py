"""Kafka: producer, consumer, admin.

kafka-python warns at WARNING of two things no operator can act on, and every stage run would trip a warning-based
alert with them: its IO loop running late while this process computes (the extractor holds the GIL), and "no
partition metadata" at each group join before the first metadata answer. Real consequences (a lost group member, a
refused commit) surface as errors of their own.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

for _library_logger in ("kafka.net.selector", "kafka.coordinator.assignors"):
    logging.getLogger(_library_logger).setLevel(logging.ERROR)

SECRET_CONFIG_KEYS = frozenset({"sasl_plain_password", "ssl_password"})


class _RedactClientConfig(logging.Filter):
    """kafka-python's admin client logs its whole configuration at DEBUG ("Starting KafkaAdminClient with
    configuration: {...}"), the SASL password included: a DEBUG log level for the kafka loggers (an Airflow
    deployment's logging config, a developer chasing a bug) put the password in the task log. The filter masks it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, Mapping):  # logging unpacks a lone mapping argument into args itself
            record.args = _masked(record.args)
        elif isinstance(record.args, tuple):
            record.args = tuple(_masked(arg) if isinstance(arg, Mapping) else arg for arg in record.args)
        return True


def _masked(config: Mapping[str, object]) -> dict[str, object]:
    return {key: "***" if key in SECRET_CONFIG_KEYS and value else value for key, value in config.items()}


logging.getLogger("kafka.admin.client").addFilter(_RedactClientConfig())
