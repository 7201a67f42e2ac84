//! Frozen option classes mirroring the crate's options, each holding the
//! engine it configures (built on first use, then reused by every call
//! that passes the same options object).

use devanagari::{
    AbbreviationSignPolicy, AbbreviationStops, CandrabinduPolicy, Cleaner, DigitPolicy,
    HyphenPolicy, JoinerPolicy, Language, LoneCrPolicy, NasalPolicy, NewlinePolicy,
    NormalizeOptions, Normalizer, NuktaPolicy, PunctuationPolicy, PunctuationTokens, RepairMode,
    RepairOptions, Repairer, SplitOptions, Splitter, WordOptions, WordTokenizer,
};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString, PyTuple};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

// ---------------------------------------------------------------------------
// Names of enum values: one table per enum, read both ways, so that a new
// variant of a `#[non_exhaustive]` enum needs one row here.

type Table<T> = &'static [(&'static str, T)];

const LONE_CR: Table<LoneCrPolicy> = &[
    ("to_line_feed", LoneCrPolicy::ToLineFeed),
    ("to_space", LoneCrPolicy::ToSpace),
];
const JOINERS: Table<JoinerPolicy> = &[
    ("keep_all", JoinerPolicy::KeepAll),
    ("contextual", JoinerPolicy::Contextual),
    ("strip_all", JoinerPolicy::StripAll),
];
const NUKTA: Table<NuktaPolicy> = &[
    ("keep", NuktaPolicy::Keep),
    ("strip_borrowed", NuktaPolicy::StripBorrowed),
];
const NASALS: Table<NasalPolicy> = &[
    ("keep", NasalPolicy::Keep),
    ("to_anusvara", NasalPolicy::ToAnusvara),
    ("to_consonant", NasalPolicy::ToConsonant),
];
const CANDRABINDU: Table<CandrabinduPolicy> = &[
    ("keep", CandrabinduPolicy::Keep),
    ("to_anusvara", CandrabinduPolicy::ToAnusvara),
];
const DIGITS: Table<DigitPolicy> = &[
    ("keep", DigitPolicy::Keep),
    ("to_ascii", DigitPolicy::ToAscii),
    ("to_devanagari", DigitPolicy::ToDevanagari),
];
const PUNCTUATION: Table<PunctuationPolicy> = &[
    ("keep", PunctuationPolicy::Keep),
    ("ascii", PunctuationPolicy::Ascii),
];
const ABBREVIATION_SIGN: Table<AbbreviationSignPolicy> = &[
    ("keep", AbbreviationSignPolicy::Keep),
    ("to_full_stop", AbbreviationSignPolicy::ToFullStop),
    ("from_full_stop", AbbreviationSignPolicy::FromFullStop),
];
pub const REPAIR_MODES: Table<RepairMode> = &[
    ("off", RepairMode::Off),
    ("artifacts", RepairMode::Artifacts),
    ("document", RepairMode::Document),
    ("all", RepairMode::All),
];
const NEWLINE: Table<NewlinePolicy> = &[
    ("boundary", NewlinePolicy::Boundary),
    ("space", NewlinePolicy::Space),
];
const PUNCTUATION_TOKENS: Table<PunctuationTokens> = &[
    ("keep", PunctuationTokens::Keep),
    ("drop", PunctuationTokens::Drop),
];
const HYPHENS: Table<HyphenPolicy> =
    &[("split", HyphenPolicy::Split), ("keep", HyphenPolicy::Keep)];
const ABBREVIATION_STOPS: Table<AbbreviationStops> = &[
    ("keep", AbbreviationStops::Keep),
    ("split", AbbreviationStops::Split),
];
const PROFILES: &[&str] = &["safe", "nlp", "none"];

fn name_of<T: PartialEq>(table: Table<T>, v: &T) -> &'static str {
    table
        .iter()
        .find(|(_, t)| t == v)
        .map_or("unknown", |(n, _)| n)
}

fn choices<T>(table: Table<T>) -> String {
    let names: Vec<String> = table.iter().map(|(n, _)| format!("'{n}'")).collect();
    names.join(", ")
}

fn type_name(v: &Bound<'_, PyAny>) -> String {
    v.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into())
}

/// A value of `table` named by the `str` `v`, or a clear error naming the
/// class, the field and the allowed values.
fn parse_enum<T: Copy>(
    class: &str,
    field: &str,
    table: Table<T>,
    v: &Bound<'_, PyAny>,
) -> PyResult<T> {
    let Ok(s) = v.cast::<PyString>() else {
        return Err(PyTypeError::new_err(format!(
            "{class}: {field} must be a str (one of {}), not {}",
            choices(table),
            type_name(v)
        )));
    };
    let s = s.to_cow()?;
    table
        .iter()
        .find(|(n, _)| *n == s)
        .map(|(_, t)| *t)
        .ok_or_else(|| {
            PyValueError::new_err(format!(
                "{class}: unknown {field} {}; expected one of {}",
                crate::text::py_repr(v.py(), &s),
                choices(table)
            ))
        })
}

pub fn parse_mode(v: &Bound<'_, PyAny>) -> PyResult<RepairMode> {
    parse_enum("RepairOptions", "mode", REPAIR_MODES, v)
}

