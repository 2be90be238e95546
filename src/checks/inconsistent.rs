//! `inconsistent`: claims about the same fact that disagree.
//!
//! ## What it does
//! Gathers every claim bound to the same fact, across the documents of a run
//! and within each document, and finds the ones whose intervals are disjoint
//! beyond the fact's tolerance. The claim that agrees with the most others is
//! taken as the reference; each claim that disagrees with it is reported,
//! naming every place it disagrees with. Works for facts with no known value
//! too: then consistency is all there is to check.
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

use super::{Check, CorpusContext, Finding, Place, Related, Severity, fact_help};
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

    fn check_corpus(&self, cx: &CorpusContext<'_>, out: &mut Vec<Finding>) {
        // fact -> [(doc, claim)] in document order
        let mut by_fact: BTreeMap<usize, Vec<(usize, usize)>> = BTreeMap::new();
        for (d, doc) in cx.docs.iter().enumerate() {
            for (c, claim) in doc.claims.iter().enumerate() {
                by_fact.entry(claim.fact).or_default().push((d, c));
            }
        }
        for (fact, claims) in by_fact {
            if claims.len() < 2 {
                continue;
            }
            let tol = cx.rules.facts[fact].tolerance;
            let value = |&(d, c): &(usize, usize)| &cx.docs[d].claims[c].value;
            // the fact's tolerance allows for slack in one day's dating; two
            // claims at a coarser grain ("2019", "2020") must overlap
            let coarse = |v: &crate::value::Value| v.granularity.is_some_and(|g| g > crate::value::Granularity::Week);
            let agree = |a: &(usize, usize), b: &(usize, usize)| {
                let (va, vb) = (value(a), value(b));
                let t = if coarse(va) || coarse(vb) { 0.0 } else { tol };
                va.gap_value(vb) <= t
            };
            let support: Vec<usize> = claims
                .iter()
                .map(|a| claims.iter().filter(|b| agree(a, b)).count())
                .collect();
            let best = *support.iter().max().unwrap_or(&0);
            // the reference: the first claim with the most support
            let Some(anchor) = support.iter().position(|&s| s == best) else { continue };
            for (k, c) in claims.iter().enumerate() {
                if agree(c, &claims[anchor]) {
                    continue;
                }
                // with a tie between two camps, report only the later camp
                if support[k] == best && k < anchor {
                    continue;
                }
                let others: Vec<&(usize, usize)> = claims.iter().filter(|o| !agree(c, o)).collect();
                let (d, ci) = *c;
                let doc = &cx.docs[d];
                let claim = &doc.claims[ci];
                let m = &doc.mentions[claim.mention].mention;
                let text = &doc.doc.text[m.span.clone()];
                let fid = &cx.rules.facts[fact].id;
                let places: Vec<String> = others
                    .iter()
                    .map(|&&(od, oc)| {
                        let o = &cx.docs[od];
                        let om = &o.mentions[o.claims[oc].mention].mention;
                        let (line, _) = o.doc.line_col(om.span.start);
                        format!("\"{}\" at {}:{line}", &o.doc.text[om.span.clone()], o.doc.path)
                    })
                    .collect();
                let mut f = Finding::new(
                    self.code(),
                    self.severity(),
                    doc.index,
                    m.span.clone(),
                    format!(
                        "\"{text}\" disagrees with {} other claim{} about {fid}: {}",
                        others.len(),
                        if others.len() == 1 { "" } else { "s" },
                        places.join(", ")
                    ),
                );
                f.fact = Some(fid.clone());
                f.found = Some(claim.value.to_string());
                f.expected = Some(cx.docs[claims[anchor].0].claims[claims[anchor].1].value.to_string());
                f.help = Some(fact_help(cx.rules, fact));
                for &&(od, oc) in others.iter().take(MAX_RELATED) {
                    let o = &cx.docs[od];
                    let om = &o.mentions[o.claims[oc].mention].mention;
                    f.related.push(Related {
                        place: Place::Document(o.index),
                        span: om.span.clone(),
                        message: format!("{} says {}", o.doc.path, o.claims[oc].value),
                    });
                }
                out.push(f);
            }
        }
    }
}
