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
//! and [`check_streaming`] hands each document's findings to a [`Sink`] as
//! they are ready; the binary renders them. Output is deterministic:
//! documents are sorted by path and findings by path, offset and code,
//! whatever the thread count or the order files were given in.

pub mod checks;
pub mod claims;
pub mod document;
pub mod extract;
pub mod hash;
pub mod input;
pub mod phrases;
pub mod render;
pub mod resolve;
pub mod rules;
pub mod text;
pub mod timeml;
pub mod timex;
pub mod value;

use checks::{ClaimAt, CorpusContext, CorpusFindings, DocContext, Finding, REGISTRY};
use claims::{Claim, Resolved};
use document::{Document, LoadError};
use input::InputError;
use rayon::prelude::*;
use rules::{Hit, RuleSet};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// One document after extraction and binding.
#[derive(Clone, Debug)]
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

/// The mentions of one document, each resolved against the article's date
/// (the tense of its sentence read where the value depends on it): the
/// first half of [`analyse`], all that `claimlint extract` shows.
pub fn mentions(document: &Document) -> Vec<Resolved> {
    let (raw, sentences) = located(document);
    let headings = headings_for(document, &raw);
    raw.into_iter()
        .zip(sentences)
        .map(|(m, s)| resolved(document, m, s, true, &headings))
        .collect()
}

/// The year headings of `document` ([`Document::year_headings`]), read
/// only where a mention leaves its year to them.
fn headings_for(document: &Document, raw: &[extract::Mention]) -> Vec<(usize, Option<i32>)> {
    if raw.iter().any(|m| claims::year_implied(&m.expr)) {
        document.year_headings()
    } else {
        Vec::new()
    }
}

/// The mentions of one document as found, and the sentence each is in.
fn located(document: &Document) -> (Vec<extract::Mention>, Vec<Option<usize>>) {
    let mut raw = Vec::new();
    extract::extract_into(document.scan(), &mut raw);
    let sentences = raw
        .iter()
        .map(|m| text::sentence_at(&document.sentences, m.span.start))
        .collect();
    (raw, sentences)
}

/// A mention resolved against the article's date, the tense of its sentence
/// read if `tense` says so and its value depends on it.
fn resolved(
    document: &Document,
    m: extract::Mention,
    sentence: Option<usize>,
    tense: bool,
    headings: &[(usize, Option<i32>)],
) -> Resolved {
    // only expressions anchored to the article need the tense
    let relative = match &m.expr {
        extract::Expr::Date(d) | extract::Expr::Range(d, _) => d.is_relative(),
        _ => false,
    };
    let tense = match sentence {
        Some(s) if relative && tense => {
            let span = &document.sentences[s].span;
            text::tense_at(&document.scan()[span.clone()], m.span.start - span.start)
        }
        _ => text::Tense::Unknown,
    };
    // a date without its year, under a heading that is a year, is in that
    // year ([`Document::year_headings`])
    let heading = headings
        .get(
            headings
                .partition_point(|&(at, _)| at <= m.span.start)
                .wrapping_sub(1),
        )
        .and_then(|&(_, year)| year);
    // (not where that would put what the sentence tells as past after the
    // article: "called by Aliyev on 7 December", under "WHAT WE'RE WATCHING
    // IN 2024" in a briefing of December 2023)
    let under_heading = heading
        .filter(|_| claims::year_implied(&m.expr))
        .and_then(|y| claims::with_year(&m.expr, y))
        .and_then(|e| resolve::resolve(&e, document.date, tense))
        .filter(|v| {
            tense != text::Tense::Past
                || document
                    .date
                    .is_none_or(|d| v.interval.lo <= value::day_number(d) as f64)
        });
    let value = under_heading.or_else(|| resolve::resolve(&m.expr, document.date, tense));
    Resolved {
        mention: m,
        value,
        sentence,
        tense,
    }
}

/// Extracts, resolves and binds the claims of one document.
pub fn analyse(document: Document, rules: &RuleSet) -> Analysis {
    analysis(document, rules, true)
}

/// As [`analyse`], for a run that checks: the tense of a relative date is
/// read only in a sentence a claim can come from (one naming a subject, or
/// the next in its paragraph); elsewhere the date is resolved as if the
/// tense were unknown. Counts are read only there too (and where one
/// could take the place of another mention: see
/// [`extract::complete_counts`]), when the rules have a fact that counts.
/// No check reads those values or counts (the per-document checks read
/// the dates as written), so the findings and claims are those of
/// [`analyse`]; debug builds check it. On news text that names no subject
/// of the rules, reading the tense is a tenth of the work, and the counts
/// a fifth.
fn analyse_to_check(document: Document, rules: &RuleSet) -> Analysis {
    let a = analysis(document, rules, false);
    #[cfg(debug_assertions)]
    {
        let full = analysis(a.document.clone(), rules, true);
        // by span: a run that checks has fewer mentions (counts no rule
        // can bind are not read)
        let claims = |a: &Analysis| -> Vec<(Range<usize>, usize, String)> {
            a.claims
                .iter()
                .map(|c| {
                    let span = a.mentions[c.mention].mention.span.clone();
                    (span, c.fact, format!("{:?}", c.value))
                })
                .collect()
        };
        assert_eq!(claims(&a), claims(&full), "{}", a.document.path);
        assert_eq!(
            check_document(0, &a, rules),
            check_document(0, &full, rules),
            "{}",
            a.document.path
        );
    }
    a
}

