"""Responses: answers, drafts and submission, the filter, browsing, erasure and export formats."""
