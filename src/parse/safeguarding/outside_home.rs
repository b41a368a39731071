//! Harm that reaches the child outside the home: going missing, criminal and
//! sexual exploitation (county lines, grooming), online abuse and
//! sextortion, radicalisation, and serious harm between children.

use super::cue::Cue;
use crate::domain::ConcernCategory::*;

/// A night away from home with a group that looks after the child.
macro_rules! night_out_with_a_group {
    () => {
        r"camping|scouts|cubs|beavers|brownies|guides|sleep ?over|stargazing"
    };
}

/// What a child wears, carries or is sent home with.
macro_rules! belongings {
    () => {
        r"hoodie|jacket|fleece|blazer|tie|scarf|shirt|polo|skirt|trousers|shorts|leggings|tights|dress|boots|wellies|wellingtons|plimsolls|pumps|slippers|pencil case|pens?|pencils?|calculator|folder|planner|socks|gloves|mittens|phone|ipad|tablet|headphones|earphones|airpods|earrings?|necklace|bracelet|watch|purse|wallet|money|lanyard|bus pass|letter|slip|consent form|toy|teddy|football|scooter|bike"
    };
}

/// What goes missing that is no child, and late nights that are no
/// child missing: lost kit, pets, a trip, a few minutes in a shop. A
/// belonging counts only as what went missing ("her hoodie has gone
/// missing"): elsewhere in the sentence it may be what a missing child
/// took ("she's gone missing with her phone").
macro_rules! not_a_missing_child {
    () => {
        concat!(
            r"\b(",
            night_out_with_a_group!(),
            // The journey home changed, ahead of time: "Sam's not coming
            // home on the bus tonight, he's going to Josh's for tea".
            r"|(coming|going|getting) home (on|by) the (\w+ )?bus (tonight|today|this afternoon|after school)",
            // A night at a relative's or a friend's, told as such: "didn't
            // come home last night, she begged to stay over at her dad's".
            r"|(stay|stayed|stays|staying|stop|stopped|stopping|sleep|slept) (over |the night )?(at|with) (her|his|their) (dad|daddy|mum|mummy|nan|nana|nanna|nanny|gran|granny|grandma|grandad|grandpa|auntie|aunty|uncle|cousin|friend)",
            // Longing: "she's been missing her dad terribly".
            r"|missing (his|her|their) (dad|daddy|mum|mummy|mam|nan|nana|nanna|nanny|gran|granny|grandma|grandad|grandpa|grandparents|auntie|aunty|uncle|brother|sister|friends?|best friend|cousins?|family|home|dog|cat)",
            r"|missing (him|her|them|you|us) (so much|loads|lots|terribly|that much|like mad|a lot|badly|like crazy)",
            // Not seen since a baby: family far away, no child gone.
            r"|since (he|she|they) (was|were) (a baby|babies|born|little|tiny|small|toddlers?|\d+)",
            // Fled a visit, not home: "tried to run away from the dentist".
            r"|(ran|run|running) away from the (dentist|doctor|nurse|injection|jab|bath|hairdresser|barber)",
            // A child's joke: "running away to join the circus".
            r"|(run|running|ran) away to join the circus",
            r"|lost property|name ?tape|(",
            belongings!(),
            r")s? (has |have |had |is |are |was |were |still |keeps? )*(gone |went |go |goes |going )?missing|kit|bag|book|coat|jumper|shoes?|trainers|bottle|lunch ?box|glasses|keys?|homework|uniform|cardigan|hat|reading|tooth|teeth|sock|glove|parcel|cat|dog|collie|spaniel|labrador|terrier|retriever|whippet|lurcher|puppy|pup|pony|horse|tortoise|hamster|rabbit|wasps?|bees?|spiders?|geese|goose|swans?|cows?|sheep|wedding|party|holiday|flight|airport|concert|funeral|celebration\w*|eid|diwali|christmas|we got|we didn't get|we came|(for )?(a few|a couple of|\d+|two|five|ten|few) (minutes|mins|seconds|secs)|supermarket|shopping centre|the shop)\b"
        )
    };
}

/// The apps, games and sites where strangers reach children.
macro_rules! online {
    () => {
        r"(instagram|insta|snapchat|snap|tiktok|tik tok|roblox|fortnite|minecraft|discord|whatsapp|facebook|messenger|facetime|youtube|twitch|telegram|kik|omegle|xbox|playstation|ps[45]|the internet|online|an app|a game|the game|game chat|(a |an |the )?\w+ app|(a |the )?group ?chat|chat ?room)"
    };
}

