//! Counts: numbers in digits or words, with their hedges.
//!
//! "nearly 2,000", "two thousand", "more than 100,000", "some 3,000", "1.1
//! million", "25.4 percent", "$5.4bn", "USD1,700", "RMB 6.866 billion", "50mph", "minus 5",
//! "tens of thousands". Ranges ("5 to 7 per cent", "between $62 and $68",
//! "15-22 mph", "$3 billion to $5 billion", "two or three") are one count whose interval is
//! the range: its first end in `value`, its other end in `to`. Ages ("53-year-old",
//! "Jamie Armstrong, 25, said") and ordinals are not counts; neither is a
//! number that is part of a name or an identifier ("Big 12", "iPhone 11",
//! "TA-35", "category 4", "9 E 71st St", "4:39"), when the text before it
//! is known ([`count_after`]).
//!
//! Some numbers are read but set aside ([`Aside`]): fractions ("two-thirds",
//! "one in three", "1/16 of"), compound adjectives ("a 6.1-inch display")
//! and a lone "one" before a noun ("one count of fraud"). They say no count
//! of things a fact could state, so they are never resolved. The direction
//! of a change said before a number ("rose 5%", "down 2.3%", "+0.8%") is
//! kept in [`CountExpr::change`]; it does not change the interval.

use super::lex::*;
use super::temporal::hedge;
use super::{Aside, Change, CountExpr, Expr, Hedge};
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
    /// The first part of a compound adjective ("6.1-inch", "six-cylinder").
    compound: bool,
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
    /// After "+" ("+0.8%"): a rise.
    plus: bool,
    /// Where a plain space may group thousands ("1 960 peacekeepers", as
    /// wire copy from Europe writes it): not after a month's name ("June 3
    /// 500") nor after another number.
    spaced: bool,
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
            aside: q.aside,
            change: q.change,
        }),
    ))
}

/// How far a count read at byte `at` of `text` can reach: the start of the
/// first word after `at` that no count holds, or `None` when that is not
/// within [`REACH_LIMIT`] bytes.
///
/// A count is made of numbers (digits, and words from [`count_word`]),
/// hedges, scale and fraction words, currency codes and signs, "to", "or"
/// and "and" between the ends of a range, and "per cent"; a range begun
/// with "from" or "between" may have a few other words between its ends
/// ("from 208 pounds to 193"). Letters right after a digit ("5.4bn",
/// "50mph") and words of up to three capitals ("US $5") are taken as part
/// of it. So a count ends at or before the first other word of two or more
/// letters, which is found by reading a few words, not by reading the
/// count: a scan that defers its counts (see
/// [`crate::extract::complete_counts`]) learns cheaply that one cannot
/// reach the next mention. Debug builds check every count against it.
pub fn reach(text: &str, at: usize) -> Option<usize> {
    reach_until(text, at, usize::MAX)
}

/// Whether a count read at byte `at` of `text` ends by `bound`: whether
/// [`reach`] is at most `bound`. It stops reading once past `bound`, and
/// [`crate::extract::complete_counts`] asks it of every count not read.
pub fn reaches_no_further(text: &str, at: usize, bound: usize) -> bool {
    let answer = reach_until(text, at, bound).is_some_and(|r| r <= bound);
    debug_assert_eq!(answer, reach(text, at).is_some_and(|r| r <= bound));
    answer
}

/// [`reach`], or `None` as soon as it is known to lie past `stop`: what it
/// gives is never before where it has read to.
fn reach_until(text: &str, at: usize, stop: usize) -> Option<usize> {
    let b = text.as_bytes();
    let end = b.len().min(at.saturating_add(REACH_LIMIT));
    let mut i = at;
    // a range from "from" or "between" may hold a few other words after
    // its first amount, and an abbreviation's full stops ("from $75 U.S.
    // per barrel to $45.88"); other counts hold no punctuation but inside a
    // number ("1,000", "2.5")
    let mut range = None;
    let mut first = true;
    loop {
        while i < end && !b[i].is_ascii_alphabetic() {
            match b[i] {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'"'
                    if range.is_none() && !b.get(i + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    return Some(i);
                }
                _ => i += 1,
            }
        }
        if i > stop {
            return None;
        }
        if i >= end {
            return (end == b.len()).then_some(end);
        }
        let s = i;
        i += super::ascii_letters(&b[i..]);
        let w = &text[s..i];
        if first && (w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("between")) {
            range = Some(0);
            first = false;
            continue;
        }
        first = false;
        let attached = s > 0 && b[s - 1].is_ascii_digit();
        let code = w.len() <= 3 && w.bytes().all(|c| c.is_ascii_uppercase());
        if attached || code || w.len() == 1 || count_word(w) {
            continue;
        }
        match range {
            Some(n) if n < 5 => range = Some(n + 1),
            _ => return Some(s),
        }
    }
}

/// How many bytes [`reach`] reads before it gives up.
const REACH_LIMIT: usize = 256;

/// Whether a count may hold the word `w` (case folded): number, scale,
/// fraction and hedge words, and the few that join or end them.
fn count_word(w: &str) -> bool {
    static TABLE: std::sync::LazyLock<crate::text::WordClasses> = std::sync::LazyLock::new(|| {
        const OTHERS: [&str; 38] = [
            "a",
            "an",
            "and",
            "or",
            "to",
            "of",
            "in",
            "out",
            "from",
            "between",
            "minus",
            "negative",
            "percent",
            "percents",
            "percentage",
            "points",
            "per",
            "cent",
            "pc",
            "pct",
            "point",
            "nought",
            "naught",
            "oh",
            "dozen",
            "dozens",
            "hundred",
            "hundreds",
            "tens",
            "thousands",
            "millions",
            "billions",
            "mn",
            "mln",
            "bn",
            "bln",
            "tn",
            "trn",
        ];
        let mut words: Vec<&str> = OTHERS.to_vec();
        words.extend([
            "tln", "as", "many", "much", "no", "most", "well", "barely", "below",
            // the hedges after a number ([`hedge_after`])
            "greater", "higher", "lower", "so", "up",
        ]);
        words.extend(UNITS);
        words.extend(TENS);
        words.extend(SCALES.iter().map(|(w, _)| *w));
        words.extend(DENOMINATORS.iter().flat_map(|(one, many, _)| [*one, *many]));
        words.extend(CODES);
        words.extend(super::temporal::hedge_words());
        crate::text::WordClasses::new(&[(&words, 1)])
    });
    TABLE.of(w) != 0
}

/// A count as read: one value, or a range `lo`–`hi`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Quantity {
    lo: f64,
    hi: Option<f64>,
    precision: f64,
    hedge: Hedge,
    percent: bool,
    aside: Option<Aside>,
    change: Option<Change>,
}

fn quantity<'a>(before: &str, i: &'a str) -> Res<'a, Quantity> {
    quantity_within(before, i, RESTATED_DEPTH)
}

/// How many conversions in brackets may restate one another ("296 hp (224
/// kW / 300 PS)" is two): each looks back for the one before, so the depth
/// bounds the work.
const RESTATED_DEPTH: u8 = 2;

fn quantity_within<'a>(before: &str, i: &'a str, depth: u8) -> Res<'a, Quantity> {
    let (r, mut q) = read_quantity(before, i)?;
    // "magnitude 6 or greater", "30 or so": a bound or an approximation
    // after the number
    let r = match hedge_after(r) {
        Some((rest, h)) if q.hedge == Hedge::Exact && q.hi.is_none() => {
            q.hedge = h;
            rest
        }
        _ => r,
    };
    // "jumped from 240 to 273" states the levels, not the change
    if q.change.is_none() && kw_of(&["from", "between"])(i).is_err() {
        q.change = change_before(before);
    }
    if q.hedge == Hedge::Exact
        && let Some(h) = hedge_before(before)
    {
        q.hedge = h;
    }
    // "more than 7.5 million crowns (US $1.1 million)": a conversion in
    // brackets restates the amount before it, with its hedge and direction
    if q.hedge == Hedge::Exact
        && q.change.is_none()
        && depth > 0
        && let Some((h, c)) = restated(before, depth - 1)
    {
        q.hedge = h;
        q.change = c;
    }
    Ok((r, q))
}

/// A hedge after a number: "or more", "or greater", "or higher", "or
/// above", "and over", "and up" (at least); "or fewer", "or less", "or
/// lower", "or below", "or under" (at most); "or so" (about). Not before
/// "than" ("30 or more than 40" compares).
fn hedge_after(i: &str) -> Option<(&str, Hedge)> {
    const AFTER: [(&str, &str, Hedge); 15] = [
        ("or", "more", Hedge::AtLeast),
        ("or", "greater", Hedge::AtLeast),
        ("or", "higher", Hedge::AtLeast),
        ("or", "above", Hedge::AtLeast),
        ("or", "over", Hedge::AtLeast),
        ("and", "over", Hedge::AtLeast),
        ("and", "above", Hedge::AtLeast),
        ("and", "up", Hedge::AtLeast),
        ("or", "fewer", Hedge::AtMost),
        ("or", "less", Hedge::AtMost),
        ("or", "lower", Hedge::AtMost),
        ("or", "below", Hedge::AtMost),
        ("or", "under", Hedge::AtMost),
        ("and", "under", Hedge::AtMost),
        ("or", "so", Hedge::About),
    ];
    let (r, ()) = sp(i).ok()?;
    let (r, joint) = word(r).ok()?;
    if !joint.eq_ignore_ascii_case("or") && !joint.eq_ignore_ascii_case("and") {
        return None;
    }
    let (r, ()) = sp(r).ok()?;
    let (rest, w) = word(r).ok()?;
    let &(_, _, h) = AFTER
        .iter()
        .find(|(j, a, _)| joint.eq_ignore_ascii_case(j) && w.eq_ignore_ascii_case(a))?;
    // "or more than": a comparison, not a bound
    if (sp, kw("than")).parse(rest).is_ok() {
        return None;
    }
    Some((rest, h))
}

/// Whether an amount may start at `i`: a digit, a currency code ("US"), a
/// number word or the first word of a hedge.
fn may_start(i: &str) -> bool {
    const FIRST: [&str; 34] = [
        "more",
        "less",
        "fewer",
        "about",
        "around",
        "nearly",
        "almost",
        "over",
        "under",
        "up",
        "some",
        "approximately",
        "roughly",
        "just",
        "at",
        "as",
        "no",
        "well",
        "close",
        "barely",
        "below",
        "above",
        "upwards",
        "an",
        "a",
        "minus",
        "negative",
        "half",
        "quarter",
        "between",
        "from",
        "tens",
        "hundreds",
        "thousands",
    ];
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let Ok((_, w)) = word(i) else { return false };
    (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase()))
        || FIRST
            .iter()
            .chain(&UNITS)
            .chain(&TENS)
            .any(|f| w.eq_ignore_ascii_case(f))
}

