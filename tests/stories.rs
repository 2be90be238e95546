//! A newsroom keeps a rule file a story in its `rules/` directory and
//! checks every draft against all of them. Each set in
//! `tests/fixtures/stories/` is two stories of one kind, each with its own
//! rule file and three articles, written blind (rounds 80 and 83: the
//! writers had read only the documentation and had not run the checker), with 14
//! planted errors listed in the set's `expected.md`. The articles of one
//! story give the other's figures beside its own (comparisons,
//! anniversaries, "the worst since ..."), and the two files share their
//! generic names ("crash", "final report", "tonnes"); the sets are checked
//! with both files at once, as the newsroom would.
//!
//! Each test pins the findings of one set: the planted errors, with the
//! `inconsistent` findings a wrong figure draws against the right one in
//! another article, and nothing else.

mod common;

use claimlint::rules::{self, RuleSet};
use common::{describe, documents, path_of, root, text_of};

/// The two rule files of set `set`, loaded together.
fn rules_of(set: &str, packs: [&str; 2]) -> RuleSet {
    let sources: Vec<(String, String)> = packs
        .iter()
        .map(|p| {
            let path = format!("tests/fixtures/stories/{set}/{p}/{p}.yaml");
            let text = std::fs::read_to_string(root().join(&path)).expect("the pack is readable");
            (path, text)
        })
        .collect();
    rules::load(&sources).unwrap_or_else(|e| panic!("{set}: {e:?}"))
}

/// Checks both stories' articles of `set` with both rule files, and asserts
/// the findings, as (path below the set, code, text), in report order.
fn assert_set_finds(set: &str, packs: [&str; 2], expected: &[(&str, &str, &str)]) {
    let rules = rules_of(set, packs);
    let mut docs = Vec::new();
    for p in packs {
        docs.extend(documents(&format!(
            "tests/fixtures/stories/{set}/{p}/articles"
        )));
    }
    let report = claimlint::check(docs, &rules);
    let prefix = format!("tests/fixtures/stories/{set}/");
    let got: Vec<(String, String, String)> = report
        .findings
        .iter()
        .map(|f| {
            let path = path_of(&report, f);
            (
                path.strip_prefix(&prefix).unwrap_or(path).to_string(),
                f.code.to_string(),
                text_of(&report, f).to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String, String)> = expected
        .iter()
        .map(|(p, c, t)| (p.to_string(), c.to_string(), t.to_string()))
        .collect();
    assert_eq!(got, want, "{}", describe(&report, &report.findings));
}

/// Typhoon Haiyan (2013) and Cyclone Nargis (2008): tolls, homes, UN appeals.
#[test]
fn storms_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "storms",
        ["haiyan", "nargis"],
        &[
            (
                "haiyan/articles/01-wire-pope.txt",
                "weekday-mismatch",
                "Thursday, 8 November 2013",
            ),
            ("haiyan/articles/01-wire-pope.txt", "fact-mismatch", "3,600"),
            ("haiyan/articles/01-wire-pope.txt", "inconsistent", "3,600"),
            (
                "haiyan/articles/01-wire-pope.txt",
                "fact-mismatch",
                "1.4 million",
            ),
            (
                "haiyan/articles/01-wire-pope.txt",
                "inconsistent",
                "1.4 million",
            ),
            (
                "haiyan/articles/02-explainer.md",
                "fact-mismatch",
                "310 million",
            ),
            (
                "haiyan/articles/02-explainer.md",
                "inconsistent",
                "310 million",
            ),
            (
                "haiyan/articles/02-explainer.md",
                "anachronism",
                "17 January 2015",
            ),
            (
                "haiyan/articles/03-anniversary.txt",
                "fact-mismatch",
                "Nine years ago today",
            ),
            (
                "haiyan/articles/03-anniversary.txt",
                "inconsistent",
                "Nine years ago today",
            ),
            (
                "haiyan/articles/03-anniversary.txt",
                "inconsistent",
                "about 120,000",
            ),
            (
                "nargis/articles/01-wire-ponja.txt",
                "fact-mismatch",
                "26 May",
            ),
            (
                "nargis/articles/01-wire-ponja.txt",
                "inconsistent",
                "26 May",
            ),
            (
                "nargis/articles/01-wire-ponja.txt",
                "wrong-name",
                "Indian Meteorological Department",
            ),
            (
                "nargis/articles/01-wire-ponja.txt",
                "invalid-date",
                "31 April 2008",
            ),
            ("nargis/articles/02-explainer.md", "fact-mismatch", "35,836"),
            ("nargis/articles/02-explainer.md", "inconsistent", "35,836"),
            ("nargis/articles/02-explainer.md", "acronym-mismatch", "FAO"),
            (
                "nargis/articles/02-explainer.md",
                "fact-mismatch",
                "98.1 per cent",
            ),
            (
                "nargis/articles/02-explainer.md",
                "inconsistent",
                "98.1 per cent",
            ),
            (
                "nargis/articles/03-anniversary.txt",
                "fact-mismatch",
                "some 45,000",
            ),
            (
                "nargis/articles/03-anniversary.txt",
                "inconsistent",
                "some 45,000",
            ),
        ],
    );
}