fn parse_bool(class: &str, field: &str, v: &Bound<'_, PyAny>) -> PyResult<bool> {
    if let Ok(b) = v.cast::<pyo3::types::PyBool>() {
        return Ok(b.is_true());
    }
    Err(PyTypeError::new_err(format!(
        "{class}: {field} must be a bool, not {}",
        type_name(v)
    )))
}

fn unknown_field(class: &str, key: &str, fields: &[&str]) -> PyErr {
    PyTypeError::new_err(format!(
        "{class}: unknown option '{key}'; the options are {}",
        fields.join(", ")
    ))
}

fn hash_of(v: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    v.hash(&mut h);
    h.finish()
}

// ---------------------------------------------------------------------------
// Normalization.

const NORMALIZE_FIELDS: &[&str] = &[
    "spaces",
    "lone_cr",
    "invisible",
    "joiners",
    "nfc",
    "do_not_emit",
    "mark_order",
    "split_vowel_signs",
    "sign_spaces",
    "danda",
    "visarga",
    "punctuation_spacing",
    "nukta",
    "nasals",
    "candrabindu",
    "digits",
    "punctuation",
    "abbreviation_sign",
];

fn profile(name: &str) -> PyResult<NormalizeOptions> {
    match name {
        "safe" => Ok(NormalizeOptions::safe()),
        "nlp" => Ok(NormalizeOptions::nlp()),
        "none" => Ok(NormalizeOptions::none()),
        _ => Err(PyValueError::new_err(format!(
            "NormalizeOptions: unknown profile '{name}'; expected one of 'safe', 'nlp', 'none'"
        ))),
    }
}

fn set_normalize_field(o: &mut NormalizeOptions, key: &str, v: &Bound<'_, PyAny>) -> PyResult<()> {
    const C: &str = "NormalizeOptions";
    match key {
        "spaces" => o.spaces = parse_bool(C, key, v)?,
        "lone_cr" => o.lone_cr = parse_enum(C, key, LONE_CR, v)?,
        "invisible" => o.invisible = parse_bool(C, key, v)?,
        "joiners" => o.joiners = parse_enum(C, key, JOINERS, v)?,
        "nfc" => o.nfc = parse_bool(C, key, v)?,
        "do_not_emit" => o.do_not_emit = parse_bool(C, key, v)?,
        "mark_order" => o.mark_order = parse_bool(C, key, v)?,
        "split_vowel_signs" => o.split_vowel_signs = parse_bool(C, key, v)?,
        "sign_spaces" => o.sign_spaces = parse_bool(C, key, v)?,
        "danda" => o.danda = parse_bool(C, key, v)?,
        "visarga" => o.visarga = parse_bool(C, key, v)?,
        "punctuation_spacing" => o.punctuation_spacing = parse_bool(C, key, v)?,
        "nukta" => o.nukta = parse_enum(C, key, NUKTA, v)?,
        "nasals" => o.nasals = parse_enum(C, key, NASALS, v)?,
        "candrabindu" => o.candrabindu = parse_enum(C, key, CANDRABINDU, v)?,
        "digits" => o.digits = parse_enum(C, key, DIGITS, v)?,
        "punctuation" => o.punctuation = parse_enum(C, key, PUNCTUATION, v)?,
        "abbreviation_sign" => o.abbreviation_sign = parse_enum(C, key, ABBREVIATION_SIGN, v)?,
        _ => return Err(unknown_field(C, key, NORMALIZE_FIELDS)),
    }
    Ok(())
}

/// Every field of `o` as (name, Python value).
fn normalize_fields<'py>(
    py: Python<'py>,
    o: &NormalizeOptions,
) -> PyResult<Vec<(&'static str, Bound<'py, PyAny>)>> {
    let b =
        |v: bool| -> PyResult<Bound<'py, PyAny>> { Ok(v.into_pyobject(py)?.to_owned().into_any()) };
    let s =
        |v: &'static str| -> PyResult<Bound<'py, PyAny>> { Ok(PyString::intern(py, v).into_any()) };
    Ok(vec![
        ("spaces", b(o.spaces)?),
        ("lone_cr", s(name_of(LONE_CR, &o.lone_cr))?),
        ("invisible", b(o.invisible)?),
        ("joiners", s(name_of(JOINERS, &o.joiners))?),
        ("nfc", b(o.nfc)?),
        ("do_not_emit", b(o.do_not_emit)?),
        ("mark_order", b(o.mark_order)?),
        ("split_vowel_signs", b(o.split_vowel_signs)?),
        ("sign_spaces", b(o.sign_spaces)?),
        ("danda", b(o.danda)?),
        ("visarga", b(o.visarga)?),
        ("punctuation_spacing", b(o.punctuation_spacing)?),
        ("nukta", s(name_of(NUKTA, &o.nukta))?),
        ("nasals", s(name_of(NASALS, &o.nasals))?),
        ("candrabindu", s(name_of(CANDRABINDU, &o.candrabindu))?),
        ("digits", s(name_of(DIGITS, &o.digits))?),
        ("punctuation", s(name_of(PUNCTUATION, &o.punctuation))?),
        (
            "abbreviation_sign",
            s(name_of(ABBREVIATION_SIGN, &o.abbreviation_sign))?,
        ),
    ])
}

