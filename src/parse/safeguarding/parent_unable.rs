//! A parent who cannot get up, cope or stay sober, and children left to
//! fend for themselves: parental mental ill-health, substance misuse and
//! neglect in *Keeping children safe in education* (Annex B), as parents
//! say them without any of the words of a diagnosis.
//!
//! The language is a parent as the subject of an incapacity ("I haven't
//! been able to get out of bed", "their dad's too out of it"), a parent's
//! despair ("I give up", "everything is too much"), or children doing for
//! themselves what a parent should ("fending for themselves", "getting
//! himself up"). An incapacity that is ordinary illness in other messages
//! ("too poorly to get up") counts only when the children are left to fend.

use super::cue::Cue;
use crate::domain::ConcernCategory::*;

/// A parent as the subject of what follows: the writer, or a parent named.
macro_rules! parent {
    () => {
        r"(i|i've|i'd|i'm|i am|i have|i was|(my|their|his|her|the kids'?) (mum|mam|mom|mummy|mother|dad|daddy|father|wife|husband|partner)|mum|mam|mummy|dad|daddy)('s| has| is| was| had)?"
    };
}

/// Children doing for themselves what a parent should, or left without.
const LEFT_TO_FEND: &str = r"\b(fend\w* for|(get|gets|getting|got|sort|sorts|sorting|sorted|make|makes|making|made|feed|feeds|feeding|fed|dress|dresses|dressing|dressed) (themselves|himself|herself|each other)|(their|his|her) own (breakfast|tea|dinner|food|meals?|lunch)|(on|by) (their|his|her) own|themselves|(put|puts|putting) (his|her|their) (\w+ )?(sister|brother|siblings?|the baby) to bed|(looking after|minding|caring for|watching|feeding|changing) (the baby|the little ones|(his|her|their) (little |baby |younger )?(sisters?|brothers?|siblings))|nobody|no one|no-one|no food|nothing to eat|(kids|children|they)( have|'ve| had)? (been )?(alone|hungry|cold)|doing (the|all the) (shopping|cooking|cleaning|washing)|(cereal|crisps|toast|biscuits|sweets|noodles) for (every|all (his|her|their)) (meals?|teas?|dinners?)|to bed (without|with no) (any )?(tea|dinner|food|supper)|(doesn't|does not|don't|never|didn't|won't) (make|makes|cook|cooks|get|gets|give|gives)( (him|her|them|us))? (any )?(tea|dinner|breakfast|food|meals?)|(has|have|had) to (make|do|change|feed|get up|get) (the baby|the baby's|(his|her|their) (little |baby |younger )?(brother|sister)('s)?))\b";

