//! From a spreadsheet's columns to Izde's fields: which column is which field (by its header in
//! any of the interface's languages, or by the mapping file), and each cell turned into what the
//! intake form takes — a vocabulary code from a label in any language, a gazetteer place from a
//! name in any script, several names in one cell split into other spellings.
//!
//! Nothing here sees the database: the same mapping serves the dry run, the import and the page's
//! preview.

use crate::domain::forms::IntakeForm;
use crate::domain::vocab::{names, Location, Vocabularies};
use crate::i18n::{tr, Lang};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use unicode_normalization::UnicodeNormalization;

/// What kind of value a field holds, which says how a cell becomes the form's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Text as it is (free text, dates and sentences, which the form's own parsers read).
    Text,
    /// Names: several in one cell (separated by `;`, `/`, `|` or a new line) become the name and
    /// other spellings.
    Names,
    /// A term of this vocabulary: its code, or its label in any language.
    Vocab(&'static str),
    /// A place of the gazetteer, by name in any script.
    Place,
    /// The source database's own id of the row: never shown, stored sealed with a blind index.
    ExternalRef,
}

/// One field an import can fill.
#[derive(Debug)]
pub struct Field {
    /// The field's key: the intake form's field name (also the header Izde's own files use).
    pub key: &'static str,
    pub kind: Kind,
    /// The Fluent message that labels the field on the intake form (its header in every language).
    pub label: &'static str,
    /// Other headers it goes by in existing spreadsheets, in any language.
    pub also: &'static [&'static str],
    /// Whether its value is sensitive: never printed, sealed when stored.
    pub sensitive: bool,
}

const fn field(key: &'static str, kind: Kind, label: &'static str) -> Field {
    Field {
        key,
        kind,
        label,
        also: &[],
        sensitive: false,
    }
}

const fn sensitive(key: &'static str, kind: Kind, label: &'static str) -> Field {
    Field {
        key,
        kind,
        label,
        also: &[],
        sensitive: true,
    }
}

const fn also(mut f: Field, also: &'static [&'static str]) -> Field {
    f.also = also;
    f
}

impl Field {
    /// The field's label in `lang`: the intake form's label of it.
    pub fn label_in(&self, lang: Lang) -> String {
        match self.key {
            // The one field the intake form does not have.
            EXTERNAL_REF => tr!(lang, "import-field-external-ref"),
            _ => lang.tr(self.label),
        }
    }
}

/// The key of the external reference column.
pub const EXTERNAL_REF: &str = "external_ref";

