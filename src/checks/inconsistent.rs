//! `inconsistent`: claims about the same fact that disagree.
//!
//! ## What it does
//! Gathers every claim bound to the same fact, across the documents of a run
//! and within each document, and finds the ones whose intervals are disjoint
//! beyond the fact's tolerance. The claim that agrees with the most others is
//! taken as the reference (where the rule gives the fact's value, the one
//! that agrees with the most others among those the rule bears out); each
//! claim that disagrees with it, and lies outside the rule's own value (or
//! inside a value the rule knows less finely than the claim: a month, for
//! two days that disagree), is reported,
//! naming every place it disagrees with. Works for facts with no known value
//! too: then consistency is all there is to check. With no tolerance, two
//! amounts must share a value, not just an end ("five" and "six" do not);
//! and a claim vague enough to agree with two that disagree ("thousands",
//! beside "13,500" and "more than 33,500") is no reference while another
//! can be.
//!
//! ## Why
//! Two articles of one newsroom (or two paragraphs of one article) that give
//! different dates for the same event embarrass both, whichever is right.
//!
//! ## Example
//! ```text
//! 000.txt: … which it had deployed there since 2019 …
//!                                              ^^^^ 003.txt and 004.txt say 2020
//! ```

use super::{
    Check, CorpusContext, CorpusFindings, Finding, Place, Related, Severity, fact_help, loose_help,
    quoted_help,
};
use crate::value::{Granularity, Value};
use std::collections::BTreeMap;

pub struct Inconsistent;

/// At most this many other places are listed with a finding.
const MAX_RELATED: usize = 8;

