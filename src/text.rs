//! Sentences, words and tense: the little linguistics binding and checks need.
//!
//! Sentences are byte ranges. A sentence ends at `.`, `!` or `?` followed by
//! a space and a capital (or a quote), except after a known abbreviation
//! ("U.S. and EU" stays one sentence), and at a paragraph break. In plain text
//! every line break is a paragraph break — news pasted as text has one
//! paragraph a line, and its headlines and sidebars stand on lines of their
//! own; in Markdown a single line break is a soft wrap.

use std::ops::Range;

/// The tense a sentence speaks in, as far as its auxiliaries tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
    Unknown,
}

/// A sentence and the paragraph it is in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Range<usize>,
    pub paragraph: usize,
}

/// Words a full stop follows without ending the sentence; none is longer
/// than four letters ([`is_abbreviation_or_initial`] relies on it, a test
/// checks it).
const ABBREVIATIONS: [&str; 23] = [
    "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "sgt", "prof", "rev", "sen", "rep", "gov",
    "vs", "etc", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
];

/// Whether a line begins with a label: one to five words, the first
/// capitalised, then a colon and a space ("Dissolved: 1 January 2024",
/// "Population before the exodus: about 120,000"). A fact box's lines
/// are entries of their own, not the wrapped lines of one paragraph. (Not
/// a Q&A's "A:", whose answer goes on from the question before it: "Q:
/// When do the electors vote? A: On Monday, 14 December.")
fn heads_label(line: &str) -> bool {
    if heads_timestamp(line) {
        return true;
    }
    if !line.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let mut end = line.len().min(48);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let Some(colon) = line[..end].find(": ") else {
        return false;
    };
    let label = &line[..colon];
    label.len() >= 2
        && label
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '\'' | '’'))
        && (1..=5).contains(&label.split(' ').filter(|w| !w.is_empty()).count())
}

/// Whether a line begins with a transcript's timestamp in brackets
/// ("[00:03:07] KAREN: …", "(12:31) …"): each turn of a transcript is a
/// block of its own.
fn heads_timestamp(line: &str) -> bool {
    let b = line.as_bytes();
    let Some(close) = (match b.first() {
        Some(b'[') => Some(b']'),
        Some(b'(') => Some(b')'),
        _ => None,
    }) else {
        return false;
    };
    let Some(end) = b.iter().take(12).position(|&c| c == close) else {
        return false;
    };
    let inner = &b[1..end];
    // digits in groups of one or two, joined by colons: "00:03:07", "3:07"
    inner.len() >= 4
        && inner.split(|&c| c == b':').count() >= 2
        && inner
            .split(|&c| c == b':')
            .all(|g| (1..=2).contains(&g.len()) && g.iter().all(u8::is_ascii_digit))
}

/// Whether the mark `m` at byte `k` of `s` is an en dash between two
/// digits: a range or a score ("2020\u{2013}23", "won 3\u{2013}1"), as a
/// hyphen is, and no mark that sets off a clause or an entry.
pub(crate) fn joins_digits(s: &str, k: usize, m: &str) -> bool {
    m == "\u{2013}"
        && s[..k].ends_with(|c: char| c.is_ascii_digit())
        && s[k + m.len()..].starts_with(|c: char| c.is_ascii_digit())
}

/// Whether a line begins an entry of a timeline: a date (a month's name
/// with a day or a year, perhaps a weekday), then a dash ("12 June 2024 — The
/// last Russian peacekeepers leave"). Such a line starts a paragraph of its
/// own even where a single line break otherwise continues one.
fn heads_entry(line: &str) -> bool {
    let mut end = line.len().min(48);
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    let line = &line[..end];
    // (an en dash between digits joins a range of days: "11–22 November
    // — COP29 in Baku")
    let Some(dash) = line
        .match_indices(['\u{2014}', '\u{2013}'])
        .find(|&(k, m)| !joins_digits(line, k, m))
        .map(|(k, _)| k)
        .or_else(|| line.find(" - "))
    else {
        return false;
    };
    let (mut day, mut month) = (false, false);
    for w in line[..dash]
        .split([' ', ',', '\u{2013}', '-'])
        .filter(|w| !w.is_empty())
    {
        let w = w.trim_end_matches('.');
        let named = |names: &[&str]| crate::extract::lex::is_name_or_short(names, w);
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if !digits.is_empty() && digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
            day = true;
        } else if named(&crate::extract::lex::MONTHS) {
            month = true;
        } else if !named(&crate::extract::lex::WEEKDAYS) {
            return false;
        }
    }
    day && month
}

