"""Small-number suppression for every table that leaves the analysis package.

The rule follows NHS England's practice for Friends and Family Test and other statistical
publications (see the FFT data publication's background notes,
https://www.england.nhs.uk/fft/friends-and-family-test-data/, and the Government Statistical
Service / ONS guidance on disclosure control of tables):

* **primary**: a count of 1 to ``threshold - 1`` (1–4 by default) is shown as ``*``; zero is shown;
* **secondary** (complementary): wherever a row or column has exactly one hidden cell, that cell could be
  recovered by subtracting the others from the total, so the next smallest cell of that row or column is
  hidden too (a non-zero cell when there is one); this repeats until no row or column has a lone hidden
  cell;
* **derived**: a percentage, interval or mean computed from a hidden count is hidden with it, except
  a mean and its interval shown to two decimals that :func:`mean_hides_counts` proves leave every
  hidden count of the distribution undetermined (with eleven 0–10 ratings small cells are the rule,
  and hiding every such mean would hide the figure readers look for first).

Callers say which columns hold counts, which directions sum to a published or derivable total
(``along``), and which columns derive from which counts. The result carries a log of every hidden count
cell and why, for the report's method section and ``suppression_log.csv``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Literal, NamedTuple

import numpy as np
import pandas as pd

from .numbers import Z95

MARKER = "*"
LOG_COLUMNS = ["table", "row", "column", "reason"]
SECONDARY_REASON = "secondary: recoverable by subtraction"


def primary_reason(threshold: int) -> str:
    """The log reason for a primary suppression, e.g. ``"primary: 1-4 responses"``."""
    return f"primary: 1-{threshold - 1} responses"


class Suppression(NamedTuple):
    """A suppressed table (``*`` where hidden), its log, and its count cells' primary and secondary masks."""

    table: pd.DataFrame
    log: pd.DataFrame
    primary: np.ndarray = np.zeros((0, 0), dtype=bool)
    secondary: np.ndarray = np.zeros((0, 0), dtype=bool)


def empty_log() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in LOG_COLUMNS})


def _pick_complement(values: np.ndarray, hidden: np.ndarray, lone_across: np.ndarray) -> int | None:
    """Index of the cell to hide beside a lone hidden cell, or None if nothing is left to hide.

    Preference: a visible cell whose crossing line also has a lone hidden cell (one extra cell then
    protects two lines), then a non-zero cell, then the smallest value.
    """
    visible = ~hidden & ~np.isnan(values)
    if not visible.any():
        return None
    candidates = np.where(visible)[0]
    keys = [(not lone_across[i], not values[i] > 0, values[i], i) for i in candidates]
    return int(min(keys)[3])


