//! Benchmarks of the hot path on news text: `cargo bench --bench pipeline`.
//!
//! The text is the five seed articles of `corpus/` concatenated (about 34 kB),
//! repeated to 1 MB so per-call overheads do not dominate. Each benchmark
//! reports its throughput in bytes per second (divan prints MB/s).
//!
//! - `extract`: the word-start scanner and the nom parsers alone.
//! - `analyse`: extraction, resolution, lexicon scan and binding of one
//!   document.
//! - `check`: the whole pipeline with every check, one document.
//! - `check_10k_facts`: the same with a generated pack of 10,000 extra facts
//!   added to the bundled rules, to show what a large pack costs.
//! - `load_bundled`, `load_10k_facts`: reading and compiling the rules, which
//!   every run of the command does once (its counter is the rule files'
//!   bytes).

use claimlint::document::{Document, Format};
use claimlint::rules::{self, RuleSet};
use divan::{Bencher, counter::BytesCount};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn news() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let mut seeds: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/corpus"))
            .expect("corpus/")
            .flatten()
            .map(|e| e.path())
            .collect();
        seeds.sort();
        let one: String = seeds
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("seed"))
            .collect();
        let mut text = String::with_capacity(1 << 20);
        while text.len() < 1 << 20 {
            text.push_str(&one);
        }
        text
    })
}

fn bundled() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(rules::bundled)
}

/// The bundled rules plus a pack of `n` generated facts about generated
/// subjects, each with its own names and cues.
pub fn with_generated(n: usize) -> RuleSet {
    rules::load(&generated_sources(n)).expect("generated pack loads")
}

/// The rule files [`with_generated`] loads.
fn generated_sources(n: usize) -> Vec<(String, String)> {
    let mut pack = String::from("pack: generated\nsubjects:\n");
    for k in 0..n {
        pack.push_str(&format!(
            "  - id: s{k}\n    name: Subject {k}\n    aliases: [Zorblat Agency {k}]\n"
        ));
    }
    pack.push_str("facts:\n");
    for k in 0..n {
        pack.push_str(&format!(
            "  - id: s{k}.founded\n    subject: s{k}\n    kind: date\n    value: 19{:02}-01-01\n    cues: [founded{k}, established{k}]\n",
            k % 100
        ));
    }
    let mut sources = bundled_sources();
    sources.push(("generated.yaml".into(), pack));
    sources
}

/// The bundled rule files, as `rules::load` takes them.
fn bundled_sources() -> Vec<(String, String)> {
    rules::BUNDLED_RULES
        .iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect()
}

fn big_rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| with_generated(10_000))
}

#[divan::bench]
fn extract(b: Bencher) {
    let text = news();
    b.counter(BytesCount::of_str(text))
        .bench(|| claimlint::extract::extract(divan::black_box(text)));
}

#[divan::bench]
fn analyse(b: Bencher) {
    let text = news();
    let rules = bundled();
    b.counter(BytesCount::of_str(text))
        .with_inputs(|| Document::new("news.txt", text.to_string(), Format::Text, None))
        .bench_values(|doc| claimlint::analyse(doc, rules));
}

fn bench_check(b: Bencher, rules: &RuleSet) {
    let text = news();
    b.counter(BytesCount::of_str(text))
        .with_inputs(|| {
            vec![Document::new(
                "news.txt",
                text.to_string(),
                Format::Text,
                None,
            )]
        })
        .bench_values(|docs| claimlint::check(docs, rules));
}

#[divan::bench]
fn check(b: Bencher) {
    bench_check(b, bundled());
}

#[divan::bench]
fn check_10k_facts(b: Bencher) {
    bench_check(b, big_rules());
}

#[divan::bench]
fn load_bundled(b: Bencher) {
    let sources = bundled_sources();
    b.counter(BytesCount::new(
        sources.iter().map(|(_, t)| t.len()).sum::<usize>(),
    ))
    .bench(|| rules::load(divan::black_box(&sources)).expect("loads"));
}

#[divan::bench(sample_count = 10)]
fn load_10k_facts(b: Bencher) {
    let sources = generated_sources(10_000);
    b.counter(BytesCount::new(
        sources.iter().map(|(_, t)| t.len()).sum::<usize>(),
    ))
    .bench(|| rules::load(divan::black_box(&sources)).expect("loads"));
}