/// [`analyse`]; with `all_tenses` false, [`analyse_to_check`].
fn analysis(document: Document, rules: &RuleSet, all_tenses: bool) -> Analysis {
    // the extractor's scan visits every word start: it notes the few where a
    // rule phrase may begin, so the lexicon need not read the text again
    // (reserved for news text, where a phrase may begin every hundred
    // bytes or so, and a count not read every hundred and fifty)
    let size = document.text.len();
    let mut starts = Vec::with_capacity((size / 96).min(4096));
    let observe = |i, folded| {
        if rules.lexicon.may_begin_at(document.scan(), i, folded) {
            starts.push(i);
        }
    };
    // a run that checks reads counts only where the rules can bind one
    // (see `extract::complete_counts`): the other mentions are all it needs
    let mut raw = Vec::new();
    let mut deferred = Vec::with_capacity(if all_tenses {
        0
    } else {
        (size / 128).min(4096)
    });
    if all_tenses {
        extract::extract_observing(document.scan(), &mut raw, observe);
    } else {
        extract::extract_deferring_counts(document.scan(), &mut raw, &mut deferred, observe);
    }
    // binding looks at a mention's sentence and the one before it in the
    // same paragraph: only those are scanned for names and cues (and those
    // of the counts not yet read)
    let read = |raw: &[extract::Mention], deferred: &[usize]| {
        // the sentences of the mentions and of the counts not read: both
        // lists are in order, and so are their sentences
        let size = raw.len() + deferred.len();
        let mut found = raw.iter().map(|m| m.span.start).peekable();
        let mut deferred = deferred.iter().copied().peekable();
        let places = std::iter::from_fn(|| match (found.peek(), deferred.peek()) {
            (Some(&a), Some(&b)) if b < a => deferred.next(),
            (Some(_), _) => found.next(),
            (None, _) => deferred.next(),
        });
        let mut cursor = text::SentenceCursor::new(&document.sentences);
        let mut at: Vec<usize> = Vec::with_capacity(size);
        at.extend(places.filter_map(|p| cursor.at(p)));
        at.dedup();
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for &s in &at {
            let first = match s.checked_sub(1) {
                Some(p) if document.sentences[p].paragraph == document.sentences[s].paragraph => p,
                _ => s,
            };
            let span = document.sentences[first].span.start..document.sentences[s].span.end;
            match ranges.last_mut() {
                Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
                _ => ranges.push(span),
            }
        }
        // a rule file's names count only in a document that names its story
        // (a run that checks does not read the sentences where no phrase
        // that could keep a name begins: what it would keep binds nothing)
        let hits = if !all_tenses && rules.lexicon.keeps_nothing(document.scan(), &starts) {
            debug_assert!(
                {
                    let (hits, told) = rules.lexicon.scan_at(document.scan(), &ranges, &starts);
                    rules
                        .in_scope(hits, &told)
                        .iter()
                        .all(|h| h.role.binds_no_name())
                },
                "{}",
                document.path
            );
            Vec::new()
        } else {
            let (hits, told) = rules.lexicon.scan_at(document.scan(), &ranges, &starts);
            rules.in_scope(hits, &told)
        };
        let subjects = claims::SentenceSubjects::of(&document, &hits, rules);
        (at, hits, subjects)
    };
    let (read_in, mut hits, mut subjects) = read(&raw, &deferred);
    if !deferred.is_empty() {
        let counted = rules.facts.iter().any(|f| f.kind.is_amount());
        let mut cursor = text::SentenceCursor::new(&document.sentences);
        raw = extract::complete_counts(document.scan(), raw, &deferred, |at| {
            let s = cursor.at(at);
            (
                s.map(|s| document.sentences[s].span.clone()),
                counted && s.is_some_and(|s| subjects.may_bind(&document, s)),
            )
        });
        // a text read again whole may have mentions in other sentences
        let mut cursor = text::SentenceCursor::new(&document.sentences);
        let mut known = |m: &extract::Mention| {
            cursor
                .at(m.span.start)
                .is_none_or(|s| read_in.binary_search(&s).is_ok())
        };
        if !raw.iter().all(&mut known) {
            (_, hits, subjects) = read(&raw, &[]);
        }
    }
    let mut cursor = text::SentenceCursor::new(&document.sentences);
    let sentences: Vec<Option<usize>> = raw.iter().map(|m| cursor.at(m.span.start)).collect();
    let headings = headings_for(&document, &raw);
    let mentions: Vec<Resolved> = raw
        .into_iter()
        .zip(sentences)
        .map(|(m, s)| {
            let tense = all_tenses || s.is_some_and(|s| subjects.may_bind(&document, s));
            resolved(&document, m, s, tense, &headings)
        })
        .collect();
    let claims = claims::bind(&document, &mentions, rules, &hits, &subjects);
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

/// As [`check`], reading the files itself. `date` (from `--date`)
/// overrides the date the files say. Files that cannot be read or are not
/// text become errors, sorted by path.
///
/// This collects what [`check_streaming`] hands over, every document
/// included (so every file not kept from the first pass is read and
/// analysed a second time): of each file it keeps only the claims and the
/// lines around them and around its findings, which is all a report shows,
/// but it holds every finding.
pub fn check_inputs(
    inputs: Vec<Input>,
    date: Option<jiff::civil::Date>,
    rules: &RuleSet,
) -> (Report, Vec<InputError>) {
    let mut collect = Collect::default();
    let errors = run(inputs, date, rules, KEEP_BYTES, None, &mut collect, true);
    (collect.report(), errors)
}

/// A [`Sink`] that keeps everything, for [`check_inputs`].
#[derive(Default)]
struct Collect {
    /// Index in the run of each document handed over.
    index: Vec<usize>,
    analyses: Vec<Analysis>,
    findings: Vec<Finding>,
}

impl Sink for Collect {
    fn documents(&mut self, _docs: &[DocInfo]) {}

    fn findings(&mut self, batch: Batch<'_>) {
        let mut a = Analysis {
            document: batch.analysis.document.clone(),
            mentions: batch.analysis.mentions.clone(),
            hits: Vec::new(),
            claims: batch.analysis.claims.clone(),
        };
        a.document.drop_scan();
        if batch.read {
            // nobody else holds this document: keep only what the report
            // shows
            a.compact(&batch.findings);
        }
        self.index.push(batch.index);
        self.analyses.push(a);
        self.findings.extend(batch.findings);
    }
}

impl Collect {
    /// The report, findings pointing at the documents' places in it (the
    /// documents that could not be read a second time are left out).
    fn report(self) -> Report {
        let at: BTreeMap<usize, usize> = self
            .index
            .iter()
            .enumerate()
            .map(|(k, &d)| (d, k))
            .collect();
        let mut findings = self.findings;
        for f in &mut findings {
            f.doc = at[&f.doc];
            for r in &mut f.related {
                if let checks::Place::Document(d) = &mut r.place {
                    *d = at[d];
                }
            }
        }
        Report {
            analyses: self.analyses,
            findings,
        }
    }
}

/// What a run keeps of each document for the whole-run checks and the
/// report's list of documents: its path, date and claims. Sorted by path.
#[derive(Clone, Debug, PartialEq)]
pub struct DocInfo {
    pub path: Box<str>,
    pub date: Option<jiff::civil::Date>,
    pub claims: Box<[ClaimAt]>,
}

impl DocInfo {
    pub fn of(a: &Analysis) -> DocInfo {
        DocInfo {
            path: a.document.path.as_str().into(),
            date: a.document.date,
            claims: ClaimAt::of(&a.document, &a.mentions, &a.claims).into(),
        }
    }
}

/// One document's findings, handed to a [`Sink`].
pub struct Batch<'a> {
    /// The document's index in the run: its place in
    /// [`Sink::documents`]'s list, and the `doc` of its findings.
    pub index: usize,
    /// The document: whole, or for a file the run kept from its first
    /// reading, its claims and the lines around them and its findings. A
    /// file whose findings the run stored between its passes is read again
    /// as text only: its analysis has the document and no mentions or
    /// claims (its claims are in [`Sink::documents`]'s list).
    pub analysis: &'a Analysis,
    /// Sorted by offset and code.
    pub findings: Vec<Finding>,
    /// Whether the run read the document from a file (and keeps no copy).
    pub read: bool,
    /// The documents the findings point into: this one, and those their
    /// evidence is in (of which only the lines around the evidence).
    pub docs: &'a dyn render::Docs,
    /// What the run's [`Prepare`] made of the findings, if it was given one.
    pub prepared: Option<String>,
}

