//! Sentence splitting: the cases of SPEC section 3 with sentences composed
//! for these tests, and the golden files in `tests/golden/sentences/`.

use devanagari::{sentence_indices, sentences, NewlinePolicy, SplitOptions, Splitter};

fn split(s: &str) -> Vec<&str> {
    sentences(s).collect()
}

/// Each text splits into its sentences.
fn assert_splits(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(split(text), *want, "{text}");
    }
}

#[test]
fn must_stay_one_sentence() {
    for s in [
        "विदेश मंत्री एस. जयशंकर ने कहा.",
        "यह 500 ई.पू. की बात है.",
        "दर 3.5 प्रतिशत रही.",
        "कल डॉ. शर्मा ने जाँच की.",
        "भाजपा नेता एल.के. आडवाणी ने कहा.",
        "प्रो. वर्मा और श्री. पाटील आए.",
        "पुलाचे काम इंजि. देशमुख यांनी पाहिले.",
        "नक्शा इंजी. वर्मा ने बनाया.",
        "आयुक्त आय. एस. चहल यांनी सांगितले.",
        "बी.जे.पी. की बैठक 10.30 बजे हुई.",
        "टिकट रु. 250 का है।",
        "पता www.example.com/hindi.html पर देखें.",
        // A URL with a Devanagari path: its `?` and `.` go on the URL.
        "सूची https://hi.example.org/खेल/क्रिकेट?वर्ष=2024&पृष्ठ=2 पर है।",
        "लेख http://example.in/समाचार.html में छपा.",
        "www.example.in/खोज?q=भारत पर खोजें।",
        "मेल info@example.co.in पर भेजें.",
        "कुल १०.११.२०२५ तक जमा करें।",
        "A. R. Rahman ने संगीत दिया.",
        "Mr. Sharma came today.",
        "यह पद्धति डॉ॰ राय ने दी।",
        "वह गया... और फिर लौट आया।",
        // ABBREVIATION SIGN closes an initial like a FULL STOP: the
        // ambiguous जी. is an initial after one written either way.
        "श्री ए॰ जी. राव ने कहा.",
        "नेता एल॰के. आडवाणी ने कहा.",
        // After an opening bracket, where no honorific stands.
        "इस पौधे (जी. हर्बेशियम) की खेती होती है.",
        // Chains written with spaces: degrees, eras, units.
        "उन्होंने एम. फिल. की पढ़ाई दिल्ली में की.",
        "वह बी. टेक. के बाद बी. एड. करना चाहती है.",
        "हे मंदिर इ. स. 1750 मध्ये बांधले गेले.",
        "दूरी 12 कि. मी. से अधिक नहीं है.",
        "वह 200 मी. दौड़ में पहला आया.",
        "पत्ता 12 से. मी. लंबा होता है.",
        "कल तापमान 16° से. रहा.",
        "वे भिलाई से.-4 में रहते हैं.",
        // Initialisms of syllables in no list, glued by their stops.
        "वह भा.ज.प. के नेता हैं.",
        "बैठक रायपुर (छ.ग.) में हुई.",
        "मामला भा.दं.वि. की धारा 302 में दर्ज हुआ.",
        "उ.प्र.सरकार ने आदेश दिया.",
        // Initials of one syllable, written with spaces.
        "समीक्षक म. वा. धोंड यांनी लेख लिहिला.",
        "आज प. पू. स्वामी महाराज आले.",
        // A date line, Nepali rupees, a page.
        "पुणे, दि. 14 (प्रतिनिधी) – शहरात पाऊस झाला.",
        "यसको मूल्य रू. ५०० छ ।",
        "See Smith, p. 433 for the table.",
        // A decimal point after a sign: a page's style sheet.
        "शैली margin-top:-.05pt; margin-bottom:.0001pt रखी गई।",
        // A FULL STOP that starts a token, written apart from the word
        // before: a Latin name, a decimal part tokenized apart.
        "यह विजुअल बेसिक .NET में लिखा गया है.",
        "लक्ष्यको ७५ .०७ प्रतिशत पूरा भयो।",
        // A title typed with a DANDA, against the name.
        "मुल पुजारी डा।श्रीदेव मिश्र आए।",
        // A quoted question reported by Nepali `भन्ने`.
        "‘अब के गर्ने?’ भन्ने प्रश्न उठ्यो।",
    ] {
        assert_eq!(split(s), [s], "{s}");
    }
}

#[test]
fn splits_where_a_sentence_ends() {
    let cases: &[(&str, &[&str])] = &[
        (
            "राम आया और श्याम भी. फिर सब चले गए.",
            &["राम आया और श्याम भी.", "फिर सब चले गए."],
        ),
        (
            "राम घर गया।सीता बाजार गई।",
            &["राम घर गया।", "सीता बाजार गई।"],
        ),
        ("क्या तुम आओगे?! हाँ, जरूर।", &["क्या तुम आओगे?!", "हाँ, जरूर।"]),
        // A letter that marks a list item (Hindi and Nepali consonants,
        // Marathi vowels, an interview's answer) starts its item; a letter
        // word at the end of a sentence still ends it.
        (
            "दो कारण हैं। क. पहला कारण पैसा है। ख. दूसरा कारण समय है।",
            &["दो कारण हैं।", "क. पहला कारण पैसा है।", "ख. दूसरा कारण समय है।"],
        ),
        (
            "दोन कारणे आहेत. अ. पहिले कारण पैसा आहे. आ. दुसरे कारण वेळ आहे.",
            &[
                "दोन कारणे आहेत.",
                "अ. पहिले कारण पैसा आहे.",
                "आ. दुसरे कारण वेळ आहे.",
            ],
        ),
        (
            "यसका दुई कारण छन्: क. पहिलो कारण समय हो। ख. दोस्रो कारण पैसा हो।",
            &[
                "यसका दुई कारण छन्: क. पहिलो कारण समय हो।",
                "ख. दोस्रो कारण पैसा हो।",
            ],
        ),
        (
            "प्रश्न: आप कब आए? उ. मैं कल आया।",
            &["प्रश्न: आप कब आए?", "उ. मैं कल आया।"],
        ),
        ("मैंने कहा आ. वह आया.", &["मैंने कहा आ.", "वह आया."]),
        // `से.` (centi-, Celsius) after a number, the Hindi "from" without.
        (
            "उसने बड़े ध्यान से. फिर सब चले गए.",
            &["उसने बड़े ध्यान से.", "फिर सब चले गए."],
        ),
        // `मी.` is a metre after a number, and the Marathi "I" without one.
        (
            "पाणी कमी ठेवते मी. फक्त सकाळी जास्त लागते.",
            &["पाणी कमी ठेवते मी.", "फक्त सकाळी जास्त लागते."],
        ),
        (
            "दो कारण हैं। i. पहला कारण पैसा है। ii. दूसरा कारण समय है।",
            &["दो कारण हैं।", "i. पहला कारण पैसा है।", "ii. दूसरा कारण समय है।"],
        ),
        (
            "लाभ: a. नींद सुधरती है। b. भूख बढ़ती है।",
            &["लाभ: a. नींद सुधरती है।", "b. भूख बढ़ती है।"],
        ),
        // A dash alone at a line's end closes the sentence before it (a
        // dateline); one with text after it on its line is left alone.
        (
            "( प्रतिनिधी )\nमालवण . -\nजिल्ह्यात पाऊस झाला .",
            &["( प्रतिनिधी )", "मालवण . -", "जिल्ह्यात पाऊस झाला ."],
        ),
        (
            "पाऊस झाला. - आज शाळा बंद आहे.",
            &["पाऊस झाला.", "- आज शाळा बंद आहे."],
        ),
        // Tokenized text: two apostrophes close a quotation, even one
        // opened in an earlier paragraph; a spaced `"` with none open
        // opens the next sentence's.
        (
            "आता स्थिती बदलली आहे . ' ' इमारत जुनी आहे .",
            &["आता स्थिती बदलली आहे . ' '", "इमारत जुनी आहे ."],
        ),
        (
            "सगळे ठीक आहे . '' आम्ही निघालो .",
            &["सगळे ठीक आहे . ''", "आम्ही निघालो ."],
        ),
        (
            "आता स्थिती बदलली आहे . \" इमारत जुनी आहे .",
            &["आता स्थिती बदलली आहे .", "\" इमारत जुनी आहे ."],
        ),
        // The ambiguous `आई.` ("came") is an initial only before another
        // one, not before a stop further on in a token without spaces
        // (text that lost its spaces).
        (
            "वह घर आई.|रात।फिर।दि. 5 को",
            &["वह घर आई.", "|रात।", "फिर।", "दि. 5 को"],
        ),
        // No URL: a question typed without a space after it still ends.
        ("क्या तुम आओगे?हाँ, जरूर।", &["क्या तुम आओगे?", "हाँ, जरूर।"]),
        (
            "देखें https://example.org/खेल? अब आगे।",
            &["देखें https://example.org/खेल?", "अब आगे।"],
        ),
        ("यह अच्छा है।। अब चलें।", &["यह अच्छा है।।", "अब चलें।"]),
        ("क्या सच है?। कौन जाने।", &["क्या सच है?।", "कौन जाने।"]),
        (
            "उसने कहा, “मैं कल आऊँगा।” फिर वह चला गया।",
            &["उसने कहा, “मैं कल आऊँगा।”", "फिर वह चला गया।"],
        ),
        (
            "सभा (शाम को हुई।) फिर भोज हुआ।",
            &["सभा (शाम को हुई।)", "फिर भोज हुआ।"],
        ),
        (
            "He said no. Then he left.",
            &["He said no.", "Then he left."],
        ),
        (
            "पहला वाक्य। Second one. तीसरा.",
            &["पहला वाक्य।", "Second one.", "तीसरा."],
        ),
        (
            "सूची बनाई गई थी करने के. लेकिन काम नहीं हुआ.",
            &["सूची बनाई गई थी करने के.", "लेकिन काम नहीं हुआ."],
        ),
        // A chain syllable that is a word, after a word that is no chain
        // piece: the stop ends the sentence.
        (
            "उसने किताब ले ली. फिर वह चला गया.",
            &["उसने किताब ले ली.", "फिर वह चला गया."],
        ),
        // Two sentences without a space: words of more than one syllable.
        ("वह घर आया.फिर चला गया.", &["वह घर आया.", "फिर चला गया."]),
        // One-syllable sentences after a word of more syllables, or after
        // the copula, stand alone.
        (
            "मैं घर गया. हाँ. फिर सो गया.",
            &["मैं घर गया.", "हाँ.", "फिर सो गया."],
        ),
        ("यह सच है. हाँ. ठीक है.", &["यह सच है.", "हाँ.", "ठीक है."]),
        (
            "उसने बात की. हाँ. सब मान गए.",
            &["उसने बात की.", "हाँ.", "सब मान गए."],
        ),
        // The copula ends its sentence before an initialism written
        // without a space.
        (
            "कीमतें बढ़ रही है.भा.ज.प. ने विरोध किया.",
            &["कीमतें बढ़ रही है.", "भा.ज.प. ने विरोध किया."],
        ),
        // A spaced chain ends the sentence before a sentence starter.
        (
            "उसने पढ़ाई की एम. फिल. लेकिन नौकरी नहीं मिली.",
            &["उसने पढ़ाई की एम. फिल.", "लेकिन नौकरी नहीं मिली."],
        ),
    ];
    for (input, want) in cases {
        assert_eq!(split(input), *want, "{input}");
    }
}