/// Every field an import can fill, in the intake form's order.
pub static FIELDS: &[Field] = &[
    also(
        sensitive(EXTERNAL_REF, Kind::ExternalRef, "import-field-external-ref"),
        &[
            "id",
            "external id",
            "external reference",
            "reference id",
            "entry id",
            "entry no",
            "entry number",
            "record id",
            "victim id",
            "no",
            "№",
            "номер записи",
            "идентификатор",
            "id записи",
            "жазба нөмірі",
            "编号",
            "条目编号",
            "记录编号",
            "خاتىرە نومۇرى",
        ],
    ),
    also(
        sensitive("name", Kind::Names, "intake-name"),
        &[
            "name",
            "names",
            "full name",
            "victim name",
            "victim",
            "name of victim",
            "фио",
            "ф.и.о",
            "имя",
            "полное имя",
            "имя пострадавшего",
            "аты-жөні",
            "аты жөні",
            "толық аты-жөні",
            "姓名",
            "名字",
            "受害者姓名",
            "ئىسمى",
            "ئىسىم فامىلىسى",
            "تولۇق ئىسمى",
        ],
    ),
    also(
        sensitive("other_names", Kind::Names, "intake-other-names"),
        &[
            "other names",
            "other spellings",
            "alternative names",
            "name in chinese",
            "chinese name",
            "другие имена",
            "другие написания",
            "имя на китайском",
            "басқа жазылуы",
            "қытайша аты",
            "其他名字",
            "别名拼写",
            "中文名",
            "باشقا ئىملاسى",
        ],
    ),
    also(
        sensitive("aliases", Kind::Names, "intake-aliases"),
        &[
            "alias",
            "nickname",
            "псевдоним",
            "прозвище",
            "лақап аты",
            "绰号",
            "لەقىمى",
        ],
    ),
    also(
        sensitive("id_numbers", Kind::Text, "intake-id-numbers"),
        &[
            "id number",
            "id numbers",
            "passport",
            "passport number",
            "national id",
            "номер удостоверения",
            "номер паспорта",
            "паспорт",
            "жеке куәлік нөмірі",
            "паспорт нөмірі",
            "身份证号",
            "身份证号码",
            "护照号",
            "كىملىك نومۇرى",
        ],
    ),
    also(
        sensitive("birth_date", Kind::Text, "intake-birth-date"),
        &[
            "date of birth",
            "dob",
            "дата рождения",
            "туған күні",
            "出生日期",
            "تۇغۇلغان ۋاقتى",
        ],
    ),
    also(
        field("birth_year", Kind::Text, "intake-birth-year"),
        &[
            "year of birth",
            "born",
            "год рождения",
            "туған жылы",
            "出生年份",
            "出生年",
            "تۇغۇلغان يىلى",
        ],
    ),
    also(
        field("gender", Kind::Vocab(names::GENDER), "intake-gender"),
        &["sex", "пол", "жынысы", "性别", "جىنسى"],
    ),
    also(
        field(
            "ethnicity",
            Kind::Vocab(names::ETHNICITY),
            "intake-ethnicity",
        ),
        &[
            "nationality (ethnic)",
            "ethnic group",
            "национальность",
            "ұлты",
            "民族",
            "مىللىتى",
        ],
    ),
    also(
        field(
            "residency",
            Kind::Vocab(names::RESIDENCY),
            "intake-residency",
        ),
        &[
            "citizenship",
            "гражданство",
            "азаматтығы",
            "国籍",
            "تەۋەلىكى",
        ],
    ),
    also(
        field(
            "occupation",
            Kind::Vocab(names::OCCUPATION),
            "intake-occupation",
        ),
        &[
            "profession",
            "job",
            "профессия",
            "род занятий",
            "кәсібі",
            "мамандығы",
            "职业",
            "كەسپى",
        ],
    ),
    also(
        sensitive("address", Kind::Text, "intake-address"),
        &["address", "адрес", "мекенжайы", "地址", "住址", "ئادرېسى"],
    ),
    also(
        field("status", Kind::Vocab(names::CASE_STATUS), "intake-status"),
        &[
            "status",
            "статус",
            "положение",
            "мәртебесі",
            "жағдайы",
            "状态",
            "现状",
            "ھالىتى",
        ],
    ),
    also(
        field(
            "verification",
            Kind::Vocab(names::VERIFICATION),
            "intake-verification",
        ),
        &[
            "verification level",
            "проверка",
            "тексеру",
            "核实",
            "核实程度",
        ],
    ),
    also(
        sensitive("narrative", Kind::Text, "intake-narrative"),
        &[
            "story",
            "description",
            "details",
            "summary",
            "история",
            "описание",
            "подробности",
            "оқиғасы",
            "сипаттамасы",
            "情况",
            "描述",
            "详情",
            "بايان",
            "ۋەقە",
        ],
    ),
    also(
        field("last_contact_date", Kind::Text, "intake-last-contact-date"),
        &[
            "last contact",
            "last contact date",
            "последняя связь",
            "соңғы байланыс",
            "最后联系",
            "最后联系日期",
        ],
    ),
    also(
        field(
            "last_contact_location",
            Kind::Place,
            "intake-last-contact-location",
        ),
        &[
            "location",
            "place",
            "last location",
            "last known location",
            "region",
            "место",
            "последнее местонахождение",
            "местонахождение",
            "орны",
            "мекені",
            "соңғы мекені",
            "地点",
            "最后所在地",
            "所在地",
            "ئورنى",
        ],
    ),
    sensitive("last_contact_place_note", Kind::Text, "intake-place-note"),
    sensitive(
        "last_contact_summary",
        Kind::Text,
        "intake-last-contact-summary",
    ),
    also(
        field(
            "disappearance_date",
            Kind::Text,
            "intake-disappearance-date",
        ),
        &[
            "date of disappearance",
            "disappeared",
            "disappearance date",
            "дата исчезновения",
            "жоғалған күні",
            "失踪日期",
            "失踪时间",
            "يوقاپ كەتكەن ۋاقتى",
        ],
    ),
    also(
        sensitive("testifier_name", Kind::Text, "intake-testifier-name"),
        &[
            "testifier",
            "testifier name",
            "relative",
            "relative name",
            "заявитель",
            "свидетель",
            "куәгер",
            "өтініш беруші",
            "证人",
            "申诉人",
            "گۇۋاھچى",
        ],
    ),
    also(
        sensitive("testifier_contact", Kind::Text, "intake-contact"),
        &[
            "contact",
            "phone",
            "контакт",
            "телефон",
            "байланыс",
            "联系方式",
            "电话",
            "ئالاقە",
        ],
    ),
    also(
        field(
            "relationship",
            Kind::Vocab(names::RELATIONSHIP),
            "intake-relationship",
        ),
        &[
            "relation",
            "relationship",
            "родство",
            "кем приходится",
            "туыстығы",
            "关系",
            "تۇغقانچىلىقى",
        ],
    ),
    also(
        field("consent", Kind::Vocab(names::CONSENT), "intake-consent"),
        &[
            "consent",
            "согласие",
            "келісім",
            "同意",
            "同意公开",
            "رازىلىق",
        ],
    ),
    sensitive("pressure_notes", Kind::Text, "intake-pressure"),
    also(
        field(
            "facility_kind",
            Kind::Vocab(names::FACILITY_KIND),
            "intake-facility-kind",
        ),
        &[
            "facility type",
            "detention type",
            "тип учреждения",
            "мекеме түрі",
            "关押类型",
            "设施类型",
        ],
    ),
    also(
        field("facility_name", Kind::Text, "intake-facility-name"),
        &[
            "facility",
            "camp",
            "prison",
            "лагерь",
            "тюрьма",
            "учреждение",
            "лагері",
            "түрмесі",
            "关押地点",
            "监狱",
            "营地",
            "لاگېر",
            "تۈرمە",
        ],
    ),
    also(
        field(
            "detention_location",
            Kind::Place,
            "intake-detention-location",
        ),
        &[
            "detention location",
            "place of detention",
            "место содержания",
            "ұсталған жері",
            "关押地",
            "تۇتۇلغان يېرى",
        ],
    ),
    sensitive("detention_place_note", Kind::Text, "intake-place-note"),
    also(
        field("detention_date", Kind::Text, "intake-detention-date"),
        &[
            "detention date",
            "date of detention",
            "detained",
            "arrest date",
            "дата задержания",
            "дата ареста",
            "ұсталған күні",
            "拘留日期",
            "被捕日期",
            "تۇتۇلغان ۋاقتى",
        ],
    ),
    also(
        field("alleged_act", Kind::Text, "intake-alleged-act"),
        &[
            "reason",
            "alleged reason",
            "причина",
            "себебі",
            "原因",
            "سەۋەبى",
        ],
    ),
    also(
        field(
            "legal_charge",
            Kind::Vocab(names::LEGAL_CHARGE),
            "intake-legal-charge",
        ),
        &[
            "charge",
            "charges",
            "обвинение",
            "статья",
            "айыптау",
            "罪名",
            "指控",
            "ئەيىبلەش",
        ],
    ),
    also(
        field("sentence", Kind::Text, "intake-sentence"),
        &[
            "sentence",
            "term",
            "срок",
            "приговор",
            "мерзімі",
            "үкім",
            "刑期",
            "判决",
            "جازا مۇددىتى",
        ],
    ),
    also(
        field("court", Kind::Text, "intake-court"),
        &["court", "суд", "сот", "法院", "سوت"],
    ),
    also(
        field("conviction_date", Kind::Text, "intake-conviction-date"),
        &[
            "conviction date",
            "date of sentence",
            "дата приговора",
            "үкім шыққан күні",
            "判决日期",
            "ھۆكۈم ۋاقتى",
        ],
    ),
    field("learned_date", Kind::Text, "intake-learned-date"),
    field(
        "learned_how",
        Kind::Vocab(names::LEARNED_HOW),
        "intake-learned-how",
    ),
    field("confirmed_by", Kind::Text, "intake-confirmed-by"),
    also(
        field("testimony_date", Kind::Text, "intake-testimony-date"),
        &[
            "testimony date",
            "date of testimony",
            "дата свидетельства",
            "куәлік берген күні",
            "证词日期",
            "گۇۋاھلىق ۋاقتى",
        ],
    ),
    field(
        "testimony_medium",
        Kind::Vocab(names::TESTIMONY_MEDIUM),
        "intake-testimony-medium",
    ),
    field(
        "testimony_language",
        Kind::Vocab(names::LANGUAGE),
        "intake-language",
    ),
    field(
        "testimony_duration",
        Kind::Text,
        "intake-testimony-duration",
    ),
    sensitive(
        "recording_location",
        Kind::Text,
        "intake-recording-location",
    ),
    sensitive("transcript", Kind::Text, "intake-transcript"),
    also(
        field(
            "source_type",
            Kind::Vocab(names::SOURCE_TYPE),
            "intake-source-type",
        ),
        &["source type", "тип источника", "дереккөз түрі", "来源类型"],
    ),
    also(
        field("source_title", Kind::Text, "intake-source-title"),
        &[
            "source",
            "source title",
            "источник",
            "дереккөз",
            "来源",
            "مەنبە",
        ],
    ),
    also(
        field("source_publisher", Kind::Text, "intake-source-publisher"),
        &["publisher", "издатель", "баспагер", "发布者"],
    ),
    also(
        field("source_author", Kind::Text, "intake-source-author"),
        &["author", "автор", "авторы", "作者"],
    ),
    also(
        field("source_reference", Kind::Text, "intake-source-reference"),
        &[
            "url",
            "link",
            "source url",
            "ссылка",
            "сілтеме",
            "链接",
            "ئۇلانما",
        ],
    ),
    also(
        field("source_date", Kind::Text, "intake-source-date"),
        &["source date", "дата источника", "дереккөз күні", "来源日期"],
    ),
    field(
        "source_language",
        Kind::Vocab(names::LANGUAGE),
        "intake-language",
    ),
    field(
        "source_reliability",
        Kind::Vocab(names::RELIABILITY),
        "intake-source-reliability",
    ),
    field(
        "source_credibility",
        Kind::Vocab(names::CREDIBILITY),
        "intake-source-credibility",
    ),
];

