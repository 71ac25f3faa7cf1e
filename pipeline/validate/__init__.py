"""Validation of deal records: the pydantic contract, then a Great Expectations suite per batch."""
