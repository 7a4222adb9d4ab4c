"""Pattern's English sentiment scorer, as TextBlob ships it, loaded without importing TextBlob.

`import textblob` imports NLTK, which imports SciPy wherever it is installed: about two seconds in
every process that imports the analysis (each web worker, each report job, each command), for a
scorer that needs only the standard library. TextBlob keeps that scorer in its `_text` module and
its lexicon in `en/en-sentiment.xml`; both are read here from TextBlob's own install, so the
pinned version stays the one source. A test holds the result equal to `textblob.en.sentiment`,
entry for entry.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

__all__ = ["english_sentiment", "textblob_file"]

# A private name: TextBlob's own `textblob._text`, if something imports TextBlob too, stays its own.
_MODULE_NAME = "analysis.text._textblob_pattern_text"


def textblob_folder() -> Path:
    """TextBlob's package folder, found without importing it."""
    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:
        raise RuntimeError("textblob is not installed (see requirements.txt)")
    return Path(spec.origin).parent


def textblob_file(name: str) -> Path:
    """A data file of TextBlob's English package, found without importing TextBlob."""
    return textblob_folder() / "en" / name


def _pattern_text() -> ModuleType:
    """TextBlob's `_text` module (Pattern's parser and scorer; standard library only), from its file."""
    spec = importlib.util.spec_from_file_location(_MODULE_NAME, textblob_folder() / "_text.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("textblob's _text module was not found (see requirements.txt)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def english_sentiment() -> Any:
    """Pattern's English scorer with the settings `textblob.en` gives it, its lexicon loaded."""
    base: Any = _pattern_text().Sentiment

    class EnglishSentiment(base):  # type: ignore[misc]
        """The scorer plus the adverb of each scored adjective, as `textblob.en` adds them.

        Loaded when made, so look-ups go straight to the dict: the lazy dict's own look-ups check
        first whether it is loaded, a tenth of the scorer's time on every word.
        """

        __contains__ = dict.__contains__
        __getitem__ = dict.__getitem__

        def load(self, path: str | None = None) -> None:
            """Read the lexicon; when it is the default one, score "terribly" as "terrible"."""
            super().load(path)
            if path:
                return
            entries: list[tuple[str, dict[str | None, list[float]]]] = list(dict.items(self))
            for word, tags in entries:
                if "JJ" not in tags:
                    continue
                stem = word[:-1] + "i" if word.endswith("y") else word  # happy -> happily
                if stem.endswith("le"):
                    stem = stem[:-2]  # terrible -> terribly
                polarity, subjectivity, intensity = tags["JJ"]
                self.annotate(stem + "ly", "RB", polarity, subjectivity, intensity)

    scorer = EnglishSentiment(
        path=str(textblob_file("en-sentiment.xml")),
        synset="wordnet_id",
        negations=("no", "not", "n't", "never"),
        modifiers=("RB",),
        modifier=lambda word: word.endswith("ly"),
        language="en",
    )
    scorer.load()
    return scorer