/// The WorldCom and Parmalat frauds: bankruptcies, verdicts, sentences.
#[test]
fn fraud_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "fraud",
        ["parmalat", "worldcom"],
        &[
            (
                "parmalat/articles/01-wire-arrest.txt",
                "fact-mismatch",
                "17 December",
            ),
            (
                "parmalat/articles/01-wire-arrest.txt",
                "inconsistent",
                "17 December",
            ),
            (
                "parmalat/articles/01-wire-arrest.txt",
                "invalid-date",
                "31 November 2003",
            ),
            (
                "parmalat/articles/02-parma-sentence.md",
                "fact-mismatch",
                "some 63,000",
            ),
            (
                "parmalat/articles/02-parma-sentence.md",
                "inconsistent",
                "some 63,000",
            ),
            (
                "parmalat/articles/02-parma-sentence.md",
                "weekday-mismatch",
                "Friday, 27 December 2003",
            ),
            (
                "parmalat/articles/03-column-twenty-years.txt",
                "fact-mismatch",
                "April 2003",
            ),
            (
                "parmalat/articles/03-column-twenty-years.txt",
                "inconsistent",
                "April 2003",
            ),
            (
                "parmalat/articles/03-column-twenty-years.txt",
                "acronym-mismatch",
                "FASB",
            ),
            (
                "parmalat/articles/03-column-twenty-years.txt",
                "fact-mismatch",
                "October 2006",
            ),
            (
                "parmalat/articles/03-column-twenty-years.txt",
                "inconsistent",
                "October 2006",
            ),
            (
                "worldcom/articles/01-wire-verdict.txt",
                "fact-mismatch",
                "170 billion",
            ),
            (
                "worldcom/articles/01-wire-verdict.txt",
                "inconsistent",
                "170 billion",
            ),
            (
                "worldcom/articles/01-wire-verdict.txt",
                "wrong-name",
                "Securities Exchange Commission",
            ),
            (
                "worldcom/articles/02-sentencing.md",
                "fact-mismatch",
                "March 16",
            ),
            (
                "worldcom/articles/02-sentencing.md",
                "weekday-mismatch",
                "Monday, June 25, 2002",
            ),
            (
                "worldcom/articles/02-sentencing.md",
                "anachronism",
                "August 11, 2005",
            ),
            (
                "worldcom/articles/03-column-twenty-years.txt",
                "fact-mismatch",
                "February 2021",
            ),
            (
                "worldcom/articles/03-column-twenty-years.txt",
                "inconsistent",
                "February 2021",
            ),
            (
                "worldcom/articles/03-column-twenty-years.txt",
                "inconsistent",
                "153,000",
            ),
        ],
    );
}

