//! Self-harm and suicidal words, in the child's or the parent's own words,
//! and the services that answer them (a crisis team, an urgent CAMHS
//! referral).

use super::cue::Cue;
use crate::domain::ConcernCategory::*;

/// An illness or a sore mouth that explains a child not eating.
const EXPLAINED_BY_ILLNESS: &str = r"\b(throat|tonsil\w*|sick|bug|virus|tummy|stomach|mouth|teeth|tooth|ulcers?|brace|temperature|temps?|fever|flu|cold|infections?|earache|migraine|chicken ?pox|covid|poorly|ill|vomit\w*|d ?(and|&|\+) ?v|allerg\w*|fasting|ramadan)\b";

/// Where a child hurts themself by accident: in a fall, at play or sport.
const HURT_AT_PLAY: &str = r"\b(fell|falls?|falling|tripped|slipped|collided|bumped|landed|(on|off|at|in|from|down) (the |a )?(monkey bars|climbing frame|slide|trampoline|stairs|steps?|swings?|bike|scooter|wall|tree|playground|park|pitch|field|ice)|at (lunch|break|playtime|football|rugby|netball|gymnastics|dance|pe|training|the match|the park|school)|playing|pe|football|rugby|netball|gymnastics|skat\w+)\b";

pub const CUES: &[Cue] = &[
    // Not eating, as an eating disorder begins: unless an illness or a sore
    // mouth explains it. A word boundary cannot follow a comma or a full
    // stop, so "stopped eating." is a cue of its own.
    Cue::new(
        SelfHarm,
        r"\b(stopped|stopping|stops|refus(es|ed|ing)|won't start) eating( properly| at all| altogether| completely| entirely| again)?\s*([,.!?;]|$)",
    )
    .unless(EXPLAINED_BY_ILLNESS),
    Cue::new(
        SelfHarm,
        r"\b((stopped|stopping|stops|refus(es|ed|ing)|won't start) eating( properly| at all| altogether| completely| entirely| again| and| since| for|$)|(won't|will not|barely|hardly|not) eat(s|ing)? (anything|at all)|(worried|worrying|concerned) about (her|his|their) weight|(hides|hiding|hid|throws? away|throwing away) (her|his|their) (food|lunch|dinner|meals)|anorexi\w*|bulimi\w*|eating disorder)\b",
    )
    .unless(EXPLAINED_BY_ILLNESS),
    // Talk of ending things, and the teams that come out for it.
    Cue::new(
        SelfHarm,
        r"\b(((talk(s|ed|ing)?|thinking|thought|on) about|mention(s|ed|ing)?|keeps? saying|said|says) (\w+ ){0,2}(ending it( all)?|end(ing)? (his|her|their) (own )?life|killing (him|her|them)sel(f|ves)|dying|not being (here|around|alive)|being dead|suicide)|end(ing)? it all|(home|intensive) (treatment|support) team|(\w+'s|my|mum's|dad's|nan's|someone's) (pills|tablets|meds|medication|painkillers|sleeping tablets|antidepressants) (on purpose|deliberately)|(taking|took|takes|been taking|nick(ed|ing|s)?|stole|steal(s|ing)?|swip(ed|es|ing)|hid(ing)?|hoard(ed|ing)?) (some of )?((his|her|their) )?(\w+'s|my|mum's|dad's|nan's|someone's) (pills|tablets|meds|medication|painkillers|sleeping tablets|antidepressants))\b",
    )
    .unless(r"\b(dying (of|for|to|with) |(very |so |being )?dramatic|drama queen|man flu|by mistake|accident\w*|dying laughing|relationship|boyfriend|girlfriend|friendship|contract|subscription|i('ve| have| am|'m)? (took|taken|take|taking|been taking) my)\b"),
    Cue::new(
        SelfHarm,
        r"\b(self[- ]?harm\w*|su?i?ci?d(e|es|al|ally|ality)|suisid\w*|(kill(ed|s|ing)?|harm(s|ed|ing)?|cut(s|ting)?|burn(s|t|ed|ing)?|punish(es|ed|ing)?|hat(e|es|ed|ing)|starv(e|es|ed|ing)|hang(s|ed|ing)?|strangl(e|es|ed|ing)|chok(e|es|ed|ing)|scratch(es|ed|ing)?|bit(e|es|ing)?) (him ?self|her ?self|them ?selves|themself|hisself|my ?self)|(make|makes|made|making) (him ?self|her ?self) (sick|throw up|vomit)|slit (his|her|their|my) wrists?|(end|ending|ended|take|taking|took) (it all|(his|her|their|my) (own )?life)|overdos\w*|o\.?d'?d|self[- ]?medicat\w*|cutting again)\b",
    )
    // Taught or talked of at school: "this week's PSHE session on
    // self-harm and mental health"; and the idioms "killing himself
    // laughing", "overdosed on chocolate".
    // Nor sick from crying: "she's been crying so hard she's made herself
    // sick".
    .unless(r"\b((cry|crying|cried|cough|coughing|coughed|sobbing|sobbed|screaming|screamed|panicking|panicked|hysterical|wound (him|her)self up|worked (him|her)self up)( so (hard|much))?( that)? (he|she|they)('s| has| had| have)? (made|make|makes) (him|her|them) ?sel(f|ves) sick|kill(s|ed|ing)? (him|her|them|my) ?sel(f|ves) (laugh\w*|with laughter)|overdos\w* on (chocolate|sweets|sugar|haribo|cake|crisps|easter eggs|screen ?time|telly|tv|christmas)|(sugar|chocolate|sweets) overdose)|(session|lesson|lessons|assembly|talk|workshop|pshe|rshe|training|course|leaflet|awareness|campaign|charity|fundrais\w*|sponsored)( \w+){0,2} (on|about|for) (\w+ ){0,2}(self[- ]?harm|suicide|mental health)|(self[- ]?harm|suicide|mental health) (awareness|prevention) (session|lesson|assembly|talk|week|day|training|charity)\b"),
    // Skin scratched or picked till it bleeds, unless a skin condition
    // itches: "he's scratched his arms until they bleed in his sleep" of
    // eczema.
    Cue::new(
        SelfHarm,
        r"\b(scratch|scratches|scratching|scratched|pick|picks|picking|picked) (at )?(her|his|their) (arms|wrists|legs|skin|thighs) (until|till|so) (they|it) (bleeds?|bled)\b",
    )
    .unless(r"\b(eczema|dermatitis|psoriasis|itch\w*|rash|chicken ?pox|hives|bites|allerg\w*|in (his|her|their) sleep|cream|dermatolog\w*)\b"),
    // Hurting oneself, unless by a fall or at play: "hurt herself on the
    // monkey bars at lunch".
    Cue::new(
        SelfHarm,
        r"\bhurt(s|ing)? (him ?self|her ?self|them ?selves|themself|my ?self)\b",
    )
    .unless_accident(HURT_AT_PLAY),
    // Cutting with nothing cut: "she's started cutting." Ending at the
    // comma or stop, as a word boundary cannot follow one.
    Cue::new(
        SelfHarm,
        r"\b(started|starting|been|is|'s|was|keeps|kept|back to|gone back to|caught (him|her)|found (him|her)) cutting( again)?\s*([,.!?;]|$)",
    ),
    Cue::new(
        SelfHarm,
        r"\b((want|wants|wanted|wanting|wanna|wish(es|ed)?|going) (to |2 )?(die|be dead|end it|disappear|not be here|not exist|not wake up|go to sleep (and|n) not wake up|kill (him|her|them|my) ?sel(f|ves))|(doesn't|does not|don't|didn't|did not|no longer|not) (want|wants|wanting) (to |2 )?(be here|be alive|live|exist|wake up|be around)( any ?more)?|better off (dead|without (him|her|me))|('d|would|had) rather (be dead|die|not be (here|alive|around))|(wish|wishes|wished|wishing) (he|she|they|i)( was| were| wasn't| weren't| had|'d| could) (never )?(be |been )?(dead|born|gone|here|alive|die)|(doesn't|does not|don't|can't|cannot|didn't) see (the|any) point (in |of )?(anything|it all|life|living|going on|being here)( any ?more)?|(happier|better) without (him|her|me)|(no|not any|isn't any|is no) point (in )?(living|being alive|being here)|(see|sees|seeing) (the|any) point (in |of )?(living|being alive|being here|life|going on)|goodbye (notes?|letters?|messages?)|(notes?|letters?) (\w+ ){0,5}saying (sorry|goodbye)|(sleep|go to sleep|fall asleep) (and|n) (never|not) wake up|(dark|bad|suicidal|horrible) (thoughts|feelings)|makes? the (bad )?(feelings?|thoughts?|pain) (stop|go away)|what'?s the point (in |of )?(anything|it all|life|living|going on|being here|me)( any ?more)?)\b",
    )
    .unless(r"\b(hungry|(so|too|that|really|very|dead|soo+) tired|bored|the toilet|wee|loo|famished|starving|embarrass\w*|going to die of|(asks?|asking|asked|worried|worries|scared|frightened) (me )?(if|whether|that) (i'm|i am|we're|we are|you're|mummy's|daddy's|mummy is|daddy is|grandma's|nanny's) going to die|a (bit|little) longer|hair)\b|rather die( than \w+( \w+){0,6})?\s*(😂|🤣|😆|😅|🙄|\blol\b|\bhaha)"),
    // Newer words for the same, as young people and NHS pages write them.
    Cue::new(
        SelfHarm,
        r"\b((told|tells|telling) (him|her) to (go )?(die|kill (him|her)self|hurt (him|her)self)|(nobody|no one|no-one) (would|will|'d) (miss|care about|notice) (him|her|me)|(better|easier) (off )?if (he|she|i) (was|were|wasn't|weren't) (gone|dead|here|around)|(kill|hurt|harm|cut) yoursel(f|ves)|long sleeves (\w+ ){0,6}(hide|cover)|(wears?|wearing) long sleeves (even )?(in|for|when|on) (pe|swimming|summer|the heat|hot days)|search(ed|es|ing)? (for )?(how to|ways to) (kill|hurt|harm|end|hang)|kms|kys|unaliv\w*|sewer ?slide|self[- ]?injur\w*|nooses?|(end|ending|ended) (him|her|my|them) ?sel(f|ves)|(hang|hanging|hanged|hung) (him|her|them|my) ?sel(f|ves)|(slash|slashing|slashed|slices?|slicing|sliced) (at )?(his|her|their|my) (arms?|wrists?|legs?|thighs?|skin)|(pulling|pulls|pulled) (her|his|their) (own )?(hair|eyelashes) out|(on|to|off) (a|the) (bridge|railway|train tracks?|tracks|cliff|roof|multi[- ]?storey)( \w+){0,3} (jump|end it|kill)\w*)\b",
    ),
    Cue::new(
        SelfHarm,
        r"\b((took|taken|take|taking|swallowed|had) ((a load|loads|lots|a lot|a handful|a pile|all|the rest|too many|a whole (packet|box|bottle)|some|half a (packet|box|bottle)) of|too many|too much) (my |his |her |their |the )?(\w+'?s )?(tablets|pills|paracetamol|paracetemol|ibuprofen|medication|medicine|meds|anti-?depressants|sleeping tablets)|took (my|his|her|their|mum's|dad's) (tablets|pills|meds|medication)|tablets out of the house)\b",
    ),
    Cue::new(
        SelfHarm,
        r"\b((cuts|cut marks|scratches|scars|burns|bite marks|marks) (on|to|all over|all up|up|down) (the (tops?|insides?|backs?) of )?(his|her|their|both) (arms?|wrists?|legs|thighs|tummy|stomach|forearms?)|(cut|cutting|cuts|scratch(ed|es|ing)?|burn(t|ed|s|ing)?|carv(ed|es|ing)|bit|bites|biting|picking) (at )?(his|her|their) (arms?|wrists?|legs|thighs|forearms?|skin)|(says|said|admitted|admits|told me) (she|he|they) (did|does|had done|has done|wanted to do|meant to do|meant to|wanted to) (it|them|that)( (her|him|them)sel(f|ves)| on purpose| deliberately|\s*[.,!?;]|\s*$| (with|because|cos|when|after|again|last|yesterday|and|but|so))|bang(s|ed|ing)? (his|her|their) head (against|on|off|into)|head ?bang\w*|blades?|razors?|pencil sharpener|(tie|tied|rope|belt|cord|scarf) (\w+ ){0,3}(a)?round (his|her|their) neck|ligature|(jump|jumped|jumping) (off|in front of)|crisis (team|line|appointment|service|cafe)|mental health (crisis|team|nurse)|sectioned|(very|really|so|extremely) low (in mood|lately|recently)?|low mood)\b",
    )
    .unless_accident(concat!(
        r"\b(low with (a |the |this |her |his |their )?(\w+ )?(flu|cold|virus|bug|temperature|fever|cough|infection|tonsillitis|covid)|eczema|psoriasis|rash|chicken ?pox|spots|allerg\w*|insect|mosquito|midges?|stings?|accident\w*|by mistake|fell|fall|falling|tripped|slipped|glass|football|playground|park|climbing frame|trampoline|swings?|slide|soft play|bike|scooter|kitten|cat|dog|cooking|kitchen|knife slipped|pe|",
        // Scratched by plants outdoors: "scratched her arms to bits on
        // brambles at Scouts camp".
        r"brambles?|thorns?|nettles?|bushes|hedges?|rose ?bush|",
        // Things children jump off in play: "jumped off the hay bales".
        r"(jump|jumped|jumping|leapt|climb\w*|came|come) off (the|a|his|her|their) (\w+ )?(hay ?bales?|bales|haystack|sofa|settee|bunk( bed)?|pony|horse|skateboard|monkey bars|climbing wall)|",
        // A Sikh's ceremonial blade, worn by the baptised.
        r"kirpan|ceremonial|five ks|amrit|",
        // A flat battery's: "car wont start, got a jump off next door".
        r"(a|the) jump (off|from)|jump ?(start\w*|leads))\b|",
        household_accident!()
    )),
    // Cuts or scratches on the wrists: where self-harm is hidden, and what
    // a pet or a fall is blamed for. Only a skin condition explains them.
    Cue::new(
        SelfHarm,
        r"\b(cuts|cut marks|scratches|scratch marks|scars|marks|plasters) (\w+ ){0,4}(on|to|across|up|round|around) (the (insides?|backs?) of )?(his|her|their|both) (wrists?|forearms?)\b",
    )
    .unless(r"\b(eczema|psoriasis|rash|chicken ?pox|spots|allerg\w*|insect|mosquito|midges?|stings?|bracelet|watch ?strap)\b"),
    // A CAMHS appointment is routine; an urgent one or a referral is not.
    Cue::new(
        SelfHarm,
        r"\b((urgent|emergency|crisis|same[- ]day) (\w+ ){0,3}(camhs|cahms)|pro[- ]?(ana|mia)|thinspo\w*|(camhs|cahms) (\w+ ){0,3}(urgent|emergency|crisis)|refer\w* (\w+ ){0,3}(to )?(camhs|cahms)|eating disorder|anorexi\w*|bulimi\w*)\b",
    ),
];

