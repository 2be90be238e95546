//! The human report: miette's graphical diagnostics.
//!
//! The primary label sits on the claim's exact span; the help gives the fact,
//! its value and its source; related snippets show the rule in its YAML file
//! or the other documents' claims.

use super::{Docs, place_source};
use crate::Report;
use crate::checks::{Finding, Place, Severity};
use crate::rules::RuleSet;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError,
    MietteSpanContents, SourceCode, SourceSpan, SpanContents,
};
use std::collections::HashMap;
use std::fmt;
use std::io;

/// How to draw the report.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

/// A named text, borrowed: miette reads only the lines around a span, so
/// there is no need to copy a whole document for each finding.
///
/// With `line_starts` (the offsets after each `\n`), miette is handed the
/// text from a few lines before the span instead of from its start, and the
/// line numbers it reports are shifted back: the same output, in time
/// proportional to the snippet rather than to the document.
///
/// `text` may be a piece of the document that starts at offset `base` (a
/// line start), when the document keeps only the lines around its claims.
///
/// A line longer than [`SHOWN_LINE`] bytes (a paragraph or a whole file on
/// one line) is shown only around the span ([`Source::read_clipped`]).
struct Source<'a> {
    name: &'a str,
    base: usize,
    text: &'a str,
    line_starts: Option<&'a [usize]>,
    /// The document `text` is of, whose index counts columns on long lines
    /// ([`Document::chars_between`]); none for a rule file.
    doc: Option<&'a crate::document::Document>,
}

/// The longest line shown whole around a span, in bytes. miette draws a
/// span's underline after as many spaces as its column, which it cannot
/// do past column 65,535, and a line of thousands of characters is no
/// snippet anyway.
const SHOWN_LINE: usize = 4096;

/// How much of a longer line is shown either side of the span, in bytes.
const SHOWN_AROUND: usize = 400;

