//! The formats CI tools read: `--format concise`, `github`, `gitlab`,
//! `sarif` and `junit`, one file each under `ci/`.
//!
//! Why several: a pre-publish gate runs where the newsroom's pipeline does,
//! and each CI system shows findings in its own way. GitHub Actions turns
//! workflow commands into annotations on the pull request's diff; GitHub
//! code scanning, Azure DevOps and most security dashboards read SARIF;
//! GitLab shows a Code Quality report in its merge requests; Jenkins and
//! most test dashboards read JUnit XML; editors' quickfix lists and
//! problem matchers read one `path:line:column: message` line a finding.
//!
//! Every format is a head, the findings of each document in path order, and
//! a tail ([`Pieces`]), so that it is written as the run goes, like the
//! JSON report: a document's findings are rendered on the run's threads
//! ([`Painter`]) and the writer only copies them out ([`Writer`]). The
//! bytes are the same whatever the thread count, and the same as
//! [`render`] makes of a whole report.

pub mod concise;
pub mod github;
pub mod gitlab;
pub mod junit;
pub mod sarif;

use super::Docs;
use crate::checks::{Finding, Severity};
use crate::input::InputError;
use crate::rules::RuleSet;
use crate::{DocInfo, Report};
use std::io::{self, Write};

/// A report format for tools, in the pieces it is written in.
pub trait Pieces: Sync {
    /// Written first, once the run's documents are known.
    fn head(&self, _out: &mut String, _docs: &[DocInfo], _rules: &RuleSet) {}

    /// One document's findings (sorted by offset), each written as though
    /// another came before it: a format that separates its elements (a JSON
    /// array's comma) begins each with [`Pieces::separator`], which the
    /// writer drops before the run's first.
    fn findings(&self, out: &mut String, findings: &[Finding], docs: &dyn Docs, rules: &RuleSet);

    /// A document with no findings (JUnit lists it as a test passed).
    fn clean(&self, _out: &mut String, _path: &str) {}

    /// Written last: `findings` is how many the run had, `errors` the
    /// inputs that could not be read (also on standard error).
    fn tail(&self, _out: &mut String, _findings: usize, _errors: &[InputError]) {}

    /// What each element of [`Pieces::findings`] begins with.
    fn separator(&self) -> &'static str {
        ""
    }
}

/// Renders a document's findings on the run's threads
/// ([`crate::Prepare`]).
pub struct Painter<'r> {
    pub format: &'r dyn Pieces,
    pub rules: &'r RuleSet,
}

impl crate::Prepare for Painter<'_> {
    fn prepare(&self, batch: &crate::Batch<'_>) -> String {
        let mut out = String::new();
        self.format
            .findings(&mut out, &batch.findings, batch.docs, self.rules);
        out
    }
}

/// Writes a report in a [`Pieces`] format as the run hands it over: the
/// head with the documents, each document's findings in path order (and
/// the clean documents between them, for a format that lists them), then
/// the tail.
pub struct Writer<'r, W: Write> {
    w: W,
    format: &'r dyn Pieces,
    /// The run's documents, for the clean ones.
    paths: Vec<Box<str>>,
    /// The next document not yet written.
    next: usize,
    /// Findings written so far.
    findings: usize,
    scratch: String,
}

impl<'r, W: Write> Writer<'r, W> {
    pub fn new(w: W, format: &'r dyn Pieces) -> Self {
        Writer {
            w,
            format,
            paths: Vec::new(),
            next: 0,
            findings: 0,
            scratch: String::new(),
        }
    }

    /// The head; call once, first.
    pub fn documents(&mut self, docs: &[DocInfo], rules: &RuleSet) -> io::Result<()> {
        self.paths = docs.iter().map(|d| d.path.clone()).collect();
        self.scratch.clear();
        self.format.head(&mut self.scratch, docs, rules);
        self.w.write_all(self.scratch.as_bytes())
    }

    /// The clean documents before document `upto`.
    fn clean_until(&mut self, upto: usize) -> io::Result<()> {
        let upto = upto.min(self.paths.len());
        while self.next < upto {
            self.scratch.clear();
            self.format.clean(&mut self.scratch, &self.paths[self.next]);
            self.w.write_all(self.scratch.as_bytes())?;
            self.next += 1;
        }
        Ok(())
    }

    /// Document `index`'s `n` findings as a [`Painter`] rendered them.
    pub fn prepared(&mut self, index: usize, n: usize, prepared: &str) -> io::Result<()> {
        self.clean_until(index)?;
        self.next = self.next.max(index + 1);
        if n == 0 {
            return Ok(());
        }
        let text = match self.findings {
            0 => prepared
                .strip_prefix(self.format.separator())
                .unwrap_or(prepared),
            _ => prepared,
        };
        self.findings += n;
        self.w.write_all(text.as_bytes())
    }