/// A normalizer and the cleaners of each repair mode, built on first use.
pub struct NormalizeEngines {
    pub options: NormalizeOptions,
    normalizer: OnceLock<Normalizer>,
    /// One per repair mode, without and with `strip_orphan_marks`.
    cleaners: [OnceLock<Cleaner>; 8],
}

impl NormalizeEngines {
    pub fn new(options: NormalizeOptions) -> Self {
        NormalizeEngines {
            options,
            normalizer: OnceLock::new(),
            cleaners: Default::default(),
        }
    }

    pub fn normalizer(&self) -> &Normalizer {
        self.normalizer
            .get_or_init(|| Normalizer::new(self.options.clone()))
    }

    pub fn cleaner(&self, repair: RepairOptions) -> &Cleaner {
        let mode = REPAIR_MODES
            .iter()
            .position(|(_, m)| *m == repair.mode)
            .unwrap_or(1);
        let i = mode * 2 + usize::from(repair.strip_orphan_marks);
        self.cleaners[i].get_or_init(|| Cleaner::new(self.options.clone(), repair))
    }
}

/// The engines of a profile named by a `str`, built once per process.
pub fn profile_engines(name: &str) -> PyResult<&'static NormalizeEngines> {
    static SAFE: OnceLock<NormalizeEngines> = OnceLock::new();
    static NLP: OnceLock<NormalizeEngines> = OnceLock::new();
    static NONE: OnceLock<NormalizeEngines> = OnceLock::new();
    let (cell, options) = match name {
        "safe" => (&SAFE, NormalizeOptions::safe as fn() -> NormalizeOptions),
        "nlp" => (&NLP, NormalizeOptions::nlp as fn() -> NormalizeOptions),
        "none" => (&NONE, NormalizeOptions::none as fn() -> NormalizeOptions),
        _ => {
            return Err(profile(name)
                .err()
                .unwrap_or_else(|| PyValueError::new_err("")))
        }
    };
    Ok(cell.get_or_init(|| NormalizeEngines::new(options())))
}

/// Which normalization rules apply: a profile (``"safe"``, the default:
/// the meaning-preserving rules; ``"nlp"``: also every lossy fold;
/// ``"none"``: no rule) with any option set by keyword. Frozen: derive
/// variants with :meth:`replace`.
///
/// Rules (``bool``): ``spaces`` (CRLF/CR to LF, unusual spaces to SPACE,
/// runs collapsed, line ends trimmed), ``invisible`` (ZERO WIDTH SPACE,
/// BOM, SOFT HYPHEN, WORD JOINER, LRM/RLM), ``nfc``, ``do_not_emit`` (the
/// Unicode "do not use" sequences), ``mark_order``, ``split_vowel_signs``
/// (AA + E written for O), ``sign_spaces`` (``क ् या``), ``danda`` (``|``
/// as danda), ``visarga`` (COLON as visarga), ``punctuation_spacing``.
/// Choices (``str``): ``lone_cr`` (``"to_line_feed"``, ``"to_space"``),
/// ``joiners`` (``"keep_all"``, ``"contextual"``, ``"strip_all"``),
/// ``nukta`` (``"keep"``, ``"strip_borrowed"``), ``nasals`` (``"keep"``,
/// ``"to_anusvara"``, ``"to_consonant"``), ``candrabindu`` (``"keep"``,
/// ``"to_anusvara"``), ``digits`` (``"keep"``, ``"to_ascii"``,
/// ``"to_devanagari"``), ``punctuation`` (``"keep"``, ``"ascii"``),
/// ``abbreviation_sign`` (``"keep"``, ``"to_full_stop"``,
/// ``"from_full_stop"``).
///
/// >>> import devanagari as dv
/// >>> opts = dv.NormalizeOptions("nlp", digits="keep")
/// >>> opts
/// NormalizeOptions(profile='nlp', digits='keep')
/// >>> dv.normalize("हिन्दी १०", opts)
/// 'हिंदी १०'
/// >>> opts.replace(digits="to_ascii") == dv.NormalizeOptions.nlp()
/// True
/// >>> dv.normalize("क\u200dष", dv.NormalizeOptions(joiners="keep_all")) == "क\u200dष"
/// True
#[pyclass(frozen, module = "devanagari", name = "NormalizeOptions")]
pub struct PyNormalizeOptions {
    pub engines: NormalizeEngines,
}

impl PyNormalizeOptions {
    fn with(options: NormalizeOptions) -> Self {
        PyNormalizeOptions {
            engines: NormalizeEngines::new(options),
        }
    }
    fn o(&self) -> &NormalizeOptions {
        &self.engines.options
    }
}

#[pymethods]
impl PyNormalizeOptions {
    #[new]
    #[pyo3(signature = (profile = "safe", **options))]
    fn py_new(profile: &str, options: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut o = self::profile(profile)?;
        if let Some(d) = options {
            for (k, v) in d.iter() {
                let k = k.cast::<PyString>()?.to_cow()?;
                set_normalize_field(&mut o, &k, &v)?;
            }
        }
        Ok(Self::with(o))
    }

    /// The `safe` profile (the default): the meaning-preserving rules.
    #[staticmethod]
    fn safe() -> Self {
        Self::with(NormalizeOptions::safe())
    }

