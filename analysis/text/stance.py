"""Stance and sentiment per theme: what a comment says about each theme, read from the words around it.

A theme's stance is read from its clause (sentences, commas and turns such as "but" divide a
comment; another theme's words in the same clause bound it): first words that name it as no
problem ("weren't a problem", "sorted", "made no odds"), then words of trouble ("no laptop",
"impossible", "never get"), then words of praise or of a request, and last the question answered
(an answer to "what made things harder?" names problems; to "what helped?" names help). A clause
after a turn that starts with a pronoun ("... but it was actually the easiest bit") has the last
word, and a clause with no theme of its own lends its words to a theme whose clause says nothing.
When a theme is found in several clauses the reading from words wins over the question's, then the
stronger stance: barrier, not_a_barrier, positive, mention (a comment that praises and criticises
one theme is counted where it hurts, as the labelled sets do).

A theme's sentiment is its part of the comment's: the comment's own sentiment when the theme's
clause is the whole comment, brought into line with the stance (a barrier is never positive); for a
clause whose stance is barrier, not_a_barrier or positive, negative, neutral or positive; for a
mention, the clause's sentiment scored on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .codebook import Match
from .prefilter import Prefiltered
from .sentiment import score_sentiment
from .stance_cues import (
    _ALTERNATIVE_RE,
    _APOSTROPHE_RE,
    _BARRIER_RE,
    _KEEP_RE,
    _MENTION_RE,
    _NOT_A_BARRIER_RE,
    _NOT_THE_RE,
    _NOT_TROUBLE_RE,
    _NOTHING_HELPED_RE,
    _OPEN_REQUEST_START_RE,
    _POSITIVE_RE,
    _PRAISE_DESPITE_RE,
    _REQUEST_RE,
    _REQUEST_START_RE,
)

__all__ = ["STANCES", "ThemeStance", "clause_bounds", "segment", "stance_of", "theme_stances"]

#: How a comment stands on a theme: a problem or obstacle; named as no problem, resolved or absent;
#: praised or named as what helped; or named as a fact, neither help nor problem.
STANCES = ("barrier", "not_a_barrier", "positive", "mention")
# Which stance wins when one theme is found in clauses that disagree.
_STRENGTH = {"barrier": 3, "not_a_barrier": 2, "positive": 1, "mention": 0}

# A theme's part of a comment is its clause: sentences end at . ! ? ; and new lines; commas, dashes
# and turns ("the mentor is great but the cover isn't there") start a new clause.
_SEGMENT_BREAK_RE = re.compile(
    r"[.!?;:\n]+|,|\s[-–—]+\s|\s*\b(?:but|however|although|though|whereas|except|apart from|other than)\b"
    # A verdict then the real trouble with no comma: "the course is fine its the hours that kill me".
    r"|(?:(?<=\bfine)|(?<=\bok)|(?<=\bokay)|(?<=\bgrand)|(?<=\bissue)|(?<=\bproblem)|(?<=\bbother))\s+"
    r"(?=(?:its|it's|it is|it was) (?:just |more |mainly |mostly |really )?the\b)"
)
# A clause after a turn that starts with a pronoun is still about what came before it: "I was
# dreading the end point assessment but it was actually the easiest bit".
_CONTINUATION_RE = re.compile(
    r"^\W*(?:but|however|although|though)?\s*(?:it|its|it's|that|thats|that's|this|they|theyre|they're"
    r"|she|shes|he|hes|which)\b"
)

# Prompts whose answers name problems unless they say otherwise, and help unless they say otherwise.
_BARRIER_PROMPTS = frozenset({"could_improve"})
_POSITIVE_PROMPTS = frozenset({"what_good"})
# The open question of what would help next: a clause opening with a noun phrase there is a request.
_OPEN_PROMPTS = frozenset({"nonspecific"})


@dataclass(frozen=True)
class ThemeStance:
    """One theme's stance and sentiment in one comment."""

    theme: str
    stance: str
    sentiment: str