/// Splits `text` into sentences; `soft_wraps` says whether a single line
/// break continues the sentence (Markdown) or ends it (plain text).
pub fn sentences(text: &str, soft_wraps: bool) -> Vec<Sentence> {
    let b = text.as_bytes();
    // news runs about a sentence every hundred bytes: reserving for that
    // (up to a bound) saves the first doublings of the list
    let mut out = Vec::with_capacity((text.len() / 128).min(4096));
    let mut start = 0;
    let mut paragraph = 0;
    let mut i = 0;
    let push = |out: &mut Vec<Sentence>, s: usize, e: usize, p: usize| {
        let seg = &text[s..e];
        let lead = seg.len() - seg.trim_start().len();
        let trail = seg.len() - seg.trim_end().len();
        if e - trail > s + lead {
            out.push(Sentence {
                span: s + lead..e - trail,
                paragraph: p,
            });
        }
    };
    // the next line break and the next sentence mark at or after `i`, found
    // with memchr and kept until `i` passes them
    let (mut nl, mut mark) = (0, 0);
    while i < b.len() {
        if nl < i {
            nl = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
        }
        if mark < i {
            mark = memchr::memchr3(b'.', b'!', b'?', &b[i..]).map_or(b.len(), |k| i + k);
        }
        i = nl.min(mark);
        if i == b.len() {
            break;
        }
        match b[i] {
            b'\n' => {
                // the next line is blank: nothing but white space before
                // its end (read up to the first other character only)
                let blank = || {
                    text[i + 1..]
                        .chars()
                        .find(|&c| c == '\n' || !c.is_whitespace())
                        .is_none_or(|c| c == '\n')
                };
                let next_is_block = || {
                    let next = text[i + 1..].trim_start_matches([' ', '\t']);
                    // (a plain text's bullets too: "• 17 Apr 2024: …")
                    next.starts_with(['#', '-', '*', '>', '|', '•', '·'])
                        || heads_entry(next)
                        || heads_label(next)
                };
                // a line that breaks off mid-sentence (after a comma or a
                // lower-case word, before a lower-case word) goes on, even
                // where the text as a whole does not read as hard-wrapped
                // ("Five peacekeepers, among them an officer,\nwere killed")
                let breaks_off = || {
                    text[start..i]
                        .trim_end()
                        .ends_with(|c: char| c == ',' || c.is_ascii_lowercase())
                        && text[i + 1..]
                            .trim_start_matches([' ', '\t'])
                            .starts_with(|c: char| c.is_ascii_lowercase())
                };
                if !soft_wraps && !breaks_off() || blank() || next_is_block() {
                    push(&mut out, start, i, paragraph);
                    // consecutive blank lines are one break
                    let mut j = i + 1;
                    while j < b.len()
                        && (b[j] == b'\n' || b[j] == b'\r' || b[j] == b' ' || b[j] == b'\t')
                    {
                        j += 1;
                    }
                    if out.last().is_some_and(|s| s.paragraph == paragraph) {
                        paragraph += 1;
                    }
                    start = j;
                    i = j;
                    continue;
                }
            }
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                // closing quotes and brackets stay with the sentence (bytes
                // outside ASCII decoded only where a quote can begin)
                while let Some(&c) = b.get(j) {
                    let quote = match c {
                        b'"' | b'\'' | b')' => 1,
                        0xc2 | 0xe2 => text[j..]
                            .chars()
                            .next()
                            .filter(|c| matches!(c, '”' | '’' | '»'))
                            .map_or(0, char::len_utf8),
                        _ => 0,
                    };
                    if quote == 0 {
                        break;
                    }
                    j += quote;
                }
                let after = &text[j..];
                // most marks are not followed by a space ("1.5", "U.S."):
                // the next word is read only after one that is
                // (or by a line break in a wrapped paragraph, where a sentence
                // may end at the end of a line and the next begin the next
                // line; elsewhere a line break ends the sentence anyway)
                let spaced = match b.get(j) {
                    Some(b' ' | b'\t') => true,
                    Some(b'\n' | b'\r') => soft_wraps,
                    _ => after.starts_with('\u{a0}'),
                };
                let starts_new = || {
                    after
                        .trim_start_matches([' ', '\u{a0}', '\t', '\n', '\r'])
                        .chars()
                        .next()
                        .is_some_and(|c| {
                            c.is_uppercase()
                                || c.is_ascii_digit()
                                // (a transcript's "[00:01:31] ARAM:")
                                || matches!(c, '"' | '“' | '‘' | '(' | '[' | '\'')
                        })
                };
                // a full stop after an abbreviation or an initial ends
                // nothing (asked only where a sentence could end)
                if spaced
                    && starts_new()
                    && !(b[i] == b'.'
                        && (is_abbreviation_or_initial(text, i)
                            && !dotted_before_a_sentence(text, i, after)
                            || numbers_next(text, i, after)))
                {
                    push(&mut out, start, j, paragraph);
                    start = j;
                }
                i = j;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    push(&mut out, start, b.len(), paragraph);
    out
}

fn word_before(text: &str, dot: usize) -> &str {
    let before = &text[..dot];
    // back over ASCII letters, digits and dots byte by byte; at any other
    // character, decide as `char`s
    let b = before.as_bytes();
    let mut start = dot;
    while start > 0 && (b[start - 1].is_ascii_alphanumeric() || b[start - 1] == b'.') {
        start -= 1;
    }
    if start > 0 && !b[start - 1].is_ascii() {
        return word_before_by_char(before);
    }
    &before[start..]
}

/// [`word_before`] on `char`s, for text with wide characters before the dot.
fn word_before_by_char(before: &str) -> &str {
    let start = before
        .rfind(|c: char| !c.is_alphanumeric() && c != '.')
        .map_or(0, |k| {
            k + before[k..].chars().next().map_or(1, char::len_utf8)
        });
    &before[start..]
}

/// Whether the full stop at `dot` ends an abbreviation that stands before
/// a number, and a number follows (`after`, the text after the stop): "he
/// is inmate No. 61727-054", "Vol. 3", "pp. 12–14".
fn numbers_next(text: &str, dot: usize, after: &str) -> bool {
    const BEFORE_NUMBERS: [&str; 8] = ["no", "nos", "nr", "vol", "vols", "pp", "fig", "art"];
    // (the number first: most sentences begin with a word)
    after
        .trim_start_matches([' ', '\u{a0}', '\t'])
        .starts_with(|c: char| c.is_ascii_digit())
        && BEFORE_NUMBERS
            .iter()
            .any(|a| word_before(text, dot).eq_ignore_ascii_case(a))
}

/// Whether the full stop at `dot` ends a dotted abbreviation ("a.m.",
/// "U.S.", "D.C.") and the sentence with it: the next word (`after` is the
/// text after the stop) is a capitalised word that begins sentences and no
/// name ("at 4:05 a.m. They put the chance …", "in the U.S. The company
/// …"; not "at 5 p.m. Monday", "U.S. President").
fn dotted_before_a_sentence(text: &str, dot: usize, after: &str) -> bool {
    const OPENERS: [&str; 30] = [
        "The", "They", "It", "He", "She", "We", "I", "You", "This", "That", "These", "Those",
        "There", "But", "And", "A", "An", "In", "On", "At", "His", "Her", "Its", "Their", "Our",
        "When", "After", "If", "While", "Some",
    ];
    if !word_before(text, dot).contains('.') {
        return false;
    }
    let next = after.trim_start_matches([' ', '\u{a0}', '\t']);
    let word = &next[..next
        .find(|c: char| !c.is_alphanumeric())
        .unwrap_or(next.len())];
    OPENERS.contains(&word)
}

/// Whether the word before the full stop at `dot` is an abbreviation
/// ("Gen.", "U.S.": the stop ends nothing) or an initial, a single capital
/// ("John F. Kennedy").
fn is_abbreviation_or_initial(text: &str, dot: usize) -> bool {
    let w = word_before(text, dot);
    // "U.S." and other dotted initialisms (not a decimal: "at magnitude
    // 7.9. Seismologists …")
    w.contains('.') && !w.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        || (w.len() <= 4 && ABBREVIATIONS.iter().any(|a| w.eq_ignore_ascii_case(a)))
        || (w.len() == 1 && w.as_bytes()[0].is_ascii_uppercase())
}

/// The sentence index containing byte `at` (sentences sorted by start).
pub fn sentence_at(sentences: &[Sentence], at: usize) -> Option<usize> {
    let k = sentences.partition_point(|s| s.span.start <= at);
    let k = k.checked_sub(1)?;
    (at < sentences[k].span.end).then_some(k)
}

/// [`sentence_at`] for places asked about in increasing order, as a scan
/// finds them: the sentences are walked forward once, not searched for
/// each place.
///
/// Why: a check asks for the sentence of every mention and of every count
/// it did not read (one every hundred bytes of news text), in order; a
/// binary search for each was a tenth of the work of completing the counts.
/// A place before the last one asked about is searched for.
pub struct SentenceCursor<'a> {
    sentences: &'a [Sentence],
    /// How many sentences begin at or before the last place asked about.
    k: usize,
}

impl<'a> SentenceCursor<'a> {
    pub fn new(sentences: &'a [Sentence]) -> Self {
        SentenceCursor { sentences, k: 0 }
    }

    /// The sentence that holds byte `at`, as [`sentence_at`] gives it.
    #[inline]
    pub fn at(&mut self, at: usize) -> Option<usize> {
        let s = self.sentences;
        if self.k > 0 && s[self.k - 1].span.start > at {
            self.k = s.partition_point(|x| x.span.start <= at);
        }
        while self.k < s.len() && s[self.k].span.start <= at {
            self.k += 1;
        }
        let got = self.k.checked_sub(1).filter(|&k| at < s[k].span.end);
        debug_assert_eq!(got, sentence_at(s, at));
        got
    }
}

/// Number of words strictly between two byte offsets `a <= b`, or `None` if
/// there are more than `max`.
pub fn words_between(text: &str, a: usize, b: usize, max: usize) -> Option<usize> {
    if b < a {
        return words_between(text, b, a, max);
    }
    let seg = text.get(a..b)?;
    let mut n = 0;
    let mut in_word = false;
    let mut prev_digit = false;
    for c in seg.chars() {
        let w = c.is_alphanumeric();
        if w && !in_word {
            n += 1;
            if n > max {
                return None;
            }
        }
        // hyphenated and apostrophe'd words are one word, and so are
        // numbers with separators ("2,000", "1.5")
        in_word = w
            || (in_word
                && (matches!(c, '-' | '\'' | '’') || (prev_digit && matches!(c, ',' | '.'))));
        prev_digit = c.is_ascii_digit();
    }
    Some(n)
}

/// The words of a span, lower-cased comparisons done by callers: runs of
/// alphanumeric characters, with hyphens and apostrophes inside them.
/// (ASCII bytes are classified without decoding; other characters as
/// `char`s.)
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let b = s.as_bytes();
    // the character at `k`, when it is not ASCII
    let wide = move |k: usize| s[k..].chars().next().unwrap_or(' ');
    let mut k = 0;
    std::iter::from_fn(move || {
        loop {
            let &c = b.get(k)?;
            let class = BYTE_CLASS[usize::from(c)];
            if class & STARTS != 0 {
                break;
            }
            if class & WIDE == 0 {
                k += 1;
            } else {
                let ch = wide(k);
                if ch.is_alphanumeric() {
                    break;
                }
                k += ch.len_utf8();
            }
        }
        let start = k;
        k = run_end(s, k);
        Some((start, &s[start..k]))
    })
}

/// The end of the run of characters that continue a word (letters,
/// digits, `-`, `'`, `’`) from byte `k` of `s`.
#[inline(always)]
fn run_end(s: &str, mut k: usize) -> usize {
    let b = s.as_bytes();
    while let Some(&c) = b.get(k) {
        let class = BYTE_CLASS[usize::from(c)];
        if class & INSIDE != 0 {
            k += 1;
        } else if class & WIDE == 0 {
            break;
        } else {
            let ch = s[k..].chars().next().unwrap_or(' ');
            if !(ch.is_alphanumeric() || ch == '’') {
                break;
            }
            k += ch.len_utf8();
        }
    }
    k
}

/// Whether byte `at` of `paragraph` stands inside a quotation: after more
/// opening double quotes than closing ones (“ ”, « », and straight `"`
/// taken in turns). Single quotes are left out: ’ is also an apostrophe.
pub fn in_quotation(paragraph: &str, at: usize) -> bool {
    let (mut curly, mut guillemets, mut straight) = (0i32, 0i32, false);
    for c in paragraph.get(..at).unwrap_or(paragraph).chars() {
        match c {
            '“' => curly += 1,
            '”' => curly -= 1,
            '«' => guillemets += 1,
            '»' => guillemets -= 1,
            '"' => straight = !straight,
            _ => {}
        }
    }
    curly > 0 || guillemets > 0 || straight
}

