//! Documents: the text of a draft, its format, and its date.
//!
//! A [`Document`] keeps the original text untouched and a *scan copy* of the
//! same length in which everything that is not prose — Markdown code, inline
//! code, HTML, link targets, URLs, YAML front matter — is blanked to spaces
//! (line breaks kept). Every later stage reads the scan copy, so every byte
//! offset it reports is an offset into the original file.
//!
//! The article's date anchors relative expressions and anachronisms. It comes
//! from `--date`, else the front matter's `date:`, else a dateline near the
//! top: a short line that ends with a full date, optionally followed by a
//! time ("April 18, 2024", "ANALYTICS  21 April 2024 - 10:03", "By … in Baku
//! April 29, 2024", "… – 2024-04-22 03:16:42").

use crate::extract::{self, DateBase, Expr, YearRef};
use crate::text::{self, Sentence};
use jiff::civil::Date;
use std::ops::Range;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
}

impl Format {
    /// The format a path's extension says; plain text by default.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// Where a document's date came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateSource {
    Flag,
    FrontMatter,
    /// A dateline; the span of its date.
    Dateline(Range<usize>),
    None,
}

/// Why a file could not be checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    Binary,
    NotUtf8 {
        offset: usize,
        line: usize,
    },
    Io(String),
    /// The file read differently the second time the run read it.
    Changed,
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Binary => f.write_str("binary file (contains NUL bytes), not checked"),
            LoadError::NotUtf8 { offset, line } => {
                write!(
                    f,
                    "not UTF-8 text: invalid byte at offset {offset} (line {line}); not checked"
                )
            }
            LoadError::Io(e) => write!(f, "cannot read: {e}"),
            LoadError::Changed => f.write_str("changed while it was being checked; not reported"),
        }
    }
}

#[derive(Clone, Debug)]
pub struct Document {
    /// The path as given (or `-` for standard input), with `/` separators.
    pub path: String,
    pub text: String,
    /// The text with its non-prose blanked ([`Document::scan`]), where
    /// there was any: most texts have none, and are not copied.
    masked: Option<String>,
    pub format: Format,
    pub date: Option<Date>,
    pub date_source: DateSource,
    pub sentences: Vec<Sentence>,
    /// Byte offset of the start of each line, for line and column look-ups.
    pub line_starts: Vec<usize>,
    /// The characters before each [`COLUMN_BLOCK`] bytes of the text
    /// ([`column_blocks`]), made the first time a column is asked for
    /// further than [`LONG_LINE`] bytes into its line (a paragraph or a
    /// whole article on one line), or before the text is dropped if it has
    /// such a line ([`Document::keep_lines_around`]).
    pub column_blocks: std::sync::OnceLock<Vec<usize>>,
    /// When only parts of the text are kept ([`Document::keep_lines_around`]):
    /// runs of whole lines, each with its offset, sorted; `text` is then
    /// empty.
    pub pieces: Option<Vec<(usize, String)>>,
}

/// Whether a plain text is hard-wrapped: its paragraphs broken into lines
/// of at most some width (40 to 100 characters), as an editor or an email
/// wraps them. Then a single line break continues the sentence, as in
/// Markdown, and a blank line ends the paragraph; otherwise every line of
/// a plain text is a paragraph (a headline, a byline, a dateline, or a
/// paragraph written on one line).
///
/// Read from the lines followed by another that is not blank (the lines a
/// paragraph wraps at, if any): most of them, seven in ten, are nearly as
/// long as the longest line (six tenths of it or more), and fewer than half
/// end a sentence (a wrapped line ends wherever its last word does; a
/// paragraph on one line ends with its last sentence). At least three such
/// lines are needed.
fn hard_wrapped(text: &str) -> bool {
    const WIDTHS: std::ops::RangeInclusive<usize> = 40..=100;
    let lines = || text.lines().map(str::trim_end);
    // the longest line, read up to the first longer than any wrap (most
    // texts are not wrapped, and say so with their first paragraph)
    let width = lines().try_fold(0, |width, l| {
        // more than four bytes a character is more than UTF-8 has
        if l.len() > 4 * WIDTHS.end() {
            return None;
        }
        let n = l.chars().count();
        (n <= *WIDTHS.end()).then_some(width.max(n))
    });
    let Some(width) = width.filter(|w| WIDTHS.contains(w)) else {
        return false;
    };
    let (mut inner, mut full, mut ended) = (0, 0, 0);
    let mut previous: Option<&str> = None;
    for line in lines() {
        if let Some(p) = previous.filter(|p| !p.is_empty() && !line.is_empty()) {
            inner += 1;
            full += usize::from(p.chars().count() * 10 >= width * 6);
            ended += usize::from(p.ends_with(['.', '!', '?', '"', '\'', '”', '’', ':']));
        }
        previous = Some(line);
    }
    inner >= 3 && full * 10 >= inner * 7 && ended * 2 < inner
}

/// The offset of each line's start: 0, and the byte after each `\n`.
fn line_starts(text: &str) -> Vec<usize> {
    // (reserved for a line every hundred bytes or so, up to a bound)
    let mut starts = Vec::with_capacity((text.len() / 128).min(4096) + 1);
    starts.push(0);
    starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|k| k + 1));
    starts
}

/// Bytes per entry of [`Document::column_blocks`].
pub const COLUMN_BLOCK: usize = 512;

/// A column further than this many bytes into its line is counted from
/// the nearest [`COLUMN_BLOCK`], not from the line's start.
pub const LONG_LINE: usize = 2048;

