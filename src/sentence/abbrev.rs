//! What a word before a FULL STOP can be: an initial (a letter name), a known
//! abbreviation, or an ordinary word.
//!
//! All lists are sorted (a unit test checks) and looked up together: one
//! table (a [`WordMap`]) gives a word's [`WordClass`], the lists it is in.

use crate::word_map::WordMap;

/// Devanagari spellings of the Latin letter names, used as initials
/// (`एस. जयशंकर`, `एल.के. आडवाणी`). Spelling variants included.
pub(crate) static LETTER_NAMES: &[&str] = &[
    "आइ",   // I (variant)
    "आई",   // I (also the verb "came")
    "आय",   // I (Marathi spelling; also the Hindi "income")
    "आर",   // R
    "आर्",   // R (Sanskrit, Nepali spelling)
    "इ",    // E (rare variant)
    "ई",    // E (also ईस्वी, the era)
    "ए",    // A
    "एक्स",  // X
    "एक्स्",  // X (Sanskrit, Nepali spelling)
    "एच",   // H
    "एच्",   // H (Sanskrit, Nepali spelling)
    "एन",   // N
    "एन्",   // N (Sanskrit, Nepali spelling)
    "एफ",   // F
    "एफ्",   // F (Sanskrit, Nepali spelling)
    "एम",   // M
    "एम्",   // M (Sanskrit, Nepali spelling)
    "एल",   // L
    "एल्",   // L (Sanskrit, Nepali spelling)
    "एस",   // S
    "एस्",   // S (Sanskrit, Nepali spelling)
    "ऐ",    // A (variant)
    "ओ",    // O
    "के",    // K (also the postposition "of")
    "क्यू",   // Q
    "ज़ेड",   // Z (with NUKTA)
    "जी",   // G (also the honorific)
    "जे",    // J
    "जेड",   // Z
    "टी",   // T
    "डब्लू",  // W (variant)
    "डब्ल्यु", // W (Marathi, Nepali spelling)
    "डब्ल्यू", // W
    "डि",   // D (Nepali, Sanskrit spelling)
    "डी",   // D
    "पी",   // P
    "बि",   // B (Nepali, Sanskrit spelling)
    "बी",   // B
    "यु",    // U (Marathi, Konkani, Nepali spelling)
    "यू",    // U
    "वाई",  // Y
    "वाय",  // Y (Marathi spelling)
    "वी",   // V
    "व्ही",  // V (Marathi spelling)
    "सि",   // C (Nepali, Sanskrit spelling)
    "सी",   // C
    "हेच्",   // H (Sanskrit spelling)
];

/// Letter names that are also common words (आई "came", आय "income", जी the honorific,
/// पी "drank", सी "like"): after one of these, a FULL STOP ends a sentence
/// unless the context says initial (see `ambiguous_letter_name_is_initial`
/// in `full_stop.rs`).
pub(crate) static AMBIGUOUS_LETTER_NAMES: &[&str] = &["आई", "आय", "जी"];

/// Letter names that end sentences often in the Bihari languages
/// (Bhojpuri, Maithili, Magahi): `के`, there the postposition "of" and the
/// infinitive's ending, which close a sentence (`… चहुँप जाए के.`, `… एकरा
/// के.`). With one of those languages as the hint they are read as the
/// [`AMBIGUOUS_LETTER_NAMES`] are; without a hint, or with another, as
/// initials: Hindi news write `के.` after a role before a name (`मुख्य
/// वार्ताकार के. [name]`), which no list of titles holds.
pub(crate) static BIHARI_AMBIGUOUS_LETTER_NAMES: &[&str] = &["के"];

/// Words that begin sentences and are never names (conjunctions, pronouns,
/// adverbs of Hindi, Bhojpuri, Marathi and Nepali): after a letter name
/// followed by one of these, the FULL STOP ends a sentence
/// (`... करने के. लेकिन ...`).
pub(crate) static SENTENCE_STARTERS: &[&str] = &[
    "अब",
    "आगे",
    "आणि",
    "इन",
    "इस",
    "इसके",
    "इसलिए",
    "इसी",
    "उन",
    "उनके",
    "उन्होंने",
    "उस",
    "उसके",
    "उसने",
    "एह",
    "ओह",
    "किंतु",
    "किन्तु",
    "क्योंकि",
    "तब",
    "तर",
    "ते",
    "तो",
    "त्यामुळे",
    "पण",
    "परंतु",
    "परन्तु",
    "फिर",
    "फेर",
    "बाकिर",
    "मग",
    "मगर",
    "मैं",
    "यह",
    "यहाँ",
    "यहां",
    "ये",
    "यो",
    "लेकिन",
    "वह",
    "वहाँ",
    "वहां",
    "वहीं",
    "वे",
    "हम",
    "हालाँकि",
    "हालांकि",
];

