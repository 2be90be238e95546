//! TimeML documents: reading TempEval-3 files, writing predictions as TimeML,
//! and scoring predictions as the TempEval-3 scorer does.
//!
//! A TempEval-3 document (`.tml`, `.TE3input`) is XML: `<TimeML>` with a
//! document creation time in `<DCT><TIMEX3 value="1998-08-07" …/></DCT>` and
//! the article in `<TEXT>…</TEXT>`, where gold files mark the temporal
//! expressions with `<TIMEX3 tid type value>` (and events with `<EVENT>`,
//! signals with `<SIGNAL>`).
//!
//! - [`parse`] reads one: the DCT's date, the TEXT as plain text (tags
//!   removed, entities decoded) with a map from every plain-text byte back to
//!   the original file, and the gold TIMEX3s in plain-text offsets.
//! - [`annotate`] writes predictions back: into a TimeML document (its TEXT
//!   tags replaced by ours, every other byte unchanged) or, for plain text,
//!   into a minimal new TimeML document.
//! - [`score`] matches predictions against gold TIMEX3s the way the official
//!   TempEval-3 toolkit does (see [`score`] for how), giving the counts that
//!   [`Counts`] turns into strict, relaxed, value and type scores.

use crate::timex::Timex;
use jiff::civil::Date;
use std::fmt;
use std::ops::Range;

/// A TIMEX3 annotated inside TEXT.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldTimex {
    /// Byte offsets into [`TimemlDoc::text`].
    pub span: Range<usize>,
    pub tid: String,
    /// The `type` attribute: DATE, TIME, DURATION or SET.
    pub kind: String,
    pub value: String,
}

/// A parsed TimeML document.
#[derive(Clone, Debug)]
pub struct TimemlDoc {
    /// The date part of the DCT's `value` (`1998-11-20T19:30` gives
    /// 1998-11-20).
    pub dct: Option<Date>,
    /// The `tid` of the DCT's TIMEX3 (usually `t0`).
    pub dct_tid: Option<String>,
    /// TEXT's content with every tag removed and entities decoded.
    pub text: String,
    /// Byte range of TEXT's content (between `<TEXT>` and `</TEXT>`) in the
    /// original.
    pub content: Range<usize>,
    /// For each byte of `text`, the offset in the original of the byte it
    /// was copied from, or of the `&` of the entity it was decoded from.
    /// One longer than `text`: the last entry is `content.end`.
    pub offsets: Vec<usize>,
    /// For each byte of `text`, the end (exclusive) in the original of the
    /// character or entity it came from.
    ends: Vec<usize>,
    /// Gold TIMEX3s inside TEXT, in order. Self-closing TIMEX3s (which mark
    /// no text) are left out, as the TempEval-3 scorer leaves them out.
    pub gold: Vec<GoldTimex>,
}

impl TimemlDoc {
    /// The byte range in the original file of a plain-text range (both ends
    /// on character boundaries of `text`). Entities map to their whole
    /// source (`&amp;`).
    pub fn original_span(&self, plain: Range<usize>) -> Range<usize> {
        let start = self.offsets[plain.start];
        if plain.end <= plain.start {
            return start..start;
        }
        start..self.ends[plain.end - 1]
    }
}

/// Why a document could not be read as TimeML.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimemlError {
    /// Byte offset in the document.
    pub offset: usize,
    pub message: String,
}

impl fmt::Display for TimemlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not valid TimeML at byte {}: {}",
            self.offset, self.message
        )
    }
}

impl std::error::Error for TimemlError {}

fn error(offset: usize, message: impl Into<String>) -> TimemlError {
    TimemlError {
        offset,
        message: message.into(),
    }
}

/// Whether a text is TimeML rather than prose: it has a `<TimeML` or a
/// `<TEXT>` tag.
pub fn looks_like_timeml(s: &str) -> bool {
    s.contains("<TimeML") || s.contains("<TEXT>")
}