/// How many of the places before a bracket that may start an amount
/// [`restated`] tries, the nearest.
const RESTATED_STARTS: usize = 12;

/// The hedge and direction of the amount that a number in brackets, or after
/// a slash in them, restates: "dropped by 1 to 1.5 degrees Celsius (" is
/// down, "just under 296 hp (224 kW / " at most.
fn restated(before: &str, depth: u8) -> Option<(Hedge, Option<Change>)> {
    let t = before.trim_end_matches(|c: char| is_hspace(c) || matches!(c, '$' | '£' | '€' | '¥'));
    // "(US $", "(A$"
    let t = {
        let n = t.bytes().rev().take_while(u8::is_ascii_uppercase).count();
        if (1..=3).contains(&n) {
            t[..t.len() - n].trim_end_matches(is_hspace)
        } else {
            t
        }
    };
    let slash = t.ends_with('/');
    let head = t.strip_suffix(['(', '/'])?.trim_end_matches(is_hspace);
    // the amount ends in up to four unit words before the bracket
    let mut from = head.len().saturating_sub(80);
    while !head.is_char_boundary(from) {
        from += 1;
    }
    // a slash restates only inside brackets ("(224 kW / 300 PS)"), not in
    // "1/2" or "24/7"
    if slash
        && head[from..]
            .rfind('(')
            .is_none_or(|o| head[from + o..].contains(')'))
    {
        return None;
    }
    let starts = head[from..]
        .char_indices()
        .map(|(k, c)| (from + k, c))
        .filter(|&(k, c)| {
            c.is_ascii_alphanumeric()
                && !head[..k].ends_with(|p: char| p.is_ascii_alphanumeric() || p == '.' || p == ',')
                && may_start(&head[k..])
        })
        .map(|(k, _)| k);
    // the amount begins at one of the last few places that may start one
    // (a hedge and a number in words have fewer words than this): in a
    // run of numbers ("1/1/1/…") each place would otherwise try every one
    // before it, and each of those every one before that
    let mut last = [0; RESTATED_STARTS];
    let mut n = 0;
    for k in starts {
        last[n % RESTATED_STARTS] = k;
        n += 1;
    }
    let kept = n.min(RESTATED_STARTS);
    for j in n - kept..n {
        let k = last[j % RESTATED_STARTS];
        let Ok((r, q)) = quantity_within(&head[..k], &head[k..], depth) else {
            continue;
        };
        let units = r.trim();
        if units.split_whitespace().count() <= 4
            && units
                .chars()
                .all(|c| c.is_alphabetic() || is_hspace(c) || matches!(c, '.' | '-' | '/'))
        {
            return Some((q.hedge, q.change));
        }
    }
    None
}

/// A hedge said before a number but not read with it: "averaging 15.9",
/// "an average of 5" (about), "sub-7 nanometre" (at most).
fn hedge_before(before: &str) -> Option<Hedge> {
    let t = before.trim_end_matches(['$', '£', '€', '¥']);
    if let Some(t) = t.strip_suffix('-') {
        let (_, w) = last_word(t);
        return w.eq_ignore_ascii_case("sub").then_some(Hedge::AtMost);
    }
    if !t.ends_with(is_hspace) {
        return None;
    }
    let (rest, w) = last_word(t);
    let w = if w.eq_ignore_ascii_case("of") {
        last_word(rest).1
    } else {
        w
    };
    ["averaged", "averaging", "averages", "average"]
        .iter()
        .any(|a| w.eq_ignore_ascii_case(a))
        .then_some(Hedge::About)
}

fn read_quantity<'a>(before: &str, i: &'a str) -> Res<'a, Quantity> {
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
    // "tested negative 3 times" is no sign
    let (_, prev) = last_word(before);
    let tested = [
        "tested", "tests", "test", "testing", "came", "proved", "returned",
    ]
    .iter()
    .any(|w| prev.eq_ignore_ascii_case(w));
    let sign = if tested {
        kw_of(&["minus"])
    } else {
        kw_of(&["minus", "negative"])
    };
    let (r, neg) = match (sign, alt((sp, hyphen))).parse(r) {
        Ok((r, _)) => (r, true),
        Err(_) => (r, false),
    };
    let plain = |lo: f64, hi: Option<f64>, precision: f64| Quantity {
        lo,
        hi,
        precision,
        hedge: h.unwrap_or(Hedge::Exact),
        percent: false,
        aside: None,
        change: None,
    };
    if !neg && let Ok((r, (lo, hi))) = vague_plural(r) {
        return Ok((r, plain(lo, Some(hi), 1.0)));
    }
    // "two-thirds", "one in three", "1/16 of"
    if !neg
        && !ctx.fraction
        && let Ok((r, v)) = fraction(r)
    {
        // "two thirds of a million" is a count
        if let Ok((r2, (_, _, _, _, _, (_, s)))) =
            (sp, kw("of"), sp, kw_of(&["a", "an"]), sp, scale_name).parse(r)
        {
            return Ok((r2, plain(v * s, None, v * s)));
        }
        let q = Quantity {
            aside: Some(Aside::Fraction),
            ..plain(v, None, 0.0)
        };
        return Ok((r, q));
    }
    let (r, mut a) = amount(r, ctx)?;
    let hedge = h.unwrap_or(if ctx.about {
        Hedge::About
    } else {
        Hedge::Exact
    });
    let mut aside = a.compound.then_some(Aside::Compound);
    // "one" is an article or a pronoun far more often than a count: it is
    // one only in a range ("one or two") or before a noun ("one count of
    // fraud"), and then it is never checked
    if (a.value == 1.0 || (a.value == 0.5 && a.precision == 0.5))
        && !a.digits
        && h.is_none()
        && !a.percent
        && !neg
    {
        if a.value == 1.0
            && let Some((r2, lo, b)) = range_tail(r, a, Sep::Bare)
        {
            return Ok((r2, range_q(lo, b, hedge)));
        }
        if a.value != 1.0 || !lone_one(before, i, r) {
            return fail(i);
        }
        aside = Some(Aside::One);
    }
    // a bare number after a name is part of it ("Big 12", "iPhone 11"),
    // unless a unit follows ("MacBook Pro 16 inch")
    if ctx.name && bare(&a) && h.is_none() && !neg && !unit_word_follows(r) {
        return fail(i);
    }
    // after a label, whatever its size ("Flight 1549", "Room 1001")
    if ctx.name
        && h.is_none()
        && !neg
        && after_label(before)
        && a.digits
        && a.mult == 1.0
        && !(a.percent || a.currency || a.unit)
        && i[..i.len() - r.len()].bytes().all(|b| b.is_ascii_digit())
    {
        return fail(i);
    }
    // "Jamie Armstrong, 25, said": an age
    if bare(&a)
        && a.value <= 120.0
        && h.is_none()
        && !neg
        && r.starts_with(',')
        && after_name_comma(before)
    {
        return fail(i);
    }
    if neg || ctx.negative {
        a.value = -a.value;
    }
    // "+0.8%" is a rise, "-1.3%" a fall
    let change = if ctx.plus {
        Some(Change::Up)
    } else if (neg || ctx.negative) && a.percent {
        Some(Change::Down)
    } else {
        None
    };
    // "15-22 mph", "5 to 7 per cent", "$3 billion to $5 billion", but not
    // "increased by $43.6 billion to $419.2 billion" (a change, then the
    // level it reached)
    let complete = a.currency || a.mult > 1.0 || a.percent || a.unit;
    let change_then_level = complete && change_before(before).is_some();
    if !neg
        && !change_then_level
        && let Some((r2, lo, b)) = range_tail(r, a, Sep::Bare)
    {
        if bare(&lo) && bare(&b) && address_follows(r2) {
            return fail(i);
        }
        return Ok((
            r2,
            Quantity {
                change,
                ..range_q(lo, b, hedge)
            },
        ));
    }
    // "9 E 71st St", "49 Zorro Ranch Road": an address
    if bare(&a) && h.is_none() && address_follows(r) {
        return fail(i);
    }
    // "won 3-1", "tied at 89-89", "a 5-4 vote": a score or a tally, no
    // count (a range has its smaller end first)
    if bare(&a) && hyphen(r).is_ok_and(|(k, ())| k.starts_with(|c: char| c.is_ascii_digit())) {
        return fail(i);
    }
    Ok((
        r,
        Quantity {
            lo: a.value,
            hi: None,
            precision: a.precision,
            hedge,
            percent: a.percent,
            aside,
            change,
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
        aside: None,
        change: None,
    }
}

/// The last word of `before` (after any spaces), and the text before it.
fn last_word(before: &str) -> (&str, &str) {
    // byte-wise: a space other than a plain one or a tab is the only
    // character decoded
    let b = before.as_bytes();
    let mut end = b.len();
    loop {
        match b[..end].last() {
            Some(b' ' | b'\t') => end -= 1,
            Some(&c) if c >= 0x80 => match before[..end].chars().next_back() {
                Some(ch) if is_hspace(ch) => end -= ch.len_utf8(),
                _ => break,
            },
            _ => break,
        }
    }
    let start = b[..end]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let got = (&before[..start], &before[start..end]);
    #[cfg(debug_assertions)]
    assert_eq!(got, last_word_chars(before), "{before:?}");
    got
}

/// [`last_word`] as it was first written, char by char: debug builds check
/// the byte-wise one against it.
#[cfg(debug_assertions)]
fn last_word_chars(before: &str) -> (&str, &str) {
    let t = before.trim_end_matches(is_hspace);
    let start = t
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + t[k..].chars().next().map_or(1, char::len_utf8));
    (&t[..start], &t[start..])
}

