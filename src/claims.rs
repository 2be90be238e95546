//! Binding: which mentions are claims about which facts.
//!
//! A mention becomes a claim about a fact when
//! - its value resolved and its kind is the fact's kind;
//! - the document names the story of the fact's rule file somewhere, by a
//!   name written with a capital or a digit ([`RuleSet::in_scope`], applied
//!   to the hits before they reach this module);
//! - its sentence names the fact's subject, or, when it names none, the
//!   previous sentence of the same paragraph does ("their deployment"
//!   continues it);
//! - no exclusion word of the subject stands in its sentence (a sentence about
//!   Kazakhstan is not about Karabakh);
//! - a cue of the fact, or a name of its subject, stands within
//!   [`WINDOW`] words of it in the same sentence.
//!
//! The nearest cue decides between facts. The name of a subject with a
//! single fact (an event: "the 19–20 September counter-terrorism measures")
//! is a cue for that fact, [`NAME_PENALTY`] words farther than a real cue: a
//! generic name anywhere in reach, a proper name where the mention modifies
//! it. A
//! fact's own exclusion words rule its sentence out ("five peacekeepers were
//! killed" is not the contingent's strength). A count's cue must be the noun
//! it counts, right after it. A duration followed by "earlier", "after" and
//! the like is an offset between events, not a claim about a duration. When two facts are equally near, nothing decides
//! and no claim is made: a missed claim costs nothing, a wrong one is a false
//! alarm. A mention inside a name ("the 10 November statement", "the 44-day
//! war") is part of the name, not a claim, and so is a name inside a longer
//! name of another subject.
//!
//! Some sentences are about another event of the same kind: a date that
//! modifies a name and lies far from the subject's dated facts ("the 1994
//! ceasefire deal") claims nothing, and a sentence that writes out such a
//! date ("In 2016, four days of fighting") makes no duration or count claim
//! about the subject. A year-less date also reads in the year its paragraph
//! last wrote out.

use crate::document::Document;
use crate::extract::{Aside, DateBase, Expr, Mention, Relation};
use crate::rules::{Hit, Role, RuleSet, Subject};
use crate::text::{Tense, words_between};
use crate::value::{Granularity, Kind, Value};
use std::ops::Range;

/// How many words may stand between the date that heads a timeline's
/// entry and a name of a subject after it in the entry's first clause
/// ([`entry_headed`]); a cue must stand within [`WINDOW`] still.
pub const TIMELINE_WINDOW: usize = 24;

/// Where the entry begins, if the date at `span` heads an entry of a
/// timeline: it begins its line (after list marks and emphasis) and a dash
/// or colon follows it ("30 October 2022 — Putin hosts Aliyev and Pashinyan
/// in Sochi", "- **12 December 2022**: eco-activists block the road"). The
/// entry begins after the dash or colon.
fn entry_headed(text: &str, span: &Range<usize>) -> Option<usize> {
    // back to the line's start over marks and spaces only: a word before
    // the date on its line stops the reading at once (a text of one long
    // line is not read back to its start at every date)
    let lead_is_marks = text[..span.start]
        .chars()
        .rev()
        .take_while(|&c| c != '\n')
        .all(|c| c.is_whitespace() || matches!(c, '-' | '*' | '+' | '#' | '>' | '_'));
    let rest = text[span.end..].trim_start_matches(['*', '_', ' ', '\u{a0}']);
    (lead_is_marks && rest.starts_with(['—', '–', '-', ':']))
        .then(|| text.len() - rest.trim_start_matches(['—', '–', '-', ':']).len())
}

/// How far back (in bytes) the start of a mention's paragraph may lie for
/// the mention to be read as quoted ([`Claim::quoted`]).
const QUOTATION_REACH: usize = 4096;

/// How many words may stand between a cue and the value it cues.
pub const WINDOW: usize = 6;

/// How much farther a name of the subject counts than a cue of the fact: a
/// name is weaker evidence of which fact is meant.
pub const NAME_PENALTY: usize = 3;

/// Words after a duration that make it an offset between two events ("more
/// than a year earlier than planned", "two weeks after"), not the length of
/// one.
const OFFSET_WORDS: [&str; 12] = [
    "earlier", "later", "ahead", "after", "before", "since", "ago", "prior", "behind", "early",
    "until", "till",
];

/// Words of expectation and conjecture: between a mention and a cue after
/// it, the mention belongs to them, not to the cue ("A decade ago, few
/// expected Russian troops to deploy").
const CONJECTURE: [&str; 13] = [
    "expected",
    "expect",
    "expects",
    "expecting",
    "thought",
    "believed",
    "feared",
    "hoped",
    "predicted",
    "imagined",
    "would",
    "could",
    "might",
];

/// Whether a word joins two clauses or restates ("and", "or", "but",
/// "then", "while", "whereas", "although"): a cue after one belongs to the
/// clause it begins, and one before it to the clause it ends ("two-thirds
/// of the sentence, or about 15 years").
fn is_coordinator(w: &str) -> bool {
    ["and", "or", "but", "then", "while", "whereas", "although"]
        .iter()
        .any(|c| w.eq_ignore_ascii_case(c))
}

/// Whether `between` holds a coordinator ([`is_coordinator`]) that joins
/// clauses: not "and" or "or" between two capitalised words, which lists
/// names ("Putin hosts Aliyev and Pashinyan in Sochi").
///
/// With `after_mention` (`between` runs from a mention to a cue after it),
/// nor "and" or "or" after the one word that follows the mention: one word
/// is no clause, so the coordinator joins it to the next noun, the
/// subject of the cue's verb ("3 April 2003 — Police and health officers
/// seal off Block E").
fn joins_clauses(between: &str, after_mention: bool) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let mut words = crate::text::words(between).map(|(_, w)| w).peekable();
    let mut previous = "";
    let mut read = 0;
    while let Some(w) = words.next() {
        let and_or = ["and", "or"].iter().any(|c| w.eq_ignore_ascii_case(c));
        if is_coordinator(w)
            && !(and_or && capital(previous) && words.peek().is_some_and(|n| capital(n)))
            && !(and_or && after_mention && read == 1)
        {
            return true;
        }
        previous = w;
        read += 1;
    }
    false
}

/// Whether `between` two places ends one clause and begins another: a
/// semicolon, or a comma and a coordinator ([`is_coordinator`]) right
/// after it (", and Occidental sold", ", but in 1991").
pub(crate) fn clause_break(between: &str) -> bool {
    between.contains(';')
        || between.match_indices(',').any(|(k, _)| {
            crate::text::words(&between[k + 1..])
                .next()
                .is_some_and(|(at, w)| {
                    between[k + 1..k + 1 + at].trim().is_empty() && is_coordinator(w)
                })
        })
}

/// Whether `t` holds a mark that ends a clause: a semicolon, a colon, or a
/// comma that does not group a number's digits ("1,800").
fn clause_mark(t: &str) -> bool {
    let b = t.as_bytes();
    b.iter().enumerate().any(|(k, &c)| match c {
        b';' | b':' => true,
        b',' => !groups_digits(b, k),
        _ => false,
    })
}

/// Where the first comma or semicolon of `rest` that ends a clause is: a
/// comma between digits groups a number's thousands ("drove some 724,000
/// Azerbaijanis") and ends none.
fn clause_comma(rest: &str) -> Option<usize> {
    rest.match_indices([',', ';'])
        .map(|(k, _)| k)
        .find(|&k| !groups_digits(rest.as_bytes(), k))
}

/// Whether the comma at byte `k` of `b` stands between two digits, where it
/// groups a number's thousands ("724,000") and ends no clause.
fn groups_digits(b: &[u8], k: usize) -> bool {
    k > 0 && b[k - 1].is_ascii_digit() && b.get(k + 1).is_some_and(u8::is_ascii_digit)
}

/// Whether a word begins a relative clause ("which", "who", "that"): a cue
/// before it is the clause's head, and the clause's verb, not the cue, is
/// what a date inside it dates ("the mandate, which began in November 2020":
/// not the mandate's end).
fn is_relative_pronoun(w: &str) -> bool {
    crate::text::is_wh_relative(w) || w.eq_ignore_ascii_case("that")
}

/// Whether the cue at `cue` begins a relative clause ("that lasted", ",
/// which began") whose antecedent, the word before the pronoun, is a proper
/// name the rules do not know (no name, cue or context word ends there),
/// or such a common noun after "a" or "an": the clause is about that other
/// thing ("a Cold War that lasted more than four decades" beside the
/// Berlin Wall, "a crisis that began almost a decade ago" beside capital
/// controls). "The war, which
/// lasted 44 days" is the war's.
fn of_another_antecedent(text: &str, cue: &Range<usize>, hits: &[Hit]) -> bool {
    let Some((at, w)) = word_right_before(text, cue.start) else {
        return false;
    };
    // ("WHO declared" is no pronoun)
    if !is_relative_pronoun(w) || !w.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let head = antecedent_end(text, at);
    // a proper name: a common noun ("the road, which", "the tsunami that")
    // is as often the subject itself, by another word; unless an indefinite
    // article brings it in as a new thing ("closing a chapter of a crisis
    // that began almost a decade ago")
    let mut before = crate::text::words_before(text, head);
    let other = before.next().is_some_and(|(k, w)| {
        k + w.len() == head
            && (w.starts_with(|c: char| c.is_uppercase())
                || before.next().is_some_and(|(_, a)| {
                    a.eq_ignore_ascii_case("a") || a.eq_ignore_ascii_case("an")
                }))
    });
    other && !hits.iter().any(|g| g.span.end == head)
}

/// Where the antecedent of a relative clause that begins at `at` ends:
/// back over the spaces, commas and line breaks before it ("the war,
/// which").
fn antecedent_end(text: &str, at: usize) -> usize {
    text[..at]
        .trim_end_matches([' ', ',', '\u{a0}', '\n'])
        .len()
}

/// Verbs of remembering: what they take as object is an event of another
/// time than theirs ("this morning both countries are remembering the
/// night it happened").
const REMEMBERING: [&str; 24] = [
    "remember",
    "remembers",
    "remembered",
    "remembering",
    "commemorate",
    "commemorates",
    "commemorated",
    "commemorating",
    "mourn",
    "mourns",
    "mourned",
    "mourning",
    "recall",
    "recalls",
    "recalled",
    "recalling",
    "honour",
    "honours",
    "honoured",
    "honouring",
    "honor",
    "honors",
    "honored",
    "honoring",
];

/// Irregular past participles that a perfect or a passive takes, and that
/// [`crate::text::is_past_word`] (past forms) does not know.
const PARTICIPLES: [&str; 20] = [
    "been", "taken", "given", "gone", "done", "seen", "known", "run", "become", "begun", "won",
    "shown", "grown", "chosen", "set", "put", "made", "held", "built", "sent",
];

/// Whether the mention at `span` is in a supposition, what a sentence
/// supposes did not happen: the clause of a sentence that opens with "Had"
/// or "What if" ("Had it taken Congress 60 days instead of two weeks, …"),
/// a sentence that opens with "Suppose", "Supposing", "Imagine" or
/// "Imagining", up to a semicolon or a question mark, or the clause of an
/// "if" with a past perfect after it in a sentence that says what "would
/// have" followed ("if the window had lasted six months, there would have
/// been nothing left"). What would have followed is still read: "Had the
/// mandate run its full course, the peacekeepers would have stayed until
/// 10 November 2025" tells the mandate's end. And in a supposition, what
/// it is set against ([`compared_with`], [`instead_of`]: "60 days instead
/// of 44") and what "the" presents as known ("had given Ford the $722
/// million he requested") are told.
fn supposed(text: &str, span: &Range<usize>, sentence: &Range<usize>) -> bool {
    const OPENERS: [&str; 4] = ["suppose", "supposing", "imagine", "imagining"];
    if compared_with(text, span.start)
        || instead_of(text, span.start)
        || word_before_is(text, span.start, &["the"])
    {
        return false;
    }
    let is = |w: &str, o: &str| w.eq_ignore_ascii_case(o);
    // (after an opening quotation mark or bracket)
    let from = text[sentence.clone()]
        .find(char::is_alphanumeric)
        .map_or(sentence.end, |k| sentence.start + k);
    let before = &text[from..span.start.max(from)];
    // where the clause that begins at byte `k` of `before` ends: at the
    // first mark after it; the mention is in it if there is none
    // (a comma between digits groups them: "had sent 20,000 troops")
    let in_clause = |k: usize, marks: &[char]| {
        !before[k..]
            .match_indices(marks)
            .any(|(j, m)| m != "," || !groups_digits(before.as_bytes(), k + j))
    };
    let mut words = crate::text::words(before);
    let first = words.next().map(|(_, w)| w).unwrap_or_default();
    if OPENERS.iter().any(|o| is(first, o)) {
        return in_clause(0, &[';', '?']);
    }
    let what_if = is(first, "what") && words.next().is_some_and(|(_, w)| w == "if");
    if is(first, "had") || what_if {
        // (past the opener's own word)
        return in_clause(first.len(), &CLAUSE_MARKS);
    }
    // "if … had" and a past participle, in a sentence of "would have"
    // (most sentences have neither word, and are not read word by word)
    let whole = &text[from..sentence.end];
    if !(whole.contains("had") && whole.contains("have")) {
        return false;
    }
    let all: Vec<(usize, &str)> = crate::text::words(whole).collect();
    let would_have = all
        .windows(2)
        .any(|p| ["would", "could", "might"].iter().any(|m| is(p[0].1, m)) && is(p[1].1, "have"));
    would_have
        && all.iter().enumerate().any(|(k, &(at, w))| {
            is(w, "if")
                && at < before.len()
                && in_clause(at, &CLAUSE_MARKS)
                && all[k + 1..].iter().take(8).enumerate().any(|(j, &(_, h))| {
                    h == "had"
                        && all[k + 2 + j..]
                            .iter()
                            .map(|&(_, n)| n)
                            .find(|n| !["not", "never", "only", "already"].contains(n))
                            .is_some_and(|n| {
                                crate::text::is_past_word(n) || PARTICIPLES.contains(&n)
                            })
                })
        })
}

/// Whether the mention at `at` comes right after "instead of" ("had
/// lasted 60 days instead of 44").
fn instead_of(text: &str, at: usize) -> bool {
    word_right_before(text, at)
        .is_some_and(|(k, w)| w.eq_ignore_ascii_case("of") && word_before_is(text, k, &["instead"]))
}

/// Whether a word is one of [`CONJECTURE`], or "may" in lower case (not the
/// month).
fn is_conjecture(w: &str) -> bool {
    w == "may" || CONJECTURE.iter().any(|c| w.eq_ignore_ascii_case(c))
}

/// Words after which an amount is foreseen, needed or supposed rather than
/// stated, besides [`CONJECTURE`]: "was projected to take 40% of the vote",
/// "needs 326 seats", "could win 40%".
const IRREALIS: [&str; 8] = [
    "projected",
    "forecast",
    "forecasts",
    "predict",
    "predicts",
    "need",
    "needs",
    "needed",
];

/// Whether an amount (a count or a percentage) after this word is no claim:
/// a conjecture ([`is_conjecture`]) or one of [`IRREALIS`]. (A date after
/// one is still a claim: "was expected to leave in 2025" states a plan a
/// fact may date, if the event is still to come: see [`PLANS`].)
fn is_irrealis(w: &str) -> bool {
    is_conjecture(w) || IRREALIS.iter().any(|c| w.eq_ignore_ascii_case(c))
}

/// Whether `w`, at `at`, is "needed" right before "only", "just",
/// "merely" or "barely": what it took, not what was wanted ("Bolt needed
/// only 41 strides"; "needs only 3 points" is still a need).
fn took_only(text: &str, at: usize, w: &str) -> bool {
    w.eq_ignore_ascii_case("needed")
        && crate::text::words(&text[at + w.len()..])
            .next()
            .is_some_and(|(k, next)| {
                k <= 1
                    && ["only", "just", "merely", "barely"]
                        .iter()
                        .any(|o| next.eq_ignore_ascii_case(o))
            })
}

/// Words after which a word of [`IRREALIS`] or [`CONJECTURE`] is a noun,
/// not a verb: "the forecasts saved $25 million in aircraft" and "spare a
/// thought for Wirecard's 3,800 employees" are claims. (Not "that": "a
/// model that forecasts 40%".)
const NOUN_AFTER: [&str; 10] = [
    "the", "its", "their", "these", "those", "his", "her", "our", "a", "an",
];

/// Words that deny what follows them: a mention up to [`NEGATION_REACH`]
/// words after one is no claim ("We never had 5,000 peacekeepers there",
/// "not fewer than 500").
const NEGATIONS: [&str; 8] = [
    "not", "never", "no", "nor", "neither", "denied", "denies", "cannot",
];

/// How many words before a mention a negation or a wish reaches.
const NEGATION_REACH: usize = 4;

/// Words of wanting and asking: what follows them is wished for, not the
/// case ("Russia had wanted a 25-year mandate", "Baku proposed a two-year
/// term").
const WISHES: [&str; 17] = [
    "want",
    "wants",
    "wanted",
    "hoped",
    "hopes",
    "sought",
    "seeks",
    "proposed",
    "proposes",
    "demanded",
    "demands",
    "asked",
    "requested",
    "offered",
    "preferred",
    "wished",
    "urged",
];

/// Whether the wish `w` at `at` is an offer of the sum of money at `span`
/// that a cue of a fact names right after it: "had offered a $15,000
/// prize", "offered a £5,000 reward". Money offered as a prize or a
/// reward is paid as offered; what an offer of anything else proposes
/// ("Baku offered a two-year term") is still only wished for.
fn offers_money_named_by_cue(
    text: &str,
    at: usize,
    w: &str,
    span: &Range<usize>,
    hits: &[Hit],
    sentence: &Range<usize>,
) -> bool {
    if !w.eq_ignore_ascii_case("offered") || !signed_as_money(text, span) {
        return false;
    }
    // the offer's object: at most an article between the verb and the sum
    let between = crate::text::words(&text[at + w.len()..span.start]).count();
    if between > 1 {
        return false;
    }
    crate::text::words(&text[span.end..sentence.end.max(span.end)])
        .next()
        .is_some_and(|(k, _)| in_cue(hits, sentence, span.end + k))
}

/// Whether a word denies what follows it: one of [`NEGATIONS`], or a
/// contraction in "n't" ("didn't", "wasn’t").
fn is_negation(w: &str) -> bool {
    NEGATIONS.iter().any(|n| w.eq_ignore_ascii_case(n))
        || w.ends_with("n't")
        || w.ends_with("n\u{2019}t")
}

/// Cues that are function words: they say how a date relates to an event
/// ("until 2025", "since 2020"), not which event. In a sentence that only
/// continues the one before it, with no other word of the subject's, they
/// are too weak to bind ("Armenians lived under their protection until
/// 2023").
const FUNCTION_CUES: [&str; 7] = ["until", "till", "since", "by", "from", "before", "after"];

/// Words that make a count or a duration a part or an addition, not a
/// total: right after the number ("300 more troops"), right before it
/// ("another 400", "another 18 months", "the remaining 400", or a verb of
/// change: "lost 244 seats", "gained 211", "extended by five years"), or
/// "alone" after it in its clause ("400 troops to the corridor alone").
const PART_AFTER: [&str; 5] = ["more", "additional", "extra", "fewer", "less"];

/// Ordinals right before a count or a duration that count out a part of
/// the whole: "the first four boys", "the last two years", "its final 400
/// troops". Not before a compound, which describes its noun: "an initial
/// five-year term" is a term, all of it.
const ORDINALS_BEFORE: [&str; 6] = ["first", "last", "final", "initial", "next", "latest"];

/// Words right before an amount that make it a part or an addition
/// ("another 400", "the remaining 400").
const PART_BEFORE: [&str; 5] = ["another", "additional", "further", "extra", "remaining"];

/// Verbs of change that make the amount right after them a change
/// ("lost 244 seats"), not a total, unless the verb is a cue of the fact
/// ([`loss_is_counted`]).
const CHANGED_BEFORE: [&str; 15] = [
    "lost", "lose", "loses", "losing", "gained", "gain", "gains", "gaining", "shed", "sheds",
    "shedding", "added", "adding", "adds", "netted",
];

/// Whether the verb of change right before an amount ("lost about 20,000
/// trees") is a cue of a fact of that kind of one of the `candidates`
/// subjects: that fact counts the loss (or the gain) itself, and the
/// amount is its value, not a change of some other total ("lost 244
/// seats", where the facts count seats won, is none).
fn loss_is_counted(
    text: &str,
    span: &Range<usize>,
    rules: &RuleSet,
    candidates: &[usize],
    kind: Kind,
) -> bool {
    let Some((_, verb)) = word_right_before(text, span.start) else {
        return false;
    };
    if !CHANGED_BEFORE.iter().any(|w| verb.eq_ignore_ascii_case(w)) {
        return false;
    }
    candidates.iter().any(|&sk| {
        rules.facts_of[sk].iter().any(|&f| {
            let f = &rules.facts[f];
            f.kind == kind && f.cues.iter().any(|c| c.eq_ignore_ascii_case(verb))
        })
    })
}

/// Whether the amount that begins at `start` comes right after words that
/// say what a whole is made of ("made up of", "consisting of",
/// "comprising", "split into"; a money sign may stand between): for a sum
/// of money followed by others, the first of its parts ([`is_part`]).
fn parts_follow(text: &str, start: usize) -> bool {
    const PARTS: [&[&str]; 9] = [
        &["made", "up", "of"],
        &["consisting", "of"],
        &["consists", "of"],
        &["consist", "of"],
        &["comprising"],
        &["comprises"],
        &["split", "into"],
        &["divided", "into"],
        &["broken", "down", "into"],
    ];
    let mut before = crate::text::words_before(text, start);
    let Some(last) = before.next() else {
        return false;
    };
    let gap = text.get(last.0 + last.1.len()..start).unwrap_or_default();
    if !gap.trim().trim_end_matches(MONEY_SIGNS).is_empty() {
        return false;
    }
    // the last three words, the nearest first
    let mut words = [last.1, "", ""];
    for (slot, (_, w)) in words[1..].iter_mut().zip(before) {
        *slot = w;
    }
    PARTS.iter().any(|phrase| {
        phrase
            .iter()
            .rev()
            .zip(&words)
            .all(|(p, w)| w.eq_ignore_ascii_case(p))
    })
}

/// Verbs of change that make a count after "by" the change, not the total
/// ("fell by 300 troops", "was cut by 500").
const CHANGE_BY: [&str; 16] = [
    "rose",
    "risen",
    "fell",
    "fallen",
    "increased",
    "decreased",
    "grew",
    "grown",
    "dropped",
    "declined",
    "cut",
    "reduced",
    "climbed",
    "shrank",
    "up",
    "down",
];

/// Verbs of change besides [`CHANGE_BY`]: a function-word cue right after
/// one relates the date to the change ("has shrunk since last September",
/// "had grown until 2023"), not to the fact the cue is one of.
const CHANGED: [&str; 25] = [
    "slowed",
    "accelerated",
    "quickened",
    "shrunk",
    "dwindled",
    "halved",
    "doubled",
    "tripled",
    "changed",
    "swelled",
    "swollen",
    "expanded",
    "contracted",
    "slumped",
    "soared",
    "plunged",
    "surged",
    "jumped",
    "slid",
    "slipped",
    "tumbled",
    "recovered",
    "improved",
    "worsened",
    "deteriorated",
];

/// The word right before `at`, with nothing but white space between, and
/// where it starts. (The word before a place inside a hyphenated run, as
/// "2020-" before "since", ends after it, and is none.)
fn word_right_before(text: &str, at: usize) -> Option<(usize, &str)> {
    crate::text::words_before(text, at)
        .next()
        .filter(|&(k, w)| {
            text.get(k + w.len()..at)
                .is_some_and(|gap| gap.trim().is_empty())
        })
}

/// The owner a possessive names ("Nokia" of "Nokia's", with a straight or
/// a curly apostrophe), if `w` is one.
fn possessor(w: &str) -> Option<&str> {
    w.strip_suffix("'s").or_else(|| w.strip_suffix("\u{2019}s"))
}

/// Whether the words right before the cue at `at` (a past form) are a
/// noun phrase that "a" or "an" opens (one to three words, lower case, nothing but spaces
/// between), none of them a name of `subject`: "a water bill signed"; or
/// things of a kind in their thousands or hundreds ("thousands of bridges
/// and viaducts built in the 1950s").
fn describes_a_new_thing(text: &str, at: usize, subject: usize, hits: &[Hit]) -> bool {
    // (things in their thousands are others of the kind, whatever they
    // are called)
    const MANY: [&str; 6] = [
        "thousands",
        "hundreds",
        "dozens",
        "scores",
        "millions",
        "tens",
    ];
    let mut end = at;
    let mut words = crate::text::words_before(text, at).take(6).peekable();
    while let Some((k, w)) = words.next() {
        if !text
            .get(k + w.len()..end)
            .is_some_and(|gap| gap.trim().is_empty())
            || !w.starts_with(|c: char| c.is_lowercase())
        {
            break;
        }
        if end != at
            && w == "of"
            && words.peek().is_some_and(|&(j, many)| {
                MANY.contains(&many) && text[j + many.len()..k].trim().is_empty()
            })
        {
            return true;
        }
        end = k;
    }
    let mut end = at;
    for (n, (k, w)) in crate::text::words_before(text, at).take(4).enumerate() {
        if !text
            .get(k + w.len()..end)
            .is_some_and(|gap| gap.trim().is_empty())
            || !w.starts_with(|c: char| c.is_lowercase())
            || hits
                .iter()
                .any(|h| h.span.start <= k && k < h.span.end && h.role.named() == Some(subject))
        {
            return false;
        }
        if w == "a" || w == "an" {
            return n > 0;
        }
        // (a relative pronoun opens a clause: "an annual rate that peaked")
        if ["that", "which", "who"].contains(&w) {
            return false;
        }
        end = k;
    }
    false
}

/// Whether "a" or "an" and one or two lower-case words (adjectives, only
/// spaces between) stand right before byte `at`: "on a grey Friday
/// afternoon" is some such day.
fn after_a_and_adjectives(text: &str, at: usize) -> bool {
    let mut end = at;
    for (k, w) in crate::text::words_before(text, at).take(3) {
        if !text
            .get(k + w.len()..end)
            .is_some_and(|gap| gap.trim().is_empty())
        {
            return false;
        }
        if ["a", "an"].iter().any(|a| w.eq_ignore_ascii_case(a)) {
            return end != at;
        }
        // (a preposition or a determiner is no adjective: "A jury on
        // Friday acquitted")
        const NOT_ADJECTIVES: [&str; 16] = [
            "on", "in", "at", "by", "for", "from", "of", "to", "since", "until", "before", "after",
            "last", "next", "this", "that",
        ];
        if !w.starts_with(|c: char| c.is_lowercase())
            || NOT_ADJECTIVES.iter().any(|n| w.eq_ignore_ascii_case(n))
        {
            return false;
        }
        end = k;
    }
    false
}

/// Whether the mention at `at` is what something is compared with: the
/// word before it is "than", or "the" after "than" ("longer than 44 days",
/// "longer than the three months doctors had predicted").
fn compared_with(text: &str, at: usize) -> bool {
    match word_right_before(text, at) {
        Some((k, w)) if w.eq_ignore_ascii_case("the") => word_before_is(text, k, &["than"]),
        Some((_, w)) => w.eq_ignore_ascii_case("than"),
        None => false,
    }
}

/// Where the words before "of" end, when "of" (a word of its own) is the
/// last word before `at`: the end of "the Great Fire" in "the Great Fire
/// of 1666".
fn end_before_of(text: &str, at: usize) -> Option<usize> {
    let head = text[..at].trim_end().strip_suffix("of")?;
    head.ends_with(char::is_whitespace)
        .then(|| head.trim_end().len())
}

/// Whether the figure at `at` follows "with" after a plural noun in lower
/// case that is no alias, a hedge and a currency sign between them: a
/// figure that sorts things of a kind ("banks with as little as $50
/// billion in assets", "firms with more than 500 staff"), not one of the
/// subject's. Things counted are a group of their own ("1,960 troops with
/// 90 armoured personnel carriers").
fn of_a_class(text: &str, at: usize, hits: &[Hit]) -> bool {
    const HEDGES: [&str; 18] = [
        "as", "little", "much", "many", "few", "more", "less", "fewer", "than", "at", "least",
        "most", "over", "under", "about", "some", "up", "to",
    ];
    let at = text[..at]
        .trim_end_matches(['$', '\u{20ac}', '\u{a3}', '\u{a5}'])
        .len();
    // (at most four hedge words, then "with")
    let mut words = crate::text::words_before(text, at).peekable();
    for _ in 0..4 {
        if words
            .next_if(|&(_, w)| HEDGES.iter().any(|h| w.eq_ignore_ascii_case(h)))
            .is_none()
        {
            break;
        }
    }
    let Some((kw, "with")) = words.next() else {
        return false;
    };
    let Some((k, noun)) = words.next() else {
        return false;
    };
    // (nothing but spaces between: "one of Italy's best-known companies,
    // with some 63,000 employees" is the company's; and no name or
    // pronoun before it, whose verb it would be: "Read finishes with 117
    // Tests")
    let before = words.next().map(|(_, w)| w);
    noun.len() >= 4
        && noun.bytes().all(|b| b.is_ascii_lowercase())
        && noun.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| noun.ends_with(e))
        && text[k + noun.len()..kw].trim().is_empty()
        && !before.is_some_and(|w| {
            w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || ["he", "she", "it", "who", "which", "what"].contains(&w)
                || SMALL_NUMBERS.iter().any(|n| w.eq_ignore_ascii_case(n))
        })
        && !hits.iter().any(|h| {
            matches!(h.role, Role::Alias(_)) && h.span.start < k + noun.len() && k < h.span.end
        })
}

/// Where `sentence` begins to tell what an earlier version of the text
/// said, as a correction note does: the end of "an earlier version", "a
/// previous version" or "an earlier edition" (of "this article", "this
/// column", …), if it speaks of one. What follows is the error corrected.
fn earlier_version_told(sentence: &str) -> Option<usize> {
    // (most sentences have neither word: a look for their endings first)
    let b = sentence.as_bytes();
    memchr::memmem::find(b, b"ersion").or_else(|| memchr::memmem::find(b, b"dition"))?;
    let mut last = "";
    crate::text::words(sentence).find_map(|(at, w)| {
        let found = ["earlier", "previous", "original", "prior"]
            .iter()
            .any(|e| last.eq_ignore_ascii_case(e))
            && ["version", "edition"]
                .iter()
                .any(|v| w.eq_ignore_ascii_case(v));
        last = w;
        found.then_some(at + w.len())
    })
}

/// Whether the name at `at` is what something is compared with: "than"
/// stands right before it, or before its "the", or the second "as" of "as
/// … as" ("about a sixth as much as Sputnik", "heavier than the LHC"; not
/// "reopened as First Citizens branches"), or a margin of time from a mark
/// ("a second outside the four-minute barrier", [`MARGINS`]).
fn standard_of_comparison(text: &str, at: usize) -> bool {
    if compared_with(text, at) {
        return true;
    }
    let at = match word_right_before(text, at) {
        Some((k, w)) if w.eq_ignore_ascii_case("the") => k,
        _ => at,
    };
    word_right_before(text, at).is_some_and(|(k, w)| {
        (w.eq_ignore_ascii_case("as")
            && word_right_before(text, k).is_some_and(|(j, _)| word_before_is(text, j, &["as"])))
            // a margin from a mark: "a little over a second outside the
            // four-minute barrier", "0.3 seconds short of the record"
            // (after a unit of time: "More than 75,000 spectators were
            // inside the stadium" is a place)
            || (MARGINS.iter().any(|m| w.eq_ignore_ascii_case(m))
                && word_before_is(text, k, &MARGIN_UNITS))
            || (w.eq_ignore_ascii_case("of")
                && word_right_before(text, k).is_some_and(|(j, m)| {
                    MARGINS_OF.iter().any(|x| m.eq_ignore_ascii_case(x))
                        && word_before_is(text, j, &MARGIN_UNITS)
                }))
    })
}

/// Words that set an amount of time against a mark after them
/// ([`standard_of_comparison`]).
const MARGINS: [&str; 3] = ["outside", "inside", "off"];

/// Words that do so with "of" ("two seconds short of the record").
const MARGINS_OF: [&str; 3] = ["short", "shy", "ahead"];

/// The units of time a margin is told in.
const MARGIN_UNITS: [&str; 8] = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
];