/// How many characters the bytes `b` begin: those that are not UTF-8
/// continuation bytes (`10xxxxxx`), eight at a time.
fn chars_in(b: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut chunks = b.chunks_exact(8);
    let mut continuations = 0;
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        // the top bit set and the next one clear
        continuations += (x & !(x << 1) & HIGH).count_ones() as usize;
    }
    let tail = chunks.remainder();
    b.len() - continuations - tail.iter().filter(|&&c| c & 0xc0 == 0x80).count()
}

/// The characters before each [`COLUMN_BLOCK`] bytes of `text`.
///
/// Why: a column is the characters between a line's start and an offset.
/// Counted from the line's start, asking for the column of every mention
/// on a line of a megabyte reads the line once for each, quadratic in the
/// line's length; from the nearest block it reads at most two blocks.
/// Lines that long are rare: the blocks are made only for a document that
/// is asked about one.
fn column_blocks(text: &str) -> Vec<usize> {
    let mut before = 0;
    let mut blocks = Vec::with_capacity(text.len() / COLUMN_BLOCK + 1);
    for block in text.as_bytes().chunks(COLUMN_BLOCK) {
        blocks.push(before);
        before += chars_in(block);
    }
    blocks.push(before);
    blocks
}

impl Document {
    /// Reads a document from raw bytes. `date` (from `--date`) overrides
    /// whatever the text says.
    pub fn from_bytes(
        path: &str,
        bytes: Vec<u8>,
        format: Format,
        date: Option<Date>,
    ) -> Result<Document, LoadError> {
        Ok(Document::new(path, Document::decode(bytes)?, format, date))
    }

