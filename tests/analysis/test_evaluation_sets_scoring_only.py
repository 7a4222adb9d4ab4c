"""The shape of the files written apart from the rules (evaluation_sets/*_blind, *_unseen, *_fresh,
*_sealed, *_hidden, *_reserve, and the spare, extra, kept, withheld, vault, coda, epilogue and sequel
files of risk and redaction) and their loaders.

All were written without sight of the rules; the sealed files while the fresh ones were tuned on, the
hidden files while the sealed ones were, the reserve files while the hidden ones were, the spare files
(risk and redaction only) while the reserve ones were, the extra files while the spare ones were, the
kept files while the extra ones were, the withheld files while the learned reading's third round of
training comments was written, the vault files while the withheld ones were read and the fourth round
written, the coda files while the vault ones were read, the epilogue files while the coda ones were read and
tuned on, the sequel files while the epilogue ones were, and they are scored once, by the lead. These
tests check that every label is one the scorers understand and that each `--half` reads the right
file; they never run the engine on the rows.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest
import yaml

from analysis.__main__ import build_parser
from analysis.evaluation_halves import EVERY_SET_ROUNDS, LATER_ROUNDS, RISK_AND_REDACTION_FILES
from analysis.redaction_evaluation import KINDS, load_rows
from analysis.risk_evaluation import load_risk_set
from analysis.set_evaluation import read_set
from analysis.text.risk import RISK_CATEGORIES
from analysis.text.sentiment import LABELS

ROOT = Path(__file__).resolve().parents[2]
SETS = ROOT / "analysis" / "evaluation_sets"
THEME_COLUMNS = ["id", "half", "question", "text", "themes", "stances", "sentiment", "note"]
RISK_COLUMNS = ["id", "half", "questionnaire", "text", "flag", "kind", "note"]
REDACTION_COLUMNS = ["id", "half", "text", "identifiers", "keep", "voice", "note"]
STANCES = {"barrier", "not_a_barrier", "positive", "mention"}
# The theme files of every round (the holdout file, written before them, has a shape of its own).
HALVES = [*EVERY_SET_ROUNDS, *LATER_ROUNDS]
# Some rounds wrote risk and redaction files only.
RISK_AND_REDACTION_HALVES = list(RISK_AND_REDACTION_FILES)
# Each file's id prefix by set and half: wfb-001 ... in the blind files, wfu-001 ... in the unseen ones.
PREFIXES = {
    ("workforce", "blind"): "wfb-",
    ("stakeholder_event", "blind"): "seb-",
    ("risk", "blind"): "rkb-",
    ("redaction", "blind"): "rdb-",
    ("workforce", "unseen"): "wfu-",
    ("stakeholder_event", "unseen"): "seu-",
    ("risk", "unseen"): "rku-",
    ("redaction", "unseen"): "rdu-",
    ("workforce", "fresh"): "wff-",
    ("stakeholder_event", "fresh"): "sef-",
    ("risk", "fresh"): "rkf-",
    ("redaction", "fresh"): "rdf-",
    ("workforce", "sealed"): "wfs-",
    ("stakeholder_event", "sealed"): "ses-",
    ("risk", "sealed"): "rks-",
    ("redaction", "sealed"): "rds-",
    ("workforce", "hidden"): "wfh-",
    ("stakeholder_event", "hidden"): "seh-",
    ("risk", "hidden"): "rkh-",
    ("redaction", "hidden"): "rdh-",
    ("workforce", "reserve"): "wfr-",
    ("stakeholder_event", "reserve"): "ser-",
    ("risk", "reserve"): "rkr-",
    ("redaction", "reserve"): "rdr-",
    ("risk", "spare"): "rkp-",
    ("redaction", "spare"): "rdp-",
    ("risk", "extra"): "rkx-",
    ("redaction", "extra"): "rdx-",
    ("risk", "kept"): "rkk-",
    ("redaction", "kept"): "rdk-",
    ("risk", "withheld"): "rkw-",
    ("redaction", "withheld"): "rdw-",
    ("risk", "vault"): "rkv-",
    ("redaction", "vault"): "rdv-",
    ("risk", "coda"): "rkc-",
    ("redaction", "coda"): "rdc-",
    ("risk", "epilogue"): "rke-",
    ("redaction", "epilogue"): "rde-",
    ("workforce", "sequel"): "wfq-",
    ("stakeholder_event", "sequel"): "seq-",
    ("risk", "sequel"): "rkq-",
    ("redaction", "sequel"): "rdq-",
    ("workforce", "finale"): "wfz-",
    ("stakeholder_event", "finale"): "sez-",
    ("risk", "finale"): "rkz-",
    ("redaction", "finale"): "rdz-",
    ("workforce", "envoi"): "wfy-",
    ("stakeholder_event", "envoi"): "sey-",
    ("risk", "envoi"): "rky-",
    ("redaction", "envoi"): "rdy-",
    ("workforce", "afterword"): "wfg-",
    ("stakeholder_event", "afterword"): "seg-",
    ("risk", "afterword"): "rkg-",
    ("redaction", "afterword"): "rdg-",
    ("workforce", "postscript"): "wfm-",
    ("stakeholder_event", "postscript"): "sem-",
    ("risk", "postscript"): "rkm-",
    ("redaction", "postscript"): "rdm-",
    ("workforce", "appendix"): "wfn-",
    ("stakeholder_event", "appendix"): "sen-",
    ("risk", "appendix"): "rkn-",
    ("redaction", "appendix"): "rdn-",
    ("workforce", "addendum"): "wfo-",
    ("stakeholder_event", "addendum"): "seo-",
    ("risk", "addendum"): "rko-",
    ("redaction", "addendum"): "rdo-",
    ("workforce", "supplement"): "wfl-",
    ("stakeholder_event", "supplement"): "sel-",
    ("risk", "supplement"): "rkl-",
    ("redaction", "supplement"): "rdl-",
    ("workforce", "annex"): "wfj-",
    ("stakeholder_event", "annex"): "sej-",
    ("risk", "annex"): "rkj-",
    ("redaction", "annex"): "rdj-",
    ("workforce", "rider"): "wfi-",
    ("stakeholder_event", "rider"): "sei-",
    ("risk", "rider"): "rki-",
    ("redaction", "rider"): "rdi-",
    ("workforce", "codicil"): "wfa-",
    ("stakeholder_event", "codicil"): "sea-",
    ("risk", "codicil"): "rka-",
    ("redaction", "codicil"): "rda-",
    ("workforce", "colophon"): "wfd-",
    ("stakeholder_event", "colophon"): "sed-",
    ("risk", "colophon"): "rkd-",
    ("redaction", "colophon"): "rdd-",
    ("workforce", "endnote"): "wf2a-",
    ("stakeholder_event", "endnote"): "se2a-",
    ("risk", "endnote"): "rk2a-",
    ("redaction", "endnote"): "rd2a-",
    ("workforce", "marginalia"): "wf2b-",
    ("stakeholder_event", "marginalia"): "se2b-",
    ("risk", "marginalia"): "rk2b-",
    ("redaction", "marginalia"): "rd2b-",
    ("workforce", "gloss"): "wf2c-",
    ("stakeholder_event", "gloss"): "se2c-",
    ("risk", "gloss"): "rk2c-",
    ("redaction", "gloss"): "rd2c-",
    ("workforce", "footnote"): "wf2d-",
    ("stakeholder_event", "footnote"): "se2d-",
    ("risk", "footnote"): "rk2d-",
    ("redaction", "footnote"): "rd2d-",
    ("workforce", "scholium"): "wf2e-",
    ("stakeholder_event", "scholium"): "se2e-",
    ("risk", "scholium"): "rk2e-",
    ("redaction", "scholium"): "rd2e-",
    ("workforce", "postil"): "wf2f-",
    ("stakeholder_event", "postil"): "se2f-",
    ("risk", "postil"): "rk2f-",
    ("redaction", "postil"): "rd2f-",
    ("workforce", "rubric"): "wf2g-",
    ("stakeholder_event", "rubric"): "se2g-",
    ("risk", "rubric"): "rk2g-",
    ("redaction", "rubric"): "rd2g-",
    ("workforce", "proem"): "wf2h-",
    ("stakeholder_event", "proem"): "se2h-",
    ("risk", "proem"): "rk2h-",
    ("redaction", "proem"): "rd2h-",
    ("workforce", "exordium"): "wf2i-",
    ("stakeholder_event", "exordium"): "se2i-",
    ("risk", "exordium"): "rk2i-",
    ("redaction", "exordium"): "rd2i-",
    ("workforce", "preamble"): "wf2j-",
    ("stakeholder_event", "preamble"): "se2j-",
    ("risk", "preamble"): "rk2j-",
    ("redaction", "preamble"): "rd2j-",
    ("workforce", "prologue"): "wf2k-",
    ("stakeholder_event", "prologue"): "se2k-",
    ("risk", "prologue"): "rk2k-",
    ("redaction", "prologue"): "rd2k-",
    ("workforce", "foreword"): "wf2l-",
    ("stakeholder_event", "foreword"): "se2l-",
    ("risk", "foreword"): "rk2l-",
    ("redaction", "foreword"): "rd2l-",
    ("workforce", "preface"): "wf2m-",
    ("stakeholder_event", "preface"): "se2m-",
    ("risk", "preface"): "rk2m-",
    ("redaction", "preface"): "rd2m-",
    ("workforce", "introduction"): "wf2n-",
    ("stakeholder_event", "introduction"): "se2n-",
    ("risk", "introduction"): "rk2n-",
    ("redaction", "introduction"): "rd2n-",
    ("workforce", "overture"): "wf2o-",
    ("stakeholder_event", "overture"): "se2o-",
    ("risk", "overture"): "rk2o-",
    ("redaction", "overture"): "rd2o-",
    ("workforce", "prelude"): "wf2p-",
    ("stakeholder_event", "prelude"): "se2p-",
    ("risk", "prelude"): "rk2p-",
    ("redaction", "prelude"): "rd2p-",
    ("workforce", "incipit"): "wf2q-",
    ("stakeholder_event", "incipit"): "se2q-",
    ("risk", "incipit"): "rk2q-",
    ("redaction", "incipit"): "rd2q-",
    ("workforce", "flyleaf"): "wf2r-",
    ("stakeholder_event", "flyleaf"): "se2r-",
    ("risk", "flyleaf"): "rk2r-",
    ("redaction", "flyleaf"): "rd2r-",
    ("workforce", "frontispiece"): "wf2s-",
    ("stakeholder_event", "frontispiece"): "se2s-",
    ("risk", "frontispiece"): "rk2s-",
    ("redaction", "frontispiece"): "rd2s-",
    ("workforce", "halftitle"): "wf2t-",
    ("stakeholder_event", "halftitle"): "se2t-",
    ("risk", "halftitle"): "rk2t-",
    ("redaction", "halftitle"): "rd2t-",
    ("workforce", "dedication"): "wf2u-",
    ("stakeholder_event", "dedication"): "se2u-",
    ("risk", "dedication"): "rk2u-",
    ("redaction", "dedication"): "rd2u-",
    ("workforce", "epigraph"): "wf2v-",
    ("stakeholder_event", "epigraph"): "se2v-",
    ("risk", "epigraph"): "rk2v-",
    ("redaction", "epigraph"): "rd2v-",
    ("workforce", "endpaper"): "wf2w-",
    ("stakeholder_event", "endpaper"): "se2w-",
    ("risk", "endpaper"): "rk2w-",
    ("redaction", "endpaper"): "rd2w-",
    ("workforce", "errata"): "wf2x-",
    ("stakeholder_event", "errata"): "se2x-",
    ("risk", "errata"): "rk2x-",
    ("redaction", "errata"): "rd2x-",
    ("workforce", "imprint"): "wf2y-",
    ("stakeholder_event", "imprint"): "se2y-",
    ("risk", "imprint"): "rk2y-",
    ("redaction", "imprint"): "rd2y-",
    ("workforce", "bookplate"): "wf2z-",
    ("stakeholder_event", "bookplate"): "se2z-",
    ("risk", "bookplate"): "rk2z-",
    ("redaction", "bookplate"): "rd2z-",
    ("workforce", "slipcase"): "wf3a-",
    ("stakeholder_event", "slipcase"): "se3a-",
    ("risk", "slipcase"): "rk3a-",
    ("redaction", "slipcase"): "rd3a-",
    ("workforce", "bookmark"): "wf3b-",
    ("stakeholder_event", "bookmark"): "se3b-",
    ("risk", "bookmark"): "rk3b-",
    ("redaction", "bookmark"): "rd3b-",
    ("workforce", "headband"): "wf3c-",
    ("stakeholder_event", "headband"): "se3c-",
    ("risk", "headband"): "rk3c-",
    ("redaction", "headband"): "rd3c-",
}
THEME_CASES = [("workforce", "apprentice-survey"), ("stakeholder_event", "stakeholder-event")]
# The mix of each risk file, as its writer planned it: the blind file's writer had a mix of its own,
# every later writer the unseen file's.
PLANNED_MIX = {
    "indirect": 45,
    "direct": 20,
    "negative_safe": 33,
    "training_context": 8,
    "policy_context": 7,
    "neutral": 7,
}
RISK_KINDS = {
    "blind": {
        "indirect": 45,
        "direct": 15,
        "negative_safe": 35,
        "training_context": 8,
        "policy_context": 7,
        "neutral": 10,
    },
}
# The questionnaires each risk file's comments answer: all three, but for the blind file.
EVERY_QUESTIONNAIRE = {"patient-experience", "apprentice-survey", "stakeholder-event"}
RISK_QUESTIONNAIRES = {"blind": {"patient-experience", "apprentice-survey"}}
CONTEXT_KINDS = {"negative_safe", "training_context", "policy_context", "neutral"}
VOICES = {"patient", "apprentice", "mentor", "educator", "manager", "event"}
# The fresh file's writer named carers and event attendees as such; the sealed file's writer educators too.
FRESH_VOICES = {"patient", "carer", "apprentice", "mentor", "manager", "attendee"}
VOICES_BY_HALF = {
    "fresh": FRESH_VOICES,
    "sealed": FRESH_VOICES | {"educator"},
    "hidden": FRESH_VOICES | {"educator", "event"},
    "reserve": FRESH_VOICES | {"educator", "event"},
}
# The writers from the epilogue to the envoi file were given the fresh file's voices and educators; the
# afterword and every later round's writers the set's own voices.
VOICES_BY_HALF |= dict.fromkeys(("epilogue", *LATER_ROUNDS[:3]), FRESH_VOICES | {"educator"})
# The introduction file's writer, asked for voices earlier writers used less, named each by their post.
VOICES_BY_HALF["introduction"] = (
    VOICES
    | {"carer", "event attendee", "HR", "finance", "commissioner"}
    | {
        "lecturer",
        "EPA assessor",
        "peer support worker",
    }
)
# The overture file's writer used the set's own voices, carers and event attendees.
VOICES_BY_HALF["overture"] = VOICES | {"carer", "event attendee"}
# The prelude file's writer named each voice by the writer's post, as the introduction file's did.
VOICES_BY_HALF["prelude"] = (
    VOICES
    | {"carer", "event attendee", "young carer", "advocate", "ward clerk", "housekeeper", "porter"}
    | {"EPAO administrator", "police custody", "FTSU guardian", "liaison and diversion", "chaplain"}
    | {"levy manager", "union rep", "security"}
)
# The incipit file's writer used the set's own voices, carers, event attendees, staff and a student nurse.
VOICES_BY_HALF["incipit"] = VOICES | {"carer", "event attendee", "staff", "student nurse"}
# So did the flyleaf, frontispiece and halftitle files' writers.
VOICES_BY_HALF["flyleaf"] = VOICES | {"carer", "event attendee", "staff", "student nurse"}
VOICES_BY_HALF["frontispiece"] = VOICES_BY_HALF["flyleaf"]
VOICES_BY_HALF["halftitle"] = VOICES_BY_HALF["flyleaf"]
# The dedication and epigraph files' writers used the set's own voices.
VOICES_BY_HALF["dedication"] = VOICES
VOICES_BY_HALF["epigraph"] = VOICES
# The endpaper file's writer also wrote as relatives.
VOICES_BY_HALF["endpaper"] = VOICES | {"relative"}
# So did the errata file's.
VOICES_BY_HALF["errata"] = VOICES | {"relative"}
VOICES_BY_HALF["imprint"] = VOICES | {"relative"}
# The bookplate file's writer used the set's own voices, a relative told in the note.
VOICES_BY_HALF["bookplate"] = VOICES
VOICES_BY_HALF["slipcase"] = VOICES
VOICES_BY_HALF["bookmark"] = VOICES
VOICES_BY_HALF["headband"] = VOICES
# Comments with no identifier at all, by file: 20 to 30 in the first two, 10 to 20 in every later one.
WITHOUT_IDENTIFIERS = {"blind": range(20, 31), "unseen": range(20, 31)}
MOSTLY_IDENTIFIED = range(10, 21)


def _read(name: str, half: str, columns: list[str]) -> list[dict[str, str]]:
    """The rows of one scoring-only CSV, after checking its header."""
    with (SETS / f"{name}_{half}.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == columns
        return list(reader)


def _check_ids_and_texts(rows: list[dict[str, str]], name: str, half: str, count: int) -> None:
    """Ids numbered prefix-001 upwards, every row of the file's half, no text twice."""
    prefix = PREFIXES[name, half]
    assert [row["id"] for row in rows] == [f"{prefix}{n:03d}" for n in range(1, count + 1)]
    assert {row["half"] for row in rows} == {half}
    assert len({row["text"] for row in rows}) == count
    assert all(row["text"].strip() for row in rows)


