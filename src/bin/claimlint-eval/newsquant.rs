//! `claimlint-eval newsquant`: quantities in news sentences (NewsQuant, from
//! the CQE paper). The scoring rules are documented on the binary.

use super::{Outcome, pct, spread};
use claimlint::document::{Document, Format};
use claimlint::extract::{Change, DateBase, Expr, Hedge, Quant};
use rayon::prelude::*;
use std::path::Path;

#[derive(serde::Deserialize)]
struct Sentence {
    text: String,
    quantities: Vec<GoldQuantity>,
}

#[derive(serde::Deserialize)]
struct GoldQuantity {
    change: String,
    value: String,
}

/// A numeric value: one number, or a range "a-b" (as the gold writes
/// "from 5 to 7 per cent").
#[derive(Clone, Copy, Debug, PartialEq)]
enum Num {
    One(f64),
    Range(f64, f64),
}

impl std::fmt::Display for Num {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Num::One(v) => write!(f, "{v}"),
            Num::Range(a, b) => write!(f, "{a}-{b}"),
        }
    }
}

/// The gold `value` as CQE's `decode_dictionary` reads it: a range when it
/// has a `-` after the first character, else one number. Unlike CQE, a
/// number in exponent notation ("1.99E-29") is one number.
fn gold_value(s: &str) -> Option<Num> {
    let s = s.trim();
    if let Ok(v) = s.parse::<f64>() {
        return Some(Num::One(v));
    }
    let k = s[1..].find('-')? + 1;
    let a = s[..k].trim().parse().ok()?;
    let b = s[k + 1..].trim().parse().ok()?;
    Some(Num::Range(a, b))
}

/// `numpy.isclose` with its defaults, as CQE's `values_match` uses it.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-8 + 1e-5 * b.abs()
}

fn values_match(gold: Num, pred: Num) -> bool {
    match (gold, pred) {
        (Num::One(g), Num::One(p)) => close(p, g),
        (Num::Range(g1, g2), Num::Range(p1, p2)) => close(p1, g1) && close(p2, g2),
        _ => false,
    }
}

/// A quantity the extractor found.
#[derive(Clone, Debug)]
struct Pred {
    span: std::ops::Range<usize>,
    value: Num,
    change: &'static str,
}

fn change(h: Hedge, c: Option<Change>) -> &'static str {
    match c {
        Some(Change::Up) => return "up",
        Some(Change::Down) => return "down",
        None => {}
    }
    match h {
        Hedge::Exact => "=",
        Hedge::About | Hedge::Nearly => "~",
        Hedge::AtLeast => ">",
        Hedge::AtMost => "<",
    }
}

/// Number words that make a duration a stated amount ("three years", "a
/// year and a half"); "a year", "an hour" state none.
fn is_number_word(w: &str) -> bool {
    use claimlint::extract::lex;
    let w = w.to_ascii_lowercase();
    let singular = w.strip_suffix('s').unwrap_or(&w);
    lex::UNITS[1..].contains(&w.as_str())
        || lex::TENS.contains(&w.as_str())
        || ["hundred", "thousand", "million", "billion", "dozen"].contains(&singular)
        || w == "half"
}

fn states_number(text: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        || text
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(is_number_word)
}

/// The numbers of a compound duration's terms after the first, with their
/// offsets in its text: (9, 2) and (19, 14) in "3 years, 2 months, 14
/// days". A number is a run of digits or a number in words, as the
/// extractor reads them ("twenty-one").
fn later_terms(said: &str) -> Vec<(usize, f64)> {
    use claimlint::extract::lex;
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(c) = said[at..].chars().next() {
        let word_start =
            c.is_ascii_alphanumeric() && !said[..at].ends_with(|p: char| p.is_ascii_alphanumeric());
        let rest = &said[at..];
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let read = if !word_start {
            None
        } else if digits > 0 {
            rest[..digits].parse::<f64>().ok().map(|n| (digits, n))
        } else {
            lex::number_words(rest)
                .ok()
                .map(|(r, (n, _))| (rest.len() - r.len(), n))
        };
        match read {
            Some((len, n)) => {
                out.push((at, n));
                at += len.max(1);
            }
            None => at += c.len_utf8(),
        }
    }
    out.into_iter().skip(1).collect()
}

