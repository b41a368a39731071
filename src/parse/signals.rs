//! Whether a piece of a message reports an absence at all, says a child is
//! (or will be) in school, or raises something a person must answer.

use std::sync::LazyLock;

use regex::Regex;

use super::text::{compile, just_before};
use super::{kinship, reason, sessions};

/// Things children lose: "Ollie is missing his reading book" and "her
/// water bottle didn't come home" are lost property, not a child missing.
/// Cleared to return on a day: "the GP says he can come back today",
/// "Callum's fine to come back tomorrow".
macro_rules! cleared_to_return {
    ($day:literal) => {
        concat!(
            r"(can|could|may|allowed to|ok to|okay to|fine to|enough to) (come back|go back|return)( to school| to class| in(to)? school)? ",
            $day
        )
    };
}

/// The school's own clubs either side of the day, which a child goes to
/// only on a day in school: "Ben will be at breakfast club every day",
/// "nanna will pick her up from after-school club".
macro_rules! at_the_schools_club {
    () => {
        r"(be|is|'s|are|'re) at (breakfast|after[- ]?school|wraparound) club|(come|comes|coming|go|goes|going|start|starting) (to|at) (breakfast|after[- ]?school|wraparound) club|(pick|collect)\w* (\w+ )?(up )?from (breakfast|after[- ]?school|wraparound) club"
    };
}

/// Words of a child away on a day gone by: "was off", "wasn't in",
/// "kept him home".
macro_rules! away_gone_by {
    () => {
        r"(was|were) (off|absent|at home|home|not in)|(wasn't|weren't|was not|were not) (in|at school)|missed (school|the day)|(kept|stayed|stopped) (\w+ )?(off|home|at home)"
    };
}

/// Said that the child will not be away: "he won't be off, his nan will
/// do drop off".
macro_rules! not_off {
    () => {
        r"(won't|will not) (be off|be absent|miss (any )?school)"
    };
}

macro_rules! lost_things {
    () => {
        concat!(
            r"(water bottle|bottle|lunch ?box|jumper|cardigan|coat|jacket|fleece|hoodie|sweatshirt|hat|gloves?|",
            r"scarf|book bag|bag|pe kit|kit|shoes?|trainers|plimsolls|glasses|reading (book|record)|library book|",
            r"book|homework|uniform|tie|blazer|earrings?|watch|towel|swimming (kit|bag|costume))"
        )
    };
}

/// A lost thing or a pet just before the words: "her coat didn't come
/// home", "our cat went missing".
static LOST_THING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(",
        lost_things!(),
        r"|cat|dog|puppy|kitten|rabbit|bunny|hamster|guinea pig|tortoise|budgie|parrot|bird|pet|horse|pony|ferret|snake|lizard)('s)?\W+(\w+\W+){0,2}$"
    ))
});
/// A thing after "missing": "missing his reading book".
static MISSING_A_THING: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s+(his|her|their|a|an|the|my|our|some|one|\w+'s)\b"));

/// A visit already made before "at A&E", "at the walk-in": "we had it
/// checked at the walk-in and she's fine", "had steri strips at A&E" is no
/// day at A&E.
static PAST_VISIT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(checked|seen|looked at|been|went|took (him|her|them)|taken|had (it|him|her|them) \w+)\s*$",
    )
});
/// Treatment had or done, told before the place it was had: "had
/// stitches", "had steri strips", "it's been glued at the walk-in" (only
/// before a place of treatment: "had to keep him home" is an absence).
static TREATMENT_HAD: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bhad( [\w-]+){1,3}\s*$|\bhad to have( [\w-]+){1,2}\s*$|\b(been|was|were|got) (\w+ed|glued|stitched|seen|checked|bandaged|strapped|treated)( up)?\s*$|\b(\d+|a few|two|three|four|five) (stitches|stiches|steri[- ]?strips)\s*$",
    )
});
/// What the sender said before of the child, told again: "I said
/// yesterday Poppy would", "I told you she'd".
static SAID_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(i|we) (said|told you|mentioned|thought|wrote|texted|messaged)( \w+){0,2}? (that )?(he|she|they|\w+) (would|'d|was going to|were going to|might) (be )?\s*$",
    )
});
/// The words of absence that name a place of treatment.
static AT_A_TREATMENT_PLACE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^(at|in) (a ?& ?e|a and e|the walk[- ]in|urgent care)"));

/// "In" that is no place: "not in trouble", "not in a rush", "her old
/// number isn't in use".
static IN_ANOTHER_SENSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+(any )?(trouble|danger|a (good |bad )?mood|the mood|the wrong|love|charge|favour|agreement|a (hurry|rush)|use|service|stock|the daytime)\b|^\s+the day (so|but|and|please|if|as|because|cos|when|while|time)\b|^\s+the day\s*[,.;!]",
    )
});
/// Left out of one event, not school: "she can't run in sports day", "won't
/// take part in PE".
static TAKING_PART_IN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(run|running|join|joining|take part|taking part|swim|swimming|play|playing|compete|competing|participate|participating|dance|dancing|sing|singing|perform|performing|race|racing) in$",
    )
});
/// Kept from a place or a person, not from school: "can't come near us".
static NEAR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s+(anywhere )?(near|within|close to)\b"));
static WAS: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(was|were|been)\s*$"));
/// Leaving school at the end of the day: "came out of school".
static CAME: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(come|comes|came|coming|got|gets|walked|walks|ran|runs)\s*$"));
/// A drop-off, not a child kept off: "nonna will drop her off".
static DROPS: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(drop|drops|dropping|dropped|see|seeing|saw|wave|waving|waved|send|sending|sent)\s*$",
    )
});

/// A word not ending in "-ing": what is kept off or at home is a child, not
/// a verb ("the wings keep falling off").
macro_rules! not_an_ing_word {
    () => {
        r"(\w*[^\Wg]|\w*[^\Wn]g|\w*[^\Wi]ng)"
    };
}

/// Words that say a child will miss school: "won't be in", "keeping her
/// off", "staying home", "absent", "no school today", "request leave".
static ABSENCE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(won't|will not|not|isn't|aren't|ain't|aint|can't|cannot|couldn't|unable to|neither|none)\b(\s+\w+){0,4}?\s+",
        r"(in\b|make it|attend|at school|at nursery|in school|back\b|going anywhere|get (him|her|them|in))",
        // "We're stuck, can't get Ben down today", "no way we can get them in".
        r"|\b(can't|cannot|can not|couldn't|unable to|not able to|no way (we|i) can|no way of getting) get (him|her|them|the (kids|children|boys|girls|twins)|[\w'-]+( and [\w'-]+)?) (in|down|there|to school|into school)\b",
        // "He had a bad stomach ache and could not go."
        r"|\b(couldn't|could not|didn't|did not) (go|come)( in| to school| into school)?\s*([.,;!]|$)",
        // "Neither of the kids will be in today".
        r"|\b(neither|none) of (the|my|our|them|us)\b(\s+\w+){0,4}?\s+(in\b|make it|attend|at school|in school|back\b|come|coming)",
        // "won't come today", "they not coming"; not "bail conditions not to come near us".
        r"|\b(won't|will not|not|isn't|aren't|ain't|aint|can't|cannot|couldn't|unable to)\s+(be\s+)?(able to\s+)?(come|coming)\b",
        r"|\b(not|won't) be (at|in)\b",
        r"|\bnot (well )?enough for school\b|\bnot up to (school|going in|coming in|going to school)\b",
        // "Don't think it's a good idea to send them in".
        r"|\b(don't|do not|dont) think (it's|its|it is|it'd be|it would be) (a good idea|wise|fair|right|best) to send (him|her|them)\b",
        // "Too upset to come in", "I won't send them tomorrow".
        r"|\btoo (\w+ )?(upset|ill|poorly|sick|unwell|anxious|scared|frightened|distressed|tired|exhausted|shaken|sore|weak) to (come|go|be|attend|face)\b",
        r"|\b(won't|will not|wont|not|can't|cannot|couldn't|didn't|did not) (be )?send(ing)? (him|her|them|\w+)( in| to school| into school)?\b",
        r"|\b(be|is|are|'s|'re|both|them|him|her|all|all (2|3|4|two|three|four)|kids|children|stay|staying|(keep|kept|keeping) ",
        not_an_ing_word!(),
        r")\s+off\s*([,;!\p{So}]|(today|tomorrow|school|sick|poorly|ill|with|for|until|till|til|all|the rest|from|this|on|and|next|\w+day|\d{1,2}(st|nd|rd|th)?)\b|$)",
        // A note that opens with the child off: "jayden off. says his dad ...".
        r"|^\W*[a-z]+(-[a-z]+)? off\s*([.,;!\p{So}]|$)",
        // "Will miss the week after half term".
        r"|\b(will|'ll|to|going to|gonna|has to|have to|must) miss (the|a|next|this|that) (week|day|fortnight|days|two days|three days)\b",
        // "He'll be in after dinner": the morning missed.
        r"|\b(be|come|coming) in after (lunch|dinner)( ?time)?\b",
        r"|\boff (today|tomorrow|sick|poorly)\b",
        // Leave asked for: "is it ok if she has Friday off?", "can he have
        // tomorrow and Friday off", "could she leave at 1 on Friday?".
        r"|\b(have|has|had|having|take|takes|took|taking) (the )?(next |this |tomorrow and |today and )?((mon|tues|wednes|thurs|fri)(day)?|mon|tue|wed|weds|thu|thurs|fri|tomorrow|today|morning|afternoon|\d{1,2}(st|nd|rd|th))( (and|to|&|-) ((mon|tues|wednes|thurs|fri)(day)?|mon|tue|wed|weds|thu|thurs|fri|\d{1,2}(st|nd|rd|th)))? off\b",
        r"|\b(is it|would it be|will it be) (ok|okay|alright|all right|possible|fine) (if|for) \w+ (to )?(leave|leaves|finish|finishes|go|goes|be collected|be picked up)( school)? (early|at (\d|half|quarter|lunch))",
        // "Daisy off with flu", as a text puts it.
        r"|\boff with (a |an |the |this |that |his |her |their |bad |nasty |horrible )*(\w+ )?(flu|cold|bug|temp|temperature|virus|cough|fever|sickness|tummy|stomach|chest|ear|throat|headache|migraine|d ?& ?v|covid|chicken ?pox|conjunctivitis|tonsil+itis|infection|rash)\b",
        r"|\b's off\b|\bis off\b|\bare off\b|\bbe off\b|\b(days|week|weeks|fortnight|month|months) off( school| sick)?\b",
        r"|\b(keep|keeping|kept)\s+((the|my|both|all|all the|both the) (kids|children|boys|girls|twins|little ones)|both of them|",
        not_an_ing_word!(),
        r")\s+(off|home|at home|in bed|here)\b",
        // "Keeping Dean in today", "keep him in the warm": in at home.
        r"|\b(keep|keeping|kept)\s+(him|her|them|\w+)\s+(in\s+(today|tomorrow|this morning|for the day)|in (the warm|the house|doors)|indoors)\b",
        // Kept in hospital: "we are on the children's ward and they are
        // keeping him in".
        r"|\b(they're|they are|they've|they have|the (hospital|doctors?|ward|consultant)( is| are| has| have)?) (keeping|kept) (him|her|them) in\b|\b(on|in) the (children's |childrens |kids'? |paediatric )?ward\b",
        // "Please excuse Hafsa and Ayaan today".
        r"|\bplease excuse (him|her|them|\w+( and \w+)?)( from school)? (today|tomorrow|this morning|this afternoon|on|from)\b",
        // "We're keeping him with us today and ringing the doctor"; "Jada
        // and Malachi are staying with me today".
        r"|\b(keep|keeping|kept)\s+(him|her|them|\w+)\s+with\s+(me|us)\s+(today|tomorrow|this morning|for the day)\b",
        r"|\b(is|'s|are|'re|will be|'ll be) (staying|stopping) (with|here with) (me|us)\s+(today|tomorrow|this morning|for the day)\b",
        r"|\b(staying|stay|stays)\s+in\s+(bed\s+)?(today|tomorrow|this morning|for the day|all day)\b",
        // "So she's staying in bed, gutted to miss the first day back".
        r"|\b(is|'s|are|'re) (staying|stopping) in bed\b",
        // "She's at home with me", "resting at home"; not "practising her
        // lines at home" or "things are bad at home".
        r"|\bstay(s|ing)?\s+(at\s+)?home\b|\b(rest|resting) (at )?home\b",
        // "Jed's needed at home this week for lambing".
        r"|\b(is|'s|are|'re|be|will be|'ll be) (\w+ )?needed (at home|on the farm|for the (lambing|harvest|calving))\b",
        r"|\b(is|'s|are|'re|be|been|being|stayed|kept|keeping|remains?|recovering|stuck|off|sick|ill|poorly|unwell|him|her|them|both|all|kids|children|today|also|again|now) (still )?at home\b",
        // "There's no way for Harvey to get in today".
        r"|\bno way (for (him|her|them|\w+) )?(to get|of getting)( (him|her|them|\w+))? (in|to school|into school)\b",
        // "I got them dressed but I can't bring them, I have to get to work".
        r"|\b(can't|cannot|couldn't|can not) (bring|take) (him|her|them)\s*([,.;!]|$)",
        // "Can't get the kids to school", "couldn't get Tom in".
        r"|\b(won't|will not|not|can't|cannot|couldn't|unable to|didn't|did not|never)\s+(be able to\s+)?(get|go|come|make it|bring|take|went|got|came|took)(\s+(him|her|them|(the|either of the|either of (my|our)) (kids|children|boys|girls|twins)|\w+))?\s+(in|to school|into school)\b",
        // Part of the day: "he'll come in after lunch", "miss the morning".
        r"|\b(in|back|come|coming|school)\s+(in\s+)?(for\s+)?after lunch\b|\bfor the afternoon\b",
        r"|\b(back|come in|coming in|be in|come|coming)\s+(at|by|for|around|about) (lunch|dinner)( ?time)?\b",
        // "We would need to take Ciaran and Niamh out from the Wednesday".
        r"|\b(take|taking|took) (him|her|them|\w+ and \w+|\w+) out (of school|from|on|for|early|at)\b",
        r"|\babsent\b|\bno school\b|\bmiss(es|ing)? (school|the morning|the afternoon|the whole day|the day)\b",
        // "Will miss the last two weeks of term", "miss the first week back".
        r"|\b(will|'ll|going to|gonna|would|to) miss (the |a |all of the |his |her |their )?(last|first|next|final|whole|rest of the) (\w+ )?(days?|weeks?|fortnight|term)\b",
        r"|\b(be|will be) away\b|\b(be|will be|'ll be) gone (from|for|until|till|by)\b|\bout of school\b|\bleave of absence\b|\brequest(ing)? (leave|permission|a day)\b|\b(have|take|taking|get|grant|granted|authoris\w*|authoriz\w*|approv\w*) (some |the |a )?leave (from|for|on|in|during|between)\b|\b(term[- ]time|holiday) leave\b|\bleave (request|form)s?\b",
        r"|\b(ask|asking) (for )?permission\b|\b(be|been|is|are) excused (today|tomorrow|from school|school|on|for|this|next|until|till)\b|\bday's leave\b|\bday off\b|\btime off\b|\bsigned (him|her) off\b|\b(been|is|was|got) signed off\b",
        r"|\bnot (going to|gonna) make it\b|\bwon't make\b|\bhome today\b",
        // Taken home instead of to school: "she was sick in the car so I've
        // taken her back to mine".
        r"|\b(taken|took|taking) (him|her|them) (back )?(home|to mine|to ours)\b",
        // Kept home for want of a way in: "he can't do the bus on his own
        // so he's home"; and in the English of a newcomer, "he no can come
        // school today".
        r"|\bso (he's|she's|they're|he is|she is|they are) (at )?home\b|\bno can (come|go)\b|\bno (come|coming|go|going) (to )?school\b",
        // A day off by its everyday name: "the girls are having a snow day".
        r"|\b(having|have|has|had|taking|take|giving (him|her|them)) (a |the )?(snow|sick|duvet|mental health) day\b",
        // "Can I take Ellie out on Thursday?", "letting him have the day".
        r"|\b(take|taking|took) (him|her|them|[a-z]+) out (of school )?(on|for|early|next|this|tomorrow|today)\b|\b(let|letting) (him|her|them) have (the day|the morning|today|the afternoon)( off)?\b",
        // There, or on the way there now: "we're off to A&E", "taking
        // him to the walk-in".
        r"|\b(at|in|(off|going|heading|taking (him|her|them)|take (him|her|them)) to) (a ?& ?e|a and e|the walk[- ]in( centre)?|urgent care)\b",
        // A child missing is away from school too.
        // "Evie off with a headache".
        r"|\boff (with|wiv) (a|an|the|her|his|their|this|that|bad|high|another|suspected)\b",
        r"|\bmiss(es|ing)? (mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday)\b",
        r"|\b(ran away|run away|ran off|gone missing|went missing|is missing|(hasn't|didn't|has not|did not|not|never) come (back )?home|never came (back )?home|(hasn't|didn't|has not|did not|never) come back (last night|after|from|yesterday))\b",
        // Kept back to help: "Tom's going to stay and help his dad today".
        r"|\b(stay|stays|staying|stop|stops|stopping) (home |at home |back |behind )?(and|to) help\b",
        // Left to sleep on: "Megan's shattered so I've let her sleep".
        r"|\b(let|letting|left|leaving) (him|her|them|\w+) (sleep|sleep in|lie in|have a lie in|stay in bed)\b",
        // Taken along somewhere a school day cannot go: "Selam and Yonas
        // come with us to church and family lunch".
        r"|\b(come|comes|coming|go|goes|going|went|will come|will go) with (us|me|the family|(their|his|her) (dad|mum|father|mother|parents|grandparents)) to (the )?(church|mosque|masjid|temple|mandir|gurdwara|synagogue|chapel|cathedral|hospital|funeral|wedding|airport|celebrations?|festival|service|mass|prayers)\b",
        // "She's with me": kept with the parent, in reply to a chase.
        r"|\b(she's|he's|they're|she is|he is|they are|\w+ is) (at home )?with (me|us)\b",
        r"|\b(i've|i have|i've got|i have got|we've got|we have) (got )?(him|her|them|\w+) with (me|us)\b",
        // At the other parent's: "he's at his dads this week, ask him".
        r"|\b(he's|she's|they're|he is|she is|they are|\w+'s|\w+ is) (at|with) (his|her|their) (dad|dads|mum|mums|mam|father|mother)('s)?( house| place)? (this week|today|this morning|at the moment|right now)\b",
        // Still abroad, or no way to get there.
        r"|\b(we're|we are|they're|they are) still (in|away|abroad|on holiday|at)\b",
        r"|\bno way (of|to) (getting|get) (him|her|them|\w+)|\bno way (\w+ ){0,3}(will|can|could|is|are|'s|'re|'ll) (\w+ )?(make it|get|getting|go|going|come|coming)( \w+)? (in|to school|into school)\b|",
        // "No way I can get the two of them down today".
        // A name may be hyphenated: "no way we can get Millie-Jo in".
        r"\bno way (\w+ ){0,3}(can|could|will|'ll) (get|bring|take|drive) (him|her|them|the kids|the children|the two of them|both of them|[\w'-]+) (down|in|there|to school|into school|through)\b|",
        // Other languages of the roster: "gelemeyecek" (Turkish: won't be
        // able to come), "dni w domu" / "days home" said plainly.
        r"\b(gelemeyecek|gelemiyor|gelmeyecek|gidemeyecek|gidemiyor|evde kal\w*)\b|\bdays? (at )?home\b|\b(can't|cannot|couldn't) get (out|there|to school|through)\b",
        // "They're too upset for school today".
        r"|\btoo (upset|ill|poorly|sick|unwell|tired|exhausted|distressed|shaken( up)?|scared|frightened|anxious|sore|weak) (for|to (go to|come to|come into|go into|face|manage)) school\b",
        // Nobody to take them: "sorry nobody can bring kayla today".
        r"|\b(nobody|no one|no-one|noone) (can|could|is able to|to|available to) (bring|take|get|drop|walk)\b"
    ))
});

