//! The formats CI tools read (`--format concise|github|gitlab|sarif|junit`):
//! a snapshot of each on the seed corpus, and each checked against the JSON
//! report finding by finding (the same places, codes and severities), read
//! back as its consumers read it. The streamed reports are checked against
//! these in `tests/cli.rs`.

mod common;

use claimlint::Report;
use claimlint::check;
use claimlint::document::{Document, Format};
use claimlint::input::InputError;
use claimlint::render::ci::{self, Pieces};
use claimlint::rules::{self, RuleSet};
use common::snapshot;
use serde_json::Value;

fn corpus_report() -> (Report, RuleSet) {
    let rules = rules::bundled();
    let report = check(common::documents("corpus"), &rules);
    (report, rules)
}

/// The JSON report's findings: (path, line, column, offset, length, code,
/// severity, text).
type Row = (String, u64, u64, u64, u64, String, String, String);

fn json_rows(report: &Report, rules: &RuleSet) -> Vec<Row> {
    let v: Value = serde_json::from_str(&common::json(report, rules)).unwrap();
    v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["path"].as_str().unwrap().into(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["offset"].as_u64().unwrap(),
                f["length"].as_u64().unwrap(),
                f["code"].as_str().unwrap().into(),
                f["severity"].as_str().unwrap().into(),
                f["text"].as_str().unwrap().into(),
            )
        })
        .collect()
}

fn render(format: &dyn Pieces, report: &Report, rules: &RuleSet) -> String {
    ci::render(format, report, rules, &[])
}

#[test]
fn snapshots_of_the_corpus_in_each_format() {
    let (report, rules) = corpus_report();
    for (name, format) in [
        ("concise", &ci::concise::Concise as &dyn Pieces),
        ("github", &ci::github::Github),
        ("gitlab", &ci::gitlab::Gitlab),
        ("sarif", &ci::sarif::Sarif),
        ("junit", &ci::junit::Junit),
    ] {
        snapshot(
            &format!("corpus-all-{name}"),
            &format!("corpus/*.txt in one run, --format {name}"),
            &render(format, &report, &rules),
        );
    }
}

