//! Edits of the seed claims: the checker must catch a one-word edit of a
//! claim bound to a fact (a date, a count or a duration changed), and stay
//! silent on consistent paraphrases and on unrelated sentences that share
//! its cue words.
//!
//! Every document is checked as of the date of seed 002, 2024-04-21, so
//! relative expressions ("last September", "four years ago", "next year",
//! "this week") resolve against that date. Each is its sentence under the
//! title "Nagorno-Karabakh": a rule file's facts are checked only in a
//! document that names its story (`RuleSet::in_scope`), as any article
//! does somewhere.
//!
//! Rows the checker gets wrong today are kept, with `known_gap` set: the
//! loops skip them and print what they see instead, so that a row can be
//! turned back on (set `known_gap` to `false`) once the binding or the
//! resolution catches up. Do not delete a row because it fails: the
//! expectation follows the principles (a claim contradicts a fact only if
//! the intervals are disjoint; when unsure, say nothing), not the code.

use claimlint::document::{Document, Format};
use claimlint::rules::RuleSet;

fn check(text: &str, rules: &RuleSet) -> claimlint::Report {
    let doc = Document::new(
        "edit.txt",
        format!("Nagorno-Karabakh\n\n{text}"),
        Format::Text,
        Some(jiff::civil::date(2024, 4, 21)),
    );
    claimlint::check(vec![doc], rules)
}

/// `(code, fact, text)` of every finding.
fn findings(report: &claimlint::Report) -> Vec<(&'static str, Option<String>, String)> {
    let text = &report.analyses[0].document.text;
    report
        .findings
        .iter()
        .map(|f| (f.code, f.fact.clone(), text[f.span.clone()].to_string()))
        .collect()
}

/// `(fact, text, value)` of every claim.
fn claims(report: &claimlint::Report, rules: &RuleSet) -> Vec<(String, String, String)> {
    let a = &report.analyses[0];
    a.claims
        .iter()
        .map(|c| {
            let span = a.mentions[c.mention].mention.span.clone();
            (
                rules.facts[c.fact].id.clone(),
                a.document.text[span].to_string(),
                c.value.to_string(),
            )
        })
        .collect()
}

fn describe(report: &claimlint::Report, rules: &RuleSet) -> String {
    format!(
        "findings (code, fact, text): {:?}\n    claims (fact, text, value): {:?}",
        findings(report),
        claims(report, rules)
    )
}

fn mismatches(report: &claimlint::Report) -> Vec<(Option<String>, String)> {
    findings(report)
        .into_iter()
        .filter(|(code, _, _)| *code == "fact-mismatch")
        .map(|(_, fact, text)| (fact, text))
        .collect()
}

/// Part A. Each row: the original text (a seed sentence, with the sentence
/// before it when the subject carries over, or a paraphrase), the claim as
/// written, the claim as edited, the fact the edit contradicts, and whether
/// the row is a known gap today.
///
/// The edited text must give exactly one `fact-mismatch`, on the edited
/// claim and citing the fact; the original (its consistency twin) must give
/// none.
type EditRow = (&'static str, &'static str, &'static str, &'static str, bool);

