//! Counts: numbers in digits or words, with their hedges.
//!
//! "nearly 2,000", "two thousand", "more than 100,000", "some 3,000", "1.1
//! million", "25.4 percent". Ages ("53-year-old") and ordinals are not counts.

use super::lex::*;
use super::temporal::hedge;
use super::{CountExpr, Expr, Hedge};
use nom::{Parser, branch::alt, combinator::opt};

/// A count at the start of `i`.
pub fn count(i: &str) -> Res<'_, Expr> {
    let (r, h) = opt(hedge).parse(i)?;
    let (r, (value, precision)) = alt((scaled, number_words)).parse(r)?;
    // "one" is an article or a pronoun far more often than a count
    if value == 1.0 && !i.as_bytes()[0].is_ascii_digit() && h.is_none() {
        return fail(i);
    }
    // ages and compound adjectives ("53-year-old", "five-member") are not counts
    if let Ok((after, ())) = hyphen(r)
        && after.starts_with(|c: char| c.is_alphabetic())
    {
        return fail(i);
    }
    let (r, percent) = match percent_sign(r) {
        Ok((r2, ())) => (r2, true),
        Err(_) => (r, false),
    };
    Ok((
        r,
        Expr::Count(CountExpr {
            value,
            precision,
            hedge: h.unwrap_or(Hedge::Exact),
            percent,
        }),
    ))
}

/// "%", " percent", " per cent".
fn percent_sign(i: &str) -> Res<'_, ()> {
    if let Some(r) = i.strip_prefix('%') {
        return Ok((r, ()));
    }
    let (r, _) = sp(i)?;
    alt((phrase(&["percent"]), phrase(&["per", "cent"]))).parse(r)
}

#[cfg(test)]
mod tests {
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
    fn not_counts() {
        for s in ["53-year-old", "3rd", "thousand", "someone"] {
            assert!(count(s).is_err(), "{s:?} is not a count");
        }
    }
}
