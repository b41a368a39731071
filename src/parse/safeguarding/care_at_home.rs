//! Whether anyone at home can care for the child: a parent in a mental
//! health or substance crisis, a young carer at breaking point, a family
//! without a home, a child living with people who are not family, a parent
//! arrested or the police and social care at the door.

use super::cue::Cue;
use crate::domain::ConcernCategory::*;
use crate::parse::reason::REFUSAL;

/// A child minded for a night, a weekend or a school run: no fostering
/// ("Pippa will have to stay with my neighbour that day").
macro_rules! a_days_minding {
    () => {
        r"sleep ?overs?|tonight|for the night|for (a|the) (night|weekend|day)|birthday|party|that day|(after|before) school|school run"
    };
}

/// The sender says they are the child's close relative: a grandparent,
/// aunt or uncle caring is no private foster carer.
macro_rules! a_relative_writes {
    () => {
        r"\b(i('m| am) (\w+'s|his|her|their) (grandmother|grandma|granny|gran|nan|nana|nanny|grandfather|grandad|grandpa|aunt|auntie|aunty|uncle|big sister|older sister|big brother|older brother|step-?(mum|dad|mother|father))|(it's|this is) (\w+'s|his|her|their) (grandmother|grandma|granny|gran|nan|nana|nanny|grandfather|grandad|grandpa|aunt|auntie|aunty|uncle))\b"
    };
}

/// Away for months, not a night: what makes a stay with friends private
/// fostering.
macro_rules! months_away {
    () => {
        r"\b((until|till|til) (the summer|summer|christmas|easter|next year|the end of (the )?(term|year))|for (the )?(next )?((a )?few |several |some |\d+ |two |three |six )?(months|terms?|year)|(a |new )?job (in|abroad|overseas)|work(ing)? (abroad|overseas))\b"
    };
}

/// An arrest of a stranger in a public place the family passed through:
/// "the police arrested a man on the train".
macro_rules! arrest_in_public {
    () => {
        r"\barrest(ed|ing) (someone|somebody|a man|a woman|a lad|a bloke|a passenger|a driver|a guy) (on|in|at|near|outside) (our|the|a)\b"
    };
}

/// A young carer put forward for the school's support, or coping, and
/// minding a baby for fun: not a carer past what a child can carry.
const SUPPORTED_OR_COPING: &str = r"\b(babysit\w*|new baby|holiday|birthday|young carers'? (group|club|trip|session|project|service|card|support|award|festival)|(she.s|he.s|she is|he is|they.re|they are) coping (well|fine|really well|ok|okay))\b";