/// TWA Flight 800 and Swissair Flight 111: two airliners lost off the North American coast, their reports.
#[test]
fn flights_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "flights",
        ["swissair", "twa"],
        &[
            (
                "swissair/articles/01-tsb-report.md",
                "acronym-mismatch",
                "NTSB",
            ),
            (
                "swissair/articles/01-tsb-report.md",
                "fact-mismatch",
                "more than five years",
            ),
            (
                "swissair/articles/01-tsb-report.md",
                "inconsistent",
                "more than five years",
            ),
            (
                "swissair/articles/01-tsb-report.md",
                "fact-mismatch",
                "75 million",
            ),
            (
                "swissair/articles/01-tsb-report.md",
                "inconsistent",
                "75 million",
            ),
            ("swissair/articles/02-timeline.txt", "fact-mismatch", "251"),
            ("swissair/articles/02-timeline.txt", "inconsistent", "251"),
            (
                "swissair/articles/02-timeline.txt",
                "weekday-mismatch",
                "Monday, 2 October 2001",
            ),
            (
                "swissair/articles/03-anniversary-25.md",
                "anachronism",
                "September 12, 2023",
            ),
            (
                "swissair/articles/03-anniversary-25.md",
                "fact-mismatch",
                "89 per cent",
            ),
            (
                "swissair/articles/03-anniversary-25.md",
                "inconsistent",
                "89 per cent",
            ),
            (
                "twa/articles/01-ntsb-report.txt",
                "weekday-mismatch",
                "Tuesday, July 17, 1996",
            ),
            ("twa/articles/01-ntsb-report.txt", "fact-mismatch", "14"),
            (
                "twa/articles/01-ntsb-report.txt",
                "wrong-name",
                "National Transportation Security Board",
            ),
            (
                "twa/articles/02-timeline.md",
                "invalid-date",
                "April 31, 1997",
            ),
            (
                "twa/articles/02-timeline.md",
                "fact-mismatch",
                "July 16, 2009",
            ),
            (
                "twa/articles/02-timeline.md",
                "inconsistent",
                "July 16, 2009",
            ),
            (
                "twa/articles/03-anniversary-25.txt",
                "fact-mismatch",
                "22 years ago",
            ),
            (
                "twa/articles/03-anniversary-25.txt",
                "inconsistent",
                "22 years ago",
            ),
            ("twa/articles/03-anniversary-25.txt", "inconsistent", "180"),
        ],
    );
}

/// The Kobe (1995) and Northridge (1994) earthquakes, a year and a day apart.
#[test]
fn quakes_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "quakes",
        ["kobe", "northridge"],
        &[
            (
                "kobe/articles/01-thirty-years-on.md",
                "weekday-mismatch",
                "Monday, 17 January 1995",
            ),
            (
                "kobe/articles/01-thirty-years-on.md",
                "fact-mismatch",
                "some 138,000",
            ),
            (
                "kobe/articles/01-thirty-years-on.md",
                "inconsistent",
                "some 138,000",
            ),
            (
                "kobe/articles/02-why-kobe-shook.txt",
                "fact-mismatch",
                "about 40 seconds",
            ),
            (
                "kobe/articles/02-why-kobe-shook.txt",
                "inconsistent",
                "about 40 seconds",
            ),
            (
                "kobe/articles/02-why-kobe-shook.txt",
                "fact-mismatch",
                "about $10 billion",
            ),
            (
                "kobe/articles/02-why-kobe-shook.txt",
                "inconsistent",
                "about $10 billion",
            ),
            (
                "kobe/articles/02-why-kobe-shook.txt",
                "anachronism",
                "April 2022",
            ),
            (
                "kobe/articles/03-your-questions.md",
                "acronym-mismatch",
                "FEMA",
            ),
            (
                "kobe/articles/03-your-questions.md",
                "fact-mismatch",
                "30 September 1997",
            ),
            (
                "kobe/articles/03-your-questions.md",
                "inconsistent",
                "30 September 1997",
            ),
            (
                "northridge/articles/01-valley-remembers.txt",
                "fact-mismatch",
                "20 years ago today",
            ),
            (
                "northridge/articles/01-valley-remembers.txt",
                "inconsistent",
                "20 years ago today",
            ),
            (
                "northridge/articles/01-valley-remembers.txt",
                "fact-mismatch",
                "6.9",
            ),
            (
                "northridge/articles/01-valley-remembers.txt",
                "inconsistent",
                "6.9",
            ),
            (
                "northridge/articles/02-northridge-at-30.md",
                "fact-mismatch",
                "13.5 billion",
            ),
            (
                "northridge/articles/02-northridge-at-30.md",
                "inconsistent",
                "13.5 billion",
            ),
            (
                "northridge/articles/02-northridge-at-30.md",
                "wrong-name",
                "Federal Emergency Management Administration",
            ),
            (
                "northridge/articles/02-northridge-at-30.md",
                "invalid-date",
                "February 29, 1994",
            ),
            (
                "northridge/articles/03-concrete-and-steel.txt",
                "fact-mismatch",
                "June 1994",
            ),
            (
                "northridge/articles/03-concrete-and-steel.txt",
                "inconsistent",
                "June 1994",
            ),
            (
                "northridge/articles/03-concrete-and-steel.txt",
                "inconsistent",
                "about 870",
            ),
        ],
    );
}

