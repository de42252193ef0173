//! The register's pages: plain HTML files, one folder per language, that work from a web server or
//! straight from the disk (`file://`). No third-party resource: one style sheet and one small
//! script of Izde's own (the search, over an index written as a script so that a page opened from
//! the disk can load it). Without the script every entry is still listed and browsable.

use super::PublicEntry;
use crate::components::chart::BarChart;
use crate::domain::stats::{Bar, Chart, Count};
use crate::domain::vocab::Vocabularies;
use crate::i18n::{tr, Lang};
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The register's style: screen and print, left-to-right and right-to-left.
const CSS: &str = r#":root { color-scheme: light; --ink: #1d2327; --muted: #4f5b63; --line: #c9d1d6; --accent: #0b5c8a; --paper: #fff; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Naskh Arabic", "Noto Sans CJK SC", sans-serif; color: var(--ink); margin: 0; line-height: 1.5; background: #f6f8f9; }
header.site { background: #12324a; color: #fff; padding: .75rem 1rem; }
header.site a { color: #fff; }
header.site .brand { font-weight: 700; font-size: 1.2rem; text-decoration: none; }
header.site nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin-top: .35rem; }
header.site .languages { float: inline-end; display: flex; gap: .6rem; font-size: .9rem; }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; background: var(--paper); }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.2rem; margin-top: 1.75rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
a { color: var(--accent); }
.lede, .hint { color: var(--muted); }
.names { list-style: none; padding: 0; margin: .25rem 0 1rem; font-size: 1.15rem; }
.names li { display: inline-block; margin-inline-end: 1.25rem; }
.badges { display: flex; flex-wrap: wrap; gap: .5rem; margin: .5rem 0 1rem; }
.badge { border: 1px solid var(--line); border-radius: 1rem; padding: .1rem .7rem; font-size: .9rem; background: #eef3f6; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: start; vertical-align: top; }
ol.timeline { padding-inline-start: 1.25rem; }
ol.timeline li { margin-bottom: .4rem; }
.sources-cited { color: var(--muted); font-size: .9rem; }
form.search { margin: 1rem 0; display: flex; gap: .5rem; }
form.search input { flex: 1; font-size: 1rem; padding: .4rem .6rem; border: 1px solid var(--muted); border-radius: .25rem; }
form.search button { font-size: 1rem; padding: .4rem .9rem; }
.groups { columns: 2 16rem; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(28rem, 1fr)); gap: 1rem; }
figure.chart { margin: 0; border: 1px solid var(--line); padding: .75rem 1rem; }
figure.chart figcaption { font-weight: 700; }
.chart-data table { width: auto; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { max-width: 60rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .85rem; }
@media print { header.site nav, header.site .languages, form.search { display: none; } body { background: #fff; } }
"#;

/// The search: folds the query as the index was folded (compatibility decomposition, no marks,
/// lower case) and lists the entries that hold every word of it.
const SEARCH_JS: &str = r#"(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var box = document.getElementById("search");
  var out = document.getElementById("search-results");
  var all = document.getElementById("all-entries");
  var index = window.IZDE_REGISTER;
  if (!form || !box || !out || !index) { return; }
  form.hidden = false;
  function fold(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f\u064b-\u065f\u0670]/g, "").toLowerCase();
  }
  function run() {
    var words = fold(box.value).split(/[\s,.;:·]+/).filter(Boolean);
    while (out.firstChild) { out.removeChild(out.firstChild); }
    if (words.length === 0) { out.hidden = true; if (all) { all.hidden = false; } return; }
    var hits = index.filter(function (entry) {
      return words.every(function (w) { return entry.t.indexOf(w) >= 0; });
    });
    var said = document.createElement("p");
    said.className = "hint";
    said.setAttribute("role", "status");
    said.textContent = hits.length === 0 ? form.dataset.none : form.dataset.found.replace("%n", String(hits.length));
    out.appendChild(said);
    var list = document.createElement("ul");
    hits.forEach(function (entry) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = entry.u;
      link.textContent = entry.n;
      link.setAttribute("dir", "auto");
      item.appendChild(link);
      item.appendChild(document.createTextNode(" — " + entry.s));
      list.appendChild(item);
    });
    out.appendChild(list);
    out.hidden = false;
    if (all) { all.hidden = true; }
  }
  box.addEventListener("input", run);
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  if (box.value) { run(); }
})();
"#;