pub const CUES: &[Cue] = &[
    // A parent who cannot cope or care.
    Cue::new(
        ParentInCrisis,
        r"\b((can't|cannot|can not|couldn't|unable to|not|struggling to|struggle to) cope|not coping|(can't|cannot|can not) (do|keep doing|take|manage|go on (with|like)) (this|it|any ?more)|can't do (this|it) any ?more|falling apart|(nervous|mental|complete|total|emotional) breakdown|(having|had|has|have|on the verge of) a (\w+ )?breakdown|depress(ed|ion|ive)|post[- ]?natal|(i|i just|i literally|i still|mum|mummy|dad|daddy|her mum|his mum|their mum|her dad|his dad|their dad) (can't|cannot|couldn't|can not) (get|drag myself) (up|out of bed)|(can't|cannot|couldn't) face (it|anything|the school run|today|getting up|people|the world|going out)|(don't|do not|can't|cannot)( really| even)? see (the|any) point|deserves? better than me|not (fit|in a fit state|well enough|safe) to (look after|care for|drive|have) (them|him|her|the kids|the children)|(i'm|i am|im|i was|i've been|mum's|mum is|dad's|dad is|(his|her|their) (mum|dad)('s| is)) not in a fit state|(can't|cannot|can not|couldn't) manage (them|him|her|the kids|the children)|(i|i've|i have|i just|i've just|i was|i'm) (sat|been|was|keep|kept|can't stop|am|started) (\w+ ){0,5}(crying|cried|sobbing|in tears)|(in a|such a) dark place|(in|at) (a|such a) (really |very |bit of a )?(bad|low|horrible|awful|terrible) place|rock bottom|(my|her mum's|his mum's|her dad's|his dad's|mum's|dad's|their mum's|their dad's) mental health|passed out (drunk|on the (sofa|floor|bed))|mental health (team|ward|unit|crisis|hospital|nurse came)|psychiatric|psych ward|sectioned|suicidal|(i was|i've been|i am|i'm|i got|i had to be) (taken|admitted|rushed|kept) (in|into|to) (hospital|a&e|a and e))\b",
    )
    .unless(r"\b((can't|cannot|can not) do (it|this) (after|before|during|in|on|at) (school|work|the (evening|weekend|morning|afternoon|day))|(can't|cannot|not) cop(e|ing) with (the|this|these|all the) (amount of )?(heat|cold|weather|noise|wait|washing|laundry|ironing|snot|mess|\d+ ?am |early |night )?(wake ?ups|starts|mornings|feeds|heat|cold|weather|noise|wait|washing|laundry|ironing|snot|mess)|colic|teething|hair ?cut|sats|exam|(car|van)('s)? (had a )?breakdown|(broke|broken) down|won't start|tyre|rac|aa|recovery|engine|breakdown (people|service|truck|man))\b"),
    // At the end of the parent's tether, unless over a cold or nits that
    // will not go: "I'm at my wits' end with these nits".
    Cue::new(
        ParentInCrisis,
        r"\b(end of my tether|(at )?my wits'? end)\b",
    )
    .unless(r"\b(cold|colds|cough\w*|nits|lice|head lice|bugs?|virus|sickness|flu|temp|temperature|snot\w*|weather|rain|snow|school run|traffic|roadworks|homework|washing|laundry|sleep regression|teething)\b"),
    // At a loss, unless over a child refusing school: the attendance
    // lead's to answer ("He's refusing again ... I don't know what else
    // to do").
    Cue::new(
        ParentInCrisis,
        r"\b(i|we) (don'?t|do not) know what (else )?to do\b",
    )
    .unless_said(REFUSAL),
    Cue::new(
        ParentInCrisis,
        r"\b((husband|wife|partner|dad|mum|mam|father|mother|boyfriend|girlfriend|stepdad|stepmum|fella|ex) (\w+ )?drinks (all day|too much|heavily|all the time|every day)|(been |started |is |he's |she's |i'm |was |were |they're )drinking (again|heavily|all day|every day|too much)?|drinking again|on the (drink|booze|bottle)|hitting the (bottle|booze|drink)|(was|were|is|he's|she's|i'm|i was|got|get|gets|came home|turned up|too|so|blind) drunk|drunk (again|last night|and)|had (a|a few|too many) drinks?|had (a few|a couple|one too many|a skinful) (last night|the night before)|(had|drank) (a few|a couple|one|way|far) too many|too much to drink|(i'm|i am|im|i was|he's|she's|he was|she was|still|probably|prob) (still )?over the (drink[- ]?drive |legal )?limit|(i'm|i am|im) (still )?not (safe|fit) to drive|hung ?over|(off|out of) (his|her|their|my) (head|face|box|nut)|(using|been using|started using) again|relapsed|relapse|(on|using|takes?|taking|doing|smok(es|ing)|sells?|selling|dealing) (drugs|crack|heroin|smack|coke|cocaine|ket|ketamine|spice|weed|cannabis|pills|meth)|(\w+'s )?drugs|needles? (in|on|around|lying)|white powder|weed|cannabis|ket|heroin|cocaine|rehab|detox)\b",
    )
    // Medicine given to the child: "the drugs they gave him for his ear
    // infection are knocking him out".
    // A family celebration's drink: "big family wedding yesterday and Dad's
    // had a few too many".
    // Nor a thing forgotten: "it went out of my head".
    .unless(r"\b((went|gone|slipped) (clean |right |completely )?out of my head|wedding|christening|birthday party|celebration|new year'?s? eve|christmas do|works do|stag do|hen do|too many (sweets|chocolates?|biscuits|mince pies|cakes?|crisps|sugary|helpings)|drinking (plenty|lots|water|fluids|well|enough|a lot of)|fluids|thirst\w*|needing (a |the )?(wee|toilet)|diabet\w*|drug trial|calpol|antibiotic\w*|inhaler|medicine|(drugs|meds|medication) (that )?(they|the (doctors?|gp|hospital|nurse|consultant|dentist)) (gave|give|have given|prescribed|put) (him|her|them|\w+)|weed ?killer|weed(s|ing|ed)? (the |in the )?(garden|allotment|patio|path|beds?)|(garden|allotment) weeds)\b"),
    // The drinker's idiom: "had a heavy nite sorry, not up to doing the
    // school run" (not a heavy night of a child's cough).
    Cue::new(
        ParentInCrisis,
        r"\b(a|bit of a|a bit of a|a really|a very) heavy (night|nite|one|session|weekend)\b",
    )
    .unless(r"\b(cough\w*|temp|temperature|sick|poorly|teeth|teething|baby|fever|asthma|rain|snow|traffic|homework|shifts?|ill|unwell|up with|vomit\w*|bug|feeds?|cold|croup|ears?|wheez\w*|bleed\w*|period)\b"),
    Cue::new(
        ParentInCrisis,
        r"\b(her|his|their|\w+'s) (mum|mam|mom|mummy|mother|dad|daddy|father)('s|s| has| had| was| is)? ?(been )?(taken |gone |rushed |admitted )?(back )?(in|into|to) (hospital|a&e|a and e)\b",
    )
    .unless(r"\b(op|operation|surgery|labour|baby|birth|planned|knee|hip|hernia|gall ?bladder|appendix|tonsils|taken out|removed|scan|appointment|check[- ]?up)\b"),
    // Kept home to care for a parent who cannot get about, or for the baby
    // in their place: "stay home today to help me, I am very sick after my
    // operation I can not walk ... she look after the baby".
    Cue::new(
        YoungCarer,
        r"\b(stay|stays|staying|stop|stopping|kept|keeping|keep) (at )?(home|off)( today| this week)? to (help|look after|care for|mind) (me|mum|mummy|dad|daddy|her mum|his mum|her dad|his dad|the baby|(his|her) (baby |little )?(brother|sister))\b",
    )
    .given(r"\b((can not|cannot|can't|unable to) (walk|move|get up|stand|get out of bed|lift|drive)|(very|really|so|too) (sick|ill|poorly|weak)|(too much|so much|such|in (so much|too much|a lot of|agony with)) pain|in agony|(can't|cannot|couldn't|can not) (lose|miss|take|afford to (lose|miss|take)) (another |a |the |any more )?(shifts?|days?( off)?|day's pay|work)|chemo\w*|radiotherapy|dialysis|cancer)\b"),
    // At home minding the younger ones or a grandparent, and not for one
    // day: the parent's job won't spare them again ("I can't lose another
    // shift", "they won't give me time off yet"), or no carer came for a
    // grandparent in bed. One day's minding while the parent works is the
    // `O` of parsing.md, not this.
    Cue::new(
        YoungCarer,
        r"\b(at home|home|stay(s|ing|ed)? (at )?home|stopping (at )?home|kept (\w+ )?(at )?home|keeping (\w+ )?(at )?home)\b[^.!?\n]{0,20}?\b(minding|mind|looking after|look after|watching|watch|helping with|help with|helping (to )?look after|caring for|care for|babysitting|babysit) (the baby|the little ones?|(his|her|their) (baby |little |younger |two |2 )?(brothers?|sisters?|siblings|nan|nani|nana|nanna|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|dadi|dada))\b",
    )
    .given(r"\b((started|starting|start) (a |my )?new job|(won't|will not|wont|don't|do not) (give|let) me (have )?(the |any )?(time|day|days) off|(can't|cannot|couldn't|can not|cant) (afford to )?(lose|miss) (another|any more) (shifts?|days?)|(lose|losing) (my|the) job|till (i|we) (sort|get) (out )?(the |some )?childcare|carer (didn't|did not|didnt|never|hasn't|has not) (turn|turned|come|show|showed)|bed ?bound)\b"),
    // A child kept home all day with a baby while the parent works, with no
    // grown-up there: "Tyler had to stay home with the baby today, I had to
    // go in to work and had no one else". Not while the parent is at a
    // hospital scan: a morning's minding, the parent back by lunch.
    Cue::new(
        YoungCarer,
        r"\b(stay|stayed|stays|staying|stop|stopped|stopping|kept|keep|keeping) (at )?home (today |this morning )?(with|to (mind|watch|look after|have)) the (baby|babies|toddler|little one)\b",
    )
    .given(r"\b((i|we)('m|'re| am| are| was| were| had to go| have to go| need to go| needed to go| went| go| had to be| have to be)( both| all)?( in)? (to|at) work)\b")
    .unless(r"\bthe (baby|babies|toddler|little one) and (me|us|(his|her|their) (dad|daddy|mum|mummy|nan|nana|gran|granny|grandma|grandad))\b"),
    // A child who cares for a parent or sibling and is past what a child can carry.
    Cue::new(
        YoungCarer,
        r"\b(young carer|(does|do|doing|did) (all|most) (of )?the (cooking|cleaning|shopping|washing|housework|ironing)( and (the )?(cooking|cleaning|shopping|washing|housework|ironing))? (because|cos|since|as|now) (i'm|i am|i can't|i cannot|i've|i have|my|his|her|mum|dad)|(doing|does|did|done|do) (everything|it all|(all )?the (cooking|cleaning|shopping|washing)( and (the )?(cooking|cleaning|shopping|washing))?|nearly everything|a lot|so much|most things) (for (me|us|us all|her mum|his mum|her dad|his dad|the family|her brother|his brother|her sister|his sister)|at home|around the house)|(help(s|ing|ed)?|helps me) (me )?(to |get )?(the )?(bathroom|toilet|loo|wash|washed|dressed|get up|up the stairs|into bed)|(sorts?|sorting|sorted|gets?|getting|fetch(es|ing)?|fetched|gives? me|giving me|manag(es|ing)|collects?|collecting|picks? up|picking up|counts?|counting|does|doing|in charge of|responsible for|remind(s|ing)? me (to take|about|of)|helps? (me )?with) (out )?(all )?my (tablets|medication|meds|insulin|injections)|(stays?|staying) (home )?with (his|her) (brother|sister) (when|because|while) (he|she) (has|is|gets)|can't keep up|can't do it all|(meant|supposed|expected|left) to get (them|the (kids|little ones|others|babies)|(his|her) (little |baby |younger )?(brothers?|sisters?|siblings))( both| all)? (up|ready|dressed|out|to school))\b",
    )
    .unless(SUPPORTED_OR_COPING),
    // A child caring for the parent who writes, or for a parent named,
    // at the end of what is said: "she looks after Sagal and me." Its own
    // cue, since what ends it is a comma or a stop, not a word.
    Cue::new(
        YoungCarer,
        r"\b(look(s|ing)? after|caring for|cares for|care of) (((\w+ ){1,2}and )?me|us|(his|her) (mum|mam|dad|nan|gran)\w*)(( when| because| while| all| every| since)\b|$|[,.;!])",
    )
    .unless(SUPPORTED_OR_COPING),
    // Personal care of a parent, and nights spent minding the younger ones:
    // a child's doing them is the strain.
    Cue::new(
        YoungCarer,
        r"\b((bath|bathe|bathes|bathing|bathed|wash|washes|washing|washed|dress|dresses|dressing|dressed|feed|feeds|feeding|fed|lift|lifts|lifting|toilet|toileting) (his|her|their) (mum|mam|mom|mother|dad|father|nan|gran|grandma|grandad)([^'\w]|$)|(up|awake|kept (\w+ )?up) (all night|half the night|every night|most nights) (minding|looking after|watching|seeing to|settling|feeding) (his|her|their) (baby |little |younger )?(brothers?|sisters?|siblings))",
    ),
    // Caring for a parent or the younger ones, with the strain said in the
    // same sentence: a young carer at breaking point.
    Cue::new(
        YoungCarer,
        concat!(
            r"\b((has|had|have|having|needs?) to (look after|care for|nurse|see to|help with|get up (for|with))|(caring|cares|cared) for|looks? after|is looking after|(he|she)('s| is) looking after) (his|her|their) (mum|mam|mom|mother|dad|father|nan|gran|grandma|grandad|little |younger |baby )?(mum|dad|brothers?|sisters?|siblings|the little ones|the others)?",
            r"[^.!?\n]*\b(nobody else|no one else|no-one else|only one who|exhausted|shattered|struggling|not (slept|sleeping|coping)|every (day|night)|all (week|the time|night)|does everything|breaking point|worn out|too much for (him|her)|can't keep up|wheelchair|disabled|disability|bed ?bound|housebound|terminal\w*|stroke|dementia|cancer|chemo\w*|ms)\b"
        ),
    ),
    // Getting the younger ones up and to nursery, or a parent up and
    // washed, because a parent cannot: "I'm on dialysis three mornings a
    // week now and she gets her two little brothers ready and walks them to
    // nursery", "since his dad's stroke he helps get him up and washed".
    Cue::new(
        YoungCarer,
        r"\b((gets?|getting|got) (his|her|their) (two |three |2 |3 )?(little |baby |younger )?(brothers?|sisters?|siblings)( \w+)? (up|ready|dressed)|(walks?|walking|takes?|taking|drops?|dropping) (his|her|their|them|the) ((two |three |2 |3 )?(little |baby |younger )?(brothers?|sisters?|siblings) )?(to|at) (nursery|school|the childminder)|help(s|ing|ed)? (to )?get (me|him|her|(his|her) (mum|mam|mom|dad|nan|gran|grandma|grandad)) (up|washed|dressed|showered|bathed|into bed|to bed|to the (toilet|loo|bathroom)))\b",
    )
    .given(r"\b(dialysis|chemo\w*|radiotherapy|cancer|disabled|disability|wheelchair|bed ?bound|housebound|stroke|dementia|parkinson'?s|paralysed|multiple sclerosis|(has|had|got|with) ms|(i'm|i am|i've been|mum's|mum is|dad's|dad is) (ill|poorly|unwell|sick|in hospital|not well)|(can't|cannot|couldn't) (walk|get up|get out of bed|manage)|my (illness|condition|health|mental health)|(work|working|i'm on) nights)\b"),
    // Kept home to mind the younger ones through a parent's serious
    // treatment: "I've got chemo and there's no one else to have the baby".
    Cue::new(
        YoungCarer,
        concat!(
            r"\b(chemo\w*|radiotherapy|dialysis|cancer|(i'm|i am|i've been|i have been|i was) (in hospital|admitted))\b[^.!?\n]*",
            r"\b(no ?one|no-one|nobody) (else )?(to (have|mind|watch|look after|see to)|for) ",
            r"(the (baby|babies|little ones?|little one|younger ones?|toddler|twins)|(his|her|their) (baby |little |younger )?(brothers?|sisters?|siblings))\b"
        ),
    ),
    // Without a home.
    Cue::new(
        Homelessness,
        r"\b((living|sleeping|slept|sleeps|lives|been) (on|in) the streets\b|sleeping on the street\b|sleeping rough|evict(ed|ion)|homeless\w*|(lost|losing|lose) (our|the|my) (flat|house|home|tenancy)|(kicked|thrown|chucked|put) (us )?out( of)? (the|our|my|\w+'s|\w+s) (flat|house|home|place)?|(kicked|thrown|chucked|put) (us|me|them) out|(kicked|thrown|chucked) out|nowhere (to go |to stay |to sleep )?tonight|(sleep(ing)?|slept|stopp(ing)?|stay(ing)?|living|live) (in (the|a|my|our) (car|van|tent|stairwell|doorway|bus station|bus shelter|underpass|multi[- ]?storey)|on (a |my |the |our |someone's )?(\w+'?s'? )?(sofa|floor|couch|settee|sofas)|rough|in a (hostel|b&b|b and b|shelter))|sofa ?surf\w*|(spent|spend|spending|another|a|the|last|two|three) nights? (in (the|a|my|our) (car|van|tent)|on (a |the |my |our |someone's )?(\w+'?s'? )?(sofa|floor|couch|settee))|(temporary|emergency|council) (accommodation|housing)|emergency (hotel|b&b|b and b)|(moved|put|placed|housed|sent) us (\w+ ){0,3}(in|into|to) (a|an|the) (\w+ ){0,2}(hotel|b&b|b and b|hostel)|one room for (\d|two|three|four|five|six|seven|eight|all) of us|(all|\d|three|four|five|six|seven|eight) of us (in|sharing) (one|a single) room|hostel|bailiffs?|nowhere (else )?(to|2) (live|go|stay|sleep)|no fixed (abode|address)|changed the locks|between (my|his|her) (sister's|mum's|friend's|mates?'?s?) and|wherever (we|i) can|the council (will |to |is |are |can )?(sort|find|house|rehouse|put)|(the )?(council|housing)( (is|are|have|has|were|was))? (moving|moved|rehousing|rehoused|relocating|relocated) us|(third|fourth|fifth|sixth|3rd|4th|5th|6th) (place|address|flat|room|hotel|move|home) (since|in|this)|(housing|homeless) (officer|team|office|department))\b",
    )
    // Giving to the homeless: "collecting for the homeless shelter".
    // A move into a home of the family's own: "at the housing office to
    // sign the tenancy for our new flat".
    // Nor a night's drive home: "we drove back from Scotland through the
    // night and he slept in the car".
    .unless(r"\b((drove|driving|drive|travell?(ed|ing)) [^.!?]{0,40}\b(through the night|overnight|all night)|(kitchen|bathroom|house|roof|floors?|extension)('s| is| are|'re)? (being )?(redone|renovated|refitted|rebuilt|gutted|done up)|renovat\w*|building work|builders|refurb\w*|insurance|insurers?|homeless (shelter|charity|hostel appeal|appeal|collection|people|person|man|woman|project)|for the homeless|(sign|signing|signed) (the|a|our) (new )?(tenancy|lease)|transfer|bigger (house|flat|home)|(on|joined) the (housing |council )?(list|register|waiting list)|tenancy (agreement|signing)|(our|the|a) new (flat|house|home)|pick(ing)? up (the|our) (new )?keys|collecting for|(learning|learnt|learned|learn|talking|talked|topic|lesson|project|assembly) about homeless\w*|(to|for) the (homeless )?shelter|(food|tin|donation)s? (bank|collection|drive))\b"),
    // Living with people who are not family (private fostering).
    Cue::new(
        PrivateFostering,
        r"\b(private(ly)? foster\w*|(left|leaving|leaves) (them|him|her) with (me|us|a friend|friends|a neighbour|neighbours|her friend|his friend|my friend)( for (a few |some |several |\d+ |two |three |six )?(weeks|months)| while (she|he|they)('s|'re| is| are) (abroad|away|in|back home|working)| until (she|he|they) (come|comes|get|gets) back)|(not|isn't|is not|aren't|are not|we're not|we are not) (related|family|a relative|relatives|her family|his family)|(stay(s|ing)?|liv(e|es|ing)|will (stay|live)|looked after|looking after (him|her))( now| for now| at the moment)? (with|by) (a |my |our |his |her |the )?(friends?|mates?|neighbours?|family friends?|friend of the family|friends from church|colleagues?|landlady|lodger|(\w+ )?(coach|teacher|tutor|leader|instructor|childminder|pastor|imam)('s)?( family)?|(\w+'s )?(friend|mate|neighbour)'s family)|(her|his|their) parents are (still )?(in|abroad|back home|overseas)|(came|come|sent) (to the uk|here|over) to live with|(i'm|i am|this is)( \w+(-\w+)?){0,2},? a (family )?(friend|neighbour) of (\w+'s )?(mum|mam|mom|dad|mother|father|parents|family)|\w+ is (now )?(living|staying) with (me|us)( and my (family|husband|wife|partner))? (in the meantime|for now|for the time being|while|until|since|now\b)|(stay(s|ing)?|liv(e|es|ing)|will (stay|live)|looked after|looking after (him|her))( now| for now| at the moment)? (with|by) (my|our|his|her|their|a) (second )?(cousin|great[- ]?(aunt|auntie|aunty|uncle)|godmother|godfather|godparents?)|(isn't|is not|not|aren't|are not) (her|his|their) (legal )?guardians?|(he's|she's|they're|he is|she is|they are) (now )?living with (me|us)( and my (family|husband|wife|partner))?( for now| now| while| until| since)|(has been|have been|is|will be) (living|staying) with (me|us)( and my (family|husband|wife|partner))? (since|for (the|a|some|several|\d+))|(living|lives|staying|stays|moved in|gone to live|went to live) (now )?with (her|his) (boyfriend|girlfriend|partner|best friend|friend|mate)('s|s')? (parents|family|mum|dad|mother|father|house|place)|(don't|do not|no longer|haven't|have not|hasn't|has not) (got |have |had )?(any )?contact with (her|him)( any ?more| now| since)?|(living|lives|moved in|gone to live) (now )?at (her|his) (best )?(friend|mate|boyfriend|girlfriend|neighbour)('s|s')|(been )?(staying|stopping) at (her|his) (best )?(friend|mate|boyfriend|girlfriend)('s|s')[^.!?\n]*(since|for (weeks|months|\d+ (weeks|months))|weeks|months)|(been|i've been|we've been|i am|i'm|we are|we're) looking after (him|her|them|\w+(-\w+)?( \w+)?) (since (christmas|easter|half[- ]?term|the summer|the holidays|january|february|march|april|may|june|july|august|september|october|november|december|last (month|term|year)|\w+ (weeks|months) ago)|for ((the )?(last|past) )?((a )?few |several |some |two |three |\d+ )?(weeks|months)))\b",
    )
    // Nor a grown-up relative come to stay: "my sister Kim is staying with
    // us for a few weeks".
    .unless(concat!(
        r"\b(",
        a_days_minding!(),
        r"|today|tomorrow|for (the|a|one) (week|fortnight)|for (a few|a couple of|two|three|four|five|\d) (days|nights)|(my|our|his|her|their|\w+'s) (sister|brother|mum|mam|dad|mother|father|nan|nana|gran|granny|grandma|grandad|grandpa|grandparents|aunt|auntie|aunty|uncle|cousin|partner|niece|nephew|mother-in-law|father-in-law)( [a-z]+)? (is|are|'s|has been|have been|will be) (staying|living) with (us|me))\b"
    ))
    // Nor a close relative caring, who is no private foster carer: "I am
    // Aarav's grandmother. His parents are in India".
    .unless_said(a_relative_writes!()),
    // A child brought from abroad or from another family to live in the
    // home: "my husband's relative's daughter Blessing has come from
    // Nigeria to live with us and help me with the housework". Not a grown
    // niece come for university or a job.
    Cue::new(
        PrivateFostering,
        r"\b(daughter|son|niece|nephew|girl|boy|child|cousin)\b[^.!?\n]{0,40}?\b(has |have |had |was |been |is )*(come|came|coming|arrived|sent|brought)( over| here)?( from [a-z]+( [a-z]+)?)? to live with (us|me)\b",
    )
    .unless(r"\b(uni|university|college|job|work|apprenticeship|(she|he)('s| is) (1[89]|2\d)|grown[- ]up)\b"),
    // The same arrangement begun today but meant to last: "I have taken a
    // job in Dubai until the summer, so from today Ellie is living with my
    // friend".
    Cue::new(
        PrivateFostering,
        r"\b(liv(e|es|ing)|stay(s|ing)?|will (live|stay)) (now |during the week |in the week |on weekdays |for the time being )?with (a |my |our |his |her |the )?(friends?|mates?|neighbours?|family friends?|friend of the family|colleagues?)\b",
    )
    .unless(concat!(r"\b(", a_days_minding!(), r")\b"))
    .given(months_away!()),
    // The friend writing of the same arrangement: "Ayo's mother is working
    // in Aberdeen until the summer so Ayo is living with me and my
    // husband".
    Cue::new(
        PrivateFostering,
        r"\b(he's|she's|they're|he is|she is|they are|is|'s|are|'re) (now )?(living|staying|stopping) with (me|us)( and my (family|husband|wife|partner|children|kids))?\b",
    )
    .unless(concat!(r"\b(", a_days_minding!(), r")\b"))
    .given(months_away!())
    .unless_said(a_relative_writes!()),
    // The children left with someone the school has never met while the
    // parent is away: "I'm in Spain till Sunday so the kids are staying at
    // my mate Jodie's, you won't know her", "I'm away working till Friday
    // so the boys are with my new partner".
    Cue::new(
        PrivateFostering,
        r"\b(you (won't|wont|will not|don't|dont|do not) know (her|him|them)|(with|at) (my|a|our) (new )?(mate|friend|pal)|(with|at) my new (partner|boyfriend|girlfriend|fella|man|bloke)|my (new )?(mate|pal|friend|boyfriend|fella) (\w+ )?(is|will|'s|'ll) (going to |gonna )?(have|look after|mind|take) (him|her|them|\w+)|not on (her|his|their|the) (collection |contact |pick ?up )?list)\b",
    )
    .unless(concat!(r"\b(", a_days_minding!(), r")\b"))
    .given(r"\b(i'm|im|i am|i'll be|ill be|i will be|we're|we are|we'll be) (\w+ ){0,2}(away|abroad|in(to)? [a-z]+|on holiday)( \w+){0,2} (till|until|til|for)\b"),
    // Police at the home, an arrest, social care.
    Cue::new(
        PoliceOrServices,
        r"\b(police|polic|polise|pollice|polis|cops|999|officers? (came|come|took|arrested))\b",
    )
    .unless(concat!(
        r"\b((is|'s|as|was|were) a police (officer|man|woman|constable)|hand(ing|ed|s)? (it|them|\w+) in (at|to) the police|found (a|an|some|someone's) (purse|wallet|phone|bag|keys|bike|dog|cat)|(came|come|coming|comes) in to (talk|speak|chat) to (them|us|the (class|children|kids))|(his|her|their|my) police (uniform|car|radio|shift|job|work|station)|(on|doing|working) (nights|lates|earlies|a (night|late|early) shift|shifts?) (at|for|with) the police|(came|come|coming|straight) off (a |his |her |their |the )?(night |late |early )?shift|dress(ed|ing)? (up )?as|police (officer |officers |man |men |woman |lady )?visit\b|(road safety|stranger danger|online safety|safety) (talk|visit|assembly|lesson|week|day)|visit(ed|ing)? (to |in )?(the |our |his |her )?(school|class|assembly|nursery)|(came|come|coming|comes) (into|in to) (the |our |his |her )?(class|classroom|assembly|school|nursery)|(school|class|assembly|nursery)('s)? (police )?visit|police (car|dog|horse|uniform|hat|helicopter) (visit|came to school|in the playground)|police (dogs?|horses?)|(be|become|becoming|being) a police|policem(a|e)n when|people who help us|(passing[- ]out|graduation) (parade|ceremony)|police (training|college|academy|recruits?)|turn(s|ing|ed)? (everyone|everybody|people|cars|traffic|us|drivers) (back|away|round|around)|police (have |had )?(closed|shut|blocked|cordoned|diverted)|(closed|shut|blocked|cordoned|diverted) (off )?(the |a )?(\w+ ){0,2}(road|roads|street|lane|junction|motorway|bridge|roundabout)|(road|roads|street|lane|junction|motorway)('s| is)? (closed|shut|blocked)|(after|because of|due to) (an? |the )?(accident|crash|collision)|(closed|shut|blocked) by (the )?police|police (incident|accident|cordon|roadblock|road block) on|police station to (collect|pick up|hand in|report)|(lost|found|stolen) (property|wallet|purse|phone|bag|keys|bike|car)|(found|recovered|returned|got back) (\w+'s |his |her |their |our |my |the )?(stolen )?(bike|phone|car|scooter|bag|wallet|purse|property|keys)|witness statement|as a witness|crime (reference )?number|burgl\w*|broke(n)? into (our|the|my|his|her) (car|house|shed|garage|van)|(car|house|flat|home|shed|garage|van) (was |got |been |has been )?broken into|fingerprints|(car|van|bike|shed) (was |got |been )?(stolen|nicked|broken into)|nicked our (car|van)|(job|career|works?|worked|was|been|served) (in|with|for) the police|police (helmet|hat|whistle)|take (the |our )?details|on (nights|shift|lates|earlies|duty) with the police|police stop(ped)? (our|my|the|us)|(taped|cordoned) off|(car|road|minor|little|small) (accident|bump|crash|prang)|had a (little |small |minor )?(bump|prang)|(com(e|es|ing)|came|going|go) (in |into |in to |to )?(the |our |his |her )?((cubs|scouts|beavers|brownies|rainbows|guides|youth club|after ?school club)|(\w+ )?(open (day|evening)|careers (day|fair)))|(talk|talks|talking|speak|speaks|speaking) to (year \d|the (class|children|kids|whole school|club|group))|(talk|talks|talking|talked|speak|speaking|spoke) (to (us|them|the \w+) )?about (stranger danger|road safety|online safety|keeping safe|staying safe|(their|his|her) jobs?|what (they|he|she) do(es)?)|visit(ed|ing)? (year|class|reception|y) ?\w+|visit from (pc|the police|a police)|(sat|sit|sitting|ride|rode|riding|got to sit) in (the|a) police car|pulled (over|up) by (the )?police for (a |an |the |his |her |their )?(brake light|tail ?light|headlight|light|tyre|bald tyre|speeding|seat ?belt|mot|tax|check)|pcso|(police|fire|army) cadets?|community (police|officer|support)|(toy|lego|playmobil|pretend|cardboard) police|police (\w+ )?(drawing|picture|painting|colouring|toy|costume|outfit|dressing up|lego|cartoon|programme|show|book|game))\b|",
        arrest_in_public!()
    )),
    Cue::new(
        PoliceOrServices,
        r"\b(arrest(ed|s|ing)?|in (the )?cells|(in|on) remand|remanded|custody|prison|jail|gaol|locked up|sent down|probation|hand (myself|himself|herself) in|search(ed)? the house|(social|socal|socail|soshal|socia) (services|care)|child protection|child in need|looked after child|cp plan|cin plan|emergency (placement|foster\w*|carer|care)|foster (placement|care)\b|placement (is )?(ending|broke down|breakdown)|mash\b|ceop|nspcc|childline|safeguarding|dsl)\b",
    )
    .unless(concat!(
        r#"\b((safeguarding|nspcc|childline) (letter|newsletter|policy|training|leaflet|poster|assembly|talk|week|number|walk)|care package|adult social (care|services)|(nspcc|childline) (\w+ ){0,2}(assembly|talk|sponsored)|(assembly|talk|sponsored \w+) (from|by|for) (the )?(nspcc|childline)|review|pep|routine|usual|regular|monthly|termly|as usual|going well|job|works? as|i'm a|(is|'s|as|was|were) an? (police|prison|probation|custody|detention) (officer|guard|warden|nurse|worker|teacher|chaplain)|works? (at|in|for) (the |a )?(prison|police|probation)|training|course|career|meeting is|on the contact list|arrest(ed|ing|s)? (all )?(the |his |her |their |my )?(big |little )?(cat|dog|puppy|kitten|teddy|teddies|toys?|sisters?|brothers?|dad|daddy|mum|mummy|grandad|nan|anyone)|(in|for) the (christmas |school |class )?(play|nativity|panto|pantomime|show)|(share|shared|joint|split|50/50) custody|custody (is )?(shared|split|joint|50/50)|annual|health assessment|paperwork)\b|["“']arrested["”']|"#,
        arrest_in_public!()
    )),
    Cue::new(PoliceOrServices, r"\bsocial worker\b").unless(
        // A looked-after child's arranged contact is routine: "contact with
        // his birth mum ... his social worker knows and has arranged it".
        r"\b(review|pep|routine|usual|regular|monthly|termly|weekly|as usual|going well|job|work as|works as|i'm a|i am a|training|course|career|meeting|still on|on the contact list|visit|contact (session|visit|time|meeting)|contact with (his|her|their) (birth |biological )?(mum|mam|dad|mother|father|parents|family|brothers?|sisters?|siblings?)|family time|(has|have) arranged|arranged (it|this|that|by)|passed on (my|our) (details|number)|(is|are|'s) (fully )?aware|knows about (it|this)|foster carer|as per (his|her|their) (care )?plan|(as )?part of (his|her|their) (care )?plan|care plan|respite|agreed with (his|her|their) social worker|let (his|her|their) social worker know|post[- ]adoption|adoption support|i'm (\w+'s )?(allocated )?social worker|statutory visit|hospital social worker|assessing social worker|(being )?assessed (to become|as) (foster|adoptive)|(become|becoming) (foster|adoptive) (carers?|parents?)|fostering assessment)\b",
    )
    // A looked-after child's routine health check, or an adoption being
    // made final, told anywhere by the social worker or the carer.
    .unless_said(r"\b((looked[- ]after|lac|annual|statutory) health (assessment|review|check)|health assessment with|adoption (hearing|order|panel|day|celebration))\b"),
    // Social care called in at short notice is no routine visit: "the
    // social worker is coming at 9 for an emergency meeting".
    Cue::new(
        PoliceOrServices,
        r"\b(emergency (meeting|visit|review|strategy meeting)|strategy (meeting|discussion)|section 47|s47 (enquiry|investigation))\b",
    )
    // Unless it is the parent's own work: "I'm a social worker and I've
    // been called out to an emergency visit".
    .unless(r"\b(i'm a|i am a|i work (as|in|for)|works? as|called out|on call|my (job|work|shift))\b")
    .given(r"\b(social (worker|services|care)|police|child protection)\b"),
];