/// Time off implied by the 48-hour rule after sickness. After an illness,
/// better-now words do not cancel it (a day of return is read by the
/// dates: `dates::back_after_the_default_day`).
static TIME_OFF_IMPLIED: LazyLock<Regex> = LazyLock::new(|| compile(r"\b48 ?(hours?|hrs?)\b"));

/// Words that say a child is in school, coming in, or better.
static ATTENDING: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // "She's in!", "Jack's in, thanks"; not "he's in pain" or "in
        // hospital". A stop after "in" ends the words with no word
        // boundary after it, so these stand outside the group below.
        // A part that is a name and "in": "twins off with the bug. jude in".
        r"^\s*[a-z]+('s)? in( today)?\s*[.!]*\s*$|",
        r"\b(will|'ll) (definitely |still |deffo |defo )?be in( school| class)?( today| tomorrow| as normal| as usual| all day)?( though| anyway)?(\s*([.,!;]|$)|\s+but\b)|\b(is|'s|are) (definitely |still |deffo |defo )?in( all day)?\s*([.,!;]|$)|\b(is|'s|are|'re) (still )?going in( today| as (normal|usual))?\s*([.,!;]|$)|",
        // "Both in today but can they have a school dinner".
        r"^\s*(both|all (three|3|four|4))( of them)? in\s*(school|class|today|now|but)\b|",
        r"\b((is|'s|are|'re) (both |all )?in\s*(school|class|today|now|but)|in as (normal|usual)|as (normal|usual)|is coming|'s coming|coming in|will come( in| to school)?|(he|she|they) (comes?|came|goes|went|is going) (in)?to school|(he|she|they) comes in|",
        r"(is|'s|are|all \w+) back (in )?(today|now|at school|in school)|back (in )?today|(has|'s|have|'ve) been in( school)? today|",
        // "He's gone in today", "she went in this morning".
        r"(has|'s|have|'ve) gone in( to school)?( today| this morning)|went in( to school)? (today|this morning)|",
        // "Daisy went in with her dad", "Rose is in with her dad".
        r"(went|gone) in (with|on the bus|by bus|by car)\b|",
        // On the way in with someone else: "Millie is walking up with my
        // neighbour" (not "walking with crutches").
        r"(is|'s|are|'re|will be|'ll be) (walking|cycling|scooting|getting a lift) (up|down|in|into school|to school) with\b|",
        r"(is|'s|are|'re) (both |all )?in with (his|her|their) (dad|daddy|mum|mummy|mam|nan|nana|gran|granny|grandad|grandma|grandpa|brother|sister|auntie|aunty|uncle|childminder|step ?dad|step ?mum)\b|",
        cleared_to_return!("today"),
        "|",
        r"come to school today|bring(ing)? (him|her|them) in|will be at school|stay at school|in school today|",
        // "So I'm sending her in, she's had Calpol".
        r"(i'm|i am|we're|we are|i'll|i will|we'll|we will) (still )?(be )?send(ing)? (him|her|them) in\b|",
        not_off!(),
        "|",
        at_the_schools_club!(),
        "|",
        // "Theo come to school normal": as usual, in the English of a
        // second language.
        r"(comes?|goes|go|going) (in)?to school (normal|normally)|",
        // "Mia got the bus fine": on her way in as usual.
        r"(got|caught|made) the (bus|train) (fine|ok|okay|as (normal|usual))|",
        // Taken in already: "his nan walked him in this morning".
        r"(walked|took|brought|drove) (him|her|them) (in|into school|to school)|",
        r"(is|'s|are|be|feel(s|ing)?) (absolutely |totally |completely |much |all |a lot )?(fine|better|ok|okay|well)|on (his|her|their|our) way in|",
        // A heads-up for the class teacher: "she might be a bit sad today".
        r"(he|she|they|he's|she's|they're|\w+ is|\w+ may|\w+ might) ((is|are) )?(might|may|could) (well )?be (a bit |a little |quite |very )?(sad|quiet|tired|upset|teary|emotional|wobbly|grumpy|unsettled|weepy|distracted|subdued|clingy)\b|",
        // A heads-up for a lesson: "bruises all down her legs, just so you
        // know before PE!"
        r"(so you know|heads up|fyi|to let you know|so you're aware|be aware) (before|for|in|at|during) (pe|swimming|games)\b|",
        // In school but sitting out: "can he not do PE today".
        // Medicine sent in with the child: "I've put her inhaler in her bag".
        r"(put|packed|popped|left|sent) (\w+ ){0,4}in (his|her|their) (book |school )?bag|give (it|them|this) to (him|her|them) at (lunch\w*|break|playtime|dinner ?time)|give (him|her|them) (his|her|their) (\w+ ){0,2}(dose|medicine|inhaler|tablets?|antibiotics|medication|calpol)|",
        r"(not|can't|cannot) (do|doing) pe|(can|could) do (everything|anything|all of it) (but|except|apart from) (pe|swimming|games)|fine to come in|ok to come in|okay to come in|well enough to come in|sits?( out)?( of)? (pe|swimming|games)|sitting out( of)? (pe|swimming|games)|excused from (pe|swimming|games)|no pe|dropped (him|her|them) (off|at)|(i've|i have|we've|we have) (just )?sent (him|her|them) in|(seemed|seems|looked|looks) (absolutely |totally )?(fine|ok|okay|well|better))\b"
    ))
});

/// Going along with the sender somewhere, not coming in: "coming with me
/// to the housing office", "coming with us for her scan".
static COMING_ALONG: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^ with (me|us) (to|for) (the|a|an|my|his|her|our|their|[a-z]+'s)\b")
});

/// Words that the child is in school now or as usual ("She is in school
/// today", "he's in", "will be in as normal"); narrower than [`ATTENDING`],
/// which also hears "better" and "would it be ok".
static IN_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((is|'s|are|will be|has gone|went) (in|at|into) school|(is|'s|are) in\s*([.,!;]|$|today|now)|(will|'ll) be in (school )?today\b|\b(was|were) in (school|class)( today| all day| this morning)?\s*(!|$)|(on|at) the (year \w+|y\d|class|school|reception) trip\b|(will|'ll|can) be in (school )?(all day|(on )?(\w+ )?after all)\b|in as (normal|usual)|(is|'s|are) back (in school |at school )?(today|now)|(is|'s|are) back in today|(is|'s|are|'re) coming in( today| as (normal|usual))?\s*([.,!;]|$|but|and)|(is|'s|are|'re) coming( today| as (normal|usual))?\s*([.!;]|$)|(is|'s|are|'re) (fine|ok|okay|well enough) to come in\b|(better|well|recovered),? (now )?(and|so) (is |'s |are |he's |she's )?back (in school |at school )?today\b|(will|'ll) be in on time\b|(will|'ll) be in (for )?(the )?(full|whole) day\b",
        "|",
        not_off!(),
        "|",
        at_the_schools_club!(),
        ")"
    ))
});

/// "Running late", "be there 9.20", "in about 9.45": a child arriving late.
static LATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\blate\b|\brunning (a )?(bit |little |touch |few mins |few minutes )?behind\b|\bstuck (on|in|behind) (the |a )?(\w+ )?(road|motorway|bypass|[am]\d+|bus|train|crash|accident|lorry|tractor|roadworks|queue|jam|diversion)\b|\bcoming now\b|\bonly just woken\b|\b(be|come|coming|bring (him|her|them)) in later\b|\bbring (him|her|them) in (as soon as|once|when) (he|she|they)('s|'re| is| are| has| have)\b|\btraffic\b|\bheld up\b|\b(just )?parking( up)? now\b|\b(is|'s|are|'re|we're|we are) (at|outside|in) (the )?(school )?(gates?|door|reception|office) now\b|\bjust parking\b|\b(nearly|almost) there\b|\b(be|get) (there|in) (asap|as soon as)|(?P<way>\bon (our |my )?way\b)|\bjust after the register\b|\bbe with you (by|at|for|around|about|in)\b|\b(bringing|dropping|walking|driving) (him|her|them|[a-z]+)( in| over| up| down)? now\b|\bget (him|her|them) (there|in) (asap|as soon as)",
    )
});
/// The parent late at home time: "I might be 5 mins late for pick up",
/// "when I got stuck on the ring road at pick up".
macro_rules! late_at_home_time {
    () => {
        concat!(
            r"\blate (for|to|at|with|picking (\w+ )?up|collecting) (the )?(pick ?-?ups?|collect\w*|home ?time|hometime|the gate|pick (him|her|them) up|get (him|her|them)|end of (the )?(school )?day)\b",
            r"|\b(stuck|held up|delayed|caught up)\b[^.!?\n]{0,40}\b(at|for) (the )?(pick ?-?ups?|home ?time|hometime|collection time)\b"
        )
    };
}
static LATE_AT_HOME_TIME: LazyLock<Regex> = LazyLock::new(|| compile(late_at_home_time!()));

/// Whether the text tells of the parent late at home time, not the child
/// late in.
pub fn late_at_home_time(lower: &str) -> bool {
    LATE_AT_HOME_TIME.is_match(lower)
}

