"""Street addresses by their shape: house numbers and streets, flats, units and named buildings."""

from __future__ import annotations

import re

__all__ = [
    "ADDRESS_CUE_RE",
    "ADDRESS_GATES",
    "ADDRESS_RE",
    "BUILDING_GATES",
    "BUILDING_STREET_RE",
    "CARE_HOME_RE",
    "LANDMARK_GATES",
    "LANDMARK_HOME_RE",
]

_STREET_SUFFIX = (
    r"Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Court|Ct|Drive|Dr|Way|Place|Pl|Crescent|Cres|Grove|"
    r"Gardens|Gdns|Terrace|Terr|Walk|Row|Mews|View|Hill|Green|Square|Sq|Park|Rise|Vale|Croft|Fold|"
    r"Gate|Parade|Brow|Bank|Wynd|Garth|Yard|Chase|Meadow|Meadows|Fields|Heights|Grange|Lea|Mount|"
    r"Boulevard|Wharf|Quay|Mead|Nook|Side|End|Cottages|Estate|Approach|Circle|Copse|Dene|Dale"
)
_BUILDING_SUFFIX = (
    r"House|Court|Lodge|Mansions|Tower|Towers|Buildings|Heights|Apartments|Chambers|Mill|Works|Hall|"
    r"Point|Wharf|Cottages?|Farm|Place|Block|Villas?|Hostel|Vicarage|Rectory|Manse|Forge|Granary|Stables"
)
_CAP_WORD = r"[A-Z][\w'’-]*"
# "Unit 3, Fettlers Lane Trading Estate", "Pitch 6, Lowfield Lane Traveller Site": the site the street is in.
_ESTATE = (
    r"(?:\s+(?:Trading|Industrial|Business|Retail|Travellers?|Traveller's|Caravan|Mobile\s+Home|Residential)"
    r"\s+(?:Estate|Park|Centre|Site))?"
)
# An address typed in capitals ("8 BRIARWOOD TERRACE") has its street word in capitals too.
_STREET = rf"(?:{_CAP_WORD}\s+){{1,3}}(?:{_STREET_SUFFIX}|{_STREET_SUFFIX.upper()})\b\.?{_ESTATE}"
_HOUSE_NUMBER = r"\d{1,4}[A-Za-z]?\b"
# A street of one to three capitalised words, whatever its last word ("Mill Hey"); "I" ends it.
_NAMED_STREET = r"(?!I\b)[A-Z][\w'’-]*(?:[ \t]+(?!I\b)[A-Z][\w'’-]*){0,2}"
# The shape of a postcode (identifiers.py checks the letters): "S6 3LW", "LS28 5HX".
_POSTCODE_SHAPE = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"
# "108 Mallowfield Street", "Flat 22b Dabchick Court", "Flat 4, Rowan House, Quillan Street",
# "Unit 3, Fettlers Lane Trading Estate", "Rowan House, Quillan Street"; in lower case only with a
# common street word ("12 church street") or after "I live at" and the like.
ADDRESS_RE = re.compile(
    # "flat 2, 41 Mill Hey": a flat's number, then a house number and capitalised words, is an address
    # whatever the street is called (a "Hey", a "Ginnel"); the flat number alone would leave the street.
    # A unit or suite too: "Suite 4, 18 Mill Hey", "Unit 2, 41 Beacon Park Road".
    # A flat's letter for its number: "Flat A, 112 Tanhouse Street".
    # A tenement flat's floor and side: "Flat 1/R, 22 Gallowgate Terrace".
    rf"\b(?i:flat|apartment|apt|unit|suite)\.?\s*(?:\d{{1,2}}/(?:[LRlr]|\d{{1,2}})\b|{_HOUSE_NUMBER}|[A-Z]\b),?\s+"
    rf"{_HOUSE_NUMBER},?\s+{_NAMED_STREET}"
    # "3/2 14 Brackenhill Street": a Scottish tenement flat, floor and door, before the house number.
    rf"|\b\d{{1,2}}/\d{{1,2}},?\s+{_HOUSE_NUMBER},?\s+{_STREET}"
    # "41 Mill Hey, S6 3LW": a house number and capitalised words before a postcode, the town between or
    # not ("2 Ropewalk Buildings, Barnsley S70 2HQ"; the town stays).
    rf"|\b{_HOUSE_NUMBER},?\s+{_NAMED_STREET}(?=,?\s+(?:{_CAP_WORD},?\s+)?{_POSTCODE_SHAPE})"
    # "Kestrel Court flat 22": a named building, then the flat in it.
    rf"|\b(?:{_CAP_WORD}\s+){{1,3}}(?:{_BUILDING_SUFFIX})\s+(?i:flat|apartment|apt)\.?\s*{_HOUSE_NUMBER}"
    rf"|\b(?i:flat|apartment|apt)\.?\s*{_HOUSE_NUMBER}"
    # A street word may end in a second ("Mossley brow road"), as "Brow Road" does.
    rf"(?:,?\s+(?:[A-Za-z'’-]+\s+){{1,3}}(?i:{_BUILDING_SUFFIX}|{_STREET_SUFFIX})\b"
    rf"(?:[ \t]+(?i:{_STREET_SUFFIX})\b)?"
    # "Apt 12, The Maltings, Cooper Gate", "Apartment 21, The Old Tannery": a building named "The ..."
    # after the flat, with or without its street.
    rf"|,\s+The\s+{_CAP_WORD}(?:[ \t]+(?!I\b){_CAP_WORD}){{0,2}}\b"
    r"(?![ \t]+(?:were|was|is|are|have|has|had)\b))?"
    rf"(?:,?\s+(?:{_HOUSE_NUMBER},?\s+)?{_STREET})?"
    # "Unit 3, Fettlers Lane", "i work out of unit 6, Brunswick Mill": the unit in any case, with a
    # street or a named building after it.
    # "Unit 3, Calder Vale Works": a works whose name ends in a street word.
    rf"|\b(?i:unit|suite)\s+{_HOUSE_NUMBER},?\s+{_STREET}(?:[ \t]+(?:{_BUILDING_SUFFIX})\b)?"
    rf"(?:,\s+{_STREET})?"
    rf"|\b(?i:unit|suite)\s+{_HOUSE_NUMBER},?\s+(?:{_CAP_WORD}\s+){{1,3}}(?:{_BUILDING_SUFFIX})\b"
    # "living in Room 12, Harbour View Hotel": a room in a hotel or hostel someone is housed in.
    rf"|\b(?i:room|rm)\s+{_HOUSE_NUMBER},?\s+(?:{_CAP_WORD}\s+){{1,3}}(?:Hotel|Hostel|Inn)\b"
    # "lived in Room 9, Malthouse Court hostel": a room in a named building told as a hostel or before
    # its postcode.
    rf"|\b(?i:room|rm|flat|unit)\s+{_HOUSE_NUMBER},?\s+(?:{_CAP_WORD}\s+){{1,3}}(?:{_BUILDING_SUFFIX})\b"
    rf"(?=\s+(?:hostel|hotel|flats|b&b)\b|,?\s+{_POSTCODE_SHAPE})"
    # "2 Ropewalk Buildings": a house number before a row of dwellings or offices, a street in itself.
    rf"|\b{_HOUSE_NUMBER},?\s+(?:{_CAP_WORD}\s+){{1,2}}(?:Buildings|Chambers|Mansions|Cottages|Villas|Apartments)\b"
    # "plot 6 Cinder Lane": a pitch or plot on a site, with its number and lane; "rear of 22 Ollerton
    # Lane": the door round the back is part of the address; "Caravan 12, Moorside Park", "No. 7 Wharf
    # Street": the caravan and the "No." with the number.
    # "Room 3 at 22 King St": a room in a house of rooms; "lives at Rosedene, 27 Moorside Road": a house's
    # name before its number.
    # "use PO Box 5521, Bradford": a box at the post office, its number and no more.
    r"|\b(?i:p\.?\s?o\.?\s*box)\s+\d{1,6}\b"
    # "2nd floor flat, 9 Bank St": the floor of a flat goes with its house.
    rf"|\b(?i:(?:\d{{1,2}}(?:st|nd|rd|th)|ground|first|second|third|top|basement|attic)\s+floor\s+flat"
    rf"|basement\s+flat),?\s+{_HOUSE_NUMBER},?\s+{_STREET}"
    rf"|\b(?:(?i:plot|pitch|rear\s+of|back\s+of|caravan|chalet|no\.|number)\s+"
    rf"|(?i:room|rm|flat|bedsit)\s+\d{{1,4}}[A-Za-z]?\s+(?i:at)\s+"
    rf"|(?<=\bat )(?!The\b)[A-Z][a-z'’-]+,\s+)?{_HOUSE_NUMBER},?\s+{_STREET}"
    # "a 2 hr drive", "10 min walk": a number of hours or miles is no house number.
    r"|\b\d{1,4}[a-z]?,?\s+(?!(?:hr|hrs|hour|hours|min|mins|minute|minutes|mile|miles|km|day|days|week"
    r"|weeks|more|extra|long|short)\b)(?:[a-z]+\s+){1,2}(?:street|road|lane|avenue|close|drive|crescent|terrace"
    r"|grove|gardens)\b"
)
# A named building with its street ("Rowan House, Quillan Street"), or a home's name with its postcode
# ("Far Hagg Farm, BD23 5QQ"), is an address, digits or not, with the floor before it ("2nd floor,
# Kingfisher House, ..."). Before a postcode a hall or a house may be a venue or an office, so only a
# home's name is taken there.
_HOME_SUFFIX = r"Farm|Lodge|Villas?|Cottages?|Barn|Bungalow|Hostel"
BUILDING_STREET_RE = re.compile(
    r"(?:(?:\d{1,2}(?:st|nd|rd|th)|[Gg]round|[Ff]irst|[Ss]econd|[Tt]hird|[Tt]op) [Ff]loor,?\s+)?"
    # "Room 12, Calder House hostel, Brunswick Street": a room, and what the building is, told in words.
    r"(?:(?i:room|rm|flat|unit)\s+\d{1,4}[a-z]?,?\s+)?"
    # "It's The Old Vicarage, Church Lane": a word opening the sentence is no part of the house's name.
    r"(?!(?:It['’]s|It|Its|This|That|At|In|On|To|From|And|But|We|Our|My|Her|His|Their)\s)"
    rf"(?:{_CAP_WORD}\s+){{1,3}}(?:(?:{_BUILDING_SUFFIX})"
    r"(?:\s+(?:hostel|hotel|flats|care home|nursing home))?,\s+"
    rf"(?:{_HOUSE_NUMBER},?\s+)?{_STREET}"
    rf"|(?:{_HOME_SUFFIX})(?=,?\s+{_POSTCODE_SHAPE}))"
)
# "dad is at Heatherbank care home now": a named home where someone lives, digits or not.
CARE_HOME_RE = re.compile(
    r"\b(?!(?:The|A|An|Our|My|His|Her|Their|This|That|Your|Local|Private|Council|NHS)\b)[A-Z][\w'’-]*"
    r"(?:\s+(?!(?:Care|Nursing)\b)[A-Z][\w'’-]*){0,2}\s+(?i:(?:care|nursing|residential|rest)\s+home)\b"
)
# "Cottages?" gates both "Cottage," and "Cottages,".
BUILDING_GATES = (
    *(
        f"{form},"
        for word in _BUILDING_SUFFIX.split("|")
        for form in ((word[:-2], word[:-2] + "s") if word.endswith("s?") else (word,))
    ),
    "hostel,",
    "hotel,",
    "flats,",
    "home,",
)
ADDRESS_CUE_RE = re.compile(
    r"\b(?:i live|we live|she lives|he lives|they live|lives|living|my address is|our address is|address"
    r"|moved to|send it to|post it to)\s*(?:(?:out|up|down|over) )?(?:at|on|is|:)?\s+"
    # "i live at Room 6, Stennard House": a room or flat in a named building where someone lives.
    # The cue's own "at" is never the address's first word ("i live at St Anne's ...").
    # "my address is now 27a Gimble Terrace": "now" is no part of the address.
    r"(?:now\s+)?(?P<value>(?!(?:at|on|in|is|by|near|now)\s)(?:(?:room|flat|bedsit|apartment|apt|unit)\s+\d{1,4}[a-z]?,?\s+)?(?:\d{1,4}[a-z]?,?\s+)?"
    # "send it to Brackenbank, Moorside Lane": a house's name, a comma, then its street.
    r"(?:(?-i:[A-Z][\w'’-]+,\s+(?=[A-Z])))?"
    r"(?:[\w'’-]+\s+){1,3}(?:street|st|road|rd|lane|avenue|ave|close|court"
    r"|drive|way|place|crescent|grove|gardens|terrace|walk|row|mews|view|hill|green|square|park|rise|fold"
    r"|croft|house|lodge|flats|cottage|farm|hall|barn)\b)",
    re.IGNORECASE,
)

# "the flat above the Co-op on Main Street": a home told by the shop or pub beside it, on its street,
# digits or not ("the" before it stays, as other articles do).
LANDMARK_HOME_RE = re.compile(
    rf"\b(?i:flat|rooms?|bedsit)\s+(?i:above|over|behind|below|next\s+to)\s+(?:the\s+)?[\w'’&-]+"
    rf"(?:\s+[\w'’&-]+)?\s+(?i:on|in|off)\s+{_STREET}"
)
LANDMARK_GATES = ("above", "over", "behind", "below", "next to")

# The address cues need one of these words.
ADDRESS_GATES = ("live", "Live", "LIVE", "ddress", "DDRESS", "oved", "OVED", "end it", "ost it")
