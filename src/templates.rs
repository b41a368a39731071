//! Message templates, kept as data in `messages/` so a school can reword
//! them without a rebuild.
//!
//! One TOML file per language (`en.toml`, `pl.toml` …), one table per
//! message kind with a `text` and, for email, a `subject`. Placeholders are
//! written `{name}`; `{{` and `}}` are literal braces. A contact whose
//! language has no template for a kind gets the English one.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};

/// The language every other falls back to; its file must exist.
pub const FALLBACK_LANGUAGE: &str = "en";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    pub subject: Option<String>,
    pub text: String,
    /// Who reads it; said in the English file, which decides for every
    /// language.
    #[serde(default)]
    pub audience: Readership,
}

/// Who reads a kind of message. What families read must exist in every
/// language the school writes in; staff read English.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Readership {
    #[default]
    Staff,
    Family,
}

/// A template filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: Option<String>,
    pub text: String,
}

#[derive(Debug, Clone, Default)]
pub struct Templates {
    /// language → kind → template
    by_language: HashMap<String, BTreeMap<String, Template>>,
}

impl Templates {
    /// Reads every `*.toml` in a folder; each file's stem is its language.
    pub fn load(dir: &Path) -> Result<Templates> {
        let mut templates = Templates::default();
        let entries = std::fs::read_dir(dir)
            .map_err(|e| Error::io(format!("reading templates in {}", dir.display()), e))?;
        for entry in entries {
            let path = entry
                .map_err(|e| Error::io(format!("reading {}", dir.display()), e))?
                .path();
            if path.extension().is_none_or(|e| e != "toml") {
                continue;
            }
            let language = path
                .file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string();
            let text = std::fs::read_to_string(&path)
                .map_err(|e| Error::io(format!("reading {}", path.display()), e))?;
            templates.add_language(&language, &text, &path)?;
        }
        if !templates.by_language.contains_key(FALLBACK_LANGUAGE) {
            return Err(Error::Config {
                path: dir.join(format!("{FALLBACK_LANGUAGE}.toml")),
                line: None,
                message: "the English templates are required".into(),
            });
        }
        templates.check_family_kinds(dir)?;
        Ok(templates)
    }

    /// Every language must say everything families read: a family must
    /// never get half their messages in a language they may not read.
    fn check_family_kinds(&self, dir: &Path) -> Result<()> {
        let family: Vec<&String> = self.by_language[FALLBACK_LANGUAGE]
            .iter()
            .filter(|(_, t)| t.audience == Readership::Family)
            .map(|(kind, _)| kind)
            .collect();
        let mut languages: Vec<&String> = self.by_language.keys().collect();
        languages.sort();
        for language in languages {
            let kinds = &self.by_language[language];
            let error = |message: String| Error::Config {
                path: dir.join(format!("{language}.toml")),
                line: None,
                message,
            };
            let missing: Vec<&str> = family
                .iter()
                .filter(|kind| !kinds.contains_key(kind.as_str()))
                .map(|kind| kind.as_str())
                .collect();
            if !missing.is_empty() {
                return Err(error(format!(
                    "families reading {language} would get these in English: {}; translate them",
                    missing.join(", ")
                )));
            }
            // A translation says what the English says: the same values.
            for kind in &family {
                let english = slots(&self.by_language[FALLBACK_LANGUAGE][kind.as_str()]);
                let translated = slots(&kinds[kind.as_str()]);
                if english != translated {
                    return Err(error(format!(
                        "[{kind}] uses {{{}}} where the English uses {{{}}}",
                        translated.into_iter().collect::<Vec<_>>().join("}, {"),
                        english.into_iter().collect::<Vec<_>>().join("}, {"),
                    )));
                }
            }
        }
        Ok(())
    }

    /// Adds one language's templates from TOML text; `path` is for errors.
    pub fn add_language(&mut self, language: &str, text: &str, path: &Path) -> Result<()> {
        let kinds: BTreeMap<String, Template> =
            toml::from_str(text).map_err(|e| Error::Config {
                path: path.to_path_buf(),
                line: e.span().map(|s| text[..s.start].matches('\n').count() + 1),
                message: e.message().to_string(),
            })?;
        for (kind, template) in &kinds {
            for part in std::iter::once(&template.text).chain(&template.subject) {
                placeholders(part).map_err(|message| Error::Config {
                    path: path.to_path_buf(),
                    line: None,
                    message: format!("[{kind}]: {message}"),
                })?;
            }
        }
        self.by_language.insert(language.to_string(), kinds);
        Ok(())
    }

    /// Whether a kind has an English template (every kind must).
    pub fn has(&self, kind: &str) -> bool {
        self.template(kind, FALLBACK_LANGUAGE).is_some()
    }

