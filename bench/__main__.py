"""``python -m bench``: every benchmark, one after the other."""

from __future__ import annotations

from bench import extract_growth, extract_speed

if __name__ == "__main__":
    speed = extract_speed.main()
    growth = extract_growth.main([])  # after the throughput: how time grows with an article's length
    raise SystemExit(speed or growth)