/// The quantities among a sentence's mentions (see the binary's doc comment
/// for which mentions count).
fn predictions(text: &str, rules: &claimlint::rules::RuleSet) -> Vec<Pred> {
    let doc = Document::new("x", text.to_string(), Format::Text, None);
    let analysis = claimlint::analyse(doc, rules);
    let mut out = Vec::new();
    for r in &analysis.mentions {
        let m = &r.mention;
        let said = &text[m.span.clone()];
        let (value, hedge, dir) = match m.expr {
            Expr::Count(c) => match c.to {
                Some(to) => (Num::Range(c.value, to), c.hedge, c.change),
                None => (Num::One(c.value), c.hedge, c.change),
            },
            Expr::Duration(d)
                if matches!(d.quant, Quant::Amount | Quant::Every) && states_number(said) =>
            {
                // "3 years, 2 months, 14 days": NewsQuant counts each
                // term's number, the extractor one duration of its sum
                if !d.plus.is_zero() {
                    for (at, n) in later_terms(said) {
                        let start = m.span.start + at;
                        out.push(Pred {
                            span: start..start + 1,
                            value: Num::One(n),
                            change: "=",
                        });
                    }
                }
                let value =
                    d.to.map_or(Num::One(d.amount), |to| Num::Range(d.amount, to));
                (value, d.hedge, None)
            }
            // a time of day ("10:27 PM", "5am") is no amount
            Expr::Date(d) if d.time.is_some() => continue,
            Expr::Date(d) => match d.base {
                DateBase::Ago { n, .. } | DateBase::Shifted { n, .. } if states_number(said) => {
                    (Num::One(f64::from(n.abs())), Hedge::Exact, None)
                }
                _ => continue,
            },
            _ => continue,
        };
        out.push(Pred {
            span: m.span.clone(),
            value,
            change: change(hedge, dir),
        });
    }
    out
}

#[derive(Default, Clone, Copy)]
struct Tally {
    sentences: usize,
    gold: usize,
    predicted: usize,
    value: usize,
    value_change: usize,
    /// CQE's own count (`calculate_metrics`): one prediction may match
    /// several gold quantities.
    cqe_value: usize,
    up_down: usize,
}

struct SentenceResult {
    text: String,
    gold: Vec<(Num, String)>,
    preds: Vec<Pred>,
    /// (gold index, prediction index)
    pairs: Vec<(usize, usize)>,
    tally: Tally,
}

fn score(s: &Sentence, rules: &claimlint::rules::RuleSet) -> Result<SentenceResult, String> {
    let gold: Vec<(Num, String)> = s
        .quantities
        .iter()
        .map(|q| {
            gold_value(&q.value)
                .map(|v| (v, q.change.clone()))
                .ok_or_else(|| format!("unreadable gold value {:?} in {:?}", q.value, s.text))
        })
        .collect::<Result<_, _>>()?;
    let preds = predictions(&s.text, rules);
    let mut used = vec![false; preds.len()];
    let mut pairs = Vec::new();
    let mut t = Tally {
        sentences: 1,
        gold: gold.len(),
        predicted: preds.len(),
        ..Tally::default()
    };
    // one to one: each gold quantity takes the first unused prediction of
    // the same value, preferring one whose change also agrees
    for (gi, (gv, gc)) in gold.iter().enumerate() {
        if gc == "up" || gc == "down" {
            t.up_down += 1;
        }
        let candidates: Vec<usize> = (0..preds.len())
            .filter(|&p| !used[p] && values_match(*gv, preds[p].value))
            .collect();
        let pick = candidates
            .iter()
            .copied()
            .find(|&p| preds[p].change == gc)
            .or(candidates.first().copied());
        if let Some(p) = pick {
            used[p] = true;
            pairs.push((gi, p));
            t.value += 1;
            if preds[p].change == gc {
                t.value_change += 1;
            }
        }
    }
    // CQE: every (gold, prediction) pair of equal values counts, up to the
    // number of gold quantities in the sentence
    let matching: usize = gold
        .iter()
        .map(|(gv, _)| preds.iter().filter(|p| values_match(*gv, p.value)).count())
        .sum();
    t.cqe_value = matching.min(gold.len());
    Ok(SentenceResult {
        text: s.text.clone(),
        gold,
        preds,
        pairs,
        tally: t,
    })
}

