//! Arbitrary bytes → if UTF-8, a document (plain text and Markdown, with and
//! without an article date) run through `analyse` and every check, against the
//! bundled rules, and the human and JSON reports drawn. Fails on any panic,
//! and on any mention or finding span that is not on char boundaries inside
//! the text.

#![no_main]

use claimlint::checks::Place;
use claimlint::document::{Document, Format};
use claimlint::rules::{RuleSet, bundled};
use jiff::civil::Date;
use libfuzzer_sys::fuzz_target;
use std::ops::Range;
use std::sync::OnceLock;

fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(bundled)
}

fn check_spans(text: &str, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && text.get(span.clone()).is_some(),
        "{what} span {span:?} not on char boundaries of a {}-byte text",
        text.len()
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // `analyse` alone, as the extract subcommand uses it
    let doc = Document::new("fuzz.txt", text.to_string(), Format::Text, None);
    let a = claimlint::analyse(doc, rules());
    for m in &a.mentions {
        check_spans(text, &m.mention.span, "mention");
    }
    // the whole pipeline, both formats, with and without an article date
    let dct = Date::new(2024, 4, 17).ok();
    for (format, date) in [(Format::Markdown, None), (Format::Text, dct)] {
        let doc = Document::new("fuzz.md", text.to_string(), format, date);
        let report = claimlint::check(vec![doc], rules());
        for m in &report.analyses[0].mentions {
            check_spans(text, &m.mention.span, "mention");
        }
        for f in &report.findings {
            check_spans(text, &f.span, f.code);
            for r in &f.related {
                if r.place == Place::Document(0) {
                    check_spans(text, &r.span, "related");
                }
            }
        }
        // and the reports drawn: the human one lays out every span
        let style = claimlint::render::human::Style {
            color: false,
            width: 80,
        };
        let _ = claimlint::render::human::render(&report, rules(), style);
        let _ = claimlint::render::json::render(&report, rules(), &[]);
    }
});