/// The whole site, from the entries of each language.
pub struct Site {
    langs: Vec<(Lang, Vec<PublicEntry>)>,
    /// The statuses in the vocabulary's order (for the lists and charts).
    status_order: Vec<String>,
}

/// A page's file name part from a code or gazetteer id: letters, digits, `-` and `_` only.
fn slug(code: &str) -> String {
    code.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// The entry id of an entry page's path (`en/entries/IZ-….html`).
pub fn entry_of_path(path: &str) -> Option<&str> {
    let (_, rest) = path.split_once("/entries/")?;
    rest.strip_suffix(".html")
}

/// The day of a stored timestamp ("2026-12-07T…"), in `lang`.
pub fn day_of(lang: Lang, stamp: &str) -> String {
    use chrono::Datelike;
    match chrono::NaiveDate::parse_from_str(stamp.get(..10).unwrap_or(stamp), "%Y-%m-%d") {
        Ok(d) => crate::i18n::dates::day(lang, d.year(), d.month(), d.day()),
        Err(_) => stamp.to_string(),
    }
}

/// Text folded for the search (as the script folds the query).
fn fold(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfkd()
        .filter(|c| !matches!(*c as u32, 0x300..=0x36f | 0x64b..=0x65f | 0x670))
        .flat_map(char::to_lowercase)
        .collect()
}

/// What a group page lists: entries by status, prefecture or charge.
#[derive(Clone, Copy)]
enum Group {
    Status,
    Prefecture,
    Charge,
}

impl Group {
    const ALL: [Group; 3] = [Group::Status, Group::Prefecture, Group::Charge];

    fn dir(self) -> &'static str {
        match self {
            Group::Status => "status",
            Group::Prefecture => "prefecture",
            Group::Charge => "charge",
        }
    }

    fn heading(self, lang: Lang) -> String {
        match self {
            Group::Status => tr!(lang, "register-by-status"),
            Group::Prefecture => tr!(lang, "register-by-prefecture"),
            Group::Charge => tr!(lang, "register-by-charge"),
        }
    }

    /// (code, label) of each group the entry is in.
    fn of(self, e: &PublicEntry) -> Vec<(String, String)> {
        match self {
            Group::Status => vec![(e.status.code.clone(), e.status.label.clone())],
            Group::Prefecture => e
                .prefecture
                .iter()
                .map(|p| (p.code.clone(), p.label.clone()))
                .collect(),
            Group::Charge => e
                .charges
                .iter()
                .map(|c| (c.code.clone(), c.label.clone()))
                .collect(),
        }
    }
}

