"""Free text: codebooks and their rule engine, sentiment, redaction, and coding comments with all three."""
