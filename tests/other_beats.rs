//! A newsroom with another beat writes its own YAML: three hundred and fourteen packs in
//! `tests/fixtures/packs/`, each with articles written for it that hold true
//! claims, paraphrases and planted errors. `jwst` (the James Webb Space
//! Telescope) is dates and counts of one subject; `uk-election` (the UK
//! general election of 2024) has several subjects that share their cues, and
//! no dated facts for most of them; `worldcup` (the 2022 World Cup) has a
//! tournament and its final, which share names, and counts written after
//! the noun they measure ("a crowd of 88,966"); `quake` (the earthquakes
//! of February 2023 in Türkiye and Syria) has names outside ASCII, a
//! magnitude with a tolerance, and numbers joined to their cue ("a
//! 7.6-magnitude earthquake"); `anniversaries` (the Brexit referendum,
//! the Paris Agreement, Hurricane Katrina) has percentages as facts and
//! wire datelines; `wrapped` (Apollo 11, the Fukushima disaster, the Twitter
//! takeover) is hard-wrapped text, in plain text and Markdown; `notre-dame`
//! (the cathedral's fire and reopening) has a fact whose value is a span of
//! two days and weekdays in apposition. Five were written blind, pack and
//! articles, by writers who had read only the format's documentation and
//! had not run the checker, with the errors they planted listed in the
//! pack's `expected.md`: `brexit` (a loose generic name, "vote", whose
//! false alarms are pinned as such), `tohoku`, `suez`, `berlin` and `boe`;
//! and six more, scored before anything was changed for them: `tokyo`
//! (the Games of 2021 named "Tokyo 2020"), `miners` (the Copiapó rescue of
//! 2010), `katrina` (Hurricane Katrina), `queen` (the death of Elizabeth
//! II), `fed` (the Federal Reserve's hikes of 2022–23, percentages and
//! basis points) and `mh370` (the lost flight); and seven more scored the
//! same way: `thaicave` (the Tham Luang rescue), `grenfell` (the tower
//! fire and its inquiry), `beirut` (the port explosion), `apollo` (Apollo
//! 11, dates of 1969), `hongkong` (the handover and the protests, two
//! subjects that share generic names), `chernobyl` and `tsunami` (the
//! Indian Ocean, 2004); and later rounds of four sets each, the last
//! `sandy`, `nepal` and `concordia`, then `eyja` (Eyjafjallajökull, 2010),
//! `max` (the Boeing 737 MAX) and `harvey` (Hurricane Harvey), written with
//! no-break spaces inside figures and dates, tables, lists and figures in
//! subheads, and `titanic`, `uri` (Texas, February 2021) and `genoa` (the
//! Morandi bridge), with ordinal dates, parts of periods and events that
//! share their verbs, then `apollo13`, `christchurch` and `campfire`, mixing
//! every form; and so on, three packs a round beside Karabakh drafts, to
//! round 22's `bhopal`, `piperalpha` and `tenerife` (chained relative dates,
//! US-style dates, times across midnight, tolls revised over time) and
//! round 23's `aberfan`, `pinatubo` and `andrew` (a Q&A, captions, ranges,
//! fractions of totals, ordinal dates) and round 24's `lockerbie`,
//! `estonia` and `sampoong` (live blogs, tables, numbers in words,
//! correction notes), and round 25's `enron`, `rosetta` and `goodfriday`
//! (business, science and politics: fiscal quarters, obituaries, press
//! releases, sidebars of key numbers), and round 26's `genome`, `leicester`
//! and `mandela` (sport, science and biography: interviews, scores, odds,
//! anniversaries), and round 27's `blackmonday`, `bannister`, `brumadinho`
//! and `hudson` (markets, records and disasters abroad: index points,
//! times such as "3:59.4", accents, cubic metres, reais), and round 28's
//! `nuremberg`, `smallpox`, `iphone` and `indiavote` (law, medicine,
//! technology and elections: sentences, US-style dates, a Q&A, prices,
//! turnout and seats), and round 29's `voyager`, `santiago`, `heatwave`
//! and `istanbul` (space, transport, climate and sport: distances,
//! speeds, temperatures, "Key facts:" boxes), and round 30's `abbeyroad`,
//! `kodak`, `flint` and `utoya` (culture, business and public health:
//! running times, Chapter 11, settlements, an Editor's note). Nothing
//! here is tied to the bundled
//! Karabakh pack, so a rule of binding that only works for it shows up here.
//!
//! Each test after the two whole-pack ones is a regression found with these
//! packs, named after what it guards, on a text of a line or two: the
//! sentence that went wrong, and the one beside it that must still be caught.

mod common;

use claimlint::document::{Document, Format};
use claimlint::rules::{self, RuleSet};
use common::{describe, documents, path_of, root, text_of};

fn pack(name: &str) -> RuleSet {
    let path = format!("tests/fixtures/packs/{name}/{name}.yaml");
    let text = std::fs::read_to_string(root().join(&path)).expect("the pack is readable");
    rules::load(&[(path.clone(), text)]).unwrap_or_else(|e| panic!("{path}: {e:?}"))
}

/// `(file name, code, text)` of every finding, in report order.
fn found(report: &claimlint::Report) -> Vec<(String, &'static str, String)> {
    report
        .findings
        .iter()
        .map(|f| {
            let path = path_of(report, f);
            let name = path.rsplit('/').next().unwrap_or(path).to_string();
            (name, f.code, text_of(report, f).to_string())
        })
        .collect()
}

fn owned(rows: &[(&str, &'static str, &str)]) -> Vec<(String, &'static str, String)> {
    rows.iter()
        .map(|(f, c, t)| (f.to_string(), *c, t.to_string()))
        .collect()
}

fn text_doc(name: &str, text: &str) -> Document {
    Document::new(name, text.to_string(), Format::Text, None)
}

/// The findings of one text, dated by its own dateline.
fn check_text(rules: &RuleSet, text: &str) -> Vec<(String, &'static str, String)> {
    check_doc(rules, text_doc("t.txt", text))
}

/// The findings of one Markdown text (`t.md`), dated by its front matter.
fn check_markdown(rules: &RuleSet, text: &str) -> Vec<(String, &'static str, String)> {
    check_doc(
        rules,
        Document::new("t.md", text.to_string(), Format::Markdown, None),
    )
}

fn check_doc(rules: &RuleSet, doc: Document) -> Vec<(String, &'static str, String)> {
    let report = claimlint::check(vec![doc], rules);
    let got = found(&report);
    eprintln!("{}", describe(&report, &report.findings));
    got
}

/// Checks the articles of pack `name` (`tests/fixtures/packs/<name>/articles`)
/// with its rules, and asserts that the findings are `expected`, as (file
/// name, code, text), in report order.
fn assert_pack_finds(name: &str, expected: &[(&str, &'static str, &str)]) {
    let rules = pack(name);
    let dir = format!("tests/fixtures/packs/{name}/articles");
    let report = claimlint::check(documents(&dir), &rules);
    assert_eq!(
        found(&report),
        owned(expected),
        "{}",
        describe(&report, &report.findings)
    );
}

#[test]
fn jwst_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "jwst",
        &[
            // "its sunshield, which has four layers"
            ("a2.md", "fact-mismatch", "four"),
            ("a2.md", "inconsistent", "four"),
            (
                "a3.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("a3.txt", "acronym-mismatch", "STSI"),
            // a launch dated the day before it happened
            ("a4.txt", "fact-mismatch", "December 24, 2021"),
            ("a4.txt", "inconsistent", "December 24, 2021"),
            ("a4.txt", "fact-mismatch", "21"),
            // 21 segments in a4 against 18 in a5: the rule says 18, so the 21
            // is the one out of line
            ("a4.txt", "inconsistent", "21"),
        ],
    );
}

#[test]
fn worldcup_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "worldcup",
        &[
            // a day late, against the rule and the two other articles
            ("a2-errors.txt", "fact-mismatch", "21 November 2022"),
            ("a2-errors.txt", "inconsistent", "21 November 2022"),
            ("a2-errors.txt", "fact-mismatch", "9"),
            ("a2-errors.txt", "inconsistent", "9"),
            // the right name begins with this wrong one: a1 writes it right
            (
                "a2-errors.txt",
                "wrong-name",
                "Union of European Football Association",
            ),
            // "a crowd of 98,966": the count measures the noun before it
            ("a4-measures.txt", "fact-mismatch", "98,966"),
            ("a4-measures.txt", "inconsistent", "98,966"),
            ("a4-measures.txt", "fact-mismatch", "30 days"),
            // and not the 2018 final, in a5-previous.txt, in a sentence
            // that only continues one about the 2022 final
        ],
    );
}

#[test]
fn quake_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "quake",
        &[
            // "The 7.6-magnitude Kahramanmaraş earthquake": a number joined to
            // its cue; the article's later 7.8 is right
            ("e2.md", "fact-mismatch", "7.6"),
            ("e2.md", "inconsistent", "7.6"),
            ("e2.md", "fact-mismatch", "7 February 2023"),
            (
                "e2.md",
                "wrong-name",
                "Office for the Co-ordination of Humanitarian Affair",
            ),
            // and not the 7.5 of "a 7.5-magnitude quake hit the same region nine
            // hours later", a second shock beside the 7.8 of the first
        ],
    );
}

#[test]
fn anniversaries_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "anniversaries",
        &[
            // "ended on 31 December 2021" in an article of January 2021: a
            // past event dated after the article (its cue is too far to bind)
            ("b1.md", "anachronism", "31 December 2021"),
            // percentages: a vote share and a turnout; the article's "fallen
            // 8 per cent" is a change, and its "51.9 per cent" is right
            ("b1.md", "fact-mismatch", "53.2 per cent"),
            ("b1.md", "inconsistent", "53.2 per cent"),
            ("b2.txt", "fact-mismatch", "23 July 2016"),
            ("b2.txt", "inconsistent", "23 July 2016"),
            // in the dateline's sentence: neither its place ("LONDON", an
            // exclusion word of the vote share) nor its year rules it out
            ("b2.txt", "fact-mismatch", "75%"),
            ("b2.txt", "inconsistent", "75%"),
            ("k1.txt", "fact-mismatch", "Sunday, 28 August 2005"),
            ("k1.txt", "inconsistent", "Sunday, 28 August 2005"),
            ("k1.txt", "fact-mismatch", "more than 1,800"),
            (
                "k1.txt",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            // and not "its withdrawal from the accord took effect on 4
            // November 2020" (the United States', not the treaty's), nor
            // "signed … by 175 countries"
            ("p1.md", "fact-mismatch", "November 2017"),
        ],
    );
}

#[test]
fn wrapped_the_planted_errors_are_found_and_nothing_else() {
    // hard-wrapped wire copy and Markdown: names, cues and dates broken
    // across lines, plans, additions and other events' dates beside the
    // facts'
    assert_pack_finds(
        "wrapped",
        &[
            ("a2.txt", "fact-mismatch", "21 July 1969"),
            // the name broken across two lines of a wrapped plain text
            (
                "a3.txt",
                "wrong-name",
                "International Atomic Energy\nAuthority",
            ),
            ("a4.md", "fact-mismatch", "11 March 2012"),
            ("a4.md", "inconsistent", "11 March 2012"),
            // and not "had been scheduled to close on 28 October 2022" in
            // a5.txt (a plan for what had happened when it was written),
            // nor Tesla's share sale of 28 October 2022 in b2.txt
            ("a6.md", "fact-mismatch", "23 July 2022"),
            ("a6.md", "inconsistent", "23 July 2022"),
            ("a6.md", "fact-mismatch", "Friday, 28 October 2022"),
            ("a6.md", "inconsistent", "Friday, 28 October 2022"),
        ],
    );
}

#[test]
fn notre_dame_the_planted_errors_are_found_and_nothing_else() {
    // a fire dated a day late, and a weekday in apposition that does not
    // match its date; silent on the reopening's two days (the ceremony and
    // the public's first day, a span in the rule) and on counts in
    // sentences that name no subject ("More than 400,000 donors gave over
    // 1 billion euros" after "The restoration has taken…", a generic name
    // with no context word). "Saturday, 8 December" (a Sunday) in n2.txt
    // writes no year, and is left alone by design.
    assert_pack_finds(
        "notre-dame",
        &[
            ("n2.txt", "fact-mismatch", "16 April 2019"),
            ("n2.txt", "inconsistent", "16 April 2019"),
            ("n4.txt", "weekday-mismatch", "15 April 2019 — a Tuesday"),
        ],
    );
}

/// A sentence that names no subject and continues the one before, dated
/// more than a year from every fact of the subject, is about another time:
/// its dates claim nothing. A sentence that names the subject is checked as
/// written, however far its date.
#[test]
fn a_continuing_sentence_dated_far_from_the_subject_claims_no_date() {
    let rules = pack("worldcup");
    let quiet = "Mbappé scored a hat-trick in the final at Lusail. France had won the previous tournament, in Russia in 2018, beating Croatia 4-2 in Moscow on 15 July.";
    assert_eq!(check_text(&rules, quiet), []);
    let named = "In 2018, Argentina beat France in the World Cup final.";
    assert_eq!(
        check_text(&rules, named),
        [("t.txt".to_string(), "fact-mismatch", "2018".to_string())]
    );
}

/// A noun linked to its amount by a verb across a short phrase is what the
/// amount measures: "The cost of the JWST programme reached $20 billion"
/// (round 22's "Settlements for the Tenerife disaster totalled $210
/// million"); before, only the link itself could stand between them.
#[test]
fn a_noun_linked_to_its_amount_across_a_phrase_is_measured() {
    let rules = pack("jwst");
    assert_eq!(
        check_text(
            &rules,
            "The cost of the JWST programme reached $20 billion."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "20 billion".to_string()
        )]
    );
    assert_eq!(
        check_text(
            &rules,
            "The cost of the JWST programme reached $10 billion."
        ),
        []
    );
}

/// A year in a clause after the mention, joined by a comma and "and" or
/// "but", does not date it (round 22's "Piper Alpha left an insured loss
/// of about $400 million, and Occidental eventually sold its North Sea
/// business … in 1991"); in the mention's own clause it still does.
#[test]
fn a_year_in_a_later_clause_does_not_date_the_mention() {
    let rules = pack("jwst");
    assert_eq!(
        check_text(
            &rules,
            "The JWST programme cost $20 billion, and NASA began work on its successor in 2030."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "20 billion".to_string()
        )]
    );
    assert_eq!(
        check_text(
            &rules,
            "The JWST programme cost $20 billion when NASA began work on its successor in 2030."
        ),
        []
    );
}

/// A count in a sentence that names no subject is the one before's where
/// the sentence refers back to it, by "he", "his", "she" or "her" as by
/// "it" or "its" (round 22's "Lord Cullen's conclusions were devastating.
/// His report, published in November 1990, made 86 recommendations"; a
/// ship is "she").
#[test]
fn a_personal_pronoun_refers_back_for_a_count() {
    let rules = pack("concordia");
    assert_eq!(
        check_text(
            &rules,
            "The Costa Concordia left Civitavecchia on 13 January 2012. She carried 4,206 passengers."
        ),
        [("t.txt".to_string(), "fact-mismatch", "4,206".to_string())]
    );
    assert_eq!(
        check_text(
            &rules,
            "The Costa Concordia left Civitavecchia on 13 January 2012. She carried 3,206 passengers."
        ),
        []
    );
}

/// A generic name inside a proper name of its subject ("plant" in "the
/// Union Carbide plant") is that proper name: it cues the subject's one
/// fact only where the date modifies it, not anywhere near (round 22's
/// "the gas began to escape from the Union Carbide plant in the early
/// hours of Tuesday, 3 December 1984" was read as the plant's opening).
#[test]
fn a_generic_name_inside_a_proper_one_is_the_proper_name() {
    let rules = pack("bhopal");
    assert_eq!(
        check_text(
            &rules,
            "Workers at the Union Carbide plant were asleep on 3 December 1984."
        ),
        []
    );
    // a cue still dates it
    assert_eq!(
        check_text(&rules, "The Union Carbide plant opened in 1979."),
        [("t.txt".to_string(), "fact-mismatch", "1979".to_string())]
    );
}

/// A pronoun that begins a sentence stands for what the one before named,
/// a subject that sentence excludes too, through its first clause (round
/// 23's "Hurricane Katrina makes landfall in Louisiana. It kills more than
/// 1,800 people and causes about $125 billion in damage, overtaking
/// Andrew", read as Andrew's toll and damage).
#[test]
fn a_pronoun_carries_the_exclusion_of_the_sentence_before() {
    let rules = pack("katrina");
    let check =
        |body: &str| check_text(&rules, &format!("NEW ORLEANS, 29 August 2017 —\n{body}\n"));
    assert_eq!(
        check(
            "Hurricane Harvey struck Texas in August. It caused 68 deaths and more flooding than Katrina."
        ),
        []
    );
    // after its first clause, the sentence speaks of what it names
    assert_eq!(
        check(
            "Hurricane Harvey struck Texas in August. It was wetter, and Katrina caused 68 deaths."
        ),
        [("t.txt".to_string(), "fact-mismatch", "68".to_string())]
    );
}

/// A cue alone in brackets is a label, no verb of its sentence (round 23's
/// caption "The summit seen from Clark in 1990 (left) and in 1992
/// (right)", where "left" cues the evacuation of a base in a pack).
#[test]
fn a_cue_alone_in_brackets_is_a_label() {
    let rules = pack("wrapped");
    let check = |body: &str| check_text(&rules, &format!("HOUSTON, 16 July 2019 —\n{body}\n"));
    assert_eq!(
        check("Apollo 11 on the pad in 1968 (launched) and in 1969."),
        []
    );
    assert_eq!(
        check("Apollo 11 launched in 1968."),
        [("t.txt".to_string(), "fact-mismatch", "1968".to_string())]
    );
}

/// Money written with its sign right after a cue is what the cue says:
/// "cost about $10 billion" (the sign says what is counted; before, only a
/// noun after the amount, "12 billion dollars", could cue it). "$10bn and
/// 18 segments" is two numbers, not ten billion and eighteen.
#[test]
fn money_with_its_sign_right_after_a_cue_is_a_claim() {
    let rules = pack("jwst");
    assert_eq!(
        check_text(
            &rules,
            "The James Webb Space Telescope cost about $10 billion."
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            "The James Webb Space Telescope cost about $20 billion."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "about $20 billion".to_string()
        )]
    );
    assert_eq!(
        check_text(
            &rules,
            "The James Webb Space Telescope cost $10bn and has 18 mirror segments."
        ),
        []
    );
}

#[test]
fn a_percentage_is_a_claim_about_a_percent_fact_only_as_a_level() {
    let rules = pack("anniversaries");
    for (text, want) in [
        (
            "In the Brexit referendum, Leave won 53.2% of the vote.",
            Some("53.2%"),
        ),
        ("The Brexit referendum saw a 75.2% turnout.", Some("75.2%")),
        ("Brexit: turnout was 75.2 per cent.", Some("75.2 per cent")),
        // right, and right as a range of readings
        (
            "In the Brexit referendum, Leave won 51.9% of the vote.",
            None,
        ),
        (
            "Leave won the Brexit referendum with about 52% of votes.",
            None,
        ),
        (
            "In the Brexit referendum, Leave won 53.9 pct of the vote.",
            Some("53.9 pct"),
        ),
        // a range with an en dash (whose bytes once split a test of the
        // span's last letters)
        (
            "In the Brexit referendum, Leave won 19–20% of the vote.",
            Some("19–20%"),
        ),
        (
            "In the Brexit referendum, Leave won 51–52% of the vote.",
            None,
        ),
        // a change ("+3%": up 3%) is not a level, nor a difference in points
        ("In the Brexit referendum, Leave won +3% of the vote.", None),
        (
            "In the Brexit referendum, Leave led by 3.8 percentage points of the vote.",
            None,
        ),
        // a count is not a percentage, nor a percentage a count
        (
            "In the Brexit referendum, Leave won 53,200 of the votes.",
            None,
        ),
    ] {
        let want: Vec<_> = want
            .map(|w| ("t.txt".to_string(), "fact-mismatch", w.to_string()))
            .into_iter()
            .collect();
        assert_eq!(check_text(&rules, text), want, "{text}");
    }
}

#[test]
fn an_amount_foreseen_needed_or_of_a_part_is_no_claim() {
    let rules = pack("uk-election");
    for body in [
        "Labour was expected to win 450 seats.",
        "Labour was projected to take 450 seats.",
        "Labour needs 326 seats for a majority.",
        "Labour could win 450 seats.",
    ] {
        assert_eq!(check_text(&rules, body), [], "{body}");
    }
    assert_eq!(
        check_text(&rules, "Labour won 450 seats."),
        owned(&[("t.txt", "fact-mismatch", "450")])
    );
    let rules = pack("anniversaries");
    for body in [
        "Among young voters, Leave won 27% of the vote in the EU referendum.",
        "Leave won 27% of the vote among young voters in the EU referendum.",
        "Leave was expected to win 45% of the vote in the EU referendum.",
    ] {
        assert_eq!(check_text(&rules, body), [], "{body}");
    }
    assert_eq!(
        check_text(&rules, "Leave won 27% of the vote in the EU referendum."),
        owned(&[("t.txt", "fact-mismatch", "27%")])
    );
}

#[test]
fn a_datelines_place_and_year_rule_nothing_out() {
    let rules = pack("anniversaries");
    let body = "Leave won 53.2% of the vote in the EU referendum.";
    // "London" is an exclusion word of the vote share (a result in London is
    // not the country's), and 2026 lies far from every fact of Brexit
    for text in [
        format!("LONDON, 23 June 2026 — {body}"),
        format!("BRUSSELS, 23 June 2026 (Wire) — {body}"),
    ] {
        assert_eq!(
            check_text(&rules, &text),
            owned(&[("t.txt", "fact-mismatch", "53.2%")]),
            "{text}"
        );
    }
    // in the sentence itself, "London" still rules the sentence out
    assert_eq!(
        check_text(
            &rules,
            "BRUSSELS, 23 June 2026 — In London, Leave won 40% of the vote in the EU referendum."
        ),
        []
    );
}

#[test]
fn a_dateline_is_not_a_claim() {
    // a wire story dated the day after the launch it reports
    let text = "KOUROU, French Guiana, 26 December 2021 (Wire) — The James Webb \
                Space Telescope lifted off on Saturday aboard an Ariane 5 rocket.";
    let rules = pack("jwst");
    let report = claimlint::check(vec![text_doc("wire.txt", text)], &rules);
    assert_eq!(
        found(&report),
        [],
        "{}",
        describe(&report, &report.findings)
    );
    // the same date in the story's own words is a claim, and a wrong one
    let text = "KOUROU, French Guiana, 26 December 2021 (Wire) — The James Webb \
                Space Telescope launched on 26 December 2021 aboard an Ariane 5.";
    let report = claimlint::check(vec![text_doc("wire.txt", text)], &rules);
    assert_eq!(
        found(&report),
        [(
            "wire.txt".to_string(),
            "fact-mismatch",
            "26 December 2021".to_string()
        )],
        "{}",
        describe(&report, &report.findings)
    );
}

#[test]
fn a_cue_followed_by_its_own_date_is_that_dates() {
    // "launch" is Christmas Day's cue, not 24 January's
    // (the "arrived" is too far from the date to be its cue)
    let text = "25 January 2022\n\nThe James Webb Space Telescope arrived at its orbit \
                around the second Lagrange point, L2, on Monday, 24 January, a month after \
                its launch on Christmas Day.";
    let rules = pack("jwst");
    let report = claimlint::check(vec![text_doc("l2.txt", text)], &rules);
    assert_eq!(
        found(&report),
        [],
        "{}",
        describe(&report, &report.findings)
    );
    // with no date after the cue, the date before it is the launch's
    let text = "25 January 2022\n\nThe James Webb Space Telescope completed its launch \
                on Monday, 24 January.";
    let report = claimlint::check(vec![text_doc("l2.txt", text)], &rules);
    assert_eq!(
        found(&report),
        [(
            "l2.txt".to_string(),
            "fact-mismatch",
            "Monday, 24 January".to_string()
        )],
        "{}",
        describe(&report, &report.findings)
    );
}

#[test]
fn a_right_claim_is_not_reported_for_disagreeing_with_a_wrong_one() {
    let rules = pack("jwst");
    let docs = vec![
        text_doc("first.txt", "The Webb telescope's mirror has 21 segments."),
        text_doc("second.txt", "The Webb telescope's mirror has 18 segments."),
    ];
    let report = claimlint::check(docs, &rules);
    let inconsistent: Vec<_> = found(&report)
        .into_iter()
        .filter(|(_, code, _)| *code == "inconsistent")
        .collect();
    assert_eq!(
        inconsistent,
        [("first.txt".to_string(), "inconsistent", "21".to_string())],
        "{}",
        describe(&report, &report.findings)
    );
}

#[test]
fn uk_election_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "uk-election",
        &[
            // "Labour took 412 seats, while the Conservatives held just 121"
            // (one seat off: the claims' intervals touch, so it is no
            // inconsistency with the others' 411)
            ("u2.txt", "fact-mismatch", "412"),
            ("u2.txt", "inconsistent", "412"),
            ("u2.txt", "wrong-name", "Office of National Statistics"),
            // the election on the Wednesday before it, called a Thursday
            ("u4.md", "fact-mismatch", "Thursday, 3 July 2024"),
            ("u4.md", "inconsistent", "Thursday, 3 July 2024"),
            ("u4.md", "weekday-mismatch", "Thursday, 3 July 2024"),
        ],
    );
}

#[test]
fn a_wire_dateline_dates_the_article() {
    let rules = pack("uk-election");
    let text = "LONDON, 5 July 2024 (Wire) — Labour won. Its majority is the largest \
                since 1997, when Labour won 418 seats.";
    let report = claimlint::check(vec![text_doc("t.txt", text)], &rules);
    assert_eq!(
        report.analyses[0].document.date,
        Some(jiff::civil::date(2024, 7, 5))
    );
    // 1997 is far from the article's date: the count is of another time
    assert_eq!(found(&report), []);
}

#[test]
fn a_year_far_from_the_article_makes_a_count_of_another_time() {
    // the Conservatives have no dated fact: the article's date stands in
    let rules = pack("uk-election");
    let dated = |body: &str| format!("LONDON, 10 July 2024 — {body}");
    assert_eq!(
        check_text(&rules, &dated("In 2019 the Conservatives won 365 seats.")),
        []
    );
    assert_eq!(
        check_text(&rules, &dated("In 2024 the Conservatives won 365 seats.")),
        owned(&[("t.txt", "fact-mismatch", "365")])
    );
}

#[test]
fn a_subject_with_no_dated_fact_is_of_the_time_its_sources_are_dated_to_the_article() {
    // the scandal has no dated fact, and its name writes no year; its
    // counts' sources are dated 2015: a sentence of 2015 is of its time in
    // an article of 2025, one of 2009 is not
    let rules = pack("dieselgate");
    let dated = |body: &str| {
        format!(
            "BERLIN, 15 January 2025 — {body}\n\nVolkswagen declined to comment on the scandal.\n"
        )
    };
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "In September 2015, US regulators said the defeat device was \
                 fitted to 428,000 diesel cars in the United States."
            )
        ),
        owned(&[("t.txt", "fact-mismatch", "428,000")])
    );
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "In 2009, the defeat device was fitted to 428,000 diesel cars \
                 in the United States."
            )
        ),
        []
    );
}

#[test]
fn a_model_year_dates_nothing() {
    // "2009 to 2015 model years" name the cars' range, not the time of the
    // sentence, which stays the scandal's
    let rules = pack("dieselgate");
    let dated = |body: &str| {
        format!(
            "WASHINGTON, 20 September 2015 — {body}\n\nVolkswagen declined to comment on the scandal.\n"
        )
    };
    for body in [
        "The defeat device was fitted to 428,000 diesel cars in the United \
         States, all from the 2009 to 2015 model years.",
        "The defeat device was fitted to 428,000 diesel cars in the United \
         States of the 2010 model year.",
    ] {
        assert_eq!(
            check_text(&rules, &dated(body)),
            owned(&[("t.txt", "fact-mismatch", "428,000")]),
            "{body}"
        );
    }
}

#[test]
fn a_count_after_a_verb_of_change_is_no_total() {
    let rules = pack("uk-election");
    for body in [
        "The Conservatives lost 244 seats.",
        "The Conservatives gained 244 seats.",
        "The Conservatives' tally fell by 244 seats.",
    ] {
        assert_eq!(check_text(&rules, body), [], "{body}");
    }
    assert_eq!(
        check_text(&rules, "The Conservatives won 244 seats."),
        owned(&[("t.txt", "fact-mismatch", "244")])
    );
}

#[test]
fn a_count_linked_to_a_cue_of_another_fact_before_it_is_neither_facts() {
    let rules = pack("uk-election");
    // the majority's size, said in seats: not Labour's number of seats
    for body in [
        "Labour's majority of 174 seats rests on 9.7 million votes.",
        "Labour has a majority of 174 seats.",
    ] {
        assert_eq!(check_text(&rules, body), [], "{body}");
    }
    assert_eq!(
        check_text(&rules, "Labour won a majority of 180."),
        owned(&[("t.txt", "fact-mismatch", "180")])
    );
    assert_eq!(
        check_text(&rules, "Labour won 174 seats."),
        owned(&[("t.txt", "fact-mismatch", "174")])
    );
}

#[test]
fn a_count_in_a_continuing_sentence_needs_a_word_that_refers_back() {
    let rules = pack("uk-election");
    assert_eq!(
        check_text(
            &rules,
            "The Commons sat late. In the previous parliament, 132 MPs stood down."
        ),
        []
    );
    assert_eq!(
        check_text(&rules, "The Commons sat late. It has 612 members."),
        owned(&[("t.txt", "fact-mismatch", "612")])
    );
}

#[test]
fn a_tie_between_subjects_goes_to_the_one_the_clause_names() {
    let rules = pack("uk-election");
    assert_eq!(
        check_text(
            &rules,
            "Labour took 412 seats, while the Conservatives held just 121."
        ),
        owned(&[("t.txt", "fact-mismatch", "412")])
    );
    assert_eq!(
        check_text(
            &rules,
            "Labour took 411 seats, while the Conservatives held just 122 seats."
        ),
        owned(&[("t.txt", "fact-mismatch", "122")])
    );
    // a clause that names neither before the count decides nothing
    assert_eq!(
        check_text(&rules, "Labour beat the Conservatives, winning 412 seats."),
        []
    );
    // the name before the count is its subject's; one after it is as often
    // the rival's ("won 122 seats to Labour's 412")
    assert_eq!(
        check_text(&rules, "The Conservatives won 122 seats to Labour's 412."),
        owned(&[("t.txt", "fact-mismatch", "122")])
    );
    assert_eq!(
        check_text(&rules, "The Conservatives won 121 seats to Labour's 412."),
        []
    );
    // after "and" the clause's subject is left out: the name after the
    // share is the rival's
    assert_eq!(
        check_text(
            &rules,
            "Labour won 411 seats, and 35.7% of the vote to the Conservatives' 23.7%."
        ),
        []
    );
    assert_eq!(
        check_text(&rules, "Labour won 411 seats and 35.7% of the vote."),
        owned(&[("t.txt", "fact-mismatch", "35.7%")])
    );
}

#[test]
fn a_negation_does_not_reach_past_its_clause() {
    let rules = pack("uk-election");
    assert_eq!(
        check_text(
            &rules,
            "Labour, which had not won an election since 2005, took 35.7% of the vote."
        ),
        owned(&[("t.txt", "fact-mismatch", "35.7%")])
    );
    assert_eq!(
        check_text(&rules, "Labour did not win 35.7% of the vote."),
        []
    );
}

#[test]
fn a_cue_that_ends_in_a_star_counts_from_the_end_of_its_word() {
    // "launch*" matches the start of "launched": the distance to the date
    // is six words (from … on), not seven with "ed" as one of them
    let rules = pack("jwst");
    assert_eq!(
        check_text(
            &rules,
            "The Webb telescope launched from French Guiana aboard Ariane on 26 December 2021."
        ),
        owned(&[("t.txt", "fact-mismatch", "26 December 2021")])
    );
}

#[test]
fn a_cue_after_an_offset_is_the_offsets_anchor() {
    // 8 January is two weeks after the launch, not the launch
    let rules = pack("jwst");
    let text = "January 10, 2022\n\nThe Webb telescope unfolded its mirror on 8 January, \
                two weeks after its launch.";
    assert_eq!(check_text(&rules, text), []);
    // without the offset, the cue after the date is its cue
    let text = "January 10, 2022\n\nOn 8 January, the Webb telescope completed its launch.";
    assert_eq!(
        check_text(&rules, text),
        owned(&[("t.txt", "fact-mismatch", "8 January")])
    );
}

#[test]
fn a_reference_mark_counts_nothing() {
    // "[^1]" before "cost" was read as a cost of one dollar
    let rules = pack("jwst");
    for (name, format) in [("t.md", Format::Markdown), ("t.txt", Format::Text)] {
        let text = "The Webb telescope, which has 18 segments[^1], cost about $10bn.[2]\n\n\
                    [^1]: An earlier version said 21.\n";
        let doc = Document::new(name, text.to_string(), format, None);
        let report = claimlint::check(vec![doc], &rules);
        assert_eq!(
            found(&report),
            [],
            "{}",
            describe(&report, &report.findings)
        );
    }
}

#[test]
fn a_hard_wrapped_plain_text_keeps_its_sentences_across_line_breaks() {
    // a plain text wrapped at 72 columns: each line was a paragraph of its
    // own, so "launched ... on 26 December 2021" on the second line named
    // no subject, and the first line's name did not carry over
    let rules = pack("jwst");
    let wrapped = "PARIS, 28 December 2021 -- Two days after the James Webb Space Telescope\n\
                   launched from French Guiana on 26 December 2021, engineers began the\n\
                   long sequence of deployments that will unfold its sunshield and its\n\
                   mirror over the coming weeks, a process without precedent for a\n\
                   science mission of this size.\n";
    let want = owned(&[("t.txt", "fact-mismatch", "26 December 2021")]);
    assert_eq!(check_text(&rules, wrapped), want);
    // the same paragraph on one line, as before
    let one_line = wrapped.replacen('\n', " ", 4);
    assert_eq!(check_text(&rules, &one_line), want);
    // lines that each end a sentence are paragraphs, wrapped or not: the
    // second names no subject and does not continue the first
    let lines = "PARIS, 28 December 2021 -- The James Webb Space Telescope is safe.\n\
                 Engineers said the rocket was launched on 26 December 2021.\n\
                 The unfolding of its sunshield and mirror will take weeks.\n\
                 Its first images are expected next summer, they said.\n";
    assert_eq!(check_text(&rules, lines), []);
}

#[test]
fn a_plan_for_an_event_that_has_since_happened_claims_nothing() {
    // what was once expected is the event's history, not its date; the
    // same date said of the event itself is still caught
    let rules = pack("jwst");
    let planned = "December 30, 2021\n\nWork on the Webb telescope began in 1996, when it \
                   was expected to cost $500 million and launch in 2007.";
    assert_eq!(check_text(&rules, planned), []);
    let scheduled = "December 30, 2021\n\nThe Webb telescope was scheduled to launch on \
                     22 December 2021.";
    assert_eq!(check_text(&rules, scheduled), []);
    let said = "December 30, 2021\n\nWork on the Webb telescope began in 1996, and it \
                launched in 2007.";
    assert_eq!(
        check_text(&rules, said),
        owned(&[("t.txt", "fact-mismatch", "2007")])
    );
    // a plan for what is still to come when the article is written is a
    // claim about it (the first images were due in July 2022)
    let ahead = "December 30, 2021\n\nThe Webb telescope's first images are expected to be \
                 released on 12 August 2022.";
    assert_eq!(
        check_text(&rules, ahead),
        owned(&[("t.txt", "fact-mismatch", "12 August 2022")])
    );
}

/// `text` hard-wrapped as an editor wraps it: each line longer than
/// `width` characters broken at its last space within the width.
fn hard_wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width);
    for line in text.split('\n') {
        let mut len = 0;
        for (k, word) in line.split(' ').enumerate() {
            let n = word.chars().count();
            if k > 0 {
                if len > 0 && len + 1 + n > width {
                    out.push('\n');
                    len = 0;
                } else {
                    out.push(' ');
                    len += 1;
                }
            }
            out.push_str(word);
            len += n;
        }
        out.push('\n');
    }
    out.pop();
    out
}

#[test]
fn plain_texts_give_the_same_findings_hard_wrapped() {
    // every plain-text article of the packs here and of the bundled pack,
    // wrapped at 72 columns, gives the findings it gives on long lines:
    // names and cues across line breaks, sentences that end at a line's
    // end, and paragraphs that go on across lines
    let sets: Vec<(RuleSet, String)> =
        ["jwst", "uk-election", "worldcup", "quake", "anniversaries"]
            .iter()
            .map(|name| (pack(name), format!("tests/fixtures/packs/{name}/articles")))
            .chain([
                (rules::bundled(), "corpus".to_string()),
                (
                    rules::bundled(),
                    "tests/fixtures/articles/karabakh".to_string(),
                ),
            ])
            .collect();
    let mut wrapped_some = 0;
    for (rules, dir) in &sets {
        for path in common::files_in(dir).iter().filter(|p| p.ends_with(".txt")) {
            let text = std::fs::read_to_string(root().join(path)).expect("readable");
            let wrapped = hard_wrap(&text, 72);
            if wrapped == text {
                continue;
            }
            wrapped_some += 1;
            let seen = |text: &str| {
                let report = claimlint::check(vec![text_doc("t.txt", text)], rules);
                let mut got: Vec<(&'static str, String)> = report
                    .findings
                    .iter()
                    .map(|f| {
                        let words = text_of(&report, f).split_whitespace();
                        (f.code, words.collect::<Vec<_>>().join(" "))
                    })
                    .collect();
                got.sort();
                got
            };
            assert_eq!(seen(&wrapped), seen(&text), "{path}, wrapped at 72");
        }
    }
    assert!(
        wrapped_some >= 20,
        "only {wrapped_some} texts had lines to wrap"
    );
}

/// `text` set as a typesetter would: a no-break space between a number
/// and the word after it ("428,000\u{a0}diesel cars", "5\u{a0}December"),
/// an en dash for a hyphen between two numbers ("3\u{2013}1", "sector
/// 3\u{2013}4"; not in "2024-04-18"), curly apostrophes inside words and
/// curly double quotes. Byte offsets move; words do not.
fn typeset(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let chars: Vec<char> = text.chars().collect();
    // the hyphen at `k` joins two numbers and no third
    let joins_two_numbers = |k: usize| {
        let digit = |j: usize| chars.get(j).is_some_and(char::is_ascii_digit);
        if k == 0 || !digit(k - 1) || !digit(k + 1) {
            return false;
        }
        let mut a = k - 1;
        while a > 0 && digit(a - 1) {
            a -= 1;
        }
        let mut b = k + 1;
        while digit(b) {
            b += 1;
        }
        (a == 0 || chars[a - 1] != '-') && chars.get(b) != Some(&'-')
    };
    let mut open = true;
    for (k, &c) in chars.iter().enumerate() {
        let before = k.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(k + 1).copied();
        match c {
            '-' if joins_two_numbers(k) => out.push('\u{2013}'),
            ' ' if before.is_some_and(|b| b.is_ascii_digit())
                && after.is_some_and(|a| a.is_ascii_alphabetic()) =>
            {
                out.push('\u{a0}');
            }
            '\'' if before.is_some_and(char::is_alphanumeric)
                && after.is_some_and(char::is_alphanumeric) =>
            {
                out.push('\u{2019}');
            }
            '"' => {
                out.push(if open { '\u{201c}' } else { '\u{201d}' });
                open = !open;
            }
            '\n' => {
                open = true;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

#[test]
fn typeset_texts_give_the_same_findings() {
    // every article of every pack here and of the bundled pack, with
    // no-break spaces after its numbers, en dashes between them and curly
    // quotes, gives the findings it gives as typed: the words that decide a
    // binding ("14 more", "the 2009 to 2015 model years", "a 2025 state
    // budget") are read across either space, a score or a range ("3-1 on 27
    // February 2017") ends no clause, and "sector 3-4" is the rules' name
    // however its dash is set
    let plain = |s: &str| {
        s.replace('\u{a0}', " ")
            .replace('\u{2013}', "-")
            .replace('\u{2019}', "'")
            .replace(['\u{201c}', '\u{201d}'], "\"")
    };
    let seen = |report: &claimlint::Report| {
        let mut got: Vec<(String, &'static str, String)> = found(report)
            .into_iter()
            .map(|(file, code, text)| (file, code, plain(&text)))
            .collect();
        got.sort();
        got
    };
    let mut sets: Vec<(RuleSet, String)> = std::fs::read_dir(root().join("tests/fixtures/packs"))
        .expect("the packs")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .map(|name| (pack(&name), format!("tests/fixtures/packs/{name}/articles")))
        .collect();
    sets.sort_by(|a, b| a.1.cmp(&b.1));
    sets.push((
        rules::bundled(),
        "tests/fixtures/articles/karabakh".to_string(),
    ));
    let mut changed = 0;
    for (rules, dir) in &sets {
        let docs = documents(dir);
        let typeset_docs: Vec<Document> = docs
            .iter()
            .map(|d| {
                let text = typeset(&d.text);
                changed += usize::from(text != d.text);
                Document::new(d.path.as_str(), text, d.format, None)
            })
            .collect();
        let as_typed = claimlint::check(docs, rules);
        let as_set = claimlint::check(typeset_docs, rules);
        assert_eq!(seen(&as_set), seen(&as_typed), "{dir}, typeset");
    }
    assert!(changed >= 500, "only {changed} texts changed when typeset");
}

/// Packs written blind by another desk, with articles and the errors
/// planted in them listed in `expected.md` beside each pack (the checker was
/// not run on them before they were written). Every planted error is found
/// in the three; the findings outside `expected.md` are listed as known
/// false alarms, so that fixing one fails this test and moves it here.
#[test]
fn brexit_the_planted_errors_are_found_and_known_false_alarms() {
    assert_pack_finds(
        "brexit",
        &[
            ("a1.txt", "fact-mismatch", "29 December"),
            // known false alarms: "MPs approved the bill … by 521 votes to 73
            // on Wednesday" (the pack's generic name "vote", with "British"
            // as its context word, names a Commons vote as the referendum;
            // its 521, thirty thousand times too few for the referendum's
            // votes, is no longer read as them)
            ("a1.txt", "fact-mismatch", "Wednesday"),
            ("a1.txt", "inconsistent", "Wednesday"),
            // known false alarm: "tonight's second \"meaningful vote\""
            ("a2.txt", "fact-mismatch", "tonight"),
            ("a2.txt", "inconsistent", "tonight"),
            // "is due to leave the European Union on 29 March", written in
            // March 2019: a plan checked against the exit that happened
            ("a2.txt", "fact-mismatch", "29 March"),
            ("a2.txt", "anachronism", "13 March 2019"),
            ("a2.txt", "acronym-mismatch", "UDP"),
            ("a2.txt", "fact-mismatch", "71.2 per cent"),
            ("a2.txt", "inconsistent", "71.2 per cent"),
            ("a2.txt", "weekday-mismatch", "Thursday, 29 March 2017"),
            ("a3.md", "fact-mismatch", "just over 53 per cent"),
            ("a3.md", "invalid-date", "31 June 2016"),
            ("a3.md", "inconsistent", "1,426"),
            ("a4.txt", "fact-mismatch", "two"),
            ("a4.txt", "weekday-mismatch", "Thursday 31 January 2020"),
            ("a4.txt", "fact-mismatch", "31 December 2021"),
            ("a4.txt", "inconsistent", "31 December 2021"),
            ("a4.txt", "wrong-name", "Office of Budget Responsibility"),
            ("a5.txt", "fact-mismatch", "Fewer than 17 million"),
            ("a5.txt", "inconsistent", "Fewer than 17 million"),
            ("a5.txt", "acronym-mismatch", "ERC"),
        ],
    );
}

#[test]
fn tohoku_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "tohoku",
        &[
            ("01-kyodo-tenth-anniversary.txt", "fact-mismatch", "8.9"),
            (
                "01-kyodo-tenth-anniversary.txt",
                "fact-mismatch",
                "nearly 100,000",
            ),
            ("01-kyodo-tenth-anniversary.txt", "acronym-mismatch", "NRC"),
            (
                "02-thirteen-years-on.md",
                "weekday-mismatch",
                "Thursday, 11 March 2011",
            ),
            (
                "02-thirteen-years-on.md",
                "fact-mismatch",
                "more than 20,000",
            ),
            ("02-thirteen-years-on.md", "fact-mismatch", "12 March 2011"),
            ("02-thirteen-years-on.md", "inconsistent", "12 March 2011"),
            (
                "03-explainer-meltdowns.txt",
                "fact-mismatch",
                "more than 45",
            ),
            ("03-explainer-meltdowns.txt", "inconsistent", "more than 45"),
            ("03-explainer-meltdowns.txt", "fact-mismatch", "four"),
            (
                "03-explainer-meltdowns.txt",
                "anachronism",
                "24 August 2023",
            ),
            ("04-timeline.txt", "invalid-date", "30 February 2012"),
            ("04-timeline.txt", "fact-mismatch", "19 September 2013"),
            ("04-timeline.txt", "inconsistent", "19 September 2013"),
            (
                "05-opinion-water.txt",
                "wrong-name",
                "International Atomic Energy Authority",
            ),
            ("05-opinion-water.txt", "fact-mismatch", "24 July"),
            ("05-opinion-water.txt", "inconsistent", "24 July"),
            // "roughly 600 tanks" against "more than 1,000" (the fact has
            // no value)
            ("05-opinion-water.txt", "inconsistent", "roughly 600"),
        ],
    );
}

#[test]
fn tokyo_the_planted_errors_are_found_and_nothing_else() {
    // Scored before any change was made for it: 13 of 14 planted errors
    // caught, and one false alarm ("When Brisbane stages the Games in
    // 2032", now no claim: a date after the article, not told as past, is
    // another occurrence of an event over before it). The 14th, "the Tokyo
    // Games cost $15.4 million", is caught since a sign before a bare
    // amount counts as money's. "Tokyo 2020", the name, is never a date.
    assert_pack_finds(
        "tokyo",
        &[
            ("01-wire-opening.txt", "acronym-mismatch", "CIO"),
            ("01-wire-opening.txt", "fact-mismatch", "329"),
            ("01-wire-opening.txt", "inconsistent", "329"),
            ("02-analysis-legacy.txt", "fact-mismatch", "15.4 million"),
            ("02-analysis-legacy.txt", "inconsistent", "15.4 million"),
            ("02-analysis-legacy.txt", "anachronism", "4 October 2021"),
            ("03-one-year-on.md", "fact-mismatch", "2020"),
            ("03-one-year-on.md", "fact-mismatch", "103"),
            ("03-one-year-on.md", "inconsistent", "103"),
            (
                "03-one-year-on.md",
                "wrong-name",
                "International Olympics Committee",
            ),
            ("04-timeline.txt", "invalid-date", "31 June 2021"),
            ("04-timeline.txt", "fact-mismatch", "32"),
            ("04-timeline.txt", "inconsistent", "32"),
            (
                "04-timeline.txt",
                "weekday-mismatch",
                "Monday, 24 August 2021",
            ),
            ("05-letter.txt", "fact-mismatch", "April 2020"),
            ("05-letter.txt", "inconsistent", "April 2020"),
            ("05-letter.txt", "inconsistent", "some 1,000"),
            ("05-letter.txt", "fact-mismatch", "More than 15,000"),
            ("05-letter.txt", "inconsistent", "More than 15,000"),
            ("05-letter.txt", "wrong-name", "World Anti-Doping Authority"),
        ],
    );
}

#[test]
fn miners_the_planted_errors_are_found_and_nothing_else() {
    // Scored before any change was made for it: 12 of 14 caught, and two
    // false alarms, "the 33 miners trapped deep" and "trapping 33 miners
    // deep inside the mountain" read as the depth (a count's own noun,
    // "miners", is the subject's name too, and counted farther than
    // "deep"). Caught since: "Corporación Nacional del Cobre (ENAMI)" ("del"
    // ended the name) and "Five rescuers" against "Six" elsewhere (two
    // rounded counts that only touch, 4.5–5.5 and 5.5–6.5, had agreed).
    assert_pack_finds(
        "miners",
        &[
            ("01-wire-first-out.txt", "fact-mismatch", "300"),
            ("01-wire-first-out.txt", "inconsistent", "300"),
            ("01-wire-first-out.txt", "fact-mismatch", "22 September"),
            ("01-wire-first-out.txt", "inconsistent", "22 September"),
            (
                "02-analysis-cost.txt",
                "fact-mismatch",
                "around $200 million",
            ),
            (
                "02-analysis-cost.txt",
                "inconsistent",
                "around $200 million",
            ),
            ("02-analysis-cost.txt", "acronym-mismatch", "ENAMI"),
            ("02-analysis-cost.txt", "anachronism", "19 November 2010"),
            ("03-tenth-anniversary.md", "fact-mismatch", "27 days"),
            (
                "03-tenth-anniversary.md",
                "fact-mismatch",
                "19 October 2010",
            ),
            ("03-tenth-anniversary.md", "inconsistent", "19 October 2010"),
            ("03-tenth-anniversary.md", "fact-mismatch", "2014"),
            (
                "03-tenth-anniversary.md",
                "wrong-name",
                "San Esteban Mining Corporation",
            ),
            (
                "04-timeline.txt",
                "weekday-mismatch",
                "Sunday, 5 August 2010",
            ),
            ("04-timeline.txt", "invalid-date", "31 September 2010"),
            ("04-timeline.txt", "inconsistent", "Five"),
            (
                "05-letter-film.txt",
                "fact-mismatch",
                "more than three months",
            ),
            (
                "05-letter-film.txt",
                "inconsistent",
                "more than three months",
            ),
            ("05-letter-film.txt", "fact-mismatch", "some 100 million"),
            ("05-letter-film.txt", "inconsistent", "some 100 million"),
        ],
    );
}

#[test]
fn katrina_the_planted_errors_are_found_and_nothing_else() {
    // Scored before any change was made for it: 13 of 14 caught, and one
    // false alarm, "pulled thousands of people from rooftops" against
    // "more than 33,500" (a vague plural now bounds its amount from below
    // only; it agrees with both camps, so it is no reference for "13,500"
    // either). Missed: "came ashore as a Category 5 storm": a number after
    // "Category" is an identifier, not a count.
    assert_pack_finds(
        "katrina",
        &[
            (
                "01-wire-aftermath.txt",
                "fact-mismatch",
                "about 60 per cent",
            ),
            ("01-wire-aftermath.txt", "fact-mismatch", "25 August"),
            ("02-analysis-levees.txt", "fact-mismatch", "28 August 2005"),
            ("02-analysis-levees.txt", "inconsistent", "28 August 2005"),
            ("02-analysis-levees.txt", "acronym-mismatch", "NHS"),
            ("02-analysis-levees.txt", "anachronism", "25 September 2006"),
            (
                "03-twentieth-anniversary.md",
                "fact-mismatch",
                "more than 2,500",
            ),
            (
                "03-twentieth-anniversary.md",
                "inconsistent",
                "more than 2,500",
            ),
            ("03-twentieth-anniversary.md", "fact-mismatch", "627,000"),
            ("03-twentieth-anniversary.md", "inconsistent", "627,000"),
            ("04-timeline.txt", "fact-mismatch", "Monday, 22 August 2005"),
            ("04-timeline.txt", "inconsistent", "Monday, 22 August 2005"),
            (
                "04-timeline.txt",
                "weekday-mismatch",
                "Tuesday, 12 September 2005",
            ),
            ("04-timeline.txt", "invalid-date", "31 June 2006"),
            ("05-letter.txt", "wrong-name", "Army Core of Engineers"),
            ("05-letter.txt", "inconsistent", "13,500"),
            ("05-letter.txt", "fact-mismatch", "some $41 billion"),
            ("05-letter.txt", "inconsistent", "some $41 billion"),
        ],
    );
}

#[test]
fn queen_the_planted_errors_are_found_and_nothing_else() {
    // Scored before any change was made for it: all 14 planted errors
    // caught, and one false alarm, "since Prince Philip died on 9 April
    // 2021" read as the Queen's death (a cue right after another name, in
    // a clause after the one that names the subject, is that name's unless
    // it reports).
    assert_pack_finds(
        "queen",
        &[
            ("01-wire-funeral.txt", "fact-mismatch", "48 hours"),
            ("01-wire-funeral.txt", "inconsistent", "48 hours"),
            ("01-wire-funeral.txt", "acronym-mismatch", "RFA"),
            ("02-analysis-reign.txt", "fact-mismatch", "2 June 1952"),
            ("02-analysis-reign.txt", "inconsistent", "2 June 1952"),
            (
                "02-analysis-reign.txt",
                "wrong-name",
                "British Broadcasting Company",
            ),
            ("02-analysis-reign.txt", "fact-mismatch", "14"),
            ("02-analysis-reign.txt", "inconsistent", "14"),
            ("03-anniversary.md", "fact-mismatch", "72 years"),
            ("03-anniversary.md", "inconsistent", "72 years"),
            ("03-anniversary.md", "inconsistent", "38 million"),
            ("03-anniversary.md", "anachronism", "14 May 2024"),
            (
                "04-timeline.txt",
                "weekday-mismatch",
                "Tuesday, 14 September 2022",
            ),
            ("04-timeline.txt", "invalid-date", "31 September 2022"),
            ("04-timeline.txt", "fact-mismatch", "12 September"),
            ("04-timeline.txt", "inconsistent", "12 September"),
            ("05-letter.txt", "fact-mismatch", "some 400,000"),
            ("05-letter.txt", "inconsistent", "some 400,000"),
            (
                "05-letter.txt",
                "wrong-name",
                "Department of Culture, Media and Sport",
            ),
            ("05-letter.txt", "fact-mismatch", "5 September 2022"),
            ("05-letter.txt", "inconsistent", "5 September 2022"),
        ],
    );
}

#[test]
fn fed_the_planted_errors_are_found_and_nothing_else() {
    // Scored before any change was made for it: 13 of 15 caught, and two
    // false alarms. Caught since: "five 75-basis-point hikes" (a compound
    // between a count and its noun describes the noun) and "a peak of
    // 8.6% in June" (a measure's time narrows nothing). The first false
    // alarm, "delivered 11 rate increases, including four 75-basis-point
    // hikes", went with the compound: "four" is claimed, and "11" is a
    // whole beside it. The other, "It is the largest increase since
    // November 1994", went later: a superlative before "since" says what
    // is compared (`a_superlative_before_since_says_what_is_compared`).
    assert_pack_finds(
        "fed",
        &[
            ("01-wire-decision.txt", "fact-mismatch", "five"),
            ("01-wire-decision.txt", "inconsistent", "five"),
            ("02-markets-analysis.txt", "fact-mismatch", "50"),
            ("02-markets-analysis.txt", "inconsistent", "50"),
            ("02-markets-analysis.txt", "fact-mismatch", "8.6%"),
            ("02-markets-analysis.txt", "inconsistent", "8.6%"),
            ("02-markets-analysis.txt", "anachronism", "10 November 2022"),
            ("03-explainer.md", "fact-mismatch", "16 years"),
            ("03-explainer.md", "inconsistent", "16 years"),
            ("03-explainer.md", "fact-mismatch", "8 March 2023"),
            ("03-explainer.md", "inconsistent", "8 March 2023"),
            ("03-explainer.md", "acronym-mismatch", "IMO"),
            ("04-timeline.txt", "fact-mismatch", "ten"),
            ("04-timeline.txt", "inconsistent", "ten"),
            (
                "04-timeline.txt",
                "weekday-mismatch",
                "Thursday, 15 June 2022",
            ),
            ("04-timeline.txt", "invalid-date", "31 June 2023"),
            ("05-column.txt", "fact-mismatch", "12 May 2022"),
            ("05-column.txt", "inconsistent", "12 May 2022"),
            ("05-column.txt", "fact-mismatch", "5.75%"),
            ("05-column.txt", "inconsistent", "5.75%"),
            ("05-column.txt", "fact-mismatch", "two years"),
            ("05-column.txt", "inconsistent", "two years"),
            ("05-column.txt", "inconsistent", "290 billion"),
            (
                "05-column.txt",
                "wrong-name",
                "Federal Open Market Commission",
            ),
        ],
    );
}

#[test]
fn mh370_the_planted_errors_are_found_and_nothing_else() {
    // Scored before any change was made for it: 13 of 14 caught, and two
    // false alarms: "about 100 relatives of Chinese passengers" (a
    // preposition between a count and a cue ends the count's noun) and
    // "Malaysia's Department of Civil Aviation … declares the loss" read as
    // the departure (the pack's prefix cue "depart*" no longer begins a
    // capitalised word inside a sentence). Caught since: "the relatives of
    // the 135 Chinese passengers … still gather" ("still" makes no part of
    // a count after "of").
    assert_pack_finds(
        "mh370",
        &[
            (
                "01-wire-missing.txt",
                "weekday-mismatch",
                "Friday, 8 March 2014",
            ),
            ("01-wire-missing.txt", "fact-mismatch", "some 90 minutes"),
            ("01-wire-missing.txt", "anachronism", "12 March 2014"),
            ("02-analysis-suspended.txt", "fact-mismatch", "227"),
            ("02-analysis-suspended.txt", "inconsistent", "227"),
            ("02-analysis-suspended.txt", "fact-mismatch", "July 2016"),
            ("02-analysis-suspended.txt", "inconsistent", "July 2016"),
            ("03-tenth-anniversary.md", "fact-mismatch", "January 2018"),
            ("03-tenth-anniversary.md", "inconsistent", "January 2018"),
            ("03-tenth-anniversary.md", "fact-mismatch", "July 2019"),
            ("03-tenth-anniversary.md", "inconsistent", "July 2019"),
            ("03-tenth-anniversary.md", "acronym-mismatch", "IACO"),
            ("04-timeline.txt", "invalid-date", "31 September 2014"),
            ("04-timeline.txt", "fact-mismatch", "12,000"),
            ("04-timeline.txt", "inconsistent", "12,000"),
            (
                "04-timeline.txt",
                "wrong-name",
                "Australian Transport Safety Board",
            ),
            ("05-letter.txt", "wrong-name", "Malaysian Airlines"),
            ("05-letter.txt", "fact-mismatch", "135"),
            ("05-letter.txt", "inconsistent", "135"),
            ("05-letter.txt", "inconsistent", "six"),
        ],
    );
}

#[test]
fn thaicave_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Tham Luang cave rescue of 2018.
    // Scored before any change was made for it: 13 of 14 planted errors
    // caught, and four false alarms. Three are fixed: "brought the first
    // four boys out" (an ordinal before a count counts out a part), "Saman
    // died three years ago today" (read as "today", now the anniversary, a
    // day) and "Chiang Rai Prachanukroh Hospital, about 70 kilometres from
    // the cave" (a place's distance in apposition to a name no rule knows).
    // One is pinned below. Found since, as advice: "found the boys last
    // Tuesday" in a Tuesday's article (a week before, 3 July, against 2
    // July), missed while a weekday alone was read as any day of its
    // window; it is read as that weekday.
    assert_pack_finds(
        "thaicave",
        &[
            ("01_wire_all_out.txt", "fact-mismatch", "last Tuesday"),
            ("01_wire_all_out.txt", "acronym-mismatch", "RTA"),
            (
                "02_explainer_five_years_on.md",
                "weekday-mismatch",
                "Monday, 8 July 2018",
            ),
            ("02_explainer_five_years_on.md", "fact-mismatch", "13"),
            ("02_explainer_five_years_on.md", "inconsistent", "13"),
            (
                "02_explainer_five_years_on.md",
                "fact-mismatch",
                "Nearly 5,000",
            ),
            (
                "02_explainer_five_years_on.md",
                "inconsistent",
                "Nearly 5,000",
            ),
            // a false alarm: "later spent nine days as Buddhist novices", read as
            // the ordeal ("spent" is its cue)
            (
                "02_explainer_five_years_on.md",
                "fact-mismatch",
                "nine days",
            ),
            // (and its twin)
            ("02_explainer_five_years_on.md", "inconsistent", "nine days"),
            (
                "03_timeline_one_year_on.txt",
                "invalid-date",
                "31 June 2018",
            ),
            (
                "03_timeline_one_year_on.txt",
                "fact-mismatch",
                "3 July 2018",
            ),
            (
                "03_timeline_one_year_on.txt",
                "fact-mismatch",
                "15 July 2018",
            ),
            (
                "03_timeline_one_year_on.txt",
                "inconsistent",
                "15 July 2018",
            ),
            ("04_feature_saman.txt", "fact-mismatch", "9 July"),
            ("04_feature_saman.txt", "inconsistent", "9 July"),
            (
                "04_feature_saman.txt",
                "wrong-name",
                "British Cave Rescue Committee",
            ),
            ("04_feature_saman.txt", "anachronism", "8 October 2021"),
            (
                "05_opinion_thirteen_lives.txt",
                "fact-mismatch",
                "more than three weeks",
            ),
            ("05_opinion_thirteen_lives.txt", "inconsistent", "about two"),
            (
                "05_opinion_thirteen_lives.txt",
                "fact-mismatch",
                "4 July 2018",
            ),
            (
                "05_opinion_thirteen_lives.txt",
                "inconsistent",
                "4 July 2018",
            ),
        ],
    );
}

#[test]
fn grenfell_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Grenfell Tower fire of 2017.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and one false alarm, fixed: "the Department for Levelling Up,
    // Housing and Communities (DLUHC)" (a name may hold commas).
    assert_pack_finds(
        "grenfell",
        &[
            (
                "01-reuters-final-report.txt",
                "fact-mismatch",
                "October 2018",
            ),
            (
                "01-reuters-final-report.txt",
                "inconsistent",
                "October 2018",
            ),
            ("01-reuters-final-report.txt", "acronym-mismatch", "RBKC"),
            (
                "02-explainer-building-safety-act.md",
                "fact-mismatch",
                "four years ago",
            ),
            (
                "02-explainer-building-safety-act.md",
                "inconsistent",
                "four years ago",
            ),
            (
                "02-explainer-building-safety-act.md",
                "anachronism",
                "23 January 2023",
            ),
            (
                "03-timeline.txt",
                "wrong-name",
                "Royal Borough of Chelsea and Kensington",
            ),
            ("03-timeline.txt", "fact-mismatch", "15 September 2017"),
            ("03-timeline.txt", "fact-mismatch", "28 April 2021"),
            ("03-timeline.txt", "inconsistent", "28 April 2021"),
            ("04-feature-boxing-club.txt", "fact-mismatch", "1967"),
            ("04-feature-boxing-club.txt", "inconsistent", "1967"),
            (
                "04-feature-boxing-club.txt",
                "fact-mismatch",
                "more than 80",
            ),
            ("04-feature-boxing-club.txt", "inconsistent", "more than 80"),
            ("04-feature-boxing-club.txt", "inconsistent", "About 100"),
            ("04-feature-boxing-club.txt", "invalid-date", "31 June 2017"),
            ("05-opinion-column.txt", "fact-mismatch", "27"),
            ("05-opinion-column.txt", "inconsistent", "27"),
            (
                "05-opinion-column.txt",
                "weekday-mismatch",
                "Thursday, 30 October 2019",
            ),
            ("05-opinion-column.txt", "fact-mismatch", "five years"),
            ("05-opinion-column.txt", "inconsistent", "five years"),
        ],
    );
}

#[test]
fn beirut_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Beirut port explosion of 2020.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and one false alarm, pinned below.
    assert_pack_finds(
        "beirut",
        &[
            (
                "01_wire_sawan_charges.txt",
                "fact-mismatch",
                "five months ago",
            ),
            (
                "01_wire_sawan_charges.txt",
                "inconsistent",
                "five months ago",
            ),
            ("01_wire_sawan_charges.txt", "fact-mismatch", "2,570"),
            ("01_wire_sawan_charges.txt", "inconsistent", "2,570"),
            ("01_wire_sawan_charges.txt", "acronym-mismatch", "ISF"),
            // a false alarm: "At 6:07 pm on Tuesday, 4 August 2020, a fire in a
            // warehouse at the port … set off a huge stockpile of ammonium
            // nitrate": the blast's date, read as the nitrate's storage
            // ("warehous*" is a cue of it)
            (
                "02_explainer_one_year_on.md",
                "fact-mismatch",
                "Tuesday, 4 August 2020",
            ),
            // (and its twin)
            (
                "02_explainer_one_year_on.md",
                "inconsistent",
                "Tuesday, 4 August 2020",
            ),
            (
                "02_explainer_one_year_on.md",
                "fact-mismatch",
                "November 2012",
            ),
            (
                "02_explainer_one_year_on.md",
                "inconsistent",
                "November 2012",
            ),
            ("02_explainer_one_year_on.md", "fact-mismatch", "nearly 300"),
            ("02_explainer_one_year_on.md", "inconsistent", "nearly 300"),
            (
                "03_timeline_three_years.md",
                "fact-mismatch",
                "21 February 2021",
            ),
            (
                "04_feature_nurse.txt",
                "wrong-name",
                "Lebanese Red Crescent",
            ),
            ("04_feature_nurse.txt", "invalid-date", "31 September 2020"),
            ("04_feature_nurse.txt", "fact-mismatch", "about 30,000"),
            ("04_feature_nurse.txt", "inconsistent", "about 30,000"),
            (
                "04_feature_nurse.txt",
                "weekday-mismatch",
                "Tuesday, 10 August 2020",
            ),
            (
                "05_opinion_let_bitar_work.md",
                "anachronism",
                "14 October 2022",
            ),
            (
                "05_opinion_let_bitar_work.md",
                "fact-mismatch",
                "October 2020",
            ),
            (
                "05_opinion_let_bitar_work.md",
                "inconsistent",
                "October 2020",
            ),
            (
                "05_opinion_let_bitar_work.md",
                "fact-mismatch",
                "nine years",
            ),
            ("05_opinion_let_bitar_work.md", "inconsistent", "nine years"),
            ("05_opinion_let_bitar_work.md", "inconsistent", "35"),
        ],
    );
}

#[test]
fn apollo_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Apollo 11.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and no false alarm.
    assert_pack_finds(
        "apollo",
        &[
            (
                "01-wire-launch-anniversary.txt",
                "fact-mismatch",
                "just over nine days",
            ),
            (
                "01-wire-launch-anniversary.txt",
                "inconsistent",
                "just over nine days",
            ),
            ("01-wire-launch-anniversary.txt", "fact-mismatch", "seven"),
            (
                "02-explainer-how-apollo-11-worked.md",
                "acronym-mismatch",
                "JSC",
            ),
            (
                "02-explainer-how-apollo-11-worked.md",
                "fact-mismatch",
                "about 31 hours",
            ),
            (
                "02-explainer-how-apollo-11-worked.md",
                "fact-mismatch",
                "nearly 48",
            ),
            (
                "03-timeline-apollo-11.txt",
                "weekday-mismatch",
                "Friday, 24 July 1969",
            ),
            (
                "03-timeline-apollo-11.txt",
                "fact-mismatch",
                "21 August 1969",
            ),
            (
                "04-profile-michael-collins.txt",
                "invalid-date",
                "31 September 1930",
            ),
            (
                "04-profile-michael-collins.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            (
                "04-profile-michael-collins.txt",
                "fact-mismatch",
                "16 June 1969",
            ),
            (
                "04-profile-michael-collins.txt",
                "inconsistent",
                "16 June 1969",
            ),
            ("05-opinion-moon-column.md", "fact-mismatch", "55 years ago"),
            ("05-opinion-moon-column.md", "inconsistent", "55 years ago"),
            ("05-opinion-moon-column.md", "fact-mismatch", "1957"),
            ("05-opinion-moon-column.md", "inconsistent", "1957"),
            ("05-opinion-moon-column.md", "inconsistent", "about 40,000"),
            ("05-opinion-moon-column.md", "anachronism", "November 2023"),
        ],
    );
}

#[test]
fn hongkong_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the handover of Hong Kong and what followed.
    // Scored before any change was made for it: 12 of 14 planted errors
    // caught, and no false alarm. Both misses are caught since: "Protesters
    // stormed the Legislative Council on 12 June 2019" (a generic name
    // another subject shares is left to the context words) and "Benny Tai,
    // the law professor who first proposed occupying Central in 2013, was
    // sentenced … on 19 November 2025" in a 2024 article (a word of
    // intention in an aside that describes a noun is not the sentence's).
    assert_pack_finds(
        "hongkong",
        &[
            (
                "01_wire_xi_anniversary.txt",
                "fact-mismatch",
                "September 1984",
            ),
            (
                "01_wire_xi_anniversary.txt",
                "inconsistent",
                "September 1984",
            ),
            (
                "01_wire_xi_anniversary.txt",
                "fact-mismatch",
                "three years ago",
            ),
            (
                "01_wire_xi_anniversary.txt",
                "inconsistent",
                "three years ago",
            ),
            ("01_wire_xi_anniversary.txt", "fact-mismatch", "89 days"),
            ("01_wire_xi_anniversary.txt", "inconsistent", "89 days"),
            (
                "02_explainer_security_law.md",
                "fact-mismatch",
                "12 June 2019",
            ),
            (
                "02_explainer_security_law.md",
                "inconsistent",
                "12 June 2019",
            ),
            (
                "02_explainer_security_law.md",
                "fact-mismatch",
                "April 1988",
            ),
            ("02_explainer_security_law.md", "inconsistent", "April 1988"),
            (
                "02_explainer_security_law.md",
                "invalid-date",
                "31 April 2021",
            ),
            (
                "03_timeline_colony_to_security_law.txt",
                "weekday-mismatch",
                "Saturday, 28 September 2014",
            ),
            (
                "03_timeline_colony_to_security_law.txt",
                "fact-mismatch",
                "425",
            ),
            (
                "03_timeline_colony_to_security_law.txt",
                "inconsistent",
                "425",
            ),
            ("04_feature_forty_years_on.txt", "acronym-mismatch", "ICCA"),
            (
                "04_feature_forty_years_on.txt",
                "inconsistent",
                "nearly 3,000",
            ),
            (
                "04_feature_forty_years_on.txt",
                "anachronism",
                "19 November 2025",
            ),
            (
                "05_opinion_promise_broken.md",
                "fact-mismatch",
                "more than 80",
            ),
            (
                "05_opinion_promise_broken.md",
                "inconsistent",
                "more than 80",
            ),
            (
                "05_opinion_promise_broken.md",
                "fact-mismatch",
                "61.2 per cent",
            ),
            (
                "05_opinion_promise_broken.md",
                "inconsistent",
                "61.2 per cent",
            ),
            (
                "05_opinion_promise_broken.md",
                "wrong-name",
                "Civic Human Rights Front",
            ),
        ],
    );
}

#[test]
fn chernobyl_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Chernobyl disaster.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and no false alarm.
    assert_pack_finds(
        "chernobyl",
        &[
            ("a-wire-arch-handover.txt", "acronym-mismatch", "EBDR"),
            (
                "a-wire-arch-handover.txt",
                "fact-mismatch",
                "four years ago",
            ),
            ("a-wire-arch-handover.txt", "inconsistent", "four years ago"),
            ("b-explainer-drone-arch.md", "fact-mismatch", "38"),
            (
                "b-explainer-drone-arch.md",
                "wrong-name",
                "International Atomic Energy Authority",
            ),
            ("b-explainer-drone-arch.md", "fact-mismatch", "2002"),
            ("b-explainer-drone-arch.md", "inconsistent", "2002"),
            ("c-timeline.txt", "fact-mismatch", "28 April 1986"),
            ("c-timeline.txt", "inconsistent", "28 April 1986"),
            ("c-timeline.txt", "fact-mismatch", "more than two months"),
            ("c-timeline.txt", "inconsistent", "more than two months"),
            (
                "d-feature-slavutych.txt",
                "fact-mismatch",
                "more than 60,000",
            ),
            (
                "d-feature-slavutych.txt",
                "inconsistent",
                "more than 60,000",
            ),
            ("d-feature-slavutych.txt", "inconsistent", "nearly 500"),
            (
                "d-feature-slavutych.txt",
                "weekday-mismatch",
                "Thursday, 15 December 2000",
            ),
            ("d-feature-slavutych.txt", "anachronism", "14 December 2024"),
            (
                "e-opinion-forty-years.txt",
                "fact-mismatch",
                "25 April 1986",
            ),
            ("e-opinion-forty-years.txt", "inconsistent", "25 April 1986"),
            ("e-opinion-forty-years.txt", "invalid-date", "31 April 1986"),
            ("e-opinion-forty-years.txt", "fact-mismatch", "50 years"),
        ],
    );
}

#[test]
fn tsunami_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Indian Ocean tsunami of 2004.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and no false alarm.
    assert_pack_finds(
        "tsunami",
        &[
            (
                "01-wire-banda-aceh.txt",
                "fact-mismatch",
                "more than 200,000",
            ),
            (
                "01-wire-banda-aceh.txt",
                "inconsistent",
                "more than 200,000",
            ),
            ("01-wire-banda-aceh.txt", "fact-mismatch", "eight years ago"),
            ("01-wire-banda-aceh.txt", "inconsistent", "eight years ago"),
            ("01-wire-banda-aceh.txt", "anachronism", "October 2015"),
            (
                "02-explainer-warning-system.md",
                "fact-mismatch",
                "nearly 170,000",
            ),
            (
                "02-explainer-warning-system.md",
                "inconsistent",
                "nearly 170,000",
            ),
            ("02-explainer-warning-system.md", "acronym-mismatch", "PWTC"),
            (
                "02-explainer-warning-system.md",
                "wrong-name",
                "International Oceanographic Commission",
            ),
            ("03-timeline.txt", "invalid-date", "31 September 2005"),
            ("03-timeline.txt", "fact-mismatch", "28 June 2007"),
            ("03-timeline.txt", "inconsistent", "28 June 2007"),
            ("03-timeline.txt", "fact-mismatch", "five-year"),
            ("04-feature-galle.txt", "fact-mismatch", "25 December 2004"),
            ("04-feature-galle.txt", "inconsistent", "25 December 2004"),
            ("04-feature-galle.txt", "fact-mismatch", "13,000"),
            ("04-feature-galle.txt", "inconsistent", "13,000"),
            ("05-opinion-aid.txt", "fact-mismatch", "some $7 billion"),
            ("05-opinion-aid.txt", "inconsistent", "some $7 billion"),
            (
                "05-opinion-aid.txt",
                "weekday-mismatch",
                "Wednesday, 6 January 2005",
            ),
            ("05-opinion-aid.txt", "inconsistent", "32"),
        ],
    );
}

#[test]
fn deepwater_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Deepwater Horizon explosion and oil spill of 2010.
    // Scored before any change was made for it: 13 of the 14 planted errors
    // caught, and no false alarm. The miss, "nearly 2 million barrels" in a
    // sentence whose relative clause dates the government's estimate ("which
    // published its final estimate in August 2010"), is caught since a date
    // in such a clause no longer dates the sentence.
    assert_pack_finds(
        "deepwater",
        &[
            (
                "01-wire-settlement-approved.txt",
                "fact-mismatch",
                "19 October 2010",
            ),
            (
                "01-wire-settlement-approved.txt",
                "inconsistent",
                "19 October 2010",
            ),
            (
                "01-wire-settlement-approved.txt",
                "fact-mismatch",
                "5.4 billion",
            ),
            (
                "01-wire-settlement-approved.txt",
                "inconsistent",
                "5.4 billion",
            ),
            (
                "02-explainer-ten-years.md",
                "fact-mismatch",
                "nearly 2 million",
            ),
            (
                "02-explainer-ten-years.md",
                "inconsistent",
                "nearly 2 million",
            ),
            ("02-explainer-ten-years.md", "invalid-date", "31 June 2010"),
            ("02-explainer-ten-years.md", "acronym-mismatch", "BOEMRE"),
            ("03-timeline-fifteen-years.txt", "fact-mismatch", "17"),
            ("03-timeline-fifteen-years.txt", "inconsistent", "17"),
            (
                "03-timeline-fifteen-years.txt",
                "fact-mismatch",
                "15 August 2010",
            ),
            (
                "03-timeline-fifteen-years.txt",
                "inconsistent",
                "15 August 2010",
            ),
            (
                "03-timeline-fifteen-years.txt",
                "fact-mismatch",
                "15 November 2013",
            ),
            (
                "03-timeline-fifteen-years.txt",
                "inconsistent",
                "15 November 2013",
            ),
            (
                "04-feature-grand-isle.txt",
                "weekday-mismatch",
                "Thursday, 20 April 2010",
            ),
            ("04-feature-grand-isle.txt", "fact-mismatch", "five months"),
            ("04-feature-grand-isle.txt", "inconsistent", "five months"),
            (
                "04-feature-grand-isle.txt",
                "wrong-name",
                "National Oceanographic and Atmospheric Administration",
            ),
            ("04-feature-grand-isle.txt", "anachronism", "2 July 2015"),
            ("05-opinion-forgetting.md", "inconsistent", "27"),
            (
                "05-opinion-forgetting.md",
                "fact-mismatch",
                "Nine years ago",
            ),
            ("05-opinion-forgetting.md", "inconsistent", "Nine years ago"),
        ],
    );
}

#[test]
fn lehman_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the collapse of Lehman Brothers and the 2008 crisis.
    // Scored before any change was made for it: 13 of the 14 planted errors
    // caught, and one false alarm. The miss, "Lehman listed assets of $369
    // billion", is caught since a money sign may stand between a measured
    // noun's link and the amount; the false alarm, "30 June 2010 — The House
    // passes the Dodd-Frank financial reform bill" (a generic name read as
    // the cue of the law's one fact, its signing), is gone since a generic
    // name right after a proper one is part of that name.
    assert_pack_finds(
        "lehman",
        &[
            ("01-wire-ten-years-on.txt", "fact-mismatch", "52,000"),
            ("01-wire-ten-years-on.txt", "inconsistent", "52,000"),
            ("01-wire-ten-years-on.txt", "acronym-mismatch", "TRAP"),
            ("01-wire-ten-years-on.txt", "fact-mismatch", "nine years"),
            ("01-wire-ten-years-on.txt", "inconsistent", "nine years"),
            (
                "02-explainer-fifteen-years.md",
                "fact-mismatch",
                "14 years ago",
            ),
            (
                "02-explainer-fifteen-years.md",
                "inconsistent",
                "14 years ago",
            ),
            (
                "02-explainer-fifteen-years.md",
                "wrong-name",
                "Federal Deposit Insurance Commission",
            ),
            (
                "02-explainer-fifteen-years.md",
                "fact-mismatch",
                "more than 12 million",
            ),
            (
                "02-explainer-fifteen-years.md",
                "inconsistent",
                "more than 12 million",
            ),
            ("03-timeline-crisis-in-dates.txt", "inconsistent", "470"),
            (
                "03-timeline-crisis-in-dates.txt",
                "invalid-date",
                "31 September 2008",
            ),
            (
                "03-timeline-crisis-in-dates.txt",
                "fact-mismatch",
                "3 October 2009",
            ),
            (
                "03-timeline-crisis-in-dates.txt",
                "inconsistent",
                "3 October 2009",
            ),
            ("04-feature-one-year-on.txt", "fact-mismatch", "369 billion"),
            ("04-feature-one-year-on.txt", "inconsistent", "369 billion"),
            (
                "04-feature-one-year-on.txt",
                "weekday-mismatch",
                "Wednesday, 16 September 2008",
            ),
            (
                "04-feature-one-year-on.txt",
                "anachronism",
                "6 October 2009",
            ),
            (
                "05-opinion-pass-the-bailout.txt",
                "fact-mismatch",
                "12 September",
            ),
            (
                "05-opinion-pass-the-bailout.txt",
                "inconsistent",
                "12 September",
            ),
            (
                "05-opinion-pass-the-bailout.txt",
                "fact-mismatch",
                "89.9 per cent",
            ),
            (
                "05-opinion-pass-the-bailout.txt",
                "inconsistent",
                "89.9 per cent",
            ),
        ],
    );
}

#[test]
fn chunnel_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Channel Tunnel.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and no false alarm.
    assert_pack_finds(
        "chunnel",
        &[
            ("01-wire-thirty-years.txt", "fact-mismatch", "38"),
            ("01-wire-thirty-years.txt", "fact-mismatch", "Nearly 20"),
            ("01-wire-thirty-years.txt", "inconsistent", "Nearly 20"),
            ("01-wire-thirty-years.txt", "acronym-mismatch", "CTSA"),
            (
                "02-explainer-how-it-was-dug.md",
                "fact-mismatch",
                "December 1989",
            ),
            (
                "02-explainer-how-it-was-dug.md",
                "inconsistent",
                "December 1989",
            ),
            (
                "02-explainer-how-it-was-dug.md",
                "fact-mismatch",
                "900 million",
            ),
            (
                "02-explainer-how-it-was-dug.md",
                "inconsistent",
                "900 million",
            ),
            (
                "02-explainer-how-it-was-dug.md",
                "wrong-name",
                "Channel Tunnel Safety Agency",
            ),
            (
                "03-timeline-eurostar-thirty.txt",
                "inconsistent",
                "more than 20,000",
            ),
            (
                "03-timeline-eurostar-thirty.txt",
                "fact-mismatch",
                "14 November 1995",
            ),
            (
                "03-timeline-eurostar-thirty.txt",
                "inconsistent",
                "14 November 1995",
            ),
            (
                "03-timeline-eurostar-thirty.txt",
                "invalid-date",
                "31 November 2020",
            ),
            (
                "04-feature-fires.txt",
                "weekday-mismatch",
                "Tuesday, 18 November 1996",
            ),
            ("04-feature-fires.txt", "fact-mismatch", "23"),
            ("04-feature-fires.txt", "fact-mismatch", "36 hours"),
            (
                "05-opinion-competition.txt",
                "fact-mismatch",
                "28 years ago",
            ),
            ("05-opinion-competition.txt", "inconsistent", "28 years ago"),
            ("05-opinion-competition.txt", "anachronism", "November 2027"),
        ],
    );
}

#[test]
fn concorde_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Concorde.
    // Scored before any change was made for it: 13 of the 14 planted errors
    // caught, and no false alarm. The miss, "Direction Générale de l'Aviation
    // Civile (GDAC)", is caught since a word after an elided article stays
    // in the name.
    assert_pack_finds(
        "concorde",
        &[
            (
                "01-wire-gonesse-anniversary.txt",
                "acronym-mismatch",
                "GDAC",
            ),
            (
                "01-wire-gonesse-anniversary.txt",
                "fact-mismatch",
                "November 2002",
            ),
            (
                "01-wire-gonesse-anniversary.txt",
                "inconsistent",
                "November 2002",
            ),
            (
                "02-explainer-concorde-at-50.md",
                "invalid-date",
                "31 November 1977",
            ),
            ("02-explainer-concorde-at-50.md", "fact-mismatch", "12"),
            ("02-explainer-concorde-at-50.md", "inconsistent", "12"),
            (
                "03-timeline-concorde.txt",
                "fact-mismatch",
                "29 November 1963",
            ),
            (
                "03-timeline-concorde.txt",
                "inconsistent",
                "29 November 1963",
            ),
            (
                "03-timeline-concorde.txt",
                "weekday-mismatch",
                "Thursday, 24 October 2003",
            ),
            ("03-timeline-concorde.txt", "fact-mismatch", "1 million"),
            ("03-timeline-concorde.txt", "inconsistent", "1 million"),
            (
                "04-feature-fifty-years.txt",
                "wrong-name",
                "British Aircraft Company",
            ),
            (
                "04-feature-fifty-years.txt",
                "fact-mismatch",
                "about two hours",
            ),
            (
                "04-feature-fifty-years.txt",
                "inconsistent",
                "about two hours",
            ),
            (
                "04-feature-fifty-years.txt",
                "fact-mismatch",
                "24 October 2004",
            ),
            (
                "04-feature-fifty-years.txt",
                "inconsistent",
                "24 October 2004",
            ),
            (
                "05-opinion-supersonic-nostalgia.txt",
                "inconsistent",
                "2.8 billion",
            ),
            (
                "05-opinion-supersonic-nostalgia.txt",
                "fact-mismatch",
                "25 years ago",
            ),
            (
                "05-opinion-supersonic-nostalgia.txt",
                "inconsistent",
                "25 years ago",
            ),
            (
                "05-opinion-supersonic-nostalgia.txt",
                "fact-mismatch",
                "more than 130",
            ),
            (
                "05-opinion-supersonic-nostalgia.txt",
                "inconsistent",
                "more than 130",
            ),
            (
                "05-opinion-supersonic-nostalgia.txt",
                "anachronism",
                "28 January 2025",
            ),
        ],
    );
}

#[test]
fn maria_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Hurricane Maria and Puerto Rico.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and no false alarm.
    assert_pack_finds(
        "maria",
        &[
            ("01-wire-toll-revised.txt", "fact-mismatch", "3.4 million"),
            (
                "01-wire-toll-revised.txt",
                "invalid-date",
                "31 September 2017",
            ),
            (
                "01-wire-toll-revised.txt",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            ("02-explainer-death-toll.md", "fact-mismatch", "4,465"),
            ("02-explainer-death-toll.md", "inconsistent", "4,465"),
            ("02-explainer-death-toll.md", "anachronism", "12 July 2018"),
            // (advice: a weekday alone, bound to the study's publication)
            ("02-explainer-death-toll.md", "fact-mismatch", "Friday"),
            ("02-explainer-death-toll.md", "inconsistent", "Friday"),
            (
                "03-timeline-year-of-crisis.md",
                "weekday-mismatch",
                "Tuesday, 20 September 2017",
            ),
            (
                "03-timeline-year-of-crisis.md",
                "fact-mismatch",
                "30 million",
            ),
            (
                "03-timeline-year-of-crisis.md",
                "inconsistent",
                "30 million",
            ),
            (
                "03-timeline-year-of-crisis.md",
                "fact-mismatch",
                "29 June 2018",
            ),
            (
                "03-timeline-year-of-crisis.md",
                "inconsistent",
                "29 June 2018",
            ),
            ("04-feature-utuado.txt", "fact-mismatch", "five years ago"),
            ("04-feature-utuado.txt", "inconsistent", "five years ago"),
            ("04-feature-utuado.txt", "fact-mismatch", "18 months"),
            ("04-feature-utuado.txt", "inconsistent", "18 months"),
            ("04-feature-utuado.txt", "acronym-mismatch", "NWS"),
            (
                "05-opinion-counting-the-dead.md",
                "fact-mismatch",
                "28 July",
            ),
            ("05-opinion-counting-the-dead.md", "inconsistent", "28 July"),
            (
                "05-opinion-counting-the-dead.md",
                "fact-mismatch",
                "nearly 2,000",
            ),
            (
                "05-opinion-counting-the-dead.md",
                "inconsistent",
                "nearly 2,000",
            ),
            (
                "05-opinion-counting-the-dead.md",
                "inconsistent",
                "About 35,000",
            ),
        ],
    );
}

#[test]
fn ranaplaza_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Rana Plaza collapse.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and no false alarm.
    assert_pack_finds(
        "ranaplaza",
        &[
            (
                "01_wire_tenth_anniversary.txt",
                "fact-mismatch",
                "nearly 2,000",
            ),
            (
                "01_wire_tenth_anniversary.txt",
                "inconsistent",
                "nearly 2,000",
            ),
            (
                "01_wire_tenth_anniversary.txt",
                "fact-mismatch",
                "12 May 2013",
            ),
            (
                "01_wire_tenth_anniversary.txt",
                "inconsistent",
                "12 May 2013",
            ),
            ("01_wire_tenth_anniversary.txt", "acronym-mismatch", "BGB"),
            ("02_explainer.md", "fact-mismatch", "July 2013"),
            ("02_explainer.md", "inconsistent", "July 2013"),
            ("02_explainer.md", "fact-mismatch", "40 million"),
            ("02_explainer.md", "inconsistent", "40 million"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Tuesday, 24 April 2013",
            ),
            ("03_timeline.txt", "fact-mismatch", "three"),
            ("03_timeline.txt", "inconsistent", "three"),
            ("03_timeline.txt", "invalid-date", "31 November 2013"),
            ("04_feature_survivor.txt", "inconsistent", "More than 5,000"),
            ("04_feature_survivor.txt", "fact-mismatch", "12 days"),
            ("04_feature_survivor.txt", "inconsistent", "12 days"),
            ("04_feature_survivor.txt", "anachronism", "1 June 2020"),
            ("05_opinion.txt", "fact-mismatch", "eleven years ago"),
            ("05_opinion.txt", "inconsistent", "eleven years ago"),
            ("05_opinion.txt", "fact-mismatch", "1,334"),
            ("05_opinion.txt", "inconsistent", "1,334"),
            ("05_opinion.txt", "wrong-name", "Clean Clothing Campaign"),
        ],
    );
}

#[test]
fn paris_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Paris climate agreement, written with US and British dates, abbreviations, a list, a table and a wrong figure in a quotation.
    // Scored before any change was made for it: 12 of the 14 planted errors
    // caught, and no false alarm. The misses, both caught since: "Obama had
    // pledged $5 billion" (the cue "pledg*" is read to the end of its word
    // before the money) and a quoted "Our withdrawal lasted seven months,"
    // said someone "who was …" (the pack's exclusion "WHO", in capitals,
    // is the acronym, not the pronoun).
    assert_pack_finds(
        "paris",
        &[
            ("01-wire-us-exit.txt", "fact-mismatch", "Nov. 4, 2017"),
            ("01-wire-us-exit.txt", "inconsistent", "Nov. 4, 2017"),
            ("01-wire-us-exit.txt", "acronym-mismatch", "GFC"),
            ("01-wire-us-exit.txt", "fact-mismatch", "5 billion"),
            ("01-wire-us-exit.txt", "inconsistent", "5 billion"),
            ("02-explainer-paris-at-ten.md", "fact-mismatch", "65"),
            ("02-explainer-paris-at-ten.md", "inconsistent", "65"),
            (
                "02-explainer-paris-at-ten.md",
                "invalid-date",
                "31 November 2017",
            ),
            (
                "02-explainer-paris-at-ten.md",
                "fact-mismatch",
                "seven months",
            ),
            (
                "02-explainer-paris-at-ten.md",
                "inconsistent",
                "seven months",
            ),
            (
                "02-explainer-paris-at-ten.md",
                "anachronism",
                "27 January 2026",
            ),
            (
                "03-timeline-us-and-paris.txt",
                "wrong-name",
                "International Panel on Climate Change",
            ),
            (
                "03-timeline-us-and-paris.txt",
                "fact-mismatch",
                "4 November 2018",
            ),
            (
                "03-timeline-us-and-paris.txt",
                "inconsistent",
                "4 November 2018",
            ),
            (
                "04-feature-le-bourget.txt",
                "weekday-mismatch",
                "Friday, Dec. 12, 2015",
            ),
            (
                "04-feature-le-bourget.txt",
                "fact-mismatch",
                "more than 190",
            ),
            ("04-feature-le-bourget.txt", "inconsistent", "more than 190"),
            (
                "05-opinion-one-year-clock.txt",
                "fact-mismatch",
                "21 April 2016",
            ),
            (
                "05-opinion-one-year-clock.txt",
                "inconsistent",
                "21 April 2016",
            ),
            ("05-opinion-one-year-clock.txt", "inconsistent", "180"),
            (
                "05-opinion-one-year-clock.txt",
                "fact-mismatch",
                "Three years ago",
            ),
            (
                "05-opinion-one-year-clock.txt",
                "inconsistent",
                "Three years ago",
            ),
        ],
    );
}

#[test]
fn challenger_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Challenger disaster, written with US and British dates, abbreviations, a list, a table and a wrong figure in a quotation.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and no false alarm.
    assert_pack_finds(
        "challenger",
        &[
            (
                "01-wire-anniversary.txt",
                "weekday-mismatch",
                "Wednesday, Jan. 28, 1986",
            ),
            ("01-wire-anniversary.txt", "fact-mismatch", "four years"),
            ("01-wire-anniversary.txt", "inconsistent", "four years"),
            (
                "01-wire-anniversary.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("02-explainer.md", "fact-mismatch", "more than 40,000"),
            ("02-explainer.md", "inconsistent", "more than 40,000"),
            ("02-explainer.md", "fact-mismatch", "1.2bn"),
            ("02-explainer.md", "inconsistent", "1.2bn"),
            ("02-explainer.md", "acronym-mismatch", "ACIB"),
            ("03-timeline.txt", "fact-mismatch", "37 seconds"),
            ("03-timeline.txt", "inconsistent", "37 seconds"),
            ("03-timeline.txt", "fact-mismatch", "29 September 1987"),
            ("03-timeline.txt", "inconsistent", "29 September 1987"),
            ("04-feature-concord.txt", "fact-mismatch", "nine"),
            ("04-feature-concord.txt", "inconsistent", "nine"),
            ("04-feature-concord.txt", "fact-mismatch", "June 6, 1987"),
            ("04-feature-concord.txt", "inconsistent", "June 6, 1987"),
            ("04-feature-concord.txt", "anachronism", "Jan. 28, 2026"),
            ("05-opinion.txt", "fact-mismatch", "39 years ago"),
            ("05-opinion.txt", "inconsistent", "39 years ago"),
            ("05-opinion.txt", "inconsistent", "three"),
            ("05-opinion.txt", "invalid-date", "31 June 1986"),
        ],
    );
}

#[test]
fn london2012_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the London 2012 Olympics, written with US and British dates, abbreviations, a list, a table and a wrong figure in a quotation.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and one false alarm, fixed: "the parade through central London
    // that closes the summer", in an article of 10 September 2012, was the
    // summer of 2011 (a season is now the latest one begun).
    assert_pack_finds(
        "london2012",
        &[
            ("01-wire-closing.txt", "fact-mismatch", "July 7, 2005"),
            ("01-wire-closing.txt", "inconsistent", "July 7, 2005"),
            ("01-wire-closing.txt", "fact-mismatch", "more than 12,000"),
            ("01-wire-closing.txt", "inconsistent", "more than 12,000"),
            ("01-wire-closing.txt", "anachronism", "Aug. 29, 2012"),
            ("02-explainer.md", "acronym-mismatch", "LDA"),
            ("02-explainer.md", "fact-mismatch", "80 days"),
            ("03-timeline.txt", "invalid-date", "31 April 2011"),
            ("03-timeline.txt", "fact-mismatch", "19 June 2012"),
            ("04-feature.md", "fact-mismatch", "14 years ago"),
            ("04-feature.md", "inconsistent", "14 years ago"),
            (
                "04-feature.md",
                "weekday-mismatch",
                "Thursday, July 6, 2005",
            ),
            ("04-feature.md", "fact-mismatch", "350"),
            ("04-feature.md", "inconsistent", "350"),
            ("05-opinion.txt", "fact-mismatch", "27"),
            ("05-opinion.txt", "inconsistent", "27"),
            ("05-opinion.txt", "inconsistent", "40,000"),
            ("05-opinion.txt", "fact-mismatch", "3.9bn"),
            ("05-opinion.txt", "inconsistent", "3.9bn"),
            (
                "05-opinion.txt",
                "wrong-name",
                "Olympic Development Authority",
            ),
        ],
    );
}

#[test]
fn mh17_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the downing of MH17, leaning on relative dates and hard-wrapped text.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and no false alarm.
    assert_pack_finds(
        "mh17",
        &[
            ("01-wire-verdict.txt", "fact-mismatch", "1.6 million"),
            ("01-wire-verdict.txt", "inconsistent", "1.6 million"),
            ("01-wire-verdict.txt", "fact-mismatch", "289"),
            ("01-wire-verdict.txt", "inconsistent", "289"),
            ("02-explainer-ten-years.md", "fact-mismatch", "October 2016"),
            ("02-explainer-ten-years.md", "inconsistent", "October 2016"),
            ("02-explainer-ten-years.md", "inconsistent", "some 40"),
            (
                "02-explainer-ten-years.md",
                "weekday-mismatch",
                "Wednesday, 17 November 2022",
            ),
            ("03-timeline.txt", "invalid-date", "31 June 2014"),
            ("03-timeline.txt", "fact-mismatch", "19 June 2018"),
            ("03-timeline.txt", "inconsistent", "19 June 2018"),
            ("03-timeline.txt", "acronym-mismatch", "IACO"),
            (
                "04-feature-vijfhuizen.txt",
                "fact-mismatch",
                "more than two hundred",
            ),
            (
                "04-feature-vijfhuizen.txt",
                "inconsistent",
                "more than two hundred",
            ),
            (
                "04-feature-vijfhuizen.txt",
                "fact-mismatch",
                "five years\nago",
            ),
            (
                "04-feature-vijfhuizen.txt",
                "inconsistent",
                "five years\nago",
            ),
            ("04-feature-vijfhuizen.txt", "anachronism", "21 July 2023"),
            (
                "05-opinion-accountability.txt",
                "fact-mismatch",
                "last March",
            ),
            (
                "05-opinion-accountability.txt",
                "inconsistent",
                "last March",
            ),
            (
                "05-opinion-accountability.txt",
                "fact-mismatch",
                "more than two years",
            ),
            (
                "05-opinion-accountability.txt",
                "inconsistent",
                "more than two years",
            ),
            (
                "05-opinion-accountability.txt",
                "wrong-name",
                "Dutch\nSecurity Board",
            ),
        ],
    );
}

#[test]
fn valdez_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Exxon Valdez spill, leaning on relative dates and hard-wrapped text.
    // Scored before any change was made for it: 13 of the 14 planted errors
    // caught, and one false alarm. The miss, "half a million seabirds", is
    // caught since "half a million" is said to the quarter million; the false
    // alarm, "this week" read alone in "34 years ago this week", is gone
    // since that is one date, the article's week so many years before.
    assert_pack_finds(
        "valdez",
        &[
            (
                "01_wire_supreme_court.txt",
                "weekday-mismatch",
                "Thursday, March 24, 1989",
            ),
            ("01_wire_supreme_court.txt", "inconsistent", "3,000"),
            ("01_wire_supreme_court.txt", "fact-mismatch", "21 years"),
            ("01_wire_supreme_court.txt", "inconsistent", "21 years"),
            ("02_explainer_30_years.md", "acronym-mismatch", "TSB"),
            ("02_explainer_30_years.md", "fact-mismatch", "October 1992"),
            ("02_explainer_30_years.md", "inconsistent", "October 1992"),
            ("02_explainer_30_years.md", "fact-mismatch", "500 million"),
            ("02_explainer_30_years.md", "inconsistent", "500 million"),
            (
                "03_timeline_25_years.txt",
                "invalid-date",
                "29 February 1990",
            ),
            (
                "03_timeline_25_years.txt",
                "fact-mismatch",
                "18 August 1991",
            ),
            ("03_timeline_25_years.txt", "inconsistent", "18 August 1991"),
            (
                "04_feature_cordova.txt",
                "fact-mismatch",
                "34 years ago this week",
            ),
            (
                "04_feature_cordova.txt",
                "inconsistent",
                "34 years ago this week",
            ),
            ("04_feature_cordova.txt", "fact-mismatch", "half a million"),
            ("04_feature_cordova.txt", "inconsistent", "half a million"),
            (
                "04_feature_cordova.txt",
                "wrong-name",
                "National Oceanographic and\nAtmospheric Administration",
            ),
            ("05_opinion_gulf.txt", "fact-mismatch", "more than 2,000"),
            ("05_opinion_gulf.txt", "inconsistent", "more than 2,000"),
            ("05_opinion_gulf.txt", "fact-mismatch", "three years ago"),
            ("05_opinion_gulf.txt", "inconsistent", "three years ago"),
            ("05_opinion_gulf.txt", "anachronism", "2012"),
        ],
    );
}

#[test]
fn haiti_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2010 Haiti earthquake, leaning on relative dates and hard-wrapped text.
    // Scored before any change was made for it: all 14 planted errors
    // caught, and one false alarm, fixed: "this week" read alone in "the
    // earthquake struck Haiti a year ago this week".
    assert_pack_finds(
        "haiti",
        &[
            ("01-wire-anniversary.txt", "acronym-mismatch", "IRHC"),
            ("01-wire-anniversary.txt", "inconsistent", "112"),
            (
                "02-explainer-cholera-apology.md",
                "weekday-mismatch",
                "Friday, 21 October 2010",
            ),
            (
                "02-explainer-cholera-apology.md",
                "fact-mismatch",
                "nearly 1,000",
            ),
            (
                "02-explainer-cholera-apology.md",
                "inconsistent",
                "nearly 1,000",
            ),
            (
                "02-explainer-cholera-apology.md",
                "fact-mismatch",
                "last month",
            ),
            (
                "03-timeline-five-years.txt",
                "fact-mismatch",
                "21 January 2010",
            ),
            ("03-timeline-five-years.txt", "fact-mismatch", "5.3 million"),
            ("03-timeline-five-years.txt", "inconsistent", "5.3 million"),
            (
                "03-timeline-five-years.txt",
                "invalid-date",
                "31 April 2010",
            ),
            (
                "04-feature-camps-a-year-on.txt",
                "fact-mismatch",
                "three million",
            ),
            (
                "04-feature-camps-a-year-on.txt",
                "inconsistent",
                "three million",
            ),
            (
                "04-feature-camps-a-year-on.txt",
                "wrong-name",
                "Interim\nHaiti Reconstruction Commission",
            ),
            (
                "04-feature-camps-a-year-on.txt",
                "anachronism",
                "21 October 2011",
            ),
            (
                "05-opinion-after-nippes.txt",
                "fact-mismatch",
                "Nine years ago",
            ),
            (
                "05-opinion-after-nippes.txt",
                "inconsistent",
                "Nine years ago",
            ),
            (
                "05-opinion-after-nippes.txt",
                "fact-mismatch",
                "between 22,000 and 31,600",
            ),
            (
                "05-opinion-after-nippes.txt",
                "inconsistent",
                "between 22,000 and 31,600",
            ),
            ("05-opinion-after-nippes.txt", "fact-mismatch", "three-year"),
            ("05-opinion-after-nippes.txt", "inconsistent", "three-year"),
        ],
    );
}

#[test]
fn sandy_the_planted_errors_are_found_and_known_false_alarms() {
    // A blind pack on Hurricane Sandy. Held out, 11 of the 14 planted errors
    // were caught, with two false alarms. Caught since: "shut for four days,
    // the longest weather closure since 1888" ("since 1888" no longer dates
    // the sentence far from the storm), "damage totalled some $25bn across
    // the Northeast" (a place after a measure does not narrow it), and
    // "signed the $50.5 billion Sandy relief bill on Jan. 6, 2013" (the
    // subject's name between the verb and the date counts one word). The
    // false alarm "signed … on Tuesday, 29 January 2013, the day after the
    // Senate passed it" is fixed (an offset said without a number). One is
    // pinned here: "| Community Development Block Grants (HUD) |" in a
    // table, an agency in brackets after a programme's name that the rules
    // do not list: nothing in the text says HUD is no typo.
    assert_pack_finds(
        "sandy",
        &[
            ("01_wire_landfall.txt", "fact-mismatch", "Oct. 19"),
            ("01_wire_landfall.txt", "inconsistent", "Oct. 19"),
            (
                "02_explainer_relief_bill.md",
                "fact-mismatch",
                "4.5 million",
            ),
            ("02_explainer_relief_bill.md", "inconsistent", "4.5 million"),
            ("02_explainer_relief_bill.md", "fact-mismatch", "nearly 300"),
            ("02_explainer_relief_bill.md", "inconsistent", "nearly 300"),
            ("02_explainer_relief_bill.md", "acronym-mismatch", "HUD"),
            (
                "02_explainer_relief_bill.md",
                "anachronism",
                "19 August 2013",
            ),
            ("03_timeline_one_year_on.txt", "inconsistent", "80"),
            ("03_timeline_one_year_on.txt", "fact-mismatch", "four days"),
            ("03_timeline_one_year_on.txt", "acronym-mismatch", "PSEG"),
            (
                "03_timeline_one_year_on.txt",
                "invalid-date",
                "31 November 2012",
            ),
            (
                "04_feature_breezy_point.txt",
                "fact-mismatch",
                "eleven years ago",
            ),
            (
                "04_feature_breezy_point.txt",
                "inconsistent",
                "eleven years ago",
            ),
            (
                "04_feature_breezy_point.txt",
                "weekday-mismatch",
                "Wednesday, 30 October 2012",
            ),
            (
                "04_feature_breezy_point.txt",
                "fact-mismatch",
                "more than 250",
            ),
            (
                "04_feature_breezy_point.txt",
                "inconsistent",
                "more than 250",
            ),
            (
                "04_feature_breezy_point.txt",
                "wrong-name",
                "Metropolitan Transit Authority",
            ),
            ("05_opinion_five_years.txt", "fact-mismatch", "some $25bn"),
            ("05_opinion_five_years.txt", "fact-mismatch", "Jan. 6, 2013"),
            ("05_opinion_five_years.txt", "inconsistent", "Jan. 6, 2013"),
        ],
    );
}

#[test]
fn nepal_the_planted_errors_are_found_and_known_false_alarms() {
    // A blind pack on the 2015 Nepal earthquake. Held out, 13 of the 14
    // planted errors were caught, with no false alarm; the quoted "more than
    // 20,000" is advice, as planted. The miss, "It kills more than 10,000
    // people in Nepal, injures about 22,000 and destroys some half a million
    // homes", a timeline entry's second sentence, is caught since: a
    // sentence whose subject is a pronoun continues the one before, whatever
    // else it names.
    assert_pack_finds(
        "nepal",
        &[
            (
                "01-wire-anniversary.txt",
                "fact-mismatch",
                "more than 20,000",
            ),
            (
                "01-wire-anniversary.txt",
                "inconsistent",
                "more than 20,000",
            ),
            ("01-wire-anniversary.txt", "fact-mismatch", "43"),
            ("01-wire-anniversary.txt", "inconsistent", "43"),
            ("01-wire-anniversary.txt", "anachronism", "24 April 2021"),
            (
                "02-explainer-ten-years.md",
                "fact-mismatch",
                "nearly three minutes",
            ),
            ("02-explainer-ten-years.md", "fact-mismatch", "some 60,000"),
            ("02-explainer-ten-years.md", "inconsistent", "some 60,000"),
            ("02-explainer-ten-years.md", "acronym-mismatch", "NPDA"),
            ("03-timeline.txt", "fact-mismatch", "more than 10,000"),
            ("03-timeline.txt", "inconsistent", "more than 10,000"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Monday, 25 June 2015",
            ),
            (
                "04-feature-laprak.txt",
                "fact-mismatch",
                "Five years ago\nthis week",
            ),
            (
                "04-feature-laprak.txt",
                "inconsistent",
                "Five years ago\nthis week",
            ),
            ("04-feature-laprak.txt", "fact-mismatch", "May 21"),
            ("04-feature-laprak.txt", "inconsistent", "May 21"),
            ("04-feature-laprak.txt", "invalid-date", "June 31, 2015"),
            ("05-opinion-pledges.txt", "fact-mismatch", "April 15, 2015"),
            ("05-opinion-pledges.txt", "inconsistent", "April 15, 2015"),
            ("05-opinion-pledges.txt", "fact-mismatch", "2.4bn"),
            ("05-opinion-pledges.txt", "inconsistent", "2.4bn"),
            (
                "05-opinion-pledges.txt",
                "wrong-name",
                "National Rebuilding Authority",
            ),
            ("05-opinion-pledges.txt", "inconsistent", "60"),
        ],
    );
}

#[test]
fn concordia_the_planted_errors_are_found_and_known_false_alarms() {
    // A blind pack on the Costa Concordia. Held out, 13 of the 14 planted
    // errors were caught, with no false alarm. The miss, "offered €14,000
    // per passenger", is caught since: a word of wishing ("offered") that is
    // a rule's cue does not make the amount after it a wish.
    assert_pack_finds(
        "concordia",
        &[
            ("01_wire_genoa.txt", "fact-mismatch", "Sept. 19, 2013"),
            ("01_wire_genoa.txt", "inconsistent", "Sept. 19, 2013"),
            ("01_wire_genoa.txt", "anachronism", "Feb. 11, 2015"),
            (
                "01_wire_genoa.txt",
                "wrong-name",
                "International\nMarine Organization",
            ),
            ("02_explainer.md", "fact-mismatch", "31 January 2012"),
            ("02_explainer.md", "inconsistent", "31 January 2012"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Tuesday 16 September 2013",
            ),
            ("03_timeline.txt", "fact-mismatch", "more than 40"),
            ("03_timeline.txt", "inconsistent", "more than 40"),
            ("03_timeline.txt", "inconsistent", "800 million"),
            ("04_feature_giglio.txt", "fact-mismatch", "4,329"),
            ("04_feature_giglio.txt", "inconsistent", "4,329"),
            ("04_feature_giglio.txt", "fact-mismatch", "Thirty-six"),
            ("04_feature_giglio.txt", "inconsistent", "Thirty-six"),
            ("04_feature_giglio.txt", "fact-mismatch", "14,000"),
            ("04_feature_giglio.txt", "inconsistent", "14,000"),
            ("04_feature_giglio.txt", "fact-mismatch", "14 hours"),
            ("04_feature_giglio.txt", "inconsistent", "14 hours"),
            ("04_feature_giglio.txt", "invalid-date", "June 31, 2014"),
            ("05_opinion.txt", "fact-mismatch", "Ten years ago this week"),
            ("05_opinion.txt", "inconsistent", "Ten years ago this week"),
            ("05_opinion.txt", "acronym-mismatch", "MSA"),
        ],
    );
}

#[test]
fn eyja_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2010 eruption of Eyjafjallajökull and the air-travel shutdown, written with no-break spaces in
    // figures and dates, a table, a list and figures in subheads; scored on
    // the build with round 9's fixes. 13 of the 14 planted errors caught and
    // one false alarm, both fixed: the miss, "14 March 2010 — The summit
    // eruption begins shortly after 1 a.m." (the clock time took the cue
    // from the entry's date), and the false alarm, "100\u{a0}000" read as a
    // count of 000.
    assert_pack_finds(
        "eyja",
        &[
            (
                "01-wire-iata-losses.txt",
                "wrong-name",
                "Civilian Aviation Authority",
            ),
            ("01-wire-iata-losses.txt", "fact-mismatch", "1918"),
            ("01-wire-iata-losses.txt", "inconsistent", "1918"),
            ("01-wire-iata-losses.txt", "inconsistent", "about 80"),
            (
                "02-explainer-ten-years-on.md",
                "fact-mismatch",
                "20\u{a0}February",
            ),
            (
                "02-explainer-ten-years-on.md",
                "inconsistent",
                "20\u{a0}February",
            ),
            ("02-explainer-ten-years-on.md", "acronym-mismatch", "NATS"),
            (
                "03-timeline-year-of-ash.txt",
                "fact-mismatch",
                "14 March 2010",
            ),
            (
                "03-timeline-year-of-ash.txt",
                "inconsistent",
                "14 March 2010",
            ),
            (
                "03-timeline-year-of-ash.txt",
                "weekday-mismatch",
                "Friday 15 April 2010",
            ),
            (
                "03-timeline-year-of-ash.txt",
                "fact-mismatch",
                "nineteen days",
            ),
            (
                "03-timeline-year-of-ash.txt",
                "inconsistent",
                "nineteen days",
            ),
            (
                "04-feature-under-the-volcano.txt",
                "fact-mismatch",
                "six years ago",
            ),
            (
                "04-feature-under-the-volcano.txt",
                "inconsistent",
                "six years ago",
            ),
            ("04-feature-under-the-volcano.txt", "fact-mismatch", "1.7m"),
            ("04-feature-under-the-volcano.txt", "inconsistent", "1.7m"),
            (
                "04-feature-under-the-volcano.txt",
                "invalid-date",
                "31 June 2010",
            ),
            ("05-opinion-grounded.md", "fact-mismatch", "nearly 50,000"),
            ("05-opinion-grounded.md", "inconsistent", "nearly 50,000"),
            ("05-opinion-grounded.md", "fact-mismatch", "1.2 million"),
            ("05-opinion-grounded.md", "inconsistent", "1.2 million"),
            ("05-opinion-grounded.md", "anachronism", "1 July 2020"),
        ],
    );
}

#[test]
fn max_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Boeing 737 MAX crashes and grounding, written with no-break spaces in
    // figures and dates, a table, a list and figures in subheads; scored on
    // the build with round 9's fixes. All 14 planted errors caught, and one
    // false alarm, fixed: "The FAA grounds 171 MAX 9s" (the crisis's only
    // fact, a cost no rule fixes, cued by the name) disagreed with the
    // costs in money elsewhere; money and counts of things are not
    // compared.
    assert_pack_finds(
        "max",
        &[
            (
                "01-wire-addis-anniversary.txt",
                "fact-mismatch",
                "nearly 300",
            ),
            (
                "01-wire-addis-anniversary.txt",
                "inconsistent",
                "nearly 300",
            ),
            (
                "01-wire-addis-anniversary.txt",
                "wrong-name",
                "Federal Aviation Authority",
            ),
            (
                "01-wire-addis-anniversary.txt",
                "fact-mismatch",
                "November\u{a0}2021",
            ),
            (
                "01-wire-addis-anniversary.txt",
                "inconsistent",
                "November\u{a0}2021",
            ),
            ("02-explainer-max-in-numbers.md", "acronym-mismatch", "AESA"),
            (
                "02-explainer-max-in-numbers.md",
                "fact-mismatch",
                "234.6 million",
            ),
            (
                "02-explainer-max-in-numbers.md",
                "invalid-date",
                "31 September 2020",
            ),
            ("03-timeline-max.txt", "fact-mismatch", "198"),
            ("03-timeline-max.txt", "inconsistent", "198"),
            ("03-timeline-max.txt", "fact-mismatch", "22 September 2021"),
            ("03-timeline-max.txt", "inconsistent", "22 September 2021"),
            (
                "04-feature-jakarta-families.txt",
                "weekday-mismatch",
                "Tuesday, October 29, 2018",
            ),
            (
                "04-feature-jakarta-families.txt",
                "fact-mismatch",
                "six years ago",
            ),
            (
                "04-feature-jakarta-families.txt",
                "inconsistent",
                "six years ago",
            ),
            (
                "04-feature-jakarta-families.txt",
                "anachronism",
                "25 October 2024",
            ),
            (
                "05-opinion-max-culture.txt",
                "fact-mismatch",
                "Oct. 29, 2019",
            ),
            (
                "05-opinion-max-culture.txt",
                "inconsistent",
                "Oct. 29, 2019",
            ),
            (
                "05-opinion-max-culture.txt",
                "fact-mismatch",
                "fourteen months",
            ),
            (
                "05-opinion-max-culture.txt",
                "inconsistent",
                "fourteen months",
            ),
            (
                "05-opinion-max-culture.txt",
                "inconsistent",
                "about $8 billion",
            ),
        ],
    );
}

#[test]
fn harvey_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Hurricane Harvey, 2017, written with no-break spaces in
    // figures and dates, a table, a list and figures in subheads; scored on
    // the build with round 9's fixes. All 14 planted errors caught, and one
    // false alarm, fixed: "So far this year, no hurricane has struck Texas"
    // named the storm (a generic name after "no" names no one thing).
    assert_pack_finds(
        "harvey",
        &[
            ("01-wire-bond-vote.txt", "fact-mismatch", "more than 200"),
            ("01-wire-bond-vote.txt", "anachronism", "August 25, 2018"),
            ("02-explainer-five-years.md", "fact-mismatch", "50.58"),
            ("02-explainer-five-years.md", "inconsistent", "50.58"),
            ("02-explainer-five-years.md", "acronym-mismatch", "NOAA"),
            (
                "02-explainer-five-years.md",
                "fact-mismatch",
                "18 September 2017",
            ),
            (
                "02-explainer-five-years.md",
                "inconsistent",
                "18 September 2017",
            ),
            ("03-timeline.txt", "inconsistent", "3,000"),
            ("03-timeline.txt", "fact-mismatch", "12 April 2019"),
            ("03-timeline.txt", "inconsistent", "12 April 2019"),
            (
                "04-feature-meyerland.txt",
                "fact-mismatch",
                "August 28, 2017",
            ),
            (
                "04-feature-meyerland.txt",
                "inconsistent",
                "August 28, 2017",
            ),
            ("04-feature-meyerland.txt", "fact-mismatch", "two weeks"),
            ("04-feature-meyerland.txt", "inconsistent", "two weeks"),
            (
                "04-feature-meyerland.txt",
                "weekday-mismatch",
                "Wednesday, August 31, 2017",
            ),
            ("04-feature-meyerland.txt", "invalid-date", "June 31, 2018"),
            ("05-opinion-beryl.txt", "fact-mismatch", "five years ago"),
            ("05-opinion-beryl.txt", "inconsistent", "five years ago"),
            ("05-opinion-beryl.txt", "fact-mismatch", "12.5bn"),
            ("05-opinion-beryl.txt", "inconsistent", "12.5bn"),
            (
                "05-opinion-beryl.txt",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
        ],
    );
}

#[test]
fn titanic_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the sinking of the Titanic, written with ordinal dates, parts of
    // periods, a time with a date, numbers in words and events that share
    // their verbs; scored on the build with round 10's fixes. All 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "titanic",
        &[
            (
                "01-halifax-wire.txt",
                "weekday-mismatch",
                "Monday, 14 April 1912",
            ),
            ("01-halifax-wire.txt", "fact-mismatch", "more than 1,800"),
            ("02-numbers-explainer.md", "fact-mismatch", "13 April"),
            ("02-numbers-explainer.md", "fact-mismatch", "90 minutes"),
            ("02-numbers-explainer.md", "inconsistent", "90 minutes"),
            (
                "02-numbers-explainer.md",
                "wrong-name",
                "Woods Hole Oceanographic Institute",
            ),
            ("03-timeline.txt", "fact-mismatch", "twenty-four"),
            ("03-timeline.txt", "invalid-date", "31 April 1912"),
            ("03-timeline.txt", "fact-mismatch", "12 May 1912"),
            ("03-timeline.txt", "inconsistent", "12 May 1912"),
            ("04-cobh-feature.txt", "fact-mismatch", "12th of April"),
            ("04-cobh-feature.txt", "inconsistent", "12th of April"),
            ("04-cobh-feature.txt", "inconsistent", "86"),
            ("04-cobh-feature.txt", "anachronism", "18 June 2023"),
            ("04-cobh-feature.txt", "acronym-mismatch", "HTS"),
            ("05-opinion.txt", "fact-mismatch", "7.5 million"),
            ("05-opinion.txt", "inconsistent", "7.5 million"),
            ("05-opinion.txt", "fact-mismatch", "35 years ago"),
            ("05-opinion.txt", "inconsistent", "35 years ago"),
        ],
    );
}

#[test]
fn uri_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Texas power crisis of February 2021, written with ordinal dates, parts of
    // periods, a time with a date, numbers in words and events that share
    // their verbs; scored on the build with round 10's fixes. All 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "uri",
        &[
            ("01-wire-brazos.txt", "anachronism", "3 March 2021"),
            (
                "01-wire-brazos.txt",
                "wrong-name",
                "Energy Reliability Council of Texas",
            ),
            (
                "02-explainer.md",
                "fact-mismatch",
                "Four years ago this week",
            ),
            (
                "02-explainer.md",
                "inconsistent",
                "Four years ago this week",
            ),
            ("02-explainer.md", "acronym-mismatch", "NERC"),
            ("02-explainer.md", "fact-mismatch", "2.1 million"),
            ("02-explainer.md", "inconsistent", "2.1 million"),
            ("03-timeline.txt", "fact-mismatch", "nearly 2 million"),
            ("03-timeline.txt", "inconsistent", "nearly 2 million"),
            ("03-timeline.txt", "fact-mismatch", "1 April 2021"),
            ("03-timeline.txt", "inconsistent", "1 April 2021"),
            (
                "04-feature.txt",
                "weekday-mismatch",
                "16 February 2021, a Monday",
            ),
            ("04-feature.txt", "fact-mismatch", "146"),
            ("04-feature.txt", "inconsistent", "146"),
            ("04-feature.txt", "invalid-date", "29 February 2021"),
            ("05-opinion.txt", "inconsistent", "2.4 million"),
            ("05-opinion.txt", "fact-mismatch", "forty-two hours"),
            ("05-opinion.txt", "inconsistent", "forty-two hours"),
            ("05-opinion.txt", "fact-mismatch", "late March 2021"),
            ("05-opinion.txt", "inconsistent", "late March 2021"),
            ("05-opinion.txt", "fact-mismatch", "June 18th, 2021"),
            ("05-opinion.txt", "inconsistent", "June 18th, 2021"),
        ],
    );
}

#[test]
fn genoa_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the collapse of the Morandi bridge in Genoa, written with ordinal dates, parts of
    // periods, a time with a date, numbers in words and events that share
    // their verbs; scored on the build with round 10's fixes. 13 of the 14 planted errors caught, no false alarm. The miss,
    // "Cassa Depositi e Prestiti (CPD)", is caught since: Italian "e" is a
    // small word of a name, as "and" is.
    assert_pack_finds(
        "genoa",
        &[
            (
                "01-wire-trial-opens.txt",
                "anachronism",
                "19 September 2022",
            ),
            ("01-wire-trial-opens.txt", "fact-mismatch", "15 August 2018"),
            ("01-wire-trial-opens.txt", "inconsistent", "15 August 2018"),
            ("02-explainer-five-years.md", "fact-mismatch", "4.3 billion"),
            ("02-explainer-five-years.md", "inconsistent", "4.3 billion"),
            ("02-explainer-five-years.md", "acronym-mismatch", "CPD"),
            ("02-explainer-five-years.md", "fact-mismatch", "Fifty-three"),
            ("02-explainer-five-years.md", "inconsistent", "Fifty-three"),
            ("03-timeline.txt", "invalid-date", "31 September 2018"),
            ("03-timeline.txt", "fact-mismatch", "1,076"),
            ("03-timeline.txt", "inconsistent", "1,076"),
            (
                "04-feature-certosa.txt",
                "weekday-mismatch",
                "Tuesday, 3 August 2020",
            ),
            (
                "04-feature-certosa.txt",
                "fact-mismatch",
                "28th of July 2019",
            ),
            (
                "04-feature-certosa.txt",
                "inconsistent",
                "28th of July 2019",
            ),
            ("04-feature-certosa.txt", "fact-mismatch", "nine months"),
            ("04-feature-certosa.txt", "inconsistent", "nine months"),
            ("05-opinion-six-years.txt", "fact-mismatch", "nearly 40"),
            ("05-opinion-six-years.txt", "inconsistent", "nearly 40"),
            ("05-opinion-six-years.txt", "inconsistent", "1,819"),
            (
                "05-opinion-six-years.txt",
                "fact-mismatch",
                "three years ago",
            ),
            (
                "05-opinion-six-years.txt",
                "inconsistent",
                "three years ago",
            ),
            (
                "05-opinion-six-years.txt",
                "wrong-name",
                "Autostrade d'Italia",
            ),
        ],
    );
}

#[test]
fn apollo13_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Apollo 13 mission, mixing every earlier round's forms, with
    // hard-wrapped text and two events of one kind in a sentence; scored on
    // the build with round 11's fixes. 13 of the 14 planted errors caught, no false alarm; the
    // miss, "splashed down on the 16th" (a bare ordinal day), is caught now:
    // an ordinal day alone is read in the month of the fact it claims.
    assert_pack_finds(
        "apollo13",
        &[
            ("01-hutchinson-wire.txt", "fact-mismatch", "April 13, 1970"),
            ("01-hutchinson-wire.txt", "inconsistent", "April 13, 1970"),
            (
                "01-hutchinson-wire.txt",
                "fact-mismatch",
                "more than 260,000",
            ),
            (
                "01-hutchinson-wire.txt",
                "inconsistent",
                "more than 260,000",
            ),
            (
                "01-hutchinson-wire.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("02-numbers-explainer.md", "fact-mismatch", "420,000"),
            ("02-numbers-explainer.md", "inconsistent", "420,000"),
            ("02-numbers-explainer.md", "anachronism", "26 November 2022"),
            ("02-numbers-explainer.md", "fact-mismatch", "the 16th"),
            ("02-numbers-explainer.md", "inconsistent", "the 16th"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Thursday, 17 April 1970",
            ),
            ("03-timeline.txt", "fact-mismatch", "15 July 1970"),
            ("03-timeline.txt", "inconsistent", "15 July 1970"),
            ("04-review-board-feature.txt", "fact-mismatch", "eight days"),
            ("04-review-board-feature.txt", "inconsistent", "eight days"),
            (
                "04-review-board-feature.txt",
                "invalid-date",
                "April 31, 1970",
            ),
            ("04-review-board-feature.txt", "acronym-mismatch", "JPL"),
            ("05-opinion.txt", "fact-mismatch", "Fifty-three years ago"),
            ("05-opinion.txt", "inconsistent", "Fifty-three years ago"),
            ("05-opinion.txt", "inconsistent", "nine"),
            ("05-opinion.txt", "fact-mismatch", "3.1 million"),
            ("05-opinion.txt", "inconsistent", "3.1 million"),
        ],
    );
}

#[test]
fn christchurch_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Christchurch earthquakes, mixing every earlier round's forms, with
    // hard-wrapped text and two events of one kind in a sentence; scored on
    // the build with round 11's fixes. All 14 planted errors caught, one false alarm, fixed: "the
    // 19th-century building" read as a date of the vote before it (a
    // century joined to its noun describes it).
    assert_pack_finds(
        "christchurch",
        &[
            (
                "01-wire-anniversary.txt",
                "weekday-mismatch",
                "Monday, Feb. 22, 2011",
            ),
            ("01-wire-anniversary.txt", "fact-mismatch", "more than 200"),
            ("01-wire-anniversary.txt", "inconsistent", "more than 200"),
            ("01-wire-anniversary.txt", "acronym-mismatch", "GPC"),
            ("02-explainer-red-zones.md", "fact-mismatch", "18 months"),
            // against "For more than two years, soldiers and fences kept the
            // public out": one word before "and" is no clause
            ("02-explainer-red-zones.md", "inconsistent", "18 months"),
            ("02-explainer-red-zones.md", "anachronism", "15 August 2023"),
            ("02-explainer-red-zones.md", "fact-mismatch", "about $4bn"),
            ("02-explainer-red-zones.md", "inconsistent", "about $4bn"),
            ("03-timeline.txt", "fact-mismatch", "eight"),
            ("03-timeline.txt", "inconsistent", "eight"),
            ("03-timeline.txt", "invalid-date", "31 April 2011"),
            ("03-timeline.txt", "fact-mismatch", "23 June 2012"),
            ("03-timeline.txt", "inconsistent", "23 June 2012"),
            (
                "04-feature-cathedral.txt",
                "fact-mismatch",
                "16th of December 1865",
            ),
            (
                "04-feature-cathedral.txt",
                "wrong-name",
                "Christchurch Earthquake Recovery Authority",
            ),
            ("04-feature-cathedral.txt", "fact-mismatch", "125"),
            ("04-feature-cathedral.txt", "inconsistent", "125"),
            ("05-opinion-red-zone.txt", "fact-mismatch", "12 years ago"),
            ("05-opinion-red-zone.txt", "inconsistent", "12 years ago"),
            ("05-opinion-red-zone.txt", "inconsistent", "21"),
        ],
    );
}

#[test]
fn campfire_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Camp Fire of 2018, mixing every earlier round's forms, with
    // hard-wrapped text and two events of one kind in a sentence; scored on
    // the build with round 11's fixes. 13 of the 14 planted errors caught, one false alarm, both
    // fixed: the miss, "Pacific Gas and Electricity Company" (a wrong name
    // that a right variant, "Pacific Gas and Electric", begins was taken for
    // it: a phrase begins a text only as a whole word), and the false
    // alarm, "Paradise, a town of about 26,000 people" read as the death
    // toll (the size of a place claims only a fact of a population).
    assert_pack_finds(
        "campfire",
        &[
            ("01-wire-five-years.txt", "acronym-mismatch", "NSW"),
            (
                "01-wire-five-years.txt",
                "fact-mismatch",
                "more than 18,000",
            ),
            ("01-wire-five-years.txt", "fact-mismatch", "four years ago"),
            ("01-wire-five-years.txt", "inconsistent", "four years ago"),
            (
                "02-explainer-bankruptcy-exit.md",
                "fact-mismatch",
                "Jan. 14, 2019",
            ),
            (
                "02-explainer-bankruptcy-exit.md",
                "inconsistent",
                "Jan. 14, 2019",
            ),
            (
                "02-explainer-bankruptcy-exit.md",
                "fact-mismatch",
                "15.5 billion",
            ),
            (
                "02-explainer-bankruptcy-exit.md",
                "inconsistent",
                "15.5 billion",
            ),
            (
                "02-explainer-bankruptcy-exit.md",
                "anachronism",
                "Jan. 4, 2021",
            ),
            ("03-timeline.txt", "fact-mismatch", "135,336"),
            ("03-timeline.txt", "inconsistent", "135,336"),
            ("03-timeline.txt", "inconsistent", "1,726"),
            ("03-timeline.txt", "fact-mismatch", "28 November 2018"),
            ("03-timeline.txt", "inconsistent", "28 November 2018"),
            (
                "04-feature-who-stayed.txt",
                "invalid-date",
                "November 31, 2018",
            ),
            ("04-feature-who-stayed.txt", "fact-mismatch", "24 days"),
            ("04-feature-who-stayed.txt", "inconsistent", "24 days"),
            (
                "05-opinion-price-of-paradise.txt",
                "weekday-mismatch",
                "Thursday, June 16, 2020",
            ),
            (
                "05-opinion-price-of-paradise.txt",
                "wrong-name",
                "Pacific Gas and Electricity",
            ),
            (
                "05-opinion-price-of-paradise.txt",
                "fact-mismatch",
                "Seventy-four",
            ),
            (
                "05-opinion-price-of-paradise.txt",
                "inconsistent",
                "Seventy-four",
            ),
        ],
    );
}

/// A distance right after a comma that follows a name no rule knows, and
/// before "from", "away" or "north of", locates that name ("flown to Chiang
/// Rai Prachanukroh Hospital, about 70 kilometres from the cave"): it is no
/// claim about the fact its unit cues. Said of the subject, it still is.
#[test]
fn a_distance_in_apposition_to_another_name_locates_it() {
    let rules = pack("thaicave");
    let dateline = "CHIANG RAI, Thailand, 10 July 2018 (Reuters) —\n\nThe boys were found about 4 kilometres from the cave entrance.";
    let located = format!(
        "{dateline} They were flown to Chiang Rai Prachanukroh Hospital, about 70 kilometres from the cave.\n"
    );
    assert_eq!(check_text(&rules, &located), []);
    let claimed = format!(
        "{dateline} Divers said the boys were found about 70 kilometres from the cave entrance.\n"
    );
    assert_eq!(
        check_text(&rules, &claimed),
        [("t.txt".to_string(), "inconsistent", "about 70".to_string())]
    );
}

/// Two subjects may share a generic name ("protesters" of the 2014
/// occupation and of the 2019 protests): the context words decide which it
/// names, and with neither's it names neither.
#[test]
fn a_generic_name_two_subjects_share_names_the_one_whose_context_stands_by() {
    let rules = pack("hongkong");
    let text =
        "OPINION | 2 July 2020\n\nProtesters stormed the Legislative Council on 12 June 2019.\n";
    assert_eq!(
        check_text(&rules, text),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "12 June 2019".to_string()
        )]
    );
    let neither = "OPINION | 2 July 2020\n\nProtesters stormed the building on 12 June 2019.\n";
    assert_eq!(check_text(&rules, neither), []);
}

#[test]
fn suez_the_planted_errors_are_found_and_nothing_else() {
    // missed: "The Ever Given, an 18,000-TEU ship delivered in 2018, …":
    // the sentence writes a year three years before the blockage, so its
    // counts are of another time (without "delivered in 2018" it is caught)
    assert_pack_finds(
        "suez",
        &[
            ("01-wire-refloated.txt", "fact-mismatch", "nearly 300"),
            ("01-wire-refloated.txt", "inconsistent", "nearly 300"),
            (
                "01-wire-refloated.txt",
                "fact-mismatch",
                "some $6.9 billion",
            ),
            (
                "02-markets-analysis.txt",
                "fact-mismatch",
                "about 30 per cent",
            ),
            (
                "02-markets-analysis.txt",
                "inconsistent",
                "about 30 per cent",
            ),
            ("03-anniversary.md", "fact-mismatch", "six months"),
            ("03-anniversary.md", "acronym-mismatch", "IMB"),
            ("03-anniversary.md", "anachronism", "17 April 2022"),
            (
                "04-timeline.txt",
                "weekday-mismatch",
                "Sunday, 29 March 2021",
            ),
            ("04-timeline.txt", "inconsistent", "11"),
            ("04-timeline.txt", "invalid-date", "31 April 2021"),
            ("05-letter.txt", "fact-mismatch", "more than ten days"),
            ("05-letter.txt", "fact-mismatch", "August 2021"),
            ("05-letter.txt", "inconsistent", "August 2021"),
            (
                "05-letter.txt",
                "wrong-name",
                "United Nations Council on Trade and Development",
            ),
        ],
    );
}

/// The noun an amount counts is in its own clause: in "by 51.9 per cent
/// to 48.1 per cent, on a turnout of 71.2 per cent" the turnout is 71.2
/// only; Remain's 48.1 had been a second wrong turnout.
#[test]
fn an_amounts_noun_is_in_its_own_clause() {
    let rules = pack("brexit");
    let text = "LONDON, 12 March 2019 — Leave won the referendum of 23 June 2016 by 51.9 per cent to 48.1 per cent, on a turnout of 71.2 per cent.";
    assert_eq!(
        check_text(&rules, text),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "71.2 per cent".to_string()
        )]
    );
}

/// A date between a determiner and a noun that no rule names dates that
/// noun ("since the 1992 general election"); a date before a verb that
/// reports a "that" clause dates the report ("A poll this month found that
/// … wrong to vote to leave").
#[test]
fn a_date_of_another_noun_or_of_a_report_claims_nothing() {
    let rules = pack("brexit");
    for text in [
        "LONDON, 23 June 2021 — Turnout was the highest in a UK-wide vote since the 1992 general election.",
        "LONDON, 23 June 2021 — A YouGov poll this month found that 49 per cent of voters think Britain was wrong to vote to leave.",
    ] {
        assert_eq!(check_text(&rules, text), [], "{text}");
    }
    // the noun is a name of the subject: the date is its date
    assert_eq!(
        check_text(
            &rules,
            "LONDON, 23 June 2021 — Britain voted to leave the EU in the 2017 referendum."
        ),
        [("t.txt".to_string(), "fact-mismatch", "2017".to_string())]
    );
}

/// Counts of a part: the whole it is counted out of ("three of its six
/// reactors"), and what has yet to happen or still holds ("36,000 people
/// displaced … have yet to return").
#[test]
fn the_whole_of_a_part_and_what_is_yet_to_happen_are_no_claims() {
    let rules = pack("tohoku");
    for text in [
        "TOKYO, 11 March 2021 — At Fukushima Daiichi, meltdowns followed in three of its six reactors.",
        "TOKYO, 11 March 2021 — Some 36,000 people displaced by the Fukushima disaster have yet to return.",
    ] {
        assert_eq!(check_text(&rules, text), [], "{text}");
    }
}

/// A number joined to an acronym after it is a compound adjective, as one
/// joined to a lower-case word is: "an 18,000-TEU ship" claims the
/// capacity, where "TEU" is a cue.
#[test]
fn a_number_joined_to_an_acronym_is_a_compound() {
    let suez = pack("suez");
    assert_eq!(
        check_text(
            &suez,
            "CAIRO, 1 April 2021 — The Ever Given, an 18,000-TEU ship, is one of the largest afloat."
        ),
        [("t.txt".to_string(), "fact-mismatch", "18,000".to_string())]
    );
}

/// A cue right before a number in digits labels it: "the magnitude 8.9
/// earthquake" claims the magnitude.
#[test]
fn a_cue_right_before_a_number_labels_it() {
    let rules = pack("tohoku");
    assert_eq!(
        check_text(
            &rules,
            "TOKYO, 11 March 2021 — The magnitude 8.9 earthquake struck off the Tohoku region of Japan."
        ),
        [("t.txt".to_string(), "fact-mismatch", "8.9".to_string())]
    );
    assert_eq!(
        check_text(
            &rules,
            "TOKYO, 11 March 2021 — The magnitude 9.0 earthquake struck off the Tohoku region of Japan."
        ),
        []
    );
}

/// "That" that begins a clause ("estimates that more than 80% of world
/// trade") does not refer back to the sentence before, as "that canal"
/// would.
#[test]
fn that_before_a_clause_does_not_refer_back() {
    let rules = pack("suez");
    let text = "CAIRO, 1 April 2021 — The Suez Canal carries about 12% of world trade. UNCTAD estimates that more than 80% of world trade by volume travels by sea.";
    assert_eq!(check_text(&rules, text), []);
    let back = "CAIRO, 1 April 2021 — The Suez Canal carries about 12% of world trade. That canal carries more than 80% of world trade.";
    assert_eq!(
        check_text(&rules, back),
        [
            (
                "t.txt".to_string(),
                "fact-mismatch",
                "more than 80%".to_string()
            ),
            (
                "t.txt".to_string(),
                "inconsistent",
                "more than 80%".to_string()
            ),
        ]
    );
}

/// A date a decade or more from all of a subject's dates, beside only a
/// generic name of it, is another event of its kind: the canal's closure of
/// 1967–75 is not the blockage of 2021. Named by an alias, it is checked.
#[test]
fn a_generic_name_a_decade_from_the_subject_is_another_event() {
    let rules = pack("suez");
    let other = "LONDON, 14 March 2024 — Older readers will recall the eight-year closure of the Suez Canal after 1967, which ended only when Egypt reopened it on 5 June 1975.";
    assert_eq!(check_text(&rules, other), []);
    let named = "LONDON, 14 March 2024 — The Suez Canal blockage ended when salvors refloated the Ever Given on 5 June 2011.";
    assert_eq!(
        check_text(&rules, named),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "5 June 2011".to_string()
        )]
    );
}

#[test]
fn berlin_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "berlin",
        &[
            (
                "01-wire-anniversary.txt",
                "weekday-mismatch",
                "13 August 1961, a Saturday",
            ),
            ("01-wire-anniversary.txt", "fact-mismatch", "more than 150"),
            ("01-wire-anniversary.txt", "acronym-mismatch", "SPD"),
            ("02-explainer-unity.md", "fact-mismatch", "32 years"),
            ("02-explainer-unity.md", "inconsistent", "32 years"),
            // not "a Cold War that lasted more than four decades", beside
            // the Berlin Wall: the relative clause is the Cold War's
            ("02-explainer-unity.md", "fact-mismatch", "thirty years ago"),
            ("02-explainer-unity.md", "inconsistent", "thirty years ago"),
            ("02-explainer-unity.md", "fact-mismatch", "12 October 1990"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Monday, 18 March 1990",
            ),
            ("03-timeline.txt", "invalid-date", "31 June 1990"),
            ("04-opinion.txt", "wrong-name", "Socialist Union Party"),
            ("04-opinion.txt", "fact-mismatch", "May 1990"),
            ("04-opinion.txt", "inconsistent", "May 1990"),
            ("04-opinion.txt", "anachronism", "14 November 2025"),
        ],
    );
}

/// A cue that begins a relative clause after a proper name the rules do
/// not know is that name's: "a Cold War that lasted more than four
/// decades" is no claim about the Berlin Wall. After a name the rules know
/// ("the blockade of the Lachin road, which started …"), or "WHO" (no
/// pronoun), the cue counts.
#[test]
fn a_relative_clause_after_another_proper_name_is_its_own() {
    let rules = pack("berlin");
    let quiet = "BERLIN, 3 October 2024 — The Berlin Wall was the starkest symbol of a Cold War that lasted more than four decades.";
    assert_eq!(check_text(&rules, quiet), []);
    let named = "BERLIN, 3 October 2024 — The Berlin Wall, which stood for more than four decades, fell in 1989.";
    assert_eq!(
        check_text(&rules, named),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "more than four decades".to_string()
        )]
    );
}

/// A fifth pack written blind: the Bank of England and UK inflation, dense
/// in other rates. Missed: "UK CPI inflation peaked at less than 11% in
/// October 2022" and "The MPC has more than nine members".
#[test]
fn boe_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "boe",
        &[
            ("01-rate-decision.txt", "acronym-mismatch", "MCP"),
            ("01-rate-decision.txt", "fact-mismatch", "eight"),
            ("01-rate-decision.txt", "inconsistent", "eight"),
            (
                "01-rate-decision.txt",
                "weekday-mismatch",
                "Wednesday, 3 August 2023",
            ),
            ("02-markets.md", "fact-mismatch", "last month"),
            ("02-markets.md", "inconsistent", "last month"),
            ("02-markets.md", "anachronism", "18 September 2024"),
            ("03-timeline.txt", "fact-mismatch", "5.5%"),
            ("03-timeline.txt", "inconsistent", "5.5%"),
            ("03-timeline.txt", "invalid-date", "31 September 2023"),
            (
                "04-explainer.txt",
                "wrong-name",
                "Office of National Statistics",
            ),
        ],
    );
}

/// Of two counts of one fact in a sentence, the smaller is a part of the
/// larger: "the Committee's eight members … four policymakers voted" checks
/// the eight (wrong: there are nine), not the four.
#[test]
fn a_count_below_another_of_its_fact_in_a_sentence_is_a_part() {
    let rules = pack("boe");
    let text = "LONDON, 1 August 2024 — The decision split the Monetary Policy Committee's eight members, and four policymakers voted to keep Bank Rate at 5.25%.";
    assert_eq!(
        check_text(&rules, text),
        [("t.txt".to_string(), "fact-mismatch", "eight".to_string())]
    );
}

#[test]
fn money_between_a_measured_nouns_link_and_its_digits_is_its_measure() {
    let rules = pack("lehman");
    let dated = |body: &str| format!("NEW YORK, 12 September 2009 (Reuters) — {body}");
    // the sign stands between "of" and the digits
    assert_eq!(
        check_text(&rules, &dated("Lehman listed assets of $369 billion.")),
        owned(&[("t.txt", "fact-mismatch", "369 billion")])
    );
    assert_eq!(
        check_text(
            &rules,
            &dated("Lehman had assets of 369 billion, a record.")
        ),
        owned(&[("t.txt", "fact-mismatch", "369 billion")])
    );
    // what follows still narrows it
    assert_eq!(
        check_text(
            &rules,
            &dated("Lehman had assets of $369 billion in Europe.")
        ),
        []
    );
}

#[test]
fn a_date_in_a_relative_clause_does_not_date_its_sentence() {
    // the spill has no dated fact: the dates its name writes out (April to
    // July 2010) stand in, and a sentence that writes out a year six years
    // off is about another time
    let rules = pack("deepwater");
    let dated = |body: &str| format!("---\ndate: 2020-04-20\n---\n\n# BP\n\n{body}\n");
    let doc = |body: &str| check_markdown(&rules, &dated(body));
    assert_eq!(
        doc("In August 2016, the spill had released nearly 2 million barrels of crude."),
        []
    );
    // but the date of a relative clause is said of the noun before it
    assert_eq!(
        doc(
            "The spill released nearly 2 million barrels of crude, according to the government's \
             group, which published its final estimate in August 2016."
        ),
        owned(&[("t.md", "fact-mismatch", "nearly 2 million")])
    );
    assert_eq!(
        doc(
            "The government's group, which published its final estimate in August 2016, said \
             the spill released nearly 2 million barrels of crude."
        ),
        owned(&[("t.md", "fact-mismatch", "nearly 2 million")])
    );
}

#[test]
fn a_generic_name_right_after_a_proper_one_is_part_of_that_name() {
    // the law has one fact, its signing: a generic name of it cues that
    // fact; with a proper name before it, it is that proper name, which a
    // date must modify to be about it
    let rules = pack("lehman");
    let dated = |body: &str| format!("Crisis in dates\n\nLast updated 22 July 2010\n\n{body}\n");
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "30 June 2010 — The House passes the Dodd-Frank financial reform bill, 237 to 192."
            )
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            &dated("30 June 2010 — The House passes the financial reform bill, 237 to 192.")
        ),
        owned(&[("t.txt", "fact-mismatch", "30 June 2010")])
    );
    assert_eq!(
        check_text(
            &rules,
            &dated("30 June 2010 — Obama signs the Dodd-Frank financial reform bill into law.")
        ),
        owned(&[("t.txt", "fact-mismatch", "30 June 2010")])
    );
}

#[test]
fn a_rule_phrase_in_capitals_is_an_acronym_and_not_the_word_in_lower_case() {
    // the US withdrawal excludes "WHO" (the World Health Organization): the
    // pronoun "who" is not it
    let rules = pack("paris");
    let dated = |body: &str| {
        format!(
            "---\ndate: 2025-12-12\n---\n\nThe American withdrawal lasted 107 days.\n\n{body}\n"
        )
    };
    let doc = |body: &str| check_markdown(&rules, &dated(body));
    assert_eq!(
        doc(
            "Our withdrawal lasted seven months, said Ellen Marsh, who was a member of the American team."
        ),
        owned(&[
            ("t.md", "fact-mismatch", "seven months"),
            ("t.md", "inconsistent", "seven months")
        ])
    );
    assert_eq!(
        doc("Our withdrawal from the WHO lasted seven months, said a member of the American team."),
        []
    );
}

#[test]
fn a_cue_that_ends_in_a_star_is_read_to_the_end_of_its_word() {
    // "pledg*": "pledged $5 billion" is money right after the cue "pledged"
    let rules = pack("paris");
    let dated = |body: &str| format!("WASHINGTON, Nov. 4, 2020 (AP) — {body}");
    assert_eq!(
        check_text(&rules, &dated("Obama had pledged $5 billion to the GCF.")),
        owned(&[("t.txt", "fact-mismatch", "5 billion")])
    );
    assert_eq!(
        check_text(&rules, &dated("Obama had pledged $3 billion to the GCF.")),
        []
    );
}

#[test]
fn half_a_million_is_said_to_the_quarter_million() {
    // the seabirds killed: 100,000–250,000 (± 20 %); "half a million" is
    // 375,000 to 625,000, not 250,000 to 750,000
    let rules = pack("valdez");
    let dated = |body: &str| format!("CORDOVA, Alaska, 21 March 2024 (AP) — {body}");
    assert_eq!(
        check_text(
            &rules,
            &dated("The oil from the Exxon Valdez killed half a million seabirds.")
        ),
        owned(&[("t.txt", "fact-mismatch", "half a million")])
    );
    assert_eq!(
        check_text(
            &rules,
            &dated("The oil from the Exxon Valdez killed a quarter of a million seabirds.")
        ),
        []
    );
}

/// Regression: "since 1888" placed a sentence in 1888, so a duration
/// before it was read as of another time than the storm's.
#[test]
fn a_record_since_a_year_does_not_date_its_sentence() {
    let rules = pack("sandy");
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("NEW YORK, 28 October 2013 (AP) — {body}\n"),
        )
    };
    assert_eq!(
        text(
            "The New York Stock Exchange reopened after being shut for four days, the longest \
             weather closure since 1888."
        ),
        owned(&[("t.txt", "fact-mismatch", "four days")])
    );
    assert_eq!(
        text(
            "The New York Stock Exchange reopened after being shut for two days, the longest \
             weather closure since 1888."
        ),
        []
    );
    // a year before the figure still dates it: "since 1997, when Blair won
    // 418 seats"
    assert_eq!(
        text(
            "Trading had not stopped for so long since 1888, when the exchange was shut for four days."
        ),
        []
    );
}

/// Regression: "the day after the Senate passed it" made the Senate's cue
/// the nearest to the signing's date: an offset said without a number is
/// an offset all the same.
#[test]
fn an_offset_without_a_number_keeps_the_cue_after_it_off_the_date() {
    let rules = pack("sandy");
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("NEW YORK, 28 October 2013 (AP) — {body}\n"),
        )
    };
    for offset in [
        "the day after",
        "a day after",
        "days after",
        "the morning after",
    ] {
        assert_eq!(
            text(&format!(
                "President Barack Obama signed the Disaster Relief Appropriations Act on Tuesday, \
                 29 January 2013, {offset} the Senate passed it."
            )),
            [],
            "{offset}"
        );
    }
    assert_eq!(
        text(
            "President Barack Obama signed the Disaster Relief Appropriations Act on 27 January \
             2013, the day after the Senate passed it."
        ),
        owned(&[("t.txt", "fact-mismatch", "27 January 2013")])
    );
    // an offset in another part of the sentence leaves the cue after it
    // alone: the talks are the visit's
    let bundled = claimlint::rules::bundled();
    assert_eq!(
        check_text(
            &bundled,
            "YEREVAN, 20 May 2024 (AP) — President Ilham Aliyev visited Moscow in March, days \
             after the pull-out was announced, and held talks with Vladimir Putin.\n"
        ),
        owned(&[("t.txt", "fact-mismatch", "March")])
    );
}

/// Regression: "damage totalled some $25bn across the Northeast": a place
/// the whole of which a measure covers did not count as narrowing nothing.
#[test]
fn a_measure_across_a_place_is_still_the_measure() {
    let rules = pack("sandy");
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("NEW YORK, 28 October 2017 (AP) — {body}\n"),
        )
    };
    for place in ["across the Northeast", "throughout the region", "overall"] {
        assert_eq!(
            text(&format!("Sandy's damage totalled some $25bn {place}.")),
            owned(&[("t.txt", "fact-mismatch", "some $25bn")]),
            "{place}"
        );
    }
    assert_eq!(
        text("Sandy's damage totalled some $65bn across the Northeast."),
        []
    );
}

/// Regression: "signed the $50.5 billion Sandy relief bill on Jan. 6,
/// 2013" set the verb seven words from the date, beyond the window; the
/// subject's name between them counts one word.
#[test]
fn the_subjects_name_between_a_verb_and_its_date_counts_one_word() {
    let rules = pack("sandy");
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("NEW YORK, 28 October 2017 (AP) — {body}\n"),
        )
    };
    assert_eq!(
        text("President Obama signed the $50.5 billion Sandy relief bill on Jan. 6, 2013."),
        owned(&[("t.txt", "fact-mismatch", "Jan. 6, 2013")])
    );
    assert_eq!(
        text("President Obama signed the $50.5 billion Sandy relief bill on Jan. 29, 2013."),
        []
    );
    // not across a comma: the name may end another clause
    assert_eq!(
        text(
            "President Obama, who signed the long-awaited Sandy relief bill, flew to Delaware on \
             Jan. 6, 2013."
        ),
        []
    );
}

/// A small pack for the regression tests below: a storm with a dated
/// landfall, and a crisis whose cost no rule fixes.
fn storm_pack() -> RuleSet {
    let yaml = r#"
subjects:
  - id: harvey
    name: Hurricane Harvey
    aliases: [Hurricane Harvey, Harvey]
    generic: [storm, hurricane]
    context: [Texas, Houston, Rockport]
  - id: max
    name: The Boeing 737 MAX crisis
    aliases: [737 MAX, MAX]
facts:
  - id: harvey.landfall
    subject: harvey
    kind: date
    value: 2017-08-25/2017-08-26
    cues: [landfall, struck, "begin*"]
    source: NHC
  - id: max.cost
    subject: max
    kind: count
    cues: [cost]
    source: Boeing filings
"#;
    rules::load(&[("storm.yaml".to_string(), yaml.to_string())]).unwrap()
}

/// Regression: "no hurricane has struck Texas" named the storm of the
/// rules, and "So far this year" became a wrong date of its landfall.
#[test]
fn a_generic_name_after_no_or_another_names_no_one_thing() {
    let rules = storm_pack();
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("HOUSTON, August 23, 2018 (Reuters) — {body}\n"),
        )
    };
    for q in ["no", "another", "any"] {
        assert_eq!(
            text(&format!(
                "So far this year, {q} hurricane has struck Texas."
            )),
            [],
            "{q}"
        );
    }
    assert_eq!(
        text("So far this year, the hurricane has struck Texas."),
        owned(&[("t.txt", "fact-mismatch", "this year")])
    );
}

/// Regression: in "14 March 2010 — The summit eruption begins shortly
/// after 1 a.m.", the clock time took the cue from the entry's date: a
/// time alone has no date of its own to claim.
#[test]
fn a_clock_time_after_a_cue_leaves_it_to_the_date() {
    let rules = pack("eyja");
    let timeline = |entry: &str| {
        check_text(
            &rules,
            &format!("Published 14 April 2011\n\nEyjafjallajökull\n\n{entry}\n"),
        )
    };
    for time in ["at 1 a.m.", "shortly after 1 a.m.", "at 01:00"] {
        assert_eq!(
            timeline(&format!(
                "14 March 2010 — The summit eruption begins {time}."
            )),
            owned(&[("t.txt", "fact-mismatch", "14 March 2010")]),
            "{time}"
        );
        assert_eq!(
            timeline(&format!(
                "14 April 2010 — The summit eruption begins {time}."
            )),
            [],
            "{time}"
        );
    }
}

/// Regression: a count of things bound to a fact that other articles give
/// in money ("grounds 171 MAX 9s" beside "cost about $8 billion") was
/// reported as disagreeing with them.
#[test]
fn money_and_counts_of_things_are_not_compared() {
    let rules = storm_pack();
    let doc =
        |name: &str, body: &str| text_doc(name, &format!("SEATTLE, 10 March 2024 (AP) — {body}\n"));
    let report = claimlint::check(
        vec![
            doc("a.txt", "The MAX crisis has cost more than $20 billion."),
            doc(
                "b.txt",
                "The MAX crisis has cost more than $20 billion so far.",
            ),
            doc(
                "c.txt",
                "The FAA grounds 171 MAX jets, at a cost to airlines.",
            ),
        ],
        &rules,
    );
    assert_eq!(found(&report), []);
    let report = claimlint::check(
        vec![
            doc("a.txt", "The MAX crisis has cost more than $20 billion."),
            doc(
                "b.txt",
                "The MAX crisis has cost more than $20 billion so far.",
            ),
            doc("c.txt", "The MAX crisis has cost about $8 billion."),
        ],
        &rules,
    );
    assert_eq!(
        found(&report),
        owned(&[("c.txt", "inconsistent", "about $8 billion")])
    );
}

/// Regression: "It kills more than 10,000 people in Nepal, injures about
/// 22,000 and destroys some half a million homes" named the homes' subject,
/// so it did not continue the sentence about the earthquake before it.
#[test]
fn a_sentence_whose_subject_is_a_pronoun_continues_the_one_before() {
    let rules = pack("nepal");
    let timeline = |entry: &str| check_text(&rules, &format!("Updated 1 May 2020\n\n{entry}\n"));
    let entry = |deaths: &str| {
        timeline(&format!(
            "25 April 2015 — A magnitude 7.8 earthquake strikes central Nepal. It kills {deaths} \
             people in Nepal, injures about 22,000 and destroys some half a million homes."
        ))
    };
    assert_eq!(
        entry("more than 10,000"),
        owned(&[("t.txt", "fact-mismatch", "more than 10,000")])
    );
    assert_eq!(entry("nearly 9,000"), []);
}

/// Regression: "offered €14,000 per passenger" was read as a wish, not a
/// claim ("offered" is a word of wishing), though the offer is the fact.
#[test]
fn a_word_of_wishing_that_is_a_cue_does_not_deny_its_amount() {
    let rules = pack("concordia");
    let text = |body: &str| check_text(&rules, &format!("ROME, 13 January 2022 (AP) — {body}\n"));
    assert_eq!(
        text(
            "Costa Crociere, which operated the ship, offered €14,000 per passenger in compensation."
        ),
        owned(&[("t.txt", "fact-mismatch", "14,000")])
    );
    assert_eq!(
        text(
            "Costa Crociere, which operated the ship, offered €11,000 per passenger in compensation."
        ),
        []
    );
}

/// Regression: "Pacific Gas and Electricity Company", a wrong name, was
/// taken for the right variant "Pacific Gas and Electric", which begins
/// it but not as a whole word.
#[test]
fn a_wrong_name_that_a_right_one_begins_within_a_word_is_still_wrong() {
    let rules = pack("campfire");
    let text = |body: &str| check_text(&rules, &format!("Opinion | June 19, 2020\n\n{body}\n"));
    assert_eq!(
        text("The judge sentenced Pacific Gas and Electricity Company to pay the fine."),
        owned(&[("t.txt", "wrong-name", "Pacific Gas and Electricity")])
    );
    assert_eq!(
        text("The judge sentenced Pacific Gas and Electric Company to pay the fine."),
        []
    );
}

/// Regression: "Paradise, a town of about 26,000 people" was read as the
/// fire's death toll ("people" is its cue): the size of a place claims
/// only a fact about a population.
#[test]
fn the_size_of_a_place_claims_only_a_population() {
    let rules = pack("campfire");
    let text = |body: &str| check_text(&rules, &format!("Updated 8 November 2024\n\n{body}\n"));
    assert_eq!(
        text(
            "Six years ago today, the Camp Fire swept through Paradise, a town of about 26,000 \
             people in the Sierra Nevada foothills of Butte County."
        ),
        []
    );
    // the toll is still the toll
    assert_eq!(
        text("Six years ago today, the Camp Fire swept through Paradise and killed 26 people."),
        owned(&[("t.txt", "fact-mismatch", "26")])
    );
    // a population fact is still claimed so ("a city of 627,000 residents")
    let rules = pack("katrina");
    assert_eq!(
        check_markdown(
            &rules,
            "---\ndate: 2025-08-29\n---\n\nNew Orleans was a city of 627,000 residents when the storm struck.\n"
        ),
        owned(&[("t.md", "fact-mismatch", "627,000")])
    );
}

/// Regression: "restore the 19th-century building" was read as a date of
/// the vote before it: a century joined to its noun by a hyphen describes
/// the noun.
#[test]
fn a_century_joined_to_its_noun_dates_nothing() {
    let rules = pack("christchurch");
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("CHRISTCHURCH, Feb. 22, 2021 (AP) — {body}\n"),
        )
    };
    let vote = |when: &str| {
        text(&format!(
            "Steel frames still brace the broken shell of ChristChurch Cathedral, whose stone \
             spire crashed into the square in the quake. The Anglican diocese voted in {when} \
             to restore the 19th-century building rather than tear it down."
        ))
    };
    assert_eq!(vote("2017"), []);
    assert_eq!(vote("2015"), owned(&[("t.txt", "fact-mismatch", "2015")]));
}

#[test]
fn surfside_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Surfside condominium collapse (round 13: bare
    // ordinal days, "the following day", numbers in words, ranges,
    // fractions, US and ISO dates, correction notes), scored on the build
    // before the round's fixes: all 14 planted errors caught, one false
    // alarm, fixed since ("from its completion to this week's
    // anniversary": a date in the possessive dates the noun it owns).
    assert_pack_finds(
        "surfside",
        &[
            (
                "01-wire-anniversary.txt",
                "weekday-mismatch",
                "Friday, June 24, 2021",
            ),
            ("01-wire-anniversary.txt", "fact-mismatch", "797 million"),
            ("01-wire-anniversary.txt", "inconsistent", "797 million"),
            (
                "01-wire-anniversary.txt",
                "wrong-name",
                "National Institute for Standards and Technology",
            ),
            ("02-explainer.md", "fact-mismatch", "163"),
            ("02-explainer.md", "inconsistent", "163"),
            ("02-explainer.md", "fact-mismatch", "October 2016"),
            ("02-explainer.md", "inconsistent", "October 2016"),
            ("02-explainer.md", "acronym-mismatch", "NEMA"),
            ("03-timeline.txt", "fact-mismatch", "23 days"),
            ("03-timeline.txt", "inconsistent", "23 days"),
            ("03-timeline.txt", "fact-mismatch", "23 June 2023"),
            ("03-timeline.txt", "inconsistent", "23 June 2023"),
            ("04-feature.txt", "inconsistent", "53"),
            ("04-feature.txt", "fact-mismatch", "July 14"),
            ("04-feature.txt", "inconsistent", "July 14"),
            ("04-feature.txt", "anachronism", "June 30, 2026"),
            ("05-opinion.txt", "fact-mismatch", "six years ago"),
            ("05-opinion.txt", "inconsistent", "six years ago"),
            ("05-opinion.txt", "fact-mismatch", "more than 120"),
            ("05-opinion.txt", "inconsistent", "more than 120"),
            ("05-opinion.txt", "invalid-date", "31 June 2021"),
        ],
    );
}

#[test]
fn columbia_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the loss of Columbia (round 13), scored on the build
    // before the round's fixes: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "columbia",
        &[
            (
                "01-wire-tenth-anniversary.txt",
                "weekday-mismatch",
                "Friday, Feb. 1, 2003",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "fact-mismatch",
                "Jan. 26, 2003",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "inconsistent",
                "Jan. 26, 2003",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "fact-mismatch",
                "780 million",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "inconsistent",
                "780 million",
            ),
            (
                "02-explainer-what-went-wrong.md",
                "fact-mismatch",
                "nearly 50",
            ),
            (
                "02-explainer-what-went-wrong.md",
                "inconsistent",
                "nearly 50",
            ),
            ("02-explainer-what-went-wrong.md", "acronym-mismatch", "KSC"),
            (
                "03-timeline-liftoff-to-return.txt",
                "fact-mismatch",
                "12 days",
            ),
            (
                "03-timeline-liftoff-to-return.txt",
                "inconsistent",
                "12 days",
            ),
            (
                "03-timeline-liftoff-to-return.txt",
                "invalid-date",
                "31 April 2003",
            ),
            (
                "03-timeline-liftoff-to-return.txt",
                "fact-mismatch",
                "13 July 2005",
            ),
            (
                "03-timeline-liftoff-to-return.txt",
                "inconsistent",
                "13 July 2005",
            ),
            ("04-feature-east-texas.txt", "fact-mismatch", "13 years ago"),
            ("04-feature-east-texas.txt", "inconsistent", "13 years ago"),
            (
                "04-feature-east-texas.txt",
                "fact-mismatch",
                "about 60 per cent",
            ),
            (
                "04-feature-east-texas.txt",
                "inconsistent",
                "about 60 per cent",
            ),
            (
                "04-feature-east-texas.txt",
                "wrong-name",
                "Columbia Accident Investigation Commission",
            ),
            ("05-opinion-shuttle-era.txt", "fact-mismatch", "15"),
            ("05-opinion-shuttle-era.txt", "inconsistent", "15"),
            ("05-opinion-shuttle-era.txt", "inconsistent", "428"),
            ("05-opinion-shuttle-era.txt", "anachronism", "July 21, 2011"),
        ],
    );
}

#[test]
fn keybridge_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Key Bridge collapse (round 13), scored on the
    // build before the round's fixes: 12 of the 14 planted errors caught,
    // no false alarm. Caught since: "refloated on the 22nd" (an ordinal day
    // alone) and "20,000 tons" (inconsistent: another sentence's "some
    // 50,000 tons" had been dated by "the Chesapeake 1000", a crane's name).
    assert_pack_finds(
        "keybridge",
        &[
            (
                "01-wire-channel-reopens.txt",
                "fact-mismatch",
                "the 15 weeks",
            ),
            (
                "01-wire-channel-reopens.txt",
                "inconsistent",
                "the 15 weeks",
            ),
            (
                "01-wire-channel-reopens.txt",
                "fact-mismatch",
                "more than 900,000",
            ),
            (
                "01-wire-channel-reopens.txt",
                "inconsistent",
                "more than 900,000",
            ),
            ("01-wire-channel-reopens.txt", "acronym-mismatch", "CSB"),
            ("02-explainer.md", "invalid-date", "31 April 2024"),
            ("02-explainer.md", "fact-mismatch", "21 May"),
            ("02-explainer.md", "inconsistent", "21 May"),
            ("02-explainer.md", "fact-mismatch", "1.2 billion"),
            ("02-explainer.md", "inconsistent", "1.2 billion"),
            ("03-timeline.txt", "fact-mismatch", "24 March 2024"),
            ("03-timeline.txt", "inconsistent", "24 March 2024"),
            ("03-timeline.txt", "fact-mismatch", "the 22nd"),
            ("03-timeline.txt", "inconsistent", "the 22nd"),
            ("03-timeline.txt", "inconsistent", "20,000"),
            ("04-feature-dundalk.txt", "fact-mismatch", "45 years ago"),
            ("04-feature-dundalk.txt", "inconsistent", "45 years ago"),
            (
                "04-feature-dundalk.txt",
                "weekday-mismatch",
                "Sunday, May 13, 2024",
            ),
            ("04-feature-dundalk.txt", "anachronism", "Oct. 5, 2024"),
            ("05-opinion.txt", "fact-mismatch", "Seven"),
            ("05-opinion.txt", "inconsistent", "Seven"),
            (
                "05-opinion.txt",
                "wrong-name",
                "National Transport Safety Board",
            ),
        ],
    );
}

/// Regression: "from its completion to this week's anniversary" was a claim
/// that the building was completed this week. A date in the possessive
/// dates the noun it owns ("anniversary"), not a cue before it.
#[test]
fn a_date_in_the_possessive_dates_the_noun_it_owns() {
    let rules = pack("surfside");
    let text = |s: &str| format!("SURFSIDE, Florida, June 23, 2026 \u{2014}\n\n{s}\n");
    assert_eq!(
        check_text(
            &rules,
            &text(
                "Ninety-eight people died when part of a 12-storey condominium on Collins \
                 Avenue in Surfside fell. What follows is the record of how the building came \
                 to fail, from its completion to this week's anniversary."
            )
        ),
        []
    );
    // a date the cue is told of is still checked
    assert_eq!(
        check_text(
            &rules,
            &text(
                "Champlain Towers South was completed in 1991, and by 2018 it was approaching \
                 its recertification."
            )
        ),
        [("t.txt".to_string(), "fact-mismatch", "1991".to_string())]
    );
}

/// Regression: "cleared with the Chesapeake 1000, the largest floating
/// crane" dated its sentence to the year 1000, so no count in it was a
/// claim about the channel. A year right after a capitalised name is a
/// number of the name, and dates nothing.
#[test]
fn a_year_in_a_name_dates_nothing() {
    let rules = pack("keybridge");
    let text = |s: &str| format!("BALTIMORE, July 2, 2024 \u{2014}\n\n{s}\n");
    let forty = [("t.txt".to_string(), "fact-mismatch", "40".to_string())];
    assert_eq!(
        check_text(
            &rules,
            &text(
                "The federal channel was 40 feet deep again, cleared with the Chesapeake 1000, \
                 the largest floating crane on the East Coast."
            )
        ),
        forty
    );
    // a year after a preposition still dates its sentence: this is another
    // time's channel
    assert_eq!(
        check_text(
            &rules,
            &text("The federal channel was 40 feet deep again In 1000.")
        ),
        []
    );
}

/// Regression: "It is the largest increase since November 1994", after a
/// sentence naming the hike and consumer prices, was read as inflation's
/// "highest since" by the pack's cue "since", nearer the date than
/// "largest". A superlative before "since" says what is compared: a date
/// fact it cues takes the date before one that "since" alone cues.
#[test]
fn a_superlative_before_since_says_what_is_compared() {
    let rules = pack("fed");
    let text = |date: &str, s: &str| format!("WASHINGTON, {date} \u{2014}\n\n{s}\n");
    assert_eq!(
        check_text(
            &rules,
            &text(
                "20 June 2022",
                "The Fed delivers a three-quarter-point hike, days after data show consumer \
                 prices rising 8.6% in the year to May. It is the largest increase since \
                 November 1994."
            )
        ),
        []
    );
    // "since" alone still cues inflation's date
    assert_eq!(
        check_text(
            &rules,
            &text(
                "20 July 2022",
                "US consumer prices rose 9.1% in the year to June, the highest since November \
                 1991."
            )
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "November 1991".to_string()
        )]
    );
}

#[test]
fn svb_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the collapse of Silicon Valley Bank (round 14:
    // percentages, money in several forms, times beside dates, mixed
    // durations, vague counts, rates, tables and lists, a figure corrected
    // in the text), scored on the session's starting build: all 14 planted
    // errors caught, two false alarms. Fixed since: "He had sold shares
    // before the collapse, under a trading plan filed in January" (a past
    // form after a comma takes the date from a cue before it), and
    // "founded in 1993 by two bankers" (a count after "by" in the clause
    // of another fact's past form counts who did that).
    assert_pack_finds(
        "svb",
        &[
            ("01-wire-btfp-closes.txt", "fact-mismatch", "two years"),
            ("01-wire-btfp-closes.txt", "inconsistent", "two years"),
            ("01-wire-btfp-closes.txt", "fact-mismatch", "42 million"),
            ("01-wire-btfp-closes.txt", "inconsistent", "42 million"),
            (
                "01-wire-btfp-closes.txt",
                "wrong-name",
                "Federal Deposit Insurance Commission",
            ),
            ("02-explainer-how-svb-failed.md", "acronym-mismatch", "FDPI"),
            (
                "02-explainer-how-svb-failed.md",
                "fact-mismatch",
                "about 60 per cent",
            ),
            (
                "02-explainer-how-svb-failed.md",
                "inconsistent",
                "about 60 per cent",
            ),
            (
                "02-explainer-how-svb-failed.md",
                "fact-mismatch",
                "19 March",
            ),
            ("02-explainer-how-svb-failed.md", "inconsistent", "19 March"),
            (
                "03-timeline-two-years-on.txt",
                "invalid-date",
                "29 February 2023",
            ),
            ("03-timeline-two-years-on.txt", "fact-mismatch", "27"),
            ("03-timeline-two-years-on.txt", "inconsistent", "27"),
            (
                "04-feature-santa-clara.txt",
                "fact-mismatch",
                "two years ago",
            ),
            (
                "04-feature-santa-clara.txt",
                "inconsistent",
                "two years ago",
            ),
            (
                "04-feature-santa-clara.txt",
                "weekday-mismatch",
                "Thursday, March 10, 2023",
            ),
            (
                "04-feature-santa-clara.txt",
                "fact-mismatch",
                "nearly 5,000",
            ),
            ("04-feature-santa-clara.txt", "inconsistent", "nearly 5,000"),
            ("05-opinion-three-failures.txt", "fact-mismatch", "1993"),
            ("05-opinion-three-failures.txt", "inconsistent", "1993"),
            ("05-opinion-three-failures.txt", "inconsistent", "13"),
            (
                "05-opinion-three-failures.txt",
                "anachronism",
                "16 May 2023",
            ),
        ],
    );
}

#[test]
fn blackout_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2003 Northeast blackout (round 14), scored on
    // the session's starting build: all 14 planted errors caught, one
    // false alarm, fixed since ("signed the Energy Policy Act three years
    // ago this month": the article's month, years before, is one date).
    assert_pack_finds(
        "blackout",
        &[
            ("01-wire-final-report.txt", "fact-mismatch", "Aug. 25"),
            ("01-wire-final-report.txt", "inconsistent", "Aug. 25"),
            ("01-wire-final-report.txt", "fact-mismatch", "nine"),
            ("01-wire-final-report.txt", "inconsistent", "nine"),
            (
                "01-wire-final-report.txt",
                "wrong-name",
                "North American Energy Reliability Council",
            ),
            (
                "02-explainer-20-years.md",
                "fact-mismatch",
                "roughly 15 minutes",
            ),
            (
                "02-explainer-20-years.md",
                "inconsistent",
                "roughly 15 minutes",
            ),
            ("02-explainer-20-years.md", "acronym-mismatch", "NRC"),
            (
                "03-timeline-ten-years.txt",
                "fact-mismatch",
                "19 December 2003",
            ),
            (
                "03-timeline-ten-years.txt",
                "inconsistent",
                "19 December 2003",
            ),
            ("03-timeline-ten-years.txt", "inconsistent", "283"),
            ("03-timeline-ten-years.txt", "fact-mismatch", "two weeks"),
            ("03-timeline-ten-years.txt", "inconsistent", "two weeks"),
            (
                "04-feature-five-years.txt",
                "weekday-mismatch",
                "Wednesday, Aug. 14, 2003",
            ),
            (
                "04-feature-five-years.txt",
                "fact-mismatch",
                "nearly 30 million",
            ),
            (
                "04-feature-five-years.txt",
                "inconsistent",
                "nearly 30 million",
            ),
            (
                "04-feature-five-years.txt",
                "invalid-date",
                "April 31, 2004",
            ),
            ("05-opinion-texas.txt", "fact-mismatch", "25 years ago"),
            ("05-opinion-texas.txt", "inconsistent", "25 years ago"),
            ("05-opinion-texas.txt", "fact-mismatch", "about $40 billion"),
            ("05-opinion-texas.txt", "inconsistent", "about $40 billion"),
            ("05-opinion-texas.txt", "anachronism", "Feb. 15, 2022"),
        ],
    );
}

#[test]
fn perseverance_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on NASA's Perseverance rover (round 14), scored on the
    // session's starting build: all 14 planted errors caught, one false
    // alarm, fixed since ("it cannot launch in 2028 as planned": "cannot"
    // denies what follows it).
    assert_pack_finds(
        "perseverance",
        &[
            (
                "01-wire-ingenuity-first-flight.txt",
                "acronym-mismatch",
                "APL",
            ),
            (
                "01-wire-ingenuity-first-flight.txt",
                "anachronism",
                "April 9, 2022",
            ),
            (
                "01-wire-ingenuity-first-flight.txt",
                "fact-mismatch",
                "39.1 minutes",
            ),
            (
                "01-wire-ingenuity-first-flight.txt",
                "inconsistent",
                "39.1 minutes",
            ),
            (
                "02-explainer-by-the-numbers.md",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            (
                "02-explainer-by-the-numbers.md",
                "fact-mismatch",
                "427 million",
            ),
            (
                "02-explainer-by-the-numbers.md",
                "fact-mismatch",
                "more than 80",
            ),
            (
                "02-explainer-by-the-numbers.md",
                "inconsistent",
                "more than 80",
            ),
            (
                "03-timeline-perseverance-at-four.txt",
                "weekday-mismatch",
                "Friday, 18 February 2021",
            ),
            (
                "03-timeline-perseverance-at-four.txt",
                "fact-mismatch",
                "18 January 2023",
            ),
            (
                "03-timeline-perseverance-at-four.txt",
                "inconsistent",
                "18 January 2023",
            ),
            (
                "04-feature-three-years-in-jezero.txt",
                "fact-mismatch",
                "two years ago",
            ),
            (
                "04-feature-three-years-in-jezero.txt",
                "inconsistent",
                "two years ago",
            ),
            (
                "04-feature-three-years-in-jezero.txt",
                "fact-mismatch",
                "1,205",
            ),
            (
                "04-feature-three-years-in-jezero.txt",
                "invalid-date",
                "29 February 2021",
            ),
            (
                "05-opinion-sample-return.txt",
                "fact-mismatch",
                "July 20, 2020",
            ),
            (
                "05-opinion-sample-return.txt",
                "inconsistent",
                "July 20, 2020",
            ),
            (
                "05-opinion-sample-return.txt",
                "fact-mismatch",
                "3.7 billion",
            ),
            (
                "05-opinion-sample-return.txt",
                "inconsistent",
                "3.7 billion",
            ),
            ("05-opinion-sample-return.txt", "inconsistent", "8 million"),
        ],
    );
}

/// Regressions of round 14, each a false alarm of the session's starting
/// build: "cannot" denies what follows it; "three years ago this month" is
/// one date, the article's month years before; a past form after a comma,
/// past its first word, takes the date from a cue before the comma.
#[test]
fn round_14_false_alarms_stay_quiet() {
    let check = |pack_name: &str, dateline: &str, body: &str| {
        check_text(&pack(pack_name), &format!("{dateline}\n\n{body}\n"))
    };
    assert_eq!(
        check(
            "perseverance",
            "By Marcus Ellery | September 26, 2023",
            "Mars Sample Return, the effort to bring home the rock cores that the Perseverance \
             rover has been packing into titanium tubes since 2021, will cost more, and it \
             cannot launch in 2028 as planned."
        ),
        []
    );
    let act = |years: &str| {
        check(
            "blackout",
            "By Lena Ortiz | August 12, 2008",
            &format!("President Bush signed the Energy Policy Act {years} ago this month."),
        )
    };
    assert_eq!(act("three years"), []);
    assert_eq!(
        act("four years"),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "four years ago this month".to_string()
        )]
    );
    assert_eq!(
        check(
            "svb",
            "By Dana Wu | May 2, 2023",
            "SVB chief executive Greg Becker had sold about $3.6m of shares in the weeks \
             before the collapse, under a trading plan filed in January."
        ),
        []
    );
}

#[test]
fn uselection_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2020 US presidential election (round 15: terms
    // in mixed units, vote counts and margins, per-capita figures, a live
    // blog or a Q&A), scored on the session's starting build: all 14
    // planted errors caught, three false alarms of one kind, fixed since
    // ("66.7 per cent of eligible voters, the highest since 1900": a date
    // after a superlative and "since" is what the comparison runs from).
    assert_pack_finds(
        "uselection",
        &[
            (
                "01-wire-electors.txt",
                "fact-mismatch",
                "more than 83 million",
            ),
            (
                "01-wire-electors.txt",
                "inconsistent",
                "more than 83 million",
            ),
            ("01-wire-electors.txt", "acronym-mismatch", "DHS"),
            (
                "01-wire-electors.txt",
                "weekday-mismatch",
                "Thursday, 6 January 2021",
            ),
            ("02-explainer-qa.md", "fact-mismatch", "214"),
            ("02-explainer-qa.md", "anachronism", "11 December 2020"),
            ("03-timeline.txt", "invalid-date", "31 November 2020"),
            ("03-timeline.txt", "fact-mismatch", "15 December 2020"),
            ("03-timeline.txt", "inconsistent", "15 December 2020"),
            ("03-timeline.txt", "fact-mismatch", "14 weeks"),
            ("04-feature-georgia.txt", "fact-mismatch", "8 November 2020"),
            ("04-feature-georgia.txt", "inconsistent", "8 November 2020"),
            ("04-feature-georgia.txt", "fact-mismatch", "4.5 million"),
            ("04-feature-georgia.txt", "inconsistent", "4.5 million"),
            ("05-opinion.txt", "fact-mismatch", "three years ago"),
            ("05-opinion.txt", "inconsistent", "three years ago"),
            ("05-opinion.txt", "fact-mismatch", "about $6.5 billion"),
            (
                "05-opinion.txt",
                "wrong-name",
                "Federal Elections Commission",
            ),
            ("05-opinion.txt", "inconsistent", "42"),
        ],
    );
}

#[test]
fn theranos_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Theranos case (round 15), scored on the
    // session's starting build: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "theranos",
        &[
            ("01-wire-sentencing.txt", "fact-mismatch", "153 months"),
            ("01-wire-sentencing.txt", "inconsistent", "153 months"),
            (
                "01-wire-sentencing.txt",
                "wrong-name",
                "Securities and Exchange Committee",
            ),
            ("02-explainer-qa.md", "fact-mismatch", "six"),
            ("02-explainer-qa.md", "inconsistent", "six"),
            ("02-explainer-qa.md", "invalid-date", "31 April 2023"),
            ("02-explainer-qa.md", "fact-mismatch", "425 million"),
            ("02-explainer-qa.md", "inconsistent", "425 million"),
            ("02-explainer-qa.md", "acronym-mismatch", "MCS"),
            (
                "03-timeline-ten-years.txt",
                "fact-mismatch",
                "15 October 2014",
            ),
            (
                "03-timeline-ten-years.txt",
                "inconsistent",
                "15 October 2014",
            ),
            ("03-timeline-ten-years.txt", "inconsistent", "92"),
            (
                "04-feature-two-years.txt",
                "weekday-mismatch",
                "Monday, May 30, 2023",
            ),
            (
                "04-feature-two-years.txt",
                "fact-mismatch",
                "five years ago",
            ),
            ("04-feature-two-years.txt", "inconsistent", "five years ago"),
            ("04-feature-two-years.txt", "fact-mismatch", "nearly 2,000"),
            ("04-feature-two-years.txt", "inconsistent", "nearly 2,000"),
            ("05-opinion-fake-it.txt", "fact-mismatch", "18 October"),
            ("05-opinion-fake-it.txt", "fact-mismatch", "2013"),
            ("05-opinion-fake-it.txt", "inconsistent", "2013"),
            ("05-opinion-fake-it.txt", "anachronism", "7 December 2022"),
        ],
    );
}

#[test]
fn ebola_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2014-16 West Africa Ebola epidemic (round 15),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, two false alarms. Caught since: "More than 38,000 cases …,
    // according to the WHO's final tally in June 2016" (a date a cited
    // source is dated by does not date the sentence). Fixed since: "a
    // decade ago this month" (one date), "expects to have licensed doses
    // ready to ship in the third quarter of 2020" (an expectation looks
    // ahead: no anachronism).
    assert_pack_finds(
        "ebola",
        &[
            (
                "01-wire-emergency-lifted.txt",
                "weekday-mismatch",
                "Thursday, 8 August 2014",
            ),
            ("01-wire-emergency-lifted.txt", "fact-mismatch", "12,316"),
            ("01-wire-emergency-lifted.txt", "inconsistent", "12,316"),
            (
                "01-wire-emergency-lifted.txt",
                "anachronism",
                "17 April 2016",
            ),
            (
                "02-explainer-qa-ten-years.md",
                "fact-mismatch",
                "More than 38,000",
            ),
            (
                "02-explainer-qa-ten-years.md",
                "inconsistent",
                "More than 38,000",
            ),
            (
                "02-explainer-qa-ten-years.md",
                "fact-mismatch",
                "18 August 2014",
            ),
            (
                "02-explainer-qa-ten-years.md",
                "inconsistent",
                "18 August 2014",
            ),
            (
                "02-explainer-qa-ten-years.md",
                "wrong-name",
                "Centers for Disease Control and Protection",
            ),
            (
                "03-timeline-road-to-vaccine.txt",
                "acronym-mismatch",
                "PHAC",
            ),
            (
                "03-timeline-road-to-vaccine.txt",
                "fact-mismatch",
                "19 August 2014",
            ),
            (
                "03-timeline-road-to-vaccine.txt",
                "inconsistent",
                "19 August 2014",
            ),
            ("03-timeline-road-to-vaccine.txt", "fact-mismatch", "4.5bn"),
            ("03-timeline-road-to-vaccine.txt", "inconsistent", "4.5bn"),
            (
                "04-feature-meliandou.txt",
                "invalid-date",
                "September 31, 2014",
            ),
            ("04-feature-meliandou.txt", "fact-mismatch", "Dec. 19, 2018"),
            ("04-feature-meliandou.txt", "inconsistent", "Dec. 19, 2018"),
            (
                "05-opinion-mpox-ebola-lessons.txt",
                "fact-mismatch",
                "eight years ago",
            ),
            (
                "05-opinion-mpox-ebola-lessons.txt",
                "inconsistent",
                "eight years ago",
            ),
            (
                "05-opinion-mpox-ebola-lessons.txt",
                "fact-mismatch",
                "more than 30 months",
            ),
            (
                "05-opinion-mpox-ebola-lessons.txt",
                "inconsistent",
                "more than 30 months",
            ),
            ("05-opinion-mpox-ebola-lessons.txt", "inconsistent", "seven"),
        ],
    );
}

/// Regressions of round 15, each a false alarm or a miss of the session's
/// starting build: a date after a superlative and "since" is claimed only
/// by a cue in that phrase; "a decade ago this month" is one date; an
/// expectation looks ahead; a date a cited source is dated by does not
/// date the sentence.
#[test]
fn round_15_regressions() {
    let check = |pack_name: &str, dateline: &str, body: &str| {
        check_text(&pack(pack_name), &format!("{dateline}\n\n{body}\n"))
    };
    assert_eq!(
        check(
            "uselection",
            "WASHINGTON, 14 December 2020 (Reuters) \u{2014}",
            "Turnout in the presidential election was 66.7 per cent of eligible voters, the \
             highest since 1900, according to the US Elections Project."
        ),
        []
    );
    assert_eq!(
        check(
            "ebola",
            "By Ama Mensah | August 20, 2024",
            "The WHO declared the Ebola emergency a decade ago this month, and the lessons \
             it taught are being tested again now."
        ),
        []
    );
    assert_eq!(
        check(
            "ebola",
            "Last updated: 20 December 2019",
            "What comes next: Merck says it expects to have licensed doses ready to ship in \
             the third quarter of 2020."
        ),
        []
    );
    assert_eq!(
        check(
            "ebola",
            "By Ama Mensah | March 23, 2024",
            "More than 38,000 cases were recorded in the West African epidemic, and 11,310 \
             deaths, according to the WHO's final tally in June 2016."
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "More than 38,000".to_string()
        )]
    );
}

#[test]
fn blacksummer_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Australia's Black Summer (round 16: metric and
    // imperial units side by side, counts in billions, historical dates,
    // two subjects' facts in a sentence, attributed figures), scored on the
    // session's starting build: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "blacksummer",
        &[
            (
                "01-wire-royal-commission.txt",
                "fact-mismatch",
                "March 20, 2020",
            ),
            (
                "01-wire-royal-commission.txt",
                "inconsistent",
                "March 20, 2020",
            ),
            (
                "01-wire-royal-commission.txt",
                "weekday-mismatch",
                "Wednesday, November 12, 2019",
            ),
            (
                "01-wire-royal-commission.txt",
                "anachronism",
                "December 15, 2020",
            ),
            (
                "02-explainer-five-years-on.md",
                "fact-mismatch",
                "six years ago",
            ),
            (
                "02-explainer-five-years-on.md",
                "inconsistent",
                "six years ago",
            ),
            (
                "02-explainer-five-years-on.md",
                "wrong-name",
                "World Wildlife Foundation",
            ),
            ("02-explainer-five-years-on.md", "fact-mismatch", "215,000"),
            ("02-explainer-five-years-on.md", "inconsistent", "215,000"),
            ("03-timeline-black-summer.txt", "acronym-mismatch", "RFS"),
            (
                "03-timeline-black-summer.txt",
                "fact-mismatch",
                "16 January 2020",
            ),
            (
                "03-timeline-black-summer.txt",
                "inconsistent",
                "16 January 2020",
            ),
            (
                "04-feature-mallacoota.txt",
                "fact-mismatch",
                "nearly three million",
            ),
            (
                "04-feature-mallacoota.txt",
                "inconsistent",
                "nearly three million",
            ),
            ("04-feature-mallacoota.txt", "fact-mismatch", "59 days"),
            ("04-feature-mallacoota.txt", "inconsistent", "59 days"),
            ("04-feature-mallacoota.txt", "fact-mismatch", "15 million"),
            ("04-feature-mallacoota.txt", "inconsistent", "15 million"),
            (
                "05-opinion-next-black-summer.txt",
                "fact-mismatch",
                "more than 40",
            ),
            (
                "05-opinion-next-black-summer.txt",
                "inconsistent",
                "more than 40",
            ),
            (
                "05-opinion-next-black-summer.txt",
                "inconsistent",
                "3.2 billion",
            ),
            (
                "05-opinion-next-black-summer.txt",
                "invalid-date",
                "31 June 2020",
            ),
        ],
    );
}

#[test]
fn ftx_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the collapse of FTX (round 16), scored on the
    // session's starting build: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "ftx",
        &[
            (
                "01-wire-arrest-nassau.txt",
                "fact-mismatch",
                "more than 200",
            ),
            ("01-wire-arrest-nassau.txt", "inconsistent", "more than 200"),
            ("01-wire-arrest-nassau.txt", "acronym-mismatch", "BSC"),
            (
                "01-wire-arrest-nassau.txt",
                "anachronism",
                "18 December 2022",
            ),
            ("02-explainer-verdict.md", "fact-mismatch", "eight"),
            ("02-explainer-verdict.md", "inconsistent", "eight"),
            ("02-explainer-verdict.md", "fact-mismatch", "2 October 2022"),
            ("02-explainer-verdict.md", "inconsistent", "2 October 2022"),
            (
                "02-explainer-verdict.md",
                "wrong-name",
                "Commodities Futures Trading Commission",
            ),
            (
                "03-timeline-fall-of-ftx.txt",
                "fact-mismatch",
                "2 December 2022",
            ),
            (
                "03-timeline-fall-of-ftx.txt",
                "inconsistent",
                "2 December 2022",
            ),
            (
                "03-timeline-fall-of-ftx.txt",
                "invalid-date",
                "29 February 2023",
            ),
            (
                "03-timeline-fall-of-ftx.txt",
                "fact-mismatch",
                "1.1 billion",
            ),
            (
                "04-feature-nassau-after-ftx.txt",
                "fact-mismatch",
                "two years ago",
            ),
            (
                "04-feature-nassau-after-ftx.txt",
                "inconsistent",
                "two years ago",
            ),
            (
                "04-feature-nassau-after-ftx.txt",
                "weekday-mismatch",
                "Tuesday, November 11, 2022",
            ),
            (
                "04-feature-nassau-after-ftx.txt",
                "fact-mismatch",
                "6 billion",
            ),
            ("05-opinion-two-years-on.txt", "fact-mismatch", "15 years"),
            ("05-opinion-two-years-on.txt", "inconsistent", "15 years"),
            ("05-opinion-two-years-on.txt", "inconsistent", "800"),
        ],
    );
}

#[test]
fn hindenburg_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Hindenburg disaster (round 16), scored on the
    // session's starting build: 13 of the 14 planted errors caught, no
    // false alarm. Caught since: "consumed the airship in about 90
    // seconds" (a hedge before a number leaves "seconds" a unit).
    assert_pack_finds(
        "hindenburg",
        &[
            (
                "01-wire-80th-anniversary.txt",
                "fact-mismatch",
                "more than 40",
            ),
            (
                "01-wire-80th-anniversary.txt",
                "inconsistent",
                "more than 40",
            ),
            (
                "01-wire-80th-anniversary.txt",
                "wrong-name",
                "National Broadcasting Corporation",
            ),
            (
                "01-wire-80th-anniversary.txt",
                "anachronism",
                "12 June 2017",
            ),
            ("02-explainer-why-it-burned.md", "fact-mismatch", "904"),
            ("02-explainer-why-it-burned.md", "inconsistent", "904"),
            ("02-explainer-why-it-burned.md", "fact-mismatch", "18"),
            ("02-explainer-why-it-burned.md", "inconsistent", "18"),
            ("02-explainer-why-it-burned.md", "acronym-mismatch", "ZR"),
            (
                "03-timeline-rise-and-fall.txt",
                "fact-mismatch",
                "14 March 1936",
            ),
            (
                "03-timeline-rise-and-fall.txt",
                "inconsistent",
                "14 March 1936",
            ),
            (
                "03-timeline-rise-and-fall.txt",
                "fact-mismatch",
                "5 May 1937",
            ),
            (
                "03-timeline-rise-and-fall.txt",
                "weekday-mismatch",
                "Wednesday, 6 May 1937",
            ),
            ("04-feature-the-field.txt", "invalid-date", "April 31, 1936"),
            (
                "04-feature-the-field.txt",
                "fact-mismatch",
                "about 90 seconds",
            ),
            ("04-feature-the-field.txt", "inconsistent", "248"),
            (
                "05-opinion-hydrogen-ghost.txt",
                "fact-mismatch",
                "87 years ago",
            ),
            (
                "05-opinion-hydrogen-ghost.txt",
                "inconsistent",
                "87 years ago",
            ),
            ("05-opinion-hydrogen-ghost.txt", "fact-mismatch", "4,500"),
            ("05-opinion-hydrogen-ghost.txt", "inconsistent", "4,500"),
        ],
    );
}

/// Regression: "Silicon Valley Bank, founded in 1993 by two bankers" (1983 here) was
/// read as the bank's staff (the pack's cue "bankers"). A count after "by",
/// in the clause of a past form that cues another fact ("founded"), counts
/// who did that; "staffed by" cues nothing else, and is still checked.
#[test]
fn a_count_after_by_counts_who_did_another_facts_deed() {
    let check = |body: &str| check_text(&pack("svb"), &format!("Opinion | 2 May 2023\n\n{body}\n"));
    assert_eq!(
        check(
            "Silicon Valley Bank, founded in 1983 by two bankers who are said to have sketched \
             the idea over a game of poker, was for decades the bank that start-ups used."
        ),
        []
    );
    assert_eq!(
        check("Silicon Valley Bank was staffed by 5,000 bankers when it failed."),
        [("t.txt".to_string(), "fact-mismatch", "5,000".to_string())]
    );
}

#[test]
fn greece_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Greek debt crisis (round 17: money in euros,
    // decimal percentages, ordinal events, ages, magnitudes), scored on the
    // session's starting build: all 14 planted errors caught, two false
    // alarms. Fixed since: "on a Sunday afternoon in Brussels" (a weekday
    // after "a" is some such day) and "a crisis that began almost a decade
    // ago", read as the capital controls' start (a relative clause after a
    // noun that "a" brings in, and that no rule names, is that noun's).
    assert_pack_finds(
        "greece",
        &[
            ("01-wire-referendum.txt", "fact-mismatch", "80"),
            ("01-wire-referendum.txt", "anachronism", "20 August 2015"),
            ("02-explainer-exit.md", "fact-mismatch", "2 May 2011"),
            ("02-explainer-exit.md", "inconsistent", "2 May 2011"),
            ("02-explainer-exit.md", "acronym-mismatch", "EFSF"),
            ("02-explainer-exit.md", "fact-mismatch", "five weeks"),
            (
                "03-timeline-crisis.txt",
                "weekday-mismatch",
                "Tuesday, 29 June 2015",
            ),
            ("03-timeline-crisis.txt", "fact-mismatch", "63.1 per cent"),
            ("03-timeline-crisis.txt", "inconsistent", "63.1 per cent"),
            ("04-feature-ten-years.txt", "inconsistent", "50,000"),
            (
                "04-feature-ten-years.txt",
                "fact-mismatch",
                "more than €90 billion",
            ),
            (
                "04-feature-ten-years.txt",
                "inconsistent",
                "more than €90 billion",
            ),
            (
                "04-feature-ten-years.txt",
                "wrong-name",
                "European Stabilisation Mechanism",
            ),
            (
                "04-feature-ten-years.txt",
                "fact-mismatch",
                "1 September 2018",
            ),
            (
                "04-feature-ten-years.txt",
                "inconsistent",
                "1 September 2018",
            ),
            (
                "05-opinion-ten-years-of-bailouts.txt",
                "invalid-date",
                "31 June 2015",
            ),
            (
                "05-opinion-ten-years-of-bailouts.txt",
                "fact-mismatch",
                "six years ago",
            ),
            (
                "05-opinion-ten-years-of-bailouts.txt",
                "inconsistent",
                "six years ago",
            ),
            (
                "05-opinion-ten-years-of-bailouts.txt",
                "fact-mismatch",
                "August 2019",
            ),
            (
                "05-opinion-ten-years-of-bailouts.txt",
                "inconsistent",
                "August 2019",
            ),
        ],
    );
}

#[test]
fn dieselgate_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Volkswagen emissions scandal (round 17), scored
    // on the session's starting build: 13 of the 14 planted errors
    // caught, no false alarm. The miss, "used a defeat device in 428,000
    // diesel cars in the United States, all with 2.0-litre engines from the
    // 2009 to 2015 model years", is caught since the scandal (no dated
    // fact) is of the time its facts' sources are dated and a model year
    // dates nothing.
    assert_pack_finds(
        "dieselgate",
        &[
            (
                "01-wire-winterkorn-trial.txt",
                "fact-mismatch",
                "28 September 2015",
            ),
            (
                "01-wire-winterkorn-trial.txt",
                "inconsistent",
                "28 September 2015",
            ),
            ("01-wire-winterkorn-trial.txt", "fact-mismatch", "May 2017"),
            ("01-wire-winterkorn-trial.txt", "inconsistent", "May 2017"),
            (
                "01-wire-winterkorn-trial.txt",
                "wrong-name",
                "International Council for Clean Transportation",
            ),
            (
                "02-explainer-ten-years-on.md",
                "weekday-mismatch",
                "Wednesday, 18 September 2015",
            ),
            (
                "02-explainer-ten-years-on.md",
                "fact-mismatch",
                "nearly 8 million",
            ),
            (
                "02-explainer-ten-years-on.md",
                "inconsistent",
                "nearly 8 million",
            ),
            (
                "02-explainer-ten-years-on.md",
                "fact-mismatch",
                "five years",
            ),
            ("02-explainer-ten-years-on.md", "inconsistent", "five years"),
            ("03-timeline-dieselgate.txt", "fact-mismatch", "428,000"),
            ("03-timeline-dieselgate.txt", "fact-mismatch", "1.8 billion"),
            ("03-timeline-dieselgate.txt", "inconsistent", "1.8 billion"),
            ("04-feature-wolfsburg.txt", "invalid-date", "June 31, 2016"),
            ("04-feature-wolfsburg.txt", "acronym-mismatch", "BKA"),
            ("04-feature-wolfsburg.txt", "anachronism", "15 April 2019"),
            (
                "05-opinion-lessons-unlearned.txt",
                "fact-mismatch",
                "17.4bn",
            ),
            ("05-opinion-lessons-unlearned.txt", "inconsistent", "17.4bn"),
            (
                "05-opinion-lessons-unlearned.txt",
                "inconsistent",
                "23 billion",
            ),
            (
                "05-opinion-lessons-unlearned.txt",
                "fact-mismatch",
                "seven years ago this month",
            ),
            (
                "05-opinion-lessons-unlearned.txt",
                "inconsistent",
                "seven years ago this month",
            ),
        ],
    );
}

#[test]
fn chile2010_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2010 Chile earthquake (round 17), scored on the
    // session's starting build: 12 of the 14 planted errors caught, no
    // false alarm. Caught since: "roughly 30 seconds" (a hedge before a
    // number leaves "seconds" a unit). Missed by design: "the 64-year-old
    // billionaire" (an age joined to "year-old" is no count).
    assert_pack_finds(
        "chile2010",
        &[
            (
                "01-wire-one-year-on.txt",
                "fact-mismatch",
                "more than 1,500",
            ),
            ("01-wire-one-year-on.txt", "inconsistent", "more than 1,500"),
            (
                "01-wire-one-year-on.txt",
                "wrong-name",
                "U.S. Geological Service",
            ),
            (
                "02-explainer-ten-years.md",
                "fact-mismatch",
                "roughly 30 seconds",
            ),
            (
                "02-explainer-ten-years.md",
                "inconsistent",
                "roughly 30 seconds",
            ),
            ("02-explainer-ten-years.md", "acronym-mismatch", "NTWC"),
            ("02-explainer-ten-years.md", "fact-mismatch", "56.1%"),
            ("02-explainer-ten-years.md", "inconsistent", "56.1%"),
            (
                "03-timeline-five-years.txt",
                "invalid-date",
                "29 February 2010",
            ),
            (
                "03-timeline-five-years.txt",
                "weekday-mismatch",
                "Tuesday, 1 March 2010",
            ),
            (
                "03-timeline-five-years.txt",
                "fact-mismatch",
                "21 March 2010",
            ),
            (
                "03-timeline-five-years.txt",
                "inconsistent",
                "21 March 2010",
            ),
            ("04-feature-constitucion.txt", "fact-mismatch", "8.5"),
            ("04-feature-constitucion.txt", "inconsistent", "8.5"),
            (
                "04-feature-constitucion.txt",
                "inconsistent",
                "some 500,000",
            ),
            (
                "04-feature-constitucion.txt",
                "anachronism",
                "March 20, 2010",
            ),
            (
                "05-opinion-lessons.txt",
                "fact-mismatch",
                "14 years ago this morning",
            ),
            (
                "05-opinion-lessons.txt",
                "inconsistent",
                "14 years ago this morning",
            ),
            ("05-opinion-lessons.txt", "fact-mismatch", "60bn"),
            ("05-opinion-lessons.txt", "inconsistent", "60bn"),
        ],
    );
}

/// Regression: "Ten years ago today, on a Sunday afternoon in Brussels,
/// eurozone finance ministers agreed the first bailout" read "Sunday
/// afternoon" as the Sunday nearest the article. A weekday after "a" is
/// some such day, and dates nothing.
#[test]
fn a_weekday_after_a_is_no_date() {
    let check = |body: &str| {
        check_text(
            &pack("greece"),
            &format!("OPINION  2 May 2020 - 08:00\n\n{body}\n"),
        )
    };
    assert_eq!(
        check(
            "Ten years ago today, on a Sunday afternoon in Brussels, eurozone finance \
             ministers agreed the first bailout of a member of the single currency."
        ),
        []
    );
}

#[test]
fn af447_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Air France Flight 447 (round 18), scored on the
    // session's starting build: 13 of the 14 planted errors caught, no
    // false alarm. The miss, a timeline entry "10 November 2022 — The
    // manslaughter trial of Airbus and Air France opens in Paris" (the cue
    // eight words after the date), is caught since a cue after a name of
    // its subject in the entry's first clause reaches as a name does.
    assert_pack_finds(
        "af447",
        &[
            (
                "01-wire-trial-opens.txt",
                "fact-mismatch",
                "June 11th, 2009",
            ),
            ("01-wire-trial-opens.txt", "inconsistent", "June 11th, 2009"),
            ("01-wire-trial-opens.txt", "anachronism", "14 November 2022"),
            (
                "02-explainer-fifteen-years.md",
                "fact-mismatch",
                "more than 240",
            ),
            (
                "02-explainer-fifteen-years.md",
                "inconsistent",
                "more than 240",
            ),
            ("02-explainer-fifteen-years.md", "acronym-mismatch", "BAE"),
            (
                "02-explainer-fifteen-years.md",
                "fact-mismatch",
                "ten years ago",
            ),
            (
                "02-explainer-fifteen-years.md",
                "inconsistent",
                "ten years ago",
            ),
            ("03-timeline.txt", "fact-mismatch", "218"),
            ("03-timeline.txt", "inconsistent", "218"),
            ("03-timeline.txt", "invalid-date", "31 June 2009"),
            ("03-timeline.txt", "fact-mismatch", "10 November 2022"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Tuesday, 17 April 2023",
            ),
            ("04-feature-deep-water.txt", "fact-mismatch", "35-month"),
            ("04-feature-deep-water.txt", "inconsistent", "35-month"),
            ("04-feature-deep-water.txt", "fact-mismatch", "4,900"),
            ("04-feature-deep-water.txt", "inconsistent", "4,900"),
            // 489 civil parties in two articles, 389 here
            ("04-feature-deep-water.txt", "inconsistent", "389"),
            ("05-opinion-acquittal.txt", "fact-mismatch", "2.25 million"),
            (
                "05-opinion-acquittal.txt",
                "wrong-name",
                "Bureau of Enquiry and Analysis for Civil Aviation Security",
            ),
        ],
    );
}

#[test]
fn a_timeline_cue_after_a_name_of_its_subject_reaches_as_the_name_does() {
    let rules = pack("af447");
    let dated = |entry: &str| format!("World desk  18 April 2023\n\n{entry}\n");
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "10 November 2022 — The manslaughter trial of Airbus and Air \
                 France opens in Paris, thirteen years after the crash."
            )
        ),
        owned(&[("t.txt", "fact-mismatch", "10 November 2022")])
    );
    // not where the entry reports the event in a clause of its own
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "10 November 2022 — Lawyers say that the manslaughter trial of \
                 Airbus and Air France opens in Paris."
            )
        ),
        []
    );
}

#[test]
fn sewol_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the sinking of the Sewol (round 18), scored on the
    // session's starting build: all 14 planted errors caught, two false
    // alarms. "after the Supreme Court upheld his life sentence last
    // November" is fixed (the object of a verb that cues another fact is
    // that verb's). Pinned: "Of those on board, 304 people died, and most
    // of the dead were teenagers", read as the Danwon students' toll, since
    // the pack's own death toll excludes sentences that say "on board".
    assert_pack_finds(
        "sewol",
        &[
            ("01-wire-mokpo-arrival.txt", "fact-mismatch", "304"),
            ("01-wire-mokpo-arrival.txt", "acronym-mismatch", "KGC"),
            ("01-wire-mokpo-arrival.txt", "fact-mismatch", "85.1 million"),
            ("01-wire-mokpo-arrival.txt", "inconsistent", "85.1 million"),
            ("01-wire-mokpo-arrival.txt", "fact-mismatch", "243"),
            ("01-wire-mokpo-arrival.txt", "inconsistent", "243"),
            (
                "02-explainer-life-sentence.md",
                "weekday-mismatch",
                "Tuesday, 16 April 2014",
            ),
            (
                "02-explainer-life-sentence.md",
                "fact-mismatch",
                "More than 350",
            ),
            (
                "02-explainer-life-sentence.md",
                "wrong-name",
                "Ministry of Ocean and Fisheries",
            ),
            ("03-timeline-five-years.txt", "invalid-date", "31 June 2014"),
            (
                "03-timeline-five-years.txt",
                "fact-mismatch",
                "28 April 2016",
            ),
            (
                "03-timeline-five-years.txt",
                "inconsistent",
                "28 April 2016",
            ),
            (
                "03-timeline-five-years.txt",
                "fact-mismatch",
                "March 10th, 2016",
            ),
            (
                "03-timeline-five-years.txt",
                "inconsistent",
                "March 10th, 2016",
            ),
            ("04-feature-empty-desks.txt", "fact-mismatch", "142"),
            ("04-feature-empty-desks.txt", "inconsistent", "142"),
            // 2,142 tonnes of cargo in three articles, 3,142 here
            ("04-feature-empty-desks.txt", "inconsistent", "3,142"),
            (
                "04-feature-empty-desks.txt",
                "anachronism",
                "9 December 2016",
            ),
            (
                "05-opinion-ten-years.txt",
                "fact-mismatch",
                "Eleven years ago",
            ),
            (
                "05-opinion-ten-years.txt",
                "inconsistent",
                "Eleven years ago",
            ),
            ("05-opinion-ten-years.txt", "fact-mismatch", "180 days"),
            ("05-opinion-ten-years.txt", "inconsistent", "180 days"),
        ],
    );
}

#[test]
fn the_object_of_a_verb_that_cues_another_fact_is_dated_by_that_verb() {
    let rules = pack("sewol");
    let dated = |body: &str| format!("By Kim Min-ji, 15 April 2016\n\n{body}\n");
    // "upheld" cues the Supreme Court's ruling (November 2015): the date
    // is that ruling's, not the appeal verdict's ("life sentence")
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "The captain, Lee Joon-seok, will spend the rest of his life in \
                 prison after the Supreme Court upheld his life sentence last \
                 November."
            )
        ),
        []
    );
    // the appeal verdict is still dated where it is told
    assert_eq!(
        check_text(
            &rules,
            &dated("The captain, Lee Joon-seok, was given a life sentence last November.")
        ),
        owned(&[("t.txt", "fact-mismatch", "last November")])
    );
}

#[test]
fn titan_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Titan submersible (round 18), scored on the
    // session's starting build: 11 of the 14 planted errors caught, no
    // false alarm. Caught since: "Contact was lost about three hours into
    // the descent" (a passive "was lost" takes no object: the duration is
    // no part lost) and "16 September 2023 — The Coast Guard's Marine Board
    // of Investigation opens two weeks of public hearings" (a cue after a
    // name of its subject in a timeline entry). Missed: "24 June 2023 — A
    // remotely operated vehicle finds the debris field": the pack cues the
    // find by "found", "discovered", "located", "spotted", none of them
    // "finds".
    assert_pack_finds(
        "titan",
        &[
            ("01-wire.txt", "fact-mismatch", "six"),
            ("01-wire.txt", "inconsistent", "six"),
            ("01-wire.txt", "weekday-mismatch", "Thursday, 18 June 2023"),
            ("01-wire.txt", "fact-mismatch", "150,000"),
            ("01-wire.txt", "inconsistent", "150,000"),
            ("02-explainer.md", "fact-mismatch", "about three hours"),
            ("02-explainer.md", "inconsistent", "about three hours"),
            // 12 vessels in two articles, 20 here
            ("02-explainer.md", "inconsistent", "20"),
            ("02-explainer.md", "acronym-mismatch", "TSB"),
            ("02-explainer.md", "fact-mismatch", "1986"),
            ("02-explainer.md", "inconsistent", "1986"),
            ("03-timeline.txt", "fact-mismatch", "16 September 2023"),
            ("03-timeline.txt", "inconsistent", "16 September 2023"),
            ("04-feature.txt", "fact-mismatch", "more than 2,000"),
            ("04-feature.txt", "inconsistent", "more than 2,000"),
            ("04-feature.txt", "invalid-date", "31 September 1985"),
            ("04-feature.txt", "anachronism", "16 September 2024"),
            ("05-opinion.md", "fact-mismatch", "three years ago"),
            ("05-opinion.md", "inconsistent", "three years ago"),
            (
                "05-opinion.md",
                "wrong-name",
                "Maritime Board of Investigation",
            ),
        ],
    );
}

#[test]
fn a_duration_after_a_passive_lost_is_no_part_lost() {
    let rules = pack("titan");
    let dated = |body: &str| format!("---\ndate: 2024-09-20\n---\n\n{body}\n");
    assert_eq!(
        check_markdown(
            &rules,
            &dated(
                "The Titan began its final dive on the morning of 18 June 2023. \
                 Contact was lost about three hours into the descent."
            )
        ),
        owned(&[("t.md", "fact-mismatch", "about three hours")])
    );
}

#[test]
fn a_relative_clause_after_a_new_thing_no_rule_names_is_that_things() {
    let rules = pack("greece");
    let dated = |body: &str| format!("Updated 1 September 2019\n\n{body}\n");
    // "a crisis" is brought in by "a", and names no subject: "began" is
    // the crisis's, not the capital controls'
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "Capital controls imposed on Greek banks in the summer of 2015 \
                 were lifted in full today, closing one of the last chapters of \
                 a crisis that began almost a decade ago."
            )
        ),
        []
    );
}

#[test]
fn a_cue_that_is_the_subject_of_be_gives_way_to_its_complement() {
    let rules = claimlint::rules::bundled();
    let dated =
        |body: &str| format!("By Lilit Hovhannisyan in Khankendi June 14, 2024\n\n{body}\n");
    // "withdrawal" cues the confirmation (17 April); "was complete" the
    // completion (12 June, two days before the article), too far to bind:
    // the withdrawal, subject of "was complete", claims no confirmation.
    // Where nothing is said of it, it still does.
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "Two days ago, Azerbaijan's defence ministry said the withdrawal \
                 of the Russian peacekeepers was complete."
            )
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "Five days ago, the Kremlin confirmed the withdrawal of the \
                 Russian peacekeepers from Karabakh."
            )
        ),
        owned(&[("t.txt", "fact-mismatch", "Five days ago")])
    );
}

#[test]
fn lacmegantic_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Lac-Mégantic rail disaster (round 19: two facts
    // of a kind in a sentence, chained relative dates, seasons, vague
    // counts, a quotation with a wrong figure), scored on the session's
    // starting build: all 14 planted errors caught, one false alarm, fixed
    // since: "the National Transportation Safety Board (NTSB)" was read as
    // Canada's board (the longest name the rules know before the bracket
    // is the one it names). The quotation "Fifty people died that night",
    // which the article corrects, is advice.
    assert_pack_finds(
        "lacmegantic",
        &[
            ("01-wire-verdict.txt", "fact-mismatch", "more than 50"),
            ("01-wire-verdict.txt", "inconsistent", "more than 50"),
            (
                "01-wire-verdict.txt",
                "weekday-mismatch",
                "Thursday, 19 August 2014",
            ),
            ("01-wire-verdict.txt", "fact-mismatch", "200 million"),
            ("01-wire-verdict.txt", "inconsistent", "200 million"),
            (
                "02-explainer-ten-years.md",
                "fact-mismatch",
                "eight years ago",
            ),
            (
                "02-explainer-ten-years.md",
                "inconsistent",
                "eight years ago",
            ),
            ("02-explainer-ten-years.md", "acronym-mismatch", "NTSB"),
            (
                "02-explainer-ten-years.md",
                "fact-mismatch",
                "more than two years",
            ),
            ("03-timeline.txt", "fact-mismatch", "74"),
            ("03-timeline.txt", "inconsistent", "74"),
            ("03-timeline.txt", "fact-mismatch", "19 August 2015"),
            ("03-timeline.txt", "inconsistent", "19 August 2015"),
            ("03-timeline.txt", "invalid-date", "31 June 2016"),
            ("04-feature-rebuilding.txt", "fact-mismatch", "Fifty"),
            ("04-feature-rebuilding.txt", "inconsistent", "Fifty"),
            ("04-feature-rebuilding.txt", "fact-mismatch", "some 30"),
            (
                "04-feature-rebuilding.txt",
                "wrong-name",
                "Maine, Montreal and Atlantic Railway",
            ),
            ("05-opinion-report.txt", "inconsistent", "some 400"),
            ("05-opinion-report.txt", "fact-mismatch", "September 2013"),
            ("05-opinion-report.txt", "inconsistent", "September 2013"),
            ("05-opinion-report.txt", "anachronism", "1 November 2016"),
        ],
    );
}

#[test]
fn an_acronym_is_read_against_the_longest_name_the_rules_know() {
    let rules = pack("lacmegantic");
    let dated = |body: &str| format!("---\ndate: 2023-07-06\n---\n\n{body}\n");
    assert_eq!(
        check_markdown(
            &rules,
            &dated(
                "No one died, but the National Transportation Safety Board (NTSB) is still investigating."
            )
        ),
        []
    );
    assert_eq!(
        check_markdown(
            &rules,
            &dated("The Transportation Safety Board of Canada (NTSB) published its report.")
        ),
        owned(&[("t.md", "acronym-mismatch", "NTSB")])
    );
}

#[test]
fn kursk_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Kursk submarine disaster (round 19), scored on
    // the session's starting build: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "kursk",
        &[
            (
                "01-wire-tenth-anniversary.txt",
                "fact-mismatch",
                "14 August 2000",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "inconsistent",
                "14 August 2000",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "fact-mismatch",
                "more than 120",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "inconsistent",
                "more than 120",
            ),
            ("02-explainer-twenty-years.md", "fact-mismatch", "nine days"),
            ("02-explainer-twenty-years.md", "inconsistent", "nine days"),
            ("02-explainer-twenty-years.md", "acronym-mismatch", "KGB"),
            (
                "02-explainer-twenty-years.md",
                "fact-mismatch",
                "nine years ago",
            ),
            (
                "02-explainer-twenty-years.md",
                "inconsistent",
                "nine years ago",
            ),
            ("03-timeline.txt", "inconsistent", "50"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Friday, 22 August 2000",
            ),
            ("03-timeline.txt", "fact-mismatch", "25 August 2000"),
            ("03-timeline.txt", "inconsistent", "25 August 2000"),
            ("03-timeline.txt", "invalid-date", "31 September 2000"),
            ("04-feature-widows-town.txt", "fact-mismatch", "32"),
            ("04-feature-widows-town.txt", "inconsistent", "32"),
            (
                "04-feature-widows-town.txt",
                "wrong-name",
                "Norwegian Radiation Protection Agency",
            ),
            (
                "04-feature-widows-town.txt",
                "fact-mismatch",
                "about $15 million",
            ),
            (
                "04-feature-widows-town.txt",
                "anachronism",
                "20 August 2015",
            ),
            ("05-opinion-it-sank.txt", "fact-mismatch", "July 2004"),
            ("05-opinion-it-sank.txt", "inconsistent", "July 2004"),
        ],
    );
}

#[test]
fn sthelens_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1980 eruption of Mount St. Helens (round 19),
    // scored on the session's starting build: all 14 planted errors
    // caught, one false alarm, fixed since: "The volcano, quiet since 1857,
    // rumbled back to life on 20 April 1980" dated the first quake by 1857
    // (a phrase set off by commas that ends in "since" and its date is a
    // state said of the noun before it).
    assert_pack_finds(
        "sthelens",
        &[
            ("01-wire.txt", "fact-mismatch", "4.1"),
            ("01-wire.txt", "fact-mismatch", "more than 60"),
            ("01-wire.txt", "fact-mismatch", "about $110 million"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Saturday, 18 May 1980",
            ),
            ("02-explainer.md", "fact-mismatch", "14"),
            ("02-explainer.md", "inconsistent", "14"),
            ("02-explainer.md", "acronym-mismatch", "VCO"),
            ("03-timeline.txt", "fact-mismatch", "26 August 1983"),
            ("03-timeline.txt", "inconsistent", "26 August 1983"),
            (
                "03-timeline.txt",
                "wrong-name",
                "United States Geographical Survey",
            ),
            ("04-feature.txt", "fact-mismatch", "20 April 1980"),
            ("04-feature.txt", "inconsistent", "20 April 1980"),
            ("04-feature.txt", "invalid-date", "31 April 1980"),
            ("04-feature.txt", "fact-mismatch", "about three hours"),
            ("04-feature.txt", "inconsistent", "about 2,500"),
            ("05-opinion.md", "fact-mismatch", "45 years ago"),
            ("05-opinion.md", "inconsistent", "45 years ago"),
            ("05-opinion.md", "anachronism", "15 June 2024"),
        ],
    );
}

#[test]
fn a_date_after_since_in_a_phrase_set_off_by_commas_takes_no_cue_after_it() {
    let rules = pack("sthelens");
    let dated = |body: &str| format!("By Ann Lee | May 16, 2010\n\nMount St. Helens\n\n{body}\n");
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "The volcano, quiet since 1857, rumbled back to life on 20 March \
                 1980, and a week later steam explosions punched a crater."
            )
        ),
        []
    );
    // the date of the cue's own clause is still read
    assert_eq!(
        check_text(
            &rules,
            &dated("The volcano, quiet since 1857, rumbled back to life on 20 April 1980.")
        ),
        owned(&[("t.txt", "fact-mismatch", "20 April 1980")])
    );
}

#[test]
fn a_compound_adjective_in_ed_is_no_past_verb() {
    let rules = claimlint::rules::bundled();
    let dated = |body: &str| format!("GORIS, Armenia, 3 October 2023 (Reuters) — {body}");
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "Under the decree, the self-proclaimed republic is to cease to \
                 exist on 1 January 2024."
            )
        ),
        []
    );
    // a verb with a prefix is still one
    assert_eq!(
        check_text(
            &rules,
            &dated("The centre was re-opened on 12 October 2023.")
        ),
        owned(&[("t.txt", "anachronism", "12 October 2023")])
    );
}

#[test]
fn hubble_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Hubble Space Telescope (round 20: anniversaries,
    // spans between events, abbreviated months and times, hedges, a
    // numbered list, a table, a corrected figure), scored on the session's
    // starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "hubble",
        &[
            ("01-wire-30th-anniversary.txt", "acronym-mismatch", "JPL"),
            (
                "01-wire-30th-anniversary.txt",
                "weekday-mismatch",
                "Thursday, 25 April 1990",
            ),
            (
                "01-wire-30th-anniversary.txt",
                "fact-mismatch",
                "Dec. 2, 1992",
            ),
            (
                "01-wire-30th-anniversary.txt",
                "inconsistent",
                "Dec. 2, 1992",
            ),
            (
                "02-explainer-repair-30-years.md",
                "fact-mismatch",
                "about 65 minutes",
            ),
            (
                "02-explainer-repair-30-years.md",
                "anachronism",
                "4 June 2024",
            ),
            ("03-timeline-35-years.txt", "invalid-date", "June 31, 1990"),
            ("03-timeline-35-years.txt", "fact-mismatch", "13 May 2009"),
            ("03-timeline-35-years.txt", "inconsistent", "13 May 2009"),
            (
                "04-feature-last-visit.txt",
                "fact-mismatch",
                "Apr. 14, 1990",
            ),
            ("04-feature-last-visit.txt", "inconsistent", "Apr. 14, 1990"),
            ("04-feature-last-visit.txt", "fact-mismatch", "22"),
            ("04-feature-last-visit.txt", "inconsistent", "22"),
            ("04-feature-last-visit.txt", "fact-mismatch", "250 million"),
            ("04-feature-last-visit.txt", "inconsistent", "250 million"),
            ("04-feature-last-visit.txt", "inconsistent", "53 hours"),
            (
                "05-opinion-dont-let-it-fall.txt",
                "fact-mismatch",
                "36 years ago this month",
            ),
            (
                "05-opinion-dont-let-it-fall.txt",
                "inconsistent",
                "36 years ago this month",
            ),
            (
                "05-opinion-dont-let-it-fall.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            (
                "05-opinion-dont-let-it-fall.txt",
                "fact-mismatch",
                "more than seven",
            ),
            (
                "05-opinion-dont-let-it-fall.txt",
                "inconsistent",
                "more than seven",
            ),
        ],
    );
}

#[test]
fn halifax_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Halifax Explosion of 1917 (round 20), scored on
    // the session's starting build: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "halifax",
        &[
            (
                "01-wire-centenary.txt",
                "weekday-mismatch",
                "Tuesday, Dec. 6, 1917",
            ),
            ("01-wire-centenary.txt", "fact-mismatch", "nearly 4,000"),
            ("01-wire-centenary.txt", "inconsistent", "nearly 4,000"),
            ("02-explainer.md", "fact-mismatch", "105 years ago"),
            ("02-explainer.md", "fact-mismatch", "about 45 minutes"),
            ("02-explainer.md", "inconsistent", "about 45 minutes"),
            ("02-explainer.md", "acronym-mismatch", "CNR"),
            ("03-timeline.txt", "fact-mismatch", "9 December 1917"),
            ("03-timeline.txt", "inconsistent", "9 December 1917"),
            ("03-timeline.txt", "invalid-date", "29 February 1918"),
            ("03-timeline.txt", "fact-mismatch", "1981"),
            ("03-timeline.txt", "inconsistent", "1981"),
            ("04-feature.txt", "fact-mismatch", "More than 20,000"),
            ("04-feature.txt", "wrong-name", "Atlantic Maritime Museum"),
            ("04-feature.txt", "inconsistent", "5.5"),
            ("05-opinion.txt", "fact-mismatch", "6 December 1918"),
            ("05-opinion.txt", "inconsistent", "6 December 1918"),
            ("05-opinion.txt", "fact-mismatch", "about $3.5 million"),
            ("05-opinion.txt", "anachronism", "12 January 2024"),
        ],
    );
}

#[test]
fn everest96_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1996 Everest disaster (round 20), scored on the
    // session's starting build: 11 of the 14 planted errors caught, no
    // false alarm. Caught since: "Into Thin Air, which Jon Krakauer
    // published 25 years ago" (a relative clause whose antecedent names
    // the subject is about it, whoever's doing its verb is), "paid a fee
    // of $35,000 each" ("each" names nothing else the amount counts), and
    // "announced a new joint height of 8,848.86 metres on 8 December 2020"
    // in an article of 2016 (a number's groups are one word to the
    // anachronism check, not a clause's end and three words).
    assert_pack_finds(
        "everest96",
        &[
            ("a1-wire.txt", "fact-mismatch", "20 May 1996"),
            ("a1-wire.txt", "inconsistent", "20 May 1996"),
            ("a1-wire.txt", "weekday-mismatch", "Saturday, 10 May 1996"),
            ("a2-explainer.md", "fact-mismatch", "seven weeks"),
            ("a2-explainer.md", "inconsistent", "seven weeks"),
            ("a2-explainer.md", "fact-mismatch", "35,000"),
            ("a2-explainer.md", "inconsistent", "35,000"),
            ("a2-explainer.md", "anachronism", "8 December 2020"),
            ("a3-timeline.txt", "fact-mismatch", "Dec. 24, 1956"),
            ("a3-timeline.txt", "inconsistent", "11"),
            ("a3-timeline.txt", "fact-mismatch", "15 May 1996"),
            ("a3-timeline.txt", "inconsistent", "15 May 1996"),
            ("a3-timeline.txt", "invalid-date", "31 June 1996"),
            ("a4-feature.txt", "fact-mismatch", "25 years ago"),
            ("a4-feature.txt", "inconsistent", "25 years ago"),
            ("a4-feature.txt", "fact-mismatch", "19"),
            ("a4-feature.txt", "inconsistent", "19"),
            ("a4-feature.txt", "wrong-name", "Indo-Tibetan Border Force"),
            ("a5-opinion.txt", "fact-mismatch", "nearly 20"),
            ("a5-opinion.txt", "inconsistent", "nearly 20"),
            ("a5-opinion.txt", "acronym-mismatch", "RHA"),
        ],
    );
}

#[test]
fn a_relative_clause_after_a_name_of_the_subject_is_about_it() {
    let rules = pack("everest96");
    let dated = |body: &str| format!("By Helen Mirza, Books Editor, April 3, 2017\n\n{body}\n");
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "Into Thin Air, which Jon Krakauer published 25 years ago, has sold millions of copies."
            )
        ),
        owned(&[("t.txt", "fact-mismatch", "25 years ago")])
    );
}

#[test]
fn an_amount_dealt_out_each_still_measures_the_noun_before_it() {
    let rules = pack("everest96");
    let dated = |body: &str| format!("---\ndate: 2016-05-09\n---\n\n{body}\n");
    assert_eq!(
        check_markdown(
            &rules,
            &dated(
                "Clients of Adventure Consultants paid a fee of $35,000 each for the 1996 expedition."
            )
        ),
        owned(&[("t.md", "fact-mismatch", "35,000")])
    );
}

#[test]
fn a_numbers_groups_do_not_end_the_clause_an_anachronism_reads() {
    let rules = pack("everest96");
    let dated = |body: &str| format!("---\ndate: 2016-05-09\n---\n\n{body}\n");
    assert_eq!(
        check_markdown(
            &rules,
            &dated(
                "Nepal and China announced a new joint height of 8,848.86 metres \
                 on 8 December 2020."
            )
        ),
        owned(&[("t.md", "anachronism", "8 December 2020")])
    );
}

#[test]
fn a_cue_in_a_relative_clause_dates_nothing_after_the_clause() {
    let rules = claimlint::rules::bundled();
    let dated = |body: &str| format!("By Ani Sargsyan in Goris, 20 September 2026\n\n{body}\n");
    // "statement" cues the trilateral statement's signing, inside the
    // clause; 2024 is when the peacekeepers left
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "The Russian peacekeepers, who arrived on 10 November 2020 under \
                 the trilateral statement, left in 2024, more than a year before \
                 their mandate was due to end."
            )
        ),
        []
    );
}

#[test]
fn lomaprieta_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1989 Loma Prieta earthquake (round 21: numbers in
    // words, comparisons, rates, dates in brackets, an ISO table, a "By the
    // numbers" sidebar), scored on the session's starting build: 12 of the
    // 14 planted errors caught, no false alarm. Caught since: "Nearly 100
    // people died" against a toll of 63 ("nearly" is a band of 15 % below
    // its amount). Missed: "17 October 1989 — The upper deck of the Cypress
    // Street Viaduct collapses …, killing 24 people": the viaduct's only
    // dated fact is its opening in 1957, so a sentence of 1989 is of
    // another time for it.
    assert_pack_finds(
        "lomaprieta",
        &[
            ("a1-wire.txt", "fact-mismatch", "7 October 1989"),
            ("a1-wire.txt", "inconsistent", "7 October 1989"),
            (
                "a1-wire.txt",
                "wrong-name",
                "United States Geological Service",
            ),
            ("a2-explainer.md", "fact-mismatch", "about $60 billion"),
            ("a2-explainer.md", "anachronism", "2 September 2013"),
            ("a2-explainer.md", "acronym-mismatch", "EMA"),
            ("a3-timeline.txt", "invalid-date", "31 November 1989"),
            ("a3-timeline.txt", "fact-mismatch", "18 December 1989"),
            ("a3-timeline.txt", "inconsistent", "18 December 1989"),
            ("a4-feature.txt", "fact-mismatch", "35 years ago"),
            ("a4-feature.txt", "inconsistent", "35 years ago"),
            ("a4-feature.txt", "fact-mismatch", "1949"),
            ("a4-feature.txt", "fact-mismatch", "nearly two minutes"),
            (
                "a4-feature.txt",
                "weekday-mismatch",
                "Friday, 18 November 1989",
            ),
            ("a5-opinion.txt", "fact-mismatch", "Nearly 100"),
            ("a5-opinion.txt", "inconsistent", "Nearly 100"),
            ("a5-opinion.txt", "inconsistent", "28,000"),
        ],
    );
}

#[test]
fn threemile_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Three Mile Island accident (round 21), scored on
    // the session's starting build: 13 of the 14 planted errors caught,
    // one false alarm. Caught since: "Thornburgh, who died on 31 December
    // 2020" in an article of 2009 ("died" is a past form). Fixed since:
    // "The Kemeny Commission, set up by President Carter on 11 April 1979,
    // found that …" dated the report (a participle phrase set off by
    // commas before the sentence's own verb in the past is said of the
    // noun before it; read without that verb, every such phrase cost true
    // claims after an appositive).
    assert_pack_finds(
        "threemile",
        &[
            ("a1-wire.txt", "fact-mismatch", "about $3 billion"),
            ("a1-wire.txt", "inconsistent", "about $3 billion"),
            ("a1-wire.txt", "weekday-mismatch", "Saturday, 1 April 1979"),
            ("a2-explainer.md", "fact-mismatch", "40 years ago"),
            ("a2-explainer.md", "inconsistent", "40 years ago"),
            ("a2-explainer.md", "fact-mismatch", "24 years"),
            ("a2-explainer.md", "acronym-mismatch", "EMPA"),
            ("a3-timeline.txt", "inconsistent", "about 40"),
            ("a3-timeline.txt", "invalid-date", "31 April 1979"),
            ("a3-timeline.txt", "fact-mismatch", "2 April 1979"),
            ("a3-timeline.txt", "inconsistent", "2 April 1979"),
            ("a4-feature.txt", "anachronism", "31 December 2020"),
            ("a4-feature.txt", "fact-mismatch", "15"),
            ("a4-feature.txt", "inconsistent", "15"),
            ("a4-feature.txt", "fact-mismatch", "October 1980"),
            ("a4-feature.txt", "inconsistent", "October 1980"),
            (
                "a5-opinion.txt",
                "fact-mismatch",
                "more than half a million",
            ),
            ("a5-opinion.txt", "inconsistent", "more than half a million"),
            ("a5-opinion.txt", "fact-mismatch", "1942"),
            (
                "a5-opinion.txt",
                "wrong-name",
                "Nuclear Regulatory Committee",
            ),
        ],
    );
}

#[test]
fn a_past_tense_died_after_the_article_is_an_anachronism() {
    let rules = pack("threemile");
    let dated = |body: &str| format!("By Ellen Price, March 25, 2009\n\n{body}\n");
    assert_eq!(
        check_text(
            &rules,
            &dated("Thornburgh, who died on 31 December 2020, never regretted the advisory.")
        ),
        owned(&[("t.txt", "anachronism", "31 December 2020")])
    );
}

#[test]
fn euro_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the launch of the euro (round 21), scored on the
    // session's starting build: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "euro",
        &[
            ("01-wire-25-years.txt", "fact-mismatch", "7 February 1993"),
            ("01-wire-25-years.txt", "inconsistent", "7 February 1993"),
            ("01-wire-25-years.txt", "invalid-date", "29 February 2002"),
            ("01-wire-25-years.txt", "acronym-mismatch", "ECB"),
            (
                "02-explainer-cash-20.md",
                "weekday-mismatch",
                "Friday, 1 January 2002",
            ),
            ("02-explainer-cash-20.md", "fact-mismatch", "1.5 billion"),
            ("02-explainer-cash-20.md", "inconsistent", "1.5 billion"),
            ("03-timeline-ecb-25.txt", "fact-mismatch", "1 June 1999"),
            ("03-timeline-ecb-25.txt", "inconsistent", "1 June 1999"),
            ("03-timeline-ecb-25.txt", "fact-mismatch", "50 billion"),
            ("04-feature-first-days.txt", "fact-mismatch", "nearly 20"),
            ("04-feature-first-days.txt", "inconsistent", "nearly 20"),
            ("04-feature-first-days.txt", "fact-mismatch", "1.95853"),
            ("04-feature-first-days.txt", "inconsistent", "1.95853"),
            ("04-feature-first-days.txt", "fact-mismatch", "two years"),
            ("04-feature-first-days.txt", "anachronism", "15 March 2002"),
            ("05-opinion-euro-at-20.txt", "fact-mismatch", "18 years ago"),
            ("05-opinion-euro-at-20.txt", "inconsistent", "18 years ago"),
            ("05-opinion-euro-at-20.txt", "inconsistent", "1.28"),
            (
                "05-opinion-euro-at-20.txt",
                "wrong-name",
                "Central European Bank",
            ),
        ],
    );
}

#[test]
fn a_participle_phrase_before_the_sentences_verb_dates_no_cue_after_it() {
    let rules = pack("threemile");
    let dated = |body: &str| format!("OPINION  20 September 2019\n\n{body}\n");
    // the date is the commission's setting up, not its finding
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "The Kemeny Commission, set up by President Carter on 11 April \
                 1979, found that the radiation released would cause at most one \
                 additional cancer death."
            )
        ),
        []
    );
}

#[test]
fn bhopal_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Bhopal gas disaster (round 22: chained relative
    // dates, US-style dates, times across midnight, tonnes beside pounds,
    // tolls revised over time, a correction note), scored on the session's
    // starting build: all 14 planted errors caught, one false alarm, fixed
    // since: "the gas began to escape from the Union Carbide plant in the
    // early hours of Tuesday, 3 December 1984" dated the plant's opening
    // ("plant", a generic name inside the plant's proper name, cued its one
    // fact; a proper name cues it only where the date modifies it).
    assert_pack_finds(
        "bhopal",
        &[
            ("01_wire_anniversary.txt", "fact-mismatch", "47 million"),
            ("01_wire_anniversary.txt", "inconsistent", "47 million"),
            ("01_wire_anniversary.txt", "anachronism", "2 January 2025"),
            ("02_explainer.md", "fact-mismatch", "12 December 1984"),
            ("02_explainer.md", "inconsistent", "12 December 1984"),
            ("02_explainer.md", "fact-mismatch", "about 14"),
            ("02_explainer.md", "inconsistent", "about 14"),
            ("02_explainer.md", "acronym-mismatch", "CPCB"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Tuesday, 3 December 1984",
            ),
            ("03_timeline.txt", "fact-mismatch", "14 February 1988"),
            ("03_timeline.txt", "inconsistent", "14 February 1988"),
            ("03_timeline.txt", "invalid-date", "31 April 1992"),
            ("04_feature.txt", "fact-mismatch", "40 years ago"),
            ("04_feature.txt", "inconsistent", "40 years ago"),
            ("04_feature.txt", "fact-mismatch", "Nearly 50,000"),
            ("04_feature.txt", "inconsistent", "Nearly 50,000"),
            (
                "04_feature.txt",
                "wrong-name",
                "Indian Council for Medical Research",
            ),
            ("04_feature.txt", "fact-mismatch", "five years"),
            ("04_feature.txt", "inconsistent", "five years"),
            ("05_opinion.md", "fact-mismatch", "June 7, 2012"),
            ("05_opinion.md", "inconsistent", "June 7, 2012"),
            ("05_opinion.md", "inconsistent", "377"),
        ],
    );
}

#[test]
fn piperalpha_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Piper Alpha disaster (round 22), scored on the
    // session's starting build: 9 of the 14 planted errors caught, no false
    // alarm. Caught since: "took over … from the Department of Energy on 1
    // April 1991" in an article of 1990 (a past verb may stand 14 words
    // before the date), "an insured loss of about $400 million, and
    // Occidental … sold its North Sea business … in 1991" (a year in a later
    // clause does not date the loss), and "His report … made 86
    // recommendations" ("his" refers back). Missed: "just 51 men survived"
    // in a bullet and the witnesses "260" of the wire and the timeline
    // (sentences that name the subject by a generic word alone, "the
    // inquiry", with no context word), which the opinion's "360" would
    // disagree with.
    assert_pack_finds(
        "piperalpha",
        &[
            ("01_wire_cullen_report.txt", "anachronism", "1 April 1991"),
            ("02_explainer_thirty_years.md", "fact-mismatch", "300"),
            ("02_explainer_thirty_years.md", "acronym-mismatch", "OSD"),
            ("03_timeline_25_years.txt", "fact-mismatch", "December 1978"),
            ("03_timeline_25_years.txt", "invalid-date", "31 June 1989"),
            (
                "04_feature_survivor.txt",
                "fact-mismatch",
                "thirty years ago",
            ),
            (
                "04_feature_survivor.txt",
                "inconsistent",
                "thirty years ago",
            ),
            (
                "04_feature_survivor.txt",
                "weekday-mismatch",
                "Thursday, 6 July 1988",
            ),
            (
                "04_feature_survivor.txt",
                "wrong-name",
                "Offshore Industry Liaison Council",
            ),
            (
                "04_feature_survivor.txt",
                "fact-mismatch",
                "about $400 million",
            ),
            (
                "05_opinion_twenty_years.txt",
                "fact-mismatch",
                "More than 180",
            ),
            ("05_opinion_twenty_years.txt", "fact-mismatch", "90 days"),
            ("05_opinion_twenty_years.txt", "inconsistent", "90 days"),
            ("05_opinion_twenty_years.txt", "fact-mismatch", "86"),
            ("05_opinion_twenty_years.txt", "inconsistent", "86"),
        ],
    );
}

#[test]
fn tenerife_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Tenerife airport disaster (round 22), scored on
    // the session's starting build: 12 of the 14 planted errors caught, no
    // false alarm. Caught since: "Settlements for the Tenerife disaster
    // totalled $210 million" (a noun linked to its amount across a short
    // phrase), and "27 March 1977 — All 284 people aboard the KLM jet are
    // killed": the KLM flight has no dated fact, no year in its name and
    // no dated source, and takes its time from its pack's dated facts
    // (before, it was taken as of the article's date, and a sentence of
    // 1977 was another time for it). In the same entry, "and 335 die
    // aboard the Pan Am 747" is no count of the KLM jet: the cue "aboard"
    // is the Pan Am jet's, whose name follows it.
    assert_pack_finds(
        "tenerife",
        &[
            ("01-wire-anniversary.txt", "fact-mismatch", "45 years ago"),
            ("01-wire-anniversary.txt", "inconsistent", "45 years ago"),
            ("01-wire-anniversary.txt", "fact-mismatch", "538"),
            ("01-wire-anniversary.txt", "inconsistent", "538"),
            ("02-explainer.md", "fact-mismatch", "March 28, 1977"),
            ("02-explainer.md", "inconsistent", "March 28, 1977"),
            ("02-explainer.md", "fact-mismatch", "more than 600"),
            ("02-explainer.md", "inconsistent", "more than 600"),
            ("02-explainer.md", "acronym-mismatch", "NTBS"),
            (
                "02-explainer.md",
                "wrong-name",
                "Federal Aviation Authority",
            ),
            ("03-timeline.txt", "fact-mismatch", "284"),
            ("03-timeline.txt", "fact-mismatch", "6 November 1979"),
            ("03-timeline.txt", "inconsistent", "6 November 1979"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Thursday, 4 December 1991",
            ),
            ("04-feature-survivor.txt", "fact-mismatch", "210 million"),
            ("04-feature-survivor.txt", "fact-mismatch", "20 years"),
            ("04-feature-survivor.txt", "inconsistent", "20 years"),
            ("05-opinion.md", "inconsistent", "18"),
            ("05-opinion.md", "invalid-date", "31 September 1977"),
            ("05-opinion.md", "anachronism", "14 June 2013"),
        ],
    );
}

#[test]
fn aberfan_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Aberfan disaster (round 23: a Q&A, captions,
    // ranges, fractions of totals, ordinal dates, disputed figures), scored
    // on the session's starting build: 11 of the 14 planted errors caught,
    // no false alarm. Missed: the timeline's "29 November 1966 — The Queen
    // and the Duke of Edinburgh visit …" (the visit is named only by the
    // Queen), "which raised £2.75 million" in a relative clause, and "The
    // tribunal heard 163 witnesses" (a generic name, no context word).
    // Found since: "1968 — The Aberfan Disaster Fund, which raised £2.75
    // million …" (the fund's one dated fact is the repayment of 1997, but
    // the source of the sum it raised is dated 1967, and a figure in a
    // sentence of 1968 is one of that time).
    assert_pack_finds(
        "aberfan",
        &[
            (
                "01_wire.txt",
                "weekday-mismatch",
                "Thursday, 21 October 1966",
            ),
            ("01_wire.txt", "fact-mismatch", "More than 150"),
            ("01_wire.txt", "inconsistent", "More than 150"),
            ("01_wire.txt", "anachronism", "12 May 2018"),
            ("02_explainer.md", "fact-mismatch", "126"),
            ("02_explainer.md", "inconsistent", "126"),
            ("02_explainer.md", "acronym-mismatch", "CEGB"),
            ("02_explainer.md", "fact-mismatch", "67 days"),
            ("03_timeline.txt", "invalid-date", "31 June 1967"),
            ("03_timeline.txt", "fact-mismatch", "2.75 million"),
            ("03_timeline.txt", "inconsistent", "2.75 million"),
            ("04_feature.txt", "fact-mismatch", "67 years ago this month"),
            ("04_feature.txt", "inconsistent", "67 years ago this month"),
            ("04_feature.txt", "inconsistent", "About 500"),
            ("04_feature.txt", "wrong-name", "National Coal Commission"),
            ("05_opinion.txt", "fact-mismatch", "21 September 1966"),
            ("05_opinion.txt", "inconsistent", "21 September 1966"),
        ],
    );
}

#[test]
fn pinatubo_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1991 eruption of Mount Pinatubo (round 23),
    // scored on the session's starting build: 11 of the 14 planted errors
    // caught, three false alarms, all fixed since: El Chichón's "It put
    // about 7 million tonnes of sulphur dioxide into the stratosphere" (a
    // sentence that begins with a pronoun keeps the exclusions of the one
    // before), a caption's "in 1990 (left)" (a cue alone in brackets is a
    // label), and "33 years ago tomorrow" (read 33 years ahead). Missed
    // then, all three caught since: "the forecasts saved $25 million in
    // aircraft" (a word of forecasting after a determiner is a noun, and
    // denies nothing), "Clark Air Base, the sprawling American
    // installation just outside Angeles, was evacuated on June 20th" (a
    // clause after an aside that follows a name of the subject is said of
    // it), and an acronym after a name with a comma in it (a listed name
    // is matched word for word, commas aside).
    assert_pack_finds(
        "pinatubo",
        &[
            (
                "01_wire_anniversary.txt",
                "fact-mismatch",
                "more than 1,800",
            ),
            ("01_wire_anniversary.txt", "inconsistent", "more than 1,800"),
            (
                "01_wire_anniversary.txt",
                "wrong-name",
                "U.S. Geological Service",
            ),
            ("02_explainer.md", "fact-mismatch", "15 July 1991"),
            ("02_explainer.md", "inconsistent", "15 July 1991"),
            ("02_explainer.md", "fact-mismatch", "About 2 million"),
            ("02_explainer.md", "inconsistent", "About 2 million"),
            ("02_explainer.md", "fact-mismatch", "November 1992"),
            ("02_explainer.md", "inconsistent", "November 1992"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Sunday, 15 June 1991",
            ),
            ("03_timeline.txt", "fact-mismatch", "about three hours"),
            ("04_feature.txt", "fact-mismatch", "15 years ago"),
            ("04_feature.txt", "inconsistent", "15 years ago"),
            ("04_feature.txt", "inconsistent", "Some 6,000"),
            ("04_feature.txt", "fact-mismatch", "June 20th"),
            ("04_feature.txt", "inconsistent", "June 20th"),
            ("04_feature.txt", "invalid-date", "June 31, 1991"),
            ("05_opinion.md", "fact-mismatch", "25 million"),
            ("05_opinion.md", "acronym-mismatch", "PHIVOLCS"),
            ("05_opinion.md", "anachronism", "9 December 2024"),
        ],
    );
}

#[test]
fn andrew_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Hurricane Andrew (round 23), scored on the session's
    // starting build: all 14 planted errors caught, two false alarms, fixed
    // since: "Hurricane Katrina makes landfall in Louisiana. It kills more
    // than 1,800 people and causes about $125 billion in damage, overtaking
    // Andrew" (a sentence that begins with a pronoun keeps, through its
    // first clause, the exclusions of the sentence before).
    assert_pack_finds(
        "andrew",
        &[
            ("01-wire.txt", "fact-mismatch", "23 August 1992"),
            ("01-wire.txt", "inconsistent", "23 August 1992"),
            ("01-wire.txt", "acronym-mismatch", "NHS"),
            ("02-explainer.md", "fact-mismatch", "about three weeks"),
            ("02-explainer.md", "fact-mismatch", "about $17 billion"),
            (
                "02-explainer.md",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Tuesday, 24 August 1992",
            ),
            ("03-timeline.txt", "fact-mismatch", "28 August 1992"),
            ("03-timeline.txt", "inconsistent", "28 August 1992"),
            ("04-feature.txt", "fact-mismatch", "eleven years ago"),
            ("04-feature.txt", "inconsistent", "eleven years ago"),
            ("04-feature.txt", "fact-mismatch", "93,000"),
            ("04-feature.txt", "invalid-date", "31 September 1992"),
            ("04-feature.txt", "anachronism", "3 June 2005"),
            ("05-opinion.txt", "fact-mismatch", "nearly 40"),
            ("05-opinion.txt", "inconsistent", "16"),
            ("05-opinion.txt", "fact-mismatch", "2006"),
            ("05-opinion.txt", "inconsistent", "2006"),
        ],
    );
}

/// Regression (round 23, pinatubo): "Clark Air Base, the sprawling American
/// installation just outside Angeles, was evacuated on June 20th": the
/// clause "was evacuated on June 20th" names the evacuation (a subject of
/// its own) and not the base, and was read as the evacuation's; a clause
/// after a short aside that follows a name of the subject and a comma is
/// said of that subject, as one right after the name is.
#[test]
fn a_clause_after_an_aside_that_follows_the_subjects_name_is_said_of_it() {
    let rules = pack("pinatubo");
    let text = |day: &str| {
        format!(
            "June 12, 2011\n\nClark Air Base, the sprawling American installation just outside Angeles, was evacuated on June {day}."
        )
    };
    assert_eq!(
        check_text(&rules, &text("20th")),
        owned(&[("t.txt", "fact-mismatch", "June 20th")])
    );
    // the true day is quiet
    assert_eq!(check_text(&rules, &text("10th")), []);
}

/// Regression (round 24, lockerbie): "killing all 243 passengers and 18
/// crew members on board and 11 people on the ground" read the 11 as the
/// whole toll, cued by "people", a noun nearer than "on the ground". A cue
/// that opens with a preposition right after a count's general noun
/// ("people") narrows it, and its fact takes the count. (A noun of its own
/// is not narrowed: af447's "218 passengers and 12 crew on board".)
#[test]
fn a_phrase_after_people_narrows_the_count_to_its_fact() {
    let yaml = r#"
subjects:
  - id: bombing
    name: The bombing of Flight 103
    aliases: [Flight 103, Lockerbie bombing]
facts:
  - id: bombing.deaths
    subject: bombing
    kind: count
    value: 270
    cues: [people, killing, dead]
    source: AAIB
  - id: bombing.ground
    subject: bombing
    kind: count
    value: 11
    cues: [on the ground]
    source: AAIB
  - id: bombing.aboard
    subject: bombing
    kind: count
    value: 259
    cues: [on board]
    source: AAIB
  - id: bombing.crew
    subject: bombing
    kind: count
    value: 16
    cues: [crew]
    source: AAIB
"#;
    let rules = rules::load(&[("b.yaml".to_string(), yaml.to_string())]).unwrap();
    let text = |ground: &str, crew: &str| {
        check_text(
            &rules,
            &format!(
                "LONDON, 21 December 2023 (Reuters) — Flight 103 was blown up over Lockerbie, killing {crew} crew on board and {ground} people on the ground.\n"
            ),
        )
    };
    assert_eq!(text("11", "16"), []);
    assert_eq!(text("12", "16"), owned(&[("t.txt", "fact-mismatch", "12")]));
}

/// Regression (round 59, greatstorm1987): "Wakehurst Place lost about
/// 20,000 trees" was no claim, "lost" before a count marking a change of
/// some total ("lost 244 seats"). Where the verb is a cue of the fact, the
/// fact counts the loss, and the count is its value; where it is not, the
/// count stays a change.
#[test]
fn a_loss_is_the_value_of_a_fact_that_the_verb_cues() {
    let rules_with = |cues: &str| {
        let yaml = format!(
            r#"
subjects:
  - id: garden
    name: Wakehurst Place in the storm of 1987
    aliases: [Wakehurst Place]
facts:
  - id: garden.trees
    subject: garden
    kind: count
    value: 20000
    cues: [{cues}]
    source: Kew
"#
        );
        rules::load(&[("g.yaml".to_string(), yaml)]).unwrap()
    };
    let text = |rules: &RuleSet, n: &str| {
        check_text(
            rules,
            &format!("LONDON, 16 October 2017 — In 1987 Wakehurst Place lost about {n} trees.\n"),
        )
    };
    let counted = rules_with("trees, lost");
    assert_eq!(text(&counted, "20,000"), []);
    assert_eq!(
        text(&counted, "2,000"),
        owned(&[("t.txt", "fact-mismatch", "about 2,000")])
    );
    // (without the verb as a cue, the loss is a change of the garden's
    // trees, and no claim of the fact)
    assert_eq!(text(&rules_with("trees"), "2,000"), []);
}

/// Regression (round 24, lockerbie): "Lockerbie, a town of about 4,000
/// people in Dumfriesshire, became overnight the site of the deadliest
/// terrorist attack" claimed nothing: "people" cued the attack's toll,
/// which a place's size is not, and the town's population, cued only by
/// the town's name, was then not tried. A count after a place and "of" is
/// a claim of the nearest fact that "population" cues.
#[test]
fn a_towns_size_is_its_population_beside_another_subjects_toll() {
    let yaml = r#"
subjects:
  - id: bombing
    name: The Lockerbie bombing
    aliases: [Lockerbie bombing, terrorist attack]
  - id: town
    name: Lockerbie
    aliases: [Lockerbie]
    generic: [town]
    context: [Dumfriesshire]
facts:
  - id: bombing.deaths
    subject: bombing
    kind: count
    value: 270
    cues: [people, dead]
    source: AAIB
  - id: town.population
    subject: town
    kind: count
    cues: [population, inhabitants]
    source: census
"#;
    let rules = rules::load(&[("b.yaml".to_string(), yaml.to_string())]).unwrap();
    let docs = |other: &str| {
        [("a.txt", "4,000"), ("b.txt", "4,000"), ("c.txt", other)]
            .iter()
            .map(|(name, n)| {
                text_doc(
                    name,
                    &format!(
                        "LONDON, 21 December 2023 (Reuters) — Lockerbie, a town of about {n} people in Dumfriesshire, became overnight the site of the deadliest terrorist attack in British history.\n"
                    ),
                )
            })
            .collect::<Vec<_>>()
    };
    let report = claimlint::check(docs("12,000"), &rules);
    assert_eq!(
        found(&report),
        owned(&[("c.txt", "inconsistent", "about 12,000")])
    );
    let report = claimlint::check(docs("4,000"), &rules);
    assert_eq!(found(&report), owned(&[]));
}

/// Regression (round 36, wenchuan): "Yingxiu, a town of about 19,000
/// people", against "about 9,000" in two other articles, claimed nothing
/// where no cue of the town's population fact ("population", "residents")
/// was written: the place a name sets the size beside is that subject, and
/// its population fact is claimed without a cue. Not where the name ends a
/// longer one ("Antigua and Barbuda, a country of …").
#[test]
fn a_place_named_beside_its_size_claims_its_population_without_a_cue() {
    let yaml = r#"
subjects:
  - id: quake
    name: The Wenchuan earthquake
    aliases: [Wenchuan earthquake, earthquake]
  - id: town
    name: Yingxiu
    aliases: [Yingxiu, Barbuda]
facts:
  - id: quake.deaths
    subject: quake
    kind: count
    value: 69227
    cues: [killed, dead]
    source: State Council
  - id: town.population
    subject: town
    kind: count
    cues: [population, residents]
    source: none settled
"#;
    let rules = rules::load(&[("b.yaml".to_string(), yaml.to_string())]).unwrap();
    let docs = |sentence: &str, other: &str| {
        [("a.txt", "9,000"), ("b.txt", "9,000"), ("c.txt", other)]
            .iter()
            .map(|(name, n)| {
                text_doc(
                    name,
                    &format!(
                        "LONDON, 12 May 2009 (Reuters) — {}\n",
                        sentence.replace("N", n)
                    ),
                )
            })
            .collect::<Vec<_>>()
    };
    let beside =
        "The earthquake struck beneath Yingxiu, a town of about N people in Wenchuan County.";
    let report = claimlint::check(docs(beside, "19,000"), &rules);
    assert_eq!(
        found(&report),
        owned(&[("c.txt", "inconsistent", "about 19,000")])
    );
    let report = claimlint::check(docs(beside, "9,000"), &rules);
    assert_eq!(found(&report), owned(&[]));
    let verb = "Before the earthquake, Yingxiu was a town of about N people.";
    let report = claimlint::check(docs(verb, "19,000"), &rules);
    assert_eq!(
        found(&report),
        owned(&[("c.txt", "inconsistent", "about 19,000")])
    );
    let longer = "Antigua and Barbuda, a country of about N people, was spared.";
    let report = claimlint::check(docs(longer, "19,000"), &rules);
    assert_eq!(found(&report), owned(&[]));
}

/// Regression (round 36, gotthard): "the road tunnel runs 19.6 km and the
/// summit tunnel of 1882 only 15 km" claimed nothing of the road tunnel
/// (opened 1980): the year, far from its dates, read as the sentence's
/// time. A year that follows a name of another subject with "of" names
/// that subject's event, as one before the name does ("the 1954 race").
#[test]
fn a_year_after_another_subjects_name_and_of_dates_only_that_subject() {
    let yaml = r#"
subjects:
  - id: road
    name: Gotthard Road Tunnel
    aliases: [road tunnel]
  - id: summit
    name: Gotthard summit rail tunnel
    aliases: [summit tunnel]
facts:
  - id: road.opened
    subject: road
    kind: date
    value: 1980-09-05
    cues: [opened]
    source: FEDRO
  - id: road.length
    subject: road
    kind: count
    value: 16.9
    tolerance: 0.1
    cues: [km]
    source: FEDRO
  - id: summit.opened
    subject: summit
    kind: date
    value: 1882-05-22
    cues: [opened]
    source: SBB
  - id: summit.length
    subject: summit
    kind: count
    value: 15
    tolerance: 0.1
    cues: [km]
    source: SBB
"#;
    let rules = rules::load(&[("g.yaml".to_string(), yaml.to_string())]).unwrap();
    let check = |sentence: &str| {
        let doc = text_doc(
            "a.txt",
            &format!("ZURICH, 6 March 2025 (Reuters) — {sentence}\n"),
        );
        found(&claimlint::check(vec![doc], &rules))
    };
    assert_eq!(
        check("The road tunnel runs 19.6 km and the summit tunnel of 1882 only 15 km."),
        owned(&[("a.txt", "fact-mismatch", "19.6")])
    );
    assert_eq!(
        check("The road tunnel runs 16.9 km and the summit tunnel of 1882 only 15 km."),
        owned(&[])
    );
    // a year that is no subject's name's still dates the sentence
    assert_eq!(check("In 1882 the road tunnel runs 19.6 km."), owned(&[]));
}

/// Regression (round 37, threegorges): "From the Gezhouba Dam, finished in
/// 1988, it is an hour's drive upriver to the Three Gorges Dam" dated the
/// Three Gorges Dam's completion 1988. A participle phrase set off by
/// commas right after a name is said of what the name names.
#[test]
fn a_participle_phrase_after_a_name_is_said_of_that_name() {
    let yaml = r#"
subjects:
  - id: dam
    name: Three Gorges Dam
    aliases: [Three Gorges Dam]
  - id: gezhouba
    name: Gezhouba Dam
    aliases: [Gezhouba Dam]
facts:
  - id: dam.completed
    subject: dam
    kind: date
    value: 2006-05-20
    cues: [finished, completed]
    source: CTGC
  - id: gezhouba.capacity
    subject: gezhouba
    kind: count
    cues: [megawatts]
    source: none settled
"#;
    let rules = rules::load(&[("d.yaml".to_string(), yaml.to_string())]).unwrap();
    let check = |sentence: &str| {
        let doc = text_doc("a.txt", &format!("Yichang\n20 May 2026\n\n{sentence}\n"));
        found(&claimlint::check(vec![doc], &rules))
    };
    assert_eq!(
        check(
            "From the Gezhouba Dam, finished in 1988, it is an hour's drive upriver to the Three Gorges Dam."
        ),
        owned(&[])
    );
    // the phrase after the dam's own name is the dam's
    assert_eq!(
        check(
            "From the Three Gorges Dam, finished in 1988, it is an hour's drive down to the Gezhouba Dam."
        ),
        owned(&[("a.txt", "fact-mismatch", "1988")])
    );
}

/// Regression (round 37, ariane501): in the table row "| Flight 501 |
/// Tuesday, 4 June 1996 | Four Cluster satellites | Destroyed about 37
/// seconds after lift-off |", "Four" was read as the loss ("destroy*"
/// cues it) across the cell's border (the ariane501 pack's test pins that
/// row). A count whose own cell holds its noun takes no cue from the next
/// cell; one alone in its cell still does, as here.
#[test]
fn a_count_alone_in_its_table_cell_takes_its_noun_from_the_next() {
    let yaml = r#"
subjects:
  - id: flight
    name: Ariane 5 Flight 501
    aliases: [Flight 501]
facts:
  - id: flight.loss
    subject: flight
    kind: count
    value: 370000000/500000000
    cues: [loss, "destroy*"]
    source: Flight International
"#;
    let rules = rules::load(&[("f.yaml".to_string(), yaml.to_string())]).unwrap();
    let check = |row: &str| {
        let doc = text_doc(
            "a.md",
            &format!(
                "---\ndate: 2023-07-06\n---\n\n| Flight | Date | Payload | Result |\n|---|---|---|---|\n{row}\n"
            ),
        );
        found(&claimlint::check(vec![doc], &rules))
    };
    // a count alone in its cell takes its noun from the next
    assert_eq!(
        check("| Flight 501 | $90 million | loss of rocket and payload |"),
        owned(&[("a.md", "fact-mismatch", "90 million")])
    );
}

#[test]
fn lockerbie_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Lockerbie bombing (round 24: live blogs, tables,
    // numbers in words, correction notes), scored on the session's starting
    // build: 10 of the 14 planted errors caught, three false alarms, all
    // fixed since: "11 people on the ground" read as the whole toll (a cue
    // opening with a preposition after "people" narrows it), "far longer
    // than the three months doctors had predicted" (what a comparison is
    // made with claims nothing), and the town's population, bound in one
    // article only (a place's size claims the population beside another
    // subject's toll). Caught since: "opened at Camp Zeist, a former US
    // air base near Utrecht, on 3 May 1999" (an appositive counts no
    // words) and "charged a third Libyan, Abu Agila Mas'ud, with making
    // the bomb on 21 December 2020" (a name between commas parts no
    // clauses). Pinned: "The trial lasted 14 months", a sentence that names
    // the trial only by a generic name, at the start of a paragraph.
    assert_pack_finds(
        "lockerbie",
        &[
            ("01-wire-anniversary.txt", "fact-mismatch", "More than 280"),
            ("01-wire-anniversary.txt", "inconsistent", "More than 280"),
            ("01-wire-anniversary.txt", "inconsistent", "some 12,000"),
            ("01-wire-anniversary.txt", "fact-mismatch", "25 years ago"),
            ("01-wire-anniversary.txt", "inconsistent", "25 years ago"),
            ("02-explainer.md", "fact-mismatch", "3 May 1999"),
            ("02-explainer.md", "inconsistent", "3 May 1999"),
            ("02-explainer.md", "acronym-mismatch", "CCRC"),
            ("03-timeline.txt", "invalid-date", "31 November 1991"),
            ("03-timeline.txt", "fact-mismatch", "up to $8 million"),
            ("03-timeline.txt", "fact-mismatch", "20 May 2011"),
            ("03-timeline.txt", "inconsistent", "20 May 2011"),
            ("04-liveblog-release.txt", "fact-mismatch", "18"),
            (
                "04-liveblog-release.txt",
                "weekday-mismatch",
                "Tuesday, 31 January 2001",
            ),
            ("04-liveblog-release.txt", "anachronism", "21 December 2020"),
            (
                "05-opinion.txt",
                "wrong-name",
                "Air Accidents Investigation Bureau",
            ),
            ("05-opinion.txt", "fact-mismatch", "1.5 billion"),
            ("05-opinion.txt", "inconsistent", "1.5 billion"),
        ],
    );
}

#[test]
fn estonia_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the sinking of the MS Estonia (round 24), scored on
    // the session's starting build: 13 of the 14 planted errors caught, one
    // false alarm. Caught since: "Relatives laid wreaths at the memorial on
    // 28 September 2020" in an article of 2019 ("laid" and other irregular
    // past forms). Pinned: the false alarm, "led new surveys in 2021 and
    // 2022", which the pack's subject with one fact (the preliminary
    // report of 2023) claims through its generic name "surveys".
    assert_pack_finds(
        "estonia",
        &[
            ("01-wire-anniversary.txt", "fact-mismatch", "31 years ago"),
            ("01-wire-anniversary.txt", "inconsistent", "31 years ago"),
            (
                "01-wire-anniversary.txt",
                "weekday-mismatch",
                "Tuesday, 28 September 1994",
            ),
            ("01-wire-anniversary.txt", "fact-mismatch", "nearly 1,200"),
            ("01-wire-anniversary.txt", "inconsistent", "nearly 1,200"),
            ("02-explainer.md", "fact-mismatch", "258"),
            ("02-explainer.md", "inconsistent", "258"),
            ("02-explainer.md", "acronym-mismatch", "JIAC"),
            ("02-explainer.md", "fact-mismatch", "five years"),
            ("02-explainer.md", "inconsistent", "five years"),
            ("03-timeline.txt", "fact-mismatch", "more than 900"),
            ("03-timeline.txt", "fact-mismatch", "December 1998"),
            ("03-timeline.txt", "inconsistent", "December 1998"),
            ("03-timeline.txt", "invalid-date", "31 June 2021"),
            (
                "04-feature.md",
                "wrong-name",
                "Joint Accident Investigation Committee",
            ),
            ("04-feature.md", "fact-mismatch", "48 million"),
            // against "about €40.8 million" elsewhere (three digits: 10 %)
            ("04-feature.md", "inconsistent", "48 million"),
            ("04-feature.md", "fact-mismatch", "2021"),
            ("04-feature.md", "inconsistent", "2021"),
            ("04-feature.md", "inconsistent", "194"),
            ("05-opinion.txt", "fact-mismatch", "1996"),
            ("05-opinion.txt", "inconsistent", "1996"),
            ("05-opinion.txt", "anachronism", "28 September 2020"),
        ],
    );
}

#[test]
fn sampoong_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Sampoong Department Store collapse (round 24),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, no false alarm. Pinned: "Park spent nine days trapped",
    // where "Park" alone is no name of the pack's survivor.
    assert_pack_finds(
        "sampoong",
        &[
            ("01-wire-anniversary.txt", "fact-mismatch", "30 years ago"),
            ("01-wire-anniversary.txt", "inconsistent", "30 years ago"),
            ("01-wire-anniversary.txt", "fact-mismatch", "more than 600"),
            ("01-wire-anniversary.txt", "inconsistent", "more than 600"),
            (
                "01-wire-anniversary.txt",
                "wrong-name",
                "Korean Broadcasting Service",
            ),
            ("02-explainer.md", "acronym-mismatch", "KBS"),
            ("02-explainer.md", "fact-mismatch", "about $21 million"),
            ("02-explainer.md", "anachronism", "12 October 2024"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Wednesday, 29 June 1995",
            ),
            ("03-timeline.txt", "invalid-date", "31 June 1995"),
            ("03-timeline.txt", "fact-mismatch", "17 July 1995"),
            ("03-timeline.txt", "inconsistent", "17 July 1995"),
            ("04-feature-survivor.txt", "fact-mismatch", "520"),
            ("04-feature-survivor.txt", "inconsistent", "520"),
            ("05-opinion.md", "fact-mismatch", "23"),
            ("05-opinion.md", "inconsistent", "23"),
            ("05-opinion.md", "fact-mismatch", "June 1996"),
            ("05-opinion.md", "inconsistent", "June 1996"),
            ("05-opinion.md", "inconsistent", "Roughly 800"),
        ],
    );
}

/// Regression (round 23, pinatubo): "the Philippine Atmospheric,
/// Geophysical and Astronomical Services Administration (PHIVOLCS)" went
/// unchecked: the rules write the name with its comma, the words read
/// before the bracket were joined without it, and so no listed name was
/// found, and PHIVOLCS, another listed organisation's acronym, was taken to
/// name that one. A listed name is matched word for word, commas aside.
#[test]
fn a_listed_name_with_a_comma_is_matched_word_for_word() {
    let rules = pack("pinatubo");
    let text = |acronym: &str| {
        check_text(
            &rules,
            &format!(
                "June 12, 2011\n\nIts sister agency, the Philippine Atmospheric, Geophysical and Astronomical Services Administration ({acronym}), has had complaints about its budget.\n"
            ),
        )
    };
    assert_eq!(
        text("PHIVOLCS"),
        owned(&[("t.txt", "acronym-mismatch", "PHIVOLCS")])
    );
    assert_eq!(text("PAGASA"), []);
}

/// Regression (round 23, pinatubo): "By its own reckoning, the forecasts
/// saved $25 million in aircraft" was no claim: "forecasts" was read as a
/// verb of forecasting, which makes an amount after it foreseen rather
/// than stated. After a determiner ("the", "its", "their") it is a noun.
#[test]
fn a_word_of_forecasting_after_a_determiner_is_a_noun() {
    let rules = pack("pinatubo");
    let text = |words: &str| {
        check_text(
            &rules,
            &format!(
                "June 12, 2011\n\nBy its own reckoning, {words} $25 million in aircraft and other property at Clark.\n"
            ),
        )
    };
    assert_eq!(
        text("the forecasts saved"),
        owned(&[("t.txt", "fact-mismatch", "25 million")])
    );
    // a verb of forecasting still makes the amount foreseen
    assert_eq!(text("the agency forecasts"), []);
}

/// The pack of round 25's regressions: a company's loss, restatement and
/// an agreement signed on a Good Friday.
fn enron_pack() -> RuleSet {
    let yaml = r#"
subjects:
  - id: enron
    name: Enron
    aliases: [Enron]
  - id: agreement
    name: The Good Friday Agreement
    aliases: [Belfast Agreement, Good Friday Agreement]
facts:
  - id: enron.loss
    subject: enron
    kind: date
    value: 2001-10-16
    cues: [loss, announced]
    source: Enron press release
  - id: enron.restatement
    subject: enron
    kind: date
    value: 2001-11-08
    cues: [restated, restates, "restat*"]
    source: SEC filing
  - id: agreement.signed
    subject: agreement
    kind: date
    value: 1998-04-10
    cues: [signed]
    source: UK Treaty Series
"#;
    rules::load(&[("e.yaml".to_string(), yaml.to_string())]).unwrap()
}

/// Regression (round 25, enron): "Enron announced a third-quarter loss of
/// $618 million" read "third-quarter" as the date of the announcement. A
/// quarter or a half joined by a hyphen to the noun after it is the period
/// the noun covers, as a century is ("the 19th-century building"), and
/// dates no event.
#[test]
fn a_quarter_joined_to_its_noun_dates_no_event() {
    let rules = enron_pack();
    let text = |body: &str| check_text(&rules, &format!("HOUSTON, 26 May 2006 (AP) — {body}\n"));
    assert_eq!(
        text("On 16 October 2001, Enron announced a third-quarter loss of $618 million."),
        []
    );
    assert_eq!(
        text("Enron announced its first-half loss in 2003."),
        owned(&[("t.txt", "fact-mismatch", "2003")])
    );
}

/// Regression (round 25, enron): "Enron restates its earnings back to
/// 1997" read 1997 as the date of the restatement. A date after "back to"
/// is where a period reaches back to: what reaches back is on or after it.
#[test]
fn a_date_a_period_reaches_back_to_bounds_it_from_below() {
    let rules = enron_pack();
    let text = |body: &str| check_text(&rules, &format!("HOUSTON, 26 May 2006 (AP) — {body}\n"));
    assert_eq!(text("Enron restated its earnings back to 1997."), []);
    assert_eq!(
        text("Enron restated its earnings in 1997."),
        owned(&[("t.txt", "fact-mismatch", "1997")])
    );
}

/// Regression (round 25, goodfriday): "The Belfast Agreement was signed on
/// 10 April 1998, a Good Friday" read "Friday" as a weekday of its own,
/// the one before the article. A weekday after "a" and a capitalised word
/// is some such day, as one right after "a" is, and dates nothing.
#[test]
fn a_weekday_after_a_and_a_name_dates_nothing() {
    let rules = enron_pack();
    let text = |body: &str| check_text(&rules, &format!("BELFAST, 5 April 2023 (AP) — {body}\n"));
    assert_eq!(
        text(
            "The Belfast Agreement was signed on 10 April 1998, a Good Friday, after two years of talks."
        ),
        []
    );
}

/// Regression (round 25, enron): "The Supreme Court overturned that
/// verdict last year" dated the verdict. A cue that is the object of a
/// verb cuing another fact gives way to that verb, and two things kept it
/// from doing so here: "that" was not read as a determiner (it is one
/// after a verb in the past), and the verb's cue was a stem, "overturn*",
/// which covers only part of "overturned".
#[test]
fn a_verdict_after_overturned_that_is_the_object_of_the_overturning() {
    let yaml = r#"
subjects:
  - id: andersen
    name: Arthur Andersen
    aliases: [Arthur Andersen, Andersen]
facts:
  - id: andersen.convicted
    subject: andersen
    kind: date
    value: 2002-06-15
    cues: ["convict*", verdict]
    source: jury verdict
  - id: andersen.overturned
    subject: andersen
    kind: date
    value: 2005-05-31
    cues: ["overturn*"]
    source: 544 U.S. 696
"#;
    let rules = rules::load(&[("a.yaml".to_string(), yaml.to_string())]).unwrap();
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("HOUSTON, 26 May 2006 (AP) — Andersen was convicted in June 2002. {body}\n"),
        )
    };
    assert_eq!(
        text("The Supreme Court overturned that verdict last year."),
        []
    );
    // the overturning is still dated by it
    assert_eq!(
        text("The Supreme Court overturned that verdict in 2004."),
        owned(&[("t.txt", "fact-mismatch", "2004")])
    );
}

#[test]
fn enron_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the collapse of Enron (round 25: business, fiscal
    // quarters, an obituary, a press release), scored on the session's
    // starting build: 13 of the 14 planted errors caught, five false alarms,
    // all fixed since: "a third-quarter loss" three times (a quarter joined
    // to its noun dates nothing), "restates its earnings back to 1997" (a
    // date after "back to" bounds from below), and "The Supreme Court
    // overturned that verdict last year" (the object of another fact's
    // verb). Caught since: "Arthur Andersen, once one of the Big Five
    // accounting firms, was convicted … in June 2003" (a clause after an
    // aside that follows the subject's name).
    assert_pack_finds(
        "enron",
        &[
            ("01_wire_verdict.txt", "fact-mismatch", "More than 30,000"),
            ("01_wire_verdict.txt", "inconsistent", "More than 30,000"),
            ("01_wire_verdict.txt", "fact-mismatch", "June 2003"),
            ("01_wire_verdict.txt", "inconsistent", "June 2003"),
            ("02_explainer.md", "fact-mismatch", "638 million"),
            ("02_explainer.md", "inconsistent", "638 million"),
            ("02_explainer.md", "fact-mismatch", "eleven years ago"),
            ("02_explainer.md", "inconsistent", "eleven years ago"),
            ("03_timeline.txt", "fact-mismatch", "14 September 2001"),
            ("03_timeline.txt", "inconsistent", "14 September 2001"),
            ("03_timeline.txt", "invalid-date", "29 February 2002"),
            ("04_lay_obituary.txt", "fact-mismatch", "15 April 1944"),
            ("04_lay_obituary.txt", "fact-mismatch", "ten months"),
            ("04_lay_obituary.txt", "inconsistent", "ten months"),
            (
                "04_lay_obituary.txt",
                "weekday-mismatch",
                "Friday, 25 May 2006",
            ),
            ("04_lay_obituary.txt", "anachronism", "23 October 2006"),
            ("05_opinion_sox.txt", "fact-mismatch", "36.4 billion"),
            ("05_opinion_sox.txt", "inconsistent", "36.4 billion"),
            ("05_opinion_sox.txt", "inconsistent", "2 March 2002"),
            ("05_opinion_sox.txt", "acronym-mismatch", "FSAB"),
            (
                "05_opinion_sox.txt",
                "wrong-name",
                "Security and Exchange Commission",
            ),
        ],
    );
}

#[test]
fn rosetta_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on ESA's Rosetta mission (round 25), scored on the
    // session's starting build: all 14 planted errors caught, one false
    // alarm, pinned: "The orbiter had woken in January", where the pack's
    // cue "orbit*" for the arrival matches "orbiter".
    assert_pack_finds(
        "rosetta",
        &[
            ("01-wire-philae-lands.txt", "acronym-mismatch", "CNES"),
            ("01-wire-philae-lands.txt", "fact-mismatch", "January"),
            ("01-wire-philae-lands.txt", "inconsistent", "January"),
            ("01-wire-philae-lands.txt", "fact-mismatch", "more than 15"),
            ("01-wire-philae-lands.txt", "inconsistent", "more than 15"),
            (
                "01-wire-philae-lands.txt",
                "anachronism",
                "2 September 2016",
            ),
            (
                "02-explainer-rosetta-ends.md",
                "weekday-mismatch",
                "Thursday, 30 September 2016",
            ),
            (
                "02-explainer-rosetta-ends.md",
                "wrong-name",
                "European Space Administration",
            ),
            (
                "02-explainer-rosetta-ends.md",
                "fact-mismatch",
                "2.4 billion",
            ),
            (
                "02-explainer-rosetta-ends.md",
                "fact-mismatch",
                "6 September 2014",
            ),
            (
                "02-explainer-rosetta-ends.md",
                "inconsistent",
                "6 September 2014",
            ),
            (
                "03-timeline-philae-ten-years.txt",
                "fact-mismatch",
                "41 months",
            ),
            (
                "03-timeline-philae-ten-years.txt",
                "inconsistent",
                "41 months",
            ),
            (
                "03-timeline-philae-ten-years.txt",
                "fact-mismatch",
                "11 November 2014",
            ),
            (
                "03-timeline-philae-ten-years.txt",
                "inconsistent",
                "11 November 2014",
            ),
            (
                "04-feature-comet-hunters.txt",
                "fact-mismatch",
                "22 years ago",
            ),
            (
                "04-feature-comet-hunters.txt",
                "inconsistent",
                "22 years ago",
            ),
            ("04-feature-comet-hunters.txt", "fact-mismatch", "160"),
            (
                "04-feature-comet-hunters.txt",
                "invalid-date",
                "31 April 2015",
            ),
            (
                "05-opinion-patience.txt",
                "fact-mismatch",
                "20 January 2015",
            ),
            ("05-opinion-patience.txt", "inconsistent", "20 January 2015"),
            ("05-opinion-patience.txt", "inconsistent", "20 hours"),
        ],
    );
}

#[test]
fn goodfriday_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Good Friday Agreement (round 25), scored on the
    // session's starting build (its one YAML error, an unquoted colon in a
    // source, reported at its line and mended): 13 of the 14 planted
    // errors caught, one false alarm, fixed since: "signed on 10 April
    // 1998, a Good Friday" (a weekday after "a" and a name). Pinned: "The
    // Assembly elected that day has 110 members", two sentences after the
    // entry's "Northern Ireland Assembly" with no context word of its own.
    assert_pack_finds(
        "goodfriday",
        &[
            (
                "01-wire-tenth-anniversary.txt",
                "fact-mismatch",
                "12 years ago",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "inconsistent",
                "12 years ago",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "fact-mismatch",
                "nearly 2,000",
            ),
            (
                "01-wire-tenth-anniversary.txt",
                "inconsistent",
                "nearly 2,000",
            ),
            ("01-wire-tenth-anniversary.txt", "acronym-mismatch", "RUC"),
            (
                "02-explainer-25-years.md",
                "fact-mismatch",
                "2 December 2000",
            ),
            (
                "02-explainer-25-years.md",
                "wrong-name",
                "Northern Ireland Police Service",
            ),
            ("02-explainer-25-years.md", "anachronism", "11 April 2023"),
            ("03-timeline.txt", "fact-mismatch", "34 months"),
            ("03-timeline.txt", "inconsistent", "34 months"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Friday, 15 August 1998",
            ),
            ("03-timeline.txt", "invalid-date", "29 February 1999"),
            ("04-obituary-hume.txt", "fact-mismatch", "16 November 1998"),
            ("04-obituary-hume.txt", "inconsistent", "16 November 1998"),
            ("04-obituary-hume.txt", "inconsistent", "More than 600"),
            ("05-opinion-omagh.md", "fact-mismatch", "22 June 1998"),
            ("05-opinion-omagh.md", "fact-mismatch", "2.6 million"),
        ],
    );
}

/// Regression (round 26, genome): "By comparison, the mouse genome,
/// finished in draft in 2002, has about 2.7 billion base pairs" named the
/// human working draft by its generic name, "draft" beside "genome", and
/// dated its announcement. A sentence that opens by setting what it tells
/// against what came before ("By comparison", "By contrast") speaks of
/// another thing of the kind: its generic names name no subject.
#[test]
fn a_generic_name_after_by_comparison_is_another_of_its_kind() {
    let yaml = r#"
subjects:
  - id: draft
    name: Working draft of the human genome
    aliases: [working draft]
    generic: [draft]
    context: [genome]
facts:
  - id: draft.announced
    subject: draft
    kind: date
    value: 2000-06-26
    cues: [announced]
    source: White House
"#;
    let rules = rules::load(&[("g.yaml".to_string(), yaml.to_string())]).unwrap();
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("LONDON, 14 April 2023 (AP) — Scientists met.\n\n{body}\n"),
        )
    };
    assert_eq!(
        text(
            "By comparison, the mouse genome, finished in draft in 2002, has about 2.7 billion base pairs."
        ),
        []
    );
    // an alias still names it, and without the contrast the generic does
    assert_eq!(
        text("By comparison, the working draft was announced in 2002."),
        owned(&[("t.txt", "fact-mismatch", "2002")])
    );
    assert_eq!(
        text("The genome, finished in draft in 2002, was announced then."),
        owned(&[("t.txt", "fact-mismatch", "2002")])
    );
}

/// Regression (round 26, leicester): "22 February 2017 — Leicester lose 2-1
/// to Sevilla in the first leg of their Champions League last-16 tie"
/// dated the title, cued by "champions". A cue the rules write in lower
/// case that stands capitalised inside a run of capitalised words, not at
/// the start of a sentence, line or cell, is a word of a proper name; a
/// headline in title case capitalises every word, and keeps its cues.
#[test]
fn a_cue_inside_a_proper_name_is_no_cue() {
    let yaml = r#"
subjects:
  - id: leicester
    name: Leicester City's 2015-16 title
    aliases: [Leicester]
facts:
  - id: leicester.title
    subject: leicester
    kind: date
    value: 2016-05-02
    cues: [champions, crowned]
    source: BBC Sport
"#;
    let rules = rules::load(&[("l.yaml".to_string(), yaml.to_string())]).unwrap();
    let text = |body: &str| check_text(&rules, &format!("Sports desk, 2 May 2026\n\n{body}\n"));
    assert_eq!(
        text(
            "22 February 2017 — Leicester lose 2-1 to Sevilla in the first leg of their Champions League last-16 tie."
        ),
        []
    );
    assert_eq!(
        text("22 February 2017 — Leicester are crowned champions."),
        owned(&[("t.txt", "fact-mismatch", "22 February 2017")])
    );
    assert_eq!(
        text("Leicester Were Crowned Champions On 22 February 2017"),
        owned(&[("t.txt", "fact-mismatch", "22 February 2017")])
    );
}

#[test]
fn genome_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Human Genome Project (round 26: interviews,
    // bullet lists, ranges, fractions), scored on the session's starting
    // build: all 14 planted errors caught, one false alarm, fixed since:
    // "By comparison, the mouse genome, finished in draft in 2002, …" (a
    // generic name after "By comparison" is another thing of the kind).
    assert_pack_finds(
        "genome",
        &[
            ("01-wire-anniversary.txt", "fact-mismatch", "October 1991"),
            ("01-wire-anniversary.txt", "inconsistent", "October 1991"),
            ("01-wire-anniversary.txt", "fact-mismatch", "21 years ago"),
            ("01-wire-anniversary.txt", "inconsistent", "21 years ago"),
            ("01-wire-anniversary.txt", "acronym-mismatch", "NHRGI"),
            ("02-explainer-draft.md", "fact-mismatch", "more than 50,000"),
            ("02-explainer-draft.md", "inconsistent", "more than 50,000"),
            ("02-explainer-draft.md", "fact-mismatch", "10 years"),
            ("02-explainer-draft.md", "invalid-date", "31 June 2000"),
            ("03-timeline.txt", "fact-mismatch", "May 1999"),
            ("03-timeline.txt", "inconsistent", "May 1999"),
            ("03-timeline.txt", "fact-mismatch", "26 July 2000"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Tuesday, 14 April 2003",
            ),
            ("04-feature-sulston.txt", "inconsistent", "750"),
            (
                "04-feature-sulston.txt",
                "wrong-name",
                "National Institute of Health",
            ),
            ("04-feature-sulston.txt", "fact-mismatch", "12"),
            ("04-feature-sulston.txt", "inconsistent", "12"),
            (
                "04-feature-sulston.txt",
                "fact-mismatch",
                "about $1.2 billion",
            ),
            (
                "04-feature-sulston.txt",
                "inconsistent",
                "about $1.2 billion",
            ),
            ("05-opinion-open-data.txt", "anachronism", "31 March 2022"),
        ],
    );
}

#[test]
fn leicester_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Leicester City's 2015-16 title (round 26: scores,
    // odds, records), scored on the session's starting build: 13 of the 14
    // planted errors caught, three false alarms, two fixed since: "the
    // quarter-finals" read as a quarter of the year, and "their Champions
    // League last-16 tie" (a cue inside a proper name is no cue). Pinned:
    // "Bookmakers offered 5,000-1 against a Leicester title in August
    // 2015", the odds' date read as the title's; and the miss "Leicester
    // paid Le Havre a fee of £4 million for Mahrez".
    assert_pack_finds(
        "leicester",
        &[
            ("01-wire-champions.txt", "fact-mismatch", "13 June 2015"),
            ("01-wire-champions.txt", "inconsistent", "13 June 2015"),
            ("01-wire-champions.txt", "acronym-mismatch", "EUFA"),
            ("02-explainer-five-years.md", "fact-mismatch", "August 2015"),
            ("02-explainer-five-years.md", "inconsistent", "August 2015"),
            (
                "02-explainer-five-years.md",
                "invalid-date",
                "31 April 2016",
            ),
            (
                "02-explainer-five-years.md",
                "fact-mismatch",
                "five years ago",
            ),
            (
                "02-explainer-five-years.md",
                "inconsistent",
                "five years ago",
            ),
            ("03-timeline.txt", "weekday-mismatch", "Tuesday, 2 May 2016"),
            ("03-timeline.txt", "fact-mismatch", "five"),
            ("03-timeline.txt", "inconsistent", "About 100,000"),
            ("04-feature-ten-years.txt", "fact-mismatch", "9 May 2016"),
            ("04-feature-ten-years.txt", "inconsistent", "9 May 2016"),
            ("04-feature-ten-years.txt", "fact-mismatch", "nearly 30"),
            ("04-feature-ten-years.txt", "inconsistent", "nearly 30"),
            ("04-feature-ten-years.txt", "fact-mismatch", "83"),
            (
                "04-feature-ten-years.txt",
                "wrong-name",
                "Professional Football Association",
            ),
            ("05-opinion-ranieri.txt", "fact-mismatch", "13 months"),
            ("05-opinion-ranieri.txt", "inconsistent", "13 months"),
            ("05-opinion-ranieri.txt", "anachronism", "27 February 2017"),
        ],
    );
}

#[test]
fn mandela_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Nelson Mandela's release and presidency (round 26),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, two false alarms, both fixed since: "born a century ago today"
    // read as "today" (an anniversary in centuries), and "It is a decade
    // today since Nelson Mandela died" (a day right after a duration is the
    // anniversary). Pinned: the miss "He was sentenced to life imprisonment
    // on 12 June 1963, at the end of the Rivonia Trial".
    assert_pack_finds(
        "mandela",
        &[
            ("a-wire-release-30.txt", "fact-mismatch", "more than 10"),
            ("a-wire-release-30.txt", "inconsistent", "more than 10"),
            (
                "a-wire-release-30.txt",
                "wrong-name",
                "African Nationalist Congress",
            ),
            ("b-explainer-election-30.md", "fact-mismatch", "57.5%"),
            ("b-explainer-election-30.md", "inconsistent", "57.5%"),
            ("b-explainer-election-30.md", "fact-mismatch", "312"),
            ("b-explainer-election-30.md", "acronym-mismatch", "IPF"),
            (
                "c-timeline-life.txt",
                "weekday-mismatch",
                "Monday, 10 May 1994",
            ),
            ("c-timeline-life.txt", "fact-mismatch", "15 November 1993"),
            ("c-timeline-life.txt", "invalid-date", "31 April 1996"),
            ("d-feature-centenary.txt", "fact-mismatch", "12 years"),
            ("d-feature-centenary.txt", "fact-mismatch", "9.7 million"),
            (
                "d-feature-centenary.txt",
                "anachronism",
                "24 September 2018",
            ),
            (
                "e-opinion-inauguration-25.txt",
                "fact-mismatch",
                "31 years ago",
            ),
            (
                "e-opinion-inauguration-25.txt",
                "inconsistent",
                "31 years ago",
            ),
            ("e-opinion-inauguration-25.txt", "inconsistent", "250,000"),
        ],
    );
}

#[test]
fn bannister_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Roger Bannister's first sub-four-minute mile (round
    // 27: markets, records, health; times such as "3:59.4", ages, units),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, one false alarm. Both fixed since: "When Bannister's spikes
    // from the 1954 race went under the hammer at Christie's in 2015, they
    // sold for £166,500" dated the sale 1954 and missed the price (a date
    // that modifies a name dates that event only, at its own time).
    assert_pack_finds(
        "bannister",
        &[
            ("a1_wire.txt", "fact-mismatch", "More than 5,000"),
            ("a2_explainer.md", "fact-mismatch", "6 May 1955"),
            ("a2_explainer.md", "inconsistent", "6 May 1955"),
            ("a2_explainer.md", "fact-mismatch", "56 days"),
            ("a2_explainer.md", "acronym-mismatch", "IOC"),
            ("a3_timeline.txt", "fact-mismatch", "23 March 1928"),
            ("a3_timeline.txt", "inconsistent", "23 March 1928"),
            ("a3_timeline.txt", "fact-mismatch", "three"),
            ("a3_timeline.txt", "fact-mismatch", "21 July 1954"),
            ("a3_timeline.txt", "inconsistent", "21 July 1954"),
            ("a4_feature.txt", "weekday-mismatch", "Friday, 6 May 1954"),
            ("a4_feature.txt", "fact-mismatch", "five years ago"),
            ("a4_feature.txt", "inconsistent", "five years ago"),
            ("a4_feature.txt", "invalid-date", "31 April 1954"),
            (
                "a4_feature.txt",
                "wrong-name",
                "International Association of Athletic Federations",
            ),
            ("a4_feature.txt", "inconsistent", "1,080"),
            ("a4_feature.txt", "anachronism", "9 May 2024"),
            ("a5_opinion.txt", "fact-mismatch", "166,500"),
            ("a5_opinion.txt", "inconsistent", "166,500"),
        ],
    );
}

#[test]
fn blackmonday_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Black Monday crash of 1987 (round 27), scored on
    // the session's starting build: all 14 planted errors caught, three
    // false alarms, all fixed since: "its biggest one-day points gain ever,
    // as bargain hunters returned" (a duration joined to a noun no rule
    // knows), "its pre-crash level, regaining it in 1989" (a word after
    // "pre-" names nothing), and "In London, where the great storm … had
    // already closed the City for a day" (a sentence that moves elsewhere
    // continues no subject).
    assert_pack_finds(
        "blackmonday",
        &[
            ("01_wire.txt", "acronym-mismatch", "AMEX"),
            ("01_wire.txt", "anachronism", "26 October 1987"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Wednesday, 16 October 1987",
            ),
            ("02_explainer.md", "fact-mismatch", "More than 700 million"),
            // the explainer's "about 604 million" (three digits: 10 %) and
            // the planted "more than 700 million" do not meet
            ("02_explainer.md", "inconsistent", "More than 700 million"),
            ("02_explainer.md", "fact-mismatch", "50 billion"),
            ("02_explainer.md", "inconsistent", "50 billion"),
            ("03_timeline.txt", "invalid-date", "29 February 1987"),
            ("03_timeline.txt", "fact-mismatch", "11 September 1987"),
            ("03_timeline.txt", "inconsistent", "11 September 1987"),
            ("03_timeline.txt", "fact-mismatch", "two weeks"),
            ("03_timeline.txt", "inconsistent", "two weeks"),
            ("04_feature.md", "fact-mismatch", "1,783.74"),
            ("04_feature.md", "inconsistent", "seven"),
            ("04_feature.md", "fact-mismatch", "January 1989"),
            ("04_feature.md", "inconsistent", "January 1989"),
            (
                "04_feature.md",
                "wrong-name",
                "Securities and Exchange Committee",
            ),
            ("05_opinion.txt", "fact-mismatch", "25 years ago today"),
            ("05_opinion.txt", "inconsistent", "25 years ago today"),
            ("05_opinion.txt", "fact-mismatch", "28.5 per cent"),
            ("05_opinion.txt", "inconsistent", "28.5 per cent"),
        ],
    );
}

#[test]
fn brumadinho_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Brumadinho dam disaster (round 27: accents,
    // reais, cubic metres), scored on the session's starting build: 13 of
    // the 14 planted errors caught, no false alarm. Pinned: the miss "4
    // February 2020 — Vale and the state of Minas Gerais sign a 37.7
    // billion reais settlement", whose verb stands seven words after the
    // entry's date, past the reach of a cue.
    assert_pack_finds(
        "brumadinho",
        &[
            ("01-wire-anniversary.txt", "fact-mismatch", "more than 290"),
            ("01-wire-anniversary.txt", "inconsistent", "more than 290"),
            ("01-wire-anniversary.txt", "anachronism", "4 February 2021"),
            ("01-wire-anniversary.txt", "acronym-mismatch", "ANP"),
            (
                "02-explainer-settlement.md",
                "fact-mismatch",
                "27.7 billion",
            ),
            ("02-explainer-settlement.md", "inconsistent", "27.7 billion"),
            (
                "02-explainer-settlement.md",
                "weekday-mismatch",
                "Friday, 5 November 2015",
            ),
            (
                "02-explainer-settlement.md",
                "wrong-name",
                "International Council of Mining and Metals",
            ),
            ("03-timeline.txt", "fact-mismatch", "six years ago today"),
            ("03-timeline.txt", "invalid-date", "31 June 2019"),
            ("03-timeline.txt", "inconsistent", "1,400"),
            ("04-feature-search.md", "fact-mismatch", "three years"),
            ("04-feature-search.md", "inconsistent", "three years"),
            ("04-feature-search.md", "fact-mismatch", "1987"),
            ("04-feature-search.md", "inconsistent", "1987"),
            ("05-opinion.md", "fact-mismatch", "29"),
            ("05-opinion.md", "inconsistent", "29"),
            ("05-opinion.md", "fact-mismatch", "1.2 million"),
            ("05-opinion.md", "inconsistent", "1.2 million"),
        ],
    );
}

#[test]
fn hudson_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on US Airways Flight 1549 (round 27), scored on the
    // session's starting build: 12 of the 14 planted errors caught, no
    // false alarm. Caught since: "Flight 1549 carried 150 passengers and six
    // crew members" ("1549" after the label "Flight" is no year), and the
    // timeline's "15 January 2009 — Eleven NY Waterway ferries" (the
    // rescue, which nothing of its own dates, takes its pack's time).
    assert_pack_finds(
        "hudson",
        &[
            ("01-wire-ntsb-report.txt", "fact-mismatch", "280 seconds"),
            ("01-wire-ntsb-report.txt", "anachronism", "June 2011"),
            ("02-explainer-ten-years.md", "invalid-date", "31 June 2009"),
            (
                "02-explainer-ten-years.md",
                "fact-mismatch",
                "six years ago",
            ),
            ("02-explainer-ten-years.md", "inconsistent", "six years ago"),
            ("02-explainer-ten-years.md", "fact-mismatch", "420 million"),
            ("02-explainer-ten-years.md", "inconsistent", "420 million"),
            ("03-timeline-fifteen-years.txt", "fact-mismatch", "146"),
            ("03-timeline-fifteen-years.txt", "inconsistent", "Eleven"),
            (
                "03-timeline-fifteen-years.txt",
                "weekday-mismatch",
                "Tuesday, 3 March 2010",
            ),
            (
                "04-feature-sully-film.txt",
                "fact-mismatch",
                "16 January 2009",
            ),
            (
                "04-feature-sully-film.txt",
                "inconsistent",
                "16 January 2009",
            ),
            ("04-feature-sully-film.txt", "fact-mismatch", "six"),
            ("04-feature-sully-film.txt", "inconsistent", "six"),
            ("04-feature-sully-film.txt", "acronym-mismatch", "NTBS"),
            (
                "05-opinion-luck-and-skill.txt",
                "fact-mismatch",
                "nearly 150",
            ),
            (
                "05-opinion-luck-and-skill.txt",
                "wrong-name",
                "National Transport Safety Board",
            ),
            ("05-opinion-luck-and-skill.txt", "fact-mismatch", "May 2011"),
            ("05-opinion-luck-and-skill.txt", "inconsistent", "May 2011"),
        ],
    );
}

#[test]
fn nuremberg_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Nuremberg trial of the major war criminals (round
    // 28: law, medicine, elections, technology; verdicts and sentences,
    // US-style dates, a Q&A, a "This day in history" box), scored on the
    // session's starting build: 13 of the 14 planted errors caught, no
    // false alarm. Caught since: "June 1945 — Meeting in London, the United
    // States, Britain, the Soviet Union and France sign the London Charter"
    // (an entry's verb whose object is its subject's name reaches the
    // entry's date).
    assert_pack_finds(
        "nuremberg",
        &[
            ("01-wire-anniversary.txt", "fact-mismatch", "more than 30"),
            ("01-wire-anniversary.txt", "inconsistent", "more than 30"),
            ("02-explainer-qa.md", "fact-mismatch", "14 months"),
            ("02-explainer-qa.md", "fact-mismatch", "14"),
            ("02-explainer-qa.md", "inconsistent", "14"),
            ("02-explainer-qa.md", "anachronism", "3 December 2025"),
            ("03-timeline.txt", "fact-mismatch", "June 1945"),
            ("03-timeline.txt", "inconsistent", "June 1945"),
            ("03-timeline.txt", "invalid-date", "31 September 1946"),
            ("03-timeline.txt", "fact-mismatch", "18 October 1946"),
            ("03-timeline.txt", "inconsistent", "18 October 1946"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Monday, 16 October 1946",
            ),
            (
                "04-feature-interpreters.txt",
                "fact-mismatch",
                "80 years ago",
            ),
            (
                "04-feature-interpreters.txt",
                "inconsistent",
                "80 years ago",
            ),
            ("04-feature-interpreters.txt", "inconsistent", "94"),
            ("04-feature-interpreters.txt", "fact-mismatch", "5 billion"),
            ("04-feature-interpreters.txt", "inconsistent", "5 billion"),
            ("05-opinion.md", "acronym-mismatch", "MIT"),
            ("05-opinion.md", "fact-mismatch", "Oct. 20, 1945"),
            ("05-opinion.md", "inconsistent", "Oct. 20, 1945"),
            (
                "05-opinion.md",
                "wrong-name",
                "International Military Court",
            ),
        ],
    );
}

#[test]
fn smallpox_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the eradication of smallpox (round 28), scored on the
    // session's starting build: 12 of the 14 planted errors caught, no
    // false alarm. (Its writer left three sources with an unquoted colon;
    // the loader reported the first at its line and column, and they were
    // quoted before scoring.) Caught since: "The eradication campaign lasted
    // 20 years, ending with the last natural case, in Somalia, in October
    // 1977" (a subject's time spans the dates its derived durations run
    // between). Pinned: the miss "The eradication campaign cost about $3
    // billion, a sum officials say the world recoups in saved vaccination
    // costs", whose fact the pack itself excludes by "saved".
    assert_pack_finds(
        "smallpox",
        &[
            (
                "a1-wire-anniversary.txt",
                "fact-mismatch",
                "30 years ago today",
            ),
            (
                "a1-wire-anniversary.txt",
                "inconsistent",
                "30 years ago today",
            ),
            (
                "a1-wire-anniversary.txt",
                "fact-mismatch",
                "nearly 100 million",
            ),
            (
                "a1-wire-anniversary.txt",
                "inconsistent",
                "nearly 100 million",
            ),
            ("b2-explainer-qa.md", "fact-mismatch", "43"),
            ("b2-explainer-qa.md", "inconsistent", "43"),
            ("b2-explainer-qa.md", "invalid-date", "31 September 1975"),
            (
                "b2-explainer-qa.md",
                "weekday-mismatch",
                "Monday, 8 May 1980",
            ),
            ("c3-timeline.txt", "fact-mismatch", "8 May 1981"),
            ("c3-timeline.txt", "inconsistent", "8 May 1981"),
            ("c3-timeline.txt", "anachronism", "4 November 2020"),
            ("d4-feature-birmingham.md", "fact-mismatch", "Sept. 1, 1978"),
            ("d4-feature-birmingham.md", "inconsistent", "Sept. 1, 1978"),
            (
                "d4-feature-birmingham.md",
                "wrong-name",
                "Center for Disease Control and Prevention",
            ),
            ("d4-feature-birmingham.md", "inconsistent", "191"),
            ("e5-opinion-jenner.txt", "fact-mismatch", "14 May 1798"),
            ("e5-opinion-jenner.txt", "acronym-mismatch", "WHA"),
            ("e5-opinion-jenner.txt", "fact-mismatch", "20 years"),
        ],
    );
}

#[test]
fn iphone_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the launch of the first iPhone (round 28), scored on
    // the session's starting build: all 14 planted errors caught, one false
    // alarm, fixed since: "Apple sold 270,000 units in the first 30 hours"
    // read as the time to the millionth iPhone (an ordinal inside a
    // duration counts out a part).
    assert_pack_finds(
        "iphone",
        &[
            ("01-wire-launch-day.txt", "fact-mismatch", "399"),
            ("01-wire-launch-day.txt", "inconsistent", "399"),
            (
                "01-wire-launch-day.txt",
                "weekday-mismatch",
                "Wednesday, Jan. 9, 2007",
            ),
            (
                "02-explainer-ten-years.md",
                "fact-mismatch",
                "Twelve years ago",
            ),
            (
                "02-explainer-ten-years.md",
                "inconsistent",
                "Twelve years ago",
            ),
            ("02-explainer-ten-years.md", "acronym-mismatch", "FAA"),
            ("02-explainer-ten-years.md", "fact-mismatch", "nearly 5,000"),
            ("02-explainer-ten-years.md", "inconsistent", "nearly 5,000"),
            ("03-timeline-app-store.txt", "invalid-date", "31 June 2007"),
            ("03-timeline-app-store.txt", "fact-mismatch", "11 July 2008"),
            ("03-timeline-app-store.txt", "inconsistent", "11 July 2008"),
            ("03-timeline-app-store.txt", "fact-mismatch", "12"),
            ("03-timeline-app-store.txt", "inconsistent", "12"),
            ("04-feature-one-month-on.txt", "fact-mismatch", "416,000"),
            ("04-feature-one-month-on.txt", "inconsistent", "416,000"),
            ("04-feature-one-month-on.txt", "inconsistent", "three years"),
            (
                "04-feature-one-month-on.txt",
                "wrong-name",
                "Security and Exchange Commission",
            ),
            (
                "04-feature-one-month-on.txt",
                "anachronism",
                "Sept. 5, 2007",
            ),
            ("05-opinion-fifteen-years.md", "fact-mismatch", "47 days"),
            (
                "05-opinion-fifteen-years.md",
                "fact-mismatch",
                "January 2008",
            ),
            (
                "05-opinion-fifteen-years.md",
                "inconsistent",
                "January 2008",
            ),
        ],
    );
}

#[test]
fn indiavote_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on India's general election of 2019 (round 28), scored
    // on the session's starting build: 13 of the 14 planted errors caught,
    // no false alarm. Caught since: "Turnout in the 2019 election was
    // 61.4%" (a year may stand in the phrase between a noun and its
    // measure).
    assert_pack_finds(
        "indiavote",
        &[
            ("01_wire.txt", "fact-mismatch", "over 52 days"),
            ("01_wire.txt", "anachronism", "30 May 2019"),
            ("02_explainer.md", "fact-mismatch", "4 April 2019"),
            ("02_explainer.md", "inconsistent", "4 April 2019"),
            (
                "02_explainer.md",
                "wrong-name",
                "Electoral Commission of India",
            ),
            ("02_explainer.md", "fact-mismatch", "61.4%"),
            ("02_explainer.md", "inconsistent", "61.4%"),
            ("02_explainer.md", "acronym-mismatch", "UPA"),
            ("03_timeline.txt", "invalid-date", "31 April 2019"),
            ("03_timeline.txt", "weekday-mismatch", "Monday, 19 May 2019"),
            ("03_timeline.txt", "fact-mismatch", "313"),
            ("03_timeline.txt", "inconsistent", "313"),
            ("04_feature.txt", "fact-mismatch", "nearly 700 million"),
            ("04_feature.txt", "inconsistent", "nearly 700 million"),
            ("04_feature.txt", "inconsistent", "9,500"),
            ("04_feature.txt", "fact-mismatch", "June 1, 2019"),
            ("04_feature.txt", "inconsistent", "June 1, 2019"),
            ("05_opinion.md", "fact-mismatch", "three years ago"),
            ("05_opinion.md", "inconsistent", "three years ago"),
            ("05_opinion.md", "fact-mismatch", "3 billion"),
        ],
    );
}

#[test]
fn voyager_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Voyager 1 (round 29: space, transport, climate and
    // sport; distances, masses, speeds, a "Key facts:" box), scored on the
    // session's starting build: 12 of the 14 planted errors caught, no
    // false alarm. Caught since: "greetings in 65 languages". Pinned: the
    // miss "It carried 12 science instruments", the inconsistent count in
    // a sentence that opens with a pronoun after the launch.
    assert_pack_finds(
        "voyager",
        &[
            (
                "01-wire-voyager-data-restored.txt",
                "fact-mismatch",
                "more than 30 billion",
            ),
            (
                "01-wire-voyager-data-restored.txt",
                "inconsistent",
                "more than 30 billion",
            ),
            (
                "01-wire-voyager-data-restored.txt",
                "anachronism",
                "26 September 2024",
            ),
            (
                "02-explainer-voyager-at-47.md",
                "fact-mismatch",
                "685 million",
            ),
            ("02-explainer-voyager-at-47.md", "fact-mismatch", "65"),
            ("02-explainer-voyager-at-47.md", "inconsistent", "65"),
            (
                "02-explainer-voyager-at-47.md",
                "fact-mismatch",
                "nine months",
            ),
            (
                "02-explainer-voyager-at-47.md",
                "invalid-date",
                "31 June 2024",
            ),
            (
                "03-timeline-voyager-47-years.txt",
                "fact-mismatch",
                "12 November 1981",
            ),
            (
                "03-timeline-voyager-47-years.txt",
                "inconsistent",
                "12 November 1981",
            ),
            (
                "03-timeline-voyager-47-years.txt",
                "fact-mismatch",
                "12 September 2014",
            ),
            (
                "04-feature-pale-blue-dot-35.txt",
                "weekday-mismatch",
                "Tuesday, 5 September 1977",
            ),
            ("04-feature-pale-blue-dot-35.txt", "acronym-mismatch", "SDN"),
            (
                "04-feature-pale-blue-dot-35.txt",
                "fact-mismatch",
                "eight years ago",
            ),
            (
                "04-feature-pale-blue-dot-35.txt",
                "inconsistent",
                "eight years ago",
            ),
            (
                "05-opinion-dont-let-voyager-go-quiet.txt",
                "fact-mismatch",
                "5 August 1977",
            ),
            (
                "05-opinion-dont-let-voyager-go-quiet.txt",
                "inconsistent",
                "5 August 1977",
            ),
            (
                "05-opinion-dont-let-voyager-go-quiet.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
        ],
    );
}

#[test]
fn santiago_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Santiago de Compostela derailment (round 29),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, no false alarm. Pinned: the miss "5 October 2021 — The trial
    // of Garzón and Andrés Cortabitarte, Adif's former director of traffic
    // safety, opens", whose verb stands past an appositive, far from the
    // entry's date.
    assert_pack_finds(
        "santiago",
        &[
            ("01-wire-derailment.txt", "fact-mismatch", "nearly 100"),
            ("01-wire-derailment.txt", "inconsistent", "nearly 100"),
            ("01-wire-derailment.txt", "fact-mismatch", "222"),
            ("01-wire-derailment.txt", "inconsistent", "222"),
            ("02-explainer-verdict.md", "fact-mismatch", "25 July 2013"),
            ("02-explainer-verdict.md", "acronym-mismatch", "ETCS"),
            ("02-explainer-verdict.md", "fact-mismatch", "18 months"),
            ("02-explainer-verdict.md", "inconsistent", "18 months"),
            ("02-explainer-verdict.md", "fact-mismatch", "75.7 million"),
            ("02-explainer-verdict.md", "inconsistent", "75.7 million"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Tuesday, 24 July 2013",
            ),
            (
                "03-timeline.txt",
                "wrong-name",
                "European Rail Train Management System",
            ),
            ("03-timeline.txt", "inconsistent", "11"),
            ("03-timeline.txt", "invalid-date", "31 June 2014"),
            ("04-feature-angrois.txt", "fact-mismatch", "114"),
            ("04-feature-angrois.txt", "anachronism", "July 2024"),
            (
                "05-opinion-twelve-years.txt",
                "fact-mismatch",
                "14 years ago",
            ),
            (
                "05-opinion-twelve-years.txt",
                "inconsistent",
                "14 years ago",
            ),
        ],
    );
}

#[test]
fn heatwave_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the European heatwave of 2003 (round 29), scored on
    // the session's starting build: 12 of the 14 planted errors caught, one
    // false alarm. All fixed since: "an unpaid working day on Pentecost
    // Monday" (a weekday that ends a name dates nothing), and "the 2003
    // heatwave caused more than 100,000 deaths" and "economic losses of
    // about $40 billion" (the heatwave's name dates it beside its one dated
    // fact, "hottest since 1540").
    assert_pack_finds(
        "heatwave",
        &[
            ("01-wire-paris.txt", "fact-mismatch", "28 August 2003"),
            (
                "01-wire-paris.txt",
                "weekday-mismatch",
                "Thursday, 13 August 2003",
            ),
            ("01-wire-paris.txt", "anachronism", "3 September 2003"),
            (
                "01-wire-paris.txt",
                "wrong-name",
                "World Weather Organization",
            ),
            ("02-explainer.md", "fact-mismatch", "more than 100,000"),
            ("02-explainer.md", "inconsistent", "more than 100,000"),
            ("02-explainer.md", "acronym-mismatch", "IPPC"),
            ("02-explainer.md", "fact-mismatch", "about $40 billion"),
            ("03-timeline.txt", "fact-mismatch", "1 July 2003"),
            ("03-timeline.txt", "inconsistent", "1 July 2003"),
            ("03-timeline.txt", "invalid-date", "31 June 2003"),
            ("03-timeline.txt", "fact-mismatch", "21 years"),
            ("03-timeline.txt", "inconsistent", "21 years"),
            ("04-feature.txt", "fact-mismatch", "25,000"),
            ("04-feature.txt", "inconsistent", "25,000"),
            ("05-opinion.txt", "fact-mismatch", "two years ago today"),
            ("05-opinion.txt", "inconsistent", "two years ago today"),
            ("05-opinion.txt", "inconsistent", "75"),
            ("05-opinion.txt", "fact-mismatch", "81,600"),
            ("05-opinion.txt", "inconsistent", "81,600"),
        ],
    );
}

#[test]
fn istanbul_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Champions League final of 2005 (round 29),
    // scored on the session's starting build: all 14 planted errors
    // caught, one false alarm, fixed since: "the last six minutes" of the
    // first half read as the time of Maldini's opener (an ordinal inside a
    // duration counts out a part).
    assert_pack_finds(
        "istanbul",
        &[
            ("a-wire-istanbul.txt", "invalid-date", "31 April 2005"),
            ("a-wire-istanbul.txt", "anachronism", "6 July 2005"),
            ("b-explainer.md", "fact-mismatch", "28 May 2005"),
            ("b-explainer.md", "inconsistent", "28 May 2005"),
            ("b-explainer.md", "acronym-mismatch", "EUFA"),
            ("c-timeline.txt", "fact-mismatch", "four"),
            ("c-timeline.txt", "inconsistent", "four"),
            ("c-timeline.txt", "fact-mismatch", "23 May 2006"),
            ("c-timeline.txt", "inconsistent", "23 May 2006"),
            ("d-feature.txt", "weekday-mismatch", "Tuesday, 25 May 2005"),
            ("d-feature.txt", "fact-mismatch", "More than 75,000"),
            ("d-feature.txt", "inconsistent", "Around 15,000"),
            ("d-feature.txt", "fact-mismatch", "17 million"),
            ("e-opinion.txt", "fact-mismatch", "15 years ago"),
            ("e-opinion.txt", "inconsistent", "15 years ago"),
            ("e-opinion.txt", "fact-mismatch", "16 minutes"),
            ("e-opinion.txt", "inconsistent", "16 minutes"),
            ("e-opinion.txt", "fact-mismatch", "83,000"),
            ("e-opinion.txt", "wrong-name", "European Football Union"),
        ],
    );
}

#[test]
fn abbeyroad_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Beatles' Abbey Road (round 30: culture, business
    // and public health; running times, track counts, an Editor's note, a
    // press statement), scored on the session's starting build: 13 of the
    // 14 planted errors caught, no false alarm. The miss, "Apple Corps said
    // a 50th anniversary box set … reached shops on 27 September 2019", was
    // found once "set" looked ahead only before "to" or "for" (round 73):
    // the noun "box set" had read as a plan.
    assert_pack_finds(
        "abbeyroad",
        &[
            ("01-wire.txt", "weekday-mismatch", "Tuesday, 8 August 1969"),
            ("01-wire.txt", "fact-mismatch", "19"),
            ("01-wire.txt", "inconsistent", "19"),
            ("01-wire.txt", "anachronism", "27 September 2019"),
            ("02-explainer.md", "fact-mismatch", "65 years ago"),
            ("02-explainer.md", "inconsistent", "65 years ago"),
            ("02-explainer.md", "fact-mismatch", "37 minutes"),
            ("02-explainer.md", "inconsistent", "37 minutes"),
            ("03-timeline.txt", "invalid-date", "31 June 1969"),
            ("03-timeline.txt", "fact-mismatch", "8 May 1971"),
            ("03-timeline.txt", "inconsistent", "8 May 1971"),
            ("04-feature.txt", "fact-mismatch", "26 October 1969"),
            ("04-feature.txt", "inconsistent", "26 October 1969"),
            ("04-feature.txt", "fact-mismatch", "25,300"),
            ("04-feature.txt", "inconsistent", "25,300"),
            ("04-feature.txt", "inconsistent", "some 12 million"),
            ("04-feature.txt", "wrong-name", "Performing Rights Society"),
            ("05-opinion.txt", "acronym-mismatch", "ARIA"),
            ("05-opinion.txt", "fact-mismatch", "more than 10"),
            ("05-opinion.txt", "inconsistent", "more than 10"),
            ("05-opinion.txt", "fact-mismatch", "December 2012"),
            ("05-opinion.txt", "inconsistent", "December 2012"),
        ],
    );
}

#[test]
fn kodak_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Eastman Kodak's bankruptcy (round 30), scored on the
    // session's starting build: 13 of the 14 planted errors caught, no
    // false alarm. Pinned: the miss "Kodak sold 2,600 patents".
    assert_pack_finds(
        "kodak",
        &[
            (
                "01-wire-filing.txt",
                "weekday-mismatch",
                "Wednesday, 19 January 2012",
            ),
            ("01-wire-filing.txt", "fact-mismatch", "more than 150,000"),
            ("01-wire-filing.txt", "inconsistent", "more than 150,000"),
            ("02-explainer.md", "invalid-date", "31 April 2013"),
            (
                "02-explainer.md",
                "wrong-name",
                "Dow Jones Industrial Index",
            ),
            ("02-explainer.md", "fact-mismatch", "2006"),
            ("02-explainer.md", "inconsistent", "2006"),
            ("02-explainer.md", "fact-mismatch", "64 years"),
            ("02-explainer.md", "inconsistent", "64 years"),
            ("03-timeline.txt", "fact-mismatch", "9 January 2012"),
            ("03-timeline.txt", "inconsistent", "9 January 2012"),
            ("03-timeline.txt", "inconsistent", "2,300"),
            ("04-feature-rochester.txt", "fact-mismatch", "November 2013"),
            ("04-feature-rochester.txt", "inconsistent", "November 2013"),
            ("04-feature-rochester.txt", "fact-mismatch", "40 years ago"),
            ("04-feature-rochester.txt", "inconsistent", "40 years ago"),
            ("05-opinion.txt", "anachronism", "3 September 2013"),
            ("05-opinion.txt", "fact-mismatch", "425 million"),
            ("05-opinion.txt", "inconsistent", "425 million"),
            ("05-opinion.txt", "acronym-mismatch", "NYMEX"),
        ],
    );
}

#[test]
fn flint_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Flint water crisis (round 30), scored on the
    // session's starting build: 13 of the 14 planted errors caught, one
    // false alarm, fixed since: "Congress later approved $170 million for
    // Flint in a water bill signed in December 2016" (a participle after a
    // noun that "a" brings in dates that noun). Found since: the miss
    // "Centers for Disease Control and Protection", a listed wrong name
    // that a shorter right variant ("Centers for Disease Control") begins
    // (only a right name longer than the wrong one excuses it).
    assert_pack_finds(
        "flint",
        &[
            (
                "01-wire-flint.txt",
                "weekday-mismatch",
                "Monday, 5 January 2016",
            ),
            ("01-wire-flint.txt", "anachronism", "20 January 2016"),
            ("02-explainer.md", "fact-mismatch", "187"),
            ("02-explainer.md", "inconsistent", "187"),
            ("02-explainer.md", "acronym-mismatch", "MDHHS"),
            ("02-explainer.md", "fact-mismatch", "800 million"),
            ("02-explainer.md", "inconsistent", "800 million"),
            ("03-timeline.txt", "fact-mismatch", "21"),
            ("03-timeline.txt", "invalid-date", "31 June 2015"),
            ("03-timeline.txt", "fact-mismatch", "24 August 2015"),
            ("03-timeline.txt", "inconsistent", "24 August 2015"),
            ("04-feature.txt", "fact-mismatch", "June 2008"),
            ("04-feature.txt", "fact-mismatch", "30 months"),
            ("04-feature.txt", "inconsistent", "30 months"),
            ("04-feature.txt", "fact-mismatch", "more than 140,000"),
            ("04-feature.txt", "inconsistent", "more than 140,000"),
            (
                "04-feature.txt",
                "wrong-name",
                "Centers for Disease Control and Protection",
            ),
            ("05-opinion.txt", "fact-mismatch", "Nine years ago"),
            ("05-opinion.txt", "inconsistent", "Nine years ago"),
            ("05-opinion.txt", "inconsistent", "50 million"),
        ],
    );
}

#[test]
fn utoya_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2011 Norway attacks (round 30), scored on the
    // session's starting build: all 14 planted errors caught, two false
    // alarms. Fixed since: "A decade ago, on a grey Friday afternoon" (a
    // weekday after "a" and an adjective is some such day), and "An
    // earlier version, circa 2013, covered the events up to the verdict"
    // (a date after "circa" is an approximation, 2012 to 2014; the
    // version's date is still read as the verdict's, and agrees).
    assert_pack_finds(
        "utoya",
        &[
            ("a_wire_verdict.txt", "fact-mismatch", "16 May 2012"),
            ("a_wire_verdict.txt", "inconsistent", "16 May 2012"),
            ("a_wire_verdict.txt", "acronym-mismatch", "KRIPOS"),
            ("b_explainer_decade.md", "fact-mismatch", "18"),
            ("b_explainer_decade.md", "inconsistent", "18"),
            ("b_explainer_decade.md", "fact-mismatch", "eight years ago"),
            ("b_explainer_decade.md", "inconsistent", "eight years ago"),
            ("c_timeline.txt", "wrong-name", "Workers' Youth Union"),
            ("c_timeline.txt", "fact-mismatch", "59"),
            ("c_timeline.txt", "inconsistent", "59"),
            (
                "c_timeline.txt",
                "weekday-mismatch",
                "Tuesday, 24 August 2012",
            ),
            ("d_feature_skien.txt", "fact-mismatch", "133,000"),
            ("d_feature_skien.txt", "anachronism", "1 March 2017"),
            ("d_feature_skien.txt", "fact-mismatch", "three hours"),
            ("e_opinion.txt", "fact-mismatch", "more than 80"),
            ("e_opinion.txt", "inconsistent", "more than 80"),
            ("e_opinion.txt", "inconsistent", "420"),
            ("e_opinion.txt", "invalid-date", "31 April 2013"),
            ("e_opinion.txt", "fact-mismatch", "2017"),
            ("e_opinion.txt", "inconsistent", "2017"),
        ],
    );
}

#[test]
fn boeingmax_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Boeing 737 MAX crashes and grounding (round 31),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, no false alarm. Caught since: "29 October 2019 — Lion Air Flight
    // 610 plunges into the Java Sea 13 minutes after take-off from Jakarta,
    // killing all 189" (a cue of the fact told before an offset, after a name
    // of its subject, keeps the date).
    assert_pack_finds(
        "boeingmax",
        &[
            ("01-wire.txt", "fact-mismatch", "last March"),
            ("01-wire.txt", "inconsistent", "last March"),
            ("01-wire.txt", "wrong-name", "Federal Aviation Authority"),
            ("01-wire.txt", "fact-mismatch", "287"),
            ("01-wire.txt", "inconsistent", "287"),
            ("02-explainer.md", "fact-mismatch", "234.6m"),
            ("02-explainer.md", "fact-mismatch", "December 23, 2018"),
            ("02-explainer.md", "inconsistent", "December 23, 2018"),
            ("02-explainer.md", "invalid-date", "April 31, 2019"),
            ("02-explainer.md", "acronym-mismatch", "KNKT"),
            ("03-timeline.txt", "fact-mismatch", "29 October 2019"),
            ("03-timeline.txt", "inconsistent", "29 October 2019"),
            ("03-timeline.txt", "inconsistent", "23"),
            ("03-timeline.txt", "fact-mismatch", "24 months"),
            ("03-timeline.txt", "inconsistent", "24 months"),
            ("04-feature.txt", "fact-mismatch", "nearly 200"),
            ("04-feature.txt", "inconsistent", "nearly 200"),
            ("04-feature.txt", "anachronism", "16 September 2020"),
            ("05-opinion.txt", "fact-mismatch", "181"),
            ("05-opinion.txt", "inconsistent", "181"),
            (
                "05-opinion.txt",
                "weekday-mismatch",
                "Thursday, March 13, 2019",
            ),
        ],
    );
}

#[test]
fn palu_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2018 Sulawesi earthquake and tsunami (round 31),
    // scored on the session's starting build: all 14 planted errors caught, no
    // false alarm.
    assert_pack_finds(
        "palu",
        &[
            ("01-wire.txt", "acronym-mismatch", "BMKG"),
            ("01-wire.txt", "anachronism", "14 October 2018"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Thursday, 28 September 2018",
            ),
            (
                "02-explainer.md",
                "wrong-name",
                "Meteorology, Climatology and Geology Agency",
            ),
            ("02-explainer.md", "fact-mismatch", "2015"),
            ("02-explainer.md", "fact-mismatch", "31.7 per cent"),
            ("03-timeline.txt", "fact-mismatch", "Four years ago today"),
            ("03-timeline.txt", "inconsistent", "Four years ago today"),
            ("03-timeline.txt", "fact-mismatch", "July 19, 2019"),
            ("03-timeline.txt", "inconsistent", "July 19, 2019"),
            ("03-timeline.txt", "inconsistent", "1,744"),
            ("04-feature.txt", "fact-mismatch", "more than 5,000"),
            ("04-feature.txt", "inconsistent", "more than 5,000"),
            ("04-feature.txt", "invalid-date", "September 31, 2018"),
            ("04-feature.txt", "fact-mismatch", "40 days"),
            ("05-qa.txt", "fact-mismatch", "26 October 2018"),
            ("05-qa.txt", "inconsistent", "26 October 2018"),
            ("05-qa.txt", "fact-mismatch", "505m"),
        ],
    );
}

#[test]
fn scotref_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2014 Scottish independence referendum (round 31),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, no false alarm. Caught since: "2,001,926 No votes and 1,671,989
    // Yes votes" ("No" with a capital inside a clause names a side, no
    // negation).
    assert_pack_finds(
        "scotref",
        &[
            (
                "01-wire.txt",
                "weekday-mismatch",
                "Wednesday, 18 September 2014",
            ),
            ("01-wire.txt", "wrong-name", "Scottish Nationalist Party"),
            ("02-explainer.md", "fact-mismatch", "3m"),
            ("02-explainer.md", "inconsistent", "3m"),
            ("02-explainer.md", "acronym-mismatch", "OBR"),
            ("02-explainer.md", "anachronism", "16 September 2014"),
            ("03-timeline.txt", "fact-mismatch", "October 12, 2012"),
            ("03-timeline.txt", "inconsistent", "October 12, 2012"),
            ("03-timeline.txt", "fact-mismatch", "87.6 per cent"),
            ("03-timeline.txt", "inconsistent", "87.6 per cent"),
            ("04-feature.txt", "fact-mismatch", "four years ago"),
            ("04-feature.txt", "inconsistent", "four years ago"),
            ("04-feature.txt", "fact-mismatch", "a year and a half"),
            ("04-feature.txt", "invalid-date", "November 31, 2014"),
            ("05-qa.txt", "fact-mismatch", "more than 4.5 million"),
            ("05-qa.txt", "inconsistent", "more than 4.5 million"),
            ("05-qa.txt", "fact-mismatch", "1,671,989"),
            ("05-qa.txt", "inconsistent", "1,671,989"),
            ("05-qa.txt", "fact-mismatch", "27 October 2014"),
            ("05-qa.txt", "inconsistent", "27 October 2014"),
            ("05-qa.txt", "inconsistent", "760"),
        ],
    );
}

#[test]
fn hayabusa2_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on JAXA's Hayabusa2 mission (round 31), scored on the
    // session's starting build: 13 of the 14 planted errors caught, no false
    // alarm. Caught since: "Ryugu is among the darkest objects ever visited by
    // a spacecraft, with an albedo of about 45 per cent" ("among" in another
    // clause makes no part).
    assert_pack_finds(
        "hayabusa2",
        &[
            ("01-wire.txt", "fact-mismatch", "two and a half years"),
            ("01-wire.txt", "inconsistent", "two and a half years"),
            ("01-wire.txt", "fact-mismatch", "more than 1,500"),
            ("01-wire.txt", "inconsistent", "more than 1,500"),
            ("01-wire.txt", "weekday-mismatch", "Thursday, 5 April 2019"),
            ("01-wire.txt", "anachronism", "6 December 2020"),
            ("02-explainer.md", "fact-mismatch", "December 3, 2015"),
            ("02-explainer.md", "inconsistent", "December 3, 2015"),
            ("02-explainer.md", "acronym-mismatch", "NASDA"),
            ("03-timeline.txt", "invalid-date", "31 September 2015"),
            ("03-timeline.txt", "fact-mismatch", "11 June 2019"),
            ("03-timeline.txt", "inconsistent", "11 June 2019"),
            (
                "03-timeline.txt",
                "wrong-name",
                "Institute of Space and Aeronautical Science",
            ),
            ("04-feature.txt", "fact-mismatch", "six years ago"),
            ("04-feature.txt", "inconsistent", "six years ago"),
            ("04-feature.txt", "fact-mismatch", "three hours"),
            ("04-feature.txt", "inconsistent", "three hours"),
            ("04-feature.txt", "fact-mismatch", "about 45 per cent"),
            ("04-feature.txt", "inconsistent", "about 45 per cent"),
            ("05-qa.txt", "inconsistent", "about 300"),
            ("05-qa.txt", "fact-mismatch", "38.9 billion"),
            ("05-qa.txt", "inconsistent", "38.9 billion"),
        ],
    );
}

#[test]
fn armstrong_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Lance Armstrong doping case (round 32), scored on
    // the session's starting build: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "armstrong",
        &[
            (
                "01-wire.txt",
                "weekday-mismatch",
                "Tuesday, 14 January 2013",
            ),
            ("01-wire.txt", "fact-mismatch", "1998"),
            ("01-wire.txt", "inconsistent", "1998"),
            ("02-explainer.md", "fact-mismatch", "more than 20"),
            ("02-explainer.md", "inconsistent", "more than 20"),
            ("02-explainer.md", "invalid-date", "31 June 2012"),
            (
                "02-explainer.md",
                "wrong-name",
                "US Anti-Doping Association",
            ),
            ("03-timeline.txt", "acronym-mismatch", "WADA"),
            ("03-timeline.txt", "inconsistent", "5.2 million"),
            ("03-timeline.txt", "fact-mismatch", "19 April 2017"),
            ("03-timeline.txt", "inconsistent", "19 April 2017"),
            ("04-feature.txt", "fact-mismatch", "30 years ago"),
            ("04-feature.txt", "fact-mismatch", "1 million"),
            ("04-feature.txt", "inconsistent", "1 million"),
            ("04-feature.txt", "fact-mismatch", "five years"),
            ("05-qa.txt", "fact-mismatch", "16"),
            ("05-qa.txt", "inconsistent", "16"),
            ("05-qa.txt", "fact-mismatch", "45 per cent"),
            ("05-qa.txt", "inconsistent", "45 per cent"),
            ("05-qa.txt", "anachronism", "17 October 2013"),
        ],
    );
}

#[test]
fn nyos_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1986 Lake Nyos disaster (round 32), scored on the
    // session's starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "nyos",
        &[
            ("01-wire.txt", "weekday-mismatch", "Friday, 21 August 1986"),
            ("01-wire.txt", "fact-mismatch", "more than 2,500"),
            ("01-wire.txt", "inconsistent", "more than 2,500"),
            ("01-wire.txt", "acronym-mismatch", "USAID"),
            ("02-explainer.md", "fact-mismatch", "about 6,500"),
            ("02-explainer.md", "inconsistent", "about 6,500"),
            ("02-explainer.md", "inconsistent", "16 million"),
            (
                "02-explainer.md",
                "wrong-name",
                "United States Geographical Survey",
            ),
            ("03-timeline.txt", "fact-mismatch", "15 August 1986"),
            ("03-timeline.txt", "inconsistent", "15 August 1986"),
            ("03-timeline.txt", "fact-mismatch", "March 1988"),
            ("03-timeline.txt", "invalid-date", "31 September 1990"),
            ("04-feature.txt", "fact-mismatch", "2003"),
            ("04-feature.txt", "inconsistent", "2003"),
            ("04-feature.txt", "fact-mismatch", "20 years"),
            ("04-feature.txt", "anachronism", "19 March 2011"),
            ("05-qa.txt", "fact-mismatch", "28 years ago"),
            ("05-qa.txt", "inconsistent", "28 years ago"),
            ("05-qa.txt", "fact-mismatch", "137"),
            ("05-qa.txt", "inconsistent", "137"),
        ],
    );
}

#[test]
fn wework_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on WeWork's IPO, rescue, listing and bankruptcy (round 32),
    // scored on the session's starting build: all 14 planted errors caught, no
    // false alarm.
    assert_pack_finds(
        "wework",
        &[
            ("01-wire.txt", "fact-mismatch", "more than 900"),
            ("01-wire.txt", "inconsistent", "more than 900"),
            ("01-wire.txt", "weekday-mismatch", "Tuesday, 2 October 2023"),
            ("01-wire.txt", "inconsistent", "2.7 billion"),
            ("02-explainer.md", "fact-mismatch", "14 July 2019"),
            ("02-explainer.md", "inconsistent", "14 July 2019"),
            ("02-explainer.md", "fact-mismatch", "60 per cent"),
            ("02-explainer.md", "anachronism", "18 February 2020"),
            ("03-timeline.txt", "fact-mismatch", "24 October 2019"),
            ("03-timeline.txt", "inconsistent", "24 October 2019"),
            ("03-timeline.txt", "fact-mismatch", "16.85 billion"),
            ("03-timeline.txt", "inconsistent", "16.85 billion"),
            (
                "04-feature.txt",
                "wrong-name",
                "Bankruptcy Court for the Southern District of New Jersey",
            ),
            ("04-feature.txt", "fact-mismatch", "14 months"),
            ("04-feature.txt", "inconsistent", "14 months"),
            ("04-feature.txt", "fact-mismatch", "October 2022"),
            ("04-feature.txt", "inconsistent", "October 2022"),
            ("05-qa.txt", "fact-mismatch", "three years ago"),
            ("05-qa.txt", "inconsistent", "three years ago"),
            ("05-qa.txt", "acronym-mismatch", "FTC"),
            ("05-qa.txt", "invalid-date", "30 February 2020"),
        ],
    );
}

#[test]
fn montblanc_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1999 Mont Blanc tunnel fire (round 32), scored on
    // the session's starting build: all 14 planted errors caught, no false
    // alarm.
    assert_pack_finds(
        "montblanc",
        &[
            ("01-wire.txt", "weekday-mismatch", "Thursday, 24 March 1999"),
            ("01-wire.txt", "fact-mismatch", "more than 45"),
            ("01-wire.txt", "inconsistent", "more than 45"),
            ("01-wire.txt", "fact-mismatch", "250 million"),
            ("01-wire.txt", "inconsistent", "250 million"),
            (
                "02-explainer.md",
                "wrong-name",
                "Autoroute et Tunnel du Mont-Blanc",
            ),
            ("02-explainer.md", "fact-mismatch", "19"),
            ("02-explainer.md", "inconsistent", "19"),
            ("03-timeline.txt", "fact-mismatch", "14 August 1963"),
            ("03-timeline.txt", "inconsistent", "14 August 1963"),
            ("03-timeline.txt", "fact-mismatch", "27 July 2006"),
            ("03-timeline.txt", "inconsistent", "27 July 2006"),
            ("04-feature.txt", "fact-mismatch", "twenty years ago today"),
            ("04-feature.txt", "inconsistent", "twenty years ago today"),
            ("04-feature.txt", "fact-mismatch", "a year and a half"),
            ("04-feature.txt", "inconsistent", "a year and a half"),
            ("04-feature.txt", "fact-mismatch", "April 2002"),
            ("04-feature.txt", "inconsistent", "April 2002"),
            ("04-feature.txt", "acronym-mismatch", "SITMB"),
            ("05-qa.txt", "inconsistent", "43"),
            ("05-qa.txt", "anachronism", "25 June 2002"),
            ("05-qa.txt", "invalid-date", "31 April 2002"),
        ],
    );
}

#[test]
fn hillsborough_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Hillsborough disaster and its inquests (round 33),
    // scored on the session's starting build: all 14 planted errors caught, no
    // false alarm.
    assert_pack_finds(
        "hillsborough",
        &[
            ("01-wire.txt", "fact-mismatch", "more than 1,500"),
            ("01-wire.txt", "fact-mismatch", "18 years ago"),
            ("01-wire.txt", "inconsistent", "18 years ago"),
            (
                "01-wire.txt",
                "wrong-name",
                "Independent Police Complaints Committee",
            ),
            ("02-explainer.md", "fact-mismatch", "a year and a half"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Tuesday, 12 September 2012",
            ),
            ("02-explainer.md", "fact-mismatch", "146"),
            ("02-explainer.md", "inconsistent", "146"),
            ("03-timeline.txt", "fact-mismatch", "12 October 2012"),
            ("03-timeline.txt", "inconsistent", "12 October 2012"),
            ("03-timeline.txt", "invalid-date", "31 June 2017"),
            ("03-timeline.txt", "acronym-mismatch", "HJC"),
            ("04-feature.txt", "fact-mismatch", "28 years ago"),
            ("04-feature.txt", "inconsistent", "28 years ago"),
            ("04-feature.txt", "inconsistent", "67"),
            ("04-feature.txt", "fact-mismatch", "65,000"),
            ("04-feature.txt", "inconsistent", "65,000"),
            ("05-opinion.txt", "fact-mismatch", "19 December 2013"),
            ("05-opinion.txt", "inconsistent", "19 December 2013"),
            ("05-opinion.txt", "anachronism", "26 April 2016"),
        ],
    );
}

#[test]
fn liveaid_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Live Aid (round 33), scored on the session's starting
    // build: all 14 planted errors caught, no false alarm; the old report's
    // "60 countries", quoted, is advice, as the set allows.
    assert_pack_finds(
        "liveaid",
        &[
            ("01-wire.txt", "weekday-mismatch", "Friday, 13 July 1985"),
            ("01-wire.txt", "fact-mismatch", "more than 100,000"),
            ("01-wire.txt", "fact-mismatch", "60 per cent"),
            ("02-explainer.md", "fact-mismatch", "23 October 1983"),
            ("02-explainer.md", "inconsistent", "23 October 1983"),
            ("02-explainer.md", "fact-mismatch", "nine weeks"),
            ("02-explainer.md", "inconsistent", "nine weeks"),
            ("03-timeline.txt", "fact-mismatch", "23 November 1984"),
            ("03-timeline.txt", "inconsistent", "23 November 1984"),
            ("03-timeline.txt", "invalid-date", "31 June 1985"),
            ("03-timeline.txt", "fact-mismatch", "400 million"),
            ("03-timeline.txt", "inconsistent", "400 million"),
            ("04-feature.txt", "fact-mismatch", "20 years ago"),
            ("04-feature.txt", "inconsistent", "20 years ago"),
            ("04-feature.txt", "acronym-mismatch", "NBC"),
            ("04-feature.txt", "inconsistent", "12.7 million"),
            ("04-feature.txt", "anachronism", "19 May 2007"),
            (
                "05-opinion.txt",
                "wrong-name",
                "Disaster Emergency Committee",
            ),
            ("05-opinion.txt", "fact-mismatch", "80 million"),
            ("05-opinion.txt", "inconsistent", "80 million"),
            ("05-opinion.txt", "fact-mismatch", "60"),
        ],
    );
}

#[test]
fn germanwings_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the crash of Germanwings Flight 9525 (round 33), scored
    // on the session's starting build: all 14 planted errors caught, no false
    // alarm; the first bulletins' "148 people", quoted, is advice, as the set
    // allows.
    assert_pack_finds(
        "germanwings",
        &[
            ("01-wire.txt", "fact-mismatch", "eight years ago"),
            ("01-wire.txt", "inconsistent", "eight years ago"),
            ("01-wire.txt", "fact-mismatch", "more than 160"),
            ("01-wire.txt", "inconsistent", "more than 160"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Thursday, 6 May 2015",
            ),
            (
                "02-explainer.md",
                "wrong-name",
                "European Aviation Safety Authority",
            ),
            ("02-explainer.md", "fact-mismatch", "a year and a half"),
            ("03-timeline.txt", "fact-mismatch", "September 2014"),
            ("03-timeline.txt", "inconsistent", "September 2014"),
            ("03-timeline.txt", "fact-mismatch", "6 April 2015"),
            ("04-feature.txt", "fact-mismatch", "18"),
            ("04-feature.txt", "inconsistent", "18"),
            ("04-feature.txt", "fact-mismatch", "1985"),
            ("04-feature.txt", "inconsistent", "1985"),
            ("04-feature.txt", "invalid-date", "31 April 2015"),
            ("04-feature.txt", "inconsistent", "900"),
            ("05-opinion.txt", "acronym-mismatch", "LBA"),
            ("05-opinion.txt", "fact-mismatch", "148"),
            ("05-opinion.txt", "fact-mismatch", "15,000"),
            ("05-opinion.txt", "inconsistent", "15,000"),
            ("05-opinion.txt", "anachronism", "24 March 2017"),
        ],
    );
}

#[test]
fn ian_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Hurricane Ian (round 34, which hunted false alarms:
    // other events' figures beside the subject's names, early estimates, parts
    // of a whole), scored on the session's starting build: all 14 planted
    // errors caught, no false alarm.
    assert_pack_finds(
        "ian",
        &[
            (
                "01-wire.txt",
                "weekday-mismatch",
                "Thursday, 28 September 2022",
            ),
            ("01-wire.txt", "acronym-mismatch", "NWS"),
            ("01-wire.txt", "fact-mismatch", "about 55%"),
            ("01-wire.txt", "inconsistent", "about 55%"),
            ("02-explainer.md", "fact-mismatch", "more than 250"),
            ("02-explainer.md", "inconsistent", "more than 250"),
            (
                "02-explainer.md",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            ("03-timeline.txt", "invalid-date", "31 September 2022"),
            ("03-timeline.txt", "fact-mismatch", "15 October 2022"),
            ("03-timeline.txt", "inconsistent", "15 October 2022"),
            ("04-feature.txt", "anachronism", "19 October 2022"),
            ("04-feature.txt", "fact-mismatch", "29 September 2022"),
            ("04-feature.txt", "inconsistent", "29 September 2022"),
            ("04-feature.txt", "inconsistent", "about 400"),
            ("05-qa.txt", "fact-mismatch", "three years ago this week"),
            ("05-qa.txt", "inconsistent", "three years ago this week"),
            ("05-qa.txt", "fact-mismatch", "26 September 2022"),
            ("05-qa.txt", "inconsistent", "26 September 2022"),
            ("05-qa.txt", "fact-mismatch", "about $65 billion"),
            ("05-qa.txt", "fact-mismatch", "five weeks"),
        ],
    );
}

#[test]
fn kaikoura_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2016 Kaikoura earthquake (round 34), scored on the
    // session's starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "kaikoura",
        &[
            (
                "01-wire.txt",
                "wrong-name",
                "New Zealand Transport Authority",
            ),
            ("01-wire.txt", "invalid-date", "29 February 2011"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Tuesday, 14 November 2016",
            ),
            ("02-explainer.md", "fact-mismatch", "more than 30"),
            ("02-explainer.md", "inconsistent", "more than 30"),
            ("02-explainer.md", "fact-mismatch", "a year and a half"),
            ("03-timeline.txt", "fact-mismatch", "15 September 2018"),
            ("03-timeline.txt", "inconsistent", "15 September 2018"),
            ("03-timeline.txt", "fact-mismatch", "2.1 billion"),
            ("03-timeline.txt", "inconsistent", "2.1 billion"),
            ("03-timeline.txt", "fact-mismatch", "four years ago"),
            ("03-timeline.txt", "inconsistent", "four years ago"),
            ("04-feature.txt", "fact-mismatch", "three years"),
            ("04-feature.txt", "inconsistent", "24,000"),
            ("04-feature.txt", "fact-mismatch", "last March"),
            ("04-feature.txt", "inconsistent", "last March"),
            ("05-opinion.txt", "fact-mismatch", "7.1"),
            ("05-opinion.txt", "inconsistent", "7.1"),
            ("05-opinion.txt", "acronym-mismatch", "ACC"),
            ("05-opinion.txt", "anachronism", "15 December 2017"),
        ],
    );
}

#[test]
fn turkeyquake_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the February 2023 Turkey-Syria earthquakes (round 34),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, no false alarm. Pinned: "Donors pledged €7 billion at the
    // donors' conference in Brussels on 20 March 2023" in an article of 15
    // March ("pledged" is read as a word of intention, which makes a date no
    // past event).
    assert_pack_finds(
        "turkeyquake",
        &[
            (
                "01-wire.txt",
                "weekday-mismatch",
                "Tuesday, 6 February 2023",
            ),
            ("01-wire.txt", "wrong-name", "US Geographical Survey"),
            ("01-wire.txt", "fact-mismatch", "six months"),
            ("01-wire.txt", "inconsistent", "six months"),
            ("02-explainer.md", "acronym-mismatch", "AFAD"),
            ("02-explainer.md", "fact-mismatch", "17 February"),
            ("02-explainer.md", "inconsistent", "17 February"),
            ("02-explainer.md", "fact-mismatch", "10%"),
            ("03-timeline.txt", "fact-mismatch", "12"),
            ("03-timeline.txt", "inconsistent", "12"),
            ("03-timeline.txt", "fact-mismatch", "20 March 2023"),
            ("03-timeline.txt", "inconsistent", "20 March 2023"),
            ("03-timeline.txt", "invalid-date", "29 February 2023"),
            ("03-timeline.txt", "inconsistent", "150"),
            ("04-feature.txt", "fact-mismatch", "five months ago"),
            ("04-feature.txt", "inconsistent", "five months ago"),
            ("04-feature.txt", "fact-mismatch", "more than 60,000"),
            ("04-feature.txt", "inconsistent", "more than 60,000"),
            ("05-qa.txt", "fact-mismatch", "3.42 billion"),
            ("05-qa.txt", "inconsistent", "3.42 billion"),
        ],
    );
}

#[test]
fn prestige_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Prestige oil spill (round 34), scored on the
    // session's starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "prestige",
        &[
            (
                "01-wire.txt",
                "weekday-mismatch",
                "Wednesday, 19 November 2002",
            ),
            ("01-wire.txt", "fact-mismatch", "more than 70,000"),
            ("02-explainer.md", "fact-mismatch", "16 days"),
            ("02-explainer.md", "inconsistent", "16 days"),
            ("02-explainer.md", "fact-mismatch", "about 40 per cent"),
            ("02-explainer.md", "invalid-date", "31 November 2002"),
            ("03-timeline.txt", "fact-mismatch", "21 November 2002"),
            ("03-timeline.txt", "inconsistent", "21 November 2002"),
            ("03-timeline.txt", "acronym-mismatch", "EMSA"),
            ("03-timeline.txt", "fact-mismatch", "6 million"),
            ("03-timeline.txt", "inconsistent", "6 million"),
            ("04-feature.txt", "inconsistent", "about 30,000"),
            ("04-feature.txt", "fact-mismatch", "last March"),
            ("04-feature.txt", "inconsistent", "last March"),
            ("04-feature.txt", "anachronism", "13 November 2013"),
            ("05-qa.txt", "fact-mismatch", "last December"),
            ("05-qa.txt", "inconsistent", "last December"),
            ("05-qa.txt", "fact-mismatch", "about 2,000"),
            (
                "05-qa.txt",
                "wrong-name",
                "European Maritime Security Agency",
            ),
        ],
    );
}

#[test]
fn h1n1_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2009 H1N1 pandemic (round 35, written as a reporter
    // would rather than to the documentation, its errors natural slips),
    // scored on the session's starting build: all 14 planted errors caught, no
    // false alarm.
    assert_pack_finds(
        "h1n1",
        &[
            ("01-wire.txt", "weekday-mismatch", "Friday, 25 April 2009"),
            (
                "01-wire.txt",
                "wrong-name",
                "Centers for Disease Control and Protection",
            ),
            ("01-wire.txt", "fact-mismatch", "6.75 billion"),
            ("01-wire.txt", "inconsistent", "6.75 billion"),
            ("02-explainer.md", "fact-mismatch", "about 74,000"),
            ("02-explainer.md", "acronym-mismatch", "EMA"),
            ("02-explainer.md", "anachronism", "10 August 2010"),
            ("03-timeline.txt", "inconsistent", "about 400"),
            ("03-timeline.txt", "fact-mismatch", "27 April 2009"),
            ("03-timeline.txt", "inconsistent", "27 April 2009"),
            ("03-timeline.txt", "fact-mismatch", "15 October 2009"),
            ("03-timeline.txt", "inconsistent", "15 October 2009"),
            ("04-feature.txt", "invalid-date", "31 November 2009"),
            ("04-feature.txt", "fact-mismatch", "a year and a half"),
            ("04-feature.txt", "fact-mismatch", "more than 600,000"),
            ("04-feature.txt", "inconsistent", "more than 600,000"),
            ("05-opinion.txt", "fact-mismatch", "Twelve years ago"),
            ("05-opinion.txt", "inconsistent", "Twelve years ago"),
            ("05-opinion.txt", "fact-mismatch", "90 per cent"),
        ],
    );
}

#[test]
fn irma_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Hurricane Irma (round 35), scored on the session's
    // starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "irma",
        &[
            ("01-wire.txt", "acronym-mismatch", "NOAA"),
            ("01-wire.txt", "anachronism", "10 September 2017"),
            ("02-explainer.md", "fact-mismatch", "31 August 2017"),
            ("02-explainer.md", "inconsistent", "31 August 2017"),
            ("02-explainer.md", "fact-mismatch", "65 percent"),
            (
                "02-explainer.md",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            ("02-explainer.md", "fact-mismatch", "about $30 billion"),
            ("02-explainer.md", "inconsistent", "about $30 billion"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Tuesday, 6 September 2017",
            ),
            ("03-timeline.txt", "fact-mismatch", "73 hours"),
            ("03-timeline.txt", "inconsistent", "73 hours"),
            ("03-timeline.txt", "fact-mismatch", "1 November 2017"),
            ("03-timeline.txt", "inconsistent", "1 November 2017"),
            (
                "04-feature-barbuda.txt",
                "fact-mismatch",
                "five years ago this week",
            ),
            (
                "04-feature-barbuda.txt",
                "inconsistent",
                "five years ago this week",
            ),
            ("04-feature-barbuda.txt", "inconsistent", "2,800"),
            ("05-opinion.txt", "fact-mismatch", "September 2018"),
            ("05-opinion.txt", "inconsistent", "September 2018"),
            ("05-opinion.txt", "fact-mismatch", "More than 7.5 million"),
            ("05-opinion.txt", "invalid-date", "31 September 2017"),
        ],
    );
}

#[test]
fn rio2016_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Rio 2016 Olympics (round 35), scored on the
    // session's starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "rio2016",
        &[
            ("01-wire.txt", "fact-mismatch", "100-day"),
            ("01-wire.txt", "fact-mismatch", "50 per cent"),
            ("01-wire.txt", "inconsistent", "50 per cent"),
            ("02-explainer.md", "fact-mismatch", "3.9 billion"),
            ("02-explainer.md", "inconsistent", "3.9 billion"),
            ("02-explainer.md", "anachronism", "30 July 2016"),
            ("03-timeline.txt", "fact-mismatch", "21 May 2016"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Saturday, 21 August 2016",
            ),
            ("04-feature.txt", "fact-mismatch", "five years ago"),
            ("04-feature.txt", "inconsistent", "five years ago"),
            ("04-feature.txt", "inconsistent", "21 billion"),
            ("04-feature.txt", "fact-mismatch", "More than 12,000"),
            ("04-feature.txt", "inconsistent", "More than 12,000"),
            ("04-feature.txt", "invalid-date", "31 September 2016"),
            ("05-opinion.txt", "fact-mismatch", "33"),
            ("05-opinion.txt", "inconsistent", "33"),
            (
                "05-opinion.txt",
                "wrong-name",
                "World Anti-Doping Authority",
            ),
            ("05-opinion.txt", "acronym-mismatch", "ICAS"),
            ("05-opinion.txt", "fact-mismatch", "7 October"),
            ("05-opinion.txt", "inconsistent", "7 October"),
        ],
    );
}

/// A pack of round 27's Flight 1549 story: the flight (dated), and its
/// rescue, which no dated fact, name or source dates.
fn flight_rules() -> RuleSet {
    let yaml = r#"
subjects:
  - id: flight
    name: US Airways Flight 1549
    aliases: [Flight 1549]
  - id: rescue
    name: The waterborne rescue of Flight 1549's occupants
    aliases: [NY Waterway]
facts:
  - id: flight.date
    subject: flight
    kind: date
    value: 2009-01-15
    cues: [ditched]
    source: NTSB
  - id: flight.crew
    subject: flight
    kind: count
    value: 5
    cues: [crew, crew members]
    source: NTSB
  - id: rescue.ferries
    subject: rescue
    kind: count
    value: 7
    cues: [ferries]
"#;
    rules::load(&[("f.yaml".to_string(), yaml.to_string())]).unwrap()
}

/// Regression (round 27, hudson): "15 January 2009 — Eleven NY Waterway
/// ferries converge on the sinking jet", in an article of 2024, was no
/// claim: the rescue has no dated fact, and a subject with nothing of its
/// own to date it was taken as of the article's date, which put the
/// sentence's 2009 in another time. Such a subject takes its time from the
/// dated facts of its pack. And "Flight 1549 carried 150 passengers and
/// six crew members" read "1549" as a year; after a label ("Flight") a
/// number is an identifier.
#[test]
fn a_subject_with_nothing_to_date_it_takes_its_packs_time() {
    let rules = flight_rules();
    let text = |date: &str, body: &str| {
        check_text(
            &rules,
            &format!("WASHINGTON, {date} (AP) — Officials met.\n\n{body}\n"),
        )
    };
    assert_eq!(
        text(
            "15 January 2024",
            "15 January 2009 — Eleven NY Waterway ferries converge on the sinking jet."
        ),
        owned(&[("t.txt", "fact-mismatch", "Eleven")])
    );
    assert_eq!(
        text(
            "15 January 2024",
            "15 January 2009 — Seven NY Waterway ferries converge on the sinking jet."
        ),
        []
    );
    // a year far from the pack's time is still another time
    assert_eq!(
        text(
            "15 January 2024",
            "In 1987, eleven NY Waterway ferries carried commuters."
        ),
        []
    );
    assert_eq!(
        text(
            "15 January 2019",
            "Flight 1549 carried 150 passengers and six crew members."
        ),
        owned(&[("t.txt", "fact-mismatch", "six")])
    );
}

/// A pack of round 27's Black Monday story.
fn crash_rules() -> RuleSet {
    let yaml = r#"
subjects:
  - id: crash
    name: Black Monday, the stock market crash of 19 October 1987
    aliases: [Black Monday]
    generic: [crash]
    context: [Dow]
  - id: dow
    name: Dow Jones Industrial Average
    aliases: [Dow]
  - id: hkex
    name: Hong Kong Stock Exchange
    aliases: [Hong Kong exchange, Hang Seng]
facts:
  - id: crash.date
    subject: crash
    kind: date
    value: 1987-10-19
    cues: [crash, struck]
    source: NYSE
  - id: dow.recovery
    subject: dow
    kind: duration
    value: 20 months/2 years
    cues: ["return*", took]
    source: S&P Dow Jones Indices
  - id: dow.points-fall
    subject: dow
    kind: count
    value: 508
    cues: [points]
    source: S&P Dow Jones Indices
  - id: hkex.closure-length
    subject: hkex
    kind: duration
    value: 4 days
    cues: [closed, shut]
    source: Davison report
"#;
    rules::load(&[("c.yaml".to_string(), yaml.to_string())]).unwrap()
}

fn crash_text(body: &str) -> Vec<(String, &'static str, String)> {
    check_text(
        &crash_rules(),
        &format!("NEW YORK, 19 October 2017 (AP) — Officials met.\n\n{body}\n"),
    )
}

/// Regression (round 27, blackmonday): "The Dow took about two years to get
/// back to its pre-crash level, regaining it in 1989" dated the crash
/// 1989, through "crash" in "pre-crash". A word after "pre-", "post-",
/// "anti-" or "non-" names what the compound is set against: it is no name
/// and no cue.
#[test]
fn a_word_after_pre_or_post_names_nothing() {
    assert_eq!(
        crash_text(
            "The Dow took about two years to get back to its pre-crash level, regaining it in 1989."
        ),
        []
    );
    assert_eq!(
        crash_text("The Dow crash struck in 1989."),
        owned(&[("t.txt", "fact-mismatch", "1989")])
    );
}

/// Regression (round 27, blackmonday): "its biggest one-day points gain
/// ever, as bargain hunters returned" was read as the length of the Dow's
/// recovery, cued by "returned". A duration joined to the noun after it
/// measures that noun: where the noun is neither a name nor a cue of a
/// duration ("points" cues a count), it claims nothing.
#[test]
fn a_duration_joined_to_a_noun_no_rule_knows_claims_nothing() {
    assert_eq!(
        crash_text("The Dow posted its biggest one-day points gain as bargain hunters returned."),
        []
    );
    assert_eq!(
        crash_text("The Dow took one year to return to its peak."),
        owned(&[("t.txt", "fact-mismatch", "one year")])
    );
}

/// Regression (round 27, blackmonday): after a sentence on Hong Kong's
/// exchange, "In London, where the great storm of 16 October had already
/// closed the City for a day, …" was read as the exchange's closure. A
/// sentence that names no subject continues the one before it, unless it
/// opens by moving elsewhere: "Elsewhere", or "In" or "At" and a
/// capitalised name set off by a comma.
#[test]
fn a_sentence_that_moves_elsewhere_continues_no_subject() {
    let first = "The Hang Seng fell by a third, and the Hong Kong exchange was shut for four days.";
    assert_eq!(
        crash_text(&format!(
            "{first} In London, the great storm had already closed the City for a day."
        )),
        []
    );
    assert_eq!(
        crash_text(&format!(
            "{first} Elsewhere, the great storm had already closed the City for a day."
        )),
        []
    );
    // without the move, the sentence continues the exchange
    assert_eq!(
        crash_text(&format!("{first} Dealers had closed the market for a day.")),
        owned(&[
            ("t.txt", "fact-mismatch", "a day"),
            ("t.txt", "inconsistent", "a day")
        ])
    );
}

/// Regression (round 27, bannister): "When Bannister's spikes from the
/// 1954 race went under the hammer at Christie's in 2015, they sold for
/// £166,500" dated the sale 1954, and missed the wrong price: "1954" set
/// the sentence in another time than the sale's. A date between a
/// determiner and a name ("the 1954 race") dates that event only, and
/// where it is that event's own time, it sets the sentence in no other
/// time.
#[test]
fn a_date_that_names_another_event_dates_that_event_only() {
    let yaml = r#"
subjects:
  - id: mile
    name: Roger Bannister's first sub-four-minute mile
    aliases: [Iffley Road race]
    generic: [race]
    context: [Bannister]
  - id: spikes
    name: Bannister's running spikes from the race
    aliases: [spikes]
facts:
  - id: mile.date
    subject: mile
    kind: date
    value: 1954-05-06
    cues: [ran]
    source: AAA
  - id: spikes.sold
    subject: spikes
    kind: date
    value: 2015-09
    cues: [sold, went under the hammer]
    source: Christie's
  - id: spikes.price
    subject: spikes
    kind: count
    value: "266,500"
    cues: [sold for]
    source: Christie's
"#;
    let rules = rules::load(&[("s.yaml".to_string(), yaml.to_string())]).unwrap();
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("LONDON, 6 May 2024 (AP) — Officials met.\n\n{body}\n"),
        )
    };
    assert_eq!(
        text(
            "When Bannister's spikes from the 1954 race went under the hammer at Christie's in 2015, they sold for £166,500."
        ),
        owned(&[("t.txt", "fact-mismatch", "166,500")])
    );
    assert_eq!(
        text(
            "When Bannister's spikes from the 1954 race went under the hammer at Christie's in 2015, they sold for £266,500."
        ),
        []
    );
}

/// Regression (round 27): once the KLM flight of the tenerife pack, which
/// nothing of its own dates, took its time from its pack, "27 March 1977
/// — All 284 people aboard the KLM jet are killed, and 335 die aboard the
/// Pan Am 747" read the 335 as the KLM jet's too, through the cue
/// "aboard", since the Pan Am jet's own count of those aboard is ruled out
/// by "killed". A cue right before a name of another subject (past one
/// determiner) is that subject's.
#[test]
fn a_cue_right_before_another_subjects_name_is_that_subjects() {
    let yaml = r#"
subjects:
  - id: disaster
    name: Tenerife airport disaster
    aliases: [Tenerife disaster]
  - id: klm
    name: KLM Flight 4805
    aliases: [KLM jet]
  - id: panam
    name: Pan Am Flight 1736
    aliases: [Pan Am 747, Pan Am jet]
facts:
  - id: disaster.date
    subject: disaster
    kind: date
    value: 1977-03-27
    cues: [collided]
    source: CIAIAC
  - id: klm.aboard
    subject: klm
    kind: count
    value: 248
    cues: [people, aboard, killed, died]
    source: ASN
  - id: panam.aboard
    subject: panam
    kind: count
    value: 396
    cues: [people, aboard]
    exclude: [killed, died]
    source: ASN
"#;
    let rules = rules::load(&[("k.yaml".to_string(), yaml.to_string())]).unwrap();
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("MADRID, 27 March 2022 (AP) — Officials met.\n\n{body}\n"),
        )
    };
    assert_eq!(
        text(
            "27 March 1977 — All 284 people aboard the KLM jet are killed, and 335 die aboard the Pan Am 747, when the two aircraft collide in fog."
        ),
        owned(&[("t.txt", "fact-mismatch", "284")])
    );
    assert_eq!(
        text(
            "27 March 1977 — All 248 people aboard the KLM jet are killed, and 335 die aboard the Pan Am 747, when the two aircraft collide in fog."
        ),
        []
    );
}

/// A pack of round 28's sets: a charter signed, a programme whose length
/// is derived from another subject's date, a turnout, a sales milestone.
fn round28_rules() -> RuleSet {
    let yaml = r#"
subjects:
  - id: charter
    name: London Charter of the International Military Tribunal
    aliases: [London Charter]
  - id: program
    name: WHO Intensified Smallpox Eradication Programme
    aliases: [eradication campaign, Smallpox Eradication Programme]
  - id: maalin
    name: Ali Maow Maalin, the last naturally occurring case
    aliases: [last natural case]
  - id: election
    name: India's 2019 general election
    aliases: [2019 election]
  - id: millionth
    name: The millionth iPhone sold
    aliases: [millionth iPhone, one million iPhones]
facts:
  - id: charter.signed
    subject: charter
    kind: date
    value: 1945-08-08
    cues: [sign, signed]
    source: Avalon Project
  - id: program.launched
    subject: program
    kind: date
    value: 1967
    cues: [launched, began]
    source: WHO
  - id: maalin.rash
    subject: maalin
    kind: date
    value: 1977-10-26
    cues: [rash]
    source: WHO
  - id: program.duration
    subject: program
    kind: duration
    derived: maalin.rash - program.launched
    cues: [lasted]
  - id: election.turnout
    subject: election
    kind: percent
    value: 67.4
    tolerance: 0.2
    cues: [turnout]
    source: ECI
  - id: millionth.days
    subject: millionth
    kind: duration
    value: 74 days
    cues: [took, within, in]
    source: Apple
"#;
    rules::load(&[("r.yaml".to_string(), yaml.to_string())]).unwrap()
}

fn round28_text(date: &str, body: &str) -> Vec<(String, &'static str, String)> {
    check_text(
        &round28_rules(),
        &format!("LONDON, {date} (AP) — Officials met.\n\n{body}\n"),
    )
}

/// Regression (round 28, nuremberg): "June 1945 — Meeting in London, the
/// United States, Britain, the Soviet Union and France sign the London
/// Charter" was no claim: the verb stands far past the entry's date. In a
/// timeline's entry, a cue whose object is a name of its subject (at most
/// four words on, no comma between), told plainly, is the entry's verb
/// however long its subject; a generic name written with a capital is
/// part of another's name ("starting the Park Fire").
#[test]
fn an_entrys_verb_with_its_subject_as_object_reaches_the_entrys_date() {
    assert_eq!(
        round28_text(
            "16 October 2021",
            "June 1945 — Meeting in London, the United States, Britain, the Soviet Union and France sign the London Charter, which sets up the tribunal."
        ),
        owned(&[("t.txt", "fact-mismatch", "June 1945")])
    );
    assert_eq!(
        round28_text(
            "16 October 2021",
            "8 August 1945 — Meeting in London, the United States, Britain, the Soviet Union and France sign the London Charter, which sets up the tribunal."
        ),
        []
    );
    // not where the verb's object is another thing
    assert_eq!(
        round28_text(
            "16 October 2021",
            "June 1945 — Meeting in London, the United States, Britain, the Soviet Union and France sign a protocol on Berlin; the London Charter follows."
        ),
        []
    );
}

/// Regression (round 28, smallpox): "The eradication campaign lasted 20
/// years, ending with the last natural case, in Somalia, in October 1977"
/// was no claim: the programme's only dated fact is its launch in 1967, so
/// 1977 set the sentence in another time. A subject's time includes the
/// dates its derived durations are counted between, whoever's facts they
/// are.
#[test]
fn a_subjects_time_spans_the_dates_its_derived_durations_run_between() {
    let text = |years: &str| {
        round28_text(
            "8 May 2020",
            &format!(
                "The Smallpox Eradication Programme lasted {years} years, ending with the last natural case, in Somalia, in October 1977."
            ),
        )
    };
    assert_eq!(text("20"), owned(&[("t.txt", "fact-mismatch", "20 years")]));
    assert_eq!(text("10"), []);
}

/// Regression (round 28, indiavote): "Turnout in the 2019 election was
/// 61.4%" was no claim: a phrase between a noun and the verb that links it
/// to its measure held letters only, and a year is digits. Years are
/// allowed in it, no other number.
#[test]
fn a_year_may_stand_in_the_phrase_between_a_noun_and_its_measure() {
    assert_eq!(
        round28_text(
            "21 May 2019",
            "Turnout in the 2019 election was 61.4%, by early counts."
        ),
        owned(&[("t.txt", "fact-mismatch", "61.4%")])
    );
    assert_eq!(
        round28_text(
            "21 May 2019",
            "Turnout in the 2019 election was 67.4%, by early counts."
        ),
        []
    );
}

/// Regression (round 28, iphone): "Apple sold 270,000 units in the first
/// 30 hours, and it passed one million iPhones sold on Sept. 10, 2007"
/// read "the first 30 hours", which the extractor reads with its ordinal,
/// as the time to the millionth iPhone. An ordinal after "the" that opens
/// the mention counts out a part, as one right before it does.
#[test]
fn an_ordinal_inside_a_duration_counts_out_a_part() {
    assert_eq!(
        round28_text(
            "29 June 2017",
            "Apple sold 270,000 units in the first 30 hours, and it passed one million iPhones sold on Sept. 10, 2007."
        ),
        []
    );
    assert_eq!(
        round28_text(
            "29 June 2017",
            "Apple sold 270,000 units in 30 hours, and it passed one million iPhones sold on Sept. 10, 2007."
        ),
        owned(&[("t.txt", "fact-mismatch", "30 hours")])
    );
}

/// A pack of round 29's heatwave set: the heatwave, whose one dated fact is
/// how far back it was the hottest, and France's response.
fn heatwave_rules() -> RuleSet {
    let yaml = r#"
subjects:
  - id: heatwave
    name: European heatwave of summer 2003
    aliases: [2003 heatwave]
  - id: france
    name: Heat deaths in France, August 2003, and France's response
    aliases: [France]
facts:
  - id: heatwave.deaths
    subject: heatwave
    kind: count
    value: 35000/72000
    cues: [deaths]
    source: Robine et al. (2008)
  - id: heatwave.hottest-since
    subject: heatwave
    kind: date
    value: 1500/1540
    cues: [hottest]
    source: Luterbacher et al. (2004)
  - id: france.solidarity-day
    subject: france
    kind: date
    value: 2005-05-16
    cues: [solidarity day]
    source: French government
"#;
    rules::load(&[("h.yaml".to_string(), yaml.to_string())]).unwrap()
}

/// Regression (round 29, heatwave): "the 2003 heatwave caused more than
/// 100,000 deaths across the continent" was no claim: the heatwave's one
/// dated fact is that it was the hottest since 1500–1540, so 2003 was
/// another time for it. A subject's time is that of its dated facts and
/// of the dates its name writes out ("European heatwave of summer 2003").
#[test]
fn a_subjects_name_dates_it_beside_its_dated_facts() {
    let text = |deaths: &str| {
        check_text(
            &heatwave_rules(),
            &format!(
                "PARIS, 10 August 2023 (AP) — Officials met.\n\nA study concluded that the 2003 heatwave caused {deaths} deaths across the continent.\n"
            ),
        )
    };
    assert_eq!(
        text("more than 100,000"),
        owned(&[("t.txt", "fact-mismatch", "more than 100,000")])
    );
    assert_eq!(text("about 70,000"), []);
}

/// Regression (round 29, heatwave): "16 May 2005 — France holds its first
/// solidarity day, an unpaid working day on Pentecost Monday" read
/// "Monday" as the Monday before the article. A weekday after a
/// capitalised word of lower-case letters inside a sentence ends a name
/// ("Pentecost Monday", "Super Tuesday") and dates nothing; after "On" at
/// a sentence's start it is a date still.
#[test]
fn a_weekday_that_ends_a_name_dates_nothing() {
    let text = |body: &str| {
        check_text(
            &heatwave_rules(),
            &format!("PARIS, 1 August 2025 (AP) — Officials met.\n\n{body}\n"),
        )
    };
    assert_eq!(
        text(
            "16 May 2005 — France holds its first solidarity day, an unpaid working day on Pentecost Monday, to fund care of the elderly."
        ),
        []
    );
    assert_eq!(
        text("France held its first solidarity day on Monday."),
        owned(&[("t.txt", "fact-mismatch", "Monday")])
    );
    assert_eq!(
        text("On Monday France held its first solidarity day."),
        owned(&[("t.txt", "fact-mismatch", "Monday")])
    );
}

/// A pack of round 30's sets: an attack on a known day, and a declaration
/// signed once.
fn round30_text(body: &str) -> Vec<(String, &'static str, String)> {
    let yaml = r#"
subjects:
  - id: attacks
    name: The 2011 Norway attacks
    aliases: [Norway attacks]
    generic: [attack]
    context: [Norway]
  - id: federal-emergency
    name: President Obama's federal emergency declaration for Flint, January 2016
    aliases: [federal emergency declaration]
    generic: [declaration]
    context: [Obama]
facts:
  - id: attacks.date
    subject: attacks
    kind: date
    value: 2011-07-22
    cues: [suffered]
    source: Gjørv Commission
  - id: federal-emergency.declared
    subject: federal-emergency
    kind: date
    value: 2016-01-16
    cues: ["sign*", "declar*"]
    source: White House
"#;
    let rules = rules::load(&[("r.yaml".to_string(), yaml.to_string())]).unwrap();
    check_text(
        &rules,
        &format!("OSLO, 20 November 2021 (AP) — Officials met.\n\n{body}\n"),
    )
}

/// Regression (round 30, utoya): "A decade ago, on a grey Friday
/// afternoon, Norway suffered the deadliest attack on its soil" read the
/// Friday as the one before the article. A weekday after "a" and one or
/// two adjectives is some such day, as one right after "a" is; a
/// preposition is no adjective ("A jury on Friday acquitted").
#[test]
fn a_weekday_after_a_and_an_adjective_is_some_such_day() {
    assert_eq!(
        round30_text(
            "A decade ago, on a grey Friday afternoon, Norway suffered the deadliest attack on its soil."
        ),
        []
    );
    assert_eq!(
        round30_text("On Friday, Norway suffered the deadliest attack on its soil."),
        owned(&[("t.txt", "fact-mismatch", "Friday")])
    );
    assert_eq!(
        round30_text(
            "A crowd on Friday watched as Norway suffered the deadliest attack on its soil."
        ),
        owned(&[("t.txt", "fact-mismatch", "Friday")])
    );
}

/// Regression (round 30, flint): after "Obama signed the federal emergency
/// declaration on 16 January 2016", "Congress later approved $170 million
/// for Flint in a water bill signed in December 2016" dated the
/// declaration's signing. A past form right after a noun that "a" or "an"
/// brings in, with only a preposition before the date, describes that new
/// thing; a clause with an object of its own ("a federal judge approved
/// it in April 2016") is still read.
#[test]
fn a_participle_after_a_new_noun_dates_that_noun() {
    let first = "Obama signed the federal emergency declaration on 16 January 2016.";
    assert_eq!(
        round30_text(&format!(
            "{first} Congress later approved $170 million for Flint in a water bill signed in December 2016."
        )),
        []
    );
    assert_eq!(
        round30_text(&format!("{first} He signed it again in December 2016.")),
        owned(&[
            ("t.txt", "fact-mismatch", "December 2016"),
            ("t.txt", "inconsistent", "December 2016")
        ])
    );
}

/// Regression (round 30, utoya): "An earlier version, circa 2013, covered
/// the events up to the verdict" contradicted the verdict of August 2012.
/// A date after "circa", "ca." or "c." is an approximation: as far again as
/// it is long on either side ("circa 2013" is 2012 to 2014). Two years off
/// is still a contradiction.
#[test]
fn a_date_after_circa_is_an_approximation() {
    let yaml = r#"
subjects:
  - id: trial
    name: The trial
    aliases: [the verdict]
facts:
  - id: trial.verdict
    subject: trial
    kind: date
    value: 2012-08-24
    cues: [came, covered]
    source: Oslo District Court
"#;
    let rules = rules::load(&[("r.yaml".to_string(), yaml.to_string())]).unwrap();
    let check = |body: &str| {
        check_text(
            &rules,
            &format!("OSLO, 20 November 2021 (AP) — Officials met.\n\n{body}\n"),
        )
    };
    for quiet in [
        "An earlier version, circa 2013, covered the events up to the verdict.",
        "The verdict came c. 2013, as they recall.",
        "The verdict came ca. 2013, as they recall.",
    ] {
        assert_eq!(check(quiet), [], "{quiet}");
    }
    assert_eq!(
        check("The verdict came in 2013, as they recall."),
        owned(&[("t.txt", "fact-mismatch", "2013")])
    );
    assert_eq!(
        check("The verdict came circa 2014, as they recall."),
        owned(&[("t.txt", "fact-mismatch", "2014")])
    );
}

/// Regression (round 31, Karabakh draft `ls-s3`): "10 November 2025 — The
/// peacekeepers' five-year mandate would have expired on this day" read
/// "this day" as the article's date (a timeline updated in January 2026)
/// and found it contradicted the mandate's end. "This day" is a day the
/// text gave before, or the day of the year in another year ("On this day
/// in 1945"): it claims nothing. "Today" still does.
#[test]
fn this_day_claims_nothing() {
    let yaml = r#"
subjects:
  - id: mandate
    name: The peacekeepers' mandate
    aliases: [the mandate]
facts:
  - id: mandate.end
    subject: mandate
    kind: date
    value: 2025-11-10
    cues: [expired, expires, ends]
    source: Trilateral statement
"#;
    let rules = rules::load(&[("r.yaml".to_string(), yaml.to_string())]).unwrap();
    let check = |body: &str| {
        check_text(
            &rules,
            &format!("Timeline\nUpdated 15 January 2026\n\n{body}\n"),
        )
    };
    assert_eq!(
        check("10 November 2025 — The mandate would have expired on this day."),
        []
    );
    assert_eq!(check("On this day in 2025 the mandate expired."), []);
    assert_eq!(
        check("The mandate expired today."),
        owned(&[("t.txt", "fact-mismatch", "today")])
    );
}

/// The pack of round 31's regression tests: an asteroid's albedo, a
/// referendum's votes, a crash and an opening ceremony.
fn round31_text(body: &str) -> Vec<(String, &'static str, String)> {
    let yaml = r#"
subjects:
  - id: ryugu
    name: Asteroid Ryugu
    aliases: [Ryugu]
  - id: referendum
    name: The 2014 Scottish independence referendum
    aliases: [independence referendum]
    generic: [vote]
    context: [Scotland]
  - id: lionair
    name: Lion Air Flight 610
    aliases: [Lion Air Flight 610]
  - id: games
    name: The London 2012 Olympic Games
    aliases: [London Games]
facts:
  - id: ryugu.albedo
    subject: ryugu
    kind: percent
    value: 4.0/4.5
    tolerance: 0.5
    cues: [albedo]
    source: Sugita et al. 2019
  - id: referendum.yes-votes
    subject: referendum
    kind: count
    value: 1617989
    tolerance: 0.5%
    cues: [Yes votes]
    source: Chief Counting Officer
  - id: referendum.no-votes
    subject: referendum
    kind: count
    value: 2001926
    tolerance: 0.5%
    cues: [No votes]
    source: Chief Counting Officer
  - id: lionair.crashed
    subject: lionair
    kind: date
    value: 2018-10-29
    cues: ["plung*", killing]
    source: KNKT
  - id: games.opening
    subject: games
    kind: date
    value: 2012-07-27
    cues: [opening ceremony, opens]
    source: IOC
"#;
    let rules = rules::load(&[("r.yaml".to_string(), yaml.to_string())]).unwrap();
    check_text(&rules, &format!("World desk | 10 March 2024\n\n{body}\n"))
}

/// Regression (round 31, hayabusa2): "Ryugu is among the darkest objects
/// ever visited by a spacecraft, with an albedo of about 45 per cent" took
/// the albedo for a part ("among" before it). "Among" makes a part in the
/// amount's clause, or where it opens a clause of its own; not in another
/// clause after its verb. A comma between digits is no clause's end.
#[test]
fn among_in_another_clause_makes_no_part() {
    let wrong = owned(&[("t.txt", "fact-mismatch", "about 45 per cent")]);
    assert_eq!(
        round31_text(
            "Ryugu is among the darkest objects ever visited, with an albedo of about 45 per cent."
        ),
        wrong
    );
    for quiet in [
        "Among the asteroids, Ryugu has an albedo of about 45 per cent.",
        "Ryugu has, among 4,000 asteroids, an albedo of about 45 per cent.",
        "Ryugu is among the 4,000 asteroids with an albedo of about 45 per cent.",
    ] {
        assert_eq!(round31_text(quiet), [], "{quiet}");
    }
}

/// Regression (round 31, scotref): "Scotland voted No: there were
/// 2,001,926 No votes and 1,671,989 Yes votes" read the "No" of the No
/// votes as a negation of the Yes votes. "No" with a capital after its
/// clause's first word names a side; one that opens the clause negates.
#[test]
fn a_capital_no_inside_a_clause_names_a_side() {
    assert_eq!(
        round31_text("Scotland voted No: there were 2,001,926 No votes and 1,671,989 Yes votes."),
        owned(&[("t.txt", "fact-mismatch", "1,671,989")])
    );
    assert_eq!(
        round31_text("In Scotland's vote, No 1,671,989 Yes votes were ever counted."),
        []
    );
}

/// Regression (round 31, 737max): "29 October 2019 — Lion Air Flight 610
/// plunges into the Java Sea 13 minutes after take-off from Jakarta,
/// killing all 189 people on board" claimed nothing, because a cue of the
/// crash ("killing") stood after the offset. Where a cue of the fact
/// stands before the offset after a name of its subject, the date is that
/// cue's; where only the cue after the offset is the subject's, the date
/// is still another event's.
#[test]
fn a_cue_told_before_an_offset_keeps_the_date() {
    assert_eq!(
        round31_text(
            "29 October 2019 — Lion Air Flight 610 plunges into the Java Sea 13 minutes after take-off from Jakarta, killing all 189 people on board."
        ),
        owned(&[("t.txt", "fact-mismatch", "29 October 2019")])
    );
    assert_eq!(
        round31_text(
            "25 July 2012 — Women's football opens the competition in Cardiff, two days before the opening ceremony of the London Games."
        ),
        []
    );
}

#[test]
fn vajont_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Vajont dam disaster of 1963 (round 36: several
    // subjects in one paragraph, names in other languages, neighbouring
    // events' figures), scored on the session's starting build: all 14 planted
    // errors caught, no false alarm.
    assert_pack_finds(
        "vajont",
        &[
            (
                "01-wire-60th.txt",
                "weekday-mismatch",
                "Tuesday, 9 October 1963",
            ),
            ("01-wire-60th.txt", "fact-mismatch", "some 26 million"),
            ("01-wire-60th.txt", "inconsistent", "some 26 million"),
            ("01-wire-60th.txt", "acronym-mismatch", "ENEL"),
            ("02-explainer.md", "fact-mismatch", "about four minutes"),
            ("02-explainer.md", "inconsistent", "about four minutes"),
            ("02-explainer.md", "fact-mismatch", "1,450"),
            ("02-explainer.md", "inconsistent", "1,450"),
            ("02-explainer.md", "inconsistent", "45"),
            ("03-timeline.txt", "invalid-date", "30 February 1968"),
            ("03-timeline.txt", "fact-mismatch", "17 December 1968"),
            ("03-timeline.txt", "inconsistent", "17 December 1968"),
            ("03-timeline.txt", "fact-mismatch", "286"),
            ("03-timeline.txt", "inconsistent", "286"),
            ("04-feature-longarone.txt", "fact-mismatch", "1,540"),
            ("04-feature-longarone.txt", "inconsistent", "1,540"),
            (
                "04-feature-longarone.txt",
                "wrong-name",
                "Consiglio Nazionale della Ricerca",
            ),
            ("04-feature-longarone.txt", "fact-mismatch", "30 years ago"),
            ("04-feature-longarone.txt", "inconsistent", "30 years ago"),
            ("05-opinion.txt", "fact-mismatch", "216"),
            ("05-opinion.txt", "inconsistent", "216"),
            ("05-opinion.txt", "anachronism", "18 May 2023"),
        ],
    );
}

#[test]
fn wenchuan_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2008 Wenchuan earthquake (round 36: several subjects
    // in one paragraph, names in other languages, neighbouring events'
    // figures), scored on the session's starting build: 13 of the 14 planted
    // errors caught, no false alarm. Caught since: "Yingxiu, a town of about
    // 19,000 people" against "about 9,000" elsewhere (a place's size beside a
    // name claims that subject's population fact).
    assert_pack_finds(
        "wenchuan",
        &[
            ("01-wire-students.txt", "fact-mismatch", "nearly 90,000"),
            ("01-wire-students.txt", "inconsistent", "nearly 90,000"),
            ("01-wire-students.txt", "acronym-mismatch", "IFRC"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Tuesday, 12 May 2008",
            ),
            ("02-explainer.md", "fact-mismatch", "four days"),
            ("02-explainer.md", "inconsistent", "four days"),
            ("02-explainer.md", "fact-mismatch", "854 billion"),
            ("03-timeline.txt", "inconsistent", "about 19,000"),
            ("03-timeline.txt", "fact-mismatch", "10 July 2008"),
            ("03-timeline.txt", "inconsistent", "10 July 2008"),
            ("03-timeline.txt", "fact-mismatch", "18"),
            ("03-timeline.txt", "inconsistent", "18"),
            ("03-timeline.txt", "invalid-date", "31 September 2008"),
            ("04-feature-beichuan.txt", "fact-mismatch", "six years ago"),
            ("04-feature-beichuan.txt", "inconsistent", "six years ago"),
            ("04-feature-beichuan.txt", "anachronism", "9 May 2013"),
            ("05-analysis.md", "wrong-name", "US Geological Service"),
            ("05-analysis.md", "fact-mismatch", "7.0"),
            ("05-analysis.md", "inconsistent", "7.0"),
            ("05-analysis.md", "fact-mismatch", "2,698"),
            ("05-analysis.md", "inconsistent", "2,698"),
        ],
    );
}

#[test]
fn gotthard_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Gotthard Base Tunnel (round 36: several subjects in
    // one paragraph, names in other languages, neighbouring events' figures),
    // scored on the session's starting build: 13 of the 14 planted errors
    // caught, no false alarm. Caught since: "the road tunnel … runs 19.6 km
    // and Louis Favre's summit tunnel of 1882 only 15 km" (a year after
    // another subject's name and "of" no longer dates the sentence).
    assert_pack_finds(
        "gotthard",
        &[
            ("01-wire-opening.txt", "fact-mismatch", "12.2 million"),
            ("01-wire-opening.txt", "inconsistent", "12.2 million"),
            ("01-wire-opening.txt", "fact-mismatch", "Eight"),
            ("01-wire-opening.txt", "inconsistent", "Eight"),
            ("01-wire-opening.txt", "anachronism", "11 December 2016"),
            ("02-explainer-closure.md", "fact-mismatch", "five years ago"),
            ("02-explainer-closure.md", "inconsistent", "five years ago"),
            ("02-explainer-closure.md", "fact-mismatch", "53.6 per cent"),
            ("02-explainer-closure.md", "inconsistent", "53.6 per cent"),
            (
                "02-explainer-closure.md",
                "wrong-name",
                "Federal Roads Authority",
            ),
            ("03-timeline.txt", "invalid-date", "29 February 2011"),
            ("03-timeline.txt", "fact-mismatch", "11 December 2017"),
            ("03-timeline.txt", "inconsistent", "11 December 2017"),
            (
                "04-feature-valleys.txt",
                "weekday-mismatch",
                "Thursday, 1 June 2016",
            ),
            ("04-feature-valleys.txt", "inconsistent", "about 6,200"),
            ("04-feature-valleys.txt", "fact-mismatch", "13.3 million"),
            ("04-feature-valleys.txt", "inconsistent", "13.3 million"),
            ("05-comparison.md", "fact-mismatch", "19.6"),
            ("05-comparison.md", "inconsistent", "19.6"),
            ("05-comparison.md", "fact-mismatch", "14 years"),
            ("05-comparison.md", "inconsistent", "14 years"),
            ("05-comparison.md", "acronym-mismatch", "FEDRO"),
        ],
    );
}

#[test]
fn idai_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Cyclone Idai of 2019 (round 37: live blogs, tables,
    // opinion with forecasts and counterfactuals, officials quoted), scored on
    // the session's starting build: 13 of the 14 planted errors caught, two
    // false alarms (one claim). Caught since: "a town of about 50,000 people"
    // beside Beira's name. Fixed since: "Six weeks after Idai, Cyclone
    // Kenneth, the strongest storm to make landfall in Mozambique, had hit
    // Cabo Delgado on 25 April 2019" was read as Idai's landfall ("Kenneth", a
    // whole alias of the other storm, inside "Cyclone Kenneth", now excludes
    // Idai).
    assert_pack_finds(
        "idai",
        &[
            ("01-liveblog.md", "anachronism", "27 March 2019"),
            ("01-liveblog.md", "fact-mismatch", "At least 156"),
            ("01-liveblog.md", "inconsistent", "At least 156"),
            ("02-explainer.md", "fact-mismatch", "434"),
            ("02-explainer.md", "acronym-mismatch", "ICRC"),
            ("02-explainer.md", "fact-mismatch", "20 years"),
            ("03-timeline.txt", "fact-mismatch", "28 April 2019"),
            ("03-timeline.txt", "inconsistent", "28 April 2019"),
            ("03-timeline.txt", "invalid-date", "31 April 2019"),
            ("03-timeline.txt", "fact-mismatch", "2.1 billion"),
            ("03-timeline.txt", "inconsistent", "2.1 billion"),
            (
                "04-feature-beira.txt",
                "weekday-mismatch",
                "Friday, 14 March 2019",
            ),
            ("04-feature-beira.txt", "fact-mismatch", "60 per cent"),
            ("04-feature-beira.txt", "inconsistent", "60 per cent"),
            ("04-feature-beira.txt", "fact-mismatch", "four years ago"),
            ("04-feature-beira.txt", "inconsistent", "four years ago"),
            ("05-opinion.txt", "inconsistent", "about 50,000"),
            ("05-opinion.txt", "fact-mismatch", "182 million"),
            ("05-opinion.txt", "inconsistent", "182 million"),
            (
                "05-opinion.txt",
                "wrong-name",
                "Office for the Coordination of Humanitarian Assistance",
            ),
        ],
    );
}

#[test]
fn ariane501_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the failure of Ariane 5 Flight 501 (round 37: live
    // blogs, tables, opinion with forecasts and counterfactuals, officials
    // quoted), scored on the session's starting build: all 14 planted errors
    // caught, one false alarm, fixed since: a table row's "Four Cluster
    // satellites | Destroyed …" read as the loss.
    assert_pack_finds(
        "ariane501",
        &[
            ("01-wire-kourou.txt", "fact-mismatch", "about 7,000"),
            ("01-wire-kourou.txt", "inconsistent", "about 7,000"),
            ("01-wire-kourou.txt", "wrong-name", "Guyana Space Centre"),
            ("02-explainer.md", "fact-mismatch", "25 years ago"),
            ("02-explainer.md", "inconsistent", "25 years ago"),
            ("02-explainer.md", "acronym-mismatch", "SRI"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Tuesday, 30 October 1997",
            ),
            ("03-timeline.txt", "inconsistent", "about 120"),
            ("03-timeline.txt", "invalid-date", "31 June 1996"),
            ("03-timeline.txt", "fact-mismatch", "19 August 1996"),
            ("03-timeline.txt", "inconsistent", "19 August 1996"),
            ("03-timeline.txt", "fact-mismatch", "16 July 2001"),
            ("04-feature-inquiry.txt", "fact-mismatch", "73 seconds"),
            ("04-feature-inquiry.txt", "inconsistent", "73 seconds"),
            ("04-feature-inquiry.txt", "fact-mismatch", "12"),
            ("04-feature-inquiry.txt", "inconsistent", "12"),
            ("05-analysis.md", "fact-mismatch", "3.7 billion"),
            ("05-analysis.md", "inconsistent", "3.7 billion"),
            ("05-analysis.md", "fact-mismatch", "21 October 1999"),
            ("05-analysis.md", "inconsistent", "21 October 1999"),
            ("05-analysis.md", "anachronism", "6 March 2025"),
        ],
    );
}

#[test]
fn threegorges_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Three Gorges Dam (round 37: live blogs, tables,
    // opinion with forecasts and counterfactuals, officials quoted), scored on
    // the session's starting build: all 14 planted errors caught, two false
    // alarms (one claim), fixed since: "From the Gezhouba Dam, finished in
    // 1988, …" read as the Three Gorges Dam's completion.
    assert_pack_finds(
        "threegorges",
        &[
            ("01-wire-full-power.txt", "fact-mismatch", "18,200"),
            ("01-wire-full-power.txt", "inconsistent", "18,200"),
            ("01-wire-full-power.txt", "fact-mismatch", "1998"),
            ("01-wire-full-power.txt", "inconsistent", "1998"),
            (
                "01-wire-full-power.txt",
                "weekday-mismatch",
                "Sunday, 20 May 2006",
            ),
            ("02-explainer.md", "fact-mismatch", "57 per cent"),
            (
                "02-explainer.md",
                "wrong-name",
                "Three Gorges Dam Corporation",
            ),
            ("03-timeline.txt", "acronym-mismatch", "YRCC"),
            ("03-timeline.txt", "invalid-date", "31 June 2003"),
            ("03-timeline.txt", "fact-mismatch", "4 June 2012"),
            ("03-timeline.txt", "inconsistent", "4 June 2012"),
            ("04-feature-yichang.txt", "fact-mismatch", "about 130,000"),
            ("04-feature-yichang.txt", "inconsistent", "about 130,000"),
            ("04-feature-yichang.txt", "inconsistent", "2,175"),
            ("04-feature-yichang.txt", "fact-mismatch", "eight years ago"),
            ("04-feature-yichang.txt", "inconsistent", "eight years ago"),
            (
                "04-feature-yichang.txt",
                "fact-mismatch",
                "about four hours",
            ),
            ("04-feature-yichang.txt", "inconsistent", "about four hours"),
            ("05-opinion.txt", "fact-mismatch", "about 37 billion"),
            ("05-opinion.txt", "inconsistent", "about 37 billion"),
            ("05-opinion.txt", "anachronism", "18 September 2016"),
        ],
    );
}

#[test]
fn fukushima_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Fukushima Daiichi accident (round 38: translated
    // wire copy, decimal commas and "milliard", unit conversions, articles
    // that disagree, obituaries and anniversaries, corrections), scored on
    // the session's starting build: 13 of 14 planted errors, no false
    // alarm. Found since: "some 1,500 tanks" against "about 1,000"
    // elsewhere (a round "1,000" was read to the thousand, 500-1,500; a
    // round number is now read no further than a quarter either side).
    assert_pack_finds(
        "fukushima",
        &[
            (
                "01-kyodo-release.txt",
                "weekday-mismatch",
                "Monday, April 13, 2021",
            ),
            ("01-kyodo-release.txt", "fact-mismatch", "1.43 million"),
            ("01-kyodo-release.txt", "inconsistent", "1.43 million"),
            ("02-afp-yoshida-obituary.md", "acronym-mismatch", "KEPCO"),
            ("02-afp-yoshida-obituary.md", "fact-mismatch", "30"),
            ("02-afp-yoshida-obituary.md", "inconsistent", "30"),
            (
                "02-afp-yoshida-obituary.md",
                "anachronism",
                "1 December 2013",
            ),
            ("03-anniversary-namie.txt", "fact-mismatch", "some 470,000"),
            ("03-anniversary-namie.txt", "inconsistent", "some 1,500"),
            ("03-anniversary-namie.txt", "fact-mismatch", "32 trillion"),
            (
                "04-explainer-treated-water.md",
                "fact-mismatch",
                "March 1981",
            ),
            (
                "04-explainer-treated-water.md",
                "inconsistent",
                "March 1981",
            ),
            (
                "04-explainer-treated-water.md",
                "fact-mismatch",
                "21 March 2011",
            ),
            (
                "04-explainer-treated-water.md",
                "weekday-mismatch",
                "Monday, 12 April 2011",
            ),
            (
                "05-whitehaven-obituary.txt",
                "fact-mismatch",
                "13 years ago",
            ),
            ("05-whitehaven-obituary.txt", "inconsistent", "13 years ago"),
            (
                "05-whitehaven-obituary.txt",
                "wrong-name",
                "International Atomic Energy Authority",
            ),
            ("05-whitehaven-obituary.txt", "invalid-date", "31 June 2014"),
        ],
    );
}

#[test]
fn copiapo_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2010 Copiapó mine rescue (round 38), scored on
    // the session's starting build: all 14 planted errors, two false alarms
    // (one claim), fixed since: a timeline entry's date, "12 October 2010
    // — … rides the Fénix 2 down the shaft", read as the shaft's
    // breakthrough because "shaft" names a subject with a single fact. A
    // name after a preposition of movement ("down the shaft") is a place.
    assert_pack_finds(
        "copiapo",
        &[
            (
                "01-efe-wire-rescue.txt",
                "weekday-mismatch",
                "Tuesday, 13 October 2010",
            ),
            ("01-efe-wire-rescue.txt", "fact-mismatch", "2,300"),
            ("01-efe-wire-rescue.txt", "inconsistent", "2,300"),
            ("01-efe-wire-rescue.txt", "acronym-mismatch", "ONEMI"),
            ("02-decade-after.md", "fact-mismatch", "27 days"),
            ("02-decade-after.md", "inconsistent", "27 days"),
            (
                "02-decade-after.md",
                "fact-mismatch",
                "more than 40 per cent",
            ),
            ("02-decade-after.md", "fact-mismatch", "six years ago"),
            ("02-decade-after.md", "inconsistent", "six years ago"),
            ("03-profile-urzua.txt", "invalid-date", "31 September 2010"),
            ("03-profile-urzua.txt", "fact-mismatch", "79 days"),
            ("03-profile-urzua.txt", "inconsistent", "79 days"),
            (
                "03-profile-urzua.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("04-timeline.md", "fact-mismatch", "23 August 2010"),
            ("04-timeline.md", "inconsistent", "23 August 2010"),
            ("04-timeline.md", "fact-mismatch", "four"),
            ("04-timeline.md", "inconsistent", "four"),
            ("04-timeline.md", "inconsistent", "about 250"),
            ("05-opinion.txt", "inconsistent", "200 million"),
            ("05-opinion.txt", "anachronism", "25 October 2020"),
        ],
    );
}

#[test]
fn ussr_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the end of the Soviet Union (round 38), scored on the
    // session's starting build: 13 of 14 planted errors, no false alarm.
    // The miss, fixed since: "signed a protocol on 12 December" in an
    // explainer of 2016, named by the generic "summit", was read in 2016
    // and so taken for another summit, a decade and more from 1991.
    assert_pack_finds(
        "ussr",
        &[
            ("01-tass-alma-ata.txt", "acronym-mismatch", "SNG"),
            ("01-tass-alma-ata.txt", "fact-mismatch", "12"),
            ("01-tass-alma-ata.txt", "inconsistent", "12"),
            (
                "02-anniversary-essay.txt",
                "weekday-mismatch",
                "Saturday, 8 December 1991",
            ),
            ("02-anniversary-essay.txt", "fact-mismatch", "1924"),
            ("02-anniversary-essay.txt", "inconsistent", "1924"),
            ("02-anniversary-essay.txt", "fact-mismatch", "74 years"),
            ("02-anniversary-essay.txt", "inconsistent", "74 years"),
            (
                "03-obituary-shushkevich.txt",
                "fact-mismatch",
                "26 December 1991",
            ),
            (
                "03-obituary-shushkevich.txt",
                "inconsistent",
                "26 December 1991",
            ),
            (
                "03-obituary-shushkevich.txt",
                "anachronism",
                "26 January 2024",
            ),
            ("04-explainer.md", "fact-mismatch", "16"),
            ("04-explainer.md", "inconsistent", "16"),
            ("04-explainer.md", "invalid-date", "31 September 1991"),
            ("04-explainer.md", "fact-mismatch", "12 December"),
            ("04-explainer.md", "inconsistent", "12 December"),
            ("05-column-gorbachev.txt", "fact-mismatch", "36 years ago"),
            ("05-column-gorbachev.txt", "inconsistent", "36 years ago"),
            (
                "05-column-gorbachev.txt",
                "wrong-name",
                "Union of Socialist Soviet Republics",
            ),
            ("05-column-gorbachev.txt", "fact-mismatch", "84 per cent"),
            ("05-column-gorbachev.txt", "inconsistent", "84 per cent"),
            ("05-column-gorbachev.txt", "inconsistent", "56 billion"),
        ],
    );
}

#[test]
fn madoff_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Madoff fraud (round 39: court reporting with many
    // dated steps of one case, science-style measurements, earnings-style
    // quarters, sports scores beside the facts), scored on the session's
    // starting build: 13 of 14 planted errors, no false alarm. The miss,
    // fixed since: "inmate No. 61727-054. He pleaded guilty to 13 felony
    // counts": the full stop of "No." before a number ended a sentence, so
    // "He" stood for nothing.
    assert_pack_finds(
        "madoff",
        &[
            (
                "01-court-plea.txt",
                "weekday-mismatch",
                "Wednesday, Dec. 11, 2008",
            ),
            ("01-court-plea.txt", "fact-mismatch", "Dec. 12, 2008"),
            ("01-court-plea.txt", "inconsistent", "Dec. 12, 2008"),
            (
                "01-court-plea.txt",
                "wrong-name",
                "Securities Investor Protection Commission",
            ),
            ("02-wire-sentencing.txt", "fact-mismatch", "170.8 million"),
            ("02-wire-sentencing.txt", "inconsistent", "170.8 million"),
            ("02-wire-sentencing.txt", "acronym-mismatch", "NASD"),
            ("02-wire-sentencing.txt", "anachronism", "July 14, 2009"),
            ("03-explainer.md", "fact-mismatch", "three years ago"),
            ("03-explainer.md", "inconsistent", "three years ago"),
            ("03-explainer.md", "invalid-date", "30 February 2020"),
            ("03-explainer.md", "fact-mismatch", "68.4 billion"),
            ("04-feature-ten-years.txt", "inconsistent", "about 8,400"),
            ("04-feature-ten-years.txt", "fact-mismatch", "13"),
            ("04-feature-ten-years.txt", "inconsistent", "13"),
            ("04-feature-ten-years.txt", "fact-mismatch", "1970"),
            ("04-feature-ten-years.txt", "inconsistent", "1970"),
            ("05-obituary.md", "fact-mismatch", "Dec. 12, 2008"),
            ("05-obituary.md", "inconsistent", "Dec. 12, 2008"),
            ("05-obituary.md", "fact-mismatch", "13 years"),
            ("05-obituary.md", "inconsistent", "13 years"),
        ],
    );
}

#[test]
fn curiosity_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Curiosity rover (round 39), scored on the
    // session's starting build: all 14 planted errors, one false alarm,
    // fixed since: "In December it announced Mars 2020, a second rover" in
    // a column of 2013 read "2020" as an anachronism (a year of a name
    // dates nothing).
    assert_pack_finds(
        "curiosity",
        &[
            ("01-release-landing.txt", "fact-mismatch", "1,982"),
            ("01-release-landing.txt", "inconsistent", "1,982"),
            ("01-release-landing.txt", "acronym-mismatch", "MRO"),
            ("01-release-landing.txt", "fact-mismatch", "576 million"),
            ("01-release-landing.txt", "inconsistent", "576 million"),
            (
                "02-science-soil-water.md",
                "invalid-date",
                "31 September 2012",
            ),
            (
                "02-science-soil-water.md",
                "wrong-name",
                "Sample Analysis on Mars",
            ),
            (
                "02-science-soil-water.md",
                "fact-mismatch",
                "about 5 per cent",
            ),
            (
                "02-science-soil-water.md",
                "inconsistent",
                "about 5 per cent",
            ),
            (
                "03-anniversary-ten-years.txt",
                "weekday-mismatch",
                "Sunday, 6 August 2012",
            ),
            (
                "03-anniversary-ten-years.txt",
                "fact-mismatch",
                "ten years ago",
            ),
            (
                "03-anniversary-ten-years.txt",
                "inconsistent",
                "ten years ago",
            ),
            (
                "03-anniversary-ten-years.txt",
                "fact-mismatch",
                "February 2014",
            ),
            (
                "03-anniversary-ten-years.txt",
                "inconsistent",
                "February 2014",
            ),
            ("04-explainer-mount-sharp.md", "fact-mismatch", "145"),
            ("04-explainer-mount-sharp.md", "inconsistent", "145"),
            ("04-explainer-mount-sharp.md", "fact-mismatch", "98 days"),
            (
                "05-column-budget.txt",
                "fact-mismatch",
                "about $2.5 million",
            ),
            ("05-column-budget.txt", "inconsistent", "about $2.5 million"),
            ("05-column-budget.txt", "inconsistent", "40 million"),
            ("05-column-budget.txt", "anachronism", "12 March 2013"),
        ],
    );
}

#[test]
fn nokia_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Microsoft's purchase of Nokia's phones (round 39),
    // scored on the session's starting build: 13 of 14 planted errors, two
    // false alarms (one claim), fixed since: "is made up of €3.79 billion
    // for the business and €1.65 billion for a licence" took the first
    // part for the whole price. The miss is pinned, by design: the pack
    // excludes "brand" from the licence, and its sentence names "the
    // brands" ("Microsoft paid €2.65 billion for the patent licence, …
    // and the rest of the price for the factories, the brands and the
    // staff").
    assert_pack_finds(
        "nokia",
        &[
            ("01-wire-deal.txt", "fact-mismatch", "February 2012"),
            ("01-wire-deal.txt", "inconsistent", "February 2012"),
            (
                "01-wire-deal.txt",
                "wrong-name",
                "European Competition Commission",
            ),
            ("02-earnings-q4.md", "invalid-date", "31 June 2015"),
            ("02-earnings-q4.md", "fact-mismatch", "three years ago"),
            ("02-earnings-q4.md", "inconsistent", "three years ago"),
            ("02-earnings-q4.md", "inconsistent", "28.8 million"),
            ("03-analysis.txt", "acronym-mismatch", "MIIT"),
            ("03-analysis.txt", "fact-mismatch", "89 per cent"),
            ("03-analysis.txt", "inconsistent", "89 per cent"),
            ("03-analysis.txt", "anachronism", "25 April 2014"),
            ("04-timeline.md", "fact-mismatch", "25 March 2014"),
            ("04-timeline.md", "inconsistent", "25 March 2014"),
            ("04-timeline.md", "fact-mismatch", "8,700"),
            (
                "05-retrospective.txt",
                "weekday-mismatch",
                "Monday, 3 September 2013",
            ),
            ("05-retrospective.txt", "fact-mismatch", "more than 30,000"),
            ("05-retrospective.txt", "inconsistent", "more than 30,000"),
            ("05-retrospective.txt", "fact-mismatch", "more than a year"),
        ],
    );
}

#[test]
fn higgs_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Higgs boson (round 40: statistics-heavy copy,
    // tables, points beside percentages, ranks, rates and running totals),
    // scored on the session's starting build: 12 of 14 planted errors,
    // four false alarms (two claims). Fixed since: "ATLAS reported 5.0
    // sigma and CMS 4.9" read 4.9 as the CMS detector's weight (a count
    // beside a proper name is no count of it); "Brout died last year",
    // after a sentence naming Higgs, was read as Higgs's death (a cue
    // right after a name the text writes as one elsewhere, in a sentence
    // that names no subject and does not refer back, is that name's).
    // Found since: "a hunt … that had lasted more than 50 years." (the
    // next paragraph's "Earlier" was read as making it an offset). Missed
    // by design: "prize money of 10 million Swedish kronor" against 8
    // million (a round "10 million" is 7.5 to 12.5 million).
    assert_pack_finds(
        "higgs",
        &[
            (
                "01-wire-discovery.txt",
                "fact-mismatch",
                "more than 50 years",
            ),
            (
                "01-wire-discovery.txt",
                "fact-mismatch",
                "19 September 2009",
            ),
            (
                "01-wire-discovery.txt",
                "wrong-name",
                "European Centre for Nuclear Research",
            ),
            ("02-explainer-by-numbers.md", "fact-mismatch", "1,400"),
            ("02-explainer-by-numbers.md", "inconsistent", "1,400"),
            ("02-explainer-by-numbers.md", "fact-mismatch", "about 10%"),
            ("02-explainer-by-numbers.md", "inconsistent", "about 10%"),
            (
                "02-explainer-by-numbers.md",
                "invalid-date",
                "31 November 2009",
            ),
            ("03-anniversary-ten-years.txt", "anachronism", "5 July 2022"),
            ("03-anniversary-ten-years.txt", "fact-mismatch", "135"),
            ("03-anniversary-ten-years.txt", "inconsistent", "135"),
            ("04-profile-peter-higgs.md", "fact-mismatch", "11 years ago"),
            ("04-profile-peter-higgs.md", "inconsistent", "11 years ago"),
            (
                "04-profile-peter-higgs.md",
                "weekday-mismatch",
                "Wednesday, 8 October 2013",
            ),
            (
                "05-opinion-collider-funding.txt",
                "inconsistent",
                "25 billion",
            ),
            (
                "05-opinion-collider-funding.txt",
                "fact-mismatch",
                "April 2023",
            ),
            (
                "05-opinion-collider-funding.txt",
                "inconsistent",
                "April 2023",
            ),
            (
                "05-opinion-collider-funding.txt",
                "acronym-mismatch",
                "EPSRC",
            ),
        ],
    );
}

#[test]
fn bolt_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Usain Bolt's records (round 40), scored on the
    // session's starting build: 9 of 14 planted errors, no false alarm.
    // Found since: two wrong times in seconds (a decimal duration is as
    // precise as its last digit, not read to half a second) and "Court of
    // Arbitration for Sports" (a right name, plural, is no excuse for the
    // wrong one), and "needed only 44 strides" (what it took, not what was
    // wanted), and "$5 million" a year against "$10 million" twice (a
    // round "10 million" was read as 5 to 15 million; a round number is
    // now read no further than a quarter either side, 7.5 to 12.5).
    assert_pack_finds(
        "bolt",
        &[
            ("01-wire-berlin.txt", "fact-mismatch", "50,000"),
            ("01-wire-berlin.txt", "inconsistent", "50,000"),
            ("01-wire-berlin.txt", "anachronism", "20 August 2009"),
            (
                "02-fastest-times.md",
                "weekday-mismatch",
                "16 August 2009, a Saturday",
            ),
            ("02-fastest-times.md", "fact-mismatch", "9.72 seconds"),
            ("02-fastest-times.md", "fact-mismatch", "20 August 2008"),
            ("02-fastest-times.md", "inconsistent", "20 August 2008"),
            ("03-anniversary.txt", "fact-mismatch", "eight years ago"),
            ("03-anniversary.txt", "inconsistent", "eight years ago"),
            ("03-anniversary.txt", "fact-mismatch", "9.68 seconds"),
            ("03-anniversary.txt", "inconsistent", "9.68 seconds"),
            ("03-anniversary.txt", "fact-mismatch", "44"),
            ("04-profile.md", "fact-mismatch", "nine"),
            ("04-profile.md", "inconsistent", "nine"),
            (
                "04-profile.md",
                "wrong-name",
                "Court of Arbitration for Sports",
            ),
            ("04-profile.md", "invalid-date", "31 June 2017"),
            ("05-column.txt", "fact-mismatch", "14"),
            ("05-column.txt", "inconsistent", "14"),
            ("05-column.txt", "acronym-mismatch", "IOC"),
            ("05-column.txt", "inconsistent", "5 million"),
        ],
    );
}

#[test]
fn facebookipo_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Facebook's listing (round 40), scored on the
    // session's starting build: all 14 planted errors, no false alarm.
    assert_pack_finds(
        "facebookipo",
        &[
            ("01-wire-debut.txt", "fact-mismatch", "45"),
            ("01-wire-debut.txt", "inconsistent", "45"),
            (
                "02-explainer-league-table.md",
                "fact-mismatch",
                "140 billion",
            ),
            (
                "02-explainer-league-table.md",
                "inconsistent",
                "140 billion",
            ),
            ("02-explainer-league-table.md", "fact-mismatch", "1.7%"),
            ("02-explainer-league-table.md", "acronym-mismatch", "NASD"),
            (
                "03-analysis-one-year-on.txt",
                "weekday-mismatch",
                "Thursday, 18 May 2012",
            ),
            (
                "03-analysis-one-year-on.txt",
                "invalid-date",
                "31 June 2012",
            ),
            ("03-analysis-one-year-on.txt", "fact-mismatch", "40 million"),
            ("03-analysis-one-year-on.txt", "inconsistent", "40 million"),
            ("03-analysis-one-year-on.txt", "anachronism", "29 May 2013"),
            ("04-feature-ten-years-on.md", "fact-mismatch", "16 May 2012"),
            ("04-feature-ten-years-on.md", "inconsistent", "16 May 2012"),
            ("04-feature-ten-years-on.md", "fact-mismatch", "90 minutes"),
            ("04-feature-ten-years-on.md", "inconsistent", "90 minutes"),
            ("04-feature-ten-years-on.md", "inconsistent", "657 million"),
            (
                "04-feature-ten-years-on.md",
                "wrong-name",
                "Securities Exchange Commission",
            ),
            ("05-column-uber.txt", "fact-mismatch", "Eight years ago"),
            ("05-column-uber.txt", "inconsistent", "Eight years ago"),
            ("05-column-uber.txt", "fact-mismatch", "38.32"),
            ("05-column-uber.txt", "inconsistent", "38.32"),
        ],
    );
}

/// Regression (round 41, woodstock): a year-less date after a sentence
/// that writes a year decades before the article's ("In 1969 …. By the
/// time Hendrix took the stage on 17 August", in an article of 18 August
/// 2024) was read as any day from 1969 to 2025, the hull of its readings,
/// and contradicted nothing. The paragraph's year is kept as a reading of
/// its own where it is more than a year from the article's.
#[test]
fn a_year_less_date_read_in_a_far_paragraph_year_is_checked() {
    let yaml = r#"
subjects:
  - id: hendrix
    name: Jimi Hendrix's set at Woodstock
    aliases: [Hendrix]
facts:
  - id: hendrix.set
    subject: hendrix
    kind: date
    value: 1969-08-18
    cues: [took the stage]
    source: liner notes
"#;
    let rules = rules::load(&[("h.yaml".to_string(), yaml.to_string())]).unwrap();
    let text = |day: &str| {
        check_text(
            &rules,
            &format!(
                "Festival\n\n18 August 2024\n\nIn 1969 the festival ran long. By the time Hendrix took the stage on {day}, most of the crowd had gone home.\n"
            ),
        )
    };
    assert_eq!(text("18 August"), []);
    assert_eq!(
        text("17 August"),
        owned(&[("t.txt", "fact-mismatch", "17 August")])
    );
}

/// Regression (round 41, kashmir; thaicave's pinned miss): a weekday alone
/// was read as any day of a week either side of the article's, and so
/// contradicted no fact: "the earthquake struck on Friday morning" of a
/// quake on Saturday 8 October, in an article of that Saturday. It is read
/// as that weekday, the one of its window nearest the fact, and what it
/// contradicts is advice (the day the article was written may not be its
/// date). Of days as near, the one the text was read as is taken: "on
/// Monday" in a Monday's article agrees with "12 November" of a fact
/// that is the whole month.
#[test]
fn a_weekday_alone_is_that_weekday_and_contradicts_as_advice() {
    let yaml = r#"
subjects:
  - id: quake
    name: The Kashmir earthquake
    aliases: [earthquake, Kashmir earthquake]
  - id: report
    name: The Cullen report
    aliases: [Cullen report]
facts:
  - id: quake.date
    subject: quake
    kind: date
    value: 2005-10-08
    cues: [struck]
    source: USGS
  - id: report.published
    subject: report
    kind: date
    value: 1990-11
    cues: [published]
    source: HMSO
"#;
    let rules = rules::load(&[("k.yaml".to_string(), yaml.to_string())]).unwrap();
    let quake = |day: &str| {
        let doc = text_doc(
            "t.txt",
            &format!(
                "ISLAMABAD, 8 October 2005 — The Kashmir earthquake struck on {day} morning.\n"
            ),
        );
        let report = claimlint::check(vec![doc], &rules);
        report
            .findings
            .iter()
            .map(|f| (f.code, f.severity))
            .collect::<Vec<_>>()
    };
    assert_eq!(quake("Saturday"), []);
    assert_eq!(
        quake("Friday"),
        [("fact-mismatch", claimlint::checks::Severity::Advice)]
    );
    let docs = vec![
        text_doc(
            "a.txt",
            "EDINBURGH, 12 November 1990 — Lord Cullen on Monday published the Cullen report.\n",
        ),
        text_doc(
            "b.txt",
            "LONDON, 1 December 1990 — The Cullen report was published on 12 November 1990.\n",
        ),
    ];
    assert_eq!(found(&claimlint::check(docs, &rules)), []);
}

#[test]
fn sputnik_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 41: live blogs with timestamped updates,
    // obituaries, Q&A explainers, quotations and correction notes),
    // scored on the session's starting build: all 14 planted errors, two false alarms
    // (one claim), fixed since: "Explorer 1 weighed just under 14 kilograms,
    // about a sixth as much as Sputnik" (a subject named only as what an
    // amount is compared with is not what it measures).
    assert_pack_finds(
        "sputnik",
        &[
            ("01-liveblog-sputnik-60.md", "fact-mismatch", "61 years ago"),
            ("01-liveblog-sputnik-60.md", "inconsistent", "61 years ago"),
            ("01-liveblog-sputnik-60.md", "fact-mismatch", "12 days"),
            ("01-liveblog-sputnik-60.md", "inconsistent", "12 days"),
            ("02-obituary-van-allen.txt", "fact-mismatch", "1916"),
            (
                "02-obituary-van-allen.txt",
                "weekday-mismatch",
                "Saturday, 31 January 1958",
            ),
            (
                "02-obituary-van-allen.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("03-qa-laika.md", "invalid-date", "31 November 1957"),
            ("03-qa-laika.md", "fact-mismatch", "five to seven days"),
            ("03-qa-laika.md", "acronym-mismatch", "JPL"),
            ("04-feature-baikonur.txt", "fact-mismatch", "58"),
            ("04-feature-baikonur.txt", "inconsistent", "58"),
            ("04-feature-baikonur.txt", "fact-mismatch", "January 1968"),
            ("04-feature-baikonur.txt", "inconsistent", "January 1968"),
            ("04-feature-baikonur.txt", "inconsistent", "about 40"),
            ("05-opinion-nasa-50.txt", "fact-mismatch", "3 December 1957"),
            ("05-opinion-nasa-50.txt", "inconsistent", "3 December 1957"),
            ("05-opinion-nasa-50.txt", "fact-mismatch", "10 million"),
            ("05-opinion-nasa-50.txt", "anachronism", "23 March 2011"),
        ],
    );
}

#[test]
fn woodstock_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 41: live blogs with timestamped updates,
    // obituaries, Q&A explainers, quotations and correction notes),
    // scored on the session's starting build: 13 of 14 planted errors, two
    // false alarms (one claim), both fixed since: a correction note's "An
    // earlier version of this column said that Max Yasgur's farm covered
    // 60 acres" claims nothing; and "By the time Hendrix took the stage on
    // 17 August", after "In 1969", in an article of 2024, is checked (the
    // paragraph's year is a reading of its own, not joined to the
    // article's across decades).
    assert_pack_finds(
        "woodstock",
        &[
            ("01-liveblog.md", "fact-mismatch", "8"),
            ("01-liveblog.md", "inconsistent", "8"),
            (
                "01-liveblog.md",
                "weekday-mismatch",
                "Tuesday, 31 July 2019",
            ),
            ("01-liveblog.md", "fact-mismatch", "three years ago"),
            ("02-obituary-lang.txt", "fact-mismatch", "11 December 1946"),
            ("02-obituary-lang.txt", "inconsistent", "11 December 1946"),
            ("02-obituary-lang.txt", "acronym-mismatch", "MTA"),
            ("02-obituary-lang.txt", "fact-mismatch", "June 2019"),
            ("02-obituary-lang.txt", "inconsistent", "June 2019"),
            ("03-qa-explainer.md", "invalid-date", "31 June 2019"),
            ("03-qa-explainer.md", "anachronism", "16 August 2019"),
            ("03-qa-explainer.md", "fact-mismatch", "about 86,000"),
            ("03-qa-explainer.md", "inconsistent", "about 86,000"),
            ("04-feature.txt", "inconsistent", "50,000"),
            ("04-feature.txt", "fact-mismatch", "800,000"),
            (
                "04-feature.txt",
                "wrong-name",
                "National Registry of Historic Places",
            ),
            ("05-opinion.txt", "fact-mismatch", "some 250,000"),
            ("05-opinion.txt", "inconsistent", "some 250,000"),
            ("05-opinion.txt", "fact-mismatch", "17 August"),
            ("05-opinion.txt", "inconsistent", "17 August"),
        ],
    );
}

#[test]
fn wright_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 41: live blogs with timestamped updates,
    // obituaries, Q&A explainers, quotations and correction notes),
    // scored on the session's starting build: all 14 planted errors, no
    // false alarm.
    assert_pack_finds(
        "wright",
        &[
            (
                "01-liveblog-centennial.txt",
                "weekday-mismatch",
                "Wednesday, 17 December 1903",
            ),
            ("01-liveblog-centennial.txt", "fact-mismatch", "825"),
            ("01-liveblog-centennial.txt", "inconsistent", "825"),
            (
                "01-liveblog-centennial.txt",
                "inconsistent",
                "about $10,000",
            ),
            ("02-obituary-orville.txt", "anachronism", "1992"),
            ("02-obituary-orville.txt", "fact-mismatch", "77"),
            ("02-obituary-orville.txt", "inconsistent", "77"),
            ("03-qa-explainer.md", "fact-mismatch", "seven"),
            ("03-qa-explainer.md", "invalid-date", "31 September 1903"),
            ("03-qa-explainer.md", "acronym-mismatch", "NASA"),
            ("03-qa-explainer.md", "fact-mismatch", "30 May 1913"),
            ("03-qa-explainer.md", "inconsistent", "30 May 1913"),
            ("04-feature-mars.md", "fact-mismatch", "102"),
            ("04-feature-mars.md", "inconsistent", "102"),
            ("04-feature-mars.md", "fact-mismatch", "57 seconds"),
            ("04-feature-mars.md", "inconsistent", "57 seconds"),
            (
                "04-feature-mars.md",
                "wrong-name",
                "National Air and Space Administration",
            ),
            ("05-opinion.txt", "fact-mismatch", "500,000"),
            ("05-opinion.txt", "inconsistent", "500,000"),
            ("05-opinion.txt", "fact-mismatch", "17 December 1949"),
            ("05-opinion.txt", "inconsistent", "17 December 1949"),
        ],
    );
}

#[test]
fn kashmir_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 41: live blogs with timestamped updates,
    // obituaries, Q&A explainers, quotations and correction notes),
    // scored on the session's starting build: 13 of 14 planted errors, no
    // false alarm. Found since, as advice: "the earthquake struck Kashmir
    // on Friday morning" of a Saturday's quake (a weekday alone is read
    // as that weekday).
    assert_pack_finds(
        "kashmir",
        &[
            (
                "01-liveblog-day-one.txt",
                "weekday-mismatch",
                "Monday 9 October 2005",
            ),
            ("01-liveblog-day-one.txt", "fact-mismatch", "6.7"),
            ("01-liveblog-day-one.txt", "inconsistent", "6.7"),
            ("01-liveblog-day-one.txt", "fact-mismatch", "Friday morning"),
            ("01-liveblog-day-one.txt", "inconsistent", "Friday morning"),
            ("02-obituary-musharraf.md", "fact-mismatch", "37,000"),
            ("02-obituary-musharraf.md", "inconsistent", "37,000"),
            (
                "02-obituary-musharraf.md",
                "fact-mismatch",
                "19 December 2005",
            ),
            // against "… on 19 November 2005, governments and lenders
            // pledged": one word before "and" is no clause
            (
                "02-obituary-musharraf.md",
                "inconsistent",
                "19 December 2005",
            ),
            (
                "03-explainer-ten-years.md",
                "wrong-name",
                "Earthquake Rehabilitation and Reconstruction Authority",
            ),
            ("03-explainer-ten-years.md", "invalid-date", "31 April 2006"),
            ("03-explainer-ten-years.md", "acronym-mismatch", "WHO"),
            ("03-explainer-ten-years.md", "fact-mismatch", "6.8 billion"),
            ("03-explainer-ten-years.md", "inconsistent", "6.8 billion"),
            ("04-feature-balakot.txt", "fact-mismatch", "300,000"),
            ("04-feature-balakot.txt", "inconsistent", "300,000"),
            ("04-feature-balakot.txt", "fact-mismatch", "February 2006"),
            ("04-feature-balakot.txt", "inconsistent", "February 2006"),
            ("04-feature-balakot.txt", "anachronism", "8 October 2026"),
            ("05-opinion-donors.txt", "fact-mismatch", "272 million"),
            ("05-opinion-donors.txt", "inconsistent", "8,000"),
        ],
    );
}

#[test]
fn dolly_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 42: science and health copy, study results with
    // confidence intervals, units and conversions in brackets, numbers in
    // words, journal dates and embargoes, other studies' figures beside),
    // scored on the session's starting build: all 14 planted errors, no
    // false alarm.
    assert_pack_finds(
        "dolly",
        &[
            (
                "01-study-news.txt",
                "fact-mismatch",
                "five and a half years",
            ),
            ("01-study-news.txt", "inconsistent", "five and a half years"),
            ("01-study-news.txt", "fact-mismatch", "15–20 years"),
            ("01-study-news.txt", "inconsistent", "15–20 years"),
            ("02-explainer.md", "fact-mismatch", "3.6 per cent"),
            ("02-explainer.md", "inconsistent", "3.6 per cent"),
            ("02-explainer.md", "fact-mismatch", "July 2017"),
            ("02-explainer.md", "inconsistent", "July 2017"),
            (
                "02-explainer.md",
                "wrong-name",
                "Human Fertility and Embryology Authority",
            ),
            ("03-feature.txt", "fact-mismatch", "25 years ago"),
            ("03-feature.txt", "inconsistent", "25 years ago"),
            ("03-feature.txt", "acronym-mismatch", "MRC"),
            ("03-feature.txt", "inconsistent", "3.2 million"),
            ("04-wire.txt", "weekday-mismatch", "Thursday, 5 July 1996"),
            ("04-wire.txt", "fact-mismatch", "Twenty-nine"),
            ("04-wire.txt", "inconsistent", "Twenty-nine"),
            ("04-wire.txt", "anachronism", "Thursday, 27 February 1997"),
            ("05-retrospective.md", "fact-mismatch", "22 February 1998"),
            ("05-retrospective.md", "inconsistent", "22 February 1998"),
            ("05-retrospective.md", "fact-mismatch", "seven"),
            ("05-retrospective.md", "inconsistent", "seven"),
            ("05-retrospective.md", "invalid-date", "31 April 1998"),
        ],
    );
}

#[test]
fn vaccine_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 42: science and health copy, study results with
    // confidence intervals, units and conversions in brackets, numbers in
    // words, journal dates and embargoes, other studies' figures beside),
    // scored on the session's starting build: 12 of 14 planted errors, four
    // false alarms (three claims), fixed since: "the Medicines and
    // Healthcare products Regulatory Agency (MHRA)" twice (a listed name
    // with a word in lower case is matched whole), and "outside a clinical
    // trial on Tuesday, as Britain began a vaccination programme" read as
    // the trial's start (the verb's object decides a tie). Found since:
    // "announced the final results … on 16 November 2020" (a verb that
    // cues the fact itself makes no object of another cue's), and "90 per
    // cent effective" against 95 (a round percentage is read no further
    // than two and a half points either side: 87.5-92.5, not 85-95).
    assert_pack_finds(
        "vaccine",
        &[
            (
                "01-science-final-results.txt",
                "fact-mismatch",
                "11 November",
            ),
            (
                "01-science-final-results.txt",
                "inconsistent",
                "11 November",
            ),
            ("01-science-final-results.txt", "fact-mismatch", "41,135"),
            ("01-science-final-results.txt", "inconsistent", "41,135"),
            ("02-explainer-uk-approval.md", "acronym-mismatch", "MRHA"),
            ("02-explainer-uk-approval.md", "fact-mismatch", "94"),
            ("02-explainer-uk-approval.md", "inconsistent", "94"),
            ("02-explainer-uk-approval.md", "fact-mismatch", "28 days"),
            ("02-explainer-uk-approval.md", "inconsistent", "28 days"),
            ("03-feature-trial-site.txt", "fact-mismatch", "27 June 2020"),
            ("03-feature-trial-site.txt", "inconsistent", "27 June 2020"),
            ("03-feature-trial-site.txt", "inconsistent", "15"),
            (
                "03-feature-trial-site.txt",
                "wrong-name",
                "Joint Committee on Vaccines and Immunisation",
            ),
            (
                "03-feature-trial-site.txt",
                "invalid-date",
                "31 November 2020",
            ),
            ("04-wire-first-jab.txt", "fact-mismatch", "90 per cent"),
            ("04-wire-first-jab.txt", "inconsistent", "90 per cent"),
            ("04-wire-first-jab.txt", "anachronism", "10 December 2020"),
            (
                "05-anniversary-v-day.md",
                "fact-mismatch",
                "16 November 2020",
            ),
            (
                "05-anniversary-v-day.md",
                "inconsistent",
                "16 November 2020",
            ),
            (
                "05-anniversary-v-day.md",
                "weekday-mismatch",
                "Tuesday, 2 December 2020",
            ),
            ("05-anniversary-v-day.md", "fact-mismatch", "1.59 billion"),
            ("05-anniversary-v-day.md", "inconsistent", "1.59 billion"),
        ],
    );
}

#[test]
fn ozone_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 42: science and health copy, study results with
    // confidence intervals, units and conversions in brackets, numbers in
    // words, journal dates and embargoes, other studies' figures beside),
    // scored on the session's starting build: all 14 planted errors, no
    // false alarm.
    assert_pack_finds(
        "ozone",
        &[
            (
                "01-science-news.txt",
                "weekday-mismatch",
                "Wednesday, 30 June 2016",
            ),
            ("01-science-news.txt", "fact-mismatch", "1989"),
            ("01-science-news.txt", "inconsistent", "1989"),
            ("02-health-explainer.md", "acronym-mismatch", "TEAP"),
            (
                "02-health-explainer.md",
                "fact-mismatch",
                "nearly 90 per cent",
            ),
            (
                "02-health-explainer.md",
                "inconsistent",
                "nearly 90 per cent",
            ),
            (
                "02-health-explainer.md",
                "fact-mismatch",
                "Thirty-five years ago this week",
            ),
            (
                "02-health-explainer.md",
                "inconsistent",
                "Thirty-five years ago this week",
            ),
            ("03-feature-halley.txt", "fact-mismatch", "14 May 1985"),
            ("03-feature-halley.txt", "inconsistent", "14 May 1985"),
            (
                "03-feature-halley.txt",
                "wrong-name",
                "National Oceanographic and Atmospheric Administration",
            ),
            ("03-feature-halley.txt", "invalid-date", "31 September 1984"),
            ("04-wire.txt", "fact-mismatch", "2045–2050"),
            ("04-wire.txt", "inconsistent", "2045–2050"),
            ("04-wire.txt", "inconsistent", "24.9 million"),
            ("04-wire.txt", "fact-mismatch", "1 January 1990"),
            ("04-wire.txt", "inconsistent", "1 January 1990"),
            ("05-anniversary.md", "fact-mismatch", "June 1975"),
            ("05-anniversary.md", "fact-mismatch", "25 years"),
            ("05-anniversary.md", "anachronism", "20 May 2025"),
        ],
    );
}

#[test]
fn barnard_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 42: science and health copy, study results with
    // confidence intervals, units and conversions in brackets, numbers in
    // words, journal dates and embargoes, other studies' figures beside),
    // scored on the session's starting build: all 14 planted errors, two
    // false alarms (one claim), fixed since: "So many recipients died …
    // that by 1970 only 18 operations were attempted" was read as 1968's
    // hundred transplants ("that" before a preposition opens a clause, and
    // refers back to nothing).
    assert_pack_finds(
        "barnard",
        &[
            ("01-study-survival.md", "invalid-date", "31 June 2023"),
            ("01-study-survival.md", "anachronism", "14 June 2024"),
            ("01-study-survival.md", "acronym-mismatch", "OPTN"),
            ("02-explainer.md", "fact-mismatch", "70 per cent"),
            ("02-explainer.md", "inconsistent", "70 per cent"),
            ("02-explainer.md", "fact-mismatch", "21 days"),
            ("02-explainer.md", "inconsistent", "21 days"),
            (
                "02-explainer.md",
                "wrong-name",
                "International Society of Heart and Lung Transplantation",
            ),
            (
                "03-feature-centenary.txt",
                "fact-mismatch",
                "23 December 1967",
            ),
            ("03-feature-centenary.txt", "inconsistent", "Fifty"),
            (
                "03-feature-centenary.txt",
                "fact-mismatch",
                "1 December 1967",
            ),
            (
                "03-feature-centenary.txt",
                "inconsistent",
                "1 December 1967",
            ),
            (
                "04-wire-obituary.txt",
                "weekday-mismatch",
                "Saturday, 3 December 1967",
            ),
            ("04-wire-obituary.txt", "fact-mismatch", "1948"),
            ("04-wire-obituary.txt", "inconsistent", "1948"),
            ("04-wire-obituary.txt", "fact-mismatch", "29 months"),
            ("04-wire-obituary.txt", "inconsistent", "29 months"),
            ("05-anniversary.txt", "fact-mismatch", "17 years ago"),
            ("05-anniversary.txt", "inconsistent", "17 years ago"),
            ("05-anniversary.txt", "fact-mismatch", "12 January 1968"),
            ("05-anniversary.txt", "inconsistent", "12 January 1968"),
        ],
    );
}

#[test]
fn panamapapers_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 43: counterfactuals, predictions, negations,
    // rhetorical questions, bullet lists, headlines and subheads with
    // figures, comparisons, other events' figures beside the pack's),
    // scored on the session's starting build: all 14 planted errors, no
    // false alarm.
    assert_pack_finds(
        "panamapapers",
        &[
            ("01-news-leak.md", "fact-mismatch", "26"),
            ("01-news-leak.md", "inconsistent", "26"),
            ("01-news-leak.md", "anachronism", "5 April 2016"),
            ("02-wire-iceland.txt", "fact-mismatch", "four years"),
            ("02-wire-iceland.txt", "inconsistent", "four years"),
            ("02-wire-iceland.txt", "fact-mismatch", "More than 600"),
            (
                "02-wire-iceland.txt",
                "wrong-name",
                "International Consortium of Independent Journalists",
            ),
            ("03-analysis-five-years.md", "fact-mismatch", "241,488"),
            ("03-analysis-five-years.md", "fact-mismatch", "1.63 billion"),
            ("03-analysis-five-years.md", "inconsistent", "1.63 billion"),
            ("03-analysis-five-years.md", "fact-mismatch", "March 2019"),
            ("03-analysis-five-years.md", "inconsistent", "March 2019"),
            ("03-analysis-five-years.md", "acronym-mismatch", "OCCRP"),
            (
                "04-qa-mossfon.txt",
                "weekday-mismatch",
                "Monday, 3 April 2016",
            ),
            ("04-qa-mossfon.txt", "fact-mismatch", "14.5 per cent"),
            ("04-qa-mossfon.txt", "invalid-date", "29 February 2017"),
            ("05-opinion.txt", "inconsistent", "some 2,200"),
            ("05-opinion.txt", "fact-mismatch", "seven years ago"),
            ("05-opinion.txt", "inconsistent", "seven years ago"),
        ],
    );
}

#[test]
fn saigon_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 43: counterfactuals, predictions, negations,
    // rhetorical questions, bullet lists, headlines and subheads with
    // figures, comparisons, other events' figures beside the pack's),
    // scored on the session's starting build: all 14 planted errors, no
    // false alarm.
    assert_pack_finds(
        "saigon",
        &[
            (
                "01-wire-anniversary.txt",
                "fact-mismatch",
                "40 years ago today",
            ),
            (
                "01-wire-anniversary.txt",
                "inconsistent",
                "40 years ago today",
            ),
            (
                "01-wire-anniversary.txt",
                "weekday-mismatch",
                "Thursday, 30 April 1975",
            ),
            ("02-analysis-forty-years.md", "fact-mismatch", "1,737"),
            ("02-analysis-forty-years.md", "inconsistent", "1,737"),
            ("02-analysis-forty-years.md", "fact-mismatch", "522 million"),
            ("02-analysis-forty-years.md", "inconsistent", "522 million"),
            (
                "02-analysis-forty-years.md",
                "wrong-name",
                "United Nations High Commission for Refugees",
            ),
            ("02-analysis-forty-years.md", "anachronism", "11 July 2015"),
            ("03-news-saigon-surrenders.txt", "fact-mismatch", "13"),
            ("03-news-saigon-surrenders.txt", "inconsistent", "13"),
            (
                "03-news-saigon-surrenders.txt",
                "fact-mismatch",
                "seven-day",
            ),
            ("03-news-saigon-surrenders.txt", "inconsistent", "seven-day"),
            (
                "03-news-saigon-surrenders.txt",
                "invalid-date",
                "31 April 1975",
            ),
            ("04-qa-last-days.md", "acronym-mismatch", "ARVN"),
            ("04-qa-last-days.md", "fact-mismatch", "25 April 1975"),
            ("04-qa-last-days.md", "inconsistent", "25 April 1975"),
            ("04-qa-last-days.md", "inconsistent", "862"),
            (
                "05-opinion-kabul-saigon.txt",
                "fact-mismatch",
                "more than 70,000",
            ),
            (
                "05-opinion-kabul-saigon.txt",
                "inconsistent",
                "more than 70,000",
            ),
            ("05-opinion-kabul-saigon.txt", "fact-mismatch", "March 1974"),
            ("05-opinion-kabul-saigon.txt", "inconsistent", "March 1974"),
        ],
    );
}

#[test]
fn valdivia_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 43: counterfactuals, predictions, negations,
    // rhetorical questions, bullet lists, headlines and subheads with
    // figures, comparisons, other events' figures beside the pack's),
    // scored on the session's starting build: 12 of 14 planted errors, no
    // false alarm. Found since: the headline "Hilo remembers the wave that
    // took 22 hours to cross the Pacific" and the subhead "Waves hit Hilo
    // on 24 May 1960", which were left to the Japanese tsunami (a name
    // two subjects share is the one's whose context word stands by it).
    assert_pack_finds(
        "valdivia",
        &[
            (
                "01-wire-sixty-years.txt",
                "weekday-mismatch",
                "Saturday, 22 May 1960",
            ),
            (
                "01-wire-sixty-years.txt",
                "fact-mismatch",
                "about three minutes",
            ),
            (
                "01-wire-sixty-years.txt",
                "inconsistent",
                "about three minutes",
            ),
            ("01-wire-sixty-years.txt", "fact-mismatch", "more than 200"),
            ("01-wire-sixty-years.txt", "inconsistent", "more than 200"),
            ("01-wire-sixty-years.txt", "anachronism", "24 May 2020"),
            (
                "02-analysis-maule-valdivia.md",
                "fact-mismatch",
                "about 200,000",
            ),
            (
                "02-analysis-maule-valdivia.md",
                "inconsistent",
                "about 200,000",
            ),
            ("02-analysis-maule-valdivia.md", "fact-mismatch", "16"),
            ("02-analysis-maule-valdivia.md", "inconsistent", "16"),
            ("02-analysis-maule-valdivia.md", "acronym-mismatch", "PTWC"),
            ("03-news-hilo.txt", "fact-mismatch", "22 hours"),
            ("03-news-hilo.txt", "inconsistent", "22 hours"),
            ("03-news-hilo.txt", "fact-mismatch", "24 May 1960"),
            ("03-news-hilo.txt", "inconsistent", "24 May 1960"),
            ("03-news-hilo.txt", "inconsistent", "357"),
            ("04-qa-biggest-quake.md", "fact-mismatch", "65 years ago"),
            ("04-qa-biggest-quake.md", "inconsistent", "65 years ago"),
            (
                "04-qa-biggest-quake.md",
                "wrong-name",
                "National Oceanographic and Atmospheric Administration",
            ),
            (
                "05-opinion-next-valdivia.txt",
                "invalid-date",
                "31 June 1960",
            ),
            ("05-opinion-next-valdivia.txt", "fact-mismatch", "9.2"),
            ("05-opinion-next-valdivia.txt", "inconsistent", "9.2"),
        ],
    );
}

#[test]
fn opera_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 43: counterfactuals, predictions, negations,
    // rhetorical questions, bullet lists, headlines and subheads with
    // figures, comparisons, other events' figures beside the pack's),
    // scored on the session's starting build: all 14 planted errors, no
    // false alarm.
    assert_pack_finds(
        "opera",
        &[
            ("01-wire-heritage.txt", "fact-mismatch", "323"),
            ("01-wire-heritage.txt", "inconsistent", "323"),
            ("01-wire-heritage.txt", "anachronism", "January 2016"),
            ("01-wire-heritage.txt", "acronym-mismatch", "ICOM"),
            ("02-news-concert-hall.md", "fact-mismatch", "1974"),
            ("02-news-concert-hall.md", "inconsistent", "1974"),
            ("02-news-concert-hall.md", "fact-mismatch", "2005"),
            ("02-news-concert-hall.md", "inconsistent", "2005"),
            ("03-analysis-overruns.md", "fact-mismatch", "A$120 million"),
            ("03-analysis-overruns.md", "inconsistent", "A$120 million"),
            ("03-analysis-overruns.md", "fact-mismatch", "16 years"),
            ("03-analysis-overruns.md", "inconsistent", "16 years"),
            ("03-analysis-overruns.md", "inconsistent", "some 1,000"),
            (
                "04-qa-explainer.txt",
                "weekday-mismatch",
                "Sunday, 20 October 1973",
            ),
            ("04-qa-explainer.txt", "invalid-date", "29 February 1966"),
            ("04-qa-explainer.txt", "fact-mismatch", "July 2021"),
            ("04-qa-explainer.txt", "inconsistent", "July 2021"),
            (
                "05-opinion-utzon.txt",
                "fact-mismatch",
                "about 140 per cent",
            ),
            ("05-opinion-utzon.txt", "fact-mismatch", "19 years ago"),
            ("05-opinion-utzon.txt", "inconsistent", "19 years ago"),
            (
                "05-opinion-utzon.txt",
                "wrong-name",
                "World Heritage Commission",
            ),
        ],
    );
}

#[test]
fn cassini_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 44: court, inquiry and anniversary reporting: terms
    // in years, trial and verdict weekdays, ages, totals revised over time,
    // en-dash ranges and non-breaking spaces, other events' figures beside the
    // pack's names), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "cassini",
        &[
            ("01-wire-finale.txt", "fact-mismatch", "249"),
            ("01-wire-finale.txt", "inconsistent", "249"),
            ("01-wire-finale.txt", "acronym-mismatch", "ESA"),
            ("01-wire-finale.txt", "fact-mismatch", "11 years"),
            ("01-wire-finale.txt", "inconsistent", "11 years"),
            (
                "02-court-parachute-fraud.txt",
                "weekday-mismatch",
                "Wednesday, 5 February 2019",
            ),
            (
                "02-court-parachute-fraud.txt",
                "fact-mismatch",
                "12 years ago",
            ),
            (
                "02-court-parachute-fraud.txt",
                "inconsistent",
                "12 years ago",
            ),
            ("02-court-parachute-fraud.txt", "anachronism", "14 May 2019"),
            (
                "03-anniversary-huygens.md",
                "fact-mismatch",
                "three and a half hours",
            ),
            (
                "03-anniversary-huygens.md",
                "inconsistent",
                "three and a half hours",
            ),
            ("03-anniversary-huygens.md", "fact-mismatch", "1665"),
            ("03-anniversary-huygens.md", "inconsistent", "1665"),
            (
                "03-anniversary-huygens.md",
                "wrong-name",
                "European Space Administration",
            ),
            ("04-timeline.txt", "invalid-date", "31 April 1998"),
            ("04-timeline.txt", "fact-mismatch", "26 April 2016"),
            ("04-timeline.txt", "inconsistent", "26 April 2016"),
            ("05-longread-legacy.md", "fact-mismatch", "more than 140"),
            ("05-longread-legacy.md", "inconsistent", "more than 140"),
            ("05-longread-legacy.md", "fact-mismatch", "4.9 billion"),
            ("05-longread-legacy.md", "inconsistent", "4.9 billion"),
            ("05-longread-legacy.md", "inconsistent", "Thirty-seven"),
        ],
    );
}

#[test]
fn lusitania_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 44: court, inquiry and anniversary reporting: terms
    // in years, trial and verdict weekdays, ages, totals revised over time,
    // en-dash ranges and non-breaking spaces, other events' figures beside the
    // pack's names), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "lusitania",
        &[
            (
                "01-wire-centenary.txt",
                "wrong-name",
                "Royal National Lifeboat Institute",
            ),
            ("01-wire-centenary.txt", "fact-mismatch", "1,298"),
            ("01-wire-centenary.txt", "inconsistent", "1,298"),
            ("02-court-mayer.txt", "fact-mismatch", "6,883,479"),
            ("02-court-mayer.txt", "anachronism", "April 6, 1919"),
            ("03-timeline.txt", "fact-mismatch", "100 years ago today"),
            ("03-timeline.txt", "inconsistent", "100 years ago today"),
            ("03-timeline.txt", "fact-mismatch", "7 June 1907"),
            ("03-timeline.txt", "inconsistent", "7 June 1907"),
            ("03-timeline.txt", "fact-mismatch", "10 June 1915"),
            ("03-timeline.txt", "inconsistent", "10 June 1915"),
            (
                "04-anniversary-feature.md",
                "fact-mismatch",
                "more than 800",
            ),
            ("04-anniversary-feature.md", "fact-mismatch", "28 minutes"),
            ("04-anniversary-feature.md", "inconsistent", "28 minutes"),
            ("04-anniversary-feature.md", "acronym-mismatch", "NML"),
            ("05-longread.md", "weekday-mismatch", "Monday, 15 June 1915"),
            ("05-longread.md", "inconsistent", "46"),
            ("05-longread.md", "invalid-date", "31 June 1915"),
            ("05-longread.md", "fact-mismatch", "17 August 1915"),
            ("05-longread.md", "inconsistent", "17 August 1915"),
        ],
    );
}

#[test]
fn madrid_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 44: court, inquiry and anniversary reporting),
    // scored on the session's starting build: all 14 planted errors, and one
    // false alarm left as it is: "the state has since paid out some €350
    // million in compensation" is read as the compensation the rule knows,
    // which is €900,000 for each family. The rule says nothing of what its
    // figure is per, so a total paid out reads as the same fact.
    assert_pack_finds(
        "madrid",
        &[
            (
                "01-wire-trial-opens.txt",
                "weekday-mismatch",
                "Friday, 11 March 2004",
            ),
            ("01-wire-trial-opens.txt", "acronym-mismatch", "PSOE"),
            (
                "01-wire-trial-opens.txt",
                "wrong-name",
                "National Supreme Court",
            ),
            ("02-court-verdict.md", "fact-mismatch", "34,175 years"),
            ("02-court-verdict.md", "inconsistent", "34,175 years"),
            ("02-court-verdict.md", "invalid-date", "29 February 2007"),
            ("02-court-verdict.md", "anachronism", "April 2008"),
            ("03-timeline.txt", "fact-mismatch", "68.7 per cent"),
            ("03-timeline.txt", "inconsistent", "68.7 per cent"),
            ("03-timeline.txt", "fact-mismatch", "15 February 2006"),
            ("03-timeline.txt", "inconsistent", "15 February 2006"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Sunday, 3 April 2004",
            ),
            ("04-anniversary-feature.txt", "inconsistent", "2,800"),
            ("04-anniversary-feature.txt", "fact-mismatch", "2008"),
            ("04-anniversary-feature.txt", "inconsistent", "2008"),
            ("05-longread.md", "fact-mismatch", "201"),
            ("05-longread.md", "inconsistent", "201"),
            ("05-longread.md", "fact-mismatch", "sixteen years ago"),
            ("05-longread.md", "inconsistent", "sixteen years ago"),
            ("05-longread.md", "fact-mismatch", "600,000"),
            ("05-longread.md", "inconsistent", "600,000"),
            ("05-longread.md", "fact-mismatch", "some €350 million"),
            ("05-longread.md", "inconsistent", "some €350 million"),
        ],
    );
}

#[test]
fn beijing2008_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 44: court, inquiry and anniversary reporting),
    // scored on the session's starting build: all 14 planted errors, and one
    // false alarm left as it is, as the documented rule reads it: the relay's
    // only fact is the date its gold was taken back, so its generic names
    // ("relay team") cue that fact (rules/README.md: the name of a subject
    // with a single fact acts as a cue), and the race of 22 August 2008 is read
    // as that date. A pack that gives the relay its race date as a second
    // fact needs a real cue for each.
    assert_pack_finds(
        "beijing2008",
        &[
            ("01-wire-closing.txt", "fact-mismatch", "11,942"),
            ("01-wire-closing.txt", "inconsistent", "11,942"),
            ("01-wire-closing.txt", "anachronism", "6 September 2008"),
            (
                "02-court-hujia.txt",
                "weekday-mismatch",
                "Wednesday, 18 March 2008",
            ),
            ("02-court-hujia.txt", "acronym-mismatch", "HRIC"),
            ("02-court-hujia.txt", "fact-mismatch", "eight years ago"),
            ("02-court-hujia.txt", "inconsistent", "eight years ago"),
            ("03-anniversary.md", "fact-mismatch", "240"),
            ("03-anniversary.md", "inconsistent", "240"),
            ("03-anniversary.md", "fact-mismatch", "9.63 seconds"),
            ("03-anniversary.md", "inconsistent", "9.63 seconds"),
            (
                "03-anniversary.md",
                "wrong-name",
                "International Olympics Committee",
            ),
            ("04-timeline.txt", "fact-mismatch", "65"),
            ("04-timeline.txt", "inconsistent", "65"),
            ("04-timeline.txt", "invalid-date", "31 June 2008"),
            ("04-timeline.txt", "fact-mismatch", "22 August 2008"),
            ("04-timeline.txt", "inconsistent", "22 August 2008"),
            ("04-timeline.txt", "fact-mismatch", "25 January 2016"),
            ("04-timeline.txt", "inconsistent", "25 January 2016"),
            ("05-longread.md", "fact-mismatch", "22 August 2008"),
            ("05-longread.md", "inconsistent", "22 August 2008"),
            ("05-longread.md", "fact-mismatch", "May 2017"),
            ("05-longread.md", "inconsistent", "May 2017"),
            ("05-longread.md", "fact-mismatch", "five years"),
            ("05-longread.md", "inconsistent", "five years"),
            ("05-longread.md", "inconsistent", "4 billion"),
        ],
    );
}

#[test]
fn oresund_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 45: international and translated copy: day-month
    // and month-day orders, numeric and ISO dates, ordinal dates, dates without
    // a year around a new year, fiscal and season years, decimal commas and
    // spaced thousands in quotations, currencies after the amount, metric units
    // with conversions, local names of organisations beside their English
    // names), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "oresund",
        &[
            (
                "01-wire-tt.txt",
                "weekday-mismatch",
                "Wednesday 12 November 2015",
            ),
            ("01-wire-tt.txt", "fact-mismatch", "1999-07-01"),
            ("01-wire-tt.txt", "inconsistent", "1999-07-01"),
            ("02-local-english.md", "fact-mismatch", "nearly two years"),
            ("02-local-english.md", "inconsistent", "nearly two years"),
            ("02-local-english.md", "acronym-mismatch", "SJ"),
            (
                "02-local-english.md",
                "wrong-name",
                "Swedish Transport Authority",
            ),
            ("02-local-english.md", "anachronism", "4 May 2017"),
            ("03-anniversary.txt", "fact-mismatch", "30 years ago"),
            ("03-anniversary.txt", "inconsistent", "30 years ago"),
            ("03-anniversary.txt", "fact-mismatch", "14th of August 1998"),
            ("03-anniversary.txt", "inconsistent", "14th of August 1998"),
            ("03-anniversary.txt", "fact-mismatch", "240"),
            ("03-anniversary.txt", "inconsistent", "240"),
            ("04-factbox.txt", "invalid-date", "31 September 2011"),
            ("04-factbox.txt", "fact-mismatch", "4 January 2017"),
            ("04-factbox.txt", "inconsistent", "4 January 2017"),
            ("05-analysis.md", "fact-mismatch", "November 12, 2016"),
            ("05-analysis.md", "inconsistent", "November 12, 2016"),
            ("05-analysis.md", "inconsistent", "13.1 billion"),
            ("05-analysis.md", "fact-mismatch", "40 per cent"),
            ("05-analysis.md", "inconsistent", "40 per cent"),
        ],
    );
}

#[test]
fn pyeongchang_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 45: international and translated copy: day-month
    // and month-day orders, numeric and ISO dates, ordinal dates, dates without
    // a year around a new year, fiscal and season years, decimal commas and
    // spaced thousands in quotations, currencies after the amount, metric units
    // with conversions, local names of organisations beside their English
    // names), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "pyeongchang",
        &[
            ("01-afp-lausanne.txt", "fact-mismatch", "37"),
            ("01-afp-lausanne.txt", "inconsistent", "37"),
            (
                "01-afp-lausanne.txt",
                "weekday-mismatch",
                "Tuesday, 17 January 2018",
            ),
            ("01-afp-lausanne.txt", "acronym-mismatch", "OAR"),
            (
                "02-gangwon-herald.txt",
                "weekday-mismatch",
                "Saturday, Feb. 25, 2018",
            ),
            (
                "02-gangwon-herald.txt",
                "fact-mismatch",
                "about 1.4 trillion",
            ),
            (
                "02-gangwon-herald.txt",
                "inconsistent",
                "about 1.4 trillion",
            ),
            (
                "02-gangwon-herald.txt",
                "wrong-name",
                "International Olympics Committee",
            ),
            (
                "03-five-years-on.md",
                "fact-mismatch",
                "Six years ago today",
            ),
            ("03-five-years-on.md", "inconsistent", "Six years ago today"),
            ("03-five-years-on.md", "fact-mismatch", "50,000"),
            ("03-five-years-on.md", "inconsistent", "50,000"),
            ("03-five-years-on.md", "inconsistent", "161 billion"),
            ("03-five-years-on.md", "anachronism", "10 February 2023"),
            ("04-factbox-timeline.txt", "fact-mismatch", "6 July 2010"),
            ("04-factbox-timeline.txt", "inconsistent", "6 July 2010"),
            ("04-factbox-timeline.txt", "invalid-date", "2018-02-29"),
            ("05-analysis.txt", "fact-mismatch", "45 per cent"),
            ("05-analysis.txt", "fact-mismatch", "December 2016"),
            ("05-analysis.txt", "inconsistent", "December 2016"),
        ],
    );
}

#[test]
fn mina_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 45: international and translated copy: day-month
    // and month-day orders, numeric and ISO dates, ordinal dates, dates without
    // a year around a new year, fiscal and season years, decimal commas and
    // spaced thousands in quotations, currencies after the amount, metric units
    // with conversions, local names of organisations beside their English
    // names), scored on the session's starting build: all 14 planted
    // errors ("on the 23rd of September last year" read whole), no false
    // alarm.
    assert_pack_finds(
        "mina",
        &[
            ("01-efe-wire.txt", "acronym-mismatch", "APS"),
            ("01-efe-wire.txt", "fact-mismatch", "five days"),
            ("01-efe-wire.txt", "inconsistent", "five days"),
            (
                "02-jakarta-edition.md",
                "fact-mismatch",
                "23rd of September last year",
            ),
            (
                "02-jakarta-edition.md",
                "inconsistent",
                "23rd of September last year",
            ),
            ("02-jakarta-edition.md", "fact-mismatch", "some 3 million"),
            ("02-jakarta-edition.md", "inconsistent", "some 3 million"),
            ("02-jakarta-edition.md", "anachronism", "14 November 2016"),
            (
                "03-anniversary-bamako.txt",
                "weekday-mismatch",
                "Wednesday, September 24, 2015",
            ),
            (
                "03-anniversary-bamako.txt",
                "fact-mismatch",
                "more than 2,600",
            ),
            (
                "03-anniversary-bamako.txt",
                "inconsistent",
                "more than 2,600",
            ),
            ("03-anniversary-bamako.txt", "fact-mismatch", "2 million"),
            ("03-anniversary-bamako.txt", "inconsistent", "2 million"),
            ("04-factbox-timeline.md", "fact-mismatch", "796"),
            ("04-factbox-timeline.md", "inconsistent", "796"),
            ("04-factbox-timeline.md", "inconsistent", "192"),
            (
                "04-factbox-timeline.md",
                "invalid-date",
                "31 September 2015",
            ),
            ("05-analysis.txt", "fact-mismatch", "last October"),
            ("05-analysis.txt", "inconsistent", "last October"),
            ("05-analysis.txt", "fact-mismatch", "364"),
            ("05-analysis.txt", "inconsistent", "364"),
            (
                "05-analysis.txt",
                "wrong-name",
                "Organisation of Islamic Countries",
            ),
        ],
    );
}

#[test]
fn millau_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 45: international and translated copy: day-month
    // and month-day orders, numeric and ISO dates, ordinal dates, dates without
    // a year around a new year, fiscal and season years, decimal commas and
    // spaced thousands in quotations, currencies after the amount, metric units
    // with conversions, local names of organisations beside their English
    // names), scored on the session's starting build: all 14 planted
    // errors, and one false alarm, fixed since: "Two days after the
    // inauguration, on 16 December, the first cars crossed" read the date as
    // the inauguration's (a cue that ends an offset's phrase, with a comma
    // after it, is the offset's anchor).
    assert_pack_finds(
        "millau",
        &[
            ("01-afp-inauguration.txt", "fact-mismatch", "57-year"),
            ("01-afp-inauguration.txt", "inconsistent", "57-year"),
            ("01-afp-inauguration.txt", "anachronism", "16 December 2004"),
            ("02-english-edition.md", "fact-mismatch", "349 million"),
            ("02-english-edition.md", "inconsistent", "349 million"),
            ("02-english-edition.md", "fact-mismatch", "eight"),
            ("02-english-edition.md", "inconsistent", "eight"),
            ("02-english-edition.md", "invalid-date", "31 June 2019"),
            (
                "03-anniversary-feature.txt",
                "fact-mismatch",
                "25 years ago",
            ),
            ("03-anniversary-feature.txt", "inconsistent", "25 years ago"),
            ("03-anniversary-feature.txt", "fact-mismatch", "334"),
            (
                "03-anniversary-feature.txt",
                "wrong-name",
                "Compagnie Eiffel du Viaduc de Millau",
            ),
            ("04-factbox-timeline.md", "fact-mismatch", "28 March 2004"),
            ("04-factbox-timeline.md", "inconsistent", "28 March 2004"),
            (
                "04-factbox-timeline.md",
                "weekday-mismatch",
                "Tuesday, 16 December 2004",
            ),
            ("05-analysis-concession.txt", "acronym-mismatch", "CVEM"),
            ("05-analysis-concession.txt", "fact-mismatch", "four years"),
            ("05-analysis-concession.txt", "inconsistent", "1,600"),
            ("05-analysis-concession.txt", "fact-mismatch", "2005"),
            ("05-analysis-concession.txt", "inconsistent", "2005"),
        ],
    );
}

/// Regression (round 46, the `northernrock` pack): the timeline entry
/// "2001 — Adam Applegarth, who joined Northern Rock as a graduate trainee
/// in 1983, becomes chief executive at 39" dated his joining 2001. A cue
/// after the mention, in a relative clause that holds a date of its own,
/// is that date's.
#[test]
fn a_cue_in_a_relative_clause_with_a_date_of_its_own_is_that_dates() {
    let rules = pack("northernrock");
    let entry = |text: &str| {
        check_text(
            &rules,
            &format!("Business desk | Updated 18 November 2011\n\n{text}\n"),
        )
    };
    assert_eq!(
        entry(
            "2001 — Adam Applegarth, who joined Northern Rock as a graduate trainee in 1983, becomes chief executive at 39."
        ),
        []
    );
    assert_eq!(
        entry("2003 — Adam Applegarth becomes chief executive at 39."),
        [("t.txt".to_string(), "fact-mismatch", "2003".to_string())]
    );
}

/// Regression (round 46, the `northernrock` pack): "reported a pre-tax
/// loss of £176.6m for 2007 on Monday" bound nothing: only "in" or "on"
/// before a month or a year was read as the time of a measure. "for"
/// before a year, and a weekday, are its time too, and narrow nothing.
#[test]
fn the_time_of_a_measure_after_for_or_on_a_weekday_narrows_nothing() {
    let rules = pack("northernrock");
    let loss = |amount: &str| {
        check_text(
            &rules,
            &format!(
                "Business | 31 March 2008\n\nNorthern Rock reported a pre-tax loss of £{amount}m for 2007 on Monday.\n"
            ),
        )
    };
    assert_eq!(
        loss("176.6"),
        [("t.txt".to_string(), "fact-mismatch", "176.6m".to_string())]
    );
    assert_eq!(loss("167.6"), []);
}

/// Regression (round 46, the `evergrande` pack): "Hui was detained by
/// police in September 2022, and Evergrande disclosed weeks later that he
/// was subject to mandatory measures" bound nothing: a cue of the fact
/// after the offset "weeks later" made the date another thing's. An
/// offset in a clause of its own, which a comma and a coordinator begin,
/// sets apart that clause's verb, not the mention.
#[test]
fn an_offset_in_a_clause_of_its_own_leaves_the_mention_its_cue() {
    let rules = pack("evergrande");
    let detained = |year: u32| {
        check_text(
            &rules,
            &format!(
                "By Mei Lin in Hong Kong  February 5, 2024\n\nHui was detained by police in September {year}, and Evergrande disclosed weeks later that he was subject to mandatory measures.\n"
            ),
        )
    };
    assert_eq!(
        detained(2022),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "September 2022".to_string()
        )]
    );
    assert_eq!(detained(2023), []);
}

#[test]
fn gamestop_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 46: business and markets copy: changes beside
    // levels, year-on-year and quarter-on-quarter comparisons, basis points,
    // share prices and market values, fiscal quarters and years, records, ages
    // and tenures of executives, other companies' figures beside the pack's
    // names), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "gamestop",
        &[
            ("01-markets-wire.txt", "fact-mismatch", "438"),
            ("01-markets-wire.txt", "inconsistent", "438"),
            ("01-markets-wire.txt", "fact-mismatch", "2.25 billion"),
            ("01-markets-wire.txt", "inconsistent", "2.25 billion"),
            ("02-results-wire.txt", "fact-mismatch", "43%"),
            ("02-results-wire.txt", "fact-mismatch", "5.9 billion"),
            ("03-explainer-squeeze.md", "fact-mismatch", "26 January"),
            (
                "03-explainer-squeeze.md",
                "weekday-mismatch",
                "Wednesday, 28 January 2021",
            ),
            ("03-explainer-squeeze.md", "acronym-mismatch", "DTCC"),
            ("03-explainer-squeeze.md", "anachronism", "18 February 2021"),
            ("04-profile-cohen.txt", "fact-mismatch", "six months ago"),
            ("04-profile-cohen.txt", "inconsistent", "six months ago"),
            ("04-profile-cohen.txt", "invalid-date", "November 31, 2020"),
            (
                "04-profile-cohen.txt",
                "wrong-name",
                "Securities Exchange Commission",
            ),
            ("05-timeline-one-year-on.md", "inconsistent", "104%"),
            (
                "05-timeline-one-year-on.md",
                "fact-mismatch",
                "2.21 billion",
            ),
            ("05-timeline-one-year-on.md", "inconsistent", "2.21 billion"),
            (
                "05-timeline-one-year-on.md",
                "fact-mismatch",
                "18 November 2021",
            ),
        ],
    );
}

#[test]
fn northernrock_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 46: business and markets copy: changes beside
    // levels, year-on-year and quarter-on-quarter comparisons, basis points,
    // share prices and market values, fiscal quarters and years, records, ages
    // and tenures of executives, other companies' figures beside the pack's
    // names), scored on the session's starting build: 13 of 14 planted
    // errors and one false alarm, both fixed since: "a pre-tax loss of £176.6m
    // for 2007 on Monday" (the time of a measure after "for", or on a
    // weekday), and "2001 — Adam Applegarth, who joined Northern Rock as a
    // graduate trainee in 1983, becomes chief executive" (a cue in a relative
    // clause with a date of its own is that date's).
    assert_pack_finds(
        "northernrock",
        &[
            (
                "01-markets-report.txt",
                "weekday-mismatch",
                "Thursday, 14 September 2007",
            ),
            ("01-markets-report.txt", "fact-mismatch", "28.9 per cent"),
            ("01-markets-report.txt", "inconsistent", "28.9 per cent"),
            ("02-results-2007.md", "fact-mismatch", "176.6m"),
            ("02-results-2007.md", "fact-mismatch", "29.6bn"),
            ("02-results-2007.md", "inconsistent", "29.6bn"),
            (
                "02-results-2007.md",
                "wrong-name",
                "Financial Services Agency",
            ),
            ("03-explainer.md", "fact-mismatch", "October 1995"),
            ("03-explainer.md", "inconsistent", "October 1995"),
            ("03-explainer.md", "acronym-mismatch", "FPC"),
            ("03-explainer.md", "invalid-date", "31 April 2008"),
            ("04-profile-applegarth.txt", "fact-mismatch", "2003"),
            ("04-profile-applegarth.txt", "fact-mismatch", "eight years"),
            ("04-profile-applegarth.txt", "inconsistent", "eight years"),
            ("04-profile-applegarth.txt", "inconsistent", "72"),
            ("05-timeline.txt", "fact-mismatch", "two years ago"),
            ("05-timeline.txt", "inconsistent", "two years ago"),
            ("05-timeline.txt", "fact-mismatch", "18 September 2007"),
            ("05-timeline.txt", "anachronism", "1 January 2012"),
        ],
    );
}

#[test]
fn evergrande_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 46: business and markets copy: changes beside
    // levels, year-on-year and quarter-on-quarter comparisons, basis points,
    // share prices and market values, fiscal quarters and years, records, ages
    // and tenures of executives, other companies' figures beside the pack's
    // names), scored on the session's starting build: 13 of 14 planted
    // errors, no false alarm; fixed since: "Hui was detained by police in
    // September 2022, and Evergrande disclosed weeks later …" (an offset in a
    // clause of its own sets apart that clause's verb, not the mention).
    assert_pack_finds(
        "evergrande",
        &[
            ("01-markets.txt", "fact-mismatch", "16-month"),
            ("01-markets.txt", "inconsistent", "16-month"),
            (
                "01-markets.txt",
                "weekday-mismatch",
                "Friday, 17 August 2023",
            ),
            ("01-markets.txt", "fact-mismatch", "91 billion"),
            ("01-markets.txt", "inconsistent", "91 billion"),
            ("02-results.md", "invalid-date", "31 June 2022"),
            ("02-results.md", "fact-mismatch", "March 2021"),
            ("02-results.md", "inconsistent", "March 2021"),
            ("03-explainer.md", "fact-mismatch", "85.3 million"),
            ("03-explainer.md", "inconsistent", "85.3 million"),
            ("03-explainer.md", "fact-mismatch", "19.3%"),
            ("03-explainer.md", "inconsistent", "19.3%"),
            ("03-explainer.md", "acronym-mismatch", "SFC"),
            ("04-profile.txt", "fact-mismatch", "12 years ago"),
            ("04-profile.txt", "inconsistent", "12 years ago"),
            ("04-profile.txt", "fact-mismatch", "September 2022"),
            ("04-profile.txt", "inconsistent", "September 2022"),
            ("04-profile.txt", "anachronism", "18 March 2024"),
            ("05-timeline.txt", "inconsistent", "24.5 billion"),
            ("05-timeline.txt", "fact-mismatch", "12 March 2022"),
            ("05-timeline.txt", "inconsistent", "12 March 2022"),
            (
                "05-timeline.txt",
                "wrong-name",
                "China Securities Regulation Commission",
            ),
        ],
    );
}

#[test]
fn aramco_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 46: business and markets copy: changes beside
    // levels, year-on-year and quarter-on-quarter comparisons, basis points,
    // share prices and market values, fiscal quarters and years, records, ages
    // and tenures of executives, other companies' figures beside the pack's
    // names), scored on the session's starting build: 12 of 14 planted
    // errors, no false alarm. Fixed since: "a net profit of $68.2 billion for
    // 2019" (the time of a measure after "for"). Left as documented: "below
    // the IPO price of 30 riyals a share" against 32: a round 30 is read to
    // its last significant digit, 25 to 35, which holds 32.
    assert_pack_finds(
        "aramco",
        &[
            ("01-markets-debut.txt", "fact-mismatch", "26.5 billion"),
            ("01-markets-debut.txt", "inconsistent", "26.5 billion"),
            ("01-markets-debut.txt", "acronym-mismatch", "SAMA"),
            ("01-markets-debut.txt", "fact-mismatch", "1.7%"),
            ("01-markets-debut.txt", "inconsistent", "1.7%"),
            ("02-results-2019.md", "fact-mismatch", "68.2 billion"),
            ("02-results-2019.md", "anachronism", "16 June 2020"),
            ("03-explainer.md", "fact-mismatch", "1.8 trillion"),
            (
                "03-explainer.md",
                "weekday-mismatch",
                "Tuesday, 11 December 2019",
            ),
            ("03-explainer.md", "inconsistent", "44.3 billion"),
            ("03-explainer.md", "fact-mismatch", "More than 5 million"),
            ("04-profile-nasser.txt", "fact-mismatch", "five years ago"),
            ("04-profile-nasser.txt", "inconsistent", "five years ago"),
            (
                "04-profile-nasser.txt",
                "wrong-name",
                "Capital Markets Authority",
            ),
            ("05-timeline.txt", "invalid-date", "31 November 2019"),
            ("05-timeline.txt", "fact-mismatch", "4 December 2019"),
            ("05-timeline.txt", "inconsistent", "4 December 2019"),
        ],
    );
}

#[test]
fn kipchoge_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 47: sports copy: scores, records and times, seasons
    // that span two years, ages, counts of titles and wins beside one another,
    // fixtures dated by weekday, tables of results, other athletes' figures
    // beside the pack's names), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "kipchoge",
        &[
            ("01-race-report-vienna.txt", "fact-mismatch", "May 2016"),
            ("01-race-report-vienna.txt", "inconsistent", "May 2016"),
            (
                "01-race-report-vienna.txt",
                "fact-mismatch",
                "2 hours 1 minute 29 seconds",
            ),
            (
                "01-race-report-vienna.txt",
                "inconsistent",
                "2 hours 1 minute 29 seconds",
            ),
            (
                "02-preview-vienna.md",
                "weekday-mismatch",
                "Friday, 12 October 2019",
            ),
            ("02-preview-vienna.md", "fact-mismatch", "5 November 1985"),
            ("02-preview-vienna.md", "inconsistent", "5 November 1985"),
            ("02-preview-vienna.md", "fact-mismatch", "three"),
            (
                "03-season-review.txt",
                "fact-mismatch",
                "2 hours 14 minutes 40 seconds",
            ),
            ("03-season-review.txt", "acronym-mismatch", "USADA"),
            ("03-season-review.txt", "fact-mismatch", "13 January 2020"),
            ("03-season-review.txt", "inconsistent", "13 January 2020"),
            ("04-tribute-farah.txt", "fact-mismatch", "five years ago"),
            ("04-tribute-farah.txt", "inconsistent", "five years ago"),
            ("04-tribute-farah.txt", "anachronism", "25 September 2023"),
            (
                "04-tribute-farah.txt",
                "wrong-name",
                "World Anti-Doping Authority",
            ),
            (
                "05-numbers-explainer.md",
                "inconsistent",
                "An estimated 210,000",
            ),
            (
                "05-numbers-explainer.md",
                "invalid-date",
                "31 September 2019",
            ),
            ("05-numbers-explainer.md", "fact-mismatch", "6 per cent"),
            ("05-numbers-explainer.md", "inconsistent", "6 per cent"),
        ],
    );
}

#[test]
fn federer_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 47: sports copy: scores, records and times, seasons
    // that span two years, ages, counts of titles and wins beside one another,
    // fixtures dated by weekday, tables of results, other athletes' figures
    // beside the pack's names), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "federer",
        &[
            ("01-farewell-report.txt", "fact-mismatch", "109"),
            ("01-farewell-report.txt", "inconsistent", "109"),
            ("01-farewell-report.txt", "fact-mismatch", "237 weeks"),
            ("01-farewell-report.txt", "inconsistent", "237 weeks"),
            (
                "01-farewell-report.txt",
                "anachronism",
                "Sunday, 25 September 2022",
            ),
            ("02-season-review.md", "invalid-date", "29 February 2022"),
            ("02-season-review.md", "fact-mismatch", "1,215"),
            ("02-season-review.md", "inconsistent", "1,215"),
            ("03-tribute-basel.txt", "fact-mismatch", "8 August 1982"),
            ("03-tribute-basel.txt", "inconsistent", "8 August 1982"),
            ("03-tribute-basel.txt", "fact-mismatch", "2001"),
            ("03-tribute-basel.txt", "inconsistent", "2001"),
            (
                "03-tribute-basel.txt",
                "wrong-name",
                "All England Lawn Tennis and Cricket Club",
            ),
            ("04-by-the-numbers.md", "fact-mismatch", "five years ago"),
            ("04-by-the-numbers.md", "inconsistent", "five years ago"),
            ("04-by-the-numbers.md", "fact-mismatch", "1.1 billion"),
            ("04-by-the-numbers.md", "inconsistent", "1.1 billion"),
            ("04-by-the-numbers.md", "inconsistent", "15,700"),
            (
                "05-laver-cup-preview.txt",
                "weekday-mismatch",
                "Tuesday, 7 July 2021",
            ),
            ("05-laver-cup-preview.txt", "fact-mismatch", "seven"),
            ("05-laver-cup-preview.txt", "acronym-mismatch", "ITF"),
        ],
    );
}

#[test]
fn miracleonice_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 47: sports copy: scores, records and times, seasons
    // that span two years, ages, counts of titles and wins beside one another,
    // fixtures dated by weekday, tables of results, other athletes' figures
    // beside the pack's names), scored on the session's starting build: 13 of 14 planted
    // errors, no false alarm. Left as documented: "in front of 10,000 fans"
    // against 8,500 elsewhere (the crowd has no value in the rules): a round
    // 10,000 is read as 7,500 to 12,500, which holds 8,500.
    assert_pack_finds(
        "miracleonice",
        &[
            ("01-wire-lake-placid.txt", "fact-mismatch", "39"),
            ("01-wire-lake-placid.txt", "inconsistent", "39"),
            (
                "01-wire-lake-placid.txt",
                "anachronism",
                "Sunday, February 24, 1980",
            ),
            ("02-season-review.md", "fact-mismatch", "February 10"),
            ("02-season-review.md", "inconsistent", "February 10"),
            ("02-season-review.md", "fact-mismatch", "five"),
            ("02-season-review.md", "inconsistent", "five"),
            (
                "02-season-review.md",
                "wrong-name",
                "International Hockey Federation",
            ),
            ("03-tribute-tretiak.txt", "fact-mismatch", "nine"),
            (
                "03-tribute-tretiak.txt",
                "invalid-date",
                "September 31, 1972",
            ),
            (
                "03-tribute-tretiak.txt",
                "weekday-mismatch",
                "Sunday, February 9, 1980",
            ),
            ("04-by-the-numbers.md", "fact-mismatch", "93.2 per cent"),
            ("04-by-the-numbers.md", "inconsistent", "93.2 per cent"),
            ("04-by-the-numbers.md", "acronym-mismatch", "NBC"),
            ("04-by-the-numbers.md", "fact-mismatch", "20 years ago"),
            ("05-preview-milan.txt", "fact-mismatch", "February 22, 1980"),
            ("05-preview-milan.txt", "inconsistent", "February 22, 1980"),
            ("05-preview-milan.txt", "fact-mismatch", "12 minutes"),
            ("05-preview-milan.txt", "inconsistent", "12 minutes"),
        ],
    );
}

#[test]
fn rwc2019_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 47: sports copy: scores, records and times, seasons
    // that span two years, ages, counts of titles and wins beside one another,
    // fixtures dated by weekday, tables of results, other athletes' figures
    // beside the pack's names), scored on the session's starting build: all 14
    // planted errors, no false alarm.
    assert_pack_finds(
        "rwc2019",
        &[
            ("01-final-report.txt", "fact-mismatch", "72,103"),
            ("01-final-report.txt", "inconsistent", "72,103"),
            ("01-final-report.txt", "anachronism", "3 November 2019"),
            (
                "02-season-review.md",
                "fact-mismatch",
                "Friday 19 September",
            ),
            ("02-season-review.md", "inconsistent", "Friday 19 September"),
            (
                "02-season-review.md",
                "wrong-name",
                "Japanese Meteorological Agency",
            ),
            ("02-season-review.md", "fact-mismatch", "four"),
            ("03-read-tribute.txt", "fact-mismatch", "117"),
            ("03-read-tribute.txt", "inconsistent", "117"),
            ("03-read-tribute.txt", "invalid-date", "31 September 2015"),
            (
                "03-read-tribute.txt",
                "weekday-mismatch",
                "Thursday, 1 November 2019",
            ),
            ("04-by-the-numbers.md", "fact-mismatch", "466.4 billion"),
            ("04-by-the-numbers.md", "inconsistent", "466.4 billion"),
            ("04-by-the-numbers.md", "inconsistent", "1.48 million"),
            ("04-by-the-numbers.md", "acronym-mismatch", "SARFU"),
            (
                "05-final-preview.txt",
                "weekday-mismatch",
                "Sunday, 26 October 2019",
            ),
            ("05-final-preview.txt", "fact-mismatch", "12 October"),
            ("05-final-preview.txt", "inconsistent", "12 October"),
            ("05-final-preview.txt", "fact-mismatch", "57.3 per cent"),
            ("05-final-preview.txt", "inconsistent", "57.3 per cent"),
        ],
    );
}

#[test]
fn handofgod_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 48: opinion columns, editorials, letters and fact
    // checks: hedged and approximate figures, fractions and multiples,
    // comparisons across years, reported speech of others' claims and
    // corrections of their figures, rhetorical questions, the writer's own
    // past), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "handofgod",
        &[
            (
                "01-column-forty-years.txt",
                "fact-mismatch",
                "Well over 130,000",
            ),
            (
                "01-column-forty-years.txt",
                "inconsistent",
                "Well over 130,000",
            ),
            (
                "01-column-forty-years.txt",
                "fact-mismatch",
                "25 October 2020",
            ),
            (
                "01-column-forty-years.txt",
                "inconsistent",
                "25 October 2020",
            ),
            ("02-editorial-maradona.md", "inconsistent", "44"),
            ("02-editorial-maradona.md", "fact-mismatch", "14 July 1982"),
            ("02-editorial-maradona.md", "inconsistent", "14 July 1982"),
            (
                "02-editorial-maradona.md",
                "wrong-name",
                "Argentine Football Federation",
            ),
            ("02-editorial-maradona.md", "fact-mismatch", "March 2016"),
            ("02-editorial-maradona.md", "inconsistent", "March 2016"),
            ("03-letter-shirt.txt", "fact-mismatch", "9.3m"),
            ("03-letter-shirt.txt", "inconsistent", "9.3m"),
            ("03-letter-shirt.txt", "acronym-mismatch", "UEFA"),
            ("04-factcheck-senator.md", "fact-mismatch", "2 May 1982"),
            ("04-factcheck-senator.md", "inconsistent", "2 May 1982"),
            ("04-factcheck-senator.md", "fact-mismatch", "3m"),
            ("04-factcheck-senator.md", "anachronism", "18 December 2023"),
            (
                "05-essay-thirty-five-years.txt",
                "weekday-mismatch",
                "Saturday, 22 June 1986",
            ),
            (
                "05-essay-thirty-five-years.txt",
                "invalid-date",
                "29 February 1983",
            ),
            ("05-essay-thirty-five-years.txt", "fact-mismatch", "47 days"),
            ("05-essay-thirty-five-years.txt", "inconsistent", "47 days"),
        ],
    );
}

#[test]
fn oilcrisis_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 48: opinion columns, editorials, letters and fact
    // checks: hedged and approximate figures, fractions and multiples,
    // comparisons across years, reported speech of others' claims and
    // corrections of their figures, rhetorical questions, the writer's own
    // past), scored on the session's starting build: all 14 planted
    // errors, no false alarm.
    assert_pack_finds(
        "oilcrisis",
        &[
            (
                "01-column-fifty-years.txt",
                "weekday-mismatch",
                "Sunday, October 6, 1973",
            ),
            (
                "01-column-fifty-years.txt",
                "fact-mismatch",
                "well over $15",
            ),
            ("01-column-fifty-years.txt", "inconsistent", "well over $15"),
            ("01-column-fifty-years.txt", "fact-mismatch", "March 1975"),
            ("01-column-fifty-years.txt", "inconsistent", "March 1975"),
            ("02-editorial-lights-on.md", "fact-mismatch", "January 1973"),
            ("02-editorial-lights-on.md", "fact-mismatch", "10 per cent"),
            (
                "02-editorial-lights-on.md",
                "invalid-date",
                "31 November 1973",
            ),
            ("03-letter-remember-the-lines.txt", "fact-mismatch", "65"),
            ("03-letter-remember-the-lines.txt", "inconsistent", "65"),
            (
                "03-letter-remember-the-lines.txt",
                "wrong-name",
                "Organization of Petroleum Exporting Nations",
            ),
            (
                "03-letter-remember-the-lines.txt",
                "anachronism",
                "February 24, 2023",
            ),
            ("04-factcheck-harlan.md", "fact-mismatch", "September 1961"),
            ("04-factcheck-harlan.md", "inconsistent", "September 1961"),
            ("04-factcheck-harlan.md", "acronym-mismatch", "OECD"),
            (
                "05-essay-long-shadow.txt",
                "fact-mismatch",
                "forty years ago this week",
            ),
            (
                "05-essay-long-shadow.txt",
                "inconsistent",
                "forty years ago this week",
            ),
            ("05-essay-long-shadow.txt", "fact-mismatch", "six months"),
            (
                "05-essay-long-shadow.txt",
                "inconsistent",
                "nearly 7 million",
            ),
        ],
    );
}

#[test]
fn marshallplan_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 48: opinion columns, editorials, letters and fact
    // checks: hedged and approximate figures, fractions and multiples,
    // comparisons across years, reported speech of others' claims and
    // corrections of their figures, rhetorical questions, the writer's own
    // past), scored on the session's starting build: 12 of 14 planted
    // errors and one false alarm, all from one gap, fixed since: "lasted
    // barely twelve minutes" and "flowed for barely two years" were counts
    // ("barely" hedged a count but not a duration), so the right "about 12
    // minutes" was reported against the wrong "nearly 40 minutes".
    assert_pack_finds(
        "marshallplan",
        &[
            ("01-column.md", "fact-mismatch", "barely two years"),
            ("01-column.md", "inconsistent", "barely two years"),
            ("01-column.md", "fact-mismatch", "roughly 40 per cent"),
            ("01-column.md", "inconsistent", "roughly 40 per cent"),
            (
                "02-editorial.txt",
                "fact-mismatch",
                "seventy years ago today",
            ),
            (
                "02-editorial.txt",
                "inconsistent",
                "seventy years ago today",
            ),
            (
                "02-editorial.txt",
                "wrong-name",
                "Economic Cooperation Agency",
            ),
            ("02-editorial.txt", "fact-mismatch", "well over $20 billion"),
            ("02-editorial.txt", "inconsistent", "well over $20 billion"),
            ("03-letter.txt", "inconsistent", "nearly 40 minutes"),
            ("03-letter.txt", "fact-mismatch", "1948"),
            ("03-letter.txt", "inconsistent", "1948"),
            ("03-letter.txt", "invalid-date", "31 September 1948"),
            ("04-factcheck.md", "acronym-mismatch", "ERP"),
            ("04-factcheck.md", "fact-mismatch", "2 June 1947"),
            ("04-factcheck.md", "inconsistent", "2 June 1947"),
            (
                "04-factcheck.md",
                "weekday-mismatch",
                "16 April 1948, a Thursday",
            ),
            ("04-factcheck.md", "anachronism", "20 March 2025"),
            ("05-retrospective.txt", "fact-mismatch", "June 1948"),
            ("05-retrospective.txt", "inconsistent", "June 1948"),
            ("05-retrospective.txt", "fact-mismatch", "some $14 billion"),
            ("05-retrospective.txt", "inconsistent", "some $14 billion"),
        ],
    );
}

#[test]
fn y2k_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack (round 48: opinion columns, editorials, letters and fact
    // checks: hedged and approximate figures, fractions and multiples,
    // comparisons across years, reported speech of others' claims and
    // corrections of their figures, rhetorical questions, the writer's own
    // past), scored on the session's starting build: all 14 planted errors,
    // and one false alarm, fixed since: "The Year 2000 Information and
    // Readiness Disclosure Act" read "The Year 2000" as a date of the act (a
    // mention inside a name, past the article it begins with, is part of the
    // name).
    assert_pack_finds(
        "y2k",
        &[
            (
                "01-column-twenty-years.txt",
                "fact-mismatch",
                "September 1995",
            ),
            (
                "01-column-twenty-years.txt",
                "inconsistent",
                "September 1995",
            ),
            (
                "01-column-twenty-years.txt",
                "fact-mismatch",
                "more than $900 billion",
            ),
            (
                "01-column-twenty-years.txt",
                "inconsistent",
                "more than $900 billion",
            ),
            (
                "01-column-twenty-years.txt",
                "weekday-mismatch",
                "Friday, 1 January 2000",
            ),
            (
                "01-column-twenty-years.txt",
                "invalid-date",
                "31 November 1999",
            ),
            (
                "02-editorial-ready.md",
                "fact-mismatch",
                "about $200 billion",
            ),
            (
                "02-editorial-ready.md",
                "inconsistent",
                "about $200 billion",
            ),
            ("02-editorial-ready.md", "acronym-mismatch", "GAO"),
            ("02-editorial-ready.md", "anachronism", "22 August 2000"),
            ("03-letter-the-bill.txt", "fact-mismatch", "three years ago"),
            ("03-letter-the-bill.txt", "inconsistent", "three years ago"),
            (
                "03-letter-the-bill.txt",
                "wrong-name",
                "President's Commission on Year 2000 Conversion",
            ),
            ("04-factcheck-halloran.md", "fact-mismatch", "99 percent"),
            ("04-factcheck-halloran.md", "inconsistent", "99 percent"),
            (
                "04-factcheck-halloran.md",
                "fact-mismatch",
                "4 February 1999",
            ),
            (
                "04-factcheck-halloran.md",
                "inconsistent",
                "4 February 1999",
            ),
            (
                "05-retrospective-25-years.txt",
                "inconsistent",
                "3.5 billion",
            ),
            (
                "05-retrospective-25-years.txt",
                "fact-mismatch",
                "14 months",
            ),
            (
                "05-retrospective-25-years.txt",
                "fact-mismatch",
                "July 1998",
            ),
        ],
    );
}

/// Regression (round 48, the `y2k` pack): "The Year 2000 Information and
/// Readiness Disclosure Act, signed in October 1998" read "The Year 2000"
/// as the act's date: the mention began with "The", before the name the
/// rules know, so the name did not cover it. A mention inside a name, past
/// the article it begins with, is part of the name.
#[test]
fn a_year_inside_a_name_after_its_article_is_part_of_the_name() {
    let rules = pack("y2k");
    let editorial =
        |text: &str| check_markdown(&rules, &format!("---\ndate: 1999-12-30\n---\n{text}\n"));
    assert_eq!(
        editorial(
            "The Year 2000 Information and Readiness Disclosure Act, signed in October 1998, let companies share what they had learned."
        ),
        []
    );
    assert_eq!(
        editorial(
            "The Year 2000 Information and Readiness Disclosure Act was signed in October 1997."
        ),
        [(
            "t.md".to_string(),
            "fact-mismatch",
            "October 1997".to_string()
        )]
    );
}

#[test]
fn gagarin_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Yuri Gagarin and Vostok 1 (round 49: obituaries, profiles
    // and long reads spanning decades: ages, dates in brackets, year spans,
    // career tallies, quoted reminiscences), scored on the session's starting
    // build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "gagarin",
        &[
            (
                "01-obituary-valentina-gagarina.txt",
                "fact-mismatch",
                "27 October 1956",
            ),
            (
                "01-obituary-valentina-gagarina.txt",
                "inconsistent",
                "27 October 1956",
            ),
            (
                "01-obituary-valentina-gagarina.txt",
                "anachronism",
                "12 April 2020",
            ),
            ("02-profile-gagarin-at-90.md", "fact-mismatch", "12"),
            ("02-profile-gagarin-at-90.md", "inconsistent", "12"),
            (
                "02-profile-gagarin-at-90.md",
                "weekday-mismatch",
                "Tuesday, 12 April 1961",
            ),
            (
                "02-profile-gagarin-at-90.md",
                "fact-mismatch",
                "January 1967",
            ),
            (
                "02-profile-gagarin-at-90.md",
                "inconsistent",
                "January 1967",
            ),
            (
                "03-anniversary-sixty-years.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("03-anniversary-sixty-years.txt", "fact-mismatch", "2001"),
            ("03-anniversary-sixty-years.txt", "inconsistent", "2001"),
            (
                "03-anniversary-sixty-years.txt",
                "inconsistent",
                "more than 50",
            ),
            (
                "03-anniversary-sixty-years.txt",
                "fact-mismatch",
                "1.9 million",
            ),
            (
                "03-anniversary-sixty-years.txt",
                "inconsistent",
                "1.9 million",
            ),
            ("04-review-first-orbit.md", "fact-mismatch", "118 minutes"),
            ("04-review-first-orbit.md", "inconsistent", "118 minutes"),
            ("04-review-first-orbit.md", "acronym-mismatch", "IAF"),
            ("04-review-first-orbit.md", "fact-mismatch", "March 1969"),
            ("04-review-first-orbit.md", "inconsistent", "March 1969"),
            (
                "05-news-greenwich-statue.txt",
                "fact-mismatch",
                "12 years ago",
            ),
            (
                "05-news-greenwich-statue.txt",
                "inconsistent",
                "12 years ago",
            ),
            (
                "05-news-greenwich-statue.txt",
                "invalid-date",
                "29 February 2013",
            ),
        ],
    );
}

#[test]
fn senna_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Ayrton Senna (round 49: obituaries and profiles),
    // scored on the session's starting build: all 14 planted errors caught,
    // no false alarm.
    assert_pack_finds(
        "senna",
        &[
            ("01-obituary.txt", "fact-mismatch", "April 1986"),
            ("01-obituary.txt", "inconsistent", "April 1986"),
            ("01-obituary.txt", "fact-mismatch", "five"),
            ("01-obituary.txt", "anachronism", "5 May 1994"),
            ("02-profile.md", "invalid-date", "31 September 1987"),
            ("02-profile.md", "fact-mismatch", "1.5 million"),
            ("02-profile.md", "inconsistent", "1.5 million"),
            ("02-profile.md", "fact-mismatch", "33"),
            ("02-profile.md", "inconsistent", "33"),
            (
                "03-anniversary.txt",
                "weekday-mismatch",
                "Friday, 30 April 1994",
            ),
            ("03-anniversary.txt", "fact-mismatch", "34 years ago"),
            ("03-anniversary.txt", "inconsistent", "34 years ago"),
            ("03-anniversary.txt", "acronym-mismatch", "FOCA"),
            ("04-review.md", "fact-mismatch", "1983"),
            ("04-review.md", "inconsistent", "1983"),
            ("04-review.md", "fact-mismatch", "51"),
            ("04-review.md", "inconsistent", "51"),
            ("04-review.md", "wrong-name", "Autodromo Enzo Ferrari"),
            ("05-memorial.txt", "fact-mismatch", "seven days"),
            ("05-memorial.txt", "inconsistent", "seven days"),
            ("05-memorial.txt", "inconsistent", "some 300,000"),
        ],
    );
}

#[test]
fn kontiki_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Kon-Tiki expedition (round 49: obituaries and
    // profiles), scored on the session's starting build: all 14 planted errors
    // caught. One finding more than planted, and right: the profile of 2014
    // cites "a study published in Nature in 2020" (the study is of 2020), a
    // past event dated after the article (anachronism).
    assert_pack_finds(
        "kontiki",
        &[
            ("01-obituary.txt", "fact-mismatch", "7 September 1947"),
            ("01-obituary.txt", "inconsistent", "7 September 1947"),
            ("01-obituary.txt", "fact-mismatch", "76"),
            ("01-obituary.txt", "inconsistent", "76"),
            ("02-profile.md", "invalid-date", "29 February 1947"),
            ("02-profile.md", "fact-mismatch", "more than 9,000"),
            (
                "02-profile.md",
                "wrong-name",
                "Academy of Motion Pictures Arts and Sciences",
            ),
            ("02-profile.md", "anachronism", "2020"),
            ("02-profile.md", "fact-mismatch", "14 years ago"),
            ("02-profile.md", "inconsistent", "14 years ago"),
            (
                "03-anniversary.txt",
                "weekday-mismatch",
                "Tuesday, 28 April 1947",
            ),
            ("03-anniversary.txt", "acronym-mismatch", "OSS"),
            ("03-anniversary.txt", "fact-mismatch", "110 days"),
            ("03-anniversary.txt", "inconsistent", "110 days"),
            ("04-review.md", "fact-mismatch", "seven"),
            ("04-review.md", "inconsistent", "seven"),
            ("04-review.md", "fact-mismatch", "December 2008"),
            ("04-review.md", "inconsistent", "3,400"),
            ("05-memorial.txt", "weekday-mismatch", "Sunday, 15 May 1950"),
            ("05-memorial.txt", "anachronism", "7 August 2017"),
        ],
    );
}

#[test]
fn airlift_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Berlin Blockade and Airlift (round 49: obituaries
    // and profiles), scored on the session's starting build: all 14 planted
    // errors caught, no false alarm.
    assert_pack_finds(
        "airlift",
        &[
            (
                "01-obituary-halvorsen.txt",
                "weekday-mismatch",
                "Thursday, Feb. 16, 2022",
            ),
            (
                "01-obituary-halvorsen.txt",
                "fact-mismatch",
                "Oct. 10, 1921",
            ),
            ("01-obituary-halvorsen.txt", "inconsistent", "101"),
            ("02-profile-dressler.md", "fact-mismatch", "1.3 million"),
            ("02-profile-dressler.md", "inconsistent", "1.3 million"),
            ("02-profile-dressler.md", "invalid-date", "29 February 1938"),
            ("02-profile-dressler.md", "fact-mismatch", "two years ago"),
            ("02-profile-dressler.md", "inconsistent", "two years ago"),
            (
                "03-anniversary-feature.txt",
                "fact-mismatch",
                "fifteen months",
            ),
            (
                "03-anniversary-feature.txt",
                "inconsistent",
                "fifteen months",
            ),
            (
                "03-anniversary-feature.txt",
                "wrong-name",
                "North American Treaty Organization",
            ),
            ("03-anniversary-feature.txt", "fact-mismatch", "1953"),
            ("03-anniversary-feature.txt", "inconsistent", "1953"),
            ("04-review-clay-biography.md", "acronym-mismatch", "OMGUS"),
            (
                "04-review-clay-biography.md",
                "fact-mismatch",
                "about $350 million",
            ),
            (
                "04-review-clay-biography.md",
                "inconsistent",
                "about $350 million",
            ),
            ("04-review-clay-biography.md", "fact-mismatch", "April 1987"),
            ("04-review-clay-biography.md", "inconsistent", "April 1987"),
            ("05-news-memorial.txt", "fact-mismatch", "more than 300,000"),
            ("05-news-memorial.txt", "anachronism", "23 July 2021"),
        ],
    );
}

#[test]
fn pathfinder_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Mars Pathfinder (round 50: press releases, official
    // statements and communiqués: formal and numeric dates, 'as of' figures,
    // bulleted timelines, Markdown tables, currency codes), scored on the
    // session's starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "pathfinder",
        &[
            (
                "01-nasa-release-landing.txt",
                "fact-mismatch",
                "at least 30 days",
            ),
            (
                "01-nasa-release-landing.txt",
                "inconsistent",
                "at least 30 days",
            ),
            (
                "01-nasa-release-landing.txt",
                "weekday-mismatch",
                "Tuesday, December 4, 1996",
            ),
            ("02-jpl-statement-end.txt", "fact-mismatch", "6,500"),
            ("02-jpl-statement-end.txt", "inconsistent", "6,500"),
            ("02-jpl-statement-end.txt", "acronym-mismatch", "KSC"),
            ("02-jpl-statement-end.txt", "anachronism", "5 December 1997"),
            (
                "03-wire-rover-first-rocks.txt",
                "wrong-name",
                "Jet Propulsion Laboratories",
            ),
            ("03-wire-rover-first-rocks.txt", "fact-mismatch", "4 July"),
            ("03-wire-rover-first-rocks.txt", "inconsistent", "4 July"),
            ("03-wire-rover-first-rocks.txt", "fact-mismatch", "23"),
            ("03-wire-rover-first-rocks.txt", "inconsistent", "23"),
            (
                "04-explainer-before-spirit.md",
                "fact-mismatch",
                "about 330",
            ),
            ("04-explainer-before-spirit.md", "inconsistent", "about 330"),
            (
                "04-explainer-before-spirit.md",
                "fact-mismatch",
                "150 million",
            ),
            (
                "04-explainer-before-spirit.md",
                "inconsistent",
                "150 million",
            ),
            (
                "04-explainer-before-spirit.md",
                "invalid-date",
                "31 September 1997",
            ),
            (
                "05-anniversary-statement.txt",
                "fact-mismatch",
                "25 years ago",
            ),
            (
                "05-anniversary-statement.txt",
                "inconsistent",
                "25 years ago",
            ),
            (
                "05-anniversary-statement.txt",
                "fact-mismatch",
                "November 1997",
            ),
            (
                "05-anniversary-statement.txt",
                "inconsistent",
                "656 million",
            ),
        ],
    );
}

#[test]
fn tianjin_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2015 Tianjin explosions (round 50: press releases
    // and statements), scored on the session's starting build: 13 of 14
    // planted errors caught, no false alarm. Found since: "Direct economic
    // losses … totalled RMB 6.686 billion" (a currency code before a number is
    // part of the sum, so the link "totalled" stands right before it).
    assert_pack_finds(
        "tianjin",
        &[
            ("01-state-council-release.txt", "fact-mismatch", "789"),
            ("01-state-council-release.txt", "inconsistent", "789"),
            (
                "01-state-council-release.txt",
                "fact-mismatch",
                "RMB 6.686 billion",
            ),
            (
                "01-state-council-release.txt",
                "inconsistent",
                "RMB 6.686 billion",
            ),
            ("01-state-council-release.txt", "acronym-mismatch", "CCDI"),
            (
                "02-mep-monitoring-statement.txt",
                "anachronism",
                "23 August 2015",
            ),
            (
                "02-mep-monitoring-statement.txt",
                "fact-mismatch",
                "about 3,000",
            ),
            (
                "02-mep-monitoring-statement.txt",
                "inconsistent",
                "about 3,000",
            ),
            ("03-wire-sentencing.txt", "fact-mismatch", "110"),
            ("03-wire-sentencing.txt", "inconsistent", "110"),
            (
                "03-wire-sentencing.txt",
                "fact-mismatch",
                "February last year",
            ),
            (
                "03-wire-sentencing.txt",
                "inconsistent",
                "February last year",
            ),
            (
                "03-wire-sentencing.txt",
                "wrong-name",
                "Central Committee for Discipline Inspection",
            ),
            (
                "04-explainer.md",
                "weekday-mismatch",
                "Thursday, 12 August 2015",
            ),
            ("04-explainer.md", "fact-mismatch", "more than 180"),
            ("04-explainer.md", "inconsistent", "more than 180"),
            ("04-explainer.md", "invalid-date", "31 September 2015"),
            ("05-anniversary-statement.md", "inconsistent", "7,000"),
            (
                "05-anniversary-statement.md",
                "fact-mismatch",
                "nine months",
            ),
            ("05-anniversary-statement.md", "inconsistent", "nine months"),
            (
                "05-anniversary-statement.md",
                "fact-mismatch",
                "45 per cent",
            ),
            ("05-anniversary-statement.md", "inconsistent", "45 per cent"),
        ],
    );
}

#[test]
fn a380_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Airbus A380 (round 50: press releases and
    // statements), scored on the session's starting build: 13 of 14 planted
    // errors caught, one false alarm (two findings). Found since: "Airbus's
    // 2018 catalogue gave the A380 a list price of USD 454.6 million" (a
    // figure in a sentence dated far from its subject's dated facts binds to a
    // fact of its kind whose source is dated then). The false alarm, "Qantas
    // … cancelled its outstanding order for eight A380s, and Airbus had
    // struggled …, leaving Emirates as the only customer", read as a count of
    // Emirates' A380s, is mended since: a count in a clause that names a
    // subject (the A380) is none of one named by its proper name only in a
    // clause of its own after it, which a comma and a coordinator join. (A
    // later phrase that no coordinator joins may still name the count's
    // subject: "the storm's death toll was 1,833, …, making Katrina the
    // costliest".)
    assert_pack_finds(
        "a380",
        &[
            ("01-government-release.txt", "fact-mismatch", "some 5,000"),
            ("01-government-release.txt", "inconsistent", "some 5,000"),
            ("01-government-release.txt", "fact-mismatch", "2006"),
            ("01-government-release.txt", "inconsistent", "2006"),
            ("01-government-release.txt", "invalid-date", "31 April 2004"),
            ("02-airbus-statement.txt", "fact-mismatch", "59 per cent"),
            ("02-airbus-statement.txt", "inconsistent", "59 per cent"),
            ("02-airbus-statement.txt", "fact-mismatch", "2008-10-25"),
            ("02-airbus-statement.txt", "inconsistent", "2008-10-25"),
            ("02-airbus-statement.txt", "inconsistent", "545"),
            (
                "03-wire-report.txt",
                "weekday-mismatch",
                "Tuesday, 27 April 2005",
            ),
            ("03-wire-report.txt", "anachronism", "3 November 2019"),
            (
                "03-wire-report.txt",
                "wrong-name",
                "Federal Aviation Authority",
            ),
            ("04-explainer.md", "fact-mismatch", "USD 454.6 million"),
            ("04-explainer.md", "fact-mismatch", "15 October 2008"),
            ("04-explainer.md", "inconsistent", "15 October 2008"),
            ("04-explainer.md", "acronym-mismatch", "CASA"),
            (
                "05-anniversary-statement.txt",
                "fact-mismatch",
                "four hours and 54 minutes",
            ),
            (
                "05-anniversary-statement.txt",
                "fact-mismatch",
                "fifteen years ago",
            ),
            (
                "05-anniversary-statement.txt",
                "inconsistent",
                "fifteen years ago",
            ),
        ],
    );
}

#[test]
fn lhc_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Large Hadron Collider (round 50: press releases and
    // statements), scored on the session's starting build: all 14 planted
    // errors caught, no false alarm.
    assert_pack_finds(
        "lhc",
        &[
            (
                "01-doe-nsf-release.txt",
                "weekday-mismatch",
                "Tuesday, September 10, 2008",
            ),
            ("01-doe-nsf-release.txt", "fact-mismatch", "513 million"),
            ("01-doe-nsf-release.txt", "inconsistent", "513 million"),
            ("01-doe-nsf-release.txt", "fact-mismatch", "17"),
            ("01-doe-nsf-release.txt", "inconsistent", "17"),
            ("02-cern-statement.md", "fact-mismatch", "60 per cent"),
            ("02-cern-statement.md", "inconsistent", "60 per cent"),
            ("02-cern-statement.md", "invalid-date", "31 June 2009"),
            (
                "03-wire-interim-report.txt",
                "wrong-name",
                "European Centre for Nuclear Research",
            ),
            ("03-wire-interim-report.txt", "fact-mismatch", "2008-09-18"),
            ("03-wire-interim-report.txt", "inconsistent", "2008-09-18"),
            (
                "03-wire-interim-report.txt",
                "anachronism",
                "21 October 2008",
            ),
            ("04-explainer.md", "fact-mismatch", "19 October 2008"),
            ("04-explainer.md", "inconsistent", "19 October 2008"),
            ("04-explainer.md", "fact-mismatch", "16"),
            ("04-explainer.md", "inconsistent", "16"),
            (
                "05-iop-anniversary.txt",
                "fact-mismatch",
                "Nine years ago today",
            ),
            (
                "05-iop-anniversary.txt",
                "inconsistent",
                "Nine years ago today",
            ),
            ("05-iop-anniversary.txt", "fact-mismatch", "18 months"),
            ("05-iop-anniversary.txt", "inconsistent", "18 months"),
            ("05-iop-anniversary.txt", "acronym-mismatch", "PPARC"),
            ("05-iop-anniversary.txt", "inconsistent", "CHF 6.4 billion"),
        ],
    );
}

/// Regression (round 50, `a380`): "Airbus's 2018 catalogue gave the A380 a
/// list price of USD 454.6 million" was no claim: the A380's dated facts
/// run from 2000 to 2007, and a sentence that writes out 2018 was taken as
/// about another time. A fact of the figure's kind whose source is dated
/// then (the list price, "Airbus 2018 list prices, January 2018") is one
/// of that time, and only such facts are.
#[test]
fn a_figure_of_the_time_a_facts_source_is_dated_is_checked() {
    let rules = pack("a380");
    let dated = |body: &str| format!("TOULOUSE, 17 December 2021 (AFP) — {body}");
    assert_eq!(
        check_text(
            &rules,
            &dated("Airbus's 2018 catalogue gave the A380 a list price of USD 454.6 million.")
        ),
        owned(&[("t.txt", "fact-mismatch", "USD 454.6 million")])
    );
    // a year far from both is still another time
    assert_eq!(
        check_text(
            &rules,
            &dated("Airbus's 1995 catalogue gave the A380 a list price of USD 454.6 million.")
        ),
        []
    );
}

/// Regression (round 50, `tianjin`): "Direct economic losses from the
/// Tianjin Port explosions totalled RMB 6.686 billion" was no claim: "RMB"
/// was no currency code the extractor knew, so it stood between the link
/// "totalled" and the number. A sum followed by the name of its currency
/// ("6.686 billion yuan") measures the noun before it too.
#[test]
fn a_sum_in_a_currency_code_or_name_measures_its_noun() {
    let rules = pack("tianjin");
    let dated = |body: &str| format!("Press release | Beijing | 5 February 2016\n\n{body}\n");
    let check = |body: &str| check_text(&rules, &dated(body));
    assert_eq!(
        check(
            "Direct economic losses from the Tianjin Port explosions totalled RMB 6.686 billion."
        ),
        owned(&[("t.txt", "fact-mismatch", "RMB 6.686 billion")])
    );
    assert_eq!(
        check(
            "Direct economic losses from the Tianjin Port explosions totalled 6.686 billion yuan."
        ),
        owned(&[("t.txt", "fact-mismatch", "6.686 billion")])
    );
    // the right sum is quiet
    assert_eq!(
        check(
            "Direct economic losses from the Tianjin Port explosions totalled 6.866 billion yuan."
        ),
        []
    );
}

#[test]
fn heysel_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Heysel Stadium disaster (round 51: broadcast
    // transcripts, interviews and podcasts: numbers and dates said in words,
    // speaker labels, timestamps, corrections on air), scored on the session's
    // starting build: 13 of 14 planted errors caught, no false alarm. Found
    // since: "the thirty-first of June, nineteen eighty-five" (an ordinal in
    // words before "of" and a month is a day; a year in words after it is
    // its year).
    assert_pack_finds(
        "heysel",
        &[
            (
                "01-radio-bulletin.txt",
                "fact-mismatch",
                "forty-eight thousand",
            ),
            (
                "01-radio-bulletin.txt",
                "inconsistent",
                "forty-eight thousand",
            ),
            (
                "01-radio-bulletin.txt",
                "fact-mismatch",
                "nineteen ninety-one",
            ),
            (
                "02-tv-interview.txt",
                "inconsistent",
                "more than six thousand",
            ),
            (
                "02-tv-interview.txt",
                "invalid-date",
                "thirty-first of June, nineteen eighty-five",
            ),
            ("02-tv-interview.txt", "fact-mismatch", "Fifteen years ago"),
            ("02-tv-interview.txt", "inconsistent", "Fifteen years ago"),
            ("03-podcast.md", "fact-mismatch", "four years"),
            ("03-podcast.md", "inconsistent", "four years"),
            (
                "03-podcast.md",
                "fact-mismatch",
                "September nineteen eighty-eight",
            ),
            (
                "03-podcast.md",
                "inconsistent",
                "September nineteen eighty-eight",
            ),
            ("03-podcast.md", "anachronism", "29 May 2015"),
            ("04-qa-interview.md", "acronym-mismatch", "FIFA"),
            ("04-qa-interview.md", "fact-mismatch", "sixteen"),
            ("04-qa-interview.md", "inconsistent", "sixteen"),
            ("04-qa-interview.md", "fact-mismatch", "five-year"),
            ("04-qa-interview.md", "inconsistent", "five-year"),
            (
                "05-news-broadcast.txt",
                "weekday-mismatch",
                "Saturday, 2 June 1985",
            ),
            ("05-news-broadcast.txt", "fact-mismatch", "31"),
            ("05-news-broadcast.txt", "inconsistent", "31"),
            (
                "05-news-broadcast.txt",
                "wrong-name",
                "European Union of Football Associations",
            ),
        ],
    );
}

#[test]
fn mitch_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Hurricane Mitch (round 51: broadcast transcripts),
    // scored on the session's starting build: 12 of 14 planted errors caught,
    // one false alarm (two findings). Fixed since: "a hundred and eighty
    // miles an hour" was read as "a hundred" and "eighty" ("a hundred" takes
    // its tail as "one hundred" does). Found since: "the twenty-fifth of
    // October", and "retired the name Mitch in two thousand and one, and"
    // (a year said in words is a year after a word that dates it).
    assert_pack_finds(
        "mitch",
        &[
            (
                "01-radio-bulletin.txt",
                "fact-mismatch",
                "two hundred and eighty",
            ),
            (
                "01-radio-bulletin.txt",
                "inconsistent",
                "two hundred and eighty",
            ),
            (
                "01-radio-bulletin.txt",
                "fact-mismatch",
                "twenty-fifth of October",
            ),
            (
                "01-radio-bulletin.txt",
                "inconsistent",
                "twenty-fifth of October",
            ),
            (
                "02-tv-interview.txt",
                "fact-mismatch",
                "nine hundred and fifteen",
            ),
            (
                "02-tv-interview.txt",
                "inconsistent",
                "nine hundred and fifteen",
            ),
            (
                "02-tv-interview.txt",
                "fact-mismatch",
                "more than eleven thousand",
            ),
            (
                "02-tv-interview.txt",
                "inconsistent",
                "more than eleven thousand",
            ),
            ("03-podcast.md", "inconsistent", "about eighteen thousand"),
            ("03-podcast.md", "fact-mismatch", "six billion"),
            ("03-podcast.md", "inconsistent", "six billion"),
            ("03-podcast.md", "fact-mismatch", "two thousand and one"),
            ("03-podcast.md", "inconsistent", "two thousand and one"),
            ("04-qa-interview.txt", "fact-mismatch", "About 40 per cent"),
            ("04-qa-interview.txt", "inconsistent", "About 40 per cent"),
            ("04-qa-interview.txt", "acronym-mismatch", "NOAA"),
            ("04-qa-interview.txt", "invalid-date", "31 November 1998"),
            ("04-qa-interview.txt", "anachronism", "25 May 1999"),
            (
                "05-radio-anniversary.md",
                "weekday-mismatch",
                "Friday, 29 October 1998",
            ),
            ("05-radio-anniversary.md", "fact-mismatch", "30 years"),
            ("05-radio-anniversary.md", "inconsistent", "30 years"),
            (
                "05-radio-anniversary.md",
                "wrong-name",
                "World Meteorological Association",
            ),
        ],
    );
}

#[test]
fn northsea1953_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the North Sea flood of 1953 (round 51: broadcast
    // transcripts), scored on the session's starting build: 13 of 14 planted
    // errors caught, two false alarms (four findings). Fixed since: "a hundred
    // and thirty-three lives" was read as 33 (twice); "this morning both
    // countries are remembering the night it happened" dated the flood this
    // morning (a cue after a verb of remembering is another time's event).
    // Found since: "the eighth of May, nineteen eighty-four".
    assert_pack_finds(
        "northsea1953",
        &[
            (
                "01-radio-bulletin.txt",
                "fact-mismatch",
                "more than two thousand",
            ),
            (
                "01-radio-bulletin.txt",
                "inconsistent",
                "more than two thousand",
            ),
            (
                "01-radio-bulletin.txt",
                "fact-mismatch",
                "nineteen per cent",
            ),
            ("01-radio-bulletin.txt", "inconsistent", "nineteen per cent"),
            (
                "01-radio-bulletin.txt",
                "inconsistent",
                "about three thousand",
            ),
            ("02-tv-interview.txt", "fact-mismatch", "eighty-five"),
            ("02-tv-interview.txt", "inconsistent", "eighty-five"),
            (
                "02-tv-interview.txt",
                "anachronism",
                "eighth of May, nineteen eighty-four",
            ),
            (
                "03-podcast-transcript.md",
                "fact-mismatch",
                "three hundred and seventy",
            ),
            (
                "03-podcast-transcript.md",
                "inconsistent",
                "three hundred and seventy",
            ),
            (
                "03-podcast-transcript.md",
                "wrong-name",
                "Royal National Lifeboat Association",
            ),
            (
                "03-podcast-transcript.md",
                "fact-mismatch",
                "sixth of December, nineteen fifty-three",
            ),
            (
                "03-podcast-transcript.md",
                "inconsistent",
                "sixth of December, nineteen fifty-three",
            ),
            (
                "04-qa-interview.txt",
                "weekday-mismatch",
                "Friday, 31 January 1953",
            ),
            ("04-qa-interview.txt", "fact-mismatch", "six months"),
            ("04-qa-interview.txt", "invalid-date", "29 February 1958"),
            ("05-barrier-at-forty.md", "acronym-mismatch", "NRA"),
            ("05-barrier-at-forty.md", "fact-mismatch", "31 January 1935"),
            ("05-barrier-at-forty.md", "inconsistent", "31 January 1935"),
            ("05-barrier-at-forty.md", "fact-mismatch", "435 million"),
            ("05-barrier-at-forty.md", "inconsistent", "435 million"),
        ],
    );
}

#[test]
fn suez1956_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Suez Crisis (round 51: broadcast transcripts),
    // scored on the session's starting build: 12 of 14 planted errors caught,
    // one false alarm. Fixed since: "in the first week of November", in a
    // podcast of 2026 about 1956, was read in 2026 (a week of a month whose
    // year is not said is read in the narrative's and the fact's year, as a
    // day is). Found since: "The ultimatum gave Egypt and Israel twenty-four
    // hours" ("and" between two names joins no clauses) and "a World Bank loan
    // of $400 million" (a name before an amount's noun says whose it is).
    assert_pack_finds(
        "suez1956",
        &[
            (
                "01-radio-bulletin.txt",
                "wrong-name",
                "United Nations Expeditionary Force",
            ),
            ("01-radio-bulletin.txt", "inconsistent", "fourteen"),
            ("01-radio-bulletin.txt", "fact-mismatch", "1859"),
            (
                "02-tv-interview.txt",
                "fact-mismatch",
                "Fifty years ago today",
            ),
            (
                "02-tv-interview.txt",
                "inconsistent",
                "Fifty years ago today",
            ),
            ("02-tv-interview.txt", "fact-mismatch", "twenty-four hours"),
            ("02-tv-interview.txt", "inconsistent", "twenty-four hours"),
            ("03-podcast.md", "anachronism", "3 November 2026"),
            ("03-podcast.md", "fact-mismatch", "July nineteen fifty-five"),
            ("03-podcast.md", "inconsistent", "July nineteen fifty-five"),
            ("03-podcast.md", "fact-mismatch", "some sixteen thousand"),
            ("03-podcast.md", "inconsistent", "some sixteen thousand"),
            ("04-qa-interview.txt", "acronym-mismatch", "IMF"),
            ("04-qa-interview.txt", "invalid-date", "31 September 1956"),
            ("04-qa-interview.txt", "fact-mismatch", "28 October 1956"),
            ("04-qa-interview.txt", "inconsistent", "28 October 1956"),
            (
                "04-qa-interview.txt",
                "weekday-mismatch",
                "Wednesday, 5 November 1956",
            ),
            ("05-news-broadcast.txt", "fact-mismatch", "54 per cent"),
            ("05-news-broadcast.txt", "inconsistent", "54 per cent"),
            ("05-news-broadcast.txt", "fact-mismatch", "400 million"),
            ("05-news-broadcast.txt", "inconsistent", "400 million"),
        ],
    );
}

/// Regression (round 51, `suez1956`): in a podcast of 2026 about 1956, "in
/// the first week of November it set up a force" was read in 2026 and
/// taken for a wrong date of the force's founding. A week of a month whose
/// year is not said is read, as a day is, in the year the narrative last
/// wrote and in the fact's.
#[test]
fn a_week_of_a_month_without_its_year_is_read_in_the_facts_year() {
    let rules = pack("suez1956");
    let dated = |body: &str| format!("---\ndate: 2026-10-28\n---\n\n{body}\n");
    let doc = |body: &str| check_markdown(&rules, &dated(body));
    assert_eq!(
        doc(
            "In the first week of November the General Assembly set up the United Nations Emergency Force."
        ),
        []
    );
    // a week that misses the fact is still wrong
    assert_eq!(
        doc(
            "In the third week of November the General Assembly set up the United Nations Emergency Force."
        ),
        owned(&[("t.md", "fact-mismatch", "the third week of November")])
    );
}

/// Regression (round 51, `suez1956`): "The ultimatum gave Egypt and Israel
/// twenty-four hours" was no claim, since "and" between the cue "gave" and
/// the duration was read as joining clauses; and "a World Bank loan of
/// $400 million" was taken for the World Bank's doing, not the loan the
/// fact is of. "and" between two capitalised names joins no clauses, and a
/// name before an amount's noun says whose the amount is.
#[test]
fn names_between_a_cue_and_its_figure_do_not_part_them() {
    let rules = pack("suez1956");
    let dated = |body: &str| format!("LONDON, 10 January 1957 (Reuters) — {body}");
    let check = |body: &str| check_text(&rules, &dated(body));
    assert_eq!(
        check("The ultimatum gave Egypt and Israel twenty-four hours to pull back."),
        owned(&[("t.txt", "fact-mismatch", "twenty-four hours")])
    );
    assert_eq!(
        check(
            "The United States and Britain withdrew their offers of help with the Aswan High Dam, and with them a World Bank loan of $400 million."
        ),
        owned(&[("t.txt", "fact-mismatch", "400 million")])
    );
    // the right figures are quiet
    assert_eq!(
        check("The ultimatum gave Egypt and Israel twelve hours to pull back."),
        []
    );
}

/// Regression (round 51, `northsea1953`): "a hundred and thirty-three
/// lives" was read as "a hundred" and "thirty-three", and the 33 taken for
/// a wrong toll; "this morning both countries are remembering the night it
/// happened" dated the flood this morning. "a hundred" takes its tail as
/// "one hundred" does, and a cue after a verb of remembering is the
/// remembered event's, not the mention's.
#[test]
fn spoken_hundreds_and_remembered_events() {
    let rules = pack("northsea1953");
    let dated = |body: &str| format!("Broadcast 07:00, Saturday 1 February 2003\n\n{body}\n");
    let check = |body: &str| check_text(&rules, &dated(body));
    assert_eq!(
        check(
            "The storm sank the car ferry Princess Victoria in the North Channel with the loss of a hundred and thirty-three lives."
        ),
        []
    );
    assert_eq!(
        check(
            "Fifty years ago this weekend the North Sea flood broke through the sea walls, and this morning both countries are remembering the night it happened."
        ),
        []
    );
}

#[test]
fn moore_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2013 Moore tornado (round 52: local and community
    // reporting: council meetings, calendars with event times, addresses,
    // phone numbers, vote tallies, fiscal years), scored on the session's
    // starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "moore",
        &[
            ("01-anniversary.txt", "fact-mismatch", "36"),
            ("01-anniversary.txt", "inconsistent", "36"),
            ("01-anniversary.txt", "fact-mismatch", "4 billion"),
            (
                "02-council.md",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            ("02-council.md", "fact-mismatch", "March 2015"),
            ("02-council.md", "inconsistent", "March 2015"),
            ("02-council.md", "inconsistent", "2,150"),
            ("02-council.md", "invalid-date", "April 31, 2024"),
            ("03-calendar.txt", "fact-mismatch", "the 29 minutes"),
            ("03-calendar.txt", "inconsistent", "the 29 minutes"),
            ("03-calendar.txt", "anachronism", "May 17, 2025"),
            ("04-letter.md", "weekday-mismatch", "Tuesday, May 20, 2013"),
            ("04-letter.md", "acronym-mismatch", "NSSL"),
            ("04-letter.md", "fact-mismatch", "26 minutes"),
            ("04-letter.md", "fact-mismatch", "May 29"),
            ("04-letter.md", "inconsistent", "May 29"),
            ("05-survivor.txt", "fact-mismatch", "12 years ago"),
            ("05-survivor.txt", "inconsistent", "12 years ago"),
            ("05-survivor.txt", "fact-mismatch", "At least nine"),
            ("05-survivor.txt", "inconsistent", "At least nine"),
        ],
    );
}

#[test]
fn molasses_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Boston Molasses Flood (round 52: local and community
    // reporting), scored on the session's starting build: all 14 planted
    // errors caught, no false alarm.
    assert_pack_finds(
        "molasses",
        &[
            (
                "01-anniversary-reading.txt",
                "weekday-mismatch",
                "Thursday, January 15, 1919",
            ),
            ("01-anniversary-reading.txt", "fact-mismatch", "23"),
            ("01-anniversary-reading.txt", "inconsistent", "23"),
            ("01-anniversary-reading.txt", "fact-mismatch", "1917"),
            ("01-anniversary-reading.txt", "inconsistent", "1917"),
            ("02-council-memorial-vote.md", "fact-mismatch", "682,000"),
            ("02-council-memorial-vote.md", "inconsistent", "682,000"),
            ("02-council-memorial-vote.md", "acronym-mismatch", "DRC"),
            (
                "02-council-memorial-vote.md",
                "invalid-date",
                "June 31, 2025",
            ),
            ("03-community-calendar.txt", "fact-mismatch", "3.2 million"),
            ("03-community-calendar.txt", "inconsistent", "3.2 million"),
            ("03-community-calendar.txt", "anachronism", "Jan. 15, 2026"),
            (
                "04-letter-historian.md",
                "wrong-name",
                "United States Industrial Alcohol Corporation",
            ),
            ("04-letter-historian.md", "fact-mismatch", "three years"),
            ("04-letter-historian.md", "fact-mismatch", "96 years ago"),
            ("04-letter-historian.md", "inconsistent", "96 years ago"),
            (
                "05-feature-witness-tape.txt",
                "fact-mismatch",
                "January 15, 1918",
            ),
            (
                "05-feature-witness-tape.txt",
                "inconsistent",
                "January 15, 1918",
            ),
            ("05-feature-witness-tape.txt", "inconsistent", "40"),
            (
                "05-feature-witness-tape.txt",
                "fact-mismatch",
                "more than 250",
            ),
            (
                "05-feature-witness-tape.txt",
                "inconsistent",
                "more than 250",
            ),
        ],
    );
}

#[test]
fn galveston_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1900 Galveston hurricane (round 52: local and
    // community reporting), scored on the session's starting build: all 14
    // planted errors caught, no false alarm.
    assert_pack_finds(
        "galveston",
        &[
            (
                "01-anniversary.txt",
                "weekday-mismatch",
                "Sunday, September 8, 1900",
            ),
            ("01-anniversary.txt", "fact-mismatch", "more than 6,300"),
            ("01-anniversary.txt", "inconsistent", "more than 6,300"),
            ("01-anniversary.txt", "fact-mismatch", "1935"),
            ("01-anniversary.txt", "inconsistent", "1935"),
            ("02-council.md", "anachronism", "August 21, 2025"),
            ("02-council.md", "acronym-mismatch", "NOAA"),
            ("02-council.md", "fact-mismatch", "1906"),
            ("02-council.md", "inconsistent", "1906"),
            ("03-calendar.txt", "fact-mismatch", "115 years ago"),
            ("03-calendar.txt", "inconsistent", "115 years ago"),
            (
                "03-calendar.txt",
                "weekday-mismatch",
                "Saturday, September 7, 2025",
            ),
            ("03-calendar.txt", "invalid-date", "September 31, 2025"),
            (
                "04-letter.md",
                "wrong-name",
                "National Oceanographic and Atmospheric Administration",
            ),
            ("04-letter.md", "inconsistent", "about 1,700"),
            ("04-letter.md", "fact-mismatch", "1,200"),
            ("04-letter.md", "inconsistent", "1,200"),
            ("05-survivor.txt", "fact-mismatch", "some 16,000"),
            ("05-survivor.txt", "inconsistent", "some 16,000"),
            ("05-survivor.txt", "fact-mismatch", "12"),
        ],
    );
}

#[test]
fn grandforks_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1997 Red River flood in Grand Forks (round 52: local
    // and community reporting), scored on the session's starting build: all 14
    // planted errors caught, no false alarm.
    assert_pack_finds(
        "grandforks",
        &[
            ("01-anniversary.txt", "fact-mismatch", "52.35"),
            ("01-anniversary.txt", "inconsistent", "52.35"),
            ("01-anniversary.txt", "acronym-mismatch", "USGS"),
            (
                "01-anniversary.txt",
                "weekday-mismatch",
                "Friday, April 19, 1997",
            ),
            ("02-council.md", "fact-mismatch", "490 million"),
            ("02-council.md", "inconsistent", "490 million"),
            ("02-council.md", "fact-mismatch", "about 1,200"),
            ("02-council.md", "inconsistent", "about 1,200"),
            ("02-council.md", "anachronism", "October 12, 2024"),
            ("03-calendar.txt", "fact-mismatch", "1997"),
            ("03-calendar.txt", "inconsistent", "1997"),
            ("03-calendar.txt", "invalid-date", "April 31, 2017"),
            ("04-letter.md", "wrong-name", "U.S. Geological Service"),
            ("04-letter.md", "fact-mismatch", "10 million"),
            ("04-letter.md", "inconsistent", "10 million"),
            ("04-letter.md", "fact-mismatch", "12 years"),
            ("05-survivor.txt", "fact-mismatch", "26 years ago"),
            ("05-survivor.txt", "fact-mismatch", "16"),
            ("05-survivor.txt", "inconsistent", "16"),
            ("05-survivor.txt", "inconsistent", "2.5 million"),
        ],
    );
}

#[test]
fn apollo1_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Apollo 1 fire (round 53: newsletters, social-media
    // threads, push alerts and briefings: abbreviated dates and weekdays,
    // numbered posts, times with time zones), scored on the session's starting
    // build: 13 of 14 planted errors caught, no false alarm. Found since: "The
    // Apollo 1 fire broke out at 6:31 p.m. EST on Jan. 26, 1967" (a clock time
    // between a verb and its date counts for nothing, and its colon marks no
    // clause).
    assert_pack_finds(
        "apollo1",
        &[
            ("01-newsletter.txt", "fact-mismatch", "Jan. 26, 1967"),
            ("01-newsletter.txt", "inconsistent", "Jan. 26, 1967"),
            ("01-newsletter.txt", "fact-mismatch", "14.7"),
            ("01-newsletter.txt", "inconsistent", "14.7"),
            (
                "01-newsletter.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("02-thread.md", "fact-mismatch", "57 years ago today"),
            ("02-thread.md", "inconsistent", "57 years ago today"),
            ("02-thread.md", "fact-mismatch", "more than 10 minutes"),
            ("02-thread.md", "inconsistent", "more than 10 minutes"),
            ("02-thread.md", "inconsistent", "25"),
            (
                "03-push-alerts.txt",
                "weekday-mismatch",
                "Thurs., Jan. 27, 1967",
            ),
            ("03-push-alerts.txt", "acronym-mismatch", "MSFC"),
            ("03-push-alerts.txt", "fact-mismatch", "Oct. 11, 1969"),
            ("03-push-alerts.txt", "inconsistent", "Oct. 11, 1969"),
            ("04-briefing.md", "fact-mismatch", "Feb. 1, 1967"),
            ("04-briefing.md", "inconsistent", "Feb. 1, 1967"),
            ("04-briefing.md", "invalid-date", "Feb. 29, 1967"),
            ("04-briefing.md", "fact-mismatch", "June 1967"),
            ("05-explainer.txt", "fact-mismatch", "about 45 seconds"),
            ("05-explainer.txt", "anachronism", "Jan. 31, 1967"),
        ],
    );
}

#[test]
fn kobe_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1995 Kobe earthquake (round 53: newsletters,
    // threads, alerts and briefings), scored on the session's starting build:
    // 13 of 14 planted errors caught, no false alarm. Found since: "struck at
    // 5:46 a.m. local time on Jan. 17, 1996" (as in the apollo1 pack).
    assert_pack_finds(
        "kobe",
        &[
            ("01-newsletter.md", "wrong-name", "Japan Meteorology Agency"),
            ("01-newsletter.md", "fact-mismatch", "6,343"),
            ("01-newsletter.md", "inconsistent", "6,343"),
            ("01-newsletter.md", "fact-mismatch", "April 18, 1995"),
            ("01-newsletter.md", "inconsistent", "April 18, 1995"),
            ("02-thread.txt", "weekday-mismatch", "Mon, 17 Jan 1995"),
            ("02-thread.txt", "fact-mismatch", "7.9"),
            ("02-thread.txt", "inconsistent", "7.9"),
            ("02-thread.txt", "fact-mismatch", "Sept 1997"),
            ("02-thread.txt", "inconsistent", "Sept 1997"),
            ("03-alerts.txt", "fact-mismatch", "34,792"),
            ("03-alerts.txt", "inconsistent", "34,792"),
            ("03-alerts.txt", "invalid-date", "Sept. 31, 1996"),
            ("03-alerts.txt", "anachronism", "17 January 2025"),
            ("04-briefing.txt", "acronym-mismatch", "JMA"),
            ("04-briefing.txt", "fact-mismatch", "91 days"),
            ("04-briefing.txt", "inconsistent", "91 days"),
            (
                "04-briefing.txt",
                "inconsistent",
                "An estimated 2.4 million",
            ),
            ("05-explainer.md", "fact-mismatch", "Jan. 17, 1996"),
            ("05-explainer.md", "inconsistent", "Jan. 17, 1996"),
            ("05-explainer.md", "fact-mismatch", "more than 200,000"),
            ("05-explainer.md", "inconsistent", "more than 200,000"),
        ],
    );
}

#[test]
fn amundsen_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the race to the South Pole (round 53: newsletters,
    // threads, alerts and briefings; the writer's YAML had an unquoted colon in
    // a source, quoted here), scored on the session's starting build: all 14
    // planted errors caught, two false alarms (four findings). Fixed since: "The
    // British one comes next month: Scott's party reached the Pole on 17
    // January 1912" dated the Pole next month (past a colon, a cue with a date
    // of its own later in its clause is that date's). "The fate of Scott's
    // party was not known until the Terra Nova reached New Zealand in
    // February 1913" had been read as Scott's party reaching the Pole (a
    // false alarm): the cue "reached" follows a name the rules do not know,
    // and "until" opens that name's own clause.
    assert_pack_finds(
        "amundsen",
        &[
            ("01-newsletter.md", "fact-mismatch", "42"),
            ("01-newsletter.md", "inconsistent", "42"),
            ("01-newsletter.md", "fact-mismatch", "15 July 1910"),
            ("01-newsletter.md", "inconsistent", "15 July 1910"),
            ("01-newsletter.md", "wrong-name", "Royal Geographic Society"),
            ("02-thread.txt", "weekday-mismatch", "Tuesday, Jan 17, 1912"),
            ("02-thread.txt", "fact-mismatch", "March 19, 1912"),
            ("02-thread.txt", "inconsistent", "March 19, 1912"),
            ("02-thread.txt", "anachronism", "29 March 2012"),
            ("03-push-alerts.txt", "invalid-date", "Sept. 31, 1911"),
            ("03-push-alerts.txt", "fact-mismatch", "17 March 1912"),
            ("03-push-alerts.txt", "inconsistent", "17 March 1912"),
            (
                "04-morning-briefing.md",
                "fact-mismatch",
                "25 February 1912",
            ),
            ("04-morning-briefing.md", "acronym-mismatch", "BAS"),
            ("04-morning-briefing.md", "fact-mismatch", "21,500"),
            ("05-what-we-know.txt", "fact-mismatch", "89 days"),
            ("05-what-we-know.txt", "inconsistent", "89 days"),
            ("05-what-we-know.txt", "fact-mismatch", "16 April 1912"),
            ("05-what-we-know.txt", "inconsistent", "16 April 1912"),
            ("05-what-we-know.txt", "inconsistent", "57,000"),
        ],
    );
}

/// Regression (round 53, `apollo1` and `kobe`): "The Apollo 1 fire broke
/// out at 6:31 p.m. EST on Jan. 26, 1967" was no claim: the clock time
/// between the verb and the date was counted word by word, and its colon
/// read as a clause mark. A clock time there (and a "local time" after it)
/// counts for nothing.
#[test]
fn a_clock_time_between_a_verb_and_its_date_counts_for_nothing() {
    let rules = pack("apollo1");
    let dated = |body: &str| format!("CAPE KENNEDY, Fla., Jan. 24, 2017 —\n\n{body}\n");
    let check = |body: &str| check_text(&rules, &dated(body));
    assert_eq!(
        check("The Apollo 1 fire broke out at 6:31 p.m. EST on Jan. 26, 1967, during a rehearsal."),
        owned(&[("t.txt", "fact-mismatch", "Jan. 26, 1967")])
    );
    assert_eq!(
        check(
            "The Apollo 1 fire broke out at 6:31 p.m. local time on Jan. 27, 1967, during a rehearsal."
        ),
        []
    );
}

/// Regression (round 53, `amundsen`): "The British one comes next month:
/// Scott's party reached the Pole on 17 January 1912" dated the Pole next
/// month. Past a colon, a cue with a date of its own later in its clause
/// is that date's, where the mention ends a clause of its own (not a
/// timeline's "23 November 1984 — Band Aid records …").
#[test]
fn past_a_colon_a_cue_with_its_own_date_is_that_dates() {
    let rules = pack("amundsen");
    let dated = |body: &str| format!("---\ndate: 2011-12-14\n---\n\n{body}\n");
    let doc = |body: &str| check_markdown(&rules, &dated(body));
    assert_eq!(
        doc("The British one comes next month: Scott's party reached the Pole on 17 January 1912."),
        []
    );
    // its own date is still checked
    assert_eq!(
        doc("The British one comes next month: Scott's party reached the Pole on 27 January 1912."),
        owned(&[("t.md", "fact-mismatch", "27 January 1912")])
    );
}

#[test]
fn mir_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Mir space station (round 54: explainers and reader Q&A,
    // question headings, fact boxes and key-dates lists), scored on the session's
    // starting build: 13 of 14 planted errors caught, no false alarm. Found since:
    // "Sergei Avdeyev spent a total of 847 days in space over three missions, a
    // career record that stood until 2005" (a year in a noun set in apposition
    // after the claim, with a relative clause, dates that noun, not the
    // sentence).
    assert_pack_finds(
        "mir",
        &[
            (
                "01-what-we-know-deorbit.txt",
                "fact-mismatch",
                "more than 96,000",
            ),
            ("01-what-we-know-deorbit.txt", "anachronism", "16 June 2001"),
            ("01-what-we-know-deorbit.txt", "acronym-mismatch", "JPL"),
            ("02-mir-at-forty.md", "fact-mismatch", "2002"),
            ("02-mir-at-forty.md", "inconsistent", "2002"),
            ("02-mir-at-forty.md", "fact-mismatch", "847 days"),
            ("02-mir-at-forty.md", "inconsistent", "847 days"),
            ("02-mir-at-forty.md", "fact-mismatch", "3,464 days"),
            ("02-mir-at-forty.md", "inconsistent", "3,464 days"),
            (
                "03-collision-twenty-years.txt",
                "weekday-mismatch",
                "Tuesday, 25 June 1997",
            ),
            (
                "03-collision-twenty-years.txt",
                "fact-mismatch",
                "22 March 1996",
            ),
            (
                "03-collision-twenty-years.txt",
                "inconsistent",
                "22 March 1996",
            ),
            (
                "03-collision-twenty-years.txt",
                "invalid-date",
                "31 April 1996",
            ),
            ("04-collision-qa.md", "fact-mismatch", "23 April"),
            ("04-collision-qa.md", "inconsistent", "23 April"),
            (
                "04-collision-qa.md",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            (
                "05-twenty-years-after.txt",
                "fact-mismatch",
                "thirty years ago",
            ),
            (
                "05-twenty-years-after.txt",
                "inconsistent",
                "thirty years ago",
            ),
            (
                "05-twenty-years-after.txt",
                "fact-mismatch",
                "about $2.4 billion",
            ),
            (
                "05-twenty-years-after.txt",
                "inconsistent",
                "about $2.4 billion",
            ),
            ("05-twenty-years-after.txt", "inconsistent", "Some 15,000"),
        ],
    );
}

#[test]
fn dotcom_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the dot-com crash (round 54), scored on the session's
    // starting build: 13 of 14 planted errors caught, no false alarm. Found
    // since: "At Wednesday's closing low of 1,141.11, the Nasdaq had given back
    // every point it gained after the summer of 1996" (a date in the possessive
    // before the noun a figure measures, and its "of", dates the figure).
    assert_pack_finds(
        "dotcom",
        &[
            (
                "01-explainer.md",
                "weekday-mismatch",
                "Thursday, 10 March 2000",
            ),
            ("01-explainer.md", "fact-mismatch", "26 years ago"),
            ("01-explainer.md", "inconsistent", "26 years ago"),
            ("01-explainer.md", "fact-mismatch", "87 per cent"),
            ("02-wire-low.txt", "fact-mismatch", "1,141.11"),
            ("02-wire-low.txt", "inconsistent", "1,141.11"),
            ("02-wire-low.txt", "anachronism", "21 July 2003"),
            (
                "02-wire-low.txt",
                "wrong-name",
                "Federal Open Markets Committee",
            ),
            ("03-timeline.txt", "fact-mismatch", "more than 16 years"),
            ("03-timeline.txt", "fact-mismatch", "5 December 1997"),
            ("03-timeline.txt", "inconsistent", "5 December 1997"),
            ("03-timeline.txt", "fact-mismatch", "156 billion"),
            ("03-timeline.txt", "inconsistent", "156 billion"),
            ("04-qa-failures.md", "fact-mismatch", "85.2 million"),
            ("04-qa-failures.md", "inconsistent", "85.2 million"),
            ("04-qa-failures.md", "invalid-date", "31 November 1998"),
            ("04-qa-failures.md", "acronym-mismatch", "FINRA"),
            ("05-whatweknow.txt", "inconsistent", "380 million"),
            ("05-whatweknow.txt", "fact-mismatch", "last December"),
            ("05-whatweknow.txt", "inconsistent", "last December"),
        ],
    );
}

#[test]
fn panamacanal_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Panama Canal (round 54), scored on the session's
    // starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "panamacanal",
        &[
            (
                "01-handover-qa.md",
                "weekday-mismatch",
                "Thursday, 31 December 1999",
            ),
            ("01-handover-qa.md", "fact-mismatch", "67"),
            ("01-handover-qa.md", "inconsistent", "67"),
            (
                "02-expansion-explainer.txt",
                "fact-mismatch",
                "nine years ago",
            ),
            (
                "02-expansion-explainer.txt",
                "inconsistent",
                "nine years ago",
            ),
            ("02-expansion-explainer.txt", "fact-mismatch", "seven years"),
            ("02-expansion-explainer.txt", "inconsistent", "seven years"),
            (
                "02-expansion-explainer.txt",
                "weekday-mismatch",
                "Tuesday, 3 September 2007",
            ),
            (
                "03-centenary-timeline.txt",
                "fact-mismatch",
                "18 November 1904",
            ),
            (
                "03-centenary-timeline.txt",
                "inconsistent",
                "18 November 1904",
            ),
            ("03-centenary-timeline.txt", "inconsistent", "65,000"),
            ("03-centenary-timeline.txt", "anachronism", "February 2015"),
            ("04-drought-reader-qa.md", "invalid-date", "31 June 2023"),
            ("04-drought-reader-qa.md", "fact-mismatch", "3.25 billion"),
            ("04-drought-reader-qa.md", "fact-mismatch", "6,509"),
            ("04-drought-reader-qa.md", "inconsistent", "6,509"),
            (
                "05-treaties-explainer.txt",
                "fact-mismatch",
                "31 December 2000",
            ),
            (
                "05-treaties-explainer.txt",
                "inconsistent",
                "31 December 2000",
            ),
            (
                "05-treaties-explainer.txt",
                "wrong-name",
                "Panama Canal Administration",
            ),
            ("05-treaties-explainer.txt", "acronym-mismatch", "PCC"),
        ],
    );
}

#[test]
fn mexico1985_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1985 Mexico City earthquake (round 54), scored on the
    // session's starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "mexico1985",
        &[
            ("01-forty-years-explainer.md", "fact-mismatch", "7.1"),
            ("01-forty-years-explainer.md", "inconsistent", "7.1"),
            (
                "01-forty-years-explainer.md",
                "fact-mismatch",
                "27 years ago",
            ),
            (
                "01-forty-years-explainer.md",
                "inconsistent",
                "27 years ago",
            ),
            ("01-forty-years-explainer.md", "fact-mismatch", "6 May 1987"),
            ("01-forty-years-explainer.md", "inconsistent", "6 May 1987"),
            ("02-reader-questions-2017.txt", "fact-mismatch", "5.7"),
            ("02-reader-questions-2017.txt", "inconsistent", "5.7"),
            (
                "02-reader-questions-2017.txt",
                "fact-mismatch",
                "about 25,000",
            ),
            (
                "02-reader-questions-2017.txt",
                "invalid-date",
                "31 September 1985",
            ),
            (
                "03-what-we-know-1985.txt",
                "fact-mismatch",
                "last Wednesday",
            ),
            ("03-what-we-know-1985.txt", "inconsistent", "last Wednesday"),
            (
                "03-what-we-know-1985.txt",
                "weekday-mismatch",
                "Thursday, 20 September 1985",
            ),
            ("03-what-we-know-1985.txt", "anachronism", "21 October 1985"),
            (
                "04-reforms-thirty-years.txt",
                "fact-mismatch",
                "about $4 million",
            ),
            (
                "04-reforms-thirty-years.txt",
                "wrong-name",
                "National Center for Disaster Protection",
            ),
            ("04-reforms-thirty-years.txt", "fact-mismatch", "28,000"),
            ("04-reforms-thirty-years.txt", "inconsistent", "28,000"),
            ("05-why-september-19.md", "acronym-mismatch", "CIRES"),
            ("05-why-september-19.md", "inconsistent", "some 3,000"),
        ],
    );
}

#[test]
fn eclipse2017_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the total solar eclipse of 21 August 2017 (round 55: live
    // blogs and rolling coverage, timestamped entries newest first, key events,
    // corrections and updates), scored on the session's starting build: all 14
    // planted errors caught, no false alarm.
    assert_pack_finds(
        "eclipse2017",
        &[
            (
                "01-liveblog-uk.txt",
                "wrong-name",
                "American Astronomical Association",
            ),
            ("01-liveblog-uk.txt", "fact-mismatch", "649 million"),
            ("01-liveblog-uk.txt", "inconsistent", "649 million"),
            (
                "01-liveblog-uk.txt",
                "weekday-mismatch",
                "Sunday 8 June 1918",
            ),
            ("02-oregon-rolling.md", "fact-mismatch", "April 18, 2024"),
            (
                "02-oregon-rolling.md",
                "fact-mismatch",
                "2 minutes 41 seconds",
            ),
            (
                "02-oregon-rolling.md",
                "inconsistent",
                "2 minutes 41 seconds",
            ),
            ("02-oregon-rolling.md", "invalid-date", "April 31, 2016"),
            ("03-carbondale-live.txt", "fact-mismatch", "38 years"),
            ("03-carbondale-live.txt", "inconsistent", "38 years"),
            (
                "03-carbondale-live.txt",
                "fact-mismatch",
                "1 minute 38 seconds",
            ),
            (
                "03-carbondale-live.txt",
                "inconsistent",
                "1 minute 38 seconds",
            ),
            ("04-morning-after.txt", "anachronism", "27 August 2017"),
            (
                "04-morning-after.txt",
                "fact-mismatch",
                "two and a half hours",
            ),
            (
                "04-morning-after.txt",
                "inconsistent",
                "two and a half hours",
            ),
            ("04-morning-after.txt", "acronym-mismatch", "ODOT"),
            ("04-morning-after.txt", "fact-mismatch", "Sunday morning"),
            ("04-morning-after.txt", "inconsistent", "Sunday morning"),
            (
                "05-carbondale-2024-live.md",
                "fact-mismatch",
                "six years ago",
            ),
            (
                "05-carbondale-2024-live.md",
                "inconsistent",
                "six years ago",
            ),
            ("05-carbondale-2024-live.md", "inconsistent", "some 50,000"),
        ],
    );
}

#[test]
fn demo2_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on SpaceX's Demo-2 mission (round 55), scored on the
    // session's starting build: 13 of 14 planted errors caught, no false alarm.
    // The miss, "Behnken made three spacewalks", came from the pack: it listed
    // "Behnken" as the astronaut's alias and as a generic name of the mission,
    // and words that name two subjects name neither (rules/README.md). The
    // surname is the astronaut's alone here, as the writer meant.
    assert_pack_finds(
        "demo2",
        &[
            ("01-liveblog-launch.md", "fact-mismatch", "ten-year"),
            ("01-liveblog-launch.md", "inconsistent", "ten-year"),
            (
                "01-liveblog-launch.md",
                "weekday-mismatch",
                "Friday 30 May 2020",
            ),
            ("01-liveblog-launch.md", "fact-mismatch", "Thursday"),
            ("01-liveblog-launch.md", "inconsistent", "Thursday"),
            (
                "02-liveblog-docking.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("02-liveblog-docking.txt", "fact-mismatch", "27-hour"),
            ("02-liveblog-docking.txt", "inconsistent", "27-hour"),
            ("02-liveblog-docking.txt", "fact-mismatch", "July 2012"),
            ("02-liveblog-docking.txt", "inconsistent", "July 2012"),
            ("03-liveblog-splashdown.md", "acronym-mismatch", "KSC"),
            ("03-liveblog-splashdown.md", "fact-mismatch", "84 days"),
            ("03-liveblog-splashdown.md", "inconsistent", "84 days"),
            ("03-liveblog-splashdown.md", "inconsistent", "1.3 million"),
            ("04-liveblog-scrub.txt", "fact-mismatch", "2.6 million"),
            ("04-liveblog-scrub.txt", "inconsistent", "2.6 million"),
            ("04-liveblog-scrub.txt", "anachronism", "May 28, 2020"),
            ("05-liveblog-crew1.txt", "fact-mismatch", "1,204"),
            ("05-liveblog-crew1.txt", "inconsistent", "1,204"),
            ("05-liveblog-crew1.txt", "fact-mismatch", "three"),
            ("05-liveblog-crew1.txt", "inconsistent", "three"),
            ("05-liveblog-crew1.txt", "invalid-date", "June 31, 2020"),
        ],
    );
}

#[test]
fn warren_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Warren Commission (round 56: official reports, court
    // rulings, inquiry findings and parliamentary records, with section,
    // paragraph, page and resolution numbers), scored on the session's starting
    // build: 13 of 14 planted errors caught, no false alarm. Found since: "The
    // Government Printing Office published the 26 volumes of hearings and
    // exhibits on 23 November 1964" in an article of September 1964 (an "and"
    // between two plural nouns, the second right before the date's
    // preposition, lists nouns and opens no clause).
    assert_pack_finds(
        "warren",
        &[
            ("01-wire-1964.txt", "fact-mismatch", "522"),
            ("01-wire-1964.txt", "inconsistent", "522"),
            ("01-wire-1964.txt", "anachronism", "23 November 1964"),
            ("02-explainer.md", "fact-mismatch", "29 October 1963"),
            ("02-explainer.md", "inconsistent", "29 October 1963"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Saturday, 27 September 1964",
            ),
            ("02-explainer.md", "fact-mismatch", "51 per cent"),
            ("02-explainer.md", "inconsistent", "51 per cent"),
            ("03-ruby-appeal.txt", "invalid-date", "30 February 1965"),
            (
                "03-ruby-appeal.txt",
                "wrong-name",
                "Presidential Commission on the Assassination of President Kennedy",
            ),
            ("03-ruby-appeal.txt", "fact-mismatch", "50 years ago"),
            ("03-ruby-appeal.txt", "inconsistent", "50 years ago"),
            ("04-records-2017.txt", "acronym-mismatch", "NARA"),
            ("04-records-2017.txt", "fact-mismatch", "16 December 1963"),
            ("04-records-2017.txt", "inconsistent", "16 December 1963"),
            ("04-records-2017.txt", "fact-mismatch", "14 months"),
            ("04-records-2017.txt", "inconsistent", "14 months"),
            ("05-files-2025.md", "fact-mismatch", "688"),
            ("05-files-2025.md", "inconsistent", "688"),
            ("05-files-2025.md", "inconsistent", "some 2,500"),
            ("05-files-2025.md", "fact-mismatch", "1.6 million"),
            ("05-files-2025.md", "inconsistent", "1.6 million"),
        ],
    );
}

#[test]
fn chilcot_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Iraq (Chilcot) Inquiry (round 56), scored on the
    // session's starting build: all 14 planted errors caught, one false alarm
    // (two findings), since mended: "17 July 2003 — David Kelly, the government
    // weapons expert named as the source of a BBC story about the dossier, dies
    // near his home" dated the dossier (a cue in a noun set beside a timeline
    // entry's name, closed before its verb, dates nothing).
    assert_pack_finds(
        "chilcot",
        &[
            ("01-wire-publication.txt", "fact-mismatch", "six years ago"),
            ("01-wire-publication.txt", "inconsistent", "six years ago"),
            (
                "01-wire-publication.txt",
                "weekday-mismatch",
                "Thursday, 18 March 2003",
            ),
            (
                "01-wire-publication.txt",
                "wrong-name",
                "Joint Intelligence Council",
            ),
            ("02-key-findings.md", "fact-mismatch", "2.4 million"),
            ("02-key-findings.md", "fact-mismatch", "149"),
            ("02-key-findings.md", "inconsistent", "149"),
            ("02-key-findings.md", "invalid-date", "29 February 2003"),
            ("03-court-ruling.txt", "fact-mismatch", "6 June 2016"),
            ("03-court-ruling.txt", "inconsistent", "6 June 2016"),
            ("03-court-ruling.txt", "acronym-mismatch", "ICJ"),
            ("03-court-ruling.txt", "anachronism", "17 July 2018"),
            ("04-obituary.txt", "fact-mismatch", "more than eight years"),
            ("04-obituary.txt", "inconsistent", "more than eight years"),
            ("04-obituary.txt", "fact-mismatch", "1.3 million"),
            ("04-obituary.txt", "inconsistent", "1.3 million"),
            ("04-obituary.txt", "fact-mismatch", "197"),
            ("04-obituary.txt", "inconsistent", "197"),
            ("05-timeline.md", "fact-mismatch", "3 October 2020"),
            ("05-timeline.md", "inconsistent", "3 October 2020"),
            ("05-timeline.md", "inconsistent", "15,000"),
        ],
    );
}

#[test]
fn res242_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on UN Security Council Resolution 242 (round 56), scored on
    // the session's starting build: 13 of 14 planted errors caught, no false
    // alarm. Found since: "the October War, which Egypt and Syria launched on 7
    // October 1973" (a relative clause on a name of the subject is about it,
    // also where a list of names after its pronoun does the verb).
    assert_pack_finds(
        "res242",
        &[
            ("01-wire-anniversary.txt", "fact-mismatch", "6 June 1967"),
            ("01-wire-anniversary.txt", "inconsistent", "6 June 1967"),
            ("01-wire-anniversary.txt", "fact-mismatch", "15"),
            ("01-wire-anniversary.txt", "inconsistent", "15"),
            ("01-wire-anniversary.txt", "acronym-mismatch", "UNTSO"),
            (
                "02-icj-opinion.md",
                "weekday-mismatch",
                "Thursday, 19 July 2024",
            ),
            ("02-icj-opinion.md", "fact-mismatch", "47 years ago"),
            ("02-icj-opinion.md", "inconsistent", "47 years ago"),
            ("02-icj-opinion.md", "inconsistent", "some 700,000"),
            ("03-commons-briefing.txt", "fact-mismatch", "ten days"),
            ("03-commons-briefing.txt", "inconsistent", "ten days"),
            (
                "03-commons-briefing.txt",
                "fact-mismatch",
                "8 February 1972",
            ),
            ("04-agranat-inquiry.txt", "invalid-date", "31 November 1973"),
            ("04-agranat-inquiry.txt", "fact-mismatch", "7 October 1973"),
            ("04-agranat-inquiry.txt", "inconsistent", "7 October 1973"),
            ("04-agranat-inquiry.txt", "anachronism", "11 April 1974"),
            ("05-ceasefire-1973.md", "fact-mismatch", "24 hours"),
            ("05-ceasefire-1973.md", "inconsistent", "24 hours"),
            (
                "05-ceasefire-1973.md",
                "wrong-name",
                "United Nations Truce Supervisory Organization",
            ),
            ("05-ceasefire-1973.md", "fact-mismatch", "11"),
        ],
    );
}

#[test]
fn taybridge_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Tay Bridge disaster (round 57: text pasted from PDFs,
    // scans and old print, with hyphenation at line ends, running heads, page
    // numbers, footnote marks and older date styles), scored on the session's
    // starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "taybridge",
        &[
            ("01-dundee-report-1879.txt", "fact-mismatch", "fifteen"),
            ("01-dundee-report-1879.txt", "inconsistent", "fifteen"),
            (
                "01-dundee-report-1879.txt",
                "weekday-mismatch",
                "Friday, January 3rd,\n1880",
            ),
            ("02-inquiry-at-140.md", "fact-mismatch", "5 January\n1880"),
            ("02-inquiry-at-140.md", "inconsistent", "5 January\n1880"),
            (
                "02-inquiry-at-140.md",
                "wrong-name",
                "Institute of Civil Engineers",
            ),
            ("02-inquiry-at-140.md", "acronym-mismatch", "NLS"),
            ("03-heritage-timeline.txt", "fact-mismatch", "200,000"),
            ("03-heritage-timeline.txt", "inconsistent", "200,000"),
            ("03-heritage-timeline.txt", "inconsistent", "57"),
            ("03-heritage-timeline.txt", "fact-mismatch", "6 July 1882"),
            (
                "04-anniversary-preview.txt",
                "weekday-mismatch",
                "Saturday, 28 December 1879",
            ),
            ("04-anniversary-preview.txt", "fact-mismatch", "29 months"),
            ("04-anniversary-preview.txt", "inconsistent", "29 months"),
            ("04-anniversary-preview.txt", "fact-mismatch", "49"),
            ("04-anniversary-preview.txt", "inconsistent", "49"),
            (
                "04-anniversary-preview.txt",
                "anachronism",
                "28 December 2019",
            ),
            (
                "05-bouch-obituary-1880.md",
                "invalid-date",
                "31st February,\n1822",
            ),
            (
                "05-bouch-obituary-1880.md",
                "fact-mismatch",
                "1st June, 1877",
            ),
            (
                "05-bouch-obituary-1880.md",
                "inconsistent",
                "1st June, 1877",
            ),
        ],
    );
}

#[test]
fn sf1906_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1906 San Francisco earthquake (round 57), scored on
    // the session's starting build: 13 of 14 planted errors caught, no false
    // alarm. Found since: "placed a wreath at the fountain at 5:12 a.m. on April
    // 18, 2026" in an article of 16 April 2026 (the colon of a clock time parts
    // no clauses). And the planted magnitude 6.9 disagrees with "Seismologists
    // put the 1906 earthquake at magnitude 7.9", whose sentence a decimal
    // before "The Loma Prieta earthquake" no longer runs on into.
    assert_pack_finds(
        "sf1906",
        &[
            ("01-herald-1906.txt", "fact-mismatch", "some 30,000"),
            ("01-herald-1906.txt", "inconsistent", "some 30,000"),
            ("01-herald-1906.txt", "fact-mismatch", "40,000,000"),
            ("02-centennial.md", "fact-mismatch", "6.9"),
            ("02-centennial.md", "inconsistent", "6.9"),
            ("02-centennial.md", "fact-mismatch", "4,900"),
            ("02-centennial.md", "inconsistent", "4,900"),
            ("02-centennial.md", "acronym-mismatch", "SFPUC"),
            ("03-working-paper.txt", "inconsistent", "about 15"),
            ("03-working-paper.txt", "invalid-date", "June\n31, 1908"),
            ("03-working-paper.txt", "fact-mismatch", "April 12, 1906"),
            ("04-anniversary.md", "fact-mismatch", "110 years ago"),
            ("04-anniversary.md", "inconsistent", "110 years ago"),
            ("04-anniversary.md", "fact-mismatch", "an estimated 300"),
            ("04-anniversary.md", "inconsistent", "an estimated 300"),
            ("04-anniversary.md", "anachronism", "April 18, 2026"),
            (
                "04-anniversary.md",
                "wrong-name",
                "U.S. Geographical Survey",
            ),
            (
                "05-magazine-1956.txt",
                "weekday-mismatch",
                "Tuesday,\nApril 18, 1906",
            ),
            ("05-magazine-1956.txt", "fact-mismatch", "two minutes"),
            ("05-magazine-1956.txt", "inconsistent", "two minutes"),
        ],
    );
}

#[test]
fn sydney2000_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Sydney 2000 Olympics (round 58: web pages as copied,
    // with headlines, standfirsts, captions and credits, related links, social
    // cards, published and updated lines, tags and read times), scored on the
    // session's starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "sydney2000",
        &[
            ("01-wire-opening.txt", "fact-mismatch", "More than 12,000"),
            ("01-wire-opening.txt", "inconsistent", "More than 12,000"),
            (
                "01-wire-opening.txt",
                "wrong-name",
                "International Olympics Committee",
            ),
            ("02-freeman-night.md", "fact-mismatch", "49.41 seconds"),
            ("02-freeman-night.md", "inconsistent", "49.41 seconds"),
            ("02-freeman-night.md", "acronym-mismatch", "IOC"),
            (
                "03-timeline.txt",
                "weekday-mismatch",
                "Sunday 16 September 2000",
            ),
            ("03-timeline.txt", "fact-mismatch", "26 September 2000"),
            ("03-timeline.txt", "inconsistent", "26 September 2000"),
            ("03-timeline.txt", "invalid-date", "31 September 2000"),
            ("03-timeline.txt", "anachronism", "21 July 2021"),
            (
                "04-feature-thorpe.txt",
                "fact-mismatch",
                "twenty years ago today",
            ),
            (
                "04-feature-thorpe.txt",
                "inconsistent",
                "twenty years ago today",
            ),
            ("04-feature-thorpe.txt", "fact-mismatch", "six"),
            ("04-feature-thorpe.txt", "inconsistent", "six"),
            ("04-feature-thorpe.txt", "fact-mismatch", "18"),
            ("04-feature-thorpe.txt", "inconsistent", "18"),
            ("05-opinion-bill.md", "fact-mismatch", "190"),
            ("05-opinion-bill.md", "inconsistent", "190"),
            ("05-opinion-bill.md", "inconsistent", "4.7 billion"),
            ("05-opinion-bill.md", "fact-mismatch", "750 million"),
            ("05-opinion-bill.md", "inconsistent", "750 million"),
        ],
    );
}

#[test]
fn krakatoa_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1883 eruption of Krakatoa (round 58), scored on the
    // session's starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "krakatoa",
        &[
            ("01-anniversary.txt", "fact-mismatch", "130 years ago"),
            ("01-anniversary.txt", "inconsistent", "130 years ago"),
            ("01-anniversary.txt", "anachronism", "14 September 2023"),
            ("01-anniversary.txt", "acronym-mismatch", "PVMBG"),
            (
                "02-explainer.md",
                "weekday-mismatch",
                "Sunday, 27 August 1883",
            ),
            ("02-explainer.md", "fact-mismatch", "30 per cent"),
            ("02-explainer.md", "inconsistent", "30 per cent"),
            ("02-explainer.md", "fact-mismatch", "8,400"),
            ("02-explainer.md", "inconsistent", "8,400"),
            ("03-timeline.txt", "fact-mismatch", "20 June 1883"),
            ("03-timeline.txt", "inconsistent", "20 June 1883"),
            ("03-timeline.txt", "fact-mismatch", "27 August 1833"),
            ("03-timeline.txt", "inconsistent", "27 August 1833"),
            (
                "03-timeline.txt",
                "wrong-name",
                "Global Volcanology Program",
            ),
            ("04-feature.md", "invalid-date", "31 November 2019"),
            ("04-feature.md", "fact-mismatch", "more than 63,000"),
            ("04-feature.md", "inconsistent", "more than 63,000"),
            ("04-feature.md", "inconsistent", "1.3"),
            ("05-opinion.txt", "fact-mismatch", "14 hours"),
            ("05-opinion.txt", "inconsistent", "14 hours"),
            ("05-opinion.txt", "fact-mismatch", "about two years"),
            ("05-opinion.txt", "inconsistent", "about two years"),
        ],
    );
}

#[test]
fn camille_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Hurricane Camille (round 59: weather and climate copy,
    // with temperatures, winds, pressures, rainfall, reference periods and
    // ranks), scored on the session's starting build: all 14 planted errors
    // caught, one false alarm (two findings), since mended: "In all, Camille
    // killed 256 people in the United States, and the remnants of the storm
    // caused deadly flash floods in Virginia" had counted the Virginia floods'
    // dead (a count in a clause that names a subject is none of a subject named
    // by its proper name only in a clause of its own after it).
    assert_pack_finds(
        "camille",
        &[
            ("01-wire-1969.txt", "fact-mismatch", "Saturday night"),
            ("01-wire-1969.txt", "inconsistent", "Saturday night"),
            ("01-wire-1969.txt", "fact-mismatch", "12 August"),
            ("01-wire-1969.txt", "inconsistent", "12 August"),
            ("02-explainer.md", "fact-mismatch", "165"),
            ("02-explainer.md", "inconsistent", "165"),
            ("02-explainer.md", "fact-mismatch", "28"),
            ("02-explainer.md", "inconsistent", "28"),
            (
                "02-explainer.md",
                "wrong-name",
                "National Oceanographic and Atmospheric Administration",
            ),
            ("03-timeline.txt", "fact-mismatch", "21 August 1969"),
            ("03-timeline.txt", "inconsistent", "21 August 1969"),
            ("03-timeline.txt", "invalid-date", "31 April 1970"),
            ("03-timeline.txt", "fact-mismatch", "about $142 million"),
            ("03-timeline.txt", "inconsistent", "about $142 million"),
            (
                "04-feature-nelson.txt",
                "weekday-mismatch",
                "Wednesday, 19 August 1969",
            ),
            ("04-feature-nelson.txt", "fact-mismatch", "17"),
            ("04-feature-nelson.txt", "inconsistent", "17"),
            ("04-feature-nelson.txt", "acronym-mismatch", "NHC"),
            ("05-forecast.txt", "anachronism", "22 August 2023"),
            ("05-forecast.txt", "fact-mismatch", "920"),
            ("05-forecast.txt", "inconsistent", "920"),
            ("05-forecast.txt", "inconsistent", "about 75,000"),
        ],
    );
}

#[test]
fn greatstorm1987_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Great Storm of October 1987 (round 59), scored on the
    // session's starting build: 13 of 14 planted errors caught, no false alarm.
    // The planted "some 2,000" trees lost at Wakehurst Place was no
    // inconsistent, since the two right claims it disagrees with were read as
    // changes of a total ("Wakehurst Place lost about 20,000 trees": "lost"
    // before a count is a verb of change, as in "lost 244 seats"). A verb of
    // change that is a cue of the fact now makes the count the fact's (the
    // loss itself); the pack's fact of the trees lost gained "lost" as a cue
    // (noted in its expected.md), and the planted count is found.
    assert_pack_finds(
        "greatstorm1987",
        &[
            (
                "01-ophelia-wire.txt",
                "weekday-mismatch",
                "Saturday, 16 October 1987",
            ),
            ("01-ophelia-wire.txt", "fact-mismatch", "135"),
            ("01-ophelia-wire.txt", "inconsistent", "135"),
            (
                "01-ophelia-wire.txt",
                "wrong-name",
                "European Centre for Medium-Range Weather Forecasting",
            ),
            (
                "02-eunice-explainer.md",
                "fact-mismatch",
                "Wednesday, 14 October 1987",
            ),
            (
                "02-eunice-explainer.md",
                "inconsistent",
                "Wednesday, 14 October 1987",
            ),
            (
                "02-eunice-explainer.md",
                "fact-mismatch",
                "about £5 billion",
            ),
            ("02-eunice-explainer.md", "acronym-mismatch", "BIA"),
            ("03-timeline.txt", "fact-mismatch", "30 years ago today"),
            ("03-timeline.txt", "inconsistent", "30 years ago today"),
            ("03-timeline.txt", "fact-mismatch", "28"),
            ("03-timeline.txt", "inconsistent", "28"),
            (
                "04-feature-sevenoaks.txt",
                "fact-mismatch",
                "about 40 per cent",
            ),
            (
                "04-feature-sevenoaks.txt",
                "fact-mismatch",
                "an estimated 25 million",
            ),
            (
                "04-feature-sevenoaks.txt",
                "inconsistent",
                "an estimated 25 million",
            ),
            ("04-feature-sevenoaks.txt", "inconsistent", "some 2,000"),
            (
                "05-climate-analysis.md",
                "invalid-date",
                "31 September 2023",
            ),
            ("05-climate-analysis.md", "anachronism", "21 January 2024"),
            ("05-climate-analysis.md", "fact-mismatch", "400 years"),
        ],
    );
}

#[test]
fn pompeii_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the eruption of Vesuvius in AD 79 and Pompeii (round 61:
    // simplified and children's news, school explainers, rounded and hedged
    // figures, years BC and AD), scored on the session's starting build: all 14
    // planted errors caught, two false alarms (three findings). Mended since:
    // "Digging at Pompeii began more than 275 years ago" (an article of
    // October 2024) had been read as 1749, the hedge dropped; it is 1749 or
    // before, which 1748 bears out. And "Today, Pompeii is a World Heritage
    // site" had dated the listing (1997) by the article's day, where "today"
    // with a present "is" says only that the state holds now.
    assert_pack_finds(
        "pompeii",
        &[
            ("01-kids-news.txt", "fact-mismatch", "about 50,000"),
            ("01-kids-news.txt", "inconsistent", "about 50,000"),
            ("01-kids-news.txt", "fact-mismatch", "about 200 years ago"),
            ("01-kids-news.txt", "inconsistent", "about 200 years ago"),
            (
                "01-kids-news.txt",
                "weekday-mismatch",
                "Sunday, 6 November 2010",
            ),
            ("02-explainer.md", "fact-mismatch", "more than 50"),
            ("02-explainer.md", "fact-mismatch", "about five days"),
            ("02-explainer.md", "inconsistent", "about five days"),
            ("02-explainer.md", "inconsistent", "about 1,000"),
            (
                "02-explainer.md",
                "wrong-name",
                "United Nations Educational",
            ),
            (
                "02-explainer.md",
                "wrong-name",
                "Science and Cultural Organization",
            ),
            ("03-qa.txt", "invalid-date", "31 April 2012"),
            ("03-qa.txt", "fact-mismatch", "1783"),
            ("03-qa.txt", "inconsistent", "1783"),
            ("03-qa.txt", "fact-mismatch", "about 30"),
            (
                "04-school-guide.md",
                "wrong-name",
                "Scientific and Cultural Organization",
            ),
            ("04-school-guide.md", "acronym-mismatch", "UNICEF"),
            ("04-school-guide.md", "fact-mismatch", "1963"),
            ("04-school-guide.md", "inconsistent", "1963"),
            ("04-school-guide.md", "anachronism", "15 November 2024"),
            ("05-timeline.txt", "fact-mismatch", "three"),
            ("05-timeline.txt", "inconsistent", "three"),
        ],
    );
}

#[test]
fn monalisa_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the theft of the Mona Lisa (round 60: arts and culture
    // copy, with prices, estimates, visitor counts, dimensions and inventory
    // numbers), scored on the session's starting build: 13 of 14 planted errors
    // caught, no false alarm. Left as it is: "The *Mona Lisa*, which Leonardo
    // began in 1483" is not read as the painting's start: the cue follows a
    // name the rules do not know, and the relative clause's antecedent is not
    // found behind the Markdown emphasis.
    assert_pack_finds(
        "monalisa",
        &[
            (
                "01-centenary-exhibition.txt",
                "weekday-mismatch",
                "Wednesday, 22 August 1911",
            ),
            (
                "01-centenary-exhibition.txt",
                "fact-mismatch",
                "17 September 1911",
            ),
            ("01-centenary-exhibition.txt", "fact-mismatch", "50,000"),
            ("02-auction-salvator-mundi.md", "fact-mismatch", "1912"),
            ("02-auction-salvator-mundi.md", "inconsistent", "1912"),
            (
                "02-auction-salvator-mundi.md",
                "fact-mismatch",
                "more than three years",
            ),
            (
                "02-auction-salvator-mundi.md",
                "wrong-name",
                "Art Loss Registry",
            ),
            (
                "03-florence-recovery-centenary.txt",
                "invalid-date",
                "31 November 1913",
            ),
            (
                "03-florence-recovery-centenary.txt",
                "fact-mismatch",
                "21 December 1913",
            ),
            (
                "03-florence-recovery-centenary.txt",
                "anachronism",
                "18 December 2013",
            ),
            ("04-leonardo-louvre-review.md", "acronym-mismatch", "IFAR"),
            ("04-leonardo-louvre-review.md", "inconsistent", "36 hours"),
            ("05-louvre-mona-lisa-room.txt", "fact-mismatch", "60%"),
            (
                "05-louvre-mona-lisa-room.txt",
                "weekday-mismatch",
                "Saturday, 4 January 1914",
            ),
        ],
    );
}

#[test]
fn msantitrust_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on United States v. Microsoft (round 62: court and legal
    // reporting, docket, section and exhibit numbers beside figures), scored
    // on the session's starting build: all 14 planted errors caught, one
    // false alarm (two findings), mended since: "the findings vindicated its
    // complaints about Microsoft since 1997" dated the findings, a generic
    // name of a single-fact subject, across a past verb no rule knows with an
    // object of its own.
    assert_pack_finds(
        "msantitrust",
        &[
            (
                "01-wire-trial-opens.txt",
                "weekday-mismatch",
                "Tuesday, May 18, 1998",
            ),
            (
                "01-wire-trial-opens.txt",
                "fact-mismatch",
                "about 70 percent",
            ),
            (
                "01-wire-trial-opens.txt",
                "inconsistent",
                "about 70 percent",
            ),
            ("01-wire-trial-opens.txt", "acronym-mismatch", "FCC"),
            ("02-court-findings.txt", "fact-mismatch", "Oct. 29, 1998"),
            ("02-court-findings.txt", "inconsistent", "Oct. 29, 1998"),
            ("02-court-findings.txt", "fact-mismatch", "three years ago"),
            ("02-court-findings.txt", "inconsistent", "three years ago"),
            ("03-appeal-ruling.md", "fact-mismatch", "nine"),
            ("03-appeal-ruling.md", "inconsistent", "nine"),
            ("03-appeal-ruling.md", "invalid-date", "June 31, 2000"),
            ("03-appeal-ruling.md", "anachronism", "August 24, 2001"),
            (
                "04-settlement-approved.txt",
                "fact-mismatch",
                "November 2000",
            ),
            (
                "04-settlement-approved.txt",
                "inconsistent",
                "November 2000",
            ),
            ("04-settlement-approved.txt", "fact-mismatch", "three years"),
            (
                "04-settlement-approved.txt",
                "wrong-name",
                "Computer and Communications Industries Association",
            ),
            ("05-anniversary-analysis.md", "inconsistent", "67 days"),
            (
                "05-anniversary-analysis.md",
                "fact-mismatch",
                "September 2001",
            ),
            (
                "05-anniversary-analysis.md",
                "inconsistent",
                "September 2001",
            ),
            ("05-anniversary-analysis.md", "fact-mismatch", "570 million"),
        ],
    );
}

#[test]
fn tarp_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on TARP and the Emergency Economic Stabilization Act
    // (round 63: opinion columns, counterfactuals and hypotheticals), scored
    // on the session's starting build: 13 of 14 planted errors caught, four
    // false alarms (seven findings). Mended since: what a sentence supposes
    // did not happen claims nothing ("Had it taken Congress 60 days instead
    // of two weeks", "Suppose Congress had authorized $1.5 trillion", "if
    // TARP's window … had lasted six months", "Had the House passed the
    // bill on Monday"); and "The $787 billion bank bailout is still what
    // readers write to me about most" is the bailout's size though "still"
    // follows (it was missed).
    assert_pack_finds(
        "tarp",
        &[
            (
                "01-column-ten-years.md",
                "fact-mismatch",
                "September 28, 2008",
            ),
            (
                "01-column-ten-years.md",
                "inconsistent",
                "September 28, 2008",
            ),
            ("01-column-ten-years.md", "fact-mismatch", "787 billion"),
            ("01-column-ten-years.md", "inconsistent", "787 billion"),
            (
                "01-column-ten-years.md",
                "wrong-name",
                "Troubled Asset Recovery Program",
            ),
            (
                "02-editorial-second-vote.txt",
                "weekday-mismatch",
                "Thursday, October 3, 2008",
            ),
            (
                "02-editorial-second-vote.txt",
                "fact-mismatch",
                "Four weeks ago",
            ),
            (
                "02-editorial-second-vote.txt",
                "inconsistent",
                "Four weeks ago",
            ),
            ("03-column-authority-ends.txt", "fact-mismatch", "8 percent"),
            ("03-column-authority-ends.txt", "inconsistent", "8 percent"),
            (
                "03-column-authority-ends.txt",
                "fact-mismatch",
                "1 October 2008",
            ),
            (
                "03-column-authority-ends.txt",
                "anachronism",
                "3 October 2010",
            ),
            ("04-oped-detroit.md", "inconsistent", "some $50 billion"),
            ("04-oped-detroit.md", "acronym-mismatch", "TARP"),
            ("04-oped-detroit.md", "fact-mismatch", "three years"),
            ("04-oped-detroit.md", "inconsistent", "three years"),
            (
                "05-column-cares-act.txt",
                "invalid-date",
                "31 September 2008",
            ),
            (
                "05-column-cares-act.txt",
                "weekday-mismatch",
                "Monday, 14 October 2008",
            ),
            ("05-column-cares-act.txt", "fact-mismatch", "more than 800"),
            ("05-column-cares-act.txt", "inconsistent", "more than 800"),
        ],
    );
}

#[test]
fn eurovision2023_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Eurovision Song Contest 2023 (round 64: newsletter
    // digests, bulleted fragments, by-the-numbers boxes), scored on the
    // session's starting build: 13 of 14 planted errors caught, no false
    // alarm. Left as it is: "A year ago today" (an article of 11 May 2024)
    // is read as loosely as "today", a week either side, so the final of 13
    // May 2023 agrees with it.
    assert_pack_finds(
        "eurovision2023",
        &[
            (
                "01-week-ahead.md",
                "weekday-mismatch",
                "Wednesday, 11 May 2023",
            ),
            ("01-week-ahead.md", "fact-mismatch", "five months"),
            ("01-week-ahead.md", "inconsistent", "five months"),
            ("01-week-ahead.md", "invalid-date", "31 April 2023"),
            ("02-friday-briefing.txt", "fact-mismatch", "38"),
            ("02-friday-briefing.txt", "inconsistent", "38"),
            ("02-friday-briefing.txt", "fact-mismatch", "14 May"),
            (
                "02-friday-briefing.txt",
                "wrong-name",
                "European Broadcast Union",
            ),
            ("03-monday-digest.txt", "fact-mismatch", "562"),
            ("03-monday-digest.txt", "fact-mismatch", "68%"),
            ("03-monday-digest.txt", "inconsistent", "68%"),
            ("03-monday-digest.txt", "acronym-mismatch", "EBU"),
            ("04-business-briefing.md", "anachronism", "26 October 2024"),
            (
                "04-business-briefing.md",
                "fact-mismatch",
                "more than 180 million",
            ),
            ("05-anniversary-letter.txt", "fact-mismatch", "1997"),
            ("05-anniversary-letter.txt", "inconsistent", "1997"),
            ("05-anniversary-letter.txt", "inconsistent", "45.8 million"),
        ],
    );
}

#[test]
fn loetschberg_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Lötschberg Base Tunnel (round 65: international wire
    // copy, day-first and ordinal dates, 24-hour times, thousands grouped by
    // thin and no-break spaces), scored on the session's starting build: all
    // 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "loetschberg",
        &[
            ("01-afp-opening.txt", "fact-mismatch", "3.2 billion"),
            ("01-afp-opening.txt", "inconsistent", "3.2 billion"),
            ("01-afp-opening.txt", "acronym-mismatch", "ERTMS"),
            ("01-afp-opening.txt", "fact-mismatch", "64.6 per cent"),
            ("01-afp-opening.txt", "inconsistent", "64.6 per cent"),
            ("02-sda-breakthrough.md", "inconsistent", "5 200"),
            (
                "02-sda-breakthrough.md",
                "wrong-name",
                "Federal Transport Office",
            ),
            ("02-sda-breakthrough.md", "anachronism", "9 December 2007"),
            (
                "03-anniversary-raron.txt",
                "weekday-mismatch",
                "Saturday, 15 June 2007",
            ),
            (
                "03-anniversary-raron.txt",
                "fact-mismatch",
                "twenty years ago",
            ),
            (
                "03-anniversary-raron.txt",
                "inconsistent",
                "twenty years ago",
            ),
            (
                "03-anniversary-raron.txt",
                "fact-mismatch",
                "25th of April 2005",
            ),
            (
                "03-anniversary-raron.txt",
                "inconsistent",
                "25th of April 2005",
            ),
            ("04-timeline.txt", "invalid-date", "31 April 1996"),
            ("04-timeline.txt", "fact-mismatch", "36.4"),
            ("04-timeline.txt", "inconsistent", "36.4"),
            ("04-timeline.txt", "fact-mismatch", "46"),
            ("04-timeline.txt", "inconsistent", "46"),
            ("05-analysis-bottleneck.md", "fact-mismatch", "16.4"),
            ("05-analysis-bottleneck.md", "inconsistent", "16.4"),
            (
                "05-analysis-bottleneck.md",
                "fact-mismatch",
                "December 2008",
            ),
            ("05-analysis-bottleneck.md", "inconsistent", "December 2008"),
        ],
    );
}

#[test]
fn cubanmissile_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Cuban Missile Crisis (round 66: broadcast and
    // podcast transcripts, numbers and years said in words, timestamps),
    // scored on the session's starting build: 12 of 14 planted errors caught,
    // no false alarm. Left as they are: "Forty years ago today" is read as
    // loosely as "today", a week either side, so the flight two days
    // before agrees. "sixty-two million dollars" in a caller's words was
    // not bound to the ransom until a currency's name after an amount made
    // it money, as a sign before it does (`signed_as_money`).
    assert_pack_finds(
        "cubanmissile",
        &[
            ("01-radio-bulletin.txt", "fact-mismatch", "Friday"),
            ("01-radio-bulletin.txt", "inconsistent", "Friday"),
            (
                "01-radio-bulletin.txt",
                "wrong-name",
                "Organization of American Nations",
            ),
            (
                "02-tv-interview.txt",
                "weekday-mismatch",
                "Sunday the twenty-second of October, nineteen sixty-two",
            ),
            ("02-tv-interview.txt", "inconsistent", "ninety-eight"),
            (
                "03-podcast.md",
                "anachronism",
                "first of November, twenty twenty-two",
            ),
            ("03-podcast.md", "fact-mismatch", "thirty"),
            ("03-podcast.md", "inconsistent", "thirty"),
            (
                "03-podcast.md",
                "invalid-date",
                "thirty-first of September, nineteen sixty-two",
            ),
            ("04-phone-in.txt", "acronym-mismatch", "DIA"),
            ("04-phone-in.txt", "fact-mismatch", "sixty-two million"),
            ("04-phone-in.txt", "inconsistent", "sixty-two million"),
            (
                "04-phone-in.txt",
                "fact-mismatch",
                "twenty-fifth of October",
            ),
            ("04-phone-in.txt", "inconsistent", "twenty-fifth of October"),
            (
                "05-documentary.md",
                "fact-mismatch",
                "some twenty-two thousand",
            ),
            (
                "05-documentary.md",
                "inconsistent",
                "some twenty-two thousand",
            ),
            ("05-documentary.md", "fact-mismatch", "sixteen days"),
            ("05-documentary.md", "inconsistent", "sixteen days"),
            (
                "05-documentary.md",
                "fact-mismatch",
                "August nineteen sixty-four",
            ),
            (
                "05-documentary.md",
                "inconsistent",
                "August nineteen sixty-four",
            ),
        ],
    );
}

#[test]
fn lahaina_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 2023 Maui wildfires (round 67: updated and corrected
    // stories, correction notes quoting the wrong figure, update stamps,
    // rising tolls), scored on the session's starting build: all 14 planted
    // errors caught, no false alarm.
    assert_pack_finds(
        "lahaina",
        &[
            (
                "01-wire-update2.txt",
                "weekday-mismatch",
                "Wednesday, Aug. 10, 2023",
            ),
            ("01-wire-update2.txt", "fact-mismatch", "1883"),
            ("01-wire-update2.txt", "inconsistent", "1883"),
            (
                "02-andaya-resigns.md",
                "weekday-mismatch",
                "Friday, Aug. 19, 2023",
            ),
            ("02-andaya-resigns.md", "acronym-mismatch", "MEMA"),
            ("02-andaya-resigns.md", "fact-mismatch", "Aug. 9"),
            ("02-andaya-resigns.md", "inconsistent", "Aug. 9"),
            ("03-toll-revised.txt", "fact-mismatch", "79"),
            ("03-toll-revised.txt", "inconsistent", "79"),
            ("03-toll-revised.txt", "fact-mismatch", "2,719"),
            ("03-toll-revised.txt", "inconsistent", "2,719"),
            ("03-toll-revised.txt", "anachronism", "Oct. 8, 2023"),
            (
                "04-settlement-explainer.md",
                "wrong-name",
                "Hawaii Electric Company",
            ),
            (
                "04-settlement-explainer.md",
                "fact-mismatch",
                "4.37 billion",
            ),
            ("04-settlement-explainer.md", "inconsistent", "4.37 billion"),
            (
                "04-settlement-explainer.md",
                "invalid-date",
                "April 31, 2024",
            ),
            ("05-two-years-on.txt", "fact-mismatch", "about 9,000"),
            ("05-two-years-on.txt", "inconsistent", "about 9,000"),
            ("05-two-years-on.txt", "fact-mismatch", "three years ago"),
            ("05-two-years-on.txt", "inconsistent", "three years ago"),
            ("05-two-years-on.txt", "inconsistent", "56"),
        ],
    );
}

#[test]
fn hawking_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Stephen Hawking (round 68: obituaries and profiles, life
    // dates in brackets, ages, relatives' dates), scored on the session's
    // starting build: all 14 planted errors caught, no false alarm.
    assert_pack_finds(
        "hawking",
        &[
            ("01-wire-obituary.txt", "fact-mismatch", "1962"),
            ("01-wire-obituary.txt", "inconsistent", "1962"),
            (
                "01-wire-obituary.txt",
                "wrong-name",
                "Department of Pure Mathematics and Theoretical Physics",
            ),
            ("01-wire-obituary.txt", "fact-mismatch", "137 weeks"),
            ("01-wire-obituary.txt", "inconsistent", "137 weeks"),
            (
                "02-profile-at-80.md",
                "weekday-mismatch",
                "Wednesday, 8 January 1942",
            ),
            ("02-profile-at-80.md", "fact-mismatch", "July 1966"),
            ("02-profile-at-80.md", "inconsistent", "July 1966"),
            ("02-profile-at-80.md", "fact-mismatch", "1989"),
            ("02-profile-at-80.md", "inconsistent", "1989"),
            ("03-obituary.txt", "fact-mismatch", "53 years"),
            ("03-obituary.txt", "inconsistent", "53 years"),
            ("03-obituary.txt", "inconsistent", "20"),
            ("03-obituary.txt", "anachronism", "31 March 2018"),
            ("04-feature-five-years.txt", "fact-mismatch", "77"),
            ("04-feature-five-years.txt", "inconsistent", "77"),
            ("04-feature-five-years.txt", "acronym-mismatch", "DAMTP"),
            (
                "04-feature-five-years.txt",
                "fact-mismatch",
                "four years ago",
            ),
            (
                "04-feature-five-years.txt",
                "inconsistent",
                "four years ago",
            ),
            ("05-auction.md", "fact-mismatch", "548,750"),
            ("05-auction.md", "inconsistent", "548,750"),
            ("05-auction.md", "invalid-date", "31 June 2009"),
        ],
    );
}

#[test]
fn bigdig_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Boston's Big Dig (round 69: budget reporting, fiscal
    // years, nominal and adjusted figures, vote tallies), scored on the
    // session's starting build: all 14 planted errors caught, two false
    // alarms (five findings), mended since: a fiscal year ("ten days into
    // fiscal 2007, which began July 1") had been read as the calendar year,
    // and claimed the collapse's date and an anachronism.
    assert_pack_finds(
        "bigdig",
        &[
            (
                "01-pike-budget-after-collapse.txt",
                "weekday-mismatch",
                "Sunday, July 10, 2006",
            ),
            (
                "01-pike-budget-after-collapse.txt",
                "anachronism",
                "Aug. 15, 2006",
            ),
            (
                "01-pike-budget-after-collapse.txt",
                "fact-mismatch",
                "16.4 billion",
            ),
            (
                "01-pike-budget-after-collapse.txt",
                "inconsistent",
                "16.4 billion",
            ),
            (
                "02-settlement-where-money-goes.md",
                "fact-mismatch",
                "470 million",
            ),
            (
                "02-settlement-where-money-goes.md",
                "inconsistent",
                "470 million",
            ),
            (
                "02-settlement-where-money-goes.md",
                "acronym-mismatch",
                "MHD",
            ),
            (
                "02-settlement-where-money-goes.md",
                "fact-mismatch",
                "about 16",
            ),
            (
                "02-settlement-where-money-goes.md",
                "inconsistent",
                "about 16",
            ),
            (
                "03-overhaul-signed-sales-tax.txt",
                "invalid-date",
                "June 31, 2009",
            ),
            (
                "03-overhaul-signed-sales-tax.txt",
                "wrong-name",
                "Federal Highway Authority",
            ),
            (
                "03-overhaul-signed-sales-tax.txt",
                "fact-mismatch",
                "April 1988",
            ),
            (
                "03-overhaul-signed-sales-tax.txt",
                "inconsistent",
                "April 1988",
            ),
            ("04-debt-explainer.md", "fact-mismatch", "November 2010"),
            ("04-debt-explainer.md", "inconsistent", "November 2010"),
            ("04-debt-explainer.md", "fact-mismatch", "6.5 percent"),
            ("04-debt-explainer.md", "inconsistent", "6.5 percent"),
            (
                "05-council-greenway-budget.txt",
                "weekday-mismatch",
                "Sunday, Dec. 31, 2007",
            ),
            (
                "05-council-greenway-budget.txt",
                "fact-mismatch",
                "twelve years ago",
            ),
            (
                "05-council-greenway-budget.txt",
                "inconsistent",
                "twelve years ago",
            ),
            (
                "05-council-greenway-budget.txt",
                "inconsistent",
                "375 million",
            ),
        ],
    );
}

#[test]
fn polio_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1954 Salk polio vaccine field trial (round 70:
    // science and medical reporting; trial sizes, efficacy ranges, confidence
    // intervals, rates per 100,000, dates of publication beside the events'),
    // scored on the session's starting build: all 14 planted errors caught, no
    // false alarm.
    assert_pack_finds(
        "polio",
        &[
            (
                "01-news-announcement.txt",
                "wrong-name",
                "National Foundation for Infant Paralysis",
            ),
            ("01-news-announcement.txt", "fact-mismatch", "41"),
            ("01-news-announcement.txt", "inconsistent", "41"),
            (
                "02-explainer-trial-design.md",
                "fact-mismatch",
                "60 to 70 per cent",
            ),
            (
                "02-explainer-trial-design.md",
                "inconsistent",
                "60 to 70 per cent",
            ),
            (
                "02-explainer-trial-design.md",
                "fact-mismatch",
                "23 February 1954",
            ),
            (
                "02-explainer-trial-design.md",
                "inconsistent",
                "23 February 1954",
            ),
            (
                "02-explainer-trial-design.md",
                "anachronism",
                "12 April 2025",
            ),
            ("03-feature-cutter.txt", "fact-mismatch", "May 7, 1955"),
            ("03-feature-cutter.txt", "inconsistent", "May 7, 1955"),
            ("03-feature-cutter.txt", "invalid-date", "June 31, 1955"),
            ("03-feature-cutter.txt", "acronym-mismatch", "HHS"),
            ("03-feature-cutter.txt", "fact-mismatch", "174,300"),
            ("04-anniversary.md", "fact-mismatch", "nearly two years"),
            ("04-anniversary.md", "inconsistent", "nearly two years"),
            (
                "04-anniversary.md",
                "weekday-mismatch",
                "Tuesday, 26 April 1954",
            ),
            ("04-anniversary.md", "fact-mismatch", "40 years ago"),
            ("04-anniversary.md", "inconsistent", "40 years ago"),
            (
                "05-qa-polio-pioneers.txt",
                "fact-mismatch",
                "About 1.3 million",
            ),
            (
                "05-qa-polio-pioneers.txt",
                "inconsistent",
                "About 1.3 million",
            ),
            ("05-qa-polio-pioneers.txt", "inconsistent", "About 20,000"),
        ],
    );
}

#[test]
fn k2_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the first ascent of K2 (round 71: travel features and
    // first-person memoirs; chains of relative dates anchored to a date told
    // earlier, the writer's own ages, altitudes and temperatures beside the
    // subject's figures), scored on the session's starting build: all 14
    // planted errors caught, no false alarm.
    assert_pack_finds(
        "k2",
        &[
            ("01-baltoro-feature.txt", "fact-mismatch", "8,661"),
            ("01-baltoro-feature.txt", "inconsistent", "8,661"),
            ("01-baltoro-feature.txt", "fact-mismatch", "32 years"),
            ("01-baltoro-feature.txt", "fact-mismatch", "21 July 1954"),
            ("01-baltoro-feature.txt", "inconsistent", "21 July 1954"),
            (
                "02-memoir.md",
                "weekday-mismatch",
                "Thursday, 19 August 1994",
            ),
            ("02-memoir.md", "fact-mismatch", "28,521"),
            ("02-memoir.md", "inconsistent", "28,521"),
            ("02-memoir.md", "invalid-date", "31 September 1994"),
            ("03-guide-k2-base-camp.txt", "fact-mismatch", "1955"),
            ("03-guide-k2-base-camp.txt", "inconsistent", "700"),
            (
                "03-guide-k2-base-camp.txt",
                "anachronism",
                "16 January 2021",
            ),
            ("04-anniversary.txt", "fact-mismatch", "13"),
            ("04-anniversary.txt", "inconsistent", "13"),
            ("04-anniversary.txt", "acronym-mismatch", "NRC"),
            ("04-anniversary.txt", "fact-mismatch", "15 years ago"),
            ("04-anniversary.txt", "inconsistent", "15 years ago"),
            (
                "05-bonatti-profile.md",
                "wrong-name",
                "Italian Alpine Society",
            ),
            ("05-bonatti-profile.md", "fact-mismatch", "8,400"),
            ("05-bonatti-profile.md", "inconsistent", "8,400"),
        ],
    );
}

#[test]
fn dorian_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on Hurricane Dorian (round 72: explainers and Q&As; "as
    // of" dates, ranges, footnotes, revised estimates), scored on the
    // session's starting build: 13 of 14 caught, two false alarms. Fixed:
    // "Dorian then stalled for nearly five days" ("then" after a short
    // subject begins no clause) and "about 70,000 people on the two islands"
    // (a count after a preposition of place and "the" says where another's
    // are).
    assert_pack_finds(
        "dorian",
        &[
            (
                "01-what-we-know.md",
                "weekday-mismatch",
                "Monday, 1 September 2019",
            ),
            ("01-what-we-know.md", "fact-mismatch", "about 7,000"),
            ("01-what-we-know.md", "inconsistent", "about 7,000"),
            ("02-reader-questions.txt", "fact-mismatch", "26 August"),
            ("02-reader-questions.txt", "inconsistent", "26 August"),
            (
                "02-reader-questions.txt",
                "wrong-name",
                "National Oceanographic and Atmospheric Administration",
            ),
            ("02-reader-questions.txt", "inconsistent", "some 30,000"),
            (
                "02-reader-questions.txt",
                "anachronism",
                "14 September 2019",
            ),
            ("03-factbox-idb.txt", "fact-mismatch", "78 percent"),
            ("03-factbox-idb.txt", "inconsistent", "78 percent"),
            ("03-factbox-idb.txt", "fact-mismatch", "about 27,000"),
            ("03-factbox-idb.txt", "acronym-mismatch", "NEMA"),
            ("04-a-year-later.md", "fact-mismatch", "47"),
            ("04-a-year-later.md", "inconsistent", "47"),
            ("04-a-year-later.md", "invalid-date", "31 April 2020"),
            ("04-a-year-later.md", "fact-mismatch", "March 2020"),
            ("04-a-year-later.md", "inconsistent", "March 2020"),
            (
                "05-name-retired-explainer.txt",
                "fact-mismatch",
                "nearly five days",
            ),
            (
                "05-name-retired-explainer.txt",
                "inconsistent",
                "nearly five days",
            ),
            (
                "05-name-retired-explainer.txt",
                "fact-mismatch",
                "4.3 billion",
            ),
        ],
    );
}

#[test]
fn greatfire_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Great Fire of London (round 73: history and
    // anniversary features; Old Style dates, centuries, chains of relative
    // dates), scored on the session's starting build: 13 of 14 caught, four
    // false alarms. Fixed: "Sunday 2 September 1666" (a weekday right in the
    // Julian calendar before 1753), "the 1600s" (a century), and "was set
    // alight on … 4 September 2016" ("set" looks ahead only before "to" or
    // "for"). The anachronism "2019" in an article of 2016 is the set
    // writer's slip, and right.
    assert_pack_finds(
        "greatfire",
        &[
            ("01-history-feature.md", "fact-mismatch", "97"),
            ("01-history-feature.md", "inconsistent", "97"),
            ("01-history-feature.md", "fact-mismatch", "some 60 per cent"),
            ("01-history-feature.md", "acronym-mismatch", "NLHF"),
            (
                "02-anniversary-350.txt",
                "weekday-mismatch",
                "Saturday, 4 September 2016",
            ),
            (
                "02-anniversary-350.txt",
                "fact-mismatch",
                "about £1 million",
            ),
            ("02-anniversary-350.txt", "fact-mismatch", "212"),
            ("02-anniversary-350.txt", "inconsistent", "212"),
            ("02-anniversary-350.txt", "anachronism", "2019"),
            ("03-museum-review.md", "fact-mismatch", "nine days"),
            ("03-museum-review.md", "inconsistent", "nine days"),
            ("03-museum-review.md", "fact-mismatch", "June 1673"),
            ("03-museum-review.md", "inconsistent", "June 1673"),
            (
                "03-museum-review.md",
                "wrong-name",
                "Royal Institution of British Architects",
            ),
            ("04-book-review.txt", "fact-mismatch", "more than 18,000"),
            ("04-book-review.txt", "inconsistent", "more than 18,000"),
            ("04-book-review.txt", "invalid-date", "29 February 1667"),
            ("04-book-review.txt", "anachronism", "4 September 2016"),
            ("05-walking-tour.txt", "fact-mismatch", "340 years ago"),
            ("05-walking-tour.txt", "inconsistent", "340 years ago"),
            ("05-walking-tour.txt", "inconsistent", "5.4 million"),
        ],
    );
}

/// Regression (round 75, chelyabinsk): a name written in capitals and
/// digits ("2012 DA14") was matched only where the text's first character
/// was a capital, so the asteroid's name was not found where it begins
/// with its year, and "2012" was read as a date of its flyby.
#[test]
fn a_name_in_capitals_may_begin_with_digits() {
    let yaml = r#"
subjects:
  - id: da14
    name: Asteroid 2012 DA14
    aliases: [2012 DA14, DA14]
facts:
  - id: da14.closest
    subject: da14
    kind: date
    value: 2013-02-15
    cues: [passed]
    source: NASA JPL
"#;
    let rules = rules::load(&[("a.yaml".to_string(), yaml.to_string())]).unwrap();
    let check = |sentence: &str| {
        check_text(
            &rules,
            &format!("CHELYABINSK, 15 February 2013 (AP) — {sentence}\n"),
        )
    };
    assert_eq!(check("The asteroid 2012 DA14 passed Earth on Friday."), []);
    assert_eq!(
        check("The asteroid DA14 passed Earth in 2012."),
        owned(&[("t.txt", "fact-mismatch", "2012")])
    );
}

/// Regression (round 77, mosul): a name of a place that a noun of place
/// owns with "of" ("the al-Jadida district of west Mosul on 17 March") is
/// where something happened, and the date after it dates that, not the
/// place's one fact.
#[test]
fn a_place_owned_by_a_noun_of_place_is_where_not_what() {
    let yaml = r#"
subjects:
  - id: west
    name: Western Mosul
    aliases: [west Mosul]
facts:
  - id: west.launched
    subject: west
    kind: date
    value: 2017-02-19
    cues: [launched]
    source: statement
"#;
    let rules = rules::load(&[("m.yaml".to_string(), yaml.to_string())]).unwrap();
    let check = |sentence: &str| {
        check_text(
            &rules,
            &format!("BAGHDAD, 10 July 2017 (AP) — {sentence}\n"),
        )
    };
    assert_eq!(
        check("A bomb hit a house in the al-Jadida district of west Mosul on 17 March."),
        []
    );
    assert_eq!(
        check("The push into west Mosul was launched on 17 March."),
        owned(&[("t.txt", "fact-mismatch", "17 March")])
    );
}

/// Regression (round 76: year-in-review roundups): a date without its year
/// under a heading of a year ("2022", "KEY DATES OF 2024") is in that year,
/// not the one the article's date gives it; a heading of no year ends the
/// one before it. Missed before: a timeline's "12 November — … start a
/// sit-in on the Lachin road", read in the article's year, fell after it
/// and was taken for another occurrence.
#[test]
fn a_year_heading_gives_its_year_to_the_dates_under_it() {
    let rules = rules::bundled();
    let timeline = |heading: &str, day: &str| {
        check_text(
            &rules,
            &format!(
                "TIMELINE | Updated 9 November 2025\n\n{heading}\n{day} — Azerbaijanis presenting themselves as eco-activists start a sit-in on the Lachin road, cutting Karabakh's only link to Armenia.\n"
            ),
        )
    };
    for heading in ["2022", "KEY DATES OF 2022", "## 2022"] {
        assert_eq!(
            timeline(heading, "12 November"),
            owned(&[("t.txt", "fact-mismatch", "12 November")]),
            "{heading}"
        );
        assert_eq!(timeline(heading, "12 December"), [], "{heading}");
    }
    // no heading of a year: read in the article's year, after its date
    assert_eq!(timeline("WHAT CAME NEXT", "12 November"), []);
}

#[test]
fn everest1953_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the first ascent of Everest (round 74: fact-check
    // articles that quote a wrong figure to deny it, ratings, "not X but Y"),
    // scored on the session's starting build: all 14 planted errors caught;
    // the two denied figures ("Everest is 9,200 metres tall." Rating: False;
    // a letter's "claim that they spent an hour on the summit") are advice,
    // the first as a quotation, the second since "the claim that" puts it as
    // another's.
    assert_pack_finds(
        "everest1953",
        &[
            (
                "01-factcheck-coronation-post.md",
                "fact-mismatch",
                "28 May 1953",
            ),
            (
                "01-factcheck-coronation-post.md",
                "inconsistent",
                "28 May 1953",
            ),
            (
                "01-factcheck-coronation-post.md",
                "weekday-mismatch",
                "Monday, 2 June 1953",
            ),
            ("01-factcheck-coronation-post.md", "acronym-mismatch", "NMA"),
            ("02-claim-vs-fact.txt", "fact-mismatch", "more than 450"),
            ("02-claim-vs-fact.txt", "inconsistent", "more than 450"),
            ("02-claim-vs-fact.txt", "fact-mismatch", "8,488"),
            ("02-claim-vs-fact.txt", "inconsistent", "8,488"),
            ("02-claim-vs-fact.txt", "fact-mismatch", "11 January 2009"),
            ("02-claim-vs-fact.txt", "inconsistent", "11 January 2009"),
            ("03-explainer-myths.md", "fact-mismatch", "about 30 minutes"),
            ("03-explainer-myths.md", "inconsistent", "about 30 minutes"),
            ("03-explainer-myths.md", "fact-mismatch", "May 1987"),
            ("03-explainer-myths.md", "inconsistent", "May 1987"),
            (
                "03-explainer-myths.md",
                "wrong-name",
                "Royal Geographic Society",
            ),
            ("04-roundup.txt", "anachronism", "22 May 2025"),
            ("04-roundup.txt", "inconsistent", "27,300"),
            ("04-roundup.txt", "fact-mismatch", "71 years ago"),
            ("04-roundup.txt", "inconsistent", "71 years ago"),
            ("04-roundup.txt", "fact-mismatch", "9,200"),
            ("04-roundup.txt", "inconsistent", "9,200"),
            ("05-corrections.txt", "fact-mismatch", "24 May 1953"),
            ("05-corrections.txt", "inconsistent", "24 May 1953"),
            ("05-corrections.txt", "fact-mismatch", "an hour"),
            ("05-corrections.txt", "inconsistent", "an hour"),
            ("05-corrections.txt", "invalid-date", "31 April 1953"),
        ],
    );
}

#[test]
fn chelyabinsk_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Chelyabinsk meteor (round 75: incident reports with
    // clock times in several time zones, dates across midnight), scored on the
    // session's starting build: 13 of 14 caught, two false alarms, mended
    // since: "2012 DA14", a name in capitals that begins with digits, is the
    // asteroid's name and no date of its flyby. Left: "under 31 metres of
    // water" is read as a hedge, less than 31 metres, which agrees with 13.
    assert_pack_finds(
        "chelyabinsk",
        &[
            ("01-wire-airburst.txt", "fact-mismatch", "some 1,000"),
            ("01-wire-airburst.txt", "inconsistent", "some 1,000"),
            (
                "01-wire-airburst.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("02-timeline.txt", "invalid-date", "31 September 2013"),
            ("02-timeline.txt", "fact-mismatch", "6 October 2013"),
            ("02-timeline.txt", "inconsistent", "6 October 2013"),
            ("03-explainer.md", "fact-mismatch", "Seven months ago"),
            ("03-explainer.md", "inconsistent", "Seven months ago"),
            ("03-explainer.md", "fact-mismatch", "about 50"),
            ("03-explainer.md", "inconsistent", "about 50"),
            ("03-explainer.md", "acronym-mismatch", "SMPAG"),
            ("04-insurance-damage.txt", "fact-mismatch", "some 2,700"),
            ("04-insurance-damage.txt", "inconsistent", "some 2,700"),
            ("04-insurance-damage.txt", "fact-mismatch", "10 billion"),
            ("04-insurance-damage.txt", "inconsistent", "10 billion"),
            ("04-insurance-damage.txt", "anachronism", "3 March 2014"),
            (
                "05-anniversary.md",
                "weekday-mismatch",
                "Wednesday, 15 February 2013",
            ),
            ("05-anniversary.md", "fact-mismatch", "1,419"),
            ("05-anniversary.md", "inconsistent", "1,419"),
            ("05-anniversary.md", "fact-mismatch", "six months"),
            ("05-anniversary.md", "inconsistent", "six months"),
        ],
    );
}

#[test]
fn zika_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Zika epidemic (round 76: year-in-review roundups
    // and month-by-month timelines), scored on the session's starting build:
    // 13 of 14 caught, no false alarm. Mended: "reported its first case, in
    // Brownsville, on 28 December 2016" (the commas around a place part no
    // clauses) is an anachronism in an article of 23 December 2016.
    assert_pack_finds(
        "zika",
        &[
            ("01-year-in-review.md", "fact-mismatch", "1.6 billion"),
            ("01-year-in-review.md", "fact-mismatch", "22 September"),
            ("01-year-in-review.md", "inconsistent", "22 September"),
            (
                "02-health-digest.txt",
                "weekday-mismatch",
                "Monday, 18 November 2016",
            ),
            ("02-health-digest.txt", "fact-mismatch", "nearly six months"),
            ("02-health-digest.txt", "inconsistent", "nearly six months"),
            ("02-health-digest.txt", "anachronism", "28 December 2016"),
            ("03-timeline.txt", "inconsistent", "Some 22,000"),
            ("03-timeline.txt", "invalid-date", "31 April 2016"),
            ("03-timeline.txt", "fact-mismatch", "29 June"),
            ("03-timeline.txt", "inconsistent", "29 June"),
            ("04-what-happened-2016.md", "fact-mismatch", "38"),
            ("04-what-happened-2016.md", "inconsistent", "38"),
            ("04-what-happened-2016.md", "acronym-mismatch", "WHO"),
            ("04-what-happened-2016.md", "fact-mismatch", "11 percent"),
            ("04-what-happened-2016.md", "inconsistent", "11 percent"),
            ("05-five-years-on.txt", "fact-mismatch", "1952"),
            ("05-five-years-on.txt", "inconsistent", "1952"),
            ("05-five-years-on.txt", "fact-mismatch", "three years ago"),
            ("05-five-years-on.txt", "inconsistent", "three years ago"),
            (
                "05-five-years-on.txt",
                "wrong-name",
                "National Institute of Allergies and Infectious Diseases",
            ),
        ],
    );
}

#[test]
fn mosul_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Battle of Mosul (round 77: disputed and attributed
    // figures, each source's toll its own subject), scored on the session's
    // starting build: all 14 caught, two false alarms, mended since: "a house
    // in the al-Jadida district of west Mosul on 17 March" dates the strike,
    // not the push into west Mosul (a name a noun of place owns with "of" is
    // where).
    assert_pack_finds(
        "mosul",
        &[
            (
                "01-wire-victory.txt",
                "weekday-mismatch",
                "Sunday, 17 October 2016",
            ),
            ("01-wire-victory.txt", "fact-mismatch", "19 January"),
            ("01-wire-victory.txt", "anachronism", "11 July 2017"),
            ("02-counting-the-dead.md", "fact-mismatch", "2,251"),
            ("02-counting-the-dead.md", "inconsistent", "2,251"),
            ("02-counting-the-dead.md", "inconsistent", "1,462"),
            ("02-counting-the-dead.md", "fact-mismatch", "more than 200"),
            ("02-counting-the-dead.md", "inconsistent", "more than 200"),
            ("03-rights-report-summary.txt", "acronym-mismatch", "UNHCR"),
            (
                "03-rights-report-summary.txt",
                "fact-mismatch",
                "ten months",
            ),
            ("03-rights-report-summary.txt", "inconsistent", "ten months"),
            (
                "03-rights-report-summary.txt",
                "invalid-date",
                "31 June 2017",
            ),
            ("04-rebuilding-old-city.txt", "fact-mismatch", "1272"),
            ("04-rebuilding-old-city.txt", "inconsistent", "1272"),
            (
                "04-rebuilding-old-city.txt",
                "fact-mismatch",
                "40.5 million",
            ),
            ("04-rebuilding-old-city.txt", "inconsistent", "40.5 million"),
            ("05-five-years-on.md", "fact-mismatch", "October 2017"),
            ("05-five-years-on.md", "inconsistent", "October 2017"),
            ("05-five-years-on.md", "fact-mismatch", "more than 40,000"),
            ("05-five-years-on.md", "inconsistent", "more than 40,000"),
            (
                "05-five-years-on.md",
                "wrong-name",
                "United Nations Assistance Mission in Iraq",
            ),
        ],
    );
}

#[test]
fn wc1966_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the 1966 World Cup (round 78: sports copy; ordinals
    // that count nothing, ages at the time, scores, seasons), scored on the
    // session's starting build: all 14 planted errors caught. The anachronism
    // "in Qatar in 2022", in a profile of December 2021, is the set writer's
    // slip, and right.
    assert_pack_finds(
        "wc1966",
        &[
            (
                "01-trophy-theft.txt",
                "wrong-name",
                "Federation of International Football Associations",
            ),
            (
                "01-trophy-theft.txt",
                "weekday-mismatch",
                "Wednesday, 27 March 1966",
            ),
            ("01-trophy-theft.txt", "fact-mismatch", "nine days"),
            ("02-final-reprint.md", "anachronism", "10 July 2020"),
            ("02-final-reprint.md", "fact-mismatch", "more than 100,000"),
            ("02-final-reprint.md", "fact-mismatch", "2,000"),
            ("03-hurst-profile.txt", "invalid-date", "31 June 1966"),
            ("03-hurst-profile.txt", "fact-mismatch", "23 million"),
            ("03-hurst-profile.txt", "inconsistent", "23 million"),
            ("03-hurst-profile.txt", "anachronism", "2022"),
            ("04-sixty-years-on.md", "fact-mismatch", "95"),
            ("04-sixty-years-on.md", "inconsistent", "3,000"),
            ("04-sixty-years-on.md", "acronym-mismatch", "EUFA"),
            ("05-wembley-century.txt", "fact-mismatch", "April 1924"),
            ("05-wembley-century.txt", "fact-mismatch", "12 July 1966"),
            ("05-wembley-century.txt", "fact-mismatch", "11"),
        ],
    );
}

#[test]
fn romtreaty_the_planted_errors_are_found_and_nothing_else() {
    // A blind pack on the Treaties of Rome (round 79: organisations named in
    // other languages, acronyms from French and German, years inside names),
    // scored on the session's starting build: 13 of 14 caught, no false alarm.
    // Left: "seven countries" for the six founders is not bound.
    assert_pack_finds(
        "romtreaty",
        &[
            (
                "01-anniversary.md",
                "weekday-mismatch",
                "Sunday, 25 March 1957",
            ),
            ("01-anniversary.md", "fact-mismatch", "10 years"),
            ("02-explainer.txt", "fact-mismatch", "18 April 1950"),
            ("02-explainer.txt", "fact-mismatch", "1 January 1959"),
            ("03-wire-berlin.txt", "acronym-mismatch", "CEE"),
            ("03-wire-berlin.txt", "fact-mismatch", "June 1956"),
            ("03-wire-berlin.txt", "inconsistent", "June 1956"),
            ("03-wire-berlin.txt", "invalid-date", "31 June 1957"),
            ("04-museum-review.md", "acronym-mismatch", "CECA"),
            ("04-museum-review.md", "fact-mismatch", "25 March 1958"),
            ("04-museum-review.md", "inconsistent", "25 March 1958"),
            (
                "04-museum-review.md",
                "wrong-name",
                "European Atomic Energy Commission",
            ),
            ("05-oped.txt", "inconsistent", "270 million"),
            ("05-oped.txt", "fact-mismatch", "1.5 billion"),
            ("05-oped.txt", "inconsistent", "1.5 billion"),
            ("05-oped.txt", "anachronism", "29 March 2017"),
        ],
    );
}

/// Round 84 (written blind): the capsizing of the Herald of Free Enterprise off Zeebrugge, 6 March 1987.
#[test]
fn herald_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "herald",
        &[
            ("01_wire.txt", "fact-mismatch", "more than 200"),
            ("01_wire.txt", "inconsistent", "more than 200"),
            ("02_explainer.md", "fact-mismatch", "495"),
            ("02_explainer.md", "inconsistent", "495"),
            ("02_explainer.md", "fact-mismatch", "roughly 45 per cent"),
            ("02_explainer.md", "acronym-mismatch", "DPP"),
            ("03_timeline.txt", "fact-mismatch", "29 May 1981"),
            ("03_timeline.txt", "inconsistent", "29 May 1981"),
            ("03_timeline.txt", "fact-mismatch", "27 May 1987"),
            ("03_timeline.txt", "fact-mismatch", "24 June 1987"),
            ("03_timeline.txt", "inconsistent", "24 June 1987"),
            ("03_timeline.txt", "invalid-date", "31 September 1987"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Thursday, 19 October 1990",
            ),
            ("04_feature.md", "fact-mismatch", "eight"),
            ("04_feature.md", "inconsistent", "eight"),
            ("04_feature.md", "inconsistent", "408"),
            ("04_feature.md", "fact-mismatch", "nearly three months"),
            ("05_opinion.txt", "fact-mismatch", "36 years ago"),
            ("05_opinion.txt", "inconsistent", "36 years ago"),
            (
                "05_opinion.txt",
                "wrong-name",
                "Maritime Accident Investigation Branch",
            ),
            ("05_opinion.txt", "anachronism", "6 March 2023"),
        ],
    );
}

/// Round 84 (written blind): Japan Air Lines Flight 123, 12 August 1985.
#[test]
fn jal123_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "jal123",
        &[
            ("01_wire.txt", "fact-mismatch", "41 years ago today"),
            ("01_wire.txt", "inconsistent", "41 years ago today"),
            ("01_wire.txt", "fact-mismatch", "519"),
            ("01_wire.txt", "inconsistent", "519"),
            ("02_explainer.md", "fact-mismatch", "18 minutes"),
            ("02_explainer.md", "inconsistent", "18 minutes"),
            ("02_explainer.md", "fact-mismatch", "97.2 per cent"),
            ("02_explainer.md", "acronym-mismatch", "JTSB"),
            ("03_timeline.txt", "fact-mismatch", "2 July 1978"),
            ("03_timeline.txt", "inconsistent", "2 July 1978"),
            ("03_timeline.txt", "invalid-date", "31 September 1985"),
            ("03_timeline.txt", "fact-mismatch", "June 1988"),
            ("03_timeline.txt", "inconsistent", "June 1988"),
            ("04_feature.md", "fact-mismatch", "June 1961"),
            ("04_feature.md", "fact-mismatch", "April 2005"),
            ("04_feature.md", "inconsistent", "April 2005"),
            ("04_feature.md", "wrong-name", "Japanese Airlines"),
            (
                "05_opinion.txt",
                "weekday-mismatch",
                "Tuesday, 12 August 1985",
            ),
            ("05_opinion.txt", "fact-mismatch", "More than 530"),
            ("05_opinion.txt", "inconsistent", "More than 530"),
            ("05_opinion.txt", "inconsistent", "some 20 hours"),
            ("05_opinion.txt", "anachronism", "12 August 2026"),
        ],
    );
}

/// Round 84 (written blind): NASA's New Horizons: Pluto (2015) and Arrokoth (2019).
#[test]
fn newhorizons_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "newhorizons",
        &[
            ("01_wire.txt", "acronym-mismatch", "JPL"),
            (
                "01_wire.txt",
                "weekday-mismatch",
                "Wednesday, 19 January 2006",
            ),
            ("01_wire.txt", "fact-mismatch", "nine"),
            ("01_wire.txt", "inconsistent", "nine"),
            ("02_explainer.md", "fact-mismatch", "June 2015"),
            ("02_explainer.md", "fact-mismatch", "about 600"),
            ("02_explainer.md", "inconsistent", "about 600"),
            (
                "02_explainer.md",
                "wrong-name",
                "Southwestern Research Institute",
            ),
            ("03_timeline.txt", "fact-mismatch", "January 17, 2006"),
            ("03_timeline.txt", "inconsistent", "January 17, 2006"),
            ("03_timeline.txt", "invalid-date", "February 29, 2007"),
            ("04_feature.md", "fact-mismatch", "eighteen years ago"),
            ("04_feature.md", "inconsistent", "eighteen years ago"),
            ("04_feature.md", "fact-mismatch", "eight-year"),
            ("04_feature.md", "inconsistent", "eight-year"),
            ("04_feature.md", "fact-mismatch", "31 December 2018"),
            ("04_feature.md", "inconsistent", "31 December 2018"),
            ("05_opinion.txt", "fact-mismatch", "1932"),
            ("05_opinion.txt", "inconsistent", "1932"),
            ("05_opinion.txt", "fact-mismatch", "about 20 per cent"),
            ("05_opinion.txt", "inconsistent", "some 80"),
            ("05_opinion.txt", "anachronism", "16 October 2016"),
        ],
    );
}

/// Round 84 (written blind): the Pakistan floods of 2010.
#[test]
fn pakflood_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "pakflood",
        &[
            ("01_wire.txt", "fact-mismatch", "14 August"),
            ("01_wire.txt", "inconsistent", "14 August"),
            ("01_wire.txt", "anachronism", "14 August 2011"),
            ("02_explainer.md", "fact-mismatch", "nearly 3,000"),
            ("02_explainer.md", "inconsistent", "nearly 3,000"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Thursday, 11 August 2010",
            ),
            (
                "03_timeline.txt",
                "wrong-name",
                "National Disaster Management Agency",
            ),
            ("03_timeline.txt", "fact-mismatch", "six months"),
            ("03_timeline.txt", "inconsistent", "six months"),
            ("03_timeline.txt", "fact-mismatch", "14 August 2010"),
            ("03_timeline.txt", "inconsistent", "14 August 2010"),
            ("03_timeline.txt", "fact-mismatch", "24 September 2010"),
            ("03_timeline.txt", "inconsistent", "24 September 2010"),
            ("03_timeline.txt", "invalid-date", "31 September 2010"),
            ("04_feature.md", "fact-mismatch", "30 million"),
            ("04_feature.md", "fact-mismatch", "about 40 per cent"),
            ("04_feature.md", "inconsistent", "about 40 per cent"),
            ("04_feature.md", "inconsistent", "1.2 million"),
            ("04_feature.md", "acronym-mismatch", "PDMA"),
            ("05_opinion.txt", "fact-mismatch", "eleven years ago"),
            ("05_opinion.txt", "inconsistent", "eleven years ago"),
            ("05_opinion.txt", "fact-mismatch", "about $5 billion"),
        ],
    );
}

/// Round 84 (written blind): the Seveso dioxin release of 10 July 1976 and the Seveso directives.
#[test]
fn seveso_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "seveso",
        &[
            ("01_wire.txt", "fact-mismatch", "some 8,000"),
            ("01_wire.txt", "inconsistent", "some 8,000"),
            ("01_wire.txt", "fact-mismatch", "nine days"),
            ("01_wire.txt", "inconsistent", "nine days"),
            ("01_wire.txt", "acronym-mismatch", "ERC"),
            ("02_explainer.md", "fact-mismatch", "about 45 per cent"),
            (
                "02_explainer.md",
                "wrong-name",
                "International Agency for Cancer Research",
            ),
            ("02_explainer.md", "fact-mismatch", "9 December 1997"),
            ("02_explainer.md", "inconsistent", "9 December 1997"),
            ("03_timeline.txt", "fact-mismatch", "28 July 1976"),
            ("03_timeline.txt", "inconsistent", "28 July 1976"),
            ("03_timeline.txt", "fact-mismatch", "1 June 2016"),
            ("03_timeline.txt", "inconsistent", "1 June 2016"),
            ("04_feature.md", "weekday-mismatch", "Friday, 19 May 1983"),
            ("04_feature.md", "fact-mismatch", "39 years ago"),
            ("04_feature.md", "inconsistent", "39 years ago"),
            ("04_feature.md", "inconsistent", "some 400"),
            ("04_feature.md", "fact-mismatch", "14"),
            ("04_feature.md", "inconsistent", "14"),
            ("04_feature.md", "invalid-date", "31 September 1982"),
            ("05_opinion.txt", "fact-mismatch", "10 June 1976"),
            ("05_opinion.txt", "inconsistent", "10 June 1976"),
            ("05_opinion.txt", "anachronism", "4 July 2012"),
        ],
    );
}

/// Round 84 (written blind): the collapse of Wirecard, June 2020.
#[test]
fn wirecard_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "wirecard",
        &[
            ("01_wire.txt", "fact-mismatch", "September 2017"),
            ("01_wire.txt", "inconsistent", "September 2017"),
            ("01_wire.txt", "fact-mismatch", "three-month"),
            ("02_explainer.md", "fact-mismatch", "almost €2.5 billion"),
            ("02_explainer.md", "inconsistent", "almost €2.5 billion"),
            (
                "02_explainer.md",
                "wrong-name",
                "Federal Financial Supervisory Agency",
            ),
            ("02_explainer.md", "anachronism", "20 September 2021"),
            ("03_timeline.txt", "fact-mismatch", "four"),
            ("03_timeline.txt", "invalid-date", "31 April 2020"),
            ("03_timeline.txt", "fact-mismatch", "20 June 2020"),
            ("03_timeline.txt", "inconsistent", "20 June 2020"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Wednesday, 25 June 2020",
            ),
            ("04_feature.md", "fact-mismatch", "15 years"),
            ("04_feature.md", "inconsistent", "15 years"),
            ("04_feature.md", "fact-mismatch", "17 per cent"),
            ("04_feature.md", "inconsistent", "17 per cent"),
            ("04_feature.md", "fact-mismatch", "December 2023"),
            ("04_feature.md", "inconsistent", "December 2023"),
            ("05_opinion.txt", "fact-mismatch", "last month"),
            ("05_opinion.txt", "inconsistent", "last month"),
            ("05_opinion.txt", "inconsistent", "3,800"),
            ("05_opinion.txt", "acronym-mismatch", "BaFin"),
        ],
    );
}

/// Regression (the packs checked against each other's articles): a rule
/// file's generic names bound in articles about other stories. Bhopal's
/// "convicted" found the conviction of a banker, its "leak" any leak. A
/// file's facts are checked only in a document that names its story by a
/// name written with a capital or a digit (`RuleSet::in_scope`), anywhere
/// in the document.
#[test]
fn a_rule_file_binds_only_where_its_story_is_named() {
    let rules = pack("bhopal");
    let dated = |body: &str| format!("NEW DELHI, 20 June 2011 — {body}\n");
    // a banker's trial: "convicted" alone names no verdict of Bhopal's
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "The former savings and loan chief was convicted in June 2011 of \
                 defrauding investors; his lawyers will appeal."
            )
        ),
        []
    );
    // the same sentence in an article that names the plant's company
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "The former savings and loan chief was convicted in June 2011 of \
                 defrauding investors; his lawyers will appeal.\n\nUCIL's former \
                 employees were convicted in June 2011 of causing death by negligence."
            )
        ),
        owned(&[
            ("t.txt", "fact-mismatch", "June 2011"),
            ("t.txt", "fact-mismatch", "June 2011"),
        ])
    );
    // a capital in the rule's name is not enough: the text must write it
    // so ("fed up" does not name the "Fed"; the crash is named by its
    // generic name and a context word in lower case, "stock market")
    let rules = pack("blackmonday");
    let dated = |body: &str| check_text(&rules, &format!("NEW YORK, 20 October 1989 — {body}\n"));
    assert_eq!(
        dated(
            "Traders fed up with losses sold as the stock market crash of 13 \
             October 1989 deepened."
        ),
        []
    );
    assert_eq!(
        dated(
            "Traders on Wall Street sold as the stock market crash of 13 October \
             1989 deepened."
        ),
        owned(&[("t.txt", "fact-mismatch", "13 October 1989")])
    );
}

/// Regression (the packs checked against each other's articles): "Air
/// France Flight 4590 crashed" named AF447 by its generic name "flight"
/// and the context word "Air France". A generic name written with a
/// capital inside a sentence and followed by a number is the name of
/// another of its kind.
#[test]
fn a_numbered_generic_name_is_another_of_its_kind() {
    let rules = pack("af447");
    let dated = |body: &str| format!("PARIS, 1 June 2019 — {body}\n");
    assert_eq!(
        check_text(
            &rules,
            &dated(
                "On 25 July 2000, Air France Flight 4590 crashed shortly after \
                 take-off, killing 113 people."
            )
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            &dated("On 25 July 2000, Air France Flight 447 crashed into the Atlantic.")
        ),
        owned(&[("t.txt", "fact-mismatch", "25 July 2000")])
    );
}

/// The packs' rules against other stories' articles: pairs that drew
/// dozens of `fact-mismatch` and `inconsistent` findings before a rule
/// file's facts waited for its story to be named, none of them right.
#[test]
fn other_stories_articles_draw_nothing_from_a_pack() {
    for (rules, articles) in [
        ("bhopal", "enron"),
        ("bhopal", "ftx"),
        ("mandela", "abbeyroad"),
        ("turkeyquake", "blacksummer"),
        ("af447", "hillsborough"),
        ("santiago", "vajont"),
        ("germanwings", "grenfell"),
    ] {
        let report = claimlint::check(
            documents(&format!("tests/fixtures/packs/{articles}/articles")),
            &pack(rules),
        );
        let bound: Vec<_> = report
            .findings
            .iter()
            .filter(|f| matches!(f.code, "fact-mismatch" | "inconsistent"))
            .collect();
        assert!(
            bound.is_empty(),
            "{rules} on {articles}:\n{}",
            describe(&report, bound)
        );
    }
}

/// Regression (the packs checked against TempEval-3 news): "killed 259
/// people on the plane and 11 on the ground" read the 259 as the whole
/// toll of 270. A count split from another by where each part is, "and"
/// and a count with a place of its own, is a part; and where a fact's cue
/// says where ("11 people on the ground", "259 people aboard"), that
/// fact takes the count before the one the verb before it cues.
#[test]
fn a_toll_split_by_where_its_parts_are_is_parts() {
    let rules = pack("lockerbie");
    let dated = |body: &str| check_text(&rules, &format!("LONDON, 21 December 2018 — {body}\n"));
    assert_eq!(
        dated(
            "The bombing of Pan Am Flight 103 killed 259 people on the plane and \
             11 on the ground in Lockerbie."
        ),
        []
    );
    assert_eq!(
        dated("The Lockerbie bombing killed 11 people on the ground and 259 on the plane."),
        []
    );
    assert_eq!(
        dated("The Lockerbie bombing killed 259 people aboard and 11 people on the ground."),
        []
    );
    // each part is still checked against its own fact, and the whole
    assert_eq!(
        dated("The Lockerbie bombing killed 258 people aboard and 11 people on the ground."),
        owned(&[("t.txt", "fact-mismatch", "258")])
    );
    assert_eq!(
        dated("The Lockerbie bombing killed 12 people on the ground."),
        owned(&[("t.txt", "fact-mismatch", "12")])
    );
    assert_eq!(
        dated("The Lockerbie bombing killed 259 people."),
        owned(&[("t.txt", "fact-mismatch", "259")])
    );
}

/// Regression (blind round 80, two Olympic Games): "Athens was awarded the
/// 2004 Olympics in Lausanne on 5 September 1997", in an article of 2000,
/// was read as a past event dated 2004. A year that names an event is
/// checked only where no other date written out in its sentence (not the
/// dateline's) dates the verb; a court's "upheld" is a past form.
#[test]
fn a_year_naming_an_event_is_dated_by_the_other_date_of_its_sentence() {
    let rules = rules::bundled();
    let dated = |body: &str| check_text(&rules, &format!("ATHENS, 1 October 2000 — {body}\n"));
    assert_eq!(
        dated("Athens was awarded the 2004 Olympics in Lausanne on 5 September 1997."),
        []
    );
    // with nothing else to date it, the event's year dates the verb
    assert_eq!(
        dated("Greece won the 2004 European Championship."),
        owned(&[("t.txt", "anachronism", "2004")])
    );
    assert_eq!(
        dated("The Paris Court of Appeal upheld the conviction on 30 March 2010."),
        owned(&[("t.txt", "anachronism", "30 March 2010")])
    );
}

/// Regression (blind round 80, two oil spills off Brittany): "That
/// supertanker spilled about 223,000 tonnes of crude, ten times as much
/// oil as the Erika" was read as the Erika's spill. What a comparison is
/// made with ("as much … as the Erika", "more than the Erika") is not
/// what the sentence tells, unless a relative clause after it tells of it.
#[test]
fn a_name_a_comparison_is_made_with_names_no_subject() {
    let yaml = r#"
subjects:
  - id: erika
    name: The Erika oil spill, December 1999
    aliases: [Erika]
facts:
  - id: erika.spilled
    subject: erika
    kind: count
    value: 20000
    tolerance: 10%
    cues: [tonnes]
    source: Cedre
"#;
    let rules = rules::load(&[("erika.yaml".to_string(), yaml.to_string())]).unwrap();
    let dated = |body: &str| check_text(&rules, &format!("BREST, 11 December 2009 — {body}\n"));
    assert_eq!(
        dated(
            "That supertanker spilled about 223,000 tonnes of crude, ten times as much \
             oil as the Erika."
        ),
        []
    );
    assert_eq!(
        dated("The Amoco Cadiz spilled about 223,000 tonnes, far more than the Erika."),
        []
    );
    // the Erika's own figure
    assert_eq!(
        dated("The Erika spilled about 31,000 tonnes of heavy fuel oil."),
        owned(&[("t.txt", "fact-mismatch", "about 31,000")])
    );
}

/// Regression (blind round 83, two mine disasters): "The bell rang 29
/// times this afternoon, once for every man killed in the Upper Big Branch
/// explosion five years ago today" read "this afternoon" as the
/// explosion's date. "rang" is a past form: the date after it in its
/// clause is the ringing's.
#[test]
fn a_date_after_rang_is_the_ringings() {
    let yaml = r#"
subjects:
  - id: ubb
    name: Upper Big Branch mine explosion, 5 April 2010
    aliases: [Upper Big Branch]
facts:
  - id: ubb.date
    subject: ubb
    kind: date
    value: 2010-04-05
    cues: [explosion, killed]
    source: MSHA report, 2011
"#;
    let rules = rules::load(&[("ubb.yaml".to_string(), yaml.to_string())]).unwrap();
    let dated = |years: &str| {
        check_markdown(
            &rules,
            &format!(
                "---\ndate: 2015-04-05\n---\n\nThe bell rang 29 times this afternoon, once for \
                 every man killed in the Upper Big Branch explosion {years} years ago today.\n"
            ),
        )
    };
    assert_eq!(dated("five"), []);
    assert_eq!(
        dated("six"),
        owned(&[("t.md", "fact-mismatch", "six years ago today")])
    );
}

/// Regression (round 85, drafts of other news checked with every story's
/// rule file): "Sandy" and "Andrew" are storms' given names ("Hurricane
/// Sandy", "Hurricane Andrew"), and "The gunman at Sandy Hook Elementary
/// School killed 26 people" and "Andrew Cuomo, the governor, said 300
/// homes had been destroyed" were errors against the storms' tolls. A
/// surname after a given name makes the two someone else's name, which
/// neither names the storm nor tells its story.
#[test]
fn a_given_name_before_a_surname_is_someone_elses() {
    let sandy = pack("sandy");
    assert_eq!(
        check_text(
            &sandy,
            "The gunman at Sandy Hook Elementary School killed 26 people, police said."
        ),
        []
    );
    assert_eq!(
        check_text(&sandy, "Sandy killed 26 people in New Jersey."),
        owned(&[("t.txt", "fact-mismatch", "26")])
    );
    let andrew = pack("andrew");
    assert_eq!(
        check_text(
            &andrew,
            "Andrew Cuomo, the governor, said 300 homes had been destroyed."
        ),
        []
    );
    // (a weekday after the name is no surname)
    assert_eq!(
        check_text(
            &andrew,
            "Hurricane Andrew struck Florida. Andrew Monday destroyed 300 homes."
        ),
        owned(&[("t.txt", "fact-mismatch", "300")])
    );
}

/// Regression (round 85): "The National Transportation Safety Board
/// (NTSB)" was "not the acronym of the Transportation Safety Board of
/// Canada", a listed name whose variant ends the longer one. Where the
/// bracket gives the initials of the longer name, it names that other
/// body.
#[test]
fn a_listed_name_inside_a_longer_one_with_its_own_initials_is_another_body() {
    let yaml = "names:\n  - id: org.tsb\n    name: Transportation Safety Board of Canada\n    variants: [Transportation Safety Board]\n    acronym: TSB\n";
    let rules = rules::load(&[("tsb.yaml".to_string(), yaml.to_string())]).unwrap();
    assert_eq!(
        check_text(
            &rules,
            "The National Transportation Safety Board (NTSB) sent a team."
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            "The Transportation Safety Board (NTSB) sent a team."
        ),
        owned(&[("t.txt", "acronym-mismatch", "NTSB")])
    );
}

/// Regression (round 85): in "the pace of large corporate filings had
/// slowed since the spring but remained well above the levels seen before
/// Lehman Brothers filed on Sept. 15, 2008", "the spring" was a date of
/// Lehman's filing. A date after a verb of change and "since" dates the
/// change, not a cue before the verb.
#[test]
fn a_date_after_a_change_and_since_dates_the_change() {
    let rules = pack("lehman");
    let dated = |body: &str| {
        check_doc(
            &rules,
            Document::new(
                "t.txt",
                body.to_string(),
                Format::Text,
                Some(jiff::civil::date(2009, 10, 21)),
            ),
        )
    };
    assert_eq!(
        dated(
            "Bankruptcy lawyers said the pace of large corporate filings had slowed since the spring but remained well above the levels seen before Lehman Brothers filed on Sept. 15, 2008."
        ),
        []
    );
    assert_eq!(
        dated(
            "Bankruptcy lawyers said the pace of large corporate filings had slowed since the spring but remained well above the levels seen before Lehman Brothers filed on Sept. 25, 2008."
        ),
        owned(&[("t.txt", "fact-mismatch", "Sept. 25, 2008")])
    );
}

/// Regression (round 85): "a national review of thousands of bridges and
/// viaducts built in the 1950s and 1960s" dated the opening of the Morandi
/// bridge, named earlier in the sentence. Things in their thousands (or
/// hundreds, dozens) are others of the kind, whatever they are called, and
/// a participle after them is theirs.
#[test]
fn a_participle_after_things_in_their_thousands_is_theirs() {
    let rules = pack("genoa");
    let check = |tail: &str| {
        check_text(
            &rules,
            &format!(
                "TURIN, 6 November 2025 (Reuters) — The Morandi bridge in Genoa fell on 14 August 2018, and the disaster prompted a review of {tail}."
            ),
        )
    };
    assert_eq!(
        check("thousands of bridges and viaducts built in the 1950s"),
        []
    );
    assert_eq!(
        check("the bridge, which was built in the 1950s"),
        owned(&[("t.txt", "fact-mismatch", "the 1950s")])
    );
}

/// Regression (round 84, `wirecard`): "Spare a thought for Wirecard's
/// 3,800 employees" was no claim: "thought", a word of conjecture before
/// the count, made it one supposed. After "a" it is a noun.
#[test]
fn a_word_of_conjecture_after_a_is_a_noun() {
    let yaml = r#"
subjects:
  - id: wirecard
    name: Wirecard AG
    aliases: [Wirecard]
facts:
  - id: wirecard.employees
    subject: wirecard
    kind: count
    value: 5800
    tolerance: 5%
    cues: [employees, staff]
    source: Wirecard annual report 2019
"#;
    let rules = rules::load(&[("w.yaml".to_string(), yaml.to_string())]).unwrap();
    assert_eq!(
        check_text(&rules, "Spare a thought for Wirecard's 3,800 employees."),
        owned(&[("t.txt", "fact-mismatch", "3,800")])
    );
    assert_eq!(
        check_text(&rules, "Few thought Wirecard's 3,800 employees would stay."),
        []
    );
}

/// Regression (round 85): in "worse than the Burns Day gale, which struck
/// in January 1990, killing 97 people", the date in the relative clause
/// did not date the 97, after the clause's comma, which counted for the
/// Great Storm of 1987. A relative clause runs on through a participle in
/// "-ing" after its comma: the 97 are of 1990.
#[test]
fn a_relative_clause_runs_on_through_a_participle() {
    let yaml = r#"
subjects:
  - id: storm
    name: Great Storm of 1987
    aliases: [Great Storm]
facts:
  - id: storm.deaths
    subject: storm
    kind: count
    value: 18
    cues: [people, deaths, dead]
    source: Met Office, October 1987
"#;
    let rules = rules::load(&[("gs.yaml".to_string(), yaml.to_string())]).unwrap();
    assert_eq!(
        check_text(
            &rules,
            "LONDON, 16 October 2017 (Reuters) — The Great Storm was the worst since the Burns Day gale, which struck in January 1990, killing 97 people."
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            "LONDON, 16 October 2017 (Reuters) — The Great Storm, which struck in October 1987, killing 19 people, felled 15 million trees."
        ),
        owned(&[("t.txt", "fact-mismatch", "19")])
    );
}

/// Regression (round 85, drafts of other news checked with every story's
/// rule file): "London", a context word that lets "barrier" mean the
/// Thames Barrier, told the North Sea flood's story in "LONDON, 14
/// November 1991 (Reuters) — A commuter train ran into …", and the file's
/// other subjects bound there. A context word tells its file's story only
/// where it is in use: where the text names its subject, beside a name
/// of another subject of the file in its sentence, or in a heading.
#[test]
fn a_context_word_tells_a_story_only_where_it_is_in_use() {
    let yaml = r#"
subjects:
  - id: barrier
    name: Thames Barrier
    aliases: [Thames Barrier]
    generic: [barrier]
    context: [London]
  - id: flood
    name: The North Sea flood of 1953
    aliases: [great tide]
facts:
  - id: flood.deaths
    subject: flood
    kind: count
    value: 307
    cues: [people]
    source: Met Office
"#;
    let rules = rules::load(&[("flood.yaml".to_string(), yaml.to_string())]).unwrap();
    let dated = |body: &str| {
        check_text(
            &rules,
            &format!("LONDON, 14 November 1991 (Reuters) — A commuter train crashed.\n\n{body}\n"),
        )
    };
    let told = owned(&[("t.txt", "fact-mismatch", "35")]);
    assert_eq!(dated("The great tide killed 35 people."), []);
    // its subject named anywhere, a name of the file beside it, a heading
    assert_eq!(
        dated("The great tide killed 35 people. The barrier was shut."),
        told
    );
    assert_eq!(
        dated("The great tide, which flooded London, killed 35 people."),
        told
    );
    assert_eq!(
        check_text(
            &rules,
            "Floods in London\n\nThe great tide killed 35 people.\n"
        ),
        told
    );
}

/// Regression (rounds 85 and 88): "Chapter 11", an alias of Kodak's
/// bankruptcy, told the Kodak file's story in a report of another
/// company's filing, and bound its figures: "listed assets of $1.12
/// billion" contradicted Kodak's 5.1 billion. A subject whose name says
/// whose it is ("Kodak's Chapter 11 bankruptcy"), its owner a name of the
/// file, has numbered aliases ("Chapter 11") that tell no story by
/// themselves: every company has a Chapter 11. With its owner named, the
/// alias still names it.
#[test]
fn a_numbered_alias_of_an_owned_subject_tells_no_story_without_its_owner() {
    let rules = pack("kodak");
    let other = "WILMINGTON, Del., Oct. 21, 2009 (Reuters) — Brennard Industries, \
                 an axle maker, filed for Chapter 11 bankruptcy protection on \
                 Wednesday. The company listed assets of $1.12 billion in its \
                 Chapter 11 petition.";
    assert_eq!(check_text(&rules, other), []);
    let own = "ROCHESTER, N.Y., Oct. 21, 2013 (Reuters) — Eastman Kodak filed for \
               Chapter 11 bankruptcy protection in January 2013. It listed assets \
               of $5.1 billion in its Chapter 11 petition.";
    assert_eq!(
        check_text(&rules, own),
        owned(&[("t.txt", "fact-mismatch", "January 2013")])
    );
    // a name with a number of its own ("Hayabusa2") tells its story alone
    let rules = pack("hayabusa2");
    let probe = "TOKYO, Dec. 7, 2020 (Reuters) — Hayabusa2 was launched in December 2015.";
    assert_eq!(
        check_text(&rules, probe),
        owned(&[("t.txt", "fact-mismatch", "December 2015")])
    );
}

/// Regression (round 88): in an article of 2016, "A magnitude 5.1
/// earthquake struck southern Turkey" contradicted the magnitude of the
/// earthquakes of February 2023, and its "Wednesday" their date. No
/// article reports an outcome before it comes: where the subject's
/// sources date its time well after the article's, and no alias names it
/// in the sentence, a figure (or a date before the article's) is another
/// event's.
#[test]
fn a_figure_in_an_article_written_before_the_subjects_time_is_another_events() {
    let rules = pack("quake");
    let text = |date: &str| {
        format!(
            "ISTANBUL, {date} (Reuters) — A magnitude 5.1 earthquake struck southern \
             Turkey before dawn on Wednesday, injuring 23 people, the disaster agency said.\n"
        )
    };
    assert_eq!(check_text(&rules, &text("March 9, 2016")), []);
    // days after the earthquakes, the same sentence is about them
    assert_eq!(
        check_text(&rules, &text("Feb. 9, 2023")),
        owned(&[
            ("t.txt", "fact-mismatch", "5.1"),
            ("t.txt", "fact-mismatch", "Wednesday"),
        ])
    );
}

/// Regression: a subject whose one dated fact is a term's end ("runs
/// until 2079", from a source of 2004) is no event after an article of
/// 2004: its figures are still checked there.
#[test]
fn a_subject_dated_by_a_terms_end_still_binds_before_it() {
    let rules = pack("millau");
    let text = "MILLAU, France, 14 December 2004 (AFP) — The Millau viaduct opened. \
                Eiffage's subsidiary holds a 57-year concession to run the bridge.\n";
    assert_eq!(
        check_text(&rules, text),
        owned(&[("t.txt", "fact-mismatch", "57-year")])
    );
}

/// Round 87 (written blind): the Apollo-Soyuz Test Project, July 1975.
#[test]
fn apollosoyuz_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "apollosoyuz",
        &[
            ("01_wire.txt", "fact-mismatch", "18 July 1975"),
            ("01_wire.txt", "inconsistent", "18 July 1975"),
            ("01_wire.txt", "fact-mismatch", "four years ago"),
            ("01_wire.txt", "inconsistent", "four years ago"),
            (
                "02_explainer.md",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("02_explainer.md", "fact-mismatch", "at least five"),
            ("02_explainer.md", "inconsistent", "at least five"),
            ("02_explainer.md", "fact-mismatch", "41 per cent"),
            ("02_explainer.md", "inconsistent", "41 per cent"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Friday, 24 July 1975",
            ),
            ("03_timeline.txt", "fact-mismatch", "24 May 1973"),
            ("03_timeline.txt", "fact-mismatch", "23 July 1975"),
            ("03_timeline.txt", "inconsistent", "23 July 1975"),
            ("04_feature.md", "fact-mismatch", "34 hours"),
            ("04_feature.md", "inconsistent", "34 hours"),
            ("04_feature.md", "inconsistent", "six"),
            ("04_feature.md", "fact-mismatch", "52"),
            ("04_feature.md", "inconsistent", "52"),
            ("04_feature.md", "anachronism", "February 2041"),
            ("05_opinion.txt", "acronym-mismatch", "JSC"),
            ("05_opinion.txt", "invalid-date", "31 June 1973"),
            ("05_opinion.txt", "fact-mismatch", "13 years"),
            ("05_opinion.txt", "inconsistent", "13 years"),
        ],
    );
}

/// Round 87 (written blind): the collapse of the I-35W Mississippi River bridge in Minneapolis, 1 August 2007.
#[test]
fn i35w_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "i35w",
        &[
            ("01_wire.txt", "fact-mismatch", "more than 150"),
            ("01_wire.txt", "inconsistent", "more than 150"),
            ("01_wire.txt", "fact-mismatch", "February"),
            ("01_wire.txt", "inconsistent", "February"),
            (
                "01_wire.txt",
                "wrong-name",
                "National Transport Safety Board",
            ),
            ("02_explainer.md", "fact-mismatch", "1964"),
            ("02_explainer.md", "inconsistent", "1964"),
            ("02_explainer.md", "fact-mismatch", "about 13 percent"),
            ("02_explainer.md", "inconsistent", "about 13 percent"),
            ("02_explainer.md", "acronym-mismatch", "NHTSA"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Tuesday, Sept. 18, 2008",
            ),
            ("03_timeline.txt", "fact-mismatch", "14"),
            ("03_timeline.txt", "inconsistent", "14"),
            ("03_timeline.txt", "fact-mismatch", "27 August 2007"),
            ("03_timeline.txt", "invalid-date", "April 31, 2008"),
            ("03_timeline.txt", "inconsistent", "15 million"),
            ("04_feature.md", "fact-mismatch", "14 months"),
            ("04_feature.md", "inconsistent", "14 months"),
            ("04_feature.md", "anachronism", "Nov. 14, 2008"),
            ("05_opinion.txt", "fact-mismatch", "16 years ago"),
            ("05_opinion.txt", "inconsistent", "16 years ago"),
            ("05_opinion.txt", "fact-mismatch", "some 200,000"),
        ],
    );
}

/// Round 87 (written blind): the Izmit (Kocaeli) earthquake, 17 August 1999.
#[test]
fn izmit_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "izmit",
        &[
            ("01_wire.txt", "fact-mismatch", "Thursday"),
            ("01_wire.txt", "inconsistent", "Thursday"),
            ("02_explainer.md", "fact-mismatch", "nearly 14,000"),
            ("02_explainer.md", "inconsistent", "nearly 14,000"),
            (
                "02_explainer.md",
                "wrong-name",
                "United States Geographical Survey",
            ),
            ("02_explainer.md", "fact-mismatch", "72 per cent"),
            ("02_explainer.md", "inconsistent", "72 per cent"),
            ("02_explainer.md", "anachronism", "1 January 2021"),
            ("03_timeline.txt", "fact-mismatch", "47 seconds"),
            ("03_timeline.txt", "inconsistent", "47 seconds"),
            ("03_timeline.txt", "fact-mismatch", "12 October 1999"),
            ("03_timeline.txt", "inconsistent", "12 October 1999"),
            ("03_timeline.txt", "invalid-date", "29 February 2001"),
            ("04_feature.md", "fact-mismatch", "twenty-four years ago"),
            ("04_feature.md", "inconsistent", "twenty-four years ago"),
            ("04_feature.md", "fact-mismatch", "some 250,000"),
            ("04_feature.md", "fact-mismatch", "485"),
            ("04_feature.md", "inconsistent", "485"),
            ("04_feature.md", "inconsistent", "nine"),
            (
                "05_opinion.txt",
                "weekday-mismatch",
                "Monday, 17 August 1999",
            ),
            ("05_opinion.txt", "acronym-mismatch", "EERC"),
            ("05_opinion.txt", "fact-mismatch", "2001"),
            ("05_opinion.txt", "inconsistent", "2001"),
        ],
    );
}

/// Round 87 (written blind): the influenza pandemic of 1918-1920.
#[test]
fn spanishflu_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "spanishflu",
        &[
            ("01_wire.txt", "acronym-mismatch", "CDC"),
            ("01_wire.txt", "anachronism", "September 30, 2018"),
            ("02_explainer.md", "fact-mismatch", "nearly 15 million"),
            ("02_explainer.md", "inconsistent", "nearly 15 million"),
            (
                "02_explainer.md",
                "wrong-name",
                "Centers for Disease Prevention and Control",
            ),
            ("02_explainer.md", "fact-mismatch", "roughly 50 percent"),
            ("02_explainer.md", "invalid-date", "September 31, 1918"),
            ("03_timeline.txt", "fact-mismatch", "September 21, 1918"),
            ("03_timeline.txt", "inconsistent", "September 21, 1918"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Tuesday, October 3, 1918",
            ),
            ("03_timeline.txt", "fact-mismatch", "January 1920"),
            ("03_timeline.txt", "inconsistent", "January 1920"),
            ("03_timeline.txt", "fact-mismatch", "1918"),
            ("04_feature.md", "fact-mismatch", "Nearly 100,000"),
            ("04_feature.md", "inconsistent", "Nearly 100,000"),
            ("04_feature.md", "fact-mismatch", "10 days"),
            ("04_feature.md", "inconsistent", "10 days"),
            ("04_feature.md", "fact-mismatch", "December 1918"),
            ("04_feature.md", "inconsistent", "December 1918"),
            ("04_feature.md", "inconsistent", "some 20,000"),
            ("05_opinion.txt", "fact-mismatch", "103 years ago"),
            ("05_opinion.txt", "inconsistent", "103 years ago"),
            ("05_opinion.txt", "fact-mismatch", "2008"),
            ("05_opinion.txt", "inconsistent", "2008"),
        ],
    );
}

/// Round 87 (written blind): the collapse of the Tacoma Narrows Bridge, 7 November 1940.
/// One of its fifteen planted errors is not found: a timeline's "July 15,
/// 2008 — The eastbound bridge opens, and the 1950 span is restriped",
/// whose entry names a second bridge. "A three-member board of engineers
/// appointed by the Federal Works Agency (PWA) — Othmar Ammann, …" was
/// missed at first: a bracket before a dash was taken for a dateline's
/// credit wherever it stood.
#[test]
fn tacoma_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "tacoma",
        &[
            ("01_wire.txt", "fact-mismatch", "76 years ago"),
            ("01_wire.txt", "inconsistent", "76 years ago"),
            ("01_wire.txt", "fact-mismatch", "more than 60"),
            ("01_wire.txt", "inconsistent", "more than 60"),
            (
                "01_wire.txt",
                "wrong-name",
                "Washington State Department of Transport",
            ),
            ("02_explainer.md", "fact-mismatch", "three months"),
            ("02_explainer.md", "fact-mismatch", "60 percent"),
            ("02_explainer.md", "acronym-mismatch", "PWA"),
            ("03_timeline.txt", "invalid-date", "June 31, 1943"),
            ("03_timeline.txt", "fact-mismatch", "October 14, 1951"),
            ("03_timeline.txt", "inconsistent", "October 14, 1951"),
            ("04_feature.md", "weekday-mismatch", "Tuesday, Nov. 7, 1940"),
            ("04_feature.md", "inconsistent", "nearly three hours"),
            ("04_feature.md", "fact-mismatch", "2,600"),
            ("04_feature.md", "inconsistent", "2,600"),
            ("05_opinion.txt", "fact-mismatch", "four"),
            ("05_opinion.txt", "inconsistent", "four"),
            ("05_opinion.txt", "fact-mismatch", "April 1946"),
            ("05_opinion.txt", "inconsistent", "April 1946"),
            ("05_opinion.txt", "anachronism", "August 2021"),
        ],
    );
}

/// Round 87 (written blind): the WorldCom fraud and bankruptcy, 2002.
#[test]
fn worldcom_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "worldcom",
        &[
            ("01_wire.txt", "fact-mismatch", "July 12, 2002"),
            ("01_wire.txt", "inconsistent", "July 12, 2002"),
            ("01_wire.txt", "anachronism", "March 2006"),
            ("02_explainer.md", "fact-mismatch", "more than $170 billion"),
            ("02_explainer.md", "inconsistent", "more than $170 billion"),
            (
                "02_explainer.md",
                "wrong-name",
                "Securities and Exchanges Commission",
            ),
            ("02_explainer.md", "invalid-date", "31 June 2002"),
            ("03_timeline.txt", "fact-mismatch", "15 September 1997"),
            ("03_timeline.txt", "fact-mismatch", "30 May 2002"),
            ("03_timeline.txt", "inconsistent", "30 May 2002"),
            ("03_timeline.txt", "fact-mismatch", "eight"),
            ("03_timeline.txt", "inconsistent", "eight"),
            ("03_timeline.txt", "acronym-mismatch", "SEC"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Wednesday, 25 June 2002",
            ),
            ("04_feature.md", "fact-mismatch", "38 percent"),
            ("04_feature.md", "fact-mismatch", "nearly three years"),
            ("04_feature.md", "inconsistent", "nearly three years"),
            ("05_opinion.txt", "fact-mismatch", "sixteen years ago"),
            ("05_opinion.txt", "inconsistent", "sixteen years ago"),
            ("05_opinion.txt", "inconsistent", "60,000"),
        ],
    );
}

/// Regression (round 88): "nowhere near the scale of the Blizzard of 1978,
/// which dropped 27.1 inches on Boston" dated the Halifax pack's blizzard
/// of 1917 ("Boston", a word of the same file, told its story). A date
/// after "of" that makes a proper name ("the Blizzard of 1978", "the
/// Great Fire of 1666") names that event, and claims nothing about one of
/// another time; after a name in lower case it may be a wrong date of the
/// subject's ("the liability ruling of April 1986").
#[test]
fn a_date_that_makes_a_proper_name_after_of_names_another_event() {
    let rules = pack("halifax");
    let text = |name: &str| {
        format!(
            "BOSTON, Jan. 22, 1987 (AP) — The storm was nowhere near the {name} of \
             1978, which dropped 27.1 inches of snow on Boston.\n"
        )
    };
    assert_eq!(check_text(&rules, &text("Blizzard")), []);
    assert_eq!(
        check_text(&rules, &text("blizzard")),
        owned(&[("t.txt", "fact-mismatch", "1978")])
    );
}

/// Regression (round 106): "the Great Storm of October 1987, which …
/// killed 18 people in England when it struck in the early hours of
/// October 16, 1987" dated the Galveston hurricane of 1900, which the
/// rules call "the Great Storm". A name that a date after "of" has shown
/// to mean another event means it in the rest of its sentence too, unless
/// the sentence calls the subject by another of its proper names.
#[test]
fn a_name_a_date_gave_to_another_event_names_it_through_the_sentence() {
    let rules = pack("galveston");
    let dated =
        |body: &str| check_text(&rules, &format!("GALVESTON, Sept. 8, 2000 (AP) — {body}\n"));
    assert_eq!(
        dated(
            "The wind was no match for the Great Storm of October 1987, which killed \
             18 people in England when it struck on October 16, 1987."
        ),
        []
    );
    assert_eq!(
        dated("The Great Storm struck on October 16, 1987."),
        owned(&[("t.txt", "fact-mismatch", "October 16, 1987")])
    );
}

/// Regression (round 106): "Hurricane Michael, which came ashore in the
/// Florida Panhandle on October 10" was a landfall of Hurricane Sandy,
/// whose rules have the generic name "hurricane". A generic name written
/// with a capital before a name of its own is the title of another of its
/// kind.
#[test]
fn a_generic_name_before_a_name_of_its_own_is_another_of_its_kind() {
    let rules = pack("sandy");
    let dated = |body: &str| {
        check_text(
            &rules,
            &format!("NEW YORK, Nov. 2, 2012 (Reuters) — {body}\n"),
        )
    };
    assert_eq!(
        dated("Hurricane Michael made landfall in New Jersey on October 10."),
        []
    );
    assert_eq!(
        dated("The hurricane made landfall in New Jersey on October 10."),
        owned(&[("t.txt", "fact-mismatch", "October 10")])
    );
}

/// Regression (the packs checked against each other's articles): "a
/// replacement bridge could open in the fall of 2028", in an article of
/// 2024 on the Key Bridge, contradicted the opening of the I-35W bridge's
/// replacement in 2008. A date still to come when the article was
/// written is no date of a subject whose time had passed a year or more
/// before it; a past date is still checked.
#[test]
fn a_date_still_to_come_is_no_date_of_a_subject_long_past() {
    let rules = pack("i35w");
    let text = |then: &str| {
        check_text(
            &rules,
            &format!(
                "BALTIMORE, June 11, 2024 — No collapse had been so deadly since the I-35W \
                 bridge fell into the Mississippi in Minneapolis.\n\nOfficials have said \
                 a replacement bridge {then}.\n"
            ),
        )
    };
    assert_eq!(text("could open in the fall of 2028"), []);
    assert_eq!(
        text("opened in the fall of 2009"),
        owned(&[("t.txt", "fact-mismatch", "the fall of 2009")])
    );
}

/// Regression (round 89): "had long argued that banks with as little as
/// $50 billion in assets did not need the toughest supervision", in a
/// column on Signature Bank, contradicted the bank's assets. A figure
/// after "with" and a plural noun that names no subject sorts things of
/// a kind, and is theirs; after a company's name and a comma, or as a
/// verb's ("Read finishes with 117 Tests"), it is still the subject's.
#[test]
fn a_figure_that_sorts_things_of_a_kind_is_theirs() {
    let rules = pack("svb");
    let dated = |body: &str| {
        check_text(
            &rules,
            &format!("NEW YORK, March 20, 2023 (Reuters) — {body}\n"),
        )
    };
    assert_eq!(
        dated(
            "Silicon Valley Bank had $309 billion in assets. Its chief had argued that \
             banks with as little as $50 billion in assets needed less supervision."
        ),
        owned(&[("t.txt", "fact-mismatch", "309 billion")])
    );
}

/// Round 89 (written blind): the storm of the 1979 Fastnet race, August 1979.
#[test]
fn fastnet_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "fastnet",
        &[
            ("01_wire.txt", "fact-mismatch", "31 years ago today"),
            ("01_wire.txt", "inconsistent", "31 years ago today"),
            ("01_wire.txt", "fact-mismatch", "17"),
            ("01_wire.txt", "inconsistent", "17"),
            ("01_wire.txt", "wrong-name", "Royal Offshore Racing Club"),
            ("02_explainer.md", "fact-mismatch", "38 per cent"),
            ("02_explainer.md", "fact-mismatch", "more than 160"),
            ("02_explainer.md", "inconsistent", "more than 160"),
            ("02_explainer.md", "acronym-mismatch", "RORC"),
            ("03_timeline.txt", "fact-mismatch", "Sunday 12 August 1979"),
            ("03_timeline.txt", "inconsistent", "Sunday 12 August 1979"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Tuesday 13 August 1979",
            ),
            (
                "03_timeline.txt",
                "fact-mismatch",
                "79 hours, 25 minutes and 23 seconds",
            ),
            (
                "03_timeline.txt",
                "inconsistent",
                "79 hours, 25 minutes and 23 seconds",
            ),
            ("04_feature.md", "fact-mismatch", "15 August"),
            ("04_feature.md", "inconsistent", "15 August"),
            ("04_feature.md", "fact-mismatch", "1959"),
            ("04_feature.md", "inconsistent", "1959"),
            ("04_feature.md", "inconsistent", "253"),
            ("04_feature.md", "invalid-date", "31 September 1979"),
            ("05_opinion.txt", "fact-mismatch", "149"),
            ("05_opinion.txt", "inconsistent", "149"),
            ("05_opinion.txt", "anachronism", "14 August 2019"),
        ],
    );
}

/// Round 89 (written blind): the Kegworth air disaster, British Midland Flight 92, 8 January 1989.
#[test]
fn kegworth_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "kegworth",
        &[
            ("01_wire.txt", "fact-mismatch", "more than 130"),
            ("01_wire.txt", "inconsistent", "more than 130"),
            ("01_wire.txt", "acronym-mismatch", "CAA"),
            ("01_wire.txt", "fact-mismatch", "29 years ago"),
            ("01_wire.txt", "inconsistent", "29 years ago"),
            ("02_explainer.md", "fact-mismatch", "about 40 minutes"),
            ("02_explainer.md", "fact-mismatch", "73 per cent"),
            ("02_explainer.md", "invalid-date", "31 September 1988"),
            ("03_timeline.txt", "fact-mismatch", "19 February 1987"),
            ("03_timeline.txt", "inconsistent", "19 February 1987"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Saturday, 8 January 1989",
            ),
            ("03_timeline.txt", "fact-mismatch", "116"),
            ("03_timeline.txt", "inconsistent", "116"),
            ("04_feature.md", "fact-mismatch", "44"),
            ("04_feature.md", "inconsistent", "44"),
            (
                "04_feature.md",
                "wrong-name",
                "Air Accidents Investigation Board",
            ),
            ("04_feature.md", "fact-mismatch", "1991"),
            ("04_feature.md", "inconsistent", "1991"),
            ("05_opinion.txt", "fact-mismatch", "69"),
            ("05_opinion.txt", "inconsistent", "69"),
            ("05_opinion.txt", "inconsistent", "33"),
            ("05_opinion.txt", "anachronism", "2012"),
        ],
    );
}

/// Round 89 (written blind): the Ixtoc I blowout in the Bay of Campeche, June 1979 to March 1980.
#[test]
fn mexicogulf_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "mexicogulf",
        &[
            ("01_wire.txt", "fact-mismatch", "three weeks ago"),
            ("01_wire.txt", "inconsistent", "three weeks ago"),
            ("01_wire.txt", "fact-mismatch", "more than 50,000"),
            ("01_wire.txt", "inconsistent", "more than 50,000"),
            ("02_explainer.md", "fact-mismatch", "194 days"),
            ("02_explainer.md", "fact-mismatch", "about 1.4 million"),
            ("02_explainer.md", "inconsistent", "about 1.4 million"),
            ("02_explainer.md", "anachronism", "15 July 2010"),
            ("02_explainer.md", "acronym-mismatch", "USGC"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, June 3, 1979",
            ),
            ("03_timeline.txt", "fact-mismatch", "September 30, 1979"),
            ("03_timeline.txt", "inconsistent", "September 30, 1979"),
            ("03_timeline.txt", "invalid-date", "November 31, 1979"),
            ("04_feature.md", "fact-mismatch", "some 260"),
            ("04_feature.md", "inconsistent", "some 260"),
            ("04_feature.md", "fact-mismatch", "about 60 per cent"),
            ("04_feature.md", "inconsistent", "some 2,000"),
            (
                "04_feature.md",
                "wrong-name",
                "National Oceanographic and Atmospheric Administration",
            ),
            ("05_opinion.txt", "fact-mismatch", "three"),
            ("05_opinion.txt", "inconsistent", "three"),
            ("05_opinion.txt", "fact-mismatch", "March 23, 1981"),
            ("05_opinion.txt", "inconsistent", "March 23, 1981"),
        ],
    );
}

/// Round 89 (written blind): the collapse of Silvergate and Signature Bank, March 2023.
#[test]
fn signature_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "signature",
        &[
            ("01_wire.txt", "fact-mismatch", "Saturday"),
            ("01_wire.txt", "inconsistent", "Saturday"),
            (
                "01_wire.txt",
                "wrong-name",
                "Federal Deposit Insurance Commission",
            ),
            ("01_wire.txt", "fact-mismatch", "nearly 60"),
            ("01_wire.txt", "inconsistent", "nearly 60"),
            ("01_wire.txt", "anachronism", "21 March 2023"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Saturday, 12 March 2023",
            ),
            ("02_explainer.md", "inconsistent", "18 billion"),
            ("02_explainer.md", "fact-mismatch", "Friday, 10 March"),
            ("02_explainer.md", "inconsistent", "Friday, 10 March"),
            ("02_explainer.md", "fact-mismatch", "9 March"),
            ("02_explainer.md", "inconsistent", "9 March"),
            ("02_explainer.md", "fact-mismatch", "30%"),
            ("02_explainer.md", "inconsistent", "30%"),
            ("03_timeline.txt", "fact-mismatch", "about 300"),
            ("03_timeline.txt", "fact-mismatch", "2 March 2023"),
            ("03_timeline.txt", "inconsistent", "2 March 2023"),
            ("03_timeline.txt", "fact-mismatch", "18 March 2023"),
            ("03_timeline.txt", "inconsistent", "18 March 2023"),
            ("04_feature.md", "fact-mismatch", "25 years"),
            ("04_feature.md", "inconsistent", "25 years"),
            ("04_feature.md", "acronym-mismatch", "DIF"),
            ("04_feature.md", "invalid-date", "31 April 2023"),
            ("05_opinion.txt", "fact-mismatch", "about $4.5 billion"),
        ],
    );
}

/// Regression (rounds 89 and 90): "the fastest time by an Irish junior in
/// more than 20 years", beside a mile run in 4 minutes 1.28 seconds,
/// contradicted Bannister's time of 3:59.4, and "more than 50,000 barrels
/// of oil a day" the Ixtoc blowout's 290 days. A duration a hundred times
/// as long or as short as the fact's is another span of time.
#[test]
fn a_duration_a_hundred_times_the_facts_is_another_span() {
    let rules = pack("bannister");
    let dated = |body: &str| check_text(&rules, &format!("DUBLIN, June 3, 2006 (AP) — {body}\n"));
    assert_eq!(
        dated(
            "Roger Bannister ran the first sub-four-minute mile, the fastest time \
             in more than 20 years."
        ),
        []
    );
}

/// Round 92 (politics, written blind): an article of 1992 or 1986 cannot
/// report the UK election of 2024. The party's seats have no date of their
/// own (their subject takes its pack's time), so the whole sentence, names
/// and all, is of another election; and the dates of elections before the
/// article are no dates of the one the pack knows.
#[test]
fn an_article_years_before_a_packs_story_reports_none_of_its_outcomes() {
    let rules = pack("uk-election");
    assert_eq!(
        check_text(
            &rules,
            "LONDON, Nov 19, 1992 (Reuters) - Ministers have had a difficult autumn.\n\n\
             The Conservatives won the general election on 9 April with 336 seats.\n"
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            "DUBLIN, Dec. 2, 1986 (Reuters) - Polls point to a general election early \
             in 1987, the fourth after the general elections held in June 1981, \
             February 1982 and November 1982.\n"
        ),
        []
    );
    // the same sentence after the election is checked
    assert_eq!(
        check_text(
            &rules,
            "LONDON, Nov 19, 2024 (Reuters) - Ministers have had a difficult autumn.\n\n\
             The Conservatives won the general election on 4 July with 336 seats.\n"
        ),
        owned(&[("t.txt", "fact-mismatch", "336")])
    );
}

/// A subject's own sources, dated a decade after the article, date its
/// figures: "Conservative Party at the 2017 general election" (its seats
/// from the Commons Library's briefing on 2017) in an article of 1992.
#[test]
fn a_figure_a_decade_before_its_facts_sources_is_of_another_time() {
    let path = "tests/fixtures/stories/elections/ge2017/ge2017.yaml";
    let text = std::fs::read_to_string(root().join(path)).expect("the pack is readable");
    let rules = rules::load(&[(path.to_string(), text)]).expect("the pack loads");
    let article = |date: &str| {
        format!(
            "LONDON, {date} (Reuters) - Ministers have had a difficult autumn.\n\n\
             The Conservatives won the general election with 336 seats.\n"
        )
    };
    assert_eq!(check_text(&rules, &article("Nov 19, 1992")), []);
    assert_eq!(
        check_text(&rules, &article("Nov 19, 2017")),
        owned(&[("t.txt", "fact-mismatch", "336")])
    );
}

/// Round 92: "the national constitutional referendum of 4 December 2016"
/// (Italy's) names the Brexit referendum only by its generic name and the
/// year inside the date checked: advice, not an error. With a context word
/// of its own the date is an error.
#[test]
fn a_generic_name_whose_only_context_is_the_figure_checked_gives_advice() {
    let rules = pack("brexit");
    let severities = |sentence: &str| {
        let doc = text_doc("t.txt", &format!("ROME, 16 February 2026 — {sentence}\n"));
        let report = claimlint::check(vec![doc], &rules);
        report
            .findings
            .iter()
            .map(|f| (f.code, f.severity))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        severities("The vote follows the national constitutional referendum of 4 December 2016."),
        [("fact-mismatch", claimlint::checks::Severity::Advice)]
    );
    assert_eq!(
        severities("The vote follows Britain's referendum of 4 December 2016."),
        [("fact-mismatch", claimlint::checks::Severity::Error)]
    );
}

/// Round 90: a time set against a mark after it ("a little over a second
/// outside the four-minute barrier") is not the mark's, now that a runner's
/// time is read whole ("4 minutes 1.28 seconds").
#[test]
fn a_time_set_against_a_mark_is_not_the_marks() {
    let rules = pack("bannister");
    assert_eq!(
        check_text(
            &rules,
            "DUBLIN, June 3, 2006 (AP) — A schoolboy ran the mile in 4 minutes 1.28 \
             seconds on Saturday, a little over a second outside the four-minute barrier.\n"
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            "OXFORD, 6 May 2024 (AP) — Seventy years ago today, Roger Bannister ran \
             the mile in 4 minutes 1.28 seconds at Iffley Road.\n"
        ),
        owned(&[("t.txt", "fact-mismatch", "4 minutes 1.28 seconds")])
    );
}

/// Round 91 (written blind): a timeline entry whose name is followed by an
/// appositive ("MARPOL, the International Convention for the Prevention of
/// Pollution from Ships, is adopted") is one clause, and its date the
/// entry's.
#[test]
fn a_timeline_entry_reads_past_an_appositive_after_its_name() {
    let rules = pack("torrey");
    assert_eq!(
        check_text(
            &rules,
            "Torrey Canyon: a timeline\nBy Tom Pascoe, Western Desk, 14 March 2022\n\n\
             2 October 1973 — MARPOL, the International Convention for the Prevention \
             of Pollution from Ships, is adopted at an IMCO conference in London.\n"
        ),
        owned(&[("t.txt", "fact-mismatch", "2 October 1973")])
    );
}

/// Round 91 (written blind): the Great Smog of London, December 1952.
#[test]
fn greatsmog_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "greatsmog",
        &[
            (
                "01_wire.txt",
                "weekday-mismatch",
                "Thursday, 5 December 1952",
            ),
            ("01_wire.txt", "fact-mismatch", "nearly 2,000"),
            ("01_wire.txt", "inconsistent", "nearly 2,000"),
            ("02_explainer.md", "invalid-date", "31 November 1952"),
            ("02_explainer.md", "fact-mismatch", "1956"),
            ("02_explainer.md", "inconsistent", "1956"),
            ("02_explainer.md", "fact-mismatch", "50 per cent"),
            ("03_timeline.txt", "inconsistent", "20"),
            ("03_timeline.txt", "fact-mismatch", "11 December 1952"),
            ("03_timeline.txt", "inconsistent", "11 December 1952"),
            ("03_timeline.txt", "wrong-name", "London City Council"),
            ("04_feature.md", "fact-mismatch", "nine days"),
            ("04_feature.md", "fact-mismatch", "1864"),
            ("04_feature.md", "acronym-mismatch", "LSTHM"),
            ("04_feature.md", "fact-mismatch", "November 1955"),
            ("04_feature.md", "inconsistent", "November 1955"),
            ("05_opinion.txt", "fact-mismatch", "8 December 1952"),
            ("05_opinion.txt", "inconsistent", "8 December 1952"),
            ("05_opinion.txt", "fact-mismatch", "70 years ago"),
            ("05_opinion.txt", "inconsistent", "70 years ago"),
            ("05_opinion.txt", "anachronism", "December 2024"),
        ],
    );
}

/// Round 91 (written blind): the Torrey Canyon oil spill, March 1967. A
/// timeline entry's "2 October 1973 — Marpol, the International Convention
/// for the Prevention of Pollution from Ships, is adopted" was missed at
/// first: the appositive after the name ended the entry's first clause.
#[test]
fn torrey_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "torrey",
        &[
            ("01_wire.txt", "fact-mismatch", "some 60,000"),
            ("01_wire.txt", "inconsistent", "some 60,000"),
            (
                "01_wire.txt",
                "wrong-name",
                "Royal National Lifeboat Institute",
            ),
            ("01_wire.txt", "anachronism", "12 March 2018"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Monday, 29 November 1969",
            ),
            ("02_explainer.md", "fact-mismatch", "June 1976"),
            ("02_explainer.md", "inconsistent", "June 1976"),
            ("03_timeline.txt", "fact-mismatch", "19 March 1967"),
            ("03_timeline.txt", "inconsistent", "19 March 1967"),
            ("03_timeline.txt", "fact-mismatch", "2 October 1973"),
            ("03_timeline.txt", "inconsistent", "2 October 1973"),
            ("04_feature.md", "fact-mismatch", "three weeks"),
            ("04_feature.md", "inconsistent", "three weeks"),
            ("04_feature.md", "fact-mismatch", "roughly 40 per cent"),
            ("04_feature.md", "invalid-date", "31 April 1967"),
            ("04_feature.md", "acronym-mismatch", "RSBP"),
            ("05_opinion.txt", "fact-mismatch", "56 years ago"),
            ("05_opinion.txt", "inconsistent", "56 years ago"),
            ("05_opinion.txt", "fact-mismatch", "200"),
            ("05_opinion.txt", "inconsistent", "6 million"),
        ],
    );
}

/// Round 91 (written blind): Charles Lindbergh's flight to Paris, May 1927.
#[test]
fn lindbergh_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "lindbergh",
        &[
            ("01_wire.txt", "fact-mismatch", "96 years ago today"),
            ("01_wire.txt", "inconsistent", "96 years ago today"),
            ("01_wire.txt", "fact-mismatch", "nearly 3,000"),
            (
                "01_wire.txt",
                "wrong-name",
                "National Aviation and Space Museum",
            ),
            ("02_explainer.md", "fact-mismatch", "1920"),
            ("02_explainer.md", "inconsistent", "1920"),
            ("02_explainer.md", "fact-mismatch", "38 hours"),
            ("02_explainer.md", "inconsistent", "38 hours"),
            ("02_explainer.md", "acronym-mismatch", "FAI"),
            ("03_timeline.txt", "invalid-date", "February 29, 1927"),
            ("03_timeline.txt", "fact-mismatch", "425"),
            ("03_timeline.txt", "inconsistent", "425"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, May 21, 1927",
            ),
            ("04_feature.md", "fact-mismatch", "about 60 per cent"),
            ("04_feature.md", "fact-mismatch", "Feb. 4, 1901"),
            ("04_feature.md", "anachronism", "May 2022"),
            ("05_opinion.txt", "inconsistent", "about 2 million"),
            ("05_opinion.txt", "fact-mismatch", "May 22, 1927"),
            ("05_opinion.txt", "inconsistent", "May 22, 1927"),
        ],
    );
}

/// Round 91 (written blind): the building and opening of the Golden Gate
/// Bridge, 1933–1937.
#[test]
fn goldengate_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "goldengate",
        &[
            ("01_wire.txt", "weekday-mismatch", "Friday, May 27, 1937"),
            ("01_wire.txt", "fact-mismatch", "764"),
            ("01_wire.txt", "inconsistent", "764"),
            ("01_wire.txt", "acronym-mismatch", "GGBTD"),
            ("02_explainer.md", "fact-mismatch", "68 per cent"),
            ("02_explainer.md", "fact-mismatch", "May 16, 1939"),
            ("02_explainer.md", "inconsistent", "May 16, 1939"),
            (
                "02_explainer.md",
                "wrong-name",
                "American Society of Civil Engineering",
            ),
            ("03_timeline.txt", "fact-mismatch", "three years"),
            ("03_timeline.txt", "inconsistent", "three years"),
            ("03_timeline.txt", "fact-mismatch", "January 5, 1932"),
            ("03_timeline.txt", "inconsistent", "January 5, 1932"),
            ("03_timeline.txt", "invalid-date", "April 31, 1936"),
            (
                "04_feature.md",
                "fact-mismatch",
                "Eighty-six years ago this week",
            ),
            (
                "04_feature.md",
                "inconsistent",
                "Eighty-six years ago this week",
            ),
            ("04_feature.md", "inconsistent", "13,000"),
            ("04_feature.md", "fact-mismatch", "nearly 20"),
            ("04_feature.md", "inconsistent", "nearly 20"),
            ("05_opinion.txt", "anachronism", "May 27, 2017"),
            ("05_opinion.txt", "fact-mismatch", "some 20,000"),
            ("05_opinion.txt", "inconsistent", "some 20,000"),
            ("05_opinion.txt", "fact-mismatch", "about $45 million"),
        ],
    );
}

/// Round 94 (technology, written blind): a context word that is a name of
/// another subject the sentence excludes tells nothing of the story.
/// "tsunami" beside "Japan" (which excludes the Indian Ocean tsunami) does
/// not make "earthquake" the Sumatra earthquake of 2004.
#[test]
fn a_context_word_naming_an_excluded_subject_is_no_context() {
    let rules = pack("tsunami");
    let article = |sentence: &str| {
        format!(
            "AUBURN, New York, September 14, 2023 (Reuters) — Carmakers have long worried \
             about concentration. {sentence} cut supplies of microcontrollers for months, and \
             floods in Thailand later that year disrupted the hard-drive industry.\n"
        )
    };
    assert_eq!(
        check_text(
            &rules,
            &article("The magnitude 9.0 earthquake and tsunami that struck Japan in March 2011")
        ),
        []
    );
    assert_eq!(
        check_text(
            &rules,
            &article("The magnitude 9.1 earthquake and tsunami that struck in March 2005")
        ),
        owned(&[("t.txt", "fact-mismatch", "March 2005")])
    );
}

/// A date that writes its year, shares no part with the fact's (neither
/// its year, its month nor its day) and lies years from it most likely
/// dates another event: "the tunnel under the Mersey, opened on 18 July
/// 1934" is no opening of the Mersey inquiry of 15 June 1915 (news round
/// 98, where it was an error with the Lusitania pack). It may still be the
/// subject's, confused with another's: advice, not an error. A wrong date
/// keeps a part of the right one, and is an error: the day and the month
/// right and the year wrong, the year right, or every part wrong within
/// two years; so is a relative date, whose year the article gives.
#[test]
fn a_date_sharing_no_part_with_the_facts_years_away_gives_advice() {
    use claimlint::checks::Severity::{Advice, Error};
    let rules = pack("lusitania");
    let severities = |date: &str| {
        let text = format!(
            "LIVERPOOL, 7 May 2015\n\nThe tunnel under the Mersey, opened on {date}, is about \
             3.2 kilometres long.\n"
        );
        let report = claimlint::check(vec![text_doc("t.txt", &text)], &rules);
        report
            .findings
            .iter()
            .map(|f| (f.code, f.severity, text_of(&report, f).to_string()))
            .collect::<Vec<_>>()
    };
    for date in ["18 July 1934", "July 1934", "5 May 1934"] {
        assert_eq!(
            severities(date),
            [("fact-mismatch", Advice, date.to_string())],
            "{date}"
        );
    }
    for date in ["15 June 1934", "June 1934", "18 July 1915", "18 July 1916"] {
        assert_eq!(
            severities(date),
            [("fact-mismatch", Error, date.to_string())],
            "{date}"
        );
    }
}

/// A count a hundred times as large or as small as the fact's most likely
/// counts other things: the state's payout of "some €350 million in
/// compensation" to all the relatives and the injured is no award of
/// €900,000 a family (a quiet sentence of the madrid pack, which was an
/// error): advice. A slip of a
/// digit (ten times) is an error, and so is a slip of the unit, which keeps
/// the figure's digits ("900 million" for 900,000).
#[test]
fn a_count_a_hundred_times_the_facts_gives_advice() {
    use claimlint::checks::Severity::{Advice, Error};
    let rules = pack("madrid");
    let severities = |amount: &str| {
        let text = format!(
            "MADRID, 2 November 2007\n\nThe National Court's judges awarded {amount} in \
             compensation to the family of each person killed.\n"
        );
        let report = claimlint::check(vec![text_doc("t.txt", &text)], &rules);
        report
            .findings
            .iter()
            .filter(|f| f.code == "fact-mismatch")
            .map(|f| (f.severity, text_of(&report, f).to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(severities("€900,000"), []);
    assert_eq!(
        severities("€350 million"),
        [(Advice, "350 million".to_string())]
    );
    assert_eq!(severities("€9 million"), [(Error, "9 million".to_string())]);
    assert_eq!(
        severities("€900 million"),
        [(Error, "900 million".to_string())]
    );
}

/// Round 94: a count ten thousand times the fact's counts other things
/// ("customers had downloaded 1 billion apps", against the 500 apps the
/// App Store opened with); ten times is a wrong figure.
#[test]
fn a_count_ten_thousand_times_the_facts_counts_other_things() {
    let rules = pack("iphone");
    assert_eq!(
        check_text(
            &rules,
            "HELSINKI, December 3, 2009\n\nApple opened its App Store on July 10, 2008. Apple \
             said in April that customers had downloaded 1 billion apps in nine months.\n\n\
             The App Store opened on July 10, 2008, with 5,000 apps.\n"
        ),
        owned(&[("t.txt", "fact-mismatch", "5,000")])
    );
}

/// Round 93 (written blind): the Ladbroke Grove rail crash, 5 October 1999.
#[test]
fn ladbroke_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "ladbroke",
        &[
            ("01_wire.txt", "fact-mismatch", "two months"),
            ("01_wire.txt", "acronym-mismatch", "HMRI"),
            ("01_wire.txt", "anachronism", "July 2009"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Thursday, 30 March 2007",
            ),
            ("02_explainer.md", "fact-mismatch", "October 2002"),
            ("02_explainer.md", "inconsistent", "October 2002"),
            (
                "02_explainer.md",
                "wrong-name",
                "Railway Safety and Standards Board",
            ),
            ("03_timeline.txt", "fact-mismatch", "25 per cent"),
            ("03_timeline.txt", "inconsistent", "98"),
            ("03_timeline.txt", "fact-mismatch", "30 March 2008"),
            ("03_timeline.txt", "inconsistent", "30 March 2008"),
            ("04_feature.md", "fact-mismatch", "Nearly 40"),
            ("04_feature.md", "inconsistent", "Nearly 40"),
            ("04_feature.md", "fact-mismatch", "six"),
            ("04_feature.md", "inconsistent", "six"),
            ("04_feature.md", "invalid-date", "29 February 2001"),
            ("05_opinion.txt", "fact-mismatch", "24 years ago"),
            ("05_opinion.txt", "inconsistent", "24 years ago"),
            ("05_opinion.txt", "fact-mismatch", "about 300"),
            ("05_opinion.txt", "inconsistent", "about 300"),
            ("05_opinion.txt", "fact-mismatch", "1.5m"),
        ],
    );
}

/// Round 93 (written blind): the North American ice storm of January 1998.
#[test]
fn icestorm_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "icestorm",
        &[
            ("01_wire.txt", "fact-mismatch", "January 12, 1998"),
            ("01_wire.txt", "inconsistent", "January 12, 1998"),
            ("01_wire.txt", "fact-mismatch", "nearly 12,000"),
            (
                "01_wire.txt",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            ("02_explainer.md", "fact-mismatch", "roughly 70 per cent"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Wednesday, January 8, 1998",
            ),
            ("02_explainer.md", "fact-mismatch", "37 days"),
            ("02_explainer.md", "inconsistent", "37 days"),
            ("02_explainer.md", "fact-mismatch", "53"),
            ("02_explainer.md", "inconsistent", "53"),
            ("03_timeline.txt", "fact-mismatch", "15 January 1998"),
            ("03_timeline.txt", "inconsistent", "15 January 1998"),
            ("03_timeline.txt", "invalid-date", "29 February 1998"),
            ("03_timeline.txt", "fact-mismatch", "some 3,000"),
            ("03_timeline.txt", "inconsistent", "some 3,000"),
            ("04_feature.md", "fact-mismatch", "20 years ago"),
            ("04_feature.md", "inconsistent", "20 years ago"),
            ("04_feature.md", "acronym-mismatch", "ICRL"),
            ("04_feature.md", "anachronism", "June 2013"),
            ("05_opinion.txt", "inconsistent", "30,000"),
            ("05_opinion.txt", "fact-mismatch", "2.3 billion"),
            ("05_opinion.txt", "inconsistent", "2.3 billion"),
        ],
    );
}

/// Round 93 (written blind): the Chicago heat wave of July 1995.
#[test]
fn chicagoheat_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "chicagoheat",
        &[
            ("01_wire.txt", "fact-mismatch", "July 15, 1995"),
            ("01_wire.txt", "inconsistent", "July 15, 1995"),
            ("01_wire.txt", "acronym-mismatch", "NOAA"),
            ("02_explainer.md", "fact-mismatch", "nearly 600"),
            ("02_explainer.md", "inconsistent", "nearly 600"),
            (
                "02_explainer.md",
                "wrong-name",
                "Centers for Disease Prevention and Control",
            ),
            ("02_explainer.md", "fact-mismatch", "1997"),
            ("02_explainer.md", "inconsistent", "1997"),
            ("03_timeline.txt", "fact-mismatch", "793"),
            ("03_timeline.txt", "inconsistent", "793"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, July 13, 1995",
            ),
            ("03_timeline.txt", "inconsistent", "Nine"),
            ("04_feature.md", "fact-mismatch", "two weeks"),
            ("04_feature.md", "fact-mismatch", "about 6 percent"),
            ("04_feature.md", "fact-mismatch", "2005"),
            ("04_feature.md", "inconsistent", "2005"),
            ("05_opinion.txt", "fact-mismatch", "twenty years ago"),
            ("05_opinion.txt", "inconsistent", "twenty years ago"),
            ("05_opinion.txt", "invalid-date", "September 31, 1995"),
            ("05_opinion.txt", "anachronism", "September 10, 2025"),
        ],
    );
}

/// Round 93 (written blind): Apollo 8, December 1968. "Apollo 8 splashed
/// down in the Pacific on Dec. 28" was missed at first: the wire story's
/// dateline, "FRIDAY HARBOR, Wash., June 8, 2024 (AP) —", was not read,
/// its place holding a weekday's name, and a day without a year resolved
/// to nothing.
#[test]
fn apollo8_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "apollo8",
        &[
            ("01_wire.txt", "fact-mismatch", "more than 400"),
            ("01_wire.txt", "inconsistent", "more than 400"),
            ("01_wire.txt", "fact-mismatch", "Dec. 28"),
            ("01_wire.txt", "inconsistent", "Dec. 28"),
            ("02_explainer.md", "fact-mismatch", "20"),
            ("02_explainer.md", "inconsistent", "20"),
            ("02_explainer.md", "fact-mismatch", "59 per cent"),
            ("02_explainer.md", "inconsistent", "59 per cent"),
            ("02_explainer.md", "acronym-mismatch", "MCS"),
            ("02_explainer.md", "anachronism", "November 2022"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Sunday, 21 December 1968",
            ),
            ("03_timeline.txt", "fact-mismatch", "23 December 1968"),
            ("03_timeline.txt", "inconsistent", "23 December 1968"),
            ("03_timeline.txt", "fact-mismatch", "more than eight days"),
            ("04_feature.md", "fact-mismatch", "25 December 1968"),
            ("04_feature.md", "inconsistent", "25 December 1968"),
            ("04_feature.md", "fact-mismatch", "some 30 hours"),
            ("04_feature.md", "inconsistent", "some 30 hours"),
            ("04_feature.md", "invalid-date", "31 September 1968"),
            ("04_feature.md", "fact-mismatch", "last year"),
            ("04_feature.md", "inconsistent", "last year"),
            ("05_opinion.txt", "inconsistent", "some 500 million"),
            (
                "05_opinion.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
        ],
    );
}

/// Round 96 (education, written blind): a date after the article's may be
/// a plan's, but not one for an event decades later: "the general
/// election, which must be held by May", in an article of March 1997, is
/// not the election of 2024 ("British" tells the pack's story). A later
/// date months before the subject's time is still checked.
#[test]
fn a_later_date_long_before_a_subjects_time_is_another_events() {
    let rules = pack("uk-election");
    let article = |date: &str, sentence: &str| {
        format!(
            "---\ndate: {date}\n---\n\n{sentence}\n\nThe European Union banned exports of \
             British beef a year ago.\n"
        )
    };
    assert_eq!(
        check_markdown(
            &rules,
            &article(
                "1997-03-12",
                "University leaders are pressing all parties to make commitments on science \
                 funding before the general election, which must be held by May."
            )
        ),
        []
    );
    assert_eq!(
        check_markdown(
            &rules,
            &article(
                "2024-03-12",
                "Parties are preparing for the general election, which was held on 4 June."
            )
        ),
        owned(&[("t.md", "fact-mismatch", "4 June")])
    );
}

/// Round 95 (written blind): the coronation of Elizabeth II, 2 June 1953.
#[test]
fn coronation_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "coronation",
        &[
            ("01_wire.txt", "fact-mismatch", "More than 11,000"),
            ("01_wire.txt", "inconsistent", "More than 11,000"),
            ("01_wire.txt", "acronym-mismatch", "NBC"),
            ("01_wire.txt", "fact-mismatch", "Six"),
            ("01_wire.txt", "inconsistent", "Six"),
            ("02_explainer.md", "fact-mismatch", "8 February 1952"),
            ("02_explainer.md", "inconsistent", "8 February 1952"),
            ("02_explainer.md", "weekday-mismatch", "Monday, 2 June 1953"),
            ("02_explainer.md", "invalid-date", "31 June 1953"),
            ("03_timeline.txt", "fact-mismatch", "fifty years ago"),
            ("03_timeline.txt", "inconsistent", "fifty years ago"),
            ("03_timeline.txt", "fact-mismatch", "10 February 1952"),
            ("03_timeline.txt", "fact-mismatch", "90 minutes"),
            ("04_feature.md", "anachronism", "October 2018"),
            (
                "04_feature.md",
                "wrong-name",
                "British Broadcasting Company",
            ),
            ("04_feature.md", "fact-mismatch", "65 per cent"),
            ("04_feature.md", "inconsistent", "65 per cent"),
            ("04_feature.md", "inconsistent", "1.2 million"),
            ("05_opinion.txt", "fact-mismatch", "2 June 1952"),
            ("05_opinion.txt", "inconsistent", "2 June 1952"),
            ("05_opinion.txt", "fact-mismatch", "more than four hours"),
            ("05_opinion.txt", "inconsistent", "more than four hours"),
        ],
    );
}

/// Round 95 (written blind): the foot-and-mouth outbreak in the United
/// Kingdom, 2001.
#[test]
fn footandmouth_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "footandmouth",
        &[
            ("01_wire.txt", "fact-mismatch", "2,062"),
            ("01_wire.txt", "anachronism", "November 2012"),
            ("02_explainer.md", "fact-mismatch", "nearly four million"),
            ("02_explainer.md", "inconsistent", "nearly four million"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Sunday 14 January 2002",
            ),
            ("02_explainer.md", "fact-mismatch", "57.4 per cent"),
            ("02_explainer.md", "inconsistent", "57.4 per cent"),
            (
                "03_timeline.txt",
                "wrong-name",
                "Ministry of Agriculture, Farming and Food",
            ),
            ("03_timeline.txt", "fact-mismatch", "21 February 2001"),
            ("03_timeline.txt", "inconsistent", "21 February 2001"),
            ("04_feature.md", "fact-mismatch", "16 years ago this week"),
            ("04_feature.md", "inconsistent", "16 years ago this week"),
            ("04_feature.md", "invalid-date", "29 February 2001"),
            ("04_feature.md", "acronym-mismatch", "DEFRA"),
            ("04_feature.md", "fact-mismatch", "18"),
            ("04_feature.md", "inconsistent", "18"),
            ("05_opinion.txt", "inconsistent", "7,000"),
            ("05_opinion.txt", "fact-mismatch", "three-week"),
            ("05_opinion.txt", "fact-mismatch", "March 2002"),
            ("05_opinion.txt", "inconsistent", "March 2002"),
        ],
    );
}

/// Round 95 (written blind): the Überlingen mid-air collision, 1 July 2002.
#[test]
fn ueberlingen_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "ueberlingen",
        &[
            ("01_wire.txt", "anachronism", "March 2008"),
            ("01_wire.txt", "fact-mismatch", "12"),
            ("02_explainer.md", "fact-mismatch", "2 July 2002"),
            ("02_explainer.md", "inconsistent", "2 July 2002"),
            ("02_explainer.md", "fact-mismatch", "80 per cent"),
            ("03_timeline.txt", "fact-mismatch", "19 May 2005"),
            ("03_timeline.txt", "inconsistent", "19 May 2005"),
            ("03_timeline.txt", "invalid-date", "31 June 2004"),
            ("03_timeline.txt", "fact-mismatch", "5 September 2007"),
            ("04_feature.md", "fact-mismatch", "14 years ago"),
            ("04_feature.md", "inconsistent", "14 years ago"),
            ("04_feature.md", "inconsistent", "Some 400"),
            ("04_feature.md", "acronym-mismatch", "DFS"),
            ("04_feature.md", "fact-mismatch", "ten years"),
            ("04_feature.md", "inconsistent", "ten years"),
            ("05_opinion.txt", "fact-mismatch", "More than 50"),
            ("05_opinion.txt", "inconsistent", "More than 50"),
            (
                "05_opinion.txt",
                "weekday-mismatch",
                "Monday, 24 February 2004",
            ),
            ("05_opinion.txt", "fact-mismatch", "seven"),
            (
                "05_opinion.txt",
                "wrong-name",
                "International Civil Aviation Authority",
            ),
        ],
    );
}

/// Round 95 (written blind): the Florence flood of 4 November 1966. Two
/// findings were wrong at first: "went back on show in 1976" was checked
/// against a date derived from a restoration of 9 to 11 years as if it
/// took 9, and "finished cleaning and rebinding the last of the Magliabechi
/// volumes in 2009", in a timeline of 2006, was no anachronism: "and"
/// between the two verbs was taken to open a clause.
#[test]
fn florence_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "florence",
        &[
            ("01_wire.txt", "fact-mismatch", "1564"),
            ("01_wire.txt", "fact-mismatch", "seven"),
            ("01_wire.txt", "acronym-mismatch", "ICR"),
            ("02_explainer.md", "fact-mismatch", "fifty years ago"),
            ("02_explainer.md", "inconsistent", "fifty years ago"),
            ("02_explainer.md", "fact-mismatch", "nearly 90"),
            ("02_explainer.md", "inconsistent", "nearly 90"),
            ("02_explainer.md", "fact-mismatch", "about 35 per cent"),
            ("02_explainer.md", "inconsistent", "about 35 per cent"),
            ("03_timeline.txt", "fact-mismatch", "14 November 1966"),
            ("03_timeline.txt", "inconsistent", "14 November 1966"),
            ("03_timeline.txt", "invalid-date", "29 February 1967"),
            ("03_timeline.txt", "fact-mismatch", "some 2.3 million"),
            ("03_timeline.txt", "inconsistent", "some 2.3 million"),
            ("03_timeline.txt", "anachronism", "2009"),
            (
                "04_feature.md",
                "wrong-name",
                "Committee for the Rescue of Italian Art",
            ),
            ("04_feature.md", "fact-mismatch", "almost twenty years"),
            ("04_feature.md", "inconsistent", "almost twenty years"),
            (
                "05_opinion.txt",
                "weekday-mismatch",
                "Thursday, 4 November 1966",
            ),
            ("05_opinion.txt", "inconsistent", "Roughly 1,000"),
        ],
    );
}

/// Round 97 (written blind): the Hatfield rail crash, 17 October 2000. A
/// timeline's "7 October 2002 — The Transport Secretary, Stephen Byers,
/// puts Railtrack into railway administration" was missed at first: a
/// name set off by commas after the entry's first words ended its first
/// clause.
#[test]
fn hatfield_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "hatfield",
        &[
            (
                "01_wire.txt",
                "wrong-name",
                "Great Northern Eastern Railway",
            ),
            ("01_wire.txt", "fact-mismatch", "4.5m"),
            ("01_wire.txt", "inconsistent", "4.5m"),
            ("01_wire.txt", "anachronism", "January 2006"),
            ("02_explainer.md", "fact-mismatch", "15 years ago"),
            ("02_explainer.md", "inconsistent", "15 years ago"),
            ("02_explainer.md", "fact-mismatch", "12 months"),
            ("02_explainer.md", "inconsistent", "12 months"),
            ("02_explainer.md", "fact-mismatch", "94.8 per cent"),
            ("02_explainer.md", "acronym-mismatch", "ORR"),
            ("03_timeline.txt", "fact-mismatch", "Five"),
            ("03_timeline.txt", "inconsistent", "Five"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Thursday 17 November 2000",
            ),
            ("03_timeline.txt", "fact-mismatch", "7 October 2002"),
            ("03_timeline.txt", "inconsistent", "7 October 2002"),
            ("04_feature.md", "inconsistent", "Some 270"),
            ("04_feature.md", "fact-mismatch", "7 October 2000"),
            ("04_feature.md", "inconsistent", "7 October 2000"),
            ("04_feature.md", "fact-mismatch", "more than 3,000"),
            ("04_feature.md", "inconsistent", "more than 3,000"),
            ("05_opinion.txt", "invalid-date", "31 June 2006"),
            ("05_opinion.txt", "fact-mismatch", "January 2001"),
            ("05_opinion.txt", "inconsistent", "January 2001"),
        ],
    );
}

/// Round 97 (written blind): Skylab, 1973–1979. "had offered a $15,000
/// prize" against $10,000 in two other articles (a fact with no value):
/// money offered as the prize the cue names is the prize, not a wish.
#[test]
fn skylab_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "skylab",
        &[
            ("01_wire.txt", "fact-mismatch", "4,000"),
            ("01_wire.txt", "inconsistent", "4,000"),
            ("01_wire.txt", "inconsistent", "15,000"),
            ("01_wire.txt", "anachronism", "April 2021"),
            ("02_explainer.md", "weekday-mismatch", "Sunday, 14 May 1973"),
            ("02_explainer.md", "fact-mismatch", "56 days"),
            ("02_explainer.md", "inconsistent", "56 days"),
            ("02_explainer.md", "fact-mismatch", "nearly 30,000"),
            ("03_timeline.txt", "acronym-mismatch", "JSC"),
            ("03_timeline.txt", "fact-mismatch", "22 July 1973"),
            ("03_timeline.txt", "inconsistent", "22 July 1973"),
            ("03_timeline.txt", "fact-mismatch", "16 October 1973"),
            ("04_feature.md", "fact-mismatch", "about 12 per cent"),
            ("04_feature.md", "inconsistent", "about 12 per cent"),
            (
                "04_feature.md",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("04_feature.md", "fact-mismatch", "44 years ago"),
            ("04_feature.md", "inconsistent", "44 years ago"),
            ("05_opinion.txt", "fact-mismatch", "ten"),
            ("05_opinion.txt", "inconsistent", "ten"),
            ("05_opinion.txt", "fact-mismatch", "July 1978"),
            ("05_opinion.txt", "inconsistent", "July 1978"),
            ("05_opinion.txt", "invalid-date", "31 June 1979"),
        ],
    );
}

/// Round 97 (written blind): the Channel Tunnel fire of 18 November 1996.
#[test]
fn eurotunnelfire_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "eurotunnelfire",
        &[
            ("01_wire.txt", "fact-mismatch", "38"),
            ("01_wire.txt", "inconsistent", "38"),
            ("01_wire.txt", "anachronism", "20 November 1996"),
            ("01_wire.txt", "fact-mismatch", "three years ago"),
            ("01_wire.txt", "inconsistent", "three years ago"),
            ("02_explainer.md", "fact-mismatch", "some 50"),
            ("02_explainer.md", "inconsistent", "some 50"),
            ("02_explainer.md", "fact-mismatch", "15"),
            ("02_explainer.md", "inconsistent", "15"),
            ("02_explainer.md", "acronym-mismatch", "FTA"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Sunday 18 November 1996",
            ),
            ("03_timeline.txt", "invalid-date", "29 February 1997"),
            ("03_timeline.txt", "fact-mismatch", "46"),
            ("03_timeline.txt", "inconsistent", "46"),
            ("04_feature.md", "fact-mismatch", "17 November 1996"),
            ("04_feature.md", "inconsistent", "17 November 1996"),
            ("04_feature.md", "fact-mismatch", "nine months"),
            ("04_feature.md", "inconsistent", "nine months"),
            (
                "04_feature.md",
                "wrong-name",
                "Channel Tunnel Safety Agency",
            ),
            ("05_opinion.txt", "inconsistent", "200"),
            ("05_opinion.txt", "fact-mismatch", "865m"),
            ("05_opinion.txt", "inconsistent", "865m"),
            ("05_opinion.txt", "fact-mismatch", "58 per cent"),
            ("05_opinion.txt", "inconsistent", "58 per cent"),
        ],
    );
}

/// Round 97 (written blind): the SARS outbreak of 2002–2003. The timeline's
/// "3 April 2003 — Police and health officers seal off Block E of Amoy
/// Gardens" was missed while the "and" before the cue was read as joining
/// clauses: one word after a date is no clause.
#[test]
fn sars_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "sars",
        &[
            (
                "01_wire.txt",
                "weekday-mismatch",
                "Thursday, 21 February 2003",
            ),
            ("01_wire.txt", "fact-mismatch", "nearly 40"),
            ("01_wire.txt", "fact-mismatch", "15 March 2003"),
            ("01_wire.txt", "inconsistent", "15 March 2003"),
            ("02_explainer.md", "fact-mismatch", "16 years ago"),
            ("02_explainer.md", "inconsistent", "16 years ago"),
            ("02_explainer.md", "fact-mismatch", "11 per cent"),
            (
                "02_explainer.md",
                "wrong-name",
                "Center for Disease Control and Prevention",
            ),
            ("03_timeline.txt", "fact-mismatch", "3 April 2003"),
            ("03_timeline.txt", "inconsistent", "3 April 2003"),
            ("03_timeline.txt", "fact-mismatch", "13 June 2003"),
            ("03_timeline.txt", "inconsistent", "13 June 2003"),
            ("03_timeline.txt", "acronym-mismatch", "GPHIN"),
            ("04_feature.md", "invalid-date", "29 February 2003"),
            ("04_feature.md", "fact-mismatch", "29 April 2003"),
            ("04_feature.md", "inconsistent", "29 April 2003"),
            ("04_feature.md", "inconsistent", "33"),
            ("05_opinion.txt", "fact-mismatch", "744"),
            ("05_opinion.txt", "inconsistent", "744"),
            ("05_opinion.txt", "fact-mismatch", "four months"),
            ("05_opinion.txt", "anachronism", "June 2024"),
        ],
    );
}

/// Round 92 again, with round 95's `footandmouth` pack: its election of
/// June 2001 is sourced "Election 2001 - The Official Results, 2001". A
/// source dated by its year alone is not dated before an event of that
/// year, so the election is recorded at its time, and an article of 1986
/// cannot report it.
#[test]
fn a_source_dated_by_its_year_is_not_before_an_event_that_year() {
    let rules = pack("footandmouth");
    assert_eq!(
        check_text(
            &rules,
            "DUBLIN, Dec. 2, 1986 (Reuters) - The council split evenly, Fianna Fail on one \
             side and Fine Gael, Labour and two independents on the other.\n\n\
             Opinion polls point to a general election early in 1987, which would be the \
             fourth in little more than five years after the three held in June 1981, \
             February 1982 and November 1982.\n"
        ),
        []
    );
}

/// Round 99 (written blind): the Seikan Tunnel. All 15 planted errors
/// were found on the session's starting build, with one false alarm,
/// fixed: "The Seikan Tunnel lost its title … in 2016, when Switzerland
/// opened the 57.1-kilometre Gotthard Base Tunnel" read as the Seikan's
/// opening (the cue's object is a word that excludes the Seikan). A
/// wrong variant inside a longer listed one ("Japan National Railway" in
/// "…Railways") is reported once.
#[test]
fn seikan_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "seikan",
        &[
            ("01_wire.txt", "fact-mismatch", "43.85"),
            ("01_wire.txt", "inconsistent", "43.85"),
            ("01_wire.txt", "fact-mismatch", "more than 1,600"),
            ("01_wire.txt", "inconsistent", "more than 1,600"),
            ("01_wire.txt", "weekday-mismatch", "Thursday, 10 March 1985"),
            ("02_explainer.md", "fact-mismatch", "About 53 per cent"),
            ("02_explainer.md", "acronym-mismatch", "JRN"),
            ("02_explainer.md", "fact-mismatch", "January 1984"),
            ("02_explainer.md", "inconsistent", "January 1984"),
            ("03_timeline.txt", "anachronism", "August 2025"),
            ("03_timeline.txt", "fact-mismatch", "26 March 2017"),
            ("03_timeline.txt", "inconsistent", "26 March 2017"),
            ("04_feature.md", "invalid-date", "31 April 1964"),
            ("04_feature.md", "fact-mismatch", "26 years ago"),
            ("04_feature.md", "inconsistent", "26 years ago"),
            ("04_feature.md", "fact-mismatch", "Forty-three"),
            ("04_feature.md", "inconsistent", "Forty-three"),
            ("05_opinion.txt", "fact-mismatch", "12 years"),
            ("05_opinion.txt", "inconsistent", "12 years"),
            ("05_opinion.txt", "wrong-name", "Japan National Railways"),
            ("05_opinion.txt", "inconsistent", "583.4 billion"),
            ("05_opinion.txt", "fact-mismatch", "May 1995"),
            ("05_opinion.txt", "inconsistent", "May 1995"),
        ],
    );
}

/// Round 99 (written blind): Felix Baumgartner's Red Bull Stratos jump.
/// One planted error was missed on the session's starting build: "A first
/// attempt was called off on 9 October 2013 when gusts threatened to tear
/// the fragile balloon", in an article of 14 October 2012, was taken for
/// an intention ("threatened"), though that word is in the clause after
/// "when", not the date's.
#[test]
fn stratos_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "stratos",
        &[
            ("01_wire.txt", "fact-mismatch", "1,173"),
            ("01_wire.txt", "inconsistent", "1,173"),
            ("01_wire.txt", "anachronism", "9 October 2013"),
            ("02_explainer.md", "fact-mismatch", "4 minutes 36 seconds"),
            ("02_explainer.md", "inconsistent", "4 minutes 36 seconds"),
            (
                "02_explainer.md",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("03_timeline.txt", "fact-mismatch", "16 August 1962"),
            ("03_timeline.txt", "inconsistent", "16 August 1962"),
            ("03_timeline.txt", "inconsistent", "roughly 90 minutes"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Thursday, 24 October 2014",
            ),
            ("04_feature.md", "fact-mismatch", "Twelve years ago"),
            ("04_feature.md", "inconsistent", "Twelve years ago"),
            ("04_feature.md", "fact-mismatch", "Nearly 12 million"),
            ("04_feature.md", "fact-mismatch", "934"),
            ("04_feature.md", "inconsistent", "934"),
            ("04_feature.md", "invalid-date", "31 June 2003"),
            ("04_feature.md", "fact-mismatch", "December 2021"),
            ("05_opinion.txt", "fact-mismatch", "97 percent"),
            ("05_opinion.txt", "inconsistent", "97 percent"),
            ("05_opinion.txt", "acronym-mismatch", "FIA"),
        ],
    );
}

/// Round 99 (written blind): the Tangshan earthquake of 1976. All 15
/// planted errors were found on the session's starting build, with no
/// false alarm.
#[test]
fn tangshan_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "tangshan",
        &[
            ("01_wire.txt", "weekday-mismatch", "Thursday, July 28, 1976"),
            ("01_wire.txt", "fact-mismatch", "more than 250,000"),
            ("01_wire.txt", "inconsistent", "more than 250,000"),
            (
                "01_wire.txt",
                "wrong-name",
                "United States Geographical Survey",
            ),
            ("02_explainer.md", "fact-mismatch", "40 years ago"),
            ("02_explainer.md", "inconsistent", "40 years ago"),
            ("02_explainer.md", "fact-mismatch", "more than 87,000"),
            ("02_explainer.md", "inconsistent", "more than 87,000"),
            ("02_explainer.md", "anachronism", "16 April 2019"),
            ("02_explainer.md", "acronym-mismatch", "SSB"),
            ("03_timeline.txt", "fact-mismatch", "8.0"),
            ("03_timeline.txt", "inconsistent", "8.0"),
            ("03_timeline.txt", "fact-mismatch", "13 November 1992"),
            ("03_timeline.txt", "inconsistent", "13 November 1992"),
            ("03_timeline.txt", "fact-mismatch", "28 July 2010"),
            ("03_timeline.txt", "inconsistent", "28 July 2010"),
            ("04_feature.md", "fact-mismatch", "28 June 1976"),
            ("04_feature.md", "inconsistent", "28 June 1976"),
            ("04_feature.md", "invalid-date", "31 June 2010"),
            ("05_opinion.txt", "fact-mismatch", "about two minutes"),
            ("05_opinion.txt", "fact-mismatch", "Around 60 per cent"),
            ("05_opinion.txt", "inconsistent", "Around 60 per cent"),
            ("05_opinion.txt", "inconsistent", "Some 150,000"),
        ],
    );
}

/// Round 99 (written blind): the Windscale fire of 1957. All 14 planted
/// errors were found on the session's starting build, with no false
/// alarm. (A first version of the rule that reads a cue's object lost one:
/// "when fire broke out in Pile No. 1" names the pile after a preposition,
/// which is no object.)
#[test]
fn windscale_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "windscale",
        &[
            ("01_wire.txt", "fact-mismatch", "16 October 1957"),
            ("01_wire.txt", "fact-mismatch", "some 2,000"),
            (
                "01_wire.txt",
                "wrong-name",
                "International Atomic Energy Authority",
            ),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Friday, 10 October 1957",
            ),
            ("02_explainer.md", "fact-mismatch", "about 75 per cent"),
            ("02_explainer.md", "fact-mismatch", "1998"),
            ("02_explainer.md", "inconsistent", "1998"),
            ("03_timeline.txt", "invalid-date", "31 September 1957"),
            ("03_timeline.txt", "fact-mismatch", "17 November 1957"),
            ("03_timeline.txt", "inconsistent", "17 November 1957"),
            ("04_feature.md", "inconsistent", "some 20"),
            ("04_feature.md", "fact-mismatch", "nearly six months"),
            ("04_feature.md", "inconsistent", "nearly six months"),
            ("04_feature.md", "acronym-mismatch", "UKAEA"),
            ("05_opinion.txt", "fact-mismatch", "64 years ago"),
            ("05_opinion.txt", "inconsistent", "64 years ago"),
            ("05_opinion.txt", "fact-mismatch", "about 420"),
            ("05_opinion.txt", "inconsistent", "about 420"),
            ("05_opinion.txt", "anachronism", "March 2013"),
        ],
    );
}

/// A donors' conference placed somewhere its subject's names do not name
/// is another one: the Haiti conference was held in New York, and one in
/// Brussels in 2023 is not it, even in an article that tells the Haiti
/// story. Regression: the session's starting build read
/// "yesterday" as the date of Haiti's conference.
#[test]
fn a_described_subject_placed_elsewhere_is_another_of_its_kind() {
    let rules = pack("haiti");
    let lead = "PORT-AU-PRINCE, March 22, 2023 (AP) — Thirteen years after the earthquake \
                that destroyed much of Port-au-Prince, Haiti is still waiting for the money \
                pledged at the donors' conference in New York.\n\n";
    assert_eq!(
        check_text(
            &rules,
            &format!(
                "{lead}At the donors' conference in Brussels yesterday, governments pledged \
                 €7 billion for the recovery of Turkey and Syria.\n"
            )
        ),
        []
    );
    // placed where its name says it was, it is the subject
    assert_eq!(
        check_text(
            &rules,
            &format!(
                "{lead}At the donors' conference in New York yesterday, governments pledged \
                 €7 billion for the recovery.\n"
            )
        ),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "yesterday".to_string()
        )]
    );
}

/// Round 102 (news written blind, checked with every pack): a cue in a
/// noun set between commas beside a name describes that name and dates
/// nothing after the aside. "Ben Bernanke, the former Fed chairman, shared
/// the 2022 Nobel prize" was read as the date Greenspan became chairman.
/// A cue outside the aside still counts.
#[test]
fn a_cue_beside_a_name_in_apposition_dates_nothing_after_it() {
    let rules = pack("blackmonday");
    let dated = |sentence: &str| {
        check_text(
            &rules,
            &format!("NEW YORK, March 24, 2023 (Reuters) — {sentence}\n"),
        )
    };
    assert_eq!(
        dated("Ben Bernanke, the former Fed chairman, shared the 2022 Nobel prize in economics."),
        []
    );
    assert_eq!(
        dated("Alan Greenspan, the new Fed chairman, took office in August 1988."),
        [(
            "t.txt".to_string(),
            "fact-mismatch",
            "August 1988".to_string()
        )]
    );
}

/// Round 101 (written blind): the Aswan High Dam. All 15 planted errors
/// were found on the session's starting build, with one false alarm,
/// fixed: "About 50,000 Nubians in Egypt and some 50,000 in Sudan" is a
/// total split by place, whose second part is hedged and whose thousands'
/// comma ends no clause.
#[test]
fn aswan_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "aswan",
        &[
            ("01_wire.txt", "fact-mismatch", "More than 250,000"),
            ("01_wire.txt", "inconsistent", "More than 250,000"),
            ("01_wire.txt", "acronym-mismatch", "IMF"),
            (
                "01_wire.txt",
                "wrong-name",
                "International Committee on Large Dams",
            ),
            ("02_explainer.md", "fact-mismatch", "65 years ago"),
            ("02_explainer.md", "inconsistent", "65 years ago"),
            ("02_explainer.md", "fact-mismatch", "14"),
            ("02_explainer.md", "inconsistent", "14"),
            ("02_explainer.md", "fact-mismatch", "97 per cent"),
            ("03_timeline.txt", "fact-mismatch", "19 June 1956"),
            ("03_timeline.txt", "inconsistent", "19 June 1956"),
            ("03_timeline.txt", "inconsistent", "1,063"),
            ("03_timeline.txt", "fact-mismatch", "15 January 1972"),
            ("03_timeline.txt", "inconsistent", "15 January 1972"),
            ("04_feature.md", "fact-mismatch", "1961"),
            ("04_feature.md", "inconsistent", "1961"),
            ("04_feature.md", "fact-mismatch", "56"),
            ("04_feature.md", "inconsistent", "56"),
            ("04_feature.md", "invalid-date", "31 November 1997"),
            (
                "05_opinion.txt",
                "weekday-mismatch",
                "Thursday, 15 January 1971",
            ),
            ("05_opinion.txt", "fact-mismatch", "14 years"),
            ("05_opinion.txt", "anachronism", "September 2024"),
        ],
    );
}

/// Round 101 (written blind): the Bhola cyclone of 1970. All 15 planted
/// errors were found on the session's starting build, with no false
/// alarm.
#[test]
fn bhola_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "bhola",
        &[
            ("01_wire.txt", "fact-mismatch", "50 years ago"),
            ("01_wire.txt", "inconsistent", "50 years ago"),
            ("01_wire.txt", "fact-mismatch", "more than 238,000"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Saturday, 7 December 1970",
            ),
            ("02_explainer.md", "fact-mismatch", "1959"),
            ("03_timeline.txt", "invalid-date", "31 November 1970"),
            ("03_timeline.txt", "inconsistent", "7 January 1971"),
            ("03_timeline.txt", "fact-mismatch", "6 December 1971"),
            ("03_timeline.txt", "inconsistent", "6 December 1971"),
            ("04_feature.md", "fact-mismatch", "21 November 1970"),
            ("04_feature.md", "inconsistent", "21 November 1970"),
            ("04_feature.md", "fact-mismatch", "nearly 150,000"),
            ("04_feature.md", "inconsistent", "nearly 150,000"),
            ("04_feature.md", "fact-mismatch", "about 25 per cent"),
            ("04_feature.md", "inconsistent", "about 25 per cent"),
            ("04_feature.md", "anachronism", "10 January 2022"),
            ("04_feature.md", "acronym-mismatch", "WHO"),
            ("05_opinion.txt", "fact-mismatch", "169"),
            ("05_opinion.txt", "inconsistent", "169"),
            ("05_opinion.txt", "fact-mismatch", "seven months"),
            ("05_opinion.txt", "inconsistent", "seven months"),
            (
                "05_opinion.txt",
                "wrong-name",
                "Cyclone Protection Programme",
            ),
        ],
    );
}

/// Round 101 (written blind): the Northridge earthquake of 1994. All 14
/// planted errors were found on the session's starting build, with no
/// false alarm.
#[test]
fn northridge_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "northridge",
        &[
            ("01_wire.txt", "fact-mismatch", "56 days"),
            ("01_wire.txt", "inconsistent", "56 days"),
            ("01_wire.txt", "weekday-mismatch", "Tuesday, Jan. 17, 1994"),
            ("02_explainer.md", "fact-mismatch", "6.9"),
            ("02_explainer.md", "inconsistent", "6.9"),
            ("02_explainer.md", "acronym-mismatch", "CHP"),
            ("02_explainer.md", "fact-mismatch", "83 percent"),
            ("02_explainer.md", "inconsistent", "83 percent"),
            ("02_explainer.md", "fact-mismatch", "Oct. 17, 1988"),
            ("02_explainer.md", "inconsistent", "Oct. 17, 1988"),
            ("03_timeline.txt", "fact-mismatch", "more than 18,000"),
            ("03_timeline.txt", "fact-mismatch", "12 May 1994"),
            ("03_timeline.txt", "inconsistent", "12 May 1994"),
            ("03_timeline.txt", "invalid-date", "31 November 1996"),
            ("04_feature.md", "fact-mismatch", "67"),
            ("04_feature.md", "inconsistent", "67"),
            (
                "04_feature.md",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            ("04_feature.md", "anachronism", "October 2025"),
            ("05_opinion.txt", "fact-mismatch", "25 years ago"),
            ("05_opinion.txt", "inconsistent", "25 years ago"),
            ("05_opinion.txt", "inconsistent", "some $40 billion"),
        ],
    );
}

/// Round 101 (written blind): the transatlantic telegraph cables of 1858
/// and 1866. All 15 planted errors were found on the session's starting
/// build, with no false alarm.
#[test]
fn telegraph_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "telegraph",
        &[
            ("01_wire.txt", "fact-mismatch", "160 years ago today"),
            (
                "01_wire.txt",
                "wrong-name",
                "Institute of Electronic and Electrical Engineers",
            ),
            ("01_wire.txt", "fact-mismatch", "nearly 900"),
            ("01_wire.txt", "inconsistent", "nearly 900"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Tuesday, 16 August 1858",
            ),
            ("02_explainer.md", "fact-mismatch", "about three months"),
            ("02_explainer.md", "inconsistent", "about three months"),
            ("02_explainer.md", "fact-mismatch", "eighteen"),
            ("02_explainer.md", "inconsistent", "eighteen"),
            ("03_timeline.txt", "invalid-date", "31 June 1858"),
            ("03_timeline.txt", "fact-mismatch", "27 July 1867"),
            ("03_timeline.txt", "inconsistent", "27 July 1867"),
            ("03_timeline.txt", "acronym-mismatch", "OTC"),
            ("03_timeline.txt", "fact-mismatch", "60 per cent"),
            ("03_timeline.txt", "inconsistent", "60 per cent"),
            ("04_feature.md", "fact-mismatch", "792"),
            ("04_feature.md", "fact-mismatch", "July 1893"),
            ("05_opinion.txt", "inconsistent", "about 30 hours"),
            ("05_opinion.txt", "fact-mismatch", "29 June 1858"),
            ("05_opinion.txt", "inconsistent", "29 June 1858"),
            ("05_opinion.txt", "anachronism", "July 2018"),
        ],
    );
}

/// Round 100 (news written blind, checked with every pack): a figure in a
/// relative clause whose antecedent is a new thing placed in a subject's
/// name counts that thing. "After two crashes in Indonesia and Ethiopia
/// that killed 346 people" is no toll of the 2004 disaster in Aceh; "the
/// tsunami in Indonesia killed 189 people" still is a claim about it.
#[test]
fn a_figure_of_a_new_thing_placed_in_a_subject_is_that_things() {
    let rules = pack("tsunami");
    let dated = |sentence: &str| {
        check_text(
            &rules,
            &format!("SEATTLE, June 5, 2019 (AP) — {sentence}\n"),
        )
    };
    for sentence in [
        "Boeing has been hurt since March, after two crashes in Indonesia and Ethiopia that \
         killed 346 people.",
        "Boeing has been hurt after a crash in Indonesia that killed 189 people.",
    ] {
        assert_eq!(dated(sentence), [], "{sentence}");
    }
    assert_eq!(
        dated("The tsunami in Indonesia killed 189 people."),
        [("t.txt".to_string(), "fact-mismatch", "189".to_string())]
    );
}

/// Round 104 (news written blind, checked with every pack): a name joined
/// to a capitalised word by "&" is a word of a longer name, a firm's.
/// "The Johnson & Johnson shot" names no Johnson of the 2019 election; the
/// prime minister alone still does.
#[test]
fn a_name_joined_by_an_ampersand_is_a_word_of_a_longer_one() {
    let path = "tests/fixtures/stories/elections/ge2019/ge2019.yaml";
    let text = std::fs::read_to_string(root().join(path)).expect("the pack is readable");
    let rules = rules::load(&[(path.to_string(), text)]).expect("the pack loads");
    let dated = |sentence: &str| {
        check_markdown(
            &rules,
            &format!("---\ndate: 2021-04-15\n---\n\n{sentence}\n"),
        )
    };
    assert_eq!(
        dated(
            "Officials said the clinic had switched 600 appointments set for Thursday to the \
             Pfizer vaccine after federal agencies recommended a pause in the use of the Johnson \
             & Johnson shot."
        ),
        []
    );
    assert_eq!(
        dated("Boris Johnson took office on Thursday."),
        owned(&[("t.md", "fact-mismatch", "Thursday")])
    );
}

/// Round 103 (written blind): Hubble's flawed mirror and its repair in 1993. All 15 planted errors
/// were found on the session's starting build, with no false alarm.
#[test]
fn hubbleeye_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "hubbleeye",
        &[
            ("01_wire.txt", "acronym-mismatch", "GFSC"),
            ("01_wire.txt", "fact-mismatch", "38 hours and 28 minutes"),
            ("01_wire.txt", "fact-mismatch", "2002"),
            ("01_wire.txt", "inconsistent", "2002"),
            ("02_explainer.md", "fact-mismatch", "25 April 1990"),
            ("02_explainer.md", "inconsistent", "25 April 1990"),
            ("02_explainer.md", "fact-mismatch", "about 22"),
            ("02_explainer.md", "inconsistent", "about 22"),
            ("02_explainer.md", "fact-mismatch", "about 45 per cent"),
            ("03_timeline.txt", "invalid-date", "31 June 1990"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, 2 December 1993",
            ),
            ("03_timeline.txt", "fact-mismatch", "15 December 1993"),
            ("03_timeline.txt", "inconsistent", "15 December 1993"),
            ("04_feature.md", "anachronism", "24 May 2019"),
            ("04_feature.md", "fact-mismatch", "about a dozen"),
            ("04_feature.md", "inconsistent", "about a dozen"),
            ("04_feature.md", "fact-mismatch", "18 years ago"),
            ("04_feature.md", "inconsistent", "18 years ago"),
            ("04_feature.md", "fact-mismatch", "nearly five years"),
            (
                "05_opinion.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("05_opinion.txt", "inconsistent", "68.3 million"),
        ],
    );
}

/// Round 103 (written blind): the Moscow Olympics of 1980 and the boycott. All 15 planted errors
/// were found on the session's starting build, with no false alarm.
#[test]
fn moscow1980_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "moscow1980",
        &[
            ("01_wire.txt", "fact-mismatch", "5,719"),
            ("01_wire.txt", "inconsistent", "5,719"),
            ("01_wire.txt", "fact-mismatch", "two months"),
            ("01_wire.txt", "inconsistent", "two months"),
            (
                "01_wire.txt",
                "wrong-name",
                "International Olympics Committee",
            ),
            ("02_explainer.md", "fact-mismatch", "December 1978"),
            ("02_explainer.md", "inconsistent", "December 1978"),
            ("02_explainer.md", "acronym-mismatch", "IOC"),
            ("02_explainer.md", "fact-mismatch", "41 years ago"),
            ("02_explainer.md", "inconsistent", "41 years ago"),
            ("03_timeline.txt", "fact-mismatch", "20 March 1980"),
            ("03_timeline.txt", "inconsistent", "20 March 1980"),
            ("03_timeline.txt", "fact-mismatch", "144"),
            ("04_feature.md", "weekday-mismatch", "Monday, 12 April 1980"),
            ("04_feature.md", "fact-mismatch", "nearly 50"),
            ("04_feature.md", "inconsistent", "nearly 50"),
            ("04_feature.md", "inconsistent", "39"),
            ("04_feature.md", "invalid-date", "31 June 1980"),
            ("05_opinion.txt", "anachronism", "6 December 2022"),
            ("05_opinion.txt", "fact-mismatch", "29 July 1980"),
            ("05_opinion.txt", "inconsistent", "29 July 1980"),
            ("05_opinion.txt", "fact-mismatch", "48 per cent"),
            ("05_opinion.txt", "inconsistent", "48 per cent"),
        ],
    );
}

/// Round 103 (written blind): the Ottawa Treaty banning landmines. All 15 planted errors
/// were found on the session's starting build, with no false alarm.
#[test]
fn ottawa_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "ottawa",
        &[
            ("01_wire.txt", "fact-mismatch", "26 years ago today"),
            ("01_wire.txt", "inconsistent", "26 years ago today"),
            ("01_wire.txt", "fact-mismatch", "nearly 30 million"),
            ("01_wire.txt", "inconsistent", "nearly 30 million"),
            ("01_wire.txt", "anachronism", "21 June 2024"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Thursday, 3 December 1997",
            ),
            ("02_explainer.md", "fact-mismatch", "three years"),
            ("02_explainer.md", "inconsistent", "three years"),
            ("02_explainer.md", "acronym-mismatch", "UNMAC"),
            ("03_timeline.txt", "fact-mismatch", "October 1991"),
            ("03_timeline.txt", "fact-mismatch", "9 October 1997"),
            ("03_timeline.txt", "inconsistent", "9 October 1997"),
            ("04_feature.md", "invalid-date", "31 September 2019"),
            ("04_feature.md", "fact-mismatch", "5,710"),
            ("04_feature.md", "inconsistent", "5,710"),
            ("04_feature.md", "fact-mismatch", "February 1997"),
            ("04_feature.md", "inconsistent", "February 1997"),
            ("04_feature.md", "inconsistent", "nearly 2,000"),
            (
                "05_opinion.txt",
                "wrong-name",
                "International Coalition to Ban Landmines",
            ),
            ("05_opinion.txt", "fact-mismatch", "18 months"),
            ("05_opinion.txt", "inconsistent", "18 months"),
            ("05_opinion.txt", "fact-mismatch", "75 per cent"),
            ("05_opinion.txt", "inconsistent", "75 per cent"),
        ],
    );
}

/// Round 103 (written blind): the Swedish warship Vasa. All 15 planted errors
/// were found on the session's starting build, with no false alarm.
#[test]
fn vasa_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "vasa",
        &[
            ("01_wire.txt", "weekday-mismatch", "Tuesday, 24 April 1961"),
            ("01_wire.txt", "inconsistent", "more than 3,000"),
            ("01_wire.txt", "fact-mismatch", "72"),
            ("01_wire.txt", "inconsistent", "72"),
            ("01_wire.txt", "anachronism", "September 2021"),
            ("02_explainer.md", "fact-mismatch", "385 years ago today"),
            ("02_explainer.md", "inconsistent", "385 years ago today"),
            ("02_explainer.md", "fact-mismatch", "More than 100"),
            ("02_explainer.md", "fact-mismatch", "1958"),
            ("02_explainer.md", "inconsistent", "1958"),
            ("02_explainer.md", "fact-mismatch", "80 per cent"),
            ("02_explainer.md", "inconsistent", "80 per cent"),
            ("03_timeline.txt", "fact-mismatch", "10 September 1628"),
            ("03_timeline.txt", "inconsistent", "10 September 1628"),
            ("03_timeline.txt", "fact-mismatch", "4 May 1961"),
            ("03_timeline.txt", "inconsistent", "4 May 1961"),
            ("03_timeline.txt", "invalid-date", "31 September 1988"),
            ("04_feature.md", "fact-mismatch", "13 years"),
            ("04_feature.md", "inconsistent", "13 years"),
            ("04_feature.md", "acronym-mismatch", "RNM"),
            ("05_opinion.txt", "fact-mismatch", "some 3 million"),
            ("05_opinion.txt", "inconsistent", "some 3 million"),
            (
                "05_opinion.txt",
                "wrong-name",
                "International Council for Museums",
            ),
        ],
    );
}

/// Round 105 (written blind): the Gimli Glider, Air Canada Flight 143, 23 July 1983. All 15 planted
/// errors were found on the session's starting build, with no false alarm.
#[test]
fn gimli_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "gimli",
        &[
            ("01_wire.txt", "fact-mismatch", "July 22, 1983"),
            (
                "01_wire.txt",
                "wrong-name",
                "International Civil Aviation Authority",
            ),
            ("02_explainer.md", "fact-mismatch", "three months"),
            ("02_explainer.md", "inconsistent", "three months"),
            ("02_explainer.md", "acronym-mismatch", "TSB"),
            (
                "03_timeline.txt",
                "fact-mismatch",
                "Twenty-five years ago today",
            ),
            (
                "03_timeline.txt",
                "inconsistent",
                "Twenty-five years ago today",
            ),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, 23 July 1983",
            ),
            ("03_timeline.txt", "fact-mismatch", "31,000"),
            ("03_timeline.txt", "inconsistent", "31,000"),
            ("03_timeline.txt", "fact-mismatch", "1987"),
            ("03_timeline.txt", "inconsistent", "1987"),
            ("04_feature.md", "fact-mismatch", "69"),
            ("04_feature.md", "inconsistent", "69"),
            ("04_feature.md", "fact-mismatch", "27 minutes"),
            ("04_feature.md", "inconsistent", "27 minutes"),
            ("04_feature.md", "anachronism", "July 2013"),
            ("05_opinion.txt", "fact-mismatch", "Some 90"),
            ("05_opinion.txt", "inconsistent", "Some 90"),
            ("05_opinion.txt", "fact-mismatch", "about 60 per cent"),
            ("05_opinion.txt", "inconsistent", "some $60 million"),
            ("05_opinion.txt", "invalid-date", "April 31, 1975"),
        ],
    );
}

/// Round 105 (written blind): Hurricane Hugo, September 1989. All 13 planted errors were found on
/// the session's starting build, with no false alarm.
#[test]
fn hugo_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "hugo",
        &[
            ("01_wire.txt", "fact-mismatch", "Tuesday"),
            (
                "01_wire.txt",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            ("02_explainer.md", "fact-mismatch", "September 13, 1989"),
            ("02_explainer.md", "fact-mismatch", "more than 23"),
            ("02_explainer.md", "acronym-mismatch", "NHC"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, 21 September 1989",
            ),
            ("03_timeline.txt", "fact-mismatch", "928"),
            ("03_timeline.txt", "fact-mismatch", "23 September 1989"),
            ("04_feature.md", "inconsistent", "76"),
            ("04_feature.md", "anachronism", "2015"),
            ("04_feature.md", "fact-mismatch", "About 60 percent"),
            ("05_opinion.txt", "invalid-date", "September 31, 1989"),
            ("05_opinion.txt", "fact-mismatch", "32 years"),
        ],
    );
}

/// Round 105 (written blind): the loss of the Mars Climate Orbiter, September 1999. All 15
/// planted errors were found on the session's starting build, with no false alarm.
#[test]
fn mco_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "mco",
        &[
            ("01_wire.txt", "fact-mismatch", "three"),
            ("01_wire.txt", "inconsistent", "three"),
            ("02_explainer.md", "fact-mismatch", "nearly 600"),
            ("02_explainer.md", "inconsistent", "nearly 600"),
            ("02_explainer.md", "fact-mismatch", "3 February 1999"),
            ("02_explainer.md", "inconsistent", "3 February 1999"),
            ("02_explainer.md", "fact-mismatch", "30 October 1999"),
            ("02_explainer.md", "inconsistent", "30 October 1999"),
            ("03_timeline.txt", "fact-mismatch", "12 December 1998"),
            ("03_timeline.txt", "inconsistent", "12 December 1998"),
            ("03_timeline.txt", "invalid-date", "31 June 1999"),
            ("03_timeline.txt", "acronym-mismatch", "GSFC"),
            ("04_feature.md", "fact-mismatch", "eight years ago"),
            ("04_feature.md", "inconsistent", "eight years ago"),
            ("04_feature.md", "fact-mismatch", "about 45 per cent"),
            ("04_feature.md", "inconsistent", "about 45 per cent"),
            ("04_feature.md", "inconsistent", "nine months"),
            (
                "05_opinion.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("05_opinion.txt", "fact-mismatch", "11-month"),
            ("05_opinion.txt", "inconsistent", "11-month"),
            (
                "05_opinion.txt",
                "weekday-mismatch",
                "Friday, 10 November 1999",
            ),
            ("05_opinion.txt", "anachronism", "18 November 1999"),
            ("05_opinion.txt", "fact-mismatch", "372.6 million"),
            ("05_opinion.txt", "inconsistent", "372.6 million"),
        ],
    );
}

/// Round 105 (written blind): the Eastland disaster, Chicago, 24 July 1915. "The Eastland
/// was only nine years old when she rolled over", against an age the rules derive from two
/// dates, was missed on the session's starting build: an age is read as a count ("nine"),
/// and it is now a duration where the subject's age is one.
#[test]
fn eastland_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "eastland",
        &[
            ("01_wire.txt", "fact-mismatch", "2,752"),
            ("01_wire.txt", "inconsistent", "2,752"),
            ("01_wire.txt", "fact-mismatch", "nine"),
            ("01_wire.txt", "inconsistent", "nine"),
            (
                "01_wire.txt",
                "wrong-name",
                "Eastland Disaster Historic Society",
            ),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Sunday, July 24, 1915",
            ),
            ("02_explainer.md", "fact-mismatch", "four"),
            ("02_explainer.md", "inconsistent", "four"),
            ("02_explainer.md", "fact-mismatch", "about 45 per cent"),
            ("02_explainer.md", "inconsistent", "about 45 per cent"),
            ("02_explainer.md", "anachronism", "July 24, 2025"),
            ("03_timeline.txt", "fact-mismatch", "May 6, 1902"),
            ("03_timeline.txt", "invalid-date", "February 29, 2015"),
            ("03_timeline.txt", "acronym-mismatch", "GCS"),
            ("04_feature.md", "fact-mismatch", "over 106 years ago"),
            ("04_feature.md", "inconsistent", "over 106 years ago"),
            ("04_feature.md", "fact-mismatch", "848"),
            ("04_feature.md", "inconsistent", "848"),
            ("05_opinion.txt", "fact-mismatch", "July 25, 1915"),
            ("05_opinion.txt", "inconsistent", "July 25, 1915"),
            ("05_opinion.txt", "fact-mismatch", "More than 900"),
            ("05_opinion.txt", "inconsistent", "More than 900"),
            ("05_opinion.txt", "inconsistent", "about 4,000"),
        ],
    );
}

/// Round 107 (written blind): the Texas City disaster, 16 April 1947. All 15 planted errors
/// were found on the session's starting build, with no false alarm.
#[test]
fn texascity_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "texascity",
        &[
            ("01_wire.txt", "fact-mismatch", "April 18, 1947"),
            ("01_wire.txt", "acronym-mismatch", "NTSB"),
            ("02_explainer.md", "fact-mismatch", "nearly three hours"),
            ("02_explainer.md", "fact-mismatch", "85 per cent"),
            (
                "02_explainer.md",
                "wrong-name",
                "National Fire Prevention Association",
            ),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Thursday, April 16, 1947",
            ),
            ("03_timeline.txt", "fact-mismatch", "April 19, 1947"),
            ("03_timeline.txt", "inconsistent", "April 19, 1947"),
            ("03_timeline.txt", "invalid-date", "April 31, 1947"),
            ("03_timeline.txt", "fact-mismatch", "June 8, 1952"),
            ("03_timeline.txt", "inconsistent", "June 8, 1952"),
            ("04_feature.md", "fact-mismatch", "80 years ago"),
            ("04_feature.md", "inconsistent", "80 years ago"),
            ("04_feature.md", "fact-mismatch", "32"),
            ("04_feature.md", "inconsistent", "32"),
            ("04_feature.md", "fact-mismatch", "36"),
            ("05_opinion.txt", "fact-mismatch", "more than 800"),
            ("05_opinion.txt", "inconsistent", "more than 800"),
            ("05_opinion.txt", "inconsistent", "234"),
            ("05_opinion.txt", "anachronism", "April 16, 2021"),
        ],
    );
}

/// Round 107 (written blind): the Munich air disaster, 6 February 1958. All 15 planted errors
/// were found on the session's starting build, with no false alarm.
#[test]
fn munich58_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "munich58",
        &[
            ("01_wire.txt", "fact-mismatch", "nearly 30"),
            ("01_wire.txt", "inconsistent", "nearly 30"),
            ("01_wire.txt", "fact-mismatch", "1968"),
            ("01_wire.txt", "inconsistent", "1968"),
            ("02_explainer.md", "fact-mismatch", "43"),
            ("02_explainer.md", "inconsistent", "43"),
            ("02_explainer.md", "fact-mismatch", "57.5 per cent"),
            ("03_timeline.txt", "wrong-name", "British European Airlines"),
            ("03_timeline.txt", "fact-mismatch", "two"),
            ("03_timeline.txt", "inconsistent", "two"),
            ("03_timeline.txt", "fact-mismatch", "23 February 1958"),
            ("04_feature.md", "fact-mismatch", "three weeks"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Tuesday, 19 February 1958",
            ),
            ("04_feature.md", "inconsistent", "more than 66,000"),
            ("04_feature.md", "fact-mismatch", "29 May 1967"),
            ("04_feature.md", "inconsistent", "29 May 1967"),
            ("05_opinion.txt", "fact-mismatch", "55 years ago"),
            ("05_opinion.txt", "invalid-date", "31 April 1958"),
            ("05_opinion.txt", "acronym-mismatch", "BOAC"),
            ("05_opinion.txt", "anachronism", "6 February 2024"),
        ],
    );
}

/// Round 107 (written blind): the partial collapse of Ronan Point, 16 May 1968. All 14 planted
/// errors were found on the session's starting build, with no false alarm.
#[test]
fn ronanpoint_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "ronanpoint",
        &[
            ("01_wire.txt", "weekday-mismatch", "Wednesday 16 May 1968"),
            ("01_wire.txt", "fact-mismatch", "more than 300"),
            ("02_explainer.md", "fact-mismatch", "15 May 1968"),
            ("02_explainer.md", "fact-mismatch", "about 60 per cent"),
            ("02_explainer.md", "inconsistent", "about 60 per cent"),
            ("02_explainer.md", "acronym-mismatch", "BRE"),
            ("02_explainer.md", "anachronism", "15 June 2018"),
            ("03_timeline.txt", "fact-mismatch", "11 April 1968"),
            ("03_timeline.txt", "inconsistent", "11 April 1968"),
            ("03_timeline.txt", "invalid-date", "31 June 1968"),
            ("03_timeline.txt", "fact-mismatch", "6 December 1968"),
            ("03_timeline.txt", "inconsistent", "6 December 1968"),
            ("04_feature.md", "fact-mismatch", "23"),
            ("04_feature.md", "inconsistent", "23"),
            ("04_feature.md", "fact-mismatch", "nine months"),
            ("04_feature.md", "inconsistent", "nine months"),
            ("04_feature.md", "fact-mismatch", "20 years ago"),
            ("04_feature.md", "inconsistent", "20 years ago"),
            ("05_opinion.txt", "inconsistent", "some 180"),
            ("05_opinion.txt", "wrong-name", "Greater London Corporation"),
        ],
    );
}

/// Round 107 (written blind): the crash of the airship R101, 5 October 1930. All 14 planted
/// errors are found; the two findings on "the Imperial Conference, which had opened on 1
/// October" (05_opinion.txt) are known false alarms: the cue "opened" stands in a relative
/// clause of a name the rules do not know, after a sentence naming the Court of Inquiry.
#[test]
fn r101_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "r101",
        &[
            ("01_wire.txt", "fact-mismatch", "Thursday"),
            ("01_wire.txt", "inconsistent", "Thursday"),
            ("01_wire.txt", "anachronism", "June 1931"),
            ("02_explainer.md", "fact-mismatch", "more than 95 per cent"),
            ("02_explainer.md", "inconsistent", "more than 95 per cent"),
            ("03_timeline.txt", "fact-mismatch", "14 October 1928"),
            ("03_timeline.txt", "inconsistent", "14 October 1928"),
            ("03_timeline.txt", "invalid-date", "31 September 1930"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, 11 October 1930",
            ),
            ("04_feature.md", "wrong-name", "Royal Airship Factory"),
            ("04_feature.md", "fact-mismatch", "barely two years"),
            ("04_feature.md", "inconsistent", "barely two years"),
            ("04_feature.md", "fact-mismatch", "15 October 1930"),
            ("04_feature.md", "inconsistent", "15 October 1930"),
            ("04_feature.md", "acronym-mismatch", "NLP"),
            ("05_opinion.txt", "fact-mismatch", "March 1932"),
            ("05_opinion.txt", "inconsistent", "March 1932"),
            ("05_opinion.txt", "fact-mismatch", "four"),
            ("05_opinion.txt", "inconsistent", "four"),
            ("05_opinion.txt", "fact-mismatch", "More than 50"),
            ("05_opinion.txt", "inconsistent", "More than 50"),
            ("05_opinion.txt", "fact-mismatch", "1 October"),
            ("05_opinion.txt", "inconsistent", "1 October"),
            ("05_opinion.txt", "inconsistent", "Some 250,000"),
        ],
    );
}

/// Regression (round 106): "Facing billions of dollars in wildfire claims,
/// PG&E filed for Chapter 11 bankruptcy protection on January 29, 2019, and
/// emerged on July 1, 2020" contradicted Kodak's filing and emergence,
/// in an article that named the Dow (an alias in the Kodak file). What a
/// name the file knows nothing of did is its own, even to a thing the
/// sentence names, where the subject is its owner's by its very name
/// ("Kodak's Chapter 11 bankruptcy"); the owner, or a common noun, still
/// files Kodak's.
#[test]
fn what_a_stranger_did_is_no_doing_of_the_subject() {
    let rules = pack("kodak");
    let text = |who: &str| {
        check_text(
            &rules,
            &format!(
                "ROCHESTER, N.Y., May 2, 2024 (AP) — Kodak shares rose 3 percent on \
                 Thursday.\n\nFacing mounting claims, {who} filed for Chapter 11 \
                 bankruptcy protection on January 29, 2019, and emerged on July 1, 2020.\n"
            ),
        )
    };
    assert_eq!(text("PG&E"), []);
    assert_eq!(text("Pacific Gas and Electric"), []);
    let wrong = owned(&[
        ("t.txt", "fact-mismatch", "January 29, 2019"),
        ("t.txt", "fact-mismatch", "July 1, 2020"),
    ]);
    assert_eq!(text("Kodak"), wrong);
    assert_eq!(text("the company"), wrong);
}

/// Regression (round 110): in an article on a flood in New Orleans, "the
/// U.S. Army Corps of Engineers has rebuilt the levees" told the story of
/// Hurricane Irma ("U.S." a context word of its damage in the rules, and
/// "damage" in the article), and "roughly 11,000 customers lost power"
/// became Florida's outage. A context word that begins a longer name
/// names that, not the place; standing alone, it is in use as the rules
/// README says.
#[test]
fn a_context_word_that_begins_a_longer_name_tells_no_story() {
    let rules = pack("irma");
    let text = |last: &str| {
        check_text(
            &rules,
            &format!(
                "NEW ORLEANS, May 9, 2014 (AP) — Heavy rain flooded streets on Thursday \
                 night and caused some damage to homes.\n\nEntergy New Orleans said roughly \
                 11,000 customers lost power at the peak.\n\nSince then, {last} has rebuilt \
                 the levees that failed in the storm.\n"
            ),
        )
    };
    assert_eq!(text("the U.S. Army Corps of Engineers"), []);
    assert_eq!(
        text("the U.S. government"),
        owned(&[("t.txt", "fact-mismatch", "roughly 11,000")])
    );
}

/// Round 109 (written blind): the sinking of the ferry Doña Paz after its collision with the tanker Vector, 20 December 1987. All 15 planted
/// errors are found, and nothing else.
#[test]
fn donapaz_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "donapaz",
        &[
            ("01_wire.txt", "fact-mismatch", "Some 3,000"),
            ("01_wire.txt", "inconsistent", "Some 3,000"),
            ("01_wire.txt", "fact-mismatch", "30 years ago"),
            ("01_wire.txt", "inconsistent", "30 years ago"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Saturday, 20 December 1987",
            ),
            ("02_explainer.md", "fact-mismatch", "70 per cent"),
            ("02_explainer.md", "fact-mismatch", "21"),
            ("02_explainer.md", "inconsistent", "21"),
            ("03_timeline.txt", "fact-mismatch", "17 December 1987"),
            ("03_timeline.txt", "invalid-date", "29 February 1989"),
            ("03_timeline.txt", "fact-mismatch", "30 September 1998"),
            ("03_timeline.txt", "inconsistent", "30 September 1998"),
            ("04_feature.md", "fact-mismatch", "22 December 1987"),
            ("04_feature.md", "inconsistent", "22 December 1987"),
            (
                "04_feature.md",
                "wrong-name",
                "National Bureau of Investigations",
            ),
            ("04_feature.md", "acronym-mismatch", "MBI"),
            ("04_feature.md", "inconsistent", "about 275"),
            ("04_feature.md", "anachronism", "October 2008"),
            ("05_opinion.txt", "fact-mismatch", "8,000"),
            ("05_opinion.txt", "inconsistent", "8,000"),
            ("05_opinion.txt", "fact-mismatch", "nearly eight years"),
            ("05_opinion.txt", "inconsistent", "nearly eight years"),
        ],
    );
}

/// Round 109 (written blind): the Galtür avalanche in Tyrol, 23 February 1999. All 15 planted
/// errors are found, and nothing else.
#[test]
fn galtur_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "galtur",
        &[
            ("01_wire.txt", "fact-mismatch", "35"),
            ("01_wire.txt", "inconsistent", "35"),
            (
                "01_wire.txt",
                "wrong-name",
                "Central Institute for Meteorology and Geophysics",
            ),
            ("02_explainer.md", "fact-mismatch", "more than 90 per cent"),
            ("02_explainer.md", "acronym-mismatch", "ZAMG"),
            ("03_timeline.txt", "fact-mismatch", "26 years ago today"),
            ("03_timeline.txt", "inconsistent", "26 years ago today"),
            ("03_timeline.txt", "fact-mismatch", "nine"),
            ("03_timeline.txt", "inconsistent", "nine"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Tuesday, 24 February 1999",
            ),
            ("04_feature.md", "fact-mismatch", "more than 30"),
            ("04_feature.md", "inconsistent", "more than 30"),
            ("04_feature.md", "inconsistent", "some 300,000"),
            ("04_feature.md", "anachronism", "14 February 2019"),
            ("04_feature.md", "fact-mismatch", "some 1,900 hours"),
            ("05_opinion.txt", "fact-mismatch", "22 February 1999"),
            ("05_opinion.txt", "inconsistent", "22 February 1999"),
            ("05_opinion.txt", "fact-mismatch", "25 February"),
            ("05_opinion.txt", "inconsistent", "25 February"),
            ("05_opinion.txt", "fact-mismatch", "some 12,000"),
            ("05_opinion.txt", "inconsistent", "some 12,000"),
            ("05_opinion.txt", "invalid-date", "29 February 1999"),
        ],
    );
}

/// Round 109 (written blind): the collapse of the Hyatt Regency skywalks in Kansas City, 17 July 1981. All 15 planted
/// errors are found, and nothing else.
#[test]
fn hyattregency_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "hyattregency",
        &[
            ("01_wire.txt", "fact-mismatch", "Monday"),
            ("01_wire.txt", "inconsistent", "Monday"),
            ("01_wire.txt", "fact-mismatch", "more than 230"),
            ("01_wire.txt", "inconsistent", "more than 230"),
            ("02_explainer.md", "fact-mismatch", "11 months"),
            ("02_explainer.md", "inconsistent", "11 months"),
            ("02_explainer.md", "fact-mismatch", "about 40 percent"),
            (
                "02_explainer.md",
                "wrong-name",
                "National Institute for Standards and Technology",
            ),
            ("03_timeline.txt", "fact-mismatch", "July 10, 1980"),
            ("03_timeline.txt", "inconsistent", "July 10, 1980"),
            ("03_timeline.txt", "fact-mismatch", "July 24, 1981"),
            ("03_timeline.txt", "inconsistent", "July 24, 1981"),
            ("03_timeline.txt", "invalid-date", "Nov. 31, 1985"),
            ("04_feature.md", "fact-mismatch", "42"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Thursday, July 17, 1981",
            ),
            ("04_feature.md", "inconsistent", "nine hours"),
            ("04_feature.md", "acronym-mismatch", "ASME"),
            ("05_opinion.txt", "fact-mismatch", "118"),
            ("05_opinion.txt", "inconsistent", "118"),
            ("05_opinion.txt", "anachronism", "June 24, 2022"),
            ("05_opinion.txt", "fact-mismatch", "1983"),
            ("05_opinion.txt", "inconsistent", "1983"),
        ],
    );
}

/// Round 109 (written blind): the capsizing of the drilling rig Ocean Ranger off Newfoundland, 15 February 1982. All 14 planted
/// errors are found, and nothing else.
#[test]
fn oceanranger_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "oceanranger",
        &[
            ("01_wire.txt", "fact-mismatch", "more than 90"),
            ("01_wire.txt", "inconsistent", "more than 90"),
            ("02_explainer.md", "fact-mismatch", "barely four"),
            ("02_explainer.md", "fact-mismatch", "15 February 1982"),
            ("02_explainer.md", "inconsistent", "15 February 1982"),
            ("02_explainer.md", "fact-mismatch", "32"),
            ("02_explainer.md", "inconsistent", "32"),
            ("03_timeline.txt", "invalid-date", "31 November 1981"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Sunday, 15 February 1982",
            ),
            ("03_timeline.txt", "fact-mismatch", "163"),
            ("03_timeline.txt", "inconsistent", "163"),
            ("04_feature.md", "fact-mismatch", "14 February 1982"),
            ("04_feature.md", "inconsistent", "14 February 1982"),
            ("04_feature.md", "inconsistent", "65"),
            (
                "04_feature.md",
                "wrong-name",
                "National Transport Safety Board",
            ),
            ("04_feature.md", "anachronism", "15 February 2025"),
            ("05_opinion.txt", "fact-mismatch", "42 years ago"),
            ("05_opinion.txt", "inconsistent", "42 years ago"),
            ("05_opinion.txt", "acronym-mismatch", "NTSB"),
            ("05_opinion.txt", "fact-mismatch", "about 35 per cent"),
        ],
    );
}

/// Regression (round 110): "Rescuers pulled three miners alive from a
/// small copper mine in northern Chile early on Monday", the lede of a
/// wire story of 2015, was a count of the 33 miners of 2010. A sentence
/// that a day of the article's own week dates tells the day's news, not
/// what a subject long past did, unless it names the subject, remembers
/// it, or refers back to it.
#[test]
fn the_days_news_is_not_a_subject_long_past() {
    let rules = pack("miners");
    let text = |body: &str| {
        check_text(
            &rules,
            &format!("COPIAPÓ, Chile, 4 May 2015 (AFP) — {body}\n"),
        )
    };
    assert_eq!(
        text(
            "Rescuers pulled three miners alive from a small copper mine near Copiapó early on Monday."
        ),
        []
    );
    // (a part of the article's own day is the day's news too, round 110:
    // "this morning", "tonight"; "today" alone is as often the present
    // state of things)
    assert_eq!(
        text(
            "Rescuers pulled three miners alive from a small copper mine near Copiapó this morning."
        ),
        []
    );
    let three = |at: &str| owned(&[("t.txt", "fact-mismatch", at)]);
    assert_eq!(
        text("Rescuers pulled three miners alive from a small copper mine near Copiapó."),
        three("three")
    );
    assert_eq!(
        text(
            "On Monday, relatives marked the anniversary of the day three miners were trapped near Copiapó."
        ),
        three("three")
    );
    assert_eq!(
        text(
            "On Monday, relatives gathered near Copiapó for the three miners trapped at the San José mine."
        ),
        three("three")
    );
    // the place of the dateline, and a name in lower case ("miner" is an
    // alias in the `copiapo` pack), name no subject for this
    let rules = pack("copiapo");
    let text = |day: &str| {
        check_text(
            &rules,
            &format!(
                "COPIAPÓ, Chile, 4 May 2015 (AFP) — Rescuers pulled three miners alive from \
                 a small copper mine{day}.\n\nThe region became known worldwide in 2010, when \
                 33 men were trapped for 69 days at the San José mine.\n"
            ),
        )
    };
    assert_eq!(text(" early on Monday"), []);
    assert_eq!(
        text(""),
        owned(&[
            ("t.txt", "fact-mismatch", "three"),
            ("t.txt", "inconsistent", "three"),
        ])
    );
}

/// Regression (round 112): "the Channel Tunnel, which the Anglo-French
/// Eurotunnel group expects to open in 1993", in an article of 1988,
/// contradicted the opening of 1994. What an article expects of a subject
/// whose dated facts were all told after it is a forecast; a date set
/// ("will open") is still checked.
#[test]
fn a_forecast_made_before_the_facts_were_told_is_no_claim() {
    let rules = pack("chunnel");
    let text = |verb: &str| {
        check_text(
            &rules,
            &format!(
                "DOVER, England, Sept. 14, 1988 (Reuters) — The threat remains the \
                 Channel Tunnel, which Eurotunnel {verb} open in 1993.\n"
            ),
        )
    };
    assert_eq!(text("expects to"), []);
    assert_eq!(text("will"), owned(&[("t.txt", "fact-mismatch", "1993")]));
}

/// Regression (round 112): "since the Estonia went down four months ago",
/// in an article of 3 February 1995, contradicted the sinking of 28
/// September 1994. So many months ago is half a month either side of the
/// day so many months back, as well as the month it names.
#[test]
fn months_ago_reach_half_a_month_either_side() {
    let rules = pack("estonia");
    let text = |n: &str| {
        check_text(
            &rules,
            &format!(
                "STOCKHOLM, 3 February 1995 (AFP) — A ferry turned back on Thursday night, \
                 in the latest scare to rattle Baltic ferry passengers since the Estonia \
                 went down {n} months ago.\n"
            ),
        )
    };
    assert_eq!(text("four"), []);
    assert_eq!(
        text("six"),
        owned(&[("t.txt", "fact-mismatch", "six months ago")])
    );
}

/// Round 111 (written blind): the flood of the Arno in Florence, 4 November 1966. All 15 planted
/// errors are found, and nothing else.
#[test]
fn arno1966_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "arno1966",
        &[
            ("01_wire.txt", "fact-mismatch", "1564"),
            ("01_wire.txt", "inconsistent", "1564"),
            ("01_wire.txt", "fact-mismatch", "some 24 hours"),
            ("02_explainer.md", "fact-mismatch", "nearly 60"),
            ("02_explainer.md", "inconsistent", "nearly 60"),
            ("02_explainer.md", "fact-mismatch", "about 40 per cent"),
            ("02_explainer.md", "acronym-mismatch", "ICR"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Thursday, 4 November 1966",
            ),
            ("03_timeline.txt", "fact-mismatch", "1425"),
            ("03_timeline.txt", "invalid-date", "31 November 1966"),
            ("03_timeline.txt", "fact-mismatch", "some 300,000"),
            ("03_timeline.txt", "inconsistent", "some 300,000"),
            ("04_feature.md", "fact-mismatch", "4 December 1966"),
            ("04_feature.md", "inconsistent", "4 December 1966"),
            ("04_feature.md", "inconsistent", "14 years"),
            (
                "04_feature.md",
                "wrong-name",
                "Committee to Save Italian Art",
            ),
            ("05_opinion.txt", "fact-mismatch", "forty years ago"),
            ("05_opinion.txt", "inconsistent", "forty years ago"),
            ("05_opinion.txt", "fact-mismatch", "12"),
            ("05_opinion.txt", "anachronism", "September 2012"),
        ],
    );
}

/// Round 111 (written blind): the fire at Bradford City's Valley Parade stadium, 11 May 1985. All 14 planted
/// errors are found, and nothing else.
#[test]
fn bradford_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "bradford",
        &[
            ("01_wire.txt", "fact-mismatch", "nearly 14,000"),
            ("01_wire.txt", "inconsistent", "nearly 14,000"),
            ("01_wire.txt", "fact-mismatch", "86 per cent"),
            ("01_wire.txt", "wrong-name", "Sports Grounds Safety Agency"),
            ("02_explainer.md", "fact-mismatch", "nine minutes"),
            ("02_explainer.md", "fact-mismatch", "65"),
            ("02_explainer.md", "inconsistent", "65"),
            ("03_timeline.txt", "fact-mismatch", "365"),
            ("03_timeline.txt", "fact-mismatch", "14 December 1987"),
            ("03_timeline.txt", "inconsistent", "14 December 1987"),
            ("03_timeline.txt", "invalid-date", "31 April 2015"),
            ("03_timeline.txt", "anachronism", "11 May 2015"),
            ("04_feature.md", "fact-mismatch", "Saturday 18 May 1985"),
            ("04_feature.md", "inconsistent", "Saturday 18 May 1985"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Saturday 14 December 1986",
            ),
            ("05_opinion.txt", "fact-mismatch", "30 years ago"),
            ("05_opinion.txt", "inconsistent", "30 years ago"),
            ("05_opinion.txt", "inconsistent", "5 million"),
            ("05_opinion.txt", "acronym-mismatch", "SGSA"),
        ],
    );
}

/// Round 111 (written blind): the explosion at the Nypro plant at Flixborough, 1 June 1974. All 15 planted
/// errors are found, and nothing else.
#[test]
fn flixborough_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "flixborough",
        &[
            ("01_wire.txt", "fact-mismatch", "1,281"),
            ("01_wire.txt", "inconsistent", "1,281"),
            ("01_wire.txt", "wrong-name", "British Coal Board"),
            ("01_wire.txt", "fact-mismatch", "27 July 1974"),
            ("01_wire.txt", "inconsistent", "27 July 1974"),
            ("02_explainer.md", "fact-mismatch", "85 per cent"),
            ("02_explainer.md", "inconsistent", "85 per cent"),
            ("02_explainer.md", "fact-mismatch", "27 April 1974"),
            ("02_explainer.md", "inconsistent", "27 April 1974"),
            ("02_explainer.md", "fact-mismatch", "about six months"),
            ("02_explainer.md", "inconsistent", "about six months"),
            ("02_explainer.md", "anachronism", "2 June 2024"),
            ("03_timeline.txt", "invalid-date", "31 April 1974"),
            ("03_timeline.txt", "acronym-mismatch", "AMCH"),
            ("04_feature.md", "fact-mismatch", "30 years ago"),
            ("04_feature.md", "inconsistent", "30 years ago"),
            ("04_feature.md", "fact-mismatch", "more than two years"),
            ("04_feature.md", "fact-mismatch", "1984"),
            ("04_feature.md", "inconsistent", "1984"),
            ("05_opinion.txt", "weekday-mismatch", "Sunday, 1 June 1974"),
            ("05_opinion.txt", "fact-mismatch", "more than 30"),
            ("05_opinion.txt", "inconsistent", "more than 30"),
            ("05_opinion.txt", "inconsistent", "three weeks"),
        ],
    );
}

/// Round 111 (written blind): the Spitak earthquake in Armenia, 7 December 1988. All 14 planted
/// errors are found, and nothing else.
#[test]
fn spitak_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "spitak",
        &[
            ("01_wire.txt", "fact-mismatch", "6 December"),
            ("01_wire.txt", "acronym-mismatch", "OFDA"),
            ("02_explainer.md", "fact-mismatch", "25 years ago"),
            ("02_explainer.md", "inconsistent", "25 years ago"),
            ("02_explainer.md", "fact-mismatch", "nearly 20,000"),
            ("02_explainer.md", "inconsistent", "nearly 20,000"),
            (
                "02_explainer.md",
                "wrong-name",
                "United States Geographical Survey",
            ),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, 10 December 1988",
            ),
            ("03_timeline.txt", "fact-mismatch", "six weeks"),
            ("03_timeline.txt", "inconsistent", "six weeks"),
            ("03_timeline.txt", "invalid-date", "29 February 1989"),
            ("04_feature.md", "fact-mismatch", "12 December 1988"),
            ("04_feature.md", "inconsistent", "12 December 1988"),
            ("04_feature.md", "fact-mismatch", "some 150,000"),
            ("04_feature.md", "inconsistent", "some 150,000"),
            ("04_feature.md", "fact-mismatch", "about 25 per cent"),
            ("04_feature.md", "inconsistent", "about 25 per cent"),
            ("05_opinion.txt", "inconsistent", "67"),
            ("05_opinion.txt", "anachronism", "October 2028"),
            ("05_opinion.txt", "fact-mismatch", "four years"),
            ("05_opinion.txt", "inconsistent", "four years"),
        ],
    );
}

/// Round 113 (written blind): the launch of Apollo 12, struck twice by lightning, 14 November 1969. All 14 planted
/// errors are found, and nothing else.
#[test]
fn apollo12_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "apollo12",
        &[
            ("01_wire.txt", "fact-mismatch", "about 20 seconds"),
            ("01_wire.txt", "inconsistent", "about 20 seconds"),
            ("01_wire.txt", "anachronism", "October 1973"),
            (
                "01_wire.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("02_explainer.md", "fact-mismatch", "12 November 1969"),
            ("02_explainer.md", "inconsistent", "12 November 1969"),
            ("02_explainer.md", "acronym-mismatch", "KSC"),
            ("02_explainer.md", "fact-mismatch", "about 15 per cent"),
            ("02_explainer.md", "inconsistent", "about 15 per cent"),
            ("03_timeline.txt", "fact-mismatch", "50 years ago today"),
            ("03_timeline.txt", "inconsistent", "50 years ago today"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Tuesday, 19 November 1969",
            ),
            ("03_timeline.txt", "fact-mismatch", "20 April 1966"),
            ("03_timeline.txt", "inconsistent", "20 April 1966"),
            ("04_feature.md", "fact-mismatch", "about 21 hours"),
            ("04_feature.md", "inconsistent", "about 21 hours"),
            ("04_feature.md", "fact-mismatch", "more than 50"),
            ("04_feature.md", "inconsistent", "more than 50"),
            ("04_feature.md", "invalid-date", "31 June 1981"),
            ("05_opinion.txt", "inconsistent", "About 30,000"),
            ("05_opinion.txt", "fact-mismatch", "July 1996"),
            ("05_opinion.txt", "inconsistent", "July 1996"),
        ],
    );
}

/// Round 113 (written blind): the Clapham Junction rail crash, 12 December 1988. All 14 planted
/// errors are found, and nothing else ("hit a freight train on 19 September 2001", after the
/// article's date, is read as past since "and" joins "hit" to "ran").
#[test]
fn clapham_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "clapham",
        &[
            ("01_wire.txt", "fact-mismatch", "more than 600"),
            ("01_wire.txt", "inconsistent", "more than 600"),
            ("01_wire.txt", "fact-mismatch", "73"),
            ("01_wire.txt", "inconsistent", "73"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Tuesday, 12 December 1988",
            ),
            ("02_explainer.md", "fact-mismatch", "About 40 per cent"),
            (
                "02_explainer.md",
                "wrong-name",
                "Rail Accident Investigation Board",
            ),
            ("03_timeline.txt", "invalid-date", "31 September 1989"),
            ("03_timeline.txt", "fact-mismatch", "7 December 1989"),
            ("03_timeline.txt", "inconsistent", "7 December 1989"),
            (
                "04_feature.md",
                "fact-mismatch",
                "Thirty years ago this morning",
            ),
            (
                "04_feature.md",
                "inconsistent",
                "Thirty years ago this morning",
            ),
            ("04_feature.md", "inconsistent", "1,700"),
            ("04_feature.md", "fact-mismatch", "a month"),
            ("04_feature.md", "acronym-mismatch", "LAS"),
            ("05_opinion.txt", "fact-mismatch", "37"),
            ("05_opinion.txt", "inconsistent", "37"),
            ("05_opinion.txt", "fact-mismatch", "13 December 1988"),
            ("05_opinion.txt", "anachronism", "19 September 2001"),
        ],
    );
}

/// Round 113 (written blind): the Lockheed bribery scandal and the arrest of Kakuei Tanaka, 27 July 1976. All 14 planted
/// errors are found, and nothing else.
#[test]
fn lockheed_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "lockheed",
        &[
            ("01_wire.txt", "fact-mismatch", "December 1973"),
            ("01_wire.txt", "inconsistent", "December 1973"),
            ("01_wire.txt", "anachronism", "February 1977"),
            ("01_wire.txt", "wrong-name", "All Nippon Airlines"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Monday, 27 July 1976",
            ),
            ("02_explainer.md", "fact-mismatch", "nearly 230"),
            ("02_explainer.md", "inconsistent", "nearly 230"),
            ("02_explainer.md", "fact-mismatch", "45.8 per cent"),
            ("02_explainer.md", "inconsistent", "45.8 per cent"),
            ("03_timeline.txt", "invalid-date", "April 31, 1976"),
            ("03_timeline.txt", "fact-mismatch", "June 27, 1976"),
            ("03_timeline.txt", "inconsistent", "June 27, 1976"),
            ("03_timeline.txt", "fact-mismatch", "July 29, 1986"),
            ("03_timeline.txt", "inconsistent", "July 29, 1986"),
            ("04_feature.md", "fact-mismatch", "six years ago"),
            ("04_feature.md", "inconsistent", "six years ago"),
            ("04_feature.md", "acronym-mismatch", "JAL"),
            ("05_opinion.txt", "fact-mismatch", "barely 18 months"),
            ("05_opinion.txt", "inconsistent", "barely 18 months"),
            ("05_opinion.txt", "fact-mismatch", "December 1978"),
            ("05_opinion.txt", "inconsistent", "December 1978"),
            ("05_opinion.txt", "inconsistent", "24"),
        ],
    );
}

/// Round 113 (written blind): the Summerland fire on the Isle of Man, 2 August 1973. All 15
/// planted errors are found, and nothing else (the wire's dateline, "DOUGLAS, Isle of Man, 2
/// August 2023 (PA) —", was no dateline while a place could hold no word in lower case, and "laid
/// 20 years ago" had no date).
#[test]
fn summerland_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "summerland",
        &[
            ("01_wire.txt", "fact-mismatch", "120"),
            ("01_wire.txt", "inconsistent", "120"),
            ("01_wire.txt", "fact-mismatch", "20 years ago"),
            ("01_wire.txt", "inconsistent", "20 years ago"),
            ("02_explainer.md", "fact-mismatch", "May 1972"),
            ("02_explainer.md", "inconsistent", "May 1972"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Friday, 2 August 1973",
            ),
            ("02_explainer.md", "fact-mismatch", "45 minutes"),
            ("02_explainer.md", "inconsistent", "45 minutes"),
            ("02_explainer.md", "acronym-mismatch", "BRE"),
            ("03_timeline.txt", "inconsistent", "11"),
            ("03_timeline.txt", "invalid-date", "31 September 1973"),
            ("03_timeline.txt", "fact-mismatch", "May 1975"),
            ("03_timeline.txt", "inconsistent", "May 1975"),
            ("04_feature.md", "fact-mismatch", "4 million"),
            ("04_feature.md", "inconsistent", "4 million"),
            ("04_feature.md", "fact-mismatch", "about 5 per cent"),
            ("04_feature.md", "inconsistent", "about 5 per cent"),
            ("04_feature.md", "wrong-name", "Fire Brigade Union"),
            ("04_feature.md", "fact-mismatch", "2009"),
            ("04_feature.md", "inconsistent", "2009"),
            ("05_opinion.txt", "fact-mismatch", "nearly 70"),
            ("05_opinion.txt", "inconsistent", "nearly 70"),
            ("05_opinion.txt", "anachronism", "2004"),
        ],
    );
}

/// Regression (round 116): "… since Hurricane Katrina. That storm made
/// landfall on Aug. 29, 2005" was read as Hurricane Sandy's landfall
/// ("storm" a generic name of Sandy's, "landfall" a context word). A
/// generic name after "that" or "this" refers back to the other of its
/// kind named just before it; where the sentence before names the
/// subject, it is the subject's.
#[test]
fn that_storm_refers_back_to_the_storm_named_before() {
    let rules = pack("sandy");
    let text = |named: &str| {
        check_text(
            &rules,
            &format!(
                "MIAMI, Sept 10, 2013 (Reuters) — A tropical storm drifted north on Tuesday.\n\n\
                 New Orleans opened two shelters, a point residents watch closely since \
                 {named}. That storm made landfall on Aug. 29, 2005, and flooded the city.\n"
            ),
        )
    };
    assert_eq!(text("Hurricane Katrina"), []);
    assert_eq!(
        text("Hurricane Sandy"),
        owned(&[("t.txt", "fact-mismatch", "Aug. 29, 2005")])
    );
}

/// Regression (round 106, news): "the discovery was announced on Feb. 11,
/// 2016, and Rainer Weiss, Barry Barish and Kip Thorne shared the 2017
/// Nobel prize in physics for it" dated the announcement of Mandela's Nobel
/// Peace Prize of 1993 ("Nobel prize" an alias). A name that a year of
/// another time modifies ("the 2017 Nobel prize") is another of its kind;
/// a year of the subject's own time ("the 1993 Nobel prize") names it.
#[test]
fn a_name_a_year_of_another_time_modifies_is_another_of_its_kind() {
    let rules = pack("mandela");
    let text = |year: &str| {
        check_markdown(
            &rules,
            &format!(
                "---\ndate: 2024-05-21\n---\n\nThe discovery was announced on Feb. 11, 2016, \
                 and three physicists shared the {year} Nobel prize for it.\n"
            ),
        )
    };
    assert_eq!(text("2017"), []);
    assert_eq!(
        text("1993"),
        owned(&[
            ("t.md", "fact-mismatch", "Feb. 11, 2016"),
            ("t.md", "inconsistent", "Feb. 11, 2016"),
        ])
    );
}

/// Regression (round 122, news): "… lost GM's Moraine assembly plant in
/// December 2008 and thousands of jobs since Delphi filed for Chapter 11
/// in October 2005" dated GM's bankruptcy. A cue that is the object of a
/// past verb ("filed for Chapter 11") is that verb's doing, and a name of
/// the subject in a clause before the conjunction that opens the doer's
/// ("since Delphi filed") is not what the doer did it to; with GM as the
/// doer, the date is GM's filing.
#[test]
fn a_strangers_filing_in_a_clause_of_its_own_is_the_strangers() {
    let rules = pack("flint");
    let text = |doer: &str| {
        check_text(
            &rules,
            &format!(
                "DAYTON, Ohio, March 9, 2010 (Reuters) — A maker of axles said on Tuesday it \
                 would cut 640 jobs.\n\n\
                 The cuts are another blow to a region that lost GM's Moraine assembly plant \
                 in December 2008 and thousands of jobs since {doer} filed for Chapter 11 in \
                 October 2005.\n"
            ),
        )
    };
    assert_eq!(text("Delphi"), []);
    assert_eq!(
        text("GM"),
        owned(&[("t.txt", "fact-mismatch", "October 2005")])
    );
}

/// Regression (a first version of round 121's semicolon rule): "28
/// September 2023 — Evergrande says Hui is subject to mandatory measures;
/// he had been detained earlier in the month", in a timeline updated in
/// March 2024, read "earlier in the month" as March 2024. A date relative
/// to the article, in a timeline's entry of another day, is relative to
/// the entry's date, which the resolver does not know: it claims nothing.
/// In an entry of the article's own day it is read as before.
#[test]
fn a_relative_date_in_an_entry_of_another_day_claims_nothing() {
    let rules = pack("evergrande");
    let text = |dated: &str, entry: &str| {
        check_text(
            &rules,
            &format!(
                "Evergrande: the key dates\nBusiness desk | Updated {dated}\n\n\
                 {entry} — Evergrande says Hui Ka Yan is subject to mandatory measures; he \
                 had been detained earlier in the month.\n"
            ),
        )
    };
    assert_eq!(text("19 March 2024", "28 September 2023"), []);
    assert_eq!(
        text("5 October 2023", "5 October 2023"),
        owned(&[("t.txt", "fact-mismatch", "earlier in the month")])
    );
}

/// Regression (round 110, news): "Thursday's quake was among the strongest
/// to hit the Iwate coast this year", in an article of 2017, dated the
/// Tohoku earthquake of 2011 to 2017. "This year", "this month" or "this
/// week" is the present: claimed of a subject whose time ended more than
/// a year before it, it tells of another event. Within a year, "this year"
/// is still checked.
#[test]
fn this_year_is_no_date_of_a_subject_long_past() {
    let rules = pack("tohoku");
    let text = |dated: &str| {
        check_markdown(
            &rules,
            &format!(
                "---\ndate: {dated}\n---\n\nThe region is still rebuilding after the \
                 magnitude 9.0 earthquake of March 11, 2011. Thursday's quake was among the \
                 strongest to hit the Iwate coast this year, the agency said.\n"
            ),
        )
    };
    assert_eq!(text("2017-09-14"), []);
    assert_eq!(
        text("2012-02-01"),
        owned(&[("t.md", "fact-mismatch", "this year")])
    );
}

/// Regression (round 124, news): "Eurostar … said on Wednesday it carried a
/// record 3.87 million passengers in the first half of the year, … as more
/// travellers between London and Paris turned their backs on short-haul
/// flights", in 2006, dated the peak of the heatwave of 2003 in Paris
/// ("Paris" an alias). A sentence of the day's news keeps a subject long
/// past only where it names it, and a name after a preposition of place
/// ("between London and Paris", "in the southern Caribbean") says where
/// the news happened.
#[test]
fn a_place_named_in_the_days_news_is_where_it_happened() {
    let rules = pack("heatwave");
    let text = |when: &str, place: &str| {
        check_text(
            &rules,
            &format!(
                "LONDON, July 19, 2006 (Reuters) — Eurostar said{when} that temperatures \
                 {place} peaked in the first half of the year.\n"
            ),
        )
    };
    assert_eq!(text(" on Wednesday", "between London and Paris"), []);
    assert_eq!(text(" on Wednesday", "in Paris"), []);
    // (not the day's news: the sentence is read as it was)
    assert_eq!(
        text("", "between London and Paris"),
        owned(&[("t.txt", "fact-mismatch", "the first half of the year")])
    );
}

/// Regression (round 124, news): "A cruise ship … docked at Port
/// Everglades early on Thursday after an outbreak … sickened 174 people
/// during a ten-night voyage in the southern Caribbean", in 2014, counted
/// Hurricane Sandy's dead in the Caribbean ("Caribbean" an alias of a
/// subject with no date of its own). The day's news holds such a subject
/// to its file's time, and "in the southern Caribbean" is a place.
#[test]
fn the_days_news_holds_a_subject_without_dates_to_its_files_time() {
    let rules = pack("sandy");
    let text = |when: &str| {
        check_markdown(
            &rules,
            &format!(
                "---\ndate: 2014-03-27\n---\n\nA cruise ship docked at Port Everglades{when} \
                 after an outbreak of illness killed 174 people during a voyage in the \
                 southern Caribbean.\n"
            ),
        )
    };
    assert_eq!(text(" early on Thursday"), []);
    assert_eq!(text(""), owned(&[("t.md", "fact-mismatch", "174")]));
}

/// Regression (round 121, a planted error missed): "Rescuers in the tunnel
/// worked in heat of more than 45C; it took almost 20 hours to free the
/// last of the injured". Clauses joined by a semicolon are sentences of
/// their own, and one that opens with a pronoun stands for what the clause
/// before it named, as a sentence does; one with a subject of its own
/// ("the team") does not.
#[test]
fn a_clause_after_a_semicolon_that_opens_with_a_pronoun_continues() {
    let rules = pack("moorgate");
    let text = |joined: &str| {
        check_markdown(
            &rules,
            &format!(
                "---\ndate: 2025-02-28\n---\n\nThe Moorgate crash killed 43 people.\n\n\
                 Rescuers in the tunnel worked in heat of more than 45C{joined} almost 20 \
                 hours to free the last of the injured.\n"
            ),
        )
    };
    assert_eq!(
        text("; it took"),
        owned(&[("t.md", "fact-mismatch", "almost 20 hours")])
    );
    assert_eq!(text("; the team took"), []);
}

/// Regression (round 125): "Alvin … found the lost bomb on 17 March 1966
/// …, but it took almost three more weeks … to bring it to the surface"
/// was read as the length of the whole search. A time added to another
/// ("three more weeks", "another two days") is no length of anything's
/// own; "about three weeks" still is.
#[test]
fn a_time_added_to_another_is_no_length_of_its_own() {
    let rules = pack("palomares");
    let text = |took: &str| {
        check_markdown(
            &rules,
            &format!(
                "---\ndate: 2021-01-16\n---\n\nAlvin found the lost bomb off Palomares on 17 \
                 March 1966, but it took {took} to bring it to the surface.\n"
            ),
        )
    };
    assert_eq!(text("almost three more weeks"), []);
    assert_eq!(
        text("about three weeks"),
        owned(&[("t.md", "fact-mismatch", "about three weeks")])
    );
}

/// Regression (round 116): "Nokia's 3310 handset, released in 2000, sold
/// about 126 million units, … five years after Apple unveiled the iPhone on
/// 9 January 2007" dated the iPhone's release 2000. A past form set off by
/// a comma after a noun that a name the rule file knows nothing of owns is
/// that owner's doing, whatever else the sentence names; an owner the file
/// knows ("Apple's") leaves it as it was.
#[test]
fn a_phrase_after_a_strangers_noun_is_the_strangers() {
    let rules = pack("iphone");
    let text = |owner: &str| {
        check_text(
            &rules,
            &format!(
                "ESPOO, Finland, 24 February 2026 — A start-up launched a phone on Tuesday.\n\n\
                 {owner} 3310 handset, released in 2000, sold about 126 million units, \
                 five years before Apple unveiled the iPhone on 9 January 2007.\n"
            ),
        )
    };
    assert_eq!(text("Nokia's"), []);
    assert_eq!(
        text("Apple's"),
        owned(&[("t.txt", "fact-mismatch", "2000")])
    );
}

/// Regression (round 116): "after Lance Armstrong was stripped of his seven
/// Tour de France titles, won from 1999 to 2005, in October last year" read
/// the stripping's date as the wins'. A cue that opens a phrase set off by
/// commas, with a date of its own in it, leaves the date after the phrase
/// to the cue before it.
#[test]
fn a_date_after_a_set_off_phrase_is_not_its_cues() {
    let rules = pack("armstrong");
    let text = |titles: &str, won: &str| {
        check_markdown(
            &rules,
            &format!(
                "---\ndate: 2013-09-15\n---\n\nThe sponsor insisted on a new anti-doping clause \
                 after Lance Armstrong was stripped of his {titles}, won {won}, in October \
                 last year.\n"
            ),
        )
    };
    assert_eq!(text("seven Tour de France titles", "from 1999 to 2005"), []);
    // (the phrase's own date is still the wins': only that one is wrong)
    assert_eq!(
        text("first Tour de France title", "in 1997"),
        owned(&[("t.md", "fact-mismatch", "1997")])
    );
}

/// Regression (round 116): "Hurricane Andrew, a Category 5 storm, hit
/// south Florida on Aug. 24, 1992, and … was the costliest hurricane in
/// U.S. history, until Katrina" dated Katrina's landfall. The doer read
/// past an apposition is another of the subject's kind, named by its
/// title: what it did is its own, whatever else the sentence names.
#[test]
fn what_another_of_the_kind_did_is_its_own() {
    let rules = pack("anniversaries");
    let text = |storm: &str| {
        check_text(
            &rules,
            &format!(
                "MIAMI, Sept 10, 2013 (Reuters) — Insurers remain wary of late-season storms.\n\n\
                 {storm}, a Category 5 storm, hit south Florida on Aug. 24, 1992, and for more \
                 than a decade was the costliest hurricane in U.S. history, until Katrina.\n"
            ),
        )
    };
    assert_eq!(text("Hurricane Andrew"), []);
    assert_eq!(
        text("Hurricane Katrina"),
        owned(&[("t.txt", "fact-mismatch", "Aug. 24, 1992")])
    );
}

/// Regression (round 118): "A Delta 2 rocket carrying a $214 million NASA
/// observatory … lifted off at 6:52 a.m. today", in 1995, was read as the
/// Hubble telescope's launch of 1990. A claim of the article's own day,
/// said as "today", is the day's news, not a subject whose time ended long
/// before. (A weekday or "yesterday" claimed of such a subject is still a
/// wrong relative date: `a_weekday_after_a_and_an_adjective_is_some_such_day`.)
#[test]
fn a_claim_of_the_articles_own_day_is_the_days_news() {
    let rules = pack("hubble");
    let text = |when: &str| {
        check_text(
            &rules,
            &format!(
                "CAPE CANAVERAL, Fla., Aug. 9, 1995 (AP) — A Delta 2 rocket carrying a \
                 $214 million NASA observatory lifted off at {when} after two days of delays.\n"
            ),
        )
    };
    assert_eq!(text("6:52 a.m. today"), []);
    assert_eq!(
        text("6:52 a.m. on 9 August 1995"),
        owned(&[("t.txt", "fact-mismatch", "9 August 1995")])
    );
}

/// Round 115 (written blind): the collapse of Barings Bank, February 1995. All 15 planted
/// errors are found, and nothing else.
#[test]
fn barings_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "barings",
        &[
            ("01_wire.txt", "fact-mismatch", "20 February"),
            ("01_wire.txt", "inconsistent", "20 February"),
            (
                "01_wire.txt",
                "wrong-name",
                "Singapore International Mercantile Exchange",
            ),
            ("01_wire.txt", "anachronism", "28 February 1996"),
            ("02_explainer.md", "acronym-mismatch", "FSA"),
            ("02_explainer.md", "fact-mismatch", "nearly 5,000"),
            ("02_explainer.md", "inconsistent", "nearly 5,000"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Saturday 24 February 1995",
            ),
            ("02_explainer.md", "fact-mismatch", "872 million"),
            ("02_explainer.md", "inconsistent", "872 million"),
            ("03_timeline.txt", "invalid-date", "29 February 1995"),
            ("03_timeline.txt", "fact-mismatch", "4 March 1995"),
            ("03_timeline.txt", "inconsistent", "4 March 1995"),
            ("03_timeline.txt", "fact-mismatch", "eight and a half years"),
            ("04_feature.md", "fact-mismatch", "1772"),
            ("04_feature.md", "inconsistent", "1772"),
            ("04_feature.md", "fact-mismatch", "about 10%"),
            ("04_feature.md", "fact-mismatch", "560 million"),
            ("04_feature.md", "inconsistent", "560 million"),
            ("05_opinion.txt", "inconsistent", "about 16,000"),
            ("05_opinion.txt", "fact-mismatch", "20 years ago"),
            ("05_opinion.txt", "inconsistent", "20 years ago"),
        ],
    );
}

/// Round 115 (written blind): Bob Beamon's long jump of 8.90 metres, 18 October 1968. All 15 planted
/// errors are found, and nothing else.
#[test]
fn beamon_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "beamon",
        &[
            ("01_wire.txt", "fact-mismatch", "45"),
            ("01_wire.txt", "inconsistent", "45"),
            ("01_wire.txt", "anachronism", "2019"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Saturday, 18 October 1968",
            ),
            ("02_explainer.md", "fact-mismatch", "21 years"),
            ("03_timeline.txt", "fact-mismatch", "2,340"),
            ("03_timeline.txt", "fact-mismatch", "17 October 1968"),
            ("03_timeline.txt", "inconsistent", "17 October 1968"),
            ("04_feature.md", "fact-mismatch", "more than 120"),
            ("04_feature.md", "inconsistent", "more than 120"),
            ("04_feature.md", "invalid-date", "31 September 1968"),
            (
                "04_feature.md",
                "wrong-name",
                "United States Olympic Commission",
            ),
            ("04_feature.md", "inconsistent", "45 minutes"),
            ("04_feature.md", "fact-mismatch", "1964"),
            ("05_opinion.txt", "fact-mismatch", "24 years ago today"),
            ("05_opinion.txt", "inconsistent", "24 years ago today"),
            ("05_opinion.txt", "fact-mismatch", "56"),
            ("05_opinion.txt", "inconsistent", "56"),
            ("05_opinion.txt", "fact-mismatch", "7.6 per cent"),
            ("05_opinion.txt", "inconsistent", "7.6 per cent"),
            ("05_opinion.txt", "acronym-mismatch", "IAAF"),
        ],
    );
}

/// Round 115 (written blind): the Buncefield oil depot explosion, 11 December 2005. All 14 planted
/// errors are found, and nothing else.
#[test]
fn buncefield_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "buncefield",
        &[
            ("01_wire.txt", "fact-mismatch", "nearly 60"),
            ("01_wire.txt", "inconsistent", "nearly 60"),
            ("01_wire.txt", "fact-mismatch", "1.75 million"),
            ("01_wire.txt", "invalid-date", "31 November 2009"),
            ("02_explainer.md", "fact-mismatch", "nine days"),
            ("02_explainer.md", "fact-mismatch", "70 per cent"),
            (
                "02_explainer.md",
                "wrong-name",
                "Major Accident Investigation Board",
            ),
            ("03_timeline.txt", "fact-mismatch", "87"),
            ("03_timeline.txt", "inconsistent", "87"),
            ("03_timeline.txt", "fact-mismatch", "20 March 2008"),
            ("03_timeline.txt", "inconsistent", "20 March 2008"),
            ("04_feature.md", "fact-mismatch", "some £450 million"),
            ("04_feature.md", "fact-mismatch", "last November"),
            ("04_feature.md", "inconsistent", "last November"),
            ("04_feature.md", "anachronism", "September 2009"),
            (
                "05_opinion.txt",
                "weekday-mismatch",
                "Saturday 11 December 2005",
            ),
            ("05_opinion.txt", "inconsistent", "200"),
            ("05_opinion.txt", "acronym-mismatch", "PBA"),
        ],
    );
}

/// Round 115 (written blind): the Eschede derailment of ICE 884, 3 June 1998. All 15 planted
/// errors are found, and nothing else.
#[test]
fn eschede_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "eschede",
        &[
            ("01_wire.txt", "weekday-mismatch", "Thursday, June 3, 1998"),
            ("01_wire.txt", "fact-mismatch", "more than 110"),
            ("01_wire.txt", "inconsistent", "more than 110"),
            ("01_wire.txt", "fact-mismatch", "August 2001"),
            ("01_wire.txt", "inconsistent", "August 2001"),
            ("02_explainer.md", "acronym-mismatch", "BEA"),
            ("02_explainer.md", "fact-mismatch", "nearly two years"),
            ("02_explainer.md", "fact-mismatch", "May 2002"),
            ("02_explainer.md", "inconsistent", "May 2002"),
            ("03_timeline.txt", "fact-mismatch", "1 January 1993"),
            ("03_timeline.txt", "inconsistent", "1 January 1993"),
            ("03_timeline.txt", "invalid-date", "31 June 1998"),
            ("04_feature.md", "fact-mismatch", "4 June 1998"),
            ("04_feature.md", "inconsistent", "4 June 1998"),
            ("04_feature.md", "fact-mismatch", "98"),
            ("04_feature.md", "inconsistent", "98"),
            ("04_feature.md", "anachronism", "9 October 2008"),
            ("05_opinion.txt", "wrong-name", "Deutsche Bundesbahn AG"),
            ("05_opinion.txt", "fact-mismatch", "30 years ago"),
            ("05_opinion.txt", "inconsistent", "30 years ago"),
            ("05_opinion.txt", "inconsistent", "35 days"),
            ("05_opinion.txt", "fact-mismatch", "60 per cent"),
            ("05_opinion.txt", "inconsistent", "60 per cent"),
        ],
    );
}

/// Round 117 (written blind): Black Wednesday, the pound's exit from the ERM, 16 September 1992. All 15 planted
/// errors are found, and nothing else.
#[test]
fn blackwednesday_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "blackwednesday",
        &[
            ("01_wire.txt", "fact-mismatch", "October 1989"),
            ("01_wire.txt", "inconsistent", "October 1989"),
            ("02_explainer.md", "fact-mismatch", "3.8 billion"),
            ("02_explainer.md", "inconsistent", "3.8 billion"),
            ("02_explainer.md", "fact-mismatch", "three and a half years"),
            ("02_explainer.md", "inconsistent", "three and a half years"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Thursday 16 October 1992",
            ),
            ("03_timeline.txt", "fact-mismatch", "25 November 1995"),
            ("04_feature.md", "fact-mismatch", "about $1 billion"),
            ("04_feature.md", "inconsistent", "about $1 billion"),
            ("04_feature.md", "fact-mismatch", "18 months"),
            ("04_feature.md", "inconsistent", "18 months"),
            ("04_feature.md", "fact-mismatch", "29 September"),
            ("04_feature.md", "inconsistent", "29 September"),
            ("04_feature.md", "invalid-date", "31 September 1992"),
            (
                "04_feature.md",
                "wrong-name",
                "Confederation of British Industries",
            ),
            ("05_opinion.txt", "inconsistent", "17 billion"),
            ("05_opinion.txt", "fact-mismatch", "2.25 per cent"),
            ("05_opinion.txt", "inconsistent", "2.25 per cent"),
            ("05_opinion.txt", "fact-mismatch", "18 years ago"),
            ("05_opinion.txt", "inconsistent", "18 years ago"),
            ("05_opinion.txt", "acronym-mismatch", "BCC"),
            ("05_opinion.txt", "anachronism", "July 2023"),
        ],
    );
}

/// Round 117 (written blind): the King's Cross Underground fire, 18 November 1987. All 14 planted
/// errors are found, and nothing else.
#[test]
fn kingscross_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "kingscross",
        &[
            ("01_wire.txt", "fact-mismatch", "nearly 40"),
            ("01_wire.txt", "inconsistent", "nearly 40"),
            ("01_wire.txt", "wrong-name", "London Fire Department"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Thursday 18 November 1987",
            ),
            ("02_explainer.md", "fact-mismatch", "1 March 1988"),
            ("02_explainer.md", "inconsistent", "1 March 1988"),
            ("02_explainer.md", "fact-mismatch", "175"),
            ("02_explainer.md", "inconsistent", "175"),
            ("02_explainer.md", "acronym-mismatch", "LUL"),
            ("03_timeline.txt", "fact-mismatch", "24 July 1988"),
            ("03_timeline.txt", "inconsistent", "24 July 1988"),
            ("03_timeline.txt", "invalid-date", "31 September 1988"),
            ("04_feature.md", "fact-mismatch", "25 years ago"),
            ("04_feature.md", "inconsistent", "25 years ago"),
            ("04_feature.md", "fact-mismatch", "roughly 31 per cent"),
            ("04_feature.md", "fact-mismatch", "14 years"),
            ("04_feature.md", "inconsistent", "14 years"),
            ("04_feature.md", "inconsistent", "3 February 2004"),
            ("05_opinion.txt", "anachronism", "21 May 2019"),
            ("05_opinion.txt", "inconsistent", "about 50"),
            ("05_opinion.txt", "fact-mismatch", "November 1989"),
            ("05_opinion.txt", "inconsistent", "November 1989"),
        ],
    );
}

/// Round 117 (written blind): Valentina Tereshkova's flight on Vostok 6, 16-19 June 1963. All 15 planted
/// errors are found, and nothing else.
#[test]
fn tereshkova_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "tereshkova",
        &[
            ("01_wire.txt", "fact-mismatch", "24"),
            ("01_wire.txt", "inconsistent", "24"),
            (
                "01_wire.txt",
                "wrong-name",
                "National Aeronautics and Space Agency",
            ),
            ("02_explainer.md", "fact-mismatch", "40 per cent"),
            ("02_explainer.md", "invalid-date", "31 June 1963"),
            ("02_explainer.md", "anachronism", "7 February 2014"),
            ("03_timeline.txt", "fact-mismatch", "15 June 1963"),
            ("03_timeline.txt", "inconsistent", "15 June 1963"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Tuesday, 19 June 1963",
            ),
            ("03_timeline.txt", "fact-mismatch", "17 July 1984"),
            ("04_feature.md", "fact-mismatch", "41 years ago today"),
            ("04_feature.md", "inconsistent", "41 years ago today"),
            ("04_feature.md", "inconsistent", "more than 150"),
            ("04_feature.md", "fact-mismatch", "18 June 1982"),
            ("04_feature.md", "inconsistent", "18 June 1982"),
            ("05_opinion.txt", "fact-mismatch", "more than 60"),
            ("05_opinion.txt", "inconsistent", "more than 60"),
            ("05_opinion.txt", "fact-mismatch", "nearly five days"),
            ("05_opinion.txt", "inconsistent", "nearly five days"),
            ("05_opinion.txt", "fact-mismatch", "22 June 1963"),
            ("05_opinion.txt", "inconsistent", "22 June 1963"),
            ("05_opinion.txt", "acronym-mismatch", "IAF"),
        ],
    );
}

/// Round 117 (written blind): the failure of the Teton Dam, 5 June 1976. All 15 planted
/// errors are found, and nothing else.
#[test]
fn teton_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "teton",
        &[
            ("01_wire.txt", "fact-mismatch", "350"),
            ("01_wire.txt", "inconsistent", "350"),
            ("01_wire.txt", "anachronism", "June 16, 1976"),
            ("02_explainer.md", "acronym-mismatch", "USGS"),
            ("02_explainer.md", "fact-mismatch", "nearly 20"),
            ("02_explainer.md", "inconsistent", "nearly 20"),
            ("02_explainer.md", "fact-mismatch", "January 1977"),
            ("02_explainer.md", "inconsistent", "January 1977"),
            ("03_timeline.txt", "fact-mismatch", "September 7, 1963"),
            ("03_timeline.txt", "inconsistent", "September 7, 1963"),
            ("03_timeline.txt", "invalid-date", "June 31, 1976"),
            ("03_timeline.txt", "fact-mismatch", "September 17, 1976"),
            ("03_timeline.txt", "inconsistent", "September 17, 1976"),
            (
                "03_timeline.txt",
                "wrong-name",
                "Bureau of Land Reclamation",
            ),
            ("04_feature.md", "fact-mismatch", "June 6, 1976"),
            ("04_feature.md", "inconsistent", "June 6, 1976"),
            ("04_feature.md", "inconsistent", "about 4,000"),
            ("04_feature.md", "fact-mismatch", "an estimated 40 percent"),
            ("04_feature.md", "inconsistent", "an estimated 40 percent"),
            ("05_opinion.txt", "fact-mismatch", "50 years ago"),
            ("05_opinion.txt", "inconsistent", "50 years ago"),
            ("05_opinion.txt", "weekday-mismatch", "Sunday, June 5, 1976"),
            ("05_opinion.txt", "fact-mismatch", "seven years"),
        ],
    );
}

/// Regression (round 114, with round 117's King's Cross pack): "The public
/// inquiry into the King's Cross fire, in which 31 people died last
/// November, finished hearing evidence this summer", after a sentence on
/// the Herald of Free Enterprise, read 31 as the ferry's toll; and with the
/// King's Cross rules, "this summer" as the fire's date, through the
/// clause's "died". A figure in a relative clause set off after a noun that
/// a name the rules know nothing of owns is that noun's; a date after a
/// set-off clause that holds a date of its own is not the clause's cue's.
#[test]
fn a_relative_clause_after_a_strangers_noun_is_the_strangers() {
    let text = |rules: &RuleSet, fire: &str, deaths: &str| {
        check_text(
            rules,
            &format!(
                "LONDON, 10 October 1988 (Reuters) — An inquest jury returned verdicts on \
                 the victims of the Herald of Free Enterprise, the ferry that capsized off \
                 Zeebrugge in March 1987 with the loss of 193 lives. The public inquiry into \
                 {fire}, in which {deaths} people died last November, finished hearing \
                 evidence this summer.\n"
            ),
        )
    };
    let herald = pack("herald");
    assert_eq!(text(&herald, "the King's Cross fire", "31"), []);
    // (an owner the Herald's rules know: the ferry's toll)
    assert_eq!(
        text(&herald, "Townsend Thoresen's ferry", "31")
            .iter()
            .filter(|f| f.1 == "fact-mismatch")
            .count(),
        1
    );
    let kingscross = pack("kingscross");
    assert_eq!(text(&kingscross, "the King's Cross fire", "31"), []);
    assert_eq!(
        text(&kingscross, "the King's Cross fire", "41"),
        owned(&[("t.txt", "fact-mismatch", "41")])
    );
}

/// Regression (round 98): "The Queensway tunnel under the Mersey, opened
/// by King George V on 18 July 1934, is about 3.2 kilometres long, and the
/// Channel Tunnel …" dated the Channel Tunnel's opening 1934. A name the
/// rules know nothing of, written right before a generic name of theirs in
/// lower case ("Queensway tunnel"), names another of the kind, and what is
/// set off after it is that one's; a name the rules know ("Channel") leaves
/// it the subject's.
#[test]
fn a_phrase_after_another_named_one_of_the_kind_is_its_own() {
    let rules = pack("chunnel");
    let text = |tunnel: &str| {
        check_text(
            &rules,
            &format!(
                "By Tom Whitley | 10 February 2026\n\nAshcombe's tunnel is modest beside the \
                 better-known crossings. {tunnel}, opened by King George V on 18 July 1934, is \
                 long, and the Channel Tunnel runs for about 50 kilometres.\n"
            ),
        )
    };
    assert_eq!(text("The Queensway tunnel under the Mersey"), []);
    assert_eq!(
        text("The Channel tunnel"),
        owned(&[("t.txt", "fact-mismatch", "18 July 1934")])
    );
}

/// Regression (round 120): "the 11-year, three-month sentence imposed in
/// November 2022 on Elizabeth Holmes" read "three-month" as her sentence.
/// A compound adjective that another follows after a comma is one
/// duration.
#[test]
fn two_compound_adjectives_are_one_duration() {
    let rules = pack("theranos");
    let text = |months: &str| {
        check_markdown(
            &rules,
            &format!(
                "---\ndate: 2026-02-17\n---\n\nShe also referred to the 11-year, {months} \
                 sentence imposed in November 2022 on Elizabeth Holmes, the founder of \
                 Theranos.\n"
            ),
        )
    };
    assert_eq!(text("three-month"), []);
    assert_eq!(
        text("nine-month"),
        owned(&[("t.md", "fact-mismatch", "11-year, nine-month")])
    );
}

/// Round 119 (written blind): the Bam earthquake, 26 December 2003. All 15 planted
/// errors are found, and nothing else.
#[test]
fn bam_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "bam",
        &[
            ("01_wire.txt", "fact-mismatch", "About 40 per cent"),
            ("01_wire.txt", "inconsistent", "About 40 per cent"),
            ("01_wire.txt", "acronym-mismatch", "UNDAC"),
            ("02_explainer.md", "fact-mismatch", "25 December 2003"),
            ("02_explainer.md", "inconsistent", "25 December 2003"),
            ("02_explainer.md", "fact-mismatch", "7.6"),
            ("02_explainer.md", "inconsistent", "7.6"),
            (
                "02_explainer.md",
                "wrong-name",
                "United States Geographical Survey",
            ),
            ("03_timeline.txt", "fact-mismatch", "18 January 2004"),
            ("03_timeline.txt", "inconsistent", "18 January 2004"),
            ("03_timeline.txt", "invalid-date", "31 April 2004"),
            ("03_timeline.txt", "fact-mismatch", "June 2012"),
            ("03_timeline.txt", "inconsistent", "June 2012"),
            ("04_feature.md", "fact-mismatch", "eleven years ago"),
            ("04_feature.md", "inconsistent", "eleven years ago"),
            ("04_feature.md", "fact-mismatch", "13.1 million"),
            ("04_feature.md", "inconsistent", "13.1 million"),
            ("04_feature.md", "anachronism", "September 2013"),
            (
                "05_opinion.txt",
                "weekday-mismatch",
                "Thursday, 26 December 2003",
            ),
            ("05_opinion.txt", "fact-mismatch", "nearly 20,000"),
            ("05_opinion.txt", "inconsistent", "nearly 20,000"),
            ("05_opinion.txt", "inconsistent", "15,000"),
            ("05_opinion.txt", "fact-mismatch", "60-day"),
            ("05_opinion.txt", "inconsistent", "60-day"),
        ],
    );
}

/// Round 119 (written blind): the crash of Air New Zealand Flight 901 on Mount Erebus, 28 November 1979. All 15 planted
/// errors are found, and nothing else.
#[test]
fn erebus_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "erebus",
        &[
            ("01_wire.txt", "fact-mismatch", "46 years ago"),
            ("01_wire.txt", "inconsistent", "46 years ago"),
            ("01_wire.txt", "fact-mismatch", "227"),
            ("01_wire.txt", "inconsistent", "227"),
            ("01_wire.txt", "anachronism", "October 2029"),
            ("02_explainer.md", "fact-mismatch", "91 per cent"),
            ("02_explainer.md", "acronym-mismatch", "AAIB"),
            ("02_explainer.md", "fact-mismatch", "57 days"),
            ("02_explainer.md", "inconsistent", "57 days"),
            ("03_timeline.txt", "fact-mismatch", "15 February 1978"),
            ("03_timeline.txt", "invalid-date", "31 November 1979"),
            (
                "03_timeline.txt",
                "wrong-name",
                "National Transport Safety Board",
            ),
            ("03_timeline.txt", "fact-mismatch", "20 October 1984"),
            ("03_timeline.txt", "inconsistent", "20 October 1984"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Thursday, 28 November 1979",
            ),
            ("04_feature.md", "inconsistent", "25"),
            ("04_feature.md", "fact-mismatch", "3,974"),
            ("04_feature.md", "fact-mismatch", "more than 270"),
            ("04_feature.md", "inconsistent", "more than 270"),
            ("05_opinion.txt", "fact-mismatch", "30 years"),
            ("05_opinion.txt", "inconsistent", "30 years"),
        ],
    );
}

/// Round 119 (written blind): the Ramstein air show disaster, 28 August 1988. All 14 planted
/// errors are found, and nothing else.
#[test]
fn ramstein_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "ramstein",
        &[
            ("01_wire.txt", "fact-mismatch", "72"),
            ("01_wire.txt", "inconsistent", "72"),
            ("01_wire.txt", "acronym-mismatch", "PNA"),
            ("02_explainer.md", "fact-mismatch", "27 August 1988"),
            ("02_explainer.md", "fact-mismatch", "five years"),
            ("02_explainer.md", "inconsistent", "five years"),
            ("02_explainer.md", "wrong-name", "Federal Aviation Agency"),
            ("03_timeline.txt", "fact-mismatch", "1 March 1964"),
            ("03_timeline.txt", "inconsistent", "1 March 1964"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Saturday, 28 August 1988",
            ),
            ("03_timeline.txt", "fact-mismatch", "about 150,000"),
            ("04_feature.md", "fact-mismatch", "40 per cent"),
            ("04_feature.md", "inconsistent", "40"),
            ("04_feature.md", "anachronism", "May 2018"),
            ("05_opinion.txt", "fact-mismatch", "38 years ago this week"),
            ("05_opinion.txt", "inconsistent", "38 years ago this week"),
            ("05_opinion.txt", "fact-mismatch", "Sixty-four"),
            ("05_opinion.txt", "inconsistent", "Sixty-four"),
            ("05_opinion.txt", "invalid-date", "31 September 1988"),
        ],
    );
}

/// Round 119 (written blind): the Sea Empress oil spill at Milford Haven, February 1996. All 14 planted
/// errors are found, and nothing else.
#[test]
fn seaempress_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "seaempress",
        &[
            ("01_wire.txt", "fact-mismatch", "Four years ago"),
            ("01_wire.txt", "inconsistent", "Four years ago"),
            ("01_wire.txt", "fact-mismatch", "more than 100,000"),
            ("01_wire.txt", "inconsistent", "more than 100,000"),
            ("02_explainer.md", "fact-mismatch", "nine days"),
            ("02_explainer.md", "inconsistent", "nine days"),
            ("02_explainer.md", "fact-mismatch", "some 70 per cent"),
            ("02_explainer.md", "inconsistent", "about £40 million"),
            ("02_explainer.md", "invalid-date", "31 April 1996"),
            ("03_timeline.txt", "acronym-mismatch", "MCPU"),
            ("03_timeline.txt", "fact-mismatch", "23 February 1996"),
            ("03_timeline.txt", "inconsistent", "23 February 1996"),
            ("03_timeline.txt", "fact-mismatch", "19 January 1999"),
            ("03_timeline.txt", "inconsistent", "19 January 1999"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Friday 15 February 1996",
            ),
            ("04_feature.md", "fact-mismatch", "some 350"),
            ("04_feature.md", "inconsistent", "some 350"),
            (
                "04_feature.md",
                "wrong-name",
                "Countryside Commission for Wales",
            ),
            ("05_opinion.txt", "fact-mismatch", "14 February"),
            ("05_opinion.txt", "anachronism", "16 February 1997"),
        ],
    );
}

/// Round 121 (written blind): the Moorgate tube crash, 28 February 1975. All 15 planted errors are found
/// (the planted `inconsistent` pair is reported at its second claim, "1978"), and nothing else.
#[test]
fn moorgate_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "moorgate",
        &[
            ("01_wire.txt", "fact-mismatch", "about 450"),
            ("01_wire.txt", "inconsistent", "about 450"),
            ("01_wire.txt", "acronym-mismatch", "LFB"),
            ("01_wire.txt", "fact-mismatch", "11 years ago"),
            ("01_wire.txt", "inconsistent", "11 years ago"),
            ("02_explainer.md", "fact-mismatch", "about 25 per cent"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Tuesday, 14 April 1975",
            ),
            ("02_explainer.md", "fact-mismatch", "16"),
            ("02_explainer.md", "inconsistent", "16"),
            ("03_timeline.txt", "invalid-date", "29 February 1975"),
            ("03_timeline.txt", "fact-mismatch", "20 March 1975"),
            ("03_timeline.txt", "inconsistent", "20 March 1975"),
            ("03_timeline.txt", "fact-mismatch", "March 1977"),
            ("03_timeline.txt", "inconsistent", "March 1977"),
            ("04_feature.md", "fact-mismatch", "28 years"),
            ("04_feature.md", "anachronism", "2016"),
            ("04_feature.md", "fact-mismatch", "almost 20 hours"),
            ("04_feature.md", "inconsistent", "almost 20 hours"),
            ("04_feature.md", "inconsistent", "1978"),
            ("05_opinion.txt", "fact-mismatch", "more than 50"),
            ("05_opinion.txt", "inconsistent", "more than 50"),
            (
                "05_opinion.txt",
                "wrong-name",
                "Rail Accident Investigation Bureau",
            ),
        ],
    );
}

/// Round 121 (written blind): the collapse of Parmalat, December 2003. All 14 planted errors are found, and nothing else.
#[test]
fn parmalat_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "parmalat",
        &[
            ("01_wire.txt", "fact-mismatch", "some 26,000"),
            ("02_explainer.md", "fact-mismatch", "3.59 billion"),
            ("02_explainer.md", "inconsistent", "3.59 billion"),
            (
                "02_explainer.md",
                "wrong-name",
                "Securities Exchange Commission",
            ),
            ("02_explainer.md", "fact-mismatch", "5 December 2003"),
            ("02_explainer.md", "inconsistent", "5 December 2003"),
            ("02_explainer.md", "invalid-date", "31 September 2003"),
            ("02_explainer.md", "anachronism", "29 December 2004"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Friday, 27 December 2003",
            ),
            ("03_timeline.txt", "fact-mismatch", "8 December 2008"),
            ("03_timeline.txt", "fact-mismatch", "78.3 per cent"),
            ("04_feature.md", "inconsistent", "some 35,000"),
            ("04_feature.md", "fact-mismatch", "seven years ago"),
            ("04_feature.md", "inconsistent", "seven years ago"),
            ("04_feature.md", "fact-mismatch", "eight years"),
            ("04_feature.md", "inconsistent", "eight years"),
            ("04_feature.md", "acronym-mismatch", "PCOAB"),
            ("05_opinion.txt", "fact-mismatch", "1963"),
            ("05_opinion.txt", "inconsistent", "1963"),
        ],
    );
}

/// Round 121 (written blind): the sinking of the Andrea Doria, 25–26 July 1956. All 15 planted errors are
/// found, and nothing else.
#[test]
fn andreadoria_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "andreadoria",
        &[
            ("01_wire.txt", "fact-mismatch", "July 19"),
            ("01_wire.txt", "inconsistent", "July 19"),
            ("01_wire.txt", "weekday-mismatch", "Thursday, July 25, 1956"),
            ("01_wire.txt", "anachronism", "December 1956"),
            ("02_explainer.md", "fact-mismatch", "January 1952"),
            ("02_explainer.md", "inconsistent", "January 1952"),
            ("02_explainer.md", "fact-mismatch", "nine hours"),
            ("02_explainer.md", "inconsistent", "nine hours"),
            ("03_timeline.txt", "fact-mismatch", "Six"),
            ("03_timeline.txt", "inconsistent", "Six"),
            ("03_timeline.txt", "acronym-mismatch", "USNS"),
            ("03_timeline.txt", "fact-mismatch", "27 July 1956"),
            ("03_timeline.txt", "inconsistent", "27 July 1956"),
            ("03_timeline.txt", "invalid-date", "29 February 2026"),
            ("04_feature.md", "fact-mismatch", "70 years ago"),
            ("04_feature.md", "inconsistent", "70 years ago"),
            ("04_feature.md", "fact-mismatch", "735"),
            ("04_feature.md", "inconsistent", "735"),
            ("04_feature.md", "inconsistent", "6.4 million"),
            ("05_opinion.txt", "fact-mismatch", "more than 2,000"),
            ("05_opinion.txt", "inconsistent", "more than 2,000"),
            ("05_opinion.txt", "fact-mismatch", "99 per cent"),
            (
                "05_opinion.txt",
                "wrong-name",
                "International Marine Organization",
            ),
        ],
    );
}

/// Round 121 (written blind): the rescue of Long-Term Capital Management, 1998. All 15 planted errors are
/// found, and nothing else.
#[test]
fn ltcm_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "ltcm",
        &[
            ("01_wire.txt", "fact-mismatch", "80 per cent"),
            ("01_wire.txt", "inconsistent", "80 per cent"),
            ("01_wire.txt", "fact-mismatch", "3.5 billion"),
            ("01_wire.txt", "inconsistent", "3.5 billion"),
            ("01_wire.txt", "anachronism", "July 1999"),
            ("01_wire.txt", "wrong-name", "Long-Term Capital Markets"),
            ("02_explainer.md", "fact-mismatch", "20 per cent"),
            ("02_explainer.md", "inconsistent", "20 per cent"),
            ("02_explainer.md", "fact-mismatch", "two years"),
            ("02_explainer.md", "inconsistent", "two years"),
            ("03_timeline.txt", "fact-mismatch", "14 October 1996"),
            ("03_timeline.txt", "inconsistent", "14 October 1996"),
            ("03_timeline.txt", "fact-mismatch", "19 August 1998"),
            ("03_timeline.txt", "invalid-date", "31 September 1998"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Tuesday, 23 September 1998",
            ),
            ("04_feature.md", "fact-mismatch", "barely four years"),
            ("04_feature.md", "acronym-mismatch", "CFTC"),
            ("04_feature.md", "inconsistent", "150"),
            ("05_opinion.txt", "fact-mismatch", "Twelve years ago"),
            ("05_opinion.txt", "inconsistent", "Twelve years ago"),
            ("05_opinion.txt", "fact-mismatch", "some 20"),
            ("05_opinion.txt", "inconsistent", "some 20"),
        ],
    );
}

/// Round 123 (written blind): the Lisbon earthquake, 1 November 1755. All 15 planted errors are found, and
/// nothing else.
#[test]
fn lisbon1755_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "lisbon1755",
        &[
            ("01_wire.txt", "fact-mismatch", "6.5"),
            ("01_wire.txt", "inconsistent", "6.5"),
            (
                "01_wire.txt",
                "wrong-name",
                "United States Geological Service",
            ),
            ("01_wire.txt", "anachronism", "14 March 2026"),
            ("02_explainer.md", "fact-mismatch", "about ten minutes"),
            ("02_explainer.md", "acronym-mismatch", "ESMC"),
            ("02_explainer.md", "fact-mismatch", "about 40 per cent"),
            ("02_explainer.md", "inconsistent", "about 40 per cent"),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Sunday, 1 November 1755",
            ),
            ("03_timeline.txt", "invalid-date", "29 February 1757"),
            ("03_timeline.txt", "fact-mismatch", "12 May 1760"),
            ("03_timeline.txt", "inconsistent", "12 May 1760"),
            ("03_timeline.txt", "fact-mismatch", "8 May 1785"),
            ("03_timeline.txt", "inconsistent", "8 May 1785"),
            ("04_feature.md", "fact-mismatch", "270 years ago"),
            ("04_feature.md", "inconsistent", "270 years ago"),
            ("04_feature.md", "fact-mismatch", "1759"),
            ("05_opinion.txt", "fact-mismatch", "more than 90,000"),
            ("05_opinion.txt", "inconsistent", "more than 90,000"),
            ("05_opinion.txt", "inconsistent", "some 350,000"),
            ("05_opinion.txt", "fact-mismatch", "1761"),
            ("05_opinion.txt", "inconsistent", "1761"),
        ],
    );
}

/// Round 123 (written blind): the bombing of Air India Flight 182, 23 June 1985. All 15 planted errors are
/// found, and nothing else.
#[test]
fn airindia182_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "airindia182",
        &[
            ("01_wire.txt", "fact-mismatch", "six"),
            ("01_wire.txt", "inconsistent", "six"),
            ("01_wire.txt", "fact-mismatch", "three years ago"),
            ("01_wire.txt", "inconsistent", "three years ago"),
            ("02_explainer.md", "fact-mismatch", "24"),
            ("02_explainer.md", "fact-mismatch", "October 2001"),
            ("02_explainer.md", "inconsistent", "October 2001"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Tuesday, 16 March 2005",
            ),
            ("03_timeline.txt", "fact-mismatch", "April 2002"),
            ("03_timeline.txt", "inconsistent", "April 2002"),
            ("03_timeline.txt", "fact-mismatch", "seven years"),
            ("03_timeline.txt", "inconsistent", "seven years"),
            ("03_timeline.txt", "fact-mismatch", "14 June 2022"),
            ("03_timeline.txt", "inconsistent", "14 June 2022"),
            ("04_feature.md", "fact-mismatch", "Nearly 300"),
            ("04_feature.md", "inconsistent", "Nearly 300"),
            ("04_feature.md", "fact-mismatch", "About 60 per cent"),
            ("04_feature.md", "inconsistent", "About 60 per cent"),
            ("04_feature.md", "acronym-mismatch", "RCMP"),
            ("04_feature.md", "anachronism", "December 2016"),
            (
                "05_opinion.txt",
                "wrong-name",
                "Canadian Security and Intelligence Service",
            ),
            ("05_opinion.txt", "inconsistent", "60 million"),
            ("05_opinion.txt", "invalid-date", "31 June 2010"),
        ],
    );
}

/// Round 123 (written blind): ESA's Giotto mission to Halley's Comet, 1985–1992. All 15 planted errors
/// are found, and nothing else.
#[test]
fn giotto_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "giotto",
        &[
            ("01_wire.txt", "fact-mismatch", "some 15"),
            ("01_wire.txt", "inconsistent", "some 15"),
            (
                "02_explainer.md",
                "fact-mismatch",
                "Forty years ago this week",
            ),
            (
                "02_explainer.md",
                "inconsistent",
                "Forty years ago this week",
            ),
            ("02_explainer.md", "fact-mismatch", "9 March 1986"),
            ("02_explainer.md", "inconsistent", "9 March 1986"),
            ("02_explainer.md", "inconsistent", "about 1,500"),
            ("02_explainer.md", "fact-mismatch", "about 14 per cent"),
            ("03_timeline.txt", "fact-mismatch", "2 April 1987"),
            ("03_timeline.txt", "inconsistent", "2 April 1987"),
            ("03_timeline.txt", "invalid-date", "29 February 1990"),
            ("03_timeline.txt", "fact-mismatch", "10 June 1992"),
            ("03_timeline.txt", "inconsistent", "10 June 1992"),
            ("04_feature.md", "fact-mismatch", "690"),
            ("04_feature.md", "inconsistent", "690"),
            ("04_feature.md", "fact-mismatch", "14-month"),
            ("04_feature.md", "inconsistent", "14-month"),
            ("04_feature.md", "fact-mismatch", "about 90 minutes"),
            ("04_feature.md", "inconsistent", "about 90 minutes"),
            ("04_feature.md", "anachronism", "6 August 2014"),
            ("05_opinion.txt", "weekday-mismatch", "Sunday, 10 July 1992"),
            (
                "05_opinion.txt",
                "wrong-name",
                "European Space Administration",
            ),
            ("05_opinion.txt", "acronym-mismatch", "NASDA"),
        ],
    );
}

/// Round 123 (written blind): Alcock and Brown's transatlantic flight, 14–15 June 1919. All 15 planted
/// errors are found, and nothing else.
#[test]
fn alcockbrown_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "alcockbrown",
        &[
            ("01_wire.txt", "fact-mismatch", "16 hours and 57 minutes"),
            ("01_wire.txt", "inconsistent", "16 hours and 57 minutes"),
            ("01_wire.txt", "fact-mismatch", "3,040"),
            ("01_wire.txt", "inconsistent", "3,040"),
            ("01_wire.txt", "wrong-name", "Royal Navy Air Service"),
            (
                "02_explainer.md",
                "weekday-mismatch",
                "Friday, 14 June 1919",
            ),
            ("02_explainer.md", "fact-mismatch", "barely 32 per cent"),
            ("02_explainer.md", "fact-mismatch", "nearly 700"),
            ("02_explainer.md", "inconsistent", "nearly 700"),
            ("03_timeline.txt", "fact-mismatch", "16 June 1919"),
            ("03_timeline.txt", "inconsistent", "16 June 1919"),
            ("03_timeline.txt", "fact-mismatch", "4 October 1958"),
            ("03_timeline.txt", "inconsistent", "4 October 1958"),
            ("04_feature.md", "acronym-mismatch", "RFC"),
            ("04_feature.md", "fact-mismatch", "28 June 1919"),
            ("04_feature.md", "inconsistent", "28 June 1919"),
            ("04_feature.md", "fact-mismatch", "20,000"),
            ("04_feature.md", "inconsistent", "20,000"),
            ("04_feature.md", "anachronism", "July 2025"),
            ("05_opinion.txt", "fact-mismatch", "105 years ago"),
            ("05_opinion.txt", "inconsistent", "105 years ago"),
            ("05_opinion.txt", "invalid-date", "31 June 1919"),
            ("05_opinion.txt", "inconsistent", "some 300"),
        ],
    );
}

/// Round 125 (written blind): the Lynmouth flood, 15–16 August 1952. All 15 planted errors are found, and
/// nothing else.
#[test]
fn lynmouth_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "lynmouth",
        &[
            ("01_wire.txt", "fact-mismatch", "15 August 1953"),
            ("01_wire.txt", "inconsistent", "15 August 1953"),
            ("01_wire.txt", "fact-mismatch", "240"),
            ("01_wire.txt", "inconsistent", "240"),
            ("01_wire.txt", "anachronism", "January 2002"),
            ("02_explainer.md", "fact-mismatch", "some 60 per cent"),
            ("02_explainer.md", "fact-mismatch", "August 2003"),
            ("02_explainer.md", "inconsistent", "August 2003"),
            (
                "02_explainer.md",
                "wrong-name",
                "Royal National Lifeboat Institute",
            ),
            (
                "03_timeline.txt",
                "weekday-mismatch",
                "Thursday, 15 August 1952",
            ),
            ("03_timeline.txt", "fact-mismatch", "18"),
            ("03_timeline.txt", "invalid-date", "29 February 1953"),
            ("04_feature.md", "fact-mismatch", "three years"),
            ("04_feature.md", "inconsistent", "three years"),
            ("04_feature.md", "fact-mismatch", "1888"),
            ("04_feature.md", "inconsistent", "1888"),
            ("04_feature.md", "acronym-mismatch", "NRA"),
            ("05_opinion.txt", "fact-mismatch", "53 years ago this week"),
            ("05_opinion.txt", "inconsistent", "53 years ago this week"),
            ("05_opinion.txt", "fact-mismatch", "nearly 50"),
            ("05_opinion.txt", "inconsistent", "nearly 50"),
            ("05_opinion.txt", "inconsistent", "some 60"),
        ],
    );
}

/// Round 125 (written blind): the Ibrox disaster, 2 January 1971. All 15 planted errors are found, and
/// nothing else.
#[test]
fn ibrox_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "ibrox",
        &[
            ("01_wire.txt", "wrong-name", "Scottish Football Federation"),
            ("01_wire.txt", "fact-mismatch", "June 1975"),
            ("01_wire.txt", "inconsistent", "June 1975"),
            ("02_explainer.md", "fact-mismatch", "2 January 1972"),
            ("02_explainer.md", "inconsistent", "2 January 1972"),
            ("02_explainer.md", "fact-mismatch", "nearly 60,000"),
            ("02_explainer.md", "inconsistent", "nearly 60,000"),
            ("02_explainer.md", "acronym-mismatch", "FLA"),
            ("02_explainer.md", "fact-mismatch", "some 60 per cent"),
            ("03_timeline.txt", "fact-mismatch", "35"),
            ("03_timeline.txt", "inconsistent", "more than 200"),
            ("03_timeline.txt", "fact-mismatch", "4 March 1971"),
            ("03_timeline.txt", "inconsistent", "4 March 1971"),
            ("03_timeline.txt", "invalid-date", "31 June 1975"),
            ("04_feature.md", "fact-mismatch", "67"),
            ("04_feature.md", "inconsistent", "67"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Tuesday 15 February 1971",
            ),
            ("04_feature.md", "fact-mismatch", "three weeks"),
            ("04_feature.md", "anachronism", "January 2021"),
            ("05_opinion.txt", "fact-mismatch", "fifty years ago today"),
            ("05_opinion.txt", "inconsistent", "fifty years ago today"),
        ],
    );
}

/// Round 125 (written blind): the Palomares B-52 crash, 17 January 1966. All 15 planted errors are found,
/// and nothing else.
#[test]
fn palomares_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "palomares",
        &[
            ("01_wire.txt", "fact-mismatch", "16 January 1966"),
            ("01_wire.txt", "anachronism", "2017"),
            ("02_explainer.md", "fact-mismatch", "eight"),
            ("02_explainer.md", "acronym-mismatch", "CSN"),
            ("02_explainer.md", "fact-mismatch", "two years ago"),
            ("02_explainer.md", "inconsistent", "two years ago"),
            ("03_timeline.txt", "invalid-date", "29 February 1966"),
            ("03_timeline.txt", "fact-mismatch", "17 April 1966"),
            ("03_timeline.txt", "inconsistent", "17 April 1966"),
            (
                "04_feature.md",
                "weekday-mismatch",
                "Thursday, 17 January 1966",
            ),
            ("04_feature.md", "fact-mismatch", "69 days"),
            ("04_feature.md", "inconsistent", "69 days"),
            ("04_feature.md", "inconsistent", "25"),
            (
                "04_feature.md",
                "wrong-name",
                "Woods Hole Oceanographic Institute",
            ),
            ("04_feature.md", "fact-mismatch", "more than 2,000"),
            ("04_feature.md", "inconsistent", "more than 2,000"),
            ("05_opinion.txt", "fact-mismatch", "28,000"),
            ("05_opinion.txt", "inconsistent", "28,000"),
            ("05_opinion.txt", "fact-mismatch", "71 per cent"),
            ("05_opinion.txt", "inconsistent", "71 per cent"),
            ("05_opinion.txt", "fact-mismatch", "4,180"),
            ("05_opinion.txt", "inconsistent", "4,180"),
        ],
    );
}

/// Round 125 (written blind): the loss of BOAC Flight 781 off Elba, 10 January 1954. All 15 planted errors
/// are found, and nothing else.
#[test]
fn comet781_the_planted_errors_are_found_and_nothing_else() {
    assert_pack_finds(
        "comet781",
        &[
            ("01_wire.txt", "fact-mismatch", "more than 40"),
            ("01_wire.txt", "inconsistent", "more than 40"),
            (
                "01_wire.txt",
                "wrong-name",
                "British Overseas Airlines Corporation",
            ),
            ("01_wire.txt", "weekday-mismatch", "Friday, 8 April 1954"),
            ("02_explainer.md", "acronym-mismatch", "RAE"),
            ("02_explainer.md", "fact-mismatch", "six weeks"),
            ("02_explainer.md", "inconsistent", "six weeks"),
            ("02_explainer.md", "fact-mismatch", "about 40 per cent"),
            ("02_explainer.md", "inconsistent", "about 40 per cent"),
            ("02_explainer.md", "fact-mismatch", "3,507"),
            ("02_explainer.md", "inconsistent", "3,507"),
            ("03_timeline.txt", "fact-mismatch", "23 May 1954"),
            ("03_timeline.txt", "inconsistent", "23 May 1954"),
            ("03_timeline.txt", "invalid-date", "31 June 1954"),
            ("03_timeline.txt", "fact-mismatch", "19 November 1954"),
            ("03_timeline.txt", "inconsistent", "19 November 1954"),
            ("04_feature.md", "fact-mismatch", "59 years ago"),
            ("04_feature.md", "inconsistent", "59 years ago"),
            ("04_feature.md", "anachronism", "10 January 2040"),
            ("05_opinion.txt", "fact-mismatch", "31"),
            ("05_opinion.txt", "fact-mismatch", "2 May 1953"),
            ("05_opinion.txt", "inconsistent", "2 May 1953"),
            ("05_opinion.txt", "inconsistent", "24"),
        ],
    );
}
