//! What a child says or shows before anyone knows the harm: a disclosure
//! ("she told me things"), fear of a person or place, a secret, an injury
//! nobody explains, and a parent asking for help.

use super::cue::Cue;
use crate::domain::ConcernCategory::*;
use crate::parse::reason::REFUSAL;

/// Ordinary fears of children: the dentist, the dark, a test.
const ORDINARY_FEAR: &str = r"\b(toilets?|loos?|hand ?dryers?|loud noises?|balloons|crowds|insects|bugs|the bath|masks?|santa|father christmas|monsters?|ghosts?|the hall|big school|the big school|the new school|starting school|the lift|escalators?|cats?|birds?|the sea|waves|world book day|singing|solo|reading out|the stage|the audience|the gate|the school gate|go in|going in|hospitals?|operation|x-?rays?|scans?|dentist|doctor|nurse|needles?|injection|jab|vaccin\w*|immuni[sz]ation|(nasal |flu )?spray|blood test|spiders?|dogs?|the dark|thunder|fireworks?|swimming|pool|test|tests|sats|exams?|residential|trip|play|assembly|nativity|performance|show|concert|being late|new class|new teacher|clowns?|being sick|vomit\w*|sick|rides?|heights|flying|the plane|water|horror|film|movie|dream|nightmare|storms?|lightning|fire ?alarms?|fire drill|the drill|braces|orthodontist|wasps?|bees?|the vet|(i'm|i am|im) afraid (he|she|they|it|that|we|i))\b";

pub const CUES: &[Cue] = &[
    // Asking what to do, unless over a child refusing school.
    Cue::new(Disclosure, r"\bwhat (do|should) i do\b").unless_said(REFUSAL),
    Cue::new(
        Disclosure,
        r#"\b((told|tells|telling|has told|said|says|saying|sez) (me |us |her teacher |his teacher |her mum |his dad |someone )?(some |certain |odd |funny |strange |weird |worrying |horrible )?(things|stuff) (about|that|happen|he|she|they|at)|(dunno|doesn't know|does not know|don't know|can't say|won't say) how (it|he|she|they) (happened|got)|(says|said|sez|claims) (she|he|they) (dunno|doesn't know|does not know|don't know|can't remember)|story (keeps|kept) chang\w*|(it's|its|it is|is|was) (a|our|their) secret|(a |our |their )secret (with|from)|(won't|wouldn't|doesn't|didn't|can't|couldn't) look (at )?me|(said|says|saying|sez|told me) (he|she|they) ("|')fell|(doesn't|does not|don't|didn't|did not|won't|refuses to|refused to|begging (me )?not to (make (him|her) )?|is scared to|is frightened to|too scared to|too frightened to) (want to )?go (back )?(there|home|back|to (his|her|their|my) (dad|mum|mam|father|mother|stepdad|step-dad|stepmum|step-mum|nan|nana|nanna|gran|grandad|grandma|uncle|auntie|aunt|aunty|childminder|cousin|brother|sister|\w+'s|\w+s)\b)|(begging|begged|pleading|pleaded) (me )?(not to|to not)|not (sending|letting) (him|her|them) (back|go back)|(doesn't|does not|don't|didn't|did not) feel safe|(hates?|dreads?|dreading|dreaded) going (back )?home|(asks|asked|asking|begs|begged|wants|wanted) to stay (at|in) school|(not|isn't|is not) safe (at home|at (his|her|their|my) \w+|with (him|her|them|his \w+|her \w+|their \w+|my \w+|that man|that woman)|there|home|in (the|that|our|his|her|their) (house|home|flat))|(please|pls|plz) help( me| us)?|(i|we) need (some )?help|need (some )?advice|(don't|do not|didn't|did not) know who (else )?to (tell|talk|speak|turn|ask|contact)|not sure who (else )?to (tell|talk|speak)|(must|have to|need to|had to) tell (you|someone|somebody)|(want|wanted) to (tell|flag|mention|share) (you )?(something|this)|tell you something|(worried|scared|frightened|fear\w*) for (his|her|their|our|my) (safety|life|lives)|keep (him|her|them|us) safe|(worried|scared) (that )?(he|she)('s| is) being)\b"#,
    )
    // Not wanting to go back to school is a refusal, the attendance
    // lead's: "screaming that he doesn't want to go back to school".
    // Nor is a parent keeping a child from school until a meeting: "I'm
    // not sending him back till I've spoken to Mr Adams".
    .unless(r"\b((go|going) back (to|into) (school|class|nursery)|not (sending|letting) (him|her|them) (back|go back) (to school|in|into school|(till|until) (i|we|they|someone|the school|school|the head)))\b"),
    // A child who cannot stop shaking or crying, unless in grief: "hasn't
    // stopped crying since the dog died".
    Cue::new(
        Disclosure,
        r"\b(hasn't|has not|won't|can't|cannot) stop(ped)? (shaking|crying|screaming)\b",
    )
    .unless_said(r"\b(died|passed away|put to sleep|put down|funeral|heartbroken|grieving|bereave\w*|lost (his|her|their|our) (nan|nana|gran|grandad|grandma|grandpa|dog|cat|hamster|rabbit|pet))\b")
    // A little one in pain with a fever or teeth: "has a really high temp
    // n wont stop crying".
    .unless(r"\b(temp|temps|temperature|fever\w*|teething|ear ?ache|ear infection|colic|tummy ache|jabs|injections?|vaccinations?)\b"),
    // A child who will not say what happened, unless it happened at school:
    // that is the school's to find out, not a disclosure.
    Cue::new(
        Disclosure,
        r"\b(won't|will not|wouldn't|doesn't|does not|don't|didn't|did not|refuses to|refused to|can't|couldn't) (want to )?(say|tell (me|us|anyone)|talk about|speak about|explain) (what|how|who|where|why|about (it|what)|it)\b",
    )
    .unless(r"\b(class|school|lesson|homework|teacher|playground|friends?|wants for|present)\b"),
    Cue::new(
        Disclosure,
        r"\b(don't|do not|doesn't|does not|didn't|did not) want (people|anyone|anybody|them|school|the school|teachers?|you|the teachers?) (to )?(ask(ing)?|see(ing)?|know(ing)?|notic\w*|find(ing)? out)\b|\basking questions\b",
    ),
    Cue::new(
        Disclosure,
        r"\b((is|was|are|were|'s|been|feels?|felt|looks?|so|very|really|too|absolutely|still) (scared|frightened|terrified|afraid|petrified)|(scared|frightened|terrified|afraid|petrified) (of (him|her|them|his \w+|her \w+|their \w+|going|what)|to (go|come|leave|be)|(he|she|they)('ll| will| might| is| are)|in case))\b",
    )
    .unless(ORDINARY_FEAR),
    // A child changed since they began going somewhere or seeing someone:
    // the sign before any words. A new school year or class is ordinary.
    Cue::new(
        Disclosure,
        r"\bsince (he|she|they) (started|began|has been|'s been|have been|'ve been) (going|staying|seeing|spending|visiting|sleeping) (to|at|with|over|round|time)\b",
    )
    .given(r"\b(quiet|withdrawn|clingy|jumpy|angry|not (himself|herself)|a different (boy|girl|child)|changed|wetting the bed|nightmares)\b")
    .unless(r"\b(school|class|nursery|pre-?school|year \d|reception|college|teacher|swimming|football|dance|gymnastics|cubs|scouts|brownies|rainbows|beavers|club|lessons)\b"),
    // The child's own account naming a grown-up in the family or home as
    // the one who hurt them: "he said his dad's girlfriend held it there".
    Cue::new(
        Disclosure,
        r"\b(he|she|they) (said|says|told me|told us|reckons|reckoned) (that )?(it was )?(his|her|their|my|mum's|dad's) (new |older |big )?(dad|daddy|father|mum|mummy|mam|mom|mother|step ?-?(dad|mum|brother|sister)|uncle|aunt|auntie|aunty|cousin|grandad|grandpa|grandma|nan|nana|boyfriend|girlfriend|partner|fella|babysitter|childminder|neighbour|lodger)('s (boyfriend|girlfriend|partner|fella|friend|mate))? (\w+ ){0,2}?(did (it|that|this)( to (him|her|them)| on purpose|\s*[.,!;]|\s*$)|held (it|him|her|them) (there|down|on|against|under)|pushed|shoved|hit|kicked|punched|slapped|smacked|grabbed|burnt|burned|scalded|twisted|bit|threw|hurt|pinched|squeezed|dragged|shook)\b",
    ),
    // Home itself named as the trouble.
    Cue::new(
        Disclosure,
        r"\b(things are|things have been|things were|it's|it is|it's been|its|it was) (really |so |very |pretty )?(bad|awful|terrible|horrible|scary|violent|not (good|great|ok|okay|safe)) at home\b",
    )
    .unless(r"\b(builders|building work|renovat\w*|decorat\w*|new kitchen|new bathroom|extension|boiler|leak)\b"),
];

