//! Arbitrary bytes → if UTF-8, a rule file for `claimlint::rules::load`.
//! Loading must return `Ok` or `Err`, never panic. An error must point inside
//! the file and render as the CLI renders it; a rule file that loads alone is
//! also loaded after the bundled packs (ids may clash) and used to check a
//! short text.

#![no_main]

use claimlint::document::{Document, Format};
use claimlint::rules::{BUNDLED_RULES, load};
use libfuzzer_sys::fuzz_target;

const TEXT: &str = "Azerbaijan and Armenia fought the 44-day war in late 2020; \
    some 2,000 Russian peacekeepers were deployed on 10 November 2020. \
    The International Criminal Court (ICC) said on Wednesday, 17 April 2024 \
    that the peacekeepers had withdrawn a year earlier.";

fn render(e: &claimlint::rules::RuleError, text: &str) {
    let end = e.span.offset() + e.span.len();
    assert!(
        end <= text.len(),
        "rule error span {:?} past the end of a {}-byte file",
        e.span,
        text.len()
    );
    let mut out = String::new();
    let _ = miette::GraphicalReportHandler::new_themed(miette::GraphicalTheme::unicode_nocolor())
        .with_width(100)
        .render_report(&mut out, e);
}

fn use_rules(rules: &claimlint::rules::RuleSet) {
    let doc = Document::new("t.txt", TEXT.to_string(), Format::Text, None);
    let _ = claimlint::check(vec![doc], rules);
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let alone = vec![("fuzz.yaml".to_string(), text.to_string())];
    match load(&alone) {
        Err(e) => render(&e, text),
        Ok(rules) => {
            use_rules(&rules);
            let mut all: Vec<(String, String)> = BUNDLED_RULES
                .iter()
                .map(|(p, t)| (p.to_string(), t.to_string()))
                .collect();
            all.push(("fuzz.yaml".to_string(), text.to_string()));
            match load(&all) {
                // the error may point into a bundled file: just render it
                Err(e) => {
                    let mut out = String::new();
                    let _ = miette::GraphicalReportHandler::new_themed(
                        miette::GraphicalTheme::unicode_nocolor(),
                    )
                    .render_report(&mut out, e.as_ref());
                }
                Ok(rules) => use_rules(&rules),
            }
        }
    }
});