/// The fields every case needs (the intake form's required fields).
pub const REQUIRED: &[&str] = &[
    "name",
    "status",
    "testifier_name",
    "relationship",
    "consent",
    "testimony_medium",
];

/// The field with this key.
pub fn field_of(key: &str) -> Option<&'static Field> {
    FIELDS.iter().find(|f| f.key == key)
}

/// A header, a label or a value as compared: NFC, lower case, without the marks forms add
/// (`*`, `:`, quotes, brackets) and with runs of spaces, `_` and `-` made one space.
pub fn fold(text: &str) -> String {
    let lowered: String = text.nfc().collect::<String>().to_lowercase();
    let mut out = String::with_capacity(lowered.len());
    let mut space = false;
    for c in lowered.chars() {
        if matches!(
            c,
            '*' | ':' | '"' | '\'' | '“' | '”' | '«' | '»' | '(' | ')' | '[' | ']' | '：'
        ) {
            continue;
        }
        if c.is_whitespace() || matches!(c, '_' | '-' | '\u{200c}' | '\u{200d}') {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

/// The mapping file (`--mapping MAP.toml`, or the page's mapping step): what the headers do not
/// say.
///
/// ```toml
/// [columns]          # header in the file = Izde field ("" or "skip" ignores the column)
/// "Victim"   = "name"
/// "Entry No" = "external_ref"
///
/// [values.legal_charge]   # a value in the file = the vocabulary's code
/// "inciting extremism" = "extremism"
///
/// [places]           # a place in the file = the gazetteer id
/// "Ghulja" = "ili-yining"
///
/// [defaults]         # for a field no column gives, or a cell left empty
/// consent = "none"
///
/// [file]
/// encoding = "windows-1251"   # else detected
/// delimiter = ";"             # else detected
/// sheet = "Cases"             # XLSX: else the first sheet
/// ```
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct Mapping {
    pub columns: BTreeMap<String, String>,
    pub values: BTreeMap<String, BTreeMap<String, String>>,
    pub places: BTreeMap<String, String>,
    pub defaults: BTreeMap<String, String>,
    pub file: FileOptions,
}

/// How to read the file, where detection should not guess.
#[derive(Clone, Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct FileOptions {
    pub encoding: Option<String>,
    pub delimiter: Option<String>,
    pub sheet: Option<String>,
}

/// Why a mapping cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MappingError {
    #[error("the mapping file is not valid TOML: {0}")]
    Toml(String),
    #[error("the mapping names a field Izde does not have: {0}")]
    UnknownField(String),
    #[error("the mapping gives the code {code:?} for {field}, which is not in its list")]
    UnknownCode { field: String, code: String },
    #[error("the mapping gives the place {0:?}, which is not in the gazetteer")]
    UnknownPlace(String),
    #[error("two columns are mapped to the field {0}")]
    TwoColumns(String),
    #[error("no column is the missing person's name")]
    NoName,
    /// Fields every case needs that no column gives and the mapping sets no default for.
    #[error("no column gives {}, and the mapping sets no default for it: add the column, or a line under [defaults] in the mapping file", .0.join(", "))]
    Required(Vec<&'static str>),
    #[error("the delimiter must be one character: {0:?}")]
    Delimiter(String),
}

impl Mapping {
    /// Reads a mapping file's text, checking every field, code and place it names.
    pub fn parse(text: &str, vocab: &Vocabularies) -> Result<Self, MappingError> {
        let mapping: Mapping =
            toml::from_str(text).map_err(|e| MappingError::Toml(e.message().to_string()))?;
        mapping.check(vocab)?;
        Ok(mapping)
    }

    /// Checks that every field, code and place the mapping names exists.
    pub fn check(&self, vocab: &Vocabularies) -> Result<(), MappingError> {
        for target in self.columns.values() {
            if !is_skip(target) && field_of(target).is_none() {
                return Err(MappingError::UnknownField(target.clone()));
            }
        }
        for (key, values) in &self.values {
            let Some(Kind::Vocab(vocabulary)) = field_of(key).map(|f| f.kind) else {
                return Err(MappingError::UnknownField(key.clone()));
            };
            for code in values.values() {
                if !vocab.contains(vocabulary, code) {
                    return Err(MappingError::UnknownCode {
                        field: key.clone(),
                        code: code.clone(),
                    });
                }
            }
        }
        for id in self.places.values() {
            if vocab.location(id).is_none() {
                return Err(MappingError::UnknownPlace(id.clone()));
            }
        }
        for (key, value) in &self.defaults {
            let Some(f) = field_of(key) else {
                return Err(MappingError::UnknownField(key.clone()));
            };
            if let Kind::Vocab(vocabulary) = f.kind {
                if !vocab.contains(vocabulary, value) {
                    return Err(MappingError::UnknownCode {
                        field: key.clone(),
                        code: value.clone(),
                    });
                }
            }
        }
        if let Some(d) = &self.file.delimiter {
            if d.chars().count() != 1 || !d.is_ascii() {
                return Err(MappingError::Delimiter(d.clone()));
            }
        }
        Ok(())
    }
}

fn is_skip(target: &str) -> bool {
    matches!(target.trim(), "" | "skip")
}

/// Which field each column of a file fills.
#[derive(Clone, Debug)]
pub struct Columns {
    /// For each column, in the file's order: its header and the field it fills (None: not
    /// imported).
    pub columns: Vec<(String, Option<&'static Field>)>,
}

/// The headers every field goes by, folded: its key, its intake label in every language, the
/// other names it is known by.
fn header_index() -> &'static HashMap<String, &'static Field> {
    static INDEX: std::sync::OnceLock<HashMap<String, &'static Field>> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = HashMap::new();
        // Labels first, then the other names, then keys: an earlier entry wins.
        for f in FIELDS {
            for lang in Lang::ALL {
                index.entry(fold(&f.label_in(lang))).or_insert(f);
            }
        }
        for f in FIELDS {
            for name in f.also {
                index.entry(fold(name)).or_insert(f);
            }
        }
        for f in FIELDS {
            index.insert(fold(f.key), f);
        }
        index
    })
}

impl Columns {
    /// Matches `headers` to fields: the mapping's `[columns]` first, then each header by the
    /// names its field goes by. A field is filled by one column only (the first that matches).
    pub fn match_headers(headers: &[String], mapping: &Mapping) -> Result<Self, MappingError> {
        let index = header_index();
        let mapped: HashMap<String, &String> =
            mapping.columns.iter().map(|(h, f)| (fold(h), f)).collect();
        let mut taken: Vec<&'static str> = Vec::new();
        let mut columns = Vec::with_capacity(headers.len());
        for header in headers {
            let folded = fold(header);
            let field = match mapped.get(&folded) {
                Some(target) if is_skip(target) => None,
                Some(target) => {
                    let f = field_of(target)
                        .ok_or_else(|| MappingError::UnknownField((*target).clone()))?;
                    if taken.contains(&f.key) {
                        return Err(MappingError::TwoColumns(f.key.to_string()));
                    }
                    Some(f)
                }
                None => index
                    .get(&folded)
                    .copied()
                    .filter(|f| !taken.contains(&f.key)),
            };
            if let Some(f) = field {
                taken.push(f.key);
            }
            columns.push((header.clone(), field));
        }
        if !taken.contains(&"name") {
            return Err(MappingError::NoName);
        }
        let missing: Vec<&'static str> = REQUIRED
            .iter()
            .copied()
            .filter(|key| !taken.contains(key) && !mapping.defaults.contains_key(*key))
            .collect();
        if !missing.is_empty() {
            return Err(MappingError::Required(missing));
        }
        Ok(Self { columns })
    }

    /// The column that fills `key`, if one does.
    pub fn column_of(&self, key: &str) -> Option<usize> {
        self.columns
            .iter()
            .position(|(_, f)| f.is_some_and(|f| f.key == key))
    }

    /// The headers of the columns no field takes (reported, not imported).
    pub fn unused(&self) -> Vec<&str> {
        self.columns
            .iter()
            .filter(|(_, f)| f.is_none())
            .map(|(h, _)| h.as_str())
            .collect()
    }
}

/// A problem with one cell, in words that never repeat the cell (it may hold a name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellProblem {
    /// The field's key.
    pub field: &'static str,
    pub message: String,
    /// The value that is not in the list or the gazetteer: for the import page's mapping step
    /// (shown to the person who uploaded the file), never printed or logged.
    pub value: String,
}