/// Verbs of saying that tag a quotation (`"... आहे." ती म्हणाली.`): a short
/// clause with one of these after a closing quote belongs to the quoted
/// sentence.
pub(crate) static SPEECH_VERBS: &[&str] = &[
    "asked",
    "said",
    "says",
    "कहती",
    "कहते",
    "कहलक",   // Maithili, Bhojpuri
    "कहलथिन", // Maithili
    "कहलनि",  // Maithili
    "कहलस",   // Bhojpuri
    "कहा",
    "कही",
    "चिल्लाई",
    "चिल्लाए",
    "चिल्लाया",
    "चीखा",
    "चीखी",
    "चीखे",
    "पुकारा",
    "पुकारी",
    "पुकारे",
    "पुछलनि", // Maithili
    "पूछा",
    "पूछी",
    "बताई",
    "बताया",
    "बोला",
    "बोली",
    "बोलीं",
    "बोले",
    "भनिन्",   // Nepali
    "भने",     // Nepali
    "भन्नुभयो", // Nepali
    "भन्यो",   // Nepali
    "म्हटले",
    "म्हणत",
    "म्हणतो",
    "म्हणाला",
    "म्हणाली",
    "म्हणाले",
    "म्हणाल्या",
    "विचारले",
    "सांगितले",
    "सोधे", // Nepali
];

/// Postpositions that no sentence starts with, in Hindi, Marathi, Nepali
/// and the languages near them: after a FULL STOP, one of these shows the
/// stop closing a title, a name or an abbreviation written with it (`एट
/// अल. ने`, `डीं.च्या`). A short list on purpose: `में` is the commonest
/// misspelling of `मैं` ("I"); `को` is "who" in Nepali, Sanskrit and Braj;
/// `से` is "so" in Bhojpuri and Maithili; `बाट` is "way" (`बाट जोहत`);
/// Marathi `मध्ये` ("meanwhile"), `यांनी` ("by them") and `का` ("why"),
/// `पर` ("but") and `के` (Nepali "what") start sentences; `ने` is Marathi
/// "take", so not with the Marathi hint.
pub(crate) static POSTPOSITIONS: &[&str] = &["च्या", "तक", "द्वारा", "ने"];

/// Postpositions that start no sentence of the language a hint names, but
/// may start one of a neighbour's (see [`POSTPOSITIONS`]): Hindi `को`
/// ("who" elsewhere), `से` ("so" in Bhojpuri). Not `में`, the commonest
/// misspelling of `मैं`; nor `का`, `के`, `की`, which open questions in the
/// speech Hindi text quotes (`का हाल है?`, `के होया?`).
pub(crate) static HINDI_POSTPOSITIONS: &[&str] = &["को", "से"];

/// Nepali postpositions, with the Nepali hint (`बाट` is "way" in Hindi).
pub(crate) static NEPALI_POSTPOSITIONS: &[&str] = &["बाट", "मा", "लाई", "सँग"];

/// Marathi postpositions standing apart, with the Marathi hint: of
/// comparison, purpose and agency (`मध्ये` also means "meanwhile").
pub(crate) static MARATHI_POSTPOSITIONS: &[&str] = &["कडून", "पेक्षा", "साठी"];

/// Nepali words of saying that report a question written without quotes
/// (`किन पर्छन्? भन्ने प्रश्न`, `कुन हो? भनेर सोध्यो`, `हैन त? भन्दै`): no
/// sentence starts with them, so the QUESTION MARK before them ends none.
/// And [`SAID_THAT`], with or without a case ending. (After a closing quote
/// the same words carry a quotation on: they are [`QUOTATIVES`] too.)
pub(crate) static QUESTION_REPORTERS: &[&str] = &["भनेर", "भनी", "भन्दै"];