/// The words of `s` that begin before byte `end`, nearest first, as
/// [`words`] reads them: the nearest whole, if it runs on past `end`.
///
/// A word of [`words`] is a run of characters that continue words (letters,
/// digits, `-`, `'`, `’`) from its first letter or digit on; read
/// backwards, a run is found from its end and the word begins at its first
/// letter or digit.
pub fn words_before(s: &str, end: usize) -> impl Iterator<Item = (usize, &str)> {
    let b = s.as_bytes();
    // the character before `k`: where it starts, whether it starts a word
    // and whether it continues one (ASCII bytes without decoding)
    let before = move |k: usize| -> (usize, bool, bool) {
        let class = BYTE_CLASS[usize::from(b[k - 1])];
        if class & WIDE == 0 {
            return (k - 1, class & STARTS != 0, class & INSIDE != 0);
        }
        let ch = s[..k].chars().next_back().unwrap_or(' ');
        let w = ch.is_alphanumeric();
        (k - ch.len_utf8(), w, w || ch == '’')
    };
    // a run that goes on past `end` is read to its end
    let mut hi = end;
    if end > 0 && before(end).2 {
        hi = run_end(s, end);
    }
    std::iter::from_fn(move || {
        loop {
            // back over what continues no word
            loop {
                if hi == 0 {
                    return None;
                }
                let (j, _, inside) = before(hi);
                if inside {
                    break;
                }
                hi = j;
            }
            // back over the run; its word begins at its first letter or digit
            let (mut lo, mut start) = (hi, hi);
            while lo > 0 {
                let (j, starts, inside) = before(lo);
                if !inside {
                    break;
                }
                lo = j;
                if starts {
                    start = j;
                }
            }
            let word = (start < hi && start < end).then(|| (start, &s[start..hi]));
            hi = lo;
            if let Some(w) = word {
                return Some(w);
            }
        }
    })
}

/// What [`words`] needs to know of a byte, as bits: whether an ASCII byte
/// starts a word (a letter or digit) or continues one (also `-` and `'`),
/// and whether it begins a character that is not ASCII (to be decoded).
const STARTS: u8 = 1;
const INSIDE: u8 = 2;
const WIDE: u8 = 4;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        let b = c as u8;
        t[c] = if b.is_ascii_alphanumeric() {
            STARTS | INSIDE
        } else if b == b'-' || b == b'\'' {
            INSIDE
        } else if b.is_ascii() {
            0
        } else {
            WIDE
        };
        c += 1;
    }
    t
};

/// [`words`] as first written, on `char`s: kept to test the byte-wise one
/// against.
#[cfg(test)]
fn words_by_char(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = s;
    let mut off = 0;
    std::iter::from_fn(move || {
        let start = rest.find(|c: char| c.is_alphanumeric())?;
        let after = &rest[start..];
        let len = after
            .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '’'))
            .unwrap_or(after.len());
        let w = &after[..len];
        let at = off + start;
        off = at + len;
        rest = &after[len..];
        Some((at, w))
    })
}

const FUTURE: [&str; 14] = [
    "will",
    "shall",
    "'ll",
    "going",
    "scheduled",
    "planned",
    "plans",
    "plan",
    "expected",
    "due",
    "upcoming",
    "set",
    "intends",
    "forthcoming",
];

const PAST_AUX: [&str; 14] = [
    "was", "were", "had", "did", "took", "began", "left", "came", "went", "said", "saw", "made",
    "held", "ago",
];

/// Words that end in "-ed" without being past verbs.
const NOT_PAST_ED: [&str; 8] = [
    "need", "speed", "indeed", "proceed", "exceed", "succeed", "hundred", "based",
];

/// What the word lists say of a word, as bits: [`FUTURE`] and [`PAST_AUX`],
/// [`IRREGULAR_PAST`] and [`NOT_PAST_ED`].
const IS_FUTURE: u16 = 1;
const IS_PAST_AUX: u16 = 2;
const IS_IRREGULAR_PAST: u16 = 4;
const IS_NOT_PAST_ED: u16 = 8;
/// The words [`word_tense`] reads around a marker, one bit a group, so that
/// a word's neighbours are classified by the look-up that classified them.
const IS_WOULD: u16 = 16;
const IS_PLANNING: u16 = 32;
/// "be", "being": a passive follows.
const IS_BE: u16 = 64;
/// "set", "planned": plan words that are also past forms.
const IS_PAST_FORM: u16 = 128;
/// "plan", "plans".
const IS_PLAN: u16 = 256;
/// "had", "previously": a plan told from the past.
const IS_HAD: u16 = 512;
/// "to", "for": a plan word aims at what follows.
const IS_TO: u16 = 1024;
const IS_FOR: u16 = 2048;

/// One look-up in the word lists the tense of a sentence is read from:
/// every word of a sentence is classified, and trying each list word in
/// turn cost more than the rest of the reading.
fn word_flags(w: &str) -> u16 {
    static TABLE: std::sync::LazyLock<WordClasses> = std::sync::LazyLock::new(|| {
        // "'ll" is not a word of letters: [`future_by`] reads it
        WordClasses::new(&[
            (&FUTURE, IS_FUTURE),
            (&PAST_AUX, IS_PAST_AUX),
            (&IRREGULAR_PAST, IS_IRREGULAR_PAST),
            (&NOT_PAST_ED, IS_NOT_PAST_ED),
            (&["would"], IS_WOULD),
            (&["planning"], IS_PLANNING),
            (&["be", "being"], IS_BE),
            (&["set", "planned"], IS_PAST_FORM),
            (&["plan", "plans"], IS_PLAN),
            (&["had", "previously"], IS_HAD),
            (&["to"], IS_TO),
            (&["for"], IS_FOR),
        ])
    });
    TABLE.of(w)
}

/// Word lists, a bit each, looked up together: open addressing on the
/// word's [`letters_key`] (case folded), at most a quarter full, so that a
/// word in no list (most words) usually costs one probe. List words that
/// are not 1 to 13 ASCII letters ("'ll") are left out: callers read them
/// otherwise.
pub struct WordClasses {
    slots: Vec<(u64, u16)>,
}

impl WordClasses {
    pub fn new(lists: &[(&[&str], u16)]) -> WordClasses {
        let words = lists.iter().map(|(l, _)| l.len()).sum::<usize>();
        let size = (words * 4).next_power_of_two().max(16);
        let mut table = WordClasses {
            slots: vec![(0u64, 0u16); size],
        };
        for (list, class) in lists {
            for key in list.iter().filter_map(|w| letters_key(w)) {
                let k = table.probe(key);
                table.slots[k] = (key, table.slots[k].1 | class);
            }
        }
        table
    }

