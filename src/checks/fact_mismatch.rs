//! `fact-mismatch`: a claim contradicts a known fact.
//!
//! ## What it does
//! Compares each claim with the value of the fact it is bound to. The claim's
//! interval (set by its precision and hedge) and the fact's interval must be
//! disjoint by more than the fact's tolerance.
//!
//! ## Why
//! This is the error an editor most needs to see before publishing: a date,
//! count or duration that the record says is wrong. Because both sides are
//! intervals, "late 2020", "November 2020" and "2020" all agree with a
//! deployment on 10 November 2020, and "nearly 2,000" agrees with 1,960.
//! A claim inside a quotation is someone's words, which the draft may report
//! accurately: it gets advice, not an error, asking whether the text says
//! the figure is wrong.
//! A claim far from the fact's value gets advice too, for it is most
//! likely another thing's figure, which the sentence's words bound to this
//! fact: a count a hundred times as large or as small, not a slip of the
//! unit, or a date that writes its year and shares no part with the
//! fact's, years away ([`crate::claims::Loose::FarFromFact`]).
//!
//! ## Example
//! ```text
//! Russia deployed its peacekeepers there in 2019.
//!                                          ^^^^ peacekeepers.deployed is 2020-11-10
//! ```

use super::{
    Check, DocContext, Finding, Severity, fact_help, loose_help, quoted_help, rule_related,
};

pub struct FactMismatch;

impl Check for FactMismatch {
    fn code(&self) -> &'static str {
        "fact-mismatch"
    }

    fn severity(&self) -> Severity {
        Severity::Error
    }

    fn summary(&self) -> &'static str {
        "a claim contradicts a known fact (disjoint intervals beyond tolerance)"
    }

    fn check_document(&self, cx: &DocContext<'_>, out: &mut Vec<Finding>) {
        for c in cx.claims {
            let f = &cx.rules.facts[c.fact];
            let Some(v) = &f.value else { continue };
            if c.value.gap(&v.interval) <= f.tolerance {
                continue;
            }
            let m = &cx.mentions[c.mention].mention;
            let text = &cx.doc.text[m.span.clone()];
            // someone's words, which the text may quote accurately: advice
            // (or a weekday alone, which may not be read as meant)
            let severity = if c.quoted || c.loose.is_some() {
                Severity::Advice
            } else {
                self.severity()
            };
            let mut finding = Finding::new(
                self.code(),
                severity,
                cx.index,
                m.span.clone(),
                format!(
                    "\"{}\" contradicts {}: the rule says {v}",
                    super::one_line(text),
                    f.id
                ),
            );
            finding.fact = Some(f.id.clone());
            finding.expected = Some(v.to_string());
            finding.found = Some(c.value.to_string());
            finding.help = Some(if c.quoted {
                quoted_help(cx.rules, c.fact)
            } else if let Some(loose) = c.loose {
                loose_help(cx.rules, c.fact, loose)
            } else {
                fact_help(cx.rules, c.fact)
            });
            finding.related.push(rule_related(cx.rules, c.fact));
            out.push(finding);
        }
    }
}