/// Marathi words that refer back to a question asked before them, written
/// without quotes, when a noun of asking follows within two words (`कसे
/// करावे? असा प्रश्न आला`, `काय हवं आहे? असा विचार करत`): see
/// [`QUESTION_NOUNS`].
pub(crate) static MARATHI_QUESTION_REFERRERS: &[&str] = &["अशी", "असा", "असाही", "असे", "असेही"];

/// Nouns of asking and wondering after a [`MARATHI_QUESTION_REFERRERS`]
/// word (as prefixes: `प्रश्नही`, `प्रश्‍न` with its ZWJ, `सवाल`, `विचार`).
pub(crate) static QUESTION_NOUNS: &[&str] = &["प्रश्", "विचार", "सवाल"];

/// Nepali `भन्ने` ("that is said", "called"), which reports a question
/// written before it, also with a case ending (`? भन्नेबारे`, `? भन्नेमा`).
pub(crate) const SAID_THAT: &str = "भन्ने";

/// Nouns of answering that make a verb of saying with `दिया` after them
/// (`"…" भोले ने जवाब दिया`).
pub(crate) static ANSWER_NOUNS: &[&str] = &["जवाब", "उत्तर"];

/// Quotative words that carry a quotation on into the clause that reports
/// it, right after the closing quote (Marathi `" … " असे त्यांनी
/// सांगितले`, Nepali `" … " भनेर उनले भने`, `‘अब के गर्ने?’ भन्ने प्रश्न`):
/// the quotation and its tag are one sentence.
pub(crate) static QUOTATIVES: &[&str] = &[
    "अशी",
    "असं",
    "असा",
    "असाही",
    "असे",
    "असेही",
    "करके",
    "कहकर",
    "बोलकर",
    "भनी",
    "भनेर",
    "भन्दै",
    "भन्ने",
];

/// Titles and offices that stand before a name (`वित्त मंत्री पी. चिदंबरम`,
/// `मजिस्ट्रेट जी. राजा`): after one of these, an ambiguous letter name is an
/// initial.
pub(crate) static TITLES: &[&str] = &[
    "अधिकारी",
    "अध्यक्ष",
    "आयुक्त",
    "कमिश्नर",
    "कलेक्टर",
    "जज",
    "जनरल",
    "जस्टिस",
    "डॉक्टर",
    "निदेशक",
    "न्यायमूर्ति",
    "न्यायाधीश",
    "प्रोफेसर",
    "मंत्री",
    "मजिस्ट्रेट",
    "राज्यपाल",
    "विधायक",
    "श्री",
    "श्रीमती",
    "सचिव",
    "सांसद",
];