    /// The `nlp` profile: `safe` plus every lossy fold.
    #[staticmethod]
    fn nlp() -> Self {
        Self::with(NormalizeOptions::nlp())
    }

    /// No rule at all: a starting point for switching single rules on.
    #[staticmethod]
    fn none() -> Self {
        Self::with(NormalizeOptions::none())
    }

    /// A copy with the given options changed.
    #[pyo3(signature = (**changes))]
    fn replace(&self, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let mut o = self.o().clone();
        if let Some(d) = changes {
            for (k, v) in d.iter() {
                let k = k.cast::<PyString>()?.to_cow()?;
                set_normalize_field(&mut o, &k, &v)?;
            }
        }
        Ok(Self::with(o))
    }

    #[pyo3(signature = (**changes))]
    fn __replace__(&self, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        self.replace(changes)
    }

    /// Every option as a `dict`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (k, v) in normalize_fields(py, self.o())? {
            d.set_item(k, v)?;
        }
        Ok(d)
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let d = self.to_dict(py)?;
        d.set_item("profile", "none")?;
        Ok((PyTuple::empty(py), d))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        // Shown as the nearest profile and the options that differ from it.
        let mine = normalize_fields(py, self.o())?;
        let mut best: Option<(usize, &str, Vec<String>)> = None;
        for &p in PROFILES {
            let base = normalize_fields(py, &profile(p)?)?;
            let mut diff = Vec::new();
            for ((k, v), (_, b)) in mine.iter().zip(base.iter()) {
                if !v.eq(b)? {
                    diff.push(format!("{k}={}", v.repr()?));
                }
            }
            if best.as_ref().is_none_or(|(n, _, _)| diff.len() < *n) {
                best = Some((diff.len(), p, diff));
            }
        }
        let (_, p, diff) = best.unwrap_or((0, "safe", Vec::new()));
        let mut args = vec![format!("profile='{p}'")];
        args.extend(diff);
        Ok(format!("NormalizeOptions({})", args.join(", ")))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyNormalizeOptions>()
            .is_ok_and(|o| o.get().o() == self.o())
    }

    fn __hash__(&self) -> u64 {
        hash_of(self.o())
    }

    // One getter per option (documented in the stubs).
    #[getter]
    fn spaces(&self) -> bool {
        self.o().spaces
    }
    #[getter]
    fn lone_cr(&self) -> &'static str {
        name_of(LONE_CR, &self.o().lone_cr)
    }
    #[getter]
    fn invisible(&self) -> bool {
        self.o().invisible
    }
    #[getter]
    fn joiners(&self) -> &'static str {
        name_of(JOINERS, &self.o().joiners)
    }
    #[getter]
    fn nfc(&self) -> bool {
        self.o().nfc
    }
    #[getter]
    fn do_not_emit(&self) -> bool {
        self.o().do_not_emit
    }
    #[getter]
    fn mark_order(&self) -> bool {
        self.o().mark_order
    }
    #[getter]
    fn split_vowel_signs(&self) -> bool {
        self.o().split_vowel_signs
    }
    #[getter]
    fn sign_spaces(&self) -> bool {
        self.o().sign_spaces
    }
    #[getter]
    fn danda(&self) -> bool {
        self.o().danda
    }
    #[getter]
    fn visarga(&self) -> bool {
        self.o().visarga
    }
    #[getter]
    fn punctuation_spacing(&self) -> bool {
        self.o().punctuation_spacing
    }
    #[getter]
    fn nukta(&self) -> &'static str {
        name_of(NUKTA, &self.o().nukta)
    }
    #[getter]
    fn nasals(&self) -> &'static str {
        name_of(NASALS, &self.o().nasals)
    }
    #[getter]
    fn candrabindu(&self) -> &'static str {
        name_of(CANDRABINDU, &self.o().candrabindu)
    }
    #[getter]
    fn digits(&self) -> &'static str {
        name_of(DIGITS, &self.o().digits)
    }
    #[getter]
    fn punctuation(&self) -> &'static str {
        name_of(PUNCTUATION, &self.o().punctuation)
    }
    #[getter]
    fn abbreviation_sign(&self) -> &'static str {
        name_of(ABBREVIATION_SIGN, &self.o().abbreviation_sign)
    }
}

/// The engines an argument names: `None` (the safe profile), a profile
/// name, or a `NormalizeOptions`.
pub fn normalize_arg<'a>(arg: Option<&'a Bound<'_, PyAny>>) -> PyResult<&'a NormalizeEngines> {
    match arg {
        None => profile_engines("safe"),
        Some(a) if a.is_none() => profile_engines("safe"),
        Some(a) => {
            if let Ok(o) = a.cast::<PyNormalizeOptions>() {
                return Ok(&o.get().engines);
            }
            if let Ok(s) = a.cast::<PyString>() {
                return profile_engines(&s.to_cow()?);
            }
            Err(PyTypeError::new_err(format!(
                "normalization options must be a NormalizeOptions, a profile name ('safe', 'nlp', 'none') or None, not {}",
                type_name(a)
            )))
        }
    }
}

// ---------------------------------------------------------------------------
// Repair.