impl Source<'_> {
    /// The start and end (before its line break) of the line holding byte
    /// `offset`, and its 0-based number when the line index is known.
    fn line_around(&self, offset: usize) -> (usize, usize, Option<usize>) {
        let (base, text) = (self.base, self.text);
        let end_of = |e: usize| {
            let t = &text.as_bytes()[..e - base];
            e - usize::from(t.ends_with(b"\n")) - usize::from(t.ends_with(b"\r\n"))
        };
        match self.line_starts {
            Some(starts) => {
                let k = starts.partition_point(|&s| s <= offset);
                let end = starts.get(k).copied().unwrap_or(base + text.len());
                (
                    starts[k - 1].max(base),
                    end_of(end.clamp(base, base + text.len())),
                    Some(k - 1),
                )
            }
            None => {
                let b = text.as_bytes();
                let start =
                    memchr::memrchr2(b'\n', b'\r', &b[..offset - base]).map_or(0, |k| k + 1);
                let end = memchr::memchr2(b'\n', b'\r', &b[offset - base..])
                    .map_or(b.len(), |k| offset - base + k);
                (base + start, base + end, None)
            }
        }
    }

    /// Whether a line within `before` and `after` lines of the span is
    /// too long to show whole.
    fn too_long(&self, span: &SourceSpan, before: usize, after: usize) -> bool {
        let end = span.offset() + span.len();
        let (start, stop, line) = self.line_around(span.offset());
        if stop - start > SHOWN_LINE || self.line_around(end).1 - start > 2 * SHOWN_LINE {
            return true;
        }
        let (Some(starts), Some(line)) = (self.line_starts, line) else {
            return false;
        };
        let first = starts.partition_point(|&s| s <= self.base) - 1;
        let limit = self.base + self.text.len();
        let lines = line.saturating_sub(before).max(first)..(line + after + 1).min(starts.len());
        lines.into_iter().any(|k| {
            let next = starts.get(k + 1).copied().unwrap_or(limit).min(limit);
            next.saturating_sub(starts[k]) > SHOWN_LINE
        })
    }

    /// The span with up to [`SHOWN_AROUND`] bytes of its line either side
    /// and no other lines, reported at its own line and column.
    fn read_clipped(
        &self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'_> + '_>, MietteError> {
        let (base, text) = (self.base, self.text);
        let end = span.offset() + span.len();
        let (start, _, line) = self.line_around(span.offset());
        let (_, stop, _) = self.line_around(end);
        // (on character boundaries: back from the start, on from the end)
        let mut lo = span.offset().saturating_sub(SHOWN_AROUND).max(start);
        while !text.is_char_boundary(lo - base) {
            lo -= 1;
        }
        let mut hi = (end + SHOWN_AROUND).min(stop).max(end);
        while !text.is_char_boundary(hi - base) {
            hi += 1;
        }
        let line = match line {
            Some(line) => line,
            // without the line index (a lone carriage return): the line
            // breaks before, as miette counts them
            None => {
                let b = &text.as_bytes()[..start - base];
                memchr::memchr2_iter(b'\n', b'\r', b)
                    .filter(|&k| !(b[k] == b'\r' && b.get(k + 1) == Some(&b'\n')))
                    .count()
            }
        };
        // (the window holds no line but the span's: no context is read)
        let column = match self.doc {
            Some(doc) => doc.chars_between(start, lo),
            None => text[start - base..lo - base].chars().count(),
        };
        self.read_between(span, lo..hi, line, column, before, after)
    }

    /// `span`, read by miette from the text in `window` as if that were
    /// all the text, and reported where it is in the whole: the window
    /// starts on line `line` (0-based), `column` characters into it.
    /// Columns count characters, as the JSON report's do (miette's own
    /// count bytes).
    fn read_between(
        &self,
        span: &SourceSpan,
        window: std::ops::Range<usize>,
        line: usize,
        column: usize,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'_> + '_>, MietteError> {
        let from = window.start;
        let local = SourceSpan::new((span.offset() - from).into(), span.len());
        let text = &self.text[from - self.base..window.end - self.base];
        let inner = text.read_span(&local, before, after)?;
        let shifted = SourceSpan::new((inner.span().offset() + from).into(), inner.span().len());
        let before_it = &text[..inner.span().offset()];
        let column = match before_it.rfind(['\n', '\r']) {
            Some(k) => before_it[k + 1..].chars().count(),
            None => column + before_it.chars().count(),
        };
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_string(),
            inner.data(),
            shifted,
            inner.line() + line,
            column,
            inner.line_count() + line,
        )))
    }
}

impl SourceCode for Source<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        if self.too_long(span, before, after) {
            return self.read_clipped(span, before, after);
        }
        // a window that starts on a line start with more than `before` line
        // breaks between it and the span reads the same as the whole text
        let (start, lines_before) = match self.line_starts {
            Some(starts) => {
                let line = starts.partition_point(|&s| s <= span.offset());
                let first = starts.partition_point(|&s| s <= self.base) - 1;
                let k = line.saturating_sub(before + 2).max(first);
                (starts[k], k)
            }
            None => (0, 0),
        };
        let end = self.base + self.text.len();
        self.read_between(span, start..end, lines_before, 0, before, after)
    }
}

/// The line starts to hand [`Source`], or `None` when the text has a lone
/// carriage return (which miette counts as a line break and the document's
/// line index does not).
fn window_lines<'a>(text: &str, line_starts: &'a [usize]) -> Option<&'a [usize]> {
    (!crate::document::has_lone_cr(text)).then_some(line_starts)
}

struct Related<'a> {
    message: String,
    src: Source<'a>,
    span: std::ops::Range<usize>,
}

impl fmt::Debug for Related<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl fmt::Display for Related<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Related<'_> {}
impl Diagnostic for Related<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            None,
            self.span.clone(),
        ))))
    }
}

struct Diag<'a> {
    f: &'a Finding,
    src: Source<'a>,
    related: Vec<Related<'a>>,
}