/// One row mapped onto the intake form.
#[derive(Debug, Default)]
pub struct MappedRow {
    pub form: IntakeForm,
    /// The source database's id of the row, if a column carries it.
    pub external_ref: Option<String>,
    /// Cells that could not be mapped (unknown label, unknown place, ambiguous place).
    pub problems: Vec<CellProblem>,
}

/// Turns cells into the form's values, with the vocabularies and the gazetteer.
pub struct Mapper {
    vocab: Arc<Vocabularies>,
    mapping: Mapping,
    columns: Columns,
    /// (vocabulary, folded label or code) → code.
    terms: HashMap<(&'static str, String), String>,
    /// Folded place name in any language → the ids of the places of that name.
    places: HashMap<String, Vec<String>>,
    /// Shorter names a spreadsheet uses ("Ili" for "Ili Kazakh Autonomous Prefecture", "Ghulja"
    /// and "Yining City" for "Ghulja (Yining City)") → the ids of the places they may mean; read
    /// when no full name matches.
    short: HashMap<String, Vec<String>>,
    lang: Lang,
}

/// The separators of several names in one cell.
const NAME_SEPARATORS: &[char] = &[';', '/', '|', '\n', '；', '／', '｜'];

impl Mapper {
    /// A mapper for a file with these columns; messages in `lang`.
    pub fn new(vocab: Arc<Vocabularies>, mapping: Mapping, columns: Columns, lang: Lang) -> Self {
        let mut terms = HashMap::new();
        for f in FIELDS {
            let Kind::Vocab(vocabulary) = f.kind else {
                continue;
            };
            for term in vocab.terms(vocabulary) {
                let l = &term.label;
                for label in [&l.en, &l.kk, &l.ru, &l.ug, &l.zh] {
                    terms
                        .entry((vocabulary, fold(label)))
                        .or_insert_with(|| term.code.clone());
                    // "Sister / younger sister": each alternative of a label names the term too.
                    for part in label.split(['/', '／']) {
                        terms
                            .entry((vocabulary, fold(part)))
                            .or_insert_with(|| term.code.clone());
                    }
                }
                terms.insert((vocabulary, fold(&term.code)), term.code.clone());
            }
        }
        let mut places: HashMap<String, Vec<String>> = HashMap::new();
        let mut short: HashMap<String, Vec<String>> = HashMap::new();
        for location in vocab.locations() {
            let n = &location.name;
            let names = [&n.en, &n.kk, &n.ru, &n.ug, &n.zh];
            let mut full: Vec<String> = names
                .iter()
                .filter(|s| !s.trim().is_empty())
                .map(|s| fold(s))
                .collect();
            full.sort();
            full.dedup();
            let mut shorter: Vec<String> = names.iter().flat_map(|s| short_names(s)).collect();
            shorter.sort();
            shorter.dedup();
            for s in full {
                places.entry(s).or_default().push(location.id.clone());
            }
            for s in shorter {
                short.entry(s).or_default().push(location.id.clone());
            }
        }
        Self {
            vocab,
            mapping,
            columns,
            terms,
            places,
            short,
            lang,
        }
    }

