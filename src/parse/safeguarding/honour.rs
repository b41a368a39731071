//! Female genital mutilation, forced and child marriage, and abuse in the
//! name of a family's honour: the words families use (a "ceremony", "her
//! sunnah", "the cutting", "to sort them out") rather than the statutory
//! names.

use std::sync::LazyLock;

use regex::Regex;

use super::cue::Cue;
use crate::domain::ConcernCategory::*;
use crate::parse::text::compile;

/// A marriage or engagement said to be someone's by name: "for Rubina's
/// engagement", "Samina's nikah".
static NAMED_MARRIAGE: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"\b(?P<subject>[a-z]+)'s (engagement|nikah|nikkah|nikaah|rishta|mangni|betrothal|wedding|marriage)\b",
    )
});

/// The words telling of one of the sender's own children engaged or to be
/// married: a child's marriage, whatever the family calls it, is forced in
/// law. A pupil's name is needed: "Sarah's wedding" is as likely an aunt's.
pub fn a_childs_own_marriage<'t>(lower: &'t str, children: &[String]) -> Option<&'t str> {
    if children.is_empty() {
        return None;
    }
    NAMED_MARRIAGE
        .captures_iter(lower)
        .find(|c| children.iter().any(|child| *child == c["subject"]))
        .and_then(|c| c.get(0))
        .map(|m| m.as_str())
}

