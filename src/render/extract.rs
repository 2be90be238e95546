//! `claimlint extract`: every mention, with its kind, span and value.

use crate::Analysis;
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

fn docs(analyses: &[Analysis]) -> Vec<DocOut<'_>> {
    analyses
        .iter()
        .map(|a| DocOut {
            path: &a.document.path,
            date: a.document.date.map(|d| d.to_string()),
            mentions: a
                .mentions
                .iter()
                .map(|r| {
                    let m = &r.mention;
                    let (line, column) = a.document.line_col(m.span.start);
                    MentionOut {
                        kind: kind(&m.expr),
                        text: &a.document.text[m.span.clone()],
                        line,
                        column,
                        offset: m.span.start,
                        length: m.span.len(),
                        value: r.value.as_ref().map(|v| v.to_string()),
                        relation: m.relation,
                    }
                })
                .collect(),
        })
        .collect()
}

pub fn json(analyses: &[Analysis]) -> String {
    let mut s = serde_json::to_string_pretty(&docs(analyses)).expect("mentions serialise");
    s.push('\n');
    s
}

pub fn human(analyses: &[Analysis]) -> String {
    let mut out = String::new();
    for d in docs(analyses) {
        out.push_str(&format!(
            "{} (date: {})\n",
            d.path,
            d.date.as_deref().unwrap_or("unknown")
        ));
        for m in d.mentions {
            out.push_str(&format!(
                "  {}:{:<4} {:<10} {:<32} {}\n",
                m.line,
                m.column,
                m.kind,
                format!("{:?}", m.text),
                m.value.as_deref().unwrap_or("(unresolved)")
            ));
        }
    }
    out
}