    /// The places a name means: by their full names, else by shorter ones.
    fn named(&self, folded: &str) -> Option<&Vec<String>> {
        self.places.get(folded).or_else(|| self.short.get(folded))
    }

    /// The columns this mapper reads.
    pub fn columns(&self) -> &Columns {
        &self.columns
    }

    /// Maps one row's cells (in the file's column order).
    pub fn map_row(&self, cells: &[String]) -> MappedRow {
        let mut row = MappedRow::default();
        let mut extra_names: Vec<String> = Vec::new();
        for (i, (_, field)) in self.columns.columns.iter().enumerate() {
            let Some(field) = field else { continue };
            let cell = cells.get(i).map(|c| c.trim()).unwrap_or_default();
            let cell = if cell.is_empty() {
                match self.mapping.defaults.get(field.key) {
                    Some(d) => d.as_str(),
                    None => continue,
                }
            } else {
                cell
            };
            self.fill(&mut row, field, cell, &mut extra_names);
        }
        // Defaults for fields no column gives.
        for (key, value) in &self.mapping.defaults {
            if self.columns.column_of(key).is_none() {
                if let Some(field) = field_of(key) {
                    self.fill(&mut row, field, value, &mut extra_names);
                }
            }
        }
        if !extra_names.is_empty() {
            let other = &mut row.form.person.other_names;
            let mut all: Vec<String> = other
                .lines()
                .map(str::to_string)
                .filter(|l| !l.trim().is_empty())
                .collect();
            all.extend(extra_names);
            *other = all.join("\n");
        }
        row
    }