impl Check for Inconsistent {
    fn code(&self) -> &'static str {
        "inconsistent"
    }

    fn severity(&self) -> Severity {
        Severity::Warning
    }

    fn summary(&self) -> &'static str {
        "claims bound to the same fact disagree, across the documents of one run or within one document"
    }

    fn check_corpus(&self, cx: &CorpusContext<'_>, out: &mut CorpusFindings) {
        // (fact, money) -> [(doc, claim)] in document order: an amount of
        // money and a count of things bound to one fact measure different
        // things ("cost about $8 billion"; "grounds 171 MAX 9s"), and are
        // not compared
        let mut by_fact: BTreeMap<(usize, bool), Vec<(usize, usize)>> = BTreeMap::new();
        for (d, doc) in cx.docs.iter().enumerate() {
            for (c, claim) in doc.claims.iter().enumerate() {
                by_fact
                    .entry((claim.fact, claim.money))
                    .or_default()
                    .push((d, c));
            }
        }
        for ((fact, _), claims) in by_fact {
            if claims.len() < 2 {
                continue;
            }
            let tol = cx.rules.facts[fact].tolerance;
            let value = |&(d, c): &(usize, usize)| &cx.docs[d].claims[c].value;
            // the fact's tolerance allows for slack in one day's dating; two
            // claims at a coarser grain ("2019", "2020") must overlap
            let coarse = |v: &Value| v.granularity.is_some_and(|g| g > Granularity::Week);
            let agree = |va: &Value, vb: &Value| {
                let t = if coarse(va) || coarse(vb) { 0.0 } else { tol };
                if t > 0.0 {
                    va.gap_value(vb) <= t
                } else {
                    va.agrees_exactly(vb)
                }
            };
            // claims with the same value form one group: a large corpus
            // repeats the same few values many times
            let mut groups: Vec<(&Value, Vec<(usize, usize)>)> = Vec::new();
            for c in &claims {
                match groups.iter_mut().find(|(v, _)| *v == value(c)) {
                    Some((_, members)) => members.push(*c),
                    None => groups.push((value(c), vec![*c])),
                }
            }
            let support: Vec<usize> = groups
                .iter()
                .map(|(a, _)| {
                    groups
                        .iter()
                        .filter(|(b, _)| agree(a, b))
                        .map(|(_, m)| m.len())
                        .sum()
                })
                .collect();
            // the reference: where the rule knows the value, the first group
            // with the most support among those the rule bears out (a claim
            // that is right is not reported for disagreeing with one that
            // is wrong, however many repeat the wrong one); else the first
            // group with the most support
            let rule = cx.rules.facts[fact].value.as_ref();
            let true_to_rule: Vec<bool> = groups
                .iter()
                .map(|(v, _)| rule.is_some_and(|r| v.gap(&r.interval) <= tol))
                .collect();
            // a claim inside the rule's own value, tolerance aside, is right,
            // where the rule is as fine as the claim: a rule known to the
            // month ("2024-02") bears out "22 February" and "23 February"
            // alike, but does not say which day it was, and so does not
            // settle that the two disagree
            let inside_rule: Vec<bool> = groups
                .iter()
                .map(|(v, _)| {
                    rule.is_some_and(|r| {
                        v.gap(&r.interval) <= 0.0
                            && match (r.granularity, v.granularity) {
                                (Some(rg), Some(vg)) => rg <= vg,
                                _ => true,
                            }
                    })
                })
                .collect();
            let by_rule = true_to_rule.contains(&true);
            // a claim vague enough to agree with two that disagree
            // ("thousands", beside "13,500" and "more than 33,500") takes
            // no side: it is no reference while another can be
            let lo = |v: &Value| v.alt.map_or(v.interval.lo, |a| a.lo.min(v.interval.lo));
            let hi = |v: &Value| v.alt.map_or(v.interval.hi, |a| a.hi.max(v.interval.hi));
            let takes_a_side: Vec<bool> = groups
                .iter()
                .map(|(a, _)| {
                    let mut with = groups.iter().filter(|(b, _)| agree(a, b)).map(|(b, _)| *b);
                    let Some(first) = with.next() else {
                        return true;
                    };
                    let (lowest, highest) = with.fold((first, first), |(l, h), b| {
                        (
                            if hi(b) < hi(l) { b } else { l },
                            if lo(b) > lo(h) { b } else { h },
                        )
                    });
                    agree(lowest, highest)
                })
                .collect();
            let sides = (0..groups.len()).any(|k| takes_a_side[k] && (!by_rule || true_to_rule[k]));
            let eligible = |k: usize| (!by_rule || true_to_rule[k]) && (!sides || takes_a_side[k]);
            let best = (0..groups.len())
                .filter(|&k| eligible(k))
                .map(|k| support[k])
                .max()
                .unwrap_or(0);
            let Some(anchor) = (0..groups.len()).find(|&k| eligible(k) && support[k] == best)
            else {
                continue;
            };
            let fid = &cx.rules.facts[fact].id;
            // what every finding about this fact shows, made once
            let mut help = None;
            let mut expected = None;
            for (k, (v, members)) in groups.iter().enumerate() {
                // with a tie between camps the rule does not settle, report
                // only the later ones
                // nor is a claim inside the rule's value: where that is a
                // span ("ratified on 3 October 2023, in force on 1 February
                // 2024"), claims of its two ends disagree and both are right
                // (claims within the tolerance only, "8 November" and "13
                // November" of a deployment on 10 November, still disagree)
                if agree(v, groups[anchor].0)
                    || inside_rule[k]
                    || (!by_rule && support[k] == best && k < anchor)
                {
                    continue;
                }
                let others: Vec<(usize, usize)> = groups
                    .iter()
                    .filter(|(o, _)| !agree(v, o))
                    .flat_map(|(_, m)| m.iter().copied())
                    .collect();
                let shown: Vec<String> = others
                    .iter()
                    .take(MAX_RELATED)
                    .map(|&(od, oc)| {
                        let o = &cx.docs[od];
                        let oc = &o.claims[oc];
                        format!(
                            "\"{}\" at {}:{}",
                            super::one_line(&oc.text),
                            o.path,
                            oc.line
                        )
                    })
                    .collect();
                let more = others.len().saturating_sub(MAX_RELATED);
                let list = if more > 0 {
                    format!("{} and {more} more", shown.join(", "))
                } else {
                    shown.join(", ")
                };
                // the members share their value, and so what is found and
                // the other claims shown with it
                let found = v.to_string();
                let related: Vec<Related> = others
                    .iter()
                    .take(MAX_RELATED)
                    .map(|&(od, oc)| {
                        let o = &cx.docs[od];
                        Related {
                            place: Place::Document(od),
                            span: o.claims[oc].span.clone(),
                            message: format!("{} says {}", o.path, o.claims[oc].value),
                        }
                    })
                    .collect();
                let help = help.get_or_insert_with(|| fact_help(cx.rules, fact));
                let expected = expected.get_or_insert_with(|| groups[anchor].0.to_string());
                for &(d, ci) in members {
                    let doc = &cx.docs[d];
                    let claim = &doc.claims[ci];
                    let text = super::one_line(&claim.text);
                    let mut f = Finding::new(
                        self.code(),
                        if claim.quoted || claim.loose.is_some() {
                            Severity::Advice
                        } else {
                            self.severity()
                        },
                        d,
                        claim.span.clone(),
                        format!(
                            "\"{text}\" disagrees with {} other claim{} about {fid}: {list}",
                            others.len(),
                            if others.len() == 1 { "" } else { "s" },
                        ),
                    );
                    f.fact = Some(fid.clone());
                    f.found = Some(found.clone());
                    f.expected = Some(expected.clone());
                    f.help = Some(if claim.quoted {
                        quoted_help(cx.rules, fact)
                    } else if let Some(loose) = claim.loose {
                        loose_help(cx.rules, fact, loose)
                    } else {
                        help.clone()
                    });
                    f.related = related.clone();
                    out.push(f);
                }
            }
        }
    }
}