/// Where [`check_streaming`] hands what it finds.
pub trait Sink {
    /// Once, before any findings: the documents of the run, sorted by path.
    fn documents(&mut self, docs: &[DocInfo]);
    /// Each document that has findings, in path order.
    fn findings(&mut self, batch: Batch<'_>);
}

/// What can be made of a document's findings on the run's threads, before
/// they are handed to the [`Sink`] in order: their text in a report, say.
/// Drawing findings is most of the human report's work; done here, the
/// sink only writes ([`Batch::prepared`]).
pub trait Prepare: Sync {
    fn prepare(&self, batch: &Batch<'_>) -> String;
}

/// The length and a hash of a file's text, to tell whether it reads the
/// same the second time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    len: usize,
    hash: u64,
}

impl Fingerprint {
    /// The hash is [`hash::of`]: it guards against a file edited between
    /// the passes, not against an adversary.
    pub fn of(text: &str) -> Fingerprint {
        Fingerprint {
            len: text.len(),
            hash: hash::of(text.as_bytes()),
        }
    }
}

/// Reads `file` again, as [`input::read`]; an error if it no longer reads
/// as it did (`expected`).
pub fn reread(
    file: &Path,
    path: &str,
    date: Option<jiff::civil::Date>,
    expected: Fingerprint,
) -> Result<Document, InputError> {
    let d = input::read(file, path, date)?;
    if Fingerprint::of(&d.text) != expected {
        return Err(InputError {
            path: path.to_string(),
            error: LoadError::Changed,
        });
    }
    Ok(d)
}

/// As [`reread`], as text only ([`Document::text_only`]): to show findings
/// already found, or another document's evidence.
fn reread_text(
    file: &Path,
    path: &str,
    date: Option<jiff::civil::Date>,
    expected: Fingerprint,
) -> Result<Document, InputError> {
    let error = |error| InputError {
        path: path.to_string(),
        error,
    };
    let bytes = input::read_bytes(file).map_err(|e| error(LoadError::Io(e.to_string())))?;
    let text = Document::decode(bytes).map_err(error)?;
    if Fingerprint::of(&text) != expected {
        return Err(error(LoadError::Changed));
    }
    Ok(Document::text_only(
        path,
        text,
        document::Format::from_path(path),
        date,
    ))
}

/// What the run keeps of a document between its two passes.
enum Kept {
    /// A file: read again for its findings.
    File {
        /// The file's path, when it is not the path it is reported under.
        file: Option<Box<Path>>,
        fingerprint: Fingerprint,
        /// What its per-document checks found.
        findings: Own,
    },
    /// A document given in memory, which cannot be read again, kept whole;
    /// or, in a collecting run, a file's claims and the lines around them
    /// and its findings ([`Analysis::compact`]), while they fit in
    /// [`KEEP_BYTES`]. With its per-document findings.
    Whole {
        analysis: Box<Analysis>,
        findings: Vec<Finding>,
        /// Whether the run read it from a file.
        read: bool,
    },
}

/// What the first pass kept of a file's own findings (those of its
/// per-document checks).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Own {
    /// It has none.
    None,
    /// In the run's store of findings: the second pass reads the file's
    /// text again, but does not analyse it again.
    Stored,
    /// Not kept: the second pass analyses and checks the file again.
    Again,
}