/// The direction said right before a number: "rose 5%", "down 2.3%",
/// "increased by 2 percent", "fell by 1 to 1.5 degrees".
fn change_before(before: &str) -> Option<Change> {
    const UP: [&str; 37] = [
        "up",
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "gained",
        "gain",
        "gains",
        "gaining",
        "climbed",
        "climb",
        "climbs",
        "climbing",
        "jumped",
        "jumps",
        "jumping",
        "surged",
        "surges",
        "surging",
        "soared",
        "soaring",
        "advanced",
        "added",
        "adds",
        "increased",
        "increase",
        "increases",
        "increasing",
        "grew",
        "grow",
        "grows",
        "growing",
        "rallied",
        "spiked",
        "higher",
        "boosted",
    ];
    const DOWN: [&str; 45] = [
        "down",
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "dropped",
        "drop",
        "drops",
        "dropping",
        "declined",
        "decline",
        "declines",
        "declining",
        "slid",
        "slides",
        "sliding",
        "slipped",
        "slipping",
        "lost",
        "lose",
        "loses",
        "losing",
        "plunged",
        "plunging",
        "plummeted",
        "plummeting",
        "tumbled",
        "tumbling",
        "sank",
        "sinking",
        "shed",
        "sheds",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "dipped",
        "dip",
        "eased",
        "slumped",
        "retreated",
        "lower",
        "shrank",
        "contracted",
    ];
    // "gave up 517 yards", "broke down 5 ways": phrasal verbs
    // (verbs whose "up" lifts or gathers: "brought up 98 per cent of the
    // aircraft", "dug up", "pulled up")
    const PHRASAL: [&str; 32] = [
        "gave", "give", "gives", "giving", "given", "picked", "pick", "put", "puts", "set", "sets",
        "took", "take", "takes", "made", "make", "makes", "broke", "break", "back", "brought",
        "bring", "brings", "bringing", "dug", "dig", "digs", "pulled", "pull", "pulls", "hauled",
        "dredged",
    ];
    // the lists, looked up in one probe (a number comes after most words)
    const IS_UP: u16 = 1;
    const IS_DOWN: u16 = 2;
    const IS_PHRASAL: u16 = 4;
    static CLASSES: std::sync::LazyLock<crate::text::WordClasses> =
        std::sync::LazyLock::new(|| {
            let classes = crate::text::WordClasses::new(&[
                (&UP, IS_UP),
                (&DOWN, IS_DOWN),
                (&PHRASAL, IS_PHRASAL),
            ]);
            // (a list word the table cannot hold would be lost silently)
            assert!(
                UP.iter()
                    .chain(&DOWN)
                    .chain(&PHRASAL)
                    .all(|w| classes.of(w) != 0),
                "direction words are words of at most 13 letters"
            );
            classes
        });
    let before = before.trim_end_matches(['$', '£', '€', '¥']);
    if !before.ends_with(is_hspace) {
        return None;
    }
    let (rest, w) = last_word(before);
    let (rest, w) = if w.eq_ignore_ascii_case("by") && rest.ends_with(is_hspace) {
        last_word(rest)
    } else {
        (rest, w)
    };
    if ["up", "down"].iter().any(|u| w.eq_ignore_ascii_case(u)) {
        let (_, verb) = last_word(rest);
        if CLASSES.of(verb) & IS_PHRASAL != 0 {
            return None;
        }
    }
    let class = CLASSES.of(w);
    if class & IS_UP != 0 {
        Some(Change::Up)
    } else if class & IS_DOWN != 0 {
        Some(Change::Down)
    } else {
        None
    }
}

/// Whether a unit of measure follows a number, as a word or an
/// abbreviation ("1520 sq m", "1200 km", "1112 p"): the number is then an
/// amount, not a year.
pub fn unit_follows(i: &str) -> bool {
    const UNITS: [&str; 40] = [
        "sq",
        "km",
        "kg",
        "mm",
        "cm",
        "m",
        "ft",
        "lb",
        "lbs",
        "mph",
        "kph",
        "hp",
        "kw",
        "mw",
        "gw",
        "kwh",
        "mwh",
        "p",
        "mg",
        "ml",
        "tonnes",
        "tonne",
        "tons",
        "metres",
        "meters",
        "metre",
        "meter",
        "miles",
        "mile",
        "feet",
        "acres",
        "hectares",
        "barrels",
        "pence",
        "yards",
        "calories",
        "kilometres",
        "kilometers",
        "kilograms",
        "litres",
    ];
    (sp, word)
        .parse(i)
        .is_ok_and(|(_, (_, w))| UNITS.iter().any(|u| w.eq_ignore_ascii_case(u)))
}

/// Whether a unit of length or weight follows, as a word ("16 inch").
fn unit_word_follows(i: &str) -> bool {
    const UNITS: [&str; 21] = [
        "inch", "inches", "mm", "cm", "km", "ft", "feet", "foot", "mile", "miles", "kg", "lb",
        "lbs", "pound", "pounds", "metres", "meters", "metre", "meter", "tons", "tonnes",
    ];
    (sp, word)
        .parse(i)
        .is_ok_and(|(_, (_, w))| UNITS.contains(&w))
}

/// Whether `before` ends in a capitalised word and a comma ("Jamie
/// Armstrong, "): a number there, followed by a comma, is an age.
fn after_name_comma(before: &str) -> bool {
    let Some(t) = before.strip_suffix(' ') else {
        return false;
    };
    let Some(t) = t.strip_suffix(',') else {
        return false;
    };
    let (_, w) = last_word(t);
    w.len() >= 2
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
}

/// Whether a street address follows a number: up to four capitalised words
/// or ordinals ("E", "71st", "Zorro Ranch") ending in a street word.
fn address_follows(i: &str) -> bool {
    const STREET: [&str; 22] = [
        "st",
        "street",
        "rd",
        "road",
        "ave",
        "avenue",
        "blvd",
        "boulevard",
        "lane",
        "ln",
        "drive",
        "dr",
        "way",
        "place",
        "pl",
        "court",
        "ct",
        "terrace",
        "square",
        "parkway",
        "crescent",
        "close",
    ];
    let mut j = i;
    for _ in 0..4 {
        let Ok((k, ())) = sp(j) else { return false };
        let n = k.bytes().take_while(u8::is_ascii_alphanumeric).count();
        let w = &k[..n];
        if n == 0 {
            return false;
        }
        let ordinal = w.as_bytes()[0].is_ascii_digit()
            && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s));
        if !ordinal && !w.as_bytes()[0].is_ascii_uppercase() {
            return false;
        }
        if !ordinal && STREET.iter().any(|s| w.eq_ignore_ascii_case(s)) {
            // "Ave Foch": the street word may come first
            return true;
        }
        j = &k[n..];
        j = j.strip_prefix('.').unwrap_or(j);
    }
    false
}

/// Whether the "one" at the start of `i` (read up to `r`) counts something:
/// not a pronoun ("each one", "the same one", "one that", "one could"), nor
/// a name ("BBC One"), and a word follows it ("one count", "one of the").
fn lone_one(before: &str, i: &str, r: &str) -> bool {
    const BEFORE: [&str; 24] = [
        "the", "this", "that", "each", "every", "any", "no", "same", "which", "another", "other",
        "last", "next", "little", "big", "new", "old", "right", "wrong", "such", "what", "number",
        "chapter", "day",
    ];
    const AFTER: [&str; 59] = [
        "another", "that", "who", "whom", "which", "whose", "where", "when", "while", "or", "and",
        "but", "to", "too", "is", "was", "were", "are", "has", "had", "have", "could", "can",
        "would", "should", "will", "may", "might", "must", "does", "did", "do", "says", "said",
        "by", "after", "at", "on", "off", "in", "out", "for", "with", "than", "as", "if", "day",
        "time", "way", "thing", "else", "the", "a", "an", "himself", "herself", "itself", "need",
        "even",
    ];
    let sentence_start = before
        .trim_end_matches(|c: char| is_hspace(c) || c == '\n')
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '.' | '!' | '?' | ':' | ';' | '"' | '\u{201c}' | '(' | '\n'
            )
        });
    if i.starts_with('O') && !sentence_start {
        return false;
    }
    let (_, prev) = last_word(before);
    if BEFORE
        .iter()
        .chain(&LABELS)
        .any(|w| prev.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let Ok((k, ())) = sp(r) else { return false };
    let Ok((_, next)) = word(k) else { return false };
    !AFTER.iter().any(|w| next.eq_ignore_ascii_case(w))
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
    // a unit written onto both ends: "between 15kHz and 17kHz" (not a
    // time, an ordinal or a decade: "9am", "2nd", "1990s")
    if let Ok((k, unit)) = word(r)
        && !["am", "pm", "st", "nd", "rd", "th", "s"]
            .iter()
            .any(|s| unit.eq_ignore_ascii_case(s))
        && let Some((r2, lo, b)) = range_tail(k, Amount { unit: true, ..a }, sep)
        && r2
            .get(..unit.len())
            .is_some_and(|u| u.eq_ignore_ascii_case(unit))
    {
        return Ok((r2, range_q(lo, b, h)));
    }
    // a few words between: "from 208 pounds to 193", "from $75 U.S. per
    // barrel to $45.88"
    let mut j = r;
    for _ in 0..4 {
        let Ok((k, ())) = sp(j) else { break };
        let Ok((k, w)) = word(k) else { break };
        if w.eq_ignore_ascii_case("to") || w.eq_ignore_ascii_case("and") {
            break;
        }
        // an abbreviation with dots is one word ("U.S."); after a longer
        // word a full stop ends the sentence ("between 2,000 troops. –00")
        let mut k = k;
        while w.len() == 1
            && let Some(after) = k.strip_prefix('.')
        {
            k = after;
            if let Ok((after, w)) = word(k)
                && w.len() == 1
            {
                k = after;
            }
        }
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
    let mut or = false;
    let (r, dashed) = if let Ok((r, ())) = dash(i)
        && !osp(i).starts_with('\u{2212}')
    {
        (r, true)
    } else {
        let (r, ()) = sp(i).ok()?;
        let (r, w) = word(r).ok()?;
        or = sep == Sep::Bare && w.eq_ignore_ascii_case("or");
        let ok = or
            || w.eq_ignore_ascii_case("to")
            || (sep == Sep::Between && w.eq_ignore_ascii_case("and"));
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
    let r_b = r;
    let (r, mut b) = amount(r_b, Before::default()).ok()?;
    if dashed && (!a.digits || !b.digits) {
        return None;
    }
    // "four to five thousand": the scale word of the second end, in
    // words, scales the first too
    if b.mult == 1.0
        && let Some(scale) = crate::text::words(&r_b[..r_b.len() - r.len()])
            .last()
            .and_then(|(_, w)| SCALE_WORDS.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)))
            .map(|&(_, v)| v)
    {
        b.mult = scale;
    }
    // "two or three", "10 or 15", "three or four years"
    if or && (b.value <= a.value || b.value > 2.0 * a.value + 1.0 || a.digits != b.digits) {
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

/// Whether the word after a number and a hyphen makes a compound adjective
/// ("-inch display", "-cylinder", "-TEU ship"): a lower-case word or an
/// acronym of up to five capitals, not a unit of time (durations and ages:
/// "five-year", "53-year-old") nor a suffix ("-fold").
fn compound_word(i: &str) -> bool {
    let Ok((r, w)) = word(i) else { return false };
    w.len() >= 2
        && (w.bytes().all(|b| b.is_ascii_lowercase())
            || w.len() <= 5 && w.bytes().all(|b| b.is_ascii_uppercase()))
        && super::Unit::from_word(w).is_none()
        && !["old", "odd", "ish", "fold", "plus", "something", "off"].contains(&w)
        && !hyphen(r).is_ok_and(|(k, ())| kw("old")(k).is_ok())
}

/// Fractions: "two-thirds", "two thirds", "one-third", "a third of", "three
/// quarters", "one in three", "two out of five", "1/16 of", "1⁄32".
fn fraction(i: &str) -> Res<'_, f64> {
    // "1/16 of", "1⁄32" (the fraction slash)
    if let Ok((r, (n, nd))) = digits(i)
        && nd <= 3
        && let Some((r, slash)) = r
            .strip_prefix('/')
            .map(|r| (r, true))
            .or_else(|| r.strip_prefix('\u{2044}').map(|r| (r, false)))
        && let Ok((r, (d, _))) = int(r)
        && n > 0
        && n < d
        && d <= 1000
        && !r.starts_with(['/', '\u{2044}'])
        && (!slash || (sp, kw("of")).parse(r).is_ok())
    {
        return Ok((r, n as f64 / d as f64));
    }
    // "one in three", "two out of five", "1 in 5"
    fn numerator(j: &str) -> Res<'_, f64> {
        if j.starts_with(|c: char| c.is_ascii_digit()) {
            let (r, (v, n)) = int(j)?;
            if n > 3 {
                return fail(j);
            }
            Ok((r, v as f64))
        } else {
            let (r, (v, p)) = number_words(j)?;
            if p != 1.0 || v.fract() != 0.0 {
                return fail(j);
            }
            Ok((r, v))
        }
    }
    if let Ok((r, n)) = numerator(i)
        && let Ok((r, _)) = (sp, alt((phrase(&["out", "of"]), phrase(&["in"])))).parse(r)
        && let Ok((r, ())) = sp(r)
        && let Ok((r, d)) = amount(r, Before::default())
        && n >= 1.0
        && d.value > n
        && bare_or_words(&d)
        && !(d.digits && (1000.0..2200.0).contains(&d.value) && d.precision < 1000.0)
        // "two in three weeks" counts in a time
        && !(sp, word).parse(r).is_ok_and(|(_, (_, w))| super::Unit::from_word(w).is_some())
    {
        return Ok((r, n / d.value));
    }
    // "two-thirds", "a third of", "one quarter"; an article only before
    // "of" ("a third term" is an ordinal)
    let (r, (v, _)) = word_fraction(i)?;
    if kw_of(&["a", "an"])(i).is_ok() && (sp, kw("of")).parse(r).is_err() {
        return fail(i);
    }
    Ok((r, v))
}

