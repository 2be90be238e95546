//! `acronym-mismatch`: an acronym in brackets that does not fit its name.
//!
//! ## What it does
//! For "Name of Organisation (ACRONYM)", checks that the acronym's capitals
//! can be read, in order, off the initials of the name's words, starting with
//! its first word. Small words ("of", "for", "and", "the") may be skipped, and
//! hyphenated words give an initial per part: "Organization for Security and
//! Co-operation in Europe (OSCE)" fits, as do the halves of a point of the
//! compass written as one word ("Association of Southeast Asian Nations
//! (ASEAN)"). Any tail of the capitalised words
//! before the bracket may be the name ("Moscow-led Collective Security Treaty
//! Organization (CSTO)"), and a name may run on across its commas
//! ("Department for Levelling Up, Housing and Communities (DLUHC)"). A
//! name listed in the rules must carry the acronym
//! the rules give it ("International Criminal Court (ICJ)" confuses two);
//! where several listed names end before the bracket, any of them may
//! ("National Transportation Safety Board (NTSB)" is that board, though
//! "Transportation Safety Board" is Canada's, TSB), and the longest is
//! the one reported; where only a shorter one is listed and the bracket
//! gives exactly the initials of the longer run of capitals, the bracket
//! names that other body, and nothing is reported; a listed name with a word in lower case
//! ("Medicines and Healthcare products Regulatory Agency (MHRA)") is read
//! whole, not from its last capitals. An
//! acronym the rules give an organisation, after words they do not know as a
//! name, names that organisation ("in South Africa (AFP)"), and a bracket
//! followed by a dash, on a line that a few words, a place in capitals or a
//! date open, is a dateline's credit ("UNITED NATIONS (AP) _"): both
//! are left alone. Generic: it works for any name, listed or not. An
//! acronym whose first letter and at least half of whose letters fit gets
//! advice, not a warning: it may come from the name in another language; so
//! does one whose letters all stand in the name in order, an abbreviation or
//! a ticker ("Tesla Motors (TSLA)"); and so does one after a name the rules
//! do not list that is no slip of its initials (a letter changed, added or
//! dropped, two side by side swapped) and no listed body's acronym: far
//! from the name, it is more likely the name's in its own language ("the
//! Disaster and Emergency Management Authority (AFAD)", Turkey's) than a
//! mistake. A name begins after the bracket that
//! closes an earlier one ("the World Health Organization (WHO) and the UN
//! Children's Fund (UNICEF)").
//!
//! ## Why
//! A wrong acronym is a typo the eye reads past, and a reader who searches for
//! it finds something else.
//!
//! ## Example
//! ```text
//! Yerevan joined the International Criminal Court (PPI).
//!                                                  ^^^ International Criminal Court is ICC
//! ```

use super::{Check, DocContext, Finding, Severity};
use crate::extract::lex;

pub struct AcronymMismatch;

/// Small words a name's acronym skips, in English and in the languages
/// whose names news copy keeps ("Corporación Nacional del Cobre",
/// "Organisation für Sicherheit und Zusammenarbeit in Europa"; "Banca
/// d'Italia" aside: an elided article is part of its word).
const SMALL: [&str; 44] = [
    "of", "for", "and", "the", "in", "on", "to", "at", "de", "la", "du", "des", "der", "und", "&",
    "a", "del", "della", "di", "da", "do", "dos", "das", "y", "et", "von", "van", "e", "el", "le",
    "les", "il", "per", "dei", "delle", "degli", "al", "für", "zur", "zum", "den", "dem", "pour",
    // (Russian written in Latin letters: "Organizatsiya Dogovora o
    // Kollektivnoy Bezopasnosti (ODKB)")
    "o",
];

/// Head words of the names of organisations: a name that holds one
/// names a body of its own, whatever acronym follows it.
const BODIES: [&str; 26] = [
    "Organization",
    "Organisation",
    "Agency",
    "Commission",
    "Council",
    "Committee",
    "Fund",
    "Programme",
    "Program",
    "Bank",
    "Office",
    "Authority",
    "Institute",
    "Association",
    "Federation",
    "Union",
    "Board",
    "Court",
    "Ministry",
    "Department",
    "Bureau",
    "Foundation",
    "Society",
    "Corporation",
    "League",
    "Tribunal",
];

/// Whether a name read before a bracket holds a word of [`BODIES`].
fn names_a_body(name: &[&str]) -> bool {
    name.iter().any(|w| BODIES.contains(w))
}

fn is_small(w: &str) -> bool {
    SMALL.iter().any(|s| w.eq_ignore_ascii_case(s))
}

