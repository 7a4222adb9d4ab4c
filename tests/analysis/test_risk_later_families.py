"""Risk: the families widened from the misses and false flags of the appendix, addendum, supplement,
annex, rider, codicil, colophon, endnote, marginalia, gloss, footnote and later files, each scored once and
then tuned on, on comments written for these tests (none taken from a labelled file): disclosures the
cues must flag in their category, and look-alikes they must leave."""

from __future__ import annotations

import pytest

from analysis.text.risk import assess_risk_by_cues

# (comment, the category the cues must give it), by the file whose misses each family came from.
_DISCLOSED = {
    # A chart that says a dose was had, against the patient's word; doses missed.
    "appendix": [
        ("the chart says she had her clozapine but she told me nobody gave it her", "medication_error"),
        ("MAR says he got his insulin yet the pen was still full", "medication_error"),
        ("he missed his tablets two days running and nobody noticed", "medication_error"),
    ],
    # A landlord or lender who offers to take what is owed "another way" or "in kind".
    "addendum": [
        ("landlord says i can pay the rent 'another way' when im short", "abuse_coercion"),
        ("my dealer said i could settle the debt another way", "abuse_coercion"),
        ("he offered to take the arrears in kind, i said no but hes asked again", "abuse_coercion"),
    ],
    # Unsafe staffing told by its consequences; beside them, what must still be flagged as before.
    "supplement": [
        ("nights are never at safe staffing, its a matter of time", "unsafe_staffing"),
        ("we run under our safe staffing numbers most weekends now", "unsafe_staffing"),
        ("incident reports for short staffing have doubled since the summer", "unsafe_staffing"),
        ("three of us on with half the patients on enhanced obs every night", "unsafe_staffing"),
        ("if they keep us this short someone is going to get hurt", "unsafe_staffing"),
        ("i want to throw myself in the canal", "suicide_self_harm"),
        ("he missed his doses for a week and nobody noticed", "medication_error"),
    ],
    # Days told with "no" and a medicine; a ligature kept is still a means.
    "annex": [
        ("went three days with no insulin after the transfer, nobody noticed", "medication_error"),
        ("a couple of weeks with no clozapine when the pharmacy lost the script", "medication_error"),
        ("he kept a ligature in his drawer, i found it", "suicide_self_harm"),
    ],
    # A writer's faith practice singled out by a manager or the team, or breaks moved so it cannot be kept.
    "rider": [
        (
            "i pray at 1 and the NIC made a point at handover about long breaks, everyone looked at me",
            "bullying_staff",
        ),
        ("im fasting and they moved my breaks so i cant break my fast at sunset", "bullying_staff"),
        ("i wear a headscarf and theres always comments about it in the staff room", "bullying_staff"),
    ],
    # Caseloads of forty or more each, with people left waiting.
    "colophon": [
        ("the CPNs are carrying 55 each and people are waiting months for a visit", "unsafe_staffing"),
        ("care coordinators holding 70+ each, crisis calls not getting a call back", "unsafe_staffing"),
    ],
    # Letters made for the family and put away for after.
    "endnote": [
        (
            "i done notes for my boys and left them in the drawer so they know everything after",
            "suicide_self_harm",
        ),
    ],
    # Tablets counted out; a partner who keeps the car and the payslips; a will and a pet handed on;
    # observations held for hours with nobody to relieve.
    "marginalia": [
        (
            "rang the crisis team twice, no answer. counted out all my tablets on the table",
            "suicide_self_harm",
        ),
        ("she wont let me use the car any more and my wages go into her account", "abuse_coercion"),
        ("got my will done, and the cat is going to my sister. thanks for everything", "suicide_self_harm"),
        ("nobody could relieve me so i stayed on obs with him 5 hours straight", "unsafe_staffing"),
    ],
    # Money handed over every payday; letters put away in case; choking with normal food; who one may
    # text; a disability mocked in the group chat; a live case told by one's own staff at an event;
    # marks hidden from people somewhere.
    "gloss": [
        ("her grandson comes round every pension day and she gives him all her money", "abuse_coercion"),
        ("wrote cards to all my kids and left them in my bedside drawer just in case", "suicide_self_harm"),
        ("he chokes on bread and they still gave him normal food not the soft diet", "unsafe_care"),
        ("my boyfriend decides who im allowed to talk to at college", "abuse_coercion"),
        ("the HCAs keep taking the mick out of my stammer in the staff room", "bullying_staff"),
        (
            "from the workshop: one of our HCAs says a patient's daughter takes her pension card off her",
            "abuse_coercion",
        ),
        ("only on my arms so nobody at work can see", "suicide_self_harm"),
    ],
    # A threat to the portfolio for speaking up; a flinch at a name; one tablet from two boxes; affairs
    # sorted and peace made; people taken off obs; one worker for a house; lives made hell; and the
    # shapes the learned reading found alone before its help-asked-for comments (belongings given away,
    # a tracked phone and keys taken, tea if good, a sedative with nothing written up).
    "footnote": [
        ("the deputy said if i complain again my sign off will 'get lost'", "bullying_staff"),
        ("she flinched when i mentioned her husband", "abuse_coercion"),
        ("been taking the same tablets from two different boxes for a month", "medication_error"),
        ("my mentee says she has sorted her affairs and made her peace", "suicide_self_harm"),
        ("we took people off eyesight obs to cover the door again", "unsafe_staffing"),
        ("one agency worker for 14 residents overnight", "unsafe_staffing"),
        ("the ward manager made my life hell for a year", "bullying_staff"),
        (
            "gave my brother my guitar and my telly so theres nothing left for anyone to sort",
            "suicide_self_harm",
        ),
        ("hes got find my friends on my phone and takes my car keys with him", "abuse_coercion"),
        ("they keep my benefits and i only get my dinner if ive been good", "abuse_coercion"),
        ("the nurse gave him diazepam to quieten him down with nothing written up", "medication_error"),
    ],
    # A tray nobody cuts up for someone who chokes; visits to high-risk people made phone calls on a team
    # too small; "better off without you" felt of oneself.
    "scholium": [
        ("dad chokes on anything hard and no one cuts his dinner up, it sits on the tray", "unsafe_care"),
        (
            "home visits for our most unwell clients get swapped for phone calls because theres 3 of us left",
            "unsafe_staffing",
        ),
        (
            "some days i genuinely think everybody would be better off without you, meaning me",
            "suicide_self_harm",
        ),
    ],
    # Affairs squared away with passwords written down for the wife; a threat to the EPA for going off
    # sick; a husband who reads the survey first; a sexual touch on night observations.
    "postil": [
        (
            "been squaring away my affairs and left the bank details written down for my wife",
            "suicide_self_harm",
        ),
        ("ward manager said if i ring in sick once more shell make sure i never pass", "bullying_staff"),
        ("my partner checks what i write before i send it so its all fine", "abuse_coercion"),
        ("the night HCA touched me sexually while i was on obs", "abuse_coercion"),
    ],
    # Children kept from a parent unless the salary is handed over; the only permanent member of staff
    # on a shift with 14 service users; a boyfriend who "gets a bit rough", with marks beside it.
    "rubric": [
        ("my husband will not let me see the kids unless i give him my wages", "abuse_coercion"),
        ("im usually the only qualified nurse on nights with 18 patients and agency", "unsafe_staffing"),
        (
            "she has bruises again and says her fella just gets a bit rough when hes had a drink",
            "abuse_coercion",
        ),
    ],
    # A dose given in full again after days without it; self-harm signs hidden under sleeves, no longer
    # read as a sexual touch.
    "proem": [
        (
            "i was off my clozapine for 4 days in hospital and they restarted me on the full dose",
            "medication_error",
        ),
        (
            "she wears long sleeves all through the hot weather and flinches when anyone touches her forearm",
            "suicide_self_harm",
        ),
    ],
    # A child picked up by men in their twenties; obs done when staff could; wanting to join a husband who
    # has died; a choking risk ignored, now unsafe care rather than an assault.
    "exordium": [
        ("a 14 year old from our group keeps getting into cars with men in their 20s", "abuse_coercion"),
        ("2 of us for 18 patients last night so obs were done when we could", "unsafe_staffing"),
        ("since my husband died i just want to go and join him", "suicide_self_harm"),
        ("she is on a soft diet but keeps getting sandwiches, and she choked on friday", "unsafe_care"),
    ],
    # Clozapine bloods nobody has taken ("no ones"); cutting come back and hidden; one registrant on
    # nights as the routine; nobody on the floor; a charge nurse's messages at night are at work.
    "preamble": [
        ("he has been on clozapine for years and no ones taken his bloods since march", "medication_error"),
        ("the old habit with the blades has come back, i keep it to my thighs", "suicide_self_harm"),
        ("the razor is back out again, only on my legs so my mam does not see", "suicide_self_harm"),
        (
            "our acute ward: nights usually one RMN for 18 beds and the vacancy rate is climbing",
            "unsafe_staffing",
        ),
        (
            "we were 4 on the late with 3 on close obs and nobody on the floor when the alarm went",
            "unsafe_staffing",
        ),
        ("a charge nurse keeps messaging me at night asking what im wearing", "bullying_staff"),
    ],
    # The family better off with the insurance; caseloads "70+ each"; a task that needs four done with two;
    # a colleague's hand on a thigh; unsafe staffing that will stay "until that is fixed".
    "prologue": [
        ("honestly my kids would be better off with the life insurance than with me", "suicide_self_harm"),
        (
            "the crisis team are carrying 70+ cases each and people are waiting weeks for a call back",
            "unsafe_staffing",
        ),
        ("restraint needs 4 staff and on nights we end up doing it with 2", "unsafe_staffing"),
        (
            "one of the senior hcas keeps resting his hand on my thigh in the office on shift",
            "bullying_staff",
        ),
        (
            "unsafe staffing on the ward for weeks now, we cannot release anyone until that is fixed",
            "unsafe_staffing",
        ),
    ],
    # Sitting at a height for ages; an interpreter a manager keeps "forgetting"; an apprentice's own case
    # told at a showcase; a threat against going to HR is at work.
    "foreword": [
        ("i sit on the top floor of the multi storey for ages after a late shift", "suicide_self_harm"),
        (
            "my manager keeps 'forgetting' to book my BSL interpreter for supervision and then marks me as "
            "not engaging",
            "bullying_staff",
        ),
        (
            "at the showcase an apprentice described being asked to give a patient clozapine from another "
            "ward stock with no prescription",
            "medication_error",
        ),
        ("my mentor said if i go to hr he will make sure i dont get signed off", "bullying_staff"),
    ],
    # A colleague mimicking an accent; two prescribers, two antidepressants; not alive to board a plane;
    # a child given free drugs and lifts by older men; a wish to be gone beside a short shift.
    "preface": [
        ("the band 5 does an impression of me when i leave the room, everyone laughs", "bullying_staff"),
        (
            "the gp and the crisis team both started me on a different antidepressant, i took both for a "
            "week before anyone noticed",
            "medication_error",
        ),
        ("my cousin says he will not be alive to get on the plane if they deport him", "suicide_self_harm"),
        ("a 15 yr old on our caseload gets free weed and lifts off older men most nights", "abuse_coercion"),
        (
            "everyone would be better off without me around. there is only 2 of us on the unit most days",
            "suicide_self_harm",
        ),
    ],
    # Sign-off held over a trainee for being "friendly"; notes read out and "a liability"; a fitting that
    # is not the collapsible kind; "better me gone"; clozapine bloods not done; a flat used for dealing;
    # seclusion nobody reviews; a thumb bent back; a delegate's harassment at an event is at work.
    "introduction": [
        ("my supervisor says my sign off depends on me being nicer to him after shifts", "bullying_staff"),
        (
            "the ward manager reads my reflections out to the team and says I am a liability, I am always "
            "left out of handover",
            "bullying_staff",
        ),
        ("the shower in room 4 still has a rail that is not the anti-ligature kind", "unsafe_care"),
        ("sad all time. better me gone.", "suicide_self_harm"),
        (
            "dad is on lithium. nobody done his bloods since march but he still gets the tablets",
            "medication_error",
        ),
        ("two men use my flat for their dealing and i cant make them leave", "abuse_coercion"),
        ("a lad was in seclusion all weekend and nobody came to do a review", "unsafe_care"),
        ("the night HCA bends patients' fingers back when they won't settle", "abuse_coercion"),
        (
            "a delegate kept touching my back at the networking lunch and followed me to the station",
            "bullying_staff",
        ),
    ],
    # Not turning the wheel; wanting to be with a husband who died; a passport taken; remarks about a
    # worker's skin; a resident missing and not reported; a ligature rail "isn't the collapsing type";
    # clozapine bloods missing for "people with no bloods"; caseloads beside the size that is safe; a
    # delegate's hand on an apprentice's back at a showcase.
    "overture": [
        (
            "some nights i think how easy it would be to just not turn the wheel on the bypass",
            "suicide_self_harm",
        ),
        ("since my husband died i just want to be with him, i have stopped cooking", "suicide_self_harm"),
        ("her brothers have taken her passport and she is to be married in the summer", "abuse_coercion"),
        ("a patient makes comments about my skin every shift and nobody stops him", "bullying_staff"),
        (
            "one resident had been gone since friday and staff had not reported it because he comes back",
            "unsafe_care",
        ),
        ("the rail in the en suite is not the collapsing type", "unsafe_care"),
        ("we get lithium scripts for people with no bloods recorded for months", "medication_error"),
        (
            "caseloads are sitting at 50 each when about 25 is safe, so reviews are phone-only now",
            "unsafe_staffing",
        ),
        (
            "at the showcase a delegate kept putting his hand on our apprentice's back",
            "bullying_staff",
        ),
    ],
    # Done one's bit on this earth; a patient not back from leave and nobody rang the police.
    "prelude": [
        ("since he went i feel ive done my bit on this earth, the kids are grown", "suicide_self_harm"),
        (
            "a lad didnt come back from leave on friday and nobody rang the police till sunday",
            "unsafe_care",
        ),
    ],
    # A wish to die said as a prayer; clozapine dispensed without a result; insulin given again after
    # the day staff had given it; an allergy in the notes and the drug given anyway; a care coordinator
    # not replaced; apprentices shut out and spoken to in a way nobody would accept.
    "incipit": [
        ("my nan keeps asking god to take her, every night she says it", "suicide_self_harm"),
        ("dad prays every night for the lord to take him home", "suicide_self_harm"),
        (
            "two of our clozapine patients were dispensed without a current blood result last month",
            "medication_error",
        ),
        (
            "the night nurse gave mum her insulin even though the day staff had already given it",
            "medication_error",
        ),
        (
            "it says in his notes he is allergic to penicillin and he still got amoxicillin",
            "medication_error",
        ),
        ("my cpn left in march, not been replaced, so i just ring whoever is on duty", "unsafe_staffing"),
        (
            "our apprentices are excluded from handover and spoken to in a way nobody would accept",
            "bullying_staff",
        ),
    ],  # Left the only staff on a side of a ward; a patient who had to wee in the corner; an apprentice too
    # scared to put anything in writing; night staff who have a kip on obs; one carer for 18 residents.
    "flyleaf": [
        (
            "on my first set of nights i was the only staff on the male side till 2, the nurse was covering "
            "both wards",
            "unsafe_staffing",
        ),
        ("he said he had to pee in the corner of the seclusion room because nobody came", "unsafe_care"),
        (
            "my apprentice is given the rubbish jobs and is too scared to put anything in writing",
            "bullying_staff",
        ),
        ("on nights the two bank hcas on obs have a kip in the lounge from 3 till 5", "unsafe_care"),
        ("one carer after 10pm for 18 residents on the dementia unit", "unsafe_staffing"),
    ],
    # In a hold before the restraint training; an allergy band and the drug brought still; a reflective
    # log read out to mock; a first-year trainee in charge; one's own steri-strips; staff asleep on a
    # 1:1; a partner who keeps the bank cards.
    "frontispiece": [
        (
            "we were short so i was in the restraint team and i havent done my PMVA yet, on the floor "
            "with him for ages",
            "unsafe_staffing",
        ),
        (
            "my mums red band says no penicillin and the bank nurse still brought her amoxicillin",
            "medication_error",
        ),
        ("my mentor reads my reflective log out to the team and they all laugh", "bullying_staff"),
        ("im a first year apprentice and i was NIC on saturday nights", "unsafe_staffing"),
        (
            "the a&e nurse just glues me up now so i buy my own steri strips and do it at home",
            "suicide_self_harm",
        ),
        ("the hca on my 1:1 dozed off in the chair and i went into the bathroom", "unsafe_care"),
        ("he keeps my bank cards and gives me £20 a week", "abuse_coercion"),
    ],
    # A post held over an apprentice; "new friends" in a man's flat; thanks and sorry, then silence; let
    # out with no address; nobody on the house at weekends; on the floor till morning; tired to be alive;
    # supervised methadone taken home; "give her the white one"; doses left in the dosette but signed;
    # two meant for the hoist and one there.
    "halftitle": [
        ("my manager said if i kept asking for study days i could forget my band 4 post", "bullying_staff"),
        (
            "my brother has new friends staying at his flat most nights and his money has gone by tuesday",
            "abuse_coercion",
        ),
        (
            "she messaged the group thank you for everything and then went quiet all weekend",
            "suicide_self_harm",
        ),
        ("he got released from hmp on a friday with no address and three days of meds", "unsafe_care"),
        (
            "at nights there is nobody on our unit apart from one bank worker who covers two",
            "unsafe_staffing",
        ),
        ("dad was left on the bedroom floor until the next morning after he fell", "unsafe_care"),
        ("my uncle says he is tired of being alive since he came here", "suicide_self_harm"),
        (
            "they let me take home my methadone for the week even though i am meant to be supervised",
            "medication_error",
        ),
        (
            "the nurse told the carer to give her the white one if she kicks off, nothing written",
            "medication_error",
        ),
        (
            "her blister pack came back with sunday's tablets still in and the chart signed them as given",
            "medication_error",
        ),
        ("it should be two staff for the stand aid but most days its just one on her own", "unsafe_staffing"),
        # "nobody on the ward" who told, not nobody there: the sore is unsafe care, not staffing.
        (
            "my mum was left in wet sheets all night and now has a pressure sore nobody on the ward even"
            " mentioned",
            "unsafe_care",
        ),
    ],
    # A post refused for a baby coming, and worse treatment once a pregnancy was told; someone who moved
    # in and collects the benefits; things given away "where i'm going"; nobody at meals while weight
    # drops; caseloads of the staff left; an unsafe discharge reported as such.
    "dedication": [
        ("my manager said the band 4 post wouldn't really suit a mum with kids", "bullying_staff"),
        (
            "ever since i told the ward manager i was pregnant i have been taken off the EPA list",
            "bullying_staff",
        ),
        ("his cousin moved in after christmas and now holds his bank card and his phone", "abuse_coercion"),
        ("gave my nephew my guitar and my watch, i will not need them where im going", "suicide_self_harm"),
        ("nobody sits with my son at mealtimes now and he's lost more weight", "unsafe_care"),
        ("two CPNs left in the team, each with 65+ and people only seen in crisis", "unsafe_staffing"),
        ("discharge from the ward was unsafe, she went home to nobody with no meds", "unsafe_care"),
    ],
    # Depots weeks past their date; a round signed as given before it is done; a visa held over a
    # recruit; going to sleep hoping not to wake; wishing to join those who have died; fewer staff than
    # two for each person who needs two.
    "epigraph": [
        (
            "depot clinic is behind, two of mine are 4 and 5 weeks over and one is unwell again",
            "medication_error",
        ),
        (
            "on nights the 10pm meds get signed off as given before the round is even started",
            "medication_error",
        ),
        (
            "my manager keeps telling me my visa depends on this job when i ask for study days",
            "bullying_staff",
        ),
        ("i go to bed hoping this is it, no more mornings", "suicide_self_harm"),
        (
            "lost four of my mates from the regiment, theyve all gone now. id like to join them sooner rather"
            " than later",
            "suicide_self_harm",
        ),
        ("three on shift for six residents who all need 2:1 for personal care", "unsafe_staffing"),
    ],
    # Medicines errors and exploitation told by what happened, which older cues read in another category:
    # two patches on at once, a jab to calm and no observations after, a blood thinner given twice over,
    # workers whose boss keeps their passports; harassment stays harassment beside a move to another ward.
    "endpaper": [
        (
            "nan had two of her pain patches on when she came back, the old one never got taken off",
            "medication_error",
        ),
        (
            "they injected me when i kicked off and nobody checked on me or did any obs after",
            "medication_error",
        ),
        ("dad is on warfarin and they gave him the tablets and the injections as well", "medication_error"),
        (
            "the lads at the nail bar say the boss keeps their passports and they owe him for bringing them"
            " over",
            "abuse_coercion",
        ),
        (
            "my supervisor sexually harassed me and when i reported it i was moved to another ward as we were"
            " short",
            "bullying_staff",
        ),
    ],
    # Self-injury told by the body: one's own head banged on a wall, hair pulling back.
    "errata": [
        ("when its bad i bang my head against the wall in the bathroom", "suicide_self_harm"),
        ("the hair pulling is back again, hiding it under a hat", "suicide_self_harm"),
    ],
    # Harm told by what happened: neglect a relative finds behind a signed visit book, age given as the
    # reason, paracetamol twice over, one-to-one shared with other work, clozapine back at the old dose,
    # oxygen never put on, a worker at a patient's bed at night, one worker across two wards, a discharge
    # for not answering, a patient's relative waiting by a worker's car.
    "imprint": [
        ("went to see grandad, the carers sign for every visit but his fridge is empty", "unsafe_care"),
        (
            "my assessor keeps saying im too old to be training and should leave it to the young ones",
            "bullying_staff",
        ),
        ("ive had paracetamol four times a day and lemsip on top for a week now", "medication_error"),
        (
            "he is meant to be 1:1 but the hca on him is also doing the drinks for the whole ward",
            "unsafe_staffing",
        ),
        ("she missed her clozapine for 5 days then they put her back on the same dose", "medication_error"),
        ("mum was prescribed oxygen but nobody put it on all night", "medication_error"),
        ("a carer on nights comes into my room when everyone is asleep", "abuse_coercion"),
        (
            "there was one nurse across two wards all weekend and my dad was left in a wet pad",
            "unsafe_staffing",
        ),
        ("the crisis team discharged him for not engaging and he has not left his flat since", "unsafe_care"),
        (
            "a patient's brother keeps waiting outside her car after shift, our hca is terrified",
            "bullying_staff",
        ),
    ],
    # Emergency kit, exits and the night told by what was found: an emergency medicine's box empty, a
    # fire exit padlocked, night staff asleep while a buzzer goes unanswered.
    "bookplate": [
        ("she collapsed and when we got the epipen out the box was empty", "medication_error"),
        ("they have chained the fire exit on our ward so nobody can leave", "unsafe_care"),
        ("both staff were asleep in the lounge and i pressed the buzzer for an hour", "unsafe_care"),
    ],
    # Caseloads told as a number with people lost track of, reasons to live running out, a shift with
    # nobody trained to hold a patient, food refused as a punishment, a child kept quiet by a threat.
    "slipcase": [
        ("our caseloads are 55 each and people have not been seen for months", "unsafe_staffing"),
        ("i am running out of reasons to keep going", "suicide_self_harm"),
        ("none of us on nights had done our breakaway and a patient went for the nurse", "unsafe_staffing"),
        ("i have not eaten since monday, i do not deserve food", "suicide_self_harm"),
        ("my stepdad says if i tell the teacher they will put us in care", "abuse_coercion"),
    ],
    # A trainee left as nurse in charge, a 1:1 given on a first shift, a fall nobody recorded.
    "bookmark": [
        (
            "in reality our HCAs end up as nurse in charge at weekends because there is no band 5 on, some"
            " guidance for employers would help",
            "unsafe_staffing",
        ),
        (
            "my first day, no induction, and i was given a 1:1 on a lad who had tried to abscond",
            "unsafe_staffing",
        ),
        (
            "a resident had what looked like a fit in the dining room on a late, nobody wrote it down and the"
            " night staff had no idea",
            "unsafe_care",
        ),
    ],
    # Beside the records an office holds: the passport or the card itself taken.
    "records": [
        ("he has taken my passport and i cant leave", "abuse_coercion"),
        ("my husband took my bank card and my passport", "abuse_coercion"),
    ],
}

