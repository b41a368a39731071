//! Why a child is away, as a provisional DfE code, from the parent's words.
//!
//! Each code has a vocabulary; when several match, the order in
//! [`Reasons::code`] decides (a funeral outranks the flights to it, an illness
//! outranks "not feeling great"). Illness words about someone else ("the
//! baby is sick", "the childminder is off sick") are masked first.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::{Regex, RegexSet};

use super::text::{compile, compile_set};
use crate::domain::Code;

static OTHER_PERSON_ILL: LazyLock<Regex> = LazyLock::new(|| {
    compile(concat!(
        r"\b(the baby|(his|her|their|my|our|\w+'s) (little |baby |younger |older |big )?(brother|sister)|",
        r"(my|his|her|their|our|\w+'s) (mum|mother|dad|father|husband|wife|partner|nan|gran|grandma|grandad|grandmother|grandfather|uncle|aunt|auntie)|",
        r"the (dog|cat)|the childminder|the driver|childminder|i've been|i have been|i am|i'm)\b",
        r"[^.,!?;]{0,25}?\b(?P<illness>sick|ill|poorly|unwell|vomiting|off sick|signed off( with \w+)?|depress\w*)\b"
    ))
});

const REFUSAL: &str = r"\b(refus\w*|won't go (in|to school)|doesn't want to (go|come)|won't get (in the car|dressed)|not going back)\b";
const RELIGIOUS: &str = concat!(
    r"\b(eid|diwali|deepavali|yom kippur|rosh hashanah|sukkot|vaisakhi|baisakhi|gurpurab|guru nanak|holi|",
    r"pesach|passover|shavuot|hanukkah|orthodox (christmas|easter|good friday)|religious|gurdwara|mandir|",
    r"ramadan|navratri|janmashtami|raksha bandhan|chag)\b"
);
const PLACE_OF_WORSHIP: &str = r"\b(church|mosque|synagogue|temple)\b";
const PERFORMANCE: &str = r"\b(licen[cs]e|pantomime|panto|performance|audition|filming|acting job|modelling job|film shoot|tv advert|advert)\b";
const INTERVIEW: &str =
    r"\b(interview|entrance (test|exam|assessment)|assessment day|11\+|eleven plus)";
const TRAVELLER: &str = r"\b(the fair|circus|showm[ae]n|travell?ing for (his |her |their |our )?work|travel for work|traveller)\b";
/// Exceptional circumstances, including the crises the corpus codes `C`.
const EXCEPTIONAL: &str = concat!(
    r"\b(funeral|passed away|died|bereavement|wedding|getting married|married|court|family emergency|",
    r"moving house|house move|house fire|fire at (the|our) (house|home|flat)|refuge|stabbed|overdose|arrested|",
    r"police (came|come|were called|was called|called|were round|came round|had to|brought|found|arrived|took)|",
    r"(called|rang|phoned) the police|",
    // A close relative taken into hospital.
    r"(nan|nanna|nanny|gran|granny|grandma|grandad|grandmother|grandfather|uncle|aunt|auntie|cousin|brother|sister|husband|wife|partner)('s)? (is|has been|was|went|has gone|had to go)( \w+)? (in|into|to) hospital|",
    r"(mum|dad|mother|father)('s)? (has |had |was |is )?(been )?(taken |gone |rushed )?(back )?(in|into|to) hospital|",
    r"(we're|we are) (all )?at the hospital)\b"
);
const DISRUPTION: &str = concat!(
    r"\b(snow|snowed|flood\w*|road (is |are )?(closed|shut|blocked)|roads (are )?(closed|shut|blocked)|",
    r"(closed|shut) (with|by|due to|because of)|trains (are |were )?(all )?cancell?ed|all the trains|no trains|",
    r"buses aren't running|no buses|gritters|road closures?|have closed|icy|black ice|ice on the roads?)\b"
);
const TRANSPORT: &str =
    r"\b(taxi|school bus|council transport|transport team|no driver|minibus|escort)\b";
