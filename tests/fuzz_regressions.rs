//! Regression tests for inputs that once crashed a fuzz target (or a
//! property test). Each input is kept under `tests/fixtures/fuzz/<target>/`
//! and run the way the fuzz target in `fuzz/fuzz_targets/<target>.rs` runs it:
//!
//! - `extract/`: a document, as plain text and Markdown, with and without an
//!   article date, through `analyse` and every check; no panic, every span on
//!   char boundaries;
//! - `rules/`: a rule file for `rules::load`; `Ok` or `Err`, never a panic,
//!   and an error that points inside the file.
//!
//! Every saved input is also run by `every_saved_*_input`, so a new one needs
//! no new code; a named test says what a crash guarded against.

use claimlint::checks::Place;
use claimlint::document::{Document, Format};
use claimlint::rules::{RuleSet, bundled};
use jiff::civil::Date;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(bundled)
}

fn fixture_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/fuzz")
        .join(target)
}

fn read(target: &str, name: &str) -> Vec<u8> {
    let path = fixture_dir(target).join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn saved(target: &str) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixture_dir(target))
        .map(|d| d.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    paths.retain(|p| p.is_file());
    paths.sort();
    paths
}

fn check_span(text: &str, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && text.get(span.clone()).is_some(),
        "{what} span {span:?} not on char boundaries of {text:?}"
    );
}

/// What `fuzz/fuzz_targets/extract.rs` does with one input.
fn run_extract(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let doc = Document::new("fuzz.txt", text.to_string(), Format::Text, None);
    let a = claimlint::analyse(doc, rules());
    for m in &a.mentions {
        check_span(text, &m.mention.span, "mention");
    }
    let dct = Date::new(2024, 4, 17).ok();
    for (format, date) in [
        (Format::Markdown, None),
        (Format::Text, dct),
        (Format::Text, None),
        (Format::Markdown, dct),
    ] {
        let doc = Document::new("fuzz.md", text.to_string(), format, date);
        let report = claimlint::check(vec![doc], rules());
        for m in &report.analyses[0].mentions {
            check_span(text, &m.mention.span, "mention");
        }
        for f in &report.findings {
            check_span(text, &f.span, f.code);
            for r in &f.related {
                if r.place == Place::Document(0) {
                    check_span(text, &r.span, "related");
                }
            }
        }
    }
}

/// What `fuzz/fuzz_targets/rules.rs` does with one input (less the rendering
/// of errors, which needs miette's `fancy` feature).
fn run_rules(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let alone = vec![("fuzz.yaml".to_string(), text.to_string())];
    match claimlint::rules::load(&alone) {
        Err(e) => {
            let end = e.span.offset() + e.span.len();
            assert!(end <= text.len(), "error span {:?} past the end", e.span);
            let _ = e.to_string();
        }
        Ok(rules) => {
            let doc = Document::new(
                "t.txt",
                "Some 2,000 peacekeepers were deployed on 10 November 2020.".to_string(),
                Format::Text,
                None,
            );
            let _ = claimlint::check(vec![doc], &rules);
        }
    }
}

#[test]
fn every_saved_extract_input() {
    for p in saved("extract") {
        eprintln!("{}", p.display());
        run_extract(&std::fs::read(&p).unwrap());
    }
}

#[test]
fn every_saved_rules_input() {
    for p in saved("rules") {
        eprintln!("{}", p.display());
        run_rules(&std::fs::read(&p).unwrap());
    }
}

/// Found by `tests/properties.rs`: a bare plural unit ("years") straight
/// after a non-ASCII character ("April–years", "😀years") sliced the text
/// one byte after the character's start, inside it, when looking for the
/// word before ("for years").
#[test]
fn plural_unit_after_a_multibyte_char() {
    run_extract(&read("extract", "plural-unit-after-multibyte-char.txt"));
    for text in ["😀years. ", "‑years", "0–years-. ", "Türkiye–weeks"] {
        run_extract(text.as_bytes());
    }
}

/// Found by `cargo fuzz run extract`: in Markdown, a code span blanked out
/// of the scan copy left "between" and "2020 and 2023" more than 80 bytes
/// of spaces apart. The parsers read the run as one space, but the
/// look-ahead after a weak word gave up after 80 bytes, so debug builds'
/// check that the look-ahead passes over no claim failed (and release
/// builds missed the range).
#[test]
fn weak_word_before_a_long_blank_run() {
    run_extract(&read("extract", "weak-word-before-a-long-blank-run.txt"));
    let blanks = " ".repeat(200);
    let text = format!("It rose between{blanks}2020 and 2023.");
    run_extract(text.as_bytes());
    let found = claimlint::extract::extract(&text);
    assert!(
        found
            .iter()
            .any(|m| text[m.span.clone()].starts_with("between")),
        "{found:?}"
    );
}

/// Found by `cargo fuzz run extract`: "2024,2 between" read as the count
/// "2024,2" by the shortcut that spares plain counts the temporal forms,
/// while the forms read the year 2024 (debug builds' dispatch check failed,
/// and release builds missed the year).
#[test]
fn year_before_a_comma_and_digit() {
    run_extract(&read("extract", "year-before-a-comma-and-digit.txt"));
    let text = "It ended in 2024,2 between them.";
    run_extract(text.as_bytes());
    let found = claimlint::extract::extract(text);
    assert!(
        found.iter().any(|m| &text[m.span.clone()] == "2024"),
        "{found:?}"
    );
}

