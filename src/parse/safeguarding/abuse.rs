//! Abuse within the family and by adults the child knows: physical,
//! emotional and sexual abuse, neglect and domestic abuse, with the signs
//! *Keeping children safe in education* and the NSPCC list and the words
//! parents use for them.

use super::cue::Cue;

/// A condition that makes a child bruise easily, which explains bruises
/// wherever they are: ITP, haemophilia, leukaemia.
macro_rules! bruising_condition {
    () => {
        r"itp|bruises? (really |very |so )?easily|ha?emophilia|von willebrand|leuka?emia|platelets?|blood (disorder|condition)"
    };
}
/// The grown-ups who may have the children: one named minding them is no
/// child left in charge.
macro_rules! grown_up {
    () => {
        r"nan|nana|nanna|nanny|gran|granny|grandma|grandad|grandpa|aunt\w*|uncle|dad|daddy|mum|mummy|husband|wife|partner|childminder|babysitter|au pair|neighbour|friend|mate"
    };
}
use crate::domain::ConcernCategory::*;

/// Sport, play and accidents: where bruises, cuts and knocks are harmless;
/// and a woman's own injury ("her nan burnt her hand"), since "her" there
/// is the nan's.
const ACCIDENT: &str = concat!(
    r"\b(chicken ?pox|rash|spots|eczema|acne|measles|impetigo|allerg\w*|sunburn\w*|birthmarks?|",
    bruising_condition!(),
    r"|insect|mosquito|midges?|fleas?|horse|pony|riding|pe|football|footy|rugby|hockey|netball|rounders|cricket|tennis|match|training|club|game|games|playground|play ?time|park|trampoline|bike|scooter|skat\w+|slide|swings?|climbing|fell|falls?|fall(ing)?|tripped|slipped|collided|bumped|walked into|ran into|accident\w*|accidentally|by mistake|dog|cat|puppy|kitten|stitches|glued|jab|vaccin\w*|injection|blood test|(burnt|burned|bit|bitten|scalded) (his|her|their) (own )?(tongue|lips?|mouth)|hot (chocolate|drinks?|tea|coffee|soup|food)|pillow|play[- ]?fight\w*|tickl\w*|wrestl\w*|(mum|mummy|mam|mom|mother|nan|nana|grandma|granny|aunt|auntie|aunty|sister|girlfriend|wife) (\w+ ){0,2}\w+ her (own )?(head|hand|arm|leg|back|knee|foot|face|finger|toe|elbow|shoulder|neck|ankle|wrist|hip|lip|tongue))\b|",
    household_accident!()
);

/// The parent out until late at night or away overnight.
const NIGHT_OR_AWAY: &str = r"\b((won't|will not|wont|not) be (back|home) (tonight|till (late|tomorrow|the morning))|(on|doing) (lates|nights|a night shift|night shifts)|works? (the )?(nights|night shifts?)|(till|until) (9|10|11|12|midnight)( ?pm)?( every| each)? ?(night|evening)|away (tonight|overnight|for the night)|stuck in [a-z]+|(stuck |still )?(at|in) work (till|until|til) ([7-9]|1[0-2])( ?pm| o'?clock)?|(no ?one|no-one|nobody)( will be| is|'s)? (at |in )?home|(leave|leaves|left|leaving|go|goes|gone|out) (for |to |the house for )?work (at|by|before) ([4-7]([.:][0-5]\d)?( ?am)?|four|five|six|seven|half (four|five|six|[4-6]))\b)\b";

/// What can explain a mark where falls rarely land: a blow in a named
/// sport or from another child by accident, a skin condition or
/// treatment, or the child's own kit and hair tools rubbing or burning.
const SPORT_SKIN_OR_KIT: &str = concat!(
    r"\b(pe|football|footy|rugby|hockey|netball|rounders|cricket|tennis|basketball|boxing|karate|judo|taekwondo|kickboxing|martial arts|wrestling|match|tackled?|training|trampolin\w*|bouncy castle|soft play|",
    bruising_condition!(),
    r"|chicken ?pox|rash|spots|eczema|psoriasis|acne|measles|impetigo|allerg\w*|hives|sun|sunburn\w*|birthmarks?|mongolian|insect|mosquito|midges?|fleas?|jab|vaccin\w*|injection|blood test|operation|surgery|stitches|scar|glasses|headphones|mask|strap|elastic|seat ?belt|car (crash|accident)|straighteners|curling (tongs|wand)|tongs)\b|",
    child_by_accident!()
);
/// A mark an injury leaves.
macro_rules! mark {
    () => {
        r"(bru(i|ie)?s(e|es|ed|ing)|marks?|burns?|burnt|scalds?|scalded|welts?|weals?)"
    };
}

/// Where accidents rarely land: the torso, the ears, the neck, the cheeks
/// and jaw, the eyelids, the upper arms and the backs and insides of the
/// legs (the sites of the TEN-4-FACESp bruising rule, and those a grip
/// leaves), after "his", "her" or "the back of".
macro_rules! telling_site {
    () => {
        concat!(
            r"((the (backs?|tops?|insides?) of )?(both (of )?|each of |one of )?(his|her|their|both|each) (\w+,? (and |or )?)?(lower |upper |left |right |inner |little )?",
            r"(back|chest|tummy|stomach|belly|sides?|ribs|torso|bum|bottom|buttocks?|private parts|ears?|earlobes?|neck|throat|jaw|jawline|cheeks?|eyelids?|upper arms?|inner arms?|inner thighs?)",
            r"|the (backs?|tops?|insides?) of (his|her|their|both|each) (arms|legs|thighs|knees)",
            r"|the sides? of (his|her|their) (face|neck|body|chest|tummy))"
        )
    };
}

/// Parts of the body an injury names.
macro_rules! injurable {
    () => {
        r"(nose|arm|arms|rib|ribs|jaw|wrist|wrists|finger|fingers|hand|hands|lip|cheekbone|eye socket|eye|collarbone|leg|legs|ankle|skull|head|tooth|teeth|back|face|neck)"
    };
}

/// What a child hides from that is no one's doing: a storm, fireworks, a
/// game.
const HIDING_FROM_SOMETHING_ELSE: &str = r"\b(fireworks?|thunder|storm|lightning|wind|builders|roadworks|party|alarm|film|game|football|match|neighbours?|next door|upstairs flat|baby|puppy|dog|hide and seek|(hates?|hated|hating) (school|going)|refus\w+)\b";

/// Medicines a child takes every day for a lasting condition: going
/// without harms at once.
macro_rules! daily_medicine {
    () => {
        r"(insulin|inhalers?|pumps?|ventolin|salbutamol|epi ?pens?|adrenaline pens?|epilim|keppra|levetiracetam|lamotrigine|carbamazepine|tegretol|valproate|midazolam|seizure (meds|medication|medicine)|epilepsy (meds|medication|medicine)|ritalin|methylphenidate|concerta|medikinet|elvanse|equasym|melatonin|hydrocortisone|steroids?|creon|meds|medication|medicine|tablets|prescription)"
    };
}