/// "Late" that is not about arriving: "too late, so kept him home", "sorry
/// for the late notice", "up late last night".
static NOT_ARRIVING_LATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\btoo late\b|\b(until|till) late\b|\bair traffic\b|\b(before|beat|miss|avoid|ahead of) (the |all the |rush hour )?traffic\b|\bon (our|my) way ((up|down|over) to|to (the )?(hospital|a ?& ?e|airport|station|funeral|see|visit)|(in |over |up |down )?to (get|fetch|collect|pick up) (him|her|them|\w+))\b|\bon (our|my) way,? and (i'll |i will |will |we'll |we will )?(collect|get|fetch|grab|pick)\b|\b(beat|avoid|miss) the traffic\b|\blate (last |at |in the |on )?((mon|tues|wednes|thurs|fri|satur|sun)day |that |this |tomorrow |the )?night\b|\blate nights\b|\ba late one\b|\blate (notice|reply|replies|message|text|email|response|answer|shifts?|turn)\b|\blates\b|\b(work|works|working|worked|finish|finishes|finishing) late\b|\b(runs|ran|overruns|overran)( really| very| so| a bit| way)? late\b|\b(it's|it is|clinic|clinic's|appointments?|hospital|doctors?|dentist|surgery)( is| are)? running( really| very| so| a bit| an hour| way)? (late|behind)\b|\b('ll|will|might|may|could|would|going to|to) run (on |over )?late\b|\blate (for|to) (work|my (\w+ )?(shift|work|job|meeting|interview|appointment)|(a|the) (meeting|interview|shift))\b|\b(reply|replying|answer|answering|respond|responding|getting back|message|messaging|text|texting|email|emailing|write|writing|ring|ringing|call|calling|contact|contacting)( to you| you)? (so )?late\b|\b(up|bed|stayed up|went to bed)( very| really| so| too| quite)? late\b|\b(comes?|came|coming|gets?|got|getting) (back|home) late\b|\b(back|home) late (on )?((satur|sun)day|the weekend|((mon|tues|wednes|thurs|fri|satur|sun)day )?(night|evening))\b|\blate to bed\b|\bstay(s|ed|ing)? (behind |on )?late\b",
        "|",
        late_at_home_time!(),
        // Lateness hoped for, not reported: "I'll see how she is and maybe
        // bring her in later".
        r"|\b(maybe|might|may|possibly|perhaps|hopefully|try (and|to))( \w+){0,2} (bring (him|her|them) in|come in|be in|get (him|her|them) in) later\b",
        // Lateness supposed, not reported: "if they're late it's their dad".
        // Not "sorry if she's late".
        r"|(^|[,;.]\s*|\b(and|but|so) )if (\w+ ){0,2}?(\w+('s|'re)|\w+ (is|are|r|gets?|runs?)) (running )?late\b",
    ))
});

/// Away for the whole of a day named: "won't be in today", "not coming in
/// tomorrow" (not "won't be in till 10").
static AWAY_ALL_DAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(won't|will not|wont|not|isn't|aren't|can't|cannot)( be)? (in|coming in|come in|going in|coming|going|at school|in school)( to school| school)? (today|tomorrow|all day)\b|\b(miss|missing|misses|be away|be off|be out) (the |a )?(whole|full|entire) (school )?day\b",
    )
});

/// Whether the text says the child is away for the whole of a day.
pub fn away_all_day(lower: &str) -> bool {
    AWAY_ALL_DAY.is_match(lower)
}

/// A day's length said without a day: "to Bridlington for the day".
static FOR_THE_DAY: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bfor the (day|morning|afternoon)\b"));

/// Whether the text gives a day's length.
pub fn for_the_day(lower: &str) -> bool {
    FOR_THE_DAY.is_match(lower)
}

/// Words saying the school itself had the child, so its register missed
/// them: "she was at breakfast club and they walked her over", "she must
/// have been missed", "marked absent by mistake", "I dropped her at the
/// gate", "she was in the medical room during registration" (not "she was
/// late, please check", which is a late arrival).
static REGISTER_MISSED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(breakfast club|they (walked|brought|took) (her|him|them)|must have been missed|(missed|left) off the register|marked (him|her|them|\w+) (absent|wrong)|marked as absent|by mistake|dropped (her|him|them)( off)? at the (school )?(gates?|door|entrance|classroom)|(medical room|sick bay|first aid room|office|reception) (during|at|for) (registration|the register))\b",
    )
});

/// Whether the text says the register missed a child the school had.
pub fn register_missed_the_child(lower: &str) -> bool {
    REGISTER_MISSED.is_match(lower)
}

/// Lateness foreseen now and then, not reported for a day: "maybe they
/// are late some days", "he'll sometimes be late".
static LATE_NOW_AND_THEN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\blate (some|on some|most|a few|other) (days|mornings)\b|\b(sometimes|occasionally|now and then|at times)\b( \w+){0,3}? late\b|\blate (sometimes|occasionally|now and then|at times)\b",
    )
});

/// Whether the text foresees lateness now and then.
pub fn late_now_and_then(lower: &str) -> bool {
    LATE_NOW_AND_THEN.is_match(lower)
}

/// The words before a clock time that make it an arrival ("we come 9:10",
/// "be there about 9.30", "in for half 9"), the child's own or someone
/// bringing them ("nan's dropping him off at twenty past", "she'll bring
/// him in at half nine").
static ARRIVAL_CUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // "There for 9.10", "there 9.20", not "there is a meeting at 11".
        r"\b(be there|be in|get there|get to school|there (for|by|at|about|bout|abt|around|roughly|approx\w*|probably|prob|hopefully|just|before|after|till|until|not|in|asap|\d)|in school|be at school|arrive|arriving|come|coming|in for|in by|in about|in around|signed (him|her|them) in)\b[^.]{0,18}$|\bthere\s*$",
        // "Will be in but prob not till about 9.30".
        r"|\b(be in|be there|come in|get in)\b[^.]{0,20}\bnot (till|until|til|before) (about |around |roughly |like )?$",
        // Someone bringing the child may be told first, the time after:
        // "bringing Daniel in today, she says about ten past nine".
        r"|\b((bring|brings|bringing|take|takes|taking|drive|driving|walk|walking|run|running) (him|her|them|\w+) in|(drop|drops|dropping) (him|her|them|\w+) (off|in))\b[^.]{0,45}$",
        // "Nan is bringing him at 9.30" (not "bring him back yesterday at 6").
        r"|\b(bring|brings|bringing|drop|drops|dropping) (him|her|them|\w+) (at|for|by|about|around)\s*$",
        // "Will get Jasmine to you for 9.30", "get her to school by 10",
        // "won't get her to school till about 10".
        r"|\b(get|gets|getting) (him|her|them|\w+( and \w+)?) (to (you|school|class)|in|into school) (for|by|at|about|around|(till|until|til|before)( about| around| gone)?)\s*$",
        // "Seth will be in when they open it, they're saying about 10".
        r"|\b(be in|be there|get in|come in) (when|once|as soon as)\b[^.]{0,40}\b(about|around|roughly|probably)\s*$",
        // "Grace will be about 9.35": the child, then straight to a time;
        // "gonna be like 9 45".
        r"|\b(will|'ll) (probably |likely |hopefully |prob )?be (about|around|roughly|approx|approximately|at)\s*$",
        // "His dad's doing drop off, might be 9.20".
        r"|\b(might|may) be (about |around |roughly |at )?$",
        r"|\b(gonna|going to) be (like |about |around |roughly |at )?$",
        // "Social worker's coming at 9 so Jade will be late, about 11".
        r"|\blate,? (about|around|roughly|approx|approximately|probably|prob|maybe|hopefully|like)\s*$",
        // "We'll get there as soon as we can, prob 11".
        r"|\b(be|get) (there|in) (asap|as soon as (we|i|he|she|they) can)[, ]*(prob|probably|maybe|hopefully|about|around|roughly|approx|like)?\s*$"
    ))
});
/// A drop-off told after the fact ("I dropped her at the gate at 8.50"):
/// an arrival, but a late one only when after the register closed.
static DROPPED_CUE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\bdropped (him|her|them|\w+)( off| in)?\b[^.]{0,18}$"));

/// A child ill now: "Zosia is sick", "he's got a temp".
static ILL_NOW: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // "Has a blocked nose and a temp": the illness may close a list.
        r"\b(is|are|'s|has|have|got|been)\b(\s+\w+){0,3}?(\s+(and|&|n|plus|with)(\s+\w+){0,2}?)?\s+",
        r"(sick|sickness|ill|poorly|unwel+|not well|vomiting|throwing up|being sick|a temp|temp|temperature|fever|flu|cold|cough|bug|the runs|d ?& ?v|diarrh\w*|chicken ?pox|",
        r"tonsil+[aeiouy]t[aeiouy]s|migraines?|infection|rash|tummy|stomach|headache|sore|pain|virus|conjunctivitis|earache|toothache|in hospital|broken|injured|swollen|belly|bellyache|nose ?bleeds?|bad (chest|throat|ear|back)|croaky|hoarse|lost (his|her|their) voice|(blocked|runny|stuffy|snotty) nose|bunged up|",
        // The common childhood illnesses by name: "Safiya has hand foot and
        // mouth".
        r"hand,? foot,? (and|&|n) mouth|measles|mumps|scarlet fever|impetigo|noro\w*|gastro\w*|croup|strep\w*|glandular fever|shingles|slapped cheek|whooping cough|covid|bronchiolitis|pneumonia|sik)\b",
        // A message of nothing but the illness, in a text's shorthand:
        // "Poorly 🤢", "Brandon sick", "wika sick. temp. home".
        r"|^[^a-z]*([a-z]+[^a-z]+)?(poorly|sick|ill|unwel+|not well|d ?& ?v|vomiting|high temp|temperature)",
        r"([^a-z]+(poorly|sick|ill|unwel+|not well|d ?& ?v|vomiting|(high )?temp|temperature|fever|cough|flu|bug|headache|tummy ache|earache|(at |staying |stay )?home|off|today|sorry|thanks|thank you|ta|x+))*[^a-z]*$",
        // Or opening with it, as a note opens with its heading: "Bilal not
        // well, tummy ache and been on the toilet all night".
        r"|^[^a-z]*[a-z]+[^a-z]+(poorly|unwel+|not (very |feeling |too )?well)\s*[,.;:!-]",
        // Ill still, the verb left out as texts do: "zach still rough",
        // "still got a temp".
        r"|\bstill (\w+ ){0,2}?(sick|ill|poorly|unwel+|not (very |feeling |too )?well|rough|under the weather|off colou?r|vomiting|throwing up|being sick|(a |high )?temp|temperature|fever\w*|coughing|full of cold)\b",
        // "Both girls have come down with the bug"; "have both come out in
        // chickenpox now".
        r"|\b(come|comes|coming|came) down with (a |an |the |this |that )?\w+",
        // "Woke up with a croaky voice", "woken up feeling sick".
        r"|\b(woke|woken|wakes|waking) up (with|feeling|being|all|covered)\b",
        r"|\b(come|comes|coming|came|broken|broke|breaking) out in (a |an |the |big |red |little )?(spots|rash|hives|blisters|chicken ?pox|measles|\w+ spots)\b",
        // "Up all night with a cough", "up half the night being sick".
        r"|\bup (all|half|most of) (the )?night (with|being|coughing|vomiting|throwing up|sick|poorly)\b",
        // "The twins both tested positive for covid".
        r"|\btested positive\b|\bpositive (covid|lateral flow|lft|test)\b",
        // Caught what went round: "Haniya has it now as well".
        r"|\b(has|have|'s got|got|caught) (it|them|the same( thing| bug)?)\s+(now|too|as well)\b",
        // Ill in the night before the message: "she was sick at 4am".
        r"|\b(was|were) (\w+ )?(sick|ill|poorly|vomiting|being sick|up being sick)\s+(at \d|in the night|during the night|overnight|last night|this morning|in the car|on the way( in| to school)?|at breakfast|before school|when (he|she|they) woke( up)?)",
        // Taken into hospital since the last school day: "was admitted to
        // the Royal London last night".
        r"|\b(was|were|been|got) admitted (to|into)\b[^.!?]{0,40}?\b(last night|overnight|yesterday|this morning|at the weekend)\b"
    ))
});

/// The child, by pronoun or name, said to be unwell now: "he's got a
/// temperature", "amy is still poorly" (not "her mum's ill").
static CHILD_UNWELL: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?P<who>he|she|they|[a-z][a-z-]*)('s| is| has| have|'ve| are|'re)( still| also| now| got| been| really| very| a bit| quite)* ",
        r"(a |an |the )?(high |bad |nasty )?(temperature|temp|fever|sick|ill|poorly|unwell|not (very |feeling |too )?well|cough|cold|flu|bug|vomiting|tummy ache|headache|chest infection|infection|rash|d ?& ?v|diarrh\w*)\b"
    ))
});

/// The same, said after something else the child did: "she's been
/// crying all night and been sick this morning".
static CHILD_ALSO_UNWELL: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(?P<who>he|she|they|[a-z][a-z-]*)('s| has| have|'ve| is| are|'re)( been)? [^.!?]{0,40}? and (has |have |is |'s )?(been |got |now )?",
        r"(sick|ill|poorly|unwell|vomiting|a (high )?(temperature|temp|fever))\b"
    ))
});

/// Whether the text says the child itself is unwell now; `names` are the
/// sender's children's names, folded.
pub fn child_said_unwell(lower: &str, names: &[String]) -> bool {
    [&*CHILD_UNWELL, &*CHILD_ALSO_UNWELL].iter().any(|said| {
        said.captures_iter(lower).any(|c| {
            let who = &c["who"];
            matches!(who, "he" | "she" | "they") || names.iter().any(|n| n == who)
        })
    })
}

/// Pain, a doctor or a symptom beside an injury: "in a lot of pain",
/// "she's sore", "his eye is nearly shut, ringing 111".
static IN_PAIN_OR_SEEN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(pain\w*|sore|hurts?|hurting|aching|agony|walk[- ]in|blister\w*|infected|bleeding|can't (walk|see|move|breathe|open|sit)|cant sit|(huge|big|massive|nasty) lump|(cut|split|fat) lip|swollen|limping|(won't|can't) stop shaking|(nearly|swollen) shut|111|a ?& ?e|a and e|hospital|doctors?|gp|concussion|stitches|x-?ray|sick|vomit\w*|temperature|temp|fever|headache|dizzy)\b",
    )
});

/// Whether the text tells of pain, a symptom or a doctor: an injury that
/// makes the child unwell.
pub fn in_pain_or_seen(lower: &str) -> bool {
    IN_PAIN_OR_SEEN.is_match(lower)
}

