"""Type stubs of the native module (the Rust core, built by maturin)."""

from typing import Any, Dict, Iterable, List, Literal, Optional, Tuple, Union, final

__version__: str
EDIT_KINDS: Dict[str, str]
"""Every edit kind (``Edit.kind``) and what it means."""
FINDING_KINDS: Tuple[str, ...]
"""Every finding kind (``Finding.kind``)."""
LANGUAGES: Tuple[str, ...]
"""The ISO 639 codes a language hint (``SplitOptions.language``) may name."""
NUM_THREADS_ENV: str
"""The environment variable of the default thread count: ``DEVANAGARI_NUM_THREADS``."""

Profile = Literal["safe", "nlp", "none"]
Mode = Literal["off", "artifacts", "document", "all"]
LoneCr = Literal["to_line_feed", "to_space"]
Joiners = Literal["keep_all", "contextual", "strip_all"]
Nukta = Literal["keep", "strip_borrowed"]
Nasals = Literal["keep", "to_anusvara", "to_consonant"]
Candrabindu = Literal["keep", "to_anusvara"]
Digits = Literal["keep", "to_ascii", "to_devanagari"]
Punctuation = Literal["keep", "ascii"]
AbbreviationSign = Literal["keep", "to_full_stop", "from_full_stop"]
Newline = Literal["boundary", "space"]
PunctuationTokens = Literal["keep", "drop"]
Hyphens = Literal["split", "keep"]
AbbreviationStops = Literal["keep", "split"]
Span = Tuple[int, int]

class InternalError(RuntimeError):
    """A bug in the Rust core (a panic), raised instead of aborting the interpreter."""

@final
class NormalizeOptions:
    """Which normalization rules apply: a profile with options set by keyword."""

    def __init__(
        self,
        profile: Profile = "safe",
        *,
        spaces: bool = ...,
        lone_cr: LoneCr = ...,
        invisible: bool = ...,
        joiners: Joiners = ...,
        nfc: bool = ...,
        do_not_emit: bool = ...,
        mark_order: bool = ...,
        split_vowel_signs: bool = ...,
        sign_spaces: bool = ...,
        danda: bool = ...,
        visarga: bool = ...,
        punctuation_spacing: bool = ...,
        nukta: Nukta = ...,
        nasals: Nasals = ...,
        candrabindu: Candrabindu = ...,
        digits: Digits = ...,
        punctuation: Punctuation = ...,
        abbreviation_sign: AbbreviationSign = ...,
    ) -> None: ...
    @staticmethod
    def safe() -> NormalizeOptions:
        """The ``safe`` profile (the default): the meaning-preserving rules."""
    @staticmethod
    def nlp() -> NormalizeOptions:
        """The ``nlp`` profile: ``safe`` plus every lossy fold."""
    @staticmethod
    def none() -> NormalizeOptions:
        """No rule at all: a starting point for switching single rules on."""
    def replace(
        self,
        *,
        spaces: bool = ...,
        lone_cr: LoneCr = ...,
        invisible: bool = ...,
        joiners: Joiners = ...,
        nfc: bool = ...,
        do_not_emit: bool = ...,
        mark_order: bool = ...,
        split_vowel_signs: bool = ...,
        sign_spaces: bool = ...,
        danda: bool = ...,
        visarga: bool = ...,
        punctuation_spacing: bool = ...,
        nukta: Nukta = ...,
        nasals: Nasals = ...,
        candrabindu: Candrabindu = ...,
        digits: Digits = ...,
        punctuation: Punctuation = ...,
        abbreviation_sign: AbbreviationSign = ...,
    ) -> NormalizeOptions:
        """A copy with the given options changed."""
    def to_dict(self) -> Dict[str, Any]:
        """Every option as a ``dict``."""
    @property
    def spaces(self) -> bool: ...
    @property
    def lone_cr(self) -> LoneCr: ...
    @property
    def invisible(self) -> bool: ...
    @property
    def joiners(self) -> Joiners: ...
    @property
    def nfc(self) -> bool: ...
    @property
    def do_not_emit(self) -> bool: ...
    @property
    def mark_order(self) -> bool: ...
    @property
    def split_vowel_signs(self) -> bool: ...
    @property
    def sign_spaces(self) -> bool: ...
    @property
    def danda(self) -> bool: ...
    @property
    def visarga(self) -> bool: ...
    @property
    def punctuation_spacing(self) -> bool: ...
    @property
    def nukta(self) -> Nukta: ...
    @property
    def nasals(self) -> Nasals: ...
    @property
    def candrabindu(self) -> Candrabindu: ...
    @property
    def digits(self) -> Digits: ...
    @property
    def punctuation(self) -> Punctuation: ...
    @property
    def abbreviation_sign(self) -> AbbreviationSign: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RepairOptions:
    """How much mixed-script repair does."""

    def __init__(self, mode: Mode = "artifacts", *, strip_orphan_marks: bool = False) -> None: ...
    @property
    def mode(self) -> Mode: ...
    @property
    def strip_orphan_marks(self) -> bool: ...
    def replace(self, *, mode: Mode = ..., strip_orphan_marks: bool = ...) -> RepairOptions:
        """A copy with the given options changed."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

@final
class SplitOptions:
    """Options of the sentence splitter."""

    def __init__(
        self,
        *,
        newline: Newline = "boundary",
        abbreviations: Iterable[str] = (),
        language: Optional[str] = None,
    ) -> None: ...
    @property
    def newline(self) -> Newline: ...
    @property
    def abbreviations(self) -> Tuple[str, ...]: ...
    @property
    def language(self) -> Optional[str]: ...
    def replace(
        self,
        *,
        newline: Newline = ...,
        abbreviations: Iterable[str] = ...,
        language: Optional[str] = ...,
    ) -> SplitOptions:
        """A copy with the given options changed."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

