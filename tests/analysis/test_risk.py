"""Risk flags: categories and reasons on comments written for these tests (none is a real disclosure)."""

from __future__ import annotations

import csv
import dataclasses
import importlib
import re
from pathlib import Path
from typing import Any

import pytest

from analysis.risk_evaluation import load_risk_set
from analysis.text import redaction
from analysis.text.risk import (
    RISK_CATEGORIES,
    RiskFlag,
    assess_risk,
    assess_risk_by_cues,
    matching,
    risk_flag,
)


def test_categories_are_the_labelled_sets_keys() -> None:
    assert set(RISK_CATEGORIES) == {
        "suicide_self_harm",
        "abuse_coercion",
        "bullying_staff",
        "unsafe_staffing",
        "medication_error",
        "unsafe_care",
    }
    assert all(label and label[0].isupper() for label in RISK_CATEGORIES.values())


def test_a_flag_is_frozen_and_plain() -> None:
    flag = assess_risk("I sometimes feel like ending it all")
    assert flag == RiskFlag("suicide_self_harm", "talks of ending their life (indirect)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        flag.category = "none"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I sometimes feel like ending it all", "suicide_self_harm"),
        ("no point going on", "suicide_self_harm"),
        ("he checks my phone and won't let me see my sister", "abuse_coercion"),
        ("we were 2 staff for 20 patients on nights", "unsafe_staffing"),
        ("she was given the wrong tablets", "medication_error"),
        ("left in a wet bed all night and nobody came when I pressed the buzzer", "unsafe_care"),
        ("my supervisor keeps making jokes about my accent in front of the team", "bullying_staff"),
    ],
)
def test_disclosures_get_their_category(text: str, category: str) -> None:
    flag = assess_risk(text)
    assert flag is not None, text
    assert flag.category == category
    assert flag.category in RISK_CATEGORIES


@pytest.mark.parametrize(
    "text",
    [
        "the suicide prevention module was excellent",
        "we had a session on the safeguarding policy",
        "this survey is killing me",
        "I could have died of boredom in the afternoon session",
        "we're short staffed a lot so my study days get cancelled",
        "",
        "   ",
    ],
)
def test_training_policy_and_figures_of_speech_are_not_flagged(text: str) -> None:
    assert assess_risk(text) is None
    assert not risk_flag(text)


def test_reasons_say_why_without_quoting_the_comment() -> None:
    text = "my brother makes me sign things I do not understand and the house is in his name now"
    flag = assess_risk(text)
    assert flag is not None
    assert flag.reason.endswith(("(direct)", "(indirect)"))
    # No run of four words from the comment appears in the reason.
    words = text.lower().split()
    assert not any(" ".join(words[i : i + 4]) in flag.reason for i in range(len(words) - 3))


def test_direct_and_indirect_wording_is_told_apart() -> None:
    direct = assess_risk("I have thought about suicide because of placement")
    indirect = assess_risk("tbh if i didnt wake up tomorrow it would solve a lot of problems")
    assert direct is not None and direct.reason.endswith("(direct)")
    assert indirect is not None and indirect.reason.endswith("(indirect)")


def test_redaction_still_exports_risk_flag() -> None:
    assert redaction.risk_flag is risk_flag
    assert redaction.risk_flag("I want to end my life")


# --- each category, written as people write it (comments made up for these tests) -----------------


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("honestly some days I just don't want to wake up", "suicide_self_harm"),
        ("everyone would be better off without me", "suicide_self_harm"),
        ("i've started cutting my arms again", "suicide_self_harm"),
        ("i keep a stash of tablets for when it gets too much", "suicide_self_harm"),
        ("my son keeps saying he wants to die", "suicide_self_harm"),
        ("I have to hand over my wages every week or he gets nasty", "abuse_coercion"),
        ("my partner reads all my texts and decides who I can see", "abuse_coercion"),
        ("one of the night staff slapped a resident", "abuse_coercion"),
        ("my mentor keeps making comments about my weight in front of the team", "bullying_staff"),
        ("the band 6 told me I'm thick and should leave the course", "bullying_staff"),
        ("there was one registered nurse across both wards last night", "unsafe_staffing"),
        ("I was left in charge of the ward as a B3", "unsafe_staffing"),
        ("the nurse gave dad someone else's tablets", "medication_error"),
        ("they forgot to give my son his evening medication three nights running", "medication_error"),
        ("dad was restrained face down by four staff and his wrist was broken", "unsafe_care"),
        ("mum was left sitting in her own wee for hours", "unsafe_care"),
    ],
)
def test_each_category_is_found_in_everyday_words(text: str, category: str) -> None:
    flag = assess_risk(text)
    assert flag is not None, text
    assert flag.category == category


