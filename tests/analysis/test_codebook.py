"""Codebook loading, validation and matching rules, on codebooks written for these tests."""

from __future__ import annotations

import pickle
import re
import textwrap
from pathlib import Path

import pytest

from analysis.text.codebook import CodebookError, codebook_from_text, inflections, load_codebook

GOOD = textwrap.dedent(
    """
    name: test_book
    version: "1"
    description: A small codebook for tests.
    themes:
      - key: mentor_problems
        label: Mentor problems
        description: Mentors without time.
        kind: barrier
        phrases: [mentor, supervision]
        patterns: ['\\bno mentor\\b']
      - key: mentoring
        label: Mentoring
        description: Any talk of mentors.
        phrases: [mentor]
      - key: waiting
        label: Waiting
        description: Waits and delays.
        phrases: [wait, delay]
        exclude: ['\\bwait and see\\b']
      - key: praise
        label: Praise
        description: Thanks and nothing to improve.
        kind: enabler
        max_words: 6
        phrases: [helpful, thank you]
        prompt_patterns:
          could_improve: ['^\\W*nothing\\W*$']
      - key: travel
        label: Travel
        description: Getting there.
        phrases: [travel, "=car"]
    """
)


@pytest.fixture
def book():
    """The test codebook."""
    return codebook_from_text(GOOD, "good.yaml")


def write(tmp_path: Path, text: str) -> Path:
    """Write a codebook file and return its path."""
    path = tmp_path / "book.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def theme_block(extra: str, key: str = "t1") -> str:
    """A one-theme codebook with extra theme lines."""
    return f"""
    name: b
    version: 1
    description: d
    themes:
      - key: {key}
        label: Theme one
        description: desc
{textwrap.indent(textwrap.dedent(extra), " " * 8)}
    """


