"""The local broker's storage format: a cluster id the storage tool always takes."""

from __future__ import annotations

import base64

from pipeline.stack.kafka import new_cluster_id


def test_a_cluster_id_never_starts_with_a_dash_and_is_sixteen_bytes() -> None:
    # one random id in 64 starts with "-"; 2000 draws meet one with probability 1 - (63/64)**2000, about 1 - 2e-14
    ids = [new_cluster_id() for _ in range(2000)]
    assert not any(cluster_id.startswith("-") for cluster_id in ids)
    assert all(len(base64.urlsafe_b64decode(cluster_id + "==")) == 16 for cluster_id in ids)
    assert len(set(ids)) == len(ids)