impl fmt::Debug for Diag<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.f.message)
    }
}
impl fmt::Display for Diag<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.f.message)
    }
}
impl std::error::Error for Diag<'_> {}
impl Diagnostic for Diag<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.f.code))
    }
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.f.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Advice => miette::Severity::Advice,
        })
    }
    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.f
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.src)
    }
    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let label = match (&self.f.expected, &self.f.found) {
            (Some(e), Some(_)) => format!("expected {e}"),
            _ => "here".to_string(),
        };
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(Some(label), self.f.span.clone()),
        )))
    }
    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn Diagnostic> + 'b>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|r| r as &dyn Diagnostic)))
    }
}

/// Renders every finding, then a summary line.
pub fn render(report: &Report, rules: &RuleSet, style: Style) -> String {
    let painter = Painter::new(rules, style);
    let mut out = Writer::new(Vec::new(), &painter);
    out.findings(&report.findings, report)
        .expect("writing to memory cannot fail");
    let claims: usize = report.analyses.iter().map(|a| a.claims.len()).sum();
    let out = out
        .finish(report.analyses.len(), claims)
        .expect("writing to memory cannot fail");
    String::from_utf8(out).expect("miette writes UTF-8")
}

/// The human report written as a run goes: each finding as it is handed
/// over, then the summary line, from the counts kept on the way.
///
/// Drawing a finding (laying out its snippets) is most of the report's
/// cost, and needs nothing but the finding and its documents: a
/// [`Painter`] can be shared between threads, so a run can draw each
/// document's findings where it finds them (it is a [`crate::Prepare`]),
/// and the writer writes what was drawn, in order, with
/// [`Writer::write_drawn`].
pub struct Writer<'p, 'r, W: io::Write> {
    w: W,
    painter: &'p Painter<'r>,
    /// Findings written, by severity: advice, warning, error.
    counts: [usize; 3],
}

/// What draws findings: the rules they cite and the style.
pub struct Painter<'r> {
    rules: &'r RuleSet,
    handler: GraphicalReportHandler,
    rule_lines: Vec<Option<&'r [usize]>>,
}

impl<'r> Painter<'r> {
    pub fn new(rules: &'r RuleSet, style: Style) -> Self {
        let theme = if style.color {
            GraphicalTheme::unicode()
        } else {
            GraphicalTheme::unicode_nocolor()
        };
        // wrap long help lines at spaces only: "2020-11-10" stays on one line
        let handler = GraphicalReportHandler::new_themed(theme)
            .with_width(style.width)
            .with_context_lines(1)
            .with_word_splitter(textwrap::WordSplitter::NoHyphenation)
            .with_word_separator(textwrap::WordSeparator::AsciiSpace);
        let rule_lines = rules
            .files
            .iter()
            .map(|f| window_lines(&f.text, &f.line_starts))
            .collect();
        Painter {
            rules,
            handler,
            rule_lines,
        }
    }

    /// The report's text for `findings`, as [`Writer::findings`] writes it.
    pub fn draw(&self, findings: &[Finding], docs: &dyn Docs) -> String {
        let rules = self.rules;
        // per document, whether its line index can window the text
        // (computed once a call: findings come grouped by document)
        let mut windows: HashMap<usize, Option<&[usize]>> = HashMap::new();
        let mut lines_of = |d: usize| {
            *windows.entry(d).or_insert_with(|| {
                let doc = docs.doc(d);
                window_lines(&doc.text, &doc.line_starts)
            })
        };
        let mut out = String::new();
        for f in findings {
            let doc = docs.doc(f.doc);
            let related = f
                .related
                .iter()
                .map(|r| {
                    let (path, base, text) = place_source(docs, rules, &r.place, r.span.clone());
                    let (line_starts, doc) = match r.place {
                        Place::Document(d) => (lines_of(d), Some(docs.doc(d))),
                        Place::Rules(k) => (self.rule_lines[k], None),
                    };
                    Related {
                        message: r.message.clone(),
                        src: Source {
                            name: path,
                            base,
                            text,
                            line_starts,
                            doc,
                        },
                        span: r.span.clone(),
                    }
                })
                .collect();
            let (base, text) = doc.piece(f.span.clone());
            let d = Diag {
                f,
                src: Source {
                    name: &doc.path,
                    base,
                    text,
                    line_starts: lines_of(f.doc),
                    doc: Some(doc),
                },
                related,
            };
            // rendering into a String cannot fail
            let _ = self.handler.render_report(&mut out, &d);
            out.push('\n');
        }
        out
    }
}