@pytest.mark.parametrize(
    "text",
    [
        "the wait nearly killed me but the therapist was brilliant",
        "my feet were killing me after a twelve hour shift",
        "I'd rather die than sit through another e-learning module lol",
        "I was so low when I was referred but the group has really helped",
        "we're short staffed at weekends but the team pulls together",
        "my manager is strict but fair",
        "my tablets were changed and nobody explained why",
        "I felt safe on the ward and the night staff were kind",
        "I never felt unsafe",
        "i could kill for a cuppa after that session",
    ],
)
def test_negative_but_safe_comments_are_not_flagged(text: str) -> None:
    assert assess_risk(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "the session on suicide and self harm was one of the best",
        "domestic abuse training should be mandatory for APs",
        "we did a scenario about a missed dose of insulin",
        "I help run the self harm support group on the ward",
        "my placement is on a ward for people who have attempted suicide",
        "the safe staffing presentation was very relevant",
        "we need a policy on what to do if an apprentice discloses self-harm",
    ],
)
def test_training_policy_and_work_with_patients_are_not_flagged(text: str) -> None:
    assert assess_risk(text) is None


def test_a_disclosure_wrapped_in_training_words_is_flagged() -> None:
    flag = assess_risk("the coercive control leaflet we were given is basically my life")
    assert flag is not None and flag.category == "abuse_coercion"


def test_harm_blamed_on_short_staffing_is_a_staffing_flag() -> None:
    flag = assess_risk("mum fell twice because they were too short staffed to watch her")
    assert flag is not None and flag.category == "unsafe_staffing"


def test_bullying_words_from_a_patient_name_abuse_not_bullying_of_staff() -> None:
    staff = assess_risk("my manager humiliates me in front of the team every shift")
    patient = assess_risk("the nurse humiliated me and laughed at me when I cried")
    assert staff is not None and staff.category == "bullying_staff"
    assert patient is not None and patient.category == "abuse_coercion"


# --- the keys that let a cue's pattern run are complete ---------------------------------------------
# A comment is searched with a cue's pattern only when it holds one of the cue's keys (a word start, or
# two words in a row). The proof below reads each pattern's parse tree (the re module's parser, a
# private module, so it is used here and never at run time) and checks that every string the pattern
# can match holds a key at a word start: a key left out would make the cue silently miss.

_parser = importlib.import_module("re._parser")
_WORD = re.compile(r"[a-z0-9:]+(?:'[a-z0-9]+)*")
_CAP = 300


def _strings(seq: Any) -> set[str] | None:
    """Every string a parsed sequence matches, when that is a small finite set."""
    out = {""}
    for op, av in seq:
        name = str(op)
        part: set[str] | None
        if name == "LITERAL":
            part = {chr(av)}
        elif name == "SUBPATTERN":
            part = _strings(av[-1])
        elif name == "BRANCH":
            alternatives = [_strings(a) for a in av[1]]
            part = None if any(a is None for a in alternatives) else set().union(*alternatives)  # type: ignore[arg-type]
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] == 1:
            inner = _strings(av[2])
            part = None if inner is None else inner | ({""} if av[0] == 0 else set())
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):
            # Zero-width: a look-ahead or look-behind only narrows what the rest matches.
            part = {""}
        elif name == "IN" and all(str(x[0]) == "LITERAL" for x in av):
            part = {chr(x[1]) for x in av}
        else:
            part = None
        if part is None:
            return None
        out = {a + b for a in out for b in part}
        if len(out) > _CAP:
            return None
    return out


def _holds_key(string: str, keys: frozenset[str], at_word_start: bool) -> bool:
    """Whether a string the pattern matches holds a key where a word of the comment starts."""
    words = list(_WORD.finditer(string))
    for n, word in enumerate(words):
        if word.start() == 0 and not at_word_start:
            continue
        if any(" " not in key and word.group().startswith(key) for key in keys):
            return True
        if n + 1 < len(words) and string[word.end() : words[n + 1].start()] in (" ", "-"):
            following = words[n + 1].group()
            for key in keys:
                first, _, second = key.partition(" ")
                if second and first == word.group() and following.startswith(second):
                    return True
    return False