pub const CUES: &[Cue] = &[
    // Missing or not come home.
    Cue::new(
        Missing,
        r"\b((wasn't|was not|isn't|is not|weren't|were not) in (her|his|their) beds?|(went|gone|go|goes|going|has gone|had gone|been|reported (him|her|them)|report(ed|ing)? (him|her|them) as) missing|(is|was|are|were|still) missing( since| for| from| overnight| all| again| last| this|$)|(didn't|did not|hasn't|has not|haven't|never|not|wasn't|isn't) (been )?(come|came|coming|been|got|get|gone) (back )?home|(hasn't|has not|didn't|did not|not|never) (come|came|been) back (from|home|yet|since|last)|(he|she|they) (didn't|did not|never) ((get|got) (home|back|in)|(come|came) (home|back)) (until|till|til|before|after)|(he|she|they) (was|were|has been|stayed|stays|is) out (until|till|til|all night|overnight|all weekend)|(ran|run|runs|running) (off|away)|runaway|abscond\w*|(got|gets) out (of the house|at night|of (his|her) window)|(snuck|sneaks?|sneaking) out( of the house| at night| of (his|her) window)?|(he|she|they)('s| has| have| is) gone again|(no one|nobody|don't|do not|didn't) knows? where (he|she|they) (is|was|were|are|goes|go)|(won't|wouldn't|will not|doesn't|refuses to) (say|tell (me|us)) where (he|she|they) (was|were|has been|have been|goes|go)|(looking|searching|out looking) for (him|her|them)|(found|picked up) (him|her|them) (at|in|on|wandering)|(he|she) hasn't been seen|(he|she|they)('s| has| have| is)? (been )?gone (for (\w+ )?(days|nights|a few days|two days|three days|the weekend|24 hours|hours)|since (monday|tuesday|wednesday|thursday|friday|saturday|sunday|sat|sun|fri|yesterday|last night|the weekend))|(hasn't|has not|haven't|have not) been (home|back) (since|for|all)|awol|whereabouts|(not|haven't|hasn't|have not|has not|nobody has|no one has|no-one has|we've not|i've not) (seen|heard from|heard anything from|had a word from) (him|her|them|\w+) (since|for (\w+ )?(days|a day|two days|three days|hours|the weekend|a week|nights))( |$|,|\.))\b",
    )
    .unless(not_a_missing_child!()),
    // Out all night: lost kit or a trip does not explain it, so it is a cue
    // of its own, quiet only for a night away with a group.
    // "She is still missing.": the pattern above ends on a word, and a
    // word boundary never follows a full stop at the end of a message.
    Cue::new(Missing, r"\b(is|was|are|were|still) missing\s*[.,!?;]")
        .unless(not_a_missing_child!()),
    // Where the child is, withheld from the school: "she's with family,
    // that's all you need to know"; "none of your business where he is".
    Cue::new(
        Missing,
        r"\b((that's|that is|thats) all (you|u) need to know|none of (your|ur|the school's|the schools) (business|concern)|(not|nothing to do with|no) (any of )?(your|ur) (business|concern)|(i )?(don't|do not|dont) (have|need) to tell (you|u|the school|anyone) (where|why|anything|what)|mind your own( business)?|(not|i'm not|im not|i am not) telling (you|u) (where|why|anything)|(you|u) (don't|do not|dont) need to know (where|why))\b",
    ),
    // Brought to school and not there: the parent learns it from the
    // school's chase.
    Cue::new(
        Missing,
        r"\b((what do you mean|how can|how come|how is|how has|surely) (he|she|they|\w+)('s|'re| is| are| has| have)? (not|never) (there|in school|in class|at school|in|arrived|turned up|got (there|in))(\W*$|[?!.,]| today| yet| this morning)|(he|she|they) (never|hasn't|has not|haven't|have not) (arrived|turned up) (at|to|in|for) (school|class|registration)\b)",
    ),
    // Seen into school and marked away: "she's not in?? I watched her go
    // through the gate myself". (Dropped at the gate and not marked in is
    // as often the register's mistake.)
    Cue::new(
        Missing,
        r"\b(watched|saw) (her|him|them) (go|walk|run) (in|into (school|class)|through the gates?)\b",
    )
    .given(r"\?\?"),
    // Due at school with another adult, and the adult out of reach: "his
    // dad was meant to bring him in. I've rang him 4 times and his phone's
    // off".
    Cue::new(
        Missing,
        r"\b(was|is|were) (meant|supposed) to (bring|drop|take) (him|her|them)( in| off| to school)?\b.*\b(not answering|isn't answering|won't answer|not picking up|no answer|can't get (hold of|through to) (him|her)|phone('s| is) (off|dead|going to voicemail)|(rang|rung|called|phoned|tried) (him|her) (\d+|two|three|four|five|several) times)",
    ),
    // Gone to school and out of reach: "Tariq left for school at 8 like
    // normal?? He's not answering his phone".
    Cue::new(
        Missing,
        r"\bleft (for|to go to|the house for) school\b.*\b(not answering|isn't answering|won't answer|not picking up|phone('s| is) (off|dead|going to voicemail))",
    ),
    Cue::new(
        Missing,
        r"\b(stay(s|ed|ing)?|stop(s|ped|ping)?) out (all night|overnight)\b",
    )
    .unless(concat!(r"\b(", night_out_with_a_group!(), r")\b")),
    // Exploitation, criminal and sexual.
    Cue::new(
        Exploitation,
        r"\b(county lines?|(men|man|stranger|strangers|a car) (\w+ ){0,4}(offered|offering|tried to give|gave|giving) (her|him|them) (a )?(lifts?|sweets|money|vapes?|cigarettes|alcohol|drinks?)|dealing (for|drugs|weed|coke|gear)|(selling|sells|sold|shifting|moving) (drugs|weed|coke|gear) for|exploit\w*|groom\w*|traffick\w*|gang(s|ster)?|trap ?house|cuckoo\w*|drug (runs?|running|dealing|dealer)|dealers?|shotters?|older (boys|lads|men|man|guys|kids|lad|boy|girls|women|friends|people)|(men|man|lads|guys|people|friends)( who are| who's| aged| in (his|their) (twenties|20s|thirties|30s))( \d\d)?|(boyfriend|fella|man|lad|guy|bloke|someone)( who('s| is| says he's| says he is)| aged| of)? (1[7-9]|[2-9]\d)\b|(1[7-9]|[2-9]\d)[- ]?(year[- ]?old|yr old|yo) (man|men|boyfriend|lad|guy|bloke)|mature for (her|his) age|older (boyfriend|girlfriend|fella)|(earning|making|getting paid|gets paid|get paid) (money|cash|£\d*|loads)|(men|man|lads|guys|someone|somebody|people|bloke|older \w+) (\w+ ){0,4}(picking|pick|picks|picked|collect(s|ing|ed)?) (him|her) up|(people|men|lads|someone|somebody|friends) (i|we) (don't|do not|never) know|(people|men|a man|lads|someone|somebody|friends) (he|she) (didn't|doesn't|did not|does not) know|(doing|does|did|do) (deliveries|drops|runs|jobs|errands|favours|bits) for (them|some|these|those|older|people|men|lads|a man|someone|a guy|the)|(men|man|lads|guys|people|someone|a guy|a bloke) (he|she) (met|meets|has met|had met|got talking to)|(given|gave|gives) (him|her) (a|another|a new|a second) (phone|mobile|sim))\b",
    )
    // A child's friends called a gang in fun: "his whole 'gang' from
    // their Minecraft server".
    // Nor is a dog at the groomers, a dealer in swapped cards, or a gang
    // from the football club.
    .unless(concat!(
        r#"(['"“‘]gangs?['"”’]|\b(the|his|her|their) (whole |little |usual |old )gang\b|"#,
        r"\b(his|her|their) gang (of (mates|friends|pals) )?(from|at) (the )?(football|rugby|school|club|class|cubs|scouts|beavers|brownies|guides|team|street|park)\b|",
        r"\b(dogs?|pupp(y|ies)|pups?|cats?|pets?|horses?|pony|ponies|rabbits?|guinea pigs?|animals?)\b[^.!?]{0,40}\bgroom(er|ers|ing|ed)\b|\bgroom(er|ers|ing|ed)\b[^.!?]{0,40}\b(dogs?|pupp(y|ies)|pups?|cats?|pets?|horses?|pony|ponies|rabbits?|guinea pigs?|animals?)\b|",
        r"\b(pok[eé]mon|cards?|swap\w*|trad(e|ed|es|ing))\b[^.!?]{0,80}\bdealer\b|\bdealer\b[^.!?]{0,80}\b(pok[eé]mon|cards?|swap\w*|trad(e|ed|es|ing))\b)"
    )),
    // A grown man with a child he calls his girlfriend: "a man called
    // Dean, he's about 23, picks her up ... she says he's her boyfriend".
    Cue::new(
        Exploitation,
        r"\b(man|bloke|guy|lad|boyfriend|fella)\b[^.!?]*\b(he's|he is|who's|who is|aged) (about |nearly |over |at least )?(1[89]|[2-5]\d)\b",
    ),
    Cue::new(
        Exploitation,
        r#"\b((gave|give|gives|giving|buy|buys|buying|bought|send(s|ing)?|sent|paid|pays|paying|lend(s|ing)?|lent) (him|her|them) (money|cash|£\d*|a phone|phones|a new phone|free|vapes?|cigarettes|fags|alcohol|drink|drugs|weed|vodka|cider|booze|lifts?|clothes|trainers|presents|gifts|stuff|things|robux|v-?bucks|credit)|(second|extra|another|spare|burner) phone|new phone (that |which )?(i|we) (never|didn't|did not|don't)|new phones|phone (i|we) (never|didn't|did not) (buy|bought|give|gave)|(i|we) (never|didn't) (bought|buy|give|gave)|(comes?|came|coming) (home|back) (with|wiv|w) (cash|money|£|a new|new|(a )?brand new|designer|expensive)|£\d+ (in|on) (him|her|his pocket|her pocket)|(cash|money|wads?) (in|on) (his|her) (pocket|room|bag)|(small |little )?(packets?|packages?|bags?) (of (white )?powder|of pills|wrapped)|cling ?film|(keep|hold|look after|mind|carry|carrying|deliver|delivering|drop(ping)? off) (them|it|something|stuff|things|bags?|packages?) for (him|them|someone|somebody|an older|a man|people)|(lifts?|rides?) (off|from) (a |an |some )?(man|men|older|lads|guy|bloke|someone|strangers?)|(pick|picks|picked|picking) (him|her) up in (his|their|a) car|"?(working|helping out|doing jobs|doing errands|running errands|(to|would|'d|will|'ll|does|did|go|goes|went|gone|started|starts) "?work)"? for (people|some|men|lads|older|someone|somebody|a man|them|friends)|(phone )?calls? (late )?at (night|all hours)|men (coming|knocking|come) (to|at) the door|at all hours|(party|parties|gathering) (at|in) (a|some|an older \w+'s) (flat|house)|(stink(s|ing)?|stank|smell(s|ed|ing)?) of (weed|smoke|drink|alcohol|booze)|get (hurt|stabbed|beaten up|done in) if (he|she) (tells|says|talks)|if (he|she) tells|(owes|owe|in debt to) (them|someone|some|people|money))\b"#,
    )
    .unless(r"\b(nan|nana|nanna|grandma|grandad|granny|grandpa|auntie|aunty|uncle|birthday|christmas|santa|eid|tooth fairy|pocket money|chores|paper round|car boot|cake sale|lemonade|enterprise|fundrais\w*|dinner money|trip|dinner|pe|school shoes|uniform|reading book|parcel (came|arrived)|amazon|royal mail|post office|(my|the|a|her|his) (new )?(phone |mobile )?(number|no)\b|update (my|the|our) (number|details|contact))\b"),
    // Someone who waits for a child.
    Cue::new(
        Exploitation,
        r"\b((a man|men|a stranger|someone|an older \w+) (in a car )?(keeps? |kept |is |was |has been )?(waiting|hanging (round|around)|parked|sitting|lurking) (for (her|him) )?(outside|near|by|at) (the )?(school|gates?|our house|the house|the park))\b",
    ),
    // Errands and debts that tie a child to people who use them, and
    // money paid to a child to carry or drop things off.
    Cue::new(
        Exploitation,
        r"\b((pay|pays|paying|paid|giv(e|es|ing) money to) (him|her|them) (cash |money |£\d+ )?to (drop off|deliver|carry|take|hold|move|run|mind|keep|stash|hide) (\w+ )?(parcels?|packages?|packets?|bags?|stuff|things|something|gear|phones?)|(run|running|runs|ran|carry|carrying|carries|carried|hold|holding|holds|held|stash(es|ed|ing)?|hid(e|es|ing)?) (a |the |some )?(bags?|packages?|parcels?|packs?|gear|food|drugs|phones?|knives|a knife) for (some|these|those|older|men|lads|people|a man|a lad|a guy)|(in|into) debt (to|with) (them|some|older|men|lads|people)|(train|coach|bus) tickets? to [a-z]+|(older|grown) (lads|men|boys|guys|blokes) (\w+ ){0,3}(pick(ing)?|picks?|picked|collect\w*|driv\w*) (him|her|them)|(pick(ing)?|picks?|picked) (him|her|them) up in (\w+ )?cars|(made|forced|told|asked|paid|used) to (carry|take|deliver|hold|sell|move|drop off|run) (\w+ ){0,2}(stuff|things|bags?|packages?|parcels?|drugs|gear|phones?|money|cash)|(keeps|kept|keeping|took|takes|taken|holds|holding|held|has got|have got|got) (his|her|their) (passport|papers|documents|id card)( off (him|her|them)| away)?)\b",
    )
    .unless(r"\b(visa|embassy|renew\w*|passport office|home office|application|nan|nana|grandma|grandad|granny|grandpa|auntie|aunty|uncle|trip|holiday|wedding|birthday|christmas|eid|school|club|coach|his dad|her dad|their dad|my (husband|partner|brother|sister)|refund)\b"),
    // A child at work in school time: "he will not come to school this
    // week, he is working with his big brothers at the hand car wash". A
    // parent at work who cannot do the school run is no child's work.
    Cue::new(
        Exploitation,
        r"\b((he|she|they)('s| is| are|'re| was| were| will be|'ll be| has been|'s been| have been) (working|doing (a )?(shift|jobs?)) (with|for|at|on|in) (his|her|their|the|my|our) (big |older )?(brothers?|sisters?|cousins?|uncles?|dad|father|family|car wash|stall|market|business|site|farm|fair|restaurant|takeaway|shop)|(keep|kept|keeping|need|needs|needed) (him|her|them) (off |home |back )?(from school )?to (work|help (out )?(on|at|in) (the|our|my|his|her) (stall|market|shop|site|farm|business|restaurant|takeaway|car wash|yard))|(he|she|they) (must|has to|have to|had to|needs to|need to) (help|work) (out )?(at|in|on) (the|our|my|his|her|their|a|an) (\w+ )?(shop|stall|market|restaurant|takeaway|car wash|farm|salon|factory|site|business|kitchen|warehouse))\b",
    )
    .given(r"\b((won't|will not|wont|not|can't|cannot) (be )?(come|coming|be|in|going) (in|to school|at school|back)|(not|won't|wont) (be )?in school|off school|(keep|kept|keeping) (him|her|them) (off|home|back))")
    .unless_said(r"\b(collect|pick (\w+ ){0,2}up|drop (\w+ ){0,2}off|school run|take (him|her|them) (in|to school))"),
    // A child working in the family's trade on school days, again and
    // again: "Kerem will be at the shop with his uncle today, we are short
    // of staff. Same like last Tuesday", "she's brilliant on the till. Same
    // as the last few Tuesdays". One day at a parent's work is no pattern.
    Cue::new(
        Exploitation,
        r"\b(short of staff|short[- ]?staffed|(good|great|brilliant|a big|a real|very good) (help|on the till|with (the )?customers)|(on|behind) the till|serv(e|es|ing) (the )?customers|(help|helps|helping|work|works|working) (at|in|on|with) (the|our|my|his|her|their) (\w+ )?(shop|stall|market|restaurant|takeaway|cafe|salon|car ?wash|garage|business|warehouse|factory|site|farm|deliver(y|ies)))\b",
    )
    .given(r"\b(same (as|like) (last|the last|every|the other) \w+|(the )?last (few|couple of|two|three|2|3) (mon|tues|wednes|thurs|fri)days|every (mon|tues|wednes|thurs|fri)day|most (mon|tues|wednes|thurs|fri)days)\b"),
    // A child's work paying off what the family owes: "he must help at the
    // nail shop ... we still owe the boss money".
    Cue::new(
        Exploitation,
        r"\b((still )?(owe|owes|owed|owing) (the |his |her |their |our |my )?(boss|man|men|people|gang|him|them)( \w+)?( money)?|(pay|paying|work|working) (off|back) (the |a |our |his |her |my )?(debt|money we owe|what we owe|loan))\b",
    )
    .given(r"\b(he|she|they|\w+) (\w+ ){0,3}(work|works|working|help at|helps at|helping at|help in|helping in)\b"),
    // A family leaving with nowhere to go to school: "we wont be coming
    // back to fernhill, ill get the kids in a school wherever we stop".
    Cue::new(
        Neglect,
        r"\b((get|put|find|enrol) (them|him|her|the kids|the children|the boys|the girls) ((in|into) )?(a |another |a new )?school (wherever|when|once) (we|they)|wherever we (stop|end up|land|settle|stay|pitch)|(don't|do not|dont) know (yet )?where (we|they)('ll| will| are going to|'re going to)? (be|end up|go|live|stay|settle|move)|no (new )?school (place )?(for (them|him|her) )?(yet|lined up|sorted|to go to))\b",
    )
    .given(r"\b((won't|will not|wont|not) be (coming|going) back|leaving|left|moving|moved|pulled off|on the road|travelling|going abroad|last day)\b"),
    // A child taken abroad with no return the family will name: "we do not
    // know when we will come back, maybe a long time, it is family
    // matters". A child missing from education, which the school must
    // follow up.
    Cue::new(
        Missing,
        r"\b((do not|don't|dont|not sure|no idea|can't say|cannot say|unsure) (know |yet )?when (we|they|she|he|the (kids|children|girls|boys))( will|'ll|'re going to| are going to)? (come|be coming|get|be|return|be returning|coming|returning) (back|home|to (school|england|the uk|uk))|(no|without a) (return date|date to (come|return|be) back|return (flight|ticket))|one[- ]way (tickets?|flights?))\b",
    )
    .given(r"\b(abroad|flying|fly|flight|back home|overseas|to (pakistan|india|bangladesh|nigeria|ghana|somalia|somaliland|sudan|egypt|iraq|iran|afghanistan|syria|yemen|turkey|morocco|algeria|libya|kenya|ethiopia|eritrea|sierra leone|gambia|the gambia|guinea|mali|senegal|romania|bulgaria|albania|kosovo|poland|lithuania|latvia|slovakia|jamaica|sri lanka|nepal))\b")
    // A family's illness, a death or a delay explains the open return.
    .unless_said(r"\b(funeral|passed away|died|dying|hospital|intensive care|icu|(very |really |seriously |gravely )?(ill|poorly|unwell|sick)|visa (appointment|interview)|flights? (cancelled|delayed)|(until|till|once) (the|her|his|my|our) (funeral|operation|visa|passport)|(a|one|two|three|\d) (week|weeks|fortnight)|probably (a|one|two|\d) ?(week|weeks|month))\b"),
    // Online abuse and sextortion.
    Cue::new(
        OnlineAbuse,
        r"\b((offer(ed|ing|s)?|paid|pays?|paying|promis(ed|es|ing)) (her|him|them) (\w+ )?(money|cash|£\d+|gifts?|vouchers|robux|v-?bucks|credit|credits|gems|skins) (for|to send|to do|to make|in return for) (\w+ )?(pics?|pictures?|photos?|videos?|nudes?|selfies?|snaps?)|(ask(s|ed|ing)?|want(s|ed)?|beg(s|ged|ging)?|pressur\w*|demand\w*|tr(y|ies|ied|ying) to get|got|gets|made|make|makes)( (him|her|them|me))?( to send| to take| 2 send| into sending| for)? (a |some |more |him |her |rude |naughty |private |dirty |sexy )?(pics?|pictures?|photos?|photographs?|selfies?|nudes?|videos?|images?|snaps?)|sent (him|her) (a |some )?(rude|dirty|sexual|explicit|naked|nude|sexy) (\w+ )?(pics?|pictures?|photos?|messages?|videos?|images?)|explicit|upskirt\w*|deep ?fakes?|catfish\w*|(pics?|pictures?|photos?|photographs?|selfies?|videos?|images?|snaps?) (of (himself|herself|themselves)|without|with no|with (his|her) top off|naked|in (his|her) (underwear|pants|knickers|bra))|(pics?|pictures?|photos?|photographs?|videos?|images?|snaps?) (taken )?(of (him|her|them) )?(in the (changing rooms?|toilets?|loos?|showers?)|getting (changed|undressed))|nudes?|sexting|sextort\w*|extort\w*|blackmail\w*|revenge porn|(send|sends|sent|share|shared|sharing|post|posted|put|leak(ed)?|spread) (it|them|the (pics?|photos?|pictures?|videos?)|a (pic|photo|picture|video) of (him|her)) (to (all |every(one|body)|his |her |their )(\w+ )?(friends|mates|contacts|followers|family|class|school|year|parents|mum|dad)|to every(one|body)|round|around|online|all over|everywhere)|(turn|turns|turned|turning|put|puts|putting|switch|switches|switching) (on )?(her|his|their|the) (camera|cam|webcam|video) on|(pay|pays|paying) (them|him|the man|the person) (£|\d+|money)|unless (he|she|they) (pay|pays)|unless (he|she) sends?|all over (snap\w*|insta\w*|tiktok|school|the (school|group|internet|estate))|(video|pic|photo|picture)('s| is)? (all over|going round)|(video|facetime|private) call(s|ing)? (him|her)|keep (it|this|them) (a )?secret|secret from (mummy|mum|mam|dad|daddy|us|me|her parents|his parents)|(know|knows) where (he|she|you|we|they) li(ve|ves)|(asking|asked|wants|wanted|told) (him|her) to meet)\b",
    )
    .unless(concat!(
        r"\b(doctor's note|note|letter|rash|gp|certificate|receipt|form|prescription|ticket|email|dinner money|trip|wedding|school photo|class photo|photo day|passport|party|nativity|assembly|made me a|made us a|dance|project|for (her|his) (class|club|channel|project))\b",
        "|",
        carer_knows_the_way!()
    )),
    // A picture of the child passed round: "a photo of her has been sent
    // round the year 9 snapchat group".
    Cue::new(
        OnlineAbuse,
        r"\b(photos?|pictures?|pics?|images?|videos?|nudes?) of (her|him|them)\b[^.!?]*\b(sent|shared|passed|going|gone|spread|forwarded) (a)?round\b|\b(send(s|ing)?|sent|shar(e|es|ed|ing)|pass(es|ed|ing)?|spread(s|ing)?|post(s|ed|ing)?|forward(s|ed|ing)?) (a)?round (a |an |the |some )?(photos?|pictures?|pics?|images?|videos?|nudes?) of (her|him|them)\b",
    ),
    Cue::new(
        OnlineAbuse,
        concat!(
            r"\b(man|men|stranger|strangers|someone|somebody|people|adult|person|lad|guy|bloke|older \w+) (\w+ ){0,4}(on|in|from|off|over|through|via) ",
            online!(),
            r"\b"
        ),
    )
    .unless(r"\b(order(ed)?|bought|booked|booking|form|parents evening|homework|reading|maths|spelling|meeting|teams|zoom|class dojo|dojo|seesaw|tapestry|arbor|parentmail|school app|pay|payment|lesson)\b"),
    Cue::new(
        OnlineAbuse,
        concat!(
            r"\b",
            online!(),
            r" (\w+ ){0,4}(ask(s|ed|ing)?|messag\w*|talk(s|ed|ing)?|chat(s|ted|ting)?|telling|told|send(s|ing)?|sent|threat\w*|meet|video|secret|saying|said|put|posted|pics?|photos?)\b"
        ),
    )
    // Nor the school's own lesson in staying safe: "the online safety talk
    // from the police for Year 6".
    .unless(r"\b(order(ed)?|bought|booked|booking|form|parents evening|homework|reading|maths|spelling|meeting|teams|zoom|class dojo|dojo|seesaw|tapestry|arbor|parentmail|school app|pay|payment|lesson|teacher|(his|her) (friends|mates|cousins?|class)|(online|internet|e-?) ?safety|assembly|workshop)\b"),
    Cue::new(
        OnlineAbuse,
        r"\b(been |keeps |kept |was |is |started |has been )(messag(ing|es)|texting|dm'?ing|snapchatting|contacting|ringing) (her|him)\b",
    )
    .unless(r"\b(teacher|school|office|coach about|nan|grandma|grandad|auntie|uncle)\b"),
    // Radicalisation.
    Cue::new(
        Radicalisation,
        r"\b(radicali\w*|extremis\w*|terroris\w*|terror (group|attack)|jihad\w*|isis|isil|daesh|martyr\w*|far[- ]?right|nazis?|neo-?nazi\w*|white power|white pride|race wars?|holy war|swastika\w*|kuffar|kafir|kaffir|infidels?|mujahid\w*|caliphate|behead\w*|(fighters?|fighting) (for|in|and)|go (and |to |n )?fight|fight back|taking over (the|our|this) country|(are|is) taking over|great replacement|(school|mass) shootings?|shoot (up )?(the|a) school|bomb(s|ing|er)?\b|manifesto|incels?|should (all )?be (killed|wiped out|shot|bombed|gassed)|deserves? to (die|be (killed|wiped out|shot|bombed|gassed|hanged))|(killed|die|wiped out) (for|because of) (their|his|her|being) (religion|race|colour|faith|god)|(hate|hates|kill|killing|get rid of) (all )?(the )?(muslims|jews|immigrants|foreigners|gays|black people|white people|christians|pakis|asians|refugees)|(muslims|jews|immigrants|foreigners|refugees) (are|r) (taking|invading|ruining|the enemy|evil|scum|vermin)|symbols? (that |which )?(belongs?|from|of) (a |an )?(far|extremist|nazi|racist|terror|hate)|prevent (referral|team|officer)|(go|goes|going|went|gone) on about (the )?(immigrants|migrants|muslims|jews|foreigners|refugees|asylum seekers|black people|white people)|soldiers? (for|of) (england|britain|the cause|allah|god|islam|the caliphate|the race)|(meetings?|rallies|rally|marches|camps?) with (some |these |older )?(men|lads|people he met online)|(take|taking|took|get|getting) (our|the|this) country back|(all )?(the )?(muslims|jews|immigrants|migrants|foreigners|refugees|asylum seekers|black people|pakis|asians|poles|romanians) (should|must|need to|ought to|want to|wants to|are going to) (be )?(sent home|sent back|go home|go back|get out|leave|deported|kicked out|die|killed)|(drawing|drew|draws|drawn|carving|scratching) (\w+ ){0,2}symbols on (his|her|their))\b",
    )
    // The school teaching about it: "he liked yesterday's assembly about
    // extremism and online radicalisation".
    .unless(r"\b(manifesto (\w+ ){0,6}(in|for|at) (the )?(assembly|class|school council|election)|(school council|eco|plastic|climate|recycling)[^.!?]{0,80}\bmanifesto|play[- ]?fight\w*|kick ?boxing|boxing|karate|judo|taekwondo|ju[- ]?jitsu|jiu[- ]?jitsu|martial arts?|wrestling|fencing|bath bomb|photo ?bomb|bombed (it|the test)|bomb site|fighting (a |off a |off )?(cold|bug|virus|infection|fever|flu)|(assembly|assemblies|talk|lesson|lessons|workshop|session|topic|homework|project|pshe|rse|citizenship) (\w+ ){0,2}(about|on|against) (\w+ ){0,3}(extremism|radicali[sz]ation|terrorism|prevent|far[- ]right|hate crime))\b"),
    // Turned against school and everyone outside the group: "telling him
    // school teaches lies and he should not mix with non-believers".
    Cue::new(
        Radicalisation,
        r"\b((not|shouldn't|should not|mustn't|must not|can't|cannot) (to )?(mix|be friends|play|talk|sit) with (non-?believers|unbelievers|non-?muslims|kafirs?|kuffar|infidels|people who (aren't|are not) (like us|one of us|muslim|christian|white))|(school|teachers?) (\w+ ){0,2}(teach(es)?|tell(s)?|teaching|telling) (them |him |her |you |kids |children )?(lies|lying)|school is (all )?lies)\b",
    ),
    // Hatred of a people learnt at home or online: "saying the Muslim kids
    // in his class should be sent back".
    Cue::new(
        Radicalisation,
        r"\b((muslims?|black|polish|jewish|jews|asians?|foreigners?|immigrants?|refugees?|migrants?|pakis?|gypsies|travellers)( kids| children| people| families)?( in (his|her|their) class)? (should|need to|needs to|ought to|must) (all )?(be )?(sent back|go back|get out|be deported|be kicked out)|(send|sent|go) (them |em )?back (where|to where) (they|he|she) (came|come) from)\b",
    ),
    Cue::new(
        Radicalisation,
        r"\b(videos?|content|stuff|posts?|memes?|things) (about|of|on) (\w+ ){0,3}(fighters|wars?|guns|shootings?|killing|beheadings?|bombs|terror\w*|extremis\w*|race|martyrs?|jihad)\b|\bkill everyone\b|\b((white|british|english|our|us) (people|folk) (are )?(being |getting )?(replaced|wiped out|outbred|invaded)|being replaced by|replacement theory|remigration)\b",
    ),
    // Serious harm between children (child-on-child abuse).
    Cue::new(
        HarmBetweenChildren,
        r"\b(stab wounds?|knife wounds?|(been |being |was |were |got |get |keeps? getting )(jumped|attacked|beaten up|battered|assaulted|mugged|robbed|stabbed|threatened|targeted|cornered|filmed|hit|punched|kicked|pushed|shoved)|set (on|upon) by|(jump(ed|ing)?|attack(ed|ing)?|beat(en)? up|batter(ed|ing)|assault(ed|ing)|mug(ged|ging)|rob(bed|bing)|stab(bed|bing)?|kick(ed|ing)|punch(ed|ing)|stamp(ed|ing)? on|stamp(ed|ing)? on (his|her) (head|bag|phone|face|things)|spat (at|on)|corner(ed|ing)|follow(ed|ing)|held|hold(ing)?|pinn(ed|ing)|film(ed|ing)|push(ed|ing)|shov(ed|ing)|trip(ped|ping)|strangl(ed|ing)|chok(ed|ing)|threaten(ed|ing)) (him|her|them) (down|while|on the|into|in the|up|against|and|to the|outside|after school|on (the|his|her) way)|pulled (out )?(a chunk of |clumps of )?(her|his) hair|(stab|shoot|kill|hurt|batter|get|beat|do|jump) (him|her|them|his family|her family) (if|when|after)|(said|say|says|saying) (they('ll| will| would| are going to| r gonna| are gonna)|he('ll| will)|she('ll| will)) (stab|kill|hurt|batter|get|shoot|beat|jump)|knife|knives|machete|weapons?|stabbed|stabbing|(set up|made|started) a (group ?chat|page|account) (about|wiv|with|on)|(he|she) (should|shud|needs? to|ought to) (kill|hurt|die))\b",
    )
    .unless_accident(r"\b(\w*ball|butter\w*|sandwich|toast|(packed )?lunch|(birthday )?cake|cut (it|them) up|chopping|peeling|stabbing (pains?|feeling|sensation|headaches?|ache)|(knife|knives|weapons?)( crime)? (awareness|assembly|talk|workshop|lesson|week|amnesty|campaign)|(assembly|talk|workshop|lesson) (on|about) (knife|knives|weapons)|(talk|talked|talking|speak|spoke|speaking)( to (year|class|form|y) ?\w+)? about (knife|knives|weapons)|kicked off (the |a )?(bus|train|tram|coach)|kicked off to wait|(battered|hit|floored|wiped out|knocked (out|sideways|for six)|struck down) by (this|the|a|that) (\w+ ){0,2}(flu|cold|bug|virus|cough|illness|chest infection|sickness|lurgy)|spreading|horse|pony|riding|football|pe|tag|game|games|match|rugby|cricket|hockey|netball|training|(with|by) (a|the) (\w+ )?ball|by accident|accidentally|cook|cooks|cooked|cooking|baking|chopping|peeling|carving|food tech(nology)?|kitchen|bread|butter|(make|makes|making|made|cook|cooks|cooking|cooked|get|getting|eat|eating|having|during|at|after|with|for|cutting up|cut up) (the |his |her |their |our |some )?(dinner|tea)|(dinner|tea) ?(time|table)|knife and fork|cutlery|film(ed|ing)? (the|his|her) (show|play|assembly|nativity|concert|performance)|followed (by|up)|follow up|held (back|up|hands|the door|onto)|hold (on|up)|tripped (over|up)|by a (car|bus|van|lorry|bike|ball|cyclist|swing|see-?saw|roundabout|branch|door|gate|goal ?post)|(by|off) (a |the |next door's |our |his |her |their |some )?(wasps?|bees?|hornets?|dogs?|cats?|horses?|ponies|pony|cows?|heifers?|bull|sheep|goats?|geese|goose|swans?|seagulls?|insects?|jellyfish|nettles))\b"),
];