/// Found by `cargo fuzz run extract`: a check defers the count at "2020"
/// in "2020 p.m.art" (a year before a unit is a count's number), and
/// completing the scan read it by trying no temporal form, which debug
/// builds' dispatch check took for a form left out (the year matches).
/// A deferred count is now read as the count alone (`extract::count_at`).
#[test]
fn a_deferred_count_at_a_year_is_read_as_a_count() {
    run_extract(&read("extract", "year-read-as-a-count-deferred.txt"));
    let text = "They sent 2020 p.m. troops in 2021 after a deal.";
    run_extract(text.as_bytes());
}

/// Found by `cargo fuzz run extract`: "0e422" read as 0 times ten to the
/// 422nd, which a float holds as infinity, and 0 times infinity is NaN: a
/// count from NaN to NaN, which debug builds refuse and release builds
/// showed as "any". A power of ten beyond what a float holds is no
/// exponent, and an ordinary one still is ("5e3" is 5,000).
#[test]
fn an_exponent_beyond_a_float_is_no_exponent() {
    run_extract(&read("extract", "exponent-beyond-a-float.txt"));
    let doc = Document::new("x.txt", "5e3 came, and 0e422.".into(), Format::Text, None);
    let a = claimlint::analyse(doc, rules());
    let values: Vec<String> = a
        .mentions
        .iter()
        .filter_map(|m| m.value.as_ref().map(|v| v.to_string()))
        .collect();
    assert_eq!(values, ["4,500–5,500"]);
}

/// Found by `cargo fuzz run extract`: a count whose text runs past the end
/// of its sentence (a sentence cut by a run of NUL bytes) was read for the
/// words after it up to the sentence's end, a slice that ended before it
/// began. The words after a count are read only where there are some.
#[test]
fn a_count_past_the_end_of_its_sentence_is_read_without_a_panic() {
    run_extract(&read("extract", "count-past-its-sentence.txt"));
}

/// Found by a blind test pack (round 42, ozone), in a debug build: "below
/// minus 78C" was read as at most -78 from a lower bound of 0, an interval
/// that ends before it begins, which debug builds refuse to build. Below
/// zero, "below" has no lower bound, and "nearly" reaches towards zero.
#[test]
fn a_hedge_before_a_negative_amount_is_read_without_a_panic() {
    run_extract(&read("extract", "below-a-negative-amount.txt"));
}

/// Found by `cargo fuzz run rules`: a count written `.NAN` (YAML's
/// not-a-number) loaded as an interval from NaN to NaN, which debug builds
/// refuse to build and release builds would have compared with claims.
/// Numbers a rule file writes must be finite: values, durations and
/// tolerances that are not (`.nan`, `.inf`, `inf`, `1e400`, a duration that
/// overflows to infinity) are errors pointing at their line.
#[test]
fn a_non_finite_number_in_a_rule_file_is_an_error() {
    run_rules(&read("rules", "non-finite-count.yaml"));
    let head = "subjects:\n  - id: s\n    name: Somewhere\nfacts:\n  - id: s.f\n    subject: s\n";
    for (fact, line) in [
        ("    kind: count\n    value: .NAN\n", 8),
        ("    kind: count\n    value: -.inf\n", 8),
        ("    kind: count\n    value: inf\n", 8),
        ("    kind: count\n    value: 1e400\n", 8),
        ("    kind: count\n    value: 5/NaN\n", 8),
        ("    kind: count\n    value: 2000\n    tolerance: .nan\n", 9),
        ("    kind: count\n    value: 2000\n    tolerance: NaN%\n", 9),
        ("    kind: duration\n    value: PNaND\n", 8),
        ("    kind: duration\n    value: 1e308 years\n", 8),
        (
            "    kind: date\n    value: 2020-11-10\n    tolerance: inf\n",
            9,
        ),
    ] {
        let text = format!("{head}{fact}");
        let err = claimlint::rules::load(&[("f.yaml".to_string(), text.clone())]).expect_err(&text);
        let (at, _) = claimlint::document::line_col(&text, err.span.offset());
        assert_eq!(at, line, "{text}\n{err}");
        run_rules(text.as_bytes());
    }
}

/// Found by `tests/properties.rs`: in "2020-since the 44-day war", the cue
/// "since" starts inside the hyphenated run "2020-since", and the word
/// before it (read to the run's end) ended after it. Asking whether a verb
/// of change stood right before the cue sliced the text backwards.
#[test]
fn a_cue_inside_a_hyphenated_word() {
    run_extract(&read("extract", "cue-inside-a-hyphenated-word.txt"));
    for text in [
        "2020-since the 44-day war. ",
        "rose-since 2020 the war",
        "a pre-of 2020 war",
    ] {
        run_extract(text.as_bytes());
    }
}

/// Found by `cargo fuzz run extract`: a count after a minus sign ("of
/// -04") took its relation word from before its digits in the scan and
/// from before its sign when read later for a claim ([`extract`]'s counts
/// deferred where no rule can bind them), so debug builds found a mention
/// the whole scan did not. Both read the word before the mention's start.
#[test]
fn a_signed_count_has_one_relation_however_it_is_read() {
    run_extract(&read("extract", "relation-before-a-signed-count.txt"));
}