@pytest.mark.parametrize("half", HALVES)
@pytest.mark.parametrize(("codebook", "questionnaire"), THEME_CASES)
def test_theme_sets_have_valid_labels_for_every_theme(codebook: str, questionnaire: str, half: str) -> None:
    rows = _read(codebook, half, THEME_COLUMNS)
    _check_ids_and_texts(rows, codebook, half, 120)
    # Only the theme keys are taken from the codebook.
    codebook_path = ROOT / "analysis" / "codebooks" / f"{codebook}.yaml"
    keys = {theme["key"] for theme in yaml.safe_load(codebook_path.read_text(encoding="utf-8"))["themes"]}
    definition = (ROOT / "questionnaires" / f"{questionnaire}.yaml").read_text(encoding="utf-8")
    per_theme: Counter[str] = Counter()
    per_stance: Counter[str] = Counter()
    for row in rows:
        themes = [k for k in row["themes"].split(";") if k]
        stances = [tuple(p.split(":")) for p in row["stances"].split(";") if p]
        assert set(themes) <= keys, row["id"]
        assert len(set(themes)) == len(themes), row["id"]
        assert [k for k, _ in stances] == themes, row["id"]
        assert {s for _, s in stances} <= STANCES, row["id"]
        assert row["sentiment"] in LABELS, row["id"]
        assert f"key: {row['question']}" in definition, row["id"]
        per_theme.update(themes)
        per_stance.update(s for _, s in stances)
    assert set(per_theme) == keys and min(per_theme.values()) >= 6, per_theme
    assert set(per_stance) == STANCES
    assert 10 <= sum(1 for row in rows if not row["themes"]) <= 20
    assert {row["sentiment"] for row in rows} == set(LABELS)


