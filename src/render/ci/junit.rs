//! `--format junit`: JUnit XML, which Jenkins, GitLab's test reports,
//! Azure Pipelines, CircleCI and most test dashboards read.
//!
//! Each document is a test suite named by its path. A document with
//! findings has a test case for each, failed, named by its code and place;
//! a clean document has one test case, passed. An input that could not be
//! read is a suite whose one case has an error.
//!
//! ```xml
//! <testsuites name="claimlint">
//!   <testsuite name="corpus/a.txt" tests="1" failures="1" errors="0">
//!     <testcase name="fact-mismatch at 12:34" classname="corpus/a.txt" file="corpus/a.txt" line="12">
//!       <failure type="fact-mismatch" message="the peacekeepers …">error at 12:34: …</failure>
//!     </testcase>
//!   </testsuite>
//! </testsuites>
//! ```
//!
//! The counts are on each suite, where they are known as it is written
//! (the run's totals are not, until its end).

use super::{Pieces, message_and_help, position};
use crate::checks::Finding;
use crate::input::InputError;
use crate::render::Docs;
use crate::rules::RuleSet;
use std::fmt::Write;

pub struct Junit;

/// Text as XML character data or an attribute's value: the five special
/// characters escaped, and characters XML 1.0 cannot hold (control
/// characters but tab and line breaks) replaced.
pub(crate) fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

impl Pieces for Junit {
    fn head(&self, out: &mut String, _: &[crate::DocInfo], _: &RuleSet) {
        out.push_str(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"claimlint\">\n",
        );
    }

    fn findings(&self, out: &mut String, findings: &[Finding], docs: &dyn Docs, _: &RuleSet) {
        let Some(first) = findings.first() else {
            return;
        };
        let path = xml(&docs.doc(first.doc).path);
        let n = findings.len();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{path}\" tests=\"{n}\" failures=\"{n}\" errors=\"0\">"
        );
        for f in findings {
            let p = position(docs, f);
            let _ = writeln!(
                out,
                "    <testcase name=\"{code} at {line}:{column}\" classname=\"{path}\" file=\"{path}\" line=\"{line}\">",
                code = f.code,
                line = p.line,
                column = p.column,
            );
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{} at {}:{}: {}\n\"{}\"</failure>",
                f.code,
                xml(&crate::checks::one_line(&f.message)),
                f.severity.as_str(),
                p.line,
                p.column,
                xml(&message_and_help(f)),
                xml(p.text),
            );
            out.push_str("    </testcase>\n");
        }
        out.push_str("  </testsuite>\n");
    }

    fn clean(&self, out: &mut String, path: &str) {
        let path = xml(path);
        let _ = writeln!(
            out,
            "  <testsuite name=\"{path}\" tests=\"1\" failures=\"0\" errors=\"0\">\n    <testcase name=\"claimlint\" classname=\"{path}\" file=\"{path}\"/>\n  </testsuite>"
        );
    }

    fn tail(&self, out: &mut String, _: usize, errors: &[InputError]) {
        for e in errors {
            let path = xml(&e.path);
            let message = xml(&e.error.to_string());
            let _ = writeln!(
                out,
                "  <testsuite name=\"{path}\" tests=\"1\" failures=\"0\" errors=\"1\">\n    <testcase name=\"claimlint\" classname=\"{path}\" file=\"{path}\">\n      <error type=\"input\" message=\"{message}\">cannot check {path}: {message}</error>\n    </testcase>\n  </testsuite>"
            );
        }
        out.push_str("</testsuites>\n");
    }
}

#[cfg(test)]
mod tests {
    use super::xml;

    #[test]
    fn text_is_escaped_for_xml() {
        assert_eq!(
            xml("AT&T <b> \"q\" 'a'"),
            "AT&amp;T &lt;b&gt; &quot;q&quot; &apos;a&apos;"
        );
        assert_eq!(
            xml("tab\there\nnull\u{0}bell\u{7}"),
            "tab\there\nnull\u{FFFD}bell\u{FFFD}"
        );
        assert_eq!(xml("Bakı – “quoted”"), "Bakı – “quoted”");
    }
}
