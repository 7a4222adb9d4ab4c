"""Redaction: the families widened from the unseen file's leaks and lost words, on comments written
for these tests (none taken from a labelled file), with look-alikes that must stay as typed."""

from __future__ import annotations

import pytest

from analysis.text.redaction import redact

# (comment, words that must go): lower-case names first in a list, a word between two names, a word-name
# before "the OT was", one picked out of the staff, apprentice and learner numbers, a person who starts.
_LEAKS = [
    ("ffion and rhodri from my cohort kept me going", "ffion"),
    ("tegwen and bethan from the crisis team were lovely", "tegwen"),
    ("siân and dafydd on the ward were so kind", "siân"),
    ("nnamdi and ciara from my cohort helped me revise", "nnamdi"),
    ("Dr Li Na Zhang was lovely", "Na"),
    ("Mrs Thi Ha Nguyen on reception sorted it", "Ha"),
    ("Dr Mary Rose Okafor explained everything", "Rose"),
    ("rowan the OT was brill", "rowan"),
    ("hope the physio was amazing with dad", "hope"),
    ("sky the hca is always smiling", "sky"),
    ("autumn the nurse was kind", "autumn"),
    ("Lovely staff on Holly, especially Summer", "Summer"),
    ("the nurses were great, particularly Hope", "Hope"),
    ("the whole team esp Dawn were kind", "Dawn"),
    ("everyone helped, in particular Grace on nights", "Grace"),
    ("thanks to everyone including Joy", "Joy"),
    ("Apprentice number AP-2291 and my login fails", "2291"),
    ("apprentice ID 77-3109-2 needs a referral", "3109"),
    ("learner number LN-55821 cannot access Aptem", "55821"),
    ("student no. 20419 is me", "20419"),
    ("my ULN is 4471 2231", "2231"),
    ("candidate number 4471 for the EPA", "4471"),
    ("trainee ID T-3321 please", "3321"),
    ("Our AP apprentice Xu Ming starts on 4 March", "4 March"),
    ("my new apprentice starts on the 12th of May", "12th"),
    ("she starts on 3 June on the ward", "3 June"),
    ("I start on 14 April", "14 April"),
    ("the training session was good, and afterwards my mum was admitted on 4 June", "4 June"),
    ("the training was cancelled and I was sent home on 4 June", "4 June"),
]

# (comment, words that must stay): shared event dates further from the event word, bodies before "NHS
# Trust", towns after "is from", months after "especially", adverbs before "the nurse was".
_KEPT = [
    ("Great event at the Kingsway Centre on 12 March, lots of ideas", "12 March"),
    ("the workshop at the Royal Armouries in Leeds on 5 May was good", "5 May"),
    ("The speaker from Pennine Ridge NHS Trust was brilliant", "Pennine"),
    ("staff at Calder Vale NHS Foundation Trust were lovely", "Calder"),
    ("The course starts on 4 March", "4 March"),
    ("the new cohort starts on 12 September", "12 September"),
    ("my PS is from Gdańsk and supports Leeds United", "Gdańsk"),
    ("he's from Kraków originally", "Kraków"),
    ("she is from Enugu and came over last year", "Enugu"),
    ("will the nurse call me back", "will"),
    ("may the HCA please bring water", "may"),
    ("the staff were great, especially Christmas day", "Christmas"),
    ("especially English and maths", "English"),
    ("I am especially grateful", "grateful"),
    ("Sterling work, particularly Wednesday", "Wednesday"),
    ("Thanks to Ama, and Moodle", "Moodle"),
    ("the student number 3 was late", "3"),
    ("hope the physio can come again", "can"),
    ("today the nurse was lovely", "today"),
    ("luckily the doctor was on", "luckily"),
    ("sadly the nurse was rude to me", "sadly"),
    ("honestly the HCA was great", "honestly"),
    ("overall the staff were kind", "overall"),
    ("yesterday the physio came", "yesterday"),
    ("again the nurse said no", "again"),
    ("later the OT helped", "later"),
    ("eventually the doctor was called", "eventually"),
    ("especially Monday mornings are hard", "especially"),
    ("particularly Rose ward was lovely", "particularly"),
    ("loved it especially Easter", "loved"),
    ("the speaker is from Aptem", "the"),
    ("my PS is from Calderdale", "my"),
    ("the registration number plate was wrong", "the"),
    ("I loved the session, especially English", "I"),
    ("fine and dandy", "fine"),
    ("summer the nurses are stretched", "summer"),
    ("the training was great and the next one is on 5 June", "the"),
]


@pytest.mark.parametrize(("text", "words"), _LEAKS)
def test_an_identifier_of_a_widened_family_is_removed(text: str, words: str) -> None:
    assert words not in redact(text)


@pytest.mark.parametrize(("text", "words"), _KEPT)
def test_a_look_alike_stays(text: str, words: str) -> None:
    assert words in redact(text)