/// The page's frame: the header with the site's links and the languages, the page, the footer.
fn frame(
    lang: Lang,
    root: &str,
    path_in_lang: &str,
    title: &str,
    body: String,
    script: bool,
) -> String {
    let languages: String = Lang::ALL
        .iter()
        .map(|l| {
            format!(
                "<a href=\"{root}{}/{path_in_lang}\" hreflang=\"{}\" lang=\"{}\"{}>{}</a>",
                l.code(),
                l.code(),
                l.code(),
                if *l == lang {
                    " aria-current=\"page\""
                } else {
                    ""
                },
                attr(l.name())
            )
        })
        .collect();
    let alternates: String = Lang::ALL
        .iter()
        .map(|l| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{c}\" href=\"{root}{c}/{path_in_lang}\">\n",
                c = l.code()
            )
        })
        .collect();
    let here = format!("{root}{}/", lang.code());
    let nav = [
        ("index.html", tr!(lang, "register-nav-entries")),
        ("browse.html", tr!(lang, "register-nav-browse")),
        ("stats.html", tr!(lang, "register-nav-stats")),
        ("about.html", tr!(lang, "register-nav-about")),
    ]
    .iter()
    .map(|(file, label)| format!("<a href=\"{here}{file}\">{}</a>", attr(label)))
    .collect::<String>();
    let scripts = if script {
        format!(
            "<script src=\"{here}search-index.js\"></script>\n<script src=\"{root}assets/search.js\"></script>\n"
        )
    } else {
        String::new()
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{title} — {site}</title>\n{alternates}<link rel=\"stylesheet\" href=\"{root}assets/register.css\">\n</head>\n<body>\n\
         <header class=\"site\"><div class=\"languages\">{languages}</div>\
         <a class=\"brand\" href=\"{here}index.html\">{site}</a><nav>{nav}</nav></header>\n\
         <main>\n{body}\n</main>\n<footer>{footer}</footer>\n{scripts}</body>\n</html>\n",
        code = lang.code(),
        dir = lang.dir(),
        title = attr(title),
        site = attr(&tr!(lang, "register-site-name")),
        footer = attr(&tr!(lang, "register-footer")),
    )
}

/// Renders a view in `lang` (what its components read their words from).
fn render<V: IntoView + 'static>(lang: Lang, view: impl FnOnce() -> V) -> String {
    let owner = Owner::new();
    owner.with(move || {
        crate::i18n::provide(lang);
        view().into_view().to_html()
    })
}

