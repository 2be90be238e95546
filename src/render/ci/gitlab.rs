//! `--format gitlab`: a GitLab Code Quality report (the subset of Code
//! Climate's format that GitLab reads), which a merge request shows as
//! findings new, fixed and unchanged against the target branch.
//!
//! ```json
//! [
//!   {"description": "…", "check_name": "fact-mismatch", "fingerprint": "…",
//!    "severity": "major", "location": {"path": "corpus/a.txt", "lines": {"begin": 12, "end": 12}}}
//! ]
//! ```
//!
//! An error is `major`, a warning `minor`, advice `info`. The fingerprint
//! is how GitLab tells a finding from one run to the next: it does not
//! depend on the line (see [`super::fingerprints`]). In the pipeline:
//!
//! ```yaml
//! claimlint:
//!   script: claimlint check drafts/ --format gitlab > gl-code-quality-report.json
//!   artifacts:
//!     reports:
//!       codequality: gl-code-quality-report.json
//! ```

use super::{Pieces, fingerprints, message_and_help, position};
use crate::checks::{Finding, Severity};
use crate::input::InputError;
use crate::render::Docs;
use crate::rules::RuleSet;
use serde::Serialize;

pub struct Gitlab;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'static str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

impl Pieces for Gitlab {
    fn head(&self, out: &mut String, _: &[crate::DocInfo], _: &RuleSet) {
        out.push('[');
    }

    fn findings(&self, out: &mut String, findings: &[Finding], docs: &dyn Docs, _: &RuleSet) {
        for (f, fingerprint) in findings.iter().zip(fingerprints(findings, docs)) {
            let p = position(docs, f);
            let issue = Issue {
                description: message_and_help(f),
                check_name: f.code,
                fingerprint,
                severity: match f.severity {
                    Severity::Error => "major",
                    Severity::Warning => "minor",
                    Severity::Advice => "info",
                },
                location: Location {
                    path: p.path,
                    lines: Lines {
                        begin: p.line,
                        end: p.end_line,
                    },
                },
            };
            out.push_str(",\n  ");
            out.push_str(&serde_json::to_string(&issue).expect("an issue serialises"));
        }
    }

    fn separator(&self) -> &'static str {
        ","
    }

    fn tail(&self, out: &mut String, findings: usize, _: &[InputError]) {
        out.push_str(if findings == 0 { "]\n" } else { "\n]\n" });
    }
}