pub const CUES: &[Cue] = &[
    // FGM: the procedure under its own and its euphemistic names.
    Cue::new(
        FgmOrForcedMarriage,
        r#"\b(fgm|female genital|mutilat\w*|circumcis\w*|(her|the|for|a|get|be|being) cut(ting)?( like| for| ceremony| done| in the (summer|holidays?)| (this|next|over the|during the) (summer|holidays?|year)| when she|$|\.|,)|sunnah?|sunna|(to be|be|get|getting|being) made (clean|pure)|(she|girls|daughters) (is|are|was|were|has been|have been|had been|got|gets) made (clean|pure)|khatna|khitan|tahara|tahur|bondo|gudniin|halalays|initiation|(a |her |their |the )?special (\w+ )?(ceremony|procedure|celebration|operation)|ceremony (for (her|the girls|them)|like (her|the) (sisters|cousins|other girls))|(become|becoming|made|make her) a (proper |real )?woman|(girls|they|daughters) (become|becoming|are made) women|(tradition|custom|ceremony)\w* (\w+ ){0,4}girls?|girls? (of|at) her age|(operation|procedure|op) (\w+ ){0,3}(abroad|back home|in (sierra leone|somalia|somaliland|sudan|egypt|nigeria|kenya|ethiopia|eritrea|gambia|the gambia|guinea|mali|djibouti|yemen|iraq|kurdistan|indonesia|malaysia|senegal|burkina faso|liberia|chad|ivory coast|mauritania))|(can't|cannot|can not) sit (down )?(properly|comfortably)|(ceremony|procedure|operation|celebration|ritual)s? (\w+ ){0,4}(for her|for the girls|for my daughter|for my girls|back home|abroad)|(make|keep) (her|them) (clean|pure)|(girls?|she|her) (must|should|has to|have to|need to|needs to|will|would) (\w+ )?be cut|girls (\w+ ){0,4}(the )?(procedure|operation|cutting)|purity|(in pain|hurts|pain) (down there|when (she|he) (wees|pees)))\b"#,
    )
    .unless(r"\b(brit( milah)?|bris|(his|baby brother's|son's|brother's|boys'?) circumcision|circumcision (ceremony|party)|(has|had|got|with) a (small |little |nasty |bad |deep )?cut|naming ceremony|wedding ceremony|graduation|award|prize|hair ?cut|cut(ting)? (her|his) hair|paper|scissors|grass|tonsils|adenoids|grommets|appendix)\b"),
    // Someone brought to the home to do it, as FGM's indicators warn of a
    // cutter visiting: "a lady is coming from Birmingham to do it at home".
    Cue::new(
        FgmOrForcedMarriage,
        r"\b(a|an|the) (old |older |special )?(lady|woman|auntie|aunty|aunt|elder|cutter|midwife) (is |was |will be |has )?(coming|come|came|flying|flown|travell?ing|visiting|arriving) (over |in |down |up )?(from [a-z ]{1,30} )?to do (it|her|them|the girls)\b",
    ),
    // The signs FGM's statutory guidance lists, in a girl back from a
    // family trip abroad: long in the toilet, pain passing water, trouble
    // walking or sitting ("since we come back from Sudan she have pain
    // when she go to the toilet").
    Cue::new(
        FgmOrForcedMarriage,
        r"\b((taking|takes?|took|spends?|spending|spent|is|was|been) (a |so |very |really )*(long|longer|ages|forever)( time)? (in|on) (the (toilet|loo|bathroom)|there)|(pain|hurts?|hurting|cr(y|ies|ying)|stings?|stinging|burns?|burning) (\w+ ){0,3}when she (go|goes|is going|went) (to )?(the )?(toilet|loo)|(pain|hurts?|hurting|stings?|stinging|burns?) (\w+ ){0,3}when she (wees?|pees?|urinates?|goes for a (wee|pee))|she('s| is| has|'s got| has got)? (\w+ ){0,2}(difficulty|trouble|struggling) (walking|to walk|sitting|to sit))\b",
    )
    .given(r"\b((since|after|when) (we|she|they) (came|come|got|get|returned|return|arrived) (back|home) from|since (the|our|her) (summer |long )?(holiday|trip|visit)|after (the|our|her) (long |summer )?(holiday|trip|visit) (to|in|abroad)|back from (abroad|(\w+ ){1,2}(for|after) (the|a) (summer|holidays?|month|few weeks)))\b"),
    // Becoming a woman while still a girl, marked by a day set aside for it.
    Cue::new(
        FgmOrForcedMarriage,
        r"\b(becom(e|es|ing)|to become|turning into) a (big girl|young lady|lady|grown woman)\b",
    )
    .given(r"\b(special (day|occasion|ceremony|celebration|party)|ceremony|to do it|back home|abroad)\b"),
    // Forced and child marriage.
    // The euphemism set apart in quotes, as a parent who doubts it writes
    // it: "to have 'the operation'".
    Cue::new(
        FgmOrForcedMarriage,
        r#"['"](the |her |a )?(operation|procedure|cut|cutting|ceremony|special \w+)['"]"#,
    ),
    Cue::new(
        FgmOrForcedMarriage,
        r"\b(forced (to )?marr\w*|(doesn't|does not|won't|will not|refuses to|refused to|don't|do not) (want to )?marry (him|her|them|(his|her) cousin|a man|an older man|a stranger|someone|anyone|anybody|yet)\b|(the|a) (nikah|nikkah|nikaah|rishta) (will|is going to|is|'s|would)\b|(i'm|i am|she's|she is|he's|he is) (only )?(1[0-7]|thirteen|fourteen|fifteen|sixteen|seventeen)\b[^.!?]{0,40}\b(marry|marriage)|forced marriage|(be|become|made|make her|making her) (a |his |their )?(bride|wife)|(marr(y|ied|ying)|give|giving|gave|promis(ed|ing)) (her|him) (off|away)|arranged marriage|child marriage|marr(y|ied|ying) (her|him) (off|there|to)|(her|his) (own )?(wedding|nikah|nikkah|nikaah|engagement|marriage|rishta|husband|wife|fiance|fiancee|future husband|intended)\b|(doing|do|arrange|arranging|having|plan(ning)?|organis\w*) (her|his) (nikah|nikkah|nikaah|wedding|marriage|engagement|rishta)|(engagement|engaged|married|marry|marrying|nikah|nikkah|nikaah|rishta|wedding|match|proposal) (for (her|him) )?(to|with) (her|his|a|an|the) (cousin|man|boy|older)|(engagement|rishta|proposal|match) for (her|him)|(plan(s|ned|ning)?|arrang(e|es|ed|ing)|organis\w*|sort(ing|ed)?) (a|the) (wedding|marriage|nikah|nikkah|engagement) for (her|him)|(found|chosen|picked|arranged|lined up) (a )?(husband|wife|man|boy|match) for (her|him)|(found|chosen|picked|lined up|got) (her|him) a (husband|wife|man|match|fiance|fiancee|bride|groom)|marr(y|ying|ied) (her|him) (to )?(her|his|a|an) (\w+ )?(cousin|uncle|man|older)|(take|taking|took|send|sending|sent|tak(es|ing)) (her|him) (back )?(to|home|abroad) (\w+ ){0,3}to (marry|get married|be married|wed|get engaged|meet (her|his) (husband|wife))|(meet|see) (the|her|his) (boy|man|girl|future)|(she|he) is next|(for |want(s|ed)? |arrang(ed|ing|e) (for )?|plan(s|ned|ning)? (for )?|promis(ed|es|ing) )?(her|him) to (be |get )?(married|marry|wed)|(she|he)('s| is| will| will be| is going to|'s going to| has to|'s got to| must)? (be |get |getting |being )?(married|wed) (off|when|in|this|next|at|abroad|back home|over there|there|to|before)|(too young|only \d\d|only (thirteen|fourteen|fifteen|twelve)) (\w+ ){0,5}(married|marry|marriage|wedding))\b",
    )
    // Nor a teacher's wedding the class is collecting for: "for her
    // wedding present".
    .unless(r"\b((my|our|her|his) (brother|sister|uncle|auntie|aunty|aunt|cousin|mum|dad|nan|grandad)'s wedding|(her|his) wedding (present|presents|gift|gifts|card|collection)|bridesmaid|page ?boy|flower girl)\b"),
    // A wedding, then the one to marry a child: "her sister's wedding ...
    // her sister is only 16 and has been crying for weeks", "my eldest
    // daughter's wedding. She is 15".
    Cue::new(
        FgmOrForcedMarriage,
        r"\b(wedding|marriage|nikah|married)\b.*\b(is|she's|he's) (only (1[0-7]|twelve)|(only )?(1[3-7]|thirteen|fourteen|fifteen|sixteen|seventeen))\b",
    ),
    // A child's marriage to a relative, or one agreed in childhood:
    // "Samina's nikah to my nephew, arranged by the family when she was
    // small", "she will be engaged with my nephew there".
    Cue::new(
        FgmOrForcedMarriage,
        r"\b((nikah|nikkah|nikaah|rishta|engagement|marriage|wedding|(she|he)('ll| will| is| is going to|'s going to)? (be |get |getting )?(engaged|betrothed|promised|married)) (to|with) (my|our|his|her|their) (nephew|niece|cousin|brother'?s son|sister'?s son|sister'?s daughter|brother'?s daughter)|(arranged|promised|agreed|decided|fixed)( by (the|our|my|his|her|both) (family|families|parents|elders))? when (she|he|they) (was|were) (small|little|young|tiny|a baby|babies|a child|children|born|\d{1,2}))\b",
    )
    .unless(r"\b((my|our|her|his) (brother|sister|uncle|auntie|aunty|aunt|cousin|mum|dad|nan|grandad)'s (wedding|nikah|engagement|marriage)|bridesmaid|page ?boy|flower girl)\b"),
    // A marriage the one to be married does not want: "she didn't want to
    // but the family has decided".
    Cue::new(
        FgmOrForcedMarriage,
        r"\b(married|marry|marriage|wedding|engaged|engagement|nikah|rishta)\b[^.!?]{0,80}[.!?]?[^.!?]{0,60}\b((didn't|doesn't|does not|did not|don't) want (to|it|him|her)|against (her|his) (will|wishes)|(has|had|have|got|given) no (choice|say)|(the family|her dad|his dad|her father|his father|her parents|his parents|the elders) (has |have |had )?(decided|insisted|made (her|him)))\b",
    )
    .unless(r"\b(fuss|big (do|party|wedding)|to go to the wedding|to miss school|to be a bridesmaid|page ?boy|flower girl)\b"),
    // A child sent away to relatives to be made to behave: "gone to live
    // with my sister in Lagos so he can learn some discipline", "sent him
    // to his grandparents in Enugu to learn respect".
    Cue::new(
        HonourBasedAbuse,
        r"\b(gone|go|going|sent|send|sending|taken|taking|moved)( (him|her|them))? (to live|to stay|back home|home|back|abroad|away|to (his|her|their|my|our) (\w+ )?(grandparents|grandad|grandpa|grandma|granny|nan|gran|uncle|aunt\w*|family|relatives|father|dad|mother|mum))\b[^.!?]{0,70}\b(discipline|respect|manners|to (learn|be taught) (some )?(discipline|respect|manners|a lesson)|sort (him|her|them) out|straighten (him|her|them) out|toughen (him|her|them) up|learns? (how )?to behave|proper upbringing)\b",
    )
    .unless(r"\b(martial arts|karate|judo|boxing|football|academy|training camp)\b"),
    // Honour-based abuse: shame, control and threats from the family.
    Cue::new(
        HonourBasedAbuse,
        r#"\b(honou?r|dishonou?r\w*|(brought|bring|bringing|brings) shame|shame (on|to) (the|our|this) (family|name)|(shamed|disgraced|dishonoured) (us|the family|them|our family|the name)|disgrace\w*|izzat|(ruin|ruining|ruined|ruins) the family|family('s)? (name|reputation)|(take|taking|send|sending|took|sent) (\w+ ){0,6}("|')?to (sort|straighten) (them|her|him|the girls|both girls) out|teach (them|her|him) a lesson|(won't|will not|not) (let|allow) (her|him) (go )?(to|back to) school|(not|won't|will not) go to school any ?more|stop (her|him) (going to|from going to|coming to) school|(call|ring|phone|text) (me )?(on )?(my mobile|me) (only|not)|(not|never) my husband|when my husband is (at work|out|not)|(can't|cannot) (talk|speak) at home|(don't|do not|please don't) (call|ring|phone) (the )?(house|home)|something (bad )?will happen( to)?)\b"#,
    )
    // A complaint's word for the school: "it's disgraceful how this was
    // handled".
    .unless(r"\b((it's|it is|this is|that's|that is|absolutely|totally|utterly|frankly|quite|simply) disgraceful|disgraceful (that|how|the way|service|behaviour|response))\b"),
];