/// How much mixed-script repair does (``mode``: ``"off"``,
/// ``"artifacts"``, the default, ``"document"``, ``"all"``), and whether
/// orphaned signs after unknown Latin words are stripped
/// (``strip_orphan_marks``).
///
/// >>> import devanagari as dv
/// >>> dv.repair("नई Flurbी योजना", dv.RepairOptions(strip_orphan_marks=True))
/// 'नई Flurb योजना'
/// >>> dv.RepairOptions("all")
/// RepairOptions('all')
#[pyclass(frozen, module = "devanagari", name = "RepairOptions")]
pub struct PyRepairOptions {
    pub options: RepairOptions,
    repairer: OnceLock<Repairer>,
}

impl PyRepairOptions {
    fn with(options: RepairOptions) -> Self {
        PyRepairOptions {
            options,
            repairer: OnceLock::new(),
        }
    }
    pub fn repairer(&self) -> &Repairer {
        self.repairer.get_or_init(|| Repairer::new(self.options))
    }
}

#[pymethods]
impl PyRepairOptions {
    #[new]
    #[pyo3(signature = (mode = None, *, strip_orphan_marks = None))]
    fn py_new(
        mode: Option<&Bound<'_, PyAny>>,
        strip_orphan_marks: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut o = RepairOptions::new(RepairMode::Artifacts);
        if let Some(m) = mode {
            o.mode = parse_mode(m)?;
        }
        if let Some(s) = strip_orphan_marks {
            o.strip_orphan_marks = parse_bool("RepairOptions", "strip_orphan_marks", s)?;
        }
        Ok(Self::with(o))
    }

    #[getter]
    fn mode(&self) -> &'static str {
        name_of(REPAIR_MODES, &self.options.mode)
    }

    #[getter]
    fn strip_orphan_marks(&self) -> bool {
        self.options.strip_orphan_marks
    }

    /// A copy with the given options changed.
    #[pyo3(signature = (*, mode = None, strip_orphan_marks = None))]
    fn replace(
        &self,
        mode: Option<&Bound<'_, PyAny>>,
        strip_orphan_marks: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let mut o = self.options;
        if let Some(m) = mode {
            o.mode = parse_mode(m)?;
        }
        if let Some(s) = strip_orphan_marks {
            o.strip_orphan_marks = parse_bool("RepairOptions", "strip_orphan_marks", s)?;
        }
        Ok(Self::with(o))
    }

    #[pyo3(signature = (*, mode = None, strip_orphan_marks = None))]
    fn __replace__(
        &self,
        mode: Option<&Bound<'_, PyAny>>,
        strip_orphan_marks: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        self.replace(mode, strip_orphan_marks)
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let d = PyDict::new(py);
        d.set_item("strip_orphan_marks", self.options.strip_orphan_marks)?;
        Ok((PyTuple::new(py, [self.mode()])?, d))
    }

    fn __repr__(&self) -> String {
        if self.options.strip_orphan_marks {
            format!("RepairOptions('{}', strip_orphan_marks=True)", self.mode())
        } else {
            format!("RepairOptions('{}')", self.mode())
        }
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyRepairOptions>()
            .is_ok_and(|o| o.get().options == self.options)
    }

    fn __hash__(&self) -> u64 {
        hash_of(&self.options)
    }
}

/// A repairer for a mode named by a `str`, built once per process.
fn mode_repairer(mode: RepairMode) -> &'static Repairer {
    static CELLS: [OnceLock<Repairer>; 4] = [
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
        OnceLock::new(),
    ];
    let i = REPAIR_MODES
        .iter()
        .position(|(_, m)| *m == mode)
        .unwrap_or(1);
    CELLS[i].get_or_init(|| Repairer::new(RepairOptions::new(mode)))
}

/// The repairer an argument names: `None` (artifacts), a mode name, or a
/// `RepairOptions`.
pub fn repair_arg<'a>(arg: Option<&'a Bound<'_, PyAny>>) -> PyResult<&'a Repairer> {
    match arg {
        None => Ok(mode_repairer(RepairMode::Artifacts)),
        Some(a) if a.is_none() => Ok(mode_repairer(RepairMode::Artifacts)),
        Some(a) => {
            if let Ok(o) = a.cast::<PyRepairOptions>() {
                return Ok(o.get().repairer());
            }
            if a.cast::<PyString>().is_ok() {
                return Ok(mode_repairer(parse_mode(a)?));
            }
            Err(PyTypeError::new_err(format!(
                "repair options must be a RepairOptions, a mode name ('off', 'artifacts', 'document', 'all') or None, not {}",
                type_name(a)
            )))
        }
    }
}

/// The repair options of `clean`: `None` (artifacts), a mode name, or a
/// `RepairOptions`.
pub fn clean_repair_arg(arg: Option<&Bound<'_, PyAny>>) -> PyResult<RepairOptions> {
    match arg {
        None => Ok(RepairOptions::new(RepairMode::Artifacts)),
        Some(a) if a.is_none() => Ok(RepairOptions::new(RepairMode::Artifacts)),
        Some(a) => {
            if let Ok(o) = a.cast::<PyRepairOptions>() {
                return Ok(o.get().options);
            }
            if a.cast::<PyString>().is_ok() {
                return Ok(RepairOptions::new(parse_mode(a)?));
            }
            Err(PyTypeError::new_err(format!(
                "repair must be a RepairOptions, a mode name ('off', 'artifacts', 'document', 'all') or None, not {}",
                type_name(a)
            )))
        }
    }
}

