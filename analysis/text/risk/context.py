"""Training, teaching and policy context: when a harm word is the subject of a lesson, a policy or
someone's piece of work rather than something that happened."""

from __future__ import annotations

import re

from .cue import _Cue
from .framing import OWN_STAFF_REPORT_RE, SIMULATED_RE, WORK_SUBJECT_RE

# Words that make the topic words beside them a subject of training, teaching, policy or work.
CONTEXT_RE = re.compile(
    r"\b(?:training|trainings|trained|module|modules|session|sessions|workshop|workshops|lecture|lectures|"
    r"talk|talks|course|courses|e-?learning|teaching|taught|seminar|webinar|case stud(?:y|ies)|role.?play\w*"
    r"|scenarios?|simulation|sim|presentation|presentations|slides|leaflets?|posters?|notice|policy|"
    r"policies|procedures?|guidance|guidelines|strategy|framework|toolkit|tools?|pathway|protocol|"
    r"awareness|prevention|champions?|guardians?|assignments?|essay|essays|reflective|reflection|"
    r"exam|exams|competenc\w*|study day|cpd|refresher|speakers?|keynote|panel|topics?|lessons?|learnt|"
    r"learned|learning|learn|more on|more about|covered(?! (?:in|with|up))|covering|resources|video|film|"
    r"quiz|datix|briefings?|(?:on|about) supporting|slots?|how \w+ can (?:raise|report|speak)|"
    # "how the pilot site handles risk disclosures, eg overdose or suicide mentions": disclosures as a kind.
    r"disclosures|"
    # "domestic abuse routine enquiry should be in ap induction": the question staff ask, as a duty.
    r"routine enquiry|routine enquiries|"
    # "ours doesn't mention domestic abuse routes for staff": the ways to report, as a policy's subject.
    r"routes? for staff|reporting routes?|referral routes?|"
    r"assessments?|screening|screen|reduction|recognis\w*|recogniz\w*|spotting|signs of|how to spot|"
    r"how to support|how to respond|how to manage|how to deal|how to report|safeguarding|specialis\w*|"
    # "said where to report bullying when your manager is the problem": the route, not a report.
    r"where to (?:report|raise|go|turn)|who to (?:report|raise|go|tell|speak)|freedom to speak up|"
    r"specializ\w*|interested in|career in|research|researching|dissertation|project|lived experience|"
    r"mandatory|statutory|level [1-3]|ksbs?|theory|debate|legislation|campaign|charity|discussed|"
    r"discussion|class|classes|tutorial|manage|managing|tackle|tackling|reduce|reducing|address|"
    r"addressing|prevent|preventing|improve|improving|trusts|pharmacology|toxicology|antidotes?|"
    r"interesting|curriculum|syllabus|history of|impact of|effects? of|looked at|safety plan\w*|safetalk|"
    r"asist|mhfa|mental health first aid|confident|confidence|asking (?:\w+ )?(?:directly )?about|"
    # "do fft comments that mention self harm get passed back": comments as a subject of the service.
    r"comments? (?:that|which|who) (?:mention|mentions|talk about|refer to|disclose)|"
    # "asking someone straight out if they are having thoughts of suicide": a skill learnt.
    r"asking (?:someone|somebody|people|patients|a patient|them|clients|service users|the person|a person) "
    r"(?:straight out |directly |outright )?(?:if|whether)|"
    r"good to hear|hear how|heard how|how (?:aps|staff|we|nurses|hcas|teams|services) (?:can )?"
    r"(?:support|help|respond|work)|duty of candour|the (?:bit|part|section) (?:on|about)|informative|"
    r"eye opening|thought provoking|insightful|well (?:run|delivered|presented))\b"
)
# Words straight after a topic word that make it the name of a service, a group or a piece of work.
SERVICE_AFTER_RE = re.compile(
    r"\s*(?:support|group|groups|service|services|team|teams|clinic|pathway|specialist|nurse|nurses|"
    r"practitioner|lead|champion|prevention|awareness|training|policy|module|risk|screening|assessment|"
    r"management|reduction|workshop|leaflet|helpline|line|charity|strategy|plan|toolkit|tool|project|"
    r"research|statistics|rates?|figures)\b"
)
# Teaching and practice words that make even a described event a piece of training ("a scenario about
# a missed dose"), unless the writer speaks of themselves in the sentence.
TEACHING_RE = re.compile(
    r"\b(?:scenario|scenarios|role ?play\w*|simulation|sim|case stud(?:y|ies)|lecture|lectures|module|"
    r"workshop|seminar|webinar|e-?learning|exam|quiz|essay|assignment|reflective account|training|"
    r"dissertation|teaching|taught|lesson|class|presentation|slides|learn|learnt|learned|learning|"
    # "we looked at" frames a lesson; "nobody has looked at it" is care not given.
    r"(?:we|they|you|also|then|first|briefly) looked at|"
    r"discussed|covered(?! (?:in|with|up))|talked (?:a lot |mostly |loads |lots )?about|how to report|"
    r"how to spot|how to recognise|"
    # "we practised using SBAR to escalate a medication error": a drill, not an event.
    r"(?:we|i|you) (?:practised|practiced|rehearsed)|"
    # "the showcase example of the AP who spotted a depot error": an example ("at the showcase" is where).
    r"(?<!at the )showcase\w*|"
    # "what counts as a medication error and how to datix it": a definition taught.
    r"what counts as|how to datix|medicines management|medication management|"
    r"duty of candour|"
    r"the (?:bits?|parts?|sections?|sessions?) (?:on|about)|"
    # "clozapine monitoring session was great": a session on the checks, not the checks.
    r"(?:monitoring|awareness|refresher|information|info) sessions?)\b"
)
FIRST_PERSON_RE = re.compile(r"\b(?:i|me|my|myself|mine)\b")
# The writer's own piece of work about someone else ("for my case study i wrote about a patient who had
# taken an overdose"): the first person is the author, not the one it happened to.
THIRD_PARTY_WORK_RE = re.compile(
    r"\b(?:my|our) (?:[\w-]+ ){0,2}(?:case study|assignment|essay|reflection|reflective account|presentation|"
    r"project|dissertation)\b[^.!?]{0,40}\b(?:a|an|the|one) (?:[\w-]+ )?(?:patient|client|service user|"
    r"resident|young person|person|man|woman|lady|gentleman|gent|lad|girl|boy)\b"
)
# A policy, e-mail or session named as being about the words that follow ("new policy on reporting missed
# doses", "the workshop on insulin errors"): the harm is its subject, not an event.
FRAMED_RE = re.compile(
    r"\b(?:policy|policies|procedure|procedures|guidance|guidelines|protocol|sop|memo|bulletin|newsletter|"
    r"e-?mails?|reminders?|posters?|leaflets?|briefing|training|sessions?|workshops?|modules?|e-?learning|"
    r"lectures?|course|study day|webinar|seminar|teaching|audit|campaign|quiz|scenarios?|"
    r"presentation|slides)(?: (?:\w+ ){0,3}(?:on|about|around|regarding|re|covering|into)|on|about|around|"
    r"regarding|covering)(?: (?:reporting|recording|managing|handling|preventing|avoiding|spotting|reducing|"
    r"escalating|responding to|dealing with|learning from|what to do (?:about|after|with|if)))?"
    r"(?: (?:the|a|an|any|all|common|recent))?(?: \w+)?"
    # "the briefing on handling bullying and harassment": the topics of one session listed together.
    r"(?:(?:,| and| or| &) \w+)*(?:,| and| or| &)?\s*$"
    # "moved incident reporting for medication errors onto the new system": the reporting, not an error.
    r"|\b(?:incident reporting|reporting system|reporting process|datix)(?: \w+){0,2} (?:for|of|on|about)"
    r"(?: (?:the|a|an|any|all))?(?: \w+)?\s*$"
)