/// A word past an elided article or preposition ("l'Aviation",
/// "d'Italia", with a straight or a curly apostrophe): the word the elision
/// joins is the one a name capitalises and an acronym takes its initial
/// from.
fn elided(w: &str) -> &str {
    // most words have no apostrophe second: one byte says so
    if !matches!(w.as_bytes().get(1), Some(b'\'' | 0xe2)) {
        return w;
    }
    let mut chars = w.chars();
    match (chars.next(), chars.next()) {
        (Some('l' | 'L' | 'd' | 'D'), Some('\'' | '’'))
            if chars.clone().next().is_some_and(char::is_alphabetic) =>
        {
            chars.as_str()
        }
        _ => w,
    }
}

fn capitalised(w: &str) -> bool {
    elided(w).chars().next().is_some_and(char::is_uppercase)
}

/// The upper-case initial of every part of every word: "Co-operation" gives
/// C and O, "U.S." gives U and S, "d'Italia" D and I (an acronym may take
/// an elided word's letter or leave it, as it may a small word's).
fn part_initials(words: &[&str]) -> Vec<char> {
    words
        .iter()
        .flat_map(|w| w.split(['-', '‑', '/', '.', '\'', '’']))
        .flat_map(compass_parts)
        .filter_map(|p| p.chars().find(|c| c.is_alphanumeric()))
        .flat_map(char::to_uppercase)
        .collect()
}

/// A point of the compass written as one word, in its two parts
/// ("Southeast" is "South" and "east": the Association of Southeast Asian
/// Nations is ASEAN); any other word whole.
fn compass_parts(w: &str) -> impl Iterator<Item = &str> {
    let split = ["north", "south"].iter().find_map(|half| {
        let rest = w.get(half.len()..)?;
        (w[..half.len()].eq_ignore_ascii_case(half)
            && ["east", "west"]
                .iter()
                .any(|q| rest.eq_ignore_ascii_case(q)))
        .then_some(half.len())
    });
    match split {
        Some(k) => [Some(&w[..k]), Some(&w[k..])].into_iter().flatten(),
        None => [Some(w), None].into_iter().flatten(),
    }
}

/// Whether `letters` (upper-case) can be read off the initials of `words`'
/// parts in order, the first letter from the first word.
pub fn fits(letters: &[char], words: &[&str]) -> bool {
    let initials = part_initials(words);
    let first = words
        .first()
        .and_then(|w| w.chars().next())
        .map(|c| c.to_uppercase().next());
    if letters.is_empty() || first.flatten() != Some(letters[0]) {
        return false;
    }
    let mut it = initials.iter();
    letters.iter().all(|l| it.any(|c| c == l))
}

/// Whether the first letter fits and at least half of the letters can be
/// read off the initials in order.
pub fn half_fits(letters: &[char], words: &[&str]) -> bool {
    if letters.is_empty() || !fits(&letters[..1], words) {
        return false;
    }
    let initials = part_initials(words);
    // greedy, in order: a letter that is not found is skipped
    let (mut pos, mut matched) = (0, 0);
    for l in letters {
        if let Some(k) = initials[pos..].iter().position(|c| c == l) {
            matched += 1;
            pos += k + 1;
        }
    }
    2 * matched >= letters.len()
}

/// The initials of the words of a name that are not small words, in
/// capitals (after an elided article: "Aviation" of "l'Aviation").
fn named_initials(words: &[&str]) -> Vec<char> {
    words
        .iter()
        .filter(|w| !is_small(w))
        .filter_map(|w| elided(w).chars().next())
        .filter_map(|c| c.to_uppercase().next())
        .collect()
}

/// Whether `letters` (upper-case) are the initials of `words` with the
/// last word's put first, as the name is said in the other order, with
/// the small words that order adds ("Justice Department (DOJ)": the
/// Department of Justice; "the Homeland Security Department (DHS)"):
/// the first letter is the last word's initial, every initial of a word of
/// the name is one of the letters, and any letters left over are those of
/// "of", "for", "and" or "the".
pub fn reordered(letters: &[char], words: &[&str]) -> bool {
    let named = named_initials(words);
    if named.len() < 2 || named.last() != letters.first() {
        return false;
    }
    let mut left = letters.to_vec();
    for c in named {
        match left.iter().position(|&l| l == c) {
            Some(k) => {
                left.remove(k);
            }
            None => return false,
        }
    }
    left.iter().all(|l| matches!(l, 'O' | 'F' | 'A' | 'T'))
}

/// Whether `letters` (upper-case) can be read, in order, off the letters of
/// `words` (not only their initials), the first from the first word's
/// initial: an abbreviation or a ticker ("Tesla Motors (TSLA)"), not an
/// acronym, and no error.
pub fn abbreviates(letters: &[char], words: &[&str]) -> bool {
    if letters.is_empty() || !fits(&letters[..1], words) {
        return false;
    }
    let mut all = words
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase);
    letters.iter().all(|l| all.any(|c| c == *l))
}

