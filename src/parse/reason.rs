//! Why a child is away, as a provisional DfE code, from the parent's words.
//!
//! Each code has a vocabulary; when several match, the order in
//! [`Reasons::code`] decides (a funeral outranks the flights to it, an illness
//! outranks "not feeling great"). Illness and appointment words about
//! someone else ("the baby is sick", "her dad's not well", "I've got a
//! migraine") are masked first ([`kinship`]); when they are the only
//! reason, the child is kept home for someone else.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use regex::{Regex, RegexSet, SetMatches};

use super::kinship::{self, KIN};
use super::misspelt;
use super::text::{compile, compile_set};
use crate::domain::Code;

/// A close relative gravely ill, hurt or dying, often abroad: leave in
/// exceptional circumstances. Read before other people's illness is masked.
static FAMILY_CRISIS: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(nan|nanna|nanny|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|grandparents?|",
        r"mum|mother|dad|father|uncle|aunt|auntie|cousin|(mother|father|brother|sister)[- ]in[- ]law|",
        // Grandparents as families of the roster name them.
        r"dada|dadi|nana|nani|abba|ammi|babcia|dziadek|bunica|bunicul|nonna|nonno|avó|avô|abuela|abuelo)('s)?\b",
        r"[^.!?;]{0,50}?\b((very|seriously|critically|terminally|gravely) (ill|poorly|unwell|sick)|had a (bad |serious )?(fall|stroke|heart attack)|",
        r"fell|stroke|heart attack|dying|intensive care|life support|(open heart|heart|major|emergency) surgery|passed)\b"
    ))
});
/// The end of a sender's introduction of herself by the child: "hi it's
/// Rosie's " (before "mum").
static SENDER_INTRODUCED: LazyLock<Regex> =
    LazyLock::new(|| compile(r"\b(it's|its|it is|this is)\s+\w+('s|s)\s+$"));
/// Words that are no reason of the child's for today: a festival or a
/// wedding already over ("tired after the Eid celebrations", "after my
/// brother's wedding", "late last night for Diwali"), a thing named for a
/// festival ("the Eid drama"), a guess at an
/// illness, an immunisation, a visit to the doctor already made, a pet's
/// death, a mother's postnatal depression, a court order about who may
/// collect the child, a holiday club, thanks for looking after the child,
/// a show the child goes to watch, a costume refused, an arrest in scare
/// quotes.
static NOT_TODAYS_REASON: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        concat!(
            r"\b(after|since|from|over) (the |all the |a |my |our |his |her |their )?([\w-]+'s |family |big )?",
            r"({festivals}|wedding|party|celebrations?|do)\b",
            // "At the mandir very late last night for Diwali": kept last
            // night, not today.
            r"|\b(late )?(last night|yesterday|till late|until late)\b[^.!?;]{{0,40}}?\b({festivals})\b|\b({festivals})\b[^.!?;]{{0,40}}?\b(last night|yesterday)\b",
            // "Eid night went on really late": the night over, not today.
            r"|\b({festivals})( night| party| celebrations?| dinner| meal)? (went on|was|ran|carried on|finished) (really |very |so |quite )?late\b",
            // "Eid didn't go well": the day over.
            r"|\b({festivals}) (didn't|did not|wasn't|was not) go (well|to plan|great|smoothly)\b",
            // A thing named for the festival is no keeping of it: "her
            // filming day for the Eid drama", "a video of her Eid outfit".
            r"|\b({festivals}) (drama|play|assembly|outfits?|clothes|dress|cards?|show|concert|video|photos?|pictures?|shopping|presents?|gifts?|decorations|crafts?|fair|disco|jumper|homework|project|topic|story)\b",
            r"|\b({pets})\b[^.!?;]{{0,40}}?\b(died|passed away|put to sleep|put down)\b",
            // A thing that died: "my phone died", "the car battery's dead".
            r"|\b(phone|mobile|battery|car|laptop|tablet|ipad|charger|boiler|telly|tv|engine|van)('s)? (\w+ )?(has |had |just |then )*died\b",
            r"|\bpost[- ]?natal (depression|anxiety)\b",
            // Thanks to the school: "thank you for looking after him".
            r"|\b(thank you|thanks|thank u|grateful) (so much |again )?(to (the )?\w+ )?for (all you do |letting (me|us) know and (for )?)?(look(ing)? after|caring for) (him|her|them|\w+)\b",
            // A guess is no reason: "at her dad's, I'll have to ask him.
            // Probably poorly knowing her".
            r"|\b(probably|prob|maybe|possibly|might be|must be|could be|i (think|guess|assume|suppose|expect|imagine)( (she|he|they)('s| is| are))?) (just )?(poorly|ill|sick|unwell|not well|a bug|a cold)( again)?( knowing (him|her|them))?\b",
            // Ice a child fell on is no closed road.
            r"|\b(fell|slipped|skidded|fall|slip|came)( \w+){{0,3}} on (the |some )?(ice|black ice)\b",
            // Suspended from a club, not from school.
            r"|\b(suspended|excluded) from (his|her|their|the) (\w+ ){{0,2}}(club|team|squad|league|cubs|scouts|brownies|beavers|guides|academy|bus|taxi)\b",
            // Not going back somewhere else is no refusal of school: "says
            // he doesn't want to go back there", "to his dad's".
            r"|\bgo(ing)? back (there|to (his|her|their|that) [\w']+)\b",
            // A refusal by the people who treat, house or teach: "I asked
            // for more tests and they refused".
            r"|\b(they|the (hospital|doctors?|gp|consultant|nurses?|council|school|surgery|dentist|landlord)) (have |has |had |just |then )?refused\b",
            // An appointment that is no doctor's: "her bridesmaid dress
            // fitted ... the only appointment they had", "a hair appointment".
            r"|\b(hair|hairdresser'?s?|haircut|nails?|beauty|dress|bridesmaid|suit|photos?|photographer)\b[^.!?]{{0,60}}?\b(appointments?|appts?)\b",
            // An appointment at an office is no doctor's: "an appointment
            // at the council housing office".
            r"|\b(appointments?|appts?) (at|with) (the |a |our |my )?(council|housing|bank|job ?centre|jobcentre|solicitors?'?s?|citizens advice|benefits|dwp|landlord|letting agent|estate agent|mortgage)\b",
            // The sender's own interview: "as I had a job interview".
            r"|\b(i|i've|i'm|i had|i have|my)\b( got| had| have| a| an| my)* (job|work) interviews?\b",
            // The school's own show is no licensed performance: "anxious
            // about the Christmas performance".
            r"|\b(the|her|his|their|our) (christmas|school|class|year \w+|nativity|summer|end of (the )?year|harvest|easter|leavers'?) (performance|show|play|concert|production|assembly)\b",
            // Nor another showing of it: "is there another performance he
            // could be in?"
            r"|\b(another|the other|a later|a second|the second|an earlier|the (morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday)) (performance|showing|show)\b",
            // A school outing the child is sad to miss is no reason to be
            // away: "gutted to miss the panto trip".
            r"|\bmiss(es|ing)? (the|his|her|their|our) ((class|school|year \w+) )?(\w+ )?(trip|panto|pantomime|show|party|disco|performance|concert|play|assembly|nativity)\b",
            // Advice given is no appointment: "the GP has said he needs
            // complete rest".
            r"|\b(the |our |her |his )?(gp|doctor|doctors|dr \w+|consultant|surgeon|nurse|pharmacist|111|(\w+ )?(clinic|hospital))( has| have| had)? (said|says|told (us|me|him|her|them)|advised)\b",
            // A referral is no appointment: "how the CAMHS referral goes".
            r"|\b(camhs|cahms|gp|hospital|paediatric|speech and language|salt|ot) referrals?\b|\breferr(ed|al) (to|for|from)\b",
            // Not going in without a thing is the thing, not a refusal:
            // "she wouldn't go in without her new trainers".
            r"|\b(won't|wouldn't|will not|would not) go (in|to school) without\b",
            // A test already done is no appointment: "his blood test
            // results came back".
            r"|\b(blood |covid |allergy |hearing |eye )?(tests?|scans?|x-?rays?|swabs?) results?\b",
            // An immunisation is no illness: "is the flu spray this Thursday?".
            r"|\bflu (nasal )?(spray|jabs?|shots?|vaccin\w*|immuni[sz]\w*)\b",
            // A visit already made: "he had his at the GP last week".
            r"|\b(at|to|with) (the |her |his |their )?(gp|doctor'?s?|dentist'?s?|surgery|clinic|hospital|walk[- ]in|optician'?s?|nurse) (last (week|month|term)|weeks ago)\b",
            // Ringing the doctor is no appointment: "I'm ringing the GP this
            // morning".
            r"|\b(ring|ringing|rang|call|calling|called|phone|phoning|phoned) (the |his |her |our |their )?(gp|doctor'?s?|docs|surgery|111)\b",
            // A club in the holidays is no holiday of the child's.
            r"|\bholiday (clubs?|camps?|scheme|activities|provision|homework)\b",
            // The school's own trip is no leave, wherever it goes: "the
            // Year 6 residential to the Lakes", "the class trip to the zoo".
            r"|\b((school|class|year \d+|y\d+|yr \d+) (residential|trip|visit|outing)|residential( trip| visit)?)( to (the )?[\w'-]+( [\w'-]+)?)?",
            // An order about who may collect the child is no court date.
            r"|\b(court|non[- ]molestation|protection|prohibited steps|child arrangements?|residence|contact) orders?\b([^.!?\n]{{0,40}}?\b(family |magistrates'? |county )?court\b)?|\bbail conditions\b",
            // A show watched is no performance: "taking her to the panto
            // as a birthday treat".
            r"|\b(see|seeing|watch|watching|taking (him|her|them) to|going to|tickets? (for|to)) (the |a )?(panto|pantomime|matinee|show)\b",
            // A refusal of a costume or a meal is no refusal of school:
            // "he's refusing to be anything else" for World Book Day.
            r"|\brefus\w* to (be|wear|dress up|go as|eat)\b",
            // An arrest in scare quotes is play: 'got "arrested" at the
            // fire station open day'.
            r#"|["“']arrested["”']"#
        ),
        festivals = RELIGIOUS_FESTIVALS,
        pets = PETS
    ))
});
/// The pets of British households (the kinds the PDSA and the pet food
/// trade's surveys count), as children and parents name them.
const PETS: &str = concat!(
    r"dog|puppy|pup|cat|kitten|rabbit|bunny|hamster|gerbil|guinea pig|rat|mouse|ferret|chinchilla|",
    r"budgie|parrot|canary|cockatiel|bird|fish|goldfish|tortoise|turtle|terrapin|lizard|gecko|bearded dragon|snake|",
    r"chicken|hen|pony|horse|pet"
);

/// A child refusing school, in any of the ways parents say it.
/// Not wanting to go somewhere else: "doesn't want to go to uncle
/// Darren's" is no school refusal.
pub const REFUSAL: &str = r"\b(refus\w*|(won't|wouldn't|would not|will not) go (in|to school)|doesn't want to (go|come)( (in|into school|to school|back|today|tomorrow)\b|\s*([.,!;]|$))|won't get (in the car|dressed|out of bed)|won't come out (of )?(her|his|their) room|won't leave the house|not going back)\b";
/// A refusal outright ("refusing", "won't go in"), beside which an illness
/// is not the reason; only not wanting to go ("says he doesn't want to go
/// in") gives way to one.
static OUTRIGHT_REFUSAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(refus\w*|(won't|wouldn't|would not|will not) (go|get|come|leave)|not going back)\b",
    )
});
/// Where lower-case text names a common childhood illness (the NHS's list
/// of everyday ones, by the names parents use): "chickenpox, spots came
/// out last nite", "a temperature and earache".
pub fn common_illnesses(lower: &str) -> Vec<Range<usize>> {
    static COMMON_ILLNESS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(chick?en ?pox|chiken ?pox|hand,? foot,? (and|&|n) mouth|nits|head ?lice|temp|temperature|fever|rash|sore throat|tonsil+itis|tonsils|(a|bad|heavy|stinking|streaming) cold|cough\w*|flu|(tummy|stomach|sickness) bug|sickness|vomit\w*|throwing up|d ?(&|and|\+) ?v|diarrh\w*|conjunctivitis|ear ?ache|ear infection|migraine|headache|tummy ache|stomach ache|scarlet fever|croup|sickle cell crisis)\b",
        )
    });
    COMMON_ILLNESS.find_iter(lower).map(|m| m.range()).collect()
}

/// Where lower-case text tells of a child refusing to go to school ("is
/// refusing to get out of bed", "refusing point blank to come in"); not
/// refusing to go somewhere else. Beside such a refusal, "he doesn't want
/// to go" with nowhere named is the same refusal said again, and the
/// parent at a loss over it asks for help with it ("I've tried
/// everything", "can someone call me").
pub fn refusals(lower: &str) -> Vec<Range<usize>> {
    static REFUSES_SCHOOL: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\brefus\w*( point blank| flat out)? to (come|go|get|put|leave)\b[^.!?,]{0,25}?\b(school|in|up|bed|dressed|uniform|shoes|car|house)\b",
        )
    });
    static DOES_NOT_WANT_TO_GO: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(doesn't|does not|won't|will not|didn't|did not) want to (go|come)( in| to school| back)?\s*([.,!?;]|$)",
        )
    });
    static AT_A_LOSS: LazyLock<Regex> = LazyLock::new(|| {
        compile(
            r"\b(can|could|would) (someone|somebody|you|mrs \w+|mr \w+|miss \w+|ms \w+)( or someone)? (please )?(call|ring|phone|contact)( me)?\b|\b(i've|i have|ive) tried everything\b|\b(i|we) (don't|do not|dont) know what (else )?to do\b",
        )
    });
    let mut found: Vec<Range<usize>> = REFUSES_SCHOOL.find_iter(lower).map(|m| m.range()).collect();
    if !found.is_empty() {
        found.extend(DOES_NOT_WANT_TO_GO.find_iter(lower).map(|m| m.range()));
        found.extend(AT_A_LOSS.find_iter(lower).map(|m| m.range()));
    }
    found
}

