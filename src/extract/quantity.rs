//! Counts: numbers in digits or words, with their hedges.
//!
//! "nearly 2,000", "two thousand", "more than 100,000", "some 3,000", "1.1
//! million", "25.4 percent", "$5.4bn", "USD1,700", "50mph", "minus 5",
//! "tens of thousands". Ranges ("5 to 7 per cent", "between $62 and $68",
//! "15-22 mph", "$3 billion to $5 billion") are one count whose interval is
//! the range: its first end in `value`, its other end in `to`. Ages ("53-year-old") and ordinals are not
//! counts; neither is a number that is part of a name ("Big 12", "iPhone
//! 11", "TA-35"), when the text before it is known ([`count_after`]).

use super::lex::*;
use super::temporal::hedge;
use super::{CountExpr, Expr, Hedge};
use nom::{Parser, branch::alt};

/// One amount as read: "$5.4bn", "25.4 percent", "two thousand".
#[derive(Clone, Copy, Debug, PartialEq)]
struct Amount {
    value: f64,
    precision: f64,
    percent: bool,
    /// The factor of a scale said after the number ("million", "bn", "k").
    mult: f64,
    /// Written in digits.
    digits: bool,
    /// A currency was said ("$", "USD", "RM").
    currency: bool,
    /// A unit is attached ("50mph", "500mg").
    unit: bool,
}

/// What the characters right before the number say about it.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Before {
    currency: bool,
    negative: bool,
    /// After a lone "." (".08").
    fraction: bool,
    /// After "~".
    about: bool,
    /// Right after "$" ("$US55").
    dollar: bool,
    /// After a capitalised word or an acronym and a hyphen: a bare number
    /// there is part of a name ("Big 12", "TA-35").
    name: bool,
}

/// A count at the start of `i`, knowing nothing of the text before it.
pub fn count(i: &str) -> Res<'_, Expr> {
    count_after("", i)
}

/// A count at the start of `i`, where `before` is the text before it: a
/// sign, a currency symbol or a dot there belong to the number ("-1",
/// "$5.4m", ".08"), a number continuing digits there is no count ("55,931"
/// read from its second group), and a bare number after a name is part of
/// the name.
pub fn count_after<'a>(before: &str, i: &'a str) -> Res<'a, Expr> {
    let (r, q) = quantity(before, i)?;
    Ok((
        r,
        Expr::Count(CountExpr {
            value: q.lo,
            precision: q.precision,
            hedge: q.hedge,
            percent: q.percent,
            to: q.hi,
        }),
    ))
}

/// A count as read: one value, or a range `lo`–`hi`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Quantity {
    lo: f64,
    hi: Option<f64>,
    precision: f64,
    hedge: Hedge,
    percent: bool,
}

fn quantity<'a>(before: &str, i: &'a str) -> Res<'a, Quantity> {
    let ctx = read_before(before, i);
    if ctx.fraction && ctx.name {
        return fail(i);
    }
    // "from 5 to 7", "between $62 and $68": only as ranges
    if let Ok((r, k)) = kw_of(&["from", "between"])(i) {
        let (r, ()) = sp(r)?;
        return range_from(r, k == 1, ctx);
    }
    let (r, h) = match count_hedge(i) {
        Ok((r, h)) => (r, Some(h)),
        Err(_) => (i, None),
    };
    let (r, neg) = match (kw("minus"), alt((sp, hyphen))).parse(r) {
        Ok((r, _)) => (r, true),
        Err(_) => (r, false),
    };
    if !neg && let Ok((r, (lo, hi))) = vague_plural(r) {
        return Ok((
            r,
            Quantity {
                lo,
                hi: Some(hi),
                precision: 1.0,
                hedge: h.unwrap_or(Hedge::Exact),
                percent: false,
            },
        ));
    }
    let (r, mut a) = amount(r, ctx)?;
    // "one" is an article or a pronoun far more often than a count
    if (a.value == 1.0 || a.value == 0.5) && !a.digits && h.is_none() && !a.percent {
        return fail(i);
    }
    // a bare number after a name is part of it ("Big 12", "iPhone 11")
    if ctx.name && bare(&a) && h.is_none() && !neg {
        return fail(i);
    }
    if neg || ctx.negative {
        a.value = -a.value;
    }
    let hedge = h.unwrap_or(if ctx.about {
        Hedge::About
    } else {
        Hedge::Exact
    });
    // "15-22 mph", "5 to 7 per cent", "$3 billion to $5 billion"
    if !neg && let Some((r2, lo, b)) = range_tail(r, a, Sep::Bare) {
        return Ok((r2, range_q(lo, b, hedge)));
    }
    Ok((
        r,
        Quantity {
            lo: a.value,
            hi: None,
            precision: a.precision,
            hedge,
            percent: a.percent,
        },
    ))
}