@final
class WordOptions:
    """Options of the word tokenizer."""

    def __init__(
        self,
        *,
        punctuation: PunctuationTokens = "keep",
        hyphens: Hyphens = "split",
        abbreviation_stops: AbbreviationStops = "keep",
        split: Optional[SplitOptions] = None,
    ) -> None: ...
    @property
    def punctuation(self) -> PunctuationTokens: ...
    @property
    def hyphens(self) -> Hyphens: ...
    @property
    def abbreviation_stops(self) -> AbbreviationStops: ...
    @property
    def split(self) -> SplitOptions: ...
    def replace(
        self,
        *,
        punctuation: PunctuationTokens = ...,
        hyphens: Hyphens = ...,
        abbreviation_stops: AbbreviationStops = ...,
        split: Optional[SplitOptions] = ...,
    ) -> WordOptions:
        """A copy with the given options changed."""
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

@final
class RepairDetail:
    """What a repair found and which lexicon entry restored it."""

    @property
    def entry(self) -> str:
        """The Devanagari word of the lexicon entry."""
    @property
    def english(self) -> str:
        """The English form of the lexicon entry."""
    @property
    def ambiguous(self) -> bool:
        """Whether the English word stands for several Devanagari words."""
    @property
    def licensed_by(self) -> Optional[Span]:
        """For a substituted word repaired in ``document`` mode: the span of the licensing artifact."""

