//! `--format json`: one JSON document per run.
//!
//! ```json
//! {"schema": 1,
//!  "documents": [{"path", "date", "claims": [...]}],
//!  "findings": [{"code", "severity", "path", "line", "column", "offset",
//!                "length", "text", "message", "fact", "expected", "found",
//!                "help", "related": [{"path", "line", "column", "offset",
//!                                     "length", "text", "message"}]}],
//!  "errors": [{"path", "message"}]}
//! ```
//! Lines and columns are 1-based, columns in characters; offsets and lengths
//! in bytes of the original file. Findings are sorted by path, then offset.

use super::Docs;
use crate::checks::Finding;
use crate::input::InputError;
use crate::rules::RuleSet;
use crate::{DocInfo, Report};
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct DocOut<'a> {
    path: &'a str,
    date: Option<String>,
    claims: Vec<ClaimOut<'a>>,
}

#[derive(Serialize)]
struct ClaimOut<'a> {
    fact: &'a str,
    kind: &'static str,
    text: &'a str,
    value: String,
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    code: &'static str,
    severity: &'static str,
    path: &'a str,
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
    text: &'a str,
    message: &'a str,
    fact: Option<&'a str>,
    expected: Option<&'a str>,
    found: Option<&'a str>,
    help: Option<&'a str>,
    related: Vec<RelatedOut<'a>>,
}

#[derive(Serialize)]
struct RelatedOut<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
    text: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct ErrorOut {
    path: String,
    message: String,
}

fn doc_out<'a>(d: &'a DocInfo, rules: &'a RuleSet) -> DocOut<'a> {
    DocOut {
        path: &d.path,
        date: d.date.map(|d| d.to_string()),
        claims: d
            .claims
            .iter()
            .map(|c| {
                let f = &rules.facts[c.fact];
                ClaimOut {
                    fact: &f.id,
                    kind: f.kind.as_str(),
                    text: &c.text,
                    value: c.value.to_string(),
                    line: c.line,
                    column: c.column,
                    offset: c.span.start,
                    length: c.span.len(),
                }
            })
            .collect(),
    }
}

fn finding_out<'a>(docs: &'a dyn Docs, rules: &'a RuleSet, f: &'a Finding) -> FindingOut<'a> {
    let doc = docs.doc(f.doc);
    let (line, column) = doc.line_col(f.span.start);
    FindingOut {
        code: f.code,
        severity: f.severity.as_str(),
        path: &doc.path,
        line,
        column,
        offset: f.span.start,
        length: f.span.len(),
        text: doc.slice(f.span.clone()),
        message: &f.message,
        fact: f.fact.as_deref(),
        expected: f.expected.as_deref(),
        found: f.found.as_deref(),
        help: f.help.as_deref(),
        related: f
            .related
            .iter()
            .map(|r| {
                let (path, line, column, text) =
                    super::place_position(docs, rules, &r.place, r.span.clone());
                RelatedOut {
                    path,
                    line,
                    column,
                    offset: r.span.start,
                    length: r.span.len(),
                    text,
                    message: &r.message,
                }
            })
            .collect(),
    }
}