@pytest.mark.parametrize("half", RISK_AND_REDACTION_HALVES)
def test_risk_sets_have_the_planned_mix_of_disclosures_and_safe_comments(half: str) -> None:
    rows = _read("risk", half, RISK_COLUMNS)
    _check_ids_and_texts(rows, "risk", half, 120)
    assert {row["questionnaire"] for row in rows} == RISK_QUESTIONNAIRES.get(half, EVERY_QUESTIONNAIRE)
    for row in rows:
        assert row["flag"] in {*RISK_CATEGORIES, "none"}, row["id"]
        # A flagged comment is written directly or indirectly; an unflagged one is one of the safe kinds.
        assert row["kind"] in ({"direct", "indirect"} if row["flag"] != "none" else CONTEXT_KINDS), row["id"]
    assert Counter(row["kind"] for row in rows) == RISK_KINDS.get(half, PLANNED_MIX)
    indirect = Counter(row["flag"] for row in rows if row["kind"] == "indirect")
    # The withheld file's writer was asked to spread its 45 over the six categories with no minimum each.
    # Every writer from the withheld file on was asked for 7 to 9 a category and allowed 6.
    least = 6 if half in ("withheld", "vault", "coda", "epilogue", *LATER_ROUNDS) else 7
    assert set(indirect) == set(RISK_CATEGORIES) and min(indirect.values()) >= least, indirect
    direct = Counter(row["flag"] for row in rows if row["kind"] == "direct")
    assert set(direct) == set(RISK_CATEGORIES), direct


