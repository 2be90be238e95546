//! The small parsers every claim form is built from: words, spaces, dashes,
//! numbers in digits and in words, month and weekday names.
//!
//! They work on `&str` in nom's complete mode and never allocate: words are
//! compared in place with `eq_ignore_ascii_case`, numbers are accumulated as
//! they are read. Anything that looks like whitespace in news text counts as
//! whitespace (NBSP, thin and narrow spaces), and every dash people type
//! counts as a dash.

use nom::{
    IResult, Parser,
    error::{Error, ErrorKind},
};

pub type Res<'a, T> = IResult<&'a str, T>;

pub fn fail<T>(i: &str) -> Res<'_, T> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Tag)))
}

/// The last answer of a parser, by where it was asked, for the forms that
/// ask it the same question one after another.
///
/// Why: the forms are tried in turn at a word start, and many begin alike
/// ("about four years ago", "about four years", "about four years
/// running" all read a hedge and then an amount), so the same small parser
/// is asked about the same text two or three times. A parser that keeps
/// its last answer in a [`Last`] slot gives it again without reading. An
/// answer is good only while [`Scan`] says one text is being scanned:
/// within a scan a place (its address and length) names one piece of one
/// text, which cannot change while it is borrowed. Outside a scan nothing
/// is kept. Debug builds check every answer given from memory against
/// reading again.
pub type Last<T> = std::cell::Cell<Option<(u64, usize, usize, Option<(usize, T)>)>>;

/// A parser that keeps its last answer (see [`remember`]): `fn name -> T =
/// read;` declares `name`, which answers as `read` does.
macro_rules! remembered {
    ($(#[$doc:meta])* $vis:vis fn $name:ident -> $t:ty = $read:ident;) => {
        $(#[$doc])*
        $vis fn $name(i: &str) -> $crate::extract::lex::Res<'_, $t> {
            thread_local! {
                static LAST: $crate::extract::lex::Last<$t> =
                    const { std::cell::Cell::new(None) };
            }
            $crate::extract::lex::remember(&LAST, i, $read)
        }
    };
}
pub(crate) use remembered;

thread_local! {
    /// Nonzero while a text is being scanned: the scan's number.
    static SCAN: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
    /// Scans begun on this thread.
    static SCANS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// While alive, the thread is scanning one text, and [`remember`] keeps
/// answers about it.
pub struct Scan(u64);

impl Scan {
    pub fn begin() -> Scan {
        let n = SCANS.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        Scan(SCAN.with(|s| s.replace(n)))
    }
}

impl Drop for Scan {
    fn drop(&mut self) {
        SCAN.with(|s| s.set(self.0));
    }
}

/// `parse(i)`, from `last` if that was the last question `parse` was asked
/// in this scan (see [`Last`]). Parsers fail only with `Err::Error` here,
/// so a remembered no is one.
pub fn remember<'a, T: Copy + PartialEq + std::fmt::Debug + 'static>(
    last: &'static std::thread::LocalKey<Last<T>>,
    i: &'a str,
    parse: fn(&'a str) -> Res<'a, T>,
) -> Res<'a, T> {
    let scan = SCAN.with(std::cell::Cell::get);
    if scan == 0 {
        return parse(i);
    }
    let (at, len) = (i.as_ptr() as usize, i.len());
    if let Some((s, p, n, said)) = last.with(std::cell::Cell::get)
        && (s, p, n) == (scan, at, len)
    {
        let answer = match said {
            Some((rest, v)) => Ok((&i[len - rest..], v)),
            None => fail(i),
        };
        debug_assert_eq!(
            answer.as_ref().ok(),
            parse(i).as_ref().ok(),
            "a remembered answer differs at {:?}",
            i.char_indices().nth(40).map_or(i, |(k, _)| &i[..k])
        );
        return answer;
    }
    let answer = parse(i);
    let said = answer.as_ref().ok().map(|(r, v)| (r.len(), *v));
    last.with(|c| c.set(Some((scan, at, len, said))));
    answer
}

/// Horizontal whitespace as typed or pasted into articles.
pub fn is_hspace(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}' | '\u{2002}' | '\u{2003}'
    )
}

pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2212}'
    )
}

/// True when `c` continues a word (so a match ending before it is not a
/// whole word).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// One or more spaces, with at most one line break among them (a date can
/// wrap in a Markdown paragraph; a blank line ends it).
pub fn sp(i: &str) -> Res<'_, ()> {
    let b = i.as_bytes();
    let mut newlines = 0;
    let mut end = 0;
    // bytes while they are ASCII (almost always), characters after that
    while let Some(&c) = b.get(end) {
        match c {
            b' ' | b'\t' | b'\r' => end += 1,
            b'\n' if newlines == 0 => {
                newlines += 1;
                end += 1;
            }
            c if c.is_ascii() => break,
            _ => {
                let ch = i[end..].chars().next().unwrap_or('x');
                if !is_hspace(ch) {
                    break;
                }
                end += ch.len_utf8();
            }
        }
    }
    if end == 0 {
        fail(i)
    } else {
        Ok((&i[end..], ()))
    }
}

