//! Finding the rule packs' phrases in a document: every occurrence of every
//! phrase that starts a word, ASCII case folded.
//!
//! Why not an Aho–Corasick automaton: a rule phrase can only begin where a
//! word (or a run of punctuation) begins, never inside a word, and an
//! automaton pays its state transition on every byte to find that out, and
//! must be built first (for the bundled rules a contiguous NFA on every
//! run, some 4 M instructions, and a DFA for a long run, some 14 M more).
//! Here the text is read eight bytes at a time for its word starts, and
//! only there are phrases looked up: the first four bytes of the word
//! (fewer for a shorter phrase), folded, are hashed to one bit of an 8 KiB
//! table, which rejects most words at once; the rest look up the phrases
//! that share those bytes and compare them. On TempEval-3 news text against
//! the bundled rules this costs about what the DFA did, some 20
//! instructions a byte, with nothing to build: a check of one draft takes a
//! third fewer instructions, and the 40,000 phrases of a pack of 10,000
//! generated facts are indexed in some 30 M instructions (reading its YAML
//! takes 800 M). A caller that already visits every word start (the
//! extractor's scan does) asks [`PhraseSet::may_begin`] there and hands the
//! few places it allows to [`PhraseSet::find_at`], and the text is not read
//! again: 4 % of a check's instructions fewer. The tests compare every
//! answer with an Aho–Corasick automaton's.

use std::collections::HashMap;
use std::ops::Range;

use crate::hash::FastState;

/// Phrases, each found wherever it begins a word (see [`PhraseSet::find`]).
#[derive(Debug)]
pub struct PhraseSet {
    /// Every phrase's bytes, ASCII lowercased.
    folded: Vec<Box<[u8]>>,
    /// A bit for the lead of every phrase (see [`lead`]), at a hash of it:
    /// most words begin no phrase, and one look-up here says so.
    seen: Box<[u64; SEEN_BITS / 64]>,
    /// Of every phrase of four bytes or more, a bit for its first five
    /// bytes ([`lead`] of five), or for its four where it has no fifth:
    /// where a place's fifth byte goes on into no phrase of its lead, the
    /// place's phrases are not looked up.
    ///
    /// Why: words that share their first four letters with a phrase
    /// ("with" and "withdraw*", "company" and "compl*") were most of the
    /// look-ups that found nothing.
    fifth: Box<[u64; SEEN_BITS / 64]>,
    /// A bit per pair of folded first bytes that begins a phrase of fewer
    /// than four bytes (every pair that begins with a phrase of one byte):
    /// most words need not look for one.
    short: Box<[u64; 1024]>,
    /// Bit `n` set when some phrase of `n` bytes, `n` 1 to 3, exists.
    short_lengths: u8,
    /// The phrases by their lead: a range of `ids`.
    groups: HashMap<u64, (u32, u32), FastState>,
    /// Phrase numbers, grouped by lead, sorted by their folded bytes within
    /// each group.
    ids: Vec<u32>,
    /// Whether every phrase begins with an ASCII letter or digit.
    word_starts_only: bool,
}

/// The bits of [`PhraseSet::seen`]: 8 KiB, a few hundred phrases leave it
/// almost empty, and a pack of 10,000 facts less than half full.
const SEEN_BITS: usize = 1 << 16;

/// `0x01` in every byte.
const LANES: u64 = 0x0101_0101_0101_0101;

/// The eight bytes of `x` folded as [`fold_byte`] folds one: ASCII
/// capitals lowercased (a byte is a capital when, its high bit clear, it
/// lies in `A..=Z`), and line breaks and tabs made spaces.
#[inline(always)]
fn fold_lanes(x: u64) -> u64 {
    let low = x & (0x7f * LANES);
    let from_a = low + u64::from(0x80 - b'A') * LANES;
    let past_z = low + u64::from(0x80 - b'Z' - 1) * LANES;
    let capitals = from_a & !past_z & !x & (0x80 * LANES);
    spaced(x | capitals >> 2)
}