// ---------------------------------------------------------------------------
// Sentences.

/// The ISO 639 codes a language hint may name (the crate's languages,
/// each by the code it writes; other codes of the same language, such as
/// `hin` or `npi`, are read too).
pub fn languages() -> Vec<&'static str> {
    Language::ALL.iter().map(|l| l.code()).collect()
}

fn split_options(
    newline: Option<&Bound<'_, PyAny>>,
    abbreviations: Option<&Bound<'_, PyAny>>,
    language: Option<&Bound<'_, PyAny>>,
    base: Option<&PySplitOptions>,
) -> PyResult<SplitOptions> {
    const C: &str = "SplitOptions";
    let mut o = base.map(|b| b.options.clone()).unwrap_or_default();
    if let Some(n) = newline {
        o.newline = parse_enum(C, "newline", NEWLINE, n)?;
    }
    if let Some(a) = abbreviations {
        if a.cast::<PyString>().is_ok() {
            return Err(PyTypeError::new_err(
                "SplitOptions: abbreviations must be an iterable of str (a list or tuple), not a single str",
            ));
        }
        let mut v = Vec::new();
        for (i, item) in a.try_iter()?.enumerate() {
            let item = item?;
            let s = item.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "SplitOptions: abbreviations[{i}] must be str, not {}",
                    type_name(&item)
                ))
            })?;
            let s = crate::text::utf8(s, &|| format!("SplitOptions: abbreviations[{i}]"))?;
            v.push(s.trim_end_matches('.').to_string());
        }
        o.abbreviations = v;
    }
    if let Some(l) = language {
        if l.is_none() {
            o.language = None;
        } else {
            let s = l.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "SplitOptions: language must be an ISO 639 code (str) or None, not {}",
                    type_name(l)
                ))
            })?;
            let code = s.to_cow()?;
            o.language = Some(code.parse::<Language>().map_err(|_| {
                PyValueError::new_err(format!(
                    "SplitOptions: unknown language '{code}'; expected an ISO 639 code of a Devanagari language: {}",
                    languages().join(", ")
                ))
            })?);
        }
    }
    Ok(o)
}

/// Options of the sentence splitter: what a single newline means
/// (``newline``: ``"boundary"``, the default, for line-per-paragraph
/// text; ``"space"`` for hard-wrapped text, where only a blank line ends
/// a sentence), extra abbreviations after which a FULL STOP ends no
/// sentence (``abbreviations``, written with or without their final
/// stop), and a language hint (``language``: an ISO 639 code of a
/// Devanagari language such as ``"hi"``, ``"mr"``, ``"ne"``, ``"sa"``,
/// ``"bho"`` (see :data:`LANGUAGES`; ``"hin"``, ``"npi"`` and English names
/// are read too), or ``None``). The hint selects the abbreviation tables of
/// its language (Marathi ``रा.``, ``ता.``; Nepali ``डा.``); with
/// ``"bho"``, ``"mai"`` or ``"mag"``, ``के.`` is read as a word that may end
/// a sentence, not the initial K; without one, every table applies.
///
/// >>> import devanagari as dv
/// >>> opts = dv.SplitOptions(newline="space", abbreviations=["मेज"])
/// >>> dv.sentences("मेज. सिंह ने\nकहा. ठीक है.", opts)
/// ['मेज. सिंह ने\nकहा.', 'ठीक है.']
/// >>> text = "आरोपी रा. पुणे याला अटक झाली. तपास सुरू आहे."
/// >>> len(dv.sentences(text, dv.SplitOptions(language="mr")))
/// 2
/// >>> len(dv.sentences(text, dv.SplitOptions(language="hi")))
/// 3
#[pyclass(frozen, module = "devanagari", name = "SplitOptions")]
pub struct PySplitOptions {
    pub options: SplitOptions,
    splitter: OnceLock<Splitter>,
}

impl PySplitOptions {
    fn with(options: SplitOptions) -> Self {
        PySplitOptions {
            options,
            splitter: OnceLock::new(),
        }
    }
    pub fn splitter(&self) -> &Splitter {
        self.splitter
            .get_or_init(|| Splitter::new(self.options.clone()))
    }
    fn key(&self) -> (&'static str, &[String], Option<&'static str>) {
        (
            name_of(NEWLINE, &self.options.newline),
            &self.options.abbreviations,
            self.options.language.map(|l| l.code()),
        )
    }
}

#[pymethods]
impl PySplitOptions {
    #[new]
    #[pyo3(signature = (*, newline = None, abbreviations = None, language = None))]
    fn py_new(
        newline: Option<&Bound<'_, PyAny>>,
        abbreviations: Option<&Bound<'_, PyAny>>,
        language: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        Ok(Self::with(split_options(
            newline,
            abbreviations,
            language,
            None,
        )?))
    }