/// Optional horizontal spaces.
pub fn osp(i: &str) -> &str {
    i.trim_start_matches(is_hspace)
}

/// The boundary after a word: end of input or a non-word character.
pub fn at_boundary(i: &str) -> bool {
    match i.as_bytes().first() {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => i.chars().next().is_none_or(|c| !is_word_char(c)),
    }
}

/// An ASCII alphabetic word that ends at a word boundary.
///
/// Every form reads its words with this, and the forms tried at one word
/// start read the same words one after another ("the" and the word after
/// it, once for each of the forms that begin with "the"): while a text is
/// scanned ([`Scan`]), the last two places asked about are remembered
/// with their answers (88 % of the questions on news text are repeats).
/// This is [`remember`] with two slots and a length for the answer,
/// written out: through `remember`, its slots widened to two, a check of
/// 541 kB of TempEval-3 text took 100.7 M instructions instead of 98.7 M.
pub fn word(i: &str) -> Res<'_, &str> {
    thread_local! {
        /// (scan, address, length, letters or `NOT_A_WORD`), the last
        /// asked first
        static SEEN: [std::cell::Cell<(u64, usize, usize, usize)>; 2] =
            const { [std::cell::Cell::new((0, 0, 0, 0)), std::cell::Cell::new((0, 0, 0, 0))] };
    }
    const NOT_A_WORD: usize = usize::MAX;
    let scan = SCAN.with(std::cell::Cell::get);
    let (at, len) = (i.as_ptr() as usize, i.len());
    let seen = SEEN.with(|seen| {
        seen.iter()
            .map(std::cell::Cell::get)
            .find(|&(s, p, l, _)| s == scan && p == at && l == len)
            .map(|(_, _, _, n)| n)
    });
    let n = match seen {
        Some(n) if scan != 0 => {
            debug_assert_eq!(n, read_word(i), "a remembered word differs");
            n
        }
        _ => {
            let n = read_word(i);
            if scan != 0 {
                SEEN.with(|seen| {
                    seen[1].set(seen[0].get());
                    seen[0].set((scan, at, len, n));
                });
            }
            n
        }
    };
    if n == NOT_A_WORD {
        return fail(i);
    }
    Ok((&i[n..], &i[..n]))
}

/// How many letters the word at the start of `i` has, or `usize::MAX` if
/// it is none ([`word`]).
fn read_word(i: &str) -> usize {
    let n = super::ascii_letters(i.as_bytes());
    debug_assert_eq!(n, i.bytes().take_while(u8::is_ascii_alphabetic).count());
    if n == 0 || !at_boundary(&i[n..]) {
        usize::MAX
    } else {
        n
    }
}

/// The word `w`, in any case.
pub fn kw<'a>(w: &'static str) -> impl Fn(&'a str) -> Res<'a, &'a str> {
    move |i| {
        let (rest, got) = word(i)?;
        if got.eq_ignore_ascii_case(w) {
            Ok((rest, got))
        } else {
            fail(i)
        }
    }
}

/// One of the words in `ws`; returns its index.
pub fn kw_of<'a>(ws: &'static [&'static str]) -> impl Fn(&'a str) -> Res<'a, usize> {
    move |i| {
        let (rest, got) = word(i)?;
        match ws.iter().position(|w| got.eq_ignore_ascii_case(w)) {
            Some(k) => Ok((rest, k)),
            None => fail(i),
        }
    }
}

/// A sequence of words separated by spaces, e.g. `&["more", "than"]`.
pub fn phrase<'a>(ws: &'static [&'static str]) -> impl Fn(&'a str) -> Res<'a, ()> {
    move |mut i| {
        for (k, w) in ws.iter().enumerate() {
            if k > 0 {
                i = sp(i)?.0;
            }
            i = kw(w)(i)?.0;
        }
        Ok((i, ()))
    }
}

/// A dash between two parts of a range, with optional spaces around it.
pub fn dash(i: &str) -> Res<'_, ()> {
    let j = osp(i);
    match j.chars().next() {
        Some(c) if is_dash(c) => Ok((osp(&j[c.len_utf8()..]), ())),
        _ => fail(i),
    }
}

/// A hyphen joining the parts of a compound ("44-day"), no spaces.
pub fn hyphen(i: &str) -> Res<'_, ()> {
    match i.chars().next() {
        Some(c) if matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{2013}') => {
            Ok((&i[c.len_utf8()..], ()))
        }
        _ => fail(i),
    }
}

