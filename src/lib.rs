//! claimlint: checks the factual claims in article drafts against known facts.
//!
//! The library is a pipeline of stages, one module each, data flowing one
//! way:
//!
//! ```text
//! document (text, format, date)      document.rs
//!   → mentions (extract)             extract/, resolve.rs
//!   → claims (bind to facts)         claims.rs, rules.rs
//!   → findings (check)               checks/
//!   → render                         render/
//! ```
//!
//! It never prints: [`check`] returns a [`Report`] of data with byte offsets,
//! and the binary renders it. Output is deterministic: documents are sorted by
//! path and findings by path, offset and code, whatever the thread count or
//! the order files were given in.

pub mod checks;
pub mod claims;
pub mod document;
pub mod extract;
pub mod input;
pub mod render;
pub mod resolve;
pub mod rules;
pub mod text;
pub mod timeml;
pub mod timex;
pub mod value;

use checks::{CorpusContext, DocContext, Finding, REGISTRY};
use claims::{Claim, Resolved};
use document::Document;
use rayon::prelude::*;
use rules::{Hit, RuleSet};

/// One document after extraction and binding.
#[derive(Debug)]
pub struct Analysis {
    pub document: Document,
    pub mentions: Vec<Resolved>,
    pub hits: Vec<Hit>,
    pub claims: Vec<Claim>,
}

/// Extracts, resolves and binds the claims of one document.
pub fn analyse(document: Document, rules: &RuleSet) -> Analysis {
    let raw = extract::extract(&document.scan);
    let mentions = raw
        .into_iter()
        .map(|m| {
            let sentence = text::sentence_at(&document.sentences, m.span.start);
            // only expressions anchored to the article need the tense
            let relative = match &m.expr {
                extract::Expr::Date(d) | extract::Expr::Range(d, _) => d.is_relative(),
                _ => false,
            };
            let tense = match sentence {
                Some(s) if relative => {
                    let span = &document.sentences[s].span;
                    text::tense_at(&document.scan[span.clone()], m.span.start - span.start)
                }
                _ => text::Tense::Unknown,
            };
            let value = resolve::resolve(&m.expr, document.date, tense);
            Resolved {
                mention: m,
                value,
                sentence,
                tense,
            }
        })
        .collect::<Vec<_>>();
    // binding looks at a mention's sentence and the one before it: only
    // those are scanned for names and cues
    let mut ranges: Vec<std::ops::Range<usize>> = Vec::new();
    for s in mentions.iter().filter_map(|r| r.sentence) {
        let span =
            document.sentences[s.saturating_sub(1)].span.start..document.sentences[s].span.end;
        match ranges.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => ranges.push(span),
        }
    }
    let hits = rules.lexicon.scan_in(&document.scan, &ranges);
    let claims = claims::bind(&document, &mentions, rules, &hits);
    Analysis {
        document,
        mentions,
        hits,
        claims,
    }
}

fn context<'a>(index: usize, a: &'a Analysis, rules: &'a RuleSet) -> DocContext<'a> {
    DocContext {
        index,
        doc: &a.document,
        mentions: &a.mentions,
        claims: &a.claims,
        hits: &a.hits,
        rules,
    }
}

/// The result of a run.
#[derive(Debug)]
pub struct Report {
    /// Sorted by path.
    pub analyses: Vec<Analysis>,
    /// Sorted by path, offset, code.
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn max_severity(&self) -> Option<checks::Severity> {
        self.findings.iter().map(|f| f.severity).max()
    }
}

/// Checks documents against the rules. Documents are analysed in parallel;
/// the report does not depend on the order they are given in.
pub fn check(mut documents: Vec<Document>, rules: &RuleSet) -> Report {
    documents.sort_by(|a, b| a.path.cmp(&b.path));
    // per document, in parallel: analyse, run the per-document checks, then
    // drop what only those needed (the scan copy and the lexicon hits), so a
    // large run keeps one copy of each text, not two
    let (analyses, per_doc): (Vec<Analysis>, Vec<Vec<Finding>>) = documents
        .into_par_iter()
        .enumerate()
        .map(|(index, d)| {
            let mut a = analyse(d, rules);
            let mut out = Vec::new();
            let cx = context(index, &a, rules);
            for c in REGISTRY {
                c.check_document(&cx, &mut out);
            }
            a.document.scan = String::new();
            a.hits = Vec::new();
            (a, out)
        })
        .unzip();
    let mut findings: Vec<Finding> = per_doc.into_iter().flatten().collect();
    let contexts: Vec<DocContext<'_>> = analyses
        .iter()
        .enumerate()
        .map(|(index, a)| context(index, a, rules))
        .collect();
    let corpus = CorpusContext {
        docs: &contexts,
        rules,
    };
    for c in REGISTRY {
        c.check_corpus(&corpus, &mut findings);
    }
    findings.sort_by(|a, b| {
        (a.doc, a.span.start, a.code, a.span.end, &a.message).cmp(&(
            b.doc,
            b.span.start,
            b.code,
            b.span.end,
            &b.message,
        ))
    });
    findings.dedup();
    drop(contexts);
    Report { analyses, findings }
}