    #[getter]
    fn newline(&self) -> &'static str {
        name_of(NEWLINE, &self.options.newline)
    }

    #[getter]
    fn abbreviations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, &self.options.abbreviations)
    }

    #[getter]
    fn language(&self) -> Option<&'static str> {
        self.options.language.map(|l| l.code())
    }

    /// A copy with the given options changed (``language=None`` removes
    /// the hint).
    #[pyo3(signature = (**changes))]
    fn replace(&self, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        let (mut n, mut a, mut l) = (None, None, None);
        if let Some(d) = changes {
            for (k, v) in d.iter() {
                match k.cast::<PyString>()?.to_cow()?.as_ref() {
                    "newline" => n = Some(v),
                    "abbreviations" => a = Some(v),
                    "language" => l = Some(v),
                    other => {
                        return Err(unknown_field(
                            "SplitOptions",
                            other,
                            &["newline", "abbreviations", "language"],
                        ))
                    }
                }
            }
        }
        Ok(Self::with(split_options(
            n.as_ref(),
            a.as_ref(),
            l.as_ref(),
            Some(self),
        )?))
    }

    #[pyo3(signature = (**changes))]
    fn __replace__(&self, changes: Option<&Bound<'_, PyDict>>) -> PyResult<Self> {
        self.replace(changes)
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let d = PyDict::new(py);
        d.set_item("newline", self.newline())?;
        d.set_item("abbreviations", self.abbreviations(py)?)?;
        d.set_item("language", self.language())?;
        Ok((PyTuple::empty(py), d))
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let mut args = Vec::new();
        if self.options.newline != NewlinePolicy::Boundary {
            args.push(format!("newline='{}'", self.newline()));
        }
        if !self.options.abbreviations.is_empty() {
            let a: Vec<String> = self
                .options
                .abbreviations
                .iter()
                .map(|s| crate::text::py_repr(py, s))
                .collect();
            let comma = if a.len() == 1 { "," } else { "" };
            args.push(format!("abbreviations=({}{comma})", a.join(", ")));
        }
        if let Some(l) = self.language() {
            args.push(format!("language='{l}'"));
        }
        format!("SplitOptions({})", args.join(", "))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PySplitOptions>()
            .is_ok_and(|o| o.get().key() == self.key())
    }

    fn __hash__(&self) -> u64 {
        hash_of(&self.key())
    }
}

fn default_splitter() -> &'static Splitter {
    static S: OnceLock<Splitter> = OnceLock::new();
    S.get_or_init(Splitter::default)
}

/// The splitter an argument names: `None` (the defaults) or a `SplitOptions`.
pub fn split_arg<'a>(arg: Option<&'a Bound<'_, PyAny>>) -> PyResult<&'a Splitter> {
    match arg {
        None => Ok(default_splitter()),
        Some(a) if a.is_none() => Ok(default_splitter()),
        Some(a) => a
            .cast::<PySplitOptions>()
            .map(|o| o.get().splitter())
            .map_err(|_| {
                PyTypeError::new_err(format!(
                    "sentence options must be a SplitOptions or None, not {}",
                    type_name(a)
                ))
            }),
    }
}

// ---------------------------------------------------------------------------
// Words.

/// Options of the word tokenizer: ``punctuation`` (``"keep"``, the
/// default: every mark is a token; ``"drop"``), ``hyphens`` (``"split"``,
/// the default: a hyphen between words is a token, as Universal
/// Dependencies writes it; ``"keep"``: compounds stay whole),
/// ``abbreviation_stops`` (``"keep"``, the default: ``डॉ.`` is one token;
/// ``"split"``: every FULL STOP is a token), and ``split``: the
/// :class:`SplitOptions` whose FULL STOP decisions the tokenizer shares.
///
/// >>> import devanagari as dv
/// >>> dv.words("डॉ. शर्मा", dv.WordOptions(abbreviation_stops="split"))
/// ['डॉ', '.', 'शर्मा']
#[pyclass(frozen, module = "devanagari", name = "WordOptions")]
pub struct PyWordOptions {
    pub options: WordOptions,
    split: Py<PySplitOptions>,
    tokenizer: OnceLock<WordTokenizer>,
}

impl PyWordOptions {
    pub fn tokenizer(&self) -> &WordTokenizer {
        self.tokenizer
            .get_or_init(|| WordTokenizer::new(self.options.clone()))
    }
    #[allow(clippy::type_complexity)]
    fn key(
        &self,
    ) -> (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &[String],
        Option<&'static str>,
    ) {
        (
            name_of(PUNCTUATION_TOKENS, &self.options.punctuation),
            name_of(HYPHENS, &self.options.hyphens),
            name_of(ABBREVIATION_STOPS, &self.options.abbreviation_stops),
            name_of(NEWLINE, &self.options.split.newline),
            &self.options.split.abbreviations,
            self.options.split.language.map(|l| l.code()),
        )
    }