/// Whether lower-case text tells of the child's suspension or exclusion
/// from school ("I got the letter about Kyle's two day suspension").
pub fn tells_of_a_suspension(lower: &str) -> bool {
    static SUSPENDED: LazyLock<Regex> = LazyLock::new(|| compile(SUSPENSION));
    SUSPENDED.is_match(lower)
}

/// Whether a folded word is the name of a festival ("diwali", "vaisakhi"):
/// capitalised beside a child's name, it is no other child.
pub fn is_festival(word: &str) -> bool {
    static FESTIVAL: LazyLock<Regex> =
        LazyLock::new(|| compile(&format!(r"^({RELIGIOUS_FESTIVALS})$")));
    FESTIVAL.is_match(word)
}

/// Days of religious observance of the faiths of English schools (Islam,
/// Hinduism, Nepali Hinduism among Gurkha families, Sikhism, Judaism,
/// Christian Orthodox and Catholic, Buddhism, Jainism, the Baha'i faith),
/// as parents spell them.
const RELIGIOUS_FESTIVALS: &str = concat!(
    // Islam.
    r"eid( ul| al)?( fitr| adha| ul adha| ul fitr)?|bakri eid|ashura|ashoura|muharram|mawlid|milad( un nabi)?|",
    r"laylat al qadr|lailat ul qadr|night of power|hajj|arbaeen|",
    // Hinduism.
    r"diwali|divali|deepavali|holi|navratri|navaratri|dussehra|dasara|durga puja|janmashtami|raksha bandhan|",
    r"ram navami|rama navami|maha shivaratri|shivratri|ganesh chaturthi|thaipusam|karva chauth|",
    // The Nepali Hindu festivals: "Dashain", "Tihar", "Chhath".
    r"dashain|dasain|bijaya dashami|vijaya dashami|tihar|chhath( puja)?|teej|",
    // The days of Diwali after it: the new year, its offering, brothers'
    // day.
    r"bestu varas|annakut|annakoot|govardhan puja|bhai dooj|bhai duj|bhau beej|(hindu|gujarati|jain) new year|",
    // Sikhism.
    r"vaisakhi|baisakhi|gurpurab|gurpurb|guru nanak( jayanti| gurpurab)?|bandi chhor( divas)?|hola mohalla|",
    // Judaism.
    r"yom kippur|rosh hashanah?|sukkot|succot|simchat torah|shemini atzeret|pesach|passover|shavuot|",
    r"hanukkah|chanukah|purim|tisha b'?av|yom tov|chag|",
    // Christianity.
    r"(orthodox|ethiopian|eritrean|coptic) (christmas|easter|good friday)|orthodox [^.!?]{0,40}\b(christmas|easter)|(christmas|easter) \(?orthodox\)?|ash wednesday|ascension day|epiphany|theophany|",
    // A saint's or church feast, not a class's ("the Tudor feast day").
    r"feast (day )?of (the |st |saint |our )?\w+|(saint'?s?|st \w+'?s?|patronal|holy|church) feast( day)?|",
    // The Ethiopian and Eritrean Orthodox feasts: Christmas (Genna, Lidet),
    // Epiphany (Timkat), the Finding of the Cross (Meskel), Easter (Fasika).
    r"genna|ganna|lidet|timkat|timket|meskel|meskal|fasika|",
    r"holy days?( of obligation)?|first (holy )?communion|(his|her|their|my) confirmation|confirmation (mass|service|ceremony|day|retreat|class)|being confirmed|",
    // Buddhism, Jainism, the Baha'i faith.
    r"vesak|wesak|buddha day|parinirvana|paryushana|mahavir jayanti|naw-?ruz"
);

/// A place of worship alone: observance only when nothing else explains
/// the day ("my brother's wedding at the gurdwara" is a wedding).
const PLACE_OF_WORSHIP: &str = r"\b(church|mosque|synagogue|temple|gurdwara|mandir)\b";
const PERFORMANCE: &str = r"\b(licen[cs]e|pantomime|panto|performance|matinee|filming (for|on|with|at|a|an|the|in|today|tomorrow|all|is|starts|will|days?|schedule)|(he's|she's|he is|she is|they're|they are|is|are|'s|been) filming( (for|on|with|at|a|an|the|in|today|tomorrow|all|this|again|abroad|\w+day)\b|\s*([.,!;]|$))|acting job|modelling job|film shoot|tv advert|advert)\b";
const INTERVIEW: &str = r"\b(interview|audition|entrance (test|exam|assessment)|assessment (day|morning|afternoon|session)|11\+|eleven plus|(voice|choir|music) trials?|scholarship (test|exam|assessment|day)|trial day at)";
/// Representing the county or the country at a sport, which the head may
/// weigh as exceptional: not a match or a tournament alone. Below an
/// illness: "sprained her ankle at the county trials" is the ankle.
const REPRESENTING: &str = r"\b((county|regional|district|national|england|english schools'?|scotland|wales|ireland|gb|academy)( (u|under[- ]?)\d+s?)? (\w+ ){0,2}(trials?|squad|team|tournament|championships?|finals?|fixtures?|match|selection|camp|gala)|(picked|selected|chosen) to (run|play|swim|compete|race|row) for|(trials?|try-?outs?) (for|with) (the )?(county|regional|district|national|england|scotland|wales|academy)|(county|regional|district) (u|under[- ]?)\d+s?|(picked|selected|chosen) (for|to represent) (the )?(county|region|country|england|scotland|wales)|represent(ing)? (the )?(county|region|country|england|scotland|wales))\b";
/// The school's own suspension or exclusion, as a parent passes it on:
/// "Corey is suspended for Wednesday and Thursday", "his two-day
/// exclusion". An internal exclusion keeps the child in school, and a
/// suspended railway line is travel disruption.
const SUSPENSION: &str = concat!(
    r"\b(is|was|been|being|got|gets|get|'s|are|were) (now |still )?(suspended|excluded)\b|",
    r"\b(a|his|her|their|the|this|\w+'s|fixed[- ]term|(\d+|one|two|three|four|five)[- ]days?) (suspension|exclusion)\b"
);
/// Families who travel for their work: fairground and circus people,
/// showmen, and Traveller families moving for work.
const TRAVELLER: &str = concat!(
    r"\b(the fair|(with|on|round|around|to) the (\w+ )?fairs|fairground|circus|showm[ae]n|show ?people|the rides|rides on|the season|",
    // A fair of the travelling year ("building up at the Doncaster spring
    // fair"), the road and the site.
    r"the (\w+ )?(spring|autumn|horse|goose|hiring) fairs?|on the road with (us|the family|the work|the fair)|(pull|pulls|pulled|pulling) (off|onto|on to|back to|into|on) (the |a )?(site|ground|camp)\b|",
    // The family's home on the move ("moving the trailer up to Appleby"),
    // not a tractor's trailer on the road.
    r"(living in|moving|move|pull|pulling|tow|towing) (the |our )?trailers?\b|",
    r"travell?ing (with us|with the family|with the work|for (his |her |their |our )?work)|travel for work|traveller|",
    // Away with work only of the family, not a parent alone ("dad is away
    // with work" leaves the child at home).
    r"((travell?ing|going (over|away|down|up|off)|moving|on the road)|",
    r"(we|we're|were|we are|we'll be|we will be|they're|they are|they'll be|the (kids|children|family)|(he|she)('s| is|'ll be| will be))\s+(\w+\s+)?away)",
    r"\b[^.]{0,40}\b(for|with) (the |their |his |her |our )?(dad'?s |daddy'?s |father'?s )?work)\b"
);
/// Official business the school must weigh: immigration and asylum, the
/// police, the courts.
const OFFICIAL: &str = concat!(
    r"\b(home office|visa|biometric\w*|passport (office|appointment|interview|renewal)|(renew|renewing|renewal of) (his|her|their|the (kids'|children's)) passports?|asylum|immigration|embassy|consulate|high commission|",
    // An embassy or consulate in the roster's other languages.
    r"consulado|consulat|consolato|konsulat\w*|embaixada|embajada|ambasad\w*|ambasciata|ambassade|",
    r"solicitor|tribunal|citizenship ceremony|police station|police (are|were|have been) involved|social services meeting)\b"
);
/// Exceptional circumstances, including the crises the corpus codes `C`,
/// and the cultural (not religious) new years and festivals of East and
/// South-East Asian families, which `parsing.md` settles as `C` for a
/// person to weigh.
const EXCEPTIONAL: &str = concat!(
    r"\b((lunar|chinese|vietnamese|korean) new year|spring festival|tet (holiday|festival|celebrations?)|seollal|",
    r"mid[- ]autumn festival|moon festival|dragon boat festival|chuseok|",
    r"funeral|passed away|died|bereavement|wedding|getting married|married|court|",
    // A university or college visit is for the head to weigh; an interview
    // or an entrance test is not.
    r"open day|taster day|open evening|",
    // A test or exam outside school that the school does not set.
    r"(driving|theory) test|(grade \d+|music|piano|violin|viola|cello|flute|clarinet|guitar|drum|drums|singing|ballet|dance|lamda|abrsm|trinity) exam|",
    // The ceremonies around a wedding.
    r"engagement|nikah|mehndi|mehendi|sangeet|henna night|family emergency|",
    // A circumcision held on the eighth day, whatever weekday it falls
    // on: "his baby brother's bris".
    r"bris|brit milah|",
    r"moving house|move house|moving home|house move|moving day|(help|helping) with the move|removals?|new (flat|house)|",
    // A serving parent's leave before or after a deployment, which the
    // DfE's guidance names as a circumstance for the head to weigh.
    r"deploy\w*|deployment|(tour|posting) (abroad|overseas)|(serves|serving|is) in the (army|raf|royal air force|navy|royal navy|marines|armed forces|forces)|(forces|military|service) leave|r ?& ?r leave|",
    // An emergency at home: "our boiler burst in the night and downstairs
    // is flooded" (a flood on the roads is disruption to travel).
    r"(boiler|pipe|pipes|tank|water main) (has )?burst|burst (pipe|pipes|boiler|water main)|emergency plumber|",
    r"(downstairs|kitchen|house|flat|home|living room|bathroom) (is |was |got |has been )?(completely )?flooded|flooded (the |our |my )?(kitchen|house|flat|downstairs|home|bathroom|living room)|",
    // Moving away: "we're moving down to Cornwall on Wednesday".
    r"(we're|we are|we'll be|we will be|we're all) (moving|relocating|emigrating)( (up|down|over|back|away|abroad))?( to| from|\s*[,.;!?]|\s*$)|relocating|emigrating|",
    r"(house|flat|property) viewing|viewing (on|of|at) (a|the) (house|flat|property)|",
    // A looked-after child's time with their birth family, as social care
    // arranges it.
    r"family time (with|at)|(supervised )?contact (visit|session|time) with|contact with (her|his|their) birth|(at|to) the (family|contact) centre|",
    r"evicted|eviction|(we're|we are|we've been|we have been|been made|made|become|became|are|were|now|left|are now) homeless|(gone|went) into labour|in labour|giving birth|having the baby|house fire|fire at (the|our) (house|home|flat)|(a|the|women's|womens|emergency) refuge|stabbed|arrested|",
    r"police (came|come|were called|was called|called|were round|came round|had to|brought|found|arrived|took)|",
    r"(called|rang|phoned) the police)\b",
    // At the hospital for no appointment: "we're all at the hospital with
    // nan" (not "at the hospital for her asthma check").
    r"|\b(we're|we are) (all )?at the hospital(\s+(with|since|now|all|because|as|after)\b|\s*[,.;!?]|\s*$)"
);
const DISRUPTION: &str = concat!(
    // "In floods of tears" is crying: "floods" counts unless "of" follows.
    r"\b(snow|snowed|(snow ?)?drifts|drifted|flood(ed|ing|water|waters)?\b|floods( [a-np-z]| o[a-eg-z]|\s*[,.;!?]|\s*$)|road('s| is| are)? (closed|shut|blocked)|roads (are )?(closed|shut|blocked)|",
    r"(closed|shut) (with|by|due to|because of)|trains? (is |are |was |were |has been |have been )?(all )?cancell?ed|all the trains|no trains|",
    r"(because of|due to) the strikes?|(train|rail|railway|bus|tube|drivers'?) strikes?|strike (of|on) the (trains|buses|railway|tubes?)|trains (\w+ ){1,3}(are|were|have been) (all )?cancell?ed|no replacement (buses|bus|coaches)|(trains|buses|tubes|trams) (aren't|are not|not) running|",
    r"buses aren't running|no buses|gritters?|road closures?|(we're|we are|we've been|we have been) cut off|snowed in|impassable|have closed|(closed|shut|blocked) (the |our )?(bridge|road|lane|ford|a\d+|m\d+)|no way (out of|in or out|through|into) (the |our )?(village|valley|dale|town|estate|road|lane)|ford('s| is)? (up|over|flooded|in flood|too deep)|water over the road|icy|ice on the (roads?|lanes?|hills?|drive|bridge|pavements?)|(because of|due to|cos of|with all) the ice|on the ice|snow and ice|ice and snow|(roads?|lanes?) (are |is )?(iced|frozen)( over| up)?|iced (up|over)|black ice|sheet ice|",
    r"burst (its|it's|their) banks|landslip|landslide|line('s| is) (suspended|closed)|(services?|trains?|buses|trams|ferries|sailings) ((is|are|was|were|has been|have been) )?(all )?suspended|rail replacement|",
    r"cancell?ed (all )?(the )?(trains|buses|ferries)|(train|rail|bus|tube|transport) strikes?|",
    // Not a flight: a family flying home from a holiday is not on its way
    // to school.
    r"(ferry|ferries|sailings?) (were |was |are |is |has been |have been |got )?(all )?cancell?ed|(ferry|ferries|boats?)('s| is| are|'re)? not (sailing|running|going)|no (ferry|ferries|sailings))\b"
);
/// School transport that failed: "the taxi didn't come", "no driver" (not
/// "a taxi brought her home").
const TRANSPORT: &str = concat!(
    r"\b(no (driver|escort|taxi|transport|minibus)|transport team|(it's|its|it is) the (taxi|transport|minibus|escort)( again)?|waiting for (the|his|her|their) (taxi|minibus|transport))\b|",
    r"\b(taxi|cab|school bus|bus|council transport|transport|minibus|escort|driver)\b[^.]{0,30}?",
    r"\b(didn't|did not|hasn't|has not|not|never|no[- ]show|cancell?ed|broke( down)?|late|forgot|isn't|wasn't|won't)\b"
);
/// Transport the council or school provides, not a public service.
static COUNCIL_TRANSPORT: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"\b(taxi|cab|council transport|transport team|school bus|minibus|escort)\b")
});
/// A procedure to come: "having two wisdom teeth removed", "a tooth out".
macro_rules! procedure_to_come {
    () => {
        concat!(
            r"(having|have|has|getting|get|booked in to have|due to have|going to have|to have) ((his|her|their|a|an|two|three|\d+|some) )?(\w+ )?",
            r"(teeth|tooth|tonsils|adenoids|grommets|metalwork|plates?|pins|stitches|mole|cyst|lump|nails?|verrucas?)( \w+){0,2} (removed|out|extracted|taken out|pulled|put in|fitted)"
        )
    };
}

