"""Synthetic tidy exports for the analysis benchmark: the shipped questionnaires, varied free text.

Answers come from the demo generator (`feedback_app.demo.seed.demo_answers`); each free-text answer is
recombined from the sentences of the demo texts written for that question, with varied openers, so
that almost every comment is distinct (a benchmark of repeated strings would flatter any cache).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import re
from pathlib import Path

from feedback_app.demo.content import FREE_TEXT, SHORT_TEXT_FALLBACK
from feedback_app.demo.seed import DEMO_LINKS, demo_answers
from questionnaire_format.files import load_definition_folder
from questionnaire_format.model import Definition, Question

ROOT = Path(__file__).resolve().parent.parent
BASE_COLUMNS = ["questionnaire", "version", "reference", "submitted_on", "link_code"]
TAG_COLUMNS = ["event", "event_date", "region", "cohort", "setting"]
# Shares of the responses each questionnaire gets: patients answer most, events fewest.
SHARES = {"patient-experience": 0.45, "apprentice-survey": 0.3, "stakeholder-event": 0.25}
OPENERS = (
    *("",) * 6,
    "Honestly, ",
    "To be fair, ",
    "Overall ",
    "I think ",
    "As a whole, ",
    "Mostly, ",
    "In short, ",
    "For me, ",
    "Looking back, ",
    "If I'm honest, ",
    "Generally ",
    "On the whole, ",
)
CLOSERS = (
    *("",) * 8,
    " Thanks.",
    " Thank you.",
    " That's all.",
    " Nothing else to add.",
    " Keep it up.",
    " Hope this helps.",
    " Just my view.",
    " Cheers.",
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _sentences(texts: tuple[str, ...]) -> list[str]:
    return [s for text in texts for s in SENTENCE_END.split(text) if s.strip()]


def _varied_text(rng: random.Random, sentences: list[str]) -> str:
    picked = rng.sample(sentences, k=min(len(sentences), rng.choice((1, 2, 2, 3, 3, 4))))
    text = " ".join(picked)
    opener = rng.choice(OPENERS)
    return opener + (text[:1].lower() + text[1:] if opener else text) + rng.choice(CLOSERS)


def _columns(definition: Definition) -> list[str]:
    keys: list[str] = []
    for question in definition.questions():
        keys.extend(k for k in question.answer_keys() if k not in keys)
    return [*BASE_COLUMNS, *TAG_COLUMNS, *keys]


def _text_pools(definition: Definition) -> dict[str, list[str]]:
    pools: dict[str, list[str]] = {}
    for question in definition.questions():
        if question.type in ("short_text", "long_text"):
            texts = FREE_TEXT.get(definition.slug, {}).get(question.key) or SHORT_TEXT_FALLBACK
            pools[question.key] = _sentences(texts)
    return pools


def _row(
    rng: random.Random, definition: Definition, number: int, pools: dict[str, list[str]]
) -> dict[str, str]:
    answers = demo_answers(rng, definition.slug, definition)
    links = DEMO_LINKS.get(definition.slug, [])
    tags: dict[str, str] = {}
    link_code = ""
    if links and rng.random() < 0.7:
        index = rng.randrange(len(links))
        link_code = f"LINK{index}"
        tags = links[index][1]
    row = {
        "questionnaire": definition.slug,
        "version": "1",
        "reference": f"B{number:08d}",
        "submitted_on": (dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(600))).isoformat(),
        "link_code": link_code,
        **{tag: tags.get(tag, "") for tag in TAG_COLUMNS},
    }
    for key, value in answers.items():
        if key in pools:
            row[key] = _varied_text(rng, pools[key])
        else:
            row[key] = ";".join(value) if isinstance(value, list) else str(value)
    return row


def write_synthetic_exports(responses: int, out_dir: Path, seed: int = 2026) -> dict[str, Path]:
    """Write one tidy CSV export per shipped questionnaire, `responses` rows in all; return the paths."""
    definitions, errors = load_definition_folder(ROOT / "questionnaires")
    if errors:
        raise SystemExit(f"the shipped questionnaires do not load: {errors[0]}")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    number = 0
    for definition in definitions:
        rng = random.Random(f"{seed}:{definition.slug}")
        pools = _text_pools(definition)
        count = round(responses * SHARES.get(definition.slug, 0.0))
        path = out_dir / f"{definition.slug}.csv"
        with path.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=_columns(definition), extrasaction="ignore")
            writer.writeheader()
            for _ in range(count):
                number += 1
                writer.writerow(_row(rng, definition, number, pools))
        paths[definition.slug] = path
    return paths


def free_text_questions(definitions: list[Definition]) -> list[Question]:
    """The questions whose answers are comments to code."""
    return [q for d in definitions for q in d.questions() if q.type == "long_text" and q.prompt]