/// The Sydney 2000 and Athens 2004 Olympics: medals, budgets, athletes.
#[test]
fn games_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "games",
        ["athens", "sydney"],
        &[
            (
                "athens/articles/01-final-day-wire.txt",
                "weekday-mismatch",
                "Sunday 14 August 2004",
            ),
            (
                "athens/articles/01-final-day-wire.txt",
                "fact-mismatch",
                "18",
            ),
            (
                "athens/articles/02-twenty-years-on.txt",
                "fact-mismatch",
                "59 per cent",
            ),
            (
                "athens/articles/02-twenty-years-on.txt",
                "inconsistent",
                "59 per cent",
            ),
            (
                "athens/articles/02-twenty-years-on.txt",
                "inconsistent",
                "2.8 million",
            ),
            (
                "athens/articles/03-kenteris-profile.md",
                "fact-mismatch",
                "Friday 13 August",
            ),
            (
                "athens/articles/03-kenteris-profile.md",
                "wrong-name",
                "World Anti-Doping Authority",
            ),
            (
                "athens/articles/03-kenteris-profile.md",
                "anachronism",
                "18 August 2004",
            ),
            ("sydney/articles/01-closing-wire.txt", "fact-mismatch", "17"),
            (
                "sydney/articles/01-closing-wire.txt",
                "weekday-mismatch",
                "Friday, 23 September 1993",
            ),
            (
                "sydney/articles/01-closing-wire.txt",
                "acronym-mismatch",
                "OCA",
            ),
            (
                "sydney/articles/02-legacy-twenty-years.md",
                "fact-mismatch",
                "more than 11,000",
            ),
            (
                "sydney/articles/02-legacy-twenty-years.md",
                "inconsistent",
                "more than 11,000",
            ),
            (
                "sydney/articles/02-legacy-twenty-years.md",
                "fact-mismatch",
                "805 million",
            ),
            (
                "sydney/articles/02-legacy-twenty-years.md",
                "inconsistent",
                "805 million",
            ),
            (
                "sydney/articles/03-freeman-profile.txt",
                "fact-mismatch",
                "49.21 seconds",
            ),
            (
                "sydney/articles/03-freeman-profile.txt",
                "invalid-date",
                "31 June 2003",
            ),
        ],
    );
}

/// The Amoco Cadiz (1978) and Erika (1999) oil spills off Brittany.
#[test]
fn spills_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "spills",
        ["amoco", "erika"],
        &[
            (
                "amoco/articles/01-forty-years-on.md",
                "fact-mismatch",
                "123,000",
            ),
            (
                "amoco/articles/01-forty-years-on.md",
                "inconsistent",
                "123,000",
            ),
            (
                "amoco/articles/01-forty-years-on.md",
                "wrong-name",
                "National Oceanographic and Atmospheric Administration",
            ),
            (
                "amoco/articles/02-appeal-ruling.txt",
                "fact-mismatch",
                "April 1986",
            ),
            (
                "amoco/articles/02-appeal-ruling.txt",
                "inconsistent",
                "April 1986",
            ),
            (
                "amoco/articles/02-appeal-ruling.txt",
                "weekday-mismatch",
                "Friday, 16 March 1978",
            ),
            (
                "amoco/articles/03-portsall-thirty-years.txt",
                "inconsistent",
                "60",
            ),
            (
                "amoco/articles/03-portsall-thirty-years.txt",
                "fact-mismatch",
                "58.2 million",
            ),
            (
                "amoco/articles/03-portsall-thirty-years.txt",
                "fact-mismatch",
                "12 years",
            ),
            (
                "erika/articles/01-verdict.txt",
                "fact-mismatch",
                "129 million",
            ),
            (
                "erika/articles/01-verdict.txt",
                "inconsistent",
                "129 million",
            ),
            (
                "erika/articles/01-verdict.txt",
                "fact-mismatch",
                "12 February 2006",
            ),
            (
                "erika/articles/02-seabirds-twenty-years.md",
                "fact-mismatch",
                "31,000",
            ),
            (
                "erika/articles/02-seabirds-twenty-years.md",
                "inconsistent",
                "31,000",
            ),
            (
                "erika/articles/02-seabirds-twenty-years.md",
                "invalid-date",
                "31 June 2000",
            ),
            (
                "erika/articles/02-seabirds-twenty-years.md",
                "acronym-mismatch",
                "IMO",
            ),
            (
                "erika/articles/03-le-croisic-ten-years.txt",
                "fact-mismatch",
                "24",
            ),
            (
                "erika/articles/03-le-croisic-ten-years.txt",
                "inconsistent",
                "24",
            ),
            (
                "erika/articles/03-le-croisic-ten-years.txt",
                "anachronism",
                "30 March 2010",
            ),
        ],
    );
}