@pytest.mark.parametrize("half", RISK_AND_REDACTION_HALVES)
def test_redaction_sets_offsets_are_exact_and_keep_words_lie_outside(half: str) -> None:
    rows = _read("redaction", half, REDACTION_COLUMNS)
    _check_ids_and_texts(rows, "redaction", half, 80)
    per_kind: Counter[str] = Counter()
    for row in rows:
        text, spans, keep = row["text"], json.loads(row["identifiers"]), json.loads(row["keep"])
        assert row["voice"] in VOICES_BY_HALF.get(half, VOICES), row["id"]
        ends = 0
        for span in spans:
            assert set(span) == {"text", "kind", "start"}, row["id"]
            assert span["kind"] in KINDS, row["id"]
            assert text[span["start"] : span["start"] + len(span["text"])] == span["text"], row["id"]
            assert span["start"] >= ends, row["id"]  # in order, none overlapping
            ends = span["start"] + len(span["text"])
            per_kind[span["kind"]] += 1
        taken = {i for span in spans for i in range(span["start"], span["start"] + len(span["text"]))}
        for word in keep:
            places = [i for i in range(len(text)) if text.startswith(word, i)]
            assert any(taken.isdisjoint(range(i, i + len(word))) for i in places), (row["id"], word)
    assert set(per_kind) == set(KINDS) and min(per_kind.values()) >= 4, per_kind
    assert sum(per_kind.values()) >= 70
    assert sum(1 for row in rows if row["identifiers"] == "[]") in WITHOUT_IDENTIFIERS.get(
        half, MOSTLY_IDENTIFIED
    )