/// The entities XML predefines, and numeric character references.
fn decode_entity(s: &str) -> Option<(char, usize)> {
    let end = s.as_bytes().iter().take(12).position(|&b| b == b';')?;
    let name = &s[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, end + 1))
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find('&') {
        out.push_str(&rest[..k]);
        rest = &rest[k..];
        match decode_entity(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// One tag: its name, whether it closes (`</X>`) or is empty (`<X/>`), and
/// its attributes (values decoded).
#[derive(Debug)]
struct Tag {
    name: String,
    closing: bool,
    empty: bool,
    attrs: Vec<(String, String)>,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The end (exclusive) of the markup starting with `<` at `at`: a tag (with
/// quoted attribute values that may hold `>`), a comment, a CDATA section or
/// a processing instruction.
fn markup_end(src: &str, at: usize) -> Result<usize, TimemlError> {
    let rest = &src[at..];
    let (close, from) = if rest.starts_with("<!--") {
        ("-->", 4)
    } else if rest.starts_with("<![CDATA[") {
        ("]]>", 9)
    } else if rest.starts_with("<?") {
        ("?>", 2)
    } else {
        let mut quote = None;
        for (k, b) in rest.bytes().enumerate().skip(1) {
            match (quote, b) {
                (None, b'"' | b'\'') => quote = Some(b),
                (Some(q), _) if b == q => quote = None,
                (None, b'>') => return Ok(at + k + 1),
                (None, b'<') => return Err(error(at, "`<` inside a tag")),
                _ => {}
            }
        }
        return Err(error(at, "unclosed tag"));
    };
    rest[from..]
        .find(close)
        .map(|k| at + from + k + close.len())
        .ok_or_else(|| error(at, format!("no closing `{close}`")))
}

/// Parses a tag `<…>` (not a comment, CDATA or processing instruction).
fn parse_tag(s: &str) -> Tag {
    let inner = s.trim_start_matches('<').trim_end_matches('>');
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let (empty, inner) = match inner.trim_end().strip_suffix('/') {
        Some(r) => (true, r),
        None => (false, inner),
    };
    let name_end = inner
        .find(|c: char| c.is_whitespace())
        .unwrap_or(inner.len());
    let name = inner[..name_end].to_string();
    let mut attrs = Vec::new();
    let mut rest = &inner[name_end..];
    loop {
        rest = rest.trim_start();
        let Some(eq) = rest.find('=') else { break };
        let key = rest[..eq].trim().to_string();
        let after = rest[eq + 1..].trim_start();
        let Some(q) = after.chars().next().filter(|&c| c == '"' || c == '\'') else {
            break;
        };
        let Some(close) = after[1..].find(q) else {
            break;
        };
        attrs.push((key, decode_entities(&after[1..1 + close])));
        rest = &after[close + 2..];
    }
    Tag {
        name,
        closing,
        empty,
        attrs,
    }
}

/// The first start tag named `name` (`<NAME>` or `<NAME attr…>`) at or after
/// `from`: its range.
fn find_start_tag(src: &str, name: &str, from: usize) -> Result<Option<Range<usize>>, TimemlError> {
    let pat = format!("<{name}");
    let mut at = from;
    while let Some(k) = src[at..].find(&pat) {
        let start = at + k;
        let next = src.as_bytes().get(start + pat.len()).copied();
        if matches!(next, Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r')) {
            let end = markup_end(src, start)?;
            return Ok(Some(start..end));
        }
        at = start + pat.len();
    }
    Ok(None)
}

/// The DCT: the first TIMEX3 inside `<DCT>`, else the first TIMEX3 with
/// `functionInDocument="CREATION_TIME"` outside TEXT. Its value's date part
/// and its tid.
fn dct(src: &str, text_tag: &Range<usize>) -> Result<(Option<Date>, Option<String>), TimemlError> {
    let mut candidates = Vec::new();
    if let Some(d) = find_start_tag(src, "DCT", 0)?
        && let Some(t) = find_start_tag(src, "TIMEX3", d.end)?
        && src[d.end..t.start].find("</DCT>").is_none()
    {
        candidates.push(parse_tag(&src[t]));
    }
    let mut at = 0;
    while let Some(t) = find_start_tag(src, "TIMEX3", at)? {
        at = t.end;
        if t.start >= text_tag.start && t.start < text_tag.end {
            continue;
        }
        let tag = parse_tag(&src[t]);
        if tag.attr("functionInDocument") == Some("CREATION_TIME") {
            candidates.push(tag);
        }
    }
    let Some(tag) = candidates.into_iter().next() else {
        return Ok((None, None));
    };
    let date = tag
        .attr("value")
        .and_then(|v| v.get(..10))
        .and_then(|v| v.parse::<Date>().ok());
    Ok((date, tag.attr("tid").map(str::to_string)))
}

/// Reads a TimeML document.
pub fn parse(src: &str) -> Result<TimemlDoc, TimemlError> {
    let open = find_start_tag(src, "TEXT", 0)?.ok_or_else(|| error(0, "no <TEXT> element"))?;
    if parse_tag(&src[open.clone()]).empty {
        return Err(error(open.start, "empty <TEXT/> element"));
    }
    let close = src[open.end..]
        .find("</TEXT>")
        .map(|k| open.end + k)
        .ok_or_else(|| error(open.start, "<TEXT> is not closed"))?;
    let content = open.end..close;
    let (dct, dct_tid) = dct(src, &(open.start..close))?;

    let mut text: Vec<u8> = Vec::with_capacity(content.len());
    let mut offsets = Vec::with_capacity(content.len() + 1);
    let mut ends = Vec::with_capacity(content.len());
    // open TIMEX3s: plain start, tag
    let mut stack: Vec<(usize, Tag, usize)> = Vec::new();
    let mut gold = Vec::new();
    let bytes = src.as_bytes();
    let mut i = content.start;
    while i < content.end {
        match bytes[i] {
            b'<' => {
                let end = markup_end(src, i)?;
                if end > content.end {
                    return Err(error(i, "markup runs past </TEXT>"));
                }
                let markup = &src[i..end];
                if let Some(cdata) = markup.strip_prefix("<![CDATA[") {
                    let body = i + 9..i + 9 + cdata.len() - 3;
                    for k in body {
                        text.push(bytes[k]);
                        offsets.push(k);
                        ends.push(k + 1);
                    }
                } else if !markup.starts_with("<!") && !markup.starts_with("<?") {
                    let tag = parse_tag(markup);
                    if tag.name == "TIMEX3" && !tag.empty {
                        if tag.closing {
                            let (start, open, _) = stack
                                .pop()
                                .ok_or_else(|| error(i, "</TIMEX3> without <TIMEX3>"))?;
                            gold.push(GoldTimex {
                                span: start..text.len(),
                                tid: open.attr("tid").unwrap_or_default().to_string(),
                                kind: open.attr("type").unwrap_or_default().to_string(),
                                value: open.attr("value").unwrap_or_default().to_string(),
                            });
                        } else {
                            stack.push((text.len(), tag, i));
                        }
                    }
                }
                i = end;
            }
            b'&' => match decode_entity(&src[i..]) {
                Some((c, len)) => {
                    let mut buf = [0u8; 4];
                    for &b in c.encode_utf8(&mut buf).as_bytes() {
                        text.push(b);
                        offsets.push(i);
                        ends.push(i + len);
                    }
                    i += len;
                }
                None => {
                    text.push(b'&');
                    offsets.push(i);
                    ends.push(i + 1);
                    i += 1;
                }
            },
            b => {
                text.push(b);
                offsets.push(i);
                ends.push(i + 1);
                i += 1;
            }
        }
    }
    if let Some((_, _, at)) = stack.pop() {
        return Err(error(at, "<TIMEX3> is not closed inside TEXT"));
    }
    offsets.push(content.end);
    gold.sort_by_key(|g| (g.span.start, g.span.end));
    // Markup starts with ASCII and is removed whole, entities decode to whole
    // characters: the text is valid UTF-8.
    let text = String::from_utf8(text).map_err(|e| error(content.start, e.to_string()))?;
    Ok(TimemlDoc {
        dct,
        dct_tid,
        text,
        content,
        offsets,
        ends,
        gold,
    })
}

/// Escapes `&`, `<` and `>` (and `"` when `quotes`).
pub fn escape(s: &str, quotes: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if quotes => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The predictions in order, without empty spans and without any that
/// overlaps an earlier one.
fn ordered(timexes: &[Timex], len: usize) -> Vec<&Timex> {
    let mut v: Vec<&Timex> = timexes
        .iter()
        .filter(|t| t.span.start < t.span.end && t.span.end <= len)
        .collect();
    v.sort_by_key(|t| (t.span.start, t.span.end));
    let mut out: Vec<&Timex> = Vec::with_capacity(v.len());
    for t in v {
        if out.last().is_none_or(|p| p.span.end <= t.span.start) {
            out.push(t);
        }
    }
    out
}

fn open_tag(out: &mut String, tid: &str, t: &Timex) {
    out.push_str(&format!(
        "<TIMEX3 tid=\"{}\" type=\"{}\" value=\"{}\"",
        escape(tid, true),
        t.kind.as_str(),
        escape(&t.value, true)
    ));
    if let Some(m) = t.modifier {
        out.push_str(&format!(" mod=\"{m}\""));
    }
    out.push('>');
}

/// Writes predicted TIMEX3s into a document.
///
/// - TimeML (see [`looks_like_timeml`]): `timexes` are in offsets of the
///   plain text [`parse`] gives. Every tag inside TEXT is removed, a
///   `<TIMEX3 tid type value [mod]>` put around each prediction, and every
///   other byte of the original kept as it was (entities stay encoded as
///   they were; the DCT stays; `dct` is not used).
/// - Plain text: `timexes` are in offsets of `original`. The result is a new
///   minimal TimeML document: the DCT (when `dct` is known) and the text,
///   escaped, in TEXT.
///
/// Predictions are numbered `t1`, `t2`, … (skipping the DCT's tid);
/// empty ones and any overlapping an earlier one are left out.
pub fn annotate(
    original: &str,
    timexes: &[Timex],
    dct: Option<Date>,
) -> Result<String, TimemlError> {
    if looks_like_timeml(original) {
        let doc = parse(original)?;
        Ok(annotate_timeml(original, &doc, timexes))
    } else {
        Ok(annotate_plain(original, timexes, dct))
    }
}

/// The tids for `n` predictions: `t1`… skipping `skip`.
fn tids(n: usize, skip: Option<&str>) -> Vec<String> {
    (1..)
        .map(|k| format!("t{k}"))
        .filter(|t| Some(t.as_str()) != skip)
        .take(n)
        .collect()
}

/// [`annotate`] for a parsed TimeML document.
pub fn annotate_timeml(original: &str, doc: &TimemlDoc, timexes: &[Timex]) -> String {
    let preds = ordered(timexes, doc.text.len());
    let ids = tids(preds.len(), doc.dct_tid.as_deref());
    let src = original.as_bytes();
    let mut out = String::with_capacity(original.len() + 80 * preds.len());
    out.push_str(&original[..doc.content.start]);
    let mut body: Vec<u8> = Vec::with_capacity(doc.content.len());
    let mut next = 0;
    let mut open_until: Option<usize> = None;
    let n = doc.text.len();
    let mut i = 0;
    let flush = |body: &mut Vec<u8>, out: &mut String| {
        // body holds whole characters copied from valid UTF-8
        out.push_str(std::str::from_utf8(body).expect("whole characters"));
        body.clear();
    };
    loop {
        if open_until == Some(i) {
            flush(&mut body, &mut out);
            out.push_str("</TIMEX3>");
            open_until = None;
        }
        if open_until.is_none() && next < preds.len() && preds[next].span.start == i {
            flush(&mut body, &mut out);
            open_tag(&mut out, &ids[next], preds[next]);
            open_until = Some(preds[next].span.end);
            next += 1;
        }
        if i >= n {
            break;
        }
        let (s, e) = (doc.offsets[i], doc.ends[i]);
        if e - s == 1 {
            body.push(src[s]);
            i += 1;
        } else {
            // an entity: copy it once, skip the bytes it decoded to
            body.extend_from_slice(&src[s..e]);
            while i < n && doc.offsets[i] == s && doc.ends[i] == e {
                i += 1;
            }
        }
    }
    flush(&mut body, &mut out);
    out.push_str(&original[doc.content.end..]);
    out
}

/// [`annotate`] for plain text.
pub fn annotate_plain(text: &str, timexes: &[Timex], dct: Option<Date>) -> String {
    let preds = ordered(timexes, text.len());
    let ids = tids(preds.len(), Some("t0"));
    let mut out = String::with_capacity(text.len() + 80 * preds.len() + 400);
    out.push_str("<?xml version=\"1.0\" ?>\n");
    out.push_str(
        "<TimeML xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" \
         xsi:noNamespaceSchemaLocation=\"http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd\">\n\n",
    );
    if let Some(d) = dct {
        out.push_str(&format!(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"{d}\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">{d}</TIMEX3></DCT>\n\n"
        ));
    }
    out.push_str("<TEXT>");
    let mut at = 0;
    for (t, id) in preds.iter().zip(&ids) {
        out.push_str(&escape(&text[at..t.span.start], false));
        open_tag(&mut out, id, t);
        out.push_str(&escape(&text[t.span.clone()], false));
        out.push_str("</TIMEX3>");
        at = t.span.end;
    }
    out.push_str(&escape(&text[at..], false));
    out.push_str("</TEXT>\n\n</TimeML>\n");
    out
}

// ---------------------------------------------------------------------------
// Scoring

/// Word tokens of a text, as byte ranges: runs of letters and digits joined
/// by `-`, `.`, `,`, `:` or `/` between two of them ("mid-1998", "U.S.",
/// "1,000", "9:30"); any other non-space character is a token by itself.
/// A stand-in for the Penn-Treebank tokenizer the official scorer uses; the
/// two differ only in ways that cannot change whether two expressions share
/// a token once [`score`] has split the tokens at the edges of the tags.
pub fn tokens(text: &str) -> Vec<Range<usize>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(at..at + c.len_utf8());
            k += 1;
            continue;
        }
        let mut j = k + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if matches!(c, '-' | '.' | ',' | ':' | '/')
                && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric())
            {
                j += 2;
            } else {
                break;
            }
        }
        let end = chars.get(j).map_or(text.len(), |n| n.0);
        out.push(at..end);
        k = j;
    }
    out
}

