"""Extractor throughput on the Reuters acquisition corpus, on one core.

Runs ``pipeline.extract.extract`` over every story of
``../shared/corpus/reuters_acq.jsonl`` several times, reports the median
articles/second, the money/quantity layer's share of it and the peak RSS, and
writes the numbers to ``bench/results/`` (git-ignored). Targets: ≥ 500
articles/s and ≤ 300 MB peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # `python bench/extract_speed.py` as well as `-m bench.extract_speed`
    sys.path.insert(0, str(REPO))

from pipeline.models import RawItem, content_hash_for, item_id_for  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "reuters_acq.jsonl"
RESULTS = REPO / "bench" / "results"
TARGET_RATE = 500.0
TARGET_RSS_MB = 300.0
EXTRACTED_AT = datetime(2024, 1, 1, tzinfo=timezone.utc)


def load_items(path: Path) -> list[RawItem]:
    """Corpus lines → RawItems, the extractor's real input (built once, outside the timing)."""
    items = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            story = json.loads(line)
            text = str(story.get("body") or story.get("text") or "")
            items.append(bench_item(f"bench://reuters-acq/{story['id']}", text, "en", title=str(story.get("title") or "")))
    return items


def bench_item(url: str, text: str, lang: str, *, title: str = "") -> RawItem:
    """A RawItem for a benchmark: ids derived from ``url`` as ingestion derives them, a fixed fetch time."""
    source = url.split("://", 1)[1].split("/", 1)[0]
    return RawItem(
        item_id=item_id_for(url),
        source_id=f"bench-{source}",
        feed_url=f"bench://{source}",
        url=url,
        canonical_url=url,
        title=title,
        text=text,
        lang=lang,
        fetched_at=EXTRACTED_AT,
        content_hash=content_hash_for(text),
    )


def timed(run: Callable[[], int], repeat: int) -> tuple[list[float], int]:
    durations, produced = [], 0
    for _ in range(repeat):
        started = time.perf_counter()
        produced = run()
        durations.append(time.perf_counter() - started)
    return durations, produced


def pin_one_core() -> int | None:
    """Measure on one core, as one extract worker would run."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return cpu


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KiB on Linux


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed passes over the corpus")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories")
    args = parser.parse_args(argv)

    cpu = pin_one_core()
    items = load_items(args.corpus)[: args.limit]
    text_chars = sum(len(i.text) for i in items)

    from pipeline.extract import EXTRACTOR_VERSION, extract
    from pipeline.extract.money import find_money
    from pipeline.extract.numbers import find_quantities

    def full_pass() -> int:
        return sum(len(extract(item, extracted_at=EXTRACTED_AT)) for item in items)

    def money_pass() -> int:
        return sum(len(find_money(i.text, i.lang)) + len(find_quantities(i.text, i.lang)) for i in items)

    full_pass()  # warm-up: lazy imports, caches, the ECB rate file
    full, records = timed(full_pass, args.repeat)
    layer, mentions = timed(money_pass, args.repeat)

    rate = len(items) / statistics.median(full)
    layer_rate = len(items) / statistics.median(layer)
    rss = peak_rss_mb()
    result: dict[str, Any] = {
        "benchmark": "extract_speed",
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "extractor_version": EXTRACTOR_VERSION,
        "python": platform.python_version(),
        "cpu_pinned": cpu,
        "articles": len(items),
        "text_chars": text_chars,
        "repeat": args.repeat,
        "records_per_pass": records,
        "seconds_per_pass": [round(d, 4) for d in full],
        "median_articles_per_s": round(rate, 1),
        "money_layer_median_articles_per_s": round(layer_rate, 1),
        "money_layer_share_of_time": round(statistics.median(layer) / statistics.median(full), 3),
        "money_mentions_per_pass": mentions,
        "peak_rss_mb": round(rss, 1),
        "targets": {"articles_per_s": TARGET_RATE, "peak_rss_mb": TARGET_RSS_MB},
        "meets_targets": rate >= TARGET_RATE and rss <= TARGET_RSS_MB,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"extract_speed-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")

    slowest, fastest = len(items) / max(full), len(items) / min(full)
    print(f"extract: {len(items)} articles x {args.repeat}, median {rate:.0f} articles/s "
          f"(passes {slowest:.0f}-{fastest:.0f}; target >= {TARGET_RATE:.0f}); {records} records per pass")
    print(f"money+quantity layer alone: {layer_rate:.0f} articles/s "
          f"({result['money_layer_share_of_time']:.0%} of the extractor's time)")
    print(f"peak RSS {rss:.0f} MB (target <= {TARGET_RSS_MB:.0f}); wrote {out.relative_to(REPO)}")
    return 0 if result["meets_targets"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