fn range_q(a: Amount, b: Amount, hedge: Hedge) -> Quantity {
    Quantity {
        lo: a.value,
        hi: Some(b.value),
        precision: a.precision.max(b.precision),
        hedge,
        percent: a.percent || b.percent,
    }
}

fn bare(a: &Amount) -> bool {
    a.digits
        && !a.percent
        && !a.currency
        && !a.unit
        && a.mult == 1.0
        && a.precision >= 1.0
        && a.value < 1000.0
}

/// "from 5 to 7 per cent", "from $75 U.S. per barrel to $45.88" (up to three
/// words between), "between 5% and 6%", "between seven to 10".
fn range_from(i: &str, between: bool, ctx: Before) -> Res<'_, Quantity> {
    let (r, h) = match count_hedge(i) {
        Ok((r, h)) => (r, h),
        Err(_) => (
            i,
            if ctx.about {
                Hedge::About
            } else {
                Hedge::Exact
            },
        ),
    };
    let (r, a) = amount(r, Before::default())?;
    let sep = if between { Sep::Between } else { Sep::From };
    if let Some((r2, lo, b)) = range_tail(r, a, sep) {
        return Ok((r2, range_q(lo, b, h)));
    }
    // a few words between: "from 208 pounds to 193"
    let mut j = r;
    for _ in 0..3 {
        let Ok((k, ())) = sp(j) else { break };
        let Ok((k, w)) = word(k) else { break };
        if w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("and") {
            break;
        }
        let k = k.strip_prefix('.').unwrap_or(k);
        j = k;
        if let Some((r2, lo, b)) = range_tail(j, Amount { unit: true, ..a }, sep) {
            return Ok((r2, range_q(lo, b, h)));
        }
    }
    fail(i)
}

#[derive(Clone, Copy, PartialEq)]
enum Sep {
    Bare,
    From,
    Between,
}

/// The second half of a range after its first amount `a`: "-22", " to 7 per
/// cent", " and $68". Returns the first amount as completed by the second
/// ("5 to 7 per cent": both are percentages; "$89 to $93 billion": both are
/// billions).
fn range_tail(i: &str, mut a: Amount, sep: Sep) -> Option<(&str, Amount, Amount)> {
    let (r, dashed) = if let Ok((r, ())) = dash(i)
        && !osp(i).starts_with('\u{2212}')
    {
        (r, true)
    } else {
        let (r, ()) = sp(i).ok()?;
        let (r, w) = word(r).ok()?;
        let ok =
            w.eq_ignore_ascii_case("to") || (sep == Sep::Between && w.eq_ignore_ascii_case("and"));
        if !ok {
            return None;
        }
        // "200,000 to-260,000"
        let r = match hyphen(r) {
            Ok((r, ())) => r,
            Err(_) => sp(r).ok()?.0,
        };
        (r, false)
    };
    let (r, mut b) = amount(r, Before::default()).ok()?;
    if dashed && (!a.digits || !b.digits) {
        return None;
    }
    if a.percent && !b.percent {
        return None;
    }
    if b.percent && !a.unit {
        a.percent = true;
    }
    if b.mult > 1.0 && a.mult == 1.0 && a.value < b.value / b.mult {
        a.value *= b.mult;
        a.precision *= b.mult;
    }
    if a.currency {
        b.currency = true;
    }
    if sep == Sep::Bare {
        // "fell 12 to 340", "won 3-1": changes and scores, not ranges
        if a.value >= b.value || (a.value > 0.0 && b.value > 20.0 * a.value) {
            return None;
        }
        // "5-year-old": a compound
        if hyphen(r).is_ok_and(|(k, ())| k.starts_with(|c: char| c.is_alphabetic())) {
            return None;
        }
    }
    Some((r, a, b))
}