/// The eight bytes of `x` with every tab, line feed, vertical tab, form
/// feed and carriage return (`0x09..=0x0D`) made a space.
#[inline(always)]
fn spaced(x: u64) -> u64 {
    let low = x & (0x7f * LANES);
    let from_tab = low + u64::from(0x80 - b'\t') * LANES;
    let past_cr = low + u64::from(0x80 - b'\r' - 1) * LANES;
    let breaks = (from_tab & !past_cr & !x & (0x80 * LANES)) >> 7;
    (x & !(breaks * 0xff)) | (breaks * u64::from(b' '))
}

/// A byte as phrases are compared: ASCII case folded, and a line break or
/// a tab read as a space, so that a phrase is found across the line break
/// of a wrapped paragraph ("the International Atomic Energy\nAgency"). A
/// blank line (two breaks) is no space, and a phrase is never found across
/// one; a carriage return before a line feed is dropped before the text is
/// compared ([`crate::rules`]).
#[inline(always)]
pub(crate) fn fold_byte(c: u8) -> u8 {
    match c {
        b'\t'..=b'\r' => b' ',
        _ => c.to_ascii_lowercase(),
    }
}

/// A phrase's lead: its first `n` bytes (four, or all of a shorter phrase),
/// folded, from the eight bytes `x` that begin it, with `n` in the top byte.
#[inline(always)]
fn lead(x: u64, n: u32) -> u64 {
    x & (u64::MAX >> (64 - 8 * n)) | u64::from(n) << 56
}

/// The eight bytes of `b` from `k` (zero past its end): the high bit of
/// each that is an ASCII letter or digit, of each outside ASCII, and the
/// bytes folded.
#[inline(always)]
fn chunk(b: &[u8], k: usize) -> (u64, u64, u64) {
    use crate::extract::{digit_lanes, lanes_at, letter_lanes};
    let x = lanes_at(b, k);
    let letters = letter_lanes(x);
    (
        letters | digit_lanes(x),
        x & (0x80 * LANES),
        spaced(x | letters >> 2),
    )
}

/// Whether `key`'s bit is set in `bits` ([`PhraseSet::seen`] or
/// [`PhraseSet::fifth`]).
#[inline(always)]
fn has_bit(bits: &[u64; SEEN_BITS / 64], key: u64) -> bool {
    let bit = seen_bit(key);
    bits[bit / 64] & (1 << (bit % 64)) != 0
}

/// Sets `key`'s bit in `bits` (see [`has_bit`]).
fn set_bit(bits: &mut [u64; SEEN_BITS / 64], key: u64) {
    let bit = seen_bit(key);
    bits[bit / 64] |= 1 << (bit % 64);
}

/// Where in [`PhraseSet::seen`] a lead's bit is.
#[inline(always)]
fn seen_bit(lead: u64) -> usize {
    (lead.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - SEEN_BITS.trailing_zeros())) as usize
}