    /// The slot that holds `key`, or the empty one it would go in.
    fn probe(&self, key: u64) -> usize {
        let mask = self.slots.len() - 1;
        let mut k = (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask;
        while self.slots[k].0 != 0 && self.slots[k].0 != key {
            k = (k + 1) & mask;
        }
        k
    }

    /// The classes of `w` (0 for a word in no list).
    pub fn of(&self, w: &str) -> u16 {
        // an empty slot has no key and no class
        letters_key(w).map_or(0, |key| self.slots[self.probe(key)].1)
    }
}

/// A word of at most 13 ASCII letters as a number, case folded (base 27,
/// so distinct words have distinct keys); `None` for any other word.
fn letters_key(w: &str) -> Option<u64> {
    if w.is_empty() || w.len() > 13 {
        return None;
    }
    let mut key = 0u64;
    for b in w.bytes() {
        if !b.is_ascii_alphabetic() {
            return None;
        }
        key = key * 27 + u64::from((b | 0x20) - b'a' + 1);
    }
    Some(key)
}

/// Whether a date's text names a fiscal year ("fiscal 2007", "the fiscal
/// year"): which months it spans depends on who keeps the books (from
/// February of the year before to March of the year after, over the
/// conventions in use): binding reads it so, and the anachronism check
/// leaves it alone.
pub fn is_fiscal(date: &str) -> bool {
    words(date).any(|(_, w)| w.eq_ignore_ascii_case("fiscal"))
}

/// Whether a word is an article ("the", "a", "an"): one that opens a noun
/// set beside a name (", the president until September,").
pub fn is_article(w: &str) -> bool {
    ["the", "a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a))
}

/// Whether a word is a pronoun that begins a relative clause set off by
/// commas ("which", "who", "whom", "whose"; "that" begins none).
pub fn is_wh_relative(w: &str) -> bool {
    ["which", "who", "whom", "whose"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
}

/// Whether a word is a past-tense verb, by its auxiliary or its "-ed" ending.
pub fn is_past_word(w: &str) -> bool {
    past_by(word_flags(w), w)
}

/// [`is_past_word`], or an irregular past form ([`IRREGULAR_PAST`]:
/// "became", "won", "met").
pub fn is_past_form(w: &str) -> bool {
    let flags = word_flags(w);
    past_by(flags, w) || flags & IS_IRREGULAR_PAST != 0
}

fn past_by(flags: u16, w: &str) -> bool {
    if flags & IS_PAST_AUX != 0 {
        return true;
    }
    let lower_start = w.as_bytes().first().is_some_and(u8::is_ascii_lowercase);
    lower_start && w.len() >= 5 && w.ends_with("ed") && flags & IS_NOT_PAST_ED == 0
}

/// Whether `w` may be a past participle that opens a phrase describing a
/// noun ("The commission, set up by President Carter on 11 April 1979,"):
/// a past form ([`is_past_form`]), or "set" or "planned", plan words too.
pub fn is_participle(w: &str) -> bool {
    let flags = word_flags(w);
    past_by(flags, w) || flags & (IS_IRREGULAR_PAST | IS_PAST_FORM) != 0
}

/// Whether `w` is a compound adjective in "-ed" ("self-proclaimed",
/// "long-awaited", "Russian-brokered"): a word joined by a hyphen to a past
/// participle, where the first part is no verb prefix ("re-elected",
/// "co-founded" are verbs).
pub fn is_compound_adjective(w: &str) -> bool {
    const PREFIXES: [&str; 15] = [
        "re", "co", "pre", "de", "un", "mis", "out", "over", "under", "cross", "counter", "dis",
        "sub", "inter", "trans",
    ];
    let Some((first, last)) = w.rsplit_once('-') else {
        return false;
    };
    let first = first.rsplit('-').next().unwrap_or(first);
    last.len() >= 4
        && last.ends_with("ed")
        && !PREFIXES.iter().any(|p| first.eq_ignore_ascii_case(p))
}

pub fn is_future_word(w: &str) -> bool {
    future_by(word_flags(w), w)
}

fn future_by(flags: u16, w: &str) -> bool {
    flags & IS_FUTURE != 0
        || w.ends_with("'ll")
        || w.ends_with("’ll")
        || w.eq_ignore_ascii_case("'ll")
}

/// Whether text ending in `before` puts what follows in a "since" clause:
/// "since" among its last six words and no future auxiliary after it
/// ("since January", "since KKR bought RJR in February", "since shortly
/// after the Oct. 23 slaying"), so that what follows is past.
pub fn since_clause(before: &str) -> bool {
    since_in(&last_words(before))
}

/// The last six words of `before`, nearest first ("" where there are
/// fewer), without collecting them.
fn last_words(before: &str) -> [&str; 6] {
    let mut last: [&str; 6] = [""; 6];
    for (_, w) in words(before) {
        last.rotate_right(1);
        last[0] = w;
    }
    last
}

/// [`since_clause`] on the last six words, nearest first.
fn since_in(last: &[&str; 6]) -> bool {
    for &w in last {
        if w.eq_ignore_ascii_case("since") {
            return true;
        }
        if is_future_word(w) {
            return false;
        }
    }
    false
}

/// The tense nearest to byte `at` of `sentence`: the tense of the closest
/// word that marks one (a future auxiliary or a past verb), so that in
/// "on 28 September they issued a decree, and they will cease to exist" the
/// date is past.
///
/// A word's neighbours refine what it says: "set" and "plan(s)" speak of
/// the future only before "to" or "for" ("set to resume Monday", "plans to
/// redeem") and are a past verb or a noun otherwise ("the record high set
/// on Aug. 6", "set aside vacation plans"); after "had" or "previously" a
/// plan is past ("it had been due to expire Friday", "as previously
/// planned").
pub fn tense_at(sentence: &str, at: usize) -> Tense {
    // (the window is read as it is, even when a character at its end
    // makes it a few bytes longer than a sentence read whole)
    if sentence.len() > LONG_SENTENCE
        && let Some((a, b)) = window_around(sentence, at)
    {
        return tense_whole(&sentence[a..b], at - a);
    }
    tense_whole(sentence, at)
}

/// [`tense_at`], reading the whole of `sentence`.
fn tense_whole(sentence: &str, at: usize) -> Tense {
    let Some(before) = sentence.get(..at) else {
        return tense_in_passes(sentence, at);
    };
    let tense = tense_outwards(sentence, at, before);
    // debug builds check reading outwards against reading the words in
    // passes
    debug_assert_eq!(tense, tense_in_passes(sentence, at), "{sentence:?} at {at}");
    tense
}

/// The longest sentence [`tense_at`] reads whole, in bytes. Of a longer
/// one (a list, a table or a page without full stops) it reads the words
/// within half of this either side of the date: its markers are near, and
/// reading the whole of such a "sentence" for each of its dates would be
/// quadratic in its length.
const LONG_SENTENCE: usize = 2048;

/// The part of `sentence` within [`LONG_SENTENCE`]` / 2` bytes either side
/// of `at`, in whole words (from after a space to before one), if `at` is
/// on a character boundary.
fn window_around(sentence: &str, at: usize) -> Option<(usize, usize)> {
    if !sentence.is_char_boundary(at) {
        return None;
    }
    let b = sentence.as_bytes();
    let mut a = at.saturating_sub(LONG_SENTENCE / 2);
    if a > 0 {
        // after the first space at or past it, if that comes before `at`
        a = b[a..at]
            .iter()
            .position(|c| c.is_ascii_whitespace())
            .map_or(at, |k| a + k + 1);
    }
    let mut e = (at + LONG_SENTENCE / 2).min(b.len());
    if e < b.len() {
        // before the last space before it, if that comes after `at`
        e = b[at..e]
            .iter()
            .rposition(|c| c.is_ascii_whitespace())
            .map_or(e, |k| at + k);
        while !sentence.is_char_boundary(e) {
            e += 1;
        }
    }
    Some((a, e))
}

/// [`tense_at`], reading outwards from `at`.
fn tense_outwards(sentence: &str, at: usize, before: &str) -> Tense {
    // Read outwards from `at`: back to the nearest marker before it (and at
    // least the six words "since" and the deadline words are looked for
    // in), forward to the first marker at or after it; the nearest marker
    // is one of those two ([`nearest_marker`]). Markers are seldom more
    // than a few words away, and the words beyond them are not read.
    let mut back = words_before(sentence, at).map(|(k, w)| (k, w, word_flags(w)));
    // the words before `at` read so far, nearest first (the nearest whole,
    // even when it runs on past `at`)
    let mut near = [(0usize, "", 0u16); BACK_WORDS];
    let mut n = 0;
    // reads back until `upto` words are read or there are no more
    macro_rules! read_back {
        ($upto:expr) => {
            while n < $upto {
                match back.next() {
                    Some(w) => {
                        near[n] = w;
                        n += 1;
                    }
                    None => break,
                }
            }
        };
    }
    read_back!(1);
    // the words from the end of the nearest one on (it may run on past `at`)
    let from = near[..n]
        .first()
        .map_or(at, |&(k, w, _)| (k + w.len()).max(at));
    let mut ahead = words(&sentence[from..]).map(|(k, w)| (from + k, w, word_flags(w)));
    let first_ahead = ahead.next();
    // the last marker before `at`: a word's marking reads the flags of the
    // two words before it and of the one after
    let mut marker_before = None;
    let mut j = 0;
    loop {
        if j + 3 > BACK_WORDS {
            // further back than the buffer holds: read the sentence in
            // passes, as first written
            return tense_in_passes(sentence, at);
        }
        read_back!(j + 3);
        let Some(&(k, w, flags)) = near[..n].get(j) else {
            break;
        };
        let flags_of = |i: usize| near[..n].get(i).map_or(0, |&(_, _, f)| f);
        let next = match j {
            0 => first_ahead.map_or(0, |(_, _, f)| f),
            _ => flags_of(j - 1),
        };
        if let Some(t) = word_tense(w, flags, flags_of(j + 1), flags_of(j + 2), next) {
            marker_before = Some((k, t));
            break;
        }
        j += 1;
    }
    read_back!(6);
    // the six words before `at`, nearest first ("" where there are fewer); a
    // word running on past `at` ends there
    let last: [(&str, u16); 6] = std::array::from_fn(|i| match near[..n].get(i) {
        None => ("", 0),
        Some(&(k, w, _)) if k + w.len() > at => (&before[k..], word_flags(&before[k..])),
        Some(&(_, w, flags)) => (w, flags),
    });
    if let Some(t) = past_or_deadline(sentence, at, &last) {
        return t;
    }
    let mut marker_after = None;
    let (mut p1, mut p2) = (
        near[..n].first().map_or(0, |&(_, _, f)| f),
        near[..n].get(1).map_or(0, |&(_, _, f)| f),
    );
    let mut word = first_ahead;
    while let Some((k, w, flags)) = word {
        let after = ahead.next();
        let next = after.map_or(0, |(_, _, f)| f);
        if let Some(t) = word_tense(w, flags, p1, p2, next) {
            marker_after = Some((k, t));
            break;
        }
        (p2, p1) = (p1, flags);
        word = after;
    }
    nearer(sentence, at, marker_before, marker_after)
}

/// How many words [`tense_at`] reads back from its date before it reads
/// the sentence from its start instead.
const BACK_WORDS: usize = 32;

/// What the words around `at` say before any marker does: "since" among
/// the six words before it (`last`, nearest first) and no future auxiliary
/// after it, a possessive after it ("Wednesday's ruling") say past; a
/// deadline word before it ("by", "until", "as soon as") says future unless
/// the sentence looks back from a past ("had filed reports by Wednesday").
fn past_or_deadline(sentence: &str, at: usize, last: &[(&str, u16); 6]) -> Option<Tense> {
    let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    for &(w, flags) in last {
        if eq(w, "since") {
            return Some(Tense::Past);
        }
        if future_by(flags, w) {
            break;
        }
    }
    if let Some((_, w)) = words(&sentence[at..]).next()
        && (w.ends_with("'s") || w.ends_with("’s"))
    {
        return Some(Tense::Past);
    }
    let [w1, w2, w3] = [0, 1, 2].map(|k| last[k].0);
    let deadline = ["by", "until", "till", "effective"]
        .iter()
        .any(|d| eq(w1, d))
        || (eq(w3, "as") && ["soon", "early"].iter().any(|d| eq(w2, d)) && eq(w1, "as"));
    (deadline && !words(sentence).any(|(_, w)| eq(w, "had"))).then_some(Tense::Future)
}

/// [`tense_at`] as first written, reading the words before `at` for each
/// question in turn: kept to test reading outwards against (debug builds
/// check every answer), and for an `at` inside a character or a marker
/// further back than reading outwards looks.
fn tense_in_passes(sentence: &str, at: usize) -> Tense {
    // "since January": a time already past; "by August", "until Tuesday",
    // "as soon as Tuesday": a deadline ahead, unless the sentence looks
    // back from a past ("had filed reports by Wednesday")
    let last = last_words(sentence.get(..at).unwrap_or(""));
    let [w1, w2, w3, ..] = last;
    let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    if since_in(&last) {
        return Tense::Past;
    }
    // "Wednesday's ruling", "Friday's close": an event already reported
    if let Some((_, w)) = words(sentence.get(at..).unwrap_or("")).next()
        && (w.ends_with("'s") || w.ends_with("’s"))
    {
        return Tense::Past;
    }
    let deadline = ["by", "until", "till", "effective"]
        .iter()
        .any(|d| eq(w1, d))
        || (eq(w3, "as") && ["soon", "early"].iter().any(|d| eq(w2, d)) && eq(w1, "as"));
    if deadline && !words(sentence).any(|(_, w)| eq(w, "had")) {
        return Tense::Future;
    }
    nearest_marker(sentence, at)
}

/// The tense of the marker word nearest to `at`.
///
/// The distance in words from a marker to `at` shrinks as markers come
/// closer from before and grows as they go further after, so only two
/// markers can be the nearest: the last one before `at` and the first one
/// at or after it. The words after that one are not read. (A tie goes to
/// the one before.)
fn nearest_marker(sentence: &str, at: usize) -> Tense {
    let mut before: Option<(usize, Tense)> = None;
    let mut after: Option<(usize, Tense)> = None;
    for (k, t) in markers(sentence) {
        if k < at {
            before = Some((k, t));
        } else {
            after = Some((k, t));
            break;
        }
    }
    let tense = nearer(sentence, at, before, after);
    #[cfg(debug_assertions)]
    assert_eq!(
        tense,
        nearest_of_every_marker(sentence, at),
        "{sentence:?} at {at}"
    );
    tense
}

/// Of the last marker before `at` and the first at or after it, the tense
/// of the one fewer words away (a tie goes to the one before).
fn nearer(
    sentence: &str,
    at: usize,
    before: Option<(usize, Tense)>,
    after: Option<(usize, Tense)>,
) -> Tense {
    let distance =
        |k: usize| words_between(sentence, k.min(at), k.max(at), usize::MAX).unwrap_or(usize::MAX);
    match (before, after) {
        (Some((b, tb)), Some((a, ta))) => {
            if distance(a) < distance(b) {
                ta
            } else {
                tb
            }
        }
        (Some((_, t)), None) | (None, Some((_, t))) => t,
        (None, None) => Tense::Unknown,
    }
}

/// [`nearest_marker`] reading every marker, as it was first written: kept
/// to test the two-candidate version against (debug builds check every
/// answer).
#[cfg(any(test, debug_assertions))]
fn nearest_of_every_marker(sentence: &str, at: usize) -> Tense {
    let mut best: Option<(usize, Tense)> = None;
    for (k, t) in markers(sentence) {
        let d = words_between(sentence, k.min(at), k.max(at), usize::MAX).unwrap_or(usize::MAX);
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, t));
        }
    }
    best.map_or(Tense::Unknown, |(_, t)| t)
}