#[cfg(test)]
mod tests {
    use crate::domain::ConcernCategory::*;
    use crate::parse::safeguarding::test_support::{
        assert_each_raises, assert_harmless, assert_raises,
    };

    #[test]
    fn a_missing_child_with_her_belongings_is_raised() {
        assert_each_raises(
            Missing,
            &[
                "she's gone missing with her phone switched off",
                "he went missing on his bike after tea",
                "she went missing and took money from my purse",
            ],
        );
    }

    #[test]
    fn a_missing_child_is_raised() {
        assert_each_raises(
            Missing,
            &[
                "he didn't come home last night",
                "he didn't come home on the bus last night",
                "she didn't get in until 3am and won't say where she was",
                "tariq left for school at 8 like normal?? he's not answering his phone",
                "he's at his dad's this week, his dad was meant to bring him in. i've rang him 4 times and his phone's off",
                "he's been staying out all night and has new trainers",
                "i got up and she wasn't in her bed, her window was open",
                "she hasn't been coming home at night",
                "she hasn't come back from her dad's",
                "we reported her missing at midnight",
                "he's gone again since saturday",
                "she ran away after a row",
                "the police are out looking for him",
                "she snuck out of her window at 2",
                "she was out all night and won't say where she was",
                "what do you mean he's not there?? i dropped him at the gate",
                "she never arrived at school, i watched her walk in",
                "ruby is still missing.",
                "he is missing, we have rung everyone",
            ],
        );
        assert_harmless(
            "she had her ent check-up at the hospital, which is why she didn't come in until 11.20",
        );
    }

