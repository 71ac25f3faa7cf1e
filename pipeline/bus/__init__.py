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