/// Hedges before a count: the temporal ones, plus a few said only of
/// amounts. "just under" is at most (as NewsQuant reads it), not "nearly".
fn count_hedge(i: &str) -> Res<'_, Hedge> {
    const TABLE: [(&[&str], Hedge); 9] = [
        (&["just", "under"], Hedge::AtMost),
        (&["over", "than"], Hedge::AtLeast),
        (&["well", "over"], Hedge::AtLeast),
        (&["as", "many", "as"], Hedge::AtMost),
        (&["as", "much", "as"], Hedge::AtMost),
        (&["no", "more", "than"], Hedge::AtMost),
        (&["at", "most"], Hedge::AtMost),
        (&["below"], Hedge::AtMost),
        (&["barely"], Hedge::About),
    ];
    for &(words, h) in &TABLE {
        if let Ok((r, ())) = phrase(words)(i)
            && let Ok((r, ())) = sp(r)
        {
            return Ok((r, h));
        }
    }
    hedge(i)
}

/// What the text right before a number says about it.
fn read_before(before: &str, i: &str) -> Before {
    let mut ctx = Before {
        dollar: before.ends_with('$'),
        ..Before::default()
    };
    if !i.starts_with(|c: char| c.is_ascii_digit()) {
        return ctx;
    }
    let b = before.as_bytes();
    let n = b.len();
    if n >= 1 && matches!(b[n - 1], b'.' | b',') {
        if n >= 2 && b[n - 2].is_ascii_digit() {
            // the rest of a number the scanner stepped into ("55,931")
            ctx.fraction = true;
            ctx.name = true;
            return ctx;
        }
        if b[n - 1] == b'.' && !(n >= 2 && b[n - 2].is_ascii_alphabetic()) {
            ctx.fraction = true;
        }
        return ctx;
    }
    // sign, currency and "~", in any order: "$-50.8bn", "-$5", "~25"
    let mut k = before;
    while let Some(c) = k.chars().next_back() {
        let rest = &k[..k.len() - c.len_utf8()];
        if matches!(c, '-' | '\u{2212}') && !rest.ends_with(|c: char| c.is_alphanumeric()) {
            ctx.negative = true;
        } else if matches!(c, '$' | '£' | '€' | '¥') {
            ctx.currency = true;
        } else if c == '~' {
            ctx.about = true;
        } else {
            break;
        }
        k = rest;
    }
    if ctx.currency || ctx.negative || ctx.about {
        return ctx;
    }
    ctx.name = after_name(before);
    ctx
}

/// Whether `before` ends in a name a number may be part of: a capitalised
/// word inside a sentence and one space ("the Big "), a word with capitals
/// inside ("iPhone "), or an acronym and a hyphen ("TA-").
fn after_name(before: &str) -> bool {
    let (t, hyphened) = if let Some(t) = before.strip_suffix('-') {
        (t, true)
    } else if let Some(t) = before.strip_suffix(' ') {
        (t, false)
    } else {
        return false;
    };
    let w_start = t
        .rfind(|c: char| !c.is_ascii_alphanumeric())
        .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
    let w = &t[w_start..];
    if w.is_empty() || !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let caps = w.bytes().filter(u8::is_ascii_uppercase).count();
    let acronym = caps >= 2 && w.bytes().all(|b| !b.is_ascii_lowercase());
    if hyphened {
        return acronym;
    }
    if caps >= 2 || !w.as_bytes()[0].is_ascii_uppercase() {
        // "FTSE", "iPhone"
        return true;
    }
    // a capitalised word not at a sentence start
    let prev = t[..w_start].trim_end_matches(is_hspace);
    match prev.chars().next_back() {
        None => false,
        Some(c) => !matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | '"' | '\u{201c}' | '(' | '\n'
        ),
    }
}