/// Whether the word right before `at` ([`word_right_before`]) is one of
/// `words`, ASCII case folded.
fn word_before_is(text: &str, at: usize, words: &[&str]) -> bool {
    word_right_before(text, at)
        .is_some_and(|(_, w)| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
}

/// Whether the word before `at` (a function-word cue's start) is a verb of
/// change ([`CHANGE_BY`], [`CHANGED`]).
fn after_change(text: &str, at: usize) -> bool {
    word_right_before(text, at).is_some_and(|(_, w)| {
        CHANGE_BY
            .iter()
            .chain(&CHANGED)
            .any(|c| w.eq_ignore_ascii_case(c))
    })
}

/// The marks that end a clause: comma, semicolon, colon, dashes, brackets.
const CLAUSE_MARKS: [char; 7] = [',', ';', ':', '\u{2014}', '\u{2013}', '(', ')'];

/// Where the last clause mark ([`CLAUSE_MARKS`]) of `s` begins, with its
/// length; an en dash between digits is none ([`crate::text::joins_digits`]).
fn last_clause_mark(s: &str) -> Option<(usize, usize)> {
    s.rmatch_indices(CLAUSE_MARKS)
        .find(|&(k, m)| !crate::text::joins_digits(s, k, m))
        .map(|(k, m)| (k, m.len()))
}

/// Where the first clause mark ([`CLAUSE_MARKS`]) of `s` begins; an en dash
/// between digits is none ([`crate::text::joins_digits`]).
fn first_clause_mark(s: &str) -> Option<usize> {
    s.match_indices(CLAUSE_MARKS)
        .find(|&(k, m)| !crate::text::joins_digits(s, k, m))
        .map(|(k, _)| k)
}

/// Where the clause of a timeline entry `s` ends whose first clause mark,
/// at `k`, sets off an appositive after a name: "MARPOL, the International
/// Convention for the Prevention of Pollution from Ships, is adopted" is
/// one clause. The name is at most three words, and the aside opens with
/// an article or is itself a name of at most four words ("The Transport
/// Secretary, Stephen Byers, puts …"), is at most [`ASIDE_WORDS`] long,
/// holds no other clause mark and is closed by a comma; the clause goes on
/// to the next mark after it.
fn past_appositive(s: &str, k: usize) -> Option<usize> {
    let name_words = crate::text::words(&s[..k]).count();
    if !s[k..].starts_with(',') || !(1..=3).contains(&name_words) {
        return None;
    }
    let rest = &s[k + 1..];
    let close = rest.find(CLAUSE_MARKS)?;
    let aside = || crate::text::words(&rest[..close]).map(|(_, w)| w);
    let n = aside().count();
    // (or is a name: "The Transport Secretary, Stephen Byers, puts
    // Railtrack into railway administration")
    let a_name = || n <= 4 && aside().all(|w| w.starts_with(|c: char| c.is_uppercase()));
    if !rest[close..].starts_with(',')
        || !(1..=ASIDE_WORDS).contains(&n)
        || !(aside().next().is_some_and(crate::text::is_article) || a_name())
    {
        return None;
    }
    let after = k + 1 + close + 1;
    Some(first_clause_mark(&s[after..]).map_or(s.len(), |m| after + m))
}

/// Words in "-ing" that begin a clause without being a participle.
const NOT_PARTICIPLES: [&str; 5] = ["during", "morning", "evening", "spring", "nothing"];

/// Whether the clause that byte `at` stands in (its start found after
/// `from`) modifies what comes before it: it begins with a participle in
/// "-ing" ("…, tightening the blockade that had lasted four months") or a
/// relative pronoun ("…, which had lasted").
fn modifies_before(text: &str, from: usize, at: usize) -> bool {
    let Some(before) = text.get(from..at) else {
        return false;
    };
    let start = last_clause_mark(before).map_or(from, |(k, len)| from + k + len);
    crate::text::words(&text[start..at])
        .next()
        .is_some_and(|(_, w)| is_ing_participle(w) || is_relative_pronoun(w))
}

/// Whether `w` is a participle in "-ing" that may open a clause: in lower
/// case, longer than five letters, not "during", "morning", "nothing" and
/// the like ([`NOT_PARTICIPLES`]).
fn is_ing_participle(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("ing")
        && w.starts_with(|c: char| c.is_lowercase())
        && !NOT_PARTICIPLES.contains(&w)
        && !w.ends_with("thing")
}

/// Where the clause of the mention at `span` begins by its punctuation:
/// just after the last of [`CLAUSE_MARKS`] before it in its sentence, or
/// the sentence's start.
fn after_last_mark(text: &str, span: &Range<usize>, sentence: &Range<usize>) -> usize {
    let before = &text[sentence.start..span.start];
    // just after the mark, which may take more than one byte
    last_clause_mark(before).map_or(sentence.start, |(k, len)| sentence.start + k + len)
}

/// The clause of the mention at `span` within `sentence`: the text between
/// the nearest mark (`,`, `;`, `:`, a dash, a bracket) or word that begins a
/// clause ([`is_coordinator`]) on either side of it.
fn clause_around(text: &str, span: &Range<usize>, sentence: &Range<usize>) -> Range<usize> {
    let mut start = after_last_mark(text, span, sentence);
    // ("then" right after a short subject with no verb before it is an
    // adverb of the clause's own verb, and begins none: "Dorian then
    // stalled for nearly five days")
    // (the words before such a "then" are read only there: at most three,
    // none a verb)
    let adverb = |at: usize| {
        let mut before = crate::text::words(&text[start..start + at]);
        before.by_ref().take(3).all(|(_, w)| {
            !crate::text::is_past_word(w)
                && !["is", "are", "was", "were", "has", "have", "had", "will"]
                    .iter()
                    .any(|v| w.eq_ignore_ascii_case(v))
        }) && before.next().is_none()
    };
    if let Some((at, _)) = crate::text::words(&text[start..span.start])
        .filter(|&(at, w)| is_coordinator(w) && !(w.eq_ignore_ascii_case("then") && adverb(at)))
        .last()
    {
        start += at;
    }
    let after = text.get(span.end..sentence.end).unwrap_or_default();
    let mut end = first_clause_mark(after).map_or(sentence.end.max(span.end), |k| span.end + k);
    if let Some((at, _)) =
        crate::text::words(&text[span.end..end]).find(|&(_, w)| is_coordinator(w))
    {
        end = span.end + at;
    }
    start..end
}

/// Whether a date of the present ("today", "now") tells only that a state
/// holds: its clause's verb is a present "is", "are" or "remains" that no
/// participle follows, before or after the date ("Today, Pompeii is a
/// World Heritage site"; "the town is a ruin now"). Such a clause dates no
/// event: the listing it mentions happened years before. ("Today the town
/// is added to the list" and "Today the council voted" are events.)
fn states_now(text: &str, span: &Range<usize>, sentence: &Range<usize>) -> bool {
    const NOW: [&str; 3] = ["today", "now", "nowadays"];
    const STATE: [&str; 4] = ["is", "are", "remains", "remain"];
    if !NOW
        .iter()
        .any(|d| text[span.clone()].eq_ignore_ascii_case(d))
    {
        return false;
    }
    let is = |w: &str, of: &[&str]| of.iter().any(|o| w.eq_ignore_ascii_case(o));
    let participle =
        |w: &str| w.len() > 3 && w.ends_with("ed") || w == "being" || is(w, &PARTICIPLES);
    // the verb after the date: within five words, with only the date's own
    // comma between ("Today, Pompeii is …")
    let rest = text.get(span.end..sentence.end).unwrap_or_default();
    let lead = rest.len() - rest.trim_start_matches([',', ' ', '\u{a0}']).len();
    let after = &rest[lead..];
    let clause_end = first_clause_mark(after).unwrap_or(after.len());
    let mut words = crate::text::words(&after[..clause_end])
        .take(7)
        .map(|(_, w)| w);
    let mut before_verb = 0;
    while let Some(w) = words.next() {
        if is(w, &STATE) {
            return before_verb > 0 && words.next().is_none_or(|n| !participle(n));
        }
        if participle(w) || is_coordinator(w) || before_verb == 5 {
            break;
        }
        before_verb += 1;
    }
    // or the verb before it, in its clause ("the town is a ruin now"),
    // with nothing after the date but the sentence's end
    if !text[span.end..sentence.end]
        .trim_end()
        .chars()
        .all(|c| matches!(c, '.' | '!' | '?' | '"' | '\u{201d}'))
    {
        return false;
    }
    let clause = clause_around(text, span, sentence);
    let words: Vec<&str> = crate::text::words(&text[clause.start..span.start])
        .map(|(_, w)| w)
        .collect();
    words.iter().position(|w| is(w, &STATE)).is_some_and(|k| {
        k > 0
            && words.get(k + 1).is_none_or(|n| !participle(n))
            && !words.iter().any(|w| participle(w))
    })
}

/// Whether the words after a date restate it as the time of what follows
/// ("on 10 November 2020, the day the statement ended the war"; "in 2020,
/// when the war ended").
fn restated_after(text: &str, end: usize) -> bool {
    let mut next = crate::text::words(&text[end..]).take(3).map(|(_, w)| w);
    let is = |w: Option<&str>, of: &[&str]| {
        w.is_some_and(|w| of.iter().any(|o| w.eq_ignore_ascii_case(o)))
    };
    match next.next() {
        Some(w) if is(Some(w), &["when"]) => true,
        Some(w) if is(Some(w), &["the"]) => {
            let w = next.next();
            is(
                w,
                &[
                    "day", "date", "night", "morning", "evening", "week", "month", "year",
                ],
            ) || is(w, &["same"]) && is(next.next(), &["day", "date", "night", "week"])
        }
        _ => false,
    }
}

/// The dates a date after `relation` claims: on or before it after "by"
/// and "before", on or after it after "after", else itself.
fn bounded(iv: crate::value::Interval, relation: Relation) -> crate::value::Interval {
    match relation {
        Relation::By | Relation::Before => crate::value::Interval::new(f64::NEG_INFINITY, iv.hi),
        Relation::After => crate::value::Interval::new(iv.lo, f64::INFINITY),
        _ => iv,
    }
}

/// How many times as large or as small as a fact's a count must be
/// before it most likely counts other things, and is read loosely
/// ([`Loose::FarFromFact`]; not a slip of the unit: [`slip_of_unit`]).
///
/// Why a hundred: a wrong count keeps near the right one (a slip of a
/// digit is ten times, a transposition less); in the three hundred and
/// fourteen packs of the stories evaluation, no planted wrong count is more
/// than fourteen times or less than a fourteenth of the fact's, except
/// slips of the unit, while in the news rounds counts a hundred times the
/// fact's or more count other things ("the 28 million euros paid to the
/// families", against a compensation of 3.4 billion).
const COUNTS_APART: f64 = 100.0;

/// Whether `claim`, read in thousands of what it says or in thousandths,
/// meets `fact` within `tolerance`: a slip of the unit, which keeps the
/// figure's digits ("2.6 million" for 2.6 billion, "12,000" for 12
/// million). ("Five companies paid fines of £5.35 million" is no slip:
/// "five" for five million is no unit a writer confuses.)
fn slip_of_unit(
    claim: &crate::value::Interval,
    fact: &crate::value::Interval,
    tolerance: f64,
) -> bool {
    [1e3, 1e-3]
        .iter()
        .any(|&k| crate::value::Interval::new(claim.lo * k, claim.hi * k).gap(fact) <= tolerance)
}

/// How far (in days) a date that shares no part with a fact's dates must
/// lie from them before it most likely dates another event
/// ([`shares_no_part`]): two years.
const NO_PART_APART: f64 = 2.0 * crate::value::YEAR_DAYS;

/// Whether a date written to its month or its day (`value`, as the text
/// gives it, with no second reading) shares no part with the fact's dates
/// `fact`: no month, and, written to the day, no day of the month, that a
/// day of the fact has, and it lies more than [`NO_PART_APART`] from
/// them (so shares no year either).
///
/// Why: a slip of the pen or of the memory changes one part of a date ("1
/// November" for "10 November", "2019" for "2020", "October" for
/// "November"), and keeps the others; a date that keeps none of them, years
/// away, is most likely another event's, which the sentence's words bound
/// to this fact ("the tunnel under the Mersey, opened on 18 July 1934",
/// against the Mersey inquiry of 15 June 1915), though it may be the
/// subject's, confused with another's ("Flight 447 crashed on 25 July
/// 2000", the day of the Concorde crash): read loosely
/// ([`Loose::FarFromFact`]). In the three hundred
/// and fourteen packs of the stories evaluation, none of the 546 planted
/// wrong dates written to the month or the day is such a date: the few
/// that differ in every part lie within a year of the fact ("31 December
/// 2018" for "1 January 2019").
fn shares_no_part(value: &Value, fact: &crate::value::Interval) -> bool {
    use crate::value::date_from_day_number;
    let with_day = match value.granularity {
        Some(Granularity::Day) => true,
        Some(Granularity::Month) => false,
        _ => return false,
    };
    // the months and days of the month of the days of `iv`, as bits; every
    // one for a stretch of a year or more (or an open one)
    let parts = |iv: &crate::value::Interval| -> (u16, u32) {
        let all = (0x1ffe, 0xffff_fffe);
        // (an open or unknown end reads as long)
        let long = (iv.hi - iv.lo).partial_cmp(&crate::value::YEAR_DAYS);
        if long.is_none_or(|o| o != std::cmp::Ordering::Less) {
            return all;
        }
        let (mut months, mut days) = (0u16, 0u32);
        for n in iv.lo as i64..=iv.hi as i64 {
            let Some(d) = date_from_day_number(n) else {
                return all;
            };
            months |= 1 << d.month();
            days |= 1 << d.day();
        }
        (months, days)
    };
    if value.alt.is_some() || value.interval.gap(fact) <= NO_PART_APART {
        return false;
    }
    let (months, days) = parts(&value.interval);
    let (fact_months, fact_days) = parts(fact);
    months & fact_months == 0 && (!with_day || days & fact_days == 0)
}

/// Whether a name of `subject` stands among `hits` wholly within `between`.
fn named_between(hits: &[Hit], subject: usize, between: Range<usize>) -> bool {
    hits.iter().any(|g| {
        g.role.named() == Some(subject)
            && between.start <= g.span.start
            && g.span.end <= between.end
    })
}

/// Whether a mention's text is "this day" (any case, any spaces).
fn is_this_day(t: &str) -> bool {
    let mut w = t.split_whitespace();
    w.next().is_some_and(|a| a.eq_ignore_ascii_case("this"))
        && w.next().is_some_and(|b| b.eq_ignore_ascii_case("day"))
        && w.next().is_none()
}

/// Whether the word right before `at` (a date's start) is "circa", or
/// "ca." or "c." (not the last letter of "B.C."): the date is an
/// approximation.
fn after_circa(text: &str, at: usize) -> bool {
    crate::text::words_before(text, at)
        .next()
        .is_some_and(|(k, w)| {
            let Some(gap) = text.get(k + w.len()..at) else {
                return false;
            };
            let is = |x: &str| w.eq_ignore_ascii_case(x);
            match gap.strip_prefix('.') {
                _ if is("circa") => !gap.is_empty() && gap.trim().is_empty(),
                Some(rest) if is("ca") || is("c") => {
                    !rest.is_empty() && rest.trim().is_empty() && !text[..k].ends_with('.')
                }
                _ => false,
            }
        })
}

/// An approximate date's interval: one unit of its granularity more on
/// either side ("circa 2013" is 2012 to 2014, "c. July 1969" June to
/// August 1969).
fn widened(iv: crate::value::Interval, g: Option<Granularity>) -> crate::value::Interval {
    use crate::value::{date_from_day_number, day_number};
    let span = match g {
        Some(Granularity::Day) => jiff::Span::new().days(1),
        Some(Granularity::Week) => jiff::Span::new().weeks(1),
        Some(Granularity::Month) => jiff::Span::new().months(1),
        Some(Granularity::Season | Granularity::Quarter) => jiff::Span::new().months(3),
        Some(Granularity::Half) => jiff::Span::new().months(6),
        Some(Granularity::Year) => jiff::Span::new().years(1),
        Some(Granularity::Decade) => jiff::Span::new().years(10),
        Some(Granularity::Century) => jiff::Span::new().years(100),
        None => {
            let w = iv.hi - iv.lo + 1.0;
            return crate::value::Interval::new(iv.lo - w, iv.hi + w);
        }
    };
    let shift = |n: f64, by: jiff::Span| {
        date_from_day_number(n as i64)
            .and_then(|d| d.checked_add(by).ok())
            .map(|d| day_number(d) as f64)
    };
    match (shift(iv.lo, span.negate()), shift(iv.hi, span)) {
        (Some(lo), Some(hi)) => crate::value::Interval::new(lo, hi),
        _ => iv,
    }
}

/// The part of `sentence` between the semicolons around the mention at
/// `span`.
fn semicolon_part(text: &str, span: &Range<usize>, sentence: &Range<usize>) -> Range<usize> {
    let start = text[sentence.start..span.start]
        .rfind(';')
        .map_or(sentence.start, |k| sentence.start + k + 1);
    let end = text
        .get(span.end..sentence.end)
        .and_then(|rest| rest.find(';'))
        .map_or(sentence.end.max(span.end), |k| span.end + k);
    start..end
}

/// Whether the date (or cue) at `date` stands in an aside that does not
/// hold the mention at `span`: a relative clause set off by a comma (",
/// which published its final estimate in August 2010", "The group, which
/// was founded in 1990, said"), a noun in apposition with a relative
/// clause after the mention (", a career record that stood until 2005"),
/// a short phrase set off by commas that ends
/// in "since" and the date (", quiet since 1857,"), or a participle phrase
/// before the sentence's own verb (", set up by President Carter on 11
/// April 1979, found"). What stands there is the aside's, said of the noun
/// before it, and does not date the sentence's claim.
fn in_aside(text: &str, date: &Range<usize>, span: &Range<usize>, sentence: &Range<usize>) -> bool {
    let Some(before) = text.get(sentence.start..date.start) else {
        return false;
    };
    let Some(comma) = before.rfind(',') else {
        return false;
    };
    let start = sentence.start + comma + 1;
    // (a comma between digits groups a number's thousands: "drove some
    // 724,000 Azerbaijanis" ends no clause)
    let end = text
        .get(date.end..sentence.end)
        .and_then(clause_comma)
        .map_or(sentence.end, |k| date.end + k);
    // (the first five words of the clause, and how many there are)
    let mut first = [""; 5];
    let mut n = 0;
    for (slot, (_, w)) in first
        .iter_mut()
        .zip(crate::text::words(&text[start..date.start]))
    {
        *slot = w;
        n += 1;
    }
    let relative = n > 0 && crate::text::is_wh_relative(first[0]);
    // (a relative clause runs on through a participle in "-ing" after its
    // comma: ", in which three trains collided in December 1988, killing
    // 35 people" holds the 35)
    let end = match text.get(end..sentence.end) {
        Some(rest) if relative && rest.starts_with(',') => {
            let after = &rest[1..];
            let ing = crate::text::words(after)
                .next()
                .is_some_and(|(at, w)| after[..at].trim().is_empty() && is_ing_participle(w));
            if ing {
                clause_comma(after).map_or(sentence.end, |k| end + 1 + k)
            } else {
                end
            }
        }
        _ => end,
    };
    // or a noun in apposition that a relative clause holding the date
    // follows (", a career record that stood until 2005")
    let appositive = n >= 3
        && crate::text::is_article(first[0])
        && first[2..n].iter().any(|w| is_relative_pronoun(w));
    // or a short phrase set off by commas that ends in "since" and the
    // date: the start of a state said of the noun before it ("The volcano,
    // quiet since 1857, rumbled back to life")
    let state_since = text[date.end..].starts_with(',')
        && (1..=4).contains(&n)
        && first[n - 1].eq_ignore_ascii_case("since");
    // or a phrase set off by commas that opens with a past participle,
    // closes right after the date, and is followed by the sentence's own
    // verb in the past: said of the noun before it ("The commission, set up
    // by President Carter on 11 April 1979, found that …")
    let participle = n > 0
        && first[0].starts_with(|c: char| c.is_ascii_lowercase())
        && crate::text::is_participle(first[0])
        && text[date.end..].strip_prefix(',').is_some_and(|after| {
            crate::text::words(after).next().is_some_and(|(at, w)| {
                after[..at].trim().is_empty()
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && crate::text::is_past_form(w)
            })
        });
    // (the apposition only after what it is set beside: ", the moment that
    // mattered came on 1 December 1990" after an opening phrase is the
    // sentence's own clause)
    (relative || state_since || participle) && (span.end <= start || end <= span.start)
        || appositive && span.end <= start
}

/// Whether the cue at `cue` stands in a noun with its article set between
/// commas beside a name before it, in its `sentence`, with the mention at
/// `span` after the aside: what describes the name dates nothing of the
/// sentence's ("Ben Bernanke, the former Fed chairman, shared the 2022
/// Nobel prize" dates no chairmanship). (A date in such an aside still dates the sentence:
/// "Tangshan, the industrial city flattened in 1976, remains …".)
fn cue_beside_a_name(
    text: &str,
    cue: &Range<usize>,
    span: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let Some(open) = text
        .get(sentence.start..cue.start)
        .and_then(|before| before.rfind(','))
        .map(|k| sentence.start + k)
    else {
        return false;
    };
    let Some(close) = text[cue.end..span.start.max(cue.end)]
        .find(',')
        .map(|k| cue.end + k)
    else {
        return false;
    };
    let aside = &text[open + 1..close];
    let words = || crate::text::words(aside).map(|(_, w)| w);
    !aside.contains([';', ':', '(', ')'])
        && words().next().is_some_and(crate::text::is_article)
        && (2..=APPOSITION_WORDS).contains(&words().count())
        && crate::text::words_before(text, open)
            .next()
            .is_some_and(|(k, w)| k + w.len() == open && w.starts_with(|c: char| c.is_uppercase()))
}

/// Whether the amount at `span` stands in a relative clause ("that
/// killed 189 people") whose antecedent is a new thing of another kind
/// that names `subject` only as its place: a noun in lower case after
/// "a", "an" or a number, then "in" and a name of the subject (perhaps
/// with "and" and another capitalised name after it), right before the
/// pronoun. "A crash in Indonesia that killed 189 people" counts the
/// crash's dead; "the tsunami in Indonesia that killed …" is left to the
/// other rules (a noun after "the" is as often the subject itself).
fn placed_thing_before(text: &str, span: &Range<usize>, subject: usize, hits: &[Hit]) -> bool {
    // the pronoun, a few words before the amount, in its clause
    let Some((p, _)) = crate::text::words_before(text, span.start)
        .take(RELATIVE_REACH)
        .take_while(|&(k, w)| {
            text.get(k + w.len()..span.start)
                .is_some_and(|between| !clause_mark(between))
        })
        .find(|(_, w)| ["that", "which", "who"].contains(w))
    else {
        return false;
    };
    let mut end = antecedent_end(text, p);
    // ("in Indonesia and Ethiopia": a second place after the name)
    let mut back = crate::text::words_before(text, end);
    if let (Some((_, second)), Some((a, and))) = (back.next(), back.next())
        && and == "and"
        && second.starts_with(|c: char| c.is_uppercase())
        && !hits
            .iter()
            .any(|h| h.span.end == end && h.role.named() == Some(subject))
    {
        end = antecedent_end(text, a);
    }
    let Some(name) = hits
        .iter()
        .find(|h| h.span.end == end && h.role.named() == Some(subject))
    else {
        return false;
    };
    let mut before = crate::text::words_before(text, name.span.start);
    let (Some((_, preposition)), Some((n, noun)), Some((_, opener))) =
        (before.next(), before.next(), before.next())
    else {
        return false;
    };
    preposition == "in"
        && noun.starts_with(|c: char| c.is_ascii_lowercase())
        && !hits
            .iter()
            .any(|h| h.span.start <= n && n < h.span.end && h.role.named().is_some())
        && (["a", "an"].iter().any(|a| opener.eq_ignore_ascii_case(a))
            || opener.bytes().all(|b| b.is_ascii_digit())
            || SMALL_NUMBERS.iter().any(|x| opener.eq_ignore_ascii_case(x)))
}

/// How many words before an amount the pronoun of its relative clause may
/// stand ([`placed_thing_before`]: "that claimed the lives of 189").
const RELATIVE_REACH: usize = 5;

/// How many words a noun in apposition beside a name may have
/// ([`cue_beside_a_name`]: ", the former Fed chairman,").
const APPOSITION_WORDS: usize = 6;

/// Whether the cue at `cue`, after the date at `span`, stands in a noun
/// set between commas beside a name, with its article, that closes right
/// before the sentence's own verb, where the name is all that stands
/// between the date and the aside (a timeline's entry): it describes that
/// name, and dates nothing ("17 July 2003 — David Kelly, the government
/// weapons expert named as the source of a BBC story about the dossier,
/// dies near his home" dates no dossier).
fn in_apposition_before_verb(
    text: &str,
    cue: &Range<usize>,
    span: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let (Some(head), Some(rest)) = (
        text.get(span.end..cue.start),
        text.get(cue.end..sentence.end),
    ) else {
        return false;
    };
    let (Some(open), Some(close)) = (head.rfind(','), rest.find(',')) else {
        return false;
    };
    let opens_with_article = crate::text::words(&head[open + 1..])
        .next()
        .is_some_and(|(_, w)| crate::text::is_article(w));
    // (the name before the comma, all that stands between the date and
    // the aside: one to four capitalised words, no preposition)
    let name = || crate::text::words(&head[..open]).map(|(_, w)| w);
    let after_a_name = (1..=4).contains(&name().take(5).count())
        && name().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && !PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
        })
        && !head[..open].contains([',', ';', '(']);
    let closes_before_verb =
        crate::text::words(&rest[close + 1..])
            .next()
            .is_some_and(|(at, w)| {
                rest[close + 1..close + 1 + at].chars().count() <= 1
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !is_coordinator(w)
                    && !is_relative_pronoun(w)
            });
    opens_with_article && after_a_name && closes_before_verb && !rest[..close].contains([';', ':'])
}

/// Whether the cue at `cue` stands in a relative clause that a comma and
/// a wh-word open after the sentence's subject, and that a comma closes
/// right before the sentence's own verb, in the past, before the date at
/// `span`: "Hrant Melikyan, who ran the surgical department through two
/// wars, a blockade and the exodus that ended Armenian life in Karabakh,
/// died on 9 March 2025" dates his death, not the end of a war. (Commas
/// inside the clause, a list's, are no end of it, as [`in_aside`] reads
/// them.)
fn in_relative_aside(
    text: &str,
    cue: &Range<usize>,
    span: &Range<usize>,
    sentence: &Range<usize>,
) -> bool {
    let (Some(head), Some(between)) = (
        text.get(sentence.start..cue.start),
        text.get(cue.end..span.start),
    ) else {
        return false;
    };
    let opens = head.match_indices(',').any(|(k, _)| wh_word_after(head, k));
    let Some(comma) = between.rfind(',') else {
        return false;
    };
    // the sentence's verb right after the comma, and the date in its clause
    let mut after = crate::text::words(&between[comma + 1..]);
    opens
        && after.next().is_some_and(|(at, w)| {
            between[comma + 1..comma + 1 + at].trim().is_empty()
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && crate::text::is_past_form(w)
        })
        && after.count() <= 4
}

/// Whether a wh-word ("which", "who") stands right after the comma at
/// byte `k` of `s`, opening a relative clause.
fn wh_word_after(s: &str, k: usize) -> bool {
    crate::text::words(&s[k + 1..])
        .next()
        .is_some_and(|(at, w)| {
            s[k + 1..k + 1 + at].trim().is_empty() && crate::text::is_wh_relative(w)
        })
}

/// Words by which a sentence refers back to what the one before named.
const BACK_REFERENCES: [&str; 13] = [
    "it", "its", "they", "their", "them", "this", "these", "that", "those", "he", "his", "she",
    "her",
];

fn is_back_reference(w: &str) -> bool {
    BACK_REFERENCES.iter().any(|b| w.eq_ignore_ascii_case(b))
}

/// Words after which "that" begins a clause ("estimates that more than
/// 80%"), not a phrase that refers back ("that war"): a determiner, a
/// hedge, a pronoun, or a preposition ("so many died that by 1970 only 18
/// operations were attempted").
const AFTER_THAT_CLAUSE: [&str; 38] = [
    "the", "a", "an", "more", "less", "fewer", "about", "nearly", "almost", "some", "around",
    "roughly", "over", "under", "only", "it", "he", "she", "they", "we", "there", "its", "by",
    "in", "on", "at", "for", "from", "with", "after", "before", "since", "during", "until",
    "within", "between", "among", "despite",
];

/// Whether `sentence` refers back to what the one before named
/// ([`BACK_REFERENCES`]; "that" only as a determiner: "that war", not
/// "estimates that more than 80% of world trade").
fn refers_back(sentence: &str) -> bool {
    let mut words = crate::text::words(sentence).map(|(_, w)| w).peekable();
    while let Some(w) = words.next() {
        if w.eq_ignore_ascii_case("that") {
            let clause = words.peek().is_none_or(|n| {
                !n.starts_with(|c: char| c.is_lowercase())
                    || AFTER_THAT_CLAUSE.iter().any(|x| n.eq_ignore_ascii_case(x))
            });
            if !clause {
                return true;
            }
        } else if is_back_reference(w) {
            return true;
        }
    }
    false
}

/// Words that begin a noun phrase of their own: between a count and a noun
/// after it, one says the noun is not what the count counts.
pub(crate) const DETERMINERS: [&str; 12] = [
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
];

/// Whether the text between an amount and a cue after it (`a..b`) holds
/// the start of another mention or a mark that ends a clause, or, after a
/// count, a determiner
/// ([`DETERMINERS`]), a preposition ([`NOUN_ENDS`]) or a unit of time
/// ("years"): then the cue is not the
/// noun the amount counts. (A percentage measures a noun after a
/// determiner: "52.3% of the popular vote".)
fn count_noun_interrupted(
    text: &str,
    mentions: &[Resolved],
    mi: usize,
    a: usize,
    b: usize,
    kind: Kind,
) -> bool {
    // a compound adjective between them describes the noun, and counts
    // nothing ("five 75-basis-point hikes")
    let money = signed_as_money(text, &mentions[mi].mention.span);
    mentions[mi + 1..]
        .iter()
        .find(|m| {
            !matches!(&m.mention.expr, Expr::Count(c) if c.aside == Some(Aside::Compound))
        })
        .is_some_and(|m| m.mention.span.start >= a && m.mention.span.start < b)
        // "by 51.9 per cent to 48.1 per cent, on a turnout of 71.2 per
        // cent": the noun an amount counts is in its own clause
        || text
            .get(a..b)
            .is_some_and(|between| between.contains([',', ';', '(', ')']))
        || kind == Kind::Count
            && text.get(a..b).is_some_and(|between| {
                crate::text::words(between).any(|(_, w)| {
                    DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
                        || crate::extract::Unit::from_word(w).is_some()
                        // "about 100 relatives of Chinese passengers" counts
                        // the relatives ("$6.9 billion of goods" is money,
                        // said of what it buys)
                        || !money && NOUN_ENDS.iter().any(|p| w.eq_ignore_ascii_case(p))
                })
            })
}

/// The signs that make an amount money.
const MONEY_SIGNS: [char; 4] = ['$', '€', '£', '¥'];

/// Whether the date at `span` stands alone in brackets after a word that
/// no rule knows: it dates that word ("A profile of Armenia's foreign
/// minister (30 June) said …", a citation), not an event of the rules.
/// After a name or a cue ("the trilateral statement (10 November 2020)")
/// it is the date of what they name, and after the mention that ends at
/// `previous` it restates it ("on Wednesday (17 April)").
fn bracketed_after_another(
    text: &str,
    span: &Range<usize>,
    hits: &[Hit],
    previous: Option<usize>,
) -> bool {
    let Some(open) = text[..span.start]
        .trim_end_matches([' ', '\u{a0}'])
        .strip_suffix('(')
    else {
        return false;
    };
    if !text[span.end..]
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(')')
    {
        return false;
    }
    let end = open.trim_end_matches([' ', '\u{a0}']).len();
    end > 0 && previous != Some(end) && !hit_ends_at(hits, end)
}

/// Whether a name or cue of the rules ends at byte `end`. The hits that
/// end there begin a phrase's length before it at most (hits are sorted by
/// their start: a bounded look, however many).
fn hit_ends_at(hits: &[Hit], end: usize) -> bool {
    let from = hits.partition_point(|h| h.span.start + LONGEST_PHRASE < end);
    let to = hits.partition_point(|h| h.span.start < end);
    hits[from..to].iter().any(|h| h.span.end == end)
}

/// Nouns and verbs that, with "that" after them, put what follows as
/// another's claim: "repeated the claim that they spent an hour on the
/// summit", "the myth that the war lasted two months".
const CLAIM_THAT: [&str; 12] = [
    "claim",
    "claims",
    "claimed",
    "claiming",
    "myth",
    "rumour",
    "rumor",
    "allegation",
    "allegations",
    "notion",
    "falsely",
    "wrongly",
];

/// Whether the amount or date at `span` is what the article reports
/// another as claiming and does not assert itself, as a quotation is: it
/// follows "the claim that" (or "the myth that", "claimed that", "falsely
/// said that") in its sentence, or a reporting verb before it ("one
/// widely shared post says …") that a clause of the same sentence answers
/// with "in fact", "in reality" or "actually" ("…; in fact, the last of
/// them left on 12 June"). Its findings are advice.
fn disputed(text: &str, sentence: &Range<usize>, span: &Range<usize>) -> bool {
    let Some(before) = text.get(sentence.start..span.start) else {
        return false;
    };
    let is = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    let mut previous = "";
    let mut reported = false;
    for (_, w) in crate::text::words(before) {
        if w.eq_ignore_ascii_case("that") && is(previous, &CLAIM_THAT) {
            return true;
        }
        reported |= is(w, &REPORTING) || is(w, &["claims", "posted", "wrote", "writes"]);
        previous = w;
    }
    // (only at the start of a clause after the mention's: past a mark, or
    // "but")
    reported
        && text.get(span.end..sentence.end).is_some_and(|after| {
            let mut words = crate::text::words(after).peekable();
            let (mut end, mut but) = (0, false);
            while let Some((k, w)) = words.next() {
                let opens = but || after[end..k].contains([';', ',', ':', '\u{2014}']);
                let answer = w.eq_ignore_ascii_case("actually")
                    || w.eq_ignore_ascii_case("in")
                        && words.peek().is_some_and(|&(_, n)| {
                            n.eq_ignore_ascii_case("fact") || n.eq_ignore_ascii_case("reality")
                        });
                if opens && answer {
                    return true;
                }
                but = w.eq_ignore_ascii_case("but");
                end = k + w.len();
            }
            false
        })
}

/// Where the verb in "-ing" begins that the cue at `cue` stands right
/// before, if the cue is a verb of beginning ("began deploying", "started
/// withdrawing").
fn begins_another_verb(text: &str, cue: &Range<usize>) -> Option<usize> {
    const BEGIN: [&str; 8] = [
        "began", "begin", "begins", "begun", "started", "start", "starts", "starting",
    ];
    let w = &text[cue.clone()];
    if !BEGIN.iter().any(|b| w.eq_ignore_ascii_case(b)) {
        return None;
    }
    let (at, next) = crate::text::words(&text[cue.end..]).next()?;
    (text[cue.end..cue.end + at]
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}' || c == '\n')
        && next.len() > 4
        && next.ends_with("ing"))
    .then_some(cue.end + at)
}

/// Whether the date at `span` begins a period ("from" or "since" right
/// before it) that "until" or "till" after it ends before byte `cue`: "from
/// 27 September until the trilateral statement signed by …" dates the
/// start of the fighting, not the signing. (Not "to", which may begin a
/// verb: "dissolving its institutions from 1 January 2024, the day it
/// ceased to exist".)
fn period_ends_before(text: &str, span: &Range<usize>, cue: usize) -> bool {
    word_right_before(text, span.start)
        .is_some_and(|(_, w)| w.eq_ignore_ascii_case("from") || w.eq_ignore_ascii_case("since"))
        && text.get(span.end..cue).is_some_and(|between| {
            crate::text::words(between)
                .any(|(_, w)| w.eq_ignore_ascii_case("until") || w.eq_ignore_ascii_case("till"))
        })
}

/// Whether the count of mention `mi` stands after a preposition of place
/// and "the" right after another amount and its noun: it
/// says where the other one's are ("about 70,000 people on the two islands
/// are in need"), and the clause's claim is the other amount's.
fn in_phrase_of_another(text: &str, mentions: &[Resolved], mi: usize) -> bool {
    let Some(previous) = mi.checked_sub(1).map(|k| &mentions[k]) else {
        return false;
    };
    if !matches!(previous.mention.expr, Expr::Count(_)) {
        return false;
    }
    let span = &mentions[mi].mention.span;
    let mut before = crate::text::words_before(text, span.start);
    let (Some((_, the)), Some((at, preposition))) = (before.next(), before.next()) else {
        return false;
    };
    let is = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    // (a preposition of place: "short of the 1,960 troops allowed them" and
    // "eight stadiums for its 64 matches" claim both, and so does "2.4
    // million words across its 12 volumes"; nor a compound, "took 353 seats
    // in the 543-member Lok Sabha")
    if !the.eq_ignore_ascii_case("the")
        || !is(preposition, &["on", "in", "at"])
        || matches!(&mentions[mi].mention.expr, Expr::Count(c) if c.aside == Some(Aside::Compound))
    {
        return false;
    }
    // the other amount's noun, one or two words, and nothing else between
    text.get(previous.mention.span.end..at)
        .is_some_and(|between| {
            !between.contains(CLAUSE_MARKS)
                && (1..=2).contains(&crate::text::words(between).count())
        })
}