BAD_FILES = {
    "not yaml": ("name: [unclosed", "not valid YAML"),
    "not a mapping": ("- just\n- a list\n", "must be a mapping"),
    "missing name": (
        "version: 1\ndescription: d\nthemes: [{key: a, label: A, description: d, phrases: [x]}]",
        "missing 'name'",
    ),
    "no themes": ("name: b\nversion: 1\ndescription: d\nthemes: []\n", "'themes' must be a non-empty list"),
    "unknown top field": (
        "name: b\nversion: 1\ndescription: d\ncolour: red\n"
        "themes: [{key: a, label: A, description: d, phrases: [x]}]",
        "unknown field(s) colour",
    ),
    "missing key": (
        "name: b\nversion: 1\ndescription: d\nthemes: [{label: A, description: d, phrases: [x]}]",
        "theme #1: missing 'key'",
    ),
    "bad key": (theme_block("phrases: [x]", key="Bad-Key"), "key must be lower-case"),
    "missing label": (
        "name: b\nversion: 1\ndescription: d\nthemes: [{key: a, description: d, phrases: [x]}]",
        "theme 'a': missing 'label'",
    ),
    "missing description": (
        "name: b\nversion: 1\ndescription: d\nthemes: [{key: a, label: A, phrases: [x]}]",
        "theme 'a': missing 'description'",
    ),
    "no rules": (theme_block("category: c"), "needs at least one phrase or pattern"),
    "bad regex": (theme_block("patterns: ['(unclosed']"), "is not a valid regular expression"),
    "bad exclude regex": (theme_block("phrases: [x]\nexclude: ['[a-']"), "exclude pattern"),
    "bad kind": (theme_block("phrases: [x]\nkind: opinion"), "kind must be one of"),
    "bad prompt": (theme_block("prompt_patterns: {why: ['x']}"), "prompt_patterns prompt must be one of"),
    "phrases not a list": (theme_block("phrases: mentor"), "'phrases' must be a list"),
    "empty phrase": (theme_block("phrases: ['  ']"), "must be non-empty text"),
    "bad max_words": (theme_block("phrases: [x]\nmax_words: 0"), "max_words must be a whole number"),
    "semicolon label": (
        "name: b\nversion: 1\ndescription: d\n"
        "themes: [{key: a, label: 'A; B', description: d, phrases: [x]}]",
        "must not contain ';'",
    ),
    "unknown theme field": (theme_block("phrases: [x]\nkeywords: [y]"), "unknown field(s) keywords"),
    "duplicate key": (
        "name: b\nversion: 1\ndescription: d\nthemes:\n"
        "  - {key: a, label: A, description: d, phrases: [x]}\n"
        "  - {key: a, label: B, description: d, phrases: [y]}\n",
        "theme 'a': duplicate key",
    ),
    "duplicate label": (
        "name: b\nversion: 1\ndescription: d\nthemes:\n"
        "  - {key: a, label: Same, description: d, phrases: [x]}\n"
        "  - {key: b, label: Same, description: d, phrases: [y]}\n",
        "duplicate label",
    ),
}


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_codebooks_are_refused_with_file_and_problem_named(tmp_path: Path, kind: str) -> None:
    text, message = BAD_FILES[kind]
    path = write(tmp_path, text)
    with pytest.raises(CodebookError) as info:
        load_codebook(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_bad_regex_error_names_the_theme(tmp_path: Path) -> None:
    path = write(tmp_path, theme_block("patterns: ['(unclosed']", key="waits"))
    with pytest.raises(CodebookError, match=r"theme 'waits'.*'\(unclosed'"):
        load_codebook(path)


def test_missing_file_is_a_codebook_error(tmp_path: Path) -> None:
    with pytest.raises(CodebookError, match="not found"):
        load_codebook(tmp_path / "absent.yaml")


def test_checksum_is_sha256_of_content_and_changes_with_it(tmp_path: Path) -> None:
    a = codebook_from_text(GOOD)
    b = codebook_from_text(GOOD)
    c = codebook_from_text(GOOD.replace("Waits and delays.", "Delays."))
    assert a.checksum == b.checksum
    assert len(a.checksum) == 64
    assert a.checksum != c.checksum


def test_numeric_phrases_are_accepted(tmp_path: Path) -> None:
    book = load_codebook(write(tmp_path, theme_block("phrases: [111, 999]")))
    assert [m.theme for m in book.match("I rang 111 twice")] == ["t1"]


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("mentor", {"mentors", "mentored", "mentoring"}),
        ("wait", {"waits", "waited", "waiting"}),
        ("travel", {"travelling", "travelled", "travels"}),
        ("reply", {"replies", "replied", "replying"}),
        ("queue", {"queues", "queued", "queuing"}),
    ],
)
def test_inflections(word: str, forms: set[str]) -> None:
    assert forms <= inflections(word)


def test_short_words_only_take_a_plural() -> None:
    # "car" must not become "caring", nor "late" "later".
    assert inflections("car") == {"car", "cars"}
    assert "later" not in inflections("late")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My mentoring sessions were cancelled", ["mentor_problems", "mentoring"]),
        ("We waited for ages", ["waiting"]),
        ("The waiting was hard", ["waiting"]),
        ("Mentors were stretched and there were delays", ["mentor_problems", "mentoring", "waiting"]),
        ("We will wait and see", []),
        ("Commentary about weight", []),
        ("Travelling by car", ["travel"]),
        ("Caring staff", []),
    ],
)
def test_phrases_match_inflections_at_word_boundaries(book, text: str, expected: list[str]) -> None:
    assert [m.theme for m in book.match(text)] == expected


def test_negation_drops_barrier_but_not_topic(book) -> None:
    found = {m.theme: m.rule for m in book.match("No problems with my mentor at all")}
    assert "mentor_problems" not in found
    assert found["mentoring"] == "phrase:mentor"


def test_negation_stops_at_a_clause_break(book) -> None:
    themes = [m.theme for m in book.match("Not bad. My mentor never has time")]
    assert "mentor_problems" in themes


