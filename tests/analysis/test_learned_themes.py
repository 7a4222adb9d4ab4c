"""The learned reading of themes: trained on the files it says, equal to scikit-learn, and what it changes."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from analysis.evaluation_halves import THEME_FILES, THEME_FILES_NEVER_TRAINED_ON
from analysis.text.codebook import Match, codebook_from_text, prepare
from analysis.text.coding import code_one, load_shipped, read_with_model
from analysis.text.learned_themes import document, letter_runs, load_theme_model, model_path
from analysis.text.risk.learned import words_and_pairs
from analysis.theme_training import (
    ADD_GRID,
    KEEP_GRID,
    QUESTIONNAIRES,
    THRESHOLDS,
    TRAINING_FILES,
    choose_thresholds,
    fit_model,
    probe_rows,
    run_folds,
    situation_rows,
    sweep_thresholds,
    training_digest,
    training_rows,
)

SETS = tuple(QUESTIONNAIRES)
# Written for this test, in the programme's words, none of them in a labelled file.
NEW_COMMENTS = [
    (
        "workforce",
        "could_improve",
        "the PEF visits once in a blue moon and my supervisor is always in meetings",
    ),
    ("workforce", "what_good", "sister on nights sits with me after handover n goes thru my competencies"),
    ("workforce", "could_improve", "Thank you."),
    (
        "stakeholder_event",
        "what_good",
        "came away wanting a couple of APs on our memory service team by the summer",
    ),
    ("stakeholder_event", "could_improve", "the sound kept cutting out so we missed half the panel"),
    ("stakeholder_event", None, "n/a"),
]


@pytest.mark.parametrize("name", SETS)
def test_the_shipped_weights_were_trained_on_the_current_labelled_files(name: str) -> None:
    shipped = json.loads(model_path(name).read_text(encoding="utf-8"))
    rows = training_rows(name)
    assert shipped["codebook"] == name
    assert shipped["training"] == {"rows": len(rows), "digest": training_digest(rows)}
    assert shipped["themes"] == load_shipped(name).keys
    assert (shipped["keep"], shipped["add"]) == THRESHOLDS[name]
    # Every file written apart is learned from but those kept as the estimate for new comments.
    learned_from = {row.id for row in rows}
    for half in THEME_FILES:
        ids = {row.id for row in training_rows(name, (half,))}
        assert (ids <= learned_from) != (half in THEME_FILES_NEVER_TRAINED_ON), half
    # The vocabulary is the team's comments' alone.
    ours = {term for row in rows for term in words_and_pairs(document(row.text, row.prompt))}
    assert set(shipped["words"]["terms"]) <= ours


def test_the_probe_comments_are_the_rules_tests_and_in_each_set() -> None:
    import importlib

    written = {(row.text, row.prompt, row.themes) for name in SETS for row in probe_rows(name)}
    for module in (
        "test_programme_stances",
        *(f"test_codebook_families{s}" for s in ("", "_18", "_19", "_110", "_111")),
    ):
        for case in importlib.import_module(f"tests.analysis.{module}").CASES:
            _book, prompt, text, wanted, _unwanted = getattr(case, "values", case)
            assert (text, prompt, frozenset(wanted)) in written, text
    for name in SETS:
        probes = probe_rows(name)
        assert len(probes) > 150
        keys = set(load_shipped(name).keys)
        assert all(row.themes <= keys for row in probes)
    assert "train" in TRAINING_FILES


SITUATION_FILES = {"workforce": ("wfs-", 570), "stakeholder_event": ("ses-", 539)}


@pytest.mark.parametrize("name", SETS)
def test_the_situations_files_are_labelled_as_the_sets_are_and_learned_from(name: str) -> None:
    import pandas as pd

    from analysis.set_evaluation import SETS_FOLDER, question_prompts
    from analysis.text.stance import STANCES

    prefix, size = SITUATION_FILES[name]
    frame = pd.read_csv(SETS_FOLDER / f"{name}_situations.csv", dtype=str, keep_default_na=False)
    assert list(frame.columns) == ["id", "half", "question", "text", "themes", "stances", "sentiment", "note"]
    assert len(frame) == size and frame["id"].is_unique and frame["id"].str.startswith(prefix).all()
    assert set(frame["half"]) == {"situations"}
    assert set(frame["question"]) <= set(question_prompts(QUESTIONNAIRES[name]))
    assert set(frame["sentiment"]) <= {"positive", "negative", "neutral", "mixed"}
    keys = set(load_shipped(name).keys)
    for row in frame.to_dict("records"):
        themes = [k for k in row["themes"].split(";") if k]
        pairs = [p.split(":") for p in row["stances"].split(";") if p]
        assert set(themes) <= keys and [k for k, _ in pairs] == themes, row["id"]
        assert {stance for _, stance in pairs} <= set(STANCES), row["id"]
    # Every theme is taught by a score of comments or more, and some comments carry none.
    counts = frame["themes"].str.split(";").explode().value_counts()
    assert set(counts.index) - {""} == keys and counts.drop("", errors="ignore").min() >= 20
    assert (frame["themes"] == "").sum() >= 25
    assert {row.id for row in situation_rows(name)} <= {row.id for row in training_rows(name)}
    assert "situations" in TRAINING_FILES


@pytest.mark.parametrize("name", SETS)
def test_training_again_gives_the_shipped_weights(name: str) -> None:
    shipped = json.loads(model_path(name).read_text(encoding="utf-8"))
    trained = fit_model(name, training_rows(name))
    assert trained["words"]["terms"] == shipped["words"]["terms"]
    assert trained["runs"]["terms"] == shipped["runs"]["terms"]
    assert trained["intercept"] == pytest.approx(shipped["intercept"], abs=1e-5)
    for row, expected in zip(trained["coef"][:500], shipped["coef"][:500], strict=True):
        assert row == pytest.approx(expected, abs=1e-5)


@pytest.mark.parametrize("name", SETS)
def test_the_numpy_reading_equals_scikit_learn(name: str) -> None:
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer

    model = load_theme_model(name)
    assert model is not None
    rows = training_rows(name)
    docs = [document(row.text, row.prompt) for row in rows]
    words = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2).fit(docs)
    runs = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2).fit(docs)
    samples = [(row.text, row.prompt) for row in rows[::25]] + [
        (t, p) for n, p, t in NEW_COMMENTS if n == name
    ]
    sample_docs = [document(text, prompt) for text, prompt in samples]
    matrix = hstack([words.transform(sample_docs), runs.transform(sample_docs)]).tocsr()
    scores = matrix @ model.coef + model.intercept
    for (text, prompt), row in zip(samples, scores, strict=True):
        chances = model.probabilities(text, prompt)
        for theme, score in zip(model.themes, row, strict=True):
            assert math.isclose(chances[theme], 1.0 / (1.0 + math.exp(-float(score))), abs_tol=1e-9), text
    char_wb = runs.build_analyzer()
    for doc in [*sample_docs, "a bb  ccc\tdddd eeeee", "Mentr wz gr8 :)"]:
        assert letter_runs(doc) == char_wb(doc), doc
    assert np.allclose(model.run_idf, runs.idf_)


def test_the_reading_adds_a_theme_no_rule_found_and_says_so() -> None:
    book = load_shipped("stakeholder_event")
    text = "came away wanting a couple of APs on our memory service team by the summer"
    assert "intention_to_adopt" not in {m.theme for m in book.explain(text, "what_good")}
    themes, stances, _s, rules, *_ = code_one(text, "what_good", [book])
    assert "intention_to_adopt" in themes.split(";")
    assert "intention_to_adopt=learned reading" in rules and "% sure" in rules
    assert "intention_to_adopt:" in stances


def test_the_reading_drops_a_rule_theme_it_is_sure_is_absent() -> None:
    book = load_shipped("workforce")
    text = "the PEF visits once in a blue moon and my supervisor is always in meetings"
    ruled = [Match("travel_placements", "probe", 4, 7), Match("mentor_capacity", "probe", 35, 45)]
    chances = load_theme_model("workforce").probabilities(text, "could_improve")  # type: ignore[union-attr]
    assert chances["travel_placements"] < THRESHOLDS["workforce"][0] <= chances["mentor_capacity"]
    kept = [m.theme for m in read_with_model(book, text, "could_improve", ruled)]
    assert "travel_placements" not in kept and kept[0] == "mentor_capacity"


def test_a_codebook_without_a_model_or_with_keys_of_its_own_is_read_by_its_rules() -> None:
    patient = load_shipped("patient_experience")
    assert load_theme_model("patient_experience") is None
    matches = [Match("staff_attitude", "probe")]
    assert read_with_model(patient, "the staff were kind", None, matches) == matches
    # A team's own codebook named like a shipped one: the reading never adds a key it does not have,
    # and a key the model does not know is kept.
    own = codebook_from_text(
        "name: workforce\nversion: '9'\ndescription: own\nthemes:\n"
        "  - key: rota\n    label: Rota\n    category: Own\n    kind: topic\n    description: The rota.\n"
        "    phrases: [rota]\n"
    )
    text = "came away wanting a couple of APs on the ward, the rota is a mess and my mentor is never about"
    found = read_with_model(own, text, "could_improve", list(own.explain(prepare(text), "could_improve")))
    assert [m.theme for m in found] == ["rota"]


def test_no_model_is_read_from_outside_its_folder(tmp_path: Path) -> None:
    assert load_theme_model("../risk/learned_model") is None
    assert load_theme_model("workforce", tmp_path) is None


@pytest.mark.parametrize("name", SETS)
def test_on_the_last_file_trained_on_and_left_out_the_reading_improves_on_the_rules(
    name: str, tmp_path: Path
) -> None:
    # The bookmark file is the last the reading trains on, and the rules were never tuned on its themes;
    # left out of training, the rules and the reading together found more of its themes and were more
    # precise (workforce rules P 0.823 R 0.829, both 0.894 / 0.900; event 0.715 / 0.752, both 0.812 /
    # 0.883); on the endpaper and overture files before it they lost at most one comment's worth of
    # precision.
    (fold,) = run_folds(tmp_path, name, ("bookmark",))
    rules_p, rules_r = fold.rules
    both_p, both_r = fold.both
    assert both_r >= rules_r + 0.025
    assert both_p >= rules_p - 0.01
    assert 2 * both_p * both_r / (both_p + both_r) > 2 * rules_p * rules_r / (rules_p + rules_r)


class _ReadsWords:
    """A stand-in model: a theme is near sure in any text holding its word, else unlikely."""

    def __init__(self, words: dict[str, str]) -> None:
        self.words = words

    def probabilities(self, text: str, prompt: str | None) -> dict[str, float]:
        return {theme: 0.9 if word in text else 0.1 for theme, word in self.words.items()}


def test_an_added_theme_takes_the_stance_of_the_clause_it_is_read_in() -> None:
    from analysis.text.coding import _placed
    from analysis.text.stance import theme_stances

    text = "the day was brilliant but nobody could say what the AP actually does on a ward"
    model = _ReadsWords({"role_understanding_event": "nobody", "usefulness": "brilliant"})
    added = [Match("role_understanding_event", "learned"), Match("usefulness", "learned")]
    placed = _placed(text, "could_improve", added, model)  # type: ignore[arg-type]
    assert [text[m.start : m.end].strip() for m in placed] == [
        "nobody could say what the AP actually does on a ward",
        "the day was brilliant",
    ]
    stances = {s.theme: s.stance for s in theme_stances(text.lower(), placed, "could_improve", "mixed")}
    assert stances == {"role_understanding_event": "barrier", "usefulness": "positive"}
    # One clause, or no clause the model reads the theme in alone: the whole comment carries it.
    assert _placed("nobody knew", None, added[:1], model) == added[:1]  # type: ignore[arg-type]
    vague = _ReadsWords({"usefulness": "zzz"})
    assert _placed(text, None, added[1:], vague) == added[1:]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "rules", "shipped"),
    [
        ("workforce", (0.9224, 0.7754), (0.9685, 0.8913)),
        ("stakeholder_event", (0.7394, 0.7664), (0.8378, 0.9051)),
    ],
)
def test_on_the_file_never_trained_on_the_reading_lifts_the_rules(
    name: str, rules: tuple[float, float], shipped: tuple[float, float]
) -> None:
    from analysis.theme_training import _micro

    book = load_shipped(name)
    rows = training_rows(name, THEME_FILES_NEVER_TRAINED_ON)
    labelled = [row.themes for row in rows]
    ruled = [{m.theme for m in book.explain(row.text, row.prompt)} for row in rows]
    coded = [set(filter(None, code_one(row.text, row.prompt, [book])[0].split(";"))) for row in rows]
    assert _micro(ruled, labelled) == pytest.approx(rules, abs=0.0005)
    assert _micro(coded, labelled) == pytest.approx(shipped, abs=0.0005)


def test_the_sweep_scores_the_shipped_thresholds_as_the_folds_do(tmp_path: Path) -> None:
    # One file left out: the sweep's figure for the shipped pair is the fold's "both" figure, and every
    # pair of the grid is scored (`python -m analysis train-themes --sweep` pools the last three files).
    swept = sweep_thresholds(tmp_path, "workforce", ("endnote",))
    assert set(swept) == {(keep, add) for keep in KEEP_GRID for add in ADD_GRID}
    (fold,) = run_folds(tmp_path, "workforce", ("endnote",))
    assert swept[THRESHOLDS["workforce"]] == pytest.approx(fold.both)
    # Adding at a lower chance finds at least as much and keeps at most as precise.
    keep = THRESHOLDS["workforce"][0]
    assert swept[(keep, ADD_GRID[0])][1] >= swept[(keep, ADD_GRID[-1])][1]


def test_the_thresholds_chosen_are_the_pair_whose_weaker_figure_is_strongest() -> None:
    swept = {
        (0.1, 0.5): (0.80, 0.95),
        (0.2, 0.6): (0.88, 0.87),
        (0.3, 0.7): (0.93, 0.86),
        (0.4, 0.7): (0.90, 0.87),
    }
    # 0.87 is the best weaker figure, held by two pairs; the better F1 of the two decides.
    assert choose_thresholds(swept) == (0.4, 0.7)