/// Whether the amount at `span` is a place's distance in apposition to a
/// capitalised name no rule knows, right before its comma: "flown to Chiang
/// Rai Prachanukroh Hospital, about 70 kilometres from the cave" locates
/// the hospital; it is no claim about the fact its noun cues.
fn located_after_another(text: &str, span: &Range<usize>, hits: &[Hit]) -> bool {
    let Some(before) = text[..span.start]
        .trim_end_matches([' ', '\u{a0}'])
        .strip_suffix(',')
    else {
        return false;
    };
    let end = before.len();
    let named = crate::text::words_before(text, end)
        .next()
        .is_some_and(|(at, w)| at + w.len() == end && w.starts_with(|c: char| c.is_uppercase()));
    // the words after it: its unit, then "from", "away" or "north of"
    let mut after = crate::text::words(&text[span.end..])
        .take(4)
        .map(|(_, w)| w);
    let _unit = after.next();
    let locates = match (after.next(), after.next()) {
        (Some(w), _) if ["from", "away"].iter().any(|x| w.eq_ignore_ascii_case(x)) => true,
        (Some(w), Some(of)) => {
            [
                "north",
                "south",
                "east",
                "west",
                "northeast",
                "northwest",
                "southeast",
                "southwest",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
                && of.eq_ignore_ascii_case("of")
        }
        _ => false,
    };
    if !(named && locates) {
        return false;
    }
    // the name is no rule's
    !hit_ends_at(hits, end)
}

/// The longest name or cue, in bytes, that [`hit_ends_at`] looks back
/// for.
const LONGEST_PHRASE: usize = 200;

/// Prepositions that end a noun phrase: between a count and a cue after it,
/// they say the count's noun came before them ("100 relatives of Chinese
/// passengers").
const NOUN_ENDS: [&str; 10] = [
    "of", "in", "on", "at", "for", "from", "with", "by", "to", "into",
];

/// Verbs that report what another clause says ("a poll this month found
/// that 49 per cent of voters think Britain was wrong to vote to leave").
const REPORTING: [&str; 30] = [
    "said",
    "says",
    "found",
    "showed",
    "reported",
    "announced",
    "stated",
    "claimed",
    "revealed",
    "suggested",
    "suggests",
    "noted",
    "told",
    "tells",
    "estimated",
    "concluded",
    "warned",
    "warns",
    "insisted",
    "insists",
    "added",
    "adds",
    "wrote",
    "writes",
    "argued",
    "argues",
    "confirmed",
    "confirms",
    "believes",
    "believed",
];

/// Whether `between`, the text from a date to a cue after it, holds a verb
/// that reports the cue's clause, with "that": the date is the report's
/// ("A poll this month found that 49 per cent of voters think Britain was
/// wrong to vote to leave"). Without "that" the report is most often the
/// event's own news ("February 2024 — Pashinyan says Armenia has frozen its
/// participation"), and the date is the event's.
fn reported_between(between: &str) -> bool {
    let mut words = crate::text::words(between).map(|(_, w)| w).peekable();
    while let Some(w) = words.next() {
        if REPORTING.iter().any(|r| w.eq_ignore_ascii_case(r))
            && words.peek().is_some_and(|n| n.eq_ignore_ascii_case("that"))
        {
            return true;
        }
    }
    false
}

/// Whether the cue at `cue` is the object of a verb right before it (a
/// determiner or possessive pronoun between them) that cues another fact
/// `other` accepts: the date after the object is the verb's. "the Supreme
/// Court upheld his life sentence last November" dates the upholding, not
/// the sentence ("life sentence" a cue of the verdict that gave it).
fn object_of_another_cue(
    text: &str,
    cue: &Range<usize>,
    fact: usize,
    hits: &[Hit],
    other: impl Fn(usize) -> bool,
) -> bool {
    // (an article, a demonstrative or a possessive, [`DETERMINERS`]: "that"
    // after a verb of saying begins a clause instead, "said that
    // sentences …")
    let mut before = crate::text::words_before(text, cue.start).take(2);
    // (an object's determiner: without one, the word before may be
    // anything, "last until", "began leaving")
    let Some((_, d)) = before
        .next()
        .filter(|(_, d)| DETERMINERS.iter().any(|w| d.eq_ignore_ascii_case(w)))
    else {
        return false;
    };
    let Some((at, w)) = before.next() else {
        return false;
    };
    // ("that" after a noun begins a relative clause, "the statement that
    // ended the war": it is a demonstrative only after a verb in the past)
    if d.eq_ignore_ascii_case("that") && !demonstrative_after(w, d) {
        return false;
    }
    // (the whole verb: a cue that covers it, or a stem of a verb in the
    // past, "overturn*" in "overturned"; not "landing" in "landings")
    let past = crate::text::is_past_form(w);
    let covers = |h: &Range<usize>| {
        h.start <= at && (at + w.len() <= h.end || past && h.start == at && at < h.end)
    };
    w.starts_with(|c: char| c.is_lowercase()) && cues_another(hits, covers, fact, other)
}

/// Whether `that`, the word right after the cue `verb`, is a demonstrative
/// ("overturned that verdict in 2004"), not the start of a clause: after a
/// verb in the past that is no verb of saying ("said that talks would
/// resume in 2025").
fn demonstrative_after(verb: &str, that: &str) -> bool {
    let Some((_, last)) = crate::text::words(verb).last() else {
        return false;
    };
    that.eq_ignore_ascii_case("that")
        && crate::text::is_past_form(last)
        && !REPORTING.iter().any(|r| last.eq_ignore_ascii_case(r))
}

/// Whether the cue at `cue`, a word the rules write in lower case
/// ("champions"), stands capitalised inside a run of capitalised words
/// that does not begin the sentence: it is then a word of a proper name
/// ("the Champions League"), not the cue.
fn in_proper_name(text: &str, cue: &Range<usize>, cues: &[String]) -> bool {
    let word = &text[cue.clone()];
    if !word.starts_with(|c: char| c.is_uppercase()) || word.contains(' ') {
        return false;
    }
    // (a cue the rules write capitalised is a name: "Americans")
    if cues.iter().any(|c| {
        c.trim_end_matches('*')
            .starts_with(|c: char| c.is_uppercase())
    }) {
        return false;
    }
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    // (what begins a sentence, a line or an entry is capitalised anyway)
    let opens = |head: &str| {
        let head = head.trim_end_matches([' ', '\t', '\u{a0}']);
        head.is_empty()
            || head.ends_with(['.', '!', '?', '—', '–', '-', ':', '"', '“', '\n', '(', '|'])
    };
    if opens(&text[..cue.start]) {
        return false;
    }
    // (a headline in title case capitalises every word: "Families Gather
    // at Kennedy to Remember Seven Astronauts")
    let line = text[..cue.start].rfind('\n').map_or(0, |k| k + 1)
        ..text[cue.end..]
            .find('\n')
            .map_or(text.len(), |k| cue.end + k);
    let (mut words, mut capitals) = (0, 0);
    for (_, w) in crate::text::words(&text[line]) {
        words += 1;
        capitals += usize::from(capitalised(w));
    }
    if 2 * capitals > words {
        return false;
    }
    let after = text[cue.end..]
        .strip_prefix(|c: char| c.is_alphanumeric())
        .map_or(&text[cue.end..], |_| "");
    let next = after
        .strip_prefix(' ')
        .and_then(|r| crate::text::words(r).next())
        .is_some_and(|(at, w)| at == 0 && capitalised(w));
    let previous = word_right_before(text, cue.start).is_some_and(|(k, w)| {
        capitalised(w) && text[k + w.len()..cue.start] == *" " && !opens(&text[..k])
    });
    next || previous
}

/// Whether a hit that `covers` accepts is a cue of another fact than
/// `fact`, one `other` accepts, and none is a cue of `fact` itself: a verb
/// that cues both ("announced the final results", where "announc*" cues
/// the final results and the interim ones) says nothing of another fact.
fn cues_another(
    hits: &[Hit],
    covers: impl Fn(&Range<usize>) -> bool,
    fact: usize,
    other: impl Fn(usize) -> bool,
) -> bool {
    let mut another = false;
    for h in hits.iter().filter(|h| covers(&h.span)) {
        match h.role {
            Role::Cue(g) if g == fact => return false,
            Role::Cue(g) if other(g) => another = true,
            _ => {}
        }
    }
    another
}

/// Whether the cue at `cue` is the subject of a form of "be" a few words
/// after it, in its clause, whose complement right after it cues another
/// fact `other` accepts: what is said of the subject is the claim. "Two days
/// ago, the ministry said the withdrawal of the Russian peacekeepers was
/// complete" dates the completion, not the withdrawal's start.
fn subject_of_another_cue(
    text: &str,
    cue: &Range<usize>,
    fact: usize,
    hits: &[Hit],
    other: impl Fn(usize) -> bool,
) -> bool {
    let rest = &text[cue.end..];
    let clause = &rest[..rest.find([',', ';', ':', '.']).unwrap_or(rest.len())];
    let mut words = crate::text::words(clause).take(7).peekable();
    while let Some((_, w)) = words.next() {
        if !BE_FORMS.iter().any(|b| w.eq_ignore_ascii_case(b)) {
            continue;
        }
        let Some(&(at, next)) = words.peek() else {
            return false;
        };
        // (a cue that begins the complement, within its word: "complet*")
        let at = cue.end + at;
        let covers = |h: &Range<usize>| h.start == at && h.end <= at + next.len();
        return cues_another(hits, covers, fact, other);
    }
    false
}

/// Whether the object of the cue at `cue` begins with a word that
/// excludes `subject` (another thing of its kind, as the rules say), and
/// does not name `subject`: what the cue tells is done to that other
/// thing. "The Seikan Tunnel lost its title in 2016, when Switzerland
/// opened the 57.1-kilometre Gotthard Base Tunnel" dates the Gotthard's
/// opening, not the Seikan's, where "Gotthard" excludes the Seikan. The
/// object is the few words after the cue in its clause, up to the first
/// name or exclusion word. (A name of another subject alone is no sign:
/// "Singapore Airlines took delivery of the first A380" is the
/// airline's delivery as much as the aircraft's.)
fn object_names_another(
    text: &str,
    cue: &Range<usize>,
    sentence: &Range<usize>,
    subject: usize,
    hits: &[Hit],
) -> bool {
    let rest = &text.as_bytes()[cue.end..sentence.end.max(cue.end)];
    // (a point or comma between digits ends nothing: "57.1-kilometre")
    let end = cue.end
        + (0..rest.len())
            .find(|&k| match rest[k] {
                b';' | b':' | b'(' => true,
                b',' | b'.' => !groups_digits(rest, k),
                _ => false,
            })
            .unwrap_or(rest.len());
    // the first name after the cue, with at most OBJECT_WORDS words before it
    let Some(name) = hits
        .iter()
        .filter(|g| {
            (g.role.named().is_some() || matches!(g.role, Role::Exclude(_)))
                && g.span.start >= cue.end
                && g.span.end <= end
        })
        .min_by_key(|g| g.span.start)
    else {
        return false;
    };
    // (a name after a preposition is no object: "when fire broke out in
    // Pile No. 1")
    let between = || crate::text::words(&text[cue.end..name.span.start]);
    if between().count() > OBJECT_WORDS
        || between().any(|(_, w)| {
            PREPOSITIONS
                .iter()
                .chain(&NOT_OF_OBJECT)
                .any(|p| w.eq_ignore_ascii_case(p))
        })
    {
        return false;
    }
    let at_name = hits.iter().filter(|g| g.span.start == name.span.start);
    let mut excluded = false;
    for g in at_name {
        match g.role {
            Role::Alias(k) | Role::Generic(k) if k == subject => return false,
            Role::Exclude(k) if k == subject => excluded = true,
            _ => {}
        }
    }
    excluded
}

/// How many words may stand between a cue and the name that begins its
/// object ("opened the 57.1-kilometre Gotthard Base Tunnel").
const OBJECT_WORDS: usize = 5;

/// Prepositions other than [`PREPOSITIONS`] that begin no object of a cue
/// ("of" does: "the opening of the Gotthard Base Tunnel").
const NOT_OF_OBJECT: [&str; 12] = [
    "to", "for", "from", "with", "into", "near", "over", "across", "under", "as", "than", "like",
];

/// Forms of "be" that make a passive of the participle after them, or
/// link a subject to what is said of it.
const BE_FORMS: [&str; 7] = ["was", "were", "is", "are", "been", "be", "being"];

/// Capitalised words that name no one: a cue after one of them is not a
/// named other's doing ([`done_by_another`]).
const NAMELESS: [&str; 30] = [
    "the", "a", "an", "it", "its", "they", "their", "he", "she", "his", "her", "we", "our", "i",
    "you", "this", "these", "those", "that", "some", "many", "most", "all", "both", "each", "then",
    "there", "here", "when", "who",
];

/// Whether the cue at `cue` is the doing of someone the text names and
/// the rules do not, and so no claim about `subject`: the word right
/// before it is a capitalised name that is not one of the subject's own
/// (its names or context words), and the sentence names the subject only
/// after the mention's clause. "Aliyev arrived in Moscow on 22 April, days after the
/// Kremlin said the peacekeepers were leaving" dates Aliyev's arrival, not
/// the peacekeepers'; "Russia deployed peacekeepers on 10 November 2020"
/// and "Peskov confirmed the withdrawal on 17 April" name the subject in
/// the clause, and the cue counts.
fn done_by_another(
    text: &str,
    cue: &Range<usize>,
    clause: &Range<usize>,
    sentence: &Range<usize>,
    subject: usize,
    hits: &[Hit],
) -> bool {
    let Some((at, w)) = crate::text::words_before(text, cue.start).next() else {
        return false;
    };
    let end = at + w.len();
    if !text
        .get(end..cue.start)
        .is_some_and(|gap| !gap.is_empty() && gap.bytes().all(|b| b == b' '))
        || !w.chars().next().is_some_and(char::is_uppercase)
        || NAMELESS.iter().any(|n| w.eq_ignore_ascii_case(n))
    {
        return false;
    }
    let own = |h: &&Hit| matches!(h.role, Role::Alias(k) | Role::Generic(k) | Role::Context(k) if k == subject);
    // the name before the cue is the subject's own ("RMC", "Aliyev's")
    if hits
        .iter()
        .filter(own)
        .any(|h| h.span.start < end && at < h.span.end)
    {
        return false;
    }
    // the sentence names the subject, and only after the clause: a clause
    // of its own ("days after the Kremlin said the peacekeepers were
    // leaving"). Named before it, the clause may report on it ("the
    // peacekeepers have started leaving, the Kremlin confirmed on
    // Wednesday"); named in an earlier sentence only, the name before the
    // cue may stand for it ("Moscow began pulling them out last week").
    // Named before it, in a clause of the name's own doing that does not
    // report ("The Queen had been widowed for 17 months, since Prince
    // Philip died on 9 April 2021"), it is that name's too.
    let mut names = hits
        .iter()
        .filter(own)
        .filter(|h| matches!(h.role, Role::Alias(_) | Role::Generic(_)))
        .peekable();
    if names.peek().is_none() {
        // a sentence that names no subject continues the one before, and
        // the name before the cue may stand for the subject ("Moscow began
        // pulling them out last week"), unless it is a name the text
        // writes as one elsewhere and nothing in the sentence refers back:
        // "Many physicists expect the result to bring a Nobel Prize for
        // Higgs and Englert. Brout died last year" (Robert Brout, named in
        // an earlier paragraph) dates another man's death
        return !refers_back(&text[sentence.clone()]) && named_elsewhere(text, at, w);
    }
    // a relative clause whose antecedent is a name of the subject is about
    // it: "Into Thin Air, which Jon Krakauer published 25 years ago"
    // (the cue may stand before the clause's start)
    // (the clause as its marks bound it, too, where a list of names
    // began it at their "and": "the October War, which Egypt and Syria
    // launched on 7 October 1973")
    for start in [clause.start, after_last_mark(text, cue, sentence)] {
        let in_clause = text.get(start..cue.start).unwrap_or_default();
        if crate::text::words(in_clause)
            .next()
            .is_some_and(|(_, w)| is_relative_pronoun(w))
        {
            let head = antecedent_end(text, start);
            if names.clone().any(|h| h.span.end == head) {
                return false;
            }
        }
    }
    let mut before = false;
    for h in names {
        if h.span.start >= clause.end {
            continue;
        }
        // (a name in the clause before a subordinating conjunction that
        // opens the doer's own clause is as one named before it: "The fate
        // of Scott's party was not known until the Terra Nova reached New
        // Zealand in February 1913")
        if h.span.start >= clause.start
            && !(h.span.end <= at && subordinates(text.get(h.span.end..at).unwrap_or_default()))
        {
            return false;
        }
        before = true;
    }
    // (the whole word: a prefix cue, "confirm*", ends inside it)
    let reports = crate::text::words(&text[cue.start..])
        .next()
        .is_some_and(|(_, c)| REPORTING.iter().any(|r| c.eq_ignore_ascii_case(r)));
    !(before && reports)
}

/// Conjunctions that open a clause whose doer follows them ("since Delphi
/// filed", "when Atlantis landed"): [`done_by_a_stranger`].
const OPENS_A_DOERS_CLAUSE: [&str; 13] = [
    "since", "after", "before", "when", "while", "because", "until", "till", "as", "once",
    "whereas", "although", "though",
];

/// Words that may stand between a past verb and the cue that is its object
/// ("filed for Chapter 11", "declared a state of emergency").
const OBJECT_LEADS: [&str; 9] = [
    "for", "the", "a", "an", "its", "their", "his", "her", "into",
];

/// Personal pronouns: a doer of its own in a clause that "and" joins on
/// ([`done_by_a_stranger`]).
pub(crate) const PRONOUNS: [&str; 7] = ["it", "they", "he", "she", "we", "i", "you"];

/// Auxiliaries that may stand between a doer and its verb ("was seized",
/// "had filed").
const AUXILIARIES: [&str; 9] = [
    "was", "were", "is", "are", "had", "has", "have", "been", "be",
];

/// Whether the verb cue at `cue` (or the verb an "and" joins it to) is the
/// doing of a name the subject's rule file knows nothing of: the
/// capitalised words right before the verb (through "was", "had" and the
/// like) are none of the file's subjects' names, generic names or context
/// words, and no word of them stands in any. What that stranger did is its
/// own, however the clause names the subject's kind of event: "PG&E filed
/// for Chapter 11 bankruptcy protection on January 29, 2019, and emerged
/// on July 1, 2020" is no filing of Kodak's; "when Atlantis landed on July
/// 21" is no landing of Pathfinder's. A name the file knows ("Steven
/// Sasson built the first digital camera", in a file that names Sasson)
/// and a report ("Peskov confirmed the withdrawal") leave the cue as it is.
fn done_by_a_stranger(
    text: &str,
    cue: &Range<usize>,
    span: &Range<usize>,
    sentence: &Range<usize>,
    subject: usize,
    rules: &RuleSet,
    hits: &[Hit],
) -> bool {
    let in_sentence = |at: usize| at >= sentence.start;
    let past_verb = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase())
            && crate::text::is_past_form(w)
            && !AUXILIARIES.contains(&w)
            && !REPORTING.iter().any(|r| w.eq_ignore_ascii_case(r))
    };
    let Some((_, cue_word)) = crate::text::words(&text[cue.start..]).next() else {
        return false;
    };
    // a cue that is the object of a past verb right before it ("filed for
    // Chapter 11", "declared a state of emergency") is that verb's doing
    let governing = || {
        let mut before = crate::text::words_before(text, cue.start).take(2);
        let (k, w) = before.next()?;
        let (k, w) = if OBJECT_LEADS.iter().any(|l| w.eq_ignore_ascii_case(l)) {
            before.next()?
        } else {
            (k, w)
        };
        // (the word may run on into the cue: "re" of "relaunched")
        let between = text.get(k + w.len()..cue.start)?;
        (in_sentence(k) && past_verb(w) && between.chars().all(|c| c.is_alphabetic() || c == ' '))
            .then_some(k)
    };
    let Some(mut verb) = past_verb(cue_word).then_some(cue.start).or_else(governing) else {
        // (in any tense, another of the kind: "Hurricane Andrew, a
        // Category 5 storm, hit")
        return hits
            .iter()
            .any(|h| matches!(h.role, Role::Generic(k) if k == subject))
            && titled_other(
                text,
                &doer_before(text, sentence, cue.start),
                subject,
                rules,
                hits,
            );
    };
    if modifies_a_strangers(text, verb, sentence, subject, rules, hits) {
        return true;
    }
    // "… filed for Chapter 11 …, and emerged on July 1, 2020": the doer
    // of the verb before the "and", in the sentence and no clause mark
    // between
    if let Some((k, w)) = crate::text::words_before(text, verb).next()
        && in_sentence(k)
        && w == "and"
    {
        let Some((v, _)) = crate::text::words_before(text, k)
            .take_while(|&(at, w)| {
                in_sentence(at) && !text[at + w.len()..k].contains([';', ':', '(', ')'])
            })
            .take(12)
            .find(|&(_, w)| past_verb(w) || PRONOUNS.iter().any(|p| w.eq_ignore_ascii_case(p)))
            .filter(|&(_, w)| past_verb(w))
        else {
            // ("it split in two and sank": the doer a pronoun)
            return false;
        };
        verb = v;
    }
    let mut run = doer_before(text, sentence, verb);
    let Some(&(first, _)) = run.last() else {
        return false;
    };
    // another of the subject's kind, named by its title ("Hurricane Andrew
    // … hit south Florida on Aug. 24, 1992, … until Katrina"): its doing
    // is its own, whatever else the sentence names
    if titled_other(text, &run, subject, rules, hits) {
        return true;
    }
    let last_end = run[0].0 + run[0].1.len();
    run.retain(|(_, w)| !NAMELESS.iter().any(|n| w.eq_ignore_ascii_case(n)));
    // (with the mention before the cue, the doer after the mention:
    // "Last month Katalin Karikó and Drew Weissman won")
    if run.is_empty() || (span.start < cue.start && first < span.end) {
        return false;
    }
    // a word that opens the sentence may be a common noun ("Officials
    // filed"): only a name the text writes as one elsewhere counts
    if run.len() == 1 && first == sentence.start && !named_elsewhere(text, first, run[0].1) {
        return false;
    }
    // what the doer does to a thing the sentence names is done to the
    // subject ("Steve Jobs unveiled the iPhone", "the October War, which
    // Egypt and Syria launched"), unless the subject is its owner's by its
    // very name ("Kodak's Chapter 11 bankruptcy") and the doer is not that
    // owner
    // (a name in another clause, before a conjunction that opens the
    // doer's, is not what the doer did anything to: "… lost GM's Moraine
    // plant in December 2008 … since Delphi filed for Chapter 11 in
    // October 2005")
    let clause = word_right_before(text, first)
        .filter(|&(k, w)| {
            in_sentence(k)
                && OPENS_A_DOERS_CLAUSE
                    .iter()
                    .any(|c| w.eq_ignore_ascii_case(c))
        })
        .map(|(k, _)| k);
    let named = hits.iter().any(|h| {
        clause.is_none_or(|c| h.span.start > c)
            && matches!(h.role, Role::Alias(k) | Role::Generic(k) if k == subject)
    });
    if named && !owned_by_another(&rules.subjects[subject].name, &run) {
        return false;
    }
    // (nor where the verb's phrase refers back to what an earlier sentence
    // named: "The Supreme Court overturned that verdict in 2004", after a
    // sentence on Andersen's conviction)
    if !named && text.get(cue.end..span.start).is_some_and(refers_back) {
        return false;
    }
    let file = rules.subjects[subject].file;
    let of_file = |k: usize| rules.subjects[k].file == file;
    if hits.iter().any(|h| {
        h.span.start < last_end
            && first < h.span.end
            && matches!(h.role, Role::Alias(k) | Role::Generic(k) | Role::Context(k) if of_file(k))
    }) {
        return false;
    }
    !run.iter().any(|(_, w)| known_to_file(rules, file, w))
}

/// Whether the word `w` is a word of a name, alias, generic name or
/// context word of a subject of rule file `file`.
fn known_to_file(rules: &RuleSet, file: usize, w: &str) -> bool {
    rules.subjects.iter().filter(|s| s.file == file).any(|s| {
        std::iter::once(&s.name)
            .chain(&s.aliases)
            .chain(&s.generic)
            .chain(&s.context)
            .any(|n| crate::text::words(n).any(|(_, x)| x.eq_ignore_ascii_case(w)))
    })
}

/// The doer of the verb at byte `verb`: the capitalised words right
/// before it (the nearest first), through its auxiliaries, joined by
/// spaces, "&", "-" or "and", or before an apposition set off by commas
/// ("Hurricane Andrew, a Category 5 storm, hit"); in the sentence at
/// `sentence`.
fn doer_before<'t>(text: &'t str, sentence: &Range<usize>, verb: usize) -> Vec<(usize, &'t str)> {
    let (mut end, after_apposition) = match apposition_before(text, sentence.start, verb) {
        Some(comma) => (comma, true),
        None => (verb, false),
    };
    let mut run: Vec<(usize, &str)> = Vec::new();
    for (k, w) in crate::text::words_before(text, end) {
        if k < sentence.start || run.len() > 6 {
            break;
        }
        let joined = text.get(k + w.len()..end).is_some_and(|gap| {
            matches!(gap, " " | "&" | "-" | " & " | "\u{a0}")
                || gap.is_empty() && after_apposition && run.is_empty()
        });
        if !joined {
            break;
        }
        if run.is_empty() && AUXILIARIES.contains(&w) {
            end = k;
            continue;
        }
        // ("and" only between names)
        if w == "and" && !run.is_empty() {
            end = k;
            continue;
        }
        if !w.starts_with(|c: char| c.is_uppercase()) {
            break;
        }
        run.push((k, w));
        end = k;
    }
    run
}

/// Whether the doer `run` ([`doer_before`]) is another of `subject`'s kind,
/// named by its title ([`named_one`]: "Hurricane Andrew").
fn titled_other(
    text: &str,
    run: &[(usize, &str)],
    subject: usize,
    rules: &RuleSet,
    hits: &[Hit],
) -> bool {
    run.last().is_some_and(|&(first, _)| {
        hits.iter().any(|h| {
            h.span.start == first
                && matches!(h.role, Role::Generic(k) if k == subject)
                && named_one(text, &h.span, &rules.subjects[subject].name, hits)
        })
    })
}

/// Where the phrase that holds byte `at` is set off by a comma: the last
/// comma before `at` in the sentence from `start`, with no other clause
/// mark and at most seven words between, which `at` follows at once or after
/// a relative word, with or without a preposition before it (", released
/// in 2000", ", which", ", in which 31 people died"). Gives the comma's
/// place.
fn set_off_before(text: &str, start: usize, at: usize) -> Option<usize> {
    const PREPOSITIONS: [&str; 9] = [
        "in", "during", "after", "before", "on", "at", "of", "by", "with",
    ];
    let before = text.get(start..at)?;
    let comma = before.rfind(',')?;
    let phrase = &before[comma + 1..];
    if !phrase.starts_with(' ') || phrase.contains(CLAUSE_MARKS) {
        return None;
    }
    let mut words = [""; 7];
    let mut n = 0;
    for (_, w) in crate::text::words(phrase) {
        *words.get_mut(n)? = w;
        n += 1;
    }
    let relative = |w: &str| crate::text::is_wh_relative(w) || w.eq_ignore_ascii_case("where");
    let opens = match &words[..n] {
        [] => true,
        [w, ..] => relative(w),
    } || matches!(&words[..n], [p, w, ..] if PREPOSITIONS.iter().any(|q| p.eq_ignore_ascii_case(q)) && relative(w));
    opens.then_some(start + comma)
}

/// Where the apposition right before byte `verb` begins, if one is there:
/// the text before `verb` ends in ", " and a comma before it, in the
/// sentence from `start`, opens a phrase of at most six words that begins
/// with "a", "an" or "the" (", a Category 5 storm, "). Gives that first
/// comma's place.
fn apposition_before(text: &str, start: usize, verb: usize) -> Option<usize> {
    let before = text.get(start..verb)?.strip_suffix(", ")?;
    let comma = before.rfind(',')?;
    let mut words = crate::text::words(&before[comma + 1..]).map(|(_, w)| w);
    let first = words.next()?;
    (["a", "an", "the"]
        .iter()
        .any(|d| first.eq_ignore_ascii_case(d))
        && words.count() < 6
        && !before[comma + 1..].contains(CLAUSE_MARKS))
    .then_some(start + comma)
}

/// Whether the past form at `verb` stands in a phrase set off by a comma
/// ([`set_off_before`]) after a noun that a name the subject's rule file
/// knows nothing of owns ([`owned_noun_before`], [`stranger_to_file`]):
/// "Nokia's 3310 handset, released in 2000," is Nokia's release, whatever
/// else the sentence names.
fn modifies_a_strangers(
    text: &str,
    verb: usize,
    sentence: &Range<usize>,
    subject: usize,
    rules: &RuleSet,
    hits: &[Hit],
) -> bool {
    set_off_before(text, sentence.start, verb)
        .and_then(|comma| owned_noun_before(text, sentence, comma))
        .is_some_and(|noun| {
            stranger_to_file(text, rules, rules.subjects[subject].file, hits, &noun)
        })
}

/// The owned noun ([`owned_noun_before`]) that the relative clause holding
/// byte `at` modifies: the clause is set off by a comma and opens with a
/// relative word, with or without a preposition (", in which 31 people
/// died"), and `at` is among its first words ([`set_off_before`]).
fn related_to_an_owned_noun<'t>(
    text: &'t str,
    sentence: &Range<usize>,
    at: usize,
) -> Option<OwnedNoun<'t>> {
    let comma = set_off_before(text, sentence.start, at)?;
    // (not the phrase that `at` begins at once: ", 31 dead")
    if text[comma + 1..at].trim().is_empty() {
        return None;
    }
    owned_noun_before(text, sentence, comma)
}

/// A noun before a comma: its words reach back to the clause mark or
/// sentence start before `comma` (at most eight), and the capitalised
/// possessive among them that owns it, if one does ("Nokia's"; the nearest
/// the comma counts: "the King's Cross fire").
struct OwnedNoun<'t> {
    /// Where the noun's words are.
    span: Range<usize>,
    /// Where the owner's possessive is, and the owner.
    owner: Option<(usize, &'t str)>,
}

fn owned_noun_before<'t>(
    text: &'t str,
    sentence: &Range<usize>,
    comma: usize,
) -> Option<OwnedNoun<'t>> {
    let head = text.get(sentence.start..comma)?;
    let from = head
        .rfind([',', ';', ':', '(', ')', '"', '\u{201c}', '\u{2014}'])
        .map_or(0, |k| {
            k + head[k..].chars().next().map_or(1, char::len_utf8)
        });
    let phrase: Vec<(usize, &str)> = crate::text::words(&head[from..])
        .map(|(k, w)| (sentence.start + from + k, w))
        .take(9)
        .collect();
    let first = phrase.first()?.0;
    if phrase.len() > 8 {
        return None;
    }
    let owner = phrase.iter().rev().find_map(|&(k, w)| {
        possessor(w)
            .filter(|name| name.starts_with(char::is_uppercase))
            .map(|name| (k, name))
    });
    Some(OwnedNoun {
        span: first..comma,
        owner,
    })
}

/// Whether `noun` is a stranger's to rule file `file`: no name or context
/// word of the file is among its words, and either its owner ([`OwnedNoun`])
/// or a name written right before a generic name of the file in lower
/// case ("the Queensway tunnel under the Mersey", not as the noun's first
/// word) is no word of a name, alias, generic name or context word of the
/// file's subjects.
fn stranger_to_file(
    text: &str,
    rules: &RuleSet,
    file: usize,
    hits: &[Hit],
    noun: &OwnedNoun,
) -> bool {
    let of_file = |k: usize| rules.subjects[k].file == file;
    let inside = |h: &Hit| h.span.start < noun.span.end && noun.span.start < h.span.end;
    if hits
        .iter()
        .any(|h| inside(h) && matches!(h.role, Role::Alias(k) | Role::Context(k) if of_file(k)))
    {
        return false;
    }
    let unknown = |w: &str| !known_to_file(rules, file, w);
    let owned = noun.owner.is_some_and(|(at, owner)| {
        unknown(owner)
            && !hits.iter().any(|h| {
                h.span.start <= at
                    && at < h.span.end
                    && matches!(h.role, Role::Generic(k) if of_file(k))
            })
    });
    owned
        || hits.iter().any(|h| {
            inside(h)
                && matches!(h.role, Role::Generic(k) if of_file(k))
                && text[h.span.clone()].starts_with(char::is_lowercase)
                && crate::text::words_before(text, h.span.start)
                    .next()
                    .is_some_and(|(k, w)| {
                        k > noun.span.start
                            && text.get(k + w.len()..h.span.start) == Some(" ")
                            && w.starts_with(char::is_uppercase)
                            && !crate::extract::temporal::is_month_word(&w.to_ascii_lowercase())
                            && !crate::extract::temporal::is_weekday_word(&w.to_ascii_lowercase())
                            && unknown(w)
                    })
        })
}

/// Whether a subject's `name` says whose it is ([`crate::rules::owner_of`]:
/// "Kodak's Chapter 11 bankruptcy") and no word of that owner is among the
/// words of `doer`.
fn owned_by_another(name: &str, doer: &[(usize, &str)]) -> bool {
    crate::rules::owner_of(name).is_some_and(|owner| {
        !crate::text::words(owner).any(|(_, o)| doer.iter().any(|(_, w)| w.eq_ignore_ascii_case(o)))
    })
}

/// Word starts of expecting: what follows is a forecast, not a date set
/// ("expects to open in 1993", "hoped", "forecast", "predicted",
/// "projected", "likely").
const EXPECTING: [&str; 8] = [
    "expect",
    "hope",
    "forecast",
    "predict",
    "project",
    "likely",
    "anticipat",
    "estimat",
];

/// Whether `before` (a sentence up to a date) holds a word of expecting
/// ([`EXPECTING`]).
fn expects(before: &str) -> bool {
    has_word_starting(before, &EXPECTING)
}

/// Whether a word of `text` begins with one of `starts` (ASCII case
/// folded).
fn has_word_starting(text: &str, starts: &[&str]) -> bool {
    crate::text::words(text).any(|(_, w)| {
        starts.iter().any(|e| {
            w.len() >= e.len() && w.as_bytes()[..e.len()].eq_ignore_ascii_case(e.as_bytes())
        })
    })
}

/// Whether every dated fact of subject `sk` has a source, and every such
/// source was written after day `now` ([`Fact::source_time`]).
fn told_after(rules: &RuleSet, sk: usize, now: f64) -> bool {
    let mut dated = rules.facts_of[sk]
        .iter()
        .map(|&f| &rules.facts[f])
        .filter(|f| f.kind == Kind::Date)
        .peekable();
    dated.peek().is_some() && dated.all(|f| f.source_time().is_some_and(|t| t.lo > now))
}

/// Whether a mention of the sentence `s` other than `mi` is a day of the
/// article's own week said by its weekday or its distance from the
/// article's (`dct` the article's date): "on Thursday", "yesterday", "late
/// on Sunday", not a date written out ("July 14 and 20, 1995").
fn days_news(
    doc: &Document,
    mentions: &[Resolved],
    mi: usize,
    s: usize,
    dct: jiff::civil::Date,
) -> bool {
    let text = doc.scan();
    let today = crate::value::Interval::days(dct, dct);
    let others = || {
        in_its_sentence(mentions, mi, s)
            .filter(move |&k| k != mi && !is_dateline(doc, &mentions[k].mention.span))
    };
    // (a year written in the sentence dates it: "On that Sunday afternoon
    // in 1960", "the ban imposed on 23 February 2001")
    if others()
        .chain([mi])
        .any(|k| written_year(&mentions[k].mention.expr).is_some())
    {
        return false;
    }
    // (the claim itself may be the article's own day, said as "today":
    // "lifted off at 6:52 a.m. today"; a weekday or "yesterday" claimed of a
    // subject long past is a wrong relative date: "On Friday, Norway
    // suffered the deadliest attack", ten years on)
    let of_the_week = |k: usize, mine: bool| {
        let m = &mentions[k];
        let span = &m.mention.span;
        // (not "that Sunday", "a Sunday", nor a day that dates its own
        // noun: "not 6,300 as Monday's story had it")
        let pointed = crate::text::words_before(text, span.start)
            .next()
            .is_some_and(|(_, w)| {
                ["that", "a", "same", "each", "every"]
                    .iter()
                    .any(|d| w.eq_ignore_ascii_case(d))
            });
        // ("yesterday", "tomorrow"; not "today" or "now", which are as
        // often the present state of things: "There are now about 100
        // casts")
        use crate::extract::{DateBase, Unit};
        let of_its_week = |d: &crate::extract::DateExpr| match d.base {
            // ("this morning", "tonight": a part of the article's day)
            DateBase::Relative {
                offset: 0,
                unit: Unit::Day,
            } => mine || d.time.is_some(),
            DateBase::Weekday { .. }
            | DateBase::WeekdayOfWeek { .. }
            | DateBase::Relative {
                offset: -1 | 1,
                unit: Unit::Day,
            } => !mine,
            _ => false,
        };
        matches!(&m.mention.expr, Expr::Date(d) if of_its_week(d))
            && !pointed
            && !possessive_after(text, span.end)
            && m.value.as_ref().is_some_and(|v| {
                v.kind == Kind::Date
                    && v.interval.hi - v.interval.lo <= 15.0
                    && v.interval.gap(&today) <= 7.0
            })
    };
    others().any(|k| of_the_week(k, false)) || of_the_week(mi, true)
}

/// Whether a date is the article's own year, month or week ("this year",
/// "earlier this month"), as the present, not another time.
fn of_the_present(e: &Expr) -> bool {
    use crate::extract::{DateBase, Unit};
    matches!(e, Expr::Date(d) if matches!(
        d.base,
        DateBase::Relative {
            offset: 0,
            unit: Unit::Year | Unit::Month | Unit::Week,
        }
    ))
}

/// The mentions of sentence `s`, around mention `mi` (which is in it),
/// in order.
fn in_its_sentence(mentions: &[Resolved], mi: usize, s: usize) -> Range<usize> {
    let in_sentence = |k: &usize| mentions[*k].sentence == Some(s);
    let first = (0..mi).rev().take_while(in_sentence).last().unwrap_or(mi);
    let end = (mi..mentions.len())
        .take_while(in_sentence)
        .last()
        .map_or(mi, |k| k + 1);
    first..end
}

/// Word starts that remember a past event ("marked", "anniversary",
/// "ago", "commemorate", "memorial", "mourners", "tribute", "vigil",
/// "wreaths"; the verbs of [`REMEMBERING`] too).
const REMEMBRANCE: [&str; 13] = [
    "marked",
    "anniversar",
    "ago",
    "remember",
    "commemorat",
    "memorial",
    "mourn",
    "tribute",
    "vigil",
    "wreath",
    "recall",
    "honour",
    "honor",
];

/// Whether `sentence` holds a word that remembers a past event
/// ([`REMEMBRANCE`]).
fn remembers(sentence: &str) -> bool {
    has_word_starting(sentence, &REMEMBRANCE)
}

/// Whether the word before byte `at` is a determiner or possessive that
/// refers to something known ("the 33 miners", "its 2,224 passengers",
/// "Kodak's 145,000 workers").
fn refers_to_a_known(text: &str, at: usize) -> bool {
    after_determiner(
        text,
        at,
        &["the", "its", "their", "his", "her", "these", "those", "our"],
    )
}

/// Whether the date at `date` stands in the phrase of the figure at
/// `span` right after it, as a possessive or a modifier of the noun the
/// figure measures, which "of" joins to it: "Wednesday's closing low of
/// 1,141.11", "the 2002 low of 1,114.11". Only a noun of one to three
/// words stands between them ("said on Saturday that more than 40" and
/// "the 22 July attacks killed more than 80" are no such phrases).
fn dates_the_phrase_of(text: &str, date: &Range<usize>, span: &Range<usize>) -> bool {
    let Some(between) = text.get(date.end..span.start) else {
        return false;
    };
    let Some(noun) = between
        .strip_prefix("'s")
        .or_else(|| between.strip_prefix("\u{2019}s"))
        .unwrap_or(between)
        .strip_prefix([' ', '\u{a0}'])
        .and_then(|b| {
            b.strip_suffix(" of ")
                .or_else(|| b.strip_suffix("\u{a0}of "))
        })
    else {
        return false;
    };
    noun.chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '\u{a0}' || c == '-')
        && (1..=3).contains(&crate::text::words(noun).count())
}

/// Conjunctions that open a clause of its own inside a sentence, whose
/// doer is the name after them ([`done_by_another`]).
const SUBORDINATORS: [&str; 6] = ["until", "till", "when", "because", "unless", "whereas"];

/// Whether `between` holds a word of [`SUBORDINATORS`].
fn subordinates(between: &str) -> bool {
    crate::text::words(between)
        .any(|(_, w)| SUBORDINATORS.iter().any(|c| w.eq_ignore_ascii_case(c)))
}

/// Whether the capitalised word `w` at `at` is one the text writes, at
/// another place, capitalised inside a sentence, where only a name is
/// ([`crate::rules::capitalised_inside_sentence`]: "by François Englert
/// and Robert Brout in Brussels"), and so a name, not a common noun that
/// begins its sentence ("Fighting resumed on 27 September").
fn named_elsewhere(text: &str, at: usize, w: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).any(|k| {
        k != at
            && text[k + w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
            && text[..k].ends_with(' ')
            && crate::rules::capitalised_inside_sentence(text, k)
    })
}

/// Whether the text `between` two places is exactly one of `links` (word
/// sequences, ASCII case folded; an empty one for nothing but spaces).
fn is_link(between: &str, links: &[&[&str]]) -> bool {
    if !between
        .chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace())
    {
        return false;
    }
    links.iter().any(|link| {
        let mut words = crate::text::words(between);
        link.iter()
            .all(|l| words.next().is_some_and(|(_, w)| w.eq_ignore_ascii_case(l)))
            && words.next().is_none()
    })
}

/// Whether the mention at `span` modifies the name at `name`: it stands
/// right before the name ("the 19–20 September counter-terrorism
/// measures", "six weeks of fighting" with "of" between), or right after
/// it with "of", "in" or "on" between ("the offensive in September 2023").
fn modifies(text: &str, span: &Range<usize>, name: &Range<usize>) -> bool {
    if span.end <= name.start {
        is_link(&text[span.end..name.start], &[&[], &["of"]])
    } else if name.end <= span.start {
        // a name after a preposition of place is where something happened,
        // and the date after it when ("a plane crashed in Kazakhstan last
        // December"): the date does not modify it
        // (and so is a name that a noun of place owns with "of": "a house
        // in the al-Jadida district of west Mosul on 17 March")
        let mut before = crate::text::words_before(text, name.start);
        let placed = before.next().is_some_and(|(_, w)| {
            PLACE_PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
                || w.eq_ignore_ascii_case("of")
                    && before
                        .next()
                        .is_some_and(|(_, n)| PLACE_NOUNS.iter().any(|p| n.eq_ignore_ascii_case(p)))
        });
        !placed
            && is_link(
                &text[name.end..span.start],
                &[&[], &["of"], &["in"], &["on"]],
            )
    } else {
        false
    }
}

/// Whether the name at `at` is the object of a preposition of movement or
/// position (past at most one determiner): "rides the Fénix 2 down the
/// shaft", "drove into the tunnel", "the houses below the dam". Such a
/// name is where something was done, not the event a subject with a
/// single fact is: it cues no fact. ("In", "at", "on" and the like take
/// events as often as places, "killed in the crash", and are not among
/// them.)
fn a_place_moved_through(text: &str, at: usize) -> bool {
    const MOTION: [&str; 12] = [
        "down",
        "up",
        "into",
        "inside",
        "along",
        "beneath",
        "underneath",
        "below",
        "onto",
        "toward",
        "towards",
        "near",
    ];
    let mut words = crate::text::words_before(text, at).map(|(_, w)| w);
    let Some(mut w) = words.next() else {
        return false;
    };
    if DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)) {
        let Some(before) = words.next() else {
            return false;
        };
        w = before;
    }
    MOTION.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Nouns of a part of a place, which "of" joins to the place's name ("the
/// al-Jadida district of west Mosul", "the outskirts of Stepanakert").
const PLACE_NOUNS: [&str; 16] = [
    "district",
    "districts",
    "outskirts",
    "suburb",
    "suburbs",
    "streets",
    "centre",
    "center",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "province",
    "region",
    "village",
    "town",
    "city",
];

/// Whether the name at byte `at` stands after a preposition of place
/// ("in Paris", "between London and Paris"): it says where, not what.
fn named_as_a_place(text: &str, at: usize) -> bool {
    let place = |w: &str| {
        w.eq_ignore_ascii_case("between")
            || PLACE_PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
    };
    let mut before = crate::text::words_before(text, at)
        .map(|(_, w)| w)
        .peekable();
    // (past a point of the compass, and "the" before it: "in the southern
    // Caribbean"; not "the" alone, "killed in the Hindenburg disaster")
    if before.next_if(|w| COMPASS.contains(w)).is_some() {
        before.next_if(|&w| w == "the");
    }
    match before.next() {
        Some(w) if place(w) => true,
        // (the second of two places: "between London and Paris")
        Some("and" | "or") => {
            before
                .next()
                .is_some_and(|n| n.starts_with(char::is_uppercase))
                && before.next().is_some_and(place)
        }
        _ => false,
    }
}