#[cfg(test)]
mod tests {
    use super::a_childs_own_marriage;
    use crate::domain::ConcernCategory::*;
    use crate::parse::safeguarding::test_support::{assert_each_raises, assert_harmless};

    #[test]
    fn fgm_and_forced_marriage_are_raised() {
        assert_each_raises(
            FgmOrForcedMarriage,
            &[
                "her grandmother is taking her home for her sunnah",
                "she's going back home to be cut in the summer holidays",
                "her dad says she is going to be made clean in sudan",
                "they want to take her back for the cutting like her sisters",
                "a special ceremony for her and her cousins this summer",
                "a special family celebration for when girls become women",
                "an important tradition for girls her age",
                "she had an operation in somalia in the holidays and can't sit properly",
                "her nan says girls have to be cut",
                "they took her away for 'the procedure'",
                "they are arranging her engagement with her cousin",
                "she is going to pakistan to meet the boy",
                "they married her off there last summer",
                "her sister was taken to pakistan and her dad says she's getting married there",
                "she will stay with her husband's family",
            ],
        );
    }

    #[test]
    fn honour_based_abuse_is_raised() {
        assert_each_raises(
            HonourBasedAbuse,
            &[
                "her brothers say she has brought shame on the family",
                "they say she dishonoured the family",
                "her uncles want to take both girls away to sort them out",
                "please ring my mobile only, not the house",
                "please don't call home about this",
                "her father won't let her go to school any more",
                "he says she's ruining the family name",
            ],
        );
    }