/// A run of ASCII digits not followed by another word character; returns the
/// value and the number of digits. At most 18 digits.
pub fn digits(i: &str) -> Res<'_, (u64, usize)> {
    let n = i.bytes().take_while(|b| b.is_ascii_digit()).count();
    if n == 0 || n > 18 {
        return fail(i);
    }
    let v = i.as_bytes()[..n]
        .iter()
        .fold(0u64, |a, b| a * 10 + u64::from(b - b'0'));
    Ok((&i[n..], (v, n)))
}

/// Digits that end at a word boundary (so "2020s" or "3rd" are not plain
/// integers).
pub fn int(i: &str) -> Res<'_, (u64, usize)> {
    let (rest, v) = digits(i)?;
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, v))
}

remembered! {
    /// A number written in digits: `1960`, `2,000`, `100,000`, `1.1`, `25.4`.
    /// Returns the value and its rounding unit (`2,000` → 1000, `1,960` → 10,
    /// `1.1` → 0.1): the place of the last significant digit.
    pub fn decimal -> (f64, f64) = read_decimal;
}

fn read_decimal(i: &str) -> Res<'_, (f64, f64)> {
    let (rest, v) = decimal_raw(i)?;
    if !at_boundary(rest) && !rest.starts_with(['%']) {
        // "3rd", "2020s", "10am": not a plain number
        let c = rest.chars().next().unwrap_or(' ');
        if c.is_alphabetic() || c.is_ascii_digit() {
            return fail(i);
        }
    }
    Ok((rest, v))
}

/// As [`decimal`], but whatever follows the number is left to the caller
/// ("50mph", "5.4bn", "3rd" all read their leading number).
pub fn decimal_raw(i: &str) -> Res<'_, (f64, f64)> {
    let (mut rest, (first, n)) = digits(i)?;
    let mut int_part = first;
    let mut trailing_zeros = count_trailing_zeros(first, n);
    if n <= 2
        && let Some((after, v, len)) = indian_groups(rest)
    {
        // "12,34,567", "1,00,000": lakh and crore grouping
        int_part = first * 10u64.pow(len as u32) + v;
        trailing_zeros = count_trailing_zeros(int_part, n + len);
        rest = after;
    } else if n <= 3 {
        // thousands groups: ",000", or a thin, narrow or no-break space as
        // typesetters write it ("1\u{202f}234\u{202f}567", "100\u{a0}000");
        // " 000" is not accepted here (ambiguous with lists: "June 3 500");
        // a count, which knows the text before it, reads it (see
        // `quantity::spaced_group`). One separator throughout.
        let mut sep: Option<char> = None;
        while let Some(c) = rest.chars().next().filter(|&c| {
            matches!(c, ',' | '\u{202f}' | '\u{2009}' | '\u{a0}') && sep.is_none_or(|s| s == c)
        }) {
            let w = c.len_utf8();
            let b = rest.as_bytes();
            if b.len() >= w + 3 && b[w..w + 3].iter().all(u8::is_ascii_digit) {
                sep = Some(c);
                let after = &rest[w + 3..];
                if after.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                    break;
                }
                let g = u64::from(b[w] - b'0') * 100
                    + u64::from(b[w + 1] - b'0') * 10
                    + u64::from(b[w + 2] - b'0');
                int_part = int_part * 1000 + g;
                trailing_zeros = if g == 0 {
                    trailing_zeros + 3
                } else {
                    count_trailing_zeros(g, 3)
                };
                rest = after;
            } else {
                break;
            }
        }
    }
    let mut value = int_part as f64;
    let mut unit = 10f64.powi(trailing_zeros as i32);
    if int_part == 0 {
        unit = 1.0;
    }
    let b = rest.as_bytes();
    if b.len() >= 2 && b[0] == b'.' && b[1].is_ascii_digit() {
        let (after, (frac, fd)) = digits(&rest[1..])?;
        value += frac as f64 / 10f64.powi(fd as i32);
        unit = 10f64.powi(-(fd as i32));
        rest = after;
    }
    Ok((rest, (value, unit)))
}

/// After the first group of an Indian-grouped number, its groups of two and
/// the last group of three (",34,567" of "12,34,567"): the rest, their value
/// and their number of digits. At least one group of two.
fn indian_groups(i: &str) -> Option<(&str, u64, usize)> {
    let b = i.as_bytes();
    let group = |k: usize, n: usize| {
        b.len() > k + n
            && b[k] == b','
            && b[k + 1..k + 1 + n].iter().all(u8::is_ascii_digit)
            && !b.get(k + 1 + n).is_some_and(u8::is_ascii_digit)
    };
    let mut k = 0;
    while group(k, 2) && b.get(k + 3) == Some(&b',') {
        k += 3;
    }
    if k == 0 || !group(k, 3) {
        return None;
    }
    let end = k + 4;
    let digits: String = i[..end].chars().filter(char::is_ascii_digit).collect();
    if digits.len() > 15 {
        return None;
    }
    Some((&i[end..], digits.parse().ok()?, digits.len()))
}