/// A complaint or a request to change a record: a person must answer.
static COMPLAINT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(complaint|(want|like|going|wish|writing) to complain|(would like|want|like) to discuss (it|this|the matter)|i('m| am) complaining|a meeting|corrected|correct (this|it|the)|amend (her|his|their|the|this|it)|(letter|warning) (will |to |should )?be withdrawn|withdraw (the|this|that) (letter|warning)|unauthori[sz]ed|unfair|unacceptable|penalty|fined|(not |very un|un)happy (that|about|with)|disappointed (that|with|in)|what (the school|school|you) (is|are) (going to|gonna) do|nothing (has been|was|is being) done|what('s| is| was| will be) (being )?done|i('m| am) (very |really |so |extremely )?(upset|angry|furious|livid|annoyed) (that|about|with)|(want|like|need) to speak (to|with) the (head|headteacher|head teacher|manager)|(someone|somebody) (needs|has) to sort (this|it) out|(want|need) (someone|somebody|the head|a teacher) to (ring|call|phone|contact) me|(who|how|where) (do|can|should) (i|we) complain|(furious|livid|fuming|disgusted|appalled|outraged) (that|about|with|at|by)|(upset|offended|shocked) by the (tone|letter|text|message|email)|the tone of (it|the|your|this|that)|(check|listen to|read) (the|your) (answerphone|answer ?machine|voicemails?|messages|emails|inbox) before|before (sending|you send) (these|those|them|this|that|out)|what('s| is) the point (of|in) (the|your|having|ringing|calling|phoning)|(killing|harass\w*|hounding|bombarding|threatening) (me|us) with (these|your|the|all|more)|(your|the school's|school) (attendance )?(figures|stats|statistics|targets|league tables?)|(won't|will not|don't|do not|doesn't|does not) believe (parents|me|us))\b",
    )
});

/// The sender collecting a child early: "I'll pick her up at 1", "I'm
/// coming to collect him now" (not "don't let his dad collect him").
static COLLECTING: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // "I'll get him at 1.30" is a collection too.
        r"\b(i|i'll|i will|i'm|i am|we|we'll|we will|can i|could i|may i)\b[^.]{0,20}?\b(collect\w*|pick\w*|take (him|her|them)|get (him|her|them) (at|from school at) \d|get (him|her|them|the (kids|children|boys|girls|twins)|\w+( and \w+)?) early)",
        // Someone else collecting at a time: "his foster carer will collect
        // him from reception at 12.45".
        r"|\bwill (be )?(collect(ing)?|pick(ing)? (him|her|them) up) (him |her |them )?(from (reception|the office|the front desk|school|the gate|class) )?(at|by) \d",
        // "Could Noah leave at 1.30 that day?", "could Finley finish at
        // lunchtime on Friday?"
        r"|\b(can|could|may)\s+(he|she|they|\w+)\s+(please\s+)?(leave|finish|go)\s+(early|at|before)\b",
        // "Can Iris be collected at 12 tomorrow?", "would it be possible
        // for George and Ellie to finish at lunchtime?"
        // "Can Noah be let out at 2pm tomorrow?"
        r"|\b(can|could|may)\s+(he|she|they|\w+)\s+(please\s+)?be\s+(collected|picked up|let out|let go|released)\s+(of (school|class) )?(early|at|before)\b",
        r"|\bpossible for (him|her|them|\w+( and \w+)?) to (leave|finish|go|be collected|be picked up)\s+(early|at|before)\b",
        // "She'll need to leave at lunchtime that day".
        r"|\b(he|she|they|\w+)('ll| will)? (need|needs|have|has) to (leave|finish|go)\s+(early|at (lunch|lunchtime|\d)|before (lunch|lunchtime|\d))",
        // "I'll bring him in for his test this morning and collect him at
        // lunch": a collection after the drop-off, however long it is told,
        // at a time inside the school day ("and collect her at 3.15" is
        // home time).
        r"|\b(and|then) (then )?((i|we)('ll| will) )?(collect|pick (him|her|them) up|fetch) ((him|her|them) )?(early|(at|before) (lunch|lunchtime|dinner ?time|midday|noon|1[0-2]|[12])\b)",
        // "Got the call from the office, I'm on my way to get her".
        r"|\b(on my way|on our way|coming|heading|leaving now) (in |over |up |down )?to (get|fetch|collect|pick up) (him|her|them)\b",
        // "Stanley will be picked up at 1.30 today by his grandad".
        r"|\b(will be|'ll be|is being|'s being|are being|is getting|'s getting)\s+(collected|picked up)\s+(early|at|before)\b",
        // "Please can Harrison be sent to reception at 2.15".
        r"|\b(can|could|may)\s+(he|she|they|\w+)\s+(please\s+)?be sent (down |out |over )?to (reception|the office|the front desk|the gate)\b"
    ))
});

/// New contact details: "new address is 22 Chapel Lane", "my mobile
/// number has changed".
macro_rules! new_details {
    () => {
        r"new (address|number|mobile|phone|email)|(phone|mobile|contact) (number|details)|email address|change of address"
    };
}
static NEW_DETAILS: LazyLock<Regex> =
    LazyLock::new(|| compile(concat!(r"\b(", new_details!(), r")\b")));

/// Whether the text gives new contact details.
pub fn gives_new_details(lower: &str) -> bool {
    NEW_DETAILS.is_match(lower)
}

/// What a message that reports no absence is about instead: a question, a
/// thank-you for something, a change of details, who collects a child, a
/// request about the school day. Without one of these (or "she's in"), a
/// message the parser found nothing in goes to a person.
static ABOUT_SOMETHING_ELSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // A question, not surprise ("she has shingles?!").
        r"(^|[^!])\?([^!]|$)|\b((?P<thanks>(thank(s| you| u)|thanku|thx)( (so|very) much)?( from [^.!?]{0,40}?)? (for|to))|(?P<greeting>merry christmas|happy (new year|easter|holidays))|",
        new_details!(),
        // "Please update my number", not "will update you" or "keep you
        // updated".
        r"|updated? (my|the|our|his|her|their|your|records?|details|contacts?|address|number)|(have|has|'ve|'s) updated|(please|pls|can you|could you) update|change (of|my|the)|changed|surname|",
        r"collect\w*|picking (him|her|them|\w+) up|pick (him|her|them|\w+) up|drop[- ]?offs?|pick[- ]?ups?|school runs?|",
        r"please (can|could|let|check|make sure|keep)|can (you|u|someone|he|she)|could (you|u|someone)|",
        r"lost property|reading book|pe kit|packed lunch|non[- ]uniform|just (so you know|to let you know|a reminder)|",
        // "Heads up: ...", "just wanted to say thanks - ...", "sorry in
        // advance": news or thanks with no day of absence in them.
        r"heads[- ]up|(?P<thanks_said>(just )?(wanted|want|writing) to say (a )?(huge |big |massive )?(thanks|thank you)|(a (quick |little |short )?note|(just )?(wanted|want|writing|like|i'd like)) to thank)|sorry in advance|",
        r"lost|missing (his|her|their|a|an|the|my)|",
        lost_things!(),
        r"('s)? (\w+ )?(didn't|did not|hasn't|has not|never) (come|came) (home|back))\b"
    ))
});

/// Someone else doing the school run: "her grandma will be collecting
/// Nina", "his grandparents will be doing drop-off and pick-up".
static SOMEONE_ELSE_TAKES: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(will be|'ll be|is|are|'s|'re) (collecting|picking (him|her|them|\w+) up|(doing|doin'?) (the )?(drop[- ]?offs?|pick[- ]?ups?|school runs?)|bringing (him|her|them|\w+) (in|to school)|(dropping|picking) (off|up)( and (dropping|picking) (off|up))? (him|her|them|\w+))\b",
    )
});

/// Whether the text says someone will take the child to or from school
/// (a school run, not an absence).
pub fn someone_else_takes_the_child(lower: &str) -> bool {
    SOMEONE_ELSE_TAKES.is_match(lower)
}

/// A message that is a thank-you and nothing else, in words ("thank you
/// Mrs Khan 🙏", "ok thanks", "cheers") or in the emoji people send for one.
static THANKS_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"^[\s\p{P}\p{So}\p{Sk}\x{200d}\x{fe0f}]*(((ok|okay|great|lovely|brilliant|perfect|fab|amazing)[\s\p{P}]+)?",
        r"(thank you|thanks|thank u|thankyou|thx|ty|cheers|ta)( (so|very) much| again| x+)?",
        // Whom it thanks: a title and a name, or a name alone.
        r"([\s,]+(mrs|mr|miss|ms|sir|dr)\.?( [a-z'-]+)?|[\s,]+[a-z'-]+)?)?",
        r"[\s\p{P}\p{So}\p{Sk}\x{200d}\x{fe0f}x]*$"
    ))
});
/// Emoji that say thanks or that all is well, not that a child is ill.
static THANKS_EMOJI: LazyLock<Regex> =
    LazyLock::new(|| compile(r"🙏|👍|👌|😊|🙂|😀|😃|😄|🥰|😍|🤗|❤|♥|💕|💖|💗|💙|💜|✅|🌹|💐"));

/// Thanks signing a message off: "... he wants to be a police officer now
/// 😂 thank you".
static THANKS_AT_THE_END: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(thank you|thanks|thank u|thankyou|thx|cheers)( (so|very) much| again)?[\s\p{P}\p{So}\p{Sk}\x{200d}\x{fe0f}x]*$",
    )
});

/// The thanks a message signs off with, if it does.
pub fn thanks_at_the_end(lower: &str) -> Option<&str> {
    THANKS_AT_THE_END.find(lower.trim_end()).map(|m| m.as_str())
}

/// The message when it is only a thank-you: in words, or in emoji that say
/// thanks and nothing else.
pub fn thanks_only(lower: &str) -> Option<&str> {
    let trimmed = lower.trim();
    let in_words = trimmed.chars().any(char::is_alphanumeric);
    let said = match in_words {
        true => THANKS_ONLY.is_match(trimmed),
        // Every pictograph is one of thanks: a face being sick is no thank-you.
        false => {
            THANKS_EMOJI.is_match(trimmed)
                && THANKS_EMOJI.replace_all(trimmed, "").chars().all(|c| {
                    c.is_whitespace()
                        || c.is_ascii_punctuation()
                        || matches!(c, '\u{200d}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}')
                })
        }
    };
    said.then_some(trimmed)
}

static AFTER_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(after school|after pick ?up|at home time|at (the )?(normal|usual) time|at the end of the (school )?day)\b",
    )
});

/// Whether something the text tells of happens after the school day: not
/// a journey set off on after school ("we'll drive down on Thursday after
/// school"), which takes the child away for what comes next.
pub fn after_school(lower: &str) -> bool {
    AFTER_SCHOOL
        .find_iter(lower)
        .any(|m| !JOURNEY_BEFORE.is_match(just_before(lower, m.start(), 40)))
}

/// Setting off on a journey, in the words before "after school".
static JOURNEY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(drive|driving|travel\w*|fly|flying|set(ting)? off|head(ing)? (off|down|up|over)|leav(e|ing)|go(ing)? (down|up|over))\b[^.!?\n]*$",
    )
});

/// The sender collecting a child early, or a collection told as done
/// ("Collected Isla at lunchtime", "has been collected at 11").
pub fn collecting_early(lower: &str) -> bool {
    (COLLECTING.is_match(lower) && !ASKS_WHEN_TO_COLLECT.is_match(lower))
        || sessions::collected_already(lower)
}

/// Asking when a match or trip ends: "what time should we pick him up?"
static ASKS_WHEN_TO_COLLECT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\bwhat time (should|do|shall|can|will|would|must) (i|we) (collect|pick)")
});

/// More words of absence, kept apart from [`ABSENCE`] because that
/// pattern's automaton is at the size its cache holds: staying or kept
/// off said last in its sentence ("so she's staying off."; "drop him off."
/// is no absence, so [`ABSENCE`] wants a word after other subjects' "off"),
/// "they're in no state for school" (or for the school run), an absence
/// owned up to, "off again", and a child brought in at lunch. (One
/// alternative more in [`ABSENCE`] doubled the parser's instructions per
/// message: its lazy DFA's cache no longer held it.)
static ABSENCE_TOO: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        concat!(
            r"\b(stay|stays|staying|stayed|stopping|keep|keeps|keeping|kept) ((him|her|them|both|the (kids|children|boys|girls|twins)) )?(home )?off\s*\.",
            r"|\b(in no|not in a|not in any) (fit )?state (for|to go to|to come to|to come into|to face) (school|class)\b",
            // The sender unfit for the run: "I'm in no state to do the school run".
            r"|\b(in no|not in a|not in any) (fit )?state to (do|manage|face) the school run\b",
            // An absence owned up to: "sorry for not letting you know on Friday".
            r"|\b(sorry|apologies) (about|for) not (letting (you|the school|school|the office) know|{NOT_IN_TOUCH})( about (him|her|them|it))? (on|last) (monday|tuesday|wednesday|thursday|friday|mon|tues?|weds?|thurs?|fri)\b",
            // "Still really hot so off again".
            r"|\b(so|and)( (he's|she's|they're|he is|she is|they are|is|'s|are))? (off|home|staying (off|home)) again\b",
            // "I will bring him after lunch", "dropping her in at lunchtime".
            r"|\b(bring|bringing|drop|dropping|take|taking) (him|her|them)( in| back| to school)? (after|at|by) (lunch|dinner)( ?time)?\b",
        ),
        NOT_IN_TOUCH = NOT_IN_TOUCH
    ))
});

/// The ways a parent says they did not tell the school, after "not":
/// "sorry for not ringing", "apologies for not getting in touch".
pub const NOT_IN_TOUCH: &str = "telling you|ringing|calling|phoning|texting|emailing|getting in touch|contacting you|informing you";

pub fn reports_absence(lower: &str) -> bool {
    ABSENCE
        .find_iter(lower)
        .chain(ABSENCE_TOO.find_iter(lower))
        .any(|said| !tells_of_no_absence(lower, &said))
}

/// Asking whether the child may come in: "can he still come in?", "is she
/// ok to come in with it?", "she's ok to come in isn't she?".
static ASKS_TO_COME_IN: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(can|could|may)( (he|she|they|\w+))?( still)? (come|go|send (him|her|them)|bring (him|her|them)) (in|to school|into school)\b",
        r"|\b(is|will|would|'s|'re|are) (he|she|they|it|\w+)?( still)? ?(be )?(ok|okay|alright|all right|fine|allowed)( for (him|her|them|\w+))? to (come|go|be|send|bring)( (him|her|them|\w+))? (in|to school)\b",
        // "Is it ok if she still comes in and cheers her team on?"
        r"|\b(is it|would it be|will it be) (ok|okay|alright|all right|fine) if (he|she|they) (still )?(comes?|goes?|come|go) (in|to school)\b"
    ))
});

/// Whether the message asks if the child may come in, and says no absence
/// and no illness outside its questions: the child means to be in ("Theo's
/// got conjunctivitis, can he still come in?"), where "is he ok to come
/// in? If not I'll keep him home" tells an absence of its own.
pub fn asks_if_the_child_may_come_in(lower: &str) -> Option<&str> {
    // Most messages ask nothing of the kind: one search says so.
    if !ASKS_TO_COME_IN.is_match(lower) {
        return None;
    }
    let told_apart = |sentence: &str| reports_absence(sentence) || speaks_of_illness_now(sentence);
    let mut asked = None;
    let mut start = 0;
    for (end, mark) in lower.match_indices(['.', '!', '?', '\n']) {
        let sentence = &lower[start..end];
        if mark == "?" {
            asked = asked.or_else(|| ASKS_TO_COME_IN.find(sentence).map(|m| m.as_str()));
        } else if told_apart(sentence) {
            return None;
        }
        start = end + 1;
    }
    if told_apart(&lower[start..]) {
        return None;
    }
    asked
}

