"""The password policy: long, hard to guess, and not built from the member's name, e-mail or the programme.

docs/quality.md rules 5 and 32. zxcvbn alone let "JaneSmith2026!" through (it scores 3): it discounts a
name only where the name is a whole token, and a year and a "!" are enough to lift the score. So before
scoring, every word the member or the programme gives away is cut out of the password, whether written
in capitals, run together with other words or with letters swapped for look-alike digits and symbols
("j4ne", "pr4ctiti0ner"); what is left has to be a strong password on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from flask import current_app, has_app_context
from zxcvbn import zxcvbn

MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_LENGTH = 256
# Every guess worth trying against this programme's team, beside the configured names.
PROGRAMME_WORDS = (
    "nhs",
    "assistant",
    "practitioner",
    "practitioners",
    "apprentice",
    "apprenticeship",
    "mental",
    "health",
    "feedback",
    "programme",
    "program",
    "north",
    "england",
    "survey",
)
# Small words of names and addresses that are too common to refuse inside other words.
IGNORED_WORDS = frozenset({"and", "the", "for", "www", "com", "org", "net", "gov", "mail", "email"})
MIN_WORD_LENGTH = 3
# Letters and what people write for them; "1" and "|" may stand for "i" or "l".
LOOK_ALIKES = {
    "a": "a4@",
    "b": "b8",
    "e": "e3",
    "g": "g9",
    "i": "i1!|",
    "l": "l1|",
    "o": "o0",
    "s": "s5$",
    "t": "t7+",
    "z": "z2",
}
# A zxcvbn score of 3 is "safely unguessable" against an online attack that is throttled.
MIN_SCORE = 3

BUILT_FROM_MESSAGE = (
    "Your password is built from {what}. Those are the first guesses anyone would try, even with "
    "numbers, a year or symbols added. Use three or more random words that have nothing to do with "
    "you or your work"
)
GUESSABLE_MESSAGE = "Password is too common or easy to guess. Use three or more random words"


def _words(*texts: str) -> set[str]:
    """The words of some names or addresses, lower case, long enough to matter."""
    found: set[str] = set()
    for text in texts:
        for word in re.split(r"[^a-z]+", text.lower()):
            if len(word) >= MIN_WORD_LENGTH and word not in IGNORED_WORDS:
                found.add(word)
    return found


def _pattern(word: str) -> str:
    """A regular expression for a word written with look-alike digits and symbols."""
    parts = []
    for letter in word:
        choices = LOOK_ALIKES.get(letter, letter)
        parts.append(f"[{re.escape(choices)}]" if len(choices) > 1 else re.escape(letter))
    return "".join(parts)


def programme_words() -> set[str]:
    """The programme's own words: the fixed list and the configured programme and organisation names."""
    names: list[str] = []
    if has_app_context():
        names = [str(current_app.config.get(key, "")) for key in ("PROGRAMME_NAME", "ORGANISATION_NAME")]
    return _words(*PROGRAMME_WORDS, *names)


def _cut(password: str, words: Iterable[str]) -> tuple[str, list[str]]:
    """The password with every given word cut out (longest first), and the words that were found."""
    found = []
    rest = password
    for word in sorted(words, key=len, reverse=True):
        pattern = re.compile(_pattern(word), re.IGNORECASE)
        if pattern.search(rest):
            found.append(word)
            rest = pattern.sub(" ", rest)
    return rest, found


def _what(found: list[str], personal: set[str]) -> str:
    """How the message names what the password is built from."""
    mine = [word for word in found if word in personal]
    theirs = [word for word in found if word not in personal]
    parts = []
    if mine:
        parts.append("your name or email address")
    if theirs:
        parts.append("words about the programme (" + ", ".join(f"“{word}”" for word in theirs) + ")")
    return " and ".join(parts)


def password_problem(password: str, email: str = "", name: str = "") -> str | None:
    """Why a password is not acceptable, or None: too short or long, guessable, or built from known words.

    >>> password_problem("JaneSmith2026!", "jane.smith@example.nhs.uk", "Jane Smith") is not None
    True
    >>> password_problem("copper kettle marmalade 42", "jane.smith@example.nhs.uk", "Jane Smith") is None
    True
    """
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"Password must be at least {MIN_PASSWORD_LENGTH} characters"
    if len(password) > MAX_PASSWORD_LENGTH:
        return f"Password must be {MAX_PASSWORD_LENGTH} characters or fewer"
    programme = programme_words()
    personal = _words(name, email) - programme
    known = personal | programme
    rest, found = _cut(password[:100], known)
    if found and _guessable(rest, known):
        return BUILT_FROM_MESSAGE.format(what=_what(found, personal))
    if _guessable(password, known):
        return GUESSABLE_MESSAGE
    return None


def _guessable(password: str, known: Iterable[str]) -> bool:
    """True when zxcvbn scores a password (or what is left of one) below safe, or it is too short."""
    letters = re.sub(r"\s+", " ", password).strip()
    if len(letters) < MIN_PASSWORD_LENGTH:
        return True
    # zxcvbn scores guessability against lists of common passwords, names and words.
    return int(zxcvbn(letters[:100], user_inputs=sorted(known))["score"]) < MIN_SCORE
