//! The seed corpus (`corpus/*.txt`, real articles): snapshots of the human
//! and JSON reports of each article alone and of the whole corpus in one
//! run; determinism; and the "floor", the findings the corpus must give
//! whatever else changes.

mod common;

use claimlint::checks::Severity;
use claimlint::document::Document;
use claimlint::rules::{self, RuleSet};
use claimlint::{Report, check};
use common::{describe, files_in, human, json, path_of, snapshot, text_of};

const CORPUS: &str = "corpus";

fn corpus() -> Vec<Document> {
    files_in(CORPUS)
        .iter()
        .map(|p| common::document(p))
        .collect()
}

/// `000_de554b017806c0f0` for `corpus/000_de554b017806c0f0.txt`.
fn stem(path: &str) -> &str {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

#[test]
fn the_corpus_has_five_articles() {
    let files = files_in(CORPUS);
    assert_eq!(files.len(), 5, "{files:?}");
}

#[test]
fn each_article_alone() {
    let rules = rules::bundled();
    for path in files_in(CORPUS) {
        let report = check(vec![common::document(&path)], &rules);
        let name = stem(&path);
        snapshot(
            &format!("corpus-{name}-human"),
            &path,
            &human(&report, &rules),
        );
        snapshot(
            &format!("corpus-{name}-json"),
            &path,
            &json(&report, &rules),
        );
    }
}

#[test]
fn the_whole_corpus() {
    let rules = rules::bundled();
    let report = check(corpus(), &rules);
    snapshot(
        "corpus-all-human",
        "corpus/*.txt in one run",
        &human(&report, &rules),
    );
    snapshot(
        "corpus-all-json",
        "corpus/*.txt in one run",
        &json(&report, &rules),
    );
}

#[test]
fn reports_are_deterministic_and_independent_of_input_order() {
    let rules = rules::bundled();
    let docs = corpus();
    let first = check(docs.clone(), &rules);
    let again = check(docs.clone(), &rules);
    let mut reversed_docs = docs;
    reversed_docs.reverse();
    let reversed = check(reversed_docs, &rules);

    let (j1, j2, j3) = (
        json(&first, &rules),
        json(&again, &rules),
        json(&reversed, &rules),
    );
    assert!(
        j1 == j2,
        "two runs on the same input give different JSON: {}",
        first_difference(&j1, &j2)
    );
    assert!(
        j1 == j3,
        "reversing the input order changes the JSON: {}",
        first_difference(&j1, &j3)
    );
    let (h1, h3) = (human(&first, &rules), human(&reversed, &rules));
    assert!(
        h1 == h3,
        "reversing the input order changes the human report: {}",
        first_difference(&h1, &h3)
    );
}

/// The first line where two outputs differ, for assertion messages.
fn first_difference(a: &str, b: &str) -> String {
    let mut la = a.lines();
    let mut lb = b.lines();
    for n in 1.. {
        match (la.next(), lb.next()) {
            (None, None) => break,
            (x, y) if x != y => return format!("line {n}: {x:?} vs {y:?}"),
            _ => {}
        }
    }
    "no line differs".into()
}

// ---------------------------------------------------------------- the floor
//
// Whole corpus, no --date: each article's date comes from its dateline.

fn corpus_report() -> (Report, RuleSet) {
    let rules = rules::bundled();
    (check(corpus(), &rules), rules)
}

fn in_article<'a>(report: &'a Report, prefix: &str) -> Vec<&'a claimlint::checks::Finding> {
    let prefix = format!("{CORPUS}/{prefix}");
    report
        .findings
        .iter()
        .filter(|f| path_of(report, f).starts_with(&prefix))
        .collect()
}

#[test]
fn floor_000_deployed_since_2019_is_a_fact_mismatch() {
    let (report, _) = corpus_report();
    let found = in_article(&report, "000_");
    assert!(
        found.iter().any(|f| f.code == "fact-mismatch"
            && f.severity == Severity::Error
            && text_of(&report, f) == "2019"
            && f.fact.as_deref() == Some("peacekeepers.deployed")),
        "expected a fact-mismatch error on \"2019\" [peacekeepers.deployed] in 000_*; found:\n{}",
        describe(&report, found.iter().copied())
    );
}

#[test]
fn floor_001_inaugurated_november_8_2024_is_an_anachronism() {
    let (report, _) = corpus_report();
    let found = in_article(&report, "001_");
    assert!(
        found
            .iter()
            .any(|f| f.code == "anachronism" && text_of(&report, f) == "November 8, 2024"),
        "expected an anachronism on \"November 8, 2024\" in 001_*; found:\n{}",
        describe(&report, found.iter().copied())
    );
}

#[test]
fn floor_002_and_003_have_no_errors() {
    let (report, _) = corpus_report();
    for prefix in ["002_", "003_"] {
        let found = in_article(&report, prefix);
        let errors: Vec<_> = found
            .iter()
            .copied()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        assert!(
            errors.is_empty(),
            "expected no error-severity finding in {prefix}*; found:\n{}",
            describe(&report, errors)
        );
    }
}

#[test]
fn floor_004_wrong_name_and_acronym_but_no_fact_mismatch() {
    let (report, _) = corpus_report();
    let found = in_article(&report, "004_");
    let all = describe(&report, found.iter().copied());
    assert!(
        found.iter().any(|f| f.code == "wrong-name"
            && text_of(&report, f) == "Joint Security Treaty Organization"),
        "expected a wrong-name on \"Joint Security Treaty Organization\" in 004_*; found:\n{all}"
    );
    assert!(
        found
            .iter()
            .any(|f| f.code == "acronym-mismatch" && text_of(&report, f) == "PPI"),
        "expected an acronym-mismatch on \"PPI\" in 004_*; found:\n{all}"
    );
    assert!(
        !found.iter().any(|f| f.code == "fact-mismatch"),
        "expected no fact-mismatch in 004_*; found:\n{all}"
    );
}

/// A run that reads its files itself keeps only the lines around claims and
/// findings (`check_inputs`); its reports must be those of a run given the
/// whole documents (`check`).
#[test]
fn files_read_by_the_run_report_as_whole_documents() {
    let rules = rules::bundled();
    for dir in [CORPUS, "tests/fixtures/checks/inconsistent/bad"] {
        let files = files_in(dir);
        let whole = check(files.iter().map(|p| common::document(p)).collect(), &rules);
        // relative paths, as the documents are named (tests run from the
        // crate root)
        let inputs = files
            .iter()
            .map(|p| claimlint::Input::File(p.into()))
            .collect();
        let (read, errors) = claimlint::check_inputs(inputs, None, &rules);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(
            read.analyses.iter().all(|a| a.document.pieces.is_some()),
            "the documents the run read are kept in pieces"
        );
        assert_eq!(human(&read, &rules), human(&whole, &rules), "{dir}");
        assert_eq!(json(&read, &rules), json(&whole, &rules), "{dir}");
    }
}