def clause_bounds(lowered: str) -> list[tuple[int, int]]:
    """Start and end offsets of each clause of a comment."""
    bounds = []
    left = 0
    for brk in _SEGMENT_BREAK_RE.finditer(lowered):
        if brk.start() > left:
            bounds.append((left, brk.start()))
        left = brk.end()
    if left < len(lowered):
        bounds.append((left, len(lowered)))
    return bounds or [(0, len(lowered))]


def segment(lowered: str, start: int, end: int) -> tuple[int, int]:
    """Start and end offsets of the clause holding the span start..end (the whole text when unknown)."""
    if start < 0:
        return 0, len(lowered)
    clauses = clause_bounds(lowered)
    for left, right in clauses:
        if left <= start < right:
            # A span across a break (a phrase such as "lack of, er, mentors") keeps its whole extent.
            return left, max(right, min(end, len(lowered)))
    return 0, len(lowered)


def stance_of(part: str, prompt: str | None, before: str = "") -> str:
    """The stance a clause takes on its theme, given the prompt answered and the words before it."""
    return _read_stance(part, prompt, before)[0]


# Every clause of every comment is read with these, so each is searched only when the clause holds
# one of the words its matches need (a third of clauses or fewer for the two longest).
_NOT_A_BARRIER = Prefiltered(_NOT_A_BARRIER_RE)
_PRAISE_DESPITE = Prefiltered(_PRAISE_DESPITE_RE)
_BARRIER = Prefiltered(_BARRIER_RE)
_POSITIVE = Prefiltered(_POSITIVE_RE)
_MENTION = Prefiltered(_MENTION_RE)
_REQUEST = Prefiltered(_REQUEST_RE)

# How sure a stance is: read from words that say it, or from the prompt. (The clause's sentiment was
# tried between the two and decided one labelled stance in 300 (the dev halves), for a second full
# sentiment pass over every comment with several themes; it is not used.)
_CUE, _PROMPT = 2, 1
_SURE_BARRIER = (_CUE, _STRENGTH["barrier"])


def _read_stance(part: str, prompt: str | None, before: str = "") -> tuple[str, int]:
    """The stance a clause takes on its theme and how sure it is (_CUE: its words say; _PROMPT: the
    question answered does)."""
    text = _APOSTROPHE_RE.sub("", part)
    alternative = _ALTERNATIVE_RE.search(text)
    if alternative and alternative.start() > 0:
        text = text[: alternative.start()]
    if _NOT_A_BARRIER.search(text) or _NOT_THE_RE.search(_APOSTROPHE_RE.sub("", before)):
        return "not_a_barrier", _CUE
    if prompt in _BARRIER_PROMPTS and _KEEP_RE.search(text):
        return "positive", _CUE
    if _MENTION.search(text):
        return "mention", _CUE
    praise_despite = _PRAISE_DESPITE.search(text)
    opens_request = _REQUEST_START_RE.search(text) or (
        prompt in _OPEN_PROMPTS and _OPEN_REQUEST_START_RE.search(text)
    )
    if not praise_despite and not opens_request and _BARRIER.search(_NOT_TROUBLE_RE.sub(" ", text)):
        return "barrier", _CUE
    request = opens_request or _REQUEST.search(text)
    if praise_despite or (_POSITIVE.search(text) and not request):
        return "positive", _CUE
    if request:
        if prompt in _BARRIER_PROMPTS:
            return "barrier", _CUE
        return ("positive", _PROMPT) if prompt in _POSITIVE_PROMPTS else ("mention", _CUE)
    if prompt in _BARRIER_PROMPTS:
        return "barrier", _PROMPT
    if prompt in _POSITIVE_PROMPTS:
        return "positive", _PROMPT
    return "mention", _PROMPT


# The sentiment a part of a comment has when its words state the stance.
_STANCE_SENTIMENT = {"barrier": "negative", "positive": "positive", "not_a_barrier": "neutral"}