/// Abbreviations of Hindi, Marathi and Nepali that take a FULL STOP: titles,
/// references, units, money, eras. Written without the stop; a chain such as
/// `ई.पू.` is recognised segment by segment.
pub(crate) static DEVANAGARI_ABBREVIATIONS: &[&str] = &[
    "अ",      // अनुच्छेद, article (with a number)
    "अक्टू",    // अक्टूबर, October (before a year: अक्टू. 2004)
    "इं",      // इंजीनियर
    "इंजि",    // इंजिनिअर, engineer (Marathi: इंजि. [name])
    "इंजी",    // इंजीनियर, engineer
    "इस",     // इसवी (सन), the common era (Marathi: इस. १४२८)
    "ऑक्टो",   // ऑक्टोबर, October (Marathi)
    "ऑग",     // ऑगस्ट, August (Marathi)
    "कं",      // कंपनी, company
    "कि",     // किलो- (कि.मी., कि.ग्रा.)
    "किग्रा",  // किलोग्राम
    "किमी",   // किलोमीटर
    "कु",      // कुमारी (Marathi, Hindi)
    "कै",      // कैलासवासी, the late (Marathi)
    "कॉ",     // कॉम्रेड, comrade
    "क्र",     // क्रमांक
    "क्रि",    // क्रिस्त (क्रि.श., क्रि.पू.: the Christian era, Sanskrit)
    "ख्रि",    // ख्रिस्त (ख्रि.पू., ख्रि.श.: the Christian era, Marathi)
    "ग्रा",    // ग्राम
    "चि",     // चिरंजीव (Marathi)
    "जि",     // जिला / जिल्हा
    "डा",     // डाक्टर (Nepali)
    "डाॅ",     // डॉक्टर, typed with split vowel signs
    "डिसें",    // डिसेंबर, December (Marathi)
    "डॅा",     // डॉक्टर, typed with split vowel signs
    "डॉ",     // डॉक्टर
    "ता",     // तारीख / तालुका (Marathi)
    "दि",     // दिनांक, date (Marathi, Hindi: दि. २७)
    "दिसं",    // दिसंबर, December
    "नं",      // नंबर
    "नोव्हें",   // नोव्हेंबर, November (Marathi)
    "प",      // पश्चिम, west (प. बंगाल)
    "पं",      // पंडित
    "पू",      // पूर्व (ई.पू.)
    "पृ",      // पृष्ठ
    "पो",     // पोस्ट / पोलीस, post office (मु. पो., ग्राम व पो.: Marathi, Hindi, Maithili addresses)
    "प्र",     // प्रथम / प्रधान
    "प्रा",    // प्राध्यापक (Marathi)
    "प्रो",    // प्रोफेसर
    "फेब्रु",    // फेब्रुवारी, February (Marathi)
    "ब्लॉ", // ब्लॉक, ब्लॉगर (Marathi addresses; `प्रस्तुतकर्ता ब्लॉ. [name]` on Hindi and Chhattisgarhi blogs)
    "मा",  // माननीय (Marathi)
    "मि",  // मिनट / मिस्टर / मिली-
    "मिमी", // मिलीमीटर
    "मो",  // मोहम्मद
    "रजि", // रजिस्टर्ड, registered
    "रु",   // रुपये
    "रू",   // रुपैयाँ (Nepali)
    "रेव",  // रेवरेंड, Reverend (रेव. जॉन)
    "रेव्ह", // रेव्हरंड, Reverend (Marathi: रेव्ह. टिळक)
    "लि",  // लिमिटेड
    "वि",  // विक्रम (वि.सं.)
    "शु",   // शुक्ल, the bright half (of a month)
    "श्री", // श्री
    "श्रीमती", // श्रीमती
    "सं",   // संवत् / संपादक / संख्या
    "सप्टें", // सप्टेंबर, September (Marathi)
    "सितं", // सितंबर, September
    "सीएफ", // cf., compare (Marathi transliteration)
    "सु",   // सुश्री
    "सेमी", // सेंटीमीटर
    "सौ",  // सौभाग्यवती (Marathi)
    "स्व",  // स्वर्गीय
];

/// Abbreviations of Marathi news and prose that take a FULL STOP (after
/// the Marathi style of titles, addresses and references): applied when
/// the language hint is Marathi or there is none.
pub(crate) static MARATHI_ABBREVIATIONS: &[&str] = &[
    "अॅड",   // ॲडव्होकेट, advocate (also written ऍड, ॲड)
    "उदा",  // उदाहरणार्थ, for example
    "ऍड",   // ॲडव्होकेट, advocate
    "न्या",  // न्यायमूर्ती, Justice
    "बॅ",    // बॅरिस्टर, barrister (बॅ. नाथ पै)
    "मु",    // मुक्काम, village (in an address: मु. पो.)
    "मोबा", // मोबाईल, mobile (before a number)
    "रा",   // राहणार, resident of (रा. कोथरूड)
    "शै",    // शैक्षणिक, academic (शै. वर्ष)
    "ॲड",   // ॲडव्होकेट, advocate
];

/// Abbreviations of Nepali that take a FULL STOP: applied when the
/// language hint is Nepali or there is none.
pub(crate) static NEPALI_ABBREVIATIONS: &[&str] = &[
    "गा", // गाउँ (गा.वि.स.)
    "ने",  // नेपाल (ने.क.पा.)
];

/// Marathi titles of office written with a FULL STOP before a name:
/// `आ.` (आमदार, member of the state assembly), `खा.` (खासदार, member of
/// parliament), `ना.` (नामदार, minister). Each is also a word that may end
/// a sentence (`खा` "eat", `ना` the tag "isn't it", the Bhojpuri "not"), so
/// the stop is an abbreviation only where a name follows it, shown by the
/// Marathi postposition of respect after the name (`आ. राजेंद्र जैन
/// यांनी`): applied when the language hint is Marathi or there is none.
pub(crate) static MARATHI_TITLES_OF_OFFICE: &[&str] = &[
    "आ",  // आमदार
    "खा", // खासदार
    "ना", // नामदार
];