/// Findings drawn where the run finds them, on its threads.
impl crate::Prepare for Painter<'_> {
    fn prepare(&self, batch: &crate::Batch<'_>) -> String {
        self.draw(&batch.findings, batch.docs)
    }
}

impl<'p, 'r, W: io::Write> Writer<'p, 'r, W> {
    /// A writer drawing with `painter`, which the run may share with its
    /// threads to draw on them.
    pub fn new(w: W, painter: &'p Painter<'r>) -> Self {
        Writer {
            w,
            painter,
            counts: [0; 3],
        }
    }

    /// Findings, in the order they are to be listed, pointing into `docs`.
    pub fn findings(&mut self, findings: &[Finding], docs: &dyn Docs) -> io::Result<()> {
        let drawn = self.painter.draw(findings, docs);
        self.write_drawn(findings, &drawn)
    }

    /// Writes what [`Painter::draw`] drew for `findings`, and counts them.
    pub fn write_drawn(&mut self, findings: &[Finding], drawn: &str) -> io::Result<()> {
        self.w.write_all(drawn.as_bytes())?;
        for f in findings {
            self.counts[f.severity as usize] += 1;
        }
        Ok(())
    }

    /// The summary line, for a run of `documents` documents with `claims`
    /// claims, and the end of the report.
    pub fn finish(mut self, documents: usize, claims: usize) -> io::Result<W> {
        let [advice, warnings, errors] = self.counts;
        self.w
            .write_all(summary_line(errors, warnings, advice, documents, claims).as_bytes())?;
        Ok(self.w)
    }
}

/// "2 errors, 3 warnings in 5 documents (24 claims checked)".
pub fn summary(report: &Report) -> String {
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    let claims: usize = report.analyses.iter().map(|a| a.claims.len()).sum();
    summary_line(
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Advice),
        report.analyses.len(),
        claims,
    )
}

fn summary_line(
    errors: usize,
    warnings: usize,
    advice: usize,
    documents: usize,
    claims: usize,
) -> String {
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    // (advice has no plural)
    format!(
        "{}, {}, {advice} advice in {} ({} checked)\n",
        plural(errors, "error"),
        plural(warnings, "warning"),
        plural(documents, "document"),
        plural(claims, "claim"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What miette reads for each span: through the line window, and from
    /// the whole text.
    #[test]
    fn a_window_of_lines_reads_as_the_whole_text() {
        let text = "one\ntwo three\n\nfour – five\r\nsix\nseven eight\nnine";
        let starts: Vec<usize> = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|k| k + 1))
            .collect();
        let windowed = Source {
            name: "x",
            base: 0,
            text,
            line_starts: window_lines(text, &starts),
            doc: None,
        };
        assert!(windowed.line_starts.is_some());
        for a in (0..text.len()).filter(|&k| text.is_char_boundary(k)) {
            for b in (a..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                let span = SourceSpan::new(a.into(), b - a);
                for ctx in 0..3 {
                    let w = windowed.read_span(&span, ctx, ctx).unwrap();
                    let t = text.read_span(&span, ctx, ctx).unwrap();
                    // (miette counts the column in bytes, the window in
                    // characters)
                    let at = t.span().offset();
                    let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |k| k + 1);
                    let column = text[line_start..at].chars().count();
                    assert_eq!(
                        (w.data(), w.span(), w.line(), w.column(), w.line_count()),
                        (t.data(), t.span(), t.line(), column, t.line_count()),
                        "span {a}..{b}, {ctx} lines of context"
                    );
                }
            }
        }
        assert_eq!(window_lines("a\rb\nc", &[0, 4]), None);
    }
}