const APPOINTMENT: &str = concat!(
    r"\b(appointment|appt|dentist|dental|orthodontist|orthodontic|optician\w*|eye test|eye check|hearing test|",
    r"audiology|clinic|blood test|scan|x-?ray|vaccin\w*|jabs|immunisation|physio\w*|therapy|camhs|check ?up|",
    r"operation|surgery|asthma review|specsavers|grommets)\b"
);
const ILLNESS: &str = concat!(
    r"\b(poorly|unwell|(not|isn't|aren't|wasn't) (very |that |too |so |feeling |feeling very )?well|ill|gastro\w*|had an accident|illness|sick|sickness|vomit\w*|throwing up|threw up|d ?& ?v|diarrh\w*|",
    r"temp|temps|temperature|fever\w*|cough\w*|colds?|flu|covid|chicken ?pox|migraine|headaches?|tummy|stomach|",
    r"sore|ache|aches|pain|tonsillitis|conjunctivitis|croup|infections?|virus|bugs?|rash(es)?|hand,? foot and mouth|",
    r"(is|'s|was|been|are) (still )?(in|admitted to|taken to|rushed to|at the) hospital|self[- ]?harm\w*|a ?& ?e|a and e|accident and emergency|suicid\w*|kill (himself|herself|themselves)|wants? to die|depress\w*|low mood|tonsils|",
    r"earache|toothache|broke (his|her|their) \w+|broken (arm|leg|wrist|ankle|foot|toe|finger)|fracture\w*|",
    r"sprain\w*|injur\w*|hurt\w*|bruise\w*|allergic reaction|nosebleed|anxious|anxiety|(really |very |feeling )low|",
    r"mental health|under the weather|(not|isn't|aren't) (feeling |very |that |too |so )*(great|good|right|herself|himself|100)|",
    r"feel(s|ing)? (rough|rubbish|awful|dreadful|terrible|grotty)|asthma|allerg\w*|eczema|hay ?fever|epilep\w*|seizures?|diabet\w*|",
    r"shivery|run down|wheezy|strep|impetigo|glandular|dizzy|fainted|concussion|stitches|antibiotics)\b"
);
const UNAUTHORISED: &str = concat!(
    r"\b(overslept|over slept|slept in|alarm didn't go off|birthday|treat|shopping|legoland|theme park|football|match|tournament|concert|",
    r"look(ing)? after (his|her|their) (little |baby |younger |big |older )?(brother|sister|siblings?)|",
    r"nothing (else )?to wear|no (clean |school )?uniform|(uniform|trousers|clothes) (are |is )?(still )?wet)\b"
);
const HOLIDAY: &str = concat!(
    r"\b(holiday|vacation|going away|go away|be away|away from|take (the children|them|him|her) away|abroad|",
    r"flights?|flying|fly|family trip|day trip|trip to|trip abroad|for (christmas|easter|half term|the holidays)|heading off|get on the road|",
    r"beat the traffic|visitors|visit(ing)? (their |his |her |our |my )?(grand\w+|family|relatives)|day out|disney\w*|(we're|we are) off to|going on holiday|",
    r"long weekend|weekend away|short break|cent(er|re) parcs|butlins|caravan|camping)\b"
);

/// Every reason vocabulary in one automaton: a message is scanned once.
static REASONS: LazyLock<RegexSet> = LazyLock::new(|| {
    compile_set(&[
        REFUSAL,
        RELIGIOUS,
        PLACE_OF_WORSHIP,
        PERFORMANCE,
        INTERVIEW,
        TRAVELLER,
        EXCEPTIONAL,
        DISRUPTION,
        TRANSPORT,
        APPOINTMENT,
        ILLNESS,
        UNAUTHORISED,
        HOLIDAY,
    ])
});

