"""The learned reading of risk: trained on the files it says, equal to scikit-learn, and what it adds."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from analysis.risk_evaluation import load_risk_set
from analysis.risk_training import (
    PX_DEV,
    THRESHOLD,
    fit_model,
    run_folds,
    training_digest,
    training_rows,
    unflagged_comments,
)
from analysis.text.risk import assess_risk, assess_risk_by_cues
from analysis.text.risk.learned import MODEL_PATH, learned_flag, load_model, read_risk, words_and_pairs

# Written for this test: indirect disclosures in wording no cue names, and safe comments beside them.
NO_CUE_DISCLOSURES = [
    (
        "the new lad on our team gets called names by the seniors every shift "
        "and he's stopped eating lunch with us",
        "bullying_staff",
    ),
]
SAFE = [
    "the parking is awful and the canteen shut at 2",
    "the workshop on safeguarding adults was really well pitched",
    "i was really low last winter but the group helped me get back on track",
    "my mentor is strict but fair and i learn a lot from her",
    "Thank you.",
]


# Training also reads half "a" of the real comments beside the repository (never in it).
needs_real = pytest.mark.skipif(
    not PX_DEV.is_file(), reason="the development sample is not beside the repository"
)


@needs_real
def test_the_shipped_weights_were_trained_on_the_current_labelled_files() -> None:
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    rows = training_rows()
    # Every risk file: the sealed and hidden ones (each scored once, then spent) and the training file.
    ids = {row.id for row in rows}
    assert {row.id for row in load_risk_set("sealed")} <= ids
    assert {row.id for row in load_risk_set("hidden")} <= ids
    assert {row.id for row in load_risk_set("train")} <= ids
    unflagged = unflagged_comments("a")
    assert shipped["training"] == {
        "rows": len(rows),
        "unflagged": len(unflagged),
        "digest": training_digest(rows, unflagged),
    }
    # The vocabulary is our comments' alone: no word pair of a real comment is shipped.
    ours = {term for row in rows for term in words_and_pairs(row.text)}
    assert set(shipped["terms"]) <= ours
    assert shipped["threshold"] == THRESHOLD


@needs_real
def test_training_again_gives_the_shipped_weights() -> None:
    shipped = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    trained = fit_model(training_rows(), unflagged_comments("a"))
    assert trained["terms"] == shipped["terms"]
    assert trained["category"]["classes"] == shipped["category"]["classes"]
    assert trained["idf"] == pytest.approx(shipped["idf"], abs=1e-9)
    assert trained["flag"]["coef"] == pytest.approx(shipped["flag"]["coef"], abs=1e-6)
    for row, expected in zip(trained["category"]["coef"], shipped["category"]["coef"], strict=True):
        assert row == pytest.approx(expected, abs=1e-6)


def test_plain_python_reading_equals_scikit_learn() -> None:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    model = load_model()
    texts = [row.text for row in training_rows()] + SAFE + [text for text, _ in NO_CUE_DISCLOSURES]
    vectoriser = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2).fit(
        [row.text for row in training_rows()]
    )
    assert list(vectoriser.get_feature_names_out()) == list(model.terms)
    matrix = vectoriser.transform(texts)
    flag_scores = matrix @ np.array(model.flag_coef) + model.flag_intercept
    category_scores = matrix @ np.array(model.category_coef).T + np.array(model.category_intercept)
    for i, text in enumerate(texts):
        reading = read_risk(text)
        expected = 1.0 / (1.0 + math.exp(-float(flag_scores[i])))
        assert math.isclose(reading.probability, expected, abs_tol=1e-9), text
        assert reading.category == model.categories[int(np.argmax(category_scores[i]))], text
    analyse = vectoriser.build_analyzer()
    for text in texts:
        assert sorted(analyse(text)) == sorted(words_and_pairs(text)), text


@pytest.mark.parametrize(("text", "category"), NO_CUE_DISCLOSURES)
def test_the_learned_reading_flags_a_disclosure_no_cue_names(text: str, category: str) -> None:
    assert assess_risk_by_cues(text) is None
    flag = assess_risk(text)
    assert flag is not None and flag.category == category
    assert "learned reading" in flag.reason and "%" in flag.reason


def test_the_learned_reading_flags_few_of_the_cues_look_alikes() -> None:
    # The safe comments written beside each cue family share its words on purpose ("my husband and
    # I share our finances"); the cues flag none of them (their own tests). A reading of words alone
    # cannot tell them all apart: it is held to the share measured when it was trained, with a margin
    # (76 of 458 before the hidden file and 268 more training comments joined; 79 after; 85 once the
    # reserve file joined; 68 with the spare file and the threshold re-chosen at 0.75; 65 with the
    # training file's third round; 69 with its fourth; 62 with the team's help-asked-for comments; 52
    # trained on every file written apart but the withheld file and the newest round's; 51 with the
    # frontispiece file too; 52 with the halftitle file; 54 with the dedication file; 53 with the
    # epigraph file; 52 with the endpaper file; 54 with the errata file; 56 with the imprint file; 55
    # with the bookplate file; 58 with the slipcase file and with the bookmark file).
    from tests.analysis import test_risk_fresh_families, test_risk_oblique, test_risk_wider

    look_alikes = [
        *test_risk_oblique._SAFE,
        *test_risk_wider._SAFE,
        *test_risk_fresh_families._SAFE,
    ]
    assert len(look_alikes) > 300
    flagged = [text for text in look_alikes if learned_flag(text) is not None]
    assert len(flagged) <= len(look_alikes) * 9 // 50


@pytest.mark.parametrize("text", SAFE)
def test_the_learned_reading_leaves_safe_comments(text: str) -> None:
    assert learned_flag(text) is None
    assert assess_risk(text) is None


def test_a_cue_decides_before_the_learned_reading() -> None:
    flag = assess_risk("he reads all my messages and goes mad if im five minutes late back from shift")
    assert flag is not None and flag.category == "abuse_coercion"
    assert "learned" not in flag.reason


@pytest.mark.parametrize("text", ["", "   ", None, 3])
def test_nothing_to_read_is_no_flag(text: object) -> None:
    assert learned_flag(text) is None  # type: ignore[arg-type]


@needs_real
def test_on_a_file_it_never_learned_from_the_reading_finds_what_the_cues_missed(tmp_path: Path) -> None:
    # The fresh file left out: the model is trained on the other files and scored on it, and on the
    # real and programme comments of half "b", which it never saw. (The cues were tuned on the fresh
    # file since, so only the learned column says how the reading does on comments new to it.)
    (fold,) = run_folds(tmp_path, files=("fresh",))
    total, learned, _cues, _either = fold.counts["indirect"]
    assert total == 45 and learned >= 30
    flagged, real = fold.real_flagged
    assert real > 800 and flagged <= real // 100
    flagged, programme = fold.programme_flagged
    assert programme > 700 and flagged <= programme // 50
    # Comments full of names, family and dates (the redaction sets, not learned from): about 1 in 10 is
    # flagged (245 to 259 of 2,424 across the folds); held below 1 in 8.
    flagged, identifiers = fold.identifier_flagged
    assert identifiers > 1000 and flagged <= identifiers // 8
    safe_total, safe_learned, _, _ = fold.counts["negative_safe"]
    assert safe_learned <= safe_total // 10
    assert fold.counts["training_context"][1] == 0 and fold.counts["policy_context"][1] == 0


@pytest.mark.parametrize(
    "text",
    [
        "Our falls policy is hourly checks for anyone at high risk, logged on the obs chart.",
        "Under the trust's enhanced observation policy anyone at risk is seen every 15 minutes.",
    ],
)
def test_a_policy_stated_as_it_stands_is_no_flag(text: str) -> None:
    # A policy shares its words with the breaches it is written against; the reading of words alone
    # flagged the first of these (unsafe staffing, 88%) before a stated policy was set aside.
    from analysis.text.risk.framing import told_as_policy
    from analysis.text.risk.spelling import _normalise

    assert told_as_policy(_normalise(text))
    assert assess_risk(text) is None


def test_a_policy_said_to_be_broken_is_still_read() -> None:
    from analysis.text.risk.framing import told_as_policy

    assert not told_as_policy("the policy is two-hourly turns but nobody has turned my mum since yesterday")
