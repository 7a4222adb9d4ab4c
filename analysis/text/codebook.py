"""Codebooks: YAML files of themes, and the rule engine that finds them in a comment."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .codebook_format import KINDS, CodebookError, Theme, parse_codebook
from .lexicon import negators
from .prefilter import required_literal_sets

# The regex parser of the standard library, to find the words a pattern cannot match without.

__all__ = [
    "KINDS",
    "Codebook",
    "CodebookError",
    "Match",
    "Prepared",
    "Theme",
    "codebook_from_text",
    "inflections",
    "load_codebook",
    "prepare",
    "tokenize",
]

# Words are letters/digits with an optional apostrophe part, so "didn't" stays one token and
# hyphenated or slashed words ("follow-up", "a/e") split into parts the phrases can spell out.
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
# Clause boundaries stop negation from reaching across ("no wait. the mentor was rude").
_CLAUSE_BREAK_RE = re.compile(r"[.!?;:,()\n]|\b(?:but|however|although|though|whereas|except)\b")
# Negators are one list shared by the codebook rules and sentiment (lexicons/negators.txt).
_NEGATORS = negators()
# How many words before a phrase a negator may stand and still govern it ("no problems with my mentor").
_NEGATION_WINDOW = 4
_MAX_PHRASE_WORDS = 6
# A pattern is gated only on words at least this long (shorter ones are in nearly every comment).
_MIN_GATE = 3


# A rule that fired: its label, and the start and end offsets of what it matched.
_Hit = tuple[str, int, int]


@dataclass(frozen=True)
class Match:
    """One theme found in one comment, with the rule that found it and where (character offsets)."""

    theme: str
    rule: str
    #: Where the rule matched in the lower-cased comment, so a stance or sentiment can be read from
    #: the words around it; -1 when unknown.
    start: int = -1
    end: int = -1


def tokenize(text: str) -> list[str]:
    """Lower-case word tokens, apostrophes kept inside words."""
    return _TOKEN_RE.findall(text.lower().replace("’", "'"))


def inflections(word: str) -> set[str]:
    """Simple English inflections of a word: plural/3rd person, -ed and -ing (mentor, mentors, mentoring)."""
    w = word.lower()
    forms = {w}
    # Numbers and codes are not inflected; words under four letters take only a plural, because
    # their other "inflections" are usually different words (car -> caring, art -> arted).
    if not w.isalpha():
        return forms
    if len(w) < 4:
        if len(w) == 3:
            forms.add(w + ("es" if w.endswith(("s", "x", "z")) else "s"))
        return forms
    # No -er/-ers: they turn adjectives and nouns into other words (late -> later, care -> carer).
    if w.endswith("y") and w[-2] not in "aeiou":
        stem = w[:-1]
        forms |= {stem + "ies", stem + "ied", w + "ing"}
        return forms
    if w.endswith("e"):
        forms |= {w + "s", w + "d", w[:-1] + "ing"}
        return forms
    if w.endswith(("s", "x", "z", "ch", "sh")):
        forms |= {w + "es", w + "ed", w + "ing"}
        return forms
    forms |= {w + "s", w + "ed", w + "ing"}
    # A final consonant-vowel-consonant doubles before -ed/-ing: travel -> travelling, plan -> planned.
    # Both spellings are added, which covers UK and US usage at no cost.
    if w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
        forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return forms


def _normalise_token(token: str) -> str:
    """The form a token is looked up by: apostrophes dropped so "didn't" and "didnt" agree."""
    return token.replace("'", "")


@dataclass(frozen=True)
class Prepared:
    """A comment lower-cased and split into tokens once, to be matched against several codebooks."""

    lowered: str
    tokens: tuple[str, ...]
    clauses: tuple[int, ...]
    #: Start and end offset of each token in `lowered`, so a phrase match can say where it is.
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()


def prepare(text: str) -> Prepared:
    """Lower-case and tokenize a comment, numbering the clause each token is in."""
    lowered = text.lower().replace("’", "'") if text else ""
    tokens: list[str] = []
    clauses: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    # Clause numbers per token let negation stop at a clause break. The text between breaks is
    # searched in place (pos/endpos), so each token keeps its offset in the whole comment.
    clause_no = 0
    pos = 0
    for brk in (*_CLAUSE_BREAK_RE.finditer(lowered), None):
        stop = len(lowered) if brk is None else brk.start()
        for m in _TOKEN_RE.finditer(lowered, pos, stop):
            tokens.append(_normalise_token(m.group()))
            clauses.append(clause_no)
            starts.append(m.start())
            ends.append(m.end())
        if brk is not None:
            pos = brk.end()
            clause_no += 1
    return Prepared(lowered, tuple(tokens), tuple(clauses), tuple(starts), tuple(ends))


@dataclass
class _PhraseRule:
    """A phrase compiled to its token sequence (each position a set of accepted forms)."""

    theme_index: int
    phrase: str
    positions: tuple[frozenset[str], ...]
    negatable: bool = False
    label: str = ""

    def __post_init__(self) -> None:
        """Precompute the rule label recorded with each match."""
        self.label = f"phrase:{self.phrase}"


class Codebook:
    """A validated codebook: themes plus the compiled rules that find them."""

    def __init__(
        self,
        name: str,
        version: str,
        description: str,
        themes: Sequence[Theme],
        checksum: str,
        source: str = "<memory>",
    ) -> None:
        """Compile the themes' phrases and patterns; raise CodebookError naming the problem."""
        self.name = name
        self.version = version
        self.description = description
        self.themes: tuple[Theme, ...] = tuple(themes)
        self.checksum = checksum
        self.source = source
        self._first_index: dict[str, list[_PhraseRule]] = {}
        self._patterns: list[tuple[int, str, re.Pattern[str]]] = []
        self._gates: list[tuple[frozenset[str], ...]] = []
        self._excludes: list[list[re.Pattern[str]]] = []
        self._prompt_patterns: dict[str, list[tuple[int, str, re.Pattern[str]]]] = {}
        self._any_pattern: re.Pattern[str] | None = None
        self._compile()

    def __repr__(self) -> str:
        """Name, version and size, for logs and test failures."""
        return f"Codebook({self.name!r}, version={self.version!r}, themes={len(self.themes)})"

    def __getstate__(self) -> dict[str, Any]:
        """Pickle only the definition; worker processes recompile (compiled rules are rebuilt cheaply)."""
        return {
            "name": self.name,
            "version": self.version,
            "description": self.description,
            "themes": self.themes,
            "checksum": self.checksum,
            "source": self.source,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Rebuild the compiled rules after unpickling."""
        self.__init__(**state)  # type: ignore[misc]

    @property
    def keys(self) -> list[str]:
        """Theme keys in file order."""
        return [t.key for t in self.themes]

    def theme(self, key: str) -> Theme:
        """The theme with this key (KeyError if absent)."""
        for t in self.themes:
            if t.key == key:
                return t
        raise KeyError(key)

    def _fail(self, theme: str | None, problem: str) -> CodebookError:
        """A CodebookError naming the file, the theme and the problem."""
        where = f"theme '{theme}'" if theme else "top level"
        return CodebookError(f"{self.source}: {where}: {problem}")

    def _compile(self) -> None:
        """Index phrases by first word and compile every regex, checking each one."""
        for index, theme in enumerate(self.themes):
            for phrase in theme.phrases:
                # A leading "=" asks for the words exactly as written, with no inflections.
                exact = phrase.startswith("=")
                words = [_normalise_token(t) for t in tokenize(phrase[1:] if exact else phrase)]
                if not words:
                    raise self._fail(theme.key, f"phrase {phrase!r} has no words")
                if len(words) > _MAX_PHRASE_WORDS:
                    raise self._fail(theme.key, f"phrase {phrase!r} is longer than {_MAX_PHRASE_WORDS} words")
                positions = tuple(frozenset({w} if exact else inflections(w)) for w in words)
                rule = _PhraseRule(index, phrase[1:] if exact else phrase, positions, theme.kind != "topic")
                for form in positions[0]:
                    self._first_index.setdefault(form, []).append(rule)
            for pattern in theme.patterns:
                self._patterns.append((index, pattern, self._regex(theme.key, pattern, "pattern")))
                # Every set of words a match needs one of ("mentor" and "time"), the most selective first.
                self._gates.append(required_literal_sets(pattern, min_length=_MIN_GATE))
            self._excludes.append([self._regex(theme.key, p, "exclude pattern") for p in theme.exclude])
            for prompt, patterns in theme.prompt_patterns.items():
                for pattern in patterns:
                    compiled = self._regex(theme.key, pattern, f"prompt pattern for {prompt}")
                    self._prompt_patterns.setdefault(prompt, []).append((index, pattern, compiled))
        # A pattern with gate words is tried only where one of them is; the patterns without are
        # first ruled out together by one combined search. (Combining the gated ones too made the
        # workforce codebook's search twice as slow: a long alternation of patterns with
        # lookbehinds defeats the regex engine's own prefix search.) Back-references would be
        # renumbered in a combined pattern, so patterns with them skip the prefilter.
        self._gate_index = _gate_index(self._gates)
        self._ungated = tuple(position for position, gate in enumerate(self._gates) if not gate)
        sources = [p for (_, p, _), gate in zip(self._patterns, self._gates, strict=True) if not gate]
        if sources and not any(re.search(r"\\[1-9]|\(\?P=", p) for p in sources):
            flags = re.IGNORECASE if any(_needs_ignorecase(p) for p in sources) else 0
            try:
                self._any_pattern = re.compile("|".join(f"(?:{p})" for p in sources), flags)
            except re.error:
                self._any_pattern = None

    def _regex(self, theme: str, pattern: str, what: str) -> re.Pattern[str]:
        """Compile one regex for lower-cased text, or raise a CodebookError quoting it."""
        try:
            return re.compile(pattern, re.IGNORECASE if _needs_ignorecase(pattern) else 0)
        except re.error as exc:
            raise self._fail(theme, f"{what} {pattern!r} is not a valid regular expression: {exc}") from exc

    def match(self, text: str | Prepared, prompt: str | None = None) -> list[Match]:
        """Themes found in the text (one Match per theme, first rule that fired), in codebook order."""
        prepared = text if isinstance(text, Prepared) else prepare(text)
        if not prepared.tokens:
            return []
        found = self._fire(prepared, prompt, every=False)
        return [Match(self.themes[i].key, *found[i][0]) for i in self._kept(prepared, found)]

    def explain(self, text: str | Prepared, prompt: str | None = None) -> list[Match]:
        """Every rule that fired for each theme `match` finds, theme by theme in codebook order."""
        prepared = text if isinstance(text, Prepared) else prepare(text)
        if not prepared.tokens:
            return []
        found = self._fire(prepared, prompt, every=True)
        return [Match(self.themes[i].key, *hit) for i in self._kept(prepared, found) for hit in found[i]]

    def _fire(self, prepared: Prepared, prompt: str | None, every: bool) -> dict[int, list[_Hit]]:
        """Rules that fired, by theme index: the first only, or with `every` each distinct one."""
        lowered = prepared.lowered
        found: dict[int, list[_Hit]] = {}
        self._match_phrases(prepared, found, every)
        # One combined search rules out most comments before each pattern is tried on its own.
        if self._patterns:
            # The patterns worth trying: those whose gate words the comment holds, found in one pass
            # over the text, and the ungated ones if the combined search finds any of them.
            candidates: set[int] = set()
            if self._gate_index is not None:
                present: set[str] = set()
                for _end, (word, positions) in self._gate_index.iter(lowered):
                    present.add(word)
                    candidates.update(positions)
                # A pattern needing words from several sets is tried only when the text has each.
                gates = self._gates
                candidates = {p for p in candidates if all(not g.isdisjoint(present) for g in gates[p][1:])}
            if self._ungated and (self._any_pattern is None or self._any_pattern.search(lowered)):
                candidates.update(self._ungated)
            for position in sorted(candidates):
                index, source, compiled = self._patterns[position]
                if not (every or index not in found):
                    continue
                m = compiled.search(lowered)
                if m:
                    found.setdefault(index, []).append((f"pattern:{source}", m.start(), m.end()))
        if prompt:
            for index, source, compiled in self._prompt_patterns.get(prompt, ()):
                if every or index not in found:
                    m = compiled.search(lowered)
                    if m:
                        found.setdefault(index, []).append((f"prompt:{prompt}:{source}", m.start(), m.end()))
        return found

    def _kept(self, prepared: Prepared, found: Mapping[int, object]) -> list[int]:
        """Indexes of the found themes that survive length limits, exclusions and "alone", in order."""
        lowered = prepared.lowered
        words = len(prepared.tokens)
        kept = []
        for index in sorted(found):
            limit = self.themes[index].max_words
            # Some themes describe "thin" comments (general praise); in a long, specific comment the
            # same words are incidental, so such a theme can be limited to short comments.
            if limit is not None and words > limit:
                continue
            # Exclusions veto a theme whatever rule found it ("mentor" in "mentor-ship programme name").
            if any(p.search(lowered) for p in self._excludes[index]):
                continue
            kept.append(index)
        if len(kept) > 1:
            # A theme marked "alone" is the residue of comments saying nothing more specific (general
            # praise); when a specific theme is also found, that theme carries the comment.
            specific = [i for i in kept if not self.themes[i].alone]
            kept = specific or kept
        return kept

    def _match_phrases(self, prepared: Prepared, found: dict[int, list[_Hit]], every: bool) -> None:
        """Find phrase rules in one pass over the tokens, with per-theme negation."""
        tokens = prepared.tokens
        clauses = prepared.clauses
        first_index = self._first_index
        count = len(tokens)
        for i, tok in enumerate(tokens):
            rules = first_index.get(tok)
            if not rules:
                continue
            following = tokens[i + 1] if i + 1 < count else None
            for rule in rules:
                fired = found.get(rule.theme_index)
                if fired is not None and (not every or any(hit[0] == rule.label for hit in fired)):
                    continue
                positions = rule.positions
                n = len(positions)
                if n > 1:
                    # The second word rules out most multi-word phrases at once.
                    if following not in positions[1] or i + n > count:
                        continue
                    if n > 2 and not all(tokens[i + k] in positions[k] for k in range(2, n)):
                        continue
                if rule.negatable and _negated(tokens, clauses, i):
                    continue
                hit = (rule.label, prepared.starts[i], prepared.ends[i + n - 1])
                if fired is None:
                    found[rule.theme_index] = [hit]
                else:
                    fired.append(hit)


def _gate_index(gates: Sequence[tuple[frozenset[str], ...]]) -> Any:
    """An Aho-Corasick automaton of every gate word, each giving itself and the patterns whose first
    (most selective) set holds it; None when no pattern has gate words.

    One pass over a comment finds every gate word in it, overlapping ones included, so each comment
    costs one scan rather than a substring test per word of every pattern's gates.
    """
    import ahocorasick

    by_word: dict[str, list[int]] = {}
    for position, sets in enumerate(gates):
        for rank, words in enumerate(sets):
            for word in words:
                listed = by_word.setdefault(word, [])
                if rank == 0:
                    listed.append(position)
    if not by_word:
        return None
    automaton = ahocorasick.Automaton()
    for word, positions in by_word.items():
        automaton.add_word(word, (word, tuple(positions)))
    automaton.make_automaton()
    return automaton


def _needs_ignorecase(pattern: str) -> bool:
    """Whether a pattern has a capital letter outside its escapes (\\W, \\S ...)."""
    # Patterns are matched on lower-cased text, so one written in lower case needs no case-blind
    # matching, which makes Python's regex engine two to three times slower. One with a capital (a
    # name, "A&E", a named group) keeps it, so no pattern is ever missed for its case.
    return any(c.isupper() for c in re.sub(r"\\.", "", pattern))


def _negated(tokens: Sequence[str], clauses: Sequence[int], i: int) -> bool:
    """Whether a negator stands within the window before token i, in the same clause."""
    start = max(0, i - _NEGATION_WINDOW)
    return any(tokens[j] in _NEGATORS and clauses[j] == clauses[i] for j in range(start, i))


def codebook_from_text(text: str, source: str = "<memory>") -> Codebook:
    """Parse and validate codebook YAML text (source names it in error messages)."""
    name, version, description, themes = parse_codebook(text, source)
    checksum = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Codebook(name, version, description, themes, checksum, source)


def load_codebook(path: str | Path) -> Codebook:
    """Load and validate a codebook YAML file, raising CodebookError naming file, theme and problem."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise CodebookError(f"{p}: codebook file not found") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CodebookError(f"{p}: cannot read codebook: {exc}") from exc
    return codebook_from_text(text, str(p))
