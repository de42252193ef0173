//! A printable document — a UN submission pack, a case dossier — as plain data: a title and
//! sections of labelled values, lists and tables. The server draws it twice from the same value:
//! as a PDF (`server::pdf`, through `templates/document.typ`) and as a printable page. Values are
//! data handed to the template, never spliced into its markup, so nothing typed into a record can
//! change the document's layout.

use super::sensitive::Sensitive;
use serde::{Deserialize, Serialize};

/// A whole document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The document's title ("Communication to the WGEID"), also the PDF's title.
    pub title: String,
    /// A line under the title (the case's pseudonym, the template).
    pub subtitle: String,
    /// A boxed notice above the first section ("Confidential …").
    pub notice: Option<String>,
    pub sections: Vec<Section>,
    /// The small print at the foot of every page ("Prepared with Izde on 2026-12-07").
    pub footer: String,
}

/// A numbered section with its heading.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub heading: String,
    pub blocks: Vec<Block>,
}

/// One piece of a section.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// A label and its values (several: a name in several scripts); an empty list reads "Not
    /// recorded".
    Field { label: String, values: Vec<Text> },
    /// A paragraph of text.
    Paragraph { text: Text },
    /// Entries one under the other, each with a line of detail under it.
    List { entries: Vec<Entry> },
    /// A table with a header row.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<Text>>,
    },
}

/// A list entry: its first line, and details under it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    pub title: Text,
    pub details: Vec<Text>,
}

/// A piece of text, with the language it is written in when that is not English (so that a
/// Uyghur name is set right to left in an Arabic-script font and a Chinese one with Chinese
/// glyphs). May hold a name: `Debug` never prints it.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Text {
    pub text: Sensitive,
    /// A BCP 47 language code ("ug", "zh", "kk", "ru"); none for English or unknown.
    pub lang: Option<String>,
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Text").field("lang", &self.lang).finish()
    }
}

impl Text {
    /// Text in English (or in a language not told).
    pub fn plain(text: impl Into<String>) -> Text {
        Text {
            text: Sensitive::new(text),
            lang: None,
        }
    }

    /// Text in the language its script tells (Arabic script Uyghur, Chinese characters Chinese,
    /// Kazakh letters Kazakh: [`crate::i18n::content_lang`]).
    pub fn guessed(text: impl Into<String>) -> Text {
        let text = text.into();
        let lang = crate::i18n::content_lang(&text).map(str::to_string);
        Text {
            text: Sensitive::new(text),
            lang,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_never_debug_prints_its_words() {
        let t = Text::guessed("Серік Жұмабекұлы");
        assert!(!format!("{t:?}").contains("Серік"));
    }
}