pub fn run(file: &Path, errors: Option<usize>, min_value: Option<f64>) -> Result<Outcome, String> {
    let src = std::fs::read_to_string(file)
        .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let data: Vec<Sentence> =
        serde_json::from_str(&src).map_err(|e| format!("{}: {e}", file.display()))?;
    if data.is_empty() {
        return Err(format!("no sentences in {}", file.display()));
    }
    let rules = claimlint::rules::bundled();
    let results: Vec<SentenceResult> = data
        .par_iter()
        .map(|s| score(s, &rules))
        .collect::<Result<_, _>>()?;
    let mut t = Tally::default();
    for r in &results {
        let s = r.tally;
        t.sentences += s.sentences;
        t.gold += s.gold;
        t.predicted += s.predicted;
        t.value += s.value;
        t.value_change += s.value_change;
        t.cqe_value += s.cqe_value;
        t.up_down += s.up_down;
    }
    let v = claimlint::timeml::prf(t.value, t.gold, t.predicted);
    let vc = claimlint::timeml::prf(t.value_change, t.gold, t.predicted);
    let cqe = claimlint::timeml::prf(t.cqe_value, t.gold, t.predicted);
    println!("NewsQuant on {}\n", file.display());
    println!("sentences  gold  pred | value P     R    F1 | value+change P     R    F1");
    println!(
        "{:>9} {:>5} {:>5} | {:>7} {:>5} {:>5} | {:>14} {:>5} {:>5}",
        t.sentences,
        t.gold,
        t.predicted,
        pct(v.p),
        pct(v.r),
        pct(v.f1),
        pct(vc.p),
        pct(vc.r),
        pct(vc.f1)
    );
    println!(
        "(CQE's own count, where one prediction may match several gold quantities: value F1 {}; \
         {} gold changes are up/down, which no hedge matches)",
        pct(cqe.f1),
        t.up_down
    );
    if let Some(n) = errors {
        print_errors(&results, n);
    }
    let mut code = 0;
    if let Some(min) = min_value
        && 100.0 * v.f1 < min
    {
        eprintln!("value F1 {} is below the minimum {min}", pct(v.f1));
        code = 1;
    }
    Ok(Outcome {
        code,
        scores: vec![
            ("NewsQuant value F1", 100.0 * v.f1),
            ("NewsQuant value+change F1", 100.0 * vc.f1),
        ],
    })
}

fn print_errors(results: &[SentenceResult], n: usize) {
    let mut missed = Vec::new();
    let mut spurious = Vec::new();
    let mut changes = Vec::new();
    for r in results {
        let short: String = r.text.chars().take(160).collect();
        for (gi, (gv, gc)) in r.gold.iter().enumerate() {
            match r.pairs.iter().find(|&&(g, _)| g == gi) {
                None => missed.push(format!("gold {gc} {gv}: {short}")),
                Some(&(_, p)) if r.preds[p].change != gc => changes.push(format!(
                    "gold {gc} {gv}, found {:?} {}: {short}",
                    &r.text[r.preds[p].span.clone()],
                    r.preds[p].change
                )),
                Some(_) => {}
            }
        }
        for (pi, p) in r.preds.iter().enumerate() {
            if !r.pairs.iter().any(|&(_, q)| q == pi) {
                spurious.push(format!(
                    "found {:?} = {} {}: {short}",
                    &r.text[p.span.clone()],
                    p.change,
                    p.value
                ));
            }
        }
    }
    for (title, v) in [
        (
            "false negatives (gold quantity, no prediction of its value)",
            &missed,
        ),
        (
            "false positives (prediction, no gold quantity of its value)",
            &spurious,
        ),
        ("change mismatches (value matched)", &changes),
    ] {
        println!("\n{title}: {}", v.len());
        for line in spread(v, n) {
            println!("  {line}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_terms_of_compound_durations() {
        let table: [(&str, &[(usize, f64)]); 5] = [
            (
                "3 years, 2 months, 14 days, and 16 hours",
                &[(9, 2.0), (19, 14.0), (32, 16.0)],
            ),
            (
                "24 hours, 39 minutes, and 35 seconds",
                &[(10, 39.0), (26, 35.0)],
            ),
            ("two years and three months", &[(14, 3.0)]),
            // a number in words of two parts is one number
            ("2 years and twenty-one days", &[(12, 21.0)]),
            ("1 month 21 days", &[(8, 21.0)]),
        ];
        for (said, want) in table {
            assert_eq!(later_terms(said), want, "{said}");
        }
    }

    #[test]
    fn each_term_of_a_compound_duration_is_a_prediction() {
        let rules = claimlint::rules::bundled();
        let text = "Forrest Gump keeps running for 3 years, 2 months, 14 days, and 16 hours.";
        let mut values: Vec<String> = predictions(text, &rules)
            .iter()
            .map(|p| format!("{:?}", p.value))
            .collect();
        values.sort();
        assert_eq!(values, ["One(14.0)", "One(16.0)", "One(2.0)", "One(3.0)"]);
        // a duration of one term is one prediction
        let text = "He ran for 3 years.";
        assert_eq!(predictions(text, &rules).len(), 1);
    }
}
