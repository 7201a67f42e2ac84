"""Indic NLP Library's calls, answered by the devanagari package.

A pipeline switches by changing its imports::

    # before
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory
    from indicnlp.tokenize import sentence_tokenize, indic_tokenize
    # after
    from devanagari.compat.indicnlp.normalize.indic_normalize import IndicNormalizerFactory
    from devanagari.compat.indicnlp.tokenize import sentence_tokenize, indic_tokenize

    normalizer = IndicNormalizerFactory().get_normalizer("hi")
    for sentence in sentence_tokenize.sentence_split(normalizer.normalize(text), "hi"):
        tokens = indic_tokenize.trivial_tokenize(sentence, "hi")

The same names are also here at the top (``IndicNormalizerFactory``,
``sentence_split``, ``trivial_tokenize``). Devanagari languages only
(``hi``, ``mr``, ``sa``, ``ne``, ``kK``/``kok``, ``sd`` and the others of
:data:`devanagari.LANGUAGES`); other languages raise ``ValueError``.

>>> from devanagari.compat import indicnlp
>>> n = indicnlp.IndicNormalizerFactory().get_normalizer("hi")
>>> text = n.normalize("उसे दु:ख है | डॉ. शर्मा आए.")
>>> text
'उसे दुःख है। डॉ. शर्मा आए.'
>>> indicnlp.sentence_split(text, "hi")
['उसे दुःख है।', 'डॉ. शर्मा आए.']
>>> indicnlp.trivial_tokenize("दर 3.5% रही।", "hi")
['दर', '3.5', '%', 'रही', '।']

How the arguments map
---------------------
``get_normalizer(lang, remove_nuktas, nasals_mode, do_normalize_chandras,
do_normalize_vowel_ending)`` builds :class:`devanagari.NormalizeOptions`
from the ``safe`` profile with ``punctuation="ascii"`` (Indic NLP Library
always makes quotes, dashes and the ellipsis ASCII), and:

- ``remove_nuktas=True``: ``nukta="strip_borrowed"`` (क़ ख़ ग़ ज़ फ़ lose the
  NUKTA; the native Hindi ड़ ढ़ keep it: they are other letters, not
  borrowed sounds);
- ``nasals_mode``: ``"to_anusvaara_strict"`` and ``"to_anusvaara_relaxed"``
  → ``nasals="to_anusvara"`` (both strict: a nasal before a consonant of
  its class); ``"to_nasal_consonants"`` → ``"to_consonant"``;
  ``"do_nothing"`` → ``"keep"``; another value raises ``ValueError``;
- ``do_normalize_chandras=True``: ``candrabindu="to_anusvara"``, and CANDRA
  E / CANDRA O (letters and signs) become E / O (done here: the crate has
  no such fold);
- ``do_normalize_vowel_ending=True``: a VIRAMA after a word-final consonant
  (done here, as Indic NLP Library does it).

``sentence_split(text, lang)`` is :func:`devanagari.sentences` with
``SplitOptions(language=lang)`` (the language's abbreviation tables); ``delim_pat`` other than
``"auto"`` raises ``ValueError``. ``trivial_tokenize(text, lang)`` is
:func:`devanagari.words` with ``abbreviation_stops="split"`` (every FULL
STOP a token, as Indic NLP Library splits it).

Where the output differs, and why
---------------------------------
Measured by ``benches/compat_indicnlp.py --compare`` on the 1,103 Hindi
records of the HPLT web sample; most records differ in a few characters.

Normalization (ours stands; the rule numbers are SPEC section 1):

- **Colon and visarga.** Theirs turns every COLON after a Devanagari letter
  into VISARGA (``नोट: यह`` → ``नोटः यह``, ``समय: 10`` → ``समयः 10``); ours
  only inside a word (``दु:ख`` → ``दुःख``) and after the known visarga words
  (``अत:``, ``प्राय:``). A colon that introduces something stays a colon.
- **ZWJ and ZWNJ.** Theirs removes every joiner; ours keeps one after VIRAMA,
  where it means something (an explicit half form, the eyelash RA of
  Marathi and Nepali, a visible VIRAMA), as the Unicode standard and IDNA
  say, and removes the others.
- **Pipes.** Theirs turns every ``|`` into DANDA; ours only a pipe used as a
  danda, not one that separates menu items, datelines, table cells, wiki
  links or URLs (``रायपुर | संवाददाता``). ``।।`` becomes DOUBLE DANDA in ours.
- **NFC.** Ours is Unicode NFC, so NNNA, RRA, LLLA (``ऩ ऱ ऴ``) are composed;
  theirs decomposes them into letter + NUKTA. QA..YYA are decomposed in
  both.
- **Rules theirs does not have:** runs of spaces collapse and spaces at line
  ends go; spaces before ``। ॥ , ? !`` and a final ``.`` go (``है ।`` →
  ``है।``); the Unicode "do not use" sequences are replaced; marks typed in
  the wrong order are reordered (a NUKTA after a vowel sign moves to its
  consonant, ``कपडा़`` → ``कपड़ा``; ANUSVARA before a vowel sign moves
  after it, ``पहंुचा`` → ``पहुंचा``); split vowel signs are joined
  (``वर्षाें`` → ``वर्षों``); ZERO WIDTH SPACE is removed (theirs: a space).
- **Punctuation.** Ours also makes guillemets ASCII quotes; theirs turns two
  single quotes into one double quote and EM DASH into `` - `` (ours:
  ``-``). LETTER CANDRA A (Marathi) stays in ours (theirs: LETTER E).
- **remove_nuktas** keeps ड़ ढ़ (see above).

Sentences (ours stands):

- **FULL STOP in text with dandas.** Theirs ignores ``.`` as a terminator in
  any text that has a danda, so a Latin sentence, or a Hindi sentence a news
  site ended with ``.``, runs into the next; ours splits there.
- **Initials and abbreviations.** Theirs ends a sentence after ``डा.``, a
  Latin initial, or any FULL STOP it does not list; ours knows initials
  (``एस.``, ``यू.एस.ए.``), abbreviations (``डॉ.``, ``डा.``, ``ई.पू.``, ``Mr.``),
  numbers, URLs and e-mail addresses.
- **Runs of terminators.** Theirs ends a sentence at each mark of ``!!`` or
  ``..`` (sentences that are a lone ``!``); ours treats a run as one end.
- **Closing quotes and brackets** after a terminator belong to the sentence
  that ends in ours; theirs starts the next sentence with them.
- **Newlines.** Ours ends a sentence at a newline (line-per-paragraph text;
  ``SplitOptions(newline="space")`` for hard-wrapped text); theirs only at
  terminators.
- **Digits.** Theirs never ends a sentence at a terminator after a digit
  (``धूम 4।``); ours does, except inside a number or after a list number.

Tokens (ours stands):

- a run of punctuation is one token (``...``, ``?!``, ``--``); theirs splits
  every ASCII mark;
- numbers with separators stay whole also in Devanagari digits (``०४.०५``,
  ``30-40``); theirs rejoins ASCII digits only, also where no number is
  (``12,2010``);
- URLs, e-mail addresses, domains, hashtags and handles stay whole;
- ``don't``-style apostrophes stay in Latin words;
- symbols (``₹``, ``°``) are tokens of their own; theirs splits only ASCII
  punctuation and dandas;
- whitespace of any kind separates tokens (theirs keeps a newline inside a
  token), and an empty text has no tokens (theirs: ``['']``).
"""

from devanagari.compat.indicnlp.normalize.indic_normalize import (
    DEVANAGARI_LANGUAGES,
    DevanagariNormalizer,
    IndicNormalizerFactory,
)
from devanagari.compat.indicnlp.tokenize.indic_tokenize import trivial_tokenize, trivial_tokenize_indic
from devanagari.compat.indicnlp.tokenize.sentence_tokenize import sentence_split

__all__ = [
    "DEVANAGARI_LANGUAGES",
    "DevanagariNormalizer",
    "IndicNormalizerFactory",
    "sentence_split",
    "trivial_tokenize",
    "trivial_tokenize_indic",
]