/// How much of the files' findings, and the lines they show, a collecting
/// run ([`check_inputs`]) may keep from its first pass (roughly, in bytes)
/// so as not to analyse those files again: a run of drafts with a few
/// findings each analyses each file once, a run with more findings than
/// this analyses the rest again in the second pass. (A streaming run
/// stores findings alone instead, up to [`STORE_BYTES`].)
pub const KEEP_BYTES: usize = 8 << 20;

/// How much of the files' own findings a streaming run stores between its
/// passes (roughly, in bytes, counting each finding's strings as its own:
/// what the store holds is a fraction of it), so as not to analyse those
/// files again. 32 MiB of them held the 46,000 findings of the generated
/// 100 MB benchmark corpus in 9 MB.
pub const STORE_BYTES: usize = 32 << 20;

/// About how many bytes findings take in the run's store (their own
/// strings, counted as if none were shared), or held as they are.
fn stored_bytes(findings: &[Finding]) -> usize {
    use std::mem::size_of;
    findings
        .iter()
        .map(|f| {
            let strings = [&f.fact, &f.expected, &f.found, &f.help]
                .into_iter()
                .flatten()
                .map(|s| s.len() + 16)
                .sum::<usize>();
            let related: usize = f
                .related
                .iter()
                .map(|r| size_of::<checks::Related>() + r.message.len())
                .sum();
            // the store's entry and the message (its strings are interned)
            size_of::<Finding>() + 16 + f.message.len() + strings + related
        })
        .sum()
}

/// About how many bytes a compacted analysis and its findings take.
fn kept_bytes(a: &Analysis, findings: &[Finding]) -> usize {
    use std::mem::size_of;
    let doc = &a.document;
    let text: usize = doc.pieces.iter().flatten().map(|(_, t)| t.len() + 32).sum();
    size_of::<Analysis>()
        + doc.path.len()
        + text
        + doc.text.len()
        + doc.line_starts.len() * size_of::<usize>()
        + a.mentions.len() * size_of::<Resolved>()
        + a.claims.len() * size_of::<Claim>()
        + stored_bytes(findings)
}

/// What the second pass makes of a document.
enum Second {
    /// Nothing to report.
    Skip,
    Failed(InputError),
    /// Its findings, with its analysis if the document was read again,
    /// and what [`Prepare`] made of them.
    Ready(Option<Box<Analysis>>, Vec<Finding>, Option<String>),
}

/// Hands `f` document `d`'s findings in the second pass as a [`Batch`],
/// with its analysis (`a`, read again, or the one kept from the first pass)
/// and the documents the findings point into: for [`Prepare`] on the run's
/// threads, and for the [`Sink`].
fn with_batch<R>(
    kept: &[Kept],
    evidence: &BTreeMap<usize, Document>,
    d: usize,
    a: &Option<Box<Analysis>>,
    findings: Vec<Finding>,
    prepared: Option<String>,
    f: impl FnOnce(Batch<'_>) -> R,
) -> R {
    let (analysis, read) = match (a, &kept[d]) {
        (Some(a), Kept::File { .. }) => (&**a, true),
        (Some(a), Kept::Whole { read, .. }) => (&**a, *read),
        (None, Kept::Whole { analysis, read, .. }) => (&**analysis, *read),
        (None, Kept::File { .. }) => unreachable!("files are read again"),
    };
    let docs = RunDocs {
        own: d,
        doc: &analysis.document,
        kept,
        evidence,
    };
    f(Batch {
        index: d,
        analysis,
        findings,
        read,
        docs: &docs,
        prepared,
    })
}

/// The file a document was read from: `file`, or its path.
fn file_of<'a>(file: &'a Option<Box<Path>>, path: &'a str) -> &'a Path {
    file.as_deref().unwrap_or(Path::new(path))
}

/// The documents findings of one document point into.
struct RunDocs<'a> {
    own: usize,
    doc: &'a Document,
    kept: &'a [Kept],
    evidence: &'a BTreeMap<usize, Document>,
}

impl render::Docs for RunDocs<'_> {
    fn doc(&self, index: usize) -> &Document {
        if index == self.own {
            return self.doc;
        }
        match &self.kept[index] {
            Kept::Whole { analysis, .. } => &analysis.document,
            Kept::File { .. } => &self.evidence[&index],
        }
    }
}

/// Sorts one document's findings by offset and code, and drops duplicates.
fn sort_findings(findings: &mut Vec<Finding>) {
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
}

/// Runs the per-document checks on an analysis; findings carry `index`.
fn check_document(index: usize, a: &Analysis, rules: &RuleSet) -> Vec<Finding> {
    let mut out = Vec::new();
    let cx = context(index, a, rules);
    for c in REGISTRY {
        c.check_document(&cx, &mut out);
    }
    out
}