    #[test]
    fn exploitation_is_raised() {
        assert_each_raises(
            Exploitation,
            &[
                "he's been hanging round with older lads who give him money",
                "he's been dealing for a man called j",
                "there's a man called dean, he's about 23, picks her up in a black audi and buys her vodka and vapes",
                "some men in a car offered him a lift and sweets",
                "she's got a boyfriend who's 19",
                "he comes home with cash and a phone i never bought",
                "i found packets in cling film in his bag",
                "he's been \"working\" for people i don't know",
                "men in a car keep picking her up",
                "she keeps getting lifts off a man in his twenties",
                "they said he'll get hurt if he tells",
                "i think he's being groomed",
                "county lines",
                "they make him run bags for some older lads",
                "he's been holding packages for men he met at the park",
                "i found train tickets to cardiff in his coat",
                "older lads keep picking him up in different cars",
                "a man in a car keeps waiting for her outside school",
                "his brother's mates were made to carry stuff to blackpool",
                "he's been working at a car wash for a man who keeps his passport",
                "she won't be in this week, she's working with her uncle on the market stall",
                "we're keeping him off to help on the stall at the fair",
                "she not in school today, she has to work in the kitchen at the restaurant",
                "he is helping at the nail bar this week because we still owe the boss money",
            ],
        );
        assert_harmless("i'm working at the shop till 6 and we owe the school £12 for the trip");
        assert_each_raises(
            Exploitation,
            &[
                "he's helping at the takeaway with his dad today as we are short staffed, same as last week",
                "she's coming on the stall with me again, she's great with customers. it's been most fridays lately",
            ],
        );
        assert_harmless(
            "it's take your child to work day so she's coming to the shop with me, she'll be great on the till",
        );
        assert_each_raises(
            Neglect,
            &[
                "we're leaving on friday and won't be coming back, we'll find them a school when we get there",
                "we've moved out and dont know where we'll end up yet, so he won't be back at fernhill",
            ],
        );
        for text in [
            "he's working at the market till 6 so i'll collect her, she won't be in tomorrow",
            "she's not in today, she's working on her project for the science fair at home",
            "we're moving house but they're staying at fernhill, new address to follow",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn schoolwork_sent_home_is_no_work_for_people() {
        assert_harmless("please can you send some work for them while we are away");
        assert_each_raises(
            Exploitation,
            &[
                "he has to work for them or they'll hurt his brother",
                "she started \"work\" for some lads in town",
            ],
        );
    }

    #[test]
    fn a_passport_kept_for_a_visa_is_an_errand() {
        for text in [
            "the embassy has kept her passport for the visa so we can't travel yet",
            "the passport office has got his passport for the renewal",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_carer_who_knows_the_way_home_is_an_arrangement() {
        for text in [
            "the taxi driver knows where we live so he'll drop her home after club",
            "our neighbours are lovely, they walk her home and know where we live",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(OnlineAbuse, &["they know where we live"]);
        assert_each_raises(DomesticAbuse, &["my ex knows where we live now"]);
    }

    #[test]
    fn online_abuse_is_raised() {
        assert_each_raises(
            OnlineAbuse,
            &[
                "a man on roblox asked her to send pictures",
                "a photo of her has been sent round the year 9 snapchat group",
                "the girls in her class are sharing a photo of her in the changing room on snapchat",
                "someone on discord offered him robux for photos",
                "someone on snapchat is asking him for photos",
                "a stranger online wants her to keep it secret",
                "they said they'll send it to everyone unless he pays",
                "he was asked for nudes",
                "a lad on insta has been messaging her every night",
                "they know where he lives",
                "a man on a game told her to turn her camera on",
                "they'll send it to all his friends if he doesn't pay",
                "he says they'll post the picture unless she sends more",
            ],
        );
        assert_harmless(
            "the council taxi hasn't come again, he won't be in unless they send someone",
        );
    }

    #[test]
    fn a_manifesto_for_the_school_council_is_no_extremism() {
        assert_harmless(
            "he has very strong opinions about plastic in the ocean after his topic and has written a 'manifesto' he wants to read out in assembly",
        );
        assert_harmless("her manifesto for the school council election is on the fridge");
    }

    #[test]
    fn radicalisation_is_raised() {
        assert_each_raises(
            Radicalisation,
            &[
                "he keeps watching far right videos",
                "he says immigrants are taking over",
                "he's been watching videos about \"taking our country back\"",
                "he told a girl that all the muslims should be sent home",
                "he's been drawing symbols on his homework books",
                "he's been going to meetings where they say white people are being replaced",
                "his cousin shows him videos about fighters and martyrs",
                "a discord group sending him stuff about race wars",
                "he says he wants to go and fight",
                "his uncle takes him to meetings with older men",
                "she keeps going on about the immigrants like her brother does",
                "he wants to be a soldier for britain and fight them",
                "he says people like that deserve to be wiped out",
                "they should die for their religion, he told his sister",
            ],
        );
    }

    #[test]
    fn harm_between_children_is_raised() {
        assert_each_raises(
            HarmBetweenChildren,
            &[
                "he was attacked on the bus",
                "he came home with a stab wound",
                "three lads jumped him on the way home",
                "girls from her class pulled her hair out",
                "they said they'd stab him if he tells",
                "a boy brought a knife to the park",
                "they filmed her in the toilets",
                "an older boy pushed him down the stairs",
                "he was set upon by lads from the high school",
                // Dinner money is no kitchen accident.
                "he has to hand over his dinner money and they said they'll stab him if he tells",
            ],
        );
    }

    #[test]
    fn a_knife_in_the_kitchen_at_teatime_is_harmless() {
        for text in [
            "he cut his finger with a knife helping me make tea",
            "she nicked her thumb on a knife cutting up the dinner",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_child_not_seen_for_days_is_missing() {
        assert_each_raises(
            Missing,
            &[
                "we haven't seen him since saturday",
                "nobody has heard from her for two days",
            ],
        );
    }

    #[test]
    fn everyday_uses_are_not_raised() {
        for text in [
            "he has a stabbing pain in his side",
            "our collie ran off after a hare first thing and we've been up the fell looking for him",
            "she's selling stuff for the school fair",
            "he stayed out all night camping with the scouts",
            "her pe kit has gone missing",
            "a photo of her from sports day is on the school website",
            "she's going round to her friend's, her dad is about 40",
            "the twins have both got hand foot and mouth, apparently it's going round",
            "he left for school at 8, please tell him his dinner money is in his bag",
            "he really liked yesterday's assembly about extremism and online radicalisation",
            "harvey got hit on the head by a swing at the park last night, big lump",
            "he got hit in the head by a dodgeball at lunch club, a bit of a lump but he's fine",
            "she tried to run away from the dentist, all done now, back in school for 11",
            "he cut his thumb with a knife buttering his toast, just a plaster",
            "she's been practising drawing the maths symbols for her test",
            "sam's not coming home on the bus tonight, he's going to josh's for tea",
            "he's missing his dad who works away",
            "she missed the bus so she'll be late",
            "we didn't get home till midnight after the wedding",
            "he's missing school for the dentist",
            "can you send me a photo of the letter",
            "i've booked parents evening online",
            "he was tackled at football and pushed him back",
            "he cut his finger with a knife making dinner",
            "olly cut his finger quite deep on a knife helping me cook last night",
            "tom says he needs to bring a knife for food tech on monday",
            "frankie's class assembly on knife crime awareness was brilliant",
            "thank you for arranging the police officer to come and talk to year 8 about knife crime",
            "mia's been battered by this flu, keeping her in bed today",
            "she's fighting off a cold",
            "he's been playing roblox all weekend",
            "i sent it to the office this morning",
            "please update my number, i have a new phone",
            "mum will ring when she has a new phone",
            "she made a video for her dance class",
            "they were play fighting and she bumped her head",
            "he was kicked by a horse at riding",
            "her pe kit is missing.",
            "lucas's pe hoodie has gone missing again (navy, name tape inside)",
            "his school jacket went missing after football, is it in lost property?",
            "her reading folder has gone missing",
            "sorry, his phone is missing so he can't text you",
            "what do you mean she's not in the team?",
            "how come he's not in the photo",
            "she didn't arrive at school till 10, the bus broke down",
            "she's fallen out with her best friend and says she hates everyone",
            "our dog ran away last night and we were out looking for him till midnight",
            "he ran away from a wasp at the park and fell on his wrist",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn errands_for_strangers_are_exploitation() {
        assert_each_raises(
            Exploitation,
            &[
                "someone is paying her to deliver packages across town",
                "he says he's doing runs for some lads from the next town",
                "some men she met at the bus station keep messaging",
                "someone has given him a new phone and he won't say who",
                "he came home with a new phone that i never bought him",
                "she's come home with brand new designer trainers and says a friend got them",
            ],
        );
        assert_harmless("she went missing for two minutes at the shopping centre and got a fright");
        assert_harmless("ava has been missing her dad terribly since he went back offshore");
        assert_harmless("ollie got attacked by wasps at cadets last night, stung about 8 times");
    }

    #[test]
    fn the_schools_lessons_and_a_childs_friends_in_fun_are_quiet() {
        assert_harmless("is the online safety talk from the police for year 6 still going ahead?");
        assert_harmless(
            "apparently his whole 'gang' from their minecraft server caught it at the sleepover",
        );
    }

    #[test]
    fn a_child_seen_into_school_and_marked_away_is_missing() {
        assert_each_raises(
            Missing,
            &["he's not there?? i saw him walk in at 8.45 with his friends"],
        );
        assert_harmless("he is in?? i dropped him at the gate at 8.50 myself, must be a mistake");
    }

    #[test]
    fn a_dog_at_the_groomers_a_card_dealer_and_a_football_gang_are_quiet() {
        for text in [
            "we dropped the puppy at the groomers so we're a bit late",
            "he's turned into a proper dealer, swapped all his football cards at break",
            "him and his gang from the football club are off to a tournament on friday",
            "the game at lunch got out of hand and she got a ball in the face",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            Exploitation,
            &["i think an older lad is grooming her online"],
        );
        assert_each_raises(
            Missing,
            &["he got out of his window last night and we can't find him"],
        );
    }

    #[test]
    fn longing_grooming_horses_a_bug_and_a_butter_knife_are_quiet() {
        for text in [
            "she's been missing him loads since he went back offshore",
            "she spent the day grooming the horses at the stables",
            "he's been hit by the sickness bug that's going round",
            "she has to bring a knife for spreading for the tudor feast",
            "can i bring in a birthday cake tomorrow? do i need to cut it up first or does the class have a knife?",
            "finn cut his finger with a knife doing his packed lunch, we're at the walk in getting it glued",
            "his grandparents have not seen him since he was a baby",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_photo_sent_round_and_school_called_lies_are_raised() {
        assert_raises(
            OnlineAbuse,
            "the girls in her class are sending round a photo of her on the group chat",
        );
        assert_raises(
            Radicalisation,
            "his older cousin has been telling him that school teaches lies and that he should not mix with non-believers",
        );
        assert_raises(
            Radicalisation,
            "he's been saying the muslim kids in his class should be sent back",
        );
    }

    #[test]
    fn a_night_at_dads_a_cubs_gang_and_a_kickboxing_fight_are_quiet() {
        for text in [
            "holly didn't come home last night, she begged to stay over at her dad's after his birthday tea",
            "him and his gang of mates from cubs had a sleepover at ours",
            "she is fighting in the under-11s at the national kickboxing championships on saturday",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            Missing,
            &["she didn't come home last night and isn't answering her phone"],
        );
        assert_each_raises(
            Radicalisation,
            &["he says he wants to go and fight for isis"],
        );
    }

    #[test]
    fn a_child_taken_abroad_with_no_return_is_missing_from_education() {
        assert_raises(
            Missing,
            "we are going back home to somalia next week, we dont know when the kids will come back",
        );
        for text in [
            "we fly to lagos tonight, my father is very ill. we don't know when we'll be back",
            "not sure when we will be back from the cinema, the film is long",
            "we fly to krakow for the wedding, back on the 9th",
        ] {
            assert_harmless(text);
        }
    }
}
