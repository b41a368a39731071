//! The commonest words of harm in the other languages of the roster's
//! families (Polish, Romanian, Portuguese, Spanish, Ukrainian, Russian,
//! Turkish, and Urdu as it is texted in Latin letters),
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
    // Romanian "a lovit, a bătut, vânătăi, violență", Urdu "maarta, peet'ta"
    // in Latin letters and in its own ("مارتا", "تشدد"), Arabic "ضربني",
    // Bengali "মারধর, মারে".
    Cue::new(
        PhysicalAbuse,
        r"(?:^|[^\pL])(pobi(ł|l)(a|o|y)?|bij(e|ą|a)|uderzy(ł|l)(a|o)?|siniak(i|ów|ow)?|przemoc\pL*|znęca\pL*|zneca\pL*|(a |m-a |l-a |au )?lovit(ă|a|e|i|ți|ti)?(-o|-l)?|(a |m-a |l-a |au )?b(ă|a)tut(ă|a|e|i|ți|ti)?(-o|-l)?|o bate|(î|i)l bate|v(â|a)n(ă|a)t(ă|a)i|v(â|a)n(ă|a)taie|violen(ț|ţ|t)(ă|a)|maar(ta|ti|te|a|i)|peet(ta|ti|te|a|i)|pitai|thappar|(mujhe|mujhko|usko|use|unko|humein|hamein) (\pL+ )?(mara|maara|mari|maari|maarna|peeta|pita)|ضرب\pL*|يضرب\pL*|مارتا|مارتی|مارتے|پیٹتا|پیٹتی|پیٹا|تشدد|মারধর|মারে|মারছে|মেরেছে|নির্যাতন)(?:$|[^\pL])",
    ),
    // Things smashed and shouting through the night at home: Romanian "a
    // spart lucruri", "a țipat la noi toată noaptea".
    Cue::new(
        DomesticAbuse,
        r"(?:^|[^\pL])(a spart (lucruri|tot|u(ș|ş|s)a|geamul)|(a )?(ț|ţ|t)ipat la (noi|mine) (toat(ă|a) noaptea)?)(?:$|[^\pL])",
    ),
    // The police at the home: Romanian "a venit poliția", Polish "policja",
    // Portuguese and Spanish "polícia, policía", Arabic "الشرطة", Urdu
    // "پولیس", Bengali "পুলিশ".
    Cue::new(
        PoliceOrServices,
        r"(?:^|[^\pL])(poli(ț|ţ|t)i(a|e|ei)|policj\pL*|pol(í|i)c(í|i)a|الشرطة|شرطة|البوليس|پولیس|পুলিশ)(?:$|[^\pL])",
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
    // Hitting in Lithuanian and Somali: "vyras mane sumušė", "smurtas"
    // ("muša" only with its accent: "Musa" is a name);
    // "aabbahood ayaa i garaacay" (their father beat me), "wuu dhuftay".
    Cue::new(
        PhysicalAbuse,
        r"(?:^|[^\pL])(sumu(š|s)(ė|e)|muša|mušė|smurt\pL*|m(ė|e)lyn(ė|e)s|garaac\pL*|(i|ku|wuu|ayuu) dhuftay|dhuftay)(?:$|[^\pL])",
    ),
    // Passports taken and a family kept in by the man they work for, the
    // signs of trafficking: Romanian "ne-a luat pașapoartele", "nu avem voie
    // să ieșim"; Polish "zabrał nam paszporty", "nie wolno nam wychodzić";
    // Portuguese "ficou com os nossos passaportes", "não nos deixa sair";
    // Spanish "nos quitó los pasaportes", "no nos deja salir"; Lithuanian
    // "atėmė mūsų pasus".
    Cue::new(
        Exploitation,
        r"(?:^|[^\pL])((ne-a|mi-a|le-a|i-a) luat (\pL+ )?pa(ș|ş|s)apoart\pL*|zabra(ł|l)(a)? (nam |mi |im )?paszport\pL*|(ficou com|tirou|levou|guarda) (os )?(nossos |meus )?passaportes|(nos |me )?quit(ó|o) (los |nuestros )?pasaportes|(at(ė|e)m(ė|e)|pa(ė|e)m(ė|e)) (m(ū|u)s(ų|u) )?pasus|nu (avem|am) voie s(ă|a) (ie(ș|ş|s)im|ies)|nie (wolno|mo(ż|z)emy|mo(ż|z)na) (nam )?wychodzi(ć|c)|n(ã|a)o nos deixa(m)? sair|no nos deja(n)? salir)(?:$|[^\pL])",
    ),
    // A child kept from school to work: Polish "szef potrzebuje go do
    // pomocy przy sprzątaniu"; Romanian "îl ia la muncă"; Portuguese "leva-o
    // a trabalhar"; Spanish "lo lleva a trabajar".
    Cue::new(
        Exploitation,
        r"(?:^|[^\pL])(potrzebuj\pL* (go|j(ą|a)|ich) do (pomocy|pracy)|(î|i)l (ia|duce|pune) la (munc(ă|a)|lucru)|o (ia|duce|pune) la (munc(ă|a)|lucru)|leva-(o|a) a trabalhar|(lo|la) (lleva|pone) a trabajar)(?:$|[^\pL])",
    ),
    // A parent who cannot get up or has no one to help with the children:
    // Portuguese "não consigo sair da cama", "não tenho ninguém que me
    // ajude"; Spanish "no puedo levantarme"; Polish "nie mogę wstać z
    // łóżka", "nie mam nikogo do pomocy"; Romanian "nu pot să mă ridic din
    // pat", "nu am pe nimeni să mă ajute"; Lithuanian "negaliu atsikelti".
    Cue::new(
        ParentInCrisis,
        r"(?:^|[^\pL])(n(ã|a)o consigo (sair da cama|levantar-me|me levantar)|no puedo (levantarme|salir de la cama)|nie mog(ę|e) wsta(ć|c)|nu pot s(ă|a) m(ă|a) (ridic|scol)|negaliu atsikelti|n(ã|a)o tenho ningu(é|e)m (que me ajude|para me ajudar)|no tengo a nadie (que me ayude|para ayudarme)|nie mam nikogo do pomocy|nu am pe nimeni s(ă|a) m(ă|a) ajute)(?:$|[^\pL])",
    ),
    // A women's refuge: Somali "hoyga haweenka"; Polish "schronisko dla
    // kobiet", "ośrodek interwencji kryzysowej"; Romanian "adăpost pentru
    // femei"; Portuguese "casa abrigo"; Spanish "casa de acogida";
    // Lithuanian "krizių centras", "moterų prieglauda".
    Cue::new(
        DomesticAbuse,
        r"(?:^|[^\pL])(hoy(ga)? haweenka|schronisk\pL* dla kobiet|o(ś|s)rod(ek|ku) interwencji kryzysowej|ad(ă|a)post(ul)? pentru femei|casa(s)? abrigo|casa de acogida|refugio para mujeres|kriz(i|ių|iu) centr\pL*|moter(ų|u) prieglaud\pL*)(?:$|[^\pL])",
    ),
    // Told in secret, the phone watched: "please tell no one, don't ring
    // him": Somali "cidna ha u sheegin"; Lithuanian "niekam nesakyti", "jam
    // neskambinti"; Polish "nikomu nie mówcie"; Romanian "nu spuneți
    // nimănui", "el verifică telefonul"; Portuguese "não digam a ninguém",
    // "ele vê o meu telemóvel"; Spanish "no le digan a nadie", "revisa mi
    // teléfono".
    Cue::new(
        DomesticAbuse,
        r"(?:^|[^\pL])(cidna ha u sheegin|niekam nesakyti|jam neskambinti|nikomu nie m(ó|o)w\pL*|nie m(ó|o)wcie nikomu|nu spune(ț|ţ|t)i nim(ă|a)nui|nu suna(ț|ţ|t)i la (acest |num(ă|a)rul)|(el |ea )?verific(ă|a) telefonul|sprawdza (m(ó|o)j )?telefon|n(ã|a)o (digam|contem) (nada )?a ningu(é|e)m|ele (v(ê|e)|verifica|controla) o (meu )?(telem(ó|o)vel|telefone)|no (le )?(digan|cuenten) (nada )?a nadie|(revisa|controla) mi (tel(é|e)fono|m(ó|o)vil))(?:$|[^\pL])",
    ),
    // Hitting and bruises in Ukrainian ("б'є", "побив", "вдарила",
    // "синці"), Russian ("бьёт", "избил", "синяки") and Turkish ("dövüyor",
    // "vurdu", "morluklar", "şiddet").
    Cue::new(
        PhysicalAbuse,
        r"(?:^|[^\pL])(б('|ʼ|’)є|бив|била|побив|побила|вдарив|вдарила|синці|синяк(и|ів)|насильств\pL*|бь(е|ё)т|бил|избил\pL*|ударил\pL*|насили\pL*|d(ö|o)v(ü|u)yor\pL*|d(ö|o)vd(ü|u)|vurdu|vuruyor|morluk\pL*|morarm(ı|i)(ş|s)|(ş|s)iddet\pL*)(?:$|[^\pL])",
    ),
    // The police in Ukrainian ("поліція"), Russian ("полиция") and Turkish
    // ("polis geldi"; not "Polish").
    Cue::new(
        PoliceOrServices,
        r"(?:^|[^\pL])(поліці\pL*|полици\pL*|polis(e|i|ler|leri)?)(?:$|[^\pL])",
    ),
    // Fear in Ukrainian ("боїться", "боюся"), Russian ("боится") and
    // Turkish ("korkuyor").
    Cue::new(
        Disclosure,
        r"(?:^|[^\pL])(бо(ї|и)ться|боюся|боюсь|korkuyor\pL*)(?:$|[^\pL])",
    ),
    // A parent at a loss or unable to get up: Ukrainian "не знаю, що
    // робити", "не можу встати", "немає сил"; Russian "не знаю, что делать",
    // "не могу встать", "нет сил"; Turkish "ne yapacağımı bilmiyorum",
    // "yataktan kalkamıyorum".
    Cue::new(
        ParentInCrisis,
        r"(?:^|[^\pL])(не знаю,? (що|что) (мені |мне )?(робити|делать)|не можу встати|не могу встать|немає сил|нет сил|ne yapaca(ğ|g)(ı|i)m(ı|i) bilmiyorum|kalkam(ı|i)yorum)(?:$|[^\pL])",
    ),
    // Suicide and self-harm: Ukrainian "самогубство", "ріже себе", "хоче
    // померти"; Russian "самоубийство", "режет себя"; Turkish "intihar",
    // "kendine zarar", "ölmek istiyor".
    Cue::new(
        SelfHarm,
        r"(?:^|[^\pL])(самогубств\pL*|самоубийств\pL*|(ріже|порізала|порізав|режет|порезала|порезал) себе|(хоче|хочет) (померти|умереть)|intihar\pL*|kendine zarar|kendini kes\pL*|(ö|o)lmek istiyor\pL*)(?:$|[^\pL])",
    ),
    // Children alone at home or feeding themselves: Ukrainian "сама вдома",
    // "сама собі готує"; Russian "одни дома"; Turkish "evde yalnız", "evde
    // tek başına".
    Cue::new(
        Neglect,
        r"(?:^|[^\pL])((сам|сама|самі|один|одна|одні|одни) (вдома|дома)|(сам|сама|самі) (собі )?готу\pL*|evde (yaln(ı|i)z|tek ba(ş|s)(ı|i)na)|yaln(ı|i)z ba(ş|s)(ı|i)na evde)(?:$|[^\pL])",
    ),
    // Not come home, or nobody knowing where: Ukrainian "не прийшла
    // додому", "не знаю, де він"; Russian "не пришёл домой"; Turkish "eve
    // gelmedi", "nerede olduğunu bilmiyorum".
    Cue::new(
        Missing,
        r"(?:^|[^\pL])(не знаю,? (де|где) (він|вона|вони|он|она|они)|не (прийшов|прийшла|прийшли|повернувся|повернулася|повернулись) додому|не (пришёл|пришел|пришла|пришли|вернулся|вернулась) домой|eve gelmedi|nerede oldu(ğ|g)unu bilmiyorum)(?:$|[^\pL])",
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
                "میرا شوہر مجھے مارتا ہے",
                "ওর বাবা আমাকে মারধর করে",
            ],
        );
        assert_each_raises(
            DomesticAbuse,
            &["soțul meu a spart lucruri prin casă și a țipat la noi toată noaptea"],
        );
        assert_each_raises(
            PoliceOrServices,
            &[
                "aseară a venit poliția la noi",
                "کل رات پولیس آئی تھی",
                "কাল রাতে পুলিশ এসেছিল",
            ],
        );
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
    fn trafficking_crisis_refuge_and_secrecy_in_the_rosters_other_languages_are_raised() {
        assert_each_raises(
            PhysicalAbuse,
            &["tėvas vėl mane sumušė", "aabbahood ayaa i garaacay xalay"],
        );
        assert_each_raises(
            Exploitation,
            &[
                "șeful ne-a luat pașapoartele și stăm într-o cameră",
                "pracodawca zabrał nam paszporty",
                "o patrão ficou com os nossos passaportes",
                "nie wolno nam wychodzić z domu bez niego",
                "szef potrzebuje go do pomocy w sklepie",
                "el tío lo lleva a trabajar al mercado",
            ],
        );
        assert_each_raises(
            ParentInCrisis,
            &[
                "há dias que não consigo sair da cama",
                "nie mogę wstać z łóżka od tygodnia",
                "nu am pe nimeni să mă ajute cu copiii",
            ],
        );
        assert_each_raises(
            DomesticAbuse,
            &[
                "jesteśmy w ośrodku interwencji kryzysowej",
                "estamos numa casa abrigo desde ontem",
                "prašau niekam nesakyti",
                "vă rog nu sunați la numărul ăsta, el verifică telefonul",
            ],
        );
        for text in [
            "szef potrzebuje mnie w pracy w sobotę",
            "nie mogę przyjść na zebranie",
            "não consigo ir buscá-lo hoje",
            "el verifică temele în fiecare seară",
            "musa has a temperature",
        ] {
            assert_harmless(text);
        }
    }

    #[test]
    fn harm_in_ukrainian_russian_and_turkish_is_raised() {
        assert_each_raises(
            PhysicalAbuse,
            &["вітчим її б'є", "он избил сына", "babası onu dövüyor"],
        );
        assert_each_raises(
            PoliceOrServices,
            &["вчора приходила поліція", "dün gece polis geldi"],
        );
        assert_each_raises(
            Disclosure,
            &["вона боїться йти додому", "eve gitmekten korkuyor"],
        );
        assert_each_raises(
            ParentInCrisis,
            &[
                "я вже три дні не можу встати з ліжка",
                "не знаю, что делать",
                "ne yapacağımı bilmiyorum",
            ],
        );
        assert_each_raises(SelfHarm, &["вона ріже себе", "intihar etmekten bahsediyor"]);
        assert_each_raises(
            Neglect,
            &["діти самі вдома", "вероніка сама собі готує їсти"],
        );
        assert_each_raises(Missing, &["син не прийшов додому", "dün gece eve gelmedi"]);
        for text in [
            "вероніка хвора, у неї температура",
            "kızım hasta, ateşi var",
            "she speaks polish at home",
            "дякую",
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