#[cfg(test)]
mod tests {
    use crate::domain::ConcernCategory::SelfHarm;
    use crate::parse::safeguarding::test_support::{
        assert_each_raises, assert_harmless, assert_raises,
    };

    #[test]
    fn self_harm_and_suicidal_words_are_raised() {
        for text in [
            "i found cuts on her arms last night",
            "the crisis team are coming round today for holly",
            "he keeps banging his head against the sofa when he's upset",
            "she says its just scratches from the cat on her wrists, she's fine",
            "he's been scratching his arms till they bleed",
            "she took a load of my paracetamol",
            "i took too many pills last night and i'm in hospital",
            "he swallowed too many tablets",
            "she took too much paracetamol on purpose",
            "he took a load of his grandads tablets",
            "he said he wants to kill himself",
            "he is in pieces and keeps saying he'd rather be dead",
            "last night he said he wishes he was dead",
            "she wishes she'd never been born",
            "he said he doesn't see the point of anything anymore",
            "she keeps saying she doesn't want to be alive anymore",
            "she says everyone would be better off without her",
            "he wrote goodbye notes to his friends",
            "the crisis team came out last night",
            "she's been on pro-ana sites",
            "she's been self harming again",
            "he was banging his head against the wall",
            "she tied a scarf round her neck",
            "i don't want to be here any more, they'd be better off without me",
            "urgent camhs appointment after what she said",
            "he hates himself and says he wants to disappear",
            "she's been very low lately",
            "sucidal thoughts again",
            "i found a noose in her room",
            "he told his friend he wants to kms",
            "she keeps talking about unaliving herself",
            "she wears long sleeves in summer to hide her arms",
            "he searched how to hang yourself",
            "she says nobody would miss her",
            "girls in her class told her to kill herself",
            "she doesn't see the point of living",
            "she's stopped eating altogether",
            "he's started cutting again",
            "found her cutting, she wouldn't stop",
            "she's been self-medicating with her brother's pills",
        ] {
            assert_raises(SelfHarm, text);
        }
    }