    fn fill(
        &self,
        row: &mut MappedRow,
        field: &'static Field,
        cell: &str,
        extra: &mut Vec<String>,
    ) {
        let value = match field.kind {
            Kind::ExternalRef => {
                row.external_ref = Some(cell.to_string());
                return;
            }
            Kind::Text => cell.to_string(),
            Kind::Names => {
                let mut parts = cell
                    .split(NAME_SEPARATORS)
                    .map(str::trim)
                    .filter(|p| !p.is_empty());
                if field.key == "name" {
                    let first = parts.next().unwrap_or_default().to_string();
                    extra.extend(parts.map(str::to_string));
                    first
                } else {
                    parts.collect::<Vec<_>>().join("\n")
                }
            }
            Kind::Vocab(vocabulary) => match self.code(field.key, vocabulary, cell) {
                Some(code) => code,
                None => {
                    let lang = self.lang;
                    row.problems.push(CellProblem {
                        field: field.key,
                        message: tr!(lang, "import-not-in-list"),
                        value: cell.to_string(),
                    });
                    return;
                }
            },
            Kind::Place => match self.place(cell) {
                Ok(id) => id,
                Err(message) => {
                    row.problems.push(CellProblem {
                        field: field.key,
                        message,
                        value: cell.to_string(),
                    });
                    return;
                }
            },
        };
        set(&mut row.form, field.key, value);
    }