/// The words of `sentence` that mark a tense, with their offsets, in order.
fn markers(sentence: &str) -> impl Iterator<Item = (usize, Tense)> + '_ {
    let mut ws = words(sentence)
        .map(|(k, w)| (k, w, word_flags(w)))
        .peekable();
    // the flags of the two words before the current one
    let (mut p1, mut p2) = (0, 0);
    std::iter::from_fn(move || {
        while let Some((k, w, flags)) = ws.next() {
            let next = ws.peek().map_or(0, |&(_, _, f)| f);
            let t = word_tense(w, flags, p1, p2, next);
            (p2, p1) = (p1, flags);
            if let Some(t) = t {
                return Some((k, t));
            }
        }
        None
    })
}

/// The tense word `w` (with [`word_flags`] `flags`) marks, given the flags
/// of the two words before it (`p1` the nearer) and of the one after.
fn word_tense(w: &str, flags: u16, p1: u16, p2: u16, next: u16) -> Option<Tense> {
    if future_by(flags, w) {
        let aims = next & (IS_TO | IS_FOR) != 0;
        let past_form = flags & IS_PAST_FORM != 0;
        let plan_word = past_form || flags & IS_PLAN != 0;
        if plan_word && !aims {
            return past_form.then_some(Tense::Past);
        }
        let after_past = (p1 | p2) & IS_HAD != 0;
        return Some(if after_past {
            Tense::Past
        } else {
            Tense::Future
        });
    }
    // reported speech: "said two flights would leave Bombay from August 6",
    // "were planning to drive there on Monday"
    if flags & IS_WOULD != 0 || (flags & IS_PLANNING != 0 && next & IS_TO != 0) {
        return Some(Tense::Future);
    }
    // "will be named", "is being sold": a passive, not a past
    if p1 & IS_BE != 0 {
        return None;
    }
    (past_by(flags, w) || flags & IS_IRREGULAR_PAST != 0).then_some(Tense::Past)
}

