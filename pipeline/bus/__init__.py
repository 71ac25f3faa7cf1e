"""Kafka: producer, consumer, admin.

kafka-python's logging (its levels, the reconnect echoes dropped) is set by ``pipeline.logs.tame_kafka_logs`` as soon
as anything of the bus is imported, once kafka-python's loggers exist: a stage run inside Airflow never calls the
CLI's ``configure_logging``; it also masks the secrets ``keep_out_of_logs`` is given in kafka-python's DEBUG lines.
"""

from __future__ import annotations

import warnings

from pipeline.logs import keep_out_of_logs, tame_kafka_logs

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import kafka  # noqa: F401 - creates kafka-python's loggers, which tame_kafka_logs filters

tame_kafka_logs()

__all__ = ["keep_out_of_logs"]