#[test]
fn verse_numbers_and_couplets() {
    assert_eq!(
        split("सत्य बोलो सदा तुम। धर्म करो हर बार॥ १॥ आगे की बात।"),
        ["सत्य बोलो सदा तुम। धर्म करो हर बार॥ १॥", "आगे की बात।"]
    );
    assert_eq!(
        split("दीप जले घर घर॥१॥ फिर॥२॥"),
        ["दीप जले घर घर॥१॥", "फिर॥२॥"]
    );
    assert_eq!(split("वह आया। वह गया।"), ["वह आया।", "वह गया।"]);
    // Prose that only ends with a DOUBLE DANDA: the part after the DANDA
    // is far longer than a verse's second half could be.
    assert_eq!(
        split("यह बात उन्होंने कही थी। इसके बाद सभा में लंबी चर्चा हुई और सभी सदस्यों ने अपनी राय रखी तथा अंत में प्रस्ताव पारित हुआ।।"),
        [
            "यह बात उन्होंने कही थी।",
            "इसके बाद सभा में लंबी चर्चा हुई और सभी सदस्यों ने अपनी राय रखी तथा अंत में प्रस्ताव पारित हुआ।।"
        ]
    );
    // Prose whose verses are numbered inline, its paragraph closed by a
    // DOUBLE DANDA: a number after the DANDA opens the next verse.
    assert_eq!(
        split("तब उसके बेटे हुए। 5 और वह बूढ़ा होकर मर गया॥"),
        ["तब उसके बेटे हुए।", "5 और वह बूढ़ा होकर मर गया॥"]
    );
    // A verse numbered before its text opens its sentence; a number first
    // on a line whose verse is numbered after it stays apart.
    assert_eq!(
        split("।।2.47।। कर्म करो फल की चिंता मत करो। यही उपदेश है।।"),
        ["।।2.47।। कर्म करो फल की चिंता मत करो। यही उपदेश है।।"]
    );
    assert_eq!(
        split("॥ ५॥ सत्य बोलो सदा तुम। धर्म करो हर बार॥ ६॥"),
        ["॥ ५॥", "सत्य बोलो सदा तुम। धर्म करो हर बार॥ ६॥"]
    );
    // Verses numbered before them, one after another on a line.
    assert_eq!(
        split("।।1.1।। राजा बोले - क्या किया? ।।1.2।। मंत्री बोले - देखा।"),
        ["।।1.1।। राजा बोले - क्या किया?", "।।1.2।। मंत्री बोले - देखा।"]
    );
    // A reference's numbers between dandas are no verse number: its last
    // two stay together.
    assert!(split("इत्यमरः । २ । ८ । २४ ॥").contains(&"८ । २४ ॥"));
}

/// A question mark before "or" continues an alternative question; the
/// Marathi `या` ("this") before a noun in a case form starts a sentence.
#[test]
fn alternative_questions() {
    for (input, want) in [
        (
            "आप चाय लेंगे? या कॉफ़ी? बताइए।",
            &["आप चाय लेंगे? या कॉफ़ी?", "बताइए।"][..],
        ),
        (
            "क्या वह कल आएगा? अथवा परसों?",
            &["क्या वह कल आएगा? अथवा परसों?"],
        ),
        ("Is it true? or not?", &["Is it true? or not?"]),
        (
            "निकाल कधी लागेल? या परीक्षेचा निकाल उद्या आहे.",
            &["निकाल कधी लागेल?", "या परीक्षेचा निकाल उद्या आहे."],
        ),
        (
            "तो कुठे गेला? या गावातील लोक त्याला शोधत होते.",
            &["तो कुठे गेला?", "या गावातील लोक त्याला शोधत होते."],
        ),
        (
            "शेत कोणाचे? या शेताच्या मालकाला विचारा.",
            &["शेत कोणाचे?", "या शेताच्या मालकाला विचारा."],
        ),
    ] {
        assert_eq!(split(input), want, "{input}");
    }
}

/// A closing quote written apart from the sentence it closes (tokenized
/// text) attaches to it when the line before left a quotation open,
/// however long the quotation; and a quoted word typeset `"X'` (Marathi
/// news) is closed by its APOSTROPHE.
#[test]
fn spaced_closing_quotes_of_long_quotations() {
    let middle = "त्यांनी पुढे सांगितले की काम चांगले झाले आहे . ".repeat(30);
    let text = format!("ते म्हणाले , \" सुरुवात झाली आहे . {middle}शेवट जवळ आहे . \" नंतर सभा संपली .");
    let got = split(&text);
    assert_eq!(got.len(), 33, "{got:?}");
    assert_eq!(got[31], "शेवट जवळ आहे . \"");
    assert_eq!(got[32], "नंतर सभा संपली .");
    assert_eq!(
        split("या \" पाणवठा ' योजनेचे काम मोठे आहे . \" आम्ही येऊ , \" असे ती म्हणाली ."),
        [
            "या \" पाणवठा ' योजनेचे काम मोठे आहे .",
            "\" आम्ही येऊ , \" असे ती म्हणाली ."
        ]
    );
}

/// The first half of a couplet that ends with a finite verb (third person,
/// present or imperative), perhaps followed by a particle, is a clause and a
/// sentence of its own; a half that runs on into the second stays with it.
#[test]
fn couplet_halves_that_are_clauses() {
    for (input, want) in [
        (
            "बालकः प्रतिदिनं विद्यालयं गच्छति। तत्र गुरुः तं पाठयति॥",
            &["बालकः प्रतिदिनं विद्यालयं गच्छति।", "तत्र गुरुः तं पाठयति॥"][..],
        ),
        (
            "सः ग्रन्थं पठति च। ततः मित्रैः सह क्रीडति॥ २॥",
            &["सः ग्रन्थं पठति च।", "ततः मित्रैः सह क्रीडति॥ २॥"],
        ),
        (
            "सर्वे जनाः सुखिनः भवन्तु। सर्वे सन्तु निरामयाः॥",
            &["सर्वे जनाः सुखिनः भवन्तु।", "सर्वे सन्तु निरामयाः॥"],
        ),
        // The first half runs on: its verb is in the second.
        (
            "उद्याने सुन्दराणि पुष्पाणि। प्रातःकाले विकसन्ति॥",
            &["उद्याने सुन्दराणि पुष्पाणि। प्रातःकाले विकसन्ति॥"],
        ),
        // A noun of a verb's ending closes no clause.
        (
            "तस्य मनसि महती शान्ति। सा च सर्वत्र प्रसरति॥",
            &["तस्य मनसि महती शान्ति। सा च सर्वत्र प्रसरति॥"],
        ),
        (
            "देशस्य प्रगति। जनानां परिश्रमेण भवति॥",
            &["देशस्य प्रगति। जनानां परिश्रमेण भवति॥"],
        ),
    ] {
        assert_eq!(split(input), want, "{input}");
    }
}

#[test]
fn newlines() {
    assert_eq!(split("शीर्षक\nपहला वाक्य।"), ["शीर्षक", "पहला वाक्य।"]);
    let mut o = SplitOptions::default();
    o.newline = NewlinePolicy::Space;
    let s = Splitter::new(o);
    let v: Vec<&str> = s
        .sentences("यह वाक्य\nदो पंक्तियों में है।\n\nनया अनुच्छेद")
        .collect();
    assert_eq!(v, ["यह वाक्य\nदो पंक्तियों में है।", "नया अनुच्छेद"]);
    // Every rule reads a single line break as the space it is: an initial,
    // a quotation and its tag, the halves of a couplet wrapped after their
    // marks go on as on one line; a blank line (spaces or a CR on it too)
    // still ends the sentence.
    for (input, want) in [
        ("लेखक टी.\nएल्. शर्मा आए।", &["लेखक टी.\nएल्. शर्मा आए।"][..]),
        (
            "“कौन है?”\nउसने पूछा।\r\n \r\nदूसरा।",
            &["“कौन है?”\nउसने पूछा।", "दूसरा।"],
        ),
        (
            "धर्मो रक्षति रक्षितः।\r\nतस्माद्धर्मो न हन्तव्यः॥",
            &["धर्मो रक्षति रक्षितः।\r\nतस्माद्धर्मो न हन्तव्यः॥"],
        ),
    ] {
        assert_eq!(s.sentences(input).collect::<Vec<_>>(), want, "{input:?}");
    }
}

#[test]
fn extra_abbreviations() {
    let mut o = SplitOptions::default();
    o.abbreviations.push("कर्न".to_string());
    let s = Splitter::new(o);
    assert_eq!(s.sentences("कर्न. सिंह आए।").count(), 1);
    assert_eq!(sentences("कर्न. सिंह आए।").count(), 2);
}

#[test]
fn edges() {
    assert_eq!(split(""), Vec::<&str>::new());
    assert_eq!(split("   \n\t "), Vec::<&str>::new());
    assert_eq!(split("।"), ["।"]);
    assert_eq!(split("..."), ["..."]);
    let text = "  एक। दो।  ";
    let v: Vec<(usize, &str)> = sentence_indices(text).collect();
    assert_eq!(v, [(2, "एक।"), (12, "दो।")]);
}

#[test]
fn golden_files() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/sentences");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("golden dir") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        let Some(stem) = name.strip_suffix(".in.txt") else {
            continue;
        };
        let input = std::fs::read_to_string(&path).expect("read");
        let want = std::fs::read_to_string(dir.join(format!("{stem}.out.txt"))).expect("out");
        let got: Vec<String> = input
            .lines()
            .map(|l| sentences(l).map(|s| format!("{s}\n")).collect::<String>())
            .collect();
        let got = got.join("\n");
        if std::env::var_os("DEVANAGARI_BLESS").is_some() {
            std::fs::write(dir.join(format!("{stem}.out.txt")), &got).expect("write");
            continue;
        }
        for (g, w) in got.lines().zip(want.lines()) {
            assert_eq!(g, w, "{stem}");
        }
        assert_eq!(got, want, "{stem}");
        n += 1;
    }
    assert!(n >= 6);
}

