"""The words a clause's stance is read from: no problem, trouble, praise, a mention, a request."""

from __future__ import annotations

import re

# Negative contractions lose their apostrophe first, so one spelling covers "didn't" and "didnt".
_APOSTROPHE_RE = re.compile(r"(?<=n)'(?=t\b)")

_NEGATOR = (
    r"(?:no|not|never|nothing|wasnt|werent|isnt|arent|didnt|hasnt|havent|dont|doesnt|wont|aint|without"
    r"|havnt|hadnt|neither|nor)"
)
_TROUBLE = (
    r"(?:problems?|probs?|issues?|barriers?|bother|worry|worries|trouble|concerns?|struggle|struggled"
    r"|difficult(?:y|ies)?|hassle|drama|obstacles?|hurdles?|stress|hard|battle|faff|an issue|a problem"
    r"|a barrier|nightmare|nitemare|ordeal|disaster|big deal|moans?|complaints?|grumbles?|gripes?)"
)
# "Maths and English weren't a problem", "no issues with the sound", "made no odds", "it got sorted":
# the theme is named as no obstacle, resolved or not needed.
_NOT_A_BARRIER_RE = re.compile(
    r"\bleast of (?:my|our) (?:worries|problems|concerns)\b|"
    rf"\b{_NEGATOR}\b(?:\s+[\w]+){{0,4}}?\s+(?:an?\s+|any\s+|much\s+(?:of\s+)?(?:an?\s+)?"
    rf"|the\s+)?{_TROUBLE}\b|\b{_TROUBLE} (?:free|at all)?\s*(?:for (?:me|us))? ?(?:wasnt|isnt|werent"
    rf"|arent)\b"
    r"|\bnon[- ]?(?:issue|problem)\b|\b(?:never|not|isnt|wasnt|arent|werent) (?:ever "
    r"|once )?too (?:busy|stretched)\b|\b(?:made |makes |make )?no (?:effect|difference|impact|odds"
    r"|change to)\b|\b(?:didnt|did not|hasnt|has not|doesnt|does not|never|wont|will not) (?:really "
    r"|much |actually )?(?:affect|impact|matter|bother|hold (?:me|us) back|make (?:a |any "
    r"|much )?(?:difference|odds)|struggle)|\bsmooth\w*|\bseamless\w*|\bpainless\b|\b(?:is|was|are|were"
    r"|been|be|seems|seemed|its|it's) (?:absolutely |totally |perfectly |actually |pretty |all |just "
    r"|generally |mostly )?(?:fine|ok|okay|alright|manageable)\b|\b(?:it|its|it was|it has been"
    r"|its been|all|that was|that was all|was all|were all|all went) (?:absolutely |totally |all "
    r"|perfectly |actually |pretty |just )?(?:fine|ok|okay|alright)\b"
    r"|(?<!not )(?<!never )(?<!nt )(?<!nt get )(?<!nt got )\bsorted\b(?! (?:me|us|them|her|him) (?:a|an|out"
    r"|some|with|onto|on)\b)|\bmanageable\b|\bunder control\b"
    r"|\bno (?:changes?|improvements?) (?:needed|required|necessary)\b|\b(?:not|none|no) (?:needed"
    r"|required|necessary)\b|\bno need\b|\bnothing needed\b|\b(?:didnt|did not|never|wasnt"
    r"|was not) (?:find|have|had|get|see|feel)\b[^,.]{0,25}\b(?:a |an )?(?:barrier|problem|issue|hard"
    r"|difficult|struggle)"
    r"|\b(?:didnt|did not|dont|do not|never|wont|will not) (?:even |actually |really )?(?:need"
    r"|have) to (?:do|sit"
    r"|take|resit|re-sit|retake|redo)\b|^\W*(?!otherwise|everything|else|the rest"
    r"|rest)(?:[\w']+\W+){1,3}(?:all |both |was |were |is |are )?(?:fine|ok|okay"
    r"|grand|sound)\W*$|^\W*no change (?:for me|for us|really|at all)\b"
    # An easy thing in everyday words ("the EPA? doddle"), and a request never turned down.
    r"|\b(?:nothing|nowt|nout|no) (?:more|else|further|extra) (?:\w+ ){0,3}?(?:needed|required|necessary"
    r"|wanted)\b"
    r"|\b(?:a )?(?:doddle|breeze|piece of cake|walk in the park|easy peasy|no sweat)\b|\b(?:no|not"
    r"|never) (?:any )?worse off\b"
    r"|\b(?:never|not) (?:once |ever )?(?:been |was |got |get |had (?:it |one )?)?(?:refused|turned down"
    r"|denied)\b"
)
# Just before the theme: "not the maths, not the EPA, just the workload" names it as not the problem.
_NOT_THE_RE = re.compile(r"\bnot (?:the|my|our|really the)\s+$")

