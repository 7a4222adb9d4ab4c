"""Code free-text comments: themes from codebooks, sentiment, redaction and risk flags."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from analysis.text.codebook import Codebook, Match, load_codebook, prepare, tokenize
from analysis.text.learned_themes import ThemeModel, load_theme_model
from analysis.text.lexicon import stop_words
from analysis.text.redaction import prepare_lists, redact
from analysis.text.risk import assess_risk
from analysis.text.sentiment import LABELS, score_sentiment
from analysis.text.stance import STANCES, clause_bounds, theme_stances
from analysis.workers import cpu_count, start_method

__all__ = [
    "CODED_COLUMNS",
    "SHIPPED_CODEBOOKS",
    "STANCES",
    "STANCE_COUNTS",
    "CommentCoder",
    "clean_prompt",
    "code_comments",
    "code_one",
    "emerging_phrases",
    "keyed",
    "load_shipped",
    "select_quotes",
    "theme_summary",
    "theme_tallies",
]

#: The folder of codebooks shipped with the package.
SHIPPED_CODEBOOKS: Path = Path(__file__).resolve().parent.parent / "codebooks"
#: Columns code_comments adds, in order. theme_stances and theme_sentiments hold `key:value` pairs
#: separated by ";", one for each key of themes and in the same order.
CODED_COLUMNS = (
    "themes",
    "theme_stances",
    "theme_sentiments",
    "theme_rules",
    "sentiment",
    "polarity",
    "redacted_text",
    "risk_flag",
    "risk_category",
    "risk_reason",
)

# Rows per chunk: big enough to amortise pandas overhead, small enough that per-chunk intermediates
# (distinct texts and their results) stay a few tens of MB whatever the input size.
CHUNK_ROWS = 50_000
# Below this many distinct comments a process pool costs more to start than it saves. Measured on
# 2 cores (patient-experience codebook): 500 comments 0.15 s either way, 1,000 0.25 s alone against
# 0.16 s with a pool, 5,000 1.2 s against 0.7 s. Workers that must be spawned rather than forked
# (a caller running threads) import the package afresh, about a second, so they wait for more.
PARALLEL_MIN = 1_000
PARALLEL_MIN_SPAWNED = 20_000
# Items per task sent to a worker: large enough that pickling overhead is small.
BATCH = 2_000

_Result = tuple[str, str, str, str, str, float, str, bool, str, str]


def load_shipped(name: str) -> Codebook:
    """Load a shipped codebook by name ("workforce", "stakeholder_event" or "patient_experience")."""
    stem = name[:-5] if name.endswith(".yaml") else name
    path = SHIPPED_CODEBOOKS / f"{stem}.yaml"
    if not path.is_file() or "/" in stem or "\\" in stem:
        shipped = ", ".join(sorted(p.stem for p in SHIPPED_CODEBOOKS.glob("*.yaml")))
        raise FileNotFoundError(f"no shipped codebook {name!r}; shipped: {shipped}")
    return load_codebook(path)


def code_one(text: str, prompt: str | None, codebooks: Sequence[Codebook]) -> _Result:
    """Code one comment: a value for each of CODED_COLUMNS, in that order."""
    if not text or not text.strip():
        return ("", "", "", "", "neutral", 0.0, "", False, "", "")
    keys: list[str] = []
    matches: list[Match] = []
    rules: list[str] = []
    prepared = prepare(text)
    for book in codebooks:
        earlier = set(keys)
        # Every rule that fired, not only the first: a theme named in two clauses takes its stance
        # from both ("English was fine but the maths test nearly broke me").
        for match in read_with_model(book, text, prompt, book.explain(prepared, prompt)):
            if match.theme in earlier:
                continue  # a key an earlier codebook already found
            if match.theme not in keys:
                keys.append(match.theme)
                # The first rule is the one that found the theme; ";" separates entries in
                # theme_rules, so a rule quoting a regex with ";" is escaped.
                rules.append(f"{match.theme}={match.rule.replace(';', ',')}")
            matches.append(match)
    # One comment's clause scores, shared by its sentiment and each theme's (never across comments).
    memo: dict[str, float] = {}
    result = score_sentiment(text, prompt, memo)
    stances = theme_stances(prepared.lowered, matches, prompt, result.label, memo)
    risk = assess_risk(text)
    return (
        ";".join(keys),
        ";".join(f"{s.theme}:{s.stance}" for s in stances),
        ";".join(f"{s.theme}:{s.sentiment}" for s in stances),
        ";".join(rules),
        result.label,
        result.polarity,
        redact(text),
        risk is not None,
        risk.category if risk else "",
        risk.reason if risk else "",
    )


def read_with_model(
    book: Codebook, text: str, prompt: str | None, matches: list[Match], model: ThemeModel | None = None
) -> list[Match]:
    """The rules' matches as the codebook's learned reading (or `model`) corrects them (unchanged where
    it has none).

    A rule's theme the model gives less than its `keep` chance is dropped; a theme no rule found that
    it gives at least its `add` chance is added, placed in the clause the model reads it in most.
    """
    model = model or load_theme_model(book.name)
    if model is None:
        return matches
    chances = model.probabilities(text, prompt)
    kept = [m for m in matches if chances.get(m.theme, 1.0) >= model.keep]
    found = {m.theme for m in matches}
    known = set(book.keys)
    added = [
        Match(theme, f"learned reading, {chance:.0%} sure")
        for theme, chance in chances.items()
        if chance >= model.add and theme not in found and theme in known
    ]
    if added:
        added = _placed(text, prompt, added, model)
    return kept + added


def _placed(text: str, prompt: str | None, added: list[Match], model: ThemeModel) -> list[Match]:
    """Each added theme placed in the clause the model reads it in most, so its stance is that clause's.

    A comment that praises one thing and faults another ("the day was great but nobody explained the
    role") gives each theme the stance of its own part, as a rule's span does.
    """
    lowered = text.lower().replace("’", "'")
    clauses = [(left, right) for left, right in clause_bounds(lowered) if lowered[left:right].strip()]
    if len(clauses) < 2 or len(lowered) != len(text):
        return added
    readings = [model.probabilities(lowered[left:right], prompt) for left, right in clauses]
    placed = []
    for match in added:
        best = max(range(len(clauses)), key=lambda i: readings[i][match.theme])
        # Read alone, a clause may say too little for the model; then the whole comment carries it.
        if readings[best][match.theme] >= 0.5:
            placed.append(Match(match.theme, match.rule, *clauses[best]))
        else:
            placed.append(match)
    return placed


# Worker state: codebooks arrive once per process through the initializer, not with every task.
_WORKER_CODEBOOKS: Sequence[Codebook] = ()


def _init_worker(codebooks: Sequence[Codebook]) -> None:
    """Store the codebooks in the worker process."""
    global _WORKER_CODEBOOKS
    _WORKER_CODEBOOKS = codebooks


def _code_batch(items: list[tuple[str, str | None]]) -> list[_Result]:
    """Code a batch of (text, prompt) pairs in a worker."""
    return [code_one(text, prompt, _WORKER_CODEBOOKS) for text, prompt in items]


def _clean_text(value: object) -> str:
    """Comment text as a string; NaN, None and non-text become ""."""
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def clean_prompt(value: object) -> str | None:
    """Prompt as a string, or None when missing."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _chunks(n: int, size: int) -> Iterator[tuple[int, int]]:
    """Start and stop positions of consecutive chunks."""
    for start in range(0, n, size):
        yield start, min(n, start + size)


class CommentCoder:
    """Codes frames of comments, keeping one worker pool across calls (for chunked reading of big files)."""

    def __init__(self, codebooks: Sequence[Codebook], workers: int | None = None) -> None:
        """Remember the codebooks; the pool starts only when a frame is big enough to need it."""
        self.codebooks = tuple(codebooks)
        self.workers = cpu_count() if workers is None else max(1, workers)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> CommentCoder:
        """Use as a context manager so the pool is always shut down."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Shut the pool down."""
        self.close()

    def close(self) -> None:
        """Shut the worker pool down if one was started."""
        if self._pool is not None:
            self._pool.shutdown()
            self._pool = None

    def _code_distinct(self, distinct: list[tuple[str, str | None]]) -> list[_Result]:
        """Results for distinct (text, prompt) pairs, in parallel when there are many."""
        if self._pool is None and self.workers > 1:
            method = start_method()
            enough = PARALLEL_MIN if method == "fork" else PARALLEL_MIN_SPAWNED
            if len(distinct) >= enough:
                if method == "fork":
                    # Read the name and word lists once here, so forked workers share them.
                    prepare_lists()
                self._pool = ProcessPoolExecutor(
                    max_workers=self.workers,
                    mp_context=get_context(method),
                    initializer=_init_worker,
                    initargs=(self.codebooks,),
                )
        # Once a pool is running (an earlier chunk of a big file), the last, smaller chunk uses it too:
        # coding 16,000 comments in this process alone took four seconds while the workers sat idle.
        if self._pool is not None:
            size = max(BATCH // 4, min(BATCH, len(distinct) // (self.workers * 4) + 1))
            batches = [distinct[i : i + size] for i in range(0, len(distinct), size)]
            try:
                return [r for part in self._pool.map(_code_batch, batches) for r in part]
            except BrokenProcessPool:
                # Workers can die (memory limits, a caller script without a __main__ guard under
                # "spawn"); the same results are then computed here, only more slowly.
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
                self.workers = 1
        return [code_one(t, p, self.codebooks) for t, p in distinct]

    def code(
        self, comments: pd.DataFrame, *, text_column: str = "text", prompt_column: str | None = "prompt"
    ) -> pd.DataFrame:
        """The rows of one frame plus the coded columns (see code_comments)."""
        if text_column not in comments.columns:
            available = ", ".join(map(str, comments.columns))
            raise KeyError(f"no column {text_column!r} in the comments (columns: {available})")
        # A missing prompt column means every comment is treated as answering a general question.
        use_prompt = prompt_column is not None and prompt_column in comments.columns
        out: dict[str, list[object]] = {name: [] for name in CODED_COLUMNS}
        for start, stop in _chunks(len(comments), CHUNK_ROWS):
            texts = [_clean_text(v) for v in comments[text_column].iloc[start:stop].tolist()]
            if use_prompt:
                prompts = [clean_prompt(v) for v in comments[prompt_column].iloc[start:stop].tolist()]
            else:
                prompts = [None] * len(texts)
            # Each distinct (text, prompt) is coded once: feedback repeats itself ("Nothing", "All good").
            pairs = list(zip(texts, prompts, strict=True))
            distinct = list(dict.fromkeys(pairs))
            lookup = dict(zip(distinct, self._code_distinct(distinct), strict=True))
            for pair in pairs:
                for name, value in zip(CODED_COLUMNS, lookup[pair], strict=True):
                    out[name].append(value)
        coded = comments.copy()
        for name in CODED_COLUMNS:
            dtype = {"polarity": "float64", "risk_flag": "bool"}.get(name, "object")
            coded[name] = pd.Series(out[name], index=comments.index, dtype=dtype)
        return coded


def code_comments(
    comments: pd.DataFrame,
    codebooks: Sequence[Codebook],
    *,
    text_column: str = "text",
    prompt_column: str | None = "prompt",
) -> pd.DataFrame:
    """Input rows (same index and columns) plus the CODED_COLUMNS: themes, theme_stances,
    theme_sentiments, theme_rules, sentiment, polarity, redacted_text, risk_flag, risk_category and
    risk_reason."""
    with CommentCoder(codebooks) as coder:
        return coder.code(comments, text_column=text_column, prompt_column=prompt_column)


def _theme_sets(coded: pd.DataFrame) -> list[set[str]]:
    """The set of theme keys of each coded row."""
    return [set(str(v).split(";")) - {""} if isinstance(v, str) else set() for v in coded["themes"]]


#: The theme_summary columns counting comments by the stance they take on the theme, in STANCES order.
STANCE_COUNTS = tuple(f"stance_{stance}" for stance in STANCES)


def keyed(cell: object) -> dict[str, str]:
    """A `key:value;key:value` cell (theme_stances, theme_sentiments) as a mapping.

    >>> keyed("maths_english:not_a_barrier;mentor_support:positive")
    {'maths_english': 'not_a_barrier', 'mentor_support': 'positive'}
    """
    pairs = (entry.split(":", 1) for entry in str(cell or "").split(";") if ":" in entry)
    return {key: value for key, value in pairs}


def theme_tallies(coded: pd.DataFrame) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """Comments per (theme, its sentiment) and per (theme, its stance).

    A theme's sentiment and stance are its own (theme_sentiments, theme_stances); a frame coded
    without them gives the comment's sentiment and the stance "mention".

    >>> coded = pd.DataFrame({"themes": ["maths;mentor"], "sentiment": ["mixed"],
    ...                       "theme_stances": ["maths:not_a_barrier;mentor:positive"]})
    >>> sentiments, stances = theme_tallies(coded)
    >>> dict(sentiments), dict(stances)  # doctest: +NORMALIZE_WHITESPACE
    ({('maths', 'mixed'): 1, ('mentor', 'mixed'): 1},
     {('maths', 'not_a_barrier'): 1, ('mentor', 'positive'): 1})
    """
    blank = pd.Series("", index=coded.index, dtype=object)
    columns = [
        (coded[name] if name in coded.columns else blank).fillna("").astype(str).tolist()
        for name in ("themes", "theme_sentiments", "theme_stances", "sentiment")
    ]
    # Feedback repeats itself: each distinct coding is read once and counted as often as it occurs.
    codings = Counter(zip(*columns, strict=True))
    sentiments: Counter[tuple[str, str]] = Counter()
    stances: Counter[tuple[str, str]] = Counter()
    for (themes, own_sentiments, own_stances, whole), occurrences in codings.items():
        if not themes:
            continue
        by_sentiment, by_stance = keyed(own_sentiments), keyed(own_stances)
        for key in dict.fromkeys(k for k in themes.split(";") if k):
            sentiments[key, by_sentiment.get(key, whole)] += occurrences
            stances[key, by_stance.get(key, "mention")] += occurrences
    return sentiments, stances


def theme_summary(coded: pd.DataFrame, codebooks: Sequence[Codebook]) -> pd.DataFrame:
    """Per theme: comments, counts by the theme's own sentiment, net sentiment ((positive - negative) /
    comments) and counts by stance (STANCE_COUNTS: barrier, not_a_barrier, positive, mention)."""
    sentiments, stances = theme_tallies(coded)
    rows = []
    for book in codebooks:
        for theme in book.themes:
            by_label = {label: sentiments[theme.key, label] for label in LABELS}
            total = sum(count for (key, _), count in sentiments.items() if key == theme.key)
            rows.append(
                {
                    "codebook": book.name,
                    "theme": theme.key,
                    "label": theme.label,
                    "comments": total,
                    **by_label,
                    # No comments means no score, not zero (as with FFT percentages).
                    "net_sentiment": (by_label["positive"] - by_label["negative"]) / total
                    if total
                    else math.nan,
                    **{f"stance_{stance}": stances[theme.key, stance] for stance in STANCES},
                }
            )
    columns = ["codebook", "theme", "label", "comments", "positive", "negative", "mixed", "neutral"]
    frame = pd.DataFrame(rows, columns=[*columns, "net_sentiment", *STANCE_COUNTS])
    return frame.astype({c: "int64" for c in [*columns[3:], *STANCE_COUNTS]} | {"net_sentiment": "float64"})


# Function words an emerging phrase may not start or end with (lexicons/stop_words.txt).
_STOP_WORDS = stop_words()
# Redaction tokens are not phrases worth suggesting.
_TOKEN_NOISE = frozenset({"name", "email", "phone", "postcode", "nhs", "number"})


def _text_mark(number: int) -> int:
    """A well-mixed 64-bit mark for the n-th distinct text (SplitMix64), for set fingerprints by XOR."""
    z = (number + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return z ^ (z >> 31)


def _phrase_rank(phrase: str) -> tuple[int, int, str]:
    """Which phrase speaks for a group found in the same comments: longest, fewest stop words, first."""
    words = phrase.split()
    return (-len(words), sum(w in _STOP_WORDS for w in words), phrase)


def emerging_phrases(coded: pd.DataFrame, top: int = 20) -> pd.DataFrame:
    """Frequent 2-3 word phrases among comments no theme matched, to suggest codebook additions.

    Phrases found in exactly the same comments are one suggestion, shown by the longest of them:
    "long wait" and "wait for results" from one repeated comment would otherwise fill the list with
    fragments of it.
    """
    unmatched = coded[(coded["themes"].fillna("") == "") & ~coded["risk_flag"].astype(bool)]
    counts: Counter[str] = Counter()
    # XOR of the marks of the distinct texts a phrase is in: equal for phrases in the same comments.
    prints: dict[str, int] = {}
    # Each distinct text is split once; a text that occurs k times adds k comments to its phrases.
    texts = Counter(unmatched["redacted_text"].fillna("").astype(str))
    for number, (text, occurrences) in enumerate(texts.items()):
        words = [w for w in tokenize(re.sub(r"\[[^\]]*\]", " ", text)) if w not in _TOKEN_NOISE]
        seen: set[str] = set()
        for size in (2, 3):
            for i in range(len(words) - size + 1):
                gram = words[i : i + size]
                # Stop words may sit inside a phrase ("waiting for results") but not at its edges.
                if gram[0] in _STOP_WORDS or gram[-1] in _STOP_WORDS or any(w.isdigit() for w in gram):
                    continue
                seen.add(" ".join(gram))
        mark = _text_mark(number)
        for phrase in seen:
            counts[phrase] += occurrences
            prints[phrase] = prints.get(phrase, 0) ^ mark
    # A phrase seen once is an anecdote, not an emerging theme.
    frequent = [(p, c) for p, c in counts.items() if c >= 2]
    frequent.sort(key=lambda pc: _phrase_rank(pc[0]))
    kept: dict[tuple[int, int], tuple[str, int]] = {}
    for phrase, count in frequent:
        kept.setdefault((count, prints[phrase]), (phrase, count))
    ranked = sorted(kept.values(), key=lambda pc: (-pc[1], pc[0]))
    return pd.DataFrame(ranked[:top], columns=["phrase", "comments"]).astype({"comments": "int64"})


# Quotes of this many words read well in a report: long enough to say something, short enough to read.
_QUOTE_WORDS = (12, 45)


def select_quotes(coded: pd.DataFrame, per_theme: int = 3) -> pd.DataFrame:
    """Representative redacted quotes per theme (never risk-flagged ones), medium-length preferred."""
    sets = _theme_sets(coded)
    safe = (~coded["risk_flag"].astype(bool)).tolist()
    quotes = coded["redacted_text"].fillna("").astype(str).tolist()
    sentiments = coded["sentiment"].astype(str).tolist()
    lengths = [len(quote.split()) for quote in quotes]
    by_theme: dict[str, list[int]] = {}
    for pos, keys in enumerate(sets):
        if not safe[pos] or not quotes[pos].strip():
            continue
        for key in keys:
            by_theme.setdefault(key, []).append(pos)
    rows: list[dict[str, str]] = []
    # Themes with most comments first, so a report reading the top of the table sees the main themes.
    for key in sorted(by_theme, key=lambda k: (-len(by_theme[k]), k)):
        candidates = by_theme[key]

        def rank(pos: int) -> tuple[bool, int, int, int]:
            """Quotes of a readable length first; among them, those about this theme alone."""
            distance = max(_QUOTE_WORDS[0] - lengths[pos], lengths[pos] - _QUOTE_WORDS[1], 0)
            # A comment carrying several themes illustrates each of them less well.
            return (distance > 0, len(sets[pos]), distance, pos)

        ordered = sorted(candidates, key=rank)
        # Take quotes round-robin across sentiments, commonest first, so the quotes show the mix of views.
        mix = Counter(sentiments[p] for p in candidates)
        queues = {s: [p for p in ordered if sentiments[p] == s] for s, _ in mix.most_common()}
        chosen: list[int] = []
        seen_text: set[str] = set()
        while len(chosen) < per_theme and any(queues.values()):
            for sentiment in list(queues):
                queue = queues[sentiment]
                while queue:
                    pos = queue.pop(0)
                    text = quotes[pos].strip()
                    if text.lower() in seen_text:
                        continue
                    seen_text.add(text.lower())
                    chosen.append(pos)
                    break
                if len(chosen) >= per_theme:
                    break
        rows.extend({"theme": key, "quote": quotes[p].strip(), "sentiment": sentiments[p]} for p in chosen)
    return pd.DataFrame(rows, columns=["theme", "quote", "sentiment"])