/// Checks the inputs, handing each document's findings to `sink` as soon
/// as they are ready, in path order, and returns the inputs that could not
/// be read, sorted by path. The output does not depend on the thread count
/// or on the order the inputs are given in.
///
/// A run goes over the files twice, so that it holds neither their text
/// nor their findings, only their claims:
///
/// 1. in parallel, each file is read, analysed and checked on its own, and
///    the run keeps its path, date and claims (each with its text, line and
///    column), its length and a hash; then the whole-run checks run on the
///    claims, and `sink` is handed the list of documents;
/// 2. in path order, a few documents a thread at a time, each file with
///    findings is read again, and its findings (with those of the
///    whole-run checks) are handed over. The documents the whole-run
///    findings cite as evidence are read once, between the passes, keeping
///    the lines around the evidence.
///
/// A file's own findings are kept from the first pass, their repeated
/// strings (help texts, rule lines, expected values) stored once for the
/// whole run, while they fit in [`STORE_BYTES`] (counted as if nothing were
/// shared): the second pass then only reads the file's text again to show
/// them. Beyond that, a file with findings is analysed and checked again
/// in the second pass. The output is the same either way. With more than
/// one thread, the next few documents are worked on while `sink` writes
/// out the last.
///
/// A file that reads differently the second time is an error
/// ([`LoadError::Changed`]): its findings, and those citing it, are not
/// handed over. Documents given in memory ([`Input::Document`]) are kept
/// whole, with their findings, from the first pass.
pub fn check_streaming(
    inputs: Vec<Input>,
    date: Option<jiff::civil::Date>,
    rules: &RuleSet,
    sink: &mut dyn Sink,
) -> Vec<InputError> {
    check_streaming_with(inputs, date, rules, Streaming::default(), sink)
}

/// How a streamed check holds and hands over findings
/// ([`check_streaming_with`]); [`Default`] is what [`check_streaming`] does.
#[derive(Clone, Copy)]
pub struct Streaming<'p> {
    /// About how many bytes of the files' findings the first pass keeps
    /// ([`STORE_BYTES`]; with 0, every file with findings is analysed
    /// again).
    pub keep: usize,
    /// Run on each document's findings on the run's threads, its result in
    /// [`Batch::prepared`].
    pub prepare: Option<&'p dyn Prepare>,
}

impl Default for Streaming<'_> {
    fn default() -> Self {
        Streaming {
            keep: STORE_BYTES,
            prepare: None,
        }
    }
}

/// As [`check_streaming`], holding and handing over findings as `how` says.
pub fn check_streaming_with(
    inputs: Vec<Input>,
    date: Option<jiff::civil::Date>,
    rules: &RuleSet,
    how: Streaming<'_>,
    sink: &mut dyn Sink,
) -> Vec<InputError> {
    run(inputs, date, rules, how.keep, how.prepare, sink, false)
}

/// Reads each input and hands `sink` what `each` makes of its document, in
/// path order, a few documents a thread at a time: a run holds those few
/// documents and what was made of them, never the whole corpus, so that
/// `claimlint extract` of a directory of any size stays within a little
/// memory. Returns the inputs that could not be read, sorted by path. As
/// with [`check_streaming`], what `sink` is handed does not depend on the
/// thread count or on the order the inputs are given in; with more than one
/// thread, the next documents are worked on while `sink` takes the last.
pub fn map_streaming<T: Send>(
    inputs: Vec<Input>,
    date: Option<jiff::civil::Date>,
    each: &(dyn Fn(Document) -> T + Sync),
    sink: &mut dyn FnMut(T),
) -> Vec<InputError> {
    let mut keyed: Vec<(String, Input)> = inputs.into_iter().map(|i| (i.path(), i)).collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    let threads = rayon::current_num_threads().max(1);
    // the result, and the length of the text it was made of
    let job = |(path, i): (String, Input)| -> (usize, Result<T, InputError>) {
        let d = match i {
            Input::Document(d) => *d,
            Input::File(p) => match input::read(&p, &path, date) {
                Ok(d) => d,
                Err(e) => return (0, Err(e)),
            },
        };
        (d.text.len(), Ok(each(d)))
    };
    let mut errors = Vec::new();
    let mut deliver = |r: Result<T, InputError>| match r {
        Ok(t) => sink(t),
        Err(e) => errors.push(e),
    };
    if threads == 1 {
        // one thread: the caller's, no hand-over
        for i in keyed {
            deliver(job(i).1);
        }
        errors.sort_by(|a, b| a.path.cmp(&b.path));
        return errors;
    }
    // Each worker takes the next few inputs in order and sends back what it
    // made of them; the writer hands the results over in order as they
    // complete. A worker takes inputs only while fewer than two takes a
    // thread are out and not yet handed over: a slow document holds back
    // at most that many finished ones. A take is about [`TAKE_BYTES`] of
    // text (by the documents' mean length so far), so that a run of many
    // small files does not wake a thread for each.
    let queue = std::sync::Mutex::new(Queue {
        left: keyed.into_iter(),
        taken: 0,
        handed: 0,
        seen: (0, 0),
        stop: false,
    });
    let handed = std::sync::Condvar::new();
    let lock = || queue.lock().unwrap_or_else(|p| p.into_inner());
    std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::channel();
        for _ in 0..threads {
            let tx = tx.clone();
            let (job, handed, lock) = (&job, &handed, &lock);
            s.spawn(move || {
                // a panic in one worker stops the others instead of leaving
                // them waiting for its inputs to be handed over
                struct Panicked<'q, F: Fn()>(&'q F);
                impl<F: Fn()> Drop for Panicked<'_, F> {
                    fn drop(&mut self) {
                        if std::thread::panicking() {
                            (self.0)();
                        }
                    }
                }
                let stop = || {
                    lock().stop = true;
                    handed.notify_all();
                };
                let _guard = Panicked(&stop);
                loop {
                    let (first, take) = {
                        let mut q = lock();
                        while !q.stop
                            && q.left.len() > 0
                            && q.taken - q.handed >= 2 * threads * q.take()
                        {
                            q = handed.wait(q).unwrap_or_else(|p| p.into_inner());
                        }
                        if q.stop {
                            break;
                        }
                        let n = q.take();
                        let take: Vec<(String, Input)> = q.left.by_ref().take(n).collect();
                        let first = q.taken;
                        q.taken += take.len();
                        (first, take)
                    };
                    if take.is_empty() {
                        break;
                    }
                    let done: Vec<(usize, Result<T, InputError>)> =
                        take.into_iter().map(job).collect();
                    if tx.send((first, done)).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut next = 0;
        for (first, done) in rx {
            pending.insert(first, done);
            while let Some(done) = pending.remove(&next) {
                next += done.len();
                let bytes: usize = done.iter().map(|(b, _)| b).sum();
                let n = done.len();
                for (_, r) in done {
                    deliver(r);
                }
                let mut q = lock();
                q.handed = next;
                q.seen = (q.seen.0 + n, q.seen.1 + bytes);
                drop(q);
                handed.notify_all();
            }
        }
    });
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    errors
}