/// Irregular past forms common in news that are not also present forms
/// ("put", "cut", "hit" are both, and say nothing), and "died", a regular
/// one shorter than the five letters an "-ed" form is read from. (Those
/// that also mark a past tense, "took", "held", "made", are in
/// [`PAST_AUX`], and not here.)
const IRREGULAR_PAST: [&str; 80] = [
    "died",
    // ("beat Latvia 2-0 on 14 June": also a present, which news dates
    // rarely)
    "beat",
    "bought",
    "sold",
    "rose",
    "fell",
    "told",
    "gave",
    "won",
    "lost",
    "paid",
    "met",
    "led",
    "became",
    "got",
    "spent",
    "sent",
    "struck",
    "thought",
    "brought",
    "caught",
    "fought",
    "heard",
    "kept",
    "knew",
    "grew",
    "threw",
    "drew",
    "flew",
    "wrote",
    "spoke",
    "broke",
    "chose",
    "ran",
    "stood",
    "drove",
    "fled",
    "shot",
    "found",
    "felt",
    "built",
    "sought",
    "laid",
    "sank",
    "swore",
    "withdrew",
    "oversaw",
    "undertook",
    "overtook",
    "rebuilt",
    "dug",
    "shook",
    "tore",
    "woke",
    "froze",
    "stole",
    "blew",
    // (a court's verbs, and other compounds of the irregular forms:
    // "upheld Total's conviction on 30 March 2010")
    "upheld",
    "withheld",
    "overrode",
    "forgave",
    "underwent",
    "foresaw",
    "swept",
    "sprang",
    "swam",
    "forbade",
    // ("the bell rang 29 times this afternoon, once for every man killed
    // …": the date is the ringing's)
    "rang",
    "sang",
    // (round 109: "lit candles at the school on 15 February 2025", the
    // day after the article, was not read as past)
    "lit",
    "slid",
    "hung",
    "wept",
    "rode",
    "wore",
    "spun",
    "swung",
    "hid",
    "knelt",
    "dealt",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotations_are_read_from_the_paragraphs_start() {
        // (the text, what is asked about, whether it is quoted)
        let table: &[(&str, &str, bool)] = &[
            ("Claim: “They arrived in 2019.” False.", "2019", true),
            ("Claim: “They arrived.” In 2019, nothing.", "2019", false),
            ("He said: \"We sent 3,000\", and left.", "3,000", true),
            ("He said \"yes\" to 3,000 troops.", "3,000", false),
            ("« Nous sommes 33 », dit-il.", "33", true),
            // an apostrophe is no quotation mark
            (
                "The army’s 2,000 troops, the ‘peacekeepers’.",
                "2,000",
                false,
            ),
            // a quotation of two sentences
            ("“It was 2019. It was 2020,” he said.", "2020", true),
        ];
        for &(text, what, want) in table {
            let at = text.find(what).expect("in the text");
            assert_eq!(in_quotation(text, at), want, "{text:?} at {what:?}");
        }
    }

    fn split(t: &str, soft: bool) -> Vec<&str> {
        sentences(t, soft)
            .iter()
            .map(|s| &t[s.span.clone()])
            .collect()
    }

    /// Regression: in a hard-wrapped text, a timeline's entries ran on into
    /// one paragraph, so an entry that names no subject continued the one
    /// before ("… declares the withdrawal complete." then "13 March 2025 —
    /// … announce that they have agreed …" read as the withdrawal's).
    #[test]
    fn a_line_that_heads_a_timeline_entry_starts_a_paragraph() {
        let table = [
            ("12 June 2024 — The last peacekeepers leave.", true),
            // a range of days (round 76: "11–22 November — COP29 in Baku",
            // whose first en dash was taken for the entry's)
            ("11\u{2013}22 November \u{2014} COP29 in Baku", true),
            ("11\u{2013}22 November \u{2013} COP29 in Baku", true),
            ("12 June 2024 – The last peacekeepers leave.", true),
            ("Sept. 19, 2023 — Azerbaijan attacks.", true),
            ("Tuesday, 19 September 2023 - Azerbaijan attacks.", true),
            ("June 2024 — A month and a year head an entry too.", true),
            ("June — a month alone heads none.", false),
            ("12 soldiers — all of them — were hurt.", false),
            ("the withdrawal complete. It was 12 June.", false),
        ];
        for (line, want) in table {
            assert_eq!(heads_entry(line), want, "{line:?}");
        }
        let text = "12 June 2024 — The last peacekeepers leave; Azerbaijan\n\
                    declares the withdrawal complete.\n\
                    13 March 2025 — Armenia and Azerbaijan announce that\n\
                    they have agreed the text of a treaty.";
        let got = sentences(text, true);
        assert_eq!(got.len(), 2);
        assert_ne!(got[0].paragraph, got[1].paragraph);
    }

    /// A fact box's lines in a wrapped text are entries of their own: read
    /// as wrapped lines of one paragraph, "Dissolved: 1 January 2024
    /// (decree signed 28 September 2023)" took a subject named lines
    /// before it (round 54's `mo-s3`, hard-wrapped).
    #[test]
    fn a_line_that_heads_with_a_label_starts_a_paragraph() {
        let table = [
            (
                "Dissolved: 1 January 2024 (decree signed 28 September 2023)",
                true,
            ),
            ("Population before the exodus: about 120,000", true),
            ("First Karabakh war: 1988-1994", true),
            ("ARAM: We left on the 26th.", true),
            // a Q&A's answer goes on from its question
            ("A: On Monday, 14 December.", false),
            // a sentence's colon far into it, or after a clause
            (
                "The ministry said it had one aim: to close the corridor.",
                false,
            ),
            (
                "the statement read as follows: the troops will leave",
                false,
            ),
            ("On 12 June, he said: we are leaving.", false),
            // a transcript's turn, timestamped (round 66)
            ("[00:03:07] KAREN: Not for now.", true),
            ("(12:31) The host asks about the ceasefire.", true),
            // brackets that hold no time
            ("[2020] The war began in September.", false),
            ("(1:2) a ratio", false),
        ];
        for (line, want) in table {
            assert_eq!(heads_label(line), want, "{line:?}");
        }
        let text = "Lost: the seven surrounding districts and a third of\n\
                    Karabakh itself, in the 44-day war of 2020\n\
                    Dissolved: 1 January 2024 (decree signed 28 September 2023)";
        let got = sentences(text, true);
        assert_eq!(got.len(), 2);
        assert_ne!(got[0].paragraph, got[1].paragraph);
    }

    /// Words read back from any place are the words read forward that
    /// begin before it, in reverse: at every character boundary of text
    /// with hyphens, apostrophes, dashes, digits and letters that are not
    /// ASCII.
    #[test]
    fn words_read_backwards_are_the_words_read_forwards() {
        for s in [
            "",
            "one",
            " two words ",
            "--x a-b -c- 'd' e’s ’f 2,000 1.5 mid-2020s",
            "Türkiye’s wins—and ‘quoted’ naïve café 10 000\u{a0}km",
            "a\u{2013}b \u{2014} ß-ẞ x'",
        ] {
            let forward: Vec<(usize, &str)> = words(s).collect();
            for end in (0..=s.len()).filter(|&k| s.is_char_boundary(k)) {
                let mut want: Vec<(usize, &str)> =
                    forward.iter().copied().filter(|&(k, _)| k < end).collect();
                want.reverse();
                let got: Vec<(usize, &str)> = words_before(s, end).collect();
                assert_eq!(got, want, "{s:?} before {end}");
            }
        }
    }

    #[test]
    fn sentence_boundaries() {
        let table: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "At a summit of the U.S. and EU, it was. Next.",
                &["At a summit of the U.S. and EU, it was.", "Next."],
            ),
            ("He said “no.” Then left.", &["He said “no.”", "Then left."]),
            // a dotted abbreviation ends its sentence before a word that
            // begins one, not before a name; a decimal ends it anyway
            (
                "The largest came at 4:05 a.m. They put the chance at 5 per cent.",
                &[
                    "The largest came at 4:05 a.m.",
                    "They put the chance at 5 per cent.",
                ],
            ),
            (
                "It came at 5 p.m. Monday, and the U.S. President spoke.",
                &["It came at 5 p.m. Monday, and the U.S. President spoke."],
            ),
            (
                "It was put at magnitude 7.9. Seismologists agree.",
                &["It was put at magnitude 7.9.", "Seismologists agree."],
            ),
            (
                "Dr. Gubad Ibadoghlu spoke.",
                &["Dr. Gubad Ibadoghlu spoke."],
            ),
            (
                "Headline\nApril 18, 2024\n\nBody text.",
                &["Headline", "April 18, 2024", "Body text."],
            ),
            // a line that breaks off mid-sentence goes on, wrapped or not
            (
                "Q: Any losses?\nA: Yes. Five men, among them an officer,\nwere killed.",
                &[
                    "Q: Any losses?",
                    "A: Yes.",
                    "Five men, among them an officer,\nwere killed.",
                ],
            ),
            (
                "A headline in lower case\nBy Staff\n",
                &["A headline in lower case", "By Staff"],
            ),
            ("It cost 1.5 million. Yes", &["It cost 1.5 million.", "Yes"]),
            // a transcript's next turn begins with its timestamp
            (
                "[00:01:22] TARA: It lasted forty-seven days. [00:01:31] ARAM: It began.",
                &[
                    "[00:01:22] TARA: It lasted forty-seven days.",
                    "[00:01:31] ARAM: It began.",
                ],
            ),
            (
                "Sept. 5 was set. Gen. Lee and John F. Kennedy met Sept. 6.",
                &[
                    "Sept. 5 was set.",
                    "Gen. Lee and John F. Kennedy met Sept. 6.",
                ],
            ),
            // an abbreviation before a number ends nothing there, and a
            // sentence still may ("the answer was no. Then")
            (
                "He is inmate No. 61727-054. He pleaded guilty. See pp. 12-14 and Vol. 3. The answer was no. Then it ended.",
                &[
                    "He is inmate No. 61727-054.",
                    "He pleaded guilty.",
                    "See pp. 12-14 and Vol. 3.",
                    "The answer was no.",
                    "Then it ended.",
                ],
            ),
        ];
        assert!(ABBREVIATIONS.iter().all(|a| a.len() <= 4));
        for (t, want) in table {
            assert_eq!(split(t, false), *want, "{t:?}");
        }
        assert_eq!(
            split("wrapped\nline.\n\nNext para.", true),
            ["wrapped\nline.", "Next para."]
        );
        // a sentence that ends at the end of a line of a wrapped paragraph
        // (regression: it ran on into the next line's sentence)
        for (t, want) in [
            (
                "a health emergency.\nWithin six weeks, on 11 March 2020, it\nwas a pandemic.",
                &[
                    "a health emergency.",
                    "Within six weeks, on 11 March 2020, it\nwas a pandemic.",
                ][..],
            ),
            ("one.\r\nTwo.", &["one.", "Two."]),
            ("the U.S.\nArmy", &["the U.S.\nArmy"]),
            ("it was said.\nand so on", &["it was said.\nand so on"]),
            // a line that begins with a bullet begins a sentence
            (
                "Key dates\n• 9–10 Nov 2020: ceasefire signed\n• 17 Apr 2024: withdrawal",
                &[
                    "Key dates",
                    "• 9–10 Nov 2020: ceasefire signed",
                    "• 17 Apr 2024: withdrawal",
                ],
            ),
        ] {
            assert_eq!(split(t, true), want, "{t:?}");
        }
    }

    #[test]
    fn paragraphs_are_counted() {
        let s = sentences("One. Two.\n\nThree.", false);
        assert_eq!(s.iter().map(|s| s.paragraph).collect::<Vec<_>>(), [0, 0, 1]);
    }

    #[test]
    fn counting_words_between() {
        let t = "deployed there since 2019";
        assert_eq!(words_between(t, 8, t.find("2019").unwrap(), 6), Some(2));
        assert_eq!(words_between("a b c d e", 0, 9, 2), None);
        assert_eq!(words_between("well-equipped soldiers", 0, 14, 5), Some(1));
        assert_eq!(
            words_between("deployed nearly 2,000 troops in 2020", 8, 32, 9),
            Some(4)
        );
    }

    #[test]
    fn since_clauses() {
        assert!(since_clause("deployed there since "));
        assert!(since_clause("Since KKR bought RJR in "));
        assert!(since_clause("searching for Kopp since shortly after the "));
        assert!(!since_clause("Since the company will report in "));
        assert!(!since_clause("since one two three four five six seven "));
        assert!(!since_clause("it was sold in "));
    }

    /// Reading outwards from the date finds what reading the sentence in
    /// passes finds: markers near and far on either side, none, and more
    /// than [`BACK_WORDS`] words back (read in passes from the start then).
    #[test]
    fn tense_read_outwards_is_tense_read_in_passes() {
        let filler = "the big red dog and the cat ".repeat(6);
        let sentences = [
            format!("They said {filler}that on Friday {filler}"),
            format!("{filler}on Friday {filler} they will go"),
            format!("It will {filler}rain on Friday and they left"),
            format!("{filler}on Friday"),
            format!("Since {filler}, on Friday they had planned to meet"),
            "on Friday".to_string(),
            "mid-Friday’s plans were set to close by Friday".to_string(),
        ];
        for t in &sentences {
            for (at, _) in t.match_indices("Friday") {
                assert_eq!(
                    tense_outwards(t, at, &t[..at]),
                    tense_in_passes(t, at),
                    "{t:?} at {at}"
                );
            }
        }
        // the marker before the date is beyond the words read back
        let far = format!("They said {filler}{filler}on Friday");
        let at = far.find("Friday").unwrap();
        assert_eq!(tense_at(&far, at), Tense::Past);
    }

    /// Regression: a "sentence" of many kilobytes (a list or a page without
    /// full stops) was read whole for each of its dates, quadratic in its
    /// length; of one longer than [`LONG_SENTENCE`] the words within half
    /// of it either side of the date are read.
    #[test]
    fn a_very_long_sentence_is_read_around_its_date() {
        // a window a character longer than a sentence read whole is read as
        // it is (regression: it was cut again, the same, without end)
        let edge = format!(
            "{} {}{}",
            "a".repeat(2_000),
            "b".repeat(LONG_SENTENCE / 2 - 1),
            "–".repeat(1_000)
        );
        let at = edge.find('–').unwrap();
        let (a, b) = window_around(&edge, at).unwrap();
        assert!(b - a > LONG_SENTENCE, "{a}..{b}");
        assert_eq!(tense_at(&edge, at), Tense::Unknown);
        let filler = "and Q3 ".repeat(1_000);
        let far = format!("They said {filler}on Friday {filler}");
        let at = far.find("Friday").unwrap();
        assert_eq!(tense_at(&far, at), Tense::Unknown);
        let near = format!("{filler}they said on Friday {filler}");
        let at = near.find("Friday").unwrap();
        assert_eq!(tense_at(&near, at), Tense::Past);
        for k in (0..near.len()).step_by(331) {
            let (a, b) = window_around(&near, k).unwrap();
            assert!(a <= k && k <= b && b - a <= LONG_SENTENCE, "{k}: {a}..{b}");
            assert!(a == 0 || near.as_bytes()[a - 1] == b' ', "{k}: {a}");
            assert!(b == near.len() || near.as_bytes()[b] == b' ', "{k}: {b}");
        }
    }

    #[test]
    fn tenses() {
        let at_date = |t: &str| tense_at(t, t.find(|c: char| c.is_ascii_digit()).unwrap());
        assert_eq!(
            at_date("which was inaugurated on November 8, 2024"),
            Tense::Past
        );
        assert_eq!(
            at_date("they will cease to exist by 1 January 2024"),
            Tense::Future
        );
        assert_eq!(at_date("Weather changeable on Friday 3"), Tense::Unknown);
        assert_eq!(at_date("the deal is scheduled for 2025"), Tense::Future);
        // a plan is future only when it aims somewhere; after "had" it is past
        let at_day = |t: &str, d: &str| tense_at(t, t.find(d).unwrap());
        let table = [
            ("its record high set on Aug. 6", "Aug", Tense::Past),
            (
                "when Albright set aside vacation plans on Friday",
                "Fri",
                Tense::Past,
            ),
            ("and set Friday as the deadline", "Fri", Tense::Past),
            (
                "It had been due to expire Friday evening",
                "Fri",
                Tense::Past,
            ),
            (
                "the offensive began as previously planned Saturday",
                "Sat",
                Tense::Past,
            ),
            (
                "the peace process, set to resume Monday",
                "Mon",
                Tense::Future,
            ),
            (
                "a NATO summit set for Washington in April",
                "Apr",
                Tense::Future,
            ),
            (
                "The team planned to leave Nairobi on Thursday",
                "Thu",
                Tense::Future,
            ),
            (
                "Intel plans to announce products on Nov. 6",
                "Nov",
                Tense::Future,
            ),
            (
                "the deal is scheduled to close Monday",
                "Mon",
                Tense::Future,
            ),
            ("the offer was due to expire Friday", "Fri", Tense::Future),
            (
                "a cooperation plan to be put in force Friday",
                "Fri",
                Tense::Future,
            ),
            ("an economic cooperation plan Friday", "Fri", Tense::Unknown),
            ("the change is since year-end", "year", Tense::Past),
            ("it will have doubled since January", "Jan", Tense::Past),
            // a deadline is ahead, unless the sentence looks back from a past
            (
                "Qantas said it planned flights by August",
                "Aug",
                Tense::Future,
            ),
            (
                "officials postponed until Tuesday morning",
                "Tue",
                Tense::Future,
            ),
            (
                "the group said it might come as soon as Tuesday",
                "Tue",
                Tense::Future,
            ),
            ("members had filed reports by Wednesday", "Wed", Tense::Past),
            // a possessive names a reported event; "would" reports a future
            (
                "they will look for ways around Wednesday's ruling",
                "Wed",
                Tense::Past,
            ),
            (
                "a premium over Thursday’s closing price",
                "Thu",
                Tense::Past,
            ),
            (
                "it said two flights would leave from August 6",
                "Aug",
                Tense::Future,
            ),
            // a passive after "be" is no past
            (
                "she will be named commander for a mission in December",
                "Dec",
                Tense::Future,
            ),
            ("she was named commander in December", "Dec", Tense::Past),
            // irregular pasts, "planning to", "effective"
            (
                "254,200 shares bought from Sept. 14 to Thursday",
                "Thu",
                Tense::Past,
            ),
            (
                "In January, the company brought in a new chief",
                "Jan",
                Tense::Past,
            ),
            (
                "they were planning to drive around the airport on Monday",
                "Mon",
                Tense::Future,
            ),
            (
                "costs of the new labor pact effective June 1",
                "June",
                Tense::Future,
            ),
            ("the company cut costs on Monday", "Mon", Tense::Unknown),
            (
                "Until Thursday, they had not called him a suspect",
                "Thu",
                Tense::Past,
            ),
        ];
        for (t, d, want) in table {
            assert_eq!(at_day(t, d), want, "{t}");
        }
        let s = "on 28 September, that separatists issued a decree, and they will cease to exist by 1 January 2024";
        assert_eq!(tense_at(s, s.find("28").unwrap()), Tense::Past);
        assert_eq!(tense_at(s, s.find("1 Jan").unwrap()), Tense::Future);
    }

    #[test]
    fn words_bytewise_are_words_by_char() {
        for t in [
            "",
            "one",
            "  Türkiye’s well-equipped 2,000 troops — don't «leave» ü ß 東京 x",
            "-a- 'b' ’c’ 1.5 a\u{a0}b\u{2013}c",
            "ünter İstanbul ǅ ⅷ ٣",
        ] {
            let a: Vec<_> = words(t).collect();
            let b: Vec<_> = words_by_char(t).collect();
            assert_eq!(a, b, "{t:?}");
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        for e in std::fs::read_dir(dir).expect("corpus/").flatten() {
            let t = std::fs::read_to_string(e.path()).expect("seed article");
            assert!(words(&t).eq(words_by_char(&t)));
        }
    }

    proptest::proptest! {
        #[test]
        fn the_word_before_a_dot_bytewise_is_the_char_one(t in "[a.1 é—\\u{a0}Z]{0,10}") {
            proptest::prop_assert_eq!(word_before(&t, t.len()), word_before_by_char(&t));
        }

        #[test]
        fn words_bytewise_are_words_by_char_for_any_text(t in "\\PC{0,60}") {
            let a: Vec<_> = words(&t).collect();
            let b: Vec<_> = words_by_char(&t).collect();
            proptest::prop_assert_eq!(a, b);
        }
    }

    /// The word lists as first read, one comparison a word.
    fn by_lists(w: &str) -> (bool, bool, bool) {
        let any = |l: &[&str]| l.iter().any(|x| w.eq_ignore_ascii_case(x));
        let past = any(&PAST_AUX)
            || (w.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
                && w.len() >= 5
                && w.ends_with("ed")
                && !any(&NOT_PAST_ED));
        let future = any(&FUTURE) || w.ends_with("'ll") || w.ends_with("’ll");
        (past, future, any(&IRREGULAR_PAST))
    }

    /// A word in both lists would be classified twice: [`past_by`]
    /// already reads [`PAST_AUX`] wherever [`IRREGULAR_PAST`] is read.
    #[test]
    fn the_irregular_pasts_are_not_past_markers_too() {
        for w in IRREGULAR_PAST {
            assert!(!PAST_AUX.contains(&w), "{w}");
        }
    }

    #[test]
    fn one_look_up_classifies_as_the_lists_do() {
        let flags = |w: &str| {
            let f = word_flags(w);
            (past_by(f, w), future_by(f, w), f & IS_IRREGULAR_PAST != 0)
        };
        let mut ws: Vec<String> = [&FUTURE[..], &PAST_AUX, &IRREGULAR_PAST, &NOT_PAST_ED]
            .iter()
            .flat_map(|l| l.iter())
            .flat_map(|w| {
                [
                    w.to_string(),
                    w.to_uppercase(),
                    format!("{w}s"),
                    format!("{w}ed"),
                ]
            })
            .collect();
        ws.extend(
            [
                "", "Was", "wAS", "they'll", "we’ll", "exceeded", "Based", "résumé", "ünded",
            ]
            .map(String::from),
        );
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        for e in std::fs::read_dir(dir).expect("corpus/").flatten() {
            let t = std::fs::read_to_string(e.path()).expect("seed article");
            ws.extend(words(&t).map(|(_, w)| w.to_string()));
        }
        for w in &ws {
            assert_eq!(flags(w), by_lists(w), "{w:?}");
        }
    }

    /// [`word_tense`] as first written, comparing the neighbours' text.
    fn word_tense_by_words(w: &str, p1: &str, p2: &str, next: &str) -> Option<Tense> {
        let eq = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        let flags = word_flags(w);
        if future_by(flags, w) {
            let aims = eq(next, "to") || eq(next, "for");
            let past_form = ["set", "planned"].iter().any(|x| eq(w, x));
            let plan_word = past_form || ["plan", "plans"].iter().any(|x| eq(w, x));
            if plan_word && !aims {
                return past_form.then_some(Tense::Past);
            }
            let after_past = [p1, p2].iter().any(|p| eq(p, "had") || eq(p, "previously"));
            return Some(if after_past {
                Tense::Past
            } else {
                Tense::Future
            });
        }
        if eq(w, "would") || (eq(w, "planning") && eq(next, "to")) {
            return Some(Tense::Future);
        }
        if eq(p1, "be") || eq(p1, "being") {
            return None;
        }
        (past_by(flags, w) || flags & IS_IRREGULAR_PAST != 0).then_some(Tense::Past)
    }

    /// Reading the neighbours' flags gives what comparing their text gave,
    /// for every word of the seed articles and for the neighbour words in
    /// every case and every position.
    #[test]
    fn neighbour_flags_read_as_neighbour_words() {
        let special = [
            "to",
            "TO",
            "for",
            "For",
            "had",
            "Had",
            "previously",
            "be",
            "Being",
            "would",
            "Would",
            "planning",
            "set",
            "Set",
            "planned",
            "plan",
            "Plans",
            "will",
            "was",
            "rose",
            "said",
            "",
            "toe",
            "forth",
            "bee",
            "had-been",
        ];
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        let mut ws: Vec<String> = special.iter().map(|w| w.to_string()).collect();
        for e in std::fs::read_dir(dir).expect("corpus/").flatten() {
            let t = std::fs::read_to_string(e.path()).expect("seed article");
            ws.extend(words(&t).map(|(_, w)| w.to_string()));
        }
        let mut checked = 0;
        for win in ws.windows(4) {
            let [p2, p1, w, next] = [&win[0], &win[1], &win[2], &win[3]].map(|x| x.as_str());
            let f = word_flags;
            assert_eq!(
                word_tense(w, f(w), f(p1), f(p2), f(next)),
                word_tense_by_words(w, p1, p2, next),
                "{p2} {p1} [{w}] {next}"
            );
            checked += 1;
        }
        for &w in &special {
            for &n in &special {
                for &p in &special {
                    let f = word_flags;
                    assert_eq!(
                        word_tense(w, f(w), f(p), f(n), f(n)),
                        word_tense_by_words(w, p, n, n),
                        "{n} {p} [{w}] {n}"
                    );
                }
            }
        }
        assert!(checked > 1000, "{checked} windows");
    }

    /// The two-candidate [`nearest_marker`] answers as reading every marker does,
    /// at every word of every sentence of the seed articles.
    #[test]
    fn nearest_tense_needs_only_two_candidates() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        let mut checked = 0;
        for e in std::fs::read_dir(dir).expect("corpus/").flatten() {
            let text = std::fs::read_to_string(e.path()).expect("seed article");
            for s in sentences(&text, false) {
                let sentence = &text[s.span.clone()];
                for (at, _) in words(sentence) {
                    assert_eq!(
                        nearest_marker(sentence, at),
                        nearest_of_every_marker(sentence, at),
                        "{sentence:?} at {at}"
                    );
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "only {checked} words");
        for t in [
            "was was was 2020 will will",
            "will 2020 was",
            "it was, he said, in 2020 and will be",
            "2,000 troops were deployed",
            "the record high set on Aug. 6 will be beaten",
            "it had been due to expire Friday and was planned to",
        ] {
            for (at, _) in words(t) {
                assert_eq!(
                    nearest_marker(t, at),
                    nearest_of_every_marker(t, at),
                    "{t:?} at {at}"
                );
            }
        }
    }
}