def test_patterns_are_not_negated_and_record_the_rule(book) -> None:
    found = {m.theme: m.rule for m in book.match("We had no mentor for a term")}
    assert found["mentor_problems"] == "pattern:\\bno mentor\\b"


def test_enabler_is_not_matched_when_negated(book) -> None:
    assert [m.theme for m in book.match("The staff were not helpful")] == []
    assert [m.theme for m in book.match("The staff were helpful")] == ["praise"]


def test_max_words_limits_a_theme_to_short_comments(book) -> None:
    long_text = "thank you but the car park was full and the signs were confusing to everyone"
    assert "praise" not in [m.theme for m in book.match(long_text)]
    assert [m.theme for m in book.match("Thank you so much")] == ["praise"]


def test_prompt_patterns_apply_only_under_their_prompt(book) -> None:
    assert [m.rule for m in book.match("Nothing.", "could_improve")] == [
        "prompt:could_improve:^\\W*nothing\\W*$"
    ]
    assert book.match("Nothing.", "what_good") == []
    assert book.match("Nothing.") == []


def test_codebook_survives_pickling_for_worker_processes(book) -> None:
    copy = pickle.loads(pickle.dumps(book))
    assert copy.checksum == book.checksum
    assert [m.theme for m in copy.match("long wait")] == ["waiting"]


@pytest.mark.parametrize("name", ["patient_experience", "stakeholder_event", "workforce"])
def test_no_shipped_phrase_is_a_stop_word(name: str) -> None:
    # Comments are matched in lower case, so a phrase like "IT" would find the pronoun in almost
    # every comment; such words must be written as patterns with the word that follows them.
    from analysis.text.coding import _STOP_WORDS, load_shipped

    book = load_shipped(name)
    single = {
        p.lstrip("=").lower() for t in book.themes for p in t.phrases if len(p.lstrip("=").split()) == 1
    }
    assert not single & _STOP_WORDS


def test_shipped_codebooks_load_and_name_the_framework() -> None:
    from analysis.text.coding import SHIPPED_CODEBOOKS, load_shipped

    names = sorted(p.stem for p in SHIPPED_CODEBOOKS.glob("*.yaml"))
    assert names == ["patient_experience", "stakeholder_event", "workforce"]
    px = load_shipped("patient_experience")
    labels = {t.label for t in px.themes}
    assert {"Timeliness of care", "Staff manner & personal attributes", "Continuity of care"} <= labels
    workforce = load_shipped("workforce")
    keys = set(workforce.keys)
    assert {
        "maths_english",
        "end_point_assessment",
        "funding_levy",
        "release_backfill",
        "mentor_capacity",
    } <= keys
    with pytest.raises(FileNotFoundError, match="shipped"):
        load_shipped("nope")


