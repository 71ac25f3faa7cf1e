"""``python -m bench``: every benchmark, one after the other."""

from __future__ import annotations

from bench import extract_speed

if __name__ == "__main__":
    raise SystemExit(extract_speed.main())