/// Points of the compass, as adjectives of a place ("the southern
/// Caribbean").
const COMPASS: [&str; 10] = [
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
];

/// Prepositions of place: a name after one is a place ([`modifies`]).
const PLACE_PREPOSITIONS: [&str; 12] = [
    "in", "at", "into", "from", "to", "near", "across", "over", "inside", "outside", "toward",
    "towards",
];

/// Prepositions that make a phrase after a cue its time or place, not its
/// object ([`names_after_preposition`]).
const PREPOSITIONS: [&str; 14] = [
    "at",
    "in",
    "on",
    "during",
    "after",
    "before",
    "since",
    "until",
    "by",
    "through",
    "throughout",
    "following",
    "amid",
    "within",
];

/// Whether the mention at `span` is an attribute of a name of `subject`
/// right after it ("the end of the autumn 2020 war"), in a phrase after a
/// preposition that follows the cue, which ends at `cue_end` ("launched
/// its mission at the end of the autumn 2020 war").
fn names_after_preposition(
    text: &str,
    cue_end: usize,
    span: &Range<usize>,
    subject: usize,
    sentence_hits: &[Hit],
) -> bool {
    let preposition = crate::text::words_before(text, span.start)
        .find(|(_, w)| !DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)))
        .is_some_and(|(k, w)| {
            k >= cue_end && PREPOSITIONS.iter().any(|p| w.eq_ignore_ascii_case(p))
        });
    preposition
        && sentence_hits.iter().any(|g| {
            matches!(g.role, Role::Alias(k) | Role::Generic(k) if k == subject)
                && g.span.start >= span.end
                && text[span.end..g.span.start].trim().is_empty()
        })
}

/// The words that link a noun to the count that measures it, after the
/// noun: "a crowd of 88,966", "attendance was 3.4 million", "the toll stood
/// at 59".
const MEASURE_LINKS: [&[&str]; 12] = [
    &["of"],
    &["was"],
    &["is"],
    &["were"],
    &["are"],
    &["stood", "at"],
    &["stands", "at"],
    &["totalled"],
    &["totaled"],
    &["totals"],
    &["reached"],
    &["numbered"],
];

/// Words that may follow a count that measures the noun before it: none
/// names another thing the count counts ("a crowd of 88,966 watched"; not
/// "the cost of 3 tanks"), nor narrows it to a part ("attendance of 2
/// million in the group stage"); a place the whole of which it measures
/// does not ("damage totalled some $25bn across the Northeast"), and
/// neither does a word that deals it out ("a fee of $35,000 each").
const AFTER_MEASURE: [&str; 16] = [
    "each",
    "apiece",
    "and",
    "or",
    "but",
    "which",
    "who",
    "that",
    "people",
    "persons",
    "strong",
    "across",
    "throughout",
    "overall",
    "nationwide",
    "worldwide",
];

/// Names of currencies, which may follow a sum that measures the noun
/// before it: the sum is said in them ("direct losses of 6.866 billion
/// yuan", "a prize of 10 million kronor").
const CURRENCY_NAMES: [&str; 34] = [
    "dollars",
    "euros",
    "euro",
    "pounds",
    "sterling",
    "yen",
    "yuan",
    "renminbi",
    "rupees",
    "riyals",
    "rials",
    "dirhams",
    "kronor",
    "kroner",
    "krona",
    "krone",
    "roubles",
    "rubles",
    "francs",
    "pesos",
    "lira",
    "liras",
    "rand",
    "naira",
    "shillings",
    "zloty",
    "forints",
    "reais",
    "ringgit",
    "baht",
    "rupiah",
    "dinars",
    "drams",
    "manats",
];

/// Whether the count at `span` measures a cue that ends at `cue_end` before
/// it ([`MEASURE_LINKS`]): only a link stands between them, and after the
/// count nothing that it could count or that narrows it: the end of its
/// clause, a word of [`AFTER_MEASURE`], the name of a currency
/// ([`CURRENCY_NAMES`]), a verb in the past tense, or its time ("in June",
/// "in 2022").
fn measures(text: &str, cue_end: usize, span: &Range<usize>) -> bool {
    // the sign of an amount of money stands between the link and its digits
    // ("assets of $369 billion", "the cost was €2bn")
    if !text.get(cue_end..span.start).is_some_and(|between| {
        let between = match between.strip_suffix(MONEY_SIGNS) {
            Some(unsigned) if signed_as_money(text, span) => unsigned,
            _ => between,
        };
        is_link(between, &MEASURE_LINKS) || linked_across_a_phrase(between)
    }) {
        return false;
    }
    let after = &text[span.end..];
    let next = after.trim_start_matches([' ', '\u{a0}']);
    if !next.starts_with(char::is_alphabetic) {
        return true;
    }
    let mut words = crate::text::words(next).map(|(_, w)| w);
    let word = words.next().unwrap_or("");
    // the time of the measure narrows nothing: "a peak of 8.6% in June",
    // "a crowd of 88,966 in 2022", "a loss of £176.6m for 2007", "a loss
    // of £176.6m on Monday"
    let at_a_time = ["in", "on", "for"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
        && words.next().is_some_and(|w| {
            let named = |names: &[&str]| names.iter().any(|m| w.eq_ignore_ascii_case(m));
            named(&crate::extract::lex::MONTHS)
                || named(&crate::extract::lex::WEEKDAYS)
                || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())
        });
    at_a_time
        || AFTER_MEASURE.iter().any(|a| word.eq_ignore_ascii_case(a))
        || CURRENCY_NAMES.iter().any(|c| word.eq_ignore_ascii_case(c))
        || crate::text::is_past_word(word)
}

/// Prepositions that begin a phrase between a noun and the verb that
/// links it to its measure ([`linked_across_a_phrase`]).
const PHRASE_PREPOSITIONS: [&str; 4] = ["for", "from", "of", "in"];

/// How many words such a phrase may have, its preposition included.
const PHRASE_WORDS: usize = 5;

/// Keeps the facts of `best` (as (distance, fact)) and the places of
/// their nearest cues in `cue_of`, the two in step, that `keep` accepts
/// given the fact and its cue's place. (Every filter of `best` goes
/// through here: a cue read by its index must be its fact's.)
fn retain_cued(
    best: &mut Vec<(usize, usize)>,
    cue_of: &mut Vec<Range<usize>>,
    keep: impl Fn(usize, &Range<usize>) -> bool,
) {
    let kept: Vec<bool> = best
        .iter()
        .zip(cue_of.iter())
        .map(|(&(_, f), cue)| keep(f, cue))
        .collect();
    let mut k = kept.iter();
    best.retain(|_| k.next() == Some(&true));
    let mut k = kept.iter();
    cue_of.retain(|_| k.next() == Some(&true));
}

/// The subject a name right after byte `at` names, past spaces and one
/// determiner ("aboard the Pan Am 747").
fn named_after<'h>(
    text: &str,
    at: usize,
    mut hits: impl Iterator<Item = &'h Hit>,
) -> Option<usize> {
    let rest = &text[at..];
    let mut k = at + (rest.len() - rest.trim_start().len());
    if let Some((w_at, w)) = crate::text::words(&text[k..]).next()
        && w_at == 0
        && DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
    {
        let after = &text[k + w.len()..];
        k += w.len() + (after.len() - after.trim_start().len());
    }
    hits.find(|h| h.span.start == k && matches!(h.role, Role::Alias(_)))
        .and_then(|h| h.role.named())
}

/// Prepositions that open a cue narrowing the noun of a count before it
/// ("11 people on the ground", "259 people on board").
const NARROWING: [&str; 4] = ["on", "in", "at", "aboard"];

/// The nouns of a count that say only that it counts people, which a cue
/// after them narrows ("11 people on the ground"); a noun of its own
/// ("12 crew on board") is not narrowed.
const GENERAL_NOUNS: [&str; 4] = ["people", "persons", "others", "individuals"];

/// The longest aside between commas, in words, after which a clause is
/// still said of the name before the aside ("Clark Air Base, the sprawling
/// American installation just outside Angeles, was evacuated …").
const ASIDE_WORDS: usize = 12;

/// Whether `between` a noun and a count is a short phrase that begins with
/// a preposition and a verb that links the noun to its measure: "for the
/// Tenerife disaster totalled", "from the quake stood at". (Only a verb:
/// "of" links a noun to what it is of.) The phrase holds letters and
/// years only, so no comma, no other number and no clause of its own.
fn linked_across_a_phrase(between: &str) -> bool {
    // (digits only as a year: "Turnout in the 2019 election was 61.4%")
    if !between
        .chars()
        .all(|c| c.is_alphanumeric() || c.is_whitespace() || matches!(c, '-' | '\'' | '\u{2019}'))
        || crate::text::words(between).any(|(_, w)| {
            w.contains(|c: char| c.is_numeric())
                && !(w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        })
    {
        return false;
    }
    // (the words in place: a phrase and its link are at most eight)
    let mut all = [""; PHRASE_WORDS + 3];
    let mut n = 0;
    for (_, w) in crate::text::words(between) {
        let Some(slot) = all.get_mut(n) else {
            return false;
        };
        *slot = w;
        n += 1;
    }
    let words = &all[..n];
    let Some(first) = words.first() else {
        return false;
    };
    if !PHRASE_PREPOSITIONS
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
    {
        return false;
    }
    MEASURE_LINKS[1..].iter().any(|link| {
        let n = link.len();
        words.len() > n
            && words.len() - n <= PHRASE_WORDS
            && words[words.len() - n..]
                .iter()
                .zip(link.iter())
                .all(|(w, l)| w.eq_ignore_ascii_case(l))
            // the phrase's own words link nothing ("of the deaths was")
            && !words[1..words.len() - n]
                .iter()
                .any(|w| crate::text::is_past_word(w))
    })
}

/// Whether the amount at `span` is money written with its sign ("$10
/// billion", "about €700m") right after the cue that ends at `cue_end`,
/// with nothing but spaces between: the sign says what is counted, so the
/// word before says what the money is ("cost about $10 billion", "raised
/// £5m").
fn money_right_after(text: &str, cue_end: usize, span: &Range<usize>) -> bool {
    text.get(cue_end..span.start).is_some_and(|gap| {
        let gap = gap.strip_suffix(MONEY_SIGNS).unwrap_or(gap);
        !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}')
    }) && signed_as_money(text, span)
}

/// Whether the amount at `span` is money: its sign is in the mention
/// ("about $10 billion") or right before it ("cost $15.4 billion": a bare
/// amount's text begins at its digits), or the name of a currency follows
/// it ("for sixty-two million dollars", "53 million dollars' worth").
fn signed_as_money(text: &str, span: &Range<usize>) -> bool {
    text[span.clone()].contains(MONEY_SIGNS)
        || text[..span.start].ends_with(MONEY_SIGNS)
        || currency_after(text, span.end)
        // (a code is in capitals: most amounts are not read further)
        || text[span.clone()].starts_with(|c: char| c.is_ascii_uppercase())
            && text[span.clone()]
                .split([' ', '\u{a0}'])
                .next()
                .is_some_and(|first| first.len() < span.len() && is_currency_code(first))
        || text[..span.start]
            .strip_suffix([' ', '\u{a0}'])
            .is_some_and(|before| {
                let rest = before.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                is_currency_code(&before[rest.len()..])
                    && !rest.ends_with(|c: char| c.is_alphanumeric() || c == '-')
            })
}

/// Whether `w` is the code of a currency written before a sum ("RMB 6.866
/// billion", "USD 4 million", "Rs 500"): one the extractor reads before a
/// number ([`crate::extract::quantity::CODES`]), in capitals, or the dram's
/// or the manat's, which it does not read.
fn is_currency_code(w: &str) -> bool {
    w == "Rs"
        || w.len() == 3
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && (w == "AMD"
                || w == "AZN"
                || crate::extract::quantity::CODES
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(w)))
}

/// Whether the word after `end`, past spaces and up to two capitalised
/// words of the currency's country ("Swiss francs", "Hong Kong dollars"),
/// names a currency ([`CURRENCY_NAMES`]), possessive or not ("dollars'").
fn currency_after(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    if !rest
        .trim_start_matches([' ', '\u{a0}'])
        .starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return false;
    }
    for _ in 0..3 {
        let next = rest.trim_start_matches([' ', '\u{a0}']);
        let len = next
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(next.len());
        let word = &next[..len];
        if CURRENCY_NAMES.iter().any(|c| word.eq_ignore_ascii_case(c)) {
            return true;
        }
        if !word.starts_with(|c: char| c.is_ascii_uppercase()) || next.len() == rest.len() {
            return false;
        }
        rest = &next[len..];
    }
    false
}

/// Whether the amount at `span` is written in digits right after the cue
/// that ends at `cue_end`, with only spaces between: the cue labels it ("the
/// magnitude 8.9 earthquake", "turnout 72.2%").
fn label_right_after(text: &str, cue_end: usize, span: &Range<usize>) -> bool {
    text.get(cue_end..span.start)
        .is_some_and(|gap| !gap.is_empty() && gap.chars().all(|c| c == ' ' || c == '\u{a0}'))
        && text[span.clone()].starts_with(|c: char| c.is_ascii_digit())
}

/// Whether the count or duration at `span` is a part or an addition ([`PART_AFTER`],
/// [`PART_BEFORE`], [`CHANGED_BEFORE`], "alone" in its clause, what is left: "remained" or
/// "left in" after its noun), or of a part ("among" before it in its
/// clause, or opening a clause before it, or after it in its clause:
/// "Among young voters, Labour won 41%"). `count`: whether it is a count, whose whole a fraction may be
/// counted out of.
fn is_part(
    text: &str,
    span: &Range<usize>,
    sentence: &Range<usize>,
    count: bool,
    names_after: bool,
) -> bool {
    let sentence_end = sentence.end;
    // ("among" in the amount's clause, or opening a clause of its own: not
    // in another clause after its verb, "Ryugu is among the darkest
    // objects, with an albedo of about 45 per cent")
    if text.get(sentence.start..span.start).is_some_and(|before| {
        crate::text::words(before).any(|(at, w)| {
            if !w.eq_ignore_ascii_case("among") {
                return false;
            }
            // (right before the count, with at most an article, it is the
            // whole the part is among: "Most of the sitters were among the
            // 150,000 Armenians who fled")
            let mut between = before[at + w.len()..].split_whitespace();
            if between.next().is_none_or(crate::text::is_article) && between.next().is_none() {
                return false;
            }
            // (a comma between digits ends no clause: "nearly 4,000")
            let head = before[..at].trim_end();
            head.is_empty() || head.ends_with([',', ';', ':']) || !clause_mark(&before[at..])
        })
    }) {
        return true;
    }
    let is = |w: &str, list: &[&str]| list.iter().any(|p| w.eq_ignore_ascii_case(p));
    let clause = clause_after(text, span, sentence_end);
    let mut after = crate::text::words(clause);
    if after
        .next()
        .is_some_and(|(at, w)| clause[..at].chars().count() < 2 && is(w, &PART_AFTER))
    {
        return true;
    }
    // an ordinal the mention opens with does the same ("sold 270,000 units
    // in the first 30 hours", where the extractor reads the ordinal with
    // the duration)
    // (after "the": "to last 16 days" is a verb)
    let mut own = crate::text::words(&text[span.clone()]).map(|(_, w)| w);
    if own.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && own.next().is_some_and(|w| is(w, &ORDINALS_BEFORE))
        && !text[span.clone()].contains('-')
    {
        return true;
    }
    let mut before = crate::text::words_before(text, span.start);
    // (a past participle after a form of "be" is passive and takes no
    // object: "contact was lost about three hours into the descent")
    let passive = |at: usize| {
        crate::text::words_before(text, at)
            .next()
            .is_some_and(|(_, b)| is(b, &BE_FORMS))
    };
    if let Some((at, w)) = before.next()
        && text
            .get(at + w.len()..span.start)
            .is_some_and(|gap| gap.trim().is_empty())
        && (is(w, &PART_BEFORE)
            || is(w, &CHANGED_BEFORE)
                && !(is(w, &["lost", "gained", "shed", "added"]) && passive(at))
            || (is(w, &ORDINALS_BEFORE)
                && !text[span.clone()].contains('-')
                && !text[span.end..].starts_with('-'))
            || w.eq_ignore_ascii_case("by")
                && before.next().is_some_and(|(_, v)| is(v, &CHANGE_BY)))
    {
        return true;
    }
    // one of the sums a sum is made up of: "the deal is made up of €3.79
    // billion for the business and €1.65 billion for a licence" (a count
    // there is the whole's: "made up of 16 republics", "consisting of
    // 1,960 troops, 90 armoured personnel carriers …")
    if parts_follow(text, span.start)
        && signed_as_money(text, span)
        && text
            .get(span.end..sentence_end)
            .is_some_and(|rest| rest.contains(MONEY_SIGNS))
    {
        return true;
    }
    // what is left of a whole ("0 peacekeepers left in Karabakh", "400
    // troops remained", "were left in"): one of the three words after the
    // number says so ("left" only before "in", "behind" or "there", or at
    // the clause's end: "1,960 peacekeepers left Russia" is all of them)
    let (next, read) = first_words::<5>(clause);
    let next = &next[..read];
    let left_over = (1..read.min(4)).any(|k| {
        let w = next[k];
        ["remain", "remained", "remains", "remaining"]
            .iter()
            .any(|r| w.eq_ignore_ascii_case(r))
            || (w.eq_ignore_ascii_case("left")
                && next.get(k + 1).is_none_or(|n| {
                    ["in", "behind", "there"]
                        .iter()
                        .any(|x| n.eq_ignore_ascii_case(x))
                }))
    });
    // the whole a part is counted out of ("meltdowns in three of its six
    // reactors"): the part is the claim, if either is. Where the part is
    // one of them ("She was one of some 120,000 Armenians who fled"), what
    // is said of the group is said of the whole, unless the whole is
    // another's ("one of its six reactors")
    // (between "of" and the whole, up to three determiners, owners and
    // words of estimate: "four-fifths of the region's estimated 120,000")
    let mut before = crate::text::words_before(text, span.start).peekable();
    let mut possessed = false;
    for _ in 0..3 {
        match before.peek() {
            Some(&(_, w)) if is(w, &DETERMINERS) || is(w, &WHOLE_WORDS) => {
                possessed |= is(w, &["its", "their", "his", "her", "our"]);
            }
            Some(&(_, w)) if possessor(w).is_some() => {}
            _ => break,
        }
        before.next();
    }
    let after_of = before
        .next()
        .is_some_and(|(_, w)| w.eq_ignore_ascii_case("of"));
    let whole = after_of
        && before.next().is_some_and(|(_, w)| {
            w.bytes().all(|b| b.is_ascii_digit() || b == b',') && w.as_bytes()[0].is_ascii_digit()
                || is(w, &SMALL_NUMBERS) && (possessed || !w.eq_ignore_ascii_case("one"))
                // (a fraction of a time is of the time the fact is:
                // "served two-thirds of its five-year mandate")
                || count && is_fraction_word(w)
        });
    // what has yet to happen, or still holds, is said of a part ("36,000
    // people displaced … have yet to return"); not of a count after "of",
    // which is not what the clause is about ("the relatives of the 135
    // Chinese passengers still gather"), nor of an amount that the
    // subject's name right after it says is the subject's own (`names_after`:
    // "The $787 billion bank bailout is still what readers write about")
    whole
        || left_over
        || !after_of
            && !names_after
            && crate::text::words(clause)
                .take(12)
                .enumerate()
                .any(|(k, (_, w))| {
                    // ("alone" narrows the whole clause it ends: "registered
                    // 6,000 people who fled Karabakh at this one tent alone")
                    w.eq_ignore_ascii_case("alone")
                        || k < 8
                            && ["among", "still", "yet"]
                                .iter()
                                .any(|x| w.eq_ignore_ascii_case(x))
                })
}

/// The first `N` words of `s` (fewer where it has fewer), and how many
/// there are: read without allocating.
fn first_words<const N: usize>(s: &str) -> ([&str; N], usize) {
    let mut words = [""; N];
    let mut n = 0;
    for (slot, (_, w)) in words.iter_mut().zip(crate::text::words(s)) {
        *slot = w;
        n += 1;
    }
    (words, n)
}

/// The text after the amount at `span` to the next comma or semicolon of
/// its sentence, which ends at `sentence_end` (empty where the mention runs
/// past the sentence's end: "1.5" across "1.").
fn clause_after<'t>(text: &'t str, span: &Range<usize>, sentence_end: usize) -> &'t str {
    let rest = text.get(span.end..sentence_end).unwrap_or_default();
    // ("and some 50,000 in Sudan" runs on past its thousands' comma)
    &rest[..clause_comma(rest).unwrap_or(rest.len())]
}

/// Words that say where, or in what, an amount of a split total is
/// ("259 people on the plane and 11 on the ground").
const WHERE_WORDS: [&str; 7] = ["on", "in", "at", "aboard", "onboard", "inside", "outside"];

/// Where `clause`, the text after a count in its clause, says where the
/// count's part is (from the word of place to the "and"), if it splits a
/// total by where its parts are: right after the count or its noun, a word
/// of place ([`WHERE_WORDS`]); then, with no other number between, "and"
/// and another count ("another", "a further" or a hedge may come first) with a
/// word of place of its own within two words ("killed 259 people on the
/// plane and 11 on the ground", "11 aboard and another 259 in the town").
/// Each count is a part. Not "250 people and 20 others", "five spacewalks
/// on Hubble and 35 hours of spacewalking", "deaths in France between 1
/// and 20 August", nor sums of money ("$18 in advance and $24 at the
/// gate" are two prices).
fn split_where(clause: &str) -> Option<Range<usize>> {
    let is = |w: &str, list: &[&str]| list.iter().any(|p| w.eq_ignore_ascii_case(p));
    let (words, n) = first_words::<10>(clause);
    let words = &words[..n];
    let amount = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) || is(w, &SMALL_NUMBERS);
    let placed = |rest: &[&str]| rest.iter().take(2).any(|w| is(w, &WHERE_WORDS));
    let place = words.iter().take(2).position(|w| is(w, &WHERE_WORDS))?;
    let k = (2..n).find(|&k| {
        words[k].eq_ignore_ascii_case("and")
            && !words[..k].iter().any(|w| amount(w))
            && match &words[k + 1..] {
                [w, rest @ ..] if amount(w) => placed(rest),
                [a, w, rest @ ..] if is(a, &["another"]) && amount(w) => placed(rest),
                // (a hedge of its own: "About 50,000 Nubians in Egypt and
                // some 50,000 in Sudan")
                [h, w, rest @ ..] if is(h, &PART_HEDGES) && amount(w) => placed(rest),
                [a, f, w, rest @ ..] if is(a, &["a"]) && is(f, &["further"]) && amount(w) => {
                    placed(rest)
                }
                _ => false,
            }
    })?;
    let mut at = crate::text::words(clause).map(|(at, _)| at);
    let from = at.nth(place)?;
    Some(from..at.nth(k - place - 1)?)
}

/// One-word hedges the second part of a split total may begin with
/// ([`split_where`]).
const PART_HEDGES: [&str; 8] = [
    "some",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "approximately",
    "over",
];

/// Whether the count at `span` is one part of a total split by where its
/// parts are ([`split_where`]), and no cue of the `candidates` subjects'
/// facts stands in the words that say where its own part is (a fact may
/// count that part: "all 109 people on board and four on the ground" is
/// the count on board).
fn split_part(
    text: &str,
    span: &Range<usize>,
    sentence: &Range<usize>,
    hits: &[Hit],
    rules: &RuleSet,
    candidates: &[usize],
) -> bool {
    if signed_as_money(text, span) {
        return false;
    }
    let Some(place) = split_where(clause_after(text, span, sentence.end)) else {
        return false;
    };
    let own = span.end + place.start..span.end + place.end;
    !hits.iter().any(|h| {
        matches!(h.role, Role::Cue(f) if candidates.contains(&rules.facts[f].subject))
            && own.start <= h.span.start
            && h.span.end <= own.end
    })
}

/// Whether a past verb that no rule knows, with an object of its own,
/// stands between a generic name and the date after it: the name is that
/// verb's subject, and the date dates what the verb did to its object,
/// not the event the name is of ("the findings vindicated its complaints
/// about Microsoft since 1997"; "the blockade began in December 2022" is
/// dated where "began" is a cue, and "the membership took effect on 1
/// February 2024" has no object).
fn verb_of_its_own(text: &str, name: &Range<usize>, date: &Range<usize>, hits: &[Hit]) -> bool {
    if name.end > date.start {
        return false;
    }
    let mut words = crate::text::words(&text[name.end..date.start]);
    words.any(|(k, w)| {
        let at = name.end + k;
        crate::text::is_past_word(w) && !hits.iter().any(|h| h.span.start <= at && at < h.span.end)
    }) && words.any(|(_, w)| DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d)))
}

/// Whether the amount at `span`, after "the" or an owner, has an alias of
/// one of the `candidates` subjects right after it, one space or a hyphen
/// between: the amount measures that subject, all of it ("the $787
/// billion bank bailout"; not "About 80,000 displaced people still live in
/// camps", some of the displaced).
fn names_right_after(text: &str, span: &Range<usize>, hits: &[Hit], candidates: &[usize]) -> bool {
    let determined = crate::text::words_before(text, span.start)
        .next()
        .is_some_and(|(k, w)| {
            ["the", "its", "their", "this", "that"]
                .iter()
                .any(|d| w.eq_ignore_ascii_case(d))
                && text[k + w.len()..span.start]
                    .chars()
                    .all(|c| c == ' ' || c == '\u{a0}' || MONEY_SIGNS.contains(&c))
        });
    determined
        && hits.iter().any(|h| {
            matches!(h.role, Role::Alias(k) if candidates.contains(&k))
                && text
                    .get(span.end..h.span.start)
                    .is_some_and(|gap| matches!(gap, " " | "-" | "\u{a0}"))
        })
}

/// Words between "of" and a whole that say how it is known, not what it
/// is ("of the region's estimated 120,000").
const WHOLE_WORDS: [&str; 5] = ["estimated", "entire", "whole", "total", "original"];

/// Whether `w` names a fraction that counts a part out of a whole
/// ("half", "two-thirds", "four-fifths", "a quarter").
fn is_fraction_word(w: &str) -> bool {
    let last = w.rsplit('-').next().unwrap_or(w);
    let last = last.strip_suffix(['s', 'S']).unwrap_or(last);
    [
        "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ]
    .iter()
    .any(|f| last.eq_ignore_ascii_case(f))
}

/// Number words that count a part out of a whole ("three of its six").
const SMALL_NUMBERS: [&str; 12] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// How far (in days) a date in a sentence may lie outside the dates of a
/// subject's facts before the sentence is about another time.
const ANOTHER_TIME: f64 = 366.0;

/// How long (in days) before the article a subject's time must have ended
/// for the article's own days to be another time than the subject's
/// ([`days_news`]): a season.
const DAYS_NEWS: f64 = 90.0;

/// How far (in days) a date may lie from all of a subject's dated facts
/// before a generic name of the subject beside it ("closure", "vote")
/// means another event of its kind: ten years.
const ANOTHER_ERA: f64 = 3653.0;

/// How many words may stand between a count and the noun it counts
/// ("two thousand well-equipped soldiers").
pub const COUNT_WINDOW: usize = 2;

/// A mention with its resolved value and its place in the document.
#[derive(Clone, Debug)]
pub struct Resolved {
    pub mention: Mention,
    pub value: Option<Value>,
    pub sentence: Option<usize>,
    /// The tense near the mention; only worked out for expressions relative
    /// to the article's date (`Unknown` for the others).
    pub tense: Tense,
}

/// A claim: a mention bound to a fact.
#[derive(Clone, Debug)]
pub struct Claim {
    /// Index into the document's mentions.
    pub mention: usize,
    /// Index into the rule set's facts.
    pub fact: usize,
    pub value: Value,
    /// Whether the mention stands inside a quotation in its paragraph:
    /// someone's words, which the text may report accurately however wrong
    /// they are.
    pub quoted: bool,
    /// Why it is read loosely, if it is: what it contradicts is then worth
    /// a look, not an error.
    pub loose: Option<Loose>,
    /// Whether it is an amount of money, by its sign ("$8 billion"):
    /// amounts in money and counts of things measure different things,
    /// whatever fact they are bound to.
    pub money: bool,
}

/// The age the count `e` at `span` gives, as a duration: a plain number
/// of years or months followed by "old" ("nine years old", "18 months
/// old"; not the compound "a nine-year-old ship", which describes its noun).
fn age(text: &str, span: &Range<usize>, e: &Expr) -> Option<Expr> {
    let Expr::Count(c) = e else { return None };
    if c.percent || c.to.is_some() || c.aside.is_some() {
        return None;
    }
    let mut after = crate::text::words(&text[span.end..]);
    let (k, word) = after.next()?;
    let (j, old) = after.next()?;
    // (one space or more, a no-break space too)
    let plain = |a: usize, b: usize| {
        !text[a..b].is_empty() && text[a..b].chars().all(|c| c == ' ' || c == '\u{a0}')
    };
    let unit = match word.to_ascii_lowercase().as_str() {
        "year" | "years" => crate::extract::Unit::Year,
        "month" | "months" => crate::extract::Unit::Month,
        _ => return None,
    };
    (plain(span.end, span.end + k)
        && plain(span.end + k + word.len(), span.end + j)
        && old.eq_ignore_ascii_case("old"))
    .then(|| {
        Expr::Duration(crate::extract::DurationExpr::new(
            c.value,
            unit,
            c.precision * 0.5,
            c.hedge,
        ))
    })
}

fn kind_of(e: &Expr) -> Kind {
    match e {
        Expr::Date(_) | Expr::Range(..) => Kind::Date,
        Expr::Duration(_) => Kind::Duration,
        Expr::Count(c) if c.percent => Kind::Percent,
        Expr::Count(_) => Kind::Count,
    }
}

/// Subjects named in each sentence, after exclusions; and the subjects each
/// sentence excludes.
pub struct SentenceSubjects {
    named: Vec<Vec<usize>>,
    excluded: Vec<Vec<usize>>,
}

impl SentenceSubjects {
    /// The subjects named in each of `doc`'s sentences by the names `hits`
    /// found, after exclusions; and the subjects each sentence excludes.
    pub fn of(doc: &Document, hits: &[Hit], rules: &RuleSet) -> SentenceSubjects {
        if hits.is_empty() {
            // no name, no subject: nothing to sort out a sentence at a time
            let none = vec![Vec::new(); doc.sentences.len()];
            return SentenceSubjects {
                named: none.clone(),
                excluded: none,
            };
        }
        sentence_subjects(doc, hits, rules)
    }

    /// The subjects a mention in sentence `s` may be about: those its
    /// sentence names, or the one before it in the same paragraph ("their
    /// deployment" continues it), less those its sentence excludes.
    fn around(&self, doc: &Document, s: usize) -> impl Iterator<Item = usize> + '_ {
        // a sentence that names a subject of its own is about it; only one
        // that names none continues the one before
        // (as does one whose subject is a pronoun: "It kills more than
        // 10,000 people in Nepal and destroys half a million homes" is the
        // earthquake's, whatever else it names)
        let before = match previous_in_paragraph(doc, s) {
            // (a sentence before that names nothing passes nothing on,
            // and is not read further)
            Some(p)
                if !self.named[p].is_empty()
                    && (self.named[s].is_empty() && !moves_elsewhere(doc, s)
                        || begins_with_pronoun(doc, s)) =>
            {
                &self.named[p][..]
            }
            _ => &[],
        };
        self.named[s]
            .iter()
            .chain(before)
            .copied()
            .filter(move |k| !self.excluded[s].contains(k))
    }

    /// The subjects the sentence before `s` excludes, where `s` begins
    /// with a pronoun that stands for what that sentence named
    /// ([`begins_with_pronoun`]).
    fn excluded_by_pronoun(&self, doc: &Document, s: usize) -> &[usize] {
        match previous_in_paragraph(doc, s) {
            Some(p) if begins_with_pronoun(doc, s) => &self.excluded[p],
            _ => &[],
        }
    }

    /// Whether a mention in sentence `s` can be a claim: it may be about a
    /// subject ([`bind`] binds only such mentions).
    pub fn may_bind(&self, doc: &Document, s: usize) -> bool {
        self.around(doc, s).next().is_some()
    }
}

/// The sentence before sentence `s` of `doc`, if it is in the same
/// paragraph: the one `s` may continue.
fn previous_in_paragraph(doc: &Document, s: usize) -> Option<usize> {
    s.checked_sub(1)
        .filter(|&p| doc.sentences[p].paragraph == doc.sentences[s].paragraph)
}

/// Whether sentence `s` opens by moving to another place: "Elsewhere",
/// or "In" or "At" and a capitalised name set off by a comma ("In London,
/// where the great storm had already closed the City for a day, …"). It
/// does not continue the subject of the sentence before it.
fn moves_elsewhere(doc: &Document, s: usize) -> bool {
    let text = doc.scan();
    let sentence = &text[doc.sentences[s].span.clone()];
    let mut words = crate::text::words(sentence);
    let Some((_, first)) = words.next() else {
        return false;
    };
    if first == "Elsewhere" {
        return true;
    }
    if !["In", "At"].contains(&first) {
        return false;
    }
    // up to four capitalised words, the last right before a comma
    for (at, w) in words.take(4) {
        if !w.starts_with(|c: char| c.is_uppercase()) {
            return false;
        }
        if sentence[at + w.len()..].starts_with(',') {
            return true;
        }
    }
    false
}

/// Whether sentence `s` of `doc` begins with a personal pronoun as its
/// subject ("It", "They", "He", "She"), which stands for a subject named
/// before.
fn begins_with_pronoun(doc: &Document, s: usize) -> bool {
    let text = doc.scan();
    let span = &doc.sentences[s].span;
    crate::text::words(&text[span.clone()])
        .next()
        .is_some_and(|(_, w)| OPENING_PRONOUNS.contains(&w))
}

/// Pronouns that open a sentence (or a clause after a semicolon) standing
/// for what the one before named ([`begins_with_pronoun`]).
const OPENING_PRONOUNS: [&str; 4] = ["It", "They", "He", "She"];

/// The names of subjects among `hits` (aliases and generic names), sorted
/// by start as the hits are, and the length of the longest.
struct Names<'a> {
    names: Vec<&'a Hit>,
    longest: usize,
}

impl<'a> Names<'a> {
    fn of(hits: &'a [Hit]) -> Self {
        let names: Vec<&Hit> = hits
            .iter()
            .filter(|h| matches!(h.role, Role::Alias(_) | Role::Generic(_)))
            .collect();
        let longest = names.iter().map(|h| h.span.len()).max().unwrap_or(0);
        Names { names, longest }
    }

    /// The names that begin at or before `span` and may cover it.
    fn around(&self, span: &Range<usize>) -> impl Iterator<Item = &&'a Hit> {
        let from = self
            .names
            .partition_point(|h| h.span.start + self.longest < span.start);
        self.names[from..]
            .iter()
            .take_while(move |h| h.span.start <= span.start)
    }

    /// Whether `span` of `text` lies inside a name (a mention inside one is
    /// part of it: "the 44-day war"), past the article it may begin with
    /// ("The Year 2000 Information and Readiness Disclosure Act").
    fn cover(&self, text: &str, span: &Range<usize>) -> bool {
        let article = text[span.clone()]
            .split_once(' ')
            .filter(|(w, _)| w.eq_ignore_ascii_case("the"))
            .map_or(0, |(w, _)| w.len() + 1);
        let inner = span.start + article..span.end;
        self.around(&inner).any(|h| inner.end <= h.span.end)
    }

    /// The subject of the name the date at `span` modifies: the date stands
    /// between a determiner and the name, with nothing but spaces between
    /// ("the September 2023 fighting", "Azerbaijan's 1994 war", "the 1994
    /// ceasefire deal"). Such a date says which event the name means. ("In
    /// 2020 Russian troops arrived" has no determiner.)
    fn modified_by(&self, text: &str, span: &Range<usize>) -> Option<usize> {
        if !determined(text, span) {
            return None;
        }
        let at = self.names.partition_point(|h| h.span.start < span.end);
        self.names[at..]
            .iter()
            .take_while(|h| h.span.start <= span.end + 4)
            .filter(|h| {
                text.get(span.end..h.span.start)
                    .is_some_and(|gap| !gap.is_empty() && gap.trim().is_empty())
            })
            .find_map(|h| h.role.named())
    }

    /// The subject of the name a date at `span` follows with "of" ("Louis
    /// Favre's summit tunnel of 1882", "the Great Fire of 1666"): such a
    /// date, too, says which event the name means.
    fn followed_by(&self, text: &str, span: &Range<usize>) -> Option<usize> {
        let end = end_before_of(text, span.start)?;
        self.around(&(end..end))
            .filter(|h| h.span.end == end)
            .find_map(|h| h.role.named())
    }

    /// [`Names::followed_by`], where the name is written with a capital
    /// ("the Blizzard of 1978", "the Great Fire of 1666"): a proper name
    /// that its date gives.
    fn followed_by_proper(&self, text: &str, span: &Range<usize>) -> Option<usize> {
        let end = end_before_of(text, span.start)?;
        let word = text[..end]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
            .next()?;
        if !word.starts_with(|c: char| c.is_uppercase()) {
            return None;
        }
        self.followed_by(text, span)
    }

    /// Whether the name `h` names nothing of its own: it lies inside a
    /// longer name of another subject, and so is part of that name
    /// ("offensive" in "lightning offensive", "war" in "first Karabakh
    /// war"), or the same words name another subject too, and nothing says
    /// which is meant ("offensive" for the 2020 war and the 2023
    /// operation).
    fn names_nothing(&self, h: &Hit) -> bool {
        // (a generic name that is another subject's generic name too is
        // left to the context words: each names its subject only with one
        // of its own, "protesters … the Legislative Council")
        let generic = |h: &Hit| matches!(h.role, Role::Generic(_));
        self.around(&h.span).any(|g| {
            h.span.end <= g.span.end
                && g.role.named() != h.role.named()
                && !(generic(g) && generic(h) && g.span == h.span)
        })
    }
}