@pytest.mark.parametrize(
    ("text", "theme", "expected"),
    [
        # An appointment named only as a journey's destination is not about arranging appointments.
        ("The driver took my wife to her appointment with time to spare", "appointment_arrangements", False),
        ("Reached the clinic early for the eye appointment", "appointment_arrangements", False),
        ("My appointment was cancelled twice without notice", "appointment_arrangements", True),
        ("Still no appointment for my son after a month", "appointment_arrangements", True),
        # Group sessions and booking an ambulance are not appointment arrangements.
        ("The art sessions were fun", "appointment_arrangements", False),
        ("The online booking system kept crashing", "appointment_arrangements", True),
        # Vague travel words do not make a transport comment; named transport does.
        ("It was a long way for the crew to come out", "transport", False),
        ("Patient transport picked mum up late", "transport", True),
        # Vague hand-offs are not continuity of care; changing workers and care plans are.
        ("I was assessed by someone else from the team", "continuity_of_care", False),
        ("I never see the same person twice", "continuity_of_care", True),
        ("Nobody looked at my care plan", "continuity_of_care", True),
        # How fast a phone line answers is contacting services, not timeliness of care, unless the
        # comment also times the care itself.
        ("The phone was answered quickly", "timeliness", False),
        ("The phone was answered quickly and the crew arrived fast", "timeliness", True),
        # "Kind, understanding" is manner; listening needs words about listening.
        ("A kind, understanding nurse", "staff_listening", False),
        ("Understanding and kind, she listened properly", "staff_listening", True),
        # A patient explaining to staff is not information from staff.
        ("I explained my symptoms twice on the phone", "information_during_care", False),
        ("The doctor explained the scan results clearly", "information_during_care", True),
        # Only repetitive or scripted questioning counts as a continuity problem.
        ("The nurse asked sensible questions", "continuity_of_care", False),
        ("The same questions again at every visit", "continuity_of_care", True),
        # Transport named only to say who the staff were is staff manner; the journey itself is transport.
        ("The transport drivers were always cheerful", "transport", False),
        ("The transport drivers were cheerful and the seats were comfortable", "transport", True),
        # A figurative journey is not travel.
        ("Thanks for being part of my recovery journey", "transport", False),
        ("The journey home took ages", "transport", True),
        # How an appointment is held is its method, unless its booking is mentioned too.
        ("The video appointments suit me well", "appointment_arrangements", False),
        ("They booked me a video appointment for Monday", "appointment_arrangements", True),
        # Estimates and updates while waiting are being kept informed.
        ("We were regularly updated while we waited", "kept_informed", True),
        ("Give a more accurate time for the crew", "kept_informed", True),
        ("They told us how long the wait would be", "kept_informed", True),
        # "As stated" is a way of writing, not a promise kept.
        ("As stated before, the staff were kind", "kept_informed", False),
        # A frequency, an age or round-the-clock cover is not a wait; a number of hours waited is.
        ("The nurse visits every 2 weeks", "timeliness", False),
        ("My 9 month old son was poorly", "timeliness", False),
        ("She needs 24 hour care", "timeliness", False),
        ("We sat in the corridor for 3 hours", "timeliness", True),
        # Time spent getting through by phone is contacting services unless the care is timed too.
        ("Waited an age to get through to the switchboard", "timeliness", False),
        ("Waited an age to get through and the crew came late", "timeliness", True),
        # Respect shown by staff is manner; the patient's own respect for them is not.
        ("I respect that the wards are short of beds", "staff_manner", False),
        ("The porters showed my dad real respect", "staff_manner", True),
        # Being put at ease is manner; "put my mind at ease" is reassurance about the situation.
        ("The news put my mind at ease", "staff_manner", False),
        ("The dentist put my son at ease", "staff_manner", True),
        # "Helpful" said of a thing is not staff manner; said of people it is.
        ("The leaflet was really helpful", "staff_manner", False),
        ("The receptionist was really helpful", "staff_manner", True),
        # Stock words for staff attitude.
        ("The man on reception was grumpy and sarcastic", "staff_manner", True),
        ("A hardworking, diligent team of nurses", "staff_manner", True),
        # The ward is where care happened, not a comment on the environment; its fittings are.
        ("The staff on the ward were brilliant with me", "environment_facilities", False),
        ("The ward had no working showers", "environment_facilities", True),
        # "Address" is mostly the verb; the service's whereabouts are its location.
        ("Nobody would address my concerns", "service_location", False),
        ("The clinic is too far from my home", "service_location", True),
        # Letters about appointments are their arrangements, even when they come after the date.
        ("The letter came after the appointment date", "appointment_arrangements", True),
        ("My appointment letter had the wrong clinic on it", "appointment_arrangements", True),
        ("I was dropped off after the appointment", "appointment_arrangements", False),
    ],
)
def test_patient_experience_precision_rules(text: str, theme: str, expected: bool) -> None:
    from analysis.text.coding import load_shipped

    themes = {m.theme for m in load_shipped("patient_experience").match(text)}
    assert (theme in themes) is expected


