//! Robustness: no input makes the pipeline panic, and every span it reports
//! lies on character boundaries inside the text.

use claimlint::document::{Document, Format};
use claimlint::rules::{RuleSet, bundled};
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(bundled)
}

const SAMPLE: &str = "In late\u{a0}2020 — nearly 2,000 troops‑strong; “19–20 September” \
    the 44‑day war, 31 June 2024, Tuesday, 17 April 2024 (PPI) Türkiye 2020–23 \
    a year and a half ago 53-year-old five‑year‑long 10\u{2011}day 1,9 2,0000 \
    International Criminal Court (ICC) – 2024-04-22 03:16:42 ~ 100,000 % $ € 😀";

fn check_all(text: &str) {
    let rules = rules();
    for fmt in [Format::Text, Format::Markdown] {
        let doc = Document::new("x", text.to_string(), fmt, None);
        let report = claimlint::check(vec![doc], rules);
        let a = &report.analyses[0];
        for m in &a.mentions {
            assert!(
                text.is_char_boundary(m.mention.span.start)
                    && text.is_char_boundary(m.mention.span.end)
            );
            assert!(m.mention.span.end <= text.len());
        }
        for f in &report.findings {
            assert!(
                text.get(f.span.clone()).is_some(),
                "finding span {:?} in {text:?}",
                f.span
            );
        }
    }
}

#[test]
fn every_prefix_and_suffix_of_tricky_text() {
    for (k, _) in SAMPLE.char_indices() {
        check_all(&SAMPLE[..k]);
        check_all(&SAMPLE[k..]);
    }
}

#[test]
fn the_seed_corpus_cut_anywhere() {
    let text = include_str!("../corpus/002_981216bf96d0ffee.txt");
    let mut k = 0;
    while k < text.len() {
        if text.is_char_boundary(k) {
            check_all(&text[k..(k + 300).min(text.len())]);
        }
        k += 97;
    }
}

/// Regression (found by the property tests): the word before a date that
/// may modify a name ran on into the date ("1-2020"), and slicing the gap
/// between them panicked.
#[test]
fn a_word_running_into_a_date_is_not_a_determiner_before_it() {
    for text in [
        "1-2020",
        "1-2020 here. ",
        "the-2020 war in Karabakh",
        "its2020 war",
    ] {
        check_all(text);
    }
}
