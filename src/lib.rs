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

impl Analysis {
    /// Keeps what a report shows once the per-document checks have run:
    /// the claims, their mentions, and the lines of text around them and
    /// around `findings`. The sentences, the unclaimed mentions and the rest
    /// of the text go. (Checks across documents see claims, so their
    /// findings point at kept lines.)
    fn compact(&mut self, findings: &[Finding]) {
        self.document.sentences = Vec::new();
        let mut kept = Vec::with_capacity(self.claims.len());
        let mut mentions = std::mem::take(&mut self.mentions).into_iter().enumerate();
        for c in &mut self.claims {
            // claims are in mention order, one or none per mention
            let m = mentions
                .by_ref()
                .find(|(k, _)| *k == c.mention)
                .map(|(_, m)| m)
                .expect("claims are sorted by mention");
            c.mention = kept.len();
            kept.push(m);
        }
        self.mentions = kept;
        let claimed = self.mentions.iter().map(|m| m.mention.span.clone());
        let found = findings.iter().flat_map(|f| {
            let own = f
                .related
                .iter()
                .filter(|r| r.place == checks::Place::Document(f.doc));
            std::iter::once(f.span.clone()).chain(own.map(|r| r.span.clone()))
        });
        // miette shows a line either side, and reads one more to find it
        self.document.keep_lines_around(claimed.chain(found), 2);
    }
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

/// What a run checks: a file still to be read, or a document already in
/// memory (standard input, or text a caller built). The document is boxed so
/// that a run of many files holds a path, not a document's worth of fields,
/// for each of them.
pub enum Input {
    File(std::path::PathBuf),
    Document(Box<Document>),
}

impl Input {
    /// The path the document is reported under.
    fn path(&self) -> String {
        match self {
            Input::File(p) => input::display(p),
            Input::Document(d) => d.path.clone(),
        }
    }
}

/// Checks documents against the rules. Documents are analysed in parallel;
/// the report does not depend on the order they are given in.
pub fn check(documents: Vec<Document>, rules: &RuleSet) -> Report {
    let inputs = documents
        .into_iter()
        .map(|d| Input::Document(Box::new(d)))
        .collect();
    check_inputs(inputs, None, rules).0
}

/// As [`check`], reading the files itself: each is read, analysed and
/// checked on its own, in parallel, so a run holds the scan copy of only
/// the documents being worked on, not of every document at once. `date`
/// (from `--date`) overrides the date the files say. Files that cannot be
/// read or are not text become errors, sorted by path.
pub fn check_inputs(
    inputs: Vec<Input>,
    date: Option<jiff::civil::Date>,
    rules: &RuleSet,
) -> (Report, Vec<input::InputError>) {
    let mut keyed: Vec<(String, Input)> = inputs.into_iter().map(|i| (i.path(), i)).collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    // per input, in parallel: read, analyse, run the per-document checks,
    // then drop what only those needed (the scan copy and the lexicon hits;
    // for files read here also the sentences and the unclaimed mentions), so
    // a large run keeps one copy of each text and little else. Findings
    // carry the input's position until the unreadable inputs are left out.
    //
    // The analyses and the findings come back as two lists, and the
    // analyses of the inputs that could be read are collected from the
    // first in place: a run holds one analysis a document, not two.
    let (results, outs): (Vec<Result<Analysis, input::InputError>>, Vec<Vec<Finding>>) = keyed
        .into_par_iter()
        .enumerate()
        .map(|(index, (path, i))| {
            let (d, read) = match i {
                Input::Document(d) => (*d, false),
                Input::File(p) => match input::read(&p, &path, date) {
                    Ok(d) => (d, true),
                    Err(e) => return (Err(e), Vec::new()),
                },
            };
            let mut a = analyse(d, rules);
            let mut out = Vec::new();
            let cx = context(index, &a, rules);
            for c in REGISTRY {
                c.check_document(&cx, &mut out);
            }
            a.document.scan = String::new();
            a.hits = Vec::new();
            if read {
                // nobody else holds this document: keep only what the
                // report shows
                a.compact(&out);
            }
            (Ok(a), out)
        })
        .unzip();
    let mut findings: Vec<Finding> = Vec::new();
    let mut to = 0;
    for (r, out) in results.iter().zip(outs) {
        if r.is_err() {
            continue;
        }
        // per-document checks point only into their own document
        for mut f in out {
            f.doc = to;
            for r in &mut f.related {
                if let checks::Place::Document(d) = &mut r.place {
                    *d = to;
                }
            }
            findings.push(f);
        }
        to += 1;
    }
    let mut errors = Vec::new();
    let analyses: Vec<Analysis> = results
        .into_iter()
        .filter_map(|r| r.map_err(|e| errors.push(e)).ok())
        .collect();
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
    (Report { analyses, findings }, errors)
}