impl PhraseSet {
    /// The set of `phrases`, numbered in order. Empty phrases are never
    /// found.
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> PhraseSet {
        let folded: Vec<Box<[u8]>> = phrases
            .iter()
            .map(|p| p.as_ref().bytes().map(fold_byte).collect::<Box<[u8]>>())
            .collect();
        let mut seen = Box::new([0u64; SEEN_BITS / 64]);
        let mut fifth = Box::new([0u64; SEEN_BITS / 64]);
        let mut short = Box::new([0u64; 1024]);
        let mut short_lengths = 0u8;
        let mut keyed: Vec<(u64, u32)> = Vec::new();
        for (id, p) in folded.iter().enumerate() {
            let id = u32::try_from(id).expect("fewer than 2^32 phrases");
            if p.is_empty() {
                continue;
            }
            let n = p.len().min(4) as u32;
            let x = crate::extract::lanes_at(p, 0);
            let key = lead(x, n);
            set_bit(&mut seen, key);
            if n == 4 {
                set_bit(&mut fifth, lead(x, p.len().min(5) as u32));
            }
            let first = usize::from(p[0]);
            if n < 4 {
                short_lengths |= 1 << n;
                let seconds = match p.get(1) {
                    Some(&second) => usize::from(second)..usize::from(second) + 1,
                    None => 0..256,
                };
                for second in seconds {
                    let pair = first | second << 8;
                    short[pair / 64] |= 1 << (pair % 64);
                }
            }
            keyed.push((key, id));
        }
        // in each group, by folded bytes (the search needs them sorted)
        keyed.sort_unstable_by(|a, b| {
            (a.0, &folded[a.1 as usize], a.1).cmp(&(b.0, &folded[b.1 as usize], b.1))
        });
        let mut ids = Vec::with_capacity(keyed.len());
        let mut groups = HashMap::with_capacity_and_hasher(keyed.len(), FastState::default());
        for group in keyed.chunk_by(|a, b| a.0 == b.0) {
            let start = ids.len() as u32;
            ids.extend(group.iter().map(|&(_, id)| id));
            groups.insert(group[0].0, (start, ids.len() as u32));
        }
        PhraseSet {
            word_starts_only: folded
                .iter()
                .all(|p| p.first().is_none_or(u8::is_ascii_alphanumeric)),
            folded,
            seen,
            fifth,
            short,
            short_lengths,
            groups,
            ids,
        }
    }

    /// Calls `found(phrase, start..end)` for every occurrence within `range`
    /// of `text` (a range on character boundaries) of every phrase, ASCII
    /// case folded, that starts where the character before it (in the
    /// whole text, not just the range) is not alphanumeric. Occurrences
    /// come in order of their start.
    pub fn find(
        &self,
        text: &str,
        range: Range<usize>,
        mut found: impl FnMut(usize, Range<usize>),
    ) {
        let end = range.end.min(text.len());
        let i = range.start;
        if i >= end || self.ids.is_empty() {
            return;
        }
        let after_word = text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if self.word_starts_only {
            self.find_at_words(text, i, end, after_word, &mut found);
        } else {
            self.find_anywhere(text, i, end, after_word, &mut found);
        }
    }

    /// Whether every phrase begins with an ASCII letter or digit, so that
    /// only word starts can begin one ([`PhraseSet::find_at`]).
    pub fn at_word_starts(&self) -> bool {
        self.word_starts_only
    }

    /// Whether a phrase may begin at `i` of `text`, as far as its first four
    /// bytes tell (yes when they are not all ASCII: the text the phrases are
    /// looked for in may fold them differently). [`PhraseSet::find_at`]
    /// at the places that may gives what [`PhraseSet::find`] does.
    #[inline(always)]
    pub fn may_begin(&self, text: &[u8], i: usize) -> bool {
        let raw = crate::extract::lanes_at(text, i);
        if raw & (0x80 * LANES) & 0xffff_ffff != 0 {
            return true;
        }
        self.may_begin_folded(fold_lanes(raw))
    }

    /// [`PhraseSet::may_begin`] at a place whose first four bytes are ASCII,
    /// given the bytes there with ASCII capitals lowercased (those past the
    /// fourth need not be the text's): the scanner has them for a word of
    /// four letters or more.
    #[inline(always)]
    pub fn may_begin_folded(&self, x: u64) -> bool {
        if self.is_seen(lead(x, 4)) {
            return true;
        }
        if !self.short_may_begin(x) {
            return false;
        }
        let mut lengths = self.short_lengths;
        while lengths != 0 {
            let n = lengths.trailing_zeros();
            lengths &= lengths - 1;
            if self.is_seen(lead(x, n)) {
                return true;
            }
        }
        false
    }