pub const CUES: &[Cue] = &[
    // A parent who cannot function, or despairs: a concern on its own.
    Cue::new(
        ParentInCrisis,
        concat!(
            r"\b",
            parent!(),
            r" (\w+ ){0,2}((haven't|have not|hasn't|has not|not|never) (been able|managed) to (get (up|out of bed|dressed)|leave the (house|flat)|function|cope|look after)|(can't|cannot|couldn't|can not) function|(not|haven't|hasn't|have not|has not) (left|been out of) (the|my|her|his) (house|flat|bed|bedroom|room) (in|for) ((a few |a couple of |two |three |four |\d+ )?(days|weeks|months)|ages|a week|a month|a fortnight)|(can|could) (barely|hardly) (get up|get out of bed|function|cope|move|look after)|(barely|hardly) (functioning|coping|surviving|holding it together)|(just |really )?not with it|(too |so |completely |totally |well )?(out of it|wasted|paralytic|legless)|in bits|no (use|good) to (them|him|her|anyone|the kids))\b",
            r"|\b(back on the (bottle|drink|booze|gear)|had a skinful|i give up|i('ve| have) given up|(they|he|she)('d| would) be better off without me|everything('s| is) (too much|getting on top of me)|it's all too much|(i|i just) (can't|cannot) any ?more|(can't|cannot) (go on|carry on) like this|(not|don't think i'm|i'm not) safe (to be )?(on my own |alone )?with (them|him|her|the kids|the children)|scared (of )?what i('ll| might| will| could) do|(haven't|have not|hasn't|has not|not) (been )?(slept|eaten|washed|showered|bathed|dressed|got dressed|been out|left the house)( properly)?,? (or|and|nor) (\w+ )?(slept|eaten|washed|showered|bathed|dressed|got dressed|been out|left the house)|i('ve| have)? (not|haven't|have not) (slept|eaten|washed|showered|got dressed|been dressed|left the house|been out of the house)( properly)? (in|for) (days|a week|weeks|ages|a fortnight)|(don't|do not|not sure|no idea) (know )?how (much )?(longer|long) i can (keep going|carry on|go on|keep this up|cope|do this|hold on)|(i|i just) (can't|cannot) keep going|(i|i just|i really|i honestly)('m| am)? (can't|cannot|couldn't|not able to|unable to) (look after|care for|cope with|manage) (them|him|her|the kids|the children|my kids|my children) (properly )?(any ?more|like i should|like i used to|at the moment|right now|these days))\b"
        ),
    ),
    // A parent stopping their own medication, as a mental-health crisis
    // often begins: "I can't get going since I came off my meds".
    Cue::new(
        ParentInCrisis,
        r"\b((i|i've|i have|i'd|i had|since i|mum|dad|(her|his|their) (mum|dad))( \w+){0,2} (came|come|coming|been|gone|went|got) off (my|her|his|their) (meds|medication|tablets|antidepressants|anti-depressants|pills|lithium)|(stopped|stopping|not been|haven't been|not) taking (my|her|his|their) (meds|antidepressants|anti-depressants|lithium))\b",
    )
    .unless(r"\b(inhaler|asthma|blood pressure|antibiotics?|hay ?fever|pain ?killers?|iron|steroids?|back|knee|hip|pregnan\w*|baby|allergy|allergies|thyroid)\b"),
    // A parent's low state in plain words ("I'm in a bad way", "I've been
    // so low"), unless it is an illness or a shortage that is low.
    Cue::new(
        ParentInCrisis,
        concat!(
            r"\b",
            parent!(),
            r" (\w+ ){0,2}((in )?(a |such a )(really |very |bit of a |proper )?(bad|low|dark|awful|terrible|horrible) (way|state)|(so|really|very|that|feeling) (low|down)( in myself)?|not (right|good|well|myself) in (myself|my head))\b"
        ),
    )
    .unless(r"\b(flu|bug|covid|virus|cold|cough|migraine|tooth\w*|back|knee|hip|leg|arm|chest|infection|sickness|d&v|vomit\w*|temperature|fever|op|operation|low on|down with|down to|down the|car|traffic|battery)\b"),
    // A parent in a child's words: crying all day, or not waking.
    Cue::new(
        ParentInCrisis,
        r"\b(mummy|mum|mam|mom|mama|daddy|dad|papa|(her|his|their|my) (mum|mam|dad|mother|father|wife|husband|partner))('s| is| was| has been| keeps| just| always)? (\w+ )?(crying|cries|cried|sobbing|sobs|in tears)( \w+){0,2} (all day|all the time|every (day|night|morning)|all night|all weekend|constantly|non-?stop|for days|so much|again)\b|\b(mummy|mum|mam|daddy|dad|(her|his|their) (mum|dad)) (won't|wouldn't|couldn't|could not|can't) wake( up)?\b|\b(won't|wouldn't|couldn't|could not|can't) wake (mummy|mum|mam|daddy|dad|(her|his|their) (mum|dad)) up\b",
    )
    .unless(r"\b(alarm|in time|overslept|oversleep|late|film|movie|wedding|funeral|died|passed away|passing|bereave\w*|happy tears|nativity|show|baby|teething)\b"),
    // A parent too ill to get up, with the children left to fend.
    Cue::new(
        ParentInCrisis,
        concat!(
            r"\b",
            parent!(),
            r" (\w+ ){0,2}((too|so) (poorly|ill|unwell|sick|low|tired|exhausted|depressed|weak|drunk|hungover|bad) to (get up|get out of bed|function|move|do anything|look after|get them|take them|do the school run)|((stayed|stays|staying|been|lying|lay|lies) in bed |(asleep|sleeping|sleeps|slept) (in bed |on the (sofa|settee|couch) )?)(all|for) (day|days|week|weeks|weekend|the week|the weekend|the time)|(can't|cannot|couldn't|won't|wouldn't|doesn't|didn't) (get|get myself) (up|out of bed))\b",
            r"|\bnobody (up |home |there )?to (get|wake|feed) (them|him|her)\b"
        ),
    )
    .given(LEFT_TO_FEND)
    // Nobody for the school run while the sender works: "I've got to take
    // the hoggs to the sale and there's nobody to take him in".
    .unless(r"\b(i've got to|i have got to|i have to|i've to|i need to|i'm working|i am working|at work|my shift|on shift|to work)\b"),
    // Children fending for themselves, a home without heat or light, a
    // parent gone ("her mums gone away for a bit so I've got her").
    Cue::new(
        Neglect,
        r"\b(fend\w* for (themselves|himself|herself)|(been|having to|had to|have to|has to|left to) (get|getting|sort|sorting|feed|feeding|dress|dressing) (themselves|himself|herself)|(electric|electricity|gas|power|water|heating)( has|'s| had| was| got)? (been )?(cut off|disconnected)|no (money|credit|emergency credit)( left)? (on|for|in) the meter|in (their |our )?coats (in|inside) the (house|flat)|(their|his|her) (mum|mam|mom|mummy|mother|dad|daddy|father) (hasn't|has not|hadn't|didn't|never) (been |come )(home|back)|(mum|mam|dad|their mum|their dad|his mum|his dad|her mum|her dad) (stays|stayed|is|'s) out all night|gone off (again )?and left (them|him|her|the kids|the children)|(their|his|her|\w+'s) (mum|mam|mom|mummy|mother|dad|daddy|father)('s|s| has| is)? (gone|gone away|gone off|taken off|run off|disappeared|done a runner) for a (bit|while)( now)?[.,;!]? (so |and |but )?(i've|ive|i have|we've|we have|i'm|im|i am|she's|he's|they're) |left (him|her|them) with (me|us)[^.!?\n]*(haven't|have not|hasn't|has not|not|never) (heard|seen))\b",
    )
    .unless(r"\b(roadworks|works|engineers?|burst|leak|storm|power cut|whole (street|road|estate)|for (the|an?) (hour|morning|afternoon))\b"),
    // A young child getting themselves up and out while the parent is
    // already at work: no grown-up in the house in the morning.
    Cue::new(
        Neglect,
        r"\b(gets|get|getting|got|has to get|had to get|have to get) (himself|herself|themselves) (up|ready|up and ready|up and dressed|to school|out)\b",
    )
    .given(r"\b(at work|to work|for work|starts? work|leave for work|left for work|working (early|nights|away)|early shift|night shift|on nights|before (he|she|they) (wakes?|gets up|is up|are up))\b"),
    // A child in the charge of a brother or sister under 18 while the
    // parent is away for days: "her brother (15) is looking after her".
    Cue::new(
        Neglect,
        r"\b(brother|sister|sibling|cousin|son|daughter)( \(1[0-7]\)|,? (who is|who's|aged|age) 1[0-7]|,? 1[0-7],?)? (is |will be |'s |has been |was )?(looking after|minding|in charge of|babysitting|watching|caring for) (her|him|them)\b",
    )
    .given(r"\b(working away|away (for|with) work|abroad|away (till|until|for)|(in|into) hospital|staying (at|with) (my|his|her) (boyfriend|girlfriend|partner)|(i'm|i am|we're|we are) (away|not home|not there|out of the country))\b"),
    // Children going without meals: to bed with no tea, cereal for every
    // meal. Not when the child is too ill to eat.
    Cue::new(
        Neglect,
        r"\b((go|goes|going|gone|went|sent|been going) to bed (without|with no) (any )?(tea|dinner|food|supper)|(had|eaten|ate|'s had) nothing( to eat)? since|(hasn't|has not|haven't|not) (had|eaten) (anything|a thing)( to eat)? since|(hasn't|has not|doesn't have|does not have) (got )?(a |one |any )?(\w+ ){0,3}(that|which) fits|(when|till|until) (my|the|our) (money|wages|pay|benefits?|universal credit|uc) (comes? in|goes in|arrives?|is paid|gets paid)|(cereal|crisps|toast|biscuits|sweets|noodles|chocolate) for (every|all (his|her|their)) (meals?|teas?|dinners?)|(only|just) (had|eaten|eats|eating|been eating) (cereal|crisps|toast|biscuits|sweets) (for|all) (days|the weekend|weekend|week|the week))\b",
    )
    .unless(r"\b(sick|poorly|ill|bug|tummy|temperature|fever|vomit\w*|not hungry|wouldn't eat|refused|too tired|fell asleep|big lunch|party)\b"),
    // A child sent to live with someone else for as long as it takes,
    // because the parent cannot manage: "she's staying with her grandad for
    // now, I've got a lot going on. Not sure how long for".
    Cue::new(
        ParentInCrisis,
        r"\b(staying|stopping|living|gone to (stay|live)|going to (stay|live)|moved in) with (his|her|their|my) (\w+ )?(nan|nana|nanna|gran|granny|grandma|grandad|grandpa|aunt\w*|uncle|cousin|dad|mum|father|mother|family|relatives|friend)\w*( in [a-z]+)? (for now|for the time being|for a while|for the foreseeable|indefinitely|till (things|i|we) (settle|calm|get|sort))\b",
    )
    .given(r"\b((not sure|no idea|don't know|do not know|dont know) (how long|when)|(a lot|too much|so much|loads) (going on|on my plate)|(can't|cannot|can not|not) cop(e|ing)|struggling|falling apart)\b"),
];