def test_patterns_match_whatever_the_case_of_text_or_pattern() -> None:
    # Lower-case patterns run case-sensitively on lower-cased text; a pattern written with capitals
    # (or an escape such as \W) must still match text in any case.
    book = codebook_from_text(
        textwrap.dedent(
            """
            name: case_book
            version: "1"
            description: Patterns in either case.
            themes:
              - key: emergency
                label: Emergency department
                description: The emergency department by its initials.
                patterns: ['\\bA&E\\b']
                exclude: ['\\bA&E (?:Ward|Dept)\\b']
              - key: waits
                label: Waits
                description: Waiting, written in lower case.
                patterns: ['\\bwaited\\W+hours\\b']
                exclude: ['\\bnever waited\\b']
            """
        ),
        "case.yaml",
    )
    assert [m.theme for m in book.match("Sent to a&e and WAITED  HOURS")] == ["emergency", "waits"]
    assert [m.theme for m in book.match("The A&E WARD was calm")] == []
    assert [m.theme for m in book.match("I NEVER Waited hours")] == []


def test_explain_lists_every_rule_that_fired_and_agrees_with_match(book) -> None:
    text = "We had no mentor and no supervision; the wait was a long delay"
    explained = [(m.theme, m.rule) for m in book.explain(text)]
    # "no mentor" and "no supervision" negate the barrier's phrases; its pattern still fires.
    assert explained == [
        ("mentor_problems", "pattern:\\bno mentor\\b"),
        ("mentoring", "phrase:mentor"),
        ("waiting", "phrase:wait"),
        ("waiting", "phrase:delay"),
    ]
    # match keeps the first rule of each theme, so it is explain with repeats of a theme dropped.
    first: dict[str, str] = {}
    for theme, rule in explained:
        first.setdefault(theme, rule)
    assert [(m.theme, m.rule) for m in book.match(text)] == list(first.items())
    assert [m.rule for m in book.explain("My mentor lacks supervision time")][:2] == [
        "phrase:mentor",
        "phrase:supervision",
    ]


def test_explain_names_a_phrase_once_and_keeps_vetoes(book) -> None:
    assert [m.rule for m in book.explain("wait, wait and wait again")] == ["phrase:wait"]
    # An exclusion vetoes the theme whatever rules found it, in explain as in match.
    assert book.explain("a delay, so we wait and see") == []
    assert book.explain("") == []


def test_pattern_gates_are_words_every_match_holds() -> None:
    # A pattern is searched only where a word of each of its gates is; a gate that missed a match
    # would drop a theme, so every match of every shipped pattern on these comments holds one.
    from analysis.set_evaluation import read_set
    from analysis.text.coding import load_shipped
    from analysis.text.prefilter import required_literal_sets, required_literals

    def _gate(source: str) -> frozenset[str] | None:
        return required_literals(source, min_length=3)  # as the codebook gates its patterns

    assert _gate(r"\b(?:\d+|two) (?:different )?(?:mentors|supervisors)\b") == {
        "mentors",
        "supervisors",
    }
    assert _gate(r"(?<!over )\bcoffees?\b") == {"coffee"}
    assert _gate(r"\bIT (?:access|support)") == {"access", "support"}
    assert _gate(r"\b(?:a|an) \w+") is None  # nothing of three letters is required
    # Several gates when several parts are required, the most selective first.
    assert required_literal_sets(
        r"\b(?:no|not) (?:enough )?(?:mentors?|supervisors?) (?:time|capacity)", 0, 3
    ) == (
        frozenset({"mentor", "supervisor"}),
        frozenset({"time", "capacity"}),
    )
    texts = [t.lower() for name in ("workforce", "stakeholder_event") for t in read_set(name, "dev")["text"]]
    checked = 0
    for book in ("workforce", "stakeholder_event", "patient_experience"):
        for pattern in load_shipped(book).themes:
            for source in pattern.patterns:
                gates = required_literal_sets(source, min_length=3)
                compiled = re.compile(source, re.IGNORECASE if any(c.isupper() for c in source) else 0)
                for text in texts:
                    if compiled.search(text):
                        checked += 1
                        for gate in gates:
                            assert any(word in text for word in gate), (book, source, text)
    assert checked > 100