/// The UK general elections of 2017 and 2019: seats, turnout, majorities (round 83).
#[test]
fn elections_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "elections",
        ["ge2017", "ge2019"],
        &[
            (
                "ge2017/articles/01-results-wire.txt",
                "fact-mismatch",
                "six-week",
            ),
            (
                "ge2017/articles/01-results-wire.txt",
                "wrong-name",
                "Democratic Union Party",
            ),
            (
                "ge2017/articles/02-analysis.md",
                "weekday-mismatch",
                "Thursday 18 April 2017",
            ),
            (
                "ge2017/articles/02-analysis.md",
                "fact-mismatch",
                "66.8 per cent",
            ),
            (
                "ge2017/articles/02-analysis.md",
                "inconsistent",
                "66.8 per cent",
            ),
            (
                "ge2017/articles/03-kensington.txt",
                "invalid-date",
                "31 June 2017",
            ),
            ("ge2017/articles/03-kensington.txt", "fact-mismatch", "35"),
            ("ge2017/articles/03-kensington.txt", "inconsistent", "35"),
            ("ge2017/articles/03-kensington.txt", "inconsistent", "two"),
            (
                "ge2019/articles/01-results-wire.txt",
                "fact-mismatch",
                "23 July 2019",
            ),
            (
                "ge2019/articles/01-results-wire.txt",
                "acronym-mismatch",
                "UDP",
            ),
            (
                "ge2019/articles/01-results-wire.txt",
                "anachronism",
                "20 December 2019",
            ),
            (
                "ge2019/articles/02-turnout-swing.md",
                "fact-mismatch",
                "68.3 per cent",
            ),
            (
                "ge2019/articles/02-turnout-swing.md",
                "inconsistent",
                "68.3 per cent",
            ),
            (
                "ge2019/articles/02-turnout-swing.md",
                "fact-mismatch",
                "28 October 2019",
            ),
            (
                "ge2019/articles/03-blyth-valley.txt",
                "weekday-mismatch",
                "Friday 12 December 2019",
            ),
            (
                "ge2019/articles/03-blyth-valley.txt",
                "fact-mismatch",
                "812",
            ),
            ("ge2019/articles/03-blyth-valley.txt", "inconsistent", "812"),
        ],
    );
}

/// The Upper Big Branch and Pike River mine explosions of 2010: tolls, inquiries, sentences (round 83).
#[test]
fn mines_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "mines",
        ["pike", "ubb"],
        &[
            (
                "pike/articles/01-royal-commission-report.txt",
                "fact-mismatch",
                "30 September",
            ),
            (
                "pike/articles/01-royal-commission-report.txt",
                "fact-mismatch",
                "14",
            ),
            (
                "pike/articles/02-ten-years-on.md",
                "fact-mismatch",
                "May 2018",
            ),
            ("pike/articles/02-ten-years-on.md", "inconsistent", "2.5"),
            (
                "pike/articles/02-ten-years-on.md",
                "wrong-name",
                "Pike River Re-entry Agency",
            ),
            (
                "pike/articles/03-methane-explainer.md",
                "weekday-mismatch",
                "Thursday, 19 November 2010",
            ),
            (
                "ubb/articles/01-blankenship-verdict.txt",
                "acronym-mismatch",
                "OSHA",
            ),
            (
                "ubb/articles/01-blankenship-verdict.txt",
                "fact-mismatch",
                "December 2012",
            ),
            (
                "ubb/articles/01-blankenship-verdict.txt",
                "fact-mismatch",
                "396",
            ),
            (
                "ubb/articles/02-five-years-on.md",
                "fact-mismatch",
                "290 million",
            ),
            (
                "ubb/articles/02-five-years-on.md",
                "anachronism",
                "December 3, 2015",
            ),
            (
                "ubb/articles/02-five-years-on.md",
                "invalid-date",
                "June 31, 2012",
            ),
            (
                "ubb/articles/03-methane-explainer.txt",
                "weekday-mismatch",
                "Wednesday, May 19, 2011",
            ),
            (
                "ubb/articles/03-methane-explainer.txt",
                "fact-mismatch",
                "three",
            ),
        ],
    );
}

