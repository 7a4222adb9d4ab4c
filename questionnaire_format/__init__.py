"""The questionnaire definition format: its vocabulary, model and parser, with no web code.

Imported by the web app (`feedback_app`) and the analysis (`analysis`); it imports neither.
"""
