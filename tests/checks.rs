//! One fixture pair per check, ruff style: `tests/fixtures/checks/<code>/`
//! holds a `bad` text (a file, or a directory of files for checks across
//! documents) that triggers the check, and its `clean` twin, a minimal edit
//! that makes it correct.
//!
//! For each code the bad fixture must give at least one finding with that
//! code, the clean twin no finding at all, and the human report of the bad
//! fixture is snapshotted in `snapshots/check-<code>.snap`.

mod common;

use claimlint::checks::REGISTRY;
use claimlint::rules;
use common::{describe, documents, human, snapshot};

/// Where a code's fixtures live.
fn fixture_dir(code: &str) -> String {
    format!("tests/fixtures/checks/{code}")
}

/// `bad.txt` or the directory `bad/` (likewise for `clean`).
fn fixture(code: &str, which: &str) -> String {
    let dir = fixture_dir(code);
    let file = format!("{dir}/{which}.txt");
    if common::root().join(&file).is_file() {
        file
    } else {
        format!("{dir}/{which}")
    }
}

/// Runs the bad and clean fixtures of `code` and snapshots the bad report.
fn check_fixture(code: &str) {
    let rules = rules::bundled();

    let bad = fixture(code, "bad");
    let report = claimlint::check(documents(&bad), &rules);
    assert!(
        report.findings.iter().any(|f| f.code == code),
        "{bad} should give a `{code}` finding; it gives:\n{}",
        describe(&report, &report.findings)
    );
    snapshot(&format!("check-{code}"), &bad, &human(&report, &rules));

    let clean = fixture(code, "clean");
    let report = claimlint::check(documents(&clean), &rules);
    assert!(
        report.findings.is_empty(),
        "{clean} should give no finding at all; it gives:\n{}",
        describe(&report, &report.findings)
    );
}

#[test]
fn fact_mismatch() {
    check_fixture("fact-mismatch");
}

#[test]
fn inconsistent() {
    check_fixture("inconsistent");
}

#[test]
fn weekday_mismatch() {
    check_fixture("weekday-mismatch");
}

#[test]
fn invalid_date() {
    check_fixture("invalid-date");
}

#[test]
fn anachronism() {
    check_fixture("anachronism");
}

#[test]
fn acronym_mismatch() {
    check_fixture("acronym-mismatch");
}

#[test]
fn wrong_name() {
    check_fixture("wrong-name");
}

/// The codes the tests above cover, in registry order.
const TESTED: [&str; 7] = [
    "fact-mismatch",
    "inconsistent",
    "weekday-mismatch",
    "invalid-date",
    "anachronism",
    "acronym-mismatch",
    "wrong-name",
];

/// A check added to the registry needs its fixtures and a test above.
#[test]
fn every_registered_check_has_a_fixture_pair_and_a_test() {
    let codes: Vec<&str> = REGISTRY.iter().map(|c| c.code()).collect();
    assert_eq!(
        codes, TESTED,
        "REGISTRY changed: add fixtures and a test for each new code"
    );
    for code in codes {
        for which in ["bad", "clean"] {
            let p = fixture(code, which);
            assert!(common::root().join(&p).exists(), "missing fixture {p}");
        }
    }
}

/// Every fixture opens with a title, then a dateline on its own line, so
/// that date-relative checks have an article date.
#[test]
fn every_fixture_has_a_dateline() {
    for code in TESTED {
        for which in ["bad", "clean"] {
            for d in documents(&fixture(code, which)) {
                assert!(d.date.is_some(), "{} has no dateline", d.path);
            }
        }
    }
}