/// A procedure to come with that day's aftermath told after it: "a tooth
/// out at 10 and she'll be numb and sore after", "wisdom teeth removed
/// today, told to rest afterwards". The aftermath is the appointment's, not
/// an illness (days at home to recover are). Apart from the vocabularies,
/// which it would slow: read only when both kinds are found.
static PROCEDURE_AND_AFTERMATH: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b",
        procedure_to_come!(),
        r"[^.!?]{0,80}?\b(numb|sore|swollen|swelling|puffy|painful|groggy|woozy|drowsy|sleepy|rest|resting)\b[^.!?]{0,20}?\b(after|afterwards)\b"
    ))
});

const APPOINTMENT: &str = concat!(
    // An appointment for a long-term condition, the condition inside the
    // match: "a hospital appointment at Addenbrookes today for his asthma".
    r"\b((appointment|appt)( [\w']+){0,4}? (for|about|with) (his|her|their) (\w+ )?(asthma|eczema|diabetes|epilepsy|allergies|allergy|arthritis|scoliosis|hips?|knees?|ears|eyes|skin|heart|kidneys?|condition|hearing|feet|sickle cell|cystic fibrosis|cerebral palsy|crohn'?s|colitis|coeliac|autism|adhd)|",
    // Misspelt as parents type them: "apointment", "docters".
    r"appointments?|appts?|ap+oi?nt?ments?|doct[eo]rs'?|dentist|dental|orthodontist|orthodontic|optician\w*|eye test|eye check|hearing test|",
    r"audiology|clinic|blood tests?|hospital (tests?|check\w*|visit|treatment)|scan|x-?ray|vaccin\w*|jabs|(flu|covid|booster) shots?|immuni[sz]ations?|boosters?|injections?|physio\w*|\w*therap(y|ies|ists?)|",
    r"camhs|cahms|check ?up|operation|surgery|asthma review|specsavers|grommets|allergy test\w*|allergy clinic|(allergy|food|egg|milk|peanut|nut) challenge|",
    // Talking therapies: "her counselling session at 8.30".
    r"counsell?ing|counsell?or|play therap\w*|art therap\w*|",
    // A planned stay: "going into the Children's Hospital to have the
    // metalwork taken out" (the sender's own is the sender's: see
    // `kinship`).
    hospital_stay!(),
    "|",
    r"consultant|paediatrician|pediatrician|paediatrics?|outpatients?|eye hospital|ophthalm\w*|orthoptist|",
    // Hospital specialties by name: "her cardiology follow-up".
    r"cardiology|neurology|dermatology|urology|rheumatology|endocrinology|gastroenterology|orthopaedics?|orthopedics?|ent clinic|fracture clinic|",
    r"speech and language|occupational therap\w*|development centre|autism assessment|adhd assessment|health assessment|",
    // A condition's check or review: "her asthma check", "a diabetes review".
    r"(asthma|eye|eyes|hearing|heart|cardiac|growth|weight|diabetes|diabetic|epilepsy|eczema|allergy|kidney|",
    r"dental|teeth|development|developmental|medication|blood pressure|scoliosis|hip|spine|sleep|feeding|ears?) ",
    r"(checks?|check-?ups?|reviews?|follow-?ups?|tests?|clinic|assessment)|",
    r"mri|ecg|eeg|ultrasound|fillings?|braces?|tooth out|extraction|podiatrist|dietitian|",
    // A medical aid fitted: "her hearing aid fitting at the hospital".
    r"(hearing aids?|glasses|brace|splint|orthotics?|insoles|wheelchair|prosthetic|cast) (fitting|fitted|check)|",
    // A procedure to come: "having two wisdom teeth removed today".
    procedure_to_come!(),
    r"|",
    r"doctor'?s|dr'?s|(at|from|after|to) the doctor|doctor (ran|running|is running|was running) (late|over|behind)|docs|gp|get (it|him|her|them) checked|practice nurse|stitches (out|removed|taken out)|dressings? (changed|change)|",
    // A doctor's or dentist's visit in Polish, Romanian, Portuguese,
    // Spanish, Italian and Turkish: the message goes to a person with the
    // report it most likely makes.
    r"u lekarza|lekarz\w*|dentyst\w*|wizyt\w* u|programare la|la medic|la doctor|la dentist|",
    r"consulta|dentista|m[ée]dico|cita (con|m[ée]dica|en)|visita medica|doktor\w*|randevu\w*|(diş[çc]i|disçi)\w*)\b",
    // In Arabic, Ukrainian and Russian (stems, as for illness): a doctor, a
    // dentist, an appointment.
    r"|طبيب|دكتور|موعد|أسنان|اسنان|лікар|стоматолог|врач"
);

/// A walk-in centre, where a child ill today is seen ("watched him walk
/// in" is no visit to one).
macro_rules! walk_in_centre {
    () => {
        // NHS 111 too: "ringing 111", "111 said to keep her in".
        r"walk-in|walk in (centre|center|clinic)|minor injur(y|ies)( unit| clinic)?|(ring|rang|ringing|rung|call|called|calling|phone|phoned|phoning) 111|nhs 111|111 (said|told|advised|says)"
    };
}