# Comments the cues must leave unflagged, by the file whose false flags each family came from.
_NOT_DISCLOSED = {
    # A dose the writer says was never missed.
    "appendix": [
        "they never missed his tablets once, but the food was cold",
        "never missed a dose of her meds in 3 weeks, cant fault them",
        "review came late but i have not missed my medication at all",
    ],
    # A bill paid another way, or rent worked off by one's own offer.
    "addendum": [
        "can i pay it another way, by card?",
        "is there a way to pay the rent in kind? i can do some gardening for the council",
        "we could cover the backfill another way, through bank staff",
    ],
    # Safe staffing said to hold, harm to a car park, a thing thrown in temper, a dull session, no dose
    # missed.
    "supplement": [
        "we are never under safe staffing here, its a well run unit",
        "the module on what to do when a ward is below safe staffing levels was useful",
        "someone is going to get hurt on that car park one day, the potholes",
        "the wifi went again and i nearly threw my laptop out of the window",
        "i could have lobbed the printer into the canal",
        "lost the will to live in the icebreaker, we did four of them",
        "review was late but no doses were missed",
        "no missed doses, just a long wait for the pharmacy",
    ],
    # A ligature named as a policy or procedure; a day with no break.
    "annex": [
        "what does the ligature policy say about APs on obs?",
        "can we see the ligature procedure before our next placement",
        "two days with no lunch break, the ward was manic",
    ],
    "rider": [
        "i pray every night and it helps me get through",
        "i am fasting this month and the team were lovely, they saved me some tea",
        "i go to church on sundays so i asked not to be rota'd on and they let me",
        "the chaplain came and prayed with me, made a real difference",
    ],
    # Banter about an accent that the writer gives straight back and calls never nasty.
    "codicil": [
        "they take the mick out of my accent on the ward but i give it straight back, its never nasty",
    ],
    # "to death" in a nag, a jokey walk into the sea under way, none missed told the other way round, the
    # topics of one briefing listed together.
    "colophon": [
        "my son nags me to death about my diet but hes right",
        "one more login failing and im walking into the sea lol",
        "the pharmacy was slow but i never went without my meds",
        "the briefing on handling bullying and harassment concerns was very good",
        "our CPNs have 25 each and it works well",
    ],
    # A screening question answered no; a controlling relationship left years ago, safe now.
    "endnote": [
        "the nurse asked if id ever thought about ending my life. i have not, just exhausted",
        "i got out of a controlling marriage years ago and im safe now, the group keeps me going",
    ],
    # A near miss caught before any was taken; resolved low mood told by what came after; a dosette
    # filled for a parent; a pet minded for a holiday; a will written for a new house; a policy's
    # routine enquiry.
    "marginalia": [
        "wrong dose on the label but the pharmacist caught it before mum took any. fine since",
        "i was really low when i came in. 6 weeks of group later and i am back at the gym",
        "i counted out all my mams tablets into the dosette for the week",
        "the dog is going to my sister while we are on holiday",
        "we got our wills done when we bought the new house",
        "routine enquiry about domestic abuse should be part of every assessment",
        "got out of a controlling relationship a few years ago. safe and happy now",
    ],
    # Done at the writer's own asking; a policy to update, named after who is writing; a policy's
    # reporting routes; a controlling relationship long behind the writer; letters for a birthday.
    "gloss": [
        "my husband holds my phone in group so im not on it, my idea not his",
        "ward manager here: our bullying policy needs a section on apprentices",
        "our policy has no domestic abuse reporting routes for staff, can you share one?",
        "years ago i was in a controlling marriage but that's long behind me now",
        "wrote cards to all my kids for their birthdays and put them in the drawer just in case i forget",
    ],
    # A procedure's case; a missed dose reported and harmless; a definition taught; a telling-off put
    # right; a question asked of a class with no case told as real.
    "footnote": [
        "who do we call when staff suspect domestic abuse at a home visit?",
        "a dose was missed overnight, it was datixed and reviewed and there was no harm",
        "training covered what counts as a medication error and how to datix it",
        "got told off in front of the team, she apologised after and we've been fine since",
        "what to do when a patient tells you they are being abused at home would be useful",
    ],
    # A high-risk drug's bloods done like clockwork; self-harm described long ago and over; a dark time
    # before the group gave life back; a meal nobody needs help with.
    "scholium": [
        "my clozapine bloods are done every 4 weeks without fail, never missed one",
        "i used to cut myself when i was a teenager but that was 15 years ago and im in a good place now",
        "i was in a bad place when i got referred. the group has given me my life back",
        "nobody cuts his food up now because he wants to do it himself, he manages his tray fine",
    ],
    # A skill asked about in training; self-harm not done for a long time; a group that did not drop the
    # writer; a procedure's case with a team named; an awareness day; a squared-away tax return; a form
    # read first because of the writer's eyesight.
    "postil": [
        "the module taught us to ask someone outright if they are thinking of ending their life",
        "i used to hurt myself a few years back but i have not for a long time now",
        "missed a few sessions when i was low and they didnt kick me off the group, thank you",
        "what should APs on the ward do when they suspect domestic abuse at visiting time",
        "we ran a ligature awareness day for the new starters",
        "my husband reads these before i send them because my eyesight is going",
    ],
    # A question of who investigates when a trainee raises harassment; a procedure's question about any
    # medicines error; banter given back; a winter of not wanting to get out of bed, over now; an exam
    # beaten like a game.
    "rubric": [
        "who looks into it if a trainee raises a concern about harassment on placement?",
        "when there is a medication error who is accountable, the AP or the RMN?",
        "they rip me for being a southerner but i give it back and its all banter",
        "did not want to get out of bed all january, now i walk the dog every morning",
        "the EPA felt like a boss level but i finally beat it",
    ],
    # Control by an ex years ago, out and safe now; goodbyes at a last session; a feared double dose
    # found not to have happened; a leaflet about what happens if you tell staff; a template policy
    # "incl." bullying.
    "proem": [
        "my ex used to control who i saw and what i spent. that was 6 years ago and i am out and safe",
        "said my goodbyes at my last group today, going to miss everyone",
        "worried id taken my evening meds twice so the pharmacist went through my box with me. i hadnt",
        "the card about what happens if you tell someone you are thinking about suicide is brilliant",
        "can you share a model policy for raising concerns, incl. bullying and harassment?",
    ],
    # Jokes marked "lol"; not around for the next event as one retires; banter that is everyone's; no
    # dose missed; an overdose of caffeine; joining a late wife's friends for lunch.
    "exordium": [
        "id sooner top myself than sit through that training video again lol",
        "one more essay and im going to throw my laptop out the window and jump after it lol",
        "i will not be around for the next one as i am retiring in march",
        "the rota is a mess but its everyone not just me",
        "review was late but i never ran out or missed a dose",
        "running on an overdose of coffee this week",
        "my wife died last year and the group helped, i go to join her friends for lunch on fridays now",
    ],
    # Tablets piled up by accident; a shift got through fine; no dose missed; a case study; the remote as a
    # joke; a home elsewhere, "not here"; the late shift.
    "preamble": [
        "the chemist gave me 3 months at once so i was saving up my tablets by accident, my cpn sorted it",
        "short shift with two agency staff but we got through it fine, nobody was hurt",
        "switched my antidepressant and nobody explained, i havent missed any though",
        "we did a case study of a warfarin error in the medicines module, really good",
        "my husband controls the tv remote lol, the carers group is great",
        "she keeps asking to go home, she means the farm in wales not here, the staff are lovely",
        "i was on the late and the meds round went smoothly",
    ],
    # Better off in a care home; a caseload that is manageable; enough staff for the task; a hand on a
    # shoulder; a rota fixed now.
    "prologue": [
        "my mum is better off with the care home than with me trying to cope, and she is happy there",
        "the team is on 12 cases each which is manageable",
        "the ward needs 4 staff on nights and we always have 4, sometimes 5",
        "he put his hand on my shoulder and said well done, i nearly cried",
        "unsafe staffing on the ward for weeks now but that is fixed",
    ],
    # A charity abseil; a room forgotten; a residential one cannot go on; one's own study time lost; a
    # showcase's good example.
    "foreword": [
        "we did the abseil off the top of the multi storey for charity, what a laugh",
        "my mentor sometimes forgets to book the room for supervision but we find one",
        "i cant go on the residential because of childcare, shame",
        "short staffed loads so my study time goes, its just me losing out really, the ward is safe",
        "the showcase example of the AP who spotted a depot error was brilliant",
    ],
    # An accent praised; one medicine swapped for another; a grandfather's last weeks in a hospice; a
    # course that threatens to withdraw an apprentice for missed days.
    "preface": [
        "my mentor says my accent is lovely and never corrects my english, she just listens",
        "the gp stopped the old tablet and started me on a different antidepressant, much better",
        "my grandad is in the hospice, the doctors think he will not live to see christmas",
        "ive missed 4 uni days with a poorly toddler and theyre threatening to withdraw me, so unfair",
    ],
    # A role-play and error reporting as subjects of teaching; a physio's stretches; a flat used for a
    # party; new curtains that are the collapsible kind; feeling better without a job.
    "introduction": [
        "the role-play on supporting an apprentice who discloses domestic abuse was powerful",
        "good to hear how trusts handle medication error reporting, we will use it in the module",
        "the physio bends her fingers back gently as part of the stretches",
        "we use my flat for the birthday party every year",
        "the new curtain rails are the collapsible kind, which is reassuring",
    ],
    # Off to a new post; a mentor briefing on a topic; a fall without injury to the head; time with a
    # living husband; passport details taken for enrolment.
    "overture": [
        "I won't be around for the next survey - I qualify in June and start a Band 4 post",
        "Mentor briefing: please add something on supporting an apprentice who discloses domestic abuse",
        "she fell over in the garden at home but she did not hit her head and the GP checked her",
        "i want to be with my husband more, his shifts are long",
        "the college took her passport details for enrolment",
    ],
    # A session slot on how staff can raise concerns; the police rung about a car park, not a patient.
    "prelude": [
        "happy to run a slot next time on how staff can raise concerns about unsafe staffing or bullying",
        "nobody rang the police about the break-in at the car park, which was odd",
    ],
    # A joke about a trivial task, a blessing, a funeral; notes that hold a preference; a consultant
    # replaced; a medicine dispensed without fuss; washes done twice; spoken to like a queen.
    "incipit": [
        "lord take me now, three hours of e-learning lol",
        "she always says god bless them when the nurses come round",
        "the vicar said god will call us all home one day, it was a lovely funeral",
        "he still got his tablets on time, it is in his notes that he prefers them with food",
        "the consultant left in may and the new one started in june, lovely",
        "the clozapine clinic was shut so bloods were done at the gp and dispensed without any fuss",
        "even though the day staff had already done the washes, nights did them again",
        "she was spoken to like a queen by the staff, nobody could fault them",
    ],
    # The only AP among nurses; chairs pushed together; the writer's own nap after nights; a nurse for two
    # hours; a corner for a photo.
    "flyleaf": [
        "i was the only AP on the ward, everyone else was a nurse, loved it",
        "we pushed the chairs together to make a bigger table for the group",
        "after my night shift i have a nap before uni, obs training was good",
        "one nurse from the bank team came for 2 hours",
        "we had to go in the corner for the group photo lol",
    ],
    # Training booked; a band 6 in charge; plasters for blisters; a wristband replaced; banter the writer
    # calls a laugh they give back.
    "frontispiece": [
        "i have not done my PMVA yet but i am booked on it next month",
        "i was NIC on the day shift as the band 6, busy but fine",
        "i bought my own plasters for the blisters from my new shoes",
        "my wristband fell off and they still gave me a new one straight away",
        "the lads call me the prof cos of the degree, its a laugh, i give it back",
    ],
    # A near miss stopped at the check; a dark time now months clean; errors spotted on mock charts; and
    # look-alikes of the halftitle families: a job worry put aside, thanks with an apology, a fall with
    # help at once, a supervised dose given as it should be.
    "halftitle": [
        "nearly gave the wrong patients meds, the nurse checking with me stopped me before anything was"
        " given",
        (
            "i was in a really dark place when i first came here, couldnt see the point in anything. 8 months"
            " "
            "clean now and i run the peer group"
        ),
        "in the medicines module we practised spotting errors on mock MAR charts, i got 7 out of 9",
        "my mentor said i could forget about my job worries for a day and enjoy the conference",
        "thanks for everything, sorry for being a pain with all my questions, the team were brilliant",
        "i was on the floor til the ambulance came, the crew were lovely",
        "my methadone is supervised daily at the chemist and they are strict about it, fair enough",
    ],
    # A late blood test with fine results; safeguarding teaching "the bits on" a topic; look-alikes of the
    # dedication families: a move for a holiday, help asked for with the bank card.
    "dedication": [
        "his lithium test was 6 weeks late because of the move but the levels were fine",
        "level 3 safeguarding was good, especially the bits on financial abuse and county lines",
        "you wont need them where youre going, its sunny in spain apparently",
        "my daughter moved in to help and holds my bank card for me while i am in hospital",
        "nobody sits with me at lunch but the food is lovely",
    ],
    # A review late with every injection on time; a session on monitoring; blows at walls; a worker hurt
    # by an unwell patient and looked after; a visa renewal helped with; staff enough for two each.
    "epigraph": [
        "the depot review is 3 weeks overdue but my injections are on time",
        "lithium monitoring session was really useful, never knew the levels mattered that much",
        "young lad was punching doors on the ward, we gave him space and he settled",
        "got kicked by a patient who was very unwell, got checked over and my manager rang me after",
        "my manager reminded me my visa renewal is due and helped with the forms",
        "four on shift for two people who need 2:1, plenty of us",
        "no more mornings shifts for me now im on nights",
    ],
    # A racist remark from a patient dealt with at once; "died a death" for a quiet start; a fall handled
    # beyond fault; a relative who could not wake a drowsy father; the writer's own hard task.
    "endpaper": [
        "a patient called me a racist name on my first shift, the nurse in charge stepped in straight away",
        "the stall died a death for the first hour then it picked up",
        "mum fell on the ward, they did her obs all night and rang me, could not fault how it was handled",
        "we couldnt wake him for his breakfast, he is always sleepy on the new tablets and the doctor knows",
        "when we are short she is pulled back on the floor and i hate doing it to her",
    ],
    # Handled or over: a son's cutting stopped since christmas with the team in, a joke that went too far
    # stopped at once, a falling-out sorted within a fortnight, a wrong dose about to be given and
    # stopped; the idiom of a brick wall.
    "errata": [
        "my son was cutting himself last year but he hasnt done it since easter, the team have been great",
        "one joke about my accent went too far and they stopped straight away when i said",
        "a colleague was nasty to me, my manager sorted it within a week and she apologised",
        "the nurse went to give the wrong dose and i stopped her, we did the incident form together",
        "trying to get a straight answer from payroll is like banging my head against a brick wall",
    ],
    # Matters put right or told as harmless: a remark dealt with there and then, a dose corrected before it
    # was collected, teasing the writer calls friendly, scratching stopped for months, a will made early in
    # dementia, harm to someone else reported and over; and look-alikes of the imprint families.
    "imprint": [
        "a patient made a sexual comment to me on my placement, my manager dealt with it there and then",
        "my prescription had the wrong dose on it but the pharmacist phoned me before i collected it and"
        " corrected it",
        "colleagues ask me to repeat things sometimes cos of my accent but its friendly",
        "i used to scratch my arms till they bled when anxious, its stopped, 8 months now",
        "been sorting my will after the alzheimers diagnosis while i can still think, the memory clinic"
        " helped",
        "we raised a concern about a resident's nephew taking her money, it went to adult social care and she"
        " is safe now",
        "my tutor says you are never too old to be learning, best thing i did at 58",
        "the pharmacy module taught us never to take paracetamol with lemsip",
        "the fridge was empty when i got back from holiday so i went to the shops",
        "clozapine was restarted slowly and built up over two weeks, they did bloods every week",
    ],
    # Banter the writer does not mind and calls not nasty; a fire drill and a stocked kit.
    "bookplate": [
        "they call me 'the baby' on the team cos im youngest, dont mind it, its not nasty",
        "we had a fire drill and the fire exit was locked for the test only",
        "checked the naloxone kit today, all in date and stocked",
    ],
    # A policy named or stated as it stands; reasons to keep going given by help; a list of reasons to
    # stay in a job.
    "slipcase": [
        "we went through the safe staffing escalation policy, under our safe staffing escalation policy the"
        " bleep holder moves staff",
        "the group gave me reasons to keep going and i am doing well now",
        "we made a list of reasons to stay in the nhs at the retention workshop",
        "i do not deserve a takeaway after the week i have had lol",
    ],
    # A trainee shadowing the nurse in charge; a first shift spent shadowing; a fall that was reported.
    "bookmark": [
        "as an AP i shadowed the nurse in charge for a day and learnt loads",
        "on my first shift i was shadowing a 1:1 with my mentor alongside me",
    ],
    # Records an office holds: a passport's or a card's details taken or kept (three older cues flagged
    # "took my passport details", one "keeps my card details").
    "records": [
        "the college took my passport details for enrolment",
        "hr have taken my passport details and a copy of my driving licence",
        "the bank keeps my card details on file",
    ],
}


@pytest.mark.parametrize(
    ("text", "category"),
    [
        pytest.param(*case, id=f"{file}-{n}")
        for file, cases in _DISCLOSED.items()
        for n, case in enumerate(cases)
    ],
)
def test_a_family_is_flagged_in_its_category(text: str, category: str) -> None:
    flag = assess_risk_by_cues(text)
    assert flag is not None and flag.category == category


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=f"{file}-{n}")
        for file, texts in _NOT_DISCLOSED.items()
        for n, text in enumerate(texts)
    ],
)
def test_a_look_alike_of_a_family_is_not_flagged(text: str) -> None:
    assert assess_risk_by_cues(text) is None
