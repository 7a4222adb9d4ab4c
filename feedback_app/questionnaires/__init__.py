"""Questionnaires: the stored definitions and versions, links and QR codes, open/closed/full, retention."""