# "it hit close to home", "that is my life": the writer applies what they were taught to themselves.
APPLIES_TO_ME_RE = re.compile(
    r"\bclose to home|\b(?:recognised|recognized|saw|see|seen) (?:a lot of |so much of |bits of )?myself"
    r"|\b(?:is|was|describes|described) (?:basically |literally |exactly |just )?my (?:life|home|marriage|"
    r"relationship|situation|partner|husband|wife|boyfriend|manager|mentor|ward|team|family|dad|mum)\b"
    r"|\bthat is (?:me|my \w+)\b|\b(?:happening|happens|happened) to me\b"
    r"|\bwhat my \w+ (?:does|did|is doing|says|said)(?: [\w']+){0,4} (?:counts|is)"
    r"|\brealised (?:what|how|that) (?:my|our|i)\b"
    r"|\bsounds (?:just )?like my\b|\brealised (?:i|that i|my|our|it was|we|that we|how we)\b"
    r"|\bmade me realise\b"
    r"|\bi need help\b|\bi am going through\b|\b(?:triggered|triggering) (?:me|for me)\b"
    r"|\bit is (?:me|us)\b|\bthat was me\b|\bi (?:have|had) been (?:there|through)"
    # The lesson matched how the writer feels now: "too close to how I have been feeling".
    # "like listening to someone describe my own house", "it could have been written about us".
    r"|\b(?:describ\w*|listening to|hearing about|reading about|talking about|about) (?:\w+ )?(?:my|our) own "
    r"(?:house|home|life|marriage|relationship|family|childhood|situation|partner|husband|wife|boyfriend|"
    r"girlfriend|dad|mum|manager|mentor|ward|team)\b|\b(?:describe|describing|describes) my (?:house|home|"
    r"marriage|relationship|childhood|partner|husband|wife|boyfriend|girlfriend)\b"
    r"|\b(?:could|might|may) (?:have|of) been (?:written about|describing|talking about|about) "
    r"(?:me|us|my|our)\b|\bticked (?:every|all the) box(?:es)? for (?:me|us|my|our|him|her)\b"
    r"|\blike looking in a mirror\b"
    # "i sat there ticking every one off about home": the signs taught, found at home.
    r"|\bticking (?:every|each|all)(?: one| of them)? off\b"
    r"|\bticked (?:every|each|all)(?: one| of them)? off\b"
    # "felt like reading my own search history": the lesson read as the writer's own record.
    r"|\blike (?:reading|hearing|looking at|seeing|watching|going through) (?:about )?(?:my|me) own\b"
    r"|\b(?:my|me) own (?:search|browser|internet|google) history\b"
    # The harm taught is still the writer's own: "the self-harm session ... it's still something I do".
    r"|\b(?:still|is) (?:something|what) i (?:do|struggle with|am struggling with|deal with|live with)\b"
    r"|\bi still (?:do|struggle with) (?:it|that|this)\b"
    r"|\btoo close to (?:how|what) i\b|\bclose to how i (?:feel|felt|have been|am|was)\b|\bhow i (?:have "
    r"been|am|was|had been) feeling\b|\btalking about me\b|\btoo (?:real|raw|close for comfort)\b"
)