/// Someone at a clinic now: "Yusuf is at the hospital", "he's still at
/// the dentist".
static AT_A_CLINIC_NOW: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(\b(is|are)|'s|'re)( still)? at (the |his |her |their )?(hospital|dentists?'?s?|doctors?'?s?|gp|clinic|orthodontists?'?s?|opticians?'?s?|surgery|physio|eye clinic)\b",
    )
});
/// The sender, just before: "we are at the hospital" is ours.
static WE_BEFORE: LazyLock<Regex> = LazyLock::new(|| compile(r"\bwe$"));

/// Whether the text says someone other than a grown-up of the family is
/// at a clinic now: beside an appointment, the child is there and not in
/// school ("Yusuf is at the hospital for his blood test, will have him in
/// before lunch"), where "his mum is at the hospital" is hers.
pub fn at_a_clinic_now(lower: &str) -> bool {
    AT_A_CLINIC_NOW.find_iter(lower).any(|m| {
        let before = lower[..m.start()].trim_end();
        !(kinship::RELATIVE_JUST_BEFORE.is_match(before) || WE_BEFORE.is_match(before))
    })
}

/// A day off booked, as a grown-up books leave from work.
static BOOKED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(book|books|booked|booking) (the |a )?$"));

/// A moment lost from sight, after "went missing": "in Tesco for 5 mins".
static MISSING_A_MOMENT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^( (in|at|round|around|on) [^.!?]{0,30}?)? for (a (few|couple of) |\d+ |two |five |ten |a |about \d+ )?(mins?|minutes?|seconds?|secs?|moment)\b",
    )
});

/// A negation and an "in" with a clause between them: "not affected and
/// will be in".
static NOT_THEN_ANOTHER_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^(not|isn't|aren't|ain't|aint)\b(\s+\w+)*?\s+(and|but|so)\s+(will|is|'ll|can|should|he|she|they)\b(\s+\w+)*\s+in$",
    )
});

/// Whether lower-case text tells of an absence or gives a reason for one.
pub fn tells_of_an_absence(lower: &str) -> bool {
    reports_absence(lower) || reason::names_a_reason(lower)
}

/// A club or practice outside lessons, right after the words of absence:
/// "won't be at football club tomorrow".
static AT_A_CLUB: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\s*(the\s+)?(\w+\s+){0,2}?(club|clubs|practice|training|rehearsal|tutoring)\b")
});
/// Words that say no school is missed: "the funeral's on Saturday so she
/// won't miss any school", "after term ends, so no school missed".
static MISSES_NO_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(won't|will not|wont|doesn't|does not|shouldn't|should not|no need to)\s+(need to\s+|have to\s+)?(miss|take)\s+((any\s+)?(school|lessons|time off|days? off)|anything)\b",
        r"|\bno (school|lessons|school days?|days?|time) (will be |is |are |being |to be )?(missed|lost|off)\b"
    ))
});

/// A question whether the school is open on a day: "is there no school
/// tomorrow, is it a training day?", "Is school closed this Friday for an
/// INSET day?". A plan hanging on the answer is no absence.
static ASKS_IF_SCHOOL_OPEN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(is|are|will)( there| the school| school| you)?( be)? (no school|closed|shut|open|a training day|an inset( day)?|inset|a staff training day)\b[^?.!]{0,40}\?",
    )
});

/// The question whether the school is open on a day, if the text asks it.
pub fn asks_if_school_is_open(lower: &str) -> Option<regex::Match<'_>> {
    // Asked of every message: most hold no question at all.
    lower
        .contains('?')
        .then(|| ASKS_IF_SCHOOL_OPEN.find(lower))
        .flatten()
}

/// An absence told of yesterday: "was off yesterday", "wasn't in
/// yesterday", "missed school yesterday", "kept her home yesterday".
static ABSENT_BEFORE_TODAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(",
        away_gone_by!(),
        r")\b[^.!?]{0,40}\b(yesterday|((on|last) )?(monday|tuesday|wednesday|thursday|friday|mon|tues|tue|wed|weds|thurs|thu|fri))\b",
        // "Sorry I didn't message yesterday, Grace was off": a full stop may
        // stand where a sentence was parted from the greeting before it.
        r"|\byesterday\b[^!?]{0,30}\b(was|were) (off|absent|at home|home|not in)\b"
    ))
});

/// Away on a day gone by, no day said: "he was off", "she wasn't in".
static WAS_AWAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(",
        away_gone_by!(),
        r"|(was|were) (away|ill|poorly|sick|unwell)|(wasn't|weren't|was not|were not) well)\b"
    ))
});

/// Whether the text tells of the child away on a day gone by, naming no day.
pub fn was_away(lower: &str) -> bool {
    WAS_AWAY.is_match(lower)
}

/// Late yesterday, and not said to be late today: "sorry he was late
/// yesterday".
static LATE_YESTERDAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(was|were) (\w+ )?late (in |into school |to school )?yesterday\b")
});

/// A lateness told once it is over: "she was late", "he went in at 9.25",
/// "she got to school at 9.35".
static LATENESS_GONE_BY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b((was|were) (\w+ )?late\b|(got|arrived|went|came)( in| into school| to school| there)? (at|about|around|just after) \d|(just )?dropped (him|her|them|[a-z]+) (off )?at (the gate|school|the door|reception|the office))",
    )
});

/// Whether the text tells a lateness already over, and not yesterday's.
pub fn lateness_gone_by(lower: &str) -> bool {
    !lower.contains("yesterday") && LATENESS_GONE_BY.is_match(lower)
}

/// Whether the text owns up to yesterday's lateness and not today's.
pub fn late_yesterday(lower: &str) -> bool {
    LATE_YESTERDAY.is_match(lower) && !lower.contains("today")
}

/// Whether the text tells of the child away yesterday or on a weekday
/// gone ("she was off on Friday").
pub fn absent_before_today(lower: &str) -> bool {
    ABSENT_BEFORE_TODAY.is_match(lower)
}

/// A plan left open: "there might be an issue with Monday, I'll confirm".
static A_DAY_IN_DOUBT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b((might|may|could) (be|have|need) (an? )?(issue|problem|change|trouble)|(an? )?(issue|problem) with|(i'll|i will|will) (confirm|let you know (for sure|for definite|nearer the time))|not sure yet (if|whether))\b",
    )
});

/// Whether the text leaves a plan open for later word.
pub fn leaves_a_day_in_doubt(lower: &str) -> bool {
    A_DAY_IN_DOUBT.is_match(lower)
}

/// The end of the school's suspension told: "his suspension finishes
/// today" (not a meeting about the return, which may come with the days).
static END_OF_A_SUSPENSION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(suspension|exclusion)( \w+){0,2}? (finish(es|ed|ing)?|ends?|ended|is over|is up|has finished|has ended)\b",
    )
});

/// The school's suspension as a thing talked of, not days told: "your
/// letter about", "his two-day suspension".
static THE_SCHOOLS_SUSPENSION: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bletter\b[^.!?]{0,40}\b(suspension|exclusion|suspended|excluded)\b|\b(the|his|her|this|a|\w+'s|(\w+|\d+)[- ]day) (suspension|exclusion)\b",
    )
});
/// A suspension disputed: "I don't think it's fair", "he was defending
/// himself".
static DISPUTED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(unfair|not fair|(don't|do not) (think (it's|it is|this is) (fair|right)|agree|accept)|disagree|appeal|governors?|defending (himself|herself|themselves)|(he|she) didn't start|the other (boy|girl|child|kid)s? started)\b",
    )
});

/// Whether the text disputes the school's suspension, talked of as the
/// school's (its letter, "his suspension").
pub fn disputes_the_schools_suspension(lower: &str) -> bool {
    THE_SCHOOLS_SUSPENSION.is_match(lower) && DISPUTED.is_match(lower)
}

/// Whether the text tells the end of a suspension the school set: the
/// school already holds the days, so it is no absence to record.
pub fn tells_the_end_of_a_suspension(lower: &str) -> bool {
    END_OF_A_SUSPENSION.is_match(lower)
}

/// Whether the text says outright that no school is missed.
pub fn misses_no_school(lower: &str) -> bool {
    MISSES_NO_SCHOOL.is_match(lower)
}

/// A time off asked for or told before, now not needed: "so Anika and Dev
/// won't need any time off after all", "the dentist has cancelled so he
/// won't need collecting at 2.30 after all".
static CALLED_OFF: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(won't|will not|wont|doesn't|does not|don't|do not|no longer) need (((any|the|a) )?(time|day|days) off|collecting|picking up|to be (collected|picked up)|to (leave|go) early|the (afternoon|morning) off)( [\w.:]+){0,4} after all\b",
    )
});

/// The words calling off a time away told or asked for, if any.
pub fn time_away_called_off(lower: &str) -> Option<&str> {
    lower
        .contains("after all")
        .then(|| CALLED_OFF.find(lower))
        .flatten()
        .map(|m| m.as_str())
}

/// Whether words of absence tell of none where they stand.
/// The sender asking the school what to do: "should I", "do we need to".
static ASKED_WHETHER_TO: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(should|shall|do|must) (i|we)( need to| have to| still| then)?( be)?\s*$")
});
/// A condition not yet met, in the same sentence: "if it gets worse".
static IF_IT_COMES_TO_IT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[^.!?]*\bif (it|he|she|they|this|that|the \w+)('s| is| are)? (gets?|goes|starts?|comes?|turns?|spreads?|develops?|worse|still)\b",
    )
});

fn tells_of_no_absence(lower: &str, said: &regex::Match) -> bool {
    let before = &lower[..said.start()];
    let after = &lower[said.end()..];
    // "At home time" is when school ends, not a child kept at home; "she
    // can't come near us" is someone kept away from the family; "not
    // coming home on the bus" is the way home.
    after.starts_with(" time")
        || (said.as_str().ends_with("coming") && after.starts_with(" home"))
        || (said.as_str().ends_with(" in")
            && (IN_ANOTHER_SENSE.is_match(after) || TAKING_PART_IN.is_match(said.as_str())))
        || NEAR.is_match(after)
        || AT_A_CLUB.is_match(after)
        // "He's come out of school with a temp": home time, not time off.
        || (said.as_str() == "out of school" && CAME.is_match(before))
        || a_thing_missing(lower, said.range())
        // "Went missing in Tesco for 5 mins": lost a moment, found again.
        || (said.as_str().ends_with("missing") && MISSING_A_MOMENT.is_match(after))
        || PAST_VISIT.is_match(before)
        || (AT_A_TREATMENT_PLACE.is_match(said.as_str()) && TREATMENT_HAD.is_match(before))
        // "I said yesterday Poppy would be off till Thursday, but ...": what
        // the sender said before, told again to take it back.
        || SAID_BEFORE.is_match(before)
        // "He was off with a chest infection" tells of a day gone.
        || (said.as_str().starts_with("off w") && WAS.is_match(before))
        || (said.as_str().contains(" off") && DROPS.is_match(before))
        || (said.as_str().ends_with("off") && (MOVING_ON.is_match(after) || A_LESSON.is_match(after)))
        || (said.as_str().ends_with("back")
            && HANDED_BACK.is_match(said.as_str())
            && !BACK_BY_A_SCHOOL_TIME.is_match(after))
        || ((said.as_str().ends_with(" with me") || said.as_str().ends_with(" with us"))
            && STILL_IN_SCHOOL.is_match(after))
        // "Freddie is not affected and will be in as usual": the "not"
        // belongs to another clause than the "in".
        || NOT_THEN_ANOTHER_CLAUSE.is_match(said.as_str())
        // "He'd say anything for a day off": no day off asked for. Nor
        // "my mum wants to book the day off": a grown-up's leave from work.
        || (said.as_str() == "day off" && (ANYTHING_FOR.is_match(before) || BOOKED.is_match(before)))
        // "Toby staying for the afternoon as normal": staying at school.
        || (said.as_str() == "for the afternoon" && STAYING.is_match(before))
        // "I've taken Friday off work": a grown-up's leave.
        || (said.as_str().ends_with(" off") && OFF_WORK.is_match(after))
        // "So no school missed": none.
        || (said.as_str() == "no school" && NONE_MISSED.is_match(after))
        // "Should I be keeping her home if it gets worse?": advice asked
        // for a day that may come, not a day off.
        || (ASKED_WHETHER_TO.is_match(before) && IF_IT_COMES_TO_IT.is_match(after))
        // "The knife stays at home": a thing kept at home, not the child.
        || (said.as_str().starts_with("stay") && A_THING.is_match(before))
        // "She says she did not send one": a photo or a message, not the
        // child.
        || SENT_A_THING.is_match(said.as_str())
}

/// Not sending something that is no child: "didn't send one", "won't
/// send it".
static SENT_A_THING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bsend(ing)? (one|it|any|anything|that|this|those|them back|photos?|pictures?|pics|messages?|texts?|emails?|money)\b",
    )
});

/// Just after "Friday off": from work, not school.
static OFF_WORK: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s+(work|from work|shift|my shift|the shift)\b"));

/// A thing, just before what stays at home: "the knife", "his new phone".
static A_THING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(the|that|this|his|her|their|my|our) (new |own )?(knife|penknife|phone|mobile|ipad|tablet|laptop|toy|toys|game|console|switch|bike|scooter|dog|cat|puppy|pet|ball|lego|cards|slime|football)\s*$",
    )
});

/// Just after "no school": none of it missed.
static NONE_MISSED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s+(will be |is |are |being |to be )?(missed|lost)\b"));

/// Wishing, not asking: "he'd say anything for a".
static ANYTHING_FOR: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(anything|everything) for an?\s*$"));

/// Staying on at school, just before a part of the day.
static STAYING: LazyLock<Regex> = LazyLock::new(|| compile(r"\b(staying|stays|stay)\s*$"));

/// With the sender and at school all the same: "she's with me until
/// Thursday and in school as normal".
static STILL_IN_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^[^.!?]{0,30}?\b(and|but|so)\b[^.!?]{0,15}?\b(in school|at school|in as (normal|usual)|going (in|to school))\b",
    )
});

/// A child not returned by someone, not one kept from school: "will take
/// him to Algeria and not bring him back".
static HANDED_BACK: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(bring|bringing|send|sending|give|giving|hand|handing|take|taking) (him|her|them|\w+) back$",
    )
});

