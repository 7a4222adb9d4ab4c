"""The text engine's word lists, read once per process from the data files in ``lexicons/``."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

__all__ = [
    "LEXICONS",
    "common_words",
    "english_words",
    "given_names",
    "lexicon_fingerprint",
    "negators",
    "places",
    "sentiment_words",
    "stop_words",
    "surnames",
]

#: The folder of word lists shipped with the package (sources and licences in its README.md).
LEXICONS: Path = Path(__file__).resolve().parent / "lexicons"


def _words(name: str) -> frozenset[str]:
    """The words of a one-word-a-line list, without blank lines and ``#`` comments."""
    lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def negators() -> frozenset[str]:
    """Words that negate what follows them, apostrophes dropped: one list for codebooks and sentiment.

    >>> {"not", "didnt", "neither"} <= negators()
    True
    """
    return _words("negators.txt")


@cache
def stop_words() -> frozenset[str]:
    """Function words an emerging phrase may not start or end with."""
    return _words("stop_words.txt")


@cache
def sentiment_words() -> tuple[dict[str, float], dict[str, float]]:
    """The field's complaint words and praise words, each with its weight on TextBlob's scale.

    >>> negative, positive = sentiment_words()
    >>> negative["rude"] < 0 < positive["caring"]
    True
    """
    import yaml

    data = yaml.safe_load((LEXICONS / "sentiment_words.yaml").read_text(encoding="utf-8"))
    return (
        {str(word): float(weight) for word, weight in data["negative"].items()},
        {str(word): float(weight) for word, weight in data["positive"].items()},
    )


@cache
def given_names() -> frozenset[str]:
    """Given names of Faker 40.54.0's Latin-script locales ("Siobhan", "Ngozi"), and the project's own
    list of names that Faker lacks ("Favour", "Honey", "Baz")."""
    return _words("given_names.txt") | _words("word_names.txt")


@cache
def surnames() -> frozenset[str]:
    """Surnames of the same locales ("Okafor", "Chowdhury", "Nowak")."""
    return _words("surnames.txt")


@cache
def places() -> frozenset[str]:
    """Towns of Great Britain and Ireland (GeoNames, 1,000 people or more), countries and capitals."""
    return _words("places.txt")


@cache
def common_words() -> frozenset[str]:
    """Lower-case words that are never names though TextBlob's lexicons lack them ("uni", "tbh")."""
    return _words("common_words.txt")


@cache
def english_words() -> frozenset[str]:
    """English words in lower case, from SCOWL's British Hunspell dictionary (word stems only)."""
    return _words("english_words.txt")


@cache
def lexicon_fingerprint() -> str:
    """A digest of every shipped word list, so a changed list makes what it computed miss the cache."""
    digest = hashlib.sha256()
    for path in sorted(LEXICONS.iterdir()):
        if path.is_file() and path.suffix in {".txt", ".yaml"}:
            digest.update(path.name.encode() + b"\x1f" + path.read_bytes())
    return digest.hexdigest()