/// A list marker (`1.`, `१२.`, `चरण 3.`) belongs to the item after it and
/// is never a sentence of its own (issue 14).
#[test]
fn list_markers_stay_with_their_items() {
    let cases: &[(&str, &[&str])] = &[
        (
            "नीम के गुण: 1. यह खून साफ करता है। 2. यह दाँतों को मज़बूत रखता है।",
            &[
                "नीम के गुण: 1. यह खून साफ करता है।",
                "2. यह दाँतों को मज़बूत रखता है।",
            ],
        ),
        (
            "पूजा की विधि। १. स्नान करें। २. दीप जलाएँ। ३. आरती गाएँ।",
            &[
                "पूजा की विधि।",
                "१. स्नान करें।",
                "२. दीप जलाएँ।",
                "३. आरती गाएँ।",
            ],
        ),
        // Glued to the item, after a question, after a line break.
        (
            "क्या करें? ४.पानी उबालें। ५.ठंडा होने दें।",
            &["क्या करें?", "४.पानी उबालें।", "५.ठंडा होने दें।"],
        ),
        (
            "सूची\n12. बीज बोएँ.\n13. पानी दें.",
            &["सूची", "12. बीज बोएँ.", "13. पानी दें."],
        ),
        (
            "बीज तैयार हैं. चरण 3. खेत जोतें. चरण 4. बीज डालें.",
            &["बीज तैयार हैं.", "चरण 3. खेत जोतें.", "चरण 4. बीज डालें."],
        ),
        // A number at the end of a sentence still ends it.
        (
            "इस साल उसकी उम्र हुई 12. अगले साल वह स्कूल जाएगा.",
            &["इस साल उसकी उम्र हुई 12.", "अगले साल वह स्कूल जाएगा."],
        ),
        // Tokenized text sets the stop apart from the number.
        (
            "कथा के भेद हैं - 1 . लोककथा , 2 . पशुकथा . फिर अंत .",
            &["कथा के भेद हैं - 1 . लोककथा , 2 . पशुकथा .", "फिर अंत ."],
        ),
        (
            "उसकी उम्र हुई 12 . अगले साल वह स्कूल जाएगा .",
            &["उसकी उम्र हुई 12 .", "अगले साल वह स्कूल जाएगा ."],
        ),
        // A number left at the end of a line closes what came before.
        ("पहला वाक्य है। (७.", &["पहला वाक्य है। (७."]),
        // After an abbreviation a number starts no item.
        (
            "उनका नाम डॉ. 3. भी लिखा था.",
            &["उनका नाम डॉ. 3.", "भी लिखा था."],
        ),
        // A list written on one line after a word, not a colon: the next
        // number on the line shows the first is a marker too.
        (
            "जिले की तहसीलें हैं 1. अमेठी 2. गौरीगंज 3. मुसाफिरखाना।",
            &["जिले की तहसीलें हैं 1. अमेठी 2. गौरीगंज 3. मुसाफिरखाना।"],
        ),
        // A number that ends a sentence, and a verse reference that reads
        // like the next number (`३३:२४.`) after one: they end sentences.
        (
            "चार गुणा चार = १६. चार गुणा सोलह = ६४.",
            &["चार गुणा चार = १६.", "चार गुणा सोलह = ६४."],
        ),
        (
            "—यशायाह ६५:२१-२३. रोग दूर होंगे।—यशायाह ३३:२४. सब सुखी होंगे।",
            &[
                "—यशायाह ६५:२१-२३.",
                "रोग दूर होंगे।",
                "—यशायाह ३३:२४. सब सुखी होंगे।",
            ],
        ),
    ];
    assert_splits(cases);
}

/// A date written with stops and spaces (`०७. ०३. १८४९`) is one token
/// of its sentence; numbers that only look like one still end sentences.
#[test]
fn spaced_dates_stay_whole() {
    let cases: &[(&str, &[&str])] = &[
        (
            "बर्बैंक (काल – ०७. ०३. १८४९ तः ११. ०४ .१९२६) अयं विज्ञानी ।",
            &["बर्बैंक (काल – ०७. ०३. १८४९ तः ११. ०४ .१९२६) अयं विज्ञानी ।"],
        ),
        (
            "बैठक 12. 05. 2020 को हुई. फिर सब घर गए.",
            &["बैठक 12. 05. 2020 को हुई.", "फिर सब घर गए."],
        ),
        // No month 13 or day 40, no year of four digits, or a word glued
        // to the number: no date.
        (
            "उम्र 14. 13. 2020 में वह आया.",
            &["उम्र 14.", "13. 2020 में वह आया."],
        ),
        ("कुल 12. 05. फिर 200 लोग.", &["कुल 12.", "05. फिर 200 लोग."]),
        ("पेज क12. 05. 2020 तक.", &["पेज क12.", "05. 2020 तक."]),
    ];
    assert_splits(cases);
}

/// Tokenized text (a space before every stop) splits by the same rules:
/// initials and abbreviations written `म . टा .` or `प्रो . वर्मा` end no
/// sentence (issue 14).
#[test]
fn spaced_stops_of_tokenized_text() {
    let cases: &[(&str, &[&str])] = &[
        (
            "यह खबर म . टा . समाचार सेवा से मिली . बाकी कल .",
            &["यह खबर म . टा . समाचार सेवा से मिली .", "बाकी कल ."],
        ),
        (
            "आज प्रो . वर्मा और डॉ . शर्मा आए . सभा हुई .",
            &["आज प्रो . वर्मा और डॉ . शर्मा आए .", "सभा हुई ."],
        ),
        (
            "लेखक वि . स . खांडेकर यांचे पुस्तक वाचले . छान होते .",
            &["लेखक वि . स . खांडेकर यांचे पुस्तक वाचले .", "छान होते ."],
        ),
        // A closing quote written apart closes a quotation of several
        // sentences, and never stands alone at the line end.
        (
            "ती म्हणाली , \" शाळा बंद आहे . उद्या सुरू होईल . \" मग ती गेली .",
            &[
                "ती म्हणाली , \" शाळा बंद आहे .",
                "उद्या सुरू होईल . \"",
                "मग ती गेली .",
            ],
        ),
        ("काम पूर्ण झाले आहे . \"", &["काम पूर्ण झाले आहे . \""]),
        // A verb of saying with कि reports a new clause: no tag.
        (
            "उसने कहा, 'काम हो गया।' मंत्री ने कहा कि अब जाँच होगी।",
            &["उसने कहा, 'काम हो गया।'", "मंत्री ने कहा कि अब जाँच होगी।"],
        ),
        (
            "'काम हो गया।' मंत्री ने कहा। फिर सब गए।",
            &["'काम हो गया।' मंत्री ने कहा।", "फिर सब गए।"],
        ),
        // A quotation opened after its verb of saying has its tag: a
        // verb of saying after it opens the next sentence, a dialogue.
        (
            "माँ ने पूछा \"खाना खाया?\" बेटे ने कहा \"हाँ, खा लिया।\"",
            &["माँ ने पूछा \"खाना खाया?\"", "बेटे ने कहा \"हाँ, खा लिया।\""],
        ),
        (
            "दुकानदार बोला: “सौ रुपये!” ग्राहक ने कहा, “बहुत महँगा है।”",
            &["दुकानदार बोला: “सौ रुपये!”", "ग्राहक ने कहा, “बहुत महँगा है।”"],
        ),
        (
            "\"खाना खाया?\" माँ ने पूछा। बेटा हँसा।",
            &["\"खाना खाया?\" माँ ने पूछा।", "बेटा हँसा।"],
        ),
        // A noun of answering before दिया tags a quotation too; a verb of
        // saying that introduces a new quotation tags none before it,
        // unless "and" carries the sentence on.
        (
            "“चलो!” राम ने जवाब दिया। सब उठे।",
            &["“चलो!” राम ने जवाब दिया।", "सब उठे।"],
        ),
        (
            "‘काम पूरा भयो।’ उनले भने, ‘अब जाऔं।’",
            &["‘काम पूरा भयो।’", "उनले भने, ‘अब जाऔं।’"],
        ),
        // The new quotation opened with a RIGHT DOUBLE QUOTATION MARK, as
        // web text types it.
        (
            "उसने पूछा, ”कितने दिन लगे?” बढ़ई हँसकर बोला, ”बस एक।”",
            &["उसने पूछा, ”कितने दिन लगे?”", "बढ़ई हँसकर बोला, ”बस एक।”"],
        ),
        (
            "उसने पूछा, 'मेला खत्म हुआ क्या?' मोहन ने जवाब दिया, वह नहीं जानता।",
            &[
                "उसने पूछा, 'मेला खत्म हुआ क्या?'",
                "मोहन ने जवाब दिया, वह नहीं जानता।",
            ],
        ),
        (
            "“भाई!” भोले ने जवाब दिया। “इसी तरह तुम भी हो।”",
            &["“भाई!” भोले ने जवाब दिया।", "“इसी तरह तुम भी हो।”"],
        ),
        (
            "उसने कहा, 'यह सच है।' कहकर हाथ जोड़ दिए।",
            &["उसने कहा, 'यह सच है।' कहकर हाथ जोड़ दिए।"],
        ),
        (
            "“कौन आया?” उसने जवाब दिया, “कोई नहीं।”",
            &["“कौन आया?”", "उसने जवाब दिया, “कोई नहीं।”"],
        ),
        (
            "ओ बाजल, \"ई ठीक अछि।\" ओ कहलनि जे, हमरा नहि पता।",
            &["ओ बाजल, \"ई ठीक अछि।\"", "ओ कहलनि जे, हमरा नहि पता।"],
        ),
        (
            "तो म्हणाला, 'थांबा!' आणि मला म्हणाला, 'चल.'",
            &["तो म्हणाला, 'थांबा!' आणि मला म्हणाला, 'चल.'"],
        ),
        (
            "\"ठीक है।\" कहकर वह चला गया। फिर रात हुई।",
            &["\"ठीक है।\" कहकर वह चला गया।", "फिर रात हुई।"],
        ),
        // A single closing quote standing alone after a terminator closes a
        // quotation of several sentences (single quotes are not counted).
        (
            "उसने कहा, ‘अब देर हो गई। हम नहीं जा पाएँगे। ’ रमेश चुप रहा।",
            &["उसने कहा, ‘अब देर हो गई।", "हम नहीं जा पाएँगे। ’", "रमेश चुप रहा।"],
        ),
        // ...also at the end of a line, however far its quotation opened;
        // but before another quote, with no single quote open on its line,
        // it opens the next sentence.
        (
            "बहुत दिनों बाद वह लौटा और घर देखा। ’",
            &["बहुत दिनों बाद वह लौटा और घर देखा। ’"],
        ),
        (
            "घटना याद आने लगी। ’ 'अब तो कुछ समझ नहीं आता।'",
            &["घटना याद आने लगी।", "’ 'अब तो कुछ समझ नहीं आता।'"],
        ),
        // A quotative carries the quotation on into its tag.
        (
            "\" पाणी कमी आहे . \" असे अधिकाऱ्यांनी सांगितले . पुढे काय ?",
            &["\" पाणी कमी आहे . \" असे अधिकाऱ्यांनी सांगितले .", "पुढे काय ?"],
        ),
    ];
    assert_splits(cases);
}

/// Verse numbers stay with their verse, also with a hyphen or a dot
/// between their parts, or written with pipes (issue 14).
#[test]
fn verse_numbers_with_parts() {
    let cases: &[(&str, &[&str])] = &[
        (
            "सत्यं वद धर्मं चर ॥३-४॥ मातृदेवो भव ॥३-५॥",
            &["सत्यं वद धर्मं चर ॥३-४॥", "मातृदेवो भव ॥३-५॥"],
        ),
        (
            "विद्या ददाति विनयम् ॥ १.२ ॥ अगला श्लोक",
            &["विद्या ददाति विनयम् ॥ १.२ ॥", "अगला श्लोक"],
        ),
        (
            "सर्वे भवन्तु सुखिनः सर्वे सन्तु निरामयाः ||७|| इति",
            &["सर्वे भवन्तु सुखिनः सर्वे सन्तु निरामयाः ||७||", "इति"],
        ),
        // A chapter's end and its number, one label after another.
        (
            "स्वाध्यायः परमं तपः॥इति॥४८॥ अथ द्वितीयः।",
            &["स्वाध्यायः परमं तपः॥इति॥४८॥", "अथ द्वितीयः।"],
        ),
    ];
    assert_splits(cases);
}