    /// Document `index`'s findings, rendered here.
    pub fn findings(
        &mut self,
        index: usize,
        findings: &[Finding],
        docs: &dyn Docs,
        rules: &RuleSet,
    ) -> io::Result<()> {
        let mut text = String::new();
        self.format.findings(&mut text, findings, docs, rules);
        self.prepared(index, findings.len(), &text)
    }

    /// The clean documents left, the tail, and the end of the report.
    pub fn finish(mut self, errors: &[InputError]) -> io::Result<W> {
        self.clean_until(self.paths.len())?;
        self.scratch.clear();
        self.format.tail(&mut self.scratch, self.findings, errors);
        self.w.write_all(self.scratch.as_bytes())?;
        Ok(self.w)
    }
}

/// Renders a whole report in `format`.
pub fn render(
    format: &dyn Pieces,
    report: &Report,
    rules: &RuleSet,
    errors: &[InputError],
) -> String {
    let docs: Vec<DocInfo> = report.analyses.iter().map(DocInfo::of).collect();
    let mut out = Writer::new(Vec::new(), format);
    out.documents(&docs, rules).expect("writing to memory");
    // the report's findings are sorted by path, which is the documents'
    // order: each document's are a run of them
    for run in report.findings.chunk_by(|a, b| a.doc == b.doc) {
        out.findings(run[0].doc, run, report, rules)
            .expect("writing to memory");
    }
    let bytes = out.finish(errors).expect("writing to memory");
    String::from_utf8(bytes).expect("the formats write UTF-8")
}

/// Where a finding is: its document's path, and the 1-based line and
/// column (in characters) of its first character and of the character
/// after its last.
pub(crate) struct Position<'a> {
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// The claim's exact text.
    pub text: &'a str,
}

pub(crate) fn position<'a>(docs: &'a dyn Docs, f: &Finding) -> Position<'a> {
    let doc = docs.doc(f.doc);
    let (line, column) = doc.line_col(f.span.start);
    let (end_line, end_column) = doc.line_col(f.span.end);
    Position {
        path: &doc.path,
        line,
        column,
        end_line,
        end_column,
        text: doc.slice(f.span.clone()),
    }
}

/// A finding's message, and its help after a line break where it has one.
pub(crate) fn message_and_help(f: &Finding) -> String {
    match &f.help {
        Some(help) => format!("{}\n{help}", f.message),
        None => f.message.clone(),
    }
}

/// Fingerprints of a document's findings, for the formats that track a
/// finding from run to run (GitLab's Code Quality, SARIF's partial
/// fingerprints): a hash of the path, the code, the claimed text and the
/// message, not of the line, so that a finding keeps its fingerprint when
/// the text above it changes; findings alike in all four are told apart by
/// their order.
pub(crate) fn fingerprints(findings: &[Finding], docs: &dyn Docs) -> Vec<String> {
    use std::hash::Hasher;
    // how many findings alike came before, by their hash: a document's
    // findings are counted once each, however many repeat
    let mut seen: std::collections::HashMap<u64, u64, crate::hash::FastState> =
        std::collections::HashMap::default();
    findings
        .iter()
        .map(|f| {
            let doc = docs.doc(f.doc);
            let mut h = crate::hash::FastHasher::default();
            for part in [&*doc.path, f.code, doc.slice(f.span.clone()), &f.message] {
                h.write(part.as_bytes());
                h.write_u8(0);
            }
            let base = h.finish();
            let repeat = seen.entry(base).or_insert(0);
            let mut h = crate::hash::FastHasher::default();
            h.write_u64(base);
            h.write_u64(*repeat);
            *repeat += 1;
            format!("{base:016x}{:016x}", h.finish())
        })
        .collect()
}

/// The name a severity has in formats that say error, warning and note.
pub(crate) fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Advice => "note",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_do_not_depend_on_the_line_and_tell_repeats_apart() {
        use crate::document::{Document, Format};
        let rules = crate::rules::load(&[]).expect("an empty rule set");
        let text =
            "April 18, 2024\n\nIt was Tuesday, 17 April 2024. It was Tuesday, 17 April 2024.\n";
        let moved = format!("April 18, 2024\n\nA line above.\n{}", &text[16..]);
        let report = |t: &str| {
            crate::check(
                vec![Document::new("a.txt", t.into(), Format::Text, None)],
                &rules,
            )
        };
        let (a, b) = (report(text), report(&moved));
        assert_eq!(a.findings.len(), 2, "{:?}", a.findings);
        let (fa, fb) = (fingerprints(&a.findings, &a), fingerprints(&b.findings, &b));
        assert_eq!(fa, fb);
        assert_ne!(fa[0], fa[1]);
        assert_eq!(fa[0][..16], fa[1][..16], "the same finding, repeated");
    }
}