    /// The text of raw bytes: an error for a binary file or one that is
    /// not UTF-8 (saying where).
    pub fn decode(bytes: Vec<u8>) -> Result<String, LoadError> {
        if memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some() {
            return Err(LoadError::Binary);
        }
        String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
            LoadError::NotUtf8 { offset, line }
        })
    }

    /// A document as text to show findings in, not to analyse: its path,
    /// text and line index, with no scan copy, no sentences and the given
    /// date (a run reading a file a second time already has its findings).
    pub fn text_only(path: &str, text: String, format: Format, date: Option<Date>) -> Document {
        Document {
            path: path.replace('\\', "/"),
            line_starts: line_starts(&text),
            column_blocks: std::sync::OnceLock::new(),
            text,
            masked: Some(String::new()),
            format,
            date,
            date_source: DateSource::None,
            sentences: Vec::new(),
            pieces: None,
        }
    }

    /// The headings of the text that may give a year to the dates under
    /// them: where each begins, and its year if it is a heading of a year.
    /// A heading is a line that is nothing but a year ("2022", "**2023:**"),
    /// a Markdown heading, a line in capitals, or a question on a line of
    /// its own; it is a year's (a question never is) where it holds a year
    /// and at most five words more, none a month's name ("## 2022", "KEY
    /// DATES OF 2024"; not "Updated 9 November 2025"). A heading that is no
    /// year's ends the one before it ("WHERE THINGS STAND" after "THE 2020
    /// WAR IN FIGURES"). A timeline under year headings writes its dates
    /// without one ("12 November — a sit-in begins on the Lachin road",
    /// under "2022").
    pub fn year_headings(&self) -> Vec<(usize, Option<i32>)> {
        let text = self.scan();
        let mut out = Vec::new();
        for (k, &start) in self.line_starts.iter().enumerate() {
            let end = self.line_starts.get(k + 1).map_or(text.len(), |&e| e);
            let line = &text.as_bytes()[start..end];
            let marked = line.first() == Some(&b'#');
            // (a heading is short, and a line of prose has small letters
            // and ends in no question mark: most lines are not read further)
            if !marked
                && (line.len() > 80
                    || line.iter().any(u8::is_ascii_lowercase)
                        && line.trim_ascii_end().last() != Some(&b'?'))
            {
                continue;
            }
            let Ok(line) = std::str::from_utf8(line) else {
                continue;
            };
            let capitals = line.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !line.chars().any(char::is_lowercase);
            let question = line.trim_end().ends_with('?');
            let year = heading_year(line);
            let bare = year.is_some()
                && line
                    .trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ':'))
                    .len()
                    == 4;
            if marked || capitals || question || bare {
                out.push((start, year.filter(|_| !question)));
            }
        }
        out
    }

    /// The text as the extractor reads it: the same length, with what is
    /// not prose (front matter, code, URLs) blanked to spaces. Empty once
    /// the per-document checks have run ([`Document::drop_scan`]).
    pub fn scan(&self) -> &str {
        self.masked.as_deref().unwrap_or(&self.text)
    }

    /// Drops the scan copy: what a run keeps of a document after its
    /// per-document checks is what its report shows.
    pub fn drop_scan(&mut self) {
        self.masked = Some(String::new());
    }

    pub fn new(path: &str, text: String, format: Format, date: Option<Date>) -> Document {
        let front = front_matter(&text);
        let mut urls = url_spans(&text);
        urls.extend(reference_marks(&text));
        let markdown = format == Format::Markdown;
        let mut front_date = None;
        let masked = (front.is_some() || markdown || !urls.is_empty()).then(|| {
            let mut scan = text.clone().into_bytes();
            if let Some((range, date)) = front {
                blank(&mut scan, range);
                front_date = date;
            }
            if markdown {
                mask_markdown(&text, &mut scan);
            }
            for url in urls {
                blank(&mut scan, url);
            }
            // Only ASCII bytes were replaced by spaces, and whole characters
            // at that; the copy is valid UTF-8 of the same length.
            String::from_utf8(scan)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
        });
        let scan = masked.as_deref().unwrap_or(&text);
        let wrapped = !markdown && hard_wrapped(scan);
        let (date, date_source) = match (date, front_date) {
            (Some(d), _) => (Some(d), DateSource::Flag),
            (None, Some(d)) => (Some(d), DateSource::FrontMatter),
            (None, None) => match dateline_in(scan, wrapped) {
                Some((d, span)) => (Some(d), DateSource::Dateline(span)),
                None => (None, DateSource::None),
            },
        };
        let sentences = text::sentences(scan, markdown || wrapped);
        let line_starts = line_starts(&text);
        Document {
            path: path.replace('\\', "/"),
            column_blocks: std::sync::OnceLock::new(),
            text,
            masked,
            format,
            date,
            date_source,
            sentences,
            line_starts,
            pieces: None,
        }
    }

    /// Keeps of the text only the lines around `spans`, `context` lines
    /// either side, and drops the rest: a report shows no other part of it.
    /// A text with a lone carriage return (a line break to miette, not to
    /// the line index) is kept whole.
    pub fn keep_lines_around(&mut self, spans: impl Iterator<Item = Range<usize>>, context: usize) {
        if self.pieces.is_some() || has_lone_cr(&self.text) {
            return;
        }
        // columns on a long line are counted from blocks of the whole text,
        // which will be gone
        let ends = self.line_starts[1..]
            .iter()
            .copied()
            .chain([self.text.len()]);
        if self
            .line_starts
            .iter()
            .zip(ends)
            .any(|(s, e)| e - s > LONG_LINE)
        {
            self.column_blocks.get_or_init(|| column_blocks(&self.text));
        }
        let line_of = |o: usize| self.line_starts.partition_point(|&s| s <= o) - 1;
        let mut lines: Vec<(usize, usize)> = spans
            .map(|r| {
                let (a, b) = (line_of(r.start), line_of(r.end));
                (a.saturating_sub(context), b + context)
            })
            .collect();
        lines.sort_unstable();
        let mut pieces: Vec<(usize, String)> = Vec::new();
        let mut last: Option<(usize, usize)> = None;
        let mut flush = |(a, b): (usize, usize)| {
            let start = self.line_starts[a];
            let end = self
                .line_starts
                .get(b + 1)
                .copied()
                .unwrap_or(self.text.len());
            pieces.push((start, self.text[start..end].to_string()));
        };
        for (a, b) in lines {
            last = match last {
                Some((la, lb)) if a <= lb + 1 => Some((la, lb.max(b))),
                Some(run) => {
                    flush(run);
                    Some((a, b))
                }
                None => Some((a, b)),
            };
        }
        if let Some(run) = last {
            flush(run);
        }
        self.text = String::new();
        if pieces.is_empty() {
            // nothing left to find lines and columns in
            self.line_starts = vec![0];
        }
        self.pieces = Some(pieces);
    }

    /// The kept text that holds `range`: the whole text (from offset 0), or
    /// the piece of whole lines around it, with the piece's offset.
    pub fn piece(&self, range: Range<usize>) -> (usize, &str) {
        match &self.pieces {
            None => (0, &self.text),
            Some(pieces) => {
                let k = pieces.partition_point(|(s, _)| *s <= range.start);
                match k.checked_sub(1).map(|k| &pieces[k]) {
                    Some((s, t)) if range.end <= s + t.len() => (*s, t),
                    _ => (range.start, ""),
                }
            }
        }
    }

    /// The text of `range`, or "" if that part of the text was not kept.
    pub fn slice(&self, range: Range<usize>) -> &str {
        let (start, text) = self.piece(range.clone());
        text.get(range.start - start..range.end - start)
            .unwrap_or("")
    }

    /// The bytes of `range` (which need not fall on character
    /// boundaries), or none if that part of the text was not kept.
    fn bytes(&self, range: Range<usize>) -> &[u8] {
        let (start, text) = self.piece(range.clone());
        text.as_bytes()
            .get(range.start - start..range.end - start)
            .unwrap_or(&[])
    }

    /// The characters between byte offsets `a` and `b` (character
    /// boundaries, `a <= b`): counted from the nearest
    /// [`Document::column_blocks`] on a long line, so in time bounded by
    /// two blocks.
    pub fn chars_between(&self, a: usize, b: usize) -> usize {
        let blocks = match self.column_blocks.get() {
            _ if b - a <= LONG_LINE => None,
            Some(blocks) => Some(blocks),
            // (with only pieces kept, the blocks were made before, if the
            // text had a line that needs them)
            None if self.pieces.is_none() => {
                Some(self.column_blocks.get_or_init(|| column_blocks(&self.text)))
            }
            None => None,
        };
        let (first, last) = (a.div_ceil(COLUMN_BLOCK), b / COLUMN_BLOCK);
        match blocks {
            Some(blocks) if first < last && last < blocks.len() => {
                chars_in(self.bytes(a..first * COLUMN_BLOCK))
                    + (blocks[last] - blocks[first])
                    + chars_in(self.bytes(last * COLUMN_BLOCK..b))
            }
            _ => self.slice(a..b).chars().count(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset, in time
    /// bounded by [`LONG_LINE`] however long the line.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = match self.pieces {
            None => offset.min(self.text.len()),
            Some(_) => offset,
        };
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (line, 1 + self.chars_between(start, offset))
    }
}