/// The subject a relative clause holding byte `at` is said of: the clause
/// begins with ", which", ", who" or ", that" after the last full stop,
/// semicolon or colon before `at` in `sentence`, and a name of the subject
/// (of `hits`, the sentence's) ends at most three words before the comma,
/// with no other name between ("the Second Karabakh War in 2020, which
/// lasted 44 days and ended on Nov. 10").
fn antecedent<'h>(
    text: &str,
    sentence: &Range<usize>,
    at: usize,
    hits: impl Iterator<Item = &'h Hit>,
) -> Option<usize> {
    let before = text.get(sentence.start..at)?;
    let from = before.rfind([';', ':']).map_or(0, |k| k + 1);
    // the mention in the clause's first part: no comma after the pronoun
    let last_comma = before.rfind(',')?;
    let comma = crate::text::words(&before[from..])
        .filter(|&(_, w)| is_relative_pronoun(w) && w.bytes().all(|b| b.is_ascii_lowercase()))
        .filter_map(|(k, _)| {
            let head = before[..from + k].trim_end_matches([' ', '\u{a0}', '\n']);
            head.ends_with(',').then(|| sentence.start + head.len() - 1)
        })
        .last()?;
    if comma != sentence.start + last_comma {
        return None;
    }
    // the last name before the comma, the longest where names end
    // together ("war" inside "the first Nagorno-Karabakh war" is part of it)
    hits.filter(|h| h.span.end <= comma)
        .filter(|h| matches!(h.role, Role::Alias(_) | Role::Generic(_)))
        .max_by_key(|h| (h.span.end, std::cmp::Reverse(h.span.start)))
        .filter(|h| words_between(text, h.span.end, comma, 3).is_some())
        .and_then(|h| h.role.named())
}

/// Whether the alias at `span`, written in lower case (a description, not
/// a proper name: "donors' conference"), names another thing of the kind
/// than its subject, whose `name` is given: after a quantifier
/// ([`quantified`]: "at another donors' conference"), or placed by "in"
/// somewhere that neither the subject's `name` nor any name or context
/// word of the rules names ("the donors' conference in Islamabad", of a
/// conference held in New York). ("At" tells where something was done
/// more often than which one: "publishes its final report at Le
/// Bourget".)
fn another_of_the_kind(text: &str, span: &Range<usize>, name: &str, hits: &[Hit]) -> bool {
    if !text[span.clone()].starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    // (not after "a" or "an": "declared a state of emergency", "A blizzard
    // strikes Halifax" are the subject's own)
    if quantified(text, span.start) {
        return true;
    }
    let mut after = crate::text::words(&text[span.end..]);
    let (Some((k, p)), Some((j, place))) = (after.next(), after.next()) else {
        return false;
    };
    let (k, j) = (span.end + k, span.end + j);
    let plain = |a: usize, b: usize| text[a..b].bytes().all(|c| c == b' ');
    // (a month or a weekday is a time, not a place: "the grounding in
    // March"; and a word the rules know may be the subject's place, as
    // another subject's name or context word)
    let time = || {
        let lower = place.to_ascii_lowercase();
        crate::extract::temporal::is_month_word(&lower)
            || crate::extract::temporal::is_weekday_word(&lower)
    };
    p == "in"
        && plain(span.end, k)
        && plain(k + p.len(), j)
        && place.starts_with(|c: char| c.is_uppercase())
        && !time()
        && !crate::text::words(name).any(|(_, w)| w == place)
        && !hits.iter().any(|g| {
            g.span.start == j
                && matches!(g.role, Role::Alias(_) | Role::Generic(_) | Role::Context(_))
        })
}

/// Whether the name at `span` is joined by "&" to a capitalised word
/// before or after it, as a word of a longer name ("Johnson & Johnson",
/// "Marks & Spencer"): not where the name holds the "&" itself.
fn joined_by_ampersand(text: &str, span: &Range<usize>) -> bool {
    let capital = |s: &str| s.starts_with(|c: char| c.is_uppercase());
    let after = text[span.end..].trim_start_matches(' ');
    let before = text[..span.start].trim_end_matches(' ');
    !text[span.clone()].contains('&')
        && (after
            .strip_prefix('&')
            .is_some_and(|r| capital(r.trim_start_matches(' ')))
            || before.strip_suffix('&').is_some_and(|b| {
                b.trim_end_matches(' ')
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
            }))
}

/// Whether the word right before byte `at` (a generic name's start) is a
/// quantifier that picks out no one thing, or another: "no", "any",
/// "another", "every", "each", "other".
fn quantified(text: &str, at: usize) -> bool {
    word_before_is(
        text,
        at,
        &["no", "any", "another", "every", "each", "other"],
    )
}

/// Whether the name at byte `at` is what a comparison is made with: right
/// after "than" ("more oil than the Erika"), or after the second "as" of
/// "as much … as", "as many … as" ("ten times as much oil as the Erika";
/// not "as well as"), with "the" between or not; and no relative clause
/// after it tells of it ("slower than Voyager 1, which is leaving the
/// Solar System at about 17 kilometres per second"). "Than" is read as a
/// mention's is ([`compared_with`]); "as … as" for names only: an amount
/// after "as many as" is hedged, "as many as 2,000 troops".
fn named_in_comparison(text: &str, span: &Range<usize>) -> bool {
    let is = |w: &str, of: &str| w.eq_ignore_ascii_case(of);
    let relative = text[span.end..].strip_prefix(", ").is_some_and(|rest| {
        crate::text::words(rest)
            .next()
            .is_some_and(|(at, w)| at == 0 && crate::text::is_wh_relative(w))
    });
    if relative {
        return false;
    }
    if compared_with(text, span.start) {
        return true;
    }
    let mut before = crate::text::words_before(text, span.start).map(|(_, w)| w);
    let mut w = before.next();
    if w.is_some_and(|w| is(w, "the")) {
        w = before.next();
    }
    w.is_some_and(|w| is(w, "as")) && {
        let mut previous = before.take(6);
        previous.next().is_some_and(|p| !is(p, "well")) && previous.any(|p| is(p, "as"))
    }
}

/// Whether the generic name at `span` is a numbered name of its own: it
/// begins with a capital inside a sentence (after a word or a comma on
/// its line: a sentence's first word is capitalised anyway), and a number
/// follows it after one space ("Air France Flight 4590 crashed", "its
/// Reactor 2"; not a score, "beat Scotland 28-21").
fn numbered(text: &str, span: &Range<usize>) -> bool {
    let after = &text[span.end..];
    let after = after
        .strip_prefix(' ')
        .or_else(|| after.strip_prefix('\u{a0}'))
        .unwrap_or("");
    // (a number, not a score or a range: "beat Scotland 28-21")
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && !after[digits..].starts_with(['-', '\u{2013}', ':'])
        && text[span.clone()].starts_with(|c: char| c.is_uppercase())
        && text[..span.start]
            .trim_end_matches([' ', '\u{a0}'])
            .ends_with(|c: char| c.is_alphanumeric() || c == ',')
}

/// Whether the generic name at `span` is the title of a name of its own:
/// written with a capital, and one space after it a capitalised word that
/// is no word of the subject's `name`, no month or weekday, and begins no
/// name or context word of the rules, with no capital after it ("Hurricane
/// Michael, which came ashore on October 10", "Storm Desmond brought";
/// not a headline's run of capitals, "Storm Kills Two in Kent").
fn named_one(text: &str, span: &Range<usize>, name: &str, hits: &[Hit]) -> bool {
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    if !capital(&text[span.clone()]) {
        return false;
    }
    let mut after = crate::text::words(&text[span.end..]);
    let Some((k, w)) = after.next() else {
        return false;
    };
    let at = span.end + k;
    let lower = w.to_ascii_lowercase();
    // (one space between)
    text[span.end..at] == *" "
        && capital(w)
        && !crate::extract::temporal::is_month_word(&lower)
        && !crate::extract::temporal::is_weekday_word(&lower)
        && !crate::text::words(name).any(|(_, n)| n.eq_ignore_ascii_case(w))
        && !hits.iter().any(|g| {
            g.span.contains(&at)
                && matches!(g.role, Role::Alias(_) | Role::Generic(_) | Role::Context(_))
        })
        && after.next().is_none_or(|(_, next)| !capital(next))
}

/// Whether the word right before `span` is a determiner or a possessive
/// ("the 1994 ceasefire", "Azerbaijan's 1994 war"): a date there modifies
/// the noun after it.
fn determined(text: &str, span: &Range<usize>) -> bool {
    after_determiner(
        text,
        span.start,
        &["the", "a", "an", "this", "that", "its", "their", "his"],
    )
}

/// Whether the word right before byte `at` is one of `determiners` or a
/// possessive ("Azerbaijan's"), with nothing but spaces between. (The
/// nearest word may run on into what stands at `at`: "1-2020".)
fn after_determiner(text: &str, at: usize, determiners: &[&str]) -> bool {
    word_right_before(text, at).is_some_and(|(_, w)| {
        determiners.iter().any(|d| w.eq_ignore_ascii_case(d)) || possessor(w).is_some()
    })
}

/// Words that may follow a date after a determiner without being a noun it
/// modifies ("the 1990s saw", "the 2020s when").
const NOT_MODIFIED: [&str; 30] = [
    "and", "or", "but", "nor", "when", "while", "as", "was", "is", "were", "are", "to", "of", "in",
    "on", "at", "by", "for", "with", "that", "which", "who", "after", "before", "until", "since",
    "had", "has", "have", "saw",
];

/// Whether the date at `span` modifies a noun of no rule after it: it
/// stands between a determiner and a lower-case word that begins no name,
/// cue or context word of the rules ("since the 1992 general election"). Such a date
/// says when that thing was, not the subject's date.
fn modifies_another_noun(text: &str, span: &Range<usize>, hits: &[Hit]) -> bool {
    if !determined(text, span) {
        return false;
    }
    let rest = &text[span.end..];
    let word = rest.trim_start_matches([' ', '\u{a0}']);
    let at = span.end + (rest.len() - word.len());
    if at == span.end || !word.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let end = word
        .find(|c: char| !c.is_alphanumeric() && c != '-')
        .unwrap_or(word.len());
    let w = &word[..end];
    let k = hits.partition_point(|h| h.span.start < at);
    !NOT_MODIFIED.iter().any(|n| w.eq_ignore_ascii_case(n))
        && !hits[k..]
            .iter()
            .take_while(|h| h.span.start == at)
            .any(|h| {
                matches!(
                    h.role,
                    Role::Alias(_) | Role::Generic(_) | Role::Cue(_) | Role::Context(_)
                )
            })
}

/// Whether `span` is the dateline's date (or inside it).
fn is_dateline(doc: &Document, span: &Range<usize>) -> bool {
    matches!(&doc.date_source, crate::document::DateSource::Dateline(d)
        if d.start <= span.start && span.end <= d.end)
}

/// Whether `span` lies in the dateline, up to its date: the place a story
/// was filed from ("LONDON, 31 January 2021 —") says where the reporter
/// was, not what the sentence after it is about, so an exclusion word there
/// ("London", for a result outside London) rules nothing out.
fn in_dateline(doc: &Document, span: &Range<usize>) -> bool {
    let crate::document::DateSource::Dateline(d) = &doc.date_source else {
        return false;
    };
    let line = doc.text[..d.start].rfind('\n').map_or(0, |k| k + 1);
    line <= span.start && span.end <= d.end
}

fn sentence_subjects(doc: &Document, hits: &[Hit], rules: &RuleSet) -> SentenceSubjects {
    let subjects = &rules.subjects[..];
    let nsubjects = subjects.len();
    let names = Names::of(hits);
    let n = doc.sentences.len();
    let mut named = vec![Vec::new(); n];
    let mut excluded = vec![Vec::new(); n];
    let mut generic: Vec<Vec<(usize, &Hit)>> = vec![Vec::new(); n];
    let mut aliases: Vec<Vec<(usize, &Hit)>> = vec![Vec::new(); n];
    let mut exclusions: Vec<Vec<(usize, &Hit)>> = vec![Vec::new(); n];
    let mut context: Vec<Vec<(usize, &Hit)>> = vec![Vec::new(); n];
    // exclusion words inside a longer alias of another subject ("first" in
    // "the first Karabakh war"): that subject is named, and the excluded one
    // may be too, by an alias of its own ("and the Second Karabakh War in
    // 2020"). (An exclusion that is another's whole alias, "Katla", still
    // excludes.)
    let mut within_alias: Vec<Vec<usize>> = vec![Vec::new(); n];
    // (read only where a generic name follows "that" or "this")
    let others = std::cell::OnceCell::new();
    let others = || others.get_or_init(|| OthersOfKind::of(doc, hits, subjects));
    for h in hits {
        let Some(s) = crate::text::sentence_at(&doc.sentences, h.span.start) else {
            continue;
        };
        match h.role {
            Role::Alias(_) | Role::Generic(_) if names.names_nothing(h) => {}
            // "ten times as much oil as the Erika", "more than the Erika":
            // what a comparison is made with is not what the sentence tells
            Role::Alias(_) if named_in_comparison(doc.scan(), &h.span) => {}
            Role::Alias(k) if another_of_the_kind(doc.scan(), &h.span, &subjects[k].name, hits) => {
            }
            // "Johnson & Johnson": a name joined to another by "&" is a
            // word of a longer one, a firm's
            Role::Alias(_) | Role::Generic(_) if joined_by_ampersand(doc.scan(), &h.span) => {}
            // "the 2017 Nobel prize in physics", of a prize of 1993: a name
            // that a year of another time modifies is another of its kind
            Role::Alias(k) | Role::Generic(k) if of_another_year(doc.scan(), &h.span, k, rules) => {
            }
            Role::Alias(k) => {
                named[s].push(k);
                aliases[s].push((k, h));
            }
            // "no hurricane has struck Texas", "another storm": a generic
            // name after a word that picks out none, or another, names no
            // one thing
            Role::Generic(_) if quantified(doc.scan(), h.span.start) => {}
            // "Air France Flight 4590", "Reactor 2": a generic name written
            // with a capital and a number is the name of one of its kind,
            // and not the subject's, which would be named by an alias
            Role::Generic(_) if numbered(doc.scan(), &h.span) => {}
            // "Hurricane Michael, which came ashore", "Storm Desmond": a
            // generic name written with a capital before a name is another
            // of its kind
            Role::Generic(k) if named_one(doc.scan(), &h.span, &subjects[k].name, hits) => {}
            // "… since Hurricane Katrina. That storm made landfall on Aug.
            // 29, 2005": a generic name after "that" refers back to the
            // other of its kind named just before
            Role::Generic(k)
                if after_demonstrative(doc.scan(), &h.span)
                    && others().refers_back(doc, s, k, &h.span) => {}
            Role::Generic(k) => generic[s].push((k, h)),
            Role::Context(k) => context[s].push((k, h)),
            Role::Exclude(_) if in_dateline(doc, &h.span) => {}
            Role::Exclude(k)
                if names.around(&h.span).any(|g| {
                    matches!(g.role, Role::Alias(j) if j != k)
                        && h.span.end <= g.span.end
                        && h.span != g.span
                }) && !names.around(&h.span).any(|g| {
                    // (a whole alias of another subject inside a longer
                    // one still excludes: "Kenneth" in "Cyclone Kenneth")
                    matches!(g.role, Role::Alias(j) if j != k) && h.span == g.span
                }) =>
            {
                within_alias[s].push(k)
            }
            Role::Exclude(k) => {
                excluded[s].push(k);
                exclusions[s].push((k, h));
            }
            Role::Cue(_) | Role::FactExclude(_) | Role::WrongName(_) => {}
        }
    }
    for s in 0..n {
        // (`named` holds the aliases' subjects alone until the generic
        // names are counted below)
        for &k in &within_alias[s] {
            if !named[s].contains(&k) {
                excluded[s].push(k);
            }
        }
        // a generic name counts with a context word of its own subject that
        // is not part of the name itself (not in a sentence that opens by
        // setting what it tells against what came before: "By comparison,
        // the mouse genome, finished in draft in 2002, …" is another
        // genome's draft)
        let contrasted =
            !generic[s].is_empty() && opens_a_contrast(&doc.scan()[doc.sentences[s].span.clone()]);
        // (nor with a context word that is a name of another subject that
        // a word of its clause excludes: "tsunami" in "the earthquake and
        // tsunami that struck Japan in March 2011" is not the Indian
        // Ocean's, and tells nothing of its earthquake; "the port" is still
        // Baltimore's in "For longshoremen at the port, …, stints at
        // terminals as far away as Wilmington")
        let text = doc.scan();
        let excluded_name = |c: &Hit| {
            generic[s].iter().chain(&aliases[s]).any(|&(j, h)| {
                h.span == c.span
                    && exclusions[s].iter().any(|&(x, e)| {
                        let (a, b) = if e.span.start < c.span.start {
                            (e.span.end, c.span.start)
                        } else {
                            (c.span.end, e.span.start)
                        };
                        x == j && text.get(a..b).is_some_and(|t| !t.contains(CLAUSE_MARKS))
                    })
            })
        };
        for &(k, g) in generic[s].iter().filter(|_| !contrasted) {
            let outside = |c: &Hit| c.span.end <= g.span.start || g.span.end <= c.span.start;
            if context[s]
                .iter()
                .any(|&(ck, c)| ck == k && outside(c) && !excluded_name(c))
            {
                named[s].push(k);
            }
        }
        named[s].sort_unstable();
        named[s].dedup();
        excluded[s].sort_unstable();
        excluded[s].dedup();
        let ex = &excluded[s];
        named[s].retain(|k| !ex.contains(k));
        debug_assert!(named[s].iter().all(|&k| k < nsubjects));
    }
    SentenceSubjects { named, excluded }
}

/// Where each sentence names another thing of a subject's kind: a generic
/// name of the subject as the title of another's ("Hurricane Katrina",
/// [`named_one`]) or a word the subject's rules exclude ("Katrina"); and
/// where it names the subject by an alias.
struct OthersOfKind {
    /// (sentence, subject, start), in order
    others: Vec<(usize, usize, usize)>,
    /// (sentence, subject)
    aliases: Vec<(usize, usize)>,
}

impl OthersOfKind {
    fn of(doc: &Document, hits: &[Hit], subjects: &[Subject]) -> Self {
        let mut others = Vec::new();
        let mut aliases = Vec::new();
        for h in hits {
            let Some(s) = crate::text::sentence_at(&doc.sentences, h.span.start) else {
                continue;
            };
            match h.role {
                Role::Alias(k) => aliases.push((s, k)),
                Role::Generic(k) if named_one(doc.scan(), &h.span, &subjects[k].name, hits) => {
                    others.push((s, k, h.span.start))
                }
                Role::Exclude(k) if !in_dateline(doc, &h.span) => others.push((s, k, h.span.start)),
                _ => {}
            }
        }
        OthersOfKind { others, aliases }
    }

    /// Whether the generic name of subject `k` at `span`, in sentence `s`,
    /// which stands right after "that" or "this" ([`after_demonstrative`]:
    /// "That storm made landfall"), refers back to another of its kind:
    /// one is named before it in its sentence or in the one before in its
    /// paragraph, and neither names the subject by an alias.
    fn refers_back(&self, doc: &Document, s: usize, k: usize, span: &Range<usize>) -> bool {
        let before = s
            .checked_sub(1)
            .filter(|&p| doc.sentences[p].paragraph == doc.sentences[s].paragraph);
        let near = |t: usize| t == s || Some(t) == before;
        self.others
            .iter()
            .any(|&(t, j, at)| j == k && near(t) && (t != s || at < span.start))
            && !self.aliases.iter().any(|&(t, j)| j == k && near(t))
    }
}

/// Whether the name of subject `k` at `span` is modified by a year more
/// than a year from the subject's time ([`subject_span`]): a year right
/// before it, after a determiner or a possessive ("the 2017 Nobel prize",
/// "Turkey's 1999 earthquake"). Such a name is of another thing of its
/// kind: a prize of another year, an earthquake of another time.
fn of_another_year(text: &str, span: &Range<usize>, k: usize, rules: &RuleSet) -> bool {
    // (read only where a digit ends the text before the name: at nearly
    // every name none does)
    if !text[..span.start]
        .trim_end()
        .ends_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let Some((at, w)) = word_right_before(text, span.start) else {
        return false;
    };
    let year = (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()))
        .then(|| w.parse::<i16>().ok())
        .flatten();
    let Some(days) = year
        .filter(|y| (1000..=2100).contains(y))
        .and_then(|y| jiff::civil::Date::new(y, 1, 1).ok())
        .map(|d| crate::value::Interval::days(d, d.last_of_year()))
    else {
        return false;
    };
    determined(text, &(at..at + w.len()))
        && subject_span(rules, k).is_some_and(|t| t.gap(&days) > ANOTHER_TIME)
}

/// Whether the word right before `span` is "that" or "this", with only
/// spaces between.
fn after_demonstrative(text: &str, span: &Range<usize>) -> bool {
    word_right_before(text, span.start)
        .is_some_and(|(_, w)| w.eq_ignore_ascii_case("that") || w.eq_ignore_ascii_case("this"))
}

/// Words that open a sentence setting what it tells against what came
/// before: its generic names are of another thing of the kind.
const CONTRASTS: [&[&str]; 5] = [
    &["by", "comparison"],
    &["in", "comparison"],
    &["by", "contrast"],
    &["in", "contrast"],
    &["compared", "with"],
];

/// Whether `sentence` opens with one of [`CONTRASTS`].
fn opens_a_contrast(sentence: &str) -> bool {
    let mut words = crate::text::words(sentence).map(|(_, w)| w);
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return false;
    };
    CONTRASTS
        .iter()
        .any(|c| a.eq_ignore_ascii_case(c[0]) && b.eq_ignore_ascii_case(c[1]))
}

/// The days the dated facts of subject `sk` span, or else the dates its
/// name writes out, if it has any.
fn subject_span(rules: &RuleSet, sk: usize) -> Option<crate::value::Interval> {
    rules.facts_of[sk]
        .iter()
        .map(|&f| &rules.facts[f])
        .filter(|f| f.kind == Kind::Date)
        .filter_map(|f| f.value.as_ref())
        .map(|v| v.interval)
        // and the dates its derived durations run between, and those its
        // name writes out ("…, autumn 2023", "European heatwave of summer
        // 2003", whose one dated fact is that it was the hottest since
        // 1540)
        .chain(rules.subjects[sk].derived_span)
        .chain(rules.subjects[sk].name_span)
        .reduce(|a, b| a.hull(&b))
}

/// The year a date mention writes out, if it does ("2016", "May 1994",
/// "between 2015 and 2018").
fn written_year(e: &Expr) -> Option<i32> {
    match e {
        Expr::Date(d) | Expr::Range(d, _) => d.written_year(),
        _ => None,
    }
}

/// Whether a date, or an end of a range, writes its year ("18 July 1934";
/// not "last December", whose year the article's date gives).
fn writes_its_year(e: &Expr) -> bool {
    match e {
        Expr::Date(d) => d.written_year().is_some(),
        Expr::Range(a, b) => a.written_year().or(b.written_year()).is_some(),
        _ => false,
    }
}

/// Whether a date whose year the text leaves out ("on 10 November").
pub(crate) fn year_implied(e: &Expr) -> bool {
    use crate::extract::{DateBase, DateExpr, YearRef};
    // (an ordinal day alone takes its month and year from the narrative
    // together: `anchored_day`)
    // (and a week of a month: "in the first week of November")
    let implied = |d: &DateExpr| {
        matches!(
            d.base,
            DateBase::Calendar {
                year: YearRef::Implied,
                ..
            } | DateBase::Week {
                year: YearRef::Implied,
                month: Some(_),
                ..
            }
        ) && !d.is_day_alone()
    };
    match e {
        Expr::Date(d) => implied(d),
        // "from 6 to 19 January"
        Expr::Range(a, b) => implied(a) && (implied(b) || b.written_year().is_none()),
        _ => false,
    }
}

/// `e`, a date whose year the text leaves out ([`year_implied`]), read in
/// `year` (both ends of a range).
pub(crate) fn with_year(e: &Expr, year: i32) -> Option<Expr> {
    use crate::extract::{DateBase, DateExpr, YearRef};
    let set = |mut d: DateExpr| {
        if let DateBase::Calendar {
            year: y @ YearRef::Implied,
            ..
        }
        | DateBase::Week {
            year: y @ YearRef::Implied,
            ..
        } = &mut d.base
        {
            *y = YearRef::Explicit(year);
        }
        d
    };
    match e {
        Expr::Date(d) => Some(Expr::Date(set(*d))),
        Expr::Range(a, b) => Some(Expr::Range(set(*a), set(*b))),
        _ => None,
    }
}

/// Whether the date at `span` dates a source the sentence cites: "according
/// to" stands before it in its clause ("…, according to the WHO's final
/// tally in June 2016").
fn cited_by(text: &str, span: &Range<usize>, sentence: &Range<usize>) -> bool {
    let from = after_last_mark(text, span, sentence);
    let mut words = crate::text::words(&text[from..span.start]).map(|(_, w)| w);
    let mut previous = "";
    words.any(|w| {
        let cited = previous.eq_ignore_ascii_case("according") && w.eq_ignore_ascii_case("to");
        previous = w;
        cited
    })
}

/// Where the superlative begins that a date at `at`, right after "since",
/// is compared from ("the highest rate since 1900": "highest"): one of the
/// three words before "since", in its clause.
fn comparison_from(text: &str, at: usize) -> Option<usize> {
    let (since, _) =
        word_right_before(text, at).filter(|(_, w)| w.eq_ignore_ascii_case("since"))?;
    let clause = text[..since]
        .rfind([',', ';', ':', '.'])
        .map_or(0, |k| k + 1);
    crate::text::words_before(text, since)
        .take(3)
        .take_while(|&(k, _)| k >= clause)
        .find(|&(_, w)| is_superlative(w))
        .map(|(k, _)| k)
}

/// Whether `w` is a superlative ("highest", "largest", "first", "most").
fn is_superlative(w: &str) -> bool {
    (w.len() > 4 && w.to_ascii_lowercase().ends_with("est"))
        || ["first", "most", "worst", "best", "least"]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
}

/// Where the noun starts that the duration at `span` is joined to by a
/// hyphen ("nine-month" in "a nine-month blockade"): the word after one
/// space, if the duration's unit is hyphenated to its number.
fn joined_noun(text: &str, span: &Range<usize>) -> Option<usize> {
    let last = text[span.clone()].rsplit([' ', '\u{a0}']).next()?;
    let unit = last.rsplit('-').next()?;
    if !(last.contains('-') && crate::extract::Unit::from_word(unit).is_some()) {
        return None;
    }
    let noun = one_space(&text[span.end..])?;
    noun.starts_with(|c: char| c.is_alphabetic())
        .then_some(text.len() - noun.len())
}

/// Where the noun starts that the duration at `span` is in the possessive
/// of ("six months' notice", "a year’s salary"): the word after the
/// apostrophe (and its "s") and one space.
fn possessive_noun(text: &str, span: &Range<usize>) -> Option<usize> {
    let rest = &text[span.end..];
    let singular = ["'s ", "\u{2019}s "]
        .iter()
        .find_map(|p| rest.strip_prefix(p));
    // a plural's apostrophe follows its "s"
    let after = match singular {
        Some(after) => after,
        None if text[..span.end].ends_with(['s', 'S']) => ["' ", "\u{2019} "]
            .iter()
            .find_map(|p| rest.strip_prefix(p))?,
        None => return None,
    };
    after
        .starts_with(char::is_alphabetic)
        .then(|| text.len() - after.len())
}

/// Whether a possessive ending follows byte `end` ("this week's",
/// "Tuesday’s").
fn possessive_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    ["'s", "\u{2019}s"].iter().any(|p| {
        rest.strip_prefix(p)
            .is_some_and(|r| !r.starts_with(char::is_alphanumeric))
    })
}

