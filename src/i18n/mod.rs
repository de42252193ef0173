//! The interface's languages: Kazakh, Russian, Uyghur (right to left), Chinese and English.
//!
//! Every string a person reads is a Fluent message in `locales/<language>/*.ftl`, which a
//! translator edits without touching Rust; English is the fallback. Pages translate with
//! leptos-fluent's macros: `tr!("id")` or `tr!("id", {"name" => value})` inside a page (the
//! [`I18n`] context holds the request's language), and `tr!(lang, "id")` with a [`Lang`] anywhere
//! else (form errors, error pages, exports). `tests/translations.rs` fails when a language lacks a
//! message, when a message's variables differ between languages, or when code asks for a message
//! that does not exist.
//!
//! The server decides a request's language before anything is rendered (`server::http::language`):
//! the signed-in account's choice, else the `izde-lang` cookie, else the browser's
//! `Accept-Language`, else English. The URL never changes with the language.

pub mod dates;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
pub use leptos_fluent::{move_tr, tr, I18n, Language, WritingDirection};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

// Every language's messages, read from `locales/` into the binary at build time. Fluent's own
// isolation marks around each value are off: they would travel into form values, titles and
// files; pages isolate what people typed with `dir="auto"` instead (README, "Languages").
fluent_templates::static_loader! {
    pub static TRANSLATIONS = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The name of the cookie that keeps the language chosen before log-in.
pub const COOKIE: &str = "izde-lang";

/// One of the interface's languages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Kazakh, in Cyrillic script.
    Kk,
    /// Russian.
    Ru,
    /// Uyghur, in Arabic script: pages are right to left.
    Ug,
    /// Chinese, simplified characters.
    Zh,
}

static LANGUAGES: [&Language; 5] = [
    &Language {
        id: "en",
        name: "English",
        dir: &WritingDirection::Ltr,
        flag: None,
        script: None,
    },
    &Language {
        id: "kk",
        name: "Қазақша",
        dir: &WritingDirection::Ltr,
        flag: None,
        script: None,
    },
    &Language {
        id: "ru",
        name: "Русский",
        dir: &WritingDirection::Ltr,
        flag: None,
        script: None,
    },
    &Language {
        id: "ug",
        name: "ئۇيغۇرچە",
        dir: &WritingDirection::Rtl,
        flag: None,
        script: None,
    },
    &Language {
        id: "zh",
        name: "中文",
        dir: &WritingDirection::Ltr,
        flag: None,
        script: None,
    },
];

static IDENTIFIERS: LazyLock<[LanguageIdentifier; 5]> = LazyLock::new(|| {
    LANGUAGES.map(|language| {
        language
            .id
            .parse()
            .expect("the five language codes are valid identifiers")
    })
});