/// Not brought back until a time of the school day: "his dad isn't
/// bringing him back till lunchtime" keeps him from school until then.
static BACK_BY_A_SCHOOL_TIME: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+(to school |to us |here )?(till|until|til|before) (lunch\w*|dinner ?time|midday|noon|after lunch|the afternoon|(9|10|11|12|1|2)([.:]\d\d)?( ?[ap]m)?)\b",
    )
});

/// Excused one lesson, not school: "can he be off PE for six weeks".
static A_LESSON: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"^\s+(pe|p\.e\.?|games|swimming|sport|sports|football|forest school)\b")
});

/// A child going on to their next school: "she's off to Calderdale
/// College in September".
static MOVING_ON: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+to (\w+ ){0,3}(college|university|uni|sixth form|secondary|high school|big school)\b",
    )
});

/// Whether the words at `said` are a missing child's but tell of a lost
/// thing: "missing his reading book", "her coat didn't come home".
fn a_thing_missing(lower: &str, said: std::ops::Range<usize>) -> bool {
    let words = &lower[said.clone()];
    // "Our cat ran away two nights ago" is no child gone.
    let of_missing = words.contains("missing")
        || words.ends_with("come home")
        || words.starts_with("ran ")
        || words.starts_with("run ");
    of_missing
        && (MISSING_A_THING.is_match(&lower[said.end..])
            || LOST_THING_BEFORE.is_match(&lower[..said.start]))
}

pub fn implies_time_off(lower: &str) -> bool {
    TIME_OFF_IMPLIED.is_match(lower)
}

/// "Taking her to", "we're taking them": a child taken somewhere.
static TAKES_THE_CHILD: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(taking|take|took) (him|her|them|the (kids|children|boys|girls))\b")
});

/// Whether the text says the parent is taking the child somewhere.
pub fn takes_the_child(lower: &str) -> bool {
    TAKES_THE_CHILD.is_match(lower)
}

/// Whether the text says the child is in, fine or better; not a brother
/// or sister ("her sister is fine and will be in").
pub fn says_attending(lower: &str) -> bool {
    attending_words(lower).is_some()
}

/// The words saying the child is in, if any; not when negated ("she is
/// not feeling well").
pub fn attending_words(lower: &str) -> Option<&str> {
    ATTENDING
        .find_iter(lower)
        .find(|m| {
            let of_a_subject = SAID_OF_A_SUBJECT.is_match(m.as_str());
            let said_of_a_relative =
                of_a_subject && kinship::RELATIVE_JUST_BEFORE.is_match(&lower[..m.start()]);
            // "Hope that's ok": the plan is fine, not the child.
            let said_of_a_plan =
                of_a_subject && NO_CHILD_BEFORE.is_match(just_before(lower, m.start(), 20));
            !kinship::said_of_a_sibling(lower, m.start())
                && !said_of_a_relative
                && !said_of_a_plan
                && !NEGATED.is_match(&lower[..m.start()])
                // "Maybe bring her in later" is a hope, not the child in;
                // "if she feels ok" a condition.
                && !HOPED.is_match(just_before(lower, m.start(), 20))
                && !CONDITION.is_match(just_before(lower, m.start(), 25))
                // "She will come back on Tuesday" is a return: away until then.
                && !lower[m.end()..].starts_with(" back")
                // "She's coming down with something" is no child coming in;
                // nor "Tyler's coming with me to the housing office".
                && !lower[m.end()..].starts_with(" down with")
                && !(m.as_str().ends_with("coming") && COMING_ALONG.is_match(&lower[m.end()..]))
                // "Will bring him in after if it's not broken", "I'll bring
                // her in this afternoon": in once something else is done,
                // not in now.
                && !(m.as_str().ends_with(" in")
                    && !m.as_str().contains("back")
                    && IN_ONCE_DONE.is_match(&lower[m.end()..]))
                // "He's fine by 10": well later on, not in now.
                && !FINE_LATER.is_match(&lower[m.end()..])
                // "Both will be in but prob not till 9.30": late, not in.
                && !NOT_TILL_AFTER.is_match(&lower[m.end()..])
                // "Everyone would be better off without him" is no child in.
                && !(m.as_str().ends_with("better") && lower[m.end()..].starts_with(" off"))
        })
        .or_else(|| thing_brought_in(lower))
        .map(|m| m.as_str())
}

fn thing_brought_in(lower: &str) -> Option<regex::Match<'_>> {
    BRINGS_A_THING_IN
        .find_iter(lower)
        .find(|m| !m.as_str().contains(" back "))
}

/// Whether the text says the child will bring something into school.
pub fn brings_a_thing_in(lower: &str) -> bool {
    thing_brought_in(lower).is_some()
}

/// Words saying the child is in that take their subject from before them
/// ("'s coming", "is fine", "will be in"), unlike "walked him in".
static SAID_OF_A_SUBJECT: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^('s|is|are|'re|will|'ll|be|feel)\b"));

/// A plan hoped or asked to be fine, not a child: "hope that's ok", "if
/// that is ok".
static NO_CHILD_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(hope|hoping|hopefully|if|trust) (that|it|this)\s*$"));

/// A negation just before a phrase: "not", "n't", "never".
/// What follows words of a child in that put it off until something is
/// done: "bring him in after", "in later", "in once it's seen".
static IN_ONCE_DONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s+(after|afterwards|later|once|when|if|as soon as|(for )?(this|the) afternoon|at (lunch|dinner)\w*)\b",
    )
});

/// A time after "fine": "he's fine by 10" is well later, not in now.
static FINE_LATER: LazyLock<Regex> =
    LazyLock::new(|| compile(r"^\s+by (\d|ten|eleven|lunch|break|the afternoon|dinner)"));

/// What follows words of a child in that puts it off: "but not till 9.30".
static NOT_TILL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s*(but\s+)?((prob|probably|maybe|possibly|likely)\s+)?not\s+(till|until|til|before)\b",
    )
});

static NEGATED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(not|never|isn't|aren't|wasn't|won't|doesn't|don't|refus\w*( point blank| flat out)? to)\s+$|\b(don't|do not|dont) (think|reckon|expect|imagine|suppose|believe)( (he|she|they|\w+)('ll| will|'d| would|'s| is)?)?\s*$|\b(neither|none)\b(\s+[\w']+){0,3}\s+$",
    )
});

/// Whether the text says the child (not a brother or sister) is in school.
/// The child brought in once something is done: "and then I'll bring
/// him in", "drop her in straight after".
static BROUGHT_IN_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        // "After, I bring her to school": "after" alone opening the clause.
        r"\b(then|afterwards|after that|straight after)\b[^.!?]{0,20}?\b(bring|take|drop|get|run) (him|her|them) (in|to school|into school)\b|(^|[.!?]\s*)after,\s*(i|we)\b[^.!?]{0,12}?\b(bring|take|drop|get|run) (him|her|them) (in|to school|into school)\b",
        r"|\b(bring|take|drop|get|run) (him|her|them) (in|to school|into school) (after|afterwards|straight after)\b",
        r"|\b(come|coming|be|go|going) in (after|afterwards|straight after)( (that|it|if|when))?\s*([.,;!?]|$|if|when)",
        // "After he come to school maybe 11", as a newcomer writes it.
        r"|\b(after|afterwards|after that|then) (he|she|they) (come|comes|will come|go|goes|will go) (in|to school|into school|school)\b"
    ))
});

/// Whether the text says the child is brought in once something is done.
pub fn brought_in_after(lower: &str) -> bool {
    BROUGHT_IN_AFTER.is_match(lower)
}

/// A hope just before words of the child in: "maybe", "might".
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(if|when|once|until|till|as long as|unless|provided) (he|she|they|\w+)\s*$")
});
static HOPED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(maybe|might|may|possibly|perhaps|hopefully)( \w+){0,2}\s*$"));

/// Whether the text says the child may return today ("the GP says he can
/// come back today") or is back today after what kept it off ("Reggie's
/// back today after breaking his wrist"): whatever kept it off is over.
pub fn cleared_to_return_today(lower: &str) -> bool {
    CLEARED_TO_RETURN_TODAY.is_match(lower)
}
static CLEARED_TO_RETURN_TODAY: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(",
        cleared_to_return!("today"),
        r"|(is|'s|are) back (in school |at school |in )?today after)\b"
    ))
});

/// Whether the text says the child may return tomorrow ("fine to come
/// back tomorrow after his sickness bug").
pub fn cleared_to_return_tomorrow(lower: &str) -> bool {
    CLEARED_TO_RETURN_TOMORROW.is_match(lower)
}
static CLEARED_TO_RETURN_TOMORROW: LazyLock<Regex> =
    LazyLock::new(|| compile(concat!(r"\b", cleared_to_return!("tomorrow"), r"\b")));

/// Something the child will bring into school: "would it be ok for Flo
/// to bring her communion photos in on Friday?", "she'd love to bring in
/// doughnuts for her form" (not "bring her back in on Monday").
static BRINGS_A_THING_IN: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        // Two words at least after "her": "bring her straight in" is the
        // child brought.
        r"\bbring(ing)? (in (some |a |an |her |his |their |the )?[a-z]+|(her|his|their) ([a-z]+ ){2,4}in|(some|a|an|the) ([a-z]+ ){1,4}in)\b",
    )
});

/// In school now, after something kept the child out: "he is in school
/// now".
pub fn in_since(lower: &str) -> bool {
    static IN_NOW: LazyLock<Regex> =
        LazyLock::new(|| compile(r"\b(is|'s|are|'re) (back )?(in|at) (school |class )?now\b"));
    IN_NOW.is_match(lower)
}

/// In school again from a day named: "she will be in school on Monday
/// 19th April", the day back after time away.
pub fn in_school_from_a_day(lower: &str) -> bool {
    static FROM_A_DAY: LazyLock<Regex> = LazyLock::new(|| {
        compile(r"\b(will|'ll|should|shall) be (back )?in school (again )?(on|from)\b")
    });
    FROM_A_DAY.is_match(lower)
}

pub fn says_in_school(lower: &str) -> bool {
    IN_SCHOOL
        .find_iter(lower)
        .any(|m| !kinship::said_of_a_sibling(lower, m.start()))
}

/// The attendance figure a letter from school gave: "attendance has fallen
/// to 91%", "below 90% attendance".
static ATTENDANCE_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\battendance\b[^.!?]{0,30}?\b\d{2}(\.\d+)?\s?(%|percent|per cent)|\b\d{2}(\.\d+)?\s?(%|percent|per cent) attendance\b",
    )
});

/// Whether the text talks over the child's attendance figure.
pub fn about_the_attendance_figure(lower: &str) -> bool {
    // Few messages say "attendance", which the pattern needs; asking first
    // spares a search with no literal to start from.
    lower.contains("attendance") && ATTENDANCE_FIGURE.is_match(lower)
}

/// Whether the text speaks of being late (not "too late, so kept him home").
pub fn speaks_of_lateness(lower: &str) -> bool {
    LATE.find_iter(lower).any(|m| of_arriving(lower, &m))
}

/// Whether the only lateness the text speaks of is being on the way ("we're
/// on our way"): late only once the register is open.
pub fn only_on_the_way(lower: &str) -> bool {
    let mut said = LATE
        .captures_iter(lower)
        .filter(|c| of_arriving(lower, &c.get(0).expect("a match")))
        .peekable();
    said.peek().is_some() && said.all(|c| c.name("way").is_some())
}

/// Whether the words of lateness at `said` are about arriving.
fn of_arriving(lower: &str, said: &regex::Match) -> bool {
    !NOT_ARRIVING_LATE
        .find_iter(lower)
        .any(|t| t.start() <= said.start() && said.end() <= t.end())
}

/// Whether the words just before byte `at` make a time there an arrival.
pub fn is_arrival_cue_before(lower: &str, at: usize) -> bool {
    let before = just_before(lower, at, 60);
    (ARRIVAL_CUE.is_match(before)
        && !COMING_TO_COLLECT.is_match(before)
        && !VISITOR_COMING.is_match(before)
        && !HOME_LATE_LAST_NIGHT.is_match(before))
        || ARRIVAL_TOLD_AFTER_WHY.is_match(just_before(lower, at, 160))
}

/// A child who came home late, just before a time: "went out to play and
/// didn't come back till gone 11" is the night before, not an arrival.
static HOME_LATE_LAST_NIGHT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(didn't|did not|never|wasn't|weren't) (come|get|got|been) (back |home |in )?(till|until|til|before)( gone| after| about| around)?\s*$",
    )
});

/// Someone coming to the home, just before a time: "the police are coming
/// round at 10" is a visit, not the child arriving.
static VISITOR_COMING: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(come|comes|coming) (round|over|out|to (the|our|my) (house|home|flat)|to see (us|me|her|him|them))\b[^.]{0,18}$",
    )
});

/// The sender coming for the child, just before a time: "I'm coming to get
/// Grace at 1", "I'm on my way and will collect her at 2" is a collection,
/// not the child arriving.
static COMING_TO_COLLECT: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b((come|coming) (in |over |down |up )?(to|and)|on (my|our) way to) (get|collect|pick|fetch|grab)\b[^.]{0,25}$|\b(collect|pick (\w+ )?up|fetch) (him|her|them|\w+)( up)? (at|for|by|about|around)\s*$",
    )
});

/// Whether the words just after byte `at` make a time there an arrival:
/// "Jakub maybe 10:00 in school", "10.30 at school".
pub fn is_arrival_said_after(lower: &str, at: usize) -> bool {
    ARRIVAL_AFTER.is_match(&lower[at..])
}

static ARRIVAL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"^\s*(o'?clock\s+)?(in school|at school|in class|at the school|at the gate|at the office)\b",
    )
});

/// The time told last, after why: "I'll bring Zack in myself but I have
/// to wait for my sister to sit with the baby, so it'll be about half 10",
/// "Grandad's going to walk Milo down but it'll be slow going, probably
/// half nine".
static ARRIVAL_TOLD_AFTER_WHY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(bring|bringing|drop|dropping|take|taking|walk|walking|drive|driving) (him|her|them|\w+) (in|down|over|to school)\b[^.]*\b((it'll|it will|that'll|that will|we'll|we will) be (about|around|roughly)|probably|roughly)\s*$",
    )
});

/// Whether the words just before byte `at` make a time there an arrival
/// at school ("in by 10:30", "be at school by 9"), not at somewhere else
/// ("we need to be there by 3").
pub fn is_school_arrival_before(lower: &str, at: usize) -> bool {
    SCHOOL_ARRIVAL_CUE.is_match(just_before(lower, at, 60))
}

static SCHOOL_ARRIVAL_CUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(be in|in by|in for|in about|in around|in school|be at school|back at school)\b[^.]{0,18}$",
    )
});

/// Whether the words just before byte `at` make a time there an hour of
/// the night's sleep ("didn't get to bed till 3", "was up at 4 being sick",
/// "woke at 2"), never an arrival.
pub fn is_sleep_before(lower: &str, at: usize) -> bool {
    SLEEP_CUE.is_match(just_before(lower, at, 40))
}

