//! `--format concise`: one line a finding,
//! `path:line:column: severity[code] message`.
//!
//! Why: it is the line compilers write, so editors' quickfix lists (Vim's
//! `errorformat`, Emacs's compilation mode), VS Code's problem matchers and
//! reviewdog read it as it is, and `grep` and `sort` work on it. The help
//! and the evidence are left out: the human report has them.
//!
//! ```text
//! corpus/a.txt:12:34: error[fact-mismatch] the peacekeepers were deployed …
//! ```

use super::{Pieces, position};
use crate::checks::{Finding, one_line};
use crate::render::Docs;
use crate::rules::RuleSet;

pub struct Concise;

impl Pieces for Concise {
    fn findings(&self, out: &mut String, findings: &[Finding], docs: &dyn Docs, _: &RuleSet) {
        use std::fmt::Write;
        for f in findings {
            let p = position(docs, f);
            let _ = writeln!(
                out,
                "{}:{}:{}: {}[{}] {}",
                p.path,
                p.line,
                p.column,
                f.severity.as_str(),
                f.code,
                one_line(&f.message)
            );
        }
    }
}