const ILLNESS: &str = concat!(
    // Getting over it, kept home a day more: "feeling much better but I'm
    // keeping him home one more day to be safe".
    r"\b((feeling |feels |is |much |a lot |loads |a bit )?better,? but (i'm |i am |we're |we are |i'll |we'll |i've |we've )?(keep|keeping|kept) (him|her|them|\w+) (off|home|at home|in)\b|",
    r"poorly|unwel+|(not|isn't|aren't|wasn't) (very |that |too |so |feeling |feeling very )?well|ill|gastro\w*|had an accident|illness|sick|sickness|vomit\w*|throwing up|threw up|thrown up|throws up|bad back|back pain|backache|spasms?|(back|neck) (has )?(gone|went|locked)|d ?& ?v|diarrh\w*|",
    // Plurals too: "both got temperatures".
    r"temp|temps|temperatures?|fever\w*|cough\w*|colds?|flu|covid|chicken ?pox|migraines?|migranes?|headaches?|tummy|stomach|",
    // As parents new to English spell them: "sik, ther stomak".
    r"sik|stomak|stomack|",
    // Said bluntly: "has the shits".
    r"the (shits|squits|trots)|",
    // "A bad head": a headache, as it is said in much of England; "a bad
    // belly", a stomach ache.
    r"bad belly|belly ?ache|sore belly|(with|got|has) (his|her|their|a|the) belly|",
    // "Up since 3 screaming with his ear", "awake all night with her chest".
    r"(up|screaming|crying|awake|suffering|struggling|in pain)( [\w']+){0,4} with (his|her|their) (ears?|tooth|teeth|tummy|belly|chest|throat|stomach)\b|",
    r"bad head|shingles|sickle cell crisis|off (his|her|their) food|bad (throat|ears?|eyes?|tooth|knee|ankle|foot|wrist|neck)|",
    r"sore|ache|aches|pains?|tonsil+[aeiouy]t[aeiouy]s|conjunctivitis|croup|infections?|virus(es)?|bugs?|rash(es)?|hand,? foot and mouth|",
    r"(is|'s|was|been|are) (still )?(in|admitted to|taken to|rushed to|at the) hospital|self[- ]?harm\w*|a ?& ?e|a and e|accident and emergency|suicid\w*|kill (himself|herself|themselves)|wants? to die|depress\w*|low mood|tonsils|adenoids|grommets|",
    r"earache|toothache|otitis|ear infection|(ear|ears|tooth|throat|tummy|stomach|head|back|leg|arm) (is|are) (very |really |so )?(painful|sore|hurting)|broke (his|her|their) \w+|broken (his |her |their )?(arm|leg|wrist|ankle|foot|toe|finger|nose|collarbone)|fracture\w*|",
    // "A bad chest", "chesty".
    r"bad chest|chesty|tight chest|wheez\w*|",
    // Pain said as killing: "her throat's killing her".
    r"(throat|head|tummy|stomach|ears?|back|legs?|arms?|ribs?|neck|shoulders?|hips?|eyes?|tooth|teeth|chest|knees?|ankles?|wrists?|foot|feet)('s| is| are) (\w+ )?killing (him|her|them|me)|black and blue|",
    // Sore after a tooth taken out: "on strong painkillers".
    r"(on |taking |needs? )(strong |prescription )?pain ?killers|wisdom teeth|",
    // Caught what someone else has: "Lucas has caught it now".
    r"caught (it|something|the same( thing)?)|",
    // Or has it too: "Finn's off with a bug, and now Rory has it too";
    // "them" of spots or nits.
    r"(has|have|got|'s got|'ve got) (it|them|the same( thing| bug)?) (too|as well)|",
    r"sprain\w*|(big |huge |massive |nasty )?(egg|lump|bump) on (his|her|their|the) (head|forehead)|(banged|bumped|hit|bashed|knocked) (his|her|their) head|(did|done|put|has done|'s done) (his|her|their) (back|neck|knee|ankle|shoulder) (in|out)|twist\w* (his|her|their|an?) (ankle|knee|wrist|foot|arm|leg|back|neck)|(pulled|torn|tore|strained) (a |his |her |their )?(\w+ )?(muscle|hamstring|groin|calf|ligament|tendon|back|neck|shoulder)|strain\w* (his|her|their) (back|neck|shoulder|knee|ankle|wrist)|injur\w*|hurt\w*|bruise\w*|allergic reaction|allergies|nose ?bleeds?|nose ?bled|(bleeding|bloody) nose|nose (was |is |kept )?bleeding|bleeding from (his|her|their|the) nose|anxious|anxiety|(really |very |feeling )low|",
    // "Not herself" alone says no illness: it may be a worry at home, for a
    // person to ask about.
    r"mental health|under the weather|(not|isn't|aren't) (feeling |very |that |too |so )*(great|good|right|100)|",
    r"feel(s|ing)? (rough|rubbish|awful|dreadful|terrible|grotty)|(still|really|rly|very|v|so|proper|quite|a bit|bit) rough\b|asthma|eczema|hay ?fever|pollen|sneez(e|es|ing)|(eyes|nose) (are |is |were |was )?(streaming|running)|streaming (eyes|nose)|epilep\w*|seizures?|diabet\w*|",
    r"burning up|",
    // A fever by its feel: "still really hot so off again" (not the
    // weather: "it's still really hot").
    r"((he|she)('s| is| was| feels| felt| seems)|(he|she)'s still|still|feels|felt|feeling) (really |very |so |quite |too |still |a bit )*(hot|boiling)( to (the )?touch)?\s*([.,!;]|$|and|so|but|sorry)|",
    // A cold by its signs: "a croaky voice", "lost her voice", "bunged up".
    r"croaky|hoarse|lost (his|her|their) voice|(blocked|runny|stuffy|snotty|streaming) nose|bunged up|full of (a )?cold|",
    // A doctor's note: "the consultant has signed him off school".
    r"signed (him|her|them) off|",
    // "Very pale and lethargic, think she's coming down with something".
    r"lethargic|pale and (lethargic|tired|shaky|clammy|sweaty|floppy|hot)|coming down with (something|a |the |flu|covid)|",
    r"shivery|run down|wheez\w*|strep|impetigo|glandular|dizzy|fainted|concussion|stitches|antibiotics|",
    // Getting over an operation already had: the days after it are illness.
    r"recover(s|ing|y)? from|(to|and|time to) recover|recuperat\w*|convalesc\w*|post[- ]?op\w*|(had|after|since|following) (an |a |her |his |their |the )?(\w+ )?(op|operation|surgery|procedure)|",
    // Common childhood illnesses (NHS list) by everyday names and misspellings.
    r"noro( ?virus)?|d ?(and|n|\+) ?v|sickness and diarrh\w*|di(a|o|ah|oh)?rr?h?o?e+ah?|the runs|food poisoning|puk\w*|",
    r"malaria|hand,? foot,? (and|&|n) mouth|hfm|measles|mumps|rubella|scarlet( fever)?|",
    r"whooping cough|slapped cheek|ringworm|threadworms?|worms|conj\w*ctiv\w*|pink ?eye|sticky eyes?|",
    // "Her eye is all gunky and red".
    r"(eyes?)('s| is| are)( all| really| very| so)? (gunky|sticky|crusty|weepy|bloodshot|swollen|puffy)|(gunky|crusty|weepy) eyes?|",
    r"ear infection|glue ear|bronch\w*|pneumonia|chest infection|tonsil+[aeiouy]t[aeiouy]s|hives|uti|water infection|",
    r"kidney infection|sinus\w*|cold sores?|mouth ulcers?|teething|molluscum|verruca|feverish|high temp|",
    // Kept in hospital: "Musa was admitted to the Royal London last night
    // with a sickle cell crisis" (the sender's own, "I've been admitted",
    // is masked as theirs: see `kinship`).
    r"(was|were|has been|have been|been|got|is) admitted (to|into|last|overnight|yesterday|this|on)|sickle cell crisis|on a drip|",
    r"temp[a-z]{0,4}ture|sik|poorley|unwel|",
    // A period, not "period 3" of the timetable.
    r"period pains?|periods|(on|with|got|has|had|started|starting) (her |my |a |bad |heavy |awful )?(first )?period|(her|my) (first )?period|cramps|migrane|meningitis|sepsis|appendi\w*|rsv|corona|lurgy|swollen|abscess|",
    r"dislocat\w*|fell off|fell (down|over|out of|from) (the |a |his |her )?(stairs|steps|bed|bunk|tree|wall|swing|slide|climbing frame|trampoline|bike|scooter)|(arm|wrist|leg|ankle|foot)('s| is)? in a (sling|cast|splint|boot)|in plaster|on crutches|bump(ed)? (on )?(his|her|the) head|panic attacks?|limping|black eye|split lip|burn(s|t|ed)?|blister\w*|scald\w*|",
    r"cut (his|her|their) (knee|head|leg|arm|hand|finger|foot|lip|face)( open)?|glued|",
    // "Took the skin off both knees", "grazed his elbow".
    r"(took|taken|take) the skin off|grazed|grazes|scraped (his|her|their)|",
    // Spots as a rash: "covered in spots", "come out in spots", "spotty".
    r"(covered|come out|came out|coming out|broken out|broke out|full) (in|of) (spots|blisters|hives|lumps)|spots (all )?over|spotty|(off|home|in bed)( today| again)? with (\w+ )?spots|",
    walk_in_centre!(),
    "|",
    // Ill, sick and a fever in the roster's other languages (Polish, Romanian,
    // Portuguese, Spanish, Italian, French): the message still goes to a
    // person, but with the report it most likely makes.
    r"chory|chora|choroba|gorączk\w*|goraczk\w*|wymiotuje|bolnav\w*|febr[aăe]?|r[aă]cit[aă]?|doente|febre|enferm[oa]|fiebre|",
    // Urdu and Hindi in Latin letters: fever, ill, not well.
    r"bukhar|bimar|beemar|tabiyat (kharab|(theek|thik|thk) nahi)|",
    // Somali: ill, unwell, a fever, a cough, being sick.
    r"jiran|xanuunsan|qandho|qufac|matag|",
    // Turkish: ill, a fever, a cough, being sick.
    r"hasta|ate[sş]\w*|[oö]ks[uü]r[uü]\w*|kusuyor|kustu|kusmu\w*|a[gğ]r[iı]yor|a[gğ]r[iı]s[iı]|",
    r"malat[oa]|febbre|malade|fièvre|",
    // A child's own mental-health crisis is an illness.
    r"overdose|took (a lot of |some of |all )?(my |her |his |the )?(tablets|pills)|cutting (herself|himself|themselves|her|his)|",
    r"cuts on|scratching (her|his)|hates? (herself|himself)|wanted to die|(not )?want(s|ed)? to be alive|crisis team|mental health crisis)\b",
    // A fever by touch: "he's still really hot.", "she's roasting, so".
    // Outside the group above: it may end at a full stop, where no word
    // boundary follows.
    r"|\b(he|she|they)('s| is| are|'re)( still| very| really| so| too| a bit| quite| boiling| red)* (hot|roasting)(\s*$|\s*[.,!;]|\s+(and|so|but|to|all|again|still|today|tonight|this)\b)",
    // Arabic, Ukrainian and Russian stems (ill, a fever or temperature, a
    // cough, being sick), matched inside words: their letters have no ASCII
    // word boundaries, and prefixes join on ("وعنده حرارة").
    r"|مريض|حرارة|حرارت|حمى|سخونة|تعبان|سعال|كحة|استفراغ|يتقيأ|تتقيأ",
    r"|хвор|температур|застуд|кашл|кашель|блюв|нездуж|болеет|болен|больна|заболел|простуд|рвот",
    // Bengali and Urdu in their own scripts: ill, a fever, a cough, being sick.
    r"|অসুস্থ|জ্বর|কাশি|বমি|بیمار|بخار|کھانسی|الٹی"
);
/// Seeing a doctor, as a child ill today is: the GP, the surgery, a
/// nurse, a walk-in or urgent-care centre.
static DOCTOR_SEEN: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(gp|doctor'?s?|docs?|the surgery|(the |practice )?nurse|",
        walk_in_centre!(),
        r"|urgent care|out of hours)\b"
    ))
});

/// Whether lower-case text gives any reason in the vocabularies, whoever's.
pub fn names_a_reason(lower: &str) -> bool {
    REASONS.is_match(lower)
}

/// Whether the text tells of seeing a doctor (not a dentist, a hospital
/// clinic or a therapist, which are booked ahead), or a dentist for a
/// tooth's trouble today ("an abscess, seeing the dentist at 11").
pub fn sees_a_doctor(lower: &str) -> bool {
    DOCTOR_SEEN.is_match(lower) || (DENTAL_TROUBLE.is_match(lower) && DENTIST.is_match(lower))
}

/// Care for an illness or injury today, unbooked: a walk-in centre, a
/// minor injuries unit, A&E, 111.
static URGENT_CARE: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(",
        walk_in_centre!(),
        r"|a ?& ?e|a and e|urgent care|out of hours)\b"
    ))
});

/// On the way to urgent care or there now: "we're off to the minor
/// injuries unit", "sat in A&E" (not "it's been seen at the walk-in").
static AT_URGENT_CARE_NOW: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b((off|going|heading|on (our|my) way|taking (him|her|them)|waiting) (to|at|in|for) (the )?|(sat|sitting|stuck|we're|we are|in) (in|at) (the )?)(",
        walk_in_centre!(),
        r"|a ?& ?e|a and e|urgent care|out of hours)\b"
    ))
});

/// Whether the text says the child is on the way to urgent care, or there.
pub fn at_urgent_care_now(lower: &str) -> bool {
    AT_URGENT_CARE_NOW.is_match(lower)
}

/// Whether the text tells of a visit to urgent care ("going to the minor
/// injuries unit when it opens at 8"): an illness's, however late the
/// child comes in after it.
pub fn seen_at_urgent_care(lower: &str) -> bool {
    URGENT_CARE.is_match(lower)
}

static DENTAL_TROUBLE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(abscess\w*|tooth ?ache|tooth pain|pain in (his|her|their) (tooth|teeth)|swollen (face|cheek|jaw|gum)|face (is |all )?(swollen|big)|(broken|chipped|cracked) (a |his |her )?tooth|knocked (out )?(a |his |her )?(front )?tooth( out)?)\b",
    )
});
static DENTIST: LazyLock<Regex> = LazyLock::new(|| compile(r"\bdentist\b"));

/// Faces of illness: thermometer, nausea, vomiting, sneezing, mask, bandage.
const ILLNESS_PICTURED: &str = "🤒|🤢|🤮|🤧|😷|🤕";
static ILLNESS_WORDS: LazyLock<Regex> = LazyLock::new(|| compile(ILLNESS));
static PICTURED: LazyLock<Regex> = LazyLock::new(|| compile(ILLNESS_PICTURED));

/// Whether the only sign of illness is an emoji: a guess a person confirms.
pub fn illness_only_pictured(lower: &str) -> bool {
    PICTURED.is_match(lower) && !ILLNESS_WORDS.is_match(lower)
}

/// A sneeze or a mask, which may be hay fever or a precaution.
static FACES_IN_DOUBT: LazyLock<Regex> = LazyLock::new(|| compile("🤧|😷"));

/// Whether every face of illness in the text is one of being ill: a
/// temperature, nausea, vomiting, a bandage.
pub fn faces_all_of_illness(lower: &str) -> bool {
    !FACES_IN_DOUBT.is_match(lower)
}

/// A face of being ill, not in doubt: a temperature, nausea, vomiting, a
/// bandage.
static FACES_OF_ILLNESS: LazyLock<Regex> = LazyLock::new(|| compile("🤒|🤢|🤮|🤕"));

/// Whether the text shows at least one face of being ill.
pub fn shows_a_face_of_illness(lower: &str) -> bool {
    FACES_OF_ILLNESS.is_match(lower)
}
const UNAUTHORISED: &str = concat!(
    r"\b(overslept|over slept|slept in|slept through|up late|alarm didn't go off|birthday|treat|shopping|the shops|the sales|",
    // Up half the night on a game: "up til 3am on fortnite".
    r"(up|awake) (til|till|until|to) \d{1,2}(am| ?o'?clock)? (on|playing|gaming)|",
    // Head lice are no reason to miss school (the NHS's advice).
    r"nits|head ?lice|head-lice|lice|",
    r"new (shoes|uniform|coat|trainers)|school shoes|shoes (don't|do not|didn't) fit|haircut|hairdresser\w*|barber\w*|braids|nails done|",
    r"hair and nails|hair (appointment|appt|done)|(her|his|the|year \d+|leavers'?) (prom|ball)|",
    r"legoland|theme park|zoo|beach|seaside|cinema|light trail|tickets|day out|day trip|for the day|family day|party|",
    r"football|match|tournament|concert|",
    r"look(ing)? after (his|her|their|the|my) (little |baby |younger |big |older )?(brother|sister|siblings?|baby|little ones?|mum|dad|nan|gran)|",
    r"look(ing)? after (the baby|me|him|her|them)|(is|was|'s|be|been|needs? to|has to|had to) babysit\w*|babysit(ting)? (his|her|their|the|my|for)|no childcare|childcare|care for (me|his|her|their)|",
    // Nobody to walk the child in or mind them: childcare. (No one "to take
    // them" is often said by a parent in crisis, whose own state is the
    // reason: `N` for a person.)
    r"(no ?one|no-one|nobody) (else )?(to (walk|bring|drop|take|look after|mind|watch|have) (him|her|them|\w+)( in| to school)?|for (him|her|them))|",
    // The school run the family cannot manage: "can't do two drop offs".
    r"(can't|cannot|couldn't|can not) do (two|2|both|the) (drop[- ]?offs?|school runs?)|",
    // Work for the family: "needed at home for lambing", "helping on the farm".
    r"lambing|calving|haymaking|silage|harvesting|(for|with|in) the harvest|help(ing)? (out )?(on|at|with) the farm|(work|working) on the farm|help(ing)? (out )?in the (shop|business|restaurant|takeaway)|",
    // Family errands and lie-ins the school would not authorise.
    r"airport|sleep in|lie[- ]in|let (him|her|them) sleep|no (fancy dress |world book day )?costume|",
    // A day off by its own name: "a duvet day".
    r"(duvet|pyjama|lazy|chill|rest) day|",
    r"waiting (in )?for (a |the )?(delivery|parcel|engineer|plumber|electrician|gas man|boiler)|",
    // Study the school would set itself: "working from home to finish her
    // coursework", "revising at home".
    r"(working|work|study|studying|revise|revising|revision) (from|at) home|(stay|stays|staying|stopping|at) home (today |tomorrow )?to (revise|study|work|do (his|her|their) (coursework|homework|revision))|(to|and) (finish|do|get on with|catch up on) (his |her |their )?(\w+ )?(coursework|homework|revision)|",
    r"too (cold|wet|hot)|weather|(too|very|really|so) (tired|exhausted)|shattered|",
    r"nothing (else )?(to wear|fits)|in the wash|no (clean |school )?uniform|(uniform|trousers|skirt|jumper|clothes|shoes)\b[^.,;!?]{0,15}?\b(wet|damp|soaking|not dry)|",
    // Shopping for clothes, watching a brother's or sister's day.
    r"(get|getting|buy|buying) (her|his|their|an?|the|some|new) (new )?(outfit|clothes|dress|shoes|trainers|suit)|",
    r"(watch|watching|see|seeing) (his|her|their) (big |little |older |younger )?(brother|sister)('s)?\b)\b"
);
const HOLIDAY: &str = concat!(
    r"\b(holiday|vacation|going away|go away|be away|(be|been|are|is|'re|going|go|we'll be|will be) away from|take (the children|them|him|her) away|abroad|",
    r"flights?|flying|fly|ferry|eurostar|eurotunnel|family trip|trip abroad|for (christmas|easter|half term|the holidays)|heading off|get on the road|",
    // A pilgrimage, and a trip to the family's first country ("taking her
    // back home for the summer").
    r"umrah|hajj|pilgrimage|(taking|take|takes|took|send|sending|sent) (him|her|them) back home|(go|going|flying|fly|travelling) back home (to|for)|",
    r"beat the traffic|visitors|visit(ing)? (their |his |her |our |my )?(grand\w+|family|relatives)|(travel\w*|going|flying|driving) (\w+ ){0,3}to see (their |his |her |our |my )?(grand\w+|family|relatives)|disney\w*|lapland|(we're|we are) off to|going on holiday|",
    r"long weekend|weekend away|short break|cent(er|re) parcs|butlins|caravan|camping|skiing|ski trip|cruise|all inclusive)\b"
);
/// Where families go on holiday, so a trip told by its place is one ("we're
/// in Cornwall till Friday", "flying back from Tenerife"): the UK's holiday
/// regions and seaside resorts, and the commonest destinations abroad in
/// travel-trade (ABTA) lists. Countries families come from are left out: a
/// visit there may be for family, which a person weighs.
const HOLIDAY_PLACES: &str = concat!(
    r"cornwall|devon|dorset|norfolk|cotswolds|lake district|lakes|peak district|yorkshire dales|dales|",
    r"new forest|snowdonia|highlands|isle of wight|isle of man|isles of scilly|scillies|anglesey|pembrokeshire|",
    r"blackpool|skegness|scarborough|whitby|bournemouth|brighton|torquay|paignton|newquay|st ives|padstow|",
    r"falmouth|weymouth|great yarmouth|cromer|tenby|llandudno|filey|bridlington|margate|",
    r"tenerife|lanzarote|gran canaria|fuerteventura|canaries|canary islands|majorca|mallorca|menorca|minorca|",
    r"ibiza|benidorm|malaga|alicante|costa del sol|costa blanca|algarve|madeira|florida|orlando|dubai|",
    r"antalya|dalaman|crete|corfu|rhodes|zante|kos|malta|sharm( el sheikh)?|hurghada|maldives|",
    r"cancun|caribbean|barbados|disneyland"
);

