"""The halves of the labelled sets and the files written apart, named once for the scorers and the command.

How each file was written, scored and used is told in analysis/evaluation_sets/README.md; a file written
apart is `NAME_HALF.csv` (and `redaction_HALF.jsonl`) beside the set's own file. No import here, so the
command line can list the halves without loading a scorer.
"""

from __future__ import annotations

#: Rounds written for every set, in the order written.
EVERY_SET_ROUNDS = ("blind", "unseen", "fresh", "sealed", "hidden", "reserve")
#: Rounds written for the risk and redaction sets only, after the reserve round.
RISK_AND_REDACTION_ROUNDS = ("spare", "extra", "kept", "withheld", "vault", "coda", "epilogue")
#: Rounds written for every set again, after the epilogue round.
LATER_ROUNDS = (
    "sequel",
    "finale",
    "envoi",
    "afterword",
    "postscript",
    "appendix",
    "addendum",
    "supplement",
    "annex",
    "rider",
    "codicil",
    "colophon",
    "endnote",
    "marginalia",
    "gloss",
    "footnote",
    "scholium",
    "postil",
    "rubric",
    "proem",
    "exordium",
    "preamble",
    "prologue",
    "foreword",
    "preface",
    "introduction",
    "overture",
    "prelude",
    "incipit",
    "flyleaf",
    "frontispiece",
    "halftitle",
    "dedication",
    "epigraph",
    "endpaper",
    "errata",
    "imprint",
    "bookplate",
    "slipcase",
    "bookmark",
    "headband",
)

#: The theme sets' files of their own: the holdout file, then every round of theirs.
THEME_FILES = ("holdout", *EVERY_SET_ROUNDS, *LATER_ROUNDS)
#: The round written last: scored once and never tuned on, the estimate for new comments.
NEWEST_ROUND = LATER_ROUNDS[-1]
#: Theme files the learned reading of themes is never trained on.
THEME_FILES_NEVER_TRAINED_ON: tuple[str, ...] = (NEWEST_ROUND,)
#: Risk files the learned reading of risk is never trained on: the withheld file and the newest round's;
#: every other file has been scored once and tuned on since.
RISK_FILES_NEVER_TRAINED_ON: tuple[str, ...] = ("withheld", NEWEST_ROUND)
#: The risk and redaction sets' files written apart, in the order written.
RISK_AND_REDACTION_FILES = (*EVERY_SET_ROUNDS, *RISK_AND_REDACTION_ROUNDS, *LATER_ROUNDS)

#: What `--half` takes for each kind of set: the set file's own halves, then its files.
THEME_HALVES = ("dev", "aside", "all", *THEME_FILES)
REDACTION_HALVES = ("dev", "aside", *RISK_AND_REDACTION_FILES)
RISK_HALVES = ("dev", "aside", *RISK_AND_REDACTION_FILES, "train")
#: Every half any set takes, in a stable order, for the command line's choices.
ALL_SET_HALVES = tuple(dict.fromkeys((*THEME_HALVES, *RISK_HALVES)))