/// Marathi words of respect before a title of office (`आदरणीय खा. शरद
/// पवार`, `माननीय आ. …`): after one, the title is no verb.
pub(crate) static MARATHI_WORDS_OF_RESPECT: &[&str] = &["आदरणीय", "माननीय"];

/// Units written with a FULL STOP after a number (`१०० ग्रॅ.`, `२० हे .`):
/// an abbreviation only there (`हे` alone is the Marathi "this").
pub(crate) static UNITS: &[&str] = &[
    "कि",   // किलो-
    "किग्रॅ", // किलोग्रॅम (Marathi)
    "ग्रॅ",   // ग्रॅम (Marathi)
    "फा",   // फॅरनहाइट, Fahrenheit (`१०२° फा.`)
    "फू",    // फूट, feet
    "मिग्रॅ", // मिलीग्रॅम (Marathi)
    "मिमि", // मिलीमीटर (Marathi)
    "मिली", // मिलीलीटर
    "मी",   // मीटर (`मी` alone is the Marathi "I")
    "ली",   // लीटर
    "से",    // सेंटी- (से.मी.), सेल्सियस (`16° से.`); `से` alone is the Hindi "from"
    "सेंमी",  // सेंटीमीटर (Marathi)
    "हे",    // हेक्टर, hectare (Marathi)
];

/// Months written short after the day (`15 जन. को`, `3 सित. 2021`, Marathi
/// `१२ जाने. रोजी`): read as [`UNITS`] are, an abbreviation only after a
/// number (`जन` alone is "people", `नव` "new"). (`अक्टू`, `सितं`, `दिसं`
/// and the Marathi months are abbreviations anywhere.)
pub(crate) static MONTHS_AFTER_A_DAY: &[&str] = &[
    "अग",  // अगस्त
    "अप्रै", // अप्रैल
    "जन",  // जनवरी
    "जाने", // जानेवारी (Marathi)
    "जुला", // जुलाई
    "दिस", // दिसंबर
    "नव",  // नवंबर
    "नवं",  // नवंबर
    "फर",  // फरवरी
    "फ़र",  // फ़रवरी
    "सित", // सितंबर
];

/// Words that take a FULL STOP before a number: `No. 5`, `p. 433`, the
/// Nepali `वडा न. ५` (number; `न` alone is "not"), the era before a year
/// (`सन्. २०१२ मा`), an article of a constitution or an act (`अनु. 21`),
/// born and died before a year (`(ज. १९३२)`, `मृ. १९९५`).
pub(crate) static BEFORE_NUMBER: &[&str] =
    &["No", "Nos", "no", "p", "अनु", "ज", "न", "मृ", "सन", "सन्"];

/// English abbreviations that take a FULL STOP (compared case-sensitively,
/// as written).
pub(crate) static LATIN_ABBREVIATIONS: &[&str] = &[
    "Addl", "Apr", "Aug", "Capt", "Ch", "Co", "Col", "Corp", "DR", "Dec", "Dept", "Dr", "Feb",
    "Fig", "Gen", "Govt", "Hon", "Inc", "Jan", "Jr", "Jul", "Jun", "Lt", "Ltd", "Mar", "Mr", "Mrs",
    "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Ph", "Pharm", "Phil", "Prof", "Pvt", "Rev", "Rs", "Sc",
    "Sep", "Sept", "Sgt", "Sr", "St", "Tech", "Vol", "al", "approx", "cf", "etc", "ft", "km", "mr",
    "no", "pp", "sq", "v", "viz", "vs",
];

/// Syllables that stand as pieces of abbreviation chains though they are no
/// abbreviation alone (`मी.` of `कि.मी.`, `से.मी.`, `मि.ली.`, `वि.वि.`, `श.` of
/// `क्रि.श.`), and
/// the second pieces of degrees after an initial (`एम.फिल.`, `बी.एड.`,
/// `बी.कॉम.`, `बी.टेक.`, `डी.लिट.`, `एम.एससी.`; also written with a space,
/// `डी. फिल.`).
pub(crate) static CHAIN_SYLLABLES: &[&str] = &[
    "एड",
    "एससी",
    "कॉम",
    "टेक",
    "पा",
    "फिल",
    "मी",
    "लिट",
    "ली",
    "वि",
    "श",
    "स",
    "सा",
    "से",
];