#[test]
fn sarif_results_are_the_findings_with_their_rules_and_regions() {
    let (report, rules) = corpus_report();
    let want = json_rows(&report, &rules);
    assert!(want.len() >= 5, "{want:?}");
    let v: Value = serde_json::from_str(&render(&ci::sarif::Sarif, &report, &rules)).unwrap();
    assert_eq!(v["version"], "2.1.0");
    let run = &v["runs"][0];
    let driver_rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let codes: Vec<&str> = claimlint::checks::REGISTRY
        .iter()
        .map(|c| c.code())
        .collect();
    assert_eq!(
        driver_rules
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect::<Vec<_>>(),
        codes
    );
    let results = run["results"].as_array().unwrap();
    let got: Vec<Row> = results
        .iter()
        .map(|r| {
            let index = r["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(driver_rules[index]["id"], r["ruleId"]);
            let loc = &r["locations"][0]["physicalLocation"];
            let region = &loc["region"];
            let level = match r["level"].as_str().unwrap() {
                "note" => "advice",
                l => l,
            };
            (
                loc["artifactLocation"]["uri"].as_str().unwrap().into(),
                region["startLine"].as_u64().unwrap(),
                region["startColumn"].as_u64().unwrap(),
                region["byteOffset"].as_u64().unwrap(),
                region["byteLength"].as_u64().unwrap(),
                r["ruleId"].as_str().unwrap().into(),
                level.into(),
                region["snippet"]["text"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(got, want);
    // every result cites its evidence: the rule in its file, or the other
    // document's claim
    for r in results {
        let related = r["relatedLocations"].as_array().map_or(&[][..], |a| &a[..]);
        assert!(!related.is_empty() || r["ruleId"] != "fact-mismatch", "{r}");
        for l in related {
            assert!(
                l["physicalLocation"]["region"]["startLine"]
                    .as_u64()
                    .unwrap()
                    >= 1
            );
        }
    }
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn gitlab_issues_are_the_findings_with_distinct_fingerprints() {
    let (report, rules) = corpus_report();
    let want = json_rows(&report, &rules);
    let v: Value = serde_json::from_str(&render(&ci::gitlab::Gitlab, &report, &rules)).unwrap();
    let issues = v.as_array().unwrap();
    let got: Vec<(String, u64, String)> = issues
        .iter()
        .map(|i| {
            (
                i["location"]["path"].as_str().unwrap().into(),
                i["location"]["lines"]["begin"].as_u64().unwrap(),
                i["check_name"].as_str().unwrap().into(),
            )
        })
        .collect();
    let want: Vec<(String, u64, String)> = want.into_iter().map(|r| (r.0, r.1, r.5)).collect();
    assert_eq!(got, want);
    let mut prints: Vec<&str> = issues
        .iter()
        .map(|i| i["fingerprint"].as_str().unwrap())
        .collect();
    prints.sort();
    prints.dedup();
    assert_eq!(prints.len(), issues.len());
    // a clean run is an empty list
    let clean = check(
        vec![Document::new(
            "clean.txt",
            "Nothing here.\n".into(),
            Format::Text,
            None,
        )],
        &rules,
    );
    assert_eq!(render(&ci::gitlab::Gitlab, &clean, &rules), "[]\n");
}

#[test]
fn github_and_concise_write_one_line_a_finding() {
    let (report, rules) = corpus_report();
    let want = json_rows(&report, &rules);
    let github = render(&ci::github::Github, &report, &rules);
    let concise = render(&ci::concise::Concise, &report, &rules);
    assert_eq!(github.lines().count(), want.len(), "{github}");
    assert_eq!(concise.lines().count(), want.len(), "{concise}");
    for ((g, c), w) in github.lines().zip(concise.lines()).zip(&want) {
        let command = match w.6.as_str() {
            "advice" => "notice",
            s => s,
        };
        assert!(
            g.starts_with(&format!(
                "::{command} file={},line={},col={},",
                w.0, w.1, w.2
            )),
            "{g}"
        );
        assert!(g.contains(&format!(",title=claimlint {}::", w.5)), "{g}");
        assert!(
            c.starts_with(&format!("{}:{}:{}: {}[{}] ", w.0, w.1, w.2, w.6, w.5)),
            "{c}"
        );
    }
}

#[test]
fn junit_has_a_failed_case_a_finding_and_a_passed_case_a_clean_document() {
    let (report, rules) = corpus_report();
    let want = json_rows(&report, &rules);
    let out = render(&ci::junit::Junit, &report, &rules);
    assert!(out.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"));
    assert!(out.ends_with("</testsuites>\n"));
    let suites = out.matches("<testsuite ").count();
    assert_eq!(suites, report.analyses.len());
    assert_eq!(out.matches("<failure ").count(), want.len());
    let with_findings = {
        let mut docs: Vec<&str> = want.iter().map(|r| r.0.as_str()).collect();
        docs.dedup();
        docs.len()
    };
    assert_eq!(
        out.matches("<testcase ").count(),
        want.len() + report.analyses.len() - with_findings
    );
    assert_eq!(suites, out.matches("</testsuite>").count());
}

/// Paths and messages with the characters each format must escape, and an
/// input that could not be read.
#[test]
fn special_characters_and_input_errors() {
    let rules = rules::load(&[]).unwrap();
    let doc = Document::new(
        "drafts/a, b: c & <d> 100%.txt",
        "April 18, 2024\n\nThe vote was on Tuesday, 17 April 2024.\n".into(),
        Format::Text,
        None,
    );
    let report = check(vec![doc], &rules);
    assert_eq!(report.findings.len(), 1, "{:?}", report.findings);
    let errors = [InputError {
        path: "drafts/bad.txt".into(),
        error: claimlint::document::LoadError::Binary,
    }];
    let github = ci::render(&ci::github::Github, &report, &rules, &errors);
    assert!(
        github.starts_with("::warning file=drafts/a%2C b%3A c & <d> 100%25.txt,line=3,col=17,"),
        "{github}"
    );
    assert!(
        github.contains(
            "\n::error file=drafts/bad.txt,title=claimlint::cannot check drafts/bad.txt: "
        )
    );
    let sarif: Value =
        serde_json::from_str(&ci::render(&ci::sarif::Sarif, &report, &rules, &errors)).unwrap();
    let run = &sarif["runs"][0];
    assert_eq!(
        run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "drafts/a%2C%20b%3A%20c%20%26%20%3Cd%3E%20100%25.txt"
    );
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    assert_eq!(
        run["invocations"][0]["toolExecutionNotifications"][0]["locations"][0]["physicalLocation"]
            ["artifactLocation"]["uri"],
        "drafts/bad.txt"
    );
    let junit = ci::render(&ci::junit::Junit, &report, &rules, &errors);
    assert!(
        junit.contains("name=\"drafts/a, b: c &amp; &lt;d&gt; 100%.txt\""),
        "{junit}"
    );
    assert!(junit.contains("errors=\"1\""), "{junit}");
    assert!(junit.contains("<error type=\"input\""), "{junit}");
    let gitlab: Value =
        serde_json::from_str(&ci::render(&ci::gitlab::Gitlab, &report, &rules, &errors)).unwrap();
    assert_eq!(
        gitlab[0]["location"]["path"],
        "drafts/a, b: c & <d> 100%.txt"
    );
}
