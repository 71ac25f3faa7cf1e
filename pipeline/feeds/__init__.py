"""Feeds → RawItem: sources, fetching, safe parsing and item identity."""
