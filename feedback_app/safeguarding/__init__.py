"""Safeguarding: risk flags found in typed answers, the team's review of each, and the alert e-mail."""