impl Lang {
    /// Every language, in the order the language switch lists them.
    pub const ALL: [Lang; 5] = [Lang::Kk, Lang::Ru, Lang::Ug, Lang::Zh, Lang::En];

    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::Kk => 1,
            Lang::Ru => 2,
            Lang::Ug => 3,
            Lang::Zh => 4,
        }
    }

    /// The BCP 47 code: `lang` attributes, the cookie, the account's setting.
    pub fn code(self) -> &'static str {
        LANGUAGES[self.index()].id
    }

    /// The language's name in itself ("Қазақша"), as the language switch shows it.
    pub fn name(self) -> &'static str {
        LANGUAGES[self.index()].name
    }

    /// `rtl` for Uyghur, `ltr` for the others.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ug => "rtl",
            _ => "ltr",
        }
    }

    /// The language with this code (exactly as [`Lang::code`] writes it), if Izde has it.
    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code.trim())
    }

    /// leptos-fluent's description of the language.
    pub fn language(self) -> &'static Language {
        LANGUAGES[self.index()]
    }

    /// The language identifier Fluent and ICU4X use.
    pub fn identifier(self) -> &'static LanguageIdentifier {
        &IDENTIFIERS[self.index()]
    }

    /// The message `id` in this language (English where it has none yet). For `tr!(lang, "id")`.
    pub fn tr(&self, id: &str) -> String {
        TRANSLATIONS.lookup(self.identifier(), id)
    }

    /// The message `id` with its variables. For `tr!(lang, "id", {"name" => value})`.
    pub fn tr_with_args(&self, id: &str, args: &HashMap<Cow<'static, str>, FluentValue>) -> String {
        TRANSLATIONS.lookup_with_args(self.identifier(), id, args)
    }

    /// The [`I18n`] context leptos-fluent's `tr!` reads inside a page, in this language.
    pub fn context(self) -> I18n {
        use leptos::prelude::{RwSignal, Signal};
        static LOADERS: [&LazyLock<fluent_templates::StaticLoader>; 1] = [&TRANSLATIONS];
        I18n::new(
            RwSignal::new(self.language()),
            &LANGUAGES,
            Signal::stored(LOADERS.to_vec()),
        )
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// The language of the page being rendered.
pub fn use_lang() -> Lang {
    current()
}

#[cfg(feature = "ssr")]
tokio::task_local! {
    static REQUEST: Lang;
}

/// Handles `work` (a request) in `lang`: [`current`] answers `lang` while it runs.
#[cfg(feature = "ssr")]
pub async fn scope<F: std::future::Future>(lang: Lang, work: F) -> F::Output {
    REQUEST.scope(lang, work).await
}

#[cfg(feature = "ssr")]
thread_local! {
    static THREAD: std::cell::Cell<Option<Lang>> = const { std::cell::Cell::new(None) };
}

/// Does `work` on this thread (a worker outside any request, e.g. an import's reader) with
/// [`current`] answering `lang`.
#[cfg(feature = "ssr")]
pub fn on_this_thread<R>(lang: Lang, work: impl FnOnce() -> R) -> R {
    let before = THREAD.replace(Some(lang));
    let out = work();
    THREAD.set(before);
    out
}

/// The language of what is being done now: the page being rendered, else the request being
/// handled (a form's errors are written before its page is rendered again), else the worker's
/// ([`on_this_thread`]), else English.
pub fn current() -> Lang {
    if let Some(lang) = leptos::prelude::use_context::<Lang>() {
        return lang;
    }
    #[cfg(feature = "ssr")]
    if let Ok(lang) = REQUEST.try_with(|lang| *lang) {
        return lang;
    }
    #[cfg(feature = "ssr")]
    if let Some(lang) = THREAD.get() {
        return lang;
    }
    Lang::default()
}

/// The language the server decided for the request being rendered (English outside a request,
/// and in the browser, where pages are not rendered).
pub fn of_this_request() -> Lang {
    #[cfg(feature = "ssr")]
    {
        leptos::prelude::use_context::<axum::http::request::Parts>()
            .and_then(|parts| parts.extensions.get::<Lang>().copied())
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Lang::default()
    }
}

/// Provides the page's language to everything rendered below: [`use_lang`] and leptos-fluent's
/// `tr!`/`move_tr!`.
pub fn provide(lang: Lang) {
    leptos::prelude::provide_context(lang);
    leptos::prelude::provide_context(lang.context());
}

/// The language a piece of text entered by a person is written in, where its script says so:
/// Arabic script is Uyghur, Chinese characters are Chinese, Cyrillic with letters only Kazakh has
/// (ә ғ қ ң ө ұ ү һ і) is Kazakh. `None` where the script does not tell (Latin, plain Cyrillic,
/// digits): the page's language is then assumed, and `dir="auto"` still sets the direction.
/// For the `lang` attribute of names and free text, so that screen readers and fonts choose right.
pub fn content_lang(text: &str) -> Option<&'static str> {
    for c in text.chars() {
        match c {
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => {
                return Some("ug")
            }
            '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{3000}'..='\u{303F}' => {
                return Some("zh")
            }
            'ә' | 'ғ' | 'қ' | 'ң' | 'ө' | 'ұ' | 'ү' | 'һ' | 'і' | 'Ә' | 'Ғ' | 'Қ' | 'Ң' | 'Ө'
            | 'Ұ' | 'Ү' | 'Һ' | 'І' => return Some("kk"),
            _ => {}
        }
    }
    None
}

#[cfg(feature = "ssr")]
mod negotiate {
    use super::Lang;

    /// The language a browser asks for first among Izde's (its `Accept-Language` header).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let requested = fluent_langneg::accepted_languages::parse(header);
        let available: Vec<_> = Lang::ALL.iter().map(|l| l.identifier().clone()).collect();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            None,
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Lang::ALL.into_iter().find(|l| l.identifier() == *id))
    }
}
#[cfg(feature = "ssr")]
pub use negotiate::from_accept_language;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_of_a_name_gives_its_language() {
        assert_eq!(content_lang("ئابدۇرېھىم ھېيت"), Some("ug"));
        assert_eq!(content_lang("阿布都热依木"), Some("zh"));
        assert_eq!(content_lang("Әйгерім Сейітқали"), Some("kk"));
        assert_eq!(content_lang("Ivan Petrov"), None);
        assert_eq!(content_lang("Иван Петров"), None);
        assert_eq!(content_lang("ＡＢＣ"), None);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::Ug.dir(), "rtl");
        assert_eq!(Lang::Kk.dir(), "ltr");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn accept_language_picks_the_first_language_izde_has() {
        assert_eq!(
            from_accept_language("kk-KZ,kk;q=0.9,ru;q=0.8"),
            Some(Lang::Kk)
        );
        assert_eq!(
            from_accept_language("fr-FR,ru;q=0.7,en;q=0.5"),
            Some(Lang::Ru)
        );
        assert_eq!(from_accept_language("zh-CN,zh;q=0.9"), Some(Lang::Zh));
        assert_eq!(from_accept_language("ug-CN"), Some(Lang::Ug));
        assert_eq!(from_accept_language("de, fr"), None);
        assert_eq!(from_accept_language(""), None);
    }

    #[test]
    fn a_message_reads_in_each_language() {
        let english = Lang::En;
        let en = tr!(english, "nav-cases");
        assert_eq!(en, "Cases");
        for lang in [Lang::Kk, Lang::Ru, Lang::Ug, Lang::Zh] {
            assert_ne!(
                tr!(lang, "nav-cases"),
                en,
                "{lang} has its own word for Cases"
            );
        }
    }
}
