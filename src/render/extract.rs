//! `claimlint extract`: every mention, with its kind, span and value.

use crate::claims::Resolved;
use crate::document::Document;
use crate::extract::Expr;
use serde::Serialize;

#[derive(Serialize)]
struct MentionOut<'a> {
    kind: &'static str,
    text: &'a str,
    line: usize,
    column: usize,
    offset: usize,
    length: usize,
    value: Option<String>,
    relation: crate::extract::Relation,
    /// The TIMEX3 `type`, `value` and `mod` of a temporal mention, as
    /// TimeML writes them (`DATE` `2020-11-10`, `DURATION` `P44D`).
    #[serde(skip_serializing_if = "Option::is_none")]
    timex: Option<crate::timex::Timex>,
}

#[derive(Serialize)]
struct DocOut<'a> {
    path: &'a str,
    date: Option<String>,
    mentions: Vec<MentionOut<'a>>,
}

fn kind(e: &Expr) -> &'static str {
    match e {
        Expr::Date(_) => "date",
        Expr::Range(..) => "date-range",
        Expr::Duration(_) => "duration",
        Expr::Count(c) if c.percent => "percent",
        Expr::Count(c) if c.aside == Some(crate::extract::Aside::Fraction) => "fraction",
        Expr::Count(_) => "count",
    }
}

fn doc<'a>(document: &'a Document, mentions: &[Resolved]) -> DocOut<'a> {
    // one TIMEX3 a temporal mention, in the mentions' order
    let mut timexes = crate::timex::timexes_of_text(document.scan(), mentions, document.date)
        .into_iter()
        .peekable();
    DocOut {
        path: &document.path,
        date: document.date.map(|d| d.to_string()),
        mentions: mentions
            .iter()
            .map(|r| {
                let m = &r.mention;
                let (line, column) = document.line_col(m.span.start);
                MentionOut {
                    kind: kind(&m.expr),
                    text: &document.text[m.span.clone()],
                    line,
                    column,
                    offset: m.span.start,
                    length: m.span.len(),
                    value: r.value.as_ref().map(|v| v.to_string()),
                    relation: m.relation,
                    timex: timexes.next_if(|t| t.span == m.span),
                }
            })
            .collect(),
    }
}

/// One document's entry in the JSON list of `extract`, as it stands in the
/// list (indented one level, no separator): see [`JsonList`].
pub fn json_document(document: &Document, mentions: &[Resolved]) -> String {
    let entry = serde_json::to_string_pretty(&doc(document, mentions)).expect("mentions serialise");
    // one level deeper: JSON strings hold no raw line breaks, so every line
    // break is between tokens
    let mut out = String::with_capacity(entry.len() + entry.len() / 8);
    out.push_str("  ");
    for (k, line) in entry.split('\n').enumerate() {
        if k > 0 {
            out.push_str("\n  ");
        }
        out.push_str(line);
    }
    out
}

/// The JSON list of `extract`, written one document's entry
/// ([`json_document`]) at a time: the same bytes as the whole list
/// serialised at once.
#[derive(Default)]
pub struct JsonList {
    entries: usize,
}

impl JsonList {
    /// What to write before `entry`.
    pub fn before(&mut self) -> &'static str {
        self.entries += 1;
        if self.entries == 1 { "[\n" } else { ",\n" }
    }

    /// What ends the list.
    pub fn end(&self) -> &'static str {
        if self.entries == 0 { "[]\n" } else { "\n]\n" }
    }
}

/// One document's mentions, a line each, under a line naming the document.
pub fn human_document(document: &Document, mentions: &[Resolved]) -> String {
    let d = doc(document, mentions);
    let mut out = format!(
        "{} (date: {})\n",
        d.path,
        d.date.as_deref().unwrap_or("unknown")
    );
    for m in d.mentions {
        let value = m.value.as_deref().unwrap_or("(unresolved)");
        let line = format!(
            "  {}:{:<4} {:<10} {:<32} {}",
            m.line,
            m.column,
            m.kind,
            format!("{:?}", m.text),
            value
        );
        match &m.timex {
            Some(t) => out.push_str(&format!("{line:<80} {} {}\n", t.kind.as_str(), t.value)),
            None => out.push_str(&format!("{line}\n")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analysis;
    use crate::document::Format;

    fn analysis(path: &str, text: &str) -> Analysis {
        let d = Document::new(path, text.into(), Format::Text, None);
        let mentions = crate::mentions(&d);
        Analysis {
            document: d,
            mentions,
            hits: Vec::new(),
            claims: Vec::new(),
        }
    }

    #[test]
    fn the_list_written_an_entry_at_a_time_is_the_list_serialised_at_once() {
        let all = [
            analysis(
                "a.txt",
                "On 10 November 2020, nearly 2,000 troops \"arrived\".\n",
            ),
            analysis("b.txt", "Nothing here.\n"),
            analysis("c.txt", "Talks ran for 44 days, until\tlate 2020.\n"),
        ];
        for n in 0..=all.len() {
            let docs: Vec<DocOut<'_>> = all[..n]
                .iter()
                .map(|a| doc(&a.document, &a.mentions))
                .collect();
            let at_once = serde_json::to_string_pretty(&docs).unwrap() + "\n";
            let mut list = JsonList::default();
            let mut by_entry = String::new();
            for a in &all[..n] {
                by_entry.push_str(list.before());
                by_entry.push_str(&json_document(&a.document, &a.mentions));
            }
            by_entry.push_str(list.end());
            assert_eq!(by_entry, at_once, "{n} documents");
        }
    }
}