/// What a word is in the lists above, as bits: one lookup answers every
/// question the splitter asks of the word before a FULL STOP (a chain of
/// initials asks three or four at each stop; one lookup each cost most of
/// the time there, `tests/hostile.rs` timing).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordClass(u16);

impl WordClass {
    const LETTER_NAME: u16 = 1;
    const AMBIGUOUS_LETTER_NAME: u16 = 1 << 1;
    const DEVANAGARI_ABBREVIATION: u16 = 1 << 2;
    const CHAIN_SYLLABLE: u16 = 1 << 3;
    const SENTENCE_STARTER: u16 = 1 << 4;
    const SPEECH_VERB: u16 = 1 << 5;
    const TITLE: u16 = 1 << 6;
    const LATIN_ABBREVIATION: u16 = 1 << 7;
    const MARATHI_ABBREVIATION: u16 = 1 << 8;
    const NEPALI_ABBREVIATION: u16 = 1 << 9;
    const UNIT: u16 = 1 << 10;
    const BEFORE_NUMBER: u16 = 1 << 11;
    const MARATHI_TITLE_OF_OFFICE: u16 = 1 << 12;
    const BIHARI_AMBIGUOUS_LETTER_NAME: u16 = 1 << 13;

    /// The class of `word` (empty for a word of no list).
    #[inline]
    pub(crate) fn of(word: &str) -> WordClass {
        let classes = &*WORD_CLASSES;
        let class = match word.as_bytes() {
            // One character of U+0900..U+097F (`ए`, `क`): the table, no hash.
            &[0xE0, b1 @ (0xA4 | 0xA5), b2] => classes
                .one_character
                .get(one_character_index(b1, b2))
                .copied(),
            _ => classes.words.get(word),
        };
        WordClass(class.unwrap_or(0))
    }

    /// A Devanagari letter name (an initial).
    #[inline]
    pub(crate) fn is_letter_name(self) -> bool {
        self.0 & Self::LETTER_NAME != 0
    }

    /// A letter name that is also a common word.
    #[inline]
    pub(crate) fn is_ambiguous_letter_name(self) -> bool {
        self.0 & Self::AMBIGUOUS_LETTER_NAME != 0
    }

    /// One of [`BIHARI_AMBIGUOUS_LETTER_NAMES`].
    #[inline]
    pub(crate) fn is_bihari_ambiguous_letter_name(self) -> bool {
        self.0 & Self::BIHARI_AMBIGUOUS_LETTER_NAME != 0
    }

    /// A built-in Devanagari abbreviation.
    #[inline]
    pub(crate) fn is_devanagari_abbreviation(self) -> bool {
        self.0 & Self::DEVANAGARI_ABBREVIATION != 0
    }

    /// One of [`CHAIN_SYLLABLES`].
    #[inline]
    pub(crate) fn is_chain_syllable(self) -> bool {
        self.0 & Self::CHAIN_SYLLABLE != 0
    }

    /// A built-in piece of an abbreviation chain: a letter name, a
    /// Devanagari abbreviation or one of [`CHAIN_SYLLABLES`].
    #[inline]
    pub(crate) fn is_devanagari_chain_piece(self) -> bool {
        self.0 & (Self::LETTER_NAME | Self::DEVANAGARI_ABBREVIATION | Self::CHAIN_SYLLABLE) != 0
    }

    /// A word that begins sentences and is never a name.
    #[inline]
    pub(crate) fn is_sentence_starter(self) -> bool {
        self.0 & Self::SENTENCE_STARTER != 0
    }

    /// A built-in English abbreviation.
    #[inline]
    pub(crate) fn is_latin_abbreviation(self) -> bool {
        self.0 & Self::LATIN_ABBREVIATION != 0
    }

    /// One of [`MARATHI_ABBREVIATIONS`].
    #[inline]
    pub(crate) fn is_marathi_abbreviation(self) -> bool {
        self.0 & Self::MARATHI_ABBREVIATION != 0
    }

    /// One of [`NEPALI_ABBREVIATIONS`].
    #[inline]
    pub(crate) fn is_nepali_abbreviation(self) -> bool {
        self.0 & Self::NEPALI_ABBREVIATION != 0
    }

    /// One of [`UNITS`] or [`MONTHS_AFTER_A_DAY`]: an abbreviation after a
    /// number.
    #[inline]
    pub(crate) fn is_unit(self) -> bool {
        self.0 & Self::UNIT != 0
    }