fn bare_or_words(a: &Amount) -> bool {
    !a.percent && !a.currency && !a.unit && !a.compound && a.value.fract() == 0.0
}

/// Hedges before a count: the temporal ones, plus a few said only of
/// amounts. "just under" is at most (as NewsQuant reads it), not "nearly".
fn count_hedge(i: &str) -> Res<'_, Hedge> {
    const TABLE: [(&[&str], Hedge); 8] = [
        (&["just", "under"], Hedge::AtMost),
        (&["over", "than"], Hedge::AtLeast),
        (&["well", "over"], Hedge::AtLeast),
        (&["as", "many", "as"], Hedge::AtMost),
        (&["as", "much", "as"], Hedge::AtMost),
        (&["at", "most"], Hedge::AtMost),
        (&["below"], Hedge::AtMost),
        (&["barely"], Hedge::About),
    ];
    // a phrase matches only where its first word is the first word here:
    // read that once, not once a phrase
    let first = word(i).map_or("", |(_, w)| w);
    for &(words, h) in &TABLE {
        if first.eq_ignore_ascii_case(words[0])
            && let Ok((r, ())) = phrase(words)(i)
            && let Ok((r, ())) = sp(r)
        {
            return Ok((r, h));
        }
    }
    hedge(i)
}

/// What the text right before a number says about it.
/// Whether a number after `before` may have its thousands grouped by plain
/// spaces: `before` does not end with a month's name ("June 3 500
/// troops"), a digit, or a mark that joins digits.
fn may_group_by_space(before: &str) -> bool {
    // (a mark right before the number joins it to what is before: "3,1",
    // "4:1", "3-1"; after a space it is the clause's: "September, 100 617")
    let t = before.trim_end_matches(is_hspace);
    if t.ends_with(|c: char| c.is_ascii_digit()) || before.ends_with([',', ':', '-']) {
        return false;
    }
    // ("Sept. 3 500")
    let (_, w) = last_word(t.strip_suffix('.').unwrap_or(t));
    !(w.len() >= 3
        && crate::extract::lex::MONTHS
            .iter()
            .any(|m| m.len() >= w.len() && m[..w.len()].eq_ignore_ascii_case(w)))
}

fn read_before(before: &str, i: &str) -> Before {
    let mut ctx = Before {
        dollar: before.ends_with('$'),
        ..Before::default()
    };
    ctx.spaced = may_group_by_space(before);
    if !i.starts_with(|c: char| c.is_ascii_digit()) {
        return ctx;
    }
    let b = before.as_bytes();
    let n = b.len();
    // the second group of "1 960" the scanner stepped into
    if n >= 2 && b[n - 1] == b' ' && b[n - 2].is_ascii_digit() {
        let head = &before[..n - 1];
        let digits = head.len() - head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        if digits <= 3
            && may_group_by_space(&head[..head.len() - digits])
            && group_of_three(i).is_some()
        {
            ctx.fraction = true;
            ctx.name = true;
            return ctx;
        }
    }
    // the second number of a score the scanner stepped into ("3-1")
    let pair = before
        .strip_suffix(['-', '\u{2013}'])
        .is_some_and(|t| t.ends_with(|c: char| c.is_ascii_digit()));
    if pair || (n >= 2 && b[n - 1] == b':' && b[n - 2].is_ascii_digit()) {
        // "4:39", "3:1": the second part of a time or a ratio
        ctx.fraction = true;
        ctx.name = true;
        return ctx;
    }
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
        } else if c == '+' && !rest.ends_with(|c: char| c.is_alphanumeric()) {
            ctx.plus = true;
        } else {
            break;
        }
        k = rest;
    }
    if ctx.currency || ctx.negative || ctx.about || ctx.plus {
        return ctx;
    }
    ctx.name = after_name(before);
    ctx
}

/// Words that name a thing by its number ("category 4", "type 2", "level
/// 3", "route 66"): a bare number after them is an identifier, not a count.
const LABELS: [&str; 30] = [
    "category",
    "level",
    "stage",
    "phase",
    "type",
    "grade",
    "class",
    "version",
    "number",
    "no",
    "room",
    "route",
    "gate",
    "flight",
    "platform",
    "chapter",
    "section",
    "article",
    "page",
    "exit",
    "pier",
    "unit",
    "model",
    "series",
    "zone",
    "district",
    "highway",
    "interstate",
    "episode",
    "game",
];

/// Whether `before` ends in a word of [`LABELS`] and one space ("Flight
/// ", "route "): a number after it is an identifier, a year no more than a
/// count ("Flight 1549", "Route 1926").
pub fn after_label(before: &str) -> bool {
    let Some(t) = before.strip_suffix(' ').filter(|t| !t.ends_with(is_hspace)) else {
        return false;
    };
    let (_, w) = last_word(t);
    LABELS.iter().any(|l| w.eq_ignore_ascii_case(l))
}

/// Whether `before` ends in a name a number may be part of: a capitalised
/// word inside a sentence and one space ("the Big "), a word with capitals
/// inside ("iPhone "), or an acronym or a capital letter and a hyphen
/// ("TA-", "F-").
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
    if !hyphened && after_label(before) {
        return true;
    }
    if w.is_empty() || !w.bytes().any(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let caps = w.bytes().filter(u8::is_ascii_uppercase).count();
    let acronym = caps >= 2 && w.bytes().all(|b| !b.is_ascii_lowercase());
    if hyphened {
        // "F-35", "B-52", "G-7": one capital is a designation too
        return acronym || (w.len() == 1 && caps == 1);
    }
    if caps >= 2 || !w.as_bytes()[0].is_ascii_uppercase() {
        // "FTSE", "iPhone"
        return true;
    }
    // a capitalised word not at a sentence start, nor at the start of
    // what a dash sets off ("27 March 1977 — All 284 people aboard")
    let prev = t[..w_start].trim_end_matches(is_hspace);
    match prev.chars().next_back() {
        None => false,
        Some(c) => !matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | '"' | '\u{201c}' | '(' | '\n' | '\u{2014}' | '\u{2013}'
        ),
    }
}

/// Currency codes said before a number in digits ("USD1,700", "RM 23.50",
/// "RMB 6.866 billion"). Not those that are also common words or names
/// before a number ("TRY", "PHP 7", "AMD 64").
pub(crate) const CODES: &[&str] = &[
    "usd", "eur", "gbp", "aud", "cad", "inr", "jpy", "cny", "rmb", "hkd", "nzd", "chf", "sgd",
    "sek", "nok", "dkk", "pln", "czk", "huf", "rub", "uah", "krw", "twd", "thb", "idr", "myr",
    "brl", "mxn", "zar", "ngn", "kes", "egp", "sar", "aed", "qar", "kwd", "ils", "pkr", "rm", "rs",
    "ps", "us", "hk",
];

/// Currency words and symbols said before the number: "$", "US $", "US$",
/// "USD", "HK $", "RM", "A$", "£" (and "PS", as ASCII transliteration writes
/// it).
fn currency(i: &str, dollar_before: bool) -> Res<'_, ()> {
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
        // only rupees are written with a full stop ("Rs. 500"): after
        // another code it ends a sentence ("in the US. 1 million …")
        let r = match r.strip_prefix('.') {
            Some(after) if i[..n].eq_ignore_ascii_case("rs") => after,
            _ => r,
        };
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
        digits_amount(r, cur, ctx.fraction, ctx.spaced)?
    } else if cur {
        return fail(i);
    } else {
        words_amount(r)?
    };
    a.currency = cur;
    // ages are not counts ("53-year-old"); a compound adjective ("a
    // 6.1-inch display", "six-cylinder engines") is one, set aside
    if a.mult == 1.0
        && let Ok((after, ())) = hyphen(r)
        && after.starts_with(|c: char| c.is_alphabetic())
    {
        if !compound_word(after) || (!a.digits && a.value == 1.0) {
            return fail(i);
        }
        a.compound = true;
    }
    let (r, percent) = match percent_sign(r) {
        Ok((r2, ())) => (r2, true),
        Err(_) => (r, false),
    };
    a.percent |= percent;
    Ok((r, a))
}