    /// Whether `key`'s bit is set in [`PhraseSet::seen`]: whether a phrase
    /// may have that lead.
    #[inline(always)]
    fn is_seen(&self, key: u64) -> bool {
        has_bit(&self.seen, key)
    }

    /// Whether a phrase shorter than four bytes may begin with the text
    /// whose folded first bytes `x` holds: one begins with its first two.
    #[inline(always)]
    fn short_may_begin(&self, x: u64) -> bool {
        let pair = (x & 0xffff) as usize;
        self.short[pair / 64] & (1 << (pair % 64)) != 0
    }

    /// As [`PhraseSet::find`] over all of `text`, for a set whose phrases
    /// all begin with an ASCII letter or digit, trying only at `starts`
    /// (increasing): the word starts of the text where a phrase may begin
    /// ([`PhraseSet::may_begin`]); others are passed over.
    pub fn find_at(
        &self,
        text: &str,
        starts: &[usize],
        mut found: impl FnMut(usize, Range<usize>),
    ) {
        debug_assert!(self.word_starts_only);
        let b = text.as_bytes();
        for &j in starts {
            self.try_at(
                b,
                j,
                b.len(),
                fold_lanes(crate::extract::lanes_at(b, j)),
                &mut found,
            );
        }
    }

    /// [`PhraseSet::find`] when every phrase begins with an ASCII letter or
    /// digit: only word starts can begin one, and they are found eight
    /// bytes at a time (a letter or digit after a byte that is neither).
    // not inlined: in the caller's body its loop ran out of registers
    #[inline(never)]
    fn find_at_words(
        &self,
        text: &str,
        start: usize,
        end: usize,
        mut after_word: bool,
        found: &mut impl FnMut(usize, Range<usize>),
    ) {
        let b = &text.as_bytes()[..end];
        let mut k = start;
        let mut after_other = start > 0 && b[start - 1] >= 0x80;
        let (mut words, mut others, mut folded) = chunk(b, k);
        while k < end {
            // each chunk is read once, and the next one holds the rest of
            // a word that begins late in this one
            let (next_words, next_others, next_folded) = chunk(b, k + 8);
            let mut starts = words & !(words << 8 | u64::from(after_word) << 7);
            // after a character outside ASCII: a word start unless that is
            // a letter or digit (the "\u{fc}" of "T\u{fc}rkiye")
            let unsure = starts & (others << 8 | u64::from(after_other) << 7);
            let window = u128::from(next_folded) << 64 | u128::from(folded);
            while starts != 0 {
                let this = starts & starts.wrapping_neg();
                starts ^= this;
                let lane = this.trailing_zeros() / 8;
                let j = k + lane as usize;
                if unsure & this != 0
                    && text[..j]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                {
                    continue;
                }
                self.try_at(b, j, end, (window >> (8 * lane)) as u64, found);
            }
            after_word = words >> 63 != 0;
            after_other = others >> 63 != 0;
            (words, others, folded) = (next_words, next_others, next_folded);
            k += 8;
        }
    }

    /// [`PhraseSet::find`] for phrases that may begin with any character:
    /// every character not after a letter or digit is tried.
    #[inline(never)]
    fn find_anywhere(
        &self,
        text: &str,
        mut i: usize,
        end: usize,
        mut after_word: bool,
        found: &mut impl FnMut(usize, Range<usize>),
    ) {
        let b = text.as_bytes();
        while i < end {
            let c = b[i];
            if c.is_ascii_alphanumeric() {
                if !after_word {
                    self.try_at(b, i, end, fold_lanes(crate::extract::lanes_at(b, i)), found);
                }
                // step over the rest of the ASCII word
                i += 1 + b[i + 1..end]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .count();
                after_word = true;
            } else if c < 0x80 {
                if !after_word {
                    self.try_at(b, i, end, fold_lanes(crate::extract::lanes_at(b, i)), found);
                }
                after_word = false;
                i += 1;
            } else {
                let ch = text[i..].chars().next().expect("a character boundary");
                if !after_word {
                    self.try_at(b, i, end, fold_lanes(crate::extract::lanes_at(b, i)), found);
                }
                after_word = ch.is_alphanumeric();
                i += ch.len_utf8();
            }
        }
    }