fn edit_rows() -> Vec<EditRow> {
    vec![
        // "began" before a verb in "-ing" that cues another subject's fact
        // is that verb's (round 75: "Russian peacekeepers began deploying"
        // was dated as the war's start, "began" being its cue)
        (
            "On 10 November 2020, Russian peacekeepers began deploying to Nagorno-Karabakh after the war.",
            "10 November 2020",
            "10 November 2021",
            "peacekeepers.deployed",
            false,
        ),
        // a fiscal year is no calendar year: any twelve months that end or
        // begin in it (round 69, bigdig's "The collapse killed Del Valle
        // ten days into fiscal 2007, which began July 1"); one that cannot
        // hold the fact's date still contradicts it
        (
            "The peacekeepers were deployed ten days into fiscal 2021.",
            "fiscal 2021",
            "fiscal 2023",
            "peacekeepers.deployed",
            false,
        ),
        // thousands grouped by a plain space are one number (round 65,
        // wire copy: "Russia's contingent of 1 960 peacekeepers" had been
        // read as 960)
        (
            "Russia's contingent of 1 960 peacekeepers stayed in its bases.",
            "1 960",
            "1 690",
            "peacekeepers.strength",
            false,
        ),
        // what would have followed a supposition is still told (round 63;
        // the Karabakh drafts' "Had the mandate run its full course, the
        // peacekeepers would have stayed until 10 November 2025")
        (
            "Had the mandate run its full course, the peacekeepers would have stayed until 10 November 2025.",
            "10 November 2025",
            "10 November 2026",
            "peacekeepers.mandate-end",
            false,
        ),
        // an amount after "the" with the subject's name right after it is
        // the subject's, all of it, though "still" follows (round 63,
        // tarp's "The $787 billion bank bailout is still what readers write
        // to me about most")
        (
            "The 1,960 Russian peacekeepers are still remembered in Stepanakert.",
            "1,960",
            "1,690",
            "peacekeepers.strength",
            false,
        ),
        // "more than N years ago" is then or any time before (round 61,
        // pompeii's "Digging at Pompeii began more than 275 years ago")
        (
            "Russian peacekeepers deployed to Nagorno-Karabakh more than two years ago.",
            "more than two years ago",
            "more than five years ago",
            "peacekeepers.deployed",
            false,
        ),
        // "among" right before "the" and a count: the count is the whole
        // the part is among (round 60, "Most of the sitters were among the
        // 150,000 Armenians who fled")
        (
            "Most of the families were among the 100,600 Armenians who fled in September 2023.",
            "100,600",
            "150,000",
            "exodus.count",
            false,
        ),
        // a relative clause on a name of the subject is about it, also where
        // a list of names after its pronoun does the verb (round 56,
        // res242's "the October War, which Egypt and Syria launched on 7
        // October 1973")
        (
            "Few now remember the Second Karabakh War, which Aliyev and Erdogan launched on 27 September 2020.",
            "27 September 2020",
            "28 September 2020",
            "second-war.start",
            false,
        ),
        // a date in the possessive before the noun a figure measures dates
        // the figure, whatever other years its sentence holds (round 54,
        // dotcom's "At Wednesday's closing low of 1,141.11, the Nasdaq had
        // given back every point it gained after the summer of 1996")
        (
            "At Monday's count of 100,600 people, the exodus had emptied a region that Armenians had fought to hold in 1992.",
            "100,600",
            "140,000",
            "exodus.count",
            false,
        ),
        // a year in a noun set in apposition after the claim, with a
        // relative clause, dates that noun, not the sentence (round 54,
        // mir's "847 days in space over three missions, a career record
        // that stood until 2005")
        (
            "The Second Karabakh War lasted 44 days, a record that stood until 2009.",
            "44 days",
            "54 days",
            "second-war.duration",
            false,
        ),
        // "needed only" says what it took, not what was wanted (round 40,
        // bolt's strides)
        (
            "Russia needed only 1,960 peacekeepers to police the line of contact in Nagorno-Karabakh.",
            "1,960",
            "2,960",
            "peacekeepers.strength",
            false,
        ),
        // a sentence that names no subject continues the one before: a
        // common noun that begins it ("Troops") is no other's name
        (
            "Russian peacekeepers were deployed to Nagorno-Karabakh under a deal brokered by Vladimir Putin. Troops arrived there on 12 November 2020, the Kremlin said.",
            "12 November 2020",
            "12 November 2021",
            "peacekeepers.deployed",
            false,
        ),
        // "one of" a group: what is said of the group is said of its
        // whole ("three of its six reactors" is the part's)
        (
            "She was one of some 100,000 Armenians who fled Nagorno-Karabakh in September 2023.",
            "some 100,000",
            "some 60,000",
            "exodus.count",
            false,
        ),
        // a timeline's date dates its entry: a name in a clause of the
        // entry that does not modify another counts
        (
            "Timeline\n\n22 February 2024 — In an interview with France 24, Pashinyan said Armenia had frozen its participation in the CSTO.",
            "22 February 2024",
            "22 April 2024",
            "armenia.csto-freeze",
            false,
        ),
        // a timeline's date dates its entry: the name of an event with one
        // fact counts anywhere in the entry's first sentence
        (
            "Timeline\n\n31 October 2022 — Putin hosts Aliyev and Pashinyan in Sochi. The three sign a statement.",
            "31 October 2022",
            "30 October 2022",
            "sochi-meeting.date",
            false,
        ),
        // "and" between two names lists them; it joins no clauses
        (
            "6 October 2022: Aliyev and Pashinyan meet in Prague.",
            "6 October 2022",
            "6 October 2021",
            "prague-meeting.date",
            false,
        ),
        // a date that modifies the name with no preposition before it is
        // still the cue's
        (
            "Azerbaijan launched the September 2020 war against Armenian forces in Karabakh.",
            "September 2020",
            "October 2020",
            "second-war.start",
            false,
        ),
        // ------------------------------------------------ peacekeepers.deployed
        (
            "In 2020, the decision to deploy the RMC in Azerbaijan was made jointly by Baku and Moscow.",
            "2020",
            "2021",
            "peacekeepers.deployed",
            false,
        ),
        // was a known gap, fixed
        (
            "The Kremlin deployed nearly 2,000 troops in 2020 as part of a ceasefire deal that halted six weeks of brutal fighting between the two arch rivals over the Karabakh region.",
            "2020",
            "2019",
            "peacekeepers.deployed",
            false,
        ),
        // a named agent before the cue does not stop it where the clause
        // names the subject
        (
            "Putin deployed the peacekeepers to Karabakh on 10 November 2020.",
            "10 November 2020",
            "10 November 2021",
            "peacekeepers.deployed",
            false,
        ),
        (
            "Peskov confirmed the withdrawal of the peacekeepers on 17 April 2024.",
            "17 April 2024",
            "17 March 2024",
            "withdrawal.confirmed",
            false,
        ),
        // seed 000 reversed: its "since 2019" is the edit of a true "since 2020"
        (
            "Russia has announced it is withdrawing its peacekeeping forces from the Nagorno-Karabakh region of Azerbaijan, which it had deployed there since 2020 to enforce a ceasefire between Armenian and Azerbaijani military forces following two wars over the territory.",
            "2020",
            "2019",
            "peacekeepers.deployed",
            false,
        ),
        (
            "WHEN Russian troops were deployed to Nagorno-Karabakh four years ago, their task was clear: keep the peace between arch-rivals Armenia and Azerbaijan and prevent another war in the conflict-prone region.",
            "four years ago",
            "six years ago",
            "peacekeepers.deployed",
            false,
        ),
        (
            "Russian peacekeepers were deployed to Karabakh in November 2020.",
            "November 2020",
            "November 2021",
            "peacekeepers.deployed",
            false,
        ),
        // -------------------------------------------- peacekeepers.mandate-term
        (
            "Importantly, the five-year duration of the RMC’s deployment was included in the Trilateral Statement at the insistence of the Azerbaijani president.",
            "five-year",
            "three-year",
            "peacekeepers.mandate-term",
            false,
        ),
        (
            "The mandate of the Russian peacekeepers in Karabakh was set for a term of five years.",
            "five years",
            "ten years",
            "peacekeepers.mandate-term",
            false,
        ),
        // --------------------------------------------- peacekeepers.mandate-end
        // the subject of the second sentence carries over from the first
        (
            "This move is particularly startling in light of Azerbaijani President Ilham Aliyev's recent remarks about the temporary nature of the Russian Military Contingent’s (RMC) stay in the Karabakh region. This early departure, well before the mission's scheduled end in November 2025, challenges many previous predictions.",
            "November 2025",
            "November 2026",
            "peacekeepers.mandate-end",
            false,
        ),
        (
            "With Azerbaijan now in full control after its military victories, the Kremlin announced withdrawal of its peacekeepers, whose deployment until 2025 no longer had any rationale.",
            "2025",
            "2027",
            "peacekeepers.mandate-end",
            false,
        ),
        (
            "While the original mandate for the presence of Russian peacekeepers in Karabakh extended until the end of next year, the abrupt initiation of the withdrawal process has prompted widespread scrutiny.",
            "the end of next year",
            "the end of this year",
            "peacekeepers.mandate-end",
            false,
        ),
        (
            "The mandate of the Russian peacekeepers in Karabakh expires in November 2025.",
            "November 2025",
            "November 2026",
            "peacekeepers.mandate-end",
            false,
        ),
        // ------------------------------------------------ peacekeepers.strength
        (
            "The Kremlin deployed nearly 2,000 troops in 2020 as part of a ceasefire deal that halted six weeks of brutal fighting between the two arch rivals over the Karabakh region.",
            "nearly 2,000",
            "nearly 5,000",
            "peacekeepers.strength",
            false,
        ),
        (
            "Russia sent 1,960 peacekeepers to Nagorno-Karabakh.",
            "1,960",
            "3,960",
            "peacekeepers.strength",
            false,
        ),
        // an offset after the date that leads to another subject's cue
        // leaves the date the fact's
        (
            "The trilateral statement on Karabakh was signed on 10 November 2020, a month after the war began.",
            "10 November 2020",
            "10 December 2020",
            "trilateral-statement.signed",
            false,
        ),
        // a number joined to its cue in a compound adjective
        (
            "The 1,960-strong Russian peacekeeping contingent arrived in Karabakh.",
            "1,960",
            "2,960",
            "peacekeepers.strength",
            false,
        ),
        // a count after the noun it measures, linked by "of" or a verb of
        // being
        (
            "In Karabakh, the number of Russian peacekeepers was 1,960.",
            "1,960",
            "2,960",
            "peacekeepers.strength",
            false,
        ),
        (
            "The exodus of Karabakh Armenians in 2023 left Nagorno-Karabakh nearly empty: refugees numbered 100,600.",
            "100,600",
            "60,600",
            "exodus.count",
            false,
        ),
        // was a known gap, fixed
        (
            "About two thousand Russian soldiers were stationed in Karabakh.",
            "About two thousand",
            "About ten thousand",
            "peacekeepers.strength",
            false,
        ),
        (
            "About two thousand Russian troops were stationed in Karabakh.",
            "About two thousand",
            "About ten thousand",
            "peacekeepers.strength",
            false,
        ),
        // ------------------------------------------------- withdrawal.confirmed
        (
            "Of course, one has to understand the process leading from the deployment of the Russian troops in Karabakh, in line with the 10 November 2020 tripartite statement, signed between Azerbaijan, Armenia and Russia, through to the bilateral decision made by Baku and Moscow on the contingent’s withdrawal on 17 April 2024.",
            "17 April 2024",
            "17 May 2024",
            "withdrawal.confirmed",
            false,
        ),
        // known gap: not bound: "withdrawal" and "peacekeepers" stand more than WINDOW words from
        // the date
        (
            "Few would disagree with the assessment that the early withdrawal of the Russian ‘peacekeepers’ from Azerbaijan’s sovereign territory in Karabakh on 17 April 2024 was an absolute necessity and entirely plausible development.",
            "17 April 2024",
            "17 March 2024",
            "withdrawal.confirmed",
            true,
        ),
        // was a known gap, fixed
        (
            "In 2020, the decision to deploy the RMC in Azerbaijan was made jointly by Baku and Moscow. The withdrawal of the RMC in April 2024 also stems from a bilateral agreement, despite some opposition.",
            "April 2024",
            "March 2024",
            "withdrawal.confirmed",
            false,
        ),
        (
            "This week, the Kremlin quietly confirmed the withdrawal of peacekeepers, taking with them their weapons and equipment and Russian influence from a region long considered its backyard.",
            "This week",
            "Last month",
            "withdrawal.confirmed",
            false,
        ),
        // ------------------------------------------------- operation-2023.dates
        (
            "When questioned regarding this matter by Donald Arleth of TVP World – Poland’s first English-language TV channel - in early October last year, two weeks after the 19–20 September counter-terrorism measures implemented by Baku, I articulated the self-same view:",
            "19–20 September",
            "12–13 September",
            "operation-2023.dates",
            false,
        ),
        (
            "The active military onslaught in the so-called an anti-terrorism operation in September 2023, signalled that the peacekeepers' days in Azerbaijan were numbered after Baku took full control of the disputed region.",
            "September 2023",
            "September 2022",
            "operation-2023.dates",
            false,
        ),
        (
            "Azerbaijan launched its military operation in Karabakh on 19 September 2023.",
            "19 September 2023",
            "29 September 2023",
            "operation-2023.dates",
            false,
        ),
        // was a known gap, fixed
        (
            "However, when Azerbaijani forces invaded hilly Karabakh in a lightning offensive last September, Russia’s mission appeared to have failed.",
            "last September",
            "last March",
            "operation-2023.dates",
            false,
        ),
        (
            "Azerbaijan carried out its anti-terrorist measures in Karabakh last September.",
            "last September",
            "last March",
            "operation-2023.dates",
            false,
        ),
        // ------------------------------------------ separatist-dissolution.*
        (
            "As you know, on 28 September, that separatists issued a decree on its self-dissolution, and according to the decree, they will cease to exist by 1 January 2024.",
            "28 September",
            "18 September",
            "separatist-dissolution.decree",
            false,
        ),
        // "by" is a deadline: only an earlier date contradicts it
        (
            "As you know, on 28 September, that separatists issued a decree on its self-dissolution, and according to the decree, they will cease to exist by 1 January 2024.",
            "1 January 2024",
            "1 January 2023",
            "separatist-dissolution.effective",
            false,
        ),
        (
            "The separatist leader Samvel Shahramanyan signed the dissolution decree on 28 September 2023.",
            "28 September 2023",
            "28 October 2023",
            "separatist-dissolution.decree",
            false,
        ),
        // --------------------------------------------------------- exodus.count
        (
            "The deal lasted until Azerbaijan’s blitzkrieg in September sparked an exodus of more than 100,000 Armenians from Karabakh and deepened their frustration with Moscow.",
            "more than 100,000",
            "more than 200,000",
            "exodus.count",
            false,
        ),
        (
            "Some 100,000 Armenians fled Karabakh after the offensive.",
            "Some 100,000",
            "Some 300,000",
            "exodus.count",
            false,
        ),
        // -------------------------------------------------- second-war.duration
        // a sentence that continues the one before binds by "until" when a
        // word of the subject's stands in it ("the contingent")
        (
            "Russian peacekeepers arrived in Karabakh in November 2020. The contingent was meant to stay until November 2025.",
            "November 2025",
            "November 2026",
            "peacekeepers.mandate-end",
            false,
        ),
        // a date before a name near the subject's own dates is still a claim
        (
            "Moscow, Baku and Yerevan signed the November 2020 trilateral statement.",
            "November 2020",
            "November 2019",
            "trilateral-statement.signed",
            false,
        ),
        // a year-less date is wrong only if neither the article's year nor
        // the year its paragraph last wrote out fits
        (
            "During the 44-day war in 2020, more than 6,500 soldiers were killed. The ceasefire deal brokered by Moscow came into force on 10 November.",
            "10 November",
            "20 November",
            "trilateral-statement.signed",
            false,
        ),
        // a range of durations contradicts only when neither end fits
        (
            "The Second Karabakh War lasted 40 to 50 days.",
            "40 to 50 days",
            "50 to 60 days",
            "second-war.duration",
            false,
        ),
        (
            "In November 2020, Russia viewed the presence of its ‘peacekeepers’ on Azerbaijani soil as a well-deserved gain for being a broker in the ceasefire deal ending the 44-day War, a merciful act vis-à-vis Armenia.",
            "44-day",
            "54-day",
            "second-war.duration",
            false,
        ),
        // inclusive counting would make it 45 days, but the record (and every
        // seed) says 44, and "45-day" is precise to the day
        (
            "In November 2020, Russia viewed the presence of its ‘peacekeepers’ on Azerbaijani soil as a well-deserved gain for being a broker in the ceasefire deal ending the 44-day War, a merciful act vis-à-vis Armenia.",
            "44-day",
            "45-day",
            "second-war.duration",
            false,
        ),
        (
            "The Kremlin deployed nearly 2,000 troops in 2020 as part of a ceasefire deal that halted six weeks of brutal fighting between the two arch rivals over the Karabakh region.",
            "six weeks",
            "ten weeks",
            "second-war.duration",
            false,
        ),
        (
            "The Second Karabakh War lasted 44 days.",
            "44 days",
            "34 days",
            "second-war.duration",
            false,
        ),
        // what a correction note puts right, before "as an earlier
        // version said", is still checked
        (
            "The Second Karabakh War lasted 44 days, not 54 days, as an earlier version of this article said.",
            "44 days",
            "34 days",
            "second-war.duration",
            false,
        ),
        // a word of the next paragraph makes no offset of a duration
        // that ends its sentence ("Earlier" is not "44 days earlier")
        (
            "The Second Karabakh War lasted 44 days.\nEarlier wars in the region had lasted years.",
            "44 days",
            "34 days",
            "second-war.duration",
            false,
        ),
        // ------------------------------------------------ lachin-blockade.start
        (
            "Doubts about Russia's ability or willingness to actively intervene in the region grew following eco-activist protests on the Lachin road in December 2022.",
            "December 2022",
            "December 2021",
            "lachin-blockade.start",
            false,
        ),
        // a month of "the year before last" edited to "last year"
        (
            "The blockade of the Lachin road began in December of the year before last.",
            "December of the year before last",
            "December of last year",
            "lachin-blockade.start",
            false,
        ),
        (
            "The blockade of the Lachin corridor by so-called eco-activists began on 12 December 2022.",
            "12 December 2022",
            "12 December 2023",
            "lachin-blockade.start",
            false,
        ),
        // -------------------------------------------------- prague-meeting.date
        (
            "And Armenia, by being forced to recognise Azerbaijan’s territorial integrity and sovereignty in Prague in October 2022, in principle, implicitly also acquiesced with this.",
            "October 2022",
            "October 2021",
            "prague-meeting.date",
            false,
        ),
        (
            "Armenia and Azerbaijan recognised each other's territorial integrity at the Prague summit on 6 October 2022.",
            "6 October 2022",
            "6 October 2023",
            "prague-meeting.date",
            false,
        ),
        // --------------------------------------------------- sochi-meeting.date
        // known gap: not bound: "meeting in Sochi" is farther than six words from the date
        (
            "When, in October 2022, Armenian Prime Minister Nikol Pashinyan openly expressed his acquiescence with a “Russian peace plan”, stipulating that the Karabakh issue should be left for following generations, with the concomitant presence of the ‘peacekeepers’, during a trilateral meeting in Sochi, it became abundantly clear that Yerevan, in principle, subscribed to the Kremlin’s approach.",
            "October 2022",
            "October 2021",
            "sochi-meeting.date",
            true,
        ),
        (
            "Putin, Aliyev and Pashinyan met in Sochi on 31 October 2022.",
            "31 October 2022",
            "21 October 2022",
            "sochi-meeting.date",
            false,
        ),
        // ---------------------------------------------- aliyev-moscow-visit.date
        (
            "Additionally, the public response to Aliyev's recent visit to Moscow on April 22 and the subsequent early withdrawal of peacekeepers highlight improved mutual understanding and resolution of concerns within the Azerbaijani community regarding Russia's actions.",
            "April 22",
            "March 22",
            "aliyev-moscow-visit.date",
            false,
        ),
        // was a known gap, fixed
        (
            "Aliyev will visit Moscow on 22 April 2024.",
            "22 April 2024",
            "24 April 2024",
            "aliyev-moscow-visit.date",
            false,
        ),
        (
            "Aliyev's visit to Moscow is planned for 22 April 2024.",
            "22 April 2024",
            "24 April 2024",
            "aliyev-moscow-visit.date",
            false,
        ),
        // -------------------------------------- border-commissions.eighth-meeting
        (
            "On 19 April, as a result of the eighth meeting of the State Commissions on the delimitation of the state border between Azerbaijan and Armenia, the latter finally agreed to return the four adjacent villages of the Qazakh district to the former.",
            "19 April",
            "12 April",
            "border-commissions.eighth-meeting",
            false,
        ),
        // ---------------------------------------------------- armenia.csto-freeze
        (
            "In February, he froze Yerevan’s participation in the Moscow-led Joint Security Treaty Organization, a defense grouping of several former Soviet states.",
            "February",
            "January",
            "armenia.csto-freeze",
            false,
        ),
        (
            "Pashinyan froze Armenia's participation in the CSTO in February 2024.",
            "February 2024",
            "February 2023",
            "armenia.csto-freeze",
            false,
        ),
        // ------------------------------------------------------- further facts
        (
            "Of course, one has to understand the process leading from the deployment of the Russian troops in Karabakh, in line with the 10 November 2020 tripartite statement, signed between Azerbaijan, Armenia and Russia.",
            "10 November 2020",
            "10 November 2021",
            "trilateral-statement.signed",
            false,
        ),
        (
            "The Second Karabakh War ended on 10 November 2020.",
            "10 November 2020",
            "10 December 2020",
            "second-war.end",
            false,
        ),
        (
            "The Second Karabakh War began on 27 September 2020.",
            "27 September 2020",
            "27 October 2020",
            "second-war.start",
            false,
        ),
        (
            "Azerbaijan's defence ministry said the withdrawal of the Russian peacekeepers was completed on 12 June 2024.",
            "12 June 2024",
            "12 July 2024",
            "withdrawal.completed",
            false,
        ),
        (
            "Armenia joined the International Criminal Court in February 2024.",
            "February 2024",
            "February 2022",
            "armenia.icc-member",
            false,
        ),
        // a year-less date is read in the fact's year too: its day is
        // still checked
        (
            "The Second Karabakh War ended with the trilateral statement signed overnight on 9–10 November.",
            "9–10 November",
            "11–12 November",
            "trilateral-statement.signed",
            false,
        ),
        (
            "In 2022, Russian troops were also sent to Kazakhstan, from 6 to 19 January, under the CSTO.",
            "from 6 to 19 January",
            "from 6 to 19 March",
            "kazakhstan.csto-deployment",
            false,
        ),
        // "by" a date is on or before it: a deadline earlier than the fact
        // contradicts it (and one later does not: the quiet rows)
        (
            "The separatists said their self-styled republic would cease to exist by 1 January 2024.",
            "1 January 2024",
            "1 December 2023",
            "separatist-dissolution.effective",
            false,
        ),
        // a cue inside a relative clause is still the date's
        (
            "The Russian peacekeepers' mandate, which expires on 10 November 2025, will not be renewed.",
            "10 November 2025",
            "10 November 2026",
            "peacekeepers.mandate-end",
            false,
        ),
        // a date restated by "the day" keeps the cue after it
        (
            "Russian troops first entered Nagorno-Karabakh on 10 November 2020, the day the trilateral statement ended the war.",
            "10 November 2020",
            "12 November 2020",
            "trilateral-statement.signed",
            false,
        ),
    ]
}