    fn build(
        py: Python<'_>,
        base: Option<&PyWordOptions>,
        punctuation: Option<&Bound<'_, PyAny>>,
        hyphens: Option<&Bound<'_, PyAny>>,
        abbreviation_stops: Option<&Bound<'_, PyAny>>,
        split: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        const C: &str = "WordOptions";
        let mut o = base.map(|b| b.options.clone()).unwrap_or_default();
        if let Some(v) = punctuation {
            o.punctuation = parse_enum(C, "punctuation", PUNCTUATION_TOKENS, v)?;
        }
        if let Some(v) = hyphens {
            o.hyphens = parse_enum(C, "hyphens", HYPHENS, v)?;
        }
        if let Some(v) = abbreviation_stops {
            o.abbreviation_stops = parse_enum(C, "abbreviation_stops", ABBREVIATION_STOPS, v)?;
        }
        let split_obj: Py<PySplitOptions> = match split {
            Some(s) if !s.is_none() => s
                .cast::<PySplitOptions>()
                .map_err(|_| {
                    PyTypeError::new_err(format!(
                        "WordOptions: split must be a SplitOptions or None, not {}",
                        type_name(s)
                    ))
                })?
                .clone()
                .unbind(),
            Some(_) => Py::new(py, PySplitOptions::with(SplitOptions::default()))?,
            None => match base {
                Some(b) => b.split.clone_ref(py),
                None => Py::new(py, PySplitOptions::with(SplitOptions::default()))?,
            },
        };
        o.split = split_obj.get().options.clone();
        Ok(PyWordOptions {
            options: o,
            split: split_obj,
            tokenizer: OnceLock::new(),
        })
    }
}

#[pymethods]
impl PyWordOptions {
    #[new]
    #[pyo3(signature = (*, punctuation = None, hyphens = None, abbreviation_stops = None, split = None))]
    fn py_new(
        py: Python<'_>,
        punctuation: Option<&Bound<'_, PyAny>>,
        hyphens: Option<&Bound<'_, PyAny>>,
        abbreviation_stops: Option<&Bound<'_, PyAny>>,
        split: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        Self::build(py, None, punctuation, hyphens, abbreviation_stops, split)
    }

    #[getter]
    fn punctuation(&self) -> &'static str {
        name_of(PUNCTUATION_TOKENS, &self.options.punctuation)
    }

    #[getter]
    fn hyphens(&self) -> &'static str {
        name_of(HYPHENS, &self.options.hyphens)
    }

    #[getter]
    fn abbreviation_stops(&self) -> &'static str {
        name_of(ABBREVIATION_STOPS, &self.options.abbreviation_stops)
    }

    #[getter]
    fn split(&self, py: Python<'_>) -> Py<PySplitOptions> {
        self.split.clone_ref(py)
    }

    /// A copy with the given options changed.
    #[pyo3(signature = (*, punctuation = None, hyphens = None, abbreviation_stops = None, split = None))]
    fn replace(
        &self,
        py: Python<'_>,
        punctuation: Option<&Bound<'_, PyAny>>,
        hyphens: Option<&Bound<'_, PyAny>>,
        abbreviation_stops: Option<&Bound<'_, PyAny>>,
        split: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        Self::build(
            py,
            Some(self),
            punctuation,
            hyphens,
            abbreviation_stops,
            split,
        )
    }

    #[pyo3(signature = (*, punctuation = None, hyphens = None, abbreviation_stops = None, split = None))]
    fn __replace__(
        &self,
        py: Python<'_>,
        punctuation: Option<&Bound<'_, PyAny>>,
        hyphens: Option<&Bound<'_, PyAny>>,
        abbreviation_stops: Option<&Bound<'_, PyAny>>,
        split: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        self.replace(py, punctuation, hyphens, abbreviation_stops, split)
    }

    fn __getnewargs_ex__<'py>(
        &self,
        py: Python<'py>,
    ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let d = PyDict::new(py);
        d.set_item("punctuation", self.punctuation())?;
        d.set_item("hyphens", self.hyphens())?;
        d.set_item("abbreviation_stops", self.abbreviation_stops())?;
        d.set_item("split", self.split.clone_ref(py))?;
        Ok((PyTuple::empty(py), d))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let d = WordOptions::default();
        let mut args = Vec::new();
        if self.options.punctuation != d.punctuation {
            args.push(format!("punctuation='{}'", self.punctuation()));
        }
        if self.options.hyphens != d.hyphens {
            args.push(format!("hyphens='{}'", self.hyphens()));
        }
        if self.options.abbreviation_stops != d.abbreviation_stops {
            args.push(format!(
                "abbreviation_stops='{}'",
                self.abbreviation_stops()
            ));
        }
        if self.options.split != d.split {
            args.push(format!("split={}", self.split.bind(py).repr()?));
        }
        Ok(format!("WordOptions({})", args.join(", ")))
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other.cast::<PyWordOptions>().is_ok_and(|o| {
            let o = o.get();
            o.key() == self.key()
        })
    }

    fn __hash__(&self) -> u64 {
        hash_of(&self.key())
    }
}

fn default_tokenizer() -> &'static WordTokenizer {
    static T: OnceLock<WordTokenizer> = OnceLock::new();
    T.get_or_init(WordTokenizer::default)
}

/// The tokenizer an argument names: `None` (the defaults) or a `WordOptions`.
pub fn words_arg<'a>(arg: Option<&'a Bound<'_, PyAny>>) -> PyResult<&'a WordTokenizer> {
    match arg {
        None => Ok(default_tokenizer()),
        Some(a) if a.is_none() => Ok(default_tokenizer()),
        Some(a) => a
            .cast::<PyWordOptions>()
            .map(|o| o.get().tokenizer())
            .map_err(|_| {
                PyTypeError::new_err(format!(
                    "word options must be a WordOptions or None, not {}",
                    type_name(a)
                ))
            }),
    }
}