#[cfg(test)]
mod tests {
    use crate::domain::ConcernCategory::*;
    use crate::parse::safeguarding::test_support::{assert_each_raises, assert_harmless};

    #[test]
    fn a_parent_who_cannot_function_or_despairs_is_raised() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "i've not been able to get up for a week",
                "their mum hasn't left the bedroom in days",
                "i can't function at the moment",
                "dad's too out of it to notice",
                "their dad is back on the bottle",
                "i give up with it all",
                "he'd be better off without me",
                "i don't think i'm safe to be alone with them",
                "haven't eaten or slept since friday",
            ],
        );
    }

    #[test]
    fn a_parent_too_ill_to_get_up_is_a_concern_only_when_the_children_fend() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "i'm too ill to get up so they've been sorting their own tea",
                "mum stayed in bed all weekend and nobody fed them",
            ],
        );
        for text in [
            "i'm too poorly to get up today so grandad is taking her in",
            "i've been in bed all week with covid, her dad has the school run",
            "he's stayed in bed all day with a temperature",
            "i've got to take the hoggs to the sale and there's nobody to take him in or fetch him",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            ParentInCrisis,
            &["i can't get out of bed and there's nobody up to get them"],
        );
    }

    #[test]
    fn children_left_to_fend_and_a_home_cut_off_are_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "the boys have been fending for themselves",
                "she's had to get herself ready every day",
                "our electric was cut off on monday",
                "no credit left on the meter",
                "his mum hasn't come home since friday",
                "she left him with me in june and i haven't heard from her",
                "this is kyle, jade's boyfriend. he has a cold. his mam has taken off for a while so i'm having him",
            ],
        );
        for text in [
            "the water's been cut off for an hour for roadworks",
            "she's fending off a cold",
            "her mum's gone away for a bit of a rest, back sunday, so i've got her till then",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_parent_low_in_plain_words_is_raised() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "i'm in a bad way at the moment",
                "i've been feeling really low",
                "haven't showered or got dressed all week",
                "i don't know how much longer i can keep going",
                "i can't look after them properly at the moment",
                "i can barely get out of bed",
                "i haven't left the flat in three weeks",
                "i'm not right in myself",
            ],
        );
        for text in [
            "i'm in a bad way with this flu so her dad is doing drop off",
            "i can't look after him properly today as i'm on shift, can he go to breakfast club",
            "she's feeling a bit down about falling out with her friends",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_parent_in_a_childs_words_is_raised() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "he says mummy cries all the time",
                "she couldn't wake her mum up this morning",
                "he says daddy sleeps all day and never makes them any tea",
            ],
        );
        for text in [
            "mum cried all the way through the school play",
            "dad couldn't wake up for his alarm so we're late",
            "mum cried all day when grandad passed away",
            "my husband works nights so he sleeps all day, i'll do pick up",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn children_going_without_meals_are_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "they've been going to bed without any tea",
                "he's had cereal for every meal since friday",
                "she's had nothing since lunch at school yesterday",
                "he hasn't eaten anything since friday teatime",
                "she hasn't got a pair of shoes that fits",
                "can i pay for the trip when my universal credit comes in",
            ],
        );
        assert_harmless("she went to bed without tea because she was sick");
        assert_harmless("she's had nothing since tea yesterday, she's been sick all night");
    }

    #[test]
    fn a_child_without_a_grown_up_while_the_parent_is_away_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "i'm on an early shift so he gets himself up for school now, he must have dozed off",
                "i start work at six so she has to get herself to school",
                "i'm away with work until friday and his sister (16) is looking after him",
                "we're abroad till monday, her cousin who is 14 is minding her",
            ],
        );
        for text in [
            "she gets herself ready in the mornings now, she's so grown up",
            "his sister is looking after him while i'm at the dentist",
            "his big brother (22) is looking after him while we're away",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_parent_stopping_their_own_medication_is_in_crisis() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "i've not been right since i came off my antidepressants and can't face the school run",
            ],
        );
        assert_harmless("i came off my antibiotics yesterday and feel much better");
    }

    #[test]
    fn a_phone_cut_off_is_no_want_at_home() {
        assert_harmless("my old phone has been cut off so here is my new number");
    }

    #[test]
    fn a_child_sent_to_a_relative_for_as_long_as_it_takes_is_raised() {
        assert_each_raises(
            ParentInCrisis,
            &[
                "he's staying with my aunt in leeds for the time being, i'm not coping",
                "they've gone to live with their grandad for now, don't know how long",
            ],
        );
        assert_harmless("she's staying with her nan for now while we're decorating");
    }
}