    /// The code of `value` in `vocabulary`: the mapping's `[values]` first, then a code or a
    /// label in any language.
    fn code(&self, key: &str, vocabulary: &'static str, value: &str) -> Option<String> {
        let folded = fold(value);
        if let Some(values) = self.mapping.values.get(key) {
            if let Some((_, code)) = values.iter().find(|(v, _)| fold(v) == folded) {
                return Some(code.clone());
            }
        }
        self.terms.get(&(vocabulary, folded)).cloned()
    }

    /// The gazetteer id of a place written as a name in any script, a path ("Ili / Ghulja",
    /// "Ghulja, Ili"), or an id; a prefecture alone is a place whose county is unknown.
    fn place(&self, value: &str) -> Result<String, String> {
        let lang = self.lang;
        if let Some(id) = self
            .mapping
            .places
            .iter()
            .find(|(v, _)| fold(v) == fold(value))
        {
            return Ok(id.1.clone());
        }
        if self.vocab.location(value).is_some() {
            return Ok(value.to_string());
        }
        if let Some(found) = self.named(&fold(value)) {
            return self.one_place(&self.locations(found));
        }
        // A path: the most precise part that lies inside the others.
        let parts: Vec<String> = value
            .split([',', '/', '>', '，', '／', '、', '|'])
            .map(fold)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.len() > 1 {
            let named: Vec<Vec<&Location>> = parts
                .iter()
                .map(|p| self.locations(self.named(p).map_or(&[][..], Vec::as_slice)))
                .collect();
            let mut fits: Vec<&Location> = Vec::new();
            for (i, candidates) in named.iter().enumerate() {
                for place in candidates {
                    let inside_all = named.iter().enumerate().all(|(j, others)| {
                        i == j || others.iter().any(|o| self.is_within(place, o))
                    });
                    if inside_all && !fits.iter().any(|f| f.id == place.id) {
                        fits.push(place);
                    }
                }
            }
            if !fits.is_empty() {
                return self.one_place(&fits);
            }
        }
        Err(tr!(lang, "import-place-unknown"))
    }

    fn locations(&self, ids: &[String]) -> Vec<&Location> {
        ids.iter()
            .filter_map(|id| self.vocab.location(id))
            .collect()
    }

    fn one_place(&self, found: &[&Location]) -> Result<String, String> {
        let lang = self.lang;
        match found {
            [one] => Ok(one.id.clone()),
            _ => {
                let within: Vec<String> = found
                    .iter()
                    .map(|l| self.vocab.location_path_in(&l.id, lang))
                    .collect();
                Err(tr!(lang, "import-place-ambiguous", {
                    "places" => within.join("; ")
                }))
            }
        }
    }