/// Currency words and symbols said before the number: "$", "US $", "US$",
/// "USD", "HK $", "RM", "A$", "£" (and "PS", as ASCII transliteration writes
/// it).
fn currency(i: &str, dollar_before: bool) -> Res<'_, ()> {
    const CODES: [&str; 16] = [
        "usd", "eur", "gbp", "aud", "cad", "inr", "jpy", "cny", "hkd", "nzd", "chf", "rm", "rs",
        "ps", "us", "hk",
    ];
    if let Some(r) = i.strip_prefix(['$', '£', '€', '¥']) {
        return Ok((r, ()));
    }
    // "A$", "NZ$", "C$", "US$", "US $"
    let n = i.bytes().take_while(u8::is_ascii_alphabetic).count();
    // "$US55,931,000", "$A82,615,680" (the "$" is before the parse start)
    if dollar_before
        && (1..=2).contains(&n)
        && i.as_bytes()[..n].iter().all(u8::is_ascii_uppercase)
        && i[n..].starts_with(|c: char| c.is_ascii_digit())
    {
        return Ok((&i[n..], ()));
    }
    if (1..=3).contains(&n) && i.as_bytes()[..n].iter().all(u8::is_ascii_uppercase) {
        let r = &i[n..];
        if let Some(r) = r.strip_prefix('$').or_else(|| r.strip_prefix(" $")) {
            return Ok((r, ()));
        }
    }
    if n >= 2 && CODES.iter().any(|c| i[..n].eq_ignore_ascii_case(c)) {
        let r = &i[n..];
        let r = r.strip_prefix('.').unwrap_or(r);
        let r = r.strip_prefix(' ').unwrap_or(r);
        // only directly before a number in digits ("USD1,700", "RM 23.50")
        let r = r.strip_prefix('$').unwrap_or(r);
        if r.starts_with(|c: char| c.is_ascii_digit()) && i.as_bytes()[0].is_ascii_uppercase() {
            return Ok((r, ()));
        }
    }
    fail(i)
}

/// One amount: digits or words, with what is said around it.
fn amount(i: &str, ctx: Before) -> Res<'_, Amount> {
    let (r, cur) = match currency(i, ctx.dollar) {
        Ok((r, ())) => (r, true),
        Err(_) => (i, ctx.currency),
    };
    let (r, mut a) = if r.starts_with(|c: char| c.is_ascii_digit()) {
        digits_amount(r, cur, ctx.fraction)?
    } else if cur {
        return fail(i);
    } else {
        words_amount(r)?
    };
    a.currency = cur;
    // ages and compound adjectives ("53-year-old", "five-member") are not counts
    if a.mult == 1.0
        && let Ok((after, ())) = hyphen(r)
        && after.starts_with(|c: char| c.is_alphabetic())
    {
        return fail(i);
    }
    let (r, percent) = match percent_sign(r) {
        Ok((r2, ())) => (r2, true),
        Err(_) => (r, false),
    };
    a.percent |= percent;
    Ok((r, a))
}

