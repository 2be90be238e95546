//! `claimlint-eval`: measures claimlint's extractor on external evaluation
//! data. Subcommands: `tempeval` (TempEval-3 Task A, temporal expressions),
//! `newsquant` (NewsQuant, quantities in news sentences) and `recognizers`
//! (Microsoft Recognizers-Text specs, on a declared in-scope subset); and
//! `stories` (each rule pack against the other packs' articles: the false
//! alarms one story's rules raise on another's articles).
//!
//! # TempEval-3 Task A (temporal expressions)
//!
//! ```text
//! cargo build --release --bin claimlint-eval
//! target/release/claimlint-eval tempeval ../shared/eval/tempeval3/train
//! target/release/claimlint-eval tempeval DIR --errors 20
//! target/release/claimlint-eval tempeval DIR --min-strict 40 --min-relaxed 50 --min-value 35
//! ```
//!
//! Walks `DIR` recursively for `.tml` files (TimeML with gold `TIMEX3`s, such
//! as TempEval-3's TimeBank and AQUAINT). For each, the text of `<TEXT>`
//! (tags removed, entities decoded) is analysed by `claimlint::analyse` with
//! the bundled rules and the document creation time (`<DCT>`) as the
//! article's date, and the TIMEX3s that `claimlint::timex::timexes` derives
//! from the mentions are compared with the gold ones.
//!
//! What is measured is what the official TempEval-3 toolkit
//! (`TE3-evaluation.py`: TimeML-Normalizer, then `evaluate_entities.py`)
//! measures; `claimlint::timeml::score` has the details:
//!
//! - predictions and gold TIMEX3s are paired one to one, in text order, when
//!   their extents share a word token;
//! - strict P/R/F1: paired and the texts are identical (exact extent);
//! - relaxed P/R/F1: paired (overlapping extent);
//! - value F1 and type F1: the share of pairs with the identical `value`
//!   (resp. `type`), times relaxed F1, as the toolkit computes its
//!   "attribute F1".
//!
//! P divides by the predictions, R by the gold TIMEX3s, summed over all
//! files. Scores are printed in percent.
//!
//! `--errors N` prints, for each kind of error, N examples spread over the
//! corpus (false negatives, false positives, extent disagreements, value and
//! type mismatches) and the N most frequent missed and spurious forms (with
//! digits written as 9), to guide work on the extractor.
//!
//! `CLAIMLINT_EVAL_PAIRS=FILE` in the environment writes every pair, missed
//! gold TIMEX3 and spurious prediction to `FILE`, one a line, tab-separated
//! (file, DCT, gold text and value, predicted text and value, `ok` / `VALUE`
//! / `MISSED` / `SPURIOUS`, the tense the prediction was resolved in,
//! context), to compare two runs.
//!
//! `--min-strict`, `--min-relaxed`, `--min-value` (percent) make the run fail
//! when the strict F1, relaxed F1 or value F1 is below them, for CI.
//!
//! Exit codes (all subcommands): 0 scores at or above the thresholds; 1 a
//! score below one; 2 could not run (no files, unreadable or invalid data).
//!
//! # NewsQuant (quantities in news sentences)
//!
//! ```text
//! target/release/claimlint-eval newsquant ../shared/eval/newsquant/dev.json
//! target/release/claimlint-eval newsquant FILE --errors 20 --min-value 40
//! ```
//!
//! `FILE` is NewsQuant (from CQE, Almasian et al., EMNLP 2023): a JSON array
//! of `{text, quantities: [{change, value, unit, ...}]}`. Each sentence is
//! analysed on its own (`Document::new` with no article date, the bundled
//! rules) and its quantities are compared with the gold ones.
//!
//! What counts as a predicted quantity. NewsQuant annotates every number
//! written in the text with its unit, including durations ("three years in
//! prison", "every 33 years", "Two years later") but never dates: no year
//! ("in 2018", "since 1985") or calendar date ("July 4, 2016") is a gold
//! quantity, and "a year ago" / "a minute" (no written number) are not
//! either. So the predictions are:
//! - every count (`Expr::Count`), its `value` as is: percentages are gold
//!   as the number of percent ("19 per cent" is `19.0`), and the extractor
//!   already scales "1.1 million" to 1100000;
//! - durations stating an amount or a period ("three years", "every 33
//!   years"), when their text has a digit or a number word, valued at the
//!   amount in their own unit (the gold keeps the unit: "3 months" is `3`);
//!   each later term of a compound duration counts too, as the gold
//!   annotates every number ("3 years, 2 months, 14 days" is 3, 2 and 14);
//! - "two years ago" / "Two years later" (`Ago`, `Shifted`) likewise, at
//!   the number of units, but not a time of day ("10:27 PM", "5am"), which
//!   the extractor keeps as a date with a time and no gold annotates;
//! - no other date or date range: temporal mentions are not predictions.
//!
//! Gold values are numbers already normalised by the annotators ("$1.1
//! million" is `1100000.0`, "two-thirds" `0.666…`); a `-` after the first
//! character makes a range ("5.0-7.0" for "5 to 7 per cent", "1000000-
//! 10000000" for "millions"), as CQE's `decode_dictionary` reads them
//! (exponent notation, "1.99E-29", is one number here, not a range).
//!
//! How CQE scores (vivkaz/CQE, `evaluation/evaluate_models.py`,
//! `calculate_metrics`): per sentence, a gold and a predicted quantity
//! match when their values are equal by `numpy.isclose` (relative 1e-5,
//! absolute 1e-8); a gold range matches only a predicted range with both
//! ends equal, never a single number; P = matches / predictions, R =
//! matches / gold quantities, summed over the set. Units play no part in
//! value F1 (they have their own "value+unit" score). value+change counts
//! the matches whose `change` is also equal. This command follows all of
//! that, with one correction: CQE's loop lets one prediction match several
//! gold quantities of the same value (and one gold several predictions, up
//! to the sentence's gold count); here matching is one to one, each gold
//! quantity taking the first unused prediction of its value (preferring one
//! whose change agrees). CQE's own count is printed too, for comparison with
//! the published value F1 (CQE 91.9, quantulum3 73.1, Recognizers-Text 69.1
//! on the whole NewsQuant; `dev.json` is half of it). CQE's taggers drop
//! dates from the systems' outputs for the same reason ("there is no
//! ground truth for it").
//!
//! The change of a prediction is its hedge: Exact `=`, About and Nearly
//! `~`, AtLeast `>`, AtMost `<`. Gold `up`/`down` give the direction of a
//! change ("shares rose 8%"); the extractor does not read directions, so
//! they never match in value+change (their value still counts in value
//! F1), and the run prints how many there are: they bound value+change
//! recall. The extractor has no numeric ranges, so gold ranges are misses
//! and their ends, when found, false positives, as CQE scores other systems.
//!
//! `--errors N` prints N spread examples of missed gold quantities,
//! spurious predictions and change mismatches. `--min-value` (percent)
//! fails the run when value F1 (one to one) is below it.
//!
//! # Stories (each pack's rules on the other packs' articles)
//!
//! ```text
//! target/release/claimlint-eval stories tests/fixtures/packs
//! target/release/claimlint-eval stories DIR --show 30 --max-errors 1100
//! ```
//!
//! Not an extractor measure: the binding's false alarms across stories. A
//! newsroom checks every draft against the rule files of all its stories;
//! each pack's rules are run on every other pack's articles, and the
//! `fact-mismatch` and `inconsistent` findings counted, per pair and in
//! all. Pairs of overlapping stories (two sets on one event) may hold
//! true findings; the others are false alarms.
//!
//! # Recognizers-Text specs (dates, durations, sets, numbers, percentages)
//!
//! ```text
//! target/release/claimlint-eval recognizers ../shared/eval/recognizers/Specs
//! target/release/claimlint-eval recognizers DIR --errors 10 --min-pass 30
//! ```
//!
//! Runs a declared, in-scope subset of Microsoft Recognizers-Text's English
//! test specs (`DIR/{DateTime,Number}/English/*.json`). The subset is a
//! const list in `claimlint-eval/recognizers.rs` (`SCOPE`): ten files
//! (Date, DatePeriod, Duration and Set extractors and parsers; NumberModel,
//! PercentModel) and, per file, case filters, each with its reason:
//! not supported by Recognizers-Text's own .NET implementation; month and
//! weekday names in lower case ("april 22": news capitalises them, and the
//! extractor requires it, since "may" and "march" are verbs); times of
//! day; chat spellings and run-together tokens ("tmrw", "april22", "3h");
//! all-numeric dates without a month name ("4/22"); a day of the month
//! alone ("on 15", "the 27th"); years or days spelled out; "every other
//! Friday"; mathematical notation ("1.1^23", "3/4", "one over three");
//! numbers inside identifiers (IP addresses, "SCP-173"); unusual fractions
//! spelled out ("three fifths", "a hundredth"); decimal commas ("5,00");
//! "percent of 10". The other spec files
//! (times, time zones, holidays, merged and whole-model DateTime files,
//! ranges, ordinals, units and currencies) are out of scope; the run prints
//! how many cases each reason removed.
//!
//! Each in-scope case's `Input` is analysed with its
//! `Context.ReferenceDateTime` as the article date (2016-11-07 when the
//! case has none: extractor files only, where it changes no span). The
//! case passes as Recognizers-Text's own data-driven tests
//! (`TestBase.cs`) decide: the same number of results, zipped in order,
//! each with the same `Text`, `Start` and length (extractor and parser
//! files give `Start` and `Length`; model files `Start` and an inclusive
//! `End`; offsets are UTF-16 code units, as in C#; model `Text` is
//! lowercased), and
//! - in parser files, the same TIMEX value: ours is what
//!   `claimlint::timex::timexes` gives; a TIMEX with unresolved parts
//!   (`XXXX-10-02`, `XXXX-WXX-5`) also accepts either of the two readings
//!   the spec resolves it to (`FutureResolution`/`PastResolution`), at the
//!   same granularity. `Mod` and the resolution maps are not compared;
//! - in number and percent models, the same numeric `Resolution.value`
//!   ("100%" is 100).
//!
//! Only our results of the file's type are compared, as each spec file
//! tests one Recognizers-Text extractor: `date` is a DATE TIMEX of one day,
//! `daterange` any other DATE (a month, a year, a week, a range), then
//! DURATION and SET; numbers are counts (in the percent model, counts with a
//! percent sign or word).
//!
//! Where Recognizers-Text and TimeML write one meaning in different ways,
//! the comparison follows the meaning (each rule is documented where it is
//! made in `recognizers.rs`):
//! - spans: a leading preposition Recognizers-Text keeps and TimeML makes a
//!   SIGNAL ("on Mondays", "within 10 months"), an article TimeML keeps
//!   ("the end of 2000"), an abbreviation's full stop that ends the
//!   sentence ("Thur.");
//! - values: "two years ago" at the day in a date spec (TimeML: the year);
//!   a duration said from the reference time ("the past 2 decades", "next
//!   3 days", "within 10 months", "in 3 weeks") as the period or day it
//!   covers (TimeML: a DURATION); `PRESENT_REF` at a range's end as the
//!   reference day; an `X` in their TIMEX as any digit of ours; their `#n`
//!   notation (`XXXX-04-WXX-5-#1`) by the day it resolves to;
//! - numbers: a number written together with its unit ("180ml") is left to
//!   Recognizers-Text's dimension model; our hedge is not part of the
//!   number's span ("more than half"); the number a duration is counted in
//!   ("3 years") is a number as any other.
//!
//! `--errors N` prints N failed cases per file with the expected and found
//! results. `--min-pass` (percent) fails the run when the overall pass rate
//! on the declared subset is below it.