/// Whether the year alone at `span`, in sentence `s`, is a number of the
/// capitalised name right before it ("the Chesapeake 1000, the largest
/// floating crane", "Expo 2020", "Vision 2030"): such a year names a thing,
/// dates nothing, and claims nothing. (A month before a year is read with
/// it, "March 2020"; the first word of a sentence and a preposition, "In
/// 2020", are no names.)
///
/// So is a model year, which names a product's range, not a time ("cars
/// of the 2009 to 2015 model years", "a 2014 model-year truck"): see
/// [`model_year`].
pub(crate) fn year_of_a_name(doc: &Document, s: usize, e: &Expr, span: &Range<usize>) -> bool {
    if !crate::extract::is_bare_year(e) {
        return false;
    }
    let text = doc.scan();
    if model_year(text, span.end) {
        return true;
    }
    // one space between the name and the year
    let Some(before) = span
        .start
        .checked_sub(1)
        .filter(|&k| text.as_bytes()[k] == b' ')
        .map(|k| &text[..k])
    else {
        return false;
    };
    let start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |k| {
        k + before[k..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &before[start..];
    let sentence_start = doc.sentences[s].span.start;
    word.starts_with(|c: char| c.is_uppercase())
        && start > sentence_start
        && text[sentence_start..start].contains(|c: char| c.is_alphanumeric())
        && !NAME_FREE_CAPITALS
            .iter()
            .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether the year that ends at byte `end` is a model year: "model year"
/// or "model-year" follows it, or follows the year that ends a range it
/// begins ("2009 to 2015 model years", "2014\u{2013}16 model-year cars").
fn model_year(text: &str, end: usize) -> bool {
    let mut rest = &text[end..];
    let joined = ["to", "through", "and"]
        .iter()
        .find_map(|w| {
            one_space(rest)
                .and_then(|r| r.strip_prefix(w))
                .and_then(one_space)
        })
        .or_else(|| rest.strip_prefix(['\u{2013}', '-']));
    if let Some(r) = joined {
        let digits = r.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 2 || digits == 4 {
            rest = &r[digits..];
        }
    }
    let Some(rest) = one_space(rest) else {
        return false;
    };
    rest.get(..5)
        .is_some_and(|w| w.eq_ignore_ascii_case("model"))
        && one_space(&rest[5..])
            .or_else(|| rest[5..].strip_prefix('-'))
            .and_then(|r| r.get(..4))
            .is_some_and(|w| w.eq_ignore_ascii_case("year"))
}

/// `s` after the one space, or no-break space, it begins with.
fn one_space(s: &str) -> Option<&str> {
    s.strip_prefix([' ', '\u{a0}'])
}

/// Capitalised words a year after which is no number of a name: in a
/// heading in title case ("Elections In 2024") they are still prepositions.
const NAME_FREE_CAPITALS: [&str; 14] = [
    "In", "On", "By", "Since", "Until", "From", "Before", "After", "Of", "And", "To", "Through",
    "Circa", "Around",
];

/// Whether `e` is an ordinal day alone ("on the 16th"): see
/// [`crate::extract::DateExpr::is_day_alone`].
fn is_bare_day(e: &Expr) -> bool {
    matches!(e, Expr::Date(d) if d.is_day_alone())
}

/// The date of the ordinal day alone `mentions[mi]` ("splashed down on the
/// 16th") in the narrative: the day of that number nearest the last date
/// before it that names a day or a month ("lifted off on 11 April 1970"),
/// for each reading of that date. `None` with no such date before it: then
/// nothing says when it is. (Bound to a fact, it is read in the fact's
/// month: [`day_nearest`].)
fn anchored_day(mentions: &[Resolved], mi: usize) -> Option<Value> {
    use crate::value::Granularity;
    let anchor = mentions[..mi].iter().rev().find_map(|m| {
        let named = |e: &crate::extract::DateExpr| {
            matches!(e.base, DateBase::Calendar { month: Some(_), .. })
        };
        let month_named = match &m.mention.expr {
            Expr::Date(e) => named(e),
            Expr::Range(_, b) => named(b),
            _ => false,
        };
        let v = m.value.as_ref()?;
        (month_named && matches!(v.granularity?, Granularity::Day | Granularity::Month))
            .then_some(v)
    })?;
    let e = &mentions[mi].mention.expr;
    let interval = day_nearest(e, &anchor.interval)?;
    Some(Value {
        kind: Kind::Date,
        interval,
        granularity: Some(Granularity::Day),
        alt: anchor.alt.as_ref().and_then(|iv| day_nearest(e, iv)),
    })
}

/// The day of the ordinal day alone `e` ("the 16th") nearest `near`: in
/// the month before `near` starts, in one `near` spans, or in the month
/// after it ends.
fn day_nearest(e: &Expr, near: &crate::value::Interval) -> Option<crate::value::Interval> {
    use crate::value::{Interval, date_from_day_number};
    let Expr::Date(crate::extract::DateExpr {
        base: DateBase::Calendar { day: Some(d), .. },
        ..
    }) = *e
    else {
        return None;
    };
    let first = date_from_day_number(near.lo as i64)?;
    let last = date_from_day_number(near.hi as i64)?;
    let month = |y: i16, m: i8| i32::from(y) * 12 + i32::from(m) - 1;
    (month(first.year(), first.month()) - 1..=month(last.year(), last.month()) + 1)
        .filter_map(|k| {
            let day = jiff::civil::Date::new(
                (k.div_euclid(12)) as i16,
                (k.rem_euclid(12) + 1) as i8,
                d as i8,
            )
            .ok()?;
            Some(Interval::days(day, day))
        })
        .min_by(|a, b| a.gap(near).total_cmp(&b.gap(near)))
}

/// The day of the weekday alone `e` ("on Friday", "last Friday"), read
/// as `value` (a window of days), nearest `near`: of the days of the
/// window, and of its other reading, those that are that weekday.
fn weekday_nearest(
    e: &Expr,
    value: &Value,
    near: &crate::value::Interval,
) -> Option<crate::value::Interval> {
    use crate::value::{Interval, date_from_day_number};
    let Expr::Date(crate::extract::DateExpr {
        base: DateBase::Weekday { weekday, .. },
        ..
    }) = *e
    else {
        return None;
    };
    let centre = (value.interval.lo + value.interval.hi) / 2.0;
    std::iter::once(value.interval)
        .chain(value.alt)
        .flat_map(|iv| {
            let (lo, hi) = (iv.lo.ceil() as i64, iv.hi.floor() as i64);
            // (the first such day, then a week on at a time, over a few
            // weeks at most: a weekday's window is two)
            let first = date_from_day_number(lo).map_or(0, |d| {
                (i64::from(weekday) - i64::from(crate::resolve::weekday_index(d))).rem_euclid(7)
            });
            (lo + first..=hi.min(lo + 62))
                .step_by(7)
                .filter_map(|n| date_from_day_number(n).map(|d| Interval::days(d, d)))
        })
        // (of those as near, the one nearest the day the text was read as:
        // "on Monday" in an article of a Monday, of a fact of that month,
        // is that Monday, not one a week before)
        .min_by(|a, b| {
            let off = |iv: &Interval| (iv.lo - centre).abs();
            a.gap(near)
                .total_cmp(&b.gap(near))
                .then(off(a).total_cmp(&off(b)))
        })
}

/// The reading of the year-less date `r` in the year the text last wrote
/// out before it in its paragraph ("During the war in 2020 … The deal came
/// into force on 10 November": 2020-11-10), if that year is another than
/// the article's readings give.
fn narrative_reading(
    doc: &Document,
    mentions: &[Resolved],
    mi: usize,
    value: &Value,
) -> Option<crate::value::Interval> {
    let r = &mentions[mi];
    let paragraph = doc.sentences[r.sentence?].paragraph;
    let year = mentions[..mi]
        .iter()
        .rev()
        .take_while(|m| {
            m.sentence
                .is_some_and(|s| doc.sentences[s].paragraph == paragraph)
        })
        .find_map(|m| written_year(&m.mention.expr))?;
    let v = crate::resolve::resolve(&with_year(&r.mention.expr, year)?, doc.date, r.tense)?;
    let known = |iv: &crate::value::Interval| iv.lo <= v.interval.lo && v.interval.hi <= iv.hi;
    (!known(&value.interval) && !value.alt.as_ref().is_some_and(known)).then_some(v.interval)
}

/// The reading of the year-less date `r` in a year of the fact's value that
/// comes nearest to it, where no reading of `value` fits the fact: the text
/// leaves the year to its context, so a year-less date can contradict a
/// fact's day, not its year ("the trilateral statement signed on 9–10
/// November" in an article of 2024).
fn fact_year_reading(
    doc: &Document,
    r: &Resolved,
    value: &Value,
    fact: &crate::value::Interval,
    tolerance: f64,
) -> Option<crate::value::Interval> {
    if value.gap(fact) <= tolerance {
        return None;
    }
    let year =
        |day: f64| crate::value::date_from_day_number(day as i64).map(|d| i32::from(d.year()));
    let (first, last) = (year(fact.lo)?, year(fact.hi)?);
    (first..=last.min(first + 2))
        .filter_map(|y| {
            Some(
                crate::resolve::resolve(&with_year(&r.mention.expr, y)?, doc.date, r.tense)?
                    .interval,
            )
        })
        .min_by(|a, b| a.gap(fact).total_cmp(&b.gap(fact)))
        .filter(|iv| iv.gap(fact) < value.gap(fact))
}

/// Whether the duration at `span` is a time added to another: "more"
/// between its number and its unit ("three more weeks"; not "more than
/// three weeks"), or "another", "further", "additional" or "extra" right
/// before it ("another two days").
fn added_time(text: &str, span: &Range<usize>) -> bool {
    let words = || crate::text::words(&text[span.clone()]).map(|(_, w)| w);
    words()
        .zip(words().skip(1))
        .any(|(w, next)| w.eq_ignore_ascii_case("more") && !next.eq_ignore_ascii_case("than"))
        || word_before_is(
            text,
            span.start,
            &["another", "further", "additional", "extra"],
        )
}

/// Whether the duration at `start` is the time an event took to come, not
/// the length of one: "within" right before it ("Within 24 hours the
/// separatists agreed to disarm"). A fact whose cues hold "within" is
/// such a time ("pledged to rebuild it within five years").
fn is_time_taken(text: &str, start: usize) -> bool {
    word_before_is(text, start, &["within"])
}

/// Whether byte `at` of `sentence` lies inside a cue among `hits` (sorted
/// by start): a word of a cue ("offered", "ran" of "ran aground") says
/// what the fact is, not what else the sentence does.
fn in_cue(hits: &[Hit], sentence: &Range<usize>, at: usize) -> bool {
    let first = hits.partition_point(|h| h.span.start < sentence.start);
    let k = hits.partition_point(|h| h.span.start <= at);
    hits[first.min(k)..k]
        .iter()
        .any(|h| matches!(h.role, Role::Cue(_)) && at < h.span.end)
}

/// Whether the count at `span` is the size of a place it follows with "of"
/// ("a town of about 26,000 people", "a city of 3 million"): a population,
/// whatever noun comes after it.
fn population_of_place(text: &str, span: &Range<usize>) -> bool {
    const PLACES: [&str; 14] = [
        "town",
        "city",
        "village",
        "country",
        "nation",
        "island",
        "region",
        "county",
        "province",
        "state",
        "suburb",
        "community",
        "district",
        "municipality",
    ];
    let mut before = crate::text::words_before(text, span.start);
    before
        .next()
        .is_some_and(|(_, w)| w.eq_ignore_ascii_case("of"))
        && before
            .next()
            .is_some_and(|(_, w)| PLACES.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// The subject a name right before a place's size sets it beside, and
/// the place's noun: Yingxiu and "town" in "Yingxiu, a town of about 9,000
/// people" or "Yingxiu was a town of 9,000".
fn place_named_before(
    text: &str,
    span: &Range<usize>,
    sentence_hits: &[Hit],
) -> Option<(usize, Range<usize>)> {
    let mut before = crate::text::words_before(text, span.start);
    before
        .next()
        .filter(|(_, w)| w.eq_ignore_ascii_case("of"))?;
    let (p, place) = before.next()?;
    let (a, article) = before.next()?;
    if !["a", "an"].iter().any(|x| article.eq_ignore_ascii_case(x)) {
        return None;
    }
    let head = text[..a].trim_end();
    let head = if let Some(h) = head.strip_suffix(',') {
        h
    } else {
        let (v, verb) = crate::text::words_before(text, a).next()?;
        if !["is", "was"].iter().any(|x| verb.eq_ignore_ascii_case(x)) {
            return None;
        }
        text[..v].trim_end()
    };
    let named = sentence_hits
        .iter()
        .find(|h| h.span.end == head.len() && h.role.named().is_some())?;
    // (not the end of a longer name: "Antigua and Barbuda, a country of
    // fewer than 100,000 people" is no size of Barbuda)
    if crate::text::words_before(text, named.span.start)
        .next()
        .is_some_and(|(_, w)| ["and", "of"].iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        return None;
    }
    Some((named.role.named()?, p..p + place.len()))
}

/// The subject of the name a participle phrase set off by commas follows,
/// where the phrase holds the mention at `span` and names nothing else
/// (", finished in 1988," after "the Gezhouba Dam").
fn participle_aside_of<'h>(
    text: &str,
    sentence: &Range<usize>,
    span: &Range<usize>,
    hits: impl Iterator<Item = &'h Hit> + Clone,
) -> Option<usize> {
    let before = text.get(sentence.start..span.start)?;
    let open = sentence.start + before.rfind(',')?;
    let close = span.end + text.get(span.end..sentence.end)?.find(',')?;
    // (the clause's first comma, and a participle in "-ed": "Costa
    // Crociere, which operated the ship, offered …" and "Sam
    // Bankman-Fried, the founder of FTX, was arrested" are the sentence's
    // verbs after an aside)
    let (_, first) = crate::text::words(&text[open + 1..span.start]).next()?;
    let clause_start = sentence.start + before.rfind([';', ':']).map_or(0, |k| k + 1);
    if !(first.starts_with(|c: char| c.is_ascii_lowercase())
        && first.ends_with("ed")
        && crate::text::is_participle(first))
        || clause_start > open
        || text[clause_start..open].contains(',')
        || text[open + 1..close].contains([';', ':', '(', ')'])
    {
        return None;
    }
    let head = text[..open].trim_end().len();
    let name = hits
        .clone()
        .find(|h| h.span.end == head && h.role.named().is_some())?;
    let sk = name.role.named()?;
    // (the name is the whole noun, the clause's first or a preposition's:
    // not "The first report of the Grenfell inquiry, published in October
    // 2019," nor "The decision to withdraw the peacekeepers, announced
    // last month,")
    const PREPOSITIONS: [&str; 12] = [
        "from", "in", "at", "on", "near", "by", "with", "after", "before", "since", "for", "beside",
    ];
    if crate::text::words_before(text, name.span.start)
        .take_while(|&(at, _)| at >= clause_start)
        .find(|(_, w)| {
            !["the", "a", "an", "its", "their"]
                .iter()
                .any(|x| w.eq_ignore_ascii_case(x))
        })
        .is_some_and(|(_, w)| !PREPOSITIONS.iter().any(|x| w.eq_ignore_ascii_case(x)))
    {
        return None;
    }
    // (nor where the phrase names a subject of its own)
    let inside = hits
        .filter(|h| open < h.span.start && h.span.end <= close)
        .any(|h| h.role.named().is_some_and(|k| k != sk));
    (!inside).then_some(sk)
}

/// Whether the word right before byte `at` is "since".
fn after_since(text: &str, at: usize) -> bool {
    word_before_is(text, at, &["since"])
}

/// Whether the word after byte `end` makes a duration an offset.
fn is_offset(text: &str, end: usize) -> bool {
    let mut words = crate::text::words(&text[end..]);
    let first = words.next();
    // (the day the span is counted to may come first: "It is four years
    // today since the war began")
    // (the gap before the word that decides, and where that word is)
    let (gap, w_at, w) = match first {
        Some((at, w)) if at < 3 && ["today", "now"].iter().any(|d| w.eq_ignore_ascii_case(d)) => {
            match words.next() {
                Some((next, v)) if next - at - w.len() < 3 => (0, next, v),
                _ => return false,
            }
        }
        Some((at, w)) => (at, at, w),
        None => return false,
    };
    // (a comma ends the duration: "lasted 54 days, until Russia brokered
    // the ceasefire" is how long the war lasted; so does the end of a
    // sentence: "had lasted more than 50 years.⏎Earlier machines …". A
    // line break alone does not: a hard-wrapped text breaks its lines
    // anywhere)
    if gap >= 3 || text[end..end + gap].contains([',', '.', '!', '?', ';', ':']) {
        return false;
    }
    // "Five Years On:", "a decade on, the town": "on" that ends its
    // phrase is "later" ("44 days on the front line" is a length)
    let on_ends = || {
        w.eq_ignore_ascii_case("on")
            && text[end + w_at + w.len()..]
                .trim_start_matches([' ', '\u{a0}'])
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    OFFSET_WORDS.iter().any(|o| w.eq_ignore_ascii_case(o)) || on_ends()
}

/// Whether `between` (the words from a timeline entry's date to a cue)
/// tells the cue's event as it happens: no quotation mark, no word that
/// opens a clause of its own ("that", "which", "who", "whether", "if"), and
/// no word of the future or of a condition ("will", "would", "could"), so
/// that the cue is the entry's own verb.
fn plainly_told(between: &str) -> bool {
    const OPENERS: [&str; 10] = [
        "that", "which", "who", "whom", "whose", "whether", "if", "would", "could", "might",
    ];
    !between.contains(['"', '\u{201c}', '\u{201d}'])
        && !crate::text::words(between).any(|(_, w)| {
            crate::text::is_future_word(w) || OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o))
        })
}

/// How many words between a cue and the date after it, at `between`,
/// are words of a name of `subject` beyond its first (of names that no
/// other such name holds).
fn name_words(text: &str, between: Range<usize>, subject: usize, sentence_hits: &[Hit]) -> usize {
    let names = sentence_hits
        .iter()
        .filter(|h| matches!(h.role, Role::Alias(k) | Role::Generic(k) if k == subject))
        .filter(|h| between.start <= h.span.start && h.span.end <= between.end);
    names
        .clone()
        .filter(|h| {
            !names.clone().any(|g| {
                g.span != h.span && g.span.start <= h.span.start && h.span.end <= g.span.end
            })
        })
        .map(|h| words_between(text, h.span.start, h.span.end, usize::MAX).map_or(0, |n| n - 1))
        .sum()
}

/// The words of an appositive between the cue and a date after it, which
/// count as none: where `between` holds two commas and nothing else that
/// parts clauses, and the words between the commas (at most
/// [`ASIDE_WORDS`]) begin with an article, they describe the noun before
/// them ("opened at Camp Zeist, a former US air base near Utrecht, on 3
/// May 1999" is the verb, its place and the date).
fn appositive_words(between: &str) -> usize {
    let mut commas = between.match_indices(',').map(|(k, _)| k);
    let (Some(c0), Some(c1), None) = (commas.next(), commas.next(), commas.next()) else {
        return 0;
    };
    let aside = &between[c0 + 1..c1];
    if between.contains([';', ':', '(', ')', '—', '–']) {
        return 0;
    }
    let mut words = crate::text::words(aside).map(|(_, w)| w);
    let opens = words.next().is_some_and(crate::text::is_article);
    let n = 1 + words.count();
    if opens && n <= ASIDE_WORDS { n } else { 0 }
}

/// Whether a mention of `kind` after the one at `mi` in its sentence begins
/// at most `d` words after `from` (the end of a cue): the cue is nearer to
/// it than to the mention at `mi`, `d` words before the cue.
fn claimed_after(
    text: &str,
    mentions: &[Resolved],
    mi: usize,
    from: usize,
    kind: Kind,
    d: usize,
) -> bool {
    later_of_kind(mentions, mi, from, kind)
        .any(|m| words_between(text, from, m.mention.span.start, d).is_some())
}

/// The mentions of `kind` with a value, after the one at `mi` in its
/// sentence, that begin at or after `from` ([`claimed_after`],
/// [`claimed_in_clause`]). (One with no value, a clock time alone, "begins
/// shortly after 1 a.m.", says when in the day, not another date.)
fn later_of_kind(
    mentions: &[Resolved],
    mi: usize,
    from: usize,
    kind: Kind,
) -> impl Iterator<Item = &Resolved> {
    let s = mentions[mi].sentence;
    mentions[mi + 1..]
        .iter()
        .take_while(move |m| m.sentence == s)
        .filter(move |m| {
            m.mention.span.start >= from && kind_of(&m.mention.expr) == kind && m.value.is_some()
        })
}

/// The clock times (mentions with no value of their own) within `range`,
/// before the mention at `mi`: between a verb and its date they say when in
/// the day.
fn clock_spans(mentions: &[Resolved], mi: usize, range: Range<usize>) -> Vec<Range<usize>> {
    mentions[..mi]
        .iter()
        .rev()
        .take_while(|m| m.mention.span.start >= range.start)
        .filter(|m| m.value.is_none() && m.mention.span.end <= range.end)
        .map(|m| m.mention.span.clone())
        .collect()
}

/// The words of `clocks` ([`clock_spans`]) and of a "local time" after
/// one, before `end`: they count for nothing between a verb and its date
/// ("struck at 5:46 a.m. local time on Jan. 17, 1995").
fn clock_words(text: &str, clocks: &[Range<usize>], end: usize) -> usize {
    clocks
        .iter()
        .map(|c| {
            let local = text[c.end..end]
                .trim_start()
                .get(..10)
                .is_some_and(|w| w.eq_ignore_ascii_case("local time"));
            crate::text::words(&text[c.clone()]).count() + if local { 2 } else { 0 }
        })
        .sum()
}

/// Whether a mention of `kind` after the one at `mi` in its sentence
/// stands in the clause of the cue that ends at `from`: no clause mark
/// between them, and at most [`CLAUSE_REACH`] words.
fn claimed_in_clause(
    text: &str,
    mentions: &[Resolved],
    mi: usize,
    from: usize,
    kind: Kind,
) -> bool {
    later_of_kind(mentions, mi, from, kind).any(|m| {
        text.get(from..m.mention.span.start)
            .is_some_and(|between| !clause_mark(between) && !between.contains(['—', '–']))
            && words_between(text, from, m.mention.span.start, CLAUSE_REACH).is_some()
    })
}

/// How many words a cue may stand before a date of its own clause
/// ([`claimed_in_clause`]).
const CLAUSE_REACH: usize = 6;

/// Whether a duration that is an offset ([`is_offset`]: "a week after")
/// stands between the mention at `mi` and `end` in its sentence: a cue
/// after it is the offset's anchor's, not the mention's ("on Tuesday, a
/// week after regulators approved it": Tuesday is not the approval).
fn offset_between(text: &str, mentions: &[Resolved], mi: usize, end: usize) -> bool {
    let s = mentions[mi].sentence;
    mentions[mi + 1..]
        .iter()
        .take_while(|m| m.sentence == s && m.mention.span.end <= end)
        .any(|m| matches!(m.mention.expr, Expr::Duration(_)) && is_offset(text, m.mention.span.end))
        || text
            .get(mentions[mi].mention.span.end..end)
            // in the cue's own part of the sentence: "visited Moscow in
            // April, days after the pull-out was announced, and held talks"
            // dates the talks
            .map(|between| between.rsplit([',', ';']).next().unwrap_or(between))
            .is_some_and(offset_phrase)
}

/// Whether one of `offsets` (mentions of one sentence before byte `at`)
/// is an offset duration ([`is_offset`]: "two years after") whose phrase
/// runs on to `at` without a clause mark: what stands at `at` is the
/// offset's anchor, set apart by it from the time of the sentence.
fn offset_reaches(text: &str, offsets: &[Resolved], at: usize) -> bool {
    offsets.iter().any(|m| {
        matches!(m.mention.expr, Expr::Duration(_))
            && is_offset(text, m.mention.span.end)
            && text
                .get(m.mention.span.end..at)
                .is_some_and(|between| !between.contains(CLAUSE_MARKS))
    })
}

/// Whether the cue at `cue`, after the mention at `span`, stands in a
/// relative clause that a comma and a wh-word open between them, and that
/// holds a mention of the same kind of its own (one of `later`, the
/// mentions after the mention) before the clause ends: "2001 — Adam
/// Applegarth, who joined Northern Rock as a graduate trainee in 1983,
/// becomes chief executive" dates the joining 1983, not 2001.
fn cue_of_own_clause(
    text: &str,
    cue: &Range<usize>,
    span: &Range<usize>,
    later: &[Resolved],
    kind: Kind,
) -> bool {
    let Some(between) = text.get(span.end..cue.start) else {
        return false;
    };
    if !between
        .rfind(',')
        .is_some_and(|k| wh_word_after(between, k))
    {
        return false;
    }
    let rest = &text[cue.end..];
    let end = cue.end
        + rest
            .find([',', ';', ':', '.', '!', '?'])
            .unwrap_or(rest.len());
    // (the mentions are in order: those that begin before the clause ends)
    later
        .iter()
        .take_while(|m| m.mention.span.start < end)
        .any(|m| {
            kind_of(&m.mention.expr) == kind
                && cue.end <= m.mention.span.start
                && m.mention.span.end <= end
        })
}

/// Whether the cue at `cue`, before the mention at `span`, stands in a
/// phrase that a comma sets off ([`set_off_before`]) and that holds a
/// mention of the same kind of its own (one of `earlier`, the mentions
/// before the mention), closed by a comma before the mention: "stripped of
/// his seven Tour de France titles, won from 1999 to 2005, in October last
/// year" dates the stripping, not the wins; "the King's Cross fire, in
/// which 31 people died last November, finished hearing evidence this
/// summer" dates no deaths this summer.
fn cue_of_set_off_phrase(
    text: &str,
    sentence: &Range<usize>,
    cue: &Range<usize>,
    span: &Range<usize>,
    earlier: &[Resolved],
    kind: Kind,
) -> bool {
    if set_off_before(text, sentence.start, cue.start).is_none() {
        return false;
    }
    earlier.iter().any(|m| {
        let own = &m.mention.span;
        kind_of(&m.mention.expr) == kind
            && cue.end <= own.start
            && own.end <= span.start
            && text
                .get(cue.end..own.start)
                .is_some_and(|gap| !gap.contains(CLAUSE_MARKS))
            && text
                .get(own.end..span.start)
                .is_some_and(|gap| gap.starts_with(',') && !gap[1..].contains(CLAUSE_MARKS))
    })
}

/// Whether `between` holds an offset said without a number: "the day
/// after", "a week before", "the morning after", "days later" ("signed on
/// Tuesday, 29 January 2013, the day after the Senate passed it": the
/// Senate's vote is the offset's anchor, not the signing).
fn offset_phrase(between: &str) -> bool {
    const PERIODS: [&str; 8] = [
        "day", "week", "month", "year", "night", "morning", "evening", "weekend",
    ];
    let mut before: [&str; 2] = ["", ""];
    for (_, w) in crate::text::words(between) {
        if ["after", "before", "later", "earlier"]
            .iter()
            .any(|o| w.eq_ignore_ascii_case(o))
        {
            let [det, period] = before;
            let singular = PERIODS.iter().any(|p| period.eq_ignore_ascii_case(p));
            let plural = period
                .strip_suffix('s')
                .is_some_and(|p| PERIODS.iter().any(|q| p.eq_ignore_ascii_case(q)));
            if plural
                || singular
                    && ["the", "a", "one", "that"]
                        .iter()
                        .any(|d| det.eq_ignore_ascii_case(d))
            {
                return true;
            }
        }
        before = [before[1], w];
    }
    false
}

/// Whether a count that is a part or an addition ([`is_part`]: "300 more
/// troops", "another 500") stands after mention `mi`'s cue at `from` and
/// before the date: then the date is the addition's ("deployed 300 more
/// troops in 2021" is not when the troops first deployed).
fn addition_between(
    text: &str,
    mentions: &[Resolved],
    mi: usize,
    from: usize,
    sentence: &Range<usize>,
) -> bool {
    let s = mentions[mi].sentence;
    mentions[..mi]
        .iter()
        .rev()
        .take_while(|m| m.sentence == s && m.mention.span.start >= from)
        .any(|m| {
            matches!(m.mention.expr, Expr::Count(_))
                && is_part(text, &m.mention.span, sentence, true, false)
        })
}

/// Words that make what follows in their clause a plan or an expectation:
/// "was expected to launch in 2007", "was scheduled to launch in 2018",
/// "was due to expire in 2025". (Not "would": "said the republic would
/// cease to exist by 1 January 2024" reports what was decided.)
const PLANS: [&str; 14] = [
    "expected",
    "expect",
    "expects",
    "scheduled",
    "supposed",
    "planned",
    "slated",
    "meant",
    "due",
    "intended",
    "projected",
    "targeted",
    "predicted",
    "believed",
];

/// Whether mention `mi` is a date relative to the article ("earlier in
/// the month", "last week") inside a timeline's entry ([`entry_headed`])
/// whose heading date is not the article's day: what it is relative to is
/// the entry's date.
fn relative_in_an_entry_of_another_day(doc: &Document, mentions: &[Resolved], mi: usize) -> bool {
    // (not a date of the calendar without its year, "23 May", "the 22nd",
    // whose year and month the narrative gives)
    let relative = match &mentions[mi].mention.expr {
        Expr::Date(d) | Expr::Range(d, _) => {
            use crate::extract::DateBase;
            d.is_relative()
                && !matches!(
                    d.base,
                    DateBase::Calendar { .. }
                        | DateBase::Season { .. }
                        | DateBase::Quarter { .. }
                        | DateBase::Half { .. }
                        | DateBase::Week { .. }
                )
        }
        _ => false,
    };
    if !relative {
        return false;
    }
    let text = doc.scan();
    let at = mentions[mi].mention.span.start;
    let line = text[..at].rfind('\n').map_or(0, |k| k + 1);
    // the first mention on the mention's line, before it
    let Some(head) = mentions[..mi]
        .iter()
        .rev()
        .take_while(|m| m.mention.span.start >= line)
        .last()
    else {
        return false;
    };
    let day = doc.date.map(|d| crate::value::day_number(d) as f64);
    entry_headed(text, &head.mention.span).is_some()
        && head.value.as_ref().is_some_and(|v| {
            v.kind == Kind::Date && day.is_none_or(|d| !(v.interval.lo <= d && d <= v.interval.hi))
        })
}

/// Binds the mentions of a document to facts, by the subjects of its
/// sentences ([`SentenceSubjects::of`] its `hits`).
pub fn bind(
    doc: &Document,
    mentions: &[Resolved],
    rules: &RuleSet,
    hits: &[Hit],
    subj: &SentenceSubjects,
) -> Vec<Claim> {
    // no name, no subject: no claim (most news text, against rules of
    // other stories)
    if hits.is_empty() {
        return Vec::new();
    }
    let text = doc.scan();
    let mut claims = Vec::new();
    // names (aliases and generic names) cover the mentions inside them
    let names = Names::of(hits);
    // the subjects a date has shown a name of to mean another event than
    // theirs, by sentence, and where the name ends
    let mut elsewhere: Vec<(usize, usize, usize)> = Vec::new();
    for (mi, r) in mentions.iter().enumerate() {
        let Some(s) = r.sentence else { continue };
        let span = &r.mention.span;
        // a number in a compound adjective ("a 7.6-magnitude earthquake", "a
        // 1,960-strong contingent") counts no things, and has no value as a
        // count; it is a claim only about the word it is joined to, where
        // that word is a cue (`joined`: where that word begins)
        let compound_value;
        // "splashed down on the 16th": an ordinal day alone is of the month
        // the narrative is in; with no date before it, it claims nothing
        let anchored;
        let own = if is_bare_day(&r.mention.expr) {
            anchored = anchored_day(mentions, mi);
            let Some(v) = &anchored else { continue };
            Some(v)
        } else {
            r.value.as_ref()
        };
        let (value, joined) = match (own, &r.mention.expr) {
            (Some(v), _) => (v, None),
            (None, Expr::Count(c)) if c.aside == Some(crate::extract::Aside::Compound) => {
                let plain = Expr::Count(crate::extract::CountExpr { aside: None, ..*c });
                compound_value = crate::resolve::resolve(&plain, doc.date, r.tense);
                let Some(v) = &compound_value else { continue };
                let hyphen = text[span.end..].chars().next().map_or(0, char::len_utf8);
                (v, Some(span.end + hyphen))
            }
            _ => continue,
        };
        // the dateline dates the article, not an event it reports
        // ("KOUROU, 26 December 2021 — The telescope lifted off on Saturday")
        if is_dateline(doc, span) || year_of_a_name(doc, s, &r.mention.expr, span) {
            continue;
        }
        // a fiscal year is no calendar year ("ten days into fiscal 2007",
        // which began on 1 July 2006): it is read as any twelve months
        // that end in it or begin in it, from February of the year before
        // to March of the year after ([`crate::text::is_fiscal`])
        let fiscal;
        let value = if crate::text::is_fiscal(&text[span.clone()]) {
            // (the calendar year the fiscal one is named by, from its
            // first day)
            let day = |y: i16, m: i8, d: i8| {
                jiff::civil::Date::new(y, m, d)
                    .ok()
                    .map(|d| crate::value::day_number(d) as f64)
            };
            let y = crate::value::date_from_day_number(value.interval.lo as i64).map(|d| d.year());
            let (Some(lo), Some(hi)) = (
                y.and_then(|y| day(y.checked_sub(1)?, 2, 1)),
                y.and_then(|y| day(y.checked_add(1)?, 3, 31)),
            ) else {
                continue;
            };
            fiscal = crate::value::Value {
                interval: crate::value::Interval::new(lo, hi),
                granularity: None,
                alt: None,
                ..value.clone()
            };
            &fiscal
        } else {
            value
        };
        // "this day" is a day the text gave before ("10 November 2025 —
        // The mandate would have expired on this day") or the day of the
        // year in another year ("On this day in 1945"), seldom the
        // article's own: it claims nothing
        if is_this_day(&text[span.clone()]) {
            continue;
        }
        // "28 September 2023 — … he had been detained earlier in the
        // month", in a timeline of March 2024: a date the resolver read
        // from the article's date, in an entry of another day, is the
        // entry's day's, which it does not know; it claims nothing
        if relative_in_an_entry_of_another_day(doc, mentions, mi) {
            continue;
        }
        let kind = kind_of(&r.mention.expr);
        // "30 October 2022 — Putin hosts Aliyev and Pashinyan in Sochi": a
        // timeline's date dates its whole entry
        let entry = (kind == Kind::Date)
            .then(|| entry_headed(text, span))
            .flatten();
        let timeline = entry.is_some();
        // "the end of the autumn 2020", "late 2020": a part of a period
        let phase = matches!(&r.mention.expr, Expr::Date(d) if d.part.is_some());
        // percentage points are a difference between two percentages ("a
        // lead of 10 percentage points"), never a level
        if kind == Kind::Percent && {
            // compared as bytes: the span may end in any character
            let t = text[span.clone()].trim_end().as_bytes();
            let ends =
                |w: &[u8]| t.len() >= w.len() && t[t.len() - w.len()..].eq_ignore_ascii_case(w);
            ends(b"point") || ends(b"points")
        } {
            continue;
        }
        let mut candidates: Vec<usize> = subj.around(doc, s).collect();
        // "The Eastland was only nine years old when she rolled over": an
        // age is a duration, though the number alone is read as a count
        // (TimeML tags no ages), where the subject's age is a duration
        // (its cue "old" or "age"), not a count ("He was 34 years old", of
        // an age at death kept as a count)
        let aged = (kind == Kind::Count)
            .then(|| age(text, span, &r.mention.expr))
            .flatten()
            .filter(|_| {
                let of_age = |f: &crate::rules::Fact| {
                    f.cues
                        .iter()
                        .any(|c| c.eq_ignore_ascii_case("old") || c.eq_ignore_ascii_case("age"))
                };
                candidates.iter().any(|&k| {
                    rules.facts_of[k]
                        .iter()
                        .any(|&f| rules.facts[f].kind == Kind::Duration && of_age(&rules.facts[f]))
                })
            })
            .and_then(|e| crate::resolve::resolve(&e, doc.date, r.tense));
        let (kind, value) = match &aged {
            Some(v) => (Kind::Duration, v),
            None => (kind, value),
        };
        // a pronoun that begins the sentence stands for what the one before
        // named, an excluded subject too, through its first clause: after
        // "Hurricane Katrina makes landfall in Louisiana", "It kills more
        // than 1,800 people and causes about $125 billion in damage,
        // overtaking Andrew" is Katrina's, not Andrew's
        let by_pronoun = subj.excluded_by_pronoun(doc, s);
        if !by_pronoun.is_empty() && !clause_mark(&text[doc.sentences[s].span.start..span.start]) {
            candidates.retain(|k| !by_pronoun.contains(k));
        }
        if candidates.is_empty() || names.cover(text, span) {
            continue;
        }
        // a correction note says what an earlier version got wrong: "An
        // earlier version of this column said that the farm covered 60
        // acres" claims nothing (what it says now, in the next sentence,
        // is checked)
        // ("published in 1997, not 1998, as an earlier version of this
        // article said" still claims 1997)
        let sentence_at = doc.sentences[s].span.start;
        if earlier_version_told(&text[doc.sentences[s].span.clone()])
            .is_some_and(|from| span.start >= sentence_at + from)
        {
            continue;
        }
        // "lived far longer than the three months doctors had predicted":
        // what a comparison is made with is another figure, not the
        // subject's (a hedge, "more than 270", is part of the mention)
        if compared_with(text, span.start) {
            continue;
        }
        // "banks with as little as $50 billion in assets": a figure that
        // sorts things of a kind is theirs, not the subject's
        if kind != Kind::Date && of_a_class(text, span.start, hits) {
            continue;
        }
        // a date that names another event than the subject's ("the 1994
        // ceasefire deal", "the September 2023 fighting") claims nothing; one
        // near the subject's own dates is its date ("the 2019 trilateral
        // statement")
        // (or follows it with "of", written as a proper name: "the
        // Blizzard of 1978" is no blizzard of 1917, though "the liability
        // ruling of April 1986" may be a wrong date of the ruling)
        let modified = (kind == Kind::Date)
            .then(|| {
                names
                    .modified_by(text, span)
                    .or_else(|| names.followed_by_proper(text, span))
            })
            .flatten();
        if let Some(sk) = modified
            && subject_span(rules, sk).is_none_or(|s| value.interval.gap(&s) > ANOTHER_TIME)
        {
            // and the name is that event's in the rest of the sentence
            // too: "the Great Storm of October 1987, which … killed 18
            // people when it struck in the early hours of October 16,
            // 1987" tells nothing of the Great Storm of 1900
            if let Some(end) = end_before_of(text, span.start) {
                elsewhere.push((s, sk, end));
            }
            continue;
        }
        // (a subject the sentence calls by no other of its proper names
        // than one a date made another event's is not the sentence's)
        candidates.retain(|&k| {
            !elsewhere.iter().any(|&(es, ek, end)| {
                es == s
                    && ek == k
                    && !hits.iter().any(|h| {
                        h.role == Role::Alias(k)
                            && h.span.end != end
                            && crate::text::sentence_at(&doc.sentences, h.span.start) == Some(s)
                    })
            })
        });
        if candidates.is_empty() {
            continue;
        }
        // and it dates that event only ("Bannister's spikes from the 1954
        // race went under the hammer": the race's year, not the sale's)
        if let Some(sk) = modified {
            candidates.retain(|&k| k == sk);
            if candidates.is_empty() {
                continue;
            }
        }
        if kind == Kind::Date && modifies_another_noun(text, span, hits) {
            continue;
        }
        let previous = mi.checked_sub(1).map(|p| mentions[p].mention.span.end);
        if kind == Kind::Date && bracketed_after_another(text, span, hits, previous) {
            continue;
        }
        // "Today, Pompeii is a World Heritage site": the present of a
        // state dates no event
        if kind == Kind::Date && states_now(text, span, &doc.sentences[s].span) {
            continue;
        }
        // "It is a decade today since Nelson Mandela died": the day right
        // after a duration is the anniversary it is counted to, and no
        // date of the event
        if kind == Kind::Date
            && ["today", "tomorrow", "yesterday"]
                .iter()
                .any(|d| text[span.clone()].eq_ignore_ascii_case(d))
            && mi.checked_sub(1).is_some_and(|p| {
                let m = &mentions[p];
                m.sentence == r.sentence
                    && matches!(m.mention.expr, Expr::Duration(_))
                    && text[m.mention.span.end..span.start].trim().is_empty()
            })
        {
            continue;
        }
        // "On 19 September 2023, a Tuesday, …": a weekday in apposition
        // names the date before it (which `weekday-mismatch` checks it
        // against), and is no date of its own
        if matches!(&r.mention.expr, Expr::Date(d) if matches!(d.base, DateBase::Weekday { .. }))
            && previous.is_some_and(|end| {
                crate::extract::lex::weekday_after(text, end).is_some_and(|(_, w)| w == span.end)
            })
        {
            continue;
        }
        // "on a Sunday afternoon": a weekday after "a" is some such day,
        // and dates nothing; nor does one that ends a name ("on Pentecost
        // Monday", "Super Tuesday"), after a capitalised word of lower case
        // letters and one space
        if matches!(&r.mention.expr, Expr::Date(d) if matches!(d.base, DateBase::Weekday { .. }))
            && (word_before_is(text, span.start, &["a"])
                || after_a_and_adjectives(text, span.start)
                || word_right_before(text, span.start).is_some_and(|(k, w)| {
                    // "signed on 10 April 1998, a Good Friday"
                    w.starts_with(|c: char| c.is_uppercase()) && word_before_is(text, k, &["a"])
                        || text[k + w.len()..span.start] == *" "
                            && w.len() > 1
                            && w.starts_with(|c: char| c.is_ascii_uppercase())
                            && w[1..].bytes().all(|b| b.is_ascii_lowercase())
                            && !crate::extract::lex::MONTHS
                                .iter()
                                .any(|m| w.eq_ignore_ascii_case(m))
                            // (not the first word of a sentence or line: "On
                            // Tuesday")
                            && text[..k]
                                .trim_end_matches([' ', '\u{a0}'])
                                .ends_with(|c: char| c.is_lowercase() || c == ',')
                }))
        {
            continue;
        }
        // "the 19th-century building", "a third-quarter loss": a century,
        // a quarter or a half joined to its noun describes it (the period
        // it covers), and dates no event
        if kind == Kind::Date
            && ["-century", "-quarter", "-half"]
                .iter()
                .any(|e| text[span.clone()].ends_with(e))
            && text[span.end..].starts_with(char::is_whitespace)
        {
            continue;
        }
        if kind.is_amount() && located_after_another(text, span, hits) {
            continue;
        }
        if kind == Kind::Count && in_phrase_of_another(text, mentions, mi) {
            continue;
        }
        if kind == Kind::Duration && is_offset(text, span.end) {
            continue;
        }
        // "a nine-month blockade": a duration joined to the noun after it
        // is that noun's; where the noun names subjects, the duration is
        // a claim only about one of them
        if kind == Kind::Duration
            && let Some(head) = joined_noun(text, span)
        {
            let first = hits.partition_point(|h| h.span.start < head);
            let named: Vec<usize> = hits[first..]
                .iter()
                .take_while(|h| h.span.start == head)
                .filter_map(|h| h.role.named())
                .collect();
            if !named.is_empty() {
                candidates.retain(|k| named.contains(k));
                if candidates.is_empty() {
                    continue;
                }
            }
            // and where the noun is neither a name nor a cue, the duration
            // measures something the rules do not know: "its biggest
            // one-day points gain" is no recovery's length
            if !hits[first..]
                .iter()
                .take_while(|h| h.span.start == head)
                .any(|h| {
                    h.role.named().is_some()
                        || matches!(h.role, Role::Cue(f) if rules.facts[f].kind == Kind::Duration)
                })
            {
                continue;
            }
        }
        // "six months' notice", "a year's salary": a duration in the
        // possessive measures the noun after it, and claims nothing about a
        // fact unless that noun is a cue or a name the rules know
        if kind == Kind::Duration
            && let Some(head) = possessive_noun(text, span)
            && !hits.iter().any(|h| h.span.start == head)
        {
            continue;
        }
        // "it took almost three more weeks to bring it to the surface",
        // "another two days": a time added to another is no length of
        // anything's own
        if kind == Kind::Duration && added_time(text, span) {
            continue;
        }
        let time_taken = kind == Kind::Duration && is_time_taken(text, span.start);
        let sentence = &doc.sentences[s];
        // a subject named in the sentence only after the amount, as what
        // it is compared with, is not what it measures: "Explorer 1
        // weighed just under 14 kilograms, about a sixth as much as
        // Sputnik" is no weight of Sputnik's
        // hits are sorted by start: those that begin in this sentence
        let first = hits.partition_point(|h| h.span.start < sentence.span.start);
        let sentence_hits =
            &hits[first..][..hits[first..].partition_point(|h| h.span.start < sentence.span.end)];
        // (and a time set against a mark: "ran the mile in 4 minutes 1.28
        // seconds, a little over a second outside the four-minute
        // barrier")
        if kind.is_amount() || kind == Kind::Duration {
            candidates.retain(|&k| {
                // (its proper names: a generic one may be the noun counted,
                // "about 60 troops, a thirtieth as many as the Russian
                // peacekeepers")
                let of_k = |h: &&Hit| h.role == Role::Alias(k);
                let mut names = sentence_hits.iter().filter(of_k).peekable();
                // (a name inside a longer one of the same subject is
                // compared where the longer one begins: "as the Russian
                // peacekeepers")
                let compared = |h: &Hit| {
                    sentence_hits.iter().filter(of_k).any(|g| {
                        g.span.start <= h.span.start
                            && h.span.end <= g.span.end
                            && standard_of_comparison(text, g.span.start)
                    })
                };
                names.peek().is_none() || !names.all(|h| h.span.start >= span.end && compared(h))
            });
            if candidates.is_empty() {
                continue;
            }
        }
        // a figure in a relative clause whose antecedent is a new thing
        // placed in a subject's name is that thing's: "after two crashes
        // in Indonesia and Ethiopia that killed 346 people" is no toll of
        // a disaster in Indonesia
        if kind.is_amount() {
            candidates.retain(|&k| !placed_thing_before(text, span, k, sentence_hits));
            if candidates.is_empty() {
                continue;
            }
        }
        // a negation does not reach across the end of a clause: "Trump,
        // who has not conceded, won 47% of the vote" claims the 47%
        let clause_start = after_last_mark(text, span, &sentence.span);
        // (a word of wishing that is a rule's cue says what the fact is:
        // "offered €14,000 per passenger" where the offer is the fact)
        let denied = crate::text::words_before(text, span.start)
            .take(NEGATION_REACH)
            .take_while(|&(at, _)| at >= clause_start)
            .any(|(at, w)| {
                // ("No" with a capital after the clause's first word names
                // a side: "2,001,926 No votes and 1,617,989 Yes votes")
                is_negation(w) && (w != "No" || text[clause_start..at].trim().is_empty())
                    || (WISHES.iter().any(|x| w.eq_ignore_ascii_case(x))
                        && !in_cue(hits, &sentence.span, at)
                        && !offers_money_named_by_cue(text, at, w, span, hits, &sentence.span))
                    || (kind.is_amount()
                        && is_irrealis(w)
                        && !word_before_is(text, at, &NOUN_AFTER)
                        && !took_only(text, at, w))
            });
        // a clause whose subject is denied ("No Russian troops were
        // stationed in Karabakh in 2019") denies all of it, however far
        let denied_subject = || {
            crate::text::words(&text[clause_start..span.start])
                .next()
                .is_some_and(|(_, w)| {
                    ["no", "none", "neither", "nobody"]
                        .iter()
                        .any(|n| w.eq_ignore_ascii_case(n))
                })
        };
        if denied || denied_subject() {
            continue;
        }
        // "Had it taken Congress 60 days instead of two weeks, …": what is
        // supposed is no claim (what it is set against is: "two weeks")
        if supposed(text, span, &sentence.span) {
            continue;
        }
        // a date in a clause of expectation or plan ("when it was expected
        // to launch in 2007", "was due to expire in 2025") is a plan: it is
        // a claim about an event still to come when the article was
        // written, not about one that had happened by then (what was once
        // planned for it is its history)
        let planned = kind == Kind::Date
            && crate::text::words(&text[clause_start..span.start])
                .any(|(_, w)| PLANS.iter().any(|p| w.eq_ignore_ascii_case(p)));
        // a sentence dated far from a subject's facts is about another time
        // ("In 2016, four days of fighting"): its durations and counts are
        // not the subject's (a date is compared as it is)
        // A sentence that names no subject and only continues the one before
        // is held to this for its dates too, its own year included: "France
        // had won the previous tournament, in Russia in 2018, beating Croatia
        // on 15 July" after a sentence about the 2022 final dates another
        // final. (A sentence that names the subject is checked as written.)
        // So is a date a decade or more from a subject that the sentence
        // names only by a generic name: "the eight-year closure of the Suez
        // Canal after 1967, which ended when Egypt reopened it on 5 June
        // 1975" is another closure than the one the rules know. (A wrong
        // year is most often a year or two out: "Russian troops were
        // deployed to Nagorno-Karabakh six years ago" is checked.)
        let continuing = subj.named[s].is_empty();
        let by_alias = |sk: usize| {
            sentence_hits
                .iter()
                .any(|h| h.role == Role::Alias(sk) && !names.names_nothing(h))
        };
        // (a past day whose year the text leaves out can be read in the
        // subject's own years: "signed a protocol on 12 December" in an
        // explainer of 2016 on the summit of 1991; a month alone is more
        // often the last or the next of its name: "before the local
        // elections in May")
        let past_without_year = year_implied(&r.mention.expr)
            && matches!(&r.mention.expr, Expr::Date(d)
                if matches!(d.base, crate::extract::DateBase::Calendar { day: Some(_), .. }))
            && doc
                .date
                .is_some_and(|d| value.interval.hi <= crate::value::Interval::days(d, d).lo);
        // a date still to come when the article was written is no date of
        // a subject whose time had passed a year or more before it: "The
        // World Health Organization will convene its emergency committee
        // next week", in 2026, is no meeting of 2014 (a past event dated
        // after the article is `anachronism`'s, whatever its subject)
        if kind == Kind::Date
            && let Some(d) = doc.date
        {
            let now = crate::value::day_number(d) as f64;
            if value.interval.lo > now {
                candidates.retain(|&sk| {
                    subject_span(rules, sk).is_none_or(|span| span.hi >= now - ANOTHER_TIME)
                        // nor, where the sentence expects it, of one
                        // whose dated facts were all first told after the
                        // article: what it says of them is a forecast,
                        // right or wrong only later ("the Channel Tunnel,
                        // which the Eurotunnel group expects to open in
                        // 1993", in 1988; "will open on 28 October" is a
                        // date set, and still checked)
                        && !(expects(&text[sentence.span.start..span.start])
                            && told_after(rules, sk, now))
                });
            }
        }
        if kind == Kind::Date && !continuing && !past_without_year {
            candidates.retain(|&sk| {
                by_alias(sk)
                    || subject_span(rules, sk)
                        .is_none_or(|span| value.interval.gap(&span) <= ANOTHER_ERA)
            });
        }
        // the subjects kept only for facts of the sentence's time, and
        // those facts
        let mut of_its_time: Vec<(usize, usize)> = Vec::new();
        if kind != Kind::Date || continuing {
            // a subject with no dated fact is as of the article's date
            // ("In 1997, Labour won 418 seats" in an article of 2024)
            let article = doc.date.map(|d| crate::value::Interval::days(d, d));
            let in_sentence = |k: &usize| mentions[*k].sentence == Some(s);
            let first = (0..mi).rev().take_while(in_sentence).last().unwrap_or(mi);
            let mut years: Vec<crate::value::Interval> = (first..mentions.len())
                .take_while(in_sentence)
                .filter(|&k| {
                    (k != mi || kind == Kind::Date)
                        && written_year(&mentions[k].mention.expr).is_some()
                })
                // the dateline's date is the article's, not the sentence's,
                // a year in a name ("the Chesapeake 1000") dates nothing,
                // and a date a source is cited by dates the source ("according
                // to the WHO's final tally in June 2016")
                .filter(|&k| {
                    let m = &mentions[k].mention;
                    !is_dateline(doc, &m.span)
                        && !year_of_a_name(doc, s, &m.expr, &m.span)
                        && !cited_by(text, &m.span, &sentence.span)
                })
                // nor is the date of a relative clause that does not hold
                // the mention, nor one in a clause after it that a comma
                // and a coordinator join ("left an insured loss of about
                // $400 million, and Occidental sold its business in 1991")
                .filter(|&k| !in_aside(text, &mentions[k].mention.span, span, &sentence.span))
                // nor a year an offset sets apart from the mention, in the
                // offset's own phrase: "moved to Karabakh in September
                // 2022, nearly two years after the 42-day war" dates the
                // move, and puts the war two years before it
                .filter(|&k| !(k < mi && offset_reaches(text, &mentions[k + 1..mi], span.start)))
                // nor a date that names another subject's event at its
                // time ("Bannister's spikes from the 1954 race went under
                // the hammer in 2015, and sold for £166,500")
                // ("Louis Favre's summit tunnel of 1882")
                .filter(|&k| {
                    let m = &mentions[k];
                    let named = names
                        .modified_by(text, &m.mention.span)
                        .or_else(|| names.followed_by(text, &m.mention.span));
                    !named.is_some_and(|o| match (subject_span(rules, o), m.value.as_ref()) {
                        (Some(t), Some(v)) => v.interval.gap(&t) <= ANOTHER_TIME,
                        _ => false,
                    })
                })
                .filter(|&k| {
                    let at = mentions[k].mention.span.start;
                    !(at > span.end && text.get(span.end..at).is_some_and(clause_break))
                })
                .filter_map(|k| {
                    let iv = mentions[k].value.as_ref()?.interval;
                    // "since 1888" is the time from then to the article's
                    // ("shut for four days, the longest closure since
                    // 1888"), not a time of its own
                    // (one after the mention: before it, "the largest
                    // since 1997, when Tony Blair won 418 seats" dates it)
                    Some(match article {
                        Some(a) if k > mi && after_since(text, mentions[k].mention.span.start) => {
                            crate::value::Interval::new(iv.lo, iv.hi.max(a.hi))
                        }
                        _ => iv,
                    })
                })
                .collect();
            // a date of the figure's own phrase, in the possessive or before
            // its noun, dates it: "At Wednesday's closing low of 1,141.11,
            // the Nasdaq had given back every point it gained after the
            // summer of 1996" is of that Wednesday, whatever else the
            // sentence dates
            if let Some(own) = mi
                .checked_sub(1)
                .filter(|&k| k >= first && in_sentence(&k))
                .filter(|&k| dates_the_phrase_of(text, &mentions[k].mention.span, span))
                .and_then(|k| mentions[k].value.as_ref())
                .filter(|v| v.kind == Kind::Date)
            {
                years = vec![own.interval];
            }
            // (or, where its facts' sources are dated, from then to the
            // article's date: "the EPA said on 18 September 2015 that
            // 482,000 cars" in an article of 2025)
            let near =
                |span: crate::value::Interval| years.iter().all(|y| y.gap(&span) <= ANOTHER_TIME);
            candidates.retain(|&sk| {
                let sourced = rules.subjects[sk].source_span;
                if subject_span(rules, sk)
                    .or(match (article, sourced) {
                        (Some(a), Some(s)) => Some(a.hull(&s)),
                        (a, s) => a.or(s),
                    })
                    .is_none_or(near)
                {
                    return true;
                }
                // (or, for a fact of the mention's kind whose source is
                // dated then, a figure of that time: "Airbus's 2018
                // catalogue gave the A380 a list price of USD 454.6
                // million" against the list price of January 2018, of an
                // aircraft first flown in 2005; only such facts are its)
                let before = of_its_time.len();
                of_its_time.extend(
                    rules.facts_of[sk]
                        .iter()
                        .filter(|&&f| {
                            rules.facts[f].kind == kind
                                && kind != Kind::Date
                                && rules.facts[f].source_time().is_some_and(near)
                        })
                        .map(|&f| (sk, f)),
                );
                of_its_time.len() > before
            });
        }
        // no article reports an outcome before it comes: a figure in an
        // article written well before a subject's time is another event's,
        // whatever names it ("a magnitude 5.1 earthquake struck beneath the
        // Sea of Marmara" in an article of 2016, against the earthquakes of
        // 2023; "the three general elections held in June 1981, February
        // 1982 and November 1982" in one of 1986, against the election of
        // 2024), and so is a date from before the article's ("on
        // Wednesday"); a later date may still be a plan's. (A subject whose
        // sources were written before its time has figures known before
        // it: "Mount Sharp rises about 5.5 km", from a press kit of 2012,
        // before Curiosity reached it in 2014.)
        if let Some(a) = doc.date.map(|d| crate::value::Interval::days(d, d)) {
            // (a subject's time is when it happened unless a source is
            // dated before it: "runs until 2079", told by AFP in 2004, is a
            // term's end, not an event after the article; a source dated
            // by its year alone, "2001", is not before an event of June
            // 2001, and sources with no date tell nothing either way)
            let recorded = |sk: usize, t: crate::value::Interval| {
                rules.facts_of[sk]
                    .iter()
                    .filter_map(|&f| rules.facts[f].source_time())
                    .map(|w| w.hi)
                    .reduce(f64::min)
                    .is_none_or(|first| first >= t.lo)
            };
            // (a date after the article's may be a plan's for the subject,
            // where it falls near its time; one well before it is
            // another's: "the general election, which must be held by
            // May", in an article of March 1997, against the election of
            // 2024)
            let another_time = |t: crate::value::Interval| {
                t.lo > a.hi
                    && (kind != Kind::Date
                        || value.interval.lo <= a.hi
                        || (value.interval.hi < t.lo && value.interval.gap(&t) > ANOTHER_TIME))
            };
            candidates.retain(|&sk| match subject_span(rules, sk) {
                Some(t) => !another_time(t) || t.gap(&a) <= ANOTHER_TIME || !recorded(sk, t),
                // a subject that nothing of its own dates is of its file's
                // story (`Subject::of_pack_time`), named or not, and one
                // whose sources date its figures is of their time, where
                // that is a decade after the article's (a figure of a
                // constant may be cited from a later source): "The
                // Conservatives won the general election on 9 April with
                // 336 seats" in an article of 1992 is not the party's
                // result of 2024
                None => {
                    let subject = &rules.subjects[sk];
                    let far = if subject.of_pack_time {
                        ANOTHER_TIME
                    } else {
                        ANOTHER_ERA
                    };
                    !subject
                        .source_span
                        .is_some_and(|t| another_time(t) && t.gap(&a) > far)
                }
            });
        }
        // the day's news is not a subject's long past: a sentence that a
        // day of the article's own week dates, with no year written ("on
        // Thursday", "yesterday", "late on Sunday"), tells what happened
        // then, not what a subject whose time ended a season or more
        // before the article did, unless it calls the subject by one of its
        // names, or remembers it ("marked the anniversary", "years ago"),
        // or the figure refers back ("the 33 miners"): "Rescuers pulled
        // three miners alive from a small copper mine early on Monday" is
        // no count of the 33 of 2010
        if let Some(dct) = doc.date
            && days_news(doc, mentions, mi, s, dct)
            && !remembers(&text[sentence.span.clone()])
            && !(kind != Kind::Date && refers_to_a_known(text, span.start))
        {
            let now = crate::value::day_number(dct) as f64;
            // (by a proper name, as the text writes it: "miners" is as
            // much the day's as the subject's; and the dateline's place is
            // where the story was filed from, and names nothing:
            // "COPIAPÓ, Chile, 4 May 2015 (AFP) —")
            // (nor a name after a preposition of place, which is where the
            // day's news happened: "more travellers between London and
            // Paris", of a subject "Paris during the 2003 heatwave")
            let by_alias = |sk: usize| {
                sentence_hits.iter().any(|h| {
                    h.role == Role::Alias(sk)
                        && !names.names_nothing(h)
                        && !in_dateline(doc, &h.span)
                        && !named_as_a_place(text, h.span.start)
                        && text[h.span.clone()]
                            .chars()
                            .any(|c| c.is_uppercase() || c.is_ascii_digit())
                })
            };
            // (nor where another date of the sentence is of the subject's
            // time: "sentenced on Friday … for the attacks that killed 77
            // people in Norway last summer")
            let dates: Vec<crate::value::Interval> = in_its_sentence(mentions, mi, s)
                .filter(|&k| k != mi && !is_dateline(doc, &mentions[k].mention.span))
                .filter_map(|k| mentions[k].value.as_ref())
                .filter(|v| v.kind == Kind::Date)
                .map(|v| v.interval)
                .collect();
            // (a subject that nothing of its own dates is of its sources'
            // time, or its file's: `Subject::source_span`)
            candidates.retain(|&sk| {
                by_alias(sk)
                    || subject_span(rules, sk)
                        .or(rules.subjects[sk].source_span)
                        .is_none_or(|t| {
                            t.hi >= now - DAYS_NEWS
                                || dates.iter().any(|d| d.gap(&t) <= ANOTHER_TIME)
                        })
            });
        }
        // the present is not a subject's long past: "this year", "this
        // month" or "this week" (or a part of one, "earlier this year")
        // claimed of a subject whose time ended more than a year before it
        // tells of another event: "Thursday's quake was among the strongest
        // to hit the Iwate coast this year", in 2017, says nothing of the
        // earthquake of 2011
        if kind == Kind::Date && of_the_present(&r.mention.expr) {
            candidates.retain(|&sk| {
                subject_span(rules, sk).is_none_or(|t| t.gap(&value.interval) <= ANOTHER_TIME)
            });
        }
        // a figure in a clause that a relative word opens after a noun a
        // stranger owns is that noun's: "The public inquiry into the King's
        // Cross fire, in which 31 people died" is no toll of the Herald of
        // Free Enterprise's, named the sentence before
        // (and so is one after a name that the file's rules exclude,
        // another of its kind: "The Doria's own sister, the Cristoforo
        // Colombo, which had entered service in 1954" is no maiden voyage
        // of the Ile de France, named the sentence before)
        if let Some(noun) = related_to_an_owned_noun(text, &sentence.span, span.start) {
            let excluded_by_file = |file: usize| {
                let of_file = |k: usize| rules.subjects[k].file == file;
                let in_noun =
                    |h: &&Hit| noun.span.start <= h.span.start && h.span.end <= noun.span.end;
                sentence_hits.iter().filter(in_noun).any(|h| {
                    text[h.span.end..noun.span.end].trim().is_empty()
                        && matches!(h.role, Role::Exclude(k) if of_file(k))
                }) && !sentence_hits.iter().filter(in_noun).any(|h| {
                    matches!(h.role, Role::Alias(k) | Role::Generic(k) | Role::Context(k) if of_file(k))
                })
            };
            candidates.retain(|&sk| {
                let file = rules.subjects[sk].file;
                !stranger_to_file(text, rules, file, sentence_hits, &noun)
                    && !excluded_by_file(file)
            });
        }
        if candidates.is_empty()
            || (kind == Kind::Count
                && split_part(
                    text,
                    span,
                    &sentence.span,
                    sentence_hits,
                    rules,
                    &candidates,
                ))
            || (kind != Kind::Date
                && is_part(
                    text,
                    span,
                    &sentence.span,
                    kind != Kind::Duration,
                    names_right_after(text, span, sentence_hits, &candidates),
                )
                && !loss_is_counted(text, span, rules, &candidates, kind))
        {
            continue;
        }
        let window = || {
            sentence_hits
                .iter()
                .filter(|h| h.span.end <= sentence.span.end)
        };
        // where a proper name of subject `sk` ends right before the
        // generic name `h` (only spaces between), or before a longer generic
        // name that holds it ("reform bill" in "Dodd-Frank financial reform
        // bill"), or holds it itself ("plant" in "Workers at the Union
        // Carbide plant were asleep on 3 December 1984"; not in a
        // timeline's entry, which is about the names in its first clause:
        // "31 October 2022 — Putin hosts Aliyev and Pashinyan for talks in
        // Sochi"), its start
        let proper_before = |h: &Hit, sk: usize| {
            if !matches!(h.role, Role::Generic(_)) {
                return None;
            }
            if !timeline
                && let Some(g) = window().find(|g| {
                    g.role == Role::Alias(sk)
                        && g.span.start < h.span.start
                        && h.span.end <= g.span.end
                })
            {
                return Some(g.span.start);
            }
            let right_before = |g: &Hit, at: usize| {
                g.role == Role::Alias(sk)
                    && g.span.end <= at
                    && text[g.span.end..at].trim().is_empty()
            };
            window()
                .filter(|w| {
                    w.role == h.role && w.span.start <= h.span.start && h.span.end <= w.span.end
                })
                .find_map(|w| window().find(|g| right_before(g, w.span.start)))
                .map(|g| g.span.start)
        };
        let function_cue = |h: &Hit| {
            matches!(h.role, Role::Cue(_))
                && FUNCTION_CUES
                    .iter()
                    .any(|c| text[h.span.clone()].eq_ignore_ascii_case(c))
        };
        // a count in a sentence that continues the one before is the
        // subject's only where the sentence refers back to it ("It has 650
        // members"; not "In the previous parliament, 132 MPs stood down")
        if kind.is_amount()
            && subj.named[s].is_empty()
            && !refers_back(&text[sentence.span.clone()])
        {
            continue;
        }
        // a sentence that names no subject continues the one before; a
        // function word is cue enough there only beside a word of the
        // subject's own (a generic name, a cue that is no function word:
        // "The contingent was to stay until 2025", "Their deployment …
        // until 2025")
        let weak_cues = subj.named[s].is_empty()
            && !window().any(|h| match h.role {
                Role::Generic(k) => candidates.contains(&k),
                Role::Cue(f) => candidates.contains(&rules.facts[f].subject) && !function_cue(h),
                _ => false,
            });
        // clauses joined by a semicolon are sentences of their own: a
        // subject one of them names is not another's ("the commission met
        // on 19 April; the leaders had met in Prague on 6 October 2022")
        if !subj.named[s].is_empty() && text[sentence.span.clone()].contains(';') {
            let mut part = semicolon_part(text, span, &sentence.span);
            // (a part that opens with a pronoun stands for what the part
            // before it named, as a sentence does: "Rescuers in the tunnel
            // worked in heat of more than 45C; it took almost 20 hours to
            // free the last of the injured")
            let opens_with_pronoun = crate::text::words(&text[part.clone()])
                .next()
                .is_some_and(|(_, w)| OPENING_PRONOUNS.iter().any(|p| p.eq_ignore_ascii_case(w)));
            if part.start > sentence.span.start && opens_with_pronoun {
                let semicolon = part.start - 1;
                part.start = semicolon_part(text, &(semicolon..semicolon), &sentence.span).start;
            }
            candidates.retain(|&k| {
                window().any(|h| {
                    part.start <= h.span.start
                        && h.span.end <= part.end
                        && matches!(h.role, Role::Alias(sk) | Role::Generic(sk) if sk == k)
                        && !names.names_nothing(h)
                })
            });
            if candidates.is_empty() {
                continue;
            }
        }
        // a date after a verb in the past tense in its clause is that
        // verb's: a cue after it is another clause's ("confirmed by the
        // Kremlin last week, ends a deployment that began …"; "said on
        // Wednesday that the withdrawal …"). (A duration's noun comes after
        // it: "halted six weeks of fighting".)
        let mut clause = clause_around(text, span, &sentence.span);
        if let Some(from) = entry
            && span.end < sentence.span.end
        {
            // the entry's date stands for its first clause: the one after
            // the dash or colon ("12 June 2024: Azerbaijan says the
            // withdrawal is complete: …"). (A mention may run past the end
            // of its sentence: then there is no clause after it.)
            let from = from.min(sentence.span.end);
            let entry = &text[from..sentence.span.end];
            clause.end = first_clause_mark(entry).map_or(sentence.span.end, |k| {
                from + past_appositive(entry, k).unwrap_or(k)
            });
        }
        // a count in a clause that names a subject is none of a subject
        // named only after it, in a clause of its own that a comma and a
        // coordinator join: "In all, Camille killed 256 people in the
        // United States, and the remnants of the storm caused deadly flash
        // floods in Virginia" counts no one of the Virginia floods
        if kind.is_amount() {
            let named = |h: &Hit| match h.role {
                Role::Alias(k) | Role::Generic(k) if !names.names_nothing(h) => Some(k),
                _ => None,
            };
            let clause_names_one = sentence_hits.iter().any(|h| {
                clause.start <= h.span.start && h.span.end <= clause.end && named(h).is_some()
            });
            if clause_names_one {
                // (a subject named before the clause's end, in it or before
                // it, stays)
                candidates.retain(|&sk| {
                    sentence_hits
                        .iter()
                        .any(|h| named(h) == Some(sk) && h.span.end <= clause.end)
                        || !sentence_hits.iter().any(|h| {
                            matches!(h.role, Role::Alias(k) if k == sk)
                                && !names.names_nothing(h)
                                && h.span.start >= clause.end
                                && text.get(span.end..h.span.start).is_some_and(clause_break)
                        })
                });
            }
        }
        // (an irregular past form, "fled", "ran", counts where it is no
        // word of a cue, "ran aground", and the date names no event after
        // it, "grew out of the 1962 treaty")
        let irregular_counts = |at: usize| {
            !in_cue(hits, &sentence.span, at) && names.modified_by(text, span).is_none()
        };
        let verb_before = kind == Kind::Date
            && !restated_after(text, span.end)
            && crate::text::words(&text[clause.start..span.start]).any(|(k, w)| {
                crate::text::is_past_word(w)
                    || crate::text::is_past_form(w) && irregular_counts(clause.start + k)
            });
        // a date right after "from", "until" or "till" is the start or end
        // of a state: a cue before that word dates it only where the word
        // is a cue of the same fact ("signed a decree dissolving its
        // institutions from 1 January 2024" does not date the decree).
        // ("Since" is left out: what began then is most often what the
        // cue names, "has been chair since February 2018".)
        let function_before = (kind == Kind::Date)
            .then(|| word_right_before(text, span.start))
            .flatten()
            .filter(|&(_, w)| {
                ["from", "until", "till"]
                    .iter()
                    .any(|c| w.eq_ignore_ascii_case(c))
            })
            .map(|(at, w)| at..at + w.len());
        // nearest cue per fact
        let mut best: Vec<(usize, usize)> = Vec::new(); // (distance, fact)
        // where the nearest cue of each fact in `best` is, in its order
        let mut cue_of: Vec<Range<usize>> = Vec::new();
        let mut ruled_out: Vec<usize> = Vec::new();
        // a count's noun followed by a cue that opens with a preposition
        // ("11 people on the ground"): the phrase narrows the noun, and
        // the fact it cues takes the count before one the noun alone cues
        let mut narrowed: Option<Range<usize>> = None;
        // the facts of the cues a count is linked to before it, where
        // something after the count says what it counts (`measures`)
        let mut linked_before: Vec<usize> = Vec::new();
        // a date after "of" modifies the noun before it ("the trilateral
        // deal of November 2020 gave the contingent a mandate"): a cue after
        // it is another's
        let of_before = word_before_is(text, span.start, &["of"]);
        // "the highest since 1900": a date after a superlative and "since"
        // is what the comparison runs from, and is claimed only by a cue in
        // that phrase ("largest", or "since" itself), not by one elsewhere
        // in the sentence ("Turnout was 66.7 per cent of eligible voters,
        // the highest since 1900")
        let compared_from = (kind == Kind::Date)
            .then(|| comparison_from(text, span.start))
            .flatten();
        // the mentions of the sentence: a cue word inside one is part of it
        // ("last" in "last week")
        let first_in_sentence = mentions[..mi]
            .iter()
            .rposition(|m| m.sentence != Some(s))
            .map_or(0, |k| k + 1);
        let in_sentence = || {
            mentions[first_in_sentence..]
                .iter()
                .take_while(|m| m.sentence == Some(s))
        };
        for h in window() {
            if h.span.start < span.end && span.start < h.span.end {
                continue; // overlapping the mention itself
            }
            if matches!(h.role, Role::Cue(_))
                && in_sentence().any(|m| {
                    m.mention.span.start <= h.span.start && h.span.end <= m.mention.span.end
                })
            {
                continue;
            }
            if joined.is_some_and(|j| h.span.start != j && h.span.start != span.end) {
                continue;
            }
            if let Role::Cue(f) = h.role
                && in_proper_name(text, &h.span, &rules.facts[f].cues)
            {
                continue;
            }
            let before = h.span.end <= span.start;
            // "began" before a verb in "-ing" that cues a fact of another
            // subject is that verb's: "Russian peacekeepers began deploying"
            // dates the deployment, not the start of the war that "began"
            // cues ("began blocking the road" still dates the blockade)
            if let Role::Cue(f) = h.role
                && let Some(next) = begins_another_verb(text, &h.span)
                && window().any(|g| {
                    g.span.start == next
                        && matches!(g.role, Role::Cue(o)
                            if rules.facts[o].subject != rules.facts[f].subject)
                })
            {
                continue;
            }
            // a date after a verb of change and "since" dates the change,
            // not a cue before the verb: "the pace of corporate filings had
            // slowed since the spring" dates no filing
            if before
                && kind == Kind::Date
                && word_right_before(text, span.start).is_some_and(|(k, w)| {
                    w.eq_ignore_ascii_case("since")
                        && after_change(text, k)
                        && word_right_before(text, k).is_some_and(|(v, _)| h.span.end <= v)
                })
            {
                continue;
            }
            // a date that begins a period ("from 27 September until the
            // statement signed … took effect") is not dated by a cue past
            // the word that ends the period: that cue is the end's
            if !before && kind == Kind::Date && period_ends_before(text, span, h.span.start) {
                continue;
            }
            // where the cue's word ends: a cue that ends in `*` ("pledg*",
            // "complet*") matches only the start of "pledged", "completed"
            let cue_end = if before {
                let rest = &text[h.span.end..span.start];
                h.span.end
                    + rest
                        .find(|c: char| !c.is_alphanumeric())
                        .unwrap_or(rest.len())
            } else {
                h.span.end
            };
            // a cue that ends the phrase of an offset before the mention,
            // with a comma after it, is the offset's anchor: "Two days
            // after the inauguration, on 16 December, the first cars
            // crossed" dates no inauguration (but "44 days after the war
            // began on 27 September" dates the war, and so does "two days
            // after Sandy came ashore near Brigantine, N.J., on Monday")
            if before
                && text.get(cue_end..span.start).is_some_and(|between| {
                    between.trim_start().strip_prefix(',').is_some_and(|rest| {
                        crate::text::words(rest).count() <= 1 && !rest.contains(CLAUSE_MARKS)
                    })
                })
                && offset_reaches(text, &mentions[first_in_sentence..mi], h.span.start)
            {
                continue;
            }
            // a count's cue is the noun it counts, right after it, or the
            // noun it measures, linked to it before it ("a crowd of 88,966")
            if kind.is_amount()
                && before
                && !measures(text, cue_end, span)
                && !money_right_after(text, cue_end, span)
                && !label_right_after(text, cue_end, span)
            {
                // "a majority of 174 seats": the count is the majority's
                // size, said in seats; where the noun linked before it cues
                // another fact than the noun after it, nothing says which
                if let Role::Cue(f) = h.role
                    && text
                        .get(cue_end..span.start)
                        .is_some_and(|between| is_link(between, &MEASURE_LINKS))
                {
                    linked_before.push(f);
                }
                continue;
            }
            if function_cue(h) && (weak_cues || after_change(text, h.span.start)) {
                continue;
            }
            // a cue alone in brackets is a label, no verb of the sentence:
            // "The summit seen from Clark in 1990 (left) and in 1992
            // (right)", a photo's caption
            // (the whole word: a cue "launch*" stands in "(launched)")
            let word_end = h.span.end
                + text[h.span.end..]
                    .find(|c: char| !c.is_alphanumeric())
                    .unwrap_or(0);
            if text[..h.span.start].ends_with('(') && text[word_end..].starts_with(')') {
                continue;
            }
            // the fact this hit would cue, and how much farther it counts;
            // only then is the distance worth counting
            let cued = match h.role {
                // a cue that is also a name of its subject ("withdrawal")
                // says less of which fact than one that is only a cue, and
                // nothing where the clause holds a cue of another fact of
                // the subject ("On 12 June Azerbaijan said the withdrawal
                // of the peacekeepers was complete": not the fact the name
                // cues, however far "complete" stands)
                Role::Cue(f) => {
                    let of = &rules.facts[f];
                    // (a prefix cue, "withdraw*", ends before the name)
                    let name = sentence_hits.iter().any(|g| {
                        g.span.start == h.span.start
                            && matches!(g.role, Role::Alias(k) | Role::Generic(k) if k == of.subject)
                    });
                    let sibling = || {
                        sentence_hits.iter().any(|g| {
                            matches!(g.role, Role::Cue(o) if o != f
                                && rules.facts[o].subject == of.subject
                                && rules.facts[o].kind == of.kind)
                                && clause.start <= g.span.start
                                && g.span.end <= clause.end
                                // not a word of the mention ("last week")
                                && !(g.span.start < span.end && span.start < g.span.end)
                        })
                    };
                    // a count's own noun ("the 33 miners trapped deep")
                    // says what it counts, name or not
                    let own_noun = kind == Kind::Count
                        && text
                            .get(span.end..h.span.start)
                            .is_some_and(|between| between.trim().is_empty());
                    match (name, name && !own_noun && sibling()) {
                        (_, true) => None,
                        (true, false) if !own_noun => Some((f, NAME_PENALTY)),
                        _ => Some((f, 0)),
                    }
                }
                // the name of an event with a single fact cues that fact: a
                // generic name (a noun or verb of the event: "joined",
                // "blockade") as a cue, a proper name where the mention
                // modifies it ("the 19–20 September counter-terrorism
                // measures"; not "invested in OpenAI since 2019", a name of
                // a thing that was founded); a subject with several facts
                // needs a cue to say which. A generic name right after a
                // proper one of its subject is part of that name ("The
                // House passes the Dodd-Frank financial reform bill" dates
                // no signing)
                Role::Alias(sk) | Role::Generic(sk)
                    if candidates.contains(&sk)
                        && !names.names_nothing(h)
                        && match (h.role, proper_before(h, sk)) {
                            (Role::Generic(_), None) => {
                                !a_place_moved_through(text, h.span.start)
                                    && !verb_of_its_own(text, &h.span, span, sentence_hits)
                            }
                            (_, Some(start)) => modifies(text, span, &(start..h.span.end)),
                            // (a count beside a proper name is no count
                            // of it: "ATLAS reported 5.0 sigma and CMS 4.9")
                            _ => kind != Kind::Count && modifies(text, span, &h.span),
                        } =>
                {
                    match rules.facts_of[sk][..] {
                        [fk] => Some((fk, NAME_PENALTY)),
                        _ => None,
                    }
                }
                _ => None,
            };
            let Some((fact, penalty)) = cued else {
                continue;
            };
            let f = &rules.facts[fact];
            if !(f.kind == kind && candidates.contains(&f.subject))
                || of_its_time.iter().any(|&(sk, _)| sk == f.subject)
                    && !of_its_time.contains(&(f.subject, fact))
            {
                continue;
            }
            // a cue between an earlier duration and this one, nearer the
            // earlier, is the earlier one's (as a cue after a mention is a
            // later one's that stands no farther from it): in "ended six
            // weeks of war, with a mandate of five years", "war" is the six
            // weeks' noun, and in "the five-year mandate after barely three
            // and a half years" the mandate's term is said once
            // (the nearest such mention before the cue is the one to ask)
            if before
                && kind == Kind::Duration
                && let Some(m) = mentions[first_in_sentence..mi].iter().rev().find(|m| {
                    kind_of(&m.mention.expr) == kind && m.mention.span.end <= h.span.start
                })
                && text
                    .get(m.mention.span.end..h.span.start)
                    .is_some_and(|to_it| {
                        crate::text::words(to_it).count()
                            < crate::text::words(&text[cue_end..span.start]).count()
                    })
            {
                continue;
            }
            // a cue after the mention in a relative clause with a date of
            // its own is that date's ("2001 — Adam Applegarth, who joined
            // the bank in 1983, becomes chief executive")
            if !before && cue_of_own_clause(text, &h.span, span, &mentions[mi + 1..], kind) {
                continue;
            }
            if before
                && cue_of_set_off_phrase(
                    text,
                    &sentence.span,
                    &h.span,
                    span,
                    &mentions[first_in_sentence..mi],
                    kind,
                )
            {
                continue;
            }
            // a cue right after a noun that "a" or "an" brings in describes
            // that new thing: "approved $170 million in a water bill signed
            // in December 2016" dates the bill, not a signing of the
            // subject's
            if before
                && kind == Kind::Date
                && matches!(h.role, Role::Cue(_))
                && crate::text::words(&text[h.span.start..])
                    .next()
                    .is_some_and(|(_, w)| crate::text::is_participle(w))
                // (the participle and its date, nothing but a preposition
                // between: "a federal judge approved it in April 2016" is
                // a clause of its own)
                && crate::text::words(&text[cue_end..span.start]).count() <= 1
                && describes_a_new_thing(text, h.span.start, f.subject, sentence_hits)
            {
                continue;
            }
            // "Within 24 hours the separatists agreed": the time another
            // event took, unless the fact is one ("pledged to rebuild it
            // within five years", where "within" is a cue)
            if time_taken && !f.cues.iter().any(|c| c.eq_ignore_ascii_case("within")) {
                continue;
            }
            // (an amount's cue before it is the noun it measures, and a
            // name before that noun says whose it is, not who did it: "a
            // World Bank loan of $400 million")
            if before
                && penalty == 0
                && !kind.is_amount()
                && done_by_another(
                    text,
                    &h.span,
                    &clause,
                    &sentence.span,
                    f.subject,
                    sentence_hits,
                )
            {
                continue;
            }
            if matches!(h.role, Role::Cue(_))
                && done_by_a_stranger(
                    text,
                    &h.span,
                    span,
                    &sentence.span,
                    f.subject,
                    rules,
                    sentence_hits,
                )
            {
                continue;
            }
            let another = |g: usize| {
                let other = &rules.facts[g];
                other.kind == kind && candidates.contains(&other.subject)
            };
            if kind == Kind::Date
                && if before {
                    object_of_another_cue(text, &h.span, fact, sentence_hits, another)
                } else {
                    subject_of_another_cue(text, &h.span, fact, sentence_hits, another)
                }
            {
                continue;
            }
            if kind == Kind::Date
                && object_names_another(text, &h.span, &sentence.span, f.subject, sentence_hits)
            {
                continue;
            }
            // a part of a period that modifies its subject's name right
            // after it, after a preposition, is a phase of the subject: the
            // cue is another thing's, dated by it ("a mission Moscow
            // launched at the end of the autumn 2020 war"; but "voted in the
            // 2017 referendum" dates the referendum)
            if before && of_another_antecedent(text, &h.span, sentence_hits) {
                continue;
            }
            if before
                && phase
                && names_after_preposition(text, h.span.end, span, f.subject, sentence_hits)
            {
                continue;
            }
            let reach = if kind.is_amount() {
                // (a noun linked to its measure across a phrase: "Settlements
                // for the Tenerife disaster totalled $210 million")
                // (from the cue's whole word: "claim" ends inside "claims")
                if before
                    && text.get(cue_end..span.start).is_some_and(|between| {
                        linked_across_a_phrase(between.strip_suffix(MONEY_SIGNS).unwrap_or(between))
                    })
                {
                    COUNT_WINDOW + PHRASE_WORDS
                } else {
                    COUNT_WINDOW
                }
            } else if timeline
                && matches!(h.role, Role::Alias(_) | Role::Generic(_))
                && (h.span.start < clause.end || !modifies_before(text, clause.end, h.span.start))
            {
                // a name in the entry's clauses: the entry is about it ("12
                // December 2022 — Eco-activists block the Lachin road"; "—
                // In an interview, Pashinyan said Armenia had frozen …");
                // not one in a clause that modifies another, which is told
                // of ("— Azerbaijan installs a checkpoint at the Hakari
                // bridge, tightening the blockade")
                TIMELINE_WINDOW
            } else if timeline
                && !before
                && matches!(h.role, Role::Cue(_))
                && h.span.start < clause.end
                && named_between(sentence_hits, f.subject, span.end..h.span.start)
                && plainly_told(&text[span.end..h.span.start])
            {
                // a cue in the entry's first clause after a name of its
                // subject, told plainly: the entry tells of that event ("10
                // October 2022 — The manslaughter trial of Airbus and Air
                // France opens in Paris"; not "— Ministers agree that the
                // search will be suspended")
                TIMELINE_WINDOW
            } else if timeline
                && !before
                && matches!(h.role, Role::Cue(_))
                && sentence_hits.iter().any(|g| {
                    // (a generic name written with a capital is part of
                    // another's proper name: "starting the Park Fire")
                    (g.role == Role::Alias(f.subject)
                        || g.role == Role::Generic(f.subject)
                            && text[g.span.clone()].starts_with(|c: char| c.is_lowercase()))
                        && h.span.end <= g.span.start
                        && text.get(h.span.end..g.span.start).is_some_and(|gap| {
                            !gap.contains([',', ';', ':', '(', ')'])
                                && crate::text::words(gap).count() <= 4
                        })
                })
                && plainly_told(&text[span.end..h.span.start])
            {
                // a cue with a name of its subject as its object, told
                // plainly: the entry's verb, however long its subject ("4
                // February 2021 — Vale and the state of Minas Gerais sign a
                // 37.7 billion reais settlement"; "— Meeting in London, the
                // four powers sign the London Charter")
                TIMELINE_WINDOW
            } else {
                WINDOW
            };
            let (a, b) = if before {
                // from the end of the cue's word
                (cue_end, span.start)
            } else {
                (span.end, h.span.start)
            };
            // a cue before a comma, and a past form after it before the
            // date, past the comma's first word: the date is that verb's
            // ("before the collapse, under a trading plan filed in
            // January"; but "the eighth meeting, held on 19 April" is the
            // meeting's)
            if before
                && kind == Kind::Date
                && let Some(comma) = text[a..b].rfind(',')
                && crate::text::words(&text[a + comma..b])
                    .skip(1)
                    .any(|(k, w)| {
                        crate::text::is_past_word(w) && !in_cue(hits, &sentence.span, a + comma + k)
                    })
            {
                continue;
            }
            if compared_from.is_some_and(|from| h.span.start < from || h.span.end > span.start) {
                continue;
            }
            // a date in a relative clause set off by commas takes no cue
            // after the clause ends ("The first Karabakh war, which broke
            // out in 1988, ended with the Bishkek ceasefire": 1988 is no
            // date of the ceasefire); nor does a cue in such a clause date
            // anything after it ("The peacekeepers, who arrived under the
            // trilateral statement, left in 2024")
            if kind == Kind::Date
                && if before {
                    in_aside(text, &h.span, span, &sentence.span)
                        || cue_beside_a_name(text, &h.span, span, &sentence.span)
                } else {
                    in_aside(text, span, &h.span, &sentence.span)
                }
                || before
                    && kind == Kind::Date
                    && in_relative_aside(text, &h.span, span, &sentence.span)
                || !before
                    && kind == Kind::Date
                    && in_apposition_before_verb(text, &h.span, span, &sentence.span)
            {
                continue;
            }
            // a date in the possessive dates the noun it owns ("from its
            // completion to this week's anniversary"): a cue before it is
            // another's
            if before && kind == Kind::Date && possessive_after(text, span.end) {
                continue;
            }
            // a cue before a date or duration across a word that joins
            // clauses, or begins a relative clause, is the other clause's
            // ("deployed under the trilateral statement, and left this
            // month"; "the mandate, which began in November 2020")
            if before
                && !kind.is_amount()
                // ("and" between two names joins none, where no comma
                // stands between the cue and the mention: "The ultimatum
                // gave Egypt and Israel twenty-four hours"; not "Since the
                // agreement was signed, the parliaments have ratified it,
                // Belarus and Ukraine on 10 December")
                && (if text[a..b].contains(',') {
                    crate::text::words(&text[a..b]).any(|(_, w)| is_coordinator(w))
                } else {
                    joins_clauses(&text[a..b], false)
                } || crate::text::words(&text[a..b])
                    .enumerate()
                    .any(|(k, (_, w))| {
                        is_relative_pronoun(w)
                            && !(k == 0 && demonstrative_after(&text[h.span.start..a], w))
                    })
                    || (kind == Kind::Date
                        && addition_between(text, mentions, mi, a, &sentence.span)))
            {
                continue;
            }
            // "A decade ago, few expected troops to deploy": the date is the
            // expecting's, not the deploying's; "joined in 1992 and froze
            // its participation in 2024": a cue after "and" begins a clause
            // of its own; nor does a cue after a mention count across a
            // semicolon, an offset ("a week after"), a past-tense verb
            // before a date, or an "of" before it (`verb_before`, `of_before`)
            // (nor across a verb of remembering, whose object is another
            // time's event: "and this morning both countries are
            // remembering the night it happened")
            if !before
                && (crate::text::words(&text[a..b]).any(|(_, w)| {
                    is_conjecture(w) || REMEMBERING.iter().any(|r| w.eq_ignore_ascii_case(r))
                }) || joins_clauses(&text[a..b], true)
                    || text[a..b].contains(';')
                    || offset_between(text, mentions, mi, h.span.start)
                    || (kind == Kind::Date && reported_between(&text[a..b]))
                    || verb_before
                    || (kind == Kind::Date && of_before))
            {
                continue;
            }
            if before
                && let Some(fw) = &function_before
                && h.span.start < fw.start
                && !sentence_hits
                    .iter()
                    .any(|g| g.span == *fw && g.role == Role::Cue(fact))
            {
                continue;
            }
            // the noun a count counts comes before any determiner, unit or
            // other mention after it: in "5 — years the peacekeepers'
            // mandate" or "5. 0 peacekeepers" the 5 counts no peacekeepers
            if !before && kind.is_amount() && count_noun_interrupted(text, mentions, mi, a, b, kind)
            {
                continue;
            }
            // nor across a table's cell border where the count's own cell
            // holds its noun: "| Four Cluster satellites | Destroyed about
            // 37 seconds after lift-off |" counts no loss ("| 11 | safety
            // recommendations |" still counts recommendations)
            if !before
                && kind.is_amount()
                && let Some(k) = text[a..b].find('|')
                && text[a..a + k].contains(|c: char| c.is_alphanumeric())
            {
                continue;
            }
            // a cue after a duration that a count stands before, in a list
            // after a comma, is the count's noun: "Five years, two wars and
            // an exodus" says nothing of how long a war lasted (and "needs
            // about 65 minutes to complete one orbit" is still the orbit's)
            if !before
                && kind == Kind::Duration
                && mentions.get(mi + 1).is_some_and(|m| {
                    matches!(m.mention.expr, Expr::Count(_))
                        && (a..b).contains(&m.mention.span.start)
                        && text[a..m.mention.span.start].contains(',')
                })
            {
                continue;
            }
            // before a date in the cue's clause, a name of the fact's
            // subject between them counts one word: "signed the Sandy
            // relief bill on Jan. 6, 2013" is the verb, its object and the
            // date
            // (a clock time's colon marks nothing: "struck at 5:46 a.m.
            // local time on Jan. 17, 1995")
            let phrases = if before && kind == Kind::Date {
                let clocks = clock_spans(mentions, mi, a..b);
                let marked = text[a..b].char_indices().any(|(k, c)| {
                    matches!(c, ',' | ';' | ':' | '(' | '—' | '–')
                        && !clocks.iter().any(|r| r.contains(&(a + k)))
                });
                if marked {
                    appositive_words(&text[a..b])
                } else {
                    name_words(text, a..b, f.subject, sentence_hits) + clock_words(text, &clocks, b)
                }
            } else {
                0
            };
            let Some(d) =
                words_between(text, a, b, reach + phrases).map(|d| d.saturating_sub(phrases))
            else {
                continue;
            };
            // a cue with a date or duration right after it is that one's
            // ("arrived on 24 January, a month after its launch on Christmas
            // Day": the launch is Christmas Day); a count's cue is the noun
            // after it, whatever follows ("3,000 peacekeepers, 90 vehicles")
            // (and past a colon or a dash, a cue with a date of its own
            // later in its clause is that date's, however far, where the
            // mention ends a clause of its own: "The British one comes next
            // month: Scott's party reached the Pole on 17 January 1912";
            // not a timeline's "23 November 1984 — Band Aid records 'Do
            // They Know It's Christmas?'")
            if !before
                && !kind.is_amount()
                && (claimed_after(text, mentions, mi, h.span.end, kind, d)
                    || text[a..b].contains([':', '—', '–'])
                        && crate::text::words(&text[sentence.span.start..span.start])
                            .next()
                            .is_some()
                        && claimed_in_clause(text, mentions, mi, h.span.end, kind))
            {
                continue;
            }
            // a date or duration attaches to the verb before it more often
            // than to a word after it ("deployed troops in 2020 as part of a
            // ceasefire deal"): a cue after it counts one word farther
            let d = if before || kind.is_amount() { d } else { d + 1 } + penalty;
            // "the largest increase since November 1994": a superlative
            // before "since" says what is compared, and a date fact it
            // cues takes the date before one that "since" alone cues
            let d = if before
                && text[h.span.clone()].eq_ignore_ascii_case("since")
                && compared_from.is_some_and(|from| {
                    sentence_hits.iter().any(|g| {
                        g.span.start == from
                            && matches!(g.role, Role::Cue(o) if o != fact
                            && rules.facts[o].kind == Kind::Date
                            && candidates.contains(&rules.facts[o].subject))
                    })
                }) {
                d + 2
            } else {
                d
            };
            if !before
                && kind.is_amount()
                && d == 1
                && crate::text::words(&text[h.span.clone()])
                    .next()
                    .is_some_and(|(_, w)| NARROWING.iter().any(|p| w.eq_ignore_ascii_case(p)))
            {
                narrowed = crate::text::words(&text[a..b])
                    .next()
                    .filter(|(_, w)| GENERAL_NOUNS.iter().any(|g| w.eq_ignore_ascii_case(g)))
                    .map(|(k, w)| a + k..a + k + w.len());
            }
            match best.iter_mut().position(|(_, k)| *k == fact) {
                Some(e) if d < best[e].0 => {
                    best[e].0 = d;
                    cue_of[e] = h.span.clone();
                }
                Some(_) => {}
                None => {
                    best.push((d, fact));
                    cue_of.push(h.span.clone());
                }
            }
        }
        for h in &hits[first..] {
            if h.span.start >= sentence.span.end {
                break;
            }
            if let Role::FactExclude(f) = h.role
                && !in_dateline(doc, &h.span)
            {
                ruled_out.push(f);
            }
        }
        let cue_at = |f: usize| {
            best.iter()
                .position(|&(_, k)| k == f)
                .map(|e| cue_of[e].clone())
        };
        let cues: Vec<(usize, Range<usize>)> = best
            .iter()
            .filter_map(|&(_, f)| Some((f, cue_at(f)?)))
            .collect();
        retain_cued(&mut best, &mut cue_of, |f, _| !ruled_out.contains(&f));
        // so is a date after the article's not told as past: of a fact
        // over before the article, it is another occurrence ("When
        // Brisbane stages the Games in 2032", in a letter on the Tokyo
        // Games of 2021). (Told as past, it is an anachronism, and a claim.)
        // (The tense is read here, where it is needed and rarely: a
        // mention's is read only for dates relative to the article.)
        let ahead = kind == Kind::Date
            && doc
                .date
                .is_some_and(|d| value.interval.lo > crate::value::day_number(d) as f64)
            && crate::text::tense_at(
                &text[sentence.span.clone()],
                span.start - sentence.span.start,
            ) != Tense::Past;
        if (planned || ahead)
            && let Some(d) = doc.date
        {
            let written = crate::value::Interval::days(d, d);
            retain_cued(&mut best, &mut cue_of, |f, _| {
                rules.facts[f]
                    .value
                    .as_ref()
                    .is_none_or(|v| v.interval.hi >= written.lo)
            });
        }
        // a relative clause that holds the mention is said of its
        // antecedent: where that names a subject with a fact cued here,
        // the fact is that subject's ("the first Nagorno-Karabakh war, which
        // ended with the ceasefire of May 1995": not the 2020 war's end)
        if best.len() > 1
            && let Some(sk) = antecedent(text, &sentence.span, span.start, window())
            && best.iter().any(|&(_, f)| rules.facts[f].subject == sk)
        {
            retain_cued(&mut best, &mut cue_of, |f, _| rules.facts[f].subject == sk);
        }
        // a participle phrase set off by commas right after a name, that
        // holds the mention and names no other subject, is said of what
        // the name names: "From the Gezhouba Dam, finished in 1988, it is
        // an hour's drive upriver to the Three Gorges Dam" dates no
        // completion of the Three Gorges Dam
        if !best.is_empty()
            && let Some(sk) = participle_aside_of(text, &sentence.span, span, window())
        {
            retain_cued(&mut best, &mut cue_of, |f, _| rules.facts[f].subject == sk);
        }
        // "a town of about 26,000 people" is the size of a place: a claim
        // only of a fact about a population (one a rule cues by
        // "population"), whatever the noun after it cues ("people" for a
        // death toll, "residents" for those who fled); such a fact is
        // still claimed in a sentence that names another subject whose
        // fact "people" cues ("Lockerbie, a town of about 4,000 people in
        // Dumfriesshire, became overnight the site of the deadliest
        // terrorist attack")
        if kind.is_amount() && population_of_place(text, span) {
            // the place a name sets the phrase beside ("Yingxiu, a town of
            // about 9,000 people") is that subject: its population fact is
            // claimed though no cue of it is written
            let population = |f: usize| {
                rules.facts[f]
                    .cues
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case("population"))
            };
            if !best.iter().any(|&(_, f)| population(f))
                && let Some((sk, place)) = place_named_before(text, span, sentence_hits)
                && candidates.contains(&sk)
            {
                for (f, fact) in rules.facts.iter().enumerate() {
                    if fact.subject == sk
                        && fact.kind == kind
                        && population(f)
                        && !ruled_out.contains(&f)
                    {
                        best.push((1, f));
                        cue_of.push(place.clone());
                    }
                }
            }
            retain_cued(&mut best, &mut cue_of, |f, _| {
                rules.facts[f]
                    .cues
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case("population"))
            });
        }
        // (the narrowed noun's fact takes the count before one the noun or
        // a verb before the count cues: "killed 11 people on the ground")
        if let Some(noun) = &narrowed
            && best.iter().any(|&(d, _)| d == 1)
        {
            retain_cued(&mut best, &mut cue_of, |_, cue| cue.start >= noun.end);
        }
        // a cue right before a name of another subject is that subject's:
        // "and 335 die aboard the Pan Am 747" counts no one on the KLM jet
        // named before it
        if kind.is_amount() {
            retain_cued(&mut best, &mut cue_of, |f, cue| {
                named_after(text, cue.end, window()).is_none_or(|sk| sk == rules.facts[f].subject)
            });
        }
        best.sort_unstable();
        if best.first().is_some_and(|&(_, f)| {
            linked_before.iter().any(|&g| {
                let other = &rules.facts[g];
                g != f && other.kind == kind && candidates.contains(&other.subject)
            })
        }) {
            continue;
        }
        let fact = match best.as_slice() {
            [] => continue,
            [(_, f)] => *f,
            [(d0, f), (d1, _), ..] if d0 < d1 => *f,
            // a tie between the facts of subjects of which the mention's
            // clause names one before it ("Labour took 412 seats, while the
            // Conservatives held 121"); else nothing decides. (A name after
            // it is as often another's: "and 51.3% of the popular vote to
            // Trump's 46.8%" is Biden's share.)
            [(d0, _), ..] => {
                let tied: Vec<usize> = best
                    .iter()
                    .take_while(|(d, _)| d == d0)
                    .map(|&(_, f)| f)
                    .collect();
                let named: Vec<usize> = window()
                    .filter(|h| clause.start <= h.span.start && h.span.end <= span.start)
                    .filter_map(|h| match h.role {
                        Role::Alias(sk) | Role::Generic(sk) if !names.names_nothing(h) => Some(sk),
                        _ => None,
                    })
                    .collect();
                // (but first, for a date, a verb after it that cues the fact
                // and whose object names one of the subjects: "… on
                // Tuesday, as Britain began a vaccination programme" dates
                // the programme, though "a clinical trial" stands before
                // the date)
                let object_of_cue = |f: usize| {
                    if kind != Kind::Date {
                        return false;
                    }
                    let Some(cue) = best
                        .iter()
                        .position(|&(_, k)| k == f)
                        .map(|e| cue_of[e].clone())
                        .filter(|c| c.start >= span.end)
                    else {
                        return false;
                    };
                    // (the verb, then its object: a determiner and a word
                    // at most before the name, "began a vaccination
                    // programme", no preposition)
                    crate::text::is_past_form(&text[cue.clone()])
                        && window().any(|h| {
                            matches!(h.role, Role::Alias(sk) | Role::Generic(sk)
                            if sk == rules.facts[f].subject)
                                && h.span.start >= cue.end
                                && text.get(cue.end..h.span.start).is_some_and(|between| {
                                    let mut words = crate::text::words(between).map(|(_, w)| w);
                                    !between.contains(CLAUSE_MARKS)
                                        && words.next().is_none_or(|w| {
                                            DETERMINERS.iter().any(|d| w.eq_ignore_ascii_case(d))
                                        })
                                        && words.count() <= 1
                                })
                        })
                };
                let mut objects = tied.iter().filter(|&&f| object_of_cue(f));
                let mut chosen = tied
                    .iter()
                    .filter(|&&f| named.contains(&rules.facts[f].subject));
                match (objects.next(), objects.next(), chosen.next(), chosen.next()) {
                    (Some(&f), None, _, _) => f,
                    (_, _, Some(&f), None) => f,
                    _ => continue,
                }
            }
        };
        // a cue of the fact after an offset from the mention ("opened in
        // January 2022, ten months before the tournament began") dates the
        // fact by that offset: the mention is another thing's
        // (unless a cue of the fact stands before the offset, after a name
        // of its subject: "Lion Air Flight 610 plunges into the Java Sea 13
        // minutes after take-off from Jakarta, killing all 189"; not
        // "Women's football opens the competition in Cardiff, two days
        // before the opening ceremony of the London Games")
        let after_offset = |h: &Hit| offset_between(text, mentions, mi, h.span.start);
        let cue_after = |h: &&Hit| h.span.start >= span.end && h.role == Role::Cue(fact);
        let subject = rules.facts[fact].subject;
        let told_before_offset = |h: &Hit| {
            !after_offset(h) && named_between(sentence_hits, subject, span.end..h.span.start)
        };
        // (nor where the mention modifies a proper name of the subject
        // before it: "hosted them for talks in Sochi on October 30, 2022,
        // weeks after the two leaders had met in Prague" dates the talks)
        let dates_its_name = || {
            window().any(|h| {
                h.role == Role::Alias(subject)
                    && h.span.end <= span.start
                    && modifies(text, span, &h.span)
            })
        };
        // (an offset in a clause of its own, which a comma and a
        // coordinator begin, sets that clause's verb apart, not the
        // mention's: "Hui was detained in September 2023, and Evergrande
        // disclosed weeks later that he was subject to mandatory
        // measures")
        let in_its_clause = |h: &Hit| {
            after_offset(h) && !text.get(span.end..h.span.start).is_some_and(clause_break)
        };
        // (and only a cue inside the offset's phrase, which no clause mark
        // ends before it, is the offset's anchor: "The withdrawal of the
        // contingent ended on 12 July 2024, three days before his 58th
        // birthday, when the last column crossed into Armenia" dates the
        // end, "last" and all)
        let in_offset_phrase = |h: &Hit| {
            let later = &mentions[mi + 1..];
            let upto = later.partition_point(|m| m.mention.span.end <= h.span.start);
            offset_reaches(text, &later[..upto], h.span.start)
                || text
                    .get(span.end..h.span.start)
                    .map(|between| between.rsplit([',', ';']).next().unwrap_or(between))
                    .is_some_and(offset_phrase)
        };
        if kind == Kind::Date
            && window()
                .filter(cue_after)
                .any(|h| in_its_clause(h) && in_offset_phrase(h))
            && !window().filter(cue_after).any(told_before_offset)
            && !dates_its_name()
        {
            continue;
        }
        // "founded in 1993 by two bankers": a count after "by", in the
        // clause of a past form that cues another fact, counts who did that
        // ("founded"), not the fact's total ("staffed by 8,500 employees"
        // is still a count of the staff)
        if kind.is_amount()
            && let Some((by, _)) =
                word_right_before(text, span.start).filter(|(_, w)| w.eq_ignore_ascii_case("by"))
            && window().any(|h| {
                matches!(h.role, Role::Cue(o) if o != fact)
                    && clause.start <= h.span.start
                    && h.span.end <= by
                    && crate::text::is_past_word(&text[h.span.clone()])
            })
        {
            continue;
        }
        // a duration after a possessive is its owner's time: "Russia's four
        // years in Karabakh" is Russia's, not the war's, unless the owner
        // is a name of the fact's subject ("the war's 44 days")
        if kind == Kind::Duration
            && let Some((at, w)) = word_right_before(text, span.start)
            && possessor(w).is_some() && !window().any(|h| {
            matches!(h.role, Role::Alias(k) | Role::Generic(k) if k == rules.facts[fact].subject)
                && h.span.start <= at
                && at < h.span.end
        }) {
            continue;
        }
        // a cue in the mention's clause is the verb or noun of the subject
        // that clause names: where the clause names others and not the
        // fact's subject, the fact is not the mention's ("The exodus began
        // on 24 September, when the road reopened after a nine-month
        // blockade": the exodus began, not the blockade)
        if !kind.is_amount()
            && let Some((_, cue)) = cues.iter().find(|(f, _)| *f == fact)
        {
            let inside = |r: &Range<usize>| clause.start <= r.start && r.end <= clause.end;
            let mut named = window()
                .filter(|h| inside(&h.span))
                .filter_map(|h| match h.role {
                    Role::Alias(sk) | Role::Generic(sk)
                        if candidates.contains(&sk) && !names.names_nothing(h) =>
                    {
                        Some(sk)
                    }
                    _ => None,
                });
            let subject = rules.facts[fact].subject;
            // (a clause set off by a comma right after a name of the
            // subject, that opens with a verb in the past, is said of it:
            // a participle phrase that describes it, "The Russian
            // peacekeepers, deployed five years ago under the ceasefire
            // deal that stopped the fighting, had patrolled …", or its own
            // verb after an aside, "The Russian contingent, which at its
            // peak numbered nearly 5,000 troops, was deployed three years
            // ago under the ceasefire deal"; and so after an aside that
            // itself follows the name and a comma, "Clark Air Base, the
            // sprawling American installation just outside Angeles, was
            // evacuated on June 20th")
            let said_of_subject = || {
                let head = text[..clause.start].trim_end();
                let Some(comma) = head.strip_suffix(',') else {
                    return false;
                };
                let aside = comma
                    .rfind(',')
                    .filter(|&c| crate::text::words(&comma[c + 1..]).count() <= ASIDE_WORDS)
                    .filter(|&c| !comma[c..].contains(['.', ';', ':', '(', ')']));
                let name_ends = |end: usize| end == comma.len() || Some(end) == aside;
                crate::text::words(&text[clause.clone()])
                    .next()
                    .is_some_and(|(_, w)| {
                        w.starts_with(|c: char| c.is_ascii_lowercase())
                            && crate::text::is_participle(w)
                            || w == "who"
                            || w == "which"
                    })
                    && window().any(|h| {
                        name_ends(h.span.end)
                            && matches!(h.role, Role::Alias(k) | Role::Generic(k) if k == subject)
                    })
            };
            if inside(cue)
                && named.clone().next().is_some()
                && !named.any(|sk| sk == subject)
                && !said_of_subject()
            {
                continue;
            }
        }
        // a name that several subjects share, between the mention and its
        // cue, leaves open whose event the cue tells: where another of
        // those subjects has a fact with the same cue that the mention
        // bears out, the mention may be that one's, and is no claim on
        // this fact ("in September 2020, when the 44-day war began, and in
        // September 2023, when the offensive began": "offensive" names the
        // 2020 war and the 2023 operation, both of which began). Nothing is
        // lost: where the mention bears out neither, it is still checked.
        if let Some((_, cue)) = cues.iter().find(|(f, _)| *f == fact) {
            let from = clause.start.min(cue.start);
            let to = span.end.max(cue.end);
            let subject = rules.facts[fact].subject;
            // (not where the sentence holds a context word of the fact's
            // subject and none of the other's: "the wave that took 22 hours
            // to cross the Pacific" beside "Hilo" is the Hilo tsunami's,
            // though the Japanese one took 22 hours)
            let context_of = |k: usize| window().any(|h| h.role == Role::Context(k));
            let own_context = context_of(subject);
            let other = |g: &Hit| {
                g.role.named().filter(|&k| {
                    k != subject
                        && (!own_context || context_of(k))
                        && from <= g.span.start
                        && g.span.end <= to
                        && window().any(|o| o.span == g.span && o.role.named() == Some(subject))
                        // (not a word of a longer name: "fire" in "Camp Fire")
                        && !window().any(|o| {
                            o.role.named().is_some()
                                && o.span.start <= g.span.start
                                && g.span.end <= o.span.end
                                && o.span.len() > g.span.len()
                        })
                })
            };
            let borne_out_by = |k: usize| {
                rules.facts_of[k].iter().any(|&o| {
                    let of = &rules.facts[o];
                    of.kind == kind
                        && window().any(|c| c.span == *cue && c.role == Role::Cue(o))
                        && of
                            .value
                            .as_ref()
                            .is_some_and(|v| value.interval.gap(&v.interval) <= of.tolerance)
                })
            };
            if window().filter_map(other).any(borne_out_by) {
                continue;
            }
        }
        let mut value = value.clone();
        // a year-less date may be in the year its paragraph last wrote.
        // (One other reading is kept: the two of the article's years,
        // joined, where the paragraph's is one of them or next to them; the
        // paragraph's alone where it is further off. Joined across decades,
        // "By the time Hendrix took the stage on 17 August", after "In
        // 1969", in an article of 2024, would be any day between.)
        if year_implied(&r.mention.expr)
            && let Some(iv) = narrative_reading(doc, mentions, mi, &value)
        {
            value.alt = Some(match value.alt {
                Some(a) if a.hull(&value.interval).gap(&iv) <= crate::value::YEAR_DAYS => {
                    a.hull(&iv)
                }
                _ => iv,
            });
        }
        // and in the year of the fact it claims, where that fits better
        let f = &rules.facts[fact];
        // a duration a hundred times as long or as short as the fact's is
        // another span of time, whatever its cue: "the fastest time by an
        // Irish junior in more than 20 years" is no mile run in four
        // minutes
        // (and a count ten thousand times as large or as small as the
        // fact's counts other things: "customers had downloaded 1 billion
        // apps" against the 500 apps the store opened with)
        let apart = match kind {
            Kind::Duration => Some(100.0),
            Kind::Count => Some(10_000.0),
            _ => None,
        };
        let beyond = |times: f64, fv: &Value| {
            value.interval.hi * times < fv.interval.lo || fv.interval.hi * times < value.interval.lo
        };
        if let Some(times) = apart
            && let Some(fv) = &f.value
            && beyond(times, fv)
        {
            continue;
        }
        // a count a hundred times as large or as small as the fact's, not a
        // slip of the unit, most likely counts other things, and a date
        // that writes its year and shares no part with the fact's, years
        // away, most likely dates another event; either may still be the
        // subject's, confused with another's: read loosely
        // ([`Loose::FarFromFact`])
        let far = f.value.as_ref().is_some_and(|fv| match kind {
            Kind::Count => {
                beyond(COUNTS_APART, fv)
                    && !slip_of_unit(&value.interval, &fv.interval, f.tolerance)
            }
            Kind::Date => {
                matches!(
                    r.mention.relation,
                    Relation::None | Relation::In | Relation::On
                ) && writes_its_year(&r.mention.expr)
                    && shares_no_part(&value, &fv.interval)
            }
            _ => false,
        });
        if year_implied(&r.mention.expr)
            && let Some(fv) = &f.value
            && let Some(iv) = fact_year_reading(doc, r, &value, &fv.interval, f.tolerance)
        {
            value.alt = Some(iv);
        }
        // an ordinal day alone can contradict the fact's day, not its
        // month: it is read in the month of the fact that comes nearest
        if is_bare_day(&r.mention.expr)
            && let Some(fv) = &f.value
            && let Some(iv) = day_nearest(&r.mention.expr, &fv.interval)
        {
            value.interval = iv;
            value.alt = None;
        }
        // a weekday alone ("on Friday morning") is read loosely, a week
        // either side of the article's day, which may not be the day it
        // was written; but it is that weekday: it is read as the one of
        // its window nearest the fact's days, and so can contradict a
        // fact's day ("the earthquake struck on Friday morning" of a
        // Saturday's quake)
        let mut loose = None;
        if let Some(fv) = &f.value
            && let Some(iv) = weekday_nearest(&r.mention.expr, &value, &fv.interval)
        {
            value.interval = iv;
            value.alt = None;
            loose = Some(Loose::Weekday);
        }
        if loose.is_none() && far {
            loose = Some(Loose::FarFromFact);
        }
        // a subject the sentence names only by a generic name whose one
        // context word is inside the figure checked ("the national
        // constitutional referendum of 4 December 2016", against the EU
        // referendum of 2016) is named by the figure itself: the sentence
        // may be about another of its kind, and is read loosely
        if loose.is_none()
            && named_by_its_figure(sentence_hits, &sentence.span, span, f.subject, &names)
        {
            loose = Some(Loose::NamedByFigure);
        }
        // "thousands of people" is said of 33,500 as readily as of 3,000:
        // a vague plural bounds its amount from below only
        if kind == Kind::Count && vague_plural(&text[span.clone()]) {
            value.interval.hi = f64::INFINITY;
        }
        // "by 1 January 2024", "before 2025", "after 2020" bound the date:
        // it is on or before, or on or after, the date written
        if kind == Kind::Date {
            // "circa 2013", "c. 1450": as far again as the date is long
            // either side of it
            if after_circa(text, span.start) {
                let g = value.granularity;
                value.interval = widened(value.interval, g);
                value.alt = value.alt.map(|iv| widened(iv, g));
            }
            let relation = r.mention.relation;
            value.interval = bounded(value.interval, relation);
            value.alt = value.alt.map(|iv| bounded(iv, relation));
            // "more than 275 years ago": then or any time before
            if let Expr::Date(d) = &r.mention.expr
                && let DateBase::Ago { at_least: true, .. } = d.base
            {
                value.interval.lo = f64::NEG_INFINITY;
                value.alt = None;
            }
            // "four months ago" is said of a day three and a half to four
            // and a half months before the article as readily as of the
            // month it names: half its unit either side of the day so many
            // units back ("since the Estonia went down four months ago", of
            // 28 September 1994, in an article of 3 February 1995)
            if let Expr::Date(d) = &r.mention.expr
                && let DateBase::Ago {
                    n,
                    unit,
                    at_least: false,
                } = d.base
                && let Some(dct) = doc.date
                && let Some(days) = match unit {
                    crate::extract::Unit::Week => Some(7.0),
                    crate::extract::Unit::Month => Some(30.44),
                    // (years are counted by the calendar: "four years ago"
                    // in 2024 is 2020, as the rules README has it)
                    _ => None,
                }
            {
                let back = crate::value::day_number(dct) as f64 - f64::from(n) * days;
                let about = crate::value::Interval::new(
                    (back - days / 2.0).floor(),
                    (back + days / 2.0).ceil(),
                );
                value.interval = value.interval.hull(&about);
            }
        }
        // quotations may run across sentences, not across paragraphs: read
        // from the paragraph's first sentence. (A paragraph that starts
        // further back than a long quotation runs is no prose, a list or a
        // page of one line: read as not quoted, so that a claim costs a
        // bounded read.)
        let reach = span.start.saturating_sub(QUOTATION_REACH);
        let mut from = Some(sentence.span.start).filter(|&f| f >= reach);
        for o in doc.sentences[..s].iter().rev() {
            if from.is_none() || o.paragraph != sentence.paragraph {
                break;
            }
            from = Some(o.span.start).filter(|&f| f >= reach);
        }
        let quoted = from.is_some_and(|from| {
            crate::text::in_quotation(&text[from..sentence.span.end], span.start - from)
        }) || disputed(text, &sentence.span, span);
        claims.push(Claim {
            mention: mi,
            fact,
            value,
            quoted,
            loose,
            money: kind.is_amount() && signed_as_money(text, span),
        });
    }
    two_things(&mut claims, mentions, rules);
    claims
}

/// Why a claim is read loosely ([`Claim::loose`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loose {
    /// Read from a weekday alone ("on Friday"): the day the article was
    /// written may not be its date, nor the week the one the text means.
    Weekday,
    /// Its subject is named only by a generic name whose context word is
    /// inside the claim ("the referendum of 4 December 2016"): the text may
    /// be about another of the kind.
    NamedByFigure,
    /// Far from the fact's value: a count a hundred times as large or as
    /// small, not a slip of the unit ([`COUNTS_APART`]), or a date that
    /// writes its year and shares no part with the fact's, years away
    /// ([`shares_no_part`]). A wrong figure keeps near the right one; this
    /// one is most likely another thing's, which the sentence's words bound
    /// to this fact, and may be the subject's, confused with another's.
    FarFromFact,
}