pub(crate) fn count_trailing_zeros(mut v: u64, digits: usize) -> usize {
    if v == 0 {
        return digits.saturating_sub(1);
    }
    let mut z = 0;
    while v.is_multiple_of(10) {
        v /= 10;
        z += 1;
    }
    z
}

/// Cardinal number words below twenty.
pub const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// The tens, twenty to ninety.
pub const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
/// Scale words; "lakh" and "crore" as Indian English writes them ("13
/// lakh", "three lakh crore").
pub const SCALES: [(&str, f64); 6] = [
    ("thousand", 1e3),
    ("lakh", 1e5),
    ("million", 1e6),
    ("crore", 1e7),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Denominators of fractions in words, singular and plural ("a half",
/// "two thirds", "three quarters").
pub const DENOMINATORS: [(&str, &str, f64); 10] = [
    ("half", "halves", 2.0),
    ("third", "thirds", 3.0),
    ("quarter", "quarters", 4.0),
    ("fourth", "fourths", 4.0),
    ("fifth", "fifths", 5.0),
    ("sixth", "sixths", 6.0),
    ("seventh", "sevenths", 7.0),
    ("eighth", "eighths", 8.0),
    ("ninth", "ninths", 9.0),
    ("tenth", "tenths", 10.0),
];

/// Whether a space and a fraction's denominator follow ("three
/// quarters"): the number before it is a numerator, not part of a larger
/// number ("one hundred and three quarters" is 100.75).
fn denominator_follows(i: &str) -> bool {
    (sp, word).parse(i).is_ok_and(|(_, (_, w))| {
        DENOMINATORS
            .iter()
            .any(|(one, many, _)| w.eq_ignore_ascii_case(one) || w.eq_ignore_ascii_case(many))
    })
}

/// Numbers below 100 in words: "seven", "forty", "forty-four", "forty four".
/// Which number word `w` is, in one look-up (number words are tried at
/// every amount): 1 + its index in [`UNITS`], [`TENS_CLASS`] + its index
/// in [`TENS`], or 0.
fn number_class(w: &str) -> u16 {
    static TABLE: std::sync::LazyLock<crate::text::WordClasses> = std::sync::LazyLock::new(|| {
        let units = UNITS.map(|u| [u]);
        let tens = TENS.map(|t| [t]);
        let mut lists: Vec<(&[&str], u16)> = Vec::new();
        for (k, u) in units.iter().enumerate() {
            lists.push((u, k as u16 + 1));
        }
        for (k, t) in tens.iter().enumerate() {
            lists.push((t, TENS_CLASS + k as u16));
        }
        crate::text::WordClasses::new(&lists)
    });
    TABLE.of(w)
}

/// Where the tens begin among [`number_class`]es.
const TENS_CLASS: u16 = 32;

fn below_hundred(i: &str) -> Res<'_, f64> {
    let (rest, w) = word(i)?;
    let class = number_class(w);
    if (1..=UNITS.len() as u16).contains(&class) {
        return Ok((rest, f64::from(class - 1)));
    }
    if class >= TENS_CLASS {
        let tens = f64::from(class - TENS_CLASS + 2) * 10.0;
        // "forty-four" / "forty four"
        fn unit(j: &str) -> Option<(&str, f64)> {
            let (r, u) = word(j).ok()?;
            // "one" to "nine"
            let class = number_class(u);
            (2..=10).contains(&class).then(|| (r, f64::from(class - 1)))
        }
        if let Ok((after, ())) = hyphen(rest)
            && let Some((r, u)) = unit(after)
        {
            return Ok((r, tens + u));
        }
        // "forty-\nfour": a compound broken at its hyphen at a line's end,
        // as a wrapped or pasted text breaks it
        if let Ok((after, ())) = hyphen(rest)
            && let Some(next) = after
                .strip_prefix('\n')
                .or_else(|| after.strip_prefix("\r\n"))
            && let Some((r, u)) = unit(next.trim_start_matches([' ', '\t']))
        {
            return Ok((r, tens + u));
        }
        if let Ok((after, ())) = sp(rest)
            && let Some((r, u)) = unit(after)
        {
            return Ok((r, tens + u));
        }
        return Ok((rest, tens));
    }
    fail(i)
}

/// Below a thousand: "two hundred and five", "a hundred", "ninety".
fn below_thousand(i: &str) -> Res<'_, f64> {
    // "a hundred" is "one hundred", its tail and all ("a hundred and
    // thirty-three")
    let (rest, v) = match below_hundred(i) {
        Ok(ok) => ok,
        Err(_) => {
            let (r, _) = kw("a")(i)?;
            let (h, _) = sp(r)?;
            kw("hundred")(h)?;
            (r, 1.0)
        }
    };
    if let Ok((r, _)) = sp(rest)
        && let Ok((r, _)) = kw("hundred")(r)
    {
        // optional "and seven"
        let tail = (|j| -> Res<'_, f64> {
            let (j, _) = sp(j)?;
            let j = match (kw("and"), sp).parse(j) {
                Ok((j, _)) => j,
                Err(_) => j,
            };
            below_hundred(j)
        })(r);
        return match tail {
            Ok((r2, t)) if t > 0.0 && !denominator_follows(r2) => Ok((r2, v * 100.0 + t)),
            _ => Ok((r, v * 100.0)),
        };
    }
    Ok((rest, v))
}