/// `toks`, each split at the offsets of `edges` that fall inside it.
fn split_at(toks: Vec<Range<usize>>, edges: impl Iterator<Item = usize>) -> Vec<Range<usize>> {
    let mut edges: Vec<usize> = edges.collect();
    edges.sort_unstable();
    edges.dedup();
    let mut out = Vec::with_capacity(toks.len());
    for t in toks {
        let mut start = t.start;
        let first = edges.partition_point(|&e| e <= t.start);
        for &e in edges[first..].iter().take_while(|&&e| e < t.end) {
            out.push(start..e);
            start = e;
        }
        out.push(start..t.end);
    }
    out
}

/// The first and last token a span touches, if it touches any.
fn token_range(tokens: &[Range<usize>], span: &Range<usize>) -> Option<(usize, usize)> {
    let first = tokens.partition_point(|t| t.end <= span.start);
    if first >= tokens.len() || tokens[first].start >= span.end {
        return None;
    }
    let last = tokens.partition_point(|t| t.start < span.end) - 1;
    Some((first, last))
}

/// Match counts, summed over documents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub files: usize,
    pub gold: usize,
    pub predicted: usize,
    /// Matched pairs whose texts are identical.
    pub strict: usize,
    /// Matched pairs (their tokens overlap).
    pub relaxed: usize,
    /// Matched pairs with the same `value`.
    pub value: usize,
    /// Matched pairs with the same `type`.
    pub kind: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, o: Counts) {
        self.files += o.files;
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.strict += o.strict;
        self.relaxed += o.relaxed;
        self.value += o.value;
        self.kind += o.kind;
    }
}