/// Renders a report as pretty-printed JSON, ending with a newline.
pub fn render(report: &Report, rules: &RuleSet, errors: &[InputError]) -> String {
    let mut out = Vec::new();
    write(&mut out, report, rules, errors).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// As [`render`], written into `w` as it is serialised, so that a large
/// report is never held in memory whole.
pub fn write(
    w: &mut impl Write,
    report: &Report,
    rules: &RuleSet,
    errors: &[InputError],
) -> io::Result<()> {
    let docs: Vec<DocInfo> = report.analyses.iter().map(DocInfo::of).collect();
    let mut out = Writer::new(w);
    out.documents(&docs, rules)?;
    out.findings(&report.findings, report, rules)?;
    out.finish(errors)?;
    Ok(())
}

/// Writes one element of a top-level array: `[` and the element for the
/// first, `,` and the element for the next. JSON strings hold no line
/// breaks, so every line break of the element is one of the formatter's and
/// the element's lines are indented by prefixing them. `buf` is scratch
/// space, reused.
fn write_element(
    w: &mut impl Write,
    buf: &mut Vec<u8>,
    first: bool,
    value: &impl Serialize,
) -> io::Result<()> {
    buf.clear();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut *buf,
        serde_json::ser::PrettyFormatter::with_indent(b"  "),
    );
    value.serialize(&mut ser)?;
    w.write_all(if first { b"[\n    " } else { b",\n    " })?;
    let mut rest = &buf[..];
    while let Some(k) = memchr::memchr(b'\n', rest) {
        w.write_all(&rest[..=k])?;
        w.write_all(b"    ")?;
        rest = &rest[k + 1..];
    }
    w.write_all(rest)
}

/// Findings serialised where the run finds them, on its threads, each as
/// [`Writer`] writes an element after the first; the writer only copies
/// them out ([`Writer::prepared`]). Serialising is most of the JSON
/// report's work when findings are many.
pub struct Painter<'r> {
    pub rules: &'r RuleSet,
}

impl crate::Prepare for Painter<'_> {
    fn prepare(&self, batch: &crate::Batch<'_>) -> String {
        let (mut out, mut buf) = (Vec::new(), Vec::new());
        for f in &batch.findings {
            write_element(
                &mut out,
                &mut buf,
                false,
                &finding_out(batch.docs, self.rules, f),
            )
            .expect("writing to memory cannot fail");
        }
        String::from_utf8(out).expect("serde_json writes UTF-8")
    }
}

/// The JSON report written as a run goes: the documents, then each
/// document's findings as they are handed over, then the errors. The bytes
/// are those of `serde_json::to_writer_pretty` on the whole report (two
/// spaces an indent level), and a newline.
pub struct Writer<W: Write> {
    w: W,
    /// Findings written so far.
    findings: usize,
    /// One element, serialised at the top level before it is indented.
    buf: Vec<u8>,
}

impl<W: Write> Writer<W> {
    pub fn new(w: W) -> Self {
        Writer {
            w,
            findings: 0,
            buf: Vec::new(),
        }
    }

    /// Writes one element of a top-level array (see [`write_element`]).
    fn element(&mut self, first: bool, value: &impl Serialize) -> io::Result<()> {
        write_element(&mut self.w, &mut self.buf, first, value)
    }

    /// Closes a top-level array of `n` elements.
    fn close(&mut self, n: usize) -> io::Result<()> {
        self.w
            .write_all(if n == 0 { b"[]" as &[u8] } else { b"\n  ]" })
    }

    /// The header and the documents of the run; call once, first.
    pub fn documents(&mut self, docs: &[DocInfo], rules: &RuleSet) -> io::Result<()> {
        self.w
            .write_all(b"{\n  \"schema\": 1,\n  \"documents\": ")?;
        for (k, d) in docs.iter().enumerate() {
            self.element(k == 0, &doc_out(d, rules))?;
        }
        self.close(docs.len())?;
        self.w.write_all(b",\n  \"findings\": ")
    }

    /// Findings a [`Painter`] has serialised (`n` of them), in the order
    /// they are to be listed.
    pub fn prepared(&mut self, n: usize, prepared: &str) -> io::Result<()> {
        if n == 0 {
            return Ok(());
        }
        // the painter wrote every element as one after the first: the
        // report's first finding opens the array instead
        let b = prepared.as_bytes();
        if self.findings == 0 {
            self.w.write_all(b"[")?;
            self.w.write_all(&b[1..])?;
        } else {
            self.w.write_all(b)?;
        }
        self.findings += n;
        Ok(())
    }