fn digits_amount(i: &str, cur: bool, fraction: bool) -> Res<'_, Amount> {
    let (r, (mut v, mut p)) = decimal_raw(i)?;
    if fraction {
        // ".08": the digits after a decimal point
        let n = i.len() - r.len();
        if i[..n].contains([',', '.']) {
            return fail(i);
        }
        let f = 10f64.powi(n as i32);
        v /= f;
        p = 1.0 / f;
    }
    let mut a = Amount {
        value: v,
        precision: p,
        percent: false,
        mult: 1.0,
        digits: true,
        currency: cur,
        unit: false,
    };
    // attached letters: a scale ("5.4bn", "10k"), "pc", or a unit ("50mph")
    let n = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    let mut r = r;
    if n > 0 {
        let w = &r[..n];
        let after = &r[n..];
        if let Some(m) = scale_abbr(w, cur) {
            a.mult = m;
            r = after;
        } else if w.eq_ignore_ascii_case("pc") {
            a.percent = true;
            r = after;
        } else if ["st", "nd", "rd", "th", "s", "am", "pm", "x"]
            .iter()
            .any(|s| w.eq_ignore_ascii_case(s))
        {
            // "3rd", "2020s", "10am", "0x1f"
            return fail(i);
        } else {
            // "m2", "cm3" but not "9AB8"
            let b = after.as_bytes();
            if !b.is_empty()
                && b[0].is_ascii_digit()
                && !(matches!(b[0], b'2' | b'3') && at_boundary(&after[1..]))
            {
                return fail(i);
            }
            a.unit = true;
        }
    } else if r.starts_with(|c: char| c.is_alphanumeric()) {
        // non-ASCII letters right after: not a number we know
        return fail(i);
    } else {
        // spaced: "1.1 million", "4 hundred million", "2.33 k", "$3 bn"
        let mut j = r;
        let mut m = 1.0;
        if let Ok((k, _)) = (sp, kw("hundred")).parse(j) {
            m = 100.0;
            j = k;
        }
        if let Ok((k, ())) = sp(j)
            && let Ok((k, w)) = word(k)
        {
            if let Some(&(_, s)) = SCALE_WORDS.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)) {
                m *= s;
                j = k;
            } else if let Some(s) = scale_abbr(w, cur)
                && !w.eq_ignore_ascii_case("b")
                && (cur || w != "m")
            {
                m *= s;
                j = k;
            }
        }
        if m > 1.0 {
            a.mult = m;
            r = j;
        }
    }
    a.value *= a.mult;
    a.precision *= a.mult;
    Ok((r, a))
}

const SCALE_WORDS: [(&str, f64); 4] = [
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Scale abbreviations attached to a number: "10k", "5.4bn", "4.3M", "1MM";
/// "m" and "b" mean millions and billions only after a currency ("$5.4m";
/// "37m" are metres).
fn scale_abbr(w: &str, cur: bool) -> Option<f64> {
    let m = match w {
        "k" | "K" => 1e3,
        "M" | "MM" | "mn" | "mln" | "Mn" => 1e6,
        "m" if cur => 1e6,
        "bn" | "Bn" | "BN" | "bln" => 1e9,
        "b" | "B" if cur => 1e9,
        "tn" | "trn" | "Tn" => 1e12,
        _ => return None,
    };
    Some(m)
}

/// Numbers in words: "two thousand", "a dozen", "half" (only hedged, see
/// [`quantity`]), and vague plurals as ranges are not here.
fn words_amount(i: &str) -> Res<'_, Amount> {
    let w = |value: f64, precision: f64| Amount {
        value,
        precision,
        percent: false,
        mult: 1.0,
        digits: false,
        currency: false,
        unit: false,
    };
    if let Ok((r, _)) = phrase(&["a", "dozen"])(i) {
        return Ok((r, w(12.0, 1.0)));
    }
    // "a million", "a thousand"
    if let Ok((r, (_, _, k))) = (
        kw("a"),
        sp,
        kw_of(&["thousand", "million", "billion", "trillion"]),
    )
        .parse(i)
    {
        let s = SCALE_WORDS[k].1;
        return Ok((r, Amount { mult: s, ..w(s, s) }));
    }
    // "almost half" (a bare "half" is not counted, see [`quantity`])
    if let Ok((r, _)) = kw("half")(i) {
        return Ok((r, w(0.5, 0.5)));
    }
    let (r, (v, p)) = number_words(i)?;
    // "two dozen"
    if let Ok((r2, _)) = (sp, kw("dozen")).parse(r) {
        return Ok((r2, w(v * 12.0, 12.0)));
    }
    Ok((r, w(v, p)))
}