    /// The phrases that occur at `i` and end by `end`; `x` holds the
    /// first eight bytes at `i`, folded (zero past the text or `end`).
    #[inline(always)]
    fn try_at(
        &self,
        b: &[u8],
        i: usize,
        end: usize,
        x: u64,
        found: &mut impl FnMut(usize, Range<usize>),
    ) {
        let key = lead(x, 4);
        if self.is_seen(key) {
            let goes_on = has_bit(&self.fifth, lead(x, 5)) || has_bit(&self.fifth, key);
            if goes_on {
                self.look_up(b, i, end, key, found);
            } else {
                // debug builds check that no phrase was passed over
                #[cfg(debug_assertions)]
                self.look_up(b, i, end, key, &mut |id, at| {
                    panic!("phrase {id} at {at:?} passed over by its fifth byte")
                });
            }
        }
        if self.short_may_begin(x) {
            let mut lengths = self.short_lengths;
            while lengths != 0 {
                let n = lengths.trailing_zeros();
                lengths &= lengths - 1;
                let key = lead(x, n);
                if self.is_seen(key) {
                    self.look_up(b, i, end, key, found);
                }
            }
        }
    }

    /// The phrases with lead `key` that occur at `i`: out of the scan's
    /// loop, which few words reach and which keeps its registers.
    #[inline(never)]
    fn look_up(
        &self,
        b: &[u8],
        i: usize,
        end: usize,
        key: u64,
        found: &mut impl FnMut(usize, Range<usize>),
    ) {
        if let Some(&(s, e)) = self.groups.get(&key) {
            self.compare(b, i, end, s..e, found);
        }
    }

    /// Reports the phrases of `group` (ids sorted by their folded bytes)
    /// that occur at `i` and end by `end`. A group can be large (a pack of
    /// generated names that all begin alike), so it is searched, not read:
    /// the phrases that are prefixes of the text nest, and each is the
    /// greatest phrase not after the text cut to the length the last one
    /// left (a binary search each).
    #[inline(always)]
    fn compare(
        &self,
        b: &[u8],
        i: usize,
        end: usize,
        group: Range<u32>,
        found: &mut impl FnMut(usize, Range<usize>),
    ) {
        let mut ids = &self.ids[group.start as usize..group.end as usize];
        let text = &b[i..end];
        if ids.len() <= 4 {
            for &id in ids {
                let p = &self.folded[id as usize];
                if text
                    .get(..p.len())
                    .is_some_and(|t| t.iter().zip(p.iter()).all(|(&c, &a)| fold_byte(c) == a))
                {
                    found(id as usize, i..i + p.len());
                }
            }
            return;
        }
        let mut limit = text.len();
        while !ids.is_empty() {
            let t = &text[..limit];
            let j = ids.partition_point(|&id| folded_cmp(&self.folded[id as usize], t).is_le());
            let Some(j) = j.checked_sub(1) else { return };
            let p = &self.folded[ids[j] as usize];
            let common = p
                .iter()
                .zip(t)
                .take_while(|(a, c)| **a == fold_byte(**c))
                .count();
            if common == p.len() {
                // every phrase equal to this one, then the shorter ones
                let mut k = j + 1;
                while k > 0 && *self.folded[ids[k - 1] as usize] == **p {
                    k -= 1;
                    found(ids[k] as usize, i..i + p.len());
                }
                ids = &ids[..k];
                limit = p.len() - 1;
            } else {
                // no phrase longer than what this one shares is a prefix
                ids = &ids[..j];
                limit = common;
            }
        }
    }
}