    /// Every kind with an English template, in order.
    pub fn kinds(&self) -> Vec<String> {
        self.by_language
            .get(FALLBACK_LANGUAGE)
            .map(|kinds| kinds.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// Fills in a template, in `language` where one exists. Every
    /// placeholder must have a value.
    pub fn render(&self, kind: &str, language: &str, values: &[(&str, &str)]) -> Result<Rendered> {
        let template = self.template(kind, language).ok_or_else(|| Error::Config {
            path: format!("messages/{FALLBACK_LANGUAGE}.toml").into(),
            line: None,
            message: format!("no template for `{kind}`"),
        })?;
        let fill = |text: &str| {
            fill(text, values).map_err(|message| Error::Config {
                path: format!("messages/{language}.toml").into(),
                line: None,
                message: format!("[{kind}]: {message}"),
            })
        };
        Ok(Rendered {
            subject: template.subject.as_deref().map(fill).transpose()?,
            text: fill(&template.text)?,
        })
    }

    fn template(&self, kind: &str, language: &str) -> Option<&Template> {
        let primary = language
            .split(['-', '_'])
            .next()
            .unwrap_or(language)
            .to_ascii_lowercase();
        self.by_language
            .get(&primary)
            .and_then(|kinds| kinds.get(kind))
            .or_else(|| self.by_language.get(FALLBACK_LANGUAGE)?.get(kind))
    }
}

/// The placeholder names a template's subject and text use.
fn slots(template: &Template) -> BTreeSet<&str> {
    std::iter::once(&template.text)
        .chain(&template.subject)
        .flat_map(|part| placeholders(part).unwrap_or_default())
        .filter_map(|piece| match piece {
            Piece::Slot(name) => Some(name),
            _ => None,
        })
        .collect()
}

/// A template split into literal text and placeholder names.
enum Piece<'a> {
    Text(&'a str),
    Brace(char),
    Slot(&'a str),
}

fn placeholders(text: &str) -> std::result::Result<Vec<Piece<'_>>, String> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find(['{', '}']) {
        pieces.push(Piece::Text(&rest[..i]));
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            pieces.push(Piece::Brace(tail.as_bytes()[0] as char));
            rest = &tail[2..];
        } else if tail.starts_with('}') {
            return Err("a lone `}` (write `}}` for a brace)".into());
        } else {
            let end = tail.find('}').ok_or("a `{` is never closed")?;
            let name = &tail[1..end];
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Err(format!("`{{{name}}}` is not a placeholder name"));
            }
            pieces.push(Piece::Slot(name));
            rest = &tail[end + 1..];
        }
    }
    pieces.push(Piece::Text(rest));
    Ok(pieces)
}

fn fill(text: &str, values: &[(&str, &str)]) -> std::result::Result<String, String> {
    let mut out = String::with_capacity(text.len() + 32);
    for piece in placeholders(text)? {
        match piece {
            Piece::Text(t) => out.push_str(t),
            Piece::Brace(c) => out.push(c),
            Piece::Slot(name) => {
                let value = values
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| *v)
                    .ok_or_else(|| format!("no value for `{{{name}}}`"))?;
                out.push_str(value);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates() -> Templates {
        let mut t = Templates::default();
        t.add_language(
            "en",
            "[ack]\nsubject = \"Re: {pupil}\"\ntext = \"Thanks, {pupil} is off {{today}}.\"",
            Path::new("en.toml"),
        )
        .unwrap();
        t.add_language(
            "pl",
            "[ack]\ntext = \"Dziękujemy, {pupil}.\"",
            Path::new("pl.toml"),
        )
        .unwrap();
        t
    }

    #[test]
    fn renders_in_the_contacts_language_or_english() {
        let t = templates();
        let en = t.render("ack", "en", &[("pupil", "Millie")]).unwrap();
        assert_eq!(en.text, "Thanks, Millie is off {today}.");
        assert_eq!(en.subject.as_deref(), Some("Re: Millie"));
        assert_eq!(
            t.render("ack", "pl-PL", &[("pupil", "Oli")]).unwrap().text,
            "Dziękujemy, Oli."
        );
        assert_eq!(
            t.render("ack", "ro", &[("pupil", "Ana")]).unwrap().text,
            "Thanks, Ana is off {today}."
        );
    }

    #[test]
    fn a_missing_value_or_kind_is_an_error() {
        let t = templates();
        assert!(
            t.render("ack", "en", &[])
                .unwrap_err()
                .to_string()
                .contains("no value for `{pupil}`")
        );
        assert!(t.render("nope", "en", &[]).is_err());
    }

    #[test]
    fn bad_placeholders_are_refused_at_load() {
        let mut t = Templates::default();
        let err = t
            .add_language("en", "[x]\ntext = \"hi {name\"", Path::new("en.toml"))
            .unwrap_err();
        assert!(err.to_string().contains("never closed"), "{err}");
        assert!(
            t.add_language("en", "[x]\ntext = \"hi }\"", Path::new("en.toml"))
                .is_err()
        );
    }

    #[test]
    fn the_shipped_templates_load_and_speak_every_familys_language() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("messages");
        let t = Templates::load(&dir).unwrap();
        assert!(t.has("ack_absence"));
        for (language, word) in [("pl", "Dziękujemy"), ("ro", "mulțumim"), ("ur", "شکریہ")] {
            let ack = t
                .render(
                    "ack_absence",
                    language,
                    &[("pupils", "Ola"), ("when", "x"), ("reason", "y")],
                )
                .unwrap();
            assert!(ack.text.contains(word), "{language}: {}", ack.text);
        }
    }

    /// Writes an English file with one family kind and one staff kind, and
    /// a second language's file.
    fn folder_with(second: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("en.toml"),
            "[chase]\naudience = \"family\"\ntext = \"{pupil} is absent\"\n\
             [staff_note]\ntext = \"{pupil} needs a call\"\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("ro.toml"), second).unwrap();
        dir
    }

    #[test]
    fn a_language_missing_a_family_kind_is_refused_by_name() {
        let dir = folder_with("[other]\ntext = \"x\"\n");
        let err = Templates::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("ro.toml") && err.contains("chase"), "{err}");
        // Staff kinds need no translation.
        let dir = folder_with("[chase]\ntext = \"{pupil} lipsește\"\n");
        assert!(Templates::load(dir.path()).is_ok());
    }

    #[test]
    fn a_translation_must_use_the_english_values() {
        let dir = folder_with("[chase]\ntext = \"copilul lipsește\"\n");
        let err = Templates::load(dir.path()).unwrap_err().to_string();
        assert!(err.contains("[chase]") && err.contains("{pupil}"), "{err}");
    }
}
