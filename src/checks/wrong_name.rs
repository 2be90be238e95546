//! `wrong-name`: a known wrong variant of a name.
//!
//! ## What it does
//! Finds the wrong variants listed under a name in the rules ("Joint
//! Security Treaty Organization") and suggests the canonical name.
//!
//! ## Why
//! Garbled organisation names slip past spell checkers: every word is a word.
//!
//! ## Example
//! ```text
//! He froze Yerevan's participation in the Joint Security Treaty Organization.
//!                                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ Collective Security Treaty Organization
//! ```

use super::{Check, DocContext, Finding, Place, Related, Severity};
use crate::rules::Role;

pub struct WrongName;

impl Check for WrongName {
    fn code(&self) -> &'static str {
        "wrong-name"
    }

    fn severity(&self) -> Severity {
        Severity::Warning
    }

    fn summary(&self) -> &'static str {
        "a known wrong variant of a name in the rules, with the canonical name as the fix"
    }

    fn check_document(&self, cx: &DocContext<'_>, out: &mut Vec<Finding>) {
        for h in cx.hits {
            let Role::WrongName(k) = h.role else { continue };
            // a wrong variant inside a longer one of the same name is that
            // one's ("Japan National Railway" in "Japan National Railways",
            // where the rules list both): one finding, the longer
            if cx.hits.iter().any(|g| {
                g.role == h.role
                    && g.span != h.span
                    && g.span.start <= h.span.start
                    && h.span.end <= g.span.end
            }) {
                continue;
            }
            let n = &cx.rules.names[k];
            // a wrong variant that begins the right name is the right name
            // ("Union of European Football Association" of "...Associations"),
            // where the right one ends a word there ("Pacific Gas and
            // Electricity" does not begin with "Pacific Gas and Electric");
            // not where the right one, plural, is the wrong one ("Court of
            // Arbitration for Sports" of "...for Sport")
            let from = &cx.doc.text[h.span.start..];
            let text = &cx.doc.text[h.span.clone()];
            let longer = |right: &&String| right.chars().count() > text.chars().count();
            if std::iter::once(&n.name)
                .chain(&n.variants)
                .filter(longer)
                .any(|right| crate::rules::begins_with_phrase(from, right))
            {
                continue;
            }
            let mut f = Finding::new(
                self.code(),
                self.severity(),
                cx.index,
                h.span.clone(),
                format!(
                    "\"{}\" is not the name of this organisation: it is the {}",
                    super::one_line(text),
                    n.name
                ),
            );
            f.expected = Some(n.name.clone());
            f.found = Some(text.to_string());
            f.help = Some(match &n.acronym {
                Some(a) => format!("write \"{}\" ({a})", n.name),
                None => format!("write \"{}\"", n.name),
            });
            let file = &cx.rules.files[n.file];
            let end = file.text[n.offset..]
                .find('\n')
                .map_or(file.text.len(), |e| n.offset + e);
            f.related.push(Related {
                place: Place::Rules(n.file),
                span: n.offset..end,
                message: format!(
                    "name `{}` ({}:{})",
                    n.id,
                    file.path,
                    file.line_col(n.offset).0
                ),
            });
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    /// The texts `wrong-name` flags in `text`, with a rule file that lists
    /// the singular of a name as its wrong variant.
    fn flagged(text: &str) -> Vec<String> {
        flagged_with(UEFA, text)
    }

    /// The texts `wrong-name` flags in `text`, with the rule file `pack`.
    fn flagged_with(pack: &str, text: &str) -> Vec<String> {
        findings_with(pack, text)
            .iter()
            .map(|f| text[f.span.clone()].to_string())
            .collect()
    }

    /// A rule file that lists the singular of a name as its wrong variant.
    const UEFA: &str = "pack: t\nnames:\n  - id: org.uefa\n    name: Union of European Football Associations\n    acronym: UEFA\n    wrong: [Union of European Football Association]\n";

    /// The `wrong-name` findings of `text`, with that rule file.
    fn findings(text: &str) -> Vec<crate::checks::Finding> {
        findings_with(UEFA, text)
    }

    /// The `wrong-name` findings of `text`, with the rule file `pack`.
    fn findings_with(pack: &str, text: &str) -> Vec<crate::checks::Finding> {
        let rules = crate::rules::load(&[("t.yaml".into(), pack.into())]).expect("the pack loads");
        let doc = crate::document::Document::new(
            "x.txt",
            text.into(),
            crate::document::Format::Text,
            None,
        );
        let mut found = crate::check(vec![doc], &rules).findings;
        found.retain(|f| f.code == "wrong-name");
        found
    }

    /// Regression: where the rules list a wrong variant and a longer one
    /// that it begins, the longer one was reported twice, once as each.
    #[test]
    fn a_wrong_variant_inside_a_longer_one_is_reported_once() {
        let pack = "pack: t\nnames:\n  - id: org.jnr\n    name: Japanese National Railways\n    acronym: JNR\n    wrong: [Japan National Railways, Japan National Railway]\n";
        assert_eq!(
            flagged_with(pack, "Japan National Railways began the work."),
            ["Japan National Railways"]
        );
        assert_eq!(
            flagged_with(pack, "The Japan National Railway began the work."),
            ["Japan National Railway"]
        );
    }

    /// Regression: a name wrapped across lines was not found, and the
    /// message quoted it with the line break in it.
    #[test]
    fn a_wrong_variant_is_found_across_a_line_break_but_not_a_blank_line() {
        for text in [
            "The Union of European Football\nAssociation agreed.",
            "The Union of European Football\r\nAssociation agreed.",
        ] {
            assert_eq!(flagged(text), [&text[4..text.len() - 8]], "{text:?}");
        }
        assert!(flagged("The Union of European Football\n\nAssociation agreed.").is_empty());
        assert!(flagged("The Union of European\nFootball Associations agreed.").is_empty());
        let text = "The Union of European\r\nFootball Association agreed.";
        assert_eq!(
            findings(text)[0].message,
            "\"Union of European Football Association\" is not the name of this organisation: \
             it is the Union of European Football Associations"
        );
    }

    #[test]
    fn a_wrong_variant_that_begins_the_right_name_is_not_flagged() {
        assert!(flagged("The Union of European Football Associations (UEFA) agreed.").is_empty());
        // also where the text writes a no-break space inside the name
        assert!(flagged("The Union of European\u{a0}Football Associations agreed.").is_empty());
        assert_eq!(
            flagged("The Union of European Football Association agreed."),
            ["Union of European Football Association"]
        );
    }
}