/// Precision, recall and F1, as fractions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Precision, recall and F1 of `matched` items against `gold` and
/// `predicted` counts (0 where a denominator is 0).
pub fn prf(matched: usize, gold: usize, predicted: usize) -> Prf {
    let (p, r) = (ratio(matched, predicted), ratio(matched, gold));
    Prf { p, r, f1: f1(p, r) }
}

impl Counts {
    fn prf(&self, matched: usize) -> Prf {
        prf(matched, self.gold, self.predicted)
    }

    /// Exact extent.
    pub fn strict(&self) -> Prf {
        self.prf(self.strict)
    }

    /// Overlapping extent.
    pub fn relaxed(&self) -> Prf {
        self.prf(self.relaxed)
    }

    /// The share of matched pairs with the right value.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value, self.relaxed)
    }

    /// The share of matched pairs with the right type.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.kind, self.relaxed)
    }

    /// TempEval-3's value F1: value accuracy over matched pairs times relaxed
    /// F1.
    pub fn value_f1(&self) -> f64 {
        self.value_accuracy() * self.relaxed().f1
    }

    /// TempEval-3's type F1: type accuracy over matched pairs times relaxed
    /// F1.
    pub fn type_f1(&self) -> f64 {
        self.type_accuracy() * self.relaxed().f1
    }
}