pub const CUES: &[Cue] = &[
    // Marks and injuries that need explaining.
    Cue::new(
        PhysicalAbuse,
        r"\b(black eye|split lip|hand ?print|finger ?(tip )?marks|marks? from (his |her |someone's )?fingers|belt marks?|welts?|strangl\w*|chok(ed|ing) (him|her))\b",
    )
    .unless_accident(r"\b((with|by) (a|the) (foot|cricket ?|rugby ?|tennis ?|hockey ?|net|base|basket|golf ?)?ball|(took|got|had|caught|taken) (a|the) (\w+ )?ball (to|in|on|with) (the|his|her|their) (face|eye|head|nose|mouth)|(with|by) (a|the) (bat|racket|stick|swing|door)|at (\w+ )?(football|rugby|hockey|netball|cricket|nets|boxing|karate|judo|taekwondo|pe|training|the match|the game)|from (a|the) (\w+ )?(ball|bat|racket|stick|puck|swing|door)|(from|in) (football|rugby|hockey|boxing|karate|judo|taekwondo|pe|training|the match|the game)|by accident (on|at|in) (the |a )?(trampolin\w*|bouncy castle|soft play|park|playground))\b"),
    Cue::new(
        PhysicalAbuse,
        r"\b(bru(i|ie)?s(e|es|ed|ing)|marks?|burns?|burnt|scald\w*) (on|to|all over|round|around|up) (the )?(back |top |side )?(of )?(his|her|their|both) (face|arms?|legs?|body|wrists?|hands?|head)\b",
    )
    .unless_accident(ACCIDENT),
    // Marks where falls and knocks rarely land, or in a shape: a fall down
    // the stairs does not explain bruising across the back, behind the ear
    // or on the upper arms, nor a door a round burn. Only a named sport, a
    // skin condition or the child's kit does.
    Cue::new(
        PhysicalAbuse,
        concat!(
            r"\b(",
            mark!(),
            r" (\w+ ){0,2}(on|to|across|all over|all down|down|round|around|behind|under|over|up) ",
            telling_site!(),
            r"|(his|her|their) (back|chest|tummy|bum|bottom|ears?|neck|cheeks?|upper arms?) (is|are|was|were|looks?|looked)( all| really| badly| very| so)? (bruised|black and blue|purple|marked|burnt|scalded|covered in (bruises|marks|burns))",
            r"|(grip|hand|finger|fingertip|loop|belt|buckle|slap) ?(marks?|bruis\w*)|(round|circular|cigarette|lighter|iron|loop)[- ]?(shaped )?(burns?|scalds?|marks?|bruis\w*))\b"
        ),
    )
    .unless_accident(SPORT_SKIN_OR_KIT),
    Cue::new(
        PhysicalAbuse,
        r"\b(hit|hits|hitting|punch(ed|es|ing)?|kick(ed|s|ing)?|slap(ped|s|ping)?|smack(ed|s|ing)?|belt(ed|s|ing)?|whack(ed|s|ing)?|thump(ed|s|ing)?|wallop(ed|s)?|batter(ed|s|ing)?|beat|beats|beaten|beating|shak(e|es|ing)|shook|twist(ed|s|ing)?|threw|throws|chuck(ed|s)|shov(ed|es|ing)|push(ed|es|ing)?|burn(ed|t|s|ing)?|bit|bites|bitten|whip(ped|s)?) (him|her|them|me|us|the (kids|children|baby)|my (son|daughter|boy|girl|kids|children))\b",
    )
    .unless_accident(ACCIDENT),
    Cue::new(
        PhysicalAbuse,
        concat!(
            r"\b(lost it with|lashed out at|went for|laid (his|her) hands on|(is|was) rough with|hurt|hurts|hurting|hurted) (him|them|me|us|the kids|the children)\b",
            // "Her" as the one hurt, not whose ankle: "he hurt her again",
            // not "she hurt her ankle on the trampoline".
            r"|\b(lost it with|lashed out at|went for|laid (his|her) hands on|(is|was) rough with|hurt|hurts|hurting|hurted) her(\s*([.,!?;]|$)|\s+(when|and|so|because|cos|again|badly|bad|really|on purpose|with|at|while|last|yesterday|today|by|in|a lot|loads|that|too|as well)\b)",
            r"|\bphysical(ly)? (abus\w*|punish\w*|hurt\w*)|\bpunish(ed|es|ing)? (him|her|them) (by|with)\b"
        ),
    )
    .unless_accident(concat!(
        r"\b(pe|football|game|playground|accident\w*|by mistake|feelings|fell|falls?|falling|tripped|slipped)\b|",
        household_accident!()
    )),
    Cue::new(
        PhysicalAbuse,
        r"\b((twist(ed|s|ing)?|yank(ed|s|ing)?|wrench(ed|es|ing)?|bent|pull(ed|s|ing)?|drag(ged|s|ging)?) (his|her|their) (arms?|wrists?|hair|ears?|neck|fingers?)( behind| back| up| out|$|,|\.)|(pull(ed|s|ing)?|drag(ged|s|ging)?|yank(ed|s|ing)?|grabb(ed|ing)) (him|her|them) (by|across|along|out|up|down|off|into|round))\b",
    )
    .unless_accident(ACCIDENT),
    // A step-parent or a parent's partner named as the one who hurt the
    // child: no sport or accident explains that away.
    Cue::new(
        PhysicalAbuse,
        r"\b(step ?-?(mum|mam|mom|mother|dad|father)|(mum|mam|mom|dad)'s (boyfriend|girlfriend|partner|fella|new fella|husband|wife)|(her|his|my) (partner|boyfriend|girlfriend|fella)) (\w+ ){0,2}(hit|hits|twisted|punched|kicked|slapped|smacked|pushed|shoved|grabbed|burnt|burned|beat|beats|hurt|hurts|did it|did that|done it|done that|threw|throws|strangled|choked|bit)\b",
    ),
    // Someone around the child named with what they did to the child, in
    // any tense: "her uncle grabbed her", "his brother chokes him".
    Cue::new(
        PhysicalAbuse,
        concat!(
            r"\b(her|his|their|my|the|mum's|dad's|a) (older |new |big |step ?-?)?",
            r"(dad|daddy|father|mum|mummy|mam|mom|mother|step ?-?(mum|mam|mom|mother|dad|father|brother|sister)|uncle|aunt|auntie|aunty|cousin|brother|sister|grandad|grandpa|granddad|grandma|granny|nan|nana|boyfriend|girlfriend|partner|fella|husband|wife|babysitter|childminder|neighbour|lodger|man|bloke|ex)",
            r"('s (\w+ )?(boyfriend|girlfriend|partner|fella|friend|mate))? (\w+ ){0,2}",
            r"(grab(s|bed|bing)|chok(e|es|ed|ing)|strangl(e|es|ed|ing)|throttl(e|es|ed|ing)|squeez(e|es|ed|ing)|shak(e|es|ing)|shook|slap(s|ped|ping)|smack(s|ed|ing)|punch(es|ed|ing)|kick(s|ed|ing)|hit(s|ting)?|beat(s|en|ing)?|belt(s|ed|ing)|whack(s|ed|ing)|thump(s|ed|ing)|shov(e|es|ed|ing)|pinch(es|ed|ing)|drag(s|ged|ging)|burn(s|t|ed|ing)|bit(e|es|ten)?|whip(s|ped|ping)|leather(s|ed|ing)|batter(s|ed|ing)|throw(s|n)?|threw|kick(s|ed|ing)? off at) ",
            r"(him|her|them|me)\b"
        ),
    )
    .unless_accident(ACCIDENT),
    // Something hard or hot thrown at the child, by whoever: "threw a
    // glass at her" is an accident only when nobody is named as thrower.
    Cue::new(PhysicalAbuse, concat!(r"\b", thrown_at_someone!())).unless_accident(ACCIDENT),
    // Punishment said in the everyday words for hitting a child.
    Cue::new(
        PhysicalAbuse,
        r"\b(clip (round|around|across|on) the (ear|head|back of the head)|(a )?good hiding|(a )?hiding (for|off|from|last)|(gave|give|given|giving|gives) (him|her|them) a (good |proper |right |real )?(hiding|thrashing|belting|leathering|battering|beating|slapping|smacking)|leathered|(belted|leathered|battered|walloped) (him|her|them)|(bruis\w*|marks?) (\w+ ){0,3}(shaped like|the shape of|like (a )?(hand|hands|fingers?|belt|buckle|grip))|finger ?(tip )?mark|bruis\w* where (someone|somebody|he|she|they|someone's|his|her) (grabbed|squeezed|held|gripped)|chok(es|ed|ing) (him|her))\b",
    ),
    // An injury someone else gave: the one who broke or burnt it is not
    // the one it belongs to ("he broke her arm", "she burnt his hand"), or
    // is named as its cause ("bruises on her arms from my ex").
    Cue::new(
        PhysicalAbuse,
        concat!(
            r"\b(mum|mummy|mam|mom|mother|dad|daddy|father|uncle|aunt|auntie|aunty|grandad|grandpa|nan|nana|grandma|boyfriend|girlfriend|partner|brother|sister|cousin) (\w+ )?(broke|fractured|cracked|bust|split|dislocated|bruised|burnt|burned|scalded|bit|cut) (his|her|their) ",
            injurable!(),
            r"\b|\b(he|they) (\w+ )?(broke|broken|fractured|cracked|bust|burst|split|dislocated|bruised|burnt|burned|scalded|bit|cut) (her|my|their|me|our|mum's|\w+'s) ",
            injurable!(),
            r"\b|\b(she|they) (\w+ )?(broke|broken|fractured|cracked|bust|burst|split|dislocated|bruised|burnt|burned|scalded|bit|cut) (his|my|their|me|our|\w+'s) ",
            injurable!(),
            r"\b"
        ),
    )
    .unless_accident(ACCIDENT),
    Cue::new(
        PhysicalAbuse,
        concat!(
            r"\b(bruis\w*|marks?|black eyes?|burns?|cuts|bite marks?|broken \w+|fractur\w*|injur\w*|swelling|swollen (eye|lip|face|cheek|nose|jaw)|scratches|welts?|lumps?) (\w+ ){0,6}(from|off|by|after|because of|cos of|cause of|thanks to) (my|his|her|their|the|mum's|dad's|her mum's|his mum's) (new |older |big )?",
            r"(dad|daddy|father|step ?-?(dad|father|mum|mother)|mum|mummy|mam|mom|mother|uncle|aunt|auntie|aunty|grandad|granddad|grandpa|boyfriend|girlfriend|partner|fella|husband|wife|ex|ex-partner|ex-husband|babysitter|childminder|neighbour|lodger)\b"
        ),
    )
    .unless_accident(ACCIDENT),
    // Something given to a child to keep them quiet or asleep: drugging,
    // whatever the drug.
    Cue::new(
        PhysicalAbuse,
        r"\b(giv(e|es|ing)|gave|given|put|puts|putting|slip(s|ped|ping)?) (him|her|them) (\w+ ){0,3}(tablets|pills|medicine|medication|meds|calpol|piriton|phenergan|sleeping tablets|alcohol|drink|vodka|wine|beer|weed|something) (\w+ )?to (keep|make|get) (him|her|them) (quiet|asleep|sleep|calm|drowsy|out of the way)\b",
    ),
    // Signs the NSPCC lists: hands at the throat, cigarette burns, a child
    // who flinches.
    Cue::new(
        PhysicalAbuse,
        r"\b((hands?|fingers|arm) (round|around|on|across) (her|his|my|their) (neck|throat)|cigarette burns?|burns? (\w+ ){0,4}(like|from) (a )?cigarettes?|flinch(es|ed|ing)?)\b",
    ),
    // Emotional abuse: rejection, humiliation, terror, confinement.
    // Shut out of the family's meals.
    Cue::new(
        EmotionalAbuse,
        r"\b(not|isn't|wasn't|never) allowed to eat (with (the|us|his|her|their)|at the table)\b",
    ),
    Cue::new(
        EmotionalAbuse,
        r"\b(call(s|ed|ing)?|call(s|ed|ing)? (him|her|them)) (him |her |them )?(stupid|useless|thick|worthless|ugly|fat|disgusting|pathetic|a (little )?(cow|bitch|shit|idiot|mistake|waste)|names|a dirty)\b",
    ),
    Cue::new(
        EmotionalAbuse,
        r"\b(scream(ed|s|ing)?|shout(ed|s|ing)?|yell(ed|s|ing)?|swear(s|ing)?|swore|went mad|goes mad|go mad|rag(es|ed|ing)) at (him|her|them)\b|\b(nobody|no one|no-one|nobody in this family) (wants|loves|likes) (him|her|them)\b|\b(wish(es|ed)? (he|she) (was|were|had) never (been )?born|humiliat\w*|in front of everyone|(wouldn't|won't|doesn't|didn't|would not|will not) let (him|her|them) (eat|sit|have (any )?(food|tea|dinner)|sleep|in the house|come in))\b",
    ),
    Cue::new(
        EmotionalAbuse,
        r"\b(stand|stands|stood|kneel|kneels|knelt|sit|sits|sat) (in the corner|outside|in the garden|in the cold|facing the wall) for hours|for hours without (food|water|eating|a drink)|(makes?|made|making) (him|her|them) (sleep|stay|stand|sit|eat) (in|on|outside|out in) (the )?(garden|shed|car|floor|hallway|cold|dark|bathroom|cupboard|kennel|dog'?s? bed)\b",
    ),
    Cue::new(
        EmotionalAbuse,
        r"\b(tell(s|ing)?|told) (him|her|them) (that )?(he's|she's|they're|he is|she is|they are|he was|she was) (stupid|useless|thick|worthless|ugly|fat|disgusting|pathetic|evil|nothing|a (mistake|waste|burden|disappointment))\b",
    ),
    Cue::new(
        EmotionalAbuse,
        r"\b(lock(ed|s|ing)? (him|her|them) (in|out|up)|locked in (his|her|their|the|a) (room|bedroom|cupboard|box ?room|shed|garden|bathroom)|(emotional|verbal)(ly)? abus\w*|coercive|controlling|(his|her) temper|(wetting|wets|wet|soiling) the bed again|started (wetting|soiling)|wetting (herself|himself) again)\b",
    )
    // A condition kept in check: "controlling his asthma". Nor wetting
    // again since a new baby came, the health visitor's common setback.
    .unless(r"\b((controlling|controlled) (his|her|their|the) (asthma|eczema|epilepsy|seizures|diabetes|sugar|symptoms|pain|temperature|allergies|breathing|condition|reflux)|since the (new )?baby (arrived|came|was born|came home)|new (baby|brother|sister|sibling) (arrived|came|was born))\b"),
    // Abuse linked to faith or belief: a child branded a witch or possessed,
    // and the rites said to drive it out. A costume, a story or a film is
    // not.
    Cue::new(
        EmotionalAbuse,
        r"\b((he|she|he's|she's|he is|she is|is|being|was|called|calls|call) (a )?witch|witchcraft|(evil|bad|unclean) spirits?|possessed|spirit possession|demons? (in|inside) (him|her)|demonic|devil (is )?in (him|her)|deliverance|exorcis\w*|cast(ing)? out|kindoki|juju|black magic|jinn|djinn|(is|was|been|being) cursed)\b",
    )
    .unless(r"\b(halloween|costume|dress(ed|ing)? up|fancy dress|play|panto\w*|film|movie|book|story|stories|game|slayer|hunter|cartoon|show|world book day|party|musical|song)\b"),
    // Sexual abuse and its signs.
    Cue::new(
        SexualAbuse,
        r"\b(sexual\w*|sexually|sex (stuff|things|games?|acts?|toys?|videos?|films?|pictures?)|(an? )?(sti|std|chlamydia|gonorrh\w*|syphilis|genital (warts|herpes))|pregnant and (she's |she is |only )?(1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)\b|(1[0-5]|ten|eleven|twelve|thirteen|fourteen|fifteen)( years old| year old| yr old)? and (she's |she is )?pregnant|(things|stuff|words) (a|an) (\w+[- ])?(year[- ]old|child|kid) (shouldn't|should not|wouldn't|would not) (know|say|do)|abus(e|ed|es|ing|er|ers|ive)|rap(e|ed|ist)|molest\w*|grop(e|ed|ing)|indecen\w*|expos(ed|ing) (himself|herself)|flash(ed|ing) (at |to )?(her|him|them|me|us|the (kids|children|girls|boys)|him ?self|her ?self)|flash(ed|ing) (in|near|outside|by|at) the|flasher|paedo\w*|pedo\w*|pervert\w*|inappropriate\w*|porn\w*|private parts|privates|(her|his) (bits|fanny|willy|front bottom)|(sore|hurts?|pain|itchy|bleeding|touch(ed|ing)? (him|her)) down there)\b",
    )
    // A court order's name, and the misuse of rules or a car park: "the
    // abuse of the parking rules at drop-off".
    .unless(r"\b(non[- ]?molestation|abuse of (the )?(parking|rules|system|car park|disabled (bays?|spaces?)|privileges?)|parking abuse)\b"),
    Cue::new(
        SexualAbuse,
        r"\b(touchy[- ]?feely with (her|him|them)|(he|she|they|man|men|boy|boys|uncle|dad|stepdad|step dad|boyfriend|cousin|neighbour|teacher|coach|lodger)( \w+){0,3} makes? (her|him|them) (feel )?(really |so |very )?uncomfortable|(the way|how) (\w+ ){1,3}(looks|stares|touches) at (her|him)|(gets?|got|getting|climbs?|climbed|goes|went) in(to)? the (bath|shower) with (her|him|them)|(been |was |were |got |being )?(touched|groped|fondled|molested|interfered with|flashed at)( up)? by (a |an |some |the |this |that |her |his |my |our |their )?(\w+ )?(man|men|boy|boys|lad|lads|stranger|strangers|someone|somebody|adult|adults|teacher|coach|uncle|cousin|neighbour|driver|person|guy|bloke|lodger|babysitter|grandad|grandpa|stepdad|step dad|boyfriend|friend)\b|(takes?|took|taking|taken|film(s|ed|ing)?|record(s|ed|ing)?) (\w+ )?(photos?|pictures?|pics|videos?|films?) of (her|him|them) (in the (bath|shower)|naked|undressed|with no clothes|in (her|his|their) (pants|underwear|knickers)|getting (changed|dressed|undressed))|(naked|nude|indecent) (photos?|pictures?|pics|videos?) of (her|him|them)|touch(ed|es|ing)? (him|her|them|me)|touching (him|her|them)|(made|makes|make|making|got|gets) (him|her|them) (do|touch|watch|take|suck|undress|get undressed)|(do(es|ing)?|did) (things|stuff) (to|with) (him|her|them)|(do(es|ing)?|did) (things|stuff) (she|he|they) (doesn't|does not|didn't|did not|don't) (like|want)|(pull(ed|s|ing)?|took|take|taking|tak(es|ing)) (down |off )?(her|his|their) (pants|knickers|trousers|skirt|shorts|underwear|top|clothes)( down| off)?|(coming|comes|came|goes|went|creeps?|crept|gets|got|getting|climbs?|climbed|climbing) in(to)? (her|his|their) (room|bed|bedroom) at night|(uncle|stepdad|step-dad|step dad|grandad|granddad|cousin|brother|lodger|boyfriend|(mum's|her mum's|his mum's) (boyfriend|partner|fella)|neighbour|man|babysitter) (\w+ ){0,2}(gets|got|getting|climbs?|climbed|climbing|creeps?|crept|comes|came|coming) in(to)? (her|his|their) bed|show(s|ed|n|ing)? (him|her|them) (\w+ ){0,3}(videos?|pictures?|photos?|films?|clips?|pics?) (\w+ ){0,3}(naked|nude|no clothes|nothing on|with their clothes off|having sex|doing sex)|in (her|his|their) (bed|bedroom) at night)\b",
    )
    // A meal left untouched: "hasn't touched her breakfast".
    .unless(r"\btouch(ed|es|ing)? (his|her|their) (breakfast|food|dinner|tea|lunch|packed lunch|meal|plate|cereal|toast|drink|milk)\b"),
    // Grooming: secrets, special games and touching the child is asked to keep quiet.
    Cue::new(
        SexualAbuse,
        r"\b(secret (games?|cuddles?|touch\w*|hugs?|kiss\w*)|special (cuddles?|games?|secrets?|hugs?|kiss\w*|friend(ship)?)|(sit|sits|sat|sitting) on (his|her|their) (lap|knee)|(our|their|his|her|a) (little |special )?secret|(keep|kept|keeping|keeps) (\w+ ){0,3}secrets?|(told|tells|telling|says|said) (him|her|them) not to tell|(mustn't|must not|not allowed to|can't|cannot) tell (anyone|mummy|mum|mam|daddy|dad|her mum|his mum|her dad|his dad|you|us)|(hand|hands) (up|down|inside|in) (her|his) (skirt|top|trousers|pants|knickers|shorts|dress)|forced (him|her|them) to (kiss|touch|do)|pregnant|morning after pill|abortion|termination)\b",
    )
    .unless(r"\b(secret santa|surprise|party|birthday|present|(mum|mummy|mam|i'm|i am|auntie|aunty|sister|wife|partner|teacher|miss \w+|mrs \w+)( \w+){0,3} (is )?(pregnant|expecting)|new baby|baby (brother|sister)|hide and seek)\b"),
    // Neglect: money for the essentials run out; not a holiday priced out
    // of the school holidays ("we can't afford to go in the holidays").
    // Nor a day's work the self-employed cannot turn down ("can't afford
    // to cancel").
    Cue::new(Neglect, r"\bcan't (afford|top up|pay for)\b").unless(
        r"\bcan't afford (to (go|travel|fly|book|cancel|turn (it|work|jobs?) down|lose (the|a|this) (job|client|contract|booking))|(the |a )?(holidays?|flights?|trip|break))|(holiday|flight|trip)s? (prices|costs?)\b",
    ),
    // Not fed: unless an illness, or the nerves that take a child's
    // appetite, explain it ("shaking and hasn't eaten" in an anxious state).
    Cue::new(
        Neglect,
        r"\b(not (been )?(fed|eaten)|(hasn't|hadn't|has not|had not|haven't) (been )?(fed|eaten|had (anything|any food|a meal)))\b",
    )
    .unless(r"\b(sick|bug|virus|tummy|stomach|throat|tonsil\w*|temperature|fever|flu|covid|poorly|ill|vomit\w*|d ?(and|&|\+) ?v|anxiety|anxious|panic\w*|nerves|nervous|in a state|migraine|fasting|ramadan)\b"),
    // Neglect: food, warmth, cleanliness, supervision.
    Cue::new(
        Neglect,
        r"\b(no food|nothing to eat|nothing (in )?for (his|her|their|the kids'?|the children's) (lunch|packed lunch|tea|breakfast|dinner)|nothing (to eat )?in (the house|the cupboards?|the fridge)|(empty|bare) (cupboards|fridge)|(been |go(ing)? |went |gone )?hungry|starv(ing|ed)|food ?banks?|(dirty|filthy|smelly|stinking|soiled) (clothes|uniform|nappy|nappies|house|flat)|nothing('s| is)? (washed|clean|dry)|not (been )?(washed|bathed)|no (gas|electric|electricity|heating|hot water|money|beds?)|(gas|electric|electricity|meter|money|heating) (has |have )?(ran|run|running|gone) out|(not|haven't|hasn't|hadn't|have not|has not) (had )?(a )?(proper |hot |decent |single )?(meal|dinner|breakfast|anything to eat)( or (much |any )?(tea|dinner|lunch|breakfast|food))?( all| since| for| in)|(left|made|expected) to (look after|mind|care for) (the baby|the little ones|(his|her) (baby |little )?(brothers?|sisters?)) (all night|overnight|alone|on (his|her) own|while)|no money for (gas|electric|electricity|food|heating|the meter|shoes|a coat|clothes|nappies|milk)|skin and bone|(tooth|teeth|ear|ears|eye|foot)('s|s)? (has |have |had )?been (hurting|bad|infected|rotten|sore) for (weeks|months)|no (coat|shoes|warm clothes|winter coat)s? (or \w+ )?that fits?|forg(e|o)t(s|ting)? to feed|(never|isn't|is not|not) (feeding|fed) (him|her|them|properly)|till i get paid|sat in (their|our|his|her) coats|(black )?mould|damp (flat|house|room|bedroom|walls)|(left|was|were|been|is|are)( (him|her|them|the kids|the children))? (on (his|her|their) own|alone|home alone|by (him|her|them)selfs?)( all| with| at| in| overnight| for| since| till| until| til|$)|(the )?same (clothes|uniform|socks|pants|knickers|underwear) (on )?(all week|for (days|a week|weeks|\w+ days)|every day|since)|(up|at home|in the house) on (his|her|their) own|nobody (was )?(there|home|looking after (him|her|them)))\b",
    )
    // Giving to a food bank is no want of food: "is it tins or fresh veg
    // for the food bank this year?".
    .unless(r"\b((boiler|heating)( has| is|'s)? (\w+ ){0,2}(broken|broke|burst|packed up|packed in|stopped working|playing up|fault\w*)|(washing machine|washer|pipe|pipes)( has| is|'s)? (\w+ ){0,2}(burst|flooded|leaked)|(still )?(wet|damp|drying) (in|from) the (wash|washing|machine)|waiting (in )?for (the |a )?(plumber|engineer|gas ?man|heating engineer|boiler man)|(wasn't|was not|weren't|were not|not) given (the |her |his |their |a )?(hot )?(dinner|lunch|meal)|(bring|brings|bringing|pack|packs|packed|bigger|extra|more|another|healthy) snacks?|fasting|ramadan|growth spurt|(starving|hungry) (by|before|at) (lunch\w*|break\w*|home ?time|the end of the day|tea ?time)|school dinners?|missed (his |her )?breakfast|not (very |that |so )?hungry|halal|vegetarian|seconds|extra (fruit|food|portions?|toast|breakfast|helpings?)|(treat|treating|treated|treatment for|fixing|fix|repair\w*|sort(ing|ed)?) (the |our |for |of )?(damp|mould)|for (a |an |a few |\w+ |\d+ )?(minutes?|mins?|seconds?|secs?|moment)\b|on (his|her|their) own (two feet|initiative|reading|in the play|in the show)|independen\w*|walk(s|ed|ing)? (to school|home|in) on|(tins|veg|food|items|donations?|collecting|collection|donate|give) (\w+ ){0,2}(for|to) the (local |village |church )?food ?banks?|food ?bank (collection|donations?|appeal|box|drive))\b"),
    // No warmth or no medicine for want of money: "can't put the heating
    // on or get his prescription till payday, he's in bed with his coat on".
    Cue::new(
        Neglect,
        r"\b((can't|cannot|couldn't|can not|unable to) (afford to )?(put|turn|have|keep) (the |our )?(heating|heater|gas|electric|fire|radiators?) on|(can't|cannot|couldn't|can not|unable to) (get|afford|pay for|collect) (his|her|their|the) (prescription|medicine|medication|inhaler|antibiotics)|(in bed|sleeping|sleeps|slept|going to bed|gone to bed|goes to bed) (with|in) (his|her|their) coats?( on)?)\b",
    )
    // A night of a power cut is the weather's: "no power since the storm,
    // she slept in her coat".
    .unless_said(r"\b(power cut|no power|power('s| is| was| has been| went)? (off|out|down)|storm|snow|blackout)\b"),
    // Going without till the money comes: "his shoes have split and i
    // can't get new ones till i'm paid thursday". Paying the school late
    // is no want ("can't get the trip money in till i'm paid").
    Cue::new(
        Neglect,
        r"\b(can't|cannot|couldn't|can not|unable to) (afford|get|buy) (\w+ ){0,3}(till|until|til|before) (payday|pay day|(i'm|im|i am|we're|we are|i get|we get) paid|(my|our) (money|wages|pay|benefits|universal credit|uc|child benefit|tax credits) (comes?|goes|go|is|are|gets) (in|through))\b",
    )
    .unless(r"\b(trips?|dinner money|the money|money (in|to|for)|tickets?|photos?|fees?|subs)\b"),
    // Pain or an infection left for weeks with no one to treat it: "its
    // swollen right up her face now. we've not got a dentist and i can't
    // get her in anywhere, its been like this since xmas".
    Cue::new(
        Neglect,
        r"\b(been like (this|that)|been (hurting|swollen|infected|rotten|sore|bad|in pain)|had (it|this|that|the pain|toothache)) (since (xmas|christmas|easter|half[- ]?term|the summer|the holidays|september|october|november|december|january|february|march|last (month|term|year))|for (weeks|months|(a few|several|two|three|\d+) (weeks|months)))\b",
    )
    .given(r"\b((not|never|haven't|hasn't|have not|has not|we've not|we're not|isn't|not) (got |registered with |with )?(a |an )?(dentist|doctor|gp)|no (dentist|doctor|gp)|(can't|cannot|couldn't|can not) (get|find) (her|him|them|a|an|one)( in| seen)?( anywhere| at (a|the|any) (dentist|doctor|gp|surgery))?( appointment)?)\b"),
    // An injury left untreated for weeks, the parent refusing care: "still
    // limping on that foot, been 2 weeks now and its gone all purple. im
    // not dragging her to A&E".
    Cue::new(
        Neglect,
        r"\b(not|never|won't|wont|i'm not|im not|i am not|not going to|no point)( be)? (taking|dragging|bringing|take|drag|bring) (him|her|them) (to|down to|up to|into) (a&e|a and e|casualty|hospital|the hospital|minor injuries|the doctors?|a doctor|the gp|the dentist)\b",
    )
    .given(r"\b(been (\d|two|three|four|five|six|a few|a couple of|several) (weeks|months)|for (weeks|months)|since (last (week|month|term)|half[- ]?term|xmas|christmas|easter)|(gone|turned|going) (all )?(purple|black|green|yellow)|swollen|limping|can't (walk|put (any )?weight|move (it|her arm|his arm)))\b"),
    // Young children at home with no adult while the parent works: "I
    // can't get the day off work so they're home together, I've left them
    // with the ipad and my neighbour's going to pop in at dinner".
    Cue::new(
        Neglect,
        r"\b(left (them|him|her|the (kids|children|twins|boys|girls|little ones)) (at home |home )?with (the |an |a |their |his |her )?(ipad|tablet|tv|telly|phone|laptop|xbox|switch|playstation|console|cartoons|netflix|youtube|snacks|toast|sandwiches|crisps|cereal)|(they're|they are|theyre|the (kids|children|twins|boys|girls|little ones) are|both are|both of them are) (at )?home (together|alone|on their own|by themselves)|(neighbour|next door)('s| is| will| has)? (\w+ ){0,2}(pop|popping|look|looking|check|checking|call|calling) (in|round|on (them|him|her)))\b",
    )
    // The neighbour feeding a pet is no one minding a child.
    .unless(r"\b(feed|feeding|walk|walking|water|watering|let out|see to) (the |our |my )?(cats?|dogs?|rabbits?|pets?|fish|hamsters?|guinea pigs?|tortoise|chickens|plants)\b")
    // Or while the parent is abroad: "I have to go to Romania ... nobody to
    // take him to school. He will stay in the flat ... my neighbour will
    // check on him in the evening".
    .given(r"\b(at work|(can't|cannot|couldn't) (get|take|have) (the|a) (day|morning|shift) off|lose my job|on (a |an |the )?(early |late |day |night )?shift|no (childcare|one to (have|mind|watch) them|body to (have|mind|watch) them)|(nobody|no one|noone|no-one)( else)? to (have|mind|watch|take|look after|care for) (him|her|them)|(i|we) (have to|must|need to|have got to|'ve got to|am going to|are going to) (go|fly|travel) (to|abroad|back home|home to))\b"),
    // No dentist to be had while a child's pain goes on for months: "we
    // dont have a dentist, none round here are taking people on, hes been
    // like it since october".
    Cue::new(
        Neglect,
        r"\b((don't|do not|dont|can't|cannot|cant|couldn't|could not) (have|get|find) ((him|her|them) (in|into|seen (at|by)|registered (at|with)) )?(a|an|any) (nhs )?(dentist|dental (practice|surgery))|no (nhs )?dentists?( (round|near|around) here| will take (him|her|them|us))?|(dentists?|practices|surgeries|none|nobody|no one)( \w+){0,3} (are|is|'re|'s)? ?(not )?taking (people|patients|anyone|anybody|new patients|us) on)\b",
    )
    // Or beside teeth gone bad, or pain eased only to get the child to
    // sleep: "most of his teeth are black now ... I just give him calpol to
    // sleep".
    .given(r"\b(since (january|february|march|april|may|june|july|august|september|october|november|december|last (week|month|term|year)|half[- ]?term|christmas|xmas|easter|the summer)|for (weeks|months|ages|a month|(two|three|four|five|six|\d+) (weeks|months))|(teeth|tooth) (are|is|'s|have|has)? ?(gone |going |turned |all )*(black|rotten|rotting|brown|crumbling)|rotten (teeth|tooth)|(calpol|ibuprofen|nurofen|painkillers?|medicine) (to|so (he|she|they) can) (get (him|her|them) to )?sleep|toothache (again|every)|(his|her|their) teeth (keep|keeps) (hurting|aching))\b"),
    // Struck off the dentist or GP (for missed appointments) while the
    // child is in pain: "we got struck off the dentist so not much I can
    // do, I keep giving her calpol".
    Cue::new(
        Neglect,
        r"\b(struck|kicked|thrown|taken|removed) off (the |our |his |her |their )?(dentists?|dental (practice|surgery)|gp|gp's|doctors?|doctor's|surgery|practice)('s)?( list| books)?\b",
    )
    .given(r"\b(pain|painful|aching|toothache|tooth|teeth|swell\w*|swollen|abscess|infect\w*|calpol|bonjela|ibuprofen|painkillers?|bleed\w*|since|for (weeks|months))\b"),
    // The same fall again, or a door walked into, beside an injury: the
    // explanation offered for marks that keep coming.
    Cue::new(
        PhysicalAbuse,
        r"\b((fell|fallen|falls|falling|tripped|slipped) (down|off|over|on) (the |his |her |their )?(\w+ )?(stairs|steps?|bed|sofa|bunk|chair|bath) again|walked into (a|the) door|accident[- ]prone)\b",
    )
    .given(r"\b(eye|face|cheek|lip|nose|head|bruis\w*|black|swollen|swelling|lump|marks?|broken|fracture\w*|headache|come up|came up)\b"),
    // Repeated visits to hospital for an illness no one can find, and the
    // parent seeking more: the signs of an illness fabricated or induced.
    Cue::new(
        PhysicalAbuse,
        r"\b(third|fourth|fifth|sixth|3rd|4th|5th|6th|\d+th) time (this|in a|in the last|in the past|in) (week|month|fortnight|term|few weeks)\b",
    )
    .given(r"\b((can't|cannot|couldn't|could not|still can't|still cannot) find anything|(asked|asking|ask|push\w*|demand\w*|want|wanted|insist\w*) (for |on )?(more|further|different) tests|(different|another|new) (consultant|doctor|specialist|paediatrician)|second opinion)\b"),
    // A child left to mind the younger ones through the night: "had to
    // take the baby to A&E so she had the two little ones on her own all
    // night".
    Cue::new(
        Neglect,
        r"\b(had|minded|minding|looked after|looking after|watched|watching|in charge of|sat with|stayed with) (\w+ (and|&) \w+|the (little ones|others|kids|baby|babies|younger ones|twins)|(his|her) (two |three )?(little |baby |younger )?(brothers?|sisters?|siblings)) (on (his|her) own|by (himself|herself)) (all night|overnight|all evening|half the night|till (midnight|the morning|\d))\b",
    ),
    // Care the child needs, stopped by the parent's belief: "we've
    // cancelled her eye clinic appointments, we don't believe in all that".
    Cue::new(
        Neglect,
        r"\b(cancell?ed|stopped|stopping|cancell?ing|won't be (going to|taking (him|her|them) to|keeping)|not (going|taking (him|her|them)) to) (all )?(the|his|her|their|any more|any) (\w+ ){0,2}(appointments?|treatment|therapy|operation|surgery|medication|medicine|meds|check[- ]?ups?|clinic|hearing aids?|glasses|inhalers?|insulin)\b",
    )
    .given(r"\b((don't|do not|dont) (believe|agree) (in|with)|(no|any) need for|(doesn't|does not|don't) need (them|it|that|those)|(hears|sees) (fine|perfectly|ok|okay) when)\b"),
    // Medicine the child needs given up for prayer or a leader's word: "our
    // pastor says the inhalers make her weak ... we are using only prayer".
    Cue::new(
        Neglect,
        r"\b((only|just) (use |using |rely on |relying on )?(prayer|prayers|holy water|oils?|herbs)|(prayer|prayers|holy water|faith|oils?|herbs) (instead of|not|rather than) (\w+ ){0,2}(medicine|medication|meds|inhalers?|tablets|insulin|doctors?|hospital|treatment)|(pastor|church|imam|priest|elders?|healer|prophet|bishop)('s)? (says|said|told us|tells us) (\w+ ){0,3}(inhalers?|medicine|medication|meds|tablets|insulin|doctors?|hospital|treatment)|test of (our|his|her|their|my) faith)\b",
    )
    .given(r"\b(inhalers?|medicine|medication|meds|tablets|insulin|asthma|diabet\w*|epilep\w*|seizures?|doctors?|hospital|treatment|out of breath|breathing)\b"),
    // Health appointments missed again and again: "I've missed the last 3
    // appointments", "we missed the dentist again, thats the fourth time".
    Cue::new(
        Neglect,
        r"\b(missed|not (been|gone|taken (him|her|them)) to|didn't (go|take (him|her|them)) to) (the |his |her |their |another |all (the |his |her )?|(the |his |her )?last (\d|two|three|four|five|few|couple of) |(\d|two|three|four|five|several|loads of) )?(\w+ ){0,2}(appointments?|dentist|dental|check[- ]?ups?|clinic|health visitor|eye test|hearing test|optician|jabs|vaccinations?|immunisations?|reviews?)\b",
    )
    .given(r"\b(again|(third|fourth|fifth|sixth|3rd|4th|5th|6th) (time|one)|last (\d|two|three|four|five|few|couple of)|(\d|two|three|four|five|several|loads of|so many|a few) (of (his|her|their|the) )?(\w+ )?(appointments|times))\b"),
    // The health visitor or school nurse shut out: "the health visitor
    // keeps ringing about the baby's weight but I'm not answering".
    Cue::new(
        Neglect,
        r"\b((health visitor|school nurse|social worker|family support worker|early help worker|midwife)\b[^.!?]{0,80}\b((i'm|im|i am|we're|we are|i've been|we've been) (just )?not (answering|picking up|letting (her|him|them) in|opening the door)|ignoring (her|him|them|it|the calls)|(won't|wont|not going to) (let (her|him|them) in|answer|speak to (her|him|them)))|(not answering|ignoring|won't let in|not letting in) (the )?(calls from (the )?)?(health visitor|school nurse|social worker|midwife))\b",
    ),
    // A child too young to be out alone sent to school by themselves: "he
    // walked himself, he's 5 but he knows the way".
    Cue::new(
        Neglect,
        r"\b(walk\w* (himself|herself|themselves)|(walk\w*|went|go|goes|going|came|come|got|gets|getting|sent|send|let) ((him|her|them) )?((himself|herself|themselves) (in|to school|there|home|up)|(in|to school|there|home|up)( to school)? (on (his|her|their) own|by (himself|herself|themselves)|alone)))\b",
    )
    .given(r"\b((he's|she's|he is|she is|aged?|only) ([2-7]|two|three|four|five|six|seven)( years? old| yrs?( old)?)?\b\s*([,.!;]|$|\b(but|and|so|though|now|yrs|years)\b)|(in )?(reception|nursery|year (1|one|2|two)))"),
    // Food kept from a child to punish: "if she doesn't finish her chores
    // she doesn't get any tea".
    Cue::new(
        EmotionalAbuse,
        r"\b((won't|will not|doesn't|does not|didn't|did not|wouldn't|won't be allowed|isn't allowed|not allowed) (get|be given|have|any) (any |his |her |their )?(dinner|tea|supper|food|breakfast|iftar|lunch|anything to eat|something to eat)|sent (him|her|them) to bed (with no|without( any)?) (dinner|tea|supper|food)|(no|without) (dinner|tea|supper|food) (as (a )?punishment|for (punishment|a punishment)))\b",
    )
    .given(r"\b(if (he|she|they)|unless (he|she|they)|punish\w*|as a lesson|to teach (him|her|them))\b"),
    // Hitting as discipline, at home or at a school abroad: "they are very
    // strict and they hit the boys when they misbehave".
    Cue::new(
        PhysicalAbuse,
        r"\b(hit|hits|hitting|smack|smacks|smacked|smacking|beat|beats|beating|cane|canes|caned|whip|whips|whipped|slap|slaps|slapped|belt|belts|belted) (the |their |his |her )?(boys|girls|kids|children|pupils|students|him|her|them) (when|if|whenever|every time) (they|he|she) (misbehave|misbehaves|are naughty|is naughty|play up|plays up|(don't|doesn't|do not|does not) (listen|behave|learn)|answer back|answers back|talk back|talks back|get it wrong|gets it wrong|(get|gets) (their|his|her) (lessons|work) wrong)\b",
    ),
    // A child's medicine kept back to punish: "I've not given him his ADHD
    // tablets this week, he's not getting them back until he learns to
    // behave".
    Cue::new(
        EmotionalAbuse,
        r"\b((not|n't|stopped|stop|won't|wont|will not|refuse to|refusing to|refused to) (be )?(given|giving|give|gave|let (him|her|them) have) (him|her|them) (his|her|their|any) (\w+ )?(tablets|medication|meds|medicine|inhaler|insulin|pills|epipen)|(taken|took|take|taking|confiscated) (his|her|their) (\w+ )?(tablets|medication|meds|medicine|inhaler|insulin|pills|epipen) (off|away))\b",
    )
    .given(r"\b(until (he|she|they) (learns?|behaves?|starts?|stops?)|till (he|she|they) (learns?|behaves?)|as (a )?punishment|to (teach|punish) (him|her|them)|see how (he|she|they) likes? it|(he|she|they) (needs?|has|have) to learn)\b"),
    // An account of marks given before the child can give one: "if Jordan
    // says anything about the marks on his legs he fell off his scooter".
    Cue::new(
        PhysicalAbuse,
        r"\b(if|when) (he|she|they|[a-z]+) (says|mentions|tells (you|anyone|the teacher|his teacher|her teacher)|talks|brings up|shows you)( anything| something)?( about)? (the|his|her|their|any|those|them) (marks?|bruis\w*|burns?|scratch\w*|cuts|injur\w*|black eye|bite marks?|welts?)\b",
    ),
    // Broken bones one after another, or doctors asking how an injury came
    // about: "that's the third fracture this year and A&E asked loads of
    // questions".
    Cue::new(
        PhysicalAbuse,
        r"\b(third|fourth|fifth|3rd|4th|5th) (broken (bone|arm|wrist|leg|finger|ankle|collarbone|nose)|fracture|break|time in (a&e|hospital)|trip to (a&e|hospital))\b",
    ),
    Cue::new(
        PhysicalAbuse,
        r"\b(hospital|doctors?|nurses?|a&e|a and e|consultant|gp|paramedics?|they) (asked|were asking|kept asking|asked me|asked us) (me |us )?(loads of|lots of|a lot of|so many|loads|lots|all sorts of|a load of)( \w+)? questions\b",
    )
    .given(r"\b(broken|broke|fracture\w*|plaster|cast|bruis\w*|burn\w*|injur\w*|marks?)\b"),
    // A child to see themselves home and fed while the parent works into
    // the night: "walk home by herself, I'm at work till 10 tonight, she
    // has a key".
    Cue::new(
        Neglect,
        r"\b((has|have|got) (a|her|his|their own) key|(make|makes|get|gets) (herself|himself|themselves) (some )?(tea|toast|dinner|food|something to eat)|(walk|walks|go|goes|get|gets|let|lets) (home|(herself|himself|themselves) in) (by|on) (herself|himself|themselves|her own|his own|their own))\b",
    )
    .given(r"\b(at work|working|on shift|out|away|not home|won't be (home|back)) (till|until|til) (([6-9]|1[0-2])( ?pm| tonight| at night|[.:]\d\d)?|late|midnight)\b"),
    // Glasses, an inhaler or medicine broken or run out weeks ago and not
    // replaced: "she broke her glasses before the summer and we haven't
    // had the money to get new ones", "his inhaler ran out a few weeks
    // ago and I've not got round to getting another".
    Cue::new(
        Neglect,
        concat!(
            r"\b((broke|broken|lost|smashed|snapped|ran out of|run out of) (her|his|their) (glasses|specs|inhalers?|hearing aids?|epi ?pens?|insulin|medicine|medication|meds|tablets)|",
            r"(her|his|their|\w+'s) (glasses|specs|inhalers?|hearing aids?|epi ?pens?|insulin|medicine|medication|meds|tablets) (has |have |had |got )?(broke|broken|ran out|run out|gone missing|been lost))\b",
            r"[^.!?\n]{0,60}\b(ago|for (weeks|months)|since|before the (summer|holidays)|last (term|year|month)|in (january|february|march|april|may|june|july|august|september|october|november|december|the summer|the holidays))\b"
        ),
    )
    .given(r"\b((not|haven't|havent|hasn't|have not|has not|never)( yet)? (got|had|been able|managed|gotten|afforded)|(can't|cannot|couldn't|could not) afford|no money)\b"),
    // A medicine the child cannot do without run out and not replaced,
    // with the harm showing or the way to more closed: "we ran out of his
    // epilim last week and I haven't had chance to get to the chemist",
    // "her sugars have been all over the place since her insulin ran out".
    Cue::new(
        Neglect,
        concat!(
            r"\b((ran|run|running|runs) out of (his|her|their|the|my) (\w+ )?",
            daily_medicine!(),
            r"|(his|her|their) (\w+ )?",
            daily_medicine!(),
            r" (has |have |had |is |are )?(ran|run|running) out|(no|none of (his|her|their)) ",
            daily_medicine!(),
            r" left)\b"
        ),
    )
    .given(r"\b(((can't|cannot|cant|couldn't|couldnt|could not|haven't|havent|havnt|have not|hasn't|hasnt|has not|didn't|didnt|did not|not been able|no time|no chance|not had (a |the )?chance|not got round)( \w+){0,3} (get|got|collect|pick|afford|sort|order|renew))|missed (his|her|their|the) (\w+ )?(review|appointment|check ?up)|(won't|wont|will not) (do|give|issue|sign) (another|a new|any more|a repeat|the) (\w+ )?prescription|(sugars?|levels|blood sugars?|bloods?) (\w+ ){0,3}(all over|high|low|sky|through the roof)|(had|having|has had|he's had|she's had) (a |another |two |three |more |loads of )?(fits?|seizures?|attacks?|hypos?))\b"),
    // A home left unsafe by a landlord who will not mend it: a leaking
    // roof, damp or no heating, the family in one room with buckets.
    Cue::new(
        Neglect,
        r"\blandlord('s| has| is)? (still )?(won't|will not|wont|refuses to|refused to|hasn't|has not|never|keeps not) (\w+ ){0,2}(come|coming|fix|fixed|sort|sorted|repair|repaired|do|done|anything|bother)\b",
    )
    .given(r"\b(leak\w*|damp|mould\w*|no (heating|hot water)|buckets?|ceiling|roof|rats|mice|sleeping in (the|one) (front room|living room|lounge|kitchen|room))\b")
    .unless(r"\b(deposit|rent (review|increase)|inspection|coming (today|tomorrow|on \w+)|booked|sorted now)\b"),
    // A child left out in the sun or the cold with nothing to drink or
    // cover them: "he was left out in the garden all Sunday with no
    // suncream and no water". A pet or a thing left out is no child.
    Cue::new(
        Neglect,
        r"\b(left|kept|put|made to (stay|sit|play))( \w+){0,2} (out|outside|in the (garden|sun|heat|car|cold|snow|rain))\b[^.!?]{0,50}?\b(no|without( any)?) (suncream|sun cream|sunscreen|sun ?block|water|drinks?|food|shade|coat)\b",
    )
    .unless(r"\b(dog|dogs|puppy|cat|rabbit|hamster|guinea pigs?|plants?|washing|bike|scooter|bottle|lunch ?box|bag|car seat)\b"),
    // A child minding the younger ones while the parent was in hospital or
    // too ill, with no one else to: "I was in hospital and there was nobody
    // to take them. Aisha looked after Ibrahim and the baby". Not a
    // grown-up minding them, nor an older sister's turn with a newborn.
    Cue::new(
        YoungCarer,
        r"\b(looked after|looks after|look after|looking after|minded|minding|cared for|caring for|took care of|taking care of) (\w+ and )?(the baby|the babies|the little ones?|the younger ones|the toddler|(his|her|their) (baby |little |younger |two )?(brothers?|sisters?|siblings))\b",
    )
    .given(r"\b((i|mum|mummy|mam|dad|daddy|(his|her|their) (mum|mam|dad)) (was|were|'s|is|has been|had been|'d been|have been|'ve been) (in hospital|in the hospital|admitted|in bed|too (ill|poorly|sick|unwell) to)|(nobody|no one|no-one)( else)? (to|who could|that could|could) (take|have|mind|watch|look after) (them|him|her|the kids|the children|the little ones))\b")
    .unless(concat!(r"\b(", grown_up!(), r"|lov\w*|enjoy\w*|likes?|proud|help\w*)\b"))
    .unless_said(r"\b(having (the|a|our|my|her|his) baby|gave birth|(was|were) born|new (baby|brother|sister))\b"),
    // A young child at home alone through the school day, or while the
    // parent is in hospital or working away: "she'll be on her own today
    // but she knows not to open the door", "he's been on his own this
    // morning, he's got the telly on", "I am in hospital for my operation
    // ... they are at home alone".
    Cue::new(
        Neglect,
        r"\b((be|been|being|stay|stays|staying|stayed|stopping|(left|leave|leaving)( him| her| them)?) (at home |home )?(on (his|her|their) own|by (himself|herself|themselves))|(was|were|is|are|'s|'re) (at )?home (on (his|her|their) own|alone|by (himself|herself|themselves))|(left|leave|leaving)( him| her| them)? (at home |home )?alone|(be|been|being|is|was|'s|stay\w*|left|leave|leaving)( him| her| them)? home alone|knows? (not to|never to|to never|not too) (open|answer) the door)\b",
    )
    .unless(r"\b(watch\w*|film|movie|walk\w*|cycl\w*|bike|scoot\w*|bus|travel\w*|(come|comes|coming|go|goes|going|get|gets) (home|in|to school|into school)|play(s|ing|ed)?|(at|during|in) (play|break|lunch|dinner|assembly|class)\w*|playground|in (the )?(library|classroom|class|hall|office|reception|quiet room|school)|(his|her|their) (own )?room|sleep\w*|for (a |two |five |ten |\d+ )?(minutes?|mins?|seconds?|moment)|after school|homework)\b")
    .given(r"\b(today|this morning|this afternoon|all day|over the weekend|overnight|all night|for work|(while|when|as) (i'm|im|i am|we're|we are) (at work|on shift|working|out)|(i'm|im|i am) (on|at) (a |my )?(work|shift|earlys|lates|double|nights|long day)|(i'm|im|i am|i was|we are|we're|mum is|mum's|dad is|dad's) (in hospital|in the hospital|admitted|working (away|abroad|in [a-z]+))|(is|are) working (away|abroad|in [a-z]+))\b"),
    // A child who rang the ambulance for a parent who collapsed: "I had a
    // seizure at 7 and he had to ring the ambulance and look after the baby".
    Cue::new(
        YoungCarer,
        r"\b(he|she|they) (had to |has to |have to )?(ring|rang|call|called|phone|phoned|dial|dialled) (for )?(an |the )?(ambulance|999|paramedics)\b",
    )
    .given(r"\b((i|mum|mummy|dad|daddy|(his|her|their) (mum|dad)) (had|has|'d had|'d) (a|another) (seizure|fit|stroke|heart attack|funny turn|collapse)|(i|mum|mummy|dad|daddy|(his|her|their) (mum|dad)) (collapsed|passed out|blacked out|fainted|stopped breathing))\b"),
    // A child let home alone, or minding the younger ones into the night,
    // while the parent is out until late or away overnight: "can you let
    // Rio walk home on his own, the key's under the mat ... I won't be
    // back tonight", "I'm on lates till 10 every night so Amira will
    // collect Zain from Reception and do their tea". Not a grown-up
    // minding them, nor walking home alone with the parent home by tea.
    Cue::new(
        Neglect,
        r"\b((walk|walks|walking|go|get|make (his|her|their) (own )?way) home (on (his|her|their) own|alone|by (himself|herself|themselves))|keys?('s| is)? (under|behind|in) the (mat|doormat|pot|plant ?pot|bin|letterbox|meter box)|let (himself|herself|themselves) in|(will|can|is going to|'ll) (collect|pick up|fetch|get) (\w+ ){0,3}(from (reception|nursery|year [12]|class)|(and|,) (take|walk) (him|her|them) home)|(do|make|cook|sort) (their|the kids'?|his|her) tea|put (him|her|them) to bed)\b",
    )
    .given(NIGHT_OR_AWAY)
    .unless(concat!(r"\b(", grown_up!(), r")\b")),
    // A child doing a parent's morning or day for the younger ones while
    // the parent works nights or is away overnight: "I'm on nights so
    // Kayden has been getting Riley up and ready and walking him in",
    // "I'm stuck in Manchester till tomorrow so Destiny is at home minding
    // her little sister", "I work the night shift ... she make him
    // breakfast", a child writing "dad is on nights so me and my sister get
    // ourselves up". Its own cue, since the parent away is often
    // named in the same sentence ("wife in hospital"); only a grown-up
    // doing the minding quiets it.
    Cue::new(
        Neglect,
        r"\b((getting|gets|get|got|been getting) (\w+ ){1,3}(up|ready|dressed)( and (ready|dressed))? ((and|then) (walk|walks|walking|take|takes|taking|bring|brings|bringing) (him|her|them) (in|to school)|(and|then) (give|gives|giving|make|makes|making|get|gets|getting|do|does|doing|sort|sorts) (him|her|them) (his |her |their |some )?(breakfast|tea|dinner)|(all )?(by )?(himself|herself|themselves|on (his|her|their) own))|(is|'s|are|'re|was|were|be|been|stay\w*|stopping) (at )?home (minding|looking after|watching|babysitting|in charge of) (his|her|their) (little |baby |younger |two )?(brothers?|sisters?|siblings)|(he's|she's|he is|she is|[a-z]+'s|[a-z]+ is) (left )?in charge of (his|her|their|the|them|[a-z]+)|(make|makes|made|making|cook|cooks|cooked|cooking) (him|her|them|the (kids|little ones|others|younger ones)|(his|her|their) (little |baby |younger )?(brothers?|sisters?)) (his |her |their )?(breakfast|tea|dinner)|(get|gets|got|getting) (ourselves|themselves) (up|ready|dressed|to school|(some )?breakfast))\b",
    )
    .given(NIGHT_OR_AWAY)
    .unless(concat!(r"\b(", grown_up!(), r"|i|we)('s| is| are| has| have| will| 'll| will be| has been| is going to)? (been )?(getting|get|gets|minding|looking after|watching|babysitting|walking|taking|at home with|(left )?in charge|make|makes|making|cook|cooks|cooking)\b")),
    // An older child in charge at home while the parent works away: "I'm
    // working away till Friday. She's in charge at home".
    Cue::new(
        Neglect,
        r"\b(he's|she's|he is|she is|[a-z]+( \(\d{1,2}\))? is|[a-z]+'s) (left )?in charge (at home|of the house|of (them|the (kids|children|little ones|others|younger ones)))\b",
    )
    .given(r"\b((i'm|i am|we're|we are|i'll be|we'll be|i will be|we will be) (\w+ )?away|(working|work) away)\b")
    .unless(r"\b(nan|nana|nanna|gran|granny|grandma|grandad|grandpa|aunt\w*|uncle|dad|daddy|mum|mummy|husband|wife|partner|childminder|babysitter|nanny|au pair)('s| is)? (left )?in charge\b"),
    // A young child left in charge of another, or a parent who has not got
    // up for days: no adult is caring.
    Cue::new(
        Neglect,
        r"\b((with|by|to) (his|her|their|my) ([5-9]|1[0-3]|five|six|seven|eight|nine|ten|eleven|twelve|thirteen)[- ](year|yr)s?[- ]old (brother|sister|sibling|cousin)|(with|by) (his|her|their) (\w+ )?(brother|sister) \((he|she)('s| is) (1[0-5]|[5-9])\)|(left|leaving|leave|leaves) (him|her|them|the (kids|children|little ones|baby)) (in charge|to (look after|mind|watch|care for))|(mum|mam|mom|mummy|mother|dad|daddy|father)('s| has| is| hasn't| has not| hadn't| isn't)? (not |never )?(been |got |gotten )?(up|out of bed|out of (her|his) (bed|room))( for| in)? (days|a week|weeks|ages|since)|(nobody|no one|no-one) (has )?(fed|washed|dressed|cooked for) (him|her|them|us))\b",
    ),
    // The parent away, the child at home with no adult: "I was away for
    // the weekend, she was at home with her brother".
    Cue::new(
        Neglect,
        r"\b(i|we) (was|were|am|are|'m|'re|have been|'ve been) away\b[^.]{0,80}?\b(home alone|at home|on (his|her|their) own|by (him|her|them)sel(f|ves)|with (his|her|their) (\w+ )?(brother|sister|siblings?))\b",
    )
    .unless(r"\b(dad|daddy|father|mum|mummy|mam|mother|nan|nana|gran|granny|grandma|grandad|grandparents?|aunt\w*|uncle|partner|husband|wife|childminder|babysitter|carer|neighbour|friend's (mum|dad)|family)\b"),
    // A message taken back under someone's word, or with a reassurance
    // nobody asked for: "Please ignore my email this morning. My husband
    // says I was wrong to write it", "Sorry about my text yesterday ...
    // please ignore it. Everything is fine". What was said first may have
    // been the truth.
    Cue::new(
        DomesticAbuse,
        r"\b((please )?(ignore|disregard|forget( about)?) ((my|the|that)( last| earlier)? (text|message|msg|email|e-mail|call)|what i (said|wrote|sent))|sorry (about|for) (my|the|that) (last |earlier )?(text|message|msg|email|e-mail|call))\b",
    )
    .given(r"\b(everything('s| is) (fine|ok|okay|alright|all right|sorted|good)( now| at home)?|(it's )?all (fine|ok|okay|good) at home|(didn't|did not) mean (it|what i (said|wrote))|(shouldn't|should not) have (written|sent|said|told)|wrong to (write|send|say|tell)|making (problems|trouble) for|(he|my husband|my partner|my boyfriend|my wife|her dad|his dad) (says|said|told me) (i|that i|not to))\b"),
    // Someone else answering for a parent who cannot come to the phone,
    // and asking the school not to call: "Gemma can't come to the phone so
    // don't ring this number".
    Cue::new(
        DomesticAbuse,
        r"\b(can't|cannot|can not|isn't able to|is not able to|not allowed to) (come to|get to|use|answer|speak on) the (phone|door)\b",
    )
    .given(r"\b(don't|do not|dont|please don't|no need to) (ring|call|phone|text|contact|message) (this number|this phone|the house|her|him|back|again)\b"),
    // Domestic abuse: violence and control between the adults at home.
    Cue::new(
        DomesticAbuse,
        r"\b(refuge|fled|flee|fleeing|on (a|an|his|her) (electronic )?tag\b|(won't|will not|refuses to|refused to|hasn't|has not|didn't|did not) (bring|brought|give|send|return) (them|him|her|the kids|the children) back|(burn|torch) (the|our|my) (house|flat|home|car)( down)?|gets? (nasty|violent|aggressive|rough|handy) with (the kids|the children|them|him|her|me)|domestic(s| abuse| violence| incident)?|violen(t|ce)|kick(ing|ed|s)? off|smash(ed|es|ing)|(throw(ing|s|n)?|threw|chuck(ed|ing)) (stuff|things|plates|furniture|the \w+)|(push(ed|es)?|shov(ed|es)|pinn(ed|s)|slamm(ed|s)|throw(s|n)?|threw) (me|mum|mummy|mam|her mum|his mum) (into|against|down|to|on|across)|(strangl\w*|chok(ed|ing)|tried to (strangle|choke|kill))( me)?|threat\w*|(restraining|non[- ]?molestation|protection|occupation|prohibited steps|court|interim) orders?|(court|judge) (has )?(made|granted|gave|issued) (an? |the )?(\w+ )?order|(is|are|was) not to (collect|pick (\w+ ){0,2}up|take (him|her|them)|see (him|her|them)|contact|have (any )?contact|come near|go near|approach)\b|injunction|bail (conditions)?|custody|(not|isn't|is not|aren't|are not) (allowed|permitted) (near|contact|to (come|see|contact|collect|take|be near|go near))|(do not|don't|please don't|never|must not|mustn't) (let|allow|give|tell) (him|her|them|his dad|her dad|their dad|his father|her father|their father|his mum|her mum|their mum|any information|anything)|(do not|don't|please don't|never|must not|mustn't) ((let|allow) anyone( else| but \w+( or \w+( \w+)?)?)? (collect|take|pick|see|near|in|into|talk|speak|contact|know|have|leave|go)|(tell|give) anyone( else)? (where|our|my|the|his|her|that|we|about|any))|can't (say|tell you) where|(had to|have had to|we've had to|we had to) (leave|get out of|flee|run from) (the house|home|our home|the flat|in the night|in the middle of the night|with the (kids|children))|left (home|the house|the flat) (because|cos|after|to get away)|stalk\w*|harass\w*|(he|she)('ll| will| would| is going to|'s going to| said he'd| said she'd| threatened to) (hurt|snatch|batter) (me|us|the kids|the children|them|him|her)|(he|she) threatened to kill (me|us|the kids|the children|them|him|her)|(snatch|abduct|kidnap)\w*|take (him|her|them|the kids|the children) (away from me|abroad|out of the country)|(took|takes|taken|has|hid|hides) my (phone|keys|car keys|money|bank ?card|passport)|(won't|doesn't|didn't) let me (go|leave|out|see|have|talk)|keeps? me (in|from)|because of (my|his|her|their|the kids') (partner|husband|ex|ex-partner|ex-husband|boyfriend|dad|father|stepdad|step-dad)([^'\w]|$))\b",
    )
    // A household hazard or food a child is kept from is a rule of the
    // house, not a court order: "not allowed near the oven".
    // Nor is the sender's plan after an appointment ("I won't bring her
    // back afterwards"), or a child choking on food.
    // Nor leaving home early for a journey: "we had to leave home at 8 to
    // get to the hospital in time".
    .unless(r"\b((animal|dog|cat|donkey|wildlife|hedgehog|bird|pet|horse)s? (refuge|rescue|sanctuary)|kick(ed|s|ing)? off (\w+ ){0,2}(about|over) (wearing|putting|getting dressed|brushing|going to bed|bedtime|bath ?time|his (coat|shoes|uniform)|her (coat|shoes|uniform))|leave (home|the house) (at|by|before|around|about) \d|leave (home|the house) (really |very |super )?early|threaten\w* (us |me )?(with )?(a |an )?(fine|fines|court|prosecution|legal action|penalty)|surprise|secret santa|(secret|christmas|birthday) (present|gift|card)|smashed (his|her|their) (front )?(tooth|teeth|knee|lip|nose|chin)|(screen|ipad|tablet|laptop)('s| is| was| got| has been)? (all )?(smashed|cracked)|kidnap\w* (\w+ ){0,3}for (a |an |the )?(sleepover|day|night|weekend|afternoon|morning|treat|tea|lunch|dinner|party|shopping|trip|cinema|film)|(i|we)('ll| will)? (won't|will not) bring (him|her|them) back (after|afterwards|to school|that day|(this|for the|in the) afternoon|after (lunch|dinner)|today)|^\s*won't bring (him|her|them) back (after|afterwards)|chok(ed|ing) on (a|an|the|his|her|some|my) (\w+ )?(grape|sweet|food|crisps?|popcorn|drink|water|bone|toast|apple|sausage|piece|bit|mouthful)|domestic (disaster|chaos|emergency|appliance|drama|goddess|chores|duties|cleaner|science|flight)|smash(ed|ing) (it|the test|his test|her test)|kicked off at the (game|match|party)|(match|game|fixture|final|tie)\b[^.!?]{0,40}\bkick(ed|s)? off|kick(ed|s|ing)?[- ]off (till|until|at|time|is|was)\b|(been |got |all )?kicked off (the |a )?(bus|train|tram|coach)|(been |got )?kicked off to wait|violin|threatening (rain|weather|storm)|police (have )?closed|(share|shared|joint|split|50/50) custody|custody (is )?(shared|split|joint|50/50)|allowed near ((the|a|an|any|his|her|their) )?(\w+ )?(oven|hob|cooker|kettle|iron|fire|fireplace|bonfire|candles?|stove|bbq|barbecue|pond|pool|river|water|road|stairs|knives|dog|cat|puppy|horses?|animals|nuts|peanuts|eggs|dairy|gluten|food|sweets|chocolate|cake|medicine|bleach|chemicals))\b"),
    // The other adult destroying or hiding what a parent needs to leave:
    // "her dad threw my car keys in the canal last night when I said I was
    // taking the kids to my mum's". A child or a dog at play is no abuser.
    Cue::new(
        DomesticAbuse,
        r"\b(threw|thrown|throws|smashed|smashes|broke|broken|snapped|hid|hidden|hides|binned|flushed|snatched) my (car keys|keys|phone|mobile|purse|bank cards?|cards|passport|passports)\b",
    )
    .given(r"\b((her|his|their|the kids'?|the children's) (dad|father|mum|mother|stepdad|stepmum)|my (ex|partner|husband|boyfriend|fella|wife|girlfriend)|(when|because|after) i (said|told (him|her)) i was (leaving|going|taking))\b")
    .unless(r"\b(baby|toddler|little one|puppy|dog|cat|(he|she) was playing|by (accident|mistake)|accidentally|joke)\b"),
    // Kept from coming home: "my husband will not let us come home until
    // then and he has the passports". Not a doctor's or an airline's word.
    Cue::new(
        DomesticAbuse,
        r"\b(won't|will not|wont|doesn't|does not|didn't|did not|refuses to|refused to) let (us|me|the (kids|children|girls|boys)) (come|go|fly|travel) (home|back)\b",
    )
    .unless(r"\b(doctors?|gp|consultant|hospital|nurse|airline|airport|insurance|visa|embassy|weather|storm|snow|fog|strike|flights?|ferry|covid|fever|temperature|ear|infection)\b"),
    // A family court, unless the sender says it is settled: "the final
    // hearing, nothing to worry about, it's all agreed".
    Cue::new(DomesticAbuse, r"\bfamily court\b").unless_said(
        r"\b(nothing to worry about|nothing dramatic|adopt\w*|(all|it's all|everything('s| is)) (been )?agreed|amicabl\w*|routine|final hearing|just (a |the )?(formality|paperwork|signing))\b",
    ),
    // A threat to take or "get" someone, said as a threat: away, abroad,
    // for good, or with nothing after it ("he said he'll take them."). "He'll
    // take her to the dentist" is a lift. Its own cue, since a word boundary
    // cannot follow the full stop it may end on.
    Cue::new(
        DomesticAbuse,
        r"\b(he|she)('ll| will| would| is going to|'s going to| said he'd| said she'd| threatened to) (take|get) (me|us|the kids|the children|them|him|her)( away| off (me|us)| from (me|us)| abroad| out of the country| back to| and (i'll|we'll|i will|we will|i'd|i would|we'd) never| for good| if| one day|\s*[.,!?;]|\s*$)",
    ),
    // "He'll kill me", unless laughed off in the same sentence ("he says
    // he's going to kill me lol"): a threat, or a figure of speech.
    Cue::new(
        DomesticAbuse,
        r"\b(he|she)('ll| will| would| is going to|'s going to| said he'd| said she'd) kill (me|us|the kids|the children|them|him|her)\b",
    )
    // Nor "he'll kill me for telling you": embarrassment told.
    .unless(r"\b(lol|lmao|haha\w*|hehe\w*|jk|kill me for (telling|saying|mentioning|sharing|showing) (you|this|it))\b|😂|🤣|😆|😅|😜"),
    // Coercive control: money, phone, movements and friends in one
    // partner's hands.
    Cue::new(
        DomesticAbuse,
        r"\b(control(s|led|ling)? (all |every penny )?(of )?(the|my|our) (money|finances|bank|bank account|benefits|wages|phone|spending|post)|control(s|led|ling)? (what|where|who|when|how) (i|we)|follow(s|ed|ing)? me (to|everywhere|round|around|home)|(grab(bed|s)?|held|holds|pinned|pins) me (by|against|down|up against) (the )?(throat|neck|wall|hair|floor)|(check(s|ed|ing)?|goes through|go through|went through|read(s|ing)?) (all )?my (phone|messages|texts|emails|bank|purse)|track(s|ed|ing)? (me|my (phone|car|location)|where i)|(i'm|i am|we're|we are|i was|we were) not (allowed|let) (to )?(out|leave|go|see|talk|speak|have|work|use|drive|ring|phone|call|take)|(won't|doesn't|don't|wouldn't|will not|does not|didn't) (let|allow) (me|us) (to )?(out|leave|go|see|talk|speak|have|work|drive|use|ring|phone|call|take|anywhere)|isolat(es|ed|ing) me|(cut|cuts|cutting) me off from|walking on egg ?shells|(keep|kept|keeping|keeps) (them|the kids|the children|him|her|us|myself) safe from (him|her|them))\b",
    )
    // Nor a doctor's rule after an operation: "I'm on morphine after my op
    // so I'm not allowed to drive".
    .unless(r"\b(dog|cat|puppy|diabetes|sugar|asthma|pain|temperature|heating|remote|telly|tv|tablet|ipad|screen ?time|sweets|op|operation|surgery|morphine|painkillers|anaesthetic|caesarean|c-section|stitches|seizures?|epilep\w*|dvla)\b"),
    // An ex-partner, or a parent kept away, who will not stay away: turning
    // up or waiting outside the home or the school, watching from a car,
    // following, messages that will not stop, coming near when they are
    // not meant to.
    Cue::new(
        DomesticAbuse,
        concat!(
            r"\b(my|her|his|their|the kids'?|the children's) ex(-| )?(partner|husband|wife|boyfriend|girlfriend)?('s| has| is| was)? (\w+ ){0,2}?(keeps|kept|been|won't stop|will not stop|started|still|always|was) (turning up|showing up|coming round|waiting|hanging (around|round|about)|parking|parked|sat|sitting|driving past|watching|lurking)",
            r"|\b(he|she|their dad|their father|their mum|their mother)('s| has| is)? (\w+ ){0,2}?(keeps|kept|been|started|still|always) (turning up|showing up|waiting|hanging (around|round|about)|sitting|parking|driving past|lurking) (\w+ ){0,3}(outside|at|near|by|round|across from|opposite) (the |our |my )?(\w+ )?(school|gates?|house|flat|home|door|work|windows?|playground)",
            r"|\b(sat|sitting|sits|parked|waiting|waited) (\w+ ){0,3}(in|outside|across|opposite|near) (\w+ ){0,5}watching (the|our|my|us|me|them|her|him)\b",
            r"|\b(not|isn't|is not|aren't|are not|wasn't|was not|never) (meant|supposed|allowed|permitted) to (come|go|be|get) (anywhere )?(near|within|to|round to) (us|me|them|her|him|my|our|the (kids|children|house|flat|school|home|gates?)|\d+)",
            r"|\b(not|isn't|is not|aren't|are not|wasn't|was not) (meant|supposed|allowed) to (know|find out) (where|which|what school)",
            r"|\b(won't|will not|doesn't|does not|didn't|did not|can't) stop (messaging|texting|calling|ringing|phoning|contacting|emailing) (me|us)",
            r"|\b(messag|text|call|ring|phon|contact)\w* (me|us) (from|on) (new|different|withheld|private|unknown|other|fake|loads of) (numbers?|accounts?|phones?)",
            r"|\b(found out|find out|finds out|knows|worked out|discovered|tracked down) (where (we|i|the kids|the children) (live|are|are living|are staying|work)|our (new )?(address|house|flat))",
            r"|\b(banging|hammering|pounding|kicking) (on|at) (the|our|my) (front |back )?(door|windows?)[^.!?\n]*\b(night|midnight|shouting|screaming|drunk|again)\b",
            r"|\b(night|midnight|shouting|screaming|drunk)\b[^.!?\n]*\b(banging|hammering|pounding|kicking) (on|at) (the|our|my) (front |back )?(door|windows?)",
            r"|\bfollow(s|ed|ing)? (us|her|him|them|the car|my car)( home| to| round| around| everywhere|$|,|\.)"
        ),
    )
    .unless(concat!(
        r"\b(hide and seek|film|show|tv|telly|xbox|youtube|tiktok|instructions|recipe|the rules|football|match|game|dentist|doctor)\b",
        "|",
        carer_knows_the_way!()
    )),
    // A child's account of home: a parent crying or shouting at the other,
    // the child hiding from the noise. Told second-hand ("she says daddy
    // shouts at mummy") it is the same concern.
    Cue::new(
        DomesticAbuse,
        concat!(
            r"\b(mummy|mum|mam|mom|mama|daddy|dad|papa|he|she|stepdad|step-dad|step dad|(her|his|their|my) (mum|mam|dad|father|mother|stepdad|partner|boyfriend|husband|wife)) (\w+ )?((shouts|screams|yells|swears|shouting|screaming|yelling|swearing|rages) at|hurts|hurting|hits|hitting|kicks|kicking|punches|punching|slaps|slapping|pushes|pushing|strangles|chokes|beats) (mummy|mum|mam|mom|mama|daddy|dad|papa|me|nanny|nana|(her|his|their) (mum|mam|dad|mother|father|nan|gran))\b",
            r"|\b(hid(es|ing)?|hid|sleep(s|ing)?|slept|stay(s|ed|ing)?|sit(s|ting)?|sat|cower\w*|curl(s|ed|ing)? up) (\w+ ){0,2}(in|under|behind|inside) (the|his|her|their) (\w+ )?(bathroom|wardrobe|cupboard|bed|bedroom|room|shed|garden|stairs|duvet|covers|car)[^.!?\n]{0,40}\b(because|cos|when|while|till|until|from) (of )?(the |all the )?(noise|shouting|screaming|arguing|arguments|rows|row|fighting|fights|banging|yelling)"
        ),
    )
    .unless(HIDING_FROM_SOMETHING_ELSE),
    // The same told the other way round: the noise first, then the child
    // hiding from it.
    // Waiting for him to go before the children could leave, after a row:
    // "there was a row and I had to wait till he left the house".
    Cue::new(
        DomesticAbuse,
        r"\b(had to|have to|having to|needed to|waited|wait(ed|ing)?) (\w+ )?(till|until|til|for) (he|she|him|her|my (husband|partner|ex|boyfriend|girlfriend|wife)|their (dad|mum)|his (dad|mum)|her (dad|mum)) (to )?(left|leave|had left|went out|go out|was gone|had gone|calmed down|calm down|sobered up|sober up|fell asleep|fall asleep|was asleep|passed out)\b",
    )
    .given(r"\b(row|rows|rowing|argument|arguments|arguing|shouting|screaming|yelling|kick(ed|ing|s)? off|fight|fighting|scared|frightened|safe|drunk|temper)\b"),
    Cue::new(
        DomesticAbuse,
        r"\b(hid(es|ing)?|hid|cower\w*|curl(s|ed|ing)? up) (\w+ ){0,2}(in|under|behind|inside) (the|his|her|their) (\w+ )?(bathroom|wardrobe|cupboard|bed|bedroom|room|shed|garden|stairs|duvet|covers|car)\b",
    )
    .given(r"\b(shouting|screaming|arguing|arguments|rows|fighting|banging|yelling)\b")
    .unless(HIDING_FROM_SOMETHING_ELSE),
    // What parents say when they cannot name it: "he's been at it again",
    // "the kids saw everything".
    Cue::new(
        DomesticAbuse,
        r"\b((he|she|their dad|their mum|his dad|her dad|my ex|my partner|my husband)('s| has| is| was)? (been )?at it again|(the kids|the children|they|he|she|the little ones|the baby) (saw|seen|heard|witnessed|watched) (everything|it all|the whole thing|all of it|what (he|she) did|him (hit|hurt|beat|strangle|choke|push|attack)\w*|her (hit|hurt|beat|push|attack)\w*)|(saw|seen|heard|witnessed|watched) (his|her|their) (dad|father|mum|mother|stepdad|step-dad) (\w+ )?(hit|hitting|hurt|hurting|beat|beating|strangl\w*|chok\w*|kick\w*|punch\w*|attack\w*|push\w*) (me|mum|mummy|her mum|his mum|their mum|dad|her|him))\b",
    )
    .unless(r"\b(film|match|game|show|fireworks|play|panto|football|video)\b"),
];

