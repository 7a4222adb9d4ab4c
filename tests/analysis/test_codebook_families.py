"""Families of wording behind the codebooks' 1.5, 1.6 and 1.7 rules and guards, on probe comments
written for this test in the voices of apprentices, mentors, managers and event attendees (none is from
the labelled sets or from real responses; typos, text-speak and negation included). Each family is
checked both ways: the near-miss that must not code the theme, and the plain use that still must, so a
guard cannot silently eat recall."""

from __future__ import annotations

import pytest

from analysis.text.coding import code_one, load_shipped

W, E = "workforce", "stakeholder_event"

# (codebook, prompt, comment, {theme: stance or None for any}, themes it must not carry)
# fmt: off
CASES = [
    # Uni days as a date for home life or the journey are not release; uni days taken away still are.
    (W, "could_improve", "childcare on uni days is a nightmare, the nursery opens at 8",
     {"workload_wellbeing": "barrier"}, {"release_backfill"}),
    (W, "what_good", "my partner doing the school run on uni days x", {}, {"release_backfill"}),
    (W, "could_improve", "would be good if uni days were at a campus nearer home", {}, {"release_backfill"}),
    (W, "could_improve", "my uni days keep getting cancelled cos the ward is short",
     {"release_backfill": "barrier"}, set()),
    (W, "what_good", "manager never touches my uni days", {"release_backfill": "positive"}, set()),
    # Long term and permanent about sickness and shift patterns are not the future of the posts.
    (W, "nonspecific", "my PS has been off sick long term so I had nobody for months",
     {"mentor_capacity": "barrier"}, {"sustainability"}),
    (W, "could_improve", "im on permanent nights so getting to lectures is a killer", {}, {"sustainability"}),
    (W, "could_improve", "no idea if there will be permanent AP posts when we qualify",
     {"sustainability": None}, set()),
    (W, "could_improve", "we need a long-term plan for the role not just a pilot",
     {"sustainability": None}, set()),
    # Ring-fenced study time is release; ring-fenced money for posts is sustainability.
    (W, "could_improve", "ring fence our study hours pls",
     {"release_backfill": "barrier"}, {"sustainability"}),
    (W, "could_improve", "the AP posts need ring-fenced money after the pilot",
     {"sustainability": None}, set()),
    # Wages as the purse other costs come out of are the apprentice's costs, not pay.
    (W, "could_improve", "fuel for placement comes out of my own wages", {"travel_placements": "barrier"},
     {"banding_recognition"}),
    (W, "could_improve", "the wages are rubbish for what we do", {"banding_recognition": "barrier"}, set()),
    # A date pushed back is not resistance; push back from staff is.
    (W, "could_improve", "the start date got pushed back twice by the uni", {}, {"engagement_persistence"}),
    (W, "could_improve", "lots of push back from the senior nurses about APs",
     {"engagement_persistence": None}, set()),
    # Where the AP role leads is the career; an AP lead is a person who champions it.
    (W, "could_improve", "nobody can tell us where being an AP leads", {}, {"engagement_persistence"}),
    (W, "what_good", "our AP lead fought for us at every meeting", {"engagement_persistence": "positive"},
     set()),
    # The placement beside the university is the workplace, not travel; a far placement is travel.
    (W, "could_improve", "better links between uni and placement, they never talk to each other", {},
     {"travel_placements"}),
    (W, "could_improve", "my placement was an hour and a half each way", {"travel_placements": "barrier"},
     set()),
    # A network across the region is not a journey; lectures across the county are.
    (W, "could_improve", "an ap network across the region would be fab", {}, {"travel_placements"}),
    (W, "could_improve", "lectures are across the county, 2 buses", {"travel_placements": "barrier"}, set()),
    # A wellbeing module is the course; the apprentice's own wellbeing is workload and wellbeing.
    (W, "what_good", "the wellbeing and recovery unit was class", {}, {"workload_wellbeing"}),
    (W, "could_improve", "nobody asks about our wellbeing, its all targets",
     {"workload_wellbeing": "barrier"}, set()),
    # The mentors' caseload asked for on their behalf is mentor capacity; a mentor's own load is workload.
    (W, "could_improve", "mentors need time in their rota, not just on top of a full caseload",
     {"mentor_capacity": "barrier"}, {"workload_wellbeing"}),
    (W, "could_improve", "i mentor two APs on top of a full caseload and im shattered",
     {"workload_wellbeing": "barrier"}, set()),
    # Nobody checking in: pastoral care unless a mentor is named.
    (W, "could_improve", "when my nan died no one checked in on me at all", {"workload_wellbeing": "barrier"},
     {"mentor_capacity"}),
    (W, "could_improve", "my mentor is on days and no one checks in on me on nights",
     {"mentor_capacity": None}, set()),
    # The filter question answered: no change of mentor is no theme.
    (W, "nonspecific", "didnt have a change tbh", {}, {"mentor_capacity"}),
    (W, "nonspecific", "it was a big change and I lost a month", {"mentor_capacity": "barrier"}, set()),
    # Telling others what an AP is (or being told) is role understanding.
    (W, "could_improve", "someone needs to tell the doctors what an AP actually is",
     {"role_understanding": "barrier"}, set()),
    (W, "what_good", "my manager explaining to the whole team what I can and cant do",
     {"role_understanding": "positive"}, set()),
    # Home life: a parent who is ill, caring, counselling and occupational health.
    (W, "what_good", "time off from my manager when my mum was poorly", {"workload_wellbeing": "positive"},
     set()),
    (W, "what_good", "occupational health were brill when I was going under", {"workload_wellbeing": None},
     set()),
    # Study time in the working week; keeping the programme going.
    (W, "what_good", "getting time on shift to do my portfolio", {"release_backfill": "positive"}, set()),
    (W, "could_improve", "just keep it going, we need more APs", {"sustainability": None}, set()),
    # Stance: negated trouble, not needed, a bare verdict of fine, time kept safe, an option wished for.
    (W, "could_improve", "the EPA wasnt the nightmare everyone made out",
     {"end_point_assessment": "not_a_barrier"}, set()),
    (W, "what_good", "my english gcse counted so I didnt need to do functional skills",
     {"maths_english": "not_a_barrier"}, set()),
    (W, "could_improve", "maths fine, english fine, its the rota that kills me",
     {"maths_english": "not_a_barrier"}, set()),
    (W, "what_good", "study days protected. never once been pulled back onto the ward",
     {"release_backfill": "positive"}, set()),
    (W, "could_improve", "i would like the option to top up to my RMN later",
     {"career_progression": "mention"}, set()),
    (W, "could_improve", "no clear route to the RMN degree from here",
     {"career_progression": "barrier"}, set()),
    # Event: time wanted for an activity that has its own theme is that theme, not the running order.
    (E, "could_improve", "cud of had more time for networking", {"networking": "barrier"},
     {"organisation_timing"}),
    (E, "could_improve", "not enough time to mingle with the other trusts", {"networking": None},
     {"organisation_timing"}),
    (E, "could_improve", "more time with the apprentices pls", {}, {"organisation_timing"}),
    (E, "could_improve", "not enough time for questions and it overran", {"organisation_timing": "barrier"},
     set()),
    (E, "could_improve", "sessions were too short to get to know anyone", {}, {"organisation_timing"}),
    (E, "could_improve", "the morning was too short and rushed", {"organisation_timing": "barrier"}, set()),
    # "More on" a topic with its own theme is that theme, not content; a plain topic is content.
    (E, "could_improve", "more on how the AP fits alongside the NA", {"role_understanding_event": None},
     {"content"}),
    (E, "could_improve", "more about how other trusts recruited", {}, {"content"}),
    (E, "could_improve", "more on the levy and funding rules", {"content": "barrier"}, set()),
    (E, "what_good", "made me feel less on my own", {}, {"content"}),
    # A sales pitch is what was said; a salesy keynote is the speaker's delivery.
    (E, "could_improve", "bit of a sales pitch for the college tbh", {"content": "barrier"}, {"speakers"}),
    (E, "could_improve", "the keynote was a bit salesy", {"speakers": "barrier"}, set()),
    # An earlier webinar; an organisation too small; not hearing back from someone.
    (E, "could_improve", "most of it was in the previous webinar", {}, {"venue_online"}),
    (E, "could_improve", "the webinar kept freezing", {"venue_online": "barrier"}, set()),
    (E, "nonspecific", "we're too small to release anyone for it", {}, {"venue_online"}),
    (E, "could_improve", "room was too small for the numbers", {"venue_online": "barrier"}, set()),
    (E, "nonspecific", "never heard back after I emailed about the mentor course", {}, {"venue_online"}),
    (E, "could_improve", "couldnt hear the speakers at the back", {"venue_online": "barrier"}, set()),
    # The room as the people in it; a group session run with patients; no confusion.
    (E, "what_good", "the apprentice had half the room in tears", {}, {"venue_online"}),
    (E, "what_good", "the AP talked about her first group session on the ward", {}, {"networking"}),
    (E, "what_good", "the group sessions on the tables were the best bit", {"networking": "positive"}, set()),
    (E, "what_good", "role explained well, no confusion at all", {}, {"content"}),
    # Material to take to the board is support asked for; taking it to the board ourselves is a plan.
    (E, "nonspecific", "figures we can take to our board", {}, {"intention_to_adopt"}),
    (E, "nonspecific", "we're taking it to the board next month", {"intention_to_adopt": "positive"}, set()),
    # An example document asked for is a template, not an example told.
    (E, "nonspecific", "an example of a supervision agreement would help", {"next_step_support": None},
     {"examples_case_studies"}),
    # Not for us right now is adoption on hold, not the event's relevance; no idea yet is no request.
    (E, "could_improve", "not for us right now, maybe next year", {}, {"relevance"}),
    (E, "nonspecific", "no idea yet, need to think", {}, {"next_step_support"}),
    (E, "nonspecific", "nothing needed, we're sorted", {"next_step_support": "not_a_barrier"}, set()),
    # Slides before the day are the event's materials; the recording watched is the online format.
    (E, "could_improve", "slides beforehand would be gd", {"content": None}, {"next_step_support"}),
    (E, "what_good", "could watch the recording after as I left early", {"venue_online": "positive"},
     {"next_step_support"}),
    (E, "nonspecific", "pls send the recording", {"next_step_support": None}, set()),
    (E, "what_good", "being able to catch up on the recording as my train was late",
     {"venue_online": "positive"}, set()),
    # Stance of a plan given in numbers: a plan to adopt, not a bare mention.
    (E, "nonspecific", "we will be putting 3 more staff on the next cohort",
     {"intention_to_adopt": "positive"}, set()),
    (E, "nonspecific", "looking to go from 2 to 6 APs across our wards", {"intention_to_adopt": "positive"},
     set()),
    # Time with the apprentices and someone who has been through it are examples told at first hand.
    (E, "what_good", "the q&a with the current apprentices was gold", {"examples_case_studies": "positive"},
     set()),
    (E, "what_good", "gd to hear from someone who had just been through the EPA",
     {"examples_case_studies": "positive"}, set()),
    (E, "what_good", "hearing a matron talk about how they won over the ward",
     {"examples_case_studies": None}, set()),
    # Support after the day, given or not; the wrong audience; adoption held back or started.
    (E, "nonspecific", "the regional lead already emailed me, v helpful", {"next_step_support": "positive"},
     set()),
    (E, "nonspecific", "never heard back about the mentor training", {"next_step_support": "barrier"}, set()),
    (E, "nonspecific", "the template we were promised never arrived",
     {"next_step_support": "barrier"}, set()),
    (E, "could_improve", "wrong audience for us, we're a care home", {"relevance": "barrier"}, set()),
    (E, "could_improve", "felt mostly aimed at acute trusts", {"relevance": "barrier"}, set()),
    (E, "nonspecific", "its on hold until the new budget", {"intention_to_adopt": "barrier"}, set()),
    (E, "nonspecific", "our board still needs convincing", {"intention_to_adopt": "barrier"}, set()),
    (E, "nonspecific", "we want to copy their model on our wards", {"intention_to_adopt": "positive"}, set()),
    # Who was there and staying in touch.
    (E, "what_good", "great mix of sectors round the tables", {"networking": "positive"}, set()),
    (E, "what_good", "nice to know others have the same worries as us", {"networking": "positive"}, set()),
    (E, "nonspecific", "a way to keep in touch with the other employers", {"networking": None}, set()),
    (E, "what_good", "short and sweet", {"organisation_timing": "positive"}, set()),
    # A negative negated is praise; gladness about support is praise, a wish for it is not.
    (E, "what_good", "honestly wasnt a waste of a day like I thought", {"usefulness": "positive"}, set()),
    (E, "what_good", "the panel didnt dodge the awkward questions on banding",
     {"speakers": "positive"}, set()),
    (E, "what_good", "easy to network even tho I didnt know a soul", {"networking": "positive"}, set()),
    (E, "nonspecific", "really glad the follow-up support sessions are carrying on",
     {"next_step_support": "positive"}, set()),
    (E, "nonspecific", "would appreciate a contact for the levy transfer", {"next_step_support": "mention"},
     set()),
    # The mentor named on their own then praised; praise in slang; taken for another role or misread
    # from the title; where next; no plan for after; someone who fought or kept on; recorded lectures.
    (W, "what_good", "my PS. she always went through every competency with me",
     {"mentor_support": "positive"}, set()),
    (W, "could_improve", "nothing to change, my mentor was ace", {"mentor_support": "positive"}, set()),
    (W, "could_improve", "the doctors mix us up with the NAs constantly", {"role_understanding": "barrier"},
     set()),
    (W, "could_improve", "half the ward thought assistant practitioner means the nurse's assistant",
     {"role_understanding": "barrier"}, set()),
    (W, "could_improve", "where do we go after this? nowhere", {"career_progression": "barrier"}, set()),
    (W, "could_improve", "id like the chance to move on to the nursing degree",
     {"career_progression": "mention"}, set()),
    (W, "could_improve", "no plan for the next cohort once we finish", {"sustainability": "barrier"}, set()),
    (W, "what_good", "a ward manager who fought for the programme with the board",
     {"engagement_persistence": "positive"}, set()),
    (W, "what_good", "recorded lectures so i could catch up after nights",
     {"digital_access": "positive"}, set()),
    (W, "what_good", "my manager fought for me when the ward wasnt keen",
     {"engagement_persistence": "positive"}, set()),
    # 1.6, from the kinds of error on the unseen files. Time blocked out in the diary is not obstruction;
    # a manager who blocks the role is.
    (W, "what_good",
     "the ward manager blocked out all my study days months ahead", {}, {"engagement_persistence"}),
    (W, "could_improve",
     "the matron keeps blocking any talk of APs", {"engagement_persistence": None}, set()),
    # Uni days dating a meal are not release.
    (W, "could_improve", "theres never any hot food left on uni days by the time i get back", {},
     {"release_backfill"}),
    # Protected time in scare quotes is still protected time.
    (W, "could_improve",
     "my 'protected' hours get eaten every single week", {"release_backfill": None}, set()),
    # Salary as a bill the levy does not meet is funding; salary as pay is banding.
    (W, "could_improve", "the levy covers tuition but the trust still has to find the salary",
     {"funding_levy": None}, {"banding_recognition"}),
    (W, "could_improve",
     "the salary is shocking for the responsibility", {"banding_recognition": None}, set()),
    (W, "could_improve",
     "qualified in june and im still a band 3", {"banding_recognition": "barrier"}, set()),
    # Not knowing the paperwork is not the AP role misread; not knowing what an AP does is.
    (W, "nonspecific", "my second mentor didnt know the epa process at all", {}, {"role_understanding"}),
    (W, "could_improve", "the nurses still dont know what an AP can do", {"role_understanding": None}, set()),
    (W, "could_improve", "nobody on the unit knows where the line is between me and the NAs",
     {"role_understanding": None}, set()),
    # A mentor writing of mentoring in their own time is mentor capacity, not their workload.
    (W, "could_improve", "as a mentor i get no time for it in my job plan, its all in my own time",
     {"mentor_capacity": None}, {"workload_wellbeing"}),
    (W, "could_improve", "all my essays get done in my own time after nights", {"workload_wellbeing": None},
     set()),
    # A ward called a unit is a placement, not a unit of the course.
    (W, "what_good",
     "6 weeks on the psychosis unit taught me more than anything", {}, {"programme_relevance"}),
    # Posts lost, cut or gone once the training ends are sustainability.
    (W, "could_improve",
     "they cut both AP posts the year after we qualified", {"sustainability": None}, set()),
    # Standing up for the programme, a named senior lead; awards as recognition.
    (W, "what_good", "our head of service stood up for the apprentices at every budget round",
     {"engagement_persistence": "positive"}, set()),
    (W, "could_improve",
     "every trust needs a named lead for apprentices", {"engagement_persistence": None}, set()),
    (W, "what_good", "being put forward for apprentice of the year", {"banding_recognition": None}, set()),
    # Under the change-of-mentor question "the new one" is the mentor.
    (W, "nonspecific", "rough few weeks but the new one is brilliant", {"mentor_support": "positive"}, set()),
    # Funding kept for good is sustainability; funding for the course is funding.
    (W, "could_improve", "theres no recurrent funding for the posts once the pilot ends",
     {"sustainability": None}, {"funding_levy"}),
    (W, "could_improve", "the funding for my course took 6 months to come through", {"funding_levy": None},
     set()),
    # Event: "more on" or "nothing about" another theme's topic is not content; more on a topic is.
    (E, "could_improve", "nothing about the venue, it was lovely", {}, {"content"}),
    (E, "could_improve", "more on the AP scope please", {"role_understanding_event": None}, {"content"}),
    (E, "could_improve", "more on the levy transfer process please", {"content": "barrier"}, set()),
    # Breakout rooms are rooms; breakouts are the activity.
    (E, "could_improve", "the breakout rooms were freezing", {}, {"networking"}),
    (E, "what_good",
     "the breakouts were the best bit, met loads of people", {"networking": "positive"}, set()),
    # Too much crammed in is the content; a crammed day is the running order.
    (E, "could_improve", "too much crammed in before lunch", {}, {"organisation_timing"}),
    (E, "could_improve", "the afternoon felt really crammed", {"organisation_timing": "barrier"}, set()),
    # Slides read out are the speaker's delivery.
    (E, "could_improve", "one speaker read off his slides word for word", {"speakers": None}, {"content"}),
    # "Learnt loads" as a verdict on the day is not content; what was learnt is.
    (E, "what_good", "brilliant morning, learnt loads", {"usefulness": None}, {"content"}),
    (E, "what_good", "learnt how levy transfer works", {"content": None}, set()),
    # Crowding is not networking; an offer to speak later asks for no support.
    (E, "could_improve", "room far too small, we were on top of each other", {}, {"networking"}),
    (E, "nonspecific", "im a qualified AP and would be happy to speak at a future event", {},
     {"next_step_support"}),
    # One-word verdicts on the whole day; the journey there; staff put through the programme.
    (E, "could_improve", "couldnt fault it", {"usefulness": None}, set()),
    (E, "could_improve", "a 2 hour drive each way for a morning session", {"venue_online": "barrier"}, set()),
    (E, "could_improve", "well worth the 2 hour drive", {}, {"venue_online"}),
    (E, "nonspecific", "we'll be putting two HCAs through in september", {"intention_to_adopt": None}, set()),
    # 1.7, from the kinds of error on the fresh files. Sustainability as money for a set time, funded
    # again, the plug pulled, posts asked about for later; funding and Band 4 posts named only for
    # lasting are not funding or banding, unless the programme's money or pay is named.
    (W, "could_improve", "the money for the AP posts only lasts 18 months, then what",
     {"sustainability": "barrier"}, {"funding_levy"}),
    (W, "could_improve", "each year we wait to find out if the programme gets funded again",
     {"sustainability": None}, {"funding_levy"}),
    (W, "could_improve", "feels like the trust could pull the plug any time",
     {"sustainability": None}, set()),
    (W, "could_improve", "no one knows if the band 4 jobs will be around after next year",
     {"sustainability": None}, {"banding_recognition"}),
    (W, "could_improve", "the levy funding took ages to sort and it only runs for the course",
     {"funding_levy": None}, set()),
    (W, "could_improve", "we are still a band 4 but paid as a 3", {"banding_recognition": "barrier"}, set()),
    (W, "could_improve", "qualified and went straight back to band 3 work and pay",
     {"banding_recognition": None}, set()),
    # Senior people in to bat, those higher up, brick walls and people set against it.
    (W, "what_good", "our matron went into bat for us with the execs", {"engagement_persistence": "positive"},
     set()),
    (W, "could_improve", "the higher ups kept saying no to the posts", {"engagement_persistence": "barrier"},
     set()),
    (W, "could_improve", "like talking to a brick wall with finance for months",
     {"engagement_persistence": "barrier"}, set()),
    (W, "could_improve", "my ward sister was totally against having an apprentice on the ward",
     {"engagement_persistence": "barrier"}, set()),
    # One's own scope, put down as an HCA, roles muddled together, treated as an equal.
    (W, "what_good", "the course made me confident about my remit as an AP",
     {"role_understanding": "positive"},
     set()),
    (W, "could_improve", "i get put down as an extra HCA on the rota every shift",
     {"role_understanding": "barrier"}, set()),
    (W, "could_improve", "staff think APs and nursing associates are the same", {"role_understanding": None},
     set()),
    (W, "what_good", "my team treat me as an equal now", {"role_understanding": "positive"}, set()),
    (W, "could_improve", "the scope of my essay was too wide", {}, {"role_understanding"}),
    # Everything too much, nobody to mind the kids, the hours named as the trouble, study late at night;
    # family far off is home life, not travel.
    (W, "what_good", "my mentor got me through when everything got too much", {"workload_wellbeing": None},
     set()),
    (W, "could_improve", "single mum with nobody to pick up the kids on late shifts",
     {"workload_wellbeing": "barrier"}, set()),
    (W, "could_improve", "the course is fine its the hours that kill me", {"workload_wellbeing": "barrier"},
     set()),
    (W, "could_improve", "writing essays at 10pm after the kids are down",
     {"workload_wellbeing": None}, set()),
    (W, "could_improve", "my parents live the other side of the country so no help at home", {},
     {"travel_placements"}),
    # Mentors who cannot find the time or come untrained; mentoring praise in everyday words.
    (W, "could_improve", "my supervisor just cant find the time with her caseload",
     {"mentor_capacity": "barrier"}, set()),
    (W, "could_improve", "supervisors should get proper training before taking an apprentice on",
     {"mentor_capacity": "barrier"}, set()),
    (W, "what_good", "my mentor never made me feel daft and is a brilliant teacher",
     {"mentor_support": "positive"}, set()),
    (W, "nonspecific", "my old mentor was brilliant, the new one doesnt know me", {"mentor_support": None},
     set()),
    # A weekday given off and shifts cut for study are release; a lift shared is travel, a lift in a
    # building or in confidence is not.
    (W, "what_good", "they gave me thursdays off for uni no questions",
     {"release_backfill": "positive"}, set()),
    (W, "what_good", "my manager reduced my shifts before my assignments were due",
     {"release_backfill": "positive"}, set()),
    (W, "what_good", "a colleague gives me a lift to uni every week", {"travel_placements": "positive"},
     {"release_backfill"}),
    (W, "could_improve", "the lift at uni is always broken", {}, {"travel_placements"}),
    (W, "what_good", "the course gave me a lift in confidence", {}, {"travel_placements"}),
    (W, "what_good", "the chance to go on and do my RMN", {"career_progression": None}, set()),
    # Stance: no complaints, a piece of cake, never refused, cost me nothing.
    (W, "could_improve", "no complaints about the EPA, it was the travel",
     {"end_point_assessment": "not_a_barrier"}, set()),
    (W, "could_improve", "the maths was a piece of cake, its the essays", {"maths_english": "not_a_barrier"},
     set()),
    (W, "what_good", "the levy meant it cost me nothing", {"funding_levy": "positive"}, set()),
    (W, "could_improve", "never been refused study leave", {"release_backfill": "not_a_barrier"}, set()),
    # Event: the host as a person or as the hosting trust; badges and rooms; the work on film is examples,
    # a film explaining rules is content; an apprentice panel; a service's growth in numbers; contacts
    # asked for are not examples heard.
    (E, "what_good", "our host kept everyone on track and was really funny", {"speakers": "positive"}, set()),
    (E, "what_good", "the host trust laid on a lovely lunch", {"organisation_timing": None}, {"speakers"}),
    (E, "could_improve", "no one knew which room to go to after lunch", {"organisation_timing": "barrier"},
     set()),
    (E, "could_improve", "the lanyards ran out before we got there",
     {"organisation_timing": "barrier"}, set()),
    (E, "what_good", "the film of an apprentice on a community visit", {"examples_case_studies": "positive"},
     {"content"}),
    (E, "what_good", "the videos explaining the funding rules were clear", {"content": "positive"}, set()),
    (E, "what_good", "the panel of qualified APs was the highlight", {"examples_case_studies": "positive"},
     set()),
    (E, "what_good", "hearing how one service grew from 2 to 12 APs", {"examples_case_studies": "positive"},
     set()),
    (E, "nonspecific", "introductions to services that already have APs", {}, {"examples_case_studies"}),
    # A discussion hogged; adoption planned with those who decide, recruiting in a season, in two minds.
    (E, "could_improve", "one person hogged the whole discussion at our table",
     {"networking": "barrier"}, set()),
    (E, "what_good", "going to set up a chat with our chief nurse about a first cohort",
     {"intention_to_adopt": "positive"}, set()),
    (E, "nonspecific", "we are advertising for two APs in the autumn", {"intention_to_adopt": None}, set()),
    (E, "nonspecific", "in two minds about whether APs fit our service", {"intention_to_adopt": "mention"},
     set()),
    # A speaker missed through the wifi is the venue; speakers who rushed are not the day's timing.
    (E, "could_improve", "the wifi kept dropping so I missed most of the talks", {"venue_online": "barrier"},
     {"speakers"}),
    (E, "could_improve", "the presenters rushed through their slides", {"speakers": "barrier"},
     {"organisation_timing"}),
    (E, "nonspecific", "the regional lead came out to see us already, nothing more needed",
     {"next_step_support": None}, set()),
    (E, "could_improve", "the finance talk went over our heads", {"content": "barrier"}, set()),
    (E, "could_improve", "most of it didnt apply to a community team", {"relevance": "barrier"}, set()),
]
# fmt: on


def check_wording(
    book: str, prompt: str, text: str, wanted: dict[str, str | None], unwanted: set[str]
) -> None:
    """The comment is coded with every wanted theme (at its stance, when one is given) and no unwanted one."""
    _, stances, *_ = code_one(text, prompt, [load_shipped(book)])
    found = dict(pair.split(":") for pair in stances.split(";") if pair)
    for theme, stance in wanted.items():
        assert theme in found, f"{theme} not found in {text!r}: {stances}"
        if stance is not None:
            assert found[theme] == stance, f"{theme} in {text!r}: {stances}"
    assert not (unwanted & set(found)), f"{unwanted & set(found)} found in {text!r}"


@pytest.mark.parametrize(("book", "prompt", "text", "wanted", "unwanted"), CASES)
def test_wording_families(
    book: str, prompt: str, text: str, wanted: dict[str, str | None], unwanted: set[str]
) -> None:
    check_wording(book, prompt, text, wanted, unwanted)


def test_every_case_checks_something() -> None:
    # A probe that wants nothing and forbids nothing would pass whatever the engine does.
    assert all(wanted or unwanted for *_, wanted, unwanted in CASES)