@final
class Edit:
    """One change: ``text[start:end]`` was replaced by ``replacement``, by the rule ``kind``."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def replacement(self) -> str: ...
    @property
    def kind(self) -> str:
        """The rule: a key of ``EDIT_KINDS``."""
    @property
    def also(self) -> Tuple[str, ...]:
        """Other rules whose changes overlapped this one; usually empty."""
    @property
    def repair(self) -> Optional[RepairDetail]: ...

@final
class LexiconEntry:
    """An English word or phrase and the Devanagari word it stands for."""

    @property
    def english(self) -> str: ...
    @property
    def devanagari(self) -> str: ...
    @property
    def alternatives(self) -> Tuple[str, ...]: ...
    @property
    def ambiguous(self) -> bool: ...

@final
class Finding:
    """One mixed-script finding, with spans in code points."""

    @property
    def kind(self) -> Literal["orphan_mark", "fused_token", "glue", "substituted_word"]: ...
    @property
    def latin(self) -> Span: ...
    @property
    def token(self) -> Span: ...
    @property
    def marks(self) -> Span: ...
    @property
    def entry(self) -> Optional[LexiconEntry]: ...

NormalizeArg = Union[NormalizeOptions, Profile, None]
RepairArg = Union[RepairOptions, Mode, None]

def normalize(text: str, options: NormalizeArg = None) -> str:
    """Normalizes ``text``; the same object when nothing changes."""

def normalize_with_edits(text: str, options: NormalizeArg = None) -> Tuple[str, List[Edit]]:
    """Normalizes ``text`` and reports every change as an ``Edit``."""

def is_normalized(text: str, options: NormalizeArg = None) -> bool:
    """Whether ``normalize(text) is text``."""

def repair(text: str, options: RepairArg = None) -> str:
    """Repairs mixed-script damage (``Governmentी`` → ``सरकारी``)."""

def repair_with_edits(text: str, options: RepairArg = None) -> Tuple[str, List[Edit]]:
    """Repairs ``text`` and reports each repair as an ``Edit``."""

def findings(text: str, options: RepairArg = None) -> List[Finding]:
    """Everything mixed-script in ``text``, whatever the mode."""

def clean(text: str, normalize: NormalizeArg = None, repair: RepairArg = None) -> str:
    """Normalizes, then repairs ``text``."""

def clean_with_edits(
    text: str, normalize: NormalizeArg = None, repair: RepairArg = None
) -> Tuple[str, List[Edit]]:
    """``clean`` with every change reported as an ``Edit``."""

def sentences(text: str, options: Optional[SplitOptions] = None) -> List[str]:
    """The sentences of ``text``."""

def clean_sentences(
    text: str,
    normalize: NormalizeArg = None,
    repair: RepairArg = None,
    split: Optional[SplitOptions] = None,
) -> List[str]:
    """The sentences of the cleaned ``text``: ``sentences(clean(text))``."""

def sentence_spans(text: str, options: Optional[SplitOptions] = None) -> List[Span]:
    """The ``(start, end)`` of each sentence, in code points."""

def words(text: str, options: Optional[WordOptions] = None) -> List[str]:
    """The word tokens of ``text``."""

def word_spans(text: str, options: Optional[WordOptions] = None) -> List[Span]:
    """The ``(start, end)`` of each word token, in code points."""

def aksharas(text: str) -> List[str]:
    """The aksharas (extended grapheme clusters) of ``text``."""

def akshara_spans(text: str) -> List[Span]:
    """The ``(start, end)`` of each akshara, in code points."""

def akshara_count(text: str) -> int:
    """The number of aksharas of ``text``."""

def truncate_to_aksharas(text: str, max_aksharas: int) -> str:
    """The first ``max_aksharas`` aksharas of ``text``."""

def truncate_to_bytes(text: str, max_bytes: int) -> str:
    """The longest prefix of at most ``max_bytes`` UTF-8 bytes ending between aksharas."""

def normalize_batch(
    texts: Iterable[str], options: NormalizeArg = None, *, num_threads: Optional[int] = None
) -> List[str]: ...
def repair_batch(
    texts: Iterable[str], options: RepairArg = None, *, num_threads: Optional[int] = None
) -> List[str]: ...
def clean_batch(
    texts: Iterable[str],
    normalize: NormalizeArg = None,
    repair: RepairArg = None,
    *,
    num_threads: Optional[int] = None,
) -> List[str]: ...
def sentences_batch(
    texts: Iterable[str], options: Optional[SplitOptions] = None, *, num_threads: Optional[int] = None
) -> List[List[str]]: ...
def sentence_spans_batch(
    texts: Iterable[str], options: Optional[SplitOptions] = None, *, num_threads: Optional[int] = None
) -> List[List[Span]]: ...
def clean_sentences_batch(
    texts: Iterable[str],
    normalize: NormalizeArg = None,
    repair: RepairArg = None,
    split: Optional[SplitOptions] = None,
    *,
    num_threads: Optional[int] = None,
) -> List[List[str]]: ...
def words_batch(
    texts: Iterable[str], options: Optional[WordOptions] = None, *, num_threads: Optional[int] = None
) -> List[List[str]]: ...
def word_spans_batch(
    texts: Iterable[str], options: Optional[WordOptions] = None, *, num_threads: Optional[int] = None
) -> List[List[Span]]: ...
def akshara_count_batch(texts: Iterable[str], *, num_threads: Optional[int] = None) -> List[int]: ...
def get_num_threads() -> int:
    """The default thread count of batch calls."""

def set_num_threads(n: Optional[int]) -> None:
    """Sets the default thread count of batch calls (``None``: the environment or the CPU count)."""

# Not part of the API: the Arrow buffers interface (see _arrow.py: bytes in,
# pyarrow Buffers out) and hooks for the benchmarks and tests.
def _arrow_strings(
    op: str,
    offsets: bytes,
    data: bytes,
    validity: Optional[bytes],
    offset: int,
    length: int,
    large: bool,
    a: Any = None,
    b: Any = None,
    num_threads: Optional[int] = None,
) -> Tuple[Any, Any, bool]: ...
def _arrow_lists(
    op: str,
    offsets: bytes,
    data: bytes,
    validity: Optional[bytes],
    offset: int,
    length: int,
    large: bool,
    options: Any = None,
    num_threads: Optional[int] = None,
) -> Tuple[Any, Tuple[Any, Any]]: ...
def _arrow_clean_sentences(
    offsets: bytes,
    data: bytes,
    validity: Optional[bytes],
    offset: int,
    length: int,
    large: bool,
    normalize: Any = None,
    repair: Any = None,
    split: Any = None,
    num_threads: Optional[int] = None,
) -> Tuple[Any, Tuple[Any, Any]]: ...
def _arrow_spans(
    op: str,
    offsets: bytes,
    data: bytes,
    validity: Optional[bytes],
    offset: int,
    length: int,
    large: bool,
    options: Any = None,
    num_threads: Optional[int] = None,
) -> Tuple[Any, Tuple[Any, Any]]: ...
def _arrow_akshara_counts(
    offsets: bytes,
    data: bytes,
    validity: Optional[bytes],
    offset: int,
    length: int,
    large: bool,
    num_threads: Optional[int] = None,
) -> Any: ...
def _clean_counts_batch(
    texts: Iterable[str],
    normalize: Any = None,
    repair: Any = None,
    with_findings: bool = True,
    *,
    num_threads: Optional[int] = None,
) -> List[Tuple[str, Dict[str, int], int, Optional[Dict[str, int]]]]: ...
def _rust_clean_sentences_seconds(
    texts: Iterable[str],
    repeat: int,
    num_threads: int,
    normalize: NormalizeArg = None,
    repair: RepairArg = None,
    split: Optional[SplitOptions] = None,
) -> List[float]: ...
def _panic_for_tests(in_batch: bool = False, texts: Optional[Iterable[str]] = None) -> None: ...
def _pool_threads_for_tests(num_threads: int) -> int: ...