/// The world's countries by their everyday English names (the UN member
/// states and the places families name as countries). A trip there is
/// read only with a word of travel: "my mum is in Poland" is no trip of
/// the child's. Countries that are also children's names (Georgia,
/// Jordan, Chad) are left out, and a possessive ("to India's house") is a
/// person.
const COUNTRIES: &str = concat!(
    r"afghanistan|albania|algeria|angola|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|",
    r"barbados|belarus|belgium|benin|bolivia|bosnia|botswana|brazil|bulgaria|burkina faso|burundi|cambodia|",
    r"cameroon|canada|chile|china|colombia|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|",
    r"denmark|djibouti|dominica|dominican republic|ecuador|egypt|el salvador|eritrea|estonia|eswatini|",
    r"ethiopia|fiji|finland|france|gabon|gambia|germany|ghana|greece|grenada|guatemala|guinea|guyana|",
    r"haiti|honduras|hong kong|hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|",
    r"jamaica|japan|kazakhstan|kenya|kosovo|kurdistan|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|",
    r"liberia|libya|lithuania|luxembourg|madagascar|malawi|malaysia|mali|mauritania|mauritius|mexico|",
    r"moldova|mongolia|montenegro|morocco|mozambique|myanmar|burma|namibia|nepal|netherlands|holland|",
    r"new zealand|nicaragua|niger|nigeria|north macedonia|macedonia|norway|oman|pakistan|palestine|panama|",
    r"papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|",
    r"saudi|senegal|serbia|sierra leone|singapore|slovakia|slovenia|somalia|somaliland|south africa|",
    r"south korea|korea|south sudan|spain|sri lanka|st lucia|sudan|suriname|sweden|switzerland|syria|",
    r"taiwan|tajikistan|tanzania|thailand|togo|trinidad|tunisia|turkey|turkiye|turkmenistan|uganda|ukraine|",
    r"united arab emirates|uae|america|the usa|the us|the states|uruguay|uzbekistan|venezuela|vietnam|",
    r"yemen|zambia|zimbabwe|kashmir|punjab|sylhet|lagos|karachi|lahore|islamabad|mirpur|dhaka|delhi|mumbai"
);

/// The kinds of reason, in the order of [`VOCABULARIES`], as staff read
/// them.
const KINDS: [&str; 17] = [
    "refusal",
    "religious observance",
    "place of worship",
    "performance",
    "interview",
    "travelling for work",
    "exceptional circumstances",
    "official business",
    "travel disruption",
    "school transport",
    "medical appointment",
    "illness",
    "unauthorised reason",
    "holiday",
    "holiday place",
    "representing the county or the country",
    "suspension",
];

/// The kind of reason that is someone else's illness or appointment.
const SOMEONE_ELSE: &str = "someone else's illness or appointment";

/// Each kind's vocabulary.
static VOCABULARIES: LazyLock<[String; 17]> = LazyLock::new(|| {
    [
        REFUSAL.to_string(),
        format!(r"\b({RELIGIOUS_FESTIVALS}|religious|ramadan)\b"),
        PLACE_OF_WORSHIP.to_string(),
        PERFORMANCE.to_string(),
        INTERVIEW.to_string(),
        TRAVELLER.to_string(),
        EXCEPTIONAL.to_string(),
        OFFICIAL.to_string(),
        DISRUPTION.to_string(),
        TRANSPORT.to_string(),
        APPOINTMENT.to_string(),
        format!("{ILLNESS}|{ILLNESS_PICTURED}"),
        UNAUTHORISED.to_string(),
        HOLIDAY.to_string(),
        format!(
            concat!(
                r"\b(in|to|from|at|down in|up in|over in|off to|back from)\s+(the\s+)?({HOLIDAY_PLACES})\b",
                r"|\b(taking|take|took|going|go|goes|fly|flying|flies|flew|travel\w*|heading|visit\w*|returning|away|staying|holidaying|catching|ferry|flights?|plane|driving|we're|we are|were|we was|we'll be|we will be)\b",
                r"[^.]{{0,30}}?\b(to|in|from)\s+(the\s+)?({COUNTRIES})([^'\w]|$)"
            ),
            HOLIDAY_PLACES = HOLIDAY_PLACES,
            COUNTRIES = COUNTRIES
        ),
        REPRESENTING.to_string(),
        SUSPENSION.to_string(),
    ]
});

/// Every reason vocabulary in one automaton: a message is scanned once.
static REASONS: LazyLock<RegexSet> = LazyLock::new(|| {
    let patterns: Vec<&str> = VOCABULARIES.iter().map(String::as_str).collect();
    compile_set(&patterns)
});
/// Each vocabulary alone, to quote the words that matched.
static EACH_REASON: LazyLock<Vec<Regex>> =
    LazyLock::new(|| VOCABULARIES.iter().map(|p| compile(p)).collect());

/// The text whose reason words are the child's: other people's illnesses,
/// festivals already over and pets' deaths blanked out.
fn childs_own<'t>(lower: &'t str, theirs: &[Range<usize>]) -> Cow<'t, str> {
    let masked = mask_other_people(lower, theirs);
    match NOT_TODAYS_REASON.is_match(&masked) {
        true => Cow::Owned(NOT_TODAYS_REASON.replace_all(&masked, " ").into_owned()),
        false => masked,
    }
}

/// The reason vocabularies read once over a piece of lower-case text: the
/// kinds found in the child's own words, and a relative's crisis. Both the
/// code and the words that explain it come from this one reading.
pub struct ReasonScan<'t> {
    lower: &'t str,
    own: Cow<'t, str>,
    found: SetMatches,
    /// Where a close relative's grave illness is told, if it is.
    crisis: Option<Range<usize>>,
    /// Where someone else's illness or appointment is told.
    theirs: Vec<Range<usize>>,
    /// Every illness word is what an appointment is for ("an asthma
    /// review": a check on a condition, not a child ill today), or the
    /// parent says nothing is wrong with the child.
    illness_set_aside: bool,
    /// The only refusal is not wanting to go: "he doesn't want to go in".
    reluctance_only: bool,
    /// Every appointment told is one called off, and none made in its
    /// place: "her orthodontist appointment on Friday has been cancelled".
    appointment_cancelled: bool,
    /// The festival named is the night before, and the child too tired
    /// after it: no day of observance.
    festival_gone_by: bool,
    /// A misspelt illness ("condjunctivitus"), looked for only where no
    /// word of any reason was found.
    misspelt_illness: Option<Range<usize>>,
}

/// The clause of something called off: "the dentist on Friday has been
/// cancelled", "they cancelled her hospital appointment".
static CALLED_OFF: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"[^.!?;]*\b(has been|have been|was|were|got|'s been|is|are|been) (cancell?ed|called off|postponed)\b|\b(cancell?ed|called off|postponed)\b[^.!?;]*",
    )
});
/// Another day given in its place.
static REARRANGED: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(re-?booked|re-?arranged|re-?scheduled|moved (it )?to|new (one|appointment|date|time)|instead)\b",
    )
});

/// Too tired after a festival kept late the night before: "too tired to
/// come today, we had family round till very late for Eid".
static TIRED_AFTER_A_FESTIVAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b(too tired|so tired|exhausted|shattered|worn out|overtired)\b[^.!?]*[.!?]?[^.!?]*\b(late|celebrating|celebrations?|partying|party)\b[^.!?]{{0,40}}\b(for|after|of|from) (the )?({RELIGIOUS_FESTIVALS})\b"
    ))
});

/// A close relative taken into hospital or to A&E ("my mum was taken to
/// A&E", "nan's in hospital"): exceptional circumstances. Read before other
/// people's illness is masked, as "A&E" said of a relative is theirs; "her
/// dad took her to A&E" is the child's.
static RELATIVE_IN_HOSPITAL: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b({KIN})('s)? (is |has |had |was |went |has gone |had to go |'s )?(been )?(\w+ )?(in|into|to) (hospital|a ?& ?e|a and e)( for (his|her|their|a|an) (\w+ ){{0,2}}(operation|op|surgery|treatment|tests?|scans?))?\b|\b({KIN}) (has |had |'s )?(taken|took) a (bad |sudden |turn for the worse|nasty )?turn\b|\b({KIN})('s| has| have| was| were| got)? (been )?((rushed|taken) in|admitted)\b"
    ))
});

/// The sender's own day at court: jury service, with the court it is at,
/// or "I'm a witness at court today so his dad's doing drop off" (the
/// child's day is by their arrival).
static COURT_DUTY: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\bjury (service|duty)\b([^.!?\n]{0,40}?\bcourt\b)?|\b(i'm|i am|i'll be|i will be) (a witness|giving evidence|in court|at court)\b([^.!?\n]{0,30}?\bcourt\b)?",
    )
});

/// A child caring for a relative at home.
static CARES_FOR: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(look(s|ing|ed)? after|care for|caring for|mind(s|ing)?|watch(es|ing)?|babysit\w*) (his|her|their|the|my|our) (little |baby |younger |big |older |poorly |sick )?(brother|sister|siblings?|baby|mum|mam|mummy|dad|daddy|nan|nana|gran|grandma|grandad)\b",
    )
});

/// The parent saying the child is not ill.
static NOTHING_WRONG: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(nothing|there's nothing|there is nothing|not anything) (really |actually |physically )?wrong with (him|her|them)\b|\b(he|she|they)('s| is| are|'re) not (actually |really )?(ill|poorly|sick|unwell)\b",
    )
});

/// Whether the parent says the child is not ill ("he's not ill, I just
/// can't send him in like this").
pub fn says_not_ill(lower: &str) -> bool {
    NOTHING_WRONG.is_match(lower)
}

/// A relative's own journey ("his nan's flying in from Spain for the
/// weekend"): no holiday of the child's.
static RELATIVE_TRAVELS: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"\b({KIN})('s| is| are|'re| will be|'ll be) (\w+ )?(flying|flies|landing|arriving|coming|driving|travell?ing)( in| over| back| home| up| down)?( (from|to) \w+( \w+)?)?\b"
    ))
});

