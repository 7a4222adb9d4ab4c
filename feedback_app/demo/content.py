"""Synthetic free-text answers for demo data: written for this project, never real feedback."""

from __future__ import annotations

FREE_TEXT: dict[str, dict[str, tuple[str, ...]]] = {
    "apprentice-survey": {
        "training_helped": (
            (
                "My mentor has been brilliant. She always makes time for our weekly supervision even when "
                "the ward is short."
            ),
            (
                "Having day release protected by my manager. The team know Wednesday is my uni day and they "
                "don't ring me."
            ),
            "The module on psychosocial interventions was really relevant to my job in the CMHT.",
            "supportive team, they cover my caseload when im at uni",
            (
                "Peer support from the others in my cohort. We have a group chat and help each other with "
                "assignments."
            ),
            "Nothing really",
            (
                "The functional skills tutor was so patient with me. I hadn't done maths since school and I "
                "passed first time."
            ),
            (
                "My confidence has grown loads. I now run the anxiety management group on my own with my "
                "supervisor checking in afterwards."
            ),
            "Mentor is good but hard to get hold of. The practice educator at the trust filled the gap.",
            "The study skills sessions in the first term. I didn't even know how to reference before.",
            (
                "Being able to shadow the OT and the social worker. It helped me see where the AP role fits "
                "in the MDT."
            ),
            "n/a",
            "Regular one to ones with my line manager to go through my portfolio.",
            "Honestly the other apprentices. The course itself didn't feel very mental health focused.",
            "Good mentor, good team, uni tutors answer emails fast.",
            "Being given a laptop by the trust. Before that I was doing my assignments on my phone.",
            "The EPA prep workshop helped me understand what the assessors are looking for.",
            "my manager fought for me to get backfill so I wasnt doing two jobs at once",
            "Having a named person in the programme team to ring when things went wrong with my placement.",
            "The mental health specialist module in year 2 was the best bit, I wish there was more of it.",
            "Supervision every fortnight, and my supervisor being honest about what I need to work on.",
            "All good",
            "Seeing patients get better in the groups I help run. That keeps me going on the hard weeks.",
            "Travel expenses being paid for the placement weeks made a big difference.",
            "Lectures being recorded so I could catch up after a night shift.",
            "Not much. Day release keeps getting cancelled because we are short staffed.",
            "Knowing there is a Band 4 post at the end of it. That's what has kept me motivated.",
            (
                "Learning how to collate patient feedback and actually take it back to the team meeting. I "
                "feel like my voice counts now."
            ),
        ),
        "mentor_change_effect": (
            "I was without a mentor for about three months and my portfolio fell behind.",
            "It was fine, the handover was good and my new mentor read all my previous feedback.",
            (
                "My first mentor left the trust and nobody told me. I only found out when I tried to book "
                "supervision."
            ),
            "Made no real difference.",
            "My new mentor is an OT so I got a different view of things, which was actually helpful.",
            "It delayed my EPA gateway by two months because nobody could sign off my competencies.",
            "stressful. had to build the relationship again from scratch",
            (
                "My mentor went off on long term sick. The team manager stepped in but she didn't really "
                "have the time."
            ),
            "Positive overall. My new mentor has more experience of the apprenticeship standard.",
            "I had three mentors in two years. Every time I felt like I was starting again.",
            "n/a",
            "It meant travelling to another site for supervision, which added an hour each way.",
            "There was a bit of a gap but the practice educator covered it.",
            (
                "Mentor changed when I moved teams. Honestly it was better because my old mentor never had "
                "capacity."
            ),
            "I felt a bit lost for a while and wondered whether to carry on.",
            "Not much impact. It was planned and we had a joint meeting first.",
            "The new mentor didn't really understand what an AP is and kept treating me like an HCA.",
            "Some assessments had to be redone because the new mentor wanted to see things for herself.",
            "Slowed things down but I got there.",
            (
                "The mentor training for the new person took ages so I was without proper supervision for a "
                "while."
            ),
            "good change, new mentor is really invested in me",
            "It knocked my confidence. I didnt want to ask for help from someone I didn't know.",
            "We lost all the informal support, like the debriefs after difficult groups.",
            (
                "Mentor changed because of a restructure. No handover at all, I had to explain the whole "
                "programme myself."
            ),
            "Fine",
            "It was actually when things improved. My new mentor blocks out time in the diary every week.",
            (
                "It was OK, but it made the community engagement part harder to evidence because my old "
                "mentor had all the contacts."
            ),
        ),
        "barriers_detail": (
            (
                "I needed functional skills maths before I could start and it took me nearly a year. Being "
                "able to do it in work time would have helped."
            ),
            (
                "Nobody could explain what the End-Point Assessment involved until right at the end. I was "
                "really anxious about it."
            ),
            (
                "Day release is meant to be protected but when the ward is short I'm the first one pulled "
                "back. There is no backfill."
            ),
            "Travel to uni is 90 minutes each way on the bus and I have to pay upfront and claim it back.",
            (
                "I don't have a laptop at home and the trust ones are locked down, so I can't install the "
                "software for the course."
            ),
            "childcare on uni days is hard. the timetable changed twice with no notice",
            (
                "My manager said the levy money had run out so they might not fund my second year. It got "
                "sorted but it was very stressful."
            ),
            "My mentor has no protected time for mentoring so it always comes after her own caseload.",
            (
                "Workload. A full time job plus assignments plus placements. My wellbeing really suffered in "
                "year 1."
            ),
            "English functional skills. I'm dyslexic and nobody offered any reasonable adjustments at first.",
            "My EPA date keeps being moved. I finished my studies five months ago and I'm still waiting.",
            "Backfill was promised but never happened, so the team resented me being away.",
            (
                "The placements were too far away and not in mental health. Three weeks on a surgical ward "
                "didn't help me much."
            ),
            "wifi at home is rubbish, had to do my online exams in the library",
            "I care for my mum, so studying in the evenings is really difficult.",
            (
                "Nobody at my employer knew how the apprenticeship levy worked for a voluntary sector "
                "organisation, so I nearly didn't get a place."
            ),
            (
                "The entry requirements put off two colleagues who would be brilliant APs. They didn't have "
                "GCSE maths."
            ),
            "I've thought about leaving because of the workload. Some weeks it's 50 hours with the study.",
            "My mentor left and there was no one else trained to mentor in our team.",
            (
                "Digital access - the e-portfolio doesn't work properly on my phone and I don't have "
                "anything else."
            ),
            "The EPA professional discussion was nerve-wracking. More practice sessions would help.",
            "It wasn't clear who paid for travel to placements, so I was out of pocket for months.",
            "Release time. Simple as that.",
            "Being paid Band 3 while doing a lot of Band 4 work. I don't feel recognised.",
            (
                "The university didn't seem to understand mental health, so some assignments felt pointless "
                "for my role."
            ),
            "Shift patterns. I work nights and then have uni in the day.",
            (
                "Had to resit functional skills maths twice. The online course wasn't great, face to face "
                "teaching would have helped."
            ),
            "My team didn't know what the AP role was, so they didn't know how to use me.",
        ),
        "programme_changes": (
            "More mental health content in the foundation degree. A lot of it is about physical health.",
            "Protected release time written into an agreement with managers, with the backfill funded.",
            "Let people do functional skills alongside the course rather than before it.",
            "Tell us about the EPA from day one and give us practice runs.",
            (
                "A guaranteed Band 4 job at the end. Some of my cohort qualified and went straight back to "
                "Band 3."
            ),
            "Nothing, it's been great",
            "more contact with other apprentices across the north, its lonely being the only one in my trust",
            "Mentors should get protected time and training before the apprentice starts.",
            "A clearer route into nursing afterwards, with credit for what we've already done.",
            (
                "Explain the AP role to teams before apprentices arrive. Half my team thought I was a "
                "student nurse."
            ),
            "Laptops for everyone at the start.",
            "Placements closer to home, or travel paid upfront.",
            "Fewer essays and more practical assessment.",
            "n/a",
            "Sort out the levy funding so people aren't worrying every year about whether they can carry on.",
            "Sessions on wellbeing and managing workload. It was a lot.",
            (
                "A mental health pathway, including talking therapies. The course felt like it was designed "
                "for acute hospitals."
            ),
            "Make sure there's a sustainable plan for APs once the programme funding ends.",
            "Some recognition of what we've achieved. Even a celebration event would be nice.",
            "More flexible teaching for people who work nights or have kids",
            (
                "I wouldn't change anything about my mentor, but the university needs to communicate better. "
                "Emails always come at the last minute."
            ),
            (
                "Better understanding of the role across the trust, including HR, so the job descriptions "
                "are right."
            ),
            (
                "Open up routes into OT and social work too. At the moment it feels like the only "
                "progression is nursing."
            ),
            "Keep going with it. I'm much more confident now than when I started.",
            "A timetable for the whole year at the start so I can plan childcare.",
            "More support for apprentices in the voluntary sector, we get forgotten about.",
            "Dont know",
            "Involve apprentices in planning the next cohort. We know what works and what doesn't.",
        ),
    },
    "stakeholder-event": {
        "went_well": (
            "Hearing directly from an apprentice about her day to day work was really powerful.",
            "Good venue, easy to get to from the station, and the lunch was good.",
            "The speakers were clear and knew their stuff, especially on how levy transfer works.",
            "Networking time with other trusts. Found out we all have the same problems with backfill.",
            (
                "Practical examples of APs supporting psychoeducational groups. Exactly what I needed for my "
                "business case."
            ),
            "Well organised and started on time.",
            "slides were clear and we got them emailed after",
            "All good",
            (
                "The case study from the talking therapies service was excellent. It really showed where a "
                "Band 4 fits alongside PWPs."
            ),
            "I finally understand the difference between an AP and a nursing associate.",
            "The Q&A with the university about the foundation degree content.",
            "Short and to the point.",
            "Good mix of people in the room: HR, education and clinical leads.",
            "The breakout on mentor capacity gave me lots of ideas to take back. Well worth the trip.",
            "The hybrid option meant colleagues from Cumbria could join without the travel.",
            (
                "An honest conversation about the barriers, including functional skills and EPA, rather than "
                "just selling the role."
            ),
            "The panel of qualified APs talking about where they went next - one into nursing, one into OT.",
            "The timing worked well around clinics.",
            "Free parking!",
            "The funding workshop explained the levy step by step. First time it has made sense to me.",
            "Nothing in particular.",
            "Engaging speakers and a good energy in the room.",
            "Real figures on starters and completions by region, which I can take to our board.",
            "The template job description and competency framework in the delegate pack.",
            "Met the voluntary sector leads I'd been trying to get hold of for months.",
            (
                "Good to hear that other organisations met resistance at first and how they kept going and "
                "worked through it."
            ),
            "Very welcoming, and an accessible venue.",
            "Being able to ask the awkward questions about banding and recognition.",
        ),
        "could_be_better": (
            "Too much content for the time. I would have liked longer for questions.",
            "The room was too hot and it was hard to hear at the back.",
            "More examples specific to mental health. A lot of it came from acute trusts.",
            "Send the slides beforehand so we can share them with colleagues who couldn't come.",
            "Start later. 9am is hard for people travelling from the coast.",
            "Nothing",
            "The levy section was quite technical. A one page summary would help.",
            "It would be good to hear from a mentor about how much time it really takes.",
            "parking was a nightmare",
            "More time for networking, the breaks were too short.",
            "Clearer next steps. What do I actually do on Monday?",
            "The microphone didnt work for half the session.",
            "Less about the national picture and more about our region.",
            "Some speakers read straight off their slides.",
            "I'd have liked someone from HR to talk about banding and job evaluation for Band 4 posts.",
            "n/a",
            "The online link kept dropping out.",
            "More on how to get past the maths and English entry requirements. That's our biggest barrier.",
            "Clearer information on the EPA: who does it and how long it takes.",
            "The venue was hard to reach by public transport.",
            "More voices from the independent and voluntary sector please.",
            "It felt a bit like a sales pitch. I wanted more on sustainability once the pilot funding stops.",
            "The vegetarian options at lunch ran out.",
            "The education session didn't really tackle how relevant the degree is to mental health.",
            "A bit long. Half a day would be enough.",
            "Handouts in larger print please.",
            "Fine as it was.",
            "Include service users' views. What difference does an AP make to them?",
        ),
        "support_next": (
            "A toolkit for writing a business case, with costings that include backfill.",
            "Help with functional skills, maybe a shared maths and English course across trusts.",
            "Mentor training and a regional mentor network so mentors aren't on their own.",
            "Guidance on levy transfer from large trusts to smaller voluntary organisations.",
            (
                "Template job descriptions for Band 4 APs in mental health that have already been through "
                "job evaluation."
            ),
            "Hearing how a good mentor and regular supervision kept an apprentice going. More of that.",
            "A follow-up session in six months to see how we've got on.",
            "More events like this one",
            "Someone to come and talk to our senior leadership team. They still don't understand the role.",
            "Clear information on the EPA written for managers.",
            "A community of practice for APs across the North.",
            "Case studies from talking therapies services specifically.",
            "Outcome data - retention and progression into nursing and OT - to help us make the case.",
            "Not sure yet",
            "Work with the universities to make the modules more mental health focused.",
            "Funding for backfill. Honestly, that's what would make the difference.",
            "Advice on supporting apprentices' wellbeing and workload.",
            "A named contact at the programme we can ring.",
            "Help with digital access, such as a laptop loan scheme for apprentices.",
            "Guidance on career pathways after the AP role, so we can show staff where it leads.",
            "A short briefing for ward managers on what APs can and can't do.",
            "n/a",
            "Advice on sustaining the role when the programme funding ends.",
            "Help with travel costs for apprentices in rural areas.",
            "Recorded webinars we can watch when it suits us.",
            (
                "A recruitment campaign to widen participation, including people from local communities and "
                "people with lived experience."
            ),
            "Support with persuading finance directors. They see the cost but not the benefit.",
            "Peer visits to trusts that already have APs in post.",
        ),
    },
    "patient-experience": {
        "what_was_good": (
            "The staff were kind and didn't rush me.",
            "Nurse Sarah was lovely, she always had time for a chat.",
            "I felt listened to for the first time in ages.",
            "Everything",
            "the group was really helpful i learnt a lot about my anxiety",
            "They explained my medication properly and what the side effects might be.",
            "Seeing the same worker each time. I didn't have to tell my story again.",
            "My appointment was on time and the waiting room was calm.",
            "Being asked what I wanted in my care plan.",
            "The ward was clean and the food was better than I expected.",
            "Staff were friendly. Parking was easy.",
            "Nothing really, sorry.",
            "The crisis team came out the same day. I felt safe knowing they were there.",
            "Good",
            "My worker helped me join a local walking group. It has got me out of the house.",
            "Clear information about what would happen next and who to ring if things got worse.",
            "They were patient with me when I got upset.",
            "Text reminders for appointments, I forget otherwise.",
            "the lady who runs the tuesday group (Karen I think) makes everyone feel welcome",
            "I could have my sessions on the phone, which helped as I don't drive.",
            "I got help quickly once I was referred.",
            "The staff on the ward were kind to my family when they visited.",
            "Easy to talk to. No judgement.",
            "They treated me like a person, not a diagnosis.",
            "Helpful leaflets, and the website was easy to follow.",
            "Very good service, thank you to all the team at the clinic in LS1 4AB.",
            "My care coordinator rang me back when she said she would.",
            "the assistant practitioner checked in after i missed a group and that meant a lot",
            "The clinic was well organised and everything ran smoothly on the day.",
            "The nurse was very knowledgeable and clearly experienced with anxiety.",
            "I liked having video calls instead of travelling in every week.",
            "Good communication between the ward and my GP.",
            "The service is located near home so I could walk there.",
            "There was wifi and a TV in the lounge, which helped on long evenings.",
        ),
        "could_do_better": (
            "Waiting times. I waited 14 weeks for my first appointment.",
            "Sometimes it feels like there aren't enough staff, especially at weekends.",
            "Tell people when appointments are cancelled. I turned up and no one was there.",
            "Nothing, keep doing what you're doing.",
            "More parking. I was late because I couldn't find a space.",
            "Please call me on 07700 900123 about my appointment, nobody has got back to me.",
            "I didn't feel safe on the ward at night. It was noisy and there weren't many staff around.",
            "Better food on the ward, and more choice if you're vegetarian.",
            "i kept seeing different people and had to repeat everything",
            "Explain medication changes. My tablets were changed and nobody told me why.",
            "The waiting room is cold and not very private.",
            "Involve me more in decisions. Things were decided before I got there.",
            (
                "Reply to emails. I sent three to the team and got nothing back. jo.bloggs@example.com if "
                "you want to reach me."
            ),
            "n/a",
            "Evening groups for people who work.",
            "The phone line is always engaged when you're in crisis.",
            "Some staff were abrupt and a bit dismissive.",
            "The bus to the unit is awful, two changes from town.",
            "More information about other support while you're on the waiting list.",
            "Listen to carers too. Nobody asked for my son's views.",
            "Letters arrive after the appointment date.",
            "Not much. It's been good overall but the wait was long.",
            "Make it easier to get back in touch after you've been discharged.",
            "I felt unsafe walking to the building after dark. The car park lighting is poor.",
            "Better access for wheelchair users, the lift was out of order.",
            "The group was too big and it was hard to speak up.",
            "Don't know",
            (
                "Having the same nurse would help. My NHS number is 999 123 4567 if you need to look at my "
                "notes."
            ),
            "More face to face appointments please, phone appointments are hard for me.",
            "My pain relief was late every morning and nobody seemed to manage my pain.",
            "The service needs more funding, you can see the budget cuts everywhere.",
            "Communication between the teams could be a lot better.",
        ),
        "anything_else": (
            "No",
            "Thank you for everything you've done for me.",
            "Please keep the groups running, they're a lifeline.",
            "I wish I had been referred sooner.",
            "The staff are clearly overworked. They need more support.",
            "Nothing else",
            "It would help to have information in other languages. My mum speaks Urdu.",
            "I was nervous about coming but everyone was kind.",
            "Dr Patel and the team at Riverside House were brilliant.",
            (
                "Some days I didn't feel safe on the ward because other patients were shouting. Staff did "
                "move me when I asked."
            ),
            "the coffee machine has been broken for months lol",
            "My medication review kept getting put off.",
            "This form was easy to fill in, thanks.",
            "Can appointments be closer to where I live? It costs me £8 return on the bus.",
            "n/a",
            "I feel much better than when I started.",
            "I live at 12 Example Street, Leeds LS1 4AB and I still haven't had my letter.",
            "Mixed. The group was good but the wait to get into it was far too long.",
            "It's hard to say how you feel on a form.",
            "The trainee assistant practitioner was brilliant with me, she deserves a pay rise.",
            "More staff please",
            "I'd recommend the service to a friend.",
            "Please don't close the drop-in.",
            "The receptionist was really kind when I was crying.",
            "The food on the ward was cold most days.",
            "Continuity of care matters. Changing workers set me back.",
            "no thanks",
            "I didn't know I could complain or who to ask.",
            "When I was sectioned nobody explained my rights or how the tribunal worked.",
            "My ground leave was cancelled twice without a reason.",
            "The staff seemed competent but some were new and still learning the job.",
        ),
    },
}

SHORT_TEXT_FALLBACK: tuple[str, ...] = (
    "Not sure",
    "n/a",
    "Prefer not to say",
    "Something else",
    "Mixed",
    "See my other answer",
    "Nothing to add",
    "Both",
    "Depends on the week",
    "Hard to say",
    "Not applicable",
    "Other team",
    "Bank staff",
    "Peer support worker",
    "No",
    "Don't know",
)