#[cfg(test)]
mod tests {
    use crate::domain::ConcernCategory::*;
    use crate::parse::safeguarding::test_support::{
        assert_each_raises, assert_harmless, assert_raises,
    };

    #[test]
    fn a_parent_unable_to_care_is_raised() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "honestly i can't cope with him any more",
                "i'm not coping at all",
                "my husband drinks all day",
                "i can't get out of bed most days",
                "i just can't face the school run",
                "their dad turned up drunk again",
                "had a heavy nite sorry, not up to doing the school run. kids r fine theyre watching telly",
                "cant get him in im not safe to drive had a few too many and it was 6am when i stopped",
                "his mum is using again",
                "her dad was off his face on ket",
                "i had a few drinks and overslept, she got herself up",
                "sorry i was a mess at pick up, had a couple the night before and still felt rough",
                "my wife was sectioned on saturday",
                "her mum's been taken into hospital again",
                "i don't see the point any more",
                "i don't really see the point in anything at the moment if i'm honest",
                "i'm going into rehab next week",
                "i was admitted to hospital last night and i'm on a mental health ward",
                "his dad's left and i don't know what to do, there's no food in",
            ],
        );
    }

    #[test]
    fn at_a_loss_over_a_child_refusing_school_is_the_attendance_lead_s() {
        assert_harmless(
            "ethan is refusing to come in again. he won't budge. i don't know what else to do",
        );
        assert_harmless("he won't get in the car and says he's not going back. what do i do");
    }

    #[test]
    fn a_young_carer_at_breaking_point_is_raised() {
        assert_each_raises(
            YoungCarer,
            &[
                "i work nights so her brother's supposed to get them both up and out",
                "he does everything for me since my stroke",
                "he does all the shopping and cooking because i can't walk",
                "she helps me to the bathroom at night",
                "she stays home with her brother when he has seizures",
                "he's a young carer and he's exhausted",
                "she sorts my tablets and the cooking",
                "he's been doing the cooking and cleaning for us",
                "she's a young carer for her mum and she's not coping well",
                "nusaiba stay home today to help me, i am very sick after my operation i can not walk and my husband is working",
                "bethany's stopping at home today to look after her brother, he's off sick and i can't lose another shift",
            ],
        );
        assert_harmless(
            "could jasmine be put forward for the young carers group? she helps look after her little brother. nothing's wrong, she's coping well",
        );
    }

    #[test]
    fn a_parent_taking_their_own_tablets_is_not_a_young_carer() {
        for text in [
            "i'm taking my tablets for my back so my mum is doing the school run",
            "i've run out of my medication so i'm at the gp at 9",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            YoungCarer,
            &[
                "he gets my tablets ready every morning before school",
                "she does my injections because my hands shake",
            ],
        );
    }

    #[test]
    fn a_child_ill_in_bed_is_not_a_parent_in_crisis() {
        assert_harmless("she cannot get out of bed with this flu");
        assert_harmless("he had one too many mince pies at the party and was sick");
        assert_harmless("we had a heavy night with his cough so he's staying home");
        assert_harmless(
            "he's been sick on the dog and me, i'm not coping with the amount of washing",
        );
        assert_harmless(
            "her class has been learning about homelessness and she wants to give her pocket money to the shelter",
        );
        assert_harmless("the roads are not safe to drive on this morning");
        assert_each_raises(
            ParentInCrisis,
            &[
                "i can't get out of bed and the kids are getting themselves up",
                "i'm in a really bad place",
            ],
        );
    }

    #[test]
    fn homelessness_is_raised() {
        assert_harmless(
            "are year 4 still collecting for the homeless shelter? daisy would like to bring in some tins",
        );
        assert_each_raises(
            Homelessness,
            &[
                "we got evicted on friday",
                "he's been sleeping on the streets since his dad threw him out",
                "we're sleeping on my mate's sofa",
                "we've been sleeping in the car",
                "sorry she's late, we spent the night in the car",
                "he's been sleeping in the stairwell",
                "we're in temporary accommodation miles away",
                "the landlord changed the locks",
                "we have nowhere to live",
                "the landlord threw us out and we've nowhere tonight",
                "we're homeless again, the council have put us in a b&b",
            ],
        );
    }

    #[test]
    fn private_fostering_is_raised() {
        assert_each_raises(
            PrivateFostering,
            &[
                "he's living with our neighbour while i work abroad",
                "their mum has gone to spain and left them with me for a few months",
                "his mum has gone to work in spain for a few months, so he's living with me and my husband for now",
                "she is staying with a friend of the family for the term",
                "we are not related but we look after her",
                "her parents are still in nigeria",
                "he's staying with my mate kerry for a bit while i'm away",
                "she'll be living with her dance teacher's family for the next month",
                "i'm a neighbour of leo's mum, he has been living with us since easter",
                "i have taken a job in dubai until the summer, so from today ellie is living with my friend sue lacey",
                "she's living with my cousin now while i'm in romania",
                "he'll be staying with his godmother until i'm back from dubai",
                "my friend has her but she isn't her guardian",
                "my husband's cousin's daughter amara has come from ghana to live with us and help with the twins",
                "a boy from our village was sent over to live with us, he is 11",
            ],
        );
        assert_harmless("my niece has come to live with us while she's at university");
    }

    #[test]
    fn police_arrest_and_social_care_are_raised() {
        assert_each_raises(
            PoliceOrServices,
            &[
                "the police came round at 3am",
                "the polise were here again",
                "socal services came round about the kids",
                "police r coming round later",
                "their mum was arrested last night",
                "his dad is in prison",
                "i have to hand myself in at 1",
                "social services have been called",
                "a social worker is coming out to see us",
                "we reported it to ceop",
                "they've been taken into foster care",
                "his emergency foster carer will bring him in",
                "their dad kicked off and the police came round again, the social worker is aware",
                "his dad got pulled over by the police and arrested, he had the kids in the car",
                "the police came round last night and put him in the police car",
            ],
        );
    }

    #[test]
    fn ordinary_mentions_are_not_raised() {
        for text in [
            "thank you for the police officer visit today",
            "my husband is picking sam up, he'll be in his police uniform as he's come straight off shift",
            "he wants to be a policeman when he grows up",
            "the police have closed the ring road so we'll be late",
            "his social worker's usual monthly visit is at 3.45",
            "kyle has contact with his birth mum at 2, his social worker knows and has arranged it",
            "riley has a contact session this afternoon. his social worker, kate ellison, is aware.",
            "please thank pc adams for visiting year 1 today. evan loved sitting in the police car",
            "thank you for the visit from pc hart! theo now wants to be a policeman and has arrested the cat twice",
            "she got \"arrested\" at the fire station open day and hasn't stopped talking about it",
            "the drugs they gave finley for his ear infection are really knocking him out",
            "sorry he's late, his dad's car got pulled over by the police for a brake light, all sorted",
            "i am ella's social worker. ella has her looked-after health assessment with the community paediatrician on thursday",
            "pippa will have to stay with my neighbour that day",
            "her child in need review is on wednesday, routine",
            "he's drinking plenty and watching films",
            "she's been drinking so much and needing a wee every hour, the gp is testing her bloods",
            "we were at her uncle's passing out parade at the police college this morning",
            "the police were turning cars back at the ford because of the flooding",
            "i'm in hospital for my knee op so daddy's doing the school run",
            "we're moving house next week",
            "nana is staying with us this week",
            "she's staying with her friend for a sleepover on friday",
            "her dad is on nights with the police this week so her nan's doing drop off",
            "police stopped our car on the way, the back light is broken, 10 mins late",
            "i'm keira's allocated social worker and i'd like to arrange my statutory visit",
            "he has a temp so i'm keeping him off and i've let his social worker know as per his plan",
            "we're away for a few days so she's staying with my friend for the weekend, back monday",
            "i have a new job in leeds so he'll stay with my neighbour after school on tuesdays",
            "a police officer came in for the road safety talk",
            "he says the police are coming in to talk to year 4?",
            "a police officer came into class to talk about bikes",
            "he drinks too much juice",
            "is the police dog coming to school again?",
            "her dad is a prison officer so he'll collect her",
            "sorry he's late, his dad's a police officer and got held up arresting someone",
            "zak runnin late, his dads on nights at the police station so its just me n the baby",
            "police cadets are coming to the scouts open evening",
            "thanks for the safeguarding letter",
            "i'm leo's foster carer, he has a dental appointment on tuesday",
            "a lady from the nspcc did an assembly today",
            "he's got nobody to play with at break",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn caring_past_what_a_child_can_carry_is_raised() {
        assert_each_raises(
            YoungCarer,
            &[
                "she has to look after her mum, there's no one else since dad left",
                "he's caring for his dad who is bed bound",
                "he's the only one who can bath his dad since the stroke",
                "he's been kept up all night minding his baby sister because i'm working nights",
                "sophie won't be in today, i've got chemo and there's no one else to have the baby",
                "i'm on dialysis three mornings a week now and she gets her two little brothers ready and walks them to nursery before she comes in",
            ],
        );
        assert_harmless("she walks her little brother to school on her way in, it's lovely");
        // Minding the child themself is childcare, not caring.
        assert_harmless("i've got a hospital appointment and no one to have him");
        for text in [
            "she was washing her dad's car for pocket money",
            "he's minding his little sister for an hour after school",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn living_with_a_friends_family_is_private_fostering() {
        assert_each_raises(
            PrivateFostering,
            &[
                "he's gone to live with his mate's family",
                "she moved in with her girlfriend's mum",
                "i haven't had any contact with him since october",
                "he's living at his mate's now, since christmas",
                "she's been staying at her boyfriend's for three weeks",
                "i have been looking after precious since christmas while her mum is abroad",
                "we've been looking after him for the last few months",
            ],
        );
        // A few days' minding is not.
        assert_harmless(
            "i've been looking after her since monday while her mum is at a work conference",
        );
    }

    #[test]
    fn lost_property_at_the_police_station_is_harmless() {
        assert_harmless("we'll be late, popping to the police station to collect a lost bike");
        for text in [
            "he'll be late, he's giving a witness statement at the police station about a crash he saw",
            "our house was burgled at the weekend, the police have given us a crime number",
            "his dad was in the police for 20 years and can talk to the class",
            "had a little bump on the ring road, just waiting for the police to take details",
            "he wants to be a police officer now and arrest his big sister",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_child_kept_home_to_mind_a_sibling_while_a_parent_is_in_pain_is_a_young_carer() {
        assert_each_raises(
            YoungCarer,
            &[
                "he's staying home to look after his baby sister, i'm in agony with my hip and can't lift her",
            ],
        );
        assert_harmless(
            "she's staying home to look after her little brother while i take the car for its mot",
        );
    }

    #[test]
    fn a_child_left_at_home_with_the_baby_while_a_parent_works_is_a_young_carer() {
        assert_each_raises(
            YoungCarer,
            &[
                "sorry she stayed home with the baby, i was at work",
                "he'll have to stop home to mind the toddler as we're both at work",
            ],
        );
        assert_harmless("she stayed home with me and the baby, she had a temperature");
        assert_harmless(
            "she's staying home today to look after the baby, i've got my scan and nobody else can have him",
        );
        assert_harmless("he's staying home with the baby and his dad while i'm at work");
    }

    #[test]
    fn a_friend_of_the_parent_minding_for_days_while_the_parent_is_in_hospital_is_private_fostering()
     {
        assert_each_raises(
            PrivateFostering,
            &[
                "i'm going into hospital on monday for a week, my mate dean is going to have them at his",
                "i'm in scotland for work until friday, my friend is going to look after him, she's not on his list",
            ],
        );
        assert_harmless("i'm in hospital for my op tomorrow, my mate is doing the school run");
    }

    #[test]
    fn a_family_placed_in_one_room_is_without_a_home() {
        assert_each_raises(
            Homelessness,
            &[
                "the housing team put us in an emergency hotel last night",
                "the council moved us to a b&b out of town, one room for five of us",
            ],
        );
        assert_harmless(
            "we're staying in a hotel near the airport tonight as our flight is at 6am",
        );
        assert_harmless(
            "we have an appointment at the council housing office at 9 to sign the tenancy for our new flat",
        );
    }

    #[test]
    fn a_child_living_in_the_week_with_a_friend_for_months_is_privately_fostered() {
        assert_each_raises(
            PrivateFostering,
            &["he's living during the week with my friend sam while i work away, until christmas"],
        );
    }

    #[test]
    fn social_care_called_in_at_short_notice_is_raised_but_not_a_parent_s_own_work() {
        assert_each_raises(
            PoliceOrServices,
            &["the social worker has called an emergency meeting this morning so he won't be in"],
        );
        assert_harmless(
            "i work as a social worker and i've been called out to an emergency visit so she'll be late",
        );
    }

    #[test]
    fn a_parent_not_coping_in_the_car_is_in_crisis_but_a_car_broken_down_is_not() {
        assert_each_raises(
            ParentInCrisis,
            &["i'm not coping, i sat in the car for an hour crying this morning"],
        );
        assert_harmless("i can't cope with this car, it's broken down again");
    }

    #[test]
    fn the_end_of_a_parents_tether_is_in_crisis_unless_over_a_cold_or_nits() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "i'm at my wits' end, he's out every night and won't say where",
                "sorry, i'm at the end of my tether today",
            ],
        );
        assert_harmless("i'm at my wits' end with these nits!! third time this term");
        assert_harmless(
            "benji's got a horrible cold again, that's the third week of it, i'm at the end of my tether with it",
        );
    }

    #[test]
    fn ordinary_news_with_police_prison_housing_or_a_relative_staying_is_quiet() {
        for text in [
            "the police came round last night to say they'd found sam's bike that was stolen",
            "we were weeding the garden all weekend and she's got hay fever",
            "we were late because the police arrested a man on the train and it was held at the station",
            "his dad works at the prison and his night shift ran over",
            "we have an appointment with the housing officer about the transfer to a bigger house",
            "my sister kim is staying with us for a few weeks while she gets back on her feet",
            "kaylee will be with her respite carers this weekend, all agreed with her social worker as part of her care plan",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_parent_remanded_and_a_carer_through_chemo_are_raised() {
        assert_each_raises(
            PoliceOrServices,
            &["his mum's been remanded so his nan will be picking him up"],
        );
        assert_each_raises(
            YoungCarer,
            &[
                "she's staying home to mind her little sister, i've got radiotherapy this morning and nobody else can help",
            ],
        );
    }

    #[test]
    fn a_child_not_in_a_fit_state_is_no_parent_in_crisis() {
        assert_harmless("our cat was put down last night and she's not in a fit state for school");
        assert_each_raises(
            ParentInCrisis,
            &["i'm not in a fit state to get them to school"],
        );
    }

    #[test]
    fn a_friend_caring_for_a_child_in_the_meantime_is_private_fostering() {
        assert_each_raises(
            PrivateFostering,
            &[
                "i'm siobhan, a friend of noah's mum. she's working abroad and noah is living with us in the meantime",
            ],
        );
        assert_harmless("leo's grandma is staying with us while she recovers from her operation");
    }

    #[test]
    fn a_friend_caring_for_months_or_an_unknown_adult_while_the_parent_is_away_is_raised() {
        assert_each_raises(
            PrivateFostering,
            &[
                "her dad has gone to work in poland until christmas so maja is staying with us and our kids",
                "i'm in turkey for a fortnight so they're stopping at a friend's, he'll bring them in",
                "we're away in scotland till wednesday. the girls are with my new boyfriend dean",
            ],
        );
        for text in [
            "i'm his nan. his mum is working away until easter so he's living with me",
            "i'm away till friday so he's at my friend's for a sleepover tonight",
            "i'm away with work till thursday so they're with their dad",
            "i'm in leeds for work till thursday so they're staying with my mum",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_friend_of_the_mother_now_caring_is_private_fostering() {
        assert_each_raises(
            PrivateFostering,
            &[
                "this is mrs adeyemi, a friend of tobi's mum, i'll be collecting him from now on",
                "his mum is working in dubai till easter so ryan is living with us now",
            ],
        );
        assert_harmless("my sister is staying with us now until her new flat is ready");
    }

    #[test]
    fn a_wedding_drink_a_nights_drive_a_burglary_and_a_crash_are_quiet() {
        for text in [
            "my cousin's wedding went on late and dad had a few too many, so i'm on the school run",
            "we drove home from cornwall overnight and she slept in the car",
            "our house was broken into while we slept, the police came for fingerprints",
            "the road's closed by the lights, police everywhere after an accident",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            Homelessness,
            &["we've been sleeping in the car since we got evicted"],
        );
    }

    #[test]
    fn moved_on_by_the_council_and_cared_for_by_a_friend_are_raised() {
        assert_each_raises(
            Homelessness,
            &[
                "the council are moving us again on friday",
                "this is the fourth hotel since easter",
            ],
        );
        assert_raises(
            PrivateFostering,
            "i am looking after kemi adeyemi since last month while her parents are in ghana",
        );
        assert_harmless(
            "i am his grandmother. his parents are in india and i am looking after him this month",
        );
    }

    #[test]
    fn a_hospital_social_worker_a_fostering_assessment_and_a_police_talk_are_quiet() {
        for text in [
            "the hospital social worker sorted our transport",
            "we're being assessed to become foster carers and our social worker would like a chat",
            "the police officers came in to talk about stranger danger",
            "it's a 5 hour drive so we can't do it after school",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_police_talk_a_care_package_an_adoption_an_insurers_hotel_and_an_operation_are_quiet() {
        for text in [
            "he loved the police officer who came in to talk to them today",
            "i've got a meeting with social services about my mum's care package this afternoon",
            "the adoption hearing is at 10 and our social worker will be there too",
            "a pipe burst so the insurance has put us in a hotel near harrogate",
            "her mummy is in hospital having her gallbladder taken out so i am doing the school run",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            PoliceOrServices,
            &["social services came round last night about the kids"],
        );
        assert_each_raises(Homelessness, &["the council have put us in a b&b"]);
    }

    #[test]
    fn a_child_caring_for_a_parent_and_a_sibling_is_a_young_carer() {
        assert_raises(
            YoungCarer,
            "since my fall she does the cooking and looks after her brother and me",
        );
        assert_raises(
            YoungCarer,
            "his mum has ms now so before school he helps get her dressed and to the loo",
        );
        assert_harmless("she helps get her little brother dressed before school, bless her");
    }

    #[test]
    fn a_parent_on_the_drink_is_unable_to_care() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "their mum's been on the drink since new year so i'm doing the school run",
                "he's hitting the bottle again so the kids are with me this week",
            ],
        );
        assert_harmless("i'm off the drink for january, dry january is hard!");
    }

    #[test]
    fn a_home_being_renovated_a_find_handed_in_and_a_weeks_stay_are_no_concern() {
        assert_harmless("we're basically homeless while the kitchen is being renovated lol");
        assert_harmless(
            "he found a wallet on the way in so we handed it in to the police station first",
        );
        assert_harmless(
            "my friend's little girl is staying with us for the week while her mum has an operation",
        );
    }
}