CLAUSE_RE = re.compile(r"[.!?\n;]+")


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a match."""
    left = max((m.end() for m in CLAUSE_RE.finditer(text, 0, start)), default=0)
    right_match = CLAUSE_RE.search(text, end)
    return left, right_match.start() if right_match else len(text)


def in_context(text: str, start: int, end: int) -> bool:
    """Whether training, policy or work words sit within a few words of a match, in the same sentence."""
    left, right = clause_bounds(text, start, end)
    before = " ".join(text[left:start].split()[-10:])
    after = " ".join(text[end:right].split()[:8])
    return bool(CONTEXT_RE.search(before) or CONTEXT_RE.search(after) or SERVICE_AFTER_RE.match(text, end))


def taught(text: str, start: int, end: int) -> bool:
    """Whether a described event sits in a piece of teaching with no word of the writer's own life."""
    left, right = clause_bounds(text, start, end)
    clause = text[left:right]
    if OWN_STAFF_REPORT_RE.search(text, left, start):
        return False
    # A teaching word inside the match is part of the event ("left off the rota for training on
    # purpose"), not the frame of a lesson around it.
    frame = f"{text[left:start]} {text[end:right]}"
    if SIMULATED_RE.search(clause):
        return True
    if not (TEACHING_RE.search(frame) or WORK_SUBJECT_RE.match(text[left:start])):
        return False
    return not FIRST_PERSON_RE.search(clause) or bool(THIRD_PARTY_WORK_RE.search(text[left:start]))


def framed(text: str, start: int) -> bool:
    """Whether a match is named as the subject of a policy, e-mail or session just before it."""
    left, _ = clause_bounds(text, start, start)
    return bool(FRAMED_RE.search(text[max(left, start - 120) : start]))


def framed_cue(text: str, cue: _Cue, match: re.Match[str]) -> bool:
    """Whether a cue's words are the subject of a policy or session: the match, or every word of the
    first of its needs in the sentence ("the workshop on insulin errors" for a medicine beside an error)."""
    if framed(text, match.start()):
        return True
    if not cue.needs:
        return False
    left, right = clause_bounds(text, match.start(), match.end())
    starts = [m.start() for m in cue.needs[0].finditer(text, left, right)]
    return bool(starts) and all(framed(text, start) for start in starts)