remembered! {
    /// A cardinal number in words, with its rounding unit: "two thousand" →
    /// (2000, 1000); "forty-four" → (44, 1); "1.1 million" is [`scaled`].
    pub fn number_words -> (f64, f64) = read_number_words;
}

fn read_number_words(i: &str) -> Res<'_, (f64, f64)> {
    let (mut rest, mut total) = below_thousand(i)?;
    let mut unit = if total >= 100.0 && total % 100.0 == 0.0 {
        100.0
    } else {
        1.0
    };
    let mut current = total;
    total = 0.0;
    while let Some((r, mut scale)) = scale_word(rest) {
        rest = r;
        // "lakh crore", "thousand million": one scale of the other
        while let Some((r, s2)) = scale_word(rest)
            && s2 > scale
        {
            scale *= s2;
            rest = r;
        }
        total += current * scale;
        unit = scale;
        current = 0.0;
        // "two thousand five hundred", "two thousand and two hundred"
        let after_and = match (sp, kw("and")).parse(rest) {
            Ok((r, _)) => r,
            Err(_) => rest,
        };
        if let Ok((r2, _)) = sp(after_and)
            && let Ok((r3, more)) = below_thousand(r2)
            && !denominator_follows(r3)
        {
            current = more;
            unit = 1.0;
            rest = r3;
            continue;
        }
        break;
    }
    Ok((rest, (total + current, unit)))
}

/// A space and a scale word ("thousand", "million") and its factor.
fn scale_word(i: &str) -> Option<(&str, f64)> {
    let (r, _) = sp(i).ok()?;
    let (r, name) = word(r).ok()?;
    let &(_, scale) = SCALES.iter().find(|(n, _)| name.eq_ignore_ascii_case(n))?;
    Some((r, scale))
}

/// A digits number optionally followed by a scale word: "1.1 million",
/// "35 billion", "100,000".
pub fn scaled(i: &str) -> Res<'_, (f64, f64)> {
    let (rest, (v, unit)) = decimal(i)?;
    if let Ok((r, _)) = sp(rest)
        && let Ok((r, name)) = word(r)
        && let Some(&(_, scale)) = SCALES.iter().find(|(n, _)| name.eq_ignore_ascii_case(n))
    {
        return Ok((r, (v * scale, unit * scale)));
    }
    Ok((rest, (v, unit)))
}

/// Month names, lower case.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

remembered! {
    /// A month name, full or abbreviated ("Sept.", "Nov"); returns 1–12.
    /// Names must be capitalised: "may" and "march" are also verbs.
    pub fn month -> u8 = read_month;
}

fn read_month(i: &str) -> Res<'_, u8> {
    let (rest, w) = word(i)?;
    if !w.as_bytes()[0].is_ascii_uppercase() || w.len() < 3 {
        return fail(i);
    }
    if let Some(k) = MONTHS.iter().position(|m| w.eq_ignore_ascii_case(m)) {
        return Ok((rest, k as u8 + 1));
    }
    let abbr = MONTHS
        .iter()
        .position(|m| w.len() <= 4 && m.len() > w.len() && m[..w.len()].eq_ignore_ascii_case(w));
    match abbr {
        // abbreviations are three letters, or "Sept"
        Some(k) if w.len() == 3 || w.eq_ignore_ascii_case("sept") => {
            let rest = rest.strip_prefix('.').unwrap_or(rest);
            Ok((rest, k as u8 + 1))
        }
        _ => fail(i),
    }
}

pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether `w` is one of `names` (months, weekdays), whole or cut short to
/// three letters or more, ASCII case folded: "Sept", "Tue", "MONDAY".
pub fn is_name_or_short(names: &[&str], w: &str) -> bool {
    names
        .iter()
        .any(|n| w.len() >= 3 && n.len() >= w.len() && n[..w.len()].eq_ignore_ascii_case(w))
}