/// "tens of thousands", "hundreds", "millions", "dozens": a vague amount,
/// as the range from one to ten of its unit.
fn vague_plural(i: &str) -> Res<'_, (f64, f64)> {
    const WORDS: [(&str, f64); 6] = [
        ("dozens", 12.0),
        ("tens", 10.0),
        ("hundreds", 100.0),
        ("thousands", 1e3),
        ("millions", 1e6),
        ("billions", 1e9),
    ];
    let (mut r, k) = kw_of(&[
        "dozens",
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
    ])(i)?;
    let mut unit = WORDS[k].1;
    // "tens of thousands", "hundreds of millions"
    if let Ok((r2, (_, _, _, k2))) = (
        sp,
        kw("of"),
        sp,
        kw_of(&["thousands", "millions", "billions"]),
    )
        .parse(r)
        && unit < 1000.0
    {
        unit *= WORDS[k2 + 3].1;
        r = r2;
    }
    Ok((r, (unit, unit * 10.0)))
}

/// "%", " %", " percent", " per cent", " pc", " percentage points".
fn percent_sign(i: &str) -> Res<'_, ()> {
    let j = osp(i);
    if let Some(r) = j.strip_prefix('%') {
        return Ok((r, ()));
    }
    let (r, _) = sp(i)?;
    alt((
        phrase(&["percentage", "points"]),
        phrase(&["percent"]),
        phrase(&["per", "cent"]),
        phrase(&["pc"]),
        phrase(&["percentage"]),
    ))
    .parse(r)
}

#[cfg(test)]
mod tests {
    /// The ends of a range count, as written, if it is one.
    fn count_range(before: &str, i: &str) -> Option<(f64, f64)> {
        match super::count_after(before, i).ok()?.1 {
            super::Expr::Count(c) => Some((c.value, c.to?)),
            _ => None,
        }
    }

    use super::*;

    fn parse(s: &str) -> (String, CountExpr) {
        let (rest, e) = count(s).unwrap_or_else(|e| panic!("{s:?}: {e}"));
        let Expr::Count(c) = e else { unreachable!() };
        (s[..s.len() - rest.len()].to_string(), c)
    }

    #[test]
    fn counts_with_hedges() {
        let c = |value, precision, hedge| CountExpr {
            value,
            precision,
            hedge,
            percent: false,
            to: None,
        };
        let table = [
            (
                "nearly 2,000 troops",
                "nearly 2,000",
                c(2000.0, 1000.0, Hedge::Nearly),
            ),
            (
                "two thousand well-equipped",
                "two thousand",
                c(2000.0, 1000.0, Hedge::Exact),
            ),
            (
                "more than 100,000 Armenians",
                "more than 100,000",
                c(100_000.0, 100_000.0, Hedge::AtLeast),
            ),
            ("some 3,000", "some 3,000", c(3000.0, 1000.0, Hedge::About)),
            (
                "1,960 military personnel",
                "1,960",
                c(1960.0, 10.0, Hedge::Exact),
            ),
            (
                "More than 1.1 million international",
                "More than 1.1 million",
                c(1.1e6, 1e5, Hedge::AtLeast),
            ),
            (
                "about 100,600 people",
                "about 100,600",
                c(100_600.0, 100.0, Hedge::About),
            ),
            (
                "up to 5,000",
                "up to 5,000",
                c(5000.0, 1000.0, Hedge::AtMost),
            ),
            ("159 professors", "159", c(159.0, 1.0, Hedge::Exact)),
        ];
        for (input, text, want) in table {
            assert_eq!(parse(input), (text.to_string(), want), "{input:?}");
        }
        let (t, p) = parse("25.4 percent increase");
        assert_eq!(t, "25.4 percent");
        assert!(p.percent);
        assert!(parse("70%").1.percent);
    }

    /// (text before, input, text read, value, precision, hedge, percent)
    type Row = (
        &'static str,
        &'static str,
        &'static str,
        f64,
        f64,
        Hedge,
        bool,
    );