/// Whether `text` has a carriage return not followed by a line feed: a
/// line break to miette, not to [`Document::line_starts`].
pub fn has_lone_cr(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\r', bytes).any(|k| bytes.get(k + 1) != Some(&b'\n'))
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = 1 + before.bytes().filter(|&b| b == b'\n').count();
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    let col = 1 + before[line_start..].chars().count();
    (line, col)
}

/// Replaces the bytes of `range` with spaces, keeping line breaks. Ranges
/// always cover whole characters, so the result stays valid UTF-8.
fn blank(buf: &mut [u8], range: Range<usize>) {
    for b in &mut buf[range] {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// YAML front matter between `---` lines at the very top: its byte range and
/// the `date:` it gives, if any.
fn front_matter(text: &str) -> Option<(Range<usize>, Option<Date>)> {
    let body = text.strip_prefix("\u{feff}").unwrap_or(text);
    let skip = text.len() - body.len();
    let first_end = body.find('\n')?;
    if body[..first_end].trim_end() != "---" {
        return None;
    }
    let mut pos = first_end + 1;
    let mut date = None;
    for line in body[pos..].split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == "---" || trimmed == "..." {
            pos += line.len();
            return Some((skip..skip + pos, date));
        }
        if let Some(v) = trimmed.strip_prefix("date:") {
            let v = v.trim().trim_matches(['"', '\'']);
            date = v.get(..10).and_then(|s| s.parse::<Date>().ok());
        }
        pos += line.len();
    }
    None
}

/// Blanks code, HTML, link targets and the numbers of ordered lists in
/// Markdown, using pulldown-cmark's source offsets.
fn mask_markdown(text: &str, scan: &mut [u8]) {
    use pulldown_cmark::{Event, Options, Parser, Tag};
    let parser = Parser::new_ext(text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH);
    for (event, range) in parser.into_offset_iter() {
        match event {
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => blank(scan, range),
            Event::Start(Tag::CodeBlock(_)) | Event::Start(Tag::HtmlBlock) => blank(scan, range),
            // an ordered list's number ("5. **0** — peacekeepers left") is
            // structure, not a count
            Event::Start(Tag::Item) => {
                let line = &text.as_bytes()[range.start..];
                let indent = line.iter().take_while(|&&b| b == b' ').count();
                let marker = &line[indent..];
                let digits = marker.iter().take_while(|b| b.is_ascii_digit()).count();
                if (1..=9).contains(&digits) && matches!(marker.get(digits), Some(b'.' | b')')) {
                    let at = range.start + indent;
                    blank(scan, at..at + digits + 1);
                }
            }
            Event::Start(Tag::Link { .. }) | Event::Start(Tag::Image { .. }) => {
                // keep the link text, blank "](target)"
                let src = &text[range.clone()];
                if let Some(k) = src.rfind("](") {
                    blank(scan, range.start + k..range.end);
                } else if src.starts_with('<') {
                    blank(scan, range);
                }
            }
            _ => {}
        }
    }
}

/// Reference marks, to be blanked: a footnote's `[^label]` (in Markdown
/// and out of it), and a citation's `[12]` right after a word or a mark
/// ("segments[1]", "said.[12]"), whose number counts nothing.
fn reference_marks(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    memchr::memchr_iter(b'[', b)
        .filter_map(|k| {
            let caret = b.get(k + 1) == Some(&b'^');
            let from = k + 1 + usize::from(caret);
            let len = b[from..]
                .iter()
                .take(12)
                .take_while(|c| c.is_ascii_alphanumeric() || (caret && matches!(c, b'-' | b'_')))
                .count();
            let digits = b[from..from + len].iter().all(u8::is_ascii_digit);
            let glued = k > 0 && !b[k - 1].is_ascii_whitespace();
            let fits = len > 0
                && b.get(from + len) == Some(&b']')
                && (caret || (digits && len <= 3 && glued));
            fits.then_some(k..from + len + 1)
        })
        .collect()
}

/// The bare URLs (`http://…`, `https://…`, `www.…`), each up to the next
/// space, to be blanked. Looks for "://" and "www." with substring search,
/// so text without URLs costs one fast pass.
fn url_spans(text: &str) -> Vec<Range<usize>> {
    // built once: a run of many small files would build them for each
    use memchr::memmem::Finder;
    static SCHEME: std::sync::LazyLock<Finder<'static>> =
        std::sync::LazyLock::new(|| Finder::new("://"));
    static WWW: std::sync::LazyLock<Finder<'static>> =
        std::sync::LazyLock::new(|| Finder::new("www."));
    let starts = SCHEME
        .find_iter(text.as_bytes())
        .filter_map(|k| {
            let scheme = ["https", "http"]
                .into_iter()
                .find(|s| text[..k].ends_with(s))?;
            Some(k - scheme.len())
        })
        .chain(WWW.find_iter(text.as_bytes()));
    let mut urls: Vec<usize> = starts
        .filter(|&at| {
            at == 0
                || !text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })
        .collect();
    urls.sort_unstable();
    let mut spans = Vec::new();
    let mut done = 0;
    for at in urls {
        if at < done {
            continue; // "www." inside an "http://www." already blanked
        }
        let rest = &text[at..];
        let len = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ')' | ']'))
            .unwrap_or(rest.len());
        let len = rest[..len]
            .trim_end_matches(['.', ',', ';', ':', '!', '?'])
            .len();
        spans.push(at..at + len);
        done = at + len;
    }
    spans
}

