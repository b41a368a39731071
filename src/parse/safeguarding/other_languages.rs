//! The commonest words of harm in the other languages of the roster's
//! families (Polish, Romanian, Portuguese, Spanish, and Urdu as it is
//! texted in Latin letters),
//! with and without their accents, since phones often drop them. Enough to
//! put such a message before the DSL, who will have it read in full.
//!
//! The parser's `\b` is ASCII-only (see `text::compile`), so it cannot
//! mark the end of "pobił" or "się": a word here is bounded by anything
//! that is not a letter instead.

use super::cue::Cue;
use crate::domain::ConcernCategory::*;

pub const CUES: &[Cue] = &[
    // Hitting and bruises: Polish "pobił, bije, uderzył, siniaki, przemoc",
    // Romanian "a lovit, a bătut, vânătăi, violență", Urdu "maarta, peet'ta".
    Cue::new(
        PhysicalAbuse,
        r"(?:^|[^\pL])(pobi(ł|l)(a|o|y)?|bij(e|ą|a)|uderzy(ł|l)(a|o)?|siniak(i|ów|ow)?|przemoc\pL*|znęca\pL*|zneca\pL*|(a |m-a |l-a |au )?lovit(ă|a|e|i|ți|ti)?(-o|-l)?|(a |m-a |l-a |au )?b(ă|a)tut(ă|a|e|i|ți|ti)?(-o|-l)?|o bate|(î|i)l bate|v(â|a)n(ă|a)t(ă|a)i|v(â|a)n(ă|a)taie|violen(ț|ţ|t)(ă|a)|maar(ta|ti|te|a|i)|peet(ta|ti|te|a|i)|pitai|thappar|(mujhe|mujhko|usko|use|unko|humein|hamein) (\pL+ )?(mara|maara|mari|maari|maarna|peeta|pita)|ضرب\pL*|يضرب\pL*)(?:$|[^\pL])",
    ),
    // Things smashed and shouting through the night at home: Romanian "a
    // spart lucruri", "a țipat la noi toată noaptea".
    Cue::new(
        DomesticAbuse,
        r"(?:^|[^\pL])(a spart (lucruri|tot|u(ș|ş|s)a|geamul)|(a )?(ț|ţ|t)ipat la (noi|mine) (toat(ă|a) noaptea)?)(?:$|[^\pL])",
    ),
    // The police at the home: Romanian "a venit poliția", Polish "policja",
    // Portuguese and Spanish "polícia, policía", Arabic "الشرطة".
    Cue::new(
        PoliceOrServices,
        r"(?:^|[^\pL])(poli(ț|ţ|t)i(a|e|ei)|policj\pL*|pol(í|i)c(í|i)a|الشرطة|شرطة|البوليس)(?:$|[^\pL])",
    )
    // A road the police have closed: "poliția a închis drumul".
    .unless(r"(?:^|[^\pL])((î|i)nchis|accident\pL*|drum(ul)?|zamkn\pL*|wypadek|cerrad\pL*|fechad\pL*)(?:$|[^\pL])"),
    // Hitting in Portuguese and Spanish: "o pai dele bateu-me outra vez",
    // "espancou", "nódoas negras"; "me pegó", "moratones". Not Portuguese
    // "pega" alone, which is picking up.
    Cue::new(
        PhysicalAbuse,
        r"(?:^|[^\pL])(bateu|batia|bate-(me|lhe|nos)|bate (em mim|nele|nela|nos)|espancou|espanca|agrediu|agride|hematomas?|n(ó|o)doas? negras?|maltrat\pL*|(me|le|nos|la|lo) peg(ó|o|a|aba)|golpe(ó|o|aba)|moratones)(?:$|[^\pL])",
    ),
    // Hiding from a father or husband: "por favor não digam ao pai onde
    // estamos"; "no le digan a su padre dónde estamos".
    Cue::new(
        DomesticAbuse,
        r"(?:^|[^\pL])((n(ã|a)o|no) (le )?(digam|diga|contem|digan) (ao|a|a su|al) (pai|m(ã|a)e|marido|padre|madre|esposo)( dele| dela)? (onde|d(ó|o)nde) (estamos|est(á|a)|vivemos|vivimos)|viol(ê|e)ncia dom(é|e)stica)(?:$|[^\pL])",
    ),
    // Fear of home: Polish "boję się, boi się", Romanian "mi-e frică, îi e
    // frică", Urdu "darta hai, dar lagta hai", Portuguese "ela tem medo",
    // Spanish "tiene miedo".
    Cue::new(
        Disclosure,
        r"(?:^|[^\pL])(boj(ę|e) si(ę|e)|boi si(ę|e)|(mi-e|mi-este|(î|i)i (e|este)|ne e|ne este) fric(ă|a)|speriat(ă|a)?|dar(ta|ti|te) (hai|hain|hoon|hun|hu)|dar lag(ta|ti)|dar(a|i) (hua|hui|huwa)|dar (gaya|gayi|gai)|خايف\pL*|خائف\pL*|(tem|tenho|temos|tinha|tiene|tengo|tenía|tenia) (muito |mucho )?medo|(tiene|tengo|tenía|tenia) (mucho )?miedo)(?:$|[^\pL])",
    ),
    // A parent at a loss: Portuguese "não sei o que fazer", Spanish "no sé
    // qué hacer", Polish "nie wiem co robić", Romanian "nu știu ce să fac".
    Cue::new(
        ParentInCrisis,
        r"(?:^|[^\pL])(n(ã|a)o sei (mais )?o que fazer|no s(é|e) (qu(é|e)|que) hacer|nie wiem,? co (robi(ć|c)|mam robi(ć|c))|nu (ș|ş|s)tiu ce s(ă|a) (mai )?fac)(?:$|[^\pL])",
    ),
    // Suicide and self-harm: Polish "samobójstwo, chce umrzeć, tnie się",
    // Romanian "sinucide, vrea să moară, se taie", Urdu "khudkushi".
    Cue::new(
        SelfHarm,
        r"(?:^|[^\pL])(samob(ó|o)j\pL*|chce umrze(ć|c)|tnie si(ę|e)|poci(ą|a)(ł|l)(a)? si(ę|e)|okalecz\pL*|sinucid\pL*|sinucig\pL*|s(ă|a) moar(ă|a)|se taie|s-a t(ă|a)iat|khud ?kushi|marna chah(ta|ti|te))(?:$|[^\pL])",
    ),
    // Children alone at home: Polish "sami w domu", Romanian "singuri
    // acasă", Portuguese "sozinhos em casa", Spanish "solos en casa", Urdu
    // "akele ghar pe".
    Cue::new(
        Neglect,
        r"(?:^|[^\pL])(sam(a|i|e)? w domu|singur(i|ă|a|e)? acas(ă|a)|sozinh(o|a|os|as) em casa|sol(o|a|os|as) en casa|akel(a|e|i) ghar)(?:$|[^\pL])",
    ),
    // A child taken and not brought back, or nobody knowing where they
    // are: Polish "nie wiem gdzie są", Romanian "nu știu unde sunt",
    // Portuguese "não sei onde está", Spanish "no sé dónde está", Arabic
    // as texted "mish 3arfa wein hum", Urdu "pata nahi kahan hai".
    Cue::new(
        Missing,
        r"(?:^|[^\pL])((nie wiem|nie wiemy) gdzie (jest|s(ą|a))|nu (ș|ş|s)tiu unde (e|este|sunt|s(î|i)nt)|n(ã|a)o (sei|sabemos) onde (est(á|a)|est(ã|a)o)|no (s(é|e)|sabemos) d(ó|o)nde (est(á|a)|est(á|a)n)|(mish|mesh|mush|ma) ?(3arf|3aref|ba3ref|a3ref|arf|aref)\pL* (wein|wen|fen|wayn|feen)|pata nahi (kahan|kahaan|kidhar)|wapas nahi (laya|laye|layi|aaya|aaye|aayi))(?:$|[^\pL])",
    ),
    // Without a home: Polish "nie mamy gdzie mieszkać", "śpimy w
    // samochodzie", "wyrzucił nas"; Romanian "nu avem unde sta", "dormim
    // în mașină", "ne-a dat afară"; Portuguese and Spanish "não temos onde
    // morar", "dormimos no carro", "no tenemos dónde vivir"; Urdu "ghar se
    // nikal diya", "rehne ki jagah nahi".
    Cue::new(
        Homelessness,
        r"(?:^|[^\pL])(nie mamy gdzie (mieszka(ć|c)|spa(ć|c)|si(ę|e) podzia(ć|c))|(ś|s)pimy w (samochodzie|aucie)|wyrzuci(ł|l)(a|o|y)? nas|bezdomn\pL*|eksmi\pL*|nu (avem|am) unde (s(ă|a) )?(sta|st(ă|a)m|locui|locuim|dormi|dormim)|dormim (î|i)n (ma(ș|ş|s)in(ă|a)|strad(ă|a))|ne-a (dat|aruncat) afar(ă|a)|f(ă|a)r(ă|a) ad(ă|a)post|(n(ã|a)o|no) (temos|tenemos) (onde|d(ó|o)nde) (morar|ficar|dormir|vivir|quedarnos)|dormimos (no|en el) (carro|coche)|(sem|sin) (casa|abrigo|hogar)|despejad(o|a|os|as)|desahuciad(o|a|os|as)|ghar se nikal (diya|dia|diye)|rehne ki (jagah|jaga) (nahi|nahin)|بلا مأوى|ما عندنا بيت)(?:$|[^\pL])",
    ),
    // Forced marriage: Urdu "zabardasti shaadi".
    Cue::new(
        FgmOrForcedMarriage,
        r"(?:^|[^\pL])(zabardasti (shaadi|shadi|nikah|nikkah)|(ś|s)lub na si(ł|l)(ę|e)|c(ă|a)s(ă|a)tori(t|e) (cu|for(ț|ţ|t)at)\pL*)(?:$|[^\pL])",
    ),
];