def _ends_word(element: Any) -> bool:
    """Whether what an element matches always ends at a word boundary (a space or a \\b)."""
    op, av = element
    name = str(op)
    if name == "LITERAL":
        return bool(chr(av) == " ")
    if name == "AT":
        return True
    if name == "SUBPATTERN":
        return bool(av[-1]) and _ends_word(list(av[-1])[-1])
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        return bool(av[2]) and _ends_word(list(av[2])[-1])
    if name == "BRANCH":
        return all(a and _ends_word(list(a)[-1]) for a in av[1])
    return False


def _is_digits(sub: Any) -> bool:
    """Whether a repeated element is \\d."""
    items = list(sub)
    return (
        len(items) == 1
        and str(items[0][0]) == "IN"
        and any(str(x[0]) == "CATEGORY" and "DIGIT" in str(x[1]) for x in items[0][1])
    )


def _covered(seq: Any, keys: frozenset[str], at_word_start: bool) -> bool:
    """Whether every match of a parsed sequence holds one of the keys at a word start."""
    seq = list(seq)
    i = 0
    while i < len(seq):
        j, strings = i, {""}
        while j < len(seq):
            part = _strings([seq[j]])
            if part is None or len(strings) * len(part) > _CAP:
                break
            strings = {a + b for a in strings for b in part}
            j += 1
        starts = (i == 0 and at_word_start) or (i > 0 and _ends_word(seq[i - 1]))
        if j > i:
            starts = starts or str(seq[i][0]) == "AT"
            if "" not in strings and all(_holds_key(s, keys, starts) for s in strings):
                return True
            i = j
            continue
        op, av = seq[i]
        name = str(op)
        if name == "SUBPATTERN" and _covered(av[-1], keys, starts):
            return True
        if name == "BRANCH" and all(_covered(a, keys, starts) for a in av[1]):
            return True
        if name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
            if _covered(av[2], keys, False):
                return True
            if starts and _is_digits(av[2]) and all(str(d) in keys for d in range(10)):
                return True
        i += 1
    return False


@pytest.mark.parametrize("index", range(len(matching._CUES)))
def test_every_cue_has_keys_that_every_match_holds(index: int) -> None:
    cue = matching._CUES[index]
    assert cue.keys, cue.reason
    assert _covered(_parser.parse(cue.pattern.pattern), cue.keys, True), cue.reason
    if cue.also:
        checked = cue.needs[0] if cue.needs else cue.pattern
        assert _covered(_parser.parse(checked.pattern), cue.also, True), cue.reason


def test_the_proof_catches_a_missing_key() -> None:
    pattern = _parser.parse(r"\b(?:hits?|punch(?:ed|es)?) (?:me|her)")
    assert _covered(pattern, frozenset({"hit", "punch"}), True)
    assert not _covered(pattern, frozenset({"hit"}), True)
    assert _covered(_parser.parse(r"\bnot (?:be )?here\b"), frozenset({"not be", "not here"}), True)
    assert not _covered(_parser.parse(r"\bnot (?:be )?here\b"), frozenset({"not here"}), True)


def test_keys_change_no_result(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [row.text for row in load_risk_set("dev")] + [
        "I sometimes feel like ending it all",
        "he checks my phone and won't let me see my sister",
        "the staff were lovely",
    ]
    with_keys = [assess_risk(t) for t in texts]
    # Every cue lets every comment through: the patterns alone decide.
    monkeypatch.setattr(matching, "_present_keys", lambda text: set(matching._KEYS))
    assert [assess_risk(t) for t in texts] == with_keys


@pytest.mark.parametrize("name", ["workforce", "stakeholder_event"])
def test_the_programmes_own_comments_are_not_flagged(name: str) -> None:
    # The apprentice survey and event feedback are full of training words (mock EPA, modules,
    # safeguarding sessions, short staffing that costs study time); none of these comments written
    # for the codebooks discloses a risk, and no cue flags one. Only the dev halves are read. The
    # learned reading learns from half of these comments and is held on the other half in
    # test_risk_learned.py (at most 1 in 50 flagged).
    path = Path(__file__).resolve().parents[2] / "analysis" / "evaluation_sets" / f"{name}.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        texts = [row["text"] for row in csv.DictReader(handle) if row["half"] == "dev"]
    assert len(texts) > 100
    assert [t for t in texts if assess_risk_by_cues(t) is not None] == []