/// The first dateline in the text: a line of at most 160 characters that ends
/// with a full date with its year (and maybe a time), and does not read as a
/// sentence (no final full stop), or a wire story's opening, a place and a
/// full date before a dash ("KOUROU, French Guiana, 25 December 2021 (AFP) —
/// The telescope…", [`wire_dateline`]). Searched in the first 80 lines.
pub fn dateline(text: &str) -> Option<(Date, Range<usize>)> {
    dateline_in(text, false)
}

/// [`dateline`], for a text that is hard-wrapped or not. In a wrapped text
/// a short paragraph (a headline and a byline, say) may also end with the
/// date, which its last line break may split: "… in Shusha September
/// 27,\n2030". So there, where a line is the last of its paragraph, the
/// paragraph is read as one line too.
pub fn dateline_in(text: &str, wrapped: bool) -> Option<(Date, Range<usize>)> {
    // a line (or paragraph) that ends with a full date: the date and its span
    let ends_with_date = |from: usize, to: usize| -> Option<(Date, Range<usize>)> {
        let trimmed = text[from..to].trim_end();
        // datelines write their dates in digits: a line without a digit is
        // not worth extracting from
        // (characters are counted only past 160 bytes, and only to 161)
        if trimmed.is_empty()
            || trimmed.ends_with('.')
            || (trimmed.len() > 160 && trimmed.chars().nth(160).is_some())
            || !trimmed.bytes().any(|b| b.is_ascii_digit())
        {
            return None;
        }
        // (a paragraph's line breaks read as the spaces they stand for,
        // byte for byte: "18 April 2024 -\n16:52" is a date and its time)
        let mentions = if trimmed.contains('\n') {
            extract::extract(&trimmed.replace(['\n', '\r'], " "))
        } else {
            extract::extract(trimmed)
        };
        let last = mentions.last()?;
        let date = full_date(&last.expr)?;
        trimmed[last.span.end..]
            .trim()
            .is_empty()
            .then(|| (date, from + last.span.start..from + last.span.end))
    };
    // lines found with memchr: splitting with the standard library's
    // char search took two thirds of the time spent here
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|k| k + 1);
    let mut lines = ends.chain(std::iter::once(text.len())).take(80).peekable();
    let mut start = 0;
    // where the paragraph of the line began
    let mut paragraph = 0;
    while let Some(end) = lines.next() {
        let line = &text[start..end];
        let line_start = start;
        start = end;
        if line.is_empty() {
            // the end of a text that ends with a line break
            break;
        }
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            paragraph = end;
            continue;
        }
        if let Some((date, span)) = wire_dateline(trimmed) {
            return Some((date, line_start + span.start..line_start + span.end));
        }
        if let Some(found) = ends_with_date(line_start, end) {
            return Some(found);
        }
        let last_of_paragraph = lines
            .peek()
            .is_none_or(|&next| text[end..next].trim().is_empty());
        if wrapped
            && last_of_paragraph
            && paragraph < line_start
            && let Some(found) = ends_with_date(paragraph, end)
        {
            return Some(found);
        }
    }
    None
}

/// The day a mention names, if it writes out its day, month and year and
/// nothing vaguer ("early", "the morning of").
fn full_date(e: &Expr) -> Option<Date> {
    let Expr::Date(d) = e else { return None };
    let DateBase::Calendar {
        year: YearRef::Explicit(y),
        month: Some(m),
        day: Some(dd),
        ..
    } = d.base
    else {
        return None;
    };
    if d.part.is_some() {
        return None;
    }
    Date::new(y as i16, m as i8, dd as i8).ok()
}

/// Short words that link the words of a place's name in lower case
/// ("Isle of Man", "Rio de Janeiro", "Newcastle upon Tyne").
const PLACE_LINKS: [&str; 14] = [
    "of", "de", "da", "do", "del", "della", "di", "du", "des", "la", "el", "upon", "on", "the",
];

/// A wire story's dateline at the start of `line`: a place (words that begin
/// with capitals, separated by commas: "KOUROU, French Guiana,"), a full date
/// with its year, maybe the agency in brackets, and a dash ("—", "–" or " -
/// ") before the story. The date and its span in `line`.
fn wire_dateline(line: &str) -> Option<(Date, Range<usize>)> {
    // the dash ends the dateline within its first 120 bytes
    let mut cut = line.len().min(120);
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &line[..cut];
    if !head.starts_with(char::is_uppercase) {
        return None;
    }
    // the first "—", "–" or " - " (found by their first bytes: this runs on
    // every line until a dateline is found)
    let b = head.as_bytes();
    let dash = memchr::memchr2_iter(b'-', 0xe2, b).find(|&k| {
        if b[k] == b'-' {
            k > 0 && b[k - 1] == b' ' && b.get(k + 1) == Some(&b' ')
        } else {
            head[k..].starts_with(['\u{2014}', '\u{2013}'])
        }
    })?;
    let mut before = head[..dash].trim_end();
    // a dateline writes its year in digits
    if !before.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(open) = before.strip_suffix(')').and_then(|b| b.rfind('(')) {
        before = before[..open].trim_end();
    }
    let mentions = extract::extract(before);
    let (m, in_place) = mentions.split_last()?;
    if !before[m.span.end..].trim().is_empty() {
        return None;
    }
    let place = before[..m.span.start].trim_end().strip_suffix(',')?;
    // (a short word that links the words of a name may be in lower case:
    // "DOUGLAS, Isle of Man,", "Rio de Janeiro", "Newcastle upon Tyne")
    let words_are_names = place
        .split([',', ' '])
        .filter(|w| !w.is_empty())
        .enumerate()
        .all(|(k, w)| {
            (w.chars().next().is_some_and(char::is_uppercase) || k > 0 && PLACE_LINKS.contains(&w))
                && !w.contains(char::is_numeric)
        });
    // a place may hold a word the extractor reads ("FRIDAY HARBOR, Wash.,"),
    // but not only such words ("Tuesday, 14 April 2003 —" heads a
    // timeline's entry)
    if in_place.iter().any(|e| e.span.end > place.len()) {
        return None;
    }
    let named_outside_mentions = || {
        place
            .char_indices()
            .any(|(k, c)| c.is_alphabetic() && !in_place.iter().any(|e| e.span.contains(&k)))
    };
    if place.is_empty() || !words_are_names || !named_outside_mentions() {
        return None;
    }
    Some((full_date(&m.expr)?, m.span.clone()))
}

