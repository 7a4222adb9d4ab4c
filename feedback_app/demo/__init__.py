"""Deterministic synthetic responses for demonstrations and benchmarks."""