#[cfg(test)]
mod tests {
    use crate::domain::ConcernCategory::Disclosure;
    use crate::parse::safeguarding::test_support::{assert_harmless, assert_raises};

    #[test]
    fn disclosures_and_fear_are_raised() {
        for text in [
            "she's been telling me things about her stepdad",
            "he's gone quiet and withdrawn since he started going to his tutor's house",
            "she's not herself since she started staying over at her uncle's",
            "he won't say what happened at his dad's",
            "she says it's a secret",
            "he trapped his finger in the car door, he said his dad's girlfriend held it there",
            "she told me her uncle pushed her",
            "she says she's not safe at home",
            "he isn't safe with his dad",
            "his story keeps changing",
            "she doesn't want to go back to her dad's",
            "she is scared to go home",
            "he is frightened of his uncle",
            "he's terrified and hasn't stopped shaking",
            "please help me",
            "i don't know who else to tell",
            "she says she \"fell\"",
            "he hates going home at the weekends",
            "she keeps asking to stay at school",
            "sorry he's not in, things are bad at home at the moment",
        ] {
            assert_raises(Disclosure, text);
        }
    }

    #[test]
    fn ordinary_worries_are_not_raised() {
        for text in [
            "she's scared of the dentist",
            "he's frightened of the hand dryers in the toilets so he holds it in",
            "she froze at the school gate and was too scared to go in",
            "the cat was put down on sunday and she can't stop crying",
            "bella has a really high temp n wont stop crying sorry x",
            "she is scared stiff about the nasal flu spray tomorrow",
            "he's worried about the residential",
            "she's a bit frightened of the dark since the film",
            "he's scared of being late",
            "she doesn't want to go to swimming",
            "he's been crying all morning that he doesn't want to go back to school after the holidays",
            "he told me all about the trip, thank you",
            "she's been quiet since she started going to her new school",
            "he's been clingy since he started staying at nursery all day",
            "she said her nan held her hand all the way round the zoo",
            "the path outside our house isn't safe with all the ice, i'll bring her in later",
            "he says his dad did it for him, the model plane is finished",
            "daisy gets really scared of the fire alarm, could her teacher warn her before a drill?",
            "archie was scared of the storm last night and didn't sleep a wink",
            "after he was sent home for something he didn't do i'm not sending him back till i've spoken to the head",
        ] {
            assert_harmless(text);
        }
    }
}
