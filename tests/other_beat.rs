//! A newsroom with another beat writes its own YAML: the pack in
//! `tests/fixtures/packs/jwst/` (the James Webb Space Telescope) and five
//! articles written for it, each with true claims, paraphrases and planted
//! errors. Nothing here is tied to the bundled Karabakh pack, so a check that
//! only works for it shows up here.
//!
//! The last three tests are regressions found with this pack, each named
//! after what it guards; each also runs on a one-paragraph text.

mod common;

use claimlint::document::{Document, Format};
use claimlint::rules::{self, RuleSet};
use common::{describe, documents, path_of, root, text_of};

const PACK: &str = "tests/fixtures/packs/jwst/jwst.yaml";

fn pack() -> RuleSet {
    let text = std::fs::read_to_string(root().join(PACK)).expect("the pack is readable");
    rules::load(&[(PACK.to_string(), text)]).unwrap_or_else(|e| panic!("{PACK}: {e:?}"))
}

/// `(file name, code, text)` of every finding, in report order.
fn found(report: &claimlint::Report) -> Vec<(String, &'static str, String)> {
    report
        .findings
        .iter()
        .map(|f| {
            let path = path_of(report, f);
            let name = path.rsplit('/').next().unwrap_or(path).to_string();
            (name, f.code, text_of(report, f).to_string())
        })
        .collect()
}

fn text_doc(name: &str, text: &str) -> Document {
    Document::new(name, text.to_string(), Format::Text, None)
}

#[test]
fn the_planted_errors_are_found_and_nothing_else() {
    let rules = pack();
    let report = claimlint::check(documents("tests/fixtures/packs/jwst/articles"), &rules);
    let expected = [
        // "its sunshield, which has four layers"
        ("a2.md", "fact-mismatch", "four"),
        (
            "a3.txt",
            "wrong-name",
            "National Aeronautics and Space Agency",
        ),
        ("a3.txt", "acronym-mismatch", "STSI"),
        // a launch dated the day before it happened
        ("a4.txt", "fact-mismatch", "December 24, 2021"),
        ("a4.txt", "fact-mismatch", "21"),
        // 21 segments in a4 against 18 in a5: the rule says 18, so the 21
        // is the one out of line
        ("a4.txt", "inconsistent", "21"),
    ];
    let expected: Vec<(String, &str, String)> = expected
        .iter()
        .map(|(f, c, t)| (f.to_string(), *c, t.to_string()))
        .collect();
    assert_eq!(
        found(&report),
        expected,
        "{}",
        describe(&report, &report.findings)
    );
}

#[test]
fn a_dateline_is_not_a_claim() {
    // a wire story dated the day after the launch it reports
    let text = "KOUROU, French Guiana, 26 December 2021 (Wire) — The James Webb \
                Space Telescope lifted off on Saturday aboard an Ariane 5 rocket.";
    let rules = pack();
    let report = claimlint::check(vec![text_doc("wire.txt", text)], &rules);
    assert_eq!(
        found(&report),
        [],
        "{}",
        describe(&report, &report.findings)
    );
    // the same date in the story's own words is a claim, and a wrong one
    let text = "KOUROU, French Guiana, 26 December 2021 (Wire) — The James Webb \
                Space Telescope launched on 26 December 2021 aboard an Ariane 5.";
    let report = claimlint::check(vec![text_doc("wire.txt", text)], &rules);
    assert_eq!(
        found(&report),
        [(
            "wire.txt".to_string(),
            "fact-mismatch",
            "26 December 2021".to_string()
        )],
        "{}",
        describe(&report, &report.findings)
    );
}

#[test]
fn a_cue_followed_by_its_own_date_is_that_dates() {
    // "launch" is Christmas Day's cue, not 24 January's
    // (the "arrived" is too far from the date to be its cue)
    let text = "25 January 2022\n\nThe James Webb Space Telescope arrived at its orbit \
                around the second Lagrange point, L2, on Monday, 24 January, a month after \
                its launch on Christmas Day.";
    let rules = pack();
    let report = claimlint::check(vec![text_doc("l2.txt", text)], &rules);
    assert_eq!(
        found(&report),
        [],
        "{}",
        describe(&report, &report.findings)
    );
    // with no date after the cue, the date before it is the launch's
    let text = "25 January 2022\n\nThe James Webb Space Telescope completed its launch \
                on Monday, 24 January.";
    let report = claimlint::check(vec![text_doc("l2.txt", text)], &rules);
    assert_eq!(
        found(&report),
        [(
            "l2.txt".to_string(),
            "fact-mismatch",
            "Monday, 24 January".to_string()
        )],
        "{}",
        describe(&report, &report.findings)
    );
}

#[test]
fn a_right_claim_is_not_reported_for_disagreeing_with_a_wrong_one() {
    let rules = pack();
    let docs = vec![
        text_doc("first.txt", "The Webb telescope's mirror has 21 segments."),
        text_doc("second.txt", "The Webb telescope's mirror has 18 segments."),
    ];
    let report = claimlint::check(docs, &rules);
    let inconsistent: Vec<_> = found(&report)
        .into_iter()
        .filter(|(_, code, _)| *code == "inconsistent")
        .collect();
    assert_eq!(
        inconsistent,
        [("first.txt".to_string(), "inconsistent", "21".to_string())],
        "{}",
        describe(&report, &report.findings)
    );
}