/// Other people's illness words blanked out, so only the child's count.
pub fn mask_other_people(lower: &str) -> Cow<'_, str> {
    OTHER_PERSON_ILL.replace_all(lower, |c: &regex::Captures| {
        let whole = c.get(0).expect("match");
        let illness = c.name("illness").expect("group");
        format!("{} ", &lower[whole.start()..illness.start()])
    })
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
    pub disruption: bool,
    pub transport: bool,
    pub appointment: bool,
    pub illness: bool,
    pub unauthorised: bool,
    pub holiday: bool,
}

impl Reasons {
    /// Reads lower-case text already passed through [`mask_other_people`].
    pub fn read(lower: &str) -> Self {
        let found = REASONS.matches(lower);
        let has = |i: usize| found.matched(i);
        Reasons {
            refusal: has(0),
            religious: has(1),
            place_of_worship: has(2),
            performance: has(3),
            interview: has(4),
            traveller: has(5),
            exceptional: has(6),
            disruption: has(7),
            transport: has(8),
            appointment: has(9),
            illness: has(10),
            unauthorised: has(11),
            holiday: has(12),
        }
    }

    /// Whether any reason at all was given.
    pub fn any(&self) -> bool {
        *self != Reasons::default()
    }

    /// Whether the reason is a planned leave or appointment, which makes a
    /// message an absence even without "won't be in".
    pub fn is_planned(&self) -> bool {
        self.religious
            || self.performance
            || self.interview
            || self.traveller
            || self.exceptional
            || self.appointment
            || self.holiday
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
        if self.refusal {
            Code::NoReasonYet
        } else if self.religious {
            Code::Religious
        } else if self.performance {
            Code::RegulatedPerformance
        } else if self.interview {
            Code::Interview
        } else if self.traveller {
            Code::Traveller
        } else if self.exceptional {
            Code::Exceptional
        } else if self.disruption {
            Code::TravelDisruption
        } else if self.transport {
            Code::TransportUnavailable
        } else if self.appointment && (part_day || !self.illness) {
            Code::Medical
        } else if self.illness {
            Code::Illness
        } else if self.unauthorised {
            Code::UnauthorisedOther
        } else if self.holiday {
            Code::HolidayNotAgreed
        } else if self.place_of_worship {
            Code::Religious
        } else {
            Code::NoReasonYet
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> Code {
        Reasons::read(&mask_other_people(text)).code(false)
    }

    #[test]
    fn vocabulary_maps_to_codes() {
        assert_eq!(code("she's been sick in the night"), Code::Illness);
        assert_eq!(code("not feeling great, keeping her off"), Code::Illness);
        assert_eq!(code("orthodontist appt at 9.40"), Code::Medical);
        assert_eq!(code("it's eid today"), Code::Religious);
        assert_eq!(code("my uncle's funeral"), Code::Exceptional);
        assert_eq!(code("her performance licence"), Code::RegulatedPerformance);
        assert_eq!(code("entrance test at the grammar"), Code::Interview);
        assert_eq!(code("travelling with the fair"), Code::Traveller);
        assert_eq!(code("we've booked a holiday"), Code::HolidayNotAgreed);
        assert_eq!(
            code("the school bus didn't turn up"),
            Code::TransportUnavailable
        );
        assert_eq!(
            code("snowed in, the road is closed"),
            Code::TravelDisruption
        );
        assert_eq!(code("overslept"), Code::UnauthorisedOther);
        assert_eq!(code("personal reasons"), Code::NoReasonYet);
        assert_eq!(code("he's refusing to come in"), Code::NoReasonYet);
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
            code("look after his little brother as the childminder is off sick"),
            Code::UnauthorisedOther
        );
    }

    #[test]
    fn illness_with_an_appointment_depends_on_the_day() {
        let r = Reasons::read("sore ear, gp appointment at 8.50");
        assert_eq!(r.code(true), Code::Medical);
        assert_eq!(r.code(false), Code::Illness);
    }

    #[test]
    fn roads_closed_by_police_are_not_a_crisis() {
        assert_eq!(
            code("the police have closed the road, it's flooded"),
            Code::TravelDisruption
        );
    }
}
