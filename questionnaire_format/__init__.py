"""The questionnaire definition format: its vocabulary, model and parser, with no web code.

Imported by the web app (`feedback_app`) and the analysis (`analysis`); it imports neither.

- `vocabulary`: audiences, question types, fixed answer scales, the settings a file may give
- `model`: the parsed definition (pages, questions, options, conditions) and `DefinitionError`
- `parser`: YAML text, stored JSON or a mapping to a checked `Definition`
- `questions`, `checks`: the checks of one question, and the problem collector they report to
- `files`: one definition file, or a folder of them
"""