/// A part smaller than `last` after a scaled number ("3 hundred" or "and
/// 21" after "4 thousand"), in digits or words: the rest, its value and
/// its unit. Not zero ("4 thousand 3 hundred and 0 are two numbers"), nor a
/// number with something of its own after it ("5 million 20%").
/// After a million or more, "and" and digits begin another number: "$10bn
/// and 18 segments", "10 million and 5 people" are two.
fn smaller_part(i: &str, last: f64) -> Option<(&str, f64, f64)> {
    let (j, and) = (sp, kw("and"))
        .parse(i)
        .map_or((i, false), |(r, _)| (r, true));
    let (j, ()) = sp(j).ok()?;
    if and && last >= 1e6 && j.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (k, t, unit) = if j.starts_with(|c: char| c.is_ascii_digit()) {
        let (k, (v, n)) = int(j).ok()?;
        if n > 3 {
            return None;
        }
        let (k, m) = match (sp, kw("hundred")).parse(k) {
            Ok((k, _)) => (k, 100.0),
            Err(_) => (k, 1.0),
        };
        let (k, s) = match (sp, scale_name).parse(k) {
            Ok((k, (_, (_, s)))) => (k, s),
            Err(_) => (k, 1.0),
        };
        (k, v as f64 * m * s, m * s)
    } else {
        let (k, (v, p)) = number_words(j).ok()?;
        (k, v, p)
    };
    let followed = percent_sign(k).is_ok()
        || hyphen(k).is_ok()
        || k.starts_with(|c: char| {
            c.is_alphanumeric() || c == '.' && k[1..].starts_with(|d: char| d.is_ascii_digit())
        })
        || (sp, word).parse(k).is_ok_and(|(_, (_, w))| {
            super::Unit::from_word(w).is_some()
                || DENOMINATORS.iter().any(|(one, many, _)| {
                    w.eq_ignore_ascii_case(one) || w.eq_ignore_ascii_case(many)
                })
        });
    (t > 0.0 && t < last && !followed).then_some((k, t, unit))
}

/// A power of ten written after a number: "x10^6", "×10−30", "e6", "e+14".
fn exponent(i: &str) -> Option<(&str, i32)> {
    let r = if let Some(r) = i.strip_prefix(['x', '\u{d7}', '*']) {
        // "^" or a sign must follow: "10x100" is a size
        let r = r.strip_prefix("10")?;
        match r.strip_prefix('^') {
            Some(r) => r,
            None if r.starts_with(['-', '\u{2212}', '\u{207b}']) => r,
            None => return None,
        }
    } else {
        i.strip_prefix(['e', 'E'])?
    };
    let (r, neg) = match r.chars().next()? {
        '-' | '\u{2212}' | '\u{207b}' => (&r[r.chars().next()?.len_utf8()..], true),
        '+' => (&r[1..], false),
        _ => (r, false),
    };
    let n = r.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 3 || !at_boundary(&r[n..]) {
        return None;
    }
    let e: i32 = r[..n].parse().ok()?;
    Some((&r[n..], if neg { -e } else { e }))
}

/// A group of three digits after one plain space, which no digit, letter
/// or decimal follows (" 960" of "1 960 peacekeepers"): its value and
/// the rest.
fn spaced_group(r: &str) -> Option<(u64, &str)> {
    r.strip_prefix(' ').and_then(group_of_three)
}

/// Three digits at the start of `r`, which no digit, letter or decimal
/// follows: their value and the rest.
fn group_of_three(r: &str) -> Option<(u64, &str)> {
    let b = r.as_bytes();
    if b.len() < 3 || !b[..3].iter().all(u8::is_ascii_digit) {
        return None;
    }
    let ends = match b.get(3) {
        None => true,
        Some(&c) if c.is_ascii_alphanumeric() => false,
        Some(b'.' | b',') => !b.get(4).is_some_and(u8::is_ascii_digit),
        Some(_) => true,
    };
    ends.then(|| {
        let g = b[..3]
            .iter()
            .fold(0u64, |n, &d| n * 10 + u64::from(d - b'0'));
        (g, &r[3..])
    })
}

fn digits_amount(i: &str, cur: bool, fraction: bool, spaced: bool) -> Res<'_, Amount> {
    let (mut r, (mut v, mut p)) = decimal_raw(i)?;
    // "1 960 peacekeepers", "110 600 people": groups of three after a
    // plain space, where the first group has one to three digits
    let first = i.len() - r.len();
    if spaced && !fraction && first <= 3 && i[..first].bytes().all(|b| b.is_ascii_digit()) {
        while let Some((g, after)) = spaced_group(r) {
            v = v * 1000.0 + g as f64;
            p = if g == 0 {
                p * 1000.0
            } else {
                10f64.powi(crate::extract::lex::count_trailing_zeros(g, 3) as i32)
            };
            r = after;
        }
    }
    // "4:39", "3:1": a time or a ratio
    if r.starts_with(':') && r[1..].starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    // "1.3x10^6", "1.99×10−30", "6.23x10^-4", "1.3e6", "12.32e+14"
    // (a power of ten beyond what a float holds is no exponent: "0e422"
    // would be 0 times infinity)
    let scaled = |e: i32| {
        let f = 10f64.powi(e);
        (f > 0.0 && (v * f).is_finite() && (p * f).is_finite()).then_some((v * f, p * f))
    };
    let (r, v, p) = match exponent(r) {
        Some((r2, e)) if !fraction && let Some((v, p)) = scaled(e) => (r2, v, p),
        _ => (r, v, p),
    };
    let (mut v, mut p) = (v, p);
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
        compound: false,
    };
    // attached letters: a scale ("5.4bn", "10k"), "pc" or "pct", or a unit
    // ("50mph")
    let n = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    let mut r = r;
    if n > 0 {
        let w = &r[..n];
        let after = &r[n..];
        if let Some(m) =
            scale_abbr(w, cur).or_else(|| (w == "m" && millions_after(after)).then_some(1e6))
        {
            a.mult = m;
            r = after;
        } else if w.eq_ignore_ascii_case("pc") || w.eq_ignore_ascii_case("pct") {
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
            if let Some(&(_, s)) = SCALES.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)) {
                m *= s;
                j = k;
                // "3 lakh crore"
                if let Ok((k2, (_, (_, s2)))) = (sp, scale_name).parse(j)
                    && s2 > s
                {
                    m *= s2;
                    j = k2;
                }
            } else if ["dozen", "dozens"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
            {
                m *= 12.0;
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
    // "4 thousand 3 hundred and 21", "6 crore and two hundred"
    if a.mult >= 100.0 && !fraction {
        let mut last = a.mult;
        while let Some((k, t, unit)) = smaller_part(r, last) {
            a.value += t;
            a.precision = unit;
            last = unit;
            r = k;
        }
    }
    // "3 million and a half"
    if a.mult >= 1000.0
        && let Some((r2, f, d, scale)) = and_fraction(r)
    {
        let s = scale.unwrap_or(a.mult);
        a.value += f * s;
        a.precision = s / d;
        r = r2;
    }
    Ok((r, a))
}

/// Whether an "m" attached to a number with no currency ("35m", "1.2m")
/// means millions, by what follows it: "of" ("35m of its devices"), or a
/// plural noun ("1.2m tons", "20m people") other than the races run in
/// metres. Otherwise it is metres ("a 5m wall", "the 100m sprint", "37m
/// long").
fn millions_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let w = &rest[..rest.bytes().take_while(u8::is_ascii_alphabetic).count()];
    let plural = w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && w.as_bytes()[0].is_ascii_lowercase()
        && !["hurdles", "metres", "meters"].contains(&w);
    w == "of" || w == "people" || plural
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
        "tn" | "trn" | "Tn" | "tln" => 1e12,
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
        compound: false,
    };
    if let Ok((r, _)) = phrase(&["a", "dozen"])(i) {
        return Ok((r, w(12.0, 1.0)));
    }
    if let Ok((r, _)) = phrase(&["half", "a", "dozen"])(i) {
        return Ok((r, w(6.0, 1.0)));
    }
    // "half a million", "a quarter of a million", "quarter million": said
    // to the quarter of the scale word ("half a million" is 375,000 to
    // 625,000, as "a quarter" and "three quarters" are its neighbours)
    if let Some((r, v, scale)) = part_of_scale(i) {
        return Ok((
            r,
            Amount {
                mult: v,
                ..w(v, scale / 4.0)
            },
        ));
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
    // "nought point nought three"
    let (r, (v, p)) = match kw_of(&["nought", "naught"])(i) {
        Ok((r, _)) if spoken_decimal(r).is_some() => (r, (0.0, 1.0)),
        _ => number_words(i)?,
    };
    // "two dozen", "three dozens"
    if let Ok((r2, _)) = (sp, kw_of(&["dozen", "dozens"])).parse(r) {
        return Ok((r2, w(v * 12.0, 12.0)));
    }
    // "one point six billion", "two hundred point zero three"
    if p < 1000.0
        && let Some((r2, f, unit)) = spoken_decimal(r)
    {
        let v = v + f;
        return Ok(match (sp, scale_name).parse(r2) {
            Ok((r3, (_, (_, s)))) => (
                r3,
                Amount {
                    mult: s,
                    ..w(v * s, unit * s)
                },
            ),
            Err(_) => (r2, w(v, unit)),
        });
    }
    // "one and a half", "three and one fourth", "five and a half million",
    // "one million and a half", "one billion and three quarters million"
    if let Some((r2, f, d, scale)) = and_fraction(r) {
        let (value, unit) = match scale {
            Some(s) if p >= 1000.0 => (v + f * s, s / d),
            Some(s) => ((v + f) * s, s / d),
            None if p >= 1000.0 => (v + f * p, p / d),
            None => (v + f, 1.0 / d),
        };
        let mult = scale.unwrap_or(1.0);
        return Ok((
            r2,
            Amount {
                mult,
                ..w(value, unit)
            },
        ));
    }
    Ok((r, w(v, p)))
}

/// " point six", " point zero three", " point seventy-one", " point nought
/// four": the decimals of a number said aloud; their value and unit.
fn spoken_decimal(i: &str) -> Option<(&str, f64, f64)> {
    let (mut r, _) = (sp, kw("point"), sp).parse(i).ok()?;
    let (mut frac, mut unit, mut n) = (0.0, 1.0, 0);
    loop {
        let j = if n == 0 {
            r
        } else {
            match sp(r) {
                Ok((k, ())) => k,
                Err(_) => break,
            }
        };
        let Some((k, d, digits)) = decimal_word(j) else {
            break;
        };
        // "point seventy-one", but "point five two"
        if n > 0 && digits > 1 {
            break;
        }
        unit /= 10f64.powi(digits);
        frac += d * unit;
        r = k;
        n += 1;
        if digits > 1 || n >= 9 {
            break;
        }
    }
    (n > 0).then_some((r, frac, unit))
}

