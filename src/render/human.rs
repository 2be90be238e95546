//! The human report: miette's graphical diagnostics.
//!
//! The primary label sits on the claim's exact span; the help gives the fact,
//! its value and its source; related snippets show the rule in its YAML file
//! or the other documents' claims.

use super::place_source;
use crate::Report;
use crate::checks::{Finding, Severity};
use crate::rules::RuleSet;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};
use std::fmt;

/// How to draw the report.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

struct Related {
    message: String,
    src: NamedSource<String>,
    span: std::ops::Range<usize>,
}

impl fmt::Debug for Related {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl fmt::Display for Related {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}
impl std::error::Error for Related {}
impl Diagnostic for Related {
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
    src: NamedSource<String>,
    related: Vec<Related>,
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
    let mut out = String::new();
    for f in &report.findings {
        let doc = &report.analyses[f.doc].document;
        let related = f
            .related
            .iter()
            .map(|r| {
                let (path, text) = place_source(report, rules, &r.place);
                Related {
                    message: r.message.clone(),
                    src: NamedSource::new(path, text.to_string()),
                    span: r.span.clone(),
                }
            })
            .collect();
        let d = Diag {
            f,
            src: NamedSource::new(&doc.path, doc.text.clone()),
            related,
        };
        // rendering into a String cannot fail
        let _ = handler.render_report(&mut out, &d);
        out.push('\n');
    }
    out.push_str(&summary(report));
    out
}

/// "2 errors, 3 warnings in 5 documents (24 claims checked)".
pub fn summary(report: &Report) -> String {
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let claims: usize = report.analyses.iter().map(|a| a.claims.len()).sum();
    format!(
        "{}, {}, {} in {} ({} checked)\n",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Advice), "advice"),
        plural(report.analyses.len(), "document"),
        plural(claims, "claim"),
    )
}