/// The table listing entries, linking each from a page `prefix` away from the language's folder.
fn entry_table(
    lang: Lang,
    prefix: &str,
    entries: &[&PublicEntry],
    id: Option<&'static str>,
) -> String {
    let prefix = prefix.to_string();
    let rows: Vec<(String, String, String, String, String)> = entries
        .iter()
        .map(|e| {
            (
                format!("{prefix}entries/{}.html", e.id),
                e.title(),
                e.status.label.clone(),
                e.prefecture
                    .as_ref()
                    .map(|p| p.label.clone())
                    .unwrap_or_default(),
                e.detained.map(|y| y.to_string()).unwrap_or_default(),
            )
        })
        .collect();
    render(lang, move || {
        let body = rows
            .into_iter()
            .map(|(href, title, status, place, year)| {
                view! {
                    <tr>
                        <td><a href=href dir="auto">{title}</a></td>
                        <td>{status}</td>
                        <td>{place}</td>
                        <td>{year}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table id=id>
                <thead><tr>
                    <th scope="col">{tr!(lang, "register-col-entry")}</th>
                    <th scope="col">{tr!(lang, "register-col-status")}</th>
                    <th scope="col">{tr!(lang, "register-col-prefecture")}</th>
                    <th scope="col">{tr!(lang, "register-col-detained")}</th>
                </tr></thead>
                <tbody>{body}</tbody>
            </table>
        }
    })
}

/// An entry's content (without the page's frame): what the review page shows beside the record,
/// and what the entry's page holds.
pub fn entry_fragment(lang: Lang, e: &PublicEntry) -> String {
    let e = e.clone();
    render(lang, move || {
        let title = match e.names.is_empty() {
            true => tr!(lang, "register-entry-anonymized-title", {"id" => e.id.clone()}),
            false => e.title(),
        };
        let names = (e.names.len() > 1).then(|| {
            let items = e
                .names
                .iter()
                .skip(1)
                .map(|n| view! { <li dir="auto">{n.clone()}</li> })
                .collect_view();
            view! { <ul class="names" aria-label=tr!(lang, "register-names")>{items}</ul> }
        });
        let kind = match e.names.is_empty() {
            true => tr!(lang, "register-entry-anonymized"),
            false => tr!(lang, "register-entry-named"),
        };
        let facts = e
            .facts
            .iter()
            .map(|(k, v)| view! { <dt>{k.clone()}</dt><dd>{v.clone()}</dd> })
            .collect_view();
        let clock = match e.clock.is_empty() {
            true => None,
            false => {
                let lines = e
                    .clock
                    .iter()
                    .map(|l| view! { <li>{l.clone()}</li> })
                    .collect_view();
                Some(view! {
                    <section id="clock">
                        <h2>{tr!(lang, "register-clock")}</h2>
                        <ul>{lines}</ul>
                    </section>
                })
            }
        };
        let cite = |numbers: &[usize]| -> String {
            numbers
                .iter()
                .map(|n| format!("[{n}]"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let detentions = e
            .detentions
            .iter()
            .map(|rows| {
                let rows = rows
                    .iter()
                    .map(|(k, v)| view! { <dt>{k.clone()}</dt><dd dir="auto">{v.clone()}</dd> })
                    .collect_view();
                view! { <dl class="facts detention">{rows}</dl> }
            })
            .collect_view();
        let events = e
            .events
            .iter()
            .map(|ev| {
                let place = ev.place.clone().map(|p| format!(" — {p}")).unwrap_or_default();
                let cited = (!ev.sources.is_empty())
                    .then(|| view! { <span class="sources-cited">{format!(" {}", cite(&ev.sources))}</span> });
                view! { <li><strong>{ev.date.clone()}</strong>{format!(" — {}{place}", ev.kind)}{cited}</li> }
            })
            .collect_view();
        let claims = e
            .claims
            .iter()
            .map(|c| {
                let unpublished = (c.unpublished > 0).then(|| {
                    tr!(lang, "register-claim-unpublished", {"count" => c.unpublished})
                });
                view! {
                    <tr>
                        <td dir="auto">{c.statement.clone()}</td>
                        <td>{c.level.clone()}</td>
                        <td>{cite(&c.supports)}{unpublished.map(|u| view! { <div class="hint">{u}</div> })}</td>
                        <td>{cite(&c.disputes)}</td>
                    </tr>
                }
            })
            .collect_view();
        let sources = e
            .sources
            .iter()
            .map(|s| {
                let title = s.title.clone().unwrap_or_else(|| s.kind.clone());
                let title = match &s.link {
                    Some(href) => view! { <a href=href.clone() rel="noopener noreferrer" dir="auto">{title}</a> }.into_any(),
                    None => view! { <span dir="auto">{title}</span> }.into_any(),
                };
                let details = [
                    Some(s.kind.clone()),
                    s.publisher.clone(),
                    s.date.clone(),
                    Some(s.grading.clone()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
                let archive = s.archive.clone().map(|a| view! { <div class="hint">{a}</div> });
                view! {
                    <li id=format!("source-{}", s.number) value=s.number.to_string()>
                        {title}<div class="hint" dir="auto">{details}</div>{archive}
                    </li>
                }
            })
            .collect_view();
        let no_sources = e
            .sources
            .is_empty()
            .then(|| view! { <p class="hint">{tr!(lang, "register-no-sources")}</p> });
        view! {
            <article class="entry" data-entry=e.id.clone()>
                <h1 dir="auto">{title}</h1>
                {names}
                <div class="badges">
                    <span class="badge status">{e.status.label.clone()}</span>
                    <span class="badge">{tr!(lang, "register-verification", {"level" => e.verification.clone()})}</span>
                    <span class="badge">{kind}</span>
                    <span class="badge">{e.id.clone()}</span>
                </div>
                <dl class="facts">{facts}</dl>
                {clock}
                <section id="detentions">
                    <h2>{tr!(lang, "register-detentions")}</h2>
                    {detentions}
                </section>
                <section id="timeline">
                    <h2>{tr!(lang, "register-timeline")}</h2>
                    <ol class="timeline">{events}</ol>
                </section>
                <section id="claims">
                    <h2>{tr!(lang, "register-claims")}</h2>
                    <table>
                        <thead><tr>
                            <th scope="col">{tr!(lang, "register-col-claim")}</th>
                            <th scope="col">{tr!(lang, "register-col-level")}</th>
                            <th scope="col">{tr!(lang, "register-col-supported")}</th>
                            <th scope="col">{tr!(lang, "register-col-disputed")}</th>
                        </tr></thead>
                        <tbody>{claims}</tbody>
                    </table>
                </section>
                <section id="sources">
                    <h2>{tr!(lang, "register-sources")}</h2>
                    <ol>{sources}</ol>
                    {no_sources}
                </section>
            </article>
        }
    })
}

impl Site {
    pub fn new(vocab: &Vocabularies, langs: Vec<(Lang, Vec<PublicEntry>)>) -> Site {
        Site {
            langs,
            status_order: vocab
                .terms(crate::domain::vocab::names::CASE_STATUS)
                .iter()
                .map(|t| t.code.clone())
                .collect(),
        }
    }

    /// Every file of the site: path (with `/`) and bytes.
    pub fn files(&self) -> Vec<(String, Vec<u8>)> {
        let mut files = vec![
            ("assets/register.css".to_string(), CSS.as_bytes().to_vec()),
            (
                "assets/search.js".to_string(),
                SEARCH_JS.as_bytes().to_vec(),
            ),
            ("index.html".to_string(), self.chooser().into_bytes()),
        ];
        for (lang, entries) in &self.langs {
            self.language(*lang, entries, &mut files);
        }
        files
    }

    /// The site's front door: the five languages, each in its own words.
    fn chooser(&self) -> String {
        let links: String = Lang::ALL
            .iter()
            .map(|&l| {
                format!(
                    "<li lang=\"{c}\" dir=\"{d}\"><a href=\"{c}/index.html\" hreflang=\"{c}\">{}</a> — {}</li>\n",
                    l.name(),
                    tr!(l, "register-site-name"),
                    c = l.code(),
                    d = l.dir(),
                )
            })
            .collect();
        format!(
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"referrer\" content=\"no-referrer\">\n<title>Izde</title>\n\
             <link rel=\"stylesheet\" href=\"assets/register.css\">\n</head>\n<body>\n<main>\n\
             <h1>Izde</h1>\n<ul class=\"languages-list\">\n{links}</ul>\n</main>\n</body>\n</html>\n"
        )
    }

    fn language(&self, lang: Lang, entries: &[PublicEntry], files: &mut Vec<(String, Vec<u8>)>) {
        let code = lang.code();
        let all: Vec<&PublicEntry> = entries.iter().collect();
        let mut add = |path: String, html: String| files.push((path, html.into_bytes()));

        // The front page: the search and every entry.
        let search = format!(
            "<form id=\"search-form\" class=\"search\" role=\"search\" hidden data-found=\"{}\" data-none=\"{}\">\
             <label for=\"search\" class=\"visually-hidden\">{}</label>\
             <input id=\"search\" type=\"search\" autocomplete=\"off\" placeholder=\"{}\">\
             <button type=\"submit\">{}</button></form><div id=\"search-results\" hidden></div>",
            attr(&tr!(lang, "register-search-found")),
            attr(&tr!(lang, "register-search-none")),
            attr(&tr!(lang, "register-search-label")),
            attr(&tr!(lang, "register-search-placeholder")),
            attr(&tr!(lang, "register-search-button")),
        );
        let intro = render(lang, move || {
            view! {
                <h1>{tr!(lang, "register-site-name")}</h1>
                <p class="lede">{tr!(lang, "register-intro", {"count" => all.len()})}</p>
            }
        });
        let all: Vec<&PublicEntry> = entries.iter().collect();
        let table = entry_table(lang, "", &all, Some("all-entries"));
        add(
            format!("{code}/index.html"),
            frame(
                lang,
                "../",
                "index.html",
                &tr!(lang, "register-nav-entries"),
                format!("{intro}{search}{table}"),
                true,
            ),
        );

        // The search index.
        let index: Vec<serde_json::Value> = entries
            .iter()
            .map(|e| {
                let mut text = vec![e.id.clone(), e.status.label.clone()];
                text.extend(e.names.iter().cloned());
                text.extend(e.prefecture.iter().map(|p| p.label.clone()));
                text.extend(e.charges.iter().map(|c| c.label.clone()));
                text.extend(e.detained.map(|y| y.to_string()));
                let summary = [
                    Some(e.status.label.clone()),
                    e.prefecture.as_ref().map(|p| p.label.clone()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" · ");
                serde_json::json!({
                    "u": format!("entries/{}.html", e.id),
                    "n": e.title(),
                    "s": summary,
                    "t": fold(&text.join(" ")),
                })
            })
            .collect();
        let index = serde_json::to_string(&index).unwrap_or_else(|_| "[]".into());
        // `</` cannot end the script early: JSON allows `<\/`.
        add(
            format!("{code}/search-index.js"),
            format!("window.IZDE_REGISTER = {};\n", index.replace("</", "<\\/")),
        );

        // Each entry.
        for e in entries {
            let body = entry_fragment(lang, e);
            let title = match e.names.first() {
                Some(n) => n.clone(),
                None => e.id.clone(),
            };
            add(
                format!("{code}/entries/{}.html", e.id),
                frame(
                    lang,
                    "../../",
                    &format!("entries/{}.html", e.id),
                    &title,
                    body,
                    false,
                ),
            );
        }

        // The groups: a page for each status, prefecture and charge, and the page that lists them.
        let mut browse = String::new();
        for group in Group::ALL {
            let mut members: BTreeMap<String, (String, Vec<&PublicEntry>)> = BTreeMap::new();
            for e in entries {
                for (code, label) in group.of(e) {
                    members
                        .entry(code)
                        .or_insert_with(|| (label, Vec::new()))
                        .1
                        .push(e);
                }
            }
            let mut groups: Vec<(String, String, Vec<&PublicEntry>)> =
                members.into_iter().map(|(c, (l, v))| (c, l, v)).collect();
            match group {
                Group::Status => groups.sort_by_key(|(c, _, _)| {
                    self.status_order
                        .iter()
                        .position(|s| s == c)
                        .unwrap_or(usize::MAX)
                }),
                _ => groups.sort_by(|a, b| b.2.len().cmp(&a.2.len()).then(a.1.cmp(&b.1))),
            }
            let items: String = groups
                .iter()
                .map(|(c, l, v)| {
                    format!(
                        "<li><a href=\"{}/{}.html\">{}</a> ({})</li>",
                        group.dir(),
                        slug(c),
                        esc(l),
                        v.len()
                    )
                })
                .collect();
            browse.push_str(&format!(
                "<section id=\"by-{}\"><h2>{}</h2><ul class=\"groups\">{items}</ul></section>",
                group.dir(),
                esc(&group.heading(lang))
            ));
            for (c, l, v) in &groups {
                let body = format!(
                    "<h1>{}</h1><p class=\"lede\">{}</p>{}",
                    esc(l),
                    esc(&tr!(lang, "register-group-count", {"count" => v.len()})),
                    entry_table(lang, "../", v, None)
                );
                let path = format!("{}/{}.html", group.dir(), slug(c));
                add(
                    format!("{code}/{path}"),
                    frame(lang, "../../", &path, l, body, false),
                );
            }
        }
        add(
            format!("{code}/browse.html"),
            frame(
                lang,
                "../",
                "browse.html",
                &tr!(lang, "register-nav-browse"),
                format!(
                    "<h1>{}</h1>{browse}",
                    esc(&tr!(lang, "register-nav-browse"))
                ),
                false,
            ),
        );

        // The statistics.
        let charts = self.charts(lang, entries);
        let stats = render(lang, move || {
            let charts = charts
                .into_iter()
                .map(|chart| view! { <BarChart chart/> })
                .collect_view();
            view! {
                <h1>{tr!(lang, "register-nav-stats")}</h1>
                <p class="lede">{tr!(lang, "register-stats-lede")}</p>
                <div class="charts">{charts}</div>
            }
        });
        add(
            format!("{code}/stats.html"),
            frame(
                lang,
                "../",
                "stats.html",
                &tr!(lang, "register-nav-stats"),
                stats,
                false,
            ),
        );

        // How the register is made.
        let about = render(lang, move || {
            view! {
                <h1>{tr!(lang, "register-nav-about")}</h1>
                <p>{tr!(lang, "register-about-consent")}</p>
                <p>{tr!(lang, "register-about-anonymized")}</p>
                <p>{tr!(lang, "register-about-levels")}</p>
                <p>{tr!(lang, "register-about-manifest")}</p>
            }
        });
        add(
            format!("{code}/about.html"),
            frame(
                lang,
                "../",
                "about.html",
                &tr!(lang, "register-nav-about"),
                about,
                false,
            ),
        );
    }

    fn charts(&self, lang: Lang, entries: &[PublicEntry]) -> Vec<Chart> {
        let unit = tr!(lang, "register-chart-unit");
        let chart = |id: &str, title: String, counts: Vec<(String, u64)>| Chart {
            id: id.into(),
            title,
            unit: unit.clone(),
            bars: counts
                .into_iter()
                .map(|(label, n)| Bar {
                    label,
                    count: Count::Exact(n),
                })
                .collect(),
        };
        let tally = |keys: &mut dyn Iterator<Item = (String, String)>| {
            let mut map: BTreeMap<String, (String, u64)> = BTreeMap::new();
            for (code, label) in keys {
                map.entry(code).or_insert((label, 0)).1 += 1;
            }
            map
        };
        let statuses = tally(
            &mut entries
                .iter()
                .map(|e| (e.status.code.clone(), e.status.label.clone())),
        );
        let mut status: Vec<(String, String, u64)> =
            statuses.into_iter().map(|(c, (l, n))| (c, l, n)).collect();
        status.sort_by_key(|(c, _, _)| {
            self.status_order
                .iter()
                .position(|s| s == c)
                .unwrap_or(usize::MAX)
        });
        let by_count = |map: BTreeMap<String, (String, u64)>| {
            let mut v: Vec<(String, u64)> = map.into_values().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v
        };
        let prefectures = by_count(tally(&mut entries.iter().flat_map(|e| {
            e.prefecture
                .iter()
                .map(|p| (p.code.clone(), p.label.clone()))
        })));
        let charges =
            by_count(tally(&mut entries.iter().flat_map(|e| {
                e.charges.iter().map(|c| (c.code.clone(), c.label.clone()))
            })));
        let mut years: BTreeMap<i32, u64> = BTreeMap::new();
        for y in entries.iter().filter_map(|e| e.detained) {
            *years.entry(y).or_default() += 1;
        }
        vec![
            chart(
                "status",
                tr!(lang, "register-by-status"),
                status.into_iter().map(|(_, l, n)| (l, n)).collect(),
            ),
            chart(
                "prefecture",
                tr!(lang, "register-by-prefecture"),
                prefectures,
            ),
            chart("charge", tr!(lang, "register-by-charge"), charges),
            chart(
                "detained",
                tr!(lang, "register-by-year"),
                years.into_iter().map(|(y, n)| (y.to_string(), n)).collect(),
            ),
        ]
    }
}

fn esc(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn attr(t: &str) -> String {
    esc(t).replace('"', "&quot;")
}