/// About how many bytes of text a worker of [`map_streaming`] takes at a
/// time.
const TAKE_BYTES: usize = 64 << 10;

/// The inputs of [`map_streaming`] and how far its workers are.
struct Queue<I> {
    left: I,
    /// How many inputs were taken, and how many of them handed over.
    taken: usize,
    handed: usize,
    /// How many documents were handed over, and their length in all.
    seen: (usize, usize),
    /// Whether a worker panicked: the others stop.
    stop: bool,
}

impl<I> Queue<I> {
    /// How many inputs a worker takes next: one until a document was handed
    /// over, then about [`TAKE_BYTES`] of them by their mean length, at most
    /// 16.
    fn take(&self) -> usize {
        match self.seen {
            (0, _) => 1,
            (n, bytes) => (TAKE_BYTES * n / bytes.max(1)).clamp(1, 16),
        }
    }
}

/// [`check_streaming_with`]; with `every` (a collecting run), every
/// document is handed over, with findings or not and with its claims, and
/// `keep` bounds the compacted analyses kept whole instead of the store of
/// findings.
fn run(
    inputs: Vec<Input>,
    date: Option<jiff::civil::Date>,
    rules: &RuleSet,
    keep: usize,
    prepare: Option<&dyn Prepare>,
    sink: &mut dyn Sink,
    every: bool,
) -> Vec<InputError> {
    let mut keyed: Vec<(String, Input)> = inputs.into_iter().map(|i| (i.path(), i)).collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    // pass 1, per input, in parallel: read, analyse, run the per-document
    // checks; keep the claims
    // (collected as two lists, the errors left out in place: a run of many
    // small files holds one entry a file, not two)
    let budget = std::sync::atomic::AtomicUsize::new(keep);
    // files' own findings, while they fit in the budget (streaming only: a
    // collecting run keeps whole analyses instead), by input position, their
    // evidence in their own document at `Place::Document(0)`
    let store = std::sync::Mutex::new(CorpusFindings::default());
    let (infos, kept): (Vec<Option<DocInfo>>, Vec<Result<Kept, InputError>>) = keyed
        .into_par_iter()
        .enumerate()
        .map(|(position, (path, i))| {
            let (d, file) = match i {
                Input::Document(d) => (*d, None),
                Input::File(p) => match input::read(&p, &path, date) {
                    Ok(d) => (d, Some(p)),
                    Err(e) => return (None, Err(e)),
                },
            };
            let mut a = analyse_to_check(d, rules);
            // the index is set once the unreadable inputs are left out
            let findings = check_document(0, &a, rules);
            let info = DocInfo::of(&a);
            a.document.drop_scan();
            a.hits = Vec::new();
            let kept = match file {
                Some(file) => {
                    use std::sync::atomic::Ordering::Relaxed;
                    let fingerprint = Fingerprint::of(&a.document.text);
                    // a file with findings is kept compacted while that
                    // fits in the budget; the output is the same either way
                    let left = budget.load(Relaxed);
                    let file = (file != Path::new(&*info.path)).then(|| file.into());
                    if !every && !findings.is_empty() && left > 0 {
                        // streaming: the findings alone, their strings
                        // shared with the other files' (help, rule lines),
                        // and the text read again to show them
                        let cost = stored_bytes(&findings);
                        let fits = budget
                            .fetch_update(Relaxed, Relaxed, |left| left.checked_sub(cost))
                            .is_ok();
                        if fits {
                            let mut store = store.lock().unwrap_or_else(|p| p.into_inner());
                            for mut f in findings {
                                f.doc = position;
                                store.push(f);
                            }
                            return (
                                Some(info),
                                Ok(Kept::File {
                                    file,
                                    fingerprint,
                                    findings: Own::Stored,
                                }),
                            );
                        }
                    }
                    if every && !findings.is_empty() && left > 0 {
                        a.compact(&findings);
                        let cost = kept_bytes(&a, &findings);
                        let fits = budget
                            .fetch_update(Relaxed, Relaxed, |left| left.checked_sub(cost))
                            .is_ok();
                        if fits {
                            return (
                                Some(info),
                                Ok(Kept::Whole {
                                    analysis: Box::new(a),
                                    findings,
                                    read: true,
                                }),
                            );
                        }
                    }
                    Kept::File {
                        // most files are reported under the path they were
                        // given as: the path is kept once
                        file,
                        fingerprint,
                        findings: if findings.is_empty() {
                            Own::None
                        } else {
                            Own::Again
                        },
                    }
                }
                None => Kept::Whole {
                    analysis: Box::new(a),
                    findings,
                    read: false,
                },
            };
            (Some(info), Ok(kept))
        })
        .unzip();
    let infos: Vec<DocInfo> = infos.into_iter().flatten().collect();
    let mut errors = Vec::new();
    // the input position of each document, for its stored findings
    let mut positions = Vec::new();
    let mut kept: Vec<Kept> = kept
        .into_iter()
        .enumerate()
        .filter_map(|(p, k)| {
            k.map_err(|e| errors.push(e))
                .ok()
                .inspect(|_| positions.push(p))
        })
        .collect();
    let mut stored = store
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .by_document();
    for (d, k) in kept.iter_mut().enumerate() {
        if let Kept::Whole { findings, .. } = k {
            // per-document checks point only into their own document
            for f in findings {
                f.doc = d;
                for r in &mut f.related {
                    if let checks::Place::Document(o) = &mut r.place {
                        *o = d;
                    }
                }
            }
        }
    }
    let kept = kept;
    // the whole-run checks, on the claims
    let mut corpus = CorpusFindings::default();
    {
        let cx = CorpusContext {
            docs: &infos,
            rules,
        };
        for c in REGISTRY {
            c.check_corpus(&cx, &mut corpus);
        }
    }
    sink.documents(&infos);
    // the evidence in other files: the lines around it
    let mut cited: BTreeMap<usize, Vec<Range<usize>>> = BTreeMap::new();
    for (doc, r) in corpus.evidence() {
        if let checks::Place::Document(d) = r.place
            && d != doc
            && matches!(kept[d], Kept::File { .. })
        {
            cited.entry(d).or_default().push(r.span.clone());
        }
    }
    let read: Vec<(usize, Result<Document, InputError>)> = cited
        .into_par_iter()
        .map(|(d, spans)| {
            let Kept::File {
                file, fingerprint, ..
            } = &kept[d]
            else {
                unreachable!("only files are read again")
            };
            let doc = reread_text(
                file_of(file, &infos[d].path),
                &infos[d].path,
                infos[d].date,
                *fingerprint,
            )
            .map(|mut doc| {
                // miette shows a line either side, and reads one more to
                // find it
                doc.keep_lines_around(spans.into_iter(), 2);
                doc
            });
            (d, doc)
        })
        .collect();
    let mut failed = vec![false; kept.len()];
    let mut evidence = BTreeMap::new();
    for (d, r) in read {
        match r {
            Ok(doc) => {
                evidence.insert(d, doc);
            }
            Err(e) => {
                failed[d] = true;
                errors.push(e);
            }
        }
    }
    // pass 2: in path order, a few documents a thread at a time
    let by_doc = corpus.by_document();
    let threads = rayon::current_num_threads().max(1);
    // what is prepared (a document's drawing can be many times its size)
    // is held until it is handed over: two chunks in flight, so smaller
    // ones; and one thread might as well leave the work to the sink
    let prepare = prepare.filter(|_| threads > 1);
    let chunk = if prepare.is_some() { 2 } else { 4 } * threads;
    let n = kept.len();
    let cites_failed = |f: &Finding| {
        f.related
            .iter()
            .any(|r| matches!(r.place, checks::Place::Document(d) if failed[d]))
    };
    // whether document `d` may have findings to hand over (those that do
    // not are passed over before the chunks are made: a run of many files
    // with few findings hands its threads few chunks)
    let has_work = |d: usize, by_doc: &mut checks::ByDocument| {
        !failed[d]
            && (every
                || by_doc.has(d)
                || match &kept[d] {
                    Kept::Whole { findings, .. } => !findings.is_empty(),
                    Kept::File { findings, .. } => *findings != Own::None,
                })
    };
    // the findings of the next `chunk` documents from `next` on that may
    // have some
    let second = |next: &mut usize,
                  by_doc: &mut checks::ByDocument,
                  stored: &mut checks::ByDocument|
     -> Vec<(usize, Second)> {
        let mut jobs: Vec<(usize, Vec<Finding>)> = Vec::with_capacity(chunk);
        while *next < n && jobs.len() < chunk {
            let d = *next;
            *next += 1;
            if !has_work(d, by_doc) {
                continue;
            }
            let mut found = by_doc.take(d);
            found.retain(|f| !cites_failed(f));
            // its own findings, if the first pass stored them: they point
            // only into their own document
            if matches!(
                kept[d],
                Kept::File {
                    findings: Own::Stored,
                    ..
                }
            ) {
                for mut f in stored.take(positions[d]) {
                    f.doc = d;
                    for r in &mut f.related {
                        if let checks::Place::Document(o) = &mut r.place {
                            *o = d;
                        }
                    }
                    found.push(f);
                }
            }
            jobs.push((d, found));
        }
        let job = |(d, mut found): (usize, Vec<Finding>)| {
            let out = match &kept[d] {
                _ if failed[d] => Second::Skip,
                Kept::Whole { findings, .. } => {
                    if found.is_empty() && findings.is_empty() && !every {
                        Second::Skip
                    } else {
                        found.splice(0..0, findings.iter().cloned());
                        sort_findings(&mut found);
                        Second::Ready(None, found, None)
                    }
                }
                Kept::File {
                    file,
                    fingerprint,
                    findings,
                } => {
                    if found.is_empty() && *findings == Own::None && !every {
                        Second::Skip
                    } else {
                        let file = file_of(file, &infos[d].path);
                        let path = &infos[d].path;
                        // the text is all it takes to show findings
                        // already found; a collecting run keeps every
                        // document's claims
                        let text_only = match findings {
                            Own::Stored => true,
                            Own::None => !every,
                            Own::Again => false,
                        };
                        let again = if text_only {
                            reread_text(file, path, infos[d].date, *fingerprint)
                        } else {
                            reread(file, path, date, *fingerprint)
                        };
                        match again {
                            Err(e) => Second::Failed(e),
                            Ok(doc) if text_only => {
                                sort_findings(&mut found);
                                let a = Analysis {
                                    document: doc,
                                    mentions: Vec::new(),
                                    hits: Vec::new(),
                                    claims: Vec::new(),
                                };
                                Second::Ready(Some(Box::new(a)), found, None)
                            }
                            Ok(doc) => {
                                let a = analyse_to_check(doc, rules);
                                let mut own = check_document(d, &a, rules);
                                own.append(&mut found);
                                sort_findings(&mut own);
                                Second::Ready(Some(Box::new(a)), own, None)
                            }
                        }
                    }
                }
            };
            // what the sink will write, made here, on the run's threads
            let out = match (out, prepare) {
                (Second::Ready(a, findings, None), Some(p)) => {
                    let (findings, prepared) =
                        with_batch(&kept, &evidence, d, &a, findings, None, |b| {
                            let prepared = p.prepare(&b);
                            (b.findings, prepared)
                        });
                    Second::Ready(a, findings, Some(prepared))
                }
                (out, _) => out,
            };
            (d, out)
        };
        // one thread: no hand-over to the pool and back for each chunk
        if threads == 1 {
            jobs.into_iter().map(job).collect()
        } else {
            jobs.into_par_iter().map(job).collect()
        }
    };
    let mut deliver = |done: Vec<(usize, Second)>, errors: &mut Vec<InputError>| {
        for (d, out) in done {
            match out {
                Second::Skip => {}
                Second::Failed(e) => errors.push(e),
                Second::Ready(a, findings, prepared) => {
                    with_batch(&kept, &evidence, d, &a, findings, prepared, |b| {
                        sink.findings(b)
                    });
                }
            }
        }
    };
    if threads == 1 {
        let mut by_doc = by_doc;
        let mut next = 0;
        while next < n {
            deliver(second(&mut next, &mut by_doc, &mut stored), &mut errors);
        }
    } else {
        // one chunk handed over while the next is worked on: a thread of
        // this run's own asks the pool for the chunks, in order, and waits
        // for each to be taken before it asks for the one after
        std::thread::scope(|s| {
            let (tx, rx) = std::sync::mpsc::sync_channel(0);
            let second = &second;
            s.spawn(move || {
                let mut by_doc = by_doc;
                let mut stored = stored;
                let mut next = 0;
                while next < n {
                    if tx
                        .send(second(&mut next, &mut by_doc, &mut stored))
                        .is_err()
                    {
                        break;
                    }
                }
            });
            for done in rx {
                deliver(done, &mut errors);
            }
        });
    }
    errors.sort_by(|a, b| a.path.cmp(&b.path));
    errors
}