/// A pipe typed for a danda ends a sentence exactly where the normalizer
/// makes it a danda; a pipe between items ends none (issue 14).
#[test]
fn pipes_as_the_normalizer_reads_them() {
    let cases: &[(&str, &[&str])] = &[
        (
            "बच्चे स्कूल गए| माँ बाज़ार गई| घर सूना था|",
            &["बच्चे स्कूल गए|", "माँ बाज़ार गई|", "घर सूना था|"],
        ),
        (
            "खेल | राजनीति | मनोरंजन | व्यापार",
            &["खेल | राजनीति | मनोरंजन | व्यापार"],
        ),
        (
            "इंदौर | शहर में आज से नया नियम लागू हो गया है।",
            &["इंदौर | शहर में आज से नया नियम लागू हो गया है।"],
        ),
        (
            "[[गंगा|गंगा नदी]] भारत की सबसे पवित्र नदी मानी जाती है।",
            &["[[गंगा|गंगा नदी]] भारत की सबसे पवित्र नदी मानी जाती है।"],
        ),
    ];
    assert_splits(cases);
    // The same sentences as the normalized text, whose dandas are real.
    for (text, _) in cases {
        let normalized = devanagari::normalize(text);
        assert_eq!(split(text).len(), split(&normalized).len(), "{text}");
    }
}

/// Marathi and Nepali abbreviations, units after numbers, and the language
/// hint that selects their tables (issue 17).
#[test]
fn marathi_and_nepali_abbreviations() {
    for s in [
        "आरोपी सुनील (रा. कोथरूड) याला पोलिसांनी अटक केली.",
        "अॅड. मीना देशमुख यांनी न्यायालयात बाजू मांडली.",
        "सुनावणी न्या . पाटील यांच्यासमोर होईल .",
        "यात १०० ग्रॅ. साखर आणि २० मिग्रॅ. मीठ घालावे.",
        "शेतात २० हे . जमिनीवर ऊस लावला .",
        "हे मंदिर इस. १४२८ मध्ये बांधले.",
        "वडा न. ५ का बासिन्दा आए।",
        "तो मुलगा ( m. e. ) असे लिहितो .",
    ] {
        assert_eq!(split(s), [s], "{s}");
    }
    // `हे` is a unit only after a number; `न` takes a number only before one.
    assert_eq!(split("ते घर हे . ते आमचे आहे .").len(), 2);
    assert_eq!(split("अच्छा है न. चलो अब.").len(), 2);
    // With a Hindi hint the Marathi table does not apply.
    let mut o = SplitOptions::default();
    o.language = Some(devanagari::Language::Hindi);
    let hindi = Splitter::new(o);
    assert_eq!(hindi.sentences("आरोपी रा. कोथरूड आया. फिर गया.").count(), 3);
    // `पो.` (post office) is written in Hindi and Maithili addresses too,
    // `ब्लॉ.` (block, blogger) on Hindi and Chhattisgarhi pages.
    assert_eq!(
        hindi.sentences("पता: ग्राम व पो. रामपुर, जिला गया.").count(),
        1
    );
    assert_eq!(
        hindi
            .sentences("प्रस्तुतकर्ता ब्लॉ. ललित शर्मा पर 3 टिप्पणियाँ.")
            .count(),
        1
    );
}

/// A Nepali word of saying after a question written without quotes
/// reports it (`भनेर`, `भनी`, `भन्दै`, `भन्ने` and its case forms): the
/// QUESTION MARK ends no sentence there.
#[test]
fn questions_reported_by_a_word_of_saying() {
    for s in [
        "सरकार किन चुप छ ? भनेर जनताले प्रश्न गरे।",
        "यो काम कहिले सकिन्छ? भन्ने कुरा कसैलाई थाहा छैन।",
        "शुल्क कति लाग्छ ? भन्नेबारे विद्यार्थी अन्योलमा छन्।",
        "आज बस्ने हैन त? भन्दै उनले सोधे।",
    ] {
        assert_eq!(split(s), [s], "{s}");
    }
    assert_eq!(
        split("के तिमी आउँछौ? भन्नुहोस्, म पर्खन्छु।"),
        ["के तिमी आउँछौ?", "भन्नुहोस्, म पर्खन्छु।"]
    );
}

/// Marathi titles of office (`आ.` आमदार, `खा.` खासदार, `ना.` नामदार) before a
/// name, which the postposition of respect after it shows; the same words
/// end sentences elsewhere (`खा` "eat", the tag `ना`, the Bhojpuri `ना`).
#[test]
fn marathi_titles_of_office_before_names() {
    for s in [
        "कार्यक्रमाचे उद्घाटन आ. सुरेश पवार यांच्या हस्ते झाले.",
        "पक्षाचे जिल्हाध्यक्ष खा. अनिल मोरे यांनी सभा घेतली.",
        "केंद्रीय मंत्री ना. गडकरी यांचा सत्कार करण्यात आला.",
        "या वेळी आ. रमेश दत्तात्रय कदम यांनीही भाषण केले.",
        // A title or a word of respect before it: no verb.
        "पक्षाचे राज्य अध्यक्ष खा. विजय पवार उपस्थित होते.",
        "आदरणीय आ. सुनील देशमुख उपस्थित होते.",
        // Written against the name.
        "कृषी मंत्री ना.सुरेश भोसले यांच्यासह अधिकारी आले.",
    ] {
        assert_eq!(split(s), [s], "{s}");
    }
    let cases: &[(&str, &[&str])] = &[
        // No postposition of respect within three words: the stop ends.
        (
            "ही भाजी खा. मग आपण बाजारात जाऊ.",
            &["ही भाजी खा.", "मग आपण बाजारात जाऊ."],
        ),
        // The tag `ना` (Hindi, Bhojpuri) before a new sentence.
        ("तू आएगा ना. कल मेला है.", &["तू आएगा ना.", "कल मेला है."]),
        // A name four words long is beyond the look.
        (
            "ते गेले ना. एक दोन तीन चार यांनी पाहिले.",
            &["ते गेले ना.", "एक दोन तीन चार यांनी पाहिले."],
        ),
        // `यांत्रिक` ("mechanical") is no postposition.
        (
            "ही भाजी खा. शेती यांत्रिक झाली आहे.",
            &["ही भाजी खा.", "शेती यांत्रिक झाली आहे."],
        ),
        // Punctuation after the first word: no name.
        (
            "ही भाजी खा. पवार, यांनी सांगितले.",
            &["ही भाजी खा.", "पवार, यांनी सांगितले."],
        ),
        // Glued to the next word, with no name shown: two sentences.
        ("ही भाजी खा.मग जा.", &["ही भाजी खा.", "मग जा."]),
        // `साहेब` ("sir") is a word of its own, no postposition of respect.
        (
            "लवकर जेवण खा. आता साहेब येतील.",
            &["लवकर जेवण खा.", "आता साहेब येतील."],
        ),
    ];
    assert_splits(cases);
    // With a Hindi hint the Marathi title does not apply.
    let mut o = SplitOptions::default();
    o.language = Some(devanagari::Language::Hindi);
    let hindi = Splitter::new(o);
    assert_eq!(
        hindi.sentences("उद्घाटन आ. सुरेश पवार यांच्या हस्ते झाले.").count(),
        2
    );
}

/// With a Bhojpuri, Maithili or Magahi hint, `के.` (there "of", and the
/// infinitive's ending) ends a sentence unless another initial or a title
/// stands by it; without a hint it is the initial K, as in Hindi news.
#[test]
fn ke_with_a_bihari_hint() {
    let text = "ओकरा गाँव ले जाए के. कहल जाला कि उहाँ मेला लागे.";
    assert_eq!(split(text).len(), 1);
    for lang in ["bho", "mai", "mag"] {
        let mut o = SplitOptions::default();
        o.language = Some(lang.parse().unwrap());
        let s = Splitter::new(o);
        assert_eq!(
            s.sentences(text).collect::<Vec<_>>(),
            ["ओकरा गाँव ले जाए के.", "कहल जाला कि उहाँ मेला लागे."],
            "{lang}"
        );
        // Initials still: another one after it, or a title before it.
        assert_eq!(
            s.sentences("निर्माता पी. के. जोशी आ ए. के. सिंह बाड़न.").count(),
            1
        );
        assert_eq!(s.sentences("ऊ के. एन. झा से मिलले.").count(), 1);
        assert_eq!(s.sentences("मंत्री के. राव अइले.").count(), 1);
    }
    // A Hindi hint reads `के.` as an initial after a role.
    let mut o = SplitOptions::default();
    o.language = Some(devanagari::Language::Hindi);
    let hindi = Splitter::new(o);
    assert_eq!(hindi.sentences("मुख्य वार्ताकार के. पद्मनाभन ने कहा.").count(), 1);
}

/// A list marker alone on its line goes with the item on the next line
/// (lists scraped from pages set them apart); a number that ends a line
/// after words, or before a blank line or another number, stays where it
/// was.
#[test]
fn list_markers_on_lines_of_their_own() {
    let cases: &[(&str, &[&str])] = &[
        (
            "निर्देश:\n1.\nफ़ॉर्म भरें।\n2.\nजमा करें।",
            &["निर्देश:", "1.\nफ़ॉर्म भरें।", "2.\nजमा करें।"],
        ),
        (
            "क्रम:\r\n(१)\r\nपहला\n2.)\nदूसरा",
            &["क्रम:", "(१)\r\nपहला", "2.)\nदूसरा"],
        ),
        ("अध्याय 1.\nइतिहास", &["अध्याय 1.", "इतिहास"]),
        ("1.\n\nनया", &["1.", "नया"]),
        ("1.\n2.\nतीन", &["1.", "2.\nतीन"]),
        ("1234.\nसाल", &["1234.", "साल"]),
    ];
    for (text, want) in cases {
        assert_eq!(split(text), *want, "{text:?}");
    }
}

/// Brackets: a short aside whose QUESTION or EXCLAMATION MARK closes it
/// inside a sentence ends none; a closing bracket written apart after a
/// terminator closes the bracket its sentence opened.
#[test]
fn brackets_around_terminators() {
    let cases: &[(&str, &[&str])] = &[
        (
            "उसने नदी (रेन?) पार न करने की सलाह दी।",
            &["उसने नदी (रेन?) पार न करने की सलाह दी।"],
        ),
        // The bracket written apart, as tokenized text writes it.
        (
            "वे बाज़ार ( दुकानें बंद! ) के रास्ते लौटे।",
            &["वे बाज़ार ( दुकानें बंद! ) के रास्ते लौटे।"],
        ),
        (
            "मूल्य बढ़ा (बहुत ज़्यादा!) पर लोग चुप रहे।",
            &["मूल्य बढ़ा (बहुत ज़्यादा!) पर लोग चुप रहे।"],
        ),
        (
            "वह आया। (क्या यह सच है?) फिर गया।",
            &["वह आया।", "(क्या यह सच है?)", "फिर गया।"],
        ),
        (
            "उसने कहा ( हाँ, मैं डरता हूँ! )। सब हँसे।",
            &["उसने कहा ( हाँ, मैं डरता हूँ! )।", "सब हँसे।"],
        ),
        ("वह आया । ) फिर गया।", &["वह आया ।", ") फिर गया।"]),
        // After the FULL STOP of an initial, as after its ABBREVIATION
        // SIGN, the aside is inside the sentence.
        ("लेखक एम. (?) शर्मा ने लिखा।", &["लेखक एम. (?) शर्मा ने लिखा।"]),
        ("लेखक एम॰ (?) शर्मा ने लिखा।", &["लेखक एम॰ (?) शर्मा ने लिखा।"]),
    ];
    for (text, want) in cases {
        assert_eq!(split(text), *want, "{text:?}");
    }
}