#[cfg(test)]
mod tests {
    use crate::domain::ConcernCategory::*;
    use crate::parse::safeguarding::test_support::{
        assert_each_raises, assert_harmless, assert_raises,
    };

    #[test]
    fn physical_abuse_is_raised() {
        assert_each_raises(
            PhysicalAbuse,
            &[
                "he came back from his dad's with a black eye and won't say how",
                "she has finger marks on the top of her arm",
                "there are bruises on her back and she says her stepdad did it",
                "my partner hit him with a belt last night",
                "his dad gave him a hiding last night for lying",
                "my partner has been giving him sleeping tablets to keep him quiet",
                "his uncle slapped her across the face",
                "i lost it with him and smacked him too hard",
                "his stepmum twisted his arm behind his back",
                "there's a burn on the back of her hand from the iron at her aunty's",
                "that's the 5th time in a month at the children's hospital, they still can't find anything so i want a second opinion",
            ],
        );
    }

    #[test]
    fn emotional_abuse_is_raised() {
        assert_each_raises(
            EmotionalAbuse,
            &[
                "her dad calls her stupid and fat all the time",
                "he isn't allowed to eat with the family when he's been naughty",
                "his stepmum screamed at him all weekend",
                "they locked him in his room without tea",
                "she's started wetting the bed again since the weekend",
                "he tells her nobody wants her",
                "he wouldn't let her sit at the table with the others",
                "his aunty says he's a witch and is making the family ill",
                "the church people say she is possessed and have been praying over her all night",
                "they're taking him to the pastor for deliverance this weekend",
            ],
        );
    }