def _agreeing_sentiment(stance: str, sentiment: str) -> str:
    """The clause's sentiment, brought into line with the stance read from it (the better-informed)."""
    if stance == "barrier" and sentiment in ("positive", "neutral"):
        return "negative"
    if stance == "positive" and sentiment in ("negative", "neutral"):
        return "positive"
    if stance == "not_a_barrier" and sentiment == "negative":
        return "neutral"
    return sentiment


_Hit = tuple[str, int, int, int]  # theme, start and end offsets, clause index


def theme_stances(
    lowered: str,
    matches: Sequence[Match],
    prompt: str | None,
    comment_sentiment: str,
    clause_memo: dict[str, float] | None = None,
) -> list[ThemeStance]:
    """Stance and sentiment of each theme, from the clauses it was found in (matches may repeat a theme).

    ``clause_memo`` holds the clause scores the comment's own sentiment already made (one comment's).
    """
    if prompt in _POSITIVE_PROMPTS and _NOTHING_HELPED_RE.match(lowered):
        prompt = "could_improve"  # "Honestly nothing. I've had three mentors ...": what did not help
    reading = _CommentReading(lowered, matches, prompt, comment_sentiment)
    reading.clause_memo = {} if clause_memo is None else clause_memo
    by_theme: dict[str, list[_Hit]] = {}
    for hit in reading.hits:
        by_theme.setdefault(hit[0], []).append(hit)
    return [reading.theme_stance(theme, theme_hits) for theme, theme_hits in by_theme.items()]