/// What ends a line after a sentence and is no sentence of its own: a
/// verse number without its closing dandas, the marks of a question; and a
/// rule's or a section's number before its text starts no sentence.
#[test]
fn tails_and_headings_of_numbered_text() {
    let cases: &[(&str, &[&str])] = &[
        ("कनक भवन बिराजत सोहा ॥४", &["कनक भवन बिराजत सोहा ॥४"]),
        (
            "कविता का भावार्थ लिखिए। (5 अंक)",
            &["कविता का भावार्थ लिखिए। (5 अंक)"],
        ),
        (
            "गावाची बातमी आली ! ( सुधीर जोशी )",
            &["गावाची बातमी आली !", "( सुधीर जोशी )"],
        ),
        (
            "नियम 12. आवेदन समय पर जमा करें।",
            &["नियम 12. आवेदन समय पर जमा करें।"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(split(text), *want, "{text:?}");
    }
}

/// Notes in square brackets after a sentence (a wiki's references and
/// maintenance tags) belong to the sentence they follow; an edit link goes
/// with the heading after it, and a longer bracket with what follows.
#[test]
fn notes_in_brackets_stay_with_their_sentence() {
    let cases: &[(&str, &[&str])] = &[
        (
            "गंगा लंबी नदी है।[1][2] इसका पानी मीठा है।",
            &["गंगा लंबी नदी है।[1][2]", "इसका पानी मीठा है।"],
        ),
        (
            "हा किल्ला जुना आहे. [संदर्भ हवा] पुढे तो पडला.",
            &["हा किल्ला जुना आहे. [संदर्भ हवा]", "पुढे तो पडला."],
        ),
        ("नदी सूख गई। [१२]", &["नदी सूख गई। [१२]"]),
        (
            "नदी सूख गई। [संपादित करें] इतिहास पुराना है।",
            &["नदी सूख गई।", "[संपादित करें] इतिहास पुराना है।"],
        ),
        // A translator's insertion that leads into the next sentence (a
        // speech's introduction, a conjunction, a postposition or an
        // absolutive at its end) opens it.
        (
            "मैं लौट आया हूँ। [गुरु बोले--] हे शिष्य! सुनो।",
            &["मैं लौट आया हूँ।", "[गुरु बोले--] हे शिष्य!", "सुनो।"],
        ),
        (
            "सभा समाप्त हुई। [यह देखकर] सब लौट गए।",
            &["सभा समाप्त हुई।", "[यह देखकर] सब लौट गए।"],
        ),
        (
            "वह रुक गया। [राजाकी] आज्ञा मिली।",
            &["वह रुक गया।", "[राजाकी] आज्ञा मिली।"],
        ),
        (
            "वन सुंदर था। [किन्तु] वहाँ डर था।",
            &["वन सुंदर था।", "[किन्तु] वहाँ डर था।"],
        ),
        (
            "यह मत पुराना है। [उद्धरण आवश्यक] नया मत अलग है।",
            &["यह मत पुराना है। [उद्धरण आवश्यक]", "नया मत अलग है।"],
        ),
        // A noun or name in brackets is a note (`-का`, `-ाकर` end nouns).
        (
            "कथा पूरी हुई। [भूमिका] आगे पढ़ें।",
            &["कथा पूरी हुई। [भूमिका]", "आगे पढ़ें।"],
        ),
        // An editor's note with a label in it stays a note.
        (
            "राम वन गए। [पाठान्तर: तथा] सीता भी गईं।",
            &["राम वन गए। [पाठान्तर: तथा]", "सीता भी गईं।"],
        ),
        (
            "नदी सूख गई। [चित्र: सूखी नदी का तल] पानी नहीं है।",
            &["नदी सूख गई।", "[चित्र: सूखी नदी का तल] पानी नहीं है।"],
        ),
        (
            "नदी सूख गई।[३][४]अब पानी नहीं है।",
            &["नदी सूख गई।[३][४]", "अब पानी नहीं है।"],
        ),
        (
            "नदी सूख गई।)[२]। अब पानी नहीं है।",
            &["नदी सूख गई।)[२]।", "अब पानी नहीं है।"],
        ),
        (
            "नदी सूख गई।[नोट]अब पानी नहीं है।",
            &["नदी सूख गई।", "[नोट]अब पानी नहीं है।"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(split(text), *want, "{text:?}");
    }
}

/// A list number in brackets (`(1).`, `1).`, `2.)`) is a list number as
/// `1.` is: inside a sentence, after a colon or a terminator, or beside its
/// neighbour on the line. A bracketed number that ends a sentence, with no
/// neighbour, still ends it.
#[test]
fn list_markers_in_brackets() {
    for s in [
        "रोग के कारण: (1). दूषित पानी (2). कच्चा भोजन और (3). गंदगी।",
        "ज़रूरी कागज़ 1.) आधार 2.) राशन कार्ड 3.) फ़ोटो।",
        "कदम 1). आवेदन भरें 2). शुल्क जमा करें।",
    ] {
        assert_eq!(split(s), [s], "{s:?}");
    }
    let cases: &[(&str, &[&str])] = &[
        (
            "काम पूरा हुआ। (2). दूसरा काम शुरू हुआ।",
            &["काम पूरा हुआ।", "(2). दूसरा काम शुरू हुआ।"],
        ),
        ("(1). पहला काम करें।", &["(1). पहला काम करें।"]),
        (
            "यह नियम धारा (3). उसके बाद सुनवाई हुई।",
            &["यह नियम धारा (3).", "उसके बाद सुनवाई हुई।"],
        ),
        (
            "मुकदमा चला वर्ष (2019). फ़ैसला बाद में आया।",
            &["मुकदमा चला वर्ष (2019).", "फ़ैसला बाद में आया।"],
        ),
        ("सूची:\n(1).\nपहला", &["सूची:", "(1).\nपहला"]),
    ];
    for (text, want) in cases {
        assert_eq!(split(text), *want, "{text:?}");
    }
}

/// A stanza of four short lines of one metre, each closed by a DANDA and
/// the last by a numbered DOUBLE DANDA (a Marathi ovi or abhang, a Hindi
/// chhand, a Sanskrit verse in a long metre) is one verse, as a couplet
/// is. A speaker's label, a line of prose or a pipe before a couplet, and
/// short prose sentences closed by an unnumbered DOUBLE DANDA, are not.
#[test]
fn stanzas_of_four_lines() {
    for s in [
        "गावा गणांचा राजा । वंदू विद्येचा दाता । सुखाचा तो त्राता । भक्तांसी ॥ ४ ॥",
        "जय जय गिरिवर धारी। जन जन के हितकारी। सब दुख हरने वारे। प्रभु मेरे॥ २॥",
    ] {
        assert_eq!(split(s), [s], "{s:?}");
    }
    let cases: &[(&str, &[&str])] = &[
        (
            "सूत उवाच । धर्मो रक्षति रक्षितः सदा । सत्यं वदति यो नरः सदा । स याति परमां गतिम् ॥ ५ ॥",
            &[
                "सूत उवाच ।",
                "धर्मो रक्षति रक्षितः सदा ।",
                "सत्यं वदति यो नरः सदा । स याति परमां गतिम् ॥ ५ ॥",
            ],
        ),
        (
            "राम वन गए। सीता साथ गईं। लक्ष्मण भी गए। सब रोए॥",
            &["राम वन गए।", "सीता साथ गईं।", "लक्ष्मण भी गए। सब रोए॥"],
        ),
        // A heading of one word, a line of prose with a comma, or the tail
        // of a longer run of lines is no stanza's line.
        (
            "प्रथमोऽध्यायः। श्रीगणेशाय नमः। वक्रतुण्ड महाकाय। सूर्यकोटि समप्रभ॥ १॥",
            &[
                "प्रथमोऽध्यायः।",
                "श्रीगणेशाय नमः।",
                "वक्रतुण्ड महाकाय। सूर्यकोटि समप्रभ॥ १॥",
            ],
        ),
        (
            "पहला पद यहाँ है। दूसरा पद यहाँ है। तीसरा पद आया। चौथा पद आया। पाँचवाँ पद आया। छठा पद आया॥ ७ ॥",
            &[
                "पहला पद यहाँ है।",
                "दूसरा पद यहाँ है।",
                "तीसरा पद आया।",
                "चौथा पद आया।",
                "पाँचवाँ पद आया। छठा पद आया॥ ७ ॥",
            ],
        ),
        // A quotation closed after a line: the lines are no one verse.
        (
            "\"गावा गणांचा राजा । वंदू विद्येचा दाता ।\" सुखाचा तो त्राता । भक्तांसी ॥ ४ ॥",
            &[
                "\"गावा गणांचा राजा ।",
                "वंदू विद्येचा दाता ।\"",
                "सुखाचा तो त्राता । भक्तांसी ॥ ४ ॥",
            ],
        ),
        // A pipe typed for a couplet's first DANDA is read as that DANDA.
        (
            "सब सुख लागि जनम सत कोटी | दुख न समुझ तेहि सम को खोटी ॥ ३ ॥ आगे।",
            &["सब सुख लागि जनम सत कोटी | दुख न समुझ तेहि सम को खोटी ॥ ३ ॥", "आगे।"],
        ),
    ];
    assert_splits(cases);
}

/// A verse number in DOUBLE DANDAs after a sentence that a FULL STOP,
/// QUESTION or EXCLAMATION MARK ended (a translation or commentary that
/// numbers its paragraphs as the verses they render) closes that sentence,
/// as it does after a DANDA; in a text that numbers its verses before them
/// (the sentence opened with a number of its own), it opens the next.
#[test]
fn verse_numbers_after_full_stops() {
    let cases: &[(&str, &[&str])] = &[
        (
            "गुरूंना नमस्कार असो. ॥ ३ ॥ पुढे कथा सुरू होते.",
            &["गुरूंना नमस्कार असो. ॥ ३ ॥", "पुढे कथा सुरू होते."],
        ),
        (
            "तब सबने कहा, 'जय हो!' ॥४॥ फिर सब चले गए।",
            &["तब सबने कहा, 'जय हो!' ॥४॥", "फिर सब चले गए।"],
        ),
        ("क्या यह सच है? ।। 12 ।।", &["क्या यह सच है? ।। 12 ।।"]),
        (
            "।।3.1।। अर्जुन ने पूछा कि कर्म क्यों करें. ।।3.2।। तुम्हारी बात उलझी है.",
            &[
                "।।3.1।। अर्जुन ने पूछा कि कर्म क्यों करें.",
                "।।3.2।। तुम्हारी बात उलझी है.",
            ],
        ),
        // A text that opens with a verse number numbers its verses before
        // them, also where a verse holds several sentences.
        (
            "।।4.1।। श्री भगवान बोले - हे अर्जुन! यह योग मैंने कहा था? ।।4.2।। अर्जुन बोले - कब?",
            &[
                "।।4.1।। श्री भगवान बोले - हे अर्जुन!",
                "यह योग मैंने कहा था?",
                "।।4.2।। अर्जुन बोले - कब?",
            ],
        ),
    ];
    assert_splits(cases);
}

/// Markdown's list lines: a bullet, a heading's `#` or a bold number
/// before a list number opens the line as the number alone would (`* 1.`,
/// `**2.**`, `## 3.`), and an asterisk after a sentence's end is a bullet
/// as a dash is (`। *2.`). A number after a minus inside a line still
/// ends a sentence where it did.
#[test]
fn list_markers_after_markdown() {
    let cases: &[(&str, &[&str])] = &[
        (
            "* 1. फ़ॉर्म भरें।\n* 2. शुल्क जमा करें।",
            &["* 1. फ़ॉर्म भरें।", "* 2. शुल्क जमा करें।"],
        ),
        (
            "**1.** पहले पढ़ें।\n**2.** फिर लिखें।",
            &["**1.** पहले पढ़ें।", "**2.** फिर लिखें।"],
        ),
        ("## 3. नतीजे\nसब ठीक रहा।", &["## 3. नतीजे", "सब ठीक रहा।"]),
        ("*1. बीज बोएँ। *2. पानी दें।", &["*1. बीज बोएँ।", "*2. पानी दें।"]),
        ("+ 4. अंत में जाँचें।", &["+ 4. अंत में जाँचें।"]),
    ];
    assert_splits(cases);
}

/// Letters of a list whose items have no stop of their own stand inside a
/// sentence (`क. पहला ख. दूसरा`): a letter whose neighbour in its
/// alphabet stands as an item letter on the line ends no sentence. A
/// letter that is also a word (`न`, Bhojpuri `स`, `ह`) is read so only at
/// a sentence's start.
#[test]
fn inline_lettered_lists() {
    for s in [
        "विकल्प हैं: क. गंगा ख. यमुना ग. सरस्वती।",
        "मराठी: अ. पाणी आ. हवा इ. माती.",
        "Options i. one ii. two iii. three.",
        "पर्याय: घ. चार च. पाँच।",
    ] {
        assert_eq!(split(s), [s], "{s}");
    }
    let cases: &[(&str, &[&str])] = &[
        (
            "उ गइल बाड़ी स. ओकरा बाद घर के ह. फिर का भइल.",
            &["उ गइल बाड़ी स.", "ओकरा बाद घर के ह.", "फिर का भइल."],
        ),
        (
            "उसने कहा क. फिर वह चला गया.",
            &["उसने कहा क.", "फिर वह चला गया."],
        ),
    ];
    assert_splits(cases);
}

/// A domain name written in Devanagari (`नवभारतटाइम्स.कॉम`) ends no
/// sentence at its FULL STOPs; a sentence written without a space after the
/// last one still starts (`… था.इन दिनों …`).
#[test]
fn devanagari_domain_names() {
    let cases: &[(&str, &[&str])] = &[
        (
            "यह पहले से था. अमरउजाला.कॉम ने खबर दी.",
            &["यह पहले से था.", "अमरउजाला.कॉम ने खबर दी."],
        ),
        (
            "स्रोत: इसरो.गोव.इन (५ मई). वेबसाइट बंद थी.",
            &["स्रोत: इसरो.गोव.इन (५ मई).", "वेबसाइट बंद थी."],
        ),
        (
            "बारिश हुई थी.इन दिनों ठंड है.",
            &["बारिश हुई थी.", "इन दिनों ठंड है."],
        ),
        (
            "यह बात था.कॉमन लोग जानते हैं.",
            &["यह बात था.", "कॉमन लोग जानते हैं."],
        ),
    ];
    assert_splits(cases);
}

/// A closing quote a tokenizer wrote apart from the terminator goes with
/// the sentence whose quote it closes (issue 17).
#[test]
fn spaced_closing_quotes() {
    let cases: &[(&str, &[&str])] = &[
        (
            "तो म्हणाला , \" मी येईन . \" नंतर तो गेला .",
            &["तो म्हणाला , \" मी येईन . \"", "नंतर तो गेला ."],
        ),
        (
            "`` हे मंदिर जुने आहे . `` येथे गर्दी असते .",
            &["`` हे मंदिर जुने आहे . ``", "येथे गर्दी असते ."],
        ),
        // Two curly single quotes typeset a double quote (`‘‘ … ’’`).
        (
            "‘‘हे घर आहे . ’’ मग तो गेला.",
            &["‘‘हे घर आहे . ’’", "मग तो गेला."],
        ),
        (
            "‘‘काय झाले ? कोणी आले का ? ’’ मी त्याला विचारले. नंतर तो गेला.",
            &[
                "‘‘काय झाले ?",
                "कोणी आले का ? ’’ मी त्याला विचारले.",
                "नंतर तो गेला.",
            ],
        ),
        // No quote open: the quote opens the next sentence.
        (
            "तो गेला . \" मी येईन \" असे तो म्हणाला .",
            &["तो गेला .", "\" मी येईन \" असे तो म्हणाला ."],
        ),
    ];
    assert_splits(cases);
}

/// A RIGHT DOUBLE QUOTATION MARK written apart after a terminator closes
/// by its direction where counting cannot tell: the paragraph starts
/// inside the quotation, or an earlier quotation on the line was closed
/// without being opened. Not where the marks are typed reversed (a LEFT
/// one follows before the next terminator, with words between).
#[test]
fn spaced_right_double_quotes_close_by_direction() {
    let cases: &[(&str, &[&str])] = &[
        // The quotation opened in an earlier paragraph.
        (
            "पर अब देर हो चुकी थी। ” वह चुपचाप उठकर चला गया।",
            &["पर अब देर हो चुकी थी। ”", "वह चुपचाप उठकर चला गया।"],
        ),
        // One closes, the next opens.
        (
            "मैं कल आऊँगा। ” “ठीक है, ” माँ ने कहा।",
            &["मैं कल आऊँगा। ”", "“ठीक है, ” माँ ने कहा।"],
        ),
        // The count is off by a quote the paragraph starts by closing;
        // the last curly quote before is a LEFT one.
        (
            "सच!” फिर उसने पूछा, “ खाना बना? नहीं बना। ” फिर वह हँसा।",
            &[
                "सच!”",
                "फिर उसने पूछा, “ खाना बना?",
                "नहीं बना। ”",
                "फिर वह हँसा।",
            ],
        ),
        // Reversed marks: the RIGHT one opens a title a LEFT one closes.
        (
            "सब लोग पहुँचे। ” स्वस्थ जीवन शिविर “ का आयोजन हुआ।",
            &["सब लोग पहुँचे।", "” स्वस्थ जीवन शिविर “ का आयोजन हुआ।"],
        ),
    ];
    assert_splits(cases);
}

/// Two QUOTATION MARKs typed together after a sentence's end, the second
/// against the next word: the first closes the sentence, the second opens
/// the next (a dialogue typed without spaces).
#[test]
fn closing_and_opening_quotes_typed_together() {
    let cases: &[(&str, &[&str])] = &[
        (
            "\"तुम कब आए।\"\"अभी आया हूँ।\"",
            &["\"तुम कब आए।\"", "\"अभी आया हूँ।\""],
        ),
        (
            "\"कौन है?\"\"मैं हूँ, खोलो।\"",
            &["\"कौन है?\"", "\"मैं हूँ, खोलो।\""],
        ),
        // An APOSTROPHE against the next word opens the next sentence's
        // quotation where the sentence left none open and it closes
        // before the next terminator.
        (
            "फ़िल्म अच्छी थी.'मुग़ले आज़म' का दौर था.",
            &["फ़िल्म अच्छी थी.", "'मुग़ले आज़म' का दौर था."],
        ),
        (
            "उसने कहा 'मैं आया.'फिर वह गया.",
            &["उसने कहा 'मैं आया.'", "फिर वह गया."],
        ),
        // A word before the stop, then a number: the stop ends it.
        (
            "वे आए हैं .11 दिनों से यहीं हैं.",
            &["वे आए हैं .", "11 दिनों से यहीं हैं."],
        ),
        // A capitalized Latin word after the stop starts a sentence.
        (
            "bahut sunder likha hai .Reply करें",
            &["bahut sunder likha hai .", "Reply करें"],
        ),
        (
            "फिल्म अच्छी है .I loved it.",
            &["फिल्म अच्छी है .", "I loved it."],
        ),
        // After a closing bracket, a stop glued to a number ends.
        (
            "वह घर गया (2019).2020 में वह लौटा।",
            &["वह घर गया (2019).", "2020 में वह लौटा।"],
        ),
        // RIGHT DOUBLE QUOTATION MARKs typed for both marks.
        (
            "वह बोला। ” मैं कल जाऊँगा। ” फिर वह चला गया।",
            &["वह बोला।", "” मैं कल जाऊँगा। ”", "फिर वह चला गया।"],
        ),
        // A quotation over two sentences closes with its APOSTROPHE.
        (
            "'हम लड़ेंगे। हम जीतेंगे।'उनके 'समर्थकों' ने ताली बजाई।",
            &["'हम लड़ेंगे।", "हम जीतेंगे।'", "उनके 'समर्थकों' ने ताली बजाई।"],
        ),
    ];
    assert_splits(cases);
}

/// Emoji after a sentence's end, with nothing after them on the line, are
/// the post's reaction to it, no sentence of their own; before more words
/// they stay with what follows (the splitter cannot tell whose they are).
#[test]
fn emoji_that_end_a_line_go_with_the_sentence() {
    let cases: &[(&str, &[&str])] = &[
        ("कितना सुंदर दृश्य है! 😍😍", &["कितना सुंदर दृश्य है! 😍😍"]),
        ("जय हिंद। 🙏🏽 🇮🇳", &["जय हिंद। 🙏🏽 🇮🇳"]),
        ("ठीक है। 🤷‍♂️\nकल मिलेंगे।", &["ठीक है। 🤷‍♂️", "कल मिलेंगे।"]),
        ("मैच जीत गए! ❤️", &["मैच जीत गए! ❤️"]),
        (
            "मैच जीत गए! 😂 अब जश्न होगा।",
            &["मैच जीत गए!", "😂 अब जश्न होगा।"],
        ),
    ];
    assert_splits(cases);
}

/// What scraped text puts after a sentence's end, or between its parts,
/// that is no sentence of its own (issue 14 review).
#[test]
fn no_sentence_of_punctuation_alone() {
    let cases: &[(&str, &[&str])] = &[
        ("वह चला गया। । फिर लौटा।", &["वह चला गया। ।", "फिर लौटा।"]),
        (
            "बात खत्म . . . . अब आगे चलें।",
            &["बात खत्म . . . .", "अब आगे चलें।"],
        ),
        // A danda between digits is part of a reference.
        (
            "इति सूत्रेण २।१।४ समासः भवति। अन्यत् वदति।",
            &["इति सूत्रेण २।१।४ समासः भवति।", "अन्यत् वदति।"],
        ),
        // So is one inside a reference in brackets, its parts abbreviations
        // and numbers; not one in a bracketed sentence.
        (
            "इति सूत्रेण (फि।सू।4।80) स्वरः भवति। अन्यत् वदति।",
            &["इति सूत्रेण (फि।सू।4।80) स्वरः भवति।", "अन्यत् वदति।"],
        ),
        (
            "(यह बात सही है। फिर 2 लोग आए) और गए।",
            &["(यह बात सही है।", "फिर 2 लोग आए) और गए।"],
        ),
        // A verse closed by two dandas is one sentence with its halves.
        (
            "वने वसति सिंहोऽयं गिरौ तिष्ठति केसरी । नद्यां तरति मत्स्योऽयं ।। १ ।। अगला",
            &[
                "वने वसति सिंहोऽयं गिरौ तिष्ठति केसरी । नद्यां तरति मत्स्योऽयं ।। १ ।।",
                "अगला",
            ],
        ),
        // Items of a list with no stop of their own, and a bulleted number.
        (
            "पुस्तक सूची: 1. गोदान 2. गबन 3. निर्मला",
            &["पुस्तक सूची: 1. गोदान 2. गबन 3. निर्मला"],
        ),
        (
            "उत्सवाः सन्ति । - ५. नागपञ्चमी श्रावणे ।",
            &["उत्सवाः सन्ति ।", "- ५. नागपञ्चमी श्रावणे ।"],
        ),
        // DOUBLE DANDAs that open a framed title or colophon belong to it.
        (
            "॥ माहेश्वरकवचम् ॥ ॥ अथ माहेश्वरकवचम् ॥ ॐ नमो भगवते रुद्राय ।",
            &["॥ माहेश्वरकवचम् ॥", "॥ अथ माहेश्वरकवचम् ॥", "ॐ नमो भगवते रुद्राय ।"],
        ),
        (
            "त्वत्प्रसादात् प्रसीद ॥९॥ ॥इति स्तोत्रं समाप्तम्॥",
            &["त्वत्प्रसादात् प्रसीद ॥९॥", "॥इति स्तोत्रं समाप्तम्॥"],
        ),
        // A comma, semicolon or colon after a terminator carries the text
        // on (a question with its reporting clause); an emoticon does not.
        (
            "तू इथे काय करत आहेस ?, असे त्याने विचारले. नंतर तो गेला.",
            &["तू इथे काय करत आहेस ?, असे त्याने विचारले.", "नंतर तो गेला."],
        ),
        (
            "मंत्रिपदे फक्त दोन?; बाकी खाती दुसऱ्यांना. ठीक है।",
            &["मंत्रिपदे फक्त दोन?; बाकी खाती दुसऱ्यांना.", "ठीक है।"],
        ),
        (
            "मज़ा आया!!! :D अब चलें। फिर मिलेंगे :) कल।",
            &["मज़ा आया!!!", ":D अब चलें।", "फिर मिलेंगे :) कल।"],
        ),
        // A PHP tag left in the text.
        (
            "नाम } else { ?> टिप्पणी लिखें।",
            &["नाम } else { ?> टिप्पणी लिखें।"],
        ),
    ];
    assert_splits(cases);
}

/// Splits `piece` repeated 2,000 and 8,000 times (best of three each):
/// four times the text must cost at most about four times the time
/// (linear, not quadratic: no decision reads back to the start of the line
/// or the sentence, or on to its end). Returns the sentences of ten pieces.
fn assert_splits_in_linear_time(piece: &str) -> usize {
    let time = |n: usize| {
        let text = piece.repeat(n);
        let start = std::time::Instant::now();
        let count = sentences(&text).count();
        (start.elapsed().as_secs_f64(), count)
    };
    let best = |n: usize| (0..3).map(|_| time(n).0).fold(f64::MAX, f64::min);
    let (small, large) = (best(2_000), best(8_000));
    assert!(large < small * 10.0 + 0.02, "{small:.4}s, then {large:.4}s");
    time(10).1
}

/// One long line of quoted sentences, list numbers, verse marks, spaced
/// stops and ellipses.
#[test]
fn long_lines_split_in_linear_time() {
    let piece = "राम ने कहा \"हाँ।\" वह गया . \" ठीक है . \" 2. सीता आई? ” ॥ १ ॥ क . ख . फिर… ";
    assert!(assert_splits_in_linear_time(piece) >= 10);
}

/// One long line dense with Markdown emphasis closed after sentence ends
/// (`*क।*`): each closer looks back on its line for the emphasis it closes
/// only within a bounded reach (it once recounted the marks from the
/// sentence's start at each end: 55 s for half a megabyte).
#[test]
fn emphasis_closers_split_in_linear_time() {
    // (A comma after the closer carries the sentence on: one sentence.)
    assert!(assert_splits_in_linear_time("*क।* , ") >= 1);
    assert!(assert_splits_in_linear_time("**एक। दो!** _तीन।_ ") >= 10);
    assert!(assert_splits_in_linear_time("*क ख ग घ ङ च छ ज झ।") >= 10);
}

/// Spaces at a text's start, then many verse numbers after FULL STOPs
/// (`आया. ॥१॥`): whether the text opens with a verse number is read within
/// its first bytes, not over all its leading spaces at each number.
#[test]
fn leading_spaces_and_verse_numbers_split_in_linear_time() {
    let time = |n: usize| {
        let text = format!("{}{}", " ".repeat(20 * n), "वह आया. ॥१॥ ".repeat(n));
        let start = std::time::Instant::now();
        let count = sentences(&text).count();
        (start.elapsed().as_secs_f64(), count)
    };
    let best = |n: usize| (0..3).map(|_| time(n).0).fold(f64::MAX, f64::min);
    // (Eight times the text: linear is about eight times the time,
    // quadratic sixty-four.)
    let (small, large) = (best(1_000), best(8_000));
    assert!(large < small * 20.0 + 0.02, "{small:.4}s, then {large:.4}s");
    assert_eq!(time(10).1, 10);
}

/// One long quotation of tokenized sentences, each closed by a spaced
/// quote that a quotative carries on (`आया . " असे`): one sentence, whose
/// quotes are counted once, not again from its start at each terminator.
#[test]
fn a_long_tagged_quotation_splits_in_linear_time() {
    assert_eq!(assert_splits_in_linear_time("\" वह आया . \" असे "), 1);
    // Single quotes, which the count leaves out: the opening quote of the
    // quotation is looked for within a bounded reach.
    assert_eq!(assert_splits_in_linear_time("'क।' उसने कहा और "), 1);
    assert_eq!(assert_splits_in_linear_time("क।’ उसने कहा और "), 1);
}

/// A FULL STOP before a postposition that starts no sentence (`ने`, `तक`,
/// `च्या`) closes a title or a name written with it, whatever the word
/// before it: no table needs to know `इंक.` or `एट अल.`. A word that is a
/// postposition in one language and starts sentences in another is no such
/// sign: `में` (the misspelt `मैं`), `को` (Nepali, Sanskrit "who"), `से`
/// (Bhojpuri "so"); nor Marathi `ने` ("take") with the Marathi hint.
#[test]
fn postpositions_after_a_full_stop() {
    for (text, want) in [
        (
            "यह दवा एक्मे इंक. द्वारा बनी। फिर बिकी।",
            &["यह दवा एक्मे इंक. द्वारा बनी।", "फिर बिकी।"][..],
        ),
        (
            "झाओ एट अल. ने यह लिखा. अब आगे.",
            &["झाओ एट अल. ने यह लिखा.", "अब आगे."],
        ),
        ("आम्ही एन. डीं.च्या घरी गेलो.", &["आम्ही एन. डीं.च्या घरी गेलो."]),
        (
            "लोग घर आ गइलें. से अब खाना बनी.",
            &["लोग घर आ गइलें.", "से अब खाना बनी."],
        ),
        (
            "मैं कल घर गया. में आज बाजार जाऊँगा.",
            &["मैं कल घर गया.", "में आज बाजार जाऊँगा."],
        ),
        ("उनी घर गए. को आयो?", &["उनी घर गए.", "को आयो?"]),
    ] {
        assert_eq!(split(text), want, "{text:?}");
    }
    let mut o = SplitOptions::default();
    o.language = Some(devanagari::Language::Marathi);
    let marathi = Splitter::new(o);
    let text = "हे पुस्तक घे. ने त्याला घरी.";
    assert_eq!(marathi.sentences(text).count(), 2, "{text:?}");
}

/// Marathi `या` ("this") after a question starts the next sentence; in
/// Hindi, `या` ("or") goes on an alternative question.
#[test]
fn marathi_ya_after_a_question() {
    let mut o = SplitOptions::default();
    o.language = Some(devanagari::Language::Marathi);
    let marathi = Splitter::new(o);
    let text = "तू कुठे गेला होतास? या गावात कोण राहते?";
    assert_eq!(marathi.sentences(text).count(), 2, "{text:?}");
    assert_eq!(split("चाय लेंगे? या कॉफ़ी?"), ["चाय लेंगे? या कॉफ़ी?"]);
}

/// A title typed with a DANDA for its point (old fonts, or a translator who
/// wrote `।` for every FULL STOP) ends no sentence before the name.
#[test]
fn titles_typed_with_a_danda() {
    assert_eq!(
        split("कल डॉ। शर्मा आए। फिर गए।"),
        ["कल डॉ। शर्मा आए।", "फिर गए।"]
    );
    assert_eq!(
        split("आयोगका प्रमुख डा। यादवले भने। अब"),
        ["आयोगका प्रमुख डा। यादवले भने।", "अब"]
    );
    // A number after it: no name.
    assert_eq!(split("वह डॉ। 2020 में"), ["वह डॉ।", "2020 में"]);
}

/// A refrain's mark abbreviated with a FULL STOP stays with its verse, as
/// a verse number does.
#[test]
fn abbreviated_refrain_marks_stay_with_their_verse() {
    assert_eq!(
        split("मन माझे रमले ॥ध्रु.॥ आणखी ओळ ॥१॥"),
        ["मन माझे रमले ॥ध्रु.॥", "आणखी ओळ ॥१॥"]
    );
}

/// Stops that end no sentence in structured text (helpers' probes of
/// Marathi Wikipedia, statutes and commentaries): a statute's heading run
/// on after a dash, an abbreviation in a short aside, a month written short
/// after its day, a unit after a temperature, a chapter and verse cited in
/// brackets, titles the tables lacked.
#[test]
fn stops_in_structured_text() {
    for s in [
        "स्पष्टीकरण.—इस धारा में लोक सेवक का अर्थ वही है।",
        "दंड.–जो कोई ऐसा करेगा, वह दंडित होगा।",
        "कवी ग्रेस (ज. १९३२) हे नागपूरचे होते.",
        "हे पुस्तक (संपा. डॉ. जोशी) नुकतेच आले.",
        "पुणे, ३ मे (वार्ता.) – शहरात पाऊस झाला.",
        "यह बैठक 15 जन. को दिल्ली में हुई.",
        "परीक्षा 3 सित. 2021 से शुरू होगी.",
        "ही बैठक १२ जाने. रोजी झाली.",
        "रोगी का ताप १०२° फा. तक पहुँच गया.",
        "तापमान कमाल ४०° से. ते किमान १०° से. इतके असते.",
        "जैसा गीता में कहा है (2। 47) वैसा ही करो।",
        "शरणागति का वर्णन (गीता 18। 66) में है।",
        "बॅ. नाथ पै हे खासदार होते.",
        "रेव्ह. टिळक यांनी कविता लिहिल्या.",
    ] {
        assert_eq!(split(s), [s], "{s}");
    }
    assert_splits(&[
        // An aside that is a sentence of its own ends with its stop.
        (
            "(हे नंतर खोटे ठरले.) मी पुन्हा गेलो.",
            &["(हे नंतर खोटे ठरले.)", "मी पुन्हा गेलो."],
        ),
        (
            "तो म्हणाला (“होय, तोच आहे.”) मग ते जेवले.",
            &["तो म्हणाला (“होय, तोच आहे.”)", "मग ते जेवले."],
        ),
        // A stop before a dash after a space ends the sentence.
        ("काम पूरा हुआ. — अब आगे", &["काम पूरा हुआ.", "— अब आगे"]),
        // Without its opening bracket a number and `)` are a list item.
        ("कुल सदस्य 18। 2) अगला प्रश्न", &["कुल सदस्य 18।", "2) अगला प्रश्न"]),
        // `जन` is "people" where no number stands before it, or a word
        // that begins sentences after it.
        ("वहाँ आम जन. फिर सब गए.", &["वहाँ आम जन.", "फिर सब गए."]),
        ("वहाँ 40 जन. वे सब खुश थे.", &["वहाँ 40 जन.", "वे सब खुश थे."]),
        // A stop inside brackets that close far away may end a sentence.
        (
            "(पहला भाग. दूसरा भाग बहुत लंबा है और इसमें बहुत सारे शब्द हैं जो आगे चलते रहते हैं)",
            &[
                "(पहला भाग.",
                "दूसरा भाग बहुत लंबा है और इसमें बहुत सारे शब्द हैं जो आगे चलते रहते हैं)",
            ],
        ),
    ]);
}

/// A consonant alone, or with a short I or U, before a FULL STOP is a
/// lone initial of a Marathi name where the hint says Marathi (`दिलीप पु.
/// चित्रे`); without it, such a word may end a sentence (the Bhojpuri
/// copula `ह.`, the Nepali `छ.`).
#[test]
fn marathi_lone_initials() {
    let mut o = SplitOptions::default();
    o.language = Some(devanagari::Language::Marathi);
    let marathi = Splitter::new(o);
    for s in [
        "ते लेखक दिलीप पु. चित्रे होते.",
        "त्यांनी छ. शिवाजी महाराजांची भेट घेतली.",
        "हा लेख र. धों. कर्वे यांनी लिहिला.",
    ] {
        assert_eq!(marathi.sentences(s).collect::<Vec<_>>(), [s], "{s}");
    }
    // A sentence starter after it: the stop ends the sentence.
    assert_eq!(
        marathi
            .sentences("त्याने पत्र लिहिले क. पण ते पोचले नाही.")
            .count(),
        2
    );
    // A title of office after a semicolon, in a list of guests; a verb
    // quoted after a comma ends its sentence.
    let guests = "मान्यवर: आ. राजेश पाटील; खा. इम्तियाज जलील उपस्थित होते.";
    assert_eq!(marathi.sentences(guests).count(), 1);
    assert_eq!(marathi.sentences("तो म्हणाला, खा. मग आपण जाऊ.").count(), 2);
    assert_splits(&[
        (
            "ई गीत के ह. बाकिर माहौल अइसन बा.",
            &["ई गीत के ह.", "बाकिर माहौल अइसन बा."],
        ),
        ("उनी यहाँ छ. अब जान्छन्.", &["उनी यहाँ छ.", "अब जान्छन्."]),
    ]);
}

/// A postposition after a stop carries the sentence on where the hint
/// names a language none of whose sentences starts with it: the stop
/// closed a title or an abbreviation no table knows.
#[test]
fn postpositions_of_the_hinted_language() {
    let hinted = |code: &str| {
        let mut o = SplitOptions::default();
        o.language = Some(code.parse().unwrap());
        Splitter::new(o)
    };
    let cases = [
        ("ne", "उनले रिपब्लिकन सिने. लाई प्रश्न सोधे।"),
        ("mr", "उन्हाळ्यात तापमान ३० अं. पेक्षा अधिक असते."),
        ("hi", "यह पुरस्कार फाउंडेशन इंक. को दिया गया."),
    ];
    for (code, s) in cases {
        assert_eq!(hinted(code).sentences(s).count(), 1, "{code}: {s}");
    }
    // Without a hint each is cut: the hints' lists decide.
    for (_, s) in cases {
        assert_eq!(split(s).len(), 2, "{s}");
    }
    // Without the hint `को` may start a sentence (Nepali "who").
    assert_eq!(
        split("उनी घर गए. को आयो भनेर सोधे."),
        ["उनी घर गए.", "को आयो भनेर सोधे."]
    );
}

#[test]
fn closers_no_table_lists() {
    for (input, want) in [
        // Markdown emphasis closed after the terminator.
        (
            "*नदी किनारे गाँव है।* *वहाँ मेला लगा॥*",
            &["*नदी किनारे गाँव है।* *वहाँ मेला लगा॥*"][..],
        ),
        (
            "**प्रथमः अध्यायः।**\nकथा आरभ्यते।",
            &["**प्रथमः अध्यायः।**", "कथा आरभ्यते।"],
        ),
        // An opening quotation mark typed for the closing one, glued to the
        // terminator; one against the next word opens the next sentence.
        (
            "उसने कहा -‘मैं नहीं आऊँगी।‘ फिर वह चली गई।",
            &["उसने कहा -‘मैं नहीं आऊँगी।‘", "फिर वह चली गई।"],
        ),
        (
            "उसने कहा। ‘फिर आना।’ वह गया।",
            &["उसने कहा।", "‘फिर आना।’", "वह गया।"],
        ),
        // A play's speaker opening the line, the stop and a hyphen before
        // the speech; after a word inside a line the sentence ends.
        (
            "मोहन.-तो चलो, देर हो रही है।\nसोहन.-हाँ, चलो।",
            &["मोहन.-तो चलो, देर हो रही है।", "सोहन.-हाँ, चलो।"],
        ),
        ("वह घर आया.-तुम कौन हो?", &["वह घर आया.", "-तुम कौन हो?"]),
        // A bullet glued to a sentence's end is the next item's; a banner
        // of stars is no emphasis.
        (
            "पहली बात।* दूसरी बात।* तीसरी बात।",
            &["पहली बात।", "* दूसरी बात।", "* तीसरी बात।"],
        ),
        (
            "कहानी खत्म हुई?\"******** अधूरी",
            &["कहानी खत्म हुई?\"", "******** अधूरी"],
        ),
        // An emphasis over two sentences, and over a list number.
        ("*पहला वाक्य! दूसरा वाक्य!*", &["*पहला वाक्य!", "दूसरा वाक्य!*"]),
        ("सोहन.-‘हाँ, चलो।’", &["सोहन.-‘हाँ, चलो।’"]),
        (
            "मोहन.- तो चलो।\nसोहन.- हाँ।",
            &["मोहन.- तो चलो।", "सोहन.- हाँ।"],
        ),
        ("मत बदल गया.- ‘फिर क्या?’", &["मत बदल गया.", "- ‘फिर क्या?’"]),
    ] {
        assert_eq!(split(input), want, "{input}");
    }
    // An emphasis opened before a list number closes after its item: no
    // sentence of a closer alone.
    let pieces = split("*1. नदी बहती है?* *2. हवा चलती है?*");
    assert!(
        pieces.iter().all(|p| p.contains(char::is_alphanumeric)),
        "{pieces:?}"
    );
}

#[test]
fn prose_closed_by_a_verse_number_is_no_couplet() {
    // A translation of a verse: sentences of prose that only close with the
    // verse's DOUBLE DANDA and number.
    assert_eq!(
        split("घर में निवास नहीं करना चाहिए। पूर्व में द्वार रखना चाहिए। तब शुभ होता है॥ ९ ॥"),
        [
            "घर में निवास नहीं करना चाहिए।",
            "पूर्व में द्वार रखना चाहिए।",
            "तब शुभ होता है॥ ९ ॥"
        ]
    );
    // A couplet after a sentence of prose, or whose first half ends with a
    // refrain or a copula, stays one.
    assert_eq!(
        split("कबीर कहते हैं। दुख में सुमिरन सब करे, सुख में करे न कोय। जो सुख में सुमिरन करे, दुख काहे को होय॥"),
        [
            "कबीर कहते हैं।",
            "दुख में सुमिरन सब करे, सुख में करे न कोय। जो सुख में सुमिरन करे, दुख काहे को होय॥"
        ]
    );
    assert_eq!(split("राम नाम सत्य है। सत्य बोलो गत्य है॥").len(), 1);
    // An ABBREVIATION SIGN reads as the FULL STOP it stands for.
    assert_eq!(
        split("पहले वाक्य है। घर में प्र. राम रहता है। दूसरा आधा ॥ १ ॥").len(),
        split("पहले वाक्य है। घर में प्र॰ राम रहता है। दूसरा आधा ॥ १ ॥").len()
    );
    // A verse number after a sentence of prose closes its verse.
    assert_eq!(
        split("वे वीर हैं। ये सब महारथी हैं। ।।1.7।। हे द्विजोत्तम! सुनो।")[1],
        "ये सब महारथी हैं। ।।1.7।।"
    );
    assert_eq!(split("मांग सेनुर बिनु हो। गोद बालक बिनु हो॥").len(), 1);
}

#[test]
fn verse_numbers_closed_by_a_single_mark() {
    for (input, want) in [
        (
            "गजल लेखेर |२| अर्को शेर यहाँ छ |३|",
            &["गजल लेखेर |२|", "अर्को शेर यहाँ छ |३|"][..],
        ),
        (
            "म फेरि आउँछु।१। तिमी पनि आऊ।२।",
            &["म फेरि आउँछु।१।", "तिमी पनि आऊ।२।"],
        ),
        ("धर्मं चर | ३०॥ सत्यं वद", &["धर्मं चर | ३०॥", "सत्यं वद"]),
    ] {
        assert_eq!(split(input), want, "{input}");
    }
    // A number written apart may be a list's marker: not taken.
    assert_eq!(split("वह आया। 1। पहला बिंदु।")[0], "वह आया।");
}

#[test]
fn citations_degrees_and_eras() {
    assert_eq!(
        split("State of Bihar v. Ramesh Singh (1977) 4 SCC 39 में कहा गया।").len(),
        1
    );
    assert_eq!(split("David C. Illig, Ph. D. ने लिखा।").len(), 1);
    assert_eq!(split("सन्. २०१२ मा उनी आए।").len(), 1);
    assert_eq!(split("संविधान के अनु. 21 में जीवन का अधिकार है।").len(), 1);
    assert_eq!(split("अभिनेत्री उषा (ज. १९३२, मृ. २०१०) का गीत।").len(), 1);
}

#[test]
fn tags_of_quotations() {
    for (input, want) in [
        // A tag of four words whose verb ends it; a dash before the tag.
        (
            "\"क्या हुआ, जान?\" मेरी पत्नी ने पूछा। फिर वह सो गई।",
            &["\"क्या हुआ, जान?\" मेरी पत्नी ने पूछा।", "फिर वह सो गई।"][..],
        ),
        (
            "‘कल आऊँगा।’ - मास्टर साहब डरते-डरते बोले।",
            &["‘कल आऊँगा।’ - मास्टर साहब डरते-डरते बोले।"],
        ),
        // Quotatives that refer back to the quotation.
        (
            "‘आवाजाचा वेग किती आहे?’ असा प्रश्न विचारला.",
            &["‘आवाजाचा वेग किती आहे?’ असा प्रश्न विचारला."],
        ),
        // Four words that go on past the verb: a sentence of its own.
        (
            "\"हे शक्य आहे का?\" मी मनातल्या मनात म्हणाले, ते कठीण आहे.",
            &["\"हे शक्य आहे का?\"", "मी मनातल्या मनात म्हणाले, ते कठीण आहे."],
        ),
    ] {
        assert_eq!(split(input), want, "{input}");
    }
}
