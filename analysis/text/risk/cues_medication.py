"""Cues of medication errors."""

from __future__ import annotations

from .cue import _M, _Cue, _cue
from .words import _MEDS

CUES: tuple[_Cue, ...] = (
    # --- medication errors -------------------------------------------------------------------------
    _cue(
        _M,
        rf"\bwrong {_MEDS}|\bwrong (?:patient'?s|person'?s|strength|label|amount|drug|dose|time for (?:my"
        r"|his|"
        r"her) (?:insulin|meds|medication))\b"
        rf"|\b(?:someone|somebody) else'?s (?:\w+ )?{_MEDS}|\b(?:another|the next|a different|the wrong) "
        rf"(?:patient|person|resident|man|lady)'?s (?:\w+ )?{_MEDS}"
        rf"|\b{_MEDS} (?:meant|prescribed) for (?:another|a different|the next|someone)"
        r"|\b(?:medication|drug|dosing|prescribing|dispensing|meds|prescription|insulin) (?:error|mistake|"
        r"incident|mix ?up|blunder)s?\b",
        "describes the wrong medicine or dose",
        direct=True,
        topic=True,
        negatable=True,
        keys=(
            "wrong someone+else somebody+else another+patient another+person another+resident another+man "
            "another+lady next+patient next+person next+resident different+patient different+person "
            "different+resident wrong+patient wrong+person meant+for prescribed+for error mistake "
            "incident mix+up mixup blunder epilepsy eye+drops drops cream fluid drip oxygen patch liquid "
            "prescription sertraline olanzapine quetiapine diazepam lorazepam another+patient "
            "another+person another+resident another+man another+lady next+patient next+person "
            "next+resident next+man next+lady different+patient different+person different+resident "
            "different+man different+lady wrong+patient wrong+person wrong+resident wrong+man wrong+lady"
        ),
    ),
    _cue(
        _M,
        r"\b(?:double dose|doubled? (?:up )?(?:the |my |his |her )?dose|given twice|gave (?:\w+ ){0,4}twice|"
        r"twice the dose|\d+ times the dose|ten ?fold|ten times the|gave me (?:them|it|my tablets) again|"
        r"given (?:them|it) again|came back [^.!?]{0,30}gave me (?:them|it) again|double dosed|overdosed "
        r"(?:him|her|them|me|a patient|the patient))"
        r"|\b\d+ ?(?:ml|mg|mcg|micrograms|units|g|grams)\b[^.!?]{0,50}\bshould (?:be|have been|of been|"
        r"have|of) \d+ ?(?:ml|mg|mcg|micrograms|units|g|grams)?"
        r"|\b\d+ ?(?:ml|mg|mcg|micrograms|units|g|grams) (?:instead of|rather than|when it should be) \d+"
        r"|\bgiven to (?:the wrong|another|a different|the next) (?:patient|person|resident|man|lady)"
        r"|\b(?:gave|given|giving|prescribed|dispensed) (?:me |him |her |them )?(?:the |a |some )?(?:\w+ )?"
        r"(?:\w+ )?(?:that |which )?(?:i am|he is|she is|they are|i was|he was|she was) allergic to"
        rf"|\b{_MEDS}\b[^.!?]{{0,30}}\b(?:given|gave|got|had|received|administered|injected)\b[^.!?]{{0,20}}"
        r"\btwice\b(?! (?:a|daily|per|each|every) )"
        r"|\b(?:given|gave|got|received|administered|injected) (?:me |him |her |them )?(?:my |his |her "
        r"|the )?"
        r"(?:\w+ )?"
        rf"{_MEDS}\b[^.!?]{{0,20}}\btwice\b(?! (?:a|daily|per|each|every) )",
        "describes a dose given twice or too much",
        keys="doubl given gave twice times ten came overdosed should instead rather when+it allergic",
    ),
    _cue(
        _M,
        r"\b(?:missed|forgot|forgotten|forgetting|skipped|never got|never given|(?:was|were|been|is|are"
        r"|being)"
        rf" not given|did not get|not getting|never had|did not have) (?:\w+ ){{0,3}}\b{_MEDS}"
        r"(?! (?:review|appointment|clinic|check))"
        rf"|\b{_MEDS} (?:\w+ ){{0,3}}(?:was|were|is|are|got|been|get|keeps? getting) (?:\w+ )?(?:missed|"
        r"not given|forgotten|never given|skipped|not done|stopped|left on the side|left out|not signed)"
        rf"|\b{_MEDS}\b[^.!?]{{0,50}}\b(?:never given|not given|never had|never got|left on the side|left in "
        r"the pot|never taken|not administered|never administered|never arrived|never came)"
        rf"|\b(?:sent home|discharged|went|gone|left|been|was|were|go) (?:\w+ ){{0,3}}without (?:my|his|her|"
        rf"their|any) {_MEDS}"
        r"|\b(?:days?|weekend|week|nights?|weeks) without (?:my |his |her |any )?(?:meds|medication|tablets|"
        r"medicine|insulin|anything)|\bwent without (?:for|\d|any|them|it|my)"
        # "went 4 days with no depot and no lithium": days told with "no" and the medicine.
        rf"|\b(?:\d+|two|three|four|five|six|several|a few|a couple of) (?:days?|nights?|weeks?) with no "
        rf"(?:\w+ )?{_MEDS}\b"
        rf"|\b(?:by mistake|by accident|in error|mistakenly|accidentally|wrongly)\b[^.!?]{{0,30}}\b{_MEDS}"
        rf"|\b{_MEDS}\b[^.!?]{{0,40}}\b(?:by mistake|by accident|in error|mistakenly|accidentally|wrongly)\b",
        "describes doses missed or not given",
        # "the review was late but I never missed a dose" says no dose was missed.
        unless=r"\b(?:nearly|almost) missed\b"
        # "the review was late but my meds were never missed".
        r"|\b(?:meds|medication|tablets|doses|injections|depot) (?:were|was|have been|has been|are|is) "
        r"(?:never|not once|not) (?:missed|late|forgotten)\b"
        # "I had plenty of tablets and nothing was missed".
        r"|\b(?:nothing|none|not one|not a single (?:one|dose)) (?:was|were|has been|got|have been) missed\b",
        keys=(
            "meds medic tablet pill dose dosage drug inject depot insulin clozapine lithium inhaler "
            "antibiotic methadone warfarin morphine oramorph capsule antipsychotic antidepressant "
            "paracetamol penicillin prn without+my without+his without+her without+their without+any "
            "without+meds without+medication without+tablets without+medicine without+insulin "
            "without+anything went+without epilepsy eye+drops drops cream fluid drip oxygen patch liquid "
            "prescription sertraline olanzapine quetiapine diazepam lorazepam"
        ),
    ),
    _cue(
        _M,
        rf"\b{_MEDS} (?:\w+ ){{0,3}}in the bin\b|\b(?:binned|thrown away|throwing away|threw away) "
        rf"(?:\w+ ){{0,2}}\b{_MEDS}"
        r"|\bchange[ds]? (?:the |his |her |my )?(?:chart|mar|drug chart|records?)\b"
        r"|\b(?:chart|mar|records?) (?:says?|said|shows?|showed) (?:\w+ ){0,2}(?:refused|given|taken)\b"
        # "the chart says he had his depot ... but nobody came near him": signed for, never given.
        rf"|\b(?:chart|mar|records?) (?:says?|said|shows?|showed) (?:he|she|they|i) (?:had|got) (?:his |her "
        rf"|their |my )?{_MEDS}\b[^.!?]{{0,60}}\b(?:but|yet)\b"
        r"|\b(?:sign|signed|signing|signs) (?:for|off) (?:the )?(?:meds|medication|drugs|tablets|insulin)"
        r"(?: \w+){0,4} (?:not given|never given|did not give|without|never gave|she never|he never"
        r"|that were "
        r"not|that was not)",
        "describes medicines records not matching what happened",
        keys=(
            "chart mar record the+bin binned thrown throwing threw sign+for signed+for signing+for "
            "signs+for sign+off signed+off signing+off signs+off"
        ),
    ),
    _cue(
        _M,
        r"\ballerg\w*\b[^.!?]{0,50}\b(?:given|gave|still|anyway|ignored|despite|again)\b"
        r"|\bdespite (?:my|his|her|their) allerg"
        r"|\b(?:gave|given|prescribed|giving) [^.!?]{0,40}\b(?:even though|despite|although"
        r"|when) [^.!?]{0,25}\b"
        r"allerg"
        r"|\b(?:lithium|clozapine|warfarin|insulin|blood sugar|sodium valproate|valproate|inr|ecg)\b"
        # "the clozapine monitoring session was great, didnt know about ...": a lesson on the checks.
        r"[^.!?]{0,20}\b(?:levels?|bloods?|monitoring|checks?|tests?|readings?)\b"
        r"(?! (?:session|training|course|module|teaching|workshop|lecture|study day|e-?learning))"
        r"[^.!?]{0,30}\b(?:not|never|"
        r"missed|months|forgot|overdue)\b"
        r"|\b(?:nobody|never|not|no one) (?:\w+ ){0,2}(?:checked|checking|monitored|tested|done|did) (?:my "
        r"|his |"
        r"her |their )?(?:lithium|clozapine|warfarin|inr|blood sugars?|sugar levels|drug levels)",
        "describes an allergy or high-risk drug not checked",
        keys="allerg despite lithium clozapine warfarin insulin blood sodium valproate inr ecg sugar drug",
    ),
    _cue(
        _M,
        r"\b(?:controlled drugs?|cds?|cd book|cd cupboard|cd check|drugs? cupboard|drugs? trolley|meds "
        r"trolley|medicines? trolley|clinic room keys?|drug keys|medication keys|meds keys)\b[^.!?]{0,80}"
        r"\b(?:without counting|not counted|unlocked|left open|missing|just sign|sign without|signed without|"
        r"do not add up|did not add up|does not add up|(?:do|does|did) not (?:match|tally|balance)|wrong "
        r"count|discrepanc\w*|left out|unattended)"
        r"|\b(?:just sign|sign without|signed without)\b[^.!?]{0,50}\b(?:controlled drugs?|cds?|count\w*"
        r"|meds|"
        r"medication)",
        "describes unsafe handling of controlled drugs",
        # "never had a discrepancy" is a check that works.
        unless=r"\b(?:never|no|zero|not (?:a|one|once)|without (?:a|any))\b(?: \w+){0,2} discrepanc\w*",
        keys="controlled cd drug meds medic clinic just+sign sign",
    ),
    _cue(
        _M,
        r"\bdo not crush\b|\bnot to be crushed\b|\bcrush\w* [^.!?]{0,40}\b(?:modified release|slow release|"
        r"should not)|\bmeds (?:were |was )?left (?:out|on the side|unattended)",
        "describes medicines given against their instructions",
        keys="crush meds",
    ),
    _cue(
        _M,
        r"\b(?:given|giving|gave|dispens\w*|administer\w*|signed for"
        r"|popped)\b[^.!?]{0,25}\bwithout (?:checking|"
        r"looking at|reading|signing|the chart|a prescription|a second check|checking (?:the|his|her|their) "
        r"(?:chart|id|name|wristband|band|allergies))"
        r"|\b(?:forgot|forgotten|forget|forgets|failed|neglected) to (?:give|administer|order|prescribe|"
        r"restart|do) [^.!?]{0,40}\b(?:meds|medication|medicine|tablets?|dose|doses|insulin|injection|depot|"
        r"inhaler|antibiotics|clozapine|lithium|pills?)"
        r"|\b(?:give|giving|gave|administer\w*|do|doing|did) (?:the )?(?:meds|medication|drugs|insulin|"
        r"injections?|meds round|medication round|controlled drugs)\b[^.!?]{0,40}\b(?:not trained|untrained|"
        r"no training|not competent|not signed off|not allowed to|not qualified|never been trained)"
        r"|\b(?:not trained|untrained|not competent|not signed off|not qualified)\b[^.!?]{0,40}\b(?:give|"
        r"giving|administer\w*|do|doing) (?:the )?(?:meds|medication|drugs|insulin|injections?|meds round)",
        "describes medicines given unsafely",
        keys=(
            "without+checking without+looking without+reading without+signing without+the without+a "
            "forgot+to forgotten+to forget+to forgets+to failed+to neglected+to not+trained untrained "
            "not+competent not+signed not+allowed not+qualified been+trained no+training"
        ),
    ),
    _cue(
        _M,
        r"\bprn\b[^.!?]{0,50}\b(?:keep (?:him|her|them|patients?) quiet|shut (?:him|her|them) up|not "
        r"prescribed|without (?:a )?prescription|punish\w*|because (?:he|she|they) (?:was|were) "
        r"(?:loud|annoying|difficult))|\b(?:sedat\w*|jabbed|injected|drugged)[^.!?]{0,40}\b(?:keep (?:him"
        r"|her|"
        r"them) quiet|shut (?:him|her|them) up|calm (?:him|her|them) down for|because (?:he|she|they) "
        r"(?:was|were) (?:annoying|loud))|\bto keep (?:him|her|them) quiet\b",
        "describes medicine used to keep someone quiet",
        keys="prn sedat jab inject drug keep+him keep+her keep+them",
    ),
)