def suppression_mask(
    values: np.ndarray,
    threshold: int,
    along: Literal["rows", "columns", "both"] = "both",
    row_lines: Sequence[Sequence[int]] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Primary and secondary masks for a 2-D array of counts (NaN = not a count).

    ``row_lines`` (with ``along="rows"``) splits each row into groups of columns that each add up to a
    total a reader knows, sharing cells: see :func:`_row_lines_mask`.

    >>> primary, secondary = suppression_mask(np.array([[3.0, 10.0, 12.0], [20.0, 30.0, 40.0]]), 5, "rows")
    >>> primary.astype(int).tolist(), secondary.astype(int).tolist()
    ([[1, 0, 0], [0, 0, 0]], [[0, 1, 0], [0, 0, 0]])
    """
    values = np.asarray(values, dtype=float)
    primary = (values >= 1) & (values < threshold) if threshold > 1 else np.zeros(values.shape, bool)
    hidden = primary.copy()
    secondary = np.zeros(values.shape, dtype=bool)
    if row_lines is not None:
        if along != "rows":
            raise ValueError("lines of columns are for tables whose rows add up (along='rows')")
        _row_lines_mask(values, hidden, secondary, row_lines)
        return primary, secondary
    axes = {"rows": (1,), "columns": (0,), "both": (1, 0)}[along]
    changed = True
    while changed:
        changed = False
        for axis in axes:
            lines = hidden.shape[0] if axis == 1 else hidden.shape[1]
            for line in range(lines):
                if axis == 1:
                    line_hidden, line_values = hidden[line, :], values[line, :]
                else:
                    line_hidden, line_values = hidden[:, line], values[:, line]
                if int(line_hidden.sum()) != 1:
                    continue
                # For each cell of this line: does the crossing line hold exactly one hidden cell?
                if along == "both":
                    crossing = hidden.sum(axis=0 if axis == 1 else 1) == 1
                else:
                    crossing = np.zeros(len(line_values), dtype=bool)
                pick = _pick_complement(line_values, line_hidden, crossing)
                if pick is None:
                    continue
                cell = (line, pick) if axis == 1 else (pick, line)
                hidden[cell] = True
                secondary[cell] = True
                changed = True
    return primary, secondary


def _row_lines_mask(
    values: np.ndarray, hidden: np.ndarray, secondary: np.ndarray, lines: Sequence[Sequence[int]]
) -> None:
    """Hide a second cell wherever one group of a row's columns (a line) has one hidden cell.

    A row may hold two breakdowns of one total, for example a theme's comments by sentiment and by
    stance (``[[0, 1, 2], [0, 3, 4]]``, column 0 the comments): each line is its own sum, so one hidden
    cell in either could be worked out by subtraction even when the row as a whole hides two. A cell
    in several lines (the total) is preferred as the second cell when another of its lines also has
    a lone hidden cell, since hiding it protects both. ``hidden`` and ``secondary`` are filled in place.

    >>> values = np.array([[10.0, 3.0, 7.0, 8.0, 2.0]])
    >>> hidden = (values >= 1) & (values < 5)
    >>> secondary = np.zeros(values.shape, dtype=bool)
    >>> _row_lines_mask(values, hidden, secondary, [[0, 1, 2], [0, 3, 4]])
    >>> hidden.astype(int).tolist(), secondary.astype(int).tolist()
    ([[1, 1, 0, 0, 1]], [[1, 0, 0, 0, 0]])
    """
    groups = [np.asarray(line, dtype=int) for line in lines]
    changed = True
    while changed:
        changed = False
        for row in range(values.shape[0]):
            for number, line in enumerate(groups):
                line_hidden = hidden[row, line]
                if int(line_hidden.sum()) != 1:
                    continue
                lone_elsewhere = np.array(
                    [
                        any(
                            cell in other and int(hidden[row, other].sum()) == 1
                            for k, other in enumerate(groups)
                            if k != number
                        )
                        for cell in line
                    ]
                )
                pick = _pick_complement(values[row, line], line_hidden, lone_elsewhere)
                if pick is None:
                    continue
                cell = (row, int(line[pick]))
                hidden[cell] = True
                secondary[cell] = True
                changed = True


def suppress_small_counts(
    table: pd.DataFrame,
    threshold: int = 5,
    *,
    name: str = "table",
    counts: Sequence[str] | None = None,
    derived: Mapping[str, str | Sequence[str]] | None = None,
    along: Literal["rows", "columns", "both"] = "both",
    marker: str = MARKER,
    lines: Sequence[Sequence[str]] | None = None,
) -> Suppression:
    """Hide small counts (primary), the cells that would reveal them (secondary) and what derives from them.

    ``counts`` names the count columns (default: every integer column). ``derived`` maps a column to the
    count column(s) it is computed from (default: ``percent`` from ``count`` and ``pct_X`` from ``X`` when
    those exist). ``along`` says whether rows, columns or both add up to a total a reader could know;
    ``lines`` (rows only) names the groups of count columns that each add up within a row, when a row
    holds more than one breakdown of a total.

    >>> table = pd.DataFrame({"count": [3, 12, 0, 20], "percent": [8.6, 34.3, 0.0, 57.1]},
    ...                      index=["a", "b", "c", "d"])
    >>> result = suppress_small_counts(table, name="demo")
    >>> result.table
      count percent
    a     *       *
    b     *       *
    c     0     0.0
    d    20    57.1
    >>> result.log
      table row column                                 reason
    0  demo   a  count                 primary: 1-4 responses
    1  demo   b  count  secondary: recoverable by subtraction
    """
    if threshold < 1:
        raise ValueError("threshold must be 1 or more")
    if counts is None:
        counts = [c for c in table.columns if pd.api.types.is_integer_dtype(table[c])]
    counts = list(counts)
    if derived is None:
        derived = _default_derived(table, counts)
    values = table[counts].apply(pd.to_numeric, errors="coerce").to_numpy(dtype=float) if counts else None
    out = table.astype(object).copy()
    if values is None or values.size == 0:
        return Suppression(out, empty_log())
    positions = None if lines is None else [[counts.index(c) for c in line] for line in lines]
    primary, secondary = suppression_mask(values, threshold, along, positions)
    hidden = primary | secondary
    hidden_frame = pd.DataFrame(hidden, index=table.index, columns=counts)
    for column in counts:
        out[column] = out[column].mask(hidden_frame[column].to_numpy(), marker)
    for column, sources in derived.items():
        if column not in out.columns:
            continue
        source_list = [sources] if isinstance(sources, str) else list(sources)
        mask = hidden_frame[[s for s in source_list if s in counts]].any(axis=1).to_numpy()
        out[column] = out[column].mask(mask, marker)
    log = _hidden_log(name, table.index, counts, primary, secondary, threshold)
    return Suppression(out, log, primary, secondary)


def _default_derived(table: pd.DataFrame, counts: Sequence[str]) -> dict[str, str | Sequence[str]]:
    """Columns derived from counts by name: ``percent`` from ``count``, ``pct_X`` from ``X``."""
    derived: dict[str, str | Sequence[str]] = {}
    if "percent" in table.columns and "count" in counts:
        derived["percent"] = "count"
    for column in table.columns:
        if isinstance(column, str) and column.startswith("pct_") and column[4:] in counts:
            derived[column] = column[4:]
    return derived


def _hidden_log(
    name: str,
    index: pd.Index,
    counts: Sequence[str],
    primary: np.ndarray,
    secondary: np.ndarray,
    threshold: int,
) -> pd.DataFrame:
    """One log row per hidden count cell: table, row, column and why it is hidden."""
    rows_idx, cols_idx = np.nonzero(primary | secondary)
    log = pd.DataFrame(
        {
            "table": [name] * len(rows_idx),
            "row": [str(index[int(r)]) for r in rows_idx],
            "column": [str(counts[int(c)]) for c in cols_idx],
            "reason": [
                primary_reason(threshold) if primary[r, c] else SECONDARY_REASON
                for r, c in zip(rows_idx, cols_idx, strict=True)
            ],
        },
        columns=LOG_COLUMNS,
    )
    return log.astype(object) if len(log) else empty_log()


def combine_logs(logs: Sequence[pd.DataFrame]) -> pd.DataFrame:
    """One log from many, in order."""
    parts = [log for log in logs if len(log)]
    return pd.concat(parts, ignore_index=True) if parts else empty_log()


# Past this many partial distributions the search gives up and the mean stays hidden.
SEARCH_LIMIT = 200_000


def half_unit(decimals: int) -> float:
    """How far a figure shown to ``decimals`` places may be from the true one: half its last place."""
    return 0.5 * 10.0**-decimals


def _mean_and_interval(scores: Sequence[float], counts: Sequence[int]) -> tuple[float, float, float]:
    """Mean and normal 95% interval of a distribution given as counts per score (NaN ends if n < 2)."""
    n = sum(counts)
    mean = sum(s * c for s, c in zip(scores, counts, strict=True)) / n
    if n < 2:
        return mean, math.nan, math.nan
    variance = sum(c * (s - mean) ** 2 for s, c in zip(scores, counts, strict=True)) / (n - 1)
    half = Z95 * math.sqrt(variance) / math.sqrt(n)
    return mean, mean - half, mean + half


def mean_hides_counts(
    scores: Sequence[float],
    counts: Sequence[int],
    primary: Sequence[bool],
    secondary: Sequence[bool],
    threshold: int,
    decimals: int = 2,
    interval: bool = True,
    mean_range: tuple[float, float] | None = None,
    limit: int = SEARCH_LIMIT,
) -> bool:
    """Whether the mean and its 95% interval, shown to ``decimals`` places, keep every hidden count unknown.

    A reader knows the visible counts, the total, which cells are hidden and why (the suppression log),
    and so that a primary cell holds 1 to ``threshold - 1`` and a secondary one 0 or at least
    ``threshold``. Every way of filling the hidden cells that reproduces the shown mean and interval is
    enumerated; the figures are safe only if each hidden cell could still hold two or more values.
    ``mean_range`` replaces what the shown mean says with narrower bounds a reader could work out
    from other tables (means by group). A search longer than ``limit`` proves nothing, so the answer
    is then False.

    >>> # Two hidden cells at the ends of the scale: the mean tells them apart.
    >>> mean_hides_counts([0, 5, 10], [1, 40, 2], [True, False, True], [False] * 3, 5)
    False
    >>> # Four hidden cells of 1 to 4: the mean and the spread pin them down; the mean alone does not.
    >>> hidden = [True, True, False, True, True, False]
    >>> args = ([0, 1, 2, 3, 4, 5], [2, 3, 30, 3, 2, 30], hidden, [False] * 6, 5)
    >>> mean_hides_counts(*args), mean_hides_counts(*args, interval=False)
    (False, True)
    """
    hidden = [i for i, (p, q) in enumerate(zip(primary, secondary, strict=True)) if p or q]
    if not hidden:
        return True
    n = sum(counts)
    if n < 2:
        return False
    # Without the interval only the mean is shown, one equation fewer for a reader to solve.
    shown = _mean_and_interval(scores, counts)[: 3 if interval else 1]
    # A shown figure only says the true one rounds to it: half a unit of the last place either way.
    tolerance = half_unit(decimals) + 1e-9
    remaining = sum(counts[i] for i in hidden)
    choices: list[range] = []
    for i in hidden:
        if primary[i]:
            choices.append(range(1, threshold))
        elif counts[i] == 0:
            # Zero is hidden only when nothing else could be: a reader may take it as known.
            choices.append(range(0, 1))
        else:
            choices.append(range(threshold, remaining + 1))
    # The widest range goes last, where the total fixes its value.
    order = sorted(range(len(hidden)), key=lambda k: len(choices[k]))
    possible: list[set[int]] = [set() for _ in hidden]
    candidate = list(counts)
    steps = 0
    # The total is known, so the shown mean (and mean_range) pins the hidden cells' sum of score times
    # count to a window; a partial filling whose remaining cells cannot bring it into the window holds
    # no consistent filling and is left untried. The same fillings are found, in the same order.
    low, high = shown[0] - tolerance, shown[0] + tolerance
    if mean_range is not None:
        low, high = max(low, mean_range[0] - 1e-9), min(high, mean_range[1] + 1e-9)
    visible = sum(s * c for i, (s, c) in enumerate(zip(scores, counts, strict=True)) if i not in hidden)
    window = (low * n - visible - 1e-6, high * n - visible + 1e-6)
    rests = [
        sorted((scores[hidden[k]], choices[k].start, choices[k].stop - 1) for k in order[position:])
        for position in range(len(order))
    ]

    def consistent() -> bool:
        figures = _mean_and_interval(scores, candidate)[: len(shown)]
        if mean_range is not None and not mean_range[0] - 1e-9 <= figures[0] <= mean_range[1] + 1e-9:
            return False
        return all(
            (math.isnan(a) and math.isnan(b)) or abs(a - b) <= tolerance
            for a, b in zip(figures, shown, strict=True)
        )

    def fill(position: int, left: int, weighted: float) -> bool:
        """Try every value of the hidden cell at ``position`` in ``order``; True once all are ambiguous."""
        nonlocal steps
        steps += 1
        if steps > limit:
            raise OverflowError
        reach = _weighted_reach(rests[position], left)
        if reach is None or weighted + reach[0] > window[1] or weighted + reach[1] < window[0]:
            return False
        k = order[position]
        if position == len(order) - 1:
            if left not in choices[k]:
                return False
            candidate[hidden[k]] = left
            if consistent():
                for j, cell in enumerate(hidden):
                    possible[j].add(candidate[cell])
            return all(len(values) > 1 for values in possible)
        for value in choices[k]:
            if value > left:
                break
            candidate[hidden[k]] = value
            if fill(position + 1, left - value, weighted + scores[hidden[k]] * value):
                return True
        return False

    try:
        return fill(0, remaining, 0.0)
    except OverflowError:
        return False


def _weighted_reach(cells: list[tuple[float, int, int]], left: int) -> tuple[float, float] | None:
    """The least and most sum of score times count that cells (score, fewest, most; by score) can hold
    when their counts add up to ``left``; None when they cannot add up to it."""
    fewest = sum(lo for _, lo, _ in cells)
    if fewest > left or sum(hi for _, _, hi in cells) < left or any(hi < lo for _, lo, hi in cells):
        return None
    base = sum(score * lo for score, lo, _ in cells)
    least = most = base
    spare = left - fewest
    for score, lo, hi in cells:  # the spare counts on the lowest scores first
        take = min(spare, hi - lo)
        least += score * take
        spare -= take
    spare = left - fewest
    for score, lo, hi in reversed(cells):  # and on the highest
        take = min(spare, hi - lo)
        most += score * take
        spare -= take
    return least, most