impl<'t> ReasonScan<'t> {
    /// `names` are the sender's children's names, folded.
    pub fn new(lower: &'t str, names: &[String]) -> Self {
        let mut theirs = kinship::someone_elses(lower, names);
        // "Staying home to look after his little sister, she's got
        // chickenpox": an illness told after the child's caring is the
        // one cared for's.
        // "Called up for jury service at Leeds Crown Court": the sender's
        // duty, its court no party's.
        theirs.extend(COURT_DUTY.find_iter(lower).map(|m| m.range()));
        if let Some(caring) = CARES_FOR.find(lower) {
            let after = caring.end();
            theirs.extend(
                EACH_REASON[ILLNESS_KIND]
                    .find_iter(&lower[after..])
                    .map(|m| after + m.start()..after + m.end()),
            );
        }
        // "Hi it's Rosie's mum, she fell off the trampoline": the sender
        // introducing herself is no relative in a crisis.
        let crisis = FAMILY_CRISIS
            .find_iter(lower)
            .find(|m| !SENDER_INTRODUCED.is_match(&lower[..m.start()]))
            .or_else(|| RELATIVE_IN_HOSPITAL.find(lower))
            .map(|m| m.range());
        // A relative's crisis is theirs: "grandad's in hospital" is no
        // illness of the child's.
        let not_the_childs: Vec<Range<usize>> = theirs
            .iter()
            .cloned()
            .chain(crisis.clone())
            .chain(RELATIVE_TRAVELS.find_iter(lower).map(|m| m.range()))
            .collect();
        let own = childs_own(lower, &not_the_childs);
        let found = REASONS.matches(&own);
        // "Nothing wrong with him really, he just needs a rest": the
        // parent says there is no illness, whatever words of one stand by.
        let nothing_wrong = found.matched(ILLNESS_KIND) && NOTHING_WRONG.is_match(lower);
        let only_as_appointment = found.matched(APPOINTMENT_KIND)
            && found.matched(ILLNESS_KIND)
            && (within_every(&own, ILLNESS_KIND, &EACH_REASON[APPOINTMENT_KIND])
                || within_every(&own, ILLNESS_KIND, &PROCEDURE_AND_AFTERMATH));
        let illness_set_aside = nothing_wrong || only_as_appointment;
        let reluctance_only = found.matched(REFUSAL_KIND) && !OUTRIGHT_REFUSAL.is_match(&own);
        let appointment_cancelled = found.matched(APPOINTMENT_KIND)
            && within_every(&own, APPOINTMENT_KIND, &CALLED_OFF)
            && !REARRANGED.is_match(&own);
        let festival_gone_by =
            found.matched(RELIGIOUS_KIND) && TIRED_AFTER_A_FESTIVAL.is_match(&own);
        let misspelt_illness = (!found.matched_any() && crisis.is_none())
            .then(|| misspelt::misspelt_illness(&own))
            .flatten();
        ReasonScan {
            lower,
            own,
            found,
            crisis,
            theirs,
            illness_set_aside,
            reluctance_only,
            appointment_cancelled,
            festival_gone_by,
            misspelt_illness,
        }
    }

    /// The words behind each reason, with the kind of reason they are:
    /// what explains a code.
    pub fn words(&self) -> Vec<(&'static str, String)> {
        let own = self.own.as_ref();
        let mut found: Vec<(&'static str, String)> = self
            .found
            .iter()
            .filter(|i| !(*i == ILLNESS_KIND && self.illness_set_aside))
            .filter_map(|i| {
                let words = EACH_REASON[i].find(own)?;
                Some((KINDS[i], words.as_str().trim().to_string()))
            })
            .collect();
        if let Some(misspelt) = &self.misspelt_illness {
            found.push((KINDS[ILLNESS_KIND], own[misspelt.clone()].to_string()));
        }
        if let Some(crisis) = &self.crisis {
            found.push((
                KINDS[EXCEPTIONAL_KIND],
                self.lower[crisis.clone()].to_string(),
            ));
        }
        for theirs in &self.theirs {
            found.push((SOMEONE_ELSE, self.lower[theirs.clone()].to_string()));
        }
        found
    }

    /// The words that read as exceptional circumstances, if any do.
    pub fn exceptional_words(&self) -> Option<&str> {
        if let Some(crisis) = &self.crisis {
            return Some(&self.lower[crisis.clone()]);
        }
        EACH_REASON[EXCEPTIONAL_KIND]
            .find(self.own.as_ref())
            .filter(|_| self.found.matched(EXCEPTIONAL_KIND))
            .map(|m| m.as_str())
    }

    /// What the words say about the reason.
    pub fn reasons(&self) -> Reasons {
        let has = |i: usize| self.found.matched(i);
        Reasons {
            refusal: has(REFUSAL_KIND),
            reluctance_only: self.reluctance_only,
            religious: has(RELIGIOUS_KIND) && !self.festival_gone_by,
            place_of_worship: has(2),
            performance: has(3),
            interview: has(4),
            traveller: has(5),
            exceptional: has(EXCEPTIONAL_KIND) || self.crisis.is_some(),
            official: has(7),
            // "The council taxi hasn't come, no drivers out because of the
            // ice": the transport provided is what failed (`Y1`), whatever
            // kept it; a public bus in the snow is disruption (`Y2`).
            disruption: has(8) && !(has(9) && COUNCIL_TRANSPORT.is_match(self.lower)),
            transport: has(9),
            appointment: has(APPOINTMENT_KIND) && !self.appointment_cancelled,
            illness: (has(ILLNESS_KIND) && !self.illness_set_aside)
                || self.misspelt_illness.is_some(),
            unauthorised: has(12),
            holiday: has(13),
            holiday_place: has(14),
            representing: has(15),
            suspension: has(16),
            someone_else: !self.theirs.is_empty(),
        }
    }
}

/// Where refusals, exceptional circumstances, appointments and illnesses sit in
/// [`VOCABULARIES`].
const REFUSAL_KIND: usize = 0;
const RELIGIOUS_KIND: usize = 1;
const EXCEPTIONAL_KIND: usize = 6;
const APPOINTMENT_KIND: usize = 10;
const ILLNESS_KIND: usize = 11;

/// Whether every match of the `inner` kind of reason lies inside a match of
/// `outer`.
fn within_every(text: &str, inner: usize, outer: &Regex) -> bool {
    let outers: Vec<Range<usize>> = outer.find_iter(text).map(|m| m.range()).collect();
    EACH_REASON[inner].find_iter(text).all(|m| {
        outers
            .iter()
            .any(|o| o.start <= m.start() && m.end() <= o.end)
    })
}

/// Other people's illness and appointment words blanked out, so only the
/// child's count.
fn mask_other_people<'t>(lower: &'t str, theirs: &[Range<usize>]) -> Cow<'t, str> {
    if theirs.is_empty() {
        return Cow::Borrowed(lower);
    }
    let mut masked = lower.to_string();
    for words in theirs {
        masked.replace_range(words.clone(), &" ".repeat(words.len()));
    }
    Cow::Owned(masked)
}

/// What the message's words say about the reason, before sessions and
/// lateness are weighed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reasons {
    pub refusal: bool,
    pub religious: bool,
    pub place_of_worship: bool,
    pub performance: bool,
    pub interview: bool,
    pub traveller: bool,
    pub exceptional: bool,
    pub official: bool,
    pub disruption: bool,
    pub transport: bool,
    pub appointment: bool,
    pub illness: bool,
    pub unauthorised: bool,
    pub holiday: bool,
    /// A holiday place: a holiday unless the day is a day out.
    pub holiday_place: bool,
    /// Representing the county or the country at a sport.
    pub representing: bool,
    /// The school's suspension or exclusion, passed on by the parent.
    pub suspension: bool,
    /// The refusal is only not wanting to go, no outright refusal.
    pub reluctance_only: bool,
    /// Someone else's illness or appointment: a relative's or the sender's.
    pub someone_else: bool,
}

impl Reasons {
    /// Whether any reason of the child's was given (someone else's illness
    /// is not one).
    pub fn any(&self) -> bool {
        Reasons {
            someone_else: false,
            ..*self
        } != Reasons::default()
    }

    /// Whether the reason is a planned leave or appointment, which makes a
    /// message an absence even without "won't be in".
    pub fn is_planned(&self) -> bool {
        self.religious
            || self.performance
            || self.interview
            || self.traveller
            || self.exceptional
            || self.official
            || self.appointment
            || self.holiday
            || self.holiday_place
            || self.representing
            || self.suspension
    }

    /// Reasons that keep their own code when the child also arrives late: a
    /// medical appointment, an interview, a performance, a festival, travel.
    pub fn outranks_lateness(&self) -> bool {
        self.appointment || self.interview || self.performance || self.religious || self.traveller
    }

