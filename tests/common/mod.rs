//! Helpers shared by the integration tests: loading fixtures as documents
//! under paths relative to the crate root (so reports and snapshots do not
//! depend on where the repository is checked out), rendering, and describing
//! findings for assertion messages.

// Each test crate uses a different subset of these helpers.
#![allow(dead_code)]

use claimlint::Report;
use claimlint::checks::Finding;
use claimlint::document::{Document, Format};
use claimlint::render::human::{self, Style};
use claimlint::rules::RuleSet;
use std::fmt::Write;
use std::path::Path;

/// The crate root, which every relative path in the tests is taken from.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Reads `rel` (relative to the crate root) into a document named `rel`,
/// with no `--date`: the date comes from the text.
pub fn document(rel: &str) -> Document {
    let text = std::fs::read_to_string(root().join(rel))
        .unwrap_or_else(|e| panic!("cannot read {rel}: {e}"));
    Document::new(rel, text, Format::from_path(rel), None)
}

/// The checkable files (`.txt`, `.md`) directly in directory `rel`, sorted,
/// as paths relative to the crate root.
pub fn files_in(rel: &str) -> Vec<String> {
    let dir = root().join(rel);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read directory {rel}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("txt") || x.eq_ignore_ascii_case("md"))
        })
        .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .collect();
    names.sort();
    names.into_iter().map(|n| format!("{rel}/{n}")).collect()
}

/// A file as one document, or a directory as its files' documents.
pub fn documents(rel: &str) -> Vec<Document> {
    if root().join(rel).is_dir() {
        files_in(rel).iter().map(|p| document(p)).collect()
    } else {
        vec![document(rel)]
    }
}

/// The human report as the CLI prints it with `--color never`.
pub fn human(report: &Report, rules: &RuleSet) -> String {
    human::render(
        report,
        rules,
        Style {
            color: false,
            width: 100,
        },
    )
}

/// The JSON report, with no input errors.
pub fn json(report: &Report, rules: &RuleSet) -> String {
    claimlint::render::json::render(report, rules, &[])
}

/// The path of the document a finding is in.
pub fn path_of<'a>(report: &'a Report, f: &Finding) -> &'a str {
    &report.analyses[f.doc].document.path
}

/// The exact text a finding points at.
pub fn text_of<'a>(report: &'a Report, f: &Finding) -> &'a str {
    &report.analyses[f.doc].document.text[f.span.clone()]
}

/// One line per finding, for assertion messages:
/// `path:line:col severity code "text" [fact]`.
pub fn describe<'a>(report: &Report, findings: impl IntoIterator<Item = &'a Finding>) -> String {
    let mut out = String::new();
    for f in findings {
        let doc = &report.analyses[f.doc].document;
        let (line, col) = doc.line_col(f.span.start);
        let _ = writeln!(
            out,
            "  {}:{line}:{col} {} {} {:?}{}",
            doc.path,
            f.severity.as_str(),
            f.code,
            text_of(report, f),
            f.fact.as_ref().map_or(String::new(), |x| format!(" [{x}]")),
        );
    }
    if out.is_empty() {
        out.push_str("  (no findings)\n");
    }
    out
}

/// Snapshots `text` under `snapshots/NAME.snap` (top level, shared by all
/// integration tests).
#[allow(dead_code)]
pub fn snapshot(name: &str, description: &str, text: &str) {
    insta::with_settings!({
        snapshot_path => "../../snapshots",
        prepend_module_to_snapshot => false,
        omit_expression => true,
        description => description,
    }, {
        insta::assert_snapshot!(name, text);
    });
}