static SLEEP_CUE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(bed|sleep|slept|asleep|awake|woke|woken|wake|settle|settled|(was|were|been|stayed|kept \w+|sat) up)( \w+){0,2}? (until|till|til|at|since|from)\s+(about |around |gone )?$",
    )
});

/// Whether the words just before byte `at` make a time there a deadline
/// for a worry ("if he hasn't turned up by 9 could someone ring me"), not
/// an arrival.
pub fn is_deadline_if_not_there_before(lower: &str, at: usize) -> bool {
    DEADLINE_IF_NOT_THERE.is_match(just_before(lower, at, 50))
}

static DEADLINE_IF_NOT_THERE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bif (he|she|they|\w+)('s|'re| has| have| is| are)? (hasn't|has not|haven't|have not|isn't|is not|aren't|are not|not|doesn't|does not|don't|do not|hasnt|havent|isnt|didn't|did not) (\w+ ){0,2}(by|before)\s+(about |around )?$",
    )
});

/// Whether the words just before byte `at` tell of a child already dropped
/// off then.
pub fn is_drop_off_before(lower: &str, at: usize) -> bool {
    DROPPED_CUE.is_match(just_before(lower, at, 30))
}

/// Whether the text says a child is ill now; not as a supposition ("if
/// she's still poorly after half term I'll let you know").
pub fn speaks_of_illness_now(lower: &str) -> bool {
    ILL_NOW
        .find_iter(lower)
        .any(|m| !SUPPOSED.is_match(just_before(lower, m.start(), 24)))
}

/// A clause opened as a supposition, up to the words that follow.
static SUPPOSED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(if|in case|unless|whether)\b[\w\s]{0,20}$"));

/// The words saying what the text is about besides an absence it may
/// report. A season's greeting opening a report ("Happy new year! Kian
/// has a temp") is no other business.
pub fn about_something_else_words(lower: &str) -> Option<&str> {
    ABOUT_SOMETHING_ELSE
        .captures_iter(lower)
        .find(|c| c.name("greeting").is_none())
        .and_then(|c| c.get(0))
        .map(|m| m.as_str())
}

/// What a message says it is about, when that is not an absence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    Thanks,
    Complaint,
    AnAppointmentAfterTheDay,
    /// A question, new details, the school run, lost property and the like.
    Other,
}

/// The first words saying what the text is about, when that is not an
/// absence, and what they are: a thank-you or something else.
pub fn about_something_else(lower: &str) -> Option<(Topic, &str)> {
    let found = ABOUT_SOMETHING_ELSE.captures(lower)?;
    let thanks = found.name("thanks").or(found.name("thanks_said")).is_some();
    let topic = if thanks { Topic::Thanks } else { Topic::Other };
    Some((topic, found.get(0)?.as_str()))
}

pub fn raises_complaint(lower: &str) -> bool {
    COMPLAINT.is_match(lower)
}