    #[test]
    fn a_witch_or_a_demon_in_a_costume_or_a_story_is_not_abuse() {
        for text in [
            "she's dressed as a witch for the halloween party",
            "he's been a little demon all week, his favourite film is demon slayer",
            "he's been a right little demon today",
            "she is a witch in the school play",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn sexual_abuse_is_raised() {
        assert_each_raises(
            SexualAbuse,
            &[
                "she says a man at the pool touched her",
                "a man flashed at her on the way home from school",
                "she was touched by an older boy on the school bus",
                "her stepdad takes pictures of her in the bath",
                "he knows sex stuff a child his age shouldn't",
                "she's got chlamydia and she's only 13",
                "she's pregnant and she's 14",
                "her mum's friend gets in the shower with her",
                "her stepdad is too touchy feely with her",
                "she doesn't like the way her uncle looks at her",
                "he's been coming into her room at night",
                "she says her cousin does things she doesn't like",
                "the older boy made him do stuff in the shed",
                "she has been abused by someone she knows",
                "he showed her porn on his phone",
                "two boys pulled her skirt down at break",
            ],
        );
    }

    #[test]
    fn neglect_is_raised() {
        assert_each_raises(
            Neglect,
            &[
                "sorry i was away for the weekend, she was at home with her brother (hes 13)",
                "there's no food in the house until friday",
                "no clean uniform and nothing in for his lunch so i'll keep him home",
                "the electric has run out and we can't top up",
                "he hadn't been fed since yesterday",
                "we're living off the food bank",
                "she was left on her own all night",
                "no clean uniform and nothing washed",
                "there's black mould all over their bedroom",
                "his dad left him on his own all weekend",
                "she's been in the same clothes all week",
                "he's had the same uniform on for days",
                "i can't afford his school shoes or the gas this month",
                "i can't put the heating on or get his prescription till payday",
                "her boots have a hole right through and i can't get her another pair till i'm paid next week",
                "he's in bed with his coat on",
                "he says his tooth's been hurting for weeks and his mum kept saying she'd sort it",
                "keeley off again with her tooth, its swollen right up her face now. we've not got a dentist and i can't get her in anywhere, its been like this since xmas",
                "he's not been eating properly at all, he's skin and bone",
                "she's not had breakfast or much tea since monday as my money hasn't come through",
                "he's still limping, been three weeks now, not taking him to the doctors they'll only say rest it",
                "her wrist is swollen up, no point dragging her to minor injuries, it'll mend",
                "i'm on an early shift so the kids are home together with some cereal and the telly",
                "can't get a morning off work, left them with the tablet and next door's checking on them at lunch",
            ],
        );
        assert_harmless(
            "i'll collect her at 12.30 and as it's a long one i won't bring her back afterwards",
        );
        assert_harmless(
            "he's been sick at my mum's at dinner so i won't bring him back this afternoon",
        );
        assert_harmless("delilah choked on a grape at tea last night, her dad got it out");
        assert_harmless(
            "owen comes home starving every day after pe, can he bring a bigger snack?",
        );
        assert_harmless("she insists on fasting this ramadan and says she's starving by lunchtime");
        assert_harmless(
            "he is starving all the time at the moment, growth spurt! could he have seconds",
        );
        assert_harmless(
            "she's making her teacher a secret christmas present, please don't tell her",
        );
        assert_harmless("he fell off his scooter and smashed his front tooth, dentist at 10.30");
        assert_harmless(
            "her eczema's been like this since christmas, we see the consultant on friday",
        );
        assert_harmless(
            "i wish to complain about the abuse of the parking rules on church lane at drop-off",
        );
        assert_harmless("please make sure she keeps her coat on at playtime");
        assert_harmless("we've had the heating on all night for him, he's still shivering");
        assert_harmless("i'll get his prescription after school");
        // Giving to a food bank; using one still raises, above.
        assert_harmless("is it tins or fresh veg for the food bank this year?");
        assert_harmless(
            "we'll be away from tuesday 3rd. i know it's term time but we can't afford to go in the holidays",
        );
        // Not eating for nerves or a bug.
        assert_harmless("her anxiety is bad again, she's shaking and hasn't eaten");
        assert_harmless("she's got the flashing lights of her migraine and has been sick");
    }

    #[test]
    fn domestic_abuse_is_raised() {
        assert_each_raises(
            DomesticAbuse,
            &[
                "we're in a refuge now",
                "there's been a lot of shouting at home and he's hiding in his room",
                "my ex has been sending threatening texts",
                "their dad isn't supposed to come to the house",
                "the judge granted an order last week and their father is not to have any contact",
                "her stepdad was not to come near the house but he was outside on friday",
                "his dad is on a tag",
                "she took them for the weekend and won't bring them back",
                "he said he'd burn the house down",
                "he says he'll take them and i'll never see them again",
                "she's threatened to take him abroad",
                "he keeps saying he'll get me.",
                "he pushed me into the door in front of the kids",
                "their dad was kicking off all night and smashed the telly",
                "he took my phone and car keys again",
                "there's a non molestation order against him",
                "please don't let their father collect them",
                "please don't let anyone else collect her, only me",
                "please don't let anyone but me or my mum collect him",
                "please don't give anyone our new address",
                "his mother is not permitted to collect him from school",
                "we've left because of my partner",
                "he tried to strangle me",
                "he said he'd kill me if i told anyone",
                "he threatened to kill me lol",
            ],
        );
    }

    #[test]
    fn harmless_knocks_and_words_are_not_abuse() {
        for text in [
            "she has a bruise on her leg from hockey in pe",
            "the new inhaler is controlling his asthma much better",
            "she hurt her wrist on the monkey bars yesterday and it's swollen",
            "he hit his head on the slide at the park",
            "his ear hurts and he's been crying",
            "she got a mark on her face when she fell off her scooter",
            "the traffic is killing me, there in 10",
            "sam's got a black eye, alfie headbutted him by accident on the trampoline",
            "her itp is playing up so she bruises really easily, she might have some bruises on her legs",
            "the 16 has broken down and they've all been kicked off to wait for the next one",
            "the cup final didn't kick off till half seven so he's shattered",
            "my sister is coming to the harvest festival",
            "she walks home on her own now she's in year 6",
            "the baby kept us up all night",
            "i left him on his own for two minutes to get the washing in",
            "her new school shoes make her uncomfortable",
            "he'll take her to the dentist at 2",
            "she'll get him from breakfast club",
            "i gave her calpol to help her sleep through the fever",
            "he says he's going to kill me lol",
            "he'll kill me for telling you 😂",
            "they'll have ash on their foreheads so please don't let anyone wipe it off!",
            "he'll kill me for telling you but he had an accident on the way in",
            "bit of a domestic disaster, the washing machine flooded the kitchen",
            "not taking her to the doctors for a cold, she'll be back tomorrow",
            "she's had a sore throat since monday, not taking her to the gp yet",
            "they're home together with their dad today, both full of cold",
            "my neighbour is popping in to see the new baby so he'll be late",
            "third time this week he's forgotten his pe kit!",
            "it's the third time this month the doctor's had to check her ear, they're sending her for more tests",
            "she is not to take part in pe until the cast is off",
            "i can't get the trip money in till i'm paid on friday, sorry",
            "her shoes are a bit tight so we're getting new ones on saturday",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn someone_around_the_child_named_with_what_they_did_is_raised() {
        assert_each_raises(
            PhysicalAbuse,
            &[
                "she said her auntie grabbed her by the neck",
                "his big brother throttles him when mum's at work",
                "my ex squeezed her arm so hard it's purple",
                "the babysitter slapped him for crying",
                "her grandad gave her a clip round the ear",
                "he got a good hiding off his dad",
                "there's bruising shaped like a hand on his back",
                "a finger mark bruise on her cheek",
            ],
        );
    }

    #[test]
    fn own_knocks_and_play_are_not_abuse() {
        for text in [
            "her nan burnt her hand on the oven so can't do the school run",
            "his brother hit him with a pillow in a play fight, he's fine",
            "he has a black eye from being hit with a cricket ball at training",
            "he caught a cricket ball with his face at indoor nets and has a proper black eye",
            "she got hit in the mouth by a cricket ball at practice last night, split lip",
            "she burnt her tongue on her hot chocolate",
            "she burnt her hand on the aga last night, nothing serious and it's dressed",
            "he got a nasty burn on his hand off the barbecue last night, minor injuries dressed it",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn an_injury_someone_else_gave_is_raised() {
        assert_each_raises(
            PhysicalAbuse,
            &[
                "he broke my nose, we're at my sister's",
                "she burnt his hand with a lighter",
                "they cracked her ribs",
                "there are bruises on her arms from my ex",
                "a black eye after her mum's boyfriend came round",
                "his stepdad put his hands round his throat",
                "cigarette burns on his arm",
            ],
        );
        for text in [
            "he broke his arm falling off the trampoline",
            "she broke her wrist when she slipped on the ice",
            "a black eye from a hockey ball",
            "stanley has a black eye, he took a rugby ball to the face at tag rugby club on saturday",
            "she has marks on her face from chickenpox",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_hazard_kept_from_a_child_is_no_order_but_a_person_is() {
        for text in [
            "she's not allowed near the oven on her own yet",
            "he isn't allowed near nuts, please remind the dinner ladies",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            DomesticAbuse,
            &[
                "he's not allowed near us any more",
                "her dad isn't allowed near the school",
                "he is not allowed near the kids or the house",
            ],
        );
    }

    #[test]
    fn coercive_control_and_what_parents_say_instead_are_domestic_abuse() {
        assert_each_raises(
            DomesticAbuse,
            &[
                "my husband controls all the money",
                "he checks my phone and tracks where i go",
                "i'm not allowed out without him",
                "he won't let me see my family",
                "he's been at it again",
                "the kids saw everything",
                "she watched her dad strangle me",
                "he grabbed me by the throat",
                "we had to leave in the middle of the night",
            ],
        );
        assert_harmless(
            "her clinic was at 1.30 and we had to leave home at 8 to get there in time",
        );
        for text in [
            "he controls the ball really well now",
            "we won't let him play on the xbox until his homework is done",
            "the kids saw the fireworks",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn cruelty_and_abuse_in_other_words_are_raised() {
        assert_each_raises(
            EmotionalAbuse,
            &[
                "she tells her she's worthless every day",
                "she wishes she was never born, her stepmum said",
                "they made her stand in the corner for hours",
            ],
        );
        assert_each_raises(
            SexualAbuse,
            &[
                "her uncle gets into her bed",
                "the lodger showed him videos of naked people",
            ],
        );
        assert_each_raises(
            Neglect,
            &[
                "they haven't had a proper meal all week",
                "no money for gas and no coat that fits",
                "her nan forgets to feed her",
            ],
        );
    }

    #[test]
    fn grooming_signs_are_raised() {
        assert_each_raises(
            SexualAbuse,
            &[
                "he told her it was their special secret",
                "the neighbour plays secret games with him",
                "she has to sit on his knee when mum goes out",
                "he tells her she mustn't tell mummy",
                "she's 14 and pregnant",
            ],
        );
        for text in [
            "can she bring in a present for secret santa",
            "mum is pregnant and very tired so dad will collect",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_childs_pain_left_for_months_with_no_dentist_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "his gum is all puffed up again. we can't find an nhs dentist anywhere, the practices near us aren't taking patients on. it's been going on for months",
            ],
        );
        for text in [
            "no dentist round here is taking people on so we've gone private and she's seen tomorrow",
            "she has toothache today, no nhs dentists near us, the 111 nurse said calpol",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn no_adult_caring_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "she's at home with her 11 year old sister while i'm at work",
                "i had to leave them in charge of the baby",
                "their dad hasn't got out of bed for a week",
                "can you tell her to walk home by herself today please, i'm at work till 10 tonight. she has a key and can make herself some toast",
                "i must fly to lagos for my father's surgery and there's no one to have her, so she'll stay in the house and the lady next door will look in on her at night",
            ],
        );
        for text in [
            "she walks home by herself now, i'm at work till 4 but her nan is in",
            "we have to fly to dublin on friday so the neighbour will pop in to feed the cat",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn marks_where_falls_rarely_land_stay_concerns_whatever_the_story() {
        assert_each_raises(
            PhysicalAbuse,
            &[
                "there's bruising all across his back, he fell off the sofa",
                "she has a bruise behind her ear from bumping into the table",
                "grip marks on his upper arms, he was messing about on the climbing frame",
                "bruises on the backs of her legs, she slipped in the bath",
                "bruising on his chin and ears, he fell in the park",
                "fingertip bruises on her arm, they were messing about",
                "a round burn on his wrist, he leant on the toaster",
                "her cheeks are bruised, she tripped on the stairs",
            ],
        );
        for text in [
            "he has a bruise on his ribs from a tackle at rugby",
            "she has marks on her neck from her eczema",
            "a bruise on his cheek where his friend's elbow caught him by accident",
            "she has a bruise on her shin from tripping on the step",
            "red marks behind his ears from his new glasses",
            "she got a mark on her face when she fell off her scooter",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn an_ex_who_will_not_stay_away_is_domestic_abuse() {
        assert_each_raises(
            DomesticAbuse,
            &[
                "my ex-husband keeps turning up at my work",
                "he's been waiting outside our flat every night",
                "he sat in his car outside the house watching us",
                "he's not supposed to come within 100 metres of us",
                "she's not meant to know where we live now",
                "he won't stop ringing me",
                "he texts me from withheld numbers",
                "he followed us home from the park",
                "my ex-partner has been parked across the road again",
                "he's found out our new address",
                "he was banging on the windows at 2 in the morning shouting",
            ],
        );
        for text in [
            "their dad will wait at the gates at 3",
            "he's not supposed to go near the pond with his cast on",
            "he won't stop watching youtube",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_childs_account_of_home_is_raised() {
        assert_each_raises(
            DomesticAbuse,
            &[
                "he says his stepdad screams at his mum",
                "she hides in the wardrobe when the shouting starts",
            ],
        );
        assert_each_raises(DomesticAbuse, &["his sister says their dad hits mum"]);
        assert_each_raises(
            EmotionalAbuse,
            &["she makes him sleep on the floor in the hallway"],
        );
        assert_harmless("he hid under his bed because of the fireworks");
        assert_harmless("the plumber was banging on the door at 8 for the keys");
    }

    #[test]
    fn waiting_for_him_to_leave_after_a_row_is_domestic_abuse() {
        assert_each_raises(
            DomesticAbuse,
            &[
                "sorry they're late, there was another argument and we had to wait until he went out",
            ],
        );
        assert_harmless(
            "sorry we're late, i had to wait until he left for work as he had the car seat",
        );
    }

    #[test]
    fn hungry_by_lunch_is_no_neglect() {
        assert_harmless("can riley have school dinners from today? he says he's starving by lunch");
    }

    #[test]
    fn a_child_minding_the_little_ones_all_night_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "i was at the hospital with my dad so maya had the twins on her own all night",
                "he looked after his two little sisters by himself till midnight",
            ],
        );
        assert_harmless("she had the twins on her own for ten minutes while i nipped to the shop");
    }

    #[test]
    fn care_stopped_for_a_belief_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "we've stopped his speech therapy, we don't believe in it",
                "we cancelled her eye clinic appointments, she sees fine when she wants to and we don't need them",
                "the elders told us his insulin is not needed, we pray over him instead",
                "his asthma is bad but we use only holy water now, the church says the tablets are poison",
            ],
        );
        assert_harmless("we cancelled his dentist appointment as he's poorly, can you rebook it");
        assert_harmless("we said a prayer for her nan and she's had her calpol, back tomorrow");
    }

    #[test]
    fn health_care_missed_again_and_again_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "he's got toothache, we've missed his dental check-ups twice now, third time I think",
                "i didn't take her to the eye clinic again, it's too far on the bus",
                "she missed the last two hospital appointments for her hearing",
                "the school nurse keeps texting about his weight, i've been ignoring her",
            ],
        );
        assert_harmless(
            "she missed her dentist appointment last week so we've rebooked it for today",
        );
        assert_harmless("he missed the bus again so he'll be in at 9.30");
        assert_harmless("the health visitor came round about the baby's jabs, all fine");
    }

    #[test]
    fn a_young_child_sent_to_school_alone_is_neglect() {
        assert_raises(
            Neglect,
            "i was on an early so she walked to school on her own, she's 6 now and sensible",
        );
        assert_raises(Neglect, "he walked himself, he's 5 but he's very grown up");
        assert_harmless("he walked to school on his own today, he's 11 and in year 6");
        assert_harmless("she walked in with her friend, she's 5 mins away");
    }

    #[test]
    fn food_kept_back_to_punish_is_emotional_abuse() {
        assert_each_raises(
            EmotionalAbuse,
            &[
                "if she answers back her stepdad says she doesn't get any tea",
                "he was sent to bed with no supper as a punishment again",
            ],
        );
        assert_harmless("he won't get his dinner till late tonight as we're at the match");
    }

    #[test]
    fn fracture_after_fracture_and_doctors_asking_are_raised() {
        assert_each_raises(
            PhysicalAbuse,
            &[
                "that's his fourth fracture since the summer",
                "the plaster is on again and the doctors asked me lots of questions about how it happened",
            ],
        );
        assert_harmless(
            "the doctor asked lots of questions about her asthma and changed her inhaler",
        );
    }

    #[test]
    fn a_settled_family_court_a_storms_cold_night_and_damp_being_treated_are_quiet() {
        for text in [
            "we're at the family court on monday for the final hearing, it's all agreed so nothing to worry about",
            "the power went off in the storm so he slept in his coat, he's fine and in",
            "the landlord is treating the damp and mould so we're at my mum's this week",
            "can she have extra toast at breakfast club, she's starving in the mornings lately",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            DomesticAbuse,
            &["there's a family court hearing next week about whether he can see them"],
        );
    }

    #[test]
    fn a_health_aid_left_unreplaced_and_an_older_child_in_charge_are_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "he lost his glasses in october and we haven't had the money for new ones, he squints at everything",
                "her epipen ran out last term and i haven't got round to the gp",
                "the kids were on their own until i got in at 11, i'd been called into work",
                "i'm away with work till thursday so ellis (15) is in charge of the little ones",
            ],
        );
        for text in [
            "he broke his glasses at football on saturday, new ones are ordered and ready next week",
            "her inhaler ran out so i've dropped a new one at the office",
            "i'm away till friday so nan is in charge at home",
            "she was on her own for a minute at the shop and got upset",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn everyday_uses_of_words_of_harm_are_quiet() {
        for text in [
            "she does look pale and hasn't touched her breakfast",
            "i'm self employed so she'll have to come with me on my jobs today, can't afford to cancel",
            "his school trousers were all still wet in the wash and he had nothing clean to wear",
            "freddie has started wetting himself again since the baby arrived, the health visitor says it's common",
            "he told me last night he's running away to join the circus because i made him eat broccoli",
            "i can't cope with these 5am wake ups, anyway ben's got the dentist at 11.15",
            "sorry i meant to ring first thing and it went out of my head",
            "the baby was screaming with colic till 5 and nobody has slept, i just can't face the school run",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            SexualAbuse,
            &["she says her uncle touched her when she stayed over"],
        );
    }

    #[test]
    fn a_message_taken_back_under_pressure_or_a_parent_kept_from_the_phone_is_domestic_abuse() {
        assert_each_raises(
            DomesticAbuse,
            &[
                "please disregard what i wrote last night, my partner says i was overreacting",
                "sorry for my message earlier. i didn't mean it, all fine at home",
                "this is her stepdad. she can't come to the phone, don't call the house",
            ],
        );
        for text in [
            "please ignore my last text, she's going in after all",
            "sorry about my message yesterday, i meant thursday not tuesday",
            "she can't come to the phone right now, she's in the bath, i'll get her to ring you back",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_child_alone_or_minding_the_others_into_the_night_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "i'm working in leeds and won't be back tonight. can she walk home on her own, the key is under the plant pot",
                "i'm doing nights all week so from monday kayden will pick up his sister from nursery and put her to bed",
                "stuck in traffic in wales, will he be ok to let himself in? i won't be home till late",
            ],
        );
        for text in [
            "can he walk home on his own today? i'll be home by 4",
            "i'm on nights this week so my mum will collect them and do their tea",
            "she's allowed to walk home alone now she's in year 6",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            YoungCarer,
            &["dad collapsed in the kitchen and she had to ring 999 and wait with the baby"],
        );
        assert_harmless(
            "he rang for an ambulance when an old man fell outside the shop, we are so proud of him",
        );
    }

    #[test]
    fn a_daily_medicine_run_out_and_not_replaced_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "we've run out of his keppra and the surgery won't do a repeat prescription till he's seen, he had two seizures last night",
                "her inhaler ran out at the weekend and the doctors won't issue a new prescription till her review, she's wheezy",
                "his ritalin ran out on monday, i haven't been able to get to the pharmacy",
            ],
        );
        for text in [
            "her inhaler ran out so i've picked a new one up on the way in",
            "we ran out of calpol so i couldn't get her temperature down",
            "he ran out of time in his maths test and was upset",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_young_child_at_home_alone_in_the_school_day_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "he's got a temperature so he's staying home by himself today, i can't miss work",
                "i'm on a long day so she's been left on her own this morning, she's got snacks",
                "she's home alone today but she knows never to answer the door",
                "i'm in hospital for my op so the boys are at home alone, the eldest does the breakfast",
            ],
        );
        for text in [
            "he'd rather sit on his own in the library today than go out to play",
            "he walked in on his own this morning, so proud",
            "can she be on her own in the library today instead of going swimming",
            "he's been sleeping on his own this week which is a big step",
            "she's off today with a cold, watching home alone under a blanket",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn an_animal_refuge_a_broken_boiler_and_a_missed_school_dinner_are_quiet() {
        for text in [
            "he picked up a cold volunteering at the animal refuge",
            "the washing machine flooded the kitchen and nothing's clean for her to wear",
            "our boiler has broken so there's no heating, we're waiting for the plumber",
            "she came home starving because she wasn't given the hot dinner she was booked in for",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_child_doing_the_mornings_or_minding_while_the_parent_is_on_nights_or_away_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "wife has been in hospital since sunday and i'm on nights so kayden has been getting riley up and ready and walking him in",
                "im stuck in leeds with work till tomorrow so destiny is at home minding her little sister today",
                "i work nights and get back at half nine so maisie cooks her brother his breakfast and they walk in",
                "this is leo on mums phone, mum is on nights so me and my brother got ourselves ready",
            ],
        );
        for text in [
            "i'm on nights so my husband is getting them up and walking them in",
            "i work nights so i make them their breakfast when i get in at seven",
            "i'm on nights this week so their nan is at home with them",
            "she's at home minding her little sister for an hour while i pop to the shop",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_smashed_screen_a_grandmas_kidnap_and_a_doctors_no_driving_are_not_domestic_abuse() {
        for text in [
            "she dropped her ipad in the playground and the screen is smashed",
            "grandma is kidnapping the girls for a sleepover tonight",
            "i'm on morphine after my op so i'm not allowed to drive for a bit",
            "we're at the family court on friday for his adoption hearing",
        ] {
            assert_harmless(text);
        }
        assert_each_raises(
            DomesticAbuse,
            &[
                "he smashed the tv and threw a plate at me",
                "he won't let me drive or see my friends, i'm not allowed to drive",
                "he threatened to kidnap them and take them abroad",
            ],
        );
    }

    #[test]
    fn kept_from_home_a_child_in_charge_overnight_and_an_unmended_leak_are_raised() {
        assert_each_raises(
            DomesticAbuse,
            &[
                "her father's family won't let the girls fly back to england till after the engagement",
                "he refuses to let me come home with the kids",
            ],
        );
        assert_each_raises(
            Neglect,
            &[
                "i'm on nights all week so jade's in charge of her brothers till i'm home at 7",
                "the landlord still won't fix the damp and the boys' chests are bad again",
            ],
        );
        for text in [
            "the consultant won't let us fly home till her ear infection clears",
            "i'm on nights so their nan's in charge of them",
            "the landlord won't return our deposit",
            "the landlord has not fixed the leak yet but he's booked someone for friday",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_partner_destroying_what_a_parent_needs_to_leave_is_domestic_abuse() {
        assert_each_raises(
            DomesticAbuse,
            &[
                "sorry we're late, my partner smashed my phone and hid my car keys so i had to wait for a taxi",
                "their dad binned my bank cards when i told him i was leaving",
            ],
        );
        for text in [
            "the baby threw my keys down the toilet so we're walking, sorry",
            "my husband snapped my car keys in the lock by accident, waiting for a locksmith",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn hitting_as_discipline_is_physical_abuse() {
        assert_each_raises(
            PhysicalAbuse,
            &[
                "his grandad is old school, he smacks him if he answers back",
                "the teachers at the school back home cane the children when they get their lessons wrong",
            ],
        );
        assert_harmless("the boys hit each other with foam swords at the party, all fine");
    }

    #[test]
    fn medicine_kept_back_to_punish_is_emotional_abuse() {
        assert_raises(
            EmotionalAbuse,
            "i've taken her inhaler away, she can have it back when she stops being so rude. she has to learn",
        );
        for text in [
            "i forgot to give him his tablets this morning, could the office give them at lunch",
            "the gp has stopped his medication until the review in march",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn an_account_of_marks_given_before_the_child_speaks_is_raised() {
        assert_raises(
            PhysicalAbuse,
            "if he says anything about the marks on his back, he fell off the trampoline",
        );
    }

    #[test]
    fn rotten_teeth_with_no_dentist_to_be_had_is_neglect() {
        assert_raises(
            Neglect,
            "her tooth is rotten and the pain keeps her up. we can't get her seen at a dentist so i give her nurofen so she can sleep",
        );
    }

    #[test]
    fn a_child_getting_a_sibling_up_while_the_parent_has_left_for_work_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "i go to work at 5.30 so lacey has to get her brother up and dressed and make him his breakfast",
                "i'm on nights so ellis gets his sister up and ready by himself",
            ],
        );
        assert_harmless(
            "i leave for work at 6 so my mum gets him up and dressed and gives him his breakfast",
        );
    }

    #[test]
    fn a_child_alone_at_home_into_the_evening_or_over_a_night_is_neglect() {
        assert_each_raises(
            Neglect,
            &[
                "i'm at work until 9 and nobody's home so she'll let herself in with her key and wait",
                "i was stuck at work all night so the girls were at home by themselves",
            ],
        );
        assert_harmless("she'll let herself in with her key, i'm home by 4");
    }

    #[test]
    fn a_child_left_out_with_nothing_to_drink_or_cover_them_is_neglect() {
        assert_raises(
            Neglect,
            "they left her outside in the sun all afternoon without any sun cream, her shoulders have blistered",
        );
        assert_harmless("we left the dog out in the garden with no water by mistake");
    }

    #[test]
    fn a_child_minding_the_younger_ones_while_the_parent_was_in_hospital_is_a_young_carer() {
        assert_raises(
            YoungCarer,
            "i was admitted on sunday and there was no one to have them. maisie minded her little brothers",
        );
        assert_harmless("i was in hospital on sunday so my mum looked after the little ones");
    }

    #[test]
    fn no_heating_or_food_till_payday_is_neglect_though_a_club_gives_a_snack() {
        assert_raises(
            Neglect,
            "nothing in the fridge and the electric's run out till i get paid, at least she gets a snack at breakfast club",
        );
    }

    #[test]
    fn a_child_kicking_off_about_getting_dressed_is_no_domestic_abuse() {
        assert_harmless("sorry we're late, max kicked off about putting his shoes on");
    }
}