    /// Findings, in the order they are to be listed.
    pub fn findings(
        &mut self,
        findings: &[Finding],
        docs: &dyn Docs,
        rules: &RuleSet,
    ) -> io::Result<()> {
        for f in findings {
            self.element(self.findings == 0, &finding_out(docs, rules, f))?;
            self.findings += 1;
        }
        Ok(())
    }

    /// The errors, and the end of the report.
    pub fn finish(mut self, errors: &[InputError]) -> io::Result<W> {
        self.close(self.findings)?;
        self.w.write_all(b",\n  \"errors\": ")?;
        for (k, e) in errors.iter().enumerate() {
            let e = ErrorOut {
                path: e.path.clone(),
                message: e.error.to_string(),
            };
            self.element(k == 0, &e)?;
        }
        self.close(errors.len())?;
        self.w.write_all(b"\n}\n")?;
        Ok(self.w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Document, LoadError};

    /// The report as one value, as `to_writer_pretty` wrote it before the
    /// report was written a document at a time.
    #[derive(Serialize)]
    struct Whole<'a> {
        schema: u32,
        documents: Vec<DocOut<'a>>,
        findings: Vec<FindingOut<'a>>,
        errors: Vec<ErrorOut>,
    }

    fn whole(report: &Report, rules: &RuleSet, errors: &[InputError]) -> String {
        let docs: Vec<DocInfo> = report.analyses.iter().map(DocInfo::of).collect();
        let out = Whole {
            schema: 1,
            documents: docs.iter().map(|d| doc_out(d, rules)).collect(),
            findings: report
                .findings
                .iter()
                .map(|f| finding_out(report, rules, f))
                .collect(),
            errors: errors
                .iter()
                .map(|e| ErrorOut {
                    path: e.path.clone(),
                    message: e.error.to_string(),
                })
                .collect(),
        };
        let mut s = serde_json::to_string_pretty(&out).unwrap();
        s.push('\n');
        s
    }

    /// The streamed report is byte for byte the pretty-printed one, with
    /// and without documents, findings and errors (empty arrays print as
    /// `[]`).
    #[test]
    fn streamed_json_is_the_pretty_printed_report() {
        let rules = crate::rules::bundled();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        let docs: Vec<Document> = paths
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).unwrap();
                let name = format!("corpus/{}", p.file_name().unwrap().to_string_lossy());
                Document::new(&name, text, crate::document::Format::from_path(&name), None)
            })
            .collect();
        let errors = [
            InputError {
                path: "a \"quoted\"\npath".into(),
                error: LoadError::Binary,
            },
            InputError {
                path: "b".into(),
                error: LoadError::Changed,
            },
        ];
        let clean = Document::new(
            "clean.txt",
            "Nothing here.\n".into(),
            crate::document::Format::Text,
            None,
        );
        // findings serialised ahead, in batches of any size, are written
        // as the writer serialises them
        let report = crate::check(docs.clone(), &rules);
        let painter = Painter { rules: &rules };
        let mut direct = Writer::new(Vec::new());
        direct.findings(&report.findings, &report, &rules).unwrap();
        for size in [1, 2, 5, report.findings.len().max(1)] {
            let mut ahead = Writer::new(Vec::new());
            ahead.prepared(0, "").unwrap();
            for chunk in report.findings.chunks(size) {
                let batch = crate::Batch {
                    index: 0,
                    analysis: &report.analyses[0],
                    findings: chunk.to_vec(),
                    read: false,
                    docs: &report,
                    prepared: None,
                };
                let done = crate::Prepare::prepare(&painter, &batch);
                ahead.prepared(chunk.len(), &done).unwrap();
            }
            assert_eq!(ahead.w, direct.w, "batches of {size}");
        }
        assert!(report.findings.len() > 2);
        for report in [
            crate::check(docs.clone(), &rules),
            crate::check(vec![clean], &rules),
            crate::check(Vec::new(), &rules),
        ] {
            for errors in [&errors[..], &[]] {
                assert_eq!(
                    render(&report, &rules, errors),
                    whole(&report, &rules, errors)
                );
            }
        }
    }
}