class _CommentReading:
    """One comment's clauses and theme hits, with each part's stance and sentiment read once."""

    def __init__(
        self, lowered: str, matches: Sequence[Match], prompt: str | None, comment_sentiment: str
    ) -> None:
        """Split the comment into clauses and place each hit in them."""
        self.lowered = lowered
        self.prompt = prompt
        self.comment_sentiment = comment_sentiment
        self.clauses = clause_bounds(lowered)
        self.whole = lowered.strip()
        clauses = self.clauses
        self.hits: list[_Hit] = [(m.theme, m.start, m.end, _clause_index(clauses, m.start)) for m in matches]
        # A hit claims every clause it spans ("my mentor is lovely but ... I hardly ever see her").
        self.spans = {
            (start, end): (index, max(index, _clause_index(clauses, end - 1)))
            for _, start, end, index in self.hits
        }
        self.claimed = {i for first, last in self.spans.values() for i in range(first, last + 1)}
        self._scored: dict[tuple[int, int], str] = {}
        self.clause_memo: dict[str, float] = {}
        self._read: dict[tuple[int, int, bool], tuple[str, int]] = {}
        # Clauses with no theme: their words can still say how the comment stands ("3rd mentor in a
        # year now. I've given up expecting anything"). Read only when a theme's own clause says nothing.
        self._loose_read: list[tuple[str, int] | None] = []

    def sentiment_of(self, left: int, right: int) -> str:
        """The sentiment of part of the comment, scored once (the whole comment's when it is all of it)."""
        if (left, right) not in self._scored:
            part = self.lowered[left:right].strip()
            self._scored[left, right] = (
                self.comment_sentiment
                if not part or part == self.whole
                else score_sentiment(part, self.prompt, self.clause_memo).label
            )
        return self._scored[left, right]

    def window(self, theme: str, start: int, end: int, index: int) -> tuple[int, int]:
        """The hit's clause, cut at other themes' hits in it: "the steering group listened when we
        said release wasn't happening and it got sorted" gives each theme its own words."""
        if index < 0:
            left, right = 0, len(self.lowered)
        else:
            left, right = self.clauses[index][0], self.clauses[self.spans[start, end][1]][1]
        for other, o_start, o_end, _ in self.hits:
            if other == theme or o_start < 0 or o_end <= left or o_start >= right:
                continue
            # Another theme's words before or after this hit bound it; words inside it do not.
            if o_end <= start:
                left = max(left, o_end)
            elif o_start >= end:
                right = min(right, o_start)
        return left, right

    def loose_cue(self) -> tuple[str, int] | None:
        """The strongest stance that words of the theme-less clauses state, if any."""
        if not self._loose_read:
            found: tuple[str, int] | None = None
            for i, (left, right) in enumerate(self.clauses):
                if i in self.claimed:
                    continue
                # Read under the question answered: a request there ("Apprentices need to know
                # there's a job") names a gap under "what would you change?", not a mere mention.
                stance, sure = _read_stance(self.lowered[left:right], self.prompt)
                if sure == _CUE and (found is None or _STRENGTH[stance] > _STRENGTH[found[0]]):
                    found = (stance, sure)
            self._loose_read.append(found)
        return self._loose_read[0]

    def read_window(self, left: int, right: int, before: str) -> tuple[str, int]:
        """The stance of one part of the comment, read once however many hits fall in it."""
        key = (left, right, bool(before) and _NOT_THE_RE.search(_APOSTROPHE_RE.sub("", before)) is not None)
        if key not in self._read:
            self._read[key] = _read_stance(self.lowered[left:right], self.prompt, before)
        return self._read[key]

    def hit_stance(self, theme: str, start: int, end: int, index: int) -> tuple[str, int, tuple[int, int]]:
        """The stance one hit of a theme shows, how sure it is, and the part of the comment read."""
        clauses = self.clauses
        left, right = self.window(theme, start, end, index)
        where = (left, right)
        before = self.lowered[left:start] if start >= left else ""
        stance, sure = self.read_window(left, right, before)
        if sure < _CUE and index >= 0 and (left, right) != clauses[index]:
            # Words of the whole clause when the theme's own share of it says nothing: "it set
            # back my EPA" (the delay is in another theme's words).
            c_stance, c_sure = self.read_window(*clauses[index], before)
            if c_sure == _CUE:
                stance, sure = c_stance, c_sure
        # "... but it was actually the easiest bit": a following clause about the same thing
        # (a pronoun, no theme of its own) has the last word; a dreaded thing that turned out
        # well was no barrier.
        last = self.spans[start, end][1] if index >= 0 else -1
        following = last + 1
        if index >= 0 and following < len(clauses) and following not in self.claimed:
            f_where = clauses[following]
            if _CONTINUATION_RE.match(self.lowered[clauses[last][1] : f_where[1]]):
                f_stance, f_sure = _read_stance(self.lowered[f_where[0] : f_where[1]], None)
                if f_sure == _CUE and f_stance != "mention":
                    if stance == "barrier" and f_stance in ("positive", "not_a_barrier"):
                        f_stance = "not_a_barrier"
                    stance, sure, where = f_stance, f_sure, f_where
        return stance, sure, where

    def theme_stance(self, theme: str, hits: Sequence[_Hit]) -> ThemeStance:
        """One theme's stance, the surest and strongest of its hits', and its sentiment."""
        best: tuple[int, int, str, tuple[int, int]] | None = None
        for _, start, end, index in hits:
            stance, sure, where = self.hit_stance(theme, start, end, index)
            rank = (sure, _STRENGTH[stance])
            if best is None or rank > best[:2]:
                best = (sure, _STRENGTH[stance], stance, where)
            if rank == _SURE_BARRIER:
                break  # nothing outranks a barrier its words state
        assert best is not None
        sure, _, stance, where = best
        if sure < _CUE:
            cue = self.loose_cue()
            if cue is not None:
                stance, sure = cue
        part = self.lowered[where[0] : where[1]].strip()
        if stance in _STANCE_SENTIMENT and part and part != self.whole:
            # The stance decides the part's sentiment; scoring the part again would only tell
            # "mixed" from the rest, for a second sentiment pass over most long comments.
            sentiment = _STANCE_SENTIMENT[stance]
        else:
            sentiment = self.sentiment_of(*where)
        return ThemeStance(theme, stance, _agreeing_sentiment(stance, sentiment))


def _clause_index(clauses: Sequence[tuple[int, int]], start: int) -> int:
    """Which clause an offset falls in (-1 when unknown: the whole comment)."""
    if start < 0:
        return -1
    # A break's own characters (a comma) belong to the clause after them.
    for index, (_left, right) in enumerate(clauses):
        if start < right:
            return index
    return len(clauses) - 1