/// How one document's predictions matched its gold TIMEX3s.
#[derive(Clone, Debug, Default)]
pub struct DocScore {
    pub counts: Counts,
    /// Matched pairs: (index into gold, index into predictions).
    pub pairs: Vec<(usize, usize)>,
    /// Gold TIMEX3s no prediction matched.
    pub missed: Vec<usize>,
    /// Predictions that matched no gold TIMEX3.
    pub spurious: Vec<usize>,
}

/// Matches one document's predictions against its gold TIMEX3s as the
/// TempEval-3 toolkit (`TE3-evaluation.py`) does.
///
/// The toolkit first runs TimeML-Normalizer over gold and system files: it
/// tokenizes both and walks the tokens in order; when a TIMEX3 begins at a
/// token in one annotation while a TIMEX3 of the other annotation is open at
/// that token (covers it, possibly beginning at the same token) and not yet
/// paired, the two get the same id. So pairing is one-to-one, greedy in text
/// order, and needs the two extents to share a token. Then
/// `evaluate_entities.py` counts, per id: a *relaxed* match when both have
/// it, a *strict* match when besides their texts are identical, and among
/// relaxed matches those whose `type` and `value` are identical. Precision
/// divides by the predictions, recall by the gold TIMEX3s; counts are summed
/// over all files before dividing. A TIMEX3 that covers no token is counted
/// but never matched.
pub fn score(text: &str, gold: &[GoldTimex], pred: &[Timex]) -> DocScore {
    // a tag's edge, in either annotation, is a token's edge in both: the
    // normaliser aligns both files on one tokenization ("1957-58" tagged
    // as "1957" and "58" is three tokens)
    let edges = gold
        .iter()
        .map(|g| &g.span)
        .chain(pred.iter().map(|p| &p.span))
        .flat_map(|r| [r.start, r.end]);
    let toks = split_at(tokens(text), edges);
    let g_tok: Vec<Option<(usize, usize)>> =
        gold.iter().map(|g| token_range(&toks, &g.span)).collect();
    let p_tok: Vec<Option<(usize, usize)>> =
        pred.iter().map(|p| token_range(&toks, &p.span)).collect();
    // (first token, annotation: 0 gold / 1 system, index)
    let mut begins: Vec<(usize, u8, usize)> = Vec::new();
    begins.extend(
        g_tok
            .iter()
            .enumerate()
            .filter_map(|(k, r)| r.map(|r| (r.0, 0, k))),
    );
    begins.extend(
        p_tok
            .iter()
            .enumerate()
            .filter_map(|(k, r)| r.map(|r| (r.0, 1, k))),
    );
    begins.sort();
    let mut g_pair: Vec<Option<usize>> = vec![None; gold.len()];
    let mut p_pair: Vec<Option<usize>> = vec![None; pred.len()];
    for &(tok, ann, k) in &begins {
        let (this, other, other_tok) = if ann == 0 {
            (&mut g_pair, &mut p_pair, &p_tok)
        } else {
            (&mut p_pair, &mut g_pair, &g_tok)
        };
        if this[k].is_some() {
            continue;
        }
        // the other annotation's TIMEX3 open at this token: the latest begun
        let open = other_tok
            .iter()
            .enumerate()
            .filter_map(|(j, r)| {
                r.filter(|&(a, b)| a <= tok && tok <= b)
                    .map(|(a, _)| (a, j))
            })
            .max();
        if let Some((_, j)) = open
            && other[j].is_none()
        {
            this[k] = Some(j);
            other[j] = Some(k);
        }
    }
    let mut s = DocScore {
        counts: Counts {
            files: 1,
            gold: gold.len(),
            predicted: pred.len(),
            ..Counts::default()
        },
        ..DocScore::default()
    };
    for (gi, pj) in g_pair.iter().enumerate() {
        match *pj {
            Some(pj) => {
                let (g, p) = (&gold[gi], &pred[pj]);
                s.pairs.push((gi, pj));
                s.counts.relaxed += 1;
                if text[g.span.clone()] == text[p.span.clone()] {
                    s.counts.strict += 1;
                }
                if g.value == p.value {
                    s.counts.value += 1;
                }
                if g.kind == p.kind.as_str() {
                    s.counts.kind += 1;
                }
            }
            None => s.missed.push(gi),
        }
    }
    s.spurious = (0..pred.len()).filter(|&j| p_pair[j].is_none()).collect();
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timex::TimexType;
    use jiff::civil::date;

    const DOC: &str = r#"<?xml version="1.0" ?>
<TimeML>
<DOCID>X</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T06:18" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3>, AT&amp;T said &lt;ok&gt; – for <TIMEX3 tid="t2" type="DURATION" value="P3Y">the past three years</TIMEX3>.
</TEXT>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
</TimeML>
"#;

    fn timex(span: Range<usize>, kind: TimexType, value: &str) -> Timex {
        Timex {
            span,
            kind,
            value: value.into(),
            modifier: None,
        }
    }

    fn at(text: &str, s: &str) -> Range<usize> {
        let k = text
            .find(s)
            .unwrap_or_else(|| panic!("{s:?} not in {text:?}"));
        k..k + s.len()
    }

    #[test]
    fn parses_dct_text_offsets_and_gold() {
        let d = parse(DOC).unwrap();
        assert_eq!(d.dct, Some(date(1998, 8, 7)));
        assert_eq!(d.dct_tid.as_deref(), Some("t0"));
        assert_eq!(
            d.text,
            "\nBombs exploded Friday, AT&T said <ok> – for the past three years.\n"
        );
        assert_eq!(d.offsets.len(), d.text.len() + 1);
        let spans: Vec<(&str, &str, &str, &str)> = d
            .gold
            .iter()
            .map(|g| {
                (
                    &d.text[g.span.clone()],
                    g.tid.as_str(),
                    g.kind.as_str(),
                    g.value.as_str(),
                )
            })
            .collect();
        assert_eq!(
            spans,
            [
                ("Friday", "t1", "DATE", "1998-08-07"),
                ("the past three years", "t2", "DURATION", "P3Y")
            ]
        );
        // every plain range maps back to the same characters in the original
        for s in ["Friday", "exploded", "–", "the past three years"] {
            let r = d.original_span(at(&d.text, s));
            assert_eq!(&DOC[r], s);
        }
        assert_eq!(&DOC[d.original_span(at(&d.text, "AT&T"))], "AT&amp;T");
        assert_eq!(&DOC[d.original_span(at(&d.text, "<ok>"))], "&lt;ok&gt;");
    }

    #[test]
    fn parse_table() {
        // (document, plain text, gold texts, dct)
        let table: &[(&str, &str, &[&str], Option<Date>)] = &[
            ("<TimeML><TEXT>a</TEXT></TimeML>", "a", &[], None),
            (
                "<DCT><TIMEX3 tid=\"t9\" value=\"2020-01-02\"/></DCT><TEXT>On <TIMEX3 tid='t1' type='DATE' value='2020-01-01'>New Year&apos;s Day</TIMEX3></TEXT>",
                "On New Year's Day",
                &["New Year's Day"],
                Some(date(2020, 1, 2)),
            ),
            (
                "<TEXT>x <!-- c --> y <![CDATA[<a>&amp;]]></TEXT>",
                "x  y <a>&amp;",
                &[],
                None,
            ),
            (
                "<TEXT>&#8212;&#x41;&bogus; &</TEXT>",
                "—A&bogus; &",
                &[],
                None,
            ),
            (
                "<TEXT>a <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"X\"/> b</TEXT>",
                "a  b",
                &[],
                None,
            ),
            (
                "<TEXT><SIGNAL sid=\"s1\" note=\"a>b\">in</SIGNAL> <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998\">1998</TIMEX3></TEXT>",
                "in 1998",
                &["1998"],
                None,
            ),
        ];
        for (src, text, golds, dct) in table {
            let d = parse(src).unwrap_or_else(|e| panic!("{src}: {e}"));
            assert_eq!(&d.text, text, "{src}");
            let g: Vec<&str> = d.gold.iter().map(|g| &d.text[g.span.clone()]).collect();
            assert_eq!(&g, golds, "{src}");
            assert_eq!(d.dct, *dct, "{src}");
        }
        for bad in [
            "<TimeML>no text</TimeML>",
            "<TEXT>a",
            "<TEXT><TIMEX3 tid=\"t1\">a</TEXT>",
            "<TEXT>a <b</TEXT>",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn annotates_timeml_in_place() {
        let d = parse(DOC).unwrap();
        let preds = [
            timex(at(&d.text, "Friday"), TimexType::Date, "1998-08-07"),
            timex(at(&d.text, "AT&T said"), TimexType::Date, "X&\"Y"),
            timex(at(&d.text, "three years"), TimexType::Duration, "P3Y"),
        ];
        let out = annotate(DOC, &preds, None).unwrap();
        let (before, after) = (&DOC[..d.content.start], &DOC[d.content.end..]);
        assert!(out.starts_with(before) && out.ends_with(after));
        assert_eq!(
            &out[before.len()..out.len() - after.len()],
            "\nBombs exploded <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1998-08-07\">Friday</TIMEX3>, \
             <TIMEX3 tid=\"t2\" type=\"DATE\" value=\"X&amp;&quot;Y\">AT&amp;T said</TIMEX3> &lt;ok&gt; – \
             for the past <TIMEX3 tid=\"t3\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>.\n"
        );
        // reading the output back gives the same text and our TIMEX3s as gold
        let back = parse(&out).unwrap();
        assert_eq!(back.text, d.text);
        let spans: Vec<Range<usize>> = back.gold.iter().map(|g| g.span.clone()).collect();
        assert_eq!(
            spans,
            preds.iter().map(|p| p.span.clone()).collect::<Vec<_>>()
        );
        assert_eq!(back.gold[1].value, "X&\"Y");
    }

    #[test]
    fn round_trip_keeps_every_non_timex_byte() {
        // gold TIMEX3s written back where they were: the result is the
        // original minus its EVENT tags
        let d = parse(DOC).unwrap();
        let preds: Vec<Timex> = d
            .gold
            .iter()
            .map(|g| {
                timex(
                    g.span.clone(),
                    if g.kind == "DATE" {
                        TimexType::Date
                    } else {
                        TimexType::Duration
                    },
                    &g.value,
                )
            })
            .collect();
        let out = annotate(DOC, &preds, None).unwrap();
        let without_events = DOC
            .replace("<EVENT eid=\"e1\" class=\"OCCURRENCE\">", "")
            .replace("</EVENT>", "");
        assert_eq!(out, without_events);
        // and with no predictions, every tag in TEXT goes and nothing else
        let bare = annotate(DOC, &[], None).unwrap();
        let strip = |s: &str| {
            let d = parse(s).unwrap();
            (
                s[..d.content.start].to_string(),
                d.text,
                s[d.content.end..].to_string(),
            )
        };
        assert_eq!(strip(&bare), strip(DOC));
        assert!(!bare[d.content.start..].contains("<EVENT"));
        assert_eq!(parse(&bare).unwrap().gold, []);
        // on a real-looking file as well: strip(annotate(x)) == strip(x)
        let out2 = annotate(&out, &preds[..1], None).unwrap();
        assert_eq!(strip(&out2), strip(DOC));
    }

    #[test]
    fn annotates_plain_text_as_new_timeml() {
        let text = "On 10 November 2020 <b> & for six weeks.";
        let preds = [
            timex(at(text, "six weeks"), TimexType::Duration, "P6W"),
            timex(at(text, "10 November 2020"), TimexType::Date, "2020-11-10"),
            // overlaps the one before: left out
            timex(at(text, "November"), TimexType::Date, "XXXX-11"),
            Timex {
                span: at(text, "2020 <b>"),
                kind: TimexType::Date,
                value: "2020".into(),
                modifier: Some("END"),
            },
        ];
        let out = annotate(text, &preds, Some(date(2024, 4, 18))).unwrap();
        assert!(out.contains(
            "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-04-18\" temporalFunction=\"false\" \
             functionInDocument=\"CREATION_TIME\">2024-04-18</TIMEX3></DCT>"
        ));
        assert!(out.contains(
            "<TEXT>On <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020-11-10\">10 November 2020</TIMEX3> &lt;b&gt; &amp; \
             for <TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P6W\">six weeks</TIMEX3>.</TEXT>"
        ));
        let back = parse(&out).unwrap();
        assert_eq!(back.text, text);
        assert_eq!(back.dct, Some(date(2024, 4, 18)));
        assert_eq!(back.gold.len(), 2);
        // without a date: no DCT
        let out = annotate("no dates", &[], None).unwrap();
        assert!(!out.contains("<DCT>") && out.contains("<TEXT>no dates</TEXT>"));
        // a mod is written
        let out = annotate_plain(
            "late 2020",
            &[Timex {
                span: 0..9,
                kind: TimexType::Date,
                value: "2020".into(),
                modifier: Some("END"),
            }],
            None,
        );
        assert!(out.contains(
            "<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2020\" mod=\"END\">late 2020</TIMEX3>"
        ));
    }

    #[test]
    fn predicted_tids_skip_the_dct_tid() {
        let src = "<DCT><TIMEX3 tid=\"t1\" value=\"2020-01-02\"/></DCT><TEXT>a b</TEXT>";
        let out = annotate(
            src,
            &[
                timex(0..1, TimexType::Date, "X"),
                timex(2..3, TimexType::Date, "Y"),
            ],
            None,
        )
        .unwrap();
        assert!(
            out.contains("tid=\"t2\" type=\"DATE\" value=\"X\">a<") && out.contains("tid=\"t3\""),
            "{out}"
        );
    }

    #[test]
    fn tokens_keep_joined_words_together() {
        let t = "In mid-1998, U.S. sales rose 1,000% at 9:30 (Friday's).";
        let toks: Vec<&str> = tokens(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            toks,
            [
                "In", "mid-1998", ",", "U.S", ".", "sales", "rose", "1,000", "%", "at", "9:30",
                "(", "Friday", "'", "s", ")", "."
            ]
        );
    }

    fn gold(text: &str, s: &str, kind: &str, value: &str) -> GoldTimex {
        GoldTimex {
            span: at(text, s),
            tid: String::new(),
            kind: kind.into(),
            value: value.into(),
        }
    }

    #[test]
    fn scoring_pairs_overlaps_one_to_one_in_text_order() {
        let text = "Tuesday morning, in the past three years and mid-1998 and 1990s, now.";
        let g = [
            gold(text, "Tuesday morning", "TIME", "1998-01-06TMO"),
            gold(text, "the past three years", "DURATION", "P3Y"),
            gold(text, "mid-1998", "DATE", "1998"),
            gold(text, "now", "DATE", "PRESENT_REF"),
        ];
        let p = [
            timex(at(text, "Tuesday"), TimexType::Date, "1998-01-06"),
            timex(at(text, "morning"), TimexType::Time, "1998-01-06TMO"),
            timex(at(text, "three years"), TimexType::Duration, "P3Y"),
            timex(at(text, "1998"), TimexType::Date, "1998"),
            timex(at(text, "1990s"), TimexType::Date, "199"),
        ];
        let s = score(text, &g, &p);
        // Tuesday pairs with the gold (begins at the same token); "morning"
        // begins inside it too but the gold is taken
        assert_eq!(s.pairs, [(0, 0), (1, 2), (2, 3)]);
        assert_eq!(s.missed, [3]);
        assert_eq!(s.spurious, [1, 4]);
        let c = s.counts;
        assert_eq!(
            (c.gold, c.predicted, c.strict, c.relaxed, c.value, c.kind),
            (4, 5, 0, 3, 2, 2)
        );
        let exact = [timex(at(text, "mid-1998"), TimexType::Date, "1998")];
        let c = score(text, &g, &exact).counts;
        assert_eq!((c.strict, c.relaxed, c.value, c.kind), (1, 1, 1, 1));
    }

    /// Regression: the gold's tags split "1957-58", one token to the
    /// tokenizer, in two; each end must still pair with its own.
    #[test]
    fn a_tag_edge_inside_a_token_splits_it() {
        let text = "the expedition of 1957-58, which";
        let g = [
            gold(text, "1957", "DATE", "1957"),
            gold(text, "58", "DATE", "1958"),
        ];
        let two = [
            timex(at(text, "1957"), TimexType::Date, "1957"),
            timex(at(text, "58"), TimexType::Date, "1958"),
        ];
        let s = score(text, &g, &two);
        assert_eq!(s.pairs, [(0, 0), (1, 1)]);
        assert_eq!((s.counts.strict, s.counts.value), (2, 2));
        // one prediction over both pairs with the first only
        let one = [timex(at(text, "1957-58"), TimexType::Date, "1957")];
        let s = score(text, &g, &one);
        assert_eq!(s.pairs, [(0, 0)]);
        assert_eq!(s.missed, [1]);
    }

    #[test]
    fn scoring_pairs_a_later_gold_with_an_open_prediction() {
        // the prediction begins first; the gold begins inside it
        let text = "for the last two years";
        let g = [gold(text, "two years", "DURATION", "P2Y")];
        let p = [timex(
            at(text, "the last two years"),
            TimexType::Duration,
            "P2Y",
        )];
        let s = score(text, &g, &p);
        assert_eq!(s.pairs, [(0, 0)]);
        // ...but a gold that begins after a prediction has closed does not pair
        let p = [timex(at(text, "the last"), TimexType::Date, "X")];
        let s = score(text, &g, &p);
        assert!(s.pairs.is_empty());
    }

    #[test]
    fn metrics_follow_the_toolkit() {
        let c = Counts {
            files: 1,
            gold: 10,
            predicted: 8,
            strict: 6,
            relaxed: 8,
            value: 6,
            kind: 7,
        };
        let r = c.relaxed();
        assert!((r.p - 1.0).abs() < 1e-12 && (r.r - 0.8).abs() < 1e-12);
        assert!((c.value_f1() - 0.75 * r.f1).abs() < 1e-12);
        assert!((c.type_f1() - 0.875 * r.f1).abs() < 1e-12);
        assert_eq!(Counts::default().strict().f1, 0.0);
    }
}
