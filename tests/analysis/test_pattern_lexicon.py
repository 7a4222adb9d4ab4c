"""Pattern's scorer read from TextBlob's files is TextBlob's own; the engine never imports TextBlob."""

from __future__ import annotations

import subprocess
import sys

from textblob.en import sentiment as textblob_sentiment

from analysis.text.pattern_lexicon import english_sentiment
from tests.helpers import ROOT

WORD_LISTS = [
    ["the", "staff", "were", "very", "kind"],
    ["terribly", "rude", "and", "not", "helpful"],
    ["happily", "never", "bad"],
    ["an", "absolutely", "awful", "wait", "!"],
    ["mentor", "release", "time"],
    [":)", "great", "<3"],
]


def test_every_lexicon_entry_and_setting_matches_textblob() -> None:
    ours = english_sentiment()
    assert len(ours) == len(textblob_sentiment) > 2_800
    assert dict(ours) == dict(textblob_sentiment)  # the "-ly" adverbs textblob.en adds included
    assert dict(ours.labeler) == dict(textblob_sentiment.labeler)
    assert (ours.negations, ours.modifiers, ours.language) == (
        textblob_sentiment.negations,
        textblob_sentiment.modifiers,
        textblob_sentiment.language,
    )
    for words in WORD_LISTS:
        assert ours(words) == textblob_sentiment(words), words


def test_importing_the_engine_and_the_app_loads_neither_textblob_nor_nltk() -> None:
    code = (
        "import sys\n"
        "import analysis.text.coding, feedback_app\n"
        "from analysis.text.sentiment import score_sentiment\n"
        "score_sentiment('The staff were terribly kind')\n"
        "print(sorted(m for m in ('textblob', 'nltk', 'scipy') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr
