//! Whether a message is written in English at all. The parser reads only
//! English; a message in Polish or Romanian (or any other language) goes to
//! a person rather than being read as "no absence".

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// Common English words: nearly every English sentence holds several, and
/// other languages' sentences almost none.
const ENGLISH_WORDS: &[&str] = &[
    "a", "about", "after", "all", "am", "an", "and", "are", "as", "at", "back", "be", "been",
    "but", "by", "can", "can't", "come", "coming", "day", "dear", "do", "for", "from", "go",
    "going", "good", "got", "had", "has", "have", "he", "he'll", "he's", "her", "hi", "him", "his",
    "i", "i'll", "i'm", "i've", "if", "in", "is", "it", "it's", "just", "keep", "know", "let",
    "me", "morning", "my", "not", "now", "of", "off", "on", "or", "our", "please", "school", "she",
    "she'll", "she's", "sick", "so", "sorry", "thank", "thanks", "that", "the", "their", "them",
    "they", "this", "to", "today", "tomorrow", "up", "was", "we", "we're", "well", "will", "with",
    "won't", "you", "your",
];

/// The lists as sets: every word of every message is looked up.
static ENGLISH: LazyLock<WordSet> = LazyLock::new(|| ENGLISH_WORDS.iter().copied().collect());
static FOREIGN: LazyLock<WordSet> = LazyLock::new(|| FOREIGN_WORDS.iter().copied().collect());

type WordSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// FNV-1a, a multiply a byte: cheaper on a short word than the default
/// SipHash, which keeps out keys an attacker chooses to collide. These
/// sets hold only the fixed lists; a message's words are only looked up.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// Whether a lower-case word is one of the commonest English words.
pub fn is_common_english(word: &str) -> bool {
    ENGLISH.contains(word)
}

/// Everyday words of the other languages most often on the roster
/// (Polish, Romanian, Portuguese, Spanish, Italian, French, Somali, Turkish, and
/// Urdu and Hindi written in Latin letters), with and without their accents, that
/// English does not share.
const FOREIGN_WORDS: &[&str] = &[
    "aaj",
    "acasa",
    "acasă",
    "alaikum",
    "amanha",
    "amanhã",
    "anche",
    "assalam",
    "astazi",
    "astăzi",
    "atesi",
    "ateşi",
    "aujourd'hui",
    "aur",
    "avut",
    "avvisare",
    "avvisarvi",
    "ayay",
    "ayer",
    "azi",
    "ağrıyor",
    "barriga",
    "bedzie",
    "beemar",
    "bene",
    "bhi",
    "bimar",
    "boa",
    "bolnav",
    "bolnava",
    "bom",
    "buenos",
    "bugun",
    "bugün",
    "bukhar",
    "buna",
    "buonasera",
    "buongiorno",
    "będzie",
    "ca",
    "cabeza",
    "cabeça",
    "casa",
    "che",
    "chega",
    "chora",
    "chory",
    "cita",
    "colegio",
    "com",
    "con",
    "consulta",
    "copilul",
    "cordiali",
    "corka",
    "córka",
    "degil",
    "del",
    "della",
    "dentista",
    "desde",
    "değil",
    "di",
    "dia",
    "dias",
    "dimineata",
    "distinti",
    "dobry",
    "doente",
    "dolor",
    "domani",
    "domu",
    "dor",
    "dugsiga",
    "dziekuje",
    "dzien",
    "dzień",
    "dzis",
    "dzisiaj",
    "dziś",
    "días",
    "ela",
    "ele",
    "em",
    "enferma",
    "enfermo",
    "escola",
    "escuela",
    "este",
    "está",
    "evde",
    "febbre",
    "febra",
    "febre",
    "febră",
    "fica",
    "fiebre",
    "figlia",
    "figlio",
    "fiica",
    "filha",
    "filho",
    "fiul",
    "fièvre",
    "gece",
    "gelemeyecek",
    "geliyor",
    "gelmeyecek",
    "gentile",
    "gidemeyecek",
    "goraczka",
    "goraczke",
    "gorączka",
    "gorączkę",
    "gracias",
    "grazie",
    "gunaydin",
    "guriga",
    "günaydın",
    "hai",
    "hain",
    "hasta",
    "hastalandı",
    "hija",
    "hijo",
    "hoje",
    "hola",
    "hoy",
    "ieri",
    "imanayaan",
    "informo",
    "iyo",
    "jest",
    "jiran",
    "joogaysaa",
    "jutro",
    "kalacak",
    "karega",
    "ki",
    "ko",
    "kustu",
    "la",
    "las",
    "lekarza",
    "llegara",
    "llegará",
    "los",
    "ma",
    "maanta",
    "macalin",
    "mahadsanid",
    "maine",
    "mal",
    "malade",
    "malata",
    "malato",
    "mamy",
    "matag",
    "mattina",
    "mañana",
    "mea",
    "medico",
    "mein",
    "merhaba",
    "meu",
    "midesi",
    "mio",
    "muito",
    "multumesc",
    "mâine",
    "médico",
    "nahi",
    "nahin",
    "nie",
    "niña",
    "niño",
    "noche",
    "noite",
    "nostra",
    "nostro",
    "nu",
    "não",
    "obrigada",
    "obrigado",
    "oggi",
    "okul",
    "okula",
    "ontem",
    "pancia",
    "para",
    "pentru",
    "perche",
    "perché",
    "più",
    "poate",
    "possa",
    "pozdrawiam",
    "prosze",
    "przyjdzie",
    "qabtaa",
    "qandho",
    "que",
    "qufac",
    "racit",
    "racita",
    "raspuns",
    "restera",
    "resterà",
    "răspuns",
    "sakta",
    "sakti",
    "saluti",
    "scoala",
    "scrivo",
    "scuola",
    "scuze",
    "se",
    "segreteria",
    "sera",
    "si",
    "sie",
    "się",
    "sobre",
    "sono",
    "spero",
    "stanotte",
    "subax",
    "syn",
    "szkole",
    "szkoly",
    "szkoły",
    "tabiyat",
    "tahay",
    "tarde",
    "tem",
    "tesekkurler",
    "testa",
    "teşekkürler",
    "theek",
    "tiene",
    "tornare",
    "usko",
    "va",
    "vai",
    "ve",
    "veni",
    "verra",
    "verrà",
    "vine",
    "visita",
    "volte",
    "vomitato",
    "vomitos",
    "vou",
    "vómito",
    "vómitos",
    "w",
    "waa",
    "walaikum",
    "wanaagsan",
    "wczoraj",
    "wizyte",
    "xanuunsan",
    "yarın",
    "z",
    "ziua",
    "zostaje",
    "zostanie",
    "às",
    "çok",
    "école",
    "że",
    "școală",
    "și",
];

/// Letters that English never uses: Polish, Romanian, Hungarian and Turkish marks,
/// and any script other than Latin.
fn is_foreign_letter(c: char) -> bool {
    matches!(
        c,
        'ą' | 'ę'
            | 'ł'
            | 'ń'
            | 'ś'
            | 'ź'
            | 'ż'
            | 'ć'
            | 'ă'
            | 'ș'
            | 'ş'
            | 'ț'
            | 'ţ'
            | 'ő'
            | 'ű'
            | 'ı'
            | 'ğ'
    ) || (c.is_alphabetic() && !c.is_ascii() && (c as u32) > 0x024F)
}

/// The words of lower-case text: runs of letters, digits and apostrophes
/// holding a letter.
fn words_of(lower: &str) -> impl Iterator<Item = &str> {
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| w.chars().any(char::is_alphabetic))
}

/// Whether a word is plainly another language's: on the list, or holding a
/// letter outside ASCII that English does not use.
fn is_foreign(word: &str) -> bool {
    FOREIGN.contains(word) || (!word.is_ascii() && word.chars().any(is_foreign_letter))
}

