"""How extraction time grows with an article's length, on one core.

Joins the stories of ``../shared/corpus/{fr_business,de_business,reuters_acq}.jsonl`` (read in place) into one
text per language, cuts it at a few lengths up to the extractor's text cap and times ``extract`` on each cut
(the best of a few runs). Time proportional to the text gives a growth ratio equal to the length ratio, an
exponent of 1; a rule that scans the whole article per name or per trigger shows as an exponent towards 2.
Prints the times, the ratio and the exponent per language, writes them to ``bench/results/`` (git-ignored)
and fails above the target exponent.
"""

from __future__ import annotations

import argparse
import json
import math
import platform
import sys
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # `python bench/extract_growth.py` as well as `-m bench.extract_growth`
    sys.path.insert(0, str(REPO))

from bench.extract_speed import EXTRACTED_AT, RESULTS, bench_item, pin_one_core  # noqa: E402
from pipeline.models import RawItem  # noqa: E402

CORPORA = {
    "fr": REPO.parent / "shared" / "corpus" / "fr_business.jsonl",
    "de": REPO.parent / "shared" / "corpus" / "de_business.jsonl",
    "en": REPO.parent / "shared" / "corpus" / "reuters_acq.jsonl",
}
LENGTHS = (25_000, 50_000, 100_000)  # characters; 100,000 is the stage's text cap
TARGET_EXPONENT = 1.3  # time ~ length^1.3 at most from the shortest to the longest cut


def joined_text(path: Path) -> str:
    """The corpus's stories, one after the other, as one article's text."""
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                story = json.loads(line)
                texts.append(str(story.get("text") or story.get("body") or ""))
    return "\n\n".join(texts)


def item_of(text: str, lang: str) -> RawItem:
    return bench_item(f"bench://growth/{lang}/{len(text)}", text, lang)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="timed runs per cut (the best counts)")
    parser.add_argument("--langs", default="fr,de,en")
    args = parser.parse_args(argv)

    cpu = pin_one_core()
    from pipeline.extract import extract

    extract(item_of(joined_text(CORPORA["en"])[:2000], "en"))  # warm-up: lazy imports, the ECB rate file
    rows: list[dict[str, Any]] = []
    for lang in args.langs.split(","):
        blob = joined_text(CORPORA[lang])
        extract(item_of(blob[:5000], lang))  # the language's own lazy data (its rules, place names) outside the timing
        seconds = []
        for length in LENGTHS:
            item = item_of(blob[:length], lang)
            runs = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                extract(item, extracted_at=EXTRACTED_AT)
                runs.append(time.perf_counter() - started)
            seconds.append(min(runs))
        ratio = seconds[-1] / seconds[0]
        exponent = math.log(ratio) / math.log(LENGTHS[-1] / LENGTHS[0])
        rows.append({"lang": lang, "chars": list(LENGTHS), "seconds": [round(s, 4) for s in seconds], "ratio": round(ratio, 2), "exponent": round(exponent, 2)})
        times = ", ".join(f"{n // 1000}K {s:.2f}s" for n, s in zip(LENGTHS, seconds))
        print(f"growth {lang}: {times}; x{LENGTHS[-1] / LENGTHS[0]:.0f} text -> x{ratio:.1f} time (exponent {exponent:.2f}, target <= {TARGET_EXPONENT})")

    worst = max(r["exponent"] for r in rows)
    result = {
        "benchmark": "extract_growth",
        "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "cpu_pinned": cpu,
        "repeat": args.repeat,
        "languages": rows,
        "target_exponent": TARGET_EXPONENT,
        "meets_targets": worst <= TARGET_EXPONENT,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"extract_growth-{datetime.now(timezone.utc):%Y%m%dT%H%M%SZ}.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(REPO)}")
    return 0 if result["meets_targets"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