    /// One of [`BEFORE_NUMBER`]: an abbreviation before a number.
    #[inline]
    pub(crate) fn is_before_number(self) -> bool {
        self.0 & Self::BEFORE_NUMBER != 0
    }

    /// One of [`MARATHI_TITLES_OF_OFFICE`]: an abbreviation before a name.
    #[inline]
    pub(crate) fn is_marathi_title_of_office(self) -> bool {
        self.0 & Self::MARATHI_TITLE_OF_OFFICE != 0
    }
}

/// The words of all lists with their [`WordClass`] bits. The splitter asks
/// about the word before every FULL STOP; binary searches over the sorted
/// lists spent most of the time of period-ended text in `memcmp` calls
/// (`benches/sentences.rs`, `period`).
/// [`WordClass::of`]'s tables.
struct WordClasses {
    /// Every word of the lists, with its class.
    words: WordMap<u16>,
    /// The class of each one-character word of U+0900..U+097F, at
    /// [`one_character_index`]: a letter name standing as an initial
    /// (`ए.`) is read without hashing, the one lookup of each stop in a
    /// chain of initials (`tests/hostile.rs` timing).
    one_character: [u16; 128],
}

/// The index of the character `E0 b1 b2` (`b1` being `A4` or `A5`) in
/// U+0900..U+097F.
#[inline]
fn one_character_index(b1: u8, b2: u8) -> usize {
    (usize::from(b1 & 1) << 6) | usize::from(b2 & 0x3F)
}

fn word_classes() -> WordClasses {
    let words = word_map();
    let mut one_character = [0u16; 128];
    for (cp, class) in (0x900u32..0x980).zip(one_character.iter_mut()) {
        let mut buf = [0u8; 4];
        if let Some(c) = char::from_u32(cp) {
            *class = words.get(c.encode_utf8(&mut buf)).unwrap_or(0);
        }
    }
    WordClasses {
        words,
        one_character,
    }
}