/// Whether lower-case text reads as English. It does unless a third of its
/// words are plainly another language's and those outnumber the common
/// English words: terse English ("traffic, 10 mins away") stays English,
/// and so does a greeting or sign-off in the family's language around an
/// English message.
pub fn reads_as_english(lower: &str) -> bool {
    let foreign = words_of(lower)
        .filter(|word| is_foreign(word) && !is_common_english(word))
        .count();
    // Most messages hold no foreign word at all: the rest are counted only
    // when enough are found to weigh against them.
    if foreign < 2 {
        return true;
    }
    let english = words_of(lower)
        .filter(|word| is_common_english(word))
        .count();
    !(foreign * 3 >= words_of(lower).count() && foreign > english)
        || carries_an_english_rendering(lower)
}

/// Whether a message in another language carries its own English rendering:
/// a line or bracket of six words or more, a third of them (four at least)
/// common English and none foreign ("Bună ziua ... / Hello, Andreea has a
/// cold and fever, she stays home today").
fn carries_an_english_rendering(lower: &str) -> bool {
    lower
        .split(['\n', '(', ')', '.', '!', '?', ';'])
        .any(|part| {
            let words: Vec<&str> = words_of(part).collect();
            let english = words.iter().filter(|w| is_common_english(w)).count();
            words.len() >= 6
                && english >= 4
                && english * 3 >= words.len()
                && !words.iter().any(|w| is_foreign(w))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_lists_are_sorted_with_no_word_twice() {
        assert!(ENGLISH_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(FOREIGN_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_message_with_its_own_english_rendering_reads_as_english() {
        for text in [
            "bună ziua. andreea este răcită și are febră, rămâne acasă azi. / hello, andreea has a cold and fever, she stays home today. ștefan merge la școală. mulțumesc, elena popa",
            "dzień dobry, zosia jest chora i zostaje w domu (zosia is ill, she will not come to school today). dziękuję",
        ] {
            assert!(reads_as_english(text), "{text}");
        }
        assert!(!reads_as_english(
            "bună ziua. andreea este răcită și are febră, rămâne acasă azi. mulțumesc"
        ));
    }

    #[test]
    fn english_messages_read_as_english() {
        for text in [
            "millie won't be in today, she's been sick in the night",
            "dzień dobry, zosia is poorly today and will stay home. dziękuję",
            "bom dia, edson hurt his wrist at football, he will stay at home today. obrigada",
            "🤒",
            "sick",
            "ryan running late, traffic is crazy on narborough rd. 10 mins away",
            "ayaan has hospital appointment thursday 15 april 2pm",
        ] {
            assert!(reads_as_english(text), "{text}");
        }
    }

    #[test]
    fn polish_and_romanian_messages_do_not() {
        for text in [
            "dzień dobry, zosia jest chora i nie przyjdzie dzisiaj do szkoły",
            "bună ziua, andrei este bolnav și nu va veni azi la școală",
            "kasia ma gorączkę, zostaje w domu do piątku",
            "maria está doente hoje, não vai à escola",
            "hola, mateo está enfermo con fiebre, no va a ir hoy al colegio",
            "زينب مريضة اليوم",
            // Without their accents, and Urdu in Latin letters.
            "dzien dobry, kuba ma goraczke i zostanie dzisiaj w domu",
            "buna ziua, ionut este racit si nu poate veni azi la scoala",
            "buna ziua, scuze ca nu am raspuns ieri. andrei a avut febra. multumesc",
            "assalam o alaikum, zain ki tabiyat theek nahi hai, aaj school nahi aa sakta",
            "salam miss, hamza ko bukhar hai aur pet mein dard",
            "subax wanaagsan, hodan way jiran tahay. maanta dugsiga ma imaanayso",
            "günaydın, elif bugün okula gelemeyecek, gece kustu ve midesi çok ağrıyor",
            "ayan waa xanuunsan tahay",
            "elif bugün hasta, ateşi var",
            // Turkish letters alone, in words on no list: "my daughter is crying".
            "kızım ağlıyor",
            "bom dia, a bia tem consulta no dentista hoje",
            "buongiorno, oggi luca non verrà a scuola perché ha la febbre da ieri sera. cordiali saluti",
            "gentile segreteria, sofia resterà a casa, stanotte ha vomitato più volte. grazie",
        ] {
            assert!(!reads_as_english(text), "{text}");
        }
    }
}