/// `p` (folded) against `t` folded ([`fold_byte`]), in byte order.
#[inline(always)]
fn folded_cmp(p: &[u8], t: &[u8]) -> std::cmp::Ordering {
    for (a, c) in p.iter().zip(t) {
        let c = fold_byte(*c);
        if *a != c {
            return a.cmp(&c);
        }
    }
    p.len().cmp(&t.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, Input, MatchKind};
    use proptest::test_runner::TestCaseError;

    /// What an overlapping Aho–Corasick search finds, filtered to word
    /// starts, in the order `find` gives.
    /// (Line breaks and tabs are read as spaces, in the phrases and the
    /// text alike: each is one byte, so the offsets are the text's.)
    fn oracle(phrases: &[&str], text: &str, range: Range<usize>) -> Vec<(usize, Range<usize>)> {
        let spaced = |s: &str| s.replace(['\t', '\n', '\x0b', '\x0c', '\r'], " ");
        let phrases: Vec<String> = phrases.iter().map(|p| spaced(p)).collect();
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&phrases)
            .unwrap();
        let spaced_text = spaced(text);
        let mut out: Vec<(usize, Range<usize>)> = ac
            .find_overlapping_iter(Input::new(&spaced_text).range(range))
            .filter(|m| {
                !text[..m.start()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            })
            .map(|m| (m.pattern().as_usize(), m.start()..m.end()))
            .collect();
        out.sort_by_key(|(id, r)| (r.start, *id));
        out
    }

    /// What `find` finds, in the oracle's order.
    fn found(phrases: &[&str], text: &str, range: Range<usize>) -> Vec<(usize, Range<usize>)> {
        let set = PhraseSet::new(phrases);
        let mut out = Vec::new();
        set.find(text, range, |id, r| out.push((id, r)));
        assert!(out.is_sorted_by_key(|(_, r)| r.start));
        out.sort_by_key(|(id, r)| (r.start, *id));
        out
    }

    #[test]
    fn phrases_are_found_at_word_starts_only() {
        let phrases = [
            "Karabakh",
            "Nagorno-Karabakh",
            "deploy",
            "UN",
            "a",
            "(ICG)",
            "kar",
        ];
        let text = "Nagorno-Karabakh, karabakhs; redeploy deployed UN-backed \u{fc}n \
                    a(ICG) (ICG)\u{a0}\u{e9}Karabakh \u{2014}Karabakh";
        let got = found(&phrases, text, 0..text.len());
        assert_eq!(got, oracle(&phrases, text, 0..text.len()));
        let count = |p: &str| {
            got.iter()
                .filter(|(_, r)| text[r.clone()].eq_ignore_ascii_case(p))
                .count()
        };
        // after a hyphen, a dash and a space, not after a letter
        assert_eq!(count("Karabakh"), 3);
        assert_eq!(count("kar"), 3);
        assert_eq!(count("deploy"), 1);
        assert_eq!(count("UN"), 1);
        // "a" before "(", and "(ICG)" after a space but not after "a"
        assert_eq!(count("a"), 1);
        assert_eq!(count("(ICG)"), 1);
    }

    #[test]
    fn a_range_holds_whole_phrases_and_looks_before_itself() {
        let phrases = ["Minsk Group", "Group", "Minsk"];
        let text = "the OSCE Minsk Group met; Minsk Groupings";
        for start in 0..text.len() {
            for end in start..=text.len() {
                assert_eq!(
                    found(&phrases, text, start..end),
                    oracle(&phrases, text, start..end),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn a_large_group_of_names_that_begin_alike_is_searched_whole() {
        let mut names: Vec<String> = (0..1000).map(|k| format!("Subject {k}")).collect();
        names.extend([
            "Subject".into(),
            "subj".into(),
            "SUBJECT 5".into(),
            "Sub".into(),
        ]);
        let phrases: Vec<&str> = names.iter().map(String::as_str).collect();
        let text = "Subject 5 said; subject 50s, SUBJECT 999 and Subject 1000 and subjects";
        let got = found(&phrases, text, 0..text.len());
        assert_eq!(got, oracle(&phrases, text, 0..text.len()));
        let at_start: Vec<&str> = got
            .iter()
            .filter(|(_, r)| r.start == 0)
            .map(|(id, _)| phrases[*id])
            .collect();
        assert_eq!(
            at_start,
            ["Subject 5", "Subject", "subj", "SUBJECT 5", "Sub"]
        );
    }

    #[test]
    fn lanes_fold_as_bytes_do() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let x = u64::from(b) << (8 * at) | 0x5a41_7a61_4040_5b60 & !(0xff << (8 * at));
                let want = u64::from_le_bytes(x.to_le_bytes().map(fold_byte));
                assert_eq!(fold_lanes(x), want, "{b:#x} at {at}");
            }
        }
    }

    /// A wrapped paragraph breaks a phrase across lines: a line break (or a
    /// carriage return, or a tab) reads as the space it stands for, but a
    /// blank line, two breaks, is no space.
    #[test]
    fn phrases_are_found_across_a_line_break() {
        let phrases = ["International Atomic Energy Agency", "sea of", "lifted off"];
        for (text, want) in [
            ("the International Atomic Energy\nAgency said", vec![0]),
            ("the International\tAtomic Energy Agency said", vec![0]),
            ("the International Atomic\rEnergy Agency said", vec![0]),
            ("the International Atomic Energy\n\nAgency said", vec![]),
            ("the Sea\nof Tranquility", vec![1]),
            ("it lifted\noff", vec![2]),
            ("it lifted \n off", vec![]),
        ] {
            let got: Vec<usize> = found(&phrases, text, 0..text.len())
                .into_iter()
                .map(|(id, _)| id)
                .collect();
            assert_eq!(got, want, "{text:?}");
            assert_eq!(
                found(&phrases, text, 0..text.len()),
                oracle(&phrases, text, 0..text.len())
            );
        }
    }

    #[test]
    fn no_phrases_find_nothing() {
        assert!(found(&[], "anything at all", 0..15).is_empty());
        assert!(found(&[""], "anything at all", 0..15).is_empty());
    }

    /// The property all three proptests check: from `start` (moved back to
    /// a character boundary) to the end, `find` finds what the automaton
    /// finds.
    fn agrees(phrases: &[String], text: &str, start: usize) -> Result<(), TestCaseError> {
        let phrases: Vec<&str> = phrases.iter().map(String::as_str).collect();
        let mut start = start.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        proptest::prop_assert_eq!(
            found(&phrases, text, start..text.len()),
            oracle(&phrases, text, start..text.len())
        );
        Ok(())
    }

    proptest::proptest! {
        #[test]
        fn finds_what_an_automaton_finds(
            phrases in proptest::collection::vec("[a-cA-C' .\u{e9}-]{1,6}", 1..8),
            text in "[a-cA-C' .,\u{e9}\u{a0}\n\r\t-]{0,40}",
        ) {
            agrees(&phrases, &text, 0)?;
        }

        #[test]
        fn finds_what_an_automaton_finds_at_word_starts(
            phrases in proptest::collection::vec("[a-cA-C0-9][a-cA-C0-9' .\u{e9}-]{0,7}", 1..8),
            text in "[a-cA-C0-9' .,\u{e9}\u{a0}\u{2014}\n\r-]{0,70}",
            start in 0usize..70,
        ) {
            proptest::prop_assert!(PhraseSet::new(&phrases).word_starts_only);
            agrees(&phrases, &text, start)?;
        }

        #[test]
        fn finds_what_an_automaton_finds_among_many_alike(
            phrases in proptest::collection::vec("[aB ]{1,9}", 1..60),
            text in "[Ab .]{0,60}",
            start in 0usize..60,
        ) {
            agrees(&phrases, &text, start)?;
        }
    }
}
