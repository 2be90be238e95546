//! `--format github`: GitHub Actions workflow commands, which the runner
//! turns into annotations on the lines of the pull request's diff.
//!
//! ```text
//! ::error file=corpus/a.txt,line=12,col=34,endLine=12,endColumn=50,title=claimlint fact-mismatch::the peacekeepers …%0Ahelp: …
//! ```
//!
//! An error is `::error`, a warning `::warning`, advice `::notice`. An
//! input that could not be read is an `::error` on its file. Values are
//! escaped as the Actions toolkit escapes them: `%`, carriage return and
//! line feed in the message; those and `:` and `,` in the properties.

use super::{Pieces, message_and_help, position};
use crate::checks::{Finding, Severity};
use crate::input::InputError;
use crate::render::Docs;
use crate::rules::RuleSet;

pub struct Github;

/// The message of a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property's value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Pieces for Github {
    fn findings(&self, out: &mut String, findings: &[Finding], docs: &dyn Docs, _: &RuleSet) {
        use std::fmt::Write;
        for f in findings {
            let p = position(docs, f);
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Advice => "notice",
            };
            let _ = writeln!(
                out,
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                property(p.path),
                p.line,
                p.column,
                p.end_line,
                p.end_column,
                property(&format!("claimlint {}", f.code)),
                data(&message_and_help(f))
            );
        }
    }

    fn tail(&self, out: &mut String, _: usize, errors: &[InputError]) {
        use std::fmt::Write;
        for e in errors {
            let _ = writeln!(
                out,
                "::error file={},title=claimlint::{}",
                property(&e.path),
                data(&format!("cannot check {}: {}", e.path, e.error))
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_as_the_toolkit_escapes_them() {
        assert_eq!(data("50% off\r\nnext"), "50%25 off%0D%0Anext");
        assert_eq!(data("a: b, c"), "a: b, c");
        assert_eq!(property("dir,x/a:b.txt"), "dir%2Cx/a%3Ab.txt");
        assert_eq!(property("100%"), "100%25");
    }
}