/// The SARS outbreak of 2002-03 and MERS in South Korea in 2015: cases, deaths, declarations (round 83).
#[test]
fn outbreaks_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "outbreaks",
        ["mers", "sars"],
        &[
            (
                "mers/articles/01-wire-all-clear.txt",
                "anachronism",
                "6 August 2015",
            ),
            (
                "mers/articles/01-wire-all-clear.txt",
                "fact-mismatch",
                "14 May",
            ),
            (
                "mers/articles/02-explainer.md",
                "weekday-mismatch",
                "Thursday, 20 May 2015",
            ),
            (
                "mers/articles/02-explainer.md",
                "fact-mismatch",
                "more than 18,000",
            ),
            ("mers/articles/02-explainer.md", "acronym-mismatch", "KCDC"),
            (
                "mers/articles/03-timeline.txt",
                "fact-mismatch",
                "23 November 2015",
            ),
            ("mers/articles/03-timeline.txt", "inconsistent", "98"),
            (
                "sars/articles/01-twenty-years.md",
                "weekday-mismatch",
                "Thursday, 12 March 2003",
            ),
            (
                "sars/articles/01-twenty-years.md",
                "fact-mismatch",
                "6.9 per cent",
            ),
            (
                "sars/articles/02-timeline.txt",
                "invalid-date",
                "29 February 2003",
            ),
            (
                "sars/articles/02-timeline.txt",
                "fact-mismatch",
                "16 May 2003",
            ),
            (
                "sars/articles/02-timeline.txt",
                "fact-mismatch",
                "5 June 2003",
            ),
            ("sars/articles/03-qa.txt", "fact-mismatch", "29 April 2003"),
            (
                "sars/articles/03-qa.txt",
                "wrong-name",
                "Center for Disease Control and Prevention",
            ),
        ],
    );
}

/// The I-35W bridge (2007) and the FIU footbridge (2018) collapses: reports, spans, tolls (round 83).
#[test]
fn bridges_the_planted_errors_are_found_and_nothing_else() {
    assert_set_finds(
        "bridges",
        ["fiu", "i35w"],
        &[
            (
                "fiu/articles/01-wire-collapse.txt",
                "weekday-mismatch",
                "Sunday, 10 March 2018",
            ),
            ("fiu/articles/01-wire-collapse.txt", "fact-mismatch", "590"),
            ("fiu/articles/01-wire-collapse.txt", "inconsistent", "590"),
            (
                "fiu/articles/01-wire-collapse.txt",
                "anachronism",
                "17 March 2018",
            ),
            ("fiu/articles/02-ntsb-findings.md", "fact-mismatch", "147"),
            ("fiu/articles/02-ntsb-findings.md", "inconsistent", "147"),
            (
                "fiu/articles/02-ntsb-findings.md",
                "acronym-mismatch",
                "OHSA",
            ),
            (
                "fiu/articles/03-five-years-later.txt",
                "fact-mismatch",
                "Four years ago today",
            ),
            (
                "fiu/articles/03-five-years-later.txt",
                "inconsistent",
                "Four years ago today",
            ),
            (
                "fiu/articles/03-five-years-later.txt",
                "fact-mismatch",
                "22 October 2020",
            ),
            (
                "fiu/articles/03-five-years-later.txt",
                "inconsistent",
                "22 October 2020",
            ),
            (
                "i35w/articles/01-ntsb-final-report.txt",
                "weekday-mismatch",
                "Thursday, 1 August 2007",
            ),
            (
                "i35w/articles/01-ntsb-final-report.txt",
                "fact-mismatch",
                "243 million",
            ),
            ("i35w/articles/02-eleven-years-on.md", "fact-mismatch", "14"),
            ("i35w/articles/02-eleven-years-on.md", "inconsistent", "14"),
            (
                "i35w/articles/02-eleven-years-on.md",
                "wrong-name",
                "Minnesota Department of Transport",
            ),
            (
                "i35w/articles/03-gusset-plates-explainer.txt",
                "fact-mismatch",
                "1964",
            ),
            (
                "i35w/articles/03-gusset-plates-explainer.txt",
                "inconsistent",
                "1964",
            ),
            (
                "i35w/articles/03-gusset-plates-explainer.txt",
                "invalid-date",
                "31 June 2006",
            ),
            (
                "i35w/articles/03-gusset-plates-explainer.txt",
                "inconsistent",
                "60",
            ),
        ],
    );
}