    fn check(table: &[Row]) {
        for &(before, input, text, value, precision, hedge, percent) in table {
            let (rest, e) = count_after(before, input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            let Expr::Count(c) = e else { unreachable!() };
            let got = (&input[..input.len() - rest.len()], c.hedge, c.percent);
            assert_eq!(got, (text, hedge, percent), "{before:?} {input:?}");
            assert!(
                (c.value - value).abs() < 1e-9,
                "{input:?}: value {}",
                c.value
            );
            assert!(
                (c.precision - precision).abs() < 1e-9,
                "{input:?}: precision {}",
                c.precision
            );
        }
    }

    #[test]
    fn money_units_and_scales() {
        use Hedge::*;
        check(&[
            ("cost HK $", "5.4m.", "5.4m", 5.4e6, 1e5, Exact, false),
            ("at ", "USD1,700.", "USD1,700", 1700.0, 100.0, Exact, false),
            ("to ", "RM23.50,", "RM23.50", 23.5, 0.01, Exact, false),
            (
                "worth $",
                "US55,931,000",
                "US55,931,000",
                55_931_000.0,
                1000.0,
                Exact,
                false,
            ),
            ("a ", "10k run", "10k", 1e4, 1e4, Exact, false),
            ("only ", "2.33 k", "2.33 k", 2330.0, 10.0, Exact, false),
            ("", "1MM in", "1MM", 1e6, 1e6, Exact, false),
            ("a £", "3m fine", "3m", 3e6, 1e6, Exact, false),
            ("", "4.3M sales", "4.3M", 4.3e6, 1e5, Exact, false),
            (
                "to US ",
                "$7.2 billion",
                "$7.2 billion",
                7.2e9,
                1e8,
                Exact,
                false,
            ),
            (
                "",
                "4 hundred million people",
                "4 hundred million",
                4e8,
                1e8,
                Exact,
                false,
            ),
            ("", "a million dollar", "a million", 1e6, 1e6, Exact, false),
            // a unit attached is read past, not into
            ("of ", "50mph winds", "50", 50.0, 10.0, Exact, false),
            ("a ", "37m (121ft)", "37", 37.0, 1.0, Exact, false),
            ("", "1.38pc.", "1.38pc", 1.38, 0.01, Exact, true),
            (
                "",
                "5 percentage points",
                "5 percentage points",
                5.0,
                1.0,
                Exact,
                true,
            ),
        ]);
    }

    #[test]
    fn signs_dots_and_hedges() {
        use Hedge::*;
        check(&[
            (
                "rate to .",
                "001 per cent",
                "001 per cent",
                0.001,
                0.001,
                Exact,
                true,
            ),
            ("down to $-", "50.8bn", "50.8bn", -50.8e9, 1e8, Exact, false),
            ("is ", "minus 5 yards", "minus 5", -5.0, 1.0, Exact, false),
            (
                "was ",
                "minus-1.4 degree",
                "minus-1.4",
                -1.4,
                0.1,
                Exact,
                false,
            ),
            ("is ~", "45g", "45", 45.0, 1.0, About, false),
            (
                "",
                "over than 60%",
                "over than 60%",
                60.0,
                10.0,
                AtLeast,
                true,
            ),
            (
                "",
                "just under 20 percent",
                "just under 20 percent",
                20.0,
                10.0,
                AtMost,
                true,
            ),
            (
                "on ",
                "barely 6.5 times",
                "barely 6.5",
                6.5,
                0.1,
                About,
                false,
            ),
            (
                "",
                "as many as 300",
                "as many as 300",
                300.0,
                100.0,
                AtMost,
                false,
            ),
            ("", "almost half of", "almost half", 0.5, 0.5, Nearly, false),
            ("", "a dozen eggs", "a dozen", 12.0, 1.0, Exact, false),
            ("", "zero cases", "zero", 0.0, 1.0, Exact, false),
        ]);
    }

    #[test]
    fn ranges() {
        use Hedge::*;
        type Row = (&'static str, &'static str, &'static str, (f64, f64), bool);
        let table: &[Row] = &[
            ("", "5 to 7 per cent.", "5 to 7 per cent", (5.0, 7.0), true),
            (
                "of ",
                "between $62 and $68.",
                "between $62 and $68",
                (62.0, 68.0),
                false,
            ),
            ("speed of ", "15-22 mph", "15-22", (15.0, 22.0), false),
            ("of ", "15 to 22 miles", "15 to 22", (15.0, 22.0), false),
            (
                "fine of $",
                "3 billion to $5 billion",
                "3 billion to $5 billion",
                (3e9, 5e9),
                false,
            ),
            (
                "the US $",
                "89 to $93 billion",
                "89 to $93 billion",
                (89e9, 93e9),
                false,
            ),
            (
                "are ",
                "1 to 2 thousand people",
                "1 to 2 thousand",
                (1000.0, 2000.0),
                false,
            ),
            (
                "",
                "from 208 pounds to 193 by",
                "from 208 pounds to 193",
                (208.0, 193.0),
                false,
            ),
            (
                "",
                "from $200 to $4 million",
                "from $200 to $4 million",
                (200.0, 4e6),
                false,
            ),
            (
                "",
                "between 5% and 6%",
                "between 5% and 6%",
                (5.0, 6.0),
                true,
            ),
            (
                "",
                "tens of millions of",
                "tens of millions",
                (1e7, 1e8),
                false,
            ),
            ("", "thousands of tests", "thousands", (1e3, 1e4), false),
        ];
        for &(before, input, text, bounds, percent) in table {
            let (rest, e) = count_after(before, input).unwrap_or_else(|e| panic!("{input:?}: {e}"));
            let Expr::Count(c) = e else { unreachable!() };
            assert_eq!(&input[..input.len() - rest.len()], text, "{input:?}");
            assert_eq!(count_range(before, input), Some(bounds), "{input:?}");
            assert_eq!((c.percent, c.hedge), (percent, Exact), "{input:?}");
            // the interval of a range count spans the range (percentages are
            // not checked against facts, so they have none)
            if let Some(v) =
                crate::resolve::resolve(&Expr::Count(c), None, crate::text::Tense::Unknown)
            {
                let (lo, hi) = (bounds.0.min(bounds.1), bounds.0.max(bounds.1));
                assert!(v.interval.lo <= lo && v.interval.hi >= hi, "{input:?}: {v}");
            } else {
                assert!(percent, "{input:?} resolves");
            }
        }
        // "about 14-18 mpg": the hedge covers the range
        assert_eq!(count_range("", "about 14-18 mpg"), Some((14.0, 18.0)));
        // changes and scores are not ranges
        for (before, input) in [
            ("rose ", "3% to 120p"),
            ("fell ", "12 to 340"),
            ("won ", "3-1"),
            ("at ", "89-89"),
            ("", "5-year-old"),
        ] {
            assert_eq!(count_range(before, input), None, "{input:?}");
        }
        assert_eq!(count_range("", "5 percent"), None);
    }

    #[test]
    fn names_and_pieces_are_not_counts() {
        for (before, input) in [
            ("picked to finish in the Big ", "12."),
            ("the base iPhone ", "11 has"),
            ("the blue-chip TA-", "35 index"),
            ("Dow +0.2% S&P ", "500 +0.3%"),
            ("the FTSE ", "100 in"),
            ("worth $US55,", "931,000"),
            ("rose to RM2.", "05 and"),
            ("a ", "3rd"),
            ("the ", "2020s"),
            ("a baker's ", "dozen"),
            ("", "half of them"),
            ("", "one of them"),
        ] {
            assert!(count_after(before, input).is_err(), "{before:?} {input:?}");
        }
        // a name word at a sentence start, or a number with a unit or a
        // scale after a name, is a count
        assert!(count_after("Big ", "12").is_ok());
        assert!(count_after("worth. At ", "2,000").is_ok());
        assert!(count_after("the iPhone ", "12 costs").is_err());
        assert!(count_after("Tylenol ", "500mg").is_ok());
        assert!(count_after("Apple ", "5 billion").is_ok());
    }

    #[test]
    fn not_counts() {
        for s in ["53-year-old", "3rd", "thousand", "someone"] {
            assert!(count(s).is_err(), "{s:?} is not a count");
        }
    }
}
