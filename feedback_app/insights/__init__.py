"""Insights: tidy frames for the analysis engine, the analysis page and pack, and the dashboard."""