#[cfg(test)]
mod tests {
    use super::*;
    use document::Format;

    #[test]
    fn a_check_reads_the_tense_only_where_a_claim_can_come_from() {
        let text = "The market fell on Tuesday.\n\nOn Tuesday, Russia deployed its \
                    peacekeepers in Nagorno-Karabakh on 10 November.\n";
        let date = jiff::civil::date(2024, 6, 14);
        let doc = Document::new("a.txt", text.into(), Format::Text, Some(date));
        let rules = rules::bundled();
        let full = analyse(doc.clone(), &rules);
        let lazy = analyse_to_check(doc, &rules);
        fn tenses(a: &Analysis) -> Vec<(&str, text::Tense)> {
            a.mentions
                .iter()
                .map(|r| (&a.document.text[r.mention.span.clone()], r.tense))
                .collect()
        }
        // the first "Tuesday" is in a sentence that names no subject
        assert_eq!(tenses(&full)[0], ("Tuesday", text::Tense::Past));
        assert_eq!(tenses(&lazy)[0], ("Tuesday", text::Tense::Unknown));
        // the second names the contingent: its dates' tense is read
        assert_eq!(tenses(&full)[1..], tenses(&lazy)[1..]);
        assert_eq!(tenses(&lazy)[1], ("Tuesday", text::Tense::Past));
        let claims = |a: &Analysis| -> Vec<(usize, usize, String)> {
            a.claims
                .iter()
                .map(|c| (c.mention, c.fact, c.value.to_string()))
                .collect()
        };
        assert!(!full.claims.is_empty(), "{:?}", full.claims);
        assert_eq!(claims(&full), claims(&lazy));
    }
}