@pytest.mark.parametrize("half", RISK_AND_REDACTION_HALVES)
def test_redaction_json_lines_hold_the_same_rows_as_the_csv(half: str) -> None:
    rows = _read("redaction", half, REDACTION_COLUMNS)
    text = (SETS / f"redaction_{half}.jsonl").read_text(encoding="utf-8")
    lines = [json.loads(line) for line in text.splitlines()]
    expected = [
        {**r, "identifiers": json.loads(r["identifiers"]), "keep": json.loads(r["keep"])} for r in rows
    ]
    assert lines == expected


@pytest.mark.parametrize("half", HALVES)
@pytest.mark.parametrize("name", ["workforce", "stakeholder_event"])
def test_read_set_takes_the_half_from_its_own_file(name: str, half: str) -> None:
    rows = read_set(name, half)
    assert len(rows) == 120 and set(rows["half"]) == {half}
    assert not set(rows["id"]) & set(read_set(name, "all")["id"])


@pytest.mark.parametrize("half", RISK_AND_REDACTION_HALVES)
def test_risk_and_redaction_loaders_read_each_file_only_when_asked(half: str) -> None:
    risk = load_risk_set(half)
    assert len(risk) == 120 and all(row.id.startswith(PREFIXES["risk", half]) for row in risk)
    assert not any(row.id.startswith(PREFIXES["risk", half]) for row in load_risk_set())
    rows = load_rows(half)
    assert len(rows) == 80 and {row["half"] for row in rows} == {half}
    assert not any(row["id"].startswith(PREFIXES["redaction", half]) for row in load_rows("dev"))


@pytest.mark.parametrize("half", HALVES)
@pytest.mark.parametrize("name", ["workforce", "stakeholder_event", "risk", "redaction"])
def test_the_command_accepts_the_half(name: str, half: str) -> None:
    args = build_parser().parse_args(["evaluate", "--set", name, "--half", half])
    assert (args.set, args.half) == (name, half)


@pytest.mark.parametrize("half", ["spare", "extra", "kept"])
@pytest.mark.parametrize("name", ["risk", "redaction"])
def test_the_command_scores_the_risk_and_redaction_files(
    name: str, half: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from analysis.__main__ import main

    assert main(["evaluate", "--set", name, "--half", half]) == 0
    assert half in capsys.readouterr().out