# Words of trouble: an absence ("no laptop", "not enough mentors"), an obstacle or a failure. Phrases
# of praise built from the same words ("couldn't have done it without her") are ruled out first.
_PRAISE_DESPITE_RE = re.compile(
    r"\b(?:couldnt|could not|wouldnt|would not)(?: have)? (?:done|managed|got through|passed"
    r"|finished)(?: it| this)? without\b|\bwithout (?:a|any) (?:fuss|problem|issue|hitch)s?\b"
    r"|\bnever (?:missed|let (?:me|us) down|failed)\b|\bno (?:fuss|hassle|excuse not to)\b"
    # Time kept safe: "a study day that nobody touched", "nobody rings me" (but "nobody rang me back").
    r"|\b(?:nobody|no one|noone) (?:ever )?(?:touche[sd]|touch|rings?|rang|bothers?|bothered|disturbs?"
    r"|disturbed|interrupts?|pulls?|pulled|cancels?|cancell?ed)\b(?! (?:me |us |it )?(?:back|to)\b)"
    r"|\bnever (?:once |ever )?(?:been |got |get |gets |was |were |am )?(?:pulled|moved|cancell?ed)\b"
    r"|\b(?:nobody|no one|noone) (?:could|can|would|will) (?:move|pull|cancel|touch|take)\b"
    r"|(?<!not )\bbeing able to (?:watch|catch up|rewatch|re-watch|join|dial in|listen)\b"
    r"|\bsame (?:worries|issues|problems|challenges|struggles) as (?:us|we|me)\b"
    # A negative negated is praise: "it wasn't a waste of time", "nothing I didn't find useful",
    # "didn't dodge the hard questions", "easy to chat even though I didn't know anyone".
    r"|\b(?:wasnt|was not|isnt|not|never) (?:\w+ )?(?:a )?waste of (?:time|a day|a morning|an afternoon)\b"
    r"|\b(?:wasnt|was not|isnt|nothing) (?:anything |a thing |one thing )?(?:i|we) (?:didnt|did not) (?:find"
    r" |think )?(?:useful|helpful|like|enjoy|get)\b|\bdidnt (?:dodge|duck|avoid|shy away from|skirt)\b"
    r"|\beven (?:though|if|tho) (?:i|we) (?:didnt|did not) know\b"
    # Someone who fought resistance for the apprentice: "my manager fought for me when the trust wasn't keen".
    r"|\b(?:fought|fighting|fights|battled|battling) (?:\w+ ){0,3}?for (?:me|us|it|the role|this|my place)\b"
    r"|\bnothing (?:was )?too much\b|\bcant (?:fault|praise|thank)\b|\bnot too (?:long|short|much)\b"
    r"|\b(?:fighting|fought|fights|in) (?:our|my|their) corner\b|\b(?:every|all|other"
    r"|more) (?:\w+ )?(?:trusts?|services?|teams?|employers?|wards?) should (?:do the same|follow|copy"
    r"|have (?:this|one|it))\b|\b(?:doesnt|didnt|dont|never|wont) make (?:me|us) feel (?:\w+ )?(?:thick"
    r"|stupid|small|silly|dumb|useless|bad|a nuisance|rubbish|judged)\b|\b(?:exactly|just"
    r"|precisely) what (?:we|i) (?:need|needed|wanted|want)\b|\b(?:broke|break|breaking) the ice\b"
    r"|\b(?:spoke|speaks|speak|talked|talks) (?:directly |right )?to what (?:we|i)(?:'re|re| are|'m|m| am"
    r"|'ve been| have been)? (?:\w+ )?(?:struggl\w*|dealing|grappling|wrestling|battling)\b"
    r"|\b(?:spoke|speaks|speak|talked|talks) (?:directly |right )?to (?:the |our |my )?(?:problems?"
    r"|issues?|challenges?)\b|\b(?:dealt with|deal with|overcame|overcome|solved|tackled|got round"
    r"|got around|handled|fixed|sorted out|resolved) (?:\w+ ){0,3}(?:delays?|problems?|issues?"
    r"|barriers?|challenges?|difficulties)\b"
    # What made it possible, said through what would not have happened: "doors opened that wouldn't
    # have otherwise", "the only reason we could do it", "cost me nowt".
    r"|\b(?:wouldnt|would not|couldnt|could not)(?: have)?(?: \w+){0,3} otherwise\b"
    r"|\b(?:the )?only (?:reason|way) (?:i|we|they|she|he|it|our \w+|my \w+) (?:could|can|was able|were able"
    r"|got|managed)\b|\bcost (?:me|us|them|the trust) (?:nowt|nothing|nout|a penny|a thing|zero"
    r"|not a penny)\b"
    # Help through a hard time, and trouble that stopped: "we pull each other through", "a manager who
    # noticed I was struggling", "kept chasing till every ward had one", "since then nobody asks me".
    r"|\b(?:pull|pulls|pulled|pulling|get|gets|got|getting|help|helps|helped|helping|carry|carried|see|saw"
    r"|saw) (?:each other|one another|me|us) through\b"
    r"|\b(?:noticed|spotted|realised|realized|clocked|picked up)(?: on)?(?: that)? (?:i|we) (?:was|were"
    r"|had been"
    r"|was really) (?:struggling|stressed|not coping|low|drowning|finding it hard|overwhelmed)\b"
    r"|\b(?:kept|keep|keeps) (?:on )?(?:chasing|pushing|going|asking|nagging)\b[^.,;]{0,20}\b(?:til|till"
    r"|until)\b|\b(?:didnt|did not|dont|do not|never) (?:\w+ )?(?:have|need) to (?:guess|worry|chase|beg"
    r"|fight)\b|\b(?:since then|ever since|after that|from then on)\b,? (?:\w+ ){0,2}?(?:nobody|no one|noone"
    r"|never)\b|\bno questions(?: asked)?\b"
)
# Words of trouble that describe someone rather than a problem met ("for supervisors who've never
# had an AP"): they neither name a barrier nor praise.
_NOT_TROUBLE_RE = re.compile(
    r"\bwho(?:'ve|ve| have| has| had)? never (?:had|done|worked|met|seen|mentored)\b"
    # The scope of the role described ("what I can and can't do") and someone ill ("my mum was poorly").
    r"|\bwhat (?:i|we|an? aps?|aps|they|she|he) (?:can|could) (?:and|or|&) (?:cant|cannot|can not"
    r"|couldnt) do\b"
    r"|\b(?:was|were|is|been|got|fell|being) poorly\b"
    r"|\bwhat (?:an? aps?|the aps?|aps|i|we|they) (?:does|do|is|are) and (?:doesnt|dont|isnt|arent|does not"
    r"|do not|is not|are not)(?: do)?\b"
)
_BARRIER_RE = re.compile(
    r"\bnot sure (?:it'?s|its|it is|this is|the role is|they'?re|aps are) (?:really |quite )?for us\b|"
    r"\b(?:stretched|overstretched|spread (?:too |so |very )?thin|too thin|hanging over"
    r"|hit and miss|hit or miss)\b|"
    r"\b(?:no|lack of|lacking|not enough|never enough|hardly any|barely any|zero|little to no"
    r"|no real) (?!(?:problems?|probs?|issues?|complaints?|worries|worry|worrying|bother|trouble"
    r"|changes?|need|effect|odds|difference|excuse|idea|fuss|hassle|doubt|cost|charge|extra)\b)\w+"
    r"|\b(?:cant|cannot|couldnt|could not|can not|wont|will not|wouldnt|unable to|never|not|didnt"
    r"|doesnt|dont|rarely|hardly|barely) (?:\w+ )?(?:get|gets|got|getting|find|hear|see|access|afford"
    r"|cover|release|log|join|use|book|make|keep|do|be released|been released|happen|happening|fit"
    r"|relate|understand|know|clear|give|gave|gives|show|showed|teach|taught|explain\w*|help|helped"
    r"|support|have|had|supported|listen|listened|bother\w*|answer\w*|reply|replied|respond\w*|turn up"
    r"|turned up|seem interested|interested|care|cared|sign|signed|work|worked|working|open|load"
    r"|connect|cross|overlap)\b|\b(?:nobody|no one|noone|no-one)\b"
    r"|\b(?:impossible|nightmare|nitemare|struggl\w*"
    r"|problems?|issues?|difficult|hard|hardest|harder|rubbish|awful|terrible|poor|poorly|worst|worse"
    r"|crash\w*|broke|broken|freez\w*|froze|cancell?ed|delay\w*|postponed|late|behind|gap|waste"
    r"|pointless|confus\w*|unclear|shame|dread\w*|overran|overrun|ran over|crammed|rushed|cut short"
    r"|got cut|missed|short notice|disappear\w*|runs out|run out|dries up|dried up|peanuts|skint|guilty"
    r"|alone|lonely|isolated|crying|cried|knackered|exhausted|shattered|burnt out|burned out|stressed"
    # Adoption held back and support that never came: "it's on hold", "the list never arrived".
    # Not knowing at all, too little even at best, set against, and worn out in everyday words.
    r"|(?:didnt|doesnt|dont|did not|does not|wont) (?:really )?apply|(?:went|goes|go"
    r"|going) (?:\w+ )?over (?:my|our) heads?|not (?:yet )?sold|(?:had|has|have|got|with) no (?:idea"
    r"|clue) (?:what|who|where|why)|if (?:im|i am|were|we are|youre"
    r"|you are) lucky|(?:dead|totally|completely|firmly|very much|really) against|brick wall"
    r"|running on (?:empty|fumes)|(?:its|it's|it is|it was) (?:just |mainly |mostly |more "
    r"|really )?the (?:hours"
    r"|shifts|workload|sheer volume|volume|amount|juggling|travel)|(?:that|which) gets? (?:to )?me|(?:not"
    r"|never|without) (?:really |fully |even )?(?:knowing|understanding)|still (?:fighting|battling|pushing"
    r"|arguing|waiting) for"
    r"|\d+\+? (?:plus )?(?:on (?:her|his|their|my|the) )?caseloads?"
    r"|on hold|hold(?:ing)? off|needs? convincing|sticking point|stumbling block|never (?:arrived|came"
    r"|turned up|materiali[sz]ed)|(?:never|not|didnt|did not|havent) (?:yet )?heard? back|still (?:havent"
    r"|hasnt|have not|not) (?:had|heard|got|received)"
    r"|stressful|uncomfortable|lost|losing|pushed|chased|chasing|battle|pulled|stuck|refused|blocked"
    r"|cost me|out of pocket|unfair|given up|give up|not fair|ridiculous|joke|insulting|undervalued"
    r"|underpaid|demoralis\w*|heard nothing|dead end|nothing back|no reply|no response|still waiting"
    r"|dry|basic|too \w+|so \w+ly|way too|ended up|nothing to do with|not relevant|irrelevant"
    r"|not useful|not helpful|not clear|not convinced|big ask|tight|only one|on my own|by myself"
    r"|in my own time|own time|unpaid|not paid|left out|fell behind|fall behind|off sick|long[- ]term sick"
    r"|sick leave|(?:set|sets|put|puts|knocked) (?:\w+ ){0,2}?back"
    r"|redo|have to|had to|forced|expected to|(?:took|takes|taking|take) (?:\w+ ){0,2}(?:weeks|months"
    r"|years|ages|forever|hours|mins|minutes)|(?:was|were|is|are|all) (?:full|fully booked|booked up)"
    r"|(?:keep|keeps|kept) (?:on )?(?:ringing|calling|asking|cancell?ing|changing|moving|pulling"
    r"|putting|texting|messaging|chasing|losing|breaking|crashing|freezing|dropping|getting moved"
    r"|\w+ing (?:out|off))|cutting out|cut out|dropping out|dropped out|roasting|boiling|sweltering"
    r"|baking hot|freezing|too hot|too cold|gets me|gets to me|get to me|does my head in|dragged"
    r"|dragging|drags|not (?:really |quite )?for us|(?:wasnt|not|nothing|isnt) (?:really |much |that "
    r"|very |all that )?new|(?:not|wasnt|isnt|werent|arent|never|hasnt|havent|didnt|doesnt"
    r"|dont) (?:very |that |really |overly |particularly |always |at all |been |even "
    r"|the most )?(?:supportive|helpful|useful|interested|approachable|encouraging|kind|patient"
    r"|available|good|great|clear|relevant|engaging|informative|organised|welcoming|friendly|there for|keen)"
    r"|not sure (?:the|we|it|its|this|if (?:the|this|it)) (?:\w+ )?(?:is|will|would|fits|suits|works"
    r"|right)|not (?:very |that |really |overly |particularly |all that |so |as )?(?:useful|helpful"
    r"|relevant|clear|good|great|interesting|engaging|practical|informative|worth\w*|valuable))\b"
)
# A theme named for later or not yet met ("my EPA isn't till 2027", "not sure how it works"): a mention.
_MENTION_RE = re.compile(
    r"\b(?:not|isnt|wont be|not due) (?:till|until|for (?:another|a while|ages))\b|\bnot (?:yet|started)\b"
    r"|\byet to\b|\bnot sure (?:how|what|when|where|who|why|yet)\b|\bi think\b"
    r"|\b(?:would|id|i would|wed|we would) (?:like|love) (?:the |an )?(?:option|chance|opportunity) to\b"
    r"|\b(?:not|isnt|arent|wasnt) (?:\w+ )?yet\b|\bopen to (?:it|the idea)\b|\bon the fence\b|\bundecided\b"
    r"|\bwait and see\b|\bsee how (?:\w+ ){0,5}?(?:goes|go|does|do|works out|pans out|gets on)\b"
)
# Words of praise or of what helped.
_POSITIVE_RE = re.compile(
    r"\b(?:putting|put|sending|send) (?:\w+ ){0,3}forward\b|"
    r"(?<!would )(?<!wd )\b(?:glad|appreciate[sd]?|grateful)\b|"
    r"\b(?:great|gr8|brilliant|brill|amazing|excellent|fab|fabulous|fantastic|lovely|good|gd|best|ace"
    r"|supportive|helpful|helped|useful|valuable|invaluable|worthwhile|enjoyed|loved|love|inspiring"
    r"|kind|patient|approachable|encouraging|positive|easy|easier|easiest|straightforward|quick|clear"
    r"|clearer|spot on|perfect|well|thanks to|works|worked|(?<!would be )(?<!could be )(?<!be )(?:loads|much"
    r"|way"
    r"|so much|miles|far|a lot|heaps) better|benefit\w*|eye opening|honest|accurately"
    r"|really \w+ed|fair|decent|free|flexible|flexibility|proud|confident|confidence|wing|listened"
    r"|there for me|believed in|wouldnt change|most \w+|being able to|able to|covered|paid for|keen|hoping"
    r"|hope to|looking forward|sorted (?:me|us|them|her|him) (?:a|an|out|some|with|onto|on)|(?:kept|keeps"
    r"|keep) (?:everything|things|me|us|it all) (?:ticking over|on track)|(?:gave|gives|given|giving|lets|let"
    r"|allowed|allows) (?:me|us) (?:every|each|a day|the day"
    r"|time|days|extra time|extra days|protected)|excited|wanting to|definitely|(?:going|plan|planning|intend"
    r"|hope|want|aim) to"
    r" (?:\w+ )?(?:recruit|introduce|start|employ|take on|train|grow|expand|develop|pilot|adopt|bring in|copy"
    r"|replicate)"
    r"|(?:taking|putting|bringing|presenting) (?:it|this|the idea|a (?:business )?case|a paper) to (?:the "
    r"|our )?board"
    # Numbers planned: "we will be putting 4 people on the spring cohort", "go from 3 to 8 APs".
    r"|(?:putting|sending|put|send) (?:\d+|two|three|four|five|six|more|another|some) (?:more )?(?:people"
    r"|staff|aps?"
    r"|apprentices|hcas|of (?:our|my) \w+) (?:on|onto|through|on to)|(?:go|going|grow|growing|expand\w*"
    r"|increase\w*)"
    r" from (?:\d+|one|two|three|four) to (?:\d+|two|three|four|five|six|eight|ten))\b"
)
# A request or wish: under "what would you change?" it names a gap; under an open question (what
# support would help next) it is a mention.
_REQUEST_RE = re.compile(
    r"\b(?:would (?:help|be (?:good|great|useful|nice|helpful|ideal|handy|gd))|wld be|would like"
    r"|(?:wed|we would|id|i would) (?:like|need|love|want)|needs? (?:to|more|some|a|an|help)|please"
    r"|could (?:we|you|there)|should|(?<!\d )(?<!two )(?<!three )(?<!four )more \w+|help with|support (?:to"
    r"|with)|get rid of|scrap|ditch|abolish"
    r"|what we need|is what (?:we|i) need|(?:a|some) \w+ (?:guide|template|contact|session)s?)\b"
)
# A clause that opens as a request ("a mentoring guide for supervisors who've never had an AP"): its
# other words describe what is wanted, not a problem met.
_REQUEST_START_RE = re.compile(
    r"^\W*(?:more|better|less|fewer|help|support|regular|funding|templates?|guidance|clearer"
    r"|easier|quicker|faster|proper|fairer|earlier|longer|shorter|bigger|extra|dedicated|protected"
    r"|ring[- ]?fence\w*|give|allow|ensure|provide|introduce|pay|fund|get rid of|scrap|ditch|abolish"
    r"|remove|drop|lower|relax|waive|make (?:it|sure|things|them|the)|stop|educate"
    r"|tell (?:the|staff|wards|managers|people|everyone))\b"
)
# Under the open question of what would help next, any noun phrase opens a request ("a guide for ...").
_OPEN_REQUEST_START_RE = re.compile(
    r"^\W*(?:some|any|access to|someone|somebody|contacts?|info|information)\b"
)
# "Keep the day release": under "what would you change?" keeping something says it works.
_KEEP_RE = re.compile(r"^\W*(?:please )?(?:keep|dont change|wouldnt change|would not change)\b")
# The part after "rather than" / "instead of" describes the alternative, not the theme.
_ALTERNATIVE_RE = re.compile(r"\b(?:rather than|instead of)\b")
# An answer to "what helped?" that opens "nothing" is a complaint throughout.
_NOTHING_HELPED_RE = re.compile(
    r"^\W*(?:honestly |really |to be honest,? )?(?:nothing|none|not much|not a lot)\b"
)