/// Part B. Sentences that are consistent with the facts, or about something
/// else, and must give no finding at all.
type QuietRow = (&'static str, bool);

fn quiet_rows() -> Vec<QuietRow> {
    vec![
        // a date that begins a period is not dated by a cue past the
        // "until" that ends it (round 74: a fact check's "from 27 September
        // until the trilateral statement signed by …")
        (
            "The fighting lasted 44 days, from 27 September until the trilateral statement signed by Aliyev, Pashinyan and Putin took effect on 10 November 2020.",
            false,
        ),
        // "alone" narrows a count however far into its clause it stands
        // (round 71: a travel dispatch's "registered 6,000 people who fled
        // Karabakh at this one tent alone")
        (
            "Volunteers registered 6,000 people who fled Karabakh at this one tent alone.",
            false,
        ),
        // a generic name of a single-fact subject, then a past verb no rule
        // knows with its own object: the date is the verb's (round 62,
        // msantitrust's "the findings vindicated its complaints about
        // Microsoft since 1997")
        (
            "Armenia's ICC membership angered the Kremlin in March 2023.",
            false,
        ),
        // what a sentence supposes did not happen is no claim (round 63:
        // opinion columns; tarp's "Had it taken Congress 60 days instead of
        // two weeks", "Suppose Congress had authorized $1.5 trillion", "if
        // TARP's window … had lasted six months instead of two years, there
        // would have been nothing left")
        (
            "Had the Second Karabakh War lasted 60 days instead of 44, Stepanakert would have fallen.",
            false,
        ),
        (
            "What if Russia had sent 20,000 peacekeepers to Karabakh in November 2020?",
            false,
        ),
        (
            "Imagine, for a moment, that the Second Karabakh War had lasted 60 days.",
            false,
        ),
        (
            "If Russia had deployed 10,000 peacekeepers to Nagorno-Karabakh, Baku would have waited.",
            false,
        ),
        (
            "Suppose the peacekeepers had arrived in Nagorno-Karabakh in 2019; would Baku have waited?",
            false,
        ),
        // "today" or "now" with a present "is" tells that a state holds and
        // dates no event (round 61, pompeii's "Today, Pompeii is a World
        // Heritage site", listed in 1997)
        (
            "Today, Armenia is a member of the International Criminal Court.",
            false,
        ),
        ("Armenia is a member of the ICC today.", false),
        // a count in a clause that names a subject is none of a subject
        // named only in a clause of its own after it (round 59, camille's
        // "In all, Camille killed 256 people in the United States, and the
        // remnants of the storm caused deadly flash floods in Virginia")
        (
            "The Second Karabakh War uprooted some 40,000 people, and the exodus of 2023 emptied the region.",
            false,
        ),
        // a timeline entry's name with a noun set beside it between commas:
        // a name in that aside dates nothing (round 56, chilcot's "17 July
        // 2003 — David Kelly, the government weapons expert named as the
        // source of a BBC story about the dossier, dies near his home")
        (
            "17 January 2024 — Ruben Vardanyan, the businessman named as a guest at the Prague summit, goes on trial in Baku.",
            false,
        ),
        // what is needed is no claim ("needs", or "needed" without "only")
        (
            "Russia needs 2,960 peacekeepers to police the line of contact in Nagorno-Karabakh.",
            false,
        ),
        // a subject named only as the standard of a comparison after the
        // count is not what it counts (round 41)
        (
            "The Turkish monitoring centre in Aghdam had about 60 troops, a thirtieth as many as the Russian peacekeepers.",
            false,
        ),
        // a correction note tells what an earlier version got wrong
        // (round 41)
        (
            "Correction: An earlier version of this article said that the Second Karabakh War lasted 54 days.",
            false,
        ),
        // a cue in a relative clause that a comma closes before the
        // sentence's own verb dates nothing after it (round 41)
        (
            "Armen Petrosyan, who treated the wounded through two wars, a blockade and the exodus that ended Armenian life in Nagorno-Karabakh, died on 9 March 2024 in Yerevan.",
            false,
        ),
        // in a sentence that names no subject and does not refer back, a
        // cue right after a name the text writes as one elsewhere is that
        // name's doing (round 40's "Brout died last year")
        (
            "Sergei Lavrov met Azerbaijani officials to discuss the Russian peacekeepers in Nagorno-Karabakh. Lavrov arrived on 12 November 2021.",
            false,
        ),
        // a date after a verb in the past tense in its clause is that
        // verb's, not a cue's after it
        (
            "Russia's peacekeepers are going home. The withdrawal, confirmed by the Kremlin last week, ends a deployment that began on 10 November 2020.",
            false,
        ),
        (
            "Azerbaijan's defence ministry said on 12 June that the withdrawal of the Russian peacekeeping contingent was complete.",
            false,
        ),
        // what is left of a term, or added to it, is not the term
        (
            "The Russian peacekeepers' mandate was due to run for another 18 months.",
            false,
        ),
        // a name in a clause that modifies another, in a timeline's entry,
        // is told of: the entry is not about it
        (
            "Timeline\n\n23 April 2023 — Azerbaijan installed a checkpoint at the Hakari bridge, at the Armenian end of the road, tightening a Lachin blockade that had already lasted four months.",
            false,
        ),
        // a duration after "within" is the time an event took to come, not
        // the length of a fact without "within" among its cues
        (
            "Within 24 hours the separatists agreed to disarm, under terms brokered by the Russian peacekeepers.",
            false,
        ),
        // the first or the last of a group is a part of it, but an
        // initial term is a term ("the first four boys")
        (
            "The first 400 Russian peacekeepers reached Stepanakert within hours of the ceasefire.",
            false,
        ),
        (
            "The last 300 Russian peacekeepers left Karabakh by helicopter.",
            false,
        ),
        (
            "Some 1,960 Russian peacekeepers were deployed to Karabakh for an initial five-year term.",
            false,
        ),
        (
            "The Russian peacekeepers' mandate could be extended by five more years.",
            false,
        ),
        // a cue in a clause that names another subject is that subject's
        (
            "The exodus of Armenians from Karabakh began on 24 September 2023, when the Lachin road reopened after a nine-month blockade.",
            false,
        ),
        // a cue before a relative clause is its head, not the date's
        (
            "The Russian peacekeepers' five-year mandate, which began in November 2020, will not be renewed in 2025.",
            false,
        ),
        // a date after "of" modifies the noun before it
        (
            "The trilateral deal of November 2020 gave the Russian peacekeepers a mandate of five years, renewable for another five.",
            false,
        ),
        // "last" of "last week" is no cue of the completed withdrawal
        (
            "Moscow began pulling its peacekeepers out of Karabakh last week, the Kremlin said on 17 April.",
            false,
        ),
        // a cue before a date across "and" is the other clause's
        (
            "Russian peacekeepers deployed to Nagorno-Karabakh on 10 November 2020 under the trilateral statement, and left this month.",
            false,
        ),
        // "by" a date later than the fact's is true
        (
            "The separatists said their self-styled republic would cease to exist by 1 March 2024.",
            false,
        ),
        (
            "On 28 September 2023 the separatist leader signed a decree to dissolve the self-styled republic by the end of the year.",
            false,
        ),
        (
            "Their five-year mandate was to expire on 10 November 2025.",
            false,
        ),
        // a subject named after a semicolon is not the first clause's
        (
            "Armenia's border commission met Azerbaijan's for the eighth time on 19 April; the leaders had met in Prague on 6 October 2022.",
            false,
        ),
        // ------------------------------------- paraphrases of the true facts
        (
            "Russian peacekeepers arrived in Karabakh in November 2020.",
            false,
        ),
        ("The 44-day war ended on 10 November 2020.", false),
        ("The Second Karabakh War ended on 10 November 2020.", false),
        ("The Second Karabakh War lasted 44 days.", false),
        ("The Second Karabakh War lasted six weeks.", false),
        ("The Second Karabakh War lasted 40 to 50 days.", false),
        // a name inside a longer name of another subject is part of it:
        // "offensive" (the 2020 war's) in "lightning offensive" (2023's)
        (
            "Azerbaijan's lightning offensive of 19-20 September 2023 ended the separatist government.",
            false,
        ),
        // casualties are not the contingent's strength
        (
            "The peacekeepers in Karabakh, numbering some 1,960 troops at the start, lost six men in the September 2023 fighting.",
            false,
        ),
        (
            "Between 12 and 18 months after the 2020 war, tensions in Karabakh rose again.",
            false,
        ),
        // a duration up to an event is not the event's length
        (
            "The 1994 ceasefire deal held, with violations, for 26 years until the 2020 war.",
            false,
        ),
        // a sentence dated far from the war is about other fighting
        (
            "In 2016, four days of fighting in April left some 200 soldiers dead in Karabakh.",
            false,
        ),
        // the date belongs to the expecting, not to the deploying
        (
            "A decade ago, few expected Russian troops to deploy to Karabakh at all.",
            false,
        ),
        // a year-less date may be in the year its paragraph last wrote out
        (
            "During the 44-day war in 2020, more than 6,500 soldiers were killed. The ceasefire deal brokered by Moscow came into force on 10 November.",
            false,
        ),
        (
            "Azerbaijan's 2023 offensive lasted less than 24 hours.",
            false,
        ),
        // a sentence that names a subject of its own does not continue the
        // one before ("withdraw" there, "deployment" here)
        (
            "Russian peacekeepers started to withdraw from Karabakh last week. The deployment of the peacekeepers began in November 2020.",
            false,
        ),
        // a part or an addition is not the contingent's strength
        (
            "Over three years, the Russian peacekeepers in Karabakh escorted more than 2,000 convoys. They deployed some 400 troops to the Lachin corridor alone.",
            false,
        ),
        (
            "The Russian peacekeepers in Karabakh received another 300 troops in 2021.",
            false,
        ),
        // a function word is too weak a cue in a sentence that only
        // continues the one before
        (
            "The peacekeepers' 2,000-strong force in Karabakh was never reinforced. In Karabakh, about 120,000 ethnic Armenians lived under their protection until 2023.",
            false,
        ),
        // a cue after "and" begins a clause of its own
        (
            "Armenia joined the CSTO in 1992 and froze its participation in February 2024.",
            false,
        ),
        // what is wished for is not the case
        (
            "Some analysts say Russia had wanted a 25-year mandate for its peacekeepers in Karabakh.",
            false,
        ),
        // a denied number is no claim
        (
            "\"We never had 5,000 peacekeepers in Karabakh,\" a Russian officer said.",
            false,
        ),
        (
            "The Russian contingent in Karabakh did not number 5,000 troops.",
            false,
        ),
        // "offensive" names the 2020 war and the 2023 operation alike:
        // nothing says which
        (
            "Some 100,000 refugees arrived in Armenia after the September offensive, which lasted a day.",
            false,
        ),
        (
            "But in late 2020, Azerbaijan launched a renewed offensive without Russian backing for Armenia.",
            false,
        ),
        (
            "The withdrawal of the Russian peacekeepers from Karabakh is expected to take two to three months.",
            false,
        ),
        ("Russia sent nearly 2,000 troops to Karabakh.", false),
        (
            "Moscow deployed two thousand Russian troops to Nagorno-Karabakh.",
            false,
        ),
        (
            "Some two thousand soldiers were stationed in Karabakh.",
            false,
        ),
        (
            "The Russian contingent in Karabakh numbered 1,960 servicemen.",
            false,
        ),
        // was a known gap, fixed
        (
            "The Russian contingent of 1,960 servicemen brought 90 armoured personnel carriers and 380 vehicles to Karabakh.",
            false,
        ),
        (
            "Some 100,000 Armenians fled Karabakh in September 2023.",
            false,
        ),
        (
            "More than 100,000 Armenians left Karabakh after the offensive.",
            false,
        ),
        (
            "Russian peacekeepers were deployed to Karabakh in late 2020.",
            false,
        ),
        (
            "Russian troops arrived in Karabakh in the autumn of 2020.",
            false,
        ),
        (
            "Russian peacekeepers have been stationed in Karabakh since 2020.",
            false,
        ),
        (
            "The peacekeepers' mandate was for five years, renewable for further five-year periods.",
            false,
        ),
        (
            "The mandate of the Russian peacekeepers in Karabakh was due to expire in November 2025.",
            false,
        ),
        (
            "The Kremlin confirmed the withdrawal of the Russian peacekeepers on 17 April 2024.",
            false,
        ),
        (
            "The trilateral statement was signed on the night of 9–10 November 2020.",
            false,
        ),
        (
            "Azerbaijan launched its anti-terrorist measures in Karabakh on 19 September 2023.",
            false,
        ),
        (
            "The separatists issued a decree on 28 September 2023 on their self-dissolution.",
            false,
        ),
        (
            "The blockade of the Lachin road by eco-activists began in December 2022.",
            false,
        ),
        (
            "Armenia and Azerbaijan recognised each other's territorial integrity at the Prague summit in October 2022.",
            false,
        ),
        (
            "Putin, Aliyev and Pashinyan met in Sochi on 31 October 2022.",
            false,
        ),
        (
            "In February 2024, Pashinyan froze Armenia's participation in the CSTO.",
            false,
        ),
        (
            "Armenia's parliament ratified the Rome Statute of the International Criminal Court in October 2023.",
            false,
        ),
        (
            "The first Nagorno-Karabakh war ended with a ceasefire in May 1994.",
            false,
        ),
        (
            "Around 2,000 Russian troops were deployed to Karabakh under the 10 November 2020 statement, for an initial period of five years.",
            false,
        ),
        (
            "Russian peacekeepers were deployed to Karabakh in 2020 for a period of five years.",
            false,
        ),
        (
            "Russian peacekeepers have been deployed in Karabakh for more than three years.",
            false,
        ),
        (
            "In 2021, the Russian peacekeepers patrolled the Lachin corridor.",
            false,
        ),
        (
            "Russian peacekeepers withdrew from Karabakh between April and June 2024.",
            false,
        ),
        // facts of the subject, but not the fact the cue belongs to
        // was a known gap, fixed
        ("Russian peacekeepers spent three years in Karabakh.", false),
        // was a known gap, fixed
        (
            "Five Russian peacekeepers were killed in Karabakh in September 2023.",
            false,
        ),
        // was a known gap, fixed
        ("Pashinyan visited Moscow in May 2023.", false),
        // was a known gap, fixed
        ("Armenia joined the CSTO in 1992.", false),
        (
            "Yerevan froze the bank accounts of several oligarchs in 2019.",
            false,
        ),
        // was a known gap, fixed
        (
            "In 2019, Yerevan froze the assets of several oligarchs.",
            false,
        ),
        (
            "The Kremlin deployed nearly 2,000 troops in 2020 as part of a ceasefire deal that halted six weeks of brutal fighting between the two arch rivals over the Karabakh region.",
            false,
        ),
        (
            "Russian peacekeepers are pulling out of Nagorno-Karabakh more than a year earlier than planned.",
            false,
        ),
        (
            "A month after the military operation, the Russian forces were in effect superfluous and the cost of maintaining the contingent was a drain on Russia’s budget without offering any political advantages.",
            false,
        ),
        (
            "In the context of escalated military engagements there, the two thousand well-equipped soldiers represent a substantial asset that could be reallocated to bolster Russian military efforts in Ukraine.",
            false,
        ),
        // ---------------------------- relative dates, as of 2024-04-21
        (
            "Russian peacekeepers were deployed to Karabakh four years ago.",
            false,
        ),
        (
            "Azerbaijan launched its anti-terrorist measures in Karabakh last September.",
            false,
        ),
        (
            "The mandate of the Russian peacekeepers in Karabakh was due to expire next year.",
            false,
        ),
        (
            "This week, the Kremlin confirmed the withdrawal of the Russian peacekeepers from Karabakh.",
            false,
        ),
        (
            "On Wednesday, the Kremlin confirmed the withdrawal of the Russian peacekeepers from Karabakh.",
            false,
        ),
        (
            "The eighth meeting of the State Commissions took place two days ago.",
            false,
        ),
        (
            "The separatist entity ceased to exist on 1 January this year.",
            false,
        ),
        (
            "In February, Pashinyan froze Armenia's participation in the CSTO.",
            false,
        ),
        // was a known gap: "the year before last" is now read (2022 in an article of 2024)
        (
            "The blockade of the Lachin road began in December of the year before last.",
            false,
        ),
        (
            "Last year, Azerbaijan launched anti-terrorist measures in Karabakh.",
            false,
        ),
        (
            "Seven months ago, Azerbaijan's military operation in Karabakh ended the separatist regime.",
            false,
        ),
        // was a known gap, fixed
        (
            "A year ago, the Lachin road was still blocked by eco-activists.",
            false,
        ),
        (
            "Since December 2022, the Lachin corridor has been blocked.",
            false,
        ),
        // a date that modifies the subject's name after a preposition
        // says when the cue's event happened, by the subject
        (
            "Moscow launched its peacekeeping mission at the end of the autumn 2020 war.",
            false,
        ),
        (
            "The peacekeeping mission began at the end of the autumn 2020 war.",
            false,
        ),
        // a denied subject denies its whole clause
        (
            "No Russian troops were stationed in Karabakh in 2019.",
            false,
        ),
        // ------------------------------------------ future tense, later dates
        ("The mandate will expire in November 2025.", false),
        (
            "The peacekeepers' mandate will expire in November 2025.",
            false,
        ),
        ("Elections are scheduled for 2026.", false),
        (
            "The peacekeepers were to stay in Karabakh until 2025.",
            false,
        ),
        (
            "The contingent was supposed to stay in Karabakh until November 2025, but the withdrawal began in April 2024.",
            false,
        ),
        (
            "Last Russian peacekeepers leave Karabakh\n\n12 June 2024 - 16:30\n",
            false,
        ),
        (
            "The last Russian troops will leave Karabakh by June 2024.",
            false,
        ),
        (
            "In the future, Azerbaijan will become the only country among the Eastern Partnership members on whose territory no foreign military forces will be stationed.",
            false,
        ),
        // ------------------------- other places, same cue words
        (
            "Russia deployed troops to Kazakhstan in January 2022.",
            false,
        ),
        (
            "“Russia demonstrated in Kazakhstan it can help restore order temporarily and then leave,” an expert said, referring to troops briefly deployed in 2022 to curb anti-government riots before departing.",
            false,
        ),
        ("Russian troops have been in Ukraine since 2014.", false),
        (
            "Russia has kept the 15,000 soldiers in Syria since 2015.",
            false,
        ),
        ("Israeli troops withdrew from Gaza in 2005.", false),
        // (not "in 2025": a past-tense event after the article date is an anachronism)
        ("The ceasefire in Gaza was agreed in November 2023.", false),
        (
            "Russia has maintained a military base in Gyumri since 1995, with about 3,000 troops.",
            false,
        ),
        (
            "Some 1,500 Russian troops have been stationed in Transnistria since 1992.",
            false,
        ),
        ("Russian forces were deployed to Abkhazia in 2008.", false),
        (
            "The Soviet Union deployed troops to Afghanistan in 1979 and withdrew them ten years later.",
            false,
        ),
        (
            "Uncertainty over Russian border guard withdrawal from Armenia",
            false,
        ),
        (
            "Over the past twenty years, despite occasional serious tensions, the relationship between Azerbaijan and Russia has never reached a breaking point.",
            false,
        ),
        (
            "As of April 2024, Azerbaijan is the only nation amongst the Eastern Partnership countries with no foreign troops on its territory.",
            false,
        ),
        (
            "Some 30,000 people were killed in the first Karabakh war in the 1990s.",
            false,
        ),
        (
            "Azerbaijan has a population of about 10 million people.",
            false,
        ),
        // ------------------------------ ages, percentages, money, scores
        (
            "“As Russia leaves Karabakh, the last hope of the population returning home has disappeared,” said Iveta Margaryan, a 53-year-old accountant in the Armenian capital.",
            false,
        ),
        (
            "“People say Russian troops never voluntarily left Karabakh,” said Ramil Iskenderov, a 37-year-old courier.",
            false,
        ),
        (
            "Support for the withdrawal of the Russian peacekeepers reached 85 percent in Azerbaijan.",
            false,
        ),
        (
            "Keeping the peacekeepers in Karabakh cost Russia some $300 million a year.",
            false,
        ),
        (
            "Qarabag, the football club from Karabakh, beat the Russian champions 3-1 in front of 2,000 fans.",
            false,
        ),
        ("Humidity is 70-80%.", false),
        (
            "The United States Embassy in Azerbaijan is pleased to share that 1,130 Azerbaijanis studied in the United States during the 2023-2024 academic year – a 25.4 percent increase from the previous year.",
            false,
        ),
        (
            "Azerbaijani gas supplies to Europe via TAP surpass 35 billion cubic meters",
            false,
        ),
        // ------------------------------------------ sidebar items and timestamps
        (
            "Uncertainty over Russian border guard withdrawal from Armenia\n\nAmid conflicting statements\n\n18 May 2024 - 14:47\n",
            false,
        ),
        (
            "Palestinian resistance eliminates 15 Israeli soldiers in Rafah\n\n18 May 2024 - 18:18\n",
            false,
        ),
        (
            "Resistance destroys 100 Israeli vehicles in 10 days\n\n18 May 2024 - 17:32\n",
            false,
        ),
        (
            "Azerbaijan seize Armenian weapons, ammunition in Khankandi, surrounding areas\n\n\n18 May 2024 - 13:03\n",
            false,
        ),
        (
            "Zelenskyy expects Russia to intensify offensive in northeast Ukraine\n\n18 May 2024 - 16:24\n",
            false,
        ),
        ("- Finance\n- 18 April 2024 14:54\nSocial\n", false),
        // a cue of the fact after an offset from the date: the date is
        // another thing's
        (
            "Moscow began planning the withdrawal of its peacekeepers from Karabakh in January 2024, three months before the withdrawal was confirmed.",
            false,
        ),
        (
            "The trilateral statement on Karabakh was drafted in October 2020, a month before it was signed.",
            false,
        ),
        // a cue before "or" is the restated phrase's ("two-thirds of their
        // mandate"), not the restatement's
        (
            "The Russian peacekeepers in Karabakh served two-thirds of their mandate, or about three and a half years.",
            false,
        ),
        // a proper name of a subject with one fact dates it only where the
        // date modifies it: Kazakhstan is a place, not its CSTO deployment
        (
            "Kazakhstan has hosted the Baikonur cosmodrome since 1994.",
            false,
        ),
        // a number in a compound adjective claims only about the word it is
        // joined to ("battalion"), not a cue after it
        (
            "Russia sent a 3-battalion force of peacekeepers to Karabakh.",
            false,
        ),
        // a count after a measured noun that counts another thing, or
        // narrows it to a part, is not the noun's
        (
            "The Russian peacekeepers in Karabakh were 12 units spread over the Lachin corridor.",
            false,
        ),
        (
            "The exodus of Karabakh Armenians in 2023: refugees numbered 20,000 in the first two days.",
            false,
        ),
        (
            "The number of Russian peacekeepers in Karabakh was 3 times the size of the OSCE mission.",
            false,
        ),
        // a date after an addition is the addition's, not the first
        // deployment's ("300 more troops in 2021")
        (
            "The Russian peacekeeping contingent deployed 300 more troops in 2021, bringing its strength to about 2,300.",
            false,
        ),
        (
            "Russian peacekeepers deployed another 400 troops in 2022.",
            false,
        ),
        // a function-word cue after a verb of change dates the change
        (
            "The Russian peacekeeping contingent has shrunk since last September, when Azerbaijan took full control of the region in a day.",
            false,
        ),
        // a cue right after a name the rules do not know is that name's
        // doing, where the mention's clause does not name the subject
        (
            "President Ilham Aliyev arrived in Moscow on Monday, 22 April, for talks with Vladimir Putin, days after the Kremlin said the peacekeepers were leaving.",
            false,
        ),
        (
            "Pashinyan arrived in Brussels on 5 April, as the Russian peacekeepers prepared to leave Karabakh.",
            false,
        ),
        // (also where the clause names the subject before a conjunction
        // that opens the name's own clause)
        (
            "The Russian peacekeepers were still in Karabakh when Aliyev arrived in Moscow on 19 April 2024 for talks with Putin.",
            false,
        ),
        // the noun a count counts comes before any determiner or unit
        (
            "Five numbers: 5 — years the peacekeepers' mandate was meant to run.",
            false,
        ),
        // what is left of a whole is not the whole
        (
            "By the end of June, 0 Russian peacekeepers were left in Karabakh.",
            false,
        ),
        (
            "Only 400 Russian peacekeepers remained in Karabakh this week.",
            false,
        ),
        // a date after "from" is when a state begins, not the date of the
        // cue before it
        (
            "On 28 September 2023, Samvel Shahramanyan signed a decree dissolving the republic's institutions from 1 January 2024.",
            false,
        ),
    ]
}

#[test]
fn one_word_edits_are_caught() {
    let rules = claimlint::rules::bundled();
    let rows = edit_rows();
    let mut failures = Vec::new();
    let mut gaps = Vec::new();
    for (original, from, to, fact, known_gap) in rows {
        assert_eq!(
            original.matches(from).count(),
            1,
            "test bug: {from:?} must occur exactly once in {original:?}"
        );
        let edited = original.replacen(from, to, 1);
        let twin = check(original, &rules);
        let edit = check(&edited, &rules);
        let twin_ok = mismatches(&twin).is_empty();
        let edit_ok = mismatches(&edit) == [(Some(fact.to_string()), to.to_string())];
        let report = format!(
            "  {fact}: {from:?} -> {to:?}\n  original: {original}\n    {}\n  edited:   {edited}\n    {}",
            describe(&twin, &rules),
            describe(&edit, &rules)
        );
        if known_gap {
            let state = if twin_ok && edit_ok {
                "now passes, clear the flag"
            } else {
                "still fails"
            };
            gaps.push(format!(
                "[known gap, {state}; twin ok: {twin_ok}, edit ok: {edit_ok}]\n{report}"
            ));
        } else if !(twin_ok && edit_ok) {
            failures.push(format!(
                "[twin ok: {twin_ok}, edit ok: {edit_ok}]\n{report}"
            ));
        }
    }
    for g in &gaps {
        println!("{g}");
    }
    assert!(
        failures.is_empty(),
        "{} edit row(s) failed (expected exactly one fact-mismatch on the edited claim, none on the original):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn consistent_and_unrelated_sentences_are_quiet() {
    let rules = claimlint::rules::bundled();
    let mut failures = Vec::new();
    let mut gaps = Vec::new();
    for (text, known_gap) in quiet_rows() {
        let report = check(text, &rules);
        let ok = report.findings.is_empty();
        let line = format!("  {text:?}\n    {}", describe(&report, &rules));
        if known_gap {
            let state = if ok {
                "now passes, clear the flag"
            } else {
                "still fails"
            };
            gaps.push(format!("[known gap, {state}]\n{line}"));
        } else if !ok {
            failures.push(line);
        }
    }
    for g in &gaps {
        println!("{g}");
    }
    assert!(
        failures.is_empty(),
        "{} sentence(s) expected to give no finding gave some:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A cue that is also the subject's name ("withdrawal", a cue of the
/// confirmation) gives way to another fact's cue in the clause ("complete"):
/// "On 12 June 2024 Azerbaijan said the withdrawal of the peacekeepers was
/// complete" was a fact-mismatch against the confirmation of 17 April. With
/// "complete" in reach it dates the completion; beyond it, nothing.
#[test]
fn a_name_that_is_a_cue_gives_way_to_another_facts_cue_in_its_clause() {
    let rules = claimlint::rules::bundled();
    let check_june = |text: &str| {
        let doc = Document::new(
            "june.txt",
            text.to_string(),
            Format::Text,
            Some(jiff::civil::date(2024, 6, 20)),
        );
        claimlint::check(vec![doc], &rules)
    };
    let near =
        check_june("On 12 June 2024 Azerbaijan said the peacekeepers' withdrawal was complete.");
    assert_eq!(
        claims(&near, &rules),
        [(
            "withdrawal.completed".to_string(),
            "12 June 2024".to_string(),
            "2024-06-12".to_string()
        )],
        "{}",
        describe(&near, &rules)
    );
    let far = check_june(
        "On 12 June 2024 Azerbaijan said the withdrawal of the peacekeepers was complete.",
    );
    assert!(
        claims(&far, &rules).is_empty() && far.findings.is_empty(),
        "{}",
        describe(&far, &rules)
    );
    // a timeline's entry: the date stands for the clause after its colon,
    // where "complete" is (not for the date alone, where "withdrawal" was
    // the only cue near)
    let entry = check_june(
        "Timeline\n\nWednesday, 12 June 2024: Azerbaijan's defence ministry says the withdrawal is complete: the contingent's last personnel have left.",
    );
    assert!(
        entry.findings.is_empty()
            && claims(&entry, &rules)
                .iter()
                .all(|(fact, _, _)| fact != "withdrawal.confirmed"),
        "{}",
        describe(&entry, &rules)
    );
}

/// A claim inside a quotation is someone's words, which the draft may
/// report accurately (a fact-check quotes the false claim it corrects): it
/// gets advice, not an error. The same words outside quotation marks are an
/// error.
#[test]
fn a_quoted_wrong_figure_gets_advice_not_an_error() {
    let rules = claimlint::rules::bundled();
    let severities = |text: &str| {
        let report = check(text, &rules);
        let doc = &report.analyses[0].document.text;
        report
            .findings
            .iter()
            .filter(|f| f.code == "fact-mismatch")
            .map(|f| (doc[f.span.clone()].to_string(), f.severity))
            .collect::<Vec<_>>()
    };
    use claimlint::checks::Severity;
    assert_eq!(
        severities(
            "A post claims: “Russia deployed its peacekeepers to Karabakh in 2019.” That is false."
        ),
        [("2019".to_string(), Severity::Advice)]
    );
    assert_eq!(
        severities("Russia deployed its peacekeepers to Karabakh in 2019. That is false."),
        [("2019".to_string(), Severity::Error)]
    );
}