remembered! {
    /// A weekday name (capitalised, full or three-letter); returns 0 = Monday.
    pub fn weekday -> u8 = read_weekday;
}

fn read_weekday(i: &str) -> Res<'_, u8> {
    let (rest, w) = word(i)?;
    if !w.as_bytes()[0].is_ascii_uppercase() {
        return fail(i);
    }
    if let Some(k) = WEEKDAYS.iter().position(|d| w.eq_ignore_ascii_case(d)) {
        return Ok((rest, k as u8));
    }
    // "Tues.", "Thurs.", as AP style abbreviates them
    if let Some(k) = ["tues", "thur", "thurs"]
        .iter()
        .position(|a| w.eq_ignore_ascii_case(a))
    {
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        return Ok((rest, [1, 3, 3][k]));
    }
    if w.len() == 3
        && let Some(k) = WEEKDAYS.iter().position(|d| d[..3].eq_ignore_ascii_case(w))
    {
        let rest = rest.strip_prefix('.').unwrap_or(rest);
        return Ok((rest, k as u8));
    }
    fail(i)
}

/// Ordinal words, first to thirty-first.
pub const ORDINALS: [&str; 31] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
];

/// A day of the month: `17`, `17th`, `3rd`, `22nd`; 1–31.
pub fn day(i: &str) -> Res<'_, u8> {
    let (rest, (v, n)) = digits(i)?;
    if n > 2 || !(1..=31).contains(&v) {
        return fail(i);
    }
    let rest = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| {
            let r = rest.get(..2)?;
            r.eq_ignore_ascii_case(s).then(|| &rest[2..])
        })
        .unwrap_or(rest);
    if !at_boundary(rest) {
        return fail(i);
    }
    Ok((rest, v as u8))
}

/// A four-digit year, 1000–2199, not part of a larger number.
pub fn year4(i: &str) -> Res<'_, i32> {
    let (rest, (v, n)) = digits(i)?;
    if n != 4 || !(1000..=2199).contains(&v) {
        return fail(i);
    }
    // "2020s" is a decade, "2020,000" and "1678.5" not years
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    if rest.len() >= 2 && rest.as_bytes()[0] == b'.' && rest.as_bytes()[1].is_ascii_digit() {
        return fail(i);
    }
    if rest.len() >= 4
        && rest.as_bytes()[0] == b','
        && rest.as_bytes()[1..4].iter().all(u8::is_ascii_digit)
    {
        return fail(i);
    }
    Ok((rest, v as i32))
}