#[cfg(test)]
mod tests {
    use crate::domain::ConcernCategory::*;
    use crate::parse::safeguarding::test_support::{assert_each_raises, assert_harmless};

    #[test]
    fn harm_in_the_rosters_other_languages_is_raised() {
        assert_each_raises(
            PhysicalAbuse,
            &[
                "maz go pobil wczoraj",
                "ojczym ją bije",
                "tatal lui l-a batut aseara",
                "a fost bătută de tatăl ei",
                "are vânătăi pe spate",
                "uska chacha usko maarta hai",
                "ontem à noite o pai dele bateu-me outra vez",
                "mi marido me pegó otra vez",
                "raat ko uske abbu ne ghar mein bohat jhagra kiya aur mujhe mara",
                "زوجي ضربني مبارح قدام الولاد",
            ],
        );
        assert_each_raises(
            DomesticAbuse,
            &["soțul meu a spart lucruri prin casă și a țipat la noi toată noaptea"],
        );
        assert_each_raises(PoliceOrServices, &["aseară a venit poliția la noi"]);
        assert_harmless("poliția a închis drumul spre școală din cauza unui accident");
        assert_each_raises(
            Disclosure,
            &[
                "alex n-a dormit deloc și îi este frică",
                "bilal ne sab dekha aur wo bohat dara hua hai",
                "وفاطمة خايفة كتير وما نامت",
            ],
        );
        assert_each_raises(DomesticAbuse, &["por favor não digam ao pai onde estamos"]);
        assert_harmless("o pai pega o rafael às 3");
        assert_each_raises(
            SelfHarm,
            &[
                "mówi że chce umrzeć",
                "a încercat să se sinucidă",
                "woh khudkushi ki baat karta hai",
            ],
        );
        assert_each_raises(
            Disclosure,
            &[
                "ona boi się taty",
                "ii e frica de el",
                "o padrasto entra no quarto dela à noite e ela tem medo",
            ],
        );
        assert_each_raises(
            ParentInCrisis,
            &["não sei o que fazer", "nie wiem co robić"],
        );
        assert_each_raises(
            Neglect,
            &[
                "sunt la spital și copiii sunt singuri acasă",
                "dzieci są same w domu od rana",
                "as crianças ficaram sozinhas em casa",
            ],
        );
        assert_each_raises(
            Missing,
            &[
                "abouh akhado w ma rajja3o, ana mish 3arfa wein hum",
                "nie wiem gdzie jest, nie odbiera telefonu",
                "nu știu unde sunt copiii",
            ],
        );
    }

    #[test]
    fn ordinary_absences_in_those_languages_are_not_raised() {
        for text in [
            "kuba jest chory, ma gorączkę",
            "maria este bolnavă astăzi, are febră",
            "aaj bukhar hai, school nahi aa sakta",
            "dziękuję za informację",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn a_family_without_a_home_in_the_rosters_other_languages_is_raised() {
        assert_each_raises(
            Homelessness,
            &[
                "właściciel nas wyrzucił i nie mamy gdzie mieszkać",
                "de ieri dormim în mașină",
                "não temos onde morar desde sábado",
            ],
        );
    }
}