/// The words of a complaint or a request to correct a record, if any.
pub fn complaint_words(lower: &str) -> Option<&str> {
    COMPLAINT.find(lower).map(|m| m.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn someone_else_on_the_school_run() {
        for text in [
            "i'm on a course this afternoon, so her grandma will be collecting nina today",
            "adam's grandparents will be doing drop-off and pick-up",
            "grandma is dropping off and picking up layla and sami all this week",
        ] {
            assert!(someone_else_takes_the_child(text), "{text}");
        }
        assert!(!someone_else_takes_the_child(
            "she's staying at home with her grandma"
        ));
    }

    #[test]
    fn words_of_absence_ahead_and_words_that_only_look_like_them() {
        assert!(reports_absence(
            "so fatou will miss the last two weeks of term"
        ));
        assert!(reports_absence(
            "please can harleen have leave from monday 2nd november"
        ));
        assert!(reports_absence("i've filled in the term time leave form"));
        assert!(reports_absence("all 3 off 😷🤒 nasty flu in the house"));
        assert!(reports_absence("kids off, flu"));
        // Off last in its sentence, before words that would say she is
        // fine.
        assert!(reports_absence(
            "he has a migraine so we're keeping him off. he'll be fine"
        ));
        assert!(!reports_absence("i'll drop him off. thanks"));
        assert!(!reports_absence("do they hav 2 stay off?? x"));
        assert!(reports_absence(
            "the boys were up all night after the fire alarm, they're in no state for school"
        ));
        assert!(reports_absence(
            "jada and malachi are staying with me today"
        ));
        assert!(!reports_absence(
            "he's staying with me this week while his mum is away"
        ));
        assert!(!reports_absence(
            "noah went missing in tesco for 5 mins yesterday, gave us a fright"
        ));
        assert!(reports_absence("noah went missing last night"));
        assert!(!reports_absence(
            "could you let me know what date the christmas play is? my mum wants to book the day off"
        ));
        assert!(reports_absence(
            "he's going to miss his first day in year 1"
        ));
        assert!(!reports_absence("he's a barrister, not in trouble!"));
        assert!(!reports_absence(
            "new number for grandma, her old one isn't in use any more"
        ));
        assert!(!reports_absence(
            "she sprained her ankle so she can't run in sports day"
        ));
        assert!(!reports_absence("he won't be taking part in pe this week"));
        assert!(reports_absence("she can't get in today"));
        assert!(!reports_absence(
            "we fly on the 23rd for my cousin's wedding, so no school missed"
        ));
        assert!(reports_absence(
            "jayden's been at his dad's and his dad isn't bringing him back till lunchtime"
        ));
        assert!(!reports_absence(
            "he will take him to algeria and not bring him back"
        ));
        assert!(reports_absence(
            "selam and yonas come with us to church and family lunch"
        ));
        assert!(!reports_absence("she'll come with me to school after"));
        assert!(reports_absence(
            "megan's shattered so i've let her sleep. she'll be in tomorrow"
        ));
        assert!(reports_absence(
            "hay's cut, so tom's going to stay and help his dad today"
        ));
        assert!(!reports_absence(
            "he's learnt his lesson! the knife stays at home"
        ));
        assert!(reports_absence("she stays at home today"));
        assert!(reports_absence(
            "she's got a barking cough so she's staying in bed, gutted to miss the first day back"
        ));
        assert!(!reports_absence(
            "it's been glued at the walk-in so he's in school but no pe please"
        ));
    }

    #[test]
    fn asking_whether_the_child_may_come_in() {
        for text in [
            "theo's got conjunctivitis, can he still come in?",
            "daisy has headlice 😩 can she still come in or does she need to stay off until they're gone??",
            "issy's got nits again, treated her last night, she's ok to come in isn't she?",
            "will he be ok to come in tomorrow if he's still got a bit of a rash? its not itchy",
        ] {
            assert!(asks_if_the_child_may_come_in(text).is_some(), "{text}");
        }
        for text in [
            "jayden's got conjunctivitis. is he ok to come in with it? if not i'll keep him home today",
            "she's off today with a temperature. can she come back tomorrow?",
            "ethan was sick in the night, is it 48 hours before he can come back?",
            "skye's poorly with her tummy, sorry forgot to ring. but harley should be in??",
        ] {
            assert!(asks_if_the_child_may_come_in(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_child_at_a_clinic_now_and_not_a_grown_up() {
        assert!(at_a_clinic_now(
            "yusuf is at the hospital for his blood test, will have him in before lunch"
        ));
        assert!(at_a_clinic_now(
            "he's at the dentist, will bring him in after"
        ));
        assert!(!at_a_clinic_now(
            "his mum is at the hospital so grandma is collecting him"
        ));
    }

    #[test]
    fn a_complaint_is_the_senders_not_a_child_complaining_of_pain() {
        assert!(raises_complaint(
            "i want to know what the school is going to do"
        ));
        assert!(raises_complaint(
            "i want to know what is being done about this boy"
        ));
        assert!(raises_complaint(
            "someone needs to sort this out, i want to speak to the head"
        ));
        assert!(!raises_complaint(
            "isla has been complaining of a sore head"
        ));
        assert!(!raises_complaint("she's upset that her friend moved away"));
    }

    #[test]
    fn lateness_foreseen_or_in_air_traffic_is_none_reported() {
        assert!(late_now_and_then("maybe they are late some days"));
        assert!(!late_now_and_then("sorry she'll be late today"));
        assert!(!speaks_of_lateness(
            "our flight was cancelled because of the air traffic control strike"
        ));
    }

    #[test]
    fn a_club_missed_or_no_school_missed_is_no_absence() {
        assert!(
            about_something_else_words(
                "hi can u let mrs patel know dylan wont be at football club"
            )
            .is_some()
        );
        assert!(about_something_else_words("her grandma will be collecting her today").is_some());
        assert!(!reports_absence(
            "dylan wont be at football club tomorrow after school as hes going to his dads"
        ));
        assert!(reports_absence("dylan won't be at school tomorrow"));
        assert!(misses_no_school(
            "the funeral's on saturday so she won't miss any school"
        ));
        assert!(!misses_no_school("she will miss school on monday"));
    }

    #[test]
    fn an_absence_told_of_yesterday() {
        for text in [
            "sorry i forgot to let u know lily-mae was off yesterday with a bad tummy",
            "he wasn't in yesterday, he had a migraine",
            "i kept her home yesterday",
        ] {
            assert!(absent_before_today(text), "{text}");
        }
        assert!(!absent_before_today("he hurt his wrist yesterday"));
    }

    #[test]
    fn nobody_to_take_the_child_is_an_absence() {
        assert!(reports_absence(
            "sorry nobody can bring kayla today ive been in bed for days"
        ));
        assert!(reports_absence("no one to take him, car's broken"));
        assert!(!reports_absence("nobody can believe how tall she is"));
    }

    #[test]
    fn complaints_are_heard() {
        for text in [
            "i'm not happy that noah has been kept in at lunchtime",
            "i am unhappy about how she was spoken to",
            "this is unfair",
            "please can you amend her record",
            "i'd ask that the warning be withdrawn",
        ] {
            assert!(complaint_words(text).is_some(), "{text}");
        }
        assert!(complaint_words("she's happy with her new class").is_none());
    }

    #[test]
    fn time_off_implied_by_the_48_hour_rule() {
        assert!(implies_time_off("the 48 hour rule"));
        assert!(implies_time_off("off for 48hrs after being sick"));
        assert!(!implies_time_off("she's back in today"));
    }

    #[test]
    fn a_child_taken_somewhere() {
        assert!(takes_the_child("we're taking her to the zoo as a treat"));
        assert!(takes_the_child("i'll take the kids to the beach"));
        assert!(!takes_the_child("it's her birthday, can she take cakes in"));
    }

    #[test]
    fn collecting_early_phrases() {
        for text in [
            "i'll pick her up at 1 for the dentist",
            "we will collect him at lunchtime",
            "collected isla at lunchtime, she was sick in class",
            "fatima has been collected at 11",
            "could noah leave at 1.30 that day?",
            "hi, can iris be collected at 12 tomorrow? we're heading to the airport",
            "would it be possible for george and ellie to finish at lunchtime tomorrow?",
            "could finley finish at lunchtime on friday please?",
            "jude has his dentist at 2 so i'll get him at 1.30",
            "stanley will be picked up at 1.30 today by his grandad",
            "got the call from the office, i'm on my way to get her, be there about half 12",
            "his foster carer will collect him from reception at 12.45",
            "can i get the kids early today about 1",
            "she'll need to leave at lunchtime that day",
            "i'll bring him in for his test this morning and collect him at lunch",
            "we'll drop her at breakfast club and then pick her up at 1.15",
        ] {
            assert!(collecting_early(text), "{text}");
        }
        assert!(!collecting_early("do not let his dad collect him"));
        assert!(!collecting_early(
            "grandad will drop her at 8.45 and collect her at 3.15"
        ));
        assert!(!collecting_early(
            "is it a home or away game and what time should we pick him up?"
        ));
    }

    #[test]
    fn absence_phrases() {
        for text in [
            "leo won't be in",
            "not going to make it in today",
            "there's no way the boys will make it in today",
            "elif bugün okula gelemeyecek",
            "keeping her home today x",
            "i'm keeping the kids home on monday and tuesday",
            "so she's off",
            "he not come today",
            "she cannot come to school today",
            "the school runs are cancelled so jordan's stuck at home again",
            "denis is with me, we have a problem at home",
            "kieran aint coming in, he's been sick all night",
            "they're too upset for school today, sorry",
            "his friend says he never went in",
            "zion was at his dad's last night and his dad didn't take him in",
            "i've got tinashe with me",
            "kuba had fever yesterday and today also at home",
            "sorry i can't get the kids to school",
            "had to keep jade home today to look after her brother",
            "i couldn't get tom in this morning",
            "none of them will be in today",
            "harjot and simran off tomorrow for vaisakhi",
            "i am writing to ask permission for gethin to be absent",
            "no school today",
            "she's at home today",
            "kayden never came home last night, police are looking",
            "evie off with a headache",
            "ruby will miss mon, wed and fri next week",
            "leo has been signed off by the consultant until after half term",
            "she's coming in at lunchtime after her hearing test",
            "he'll be back by lunch",
            "my neighbour has the kids but she can't bring them to school",
            "his wrist has swelled right up, we're off to a&e to get it xrayed",
            "she's hurt her ankle, taking her to the walk-in",
            "he's not himself at all, we're keeping him with us today and ringing the doctor",
        ] {
            assert!(reports_absence(text), "{text}");
        }
    }

    #[test]
    fn not_absence_phrases() {
        for text in [
            "he was off with a chest infection and i rang in",
            "is it pe on thursdays?",
            "please update my mobile number",
            "she's in!! i dropped her at the gate",
            "the alarm didn't go off",
            "her grandad is collecting her today at home time",
            // Lost property is no child missing.
            "hi ollie is missing his reading book, has anyone seen it",
            "ruby's water bottle didn't come home yesterday",
            "our cat went missing at the weekend and freya is very upset",
            "she is practising her lines at home non-stop",
            "we had it checked at the walk-in and she's fine",
            "he had steri strips at a&e last night, he's fine",
            "her nonna will drop her off and pick her up this week",
        ] {
            assert!(!reports_absence(text), "{text}");
        }
        assert!(reports_absence("she didn't come home last night"));
        assert!(reports_absence("he is missing"));
        assert!(!reports_absence(
            "her bail conditions say she can't come near us"
        ));
    }

    #[test]
    fn attending_phrases() {
        assert!(says_attending("ben will be in as normal"));
        assert!(says_attending("she is in, she was at breakfast club"));
        assert!(says_attending(
            "he should be in, his nan walked him in this morning"
        ));
        assert!(says_attending("he'll be in. thanks"));
        assert!(says_attending(
            "the hospital said she can do everything except pe this week"
        ));
        // A part that is a name and "in": "twins have the bug. jude in".
        assert!(says_attending("jude in"));
        assert!(says_attending("rose is in with her dad"));
        assert!(says_attending("millie is walking up with my neighbour"));
        assert!(!says_attending("he is walking with crutches"));
        // Surprise is no question.
        assert_eq!(
            about_something_else_words("she has shingles?! off until the end of the week"),
            None
        );
        assert!(about_something_else_words("is she ok to come back?").is_some());
        assert!(says_attending("jude's in today."));
        assert!(!says_attending("off today. will drop him in"));
        assert!(!says_attending(
            "she had a seizure at 5am. she'll come in this afternoon if she feels ok"
        ));
        assert!(says_attending(
            "he won't be off, his grandparents will do drop off and pick up"
        ));
        assert!(!says_attending(
            "we're getting it x-rayed this morning. will bring him in after if it's not broken"
        ));
        assert!(!reports_absence(
            "freddie is not affected and will be in as usual"
        ));
        for text in [
            "we won't be able to get either of the children in today",
            "nursery said stay off til the blisters are dry",
            "we would need to take ciaran and niamh out from the wednesday to the friday",
        ] {
            assert!(reports_absence(text), "{text}");
        }
        for text in [
            "neither of the kids will be in today",
            "none of my lot will be in today",
            "neither of them will be in today",
        ] {
            assert!(!says_attending(text), "{text}");
            assert!(reports_absence(text), "{text}");
        }
        // Said before, and taken back.
        assert!(!reports_absence(
            "i said yesterday poppy would be off till thursday but she's loads better, so she'll be in today after all"
        ));
        // Treatment had on a day gone by is no day away.
        assert!(!reports_absence(
            "she cut her knee open at football on saturday and had to have it glued at a&e"
        ));
        // A doubt is no child in.
        assert!(!says_attending(
            "she's now got a temperature of 39. i don't think she'll be in."
        ));
        assert!(says_attending("so i'm sending her in, she's had calpol"));
        assert!(says_attending("is it ok if she comes in and watches?"));
        assert!(!reports_absence(
            "thank you for everything. she's off to calderdale college in september"
        ));
        assert!(reports_absence(
            "the surgeon says two weeks off school to avoid infection"
        ));
        assert!(reports_absence(
            "can i take ellie out on thursday please (last day of term)?"
        ));
        assert!(!reports_absence(
            "cut his head open on saturday, 3 stitches at a&e but he's fine and coming in today"
        ));
        assert!(reports_absence(
            "still fast asleep so i'm letting him have the day"
        ));
        assert!(reports_absence(
            "there's no way for harvey to get in today, he'll log on to teams"
        ));
        assert!(reports_absence(
            "i got them dressed but i can't bring them, i have to get to my school"
        ));
        assert!(says_attending(
            "she'll be a zombie tomorrow lol, she'll still be in though"
        ));
        assert!(!reports_absence("toby staying for the afternoon as normal"));
        assert!(reports_absence(
            "keeping dean in today. found cash in his bag"
        ));
        assert!(reports_absence(
            "callum has a bad cold so he's staying in today"
        ));
        assert!(!reports_absence(
            "is school open tomorrow? he reckons it's a training day but he'd say anything for a day off"
        ));
        assert!(says_attending(
            "she has her exam, so she is definitely in all day!"
        ));
        assert!(!says_attending("she is definitely in pain"));
        assert!(says_attending(
            "looks worse than it is! they're both in school"
        ));
        assert!(!says_attending(
            "she'll come in after, about 11.30. hope that's ok"
        ));
        assert!(says_attending("that's fine, she's ok now and back in"));
        assert!(!says_attending("he's in pain"));
        assert!(says_attending("she's in but might be a bit teary today"));
        assert!(says_attending(
            "our old dog died last night, she might be a bit sad today"
        ));
        assert!(says_attending(
            "tahmina and tahmid will be in school tomorrow"
        ));
        assert!(says_attending(
            "i've put her antihistamine in her bag, could someone give it to her at lunchtime"
        ));
        assert!(says_attending("she's absolutely fine now"));
        assert!(says_attending(
            "layla feels better now so she will come to school today"
        ));
        assert!(!says_attending("jess has a migraine"));
        assert!(says_attending("today is better and he come to school"));
        assert!(!says_attending("he didn't come to school"));
        assert!(!says_attending(
            "so betty will come back to school on tuesday 3rd november"
        ));
        assert!(!says_attending("sophie is not feeling well today"));
        assert!(!says_attending(
            "jess has a migraine, her brother is fine and will be in"
        ));
    }

    #[test]
    fn questions_whether_the_school_is_open() {
        for text in [
            "hi is there no school tomorrow, is it a training day? want to book her dentist if so",
            "is school closed this friday (27th) for an inset day? i'm trying to sort childcare",
        ] {
            assert!(asks_if_school_is_open(text).is_some(), "{text}");
        }
        assert!(asks_if_school_is_open("she is off today, is that ok?").is_none());
    }

    #[test]
    fn thanks_signing_off() {
        assert_eq!(
            thanks_at_the_end("he wants to be a police officer now 😂 thank you"),
            Some("thank you")
        );
        assert_eq!(
            thanks_at_the_end("harry will walk home. thanks!! x"),
            Some("thanks!! x")
        );
        assert_eq!(
            thanks_at_the_end("thank you for letting me know, she is off"),
            None
        );
    }

    #[test]
    fn ill_now_phrases() {
        for text in [
            "haniya has it now as well",
            "she was sick at 4am",
            "he was up being sick in the night",
            "max has a temp",
            "poorly 🤢",
            "brandon sick",
            "safiya has hand foot and mouth",
            "zara and sahar are sik",
            "both girls have come down with the bug",
            "fatima and yusuf have both come out in chickenpox now",
            "ollie has tonsilitus again",
            "mya is unwel",
            "rhys has bad belly",
            "zara poorly 🤒🤢 sorry x",
            "theo sick 🤮🤮 x",
            "sorry shud of said hes got 1 of his migraines",
            "tolu has had a nose bleed since 7 that won't stop",
            // Texted with no verb: "still" says it goes on now.
            "wika sick. temp. home",
            "zach still rough 😩",
            "esi n kwame still poorly ebo back in today",
            "still got a temp so keeping her off",
        ] {
            assert!(speaks_of_illness_now(text), "{text}");
        }
        for text in [
            "wika sick. school trip form in bag",
            "she still has her reading book",
        ] {
            assert!(!speaks_of_illness_now(text), "{text}");
        }
        for text in ["she was sick last week", "she has it in her bag"] {
            assert!(!speaks_of_illness_now(text), "{text}");
        }
    }

    #[test]
    fn the_child_said_unwell() {
        let names = ["isla".to_string()];
        for text in [
            "she's got a temperature",
            "isla is still poorly",
            "she's been crying all night and been sick this morning",
        ] {
            assert!(child_said_unwell(text, &names), "{text}");
        }
        for text in [
            "her mum's ill",
            "she's been crying all night and her dad is sick",
        ] {
            assert!(!child_said_unwell(text, &names), "{text}");
        }
    }

    #[test]
    fn a_thank_you_and_nothing_else() {
        for text in [
            "thank you mrs khan 🙏🙏",
            "ok thanks",
            "thanks so much x",
            "🙏🙏😊",
            "👍🏽",
        ] {
            assert!(thanks_only(text).is_some(), "{text}");
        }
        for text in [
            "mamadou has malaria. thanks",
            "thanks, she's poorly today",
            "🤒🤮",
            "🙏🤒",
            "thank you for the lovely photos",
        ] {
            assert!(thanks_only(text).is_none(), "{text}");
        }
    }

    #[test]
    fn in_school_phrases() {
        assert!(says_in_school(
            "there is a court order now. she is in school today"
        ));
        assert!(says_in_school("he's a bit upset. he is in school"));
        assert!(says_in_school("kai will be in as normal"));
        assert!(says_in_school(
            "they glued it at the walk-in centre. he's fine to come in but no pe"
        ));
        assert!(says_in_school(
            "ben will be at breakfast club every day from monday"
        ));
        assert!(says_in_school(
            "her nanna jean will pick her up from after-school club"
        ));
        assert!(!says_in_school(
            "would it be ok for priya to have friday off?"
        ));
        assert!(!says_in_school("she's feeling better"));
        assert!(!says_in_school(
            "her brother is in school today, she's poorly"
        ));
    }

    #[test]
    fn what_a_message_is_about_instead() {
        for text in [
            "is it pe on thursdays?",
            "is there still space in the club?",
            "thank you for the lovely photos",
            "my phone number is changed, please update",
            "we have new address, 14 harehills lane",
            "his grandad will be picking him up from nursery today",
            "please can she sit near the board",
            "ruby's water bottle didn't come home yesterday",
            "he's lost his jumper",
            "please update my email address",
            "i've updated the form",
        ] {
            assert!(about_something_else_words(text).is_some(), "{text}");
        }
        for text in [
            "taking her down to the walk in centre. will update you",
            "not well today, will keep you updated",
            "the beck's flooded and the road is closed",
            "on our way, teddy will be about 10 mins",
            "mamadou has malaria. thanks",
            "merry christmas! noah has a temperature so i'm taking him to the gp this morning",
        ] {
            assert!(about_something_else_words(text).is_none(), "{text}");
        }
    }

    #[test]
    fn a_thank_you_is_told_from_other_things_a_message_is_about() {
        for text in [
            "thank you for the lovely photos",
            "just wanted to say a huge thanks - she loved the trip",
            "just a quick note to thank you and all the staff for a lovely first term",
        ] {
            assert_eq!(
                about_something_else(text).map(|(topic, _)| topic),
                Some(Topic::Thanks),
                "{text}"
            );
        }
        // The first thing said decides: a question before the thanks.
        for text in [
            "is it pe on thursdays? thank you for your help",
            "please can she sit near the board",
        ] {
            assert_eq!(
                about_something_else(text).map(|(topic, _)| topic),
                Some(Topic::Other),
                "{text}"
            );
        }
    }

    #[test]
    fn lateness_but_not_too_late() {
        assert!(speaks_of_lateness("running late sorry"));
        assert!(speaks_of_lateness("we're running a bit behind"));
        assert!(speaks_of_lateness("parking now, in at quarter past nine"));
        assert!(speaks_of_lateness(
            "caleb is at the gate now, sorry, his brother was sick in the car"
        ));
        assert!(speaks_of_lateness("on way now, overslept sorry"));
        assert!(!speaks_of_lateness("it was too late so i've kept him home"));
        assert!(!speaks_of_lateness("i'll call you later"));
        assert!(!speaks_of_lateness(
            "he's been going off after school with older lads, comes back late with new trainers"
        ));
        assert!(!speaks_of_lateness(
            "his grandad will collect him as i've gone onto late shifts"
        ));
        assert!(!speaks_of_lateness("i'm on lates this week"));
        assert!(!speaks_of_lateness(
            "travelling up on thursday after school and back late on sunday"
        ));
        assert!(!speaks_of_lateness(
            "evie will be going home with her auntie on monday as i'm working late"
        ));
        assert!(speaks_of_lateness("stuck on the ring road, 10 mins"));
        assert!(speaks_of_lateness("stuck behind a tractor"));
        assert!(!speaks_of_lateness("stuck on the sofa with a temperature"));
        assert!(!speaks_of_lateness("he gets phone calls late at night"));
        assert!(!speaks_of_lateness(
            "their dad is doing the school run, if they r late it's him"
        ));
        assert!(speaks_of_lateness("sorry if she's late, the bus is stuck"));
        assert!(!speaks_of_lateness(
            "sorry for the late answer. farhad was ill on friday"
        ));
        assert!(!speaks_of_lateness("sorry for replying so late"));
        assert!(!speaks_of_lateness(
            "i've got a training day that runs late so nana will pick zac up today"
        ));
        assert!(!speaks_of_lateness(
            "sorry to message so late, she will be in tomorrow"
        ));
    }

    #[test]
    fn arrival_cues() {
        let text = "will be there about 9.30";
        assert!(is_arrival_cue_before(text, text.find("9.30").unwrap()));
        let text = "boiler engineer at 8:30";
        assert!(!is_arrival_cue_before(text, text.find("8:30").unwrap()));
        let text = "i'm coming to get grace at 1, her nan's in hospital";
        assert!(!is_arrival_cue_before(text, text.find('1').unwrap()));
        for (text, time) in [
            ("nan's dropping harvey off at twenty past nine", "twenty"),
            ("she'll bring him in at half nine", "half"),
            ("his neighbour is bringing him in at ten past nine", "ten"),
            ("his nan is bringing him at 9.30", "9.30"),
            ("everyone's fine, will get jasmine to you for 9.30", "9.30"),
            (
                "my neighbour is bringing daniel in today, she says about ten past nine",
                "ten",
            ),
            ("trams all stuck. gonna be like 9 45", "9 45"),
            (
                "the police have shut the road. seth will be in when they open it, they're saying about 10",
                "10",
            ),
            ("she'll be in at 9.45", "9.45"),
            ("will probably be about 9.45 with both of them", "9.45"),
            (
                "car broke down on the bypass, we'll get there as soon as we can, prob 11",
                "11",
            ),
        ] {
            assert!(
                is_arrival_cue_before(text, text.find(time).unwrap()),
                "{text}"
            );
        }
        let text = "she's in! i dropped her at the gate at 8.50";
        assert!(is_drop_off_before(text, text.find("8.50").unwrap()));
        let text = "he was supposed to bring him back yesterday at 6";
        assert!(!is_arrival_cue_before(text, text.find('6').unwrap()));
        let text = "i'll take him to the dentist at 9.30";
        assert!(!is_arrival_cue_before(text, text.find("9.30").unwrap()));
    }

    #[test]
    fn a_time_then_in_school_is_an_arrival() {
        let text = "stuck on the ring road. jakub maybe 10:00 in school, sorry";
        assert!(is_arrival_said_after(
            text,
            text.find(" in school").unwrap()
        ));
        let text = "his appointment is at 10:00 in town";
        assert!(!is_arrival_said_after(text, text.find(" in town").unwrap()));
    }

    #[test]
    fn in_but_not_till_a_time_is_late_not_in() {
        let text = "both kids will be in but prob not till about 9.30, sorry!";
        assert_eq!(attending_words(text), None);
        assert!(attending_words("both kids will be in as normal").is_some());
    }

    #[test]
    fn the_end_of_a_suspension_told() {
        for text in [
            "callum's two day exclusion finishes today so he'll be back in tomorrow",
            "his suspension ends on friday",
        ] {
            assert!(tells_the_end_of_a_suspension(text), "{text}");
        }
        for text in [
            "i have received your letter about his suspension for thursday and friday",
            "can i ask what time the return meeting is on monday?",
        ] {
            assert!(!tells_the_end_of_a_suspension(text), "{text}");
        }
    }
}