    /// Whether `place` is `other` or lies inside it.
    fn is_within(&self, place: &Location, other: &Location) -> bool {
        let mut at = Some(place);
        while let Some(p) = at {
            if p.id == other.id {
                return true;
            }
            at = p
                .parent_id
                .as_deref()
                .and_then(|id| self.vocab.location(id));
        }
        false
    }
}

/// The words that say what kind of place a name is, in the gazetteer's five languages: a
/// spreadsheet often leaves them out ("Ili", "Или", "伊犁").
const PLACE_WORDS: &[&str] = &[
    "kazakh autonomous prefecture",
    "mongol autonomous prefecture",
    "kyrgyz autonomous prefecture",
    "hui autonomous prefecture",
    "autonomous prefecture",
    "autonomous county",
    "prefecture",
    "city",
    "county",
    "district",
    "region",
    "казахский автономный округ",
    "монгольский автономный округ",
    "киргизский автономный округ",
    "хуэйский автономный округ",
    "автономный округ",
    "автономный уезд",
    "округ",
    "уезд",
    "район",
    "город",
    "қазақ автономиялық облысы",
    "моңғол автономиялық облысы",
    "қырғыз автономиялық облысы",
    "автономиялық облысы",
    "облысы",
    "қаласы",
    "ауданы",
    "哈萨克自治州",
    "蒙古自治州",
    "柯尔克孜自治州",
    "回族自治州",
    "自治州",
    "自治县",
    "地区",
    "市",
    "县",
    "区",
    "قازاق ئاپتونوم ئوبلاستى",
    "ئاپتونوم ئوبلاستى",
    "ئوبلاستى",
    "شەھىرى",
    "ناھىيىسى",
    "ۋىلايىتى",
];

/// The shorter names a place's name `name` stands for: each of "A (B)" alone, and each without
/// the words that say what kind of place it is.
fn short_names(name: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let folded_whole = fold(name);
    if let Some((before, rest)) = name.split_once(['(', '（']) {
        parts.push(fold(before));
        parts.push(fold(rest.trim_end_matches([')', '）'])));
    }
    let mut out = Vec::new();
    for part in parts
        .iter()
        .cloned()
        .chain(std::iter::once(folded_whole.clone()))
    {
        if part.is_empty() {
            continue;
        }
        out.push(part.clone());
        for word in PLACE_WORDS {
            if let Some(stem) = part.strip_suffix(word) {
                let stem = stem.trim();
                if stem.chars().count() >= 2 {
                    out.push(stem.to_string());
                }
            }
        }
    }
    out.retain(|s| *s != folded_whole);
    out
}

/// Sets the intake form's field `key` to `value`.
fn set(form: &mut IntakeForm, key: &str, value: String) {
    let p = &mut form.person;
    let s = &mut form.source;
    let slot = match key {
        "name" => &mut p.name,
        "other_names" => &mut p.other_names,
        "aliases" => &mut p.aliases,
        "id_numbers" => &mut p.id_numbers,
        "birth_date" => &mut p.birth_date,
        "birth_year" => &mut p.birth_year,
        "gender" => &mut p.gender,
        "ethnicity" => &mut p.ethnicity,
        "residency" => &mut p.residency,
        "occupation" => &mut p.occupation,
        "address" => &mut p.address,
        "status" => &mut p.status,
        "verification" => &mut p.verification,
        "narrative" => &mut p.narrative,
        "last_contact_date" => &mut p.last_contact_date,
        "last_contact_location" => &mut p.last_contact_location,
        "last_contact_place_note" => &mut p.last_contact_place_note,
        "last_contact_summary" => &mut form.last_contact_summary,
        "disappearance_date" => &mut form.disappearance_date,
        "testifier_name" => &mut form.testifier_name,
        "testifier_contact" => &mut form.testifier_contact,
        "relationship" => &mut form.relationship,
        "consent" => &mut form.consent,
        "pressure_notes" => &mut form.pressure_notes,
        "facility_kind" => &mut form.facility_kind,
        "facility_name" => &mut form.facility_name,
        "detention_location" => &mut form.detention_location,
        "detention_place_note" => &mut form.detention_place_note,
        "detention_date" => &mut form.detention_date,
        "alleged_act" => &mut form.alleged_act,
        "legal_charge" => &mut form.legal_charge,
        "sentence" => &mut form.sentence,
        "court" => &mut form.court,
        "conviction_date" => &mut form.conviction_date,
        "learned_date" => &mut form.learned_date,
        "learned_how" => &mut form.learned_how,
        "confirmed_by" => &mut form.confirmed_by,
        "testimony_date" => &mut form.testimony_date,
        "testimony_medium" => &mut form.testimony_medium,
        "testimony_language" => &mut form.testimony_language,
        "testimony_duration" => &mut form.testimony_duration,
        "recording_location" => &mut form.recording_location,
        "transcript" => &mut form.transcript,
        "source_type" => &mut s.source_type,
        "source_title" => &mut s.source_title,
        "source_publisher" => &mut s.source_publisher,
        "source_author" => &mut s.source_author,
        "source_reference" => &mut s.source_reference,
        "source_date" => &mut s.source_date,
        "source_language" => &mut s.source_language,
        "source_reliability" => &mut s.source_reliability,
        "source_credibility" => &mut s.source_credibility,
        _ => return,
    };
    *slot = value;
}