    /// The code for an absence. `part_day` says the child misses only part
    /// of the day, which makes an appointment the reason even when the
    /// child is also unwell ("sore ear, GP at 8.50, in straight after").
    pub fn code(&self, part_day: bool) -> Code {
        // "Her father is taking her to Bangladesh ... she doesn't want to
        // go": the trip is refused, not school.
        // "A bad tummy and says he doesn't want to go in": the illness.
        let refuses_school = self.refusal
            && !(self.holiday || self.holiday_place)
            && !(self.reluctance_only && self.illness);
        if refuses_school {
            Code::NoReasonYet
        } else if self.religious && !self.holiday_place {
            // A festival kept abroad is a trip, leave for the head to weigh:
            // the religious code is for the day set apart, at home.
            Code::Religious
        } else if self.official {
            // An asylum interview or a visa appointment is not a school's.
            Code::Exceptional
        } else if self.interview {
            Code::Interview
        } else if self.performance {
            Code::RegulatedPerformance
        } else if self.traveller {
            Code::Traveller
        } else if self.exceptional {
            Code::Exceptional
        } else if self.disruption {
            Code::TravelDisruption
        } else if self.transport {
            Code::TransportUnavailable
        } else if self.suspension {
            // The school's own decision: the register's code is the
            // suspension, whatever else the parent says of it.
            Code::Excluded
        } else if self.appointment && (part_day || !self.illness) {
            Code::Medical
        } else if self.illness {
            Code::Illness
        } else if self.representing {
            Code::Exceptional
        } else if self.holiday {
            // A holiday for a birthday is still a holiday.
            Code::HolidayNotAgreed
        } else if self.unauthorised {
            // "A day out to Whitby" is a day out, not a holiday.
            Code::UnauthorisedOther
        } else if self.holiday_place {
            Code::HolidayNotAgreed
        } else if self.place_of_worship {
            Code::Religious
        } else {
            // No reason of the child's: none at all, or someone else's
            // illness keeping them home, which a person weighs (parsing.md
            // accepts `N` for a child kept home for a parent or sibling).
            Code::NoReasonYet
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Code {
        ReasonScan::new(text, &[]).reasons().code(false)
    }

    #[test]
    fn a_pilgrimage_a_bris_an_assessment_morning_and_a_late_night_gaming_have_their_codes() {
        assert_eq!(
            code("we are going to makkah for umrah as a family"),
            Code::HolidayNotAgreed
        );
        assert_eq!(
            code("her grandmother is taking her back home for a ceremony"),
            Code::HolidayNotAgreed
        );
        assert_eq!(
            code("off tomorrow for his baby brother's bris"),
            Code::Exceptional
        );
        assert_eq!(
            code("he has his assessment morning at the secondary tomorrow"),
            Code::Interview
        );
        assert_eq!(
            code("he was up til 3am on fortnite, couldnt get him up"),
            Code::UnauthorisedOther
        );
        assert_eq!(code("he had his adenoids out on wednesday"), Code::Illness);
    }

    #[test]
    fn advice_given_and_results_back_are_no_appointment() {
        for text in [
            "the gp has said he needs complete rest, he has glandular fever",
            "her blood test results came back and she has glandular fever",
        ] {
            assert_eq!(code(text), Code::Illness, "{text}");
        }
        assert_eq!(
            code("the gp wants to see him at 9 for a tetanus jab"),
            Code::Medical
        );
        assert_ne!(
            code("we have an appointment at the council housing office at 9 tomorrow"),
            Code::Medical
        );
    }

    #[test]
    fn a_suspension_passed_on_is_the_schools_code_for_staff_to_confirm() {
        for text in [
            "i understand corey is suspended for wednesday and thursday",
            "he's been excluded for two days after the fight",
            "she has a fixed-term exclusion until monday",
            "about his 2-day suspension",
            "i got your letter about jaden's suspension for friday and monday",
        ] {
            assert_eq!(code(text), Code::Excluded, "{text}");
        }
        assert!(Code::Excluded.needs_staff());
        // An internal exclusion is spent in school, a club's suspension out
        // of it; a suspended railway is the travel's.
        assert_ne!(
            code("harvey has been excluded from his football club, can we talk"),
            Code::Excluded
        );
        assert_ne!(
            code("he's got an internal exclusion tomorrow"),
            Code::Excluded
        );
        assert_eq!(
            code("all trains have been suspended because of the snow"),
            Code::TravelDisruption
        );
    }

    #[test]
    fn a_festival_kept_abroad_is_a_trip() {
        assert_eq!(
            code("we are going to sylhet for my father's milad and family gathering"),
            Code::HolidayNotAgreed
        );
        assert_eq!(code("it's eid so she'll be off today"), Code::Religious);
        assert_eq!(
            code("tomorrow is our christmas (orthodox) so they will not come to school"),
            Code::Religious
        );
        assert_eq!(
            code("we are at eid prayer and visiting family this morning"),
            Code::Religious
        );
    }

    #[test]
    fn vocabulary_maps_to_codes() {
        assert_eq!(code("and now rory has it too."), Code::Illness);
        assert!(sees_a_doctor(
            "kavin has a dental abscess and is in a lot of pain. we are seeing the dentist at 11"
        ));
        assert!(!sees_a_doctor("she has the dentist at 11 for a check up"));
        assert_eq!(
            code(
                "riley is going into the children's hospital on wednesday to have the metalwork taken out of his leg"
            ),
            Code::Medical
        );
        assert_eq!(code("and now rory has them too."), Code::Illness);
        assert_eq!(code("finn is off today with itchy spots"), Code::Illness);
        assert_eq!(
            code("keeping her off, she's really tearful and off her food"),
            Code::Illness
        );
        assert_eq!(
            code(
                "he's fighting off a bug so he's staying home today, gutted to miss the panto trip"
            ),
            Code::Illness
        );
        assert_eq!(
            code("she is really anxious about the christmas performance and says she feels sick"),
            Code::Illness
        );
        assert_eq!(
            code(
                "he's got a high temperature, gutted as it's his nativity. is there another performance he could be in?"
            ),
            Code::Illness
        );
        assert_eq!(
            code("he's got a bad headache. he keeps saying he doesnt want to go back there"),
            Code::Illness
        );
        assert_eq!(
            code("we are travelling to see her grandmother"),
            Code::HolidayNotAgreed
        );
        assert_ne!(
            code(
                "taking her to get her bridesmaid dress fitted today, it was the only appointment they had"
            ),
            Code::Medical
        );
        assert_ne!(
            code("she stayed home to mind her brother as i had a job interview this morning"),
            Code::Interview
        );
        assert_eq!(
            code("he has a job interview at the garage"),
            Code::Interview
        );
        // A festival kept last night is no reason of today's.
        assert!(
            !ReasonScan::new(
                "we were at the mandir till late for diwali so he is exhausted",
                &[]
            )
            .reasons()
            .religious
        );
        // Nor a thing named for a festival, nor a festival gone badly.
        for text in [
            "she has her filming day for the diwali play on thursday, the licence is sorted",
            "he's upset, someone laughed at the photos of his eid clothes",
            "eid didn't go well and we're at my sister's now",
        ] {
            assert!(!ReasonScan::new(text, &[]).reasons().religious, "{text}");
        }
        assert!(
            ReasonScan::new("it's eid today so he's off", &[])
                .reasons()
                .religious
        );
        // The school nurse sees children in school: no appointment away.
        assert!(
            !ReasonScan::new(
                "she's worried about the eye screening with the school nurse today",
                &[]
            )
            .reasons()
            .appointment
        );
        assert!(
            ReasonScan::new("the practice nurse is doing his dressing at 9", &[])
                .reasons()
                .appointment
        );
        for spelling in [
            "diarrhoea",
            "diarrhea",
            "diarea",
            "diareea",
            "diarhoea",
            "diorea",
            "diahrea",
            "sik",
            "stomak",
        ] {
            assert_eq!(
                code(&format!("he have {spelling}")),
                Code::Illness,
                "{spelling}"
            );
        }
        assert_eq!(code("he was off yesterday with his belly"), Code::Illness);
        assert_eq!(
            code("zoe has the shits sorry for the language"),
            Code::Illness
        );
        assert_eq!(
            code("hodan way jiran tahay, qandho ayay qabtaa"),
            Code::Illness
        );
        assert_eq!(code("elif bugün hasta, ateşi var"), Code::Illness);
        assert_eq!(code("gece kustu ve midesi çok ağrıyor"), Code::Illness);
        assert_eq!(code("luka has otitis, ear is very painful"), Code::Illness);
        assert_eq!(code("আয়ান আজ অসুস্থ, ওর জ্বর আছে"), Code::Illness);
        assert_eq!(
            code("she's got the year 6 prom tonight and we've booked her hair and nails"),
            Code::UnauthorisedOther
        );
        assert_eq!(
            code("we've got a viewing on a house at 1"),
            Code::Exceptional
        );
        assert_eq!(
            code("grace has family time with her birth mum this afternoon"),
            Code::Exceptional
        );
        assert_eq!(
            code("it's the taxi again!!! kai's sat here in his uniform waiting"),
            Code::TransportUnavailable
        );
        assert_eq!(
            code("o tiago tem consulta no dentista às 9h"),
            Code::Medical
        );
        assert_eq!(
            code("he fell down the stairs, his arm's in a sling"),
            Code::Illness
        );
        assert_eq!(code("he's still covered in spots"), Code::Illness);
        assert_eq!(
            code(
                "ibrahim is home from hospital but the consultant wants him to stay at home to recover"
            ),
            Code::Illness
        );
        // The school's own trip is no holiday; the family's is.
        assert_eq!(
            code("is the year 6 residential to the lakes still going ahead?"),
            Code::NoReasonYet
        );
        assert_eq!(
            code("we're off to the lakes next week"),
            Code::HolidayNotAgreed
        );
        assert_eq!(code("she's been sick in the night"), Code::Illness);
        assert_eq!(code("not feeling great, keeping her off"), Code::Illness);
        assert_eq!(code("orthodontist appt at 9.40"), Code::Medical);
        assert_eq!(
            code("she has her cardiology follow-up that morning"),
            Code::Medical
        );
        assert_eq!(code("he ran away from home last night"), Code::NoReasonYet);
        assert_eq!(code("we'll be away from friday"), Code::HolidayNotAgreed);
        assert_eq!(
            code("we will be travelling to the gambia on monday 12th july"),
            Code::HolidayNotAgreed
        );
        assert_eq!(
            code("every southern train is cancelled this morning because of the strike"),
            Code::TravelDisruption
        );
        for cut_off in [
            "the ford's up over the road and they've shut the bridge",
            "there's no way out of the village this morning",
        ] {
            assert_eq!(code(cut_off), Code::TravelDisruption, "{cut_off}");
        }
        assert_eq!(
            code("all the ferries were cancelled yesterday because of the storm"),
            Code::TravelDisruption
        );
        assert_eq!(code("it's eid today"), Code::Religious);
        assert_eq!(
            code("one of our holy days when we do not work or go to school"),
            Code::Religious
        );
        assert_eq!(code("my uncle's funeral"), Code::Exceptional);
        assert_eq!(
            code("we are going to pakistan for her engagement"),
            Code::Exceptional
        );
        assert_eq!(code("her performance licence"), Code::RegulatedPerformance);
        assert_eq!(
            code("tem consulta no consulado do brasil para renovar o passaporte"),
            Code::Exceptional
        );
        assert_eq!(
            code("she's in the panto and has a matinee"),
            Code::RegulatedPerformance
        );
        assert_eq!(
            code("she's filming for a tv drama all week"),
            Code::RegulatedPerformance
        );
        // Others filming the child is no performance of theirs.
        assert_ne!(
            code("some boys have been punching him in the toilets and filming it on a phone"),
            Code::RegulatedPerformance
        );
        assert_ne!(
            code("some girls have been filming her in the toilets, she is sick with nerves"),
            Code::RegulatedPerformance
        );
        assert_eq!(code("he's filming today"), Code::RegulatedPerformance);
        // A show watched is a treat, not a performance.
        assert_eq!(
            code("taking her to the panto for her birthday"),
            Code::UnauthorisedOther
        );
        assert_eq!(code("entrance test at the grammar"), Code::Interview);
        assert_eq!(
            code("his voice trial for the cathedral choir school"),
            Code::Interview
        );
        assert_eq!(
            code("we're cut off, snow's drifted across the lane"),
            Code::TravelDisruption
        );
        assert_eq!(code("travelling with the fair"), Code::Traveller);
        assert_eq!(
            code("they're coming on the road with us from tomorrow, back in on the 26th"),
            Code::Traveller
        );
        assert_eq!(
            code("we're up at the appleby horse fair so they won't be in this week"),
            Code::Traveller
        );
        assert_eq!(
            code("his babcia was taken into hospital on new year's eve"),
            Code::Exceptional
        );
        assert_eq!(code("tomorrow is our christmas, lidet"), Code::Religious);
        assert_eq!(
            code("we are going off with the work from monday"),
            Code::Traveller
        );
        assert_eq!(
            code("we are moving the trailer up to the next site"),
            Code::Traveller
        );
        assert_eq!(
            code("going out travelling with the summer fairs"),
            Code::Traveller
        );
        assert_eq!(code("we've booked a holiday"), Code::HolidayNotAgreed);
        assert_eq!(code("lucas has caught it now so he's off"), Code::Illness);
        assert_eq!(
            code("the school bus didn't turn up"),
            Code::TransportUnavailable
        );
        assert_eq!(code("no driver today"), Code::TransportUnavailable);
        assert_ne!(
            code("she came home at 5, a taxi brought her"),
            Code::TransportUnavailable
        );
        assert_eq!(
            code("snowed in, the road is closed"),
            Code::TravelDisruption
        );
        assert_eq!(
            code("the lane is iced over and the car can't get up the hill"),
            Code::TravelDisruption
        );
        // Ice on an injury, and ice cream, are no weather.
        assert_eq!(
            code("a black eye from netball, the nurse said rest and ice so she's off today"),
            Code::Illness
        );
        assert_eq!(
            code(
                "had his tonsils out, he's had ice cream for tea and must stay off to avoid infection"
            ),
            Code::Illness
        );
        assert_eq!(code("not in today, both got temperatures"), Code::Illness);
        assert_eq!(
            code("he's still really hot so he won't be in tomorrow"),
            Code::Illness
        );
        assert_ne!(
            code("she's too hot in her jumper so she won't be in pe"),
            Code::Illness
        );
        assert_eq!(code("docs, be in for 11"), Code::Medical);
        assert_eq!(code("drs"), Code::Medical);
        assert_eq!(
            code("on our way, doctor ran late, there in 10"),
            Code::Medical
        );
        assert_eq!(code("she's at the doctor, be in for 11"), Code::Medical);
        assert_eq!(code("overslept"), Code::UnauthorisedOther);
        for text in [
            "i've got no one to walk her to school so she's coming with me",
            "we're picking my mum up from manchester airport",
            "he's got no costume for world book day",
            "i've let them sleep in",
            "her school dress is in the wash, nothing else fits her",
            "we're going into town to get her outfit for the prom",
            "she wants to watch her big brother's sports day",
        ] {
            assert_eq!(code(text), Code::UnauthorisedOther, "{text}");
        }
        assert_eq!(
            code("her uniform is all still wet from the wash"),
            Code::UnauthorisedOther
        );
        assert_eq!(code("personal reasons"), Code::NoReasonYet);
        assert_eq!(code("he's refusing to come in"), Code::NoReasonYet);
        // The hospital's refusal is no refusal of school.
        assert_eq!(
            code("she still has the stomach pains, i asked for more tests and they refused"),
            Code::Illness
        );
    }

    #[test]
    fn a_pets_death_and_a_relatives_stay_in_hospital_are_not_the_childs() {
        assert_eq!(
            code("his goldfish died over the weekend and he's upset"),
            Code::NoReasonYet
        );
        assert_eq!(code("our kitten was put down yesterday"), Code::NoReasonYet);
        let scan = ReasonScan::new("grandad's in hospital after a fall", &[]);
        assert!(!scan.reasons().illness);
        assert!(scan.reasons().exceptional);
    }

    #[test]
    fn cultural_new_years_are_exceptional_not_religious() {
        for text in [
            "we're celebrating lunar new year with her grandparents",
            "staying home today for chinese new year celebrations",
            "it's the mid-autumn festival at our family's",
        ] {
            assert_eq!(code(text), Code::Exceptional, "{text}");
        }
        assert_eq!(
            code("it's vaisakhi, we're at the gurdwara"),
            Code::Religious
        );
    }

    #[test]
    fn work_travel_is_the_familys_not_a_parents_alone() {
        assert_eq!(
            code("were travelling down to kent with their daddys work"),
            Code::Traveller
        );
        assert_ne!(
            code("her dad is away with work in dubai for a month"),
            Code::Traveller
        );
    }

    #[test]
    fn walking_in_is_no_walk_in_centre() {
        assert_eq!(code("took him to the walk-in last night"), Code::Illness);
        assert_eq!(
            code("i dropped him at the gate and watched him walk in"),
            Code::NoReasonYet
        );
    }

    #[test]
    fn a_condition_named_only_as_what_an_appointment_is_for_is_no_illness() {
        assert_eq!(
            code("he has an asthma review at the royal free"),
            Code::Medical
        );
        assert_eq!(
            code("musa has hospital appointment at addenbrookes today for his asthma"),
            Code::Medical
        );
        // Ill as well as seen: the illness decides.
        assert_eq!(
            code("his asthma is bad so he has a gp appointment"),
            Code::Illness
        );
    }

    #[test]
    fn a_holiday_told_by_its_place() {
        for text in [
            "we're down in cornwall till friday",
            "jacob is in lanzarote with his grandparents this week",
            "flying back from tenerife on wednesday night",
            "we're off to the lake district for a few days",
            "were in turkey til sunday so she wont be in this week",
        ] {
            assert_eq!(code(text), Code::HolidayNotAgreed, "{text}");
        }
        // A funeral there is not a holiday; a place in passing is no reason.
        assert_eq!(code("her great nan's funeral in devon"), Code::Exceptional);
        assert_eq!(code("a cornwall pasty for lunch"), Code::NoReasonYet);
        assert_eq!(
            code("is the flu spray for reception this thursday?"),
            Code::NoReasonYet
        );
        assert_eq!(
            code("he's having his flu shot at the surgery at 8.50"),
            Code::Medical
        );
        assert_eq!(
            code("this pollen is killing him, his eyes are streaming and he's sneezing non stop"),
            Code::Illness
        );
        // A visit already made is no reason.
        assert_eq!(
            code("can he not have the nasal spray tomorrow, he had his at the gp last week"),
            Code::NoReasonYet
        );
        assert_eq!(
            code("a family day out to whitby for my birthday"),
            Code::UnauthorisedOther
        );
    }

    #[test]
    fn a_trip_to_a_country_is_read_only_with_a_word_of_travel() {
        for text in [
            "we are taking amina to somalia from monday",
            "flying to pakistan on the 12th",
            "he's going back to poland with his dad for two weeks",
            "we are away in portugal this week",
            "we're catching the early ferry to france on friday",
        ] {
            assert_eq!(code(text), Code::HolidayNotAgreed, "{text}");
        }
        assert_eq!(code("my mum is in poland"), Code::NoReasonYet);
        assert_eq!(code("taking her to india's house"), Code::NoReasonYet);
    }

    #[test]
    fn a_holiday_club_is_no_holiday() {
        assert_eq!(
            code("is the holiday club running over half term"),
            Code::NoReasonYet
        );
    }

    #[test]
    fn cultural_occasions_and_court_orders() {
        assert_eq!(
            code("going to london to celebrate chinese new year"),
            Code::Exceptional
        );
        // An order about who may collect the child is no court date.
        assert_eq!(
            code("off with a cold. there is a court order now"),
            Code::Illness
        );
        assert_eq!(code("we have to be in court today"), Code::Exceptional);
        // The court that made an order is no court date.
        assert_eq!(
            code(
                "he's got a bad stomach. i got a non-molestation order yesterday at the family court"
            ),
            Code::Illness
        );
        assert_ne!(
            code("i'm a witness at court today so his dad's doing drop off, might be 9.20"),
            Code::Exceptional
        );
    }

    #[test]
    fn misspelt_appointments_and_illness_with_accents() {
        assert_eq!(code("a docters apointment at 2"), Code::Medical);
        assert_eq!(code("are febră și nu vine azi"), Code::Illness);
    }

    #[test]
    fn a_conditions_check_and_misspelt_illness() {
        assert_eq!(
            code("we're at the hospital for her asthma check"),
            Code::Medical
        );
        assert_eq!(
            code("we're all at the hospital with my dad"),
            Code::Exceptional
        );
        assert_eq!(code("a diabetes review at 10"), Code::Medical);
        assert_eq!(code("got a tempriture and been sik"), Code::Illness);
        assert_eq!(
            code("she had small operation on her foot today"),
            Code::Illness
        );
        assert_eq!(
            code("she fell on the ice yesterday and has broken her leg"),
            Code::Illness
        );
        assert_eq!(code("nose bled for ages, keeping him home"), Code::Illness);
        assert_eq!(
            code("he's been bleeding from his nose on and off all night, so keeping him off"),
            Code::Illness
        );
    }

    #[test]
    fn vocabulary_beyond_the_examples() {
        assert_eq!(code("she's got her period and bad cramps"), Code::Illness);
        assert_eq!(code("period pains, she's in bed"), Code::Illness);
        assert_ne!(code("she should be back for period 3"), Code::Illness);
        assert_eq!(code("she says her throat's killing her"), Code::Illness);
        // A procedure to come, with that day's aftermath, is the
        // appointment; days at home to recover after one are illness.
        for text in [
            "he's having two wisdom teeth removed today and has to rest afterwards",
            "she's having a tooth out at 10 and she'll be numb and sore after",
        ] {
            assert_eq!(code(text), Code::Medical, "{text}");
        }
        assert_eq!(
            code("she had her tonsils out yesterday and needs two weeks off to recover"),
            Code::Illness
        );
        // "Not herself" alone is no illness; beside one it is.
        assert_eq!(
            code("she isn't herself at all, hasn't been for a while"),
            Code::NoReasonYet
        );
        assert_eq!(
            code("a temperature last night, still not herself"),
            Code::Illness
        );
        // A fever by touch, at the end of a sentence too.
        for text in [
            "picked him up from the office, he's burning up. not back this afternoon",
            "she's really hot. keeping her off",
        ] {
            assert_eq!(code(text), Code::Illness, "{text}");
        }
        assert_eq!(
            code("off since monday with a bad chest. gp appointment this afternoon"),
            Code::Illness
        );
        assert_eq!(
            code("ava had 2 wisdom teeth out yesterday, she's on strong painkillers"),
            Code::Illness
        );
        assert_eq!(
            code("her annual health assessment with the looked after children's nurse"),
            Code::Medical
        );
        assert_eq!(code("she's got norovirus"), Code::Illness);
        assert_eq!(code("d+v since last night"), Code::Illness);
        assert_eq!(code("hand foot and mouth"), Code::Illness);
        assert_eq!(code("he is wheezing badly"), Code::Illness);
        assert_eq!(code("she has nits again"), Code::UnauthorisedOther);
        assert_eq!(code("malaria, he is in hospital"), Code::Illness);
        assert_eq!(code("allergy testing at the lgi"), Code::Medical);
        assert_eq!(code("his preschool boosters"), Code::Medical);
        assert_eq!(code("it is ashura"), Code::Religious);
        assert_eq!(
            code("absent on tuesday for dashain, we receive tika from the elders"),
            Code::Religious
        );
        assert_eq!(
            code("her grade 1 piano exam in peterborough"),
            Code::Exceptional
        );
        assert_eq!(code("i've got my driving test at 11.20"), Code::Exceptional);
        assert_eq!(
            code("a trial for the county netball development squad"),
            Code::Exceptional
        );
        assert_eq!(
            code("the county under 14 girls hockey squad"),
            Code::Exceptional
        );
        assert_eq!(
            code(
                "she has been picked to run for greater manchester at the english schools' cross country championships"
            ),
            Code::Exceptional
        );
        assert_eq!(
            code("she had an operation on her knee yesterday"),
            Code::Illness
        );
        assert_eq!(code("his operation is on friday"), Code::Medical);
        assert_eq!(code("our visa appointment"), Code::Exceptional);
        assert_eq!(
            code("asylum interview at the home office"),
            Code::Exceptional
        );
        assert_eq!(code("looking after her sister"), Code::UnauthorisedOther);
        // The illness told after the caring is the one cared for's.
        assert_eq!(
            code(
                "mason is staying home to look after his little sister today, shes got chickenpox"
            ),
            Code::UnauthorisedOther
        );
        assert_eq!(
            code("he has chickenpox, so he's home and can look after his sister"),
            Code::Illness
        );
        assert_eq!(
            code("he's needed at home for lambing"),
            Code::UnauthorisedOther
        );
        assert_eq!(
            code("he's got a football tournament in derby"),
            Code::UnauthorisedOther
        );
        assert_eq!(
            code("she sprained her ankle at the county netball trials on saturday"),
            Code::Illness
        );
        for strained in [
            "harrison's back has gone into spasm, he couldn't get out of bed",
            "his back went last night",
            "he pulled a muscle in his back and can hardly move",
            "she strained her neck at gymnastics",
        ] {
            assert_eq!(code(strained), Code::Illness, "{strained}");
        }
        for text in [
            "she's been selected for the warwickshire u15 county hockey trials",
            "he's been picked for the county u11s and they've got a tournament in derby",
        ] {
            assert_eq!(code(text), Code::Exceptional, "{text}");
        }
        assert_eq!(
            code("thank you for looking after him so well this term"),
            Code::NoReasonYet
        );
        assert_eq!(code("taking her shopping"), Code::UnauthorisedOther);
        // Every therapy by its compound name.
        for text in [
            "she has hydrotherapy at the pool this afternoon",
            "his occupational therapist is seeing him at 2",
            "speech and language therapy at 10 today",
        ] {
            assert_eq!(code(text), Code::Medical, "{text}");
        }
        assert_eq!(
            code(
                "can i take ellie out on thursday? we've got a 6am ferry from portsmouth on friday"
            ),
            Code::HolidayNotAgreed
        );
        assert_eq!(
            code("kai is staying home to revise today"),
            Code::UnauthorisedOther
        );
        assert_eq!(
            code("booked onto the durham university open day on friday"),
            Code::Exceptional
        );
        assert_eq!(
            code("fell off her bike on the ice yesterday, mild concussion"),
            Code::Illness
        );
        assert_eq!(
            code("can i collect lily at 12.30, her great grandma has taken a turn in hospital"),
            Code::Exceptional
        );
        // Taken in, or admitted: to hospital. The child at the hospital with
        // the sender is there for the relative.
        assert_eq!(
            code("grace is at the hospital with me, her nan's been taken in overnight"),
            Code::Exceptional
        );
        assert_eq!(
            code("her grandad was admitted last night so we're at the hospital"),
            Code::Exceptional
        );
        assert_eq!(
            code("we're going to lapland uk for the day, it's his christmas present"),
            Code::HolidayNotAgreed
        );
        assert_eq!(
            code("she's babysitting her little brother"),
            Code::UnauthorisedOther
        );
        // Someone else who babysits is no reason of the child's.
        assert_eq!(
            code("keeping her off. she says the game starts when he babysits"),
            Code::NoReasonYet
        );
        assert_eq!(
            code("her father is taking her to bangladesh on sunday. she doesn't want to go"),
            Code::HolidayNotAgreed
        );
        assert_eq!(
            code("she's at her dad's, i'll have to ask him. probably poorly knowing her"),
            Code::NoReasonYet
        );
        assert_eq!(
            code("she will be working from home today to get her art coursework finished"),
            Code::UnauthorisedOther
        );
        assert_eq!(code("we are moving house"), Code::Exceptional);
        assert_eq!(
            code("her nanna had a fall in poland and we fly out today"),
            Code::Exceptional
        );
        assert_eq!(
            code("travelling with their dad's work for a few weeks"),
            Code::Traveller
        );
    }

    #[test]
    fn the_words_behind_a_reason_are_quoted() {
        assert_eq!(
            ReasonScan::new("the baby is sick and she has a temp", &[]).words(),
            [
                ("illness", "temp".to_string()),
                (SOMEONE_ELSE, "sick".to_string())
            ]
        );
        assert_eq!(
            ReasonScan::new("her nan had a fall in poland", &[]).words(),
            [("exceptional circumstances", "nan had a fall".to_string())]
        );
    }

    #[test]
    fn reasons_that_are_not_todays() {
        assert_eq!(
            code("very tired after the eid celebrations and a temperature"),
            Code::Illness
        );
        assert_eq!(
            code("she is very tired after my brother's wedding"),
            Code::UnauthorisedOther
        );
        assert_eq!(
            code("our rabbit died and now she has tummy ache"),
            Code::Illness
        );
        assert_eq!(
            code(
                "sorry, was on a night shift and my phone died. they've both got the sickness bug"
            ),
            Code::Illness
        );
    }

    #[test]
    fn a_funeral_outranks_the_flight_to_it() {
        assert_eq!(
            code("we fly to istanbul today for the funeral"),
            Code::Exceptional
        );
    }

    #[test]
    fn someone_elses_illness_is_not_the_childs() {
        assert_eq!(code("the baby is sick and i wait"), Code::NoReasonYet);
        assert_eq!(
            code("our baby was in hospital overnight so amelia is with her nan"),
            Code::Exceptional
        );
        for text in [
            "her dad's not well and i can't get her there",
            "i've got a horrible migraine and can't drive",
            "seb's mam isnt well so hes staying with his nan",
        ] {
            let reasons = ReasonScan::new(text, &[]).reasons();
            assert_eq!(reasons.code(false), Code::NoReasonYet, "{text}");
            assert!(reasons.someone_else && !reasons.any(), "{text}");
        }
        // Nobody to take the child in is the child's own reason, one the
        // school would not authorise.
        assert_eq!(
            code("his brother is poorly and i have no one to take him in"),
            Code::UnauthorisedOther
        );
        assert_eq!(
            code("her dad's not well and she has a temperature too"),
            Code::Illness
        );
        assert_eq!(
            code("nan's in hospital so we're going down to see her"),
            Code::Exceptional
        );
        assert_eq!(
            code("my mum was taken to a&e last night so i've no one to do the school run"),
            Code::Exceptional
        );
        assert_eq!(
            code("maya's dad is in a&e with his back"),
            Code::Exceptional
        );
        // The child taken to A&E is the child's.
        assert_eq!(code("her dad is taking her to a&e"), Code::Illness);
        assert_eq!(
            code("look after his little brother as the childminder is off sick"),
            Code::UnauthorisedOther
        );
    }

    #[test]
    fn illness_with_an_appointment_depends_on_the_day() {
        let r = ReasonScan::new("sore ear, gp appointment at 8.50", &[]).reasons();
        assert_eq!(r.code(true), Code::Medical);
        assert_eq!(r.code(false), Code::Illness);
    }

    #[test]
    fn a_turkish_dentist_is_no_discipline() {
        assert_eq!(code("yarın dişçi randevusu var"), Code::Medical);
        assert_ne!(code("he is off to learn some discipline"), Code::Medical);
    }

    #[test]
    fn roads_closed_by_police_are_not_a_crisis() {
        assert_eq!(
            code("the police have closed the road, it's flooded"),
            Code::TravelDisruption
        );
        // A flood at home is an emergency there, not disruption to travel.
        assert_eq!(
            code("sorry she's off today, our washing machine flooded the kitchen"),
            Code::Exceptional
        );
    }
}
