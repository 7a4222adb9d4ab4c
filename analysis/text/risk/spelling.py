"""Normalised text: lower case, straight quotes, contractions and text-speak spelled out."""

from __future__ import annotations

import re

# Common misspellings of the words the cues are written with, spelled right so each cue is written
# once: a typed comment in a hurry is still a disclosure.
_TYPOS: dict[str, str] = {
    "suicidal": "sucidal suicidle suicdal sucidial suicidial suisidal suicidel suacidal suacidle",
    "suicide": "sucide suicde suiside sucicide suacide suicid",
    "overdose": "overdoze overdos overdosee",
    "overdosed": "overdozed odd'd od'd",
    "controlling": "controling contolling controllin",
    "bullied": "bullyed bulied bullyied bullid",
    "bullying": "bullyng bulying bullyin bullieing",
    "bully": "bullie",
    "harassed": "harrassed harased harrased harrased",
    "harassment": "harrassment harasment harrasment",
    "abusive": "abussive abusiv abuseive",
    "medication": "medicaton medicaiton medcation medicaion",
    "restrained": "restrainted",
    "ligature": "ligiture ligatue",
    "kill myself": "unalive+myself",
    "killing myself": "unaliving+myself",
    "self harming": "selfharming",
}


# Short and run-together forms that no rule below builds.
_SHORT_FORMS: dict[str, str] = {
    "cant": "can not",
    "can't": "can not",
    "cannot": "can not",
    "wont": "will not",
    "won't": "will not",
    "aint": "is not",
    "ain't": "is not",
    "im": "i am",
    "i'm": "i am",
    "ive": "i have",
    "i've": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "wanna": "want to",
    "gonna": "going to",
    "gotta": "got to",
    "u": "you",
    "ur": "your",
    "r": "are",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "any more": "anymore",
    "my self": "myself",
    "meself": "myself",
    "no one": "nobody",
    "noone": "nobody",
    "no-one": "nobody",
    "no body": "nobody",
    "some one": "someone",
    "pt": "patient",
    "pts": "patient",
    "nobody's": "nobody is",
    "nobodys": "nobody is",
    "noones": "nobody is",
    "no ones": "nobody is",
    "no one's": "nobody is",
    "youre": "you are",
    "theyre": "they are",
    "theyd": "they would",
    "youd": "you would",
    # Without the apostrophe, "theyll", "youll" and "hed" are no other word ("shed" and "well" are).
    "theyll": "they will",
    "youll": "you will",
    "hed": "he would",
    # Northern forms: "divvent think al be around lang enough" (Geordie).
    "divvent": "do not",
    "dinnae": "do not",
    "lang": "long",
}


# Contractions and text-speak are spelled out before matching, so each cue is written once:
# "dont", "don't" and "do not" all become "do not". One pass over the text with a table of words.
def _spellings() -> dict[str, str]:
    """Each short or run-together form and what it is spelled out as."""
    table = dict(_SHORT_FORMS)
    for aux in ("do", "does", "did", "is", "was", "are", "were", "have", "has", "had", "could", "would"):
        table[f"{aux}n't"] = table[f"{aux}nt"] = f"{aux} not"
    for aux in ("should", "must", "need"):
        table[f"{aux}n't"] = table[f"{aux}nt"] = f"{aux} not"
    for who in ("he", "she", "that", "there", "what", "who", "where"):
        table[f"{who}'s"] = table[f"{who}s"] = f"{who} is"
    table["it's"] = "it is"
    for who in ("you", "we", "they"):
        table[f"{who}'re"] = f"{who} are"
        table[f"{who}'ve"] = f"{who} have"
    for who in ("he", "she", "we", "they", "you"):
        table[f"{who}'d"] = f"{who} would"
        table[f"{who}'ll"] = f"{who} will"
    # "hes" and "shes" are the only readings; "wheres", "whos" and "thats" likewise.
    for right, wrongs in _TYPOS.items():
        for wrong in wrongs.split():
            table[wrong.replace("+", " ")] = right
    return table


_SPELLINGS = _spellings()
_SPELLING_RE = re.compile(
    r"(?<![\w'])(?:"
    + ""
    r"|".join(re.escape(k) for k in sorted(_SPELLINGS, key=len, reverse=True))
    + r")(?![\w'])"
)
# "its" is "it is" only before the words that follow "it is", never before a noun ("its side effects").
_ITS_RE = re.compile(
    r"\bits\b(?= (?:just|only|like|been|not|so|a|the|me|all|getting|got|always|never|every|hard))"
)
# "ill" and "id" are "i will" and "i would" only before a verb ("ill throw myself off the roof lol",
# "id rather die"), never as the adjective ("ill health") or a noun ("my id badge").
_ILL_RE = re.compile(
    r"\bill\b(?= (?:be|just|never|probably|prob|throw|jump|kill|end|go|do|have|get|take|try|need|make|"
    r"see|tell|sort|scream|cry|walk|quit|leave|lose|die|give|pass|fail|definitely|def|literally|actually)\b)"
)
# "al be around", "al not be here": "I'll" as said in the North East, only before "be" or "not".
_AL_RE = re.compile(r"\bal\b(?= (?:be|not|never)\b)")
_ID_RE = re.compile(r"\bid\b(?= (?:rather|sooner|be|have|never|just|love|like|kill|die|jump|throw)\b)")
# "took an overdoes", "took an od": the noun after taking one, never the verb ("he overdoes it").
_OVERDOSE_RE = re.compile(r"\b(?:an|took|taken|take|takes|taking|tried|try) (?:overdoes|od|o\.d\.?)(?![\w'])")
_SELF_HARM_RE = re.compile(r"\bself[- ]?harm")
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
# "e.g." and "i.e." end no sentence: their dots would cut a list of examples off from what it lists.
_EXAMPLE_DOTS_RE = re.compile(r"\b(e|i)\.(g|e)\.", re.IGNORECASE)
# "incl. bullying and harassment": an abbreviation's dot ends no sentence.
_ABBREVIATION_DOT_RE = re.compile(r"\b(incl|inc|esp|approx|vs)\.(?= )")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})


def _normalise(text: str) -> str:
    """Lower case, straight apostrophes and quotes, contractions spelled out, single spaces."""
    t = _SPACES_RE.sub(" ", text.lower().translate(_QUOTES))
    if "." in t:
        t = _ABBREVIATION_DOT_RE.sub(r"\1", _EXAMPLE_DOTS_RE.sub(r"\1\2", t))
    t = _SPELLING_RE.sub(lambda m: _SPELLINGS[m.group(0)], t)
    t = _ID_RE.sub("i would", _ILL_RE.sub("i will", _AL_RE.sub("i will", t)))
    t = _OVERDOSE_RE.sub(lambda m: m.group(0).split(" ", 1)[0] + " overdose", t)
    return _SELF_HARM_RE.sub("self harm", _ITS_RE.sub("it is", t))