/// A weekday in apposition right after a date that ends at `end`: a
/// comma, a dash or an opening bracket, then "a" (or "which was a"), then
/// the weekday's name ("15 April 2019, a Monday", "15 April 2019 — a
/// Monday", "15 April 2019 (a Monday)"). Its index ([`WEEKDAYS`]) and
/// where its name ends.
pub fn weekday_after(text: &str, end: usize) -> Option<(u8, usize)> {
    let rest = text.get(end..)?;
    fn spaces(s: &str) -> &str {
        s.trim_start_matches([' ', '\u{a0}'])
    }
    let after = spaces(rest);
    let bracket = after.starts_with('(');
    let after = after
        .strip_prefix(',')
        .or_else(|| after.strip_prefix('('))
        .or_else(|| after.strip_prefix(['\u{2014}', '\u{2013}', '-']))?;
    let mut after = spaces(after);
    // after a comma or a dash the weekday needs its article: "on 15 April
    // 2019, Tuesday and Wednesday" may list days
    let mut led = bracket;
    for lead in ["which was a ", "a "] {
        if after.len() >= lead.len()
            && after.as_bytes()[..lead.len()].eq_ignore_ascii_case(lead.as_bytes())
        {
            after = spaces(&after[lead.len()..]);
            led = true;
            break;
        }
    }
    if !led {
        return None;
    }
    let (i, name) = WEEKDAYS.iter().enumerate().find(|(_, n)| {
        after.len() >= n.len() && after.as_bytes()[..n.len()].eq_ignore_ascii_case(n.as_bytes())
    })?;
    if after[name.len()..].starts_with(char::is_alphanumeric) {
        return None;
    }
    let start = text.len() - after.len();
    Some((i as u8, start + name.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Answers are remembered only while a scan lasts: a text changed in
    /// place at the same address, with the same length, is read again
    /// once the scan that asked about it is over, and a scan inside
    /// another leaves the outer one's answers alone.
    #[test]
    fn answers_are_remembered_only_within_a_scan() {
        let mut text = String::from("two hundred");
        {
            let _scan = Scan::begin();
            assert_eq!(number_words(&text).ok(), Some(("", (200.0, 100.0))));
            // the same question, from memory; another place, read
            assert_eq!(number_words(&text).ok(), Some(("", (200.0, 100.0))));
            assert_eq!(number_words(&text[4..]).ok(), None);
            {
                let _inner = Scan::begin();
                assert_eq!(number_words(&text).ok(), Some(("", (200.0, 100.0))));
            }
            assert_eq!(number_words(&text[4..]).ok(), None);
        }
        text.replace_range(0..3, "six");
        assert_eq!(number_words(&text).ok(), Some(("", (600.0, 100.0))));
        {
            let _scan = Scan::begin();
            assert_eq!(number_words(&text).ok(), Some(("", (600.0, 100.0))));
        }
        text.replace_range(0..3, "ten");
        let _scan = Scan::begin();
        assert_eq!(number_words(&text).ok(), Some(("", (1000.0, 100.0))));
    }

    /// [`sp`] and [`at_boundary`] as first written, on `char`s.
    fn sp_by_char(i: &str) -> Option<&str> {
        let mut newlines = 0;
        let mut end = 0;
        for (k, c) in i.char_indices() {
            if is_hspace(c) || c == '\r' {
                end = k + c.len_utf8();
            } else if c == '\n' && newlines == 0 {
                newlines += 1;
                end = k + 1;
            } else {
                break;
            }
        }
        (end > 0).then(|| &i[end..])
    }

    proptest::proptest! {
        /// The byte-wise space and boundary readers read as the char ones,
        /// on text dense in spaces, line breaks and wide characters.
        #[test]
        fn bytewise_spaces_and_boundaries_are_the_char_ones(
            s in "[ \t\r\n\u{a0}\u{2009}\u{202f}a1é—\u{2003}]{0,12}"
        ) {
            proptest::prop_assert_eq!(sp(&s).ok().map(|(r, ())| r), sp_by_char(&s));
            proptest::prop_assert_eq!(
                at_boundary(&s),
                s.chars().next().is_none_or(|c| !is_word_char(c))
            );
        }
    }

    /// Number words read by one look-up as by the lists.
    #[test]
    fn number_words_read_by_class_as_by_the_lists() {
        for (k, u) in UNITS.iter().enumerate() {
            assert_eq!(below_hundred(u).map(|(_, v)| v), Ok(k as f64), "{u}");
            assert_eq!(
                below_hundred(&u.to_uppercase()).map(|(_, v)| v),
                Ok(k as f64)
            );
        }
        for (k, t) in TENS.iter().enumerate() {
            let tens = (k as f64 + 2.0) * 10.0;
            assert_eq!(below_hundred(t).map(|(_, v)| v), Ok(tens), "{t}");
            for (u, unit) in UNITS[1..10].iter().zip(1..) {
                let v = tens + f64::from(unit);
                assert_eq!(below_hundred(&format!("{t}-{u}")).map(|(_, x)| x), Ok(v));
                assert_eq!(below_hundred(&format!("{t} {u}")).map(|(_, x)| x), Ok(v));
            }
            // "twenty-zero", "thirty ten": the tens alone
            assert_eq!(
                below_hundred(&format!("{t}-zero")).map(|(_, x)| x),
                Ok(tens)
            );
            assert_eq!(below_hundred(&format!("{t} ten")).map(|(_, x)| x), Ok(tens));
        }
        assert!(below_hundred("hundred").is_err());
        assert!(below_hundred("tens").is_err());
    }

    #[test]
    fn decimals_with_their_rounding_unit() {
        let cases: &[(&str, f64, f64)] = &[
            ("1960", 1960.0, 10.0),
            ("2,000", 2000.0, 1000.0),
            ("100,000", 100_000.0, 100_000.0),
            ("100,600", 100_600.0, 100.0),
            ("1,130", 1130.0, 10.0),
            ("1.1", 1.1, 0.1),
            ("12,34,567.89", 1234567.89, 0.01),
            ("1\u{202f}234\u{202f}567.89", 1234567.89, 0.01),
            ("40\u{2009}000", 40_000.0, 10_000.0),
            ("1,00,000", 100_000.0, 100_000.0),
            ("3,00,00,000", 30_000_000.0, 10_000_000.0),
            ("25.4", 25.4, 0.1),
            ("7", 7.0, 1.0),
            ("0", 0.0, 1.0),
        ];
        for &(s, v, u) in cases {
            let (rest, (gv, gu)) = decimal(s).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(rest, "", "{s}");
            assert!((gv - v).abs() < 1e-9, "{s}: value {gv}");
            assert!((gu - u).abs() < 1e-9, "{s}: unit {gu}");
        }
        for s in ["3rd", "2020s", "10am"] {
            assert!(decimal(s).is_err(), "{s} is not a plain number");
        }
        // a plain space does not group, and separators are not mixed
        assert_eq!(decimal("40 000").map(|r| r.1.0), Ok(40.0));
        assert_eq!(decimal("1,234\u{202f}567").map(|r| r.1.0), Ok(1234.0));
        // a no-break space groups as a thin one does ("100 000" typeset so)
        assert_eq!(decimal("100\u{a0}000").map(|r| r.1.0), Ok(100_000.0));
        assert_eq!(
            decimal("2\u{a0}000\u{a0}000 people").map(|r| r.1.0),
            Ok(2_000_000.0)
        );
        assert_eq!(decimal("10\u{a0}November").map(|r| r.1.0), Ok(10.0));
        // the raw form reads the number and leaves what follows
        for (s, v, rest) in [
            ("50mph", 50.0, "mph"),
            ("5.4bn", 5.4, "bn"),
            ("3rd", 3.0, "rd"),
            ("1,700.", 1700.0, "."),
        ] {
            assert_eq!(
                decimal_raw(s).map(|(r, (v, _))| (r, v)),
                Ok((rest, v)),
                "{s}"
            );
        }
    }

    #[test]
    fn numbers_in_words() {
        let cases: &[(&str, f64, f64)] = &[
            ("two thousand", 2000.0, 1000.0),
            ("forty-four", 44.0, 1.0),
            ("forty four", 44.0, 1.0),
            // broken at its hyphen at a line's end (round 57, a pasted PDF)
            ("forty-\nfour", 44.0, 1.0),
            ("forty-\r\n  four", 44.0, 1.0),
            ("twenty", 20.0, 1.0),
            ("a hundred", 100.0, 100.0),
            ("a hundred and thirty-three", 133.0, 1.0),
            ("a hundred thirty million", 130e6, 1e6),
            ("two hundred and five", 205.0, 1.0),
            ("three million", 3e6, 1e6),
            ("two thousand five hundred", 2500.0, 1.0),
            ("two thousand and two hundred", 2200.0, 1.0),
            ("twenty-one trillion and three hundred", 21e12 + 300.0, 1.0),
            ("three hundred and twenty", 320.0, 1.0),
            ("thirteen lakh", 13e5, 1e5),
            ("three lakh crore", 3e12, 1e12),
            ("Six", 6.0, 1.0),
        ];
        for &(s, v, u) in cases {
            let (rest, (gv, gu)) = number_words(s).unwrap_or_else(|e| panic!("{s}: {e}"));
            assert_eq!(rest, "", "{s}");
            assert_eq!((gv, gu), (v, u), "{s}");
        }
        assert!(number_words("someone").is_err());
        // a numerator is not part of the number before it
        assert_eq!(
            number_words("one hundred and three quarters"),
            Ok((" and three quarters", (100.0, 100.0)))
        );
        assert_eq!(
            number_words("two million and one half"),
            Ok((" and one half", (2e6, 1e6)))
        );
        assert!(number_words("tenth").is_err());
    }

    #[test]
    fn scaled_numbers() {
        assert_eq!(
            scaled("1.1 million students").unwrap(),
            (" students", (1_100_000.0, 100_000.0))
        );
        assert_eq!(scaled("35 billion").unwrap().1.0, 35e9);
    }

    #[test]
    fn months_weekdays_days() {
        for (s, m) in [
            ("September", 9),
            ("Sept.", 9),
            ("Nov", 11),
            ("May", 5),
            ("Dec.", 12),
        ] {
            assert_eq!(month(s).map(|r| r.1), Ok(m), "{s}");
        }
        for s in ["may", "march", "Mayor", "Novel", "Ma"] {
            assert!(month(s).is_err(), "{s} is not a month");
        }
        assert_eq!(weekday("Wednesday,").map(|r| r.1), Ok(2));
        assert_eq!(weekday("Tue.").map(|r| r.1), Ok(1));
        for (s, d) in [("17", 17), ("22nd", 22), ("3rd", 3), ("31st", 31), ("1", 1)] {
            assert_eq!(day(s).map(|r| r.1), Ok(d), "{s}");
        }
        for s in ["32", "0", "123", "17x"] {
            assert!(day(s).is_err(), "{s} is not a day");
        }
    }

    #[test]
    fn spaces_dashes_and_years() {
        assert!(sp("\u{a0}x").is_ok());
        assert!(sp("\n\nx").map(|r| r.0) == Ok("\nx"));
        assert_eq!(dash(" – 23"), Ok(("23", ())));
        assert_eq!(dash("–23"), Ok(("23", ())));
        assert_eq!(year4("2020 war").map(|r| r.1), Ok(2020));
        for s in ["2020s", "999", "2300", "20201", "1678.5"] {
            assert!(year4(s).is_err(), "{s} is not a year");
        }
    }
}
