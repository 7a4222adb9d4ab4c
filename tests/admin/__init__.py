"""Tests of the project team's area."""