/// One word of spoken decimals: a digit ("six", "oh", "nought") or a number
/// below a hundred ("seventy-one"); its value and number of digits.
fn decimal_word(i: &str) -> Option<(&str, f64, i32)> {
    let (r, w) = word(i).ok()?;
    let is = |x: &&str| w.eq_ignore_ascii_case(x);
    if ["nought", "naught", "oh"].iter().any(is) {
        return Some((r, 0.0, 1));
    }
    if let Some(k) = UNITS.iter().position(&is) {
        return Some((r, k as f64, if k < 10 { 1 } else { 2 }));
    }
    let t = TENS.iter().position(is)?;
    let tens = (t as f64 + 2.0) * 10.0;
    if let Ok((after, ())) = hyphen(r)
        && let Ok((r2, u)) = word(after)
        && let Some(k) = UNITS[1..10].iter().position(|x| u.eq_ignore_ascii_case(x))
    {
        return Some((r2, tens + k as f64 + 1.0, 2));
    }
    Some((r, tens, 2))
}

/// "half a million", "half million", "a quarter of a million", "quarter
/// billion": a part of a scale word, and its value.
fn part_of_scale(i: &str) -> Option<(&str, f64, f64)> {
    let j = kw_of(&["a", "an"])(i)
        .and_then(|(r, _)| sp(r))
        .map_or(i, |(r, ())| r);
    let (j, k) = kw_of(&["half", "quarter"])(j).ok()?;
    let j = (sp, kw("of")).parse(j).map_or(j, |(r, _)| r);
    let j = (sp, kw_of(&["a", "an"])).parse(j).map_or(j, |(r, _)| r);
    let (j, (_, (_, s))) = (sp, scale_name).parse(j).ok()?;
    Some((j, [0.5, 0.25][k] * s, s))
}

/// A scale word: "million", "lakh".
fn scale_name(i: &str) -> Res<'_, (&str, f64)> {
    let (r, w) = word(i)?;
    match SCALES.iter().find(|(n, _)| w.eq_ignore_ascii_case(n)) {
        Some(&(n, s)) => Ok((r, (n, s))),
        None => fail(i),
    }
}

/// A fraction in words: "a half", "one third", "two-thirds", "three
/// quarters", "an eighth"; its value and denominator. Not "two halves", nor
/// "a third-party".
fn word_fraction(i: &str) -> Res<'_, (f64, f64)> {
    let (r, n, article) = if let Ok((r, _)) = kw_of(&["a", "an"])(i) {
        (r, 1.0, true)
    } else {
        let (r, (n, p)) = number_words(i)?;
        if p != 1.0 || n.fract() != 0.0 || !(1.0..=10.0).contains(&n) {
            return fail(i);
        }
        (r, n, false)
    };
    let r = match hyphen(r) {
        Ok((r, ())) if !article => r,
        _ => sp(r)?.0,
    };
    let (r, w) = word(r)?;
    let Some(&(_, _, d)) = DENOMINATORS.iter().find(|(one, many, _)| {
        if n == 1.0 {
            w.eq_ignore_ascii_case(one)
        } else {
            *many != "halves" && w.eq_ignore_ascii_case(many)
        }
    }) else {
        return fail(i);
    };
    if hyphen(r).is_ok() {
        return fail(i);
    }
    Ok((r, (n / d, d)))
}

/// " and a half", " and two thirds million" after a number: the fraction,
/// its denominator, and the scale word after it, if any.
fn and_fraction(i: &str) -> Option<(&str, f64, f64, Option<f64>)> {
    let (r, _) = (sp, kw("and"), sp).parse(i).ok()?;
    let (r, (f, d)) = word_fraction(r).ok()?;
    match (sp, scale_name).parse(r) {
        Ok((r2, (_, (_, s)))) => Some((r2, f, d, Some(s))),
        Err(_) => Some((r, f, d, None)),
    }
}

/// The plurals that make a vague amount ([`vague_plural`]).
pub(crate) const VAGUE_PLURALS: [&str; 6] = [
    "dozens",
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
];

/// "tens of thousands", "hundreds", "millions", "dozens": a vague amount,
/// as the range from one to ten of its unit.
fn vague_plural(i: &str) -> Res<'_, (f64, f64)> {
    // the unit of each of [`VAGUE_PLURALS`]
    const UNITS: [f64; 6] = [12.0, 10.0, 100.0, 1e3, 1e6, 1e9];
    let (mut r, k) = kw_of(&VAGUE_PLURALS)(i)?;
    let mut unit = UNITS[k];
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
        unit *= UNITS[k2 + 3];
        r = r2;
    }
    Ok((r, (unit, unit * 10.0)))
}