use claimlint::document::{Document, Format};
use claimlint::timeml::{self, Counts, DocScore, GoldTimex, TimemlDoc};
use claimlint::timex::{self, Timex, TimexType};
use clap::{Parser, Subcommand};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What one evaluation gives: the exit code its thresholds ask for, and its
/// headline scores (percent) for the summary table of `all`.
pub struct Outcome {
    pub code: u8,
    pub scores: Vec<(&'static str, f64)>,
}

#[path = "claimlint-eval/newsquant.rs"]
mod newsquant;
#[path = "claimlint-eval/recognizers.rs"]
mod recognizers;
#[path = "claimlint-eval/stories.rs"]
mod stories;

#[derive(Parser)]
#[command(
    name = "claimlint-eval",
    about = "Measures claimlint's extractor on external evaluation data"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// TempEval-3 Task A: temporal expressions in TimeML (.tml) files.
    Tempeval {
        /// Directory walked recursively for .tml files (or one .tml file).
        dir: PathBuf,
        /// Print N examples of each kind of error and the N most frequent
        /// missed and spurious forms.
        #[arg(long, value_name = "N")]
        errors: Option<usize>,
        /// Fail (exit 1) when strict F1 (percent) is below this.
        #[arg(long, value_name = "PERCENT")]
        min_strict: Option<f64>,
        /// Fail (exit 1) when relaxed F1 (percent) is below this.
        #[arg(long, value_name = "PERCENT")]
        min_relaxed: Option<f64>,
        /// Fail (exit 1) when value F1 (percent) is below this.
        #[arg(long, value_name = "PERCENT")]
        min_value: Option<f64>,
    },
    /// NewsQuant: quantities in news sentences (value and value+change F1).
    Newsquant {
        /// The NewsQuant JSON file (e.g. ../shared/eval/newsquant/dev.json).
        file: PathBuf,
        /// Print N examples of each kind of error.
        #[arg(long, value_name = "N")]
        errors: Option<usize>,
        /// Fail (exit 1) when value F1 (percent) is below this.
        #[arg(long, value_name = "PERCENT")]
        min_value: Option<f64>,
    },
    /// All three on the eval directory (tempeval3/train, newsquant/dev.json,
    /// recognizers/Specs), then one table of the scores with the targets of
    /// issue 3 and the best published figures.
    All {
        /// The directory that holds tempeval3/, newsquant/ and recognizers/.
        dir: PathBuf,
    },
    /// Recognizers-Text English specs, on a declared in-scope subset.
    Recognizers {
        /// The Specs directory (holding DateTime/English, Number/English).
        dir: PathBuf,
        /// Print N failed cases per spec file.
        #[arg(long, value_name = "N")]
        errors: Option<usize>,
        /// Fail (exit 1) when the overall pass rate (percent) is below this.
        #[arg(long, value_name = "PERCENT")]
        min_pass: Option<f64>,
    },
    /// Each pack's rules against the other packs' articles: the
    /// fact-mismatch and inconsistent findings a story's rules make on
    /// another story's articles (DIR holds NAME/NAME.yaml and
    /// NAME/articles/, as tests/fixtures/packs does).
    Stories {
        /// The directory of packs.
        dir: PathBuf,
        /// Print the N pairs with the most findings (default 10).
        #[arg(long, value_name = "N")]
        show: Option<usize>,
        /// Fail (exit 1) when the errors are more than this.
        #[arg(long, value_name = "N")]
        max_errors: Option<usize>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::All { dir } => all(&dir),
        Command::Tempeval {
            dir,
            errors,
            min_strict,
            min_relaxed,
            min_value,
        } => tempeval(
            &dir,
            errors,
            [
                ("strict F1", min_strict),
                ("relaxed F1", min_relaxed),
                ("value F1", min_value),
            ],
        )
        .map(|o| o.code),
        Command::Newsquant {
            file,
            errors,
            min_value,
        } => newsquant::run(&file, errors, min_value).map(|o| o.code),
        Command::Recognizers {
            dir,
            errors,
            min_pass,
        } => recognizers::run(&dir, errors, min_pass).map(|o| o.code),
        Command::Stories {
            dir,
            show,
            max_errors,
        } => stories::run(&dir, show, max_errors),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

/// The `.tml` files under `dir`, sorted.
fn tml_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    if dir.is_file() {
        return Ok(vec![dir.to_path_buf()]);
    }
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries =
            std::fs::read_dir(&d).map_err(|e| format!("cannot read {}: {e}", d.display()))?;
        for e in entries {
            let p = e
                .map_err(|e| format!("cannot read {}: {e}", d.display()))?
                .path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x.eq_ignore_ascii_case("tml")) {
                out.push(p);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// One evaluated file.
struct FileResult {
    path: String,
    doc: TimemlDoc,
    pred: Vec<Timex>,
    score: DocScore,
    /// The tense each prediction was resolved in (for `CLAIMLINT_EVAL_PAIRS`).
    tenses: Vec<String>,
    /// Whether writing the gold TIMEX3s back with `timeml::annotate` and
    /// reading the result gives the same text and extents.
    round_trip: bool,
}

fn evaluate_file(path: &Path, rules: &claimlint::rules::RuleSet) -> Result<FileResult, String> {
    let shown = path.display().to_string();
    let src = std::fs::read_to_string(path).map_err(|e| format!("cannot read {shown}: {e}"))?;
    let doc = timeml::parse(&src).map_err(|e| format!("{shown}: {e}"))?;
    let document = Document::new(&shown, doc.text.clone(), Format::Text, doc.dct);
    let analysis = claimlint::analyse(document, rules);
    let pred = timex::timeml_timexes(&analysis.document.text, &analysis.mentions, doc.dct);
    let score = timeml::score(&doc.text, &doc.gold, &pred);
    let tenses = pred
        .iter()
        .map(|t| {
            analysis
                .mentions
                .iter()
                .find(|m| m.mention.span.start <= t.span.start && t.span.end <= m.mention.span.end)
                .map_or(String::new(), |m| format!("{:?}", m.tense))
        })
        .collect();
    let round_trip = round_trips(&src, &doc);
    Ok(FileResult {
        path: shown,
        doc,
        pred,
        score,
        tenses,
        round_trip,
    })
}

fn round_trips(src: &str, doc: &TimemlDoc) -> bool {
    let as_pred: Vec<Timex> = doc
        .gold
        .iter()
        .map(|g| Timex {
            span: g.span.clone(),
            kind: TimexType::Date,
            value: g.value.clone(),
            modifier: None,
        })
        .collect();
    let Ok(out) = timeml::annotate(src, &as_pred, None) else {
        return false;
    };
    let Ok(back) = timeml::parse(&out) else {
        return false;
    };
    let spans = |v: &[GoldTimex]| {
        v.iter()
            .map(|g| g.span.clone())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
    };
    back.text == doc.text
        && spans(&back.gold) == spans(&doc.gold)
        && out[..back.content.start] == src[..doc.content.start]
        && out[back.content.end..] == src[doc.content.end..]
}

fn pct(x: f64) -> String {
    format!("{:.1}", 100.0 * x)
}

fn table(c: &Counts) -> String {
    let (s, r) = (c.strict(), c.relaxed());
    let mut out = String::new();
    out.push_str(
        "files  gold  pred | strict P     R    F1 | relaxed P     R    F1 | value F1  type F1\n",
    );
    out.push_str(&format!(
        "{:>5} {:>5} {:>5} | {:>8} {:>5} {:>5} | {:>9} {:>5} {:>5} | {:>8} {:>8}\n",
        c.files,
        c.gold,
        c.predicted,
        pct(s.p),
        pct(s.r),
        pct(s.f1),
        pct(r.p),
        pct(r.r),
        pct(r.f1),
        pct(c.value_f1()),
        pct(c.type_f1()),
    ));
    out.push_str(&format!(
        "(pairs: {} relaxed, {} strict; value accuracy {}%, type accuracy {}% over pairs)\n",
        c.relaxed,
        c.strict,
        pct(c.value_accuracy()),
        pct(c.type_accuracy())
    ));
    out
}

/// The text of a span on one line, with a few words of context.
fn context(text: &str, span: &std::ops::Range<usize>) -> String {
    let mut a = span.start.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (span.end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    format!(
        "…{} [{}] {}…",
        squash(&text[a..span.start]),
        squash(&text[span.clone()]),
        squash(&text[span.end..b])
    )
}

/// A form: lowercase, digits as 9, spaces squashed.
fn form(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect()
}

/// `n` items spread evenly over `v`.
fn spread<T: Clone>(v: &[T], n: usize) -> Vec<T> {
    if v.len() <= n {
        return v.to_vec();
    }
    (0..n).map(|k| v[k * v.len() / n].clone()).collect()
}

fn most_frequent(forms: impl Iterator<Item = String>, n: usize) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for f in forms {
        *counts.entry(f).or_default() += 1;
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v.truncate(n);
    v
}

fn short_path(p: &str) -> &str {
    p.rsplit('/').next().unwrap_or(p)
}

fn print_errors(results: &[FileResult], n: usize) {
    // (file, line)
    let mut missed = Vec::new();
    let mut spurious = Vec::new();
    let mut extent = Vec::new();
    let mut value = Vec::new();
    let mut kind = Vec::new();
    let mut missed_forms = Vec::new();
    let mut spurious_forms = Vec::new();
    for r in results {
        let t = &r.doc.text;
        let file = short_path(&r.path);
        for &g in &r.score.missed {
            let g = &r.doc.gold[g];
            missed.push(format!(
                "{file}: {} gold {} {}",
                context(t, &g.span),
                g.kind,
                g.value
            ));
            missed_forms.push(form(&t[g.span.clone()]));
        }
        for &p in &r.score.spurious {
            let p = &r.pred[p];
            spurious.push(format!(
                "{file}: {} predicted {} {}",
                context(t, &p.span),
                p.kind.as_str(),
                p.value
            ));
            spurious_forms.push(form(&t[p.span.clone()]));
        }
        for &(g, p) in &r.score.pairs {
            let (g, p) = (&r.doc.gold[g], &r.pred[p]);
            let (gt, pt) = (&t[g.span.clone()], &t[p.span.clone()]);
            if gt != pt {
                extent.push(format!("{file}: gold {gt:?} predicted {pt:?}"));
            }
            if g.value != p.value {
                value.push(format!(
                    "{file}: gold {gt:?} {} predicted {pt:?} {}",
                    g.value, p.value
                ));
            }
            if g.kind != p.kind.as_str() {
                kind.push(format!(
                    "{file}: gold {gt:?} {} predicted {pt:?} {}",
                    g.kind,
                    p.kind.as_str()
                ));
            }
        }
    }
    let sections: [(&str, &Vec<String>); 5] = [
        ("false negatives (gold, not found)", &missed),
        ("false positives (found, not gold)", &spurious),
        ("extent disagreements (overlap, texts differ)", &extent),
        ("value mismatches", &value),
        ("type mismatches", &kind),
    ];
    for (title, v) in sections {
        println!("\n{title}: {}", v.len());
        for line in spread(v, n) {
            println!("  {line}");
        }
    }
    for (title, forms) in [
        ("most frequent missed forms", missed_forms),
        ("most frequent spurious forms", spurious_forms),
    ] {
        println!("\n{title}:");
        for (f, c) in most_frequent(forms.into_iter(), n) {
            println!("  {c:>4}  {f}");
        }
    }
}

/// Every pair, missed gold and spurious prediction as tab-separated lines
/// (`CLAIMLINT_EVAL_PAIRS=FILE`): file, DCT, gold text and value, predicted
/// text and value, whether the values agree, context.
fn write_pairs(results: &[FileResult], out: &Path) -> Result<(), String> {
    let mut s = String::new();
    let clean = |x: &str| x.split_whitespace().collect::<Vec<_>>().join(" ");
    for r in results {
        let t = &r.doc.text;
        let file = short_path(&r.path);
        let dct = r.doc.dct.map_or(String::new(), |d| d.to_string());
        let mut rows: Vec<(usize, String)> = Vec::new();
        for &(g, pj) in &r.score.pairs {
            let (g, p) = (&r.doc.gold[g], &r.pred[pj]);
            let ok = if g.value == p.value { "ok" } else { "VALUE" };
            let tense = &r.tenses[pj];
            rows.push((
                g.span.start,
                format!(
                    "{file}\t{dct}\t{}\t{}\t{}\t{}\t{ok}\t{tense}\t{}",
                    clean(&t[g.span.clone()]),
                    g.value,
                    clean(&t[p.span.clone()]),
                    p.value,
                    context(t, &g.span)
                ),
            ));
        }
        for &g in &r.score.missed {
            let g = &r.doc.gold[g];
            rows.push((
                g.span.start,
                format!(
                    "{file}\t{dct}\t{}\t{}\t\t\tMISSED\t\t{}",
                    clean(&t[g.span.clone()]),
                    g.value,
                    context(t, &g.span)
                ),
            ));
        }
        for &pj in &r.score.spurious {
            let p = &r.pred[pj];
            rows.push((
                p.span.start,
                format!(
                    "{file}\t{dct}\t\t\t{}\t{}\tSPURIOUS\t{}\t{}",
                    clean(&t[p.span.clone()]),
                    p.value,
                    r.tenses[pj],
                    context(t, &p.span)
                ),
            ));
        }
        rows.sort();
        for (_, line) in rows {
            s.push_str(&line);
            s.push('\n');
        }
    }
    std::fs::write(out, s).map_err(|e| format!("cannot write {}: {e}", out.display()))
}

/// Runs the three evaluations, each printing its own table, then prints one
/// table of their headline scores.
fn all(dir: &Path) -> Result<u8, String> {
    let te3 = tempeval(&dir.join("tempeval3/train"), None, [("", None); 3])?;
    println!();
    let nq = newsquant::run(&dir.join("newsquant/dev.json"), None, None)?;
    println!();
    let rec = recognizers::run(&dir.join("recognizers/Specs"), None, None)?;
    // (data, measure) -> target of issue 3, best published figure
    let reference = |measure: &str| match measure {
        "strict F1" => ("85", "81.3 (HeidelTime, TempEval-3 test)"),
        "relaxed F1" => ("92", "90.3 (HeidelTime, TempEval-3 test)"),
        "value F1" => ("82", "77.6 (HeidelTime, TempEval-3 test)"),
        "type F1" => ("-", "-"),
        "NewsQuant value F1" => ("92", "91.9 (CQE, whole set)"),
        "NewsQuant value+change F1" => ("-", "-"),
        "Recognizers subset passed" => ("90", "-"),
        _ => ("-", "-"),
    };
    println!("\nSummary\n");
    println!(
        "{:<30} {:>7} {:>7}  best published",
        "measure", "score", "target"
    );
    for o in [&te3, &nq, &rec] {
        for &(measure, score) in &o.scores {
            let (target, best) = reference(measure);
            println!("{measure:<30} {score:>7.1} {target:>7}  {best}");
        }
    }
    Ok(0)
}

fn tempeval(
    dir: &Path,
    errors: Option<usize>,
    thresholds: [(&str, Option<f64>); 3],
) -> Result<Outcome, String> {
    let files = tml_files(dir)?;
    if files.is_empty() {
        return Err(format!("no .tml files under {}", dir.display()));
    }
    let rules = claimlint::rules::bundled();
    let results: Vec<FileResult> = files
        .par_iter()
        .map(|p| evaluate_file(p, &rules))
        .collect::<Result<Vec<_>, String>>()?;
    let mut total = Counts::default();
    for r in &results {
        total += r.score.counts;
    }
    let broken: Vec<&str> = results
        .iter()
        .filter(|r| !r.round_trip)
        .map(|r| r.path.as_str())
        .collect();
    println!("TempEval-3 Task A on {}\n", dir.display());
    print!("{}", table(&total));
    if !broken.is_empty() {
        println!(
            "warning: TimeML round trip failed for {} files, e.g. {}",
            broken.len(),
            broken[0]
        );
    }
    if let Some(n) = errors {
        print_errors(&results, n);
    }
    if let Some(out) = std::env::var_os("CLAIMLINT_EVAL_PAIRS") {
        write_pairs(&results, Path::new(&out))?;
    }
    let scores = [total.strict().f1, total.relaxed().f1, total.value_f1()];
    let mut code = 0;
    for ((name, min), got) in thresholds.iter().zip(scores) {
        if let Some(min) = min
            && 100.0 * got < *min
        {
            eprintln!("{name} {} is below the minimum {min}", pct(got));
            code = 1;
        }
    }
    Ok(Outcome {
        code,
        scores: vec![
            ("strict F1", 100.0 * scores[0]),
            ("relaxed F1", 100.0 * scores[1]),
            ("value F1", 100.0 * scores[2]),
            ("type F1", 100.0 * total.type_f1()),
        ],
    })
}