/// The year a line heads ([`Document::year_headings`]), if it is a heading
/// of one: the year alone, or with at most five words around it, none a
/// month's name, no other number, and no full stop or bar at its end or
/// inside ("Health desk | 2024").
fn heading_year(line: &str) -> Option<i32> {
    let bare = line.trim_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '_' | ':'));
    if bare.ends_with('.') || bare.contains('|') {
        return None;
    }
    let mut year = None;
    let mut words = 0;
    for w in bare.split(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '(' | ')')) {
        if w.is_empty() {
            continue;
        }
        words += 1;
        if w.bytes().any(|b| b.is_ascii_digit()) {
            let y = (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
                .then(|| w.parse::<i32>().ok())
                .flatten()
                .filter(|y| (1000..=2100).contains(y))?;
            if year.replace(y).is_some() {
                return None;
            }
        } else if crate::extract::lex::MONTHS
            .iter()
            .any(|m| w.eq_ignore_ascii_case(m))
        {
            return None;
        }
    }
    year.filter(|_| words <= 6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn heading_years() {
        for (line, year) in [
            ("2022\n", Some(2022)),
            ("## 2023\n", Some(2023)),
            ("**2024:**\n", Some(2024)),
            ("KEY DATES OF 2024\n", Some(2024)),
            ("2024 in review\n", Some(2024)),
            ("Updated 9 November 2025\n", None),
            ("Health desk | 2024\n", None),
            ("Karabakh, 2020\u{2013}2025\n", None),
            ("The war began in 2020.\n", None),
            ("In 2020 and 2021\n", None),
            (
                "The year the Russians left: Karabakh's 2024, month by month\n",
                None,
            ),
        ] {
            assert_eq!(super::heading_year(line), year, "{line:?}");
        }
    }

    #[test]
    fn datelines_in_the_forms_news_sites_use() {
        let table = [
            ("Headline\n\nApril 18, 2024\n\nBody.", date(2024, 4, 18)),
            (
                "Title\n    ANALYTICS  21 April 2024 - 10:03\n",
                date(2024, 4, 21),
            ),
            (
                "Why?\nBy Seymur Mammadov in Baku April 29, 2024\n",
                date(2024, 4, 29),
            ),
            (
                "Russia Withdraws – 2024-04-22 03:16:42\n\nText",
                date(2024, 4, 22),
            ),
            (
                "Body text.\n-\n- Finance\n- 18 April 2024 14:54\nSocial",
                date(2024, 4, 18),
            ),
        ];
        for (t, want) in table {
            assert_eq!(dateline(t).map(|d| d.0), Some(want), "{t:?}");
        }
        // at most 160 characters, however many bytes they take
        let line = |n: usize| format!("Body.\n{} April 18, 2024\n", "é".repeat(n));
        assert_eq!(dateline(&line(145)).map(|d| d.0), Some(date(2024, 4, 18)));
        assert_eq!(dateline(&line(146)), None);
        // a wire story's opening: the place, the date, the agency, a dash
        for (t, want) in [
            (
                "Title\n\nKOUROU, French Guiana, 25 December 2021 (AFP) — The telescope rose.",
                date(2021, 12, 25),
            ),
            ("LONDON, 5 July 2024 – Labour won.\n", date(2024, 7, 5)),
            (
                "Baku, April 18, 2024 - The contingent left.",
                date(2024, 4, 18),
            ),
            // a place whose name a short word in lower case links (round
            // 113: "Isle of Man" was no place, and the article had no date)
            (
                "DOUGLAS, Isle of Man, 2 August 2023 (PA) — Survivors gathered.",
                date(2023, 8, 2),
            ),
            // a place with a word the extractor reads as a weekday
            (
                "FRIDAY HARBOR, Wash., June 8, 2024 (AP) — Anders died.",
                date(2024, 6, 8),
            ),
        ] {
            let (got, span) = dateline(t).unwrap_or_else(|| panic!("no dateline in {t:?}"));
            assert_eq!(got, want, "{t:?}");
            assert!(
                t[span]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit() || c == 'A' || c == 'J')
            );
        }
        for t in [
            "It was inaugurated on November 8, 2024.\n",
            "No date here\n",
            "In late 2020 it began\n",
            // a sentence that begins with a date and a dash is no dateline
            "On 5 July 2024 – a Friday – Labour took office.",
            "Troops arrived on 10 November 2020 - the day the war ended.",
            // a weekday is no place: a timeline's entry
            "Tuesday, 14 April 2003 — The consortium announces the finished sequence.",
            "Sunday, 12 August 1979 – The storm strikes.",
        ] {
            assert_eq!(dateline(t), None, "{t:?}");
        }
    }

    /// Regression: a hard-wrapped byline whose date the wrap split ("…
    /// September 27,\n2030") gave no dateline, and the search went on to a
    /// line of the body that a wrap happened to end with a date, which
    /// became the article's date (a blind draft, wrapped at 72 columns).
    /// So did one whose time the wrap put on a line of its own ("18 April
    /// 2024 -\n16:52", round 46's `mg-s1`, wrapped by the test of
    /// hard-wrapped texts).
    #[test]
    fn a_wrapped_paragraph_is_read_whole_for_its_dateline() {
        let text = "Ten years on\nBy A. Writer in Goris and B. Writer in Shusha September 27,\n2030\n\n\
                    The war began three years before Armenia froze its participation on 24 February 2024\n\
                    and left.\n";
        let (got, span) = dateline_in(text, true).expect("a dateline");
        assert_eq!(got, date(2030, 9, 27));
        assert_eq!(&text[span], "September 27,\n2030");
        // not in a text that is not wrapped: there every line is one
        assert_eq!(
            dateline_in(text, false).map(|d| d.0),
            Some(date(2024, 2, 24))
        );
        // a time after the date that the wrap put on the last line
        let timed = "Markets\n\nBy A. Writer in Baku and B. Writer in Yerevan, 18 April 2024 -\n16:52\n\n\
                     The war ended on 10 November 2020 after 44 days of fighting and\nmore.\n";
        let (got, span) = dateline_in(timed, true).expect("a dateline");
        assert_eq!(got, date(2024, 4, 18));
        assert_eq!(&timed[span], "18 April 2024 -\n16:52");
        // only a paragraph's last line ends it: a date a wrap leaves at a
        // line's end inside a paragraph is not read with the lines before
        let body = "Intro\n\nBy A. Writer in Goris September 27,\n2030\nand more words here\n";
        assert_eq!(dateline_in(body, true), None);
    }

    #[test]
    fn front_matter_date_wins_over_dateline_and_is_blanked() {
        let t = "---\ntitle: x\ndate: 2024-05-01\n---\nApril 18, 2024\n";
        let d = Document::new("a.md", t.into(), Format::Markdown, None);
        assert_eq!(d.date, Some(date(2024, 5, 1)));
        assert_eq!(d.date_source, DateSource::FrontMatter);
        assert!(!d.scan().contains("title"));
        assert_eq!(d.scan().len(), t.len());
    }

    #[test]
    fn plain_text_wrapped_at_a_width_is_told_from_a_paragraph_a_line() {
        let wrapped = "The mission lasted just over eight days. Michael Collins stayed in\n\
                       lunar orbit aboard Columbia while the Eagle lander touched down in the\n\
                       Sea of Tranquility. The two men spent about two and a half hours\n\
                       outside on the surface, collecting samples and planting a flag.\n\
                       \n\
                       An estimated 650 million people watched the broadcast, roughly a\n\
                       fifth of the world's population at the time.\n";
        assert!(hard_wrapped(wrapped));
        assert!(hard_wrapped(&wrapped.replace('\n', "\r\n")));
        for (text, why) in [
            (
                "Apollo 11 at 55\nBy a staff writer\nJuly 20, 2024\n\
                 The mission lasted just over eight days, NASA says.\n\
                 Michael Collins stayed in orbit aboard Columbia all along.\n\
                 The two men spent two and a half hours on the surface.\n",
                "lines that end their sentences",
            ),
            (
                "A first line of text that runs on for most of the width, and on,\n\
                 then a short one\nand another\nand one more\n",
                "too few full lines",
            ),
            (
                &wrapped.replace("Michael", &"Michael ".repeat(20)),
                "lines too long to be wrapped",
            ),
            ("one\ntwo\nthree\nfour\n", "lines too short to be wrapped"),
            ("", "no lines"),
        ] {
            assert!(!hard_wrapped(text), "{why}: {text:?}");
        }
        // a wrapped plain text's sentences run across its line breaks
        let doc = Document::new("w.txt", wrapped.to_string(), Format::Text, None);
        assert_eq!(doc.sentences.len(), 4);
        assert_eq!(doc.sentences[1].paragraph, doc.sentences[0].paragraph);
        assert_ne!(doc.sentences[3].paragraph, doc.sentences[2].paragraph);
    }

    #[test]
    fn markdown_code_html_and_urls_are_not_prose() {
        let t = "Text `since 2019` and\n\n```\n31 June 2024\n```\n<!-- 2019 -->\n[the deal](https://x.org/2019) www.a.com/2019 ok http://www.b.org/2019.";
        let d = Document::new("a.md", t.into(), Format::Markdown, None);
        assert_eq!(d.scan().len(), t.len());
        assert!(!d.scan().contains("2019"), "{}", d.scan());
        assert!(!d.scan().contains("31 June"));
        assert!(d.scan().contains("the deal"));
        assert!(d.scan().contains("Text "));
    }

    #[test]
    fn the_numbers_of_ordered_lists_are_not_prose() {
        let t = "Five numbers:\n\n1. **44** days of war.\n5. **0** peacekeepers left.\n\n  12) Twelve.\n\nIn 2020. Then 3. Then.\n";
        let d = Document::new("a.md", t.into(), Format::Markdown, None);
        let scan = d.scan();
        assert_eq!(scan.len(), t.len());
        for gone in ["1.", "5.", "12)"] {
            assert!(!scan.contains(gone), "{gone:?} in {scan:?}");
        }
        // what follows the marker, and numbers in a paragraph, are kept
        for kept in ["**44** days", "**0** peacekeepers", "In 2020.", "Then 3."] {
            assert!(scan.contains(kept), "{kept:?} not in {scan:?}");
        }
        // plain text has no list syntax
        let d = Document::new("a.txt", t.into(), Format::Text, None);
        assert!(d.scan().contains("5. **0**"));
    }

    #[test]
    fn reference_marks_are_not_prose() {
        let t = "It has 21 segments[^1], cost $10bn.[12] See [3] and [2024].\n\n[^1]: Or 18.";
        let d = Document::new("a.md", t.into(), Format::Markdown, None);
        assert_eq!(d.scan().len(), t.len());
        assert!(
            !d.scan().contains("[^1]") && !d.scan().contains("[12]"),
            "{}",
            d.scan()
        );
        // a bracket after a space, or of a year's length, is kept
        assert!(d.scan().contains("[3]") && d.scan().contains("[2024]"));
        assert!(d.scan().contains("Or 18."));
        let d = Document::new("a.txt", t.into(), Format::Text, None);
        assert!(!d.scan().contains("[12]"));
    }

    #[test]
    fn bad_bytes_are_load_errors() {
        assert_eq!(
            Document::from_bytes("x", b"ab\ncd\xff".to_vec(), Format::Text, None).unwrap_err(),
            LoadError::NotUtf8 { offset: 5, line: 2 }
        );
        assert_eq!(
            Document::from_bytes("x", b"\x00\x01".to_vec(), Format::Text, None).unwrap_err(),
            LoadError::Binary
        );
    }

    #[test]
    fn kept_lines_answer_as_the_whole_text() {
        let t = "l0\nl1 – a\nl2 2019\nl3\nl4\nl5\nl6 x\nl7\nl8\n";
        let whole = Document::new("x", t.into(), Format::Text, None);
        let mut kept = whole.clone();
        let at = |w: &str| t.find(w).unwrap()..t.find(w).unwrap() + w.len();
        kept.keep_lines_around([at("2019"), at("x")].into_iter(), 1);
        assert!(kept.text.is_empty());
        let pieces: Vec<&str> = kept.pieces.iter().flatten().map(|(_, p)| &p[..]).collect();
        assert_eq!(pieces, ["l1 – a\nl2 2019\nl3\n", "l5\nl6 x\nl7\n"]);
        for w in ["2019", "x", "– a", "l3", "l7"] {
            assert_eq!(kept.slice(at(w)), w);
            assert_eq!(
                kept.line_col(at(w).start),
                whole.line_col(at(w).start),
                "{w}"
            );
        }
        assert_eq!(kept.slice(at("l0")), "", "not kept");
        // a lone carriage return keeps the text whole
        let mut cr = Document::new("x", "a\rb 2019\n".into(), Format::Text, None);
        cr.keep_lines_around(std::iter::once(4..8), 1);
        assert!(cr.pieces.is_none() && cr.slice(4..8) == "2019");
    }

    #[test]
    fn line_and_column_count_characters() {
        let t = "ab\n–é x";
        assert_eq!(line_col(t, t.find('x').unwrap()), (2, 4));
        assert_eq!(line_col(t, 0), (1, 1));
        let d = Document::new("x", format!("{t}\n"), Format::Text, None);
        for k in (0..=d.text.len()).filter(|&k| d.text.is_char_boundary(k)) {
            assert_eq!(d.line_col(k), line_col(&d.text, k), "offset {k}");
        }
    }

    #[test]
    fn characters_are_the_bytes_that_continue_none() {
        let t = "ab – ü 2019. “x” 😀 end";
        for a in (0..=t.len()).filter(|&k| t.is_char_boundary(k)) {
            for b in (a..=t.len()).filter(|&k| t.is_char_boundary(k)) {
                assert_eq!(
                    chars_in(&t.as_bytes()[a..b]),
                    t[a..b].chars().count(),
                    "{a}..{b}"
                );
            }
        }
    }

    /// On a line longer than [`LONG_LINE`], columns are counted from the
    /// nearest block, and are what counting from the line's start gives,
    /// on either side of every block boundary, in pieces too.
    #[test]
    fn columns_on_a_very_long_line_count_from_the_nearest_block() {
        let short = Document::new("x", "a\nb\n".into(), Format::Text, None);
        short.line_col(3);
        assert!(short.column_blocks.get().is_none());
        let t = format!("short\n{}\nend – é\n", "ab – ü 2019. ".repeat(3_000));
        let mut d = Document::new("x", t.clone(), Format::Text, None);
        assert!(d.column_blocks.get().is_none());
        let offsets: Vec<usize> = (0..t.len())
            .step_by(97)
            .chain(
                (1..t.len() / COLUMN_BLOCK)
                    .flat_map(|b| b * COLUMN_BLOCK - 4..b * COLUMN_BLOCK + 4),
            )
            .chain([t.len()])
            .filter(|&k| t.is_char_boundary(k))
            .collect();
        for &k in &offsets {
            assert_eq!(d.line_col(k), line_col(&t, k), "offset {k}");
        }
        assert!(d.column_blocks.get().is_some());
        // made before the text is dropped, if a line needs them
        let far = t.rfind("2019").unwrap();
        let mut kept = Document::new("x", t.clone(), Format::Text, None);
        kept.keep_lines_around(std::iter::once(far..far + 4), 0);
        assert!(kept.pieces.is_some() && kept.column_blocks.get().is_some());
        assert_eq!(kept.line_col(far), line_col(&t, far));
        d.keep_lines_around(std::iter::once(far..far + 4), 0);
        assert_eq!(d.line_col(far), line_col(&t, far));
    }
}