/// "%", " %", " percent", " per cent", " pc", " pct", " percentage
/// points".
fn percent_sign(i: &str) -> Res<'_, ()> {
    let j = osp(i);
    if let Some(r) = j.strip_prefix('%') {
        return Ok((r, ()));
    }
    let (r, _) = sp(i)?;
    // every phrase begins with a "p": one look at the next letter rules
    // out almost every word
    if !r.starts_with(['p', 'P']) {
        return fail(i);
    }
    alt((
        phrase(&["percentage", "points"]),
        phrase(&["percentage", "point"]),
        phrase(&["percent"]),
        phrase(&["percents"]),
        phrase(&["per", "cent"]),
        phrase(&["pct"]),
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

    /// Where a count read at the start could reach at most: the start of
    /// the first word no count holds (shown as the text from there), and
    /// each count read there ends by it.
    #[test]
    fn reach_ends_at_the_first_word_no_count_holds() {
        for (text, from_there) in [
            ("nearly 2,000 troops arrived", Some("troops arrived")),
            (
                "about two thousand and five hundred soldiers",
                Some("soldiers"),
            ),
            ("more than 100,000 people", Some("people")),
            ("US $1.1 million in aid", Some("aid")),
            ("5 to 7 per cent of voters", Some("voters")),
            ("5.4bn dollars", Some("dollars")),
            ("20%. He left", Some(". He left")),
            ("8, down 25 cents", Some(", down 25 cents")),
            ("nearly\n2,000 troops", Some("troops")),
            // a range from "from" may hold a few other words
            (
                "from 208 pounds to 193 pounds, a doctor in the city said so",
                Some("said so"),
            ),
            (
                "from $75 U.S. per barrel to $45.88 as traders sold their stocks quickly",
                Some("quickly"),
            ),
            // a count runs on to the end
            ("1 2 3 4", Some("")),
        ] {
            let got = reach(text, 0).map(|r| &text[r..]);
            assert_eq!(got, from_there, "{text:?}");
            if let Ok((rest, _)) = count(text) {
                let end = text.len() - rest.len();
                assert!(end <= text.len() - got.unwrap().len(), "{text:?}");
            }
        }
        // and it gives up far away
        let long = "1 ".repeat(200);
        assert_eq!(reach(&long, 0), None);
    }

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
            aside: None,
            change: None,
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

    #[test]
    fn a_hedge_after_the_number_bounds_it() {
        let table: [Row; 9] = [
            (
                "quakes of magnitude ",
                "6 or greater.",
                "6 or greater",
                6.0,
                1.0,
                Hedge::AtLeast,
                false,
            ),
            (
                "",
                "30 or more people",
                "30 or more",
                30.0,
                10.0,
                Hedge::AtLeast,
                false,
            ),
            (
                "",
                "5% or more of them",
                "5% or more",
                5.0,
                1.0,
                Hedge::AtLeast,
                true,
            ),
            (
                "aged ",
                "80 and over.",
                "80 and over",
                80.0,
                10.0,
                Hedge::AtLeast,
                false,
            ),
            (
                "",
                "40 or fewer seats",
                "40 or fewer",
                40.0,
                10.0,
                Hedge::AtMost,
                false,
            ),
            (
                "",
                "30 or so people",
                "30 or so",
                30.0,
                10.0,
                Hedge::About,
                false,
            ),
            // a comparison, not a bound
            (
                "",
                "30 or more than 40",
                "30",
                30.0,
                10.0,
                Hedge::Exact,
                false,
            ),
            // a hedge before the number keeps its own
            (
                "",
                "about 30 or more",
                "about 30",
                30.0,
                10.0,
                Hedge::About,
                false,
            ),
            // a range is not bounded again
            (
                "",
                "30 or 40 or more",
                "30 or 40",
                30.0,
                10.0,
                Hedge::Exact,
                false,
            ),
        ];
        check(&table);
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
                "totalled ",
                "RMB 6.866 billion.",
                "RMB 6.866 billion",
                6.866e9,
                1e6,
                Exact,
                false,
            ),
            (
                "cost ",
                "SEK 450,000 in",
                "SEK 450,000",
                450_000.0,
                1e4,
                Exact,
                false,
            ),
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
            ("a ", "5m wall", "5", 5.0, 1.0, Exact, false),
            ("the ", "400m hurdles", "400", 400.0, 100.0, Exact, false),
            // "m" is millions before "of" or a plural noun
            ("to ", "1.2m tons of", "1.2m", 1.2e6, 1e5, Exact, false),
            ("have ", "35m of its", "35m", 35e6, 1e6, Exact, false),
            ("", "1.38pc.", "1.38pc", 1.38, 0.01, Exact, true),
            // Reuters writes "pct"; a difference is in percentage points
            ("rose ", "1.38 pct.", "1.38 pct", 1.38, 0.01, Exact, true),
            ("", "1.38pct,", "1.38pct", 1.38, 0.01, Exact, true),
            (
                "a ",
                "0.5 percentage point rise",
                "0.5 percentage point",
                0.5,
                0.1,
                Exact,
                true,
            ),
            (
                "",
                "one hundred percents",
                "one hundred percents",
                100.0,
                100.0,
                Exact,
                true,
            ),
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
            // a negated hedge bounds the other side (round 74: "no fewer
            // than" was read as "fewer than", at most)
            (
                "",
                "no fewer than 1,000 people",
                "no fewer than 1,000",
                1000.0,
                1000.0,
                AtLeast,
                false,
            ),
            (
                "",
                "not more than a thousand",
                "not more than a thousand",
                1000.0,
                1000.0,
                AtMost,
                false,
            ),
            (
                "",
                "no more than a dozen men",
                "no more than a dozen",
                12.0,
                1.0,
                AtMost,
                false,
            ),
            ("", "almost half of", "almost half", 0.5, 0.5, Nearly, false),
            ("", "a dozen eggs", "a dozen", 12.0, 1.0, Exact, false),
            ("", "zero cases", "zero", 0.0, 1.0, Exact, false),
        ]);
    }

    /// Regression (found by the "what follows a sentence" property): a word
    /// before a full stop was read as an abbreviation, and the range ran on
    /// into the next sentence.
    #[test]
    fn a_range_does_not_run_past_the_end_of_its_sentence() {
        for t in ["between 2,000 troops. –00", "from 5 soldiers. - 7"] {
            let stop = t.find('.').unwrap();
            for m in crate::extract::extract(t)
                .into_iter()
                .filter(|m| m.span.start < stop)
            {
                assert!(m.span.end <= stop, "{t:?}: {:?}", &t[m.span]);
            }
        }
        // "U.S." is still one word
        assert!(count_after("", "from $75 U.S. per barrel to $45.88").is_ok());
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
                "from $75 U.S. per barrel to $45.88.",
                "from $75 U.S. per barrel to $45.88",
                (75.0, 45.88),
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
            // the scale word of the second end, in words, scales the first
            (
                "are ",
                "four to five thousand people",
                "four to five thousand",
                (4000.0, 5000.0),
                false,
            ),
            // a unit written onto both ends
            (
                "is ",
                "between 15kHz and 17kHz.",
                "between 15kHz and 17",
                (15.0, 17.0),
                false,
            ),
            (
                "of ",
                "between 5mm and 7mm of",
                "between 5mm and 7",
                (5.0, 7.0),
                false,
            ),
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
            // two different units, an ordinal, a clock time, a decade
            ("", "between 5mm and 7cm"),
            ("", "between 2nd and 4th"),
            ("", "between 9am and 11am"),
            ("", "between 1980s and 1990s"),
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
            ("bought 50 F-", "35 jets"),
            ("the next big V-", "12 Lamborghini"),
            ("The G-", "7 summit"),
            ("Dow +0.2% S&P ", "500 +0.3%"),
            ("the FTSE ", "100 in"),
            ("worth $US55,", "931,000"),
            ("rose to RM2.", "05 and"),
            ("a ", "3rd"),
            ("the ", "2020s"),
            ("a baker's ", "dozen"),
            ("", "half of them"),
            ("the ", "one of them"),
            ("The category ", "4 hurricane"),
            ("the type ", "2 diabetes"),
            ("a layup with ", "4:39 left"),
            ("a layup with 4:", "39 left"),
            ("Jamie Armstrong, ", "25, said"),
            ("Properties: ", "9 E 71st St,"),
            ("", "49 Zorro Ranch Road,"),
            ("Unit 3 at ", "16-18 Industrial Avenue"),
            ("and ", "22 Ave Foch,"),
            ("United won ", "3-1 on"),
            ("United won 3-", "1 on"),
            ("tied at ", "89\u{2013}89."),
        ] {
            assert!(count_after(before, input).is_err(), "{before:?} {input:?}");
        }
        // a name word at a sentence start, or a number with a unit or a
        // scale after a name, is a count
        assert!(count_after("Big ", "12").is_ok());
        assert!(count_after("worth. At ", "2,000").is_ok());
        // and so is one after a dash, which begins what it sets off (a
        // timeline's entry: "27 March 1977 — All 284 people aboard")
        assert!(count_after("27 March 1977 \u{2014} All ", "284 people").is_ok());
        assert!(count_after("1977 \u{2013} Some ", "40 people").is_ok());
        assert!(count_after("the iPhone ", "12 costs").is_err());
        assert!(count_after("Tylenol ", "500mg").is_ok());
        assert!(count_after("Apple ", "5 billion").is_ok());
        assert!(count_after("MacBook Pro ", "16 inch").is_ok());
        assert!(count_after("aged about ", "25, said").is_ok());
        assert!(count_after("", "49 people, Road").is_ok());
    }

    /// Thousands grouped by a plain space, as wire copy from Europe writes
    /// them (round 65): one number where nothing before the first group
    /// joins it to something else; the second group alone is no count.
    #[test]
    fn thousands_grouped_by_plain_spaces() {
        // (text before, input, what is read, its value)
        let table: &[(&str, &str, &str, f64)] = &[
            ("a contingent of ", "1 960 peacekeepers", "1 960", 1960.0),
            ("", "100 600 people fled", "100 600", 100_600.0),
            ("a total of ", "1 234 567 votes", "1 234 567", 1_234_567.0),
            ("it paid $", "1 960 for", "1 960", 1960.0),
            (
                "the 19th of September, ",
                "100 617 people",
                "100 617",
                100_617.0,
            ),
        ];
        for &(before, input, text, value) in table {
            let got = read(before, input);
            assert_eq!(
                got.as_ref().map(|(t, c)| (t.as_str(), c.value)),
                Some((text, value)),
                "{before:?} {input:?}"
            );
        }
        // not after a month's name, a number or a mark that joins, nor
        // where a letter, a digit or a decimal follows the group
        for (before, input) in [
            ("On June ", "3 500 troops"),
            ("On Sept. ", "3 500 troops"),
            ("In 2020 ", "1 960 came"),
            ("United won 3-", "1 500 fans"),
            ("", "12 345.6 kg"),
            ("", "4 100m relay"),
            ("", "12 3456 x"),
        ] {
            let got = read(before, input);
            assert!(
                got.as_ref().is_none_or(|(t, _)| !t.contains(' ')),
                "{before:?} {input:?}: {got:?}"
            );
        }
        // the second group the scanner steps into is no count of its own
        assert!(count_after("a contingent of 1 ", "960 peacekeepers").is_err());
        assert!(count_after("", "960 peacekeepers").is_ok());
        // (after a month's name the two are two numbers)
        assert!(count_after("On June 3 ", "500 troops").is_ok());
    }

    /// What `count_after` reads: the text, value, aside, change and range end.
    fn read(before: &str, input: &str) -> Option<(String, CountExpr)> {
        let (rest, e) = count_after(before, input).ok()?;
        let Expr::Count(c) = e else { unreachable!() };
        Some((input[..input.len() - rest.len()].to_string(), c))
    }

    /// A full stop after a currency code ends the sentence, except after
    /// "Rs": regression for a fuzz input ("US. 1:y]esterday…") whose count
    /// ran past the reach a deferred scan had read for it.
    #[test]
    fn a_full_stop_after_a_currency_code_ends_its_sentence() {
        assert_eq!(
            read("a fine of ", "Rs. 500 was").map(|r| r.0).as_deref(),
            Some("Rs. 500")
        );
        assert_eq!(
            read("", "USD 500 was").map(|r| r.0).as_deref(),
            Some("USD 500")
        );
        for input in ["US. 1 million people", "USD. 500 people"] {
            assert!(
                read("in the ", input).is_none_or(|(t, _)| !t.contains('.')),
                "{input}"
            );
        }
    }

    #[test]
    fn fractions() {
        use Hedge::*;
        let table: &[(&str, &str, &str, f64, Hedge)] = &[
            (
                "",
                "Nearly two-thirds of the",
                "Nearly two-thirds",
                2.0 / 3.0,
                Nearly,
            ),
            ("", "two thirds of voters", "two thirds", 2.0 / 3.0, Exact),
            ("", "one-third of", "one-third", 1.0 / 3.0, Exact),
            ("", "A third of the people", "A third", 1.0 / 3.0, Exact),
            ("", "a quarter of the", "a quarter", 0.25, Exact),
            ("", "an eighth of it", "an eighth", 0.125, Exact),
            ("", "three quarters of", "three quarters", 0.75, Exact),
            (
                "",
                "about three-fifths of",
                "about three-fifths",
                0.6,
                About,
            ),
            (
                "",
                "One out of three Germans",
                "One out of three",
                1.0 / 3.0,
                Exact,
            ),
            ("", "one in five adults", "one in five", 0.2, Exact),
            ("", "1 in 4 people", "1 in 4", 0.25, Exact),
            ("is ", "1/16 of a pint", "1/16", 0.0625, Exact),
            (
                ", ",
                "1\u{2044}32 of a quart",
                "1\u{2044}32",
                1.0 / 32.0,
                Exact,
            ),
        ];
        for &(before, input, text, value, hedge) in table {
            let (t, c) = read(before, input).unwrap_or_else(|| panic!("{input:?}"));
            assert_eq!((t.as_str(), c.hedge), (text, hedge), "{input:?}");
            assert!((c.value - value).abs() < 1e-12, "{input:?}: {}", c.value);
            assert_eq!(c.aside, Some(Aside::Fraction), "{input:?}");
            // a proportion is no count a fact could state
            let e = Expr::Count(c);
            assert!(crate::resolve::resolve(&e, None, crate::text::Tense::Unknown).is_none());
        }
        for (before, input) in [
            ("unless a ", "third-party evaluation"),
            ("for a ", "third term"),
            ("on ", "4/22 at"),
            ("since ", "9/11 the"),
            ("", "two in three weeks"),
            ("won ", "3 in 2020"),
            ("the ", "two halves of"),
            ("in ", "one third-party"),
        ] {
            let aside = read(before, input).and_then(|(_, c)| c.aside);
            assert_ne!(aside, Some(Aside::Fraction), "{before:?} {input:?}");
        }
    }

    #[test]
    fn one_before_a_noun() {
        for (before, input) in [
            ("", "One proposal asks"),
            ("guilty to ", "one count of fraud"),
            ("remains ", "one of the best"),
            ("in just ", "one area."),
            ("She put ", "one hand behind"),
            ("", "One US fluid ounce"),
        ] {
            let (t, c) = read(before, input).unwrap_or_else(|| panic!("{input:?}"));
            assert_eq!(
                (t.len(), c.value, c.aside),
                (3, 1.0, Some(Aside::One)),
                "{input:?}"
            );
            let e = Expr::Count(c);
            assert!(crate::resolve::resolve(&e, None, crate::text::Tense::Unknown).is_none());
        }
        for (before, input) in [
            ("for each ", "one they lose"),
            ("using the same ", "one across"),
            ("told BBC ", "One."),
            ("a sighting of ", "one that was"),
            ("", "one could argue"),
            ("a ", "one-off payment"),
            ("no ", "one knows"),
            ("", "one."),
        ] {
            assert!(read(before, input).is_none(), "{before:?} {input:?}");
        }
        // in a range, "one" is a count like any other
        assert_eq!(count_range("", "one or two people"), Some((1.0, 2.0)));
    }

    #[test]
    fn compound_adjectives() {
        for (before, input, text, value) in [
            ("the ", "6.1-inch display", "6.1", 6.1),
            ("a ", "5-mpg boost", "5", 5.0),
            ("from ", "three-point range", "three", 3.0),
            ("and ", "six-cylinder engines", "six", 6.0),
            ("an ", "18,000-TEU ship", "18,000", 18000.0),
        ] {
            let (t, c) = read(before, input).unwrap_or_else(|| panic!("{input:?}"));
            assert_eq!((t.as_str(), c.value), (text, value), "{input:?}");
            assert_eq!(c.aside, Some(Aside::Compound), "{input:?}");
        }
        for input in ["53-year-old", "five-year-old", "one-off", "3-D", "10-fold"] {
            assert!(read("a ", input).is_none(), "{input:?}");
        }
    }

    #[test]
    fn changes() {
        use Change::*;
        for (before, input, text, change) in [
            ("Nvidia advanced ", "8%, Qualcomm", "8%", Some(Up)),
            ("Ross were down ", "2.3%.", "2.3%", Some(Down)),
            ("DAX increased by ", "2 percent", "2 percent", Some(Up)),
            ("Tesla shares are up ", "nearly 57%", "nearly 57%", Some(Up)),
            ("after plummeting ", "65% in", "65%", Some(Down)),
            ("Dow +", "0.2% S&P", "0.2%", Some(Up)),
            // a signed percentage: "-1.3%" a fall
            ("In Europe: Stoxx 50 -", "1.3% FTSE", "1.3%", Some(Down)),
            ("The temperature was -", "5 degrees", "5", None),
            ("a defense that gave up ", "517 yards", "517", None),
            // a verb's "up" that lifts or gathers is no rise (blind round 80)
            ("divers brought up ", "89 per cent of", "89 per cent", None),
            ("the dredges pulled up ", "40% of it", "40%", None),
            (
                "Horsepower jumped ",
                "from 240 to 273,",
                "from 240 to 273",
                None,
            ),
            ("shares fell to ", "340p", "340", None),
            ("Sales rose ", "3 per cent", "3 per cent", Some(Up)),
        ] {
            let (t, c) = read(before, input).unwrap_or_else(|| panic!("{input:?}"));
            assert_eq!(
                (t.as_str(), c.change),
                (text, change),
                "{before:?} {input:?}"
            );
        }
        // hedges said before the number
        for (before, input, hedge) in [
            ("He has averaged ", "7.3 points", Hedge::About),
            ("with an average of ", "5 goals", Hedge::About),
            (
                "chipmakers produce sub-",
                "7 nanometer chips",
                Hedge::AtMost,
            ),
            ("a substitute ", "7 times", Hedge::Exact),
        ] {
            let (_, c) = read(before, input).unwrap_or_else(|| panic!("{input:?}"));
            assert_eq!(c.hedge, hedge, "{before:?} {input:?}");
        }
        // a conversion in brackets restates the amount before it
        for (before, input, hedge, change) in [
            (
                "with more than 7.5 million Danish crowns (US $",
                "1.1 million)",
                Hedge::AtLeast,
                None,
            ),
            (
                "dropped by 1 to 1.5 degrees Celsius (",
                "1.8 to 2.7 F)",
                Hedge::Exact,
                Some(Down),
            ),
            (
                "just under 296 hp (",
                "224 kW / 300 PS)",
                Hedge::AtMost,
                None,
            ),
            (
                "just under 296 hp (224 kW / ",
                "300 PS)",
                Hedge::AtMost,
                None,
            ),
            ("a report (", "12 pages)", Hedge::Exact, None),
            // a slash restates only inside brackets
            ("nearly 3/", "4 of them", Hedge::Exact, None),
            ("(nearly 3/", "4 of them", Hedge::Nearly, None),
            (
                "nearly 300 people in 2019 (",
                "12 pages)",
                Hedge::Exact,
                None,
            ),
        ] {
            let (_, c) = read(before, input).unwrap_or_else(|| panic!("{input:?}"));
            assert_eq!((c.hedge, c.change), (hedge, change), "{before:?} {input:?}");
        }
        // brackets in brackets take no time to read
        let deep = "about 300 (".repeat(2000);
        let t = std::time::Instant::now();
        assert!(read(&deep, "42 km)").is_some());
        assert!(
            t.elapsed() < std::time::Duration::from_secs(1),
            "{:?}",
            t.elapsed()
        );
        // a change, then the level it reached: not a range
        let (t, c) = read("having increased by $", "43.6 billion to $419.2 billion").unwrap();
        assert_eq!(
            (t.as_str(), c.to, c.change),
            ("43.6 billion", None, Some(Up))
        );
        // a range of changes
        let (t, c) = read("temperatures dropped by ", "1 to 1.5 degrees").unwrap();
        assert_eq!(
            (t.as_str(), c.to, c.change),
            ("1 to 1.5", Some(1.5), Some(Down))
        );
    }

    #[test]
    fn words_dozens_and_mixed_numbers() {
        use Hedge::*;
        check(&[
            (
                "",
                "half a dozen eggs",
                "half a dozen",
                6.0,
                1.0,
                Exact,
                false,
            ),
            ("", "three dozens", "three dozens", 36.0, 12.0, Exact, false),
            (
                "",
                "one and a half",
                "one and a half",
                1.5,
                0.5,
                Exact,
                false,
            ),
            (
                "",
                "five and a quarter",
                "five and a quarter",
                5.25,
                0.25,
                Exact,
                false,
            ),
            ("is ", "minus one", "minus one", -1.0, 1.0, Exact, false),
            (
                "at ",
                "negative 5 degrees",
                "negative 5",
                -5.0,
                1.0,
                Exact,
                false,
            ),
            (
                "",
                "two or three people",
                "two or three",
                2.0,
                1.0,
                Exact,
                false,
            ),
        ]);
        // a part of a scale word is said to a quarter of it
        check(&[
            (
                "",
                "half a million people",
                "half a million",
                5e5,
                2.5e5,
                Exact,
                false,
            ),
            (
                "",
                "Half million eggs",
                "Half million",
                5e5,
                2.5e5,
                Exact,
                false,
            ),
            (
                "",
                "a quarter of a million",
                "a quarter of a million",
                2.5e5,
                2.5e5,
                Exact,
                false,
            ),
            (
                "",
                "nearly a quarter million",
                "nearly a quarter million",
                2.5e5,
                2.5e5,
                Nearly,
                false,
            ),
            (
                "",
                "five and a half million fish",
                "five and a half million",
                5.5e6,
                5e5,
                Exact,
                false,
            ),
            (
                "",
                "one million and a half",
                "one million and a half",
                1.5e6,
                5e5,
                Exact,
                false,
            ),
            (
                "",
                "3 million and a quarter",
                "3 million and a quarter",
                3.25e6,
                2.5e5,
                Exact,
                false,
            ),
            (
                "",
                "two million and one half",
                "two million and one half",
                2.5e6,
                5e5,
                Exact,
                false,
            ),
            (
                "",
                "five billion and three quarters",
                "five billion and three quarters",
                5.75e9,
                2.5e8,
                Exact,
                false,
            ),
            (
                "",
                "one billion and a half million",
                "one billion and a half million",
                1.0005e9,
                5e5,
                Exact,
                false,
            ),
            (
                "",
                "one hundred and three quarters",
                "one hundred and three quarters",
                100.75,
                0.25,
                Exact,
                false,
            ),
            (
                "",
                "two thirds of a million",
                "two thirds of a million",
                2e6 / 3.0,
                2e6 / 3.0,
                Exact,
                false,
            ),
            (
                "",
                "two thousand and two hundred",
                "two thousand and two hundred",
                2200.0,
                1.0,
                Exact,
                false,
            ),
            ("", "13 lakh people", "13 lakh", 13e5, 1e5, Exact, false),
            (
                "Rs ",
                "3 lakh crore",
                "3 lakh crore",
                3e12,
                1e12,
                Exact,
                false,
            ),
            ("", "3 dozen eggs", "3 dozen", 36.0, 12.0, Exact, false),
            ("", "10 tln", "10 tln", 1e13, 1e13, Exact, false),
            (
                "",
                "3 hundred and 21 yuan",
                "3 hundred and 21",
                321.0,
                1.0,
                Exact,
                false,
            ),
            (
                "",
                "4 thousand 3 hundred and 21 is",
                "4 thousand 3 hundred and 21",
                4321.0,
                1.0,
                Exact,
                false,
            ),
            (
                "",
                "4 thousand 3 hundred and 0",
                "4 thousand 3 hundred",
                4300.0,
                100.0,
                Exact,
                false,
            ),
            (
                "",
                "6 crore and two hundred",
                "6 crore and two hundred",
                60_000_200.0,
                100.0,
                Exact,
                false,
            ),
            // after a million or more, "and" and digits begin another
            // number
            (
                "$",
                "10bn and 18 segments",
                "10bn",
                1e10,
                1e10,
                Exact,
                false,
            ),
            (
                "",
                "10 million and 5 people",
                "10 million",
                1e7,
                1e7,
                Exact,
                false,
            ),
            (
                "",
                "2 million and 3 million",
                "2 million",
                2e6,
                1e6,
                Exact,
                false,
            ),
            ("", "5 million 20% of", "5 million", 5e6, 1e6, Exact, false),
            ("", "2 million 3 years", "2 million", 2e6, 1e6, Exact, false),
        ]);
        // "tested negative" is a result, not a sign
        assert!(read("she tested ", "negative 3 times").is_none());
        // not "four years": three or four
        assert_eq!(count_range("", "three or four years"), Some((3.0, 4.0)));
        assert_eq!(count_range("", "2 or 20 people"), None);
    }

    #[test]
    fn spoken_decimals() {
        use Hedge::*;
        check(&[
            (
                "a ",
                "one point six billion dollar",
                "one point six billion",
                1.6e9,
                1e8,
                Exact,
                false,
            ),
            (
                "",
                "two hundred point zero three",
                "two hundred point zero three",
                200.03,
                0.01,
                Exact,
                false,
            ),
            (
                "",
                "two hundred point seventy-one",
                "two hundred point seventy-one",
                200.71,
                0.01,
                Exact,
                false,
            ),
            (
                "",
                "nine point nought four",
                "nine point nought four",
                9.04,
                0.01,
                Exact,
                false,
            ),
            (
                "",
                "nought point five",
                "nought point five",
                0.5,
                0.1,
                Exact,
                false,
            ),
            (
                "is ",
                "minus five point five",
                "minus five point five",
                -5.5,
                0.1,
                Exact,
                false,
            ),
        ]);
        // "at one point" has no decimals; "all for naught" is no number
        assert_eq!(
            read("At ", "one point, when").map(|(_, c)| c.value),
            Some(1.0)
        );
        assert!(read("all for ", "naught.").is_none());
        // a label before "one"
        assert!(read("Pan Am flight ", "one oh three").is_none());
    }

    #[test]
    fn scientific_notation() {
        use Hedge::*;
        check(&[
            ("", "1.3x10^6 cells", "1.3x10^6", 1.3e6, 1e5, Exact, false),
            (
                "approximately ",
                "1.99\u{d7}10\u{2212}30 kg",
                "1.99\u{d7}10\u{2212}30",
                1.99e-30,
                1e-32,
                Exact,
                false,
            ),
            ("", "6.23x10^-4", "6.23x10^-4", 6.23e-4, 1e-6, Exact, false),
            ("", "1.3e6 people", "1.3e6", 1.3e6, 1e5, Exact, false),
            ("", "12.32e+14", "12.32e+14", 12.32e14, 1e12, Exact, false),
        ]);
        // not an exponent: "10x10" grids, "3e" and a word
        assert!(read("", "10x100 grid").is_none_or(|(t, _)| t == "10"));
        assert!(read("", "3e5x grid").is_none_or(|(_, c)| c.value == 3.0));
    }

    #[test]
    fn not_counts() {
        for s in ["53-year-old", "3rd", "thousand", "someone"] {
            assert!(count(s).is_err(), "{s:?} is not a count");
        }
    }
}