/// Whether `letters` (upper-case) are a slip of the initials of `words`
/// (two words or more, small words left out): one letter changed, added,
/// dropped, or two side by side swapped ("ICJ" or "CIC" for the
/// International Criminal Court).
pub fn slip_of(letters: &[char], words: &[&str]) -> bool {
    let named = named_initials(words);
    if named.len() < 2 || letters.len() < 2 {
        return false;
    }
    let (a, b) = (letters, named.as_slice());
    // the common start and end, then at most one edit between them
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (ra, rb) = (&a[head..a.len() - tail], &b[head..b.len() - tail]);
    match (ra.len(), rb.len()) {
        (0, 0) | (1, 1) | (1, 0) | (0, 1) => true,
        (2, 2) => ra[0] == rb[1] && ra[1] == rb[0],
        _ => false,
    }
}

/// The acronym a name's initials give ("International Criminal Court" → ICC).
pub fn initials(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !is_small(w))
        .flat_map(|w| w.split(['-', '‑']))
        .filter(|p| capitalised(p))
        .filter_map(|p| elided(p).chars().next())
        .collect()
}

/// Where the last `n` words of `s` (as `split_whitespace` splits it) begin:
/// after the whitespace before the `n`th word from the end, or 0 when `s`
/// has fewer.
fn start_of_last_words(s: &str, n: usize) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for (k, c) in s.char_indices().rev() {
        if c.is_whitespace() {
            if in_word {
                words += 1;
                if words == n {
                    return k + c.len_utf8();
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    0
}

/// The acronym inside `(…)` starting at byte `open`, if it looks like one:
/// 2–10 letters or digits with at least two capitals.
fn acronym_at(text: &str, open: usize) -> Option<(usize, &str)> {
    let inner = &text[open + 1..];
    // (an acronym has at most ten bytes: the closing bracket is looked for
    // no further, or "((((…" would be read to its end from each bracket)
    let close = memchr::memchr(b')', &inner.as_bytes()[..inner.len().min(11)])?;
    let a = &inner[..close];
    let caps = a.chars().filter(|c| c.is_uppercase()).count();
    (caps >= 2 && a.len() <= 10 && a.chars().all(char::is_alphanumeric)).then_some((open + 1, a))
}

/// Whether a name of the rules and the words read before a bracket (joined
/// by single spaces, without their commas) are the same words, ASCII case
/// folded: "Philippine Atmospheric, Geophysical and Astronomical Services
/// Administration" is written with its comma in the rules.
fn same_words(name: &str, read: &str) -> bool {
    if !name.contains(',') {
        return name.eq_ignore_ascii_case(read);
    }
    let mut read = read.split(' ');
    name.split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .all(|w| read.next().is_some_and(|r| r.eq_ignore_ascii_case(w)))
        && read.next().is_none()
}

/// Whether `before` (the text up to a bracket) ends with the words of the
/// listed name `name`, whatever their case, with spaces (or a line break)
/// between them.
fn ends_with_name(before: &str, name: &str) -> bool {
    let mut read = before.split_whitespace().rev();
    name.split_whitespace()
        .rev()
        .all(|w| read.next().is_some_and(|r| r.eq_ignore_ascii_case(w)))
}

impl Check for AcronymMismatch {
    fn code(&self) -> &'static str {
        "acronym-mismatch"
    }

    fn severity(&self) -> Severity {
        Severity::Warning
    }

    fn summary(&self) -> &'static str {
        "an acronym in brackets that does not fit its name (\"International Criminal Court (PPI)\")"
    }

    fn check_document(&self, cx: &DocContext<'_>, out: &mut Vec<Finding>) {
        let text = cx.doc.scan();
        for open in memchr::memchr_iter(b'(', text.as_bytes()) {
            let Some((at, acronym)) = acronym_at(text, open) else {
                continue;
            };
            // the words before the bracket, back to the first that cannot be
            // part of a name
            let before = text[..open].trim_end();
            // after the last punctuation mark (which may be a curly quote,
            // three bytes long)
            // ("U.S. Agency for …": a full stop after a capital is an
            // abbreviation, not the end of a sentence)
            // (a line break ends it only as part of a blank line: a name
            // may be wrapped, "the International Atomic Energy\nAgency")
            let ends_name = |k: usize, c: char| match c {
                '.' => !before[..k]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_uppercase),
                '\n' => {
                    let blank = [' ', '\t', '\r'];
                    before[..k].trim_end_matches(blank).ends_with('\n')
                        || before[k + 1..].trim_start_matches(blank).starts_with('\n')
                }
                _ => matches!(c, ',' | ';' | ':' | '(' | ')' | '"' | '“'),
            };
            // a name has at most twelve words: the mark is looked for among
            // the last thirteen only, so that a long line of brackets is not
            // read back to its start from each
            let window = start_of_last_words(before, 13);
            // the mark before byte `end` that ends a name there, and where
            // the words after it begin
            let mark_before = |end: usize| {
                before[window..end]
                    .char_indices()
                    .rev()
                    .find(|&(k, c)| ends_name(window + k, c))
                    .map(|(k, c)| (window + k, c))
            };
            // the run of capitalised and small words that ends at `end`
            // and begins after `from` (at most `most` words)
            let run = |from: usize, end: usize, most: usize| -> Vec<&str> {
                let words: Vec<&str> = before[from..end].split_whitespace().collect();
                let mut start = words.len();
                while start > 0 && words.len() - start < most {
                    let w =
                        words[start - 1].trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                    if capitalised(w) || is_small(w) {
                        start -= 1;
                    } else {
                        break;
                    }
                }
                words[start..]
                    .iter()
                    .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
                    .collect()
            };
            let mut mark = mark_before(before.len());
            let line_start = mark.map_or(window, |(k, c)| k + c.len_utf8());
            let name: Vec<&str> = run(line_start, before.len(), 12)
                .into_iter()
                .skip_while(|w| is_small(w))
                .collect();
            if name.iter().filter(|w| capitalised(w)).count() < 2 {
                continue;
            }
            // a name may hold commas ("Ministry of Housing, Communities and
            // Local Government", "Department for Levelling Up, Housing and
            // Communities"): the names that run on across them, where the
            // words up to each comma are a name's too, are read as well
            let mut names = vec![name.clone()];
            let mut longer = name.clone();
            while let Some((comma, ',')) = mark
                && longer.len() < 12
            {
                mark = mark_before(comma);
                let from = mark.map_or(window, |(k, c)| k + c.len_utf8());
                // the words back to the mark before, as far as they run,
                // ending in a capitalised word
                let more = run(from, comma, 12 - longer.len());
                if !more.last().is_some_and(|w| capitalised(w)) {
                    break;
                }
                let whole = more.len() == before[from..comma].split_whitespace().count();
                longer = more
                    .into_iter()
                    .chain(longer)
                    .skip_while(|w| is_small(w))
                    .collect();
                names.push(longer.clone());
                if !whole {
                    // the run stopped at a word that is no name's
                    break;
                }
            }
            let letters: Vec<char> = acronym.chars().filter(|c| c.is_uppercase()).collect();
            // "UNITED NATIONS (AP) _ The council …": a dateline's credit,
            // which opens its line with a few words, a place in capitals
            // or a date (not "a board of engineers appointed by the
            // Federal Works Agency (PWA) — Othmar Ammann, …")
            let after = text[at + acronym.len() + 1..].trim_start_matches([' ', '\u{a0}']);
            let line = &text[text[..open].rfind('\n').map_or(0, |k| k + 1)..open];
            let dateline = line.split_whitespace().count() <= 4
                || line.chars().any(|c| c.is_ascii_digit())
                || line.split_whitespace().any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphabetic());
                    w.chars().count() >= 3 && !w.chars().any(char::is_lowercase)
                });
            if dateline && after.starts_with(|c: char| c == '_' || lex::is_dash(c)) {
                continue;
            }
            // a name in the rules must carry its own acronym
            // (each way the name may begin, joined once, not once a rule;
            // a curly apostrophe is the rules' straight one)
            let tails: Vec<String> = names
                .iter()
                .flat_map(|name| (0..name.len()).map(|k| name[k..].join(" ")))
                .map(|t| {
                    if t.contains('’') {
                        t.replace('’', "'")
                    } else {
                        t
                    }
                })
                .collect();
            // the names the rules know that end there, the longest first:
            // "National Transportation Safety Board (NTSB)" is that board,
            // though "Transportation Safety Board" is Canada's
            let mut listed: Vec<&crate::rules::Name> = tails
                .iter()
                .flat_map(|tail| {
                    cx.rules.names.iter().filter(move |n| {
                        std::iter::once(&n.name)
                            .chain(&n.variants)
                            .any(|v| same_words(v, tail))
                    })
                })
                .collect();
            // and a listed name with a word in lower case, which ends the
            // run of capitals: "Medicines and Healthcare products
            // Regulatory Agency (MHRA)"
            if listed.is_empty() {
                listed.extend(cx.rules.names.iter().filter(|n| {
                    std::iter::once(&n.name)
                        .chain(&n.variants)
                        .any(|v| ends_with_name(before, v))
                }));
            }
            if listed.iter().any(|n| {
                n.acronym
                    .as_deref()
                    .is_some_and(|a| a.eq_ignore_ascii_case(acronym))
            }) {
                continue;
            }
            // a listed name that ends a longer name whose initials the
            // bracket gives is part of that other body's name: "National
            // Transportation Safety Board (NTSB)" is no "Transportation
            // Safety Board" of Canada's
            let matched = |t: &[&str]| {
                let t = t.join(" ").replace('’', "'");
                listed.iter().any(|n| {
                    std::iter::once(&n.name)
                        .chain(&n.variants)
                        .any(|v| same_words(v, &t))
                })
            };
            // (the initials of its words, small words left out, exactly)
            let initials_are = |t: &[&str]| {
                t.iter()
                    .filter(|w| !is_small(w))
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .eq(letters.iter().copied())
            };
            if names.first().is_some_and(|name| {
                (0..name.len())
                    .find(|&k| matched(&name[k..]))
                    .is_some_and(|m| {
                        (0..m).any(|k| capitalised(name[k]) && initials_are(&name[k..]))
                    })
            }) {
                continue;
            }
            let known = listed.first().copied();
            let mut severity = self.severity();
            let expected = match known.and_then(|n| n.acronym.clone()) {
                // "CODELCO" is "Codelco" set in capitals
                Some(a) if !a.eq_ignore_ascii_case(acronym) => a,
                Some(_) => continue,
                // words the rules do not know as a name, and the acronym of
                // one they do: the bracket names that organisation ("said
                // in South Africa (AFP)"), not the words before it; unless
                // those words name an organisation of their own ("The
                // International Organization for Migration (UNHCR)")
                None if !names_a_body(&name)
                    && cx.rules.names.iter().any(|n| {
                        n.acronym
                            .as_deref()
                            .is_some_and(|a| a.eq_ignore_ascii_case(acronym))
                    }) =>
                {
                    continue;
                }
                None => {
                    let tails = || {
                        names.iter().flat_map(|name| {
                            (0..name.len())
                                .filter(|&k| capitalised(name[k]))
                                .map(move |k| &name[k..])
                        })
                    };
                    if tails().any(|t| fits(&letters, t) || reordered(&letters, t)) {
                        continue;
                    }
                    // "Federal Security Service (FSB)": right first letter and
                    // most of the rest, as an acronym from another language
                    // would have; worth a look, not a warning
                    if tails().any(|t| half_fits(&letters, t) || abbreviates(&letters, t)) {
                        severity = Severity::Advice;
                    }
                    // an acronym far from every reading of a name no rule
                    // lists is more likely the name's in its own language
                    // ("Disaster and Emergency Management Authority
                    // (AFAD)", "National Liberation Army (ELN)") than a
                    // slip, which changes a letter or two ("ECC" for ICC),
                    // or another body's that the rules list ("The
                    // International Organization for Migration (UNHCR)"):
                    // advice, not a warning
                    let listed_elsewhere = cx.rules.names.iter().any(|n| {
                        n.acronym
                            .as_deref()
                            .is_some_and(|a| a.eq_ignore_ascii_case(acronym))
                    });
                    if !listed_elsewhere && !tails().any(|t| slip_of(&letters, t)) {
                        severity = Severity::Advice;
                    }
                    initials(&name)
                }
            };
            let full = known.map_or_else(|| name.join(" "), |n| n.name.clone());
            let mut f = Finding::new(
                self.code(),
                severity,
                cx.index,
                at..at + acronym.len(),
                format!("\"{acronym}\" does not fit \"{full}\""),
            );
            f.expected = Some(expected.clone());
            f.found = Some(acronym.to_string());
            f.help = Some(format!("the acronym of {full} is {expected}"));
            out.push(f);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The report on `text`, with the bundled rules.
    fn report_of(text: &str) -> crate::Report {
        let doc = crate::document::Document::new(
            "x.txt",
            text.into(),
            crate::document::Format::Text,
            None,
        );
        crate::check(vec![doc], &crate::rules::bundled())
    }

    /// What the check reports on `text`, as (acronym, severity).
    fn reported(text: &str) -> Vec<(String, Severity)> {
        report_of(text)
            .findings
            .iter()
            .filter(|f| f.code == "acronym-mismatch")
            .map(|f| (f.found.clone().unwrap_or_default(), f.severity))
            .collect()
    }

    /// Regression: "Association of Southeast Asian Nations (ASEAN)" got
    /// advice, its E being inside "Southeast". A point of the compass
    /// written as one word gives an initial for each of its parts.
    #[test]
    fn a_compass_point_in_one_word_gives_two_initials() {
        for text in [
            "Officials of the Association of Southeast Asian Nations (ASEAN) met.",
            "The Northwest Atlantic Fisheries Organization (NAFO) met.",
        ] {
            assert_eq!(reported(text), [], "{text}");
        }
        assert_eq!(
            reported("Officials of the Association of Southeast Asian Nations (ASEM) met."),
            [("ASEM".to_string(), Severity::Advice)]
        );
        assert_eq!(
            compass_parts("Southeast").collect::<Vec<_>>(),
            ["South", "east"]
        );
        assert_eq!(compass_parts("Southern").collect::<Vec<_>>(), ["Southern"]);
    }

    #[test]
    fn a_listed_name_with_a_word_in_lower_case_carries_its_acronym() {
        let rules = crate::rules::load(&[(
            "m.yaml".to_string(),
            "names:\n  - id: org.mhra\n    name: Medicines and Healthcare products Regulatory Agency\n    acronym: MHRA\n"
                .to_string(),
        )])
        .unwrap();
        let found = |text: &str| {
            let doc = crate::document::Document::new(
                "x.txt",
                text.into(),
                crate::document::Format::Text,
                None,
            );
            crate::check(vec![doc], &rules)
                .findings
                .iter()
                .map(|f| f.found.clone().unwrap_or_default())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("The Medicines and Healthcare products Regulatory Agency (MHRA) approved it."),
            Vec::<String>::new()
        );
        assert_eq!(
            found("The Medicines and Healthcare products Regulatory Agency (MRHA) approved it."),
            ["MRHA"]
        );
    }

    #[test]
    fn the_last_words_of_a_text_begin_where_split_whitespace_says() {
        let t = "  one two\u{a0}three \n four  five ";
        let words: Vec<&str> = t.split_whitespace().collect();
        for n in 1..=words.len() {
            let k = start_of_last_words(t.trim_end(), n);
            let tail: Vec<&str> = t.trim_end()[k..].split_whitespace().collect();
            assert_eq!(tail, words[words.len() - n..], "{n}");
        }
        assert_eq!(start_of_last_words(t, 9), 0);
    }

    /// Regression: the name before a bracket is looked for among the words
    /// just before it, and a bracket's acronym no further than ten bytes on
    /// (each was read to the end of the line or the text: quadratic on a
    /// line of brackets).
    #[test]
    fn a_name_is_read_from_the_words_just_before_its_bracket() {
        let long = format!(
            "{}the International Criminal Court (PPI) met.",
            "and so on ".repeat(2_000)
        );
        assert_eq!(reported(&long), [("PPI".to_string(), Severity::Warning)]);
        let brackets = format!("{}International Criminal Court (PPI)", "(".repeat(5_000));
        assert_eq!(
            reported(&brackets),
            [("PPI".to_string(), Severity::Warning)]
        );
        // the bracket closes within ten bytes, or it holds no acronym
        assert_eq!(
            reported("the International Criminal Court (ABCDEFGHIJ)"),
            [("ABCDEFGHIJ".to_string(), Severity::Warning)]
        );
        assert_eq!(
            reported("the International Criminal Court (ABCDEFGHIJK)"),
            []
        );
    }

    #[test]
    fn an_acronym_of_another_known_organisation_is_not_a_mismatch() {
        for t in [
            "NEW YORK (AP) _ Stocks fell.",
            "UNITED NATIONS (AP) — The council met.",
            "JERUSALEM (XYZ)_ Officials said.",
            "South Africa (AFP) said on Monday.",
        ] {
            assert_eq!(reported(t), [], "{t:?}");
        }
        assert_eq!(
            reported("Yerevan joined the International Criminal Court (PPI)."),
            [("PPI".to_string(), Severity::Warning)]
        );
        assert_eq!(
            reported("It joined the International Criminal Court (ICJ)."),
            [("ICJ".to_string(), Severity::Warning)],
            "two known organisations confused"
        );
        // Regression (round 29): an unlisted name of a body, followed by
        // the acronym of a listed one, was read as a credit ("South Africa
        // (AFP)") and went unchecked
        assert_eq!(
            reported("The International Organization for Migration (UNHCR) warned of shortages."),
            [("UNHCR".to_string(), Severity::Warning)]
        );
    }

    /// Regression: "del" ended the name, so "Corporación Nacional del
    /// Cobre (ENAMI)", another state company's acronym, went unchecked.
    #[test]
    fn small_words_of_other_languages_stay_in_the_name() {
        assert_eq!(
            reported("The Corporación Nacional del Petróleo (CNP) said."),
            []
        );
        assert_eq!(
            reported("The Corporación Nacional del Petróleo (DNP) said."),
            [("DNP".to_string(), Severity::Warning)]
        );
        assert_eq!(reported("The Banco de la Nación y del Río (BNR) said."), []);
        // Italian "e", "per", "delle": "Cassa Depositi e Prestiti (CPD)"
        // was read as the name "Prestiti" alone, too short to check
        assert_eq!(reported("The Cassa Depositi e Prestiti (CDP) said."), []);
        assert_eq!(
            reported("The Cassa Depositi e Prestiti (CPD) said."),
            [("CPD".to_string(), Severity::Advice)]
        );
        assert_eq!(
            reported("The Ministero delle Infrastrutture e dei Trasporti (MIT) said."),
            []
        );
        // German "für", Russian in Latin letters "o" (round 79: both
        // ended the name, and "OSZE" and "ODKB" were reported)
        assert_eq!(
            reported("The Organisation für Sicherheit und Zusammenarbeit in Europa (OSZE) said."),
            []
        );
        assert_eq!(
            reported("The Organizatsiya Dogovora o Kollektivnoy Bezopasnosti (ODKB) said."),
            []
        );
        assert_eq!(
            reported("The Organisation für Sicherheit und Zusammenarbeit in Europa (OSCE) said."),
            [("OSCE".to_string(), Severity::Advice)]
        );
    }

    /// Regression: an elided article ("l'Aviation") ended the name, so the
    /// acronym of "Direction Générale de l'Aviation Civile" went unchecked.
    /// The elided letter may be taken or left, as a small word's is.
    #[test]
    fn a_word_after_an_elided_article_stays_in_the_name() {
        for t in [
            "The Direction Générale de l'Aviation Civile (DGAC) said.",
            "The Direction Générale de l’Aviation Civile (DGAC) said.",
            "The Banca d'Italia (BI) said.",
            "The Banca d'Italia (BDI) said.",
        ] {
            assert_eq!(reported(t), [], "{t}");
        }
        assert_eq!(
            reported("The Direction Générale de l'Aviation Civile (EGAC) said."),
            [("EGAC".to_string(), Severity::Warning)]
        );
        assert_eq!(
            initials(&["Direction", "Générale", "de", "l'Aviation", "Civile"]),
            "DGAC"
        );
    }

    /// A name may hold commas: the names that run on across them are read
    /// too, so an acronym that fits the whole name is no mismatch; one that
    /// fits neither the part after the comma nor the whole still is.
    #[test]
    fn a_name_runs_on_across_its_commas() {
        for t in [
            "his department, the Department for Levelling Up, Housing and Communities (DLUHC), said.",
            "the Ministry of Housing, Communities and Local Government (MHCLG) said.",
            "the Department for Digital, Culture, Media and Sport (DCMS) said.",
            "the Department for Environment, Food and Rural Affairs (DEFRA) said.",
        ] {
            assert_eq!(reported(t), [], "{t}");
        }
        for t in [
            "the Department for Levelling Up, Housing and Communities (DHLC) said.",
            "In Manchester, Greater Manchester Combined Authority (GMCC) said.",
        ] {
            assert_eq!(reported(t).len(), 1, "{t}");
        }
        // a word that is no name's ends the run before a comma: "said" is
        // not part of the name
        assert_eq!(
            reported("Officials said, Housing and Communities (SHC) agreed."),
            [("SHC".to_string(), Severity::Warning)]
        );
    }

    #[test]
    fn acronyms_that_fit_and_do_not() {
        let table: &[(&str, &str, bool)] = &[
            (
                "OSCE",
                "Organization for Security and Co-operation in Europe",
                true,
            ),
            (
                "PACE",
                "Parliamentary Assembly of the Council of Europe",
                true,
            ),
            ("ICC", "International Criminal Court", true),
            ("CSTO", "Collective Security Treaty Organization", true),
            ("NATO", "North Atlantic Treaty Organization", true),
            ("PPI", "International Criminal Court", false),
            ("USAID", "U.S. Agency for International Development", true),
            ("ICJ", "International Criminal Court", false),
        ];
        for (a, n, want) in table {
            let letters: Vec<char> = a.chars().collect();
            let words: Vec<&str> = n.split(' ').collect();
            assert_eq!(fits(&letters, &words), *want, "{a} for {n}");
        }
        assert_eq!(initials(&["International", "Criminal", "Court"]), "ICC");
        let half = |a: &str, n: &str| {
            half_fits(
                &a.chars().collect::<Vec<_>>(),
                &n.split(' ').collect::<Vec<_>>(),
            )
        };
        assert!(half("FSB", "Federal Security Service"));
        assert!(!half("PPI", "International Criminal Court"));
        assert!(!half("PKK", "Kurdistan Workers Party"));
        assert!(!half("FXYZ", "Federal Security Service"));
    }

    /// Regression: a name wrapped across lines ended at the line break, and
    /// its acronym was not checked; a blank line still ends it.
    #[test]
    fn a_name_runs_across_a_line_break_but_not_a_blank_line() {
        let found = |t: &str| crate::checks::on_one_sentence("acronym-mismatch", t);
        assert_eq!(
            found("The International Criminal\nCourt (ICJ) met."),
            [("ICJ".to_string(), "ICJ".to_string())]
        );
        assert_eq!(
            found("The International Criminal\r\nCourt (ICJ) met.").len(),
            1
        );
        assert!(found("The International Criminal\nCourt (ICC) met.").is_empty());
        assert!(found("The International Criminal\n\nCourt (ICJ) met.").is_empty());
        assert!(found("The International Criminal\n \r\nCourt (ICJ) met.").is_empty());
    }

    /// Regression: a curly quote before the name was sliced through.
    #[test]
    fn curly_quote_before_the_name_does_not_panic() {
        let rules = crate::rules::bundled();
        let text = "He said “International Criminal Court (ICJ)” yesterday.";
        let doc =
            crate::document::Document::new("x", text.into(), crate::document::Format::Text, None);
        let report = crate::check(vec![doc], &rules);
        assert_eq!(
            report
                .findings
                .iter()
                .filter(|f| f.code == "acronym-mismatch")
                .count(),
            1
        );
        assert_eq!(
            initials(&[
                "Organization",
                "for",
                "Security",
                "and",
                "Co-operation",
                "in",
                "Europe"
            ]),
            "OSCE"
        );
    }

    /// Regression: "the Justice Department (DOJ)", a name said in another
    /// order than its acronym's, was a mismatch.
    #[test]
    fn a_name_in_another_order_keeps_its_acronym() {
        for t in [
            "the Justice Department (DOJ) said.",
            "the Defense Department (DOD) said.",
            "the Energy Department (DOE) said.",
            "the Homeland Security Department (DHS) said.",
        ] {
            assert_eq!(reported(t), [], "{t}");
        }
        for t in [
            "the Justice Department (DOE) said.",
            "the Justice Department (JDX) said.",
            "the Energy Department (DOJ) said.",
            // the first word's initial first: a transposition, not another order
            "the Green Climate Fund (GFC) said.",
        ] {
            assert_eq!(reported(t).len(), 1, "{t}");
        }
    }

    /// Regression (round 88): the acronym of a name in its own language
    /// after its English name ("the Disaster and Emergency Management
    /// Authority (AFAD)", Turkey's) was a warning in every draft. Far from
    /// the initials of a name no rule lists, an acronym gets advice; a
    /// slip of them (a letter changed, added, dropped or two swapped) and
    /// the acronym of a body the rules list stay warnings.
    #[test]
    fn an_acronym_far_from_an_unlisted_names_initials_is_advice() {
        for (t, a) in [
            (
                "the Disaster and Emergency Management Authority (AFAD) said.",
                "AFAD",
            ),
            ("the National Liberation Army (ELN) said.", "ELN"),
            (
                "the German Federal Criminal Police Office (BKA) said.",
                "BKA",
            ),
        ] {
            assert_eq!(reported(t), [(a.to_string(), Severity::Advice)], "{t}");
        }
        for (t, a) in [
            (
                "the Disaster and Emergency Management Authority (FEMA) said.",
                "FEMA",
            ),
            ("the National Liberation Army (MLA) said.", "MLA"),
        ] {
            assert_eq!(reported(t), [(a.to_string(), Severity::Warning)], "{t}");
        }
        let initials = |w: &str| w.chars().collect::<Vec<char>>();
        let name = ["National", "Liberation", "Army"];
        assert!(slip_of(&initials("NLA"), &name));
        assert!(slip_of(&initials("LNA"), &name));
        assert!(slip_of(&initials("NLAF"), &name));
        assert!(!slip_of(&initials("ELN"), &name));
        assert!(!slip_of(&initials("ANL"), &name));
        // a name of one word has no initials to slip from
        assert!(!slip_of(&initials("AB"), &["Army"]));
    }

    /// Regression (round 87): "a board of engineers appointed by the
    /// Federal Works Agency (PWA) — Othmar Ammann, …" was taken for a
    /// dateline's credit, as a bracket before a dash anywhere was. A
    /// credit's line opens with a few words, a place in capitals or a date.
    #[test]
    fn a_bracket_before_a_dash_is_a_credit_only_in_a_dateline() {
        assert_eq!(
            reported(
                "A three-member board of engineers appointed by the Federal Works \
                 Agency (PWA) — three engineers — reported in March."
            ),
            [("PWA".to_string(), Severity::Warning)]
        );
        for t in [
            "UNITED NATIONS (AP) — The council met.",
            "New York Times Company (AP) — The council met.",
            "KOUROU, French Guiana, 26 December 2021 (AFP) — It lifted off.",
        ] {
            assert_eq!(reported(t), [], "{t}");
        }
    }

    #[test]
    fn tickers_and_abbreviations_get_advice_and_names_begin_after_a_bracket() {
        // letters of the name in order, not its initials: a ticker
        assert_eq!(
            reported("Shares of Tesla Motors (TSLA) rose."),
            [("TSLA".to_string(), Severity::Advice)]
        );
        // a slip of the initials is still a warning (one that keeps the
        // first letter was advice already: half of it fits)
        assert_eq!(
            reported("Shares of General Motors Company (HMC) rose."),
            [("HMC".to_string(), Severity::Warning)]
        );
        // the name of the second bracket begins after the first one
        let text = "The World Health Organization (WHO) and the World Food Programme (WFP) met.";
        assert_eq!(reported(text), []);
        let text = "The World Health Organization (WHO) and the World Food Programme (WTO) met.";
        let report = report_of(text);
        let messages: Vec<&str> = report.findings.iter().map(|f| f.message.as_str()).collect();
        assert_eq!(messages, ["\"WTO\" does not fit \"World Food Programme\""]);
    }
}