/// Whether subject `sk` is named in a sentence (`hits` of it, ending
/// before `sentence.end`) by a generic name and a context word inside the
/// mention at `span` alone: no alias of it, and no context word outside
/// the mention.
fn named_by_its_figure(
    hits: &[Hit],
    sentence: &Range<usize>,
    span: &Range<usize>,
    sk: usize,
    names: &Names<'_>,
) -> bool {
    let hits = || hits.iter().filter(|h| h.span.end <= sentence.end);
    let inside = |h: &Hit| span.start <= h.span.start && h.span.end <= span.end;
    let mut generic = false;
    let mut within = false;
    for h in hits() {
        match h.role {
            Role::Alias(k) if k == sk && !names.names_nothing(h) => return false,
            Role::Generic(k) if k == sk && !names.names_nothing(h) => generic = true,
            Role::Context(k) if k == sk => {
                if !inside(h) {
                    return false;
                }
                within = true;
            }
            _ => {}
        }
    }
    generic && within
}

/// Whether a count's text is a vague plural ("thousands", "tens of
/// thousands", "hundreds"): a number in words with no digit, ending in a
/// plural of a round unit.
fn vague_plural(mention: &str) -> bool {
    !mention.bytes().any(|b| b.is_ascii_digit())
        && crate::text::words(mention).last().is_some_and(|(_, w)| {
            crate::extract::quantity::VAGUE_PLURALS
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
}

/// Drops a count the fact does not bear out where another count claimed
/// for the same fact in the same sentence is borne out: two counts of one
/// fact in one sentence are two things' ("A 7.8-magnitude earthquake
/// struck on 6 February, and a 7.5-magnitude quake hit the same region
/// hours later"), and the text says which is the fact's. Nor is a count
/// checked that lies below another of the same fact in its sentence: it is
/// a part of that whole. (Two dates of one
/// fact in a sentence are more often one thing, dated twice and once
/// wrongly: "the 2022 blockade, which started on 12 December 2021".)
fn two_things(claims: &mut Vec<Claim>, mentions: &[Resolved], rules: &RuleSet) {
    let borne_out = |c: &Claim| {
        let f = &rules.facts[c.fact];
        f.value
            .as_ref()
            .is_some_and(|v| c.value.gap(&v.interval) <= f.tolerance)
    };
    let is_amount = |c: &Claim| rules.facts[c.fact].kind.is_amount();
    let sentence = |c: &Claim| mentions[c.mention].sentence;
    // claims come in the order of their mentions, so a sentence's are
    // next to each other
    let mut drop = vec![false; claims.len()];
    let mut from = 0;
    while from < claims.len() {
        let to = from
            + claims[from..]
                .iter()
                .take_while(|c| sentence(c) == sentence(&claims[from]))
                .count();
        let group = &claims[from..to];
        for (k, c) in group.iter().enumerate() {
            // nor is one below another of the same fact checked: it counts
            // a part ("the Committee's eight members … four policymakers
            // voted to hold"), the other the whole
            drop[from + k] = is_amount(c)
                && !borne_out(c)
                && group.iter().any(|o| {
                    o.fact == c.fact && (borne_out(o) || c.value.interval.hi < o.value.interval.lo)
                });
        }
        from = to;
    }
    let mut dropped = drop.into_iter();
    claims.retain(|_| !dropped.next().unwrap_or(false));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A date that shares no part with the fact's, years away, dates
    /// another event; one that keeps a part of it, or lies near it, may be
    /// a wrong date and is still checked.
    #[test]
    fn shares_no_part_table() {
        use crate::value::Interval;
        use jiff::civil::date;
        let day = |y, m, d| Value::dates(date(y, m, d), date(y, m, d), Granularity::Day);
        let month = |y, m| {
            let first = date(y, m, 1);
            Value::dates(first, first.last_of_month(), Granularity::Month)
        };
        let year = |y| Value::dates(date(y, 1, 1), date(y, 12, 31), Granularity::Year);
        let on = |y, m, d| Interval::days(date(y, m, d), date(y, m, d));
        for (value, fact, no_part) in [
            // every part differs, 19 years away
            (day(1934, 7, 18), on(1915, 6, 15), true),
            (month(1934, 7), on(1915, 6, 15), true),
            // the day and the month right, the year wrong: a slip
            (day(1934, 6, 15), on(1915, 6, 15), false),
            (month(1934, 6), on(1915, 6, 15), false),
            // the day right
            (day(1934, 7, 15), on(1915, 6, 15), false),
            // every part differs, but within two years
            (day(2018, 12, 31), on(2019, 1, 1), false),
            (day(1916, 7, 18), on(1915, 6, 15), false),
            (day(1917, 7, 18), on(1915, 6, 15), true),
            // a year alone: a slip of a digit is as likely as another event
            (year(1934), on(1915, 6, 15), false),
            // a fact of a stretch of days: its months and days all count
            (
                day(1999, 3, 24),
                Interval::days(date(2003, 8, 1), date(2003, 8, 20)),
                true,
            ),
            (
                day(1999, 8, 24),
                Interval::days(date(2003, 8, 1), date(2003, 8, 20)),
                false,
            ),
            (
                day(1999, 3, 10),
                Interval::days(date(2003, 8, 1), date(2003, 8, 20)),
                false,
            ),
            // a fact of more than a year has every month
            (
                month(1990, 4),
                Interval::days(date(1995, 1, 1), date(1996, 6, 30)),
                false,
            ),
        ] {
            assert_eq!(shares_no_part(&value, &fact), no_part, "{value:?} {fact:?}");
        }
        // a date whose year the text leaves out has a second reading
        let mut implied = day(1934, 7, 18);
        implied.alt = Some(on(1915, 7, 18));
        assert!(!shares_no_part(&implied, &on(1915, 6, 15)));
    }

    /// Where a mention's clause begins: after a mark, or at a word that
    /// joins clauses; "then" after a short subject is an adverb.
    #[test]
    fn clause_around_table() {
        for (text, mention, clause) in [
            (
                "Dorian then stalled for nearly five days over Grand Bahama.",
                "nearly five days",
                "Dorian then stalled for nearly five days over Grand Bahama.",
            ),
            (
                "The storm then stalled for two days.",
                "two days",
                "The storm then stalled for two days.",
            ),
            (
                "He arrived in 2020 then left in 2023.",
                "2023",
                "then left in 2023.",
            ),
            (
                "The talks failed, and the war began in 2020.",
                "2020",
                "and the war began in 2020.",
            ),
        ] {
            let start = text.find(mention).unwrap();
            let span = start..start + mention.len();
            let got = clause_around(text, &span, &(0..text.len()));
            assert_eq!(&text[got], clause, "{text:?}");
        }
    }

    /// What the article reports as another's claim, and does not assert.
    #[test]
    fn disputed_table() {
        for (text, mention, disputed_) in [
            (
                "One widely shared post says the withdrawal was completed on 29 May; in fact, the last of them left on 12 June.",
                "29 May",
                true,
            ),
            (
                "One widely shared post says the withdrawal was completed on 29 May; in fact, the last of them left on 12 June.",
                "12 June",
                false,
            ),
            (
                "The post says it ended on 29 May, but in fact it was 12 June.",
                "29 May",
                true,
            ),
            (
                "A letter repeated the claim that they spent an hour on the summit.",
                "an hour",
                true,
            ),
            (
                "The myth that the war lasted two months persists.",
                "two months",
                true,
            ),
            (
                "The ministry said the withdrawal was completed on 12 June.",
                "12 June",
                false,
            ),
            (
                "The withdrawal was completed on 12 June; in fact, it began in April.",
                "12 June",
                false,
            ),
        ] {
            let start = text.find(mention).unwrap();
            let span = start..start + mention.len();
            assert_eq!(
                disputed(text, &(0..text.len()), &span),
                disputed_,
                "{text:?} at {mention:?}"
            );
        }
    }

    /// Which amounts are money: a sign in or before the amount, a
    /// currency's code before it, or its name after it.
    #[test]
    fn signed_as_money_table() {
        let rows: &[(&str, &str, bool)] = &[
            ("cost $15.4 billion", "15.4 billion", true),
            ("about €2bn in all", "€2bn", true),
            (
                "for sixty-two million dollars in food",
                "sixty-two million",
                true,
            ),
            (
                "fifty-three million dollars' worth",
                "fifty-three million",
                true,
            ),
            ("cost 12.2 billion Swiss francs", "12.2 billion", true),
            ("raised 40 million Hong Kong dollars", "40 million", true),
            ("totalled RMB 6.866 billion", "RMB 6.866 billion", true),
            ("spent CHF 40 million on repairs", "40 million", true),
            ("62 million people", "62 million", false),
            ("62 million Swiss voters", "62 million", false),
            ("62 million. Dollars were scarce", "62 million", false),
            ("the ECHF 40 million", "40 million", false),
            ("in GBP-5 000", "5", false),
        ];
        for &(text, amount, money) in rows {
            let start = text.find(amount).unwrap();
            let span = start..start + amount.len();
            assert_eq!(signed_as_money(text, &span), money, "{text:?}");
        }
    }
}