    #[test]
    fn family_celebrations_are_not_raised() {
        for text in [
            "my brother is getting married in delhi and he's the page boy",
            "it's disgraceful how the trip money was handled",
            "we're going to my cousin's wedding in lahore",
            "she's 16 and her brother is getting married on saturday",
            "it's her naming ceremony on saturday",
            "she's having her hair cut after school",
            "he fell over in the playground and has a cut",
            "he's having his tonsils out at jimmy's",
            "we're visiting family in nigeria over easter",
            "the car was made clean at the garage",
            "her room has been made clean for the inspection",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_marriage_not_wanted_and_a_child_sent_away_to_be_disciplined_are_raised() {
        assert_each_raises(
            FgmOrForcedMarriage,
            &[
                "her older sister is getting married over there. she doesn't want to but her dad has decided",
                "his brother's marriage is arranged, he has no say in it",
            ],
        );
        assert_each_raises(
            FgmOrForcedMarriage,
            &[
                "we are flying to lahore for aisha's engagement to my brother's son",
                "it was agreed by both families when she was a baby",
            ],
        );
        assert_each_raises(
            HonourBasedAbuse,
            &[
                "we have sent him back home to his uncle for a year to learn some respect",
                "she is going to stay with her grandparents in sylhet until she learns how to behave",
                "we've sent her to her aunty in kano for the year, she was getting rude and needs to learn respect",
            ],
        );
        for text in [
            "my sister is getting married, she didn't want a big fuss so it's just family",
            "he's going to karate camp to learn some discipline",
            "she's going to stay with her nan for the weekend",
            "we sent him to his grandparents in krakow for half term and he came back speaking polish",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_child_to_be_married_is_raised() {
        assert_each_raises(
            FgmOrForcedMarriage,
            &[
                "they want her to get married to a man back home",
                "they'll send her back if she won't marry him",
                "his family want her to go back and be a bride",
                "they've promised her off to a family friend",
                "she's going to be married off this summer",
                "she is only 15 and they are talking about marriage",
                "they want to marry her to her cousin in the summer",
                "i heard my mum on the phone saying the nikah will happen while we're there",
                "we are going to pakistan for her sister's wedding. her sister is only 16 and has been crying for weeks",
                "we will be going abroad for my eldest daughter's wedding. she is 15 and at the high school",
                "i'm 16 and i don't want to marry anyone",
                "her family are sending her back to bangladesh to get married",
                "her father has found a husband for her",
                "his uncle has found her a husband in the village",
                "his aunt is arranging a wedding for him over there",
                "she is going to be promised to my cousin's son, it is agreed",
                "he'll be engaged to his cousin while we are in mirpur",
            ],
        );
        assert_harmless("my sister is getting married on saturday so they'll be tired");
        assert_harmless("my nephew is getting married to his girlfriend in june");
        assert_harmless(
            "his baby brother's brit milah (circumcision ceremony) is at the synagogue on tuesday",
        );
    }

    #[test]
    fn someone_brought_in_to_do_it_and_becoming_a_woman_are_fgm_indicators() {
        assert_each_raises(
            FgmOrForcedMarriage,
            &[
                "an auntie is flying in from abroad to do it for the girls",
                "we are having a special day because she is becoming a young lady now",
            ],
        );
        assert_harmless("she's becoming such a big girl, she tied her own laces today");
        assert_harmless(
            "a lady is coming from the council to do the boiler check so he'll be late",
        );
    }

    #[test]
    fn a_festivals_rituals_are_no_cutting() {
        assert_harmless("she'll be off for the immersion rituals on the last day of durga puja");
    }

    #[test]
    fn the_signs_of_fgm_after_a_trip_abroad_are_raised() {
        assert_each_raises(
            FgmOrForcedMarriage,
            &[
                "since we came back from sudan she has pain when she goes to the toilet",
                "after her holiday to somalia she takes ages in the toilet and won't say why",
                "she has trouble sitting since we got back from guinea",
            ],
        );
        assert_harmless(
            "she has a water infection, it stings when she goes to the toilet, the gp gave her antibiotics",
        );
    }

    #[test]
    fn a_pupil_named_as_the_one_engaged_or_married_is_found() {
        let children = ["hafsa".to_string(), "idris".to_string()];
        for text in [
            "we are travelling to sylhet for hafsa's engagement in december",
            "hafsa's nikah will be held at my brother's house",
        ] {
            assert!(a_childs_own_marriage(text, &children).is_some(), "{text}");
        }
        for text in [
            "we are travelling to sylhet for my sister's engagement",
            "we are going to amina's wedding in leeds, she is my niece",
        ] {
            assert_eq!(a_childs_own_marriage(text, &children), None, "{text}");
        }
        assert_eq!(a_childs_own_marriage("for hafsa's engagement", &[]), None);
    }

    #[test]
    fn a_teachers_wedding_present_is_no_forced_marriage() {
        assert_harmless("the class parents are collecting for her wedding present");
        assert_each_raises(
            FgmOrForcedMarriage,
            &["they are planning her wedding to her cousin in the summer"],
        );
    }
}