fn word_map() -> WordMap<u16> {
    let lists: [(&[&'static str], u16); 15] = [
        (LETTER_NAMES, WordClass::LETTER_NAME),
        (AMBIGUOUS_LETTER_NAMES, WordClass::AMBIGUOUS_LETTER_NAME),
        (DEVANAGARI_ABBREVIATIONS, WordClass::DEVANAGARI_ABBREVIATION),
        (CHAIN_SYLLABLES, WordClass::CHAIN_SYLLABLE),
        (SENTENCE_STARTERS, WordClass::SENTENCE_STARTER),
        (SPEECH_VERBS, WordClass::SPEECH_VERB),
        (TITLES, WordClass::TITLE),
        (LATIN_ABBREVIATIONS, WordClass::LATIN_ABBREVIATION),
        (MARATHI_ABBREVIATIONS, WordClass::MARATHI_ABBREVIATION),
        (NEPALI_ABBREVIATIONS, WordClass::NEPALI_ABBREVIATION),
        (UNITS, WordClass::UNIT),
        (MONTHS_AFTER_A_DAY, WordClass::UNIT),
        (BEFORE_NUMBER, WordClass::BEFORE_NUMBER),
        (MARATHI_TITLES_OF_OFFICE, WordClass::MARATHI_TITLE_OF_OFFICE),
        (
            BIHARI_AMBIGUOUS_LETTER_NAMES,
            WordClass::BIHARI_AMBIGUOUS_LETTER_NAME,
        ),
    ];
    WordMap::new(
        lists
            .into_iter()
            .flat_map(|(list, bit)| list.iter().map(move |w| (*w, bit))),
        |a, b| a | b,
    )
}

static WORD_CLASSES: std::sync::LazyLock<WordClasses> = std::sync::LazyLock::new(word_classes);

/// Whether `word` begins sentences and is never a name.
#[cfg(test)]
pub(crate) fn is_sentence_starter(word: &str) -> bool {
    WordClass::of(word).is_sentence_starter()
}

/// Whether `word` is a verb of saying.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    WordClass::of(word).0 & WordClass::SPEECH_VERB != 0
}

/// Whether `word` is a title that stands before a name.
pub(crate) fn is_title(word: &str) -> bool {
    WordClass::of(word).0 & WordClass::TITLE != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// The table of one-character words gives what the map gives, for
    /// every character of U+0900..U+097F (the letter names among them).
    #[test]
    fn one_character_table_agrees_with_the_map() {
        let mut named = 0;
        for c in ('\u{0900}'..='\u{097F}').chain(['a', 'ठ']) {
            let word = c.to_string();
            let want = WORD_CLASSES.words.get(&word).unwrap_or(0);
            assert_eq!(WordClass::of(&word), WordClass(want), "{c:?}");
            named += usize::from(want & WordClass::LETTER_NAME != 0);
        }
        assert!(named >= 3, "only {named} one-character letter names");
    }

    #[test]
    fn lists_are_sorted_unique_nfc() {
        for list in [
            LETTER_NAMES,
            DEVANAGARI_ABBREVIATIONS,
            LATIN_ABBREVIATIONS,
            MARATHI_ABBREVIATIONS,
            NEPALI_ABBREVIATIONS,
            MARATHI_TITLES_OF_OFFICE,
            UNITS,
            MONTHS_AFTER_A_DAY,
            POSTPOSITIONS,
            HINDI_POSTPOSITIONS,
            NEPALI_POSTPOSITIONS,
            MARATHI_POSTPOSITIONS,
            BEFORE_NUMBER,
            TITLES,
            SENTENCE_STARTERS,
            SPEECH_VERBS,
            CHAIN_SYLLABLES,
        ] {
            for w in list.windows(2) {
                assert!(w[0] < w[1], "{} !< {}", w[0], w[1]);
            }
            for w in list {
                assert_eq!(w.nfc().collect::<String>(), *w);
            }
        }
        for w in AMBIGUOUS_LETTER_NAMES
            .iter()
            .chain(BIHARI_AMBIGUOUS_LETTER_NAMES)
        {
            assert!(WordClass::of(w).is_letter_name(), "{w}");
        }
    }

    #[test]
    fn word_sets_hold_exactly_their_lists() {
        type Check<'a> = (&'a [&'static [&'static str]], fn(&str) -> bool);
        let checks: [Check<'_>; 14] = [
            (&[AMBIGUOUS_LETTER_NAMES], |w| {
                WordClass::of(w).is_ambiguous_letter_name()
            }),
            (&[CHAIN_SYLLABLES], |w| {
                WordClass::of(w).0 & WordClass::CHAIN_SYLLABLE != 0
            }),
            (&[LETTER_NAMES], |w| WordClass::of(w).is_letter_name()),
            (&[DEVANAGARI_ABBREVIATIONS], |w| {
                WordClass::of(w).is_devanagari_abbreviation()
            }),
            (&[LATIN_ABBREVIATIONS], |w| {
                WordClass::of(w).is_latin_abbreviation()
            }),
            (&[MARATHI_ABBREVIATIONS], |w| {
                WordClass::of(w).is_marathi_abbreviation()
            }),
            (&[NEPALI_ABBREVIATIONS], |w| {
                WordClass::of(w).is_nepali_abbreviation()
            }),
            (&[BIHARI_AMBIGUOUS_LETTER_NAMES], |w| {
                WordClass::of(w).is_bihari_ambiguous_letter_name()
            }),
            (&[MARATHI_TITLES_OF_OFFICE], |w| {
                WordClass::of(w).is_marathi_title_of_office()
            }),
            (&[UNITS, MONTHS_AFTER_A_DAY], |w| WordClass::of(w).is_unit()),
            (&[BEFORE_NUMBER], |w| WordClass::of(w).is_before_number()),
            (&[TITLES], is_title),
            (&[SENTENCE_STARTERS], is_sentence_starter),
            (&[SPEECH_VERBS], is_speech_verb),
        ];
        for (lists, is) in checks {
            let member = |w: &str| lists.iter().any(|list| list.contains(&w));
            for w in lists.iter().copied().flatten() {
                assert!(is(w), "{w}");
                // A prefix, an extension, another list's word: members
                // only where a list of the class holds them.
                let longer = format!("{w}क");
                assert_eq!(is(&longer), member(&longer), "{longer}");
                let shorter: String = w.chars().skip(1).collect();
                assert_eq!(is(&shorter), member(&shorter), "{shorter}");
            }
            assert!(!is(""));
            assert!(!is(&"क".repeat(40)));
        }
    }
}