    #[test]
    fn ordinary_pain_and_exaggeration_are_not_self_harm() {
        for text in [
            "he cut his knee at football",
            "since grandad died he keeps asking if daddy is going to die too",
            "she jumped off the hay bales at her cousins' and sprained her ankle",
            "running late sorry!! car wont start, got a jump off next door. kai will be there by 9.10",
            "after the ceremony she will wear the five ks, including a small kirpan (a blunt ceremonial blade, about 6 inches, worn under her clothes)",
            "poppy's scratched her arms to bits on brambles at scouts camp",
            "she's dying of this cold",
            "this cough is killing me",
            "her tooth is killing her",
            "she cut her finger on a glass in the kitchen",
            "he's got his regular camhs appointment for his adhd review",
            "she takes her tablets at lunch",
            "he's convinced he's dying, it's man flu",
            "i'm dying for a cup of tea",
            "he wants to die his hair green for charity day",
            "she's stopped eating dairy, can her lunch change",
            "she has marks on her arms from her eczema",
            "she's cutting a tooth so she's grumpy",
            "he's been cutting out shapes for the christmas cards",
            "she started cutting her own hair, what a mess",
            "thank you for this week's pshe session on self-harm and mental health",
            "dentist at 8.30 so he'll be in around 9.30. he says he'd rather die than go 😂",
            "he's refusing to wear the elf hat, says he'd rather die 🤣",
            "she said he does it to some of the other boys at the club too",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn talk_of_ending_things_and_other_peoples_pills_are_raised() {
        for text in [
            "he keeps saying he'd be better ending it all",
            "she's been talking about not being here",
            "the intensive support team are visiting",
            "we found she's been hoarding her nan's tablets",
            "not coming in today, can't face it. honestly what's the point in anything anymore",
            "she says she'd rather die than go back to that school",
        ] {
            assert_raises(SelfHarm, text);
        }
        assert_harmless("he's dying to get back to football");
        assert_harmless("max has been killing himself laughing at the staff bloopers all evening");
        assert_harmless(
            "freddie overdosed on chocolate at the christmas party, he's been sick all night",
        );
    }

    #[test]
    fn a_child_who_stops_eating_is_raised_unless_ill() {
        assert_each_raises(
            SelfHarm,
            &[
                "she's stopped eating and we're worried",
                "he's stopped eating, i'm really worried",
                "we are really worried about his weight",
                "she's been hiding her lunch in her bag",
            ],
        );
        for text in [
            "he's stopped eating because of his sore throat",
            "she's hardly eating anything with this bug",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn skin_scratched_till_it_bleeds_and_sleeves_kept_down_are_self_harm() {
        assert_each_raises(
            SelfHarm,
            &[
                "she's been scratching her arms until they bleed",
                "he wears long sleeves even in pe",
            ],
        );
        assert_harmless(
            "his eczema has flared and he's scratched his arms until they bleed in his sleep",
        );
    }

    #[test]
    fn hurting_oneself_in_a_fall_or_at_play_is_no_self_harm() {
        assert_harmless("the office rang to say she hurt herself on the monkey bars at lunch");
        assert_each_raises(
            SelfHarm,
            &["i think he's been hurting himself, he won't let me see his arms"],
        );
    }

    #[test]
    fn sick_from_crying_is_no_self_harm() {
        assert_harmless("she's been crying so hard she's made herself sick");
        assert_each_raises(SelfHarm, &["she's been making herself sick after meals"]);
    }

    #[test]
    fn a_child_with_a_high_temp_not_eating_is_ill() {
        assert_harmless("he's got a really high temp and won't eat anything, keeping him home");
    }
}
